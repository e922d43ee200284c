#include "report_data.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "db.h"
#include "month_sums.h"
#include "plan_progress.h"
#include "scope.h"
#include "util.h"

bool report_parse_kind(const char *s, enum report_kind *out)
{
    static const char *const names[] = {"region", "care-group", "insurer", "practice"};
    int i = word_index(s, names, ARRAY_LEN(names));
    if (i >= 0) *out = (enum report_kind)i;
    return i >= 0;
}

/* ---- the privacy rule ------------------------------------------------------- */

struct rp_cell report_count(const struct report *r, long long n)
{
    struct rp_cell c = {CELL_VALUE, (double)n};
    if (r->aggregate && n < r->opt.min_cell) c.state = CELL_BELOW;
    return c;
}

struct rp_cell report_cell(const struct report *r, const struct metric_def *m, bool has_value, double value,
                           bool has_num, double num, bool has_den, double den, long long records)
{
    struct rp_cell c = {CELL_EMPTY, 0};
    if (!has_value) return c;
    c.state = CELL_VALUE;
    c.value = value;
    if (!r->aggregate) return c;
    double n = r->opt.min_cell;
    switch (m->compute) {
    case COMPUTE_COUNT:
        if (value < n) c.state = CELL_BELOW;
        break;
    case COMPUTE_RATIO:
        /* A ratio over a size anyone can read in the register (per 1,000
         * listed patients, portal reach) gives its count back: that count
         * is what must not be small (suppress_on in the metric file). */
        if (m->suppress_numerator ? !has_num || num < n : !has_den || den < n) c.state = CELL_HIDDEN;
        break;
    case COMPUTE_PER_DAY:
    case COMPUTE_PER_WEEK:
        /* Days are known, so the rate gives the count back. */
        if (!has_num || num < n) c.state = CELL_HIDDEN;
        break;
    case COMPUTE_VALUE:
        if (records < n) c.state = CELL_HIDDEN;
        break;
    }
    return c;
}

/* ---- the metrics of the workbook ------------------------------------------------ */

/* The core metrics in reading order; metrics a user added to metrics/
 * follow. followup_rate is left out: it needs a 14-day window per patient
 * over every consult, longer than the rest of the workbook together at a
 * thousand practices; `ehtrack metrics --metric followup_rate` gives it,
 * and the Goals sheet shows it wherever a plan sets a goal on it. */
static const char *const CORE_METRICS[] = {
    "econsults", "econsult_share", "econsults_per_week", "econsults_per_1000", "video_share",
    "results_via_econsult", "calls_per_day", "abandoned_rate", "avg_wait_s", "response_in_term",
    "median_response_h", "unsafe_share", "awareness", "portal_reach",
};
static const char *const LEFT_OUT_METRICS[] = {"followup_rate"};

size_t report_metrics(const struct report *r, const struct metric_def **out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < ARRAY_LEN(CORE_METRICS) && n < max; i++) {
        const struct metric_def *m = metric_find(r->cat, CORE_METRICS[i]);
        if (m) out[n++] = m;
    }
    for (size_t i = 0; i < r->cat->count && n < max; i++) {
        const struct metric_def *m = &r->cat->defs[i];
        bool known = false;
        for (size_t k = 0; k < ARRAY_LEN(CORE_METRICS) && !known; k++) known = strcmp(m->id, CORE_METRICS[k]) == 0;
        for (size_t k = 0; k < ARRAY_LEN(LEFT_OUT_METRICS) && !known; k++)
            known = strcmp(m->id, LEFT_OUT_METRICS[k]) == 0;
        if (!known) out[n++] = m;
    }
    return n;
}

/* ---- small helpers ---------------------------------------------------------- */

static char *dup_col(sqlite3_stmt *st, int i)
{
    const char *s = db_text(st, i);
    return s ? xstrdup(s) : NULL;
}

static int date_col(sqlite3_stmt *st, int i)
{
    const char *s = db_text(st, i);
    int d = DATE_NONE;
    if (s && strlen(s) >= 10 && !parse_date(s, 10, &d)) d = DATE_NONE;
    return d;
}

/* The status of a read (db_next), after the statement is released. */
static int finish_reading(sqlite3_stmt *st, int status)
{
    sqlite3_finalize(st);
    return status;
}

/* Months since year 0, and the month index of a day within the period. */
static int month_number(int day)
{
    int y, m, d;
    civil_from_days(day, &y, &m, &d);
    return y * 12 + (m - 1);
}

static int month_index(const struct report *r, const char *ym)
{
    int y, m;
    if (!ym || sscanf(ym, "%d-%d", &y, &m) != 2) return -1;
    int i = y * 12 + (m - 1) - month_number(r->opt.from);
    return i >= 0 && i < r->months ? i : -1;
}

static void month_text(const struct report *r, int index, char out[16])
{
    int n = month_number(r->opt.from) + index;
    snprintf(out, 16, "%04d-%02d", n / 12, n % 12 + 1);
}

/* Practices by database id, to place rows that come keyed by it. */
struct id_slot {
    long long id;
    size_t index;
};

static int id_slot_cmp(const void *a, const void *b)
{
    long long x = ((const struct id_slot *)a)->id, y = ((const struct id_slot *)b)->id;
    return (x > y) - (x < y);
}

static struct id_slot *index_practices(const struct report *r)
{
    struct id_slot *ids = xcalloc(r->npractices + 1, sizeof *ids);
    for (size_t i = 0; i < r->npractices; i++) ids[i] = (struct id_slot){r->practices[i].id, i};
    qsort(ids, r->npractices, sizeof *ids, id_slot_cmp);
    return ids;
}

static size_t practice_index(const struct report *r, const struct id_slot *ids, long long id)
{
    struct id_slot key = {id, 0};
    const struct id_slot *hit = bsearch(&key, ids, r->npractices, sizeof *ids, id_slot_cmp);
    return hit ? hit->index : (size_t)-1;
}

/* ---- register and plans ----------------------------------------------------- */

/* The days from .. to as ?1 .. ?2, for SQL that reads the whole months
 * among them from a month table (?3 .. ?4; NULL when there are none) and
 * the days around those from a day table (?1 .. ?5 and ?6 .. ?2): a year of
 * a thousand practices is 12,000 rows to read, not 365,000 (month_sums.h). */
static void bind_range_by_months(sqlite3_stmt *st, int from, int to)
{
    int whole_first, whole_last;
    month_sums_whole(from, to, &whole_first, &whole_last);
    db_bind_date(st, 1, from);
    db_bind_date(st, 2, to);
    if (whole_first <= whole_last) {
        db_bind_month(st, 3, whole_first);
        db_bind_month(st, 4, whole_last);
    }
    db_bind_date(st, 5, whole_first - 1);
    db_bind_date(st, 6, whole_last + 1);
}

static int load_practices(sqlite3 *db, struct report *r, struct eh_error *err)
{
    sqlite3_stmt *st;
    if (db_prepare(db, &st,
                   "SELECT p.id, p.agb, p.name, p.care_group, p.region, p.list_size, "
                   "  (SELECT coalesce(sum(n), 0) FROM ("
                   "     SELECT c.n FROM consult_months c WHERE c.practice_id = p.id AND c.month BETWEEN ?3 AND ?4 "
                   "     UNION ALL SELECT c.n FROM consult_days c WHERE c.practice_id = p.id "
                   "     AND (c.day BETWEEN ?1 AND ?5 OR c.day BETWEEN ?6 AND ?2))) "
                   "FROM practices p JOIN temp.scope_practices s ON s.practice_id = p.id "
                   "ORDER BY p.care_group, p.agb", err))
        return EH_IO;
    bind_range_by_months(st, r->opt.from, r->opt.to);
    size_t cap = 0, gcap = 0;
    int rc;
    while (db_next(st, &rc, err, "reading the practices in scope")) {
        GROW(r->practices, cap, r->npractices + 1);
        struct rp_practice *p = &r->practices[r->npractices++];
        p->id = sqlite3_column_int64(st, 0);
        p->agb = dup_col(st, 1);
        p->name = dup_col(st, 2);
        p->care_group = dup_col(st, 3);
        p->region = dup_col(st, 4);
        p->list_size = sqlite3_column_int64(st, 5);
        p->consults = sqlite3_column_int64(st, 6);
        if (!r->ncare_groups || strcmp(r->care_groups[r->ncare_groups - 1], p->care_group) != 0) {
            GROW(r->care_groups, gcap, r->ncare_groups + 1);
            r->care_groups[r->ncare_groups++] = xstrdup(p->care_group);
        }
    }
    return finish_reading(st, rc);
}

