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
 * the database has none yet and there is something to hash. Where the key
 * cannot be read (a fingerprint stored, the file missing or another's),
 * an id equal to the patient number cannot be told: the migration only
 * notes that the work waits (meta 'ids_unhashed'), and id_rehash_pending,
 * at every open, does it once the key is back, in a transaction of its
 * own, and until then says on stderr what it waits for. id_rehash_migrate
 * runs inside the migration's transaction.
 */
#ifndef EHTRACK_ID_REHASH_H
#define EHTRACK_ID_REHASH_H

#include <sqlite3.h>

#include "error.h"

int id_rehash_migrate(sqlite3 *db, const char *db_path, struct eh_error *err);
int id_rehash_pending(sqlite3 *db, const char *db_path, struct eh_error *err);

#endif
