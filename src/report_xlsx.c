#include "report_xlsx.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "datetime.h"
#include "reason_nl.h"
#include "report_sheet.h"
#include "util.h"
#include "vocab.h"

#ifndef EHTRACK_VERSION
#define EHTRACK_VERSION "0.1.0"
#endif

/* ---- labels: English and Dutch ------------------------------------------------ */

enum label {
    SH_SUMMARY, SH_STEPS, SH_GOALS, SH_METRICS, SH_COMPARISON, SH_SPREAD, SH_TRENDS, SH_COSTS, SH_DIRECTIONS,
    SH_QUALITY,
    K_REGION, K_CARE_GROUP, K_INSURER, K_PRACTICE,
    L_TITLE, L_WRITTEN, L_SCOPE, L_REPORT_FOR, L_NAME, L_AS_OF, L_FROM, L_TO, L_PRACTICES, L_CARE_GROUPS,
    L_PLANS, L_CG_PLANS, L_GOALS_N, L_PRIVACY, L_PRIVACY_AGG, L_PRIVACY_OWN, L_HEADLINE, L_BETTER, L_HIGHER,
    L_LOWER, L_AVG_PROGRESS, L_PLANS_COMPLETE, L_GOALS_AS_OF, L_STATUS, L_GOALS, L_SHARE, L_TOTAL,
    L_PLANS_PER_STEP, L_STEP, L_ALL_DONE, L_COVERAGE, L_LOG, L_RECORDS, L_PRACTICES_WITH_DATA,
    L_SHARE_PRACTICES, L_FIRST_DAY, L_LAST_DAY, L_MONTHS_WITH_DATA, L_MONTHS_IN_PERIOD, L_COSTS_SECTION,
    L_ONE_OFF, L_YEARLY, L_PLANS_WITH_COSTS, L_K_CONSULTS, L_K_MESSAGES, L_K_CALLS, L_K_SURVEY,
    L_K_REGISTRATIONS, L_PLAN, L_PLAN_TITLE, L_AGB, L_PRACTICE, L_CARE_GROUP, L_APP_TYPE, L_APPLICATION,
    L_CURRENT_STEP, L_PROGRESS, L_DUE, L_MODE, L_DECISION, L_LEGEND, L_CG_PLAN, L_STEPS_NOTE, L_GOAL,
    L_METRIC, L_BASELINE, L_TARGET, L_CURRENT, L_FORECAST, L_DEADLINE, L_WEEKS, L_GOALS_NOTE,
    L_ACHIEVED, L_ON_TRACK, L_AT_RISK, L_MISSED, L_NO_DATA, L_LEVEL, L_GROUP, L_MONTH, L_LEVEL_TOTAL,
    L_LEVEL_CG, L_LEVEL_PRACTICE, L_METRICS_NOTE, L_WEEK, L_WEEK_START, L_TREND_SHARE, L_TREND_CALLS,
    L_AXIS_WEEK, L_AXIS_SHARE, L_AXIS_CALLS, L_CALLS_PER_PRACTICE, L_TRENDS_NOTE, L_TRENDS_LINES_CG, L_TRENDS_LINES_PR, L_FUNDING,
    L_BARRIERS, L_DIRECTIONS, L_RISKS, L_HIGH_RISKS, L_FUNDING_SOURCE, L_BARRIER, L_DIRECTION,
    L_SUBTHEME, L_PRACTICES_REACHED, L_SHARE_OF_PLANS, L_COSTS_NOTE, L_DIR_NOTE, L_DIR_BY_STEP,
    L_DIR_BY_CG, L_DIR_N, L_NUMBER, L_GAPS, L_IMPORTS, L_REJECTS, L_IMPORT, L_FILE, L_KIND, L_FORMAT,
    L_IMPORTED_AT, L_READ, L_INSERTED, L_DUPLICATES, L_SKIPPED, L_REJECTED, L_OUTCOME, L_FIELD, L_REASON, L_ROWS,
    L_FIRST_LINE, L_GAP_CONSULTS, L_GAP_MESSAGES, L_GAP_CALLS, L_GAP_REGISTRATIONS, L_LATEST_SURVEY,
    L_MISSING_LIST, L_ABANDONED_LOGGED, L_ABANDONED_YES, L_ABANDONED_NONE, L_OUTCOME_IMPORTED,
    L_OUTCOME_REFUSED, L_NONE_FOUND, L_QUALITY_NOTE, L_PAGE, L_W_CONSULTS, L_W_MESSAGES, L_W_CALLS,
    L_W_REGISTRATIONS, L_AS_OF_WHY, L_AS_OF_GIVEN, L_AS_OF_DATA, L_AS_OF_TODAY, L_DATA, L_PARTIAL,
    L_PARTIAL_NOTE, L_FEW_WEEKS, L_WORKING_DAYS,
    LABEL_COUNT
};

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
    [L_HEADLINE] = {"Headline figures: the first and the last month of the data period",
                    "Kerncijfers: de eerste en de laatste maand van de dataperiode"},
    [L_BETTER] = {"Better when", "Beter als"},
    [L_HIGHER] = {"higher", "hoger"},
    [L_LOWER] = {"lower", "lager"},
    [L_AVG_PROGRESS] = {"Average progress of the plans", "Gemiddelde voortgang van de plannen"},
    [L_PLANS_COMPLETE] = {"Plans with every step done or skipped", "Plannen met alle stappen afgerond"},
    [L_GOALS_AS_OF] = {"Goals on {}", "Doelen op {}"},
    [L_STATUS] = {"Status", "Status"},
    [L_GOALS] = {"Goals", "Doelen"},
    [L_SHARE] = {"Share", "Aandeel"},
    [L_TOTAL] = {"Total", "Totaal"},
    [L_PLANS_PER_STEP] = {"Plans per current step", "Plannen per huidige stap"},
    [L_STEP] = {"Step", "Stap"},
    [L_ALL_DONE] = {"All steps done", "Alle stappen afgerond"},
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
    [L_K_SURVEY] = {"Survey rounds", "Enquêterondes"},
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
    [L_IMPORTS] = {"Imports", "Imports"},
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
    [L_NONE_FOUND] = {"none", "geen"},
    [L_QUALITY_NOTE] = {"Months from {} to {} without any record, per practice and log; practices whose call logs "
                        "hold no missed call (a phone system that does not log them makes the abandoned rate and "
                        "calls per day too low); the imports whose records fall in that period, with the rows their "
                        "format skipped (no contact, an internal call) and those rejected, and why.",
                        "Maanden van {} tot en met {} zonder enig record, per praktijk en soort gegevens; praktijken "
                        "zonder een enkele gemiste oproep in hun telefoniegegevens (een centrale die ze niet logt "
                        "maakt het aandeel opgehangen en de telefoontjes per dag te laag); de imports met records in "
                        "die periode, met de regels die hun formaat oversloeg (geen contact, een intern gesprek) en "
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
    [L_FEW_WEEKS] = {"fewer than 3 weeks", "minder dan 3 weken"},
    [L_WORKING_DAYS] = {"Per day and per week count working days (Monday to Friday, not on Dutch public holidays).",
                        "Per dag en per week tellen werkdagen (maandag tot en met vrijdag, geen feestdagen)."},
};

static const char *const GOAL_STATUS_KEYS[5] = {"achieved", "on_track", "at_risk", "missed", "no_data"};

/* ---- colours ------------------------------------------------------------------ */

/* Fill and text colour per step status (enum step_status order) and goal
 * status (GOAL_STATUS_KEYS order). Light fills with dark text stay legible
 * in print and in grey; the label is always written too, so colour is
 * never the only carrier. */
