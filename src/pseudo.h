/*
 * pseudo.h - pseudonymisation of patient identifiers.
 *
 * Contract: the key is 16 random bytes in a file beside the database
 * (DB.key, mode 0600, hex text), never in the database; the database keeps
 * only a fingerprint of it (meta 'key_fingerprint') so a wrong or lost key
 * is noticed instead of silently breaking the links between imports. A key
 * file appears whole or not at all (written under another name, then
 * named); of commands making the first key of one database at once, all
 * end with the same key.
 * pseudo_hash is SipHash-2-4 (libsodium crypto_shorthash): a keyed PRF, the
 * same identifier under the same key always gives the same 63-bit number,
 * and without the key it cannot be turned back or recomputed. Surrounding
 * blanks are ignored, so " 123" and "123" are one patient.
 */
#ifndef EHTRACK_PSEUDO_H
#define EHTRACK_PSEUDO_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"

struct pseudo_key {
    unsigned char bytes[16];
};

char *pseudo_key_path(const char *db_path);     /* caller frees */
/* Loads the key of the database, creating it (and recording its
 * fingerprint) when neither the key file nor a fingerprint exists yet, or
 * no fingerprint and a key file of no bytes (left by an older ehtrack
 * stopped while making the key: no key was ever used). With a fingerprint
 * stored, a missing or empty key file is an error, never a new key.
 * *created tells whether a new key was written (may be NULL). Inside a
 * transaction the caller holds, a new key's fingerprint is stored in it. */
int pseudo_key_open(const char *db_path, sqlite3 *db, struct pseudo_key *key,
                    int *created, struct eh_error *err);
/* The key for a run that writes nothing (import --dry-run, db check):
 * read and checked as pseudo_key_open does when the key file holds one;
 * where pseudo_key_open would make a new key, a random key of this run
 * alone, and *unmade is set (may be NULL). Never writes the key file or
 * the fingerprint. */
int pseudo_key_peek(const char *db_path, sqlite3 *db, struct pseudo_key *key, bool *unmade, struct eh_error *err);
int64_t pseudo_hash(const struct pseudo_key *key, const char *id, size_t len);

#endif
