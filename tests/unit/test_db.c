/* The database: migrations from empty and from an older schema, refusal of
 * a newer one, read-only opening, and the pseudonymisation key. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "db.h"
#include "pseudo.h"
#include "suites.h"
#include "util.h"

static char dir[64];

static void make_dir(void)
{
    snprintf(dir, sizeof dir, "/tmp/ehtrack-db-XXXXXX");
    ck_assert(mkdtemp(dir) != NULL);
}

static void remove_dir(void)
{
    char *cmd = xasprintf("rm -rf %s", dir);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
}

static long long query_int(sqlite3 *db, const char *sql)
{
    struct eh_error err;
    long long v = -1;
    ck_assert_int_eq(db_int(db, sql, -1, &v, &err), EH_OK);
    return v;
}

START_TEST(empty_database_gets_every_migration)
{
    make_dir();
    char *path = xasprintf("%s/new.db", dir);
    struct eh_error err;
    sqlite3 *db;
    ck_assert_int_eq(db_open(&db, path, true, &err), EH_OK);
    ck_assert_int_eq(query_int(db, "PRAGMA user_version"), DB_SCHEMA_VERSION);
    ck_assert_int_eq(query_int(db, "SELECT count(*) FROM sqlite_master WHERE name IN ('practices', 'plans', 'consults', 'consult_days', 'imports')"), 5);
    ck_assert_int_eq(query_int(db, "PRAGMA foreign_keys"), 1);
    /* A new file gets the larger page size that bulk imports need. */
    ck_assert_int_eq(query_int(db, "PRAGMA page_size"), 16384);
    db_close(db);
    free(path);
    remove_dir();
}
END_TEST

/* A database in dir at schema version, made by the migrations of that
 * time, holding what data_sql inserts; caller frees the path. */
