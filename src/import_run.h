/*
 * import_run.h - importing one log file into the database.
 *
 * Contract: import_file reads the file as fmt says, checks every row for
 * its kind (log_kinds.h), replaces patient identifiers by their keyed hash
 * and inserts the rows in ONE transaction, with the import recorded in
 * `imports` and every rejected row in `rejects` (line, column, reason).
 * A record already present (same practice and id, or same fields where the
 * source has no id) is counted as a duplicate and not inserted again; an
 * open message that an export now shows answered gets its answer. With
 * strict, a file with any rejected row lands nothing but the record of the
 * attempt and its rejects. Memory does not grow with the file's size. A
 * failure before the commit leaves the database as it was.
 */
#ifndef EHTRACK_IMPORT_RUN_H
#define EHTRACK_IMPORT_RUN_H

#include <sqlite3.h>
#include <stdbool.h>

#include "error.h"
#include "log_format.h"
#include "pseudo.h"

struct import_options {
    const char *practice;       /* --practice AGB, or NULL */
    bool strict;
    bool progress;              /* a progress line on stderr */
};

struct import_result {
    long long import_id;
    long long read, inserted, duplicates, updated, rejected;
    bool refused;               /* strict and something was rejected */
    char note[512];             /* a data-quality remark, or "" */
};

int import_file(sqlite3 *db, const struct pseudo_key *key, const char *path, struct log_format *fmt,
                const struct import_options *opt, struct import_result *res, struct eh_error *err);

#endif
