#include "plan_store.h"

#include <search.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "db.h"
#include "json.h"
#include "metric_catalog.h"
#include "metric_eval.h"
#include "paths.h"
#include "provenance.h"
#include "yaml_doc.h"

/* ---- canonical snapshot -------------------------------------------------- */

static void key(struct sbuf *s, bool *first, const char *k)
{
    if (!*first) sbuf_adds(s, ", ");
    *first = false;
    json_str(s, k);
    sbuf_adds(s, ": ");
}

static void kv_str(struct sbuf *s, bool *first, const char *k, const char *v)
{
    if (!v) return;
    key(s, first, k);
    json_str(s, v);
}

static void kv_date(struct sbuf *s, bool *first, const char *k, int d)
{
    if (d == DATE_NONE) return;
    char buf[11];
    format_date(d, buf);
    kv_str(s, first, k, buf);
}

static void kv_enum(struct sbuf *s, bool *first, const char *k, const struct vocab *v, int idx)
{
    if (idx < 0) return;
    kv_str(s, first, k, v->entries[idx].key);
}

static void enum_array(struct sbuf *s, const struct vocab *v, const int *items, size_t n)
{
    sbuf_addc(s, '[');
    for (size_t i = 0; i < n; i++) {
        if (i) sbuf_adds(s, ", ");
        json_str(s, v->entries[items[i]].key);
    }
    sbuf_addc(s, ']');
}

void plan_snapshot(const struct plan *p, struct sbuf *s)
{
    bool first = true;
    sbuf_addc(s, '{');
    kv_str(s, &first, "plan", p->id);
    kv_str(s, &first, "title", p->title);
    kv_str(s, &first, "practice", p->practice);
    kv_str(s, &first, "care_group", p->care_group);
    key(s, &first, "application");
    {
        bool f = true;
        sbuf_addc(s, '{');
        kv_enum(s, &f, "type", &VOCAB_APP_TYPES, p->app_type);
        kv_str(s, &f, "name", p->app_name);
        kv_str(s, &f, "vendor", p->vendor);
        sbuf_addc(s, '}');
    }
    key(s, &first, "solution_directions");
    sbuf_addc(s, '[');
    for (size_t i = 0; i < p->ndirections; i++) sbuf_addf(s, "%s%d", i ? ", " : "", p->directions[i]);
    sbuf_addc(s, ']');
    key(s, &first, "steps");
    sbuf_addc(s, '{');
    for (int i = 0; i < STEP_COUNT; i++) {
        const struct plan_step *st = &p->steps[i];
        if (i) sbuf_adds(s, ", ");
        json_str(s, VOCAB_STEPS.entries[i].key);
        sbuf_adds(s, ": {");
        bool f = true;
        kv_enum(s, &f, "status", &VOCAB_STEP_STATUS, (int)st->status);
        kv_date(s, &f, "started", st->started);
        kv_date(s, &f, "completed", st->completed);
        kv_date(s, &f, "due", st->due);
        kv_str(s, &f, "owner", st->owner);
        kv_enum(s, &f, "mode", &VOCAB_IMPLEMENT_MODE, st->mode);
        kv_enum(s, &f, "decision", &VOCAB_SCALE_DECISION, st->decision);
        kv_str(s, &f, "notes", st->notes);
        if (st->nchecklist) {
            const struct vocab *v = vocab_checklist((enum step_id)i);
            key(s, &f, "checklist");
            sbuf_addc(s, '{');
            for (size_t k = 0; k < st->nchecklist; k++) {
                if (k) sbuf_adds(s, ", ");
                json_str(s, v->entries[st->checklist[k].item].key);
                sbuf_adds(s, st->checklist[k].done ? ": true" : ": false");
            }
            sbuf_addc(s, '}');
        }
        sbuf_addc(s, '}');
    }
    sbuf_addc(s, '}');
    bool any_setup = p->response_term_hours || p->triage >= 0 || p->answer_moment >= 0 ||
                     p->offer >= 0 || p->policy >= 0 || p->address >= 0;
    if (any_setup) {
        key(s, &first, "setup");
        bool f = true;
        sbuf_addc(s, '{');
        if (p->response_term_hours) {
            key(s, &f, "response_term_hours");
            json_int(s, p->response_term_hours);
        }
        kv_enum(s, &f, "triage", &VOCAB_TRIAGE, p->triage);
        kv_enum(s, &f, "answer_moment", &VOCAB_ANSWER_MOMENT, p->answer_moment);
        kv_enum(s, &f, "offer", &VOCAB_OFFER, p->offer);
        kv_enum(s, &f, "policy", &VOCAB_POLICY, p->policy);
        kv_enum(s, &f, "address", &VOCAB_ADDRESS, p->address);
        sbuf_addc(s, '}');
    }
    if (p->ngoals) {
        /* Keyed by goal id so a history diff names the goal, not a position. */
        key(s, &first, "goals");
        sbuf_addc(s, '{');
        for (size_t i = 0; i < p->ngoals; i++) {
            const struct plan_goal *g = &p->goals[i];
            if (i) sbuf_adds(s, ", ");
            json_str(s, g->id);
            sbuf_adds(s, ": {");
            bool f = true;
            kv_str(s, &f, "metric", g->metric);
            if (g->has_target) {
                key(s, &f, "target");
                json_num(s, g->target);
            }
            if (g->has_change) {
                key(s, &f, "change");
                json_num(s, g->change);
            }
            if (g->baseline == BASELINE_VALUE) {
                key(s, &f, "baseline");
                sbuf_adds(s, "{\"value\": ");
                json_num(s, g->baseline_value);
                sbuf_addc(s, '}');
            } else if (g->baseline == BASELINE_RANGE) {
                key(s, &f, "baseline");
                bool b = true;
                sbuf_addc(s, '{');
                kv_date(s, &b, "from", g->baseline_from);
                kv_date(s, &b, "to", g->baseline_to);
                sbuf_addc(s, '}');
            }
            kv_date(s, &f, "deadline", g->deadline);
            kv_str(s, &f, "notes", g->notes);
            sbuf_addc(s, '}');
        }
        sbuf_addc(s, '}');
    }
    if (p->nrisks) {
        key(s, &first, "risks");
        sbuf_addc(s, '[');
        for (size_t i = 0; i < p->nrisks; i++) {
            const struct plan_risk *r = &p->risks[i];
            bool f = true;
            sbuf_adds(s, i ? ", {" : "{");
            kv_str(s, &f, "risk", r->risk);
            kv_enum(s, &f, "likelihood", &VOCAB_LEVELS, r->likelihood);
            kv_enum(s, &f, "impact", &VOCAB_LEVELS, r->impact);
            kv_str(s, &f, "mitigation", r->mitigation);
            sbuf_addc(s, '}');
        }
        sbuf_addc(s, ']');
    }
    if (p->has_one_off || p->has_yearly || p->nfunding) {
        key(s, &first, "costs");
        bool f = true;
        sbuf_addc(s, '{');
        if (p->has_one_off) {
            key(s, &f, "one_off_eur");
            json_num(s, p->one_off_eur);
        }
        if (p->has_yearly) {
            key(s, &f, "yearly_eur");
            json_num(s, p->yearly_eur);
        }
        if (p->nfunding) {
            key(s, &f, "funding");
            enum_array(s, &VOCAB_FUNDING, p->funding, p->nfunding);
        }
        sbuf_addc(s, '}');
    }
    if (p->nbarriers) {
        key(s, &first, "barriers");
        enum_array(s, &VOCAB_BARRIERS, p->barriers, p->nbarriers);
    }
    kv_str(s, &first, "notes", p->notes);
    sbuf_addc(s, '}');
}

static void digest_hex(const char *text, char out[33])
{
    unsigned char h[16];
    crypto_generichash(h, sizeof h, (const unsigned char *)text, strlen(text), NULL, 0);
    sodium_bin2hex(out, 33, h, sizeof h);
}

/* ---- history diff --------------------------------------------------------- */

