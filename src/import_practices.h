/*
 * import_practices.h - which practices each import carried records of, and
 * over which days (table import_practices, schema 11): what a workbook's
 * Data quality sheet lists an import by.
 *
 * Contract: the importer keeps the table as it meets each record
 * (import_run.c). import_practices_rebuild fills an empty table from the
 * records as they stand: each record counts for the import that first
 * stored it (its import_id) and for every import its carriers name
 * (record_carriers.h, call_leg_imports for calls written as legs), on the
 * record's day (a consult's or call's start, a message's received time, a
 * survey's or registration's date). One pass over each table, the pairs
 * kept in memory (imports x practices, not records), no sorting on disk.
 * Run inside the caller's transaction (migration 11). An import taken back
 * before has no records left and gets no row.
 */
#ifndef EHTRACK_IMPORT_PRACTICES_H
#define EHTRACK_IMPORT_PRACTICES_H

#include <sqlite3.h>

#include "error.h"

int import_practices_rebuild(sqlite3 *db, struct eh_error *err);

#endif
