#include "import_remove.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "call_legs.h"
#include "datetime.h"
#include "day_counts.h"
#include "day_refresh.h"
#include "db.h"
#include "record_carriers.h"
#include "util.h"

#define MAX_FIGURES 6

/* A record's figures as one import carried them (owned copies; the
 * columns of CARRIER_KINDS[kind].figures). */
struct figures {
    sqlite3_value *v[MAX_FIGURES];
};

struct carrier {
    long long import_id;
    bool has_row;               /* it has a row in the carriers table */
    struct figures f;
};

struct remover {
    sqlite3 *db;
    struct eh_error *err;
    enum log_kind kind;
    const struct carrier_kind *ck;
    long long import_id;
    struct remove_result *res;
    struct day_counts days;
    struct day_spans spans;             /* day_refresh.h */
    struct carriers_freezer freezer;
    sqlite3_stmt *record, *carriers, *update, *drop_record, *drop_carrier, *drop_carriers;
    /* calls written as legs */
    struct call_leg_store legs;
    sqlite3_stmt *drop_leg_carriers, *drop_bare_legs, *leg_carriers, *drop_all_leg_carriers, *drop_all_legs,
        *legs_of_call, *first_leg;
    /* the carriers of the record at hand, oldest import first */
    struct carrier *list;
    size_t n, cap;
    /* the progress line on a terminal: records settled of all the import carried */
    bool progress;
    long long total, settled, shown;
    double shown_at;
};

/* ---- figures ------------------------------------------------------------------ */

static void figures_free(struct figures *f)
{
    for (int i = 0; i < MAX_FIGURES; i++) sqlite3_value_free(f->v[i]);
    memset(f, 0, sizeof *f);
}

static int figures_read(struct remover *r, struct figures *f, sqlite3_stmt *st, int first)
{
    memset(f, 0, sizeof *f);
    for (int i = 0; i < r->ck->nfigures; i++)
        if (!(f->v[i] = sqlite3_value_dup(sqlite3_column_value(st, first + i)))) {
            figures_free(f);
            return eh_fail(r->err, EH_IO, NULL, 0, 0, "out of memory reading a record");
        }
    return EH_OK;
}

static int figures_copy(struct remover *r, struct figures *to, const struct figures *from)
{
    memset(to, 0, sizeof *to);
    for (int i = 0; i < r->ck->nfigures; i++)
        if (!(to->v[i] = sqlite3_value_dup(from->v[i]))) {
            figures_free(to);
            return eh_fail(r->err, EH_IO, NULL, 0, 0, "out of memory reading a record");
        }
    return EH_OK;
}

static bool value_equal(sqlite3_value *a, sqlite3_value *b)
{
    int type = sqlite3_value_type(a);
    if (type != sqlite3_value_type(b)) return false;
    switch (type) {
    case SQLITE_NULL: return true;
    case SQLITE_INTEGER: return sqlite3_value_int64(a) == sqlite3_value_int64(b);
    case SQLITE_FLOAT: return sqlite3_value_double(a) == sqlite3_value_double(b);
    default: {
        int n = sqlite3_value_bytes(a);
        return n == sqlite3_value_bytes(b) && memcmp(sqlite3_value_blob(a), sqlite3_value_blob(b), (size_t)n) == 0;
    }
    }
}

static bool figures_equal(const struct remover *r, const struct figures *a, const struct figures *b)
{
    for (int i = 0; i < r->ck->nfigures; i++)
        if (!value_equal(a->v[i], b->v[i])) return false;
    return true;
}

static int enum_index(enum log_kind kind, int field, sqlite3_value *v)
{
    const char *s = (const char *)sqlite3_value_text(v);
    return s ? kind_enum_find(&log_kind(kind)->fields[field], s, strlen(s)) : -1;
}

/* calls: start, direction, wait_s, talk_s, outcome */
static void call_of(const struct figures *f, struct call_leg *call)
{
    call->start = sqlite3_value_int64(f->v[0]);
    call->direction = enum_index(KIND_CALLS, 3, f->v[1]);
    call->wait_s = sqlite3_value_int64(f->v[2]);
    call->talk_s = sqlite3_value_int64(f->v[3]);
    call->outcome = enum_index(KIND_CALLS, 6, f->v[4]);
}

static int day_of(int64_t civil)
{
    return (int)(civil >= 0 ? civil / 86400 : (civil - 86399) / 86400);
}

/* ---- what is kept per record ------------------------------------------------- */

/* Every record that leaves (after NULL) or changes passes through here,
 * with its figures before and after: whatever is kept per record at
 * import time moves with it. */
