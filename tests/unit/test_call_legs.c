/* Calls written as legs (call_legs.c): the merged call, in every order of
 * its legs, worked out by hand. Times are Amsterdam civil seconds. */
#include <string.h>

#include "call_legs.h"
#include "datetime.h"
#include "suites.h"

enum { IN, OUT };
enum { ANSWERED, ABANDONED, VOICEMAIL, CALLBACK };

static int64_t at(const char *local)
{
    int64_t t;
    ck_assert(parse_local_time(local, strlen(local), &t));
    return t;
}

/* Every order of n legs (n <= 4) gives the same call. */
static void assert_every_order(const struct call_leg *legs, size_t n, const struct call_leg *want)
{
    size_t idx[4] = {0, 1, 2, 3};
    size_t orders = 0;
    for (;;) {
        struct call_leg shuffled[4], got;
        for (size_t i = 0; i < n; i++) shuffled[i] = legs[idx[i]];
        call_merge(shuffled, n, &got);
        ck_assert_msg(call_leg_equal(&got, want),
                      "order %zu: start %lld wait %lld talk %lld outcome %d, want %lld %lld %lld %d", orders,
                      (long long)got.start, got.wait_s, got.talk_s, got.outcome, (long long)want->start, want->wait_s,
                      want->talk_s, want->outcome);
        ck_assert_int_eq(got.direction, want->direction);
        orders++;
        /* next permutation of idx[0..n) */
        size_t i = n - 1;
        while (i > 0 && idx[i - 1] >= idx[i]) i--;
        if (i == 0) break;
        size_t j = n - 1;
        while (idx[j] <= idx[i - 1]) j--;
        size_t tmp = idx[i - 1];
        idx[i - 1] = idx[j];
        idx[j] = tmp;
        for (size_t a = i, b = n - 1; a < b; a++, b--) {
            tmp = idx[a];
            idx[a] = idx[b];
            idx[b] = tmp;
        }
    }
    size_t fact = 1;
    for (size_t k = 2; k <= n; k++) fact *= k;
    ck_assert_uint_eq(orders, fact);
}

START_TEST(ring_group_answered_by_the_second_phone)
{
    /* Dial(PJSIP/201&PJSIP/202&PJSIP/203), all legs from 08:00:00: 201 rings
     * 12 s and stops, 202 answers after 12 s and talks 180 s, 203 is busy. */
    int64_t t = at("2026-03-02 08:00:00");
    struct call_leg legs[] = {
        {t, IN, 12, 0, ABANDONED}, {t, IN, 12, 180, ANSWERED}, {t, IN, 0, 0, ABANDONED},
    };
    struct call_leg want = {t, IN, 12, 180, ANSWERED};
    assert_every_order(legs, 3, &want);
}
END_TEST

START_TEST(queue_answered_in_the_second_round)
{
    /* Legs start at the call's start, except one member leg written from
     * 08:00:05 (a later CDR): the call starts 08:00:00. The answer comes at
     * 08:00:05 + 30 s = 08:00:35: wait 35 s, talk of the answering leg. */
    int64_t t = at("2026-03-02 08:00:00");
    struct call_leg legs[] = {
        {t, IN, 20, 0, ABANDONED},
        {t + 5, IN, 30, 95, ANSWERED},
        {t, IN, 35, 0, ABANDONED},
        {t, IN, 20, 0, ABANDONED},
    };
    struct call_leg want = {t, IN, 35, 95, ANSWERED};
    assert_every_order(legs, 4, &want);
}
END_TEST

START_TEST(nobody_answers_then_voicemail)
{
    /* Two phones ring 30 s; the voicemail's row starts at 08:00:30 and
     * answers a second later; the message takes 25 s. Voicemail beats
     * abandoned; the wait runs to the voicemail's answer: 31 s. */
    int64_t t = at("2026-03-02 08:00:00");
    struct call_leg legs[] = {{t, IN, 30, 0, ABANDONED}, {t + 30, IN, 1, 25, VOICEMAIL}, {t, IN, 30, 0, ABANDONED}};
    struct call_leg want = {t, IN, 31, 25, VOICEMAIL};
    assert_every_order(legs, 3, &want);
}
END_TEST

