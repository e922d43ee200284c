/*
 * day_counts.h - the counts per practice and day that consult_days and
 * call_days hold (docs/design.md), kept as records come and go.
 *
 * Contract: day_counts_consult and day_counts_call add one record to its
 * practice-day (sign 1) or take it away (sign -1), in memory; enum values
 * are indexes into the kind's values (log_kinds.c). day_counts_flush adds
 * what was gathered to the day table of the kind, in practice and day
 * order, and removes a day row no record stands on any more (a day row
 * stands for a day with records); it leaves the counts empty for more.
 * Memory grows with the practice-days touched: flush when
 * day_counts_size reaches DAY_COUNTS_FLUSH. The importer and the taking
 * back of an import (import_remove.h) both count through here, so a day
 * row always means the same.
 */
#ifndef EHTRACK_DAY_COUNTS_H
#define EHTRACK_DAY_COUNTS_H

#include <sqlite3.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "log_kinds.h"

/* Practice-days held before a flush is due. */
#define DAY_COUNTS_FLUSH 16384

struct day_slot;

struct day_counts {
    struct day_slot *slots;
    size_t cap, count;
    struct day_slot *recent;        /* the slot counted last */
};

/* channel: f2f phone econsult video visit; reason: result medication
 * followup other, or -1 when absent. */
void day_counts_consult(struct day_counts *c, long long practice, int day, int channel, int reason, int sign);
/* direction: in 0, out 1; outcome: answered abandoned voicemail callback. */
void day_counts_call(struct day_counts *c, long long practice, int day, int direction, int outcome,
                     long long wait_s, long long talk_s, int sign);
size_t day_counts_size(const struct day_counts *c);
/* kind is KIND_CONSULTS or KIND_CALLS. */
int day_counts_flush(struct day_counts *c, sqlite3 *db, enum log_kind kind, struct eh_error *err);
void day_counts_free(struct day_counts *c);

#endif