static void on_record_change(struct remover *r, long long practice, const struct figures *before,
                             const struct figures *after)
{
    const struct figures *side[2] = {before, after};
    for (int i = 0; i < 2; i++) {
        const struct figures *f = side[i];
        if (!f) continue;
        int sign = i == 0 ? -1 : 1;
        if (r->kind == KIND_CONSULTS || r->kind == KIND_MESSAGES)
            day_spans_note(&r->spans, practice, day_of(sqlite3_value_int64(f->v[0])));
        if (r->kind == KIND_CONSULTS) {
            /* start, patient, channel, role, minutes, reason */
            int reason = sqlite3_value_type(f->v[5]) == SQLITE_NULL ? -1 : enum_index(KIND_CONSULTS, 7, f->v[5]);
            day_counts_consult(&r->days, practice, day_of(sqlite3_value_int64(f->v[0])),
                               enum_index(KIND_CONSULTS, 4, f->v[2]), reason, sign);
        } else if (r->kind == KIND_CALLS) {
            struct call_leg c;
            call_of(f, &c);
            day_counts_call(&r->days, practice, day_of(c.start), c.direction, c.outcome, c.wait_s, c.talk_s, sign);
        }
    }
}

static void on_call_change(struct remover *r, long long practice, const struct call_leg *before,
                           const struct call_leg *after)
{
    if (before)
        day_counts_call(&r->days, practice, day_of(before->start), before->direction, before->outcome,
                        before->wait_s, before->talk_s, -1);
    if (after)
        day_counts_call(&r->days, practice, day_of(after->start), after->direction, after->outcome, after->wait_s,
                        after->talk_s, 1);
}

/* ---- progress ------------------------------------------------------------------- */

/* n more records settled; the line is redrawn at most 4 times a second,
 * and ended when final. */
static void settled(struct remover *r, long long n, bool final)
{
    r->settled += n;
    if (!r->progress || r->total < 4096) return;
    double now = monotonic_seconds();
    if (!final && now - r->shown_at < 0.25) return;
    if (!(final && r->shown_at > 0 && r->shown == r->settled))
        fprintf(stderr, "\rtaking back import %lld: %3d%%  %lld of %lld records ", r->import_id,
                (int)(r->settled * 100 / r->total), r->settled, r->total);
    r->shown_at = now;
    r->shown = r->settled;
    if (final) fputc('\n', stderr);
    fflush(stderr);
}

/* ---- statements ------------------------------------------------------------------ */

static int step_done(struct remover *r, sqlite3_stmt *st, const char *what)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? EH_OK : db_fail(r->db, r->err, what);
}

static int run_key(struct remover *r, sqlite3_stmt *st, int64_t key, bool with_import, const char *what)
{
    sqlite3_bind_int64(st, 1, key);
    if (with_import) sqlite3_bind_int64(st, 2, r->import_id);
    return step_done(r, st, what);
}

static int prepare(struct remover *r)
{
    const struct carrier_kind *k = r->ck;
    struct sbuf params = {0};
    for (int i = 0; i < k->nfigures; i++) sbuf_addf(&params, "%s?%d", i ? ", " : "", i + 2);
    char *sql[6] = {
        xasprintf("SELECT practice_id, import_id, %s FROM %s WHERE key = ?1", k->figures, k->records),
        xasprintf("SELECT import_id, same, %s FROM %s WHERE key = ?1 ORDER BY import_id", k->figures, k->carriers),
        xasprintf("UPDATE %s SET (%s) = (%s), import_id = ?%d WHERE key = ?1", k->records, k->figures,
                  sbuf_str(&params), k->nfigures + 2),
        xasprintf("DELETE FROM %s WHERE key = ?1", k->records),
        xasprintf("DELETE FROM %s WHERE key = ?1 AND import_id = ?2", k->carriers),
        xasprintf("DELETE FROM %s WHERE key = ?1", k->carriers),
    };
    sqlite3_stmt **st[6] = {&r->record, &r->carriers, &r->update, &r->drop_record, &r->drop_carrier,
                            &r->drop_carriers};
    int rc = EH_OK;
    for (int i = 0; i < 6; i++) {
        if (!rc) rc = db_prepare(r->db, st[i], sql[i], r->err);
        free(sql[i]);
    }
    sbuf_free(&params);
    if (rc || (rc = carriers_freezer_open(&r->freezer, r->db, r->kind, r->err))) return rc;
    if (r->kind != KIND_CALLS) return EH_OK;
    if (call_leg_store_open(&r->legs, r->db, r->err) ||
        db_prepare(r->db, &r->drop_leg_carriers,
                   "DELETE FROM call_leg_imports WHERE import_id = ?2 "
                   "AND leg_key IN (SELECT key FROM call_legs WHERE call_key = ?1)", r->err) ||
        db_prepare(r->db, &r->drop_bare_legs,
                   "DELETE FROM call_legs WHERE call_key = ?1 "
                   "AND NOT EXISTS (SELECT 1 FROM call_leg_imports i WHERE i.leg_key = call_legs.key)", r->err) ||
        db_prepare(r->db, &r->leg_carriers,
                   "SELECT DISTINCT i.import_id, m.legs FROM call_legs l JOIN call_leg_imports i ON i.leg_key = l.key "
                   "JOIN imports m ON m.id = i.import_id WHERE l.call_key = ?1 ORDER BY 1", r->err) ||
        db_prepare(r->db, &r->drop_all_leg_carriers,
                   "DELETE FROM call_leg_imports WHERE leg_key IN (SELECT key FROM call_legs WHERE call_key = ?1)",
                   r->err) ||
        db_prepare(r->db, &r->drop_all_legs, "DELETE FROM call_legs WHERE call_key = ?1", r->err) ||
        db_prepare(r->db, &r->legs_of_call, CALL_LEGS_OF_CALL_SQL, r->err) ||
        db_prepare(r->db, &r->first_leg,
                   "SELECT " CALL_LEG_COLUMNS " FROM call_legs l JOIN call_leg_imports i ON i.leg_key = l.key "
                   "WHERE l.call_key = ?1 ORDER BY i.import_id LIMIT 1",
                   r->err))
        return EH_IO;
    return EH_OK;
}

