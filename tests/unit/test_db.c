/* The database: migrations from empty and from an older schema (records
 * of schema 6 moved to the record keys of schema 7), refusal of a newer
 * one, read-only opening, and the pseudonymisation key. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "call_legs.h"
#include "db.h"
#include "log_vocab.h"
#include "pseudo.h"
#include "record_key.h"
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

/* The name of column i of a table, as the schema made it. */
static char *column_name(sqlite3 *db, const char *table, int i)
{
    sqlite3_stmt *st;
    char *sql = xasprintf("SELECT name FROM pragma_table_info('%s') WHERE cid = %d", table, i);
    ck_assert_int_eq(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
    char *name = xstrdup((const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    free(sql);
    return name;
}

static void assert_column(sqlite3 *db, const char *table, int i, const char *prefix, const char *name)
{
    char *want = xasprintf("%s%s", prefix, name), *got = column_name(db, table, i);
    ck_assert_str_eq(got, want);
    free(want);
    free(got);
}

/* The importer counts a day's consults and calls into the day tables' columns
 * by a value's place in its vocabulary (day_counts.c): the columns must be
 * in the vocabularies' order, or e-consults would be counted as video. */
START_TEST(day_table_columns_follow_the_vocabularies)
{
    make_dir();
    char *path = xasprintf("%s/new.db", dir);
    struct eh_error err;
    sqlite3 *db;
    ck_assert_int_eq(db_open(&db, path, true, &err), EH_OK);
    /* practice_id, day, n, then the channels, the reasons, the e-consults' reasons */
    for (int c = 0; c < CONSULT_CHANNEL_COUNT; c++)
        assert_column(db, "consult_days", 3 + c, "", CONSULT_CHANNEL_NAMES[c]);
    for (int r = 0; r < REASON_COUNT; r++) {
        assert_column(db, "consult_days", 3 + CONSULT_CHANNEL_COUNT + r, "", REASON_NAMES[r]);
        assert_column(db, "consult_days", 3 + CONSULT_CHANNEL_COUNT + REASON_COUNT + r, "econsult_",
                      REASON_NAMES[r]);
    }
    /* practice_id, day, inbound, then the outcomes of inbound calls */
    for (int o = 0; o < CALL_OUTCOME_COUNT; o++)
        assert_column(db, "call_days", 3 + o, "", CALL_OUTCOME_NAMES[o]);
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

/* Schema 6 to 7: records of hashed ids lay anywhere from 2^62 on; they
 * move to their practice's hashed range (record_key.h) with their
 * carriers and the legs of their calls; a packed record stays. */
START_TEST(hashed_records_of_schema_6_move_to_their_practice)
{
    make_dir();
    char *path = old_database(
        "six.db", 6,
        "INSERT INTO consults VALUES ((1 << 62) + 999999999999, 3, 'C2', 0, 1, 'f2f', 'gp', 10, NULL, 1);"
        "INSERT INTO consults VALUES ((1 << 62) + 12345, 3, 'C1', 0, 1, 'econsult', 'gp', 5, NULL, 1);"
        "INSERT INTO consults VALUES ((3 << 40) + 7, 3, 7, 0, 1, 'phone', 'gp', 5, NULL, 1);"
        "INSERT INTO consult_carriers VALUES ((1 << 62) + 12345, 2, 1, NULL, NULL, NULL, NULL, NULL, NULL);"
        "INSERT INTO consult_carriers VALUES ((3 << 40) + 7, 2, 1, NULL, NULL, NULL, NULL, NULL, NULL);"
        "INSERT INTO messages VALUES ((1 << 62) + 5, 4, 'M1', 0, NULL, NULL, 'email', 1);"
        "INSERT INTO survey VALUES ((1 << 62) + 6, 4, '#00112233445566778', '2026-03-02', 10, 4, 1);"
        "INSERT INTO calls VALUES ((1 << 62) + 77, 3, '1767600203.102', 100, 'in', 12, 180, 'answered', 1);"
        "INSERT INTO call_legs VALUES (500, (1 << 62) + 77, 100, 'in', 12, 180, 'answered');"
        "INSERT INTO call_legs VALUES (501, (1 << 62) + 77, 100, 'in', 12, 0, 'abandoned');"
        "INSERT INTO call_leg_imports VALUES (1, 500), (1, 501), (2, 501);");
    struct eh_error err;
    sqlite3 *db;
    ck_assert_int_eq(db_open(&db, path, false, &err), EH_OK);
    ck_assert_int_eq(query_int(db, "PRAGMA user_version"), DB_SCHEMA_VERSION);
    struct record_key c1, c2, m1, s1, u1;
    record_key_of(3, "C1", 2, &c1);
    record_key_of(3, "C2", 2, &c2);
    record_key_of(4, "M1", 2, &m1);
    record_key_of(4, "#00112233445566778", 18, &s1);
    record_key_of(3, "1767600203.102", 14, &u1);
    /* No collision among so few: each at its home. */
    char *sql = xasprintf("SELECT (SELECT key FROM consults WHERE id = 'C1') = %lld AND "
                          "(SELECT key FROM consults WHERE id = 'C2') = %lld AND "
                          "(SELECT key FROM consults WHERE id = 7) = (3 << 40) + 7 AND "
                          "(SELECT key FROM messages) = %lld AND (SELECT key FROM survey) = %lld AND "
                          "(SELECT key FROM calls) = %lld",
                          (long long)c1.home, (long long)c2.home, (long long)m1.home, (long long)s1.home,
                          (long long)u1.home);
    ck_assert_int_eq(query_int(db, sql), 1);
    free(sql);
    /* The carriers follow their records; the figures are as they were. */
    sql = xasprintf("SELECT count(*) FROM consult_carriers WHERE key IN (%lld, (3 << 40) + 7)", (long long)c1.home);
    ck_assert_int_eq(query_int(db, sql), 2);
    free(sql);
    ck_assert_int_eq(query_int(db, "SELECT sum(minutes) FROM consults"), 20);
    ck_assert_int_eq(query_int(db, "SELECT count(*) FROM consults WHERE key >= 1 << 62 AND "
                                   "((key - (1 << 62)) >> 40) <> practice_id"), 0);
    /* The legs follow their call, each where the store looks for it, with
     * the imports that carried it. */
    sql = xasprintf("SELECT count(*) FROM call_legs WHERE call_key = %lld", (long long)u1.home);
    ck_assert_int_eq(query_int(db, sql), 2);
    free(sql);
    ck_assert_int_eq(query_int(db, "SELECT count(*) FROM call_leg_imports i JOIN call_legs l ON l.key = i.leg_key"), 3);
    ck_assert_int_eq(query_int(db, "SELECT count(*) FROM call_leg_imports i JOIN call_legs l ON l.key = i.leg_key "
                                   "WHERE l.outcome = 'abandoned'"),
                     2);
    struct call_leg_store store;
    ck_assert_int_eq(call_leg_store_open(&store, db, &err), EH_OK);
    struct call_leg legs[] = {{100, 0, 12, 180, 0}, {100, 0, 12, 0, 1}};
    for (int i = 0; i < 2; i++) {
        int64_t key;
        bool fresh;
        ck_assert_int_eq(call_leg_store_keep(&store, u1.home, &legs[i], &key, &fresh, &err), EH_OK);
        ck_assert(!fresh);
    }
    call_leg_store_close(&store);
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
    long long version = -1;
    ck_assert_int_eq(db_open_readonly(&db, path, &version, &err), EH_OK);
    ck_assert(db == NULL);
    ck_assert_int_eq(version, 0);
    ck_assert_int_ne(access(path, F_OK), 0);
    ck_assert_int_eq(db_open(&db, path, false, &err), EH_IO);
    /* Not the default database: plain 'ehtrack init' would make another. */
    char *advice = xasprintf("no database here; run 'ehtrack --db %s init'", path);
    ck_assert_str_eq(err.msg, advice);
    free(advice);
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
    /* An emptied key file says where the key is to come from. */
    f = fopen(key_path, "w");
    ck_assert(f != NULL);
    fclose(f);
    ck_assert_int_eq(pseudo_key_open(path, db, &k2, &created, &err), EH_IO);
    ck_assert_str_eq(err.msg, "the key file holds no key (emptied?); restore it from the backup of the database and "
                              "its key (a new key would stop new imports linking to earlier patients)");
    /* Empty where no fingerprint is stored, the file is what an older
     * ehtrack stopped while making the key left: no key was ever used,
     * and one is made in its place, whole, with nothing else beside it. */
    ck_assert_int_eq(sqlite3_exec(db, "DELETE FROM meta WHERE key = 'key_fingerprint'", NULL, NULL, NULL), SQLITE_OK);
    bool unmade;
    ck_assert_int_eq(pseudo_key_peek(path, db, &k2, &unmade, &err), EH_OK);
    ck_assert(unmade);
    ck_assert_int_eq(pseudo_key_open(path, db, &k2, &created, &err), EH_OK);
    ck_assert_int_eq(created, 1);
    ck_assert_int_eq(stat(key_path, &st), 0);
    ck_assert_int_eq(st.st_mode & 0777, 0600);
    ck_assert_int_gt(st.st_size, 32);
    char *others = xasprintf("ls -A %s | grep -v '^k\\.db\\(-wal\\|-shm\\|\\.key\\)\\?$'", dir);
    ck_assert_int_ne(system(others), 0);
    free(others);
    ck_assert_int_eq(pseudo_key_peek(path, db, &k1, &unmade, &err), EH_OK);
    ck_assert(!unmade);
    ck_assert(memcmp(k1.bytes, k2.bytes, sizeof k1.bytes) == 0);
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

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* median(x, n) against the middle of the values written out one by one
 * and sorted: many small groups with repeated values and counts, so the
 * middle falls inside a run of equal values, at its edges and between two
 * values, with odd and even totals. */
START_TEST(median_is_the_middle_of_the_counted_values)
{
    make_dir();
    char *path = xasprintf("%s/m.db", dir);
    sqlite3 *db;
    struct eh_error err;
    ck_assert_int_eq(db_open(&db, path, true, &err), EH_OK);
    ck_assert_int_eq(db_exec(db, "CREATE TEMP TABLE v(g INTEGER, x REAL, n INTEGER)", &err), EH_OK);
    sqlite3_stmt *ins, *q;
    ck_assert_int_eq(db_prepare(db, &ins, "INSERT INTO temp.v VALUES (?1, ?2, ?3)", &err), EH_OK);
    enum { GROUPS = 400 };
    double *expanded[GROUPS];
    size_t count[GROUPS];
    unsigned seed = 12345;
    for (int g = 0; g < GROUPS; g++) {
        size_t rows = 1 + (size_t)g % 37, cap = rows * 3;
        expanded[g] = xmalloc(cap * sizeof **expanded);
        count[g] = 0;
        for (size_t r = 0; r < rows; r++) {
            seed = seed * 1103515245u + 12345u;
            double x = (double)((seed >> 16) % (g % 2 ? 5u : 1000u)) / 4.0;
            int n = 1 + (int)((seed >> 8) % 3);
            for (int k = 0; k < n; k++) expanded[g][count[g]++] = x;
            sqlite3_bind_int(ins, 1, g);
            sqlite3_bind_double(ins, 2, x);
            sqlite3_bind_int(ins, 3, n);
            ck_assert_int_eq(sqlite3_step(ins), SQLITE_DONE);
            sqlite3_reset(ins);
        }
    }
    sqlite3_finalize(ins);
    ck_assert_int_eq(db_prepare(db, &q, "SELECT g, median(x, n) FROM temp.v GROUP BY g ORDER BY g", &err),
                     EH_OK);
    for (int g = 0; g < GROUPS; g++) {
        ck_assert_int_eq(sqlite3_step(q), SQLITE_ROW);
        ck_assert_int_eq(sqlite3_column_int(q, 0), g);
        qsort(expanded[g], count[g], sizeof *expanded[g], cmp_double);
        size_t m = count[g] / 2;
        double want = count[g] % 2 ? expanded[g][m] : (expanded[g][m - 1] + expanded[g][m]) / 2.0;
        ck_assert_double_eq(sqlite3_column_double(q, 1), want);
        free(expanded[g]);
    }
    ck_assert_int_eq(sqlite3_step(q), SQLITE_DONE);
    sqlite3_finalize(q);
    ck_assert_int_eq(query_int(db, "SELECT median(x) IS NULL FROM temp.v WHERE g < 0"), 1);
    db_close(db);
    free(path);
    remove_dir();
}
END_TEST

/* The lists of econsult_responses against the values one by one: groups
 * of several lists (days) of integer times, some negative, some repeated,
 * given in no order. value_list sorts them; median_list equals median of
 * the values divided alike, to the last bit; list_at_most counts. */
START_TEST(value_lists_give_the_figures_of_their_values)
{
    make_dir();
    char *path = xasprintf("%s/l.db", dir);
    sqlite3 *db;
    struct eh_error err;
    ck_assert_int_eq(db_open(&db, path, true, &err), EH_OK);
    ck_assert_int_eq(db_exec(db, "CREATE TEMP TABLE v(g INTEGER, d INTEGER, x INTEGER, n INTEGER)", &err), EH_OK);
    sqlite3_stmt *ins, *q;
    ck_assert_int_eq(db_prepare(db, &ins, "INSERT INTO temp.v VALUES (?1, ?2, ?3, ?4)", &err), EH_OK);
    unsigned seed = 777;
    for (int g = 0; g < 300; g++) {
        for (int r = 0; r < 1 + g % 41; r++) {
            seed = seed * 1103515245u + 12345u;
            long long x = (long long)((seed >> 16) % (g % 3 ? 7u : 200000u)) - (g % 5 == 0 ? 3 : 0);
            sqlite3_bind_int(ins, 1, g);
            sqlite3_bind_int(ins, 2, (int)((seed >> 4) % 4));
            sqlite3_bind_int64(ins, 3, x * (g == 7 ? 4000000000LL : 1));
            sqlite3_bind_int(ins, 4, 1 + (int)((seed >> 8) % 3));
            ck_assert_int_eq(sqlite3_step(ins), SQLITE_DONE);
            sqlite3_reset(ins);
        }
    }
    sqlite3_finalize(ins);
    ck_assert_int_eq(db_exec(db, "CREATE TEMP TABLE l AS SELECT g, d, sum(n) AS n, value_list(x, n) AS xs "
                                 "FROM (SELECT * FROM temp.v ORDER BY random()) GROUP BY g, d", &err), EH_OK);
    ck_assert_int_eq(db_prepare(db, &q,
                                "SELECT a.g, a.m, b.m, a.n, b.n, a.le, b.le FROM "
                                "(SELECT g, median(x / 3600.0, n) AS m, sum(n) AS n, sum(n * (x <= 3)) AS le "
                                " FROM temp.v GROUP BY g) a JOIN "
                                "(SELECT g, median_list(xs, 3600.0) AS m, sum(length(xs)) / 8 AS n,"
                                " sum(list_at_most(xs, 3)) AS le FROM temp.l GROUP BY g) b ON a.g = b.g ORDER BY a.g",
                                &err), EH_OK);
    int groups = 0;
    while (sqlite3_step(q) == SQLITE_ROW) {
        groups++;
        ck_assert(sqlite3_column_double(q, 1) == sqlite3_column_double(q, 2));
        ck_assert_int_eq(sqlite3_column_int64(q, 3), sqlite3_column_int64(q, 4));
        ck_assert_int_eq(sqlite3_column_int64(q, 5), sqlite3_column_int64(q, 6));
    }
    sqlite3_finalize(q);
    ck_assert_int_eq(groups, 300);
    /* Each list ascends, and holds its day's n values. */
    ck_assert_int_eq(query_int(db, "SELECT count(*) FROM temp.l WHERE length(xs) <> 8 * n"), 0);
    ck_assert_int_eq(query_int(db, "SELECT hex(value_list(x)) = '0300000000000000FFFFFFFFFFFFFFFF0A00000000000000' "
                                   "FROM (SELECT 3 AS x UNION ALL SELECT -1 UNION ALL SELECT 10)"), 0);
    ck_assert_int_eq(query_int(db, "SELECT hex(value_list(x)) = 'FFFFFFFFFFFFFFFF03000000000000000A00000000000000' "
                                   "FROM (SELECT 3 AS x UNION ALL SELECT -1 UNION ALL SELECT 10)"), 1);
    /* Anything else than a list is an error, not numbers read from it. */
    long long v;
    ck_assert_int_eq(db_int(db, "SELECT list_at_most(x'0102', 5)", -1, &v, &err), EH_IO);
    ck_assert_ptr_nonnull(strstr(err.msg, "list_at_most: the first argument is not a value list"));
    ck_assert_int_eq(db_int(db, "SELECT median_list(42, 1.0) IS NULL", -1, &v, &err), EH_IO);
    ck_assert_ptr_nonnull(strstr(err.msg, "median_list: the first argument is not a value list"));
    db_close(db);
    free(path);
    remove_dir();
}
END_TEST

/* Another program's commit while the snapshots are taken. */
struct commit_between {
    sqlite3 *other;
    int calls;
};

static void commit_once(void *arg)
{
    struct commit_between *c = arg;
    struct eh_error err;
    if (c->calls++ == 0) ck_assert_int_eq(db_exec(c->other, "INSERT INTO probe VALUES (2)", &err), EH_OK);
}

START_TEST(two_connections_read_the_same_state)
{
    make_dir();
    char *path = xasprintf("%s/eh.db", dir);
    struct eh_error err;
    sqlite3 *a, *b, *other;
    ck_assert_int_eq(db_open(&a, path, true, &err), EH_OK);
    ck_assert_int_eq(db_exec(a, "CREATE TABLE probe(n); INSERT INTO probe VALUES (1)", &err), EH_OK);
    ck_assert_int_eq(db_open(&b, path, false, &err), EH_OK);
    ck_assert_int_eq(db_open(&other, path, false, &err), EH_OK);
    /* A commit after a's snapshot and before b's: b would see two rows,
     * a one; both start over and see two. */
    struct commit_between c = {other, 0};
    ck_assert_int_eq(db_read_together(a, b, commit_once, &c, &err), EH_OK);
    ck_assert_int_eq(c.calls, 2);
    ck_assert_int_eq(query_int(a, "SELECT count(*) FROM probe"), 2);
    ck_assert_int_eq(query_int(b, "SELECT count(*) FROM probe"), 2);
    /* Commits now are not seen: the views stay those of the start. */
    ck_assert_int_eq(db_exec(other, "INSERT INTO probe VALUES (3)", &err), EH_OK);
    ck_assert_int_eq(query_int(a, "SELECT count(*) FROM probe"), 2);
    ck_assert_int_eq(query_int(b, "SELECT count(*) FROM probe"), 2);
    ck_assert_int_eq(db_end_read(a, EH_OK, &err), EH_OK);
    ck_assert_int_eq(db_end_read(b, EH_OK, &err), EH_OK);
    ck_assert_int_eq(query_int(a, "SELECT count(*) FROM probe"), 3);
    /* Without commits between: at the first try. */
    c.calls = 1;
    ck_assert_int_eq(db_read_together(a, b, commit_once, &c, &err), EH_OK);
    ck_assert_int_eq(c.calls, 2);
    ck_assert_int_eq(db_end_read(b, EH_OK, &err), EH_OK);
    ck_assert_int_eq(db_end_read(a, EH_OK, &err), EH_OK);
    db_close(other);
    db_close(b);
    db_close(a);
    free(path);
    remove_dir();
}
END_TEST

static Suite *db_suite(void)
{
    Suite *s = suite_create("database");
    TCase *tc = tcase_create("migrations and key");
    tcase_add_test(tc, empty_database_gets_every_migration);
    tcase_add_test(tc, day_table_columns_follow_the_vocabularies);
    tcase_add_test(tc, plans_of_schema_2_stay_active_with_their_history);
    tcase_add_test(tc, older_schema_is_migrated_and_keeps_its_data);
    tcase_add_test(tc, hashed_records_of_schema_6_move_to_their_practice);
    tcase_add_test(tc, newer_schema_is_refused);
    tcase_add_test(tc, readonly_open_creates_nothing);
    tcase_add_test(tc, key_is_private_stable_and_checked);
    tcase_add_test(tc, two_connections_read_the_same_state);
    tcase_add_test(tc, median_is_the_middle_of_the_counted_values);
    tcase_add_test(tc, value_lists_give_the_figures_of_their_values);
    suite_add_tcase(s, tc);
    return s;
}

REGISTER_SUITE(db_suite)
