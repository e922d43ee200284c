#include "report_xlsx.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "datetime.h"
#include "paths.h"
#include "report_sheet.h"
#include "util.h"
#include "vocab.h"
#include "xlsx_verify.h"

#ifndef EHTRACK_VERSION
#define EHTRACK_VERSION "0.1.0"
#endif

/* ---- labels: English and Dutch ------------------------------------------------ */

static const char *const LABELS[LABEL_COUNT][2] = {
    [SH_SUMMARY] = {"Summary", "Samenvatting"},
    [SH_STEPS] = {"Steps", "Stappen"},
    [SH_GOALS] = {"Goals", "Doelen"},
    [SH_METRICS] = {"Metrics", "Indicatoren"},
    [SH_COMPARISON] = {"Comparison", "Vergelijking"},
    [SH_SPREAD] = {"Spread", "Spreiding"},
    [SH_TRENDS] = {"Trends", "Trends"},
    [SH_COSTS] = {"Costs", "Kosten"},
    [SH_DIRECTIONS] = {"Solution directions", "Oplossingsrichtingen"},
    [SH_QUALITY] = {"Data quality", "Datakwaliteit"},
    [K_REGION] = {"Region", "Regio"},
    [K_CARE_GROUP] = {"Care group", "Zorggroep"},
    [K_INSURER] = {"Insurer", "Zorgverzekeraar"},
    [K_PRACTICE] = {"Practice", "Praktijk"},
    [L_TITLE] = {"E-health rollout", "Implementatie e-health"},
    [L_WRITTEN] = {"Written on {} by ehtrack {}", "Gemaakt op {} met ehtrack {}"},
    [L_SCOPE] = {"Scope", "Afbakening"},
    [L_REPORT_FOR] = {"Report for", "Rapportage voor"},
    [L_NAME] = {"Name", "Naam"},
    [L_AS_OF] = {"Goals judged on", "Doelen beoordeeld op"},
    [L_FROM] = {"Data period from", "Dataperiode vanaf"},
    [L_TO] = {"Data period to", "Dataperiode tot en met"},
    [L_PRACTICES] = {"Practices", "Praktijken"},
    [L_CARE_GROUPS] = {"Care groups", "Zorggroepen"},
    [L_PLANS] = {"Plans", "Plannen"},
    [L_CG_PLANS] = {"of which care-group plans", "waarvan zorggroepplannen"},
    [L_GOALS_N] = {"SMART goals", "SMART-doelen"},
    [L_PRIVACY] = {"Privacy", "Privacy"},
    [L_PRIVACY_AGG] = {"Counts below {} are shown as <{}; ratios and rates over fewer than {} records are left empty. "
                       "No figure concerns a single patient.",
                       "Aantallen onder {} staan als <{}; verhoudingen en gemiddelden over minder dan {} records "
                       "blijven leeg. Geen cijfer gaat over een enkele patiënt."},
    [L_PRIVACY_OWN] = {"Workbook for the practice itself: its own counts are shown in full. No patient is named.",
                       "Werkboek voor de praktijk zelf: de eigen aantallen staan er volledig in. Geen patiënt "
                       "wordt genoemd."},
    [L_PRIVACY_NONE] = {"--min-cell 1: every count is shown in full, also the smallest; check before the workbook "
                        "leaves the practices it concerns. No patient is named.",
                        "--min-cell 1: elk aantal staat er volledig in, ook de kleinste; kijk dit na voor het werkboek "
                        "buiten de praktijken komt waar het over gaat. Geen patiënt wordt genoemd."},
    [L_HEADLINE] = {"Headline figures: the first and the last month of the data period that the records cover whole",
                    "Kerncijfers: de eerste en de laatste maand van de dataperiode die de gegevens geheel dekken"},
    [L_BETTER] = {"Better when", "Beter als"},
    [L_HIGHER] = {"higher", "hoger"},
    [L_LOWER] = {"lower", "lager"},
    [L_AVG_PROGRESS] = {"Average progress of the plans", "Gemiddelde voortgang van de plannen"},
    [L_PLANS_COMPLETE] = {"Plans with every step done or skipped", "Plannen met alle stappen afgerond of overgeslagen"},
    [L_GOALS_AS_OF] = {"Goals on {}", "Doelen op {}"},
    [L_STATUS] = {"Status", "Status"},
    [L_GOALS] = {"Goals", "Doelen"},
    [L_SHARE] = {"Share", "Aandeel"},
    [L_TOTAL] = {"Total", "Totaal"},
    [L_RETIRED_PLAN] = {"{} (retired)", "{} (beëindigd)"},
    [L_NO_RECORDS] = {"No records in scope in the data period: the figures appear once logs are imported "
                      "(ehtrack import).",
                      "Geen records in de afbakening in de dataperiode: de cijfers verschijnen zodra er logs zijn "
                      "ingelezen (ehtrack import)."},
    [L_NO_WEEKS] = {"No complete week (Monday to Sunday) with records in scope in the data period.",
                    "Geen volledige week (maandag tot en met zondag) met records in de afbakening in de dataperiode."},
    [L_PLANS_PER_STEP] = {"Plans per current step", "Plannen per huidige stap"},
    [L_STEP] = {"Step", "Stap"},
    [L_ALL_DONE] = {"All steps done or skipped", "Alle stappen afgerond of overgeslagen"},
    [L_COVERAGE] = {"Data coverage over the data period", "Dekking van de gegevens over de dataperiode"},
    [L_LOG] = {"Log", "Gegevens"},
    [L_RECORDS] = {"Records", "Records"},
    [L_PRACTICES_WITH_DATA] = {"Practices with data", "Praktijken met gegevens"},
    [L_SHARE_PRACTICES] = {"Share of practices", "Aandeel praktijken"},
    [L_FIRST_DAY] = {"First day", "Eerste dag"},
    [L_LAST_DAY] = {"Last day", "Laatste dag"},
    [L_MONTHS_WITH_DATA] = {"Months with data", "Maanden met gegevens"},
    [L_MONTHS_IN_PERIOD] = {"Months in period", "Maanden in periode"},
    [L_COSTS_SECTION] = {"Costs in the plans", "Kosten in de plannen"},
    [L_ONE_OFF] = {"One-off costs", "Eenmalige kosten"},
    [L_YEARLY] = {"Yearly costs", "Jaarlijkse kosten"},
    [L_PLANS_WITH_COSTS] = {"Plans that give costs", "Plannen met kosten"},
    [L_K_CONSULTS] = {"Consults", "Consulten"},
    [L_K_MESSAGES] = {"Messages", "Berichten"},
    [L_K_CALLS] = {"Phone calls", "Telefoongesprekken"},
    [L_K_SURVEY] = {"Survey rows", "Enquêteregels"},
    [L_K_REGISTRATIONS] = {"Portal registrations", "Portaalregistraties"},
    [L_PLAN] = {"Plan", "Plan"},
    [L_PLAN_TITLE] = {"Title", "Titel"},
    [L_AGB] = {"AGB code", "AGB-code"},
    [L_PRACTICE] = {"Practice", "Praktijk"},
    [L_CARE_GROUP] = {"Care group", "Zorggroep"},
    [L_APP_TYPE] = {"Application type", "Soort toepassing"},
    [L_APPLICATION] = {"Application", "Toepassing"},
    [L_CURRENT_STEP] = {"Current step", "Huidige stap"},
    [L_PROGRESS] = {"Progress", "Voortgang"},
    [L_DUE] = {"Current step due", "Huidige stap klaar op"},
    [L_MODE] = {"Implementation", "Invoering"},
    [L_DECISION] = {"Scale-up decision", "Besluit opschalen"},
    [L_LEGEND] = {"Legend:", "Legenda:"},
    [L_CG_PLAN] = {"(care-group plan)", "(zorggroepplan)"},
    [L_STEPS_NOTE] = {"One row per plan. Progress = steps done or skipped out of six; the current step is the first "
                      "that is neither.",
                      "Eén regel per plan. Voortgang = stappen afgerond of overgeslagen van de zes; de huidige stap "
                      "is de eerste die geen van beide is."},
    [L_GOAL] = {"Goal", "Doel"},
    [L_METRIC] = {"Metric", "Indicator"},
    [L_BASELINE] = {"Baseline", "Nulmeting"},
    [L_TARGET] = {"Target", "Streefwaarde"},
    [L_CURRENT] = {"Current (28 days)", "Huidig (28 dagen)"},
    [L_FORECAST] = {"Forecast at deadline", "Prognose op deadline"},
    [L_DEADLINE] = {"Deadline", "Deadline"},
    [L_WEEKS] = {"Weeks in forecast", "Weken in prognose"},
    [L_GOALS_NOTE] = {"Current = the 28 days before {}; forecast = straight line through the last 8 complete weeks, "
                      "read at the deadline's week.",
                      "Huidig = de 28 dagen voor {}; prognose = rechte lijn door de laatste 8 volledige weken, "
                      "afgelezen in de week van de deadline."},
    [L_GOALS_HIDDEN] = {"A target set as a change on a hidden baseline, and a forecast beside a hidden current value, "
                        "are hidden too; the status is kept.",
                        "Een doel dat als verandering op een verborgen nulmeting is gesteld, en een prognose naast een "
                        "verborgen huidige waarde, zijn ook verborgen; de status blijft staan."},
    [L_GOALS_DATED] = {"Survey or portal registrations with none in those 28 days: current is the latest within 92 "
                       "days.",
                       "Enquête of portaalregistraties zonder een in die 28 dagen: huidig is de laatste binnen 92 "
                       "dagen."},
    [L_BASELINE_PART] = {"Baseline periods the logs cover only in part, so their figure counts days without records "
                         "(and a target set on it may be out of reach): {}.",
                         "Nulmetingsperioden die de logs maar voor een deel dekken, zodat hun cijfer dagen zonder "
                         "records meetelt (en een doel daarop onhaalbaar kan zijn): {}."},
    [L_BASELINE_ITEM] = {"{} {}: baseline {} to {}, records {} to {}",
                         "{} {}: nulmeting {} tot en met {}, records {} tot en met {}"},
    [L_OUT_OF_RANGE] = {"Current values outside what their metric can be, so the records or the register behind "
                        "them do not add up, and their status rests on them: {}.",
                        "Huidige waarden buiten wat hun maatstaf kan zijn: de records of het register erachter "
                        "kloppen niet, en hun status rust erop: {}."},
    [L_OUT_OF_RANGE_PORTAL] = {"A portal reach above 100% means a list size in the register below the accounts.",
                               "Een portaalbereik boven 100% betekent een praktijkgrootte in het register onder het "
                               "aantal accounts."},
    [L_OUT_OF_RANGE_ITEM] = {"{} {}: {}", "{} {}: {}"},
    [L_PRACTICE_GAPS] = {"Goals of several practices whose logs do not all reach the as-of date: a count or a figure "
                         "per day or week counts a practice's days without records as days without any, a share or "
                         "an average is the other practices' alone on those days: {}.",
                         "Doelen van meer praktijken waarvan de logs niet allemaal tot de peildatum lopen: een aantal of "
                         "een cijfer per dag of week telt de dagen zonder records van een praktijk als dagen zonder, "
                         "een aandeel of gemiddelde is op die dagen dat van de andere praktijken alleen: {}."},
    [L_PRACTICE_GAP_END] = {"{} {}: the records of {} end on {}", "{} {}: de records van {} eindigen op {}"},
    [L_PRACTICE_NAMED] = {"practice {}", "praktijk {}"},
    [L_ABSENT_NOTE] = {"{} lacks the records of practices that have them in the other months (an export not "
                       "imported yet?), so its figures of those kinds are the other practices' alone: {}.",
                       "{} mist de records van praktijken die ze in de andere maanden wel hebben (een export nog "
                       "niet ingelezen?), dus zijn de cijfers van die soorten daar die van de andere praktijken "
                       "alleen: {}."},
    [L_CUT_NOTE] = {"{} holds only part of the records of practices whose records of a kind end or begin more than "
                    "a week from the other practices' (an export cut off, or not imported in full?), so its figures "
                    "of those kinds leave out their other days: {}.",
                    "{} bevat maar een deel van de records van praktijken waarvan de records van een soort meer dan "
                    "een week eerder eindigen of later beginnen dan die van de andere praktijken (een export "
                    "afgebroken, of niet helemaal ingelezen?), dus laten de cijfers van die soorten hun andere dagen "
                    "weg: {}."},
    [L_W_END_ON] = {"end on", "eindigen op"},
    [L_W_BEGIN_ON] = {"begin on", "beginnen op"},
    [L_PRACTICE_GAP_MORE] = {"(and those of {} more practices more than a week before the as-of date)",
                             "(en die van nog {} praktijken meer dan een week voor de peildatum)"},
    [L_PRACTICE_GAP_MORE_ONE] = {"(and those of 1 more practice more than a week before the as-of date)",
                                 "(en die van nog 1 praktijk meer dan een week voor de peildatum)"},
    [L_ANOTHER_PRACTICE] = {"another practice of the care group", "een andere praktijk van de zorggroep"},
    [L_PRACTICE_GAP_BEGIN] = {"{} {}: the records of {} begin on {}", "{} {}: de records van {} beginnen op {}"},
    [L_GOALS_COUNT] = {"For a count (the number of e-consults) current is the count of the 28 days, the forecast a count per week.",
                       "Bij een aantal (het aantal e-consulten) is huidig het aantal van de 28 dagen, de prognose een "
                       "aantal per week."},
    [L_ACHIEVED] = {"Achieved", "Behaald"},
    [L_ON_TRACK] = {"On track", "Op koers"},
    [L_AT_RISK] = {"At risk", "Risico"},
    [L_MISSED] = {"Missed", "Niet behaald"},
    [L_NO_DATA] = {"No data", "Geen gegevens"},
    [L_LEVEL] = {"Level", "Niveau"},
    [L_GROUP] = {"Name", "Naam"},
    [L_MONTH] = {"Month", "Maand"},
    [L_LEVEL_TOTAL] = {"Total", "Totaal"},
    [L_LEVEL_CG] = {"Care group", "Zorggroep"},
    [L_LEVEL_PRACTICE] = {"Practice", "Praktijk"},
    [L_METRICS_NOTE] = {"Per month from {} to {}. Ratios are pooled over the group (sum of numerators / sum of "
                        "denominators).",
                        "Per maand van {} tot en met {}. Verhoudingen zijn over de groep samengenomen (som van "
                        "tellers / som van noemers)."},
    [L_WEEK] = {"Week", "Week"},
    [L_WEEK_START] = {"Week starting", "Week vanaf"},
    [L_TREND_SHARE] = {"E-consult share per week", "Aandeel e-consulten per week"},
    [L_TREND_CALLS] = {"Inbound calls per day per practice, per week",
                       "Inkomende telefoontjes per dag per praktijk, per week"},
    [L_CALLS_PER_PRACTICE] = {"Inbound calls per day per practice", "Inkomende telefoontjes per dag per praktijk"},
    [L_AXIS_WEEK] = {"ISO week", "ISO-week"},
    [L_AXIS_SHARE] = {"Share of all consults", "Deel van alle consulten"},
    [L_AXIS_CALLS] = {"Calls per day per practice", "Telefoontjes per dag per praktijk"},
    [L_TRENDS_NOTE] = {"Per complete ISO week (Monday to Sunday) of the data period; calls per day divided by the "
                       "practices with call logs.",
                       "Per volledige ISO-week (maandag tot en met zondag) van de dataperiode; telefoontjes per dag "
                       "gedeeld door het aantal praktijken met telefoniegegevens."},
    [L_TRENDS_LINES_CG] = {"Lines: the whole scope and the {} care groups with the most consults.",
                           "Lijnen: het geheel en de {} zorggroepen met de meeste consulten."},
    [L_TRENDS_LINES_PR] = {"Lines: the whole scope and the {} practices with the most consults.",
                           "Lijnen: het geheel en de {} praktijken met de meeste consulten."},
    [L_TRENDS_LINES_CG1] = {"Lines: the whole scope and the care group with the most consults.",
                            "Lijnen: het geheel en de zorggroep met de meeste consulten."},
    [L_TRENDS_LINES_PR1] = {"Lines: the whole scope and the practice with the most consults.",
                            "Lijnen: het geheel en de praktijk met de meeste consulten."},
    [L_TRENDS_LINES_NONE] = {"Lines: the whole scope.", "Lijnen: het geheel."},
    [L_FUNDING] = {"Funding", "Financiering"},
    [L_BARRIERS] = {"Barriers", "Belemmeringen"},
    [L_DIRECTIONS] = {"Solution directions", "Oplossingsrichtingen"},
    [L_RISKS] = {"Risks", "Risico's"},
    [L_HIGH_RISKS] = {"High risks", "Hoge risico's"},
    [L_FUNDING_SOURCE] = {"Funding source", "Financieringsbron"},
    [L_BARRIER] = {"Barrier", "Belemmering"},
    [L_DIRECTION] = {"Solution direction", "Oplossingsrichting"},
    [L_SUBTHEME] = {"Subtheme", "Subthema"},
    [L_PRACTICES_REACHED] = {"Practices", "Praktijken"},
    [L_SHARE_OF_PLANS] = {"Share of plans", "Aandeel plannen"},
    [L_COSTS_NOTE] = {"Costs and funding as the plans give them (euro). A plan with two funding sources counts "
                      "under both.",
                      "Kosten en financiering zoals de plannen ze noemen (euro). Een plan met twee bronnen telt "
                      "bij beide mee."},
    [L_DIR_NOTE] = {"Practices with a plan that names the direction (a care-group plan counts for each of its "
                    "practices), by the current step of their furthest such plan.",
                    "Praktijken met een plan dat de richting noemt (een zorggroepplan telt voor elk van zijn "
                    "praktijken), naar de huidige stap van hun verste plan in die richting."},
    [L_DIR_BY_STEP] = {"Practices per solution direction and current step",
                       "Praktijken per oplossingsrichting en huidige stap"},
    [L_DIR_BY_CG] = {"Practices with a plan per solution direction and care group",
                     "Praktijken met een plan per oplossingsrichting en zorggroep"},
    [L_DIR_N] = {"Direction {}", "Richting {}"},
    [L_NUMBER] = {"No.", "Nr."},
    [L_GAPS] = {"Months without data per practice", "Maanden zonder gegevens per praktijk"},
    [L_IMPORTS] = {"Imports (rows of the whole file, all its practices)",
                   "Imports (regels van het hele bestand, al zijn praktijken)"},
    [L_REJECTS] = {"Rejected rows by reason", "Afgekeurde regels per reden"},
    [L_IMPORT] = {"Import", "Import"},
    [L_FILE] = {"File", "Bestand"},
    [L_KIND] = {"Kind", "Soort"},
    [L_FORMAT] = {"Format", "Formaat"},
    [L_IMPORTED_AT] = {"Imported at", "Geïmporteerd op"},
    [L_READ] = {"Read", "Gelezen"},
    [L_INSERTED] = {"Added", "Toegevoegd"},
    [L_DUPLICATES] = {"Already known", "Al bekend"},
    [L_SKIPPED] = {"Skipped", "Overgeslagen"},
    [L_REJECTED] = {"Rejected", "Afgekeurd"},
    [L_OUTCOME] = {"Outcome", "Resultaat"},
    [L_FIELD] = {"Field", "Veld"},
    [L_REASON] = {"Reason", "Reden"},
    [L_ROWS] = {"Rows", "Regels"},
    [L_FIRST_LINE] = {"First line", "Eerste regel"},
    [L_UNMAPPED] = {"Source codes the format does not map", "Broncodes die het formaat niet vertaalt"},
    [L_CODE] = {"Code", "Code"},
    [L_CODES_NOT_SHOWN] = {"(not shown: fewer than 5 rows, or possibly a patient's data)",
                           "(niet getoond: minder dan 5 regels, of mogelijk gegevens van een patiënt)"},
    [L_GAP_CONSULTS] = {"Months without consults", "Maanden zonder consulten"},
    [L_GAP_MESSAGES] = {"Months without messages", "Maanden zonder berichten"},
    [L_GAP_CALLS] = {"Months without calls", "Maanden zonder telefoontjes"},
    [L_GAP_REGISTRATIONS] = {"Months without registrations", "Maanden zonder registraties"},
    [L_LATEST_SURVEY] = {"Latest survey", "Laatste enquête"},
    [L_MISSING_LIST] = {"Months without data", "Maanden zonder gegevens"},
    [L_ABANDONED_LOGGED] = {"Missed calls logged", "Gemiste oproepen gelogd"},
    [L_ABANDONED_YES] = {"yes", "ja"},
    [L_ABANDONED_NONE] = {"none: does the phone system log them?", "geen: logt de telefooncentrale ze wel?"},
    [L_OUTCOME_IMPORTED] = {"imported", "geïmporteerd"},
    [L_OUTCOME_REFUSED] = {"refused (--strict)", "geweigerd (--strict)"},
    [L_OUTCOME_REMOVED] = {"removed (imports remove)", "teruggenomen (imports remove)"},
    [L_NONE_FOUND] = {"none", "geen"},
    [L_QUALITY_NOTE] = {"Months from {} to {} without any record, per practice and log; practices whose call logs "
                        "hold no missed call (a phone system that does not log them makes the abandoned rate and "
                        "calls per day too low); the imports that carried records of these practices in that period "
                        "(with their first and last day), with the rows their "
                        "format skipped (no contact, an internal call) and those rejected, and why.",
                        "Maanden van {} tot en met {} zonder enig record, per praktijk en soort gegevens; praktijken "
                        "zonder een enkele gemiste oproep in hun telefoniegegevens (een centrale die ze niet logt "
                        "maakt het aandeel opgehangen en de telefoontjes per dag te laag); de imports met records van "
                        "deze praktijken in die periode (met hun eerste en laatste dag), met de regels die hun "
                        "formaat oversloeg (geen contact, een intern gesprek) en "
                        "de afgekeurde, en waarom."},
    [L_PAGE] = {"Page", "Pagina"},
    [L_W_CONSULTS] = {"consults", "consulten"},
    [L_W_MESSAGES] = {"messages", "berichten"},
    [L_W_CALLS] = {"calls", "telefoontjes"},
    [L_W_REGISTRATIONS] = {"registrations", "registraties"},
    [L_AS_OF_WHY] = {"That day is", "Die dag is"},
    [L_AS_OF_GIVEN] = {"given (--as-of)", "opgegeven (--as-of)"},
    [L_AS_OF_DATA] = {"the day after the last record in scope ({})", "de dag na het laatste record ({})"},
    [L_AS_OF_TODAY] = {"today", "vandaag"},
    [L_DATA] = {"Data", "Gegevens"},
    [L_PARTIAL] = {"partial", "deels"},
    [L_PARTIAL_NOTE] = {"A period marked partial (*) is only partly covered by the records in scope ({} to {}): "
                        "read it as such, not as a change.",
                        "Een periode gemarkeerd als deels (*) is maar voor een deel gedekt door de records ({} tot "
                        "en met {}): lees haar zo, niet als een verandering."},
    [L_PARTIAL_NOTE_CUT] = {"A period marked partial (*) lies only partly in the data period ({} to {}): read it as "
                            "such, not as a change.",
                            "Een periode gemarkeerd als deels (*) valt maar voor een deel in de dataperiode ({} tot "
                            "en met {}): lees haar zo, niet als een verandering."},
    [L_PARTIAL_NOTE_BOTH] = {"A period marked partial (*) lies only partly in the data period ({} to {}) or is only "
                             "partly covered by the records in scope ({} to {}): read it as such, not as a change.",
                             "Een periode gemarkeerd als deels (*) valt maar voor een deel in de dataperiode ({} tot "
                             "en met {}) of is maar voor een deel gedekt door de records ({} tot en met {}): lees "
                             "haar zo, niet als een verandering."},
    [L_FEW_WEEKS] = {"fewer than 3 weeks", "minder dan 3 weken"},
    [L_WORKING_DAYS] = {"Per day and per week count working days (Monday to Friday, not on Dutch public holidays).",
                        "Per dag en per week tellen werkdagen (maandag tot en met vrijdag, geen feestdagen)."},
};


