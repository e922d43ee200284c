#include "day_counts.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "db.h"
#include "log_vocab.h"
#include "month_sums.h"
#include "util.h"

/* The columns of consult_days and call_days after practice_id and day. */
#define DAY_COUNTERS 14

struct day_slot {
    int32_t practice, day;
    bool used;
    long long c[DAY_COUNTERS];
};

static size_t day_hash(int32_t practice, int32_t day)
{
    uint64_t h = (uint64_t)(uint32_t)practice * 0x9E3779B97F4A7C15ULL ^ (uint64_t)(uint32_t)day * 0xC2B2AE3D27D4EB4FULL;
    return (size_t)(h ^ (h >> 31));
}

static long long *slot_counters(struct day_counts *c, int32_t practice, int32_t day)
{
    /* Rows of a practice-day mostly come together. */
    if (c->recent && c->recent->practice == practice && c->recent->day == day) return c->recent->c;
    c->recent = NULL;
    if ((c->count + 1) * 10 > c->cap * 7) {
        size_t old_cap = c->cap;
        struct day_slot *old = c->slots;
        c->cap = old_cap ? old_cap * 2 : 1024;
        c->slots = xcalloc(c->cap, sizeof *c->slots);
        c->count = 0;
        for (size_t i = 0; i < old_cap; i++)
            if (old[i].used) memcpy(slot_counters(c, old[i].practice, old[i].day), old[i].c, sizeof old[i].c);
        free(old);
    }
    size_t i = day_hash(practice, day) & (c->cap - 1);
    while (c->slots[i].used && (c->slots[i].practice != practice || c->slots[i].day != day))
        i = (i + 1) & (c->cap - 1);
    if (!c->slots[i].used) {
        memset(&c->slots[i], 0, sizeof c->slots[i]);
        c->slots[i].used = true;
        c->slots[i].practice = practice;
        c->slots[i].day = day;
        c->count++;
    }
    c->recent = &c->slots[i];
    return c->slots[i].c;
}

void day_counts_consult(struct day_counts *c, long long practice, int day, int channel, int reason, int sign)
{
    /* n; f2f phone econsult video visit; result medication followup
     * other; the same four reasons through e-consult. */
    enum { BY_CHANNEL = 1, BY_REASON = BY_CHANNEL + CONSULT_CHANNEL_COUNT, ECONSULT_BY_REASON = BY_REASON + REASON_COUNT };
    long long *k = slot_counters(c, (int32_t)practice, day);
    k[0] += sign;
    k[BY_CHANNEL + channel] += sign;
    if (reason >= 0) {
        k[BY_REASON + reason] += sign;
        if (channel == CONSULT_ECONSULT) k[ECONSULT_BY_REASON + reason] += sign;
    }
}

void day_counts_call(struct day_counts *c, long long practice, int day, int direction, int outcome,
                     long long wait_s, long long talk_s, int sign)
{
    /* inbound answered abandoned voicemail callback outbound;
     * inbound_wait_s answered_wait_s talk_s */
    enum { BY_OUTCOME = 1, OUTBOUND = BY_OUTCOME + CALL_OUTCOME_COUNT, INBOUND_WAIT, ANSWERED_WAIT, TALK };
    long long *k = slot_counters(c, (int32_t)practice, day);
    if (direction == CALL_IN) {
        k[0] += sign;
        k[BY_OUTCOME + outcome] += sign;
        k[INBOUND_WAIT] += sign * wait_s;
        if (outcome == CALL_ANSWERED) k[ANSWERED_WAIT] += sign * wait_s;
    } else {
        k[OUTBOUND] += sign;
    }
    k[TALK] += sign * talk_s;
}

size_t day_counts_size(const struct day_counts *c)
{
    return c->count;
}

static int by_practice_day(const void *a, const void *b)
{
    const struct day_slot *x = a, *y = b;
    if (x->practice != y->practice) return x->practice < y->practice ? -1 : 1;
    return (x->day > y->day) - (x->day < y->day);
}

