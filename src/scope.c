#include "scope.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "db.h"
#include "log_kinds.h"
#include "util.h"

bool scope_option(struct scope_filter *f, int c, const char *arg)
{
    switch (c) {
    case OPT_PRACTICE: f->practice = arg; return true;
    case OPT_CARE_GROUP: f->care_group = arg; return true;
    case OPT_REGION: f->region = arg; return true;
    case OPT_INSURER: f->insurer = arg; return true;
    case OPT_ALL: f->all_plans = true; return true;
    default: return false;
    }
}

bool scope_is_empty(const struct scope_filter *f)
{
    return !f->practice && !f->care_group && !f->region && !f->insurer;
}

/* Whether a and b are the same words but for blanks around and between
 * them and the case of ASCII letters. */
static bool same_but_blanks_and_case(const char *a, const char *b)
{
    if (!a || !b) return false;
    for (;;) {
        while (*a == ' ' || *a == '\t') a++;
        while (*b == ' ' || *b == '\t') b++;
        if (!*a || !*b) return !*a && !*b;
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return false;
        a++;
        b++;
    }
}

/* Whether value is agb without its leading zeros (1053021 for 01053021). */
static bool agb_without_zeros(const char *value, const char *agb)
{
    size_t len = strlen(value), agb_len = agb ? strlen(agb) : 0;
    if (len == 0 || len >= agb_len || strspn(value, "0123456789") != len) return false;
    return strspn(agb, "0") >= agb_len - len && strcmp(agb + agb_len - len, value) == 0;
}

/* The most of an error's 1,536-byte message the list of known values
 * takes, leaving room for the value given and a caller's words: forty
 * long names would cut the list off mid-name, and with it how many there
 * are. */
#define KNOWN_LIST_BYTES 1000

/* EH_OK when value is NULL or known, else EH_INVALID naming what was
 * meant (*meant_named set, where not NULL) or listing the known values. */
static int check_known(sqlite3 *db, const char *value, const char *what, const char *exists_sql,
                       const char *list_sql, bool *meant_named, struct eh_error *err)
{
    if (!value) return EH_OK;
    sqlite3_stmt *st;
    if (db_prepare(db, &st, exists_sql, err)) return EH_IO;
    sqlite3_bind_text(st, 1, value, -1, SQLITE_STATIC);
    int rc;
    bool found = db_next(st, &rc, err, "reading the register");
    sqlite3_finalize(st);
    if (found || rc) return rc;
    struct sbuf known = {0};
    if (db_prepare(db, &st, list_sql, err)) return EH_IO;
    int n = 0, listed = 0;
    char *meant = NULL;
    const char *why = "";
    bool by_name = false;
    while (db_next(st, &rc, err, "reading the register")) {
        const char *name = db_text(st, 0);
        if (listed < 40 && known.len + strlen(name) + 2 <= KNOWN_LIST_BYTES)
            sbuf_addf(&known, "%s%s", listed++ ? ", " : "", name);
        if (!meant && same_but_blanks_and_case(value, name)) meant = xstrdup(name);
        /* A practice's list gives its AGB code and name apart: a code a
         * spreadsheet stripped of its leading zero, or the practice's name
         * given for its code, is named as the code meant. */
        if ((!meant || by_name) && sqlite3_column_count(st) == 3) {
            const char *agb = db_text(st, 1), *practice_name = db_text(st, 2);
            if (!meant && agb_without_zeros(value, agb)) {
                meant = xstrdup(agb);
                why = " (an AGB code has 8 digits; a spreadsheet drops the leading zeros)";
            } else if (same_but_blanks_and_case(value, practice_name)) {
                /* Two practices of one name: both codes, the user knows
                 * which. */
                char *codes = meant ? xasprintf("%s' or '%s", meant, agb) : xstrdup(agb);
                free(meant);
                meant = codes;
                by_name = true;
                why = " (a practice is given by its AGB code, not its name)";
            }
        }
        n++;
    }
    sqlite3_finalize(st);
    if (rc) {
        sbuf_free(&known);
        free(meant);
        return rc;
    }
    if (listed < n) sbuf_addf(&known, "%s... (%d in all)", listed ? ", " : "", n);
    /* Names are exact; one typed with a blank too many, or in other
     * capitals, is named as what was meant. */
    if (meant_named) *meant_named = meant != NULL;
    if (meant)
        eh_fail(err, EH_INVALID, NULL, 0, 0, "no %s '%s' in the database; did you mean '%s'?%s", what, value, meant,
                why);
    else
        eh_fail(err, EH_INVALID, NULL, 0, 0, "no %s '%s' in the database; known: %s", what, value,
                n ? sbuf_str(&known) : "none (run 'ehtrack plan sync' with the register first)");
    sbuf_free(&known);
    free(meant);
    return EH_INVALID;
}

