/*
 * compare.h - a practice against its peers, and the spread of a scope's
 * practices (interface.md 7.5), from the metric engine's values by
 * practice. Figures only: the command (cmd_compare.c) and the workbook's
 * Comparison and Spread sheets (report_sheet_*.c) present them.
 *
 * Contract:
 * - compare_practice evaluates the metrics once (metric_eval, BY_CUSTOM,
 *   one period from..to) for the practice and every practice of the peer
 *   sets asked, and fills one struct comparison per set, in the order
 *   asked. Peers are the other practices of the practice's care group,
 *   its region, those listing its lead insurer (the first in the
 *   register), or all. Per metric: the practice's value, numerator and
 *   denominator as the engine gives them; `peers`, the peers with a
 *   value; with at least PEER_MIN of them, their p25, median and p75
 *   (peer_stats.h), the pooled ratio (their summed numerators over their
 *   summed denominators, times the metric's scale for a ratio; only where
 *   every such peer has both), the practice's rank_pct when it has a value,
 *   and for a proportion (metric_is_proportion) the funnel limits at the
 *   practice's denominator around the pooled ratio with the verdict.
 *   With fewer peers all of these are absent: a distribution of two
 *   practices would show their figures. No peer is named in a comparison.
 * - compare_spread evaluates the metrics once by practice for the
 *   practices in temp.scope_practices (scope.h) and gives per metric the
 *   minimum, p10, p25, median, p75, p90 and maximum over the practices
 *   whose value the caller's rule lets count; those it leaves out (too few
 *   records to show) are counted. For the funnel metric (a proportion) it
 *   gives each counted practice's point (AGB, value, denominator, verdict),
 *   the pooled ratio of every practice in scope, and the limits over the
 *   range of the points' denominators.
 * Errors: EH_INVALID for an unknown practice or a broken metric, EH_IO
 * for the database, with err filled.
 */
#ifndef EHTRACK_COMPARE_H
#define EHTRACK_COMPARE_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "metric_catalog.h"
#include "metric_eval.h"
#include "peer_stats.h"

enum peer_set { PEERS_CARE_GROUP, PEERS_REGION, PEERS_INSURER, PEERS_ALL };

/* "care-group" (or "care_group"), "region", "insurer", "all". */
bool parse_peer_set(const char *s, enum peer_set *out);

struct compare_query {
    const char *practice;           /* AGB */
    int from, to, as_of;            /* days; the range is one period */
    enum day_count days;
    const struct metric_def *const *metrics;
    size_t nmetrics;
};

struct compare_row {
    const struct metric_def *metric;
    bool has_value, has_numerator, has_denominator;
    double value, numerator, denominator;
    size_t peers;                   /* peers with a value */
    bool has_distribution;          /* peers >= PEER_MIN: p25, median, p75 */
    double p25, median, p75;
    bool has_rank, has_pooled, has_funnel;
    double rank_pct, pooled;
    struct funnel_limits limits;
    enum funnel_verdict funnel;
    int kind_first, kind_last;      /* the practice's first and last day with a record of the
                                     * metric's kind in the range; DATE_NONE: none */
};

struct comparison {
    enum peer_set set;
    char *set_name;                 /* the care group, region or lead insurer; NULL for all */
    char *practice, *practice_name; /* AGB and name of the practice compared */
    size_t practices;               /* practices in the peer set, with a value or not */
    struct compare_row *rows;       /* one per metric, in the order asked */
    size_t nrows;
};

/* Where the practice lies, in words ("above the 95% limit (better)"), by
 * value as the JSON's verdict; the word in brackets reads it in the
 * metric's direction. lang "nl" or "en". */
void compare_funnel_words(const struct compare_row *r, const char *lang, char *buf, size_t size);

int compare_practice(sqlite3 *db, const struct compare_query *q, const enum peer_set *sets, size_t nsets,
                     struct comparison *out, struct eh_error *err);
void comparison_free(struct comparison *c);

/* ---- the spread of a scope ------------------------------------------------------ */

enum spread_use { SPREAD_COUNT, SPREAD_LEAVE_OUT };
/* Whether a practice's value (has_value set) counts in the spread. */
typedef enum spread_use (*spread_rule)(const void *ctx, const struct metric_value *v);

enum { SPREAD_MIN, SPREAD_P10, SPREAD_P25, SPREAD_MEDIAN, SPREAD_P75, SPREAD_P90, SPREAD_MAX, SPREAD_STATS };

struct spread_row {
    const struct metric_def *metric;
    size_t practices;               /* values counted */
    size_t left_out;                /* values the rule left out */
    double stat[SPREAD_STATS];      /* NaN without a value counted */
};

struct funnel_point {
    char *agb;
    double value, n;
    enum funnel_verdict verdict;
};

enum { FUNNEL_LINE_POINTS = 41 };

struct funnel_line_point {
    double n;
    struct funnel_limits limits;
};

struct spread_funnel {
    const struct metric_def *metric;    /* NULL: no funnel */
    bool has_pooled;
    double pooled;                  /* every practice in scope */
    struct funnel_point *points;    /* by denominator, then AGB */
    size_t npoints, left_out;
    struct funnel_line_point line[FUNNEL_LINE_POINTS];
    size_t nline;                   /* 0 without points */
};

struct spread_query {
    int from, to, as_of;
    enum day_count days;
    const struct metric_def *const *metrics;
    size_t nmetrics;
    const struct metric_def *funnel;    /* a proportion, or NULL */
};

struct spread {
    struct spread_row *rows;        /* one per metric, in the order asked */
    size_t nrows;
    struct spread_funnel funnel;
};

int compare_spread(sqlite3 *db, const struct spread_query *q, spread_rule rule, const void *rule_ctx,
                   struct spread *out, struct eh_error *err);
void spread_free(struct spread *s);

#endif
