/*
 * db.h - the SQLite database: opening, pragmas, numbered migrations.
 *
 * Contract: db_open opens (and with create, creates) the database at path,
 * sets foreign keys on, WAL, synchronous=NORMAL, SQLite's cheap checks of
 * every page it reads (cell_size_check) and a busy handler that waits for
 * another ehtrack instead of failing ($EHTRACK_BUSY_TIMEOUT seconds, default
 * 120), then brings the schema to DB_SCHEMA_VERSION by applying each
 * missing migration in its own transaction (PRAGMA user_version counts
 * them). Without create, a path holding no ehtrack database (no file, or
 * an empty one) is refused and nothing is created. A database from a newer
 * ehtrack is refused. db_open_readonly opens an existing database without
 * changing it, or sets *out NULL when there is none. Every failure fills
 * err with EH_IO and SQLite's message. SQL functions ams_utc(local) and
 * ams_local(utc) (seconds; datetime.h) are available on every handle.
 *
 * Every statement that reads rows is stepped with db_next, which tells the
 * end of the rows (SQLITE_DONE) from a failure: a damaged page, a full
 * disk or a lock held past the busy timeout is an error, never a short
 * result.
 */
#ifndef EHTRACK_DB_H
#define EHTRACK_DB_H

#include <sqlite3.h>
#include <stdbool.h>

#include "error.h"
#include "util.h"

extern const int DB_SCHEMA_VERSION;

/* The SQL of migration n (1..DB_SCHEMA_VERSION), for tests and tools. */
const char *db_migration(int n);

/* Call once before any other SQLite use. A connection is only ever used
 * by one thread; threads: some command uses two connections in two
 * threads at once (SQLite's multi-thread mode), else none (single-thread
 * mode, without SQLite's mutexes). */
void db_library_init(bool threads);

int db_open(sqlite3 **out, const char *path, bool create, struct eh_error *err);
/* Whether path holds a database, or only a file of no bytes (or nothing)
 * that db_open would have to create one in. */
bool db_exists(const char *path);
/* *version_found: the schema of a database it did not open for being of
 * another version than DB_SCHEMA_VERSION, else 0. */
int db_open_readonly(sqlite3 **out, const char *path, long long *version_found, struct eh_error *err);
/* A private copy of the database src holds, in SQLite's temporary file
 * (removed when closed), configured as db_open configures: what a dry run
 * works on when this user may read the database but not write it. */
int db_copy_private(sqlite3 *src, sqlite3 **out, struct eh_error *err);
/* The same from the file at path, opened only to read, the copy brought
 * up to DB_SCHEMA_VERSION: a database of an older schema that this user
 * may not write (and so not migrate) can still be read. */
int db_open_private_copy(const char *path, sqlite3 **out, struct eh_error *err);
void db_close(sqlite3 *db);

/* Copies what the write-ahead log holds into the database file (a passive
 * checkpoint: readers are not waited for). SQLite does so after each
 * commit but says nothing when it fails: a full disk or a file size limit
 * then leaves the last commit in PATH-wal only. EH_OK, or EH_IO with err
 * saying the data is stored, why the copy failed and what to do. */
int db_settle(sqlite3 *db, const char *path, struct eh_error *err);

int db_exec(sqlite3 *db, const char *sql, struct eh_error *err);
int db_prepare(sqlite3 *db, sqlite3_stmt **st, const char *sql, struct eh_error *err);
/* Fills err from the handle's last error: "database PATH: what: message". */
int db_fail(sqlite3 *db, struct eh_error *err, const char *what);
/* Runs a statement that returns one integer (or def when no row). */
int db_int(sqlite3 *db, const char *sql, long long def, long long *out, struct eh_error *err);

/* Steps st: true while it yields a row. When it yields none, *status is
 * EH_OK if the statement ran to its end (SQLITE_DONE), else EH_IO with err
 * filled ("database PATH: what: SQLite's message"). A loop reads
 *     while (db_next(st, &rc, err, "reading plans")) { ... }
 * and then checks rc. */
bool db_next(sqlite3_stmt *st, int *status, struct eh_error *err, const char *what);
/* Steps a statement that returns no rows (or whose rows are not wanted):
 * EH_OK when it ran to SQLITE_DONE, else EH_IO with err filled. */
int db_step_done(sqlite3_stmt *st, struct eh_error *err, const char *what);

/* A full integrity check (PRAGMA integrity_check and foreign_key_check):
 * EH_OK and an empty problems buffer when the database is sound, else
 * EH_IO with one line per problem found in problems. */
int db_check(sqlite3 *db, struct sbuf *problems, struct eh_error *err);

int db_begin(sqlite3 *db, struct eh_error *err);     /* BEGIN IMMEDIATE */
/* BEGIN IMMEDIATE without waiting: *busy is set, and no transaction
 * begun, where another connection holds the write lock (work another
 * process is doing, that this one need not wait for). */
int db_begin_unless_busy(sqlite3 *db, bool *busy, struct eh_error *err);
int db_commit(sqlite3 *db, struct eh_error *err);
void db_rollback(sqlite3 *db);
/* A read transaction whose snapshot is taken now (not at its first read). */
int db_begin_read(sqlite3 *db, struct eh_error *err);
/* Read transactions on a and b (two connections to one database) that see
 * the same state of it, though other programs commit meanwhile: a's
 * snapshot is taken, then b's, then a's again; when another connection
 * committed in between (PRAGMA data_version moved) both start over.
 * between, when not NULL, runs after a's first snapshot (a test commits
 * there). Each transaction ends with db_end_read. */
int db_read_together(sqlite3 *a, sqlite3 *b, void (*between)(void *arg), void *arg, struct eh_error *err);
/* Ends a read transaction (if one is open): status back, or COMMIT's
 * error when status is EH_OK and the COMMIT fails. */
int db_end_read(sqlite3 *db, int status, struct eh_error *err);

/* Text of column i, or NULL. */
const char *db_text(sqlite3_stmt *st, int i);
/* Bind helpers: NULL text and DATE_NONE bind SQL NULL. */
void db_bind_text(sqlite3_stmt *st, int i, const char *s);
void db_bind_date(sqlite3_stmt *st, int i, int days);
/* The month of a day as text YYYY-MM (NULL for DATE_NONE). */
void db_bind_month(sqlite3_stmt *st, int i, int days);

#endif
