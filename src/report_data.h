/*
 * report_data.h - what an Excel report shows (interface.md section 6),
 * gathered from the database for one region, care group, insurer or
 * practice: the practices and plans in scope, the goals, the coverage of
 * each log kind, the import history, and the metrics by month and week.
 *
 * Contract: report_gather applies the scope (scope.h), reads the register,
 * the plans, the goals (goal_eval.h, as of opts->as_of) and the coverage
 * of the logs over opts->from .. opts->to, and the figures of the
 * Comparison sheet (a practice workbook: the practice against the other
 * practices of its care group, its region and all) or of the Spread sheet
 * (the others: the distribution of the scope's practices and the funnel of
 * the e-consult share), both from compare.h over the same range, into a
 * struct report the caller frees with report_free; and the metric grids
 * of the Metrics and Trends sheets (report_grid: one set of metrics for a
 * list of row groups - a practice, a care group, the whole scope - by
 * month or week, held compactly with the privacy rule already applied,
 * report_cell). Every figure a sheet shows is gathered here, before the
 * first sheet is written: the writer needs no database. Nothing gathered
 * holds a patient identifier: only counts and values over groups of
 * records, and the register's and plans' own text.
 *
 * Privacy (aggregate workbooks: region, care group, insurer, with
 * min_cell > 1): a count of records below min_cell becomes CELL_BELOW; a
 * ratio whose denominator is below min_cell, a rate of one count (per day,
 * per week, per 1,000 listed patients) whose count is below it, and a value
 * over fewer than min_cell records (a median) become CELL_HIDDEN. The
 * practice workbook (its own data, for itself) shows everything. In the
 * Spread sheet a practice's value that the rule would hide is left out of
 * the distribution and the funnel (and counted as left out); a count the
 * rule would show as <N counts, and a statistic of counts below min_cell
 * is shown as <N. The Comparison sheet shows peers only as a distribution.
 */
#ifndef EHTRACK_REPORT_DATA_H
#define EHTRACK_REPORT_DATA_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>

#include "compare.h"
#include "error.h"
#include "goal_eval.h"
#include "log_kinds.h"
#include "metric_catalog.h"
#include "metric_eval.h"
#include "vocab.h"

enum report_kind { REPORT_REGION, REPORT_CARE_GROUP, REPORT_INSURER, REPORT_PRACTICE };

/* "region", "care-group", "insurer", "practice" (also "care_group"). */
bool report_parse_kind(const char *s, enum report_kind *out);

struct report_options {
    enum report_kind kind;
    const char *name;
    const char *lang;           /* "nl" or "en" */
    int as_of, from, to;        /* days */
    int min_cell;
    bool all_plans;             /* retired plans too */
    enum day_count days;        /* what per day and per week divide by */
    bool as_of_given;           /* as_of from --as-of, else from the data (or today) */
    int as_of_data_last;        /* the last record the as-of was taken from; DATE_NONE */
};

/* The practices and plans of the workbook as scope.h's temporary tables. */
int report_apply_scope(sqlite3 *db, const struct report_options *opt, struct eh_error *err);

struct rp_practice {
    long long id;
    char *agb, *name, *care_group, *region;
    long long list_size;
    long long consults;         /* in the data period: ranks the trend lines */
};

struct rp_step {
    int status;                 /* enum step_status, -1 when unknown */
    int started, completed, due;    /* days or DATE_NONE */
};

struct rp_plan {
    char *id, *title;
    char *agb, *practice_name;  /* NULL for a care-group plan */
    char *care_group, *region;  /* region NULL when a care group spans several */
    int app_type;               /* index in VOCAB_APP_TYPES, -1 unknown */
    char *app_name, *vendor;
    struct rp_step steps[STEP_COUNT];
    int current;                /* first step neither done nor skipped; -1 none (plan_progress.h) */
    int done;                   /* steps done or skipped */
    double progress;            /* done / STEP_COUNT */
    int mode, decision;         /* VOCAB_IMPLEMENT_MODE / VOCAB_SCALE_DECISION, -1 none */
    bool has_one_off, has_yearly;
    double one_off, yearly;
    unsigned funding, barriers; /* bit i: index i of VOCAB_FUNDING / VOCAB_BARRIERS */
    unsigned directions;        /* bit d: solution direction d (1..11) */
    int risks, high_risks;      /* risks named; of them likelihood or impact high */
    bool retired;               /* in the workbook by --all only */
};