static int plan_cmp(const void *a, const void *b)
{
    return strcmp((*(const struct rp_plan *const *)a)->id, (*(const struct rp_plan *const *)b)->id);
}

/* The plans sorted by id, to attach steps, directions, ... by plan id. */
static struct rp_plan *find_plan(struct rp_plan **by_id, size_t n, const char *id)
{
    if (!id) return NULL;
    struct rp_plan key = {.id = (char *)id}, *k = &key;
    struct rp_plan **hit = bsearch(&k, by_id, n, sizeof *by_id, plan_cmp);
    return hit ? *hit : NULL;
}

static int load_plan_parts(sqlite3 *db, struct report *r, struct eh_error *err)
{
    struct rp_plan **by_id = xcalloc(r->nplans + 1, sizeof *by_id);
    for (size_t i = 0; i < r->nplans; i++) by_id[i] = &r->plans[i];
    qsort(by_id, r->nplans, sizeof *by_id, plan_cmp);
    static const char *const sql[] = {
        ("SELECT plan_id, step, status, started, completed, due, mode, decision FROM plan_steps "
         "WHERE plan_id IN (SELECT plan_id FROM temp.scope_plans)"),
        "SELECT plan_id, direction FROM plan_directions WHERE plan_id IN (SELECT plan_id FROM temp.scope_plans)",
        "SELECT plan_id, barrier FROM plan_barriers WHERE plan_id IN (SELECT plan_id FROM temp.scope_plans)",
        "SELECT plan_id, source FROM plan_funding WHERE plan_id IN (SELECT plan_id FROM temp.scope_plans)",
        "SELECT plan_id, likelihood, impact FROM plan_risks WHERE plan_id IN (SELECT plan_id FROM temp.scope_plans)",
    };
    int status = EH_OK;
    for (size_t q = 0; q < ARRAY_LEN(sql) && !status; q++) {
        sqlite3_stmt *st;
        if (db_prepare(db, &st, sql[q], err)) {
            status = EH_IO;
            break;
        }
        int rc;
        while (db_next(st, &rc, err, "reading the plans")) {
            struct rp_plan *p = find_plan(by_id, r->nplans, db_text(st, 0));
            if (!p) continue;
            const char *a = db_text(st, 1);
            int k;
            switch (q) {
            case 0:
                if ((k = a ? vocab_find(&VOCAB_STEPS, a) : -1) < 0) break;
                p->steps[k].status = db_text(st, 2) ? vocab_find(&VOCAB_STEP_STATUS, db_text(st, 2)) : -1;
                p->steps[k].started = date_col(st, 3);
                p->steps[k].completed = date_col(st, 4);
                p->steps[k].due = date_col(st, 5);
                if (k == STEP_IMPLEMENT && db_text(st, 6)) p->mode = vocab_find(&VOCAB_IMPLEMENT_MODE, db_text(st, 6));
                if (k == STEP_SCALE && db_text(st, 7)) p->decision = vocab_find(&VOCAB_SCALE_DECISION, db_text(st, 7));
                break;
            case 1:
                k = sqlite3_column_int(st, 1);
                if (k >= 1 && k <= 11) p->directions |= 1u << k;
                break;
            case 2:
                if (a && (k = vocab_find(&VOCAB_BARRIERS, a)) >= 0) p->barriers |= 1u << k;
                break;
            case 3:
                if (a && (k = vocab_find(&VOCAB_FUNDING, a)) >= 0) p->funding |= 1u << k;
                break;
            case 4:
                p->risks++;
                p->high_risks += (a && strcmp(a, "high") == 0) ||
                                 (db_text(st, 2) && strcmp(db_text(st, 2), "high") == 0);
                break;
            }
        }
        status = finish_reading(st, rc);
    }
    free(by_id);
    for (size_t i = 0; i < r->nplans; i++) {
        struct rp_plan *p = &r->plans[i];
        struct plan_progress progress;
        for (int s = 0; s < STEP_COUNT; s++) progress.status[s] = p->steps[s].status;
        plan_progress_count(&progress);
        p->current = progress.current;
        p->done = progress.done;
        p->progress = progress.share;
    }
    return status;
}

static int load_plans(sqlite3 *db, struct report *r, struct eh_error *err)
{
    sqlite3_stmt *st;
    if (db_prepare(db, &st,
                   "SELECT pl.id, pl.title, pr.agb, pr.name, coalesce(pr.care_group, pl.care_group), "
                   "  " PLAN_REGION_SQL ", "
                   "  pl.app_type, pl.app_name, pl.vendor, pl.one_off_eur, pl.yearly_eur, pl.retired_at IS NOT NULL "
                   "FROM plans pl LEFT JOIN practices pr ON pr.id = pl.practice_id "
                   "WHERE pl.id IN (SELECT plan_id FROM temp.scope_plans) "
                   "ORDER BY coalesce(pr.care_group, pl.care_group), pr.agb IS NOT NULL, pr.agb, pl.id", err))
        return EH_IO;
    size_t cap = 0;
    int rc;
    while (db_next(st, &rc, err, "reading the plans in scope")) {
        GROW(r->plans, cap, r->nplans + 1);
        struct rp_plan *p = &r->plans[r->nplans++];
        memset(p, 0, sizeof *p);
        p->id = dup_col(st, 0);
        p->title = dup_col(st, 1);
        p->agb = dup_col(st, 2);
        p->practice_name = dup_col(st, 3);
        p->care_group = dup_col(st, 4);
        p->region = dup_col(st, 5);
        p->app_type = db_text(st, 6) ? vocab_find(&VOCAB_APP_TYPES, db_text(st, 6)) : -1;
        p->app_name = dup_col(st, 7);
        p->vendor = dup_col(st, 8);
        if ((p->has_one_off = sqlite3_column_type(st, 9) != SQLITE_NULL)) p->one_off = sqlite3_column_double(st, 9);
        if ((p->has_yearly = sqlite3_column_type(st, 10) != SQLITE_NULL)) p->yearly = sqlite3_column_double(st, 10);
        p->retired = sqlite3_column_int(st, 11) != 0;
        p->mode = p->decision = -1;
        for (int s = 0; s < STEP_COUNT; s++) {
            p->steps[s].status = -1;
            p->steps[s].started = p->steps[s].completed = p->steps[s].due = DATE_NONE;
        }
    }
    if (finish_reading(st, rc)) return rc;
    return load_plan_parts(db, r, err);
}

/* ---- coverage of the logs ------------------------------------------------------ */

static void add_range(struct sbuf *s, const struct report *r, int a, int b)
{
    char x[16], y[16];
    month_text(r, a, x);
    if (a == b) {
        sbuf_addf(s, "%s", x);
    } else {
        month_text(r, b, y);
        sbuf_addf(s, "%s..%s", x, y);
    }
}

