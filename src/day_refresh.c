#include "day_refresh.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "db.h"
#include "month_sums.h"
#include "record_key.h"
#include "util.h"

struct day_span {
    int first, last;            /* DATE_NONE: nothing noted */
};

void day_spans_note(struct day_spans *s, long long practice, int day)
{
    if (practice <= 0) return;
    if ((size_t)practice >= s->cap) {
        size_t cap = s->cap ? s->cap : 64;
        while (cap <= (size_t)practice) cap *= 2;
        s->by_practice = xrealloc(s->by_practice, cap * sizeof *s->by_practice);
        for (size_t i = s->cap; i < cap; i++) s->by_practice[i].first = s->by_practice[i].last = DATE_NONE;
        s->cap = cap;
    }
    struct day_span *sp = &s->by_practice[practice];
    if (sp->first == DATE_NONE || day < sp->first) sp->first = day;
    if (sp->last == DATE_NONE || day > sp->last) sp->last = day;
}

void day_spans_free(struct day_spans *s)
{
    free(s->by_practice);
    memset(s, 0, sizeof *s);
}

/* The consults of one practice that a follow-up count needs, read by
 * the practice's two key ranges (record_key.h): ?1 practice, ?2 ?3 local
 * seconds. */
static int prepare_contacts(sqlite3 *db, sqlite3_stmt **st, struct eh_error *err)
{
    char *ranges = record_key_in_practice_sql("key", "?1");
    char *sql = xasprintf("SELECT patient, start, channel = 'econsult' FROM consults "
                          "WHERE %s AND start >= ?2 AND start < ?3", ranges);
    int rc = db_prepare(db, st, sql, err);
    free(ranges);
    free(sql);
    return rc;
}

struct contact {
    int64_t patient, t;         /* t: real time */
    int day;                    /* local day */
    bool econsult;
    uint64_t order;             /* the sort key of the pass at hand */
};

/* Stable LSD radix sort on order, a byte at a time; a byte all share
 * costs one counting pass. */
static void radix_sort(struct contact *a, struct contact *tmp, size_t n)
{
    struct contact *from = a, *to = tmp;
    for (int shift = 0; shift < 64; shift += 8) {
        size_t count[256] = {0};
        for (size_t i = 0; i < n; i++) count[(from[i].order >> shift) & 255]++;
        if (count[(from[0].order >> shift) & 255] == n) continue;
        size_t sum = 0;
        for (int b = 0; b < 256; b++) {
            size_t c = count[b];
            count[b] = sum;
            sum += c;
        }
        for (size_t i = 0; i < n; i++) to[count[(from[i].order >> shift) & 255]++] = from[i];
        struct contact *t = from;
        from = to;
        to = t;
    }
    if (from != a) memcpy(a, from, n * sizeof *a);
}

/* Groups the contacts by patient, each patient's in time order: by time,
 * then (stably) by a dense number per patient, which is all the grouping
 * needs and sorts in fewer passes than the pseudonym. */
static void sort_by_patient_time(struct contact *c, size_t n)
{
    if (n < 2) return;
    int64_t t_min = c[0].t;
    for (size_t i = 1; i < n; i++)
        if (c[i].t < t_min) t_min = c[i].t;
    size_t size = 16;
    while (size < 2 * n) size *= 2;
    struct patient_slot {
        int64_t patient;
        uint64_t number;        /* 0: empty */
    } *slots = xcalloc(size, sizeof *slots);
    uint64_t numbers = 0;
    for (size_t i = 0; i < n; i++) c[i].order = (uint64_t)(c[i].t - t_min);
    struct contact *tmp = xmalloc(n * sizeof *tmp);
    radix_sort(c, tmp, n);
    for (size_t i = 0; i < n; i++) {
        uint64_t h = (uint64_t)c[i].patient * 0x9E3779B97F4A7C15ULL;
        size_t k = (size_t)(h >> 32) & (size - 1);
        while (slots[k].number && slots[k].patient != c[i].patient) k = (k + 1) & (size - 1);
        if (!slots[k].number) {
            slots[k].patient = c[i].patient;
            slots[k].number = ++numbers;
        }
        c[i].order = slots[k].number;
    }
    radix_sort(c, tmp, n);
    free(tmp);
    free(slots);
}

struct followed_stmts {
    sqlite3_stmt *contacts, *clear, *set;
};