/* ---- colours ------------------------------------------------------------------ */

/* Fill and text colour per step status (enum step_status order) and goal
 * status (enum goal_status order). Light fills with dark text stay legible
 * in print and in grey; the label is always written too, so colour is
 * never the only carrier. */
static const lxw_color_t STEP_FILL[STATUS_COUNT] = {0xEDEDED, 0xFFEB9C, 0xC6EFCE, 0xDDEBF7};
static const lxw_color_t STEP_FONT[STATUS_COUNT] = {0x595959, 0x9C5700, 0x006100, 0x1F4E78};
static const lxw_color_t GOAL_FILL[5] = {0xC6EFCE, 0xDDEBF7, 0xFFEB9C, 0xFFC7CE, 0xEDEDED};
static const lxw_color_t GOAL_FONT[5] = {0x006100, 0x1F4E78, 0x9C5700, 0x9C0006, 0x595959};
static const lxw_color_t HEADER_FILL = 0x1F4E78;

/* ---- the writer ----------------------------------------------------------------- */

const char *plan_label(struct writer *w, const char *id)
{
    for (size_t i = 0; i < w->r->nplans; i++)
        if (w->r->plans[i].retired && strcmp(w->r->plans[i].id, id) == 0) return subst(w, T(w, L_RETIRED_PLAN), 1, id);
    return id;
}

