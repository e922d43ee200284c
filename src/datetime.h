/*
 * datetime.h - calendar dates, local wall-clock times in Europe/Amsterdam,
 * ISO weeks, and "now".
 *
 * Contract: a date is a day number (days since 1970-01-01, proleptic
 * Gregorian); DATE_NONE marks an absent date. A local time is seconds since
 * 1970-01-01T00:00 on the wall clock ("civil seconds"); ams_to_utc turns it
 * into real elapsed seconds using the EU summer-time rule (last Sunday of
 * March to last Sunday of October, 01:00 UTC), so 01:30 -> 03:30 across the
 * spring switch is one hour. A wall time in the spring gap is read as winter
 * time; one in the autumn overlap as summer time (the first occurrence).
 * Parsers return true on success and never read past the string's end.
 * today()/now are the machine's, unless EHTRACK_NOW=YYYY-MM-DDTHH:MM:SS is
 * set (reproducible runs and tests).
 */
#ifndef EHTRACK_DATETIME_H
#define EHTRACK_DATETIME_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define DATE_NONE INT_MIN

int days_from_civil(int y, int m, int d);
void civil_from_days(int days, int *y, int *m, int *d);
bool valid_civil(int y, int m, int d);
/* Dates and times are those of the years DATE_YEAR_MIN to DATE_YEAR_MAX.
 * year_out_of_range: s starts as a date does (four digits and a dash) with
 * a year outside them, e.g. 0001-01-01 or 9999-12-31, which exports write
 * for "no date": the reason to give rather than "not a date". */
#define DATE_YEAR_MIN 1900
#define DATE_YEAR_MAX 2200
bool year_out_of_range(const char *s, size_t n);

/* "YYYY-MM-DD" exactly (n bytes). */
bool parse_date(const char *s, size_t n, int *days);
/* s is written as a date (YYYY-MM-DD, a month 01 to 12, a day 01 to 31)
 * but its month has fewer days (2026-06-31, 2027-02-29): the days of that
 * month, else 0. The reason to give rather than "not a date". */
int date_past_month_end(const char *s, size_t n);
/* Writes "YYYY-MM-DD" (11 bytes with NUL). */
void format_date(int days, char out[11]);

/* ISO 8601 weekday 1 (Monday) .. 7 (Sunday). */
int weekday(int days);
/* ISO week-numbering year and week of a day. */
void iso_week(int days, int *iso_year, int *week);
/* Monday to Friday, except the Dutch public holidays on which practices
 * close: New Year's Day, Easter Monday, King's Day (27 April, the 26th when
 * the 27th is a Sunday), Ascension Day, Whit Monday, Christmas and Boxing
 * Day (interface.md 7.4). */
bool is_working_day(int days);
/* Easter Sunday of a year (Gregorian). */
int easter_sunday(int year);
/* Working days in first .. last, inclusive (0 when last < first). */
int working_days(int first, int last);
/* Monday of ISO week 1 of iso_year. */
int iso_week1_monday(int iso_year);

/* "YYYY-MM-DD[T ]HH:MM[:SS]" with an optional offset ("Z", "+01:00",
 * "+0100"). Without an offset the time is Amsterdam wall-clock; with one it
 * is converted to Amsterdam wall-clock. */
bool parse_local_time(const char *s, size_t n, int64_t *civil);
/* As parse_local_time, and *utc the instant: exact for a time with an
 * offset, where the civil time of the autumn's repeated hour cannot tell
 * which of the two it was. */
bool parse_time_instant(const char *s, size_t n, int64_t *civil, int64_t *utc);
/* Writes "YYYY-MM-DD HH:MM:SS" (20 bytes with NUL). */
void format_civil(int64_t civil, char out[20]);

/* The Amsterdam clock is defined for the years 1 to 9999; outside them
 * (ams_in_range false) the conversions return the time unchanged, and
 * callers that take times from users refuse such values. */
#define AMS_MIN_SECONDS (-62135596800LL)    /* 0001-01-01T00:00 */
#define AMS_MAX_SECONDS 253402300799LL      /* 9999-12-31T23:59:59 */
bool ams_in_range(int64_t t);
int64_t ams_to_utc(int64_t civil);
int64_t utc_to_ams(int64_t utc);
/* Offset of Amsterdam from UTC, in seconds, at a UTC instant. */
int ams_offset(int64_t utc);

int64_t now_utc(void);
int64_t now_civil(void);
int today(void);
/* "YYYY-MM-DDTHH:MM:SS+HH:MM" of now in Amsterdam (26 bytes with NUL). */
void now_iso(char out[26]);

#endif
