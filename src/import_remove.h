/*
 * import_remove.h - taking an import back (interface.md 7.2, `imports
 * remove ID`).
 *
 * Contract: import_remove makes the database, in one transaction, what it
 * would be had the import never run (record_carriers.h says who carried
 * what):
 *   - a record no other import carried is deleted;
 *   - a record another import also carried stays, with the figures of its
 *     first remaining carrier (the one that would have stored it); a
 *     message takes the answer of the first remaining carrier that had one
 *     (so taking back the import that brought the answer opens it again);
 *   - a call written as legs loses the legs only this import carried and
 *     is merged again from the legs that remain (call_legs.h); a plain
 *     import that becomes a call's first carrier is a leg of it, as the
 *     importer would have made it;
 *   - consult_days and call_days move with every record deleted or changed
 *     (day_counts.h), as do a record's import_id.
 * The import stays in `imports` with outcome 'removed'; import_removals
 * records when, by whom, and the counts of *res. Refused (EH_INVALID, the
 * database untouched): an unknown id, an import already removed, one that
 * stored nothing (refused under --strict), and an import of a kind for
 * which an import made before the bookkeeping (imports.tracked = 0) met
 * records again: which records those shared is not known.
 *
 * Anything kept per record at import time (day tables now, other
 * aggregates later) is kept here too: every record that leaves or changes
 * passes through on_record_change in import_remove.c, with its figures
 * before and after.
 */
#ifndef EHTRACK_IMPORT_REMOVE_H
#define EHTRACK_IMPORT_REMOVE_H

#include <sqlite3.h>
#include <stdbool.h>

#include "error.h"
#include "log_kinds.h"

struct remove_result {
    enum log_kind kind;
    char file[512];
    long long deleted;          /* records deleted */
    long long kept;             /* records this import carried that another import also carried */
    long long changed;          /* of those kept, records whose figures changed */
};

/* who: the login name recorded with the removal, or NULL. progress: a
 * line on stderr, redrawn as records are settled (for a terminal). */
int import_remove(sqlite3 *db, long long import_id, const char *who, bool progress, struct remove_result *res,
                  struct eh_error *err);

#endif