char *report_gap_text(const struct report *r, size_t practice, const char *const names[GAP_COUNT])
{
    const struct rp_gaps *g = &r->gaps[practice];
    size_t months = (size_t)(r->months > 0 ? r->months : 1);
    struct sbuf list = {0};
    for (int k = 0; k < GAP_COUNT; k++) {
        const struct rp_month_span *row = &g->span[(size_t)k * months];
        bool named = false;
        for (int m = 0; m < r->months; m++) {
            if (row[m].records) continue;
            int end = m;
            while (end + 1 < r->months && !row[end + 1].records) end++;
            sbuf_adds(&list, named ? ", " : list.len ? "; " : "");
            if (!named) sbuf_addf(&list, "%s: ", names[k]);
            named = true;
            add_range(&list, r, m, end);
            m = end;
        }
    }
    if (!list.len) return NULL;
    return sbuf_detach(&list);
}

/* Days a practice's records may stop short of the others' before the
 * month counts as cut, and the records its pace would have had in the days
 * left out (or in a month without): fewer leave a quiet fortnight of a
 * small log unremarked. */
#define CUT_MIN_DAYS 7
#define CUT_MIN_RECORDS 8.0
/* Days with records a month, in the months that have any, a practice's
 * log needs before a month without is named: a log of six such days has
 * a month without about once in four hundred. */
#define LACK_MIN_DAYS 6.0

/* The month of day within the period, from 0; -1 outside it. */
static int period_month(const struct report *r, int day)
{
    int y, m, d;
    civil_from_days(day, &y, &m, &d);
    int mi = y * 12 + (m - 1) - month_number(r->opt.from);
    return mi >= 0 && mi < r->months ? mi : -1;
}

/* Practice p's records of kind k over the months of the period that have
 * any, the days with records among them, and how many months those are;
 * month skip (-1: none) left out. */
static void practice_months(const struct report *r, size_t p, int k, int skip, long long *records, long long *days,
                            long long *with)
{
    size_t months = (size_t)r->months;
    const struct rp_month_span *span = &r->gaps[p].span[(size_t)k * months];
    *records = *days = *with = 0;
    for (size_t m = 0; m < months; m++) {
        if ((int)m == skip || !span[m].records) continue;
        *records += span[m].records;
        *days += span[m].days;
        ++*with;
    }
}

char *report_absent_in_month(const struct report *r, int day, const char *const names[GAP_COUNT])
{
    int mi = period_month(r, day);
    if (mi < 0) return NULL;
    size_t months = (size_t)r->months;
    struct sbuf list = {0};
    /* Registrations are exported a month or a quarter apart: a month
     * without them is no gap in the figures of others. */
    /* Whether any practice has records of each kind in that month: a
     * practice without them is only named where others have them. */
    bool kind_there[GAP_COUNT] = {false};
    for (size_t p = 0; p < r->npractices; p++)
        for (int k = GAP_CONSULTS; k <= GAP_CALLS; k++)
            kind_there[k] |= r->gaps[p].span[(size_t)k * months + (size_t)mi].records != 0;
    for (size_t p = 0; p < r->npractices; p++) {
        bool named = false;
        for (int k = GAP_CONSULTS; k <= GAP_CALLS; k++) {
            const struct rp_month_span *row = &r->gaps[p].span[(size_t)k * months];
            if (row[mi].records || !kind_there[k] || r->gaps[p].missing[k] == r->months) continue;
            /* A log of a record every other month has months without, and
             * so has one whose records come in bursts of a day or two: the
             * days with records say how likely a month without is. */
            long long records, days, with;
            practice_months(r, p, k, -1, &records, &days, &with);
            if ((double)records / (double)with < CUT_MIN_RECORDS || (double)days / (double)with < LACK_MIN_DAYS)
                continue;
            if (!named) sbuf_addf(&list, "%s%s (", list.len ? ", " : "", r->practices[p].agb);
            else sbuf_adds(&list, ", ");
            sbuf_adds(&list, names[k]);
            named = true;
        }
        if (named) sbuf_addc(&list, ')');
    }
    if (!list.len) return NULL;
    return sbuf_detach(&list);
}

void report_headline_months(const struct report *r, size_t *first, size_t *last, bool *two)
{
    const struct rp_grid *grid = &r->monthly.grid;
    *first = 0;
    *last = grid->nperiods ? grid->nperiods - 1 : 0;
    while (*first < *last && grid->partial[*first]) ++*first;
    while (*last > *first && grid->partial[*last]) --*last;
    if (*first == *last && grid->nperiods > 1) {
        *first = 0;
        *last = grid->nperiods - 1;
    }
    *two = *last > *first;
}

char *report_cut_in_month(const struct report *r, int day, const char *const names[GAP_COUNT], const char *end_word,
                          const char *begin_word)
{
    int mi = period_month(r, day);
    if (mi < 0) return NULL;
    size_t months = (size_t)r->months;
    struct sbuf list = {0};
    for (size_t p = 0; p < r->npractices; p++) {
        bool named = false;
        for (int k = GAP_CONSULTS; k <= GAP_CALLS; k++) {
            const struct rp_month_span *sp = &r->gaps[p].span[(size_t)k * months + (size_t)mi];
            if (!sp->cut) continue;
            char date[11];
            format_date(sp->cut > 0 ? sp->last : sp->first, date);
            if (!named) sbuf_addf(&list, "%s%s (", list.len ? ", " : "", r->practices[p].agb);
            sbuf_addf(&list, "%s%s %s %s", named ? ", " : "", names[k], sp->cut > 0 ? end_word : begin_word, date);
            named = true;
        }
        if (named) sbuf_addc(&list, ')');
    }
    if (!list.len) return NULL;
    return sbuf_detach(&list);
}

/* Records a day of practice p's log of kind k outside month mi (its
 * months with any, at 30.44 days each); within mi alone where it has no
 * other, over its days there or 28 where fewer. */
static double practice_pace(const struct report *r, size_t p, int k, int mi)
{
    long long records, record_days, with;
    practice_months(r, p, k, mi, &records, &record_days, &with);
    if (with) return (double)records / ((double)with * 30.44);
    /* A log of this month alone: over four weeks at least, so one record
     * is no pace of one a day. */
    const struct rp_month_span *own = &r->gaps[p].span[(size_t)k * (size_t)r->months + (size_t)mi];
    int days = own->last - own->first + 1;
    return (double)own->records / (double)(days > 28 ? days : 28);
}

/* The scope's records of kind k on each day of [from, to] (all[0] is
 * from's), and those of the practices marked in going_on alone, from the
 * day tables. */
static int scope_daily(sqlite3 *db, const struct report *r, const struct id_slot *ids, int k, int from, int to,
                       const bool *going_on, long long *all, long long *going, struct eh_error *err)
{
    static const char *const sql[] = {
        [GAP_CONSULTS] = "SELECT d.practice_id, d.day, sum(d.n) FROM consult_days d JOIN temp.scope_practices s "
                         "ON s.practice_id = d.practice_id WHERE d.day BETWEEN ?1 AND ?2 GROUP BY 1, 2",
        [GAP_MESSAGES] = "SELECT d.practice_id, d.day, sum(d.n) FROM message_days d JOIN temp.scope_practices s "
                         "ON s.practice_id = d.practice_id WHERE d.day BETWEEN ?1 AND ?2 GROUP BY 1, 2",
        [GAP_CALLS] = "SELECT d.practice_id, d.day, sum(d.inbound + d.outbound) FROM call_days d "
                      "JOIN temp.scope_practices s ON s.practice_id = d.practice_id "
                      "WHERE d.day BETWEEN ?1 AND ?2 GROUP BY 1, 2",
    };
    size_t days = (size_t)(to - from + 1);
    memset(all, 0, days * sizeof *all);
    memset(going, 0, days * sizeof *going);
    sqlite3_stmt *st;
    if (db_prepare(db, &st, sql[k], err)) return EH_IO;
    db_bind_date(st, 1, from);
    db_bind_date(st, 2, to);
    int rc;
    while (db_next(st, &rc, err, "counting the scope's records by day")) {
        size_t p = practice_index(r, ids, sqlite3_column_int64(st, 0));
        int d = date_col(st, 1);
        if (p == (size_t)-1 || d == DATE_NONE || d < from || d > to) continue;
        long long n = sqlite3_column_int64(st, 2);
        all[d - from] += n;
        if (going_on[p]) going[d - from] += n;
    }
    sqlite3_finalize(st);
    return rc;
}