static void finalize_all(struct remover *r)
{
    sqlite3_stmt *all[] = {r->record, r->carriers, r->update, r->drop_record, r->drop_carrier, r->drop_carriers,
                           r->drop_leg_carriers, r->drop_bare_legs, r->leg_carriers, r->drop_all_leg_carriers,
                           r->drop_all_legs, r->legs_of_call, r->first_leg};
    for (size_t i = 0; i < ARRAY_LEN(all); i++) sqlite3_finalize(all[i]);
    carriers_freezer_close(&r->freezer);
    call_leg_store_close(&r->legs);
}

/* ---- one record ---------------------------------------------------------------- */

/* The record under key: *found false when there is none. */
static int load_record(struct remover *r, int64_t key, long long *practice, long long *first_import,
                       struct figures *rec, bool *found)
{
    sqlite3_stmt *st = r->record;
    sqlite3_bind_int64(st, 1, key);
    int rc = sqlite3_step(st);
    *found = rc == SQLITE_ROW;
    int status = EH_OK;
    if (*found) {
        *practice = sqlite3_column_int64(st, 0);
        *first_import = sqlite3_column_int64(st, 1);
        status = figures_read(r, rec, st, 2);
    }
    sqlite3_reset(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_fail(r->db, r->err, "reading a record");
    return status;
}

static void clear_list(struct remover *r)
{
    for (size_t i = 0; i < r->n; i++) figures_free(&r->list[i].f);
    r->n = 0;
}

static struct carrier *add_carrier(struct remover *r, long long import_id, bool has_row)
{
    GROW(r->list, r->cap, r->n + 1);
    /* Kept in import order. */
    size_t at = r->n;
    while (at > 0 && r->list[at - 1].import_id > import_id) at--;
    memmove(&r->list[at + 1], &r->list[at], (r->n - at) * sizeof *r->list);
    r->n++;
    struct carrier *c = &r->list[at];
    memset(c, 0, sizeof *c);
    c->import_id = import_id;
    c->has_row = has_row;
    return c;
}

static ssize_t find_carrier(const struct remover *r, long long import_id)
{
    for (size_t i = 0; i < r->n; i++)
        if (r->list[i].import_id == import_id) return (ssize_t)i;
    return -1;
}

/* The carriers table's rows of the record (a row with same = 1 carried
 * rec), then the record's first carrier when it has no row. */
static int load_carriers(struct remover *r, int64_t key, long long first_import, const struct figures *rec)
{
    clear_list(r);
    sqlite3_stmt *st = r->carriers;
    sqlite3_bind_int64(st, 1, key);
    int rc = EH_OK, status = EH_OK;
    while (!status && db_next(st, &rc, r->err, "reading which imports carried a record")) {
        struct carrier *c = add_carrier(r, sqlite3_column_int64(st, 0), true);
        status = sqlite3_column_int(st, 1) ? figures_copy(r, &c->f, rec) : figures_read(r, &c->f, st, 2);
    }
    sqlite3_reset(st);
    if (status) return status;
    if (rc) return rc;
    if (find_carrier(r, first_import) < 0) return figures_copy(r, &add_carrier(r, first_import, false)->f, rec);
    return EH_OK;
}

/* Leaves the import being removed out of the list; true when it had a
 * row in the carriers table. */
static bool drop_removed(struct remover *r)
{
    ssize_t i = find_carrier(r, r->import_id);
    if (i < 0) return false;
    bool had_row = r->list[i].has_row;
    figures_free(&r->list[i].f);
    memmove(&r->list[i], &r->list[i + 1], (r->n - (size_t)i - 1) * sizeof *r->list);
    r->n--;
    return had_row;
}

static int delete_record(struct remover *r, int64_t key)
{
    r->res->deleted++;
    return run_key(r, r->drop_record, key, false, "deleting a record") ||
                   run_key(r, r->drop_carriers, key, false, "deleting a record's carriers")
               ? EH_IO
               : EH_OK;
}

/* The record takes state and its new first carrier; the rows that said
 * "the same as the record" keep what they stood for. */
static int rewrite_record(struct remover *r, int64_t key, const struct figures *state, long long first_import,
                          bool changed)
{
    if (changed && carriers_freeze(&r->freezer, key, r->err)) return EH_IO;
    sqlite3_stmt *st = r->update;
    sqlite3_bind_int64(st, 1, key);
    for (int i = 0; i < r->ck->nfigures; i++) sqlite3_bind_value(st, 2 + i, state->v[i]);
    sqlite3_bind_int64(st, 2 + r->ck->nfigures, first_import);
    return step_done(r, st, "updating a record");
}

/* A record of a kind without legs: the figures of its first remaining
 * carrier; a message the answer of the first remaining carrier that had
 * one (the importer takes an answer only for a message still open). */
static int resolve_record(struct remover *r, int64_t key)
{
    long long practice = 0, first_import = 0;
    struct figures rec;
    bool found;
    int rc = load_record(r, key, &practice, &first_import, &rec, &found);
    if (rc) return rc;
    if (!found) return run_key(r, r->drop_carrier, key, true, "deleting a carrier");
    if ((rc = load_carriers(r, key, first_import, &rec))) {
        figures_free(&rec);
        return rc;
    }
    bool had_row = drop_removed(r);
    if (!r->n) {
        on_record_change(r, practice, &rec, NULL);
        rc = delete_record(r, key);
    } else {
        struct figures state = r->list[0].f;
        /* As the importer: never an answer before the message's received
         * time (a negative response time). */
        if (r->kind == KIND_MESSAGES)
            for (size_t i = 0; i < r->n; i++)
                if (sqlite3_value_type(r->list[i].f.v[1]) != SQLITE_NULL &&
                    sqlite3_value_int64(r->list[i].f.v[1]) >= sqlite3_value_int64(state.v[0])) {
                    state.v[1] = r->list[i].f.v[1];
                    break;
                }
        bool changed = !figures_equal(r, &state, &rec);
        r->res->kept++;
        r->res->changed += changed;
        if (changed) on_record_change(r, practice, &rec, &state);
        if (changed || r->list[0].import_id != first_import)
            rc = rewrite_record(r, key, &state, r->list[0].import_id, changed);
        /* A freeze keeps the first carrier's figures: that may be this one. */
        if (!rc && (had_row || changed)) rc = run_key(r, r->drop_carrier, key, true, "deleting a carrier");
    }
    figures_free(&rec);
    return rc;
}

static int bind_call_update(struct remover *r, int64_t key, const struct call_leg *call, long long first_import)
{
    sqlite3_stmt *st = r->update;
    sqlite3_bind_int64(st, 1, key);
    call_leg_bind(st, 2, call);
    sqlite3_bind_int64(st, 7, first_import);
    return step_done(r, st, "updating a call");
}

/* The imports that carried legs of the call, in order (at most cap);
 * *real when one of them is an import of legs, *plain when one is a plain
 * import whose call became a leg of it (import_run.c: the first plain
 * import of a call that has legs, before or after them). */
static int leg_importers(struct remover *r, int64_t key, long long *ids, size_t cap, size_t *n, bool *real,
                         bool *plain)
{
    sqlite3_stmt *st = r->leg_carriers;
    sqlite3_bind_int64(st, 1, key);
    int rc;
    *n = 0;
    *real = *plain = false;
    while (db_next(st, &rc, r->err, "reading which imports carried the legs of a call")) {
        if (*n < cap) ids[(*n)++] = sqlite3_column_int64(st, 0);
        *real |= sqlite3_column_int(st, 1) != 0;
        *plain |= sqlite3_column_int(st, 1) == 0;
    }
    sqlite3_reset(st);
    return rc;
}

/* The figures of the leg the first plain import's call was made. */
static int plain_leg_of(struct remover *r, int64_t key, struct call_leg *call)
{
    sqlite3_stmt *st = r->first_leg;
    sqlite3_bind_int64(st, 1, key);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) call_leg_read(st, 0, call);
    sqlite3_reset(st);
    return rc == SQLITE_ROW ? EH_OK : db_fail(r->db, r->err, "reading the legs of a call");
}

