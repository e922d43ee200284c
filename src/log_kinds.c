#include "log_kinds.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "datetime.h"
#include "log_vocab.h"
#include "util.h"

/* No e-consult, portal or phone log holds a record from before 2000; a
 * date before it is a shifted column's, most likely a date of birth,
 * which stored as a consult's day would sit in the clear in the database
 * and draw a figure for 1961. Days since 1970-01-01. */
#define LOG_EARLIEST_YEAR 2000
#define LOG_EARLIEST_DAY 10957
/* 1 January 1900: what a spreadsheet writes for an empty date cell (its
 * day 1), no date of birth. */
#define SPREADSHEET_EMPTY_DAY (-25567)

static bool row_early(struct row_problem *problem, int fi, const char *name, int day)
{
    if (day == SPREADSHEET_EMPTY_DAY)
        return row_problem(problem, fi, "%s: 1 January 1900, what a spreadsheet writes for an empty date cell: the "
                                        "value is missing", name);
    return row_problem(problem, fi, "%s: before %d (no log of these holds one: a date of birth in this column?)",
                       name, LOG_EARLIEST_YEAR);
}

const char *const LOG_KIND_NAMES[KIND_COUNT] = {
    "consults", "messages", "calls", "survey", "registrations",
};

int log_kind_find(const char *name)
{
    for (int i = 0; i < KIND_COUNT; i++)
        if (strcmp(LOG_KIND_NAMES[i], name) == 0) return i;
    return -1;
}

static const struct kind_field consult_fields[] = {
    {"id", FT_ID, NULL, 0, 0},
    {"practice", FT_PRACTICE, NULL, 0, 0},
    {"start", FT_TIME, NULL, 0, 0},
    {"patient", FT_PATIENT, NULL, 0, 0},
    {"channel", FT_ENUM, CONSULT_CHANNEL_NAMES, 0, 0},
    {"role", FT_ENUM, ROLE_NAMES, 0, 0},
    {"minutes", FT_INT_OPT, NULL, 0, 1440},
    {"reason", FT_ENUM_OPT, REASON_NAMES, 0, 0},
};
static const struct kind_field message_fields[] = {
    {"id", FT_ID, NULL, 0, 0},
    {"practice", FT_PRACTICE, NULL, 0, 0},
    {"received", FT_TIME, NULL, 0, 0},
    {"answered", FT_TIME_OPT, NULL, 0, 0},
    {"patient", FT_PATIENT_OPT, NULL, 0, 0},
    {"channel", FT_ENUM, MESSAGE_CHANNEL_NAMES, 0, 0},
};
static const struct kind_field call_fields[] = {
    {"id", FT_ID, NULL, 0, 0},
    {"practice", FT_PRACTICE, NULL, 0, 0},
    {"start", FT_TIME, NULL, 0, 0},
    {"direction", FT_ENUM, CALL_DIRECTION_NAMES, 0, 0},
    {"wait_s", FT_INT, NULL, 0, 86400},
    {"talk_s", FT_INT, NULL, 0, 86400},
    {"outcome", FT_ENUM, CALL_OUTCOME_NAMES, 0, 0},
};
static const struct kind_field survey_fields[] = {
    {"practice", FT_PRACTICE, NULL, 0, 0},
    {"date", FT_DATE, NULL, 0, 0},
    {"respondents", FT_INT, NULL, 0, 10000000, true},
    {"aware", FT_INT, NULL, 0, 10000000, true},
};
static const struct kind_field registration_fields[] = {
    {"practice", FT_PRACTICE, NULL, 0, 0},
    {"date", FT_DATE, NULL, 0, 0},
    {"accounts", FT_INT, NULL, 0, 10000000, true},
};

static const struct kind_def kinds[KIND_COUNT] = {
    {KIND_CONSULTS, "consults", consult_fields, ARRAY_LEN(consult_fields), true},
    {KIND_MESSAGES, "messages", message_fields, ARRAY_LEN(message_fields), true},
    {KIND_CALLS, "calls", call_fields, ARRAY_LEN(call_fields), false},
    {KIND_SURVEY, "survey", survey_fields, ARRAY_LEN(survey_fields), false},
    {KIND_REGISTRATIONS, "registrations", registration_fields, ARRAY_LEN(registration_fields), false},
};

const struct kind_def *log_kind(enum log_kind k)
{
    return &kinds[k];
}

int kind_field_index(const struct kind_def *k, const char *name)
{
    for (size_t i = 0; i < k->nfields; i++)
        if (strcmp(k->fields[i].name, name) == 0) return (int)i;
    return -1;
}

bool row_problem(struct row_problem *p, int field, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    p->field = field;
    p->column = 0;
    vsnprintf(p->reason, sizeof p->reason, fmt, ap);
    va_end(ap);
    return false;
}