/* How busy the days [from, to] of the month [first, last] were against the
 * month: records a day there over records a day in the month. The
 * practices whose records of the kind span the month (going is their
 * daily sum, going_total their month's) say it best: a practice cut off
 * on the same day as most others would make the days after it look quiet
 * for all. Without such practices, the others' records stand in. */
static double days_busy(const long long *all, const long long *going, long long others_total, long long going_total,
                        int first, int last, int from, int to)
{
    const long long *daily = going_total > 0 ? going : all;
    long long month = going_total > 0 ? going_total : others_total;
    if (month <= 0) return 1.0;
    long long left_out = 0;
    for (int d = from; d <= to; d++) left_out += daily[d - first];
    return ((double)left_out / (double)(to - from + 1)) / ((double)month / (double)(last - first + 1));
}

/* Whether a practice's records of a kind in a month (sp) stop more than
 * a week short of the scope's [first, last] at either end. */
static bool span_short(const struct rp_month_span *sp, int first, int last)
{
    return sp->records && (last - sp->last > CUT_MIN_DAYS || sp->first - first > CUT_MIN_DAYS);
}

/* Marks span[].cut for the headline months (report_cut_in_month). */
static int find_cuts(sqlite3 *db, struct report *r, struct eh_error *err)
{
    if (!r->monthly.grid.nperiods || r->months <= 0) return EH_OK;
    size_t headline[2];
    bool two;
    report_headline_months(r, &headline[0], &headline[1], &two);
    size_t months = (size_t)r->months;
    long long *all = xmalloc(32 * sizeof *all), *going = xmalloc(32 * sizeof *going);
    bool *going_on = xcalloc(r->npractices + 1, sizeof *going_on);
    struct id_slot *ids = index_practices(r);
    int rc = EH_OK;
    for (int h = 0; h < (two ? 2 : 1) && !rc; h++) {
        int mi = period_month(r, r->monthly.grid.first[headline[h]]);
        if (mi < 0) continue;
        for (int k = GAP_CONSULTS; k <= GAP_CALLS && !rc; k++) {
            /* The days the scope's records of the kind span in the month,
             * and how many there are. */
            int first = DATE_NONE, last = DATE_NONE;
            long long total = 0, going_total = 0;
            for (size_t p = 0; p < r->npractices; p++) {
                const struct rp_month_span *sp = &r->gaps[p].span[(size_t)k * months + (size_t)mi];
                if (!sp->records) continue;
                if (first == DATE_NONE || sp->first < first) first = sp->first;
                if (last == DATE_NONE || sp->last > last) last = sp->last;
                total += sp->records;
            }
            for (size_t p = 0; p < r->npractices && first != DATE_NONE; p++) {
                const struct rp_month_span *sp = &r->gaps[p].span[(size_t)k * months + (size_t)mi];
                going_on[p] = sp->records && !span_short(sp, first, last);
                if (going_on[p]) going_total += sp->records;
            }
            bool read = false;
            for (size_t p = 0; p < r->npractices && first != DATE_NONE && !rc; p++) {
                struct rp_month_span *sp = &r->gaps[p].span[(size_t)k * months + (size_t)mi];
                if (!span_short(sp, first, last)) continue;
                if (!read && (rc = scope_daily(db, r, ids, k, first, last, going_on, all, going, err))) break;
                read = true;
                double pace = practice_pace(r, p, k, mi);
                for (int end = 1; end >= -1; end -= 2) {
                    int from = end > 0 ? sp->last + 1 : first, to = end > 0 ? last : sp->first - 1;
                    if (to - from + 1 <= CUT_MIN_DAYS) continue;
                    double busy = days_busy(all, going, total - sp->records, going_total, first, last, from, to);
                    if (pace * (to - from + 1) * busy >= CUT_MIN_RECORDS) {
                        sp->cut = end;
                        break;
                    }
                }
            }
        }
    }
    free(all);
    free(going);
    free(going_on);
    free(ids);
    return rc;
}

static int load_coverage(sqlite3 *db, struct report *r, struct eh_error *err)
{
    /* Per practice and month: records, first and last day, days with
     * records (not for the survey, which has no month spans); for calls
     * also the inbound and abandoned ones (bind_range_by_months). */
    static const char *const sql[KIND_COUNT] = {
        "SELECT c.practice_id, c.month, c.n, c.first_day, c.last_day, c.days FROM consult_months c "
        "JOIN temp.scope_practices s ON s.practice_id = c.practice_id WHERE c.month BETWEEN ?3 AND ?4 "
        "UNION ALL "
        "SELECT c.practice_id, substr(c.day, 1, 7), sum(c.n), min(c.day), max(c.day), count(*) FROM consult_days c "
        "JOIN temp.scope_practices s ON s.practice_id = c.practice_id "
        "WHERE c.day BETWEEN ?1 AND ?5 OR c.day BETWEEN ?6 AND ?2 GROUP BY 1, 2",
        "SELECT m.practice_id, m.month, m.n, m.first_day, m.last_day, m.days FROM message_months m "
        "JOIN temp.scope_practices s ON s.practice_id = m.practice_id WHERE m.month BETWEEN ?3 AND ?4 "
        "UNION ALL "
        "SELECT m.practice_id, substr(m.day, 1, 7), sum(m.n), min(m.day), max(m.day), count(*) FROM message_days m "
        "JOIN temp.scope_practices s ON s.practice_id = m.practice_id "
        "WHERE m.day BETWEEN ?1 AND ?5 OR m.day BETWEEN ?6 AND ?2 GROUP BY 1, 2",
        "SELECT c.practice_id, c.month, c.inbound + c.outbound, c.first_day, c.last_day, c.days, c.inbound, "
        "  c.abandoned "
        "FROM call_months c JOIN temp.scope_practices s ON s.practice_id = c.practice_id "
        "WHERE c.month BETWEEN ?3 AND ?4 "
        "UNION ALL "
        "SELECT c.practice_id, substr(c.day, 1, 7), sum(c.inbound + c.outbound), min(c.day), max(c.day), "
        "  count(*), sum(c.inbound), sum(c.abandoned) "
        "FROM call_days c JOIN temp.scope_practices s ON s.practice_id = c.practice_id "
        "WHERE c.day BETWEEN ?1 AND ?5 OR c.day BETWEEN ?6 AND ?2 GROUP BY 1, 2",
        "SELECT v.practice_id, substr(v.day, 1, 7), count(*), min(v.day), max(v.day), 0 "
        "FROM survey v "
        "JOIN temp.scope_practices s ON s.practice_id = v.practice_id "
        "WHERE v.day BETWEEN ?1 AND ?2 GROUP BY 1, 2",
        "SELECT g.practice_id, substr(g.day, 1, 7), count(*), min(g.day), max(g.day), count(DISTINCT g.day) "
        "FROM registrations g "
        "JOIN temp.scope_practices s ON s.practice_id = g.practice_id "
        "WHERE g.day BETWEEN ?1 AND ?2 GROUP BY 1, 2",
    };
    static const int gap_of[KIND_COUNT] = {GAP_CONSULTS, GAP_MESSAGES, GAP_CALLS, -1, GAP_REGISTRATIONS};
    size_t months = (size_t)(r->months > 0 ? r->months : 1);
    struct rp_month_span *spans = xcalloc(r->npractices * GAP_COUNT * months + 1, sizeof *spans);
    unsigned char *any = xcalloc(months, 1);
    bool *has = xcalloc(r->npractices + 1, sizeof *has);
    struct id_slot *ids = index_practices(r);
    r->gaps = xcalloc(r->npractices + 1, sizeof *r->gaps);
    int status = EH_OK;
    for (int k = 0; k < KIND_COUNT && !status; k++) {
        struct rp_coverage *c = &r->coverage[k];
        c->first = c->last = DATE_NONE;
        memset(any, 0, months);
        memset(has, 0, r->npractices * sizeof *has);
        sqlite3_stmt *st;
        if (db_prepare(db, &st, sql[k], err)) {
            status = EH_IO;
            break;
        }
        if (sqlite3_bind_parameter_count(st) >= 6) {
            bind_range_by_months(st, r->opt.from, r->opt.to);
        } else if (sqlite3_bind_parameter_count(st) >= 2) {
            db_bind_date(st, 1, r->opt.from);
            db_bind_date(st, 2, r->opt.to);
        }
        int rc;
        while (db_next(st, &rc, err, "counting the records in the period")) {
            size_t p = practice_index(r, ids, sqlite3_column_int64(st, 0));
            int mi = month_index(r, db_text(st, 1));
            long long n = sqlite3_column_int64(st, 2);
            if (p == (size_t)-1 || mi < 0 || n <= 0) continue;
            if (k == KIND_CALLS) {
                r->gaps[p].inbound_calls += sqlite3_column_int64(st, 6);
                r->gaps[p].abandoned_calls += sqlite3_column_int64(st, 7);
            }
            c->records += n;
            if (!has[p]) c->practices++;
            has[p] = true;
            any[mi] = 1;
            int lo = date_col(st, 3), hi = date_col(st, 4);
            if (gap_of[k] >= 0) {
                struct rp_month_span *sp = &spans[(p * GAP_COUNT + (size_t)gap_of[k]) * months + (size_t)mi];
                if (lo != DATE_NONE && hi != DATE_NONE) {
                    if (!sp->records || lo < sp->first) sp->first = lo;
                    if (!sp->records || hi > sp->last) sp->last = hi;
                    sp->records += n;
                    sp->days += sqlite3_column_int64(st, 5);
                }
            }
            if (lo != DATE_NONE && (c->first == DATE_NONE || lo < c->first)) c->first = lo;
            if (hi != DATE_NONE && (c->last == DATE_NONE || hi > c->last)) c->last = hi;
        }
        status = finish_reading(st, rc);
        for (size_t m = 0; m < months && r->months > 0; m++) c->months += any[m];
    }
    for (size_t p = 0; p < r->npractices; p++) {
        struct rp_gaps *g = &r->gaps[p];
        g->practice = p;
        g->latest_survey = DATE_NONE;
        g->span = xmalloc(GAP_COUNT * months * sizeof *g->span);
        memcpy(g->span, &spans[p * GAP_COUNT * months], GAP_COUNT * months * sizeof *g->span);
        for (int k = 0; k < GAP_COUNT; k++)
            for (int m = 0; m < r->months; m++) g->missing[k] += !g->span[(size_t)k * months + (size_t)m].records;
    }
    free(spans);
    free(any);
    free(has);
    sqlite3_stmt *st;
    if (status || db_prepare(db, &st,
                   "SELECT v.practice_id, max(v.day) FROM survey v "
                   "JOIN temp.scope_practices s ON s.practice_id = v.practice_id "
                   "WHERE v.day <= ?1 GROUP BY 1", err)) {
        free(ids);
        return status ? status : EH_IO;
    }
    db_bind_date(st, 1, r->opt.to);
    int rc;
    while (db_next(st, &rc, err, "reading the surveys")) {
        size_t p = practice_index(r, ids, sqlite3_column_int64(st, 0));
        if (p != (size_t)-1) r->gaps[p].latest_survey = date_col(st, 1);
    }
    free(ids);
    return finish_reading(st, rc);
}

