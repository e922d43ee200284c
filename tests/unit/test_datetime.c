/* Calendar, ISO weeks and the Europe/Amsterdam clock. */
#include <string.h>

#include "datetime.h"
#include "month_sums.h"
#include "suites.h"

static int day(const char *s)
{
    int d = 0;
    ck_assert_msg(parse_date(s, strlen(s), &d), "bad date %s", s);
    return d;
}

START_TEST(a_date_past_its_months_end_is_named)
{
    /* 2026-06-31 is written as a date: the reason is the month's length,
     * not the notation (it said "must be a date YYYY-MM-DD"). */
    ck_assert_int_eq(date_past_month_end("2026-06-31", 10), 30);
    ck_assert_int_eq(date_past_month_end("2027-02-29", 10), 28);
    ck_assert_int_eq(date_past_month_end("2028-02-30", 10), 29);
    ck_assert_int_eq(date_past_month_end("2028-02-29", 10), 0);
    ck_assert_int_eq(date_past_month_end("2026-13-01", 10), 0);
    ck_assert_int_eq(date_past_month_end("2026-06-32", 10), 0);
    ck_assert_int_eq(date_past_month_end("31-06-2026", 10), 0);
}
END_TEST

START_TEST(dates_round_trip)
{
    char buf[11];
    format_date(day("2024-02-29"), buf);
    ck_assert_str_eq(buf, "2024-02-29");
    ck_assert_int_eq(day("1970-01-01"), 0);
    int d;
    ck_assert(!parse_date("2025-02-29", 10, &d));
    ck_assert(!parse_date("2025-13-01", 10, &d));
    ck_assert(!parse_date("2025-1-01", 9, &d));
    ck_assert(!parse_date("01-02-2025", 10, &d));
}
END_TEST

START_TEST(iso_weeks_at_year_ends)
{
    int y, w;
    /* 2026 has 53 ISO weeks; 2027-01-03 (a Sunday) still belongs to 2026-W53. */
    iso_week(day("2026-12-31"), &y, &w);
    ck_assert_int_eq(y, 2026);
    ck_assert_int_eq(w, 53);
    iso_week(day("2027-01-03"), &y, &w);
    ck_assert_int_eq(y, 2026);
    ck_assert_int_eq(w, 53);
    iso_week(day("2027-01-04"), &y, &w);
    ck_assert_int_eq(y, 2027);
    ck_assert_int_eq(w, 1);
    /* 2024-12-30 (Monday) opens 2025-W01. */
    iso_week(day("2024-12-30"), &y, &w);
    ck_assert_int_eq(y, 2025);
    ck_assert_int_eq(w, 1);
    ck_assert_int_eq(iso_week1_monday(2025), day("2024-12-30"));
    ck_assert_int_eq(weekday(day("2025-03-30")), 7);
}
END_TEST

static int64_t local(const char *s)
{
    int64_t t = 0;
    ck_assert_msg(parse_local_time(s, strlen(s), &t), "bad time %s", s);
    return t;
}

START_TEST(summer_time_switches)
{
    /* 2025-03-30: 02:00 CET jumps to 03:00 CEST; 01:30 -> 03:30 is one hour. */
    ck_assert_int_eq(ams_to_utc(local("2025-03-30T03:30")) - ams_to_utc(local("2025-03-30T01:30")), 3600);
    /* 2025-10-26: 03:00 CEST falls back to 02:00 CET; 01:30 -> 03:30 is three hours. */
    ck_assert_int_eq(ams_to_utc(local("2025-10-26T03:30")) - ams_to_utc(local("2025-10-26T01:30")), 3 * 3600);
    /* Winter: UTC+1; summer: UTC+2. */
    ck_assert_int_eq(local("2025-01-15T10:00") - ams_to_utc(local("2025-01-15T10:00")), 3600);
    ck_assert_int_eq(local("2025-07-15T10:00") - ams_to_utc(local("2025-07-15T10:00")), 7200);
    /* An explicit offset is converted to Amsterdam wall-clock time. */
    ck_assert_int_eq(local("2025-07-15T08:00:00Z"), local("2025-07-15T10:00"));
    ck_assert_int_eq(local("2025-01-15T10:00+01:00"), local("2025-01-15T10:00"));
    ck_assert_int_eq(local("2025-01-15 09:00:00+0000"), local("2025-01-15T10:00"));
    char buf[20];
    format_civil(local("2025-07-15 10:05:09"), buf);
    ck_assert_str_eq(buf, "2025-07-15 10:05:09");
    int64_t t;
    ck_assert(!parse_local_time("2025-07-15T25:00", 16, &t));
    ck_assert(!parse_local_time("2025-07-15", 10, &t));
    ck_assert(!parse_local_time("2025-07-15T10:00+1", 18, &t));
}
END_TEST

