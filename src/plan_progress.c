#include "plan_progress.h"

#include <stdbool.h>

#include "db.h"

void plan_progress_count(struct plan_progress *p)
{
    p->done = 0;
    p->current = -1;
    for (int s = 0; s < STEP_COUNT; s++) {
        bool finished = p->status[s] == STATUS_DONE || p->status[s] == STATUS_SKIPPED;
        p->done += finished;
        if (!finished && p->current < 0) p->current = s;
    }
    p->share = (double)p->done / STEP_COUNT;
}

const char *plan_progress_current_key(const struct plan_progress *p)
{
    return p->current < 0 ? "none" : VOCAB_STEPS.entries[p->current].key;
}

int plan_progress_load(sqlite3 *db, sqlite3_stmt **st, const char *plan_id, struct plan_progress *p,
                       struct eh_error *err)
{
    for (int s = 0; s < STEP_COUNT; s++) p->status[s] = -1;
    sqlite3_stmt *own = NULL, **q = st ? st : &own;
    if (!*q && db_prepare(db, q, "SELECT step, status FROM plan_steps WHERE plan_id = ?1", err)) return EH_IO;
    sqlite3_bind_text(*q, 1, plan_id, -1, SQLITE_TRANSIENT);
    int rc;
    while (db_next(*q, &rc, err, "reading the steps of a plan")) {
        int step = vocab_find(&VOCAB_STEPS, db_text(*q, 0));
        if (step >= 0) p->status[step] = vocab_find(&VOCAB_STEP_STATUS, db_text(*q, 1));
    }
    sqlite3_reset(*q);
    sqlite3_finalize(own);
    plan_progress_count(p);
    return rc;
}
