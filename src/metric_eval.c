#include "metric_eval.h"

#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "datetime.h"
#include "db.h"
#include "month_sums.h"
#include "record_key.h"
#include "scope.h"
#include "sql_memory.h"
#include "util.h"

bool parse_group_by(const char *s, enum group_by *out)
{
    static const char *const names[] = {"practice", "care_group", "region", "insurer", "all"};
    int i = word_index(s, names, ARRAY_LEN(names));
    if (i >= 0) *out = (enum group_by)i;
    return i >= 0;
}

int count_days(enum day_count kind, int first, int last)
{
    if (last < first) return 0;
    return kind == DAYS_WORKING ? working_days(first, last) : last - first + 1;
}

bool parse_period(const char *s, enum period_kind *out)
{
    static const char *const names[] = {"week", "month", "quarter", "year", "all"};
    for (size_t i = 0; i < ARRAY_LEN(names); i++)
        if (strcmp(s, names[i]) == 0) {
            *out = (enum period_kind)i;
            return true;
        }
    return false;
}

bool parse_day_count(const char *s, enum day_count *out)
{
    if (strcmp(s, "calendar") == 0) *out = DAYS_CALENDAR;
    else if (strcmp(s, "working") == 0) *out = DAYS_WORKING;
    else return false;
    return true;
}

void period_label(enum period_kind p, int day, char *out, size_t size)
{
    int y, m, d, wy, w;
    civil_from_days(day, &y, &m, &d);
    switch (p) {
    case PERIOD_WEEK:
        iso_week(day, &wy, &w);
        snprintf(out, size, "%04d-W%02d", wy, w);
        break;
    case PERIOD_MONTH: snprintf(out, size, "%04d-%02d", y, m); break;
    case PERIOD_QUARTER: snprintf(out, size, "%04d-Q%d", y, (m - 1) / 3 + 1); break;
    case PERIOD_YEAR: snprintf(out, size, "%04d", y); break;
    case PERIOD_ALL: snprintf(out, size, "all"); break;
    }
}

void period_bounds(enum period_kind p, int day, int *first, int *last)
{
    int y, m, d;
    civil_from_days(day, &y, &m, &d);
    switch (p) {
    case PERIOD_WEEK:
        *first = day - (weekday(day) - 1);
        *last = *first + 6;
        break;
    case PERIOD_MONTH:
        *first = days_from_civil(y, m, 1);
        *last = (m == 12 ? days_from_civil(y + 1, 1, 1) : days_from_civil(y, m + 1, 1)) - 1;
        break;
    case PERIOD_QUARTER: {
        int qm = (m - 1) / 3 * 3 + 1;
        *first = days_from_civil(y, qm, 1);
        *last = (qm == 10 ? days_from_civil(y + 1, 1, 1) : days_from_civil(y, qm + 3, 1)) - 1;
        break;
    }
    case PERIOD_YEAR:
        *first = days_from_civil(y, 1, 1);
        *last = days_from_civil(y + 1, 1, 1) - 1;
        break;
    case PERIOD_ALL:
        *first = day;
        *last = day;
        break;
    }
}

/* ---- the evaluation context --------------------------------------------------- */

struct period {
    char label[16];
    int first, last;            /* calendar days, clipped to an explicit range */
    bool partial;               /* not wholly inside the range and the data */
};

struct raw {
    bool seen;                  /* a row of the metric's SQL gave it */
    bool has_num, has_den, has_value;
    double num, den, value;
    long long n;
};

struct coverage {
    long long records;
    int first, last;
};

struct eval {
    sqlite3 *db;
    const struct metric_query *q;
    struct eh_error *err;
    char **groups;
    size_t ngroups;
    struct period *periods;
    size_t nperiods, cap_periods;
    struct coverage *cov[KIND_COUNT];   /* [cell_index(group, period)] */
    bool period_sums[KIND_COUNT];       /* its m_*_periods table is created */
    uint64_t sum_columns[KIND_COUNT];   /* of MONTH_SUMS[kind].cols, those filled */
    sqlite3_stmt *cov_st[KIND_COUNT];   /* prepare_coverage's, until read */
    int from, to;
    int data_first, data_last;          /* records in scope; DATE_NONE: none */
};

/* What a metric's SQL may do while it is prepared: read, and read only
 * the tables its file lists under `reads` (a view's own reads are the
 * view's). */
struct sql_guard {
    const struct metric_def *metric;
    char undeclared[64];        /* the table it read without listing it */
    uint64_t *sum_columns;      /* [kind]: marks the period sums' columns read */
};

static void mark_sum_column(uint64_t *sum_columns, const char *table, const char *column);

static int read_only(void *ud, int action, const char *a, const char *b, const char *c, const char *d)
{
    struct sql_guard *g = ud;
    (void)b;
    (void)c;
    switch (action) {
    case SQLITE_READ:
        if (!d && a && !metric_reads(g->metric, a)) {
            snprintf(g->undeclared, sizeof g->undeclared, "%s", a);
            return SQLITE_DENY;
        }
        if (g->sum_columns && a && b) mark_sum_column(g->sum_columns, a, b);
        return SQLITE_OK;
    case SQLITE_SELECT:
    case SQLITE_FUNCTION:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    default:
        return SQLITE_DENY;
    }
}

int metric_scope_create(sqlite3 *db, struct eh_error *err)
{
    return db_exec(db, "DROP TABLE IF EXISTS temp.m_scope;"
                       "CREATE TEMP TABLE m_scope(practice_id INTEGER NOT NULL, grp TEXT NOT NULL,"
                       " PRIMARY KEY (practice_id, grp)) WITHOUT ROWID;", err);
}

static int build_scope(struct eval *e)
{
    static const char *const by_sql[] = {
        "INSERT INTO temp.m_scope SELECT p.id, p.agb FROM practices p "
        "JOIN temp.scope_practices s ON s.practice_id = p.id",
        "INSERT INTO temp.m_scope SELECT p.id, p.care_group FROM practices p "
        "JOIN temp.scope_practices s ON s.practice_id = p.id",
        "INSERT INTO temp.m_scope SELECT p.id, p.region FROM practices p "
        "JOIN temp.scope_practices s ON s.practice_id = p.id",
        "INSERT INTO temp.m_scope SELECT i.practice_id, i.insurer FROM practice_insurers i "
        "JOIN temp.scope_practices s ON s.practice_id = i.practice_id WHERE ?1 IS NULL OR i.insurer = ?1",
        "INSERT INTO temp.m_scope SELECT s.practice_id, 'all' FROM temp.scope_practices s",
    };
    if (e->q->by == BY_CUSTOM) return EH_OK;
    if (metric_scope_create(e->db, e->err)) return EH_IO;
    sqlite3_stmt *st;
    if (db_prepare(e->db, &st, by_sql[e->q->by], e->err)) return EH_IO;
    /* Asked about one insurer, group by insurer shows that insurer only. */
    if (e->q->by == BY_INSURER) db_bind_text(st, 1, e->q->insurer);
    int rc = db_step_done(st, e->err, "grouping practices");
    sqlite3_finalize(st);
    return rc;
}

