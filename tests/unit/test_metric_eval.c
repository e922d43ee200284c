/* Period labels and bounds, --period and --by (metric_eval.h). */
#include <stdio.h>
#include <string.h>

#include "datetime.h"
#include "compare.h"
#include "metric_eval.h"
#include "suites.h"

static int day(const char *s)
{
    int d = 0;
    ck_assert_msg(parse_date(s, strlen(s), &d), "bad date %s", s);
    return d;
}

/* The label of the period holding date s. */
static const char *label(enum period_kind p, const char *s)
{
    static char buf[16];
    memset(buf, 'x', sizeof buf);
    period_label(p, day(s), buf, sizeof buf);
    return buf;
}

/* The first and last day of the period holding s, as "FIRST..LAST". */
static const char *bounds(enum period_kind p, const char *s)
{
    static char buf[32];
    int first = 0, last = 0;
    char a[11], b[11];
    period_bounds(p, day(s), &first, &last);
    format_date(first, a);
    format_date(last, b);
    strcpy(buf, a);
    strcat(buf, "..");
    strcat(buf, b);
    return buf;
}

START_TEST(week_labels_across_2026_2027)
{
    /* 2026 has an ISO week 53 (1 January 2026 is a Thursday). */
    ck_assert_str_eq(label(PERIOD_WEEK, "2026-12-27"), "2026-W52");
    ck_assert_str_eq(label(PERIOD_WEEK, "2026-12-28"), "2026-W53");
    ck_assert_str_eq(label(PERIOD_WEEK, "2026-12-31"), "2026-W53");
    ck_assert_str_eq(label(PERIOD_WEEK, "2027-01-01"), "2026-W53");
    ck_assert_str_eq(label(PERIOD_WEEK, "2027-01-03"), "2026-W53");
    ck_assert_str_eq(label(PERIOD_WEEK, "2027-01-04"), "2027-W01");
    ck_assert_str_eq(label(PERIOD_WEEK, "2027-01-10"), "2027-W01");
    ck_assert_str_eq(label(PERIOD_WEEK, "2027-01-11"), "2027-W02");
    /* Week numbers below 10 have two digits; the week year can be the
     * calendar year before (above) or after: 2024-12-30 opens 2025-W01. */
    ck_assert_str_eq(label(PERIOD_WEEK, "2025-02-24"), "2025-W09");
    ck_assert_str_eq(label(PERIOD_WEEK, "2024-12-30"), "2025-W01");
    ck_assert_str_eq(label(PERIOD_WEEK, "2024-12-29"), "2024-W52");
    /* 2020 (a leap year starting on a Wednesday) has a week 53 too. */
    ck_assert_str_eq(label(PERIOD_WEEK, "2021-01-03"), "2020-W53");
}
END_TEST

START_TEST(week_bounds_across_2026_2027)
{
    ck_assert_str_eq(bounds(PERIOD_WEEK, "2026-12-27"), "2026-12-21..2026-12-27");
    ck_assert_str_eq(bounds(PERIOD_WEEK, "2026-12-28"), "2026-12-28..2027-01-03");
    ck_assert_str_eq(bounds(PERIOD_WEEK, "2027-01-01"), "2026-12-28..2027-01-03");
    ck_assert_str_eq(bounds(PERIOD_WEEK, "2027-01-03"), "2026-12-28..2027-01-03");
    ck_assert_str_eq(bounds(PERIOD_WEEK, "2027-01-04"), "2027-01-04..2027-01-10");
    ck_assert_str_eq(bounds(PERIOD_WEEK, "2027-01-10"), "2027-01-04..2027-01-10");
    /* The week of the switch to summer time is seven calendar days. */
    ck_assert_str_eq(bounds(PERIOD_WEEK, "2025-03-30"), "2025-03-24..2025-03-30");
}
END_TEST

START_TEST(month_labels_and_bounds)
{
    ck_assert_str_eq(label(PERIOD_MONTH, "2025-03-01"), "2025-03");
    ck_assert_str_eq(label(PERIOD_MONTH, "2025-03-31"), "2025-03");
    ck_assert_str_eq(label(PERIOD_MONTH, "2026-12-31"), "2026-12");
    ck_assert_str_eq(label(PERIOD_MONTH, "2027-01-01"), "2027-01");
    ck_assert_str_eq(bounds(PERIOD_MONTH, "2026-12-15"), "2026-12-01..2026-12-31");
    ck_assert_str_eq(bounds(PERIOD_MONTH, "2027-01-01"), "2027-01-01..2027-01-31");
    ck_assert_str_eq(bounds(PERIOD_MONTH, "2025-02-10"), "2025-02-01..2025-02-28");
    ck_assert_str_eq(bounds(PERIOD_MONTH, "2024-02-10"), "2024-02-01..2024-02-29");
    ck_assert_str_eq(bounds(PERIOD_MONTH, "2025-04-30"), "2025-04-01..2025-04-30");
}
END_TEST

