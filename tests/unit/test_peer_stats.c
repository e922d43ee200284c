/* Quartiles, ranks with ties and funnel limits (peer_stats.h), worked out by hand. */
#include <math.h>

#include "peer_stats.h"
#include "suites.h"

#define EPS 1e-12

START_TEST(quartiles_as_excel)
{
    /* Excel's QUARTILE.INC example: {1, 2, 4, 7, 8, 9, 10, 12}, n = 8.
     * p25: h = 7 x 0.25 = 1.75, x[1] + 0.75 (x[2] - x[1]) = 2 + 0.75 x 2 = 3.5
     * p50: h = 3.5, 7 + 0.5 x 1 = 7.5;  p75: h = 5.25, 9 + 0.25 x 1 = 9.25 */
    double v[] = {12, 7, 1, 9, 4, 10, 2, 8};
    stats_sort(v, 8);
    ck_assert_double_eq_tol(stats_percentile(v, 8, 0.25), 3.5, EPS);
    ck_assert_double_eq_tol(stats_percentile(v, 8, 0.5), 7.5, EPS);
    ck_assert_double_eq_tol(stats_percentile(v, 8, 0.75), 9.25, EPS);
    ck_assert_double_eq_tol(stats_percentile(v, 8, 0), 1, EPS);
    ck_assert_double_eq_tol(stats_percentile(v, 8, 1), 12, EPS);
}
END_TEST

START_TEST(quartiles_with_ties)
{
    /* The e-consult shares of the peers of practice 90000001 in
     * tests/cases/compare.t: 0, .1, .1, .2, .2, .2, .25, .5.
     * p25: h = 1.75, .1 + .75 x 0 = .1;  median: h = 3.5, .2 + .5 x 0 = .2;
     * p75: h = 5.25, .2 + .25 x (.25 - .2) = .2125 */
    double v[] = {0.2, 0.2, 0.1, 0.2, 0.25, 0.5, 0, 0.1};
    stats_sort(v, 8);
    ck_assert_double_eq_tol(stats_percentile(v, 8, 0.25), 0.1, EPS);
    ck_assert_double_eq_tol(stats_percentile(v, 8, 0.5), 0.2, EPS);
    ck_assert_double_eq_tol(stats_percentile(v, 8, 0.75), 0.2125, EPS);
}
END_TEST

START_TEST(percentiles_of_few_values)
{
    double one[] = {42};
    ck_assert_double_eq_tol(stats_percentile(one, 1, 0.25), 42, EPS);
    ck_assert_double_eq_tol(stats_percentile(one, 1, 0.9), 42, EPS);
    /* {1, 3}: h = 0.25, 0.5, 0.75 -> 1.5, 2, 2.5 */
    double two[] = {3, 1};
    stats_sort(two, 2);
    ck_assert_double_eq_tol(stats_percentile(two, 2, 0.25), 1.5, EPS);
    ck_assert_double_eq_tol(stats_percentile(two, 2, 0.5), 2, EPS);
    ck_assert_double_eq_tol(stats_percentile(two, 2, 0.75), 2.5, EPS);
    /* 1 .. 11: p10 at h = 1 is 2, p90 at h = 9 is 10 (PERCENTILE.INC). */
    double eleven[11];
    for (int i = 0; i < 11; i++) eleven[i] = i + 1;
    ck_assert_double_eq_tol(stats_percentile(eleven, 11, 0.1), 2, EPS);
    ck_assert_double_eq_tol(stats_percentile(eleven, 11, 0.9), 10, EPS);
    ck_assert(isnan(stats_percentile(eleven, 0, 0.5)));
}
END_TEST

START_TEST(rank_with_ties)
{
    double peers[] = {0.3, 0.2, 0.1, 0.2, 0.25, 0.5, 0, 0.1};
    /* .2, higher better: below it .1, .1, 0 (3); equal .2, .2 (2, a half
     * each): (3 + 1) / 8 = 50%. Lower better: above it .3, .25, .5 (3),
     * the same two ties: 50%. */
    ck_assert_double_eq_tol(stats_rank_pct(0.2, peers, 8, true), 50, EPS);
    ck_assert_double_eq_tol(stats_rank_pct(0.2, peers, 8, false), 50, EPS);
    /* .25, a peer's value too: higher better beats .2, .1, .2, 0, .1 (5)
     * and ties one: 5.5 / 8 = 68.75%; lower better beats .3 and .5 (2)
     * and ties one: 2.5 / 8 = 31.25%. */
    ck_assert_double_eq_tol(stats_rank_pct(0.25, peers, 8, true), 68.75, EPS);
    ck_assert_double_eq_tol(stats_rank_pct(0.25, peers, 8, false), 31.25, EPS);
    /* .22, no tie: 5 / 8 = 62.5% higher better, 3 / 8 = 37.5% lower. */
    ck_assert_double_eq_tol(stats_rank_pct(0.22, peers, 8, true), 62.5, EPS);
    ck_assert_double_eq_tol(stats_rank_pct(0.22, peers, 8, false), 37.5, EPS);
    /* Best and worst of all. */
    ck_assert_double_eq_tol(stats_rank_pct(0.9, peers, 8, true), 100, EPS);
    ck_assert_double_eq_tol(stats_rank_pct(0.9, peers, 8, false), 0, EPS);
    /* Everybody equal: better than half. */
    double same[] = {5, 5, 5};
    ck_assert_double_eq_tol(stats_rank_pct(5, same, 3, true), 50, EPS);
    ck_assert(isnan(stats_rank_pct(5, same, 0, true)));
}
END_TEST