/* A plan (pl) of a practice in scope, or of a care group with one. */
#define PLAN_IN_SCOPE_SQL                                                                                  \
    "(pl.practice_id IN (SELECT practice_id FROM temp.scope_practices) "                                  \
    " OR pl.care_group IN (SELECT p.care_group FROM practices p "                                          \
    "                      JOIN temp.scope_practices s ON s.practice_id = p.id))"

/* Without --practice, where the practices of the narrowest filter given
 * (a care group, else a region) are: their regions, and the insurers of
 * those that meet the other filters (lead insurers first), as far as
 * those filters are given too. */
static int describe_group(sqlite3 *db, const struct scope_filter *f, struct sbuf *where, struct eh_error *err)
{
    /* The column is one of two constants, never a value given. */
    bool by_group = f->care_group != NULL;
    /* The insurers of the practices in the region given, when the care
     * group has practices there (it is the insurer that is missing). */
    char *sql = xasprintf(
        "SELECT (SELECT group_concat('''' || region || '''', ', ') FROM "
        "         (SELECT DISTINCT region FROM practices WHERE %1$s = ?1 ORDER BY region)),"
        "       (SELECT count(DISTINCT region) FROM practices WHERE %1$s = ?1),"
        "       EXISTS (SELECT 1 FROM practices WHERE %1$s = ?1 AND region = ?2),"
        "       (SELECT group_concat(insurer, ', ') FROM "
        "         (SELECT i.insurer FROM practice_insurers i JOIN practices p ON p.id = i.practice_id "
        "          WHERE p.%1$s = ?1 AND (p.region = ?2 OR NOT EXISTS "
        "                (SELECT 1 FROM practices q WHERE q.%1$s = ?1 AND q.region = ?2)) "
        "          GROUP BY i.insurer ORDER BY min(i.position), count(*) DESC, i.insurer))",
        by_group ? "care_group" : "region");
    sqlite3_stmt *st;
    int rc = db_prepare(db, &st, sql, err);
    free(sql);
    if (rc) return EH_IO;
    const char *anchor = by_group ? f->care_group : f->region;
    sqlite3_bind_text(st, 1, anchor, -1, SQLITE_STATIC);
    db_bind_text(st, 2, by_group ? f->region : NULL);
    if (db_next(st, &rc, err, "reading the register")) {
        const char *regions = db_text(st, 0);
        bool several = sqlite3_column_int64(st, 1) > 1;
        /* A care group with practices in the region given: the insurers
         * are what is missing, those of its practices there. */
        bool meets_region = by_group && f->region && sqlite3_column_int64(st, 2) > 0;
        const char *insurers = db_text(st, 3);
        bool say_regions = by_group && f->region && !meets_region && regions;
        bool say_insurers = f->insurer && insurers;
        if (say_regions || say_insurers)
            sbuf_addf(where, ": the practices of %s '%s'", by_group ? "care group" : "region", anchor);
        if (meets_region && say_insurers) sbuf_addf(where, " in region '%s'", f->region);
        if (say_regions) sbuf_addf(where, " are in region%s %s", several ? "s" : "", regions);
        if (say_insurers) sbuf_addf(where, "%s have insurers %s", say_regions ? " and" : "", insurers);
    }
    sqlite3_finalize(st);
    return rc;
}

/* Filters that each name something but no practice together (a practice
 * and another care group): without this the command reads as if no logs
 * were imported ("no data in scope; import logs"). */