/* An e-consult is followed up by a face-to-face, phone, video or visit
 * consult (every other channel) of the same patient at the same practice
 * in (t, t + 14 days] of real time. Counts the followed e-consults of
 * each day first .. last from the consults of a day before to 16 days
 * after (14 days, and an hour of clock change), and sets them. */
static int refresh_followed(struct followed_stmts *q, long long practice, int first, int last,
                            struct eh_error *err)
{
    struct contact *c = NULL;
    size_t n = 0, cap = 0;
    sqlite3_bind_int64(q->contacts, 1, practice);
    sqlite3_bind_int64(q->contacts, 2, ((int64_t)first - 1) * 86400);
    sqlite3_bind_int64(q->contacts, 3, ((int64_t)last + 16) * 86400);
    int rc;
    while (db_next(q->contacts, &rc, err, "reading consults")) {
        GROW(c, cap, n + 1);
        int64_t start = sqlite3_column_int64(q->contacts, 1);
        c[n].patient = sqlite3_column_int64(q->contacts, 0);
        c[n].t = ams_to_utc(start);
        c[n].day = (int)(start >= 0 ? start / 86400 : (start - 86399) / 86400);
        c[n].econsult = sqlite3_column_int(q->contacts, 2);
        n++;
    }
    sqlite3_reset(q->contacts);
    if (rc) {
        free(c);
        return rc;
    }
    sort_by_patient_time(c, n);
    int ndays = last - first + 1;
    long long *followed = xcalloc((size_t)ndays, sizeof *followed);
    /* From each patient's last contact back: the first follow-up contact
     * strictly after the contacts at hand. */
    int64_t next_followup = 0;
    bool have_next = false;
    for (size_t i = n; i-- > 0;) {
        if (i + 1 == n || c[i].patient != c[i + 1].patient) have_next = false;
        /* Contacts at the same instant: none follows another. */
        size_t j = i;
        while (j > 0 && c[j - 1].patient == c[i].patient && c[j - 1].t == c[i].t) j--;
        bool followup_here = false;
        for (size_t k = j; k <= i; k++) {
            if (!c[k].econsult) {
                followup_here = true;
                continue;
            }
            if (c[k].day >= first && c[k].day <= last && have_next && next_followup <= c[k].t + 1209600)
                followed[c[k].day - first]++;
        }
        if (followup_here) {
            next_followup = c[i].t;
            have_next = true;
        }
        i = j;
    }
    free(c);
    sqlite3_bind_int64(q->clear, 1, practice);
    db_bind_date(q->clear, 2, first);
    db_bind_date(q->clear, 3, last);
    rc = db_step_done(q->clear, err, "counting followed e-consults");
    sqlite3_reset(q->clear);
    for (int d = 0; d < ndays && !rc; d++) {
        if (!followed[d]) continue;
        char day[11];
        format_date(first + d, day);
        sqlite3_bind_int64(q->set, 1, practice);
        sqlite3_bind_text(q->set, 2, day, 10, SQLITE_STATIC);
        sqlite3_bind_int64(q->set, 3, followed[d]);
        rc = db_step_done(q->set, err, "counting followed e-consults");
        sqlite3_reset(q->set);
    }
    free(followed);
    return rc;
}

/* Bound: ?1 practice, ?2 ?3 the first and last day, ?4 ?5 the local
 * seconds of the first day's midnight and of the midnight after the last. */
static const char *const message_sql[] = {
    "DELETE FROM message_days WHERE practice_id = ?1 AND day BETWEEN ?2 AND ?3",
    "INSERT INTO message_days(practice_id, day, n, answered, econsult, email, sms, whatsapp, other) "
    "SELECT ?1, date(received, 'unixepoch'), count(*), count(answered), sum(channel = 'econsult'),"
    "  sum(channel = 'email'), sum(channel = 'sms'), sum(channel = 'whatsapp'), sum(channel = 'other') "
    "FROM messages WHERE practice_id = ?1 AND received >= ?4 AND received < ?5 GROUP BY 2",
    "DELETE FROM econsult_responses WHERE practice_id = ?1 AND day BETWEEN ?2 AND ?3",
    "INSERT INTO econsult_responses(practice_id, day, seconds, n) "
    "SELECT ?1, date(received, 'unixepoch'), ams_utc(answered) - ams_utc(received), count(*) "
    "FROM messages WHERE practice_id = ?1 AND received >= ?4 AND received < ?5 "
    "  AND channel = 'econsult' AND answered IS NOT NULL GROUP BY 2, 3",
    "DELETE FROM econsult_open WHERE practice_id = ?1 AND day BETWEEN ?2 AND ?3",
    "INSERT INTO econsult_open(practice_id, day, received_utc, n) "
    "SELECT ?1, date(received, 'unixepoch'), ams_utc(received), count(*) "
    "FROM messages WHERE practice_id = ?1 AND received >= ?4 AND received < ?5 "
    "  AND channel = 'econsult' AND answered IS NULL GROUP BY 2, 3",
};

