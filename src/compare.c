#include "compare.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "db.h"
#include "util.h"

bool parse_peer_set(const char *s, enum peer_set *out)
{
    static const char *const names[] = {"care-group", "region", "insurer", "all"};
    int i = word_index(s, names, ARRAY_LEN(names));
    if (i >= 0) *out = (enum peer_set)i;
    return i >= 0;
}

void compare_funnel_words(const struct compare_row *r, const char *lang, char *buf, size_t size)
{
    static const char *const where[2][5] = {
        {"within the limits", "above the 95% limit", "above the 99.8% limit", "below the 95% limit",
         "below the 99.8% limit"},
        {"binnen de grenzen", "boven de 95%-grens", "boven de 99,8%-grens", "onder de 95%-grens",
         "onder de 99,8%-grens"},
    };
    static const char *const reading[2][2] = {{"worse", "better"}, {"slechter", "beter"}};
    int nl = lang && strcmp(lang, "nl") == 0;
    bool above = r->funnel == FUNNEL_ABOVE95 || r->funnel == FUNNEL_ABOVE998;
    if (r->funnel == FUNNEL_WITHIN) snprintf(buf, size, "%s", where[nl][r->funnel]);
    else snprintf(buf, size, "%s (%s)", where[nl][r->funnel], reading[nl][above == r->metric->higher_better]);
}

/* ---- values by practice ------------------------------------------------------------ */

/* The engine's values, one row per practice, one column per metric. */
struct by_practice {
    char **agbs;                    /* sorted, as the engine orders its groups */
    size_t n, nmetrics;
    const struct metric_value **cell;   /* [practice][metric], NULL when the engine gave none */
    struct metric_result res;
};

