/*
 * id_rehash.h - migration 14: record ids an earlier ehtrack stored in the
 * clear that the importer now stores as their keyed hash.
 *
 * Contract: every record whose id the importer would hide today
 * (import_run.h: one that could be a person's, or equal to the record's
 * patient number) gets the hashed id a new import of its row gives, and
 * the key of that id (record_key.h), with its carriers and, for a call,
 * its legs; its figures stay as they were, so no day, month or metric
 * figure changes, and a later import of the same export finds the record
 * again instead of storing it twice. The key file is read, or made where
 * the database has none yet; where a key is needed and cannot be read,
 * nothing changes and the error says how many records wait for it. Runs
 * inside the migration's transaction.
 */
#ifndef EHTRACK_ID_REHASH_H
#define EHTRACK_ID_REHASH_H

#include <sqlite3.h>

#include "error.h"

int id_rehash_migrate(sqlite3 *db, const char *db_path, struct eh_error *err);

#endif
