/*
 * plan_store.h - practices and plans in the database, with history.
 *
 * Contract: plan_store_sync records a validated plan_set in one
 * transaction (all or nothing): practices by AGB (inserted or updated), and
 * each plan with its steps, checklist, goals, directions, barriers, funding
 * and risks. A plan whose canonical content (plan_snapshot: JSON, keys in
 * a fixed order, absent values left out) differs from the last recorded one
 * gets a history entry listing what changed; an unchanged plan gets none.
 * outcomes receives one row per plan: "created", "changed" or "unchanged".
 */
#ifndef EHTRACK_PLAN_STORE_H
#define EHTRACK_PLAN_STORE_H

#include <sqlite3.h>

#include "error.h"
#include "plan_set.h"
#include "util.h"

struct sync_outcome {
    const char *plan_id;        /* borrowed from the set */
    const char *state;
    size_t changes;
};

struct sync_report {
    size_t practices_new, practices_changed, practices_same;
    struct sync_outcome *plans;
    size_t nplans;
};

int plan_store_sync(sqlite3 *db, const struct plan_set *set, struct sync_report *report,
                    struct eh_error *err);
void sync_report_free(struct sync_report *r);

void plan_snapshot(const struct plan *p, struct sbuf *out);
/* JSON array of change descriptions between two snapshots; plan (may be
 * NULL) gives its goals' numbers in their metric's style (5.0%). */
int plan_snapshot_diff(sqlite3 *db, const char *old_json, const char *new_json, const struct plan *plan,
                       struct sbuf *changes, size_t *count, struct eh_error *err);
/* Known practices (AGB, care group, region) from the database. */
int plan_store_known(sqlite3 *db, struct known_practices *out, struct eh_error *err);

#endif