const char *T(const struct writer *w, enum label l)
{
    return LABELS[l][w->nl];
}

void note(struct writer *w, lxw_error e, const char *where)
{
    if (e != LXW_NO_ERROR && w->lxw == LXW_NO_ERROR) {
        w->lxw = e;
        w->lxw_where = where;
    }
}

const char *keep(struct writer *w, char *s)
{
    GROW(w->keep, w->cap_keep, w->nkeep + 1);
    w->keep[w->nkeep++] = s;
    return s;
}

const char *keepf(struct writer *w, const char *fmt, ...)
{
    struct sbuf s = {0};
    va_list ap;
    va_start(ap, fmt);
    sbuf_vaddf(&s, fmt, ap);
    va_end(ap);
    return keep(w, sbuf_detach(&s));
}

/* A translated sentence with its "{}" filled by the strings given, in
 * order: the templates are data, not printf formats. */
/* text, its decimal point a comma in a Dutch workbook; kept with it. */
static const char *decimal_text(struct writer *w, char *text)
{
    for (char *c = text; w->nl && *c; c++)
        if (*c == '.') *c = ',';
    return keepf(w, "%s", text);
}

const char *metric_text(struct writer *w, enum metric_unit unit, double v, bool exact)
{
    char text[40];
    metric_format(unit, v, exact, text, sizeof text);
    return decimal_text(w, text);
}

