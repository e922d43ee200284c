/* Working days in the Netherlands (datetime.h), against the calendar: the
 * Easter-dependent holidays over many years. */
#include <stdio.h>

#include "datetime.h"
#include "suites.h"

/* "YYYY-MM-DD", for any year (parse_date takes the years logs have). */
static int day(const char *s)
{
    int y, m, d;
    ck_assert_msg(sscanf(s, "%d-%d-%d", &y, &m, &d) == 3, "bad date %s", s);
    return days_from_civil(y, m, d);
}

/* Easter Sundays as the church calendars give them, the earliest and
 * latest possible among them (22 March 2285, 25 April 2038). */
START_TEST(easter_sundays)
{
    static const char *const known[] = {
        "1954-04-18", "1981-04-19", "2000-04-23", "2008-03-23", "2011-04-24", "2019-04-21", "2024-03-31",
        "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01", "2030-04-21", "2031-04-13",
        "2038-04-25", "2285-03-22",
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        int y = 0, m, d;
        civil_from_days(day(known[i]), &y, &m, &d);
        ck_assert_msg(easter_sunday(y) == day(known[i]), "Easter %d", y);
    }
}
END_TEST

/* Every holiday of 2024 .. 2031 and 2038, Easter-dependent ones included,
 * and King's Day on the 26th when the 27th is a Sunday (2025, 2031). */
START_TEST(holidays_by_year)
{
    static const char *const holidays[] = {
        /* New Year, Easter Monday, King's Day, Ascension, Whit Monday, Christmas, Boxing Day */
        "2024-01-01", "2024-04-01", "2024-04-27", "2024-05-09", "2024-05-20", "2024-12-25", "2024-12-26",
        "2025-01-01", "2025-04-21", "2025-04-26", "2025-05-29", "2025-06-09", "2025-12-25", "2025-12-26",
        "2026-01-01", "2026-04-06", "2026-04-27", "2026-05-14", "2026-05-25", "2026-12-25", "2026-12-26",
        "2027-01-01", "2027-03-29", "2027-04-27", "2027-05-06", "2027-05-17", "2027-12-25", "2027-12-26",
        "2028-01-01", "2028-04-17", "2028-04-27", "2028-05-25", "2028-06-05", "2028-12-25", "2028-12-26",
        "2029-01-01", "2029-04-02", "2029-04-27", "2029-05-10", "2029-05-21", "2029-12-25", "2029-12-26",
        "2030-01-01", "2030-04-22", "2030-04-27", "2030-05-30", "2030-06-10", "2030-12-25", "2030-12-26",
        "2031-01-01", "2031-04-14", "2031-04-26", "2031-05-22", "2031-06-02", "2031-12-25", "2031-12-26",
        "2038-01-01", "2038-04-26", "2038-04-27", "2038-06-03", "2038-06-14", "2038-12-25", "2038-12-26",
    };
    size_t n = sizeof holidays / sizeof holidays[0];
    /* each holiday that falls on a weekday is no working day */
    for (size_t i = 0; i < n; i++)
        if (weekday(day(holidays[i])) <= 5)
            ck_assert_msg(!is_working_day(day(holidays[i])), "%s is a holiday", holidays[i]);
    /* and no other weekday of those years is one */
    static const int years[] = {2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2038};
    for (size_t k = 0; k < sizeof years / sizeof years[0]; k++) {
        int off = 0, listed = 0;
        for (int d = days_from_civil(years[k], 1, 1); d < days_from_civil(years[k] + 1, 1, 1); d++)
            off += weekday(d) <= 5 && !is_working_day(d);
        for (size_t i = 0; i < n; i++) {
            int y = 0, m, dd;
            civil_from_days(day(holidays[i]), &y, &m, &dd);
            listed += y == years[k] && weekday(day(holidays[i])) <= 5;
        }
        ck_assert_msg(off == listed, "%d: %d weekdays off, %d listed", years[k], off, listed);
    }
    /* King's Day is never the Sunday itself: the Saturday before is. Good
     * Friday and Liberation Day are working days. */
    ck_assert(is_working_day(day("2031-04-25")));
    ck_assert(is_working_day(day("2026-04-03")));
    ck_assert(is_working_day(day("2025-05-05")));
}
END_TEST

/* Working days counted by hand from the calendar. */
START_TEST(working_days_counted)
{
    /* a plain week; a weekend alone */
    ck_assert_int_eq(working_days(day("2026-03-02"), day("2026-03-08")), 5);
    ck_assert_int_eq(working_days(day("2026-03-07"), day("2026-03-08")), 0);
    ck_assert_int_eq(working_days(day("2026-03-08"), day("2026-03-07")), 0);
    /* March 2026: 22 weekdays, no holiday */
    ck_assert_int_eq(working_days(day("2026-03-01"), day("2026-03-31")), 22);
    /* April 2026: 22 weekdays less Easter Monday (6th) and King's Day (Monday 27th) */
    ck_assert_int_eq(working_days(day("2026-04-01"), day("2026-04-30")), 20);
    /* May 2026: 21 weekdays less Ascension (14th) and Whit Monday (25th) */
    ck_assert_int_eq(working_days(day("2026-05-01"), day("2026-05-31")), 19);
    /* April 2025: 22 weekdays less Easter Monday (21st); King's Day is Saturday the 26th */
    ck_assert_int_eq(working_days(day("2025-04-01"), day("2025-04-30")), 21);
    /* December 2026: 23 weekdays less Christmas (a Friday); Boxing Day is a Saturday */
    ck_assert_int_eq(working_days(day("2026-12-01"), day("2026-12-31")), 22);
    /* 2026: 261 weekdays less New Year (Thu), Easter Monday, King's Day (Mon),
     * Ascension (Thu), Whit Monday, Christmas (Fri); Boxing Day is a Saturday */
    ck_assert_int_eq(working_days(day("2026-01-01"), day("2026-12-31")), 255);
    /* the ISO week of Christmas 2026 (W52, 21..27 December): 4 */
    ck_assert_int_eq(working_days(day("2026-12-21"), day("2026-12-27")), 4);
    ck_assert(is_working_day(day("2026-04-03")));
    ck_assert(!is_working_day(day("2026-04-06")));
}
END_TEST

static Suite *workdays_suite(void)
{
    Suite *s = suite_create("workdays");
    TCase *tc = tcase_create("Dutch working days");
    tcase_add_test(tc, easter_sundays);
    tcase_add_test(tc, holidays_by_year);
    tcase_add_test(tc, working_days_counted);
    suite_add_tcase(s, tc);
    return s;
}

REGISTER_SUITE(workdays_suite)