int day_counts_flush(struct day_counts *c, sqlite3 *db, enum log_kind kind, struct eh_error *err)
{
    if (!c->count) return EH_OK;
    static const char *const sql[2] = {
        "INSERT INTO consult_days(practice_id, day, n, f2f, phone, econsult, video, visit, result, medication, "
        "followup, other, econsult_result, econsult_medication, econsult_followup, econsult_other) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) "
        "ON CONFLICT DO UPDATE SET n = n + excluded.n, f2f = f2f + excluded.f2f, phone = phone + excluded.phone, "
        "econsult = econsult + excluded.econsult, video = video + excluded.video, visit = visit + excluded.visit, "
        "result = result + excluded.result, medication = medication + excluded.medication, "
        "followup = followup + excluded.followup, other = other + excluded.other, "
        "econsult_result = econsult_result + excluded.econsult_result, "
        "econsult_medication = econsult_medication + excluded.econsult_medication, "
        "econsult_followup = econsult_followup + excluded.econsult_followup, "
        "econsult_other = econsult_other + excluded.econsult_other",
        "INSERT INTO call_days(practice_id, day, inbound, answered, abandoned, voicemail, callback, outbound, "
        "inbound_wait_s, answered_wait_s, talk_s) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
        "ON CONFLICT DO UPDATE SET inbound = inbound + excluded.inbound, answered = answered + excluded.answered, "
        "abandoned = abandoned + excluded.abandoned, voicemail = voicemail + excluded.voicemail, "
        "callback = callback + excluded.callback, outbound = outbound + excluded.outbound, "
        "inbound_wait_s = inbound_wait_s + excluded.inbound_wait_s, "
        "answered_wait_s = answered_wait_s + excluded.answered_wait_s, talk_s = talk_s + excluded.talk_s",
    };
    static const char *const emptied_sql[2] = {
        "DELETE FROM consult_days WHERE practice_id = ?1 AND day = ?2 AND n = 0",
        "DELETE FROM call_days WHERE practice_id = ?1 AND day = ?2 AND inbound = 0 AND outbound = 0",
    };
    bool calls = kind == KIND_CALLS;
    int ncounters = calls ? 9 : 14;
    /* In key order the rows append to the table instead of landing anywhere. */
    struct day_slot *sorted = xmalloc(c->count * sizeof *sorted);
    size_t n = 0;
    for (size_t i = 0; i < c->cap; i++)
        if (c->slots[i].used) sorted[n++] = c->slots[i];
    qsort(sorted, n, sizeof *sorted, by_practice_day);
    memset(c->slots, 0, c->cap * sizeof *c->slots);
    c->count = 0;
    c->recent = NULL;
    sqlite3_stmt *st, *emptied;
    if (db_prepare(db, &st, sql[calls], err)) {
        free(sorted);
        return EH_IO;
    }
    if (db_prepare(db, &emptied, emptied_sql[calls], err)) {
        sqlite3_finalize(st);
        free(sorted);
        return EH_IO;
    }
    int rc = EH_OK;
    for (size_t i = 0; i < n && !rc; i++) {
        /* A record that moved to another day (an earlier leg of a call)
         * leaves counts that cancel out; a day whose records all went
         * (moved, or taken back with their import) keeps no row. */
        bool changed = false, fell = false;
        for (int k = 0; k < ncounters; k++) {
            changed |= sorted[i].c[k] != 0;
            fell |= sorted[i].c[k] < 0;
        }
        if (!changed) continue;
        char day[11];
        format_date(sorted[i].day, day);
        sqlite3_bind_int64(st, 1, sorted[i].practice);
        sqlite3_bind_text(st, 2, day, 10, SQLITE_TRANSIENT);
        for (int k = 0; k < ncounters; k++) sqlite3_bind_int64(st, 3 + k, sorted[i].c[k]);
        if (sqlite3_step(st) != SQLITE_DONE) rc = db_fail(db, err, "adding daily counts");
        sqlite3_reset(st);
        if (!rc && fell) {
            sqlite3_bind_int64(emptied, 1, sorted[i].practice);
            sqlite3_bind_text(emptied, 2, day, 10, SQLITE_TRANSIENT);
            if (sqlite3_step(emptied) != SQLITE_DONE) rc = db_fail(db, err, "dropping an empty day");
            sqlite3_reset(emptied);
        }
    }
    sqlite3_finalize(st);
    sqlite3_finalize(emptied);
    /* Call months follow their days here; consult months wait for
     * day_refresh, which follows every flush of consults. */
    struct month_refresh months;
    if (!rc && calls && month_refresh_begin(&months, db, KIND_CALLS, err)) rc = EH_IO;
    else if (!rc && calls) {
        for (size_t i = 0, j; i < n && !rc; i = j) {
            for (j = i + 1; j < n && sorted[j].practice == sorted[i].practice;) j++;
            rc = month_sums_refresh(&months, sorted[i].practice, sorted[i].day, sorted[j - 1].day, err);
        }
        month_refresh_end(&months);
    }
    free(sorted);
    return rc;
}

void day_counts_free(struct day_counts *c)
{
    free(c->slots);
    memset(c, 0, sizeof *c);
}
