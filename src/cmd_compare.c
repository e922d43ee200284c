/* compare: a practice against its peers (interface.md 7.5; docs/compare.md) */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "compare.h"
#include "datetime.h"
#include "metric_catalog.h"
#include "scope.h"
#include "util.h"

static const char *const SET_WORDS[] = {
    [PEERS_CARE_GROUP] = "care group", [PEERS_REGION] = "region", [PEERS_INSURER] = "lead insurer",
    [PEERS_ALL] = "all",
};

static void print_table(const struct comparison *c, int from, int to, const struct as_of *as_of, enum day_count days)
{
    static const struct out_col cols[] = {
        {"metric", NULL, COL_TEXT, 0, 40}, {"value", "PRACTICE", COL_NUM, 0, 0}, {"n", "N", COL_NUM, 0, 0},
        {"p25", "P25", COL_NUM, 0, 0}, {"median", NULL, COL_NUM, 0, 0}, {"p75", "P75", COL_NUM, 0, 0},
        {"pooled", NULL, COL_NUM, 0, 0}, {"rank", NULL, COL_TEXT, 0, 0}, {"funnel", NULL, COL_TEXT, 0, 0},
    };
    const char *lang = user_lang();
    struct out_table t;
    out_init(&t, cols, ARRAY_LEN(cols));
    struct sbuf few = {0}, beyond = {0}, part = {0};
    for (size_t i = 0; i < c->nrows; i++) {
        const struct compare_row *r = &c->rows[i];
        const struct metric_def *m = r->metric;
        char buf[128];
        out_text(&t, metric_label(m, lang));
        if (r->has_value) {
            metric_format(m->unit, r->value, false, buf, sizeof buf);
            out_text(&t, buf);
        } else {
            out_null(&t);
        }
        /* The records a share rests on: what its funnel limits depend on. */
        if (m->compute == COMPUTE_RATIO && r->has_denominator) out_figure(&t, r->denominator);
        else out_null(&t);
        const double stats[4] = {r->p25, r->median, r->p75, r->pooled};
        const bool has[4] = {r->has_distribution, r->has_distribution, r->has_distribution, r->has_pooled};
        for (int k = 0; k < 4; k++) {
            if (!has[k]) {
                out_null(&t);
                continue;
            }
            metric_format(m->unit, stats[k], false, buf, sizeof buf);
            out_text(&t, buf);
        }
        if (r->has_rank)
        {
            /* Half up, as every percentage beside it (printf rounds 12.5 to 12). */
            char pct[32];
            format_fixed(pct, sizeof pct, r->rank_pct, 0);
            out_textf(&t, "better than %s%% of %zu practices", pct, r->peers);
        }
        else
            out_null(&t);
        if (r->has_funnel) {
            compare_funnel_words(r, "en", buf, sizeof buf);
            out_text(&t, buf);
        } else {
            out_null(&t);
        }
        if (!r->has_distribution) sbuf_addf(&few, "%s%s (%zu)", few.len ? ", " : "", metric_label(m, lang), r->peers);
        /* A rate per day or week divides by every day of the range: a
         * practice whose records of the kind cover part of it (a phone log
         * that began in April) reads far lower than over its own days.
         * Said from more than two weeks out: not for a weekend or a holiday
         * week at an end. A rate of 0 is 0 over its own days too. */
        if (r->has_value && r->value > 0 && (m->unit == UNIT_PER_DAY || m->unit == UNIT_PER_WEEK) && r->kind_first != DATE_NONE &&
            (r->kind_first - from) + (to - r->kind_last) > 14) {
            char f[11], l[11];
            format_date(r->kind_first, f);
            format_date(r->kind_last, l);
            sbuf_addf(&part, "%s%s (records %s..%s)", part.len ? ", " : "", metric_label(m, lang), f, l);
        }
        if (r->has_pooled && r->pooled > 1 && metric_is_proportion(m))
            sbuf_addf(&beyond, "%s%s", beyond.len ? ", " : "", metric_label(m, lang));
    }
    char a[11], b[11];
    format_date(from, a);
    format_date(to, b);
    if (c->set == PEERS_ALL)
        printf("%s %s against all other practices (%zu), %s..%s\n\n", c->practice, c->practice_name,
               c->practices, a, b);
    else
        printf("%s %s against the other practices of %s %s (%zu), %s..%s\n\n", c->practice, c->practice_name,
               SET_WORDS[c->set], c->set_name ? c->set_name : "?", c->practices, a, b);
    out_print(&t, OUT_TABLE, stdout);
    printf("\n%s days. Funnel limits: the peers' pooled share -/+ 1.96 (95%%) and 3.09 (99.8%%)\n"
           "standard errors at the practice's own N; shares only (docs/compare.md).\n",
           days == DAYS_WORKING ? "Working" : "Calendar");
    print_as_of(as_of, stdout);
    if (few.len)
        printf("No distribution where fewer than %d peers have a value: %s.\n", PEER_MIN, sbuf_str(&few));
    if (beyond.len)
        printf("No funnel limits where the peers' pooled share is above 100%% (portal accounts beyond the list sizes "
               "in the register: are they out of date?): %s.\n", sbuf_str(&beyond));
    if (part.len)
        printf("Per day and per week over every day of %s..%s, where the practice's records cover part of it: %s; "
               "over its own days the rate is higher (ehtrack metrics --period month shows it by month).\n",
               a, b, sbuf_str(&part));
    sbuf_free(&few);
    sbuf_free(&beyond);
    sbuf_free(&part);
    out_free(&t);
}

