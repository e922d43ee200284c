#include "call_legs.h"

#include <sodium.h>
#include <string.h>

#include "datetime.h"
#include "db.h"
#include "log_kinds.h"
#include "log_vocab.h"
#include "record_key.h"

/* answered > voicemail > callback > abandoned */
static int rank(int outcome)
{
    static const int ranks[CALL_OUTCOME_COUNT] = {
        [CALL_ANSWERED] = 3, [CALL_ABANDONED] = 0, [CALL_VOICEMAIL] = 2, [CALL_CALLBACK] = 1};
    return outcome >= 0 && outcome < CALL_OUTCOME_COUNT ? ranks[outcome] : 0;
}

/* The legs seen so far, reduced to what the call needs: one pass, so a
 * call's memory does not grow with its legs. */
struct merger {
    size_t n;
    int64_t first_utc, first_civil;
    int best, inbound;
    /* per answering outcome (answered, voicemail): the earliest answer */
    bool answered[2];
    int64_t answer_utc[2];
    long long answer_talk[2];
    /* the longest leg, for a call nobody answered */
    long long longest;
    int64_t longest_end;
};

static void merger_add(struct merger *m, const struct call_leg *leg)
{
    int64_t start = ams_to_utc(leg->start);
    if (!m->n || start < m->first_utc) {
        m->first_utc = start;
        m->first_civil = leg->start;
    }
    if (!m->n || rank(leg->outcome) > rank(m->best)) m->best = leg->outcome;
    m->inbound |= leg->direction == CALL_IN;
    int k = leg->outcome == CALL_ANSWERED ? 0 : leg->outcome == CALL_VOICEMAIL ? 1 : -1;
    if (k >= 0) {
        int64_t answer = start + leg->wait_s;
        if (!m->answered[k] || answer < m->answer_utc[k] ||
            (answer == m->answer_utc[k] && leg->talk_s > m->answer_talk[k])) {
            m->answered[k] = true;
            m->answer_utc[k] = answer;
            m->answer_talk[k] = leg->talk_s;
        }
    }
    long long length = leg->wait_s + leg->talk_s;
    int64_t end = start + length;
    if (!m->n || length > m->longest || (length == m->longest && end > m->longest_end)) {
        m->longest = length;
        m->longest_end = end;
    }
    m->n++;
}

static void merger_result(const struct merger *m, struct call_leg *call)
{
    memset(call, 0, sizeof *call);
    call->start = m->first_civil;
    call->outcome = m->best;
    call->direction = m->inbound ? 0 : 1;
    int k = m->best == CALL_ANSWERED ? 0 : m->best == CALL_VOICEMAIL ? 1 : -1;
    int64_t until = k >= 0 ? m->answer_utc[k] : m->longest_end;
    call->talk_s = k >= 0 ? m->answer_talk[k] : 0;
    int64_t wait = until - m->first_utc;
    call->wait_s = wait < 0 ? 0 : wait > 86400 ? 86400 : wait;
}

void call_merge(const struct call_leg *legs, size_t n, struct call_leg *call)
{
    struct merger m = {0};
    for (size_t i = 0; i < n; i++) merger_add(&m, &legs[i]);
    merger_result(&m, call);
}

bool call_leg_equal(const struct call_leg *a, const struct call_leg *b)
{
    return a->start == b->start && a->direction == b->direction && a->wait_s == b->wait_s &&
           a->talk_s == b->talk_s && a->outcome == b->outcome;
}

int64_t call_leg_key(int64_t call_key, const struct call_leg *leg)
{
    static const unsigned char key[crypto_shorthash_KEYBYTES] = "ehtrack-call-leg";
    int64_t parts[6] = {call_key, leg->start, leg->direction, leg->wait_s, leg->talk_s, leg->outcome};
    unsigned char h[crypto_shorthash_BYTES];
    crypto_shorthash(h, (const unsigned char *)parts, sizeof parts, key);
    uint64_t v;
    memcpy(&v, h, 8);
    /* A positive 63-bit rowid; collisions probe the keys after it. */
    return (int64_t)(v >> 1);
}

void call_leg_read(sqlite3_stmt *st, int first, struct call_leg *leg)
{
    leg->start = sqlite3_column_int64(st, first);
    leg->direction = sqlite3_column_int(st, first + 1);
    leg->wait_s = sqlite3_column_int64(st, first + 2);
    leg->talk_s = sqlite3_column_int64(st, first + 3);
    leg->outcome = sqlite3_column_int(st, first + 4);
}

