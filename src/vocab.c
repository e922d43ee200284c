#include "vocab.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define VOCAB(name, what, table) \
    const struct vocab name = {what, table, sizeof(table) / sizeof(table[0])}

static const struct vocab_entry steps[] = {
    {"needs", "Aanleiding en behoeften", "Reason and needs"},
    {"vision", "Organisatievisie", "Organisational vision"},
    {"selection", "Keuze toepassing", "Choice of application"},
    {"plan", "Implementatieplan", "Implementation plan"},
    {"implement", "Implementeren en evalueren", "Implement and evaluate"},
    {"scale", "Opschalen", "Scale up"},
};
VOCAB(VOCAB_STEPS, "step", steps);

static const struct vocab_entry statuses[] = {
    {"not_started", "Niet gestart", "Not started"},
    {"in_progress", "Bezig", "In progress"},
    {"done", "Afgerond", "Done"},
    {"skipped", "Overgeslagen", "Skipped"},
};
VOCAB(VOCAB_STEP_STATUS, "step status", statuses);

static const struct vocab_entry app_types[] = {
    {"provider_communication", "Communicatie zorgverleners", "Communication between providers"},
    {"patient_communication", "Communicatie met patiënten", "Communication with patients"},
    {"health_information", "Gezondheidsinformatie", "Health information"},
    {"patient_portal", "Patiëntenportaal", "Patient portal"},
    {"measurement_devices", "Meetapparatuur", "Measurement devices"},
    {"telemonitoring", "Telemonitoring", "Telemonitoring"},
    {"self_help_programmes", "Zelfhulpprogramma's", "Self-help programmes"},
};
VOCAB(VOCAB_APP_TYPES, "application type", app_types);

static const struct vocab_entry directions[] = {
    {"1", "Digitale bereikbaarheid: afspraken, herhaalrecepten, medicatieoverzicht, dossierinzage, e-consult, beeldbellen",
          "Digital access: appointments, repeat prescriptions, medication overview, record access, e-consult, video consult"},
    {"2", "Volwaardig digitaal consult door eigen huisarts of ondersteunende huisarts op afstand",
          "Full digital consult by the own GP or a GP supporting remotely"},
    {"3", "Thuismonitoring, coaching en proactieve interventies voor chronische patiënten",
          "Home monitoring, coaching and proactive interventions for chronic patients"},
    {"4", "Integratie van informatiesystemen in de eerste lijn vanuit het HIS",
          "Integration of primary-care information systems from the HIS"},
    {"5", "Digitaal consulteren van netwerkpartners en collega-huisartsen",
          "Digital consultation of network partners and colleague GPs"},
    {"6", "Gestructureerde uitwisseling van medische informatie en Advance Care Planning",
          "Structured exchange of medical information and Advance Care Planning"},
    {"7", "Eén gezamenlijk zorgplan voor kwetsbare ouderen",
          "One shared care plan for frail elderly"},
    {"8", "Landelijke informatiestandaarden (zib's) in alle systemen",
          "National information standards (zibs) in all systems"},
    {"9", "Een functionerend regionaal ICT-netwerk",
          "A working regional ICT network"},
    {"10", "Risicopredictie-algoritmes voor chronische patiënten",
           "Risk-prediction algorithms for chronic patients"},
    {"11", "Populatiedata uit het HIS vergeleken met landelijke data",
           "Population data from the HIS compared with national data"},
};
VOCAB(VOCAB_DIRECTIONS, "solution direction", directions);

static const struct vocab_entry subthemes[] = {
    {"I", "Service en logistiek", "Service and logistics"},
    {"II", "Slimme zorg thuis", "Smart care at home"},
    {"III", "Gegevensuitwisseling en consultatie", "Data exchange and consultation"},
    {"IV", "Zorginhoudelijke ondersteuning", "Decision support"},
};
VOCAB(VOCAB_SUBTHEMES, "subtheme", subthemes);

static const struct vocab_entry barriers[] = {
    {"financing", "Financieringsstructuur", "Funding structure"},
    {"ict_costs", "ICT-kosten", "ICT costs"},
    {"contracting", "Contractering", "Contracting"},
    {"time", "Tijd", "Time"},
    {"affinity", "Affiniteit", "Affinity"},
    {"professional_vision", "Visie op het vak", "Professional vision"},
    {"practice_organisation", "Praktijkorganisatie", "Practice organisation"},
    {"regional_collaboration", "Regionale samenwerking", "Regional collaboration"},
};
VOCAB(VOCAB_BARRIERS, "barrier", barriers);

static const struct vocab_entry funding[] = {
    {"segment3", "Segment 3 (zorgvernieuwing e-health)", "Segment 3 (e-health innovation)"},
    {"subsidy", "Subsidie", "Subsidy"},
    {"care_group", "Zorggroep", "Care group"},
    {"own", "Eigen middelen", "Own funds"},
    {"insurer_module", "Module zorgverzekeraar", "Insurer module"},
};
VOCAB(VOCAB_FUNDING, "funding source", funding);