static const lxw_color_t STEP_FILL[STATUS_COUNT] = {0xEDEDED, 0xFFEB9C, 0xC6EFCE, 0xDDEBF7};
static const lxw_color_t STEP_FONT[STATUS_COUNT] = {0x595959, 0x9C5700, 0x006100, 0x1F4E78};
static const lxw_color_t GOAL_FILL[5] = {0xC6EFCE, 0xDDEBF7, 0xFFEB9C, 0xFFC7CE, 0xEDEDED};
static const lxw_color_t GOAL_FONT[5] = {0x006100, 0x1F4E78, 0x9C5700, 0x9C0006, 0x595959};
static const lxw_color_t HEADER_FILL = 0x1F4E78;
static const lxw_color_t SERIES_COLOURS[9] = {0x1F4E78, 0xE07B00, 0x2E8B57, 0xC00000, 0x7030A0,
                                              0x00A0B0, 0x8B6914, 0xD4508C, 0x7F7F7F};

/* ---- the writer ----------------------------------------------------------------- */

static const char *T(const struct writer *w, enum label l)
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
static char *clean_text(const char *text)
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

/* Text that may run over the empty cells to its right: it widens nothing. */
void put_long_text(struct sheet *s, lxw_col_t col, const char *text, lxw_format *f)
{
    if (!text || !*text) return;
    char *t = clean_text(text);
    note(s->w, worksheet_write_string(s->ws, s->row, col, t, f), s->name);
    free(t);
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
static void put_id(struct sheet *s, lxw_col_t col, long long v)
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
    /* '&' starts a code in headers and footers: the scope name may hold one. */
    struct sbuf name_text = {0};
    for (const char *p = w->r->title_name; p && *p; p++) {
        if (*p == '&') sbuf_addc(&name_text, '&');
        sbuf_addc(&name_text, *p);
    }
    note(w, worksheet_set_footer(s->ws, keepf(w, "&L%s&R%s &P / &N", sbuf_str(&name_text), T(w, L_PAGE))),
         s->name);
    sbuf_free(&name_text);
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

/* Column widths from what was written, the filter on the table, the
 * frozen panes over its header (and first `freeze_cols` columns). */
void sheet_end(struct sheet *s, bool freeze, lxw_col_t freeze_cols, double max_width)
{
    for (lxw_col_t c = 0; c < MAX_COLS; c++) {
        if (s->width[c] <= 0) continue;
        double wd = s->width[c] + 2;
        if (wd < 6) wd = 6;
        if (wd > max_width) wd = max_width;
        note(s->w, worksheet_set_column(s->ws, c, c, wd, NULL), s->name);
    }
    if (s->has_table) {
        if (freeze) worksheet_freeze_panes(s->ws, s->table_header + 1, freeze_cols);
        note(s->w, worksheet_repeat_rows(s->ws, s->table_header, s->table_header), s->name);
    }
}

static void legend(struct sheet *s, lxw_col_t col, const char *const *labels, lxw_format *const *formats, int n)
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

static const char *kind_label(const struct writer *w)
{
    static const enum label kinds[] = {K_REGION, K_CARE_GROUP, K_INSURER, K_PRACTICE};
    return T(w, kinds[w->r->opt.kind]);
}

/* "Steps – Insurer: Menzis" */
const char *sheet_heading(struct writer *w, const char *what)
{
    return keepf(w, "%s – %s: %s", what, kind_label(w), w->r->title_name);
}

static const char *heading(struct writer *w, enum label what)
{
    return sheet_heading(w, T(w, what));
}

static const char *workbook_title(struct writer *w)
{
    return heading(w, L_TITLE);
}

static int goal_status_index(const char *status)
{
    for (int i = 0; i < 5; i++)
        if (status && strcmp(status, GOAL_STATUS_KEYS[i]) == 0) return i;
    return 4;
}

static const char *goal_status_label(const struct writer *w, int i)
{
    static const enum label l[5] = {L_ACHIEVED, L_ON_TRACK, L_AT_RISK, L_MISSED, L_NO_DATA};
    return T(w, l[i]);
}

static const char *step_status_label(const struct writer *w, int status)
{
    return status >= 0 ? vocab_label(&VOCAB_STEP_STATUS, status, w->nl ? "nl" : "en") : "?";
}

static const char *vlabel(const struct writer *w, const struct vocab *v, int i)
{
    return i >= 0 && (size_t)i < v->count ? vocab_label(v, i, w->nl ? "nl" : "en") : NULL;
}

static const char *vlabel_text(const struct writer *w, const struct vocab *v, int i)
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

/* ---- Summary ------------------------------------------------------------------------ */

static const char *const HEADLINE_METRICS[] = {
    "econsult_share", "econsults_per_week", "video_share", "results_via_econsult", "calls_per_day",
    "abandoned_rate", "avg_wait_s", "response_in_term", "median_response_h", "unsafe_share", "awareness",
    "portal_reach",
};

static void key_value_text(struct sheet *s, enum label key, const char *value)
{
    put_text(s, 0, T(s->w, key), s->w->f.label);
    put_long_text(s, 1, value, NULL);
    next_row(s);
}

static void key_value_num(struct sheet *s, enum label key, double v, enum numfmt nf)
{
    put_text(s, 0, T(s->w, key), s->w->f.label);
    put_num(s, 1, v, nf, false);
    next_row(s);
}

/* Why the workbook is as of its day (interface.md 7.4). */
static const char *as_of_reason(struct writer *w)
{
    const struct report *r = w->r;
    if (r->opt.as_of_given) return T(w, L_AS_OF_GIVEN);
    if (r->opt.as_of_data_last != DATE_NONE && r->opt.as_of == r->opt.as_of_data_last + 1) {
        char last[11];
        format_date(r->opt.as_of_data_last, last);
        return subst(w, T(w, L_AS_OF_DATA), 1, last);
    }
    return T(w, L_AS_OF_TODAY);
}

/* A period's label, with * when the data covers it only partly. */
static const char *period_text(struct writer *w, const struct rp_grid *g, size_t p)
{
    return g->partial[p] ? keepf(w, "%s *", g->labels[p]) : g->labels[p];
}

/* The sentence on partial periods, when a grid has one. */
static const char *partial_note(struct writer *w, const struct rp_grid *g)
{
    bool any = false;
    for (size_t p = 0; p < g->nperiods && !any; p++) any = g->partial[p];
    if (!any || w->r->data_first == DATE_NONE) return "";
    char first[11], last[11];
    format_date(w->r->data_first, first);
    format_date(w->r->data_last, last);
    return subst(w, T(w, L_PARTIAL_NOTE), 2, first, last);
}

static int write_summary(struct writer *w, const struct sheet *sheet)
{
    const struct report *r = w->r;
    struct sheet s = *sheet;
    char today_text[11];
    format_date(today(), today_text);
    sheet_title(&s, workbook_title(w), subst(w, T(w, L_WRITTEN), 2, today_text, EHTRACK_VERSION));

    section(&s, T(w, L_SCOPE));
    key_value_text(&s, L_REPORT_FOR, kind_label(w));
    key_value_text(&s, L_NAME, r->title_name);
    put_text(&s, 0, T(w, L_AS_OF), w->f.label);
    put_date(&s, 1, r->opt.as_of);
    next_row(&s);
    key_value_text(&s, L_AS_OF_WHY, as_of_reason(w));
    put_text(&s, 0, T(w, L_FROM), w->f.label);
    put_date(&s, 1, r->opt.from);
    next_row(&s);
    put_text(&s, 0, T(w, L_TO), w->f.label);
    put_date(&s, 1, r->opt.to);
    next_row(&s);
    key_value_num(&s, L_PRACTICES, (double)r->npractices, NF_INT);
    key_value_num(&s, L_CARE_GROUPS, (double)r->ncare_groups, NF_INT);
    size_t cg_plans = 0;
    for (size_t i = 0; i < r->nplans; i++) cg_plans += r->plans[i].agb == NULL;
    key_value_num(&s, L_PLANS, (double)r->nplans, NF_INT);
    if (cg_plans) {
        put_text(&s, 0, keepf(w, "  %s", T(w, L_CG_PLANS)), NULL);
        put_num(&s, 1, (double)cg_plans, NF_INT, false);
        next_row(&s);
    }
    key_value_num(&s, L_GOALS_N, (double)r->goals.count, NF_INT);
    key_value_text(&s, L_PRIVACY, r->aggregate ? privacy_note(w) : T(w, L_PRIVACY_OWN));

    /* The headline figures: the first and last month of the Metrics
     * sheet's top row (the whole scope, or the practice), so a reader sees
     * where the period started and where it ended. */
    section(&s, T(w, L_HEADLINE));
    const struct rp_metric_table *t = &r->monthly;
    const struct rp_grid *grid = &t->grid;
    size_t last = grid->nperiods ? grid->nperiods - 1 : 0;
    const char *hdr[] = {T(w, L_METRIC), grid->nperiods ? period_text(w, grid, 0) : "",
                         grid->nperiods ? period_text(w, grid, last) : "", T(w, L_BETTER)};
    table_header(&s, hdr, 4, false);
    for (size_t k = 0; k < ARRAY_LEN(HEADLINE_METRICS) && grid->nperiods && t->ngroups; k++) {
        size_t i = 0;
        while (i < t->ndefs && strcmp(t->defs[i]->id, HEADLINE_METRICS[k]) != 0) i++;
        if (i == t->ndefs) continue;
        const struct metric_def *m = t->defs[i];
        put_text(&s, 0, metric_label(m, w->nl ? "nl" : "en"), NULL);
        put_cell(&s, 1, *rp_grid_cell(grid, 0, 0, i), metric_numfmt(m), false);
        if (last) put_cell(&s, 2, *rp_grid_cell(grid, 0, last, i), metric_numfmt(m), false);
        put_text(&s, 3, T(w, m->higher_better ? L_HIGHER : L_LOWER), NULL);
        next_row(&s);
    }
    double progress = 0;
    size_t complete = 0;
    for (size_t i = 0; i < r->nplans; i++) {
        progress += r->plans[i].done / 6.0;
        complete += r->plans[i].done == STEP_COUNT;
    }
    if (r->nplans) {
        put_text(&s, 0, T(w, L_AVG_PROGRESS), NULL);
        put_num(&s, 1, progress / (double)r->nplans, NF_PCT, false);
        next_row(&s);
    }
    put_text(&s, 0, T(w, L_PLANS_COMPLETE), NULL);
    put_num(&s, 1, (double)complete, NF_INT, false);
    next_row(&s);

    /* Goal statuses, coloured as on the Goals sheet. */
    section(&s, subst(w, T(w, L_GOALS_AS_OF), 1, w->date_as_of));
    const char *ghdr[] = {T(w, L_STATUS), T(w, L_GOALS), T(w, L_SHARE)};
    table_header(&s, ghdr, 3, false);
    size_t counts[5] = {0};
    for (size_t i = 0; i < r->goals.count; i++) counts[goal_status_index(r->goals.items[i].status)]++;
    for (int i = 0; i < 5; i++) {
        put_text(&s, 0, goal_status_label(w, i), w->f.goal[i]);
        put_num(&s, 1, (double)counts[i], NF_INT, false);
        if (r->goals.count) put_num(&s, 2, (double)counts[i] / (double)r->goals.count, NF_PCT, false);
        next_row(&s);
    }
    put_text(&s, 0, T(w, L_TOTAL), w->f.total_text);
    put_num(&s, 1, (double)r->goals.count, NF_INT, true);
    put_num(&s, 2, r->goals.count ? 1.0 : NAN, NF_PCT, true);
    next_row(&s);

    /* Where the plans are: the funnel of the six steps. */
    section(&s, T(w, L_PLANS_PER_STEP));
    const char *phdr[] = {T(w, L_STEP), T(w, L_PLANS), T(w, L_SHARE)};
    table_header(&s, phdr, 3, false);
    for (int st = 0; st <= STEP_COUNT; st++) {
        size_t c = 0;
        for (size_t i = 0; i < r->nplans; i++) c += st == STEP_COUNT ? r->plans[i].current < 0 : r->plans[i].current == st;
        put_text(&s, 0, st == STEP_COUNT ? T(w, L_ALL_DONE) : vlabel(w, &VOCAB_STEPS, st), NULL);
        put_num(&s, 1, (double)c, NF_INT, false);
        if (r->nplans) put_num(&s, 2, (double)c / (double)r->nplans, NF_PCT, false);
        next_row(&s);
    }

    /* How much of the period each log covers. */
    section(&s, T(w, L_COVERAGE));
    const char *chdr[] = {T(w, L_LOG), T(w, L_RECORDS), T(w, L_PRACTICES_WITH_DATA), T(w, L_SHARE_PRACTICES),
                          T(w, L_FIRST_DAY), T(w, L_LAST_DAY), T(w, L_MONTHS_WITH_DATA), T(w, L_MONTHS_IN_PERIOD)};
    table_header(&s, chdr, 8, false);
    static const enum label kinds[KIND_COUNT] = {L_K_CONSULTS, L_K_MESSAGES, L_K_CALLS, L_K_SURVEY,
                                                 L_K_REGISTRATIONS};
    for (int k = 0; k < KIND_COUNT; k++) {
        const struct rp_coverage *c = &r->coverage[k];
        put_text(&s, 0, T(w, kinds[k]), NULL);
        put_count(&s, 1, c->records, false);
        put_num(&s, 2, (double)c->practices, NF_INT, false);
        if (r->npractices) put_num(&s, 3, (double)c->practices / (double)r->npractices, NF_PCT, false);
        put_date(&s, 4, c->first);
        put_date(&s, 5, c->last);
        put_num(&s, 6, c->months, NF_INT, false);
        put_num(&s, 7, r->months, NF_INT, false);
        next_row(&s);
    }

    section(&s, T(w, L_COSTS_SECTION));
    double one_off = 0, yearly = 0;
    size_t with_costs = 0;
    for (size_t i = 0; i < r->nplans; i++) {
        const struct rp_plan *p = &r->plans[i];
        one_off += p->has_one_off ? p->one_off : 0;
        yearly += p->has_yearly ? p->yearly : 0;
        with_costs += p->has_one_off || p->has_yearly;
    }
    key_value_num(&s, L_ONE_OFF, one_off, NF_MONEY);
    key_value_num(&s, L_YEARLY, yearly, NF_MONEY);
    key_value_num(&s, L_PLANS_WITH_COSTS, (double)with_costs, NF_INT);
    sheet_end(&s, false, 0, 60);
    worksheet_activate(s.ws);
    return EH_OK;
}

/* ---- Steps ---------------------------------------------------------------------- */

static int write_steps(struct writer *w, const struct sheet *sheet)
{
    const struct report *r = w->r;
    struct sheet s = *sheet;
    sheet_title(&s, heading(w, SH_STEPS), T(w, L_STEPS_NOTE));
    enum { C_PLAN, C_TITLE, C_AGB, C_PRACTICE, C_CG, C_TYPE, C_APP, C_STEP0, C_CURRENT = C_STEP0 + STEP_COUNT,
           C_PROGRESS, C_DUE, C_MODE, C_DECISION, C_COUNT };
    /* The legend sits over the step columns. */
    const char *labels[STATUS_COUNT];
    lxw_format *formats[STATUS_COUNT];
    static const int order[STATUS_COUNT] = {STATUS_DONE, STATUS_IN_PROGRESS, STATUS_NOT_STARTED, STATUS_SKIPPED};
    for (int i = 0; i < STATUS_COUNT; i++) {
        labels[i] = step_status_label(w, order[i]);
        formats[i] = w->f.step[order[i]];
    }
    legend(&s, C_STEP0, labels, formats, STATUS_COUNT);
    const char *hdr[C_COUNT] = {
        [C_PLAN] = T(w, L_PLAN), [C_TITLE] = T(w, L_PLAN_TITLE), [C_AGB] = T(w, L_AGB),
        [C_PRACTICE] = T(w, L_PRACTICE), [C_CG] = T(w, L_CARE_GROUP), [C_TYPE] = T(w, L_APP_TYPE),
        [C_APP] = T(w, L_APPLICATION), [C_CURRENT] = T(w, L_CURRENT_STEP), [C_PROGRESS] = T(w, L_PROGRESS),
        [C_DUE] = T(w, L_DUE), [C_MODE] = T(w, L_MODE), [C_DECISION] = T(w, L_DECISION),
    };
    for (int i = 0; i < STEP_COUNT; i++) hdr[C_STEP0 + i] = keepf(w, "%d %s", i + 1, vlabel_text(w, &VOCAB_STEPS, i));
    table_header(&s, hdr, C_COUNT, true);
    for (size_t i = 0; i < r->nplans; i++) {
        const struct rp_plan *p = &r->plans[i];
        put_text(&s, C_PLAN, p->id, NULL);
        put_text(&s, C_TITLE, p->title, NULL);
        put_text(&s, C_AGB, p->agb, NULL);
        put_text(&s, C_PRACTICE, p->agb ? p->practice_name : T(w, L_CG_PLAN), NULL);
        put_text(&s, C_CG, p->care_group, NULL);
        put_text(&s, C_TYPE, vlabel(w, &VOCAB_APP_TYPES, p->app_type), NULL);
        put_text(&s, C_APP, p->app_name, NULL);
        for (int k = 0; k < STEP_COUNT; k++) {
            int st = p->steps[k].status;
            put_text(&s, C_STEP0 + (lxw_col_t)k, step_status_label(w, st), st >= 0 ? w->f.step[st] : NULL);
        }
        put_text(&s, C_CURRENT, p->current < 0 ? T(w, L_ALL_DONE) : vlabel(w, &VOCAB_STEPS, p->current), NULL);
        put_num(&s, C_PROGRESS, p->done / 6.0, NF_PCT, false);
        if (p->current >= 0) put_date(&s, C_DUE, p->steps[p->current].due);
        put_text(&s, C_MODE, vlabel(w, &VOCAB_IMPLEMENT_MODE, p->mode), NULL);
        put_text(&s, C_DECISION, vlabel(w, &VOCAB_SCALE_DECISION, p->decision), NULL);
        table_row_done(&s);
    }
    table_end(&s);
    sheet_end(&s, true, 1, 45);
    return EH_OK;
}

/* ---- Goals ---------------------------------------------------------------------- */

/* A goal's measured value in an aggregate workbook: hidden like any other
 * value over few records. */
static struct rp_cell goal_cell(const struct report *r, const struct metric_def *m, bool has, double v,
                                const struct goal_basis *b)
{
    if (!b->measured) {
        struct rp_cell c = {has ? CELL_VALUE : CELL_EMPTY, v};
        return c;
    }
    return report_cell(r, m, has, v, b->has_numerator, b->numerator, b->has_denominator, b->denominator, b->records);
}

static int write_goals(struct writer *w, const struct sheet *sheet)
{
    const struct report *r = w->r;
    struct sheet s = *sheet;
    sheet_title(&s, heading(w, SH_GOALS),
                subst(w, T(w, L_GOALS_NOTE), 1, w->date_as_of));
    enum { C_PLAN, C_GOAL, C_AGB, C_PRACTICE, C_CG, C_METRIC, C_BASELINE, C_TARGET, C_CURRENT, C_FORECAST,
           C_DEADLINE, C_STATUS, C_WEEKS, C_COUNT };
    const char *labels[5];
    for (int i = 0; i < 5; i++) labels[i] = goal_status_label(w, i);
    legend(&s, C_BASELINE, labels, w->f.goal, 5);
    const char *hdr[C_COUNT] = {
        [C_PLAN] = T(w, L_PLAN), [C_GOAL] = T(w, L_GOAL), [C_AGB] = T(w, L_AGB), [C_PRACTICE] = T(w, L_PRACTICE),
        [C_CG] = T(w, L_CARE_GROUP), [C_METRIC] = T(w, L_METRIC), [C_BASELINE] = T(w, L_BASELINE),
        [C_TARGET] = T(w, L_TARGET), [C_CURRENT] = T(w, L_CURRENT), [C_FORECAST] = T(w, L_FORECAST),
        [C_DEADLINE] = T(w, L_DEADLINE), [C_STATUS] = T(w, L_STATUS), [C_WEEKS] = T(w, L_WEEKS),
    };
    table_header(&s, hdr, C_COUNT, true);
    for (size_t i = 0; i < r->goals.count; i++) {
        const struct goal_result *g = &r->goals.items[i];
        const struct metric_def *m = g->metric;
        enum numfmt nf = metric_numfmt(m);
        const struct rp_practice *p = practice_by_agb(r, g->practice);
        put_text(&s, C_PLAN, g->plan, NULL);
        put_text(&s, C_GOAL, g->goal, NULL);
        put_text(&s, C_AGB, g->practice, NULL);
        put_text(&s, C_PRACTICE, p ? p->name : T(w, L_CG_PLAN), NULL);
        put_text(&s, C_CG, g->care_group, NULL);
        put_text(&s, C_METRIC, metric_label(m, w->nl ? "nl" : "en"), NULL);
        struct rp_cell base = goal_cell(r, m, g->has_baseline, g->baseline, &g->baseline_basis);
        struct rp_cell cur = goal_cell(r, m, g->has_current, g->current, &g->current_basis);
        /* A target derived from a hidden baseline would give the baseline back. */
        struct rp_cell target = {g->has_target ? CELL_VALUE : CELL_EMPTY, g->target};
        if (g->baseline_basis.measured && base.state != CELL_VALUE && target.state == CELL_VALUE)
            target.state = CELL_HIDDEN;
        struct rp_cell fc = {g->has_forecast ? CELL_VALUE : CELL_EMPTY, g->forecast};
        if (cur.state != CELL_VALUE && fc.state == CELL_VALUE) fc.state = CELL_HIDDEN;
        put_cell(&s, C_BASELINE, base, nf, false);
        put_cell(&s, C_TARGET, target, nf, false);
        put_cell(&s, C_CURRENT, cur, nf, false);
        /* No forecast on too few weeks: say so rather than leave it blank. */
        if (g->weekly_points < FORECAST_MIN_POINTS && fc.state == CELL_EMPTY)
            put_text(&s, C_FORECAST, T(w, L_FEW_WEEKS), NULL);
        else
            put_cell(&s, C_FORECAST, fc, nf, false);
        put_date(&s, C_DEADLINE, g->deadline);
        int st = goal_status_index(g->status);
        put_text(&s, C_STATUS, goal_status_label(w, st), w->f.goal[st]);
        put_num(&s, C_WEEKS, g->weekly_points, NF_INT, false);
        table_row_done(&s);
    }
    table_end(&s);
    sheet_end(&s, true, 2, 45);
    return EH_OK;
}

/* ---- Metrics ---------------------------------------------------------------------- */

const char *metric_header(struct writer *w, const struct metric_def *m)
{
    const char *label = metric_label(m, w->nl ? "nl" : "en");
    if (m->unit == UNIT_HOURS) return keepf(w, "%s (%s)", label, w->nl ? "uur" : "hours");
    if (m->unit == UNIT_SECONDS) return keepf(w, "%s (%s)", label, w->nl ? "seconden" : "seconds");
    return label;
}

/* The rows of the Metrics sheet: the whole scope, then each care group
 * followed by its practices (a practice workbook: the practice alone). */
static int write_metrics(struct writer *w, const struct sheet *sheet)
{
    const struct report *r = w->r;
    struct sheet s = *sheet;
    enum { C_LEVEL, C_NAME, C_AGB, C_CG, C_MONTH, C_DATA, C_FIRST };
    const struct rp_metric_table *t = &r->monthly;
    const struct metric_def *const *defs = t->defs;
    size_t ndefs = t->ndefs < MAX_COLS - C_FIRST ? t->ndefs : MAX_COLS - C_FIRST;
    const char *hdr[MAX_COLS] = {
        [C_LEVEL] = T(w, L_LEVEL), [C_NAME] = T(w, L_GROUP), [C_AGB] = T(w, L_AGB),
        [C_CG] = T(w, L_CARE_GROUP), [C_MONTH] = T(w, L_MONTH), [C_DATA] = T(w, L_DATA),
    };
    for (size_t i = 0; i < ndefs; i++) hdr[C_FIRST + i] = metric_header(w, defs[i]);
    size_t ngroups = t->ngroups;
    const struct rp_group *groups = t->groups;
    const struct rp_grid *grid = &t->grid;
    int rc = EH_OK;
    const char *subtitle = subst(w, T(w, L_METRICS_NOTE), 2, w->date_from, w->date_to);
    if (r->opt.days == DAYS_WORKING) subtitle = keepf(w, "%s %s", subtitle, T(w, L_WORKING_DAYS));
    if (*partial_note(w, grid)) subtitle = keepf(w, "%s %s", subtitle, partial_note(w, grid));
    if (r->aggregate) subtitle = keepf(w, "%s %s", subtitle, privacy_note(w));
    sheet_title(&s, heading(w, SH_METRICS), subtitle);
    next_row(&s);
    table_header(&s, hdr, (lxw_col_t)(C_FIRST + ndefs), true);
    for (size_t g = 0; g < ngroups && !rc; g++) {
        const struct rp_group *gr = &groups[g];
        const struct rp_practice *p = gr->level == LEVEL_PRACTICE ? &r->practices[gr->practice] : NULL;
        static const enum label levels[] = {L_LEVEL_TOTAL, L_LEVEL_CG, L_LEVEL_PRACTICE};
        bool total = gr->level != LEVEL_PRACTICE;
        for (size_t m = 0; m < grid->nperiods; m++) {
            put_text(&s, C_LEVEL, T(w, levels[gr->level]), total ? w->f.label : NULL);
            put_text(&s, C_NAME, p ? p->name : gr->care_group ? gr->care_group : r->title_name,
                     total ? w->f.label : NULL);
            put_text(&s, C_AGB, p ? p->agb : NULL, NULL);
            put_text(&s, C_CG, p ? p->care_group : gr->care_group, NULL);
            put_num(&s, C_MONTH, excel_day(grid->first[m]), NF_MONTH, false);
            put_text(&s, C_DATA, grid->partial[m] ? keepf(w, "%s *", T(w, L_PARTIAL)) : NULL, NULL);
            for (size_t i = 0; i < ndefs; i++)
                put_cell(&s, (lxw_col_t)(C_FIRST + i), *rp_grid_cell(grid, g, m, i), metric_numfmt(defs[i]), false);
            table_row_done(&s);
        }
    }
    table_end(&s);
    sheet_end(&s, true, 2, 40);
    return rc;
}

/* ---- Trends --------------------------------------------------------------------------- */

static void add_chart(struct writer *w, struct sheet *s, const char *title, const char *y_axis, const char *y_format,
                      lxw_row_t header, lxw_row_t first, lxw_row_t last, lxw_col_t col0, size_t nseries,
                      int x_offset)
{
    lxw_chart *chart = workbook_add_chart(w->wb, LXW_CHART_LINE);
    if (!chart) {
        note(w, LXW_ERROR_MEMORY_MALLOC_FAILED, s->name);
        return;
    }
    for (size_t i = 0; i < nseries; i++) {
        lxw_chart_series *series = chart_add_series(chart, NULL, NULL);
        if (!series) {
            note(w, LXW_ERROR_MEMORY_MALLOC_FAILED, s->name);
            return;
        }
        chart_series_set_categories(series, s->name, first, 0, last, 0);
        chart_series_set_values(series, s->name, first, col0 + (lxw_col_t)i, last, col0 + (lxw_col_t)i);
        chart_series_set_name_range(series, s->name, header, col0 + (lxw_col_t)i);
        lxw_chart_line line = {.color = SERIES_COLOURS[i % ARRAY_LEN(SERIES_COLOURS)],
                               .width = i == 0 ? 2.75f : 1.5f};
        chart_series_set_line(series, &line);
        chart_series_set_marker_type(series, LXW_CHART_MARKER_NONE);
    }
    chart_title_set_name(chart, title);
    lxw_chart_font title_font = {.size = 12, .bold = LXW_TRUE};
    chart_title_set_name_font(chart, &title_font);
    chart_axis_set_name(chart->x_axis, T(w, L_AXIS_WEEK));
    chart_axis_set_name(chart->y_axis, y_axis);
    chart_axis_set_num_format(chart->y_axis, y_format);
    chart_axis_set_label_position(chart->x_axis, LXW_CHART_AXIS_LABEL_POSITION_LOW);
    lxw_chart_font week_font = {.rotation = -45, .size = 8};
    chart_axis_set_num_font(chart->x_axis, &week_font);
    /* A label every four weeks keeps a year readable. */
    chart_axis_set_interval_unit(chart->x_axis, 4);
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);
    lxw_chart_options opt = {.x_offset = x_offset, .y_offset = 4, .x_scale = 1.3, .y_scale = 1.25};
    note(w, worksheet_insert_chart_opt(s->ws, 3, 0, chart, &opt), s->name);
}