/* A call: the legs only this import carried go; the call is what the
 * remaining carriers make of it. Legs remaining: the merge of them, with
 * the first remaining plain import's figures as a leg too when no plain
 * import's leg is left, as the importer makes the first plain import of a
 * call a leg of it, whether the legs came before or after. No legs: the
 * first plain import's figures. */
static int resolve_call(struct remover *r, int64_t key)
{
    long long practice = 0, first_import = 0;
    struct figures rec;
    bool found;
    int rc = load_record(r, key, &practice, &first_import, &rec, &found);
    if (rc) return rc;
    if ((rc = run_key(r, r->drop_leg_carriers, key, true, "deleting the legs of a call")) ||
        (rc = run_key(r, r->drop_bare_legs, key, false, "deleting the legs of a call"))) {
        if (found) figures_free(&rec);
        return rc;
    }
    if (!found) return run_key(r, r->drop_carrier, key, true, "deleting a carrier");
    enum { MAX_LEG_IMPORTS = 256 };
    long long with_legs[MAX_LEG_IMPORTS];
    size_t nlegs;
    bool real_legs, plain_leg;
    if ((rc = leg_importers(r, key, with_legs, MAX_LEG_IMPORTS, &nlegs, &real_legs, &plain_leg)) ||
        (rc = load_carriers(r, key, first_import, &rec))) {
        figures_free(&rec);
        return rc;
    }
    /* A carrier that carried legs is its legs, not its own figures. */
    for (size_t i = 0; i < nlegs; i++) {
        ssize_t at = find_carrier(r, with_legs[i]);
        if (at >= 0 && !r->list[at].has_row) {
            figures_free(&r->list[at].f);
            memmove(&r->list[at], &r->list[at + 1], (r->n - (size_t)at - 1) * sizeof *r->list);
            r->n--;
        }
    }
    bool had_row = drop_removed(r);
    struct call_leg before, state;
    call_of(&rec, &before);
    if (!r->n && !nlegs) {
        on_call_change(r, practice, &before, NULL);
        rc = delete_record(r, key);
        figures_free(&rec);
        return rc;
    }
    long long first = nlegs && (!r->n || with_legs[0] < r->list[0].import_id) ? with_legs[0] : r->list[0].import_id;
    if (nlegs) {
        if (r->n && !plain_leg) {
            /* The first plain carrier becomes a leg, as the importer would have made it. */
            struct call_leg seed;
            call_of(&r->list[0].f, &seed);
            int64_t leg_key;
            bool fresh;
            rc = call_leg_store_put(&r->legs, key, &seed, r->list[0].import_id, &leg_key, &fresh, r->err);
        }
        bool merged;
        /* Without an import of legs left, only the leg a plain import's call
         * was made is: the call is the first plain import's own again, not
         * the merge of one leg (which turns an unanswered call's talk into
         * wait). */
        if (!rc && real_legs)
            rc = call_legs_merged(r->db, r->legs_of_call, key, &state, &merged, r->err);
        else if (!rc && r->n && r->list[0].import_id < with_legs[0])
            call_of(&r->list[0].f, &state);
        else if (!rc)
            rc = plain_leg_of(r, key, &state);
    } else {
        call_of(&r->list[0].f, &state);
    }
    if (!rc) {
        bool changed = !call_leg_equal(&state, &before);
        r->res->kept++;
        r->res->changed += changed;
        if (changed) {
            on_call_change(r, practice, &before, &state);
            rc = carriers_freeze(&r->freezer, key, r->err);
        }
        if (!rc && (changed || first != first_import)) rc = bind_call_update(r, key, &state, first);
        if (!rc && had_row) rc = run_key(r, r->drop_carrier, key, true, "deleting a carrier");
        /* Only a plain import's call, made a leg when legs of it arrived, is
         * left: with no import of legs, the call was never written as legs. */
        if (!rc && nlegs && !real_legs &&
            !(rc = run_key(r, r->drop_all_leg_carriers, key, false, "deleting the legs of a call")))
            rc = run_key(r, r->drop_all_legs, key, false, "deleting the legs of a call");
    }
    figures_free(&rec);
    return rc;
}

