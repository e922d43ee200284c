/*
 * plan_model.h - practice registers and six-step plans in memory.
 *
 * Contract: strings are owned by the struct that holds them and released by
 * register_free / plan_free. Dates are day numbers (datetime.h), DATE_NONE
 * when absent. Every element keeps the line and column it came from so
 * later checks (across files, against the database) can point at it.
 */
#ifndef EHTRACK_PLAN_MODEL_H
#define EHTRACK_PLAN_MODEL_H

#include <stdbool.h>
#include <stddef.h>

#include "vocab.h"

struct loc {
    long line, col;
};

struct practice {
    char *agb;
    char *name;
    char *care_group;
    char *region;
    char **insurers;            /* first is the lead insurer */
    size_t ninsurers;
    long list_size;
    char *website, *phone;      /* optional: NULL when the register gives none */
    char *file;
    struct loc at, agb_at;
};

struct practice_register {
    char *file;
    struct practice *practices;
    size_t count;
};

struct checklist_item {
    int item;                   /* index into vocab_checklist(step) */
    bool done;
};

struct plan_step {
    enum step_status status;
    bool status_read;           /* false when the status was missing or invalid */
    int started, completed, due;
    char *owner, *notes;
    int mode;                   /* implement: VOCAB_IMPLEMENT_MODE index or -1 */
    int decision;               /* scale: VOCAB_SCALE_DECISION index or -1 */
    struct checklist_item *checklist;
    size_t nchecklist;
    struct loc at;
};

enum baseline_kind { BASELINE_NONE, BASELINE_VALUE, BASELINE_RANGE };

struct plan_goal {
    char *id;
    char *metric;
    bool has_target, has_change;
    double target, change;
    enum baseline_kind baseline;
    double baseline_value;
    int baseline_from, baseline_to;
    int deadline;
    char *notes;
    int unit;                   /* enum metric_unit of its metric; -1 unknown */
    struct loc at, metric_at, target_at, deadline_at;
};

struct plan_risk {
    char *risk, *mitigation;
    int likelihood, impact;     /* VOCAB_LEVELS index or -1 */
};

struct plan {
    char *id;
    char *title;
    char *practice;             /* AGB, or NULL for a care-group plan */
    char *care_group;           /* care-group plan: its care group */
    int app_type;
    char *app_name, *vendor;
    int *directions;
    size_t ndirections;
    struct plan_step steps[STEP_COUNT];
    /* setup; -1 / 0 when not given */
    long response_term_hours;   /* 0 = not given (the default 24 applies) */
    int triage, answer_moment, offer, policy, address;
    struct plan_goal *goals;
    size_t ngoals;
    struct plan_risk *risks;
    size_t nrisks;
    bool has_one_off, has_yearly;
    double one_off_eur, yearly_eur;
    int *funding;
    size_t nfunding;
    int *barriers;
    size_t nbarriers;
    char *notes;
    char *file;
    struct loc at, id_at, owner_at; /* owner_at: the practice / care_group key */
};

void register_free(struct practice_register *r);
void plan_free(struct plan *p);

/* Earliest started date of any step, or DATE_NONE. */
int plan_start_date(const struct plan *p);
/* The response term in hours this plan sets, or 0 when it sets none. */
long plan_response_term(const struct plan *p);

#endif