const char *metric_text_outside(struct writer *w, const struct metric_def *m, double v)
{
    char text[40];
    metric_format_outside(m, v, text, sizeof text);
    return decimal_text(w, text);
}

const char *subst(struct writer *w, const char *tmpl, int n, ...)
{
    struct sbuf s = {0};
    va_list ap;
    va_start(ap, n);
    for (const char *p = tmpl; *p; p++) {
        if (p[0] == '{' && p[1] == '}' && n > 0) {
            sbuf_adds(&s, va_arg(ap, const char *));
            n--;
            p++;
        } else {
            sbuf_addc(&s, *p);
        }
    }
    va_end(ap);
    return keep(w, sbuf_detach(&s));
}

const char *itoa_kept(struct writer *w, long long v)
{
    return keepf(w, "%lld", v);
}

/* Out of memory is no input error a caller could handle: end as
 * util.h's allocators do. */
static lxw_format *new_format(struct writer *w)
{
    lxw_format *f = workbook_add_format(w->wb);
    if (!f) {
        fputs("ehtrack: out of memory\n", stderr);
        exit(EH_IO);
    }
    return f;
}

static void fill(lxw_format *f, lxw_color_t bg, lxw_color_t fg)
{
    format_set_pattern(f, LXW_PATTERN_SOLID);
    format_set_bg_color(f, bg);
    format_set_font_color(f, fg);
}