/* ---- the import ---------------------------------------------------------------- */

static int check_import(struct remover *r)
{
    sqlite3_stmt *st;
    if (db_prepare(r->db, &st, "SELECT i.kind, i.file, i.outcome, substr(x.removed_at, 1, 16) "
                               "FROM imports i LEFT JOIN import_removals x ON x.import_id = i.id WHERE i.id = ?1",
                   r->err))
        return EH_IO;
    sqlite3_bind_int64(st, 1, r->import_id);
    int rc = sqlite3_step(st), status = EH_OK;
    if (rc == SQLITE_ROW) {
        r->kind = (enum log_kind)log_kind_find(db_text(st, 0));
        snprintf(r->res->file, sizeof r->res->file, "%s", db_text(st, 1));
        const char *outcome = db_text(st, 2);
        if (strcmp(outcome, "removed") == 0)
            status = eh_fail(r->err, EH_INVALID, NULL, 0, 0, "import %lld (%s) was removed already, on %s",
                             r->import_id, r->res->file, db_text(st, 3) ? db_text(st, 3) : "an earlier day");
        else if (strcmp(outcome, "imported") != 0)
            status = eh_fail(r->err, EH_INVALID, NULL, 0, 0,
                             "import %lld (%s) stored nothing: it was refused under --strict", r->import_id,
                             r->res->file);
    } else if (rc == SQLITE_DONE) {
        status = eh_fail(r->err, EH_INVALID, NULL, 0, 0,
                         "no import %lld (see 'ehtrack imports'; a dry run records none)", r->import_id);
    } else {
        status = db_fail(r->db, r->err, "reading the import");
    }
    sqlite3_finalize(st);
    if (status) return status;
    if ((int)r->kind < 0 || r->kind >= KIND_COUNT)
        return eh_fail(r->err, EH_IO, NULL, 0, 0, "import %lld has an unknown kind", r->import_id);
    r->res->kind = r->kind;
    /* Imports from before the bookkeeping did not record the records they
     * met again: which of them another import shares is not known. */
    if (db_prepare(r->db, &st, "SELECT group_concat(id, ', '), count(*) FROM imports WHERE kind = ?1 "
                               "AND tracked = 0 AND outcome = 'imported' AND (duplicates > 0 OR updated > 0)",
                   r->err))
        return EH_IO;
    sqlite3_bind_text(st, 1, LOG_KIND_NAMES[r->kind], -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW && sqlite3_column_int(st, 1) > 0)
        status = eh_fail(r->err, EH_INVALID, NULL, 0, 0,
                         "import %lld cannot be taken back: %s %s of %s met records already stored and %s "
                         "made by an ehtrack that did not yet record which imports carried a record, so what "
                         "imports of %s share is not known; to take imports back, import the files again into "
                         "a new database",
                         r->import_id, sqlite3_column_int(st, 1) == 1 ? "import" : "imports", db_text(st, 0),
                         LOG_KIND_NAMES[r->kind], sqlite3_column_int(st, 1) == 1 ? "was" : "were",
                         LOG_KIND_NAMES[r->kind]);
    else if (rc != SQLITE_ROW)
        status = db_fail(r->db, r->err, "reading the imports");
    sqlite3_finalize(st);
    return status;
}