static int write_trends(struct writer *w, const struct sheet *sheet)
{
    const struct report *r = w->r;
    struct sheet s = *sheet;
    const struct rp_metric_table *t = &r->weekly;
    const struct rp_group *groups = t->groups;
    size_t ngroups = t->ngroups;
    bool by_cg = r->trends_by_care_group;
    const char *lines = r->opt.kind == REPORT_PRACTICE ? ""
                        : subst(w, T(w, by_cg ? L_TRENDS_LINES_CG : L_TRENDS_LINES_PR), 1, itoa_kept(w, (long long)ngroups - 1));
    const struct metric_def *const *defs = t->defs;
    size_t ndefs = t->ndefs;
    const struct metric_def *share = metric_find(r->cat, "econsult_share"), *calls = metric_find(r->cat, "calls_per_day");
    const struct rp_grid *grid = &t->grid;
    const char *note_text = keepf(w, "%s %s", T(w, L_TRENDS_NOTE), lines);
    if (r->opt.days == DAYS_WORKING) note_text = keepf(w, "%s %s", note_text, T(w, L_WORKING_DAYS));
    if (*partial_note(w, grid)) note_text = keepf(w, "%s %s", note_text, partial_note(w, grid));
    sheet_title(&s, heading(w, SH_TRENDS), note_text);
    if (!ngroups || !ndefs) {
        sheet_end(&s, false, 0, 40);
        return EH_OK;
    }
    /* Charts over the table: the first thing a reader sees. */
    enum { CHART_ROWS = 19 };
    lxw_row_t group_row = 3 + CHART_ROWS, header = group_row + 1;
    lxw_row_t first = header + 1, last = first + (lxw_row_t)grid->nperiods - 1;
    s.row = group_row;
    note(w, worksheet_set_row(s.ws, group_row, 18, NULL), s.name);
    put_blank(&s, 0, w->f.header);
    put_blank(&s, 1, w->f.header);
    for (size_t d = 0; d < ndefs; d++) {
        lxw_col_t c0 = (lxw_col_t)(2 + d * ngroups), c1 = (lxw_col_t)(c0 + ngroups - 1);
        const char *label = defs[d] == calls ? T(w, L_CALLS_PER_PRACTICE) : metric_label(defs[d], w->nl ? "nl" : "en");
        if (c1 > c0) note(w, worksheet_merge_range(s.ws, group_row, c0, group_row, c1, label, w->f.header), s.name);
        else note(w, worksheet_write_string(s.ws, group_row, c0, label, w->f.header), s.name);
    }
    next_row(&s);
    const char *hdr[2 + 2 * (1 + TREND_LINES)] = {T(w, L_WEEK), T(w, L_WEEK_START)};
    for (size_t d = 0; d < ndefs; d++)
        for (size_t g = 0; g < ngroups; g++) {
            const struct rp_group *gr = &groups[g];
            hdr[2 + d * ngroups + g] = gr->level == LEVEL_TOTAL ? keepf(w, "%s %s", T(w, L_TOTAL), r->title_name)
                                       : gr->level == LEVEL_CARE_GROUP ? gr->care_group
                                                                       : r->practices[gr->practice].name;
        }
    table_header(&s, hdr, (lxw_col_t)(2 + ndefs * ngroups), true);
    /* Calls per day grow with a group's size: a total beside care groups
     * would flatten every other line. Per practice (that has call logs in
     * the period) the lines compare; a share needs no such division. */
    size_t with_calls[1 + TREND_LINES] = {0};
    for (size_t g = 0; g < ngroups; g++)
        for (size_t p = 0; p < r->npractices; p++) {
            const struct rp_group *gr = &groups[g];
            bool in = gr->level == LEVEL_TOTAL ||
                      (gr->level == LEVEL_CARE_GROUP && strcmp(r->practices[p].care_group, gr->care_group) == 0) ||
                      (gr->level == LEVEL_PRACTICE && gr->practice == p);
            with_calls[g] += in && r->gaps[p].missing[GAP_CALLS] < r->months;
        }
    for (size_t p = 0; p < grid->nperiods; p++) {
        put_text(&s, 0, period_text(w, grid, p), NULL);
        put_date(&s, 1, grid->first[p]);
        for (size_t d = 0; d < ndefs; d++)
            for (size_t g = 0; g < ngroups; g++) {
                struct rp_cell c = *rp_grid_cell(grid, g, p, d);
                if (defs[d] == calls && c.state == CELL_VALUE) {
                    if (with_calls[g]) c.value /= (double)with_calls[g];
                    else c.state = CELL_EMPTY;
                }
                put_cell(&s, (lxw_col_t)(2 + d * ngroups + g), c, metric_numfmt(defs[d]), false);
            }
        table_row_done(&s);
    }
    table_end(&s);
    for (size_t d = 0; d < ndefs; d++) {
        bool is_share = defs[d] == share;
        add_chart(w, &s, T(w, is_share ? L_TREND_SHARE : L_TREND_CALLS), T(w, is_share ? L_AXIS_SHARE : L_AXIS_CALLS),
                  is_share ? "0%" : "0", header, first, last, (lxw_col_t)(2 + d * ngroups), ngroups,
                  (int)d * 640);
    }
    sheet_end(&s, false, 0, 30);
    return EH_OK;
}