/* A table of dashes says nothing of why: the practice has no record the
 * metrics count in the range (a --from/--to typed wrong, a default range
 * its records lie before, a practice not imported yet). Said on stderr
 * in every format, with where its records are, if anywhere. */
static int note_no_records(sqlite3 *db, const struct comparison *c, int from, int to, struct eh_error *err)
{
    unsigned kinds = 0;
    for (size_t i = 0; i < c->nrows; i++) {
        if (c->rows[i].kind_first != DATE_NONE) return EH_OK;
        kinds |= 1u << c->rows[i].metric->kind;
    }
    /* Of the kinds these metrics count: a registration in November says
     * nothing of where the consults are. */
    int first = DATE_NONE, last = DATE_NONE;
    if (scope_kinds_span(db, SPAN_SCOPE, kinds, &first, &last, err)) return EH_IO;
    char a[11], b[11], f[11], l[11];
    format_date(from, a);
    format_date(to, b);
    if (first == DATE_NONE) {
        fprintf(stderr, "ehtrack: note: practice %s has no records at all of what these metrics count, so every "
                        "figure of its own is empty; import its logs ('ehtrack import')\n", c->practice);
        return EH_OK;
    }
    format_date(first, f);
    format_date(last, l);
    fprintf(stderr, "ehtrack: note: practice %s has no records in %s..%s of what these metrics count, so every "
                    "figure of its own is empty; its records run %s..%s: choose --from and --to within them\n",
            c->practice, a, b, f, l);
    return EH_OK;
}

static void print_data(const struct comparison *c, enum out_format format)
{
    static const struct out_col cols[] = {
        {"practice", NULL, COL_TEXT, 0, 0}, {"metric", NULL, COL_TEXT, 0, 0}, {"value", NULL, COL_NUM, 0, 0},
        {"numerator", NULL, COL_NUM, 0, 0}, {"denominator", NULL, COL_NUM, 0, 0}, {"peers", NULL, COL_INT, 0, 0},
        {"p25", NULL, COL_NUM, 0, 0}, {"median", NULL, COL_NUM, 0, 0}, {"p75", NULL, COL_NUM, 0, 0},
        {"rank_pct", NULL, COL_NUM, 0, 0}, {"pooled", NULL, COL_NUM, 0, 0}, {"lo95", NULL, COL_NUM, 0, 0},
        {"hi95", NULL, COL_NUM, 0, 0}, {"lo998", NULL, COL_NUM, 0, 0}, {"hi998", NULL, COL_NUM, 0, 0},
        {"funnel", NULL, COL_TEXT, 0, 0},
    };
    struct out_table t;
    out_init(&t, cols, ARRAY_LEN(cols));
    for (size_t i = 0; i < c->nrows; i++) {
        const struct compare_row *r = &c->rows[i];
        out_text(&t, c->practice);
        out_text(&t, r->metric->id);
        out_num(&t, r->has_value ? r->value : NAN);
        out_num(&t, r->has_numerator ? r->numerator : NAN);
        out_num(&t, r->has_denominator ? r->denominator : NAN);
        out_int(&t, (long long)r->peers);
        out_num(&t, r->has_distribution ? r->p25 : NAN);
        out_num(&t, r->has_distribution ? r->median : NAN);
        out_num(&t, r->has_distribution ? r->p75 : NAN);
        out_num(&t, r->has_rank ? r->rank_pct : NAN);
        out_num(&t, r->has_pooled ? r->pooled : NAN);
        out_num(&t, r->has_funnel ? r->limits.lo95 : NAN);
        out_num(&t, r->has_funnel ? r->limits.hi95 : NAN);
        out_num(&t, r->has_funnel ? r->limits.lo998 : NAN);
        out_num(&t, r->has_funnel ? r->limits.hi998 : NAN);
        out_text(&t, r->has_funnel ? stats_funnel_name(r->funnel) : NULL);
    }
    out_print(&t, format, stdout);
    out_free(&t);
}

