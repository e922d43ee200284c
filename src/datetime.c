#include "datetime.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Howard Hinnant's days_from_civil / civil_from_days algorithms, in 64
 * bits so that no int input overflows. */
int days_from_civil(int y, int m, int d)
{
    const int64_t yy = (int64_t)y - (m <= 2);
    const int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
    const unsigned yoe = (unsigned)(yy - era * 400);
    const unsigned doy = (153u * (unsigned)(m + (m > 2 ? -3 : 9)) + 2u) / 5u + (unsigned)d - 1u;
    const unsigned doe = yoe * 365u + yoe / 4u - yoe / 100u + doy;
    return (int)(era * 146097 + (int64_t)doe - 719468);
}

void civil_from_days(int days, int *y, int *m, int *d)
{
    const int64_t z = (int64_t)days + 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = (unsigned)(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460u + doe / 36524u - doe / 146096u) / 365u;
    const int yy = (int)((int64_t)yoe + era * 400);
    const unsigned doy = doe - (365u * yoe + yoe / 4u - yoe / 100u);
    const unsigned mp = (5u * doy + 2u) / 153u;
    *d = (int)(doy - (153u * mp + 2u) / 5u + 1u);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yy + (*m <= 2);
}

static bool leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool valid_civil(int y, int m, int d)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < DATE_YEAR_MIN || y > DATE_YEAR_MAX || m < 1 || m > 12 || d < 1) return false;
    int max = mdays[m - 1] + (m == 2 && leap(y));
    return d <= max;
}

bool year_out_of_range(const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t')) {
        s++;
        n--;
    }
    if (n < 5 || s[4] != '-') return false;
    int y = 0;
    for (int i = 0; i < 4; i++) {
        if (s[i] < '0' || s[i] > '9') return false;
        y = y * 10 + (s[i] - '0');
    }
    return y < DATE_YEAR_MIN || y > DATE_YEAR_MAX;
}

static inline bool digits(const char *s, size_t n, int *out)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned d = (unsigned)(s[i] - '0');
        if (d > 9) return false;
        v = v * 10 + (int)d;
    }
    *out = v;
    return true;
}

bool parse_date(const char *s, size_t n, int *days)
{
    int y, m, d;
    if (n != 10 || s[4] != '-' || s[7] != '-') return false;
    if (!digits(s, 4, &y) || !digits(s + 5, 2, &m) || !digits(s + 8, 2, &d)) return false;
    if (!valid_civil(y, m, d)) return false;
    *days = days_from_civil(y, m, d);
    return true;
}

int date_past_month_end(const char *s, size_t n)
{
    int y, m, d;
    if (n != 10 || s[4] != '-' || s[7] != '-') return 0;
    if (!digits(s, 4, &y) || !digits(s + 5, 2, &m) || !digits(s + 8, 2, &d)) return 0;
    if (m < 1 || m > 12 || d < 1 || d > 31 || valid_civil(y, m, d)) return 0;
    int last = 28;
    while (last < 31 && valid_civil(y, m, last + 1)) last++;
    return last;
}

/* Fixed-width digits: snprintf cannot prove the widths to the compiler. */
static void put_digits(char *out, unsigned v, int width)
{
    for (int i = width - 1; i >= 0; i--) {
        out[i] = (char)('0' + v % 10);
        v /= 10;
    }
}

void format_date(int days, char out[11])
{
    int y, m, d;
    civil_from_days(days, &y, &m, &d);
    put_digits(out, (unsigned)(y < 0 ? 0 : y % 10000), 4);
    out[4] = '-';
    put_digits(out + 5, (unsigned)m, 2);
    out[7] = '-';
    put_digits(out + 8, (unsigned)d, 2);
    out[10] = '\0';
}

int weekday(int days)
{
    /* 1970-01-01 was a Thursday (4). */
    int w = (days + 3) % 7;
    if (w < 0) w += 7;
    return w + 1;
}

/* The Gregorian computus of Meeus, Jones and Butcher. */
int easter_sunday(int y)
{
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return days_from_civil(y, month, day);
}

bool is_working_day(int days)
{
    if (weekday(days) >= 6) return false;
    int y, m, d;
    civil_from_days(days, &y, &m, &d);
    if ((m == 1 && d == 1) || (m == 12 && (d == 25 || d == 26))) return false;
    /* King's Day: 27 April, or the 26th when the 27th is a Sunday. */
    int kings = days_from_civil(y, 4, 27);
    if (weekday(kings) == 7) kings--;
    if (days == kings) return false;
    int easter = easter_sunday(y);
    /* Easter Monday, Ascension Day, Whit Monday. */
    return days != easter + 1 && days != easter + 39 && days != easter + 50;
}

int working_days(int first, int last)
{
    int n = 0;
    for (int d = first; d <= last; d++) n += is_working_day(d);
    return n;
}

int iso_week1_monday(int iso_year)
{
    int jan4 = days_from_civil(iso_year, 1, 4);
    return jan4 - (weekday(jan4) - 1);
}

void iso_week(int days, int *iso_year, int *week)
{
    /* The Thursday of a week decides its year. */
    int thursday = days - (weekday(days) - 1) + 3;
    int ty, tm, td;
    civil_from_days(thursday, &ty, &tm, &td);
    *iso_year = ty;
    *week = (thursday - days_from_civil(ty, 1, 1)) / 7 + 1;
}