/* ---- Costs ------------------------------------------------------------------------ */

static const char *join_vocab(struct writer *w, const struct vocab *v, unsigned bits)
{
    struct sbuf s = {0};
    for (size_t i = 0; i < v->count; i++)
        if (bits & (1u << i)) sbuf_addf(&s, "%s%s", s.len ? "; " : "", vlabel(w, v, (int)i));
    return s.len ? keep(w, sbuf_detach(&s)) : (sbuf_free(&s), NULL);
}

static const char *join_directions(struct writer *w, unsigned bits)
{
    struct sbuf s = {0};
    for (int d = 1; d <= 11; d++)
        if (bits & (1u << d)) sbuf_addf(&s, "%s%d", s.len ? ", " : "", d);
    return s.len ? keep(w, sbuf_detach(&s)) : (sbuf_free(&s), NULL);
}

/* A small table under the main one: its first column spans 0..4, so a
 * long label needs no wide column of its own. */
static void merged_header(struct sheet *s, lxw_col_t span, const char *first, const char *const *rest,
                          lxw_col_t nrest)
{
    header_cells(s, span + 1, rest, nrest, 2);
    note(s->w, worksheet_merge_range(s->ws, s->row, 0, s->row, span, first, s->w->f.header), s->name);
    next_row(s);
}

