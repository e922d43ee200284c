/*
 * record_carriers.h - which imports carried each record (migration 6),
 * so that an import can be taken back without losing what another import
 * also carried (import_remove.h).
 *
 * Contract: a record's import_id is the first import that carried it. An
 * import that meets a record already stored adds a row to the kind's
 * carriers table: same = 1 when it carried the figures the record holds,
 * else its own figures (carrier_note). Nothing is written for the import
 * that stored the record, nor for records met only once: an import of new
 * records costs nothing here. Before a record's figures change (a message
 * answered later, a call merged with new legs, a carrier taken back),
 * carriers_freeze gives every same = 1 row of it the figures it stands
 * for and keeps the first carrier's own figures in a row of its own, so
 * each row keeps meaning what that import carried. Calls written as legs
 * keep theirs in call_leg_imports, and a call's first carrier its figures
 * as a leg (call_legs.h).
 */
#ifndef EHTRACK_RECORD_CARRIERS_H
#define EHTRACK_RECORD_CARRIERS_H

#include <sqlite3.h>
#include <stdint.h>

#include "error.h"
#include "log_kinds.h"

struct carrier_kind {
    const char *records;        /* the record table: "consults" */
    const char *carriers;       /* its carriers table: "consult_carriers" */
    const char *figures;        /* the columns a carrier holds, in the importer's order */
    int nfigures;
    const char *words[8];       /* each figure as a note names it: "patient number" */
};

extern const struct carrier_kind CARRIER_KINDS[KIND_COUNT];

/* The number of the figure held in the column named `column` of the
 * kind's records, or -1 when no figure is. The first of figures, the
 * record's time (or day), is 0 and has no bit in a note; any later
 * one's bit is 1 << (number - 1) (NOTE_DIFFER). */
int carrier_figure(enum log_kind kind, const char *column);

/* The importer looks a row's record up and notes a carrier with these,
 * bound as its INSERT (?1 key, ?2 practice, ?3 id, the figures from ?4,
 * the import's id after them): NOTE_LOOKUP, with the last key the record
 * may lie on bound after the import's id (record_key.h), returns for each
 * record of the keys ?1 .. that last one (its key, whether it has the
 * row's identity, whether its first carrier is this import, whether it
 * holds the row's figures, whether it holds the row's time to the
 * minute: the first figure, whether it holds the figures after the
 * first, whether its time is later than the row's); NOTE_SAME or
 * NOTE_OWN adds the carrier row,
 * unless the first carrier is this import. NOTE_EARLIER returns the
 * imports before this one whose figures after the time, for the record
 * of key ?1, are not the row's: the ones to take back for the row's
 * figures to stand (import_remove.h gives a record its first remaining
 * carrier's). NOTE_DIFFER returns which figures after the first the
 * record of key ?1 does not hold: bit n - 1 for figure n, for a note to
 * name them (asked only of a record whose figures differ, so a re-import
 * pays nothing for it). Single-row statements: an INSERT ... SELECT would
 * open a statement journal on every row of a re-import. Caller frees the
 * text. */
enum carrier_note { NOTE_LOOKUP, NOTE_SAME, NOTE_OWN, NOTE_EARLIER, NOTE_DIFFER };
char *carriers_note_sql(enum log_kind kind, enum carrier_note step);

/* The two statements carriers_freeze steps, prepared once per use. */
struct carriers_freezer {
    sqlite3 *db;
    enum log_kind kind;
    sqlite3_stmt *materialize, *keep_first;
};

int carriers_freezer_open(struct carriers_freezer *f, sqlite3 *db, enum log_kind kind, struct eh_error *err);
int carriers_freeze(struct carriers_freezer *f, int64_t key, struct eh_error *err);
void carriers_freezer_close(struct carriers_freezer *f);

#endif