/* What metric SQL may read besides the tables: m_consults, the consults of
 * the practices in scope. For a few practices of many it reads their key
 * ranges (record_key.h); for most of them one scan is cheaper than two
 * ranges per practice. Statistics on m_scope let SQLite start from the
 * practices in scope. */
static int prepare_views(struct eval *e)
{
    long long in_scope, all;
    if (db_int(e->db, "SELECT count(DISTINCT practice_id) FROM temp.m_scope", 0, &in_scope, e->err) ||
        db_int(e->db, "SELECT count(*) FROM practices", 0, &all, e->err))
        return EH_IO;
    bool few = in_scope * 4 < all;
    /* The practices and the groups in scope once each, in order, and the
     * practices of a group: SQL that loops over them in that order gets
     * its rows grouped as GROUP BY wants them, with nothing to sort. */
    if (db_exec(e->db, "DROP TABLE IF EXISTS temp.m_practices;"
                       "CREATE TEMP TABLE m_practices(practice_id INTEGER PRIMARY KEY);"
                       "INSERT INTO temp.m_practices SELECT DISTINCT practice_id FROM temp.m_scope;"
                       "DROP TABLE IF EXISTS temp.m_groups;"
                       "CREATE TEMP TABLE m_groups(grp TEXT PRIMARY KEY) WITHOUT ROWID;"
                       "INSERT INTO temp.m_groups SELECT DISTINCT grp FROM temp.m_scope;"
                       "CREATE INDEX IF NOT EXISTS temp.m_scope_grp ON m_scope(grp, practice_id);", e->err))
        return EH_IO;
    char *ranges = record_key_in_practice_sql("c.key", "sp.practice_id");
    char *sql = few ? xasprintf("DROP VIEW IF EXISTS temp.m_consults;"
                                "CREATE TEMP VIEW m_consults AS "
                                "SELECT c.* FROM (SELECT DISTINCT practice_id FROM temp.m_scope) AS sp "
                                "JOIN main.consults AS c ON %s;"
                                "ANALYZE temp.m_scope;",
                                ranges)
                    : xstrdup("DROP VIEW IF EXISTS temp.m_consults;"
                              "CREATE TEMP VIEW m_consults AS "
                              "SELECT * FROM main.consults "
                              "WHERE practice_id IN (SELECT practice_id FROM temp.m_scope);"
                              "ANALYZE temp.m_scope;");
    int rc = db_exec(e->db, sql, e->err);
    free(ranges);
    free(sql);
    return rc;
}

static int load_groups(struct eval *e)
{
    sqlite3_stmt *st;
    size_t cap = 0;
    if (db_prepare(e->db, &st, "SELECT DISTINCT grp FROM temp.m_scope ORDER BY grp", e->err)) return EH_IO;
    int rc;
    while (db_next(st, &rc, e->err, "reading the groups")) {
        GROW(e->groups, cap, e->ngroups + 1);
        e->groups[e->ngroups++] = xstrdup(db_text(st, 0));
    }
    sqlite3_finalize(st);
    return rc;
}

/* Partly covered: calendar days of the period outside the range or
 * outside the span of the data. The days a practice is closed (weekends,
 * public holidays) next to the span are in it: a year's logs begin on 2
 * January, New Year's Day has no records, and January is whole. */
static bool is_partial(const struct eval *e, int first, int last)
{
    if (e->data_first == DATE_NONE) return true;
    int data_first = e->data_first, data_last = e->data_last;
    while (data_first > first && !is_working_day(data_first - 1)) data_first--;
    while (data_last < last && !is_working_day(data_last + 1)) data_last++;
    int lo = data_first > e->from ? data_first : e->from;
    int hi = data_last < e->to ? data_last : e->to;
    return first < lo || last > hi;
}