static void merged_label(struct sheet *s, const char *text, lxw_format *f)
{
    char *t = clean_text(text ? text : "");
    note(s->w, worksheet_merge_range(s->ws, s->row, 0, s->row, 4, t, f), s->name);
    free(t);
}

static int write_costs(struct writer *w, const struct sheet *sheet)
{
    const struct report *r = w->r;
    struct sheet s = *sheet;
    sheet_title(&s, heading(w, SH_COSTS), T(w, L_COSTS_NOTE));
    next_row(&s);
    enum { C_PLAN, C_AGB, C_PRACTICE, C_CG, C_TYPE, C_ONE_OFF, C_YEARLY, C_FUNDING, C_BARRIERS, C_DIRECTIONS,
           C_RISKS, C_HIGH, C_COUNT };
    const char *hdr[C_COUNT] = {
        [C_PLAN] = T(w, L_PLAN), [C_AGB] = T(w, L_AGB), [C_PRACTICE] = T(w, L_PRACTICE),
        [C_CG] = T(w, L_CARE_GROUP), [C_TYPE] = T(w, L_APP_TYPE), [C_ONE_OFF] = T(w, L_ONE_OFF),
        [C_YEARLY] = T(w, L_YEARLY), [C_FUNDING] = T(w, L_FUNDING), [C_BARRIERS] = T(w, L_BARRIERS),
        [C_DIRECTIONS] = T(w, L_DIRECTIONS), [C_RISKS] = T(w, L_RISKS), [C_HIGH] = T(w, L_HIGH_RISKS),
    };
    table_header(&s, hdr, C_COUNT, true);
    double one_off = 0, yearly = 0;
    long long risks = 0, high = 0;
    for (size_t i = 0; i < r->nplans; i++) {
        const struct rp_plan *p = &r->plans[i];
        put_text(&s, C_PLAN, p->id, NULL);
        put_text(&s, C_AGB, p->agb, NULL);
        put_text(&s, C_PRACTICE, p->agb ? p->practice_name : T(w, L_CG_PLAN), NULL);
        put_text(&s, C_CG, p->care_group, NULL);
        put_text(&s, C_TYPE, vlabel(w, &VOCAB_APP_TYPES, p->app_type), NULL);
        if (p->has_one_off) put_num(&s, C_ONE_OFF, p->one_off, NF_MONEY, false);
        if (p->has_yearly) put_num(&s, C_YEARLY, p->yearly, NF_MONEY, false);
        put_text(&s, C_FUNDING, join_vocab(w, &VOCAB_FUNDING, p->funding), NULL);
        put_text(&s, C_BARRIERS, join_vocab(w, &VOCAB_BARRIERS, p->barriers), NULL);
        put_text(&s, C_DIRECTIONS, join_directions(w, p->directions), NULL);
        put_num(&s, C_RISKS, p->risks, NF_INT, false);
        put_num(&s, C_HIGH, p->high_risks, NF_INT, false);
        one_off += p->has_one_off ? p->one_off : 0;
        yearly += p->has_yearly ? p->yearly : 0;
        risks += p->risks;
        high += p->high_risks;
        table_row_done(&s);
    }
    table_end(&s);
    /* Totals as values, not formulas: every reader shows the same sum. */
    put_text(&s, C_PLAN, keepf(w, "%s (%zu)", T(w, L_TOTAL), r->nplans), w->f.total_text);
    for (lxw_col_t c = C_AGB; c < C_COUNT; c++) put_blank(&s, c, w->f.total_text);
    put_num(&s, C_ONE_OFF, one_off, NF_MONEY, true);
    put_num(&s, C_YEARLY, yearly, NF_MONEY, true);
    put_num(&s, C_RISKS, (double)risks, NF_INT, true);
    put_num(&s, C_HIGH, (double)high, NF_INT, true);
    next_row(&s);

    section(&s, T(w, L_FUNDING));
    const char *fh[] = {T(w, L_PLANS), T(w, L_ONE_OFF), T(w, L_YEARLY)};
    merged_header(&s, 4, T(w, L_FUNDING_SOURCE), fh, 3);
    for (size_t f = 0; f < VOCAB_FUNDING.count; f++) {
        size_t n = 0;
        double a = 0, b = 0;
        for (size_t i = 0; i < r->nplans; i++) {
            const struct rp_plan *p = &r->plans[i];
            if (!(p->funding & (1u << f))) continue;
            n++;
            a += p->has_one_off ? p->one_off : 0;
            b += p->has_yearly ? p->yearly : 0;
        }
        merged_label(&s, vlabel(w, &VOCAB_FUNDING, (int)f), NULL);
        put_num(&s, 5, (double)n, NF_INT, false);
        put_num(&s, 6, a, NF_MONEY, false);
        put_num(&s, 7, b, NF_MONEY, false);
        next_row(&s);
    }

    section(&s, T(w, L_BARRIERS));
    const char *bh[] = {T(w, L_PLANS), T(w, L_SHARE_OF_PLANS)};
    merged_header(&s, 4, T(w, L_BARRIER), bh, 2);
    for (size_t b = 0; b < VOCAB_BARRIERS.count; b++) {
        size_t n = 0;
        for (size_t i = 0; i < r->nplans; i++) n += (r->plans[i].barriers >> b) & 1u;
        merged_label(&s, vlabel(w, &VOCAB_BARRIERS, (int)b), NULL);
        put_num(&s, 5, (double)n, NF_INT, false);
        if (r->nplans) put_num(&s, 6, (double)n / (double)r->nplans, NF_PCT, false);
        next_row(&s);
    }

    section(&s, T(w, L_DIRECTIONS));
    const char *dh[] = {T(w, L_PLANS), T(w, L_SHARE_OF_PLANS)};
    merged_header(&s, 4, T(w, L_DIRECTION), dh, 2);
    for (int d = 1; d <= 11; d++) {
        size_t n = 0;
        for (size_t i = 0; i < r->nplans; i++) n += (r->plans[i].directions >> d) & 1u;
        merged_label(&s, keepf(w, "%d. %s", d, vlabel_text(w, &VOCAB_DIRECTIONS, d - 1)), NULL);
        put_num(&s, 5, (double)n, NF_INT, false);
        if (r->nplans) put_num(&s, 6, (double)n / (double)r->nplans, NF_PCT, false);
        next_row(&s);
    }
    sheet_end(&s, true, 1, 45);
    return EH_OK;
}

