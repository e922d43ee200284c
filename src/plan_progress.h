/*
 * plan_progress.h - where a plan stands in the six-step rollout: the
 * status of each step, how many steps are done (or skipped), the current
 * step and the share done. The one reading of progress that status, plan
 * and the workbooks show.
 *
 * Contract: plan_progress_count derives done, current and share from
 * status[]: a step is finished when done or skipped; the current step is
 * the first one not finished (-1 when all are); share is done divided by
 * STEP_COUNT. plan_progress_load reads one plan's steps (plan_steps) and
 * counts them; a step without a row has status -1 (not finished). Its
 * statement is prepared on first use into *st, which the caller
 * finalizes, so a loop over plans prepares it once; with st NULL it is
 * prepared and finalized within the call.
 */
#ifndef EHTRACK_PLAN_PROGRESS_H
#define EHTRACK_PLAN_PROGRESS_H

#include <sqlite3.h>

#include "error.h"
#include "vocab.h"

struct plan_progress {
    int status[STEP_COUNT];     /* enum step_status, -1 unknown */
    int done;                   /* steps done or skipped */
    int current;                /* enum step_id; -1: every step finished */
    double share;               /* done / STEP_COUNT */
};

void plan_progress_count(struct plan_progress *p);
/* The current step's key ("needs" ... "scale"), or "none". */
const char *plan_progress_current_key(const struct plan_progress *p);
int plan_progress_load(sqlite3 *db, sqlite3_stmt **st, const char *plan_id, struct plan_progress *p,
                       struct eh_error *err);

#endif