static void describe_value(struct sbuf *s, const char *type, const char *value, int items)
{
    /* json_tree gives a boolean's value as 1 or 0; the plan says true or
     * false. A line break in a text would split the one line a change
     * takes. Sixty characters, not bytes: a name with an é is no longer. */
    if (!type) sbuf_adds(s, "(none)");
    else if (strcmp(type, "object") == 0) sbuf_adds(s, "{...}");
    /* A list of mappings (risks) told whole reads as its length, as a
     * mapping reads {...}: JSON of one short risk said more than a table's
     * line should, and a longer list only "(changed)". */
    else if (items >= 0) sbuf_addf(s, "[%d item%s]", items, items == 1 ? "" : "s");
    else if (strcmp(type, "true") == 0 || strcmp(type, "false") == 0) sbuf_adds(s, type);
    else if (value && utf8_width(value, strlen(value)) > 60) sbuf_adds(s, "(changed)");
    else if (value) sbuf_add_visible(s, value);
    else sbuf_adds(s, "null");
}

/* A json_tree path as the plan file names it: $.goals."share-x".target is
 * goals.share-x.target (keys of plans never hold a quote or a dot). */
static void describe_path(struct sbuf *s, const char *path)
{
    for (const char *p = path + 2; *p; p++)
        if (*p != '"') sbuf_addc(s, *p);
}

/* The goal a path like $.goals.share.target or $.goals."a-b".baseline.value
 * names, and whether the value there is one the metric's style shows
 * (target, baseline value) or a relative change. */
static const struct plan_goal *goal_at(const struct plan *p, const char *path, bool *is_change)
{
    if (!p || !str_starts(path, "$.goals.")) return NULL;
    const char *id = path + 8, *end;
    size_t n;
    if (*id == '"') {
        end = strchr(++id, '"');
        if (!end) return NULL;
        n = (size_t)(end - id);
        end++;
    } else {
        end = id + strcspn(id, ".");
        n = (size_t)(end - id);
    }
    *is_change = strcmp(end, ".change") == 0;
    if (!*is_change && strcmp(end, ".target") != 0 && strcmp(end, ".baseline.value") != 0) return NULL;
    for (size_t i = 0; i < p->ngoals; i++)
        if (strlen(p->goals[i].id) == n && strncmp(p->goals[i].id, id, n) == 0) return &p->goals[i];
    return NULL;
}

/* A goal's number as plan show and goals print it: 0.05 -> 5.0%. */
static char *goal_number(const struct plan_goal *g, bool is_change, const char *type, char *value)
{
    if (!value || !type || (strcmp(type, "real") != 0 && strcmp(type, "integer") != 0)) return value;
    char buf[64];
    double v = strtod(value, NULL);
    if (is_change) snprintf(buf, sizeof buf, "%+g%%", v * 100);
    else if (g->unit >= 0) metric_format((enum metric_unit)g->unit, v, true, buf, sizeof buf);
    else return value;
    free(value);
    return xstrdup(buf);
}

static void add_change(struct sbuf *changes, size_t *count, const char *line)
{
    if (*count) sbuf_adds(changes, ", ");
    json_str(changes, line);
    (*count)++;
}

/* "goals (order): share, calls -> calls, share" into line when the same
 * goals stand in another order; line stays empty otherwise. */
static int goal_order_change(sqlite3 *db, const char *old_json, const char *new_json, struct sbuf *line,
                             struct eh_error *err)
{
    sqlite3_stmt *order;
    if (db_prepare(db, &order,
                   "SELECT (SELECT group_concat(key, ', ') FROM json_each(?1, '$.goals')), "
                   "       (SELECT group_concat(key, ', ') FROM json_each(?2, '$.goals')), "
                   "       (SELECT group_concat(key) FROM (SELECT key FROM json_each(?1, '$.goals') ORDER BY key)) "
                   "    IS (SELECT group_concat(key) FROM (SELECT key FROM json_each(?2, '$.goals') ORDER BY key))",
                   err))
        return EH_IO;
    sqlite3_bind_text(order, 1, old_json, -1, SQLITE_STATIC);
    sqlite3_bind_text(order, 2, new_json, -1, SQLITE_STATIC);
    if (sqlite3_step(order) == SQLITE_ROW && sqlite3_column_type(order, 0) == SQLITE_TEXT &&
        sqlite3_column_type(order, 1) == SQLITE_TEXT && sqlite3_column_int(order, 2) &&
        strcmp(db_text(order, 0), db_text(order, 1)) != 0)
        sbuf_addf(line, "goals (order): %s -> %s", db_text(order, 0), db_text(order, 1));
    sqlite3_finalize(order);
    return EH_OK;
}

static int compare_paths(const void *a, const void *b)
{
    return strcmp(a, b);
}

static void tell_whole(void **told_whole, const char *path)
{
    char *copy = xstrdup(path);
    if (*(char **)tsearch(copy, told_whole, compare_paths) != copy) free(copy);
}

/* Whether a node lies inside a container told whole: one of its
 * ancestors, the path's prefixes before each '.' and '[', is one. Each
 * node compared with every such container took seconds when 20,000 risks
 * were cut off the end of a list. */
static bool inside_told_whole(void *told_whole, const char *path)
{
    if (!told_whole) return false;
    char *prefix = xstrdup(path);
    bool inside = false;
    for (size_t i = 1; prefix[i] && !inside; i++) {
        if (prefix[i] != '.' && prefix[i] != '[') continue;
        char c = prefix[i];
        prefix[i] = '\0';
        inside = tfind(prefix, &told_whole, compare_paths) != NULL;
        prefix[i] = c;
    }
    free(prefix);
    return inside;
}