enum eh_status cmd_compare(struct cmd_ctx *ctx, int argc, char **argv)
{
    enum { OPT_AGAINST = 0x300, OPT_METRIC, OPT_FROM, OPT_TO, OPT_AS_OF, OPT_DAYS };
    static const struct option opts[] = {
        {"practice", required_argument, NULL, OPT_PRACTICE},
        {"against", required_argument, NULL, OPT_AGAINST},
        {"metric", required_argument, NULL, OPT_METRIC},
        {"from", required_argument, NULL, OPT_FROM},
        {"to", required_argument, NULL, OPT_TO},
        {"as-of", required_argument, NULL, OPT_AS_OF},
        {"days", required_argument, NULL, OPT_DAYS},
        SCOPE_ALL_OPTION,
        {NULL, 0, NULL, 0},
    };
    struct compare_query q = {NULL, DATE_NONE, DATE_NONE, DATE_NONE, DAYS_CALENDAR, NULL, 0};
    struct as_of as_of = {DATE_NONE, false, DATE_NONE};
    enum peer_set set = PEERS_ALL;
    char **ids = xcalloc((size_t)argc + 1, sizeof *ids);
    size_t nids = 0;
    int c, index, rc = EH_OK;
    while (!rc && (c = cmd_getopt(ctx, argc, argv, "", opts, &index)) != -1) {
        switch (c) {
        case OPT_PRACTICE: q.practice = optarg; break;
        case OPT_AGAINST:
            if (!parse_peer_set(optarg, &set))
                rc = cmd_usage_error(ctx, "--against must be care-group, region, insurer or all (got '%s')", optarg);
            break;
        case OPT_METRIC: ids[nids++] = optarg; break;
        case OPT_FROM: rc = parse_date_option(ctx, "--from", optarg, &q.from); break;
        case OPT_TO: rc = parse_date_option(ctx, "--to", optarg, &q.to); break;
        case OPT_AS_OF:
            rc = parse_date_option(ctx, "--as-of", optarg, &as_of.day);
            as_of.given = true;
            break;
        case OPT_DAYS:
            if (!parse_day_count(optarg, &q.days))
                rc = cmd_usage_error(ctx, "--days must be calendar or working (got '%s')", optarg);
            break;
        /* interface.md 7.3 gives every reading command --all. No figure
         * here depends on which plans are retired: the response term
         * counts a retired plan by its own rule (docs/metrics.md). */
        case OPT_ALL: break;
        default: rc = EH_USAGE;
        }
    }
    if (!rc && !q.practice) rc = cmd_usage_error(ctx, "--practice AGB is required: the practice to compare");
    if (!rc && q.from != DATE_NONE && q.to != DATE_NONE && q.from > q.to)
        rc = cmd_usage_error(ctx, "--from is after --to");
    struct metric_catalog cat = {0};
    struct diag_list diags = {0};
    const struct metric_def **defs = NULL;
    if (!rc) rc = pick_metrics(ctx, argc, argv, ids, nids, &cat, &diags, &defs, &q.nmetrics);
    q.metrics = defs;
    sqlite3 *db = rc ? NULL : cmd_db(ctx);
    struct scope_filter f = {.practice = q.practice};
    if (!rc && (!db || scope_apply(db, &f, &ctx->err))) rc = ctx->err.status;
    /* The range follows the practice's data, not the calendar (7.4): data
     * that ends in April compares the twelve months before May. */
    if (!rc) rc = resolve_as_of(ctx, db, SPAN_SCOPE, &as_of);
    q.as_of = as_of.day;
    if (!rc) default_range(q.as_of, &q.from, &q.to);
    if (!rc && q.from > q.to) {
        char from[11], to[11];
        format_date(q.from, from);
        format_date(q.to, to);
        rc = cmd_usage_error(ctx, "--from %s is after the range's last day, %s", from, to);
    }
    struct comparison cmp = {0};
    if (!rc) rc = compare_practice(db, &q, &set, 1, &cmp, &ctx->err);
    if (!rc) {
        if (ctx->format == OUT_TABLE) print_table(&cmp, q.from, q.to, &as_of, q.days);
        else print_data(&cmp, ctx->format);
        rc = note_no_records(db, &cmp, q.from, q.to, &ctx->err);
    }
    if (!rc && diags.errors) rc = EH_INVALID;
    comparison_free(&cmp);
    free(defs);
    metric_catalog_free(&cat);
    diag_free(&diags);
    free(ids);
    return rc;
}