static int check_filters_meet(sqlite3 *db, const struct scope_filter *f, struct eh_error *err)
{
    int given = !!f->practice + !!f->care_group + !!f->region + !!f->insurer;
    long long in_scope;
    if (given < 2) return EH_OK;
    if (db_int(db, "SELECT count(*) FROM temp.scope_practices", 0, &in_scope, err)) return EH_IO;
    if (in_scope) return EH_OK;
    struct sbuf filters = {0}, where = {0};
    if (f->practice) sbuf_addf(&filters, "--practice %s", f->practice);
    if (f->care_group) sbuf_addf(&filters, "%s--care-group '%s'", filters.len ? " " : "", f->care_group);
    if (f->region) sbuf_addf(&filters, "%s--region '%s'", filters.len ? " " : "", f->region);
    if (f->insurer) sbuf_addf(&filters, "%s--insurer '%s'", filters.len ? " " : "", f->insurer);
    int rc = EH_OK;
    if (f->practice) {
        sqlite3_stmt *st;
        if (db_prepare(db, &st,
                       "SELECT p.care_group, p.region, (SELECT group_concat(insurer, ', ') FROM "
                       "  (SELECT insurer FROM practice_insurers i WHERE i.practice_id = p.id ORDER BY position)) "
                       "FROM practices p WHERE p.agb = ?1",
                       err)) {
            sbuf_free(&filters);
            return EH_IO;
        }
        sqlite3_bind_text(st, 1, f->practice, -1, SQLITE_STATIC);
        if (db_next(st, &rc, err, "reading the register")) {
            const char *insurers = db_text(st, 2);
            sbuf_addf(&where, ": practice %s is in care group '%s', region '%s'%s%s", f->practice, db_text(st, 0),
                      db_text(st, 1), insurers ? ", insurers " : "", insurers ? insurers : "");
        }
        sqlite3_finalize(st);
    } else {
        rc = describe_group(db, f, &where, err);
    }
    if (!rc)
        rc = eh_fail(err, EH_INVALID, NULL, 0, 0, "no practice is in every filter given (%s; filters combine with "
                                                  "AND)%s",
                     sbuf_str(&filters), sbuf_str(&where));
    sbuf_free(&filters);
    sbuf_free(&where);
    return rc;
}

int scope_check_practice(sqlite3 *db, const char *agb, bool *meant_named, struct eh_error *err)
{
    return check_known(db, agb, "practice", "SELECT 1 FROM practices WHERE agb = ?1",
                       "SELECT agb || ' ' || name, agb, name FROM practices ORDER BY agb", meant_named, err);
}

int scope_apply(sqlite3 *db, const struct scope_filter *f, struct eh_error *err)
{
    if (scope_check_practice(db, f->practice, NULL, err) ||
        check_known(db, f->care_group, "care group", "SELECT 1 FROM practices WHERE care_group = ?1",
                    "SELECT DISTINCT care_group FROM practices ORDER BY 1", NULL, err) ||
        check_known(db, f->region, "region", "SELECT 1 FROM practices WHERE region = ?1",
                    "SELECT DISTINCT region FROM practices ORDER BY 1", NULL, err) ||
        check_known(db, f->insurer, "insurer", "SELECT 1 FROM practice_insurers WHERE insurer = ?1",
                    "SELECT DISTINCT insurer FROM practice_insurers ORDER BY 1", NULL, err))
        return err->status;
    if (db_exec(db,
                "DROP TABLE IF EXISTS temp.scope_practices;"
                "DROP TABLE IF EXISTS temp.scope_plans;"
                "CREATE TEMP TABLE scope_practices(practice_id INTEGER PRIMARY KEY);"
                "CREATE TEMP TABLE scope_plans(plan_id TEXT PRIMARY KEY) WITHOUT ROWID;", err))
        return EH_IO;
    sqlite3_stmt *st;
    if (db_prepare(db, &st,
                   "INSERT INTO temp.scope_practices(practice_id) "
                   "SELECT p.id FROM practices p "
                   "WHERE (?1 IS NULL OR p.agb = ?1) AND (?2 IS NULL OR p.care_group = ?2) "
                   "AND (?3 IS NULL OR p.region = ?3) "
                   "AND (?4 IS NULL OR EXISTS (SELECT 1 FROM practice_insurers i "
                   "                           WHERE i.practice_id = p.id AND i.insurer = ?4))",
                   err))
        return EH_IO;
    db_bind_text(st, 1, f->practice);
    db_bind_text(st, 2, f->care_group);
    db_bind_text(st, 3, f->region);
    db_bind_text(st, 4, f->insurer);
    int rc = db_step_done(st, err, "selecting practices");
    sqlite3_finalize(st);
    if (rc || (rc = check_filters_meet(db, f, err))) return rc;
    if (db_prepare(db, &st,
                   "INSERT INTO temp.scope_plans(plan_id) "
                   "SELECT pl.id FROM plans pl WHERE (?2 OR " PLAN_IN_SCOPE_SQL ") AND (?1 OR pl.retired_at IS NULL)",
                   err))
        return EH_IO;
    sqlite3_bind_int(st, 1, f->all_plans);
    /* Without a filter every tracked plan is in scope: a care-group plan
     * whose group the register no longer holds (renamed there) would
     * otherwise vanish from plan list, status and goals without a word. */
    sqlite3_bind_int(st, 2, !f->practice && !f->care_group && !f->region && !f->insurer);
    rc = db_step_done(st, err, "selecting plans");
    sqlite3_finalize(st);
    return rc;
}