static const struct vocab_entry levels[] = {
    {"low", "Laag", "Low"},
    {"medium", "Middel", "Medium"},
    {"high", "Hoog", "High"},
};
VOCAB(VOCAB_LEVELS, "level", levels);

static const struct vocab_entry modes[] = {
    {"pilot", "Pilot", "Pilot"},
    {"full", "Volledig", "Full"},
};
VOCAB(VOCAB_IMPLEMENT_MODE, "implement mode", modes);

static const struct vocab_entry decisions[] = {
    {"undecided", "Nog niet besloten", "Undecided"},
    {"scale_up", "Opschalen", "Scale up"},
    {"continue", "Voortzetten", "Continue"},
    {"stop", "Stoppen", "Stop"},
};
VOCAB(VOCAB_SCALE_DECISION, "scale decision", decisions);

static const struct vocab_entry triage[] = {
    {"assistant", "Assistent", "Assistant"},
    {"clinician", "Behandelaar", "Clinician"},
    {"shared", "Iedereen ziet alles", "Shared"},
};
VOCAB(VOCAB_TRIAGE, "triage", triage);

static const struct vocab_entry answer_moments[] = {
    {"fixed", "Vaste momenten", "Fixed moments"},
    {"when_convenient", "Wanneer het uitkomt", "When convenient"},
    {"scheduled", "Ingepland in de agenda", "Scheduled in the agenda"},
};
VOCAB(VOCAB_ANSWER_MOMENT, "answer moment", answer_moments);

static const struct vocab_entry offers[] = {
    {"broad", "Breed aanbieden", "Offered broadly"},
    {"specific", "Voor specifieke toepassingen", "For specific uses"},
};
VOCAB(VOCAB_OFFER, "offer", offers);

static const struct vocab_entry policies[] = {
    {"practice", "Eén beleid voor de praktijk", "One policy for the practice"},
    {"per_professional", "Per zorgverlener", "Per professional"},
};
VOCAB(VOCAB_POLICY, "policy", policies);

static const struct vocab_entry addresses[] = {
    {"formal", "U", "Formal"},
    {"informal", "Je", "Informal"},
};
VOCAB(VOCAB_ADDRESS, "form of address", addresses);

/* Attention points per step: Nivel's six-step model (seed 000) with the
 * practical points of the CZ booklet (seed 001) where they belong. */
static const struct vocab_entry needs_points[] = {
    {"needs_mapped", "Behoeften, knelpunten en belangen van de doelgroepen in kaart",
                     "Needs, bottlenecks and interests of the target groups mapped"},
    {"together", "Samen met praktijk en regio", "Together with practice and region"},
    {"earlier_research", "Eerder behoefteonderzoek gebruikt (Patiëntenfederatie, Nivel)",
                         "Earlier needs research used (Patiëntenfederatie, Nivel)"},
    {"digitisation_team", "Team digitalisering samengesteld", "Digitisation team formed"},
};
static const struct vocab_entry vision_points[] = {
    {"fits_vision", "Past bij de visie van de organisatie", "Fits the organisation's vision"},
    {"goal_defined", "Doel van de oplossing bepaald", "Goal of the solution defined"},
    {"problems_addressed", "Aan te pakken problemen benoemd", "Problems to tackle named"},
    {"target_groups", "Behoeften en doelgroepen bepaald", "Needs and target groups defined"},
    {"target_groups_involved", "Doelgroepen betrokken", "Target groups involved"},
    {"vision_shared", "Visie gezamenlijk uitgedragen", "Vision carried together"},
};
static const struct vocab_entry selection_points[] = {
    {"added_value", "Bepaald waar e-health de meeste meerwaarde heeft", "Where e-health adds most value"},
    {"applications_compared", "Passende toepassingen bekeken", "Fitting applications compared"},
    {"resources", "Benodigde mensen, vaardigheden en middelen", "People, skills and means needed"},
    {"requirements", "Functionele en technische eisen", "Functional and technical requirements"},
    {"regional_use", "Gekeken wat al in de regio gebruikt wordt", "What the region already uses"},
    {"optimise_existing", "Eerst optimaliseren wat er is (portaal)", "Optimise what exists first (portal)"},
};
static const struct vocab_entry plan_points[] = {
    {"trajectory_planned", "Traject en planning ingericht", "Trajectory set up and planned"},
    {"fits_care_processes", "Aansluiting op bestaande zorgprocessen", "Fits existing care processes"},
    {"smart_goals", "Doelen en resultaten meetbaar (SMART)", "Goals and results measurable (SMART)"},
    {"risks_and_costs", "Risico's en kosten en hoe daarmee om te gaan", "Risks and costs and how to handle them"},
    {"communication", "Hoe het onder de aandacht komt", "How it is made known"},
    {"scalability", "Opschaalbaarheid", "Scalability"},
    {"experience_others", "Ervaringen van andere praktijken gebruikt", "Other practices' experience used"},
    {"discussed", "Plan besproken met andere praktijken of zorgverzekeraar", "Plan discussed with other practices or the insurer"},
};
static const struct vocab_entry implement_points[] = {
    {"application_ready", "Toepassing gebruiksklaar", "Application ready for use"},
    {"organisation_ready", "Organisatie startklaar", "Organisation ready to start"},
    {"start_small", "Klein begonnen (pilot)", "Started small (pilot)"},
    {"trained", "Alle rollen getraind", "Every role trained"},
    {"patients_informed", "Patiënten via alle kanalen geïnformeerd", "Patients informed through every channel"},
    {"goals_met", "Doelstellingen ingevuld", "Goals met"},
    {"experienced", "Zo ervaren door de doelgroepen", "Experienced so by the target groups"},
    {"optimise_needs", "Nodig om te optimaliseren of op te schalen", "What is needed to optimise or scale"},
    {"regular_evaluation", "Regelmatig geëvalueerd en bijgeschaafd", "Evaluated and adjusted regularly"},
    {"ambassadors", "Ambassadeurs ingezet", "Ambassadors deployed"},
    {"results_shared", "Resultaten gedeeld", "Results shared"},
    {"standard_process", "Gestandaardiseerd werkproces", "Standard work process"},
};
static const struct vocab_entry scale_points[] = {
    {"scale_decided", "Besloten of en hoe op te schalen (praktijk, zorggroep, regio)",
                      "Decided whether and how to scale (practice, care group, region)"},
    {"experience_shared", "Ervaringen gedeeld met praktijken, organisaties en verzekeraars",
                          "Experience shared with practices, organisations and insurers"},
    {"communication_used", "Communicatie-uitingen ingezet", "Communication channels used"},
};

