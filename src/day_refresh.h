/*
 * day_refresh.h - the figures of the day tables that counting one record
 * at a time cannot keep (docs/design.md, "The day tables"): how many of a
 * day's e-consults were followed up (consult_days.econsult_followed,
 * which depends on the patient's other consults), and the messages' day
 * tables (message_days, econsult_responses, econsult_open), which depend
 * on a message's answer arriving later.
 *
 * Contract: whoever adds, changes or removes consults or messages notes
 * the practice and day of every record before and after
 * (day_spans_note); day_refresh then recomputes those figures of the
 * kind's day tables for every practice over the days noted (for
 * consults, also the 15 days before, whose e-consults a new contact may
 * follow up), from the records as they stand, and empties the spans. Run
 * it after day_counts_flush, in the same transaction: a day row of
 * consult_days must exist for its follow-up count to be set. Memory grows
 * with the practices noted, not with the records.
 */
#ifndef EHTRACK_DAY_REFRESH_H
#define EHTRACK_DAY_REFRESH_H

#include <sqlite3.h>
#include <stddef.h>

#include "error.h"
#include "log_kinds.h"

struct day_span;
struct followups;

struct day_spans {
    struct day_span *by_practice;   /* indexed by practice id */
    size_t cap;
};

/* Notes that the records of a practice on day changed. */
void day_spans_note(struct day_spans *s, long long practice, int day);
/* Counts the follow-ups of a practice's noted days in memory, so that
 * day_refresh need not read its consults back: f holds every consult the
 * practice has from a day before its first day noted - 15 to 16 days
 * after its last. A day noted later drops the count. */
void day_spans_count_followed(struct day_spans *s, long long practice, struct followups *f);
/* kind: KIND_CONSULTS or KIND_MESSAGES; others have nothing to refresh. */
int day_refresh(sqlite3 *db, enum log_kind kind, struct day_spans *s, struct eh_error *err);
void day_spans_free(struct day_spans *s);

#endif
