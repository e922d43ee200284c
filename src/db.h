/*
 * db.h - the SQLite database: opening, pragmas, numbered migrations.
 *
 * Contract: db_open opens (and with create, creates) the database at path,
 * sets foreign keys on, WAL, synchronous=NORMAL and a busy handler that
 * waits up to two minutes for another ehtrack instead of failing, then
 * brings the schema to DB_SCHEMA_VERSION by applying each missing migration
 * in its own transaction (PRAGMA user_version counts them). A database from
 * a newer ehtrack is refused. db_open_readonly opens an existing database
 * without changing it, or sets *out NULL when there is none. Every failure
 * fills err with EH_IO and SQLite's message. SQL functions ams_utc(local)
 * and ams_local(utc) (seconds; datetime.h) are available on every handle.
 */
#ifndef EHTRACK_DB_H
#define EHTRACK_DB_H

#include <sqlite3.h>
#include <stdbool.h>

#include "error.h"

extern const int DB_SCHEMA_VERSION;

/* The SQL of migration n (1..DB_SCHEMA_VERSION), for tests and tools. */
const char *db_migration(int n);

/* Call once before any other SQLite use: the tool is single-threaded. */
void db_library_init(void);

int db_open(sqlite3 **out, const char *path, bool create, struct eh_error *err);
int db_open_readonly(sqlite3 **out, const char *path, struct eh_error *err);
void db_close(sqlite3 *db);

int db_exec(sqlite3 *db, const char *sql, struct eh_error *err);
int db_prepare(sqlite3 *db, sqlite3_stmt **st, const char *sql, struct eh_error *err);
/* Fills err from the handle's last error: "database PATH: what: message". */
int db_fail(sqlite3 *db, struct eh_error *err, const char *what);
/* Runs a statement that returns one integer (or def when no row). */
int db_int(sqlite3 *db, const char *sql, long long def, long long *out, struct eh_error *err);

int db_begin(sqlite3 *db, struct eh_error *err);     /* BEGIN IMMEDIATE */
int db_commit(sqlite3 *db, struct eh_error *err);
void db_rollback(sqlite3 *db);

/* Text of column i, or NULL. */
const char *db_text(sqlite3_stmt *st, int i);
/* Bind helpers: NULL text and DATE_NONE bind SQL NULL. */
void db_bind_text(sqlite3_stmt *st, int i, const char *s);
void db_bind_date(sqlite3_stmt *st, int i, int days);

#endif
