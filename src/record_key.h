/*
 * record_key.h - a log record's identity (practice, id) as the one integer
 * key of its table, and where in the table that key may lie.
 *
 * Contract: each practice owns two ranges of keys. A canonical decimal id
 * below 2^40 packs as practice << 40 | id (its packed range): one key, one
 * record, no search. Any other id - text, an integer of more bits, the
 * field identity of a record without an id - hashes to a home key in the
 * practice's hashed range, 2^62 | practice << 40 | h. A record of a hashed
 * id lies on the first key from its home that no other record held when
 * it was stored, at most RECORD_KEY_PROBES keys on: whoever looks for it
 * reads the keys [home, home + RECORD_KEY_PROBES] and compares the stored
 * practice and id, so a collision never merges two records and a key
 * freed (a record taken back) never hides one. A practice's records are
 * together in both ranges, so rows sorted by key append to the table, and
 * a practice's records are read as two ranges.
 *
 * Practice ids must be below RECORD_KEY_MAX_PRACTICE. A test build
 * narrows h to EHTRACK_RECORD_KEY_BITS bits (make check's
 * ehtrack-narrow-keys), so that records collide and the probing runs.
 */
#ifndef EHTRACK_RECORD_KEY_H
#define EHTRACK_RECORD_KEY_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"

#define RECORD_KEY_ID_BITS 40
#define RECORD_KEY_MAX_PRACTICE ((long long)1 << (62 - RECORD_KEY_ID_BITS))
#define RECORD_KEY_HASHED_BASE ((int64_t)1 << 62)
/* Keys after its home a hashed record may be moved to by collisions. */
#define RECORD_KEY_PROBES 64

/* Where a record of (practice, id) lies: at home exactly (packed), or on
 * the first free key of [home, last]. */
struct record_key {
    int64_t home, last;
    bool packed;
};

/* A canonical decimal integer id ("12345"; not "007", not "+5"), stored
 * as an integer; *out its value. */
bool record_key_integer_id(const char *s, size_t n, long long *out);

/* The key of practice_id's record with id s[0..n) (the id as stored as
 * text: a canonical integer id is packed when it fits). practice_id must
 * be 1 .. RECORD_KEY_MAX_PRACTICE - 1. */
void record_key_of(long long practice_id, const char *s, size_t n, struct record_key *key);

/* The first and last key of a practice's packed (hashed false) or hashed
 * range. */
void record_key_range(long long practice_id, bool hashed, int64_t *first, int64_t *last);

/* An SQL condition that holds when the integer expression key_expr is the
 * key of a record of practice practice_expr (both ranges; caller frees). */
char *record_key_in_practice_sql(const char *key_expr, const char *practice_expr);

/* A search of the window [home, last] for a free key: call
 * record_key_probe_saw with every held key of the window in ascending
 * order; then record_key_probe_free gives the first key none holds, or
 * false when every key is held. */
struct record_key_probe {
    int64_t next, last;
    bool full;
};
void record_key_probe_start(struct record_key_probe *p, int64_t home, int64_t last);
void record_key_probe_saw(struct record_key_probe *p, int64_t held);
bool record_key_probe_free(const struct record_key_probe *p, int64_t *key);

/* Migration 7: the records of an older schema, whose hashed keys lay
 * anywhere from 2^62 on, moved to their practice's hashed range, with
 * their carriers and, for calls, their legs (rekeyed to the call's new
 * key). Runs inside the migration's transaction. */
int record_key_migrate(sqlite3 *db, struct eh_error *err);

/* The carriers of the records of kind (log_kinds.h) that moved as
 * temp.rekey(new INTEGER PRIMARY KEY, old INTEGER NOT NULL), indexed on
 * old, says, and for calls their legs, moved after them. The records
 * themselves the caller has moved. */
int record_key_follow(sqlite3 *db, int kind, struct eh_error *err);

#endif