/* One log kind over the data period, for the whole scope. */
struct rp_coverage {
    long long records;
    size_t practices;           /* practices with at least one record */
    int first, last;            /* days, DATE_NONE without records */
    int months;                 /* months of the period with a record */
};

struct rp_import {
    long long id;
    char *file, *kind, *format, *started_at, *outcome;
    int first_day, last_day;
    long long read, inserted, duplicates, skipped, rejected;
};

struct rp_reject {
    long long import_id;
    char *file, *kind, *field, *reason;
    long long rows, first_line;
};

/* A source code an import's format did not map (import_unmapped); field
 * and value NULL for the rows of codes not shown (imports.unmapped_other). */
struct rp_unmapped {
    long long import_id;
    char *file, *kind, *field, *value;
    long long rows;
};

/* Kinds whose months without a record are gaps (the survey is occasional). */
enum { GAP_CONSULTS, GAP_MESSAGES, GAP_CALLS, GAP_REGISTRATIONS, GAP_COUNT };

struct rp_gaps {
    size_t practice;            /* index into report.practices */
    int missing[GAP_COUNT];     /* months without a record */
    struct rp_month_span {
        long long records;
        long long days;         /* days with records */
        int first, last;        /* days; DATE_NONE without records */
        int cut;                /* of a headline month: 0, or 1 its records end, -1 begin short of the others' */
    } *span;                    /* [gap kind][month of the period] */
    int latest_survey;          /* up to the period's end; DATE_NONE */
    /* Inbound and abandoned calls in the period: inbound calls without a
     * single abandoned one mean a phone system that does not log them. */
    long long inbound_calls, abandoned_calls;
};

/* ---- metric grids ------------------------------------------------------------ */

enum cell_state { CELL_EMPTY, CELL_VALUE, CELL_BELOW, CELL_HIDDEN };

struct rp_cell {
    unsigned char state;
    double value;
};

/* A row group: the whole scope, a care group, or one practice. */
enum rp_level { LEVEL_TOTAL, LEVEL_CARE_GROUP, LEVEL_PRACTICE };

struct rp_group {
    enum rp_level level;
    const char *care_group;     /* LEVEL_CARE_GROUP: its name */
    size_t practice;            /* LEVEL_PRACTICE: index into report.practices */
};

struct rp_grid {
    size_t ngroups, nperiods, nmetrics;
    char (*labels)[16];         /* period labels: 2026-03, 2026-W09, all */
    int *first;                 /* first day of each period (clipped to the range) */
    bool *partial;              /* covered only partly, by the records in scope or the data period */
    bool *cut;                  /* the data period (--from/--to) holds only part of the period */
    bool *beyond_data;          /* the period reaches before the first or past the last record */
    struct rp_cell *cells;      /* [group][period][metric] */
};

/* The most metrics a grid of the workbook holds. */
#define RP_MAX_METRICS 90
/* Lines of the Trends sheet besides the whole scope. */
#define TREND_LINES 8

/* A grid of the workbook with what it was computed for. */
struct rp_metric_table {
    const struct metric_def *defs[RP_MAX_METRICS];
    size_t ndefs;
    struct rp_group *groups;
    size_t ngroups;
    struct rp_grid grid;
};

struct report {
    struct report_options opt;
    bool aggregate;             /* suppression applies */
    char *title_name;           /* "Menzis", "01053021 Huisartsenpraktijk De Esch" */
    const struct metric_catalog *cat;

    struct rp_practice *practices;  /* ordered by care group, then AGB */
    size_t npractices;
    char **care_groups;         /* distinct, in order */
    size_t ncare_groups;
    struct rp_plan *plans;      /* ordered by care group, practice plans after the group's own, AGB, id */
    size_t nplans;
    struct goal_results goals;