static void make_formats(struct writer *w)
{
    static const char *const codes[NF_COUNT] = {
        "#,##0", "#,##0.0", "#,##0.00", "0.0%", "yyyy-mm-dd", "yyyy-mm", "\"€ \"#,##0", "yyyy-mm-dd hh:mm",
    };
    struct formats *f = &w->f;
    f->title = new_format(w);
    format_set_bold(f->title);
    format_set_font_size(f->title, 14);
    format_set_font_color(f->title, HEADER_FILL);
    f->subtitle = new_format(w);
    format_set_italic(f->subtitle);
    format_set_font_color(f->subtitle, 0x595959);
    f->subtitle_wrap = new_format(w);
    format_set_italic(f->subtitle_wrap);
    format_set_font_color(f->subtitle_wrap, 0x595959);
    format_set_text_wrap(f->subtitle_wrap);
    format_set_align(f->subtitle_wrap, LXW_ALIGN_VERTICAL_TOP);
    f->wrap = new_format(w);
    format_set_text_wrap(f->wrap);
    format_set_align(f->wrap, LXW_ALIGN_VERTICAL_TOP);
    f->section = new_format(w);
    format_set_bold(f->section);
    format_set_font_size(f->section, 12);
    format_set_font_color(f->section, HEADER_FILL);
    format_set_bottom(f->section, LXW_BORDER_THIN);
    format_set_bottom_color(f->section, HEADER_FILL);
    f->header = new_format(w);
    format_set_bold(f->header);
    fill(f->header, HEADER_FILL, LXW_COLOR_WHITE);
    format_set_text_wrap(f->header);
    format_set_align(f->header, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(f->header, LXW_BORDER_THIN);
    format_set_border_color(f->header, 0xBFBFBF);
    f->label = new_format(w);
    format_set_bold(f->label);
    f->legend = new_format(w);
    format_set_bold(f->legend);
    format_set_align(f->legend, LXW_ALIGN_RIGHT);
    f->center = new_format(w);
    format_set_align(f->center, LXW_ALIGN_CENTER);
    f->below = new_format(w);
    format_set_align(f->below, LXW_ALIGN_RIGHT);
    format_set_italic(f->below);
    format_set_font_color(f->below, 0x7F7F7F);
    f->total_text = new_format(w);
    format_set_bold(f->total_text);
    format_set_top(f->total_text, LXW_BORDER_THIN);
    for (int i = 0; i < NF_COUNT; i++) {
        f->num[i] = new_format(w);
        format_set_num_format(f->num[i], codes[i]);
        f->total_num[i] = new_format(w);
        format_set_num_format(f->total_num[i], codes[i]);
        format_set_bold(f->total_num[i]);
        format_set_top(f->total_num[i], LXW_BORDER_THIN);
    }
    for (int i = 0; i < STATUS_COUNT; i++) {
        f->step[i] = new_format(w);
        fill(f->step[i], STEP_FILL[i], STEP_FONT[i]);
        format_set_align(f->step[i], LXW_ALIGN_CENTER);
        format_set_border(f->step[i], LXW_BORDER_THIN);
        format_set_border_color(f->step[i], LXW_COLOR_WHITE);
    }
    for (int i = 0; i < 5; i++) {
        f->goal[i] = new_format(w);
        fill(f->goal[i], GOAL_FILL[i], GOAL_FONT[i]);
        format_set_align(f->goal[i], LXW_ALIGN_CENTER);
        format_set_border(f->goal[i], LXW_BORDER_THIN);
        format_set_border_color(f->goal[i], LXW_COLOR_WHITE);
    }
}

enum numfmt metric_numfmt(const struct metric_def *m)
{
    switch (m->unit) {
    case UNIT_RATIO: return NF_PCT;
    case UNIT_COUNT: return NF_INT;
    case UNIT_SECONDS: return NF_INT;
    case UNIT_PER_DAY:
    case UNIT_PER_WEEK:
    case UNIT_PER_1000:
    case UNIT_HOURS: return NF_DEC1;
    }
    return NF_DEC2;
}

/* ---- cells ------------------------------------------------------------------------ */

static void widen(struct sheet *s, lxw_col_t col, double chars)
{
    if (col < MAX_COLS && chars > s->width[col]) s->width[col] = chars;
}

/* Text as cells hold it: valid XML wants UTF-8 without control
 * characters (a file name in the import history may be neither), and a
 * cell holds at most 32,767 characters. */
char *clean_text(const char *text)
{
    char *t = xstrdup(text);
    size_t n = strlen(t);
    for (size_t from = 0; from < n;) {
        long bad = utf8_invalid_at((const unsigned char *)t + from, n - from);
        if (bad < 0) break;
        t[from + (size_t)bad] = '?';
        from += (size_t)bad + 1;
    }
    size_t chars = 0;
    for (unsigned char *p = (unsigned char *)t; *p; p++) {
        if ((*p & 0xC0) != 0x80 && ++chars > CELL_MAX_CHARS) {
            *p = '\0';
            break;
        }
        if (*p < 0x20 && *p != '\n' && *p != '\t') *p = ' ';
    }
    return t;
}

void put_text(struct sheet *s, lxw_col_t col, const char *text, lxw_format *f)
{
    if (!text || !*text) return;
    char *t = clean_text(text);
    note(s->w, worksheet_write_string(s->ws, s->row, col, t, f), s->name);
    size_t len = strlen(t);
    double wd = (double)utf8_width(t, len);
    const char *nl = strchr(t, '\n');
    if (nl) wd = (double)utf8_width(t, (size_t)(nl - t));
    widen(s, col, f && f == s->w->f.label ? wd * 1.1 : wd);
    free(t);
}

static int header_lines(const char *text, double width);

/* The text at col, merged with wrapping over the declared span's columns
 * from col on where it is wider than they are (may_merge: the caller
 * writes nothing to the right of it in this row). */
static void put_text_within_span(struct sheet *s, lxw_col_t col, const char *text, lxw_format *f, bool may_merge)
{
    if (!text || !*text) return;
    char *t = clean_text(text);
    lxw_format *wrapped = f == s->w->f.subtitle ? s->w->f.subtitle_wrap : !f ? s->w->f.wrap : NULL;
    double width = (double)utf8_width(t, strlen(t)), room = 0;
    for (lxw_col_t c = col; c < s->span_cols && c < MAX_COLS; c++) room += s->span_col[c];
    if (may_merge && wrapped && s->span_cols > col + 1 && width > room && !strchr(t, '\n')) {
        /* Counted in characters as wide as a digit, the column's unit: a
         * line of text holds more, so the row is never too low. */
        int lines = header_lines(t, room - 2);
        note(s->w, worksheet_set_row(s->ws, s->row, 15.0 * lines + 3, NULL), s->name);
        note(s->w, worksheet_merge_range(s->ws, s->row, col, s->row, s->span_cols - 1, t, wrapped), s->name);
        s->note_wrapped = true;
    } else {
        note(s->w, worksheet_write_string(s->ws, s->row, col, t, f), s->name);
        if (col == 0 && width > s->longest_note) s->longest_note = width;
    }
    free(t);
}

/* Text that may run over the empty cells to its right: it widens nothing.
 * A note in column 0 wraps within the span. */
void put_long_text(struct sheet *s, lxw_col_t col, const char *text, lxw_format *f)
{
    put_text_within_span(s, col, text, f, col == 0);
}

void put_long_value(struct sheet *s, lxw_col_t col, const char *text)
{
    put_text_within_span(s, col, text, NULL, true);
}

static double digits_width(double v, int decimals, bool separators)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%.*f", decimals, fabs(v));
    size_t intlen = strcspn(buf, ".");
    double wd = (double)strlen(buf) + (v < 0);
    if (separators && intlen > 3) wd += (double)((intlen - 1) / 3);
    return wd;
}

static double num_width(double v, enum numfmt nf)
{
    switch (nf) {
    case NF_INT: return digits_width(v, 0, true);
    case NF_DEC1: return digits_width(v, 1, true);
    case NF_DEC2: return digits_width(v, 2, true);
    case NF_PCT: return digits_width(v * 100, 1, true) + 1;
    case NF_DATE: return 10;
    case NF_MONTH: return 7;
    case NF_MONEY: return digits_width(v, 0, true) + 2;
    case NF_DATETIME: return 16;
    case NF_COUNT: break;
    }
    return 10;
}