/* ---- import history ------------------------------------------------------------ */

static int load_imports(sqlite3 *db, struct report *r, struct eh_error *err)
{
    /* The imports that carried records of the scope's practices in the
     * period (stored or found again), with the days of those records: a
     * file of another practice is never named. An import that carried
     * none of them (every row rejected, refused by --strict, or taken back
     * before schema 11 kept what it carried) is named where it was
     * imported with --practice of the scope, or where its rejected rows
     * name a practice of the scope: the rows to fix are the scope's. Those
     * rows carry no day that was read, so such an import is listed in
     * any period, as one refused by --strict is; one that stored records
     * of the scope is listed by their days. */
    if (db_exec(db, "DROP TABLE IF EXISTS temp.rp_imports;"
                    "CREATE TEMP TABLE rp_imports(id INTEGER PRIMARY KEY, first_day TEXT, last_day TEXT);", err))
        return EH_IO;
    sqlite3_stmt *st;
    if (db_prepare(db, &st,
                   "INSERT INTO temp.rp_imports "
                   "SELECT ip.import_id, min(ip.first_day), max(ip.last_day) FROM import_practices ip "
                   "JOIN temp.scope_practices s ON s.practice_id = ip.practice_id "
                   "WHERE ip.first_day <= ?2 AND ip.last_day >= ?1 GROUP BY ip.import_id "
                   "UNION ALL "
                   "SELECT i.id, i.first_day, i.last_day FROM imports i "
                   "WHERE NOT EXISTS (SELECT 1 FROM import_practices ip WHERE ip.import_id = i.id) "
                   "AND (i.first_day IS NULL OR (i.first_day <= ?2 AND i.last_day >= ?1)) "
                   "AND i.practice IN (SELECT p.agb FROM practices p "
                   "     JOIN temp.scope_practices s ON s.practice_id = p.id)", err))
        return EH_IO;
    db_bind_date(st, 1, r->opt.from);
    db_bind_date(st, 2, r->opt.to);
    int rc = db_step_done(st, err, "selecting imports");
    sqlite3_finalize(st);
    if (rc) return rc;
    if (db_prepare(db, &st,
                   "INSERT OR IGNORE INTO temp.rp_imports "
                   "SELECT i.id, NULL, NULL FROM imports i "
                   "WHERE EXISTS (SELECT 1 FROM rejects r JOIN temp.scope_practices s ON s.practice_id = r.practice_id "
                   "              WHERE r.import_id = i.id) "
                   "AND NOT EXISTS (SELECT 1 FROM import_practices ip JOIN temp.scope_practices s "
                   "                ON s.practice_id = ip.practice_id WHERE ip.import_id = i.id)",
                   err))
        return EH_IO;
    rc = db_step_done(st, err, "selecting imports");
    sqlite3_finalize(st);
    if (rc) return rc;
    if (db_prepare(db, &st,
                   "SELECT i.id, i.file, i.kind, i.format, i.started_at, s.first_day, s.last_day, i.read, "
                   "  i.inserted, i.duplicates, i.rejected, i.outcome, i.skipped "
                   "FROM imports i JOIN temp.rp_imports s ON s.id = i.id ORDER BY i.id", err))
        return EH_IO;
    size_t cap = 0;
    while (db_next(st, &rc, err, "reading the imports")) {
        GROW(r->imports, cap, r->nimports + 1);
        struct rp_import *im = &r->imports[r->nimports++];
        im->id = sqlite3_column_int64(st, 0);
        im->file = dup_col(st, 1);
        im->kind = dup_col(st, 2);
        im->format = dup_col(st, 3);
        im->started_at = dup_col(st, 4);
        im->first_day = date_col(st, 5);
        im->last_day = date_col(st, 6);
        im->read = sqlite3_column_int64(st, 7);
        im->inserted = sqlite3_column_int64(st, 8);
        im->duplicates = sqlite3_column_int64(st, 9);
        im->rejected = sqlite3_column_int64(st, 10);
        im->outcome = dup_col(st, 11);
        im->skipped = sqlite3_column_int64(st, 12);
    }
    if (finish_reading(st, rc)) return rc;
    /* Reasons never repeat a value from a row (log_kinds.h), so grouping
     * by reason shows nothing about a patient. The rows of an import taken
     * back are not to be fixed: the file is out of the figures. A file of
     * several practices shows each workbook the rejects of its own
     * practices, and those that name no practice of the register. */
    if (db_prepare(db, &st,
                   "SELECT r.import_id, i.file, i.kind, r.field, r.reason, count(*), min(r.line) "
                   "FROM rejects r JOIN temp.rp_imports s ON s.id = r.import_id "
                   "JOIN imports i ON i.id = r.import_id AND i.outcome <> 'removed' "
                   "WHERE r.practice_id IS NULL "
                   "   OR r.practice_id IN (SELECT practice_id FROM temp.scope_practices) "
                   "GROUP BY r.import_id, r.field, r.reason ORDER BY r.import_id, min(r.line) LIMIT 5000", err))
        return EH_IO;
    cap = 0;
    while (db_next(st, &rc, err, "reading the rejected rows")) {
        GROW(r->rejects, cap, r->nrejects + 1);
        struct rp_reject *j = &r->rejects[r->nrejects++];
        j->import_id = sqlite3_column_int64(st, 0);
        j->file = dup_col(st, 1);
        j->kind = dup_col(st, 2);
        j->field = dup_col(st, 3);
        j->reason = dup_col(st, 4);
        j->rows = sqlite3_column_int64(st, 5);
        j->first_line = sqlite3_column_int64(st, 6);
    }
    if (finish_reading(st, rc)) return rc;
    /* The codes behind the rejects of a coded field: what a format needs
     * a map rule for. Only codes an import lists are stored; the rows of
     * the rest (rare, or possibly a patient's data) are counted. */
    if (db_prepare(db, &st,
                   "SELECT id, file, kind, field, value, rows FROM ("
                   "  SELECT i.id, i.file, i.kind, u.field, u.value, u.rows FROM import_unmapped u "
                   "  JOIN temp.rp_imports s ON s.id = u.import_id "
                   "  JOIN imports i ON i.id = u.import_id AND i.outcome <> 'removed' "
                   "  UNION ALL "
                   "  SELECT i.id, i.file, i.kind, NULL, NULL, i.unmapped_other FROM imports i "
                   "  JOIN temp.rp_imports s ON s.id = i.id WHERE i.outcome <> 'removed' AND i.unmapped_other > 0) "
                   "ORDER BY id, value IS NULL, rows DESC, field, value LIMIT 5000", err))
        return EH_IO;
    cap = 0;
    while (db_next(st, &rc, err, "reading the unmapped codes")) {
        GROW(r->unmapped, cap, r->nunmapped + 1);
        struct rp_unmapped *u = &r->unmapped[r->nunmapped++];
        u->import_id = sqlite3_column_int64(st, 0);
        u->file = dup_col(st, 1);
        u->kind = dup_col(st, 2);
        u->field = dup_col(st, 3);
        u->value = dup_col(st, 4);
        u->rows = sqlite3_column_int64(st, 5);
    }
    return finish_reading(st, rc);
}

