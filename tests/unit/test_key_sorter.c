/* key_sorter.c: every record back once, by key, equal keys in the order
 * they were added; from memory, and through runs on the file when the
 * budget is small. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "key_sorter.h"
#include "suites.h"

/* A record: its number in the order added, then (len - 4) bytes of it. */
struct added {
    int64_t key;
    uint32_t seq;
    size_t len;
};

static uint64_t mix(uint64_t *s)
{
    *s += 0x9E3779B97F4A7C15ULL;
    uint64_t z = *s;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static int by_key_then_seq(const void *a, const void *b)
{
    const struct added *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return (x->seq > y->seq) - (x->seq < y->seq);
}

/* Adds n records with keys from keyfn, reads them back and holds them
 * against a stable sort of what was added. */
static void round_trip(size_t budget, size_t n, int64_t (*keyfn)(uint64_t *, size_t), bool want_runs)
{
    struct key_sorter s;
    struct eh_error err;
    key_sorter_init(&s, budget);
    struct added *want = calloc(n, sizeof *want);
    uint64_t seed = 42;
    unsigned char rec[KEY_SORTER_MAX_RECORD];
    for (size_t i = 0; i < n; i++) {
        want[i].key = keyfn(&seed, i);
        want[i].seq = (uint32_t)i;
        want[i].len = 4 + mix(&seed) % 60;
        memcpy(rec, &want[i].seq, 4);
        for (size_t b = 4; b < want[i].len; b++) rec[b] = (unsigned char)(want[i].seq + b);
        ck_assert_int_eq(key_sorter_add(&s, want[i].key, rec, want[i].len, &err), EH_OK);
    }
    ck_assert_int_eq(key_sorter_pending(&s), (long long)n);
    ck_assert_int_eq(key_sorter_finish(&s, &err), EH_OK);
    ck_assert_msg((s.nruns > 0) == want_runs, "%zu runs", s.nruns);
    qsort(want, n, sizeof *want, by_key_then_seq);
    for (size_t i = 0; i < n; i++) {
        int64_t key;
        const void *got;
        size_t len;
        ck_assert_int_eq(key_sorter_next(&s, &key, &got, &len, &err), 1);
        uint32_t seq;
        memcpy(&seq, got, 4);
        ck_assert_msg(key == want[i].key && seq == want[i].seq, "record %zu: key %lld seq %u, want %lld seq %u", i,
                      (long long)key, seq, (long long)want[i].key, want[i].seq);
        ck_assert_uint_eq(len, want[i].len);
        for (size_t b = 4; b < len; b++) ck_assert_uint_eq(((const unsigned char *)got)[b], (unsigned char)(seq + b));
    }
    int64_t key;
    const void *got;
    size_t len;
    ck_assert_int_eq(key_sorter_next(&s, &key, &got, &len, &err), 0);
    ck_assert_int_eq(key_sorter_pending(&s), 0);
    key_sorter_free(&s);
    free(want);
}

static int64_t random_key(uint64_t *seed, size_t i)
{
    (void)i;
    return (int64_t)mix(seed);          /* negative ones too */
}

/* Few distinct keys: the order added must survive among equal ones. */
static int64_t few_keys(uint64_t *seed, size_t i)
{
    (void)i;
    return (int64_t)(mix(seed) % 7) - 3;
}

/* Record keys of a practice's hashed range: the high bytes all alike. */
static int64_t hashed_range(uint64_t *seed, size_t i)
{
    (void)i;
    return ((int64_t)1 << 62) | (int64_t)17 << 40 | (int64_t)(mix(seed) & (((uint64_t)1 << 40) - 1));
}

static int64_t descending(uint64_t *seed, size_t i)
{
    (void)seed;
    return 1000000 - (int64_t)i;
}

START_TEST(sorted_in_memory)
{
    round_trip(1 << 20, 5000, random_key, false);
    round_trip(1 << 20, 5000, few_keys, false);
}
END_TEST

START_TEST(sorted_through_runs_on_the_file)
{
    /* 4096 bytes hold some 40 records: hundreds of runs to merge. */
    round_trip(4096, 20000, random_key, true);
    round_trip(4096, 20000, few_keys, true);
    round_trip(4096, 20000, hashed_range, true);
    round_trip(4096, 20000, descending, true);
}
END_TEST

START_TEST(nothing_added_gives_nothing)
{
    struct key_sorter s;
    struct eh_error err;
    key_sorter_init(&s, 4096);
    ck_assert_int_eq(key_sorter_finish(&s, &err), EH_OK);
    int64_t key;
    const void *rec;
    size_t len;
    ck_assert_int_eq(key_sorter_next(&s, &key, &rec, &len, &err), 0);
    key_sorter_free(&s);
}
END_TEST

START_TEST(a_record_too_long_is_refused)
{
    struct key_sorter s;
    struct eh_error err;
    key_sorter_init(&s, 4096);
    static unsigned char big[KEY_SORTER_MAX_RECORD + 1];
    ck_assert_int_eq(key_sorter_add(&s, 1, big, sizeof big, &err), EH_IO);
    ck_assert_int_eq(key_sorter_add(&s, 1, big, KEY_SORTER_MAX_RECORD, &err), EH_OK);
    ck_assert_int_eq(key_sorter_finish(&s, &err), EH_OK);
    int64_t key;
    const void *rec;
    size_t len;
    ck_assert_int_eq(key_sorter_next(&s, &key, &rec, &len, &err), 1);
    ck_assert_uint_eq(len, KEY_SORTER_MAX_RECORD);
    key_sorter_free(&s);
}
END_TEST

static Suite *key_sorter_suite(void)
{
    Suite *s = suite_create("key_sorter");
    TCase *tc = tcase_create("sorting");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, sorted_in_memory);
    tcase_add_test(tc, sorted_through_runs_on_the_file);
    tcase_add_test(tc, nothing_added_gives_nothing);
    tcase_add_test(tc, a_record_too_long_is_refused);
    suite_add_tcase(s, tc);
    return s;
}

REGISTER_SUITE(key_sorter_suite)
