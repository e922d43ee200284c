#include "record_key.h"

#include <sodium.h>
#include <stdarg.h>
#include <string.h>

#include "call_legs.h"
#include "db.h"
#include "key_sorter.h"
#include "log_kinds.h"
#include "record_carriers.h"
#include "util.h"

#ifndef EHTRACK_RECORD_KEY_BITS
#define EHTRACK_RECORD_KEY_BITS RECORD_KEY_ID_BITS
#endif

/* Homes a hashed id can have: the probes after the last one stay in the
 * practice's range. */
#define RANGE_KEYS ((uint64_t)1 << RECORD_KEY_ID_BITS)
#define HOMES (((uint64_t)1 << EHTRACK_RECORD_KEY_BITS) < RANGE_KEYS - RECORD_KEY_PROBES \
                   ? ((uint64_t)1 << EHTRACK_RECORD_KEY_BITS)                           \
                   : RANGE_KEYS - RECORD_KEY_PROBES)

bool record_key_integer_id(const char *s, size_t n, long long *out)
{
    if (n == 0 || n > 18 || (s[0] == '0' && n > 1)) return false;
    long long v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

/* Not a secret: it spreads ids over a practice's range. The same hash as
 * the keys of schema 6 (which took 62 bits of it). */
static uint64_t id_hash(long long practice_id, const char *s, size_t n)
{
    static const unsigned char key[crypto_shorthash_KEYBYTES] = "ehtrack-rec-key";
    unsigned char buf[8 + 64];
    if (n > 64) n = 64;                 /* log_kinds.c refuses longer ids */
    memcpy(buf, &practice_id, 8);
    memcpy(buf + 8, s, n);
    unsigned char h[crypto_shorthash_BYTES];
    crypto_shorthash(h, buf, 8 + n, key);
    uint64_t v;
    memcpy(&v, h, 8);
    return v;
}

void record_key_of(long long practice_id, const char *s, size_t n, struct record_key *key)
{
    long long value;
    if (record_key_integer_id(s, n, &value) && value < (long long)RANGE_KEYS) {
        key->home = key->last = (int64_t)practice_id << RECORD_KEY_ID_BITS | value;
        key->packed = true;
        return;
    }
    int64_t first, last;
    record_key_range(practice_id, true, &first, &last);
    key->home = first + (int64_t)(id_hash(practice_id, s, n) % HOMES);
    key->last = key->home + RECORD_KEY_PROBES;
    key->packed = false;
}

void record_key_range(long long practice_id, bool hashed, int64_t *first, int64_t *last)
{
    *first = (hashed ? RECORD_KEY_HASHED_BASE : 0) | (int64_t)practice_id << RECORD_KEY_ID_BITS;
    *last = *first + (int64_t)(RANGE_KEYS - 1);
}

char *record_key_in_practice_sql(const char *k, const char *p)
{
    return xasprintf("(%s BETWEEN (%s << %d) AND ((%s + 1) << %d) - 1 OR "
                     "%s BETWEEN %lld + (%s << %d) AND %lld + ((%s + 1) << %d) - 1)",
                     k, p, RECORD_KEY_ID_BITS, p, RECORD_KEY_ID_BITS, k, (long long)RECORD_KEY_HASHED_BASE, p,
                     RECORD_KEY_ID_BITS, (long long)RECORD_KEY_HASHED_BASE, p, RECORD_KEY_ID_BITS);
}

void record_key_probe_start(struct record_key_probe *p, int64_t home, int64_t last)
{
    p->next = home;
    p->last = last;
    p->full = false;
}

void record_key_probe_saw(struct record_key_probe *p, int64_t held)
{
    if (p->full || held != p->next) return;
    if (p->next == p->last) p->full = true;
    else p->next++;
}

bool record_key_probe_free(const struct record_key_probe *p, int64_t *key)
{
    if (p->full) return false;
    *key = p->next;
    return true;
}

/* ---- migration 7 ---------------------------------------------------------------- */

static int exec_fmt(sqlite3 *db, struct eh_error *err, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int exec_fmt(sqlite3 *db, struct eh_error *err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *sql = sqlite3_vmprintf(fmt, ap);
    va_end(ap);
    int rc = sql ? db_exec(db, sql, err) : eh_fail(err, EH_IO, NULL, 0, 0, "out of memory");
    sqlite3_free(sql);
    return rc;
}

/* temp.rekey(new, old): where each record of table with a hashed key
 * goes, in the order of the new keys. The records are sorted by home, so
 * each takes the first key from its home that no record before it took. */
static int plan_moves(sqlite3 *db, const char *table, struct eh_error *err)
{
    char *sql = xasprintf("SELECT key, practice_id, CAST(id AS TEXT) FROM %s WHERE key >= %lld ORDER BY key", table,
                          (long long)RECORD_KEY_HASHED_BASE);
    sqlite3_stmt *st = NULL, *add = NULL;
    struct key_sorter homes;
    key_sorter_init(&homes, 4 << 20);
    int rc = db_prepare(db, &st, sql, err) ||
                     db_exec(db, "DROP TABLE IF EXISTS temp.rekey;"
                                 "CREATE TEMP TABLE rekey(new INTEGER PRIMARY KEY, old INTEGER NOT NULL);", err) ||
                     db_prepare(db, &add, "INSERT INTO temp.rekey(new, old) VALUES (?1, ?2)", err)
                 ? EH_IO
                 : EH_OK;
    free(sql);
    while (!rc && db_next(st, &rc, err, "reading the record keys")) {
        long long practice = sqlite3_column_int64(st, 1);
        int64_t old = sqlite3_column_int64(st, 0);
        if (practice < 1 || practice >= RECORD_KEY_MAX_PRACTICE) {
            rc = eh_fail(err, EH_IO, NULL, 0, 0, "%s holds records of practice number %lld; records can be kept "
                         "for numbers 1 to %lld only", table, practice, RECORD_KEY_MAX_PRACTICE - 1);
            break;
        }
        struct record_key place;
        record_key_of(practice, (const char *)sqlite3_column_text(st, 2), (size_t)sqlite3_column_bytes(st, 2), &place);
        rc = key_sorter_add(&homes, place.home, &old, sizeof old, err);
    }
    if (!rc) rc = key_sorter_finish(&homes, err);
    int64_t taken = INT64_MIN, home;
    const void *rec;
    size_t len;
    int got;
    while (!rc && (got = key_sorter_next(&homes, &home, &rec, &len, err)) == 1) {
        int64_t old, key = home > taken ? home : taken + 1;
        memcpy(&old, rec, sizeof old);
        if (key > home + RECORD_KEY_PROBES) {
            rc = eh_fail(err, EH_IO, NULL, 0, 0, "record keys are exhausted near %lld", (long long)home);
            break;
        }
        sqlite3_bind_int64(add, 1, key);
        sqlite3_bind_int64(add, 2, old);
        if (sqlite3_step(add) != SQLITE_DONE) rc = db_fail(db, err, "planning the new record keys");
        sqlite3_reset(add);
        taken = key;
    }
    if (!rc && got != 0) rc = got;
    sqlite3_finalize(st);
    sqlite3_finalize(add);
    key_sorter_free(&homes);
    if (!rc) rc = db_exec(db, "CREATE INDEX temp.rekey_old ON rekey(old);", err);
    return rc;
}

/* Every row of table whose key column is a moved record's (the rows
 * `moved`, an SQL condition, names) goes to the record's new key: copied
 * out, deleted, inserted back in key order. */
static int move_rows(sqlite3 *db, const char *table, const char *key_col, const char *columns, const char *moved,
                     struct eh_error *err)
{
    return exec_fmt(db, err,
                    "DROP TABLE IF EXISTS temp.moving;"
                    "CREATE TEMP TABLE moving AS SELECT r.new AS %s, %s FROM temp.rekey r "
                    "  JOIN main.%s t ON t.%s = r.old;"
                    "DELETE FROM main.%s WHERE %s;"
                    "INSERT INTO main.%s(%s, %s) SELECT %s, %s FROM temp.moving ORDER BY 1;"
                    "DROP TABLE temp.moving;",
                    key_col, columns, table, key_col, table, moved, table, key_col, columns, key_col, columns);
}

/* The legs of moved calls follow their call, each kept again under its new
 * call's key: `calls` is an SQL condition on call_key naming the legs of
 * the calls in temp.rekey before they move, `moved` the same legs after. */
static int move_legs(sqlite3 *db, const char *calls, const char *moved, struct eh_error *err)
{
    if (exec_fmt(db, err,
                 "UPDATE call_legs SET call_key = coalesce((SELECT new FROM temp.rekey WHERE old = call_key), "
                 "  call_key) WHERE %s;"
                 "DROP TABLE IF EXISTS temp.moving_legs;"
                 "CREATE TEMP TABLE moving_legs AS SELECT key AS old, call_key, start, direction, wait_s, talk_s, "
                 "  outcome FROM call_legs WHERE %s;"
                 "DELETE FROM call_legs WHERE %s;"
                 "DROP TABLE IF EXISTS temp.leg_rekey;"
                 "CREATE TEMP TABLE leg_rekey(old INTEGER PRIMARY KEY, new INTEGER NOT NULL);",
                 calls, moved, moved))
        return EH_IO;
    struct call_leg_store store;
    sqlite3_stmt *legs = NULL, *map = NULL;
    int rc = call_leg_store_open(&store, db, err) ||
                     db_prepare(db, &legs, "SELECT old, call_key, " CALL_LEG_COLUMNS " FROM temp.moving_legs "
                                           "ORDER BY call_key, old", err) ||
                     db_prepare(db, &map, "INSERT INTO temp.leg_rekey(old, new) VALUES (?1, ?2)", err)
                 ? EH_IO
                 : EH_OK;
    while (!rc && db_next(legs, &rc, err, "reading the legs of calls")) {
        struct call_leg leg;
        call_leg_read(legs, 2, &leg);
        int64_t key;
        bool fresh;
        if ((rc = call_leg_store_keep(&store, sqlite3_column_int64(legs, 1), &leg, &key, &fresh, err))) break;
        sqlite3_bind_int64(map, 1, sqlite3_column_int64(legs, 0));
        sqlite3_bind_int64(map, 2, key);
        if (sqlite3_step(map) != SQLITE_DONE) rc = db_fail(db, err, "moving the legs of calls");
        sqlite3_reset(map);
    }
    sqlite3_finalize(legs);
    sqlite3_finalize(map);
    call_leg_store_close(&store);
    if (!rc)
        rc = db_exec(db, "DROP TABLE IF EXISTS temp.moving;"
                         "CREATE TEMP TABLE moving AS SELECT i.import_id, m.new AS leg_key "
                         "  FROM call_leg_imports i JOIN temp.leg_rekey m ON m.old = i.leg_key;"
                         "DELETE FROM call_leg_imports WHERE leg_key IN (SELECT old FROM temp.leg_rekey);"
                         "INSERT OR IGNORE INTO call_leg_imports(import_id, leg_key) "
                         "  SELECT import_id, leg_key FROM temp.moving;"
                         "DROP TABLE temp.moving; DROP TABLE temp.moving_legs; DROP TABLE temp.leg_rekey;",
                     err);
    return rc;
}

int record_key_migrate(sqlite3 *db, struct eh_error *err)
{
    char hashed[64];
    snprintf(hashed, sizeof hashed, "key >= %lld", (long long)RECORD_KEY_HASHED_BASE);
    char legs[64];
    snprintf(legs, sizeof legs, "call_key >= %lld", (long long)RECORD_KEY_HASHED_BASE);
    for (int k = 0; k < KIND_COUNT; k++) {
        const struct carrier_kind *ck = &CARRIER_KINDS[k];
        char *records = xasprintf("practice_id, id, %s, import_id", ck->figures);
        char *carriers = xasprintf("import_id, same, %s", ck->figures);
        int rc = plan_moves(db, ck->records, err) || move_rows(db, ck->records, "key", records, hashed, err) ||
                         move_rows(db, ck->carriers, "key", carriers, hashed, err) ||
                         (k == KIND_CALLS && move_legs(db, legs, legs, err))
                     ? EH_IO
                     : EH_OK;
        free(records);
        free(carriers);
        if (rc) return rc;
    }
    return db_exec(db, "DROP TABLE IF EXISTS temp.rekey;", err);
}

int record_key_follow(sqlite3 *db, int kind, struct eh_error *err)
{
    const struct carrier_kind *ck = &CARRIER_KINDS[kind];
    char *carriers = xasprintf("import_id, same, %s", ck->figures);
    int rc = move_rows(db, ck->carriers, "key", carriers, "key IN (SELECT old FROM temp.rekey)", err) ||
                     (kind == KIND_CALLS && move_legs(db, "call_key IN (SELECT old FROM temp.rekey)",
                                                      "call_key IN (SELECT new FROM temp.rekey)", err))
                 ? EH_IO
                 : EH_OK;
    free(carriers);
    return rc;
}