int plan_snapshot_diff(sqlite3 *db, const char *old_json, const char *new_json, const struct plan *plan,
                       struct sbuf *changes, size_t *count, struct eh_error *err)
{
    /* json_tree lists every node with its path; a full outer join on the
     * path pairs old and new. Arrays are compared whole, but for lists of
     * objects (risks) of the same length, or one the other's start, whose
     * items are compared by place: a risk that became high is
     * risks[1].likelihood: low -> high, a risk added last risks[3]: (none)
     * -> {...}, not the whole list "(changed)"; the same items in another
     * order are that. A list that lost or gained an item elsewhere is told
     * whole: by place, every item after it would read as changed. */
    static const char sql[] =
        "WITH RECURSIVE o AS MATERIALIZED (SELECT id, fullkey AS k, path AS parent, type, "
        "             CASE WHEN type = 'object' THEN NULL ELSE value END AS v, "
        "             CASE WHEN type = 'array' AND json_type(value, '$[0]') = 'object' "
        "               THEN json_array_length(value) END AS items, "
        "             CASE WHEN type = 'array' THEN json_array_length(value) END AS len FROM json_tree(?1)), "
        "     n AS MATERIALIZED (SELECT id, parent AS pid, fullkey AS k, type, "
        "             CASE WHEN type = 'object' THEN NULL ELSE value END AS v, "
        "             CASE WHEN type = 'array' AND json_type(value, '$[0]') = 'object' "
        "               THEN json_array_length(value) END AS items, "
        "             CASE WHEN type = 'array' THEN json_array_length(value) END AS len FROM json_tree(?2)), "
        /* A full outer join as a left join and the new nodes the old
         * lacks: each half finds its partner through an index SQLite
         * builds for it, where FULL OUTER JOIN compared every pair. An
         * array's length is taken once, stored: in the conditions on its
         * items it was parsed again for every item (a plan of 2,000 risks
         * took seconds to diff, of 40,000 minutes). */
        "     j AS MATERIALIZED (SELECT o.id AS o_id, o.k AS o_k, o.parent AS o_parent, o.type AS o_type, o.v AS o_v, "
        "             o.items AS o_items, o.len AS o_len, n.id AS n_id, n.k AS n_k, n.type AS n_type, n.v AS n_v, "
        "             n.items AS n_items, n.len AS n_len "
        "             FROM o LEFT JOIN n ON n.k = o.k "
        "           UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, n.id, n.k, n.type, n.v, n.items, n.len "
        "             FROM n "
        "             WHERE NOT EXISTS (SELECT 1 FROM o WHERE o.k = n.k)), "
        /* Where a removed key stood, for the order of the changes: the
         * old id of the next sibling that is still there (a window over
         * the siblings, newest first), and the new version's last node
         * under each parent that lost a key (from each node's last child,
         * down), once per parent: looked up for every removed key, a plan
         * cut from 4,000 risks to 1 took seconds. */
        "     next_kept AS MATERIALIZED (SELECT o_id, min(CASE WHEN n_id IS NOT NULL THEN o_id END) "
        "             OVER (PARTITION BY o_parent ORDER BY o_id DESC "
        "                   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS kept_id "
        "             FROM j WHERE o_id IS NOT NULL), "
        "     last_child AS MATERIALIZED (SELECT pid, max(id) AS last FROM n WHERE pid IS NOT NULL GROUP BY pid), "
        "     descent(start, id) AS (SELECT n.id, n.id FROM n "
        "               WHERE n.k IN (SELECT o_parent FROM j WHERE n_id IS NULL) "
        "             UNION ALL SELECT descent.start, last_child.last FROM descent "
        "               JOIN last_child ON last_child.pid = descent.id), "
        "     parent_end AS MATERIALIZED (SELECT n.k, max(descent.id) AS last FROM descent "
        "             JOIN n ON n.id = descent.start GROUP BY descent.start) "
        "SELECT coalesce(j.n_k, j.o_k), j.o_type, j.o_v, j.n_type, j.n_v, "
        "       CASE WHEN j.o_type = 'array' AND j.n_type = 'array' THEN "
        "         j.o_len > 0 AND j.n_len > 0 "
        "         AND json_type(j.o_v, '$[0]') = 'object' AND json_type(j.n_v, '$[0]') = 'object' "
        "         AND (j.o_len = j.n_len OR "
        "              (SELECT group_concat(value, char(31)) FROM json_each(j.o_v) "
        "               WHERE key < min(j.o_len, j.n_len)) IS "
        "              (SELECT group_concat(value, char(31)) FROM json_each(j.n_v) "
        "               WHERE key < min(j.o_len, j.n_len))) ELSE 0 END, "
        "       CASE WHEN j.o_type = 'array' AND j.n_type = 'array' AND j.o_v != j.n_v "
        "         AND j.o_len = j.n_len AND j.o_len > 1 "
        "         AND json_type(j.o_v, '$[0]') = 'object' THEN "
        "         (SELECT group_concat(value, char(31)) FROM (SELECT value FROM json_each(j.o_v) ORDER BY value)) IS "
        "         (SELECT group_concat(value, char(31)) FROM (SELECT value FROM json_each(j.n_v) ORDER BY value)) "
        "       ELSE 0 END, "
        "       CASE WHEN j.n_type = 'array' THEN j.n_len END, j.o_items, j.n_items "
        "FROM j "
        /* A key gone from a mapping still there is told where it stood:
         * before the next key of its old version that is still there, or
         * after the mapping's last key (steps.implement.due beside the
         * step's other changes), not after every other change. */
        "ORDER BY coalesce(j.n_id, "
        "  (SELECT k.n_id FROM next_kept AS x JOIN j AS k ON k.o_id = x.kept_id WHERE x.o_id = j.o_id) - 0.5, "
        "  (SELECT e.last FROM parent_end AS e WHERE e.k = j.o_parent) + 0.5, "
        "  1000000 + j.o_id), j.o_id";
    sqlite3_stmt *st;
    *count = 0;
    sbuf_addc(changes, '[');
    /* Goals are keyed by id, so the same goals put in another order differ
     * in no path: the order is the change (an entry that named none was
     * kept). It is told where the goals stand in the file, at their node,
     * as risks (order) is; told last, it followed the risks and notes
     * below them. */
    struct sbuf goal_order = {0};
    if (goal_order_change(db, old_json, new_json, &goal_order, err)) return EH_IO;
    if (db_prepare(db, &st, sql, err)) {
        sbuf_free(&goal_order);
        return EH_IO;
    }
    sqlite3_bind_text(st, 1, old_json, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, new_json, -1, SQLITE_STATIC);
    /* The containers told whole: their nodes are not told again, also the
     * ones only the old version has, which come last. */
    void *told_whole = NULL;
    /* A goal's old value in its old metric's unit. */
    sqlite3_stmt *old_metric = NULL;
    if (db_prepare(db, &old_metric, "SELECT json_extract(?1, ?2)", err)) {
        sqlite3_finalize(st);
        sbuf_free(&goal_order);
        return EH_IO;
    }
    sqlite3_bind_text(old_metric, 1, old_json, -1, SQLITE_STATIC);
    int rc;
    while (db_next(st, &rc, err, "comparing plan versions")) {
        const char *path = db_text(st, 0);
        const char *otype = db_text(st, 1), *ntype = db_text(st, 3);
        if (strcmp(path, "$") == 0) continue;
        if (goal_order.len && strcmp(path, "$.goals") == 0) {
            add_change(changes, count, sbuf_str(&goal_order));
            sbuf_free(&goal_order);
        }
        if (inside_told_whole(told_whole, path)) continue;
        /* The same items in another order (a risk moved to the top): the
         * order is the change, not every field of every place it moved. */
        if (sqlite3_column_int(st, 6)) {
            struct sbuf line = {0};
            describe_path(&line, path);
            sbuf_addf(&line, " (order): the same %d items in another order", sqlite3_column_int(st, 7));
            add_change(changes, count, sbuf_str(&line));
            sbuf_free(&line);
            tell_whole(&told_whole, path);
            continue;
        }
        char *ov = sqlite3_column_type(st, 2) == SQLITE_NULL ? NULL : xstrdup(db_text(st, 2));
        char *nv = sqlite3_column_type(st, 4) == SQLITE_NULL ? NULL : xstrdup(db_text(st, 4));
        bool container_o = otype && (strcmp(otype, "object") == 0 || strcmp(otype, "array") == 0);
        bool container_n = ntype && (strcmp(ntype, "object") == 0 || strcmp(ntype, "array") == 0);
        bool both_objects = (otype && ntype && strcmp(otype, "object") == 0 && strcmp(ntype, "object") == 0) ||
                            sqlite3_column_int(st, 5);
        bool differ;
        if (both_objects) differ = false;
        else if (!otype || !ntype) differ = true;
        else differ = strcmp(otype, ntype) != 0 || (ov && nv ? strcmp(ov, nv) != 0 : ov != nv);
        if (!both_objects && (container_o || container_n)) tell_whole(&told_whole, path);
        if (differ) {
            bool is_change = false;
            const struct plan_goal *g = goal_at(plan, path, &is_change);
            if (g) {
                /* The goal's metric then: a share's 0.2 is 20 %, not 0.2 a week. */
                const char *field = strrchr(path, '.');
                if (!is_change && str_starts(field, ".value")) field = path + strlen(path) - strlen(".baseline.value");
                char *metric_path = xasprintf("%.*s.metric", (int)(field - path), path);
                sqlite3_bind_text(old_metric, 2, metric_path, -1, SQLITE_TRANSIENT);
                bool same_metric = sqlite3_step(old_metric) == SQLITE_ROW &&
                                   sqlite3_column_type(old_metric, 0) == SQLITE_TEXT &&
                                   strcmp((const char *)sqlite3_column_text(old_metric, 0), g->metric) == 0;
                sqlite3_reset(old_metric);
                free(metric_path);
                if (same_metric || is_change) ov = goal_number(g, is_change, otype, ov);
                nv = goal_number(g, is_change, ntype, nv);
            }
            struct sbuf line = {0};
            describe_path(&line, path);
            sbuf_adds(&line, ": ");
            describe_value(&line, otype, ov,
                           sqlite3_column_type(st, 8) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 8));
            sbuf_adds(&line, " -> ");
            describe_value(&line, ntype, nv,
                           sqlite3_column_type(st, 9) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 9));
            add_change(changes, count, sbuf_str(&line));
            sbuf_free(&line);
        }
        free(ov);
        free(nv);
    }
    tdestroy(told_whole, free);
    sqlite3_finalize(old_metric);
    sqlite3_finalize(st);
    /* The walk meets the goals' node whenever both versions have goals;
     * should it not, the change is still told. */
    if (!rc && goal_order.len) add_change(changes, count, sbuf_str(&goal_order));
    sbuf_free(&goal_order);
    sbuf_addc(changes, ']');
    return rc;
}

/* ---- writing ------------------------------------------------------------- */

static int step_done(sqlite3 *db, sqlite3_stmt *st, struct eh_error *err, const char *what)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) return db_fail(db, err, what);
    return EH_OK;
}

/* source_path: where p's register file is (path_absolute), so that a message
 * printed from another directory names it as found from there. */