void put_num(struct sheet *s, lxw_col_t col, double v, enum numfmt nf, bool total)
{
    if (!isfinite(v)) return;
    lxw_format *f = total ? s->w->f.total_num[nf] : s->w->f.num[nf];
    note(s->w, worksheet_write_number(s->ws, s->row, col, v, f), s->name);
    widen(s, col, num_width(v, nf) * (total ? 1.1 : 1.0));
}

/* Excel counts days from 1899-12-30; ours from 1970-01-01. */
double excel_day(int day)
{
    return (double)day + 25569.0;
}

void put_date(struct sheet *s, lxw_col_t col, int day)
{
    if (day == DATE_NONE) return;
    put_num(s, col, excel_day(day), NF_DATE, false);
}

/* A number that names something (an import, a direction): centred. */
void put_id(struct sheet *s, lxw_col_t col, long long v)
{
    note(s->w, worksheet_write_number(s->ws, s->row, col, (double)v, s->w->f.center), s->name);
    widen(s, col, digits_width((double)v, 0, false));
}

void put_blank(struct sheet *s, lxw_col_t col, lxw_format *f)
{
    note(s->w, worksheet_write_blank(s->ws, s->row, col, f), s->name);
}

/* A value under the privacy rule: a number, "<N", or nothing. */
void put_cell(struct sheet *s, lxw_col_t col, struct rp_cell c, enum numfmt nf, bool total)
{
    char buf[32];
    switch ((enum cell_state)c.state) {
    case CELL_VALUE: put_num(s, col, c.value, nf, total); break;
    case CELL_BELOW:
        snprintf(buf, sizeof buf, "<%d", s->w->r->opt.min_cell);
        put_text(s, col, buf, s->w->f.below);
        break;
    case CELL_EMPTY:
    case CELL_HIDDEN:
        if (total) put_blank(s, col, s->w->f.total_text);
        break;
    }
}

void put_count(struct sheet *s, lxw_col_t col, long long n, bool total)
{
    put_cell(s, col, report_count(s->w->r, n), NF_INT, total);
}

void next_row(struct sheet *s)
{
    s->row++;
}

/* ---- sheets and tables ---------------------------------------------------------- */

static void sheet_begin(struct writer *w, struct sheet *s, enum label name)
{
    memset(s, 0, sizeof *s);
    s->w = w;
    s->name = T(w, name);
    s->ws = workbook_add_worksheet(w->wb, s->name);
    if (!s->ws) {
        note(w, LXW_ERROR_MEMORY_MALLOC_FAILED, s->name);
        return;
    }
    worksheet_set_landscape(s->ws);
    worksheet_set_paper(s->ws, 9);          /* A4 */
    worksheet_fit_to_pages(s->ws, 1, 0);    /* as wide as one page, as long as it takes */
    worksheet_set_margins(s->ws, 0.4, 0.4, 0.6, 0.6);
    /* '&' starts a code in headers and footers: the scope name may hold one.
     * Excel takes at most 255 characters of footer, codes included; a longer
     * name (a register allows one) is cut with an ellipsis rather than the
     * workbook refused. */
    const char *page = T(w, L_PAGE);
    const char *scope_name = w->r->title_name ? w->r->title_name : "";
    size_t room = 255 - (strlen("&L&R &P / &N") + utf8_width(page, strlen(page))), used = 0, need = 0;
    for (const char *p = scope_name; *p; p++) need += (*p == '&') + (((unsigned char)*p & 0xC0) != 0x80);
    struct sbuf name_text = {0};
    for (const char *p = scope_name; *p; p++) {
        bool starts_char = ((unsigned char)*p & 0xC0) != 0x80;
        if (need > room && starts_char && used + (*p == '&' ? 2 : 1) > room - 1) {
            sbuf_adds(&name_text, "\xE2\x80\xA6");   /* an ellipsis */
            break;
        }
        if (*p == '&') {
            sbuf_addc(&name_text, '&');
            used++;
        }
        if (starts_char) used++;
        sbuf_addc(&name_text, *p);
    }
    note(w, worksheet_set_footer(s->ws, keepf(w, "&L%s&R%s &P / &N", sbuf_str(&name_text), page)),
         s->name);
    sbuf_free(&name_text);
}

static double header_width(const char *h);

/* What a column headed so is at least as wide as (sheet_end's rule). */
static double header_column_width(const char *h)
{
    double wd = h ? header_width(h) + 2 : 0;
    return wd < 6 ? 6 : wd;
}

static double headers_width(const char *const *headers, lxw_col_t n)
{
    double total = 0;
    for (lxw_col_t c = 0; c < n; c++) total += header_column_width(headers[c]);
    return total;
}

int lines_over(const char *text, const char *const *headers, lxw_col_t n)
{
    return header_lines(text, headers_width(headers, n) - 2);
}

void sheet_span(struct sheet *s, const char *const *headers, lxw_col_t n)
{
    s->span_cols = n;
    for (lxw_col_t c = 0; c < n && c < MAX_COLS; c++) s->span_col[c] = header_column_width(headers[c]);
}

/* Title in row 0, a line of explanation in row 1. */
void sheet_title(struct sheet *s, const char *title, const char *subtitle)
{
    note(s->w, worksheet_set_row(s->ws, 0, 22, NULL), s->name);
    put_long_text(s, 0, title, s->w->f.title);
    next_row(s);
    put_long_text(s, 0, subtitle, s->w->f.subtitle);
    next_row(s);
}

/* Lines a header needs at a column width, wrapping at spaces. */
static int header_lines(const char *text, double width)
{
    int lines = 1;
    double used = 0;
    const char *p = text;
    while (*p) {
        size_t n = strcspn(p, " ");
        double wd = (double)utf8_width(p, n);
        if (used > 0 && used + 1 + wd > width) {
            lines++;
            used = wd;
        } else {
            used += (used > 0) + wd;
        }
        p += n;
        while (*p == ' ') p++;
    }
    return lines;
}

/* How wide a header wants its column: the whole header when short, else
 * the narrowest width that fits it on two lines (or its longest word). */
static double header_width(const char *h)
{
    double longest = 0, total = (double)utf8_width(h, strlen(h));
    for (const char *p = h; *p;) {
        size_t n = strcspn(p, " ");
        double wd = (double)utf8_width(p, n);
        if (wd > longest) longest = wd;
        p += n;
        while (*p == ' ') p++;
    }
    if (total <= 16) return total + 1;
    double wd = longest;
    while (wd < total && header_lines(h, wd) > 2) wd++;
    return wd + 1;
}

/* Header cells from column `first` on, each column widened for its header,
 * the row as tall as the tallest header needs (a column only ever gets
 * wider afterwards, so no header is cut). */
void header_cells(struct sheet *s, lxw_col_t first, const char *const *headers, lxw_col_t n, int min_lines)
{
    int lines = min_lines;
    for (lxw_col_t c = 0; c < n; c++) {
        const char *h = headers[c];
        if (!h) continue;
        lxw_col_t col = first + c;
        widen(s, col, header_width(h));
        double wd = col < MAX_COLS ? s->width[col] : header_width(h);
        int k = header_lines(h, wd);
        if (k > lines) lines = k;
    }
    note(s->w, worksheet_set_row(s->ws, s->row, 15.0 * lines + 3, NULL), s->name);
    for (lxw_col_t c = 0; c < n; c++) {
        if (headers[c]) note(s->w, worksheet_write_string(s->ws, s->row, first + c, headers[c], s->w->f.header), s->name);
        else put_blank(s, first + c, s->w->f.header);
    }
}