/* Trims blanks a spreadsheet leaves around values. */
static inline void trim(const char **s, size_t *n)
{
    while (*n && ((*s)[0] == ' ' || (*s)[0] == '\t')) {
        (*s)++;
        (*n)--;
    }
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t')) (*n)--;
}

static int find_value(const char *const *values, const char *s, size_t n)
{
    /* By length first: s is n bytes, not a string, and the vocabulary
     * words are shorter than most values. */
    for (int i = 0; values[i]; i++)
        if (strlen(values[i]) == n && memcmp(values[i], s, n) == 0) return i;
    return -1;
}

int kind_enum_find(const struct kind_field *f, const char *s, size_t n)
{
    trim(&s, &n);
    return n && f->values ? find_value(f->values, s, n) : -1;
}

void kind_enum_list(const char *const *values, char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (int i = 0; values[i] && used < size; i++) {
        int w = snprintf(buf + used, size - used, "%s%s", i ? " | " : "", values[i]);
        if (w < 0) break;
        used += (size_t)w;
    }
}

static bool parse_int(const char *s, size_t n, long long *out)
{
    if (!n) return false;
    bool neg = s[0] == '-';
    size_t i = neg || s[0] == '+';
    if (i == n) return false;
    long long v = 0;
    for (; i < n; i++) {
        if (s[i] < '0' || s[i] > '9' || v > 100000000000000LL) return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = neg ? -v : v;
    return true;
}

/* "2,02603E+11", "1.7676E+09": how a spreadsheet shows a long number it
 * took from a text file, and keeps when it saves it again. The digits
 * beyond the first few are gone, so the ids of many records come out the
 * same; no system writes its ids so. */
static bool spreadsheet_number(const char *s, size_t n)
{
    size_t i = 0;
    if (i >= n || !isdigit((unsigned char)s[i++])) return false;
    if (i >= n || (s[i] != ',' && s[i] != '.')) return false;
    size_t digits = 0;
    for (i++; i < n && isdigit((unsigned char)s[i]); i++) digits++;
    if (!digits || i + 2 >= n || (s[i] != 'E' && s[i] != 'e') || (s[i + 1] != '+' && s[i + 1] != '-')) return false;
    for (i += 2; i < n; i++)
        if (!isdigit((unsigned char)s[i])) return false;
    return true;
}

bool log_row_check(const struct kind_def *k, const char *const *values, const size_t *lens,
                   practice_lookup lookup, patient_hasher hasher, void *ctx,
                   struct log_row *row, struct row_problem *problem)
{
    int times = 0, enums = 0, ints = 0;
    memset(row, 0, sizeof *row);
    row->enums[0] = row->enums[1] = row->enums[2] = -1;
    char list[160];
    for (size_t i = 0; i < k->nfields; i++) {
        const struct kind_field *f = &k->fields[i];
        const char *s = values[i] ? values[i] : "";
        size_t n = values[i] ? lens[i] : 0;
        trim(&s, &n);
        const int fi = (int)i;
        switch (f->type) {
        case FT_ID:
            if (n > 64) return row_problem(problem, fi, "id: longer than 64 characters");
            if (spreadsheet_number(s, n))
                return row_problem(problem, fi,
                                   "id: a number a spreadsheet rounded (written in E+ notation, as 2,02603E+11): "
                                   "rows of other records share it; export the file again from the system, or "
                                   "open it with the column as text");
            if (n) {
                row->id = s;
                row->id_len = n;
            }
            break;
        case FT_PRACTICE: {
            if (!n) return row_problem(problem, fi, "practice: empty (give a practice column or --practice AGB)");
            bool all_digits = true;
            for (size_t j = 0; j < n && all_digits; j++) all_digits = s[j] >= '0' && s[j] <= '9';
            bool digits = n == 8 && all_digits;
            if (n == 7 && all_digits && s[0] != '0')
                return row_problem(problem, fi,
                                   "practice: 7 digits, not an AGB code of 8 (a spreadsheet that opened the export "
                                   "dropped its leading 0? open it with the column as text, or export it again)");
            if (!digits) return row_problem(problem, fi, "practice: not an AGB code of 8 digits");
            row->practice_id = lookup(ctx, s, n);
            if (!row->practice_id)
                return row_problem(problem, fi, "practice: not in the register (run 'ehtrack plan sync' with it)");
            break;
        }
        case FT_TIME:
        case FT_TIME_OPT: {
            if (!n) {
                if (f->type == FT_TIME) return row_problem(problem, fi, "%s: empty (a time YYYY-MM-DD HH:MM is required)", f->name);
                times++;
                break;
            }
            int64_t t;
            if (!parse_local_time(s, n, &t)) {
                /* Written right, but the month has no such day (29
                 * February 2027): said as such, as the command line says. */
                int month_days = n >= 10 && (n == 10 || s[10] == 'T' || s[10] == ' ') && !year_out_of_range(s, n)
                                     ? date_past_month_end(s, 10) : 0;
                if (month_days)
                    return row_problem(problem, fi, "%s: no day of the calendar: that month has %d days", f->name,
                                       month_days);
                return year_out_of_range(s, n) ? row_problem(problem, fi, "%s: a year outside %d..%d", f->name,
                                                             DATE_YEAR_MIN, DATE_YEAR_MAX)
                                               : row_problem(problem, fi, "%s: not a time YYYY-MM-DD HH:MM[:SS]", f->name);
            }
            int day = (int)(t >= 0 ? t / 86400 : (t - 86399) / 86400);
            if (day < LOG_EARLIEST_DAY) return row_early(problem, fi, f->name, day);
            row->time[times] = t;
            row->has_time[times] = true;
            if (times == 0) row->day = day;
            times++;
            break;
        }
        case FT_DATE:
            if (!n) return row_problem(problem, fi, "%s: empty (a date YYYY-MM-DD is required)", f->name);
            if (!parse_date(s, n, &row->day)) {
                int month_days = year_out_of_range(s, n) ? 0 : date_past_month_end(s, n);
                if (month_days)
                    return row_problem(problem, fi, "%s: no day of the calendar: that month has %d days", f->name,
                                       month_days);
                return year_out_of_range(s, n) ? row_problem(problem, fi, "%s: a year outside %d..%d", f->name,
                                                             DATE_YEAR_MIN, DATE_YEAR_MAX)
                                               : row_problem(problem, fi, "%s: not a date YYYY-MM-DD", f->name);
            }
            if (row->day < LOG_EARLIEST_DAY) return row_early(problem, fi, f->name, row->day);
            break;
        case FT_PATIENT:
        case FT_PATIENT_OPT:
            if (!n) {
                if (f->type == FT_PATIENT) return row_problem(problem, fi, "patient: empty");
                break;
            }
            if (n > 64) return row_problem(problem, fi, "patient: longer than 64 characters");
            /* Rounded, the numbers of many patients come out the same:
             * their contacts would read as one patient's follow-ups. */
            if (spreadsheet_number(s, n))
                return row_problem(problem, fi,
                                   "patient: a number a spreadsheet rounded (written in E+ notation, as "
                                   "2,02603E+11): other patients' rows share it; export the file again from the "
                                   "system, or open it with the column as text");
            row->patient = hasher(ctx, s, n);
            row->has_patient = true;
            break;
        case FT_ENUM:
        case FT_ENUM_OPT: {
            int v = n ? find_value(f->values, s, n) : -1;
            if (v < 0 && (n || f->type == FT_ENUM)) {
                kind_enum_list(f->values, list, sizeof list);
                if (!n) return row_problem(problem, fi, "%s: empty (one of %s)", f->name, list);
                return row_problem(problem, fi, "%s: not one of %s", f->name, list);
            }
            row->enums[enums++] = v;
            break;
        }
        case FT_INT:
        case FT_INT_OPT: {
            if (!n) {
                if (f->type == FT_INT) return row_problem(problem, fi, "%s: empty (a whole number is required)", f->name);
                ints++;
                break;
            }
            long long v;
            if (!parse_int(s, n, &v)) {
                /* How it is written, never what: a shifted column could
                 * hold a patient number. */
                bool duration = strcmp(f->name, "minutes") == 0 || strcmp(f->name, "wait_s") == 0 ||
                                strcmp(f->name, "talk_s") == 0;
                if (duration && memchr(s, ':', n))
                    return row_problem(problem, fi, "%s: not a whole number (written as a duration? a format "
                                       "reads it: give the field duration: H:MM, MM:SS or HH:MM:SS)", f->name);
                if (memchr(s, ',', n) || memchr(s, '.', n))
                    return row_problem(problem, fi, "%s: not a whole number (written with a decimal mark? a format "
                                       "reads it: give the field decimal: comma, or decimal: point)", f->name);
                return row_problem(problem, fi, "%s: not a whole number", f->name);
            }
            if (v < f->min || v > f->max) return row_problem(problem, fi, "%s: outside %lld..%lld", f->name, f->min, f->max);
            row->ints[ints] = v;
            row->has_int[ints] = true;
            ints++;
            break;
        }
        }
    }
    if (k->kind == KIND_MESSAGES && row->has_time[1] &&
        ams_to_utc(row->time[1]) < ams_to_utc(row->time[0]))
        return row_problem(problem, kind_field_index(k, "answered"), "answered: before received");
    if (k->kind == KIND_SURVEY && row->ints[1] > row->ints[0])
        return row_problem(problem, kind_field_index(k, "aware"), "aware: more than respondents");
    return true;
}