/* ---- Solution directions (insurer) ------------------------------------------------ */

/* For each practice, the furthest plan naming direction d: its current
 * step (STEP_COUNT when every step is done), or -1 without such a plan. */
static void direction_steps(const struct report *r, int d, int *best)
{
    for (size_t p = 0; p < r->npractices; p++) best[p] = -1;
    for (size_t i = 0; i < r->nplans; i++) {
        const struct rp_plan *pl = &r->plans[i];
        if (!(pl->directions & (1u << d))) continue;
        int at = pl->current < 0 ? STEP_COUNT : pl->current;
        for (size_t p = 0; p < r->npractices; p++) {
            const struct rp_practice *pr = &r->practices[p];
            bool covers = pl->agb ? strcmp(pl->agb, pr->agb) == 0 : strcmp(pl->care_group, pr->care_group) == 0;
            if (covers && at > best[p]) best[p] = at;
        }
    }
}

static int write_directions(struct writer *w, const struct sheet *sheet)
{
    const struct report *r = w->r;
    struct sheet s = *sheet;
    sheet_title(&s, heading(w, SH_DIRECTIONS), T(w, L_DIR_NOTE));
    next_row(&s);
    enum { C_NO, C_SUBTHEME, C_DIRECTION, C_PLANS, C_PRACTICES, C_SHARE, C_STEP0, C_DONE = C_STEP0 + STEP_COUNT,
           C_COUNT };
    const char *hdr[C_COUNT] = {
        [C_NO] = T(w, L_NUMBER), [C_SUBTHEME] = T(w, L_SUBTHEME), [C_DIRECTION] = T(w, L_DIRECTION),
        [C_PLANS] = T(w, L_PLANS), [C_PRACTICES] = T(w, L_PRACTICES_REACHED), [C_SHARE] = T(w, L_SHARE_PRACTICES),
        [C_DONE] = T(w, L_ALL_DONE),
    };
    for (int i = 0; i < STEP_COUNT; i++) hdr[C_STEP0 + i] = keepf(w, "%d %s", i + 1, vlabel_text(w, &VOCAB_STEPS, i));
    table_header(&s, hdr, C_COUNT, true);
    int *best = xcalloc(r->npractices + 1, sizeof *best);
    /* [direction][care group]: practices with a plan naming it */
    size_t *by_cg = xcalloc(12 * (r->ncare_groups + 1), sizeof *by_cg);
    for (int d = 1; d <= 11; d++) {
        direction_steps(r, d, best);
        size_t plans = 0, reached = 0, at[STEP_COUNT + 1] = {0};
        for (size_t i = 0; i < r->nplans; i++) plans += (r->plans[i].directions >> d) & 1u;
        for (size_t p = 0; p < r->npractices; p++) {
            if (best[p] < 0) continue;
            reached++;
            at[best[p]]++;
            for (size_t c = 0; c < r->ncare_groups; c++)
                if (strcmp(r->care_groups[c], r->practices[p].care_group) == 0) by_cg[(size_t)d * r->ncare_groups + c]++;
        }
        int sub = vocab_direction_subtheme(d);
        put_id(&s, C_NO, d);
        put_text(&s, C_SUBTHEME, keepf(w, "%s %s", VOCAB_SUBTHEMES.entries[sub].key, vlabel_text(w, &VOCAB_SUBTHEMES, sub)),
                 NULL);
        put_text(&s, C_DIRECTION, vlabel(w, &VOCAB_DIRECTIONS, d - 1), NULL);
        put_num(&s, C_PLANS, (double)plans, NF_INT, false);
        put_num(&s, C_PRACTICES, (double)reached, NF_INT, false);
        if (r->npractices) put_num(&s, C_SHARE, (double)reached / (double)r->npractices, NF_PCT, false);
        for (int k = 0; k <= STEP_COUNT; k++) put_num(&s, C_STEP0 + (lxw_col_t)k, (double)at[k], NF_INT, false);
        table_row_done(&s);
    }
    table_end(&s);

    section(&s, T(w, L_DIR_BY_CG));
    const char *ch[12];
    ch[0] = T(w, L_PRACTICES);
    for (int d = 1; d <= 11; d++) ch[d] = subst(w, T(w, L_DIR_N), 1, itoa_kept(w, d));
    /* The care group's name spans the first three columns. */
    merged_header(&s, 2, T(w, L_CARE_GROUP), ch, 12);
    for (size_t c = 0; c < r->ncare_groups; c++) {
        size_t n = 0;
        for (size_t p = 0; p < r->npractices; p++) n += strcmp(r->practices[p].care_group, r->care_groups[c]) == 0;
        char *name = clean_text(r->care_groups[c]);
        note(w, worksheet_merge_range(s.ws, s.row, 0, s.row, 2, name, NULL), s.name);
        free(name);
        put_num(&s, 3, (double)n, NF_INT, false);
        for (int d = 1; d <= 11; d++) put_num(&s, (lxw_col_t)(3 + d), (double)by_cg[(size_t)d * r->ncare_groups + c], NF_INT, false);
        next_row(&s);
    }
    free(best);
    free(by_cg);
    sheet_end(&s, true, 3, 100);
    return EH_OK;
}