START_TEST(working_days_and_holidays)
{
    /* Easter 2026 is on 5 April, 2025 on 20 April, 2027 on 28 March. */
    ck_assert(!is_working_day(day("2026-04-06")));   /* Easter Monday */
    ck_assert(!is_working_day(day("2026-04-27")));   /* King's Day, a Monday */
    ck_assert(!is_working_day(day("2026-05-14")));   /* Ascension Day */
    ck_assert(!is_working_day(day("2026-05-25")));   /* Whit Monday */
    ck_assert(!is_working_day(day("2025-04-21")));   /* Easter Monday */
    ck_assert(!is_working_day(day("2027-03-29")));   /* Easter Monday */
    ck_assert(!is_working_day(day("2026-01-01")));
    ck_assert(!is_working_day(day("2026-12-25")));
    ck_assert(is_working_day(day("2027-12-27")));    /* the Monday after Christmas on a weekend */
    ck_assert(!is_working_day(day("2026-09-05")));   /* a Saturday */
    ck_assert(is_working_day(day("2026-04-07")));
    ck_assert(is_working_day(day("2026-05-05")));    /* Liberation Day: practices open */
    /* September 2026: 22 weekdays; April: 22 less Easter Monday and
     * King's Day; May: 21 less Ascension and Whit Monday; December: 23
     * less Christmas (Boxing Day is a Saturday). */
    ck_assert_int_eq(working_days(day("2026-09-01"), day("2026-09-30")), 22);
    ck_assert_int_eq(working_days(day("2026-04-01"), day("2026-04-30")), 20);
    ck_assert_int_eq(working_days(day("2026-05-01"), day("2026-05-31")), 19);
    ck_assert_int_eq(working_days(day("2026-12-01"), day("2026-12-31")), 22);
    ck_assert_int_eq(working_days(day("2026-01-01"), day("2026-12-31")), 255);
    ck_assert_int_eq(working_days(day("2026-09-02"), day("2026-09-01")), 0);
}
END_TEST

START_TEST(extreme_times_are_left_alone)
{
    /* A metric's SQL can hand ams_utc() any 64-bit number: the clock
     * arithmetic overflowed (undefined behaviour) at the ends. Outside the
     * years 1-9999 a time is now returned as it is. */
    ck_assert(!ams_in_range(INT64_MIN));
    ck_assert(!ams_in_range(INT64_MAX));
    ck_assert_int_eq(ams_to_utc(INT64_MIN), INT64_MIN);
    ck_assert_int_eq(ams_to_utc(INT64_MAX), INT64_MAX);
    ck_assert_int_eq(utc_to_ams(INT64_MIN), INT64_MIN);
    ck_assert_int_eq(utc_to_ams(INT64_MAX), INT64_MAX);
    ck_assert_int_eq(ams_offset(INT64_MAX), 3600);
    ck_assert_int_eq(ams_offset(AMS_MAX_SECONDS), 3600);
    ck_assert(ams_in_range(AMS_MIN_SECONDS) && !ams_in_range(AMS_MIN_SECONDS - 1));
    int y, m, d;
    civil_from_days(days_from_civil(9999, 12, 31), &y, &m, &d);
    ck_assert_int_eq(y * 10000 + m * 100 + d, 99991231);
    civil_from_days(INT_MAX, &y, &m, &d);   /* no overflow; any date will do */
    civil_from_days(INT_MIN, &y, &m, &d);
}
END_TEST

/* The whole months a range holds (month_sums_whole): what a workbook and
 * the metric engine read from the month rows; the days around them come
 * from the day rows. */
static void check_whole(const char *from, const char *to, const char *first, const char *last)
{
    int f, t, got_first, got_last;
    ck_assert(parse_date(from, 10, &f) && parse_date(to, 10, &t));
    month_sums_whole(f, t, &got_first, &got_last);
    char a[11], b[11];
    format_date(got_first, a);
    format_date(got_last, b);
    ck_assert_str_eq(a, first);
    ck_assert_str_eq(b, last);
}

START_TEST(whole_months_of_a_range)
{
    /* Month-aligned ends: every month whole. */
    check_whole("2025-11-01", "2026-10-31", "2025-11-01", "2026-10-31");
    /* Cut at both ends: the months between, across the year's end. */
    check_whole("2025-12-05", "2026-03-20", "2026-01-01", "2026-02-28");
    check_whole("2025-11-15", "2026-01-31", "2025-12-01", "2026-01-31");
    /* Within one month, or two cut months: none (first = to + 1, last = to). */
    check_whole("2026-01-05", "2026-01-20", "2026-01-21", "2026-01-20");
    check_whole("2026-01-05", "2026-02-20", "2026-02-21", "2026-02-20");
    /* One whole month, February of a leap year. */
    check_whole("2028-02-01", "2028-02-29", "2028-02-01", "2028-02-29");
}
END_TEST

static Suite *datetime_suite(void)
{
    Suite *s = suite_create("datetime");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, dates_round_trip);
    tcase_add_test(tc, a_date_past_its_months_end_is_named);
    tcase_add_test(tc, iso_weeks_at_year_ends);
    tcase_add_test(tc, summer_time_switches);
    tcase_add_test(tc, working_days_and_holidays);
    tcase_add_test(tc, extreme_times_are_left_alone);
    tcase_add_test(tc, whole_months_of_a_range);
    suite_add_tcase(s, tc);
    return s;
}

REGISTER_SUITE(datetime_suite)
