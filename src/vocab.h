/*
 * vocab.h - the fixed vocabulary of the field: the six rollout steps and
 * their attention points, step statuses, application types, the insurer's
 * eleven solution directions, barriers and funding sources.
 *
 * Contract: every table is static, NULL-free and indexed by its enum; keys
 * are the plan-file spellings (interface.md section 2), labels exist in
 * Dutch and English. vocab_find() returns the index of a key or -1.
 */
#ifndef EHTRACK_VOCAB_H
#define EHTRACK_VOCAB_H

#include <stddef.h>

struct vocab_entry {
    const char *key;
    const char *nl;
    const char *en;
};

struct vocab {
    const char *what;                /* e.g. "step status", used in errors */
    const struct vocab_entry *entries;
    size_t count;
};

enum step_id {
    STEP_NEEDS, STEP_VISION, STEP_SELECTION, STEP_PLAN, STEP_IMPLEMENT,
    STEP_SCALE, STEP_COUNT
};

enum step_status {
    STATUS_NOT_STARTED, STATUS_IN_PROGRESS, STATUS_DONE, STATUS_SKIPPED,
    STATUS_COUNT
};

extern const struct vocab VOCAB_STEPS;
extern const struct vocab VOCAB_STEP_STATUS;
extern const struct vocab VOCAB_APP_TYPES;
extern const struct vocab VOCAB_DIRECTIONS;      /* index 0 is direction 1 */
extern const struct vocab VOCAB_SUBTHEMES;       /* I..IV */
extern const struct vocab VOCAB_BARRIERS;
extern const struct vocab VOCAB_FUNDING;
extern const struct vocab VOCAB_LEVELS;          /* low | medium | high */
extern const struct vocab VOCAB_IMPLEMENT_MODE;
extern const struct vocab VOCAB_SCALE_DECISION;
extern const struct vocab VOCAB_TRIAGE;
extern const struct vocab VOCAB_ANSWER_MOMENT;
extern const struct vocab VOCAB_OFFER;
extern const struct vocab VOCAB_POLICY;
extern const struct vocab VOCAB_ADDRESS;

/* The attention points of one step (domain.md), the keys of its checklist. */
const struct vocab *vocab_checklist(enum step_id step);

/* Subtheme (index into VOCAB_SUBTHEMES) of solution direction 1..11. */
int vocab_direction_subtheme(int direction);

int vocab_find(const struct vocab *v, const char *key);
/* The entry a person most likely meant by word, which is no key: a key in
 * other capitals or with spaces for '_' ("In progress"), its Dutch or
 * English label ("afgerond"), or a word of at least 4 letters that ends a
 * word of the Dutch label ("visie": Organisatievisie); -1 if none. */
int vocab_meant(const struct vocab *v, const char *word);

/* "a | b | c" into buf; returns buf. */
char *vocab_list(const struct vocab *v, char *buf, size_t size);

/* Label in the language "nl" or "en" (anything else is English). */
const char *vocab_label(const struct vocab *v, int index, const char *lang);

#endif
