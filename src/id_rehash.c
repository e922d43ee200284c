#include "id_rehash.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sodium.h>

#include "db.h"
#include "import_run.h"
#include "log_kinds.h"
#include "pseudo.h"
#include "record_carriers.h"
#include "record_key.h"
#include "util.h"

/* A meta row: migration 14 waits for the database's key. */
#define PENDING_KEY "ids_unhashed"

static bool has_patient(int kind) { return kind == KIND_CONSULTS || kind == KIND_MESSAGES; }

/* The records of kind whose id the importer would hide now, into
 * temp.clear_ids with the hashed id (never the id itself: the table may be
 * a file); without a key only counted. The patient number is compared
 * only with a key (an id equal to it, or a word of it, hashes to it). */
static int find_clear_ids(sqlite3 *db, int kind, const struct pseudo_key *key, long long *found, struct eh_error *err)
{
    char *sql = xasprintf("SELECT key, practice_id, CAST(id AS TEXT), %s FROM main.%s",
                          has_patient(kind) ? "patient" : "NULL", CARRIER_KINDS[kind].records);
    sqlite3_stmt *st = NULL, *add = NULL;
    int rc = db_prepare(db, &st, sql, err) ||
                     db_prepare(db, &add, "INSERT INTO temp.clear_ids(kind, old, practice, hashed) "
                                          "VALUES (?1, ?2, ?3, ?4)", err)
                 ? EH_IO
                 : EH_OK;
    free(sql);
    while (!rc && db_next(st, &rc, err, "reading the ids of records")) {
        const char *id = (const char *)sqlite3_column_text(st, 2);
        size_t n = (size_t)sqlite3_column_bytes(st, 2);
        if (!id || import_id_is_hashed(id, n)) continue;
        bool patient = key && sqlite3_column_type(st, 3) == SQLITE_INTEGER &&
                       import_id_holds_patient(key, id, n, sqlite3_column_int64(st, 3));
        if (!patient && !import_id_of_someone(id, n)) continue;
        ++*found;
        if (!key) continue;
        char hashed[IMPORT_ID_HASHED_SIZE];
        import_id_hash(key, id, n, hashed);
        sqlite3_bind_int(add, 1, kind);
        sqlite3_bind_int64(add, 2, sqlite3_column_int64(st, 0));
        sqlite3_bind_int64(add, 3, sqlite3_column_int64(st, 1));
        sqlite3_bind_text(add, 4, hashed, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(add) != SQLITE_DONE) rc = db_fail(db, err, "noting the records of ids in the clear");
        sqlite3_reset(add);
    }
    sqlite3_finalize(st);
    sqlite3_finalize(add);
    return rc;
}

/* The records of one kind out of the table and back under their hashed id,
 * each on the first key from its new home that no record holds (records
 * moved before it included), with temp.rekey telling old key from new. */
