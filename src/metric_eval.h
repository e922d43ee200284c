/*
 * metric_eval.h - computing metrics (interface.md section 4) from the
 * imported logs.
 *
 * Contract: metric_eval computes each requested metric for every group and
 * every period of the range. Groups come from temp.scope_practices (see
 * scope.h) and `by`, or, with BY_CUSTOM, from a temp.m_scope(practice_id,
 * grp) the caller filled (a practice may count for several groups) after
 * metric_scope_create made it empty. Each
 * metric's SQL (metric_catalog.h) runs read-only, with :from, :to, :as_of
 * (YYYY-MM-DD), :from_start, :to_end (local seconds of the range's first
 * midnight and of the midnight after it) and :as_of_utc bound, against the
 * temporary tables m_scope, m_days(day, period) and m_terms(practice_id,
 * hours) and the view m_consults (the consults of the practices in scope,
 * read by key range), and returns rows (grp, period, numerator, denominator[, value,
 * n]). The engine then applies the contract: ratios pooled and null on a
 * zero denominator; counts and per-day values null where the group has no
 * record of the metric's kind in the period; days are the query's kind of
 * days (calendar, or Dutch working days: datetime.h) clipped to
 * --from/--to, or for period all without a range the days from the
 * group's first to its last record of that kind; per week is per 7
 * calendar days or per 5 working days. temp.m_periods(period, first_day,
 * last_day, days, calendar_days, working_days, partial) gives metric SQL
 * the same day counts, m_days.working marks working days. Without from/to
 * the range is that of all records in scope. A period is partial when
 * its calendar days reach before the first or past the last record in
 * scope, or past --from/--to. Results are ordered by group, period, then
 * metric in the order asked.
 *
 * A metric's SQL is one read-only statement (a second one, or one that
 * writes, VACUUM included, is an EH_INVALID error at its FILE:LINE). It runs
 * under a time budget (metric_time_budget) and a memory budget (512 MB of
 * SQLite heap); past either it stops with EH_IO naming the metric's file,
 * as does any SQLite error while it runs.
 */
#ifndef EHTRACK_METRIC_EVAL_H
#define EHTRACK_METRIC_EVAL_H

#include <sqlite3.h>
#include <stdbool.h>

#include "error.h"
#include "metric_catalog.h"

enum group_by { BY_PRACTICE, BY_CARE_GROUP, BY_REGION, BY_INSURER, BY_ALL, BY_CUSTOM };
enum period_kind { PERIOD_WEEK, PERIOD_MONTH, PERIOD_QUARTER, PERIOD_YEAR, PERIOD_ALL };
/* What "days" of a period are (interface.md 7.4): calendar days, or
 * working days (datetime.h), so that calls_per_day divides by working days
 * and econsults_per_week by working days / 5. */
enum day_count { DAYS_CALENDAR, DAYS_WORKING };

bool parse_group_by(const char *s, enum group_by *out);
/* The days of first .. last (inclusive) of that kind. */
int count_days(enum day_count kind, int first, int last);
bool parse_period(const char *s, enum period_kind *out);
/* "calendar" or "working". */
bool parse_day_count(const char *s, enum day_count *out);
/* "2025-W09", "2025-03", "2025-Q1", "2025" or "all" (16 bytes is enough). */
void period_label(enum period_kind p, int day, char *out, size_t size);
/* First and last day of the period holding day. */
void period_bounds(enum period_kind p, int day, int *first, int *last);

/* A group evaluated over a range of its own (a goal's baseline). */
struct metric_window {
    const char *group;
    int from, to;
};