static size_t agb_index(const struct by_practice *b, const char *agb)
{
    return sorted_index(b->agbs, b->n, agb);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Runs the engine over temp.m_scope (BY_CUSTOM, grp = AGB) or, with
 * BY_PRACTICE, over temp.scope_practices, for from..to as one period. */
static int evaluate(sqlite3 *db, enum group_by by, int from, int to, int as_of, enum day_count days,
                    const struct metric_def *const *metrics, size_t nmetrics, struct by_practice *out,
                    struct eh_error *err)
{
    memset(out, 0, sizeof *out);
    out->nmetrics = nmetrics;
    struct metric_query q = {by, PERIOD_ALL, from, to, as_of, metrics, nmetrics, NULL, days};
    int rc = metric_eval(db, &q, &out->res, err);
    if (rc) return rc;
    size_t cap = 0;
    for (size_t i = 0; i < out->res.count; i++) {
        const char *g = out->res.items[i].group;
        if (out->n && strcmp(out->agbs[out->n - 1], g) == 0) continue;
        GROW(out->agbs, cap, out->n + 1);
        out->agbs[out->n++] = out->res.items[i].group;
    }
    /* Already in order (the engine orders by group); sorting costs nothing
     * and the lookups below rely on it. */
    qsort(out->agbs, out->n, sizeof *out->agbs, cmp_str);
    out->cell = xcalloc(out->n * nmetrics + 1, sizeof *out->cell);
    for (size_t i = 0; i < out->res.count; i++) {
        const struct metric_value *v = &out->res.items[i];
        size_t p = agb_index(out, v->group), m = 0;
        while (m < nmetrics && metrics[m] != v->metric) m++;
        if (p != (size_t)-1 && m < nmetrics) out->cell[p * nmetrics + m] = v;
    }
    return EH_OK;
}

static const struct metric_value *value_of(const struct by_practice *b, const char *agb, size_t metric)
{
    size_t p = agb_index(b, agb);
    if (p == (size_t)-1) return NULL;
    const struct metric_value *v = b->cell[p * b->nmetrics + metric];
    return v && v->has_value ? v : NULL;
}

static void by_practice_free(struct by_practice *b)
{
    free(b->agbs);      /* the strings belong to res */
    free(b->cell);
    metric_result_free(&b->res);
    memset(b, 0, sizeof *b);
}

/* Summed numerators over summed denominators of the values given, in the
 * metric's unit; false where a value lacks either or they sum to 0. */
static bool pooled_ratio(const struct metric_def *m, const struct metric_value *const *v, size_t n, double *out)
{
    double num = 0, den = 0;
    for (size_t i = 0; i < n; i++) {
        if (!v[i]->has_numerator || !v[i]->has_denominator) return false;
        num += v[i]->numerator;
        den += v[i]->denominator;
    }
    if (n == 0 || den == 0) return false;
    *out = num / den * (m->compute == COMPUTE_RATIO ? m->scale : 1.0);
    return true;
}

/* ---- a practice against its peers ------------------------------------------------- */

struct peer {
    char *agb;
    unsigned sets;                  /* bit s: in peer set s */
};

struct subject {
    long long id;
    char *agb, *name, *care_group, *region, *insurer;
};

static void subject_free(struct subject *s)
{
    free(s->agb);
    free(s->name);
    free(s->care_group);
    free(s->region);
    free(s->insurer);
}

static char *dup_text(sqlite3_stmt *st, int i)
{
    const char *s = db_text(st, i);
    return s ? xstrdup(s) : NULL;
}

static int load_subject(sqlite3 *db, const char *agb, struct subject *s, struct eh_error *err)
{
    sqlite3_stmt *st;
    if (db_prepare(db, &st,
                   "SELECT p.id, p.agb, p.name, p.care_group, p.region, "
                   "  (SELECT i.insurer FROM practice_insurers i WHERE i.practice_id = p.id "
                   "   ORDER BY i.position LIMIT 1) "
                   "FROM practices p WHERE p.agb = ?1", err))
        return EH_IO;
    sqlite3_bind_text(st, 1, agb, -1, SQLITE_STATIC);
    int rc;
    if (db_next(st, &rc, err, "reading the practice")) {
        s->id = sqlite3_column_int64(st, 0);
        s->agb = dup_text(st, 1);
        s->name = dup_text(st, 2);
        s->care_group = dup_text(st, 3);
        s->region = dup_text(st, 4);
        s->insurer = dup_text(st, 5);
    }
    sqlite3_finalize(st);
    if (rc) return rc;
    if (!s->agb) return eh_fail(err, EH_INVALID, NULL, 0, 0, "no practice '%s' in the database", agb);
    return EH_OK;
}

/* Every other practice with the peer sets it belongs to; temp.m_scope
 * holds the practice and the peers of the sets asked (grp = AGB). */
static int load_peers(sqlite3 *db, const struct subject *s, unsigned asked, struct peer **out, size_t *count,
                      struct eh_error *err)
{
    *out = NULL;
    *count = 0;
    if (metric_scope_create(db, err)) return EH_IO;
    sqlite3_stmt *st, *ins;
    if (db_prepare(db, &st,
                   "SELECT p.id, p.agb, p.care_group = ?2, p.region = ?3, "
                   "  EXISTS (SELECT 1 FROM practice_insurers i WHERE i.practice_id = p.id AND i.insurer = ?4) "
                   "FROM practices p WHERE p.id <> ?1 ORDER BY p.agb", err))
        return EH_IO;
    if (db_prepare(db, &ins, "INSERT INTO temp.m_scope(practice_id, grp) VALUES (?1, ?2)", err)) {
        sqlite3_finalize(st);
        return EH_IO;
    }
    sqlite3_bind_int64(st, 1, s->id);
    db_bind_text(st, 2, s->care_group);
    db_bind_text(st, 3, s->region);
    db_bind_text(st, 4, s->insurer);
    sqlite3_bind_int64(ins, 1, s->id);
    sqlite3_bind_text(ins, 2, s->agb, -1, SQLITE_STATIC);
    int rc = db_step_done(ins, err, "choosing the peers"), read = EH_OK;
    sqlite3_reset(ins);
    size_t cap = 0;
    while (!rc && db_next(st, &read, err, "choosing the peers")) {
        unsigned sets = 1u << PEERS_ALL;
        for (int k = 0; k < 3; k++)
            if (sqlite3_column_int(st, 2 + k)) sets |= 1u << k;
        if (!(sets & asked)) continue;
        GROW(*out, cap, *count + 1);
        struct peer *p = &(*out)[(*count)++];
        p->agb = dup_text(st, 1);
        p->sets = sets;
        sqlite3_bind_int64(ins, 1, sqlite3_column_int64(st, 0));
        sqlite3_bind_text(ins, 2, p->agb, -1, SQLITE_STATIC);
        rc = db_step_done(ins, err, "choosing the peers");
        sqlite3_reset(ins);
    }
    sqlite3_finalize(ins);
    sqlite3_finalize(st);
    return rc ? rc : read;
}

static void compare_metric(const struct by_practice *b, const struct subject *s, const struct peer *peers,
                           size_t npeers, enum peer_set set, size_t metric, const struct metric_def *m,
                           const struct metric_value **scratch, double *values, struct compare_row *row)
{
    memset(row, 0, sizeof *row);
    row->metric = m;
    row->kind_first = row->kind_last = DATE_NONE;
    size_t p = agb_index(b, s->agb);
    const struct metric_value *own = p == (size_t)-1 ? NULL : b->cell[p * b->nmetrics + metric];
    if (own) {
        row->kind_first = own->kind_first;
        row->kind_last = own->kind_last;
        row->has_value = own->has_value;
        row->value = own->value;
        row->has_numerator = own->has_numerator;
        row->numerator = own->numerator;
        row->has_denominator = own->has_denominator;
        row->denominator = own->denominator;
    }
    size_t n = 0;
    for (size_t i = 0; i < npeers; i++) {
        if (!(peers[i].sets & (1u << set))) continue;
        const struct metric_value *v = value_of(b, peers[i].agb, metric);
        if (!v) continue;
        scratch[n] = v;
        values[n++] = v->value;
    }
    row->peers = n;
    if (n < PEER_MIN) return;
    stats_sort(values, n);
    row->has_distribution = true;
    row->p25 = stats_percentile(values, n, 0.25);
    row->median = stats_percentile(values, n, 0.5);
    row->p75 = stats_percentile(values, n, 0.75);
    if (row->has_value) {
        row->has_rank = true;
        row->rank_pct = stats_rank_pct(row->value, values, n, m->higher_better);
    }
    row->has_pooled = pooled_ratio(m, scratch, n, &row->pooled);
    /* A pooled "share" above 1 (more portal accounts than listed patients)
     * has no binomial spread: limits closed on 1 would call a practice at
     * its peers' very figure an outlier. */
    if (row->has_pooled && row->has_value && metric_is_proportion(m) && row->has_denominator &&
        row->denominator > 0 && row->pooled >= 0 && row->pooled <= 1) {
        row->has_funnel = true;
        row->limits = stats_funnel_limits(row->pooled, row->denominator);
        row->funnel = stats_funnel_verdict(&row->limits, row->value);
    }
}

int compare_practice(sqlite3 *db, const struct compare_query *q, const enum peer_set *sets, size_t nsets,
                     struct comparison *out, struct eh_error *err)
{
    memset(out, 0, nsets * sizeof *out);
    struct subject s = {0};
    struct peer *peers = NULL;
    size_t npeers = 0;
    struct by_practice b = {0};
    unsigned asked = 0;
    for (size_t i = 0; i < nsets; i++) asked |= 1u << sets[i];
    int rc = load_subject(db, q->practice, &s, err);
    if (!rc) rc = load_peers(db, &s, asked, &peers, &npeers, err);
    if (!rc) rc = evaluate(db, BY_CUSTOM, q->from, q->to, q->as_of, q->days, q->metrics, q->nmetrics, &b, err);
    const struct metric_value **scratch = xcalloc(npeers + 1, sizeof *scratch);
    double *values = xcalloc(npeers + 1, sizeof *values);
    for (size_t k = 0; k < nsets && !rc; k++) {
        struct comparison *c = &out[k];
        c->set = sets[k];
        const char *name = sets[k] == PEERS_CARE_GROUP ? s.care_group
                           : sets[k] == PEERS_REGION   ? s.region
                           : sets[k] == PEERS_INSURER  ? s.insurer
                                                       : NULL;
        c->set_name = name ? xstrdup(name) : NULL;
        c->practice = xstrdup(s.agb);
        c->practice_name = xstrdup(s.name);
        for (size_t i = 0; i < npeers; i++) c->practices += (peers[i].sets >> sets[k]) & 1u;
        c->rows = xcalloc(q->nmetrics + 1, sizeof *c->rows);
        c->nrows = q->nmetrics;
        for (size_t m = 0; m < q->nmetrics; m++)
            compare_metric(&b, &s, peers, npeers, sets[k], m, q->metrics[m], scratch, values, &c->rows[m]);
    }
    free(scratch);
    free(values);
    by_practice_free(&b);
    for (size_t i = 0; i < npeers; i++) free(peers[i].agb);
    free(peers);
    subject_free(&s);
    return rc;
}

void comparison_free(struct comparison *c)
{
    free(c->set_name);
    free(c->practice);
    free(c->practice_name);
    free(c->rows);
    memset(c, 0, sizeof *c);
}

/* ---- the spread of a scope --------------------------------------------------------- */

static int cmp_point(const void *a, const void *b)
{
    const struct funnel_point *x = a, *y = b;
    if (x->n != y->n) return (x->n > y->n) - (x->n < y->n);
    return strcmp(x->agb, y->agb);
}

static void spread_funnel(const struct by_practice *b, size_t metric, spread_rule rule, const void *ctx,
                          struct spread_funnel *f)
{
    /* The pooled ratio of the whole scope: every practice's records. */
    double num = 0, den = 0;
    for (size_t p = 0; p < b->n; p++) {
        const struct metric_value *v = b->cell[p * b->nmetrics + metric];
        if (!v || !v->has_numerator || !v->has_denominator) continue;
        num += v->numerator;
        den += v->denominator;
    }
    if (den <= 0) return;
    f->has_pooled = true;
    f->pooled = num / den;
    f->points = xcalloc(b->n + 1, sizeof *f->points);
    for (size_t p = 0; p < b->n; p++) {
        const struct metric_value *v = b->cell[p * b->nmetrics + metric];
        if (!v || !v->has_value || !v->has_denominator || v->denominator <= 0) continue;
        if (rule(ctx, v) == SPREAD_LEAVE_OUT) {
            f->left_out++;
            continue;
        }
        struct funnel_point *pt = &f->points[f->npoints++];
        pt->agb = xstrdup(b->agbs[p]);
        pt->value = v->value;
        pt->n = v->denominator;
        struct funnel_limits lim = stats_funnel_limits(f->pooled, pt->n);
        pt->verdict = stats_funnel_verdict(&lim, pt->value);
    }
    if (!f->npoints) return;
    qsort(f->points, f->npoints, sizeof *f->points, cmp_point);
    /* The limits narrow with the square root of n: points spaced evenly
     * on a log scale draw the curve where it bends. */
    double lo = f->points[0].n, hi = f->points[f->npoints - 1].n;
    f->nline = lo < hi ? FUNNEL_LINE_POINTS : 1;
    for (size_t i = 0; i < f->nline; i++) {
        double n = f->nline == 1 ? lo : lo * pow(hi / lo, (double)i / (double)(f->nline - 1));
        if (i + 1 == f->nline) n = hi;
        f->line[i].n = n;
        f->line[i].limits = stats_funnel_limits(f->pooled, n);
    }
}

int compare_spread(sqlite3 *db, const struct spread_query *q, spread_rule rule, const void *rule_ctx,
                   struct spread *out, struct eh_error *err)
{
    memset(out, 0, sizeof *out);
    /* The funnel's metric is evaluated with the others, once. */
    const struct metric_def **metrics = xcalloc(q->nmetrics + 2, sizeof *metrics);
    size_t n = q->nmetrics, funnel = (size_t)-1;
    memcpy(metrics, q->metrics, q->nmetrics * sizeof *metrics);
    for (size_t i = 0; i < n && q->funnel; i++)
        if (metrics[i] == q->funnel) funnel = i;
    if (q->funnel && funnel == (size_t)-1) {
        funnel = n;
        metrics[n++] = q->funnel;
    }
    struct by_practice b;
    int rc = evaluate(db, BY_PRACTICE, q->from, q->to, q->as_of, q->days, metrics, n, &b, err);
    if (!rc) {
        double *values = xcalloc(b.n + 1, sizeof *values);
        out->rows = xcalloc(q->nmetrics + 1, sizeof *out->rows);
        out->nrows = q->nmetrics;
        for (size_t m = 0; m < q->nmetrics; m++) {
            struct spread_row *row = &out->rows[m];
            row->metric = q->metrics[m];
            size_t k = 0;
            for (size_t p = 0; p < b.n; p++) {
                const struct metric_value *v = b.cell[p * n + m];
                if (!v || !v->has_value) continue;
                if (rule(rule_ctx, v) == SPREAD_LEAVE_OUT) row->left_out++;
                else values[k++] = v->value;
            }
            row->practices = k;
            stats_sort(values, k);
            static const double q_of[SPREAD_STATS] = {0, 0.1, 0.25, 0.5, 0.75, 0.9, 1};
            for (int s = 0; s < SPREAD_STATS; s++) row->stat[s] = stats_percentile(values, k, q_of[s]);
        }
        free(values);
        out->funnel.metric = q->funnel;
        if (q->funnel) spread_funnel(&b, funnel, rule, rule_ctx, &out->funnel);
    }
    by_practice_free(&b);
    free(metrics);
    return rc;
}

void spread_free(struct spread *s)
{
    free(s->rows);
    for (size_t i = 0; i < s->funnel.npoints; i++) free(s->funnel.points[i].agb);
    free(s->funnel.points);
    memset(s, 0, sizeof *s);
}