static int refresh_consults(sqlite3 *db, struct day_spans *s, struct eh_error *err)
{
    struct followed_stmts q = {0};
    int rc = EH_OK;
    if (prepare_contacts(db, &q.contacts, err) ||
        db_prepare(db, &q.clear, "UPDATE consult_days SET econsult_followed = 0 "
                                 "WHERE practice_id = ?1 AND day BETWEEN ?2 AND ?3 AND econsult_followed <> 0", err) ||
        db_prepare(db, &q.set, "UPDATE consult_days SET econsult_followed = ?3 WHERE practice_id = ?1 AND day = ?2",
                   err))
        rc = EH_IO;
    struct month_refresh months = {0};
    if (!rc) rc = month_refresh_begin(&months, db, KIND_CONSULTS, err);
    for (size_t p = 0; p < s->cap && !rc; p++) {
        struct day_span *sp = &s->by_practice[p];
        if (sp->first == DATE_NONE) continue;
        /* A consult's arrival or leave changes the follow-up of the
         * e-consults of the 14 days (and an hour) before it. */
        rc = refresh_followed(&q, (long long)p, sp->first - 15, sp->last, err);
        if (!rc) rc = month_sums_refresh(&months, (long long)p, sp->first - 15, sp->last, err);
        sp->first = sp->last = DATE_NONE;
    }
    month_refresh_end(&months);
    sqlite3_finalize(q.contacts);
    sqlite3_finalize(q.clear);
    sqlite3_finalize(q.set);
    return rc;
}

static int refresh_messages(sqlite3 *db, struct day_spans *s, struct eh_error *err)
{
    sqlite3_stmt *st[ARRAY_LEN(message_sql)] = {0};
    int rc = EH_OK;
    for (size_t i = 0; i < ARRAY_LEN(message_sql) && !rc; i++) rc = db_prepare(db, &st[i], message_sql[i], err);
    struct month_refresh months = {0};
    if (!rc) rc = month_refresh_begin(&months, db, KIND_MESSAGES, err);
    for (size_t p = 0; p < s->cap && !rc; p++) {
        struct day_span *sp = &s->by_practice[p];
        if (sp->first == DATE_NONE) continue;
        char from[11], to[11];
        format_date(sp->first, from);
        format_date(sp->last, to);
        for (size_t i = 0; i < ARRAY_LEN(message_sql) && !rc; i++) {
            sqlite3_bind_int64(st[i], 1, (sqlite3_int64)p);
            sqlite3_bind_text(st[i], 2, from, 10, SQLITE_STATIC);
            sqlite3_bind_text(st[i], 3, to, 10, SQLITE_STATIC);
            if (sqlite3_bind_parameter_count(st[i]) >= 5) {
                sqlite3_bind_int64(st[i], 4, (sqlite3_int64)sp->first * 86400);
                sqlite3_bind_int64(st[i], 5, ((sqlite3_int64)sp->last + 1) * 86400);
            }
            rc = db_step_done(st[i], err, "counting messages per day");
            sqlite3_reset(st[i]);
        }
        if (!rc) rc = month_sums_refresh(&months, (long long)p, sp->first, sp->last, err);
        sp->first = sp->last = DATE_NONE;
    }
    month_refresh_end(&months);
    for (size_t i = 0; i < ARRAY_LEN(message_sql); i++) sqlite3_finalize(st[i]);
    return rc;
}

int day_refresh(sqlite3 *db, enum log_kind kind, struct day_spans *s, struct eh_error *err)
{
    if (kind == KIND_CONSULTS) return refresh_consults(db, s, err);
    if (kind == KIND_MESSAGES) return refresh_messages(db, s, err);
    return EH_OK;
}
