/* read_ahead.c: every buffer back once and in order, in a second thread
 * and without one; a buffer the caller holds is never filled under it; a
 * failure of the filler reaches the caller with its message; stopping
 * early neither hangs nor fills again. */
#include <stdbool.h>
#include <string.h>
#include <time.h>

#include "read_ahead.h"
#include "suites.h"

#define PER_BUFFER 100

/* Fills buffers with the numbers 0..total-1 in order, PER_BUFFER at most
 * a buffer; fails with EH_IO on the fail_at-th call when it is > 0. */
struct counter {
    int next, total;
    int calls, fail_at;
};

static int count_up(void *arg, void *buffer, size_t *count, struct eh_error *err)
{
    struct counter *c = arg;
    int *out = buffer;
    if (++c->calls == c->fail_at) return eh_fail(err, EH_IO, "numbers", c->next, 0, "no more numbers");
    size_t n = 0;
    while (n < PER_BUFFER && c->next < c->total) out[n++] = c->next++;
    *count = n;
    return EH_OK;
}

static void pause_a_little(void)
{
    struct timespec t = {0, 200000};
    nanosleep(&t, NULL);
}

static void take_all(bool threaded)
{
    int a[PER_BUFFER], b[PER_BUFFER];
    struct counter c = {.total = 10007};
    struct read_ahead ra;
    struct eh_error err = {0};
    ck_assert_int_eq(read_ahead_start(&ra, count_up, &c, a, b, threaded, &err), EH_OK);
    int expect = 0, buffers = 0;
    for (;;) {
        void *buffer;
        size_t n;
        ck_assert_int_eq(read_ahead_take(&ra, &buffer, &n, &err), EH_OK);
        if (!n) break;
        ck_assert(buffer == a || buffer == b);
        const int *got = buffer;
        /* The filler works on the other buffer meanwhile: this one stays. */
        if (buffers % 16 == 0) pause_a_little();
        for (size_t i = 0; i < n; i++) ck_assert_int_eq(got[i], expect + (int)i);
        expect += (int)n;
        buffers++;
    }
    ck_assert_int_eq(expect, 10007);
    ck_assert_int_eq(buffers, 101);
    /* After the end, the end again. */
    void *buffer;
    size_t n = 1;
    ck_assert_int_eq(read_ahead_take(&ra, &buffer, &n, &err), EH_OK);
    ck_assert_int_eq((int)n, 0);
    read_ahead_stop(&ra);
}

START_TEST(every_buffer_once_in_order_in_a_second_thread)
{
    take_all(true);
}
END_TEST

START_TEST(every_buffer_once_in_order_in_one_thread)
{
    take_all(false);
}
END_TEST

START_TEST(a_failure_reaches_the_caller)
{
    for (int threaded = 0; threaded < 2; threaded++) {
        int a[PER_BUFFER], b[PER_BUFFER];
        struct counter c = {.total = 10000, .fail_at = 5};
        struct read_ahead ra;
        struct eh_error err = {0};
        ck_assert_int_eq(read_ahead_start(&ra, count_up, &c, a, b, threaded, &err), EH_OK);
        int taken = 0, rc;
        void *buffer;
        size_t n;
        while ((rc = read_ahead_take(&ra, &buffer, &n, &err)) == EH_OK && n) taken++;
        ck_assert_int_eq(rc, EH_IO);
        ck_assert_int_eq(taken, 4);
        ck_assert_str_eq(err.msg, "no more numbers");
        ck_assert_int_eq((int)err.line, 400);
        read_ahead_stop(&ra);
        ck_assert_int_eq(c.calls, 5);
    }
}
END_TEST

START_TEST(stopping_early_fills_no_more)
{
    int a[PER_BUFFER], b[PER_BUFFER];
    struct counter c = {.total = 1000000};
    struct read_ahead ra;
    struct eh_error err = {0};
    ck_assert_int_eq(read_ahead_start(&ra, count_up, &c, a, b, true, &err), EH_OK);
    void *buffer;
    size_t n;
    ck_assert_int_eq(read_ahead_take(&ra, &buffer, &n, &err), EH_OK);
    ck_assert_int_eq((int)n, PER_BUFFER);
    read_ahead_stop(&ra);
    /* One buffer taken, one waiting, perhaps one more being filled when
     * told to stop: never the whole count. */
    int calls = c.calls;
    ck_assert_int_le(calls, 3);
    pause_a_little();
    ck_assert_int_eq(c.calls, calls);
}
END_TEST

static Suite *read_ahead_suite(void)
{
    Suite *s = suite_create("read_ahead");
    TCase *tc = tcase_create("hand-over");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, every_buffer_once_in_order_in_a_second_thread);
    tcase_add_test(tc, every_buffer_once_in_order_in_one_thread);
    tcase_add_test(tc, a_failure_reaches_the_caller);
    tcase_add_test(tc, stopping_early_fills_no_more);
    suite_add_tcase(s, tc);
    return s;
}

REGISTER_SUITE(read_ahead_suite)
