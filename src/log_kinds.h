/*
 * log_kinds.h - the five kinds of log and their canonical fields
 * (interface.md section 3), and the checks that turn one row's text into
 * typed values.
 *
 * Contract: log_row_check reads the canonical text values of one row
 * (values[i] for field i of the kind, NULL or "" when absent) and fills a
 * typed row, or returns false with the field (0-based, -1 for the row) and
 * a reason. Reasons name the field and what was expected, and never repeat
 * a value from the row (interface.md 7.1): a shifted column could put a
 * patient number or a caller's phone number in any field. Practices
 * resolve through the caller's lookup.
 */
#ifndef EHTRACK_LOG_KINDS_H
#define EHTRACK_LOG_KINDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum log_kind { KIND_CONSULTS, KIND_MESSAGES, KIND_CALLS, KIND_SURVEY, KIND_REGISTRATIONS, KIND_COUNT };

extern const char *const LOG_KIND_NAMES[KIND_COUNT];
int log_kind_find(const char *name);

enum field_type { FT_ID, FT_PRACTICE, FT_TIME, FT_TIME_OPT, FT_DATE, FT_PATIENT, FT_PATIENT_OPT,
                  FT_ENUM, FT_ENUM_OPT, FT_INT, FT_INT_OPT };

struct kind_field {
    const char *name;
    enum field_type type;
    const char *const *values;      /* FT_ENUM: allowed values, NULL-terminated */
    long long min, max;             /* FT_INT */
    bool whole;                     /* FT_INT: a count, never rounded to one */
};

struct kind_def {
    enum log_kind kind;
    const char *name;
    const struct kind_field *fields;
    size_t nfields;
    bool has_patients;
};

#define LOG_MAX_FIELDS 8

const struct kind_def *log_kind(enum log_kind k);
int kind_field_index(const struct kind_def *k, const char *name);

/* Typed values of one row; which slots are used depends on the kind. */
struct log_row {
    long long practice_id;
    const char *id;                 /* NULL: no id, identity from the fields */
    size_t id_len;
    int64_t time[2];                /* start | received, answered (civil seconds) */
    bool has_time[2];
    int day;                        /* date kinds, or the day of time[0] */
    int64_t patient;
    bool has_patient;
    int enums[3];                   /* index into the field's values, -1 if absent */
    long long ints[3];
    bool has_int[3];
};

struct row_problem {
    int field;                      /* -1: the row as a whole */
    int column;                     /* 1-based column at fault when not the field's own, else 0 */
    char reason[256];
};

/* Sets the problem of a row (field -1: the row as a whole); returns false
 * so a check can `return row_problem(...)`. */
bool row_problem(struct row_problem *p, int field, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Maps an AGB code to a practice id, 0 when unknown. */
typedef long long (*practice_lookup)(void *ctx, const char *agb, size_t len);
/* Hashes a patient identifier (pseudo.h). */
typedef int64_t (*patient_hasher)(void *ctx, const char *id, size_t len);

/* Index of the value s[0..n) (blanks around it ignored) among an enum
 * field's values, or -1. */
int kind_enum_find(const struct kind_field *f, const char *s, size_t n);
/* The words of a vocabulary as "a | b | c", cut to fit buf. */
void kind_enum_list(const char *const *values, char *buf, size_t size);

bool log_row_check(const struct kind_def *k, const char *const *values, const size_t *lens,
                   practice_lookup lookup, patient_hasher hasher, void *ctx,
                   struct log_row *row, struct row_problem *problem);

#endif
