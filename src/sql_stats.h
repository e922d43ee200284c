/*
 * sql_stats.h - the SQL functions for medians and for value lists.
 *
 * Contract: sql_stats_register adds to a connection:
 * - median(x) and median(x, n), aggregates: the middle value of the group's
 *   x (each counted n times), or the mean of the two middle ones; NULLs are
 *   left out, no values give NULL.
 * - value_list(x) and value_list(x, n), aggregate: the group's integers x
 *   (each n times) in ascending order as a value list, a BLOB of 8 bytes
 *   per value (little-endian, two's complement), so a day's response times
 *   are one row (econsult_responses).
 * - median_list(list, divisor), aggregate: the median of every value of
 *   the group's lists, each divided by divisor first; the same number as
 *   median(x / divisor, n) over the values one by one.
 * - list_at_most(list, limit): how many values of the list are <= limit.
 * A list argument that is not a BLOB of whole values is an SQL error.
 */
#ifndef EHTRACK_SQL_STATS_H
#define EHTRACK_SQL_STATS_H

#include <sqlite3.h>

void sql_stats_register(sqlite3 *db);

#endif
