#include "day_refresh.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "db.h"
#include "followups.h"
#include "month_sums.h"
#include "record_key.h"
#include "util.h"

/* A day's followed e-consults. */
struct followed_day {
    int day;
    long long n;
};

struct day_span {
    int first, last;            /* DATE_NONE: nothing noted */
    /* Counted in memory (day_spans_count_followed): the days of first - 15
     * .. last with followed e-consults, a few a practice. */
    bool counted;
    struct followed_day *followed;
    size_t nfollowed;
};

void day_spans_note(struct day_spans *s, long long practice, int day)
{
    if (practice <= 0) return;
    if ((size_t)practice >= s->cap) {
        size_t cap = s->cap ? s->cap : 64;
        while (cap <= (size_t)practice) cap *= 2;
        s->by_practice = xrealloc(s->by_practice, cap * sizeof *s->by_practice);
        for (size_t i = s->cap; i < cap; i++) {
            s->by_practice[i].first = s->by_practice[i].last = DATE_NONE;
            s->by_practice[i].counted = false;
            s->by_practice[i].followed = NULL;
        }
        s->cap = cap;
    }
    struct day_span *sp = &s->by_practice[practice];
    /* A record noted after the count may change it. */
    free(sp->followed);
    sp->followed = NULL;
    sp->counted = false;
    if (sp->first == DATE_NONE || day < sp->first) sp->first = day;
    if (sp->last == DATE_NONE || day > sp->last) sp->last = day;
}

/* The followed e-consults of the days first .. last, counted with the
 * follow-up rule from contacts f, as the days that have some. */
static struct followed_day *count_followed(struct followups *f, int first, int last, size_t *n)
{
    long long *counts = xmalloc((size_t)(last - first + 1) * sizeof *counts);
    followups_count(f, first, last, counts);
    struct followed_day *followed = NULL;
    size_t cap = 0;
    *n = 0;
    for (int d = 0; d <= last - first; d++) {
        if (!counts[d]) continue;
        GROW(followed, cap, *n + 1);
        followed[(*n)++] = (struct followed_day){first + d, counts[d]};
    }
    free(counts);
    return followed;
}

void day_spans_count_followed(struct day_spans *s, long long practice, struct followups *f)
{
    if (practice <= 0 || (size_t)practice >= s->cap) return;
    struct day_span *sp = &s->by_practice[practice];
    if (sp->first == DATE_NONE) return;
    free(sp->followed);
    sp->followed = count_followed(f, sp->first - 15, sp->last, &sp->nfollowed);
    sp->counted = true;
}

