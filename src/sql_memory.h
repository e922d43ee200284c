/*
 * sql_memory.h - SQLite's memory counted per thread, so that one metric's
 * SQL can be held to a budget without a lock around every allocation.
 *
 * Contract: sql_memory_install, called before sqlite3_initialize, makes
 * SQLite allocate through the C library's malloc and keep, for each
 * thread, the bytes that thread allocated less those it freed. Between
 * sql_memory_budget_begin(limit) and sql_memory_budget_end() on a thread,
 * an allocation that would take that thread's count more than limit bytes
 * above where it stood at the begin fails, and SQLite returns SQLITE_NOMEM
 * to whatever ran. The count is exact for what a statement allocates and
 * frees as it runs (its sorter, its values, a blob it builds), which is
 * what the budget is for; memory one thread allocates and another frees
 * (a connection closed by another thread) only moves the two counts.
 * SQLite's own limits (sqlite3_hard_heap_limit64) need its memory
 * statistics, whose mutex two threads would wait on: they are off.
 * Without sql_memory_install the budget calls do nothing.
 */
#ifndef EHTRACK_SQL_MEMORY_H
#define EHTRACK_SQL_MEMORY_H

#include <stdbool.h>

/* false when SQLite refused the allocator (it was initialized already). */
bool sql_memory_install(void);
void sql_memory_budget_begin(long long limit);
void sql_memory_budget_end(void);

#endif