START_TEST(quarter_labels_and_bounds)
{
    ck_assert_str_eq(label(PERIOD_QUARTER, "2025-01-01"), "2025-Q1");
    ck_assert_str_eq(label(PERIOD_QUARTER, "2025-03-31"), "2025-Q1");
    ck_assert_str_eq(label(PERIOD_QUARTER, "2025-04-01"), "2025-Q2");
    ck_assert_str_eq(label(PERIOD_QUARTER, "2025-09-30"), "2025-Q3");
    ck_assert_str_eq(label(PERIOD_QUARTER, "2026-12-31"), "2026-Q4");
    ck_assert_str_eq(label(PERIOD_QUARTER, "2027-01-01"), "2027-Q1");
    ck_assert_str_eq(bounds(PERIOD_QUARTER, "2025-02-14"), "2025-01-01..2025-03-31");
    ck_assert_str_eq(bounds(PERIOD_QUARTER, "2025-05-14"), "2025-04-01..2025-06-30");
    ck_assert_str_eq(bounds(PERIOD_QUARTER, "2025-08-14"), "2025-07-01..2025-09-30");
    ck_assert_str_eq(bounds(PERIOD_QUARTER, "2026-11-23"), "2026-10-01..2026-12-31");
    ck_assert_str_eq(bounds(PERIOD_QUARTER, "2024-02-29"), "2024-01-01..2024-03-31");
}
END_TEST

START_TEST(year_and_all)
{
    /* The calendar year, not the ISO week year: 2027-01-01 is in 2027
     * though in ISO week 2026-W53. */
    ck_assert_str_eq(label(PERIOD_YEAR, "2026-12-31"), "2026");
    ck_assert_str_eq(label(PERIOD_YEAR, "2027-01-01"), "2027");
    ck_assert_str_eq(bounds(PERIOD_YEAR, "2026-06-15"), "2026-01-01..2026-12-31");
    ck_assert_str_eq(bounds(PERIOD_YEAR, "2024-06-15"), "2024-01-01..2024-12-31");
    ck_assert_str_eq(label(PERIOD_ALL, "2026-06-15"), "all");
    /* all has no calendar bounds of its own: the range gives them. */
    ck_assert_str_eq(bounds(PERIOD_ALL, "2026-06-15"), "2026-06-15..2026-06-15");
}
END_TEST

START_TEST(labels_sort_as_periods)
{
    /* The engine finds periods by label in sorted order (metric_eval.c). */
    char a[16], b[16];
    static const enum period_kind kinds[] = {PERIOD_WEEK, PERIOD_MONTH, PERIOD_QUARTER, PERIOD_YEAR};
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        for (int d = day("2024-12-01"); d < day("2027-02-01"); d++) {
            period_label(kinds[k], d, a, sizeof a);
            period_label(kinds[k], d + 1, b, sizeof b);
            ck_assert_msg(strcmp(a, b) <= 0, "%s after %s", a, b);
            int first, last;
            period_bounds(kinds[k], d, &first, &last);
            ck_assert(first <= d && d <= last);
            /* Every day of the bounds carries the same label. */
            char f[16], l[16];
            period_label(kinds[k], first, f, sizeof f);
            period_label(kinds[k], last, l, sizeof l);
            ck_assert_str_eq(f, a);
            ck_assert_str_eq(l, a);
            if (first > day("2024-12-01")) {
                period_label(kinds[k], first - 1, f, sizeof f);
                ck_assert_str_ne(f, a);
            }
            period_label(kinds[k], last + 1, l, sizeof l);
            ck_assert_str_ne(l, a);
        }
}
END_TEST

START_TEST(parse_period_names)
{
    enum period_kind p = PERIOD_MONTH;
    ck_assert(parse_period("week", &p) && p == PERIOD_WEEK);
    ck_assert(parse_period("month", &p) && p == PERIOD_MONTH);
    ck_assert(parse_period("quarter", &p) && p == PERIOD_QUARTER);
    ck_assert(parse_period("year", &p) && p == PERIOD_YEAR);
    ck_assert(parse_period("all", &p) && p == PERIOD_ALL);
    p = PERIOD_QUARTER;
    ck_assert(!parse_period("bogus", &p));
    ck_assert(!parse_period("", &p));
    ck_assert(!parse_period("Week", &p));
    ck_assert(!parse_period("weeks", &p));
    ck_assert(!parse_period("day", &p));
    ck_assert_int_eq(p, PERIOD_QUARTER);        /* untouched on failure */
}
END_TEST

START_TEST(parse_group_by_names)
{
    enum group_by b = BY_ALL;
    ck_assert(parse_group_by("practice", &b) && b == BY_PRACTICE);
    ck_assert(parse_group_by("care_group", &b) && b == BY_CARE_GROUP);
    ck_assert(parse_group_by("care-group", &b) && b == BY_CARE_GROUP);
    ck_assert(parse_group_by("region", &b) && b == BY_REGION);
    ck_assert(parse_group_by("insurer", &b) && b == BY_INSURER);
    ck_assert(parse_group_by("all", &b) && b == BY_ALL);
    b = BY_REGION;
    ck_assert(!parse_group_by("bogus", &b));
    ck_assert(!parse_group_by("", &b));
    ck_assert(!parse_group_by("Practice", &b));
    ck_assert(!parse_group_by("insurers", &b));
    ck_assert(!parse_group_by("custom", &b));
    ck_assert_int_eq(b, BY_REGION);             /* untouched on failure */
}
END_TEST