/* temp.remove_keys: every record the import carried. */
static int collect_keys(struct remover *r)
{
    const struct carrier_kind *k = r->ck;
    if (db_exec(r->db, "DROP TABLE IF EXISTS temp.remove_keys;"
                       "CREATE TEMP TABLE remove_keys(key INTEGER PRIMARY KEY);", r->err))
        return EH_IO;
    char *sql[3] = {
        xasprintf("INSERT OR IGNORE INTO temp.remove_keys SELECT key FROM %s WHERE import_id = ?1", k->records),
        xasprintf("INSERT OR IGNORE INTO temp.remove_keys SELECT key FROM %s WHERE import_id = ?1", k->carriers),
        r->kind == KIND_CALLS ? xstrdup("INSERT OR IGNORE INTO temp.remove_keys SELECT l.call_key "
                                        "FROM call_leg_imports i JOIN call_legs l ON l.key = i.leg_key "
                                        "WHERE i.import_id = ?1")
                              : NULL,
    };
    int rc = EH_OK;
    for (int i = 0; i < 3; i++) {
        sqlite3_stmt *st;
        if (!rc && sql[i] && !(rc = db_prepare(r->db, &st, sql[i], r->err))) {
            sqlite3_bind_int64(st, 1, r->import_id);
            if (sqlite3_step(st) != SQLITE_DONE) rc = db_fail(r->db, r->err, "listing the records of the import");
            sqlite3_finalize(st);
        }
        free(sql[i]);
    }
    return rc;
}

/* Most records of an import are settled without statements of their own
 * (a statement per record made taking an import back 4 to 12 times as slow
 * as making it). Without legs, and with no other import's carrier row:
 * a record the import stored leaves (sole), one it met again stays as it
 * is. With other carriers whose rows all say "the same as the record":
 * a record the import stored stays as it is, its first remaining carrier
 * now its import (first). Its own carrier rows go with record_removal's
 * leftovers. All is what resolve_record and resolve_call do with such a
 * record; the other keys of temp.remove_keys, not in temp.remove_plain,
 * still go that way. */