static const struct metric_window *window_of(const struct metric_query *q, const char *group)
{
    size_t lo = 0, hi = q->nwindows;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(q->windows[mid].group, group);
        if (c == 0) return &q->windows[mid];
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

static int build_days(struct eval *e)
{
    const struct metric_query *q = e->q;
    if (db_exec(e->db, "DROP TABLE IF EXISTS temp.m_days;"
                       "CREATE TEMP TABLE m_days(day TEXT PRIMARY KEY, period TEXT NOT NULL, working INTEGER NOT NULL)"
                       " WITHOUT ROWID;"
                       "DROP TABLE IF EXISTS temp.m_periods;"
                       "CREATE TEMP TABLE m_periods(period TEXT PRIMARY KEY, first_day TEXT NOT NULL,"
                       " last_day TEXT NOT NULL, days INTEGER NOT NULL, calendar_days INTEGER NOT NULL,"
                       " working_days INTEGER NOT NULL, partial INTEGER NOT NULL) WITHOUT ROWID;", e->err))
        return EH_IO;
    sqlite3_stmt *st;
    if (db_prepare(e->db, &st, "INSERT INTO temp.m_days(day, period, working) VALUES (?1, ?2, ?3)", e->err))
        return EH_IO;
    int rc = EH_OK;
    /* Windows: a period per group, over its window; no days, which a
     * window's metric does not read. */
    for (size_t g = 0; q->windows && g < e->ngroups && !rc; g++) {
        const struct metric_window *w = window_of(q, e->groups[g]);
        if (!w || strlen(e->groups[g]) >= sizeof e->periods[0].label) {
            rc = eh_fail(e->err, EH_INVALID, NULL, 0, 0, "metric window: group '%s' has %s", e->groups[g],
                         w ? "a name longer than 15 bytes" : "no window");
            break;
        }
        GROW(e->periods, e->cap_periods, e->nperiods + 1);
        struct period *p = &e->periods[e->nperiods++];
        snprintf(p->label, sizeof p->label, "%s", e->groups[g]);
        p->first = w->from;
        p->last = w->to;
        p->partial = is_partial(e, p->first, p->last);
    }
    for (int d = e->from; d <= e->to && !rc && !q->windows; d++) {
        char day[11], label[16];
        format_date(d, day);
        period_label(q->period, d, label, sizeof label);
        if (!e->nperiods || strcmp(e->periods[e->nperiods - 1].label, label) != 0) {
            GROW(e->periods, e->cap_periods, e->nperiods + 1);
            struct period *p = &e->periods[e->nperiods++];
            snprintf(p->label, sizeof p->label, "%s", label);
            period_bounds(q->period, d, &p->first, &p->last);
            if (q->period == PERIOD_ALL) {
                p->first = e->from;
                p->last = e->to;
            }
            p->partial = is_partial(e, p->first, p->last);
            /* Calendar days, clipped to the range the user gave. */
            if (q->from != DATE_NONE && p->first < q->from) p->first = q->from;
            if (q->to != DATE_NONE && p->last > q->to) p->last = q->to;
        }
        sqlite3_bind_text(st, 1, day, 10, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, label, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(st, 3, is_working_day(d));
        rc = db_step_done(st, e->err, "listing days");
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    if (rc || db_prepare(e->db, &st, "INSERT INTO temp.m_periods VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", e->err))
        return rc ? rc : EH_IO;
    for (size_t i = 0; i < e->nperiods && !rc; i++) {
        const struct period *p = &e->periods[i];
        sqlite3_bind_text(st, 1, p->label, -1, SQLITE_STATIC);
        db_bind_date(st, 2, p->first);
        db_bind_date(st, 3, p->last);
        sqlite3_bind_int(st, 4, count_days(q->days, p->first, p->last));
        sqlite3_bind_int(st, 5, count_days(DAYS_CALENDAR, p->first, p->last));
        sqlite3_bind_int(st, 6, count_days(DAYS_WORKING, p->first, p->last));
        sqlite3_bind_int(st, 7, p->partial);
        if (sqlite3_step(st) != SQLITE_DONE) rc = db_fail(e->db, e->err, "listing periods");
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    return rc;
}

static int build_terms(struct eval *e)
{
    /* Retired plans count only for a practice without an active one: a
     * plan renamed and then given a new term must not keep the old id's
     * term. */
    if (db_exec(e->db, "DROP TABLE IF EXISTS temp.m_terms;"
                       "CREATE TEMP TABLE m_terms(practice_id INTEGER PRIMARY KEY, hours INTEGER NOT NULL);"
                       "INSERT INTO temp.m_terms "
                       "SELECT s.practice_id, " PRACTICE_TERM_SQL("s.practice_id") " "
                       "FROM (SELECT DISTINCT practice_id FROM temp.m_scope) s;", e->err))
        return EH_IO;
    return EH_OK;
}

static size_t group_index(const struct eval *e, const char *g)
{
    return sorted_index(e->groups, e->ngroups, g);
}

/* Where the figures of group g in period p are kept: with windows only a
 * group's own period (the one of the same index) has any. */
static size_t cell_index(const struct eval *e, size_t g, size_t p)
{
    if (e->q->windows) return g == p ? g : (size_t)-1;
    return g * e->nperiods + p;
}

static size_t cell_count(const struct eval *e)
{
    return e->q->windows ? e->ngroups : e->ngroups * e->nperiods;
}

static size_t period_index(const struct eval *e, const char *label)
{
    /* Labels sort as their periods do. */
    size_t lo = 0, hi = e->nperiods;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(e->periods[mid].label, label);
        if (c == 0) return mid;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return (size_t)-1;
}

/* The day tables summed per practice in scope and period, once per
 * evaluation: metric SQL then adds up a few rows per practice and period
 * for each group, instead of every day once per group the practice is in
 * (a report's groups hold each practice three times). They are dropped
 * when an evaluation starts, so SQL can never read the sums of an earlier
 * scope or period. Whole months of the range come from the month tables
 * (month_sums.h), the days around them from the day tables; the sums are
 * added up here, a practice at a time, each read a range of a table's
 * key. */
static const struct period_sums {
    const char *table;
    bool days;                  /* a column counting the days with records */
} PERIOD_SUMS[KIND_COUNT] = {
    [KIND_CONSULTS] = {"m_consult_periods", true},
    [KIND_MESSAGES] = {"m_message_periods", false},
    [KIND_CALLS] = {"m_call_periods", true},
};

/* SQLite names every column a statement reads while preparing it: of the
 * period sums, only those are filled, the others hold 0. A week's sums
 * come from seven day rows per practice, and reading a row's sixteen
 * columns costs seven times reading two (a weekly trend of one metric). */
static void mark_sum_column(uint64_t *sum_columns, const char *table, const char *column)
{
    for (int k = 0; k < KIND_COUNT; k++) {
        if (!PERIOD_SUMS[k].table || strcmp(PERIOD_SUMS[k].table, table) != 0) continue;
        const struct month_sums_def *d = &MONTH_SUMS[k];
        for (size_t c = 0; c < d->ncols; c++)
            if (strcmp(d->cols[c], column) == 0) sum_columns[k] |= UINT64_C(1) << c;
    }
}

static int drop_period_sums(struct eval *e)
{
    return db_exec(e->db, "DROP TABLE IF EXISTS temp.m_consult_periods;"
                          "DROP TABLE IF EXISTS temp.m_message_periods;"
                          "DROP TABLE IF EXISTS temp.m_call_periods;", e->err);
}

struct period_acc {
    int first, last;            /* days with records; DATE_NONE: none */
    long long days;
    long long *sums;
};

struct period_build {
    struct eval *e;
    const struct period_sums *p;
    const struct month_sums_def *d;
    sqlite3_stmt *months, *days, *ins;
    int from, to;               /* the days summed */
    size_t first_period, nperiods;  /* the periods of e->periods they fall in */
    size_t *period_of;          /* [day - from]: 0 .. nperiods - 1 */
    size_t read[64], nread;     /* the columns filled, in the order selected */
    struct period_acc *acc;     /* [period] of the practice at hand */
};

/* Adds the rows of st (first day, last day, days, sums...) from column
 * 0 on; the day-table rows give their day twice and one day. */
static int add_rows(struct period_build *b, sqlite3_stmt *st, bool month_rows)
{
    struct eval *e = b->e;
    int rc;
    while (db_next(st, &rc, e->err, "summing the logs per practice and period")) {
        int first, last;
        if (!parse_date(db_text(st, 0), 10, &first) || first < b->from || first > b->to) continue;
        last = first;
        if (month_rows && !parse_date(db_text(st, 1), 10, &last)) continue;
        struct period_acc *a = &b->acc[b->period_of[first - b->from]];
        if (a->first == DATE_NONE || first < a->first) a->first = first;
        if (a->last == DATE_NONE || last > a->last) a->last = last;
        int col = month_rows ? 3 : 1;
        a->days += month_rows ? sqlite3_column_int64(st, 2) : 1;
        for (size_t c = 0; c < b->nread; c++) a->sums[b->read[c]] += sqlite3_column_int64(st, col + (int)c);
    }
    sqlite3_reset(st);
    return rc;
}

/* Writes and empties the sums of one practice. */
static int flush_practice(struct period_build *b, long long practice)
{
    struct eval *e = b->e;
    int rc = EH_OK;
    for (size_t i = 0; i < b->nperiods && !rc; i++) {
        struct period_acc *a = &b->acc[i];
        if (a->first == DATE_NONE) continue;
        int col = 1;
        sqlite3_bind_int64(b->ins, col++, practice);
        sqlite3_bind_text(b->ins, col++, e->periods[b->first_period + i].label, -1, SQLITE_STATIC);
        db_bind_date(b->ins, col++, a->first);
        db_bind_date(b->ins, col++, a->last);
        if (b->p->days) sqlite3_bind_int64(b->ins, col++, a->days);
        for (size_t c = 0; c < b->d->ncols; c++) sqlite3_bind_int64(b->ins, col++, a->sums[c]);
        rc = db_step_done(b->ins, e->err, "summing the logs per practice and period");
        sqlite3_reset(b->ins);
        a->first = a->last = DATE_NONE;
        a->days = 0;
        memset(a->sums, 0, b->d->ncols * sizeof *a->sums);
    }
    return rc;
}

/* ?1 the practice, ?2 ?3 the first and last day (or month). */
static int bind_range(sqlite3_stmt *st, long long practice, int first, int last, bool months)
{
    sqlite3_bind_int64(st, 1, practice);
    (months ? db_bind_month : db_bind_date)(st, 2, first);
    (months ? db_bind_month : db_bind_date)(st, 3, last);
    return EH_OK;
}

static int sum_practice(struct period_build *b, long long practice, int month_first, int month_last)
{
    int rc = EH_OK;
    if (month_first <= month_last) {
        bind_range(b->months, practice, month_first, month_last, true);
        rc = add_rows(b, b->months, true);
        /* The days before the first whole month and after the last. */
        if (!rc && b->from < month_first && !bind_range(b->days, practice, b->from, month_first - 1, false))
            rc = add_rows(b, b->days, false);
        if (!rc && month_last < b->to && !bind_range(b->days, practice, month_last + 1, b->to, false))
            rc = add_rows(b, b->days, false);
    } else if (!bind_range(b->days, practice, b->from, b->to, false)) {
        rc = add_rows(b, b->days, false);
    }
    return rc ? rc : flush_practice(b, practice);
}

/* Creates the (empty) period sums table of kind, once per evaluation. */
static int create_period_sums(struct eval *e, enum log_kind kind)
{
    const struct period_sums *p = &PERIOD_SUMS[kind];
    if (!p->table || e->period_sums[kind]) return EH_OK;
    const struct month_sums_def *d = &MONTH_SUMS[kind];
    struct sbuf create = {0};
    sbuf_addf(&create, "CREATE TEMP TABLE %s(practice_id INTEGER NOT NULL, period TEXT NOT NULL,"
                       " first_day TEXT NOT NULL, last_day TEXT NOT NULL%s", p->table,
              p->days ? ", days INTEGER NOT NULL" : "");
    for (size_t c = 0; c < d->ncols; c++) sbuf_addf(&create, ", %s INTEGER NOT NULL", d->cols[c]);
    sbuf_adds(&create, ", PRIMARY KEY (practice_id, period)) WITHOUT ROWID");
    int rc = db_exec(e->db, create.buf, e->err);
    sbuf_free(&create);
    if (!rc) e->period_sums[kind] = true;
    return rc;
}

/* Fills the period sums of kind: the columns of e->sum_columns[kind]. */
static int fill_period_sums(struct eval *e, enum log_kind kind)
{
    const struct period_sums *p = &PERIOD_SUMS[kind];
    if (!e->period_sums[kind]) return EH_OK;
    struct period_build b = {.e = e, .p = p, .d = &MONTH_SUMS[kind]};
    struct sbuf months = {0}, days = {0}, insert = {0};
    sbuf_adds(&months, "SELECT first_day, last_day, days");
    sbuf_adds(&days, "SELECT day");
    sbuf_addf(&insert, "INSERT INTO temp.%s VALUES (?, ?, ?, ?%s", p->table, p->days ? ", ?" : "");
    for (size_t c = 0; c < b.d->ncols; c++) {
        if (e->sum_columns[kind] & UINT64_C(1) << c) {
            b.read[b.nread++] = c;
            sbuf_addf(&months, ", %s", b.d->cols[c]);
            sbuf_addf(&days, ", %s", b.d->cols[c]);
        }
        sbuf_adds(&insert, ", ?");
    }
    sbuf_addf(&months, " FROM main.%s WHERE practice_id = ?1 AND month BETWEEN ?2 AND ?3", b.d->month_table);
    sbuf_addf(&days, " FROM main.%s WHERE practice_id = ?1 AND day BETWEEN ?2 AND ?3", b.d->day_table);
    sbuf_adds(&insert, ")");
    sqlite3_stmt *practices = NULL;
    int rc = EH_OK;
    if (db_prepare(e->db, &b.months, months.buf, e->err) || db_prepare(e->db, &b.days, days.buf, e->err) ||
        db_prepare(e->db, &b.ins, insert.buf, e->err) ||
        db_prepare(e->db, &practices,
                   e->q->windows ? "SELECT practice_id FROM temp.m_scope WHERE grp = ?1 ORDER BY practice_id"
                                 : "SELECT practice_id FROM temp.m_practices", e->err))
        rc = EH_IO;
    sbuf_free(&months);
    sbuf_free(&days);
    sbuf_free(&insert);
    /* The period of each day of the range (of a window: its one period). */
    int ndays = e->to - e->from + 1;
    b.period_of = xcalloc((size_t)ndays, sizeof *b.period_of);
    for (size_t i = 0, d = 0; d < (size_t)ndays && !e->q->windows; d++) {
        char label[16];
        period_label(e->q->period, e->from + (int)d, label, sizeof label);
        while (i + 1 < e->nperiods && strcmp(e->periods[i].label, label) != 0) i++;
        b.period_of[d] = i;
    }
    b.acc = xcalloc(e->nperiods + 1, sizeof *b.acc);
    long long *sums = xcalloc((e->nperiods + 1) * b.d->ncols, sizeof *sums);
    for (size_t i = 0; i < e->nperiods; i++) {
        b.acc[i].first = b.acc[i].last = DATE_NONE;
        b.acc[i].sums = &sums[i * b.d->ncols];
    }
    int status = EH_OK;
    if (e->q->windows) {
        /* Each group's practices over its window, as that group's period. */
        for (size_t g = 0; g < e->ngroups && !rc && !status; g++) {
            b.from = e->periods[g].first;
            b.to = e->periods[g].last;
            b.first_period = g;
            b.nperiods = 1;
            int month_first = b.to + 1, month_last = b.to;
            month_sums_whole(b.from, b.to, &month_first, &month_last);
            sqlite3_bind_text(practices, 1, e->groups[g], -1, SQLITE_STATIC);
            while (!rc && db_next(practices, &status, e->err, "reading the practices in scope"))
                rc = sum_practice(&b, sqlite3_column_int64(practices, 0), month_first, month_last);
            sqlite3_reset(practices);
        }
    } else {
        b.from = e->from;
        b.to = e->to;
        b.nperiods = e->nperiods;
        /* The whole months of the range; a month lies in one period of any
         * kind but the week. */
        int month_first = e->to + 1, month_last = e->to;
        if (e->q->period != PERIOD_WEEK) month_sums_whole(e->from, e->to, &month_first, &month_last);
        while (!rc && db_next(practices, &status, e->err, "reading the practices in scope"))
            rc = sum_practice(&b, sqlite3_column_int64(practices, 0), month_first, month_last);
    }
    if (!rc) rc = status;
    free(b.period_of);
    free(b.acc);
    free(sums);
    sqlite3_finalize(practices);
    sqlite3_finalize(b.months);
    sqlite3_finalize(b.days);
    sqlite3_finalize(b.ins);
    return rc;
}

/* What SQL of ehtrack's own reads of the period sums. */
static int note_columns(void *ud, int action, const char *a, const char *b, const char *c, const char *d)
{
    (void)c;
    (void)d;
    if (action == SQLITE_READ && a && b) mark_sum_column(ud, a, b);
    return SQLITE_OK;
}

/* Prepares the count of records of kind per group and period; read_coverage
 * reads it once the period sums are filled. */
static int prepare_coverage(struct eval *e, enum log_kind kind)
{
    static const char *const sql[KIND_COUNT] = {
        "SELECT s.grp, c.period, sum(c.n), min(c.first_day), max(c.last_day) FROM temp.m_consult_periods c "
        "JOIN temp.m_scope s ON s.practice_id = c.practice_id GROUP BY s.grp, c.period",
        "SELECT s.grp, c.period, sum(c.n), min(c.first_day), max(c.last_day) FROM temp.m_message_periods c "
        "JOIN temp.m_scope s ON s.practice_id = c.practice_id GROUP BY s.grp, c.period",
        "SELECT s.grp, c.period, sum(c.inbound + c.outbound), min(c.first_day), max(c.last_day) "
        "FROM temp.m_call_periods c JOIN temp.m_scope s ON s.practice_id = c.practice_id "
        "GROUP BY s.grp, c.period",
        "SELECT s.grp, d.period, count(*), min(v.day), max(v.day) FROM survey v "
        "JOIN temp.m_scope s ON s.practice_id = v.practice_id JOIN temp.m_days d ON d.day = v.day "
        "GROUP BY s.grp, d.period",
        "SELECT s.grp, d.period, count(*), min(r.day), max(r.day) FROM registrations r "
        "JOIN temp.m_scope s ON s.practice_id = r.practice_id JOIN temp.m_days d ON d.day = r.day "
        "GROUP BY s.grp, d.period",
    };
    if (e->cov[kind]) return EH_OK;
    e->cov[kind] = xcalloc(cell_count(e) + 1, sizeof(struct coverage));
    sqlite3_set_authorizer(e->db, note_columns, e->sum_columns);
    int rc = db_prepare(e->db, &e->cov_st[kind], sql[kind], e->err);
    sqlite3_set_authorizer(e->db, NULL, NULL);
    return rc;
}

static int read_coverage(struct eval *e, enum log_kind kind)
{
    sqlite3_stmt *st = e->cov_st[kind];
    e->cov_st[kind] = NULL;
    if (!st) return EH_OK;
    int rc;
    while (db_next(st, &rc, e->err, "counting records")) {
        size_t g = group_index(e, db_text(st, 0)), p = period_index(e, db_text(st, 1));
        if (g == (size_t)-1 || p == (size_t)-1 || cell_index(e, g, p) == (size_t)-1) continue;
        struct coverage *c = &e->cov[kind][cell_index(e, g, p)];
        c->records = sqlite3_column_int64(st, 2);
        parse_date(db_text(st, 3), 10, &c->first);
        parse_date(db_text(st, 4), 10, &c->last);
    }
    sqlite3_finalize(st);
    return rc;
}

/* Where in its file a problem in the SQL of a metric is. */
static long sql_line_at(const struct metric_def *m, size_t offset);

static long sql_error_line(const struct metric_def *m, sqlite3 *db)
{
    int offset = sqlite3_error_offset(db);
    return sql_line_at(m, offset > 0 ? (size_t)offset : 0);
}

/* Line in its file of the text at offset in a metric's SQL. */
static long sql_line_at(const struct metric_def *m, size_t offset)
{
    long line = m->sql_line;
    for (size_t i = 0; i < offset && m->sql[i]; i++) line += m->sql[i] == '\n';
    return line;
}

/* A metric file holds one statement: text after it other than blanks and
 * comments is an error, not something silently left out. */
static int one_statement(struct eval *e, const struct metric_def *m, const char *tail)
{
    while (*tail == ';' || isspace((unsigned char)*tail)) tail++;
    if (!*tail) return EH_OK;
    sqlite3_stmt *next = NULL;
    const char *rest = tail;
    struct sql_guard guard = {.metric = m};
    sqlite3_set_authorizer(e->db, read_only, &guard);
    int rc = sqlite3_prepare_v2(e->db, tail, -1, &next, &rest);
    sqlite3_set_authorizer(e->db, NULL, NULL);
    sqlite3_finalize(next);
    if (rc == SQLITE_OK && !next) return EH_OK; /* comments only */
    return eh_fail(e->err, EH_INVALID, m->file, sql_line_at(m, (size_t)(tail - m->sql)), 0,
                   "metric %s: a second SQL statement; a metric file holds exactly one", m->id);
}

static int prepare_metric(struct eval *e, const struct metric_def *m, sqlite3_stmt **st)
{
    struct sql_guard guard = {.metric = m, .sum_columns = e->sum_columns};
    const char *tail = NULL;
    sqlite3_set_authorizer(e->db, read_only, &guard);
    int rc = sqlite3_prepare_v2(e->db, m->sql, -1, st, &tail);
    sqlite3_set_authorizer(e->db, NULL, NULL);
    /* VACUUM (INTO) asks the authorizer nothing; a statement that reads
     * returns rows and says it is read-only. */
    bool writes = rc == SQLITE_OK && *st && (!sqlite3_stmt_readonly(*st) || sqlite3_column_count(*st) == 0);
    if (writes) {
        sqlite3_finalize(*st);
        *st = NULL;
        rc = SQLITE_AUTH;
    }
    if (rc != SQLITE_OK || !*st) {
        const char *msg = rc == SQLITE_OK ? "the SQL is empty" : sqlite3_errmsg(e->db);
        if (rc == SQLITE_AUTH && guard.undeclared[0])
            return eh_fail(e->err, EH_INVALID, m->file, m->sql_line, 0,
                           "metric %s: the SQL reads %s, which `reads` does not list", m->id, guard.undeclared);
        if (rc == SQLITE_AUTH)
            msg = "the SQL may only read (SELECT); it tried to change something";
        /* A damaged database or exhausted memory is no fault of the file. */
        int status = rc == SQLITE_OK || rc == SQLITE_ERROR || rc == SQLITE_AUTH ? EH_INVALID : EH_IO;
        return eh_fail(e->err, status, m->file, writes ? m->sql_line : sql_error_line(m, e->db), 0,
                       "metric %s: %s", m->id, msg);
    }
    if ((rc = one_statement(e, m, tail))) {
        sqlite3_finalize(*st);
        *st = NULL;
        return rc;
    }
    static const char *const known[] = {":from", ":to", ":as_of", ":from_start", ":to_end", ":as_of_utc"};
    for (int i = 1; i <= sqlite3_bind_parameter_count(*st); i++) {
        const char *name = sqlite3_bind_parameter_name(*st, i);
        bool ok = false;
        for (size_t k = 0; name && k < ARRAY_LEN(known) && !ok; k++) ok = strcmp(name, known[k]) == 0;
        if (!ok) {
            /* The name belongs to the statement: report before finalizing. */
            eh_fail(e->err, EH_INVALID, m->file, m->sql_line, 0,
                    "metric %s: parameter %s is not one of :from, :to, :as_of, :from_start, :to_end, "
                    ":as_of_utc", m->id, name ? name : "?");
            sqlite3_finalize(*st);
            *st = NULL;
            return EH_INVALID;
        }
    }
    char from[11], to[11], as_of[11];
    format_date(e->from, from);
    format_date(e->to, to);
    format_date(e->q->as_of, as_of);
    int idx;
    if ((idx = sqlite3_bind_parameter_index(*st, ":from"))) sqlite3_bind_text(*st, idx, from, 10, SQLITE_TRANSIENT);
    if ((idx = sqlite3_bind_parameter_index(*st, ":to"))) sqlite3_bind_text(*st, idx, to, 10, SQLITE_TRANSIENT);
    if ((idx = sqlite3_bind_parameter_index(*st, ":as_of"))) sqlite3_bind_text(*st, idx, as_of, 10, SQLITE_TRANSIENT);
    if ((idx = sqlite3_bind_parameter_index(*st, ":from_start"))) sqlite3_bind_int64(*st, idx, (int64_t)e->from * 86400);
    if ((idx = sqlite3_bind_parameter_index(*st, ":to_end"))) sqlite3_bind_int64(*st, idx, ((int64_t)e->to + 1) * 86400);
    if ((idx = sqlite3_bind_parameter_index(*st, ":as_of_utc")))
        sqlite3_bind_int64(*st, idx, ams_to_utc((int64_t)e->q->as_of * 86400));
    return EH_OK;
}

static int find_column(sqlite3_stmt *st, const char *name)
{
    for (int i = 0; i < sqlite3_column_count(st); i++)
        if (strcasecmp(sqlite3_column_name(st, i), name) == 0) return i;
    return -1;
}

/* A metric's SQL runs under a time budget ($EHTRACK_QUERY_TIMEOUT seconds,
 * default 600) and a memory budget, so a runaway recursive query or a
 * giant blob stops with an error instead of holding the machine. */
#define METRIC_HEAP_LIMIT ((sqlite3_int64)512 * 1024 * 1024)

struct budget {
    double deadline;
};

static int past_deadline(void *arg)
{
    return monotonic_seconds() > ((const struct budget *)arg)->deadline;
}

int metric_time_budget(double *seconds, struct eh_error *err)
{
    const char *env = getenv("EHTRACK_QUERY_TIMEOUT");
    *seconds = 600;
    if (!env || !*env) return EH_OK;
    char *end;
    double v = strtod(env, &end);
    if (*end || !(v > 0 && v <= 1e7))
        return eh_fail(err, EH_USAGE, NULL, 0, 0, "$EHTRACK_QUERY_TIMEOUT must be a number of seconds above 0 "
                       "(got '%s')", env);
    *seconds = v;
    return EH_OK;
}

static int step_failed(struct eval *e, const struct metric_def *m, int rc, double seconds)
{
    if (rc == SQLITE_INTERRUPT)
        return eh_fail(e->err, EH_IO, m->file, m->sql_line, 0, "metric %s: its SQL ran longer than the time "
                       "budget of %g s ($EHTRACK_QUERY_TIMEOUT) and was stopped", m->id, seconds);
    if (rc == SQLITE_NOMEM)
        return eh_fail(e->err, EH_IO, m->file, m->sql_line, 0, "metric %s: its SQL needs more than the %lld MB "
                       "a metric may use, and was stopped", m->id, (long long)(METRIC_HEAP_LIMIT >> 20));
    return eh_fail(e->err, EH_IO, m->file, m->sql_line, 0, "metric %s: %s", m->id, sqlite3_errmsg(e->db));
}

/* Whether sql holds a parameter marker (?, :name, @name, $name) outside
 * its string literals, quoted names and comments, read as SQLite's
 * tokenizer reads them. A '$' inside a name counts too: a false yes only
 * costs the batch, a false no would evaluate a parameter unbound. */
static bool sql_takes_parameters(const char *s)
{
    while (*s) {
        if (*s == '\'' || *s == '"' || *s == '`') {
            /* A literal or a quoted name; its quote doubled stands for itself. */
            char quote = *s++;
            while (*s && (*s != quote || s[1] == quote)) s += *s == quote ? 2 : 1;
            if (*s) s++;
        } else if (*s == '[') {
            while (*s && *s != ']') s++;
            if (*s) s++;
        } else if (s[0] == '-' && s[1] == '-') {
            while (*s && *s != '\n') s++;
        } else if (s[0] == '/' && s[1] == '*') {
            s += 2;
            while (*s && !(s[0] == '*' && s[1] == '/')) s++;
            if (*s) s += 2;
        } else if (strchr("?:@$", *s)) {
            return true;
        } else {
            s++;
        }
    }
    return false;
}

bool metric_windowable(const struct metric_def *m)
{
    static const char *const per_window[] = {"m_scope", "m_practices", "m_consult_periods", "m_call_periods",
                                             "m_message_periods", "practices"};
    if (!m->nreads || sql_takes_parameters(m->sql)) return false;
    for (size_t i = 0; i < m->nreads; i++) {
        bool ok = false;
        for (size_t k = 0; k < ARRAY_LEN(per_window) && !ok; k++) ok = strcmp(m->reads[i], per_window[k]) == 0;
        if (!ok) return false;
    }
    return true;
}

static bool not_a_number(sqlite3_stmt *st, int column)
{
    if (column < 0) return false;
    int type = sqlite3_column_type(st, column);
    return type == SQLITE_TEXT || type == SQLITE_BLOB;
}

/* Runs the statement prepare_metric gave, and finalizes it. */
static int run_metric(struct eval *e, const struct metric_def *m, sqlite3_stmt *st, struct raw *raw)
{
    double seconds;
    if (metric_time_budget(&seconds, e->err)) {
        sqlite3_finalize(st);
        return e->err->status;
    }
    int cg = find_column(st, "grp"), cp = find_column(st, "period"), cn = find_column(st, "numerator"),
        cd = find_column(st, "denominator"), cv = find_column(st, "value"), cr = find_column(st, "n");
    if (cg < 0 || cp < 0 || (m->compute == COMPUTE_VALUE ? cv < 0 : cn < 0) ||
        (m->compute == COMPUTE_RATIO && cd < 0)) {
        sqlite3_finalize(st);
        return eh_fail(e->err, EH_INVALID, m->file, m->sql_line, 0,
                       "metric %s: the SQL must return columns grp, period and %s", m->id,
                       m->compute == COMPUTE_VALUE ? "value"
                       : m->compute == COMPUTE_RATIO ? "numerator and denominator (compute: ratio)"
                                                     : "numerator");
    }
    struct budget budget = {monotonic_seconds() + seconds};
    sqlite3_progress_handler(e->db, 10000, past_deadline, &budget);
    sql_memory_budget_begin(METRIC_HEAP_LIMIT);
    int rc;
    while (db_next(st, &rc, e->err, "running a metric")) {
        const char *g = db_text(st, cg), *p = db_text(st, cp);
        if (!g || !p) continue;
        size_t gi = group_index(e, g), pi = period_index(e, p);
        if (gi == (size_t)-1 || pi == (size_t)-1 || cell_index(e, gi, pi) == (size_t)-1) continue;
        struct raw *r = &raw[cell_index(e, gi, pi)];
        /* A second row of a cell, or a figure that is no number, would be
         * a figure no record supports: the last row kept, text read as 0. */
        const char *bad = r->seen ? "two rows for one group and period (one row each: GROUP BY grp, period)"
                          : not_a_number(st, cn) ? "a numerator that is not a number"
                          : not_a_number(st, cd) ? "a denominator that is not a number"
                          : not_a_number(st, cv) ? "a value that is not a number" : NULL;
        if (bad) {
            rc = eh_fail(e->err, EH_INVALID, m->file, m->sql_line, 0, "metric %s: the SQL returned %s, for group "
                         "'%s', period %s", m->id, bad, g, p);
            break;
        }
        r->seen = true;
        if (cn >= 0 && sqlite3_column_type(st, cn) != SQLITE_NULL) {
            r->has_num = true;
            r->num = sqlite3_column_double(st, cn);
        }
        if (cd >= 0 && sqlite3_column_type(st, cd) != SQLITE_NULL) {
            r->has_den = true;
            r->den = sqlite3_column_double(st, cd);
        }
        if (cv >= 0 && sqlite3_column_type(st, cv) != SQLITE_NULL) {
            r->has_value = true;
            r->value = sqlite3_column_double(st, cv);
        }
        if (cr >= 0) r->n = sqlite3_column_int64(st, cr);
    }
    int status = rc == EH_INVALID ? rc : rc ? step_failed(e, m, sqlite3_errcode(e->db) & 0xff, seconds) : EH_OK;
    sqlite3_finalize(st);
    sqlite3_progress_handler(e->db, 0, NULL, NULL);
    sql_memory_budget_end();
    return status;
}

/* Days behind a per-day value of group g in period p, of the query's kind. */
static double period_days(const struct eval *e, const struct metric_def *m, size_t g, size_t p)
{
    const struct period *per = &e->periods[p];
    /* Windows have their own days. */
    if (e->q->period == PERIOD_ALL && !e->q->windows && e->q->from == DATE_NONE && e->q->to == DATE_NONE) {
        const struct coverage *c = &e->cov[m->kind][cell_index(e, g, p)];
        return c->records ? count_days(e->q->days, c->first, c->last) : 0;
    }
    return count_days(e->q->days, per->first, per->last);
}

static void add_value(struct metric_result *out, const struct eval *e, const struct metric_def *m,
                      size_t g, size_t p, const struct raw *r)
{
    GROW(out->items, out->cap, out->count + 1);
    struct metric_value *v = &out->items[out->count++];
    memset(v, 0, sizeof *v);
    v->group = out->names[g];
    v->period = out->names[e->ngroups + p];
    v->first = e->periods[p].first;
    v->metric = m;
    v->partial = e->periods[p].partial;
    const struct coverage *c = &e->cov[m->kind][cell_index(e, g, p)];
    v->records = c->records;
    v->kind_first = c->records ? c->first : DATE_NONE;
    v->kind_last = c->records ? c->last : DATE_NONE;
    double num = r->has_num ? r->num : 0;
    switch (m->compute) {
    case COMPUTE_RATIO:
        v->has_numerator = v->has_denominator = true;
        v->numerator = num;
        v->denominator = r->has_den ? r->den : 0;
        if (v->denominator != 0) {
            v->has_value = true;
            v->value = num / v->denominator * m->scale;
        }
        break;
    case COMPUTE_COUNT:
        if (!c->records) break;
        v->has_numerator = v->has_value = true;
        v->numerator = v->value = num;
        break;
    case COMPUTE_PER_DAY:
    case COMPUTE_PER_WEEK: {
        if (!c->records) break;
        double days = period_days(e, m, g, p);
        /* A week is 7 calendar days or 5 working days. */
        double den = m->compute == COMPUTE_PER_DAY ? days : days / (e->q->days == DAYS_WORKING ? 5.0 : 7.0);
        v->has_numerator = v->has_denominator = true;
        v->numerator = num;
        v->denominator = den;
        if (den > 0) {
            v->has_value = true;
            v->value = num / den;
        }
        break;
    }
    case COMPUTE_VALUE:
        v->has_value = r->has_value;
        v->value = r->value;
        v->has_numerator = r->has_num;
        v->numerator = r->num;
        v->has_denominator = r->has_den;
        v->denominator = r->den;
        if (r->n) v->records = r->n;
        break;
    }
}

/* A metric that failed: with q->broken, one its file got wrong is noted
 * there and left out (EH_OK); otherwise the failure stands. */
static int left_out(const struct metric_query *q, struct eh_error *err)
{
    if (!q->broken || err->status != EH_INVALID) return err->status;
    diag_add(q->broken, DIAG_ERROR, err->file[0] ? err->file : NULL, err->line, err->col, "%s", err->msg);
    memset(err, 0, sizeof *err);
    return EH_OK;
}

int metric_eval(sqlite3 *db, const struct metric_query *q, struct metric_result *out, struct eh_error *err)
{
    memset(out, 0, sizeof *out);
    out->range_from = out->range_to = out->data_first = out->data_last = DATE_NONE;
    struct eval e;
    memset(&e, 0, sizeof e);
    e.db = db;
    e.q = q;
    e.err = err;
    struct raw **raw = xcalloc(q->nmetrics ? q->nmetrics : 1, sizeof *raw);
    sqlite3_stmt **stmts = xcalloc(q->nmetrics ? q->nmetrics : 1, sizeof *stmts);
    /* The temporary tables are filled row by row: one savepoint around
     * the evaluation keeps SQLite from journalling each row's insert on
     * its own (a temporary file written and truncated per row). */
    int rc = db_exec(db, "SAVEPOINT metric_eval", err);
    bool saved = !rc;
    if (!rc) rc = build_scope(&e);
    if (!rc) rc = prepare_views(&e);
    if (!rc) rc = load_groups(&e);
    int lo = DATE_NONE, hi = DATE_NONE;
    if (!rc) rc = scope_data_span(db, SPAN_METRIC_SCOPE, &lo, &hi, err);
    if (rc || !e.ngroups) goto done;
    out->data_first = e.data_first = lo;
    out->data_last = e.data_last = hi;
    e.from = q->from != DATE_NONE ? q->from : lo;
    e.to = q->to != DATE_NONE ? q->to : hi;
    if (q->windows) {
        /* The days of every window; each group's own come from its window. */
        e.from = e.to = DATE_NONE;
        for (size_t i = 0; i < q->nwindows; i++) {
            if (q->windows[i].from > q->windows[i].to) continue;
            if (e.from == DATE_NONE || q->windows[i].from < e.from) e.from = q->windows[i].from;
            if (e.to == DATE_NONE || q->windows[i].to > e.to) e.to = q->windows[i].to;
        }
    }
    if (e.from == DATE_NONE || e.to == DATE_NONE || e.from > e.to) goto done;
    out->range_from = e.from;
    out->range_to = e.to;
    if ((rc = build_days(&e)) || (rc = build_terms(&e)) || (rc = drop_period_sums(&e))) goto done;
    /* The period sums of the metrics' kinds (for their coverage) and of
     * those their files list under `reads` (all for a file that lists
     * none) are created empty; preparing the statements that read them
     * names the columns to fill. No table is created after that, so the
     * statements stay prepared. */
    for (size_t i = 0; i < q->nmetrics && !rc; i++) rc = create_period_sums(&e, q->metrics[i]->kind);
    for (size_t i = 0; i < q->nmetrics && !rc; i++)
        for (int k = 0; k < KIND_COUNT && !rc; k++)
            if (PERIOD_SUMS[k].table && metric_reads(q->metrics[i], PERIOD_SUMS[k].table))
                rc = create_period_sums(&e, (enum log_kind)k);
    for (size_t i = 0; i < q->nmetrics && !rc; i++) rc = prepare_coverage(&e, q->metrics[i]->kind);
    for (size_t i = 0; i < q->nmetrics && !rc; i++)
        if (prepare_metric(&e, q->metrics[i], &stmts[i])) rc = left_out(q, err);
    for (int k = 0; k < KIND_COUNT && !rc; k++) rc = fill_period_sums(&e, (enum log_kind)k);
    for (int k = 0; k < KIND_COUNT && !rc; k++) rc = read_coverage(&e, (enum log_kind)k);
    for (size_t i = 0; i < q->nmetrics && !rc; i++) {
        if (!stmts[i]) continue;
        raw[i] = xcalloc(cell_count(&e) + 1, sizeof **raw);
        if (run_metric(&e, q->metrics[i], stmts[i], raw[i]) && !(rc = left_out(q, err))) {
            free(raw[i]);
            raw[i] = NULL;
        }
        stmts[i] = NULL;
    }
    if (rc) goto done;
    /* Each group's name and period's label once, for all values that
     * name them (a grid of a thousand practices has 170,000 values). */
    out->names = xcalloc(e.ngroups + e.nperiods + 1, sizeof *out->names);
    for (size_t g = 0; g < e.ngroups; g++) {
        out->names[out->nnames++] = e.groups[g];
        e.groups[g] = NULL;
    }
    for (size_t p = 0; p < e.nperiods; p++) out->names[out->nnames++] = xstrdup(e.periods[p].label);
    for (size_t g = 0; g < e.ngroups; g++)
        for (size_t p = 0; p < e.nperiods; p++)
            for (size_t i = 0; i < q->nmetrics && cell_index(&e, g, p) != (size_t)-1; i++)
                if (raw[i]) add_value(out, &e, q->metrics[i], g, p, &raw[i][cell_index(&e, g, p)]);
done:
    for (size_t i = 0; i < q->nmetrics; i++) {
        free(raw[i]);
        sqlite3_finalize(stmts[i]);
    }
    free(raw);
    free(stmts);
    for (int k = 0; k < KIND_COUNT; k++) sqlite3_finalize(e.cov_st[k]);
    for (size_t g = 0; g < e.ngroups; g++) free(e.groups[g]);
    free(e.groups);
    free(e.periods);
    for (int k = 0; k < KIND_COUNT; k++) free(e.cov[k]);
    if (saved) {
        /* Nothing of the main database was written: on failure the
         * temporary tables go back, which no later evaluation reads. */
        if (rc) sqlite3_exec(db, "ROLLBACK TO metric_eval", NULL, NULL, NULL);
        sqlite3_exec(db, "RELEASE metric_eval", NULL, NULL, NULL);
    }
    return rc;
}

void metric_result_free(struct metric_result *r)
{
    for (size_t i = 0; i < r->nnames; i++) free(r->names[i]);
    free(r->names);
    free(r->items);
    memset(r, 0, sizeof *r);
}
