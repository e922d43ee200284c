/*
 * call_legs.h - a call written as several rows: its legs, and the one call
 * they make (interface.md 7.2).
 *
 * Contract: call_merge turns the legs of one call into the call, whatever
 * their order: the outcome is the best of the legs (answered > voicemail >
 * callback > abandoned); the start the earliest leg's start; the wait the
 * real seconds from that start to the answer of the answering leg (the
 * earliest-answered leg with the best outcome, when that is answered or
 * voicemail) or, for an unanswered call, to the end of its longest leg;
 * the talk time the answering leg's (0 unanswered); the direction inbound
 * when any leg is. Times are Amsterdam civil seconds; durations real ones.
 *
 * In the database (migration 4) a leg is kept once in call_legs, keyed by
 * a hash of its call and figures (below); call_leg_imports records every import
 * that carried it. call_legs_merged reads a call's stored legs and merges
 * them, so the call can be computed again from whatever legs remain.
 */
#ifndef EHTRACK_CALL_LEGS_H
#define EHTRACK_CALL_LEGS_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"

/* direction and outcome as indexes into the calls kind's values
 * (log_kinds.c): in 0, out 1; answered 0, abandoned 1, voicemail 2,
 * callback 3. */
struct call_leg {
    int64_t start;
    int direction;
    long long wait_s, talk_s;
    int outcome;
};

void call_merge(const struct call_leg *legs, size_t n, struct call_leg *call);
bool call_leg_equal(const struct call_leg *a, const struct call_leg *b);

/* The key a leg of call_key is stored under (before collision probing). */
int64_t call_leg_key(int64_t call_key, const struct call_leg *leg);

/* A leg's (or a call's) figures as SQL columns of call_legs or calls, in
 * the order read_leg-style readers take them: start, direction index,
 * wait_s, talk_s, outcome index. */
#define CALL_LEG_COLUMNS                                                                                    \
    "start, direction = 'out', wait_s, talk_s, "                                                            \
    "CASE outcome WHEN 'answered' THEN 0 WHEN 'abandoned' THEN 1 WHEN 'voicemail' THEN 2 ELSE 3 END"

/* Reads a leg's (or a call's) figures from columns first.. of st, as
 * CALL_LEG_COLUMNS gives them. */
void call_leg_read(sqlite3_stmt *st, int first, struct call_leg *leg);
/* Binds them as the tables hold them (start, direction 'in'/'out', wait_s,
 * talk_s, outcome text) to parameters first .. first + 4. */
void call_leg_bind(sqlite3_stmt *st, int first, const struct call_leg *leg);

/* Storing legs: a leg is kept once, on the first free key from
 * call_leg_key, at most RECORD_KEY_PROBES keys on (record_key.h: a
 * collision moves on, and whoever looks for the leg compares the call and
 * figures on those keys), and every import that carried it is recorded.
 * call_leg_store_put stores leg of call_key as carried by import_id;
 * *fresh when the database did not hold it yet, *leg_key where it is.
 * call_leg_store_keep stores it without recording an import. */
struct call_leg_store {
    sqlite3 *db;
    sqlite3_stmt *insert, *get, *carrier;
};

int call_leg_store_open(struct call_leg_store *s, sqlite3 *db, struct eh_error *err);
int call_leg_store_put(struct call_leg_store *s, int64_t call_key, const struct call_leg *leg, long long import_id,
                       int64_t *leg_key, bool *fresh, struct eh_error *err);
int call_leg_store_keep(struct call_leg_store *s, int64_t call_key, const struct call_leg *leg, int64_t *leg_key,
                        bool *fresh, struct eh_error *err);
void call_leg_store_close(struct call_leg_store *s);

/* Merges the stored legs of call_key into *call; *found false when the
 * call has none. */
int call_legs_merged(sqlite3 *db, sqlite3_stmt *legs_of_call, int64_t call_key, struct call_leg *call,
                     bool *found, struct eh_error *err);
/* The statement call_legs_merged steps: prepare once per import. */
extern const char CALL_LEGS_OF_CALL_SQL[];

#endif