static int sync_practice(sqlite3 *db, const struct practice *p, const char *source_path, const char *now,
                         struct sync_report *r, struct eh_error *err)
{
    sqlite3_stmt *st;
    struct sbuf insurers = {0};
    for (size_t i = 0; i < p->ninsurers; i++) sbuf_addf(&insurers, "%s%s", i ? "\x1f" : "", p->insurers[i]);
    char *source = xasprintf("%s:%ld", p->file, p->at.line);
    int rc = EH_OK;
    long long id = 0;
    bool exists = false, same = false, located = false;
    if ((rc = db_prepare(db, &st,
                         "SELECT p.id, p.name = ?2 AND p.care_group = ?3 AND p.region = ?4 AND p.list_size = ?5 "
                         "       AND p.website IS ?7 AND p.phone IS ?8 "
                         "       AND coalesce((SELECT group_concat(insurer, char(31)) FROM "
                         "            (SELECT insurer FROM practice_insurers i WHERE i.practice_id = p.id "
                         "             ORDER BY position)), '') = ?6, "
                         "       p.source IS ?9 AND p.source_path IS ?10 "
                         "FROM practices p WHERE p.agb = ?1", err)))
        goto done;
    sqlite3_bind_text(st, 1, p->agb, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, p->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, p->care_group, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, p->region, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 5, p->list_size);
    sqlite3_bind_text(st, 6, sbuf_str(&insurers), -1, SQLITE_STATIC);
    db_bind_text(st, 7, p->website);
    db_bind_text(st, 8, p->phone);
    sqlite3_bind_text(st, 9, source, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 10, source_path, -1, SQLITE_STATIC);
    if (db_next(st, &rc, err, "reading a practice")) {
        exists = true;
        id = sqlite3_column_int64(st, 0);
        same = sqlite3_column_int(st, 1) != 0;
        located = sqlite3_column_int(st, 2) != 0;
    }
    sqlite3_finalize(st);
    if (rc) goto done;
    if (same) {
        /* Unchanged, but perhaps from another file or line (the register
         * moved, a practice added above it): where to point is no change. */
        if (!located) {
            if ((rc = db_prepare(db, &st, "UPDATE practices SET source = ?2, source_path = ?3 WHERE id = ?1", err)))
                goto done;
            sqlite3_bind_int64(st, 1, id);
            sqlite3_bind_text(st, 2, source, -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 3, source_path, -1, SQLITE_STATIC);
            rc = step_done(db, st, err, "recording a practice");
            sqlite3_finalize(st);
        }
        if (!rc) r->practices_same++;
        goto done;
    }
    if ((rc = db_prepare(db, &st,
                         "INSERT INTO practices(agb, name, care_group, region, list_size, source, synced_at, website, "
                         "phone, source_path) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                         "ON CONFLICT(agb) DO UPDATE SET name = excluded.name, care_group = excluded.care_group, "
                         "region = excluded.region, list_size = excluded.list_size, source = excluded.source, "
                         "synced_at = excluded.synced_at, website = excluded.website, phone = excluded.phone, "
                         "source_path = excluded.source_path "
                         "RETURNING id", err)))
        goto done;
    sqlite3_bind_text(st, 1, p->agb, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, p->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, p->care_group, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, p->region, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 5, p->list_size);
    sqlite3_bind_text(st, 6, source, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 7, now, -1, SQLITE_STATIC);
    db_bind_text(st, 8, p->website);
    db_bind_text(st, 9, p->phone);
    sqlite3_bind_text(st, 10, source_path, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW) id = sqlite3_column_int64(st, 0);
    if (sqlite3_finalize(st) != SQLITE_OK) {
        rc = db_fail(db, err, "recording a practice");
        goto done;
    }
    if ((rc = db_prepare(db, &st, "DELETE FROM practice_insurers WHERE practice_id = ?1", err))) goto done;
    sqlite3_bind_int64(st, 1, id);
    rc = step_done(db, st, err, "recording insurers");
    sqlite3_finalize(st);
    if (rc) goto done;
    if ((rc = db_prepare(db, &st, "INSERT INTO practice_insurers(practice_id, position, insurer) VALUES (?1, ?2, ?3)", err)))
        goto done;
    for (size_t i = 0; i < p->ninsurers && !rc; i++) {
        sqlite3_bind_int64(st, 1, id);
        sqlite3_bind_int64(st, 2, (long long)i);
        sqlite3_bind_text(st, 3, p->insurers[i], -1, SQLITE_STATIC);
        rc = step_done(db, st, err, "recording insurers");
    }
    sqlite3_finalize(st);
    if (exists) r->practices_changed++;
    else r->practices_new++;
done:
    sbuf_free(&insurers);
    free(source);
    return rc;
}

static int exec_bound(sqlite3 *db, const char *sql, const char *plan_id, struct eh_error *err)
{
    sqlite3_stmt *st;
    if (db_prepare(db, &st, sql, err)) return EH_IO;
    sqlite3_bind_text(st, 1, plan_id, -1, SQLITE_STATIC);
    int rc = step_done(db, st, err, "replacing plan details");
    sqlite3_finalize(st);
    return rc;
}

static int write_children(sqlite3 *db, const struct plan *p, struct eh_error *err)
{
    static const char *const clear[] = {
        "DELETE FROM plan_steps WHERE plan_id = ?1", "DELETE FROM plan_checklist WHERE plan_id = ?1",
        "DELETE FROM plan_goals WHERE plan_id = ?1", "DELETE FROM plan_directions WHERE plan_id = ?1",
        "DELETE FROM plan_barriers WHERE plan_id = ?1", "DELETE FROM plan_funding WHERE plan_id = ?1",
        "DELETE FROM plan_risks WHERE plan_id = ?1",
    };
    for (size_t i = 0; i < ARRAY_LEN(clear); i++)
        if (exec_bound(db, clear[i], p->id, err)) return EH_IO;
    sqlite3_stmt *st = NULL, *cl = NULL;
    int rc = EH_OK;
    if (db_prepare(db, &st, "INSERT INTO plan_steps(plan_id, step, position, status, started, completed, due, "
                            "owner, mode, decision, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", err) ||
        db_prepare(db, &cl, "INSERT INTO plan_checklist(plan_id, step, item, done) VALUES (?1, ?2, ?3, ?4)", err)) {
        sqlite3_finalize(st);
        return EH_IO;
    }
    for (int i = 0; i < STEP_COUNT && !rc; i++) {
        const struct plan_step *s = &p->steps[i];
        sqlite3_bind_text(st, 1, p->id, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, VOCAB_STEPS.entries[i].key, -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 3, i + 1);
        sqlite3_bind_text(st, 4, VOCAB_STEP_STATUS.entries[s->status].key, -1, SQLITE_STATIC);
        db_bind_date(st, 5, s->started);
        db_bind_date(st, 6, s->completed);
        db_bind_date(st, 7, s->due);
        db_bind_text(st, 8, s->owner);
        db_bind_text(st, 9, s->mode >= 0 ? VOCAB_IMPLEMENT_MODE.entries[s->mode].key : NULL);
        db_bind_text(st, 10, s->decision >= 0 ? VOCAB_SCALE_DECISION.entries[s->decision].key : NULL);
        db_bind_text(st, 11, s->notes);
        rc = step_done(db, st, err, "recording steps");
        const struct vocab *v = vocab_checklist((enum step_id)i);
        for (size_t k = 0; k < s->nchecklist && !rc; k++) {
            sqlite3_bind_text(cl, 1, p->id, -1, SQLITE_STATIC);
            sqlite3_bind_text(cl, 2, VOCAB_STEPS.entries[i].key, -1, SQLITE_STATIC);
            sqlite3_bind_text(cl, 3, v->entries[s->checklist[k].item].key, -1, SQLITE_STATIC);
            sqlite3_bind_int(cl, 4, s->checklist[k].done);
            rc = step_done(db, cl, err, "recording the checklist");
        }
    }
    sqlite3_finalize(st);
    sqlite3_finalize(cl);
    if (rc) return rc;

    if (db_prepare(db, &st, "INSERT INTO plan_goals(plan_id, goal_id, position, metric, target, change, "
                            "baseline_value, baseline_from, baseline_to, deadline, notes) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", err))
        return EH_IO;
    for (size_t i = 0; i < p->ngoals && !rc; i++) {
        const struct plan_goal *g = &p->goals[i];
        sqlite3_bind_text(st, 1, p->id, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, g->id, -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 3, (int)i + 1);
        sqlite3_bind_text(st, 4, g->metric, -1, SQLITE_STATIC);
        if (g->has_target) sqlite3_bind_double(st, 5, g->target);
        if (g->has_change) sqlite3_bind_double(st, 6, g->change);
        if (g->baseline == BASELINE_VALUE) sqlite3_bind_double(st, 7, g->baseline_value);
        if (g->baseline == BASELINE_RANGE) {
            db_bind_date(st, 8, g->baseline_from);
            db_bind_date(st, 9, g->baseline_to);
        }
        db_bind_date(st, 10, g->deadline);
        db_bind_text(st, 11, g->notes);
        rc = step_done(db, st, err, "recording goals");
    }
    sqlite3_finalize(st);
    if (rc) return rc;

    if (db_prepare(db, &st, "INSERT INTO plan_directions(plan_id, direction) VALUES (?1, ?2)", err)) return EH_IO;
    for (size_t i = 0; i < p->ndirections && !rc; i++) {
        sqlite3_bind_text(st, 1, p->id, -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 2, p->directions[i]);
        rc = step_done(db, st, err, "recording solution directions");
    }
    sqlite3_finalize(st);
    if (rc) return rc;

    if (db_prepare(db, &st, "INSERT INTO plan_barriers(plan_id, barrier) VALUES (?1, ?2)", err)) return EH_IO;
    for (size_t i = 0; i < p->nbarriers && !rc; i++) {
        sqlite3_bind_text(st, 1, p->id, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, VOCAB_BARRIERS.entries[p->barriers[i]].key, -1, SQLITE_STATIC);
        rc = step_done(db, st, err, "recording barriers");
    }
    sqlite3_finalize(st);
    if (rc) return rc;

    if (db_prepare(db, &st, "INSERT INTO plan_funding(plan_id, source) VALUES (?1, ?2)", err)) return EH_IO;
    for (size_t i = 0; i < p->nfunding && !rc; i++) {
        sqlite3_bind_text(st, 1, p->id, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, VOCAB_FUNDING.entries[p->funding[i]].key, -1, SQLITE_STATIC);
        rc = step_done(db, st, err, "recording funding");
    }
    sqlite3_finalize(st);
    if (rc) return rc;

    if (db_prepare(db, &st, "INSERT INTO plan_risks(plan_id, position, risk, likelihood, impact, mitigation) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", err))
        return EH_IO;
    for (size_t i = 0; i < p->nrisks && !rc; i++) {
        const struct plan_risk *r = &p->risks[i];
        sqlite3_bind_text(st, 1, p->id, -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 2, (int)i + 1);
        db_bind_text(st, 3, r->risk);
        db_bind_text(st, 4, r->likelihood >= 0 ? VOCAB_LEVELS.entries[r->likelihood].key : NULL);
        db_bind_text(st, 5, r->impact >= 0 ? VOCAB_LEVELS.entries[r->impact].key : NULL);
        db_bind_text(st, 6, r->mitigation);
        rc = step_done(db, st, err, "recording risks");
    }
    sqlite3_finalize(st);
    return rc;
}

