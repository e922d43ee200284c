#include "goal_eval.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "db.h"
#include "metric_eval.h"
#include "util.h"

struct goal_row {
    struct goal_result r;
    char *metric_id;
    bool has_target_value, has_change, has_baseline_value;
    bool baseline_evaluated;    /* its range was evaluated: found or not */
    double target_value, change, baseline_value;
    int baseline_from, baseline_to;
};

/* A target from a baseline the plan gives and a change, to the precision
 * a plan's decimals can mean: 50 x (1 - 0.34) is 33, not the
 * 32.99999999999999 of binary floating point. A measured baseline's target
 * keeps every digit. */
static double planned_target(double baseline, double change)
{
    char text[32];
    snprintf(text, sizeof text, "%.12g", baseline * (1 + change));
    return strtod(text, NULL);
}

static int load_goals(sqlite3 *db, struct goal_row **rows, size_t *count, struct eh_error *err)
{
    static const char sql[] =
        "SELECT g.plan_id, g.goal_id, g.metric, g.target, g.change, g.baseline_value, g.baseline_from, "
        "       g.baseline_to, g.deadline, pr.agb, coalesce(pr.care_group, pl.care_group), pl.title "
        "FROM plan_goals g JOIN plans pl ON pl.id = g.plan_id "
        "LEFT JOIN practices pr ON pr.id = pl.practice_id "
        "WHERE g.plan_id IN (SELECT plan_id FROM temp.scope_plans) "
        "ORDER BY g.plan_id, g.position";
    sqlite3_stmt *st;
    size_t cap = 0;
    *rows = NULL;
    *count = 0;
    if (db_prepare(db, &st, sql, err)) return EH_IO;
    int rc;
    while (db_next(st, &rc, err, "reading the goals")) {
        GROW(*rows, cap, *count + 1);
        struct goal_row *g = &(*rows)[(*count)++];
        memset(g, 0, sizeof *g);
        g->r.plan = xstrdup(db_text(st, 0));
        g->r.goal = xstrdup(db_text(st, 1));
        g->metric_id = xstrdup(db_text(st, 2));
        if ((g->has_target_value = sqlite3_column_type(st, 3) != SQLITE_NULL)) g->target_value = sqlite3_column_double(st, 3);
        if ((g->has_change = sqlite3_column_type(st, 4) != SQLITE_NULL)) g->change = sqlite3_column_double(st, 4);
        if ((g->has_baseline_value = sqlite3_column_type(st, 5) != SQLITE_NULL))
            g->baseline_value = sqlite3_column_double(st, 5);
        g->baseline_from = g->baseline_to = DATE_NONE;
        if (sqlite3_column_type(st, 6) != SQLITE_NULL) {
            parse_date(db_text(st, 6), 10, &g->baseline_from);
            parse_date(db_text(st, 7), 10, &g->baseline_to);
        }
        g->r.deadline = DATE_NONE;
        g->r.log_first = g->r.log_last_before = DATE_NONE;
        parse_date(db_text(st, 8), 10, &g->r.deadline);
        g->r.practice = db_text(st, 9) ? xstrdup(db_text(st, 9)) : NULL;
        g->r.care_group = db_text(st, 10) ? xstrdup(db_text(st, 10)) : NULL;
        g->r.title = db_text(st, 11) ? xstrdup(db_text(st, 11)) : NULL;
    }
    sqlite3_finalize(st);
    return rc;
}

/* temp.m_scope: each plan's practices, for the goals of rows on metric
 * (and, when from is given, with that baseline range). The goals are in
 * memory already: a plan at a time is a few index seeks, where SQL from
 * plans to goals read them all for every range. */