void table_header(struct sheet *s, const char *const *headers, lxw_col_t ncols, bool filtered)
{
    if (s->has_table && !filtered) s->tables_after = true;
    header_cells(s, 0, headers, ncols, 1);
    if (filtered) {
        s->has_table = true;
        s->table_header = s->row;
        s->table_cols = ncols;
        s->table_last = s->row;
    }
    next_row(s);
}

/* The filter over the table: set while its last row is still the one
 * being written, as constant-memory mode refuses ranges over flushed rows. */
void table_end(struct sheet *s)
{
    if (s->has_table)
        note(s->w, worksheet_autofilter(s->ws, s->table_header, 0, s->table_last, s->table_cols - 1), s->name);
}

void table_row_done(struct sheet *s)
{
    if (s->has_table && s->table_last + 1 == s->row) s->table_last = s->row;
    next_row(s);
}

void section(struct sheet *s, const char *text)
{
    next_row(s);
    put_long_text(s, 0, text, s->w->f.section);
    next_row(s);
}

/* A landscape A4 page holds about 149 characters across at 100% (in the
 * column width's unit, within the margins sheet_begin sets): a sheet wider
 * than PAGE_WIDE_CHARS is printed over more pages rather than shrunk below
 * about two thirds (small print a board cannot read). */
#define PAGE_WIDE_CHARS 220.0

/* Column widths from what was written, the filter on the table, the
 * frozen panes over its header (and first `freeze_cols` columns); the
 * print area and pages. */
void sheet_end(struct sheet *s, bool freeze, lxw_col_t freeze_cols, double max_width)
{
    lxw_col_t ncols = s->span_cols;
    double total = 0;
    int pixels = 0;
    for (lxw_col_t c = 0; c < MAX_COLS; c++)
        if (s->width[c] > 0 && c + 1 > ncols) ncols = c + 1;
    /* The columns under the charts too: a chart past the print area is
     * cut off on paper. Excel's column of W characters is 7W + 5 pixels
     * wide (Calibri 11). */
    for (lxw_col_t c = 0; c < MAX_COLS && (c < ncols || pixels < s->chart_right); c++) {
        double wd = 8.43;                  /* a column nothing was written in keeps Excel's width */
        if (s->width[c] > 0) {
            wd = s->width[c] + 2;
            if (wd < 6) wd = 6;
            if (wd > max_width) wd = max_width;
            note(s->w, worksheet_set_column(s->ws, c, c, wd, NULL), s->name);
        }
        total += wd;
        pixels += (int)(wd * 7 + 0.5) + 5;
        if (c + 1 > ncols) ncols = c + 1;
    }
    if (ncols) {
        /* The columns written, not text running on past them: a note
         * over the whole width made the page scale to it. */
        note(s->w, worksheet_print_area(s->ws, 0, 0, s->row, ncols - 1), s->name);
        /* A note wrapped across the table, or one on a line wider than
         * the first page holds, would be cut at the page's edge: such a
         * sheet stays one page wide. */
        uint16_t pages = s->note_wrapped || total <= PAGE_WIDE_CHARS ? 1 : total <= 2 * PAGE_WIDE_CHARS ? 2 : 3;
        double first_col = s->width[0] > 0 ? s->width[0] + 2 : 8.43;
        if (pages > 1 && s->longest_note > (total + (pages - 1) * first_col) / pages) pages = 1;
        worksheet_fit_to_pages(s->ws, pages, 0);
        if (pages > 1) note(s->w, worksheet_repeat_columns(s->ws, 0, 0), s->name);
    }
    if (s->has_table) {
        if (freeze) worksheet_freeze_panes(s->ws, s->table_header + 1, freeze_cols);
        /* Not over a page of another table below it (Spread's chart data). */
        if (!s->tables_after)
            note(s->w, worksheet_repeat_rows(s->ws, s->table_header - s->header_rows_above, s->table_header),
                 s->name);
    }
}

void insert_chart(struct sheet *s, lxw_row_t row, lxw_chart *chart, lxw_chart_options *opt)
{
    note(s->w, worksheet_insert_chart_opt(s->ws, row, 0, chart, opt), s->name);
    /* A chart is 480 pixels wide before its scale. */
    int right = (int)opt->x_offset + (int)(480 * (opt->x_scale > 0 ? opt->x_scale : 1) + 0.5);
    if (right > s->chart_right) s->chart_right = right;
}

void legend(struct sheet *s, lxw_col_t col, const char *const *labels, lxw_format *const *formats, int n)
{
    put_long_text(s, col - 1, T(s->w, L_LEGEND), s->w->f.legend);
    for (int i = 0; i < n; i++) {
        note(s->w, worksheet_write_string(s->ws, s->row, col + (lxw_col_t)i, labels[i], formats[i]), s->name);
        widen(s, col + (lxw_col_t)i, (double)utf8_width(labels[i], strlen(labels[i])));
    }
    next_row(s);
}

const char *privacy_note(struct writer *w)
{
    const char *n = itoa_kept(w, w->r->opt.min_cell);
    return subst(w, T(w, L_PRIVACY_AGG), 3, n, n, n);
}

const char *kind_label(const struct writer *w)
{
    static const enum label kinds[] = {K_REGION, K_CARE_GROUP, K_INSURER, K_PRACTICE};
    return T(w, kinds[w->r->opt.kind]);
}

/* "Steps – Insurer: Menzis" */
const char *sheet_heading(struct writer *w, const char *what)
{
    return keepf(w, "%s – %s: %s", what, kind_label(w), w->r->title_name);
}

const char *heading(struct writer *w, enum label what)
{
    return sheet_heading(w, T(w, what));
}

const char *workbook_title(struct writer *w)
{
    return heading(w, L_TITLE);
}

const char *goal_status_label(const struct writer *w, int i)
{
    static const enum label l[5] = {L_ACHIEVED, L_ON_TRACK, L_AT_RISK, L_MISSED, L_NO_DATA};
    return T(w, l[i]);
}

const char *step_status_label(const struct writer *w, int status)
{
    return status >= 0 ? vocab_label(&VOCAB_STEP_STATUS, status, w->nl ? "nl" : "en") : "?";
}

const char *vlabel(const struct writer *w, const struct vocab *v, int i)
{
    return i >= 0 && (size_t)i < v->count ? vocab_label(v, i, w->nl ? "nl" : "en") : NULL;
}

const char *vlabel_text(const struct writer *w, const struct vocab *v, int i)
{
    const char *s = vlabel(w, v, i);
    return s ? s : "";
}

const struct rp_practice *practice_by_agb(const struct report *r, const char *agb)
{
    if (!agb) return NULL;
    for (size_t i = 0; i < r->npractices; i++)
        if (strcmp(r->practices[i].agb, agb) == 0) return &r->practices[i];
    return NULL;
}

/* A period's label, with * when the data covers it only partly. */
const char *period_text(struct writer *w, const struct rp_grid *g, size_t p)
{
    return g->partial[p] ? keepf(w, "%s *", g->labels[p]) : g->labels[p];
}

/* The sentence on partial periods, when a grid has one, with its reasons:
 * the data period cuts a period, the records do not span one, or both. */
