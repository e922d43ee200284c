/*
 * month_sums.h - the day tables of consults, messages and calls summed
 * per practice and calendar month (consult_months, message_months,
 * call_months), so a month, quarter or year of a practice is read in one
 * row instead of thirty (docs/design.md, "The day tables").
 *
 * Contract: a month row holds its day table's columns (MONTH_SUMS[kind])
 * summed over the practice's day rows of that month, with the first and
 * last day of them and how many there are; a month without day rows has
 * no row. Whoever changes a day table calls month_sums_refresh for the
 * practice and the days changed, in the same transaction, after the day
 * rows are final: it recomputes the whole months those days fall in.
 */
#ifndef EHTRACK_MONTH_SUMS_H
#define EHTRACK_MONTH_SUMS_H

#include <sqlite3.h>
#include <stddef.h>

#include "error.h"
#include "log_kinds.h"

struct month_sums_def {
    const char *day_table, *month_table;
    const char *const *cols;    /* summed: the same names in both tables */
    size_t ncols;
};

/* Indexed by kind; day_table NULL for the kinds without day tables. */
extern const struct month_sums_def MONTH_SUMS[KIND_COUNT];

struct month_refresh {
    sqlite3_stmt *clear, *fill;
    enum log_kind kind;
};

/* Prepares the statements of kind (one with a day table). */
int month_refresh_begin(struct month_refresh *m, sqlite3 *db, enum log_kind kind, struct eh_error *err);
/* Recomputes the month rows of practice over the months of first .. last
 * (days). */
int month_sums_refresh(struct month_refresh *m, long long practice, int first, int last, struct eh_error *err);
void month_refresh_end(struct month_refresh *m);

/* The whole calendar months of the days from .. to: *first the first day
 * of the first of them, *last the last day of the last; none: *first is
 * to + 1 and *last is to. Those months read from the month tables, the
 * days around them from the day tables. */
void month_sums_whole(int from, int to, int *first, int *last);

#endif