void day_spans_free(struct day_spans *s)
{
    for (size_t i = 0; i < s->cap; i++) free(s->by_practice[i].followed);
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

struct followed_stmts {
    sqlite3_stmt *contacts, *clear, *set;
};

/* The consults of a practice from a day before first to 16 days after
 * last (followups.h), as stored. */
static int read_contacts(struct followed_stmts *q, long long practice, int first, int last, struct followups *f,
                         struct eh_error *err)
{
    followups_clear(f);
    sqlite3_bind_int64(q->contacts, 1, practice);
    sqlite3_bind_int64(q->contacts, 2, ((int64_t)first - 1) * 86400);
    sqlite3_bind_int64(q->contacts, 3, ((int64_t)last + 16) * 86400);
    int rc;
    while (db_next(q->contacts, &rc, err, "reading consults"))
        followups_add(f, sqlite3_column_int64(q->contacts, 0), sqlite3_column_int64(q->contacts, 1),
                      sqlite3_column_int(q->contacts, 2));
    sqlite3_reset(q->contacts);
    return rc;
}

/* Sets the followed e-consults of each day first .. last: those of the
 * days listed, 0 elsewhere. */
static int set_followed(struct followed_stmts *q, long long practice, int first, int last,
                        const struct followed_day *followed, size_t nfollowed, struct eh_error *err)
{
    sqlite3_bind_int64(q->clear, 1, practice);
    db_bind_date(q->clear, 2, first);
    db_bind_date(q->clear, 3, last);
    int rc = db_step_done(q->clear, err, "counting followed e-consults");
    sqlite3_reset(q->clear);
    for (size_t i = 0; i < nfollowed && !rc; i++) {
        char day[11];
        format_date(followed[i].day, day);
        sqlite3_bind_int64(q->set, 1, practice);
        sqlite3_bind_text(q->set, 2, day, 10, SQLITE_STATIC);
        sqlite3_bind_int64(q->set, 3, followed[i].n);
        rc = db_step_done(q->set, err, "counting followed e-consults");
        sqlite3_reset(q->set);
    }
    return rc;
}

/* Counts the followed e-consults of each day first .. last and sets them:
 * counted in memory already, or from the consults stored. */
static int refresh_followed(struct followed_stmts *q, long long practice, int first, int last,
                            const struct day_span *sp, struct followups *f, struct eh_error *err)
{
    if (sp->counted) return set_followed(q, practice, first, last, sp->followed, sp->nfollowed, err);
    int rc = read_contacts(q, practice, first, last, f, err);
    if (rc) return rc;
    size_t n;
    struct followed_day *followed = count_followed(f, first, last, &n);
    rc = set_followed(q, practice, first, last, followed, n, err);
    free(followed);
    return rc;
}

/* Bound: ?1 practice, ?2 ?3 the first and last day, ?4 ?5 the local
 * seconds of the first day's midnight and of the midnight after the last. */
static const char *const message_sql[] = {
    "DELETE FROM message_days WHERE practice_id = ?1 AND day BETWEEN ?2 AND ?3",
    "INSERT OR FAIL INTO message_days(practice_id, day, n, answered, econsult, email, sms, whatsapp, other) "
    "SELECT ?1, date(received, 'unixepoch'), count(*), count(answered), sum(channel = 'econsult'),"
    "  sum(channel = 'email'), sum(channel = 'sms'), sum(channel = 'whatsapp'), sum(channel = 'other') "
    "FROM messages WHERE practice_id = ?1 AND received >= ?4 AND received < ?5 GROUP BY 2",
    "DELETE FROM econsult_responses WHERE practice_id = ?1 AND day BETWEEN ?2 AND ?3",
    "INSERT OR FAIL INTO econsult_responses(practice_id, day, n, times) "
    "SELECT ?1, date(received, 'unixepoch'), count(*), value_list(ams_utc(answered) - ams_utc(received)) "
    "FROM messages WHERE practice_id = ?1 AND received >= ?4 AND received < ?5 "
    "  AND channel = 'econsult' AND answered IS NOT NULL GROUP BY 2",
    "DELETE FROM econsult_open WHERE practice_id = ?1 AND day BETWEEN ?2 AND ?3",
    "INSERT OR FAIL INTO econsult_open(practice_id, day, received_utc, n) "
    "SELECT ?1, date(received, 'unixepoch'), ams_utc(received), count(*) "
    "FROM messages WHERE practice_id = ?1 AND received >= ?4 AND received < ?5 "
    "  AND channel = 'econsult' AND answered IS NULL GROUP BY 2, 3",
};

static int refresh_consults(sqlite3 *db, struct day_spans *s, struct eh_error *err)
{
    struct followed_stmts q = {0};
    int rc = EH_OK;
    if (prepare_contacts(db, &q.contacts, err) ||
        db_prepare(db, &q.clear, "UPDATE OR FAIL consult_days SET econsult_followed = 0 "
                                 "WHERE practice_id = ?1 AND day BETWEEN ?2 AND ?3 AND econsult_followed <> 0", err) ||
        db_prepare(db, &q.set, "UPDATE consult_days SET econsult_followed = ?3 WHERE practice_id = ?1 AND day = ?2",
                   err))
        rc = EH_IO;
    struct month_refresh months = {0};
    if (!rc) rc = month_refresh_begin(&months, db, KIND_CONSULTS, err);
    struct followups contacts;
    followups_init(&contacts);
    for (size_t p = 0; p < s->cap && !rc; p++) {
        struct day_span *sp = &s->by_practice[p];
        if (sp->first == DATE_NONE) continue;
        /* A consult's arrival or leave changes the follow-up of the
         * e-consults of the 14 days (and an hour) before it. */
        rc = refresh_followed(&q, (long long)p, sp->first - 15, sp->last, sp, &contacts, err);
        if (!rc) rc = month_sums_refresh(&months, (long long)p, sp->first - 15, sp->last, err);
        sp->first = sp->last = DATE_NONE;
        free(sp->followed);
        sp->followed = NULL;
        sp->counted = false;
    }
    followups_free(&contacts);
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