/* ---- peers: the Comparison and Spread sheets ------------------------------------ */

/* A practice's value in the spread of an aggregate workbook: one the
 * privacy rule would hide is left out; a count shown as <N counts. */
static enum spread_use spread_rule_of(const void *ctx, const struct metric_value *v)
{
    struct rp_cell c = report_cell(ctx, v->metric, v->has_value, v->value, v->has_numerator, v->numerator,
                                   v->has_denominator, v->denominator, v->records);
    return c.state == CELL_HIDDEN ? SPREAD_LEAVE_OUT : SPREAD_COUNT;
}

static int load_peers(sqlite3 *db, struct report *r, struct eh_error *err)
{
    const struct metric_def *defs[128];
    size_t n = report_metrics(r, defs, ARRAY_LEN(defs));
    if (r->opt.kind == REPORT_PRACTICE) {
        static const enum peer_set sets[] = {PEERS_CARE_GROUP, PEERS_REGION, PEERS_ALL};
        struct compare_query q = {r->opt.name, r->opt.from, r->opt.to, r->opt.as_of, r->opt.days, defs, n};
        r->ncomparisons = ARRAY_LEN(sets);
        return compare_practice(db, &q, sets, ARRAY_LEN(sets), r->comparisons, err);
    }
    const struct metric_def *share = metric_find(r->cat, "econsult_share");
    struct spread_query q = {r->opt.from, r->opt.to, r->opt.as_of, r->opt.days, defs, n,
                             share && metric_is_proportion(share) ? share : NULL};
    return compare_spread(db, &q, spread_rule_of, r, &r->spread, err);
}

/* ---- gathering ---------------------------------------------------------------- */

/* The scope's name goes into the workbook's title and every sheet's
 * footer, where a control character (an insurer synced before registers
 * refused them) makes the XML unreadable: each is a space there. */
static void title_one_line(char *name)
{
    for (unsigned char *p = (unsigned char *)name; *p; p++)
        if (*p < 0x20 || *p == 0x7f) *p = ' ';
}

static int load_title(sqlite3 *db, struct report *r, struct eh_error *err)
{
    if (r->opt.kind != REPORT_PRACTICE) {
        r->title_name = xstrdup(r->opt.name);
        title_one_line(r->title_name);
        return EH_OK;
    }
    sqlite3_stmt *st;
    if (db_prepare(db, &st, "SELECT agb || ' ' || name FROM practices WHERE agb = ?1", err)) return EH_IO;
    sqlite3_bind_text(st, 1, r->opt.name, -1, SQLITE_STATIC);
    int rc;
    bool found = db_next(st, &rc, err, "reading the practice");
    r->title_name = xstrdup(found && db_text(st, 0) ? db_text(st, 0) : r->opt.name);
    title_one_line(r->title_name);
    return finish_reading(st, rc);
}

int report_apply_scope(sqlite3 *db, const struct report_options *opt, struct eh_error *err)
{
    struct scope_filter f = {.all_plans = opt->all_plans};
    switch (opt->kind) {
    case REPORT_REGION: f.region = opt->name; break;
    case REPORT_CARE_GROUP: f.care_group = opt->name; break;
    case REPORT_INSURER: f.insurer = opt->name; break;
    case REPORT_PRACTICE: f.practice = opt->name; break;
    }
    return scope_apply(db, &f, err);
}

/* The metrics for each group and period of from .. to (days). Groups are
 * evaluated together, metrics a log kind at a time, so memory stays at
 * one kind's values while the SQL passes over the data once per kind.
 * Periods before the one holding the scope's first record and after the
 * one holding its last are left out: they would be rows of blanks. */
static int report_grid(sqlite3 *db, const struct report *r, const struct rp_group *groups, size_t ngroups,
                const struct metric_def *const *metrics, size_t nmetrics, enum period_kind period, int from,
                int to, struct rp_grid *out, struct eh_error *err);

/* ---- the grids of the Metrics and Trends sheets ----------------------------------- */

/* The whole scope, each care group (when there are several) and within it
 * its practices; a practice workbook: the practice alone. */
static struct rp_group *metric_groups(const struct report *r, size_t *count)
{
    struct rp_group *g = xcalloc(r->npractices + r->ncare_groups + 2, sizeof *g);
    size_t n = 0;
    if (r->opt.kind != REPORT_PRACTICE) g[n++] = (struct rp_group){LEVEL_TOTAL, NULL, 0};
    for (size_t c = 0; c < r->ncare_groups; c++) {
        if (r->opt.kind != REPORT_PRACTICE && r->ncare_groups > 1)
            g[n++] = (struct rp_group){LEVEL_CARE_GROUP, r->care_groups[c], 0};
        for (size_t p = 0; p < r->npractices; p++)
            if (strcmp(r->practices[p].care_group, r->care_groups[c]) == 0)
                g[n++] = (struct rp_group){LEVEL_PRACTICE, NULL, p};
    }
    *count = n;
    return g;
}