static int move_records(sqlite3 *db, int kind, struct eh_error *err)
{
    const struct carrier_kind *ck = &CARRIER_KINDS[kind];
    /* All out first: a key one of them leaves may be another's new key. */
    char *out = xasprintf("DROP TABLE IF EXISTS temp.clear_records;"
                          "CREATE TEMP TABLE clear_records AS SELECT * FROM main.%s "
                          "  WHERE key IN (SELECT old FROM temp.clear_ids WHERE kind = %d);"
                          "CREATE INDEX temp.clear_records_key ON clear_records(key);"
                          "DELETE FROM main.%s WHERE key IN (SELECT old FROM temp.clear_ids WHERE kind = %d);"
                          "DROP TABLE IF EXISTS temp.rekey;"
                          "CREATE TEMP TABLE rekey(new INTEGER PRIMARY KEY, old INTEGER NOT NULL);",
                          ck->records, kind, ck->records, kind);
    char *held = xasprintf("SELECT key FROM main.%s WHERE key BETWEEN ?1 AND ?2 ORDER BY key", ck->records);
    char *put = xasprintf("INSERT INTO main.%s(key, practice_id, id, %s, import_id) "
                          "SELECT ?1, practice_id, ?2, %s, import_id FROM temp.clear_records WHERE key = ?3",
                          ck->records, ck->figures, ck->figures);
    sqlite3_stmt *ids = NULL, *held_st = NULL, *put_st = NULL, *map_st = NULL;
    int rc = db_exec(db, out, err) ||
                     db_prepare(db, &ids, "SELECT old, practice, hashed FROM temp.clear_ids WHERE kind = ?1", err) ||
                     db_prepare(db, &held_st, held, err) || db_prepare(db, &put_st, put, err) ||
                     db_prepare(db, &map_st, "INSERT INTO temp.rekey(new, old) VALUES (?1, ?2)", err)
                 ? EH_IO
                 : EH_OK;
    free(out);
    free(held);
    free(put);
    if (!rc) sqlite3_bind_int(ids, 1, kind);
    while (!rc && db_next(ids, &rc, err, "reading the records of ids in the clear")) {
        int64_t old = sqlite3_column_int64(ids, 0);
        const char *hashed = (const char *)sqlite3_column_text(ids, 2);
        struct record_key place;
        record_key_of(sqlite3_column_int64(ids, 1), hashed, (size_t)sqlite3_column_bytes(ids, 2), &place);
        struct record_key_probe probe;
        record_key_probe_start(&probe, place.home, place.last);
        sqlite3_bind_int64(held_st, 1, place.home);
        sqlite3_bind_int64(held_st, 2, place.last);
        while (db_next(held_st, &rc, err, "reading the record keys"))
            record_key_probe_saw(&probe, sqlite3_column_int64(held_st, 0));
        sqlite3_reset(held_st);
        int64_t key;
        if (!rc && !record_key_probe_free(&probe, &key))
            rc = eh_fail(err, EH_IO, NULL, 0, 0, "record keys are exhausted near %lld", (long long)place.home);
        if (rc) break;
        sqlite3_bind_int64(put_st, 1, key);
        sqlite3_bind_text(put_st, 2, hashed, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(put_st, 3, old);
        sqlite3_bind_int64(map_st, 1, key);
        sqlite3_bind_int64(map_st, 2, old);
        if (sqlite3_step(put_st) != SQLITE_DONE || sqlite3_step(map_st) != SQLITE_DONE)
            rc = db_fail(db, err, "storing the records of ids in the clear hashed");
        sqlite3_reset(put_st);
        sqlite3_reset(map_st);
    }
    sqlite3_finalize(ids);
    sqlite3_finalize(held_st);
    sqlite3_finalize(put_st);
    sqlite3_finalize(map_st);
    if (!rc) rc = db_exec(db, "CREATE INDEX temp.rekey_old ON rekey(old);", err);
    if (!rc) rc = record_key_follow(db, kind, err);
    if (!rc) rc = db_exec(db, "DROP TABLE temp.clear_records; DROP TABLE temp.rekey;", err);
    return rc;
}

static int any_records(sqlite3 *db, bool *any, struct eh_error *err)
{
    *any = false;
    for (int k = 0; k < KIND_COUNT && !*any; k++) {
        char *sql = xasprintf("SELECT EXISTS (SELECT 1 FROM main.%s)", CARRIER_KINDS[k].records);
        long long there = 0;
        int rc = db_int(db, sql, 0, &there, err);
        free(sql);
        if (rc) return rc;
        *any = there != 0;
    }
    return EH_OK;
}

/* The records to move, noted with a key; without one only counted. */
static int find_all(sqlite3 *db, const struct pseudo_key *key, long long *found_of, long long *found,
                    struct eh_error *err)
{
    *found = 0;
    int rc = db_exec(db, "DROP TABLE IF EXISTS temp.clear_ids;"
                         "CREATE TEMP TABLE clear_ids(kind INTEGER NOT NULL, old INTEGER NOT NULL, "
                         "  practice INTEGER NOT NULL, hashed TEXT NOT NULL);", err);
    for (int k = 0; !rc && k < KIND_COUNT; k++) {
        found_of[k] = 0;
        rc = find_clear_ids(db, k, key, &found_of[k], err);
        *found += found_of[k];
    }
    return rc;
}

/* The records of ids in the clear stored hashed, with key (NULL where the
 * database never had one: made here when there is something to hash). */
static int rehash(sqlite3 *db, const char *db_path, struct pseudo_key *key, struct eh_error *err)
{
    struct pseudo_key made;
    long long found_of[KIND_COUNT], found;
    int rc = find_all(db, key, found_of, &found, err);
    /* Records of such ids and never a key: a version that made none for
     * a kind without patients. Made now, as the next import would. */
    if (!rc && found && !key) {
        key = &made;
        rc = pseudo_key_open(db_path, db, key, NULL, err);
        if (!rc) rc = find_all(db, key, found_of, &found, err);
    }
    for (int k = 0; !rc && k < KIND_COUNT; k++)
        if (found_of[k]) rc = move_records(db, k, err);
    if (!rc) rc = db_exec(db, "DROP TABLE temp.clear_ids;", err);
    sodium_memzero(&made, sizeof made);
    return rc;
}

int id_rehash_migrate(sqlite3 *db, const char *db_path, struct eh_error *err)
{
    bool any;
    if (any_records(db, &any, err)) return EH_IO;
    if (!any) return EH_OK;
    struct pseudo_key key;
    bool unmade = false;
    struct eh_error key_err;
    memset(&key_err, 0, sizeof key_err);
    /* Without its key an id equal to the patient number cannot be told:
     * the work waits for the key (id_rehash_pending), and the database
     * stays readable meanwhile. */
    int rc = pseudo_key_peek(db_path, db, &key, &unmade, &key_err)
                 ? db_exec(db, "INSERT OR REPLACE INTO meta(key, value) VALUES ('" PENDING_KEY "', '1')", err)
                 : rehash(db, db_path, unmade ? NULL : &key, err);
    sodium_memzero(&key, sizeof key);
    return rc;
}

int id_rehash_pending(sqlite3 *db, const char *db_path, struct eh_error *err)
{
    long long pending = 0;
    if (db_int(db, "SELECT count(*) FROM meta WHERE key = '" PENDING_KEY "'", 0, &pending, err)) return EH_IO;
    if (!pending) return EH_OK;
    struct pseudo_key key;
    bool unmade = false;
    struct eh_error key_err;
    memset(&key_err, 0, sizeof key_err);
    bool keyed = !pseudo_key_peek(db_path, db, &key, &unmade, &key_err) && !unmade;
    if (!keyed || sqlite3_db_readonly(db, "main") == 1) {
        fprintf(stderr, "ehtrack: %s: note: record ids an earlier ehtrack kept in the clear (a caller's number as "
                "a call's id, an id equal to the patient number) wait to be stored hashed: %s%s\n", db_path,
                keyed ? "that needs a user who may write the database" : "that needs its key: ",
                keyed ? "" : key_err.msg);
        sodium_memzero(&key, sizeof key);
        return EH_OK;
    }
    /* Another ehtrack at it (or any writer) is not waited for: this
     * command reads the database as it is, as while the key was away. */
    bool busy = false;
    int rc = db_begin_unless_busy(db, &busy, err);
    if (!rc && busy) {
        fprintf(stderr, "ehtrack: %s: note: record ids an earlier ehtrack kept in the clear wait to be stored "
                "hashed; another program is writing the database, and a later command will do it\n", db_path);
        sodium_memzero(&key, sizeof key);
        return EH_OK;
    }
    /* Another process may have done it before this one began. */
    if (!rc && !(rc = db_int(db, "SELECT count(*) FROM meta WHERE key = '" PENDING_KEY "'", 0, &pending, err)) &&
        pending) {
        if (isatty(STDERR_FILENO))
            fprintf(stderr, "ehtrack: %s: storing hashed the record ids an earlier ehtrack kept in the clear, "
                    "once (a large database takes a while)...\n", db_path);
        rc = rehash(db, db_path, &key, err);
        if (!rc) rc = db_exec(db, "DELETE FROM meta WHERE key = '" PENDING_KEY "'", err);
    }
    if (!rc) rc = db_commit(db, err);
    if (rc) db_rollback(db);
    sodium_memzero(&key, sizeof key);
    return rc;
}