static const char *opt_enum(const struct vocab *v, int idx)
{
    return idx >= 0 ? v->entries[idx].key : NULL;
}

/* One history entry, with who recorded it; *id receives its row. */
static int add_history(sqlite3 *db, const char *plan_id, const char *now, const char *digest,
                       const char *source, const char *changes, const char *snapshot, const char *user,
                       long long *id, struct eh_error *err)
{
    sqlite3_stmt *st;
    int rc = db_prepare(db, &st,
                        "INSERT INTO plan_history(plan_id, recorded_at, digest, source, changes, snapshot, "
                        "recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", err);
    if (!rc) {
        sqlite3_bind_text(st, 1, plan_id, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, now, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, digest, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 4, source, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 5, changes, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 6, snapshot, -1, SQLITE_STATIC);
        db_bind_text(st, 7, user);
        rc = step_done(db, st, err, "recording history");
        sqlite3_finalize(st);
    }
    if (!rc && id) *id = sqlite3_last_insert_rowid(db);
    return rc;
}

/* The commit and author of each new entry's file, asked of git once per
 * directory rather than once per plan. */
static int add_git_origins(sqlite3 *db, const struct plan_set *set, const struct sync_report *report,
                           struct eh_error *err)
{
    char **files = xcalloc(report->nplans + 1, sizeof *files);
    long long *ids = xcalloc(report->nplans + 1, sizeof *ids);
    size_t n = 0;
    for (size_t i = 0; i < report->nplans; i++)
        if (report->plans[i].history_id) {
            files[n] = set->plans[i].file;
            ids[n++] = report->plans[i].history_id;
        }
    struct git_origin *git = xcalloc(n + 1, sizeof *git);
    provenance_git(files, n, git);
    sqlite3_stmt *st = NULL;
    int rc = n ? db_prepare(db, &st, "UPDATE plan_history SET git_commit = ?2, git_author = ?3, "
                                     "git_uncommitted = ?4 WHERE id = ?1", err) : EH_OK;
    for (size_t i = 0; i < n && !rc; i++) {
        sqlite3_bind_int64(st, 1, ids[i]);
        db_bind_text(st, 2, git[i].commit);
        db_bind_text(st, 3, git[i].author);
        if (git[i].uncommitted >= 0) sqlite3_bind_int(st, 4, git[i].uncommitted);
        rc = step_done(db, st, err, "recording history");
    }
    sqlite3_finalize(st);
    for (size_t i = 0; i < n; i++) git_origin_free(&git[i]);
    free(git);
    free(files);
    free(ids);
    return rc;
}

static int sync_plan(sqlite3 *db, const struct plan *p, const char *now, const char *user,
                     struct sync_outcome *out, struct eh_error *err)
{
    struct sbuf snap = {0}, changes = {0};
    char digest[33];
    plan_snapshot(p, &snap);
    digest_hex(sbuf_str(&snap), digest);
    sqlite3_stmt *st;
    int rc = EH_OK;
    char *old_snapshot = NULL;
    char *source = xasprintf("%s", p->file);
    char *source_path = path_absolute(p->file);
    out->plan_id = p->id;
    out->file = p->file;
    if ((rc = db_prepare(db, &st, "SELECT h.digest, h.snapshot, pl.retired_at IS NOT NULL FROM plan_history h "
                                  "LEFT JOIN plans pl ON pl.id = h.plan_id WHERE h.plan_id = ?1 "
                                  "ORDER BY h.id DESC LIMIT 1", err)))
        goto done;
    sqlite3_bind_text(st, 1, p->id, -1, SQLITE_STATIC);
    bool known = false, same = false, retired = false;
    if (db_next(st, &rc, err, "reading a plan's history")) {
        known = true;
        same = strcmp(db_text(st, 0), digest) == 0;
        old_snapshot = xstrdup(db_text(st, 1));
        retired = sqlite3_column_int(st, 2) != 0;
    }
    sqlite3_finalize(st);
    if (rc) goto done;