static int cmp_volume(const void *a, const void *b)
{
    const long long *x = a, *y = b;     /* {volume, index} pairs, largest first */
    if (x[0] != y[0]) return (y[0] > x[0]) - (y[0] < x[0]);
    return (x[1] > y[1]) - (x[1] < y[1]);
}

/* The whole scope, then the care groups (or, within one care group, the
 * practices) with the most consults: a line per practice would be
 * unreadable at hundreds of practices. */
static struct rp_group *trend_groups(const struct report *r, size_t *count, bool *by_care_group)
{
    struct rp_group *out = xcalloc(1 + TREND_LINES, sizeof *out);
    size_t n = 0;
    *by_care_group = false;
    if (r->opt.kind == REPORT_PRACTICE) {
        for (size_t p = 0; p < r->npractices && n < 1; p++) out[n++] = (struct rp_group){LEVEL_PRACTICE, NULL, p};
        *count = n;
        return out;
    }
    out[n++] = (struct rp_group){LEVEL_TOTAL, NULL, 0};
    *by_care_group = r->ncare_groups > 1;
    size_t m = *by_care_group ? r->ncare_groups : r->npractices;
    long long *rank = xcalloc(2 * m + 2, sizeof *rank);
    for (size_t i = 0; i < m; i++) {
        long long v = 0;
        if (*by_care_group) {
            for (size_t p = 0; p < r->npractices; p++)
                if (strcmp(r->practices[p].care_group, r->care_groups[i]) == 0) v += r->practices[p].consults;
        } else {
            v = r->practices[i].consults;
        }
        rank[2 * i] = v;
        rank[2 * i + 1] = (long long)i;
    }
    qsort(rank, m, 2 * sizeof *rank, cmp_volume);
    for (size_t i = 0; i < m && n < 1 + TREND_LINES; i++) {
        size_t k = (size_t)rank[2 * i + 1];
        if (*by_care_group) out[n++] = (struct rp_group){LEVEL_CARE_GROUP, r->care_groups[k], 0};
        else if (rank[2 * i] > 0) out[n++] = (struct rp_group){LEVEL_PRACTICE, NULL, k};
    }
    free(rank);
    *count = n;
    return out;
}

static int gather_monthly(sqlite3 *db, struct report *r, struct eh_error *err)
{
    struct rp_metric_table *m = &r->monthly;
    m->ndefs = report_metrics(r, m->defs, RP_MAX_METRICS);
    m->groups = metric_groups(r, &m->ngroups);
    return report_grid(db, r, m->groups, m->ngroups, m->defs, m->ndefs, PERIOD_MONTH, r->opt.from, r->opt.to,
                       &m->grid, err);
}

static int gather_weekly(sqlite3 *db, struct report *r, struct eh_error *err)
{
    struct rp_metric_table *w = &r->weekly;
    w->groups = trend_groups(r, &w->ngroups, &r->trends_by_care_group);
    const struct metric_def *share = metric_find(r->cat, "econsult_share"), *calls = metric_find(r->cat, "calls_per_day");
    if (share) w->defs[w->ndefs++] = share;
    if (calls) w->defs[w->ndefs++] = calls;
    /* Whole ISO weeks only: a weekend alone at either end would show as a
     * dip that is no trend. */
    int first_day = r->opt.from + (8 - weekday(r->opt.from)) % 7, last_day = r->opt.to - weekday(r->opt.to) % 7;
    if (first_day > last_day) {
        first_day = r->opt.from;
        last_day = r->opt.to;
    }
    return report_grid(db, r, w->groups, w->ngroups, w->defs, w->ndefs, PERIOD_WEEK, first_day, last_day, &w->grid,
                       err);
}

/* ---- two connections at once ------------------------------------------------------ */

/* The parts gathered after the register and the plans, in the order a
 * single connection gathers them: when both threads fail, the error shown
 * is the one of the earliest part, as it would be without the second. */
enum gather_part { PART_GOALS = 1, PART_COVERAGE, PART_IMPORTS, PART_PEERS, PART_MONTHLY, PART_WEEKLY };

/* What the second connection gathers: the goals and the weekly trends
 * (about half of the work of a workbook over many practices). It
 * writes only those members of the report; the first thread writes the
 * others, and both only read the register, the plans and the options. */
struct side_gather {
    sqlite3 *db;
    struct report *r;
    bool own_scope;             /* db is another connection: the scope's tables are not on it yet */
    int status;
    enum gather_part failed;
    struct eh_error err;
};

static void *gather_side(void *arg)
{
    struct side_gather *s = arg;
    struct report *r = s->r;
    int rc = s->own_scope ? report_apply_scope(s->db, &r->opt, &s->err) : EH_OK;
    s->failed = PART_GOALS;
    if (!rc) rc = goals_eval(s->db, r->cat, r->opt.as_of, r->opt.days, &r->goals, &s->err);
    if (!rc) {
        s->failed = PART_WEEKLY;
        rc = gather_weekly(s->db, r, &s->err);
    }
    s->status = rc;
    return NULL;
}

static int gather(sqlite3 *db, sqlite3 *side_db, struct report *out, struct eh_error *err)
{
    int rc = report_apply_scope(db, &out->opt, err);
    if (!rc) rc = scope_data_span(db, SPAN_SCOPE, &out->data_first, &out->data_last, err);
    if (!rc) rc = load_title(db, out, err);
    if (!rc) rc = load_practices(db, out, err);
    if (!rc) rc = load_plans(db, out, err);
    if (rc) return rc;

    struct side_gather side = {side_db ? side_db : db, out, side_db != NULL, EH_OK, 0, {0}};
    pthread_t thread;
    bool threaded = side_db && pthread_create(&thread, NULL, gather_side, &side) == 0;
    /* Without a second thread the same parts, one after the other; each
     * side runs to its own first error either way, so the error chosen
     * below (and where its message is) does not depend on threads. */
    if (!threaded) gather_side(&side);
    enum gather_part failed = PART_COVERAGE;
    rc = load_coverage(db, out, err);
    if (!rc) {
        failed = PART_IMPORTS;
        rc = load_imports(db, out, err);
    }
    if (!rc) {
        failed = PART_PEERS;
        rc = load_peers(db, out, err);
    }
    if (!rc) {
        failed = PART_MONTHLY;
        rc = gather_monthly(db, out, err);
    }
    if (!rc) rc = find_cuts(db, out, err);
    if (threaded) pthread_join(thread, NULL);
    if (side.status && (!rc || side.failed < failed)) {
        *err = side.err;
        rc = side.status;
    }
    return rc;
}

int report_gather(sqlite3 *db, sqlite3 *side_db, const struct report_options *opt,
                  const struct metric_catalog *cat, struct report *out, struct eh_error *err)
{
    memset(out, 0, sizeof *out);
    out->opt = *opt;
    out->cat = cat;
    out->aggregate = opt->kind != REPORT_PRACTICE && opt->min_cell > 1;
    out->months = month_number(opt->to) - month_number(opt->from) + 1;
    /* Every figure from one state of the database, though an import may
     * commit while the workbook is gathered. */
    int rc = side_db ? db_read_together(db, side_db, NULL, NULL, err)
                     : db_begin_read(db, err);
    if (!rc) rc = gather(db, side_db, out, err);
    if (side_db) rc = db_end_read(side_db, rc, err);
    return db_end_read(db, rc, err);
}

