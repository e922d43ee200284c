/* record_key.c: which ids pack, where hashed ids lie, the ranges of a
 * practice (also as SQL), and the search for a free key. */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "record_key.h"
#include "suites.h"

#define BASE ((int64_t)1 << 62)

static void key_of(long long practice, const char *id, struct record_key *k)
{
    record_key_of(practice, id, strlen(id), k);
}

START_TEST(canonical_integers_only)
{
    long long v;
    ck_assert(record_key_integer_id("12345", 5, &v) && v == 12345);
    ck_assert(record_key_integer_id("0", 1, &v) && v == 0);
    ck_assert(record_key_integer_id("999999999999999999", 18, &v) && v == 999999999999999999LL);
    /* "007" is another identity than "7"; signs, blanks and 19 digits are text. */
    ck_assert(!record_key_integer_id("007", 3, &v));
    ck_assert(!record_key_integer_id("+5", 2, &v));
    ck_assert(!record_key_integer_id("-5", 2, &v));
    ck_assert(!record_key_integer_id(" 5", 2, &v));
    ck_assert(!record_key_integer_id("1000000000000000000", 19, &v));
    ck_assert(!record_key_integer_id("", 0, &v));
    ck_assert(!record_key_integer_id("1767600203.102", 14, &v));
}
END_TEST

START_TEST(small_integers_pack)
{
    struct record_key k;
    key_of(3, "12345", &k);
    ck_assert(k.packed);
    ck_assert_int_eq(k.home, ((int64_t)3 << 40) + 12345);
    ck_assert_int_eq(k.last, k.home);
    /* 2^40 - 1 is the largest that packs; 2^40 hashes. */
    key_of(3, "1099511627775", &k);
    ck_assert(k.packed && k.home == ((int64_t)4 << 40) - 1);
    key_of(3, "1099511627776", &k);
    ck_assert(!k.packed);
}
END_TEST

START_TEST(other_ids_hash_into_the_practice_range)
{
    int64_t first, last;
    record_key_range(3, true, &first, &last);
    ck_assert_int_eq(first, BASE + ((int64_t)3 << 40));
    ck_assert_int_eq(last, BASE + ((int64_t)4 << 40) - 1);
    const char *ids[] = {"C0000001", "C0000002", "1767600203.102", "1767600203.103", "007", "#0123456789abcdef"};
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
        struct record_key k;
        key_of(3, ids[i], &k);
        ck_assert(!k.packed);
        ck_assert_int_ge(k.home, first);
        /* The probes after the home stay in the range. */
        ck_assert_int_eq(k.last, k.home + RECORD_KEY_PROBES);
        ck_assert_int_le(k.last, last);
        struct record_key again;
        key_of(3, ids[i], &again);
        ck_assert_int_eq(again.home, k.home);
        /* Another practice: another range. */
        key_of(4, ids[i], &again);
        ck_assert_int_gt(again.home, last);
    }
    record_key_range(3, false, &first, &last);
    ck_assert_int_eq(first, (int64_t)3 << 40);
    ck_assert_int_eq(last, ((int64_t)4 << 40) - 1);
}
END_TEST

START_TEST(ranges_as_sql)
{
    sqlite3 *db;
    ck_assert_int_eq(sqlite3_open(":memory:", &db), SQLITE_OK);
    char *cond = record_key_in_practice_sql("k", "p");
    char *sql = sqlite3_mprintf("SELECT %s FROM (SELECT ?1 AS k, ?2 AS p)", cond);
    sqlite3_stmt *st;
    ck_assert_int_eq(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    struct {
        int64_t key;
        long long practice;
        int in;
    } cases[] = {
        {(int64_t)3 << 40, 3, 1},
        {((int64_t)4 << 40) - 1, 3, 1},
        {(int64_t)4 << 40, 3, 0},
        {((int64_t)3 << 40) - 1, 3, 0},
        {BASE + ((int64_t)3 << 40), 3, 1},
        {BASE + ((int64_t)4 << 40) - 1, 3, 1},
        {BASE + ((int64_t)4 << 40), 3, 0},
        {BASE + ((int64_t)2 << 40), 3, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sqlite3_bind_int64(st, 1, cases[i].key);
        sqlite3_bind_int64(st, 2, cases[i].practice);
        ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
        ck_assert_msg(sqlite3_column_int(st, 0) == cases[i].in, "case %zu", i);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_free(sql);
    free(cond);
    sqlite3_close(db);
}
END_TEST

START_TEST(the_first_free_key_of_a_window)
{
    struct record_key_probe p;
    int64_t key;
    record_key_probe_start(&p, 100, 103);
    ck_assert(record_key_probe_free(&p, &key) && key == 100);
    /* Held keys in order; a hole (a record taken back) is free again. */
    record_key_probe_start(&p, 100, 103);
    record_key_probe_saw(&p, 100);
    record_key_probe_saw(&p, 102);
    ck_assert(record_key_probe_free(&p, &key) && key == 101);
    record_key_probe_start(&p, 100, 103);
    record_key_probe_saw(&p, 100);
    record_key_probe_saw(&p, 101);
    record_key_probe_saw(&p, 103);
    ck_assert(record_key_probe_free(&p, &key) && key == 102);
    record_key_probe_start(&p, 100, 103);
    for (int64_t k = 100; k <= 103; k++) record_key_probe_saw(&p, k);
    ck_assert(!record_key_probe_free(&p, &key));
}
END_TEST

static Suite *record_key_suite(void)
{
    Suite *s = suite_create("record_key");
    TCase *tc = tcase_create("keys");
    tcase_add_test(tc, canonical_integers_only);
    tcase_add_test(tc, small_integers_pack);
    tcase_add_test(tc, other_ids_hash_into_the_practice_range);
    tcase_add_test(tc, ranges_as_sql);
    tcase_add_test(tc, the_first_free_key_of_a_window);
    suite_add_tcase(s, tc);
    return s;
}

REGISTER_SUITE(record_key_suite)