static const struct vocab checklists[STEP_COUNT] = {
    {"needs checklist item", needs_points, sizeof needs_points / sizeof needs_points[0]},
    {"vision checklist item", vision_points, sizeof vision_points / sizeof vision_points[0]},
    {"selection checklist item", selection_points, sizeof selection_points / sizeof selection_points[0]},
    {"plan checklist item", plan_points, sizeof plan_points / sizeof plan_points[0]},
    {"implement checklist item", implement_points, sizeof implement_points / sizeof implement_points[0]},
    {"scale checklist item", scale_points, sizeof scale_points / sizeof scale_points[0]},
};

const struct vocab *vocab_checklist(enum step_id step)
{
    return &checklists[step];
}

int vocab_direction_subtheme(int direction)
{
    if (direction <= 2) return 0;
    if (direction == 3) return 1;
    if (direction <= 9) return 2;
    return 3;
}

int vocab_find(const struct vocab *v, const char *key)
{
    for (size_t i = 0; i < v->count; i++)
        if (strcmp(v->entries[i].key, key) == 0)
            return (int)i;
    return -1;
}

/* Whether a and b are alike but for capitals and '_', '-' or ' '. */
static bool same_loosely(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        bool sep_a = *a == '_' || *a == '-' || *a == ' ', sep_b = *b == '_' || *b == '-' || *b == ' ';
        if (sep_a != sep_b || (!sep_a && tolower((unsigned char)*a) != tolower((unsigned char)*b))) return false;
    }
    return !*a && !*b;
}

/* Whether a word of label ends in word (4 bytes at least), capitals aside. */
static bool ends_a_word_of(const char *label, const char *word)
{
    size_t n = strlen(word);
    if (n < 4) return false;
    for (const char *p = label; *p;) {
        size_t len = strcspn(p, " ");
        if (len >= n && strncasecmp(p + len - n, word, n) == 0) return true;
        p += len;
        while (*p == ' ') p++;
    }
    return false;
}

int vocab_meant(const struct vocab *v, const char *word)
{
    for (size_t i = 0; i < v->count; i++) {
        const struct vocab_entry *e = &v->entries[i];
        if (same_loosely(word, e->key) || same_loosely(word, e->nl) || same_loosely(word, e->en)) return (int)i;
    }
    for (size_t i = 0; i < v->count; i++)
        if (ends_a_word_of(v->entries[i].nl, word)) return (int)i;
    return -1;
}

char *vocab_list(const struct vocab *v, char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < v->count && used < size; i++) {
        int n = snprintf(buf + used, size - used, "%s%s", i ? " | " : "",
                         v->entries[i].key);
        if (n < 0) break;
        used += (size_t)n;
    }
    return buf;
}

const char *vocab_label(const struct vocab *v, int index, const char *lang)
{
    if (index < 0 || (size_t)index >= v->count) return "";
    return (lang && strcmp(lang, "nl") == 0) ? v->entries[index].nl
                                             : v->entries[index].en;
}