static int scope_plans_for(sqlite3 *db, const struct goal_row *rows, size_t count, const char *metric, int from,
                           int to, struct eh_error *err)
{
    if (metric_scope_create(db, err)) return EH_IO;
    sqlite3_stmt *st;
    if (db_prepare(db, &st,
                   "INSERT OR IGNORE INTO temp.m_scope(practice_id, grp) "
                   "SELECT pl.practice_id, pl.id FROM plans pl WHERE pl.id = ?1 AND pl.practice_id IS NOT NULL "
                   "UNION ALL "
                   "SELECT pr.id, pl.id FROM plans pl JOIN practices pr ON pr.care_group = pl.care_group "
                   "WHERE pl.id = ?1 AND pl.practice_id IS NULL", err))
        return EH_IO;
    int rc = EH_OK;
    for (size_t i = 0; i < count && !rc; i++) {
        const struct goal_row *g = &rows[i];
        if (strcmp(g->metric_id, metric) != 0 ||
            (from != DATE_NONE && (g->baseline_from != from || g->baseline_to != to)))
            continue;
        sqlite3_bind_text(st, 1, g->r.plan, -1, SQLITE_STATIC);
        rc = db_step_done(st, err, "selecting the plans' practices");
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    /* metric_eval gathers statistics on m_scope before it runs the SQL. */
    return rc;
}

static int eval_window(sqlite3 *db, const struct metric_def *m, enum period_kind period, int from, int to,
                       int as_of, enum day_count days, struct metric_result *res, struct eh_error *err)
{
    const struct metric_def *list[1] = {m};
    struct metric_query q = {BY_CUSTOM, period, from, to, as_of, list, 1, NULL, days};
    return metric_eval(db, &q, res, err);
}

/* The first of group's values: metric_eval gives them in the order of
 * their groups (and in that of their periods within a group). A plan's
 * values are found by halving, not by reading a thousand plans' values
 * for each of a thousand goals. */
static size_t first_of_group(const struct metric_result *res, const char *group)
{
    size_t lo = 0, hi = res->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(res->items[mid].group, group) < 0) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

static const struct metric_value *find_value(const struct metric_result *res, const char *group, const char *period)
{
    for (size_t i = first_of_group(res, group); i < res->count && strcmp(res->items[i].group, group) == 0; i++)
        if (!period || strcmp(res->items[i].period, period) == 0) return &res->items[i];
    return NULL;
}

static void set_basis(struct goal_basis *b, const struct metric_value *v)
{
    b->measured = true;
    b->has_numerator = v->has_numerator;
    b->numerator = v->numerator;
    b->has_denominator = v->has_denominator;
    b->denominator = v->denominator;
    b->records = v->records;
    b->first_record = v->kind_first;
    b->last_record = v->kind_last;
}

static void warn_uncovered(const struct goal_results *r, int as_of, FILE *out)
{
    static const char *const what[] = {"consults", "messages", "calls"};
    for (int kind = KIND_CONSULTS; kind <= KIND_CALLS; kind++) {
        /* Three ways a scope's log can fail the 28 days before the as-of
         * date: it ends within them (n: the current value counts days
         * without records), it stopped before them (none), or it begins
         * after the as-of date (ahead); the last two leave no current
         * value, no_data, which reads as "no logs" without a word. Whether
         * the scope has the log is asked of the whole log, not of the 8
         * weeks or the baseline: a log that stopped before the 8 weeks
         * left every goal on it unexplained but one with a baseline
         * measured on it. A scope that never had the log (a practice
         * without that export) is let be. */
        size_t n = 0, none = 0, ahead = 0;
        int earliest = DATE_NONE, first_ahead = DATE_NONE;
        struct sbuf names = {0}, none_names = {0}, ahead_names = {0};
        for (size_t i = 0; i < r->count; i++) {
            const struct goal_result *g = &r->items[i];
            const struct goal_basis *b = &g->current_basis;
            if ((int)g->metric->kind != kind) continue;
            if (g->has_current) {
                if (!b->measured || b->last_record == DATE_NONE || as_of - 1 - b->last_record <= 7) continue;
                if (earliest == DATE_NONE || b->last_record < earliest) earliest = b->last_record;
                if (n++ < 3) sbuf_addf(&names, "%s%s (%s, %s)", n > 1 ? ", " : "", g->goal, g->plan, g->metric->id);
            } else if (b->records > 0 || g->log_first == DATE_NONE) {
                continue;
            } else if (g->log_last_before != DATE_NONE) {
                if (none++ < 3)
                    sbuf_addf(&none_names, "%s%s (%s, %s)", none > 1 ? ", " : "", g->goal, g->plan, g->metric->id);
            } else {
                if (first_ahead == DATE_NONE || g->log_first < first_ahead) first_ahead = g->log_first;
                if (ahead++ < 3)
                    sbuf_addf(&ahead_names, "%s%s (%s, %s)", ahead > 1 ? ", " : "", g->goal, g->plan,
                              g->metric->id);
            }
        }
        if (ahead) {
            char first[11], more[32] = "";
            format_date(first_ahead, first);
            if (ahead > 3) snprintf(more, sizeof more, " and %zu more", ahead - 3);
            fprintf(out, "ehtrack: warning: the %s of %zu goal%s begin after the as-of date (the earliest on %s), "
                         "so %s no current value (no_data): %s%s; choose a later --as-of\n",
                    what[kind], ahead, ahead == 1 ? "'s scope" : "s' scopes", first,
                    ahead == 1 ? "it has" : "they have", sbuf_str(&ahead_names), more);
        }
        sbuf_free(&ahead_names);
        if (none) {
            char more[32] = "";
            if (none > 3) snprintf(more, sizeof more, " and %zu more", none - 3);
            fprintf(out, "ehtrack: warning: the %s of %zu goal%s stop before the 28 days before the as-of date, "
                         "so %s no current value (no_data): %s%s; import the %s up to date, or choose another "
                         "--as-of\n",
                    what[kind], none, none == 1 ? "'s scope" : "s' scopes", none == 1 ? "it has" : "they have",
                    sbuf_str(&none_names), more, what[kind]);
        }
        sbuf_free(&none_names);
        if (n) {
            char last[11], more[32] = "";
            format_date(earliest, last);
            if (n > 3) snprintf(more, sizeof more, " and %zu more", n - 3);
            fprintf(out, "ehtrack: warning: the %s of %zu goal%s end more than a week before the as-of date (the "
                         "earliest on %s, %d days before it): %s current value%s count%s days without %s: %s%s; "
                         "import the %s up to date, or choose another --as-of\n",
                    what[kind], n, n == 1 ? "'s scope" : "s' scopes", last, as_of - earliest, n == 1 ? "its" : "their",
                    n == 1 ? "" : "s", n == 1 ? "s" : "", what[kind], sbuf_str(&names),
                    more, what[kind]);
        }
        sbuf_free(&names);
    }
}

/* A change on a share's measured baseline can set a target past 100 %
 * (plan check catches it when the baseline is a value); a change on a
 * measured baseline of 0 sets the target at 0, met from the start. */
static void warn_unreachable(const struct goal_results *r, FILE *out)
{
    for (size_t i = 0; i < r->count; i++) {
        const struct goal_result *g = &r->items[i];
        if (g->has_target && !g->target_given && g->baseline_basis.measured && g->has_baseline && g->baseline == 0)
            fprintf(out, "ehtrack: warning: plan %s, goal %s: the measured baseline of %s is 0, so the change on it "
                         "sets the target at 0, which the baseline already meets; give the %s to reach as target\n",
                    g->plan, g->goal, g->metric->id, g->metric->id);
        if (!g->has_target || g->target_given || !metric_is_ratio(g->metric) || g->target <= 1 + 1e-9) continue;
        char target[40], baseline[40];
        metric_format(g->metric->unit, g->target, true, target, sizeof target);
        metric_format(g->metric->unit, g->baseline, true, baseline, sizeof baseline);
        fprintf(out, "ehtrack: warning: plan %s, goal %s: the change on the measured baseline %s sets the target at "
                     "%s, which %s cannot reach; give a smaller change, or the share to reach as target\n",
                g->plan, g->goal, baseline, target, g->metric->id);
    }
}

/* A baseline measured per day, per week or as a count over a range its
 * logs cover only in part divides by, or adds up, days without records:
 * a call log imported from September under a baseline from August halves
 * the calls per day, and a target from it is out of reach. A week's gap
 * at either end is let be (a holiday, an export cut at a weekend). */
bool goal_baseline_uncovered(const struct goal_result *g)
{
    const struct goal_basis *b = &g->baseline_basis;
    enum metric_compute c = g->metric->compute;
    return b->measured && g->has_baseline && b->first_record != DATE_NONE && b->from != DATE_NONE &&
           (c == COMPUTE_PER_DAY || c == COMPUTE_PER_WEEK || c == COMPUTE_COUNT) &&
           (b->first_record - b->from > 7 || b->to - b->last_record > 7);
}

bool goal_current_out_of_range(const struct goal_result *g)
{
    return g->has_current && metric_clamp(g->metric, g->current) != g->current;
}

/* The forecast is held to the metric's range; a current value outside it
 * is shown as it is (it is what the records say), but never without a
 * word: a board would read "achieved" on a reach of 140 %. */
static void warn_out_of_range(const struct goal_results *r, FILE *out)
{
    for (size_t i = 0; i < r->count; i++) {
        const struct goal_result *g = &r->items[i];
        if (!goal_current_out_of_range(g)) continue;
        char current[40], bound[40];
        const struct metric_def *m = g->metric;
        bool above = m->has_max && g->current > m->max;
        metric_format(m->unit, above ? m->max : m->min, false, bound, sizeof bound);
        metric_format_outside(m, g->current, current, sizeof current);
        fprintf(out, "ehtrack: warning: plan %s, goal %s: the current value %s is %s what %s can be (%s %s): the "
                     "records or the register behind it do not add up%s, and its status (%s) rests on it\n",
                g->plan, g->goal, current, above ? "above" : "below", m->id, above ? "at most" : "at least", bound,
                m->kind == KIND_REGISTRATIONS ? " (a list size in the register below the accounts)" : "",
                GOAL_STATUS_KEYS[g->status]);
    }
}

static void warn_baseline_uncovered(const struct goal_results *r, FILE *out)
{
    static const char *const what[] = {"consults", "messages", "calls", "survey rows", "registrations"};
    for (size_t i = 0; i < r->count; i++) {
        const struct goal_result *g = &r->items[i];
        const struct goal_basis *b = &g->baseline_basis;
        /* A range without a record of the kind gives no baseline, so a
         * change gives no target: no_data, which reads as no logs at all.
         * Said only where the goal's scope has the log, on any day (a log
         * that stopped before the 8 weeks still needs the word): a
         * practice without that export, or nothing imported yet, needs no
         * word per goal. */
        if (b->from != DATE_NONE && !g->has_baseline && !g->target_given && (!b->measured || b->records == 0) &&
            g->log_first != DATE_NONE) {
            char from[11], to[11];
            format_date(b->from, from);
            format_date(b->to, to);
            fprintf(out, "ehtrack: warning: plan %s, goal %s: the baseline period %s..%s holds no %s, so the "
                         "change on it gives no target and the goal reads no_data; give the baseline days the "
                         "logs cover, or give a target\n",
                    g->plan, g->goal, from, to, what[g->metric->kind]);
            continue;
        }
        if (!goal_baseline_uncovered(g)) continue;
        char from[11], to[11], first[11], last[11];
        format_date(b->from, from);
        format_date(b->to, to);
        format_date(b->first_record, first);
        format_date(b->last_record, last);
        fprintf(out, "ehtrack: warning: plan %s, goal %s: the baseline period %s..%s holds %s from %s to %s only: "
                     "its %s counts days without %s; give the baseline the days the logs cover\n",
                g->plan, g->goal, from, to, what[g->metric->kind], first, last, g->metric->id, what[g->metric->kind]);
    }
}

static bool dilutes(const struct metric_def *m);

bool goal_practice_stopped(const struct goal_result *g, int as_of)
{
    const struct goal_basis *b = &g->current_basis;
    /* The whole scope's log ended: warn_uncovered says so. */
    bool scope_ended = b->last_record != DATE_NONE && as_of - 1 - b->last_record > 7;
    return g->has_current && g->practices_stopped && !scope_ended;
}

bool goal_practice_late(const struct goal_result *g)
{
    return g->has_current && g->practices_late;
}

/* Whether goal g, on a log of kind, has the gap warn_practice_gaps tells
 * as gap: 0 a log that stopped (under a count or a rate per day or week),
 * 1 one that began late, 2 one that stopped under a share or an average. */
static bool has_gap(const struct goal_result *g, int kind, int gap, int as_of)
{
    return (int)g->metric->kind == kind && dilutes(g->metric) != (gap == 2) &&
           (gap == 1 ? goal_practice_late(g) : goal_practice_stopped(g, as_of));
}

/* What warn_uncovered cannot see from a plan's pooled records: one
 * practice of a care group whose log stopped while the others go on, and
 * a practice whose log begins within the current value's 28 days. */
static void warn_practice_gaps(const struct goal_results *r, int as_of, FILE *out)
{
    static const char *const what[] = {"consults", "messages", "calls"};
    for (int kind = KIND_CONSULTS; kind <= KIND_CALLS; kind++) {
        /* A log that stopped, one that began late (counts and rates per
         * day or week: diluted), and a log that stopped under a share or
         * an average, which the other practices' records then make alone. */
        for (int gap = 0; gap < 3; gap++) {
            bool late = gap == 1, pooled = gap == 2;
            /* A line per practice named: goals of other care groups, whose
             * logs ended elsewhere, are not listed under it. */
            bool *told = xcalloc(r->count + 1, sizeof *told);
            for (;;) {
                size_t n = 0;
                const struct goal_result *worst = NULL;
                struct sbuf names = {0};
                for (size_t i = 0; i < r->count; i++) {
                    const struct goal_result *g = &r->items[i];
                    if (told[i] || !has_gap(g, kind, gap, as_of)) continue;
                    if (!worst || (late ? g->late_first > worst->late_first : g->stopped_last < worst->stopped_last))
                        worst = g;
                }
                if (!worst) break;
                const char *named = late ? worst->late_practice : worst->stopped_practice;
                for (size_t i = 0; i < r->count; i++) {
                    const struct goal_result *g = &r->items[i];
                    if (told[i] || !has_gap(g, kind, gap, as_of) ||
                        strcmp(late ? g->late_practice : g->stopped_practice, named) != 0)
                        continue;
                    told[i] = true;
                    if (n++ < 3) sbuf_addf(&names, "%s%s (%s, %s)", n > 1 ? ", " : "", g->goal, g->plan, g->metric->id);
                }
                char day[11], more[32] = "";
                format_date(late ? worst->late_first : worst->stopped_last, day);
                if (n > 3) snprintf(more, sizeof more, " and %zu more", n - 3);
                char whole[11];
                format_date(worst->late_first + 28, whole);
                /* The practice named is the one whose log ends first; the
                 * others that stopped are counted, or "the other practices
                 * go on" would be untrue. */
                char also[96] = "";
                if (!late && worst->practices_stopped > 1)
                    snprintf(also, sizeof also, " (and those of %d more practice%s more than a week before it)",
                             worst->practices_stopped - 1, worst->practices_stopped == 2 ? "" : "s");
                if (late)
                    fprintf(out, "ehtrack: warning: the %s of practice %s begin on %s, within the 28 days before the "
                                 "as-of date: the current value%s of %zu goal%s count%s the days before it as days "
                                 "without %s: %s%s; %s whole from --as-of %s on\n",
                            what[kind], worst->late_practice, day, n == 1 ? "" : "s", n, n == 1 ? "" : "s",
                            n == 1 ? "s" : "", what[kind], sbuf_str(&names), more, n == 1 ? "it is" : "they are",
                            whole);
                else if (pooled)
                    fprintf(out, "ehtrack: warning: the %s of practice %s end on %s, %d days before the as-of date%s, "
                                 "while those of the other practices go on: the current value%s of %zu goal%s take%s "
                                 "the days after from the other practices' %s alone, so %s not the whole "
                                 "scope's: %s%s; import its %s up to date\n",
                            what[kind], worst->stopped_practice, day, as_of - worst->stopped_last, also,
                            n == 1 ? "" : "s", n, n == 1 ? "" : "s", n == 1 ? "s" : "", what[kind],
                            n == 1 ? "it is" : "they are", sbuf_str(&names), more, what[kind]);
                else
                    fprintf(out, "ehtrack: warning: the %s of practice %s end on %s, %d days before the as-of date%s, "
                                 "while those of the other practices go on: the current value%s of %zu goal%s count%s "
                                 "the days after as days without its %s: %s%s; import its %s up to date\n",
                            what[kind], worst->stopped_practice, day, as_of - worst->stopped_last, also,
                            n == 1 ? "" : "s", n, n == 1 ? "" : "s", n == 1 ? "s" : "", what[kind], sbuf_str(&names),
                            more, what[kind]);
                sbuf_free(&names);
            }
            free(told);
        }
    }
}

/* Says which goals' current value is a survey's or a registration's of
 * before the 28 days, and from which date, since the table cannot. */
static void note_dated_current(const struct goal_results *r, FILE *out)
{
    for (size_t i = 0; i < r->count; i++) {
        const struct goal_result *g = &r->items[i];
        if (!g->current_days || !g->has_current) continue;
        char day[11];
        format_date(g->current_date, day);
        fprintf(out, "ehtrack: note: plan %s, goal %s: no %s in the 28 days before the as-of date; the current "
                     "value is over the %d days before it (%s), the last on %s\n",
                g->plan, g->goal, g->metric->kind == KIND_SURVEY ? "survey" : "registration", CURRENT_DATED_DAYS,
                g->metric->kind == KIND_SURVEY ? "the surveys of those days" : "each practice's latest registration",
                day);
    }
}

void goals_warn(const struct goal_results *r, int as_of, FILE *out)
{
    note_dated_current(r, out);
    warn_unreachable(r, out);
    warn_uncovered(r, as_of, out);
    warn_practice_gaps(r, as_of, out);
    warn_baseline_uncovered(r, out);
    warn_out_of_range(r, out);
}

static void take_baseline(struct goal_row *o, const struct metric_value *b)
{
    o->baseline_evaluated = true;
    if (b) set_basis(&o->r.baseline_basis, b);
    /* Also where the range holds nothing: the warning names it. */
    o->r.baseline_basis.from = o->baseline_from;
    o->r.baseline_basis.to = o->baseline_to;
    if (b && b->has_value) {
        o->r.has_baseline = true;
        o->r.baseline = b->value;
    }
}

/* The baselines of every goal on m to be measured, in one evaluation: a
 * group per plan and range ("b" and a number; the same plan and range
 * once), each over its range (metric_eval.h, windows). The workbook of a
 * thousand plans had hundreds of ranges, each an evaluation of its own. */
static int eval_baselines(sqlite3 *db, struct goal_row *rows, size_t count, const struct metric_def *m, int as_of,
                          enum day_count days, struct eh_error *err)
{
    size_t *window = xcalloc(count + 1, sizeof *window);
    struct metric_window *windows = xcalloc(count + 1, sizeof *windows);
    char (*names)[16] = xcalloc(count + 1, sizeof *names);
    size_t n = 0;
    for (size_t i = 0; i < count; i++) {
        const struct goal_row *g = &rows[i];
        window[i] = (size_t)-1;
        if (strcmp(g->metric_id, m->id) != 0 || g->has_baseline_value || g->baseline_from == DATE_NONE ||
            g->baseline_from > g->baseline_to)
            continue;
        for (size_t j = 0; j < i && window[i] == (size_t)-1; j++)
            if (window[j] != (size_t)-1 && strcmp(rows[j].r.plan, g->r.plan) == 0 &&
                rows[j].baseline_from == g->baseline_from && rows[j].baseline_to == g->baseline_to)
                window[i] = window[j];
        if (window[i] != (size_t)-1) continue;
        snprintf(names[n], sizeof names[n], "b%06zu", n);
        windows[n] = (struct metric_window){names[n], g->baseline_from, g->baseline_to};
        window[i] = n++;
    }
    int rc = EH_OK;
    sqlite3_stmt *st = NULL;
    if (n && (metric_scope_create(db, err) ||
              db_prepare(db, &st,
                         "INSERT OR IGNORE INTO temp.m_scope(practice_id, grp) "
                         "SELECT pl.practice_id, ?2 FROM plans pl WHERE pl.id = ?1 AND pl.practice_id IS NOT NULL "
                         "UNION ALL "
                         "SELECT pr.id, ?2 FROM plans pl JOIN practices pr ON pr.care_group = pl.care_group "
                         "WHERE pl.id = ?1 AND pl.practice_id IS NULL", err)))
        rc = EH_IO;
    for (size_t i = 0, w = 0; i < count && n && !rc; i++) {
        if (window[i] != w) continue;
        sqlite3_bind_text(st, 1, rows[i].r.plan, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, names[w], -1, SQLITE_STATIC);
        rc = db_step_done(st, err, "selecting the plans' practices");
        sqlite3_reset(st);
        w++;
    }
    sqlite3_finalize(st);
    struct metric_result base = {0};
    const struct metric_def *list[1] = {m};
    struct metric_query q = {BY_CUSTOM, PERIOD_ALL, DATE_NONE, DATE_NONE, as_of, list, 1, NULL, days, windows, n};
    if (n && !rc) rc = metric_eval(db, &q, &base, err);
    for (size_t i = 0; i < count && n && !rc; i++)
        if (window[i] != (size_t)-1) take_baseline(&rows[i], find_value(&base, names[window[i]], NULL));
    metric_result_free(&base);
    free(window);
    free(windows);
    free(names);
    return rc;
}

const char *const GOAL_STATUS_KEYS[GOAL_STATUS_COUNT] = {"achieved", "on_track", "at_risk", "missed", "no_data"};

static int monday_of(int day)
{
    return day - (weekday(day) - 1);
}

/* Whether m's values dilute with days without records (a count, a rate
 * per day or per week, a count per 1,000 listed patients: its
 * denominator, the list size, does not shrink with the days), where a
 * share does not. By what the value measures, its unit, as well as by how
 * it is computed: econsults_per_1000 is a ratio in its file. */
static bool dilutes(const struct metric_def *m)
{
    return m->kind <= KIND_CALLS &&
           (m->compute == COMPUTE_PER_DAY || m->compute == COMPUTE_PER_WEEK || m->compute == COMPUTE_COUNT ||
            m->unit == UNIT_COUNT || m->unit == UNIT_PER_DAY || m->unit == UNIT_PER_WEEK ||
            m->unit == UNIT_PER_1000);
}

/* Least squares over the weekly values of a plan's goal g, held to what
 * the metric can be; false with fewer than FORECAST_MIN_POINTS points.
 * The points are kept in g. The week the plan's log begins in, after its
 * Monday, is left out for a metric that dilutes: counted as a whole week
 * it reads as a rise after it (a log from a Thursday on, one e-consult a
 * day: 4, then 7 and 7 a week, forecast 54 a week at the deadline), an
 * on_track no one earned. Where the log ends is no such sign: the last
 * e-consult of a week can be on its Tuesday, and a forecast pulled down
 * there says at_risk, which asks for a look. g's log span (note_log_span)
 * is read. */
static bool forecast(const struct metric_result *weekly, struct goal_result *g, int oldest_monday)
{
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    size_t n = 0, cap = 0;
    bool whole_weeks = dilutes(g->metric);
    for (size_t i = first_of_group(weekly, g->plan); i < weekly->count; i++) {
        const struct metric_value *v = &weekly->items[i];
        if (strcmp(v->group, g->plan) != 0) break;
        if (!v->has_value) continue;
        int monday = monday_of(v->first);
        if (whole_weeks && g->log_first != DATE_NONE && g->log_first > monday) continue;
        double x = (monday_of(v->first) - oldest_monday) / 7.0;
        sx += x;
        sy += v->value;
        sxx += x * x;
        sxy += x * v->value;
        GROW(g->points, cap, n + 1);
        snprintf(g->points[n].week, sizeof g->points[n].week, "%s", v->period);
        g->points[n++].value = v->value;
    }
    g->npoints = n;
    g->weekly_points = (int)n;
    if (n < FORECAST_MIN_POINTS) return false;
    double denom = (double)n * sxx - sx * sx;
    if (denom == 0) return false;
    double b = ((double)n * sxy - sx * sy) / denom;
    double a = (sy - b * sx) / (double)n;
    double xd = (monday_of(g->deadline) - oldest_monday) / 7.0;
    double line = a + b * xd;
    g->forecast = metric_clamp(g->metric, line);
    g->forecast_clamped = g->forecast != line;
    return true;
}

/* Whether line holds "KEY: VALUE" (quoted or not), in block or flow style. */
static bool line_has(const char *line, const char *key, const char *value)
{
    size_t key_len = strlen(key), value_len = strlen(value);
    for (const char *p = strstr(line, key); p; p = strstr(p + 1, key)) {
        if (p > line && !strchr(" \t{,-", p[-1])) continue;
        const char *v = p + key_len;
        if (*v++ != ':') continue;
        v += strspn(v, " \t\"'");
        if (strncmp(v, value, value_len) == 0 && !strchr("abcdefghijklmnopqrstuvwxyz0123456789_-", v[value_len]))
            return true;
    }
    return false;
}

/* A goal whose metric file has gone since its plan was recorded (plan
 * sync checks the metric): the plan's file, and the line of the goal's
 * metric when the file still names it, so the user can mend one or the
 * other. */
static int missing_metric(sqlite3 *db, const struct goal_row *g, struct eh_error *err)
{
    sqlite3_stmt *st;
    char *file = NULL;
    long line = 0, first_naming = 0;
    if (db_prepare(db, &st, "SELECT source FROM plans WHERE id = ?", err)) return EH_IO;
    db_bind_text(st, 1, g->r.plan);
    if (sqlite3_step(st) == SQLITE_ROW && db_text(st, 0)) file = xstrdup(db_text(st, 0));
    sqlite3_finalize(st);
    FILE *in = file ? fopen(file, "r") : NULL;
    if (in) {
        char buf[4096];
        bool in_goal = false;
        for (long n = 1; !line && fgets(buf, sizeof buf, in); n++) {
            in_goal = in_goal || line_has(buf, "id", g->r.goal);
            if (!line_has(buf, "metric", g->metric_id)) continue;
            if (!first_naming) first_naming = n;
            if (in_goal) line = n;
        }
        fclose(in);
    }
    int rc = eh_fail(err, EH_INVALID, file, line ? line : first_naming, 0,
                     "plan %s, goal %s: metric '%s' is not in the catalogue (metrics/%s.yaml is gone since the "
                     "plan was recorded); restore it, or change the goal and run 'ehtrack plan sync'",
                     g->r.plan, g->r.goal, g->metric_id, g->metric_id);
    free(file);
    return rc;
}

/* Days a practice's log may end before the as-of date (or begin after the
 * current value's window does) unremarked, and for an end the days with
 * records its pace would have had in the days after: a log of a few
 * records a month has quiet weeks, and one of them is no log that
 * stopped. The pace is its days with records over the 91 days before its
 * last (over its whole log where shorter, taken as 28 days at least), the
 * last left out, as the window is chosen to end on it. It is scaled by how
 * busy the plan's practices whose logs go on were in the days after
 * against the days of the pace, as a day's records are
 * (record_days_scale): in the Christmas fortnight and the summer weeks
 * every practice is quieter (those whose logs stopped too would make any
 * gap look like a holiday; a few records of theirs make no measure of it).
 * A practice whose records would have been a large part of the plan's is
 * named on less: 4 days with records missed at 1 in 100 of the plan's
 * records, 1.7 at 1 in 10. The practices of a plan that stopped are told
 * when their paces together would have given 1 in 100 of the plan's
 * records in the current value's 28 days: one that hardly uses e-consult
 * moves no figure when it stops, thirty of them exported a fortnight early
 * do. */
#define GAP_MIN_DAYS 7
#define GAP_PACE_DAYS 91
#define GAP_PACE_MIN_DAYS 28
#define GAP_MIN_RECORD_DAYS 4.0
#define GAP_MIN_SHARE 0.01
#define GAP_BUSY_MIN_RECORDS 25

/* A practice of a plan whose log of a kind ends more than a week before
 * the as-of date, and its own log over its pace days. */
struct gap_log {
    char agb[16];
    int last, pace_first;
    long long record_days, records;
};

static int read_gap_pace(sqlite3_stmt *st, long long practice, struct gap_log *log, struct eh_error *err)
{
    sqlite3_bind_int64(st, 1, practice);
    db_bind_date(st, 2, log->pace_first);
    db_bind_date(st, 3, log->last);
    int rc = EH_OK;
    if (db_next(st, &rc, err, "reading a practice's days with records")) {
        log->record_days = sqlite3_column_int64(st, 0);
        log->records = sqlite3_column_int64(st, 1);
    }
    sqlite3_reset(st);
    return rc;
}

/* The records of a plan's practices on each day of [from, as_of), and of
 * those whose log goes on to the week before as_of. */
struct plan_daily {
    int from, as_of;
    long long *all, *going_on;
};

static int read_plan_daily(sqlite3_stmt *st, const char *grp, struct plan_daily *daily, struct eh_error *err)
{
    size_t days = (size_t)(daily->as_of - daily->from);
    daily->all = xcalloc(days, sizeof *daily->all);
    daily->going_on = xcalloc(days, sizeof *daily->going_on);
    db_bind_text(st, 1, grp);
    db_bind_date(st, 2, daily->from);
    db_bind_date(st, 3, daily->as_of - 1);
    db_bind_date(st, 4, daily->as_of);
    db_bind_date(st, 5, daily->as_of - 1 - GAP_MIN_DAYS);
    int rc;
    while (db_next(st, &rc, err, "counting a plan's records by day")) {
        int day;
        if (!db_text(st, 0) || !parse_date(db_text(st, 0), 10, &day) || day < daily->from || day >= daily->as_of)
            continue;
        daily->all[day - daily->from] = sqlite3_column_int64(st, 1);
        daily->going_on[day - daily->from] = sqlite3_column_int64(st, 2);
    }
    sqlite3_reset(st);
    return rc;
}

static long long sum_days(const struct plan_daily *daily, const long long *counts, int from, int to)
{
    long long n = 0;
    for (int d = from > daily->from ? from : daily->from; d <= to && d < daily->as_of; d++)
        n += counts[d - daily->from];
    return n;
}

/* How the days with records of a practice with per_day records a day
 * that has any scale when its days are busy times as busy: records come
 * in days, and a practice of thirty calls a day has calls on a day a
 * tenth as busy, one of a call a day most likely none. A day's records
 * taken as Poisson, their mean m on a day the practice is open gives
 * per_day = m / (1 - e^-m), and the days with any scale by
 * (1 - e^-(m busy)) / (1 - e^-m). */
static double record_days_scale(double per_day, double busy)
{
    if (busy >= 1.0 || per_day <= 1.0) return busy;
    double lo = 0, hi = per_day;
    for (int i = 0; i < 60; i++) {
        double mid = (lo + hi) / 2;
        if (mid / -expm1(-mid) < per_day) lo = mid;
        else hi = mid;
    }
    return expm1(-lo * busy) / expm1(-lo);
}

/* Whether gap's log has had no record in longer than its pace allows,
 * and the records it would have had in the current value's 28 days
 * (*unseen), where the plan has window records. */
static bool log_unlike_pace(const struct plan_daily *daily, const struct gap_log *gap, double window, double *unseen)
{
    int after = daily->as_of - 1 - gap->last, pace_days = gap->last - gap->pace_first + 1;
    long long before = sum_days(daily, daily->going_on, gap->pace_first, gap->last),
              since = sum_days(daily, daily->going_on, gap->last + 1, daily->as_of - 1);
    double busy = 1.0;
    if (before >= GAP_BUSY_MIN_RECORDS && since >= GAP_BUSY_MIN_RECORDS)
        busy = ((double)since / after) / ((double)before / pace_days);
    /* A log of a few days is measured over four weeks at least: one call
     * is no pace of a call a day. */
    double span = pace_days > GAP_PACE_MIN_DAYS ? pace_days : GAP_PACE_MIN_DAYS;
    *unseen = (double)gap->records / span * (after < 28 ? after : 28) * busy;
    double share = window + *unseen > 0 ? *unseen / (window + *unseen) : 1.0, needed = GAP_MIN_RECORD_DAYS;
    if (share > GAP_MIN_SHARE) needed -= log(share / GAP_MIN_SHARE);
    double days_busy = gap->record_days ? record_days_scale((double)gap->records / gap->record_days, busy) : busy;
    return (double)(gap->record_days - 1) / span * after * days_busy >= (needed > 1.0 ? needed : 1.0);
}

/* Marks the goals of plan on metric m (rows from *k on, sorted by plan)
 * with a practice whose log stopped on last or began late on first. */
static void mark_gap(struct goal_row *rows, size_t count, size_t *k, const char *plan, const struct metric_def *m,
                     const char *agb, bool stopped, int last, bool late, int first)
{
    while (*k < count && strcmp(rows[*k].r.plan, plan) < 0) (*k)++;
    for (size_t j = *k; j < count && strcmp(rows[j].r.plan, plan) == 0; j++) {
        struct goal_result *g = &rows[j].r;
        if (strcmp(rows[j].metric_id, m->id) != 0) continue;
        if (stopped && (!g->practices_stopped++ || last < g->stopped_last)) {
            g->stopped_last = last;
            snprintf(g->stopped_practice, sizeof g->stopped_practice, "%s", agb);
        }
        if (late && (!g->practices_late++ || first > g->late_first)) {
            g->late_first = first;
            snprintf(g->late_practice, sizeof g->late_practice, "%s", agb);
        }
    }
}

/* Judges together the logs of plan that end more than a week before
 * as_of, and marks its goals on m with those that stopped. */
static int mark_stopped(sqlite3_stmt *daily_st, struct goal_row *rows, size_t count, size_t *k, const char *plan,
                        const struct metric_def *m, const struct gap_log *logs, size_t nlogs, int as_of,
                        struct eh_error *err)
{
    struct plan_daily daily = {.from = as_of - 28, .as_of = as_of};
    for (size_t i = 0; i < nlogs; i++)
        if (logs[i].pace_first < daily.from) daily.from = logs[i].pace_first;
    int rc = read_plan_daily(daily_st, plan, &daily, err);
    double window = (double)sum_days(&daily, daily.all, as_of - 28, as_of - 1), unseen_all = 0, unseen;
    bool *stopped = xcalloc(nlogs + 1, sizeof *stopped);
    for (size_t i = 0; i < nlogs && !rc; i++) {
        stopped[i] = log_unlike_pace(&daily, &logs[i], window, &unseen);
        if (stopped[i]) unseen_all += unseen;
    }
    if (!rc && unseen_all > 0 && unseen_all >= GAP_MIN_SHARE * (window + unseen_all))
        for (size_t i = 0; i < nlogs; i++)
            if (stopped[i]) mark_gap(rows, count, k, plan, m, logs[i].agb, true, logs[i].last, false, DATE_NONE);
    free(stopped);
    free(daily.all);
    free(daily.going_on);
    return rc;
}

/* Each plan's practices (temp.m_scope, as scope_plans_for left it) against
 * their log of m's kind: those that end more than a week before as_of,
 * where their paces would have put records in the days after, or begin
 * more than a week after the current value's window does. */
static int note_practice_gaps(sqlite3 *db, struct goal_row *rows, size_t count, const struct metric_def *m,
                              int as_of, struct eh_error *err)
{
    /* Per practice its first and last day before as_of: two index seeks. */
#define PRACTICE_SPAN_SQL(days)                                                                                  \
    "SELECT s.grp, pr.agb, (SELECT min(day) FROM " days " d WHERE d.practice_id = s.practice_id AND d.day < ?1), " \
    "(SELECT max(day) FROM " days " d WHERE d.practice_id = s.practice_id AND d.day < ?1), s.practice_id "         \
    "FROM temp.m_scope s JOIN practices pr ON pr.id = s.practice_id ORDER BY s.grp"
    static const char *const sql[] = {
        [KIND_CONSULTS] = PRACTICE_SPAN_SQL("consult_days"),
        [KIND_MESSAGES] = PRACTICE_SPAN_SQL("message_days"),
        [KIND_CALLS] = PRACTICE_SPAN_SQL("call_days"),
    };
#undef PRACTICE_SPAN_SQL
#define PACE_SQL(days, records) \
    "SELECT count(*), sum(" records ") FROM " days " WHERE practice_id = ?1 AND day BETWEEN ?2 AND ?3"
    static const char *const pace_sql[] = {
        [KIND_CONSULTS] = PACE_SQL("consult_days", "n"),
        [KIND_MESSAGES] = PACE_SQL("message_days", "n"),
        [KIND_CALLS] = PACE_SQL("call_days", "inbound + outbound"),
    };
#undef PACE_SQL
    /* A practice's log goes on when it has a record in the week before
     * as_of (?4); ?5 is that week's first day. */
#define PLAN_DAILY_SQL(days, records)                                                                               \
    "SELECT d.day, sum(" records "), sum(CASE WHEN s.going_on THEN " records " END) FROM (SELECT practice_id, "   \
    "(SELECT max(day) FROM " days " e WHERE e.practice_id = m.practice_id AND e.day < ?4) >= ?5 AS going_on "   \
    "FROM temp.m_scope m WHERE m.grp = ?1) s JOIN " days " d ON d.practice_id = s.practice_id "                  \
    "AND d.day BETWEEN ?2 AND ?3 GROUP BY d.day"
    static const char *const daily_sql[] = {
        [KIND_CONSULTS] = PLAN_DAILY_SQL("consult_days", "d.n"),
        [KIND_MESSAGES] = PLAN_DAILY_SQL("message_days", "d.n"),
        [KIND_CALLS] = PLAN_DAILY_SQL("call_days", "d.inbound + d.outbound"),
    };
#undef PLAN_DAILY_SQL
    if (m->kind > KIND_CALLS) return EH_OK;
    /* A share or an average is not diluted by days without records, but a
     * practice whose log stopped leaves the days after to the others: a
     * care group's share is theirs alone then (a practice with many
     * abandoned calls stops exporting, and the group's rate drops to
     * achieved). A practice whose log begins late joins the pool, which
     * stays a fair one. */
    bool pools = !dilutes(m);
    sqlite3_stmt *st = NULL, *pace_st = NULL, *daily_st = NULL;
    if (db_prepare(db, &st, sql[m->kind], err) || db_prepare(db, &pace_st, pace_sql[m->kind], err) ||
        db_prepare(db, &daily_st, daily_sql[m->kind], err)) {
        sqlite3_finalize(st);
        sqlite3_finalize(pace_st);
        return EH_IO;
    }
    db_bind_date(st, 1, as_of);
    /* The plan whose practices are being read, and those of its logs that
     * end more than a week before as_of. */
    char *plan = NULL;
    struct gap_log *logs = NULL;
    size_t nlogs = 0, cap = 0, k = 0;
    int rc;
    for (;;) {
        bool more = db_next(st, &rc, err, "reading the practices' logs");
        const char *grp = more ? db_text(st, 0) : NULL;
        if (more && !grp) continue;
        if (nlogs && (!more || strcmp(grp, plan) != 0)) {
            if ((rc = mark_stopped(daily_st, rows, count, &k, plan, m, logs, nlogs, as_of, err))) break;
            nlogs = 0;
        }
        if (!more) break;
        if (!plan || strcmp(grp, plan) != 0) {
            free(plan);
            plan = xstrdup(grp);
        }
        const char *agb = db_text(st, 1);
        int first = DATE_NONE, last = DATE_NONE;
        if (!agb || !db_text(st, 2) || !parse_date(db_text(st, 2), 10, &first) ||
            !parse_date(db_text(st, 3), 10, &last))
            continue;
        if (!pools && first - (as_of - 28) > GAP_MIN_DAYS)
            mark_gap(rows, count, &k, plan, m, agb, false, DATE_NONE, true, first);
        if (as_of - 1 - last <= GAP_MIN_DAYS) continue;
        if (nlogs == cap) logs = xrealloc(logs, (cap = cap ? 2 * cap : 16) * sizeof *logs);
        struct gap_log *log = &logs[nlogs++];
        memset(log, 0, sizeof *log);
        snprintf(log->agb, sizeof log->agb, "%s", agb);
        log->last = last;
        /* A log's first record ever is where it begins, however few
         * follow; its last may be a quiet stretch's start. */
        log->pace_first = last - GAP_PACE_DAYS + 1 > first ? last - GAP_PACE_DAYS + 1 : first;
        if ((rc = read_gap_pace(pace_st, sqlite3_column_int64(st, 4), log, err))) break;
    }
    free(logs);
    free(plan);
    sqlite3_finalize(st);
    sqlite3_finalize(pace_st);
    sqlite3_finalize(daily_st);
    return rc;
}

/* Each plan's log of m's kind over its practices (temp.m_scope, as
 * scope_plans_for left it): the first day with a record, and the last
 * before as_of, whatever the windows the figures were measured over. */
static int note_log_span(sqlite3 *db, struct goal_row *rows, size_t count, const struct metric_def *m, int as_of,
                         struct eh_error *err)
{
    /* Per practice two index seeks, on the day tables or the rows' day. */
#define LOG_SPAN_SQL(table)                                                                                  \
    "SELECT s.grp, min((SELECT min(day) FROM " table " d WHERE d.practice_id = s.practice_id)), "            \
    "max((SELECT max(day) FROM " table " d WHERE d.practice_id = s.practice_id AND d.day < ?1)) "           \
    "FROM temp.m_scope s GROUP BY s.grp ORDER BY s.grp"
    static const char *const sql[KIND_COUNT] = {
        [KIND_CONSULTS] = LOG_SPAN_SQL("consult_days"),
        [KIND_MESSAGES] = LOG_SPAN_SQL("message_days"),
        [KIND_CALLS] = LOG_SPAN_SQL("call_days"),
        [KIND_SURVEY] = LOG_SPAN_SQL("survey"),
        [KIND_REGISTRATIONS] = LOG_SPAN_SQL("registrations"),
    };
#undef LOG_SPAN_SQL
    sqlite3_stmt *st;
    if (db_prepare(db, &st, sql[m->kind], err)) return EH_IO;
    db_bind_date(st, 1, as_of);
    int rc;
    size_t k = 0;
    while (db_next(st, &rc, err, "reading the plans' logs")) {
        const char *plan = db_text(st, 0);
        int first = DATE_NONE, last = DATE_NONE;
        if (!plan || !db_text(st, 1) || !parse_date(db_text(st, 1), 10, &first)) continue;
        if (db_text(st, 2)) parse_date(db_text(st, 2), 10, &last);
        while (k < count && strcmp(rows[k].r.plan, plan) < 0) k++;
        for (size_t j = k; j < count && strcmp(rows[j].r.plan, plan) == 0; j++) {
            if (strcmp(rows[j].metric_id, m->id) != 0) continue;
            rows[j].r.log_first = first;
            rows[j].r.log_last_before = last;
        }
    }
    sqlite3_finalize(st);
    return rc;
}

int goals_eval(sqlite3 *db, const struct metric_catalog *cat, int as_of, enum day_count days,
               struct goal_results *out, struct eh_error *err)
{
    memset(out, 0, sizeof *out);
    struct goal_row *rows;
    size_t count;
    int rc = load_goals(db, &rows, &count, err);
    if (rc) return rc;
    /* The last complete ISO week is the latest whose Sunday is before A. */
    int last_sunday = as_of - 1;
    while (weekday(last_sunday) != 7) last_sunday--;
    int oldest_monday = last_sunday - 6 - 7 * 7;

    for (size_t i = 0; i < count && !rc; i++) {
        struct goal_row *g = &rows[i];
        g->r.metric = metric_find(cat, g->metric_id);
        if (!g->r.metric) {
            rc = missing_metric(db, g, err);
            break;
        }
        bool done = false;
        for (size_t k = 0; k < i && !done; k++) done = rows[k].r.metric == g->r.metric;
        if (done) continue;
        /* Every goal on this metric at once: current, weekly values, baselines. */
        const struct metric_def *m = g->r.metric;
        struct metric_result current = {0}, weekly = {0}, latest = {0};
        /* Survey rows and portal registrations are counted on dates, a
         * month or a quarter apart: 28 days often hold none, and a portal
         * plan's headline goal would have no current value at the as-of
         * date a month-end export gives. Their latest date within a
         * quarter stands in. */
        bool dated = m->kind == KIND_SURVEY || m->kind == KIND_REGISTRATIONS;
        if ((metric_windowable(m) && (rc = eval_baselines(db, rows, count, m, as_of, days, err))) ||
            (rc = scope_plans_for(db, rows, count, m->id, DATE_NONE, DATE_NONE, err)) ||
            (rc = eval_window(db, m, PERIOD_ALL, as_of - 28, as_of - 1, as_of, days, &current, err)) ||
            (dated && (rc = eval_window(db, m, PERIOD_ALL, as_of - CURRENT_DATED_DAYS, as_of - 1, as_of, days,
                                        &latest, err))) ||
            (rc = eval_window(db, m, PERIOD_WEEK, oldest_monday, last_sunday, as_of, days, &weekly, err)) ||
            (rc = note_practice_gaps(db, rows, count, m, as_of, err)) ||
            (rc = note_log_span(db, rows, count, m, as_of, err))) {
            metric_result_free(&current);
            metric_result_free(&latest);
            metric_result_free(&weekly);
            break;
        }
        for (size_t k = i; k < count; k++) {
            struct goal_row *h = &rows[k];
            if (strcmp(h->metric_id, m->id) != 0) continue;
            h->r.metric = m;
            const struct metric_value *v = find_value(&current, h->r.plan, "all");
            if (dated && !(v && v->has_value)) {
                const struct metric_value *w = find_value(&latest, h->r.plan, "all");
                if (w && w->has_value) {
                    v = w;
                    h->r.current_days = CURRENT_DATED_DAYS;
                    h->r.current_date = w->kind_last;
                }
            }
            if (v) set_basis(&h->r.current_basis, v);
            if (v && v->has_value) {
                h->r.has_current = true;
                h->r.current = v->value;
            }
            h->r.has_forecast = forecast(&weekly, &h->r, oldest_monday);
            if (h->has_baseline_value) {
                h->r.has_baseline = true;
                h->r.baseline = h->baseline_value;
            } else if (h->baseline_from != DATE_NONE && !h->baseline_evaluated) {
                struct metric_result base = {0};
                if ((rc = scope_plans_for(db, rows, count, m->id, h->baseline_from, h->baseline_to, err)) ||
                    (rc = eval_window(db, m, PERIOD_ALL, h->baseline_from, h->baseline_to, as_of, days, &base,
                                      err))) {
                    metric_result_free(&base);
                    break;
                }
                /* One evaluation serves every goal on this metric and range. */
                for (size_t j = k; j < count; j++) {
                    struct goal_row *o = &rows[j];
                    if (strcmp(o->metric_id, m->id) != 0 || o->has_baseline_value || o->baseline_evaluated ||
                        o->baseline_from != h->baseline_from || o->baseline_to != h->baseline_to)
                        continue;
                    take_baseline(o, find_value(&base, o->r.plan, "all"));
                }
                metric_result_free(&base);
            }
        }
        metric_result_free(&current);
        metric_result_free(&latest);
        metric_result_free(&weekly);
    }
    if (!rc) {
        out->items = xcalloc(count ? count : 1, sizeof *out->items);
        out->cap = count;
        for (size_t i = 0; i < count; i++) {
            struct goal_row *g = &rows[i];
            struct goal_result *r = &g->r;
            if (g->has_target_value) {
                r->has_target = r->target_given = true;
                r->target = g->target_value;
            } else if (g->has_change && r->has_baseline) {
                r->has_target = true;
                r->target = g->has_baseline_value ? planned_target(r->baseline, g->change)
                                                   : r->baseline * (1 + g->change);
            }
            if (!r->has_target || !r->has_current) r->status = GOAL_NO_DATA;
            else if (metric_meets(r->metric, r->current, r->target)) r->status = GOAL_ACHIEVED;
            else if (as_of > r->deadline) r->status = GOAL_MISSED;
            else if (r->has_forecast && metric_meets(r->metric, r->forecast, r->target)) r->status = GOAL_ON_TRACK;
            else r->status = GOAL_AT_RISK;
            out->items[out->count++] = *r;
            memset(r, 0, sizeof *r);
        }
    }
    for (size_t i = 0; i < count; i++) {
        free(rows[i].metric_id);
        free(rows[i].r.plan);
        free(rows[i].r.goal);
        free(rows[i].r.practice);
        free(rows[i].r.care_group);
        free(rows[i].r.title);
        free(rows[i].r.points);
    }
    free(rows);
    return rc;
}

void goal_results_free(struct goal_results *r)
{
    for (size_t i = 0; i < r->count; i++) {
        free(r->items[i].plan);
        free(r->items[i].goal);
        free(r->items[i].practice);
        free(r->items[i].care_group);
        free(r->items[i].title);
        free(r->items[i].points);
    }
    free(r->items);
    memset(r, 0, sizeof *r);
}
