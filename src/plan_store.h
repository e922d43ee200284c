/*
 * plan_store.h - practices and plans in the database, with history.
 *
 * Contract: plan_store_sync records a validated plan_set in one
 * transaction (all or nothing): practices by AGB (inserted or updated), and
 * each plan with its steps, checklist, goals, directions, barriers, funding
 * and risks. A plan whose canonical content (plan_snapshot: JSON, keys in
 * a fixed order, absent values left out) differs from the last recorded one
 * gets a history entry listing what changed; an unchanged plan gets none.
 * outcomes receives one row per plan: "created", "changed", "unchanged", or
 * "retired" for a retired plan (it stays retired; its changes are recorded).
 * Every history entry names who recorded it (provenance_user) and, for a
 * plan file in a git work tree, the commit and author of its last change.
 *
 * plan_store_stale lists the tracked plans, not retired, whose file lies
 * under one of paths but did not give them to this set: the file is gone,
 * holds another plan id, or holds no plan any more.
 *
 * plan_store_retire marks a plan retired (undo: active again) with a
 * history entry; retired_at receives the time it was (or had been) retired.
 * Retiring a retired plan, or undoing an active one, is EH_INVALID.
 */
#ifndef EHTRACK_PLAN_STORE_H
#define EHTRACK_PLAN_STORE_H

#include <sqlite3.h>
#include <stdbool.h>

#include "error.h"
#include "plan_set.h"
#include "util.h"

struct sync_outcome {
    const char *plan_id;        /* borrowed from the set */
    const char *file;           /* borrowed from the set */
    const char *state;
    size_t changes;
    bool retired;
    long long history_id;       /* the entry recorded, or 0 */
};

struct sync_report {
    size_t practices_new, practices_changed, practices_same;
    struct sync_outcome *plans;
    size_t nplans;
};

/* A practice's recorded source ("FILE:LINE", the file as the sync was
 * given it) as a message printed here names it: the file as found from
 * the working directory (path_shown), from source_path where recorded
 * (schema 13); the source as it is where not. Caller frees. */
char *practice_source_shown(const char *source, const char *source_path);

int plan_store_sync(sqlite3 *db, const struct plan_set *set, struct sync_report *report,
                    struct eh_error *err);
void sync_report_free(struct sync_report *r);

enum stale_reason { STALE_GONE, STALE_OTHER_ID, STALE_NOT_A_PLAN };

struct stale_plan {
    char *plan_id;
    char *source;               /* the file as recorded */
    char *now_id;               /* STALE_OTHER_ID: the id the file holds now */
    enum stale_reason reason;
};

struct stale_list {
    struct stale_plan *items;
    size_t count, cap;
};

int plan_store_stale(sqlite3 *db, const struct plan_set *set, char *const *paths, size_t npaths,
                     struct stale_list *out, struct eh_error *err);
void stale_list_free(struct stale_list *l);

int plan_store_retire(sqlite3 *db, const char *id, bool undo, char *retired_at, size_t size,
                      struct eh_error *err);

void plan_snapshot(const struct plan *p, struct sbuf *out);
/* JSON array of change descriptions between two snapshots; plan (may be
 * NULL) gives its goals' numbers in their metric's style (5.0%). */
int plan_snapshot_diff(sqlite3 *db, const char *old_json, const char *new_json, const struct plan *plan,
                       struct sbuf *changes, size_t *count, struct eh_error *err);
/* A plan of the set whose id is tracked from another file that still
 * holds that id (an edited copy, or a copy for another plan whose id was
 * not changed) gets a warning in diags: synced, it takes the plan over. */
int plan_store_claimed(sqlite3 *db, const struct plan_set *set, struct diag_list *diags, struct eh_error *err);
/* The terms the active tracked plans of the types that give a practice
 * its e-consult term set (those that set one); plan_store_terms_free
 * frees them. */
int plan_store_terms(sqlite3 *db, struct plan_term **terms, size_t *count, struct eh_error *err);
void plan_store_terms_free(struct plan_term *terms, size_t count);
/* Known practices (AGB, care group, region) from the database. */
int plan_store_known(sqlite3 *db, struct known_practices *out, struct eh_error *err);

#endif
