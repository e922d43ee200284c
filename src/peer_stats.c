#include "peer_stats.h"

#include <math.h>
#include <stdlib.h>

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

void stats_sort(double *values, size_t n)
{
    if (n > 1) qsort(values, n, sizeof *values, cmp_double);
}

double stats_percentile(const double *sorted, size_t n, double q)
{
    if (n == 0) return NAN;
    double h = (double)(n - 1) * q;
    size_t lo = (size_t)floor(h);
    if (lo >= n - 1) return sorted[n - 1];
    return sorted[lo] + (h - (double)lo) * (sorted[lo + 1] - sorted[lo]);
}

double stats_rank_pct(double value, const double *values, size_t n, bool higher_better)
{
    if (n == 0) return NAN;
    /* Counted in halves, so that ties add exactly one half each. */
    size_t halves = 0;
    for (size_t i = 0; i < n; i++) {
        if (values[i] == value) halves += 1;
        else if (higher_better ? value > values[i] : value < values[i]) halves += 2;
    }
    return (double)halves * 50.0 / (double)n;
}

static double clip01(double v)
{
    return v < 0 ? 0 : v > 1 ? 1 : v;
}

struct funnel_limits stats_funnel_limits(double p, double n)
{
    double se = sqrt(p * (1 - p) / n);
    if (!isfinite(se)) se = 0;  /* p outside 0..1: more portal accounts than listed patients */
    struct funnel_limits f = {
        clip01(p - 1.96 * se), clip01(p + 1.96 * se), clip01(p - 3.09 * se), clip01(p + 3.09 * se),
    };
    return f;
}

enum funnel_verdict stats_funnel_verdict(const struct funnel_limits *f, double value)
{
    if (value > f->hi998) return FUNNEL_ABOVE998;
    if (value > f->hi95) return FUNNEL_ABOVE95;
    if (value < f->lo998) return FUNNEL_BELOW998;
    if (value < f->lo95) return FUNNEL_BELOW95;
    return FUNNEL_WITHIN;
}

const char *stats_funnel_name(enum funnel_verdict v)
{
    static const char *const names[] = {"within", "above95", "above998", "below95", "below998"};
    return names[v];
}