static char *old_database(const char *name, int version, const char *data_sql)
{
    char *path = xasprintf("%s/%s", dir, name);
    sqlite3 *raw;
    ck_assert_int_eq(sqlite3_open(path, &raw), SQLITE_OK);
    for (int v = 1; v <= version; v++)
        ck_assert_int_eq(sqlite3_exec(raw, db_migration(v), NULL, NULL, NULL), SQLITE_OK);
    char *set = xasprintf("PRAGMA user_version = %d;", version);
    ck_assert_int_eq(sqlite3_exec(raw, set, NULL, NULL, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_exec(raw, data_sql, NULL, NULL, NULL), SQLITE_OK);
    free(set);
    sqlite3_close(raw);
    return path;
}

/* Schema 2 to now: plans and their history stay; an old plan is active and
 * its old entries name no one and no commit. */
START_TEST(plans_of_schema_2_stay_active_with_their_history)
{
    make_dir();
    char *path = old_database("two.db", 2,
                              "INSERT INTO plans(id, title, care_group, app_type, app_name, source, digest, "
                              "snapshot, synced_at) VALUES ('oud', 'Oud plan', 'Zorggroep', 'telemonitoring', "
                              "'Thuismeten', 'plans/oud.yaml', 'd', '{}', 't');"
                              "INSERT INTO plan_history(plan_id, recorded_at, digest, source, changes, snapshot) "
                              "VALUES ('oud', 't', 'd', 'plans/oud.yaml', '[\"created\"]', '{}');");
    struct eh_error err;
    sqlite3 *db;
    ck_assert_int_eq(db_open(&db, path, false, &err), EH_OK);
    ck_assert_int_eq(query_int(db, "PRAGMA user_version"), DB_SCHEMA_VERSION);
    ck_assert_int_eq(query_int(db, "SELECT count(*) FROM plans WHERE id = 'oud' AND retired_at IS NULL "
                                   "AND source_path IS NULL"), 1);
    ck_assert_int_eq(query_int(db, "SELECT count(*) FROM plan_history WHERE plan_id = 'oud' "
                                   "AND recorded_by IS NULL AND git_commit IS NULL AND git_author IS NULL"), 1);
    db_close(db);
    free(path);
    remove_dir();
}
END_TEST

START_TEST(older_schema_is_migrated_and_keeps_its_data)
{
    make_dir();
    char *path = old_database("old.db", 1,
                              "INSERT INTO practices(agb, name, care_group, region, list_size, source, synced_at) "
                              "VALUES ('01000001', 'Oude Praktijk', 'Zorggroep', 'Regio', 1000, 'x', 'y');");
    struct eh_error err;
    sqlite3 *db;
    ck_assert_int_eq(db_open(&db, path, false, &err), EH_OK);
    ck_assert_int_eq(query_int(db, "PRAGMA user_version"), DB_SCHEMA_VERSION);
    ck_assert_int_eq(query_int(db, "SELECT list_size FROM practices WHERE agb = '01000001'"), 1000);
    ck_assert_int_eq(query_int(db, "SELECT count(*) FROM consults"), 0);
    db_close(db);
    /* Opening again applies nothing twice. */
    ck_assert_int_eq(db_open(&db, path, false, &err), EH_OK);
    ck_assert_int_eq(query_int(db, "PRAGMA user_version"), DB_SCHEMA_VERSION);
    db_close(db);
    free(path);
    remove_dir();
}
END_TEST

START_TEST(newer_schema_is_refused)
{
    make_dir();
    char *path = xasprintf("%s/future.db", dir);
    sqlite3 *raw;
    ck_assert_int_eq(sqlite3_open(path, &raw), SQLITE_OK);
    ck_assert_int_eq(sqlite3_exec(raw, "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(raw);
    struct eh_error err;
    sqlite3 *db;
    ck_assert_int_eq(db_open(&db, path, false, &err), EH_IO);
    ck_assert(db == NULL);
    ck_assert(strstr(err.msg, "schema version 99") != NULL);
    free(path);
    remove_dir();
}
END_TEST

START_TEST(readonly_open_creates_nothing)
{
    make_dir();
    char *path = xasprintf("%s/none.db", dir);
    struct eh_error err;
    sqlite3 *db = (sqlite3 *)1;
    ck_assert_int_eq(db_open_readonly(&db, path, &err), EH_OK);
    ck_assert(db == NULL);
    ck_assert_int_ne(access(path, F_OK), 0);
    ck_assert_int_eq(db_open(&db, path, false, &err), EH_IO);
    ck_assert_str_eq(err.msg, "no database here; run 'ehtrack init'");
    free(path);
    remove_dir();
}
END_TEST

START_TEST(key_is_private_stable_and_checked)
{
    make_dir();
    char *path = xasprintf("%s/k.db", dir);
    char *key_path = pseudo_key_path(path);
    struct eh_error err;
    sqlite3 *db;
    struct pseudo_key k1, k2;
    int created;
    ck_assert_int_eq(db_open(&db, path, true, &err), EH_OK);
    ck_assert_int_eq(pseudo_key_open(path, db, &k1, &created, &err), EH_OK);
    ck_assert_int_eq(created, 1);
    struct stat st;
    ck_assert_int_eq(stat(key_path, &st), 0);
    ck_assert_int_eq(st.st_mode & 0777, 0600);
    ck_assert_int_eq(pseudo_key_open(path, db, &k2, &created, &err), EH_OK);
    ck_assert_int_eq(created, 0);
    ck_assert(memcmp(k1.bytes, k2.bytes, sizeof k1.bytes) == 0);
    /* The same identifier, blanks aside, is the same patient. */
    ck_assert(pseudo_hash(&k1, "123456", 6) == pseudo_hash(&k1, " 123456 ", 8));
    ck_assert(pseudo_hash(&k1, "123456", 6) != pseudo_hash(&k1, "123457", 6));
    ck_assert(pseudo_hash(&k1, "123456", 6) >= 0);
    /* Another key is refused: it would break the links to earlier imports. */
    FILE *f = fopen(key_path, "w");
    ck_assert(f != NULL);
    fputs("00112233445566778899aabbccddeeff\n", f);
    fclose(f);
    ck_assert_int_eq(pseudo_key_open(path, db, &k2, &created, &err), EH_IO);
    ck_assert(strstr(err.msg, "does not belong to the database") != NULL);
    /* A lost key is not silently replaced. */
    unlink(key_path);
    ck_assert_int_eq(pseudo_key_open(path, db, &k2, &created, &err), EH_IO);
    ck_assert(strstr(err.msg, "is missing") != NULL);
    ck_assert_int_ne(access(key_path, F_OK), 0);
    db_close(db);
    free(key_path);
    free(path);
    remove_dir();
}
END_TEST

static Suite *db_suite(void)
{
    Suite *s = suite_create("database");
    TCase *tc = tcase_create("migrations and key");
    tcase_add_test(tc, empty_database_gets_every_migration);
    tcase_add_test(tc, plans_of_schema_2_stay_active_with_their_history);
    tcase_add_test(tc, older_schema_is_migrated_and_keeps_its_data);
    tcase_add_test(tc, newer_schema_is_refused);
    tcase_add_test(tc, readonly_open_creates_nothing);
    tcase_add_test(tc, key_is_private_stable_and_checked);
    suite_add_tcase(s, tc);
    return s;
}

REGISTER_SUITE(db_suite)