    long long practice_id = 0;
    if (p->practice) {
        if ((rc = db_prepare(db, &st, "SELECT id FROM practices WHERE agb = ?1", err))) goto done;
        sqlite3_bind_text(st, 1, p->practice, -1, SQLITE_STATIC);
        if (db_next(st, &rc, err, "reading a practice")) practice_id = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        if (rc) goto done;
        if (!practice_id) {
            rc = eh_fail(err, EH_INVALID, p->file, p->owner_at.line, p->owner_at.col,
                         "practice %s is not in the register", p->practice);
            goto done;
        }
    }
    if ((rc = db_prepare(db, &st,
                         "INSERT INTO plans(id, title, practice_id, care_group, app_type, app_name, vendor, "
                         "response_term_hours, triage, answer_moment, offer, policy, address, one_off_eur, "
                         "yearly_eur, notes, source, digest, snapshot, synced_at, source_path) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21) "
                         "ON CONFLICT(id) DO UPDATE SET title = excluded.title, practice_id = excluded.practice_id, "
                         "care_group = excluded.care_group, app_type = excluded.app_type, app_name = excluded.app_name, "
                         "vendor = excluded.vendor, response_term_hours = excluded.response_term_hours, "
                         "triage = excluded.triage, answer_moment = excluded.answer_moment, offer = excluded.offer, "
                         "policy = excluded.policy, address = excluded.address, one_off_eur = excluded.one_off_eur, "
                         "yearly_eur = excluded.yearly_eur, notes = excluded.notes, source = excluded.source, "
                         "digest = excluded.digest, snapshot = excluded.snapshot, synced_at = excluded.synced_at, "
                         "source_path = excluded.source_path", err)))
        goto done;
    sqlite3_bind_text(st, 1, p->id, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, p->title, -1, SQLITE_STATIC);
    if (practice_id) sqlite3_bind_int64(st, 3, practice_id);
    db_bind_text(st, 4, p->care_group);
    sqlite3_bind_text(st, 5, VOCAB_APP_TYPES.entries[p->app_type].key, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, p->app_name, -1, SQLITE_STATIC);
    db_bind_text(st, 7, p->vendor);
    if (p->response_term_hours) sqlite3_bind_int64(st, 8, p->response_term_hours);
    db_bind_text(st, 9, opt_enum(&VOCAB_TRIAGE, p->triage));
    db_bind_text(st, 10, opt_enum(&VOCAB_ANSWER_MOMENT, p->answer_moment));
    db_bind_text(st, 11, opt_enum(&VOCAB_OFFER, p->offer));
    db_bind_text(st, 12, opt_enum(&VOCAB_POLICY, p->policy));
    db_bind_text(st, 13, opt_enum(&VOCAB_ADDRESS, p->address));
    if (p->has_one_off) sqlite3_bind_double(st, 14, p->one_off_eur);
    if (p->has_yearly) sqlite3_bind_double(st, 15, p->yearly_eur);
    db_bind_text(st, 16, p->notes);
    sqlite3_bind_text(st, 17, source, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 18, digest, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 19, sbuf_str(&snap), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 20, now, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 21, source_path, -1, SQLITE_STATIC);
    rc = step_done(db, st, err, "recording a plan");
    sqlite3_finalize(st);
    if (rc) goto done;
    /* A retired plan whose file is still synced stays retired; what
     * changed in it is recorded all the same. */
    out->retired = retired;
    if (same) {
        out->state = retired ? "retired" : "unchanged";
        goto done;
    }
    if ((rc = write_children(db, p, err))) goto done;
    size_t count = 1;
    if (known) {
        if ((rc = plan_snapshot_diff(db, old_snapshot, sbuf_str(&snap), p, &changes, &count, err))) goto done;
    } else {
        sbuf_adds(&changes, "[\"created\"]");
    }
    out->state = retired ? "retired" : known ? "changed" : "created";
    out->changes = count;
    rc = add_history(db, p->id, now, digest, source, sbuf_str(&changes), sbuf_str(&snap), user,
                     &out->history_id, err);
done:
    free(old_snapshot);
    free(source);
    free(source_path);
    sbuf_free(&snap);
    sbuf_free(&changes);
    return rc;
}

int plan_store_sync(sqlite3 *db, const struct plan_set *set, struct sync_report *report,
                    struct eh_error *err)
{
    memset(report, 0, sizeof *report);
    char now[26];
    now_iso(now);
    char *user = provenance_user();
    if (db_begin(db, err)) {
        free(user);
        return EH_IO;
    }
    int rc = EH_OK;
    for (size_t r = 0; r < set->nregisters && !rc; r++) {
        /* Once per register: a realpath per practice of a national one is
         * 100,000 of them. */
        char *register_path = path_absolute(set->registers[r].file);
        for (size_t i = 0; i < set->registers[r].count && !rc; i++)
            rc = sync_practice(db, &set->registers[r].practices[i], register_path, now, report, err);
        free(register_path);
    }
    report->plans = xcalloc(set->nplans ? set->nplans : 1, sizeof *report->plans);
    for (size_t i = 0; i < set->nplans && !rc; i++) {
        rc = sync_plan(db, &set->plans[i], now, user, &report->plans[i], err);
        report->nplans++;
    }
    free(user);
    if (!rc) rc = add_git_origins(db, set, report, err);
    if (rc) {
        db_rollback(db);
        return rc;
    }
    return db_commit(db, err);
}

void sync_report_free(struct sync_report *r)
{
    free(r->plans);
    memset(r, 0, sizeof *r);
}

/* ---- plans whose file is gone or holds another id ------------------------ */

static const char *set_plan_in(const struct plan_set *set, char *const *abs_files, const char *path)
{
    for (size_t i = 0; i < set->nplans; i++)
        if (strcmp(abs_files[i], path) == 0) return set->plans[i].id;
    return NULL;
}

static bool set_holds_id(const struct plan_set *set, const char *id)
{
    for (size_t i = 0; i < set->nplans; i++)
        if (strcmp(set->plans[i].id, id) == 0) return true;
    return false;
}

static bool set_has_register(const struct plan_set *set, const char *path)
{
    bool found = false;
    for (size_t i = 0; i < set->nregisters && !found; i++) {
        char *abs = path_absolute(set->registers[i].file);
        found = strcmp(abs, path) == 0;
        free(abs);
    }
    return found;
}

/* Whether the YAML file at path has a top-level "plan: id" (read quietly:
 * a file that no longer loads holds nothing). */
static bool file_holds_plan(const char *path, const char *id)
{
    struct ydoc doc;
    struct diag_list quiet = {0};
    bool holds = false;
    if (ydoc_load(&doc, path, YDOC_MAX_PLAN_BYTES, "a register or plan", &quiet)) {
        yaml_node_t *root = ydoc_root(&doc);
        yaml_node_pair_t *p = root->type == YAML_MAPPING_NODE ? root->data.mapping.pairs.start : NULL;
        for (; p && p < root->data.mapping.pairs.top; p++) {
            yaml_node_t *k = yaml_document_get_node(&doc.doc, p->key);
            yaml_node_t *v = yaml_document_get_node(&doc.doc, p->value);
            if (k->type == YAML_SCALAR_NODE && v->type == YAML_SCALAR_NODE &&
                strcmp((const char *)k->data.scalar.value, "plan") == 0)
                holds = strcmp((const char *)v->data.scalar.value, id) == 0;
        }
    }
    ydoc_free(&doc);
    diag_free(&quiet);
    return holds;
}

/* Whether the register file at path lists the AGB code agb (read quietly,
 * as file_holds_plan). */
static bool file_holds_practice(const char *path, const char *agb)
{
    struct ydoc doc;
    struct diag_list quiet = {0};
    bool holds = false;
    if (ydoc_load(&doc, path, YDOC_MAX_PLAN_BYTES, "a register or plan", &quiet)) {
        struct yctx c = {&doc, &quiet};
        struct ymap top = {0};
        yaml_node_t *list;
        size_t count = 0;
        if (ymap_read(&c, ydoc_root(&doc), "a register", &top) && (list = ymap_get(&top, "practices")) &&
            yseq(&c, list, "practices", &count))
            for (size_t i = 0; i < count && !holds; i++) {
                struct ymap entry = {0};
                const char *code;
                yaml_node_t *v;
                if (ymap_read(&c, yseq_item(&c, list, i), "a practice", &entry) && (v = ymap_get(&entry, "agb")) &&
                    ystring(&c, v, "agb", &code))
                    holds = strcmp(code, agb) == 0;
                ymap_free(&entry);
            }
        ymap_free(&top);
    }
    ydoc_free(&doc);
    diag_free(&quiet);
    return holds;
}

char *practice_source_shown(const char *source, const char *source_path)
{
    const char *colon = strrchr(source, ':');
    if (!source_path || !colon) return xstrdup(source);
    char *given = xstrndup(source, (size_t)(colon - source));
    char *shown = path_shown(given, source_path);
    char *out = xasprintf("%s%s", shown, colon);
    free(given);
    free(shown);
    return out;
}

/* A practice's recorded source, "FILE:LINE" with the file as the sync was
 * given it, and where that file is (NULL: recorded before schema 13): the
 * file as an absolute path (caller frees). */
static char *practice_source_file(const char *source, const char *source_path)
{
    if (source_path) return xstrdup(source_path);
    char *file = xstrdup(source);
    char *colon = strrchr(file, ':');
    if (colon) *colon = '\0';
    char *there = path_absolute(file);
    free(file);
    return there;
}

/* A practice of the set recorded from another register file that still
 * lists its AGB code, with other values: each file synced after the other
 * would move the practice back and forth (its care group, region and so
 * its plans' place in every view). Only the user knows which file is the
 * old copy: a warning, as for plans. A file moved away leaves nothing at
 * its old place; an unchanged copy changes nothing. */