void report_free(struct report *r)
{
    rp_grid_free(&r->monthly.grid);
    free(r->monthly.groups);
    rp_grid_free(&r->weekly.grid);
    free(r->weekly.groups);
    for (size_t i = 0; i < r->npractices; i++) {
        struct rp_practice *p = &r->practices[i];
        free(p->agb);
        free(p->name);
        free(p->care_group);
        free(p->region);
    }
    free(r->practices);
    for (size_t i = 0; i < r->ncare_groups; i++) free(r->care_groups[i]);
    free(r->care_groups);
    for (size_t i = 0; i < r->nplans; i++) {
        struct rp_plan *p = &r->plans[i];
        free(p->id);
        free(p->title);
        free(p->agb);
        free(p->practice_name);
        free(p->care_group);
        free(p->region);
        free(p->app_name);
        free(p->vendor);
    }
    free(r->plans);
    goal_results_free(&r->goals);
    if (r->gaps)
        for (size_t i = 0; i < r->npractices; i++) {
            free(r->gaps[i].span);
        }
    free(r->gaps);
    for (size_t i = 0; i < r->nimports; i++) {
        struct rp_import *im = &r->imports[i];
        free(im->file);
        free(im->kind);
        free(im->format);
        free(im->started_at);
        free(im->outcome);
    }
    free(r->imports);
    for (size_t i = 0; i < r->nrejects; i++) {
        struct rp_reject *j = &r->rejects[i];
        free(j->file);
        free(j->kind);
        free(j->field);
        free(j->reason);
    }
    free(r->rejects);
    for (size_t i = 0; i < r->nunmapped; i++) {
        struct rp_unmapped *u = &r->unmapped[i];
        free(u->file);
        free(u->kind);
        free(u->field);
        free(u->value);
    }
    free(r->unmapped);
    for (size_t i = 0; i < r->ncomparisons; i++) comparison_free(&r->comparisons[i]);
    spread_free(&r->spread);
    free(r->title_name);
    memset(r, 0, sizeof *r);
}

/* ---- metric grids ---------------------------------------------------------------- */

static int fill_groups(sqlite3 *db, const struct report *r, const struct rp_group *groups, size_t ngroups,
                       struct eh_error *err)
{
    if (metric_scope_create(db, err)) return EH_IO;
    sqlite3_stmt *st;
    /* One savepoint for the rows, not a journal per row (metric_eval.c). */
    if (db_exec(db, "SAVEPOINT fill_groups", err)) return EH_IO;
    if (db_prepare(db, &st, "INSERT OR IGNORE INTO temp.m_scope(practice_id, grp) VALUES (?1, ?2)", err)) {
        sqlite3_exec(db, "RELEASE fill_groups", NULL, NULL, NULL);
        return EH_IO;
    }
    int rc = SQLITE_DONE;
    /* Keys sort in the order of the groups, so results come back in it. */
    for (size_t g = 0; g < ngroups && rc == SQLITE_DONE; g++) {
        char key[24];
        snprintf(key, sizeof key, "g%09zu", g);
        for (size_t p = 0; p < r->npractices && rc == SQLITE_DONE; p++) {
            const struct rp_group *gr = &groups[g];
            bool in = gr->level == LEVEL_TOTAL ||
                      (gr->level == LEVEL_CARE_GROUP && strcmp(r->practices[p].care_group, gr->care_group) == 0) ||
                      (gr->level == LEVEL_PRACTICE && gr->practice == p);
            if (!in) continue;
            sqlite3_bind_int64(st, 1, r->practices[p].id);
            sqlite3_bind_text(st, 2, key, -1, SQLITE_TRANSIENT);
            rc = sqlite3_step(st);
            sqlite3_reset(st);
        }
    }
    sqlite3_finalize(st);
    int status = rc == SQLITE_DONE ? EH_OK : db_fail(db, err, "grouping practices");
    sqlite3_exec(db, "RELEASE fill_groups", NULL, NULL, NULL);
    return status;
}

static size_t label_index(const struct rp_grid *g, const char *label)
{
    size_t lo = 0, hi = g->nperiods;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(g->labels[mid], label);
        if (c == 0) return mid;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return (size_t)-1;
}

static int report_grid(sqlite3 *db, const struct report *r, const struct rp_group *groups, size_t ngroups,
                const struct metric_def *const *metrics, size_t nmetrics, enum period_kind period, int from,
                int to, struct rp_grid *out, struct eh_error *err)
{
    memset(out, 0, sizeof *out);
    out->ngroups = ngroups;
    out->nmetrics = nmetrics;
    int range_from = from, range_to = to;
    /* From the period of the first record through that of the last: the
     * periods outside would be rows of blanks marked partial. Records all
     * before or all after the range, or none: no rows. */
    if (r->data_first == DATE_NONE || r->data_first > to || r->data_last < from) {
        from = to + 1;
    } else {
        int first_start, first_end, last_start, last_end;
        period_bounds(period, r->data_first, &first_start, &first_end);
        period_bounds(period, r->data_last, &last_start, &last_end);
        if (first_start > from) from = first_start;
        if (last_end < to) to = last_end;
    }
    size_t cap = 0;
    for (int d = from; d <= to; d++) {
        char label[16];
        period_label(period, d, label, sizeof label);
        if (out->nperiods && strcmp(out->labels[out->nperiods - 1], label) == 0) continue;
        if (out->nperiods + 1 > cap) {
            cap = cap ? cap * 2 : 64;
            out->labels = xrealloc(out->labels, cap * sizeof *out->labels);
            out->first = xrealloc(out->first, cap * sizeof *out->first);
            out->partial = xrealloc(out->partial, cap * sizeof *out->partial);
            out->cut = xrealloc(out->cut, cap * sizeof *out->cut);
            out->beyond_data = xrealloc(out->beyond_data, cap * sizeof *out->beyond_data);
        }
        /* Why a period is partial, for the note that explains the mark: a
         * month cut by --from is covered whole by the records, and the
         * note must not send the reader to them. */
        int start, end;
        period_bounds(period, d, &start, &end);
        int lo = start > range_from ? start : range_from, hi = end < range_to ? end : range_to;
        snprintf(out->labels[out->nperiods], sizeof out->labels[0], "%s", label);
        out->partial[out->nperiods] = false;
        out->cut[out->nperiods] = start < range_from || end > range_to;
        out->beyond_data[out->nperiods] = lo < r->data_first || hi > r->data_last;
        out->first[out->nperiods++] = d;
    }
    out->cells = xcalloc(ngroups * out->nperiods * nmetrics + 1, sizeof *out->cells);
    if (!ngroups || !nmetrics || !out->nperiods) return EH_OK;
    int rc = fill_groups(db, r, groups, ngroups, err);
    const struct metric_def **batch = xcalloc(nmetrics, sizeof *batch);
    size_t *where = xcalloc(nmetrics, sizeof *where);
    for (int kind = 0; kind < KIND_COUNT && !rc; kind++) {
        size_t n = 0;
        for (size_t i = 0; i < nmetrics; i++)
            if ((int)metrics[i]->kind == kind) {
                where[n] = i;
                batch[n++] = metrics[i];
            }
        if (!n) continue;
        struct metric_query q = {BY_CUSTOM, period, from, to, r->opt.as_of, batch, n, NULL, r->opt.days};
        struct metric_result res = {0};
        rc = metric_eval(db, &q, &res, err);
        for (size_t i = 0; i < res.count && !rc; i++) {
            const struct metric_value *v = &res.items[i];
            size_t g, p = label_index(out, v->period), m = 0;
            if (sscanf(v->group, "g%zu", &g) != 1 || g >= ngroups || p == (size_t)-1) continue;
            out->partial[p] = v->partial;
            while (m < n && batch[m] != v->metric) m++;
            if (m == n) continue;
            out->cells[(g * out->nperiods + p) * nmetrics + where[m]] =
                report_cell(r, v->metric, v->has_value, v->value, v->has_numerator, v->numerator,
                            v->has_denominator, v->denominator, v->records);
        }
        metric_result_free(&res);
    }
    free(batch);
    free(where);
    return rc;
}

const struct rp_cell *rp_grid_cell(const struct rp_grid *g, size_t group, size_t period, size_t metric)
{
    return &g->cells[(group * g->nperiods + period) * g->nmetrics + metric];
}

void rp_grid_free(struct rp_grid *g)
{
    free(g->labels);
    free(g->first);
    free(g->partial);
    free(g->cut);
    free(g->beyond_data);
    free(g->cells);
    memset(g, 0, sizeof *g);
}
