/*
 * term_change.h - the response terms a change to the plans moves.
 *
 * Contract: term_snapshot_take records, for every practice with e-consult
 * messages, its response term (PRACTICE_TERM_SQL, metric_eval.h), how many
 * e-consult messages it has and the first and last month they came in.
 * term_snapshot_report compares a snapshot taken before a sync or a retire
 * with one taken after and prints, to out, one line per practice whose
 * term moved: response_in_term is measured against the practice's term of
 * now for all its messages, so the months already reported change too,
 * and the user should know before a board sees a figure differ from the
 * one it saw last time. Returns how many lines it printed.
 */
#ifndef EHTRACK_TERM_CHANGE_H
#define EHTRACK_TERM_CHANGE_H

#include <sqlite3.h>
#include <stddef.h>
#include <stdio.h>

#include "error.h"

struct practice_term {
    char *agb;
    char *name;
    long hours;
    long long messages;
    char first_month[8], last_month[8];
};

struct term_snapshot {
    struct practice_term *items;
    size_t count;
};

int term_snapshot_take(sqlite3 *db, struct term_snapshot *out, struct eh_error *err);
size_t term_snapshot_report(const struct term_snapshot *before, const struct term_snapshot *after, FILE *out);
void term_snapshot_free(struct term_snapshot *s);

#endif