START_TEST(parse_days_and_peer_sets)
{
    enum day_count d = DAYS_WORKING;
    ck_assert(parse_day_count("calendar", &d) && d == DAYS_CALENDAR);
    ck_assert(parse_day_count("working", &d) && d == DAYS_WORKING);
    ck_assert(!parse_day_count("weekdays", &d));
    ck_assert_int_eq(d, DAYS_WORKING);          /* untouched on failure */
    enum peer_set p = PEERS_ALL;
    ck_assert(parse_peer_set("care-group", &p) && p == PEERS_CARE_GROUP);
    ck_assert(parse_peer_set("care_group", &p) && p == PEERS_CARE_GROUP);
    ck_assert(parse_peer_set("region", &p) && p == PEERS_REGION);
    ck_assert(parse_peer_set("insurer", &p) && p == PEERS_INSURER);
    ck_assert(parse_peer_set("all", &p) && p == PEERS_ALL);
    ck_assert(!parse_peer_set("care", &p));
    ck_assert(!parse_peer_set("care-groups", &p));
    ck_assert(!parse_peer_set("", &p));
    ck_assert_int_eq(p, PEERS_ALL);
}
END_TEST

/* Whether a metric reading the period sums is evaluated per window. */
static bool windowable(const char *sql)
{
    char *reads[] = {"m_consult_periods", "m_scope"};
    struct metric_def m = {.reads = reads, .nreads = 2, .sql = (char *)sql};
    return metric_windowable(&m);
}

START_TEST(windowable_sees_parameters_not_colons)
{
    const char *head = "SELECT grp, period, sum(n) AS numerator FROM m_consult_periods JOIN m_scope USING (practice_id) ";
    char sql[512];
#define WINDOWABLE(tail) (snprintf(sql, sizeof sql, "%s%s", head, tail), windowable(sql))
    ck_assert(WINDOWABLE("GROUP BY 1, 2"));
    /* A colon in a literal, a quoted name or a comment is no parameter. */
    ck_assert(WINDOWABLE("WHERE period >= '2026-W01' AND label <> '08:00' GROUP BY 1, 2"));
    ck_assert(WINDOWABLE("WHERE label <> 'it''s :from' GROUP BY 1, 2"));
    ck_assert(WINDOWABLE("WHERE \"a:b\" = 1 AND [c:d] = 2 AND `e:f` = 3 GROUP BY 1, 2"));
    ck_assert(WINDOWABLE("-- as of :as_of\nGROUP BY 1, 2 /* :from .. :to */"));
    /* Every form of parameter SQLite takes. */
    ck_assert(!WINDOWABLE("WHERE first_day >= :from GROUP BY 1, 2"));
    ck_assert(!WINDOWABLE("WHERE label <> 'x' AND first_day >= ?1 GROUP BY 1, 2"));
    ck_assert(!WINDOWABLE("WHERE first_day >= ? GROUP BY 1, 2"));
    ck_assert(!WINDOWABLE("WHERE first_day >= @from GROUP BY 1, 2"));
    ck_assert(!WINDOWABLE("WHERE first_day >= $from GROUP BY 1, 2"));
    ck_assert(!WINDOWABLE("WHERE label = 'a''' AND first_day >= :from GROUP BY 1, 2"));
    ck_assert(!WINDOWABLE("/* done */ WHERE first_day >= :from -- end"));
#undef WINDOWABLE
    /* What it reads decides too. */
    char *logs[] = {"m_consults", "m_scope"};
    struct metric_def m = {.reads = logs, .nreads = 2, .sql = "SELECT 1"};
    ck_assert(!metric_windowable(&m));
    m.nreads = 0;
    ck_assert(!metric_windowable(&m));
}
END_TEST

static Suite *metric_eval_suite(void)
{
    Suite *s = suite_create("metric_eval");
    TCase *tc = tcase_create("periods");
    tcase_add_test(tc, week_labels_across_2026_2027);
    tcase_add_test(tc, week_bounds_across_2026_2027);
    tcase_add_test(tc, month_labels_and_bounds);
    tcase_add_test(tc, quarter_labels_and_bounds);
    tcase_add_test(tc, year_and_all);
    tcase_add_test(tc, labels_sort_as_periods);
    tcase_add_test(tc, parse_period_names);
    tcase_add_test(tc, parse_group_by_names);
    tcase_add_test(tc, parse_days_and_peer_sets);
    suite_add_tcase(s, tc);
    tc = tcase_create("windows");
    tcase_add_test(tc, windowable_sees_parameters_not_colons);
    suite_add_tcase(s, tc);
    return s;
}

REGISTER_SUITE(metric_eval_suite)