static int practices_claimed(sqlite3 *db, const struct plan_set *set, struct diag_list *diags, struct eh_error *err)
{
    sqlite3_stmt *st;
    if (db_prepare(db, &st, "SELECT source, name, care_group, region, list_size, source_path FROM practices "
                            "WHERE agb = ?1", err))
        return EH_IO;
    int rc = EH_OK;
    for (size_t r = 0; r < set->nregisters && !rc; r++)
        for (size_t i = 0; i < set->registers[r].count && !rc; i++) {
            const struct practice *p = &set->registers[r].practices[i];
            if (!p->agb || !p->name || !p->care_group || !p->region) continue;
            sqlite3_bind_text(st, 1, p->agb, -1, SQLITE_STATIC);
            int step = sqlite3_step(st);
            if (step == SQLITE_ROW && db_text(st, 0)) {
                const char *name = db_text(st, 1), *group = db_text(st, 2), *region = db_text(st, 3);
                bool differs = strcmp(name, p->name) != 0 || strcmp(group, p->care_group) != 0 ||
                               strcmp(region, p->region) != 0 || sqlite3_column_int64(st, 4) != p->list_size;
                char *there = practice_source_file(db_text(st, 0), db_text(st, 5));
                if (differs && !set_has_register(set, there) && file_exists(there) &&
                    file_holds_practice(there, p->agb)) {
                    char *shown = practice_source_shown(db_text(st, 0), db_text(st, 5));
                    diag_add(diags, DIAG_WARNING, p->file, p->agb_at.line, p->agb_at.col,
                             "AGB code %s is recorded from %s, which still lists it as '%s' of %s, %s; synced, this "
                             "file's entry replaces it: keep each practice in one register, or the two files move "
                             "it back and forth", p->agb, shown, name, group, region);
                    free(shown);
                }
                free(there);
            } else if (step != SQLITE_ROW && step != SQLITE_DONE) {
                rc = db_fail(db, err, "reading the recorded practices");
            }
            sqlite3_reset(st);
        }
    sqlite3_finalize(st);
    return rc;
}