    int months;                 /* calendar months in from .. to */
    int data_first, data_last;  /* the first and last record in scope (any kind, any day); DATE_NONE */
    struct rp_coverage coverage[KIND_COUNT];
    struct rp_gaps *gaps;       /* one per practice */
    struct rp_import *imports;
    size_t nimports;
    struct rp_reject *rejects;
    size_t nrejects;
    struct rp_unmapped *unmapped;
    size_t nunmapped;

    /* Practice workbook: against its care group, region and all practices. */
    struct comparison comparisons[3];
    size_t ncomparisons;
    /* Region, care-group and insurer workbooks. */
    struct spread spread;

    /* The Metrics sheet (and the Summary's headline figures): every
     * metric by month for the whole scope, its care groups and practices. */
    struct rp_metric_table monthly;
    /* The Trends sheet: the e-consult share and calls per day by whole
     * ISO week, for the whole scope and the TREND_LINES care groups (or
     * practices, trends_by_care_group false) with the most consults. */
    struct rp_metric_table weekly;
    bool trends_by_care_group;
};

/* side_db, when not NULL, is a second connection to the same database:
 * the goals and the weekly trends are gathered on it in a
 * second thread while db gathers the rest (SQLite must run in its
 * multi-thread mode, db_library_init). The figures are the same either
 * way; an error is the one the parts would have met one after the other. */
int report_gather(sqlite3 *db, sqlite3 *side_db, const struct report_options *opt,
                  const struct metric_catalog *cat, struct report *out, struct eh_error *err);
/* "calls: 2026-03..2026-05; messages: 2026-08" with the kinds named as
 * given (a language's words), or NULL when no month is missing; caller
 * frees. */
char *report_gap_text(const struct report *r, size_t practice, const char *const names[GAP_COUNT]);
/* The practices with consults, messages or calls in other months of the
 * period but none in the month of day, where others have them: that
 * month's figures of the kind are the other practices' alone (an export
 * late). Only a practice with several records a month where it has any:
 * a log of a record every other month has months without.
 * "01053021 (consults, calls), 01053147 (messages)", kinds named as
 * given; NULL when none; caller frees. */
char *report_absent_in_month(const struct report *r, int day, const char *const names[GAP_COUNT]);
/* The headline months of the Summary: the first and the last month of
 * the monthly grid that the records cover whole (all its months where
 * fewer than two are); *two when they differ. */
void report_headline_months(const struct report *r, size_t *first, size_t *last, bool *two);
/* The practices whose consults, messages or calls in a headline month end
 * more than a week before the other practices' do, or begin more than a
 * week after: that month's figures of the kind leave out their other days
 * (an export cut off, or one begun late). Only where the practice's pace
 * (its records a day in its other months; this month's own, over 28
 * days at least, without others), scaled by how busy the other practices were on the days left
 * out against their month, would have put at least five records there: a
 * log of a few records a month has quiet weeks, and every practice has
 * fewer in the Christmas fortnight. "01053021 (calls end on 2026-03-14,
 * messages begin on 2026-03-20)", kinds named as given and end_word,
 * begin_word for "end on", "begin on"; NULL when none; caller frees. */
char *report_cut_in_month(const struct report *r, int day, const char *const names[GAP_COUNT], const char *end_word,
                          const char *begin_word);
void report_free(struct report *r);
/* The metrics of the Metrics, Comparison and Spread sheets, at most max:
 * the core ones in reading order, then those a user added. */
size_t report_metrics(const struct report *r, const struct metric_def **out, size_t max);

const struct rp_cell *rp_grid_cell(const struct rp_grid *g, size_t group, size_t period, size_t metric);
void rp_grid_free(struct rp_grid *g);

/* The privacy rule for one value (see the top of this file). */
struct rp_cell report_cell(const struct report *r, const struct metric_def *m, bool has_value, double value,
                           bool has_num, double num, bool has_den, double den, long long records);
/* A count of records, as shown: CELL_BELOW under min_cell in aggregates. */
struct rp_cell report_count(const struct report *r, long long n);

#endif