START_TEST(funnel_limits_and_verdicts)
{
    /* p = .2, n = 100: se = sqrt(.2 x .8 / 100) = .04;
     * 95%: .2 -/+ 1.96 x .04 = .1216, .2784; 99.8%: .2 -/+ 3.09 x .04 = .0764, .3236 */
    struct funnel_limits f = stats_funnel_limits(0.2, 100);
    ck_assert_double_eq_tol(f.lo95, 0.1216, EPS);
    ck_assert_double_eq_tol(f.hi95, 0.2784, EPS);
    ck_assert_double_eq_tol(f.lo998, 0.0764, EPS);
    ck_assert_double_eq_tol(f.hi998, 0.3236, EPS);
    ck_assert_int_eq(stats_funnel_verdict(&f, 0.2), FUNNEL_WITHIN);
    ck_assert_int_eq(stats_funnel_verdict(&f, 0.3), FUNNEL_ABOVE95);
    ck_assert_int_eq(stats_funnel_verdict(&f, 0.33), FUNNEL_ABOVE998);
    ck_assert_int_eq(stats_funnel_verdict(&f, 0.1), FUNNEL_BELOW95);
    ck_assert_int_eq(stats_funnel_verdict(&f, 0.07), FUNNEL_BELOW998);
    /* On a limit is within it. */
    ck_assert_int_eq(stats_funnel_verdict(&f, f.hi95), FUNNEL_WITHIN);
    ck_assert_int_eq(stats_funnel_verdict(&f, f.lo95), FUNNEL_WITHIN);
    ck_assert_str_eq(stats_funnel_name(FUNNEL_ABOVE998), "above998");
    ck_assert_str_eq(stats_funnel_name(FUNNEL_BELOW95), "below95");
    ck_assert_str_eq(stats_funnel_name(FUNNEL_WITHIN), "within");
}
END_TEST

START_TEST(funnel_of_a_small_practice)
{
    /* A practice of 4 consults, 1 an e-consult (25%), against a pooled
     * share of 175/800 = .21875: se = sqrt(.21875 x .78125 / 4)
     * = sqrt(.042724609375) = .206699...; 95%: .21875 -/+ .405131 -> 0
     * (clipped), .623881; 99.8%: 0, .857451. Far from the median of the
     * others, yet well within: four records say little. */
    struct funnel_limits f = stats_funnel_limits(0.21875, 4);
    double se = sqrt(0.042724609375);
    ck_assert_double_eq_tol(f.lo95, 0, EPS);
    ck_assert_double_eq_tol(f.hi95, 0.21875 + 1.96 * se, EPS);
    ck_assert_double_eq_tol(f.hi95, 0.62388067, 1e-8);
    ck_assert_double_eq_tol(f.lo998, 0, EPS);
    ck_assert_double_eq_tol(f.hi998, 0.85745090, 1e-8);
    ck_assert_int_eq(stats_funnel_verdict(&f, 0.25), FUNNEL_WITHIN);
    ck_assert_int_eq(stats_funnel_verdict(&f, 0), FUNNEL_WITHIN);
    /* One record: every share from 0 to 1 is within (clipped both ways). */
    f = stats_funnel_limits(0.5, 1);
    ck_assert_double_eq_tol(f.lo95, 0, EPS);
    ck_assert_double_eq_tol(f.hi95, 1, EPS);
    ck_assert_int_eq(stats_funnel_verdict(&f, 1), FUNNEL_WITHIN);
}
END_TEST

START_TEST(funnel_at_a_pooled_share_of_zero)
{
    /* Nobody else has any: the limits close on 0, and one e-consult is a signal. */
    struct funnel_limits f = stats_funnel_limits(0, 50);
    ck_assert_double_eq_tol(f.lo998, 0, EPS);
    ck_assert_double_eq_tol(f.hi998, 0, EPS);
    ck_assert_int_eq(stats_funnel_verdict(&f, 0), FUNNEL_WITHIN);
    ck_assert_int_eq(stats_funnel_verdict(&f, 0.02), FUNNEL_ABOVE998);
    /* More portal accounts than listed patients: p above 1 gives no
     * spread to take a square root of, and limits at 1. */
    f = stats_funnel_limits(1.05, 100);
    ck_assert_double_eq_tol(f.lo95, 1, EPS);
    ck_assert_double_eq_tol(f.hi998, 1, EPS);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("peer_stats");
    TCase *tc = tcase_create("peer_stats");
    tcase_add_test(tc, quartiles_as_excel);
    tcase_add_test(tc, quartiles_with_ties);
    tcase_add_test(tc, percentiles_of_few_values);
    tcase_add_test(tc, rank_with_ties);
    tcase_add_test(tc, funnel_limits_and_verdicts);
    tcase_add_test(tc, funnel_of_a_small_practice);
    tcase_add_test(tc, funnel_at_a_pooled_share_of_zero);
    suite_add_tcase(s, tc);
    return s;
}

REGISTER_SUITE(make_suite)