static int compare_agb(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A practice recorded from a register given that no longer lists it (it
 * left the care group, or was deleted by mistake) stays in the database:
 * in its care group's and region's figures, and known to plan check, so
 * its plans keep passing. Nothing says it left unless this does. */
static int practices_left(sqlite3 *db, const struct plan_set *set, struct diag_list *diags, struct eh_error *err)
{
    /* The codes the registers given list, sorted: a national register's
     * 100,000 practices are looked up, not walked, for each recorded one. */
    size_t nlisted = 0, cap = 0;
    const char **listed = NULL;
    for (size_t r = 0; r < set->nregisters; r++)
        for (size_t i = 0; i < set->registers[r].count; i++)
            if (set->registers[r].practices[i].agb) {
                GROW(listed, cap, nlisted + 1);
                listed[nlisted++] = set->registers[r].practices[i].agb;
            }
    if (nlisted) qsort(listed, nlisted, sizeof *listed, compare_agb);
    char **files = xcalloc(set->nregisters + 1, sizeof *files);
    for (size_t r = 0; r < set->nregisters; r++) files[r] = path_absolute(set->registers[r].file);
    sqlite3_stmt *st = NULL;
    int rc = db_prepare(db, &st, "SELECT agb, name, care_group, source, source_path FROM practices "
                                 "WHERE source IS NOT NULL ORDER BY agb", err) ? EH_IO : EH_OK;
    while (!rc && db_next(st, &rc, err, "reading the recorded practices")) {
        const char *agb = db_text(st, 0);
        /* Listed by any register given (moved to another one): not gone. */
        if (nlisted && bsearch(&agb, listed, nlisted, sizeof *listed, compare_agb)) continue;
        char *there = practice_source_file(db_text(st, 3), db_text(st, 4));
        for (size_t r = 0; r < set->nregisters; r++) {
            if (strcmp(files[r], there) != 0) continue;
            diag_add(diags, DIAG_WARNING, set->registers[r].file, 0, 0,
                     "practice %s (%s, %s) was recorded from this register, which no longer lists it: it stays "
                     "in the database, in its care group's figures, and its plans stay valid; retire them "
                     "('ehtrack plan retire ID') if it left", agb, db_text(st, 1), db_text(st, 2));
            break;
        }
        free(there);
    }
    if (st) sqlite3_finalize(st);
    for (size_t r = 0; r < set->nregisters; r++) free(files[r]);
    free(files);
    free(listed);
    return rc;
}

/* A register given that moves the last practices of a care group away
 * (the group renamed in the register, not in its plans) leaves the
 * group's tracked plans without practices: their goals have no data and
 * --care-group no longer finds them. Plans in the set given are checked
 * against the register already (an error there); this warns of the
 * others, on the register that listed the group's last practice (or the
 * first register given, once none of the group is recorded). */
static int groups_emptied(sqlite3 *db, const struct plan_set *set, struct diag_list *diags, struct eh_error *err)
{
    if (!set->nregisters) return EH_OK;
    sqlite3_stmt *plans = NULL, *members = NULL;
    if (db_prepare(db, &plans, "SELECT id, care_group, source, source_path FROM plans WHERE practice_id IS NULL "
                               "AND care_group IS NOT NULL AND retired_at IS NULL ORDER BY id", err) ||
        db_prepare(db, &members, "SELECT agb FROM practices WHERE care_group = ?1 ORDER BY agb", err)) {
        sqlite3_finalize(plans);
        return EH_IO;
    }
    int rc = EH_OK;
    while (!rc && db_next(plans, &rc, err, "reading the tracked plans")) {
        const char *id = db_text(plans, 0), *group = db_text(plans, 1);
        bool in_set = false, listed = false;
        for (size_t i = 0; i < set->nplans && !in_set; i++) in_set = strcmp(set->plans[i].id, id) == 0;
        for (size_t r = 0; r < set->nregisters && !listed; r++)
            for (size_t i = 0; i < set->registers[r].count && !listed; i++)
                listed = set->registers[r].practices[i].care_group &&
                         strcmp(set->registers[r].practices[i].care_group, group) == 0;
        if (in_set || listed) continue;
        /* The group's recorded practices: one the registers given do not
         * list stays in it; the first they list elsewhere names the file. */
        const struct practice *moved = NULL;
        bool stays = false;
        sqlite3_bind_text(members, 1, group, -1, SQLITE_STATIC);
        while (!rc && !stays && db_next(members, &rc, err, "reading the register")) {
            const struct practice *p = plan_set_practice(set, db_text(members, 0));
            if (!p) stays = true;
            else if (!moved) moved = p;
        }
        sqlite3_reset(members);
        if (rc || stays) continue;
        /* None recorded: moved away by an earlier sync; said again at
         * every sync of a register until the plan or the register is
         * mended. */
        char *shown = db_text(plans, 3) ? path_shown(db_text(plans, 2), db_text(plans, 3)) : NULL;
        diag_add(diags, DIAG_WARNING, moved ? moved->file : set->registers[0].file, moved ? moved->at.line : 0,
                 moved ? moved->at.col : 0,
                 "care group '%s' of plan %s (%s) has no practices left in the register: the plan stays tracked, "
                 "but its goals have no data and --care-group finds it no more; if the group was renamed, give "
                 "the plan the new name, or retire it ('ehtrack plan retire %s')",
                 group, id, shown ? shown : db_text(plans, 2), id);
        free(shown);
    }
    sqlite3_finalize(plans);
    sqlite3_finalize(members);
    return rc;
}

/* Only the user knows whether the file is an edited copy that replaces
 * the plan or a copy for another plan whose id was not changed (each file
 * synced after the other would then write changes nobody made into its
 * history): a warning, not an error. */
int plan_store_claimed(sqlite3 *db, const struct plan_set *set, struct diag_list *diags, struct eh_error *err)
{
    sqlite3_stmt *st;
    if (db_prepare(db, &st, "SELECT source, source_path FROM plans WHERE id = ?1 AND source_path IS NOT NULL", err))
        return EH_IO;
    int rc = EH_OK;
    /* Each file's absolute path once (a realpath each): per plan and file
     * again, a set of plans that moved took minutes at 3,000. */
    char **abs = xcalloc(set->nplans ? set->nplans : 1, sizeof *abs);
    for (size_t i = 0; i < set->nplans; i++) abs[i] = path_absolute(set->plans[i].file);
    for (size_t i = 0; i < set->nplans && !rc; i++) {
        const struct plan *p = &set->plans[i];
        sqlite3_bind_text(st, 1, p->id, -1, SQLITE_STATIC);
        int step = sqlite3_step(st);
        if (step == SQLITE_ROW) {
            const char *here = abs[i];
            const char *there = db_text(st, 1);
            /* The other file read in this same sync is check_unique_plans'
             * case; a moved file leaves nothing at its old place. */
            bool elsewhere = strcmp(here, there) != 0, in_set = false;
            for (size_t k = 0; elsewhere && k < set->nplans && !in_set; k++) in_set = strcmp(abs[k], there) == 0;
            if (elsewhere && !in_set && file_exists(there) && file_holds_plan(there, p->id)) {
                char *shown = path_shown(db_text(st, 0), there);
                diag_add(diags, DIAG_WARNING, p->file, p->id_at.line, p->id_at.col,
                         "plan id '%s' is tracked from %s, which still holds it; synced, this file takes the plan "
                         "over: if it is a copy for another plan, give it an id of its own", p->id, shown);
                free(shown);
            }
        } else if (step != SQLITE_DONE) {
            rc = db_fail(db, err, "reading the tracked plans");
        }
        sqlite3_reset(st);
    }
    for (size_t i = 0; i < set->nplans; i++) free(abs[i]);
    free(abs);
    sqlite3_finalize(st);
    if (!rc) rc = practices_claimed(db, set, diags, err);
    if (!rc) rc = practices_left(db, set, diags, err);
    return rc ? rc : groups_emptied(db, set, diags, err);
}

int plan_store_stale(sqlite3 *db, const struct plan_set *set, char *const *paths, size_t npaths,
                     struct stale_list *out, struct eh_error *err)
{
    memset(out, 0, sizeof *out);
    char **roots = xcalloc(npaths + 1, sizeof *roots);
    char **files = xcalloc(set->nplans + 1, sizeof *files);
    for (size_t i = 0; i < npaths; i++) roots[i] = path_absolute(paths[i]);
    for (size_t i = 0; i < set->nplans; i++) files[i] = path_absolute(set->plans[i].file);
    sqlite3_stmt *st;
    int rc = db_prepare(db, &st, "SELECT id, source, source_path FROM plans WHERE retired_at IS NULL ORDER BY id",
                        err);
    int read = EH_OK;
    while (!rc && db_next(st, &read, err, "reading the tracked plans")) {
        const char *id = db_text(st, 0);
        if (set_holds_id(set, id)) continue;
        /* Plans recorded before source_path existed: their path as given,
         * read from where this sync runs. */
        char *abs = db_text(st, 2) ? xstrdup(db_text(st, 2)) : path_absolute(db_text(st, 1));
        bool under = false;
        for (size_t i = 0; i < npaths && !under; i++) under = path_within(abs, roots[i]);
        const char *now_id = under ? set_plan_in(set, files, abs) : NULL;
        enum stale_reason reason = STALE_GONE;
        if (now_id) reason = STALE_OTHER_ID;
        else if (under && set_has_register(set, abs)) reason = STALE_NOT_A_PLAN;
        /* A file this sync did not read (a hidden directory, another
         * extension) says nothing about the plan. */
        if (under && (reason != STALE_GONE || !file_exists(abs))) {
            GROW(out->items, out->cap, out->count + 1);
            out->items[out->count++] = (struct stale_plan){xstrdup(id), path_shown(db_text(st, 1), abs),
                                                           now_id ? xstrdup(now_id) : NULL, reason};
        }
        free(abs);
    }
    if (!rc) rc = read;
    sqlite3_finalize(st);
    for (size_t i = 0; i < npaths; i++) free(roots[i]);
    for (size_t i = 0; i < set->nplans; i++) free(files[i]);
    free(roots);
    free(files);
    return rc;
}

void stale_list_free(struct stale_list *l)
{
    for (size_t i = 0; i < l->count; i++) {
        free(l->items[i].plan_id);
        free(l->items[i].source);
        free(l->items[i].now_id);
    }
    free(l->items);
    memset(l, 0, sizeof *l);
}

/* ---- retiring ------------------------------------------------------------ */

int plan_store_retire(sqlite3 *db, const char *id, bool undo, char *retired_at, size_t size,
                      struct eh_error *err)
{
    char now[26];
    now_iso(now);
    if (db_begin(db, err)) return EH_IO;
    sqlite3_stmt *st;
    int rc = db_prepare(db, &st, "SELECT retired_at, digest, source, snapshot FROM plans WHERE id = ?1", err);
    if (rc) {
        db_rollback(db);
        return rc;
    }
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    int step = sqlite3_step(st);
    if (step != SQLITE_ROW) {
        sqlite3_finalize(st);
        db_rollback(db);
        if (step != SQLITE_DONE) return db_fail(db, err, "reading the plan");
        return eh_fail(err, EH_INVALID, NULL, 0, 0, "no plan '%s' is tracked", id);
    }
    const char *was = db_text(st, 0);
    snprintf(retired_at, size, "%s", was ? was : "");
    if ((was != NULL) != undo) {
        sqlite3_finalize(st);
        db_rollback(db);
        return undo ? eh_fail(err, EH_INVALID, NULL, 0, 0, "plan %s is not retired", id)
                    : eh_fail(err, EH_INVALID, NULL, 0, 0, "plan %s is already retired (since %s)", id,
                              retired_at);
    }
    char *digest = xstrdup(db_text(st, 1)), *source = xstrdup(db_text(st, 2)), *snapshot = xstrdup(db_text(st, 3));
    sqlite3_finalize(st);
    char *user = provenance_user();
    rc = db_prepare(db, &st, "UPDATE plans SET retired_at = ?2 WHERE id = ?1", err);
    if (!rc) {
        sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
        db_bind_text(st, 2, undo ? NULL : now);
        rc = step_done(db, st, err, "retiring the plan");
        sqlite3_finalize(st);
    }
    /* The entry keeps the plan's last snapshot: retiring changes whether
     * the plan counts, not what it says. */
    if (!rc)
        rc = add_history(db, id, now, digest, source, undo ? "[\"active again\"]" : "[\"retired\"]", snapshot,
                         user, NULL, err);
    free(user);
    free(digest);
    free(source);
    free(snapshot);
    if (rc) {
        db_rollback(db);
        return rc;
    }
    if (!undo) snprintf(retired_at, size, "%s", now);
    return db_commit(db, err);
}

int plan_store_known(sqlite3 *db, struct known_practices *out, struct eh_error *err)
{
    sqlite3_stmt *st;
    if (db_prepare(db, &st, "SELECT agb, care_group, region FROM practices", err)) return EH_IO;
    int rc;
    while (db_next(st, &rc, err, "reading the practices"))
        known_add(out, db_text(st, 0), db_text(st, 1), db_text(st, 2));
    sqlite3_finalize(st);
    return rc;
}

int plan_store_terms(sqlite3 *db, struct plan_term **terms, size_t *count, struct eh_error *err)
{
    *terms = NULL;
    *count = 0;
    sqlite3_stmt *st;
    if (db_prepare(db, &st, "SELECT pr.agb, pl.id, coalesce(pl.response_term_hours, 0), pl.retired_at IS NOT NULL "
                            "FROM plans pl JOIN practices pr ON pr.id = pl.practice_id "
                            "WHERE pl.app_type IN " TERM_APP_TYPES_SQL, err))
        return EH_IO;
    size_t cap = 0;
    int rc;
    while (db_next(st, &rc, err, "reading the plans' response terms")) {
        GROW(*terms, cap, *count + 1);
        struct plan_term *t = &(*terms)[(*count)++];
        t->practice = xstrdup(db_text(st, 0));
        t->plan = xstrdup(db_text(st, 1));
        t->hours = (long)sqlite3_column_int64(st, 2);
        t->retired = sqlite3_column_int(st, 3) != 0;
    }
    sqlite3_finalize(st);
    return rc;
}

void plan_store_terms_free(struct plan_term *terms, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        free(terms[i].practice);
        free(terms[i].plan);
    }
    free(terms);
}