START_TEST(unanswered_waits_to_the_end_of_its_longest_leg)
{
    /* Legs of 14 s and 22 s (from 08:00:00), and one of 10 s written from
     * 08:00:05 (ends 08:00:15): the longest leg ends 08:00:22, so the
     * caller waited 22 s; talk 0. A callback beats abandoned. */
    int64_t t = at("2026-03-02 08:00:00");
    struct call_leg legs[] = {{t, IN, 14, 0, ABANDONED}, {t, IN, 22, 0, ABANDONED}, {t + 5, IN, 10, 0, CALLBACK}};
    struct call_leg want = {t, IN, 22, 0, CALLBACK};
    assert_every_order(legs, 3, &want);
}
END_TEST

START_TEST(answered_beats_voicemail_and_the_earliest_answer_counts)
{
    /* Two answering legs (a transfer writes a second): the earlier answer
     * is the wait; a voicemail leg does not win over an answer. */
    int64_t t = at("2026-03-02 08:00:00");
    struct call_leg legs[] = {{t, IN, 40, 60, ANSWERED}, {t, IN, 8, 200, ANSWERED}, {t, IN, 1, 30, VOICEMAIL}};
    struct call_leg want = {t, IN, 8, 200, ANSWERED};
    assert_every_order(legs, 3, &want);
}
END_TEST

START_TEST(waits_are_real_seconds_across_the_switch_to_summer_time)
{
    /* 2026-03-29: 01:59:50 winter time, then the clock jumps to 03:00. A
     * leg written from 03:00:05 is 15 real seconds after the call's start. */
    int64_t t = at("2026-03-29 01:59:50");
    struct call_leg legs[] = {{t, IN, 10, 0, ABANDONED}, {at("2026-03-29 03:00:05"), IN, 4, 60, ANSWERED}};
    struct call_leg want = {t, IN, 19, 60, ANSWERED};
    assert_every_order(legs, 2, &want);
}
END_TEST

START_TEST(one_leg_is_the_call_and_outbound_stays_outbound)
{
    int64_t t = at("2026-03-02 10:15:00");
    struct call_leg leg = {t, OUT, 9, 185, ANSWERED}, got;
    call_merge(&leg, 1, &got);
    ck_assert(call_leg_equal(&got, &leg));
    ck_assert_int_eq(got.direction, OUT);
    /* The same leg twice is the same call. */
    struct call_leg twice[] = {leg, leg};
    call_merge(twice, 2, &got);
    ck_assert(call_leg_equal(&got, &leg));
    /* Leg keys differ between calls and between figures. */
    struct call_leg other = leg;
    other.talk_s++;
    ck_assert(call_leg_key(1, &leg) != call_leg_key(2, &leg));
    ck_assert(call_leg_key(1, &leg) != call_leg_key(1, &other));
    ck_assert(call_leg_key(1, &leg) > 0);
}
END_TEST

static Suite *call_legs_suite(void)
{
    Suite *s = suite_create("call_legs");
    TCase *tc = tcase_create("merge");
    tcase_add_test(tc, ring_group_answered_by_the_second_phone);
    tcase_add_test(tc, queue_answered_in_the_second_round);
    tcase_add_test(tc, nobody_answers_then_voicemail);
    tcase_add_test(tc, unanswered_waits_to_the_end_of_its_longest_leg);
    tcase_add_test(tc, answered_beats_voicemail_and_the_earliest_answer_counts);
    tcase_add_test(tc, waits_are_real_seconds_across_the_switch_to_summer_time);
    tcase_add_test(tc, one_leg_is_the_call_and_outbound_stays_outbound);
    suite_add_tcase(s, tc);
    return s;
}

REGISTER_SUITE(call_legs_suite)