/* Last Sunday of a month, as a day number. */
static int last_sunday(int y, int m)
{
    int first_next = m == 12 ? days_from_civil(y + 1, 1, 1) : days_from_civil(y, m + 1, 1);
    int last = first_next - 1;
    return last - (weekday(last) % 7);
}

bool ams_in_range(int64_t t)
{
    return t >= AMS_MIN_SECONDS && t <= AMS_MAX_SECONDS;
}

int ams_offset(int64_t utc)
{
    /* Summer time is a rule of the years 1-9999 only. */
    if (!ams_in_range(utc)) return 3600;
    /* Logs come a year or two at a time: the year's summer time is worked
     * out once, not for every record. */
    static _Thread_local struct {
        int64_t first, next;        /* the year's seconds: [first, next) */
        int64_t start, end;         /* its summer time: [start, end) */
    } year = {1, 0, 0, 0};
    if (utc < year.first || utc >= year.next) {
        int64_t day = utc >= 0 ? utc / 86400 : (utc - 86399) / 86400;
        int y, m, d;
        civil_from_days((int)day, &y, &m, &d);
        year.first = (int64_t)days_from_civil(y, 1, 1) * 86400;
        year.next = (int64_t)days_from_civil(y + 1, 1, 1) * 86400;
        year.start = (int64_t)last_sunday(y, 3) * 86400 + 3600;
        year.end = (int64_t)last_sunday(y, 10) * 86400 + 3600;
    }
    return (utc >= year.start && utc < year.end) ? 7200 : 3600;
}

int64_t ams_to_utc(int64_t civil)
{
    if (!ams_in_range(civil)) return civil;
    /* Try summer time first so the autumn overlap resolves to its first
     * occurrence; a spring-gap time matches neither and falls to winter. */
    int64_t summer = civil - 7200;
    if (ams_offset(summer) == 7200) return summer;
    return civil - 3600;
}

int64_t utc_to_ams(int64_t utc)
{
    if (!ams_in_range(utc)) return utc;
    return utc + ams_offset(utc);
}

bool parse_local_time(const char *s, size_t n, int64_t *civil)
{
    int64_t instant;
    return parse_time_instant(s, n, civil, &instant);
}

bool parse_time_instant(const char *s, size_t n, int64_t *civil, int64_t *utc)
{
    int day, hh, mm, ss = 0;
    if (n < 16 || !parse_date(s, 10, &day)) return false;
    if (s[10] != 'T' && s[10] != ' ') return false;
    if (!digits(s + 11, 2, &hh) || s[13] != ':' || !digits(s + 14, 2, &mm)) return false;
    size_t i = 16;
    if (i < n && s[i] == ':') {
        if (n < 19 || !digits(s + 17, 2, &ss)) return false;
        i = 19;
        /* Fractions of a second are accepted and dropped. */
        if (i < n && s[i] == '.') {
            i++;
            size_t start = i;
            while (i < n && isdigit((unsigned char)s[i])) i++;
            if (i == start) return false;
        }
    }
    if (hh > 23 || mm > 59 || ss > 60) return false;
    if (ss == 60) ss = 59;
    int64_t t = (int64_t)day * 86400 + hh * 3600 + mm * 60 + ss;
    if (i == n) {
        *civil = t;
        *utc = ams_to_utc(t);
        return true;
    }
    int offset;
    if (s[i] == 'Z' && i + 1 == n) {
        offset = 0;
    } else if (s[i] == '+' || s[i] == '-') {
        int oh, om;
        const char *o = s + i + 1;
        size_t rest = n - i - 1;
        if (rest == 5 && o[2] == ':' && digits(o, 2, &oh) && digits(o + 3, 2, &om)) {
        } else if (rest == 4 && digits(o, 2, &oh) && digits(o + 2, 2, &om)) {
        } else if (rest == 2 && digits(o, 2, &oh)) {
            om = 0;
        } else {
            return false;
        }
        if (oh > 14 || om > 59) return false;
        offset = (oh * 3600 + om * 60) * (s[i] == '-' ? -1 : 1);
    } else {
        return false;
    }
    *utc = t - offset;
    *civil = utc_to_ams(*utc);
    return true;
}

void format_civil(int64_t civil, char out[20])
{
    int64_t day = civil >= 0 ? civil / 86400 : (civil - 86399) / 86400;
    int64_t sec = civil - day * 86400;
    format_date((int)day, out);
    out[10] = ' ';
    put_digits(out + 11, (unsigned)(sec / 3600), 2);
    out[13] = ':';
    put_digits(out + 14, (unsigned)(sec / 60 % 60), 2);
    out[16] = ':';
    put_digits(out + 17, (unsigned)(sec % 60), 2);
    out[19] = '\0';
}

int64_t now_utc(void)
{
    const char *fixed = getenv("EHTRACK_NOW");
    int64_t civil;
    if (fixed && parse_local_time(fixed, strlen(fixed), &civil))
        return ams_to_utc(civil);
    return (int64_t)time(NULL);
}

int64_t now_civil(void)
{
    return utc_to_ams(now_utc());
}

int today(void)
{
    int64_t c = now_civil();
    return (int)(c >= 0 ? c / 86400 : (c - 86399) / 86400);
}

void now_iso(char out[26])
{
    int64_t utc = now_utc();
    int off = ams_offset(utc);
    format_civil(utc + off, out);
    out[10] = 'T';
    memcpy(out + 19, "+0", 2);
    put_digits(out + 21, (unsigned)(off / 3600), 1);
    memcpy(out + 22, ":00", 4);
}