/* ---- Data quality ------------------------------------------------------------------ */

static const char *kind_text(const struct writer *w, const char *kind)
{
    static const enum label l[KIND_COUNT] = {L_K_CONSULTS, L_K_MESSAGES, L_K_CALLS, L_K_SURVEY, L_K_REGISTRATIONS};
    for (int k = 0; k < KIND_COUNT && kind; k++)
        if (strcmp(kind, LOG_KIND_NAMES[k]) == 0) return T(w, l[k]);
    return kind;
}

static const char *outcome_text(const struct writer *w, const char *outcome)
{
    if (outcome && strcmp(outcome, "imported") == 0) return T(w, L_OUTCOME_IMPORTED);
    if (outcome && strcmp(outcome, "refused") == 0) return T(w, L_OUTCOME_REFUSED);
    return outcome;
}

static int write_quality(struct writer *w, const struct sheet *sheet)
{
    const struct report *r = w->r;
    struct sheet s = *sheet;
    sheet_title(&s, heading(w, SH_QUALITY),
                subst(w, T(w, L_QUALITY_NOTE), 2, w->date_from, w->date_to));
    next_row(&s);
    /* The practices first: the question a board asks is who sends no data.
     * The import history counts rows of files, not patients, and is shown
     * in full in every workbook. */
    enum { G_AGB, G_PRACTICE, G_CG, G_GAP0, G_SURVEY = G_GAP0 + GAP_COUNT, G_ABANDONED, G_LIST, G_COUNT };
    const char *gh[G_COUNT] = {
        [G_AGB] = T(w, L_AGB), [G_PRACTICE] = T(w, L_PRACTICE), [G_CG] = T(w, L_CARE_GROUP),
        [G_GAP0] = T(w, L_GAP_CONSULTS), [G_GAP0 + 1] = T(w, L_GAP_MESSAGES), [G_GAP0 + 2] = T(w, L_GAP_CALLS),
        [G_GAP0 + 3] = T(w, L_GAP_REGISTRATIONS), [G_SURVEY] = T(w, L_LATEST_SURVEY),
        [G_ABANDONED] = T(w, L_ABANDONED_LOGGED), [G_LIST] = T(w, L_MISSING_LIST),
    };
    table_header(&s, gh, G_COUNT, true);
    const char *const gap_names[GAP_COUNT] = {T(w, L_W_CONSULTS), T(w, L_W_MESSAGES), T(w, L_W_CALLS),
                                              T(w, L_W_REGISTRATIONS)};
    for (size_t i = 0; i < r->npractices; i++) {
        const struct rp_practice *p = &r->practices[i];
        const struct rp_gaps *g = &r->gaps[i];
        put_text(&s, G_AGB, p->agb, NULL);
        put_text(&s, G_PRACTICE, p->name, NULL);
        put_text(&s, G_CG, p->care_group, NULL);
        for (int k = 0; k < GAP_COUNT; k++) put_num(&s, G_GAP0 + (lxw_col_t)k, g->missing[k], NF_INT, false);
        put_date(&s, G_SURVEY, g->latest_survey);
        if (g->inbound_calls > 0)
            put_text(&s, G_ABANDONED, T(w, g->abandoned_calls > 0 ? L_ABANDONED_YES : L_ABANDONED_NONE), NULL);
        char *months = report_gap_text(r, i, gap_names);
        put_long_text(&s, G_LIST, months ? months : T(w, L_NONE_FOUND), NULL);
        free(months);
        table_row_done(&s);
    }
    table_end(&s);

    section(&s, T(w, L_IMPORTS));
    enum { I_ID, I_FILE, I_KIND, I_FORMAT, I_AT, I_FIRST, I_LAST, I_READ, I_INSERTED, I_DUPS, I_SKIPPED, I_REJECTED,
           I_OUTCOME, I_COUNT };
    const char *ih[I_COUNT] = {
        [I_ID] = T(w, L_IMPORT), [I_FILE] = T(w, L_FILE), [I_KIND] = T(w, L_KIND), [I_FORMAT] = T(w, L_FORMAT),
        [I_AT] = T(w, L_IMPORTED_AT), [I_FIRST] = T(w, L_FIRST_DAY), [I_LAST] = T(w, L_LAST_DAY),
        [I_READ] = T(w, L_READ), [I_INSERTED] = T(w, L_INSERTED), [I_DUPS] = T(w, L_DUPLICATES),
        [I_SKIPPED] = T(w, L_SKIPPED), [I_REJECTED] = T(w, L_REJECTED), [I_OUTCOME] = T(w, L_OUTCOME),
    };
    table_header(&s, ih, I_COUNT, false);
    for (size_t i = 0; i < r->nimports; i++) {
        const struct rp_import *im = &r->imports[i];
        put_id(&s, I_ID, im->id);
        put_text(&s, I_FILE, im->file, NULL);
        put_text(&s, I_KIND, kind_text(w, im->kind), NULL);
        put_text(&s, I_FORMAT, im->format, NULL);
        int64_t civil;
        if (im->started_at && parse_local_time(im->started_at, strlen(im->started_at), &civil))
            put_num(&s, I_AT, (double)civil / 86400.0 + 25569.0, NF_DATETIME, false);
        put_date(&s, I_FIRST, im->first_day);
        put_date(&s, I_LAST, im->last_day);
        put_num(&s, I_READ, (double)im->read, NF_INT, false);
        put_num(&s, I_INSERTED, (double)im->inserted, NF_INT, false);
        put_num(&s, I_DUPS, (double)im->duplicates, NF_INT, false);
        put_num(&s, I_SKIPPED, (double)im->skipped, NF_INT, false);
        put_num(&s, I_REJECTED, (double)im->rejected, NF_INT, false);
        put_text(&s, I_OUTCOME, outcome_text(w, im->outcome), NULL);
        next_row(&s);
    }
    if (!r->nimports) {
        put_text(&s, I_ID, T(w, L_NONE_FOUND), NULL);
        next_row(&s);
    }

    section(&s, T(w, L_REJECTS));
    enum { R_ID, R_FILE, R_KIND, R_FIELD, R_ROWS, R_LINE, R_REASON, R_COUNT };
    const char *rh[R_COUNT] = {
        [R_ID] = T(w, L_IMPORT), [R_FILE] = T(w, L_FILE), [R_KIND] = T(w, L_KIND), [R_FIELD] = T(w, L_FIELD),
        [R_ROWS] = T(w, L_ROWS), [R_LINE] = T(w, L_FIRST_LINE), [R_REASON] = T(w, L_REASON),
    };
    table_header(&s, rh, R_COUNT, false);
    struct reason_nl *dutch = w->nl ? reason_nl_new() : NULL;
    for (size_t i = 0; i < r->nrejects; i++) {
        const struct rp_reject *j = &r->rejects[i];
        put_id(&s, R_ID, j->import_id);
        put_text(&s, R_FILE, j->file, NULL);
        put_text(&s, R_KIND, kind_text(w, j->kind), NULL);
        put_text(&s, R_FIELD, j->field, NULL);
        put_num(&s, R_ROWS, (double)j->rows, NF_INT, false);
        put_num(&s, R_LINE, (double)j->first_line, NF_INT, false);
        put_long_text(&s, R_REASON, dutch ? reason_nl(dutch, j->reason) : j->reason, NULL);
        next_row(&s);
    }
    reason_nl_free(dutch);
    if (!r->nrejects) {
        put_text(&s, R_ID, T(w, L_NONE_FOUND), NULL);
        next_row(&s);
    }
    sheet_end(&s, true, 2, 50);
    return EH_OK;
}

/* ---- the workbook -------------------------------------------------------------------- */

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
     * sheet here does. */
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_TRUE};
    w.wb = workbook_new_opt(path, &options);
    if (!w.wb) return eh_fail(err, EH_IO, path, 0, 0, "cannot create the workbook");
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
    lxw_error closed = workbook_close(w.wb);
    if (!rc && w.lxw != LXW_NO_ERROR)
        rc = eh_fail(err, EH_IO, path, 0, 0, "writing sheet %s: %s", w.lxw_where ? w.lxw_where : "?",
                     lxw_strerror(w.lxw));
    if (!rc && closed != LXW_NO_ERROR)
        rc = eh_fail(err, EH_IO, path, 0, 0, "cannot write the workbook: %s", lxw_strerror(closed));
    for (size_t i = 0; i < w.nkeep; i++) free(w.keep[i]);
    free(w.keep);
    return rc;
}