const char *partial_note(struct writer *w, const struct rp_grid *g)
{
    bool any = false, cut = false, beyond = false;
    for (size_t p = 0; p < g->nperiods; p++) {
        if (!g->partial[p]) continue;
        any = true;
        cut |= g->cut[p];
        beyond |= g->beyond_data[p];
    }
    if (!any || w->r->data_first == DATE_NONE) return "";
    /* The records the workbook reads: a report as of a past day, written
     * after later imports, said its records ran to the last of those. */
    int from = w->r->opt.from, to = w->r->opt.to;
    char first[11], last[11];
    format_date(w->r->data_first > from ? w->r->data_first : from, first);
    format_date(w->r->data_last < to ? w->r->data_last : to, last);
    if (cut && beyond) return subst(w, T(w, L_PARTIAL_NOTE_BOTH), 4, w->date_from, w->date_to, first, last);
    if (cut) return subst(w, T(w, L_PARTIAL_NOTE_CUT), 2, w->date_from, w->date_to);
    return subst(w, T(w, L_PARTIAL_NOTE), 2, first, last);
}

const char *metric_header(struct writer *w, const struct metric_def *m)
{
    const char *label = metric_label(m, w->nl ? "nl" : "en");
    if (m->unit == UNIT_HOURS) return keepf(w, "%s (%s)", label, w->nl ? "uur" : "hours");
    if (m->unit == UNIT_SECONDS) return keepf(w, "%s (%s)", label, w->nl ? "seconden" : "seconds");
    return label;
}

/* A small table under the main one: its first column spans 0..4, so a
 * long label needs no wide column of its own. */
void merged_header(struct sheet *s, lxw_col_t span, const char *first, const char *const *rest, lxw_col_t nrest)
{
    if (s->has_table) s->tables_after = true;
    header_cells(s, span + 1, rest, nrest, 2);
    note(s->w, worksheet_merge_range(s->ws, s->row, 0, s->row, span, first, s->w->f.header), s->name);
    next_row(s);
}

/* ---- the workbook -------------------------------------------------------------------- */

/* workbook_close with stderr pointed away meanwhile: libxlsxwriter prints
 * its own errors there ("[ERROR][./src/packager.c:1541]: ..."), in its
 * words, before ours, which names the file and what to do. */
static lxw_error close_quietly(lxw_workbook *wb, int *sys_errno)
{
    fflush(stderr);
    int saved = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 0);
    int devnull = saved >= 0 ? open("/dev/null", O_WRONLY | O_CLOEXEC) : -1;
    bool away = devnull >= 0 && dup2(devnull, STDERR_FILENO) >= 0;
    errno = 0;
    lxw_error closed = workbook_close(wb);
    /* The zip's failures leave the system's reason in errno only (the
     * library printed it). */
    *sys_errno = errno;
    if (away) {
        fflush(stderr);
        dup2(saved, STDERR_FILENO);
    }
    if (devnull >= 0) close(devnull);
    if (saved >= 0) close(saved);
    return closed;
}

int report_write_xlsx(const struct report *r, const char *path, struct eh_error *err)
{
    struct writer w;
    memset(&w, 0, sizeof w);
    w.r = r;
    w.err = err;
    w.nl = strcmp(r->opt.lang, "nl") == 0;
    format_date(r->opt.from, w.date_from);
    format_date(r->opt.to, w.date_to);
    format_date(r->opt.as_of, w.date_as_of);
    /* Constant memory: each row goes to a temporary file once the next one
     * starts, so a sheet of a thousand practices costs no more memory than
     * a sheet of ten. Rows must then be written in order, which every
     * sheet here does. The temporary files lie beside the workbook: the
     * library writes each part to one first and does not notice when that
     * write fails (in /tmp a full disk there gave a workbook of empty parts
     * and success). Beside the workbook, a full disk mostly fails the
     * workbook's own writing too, which is noticed; a part cut off while
     * the zip itself still fits (a file size limit, a disk that frees
     * again) is found by reading the workbook back. */
    char *dir = path_directory(path);
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = dir, .use_zip64 = LXW_TRUE};
    w.wb = workbook_new_opt(path, &options);
    if (!w.wb) {
        free(dir);
        return eh_fail(err, EH_IO, path, 0, 0, "cannot create the workbook");
    }
    make_formats(&w);
    lxw_doc_properties props = {
        .title = (char *)workbook_title(&w),
        .subject = (char *)T(&w, L_TITLE),
        .author = "ehtrack",
        .comments = (char *)keepf(&w, "ehtrack %s", EHTRACK_VERSION),
        .created = (time_t)now_utc(),
    };
    note(&w, workbook_set_properties(w.wb, &props), "properties");
    /* Sheets are added in reading order, then filled in the same order:
     * every figure is gathered already (report_gather). */
    enum { S_SUMMARY, S_STEPS, S_GOALS, S_METRICS, S_PEERS, S_TRENDS, S_COSTS, S_DIRECTIONS, S_QUALITY, S_COUNT };
    bool practice = r->opt.kind == REPORT_PRACTICE;
    const enum label names[S_COUNT] = {SH_SUMMARY, SH_STEPS, SH_GOALS, SH_METRICS,
                                       practice ? SH_COMPARISON : SH_SPREAD, SH_TRENDS, SH_COSTS,
                                       SH_DIRECTIONS, SH_QUALITY};
    struct sheet *sheets = xcalloc(S_COUNT, sizeof *sheets);
    int rc = EH_OK;
    for (int i = 0; i < S_COUNT && !rc; i++) {
        if (i == S_DIRECTIONS && r->opt.kind != REPORT_INSURER) continue;
        sheet_begin(&w, &sheets[i], names[i]);
        if (!sheets[i].ws) rc = eh_fail(err, EH_IO, path, 0, 0, "cannot add the sheet %s", T(&w, names[i]));
    }
    if (!rc) rc = write_summary(&w, &sheets[S_SUMMARY]);
    if (!rc) rc = write_steps(&w, &sheets[S_STEPS]);
    if (!rc) rc = write_goals(&w, &sheets[S_GOALS]);
    if (!rc) rc = write_metrics(&w, &sheets[S_METRICS]);
    if (!rc) rc = practice ? write_comparison(&w, &sheets[S_PEERS]) : write_spread(&w, &sheets[S_PEERS]);
    if (!rc) rc = write_trends(&w, &sheets[S_TRENDS]);
    if (!rc) rc = write_costs(&w, &sheets[S_COSTS]);
    if (!rc && r->opt.kind == REPORT_INSURER) rc = write_directions(&w, &sheets[S_DIRECTIONS]);
    if (!rc) rc = write_quality(&w, &sheets[S_QUALITY]);
    free(sheets);
    /* workbook_close frees the workbook whether or not it could write it. */
    int close_errno;
    lxw_error closed = close_quietly(w.wb, &close_errno);
    free(dir);
    if (!rc && w.lxw != LXW_NO_ERROR)
        rc = eh_fail(err, EH_IO, path, 0, 0, "writing sheet %s: %s", w.lxw_where ? w.lxw_where : "?",
                     lxw_strerror(w.lxw));
    if (!rc && closed != LXW_NO_ERROR)
        rc = eh_fail(err, EH_IO, path, 0, 0, "cannot write the workbook: %s%s%s%s", lxw_strerror(closed),
                     close_errno ? " (" : "", close_errno ? strerror(close_errno) : "", close_errno ? ")" : "");
    /* A part cut off in its temporary file is zipped as it is (above):
     * under a file size limit a sheet ended mid-row, and workbook_close
     * returned success. */
    if (!rc) rc = xlsx_verify(path, err);
    for (size_t i = 0; i < w.nkeep; i++) free(w.keep[i]);
    free(w.keep);
    return rc;
}
