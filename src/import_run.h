/*
 * import_run.h - importing one log file into the database.
 *
 * Contract: import_file reads the file as fmt says, checks every row for
 * its kind (log_kinds.h), replaces patient identifiers by their keyed hash
 * and inserts the rows in ONE transaction, with the import recorded in
 * `imports` and every rejected row in `rejects` (line, column, reason).
 * Rows the format skips are counted, not rejected. A record already
 * present (same practice and id, or same fields where the source has no
 * id) is counted as a duplicate and not inserted again; an open message
 * that an export now shows answered gets its answer. With a format whose
 * rows of one id are legs of a call (same_id: legs), the legs are stored
 * and the call is merged from all legs of that id in the database
 * (call_legs.h): `inserted` counts new calls, `duplicates` calls already
 * present, `updated` those whose figures the new legs changed. Source
 * values of coded fields the format does not map are counted per value
 * (import_unmapped keeps those in at least UNMAPPED_MIN_ROWS rows; values
 * from patient or free-text columns are never kept). With strict, a file
 * with any rejected row lands nothing but the record of the attempt and
 * its rejects. Inside a transaction the caller holds, the import is a
 * savepoint of it (a dry run rolls the caller's transaction back); with
 * on_reject set, rejects go there instead of into the database. Memory
 * does not grow with the file's size. A failure before the commit leaves
 * the database as it was.
 */
#ifndef EHTRACK_IMPORT_RUN_H
#define EHTRACK_IMPORT_RUN_H

#include <sqlite3.h>
#include <stdbool.h>

#include "error.h"
#include "log_format.h"
#include "pseudo.h"

/* A source value is listed as unmapped from this many rows on; fewer are
 * only counted, so a single row's value is never shown. */
#define UNMAPPED_MIN_ROWS 5
/* A field with more distinct unmapped values than this shows none of them:
 * a vocabulary of codes is smaller, a column of names is not. */
#define UNMAPPED_MAX_CODES 20
/* At most this many unmapped values are kept in a result (all are in the
 * database). */
#define UNMAPPED_LISTED 100

struct import_options {
    const char *practice;       /* --practice AGB, or NULL */
    bool strict;
    bool progress;              /* a progress line on stderr */
    bool one_thread;            /* no second thread reading the sorted rows ahead */
    /* Rejects are handed here instead of being stored (dry run). col is
     * 1-based, 0 when unknown. */
    void (*on_reject)(void *ctx, const char *file, long line, int col, const char *reason);
    void *reject_ctx;
};

struct unmapped_code {
    char field[16];
    char *value;
    long long rows;
};

struct import_result {
    long long import_id;
    long long read, inserted, duplicates, updated, rejected, skipped;
    bool refused;               /* strict and something was rejected */
    char note[1536];            /* data-quality remarks, one a line, or "" */
    struct unmapped_code *unmapped;     /* most rows first */
    size_t nunmapped;
    long long unmapped_more;    /* values beyond UNMAPPED_LISTED */
    long long unmapped_other;   /* rows whose value is in fewer rows, or is never shown */
};

void import_result_free(struct import_result *res);

/* An id the importer stores as its keyed hash, "#" and 16 hex digits
 * (with the terminating NUL): one that could be a person's (a name, an
 * e-mail address, a phone number, a BSN, a date alone), or equal to the
 * row's patient number or holding it as a word, or read from the patient
 * column. Blanks around
 * an id are not part of it. */
#define IMPORT_ID_HASHED_SIZE 18
bool import_id_of_someone(const char *id, size_t n);
void import_id_hash(const struct pseudo_key *key, const char *id, size_t n, char out[IMPORT_ID_HASHED_SIZE]);
/* Whether the id, or a word of it between blanks, is the patient number
 * whose keyed hash is patient (an id equal to the patient number, or
 * joined from columns one of which is it). */
bool import_id_holds_patient(const struct pseudo_key *key, const char *id, size_t n, int64_t patient);
/* Whether id is such a hash as the importer writes it. */
bool import_id_is_hashed(const char *id, size_t n);

int import_file(sqlite3 *db, const struct pseudo_key *key, const char *path, struct log_format *fmt,
                const struct import_options *opt, struct import_result *res, struct eh_error *err);
/* What import_file checks of path before it touches the database: there,
 * readable, no directory (and with strict a regular file). The error
 * names path. */
int import_file_check(const char *path, bool strict, struct eh_error *err);
/* EH_OK when db holds a practice; else (no register recorded: every row
 * would be rejected) the error saying to sync the register, naming no
 * file. db NULL: there is no database yet, so no register either. */
int import_register_check(sqlite3 *db, struct eh_error *err);

#endif