int scope_data_span(sqlite3 *db, enum span_practices which, int *first, int *last, struct eh_error *err)
{
    return scope_kinds_span(db, which, (1u << KIND_COUNT) - 1, first, last, err);
}

int scope_kinds_span(sqlite3 *db, enum span_practices which, unsigned kinds, int *first, int *last,
                     struct eh_error *err)
{
    static const char *const practices[] = {
        [SPAN_SCOPE] = "SELECT practice_id AS id FROM temp.scope_practices",
        [SPAN_SCOPE_AND_PLANS] = "SELECT practice_id AS id FROM temp.scope_practices UNION "
                                 "SELECT pr.id FROM plans pl JOIN practices pr ON pr.care_group = pl.care_group "
                                 "WHERE pl.practice_id IS NULL AND pl.id IN (SELECT plan_id FROM temp.scope_plans)",
        [SPAN_METRIC_SCOPE] = "SELECT DISTINCT practice_id AS id FROM temp.m_scope",
    };
    /* Per practice, the ends of each log: index seeks, no scan; the month
     * tables hold a practice's ends in a page or two. */
    static const char *const ends[KIND_COUNT] = {
        [KIND_CONSULTS] = "SELECT (SELECT min(first_day) FROM consult_months c WHERE c.practice_id = p.id),"
                          " (SELECT max(last_day) FROM consult_months c WHERE c.practice_id = p.id) FROM p",
        [KIND_CALLS] = "SELECT (SELECT min(first_day) FROM call_months c WHERE c.practice_id = p.id),"
                       " (SELECT max(last_day) FROM call_months c WHERE c.practice_id = p.id) FROM p",
        [KIND_MESSAGES] = "SELECT (SELECT min(first_day) FROM message_months m WHERE m.practice_id = p.id),"
                          " (SELECT max(last_day) FROM message_months m WHERE m.practice_id = p.id) FROM p",
        [KIND_SURVEY] = "SELECT (SELECT min(day) FROM survey v WHERE v.practice_id = p.id),"
                        " (SELECT max(day) FROM survey v WHERE v.practice_id = p.id) FROM p",
        [KIND_REGISTRATIONS] = "SELECT (SELECT min(day) FROM registrations r WHERE r.practice_id = p.id),"
                               " (SELECT max(day) FROM registrations r WHERE r.practice_id = p.id) FROM p",
    };
    *first = *last = DATE_NONE;
    struct sbuf union_all = {0};
    for (int k = 0; k < KIND_COUNT; k++)
        if (kinds & (1u << k)) sbuf_addf(&union_all, "%s%s", union_all.len ? " UNION ALL " : "", ends[k]);
    if (!union_all.len) return EH_OK;
    char *sql = xasprintf("WITH p AS (%s), d(lo, hi) AS (%s) SELECT min(lo), max(hi) FROM d", practices[which],
                          sbuf_str(&union_all));
    sbuf_free(&union_all);
    sqlite3_stmt *st;
    int rc = db_prepare(db, &st, sql, err);
    free(sql);
    if (rc) return EH_IO;
    if (db_next(st, &rc, err, "finding the span of the data") && sqlite3_column_type(st, 0) != SQLITE_NULL) {
        parse_date(db_text(st, 0), 10, first);
        parse_date(db_text(st, 1), 10, last);
    }
    sqlite3_finalize(st);
    return rc;
}

char *scope_describe(const struct scope_filter *f)
{
    struct sbuf s = {0};
    if (f->practice) sbuf_addf(&s, "practice %s", f->practice);
    if (f->care_group) sbuf_addf(&s, "%scare group %s", s.len ? ", " : "", f->care_group);
    if (f->region) sbuf_addf(&s, "%sregion %s", s.len ? ", " : "", f->region);
    if (f->insurer) sbuf_addf(&s, "%sinsurer %s", s.len ? ", " : "", f->insurer);
    if (!s.len) sbuf_adds(&s, "all practices");
    return sbuf_detach(&s);
}

int scope_retired_plans(sqlite3 *db, long long *count, struct eh_error *err)
{
    return db_int(db, "SELECT count(*) FROM plans pl WHERE pl.retired_at IS NOT NULL AND " PLAN_IN_SCOPE_SQL, 0,
                  count, err);
}