struct metric_query {
    enum group_by by;
    enum period_kind period;
    int from, to;               /* DATE_NONE: from the data */
    int as_of;
    const struct metric_def *const *metrics;
    size_t nmetrics;
    const char *insurer;        /* BY_INSURER: only this insurer's group, or NULL */
    enum day_count days;        /* DAYS_CALENDAR unless asked */
    /* With windows (BY_CUSTOM only, metrics that metric_windowable
     * accepts): each group of m_scope over its own window, one per group,
     * sorted by group (strcmp), instead of one range for all; from, to and
     * period are then not used. Each group has one result, its period
     * labelled with the group's name (at most 15 bytes). Hundreds of
     * baselines are one evaluation, not hundreds. */
    const struct metric_window *windows;
    size_t nwindows;
    /* When set, a metric whose SQL SQLite refuses to prepare (a misspelt
     * column, a syntax error: the file's fault) is added here and left
     * out of the result, and the others are evaluated; when NULL such a
     * metric fails the whole evaluation. An error while a metric runs
     * stops the evaluation (exit 3, docs/metrics.md). */
    struct diag_list *broken;
};

/* Whether m can be evaluated per window: its file lists under `reads`
 * only the scope, the period sums and the register, and its SQL takes no
 * parameters (a marker such as :from outside its literals, quoted names
 * and comments; a time literal such as '08:00' is none). */
bool metric_windowable(const struct metric_def *m);

struct metric_value {
    char *group;                /* both owned by the result (its names) */
    char *period;
    int first;                  /* the period's first day (clipped to the range) */
    const struct metric_def *metric;
    bool has_value, has_numerator, has_denominator;
    double value, numerator, denominator;
    long long records;          /* records of the metric's kind behind it */
    int kind_first, kind_last;  /* the first and last day with such a record; DATE_NONE: none */
    bool partial;               /* the period is only partly covered by the data in scope */
};

struct metric_result {
    struct metric_value *items;
    size_t count, cap;
    char **names;               /* the groups' names and periods' labels the items point to */
    size_t nnames;
    int range_from, range_to;   /* DATE_NONE when there is no data */
    int data_first, data_last;  /* the first and last day with a record in scope; DATE_NONE: none */
};

int metric_eval(sqlite3 *db, const struct metric_query *q, struct metric_result *out,
                struct eh_error *err);
/* The application types whose plans give a practice its term, as SQL. */
#define TERM_APP_TYPES_SQL "('patient_communication', 'patient_portal')"
/* The response term of a practice, in hours (docs/metrics.md, "The
 * response term"): the smallest response_term_hours of its own e-consult
 * and portal plans (24 where such a plan sets none); where it has no
 * active one, of those retired last (the term in force until then: a
 * portal plan retired before the e-consult plan no longer counted); else
 * 24. An SQL expression over the practice's id given as SQL text (a
 * column, or a parameter); its own aliases, term_pl and term_last, so
 * that a caller's "pl" is not shadowed (plan show's "pl.practice_id" once
 * matched every plan of the database). */
#define PRACTICE_TERM_SQL(practice_id)                                                                  \
    "coalesce((SELECT min(coalesce(term_pl.response_term_hours, 24)) FROM plans term_pl "              \
    "WHERE term_pl.practice_id = " practice_id " AND term_pl.app_type IN " TERM_APP_TYPES_SQL " "      \
    "AND term_pl.retired_at IS NULL), "                                                                \
    "(SELECT min(coalesce(term_pl.response_term_hours, 24)) FROM plans term_pl "                       \
    "WHERE term_pl.practice_id = " practice_id " AND term_pl.app_type IN " TERM_APP_TYPES_SQL " "      \
    "AND term_pl.retired_at = (SELECT max(term_last.retired_at) FROM plans term_last "                 \
    "WHERE term_last.practice_id = " practice_id " AND term_last.app_type IN " TERM_APP_TYPES_SQL ")), 24)"

/* The time budget of one metric's SQL: $EHTRACK_QUERY_TIMEOUT seconds,
 * default 600; EH_USAGE when the variable is not a positive number. */
int metric_time_budget(double *seconds, struct eh_error *err);
void metric_result_free(struct metric_result *r);
/* Creates temp.m_scope(practice_id, grp) empty, dropping an earlier one:
 * the one definition of the table, for the engine and for the callers
 * of BY_CUSTOM. */
int metric_scope_create(sqlite3 *db, struct eh_error *err);

#endif