static int settle_plain(struct remover *r)
{
    const struct carrier_kind *k = r->ck;
    const char *no_legs =
        r->kind == KIND_CALLS ? " AND NOT EXISTS (SELECT 1 FROM call_legs l WHERE l.call_key = x.key)" : "";
    char *pick[2] = {
        xasprintf("INSERT INTO temp.remove_plain SELECT x.key, r.import_id = ?1, NULL "
                  "FROM temp.remove_keys x JOIN %s r ON r.key = x.key WHERE r.import_id <= ?1 "
                  "AND NOT EXISTS (SELECT 1 FROM %s c WHERE c.key = x.key AND c.import_id <> ?1)%s",
                  k->records, k->carriers, no_legs),
        /* first -1: no other carrier, or one of them differs (deleted
         * after; a condition on first here would evaluate it twice).
         * Ignored: the keys the first statement took (no other carrier). */
        xasprintf("INSERT OR IGNORE INTO temp.remove_plain SELECT x.key, 0, "
                  "(SELECT coalesce(CASE WHEN max(NOT c.same) THEN NULL ELSE min(c.import_id) END, -1) FROM %s c "
                  "WHERE c.key = x.key AND c.import_id <> ?1) "
                  "FROM temp.remove_keys x JOIN %s r ON r.key = x.key WHERE r.import_id = ?1%s",
                  k->carriers, k->records, no_legs),
    };
    char *refirst = xasprintf("UPDATE %s SET import_id = p.first FROM temp.remove_plain p "
                              "WHERE p.key = %s.key AND p.first IS NOT NULL",
                              k->records, k->records);
    char *leaving = xasprintf("SELECT r.practice_id, %s FROM temp.remove_plain p JOIN %s r ON r.key = p.key "
                              "WHERE p.sole ORDER BY p.key",
                              k->figures, k->records);
    char *drop = xasprintf("DELETE FROM %s WHERE key IN (SELECT key FROM temp.remove_plain WHERE sole)", k->records);
    sqlite3_stmt *st = NULL;
    int rc = db_exec(r->db, "DROP TABLE IF EXISTS temp.remove_plain;"
                            "CREATE TEMP TABLE remove_plain(key INTEGER PRIMARY KEY, sole INTEGER NOT NULL, first);",
                     r->err);
    for (int i = 0; i < 2 && !rc; i++)
        if (!(rc = db_prepare(r->db, &st, pick[i], r->err))) {
            sqlite3_bind_int64(st, 1, r->import_id);
            rc = step_done(r, st, "listing the records of the import");
            sqlite3_finalize(st);
        }
    if (!rc) rc = db_exec(r->db, "DELETE FROM temp.remove_plain WHERE first = -1", r->err);
    if (!rc && !(rc = db_prepare(r->db, &st, leaving, r->err))) {
        int read = EH_OK;
        while (!rc && db_next(st, &read, r->err, "reading the records of the import")) {
            struct figures f;
            if ((rc = figures_read(r, &f, st, 1))) break;
            on_record_change(r, sqlite3_column_int64(st, 0), &f, NULL);
            figures_free(&f);
            r->res->deleted++;
            settled(r, 1, false);
            if (day_counts_size(&r->days) >= DAY_COUNTS_FLUSH && (r->kind == KIND_CONSULTS || r->kind == KIND_CALLS))
                rc = day_counts_flush(&r->days, r->db, r->kind, r->err);
        }
        if (!rc) rc = read;
        sqlite3_finalize(st);
    }
    if (!rc && !(rc = db_prepare(r->db, &st, "SELECT count(*) FROM temp.remove_plain WHERE NOT sole", r->err))) {
        if (sqlite3_step(st) == SQLITE_ROW) {
            r->res->kept += sqlite3_column_int64(st, 0);
            settled(r, sqlite3_column_int64(st, 0), false);
        } else {
            rc = db_fail(r->db, r->err, "counting the records of the import");
        }
        sqlite3_finalize(st);
    }
    if (!rc) rc = db_exec(r->db, refirst, r->err);
    if (!rc) rc = db_exec(r->db, drop, r->err);
    free(pick[0]);
    free(pick[1]);
    free(leaving);
    free(refirst);
    free(drop);
    return rc;
}

static int count_keys(struct remover *r)
{
    sqlite3_stmt *st;
    if (db_prepare(r->db, &st, "SELECT count(*) FROM temp.remove_keys", r->err)) return EH_IO;
    int rc = sqlite3_step(st) == SQLITE_ROW ? EH_OK : db_fail(r->db, r->err, "counting the records of the import");
    if (!rc) r->total = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return rc;
}