void call_leg_bind(sqlite3_stmt *st, int first, const struct call_leg *leg)
{
    const struct kind_field *f = log_kind(KIND_CALLS)->fields;
    sqlite3_bind_int64(st, first, leg->start);
    sqlite3_bind_text(st, first + 1, f[3].values[leg->direction], -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, first + 2, leg->wait_s);
    sqlite3_bind_int64(st, first + 3, leg->talk_s);
    sqlite3_bind_text(st, first + 4, f[6].values[leg->outcome], -1, SQLITE_STATIC);
}

int call_leg_store_open(struct call_leg_store *s, sqlite3 *db, struct eh_error *err)
{
    memset(s, 0, sizeof *s);
    s->db = db;
    if (db_prepare(db, &s->insert, "INSERT INTO call_legs(key, call_key, start, direction, wait_s, talk_s, outcome) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", err) ||
        db_prepare(db, &s->get, "SELECT key, call_key, " CALL_LEG_COLUMNS " FROM call_legs "
                                "WHERE key BETWEEN ?1 AND ?2 ORDER BY key", err) ||
        db_prepare(db, &s->carrier, "INSERT INTO call_leg_imports(import_id, leg_key) VALUES (?1, ?2) "
                                    "ON CONFLICT DO NOTHING", err)) {
        call_leg_store_close(s);
        return EH_IO;
    }
    return EH_OK;
}

int call_leg_store_keep(struct call_leg_store *s, int64_t call_key, const struct call_leg *leg, int64_t *key,
                        bool *fresh, struct eh_error *err)
{
    /* Legs whose keys collide are told apart by their figures, as records
     * by their identity (record_key.h). */
    int64_t home = call_leg_key(call_key, leg);
    int64_t last = home <= INT64_MAX - RECORD_KEY_PROBES ? home + RECORD_KEY_PROBES : INT64_MAX;
    struct record_key_probe probe;
    record_key_probe_start(&probe, home, last);
    sqlite3_stmt *st = s->get;
    sqlite3_bind_int64(st, 1, home);
    sqlite3_bind_int64(st, 2, last);
    int rc;
    while (db_next(st, &rc, err, "reading a leg of a call")) {
        struct call_leg stored;
        call_leg_read(st, 2, &stored);
        if (sqlite3_column_int64(st, 1) == call_key && call_leg_equal(&stored, leg)) {
            *key = sqlite3_column_int64(st, 0);
            *fresh = false;
            sqlite3_reset(st);
            return EH_OK;
        }
        record_key_probe_saw(&probe, sqlite3_column_int64(st, 0));
    }
    sqlite3_reset(st);
    if (rc) return rc;
    if (!record_key_probe_free(&probe, key))
        return eh_fail(err, EH_IO, NULL, 0, 0, "leg keys are exhausted near %lld", (long long)home);
    st = s->insert;
    sqlite3_bind_int64(st, 1, *key);
    sqlite3_bind_int64(st, 2, call_key);
    call_leg_bind(st, 3, leg);
    rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return db_fail(s->db, err, "storing a leg of a call");
    *fresh = true;
    return EH_OK;
}

int call_leg_store_put(struct call_leg_store *s, int64_t call_key, const struct call_leg *leg, long long import_id,
                       int64_t *leg_key, bool *fresh, struct eh_error *err)
{
    if (call_leg_store_keep(s, call_key, leg, leg_key, fresh, err)) return EH_IO;
    sqlite3_stmt *st = s->carrier;
    sqlite3_bind_int64(st, 1, import_id);
    sqlite3_bind_int64(st, 2, *leg_key);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? EH_OK : db_fail(s->db, err, "recording which import carried a leg");
}

void call_leg_store_close(struct call_leg_store *s)
{
    sqlite3_finalize(s->insert);
    sqlite3_finalize(s->get);
    sqlite3_finalize(s->carrier);
    s->insert = s->get = s->carrier = NULL;
}

const char CALL_LEGS_OF_CALL_SQL[] = "SELECT " CALL_LEG_COLUMNS " FROM call_legs WHERE call_key = ?1";

int call_legs_merged(sqlite3 *db, sqlite3_stmt *st, int64_t call_key, struct call_leg *call, bool *found,
                     struct eh_error *err)
{
    struct merger m = {0};
    sqlite3_bind_int64(st, 1, call_key);
    (void)db;   /* the statement's own handle reports a failure */
    int rc;
    while (db_next(st, &rc, err, "reading the legs of a call")) {
        struct call_leg leg;
        call_leg_read(st, 0, &leg);
        merger_add(&m, &leg);
    }
    sqlite3_reset(st);
    if (rc) return rc;
    *found = m.n > 0;
    if (m.n) merger_result(&m, call);
    return EH_OK;
}
