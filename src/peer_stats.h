/*
 * peer_stats.h - the statistics of comparing a practice with its peers
 * (interface.md 7.5): percentiles, rank with ties, funnel limits. Pure
 * functions over arrays of values; no database, no metric definitions.
 *
 * Contract:
 * - stats_percentile(sorted, n, q) is Excel's PERCENTILE.INC (QUARTILE.INC
 *   for q = 0.25, 0.5, 0.75): linear interpolation between the closest
 *   ranks of the values sorted ascending, h = (n - 1) q,
 *   x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]). n >= 1,
 *   0 <= q <= 1; q = 0 is the minimum, q = 1 the maximum.
 * - stats_rank_pct(value, values, n, higher_better) is the share of the n
 *   values that value does better than in the metric's direction, a value
 *   equal to it counting half, times 100 (0 .. 100); NaN when n is 0.
 *   Equal means equal as doubles: the engine computes equal fractions to
 *   the same double.
 * - stats_funnel_limits(p, n) are the limits around a pooled proportion p
 *   at a denominator n > 0: p -/+ 1.96 sqrt(p (1 - p) / n) (95%) and
 *   p -/+ 3.09 sqrt(p (1 - p) / n) (99.8%), each clipped to 0 .. 1.
 * - stats_funnel_verdict says where a value lies against them, by value
 *   whatever the metric's direction: beyond a 99.8% limit, else beyond a
 *   95% limit, else within. A value on a limit is within it.
 */
#ifndef EHTRACK_PEER_STATS_H
#define EHTRACK_PEER_STATS_H

#include <stdbool.h>
#include <stddef.h>

/* Fewer peers with a value than this: no distribution, no funnel. */
#define PEER_MIN 5

enum funnel_verdict { FUNNEL_WITHIN, FUNNEL_ABOVE95, FUNNEL_ABOVE998, FUNNEL_BELOW95, FUNNEL_BELOW998 };

struct funnel_limits {
    double lo95, hi95, lo998, hi998;
};

/* Sorts ascending, in place. */
void stats_sort(double *values, size_t n);
double stats_percentile(const double *sorted, size_t n, double q);
double stats_rank_pct(double value, const double *values, size_t n, bool higher_better);
struct funnel_limits stats_funnel_limits(double p, double n);
enum funnel_verdict stats_funnel_verdict(const struct funnel_limits *f, double value);
/* "within", "above95", "above998", "below95", "below998" (the JSON's words). */
const char *stats_funnel_name(enum funnel_verdict v);

#endif