/* The keys of temp.remove_keys not in temp.remove_plain, by walking both
 * in key order (a lookup per key cost as much as settling none). */
static int resolve_all(struct remover *r)
{
    sqlite3_stmt *keys, *plain;
    if (db_prepare(r->db, &keys, "SELECT key FROM temp.remove_keys ORDER BY key", r->err)) return EH_IO;
    if (db_prepare(r->db, &plain, "SELECT key FROM temp.remove_plain ORDER BY key", r->err)) {
        sqlite3_finalize(keys);
        return EH_IO;
    }
    int rc = EH_OK, read = EH_OK, read_plain = EH_OK;
    bool more_plain = db_next(plain, &read_plain, r->err, "reading the records of the import");
    while (!rc && !read_plain && db_next(keys, &read, r->err, "reading the records of the import")) {
        int64_t key = sqlite3_column_int64(keys, 0);
        while (more_plain && sqlite3_column_int64(plain, 0) < key)
            more_plain = db_next(plain, &read_plain, r->err, "reading the records of the import");
        if (more_plain && sqlite3_column_int64(plain, 0) == key) continue;
        if (read_plain) break;
        rc = r->kind == KIND_CALLS ? resolve_call(r, key) : resolve_record(r, key);
        settled(r, 1, false);
        if (!rc && day_counts_size(&r->days) >= DAY_COUNTS_FLUSH &&
            (r->kind == KIND_CONSULTS || r->kind == KIND_CALLS))
            rc = day_counts_flush(&r->days, r->db, r->kind, r->err);
    }
    if (!rc) rc = read ? read : read_plain;
    sqlite3_finalize(keys);
    sqlite3_finalize(plain);
    if (!rc && (r->kind == KIND_CONSULTS || r->kind == KIND_CALLS))
        rc = day_counts_flush(&r->days, r->db, r->kind, r->err);
    if (!rc) rc = day_refresh(r->db, r->kind, &r->spans, r->err);
    return rc;
}

static int record_removal(struct remover *r, const char *who)
{
    char now[26], *leftovers = xasprintf("DELETE FROM %s WHERE import_id = ?1", r->ck->carriers);
    now_iso(now);
    const char *sql[] = {
        leftovers,
        r->kind == KIND_CALLS ? "DELETE FROM call_leg_imports WHERE import_id = ?1" : NULL,
        "UPDATE imports SET outcome = 'removed' WHERE id = ?1",
        "INSERT INTO import_removals(import_id, removed_at, removed_by, deleted, kept, changed) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    };
    int rc = EH_OK;
    for (size_t i = 0; i < ARRAY_LEN(sql) && !rc; i++) {
        sqlite3_stmt *st;
        if (!sql[i]) continue;
        if (db_prepare(r->db, &st, sql[i], r->err)) {
            rc = EH_IO;
            break;
        }
        sqlite3_bind_int64(st, 1, r->import_id);
        if (i == 3) {
            sqlite3_bind_text(st, 2, now, -1, SQLITE_STATIC);
            db_bind_text(st, 3, who);
            sqlite3_bind_int64(st, 4, r->res->deleted);
            sqlite3_bind_int64(st, 5, r->res->kept);
            sqlite3_bind_int64(st, 6, r->res->changed);
        }
        if (sqlite3_step(st) != SQLITE_DONE) rc = db_fail(r->db, r->err, "recording the removal");
        sqlite3_finalize(st);
    }
    free(leftovers);
    return rc;
}

int import_remove(sqlite3 *db, long long import_id, const char *who, bool progress, struct remove_result *res,
                  struct eh_error *err)
{
    memset(res, 0, sizeof *res);
    struct remover r = {.db = db, .err = err, .import_id = import_id, .res = res, .progress = progress};
    if (db_begin(db, err)) return EH_IO;
    int rc = check_import(&r);
    if (!rc) {
        r.ck = &CARRIER_KINDS[r.kind];
        rc = prepare(&r);
    }
    if (!rc) rc = collect_keys(&r);
    if (!rc && progress) rc = count_keys(&r);
    if (!rc) rc = settle_plain(&r);
    if (!rc) rc = resolve_all(&r);
    if (!rc)
        settled(&r, 0, true);
    else if (r.shown_at > 0)
        fputc('\n', stderr); /* the error starts a line of its own */
    if (!rc) rc = record_removal(&r, who);
    clear_list(&r);
    free(r.list);
    day_counts_free(&r.days);
    day_spans_free(&r.spans);
    finalize_all(&r);
    if (!rc) rc = db_exec(db, "DROP TABLE IF EXISTS temp.remove_keys; DROP TABLE IF EXISTS temp.remove_plain;", err);
    if (!rc) return db_commit(db, err);
    db_rollback(db);
    return rc;
}
