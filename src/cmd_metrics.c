/* metrics: compute SMART adoption metrics */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "datetime.h"
#include "db.h"
#include "metric_catalog.h"
#include "metric_eval.h"
#include "paths.h"
#include "scope.h"
#include "util.h"

const char *user_lang(void)
{
    const char *l = getenv("LC_ALL");
    if (!l || !*l) l = getenv("LC_MESSAGES");
    if (!l || !*l) l = getenv("LANG");
    return l && strncmp(l, "nl", 2) == 0 ? "nl" : "en";
}

int parse_date_option(struct cmd_ctx *ctx, const char *opt, const char *arg, int *out)
{
    if (parse_date(arg, strlen(arg), out)) return EH_OK;
    if (year_out_of_range(arg, strlen(arg)))
        return cmd_usage_error(ctx, "%s must be a date of the years %d to %d (got '%s')", opt, DATE_YEAR_MIN,
                               DATE_YEAR_MAX, arg);
    int month_days = date_past_month_end(arg, strlen(arg));
    if (month_days)
        return cmd_usage_error(ctx, "%s: '%s' is no day of the calendar: that month has %d days", opt, arg,
                               month_days);
    return cmd_usage_error(ctx, "%s must be a date YYYY-MM-DD (got '%s')", opt, arg);
}

void default_range(int as_of, int *from, int *to)
{
    int y, m, d;
    bool have_from = *from != DATE_NONE;
    if (*to == DATE_NONE && have_from) {
        *to = as_of - 1;
    } else if (*to == DATE_NONE) {
        civil_from_days(as_of, &y, &m, &d);
        *to = days_from_civil(y, m, 1) - 1;
    }
    if (!have_from) {
        civil_from_days(*to, &y, &m, &d);
        /* the month after to's, a year earlier */
        *from = m == 12 ? days_from_civil(y, 1, 1) : days_from_civil(y - 1, m + 1, 1);
    }
}

/* A usage error naming the metric ids there are; hint: the closest to
 * what was asked, or NULL. */
static int no_such_metric(struct cmd_ctx *ctx, const struct metric_catalog *cat, const char *asked, bool empty)
{
    struct sbuf known = {0};
    const char **names = xcalloc(cat->count + 1, sizeof *names);
    for (size_t k = 0; k < cat->count; k++) {
        sbuf_addf(&known, "%s%s", k ? ", " : "", cat->defs[k].id);
        names[k] = cat->defs[k].id;
    }
    const char *hint = empty ? NULL : closest_word(asked, names, cat->count);
    if (empty) cmd_usage_error(ctx, "--metric '%s' names no metric (known: %s)", asked, sbuf_str(&known));
    else if (hint) cmd_usage_error(ctx, "no metric '%s'; did you mean '%s'?", asked, hint);
    else cmd_usage_error(ctx, "no metric '%s' (known: %s)", asked, sbuf_str(&known));
    sbuf_free(&known);
    free(names);
    return EH_USAGE;
}

/* Whether a list of ids separated by commas (and blanks) holds an item of
 * blanks only: at either end or between two commas. A list of nothing but
 * commas and blanks is not one: it names nothing, which is said on its
 * own. */
static bool has_empty_item(const char *list)
{
    if (!strchr(list, ',') || strspn(list, ", ") == strlen(list)) return false;
    bool item = false;
    for (const char *c = list;; c++) {
        if (*c == ',' || !*c) {
            if (!item) return true;
            if (!*c) return false;
            item = false;
        } else if (*c != ' ') {
            item = true;
        }
    }
}

/* --metric a,b --metric c: the definitions, in the order given. broken: a
 * metric file had errors (printed), so a metric asked for may be one of
 * its, not a typo. */
static int select_metrics(struct cmd_ctx *ctx, const struct metric_catalog *cat, char **ids, size_t nids,
                          bool broken, const struct metric_def ***out, size_t *count)
{
    *out = xcalloc(cat->count + 1, sizeof **out);
    *count = 0;
    if (cat->count == 0) {
        /* Nothing to compute is a setup fault, not an empty answer (it
         * printed nothing, exit 0: no CSV header, no JSON array). */
        return metric_catalog_empty(&ctx->err);
    }
    if (nids == 0) {
        for (size_t i = 0; i < cat->count; i++) (*out)[(*count)++] = &cat->defs[i];
        return EH_OK;
    }
    int rc = EH_OK;
    for (size_t i = 0; i < nids && !rc; i++) {
        /* An empty item ('econsults,', 'a,,b': "$A,$B" with B unset)
         * would drop a metric asked for without a word. */
        if (has_empty_item(ids[i])) {
            cmd_usage_error(ctx, "--metric '%s' names an empty metric (a comma at an end, or two in a row: a "
                                 "variable left unset?); name each metric", ids[i]);
            rc = EH_USAGE;
            break;
        }
        char *copy = xstrdup(ids[i]), *save = NULL;
        size_t named = 0;
        for (char *id = strtok_r(copy, ", ", &save); id && !rc; id = strtok_r(NULL, ", ", &save), named++) {
            const struct metric_def *m = metric_find(cat, id);
            if (!m && broken) {
                rc = eh_fail(&ctx->err, EH_INVALID, NULL, 0, 0, "no metric '%s' could be read: if it is defined "
                             "in a file with an error above, mend that file", id);
                break;
            }
            if (!m) {
                rc = no_such_metric(ctx, cat, id, false);
                break;
            }
            bool dup = false;
            for (size_t k = 0; k < *count; k++) dup |= (*out)[k] == m;
            if (!dup && *count < cat->count) (*out)[(*count)++] = m;
        }
        /* An empty --metric (a script's unset variable) would otherwise
         * select nothing and succeed with no figures. */
        if (!rc && !named) rc = no_such_metric(ctx, cat, ids[i], true);
        free(copy);
    }
    if (rc) {
        free(*out);
        *out = NULL;
    }
    return rc;
}

int pick_metrics(struct cmd_ctx *ctx, int argc, char **argv, char **ids, size_t nids, struct metric_catalog *cat,
                 struct diag_list *diags, const struct metric_def ***out, size_t *count)
{
    *out = NULL;
    *count = 0;
    /* Ids may also follow --metric as separate words. */
    for (; optind < argc; optind++) {
        const char *word = argv[optind];
        /* A second AGB code after --practice reads as a metric id. */
        bool agb = strlen(word) == 8 && strspn(word, "0123456789") == 8;
        if (!nids || agb)
            return cmd_usage_error(ctx, "unexpected argument '%s'%s", word,
                                   agb ? ": --practice takes one AGB code (for several practices: --care-group, "
                                         "--region or --insurer, or --by practice over them)"
                                       : "");
        ids[nids++] = argv[optind];
    }
    /* A broken metric file is reported and left out; the others run. */
    metric_catalog_load(cat, diags);
    diag_sort(diags);
    diag_print(diags, stderr);
    return select_metrics(ctx, cat, ids, nids, diags->errors > 0, out, count);
}

int parse_days_option(struct cmd_ctx *ctx, const char *arg, int *out)
{
    enum day_count days;
    if (!parse_day_count(arg, &days))
        return cmd_usage_error(ctx, "--days must be calendar or working (got '%s')", arg);
    *out = (int)days;
    return EH_OK;
}

int resolve_as_of(struct cmd_ctx *ctx, sqlite3 *db, int which, struct as_of *a)
{
    int first;
    if (scope_data_span(db, (enum span_practices)which, &first, &a->data_last, &ctx->err)) return EH_IO;
    if (a->given) return EH_OK;
    int now = today();
    a->day = a->data_last != DATE_NONE && a->data_last < now ? a->data_last + 1 : now;
    return EH_OK;
}

void print_as_of(const struct as_of *a, FILE *out)
{
    char day[11], last[11];
    format_date(a->day, day);
    if (a->data_last != DATE_NONE) format_date(a->data_last, last);
    if (a->given)
        fprintf(out, "as of %s: given with --as-of\n", day);
    else if (a->data_last == DATE_NONE)
        fprintf(out, "as of %s: today (no records in scope)\n", day);
    else if (a->day == a->data_last + 1)
        fprintf(out, "as of %s: the day after the last record in scope (%s); --as-of D for another day\n", day,
                last);
    else
        fprintf(out, "as of %s: today (records in scope run to %s)\n", day, last);
}

void warn_stale_data(const struct as_of *a)
{
    int now = today();
    /* No export can have reached a day after today: its days still to
     * come hold no records and would read as days without any. */
    if (a->given && a->day > now) {
        char day[11], today_text[11];
        format_date(a->day, day);
        format_date(now, today_text);
        fprintf(stderr, "ehtrack: --as-of %s is after today (%s): the days still to come hold no records yet, "
                        "and the 28 days before it count them as days without any\n", day, today_text);
        return;
    }
    if (a->data_last == DATE_NONE || now - a->data_last <= 14) return;
    /* An --as-of within the data is a day chosen in the past: newer logs
     * would not change its figures, so the advice to import them does not
     * concern them. */
    if (a->given && a->data_last >= a->day) return;
    char last[11], day[11];
    format_date(a->data_last, last);
    format_date(a->day, day);
    fprintf(stderr, "ehtrack: the data in scope ends on %s, %d days before today: figures are as of %s; "
                    "import newer logs to see where things stand now\n",
            last, now - a->data_last, day);
}

enum eh_status cmd_metrics(struct cmd_ctx *ctx, int argc, char **argv)
{
    enum { OPT_METRIC = 0x300, OPT_PERIOD, OPT_BY, OPT_FROM, OPT_TO, OPT_AS_OF, OPT_DAYS };
    static const struct option opts[] = {
        SCOPE_OPTIONS,
        {"metric", required_argument, NULL, OPT_METRIC},
        {"period", required_argument, NULL, OPT_PERIOD},
        {"by", required_argument, NULL, OPT_BY},
        {"from", required_argument, NULL, OPT_FROM},
        {"to", required_argument, NULL, OPT_TO},
        {"as-of", required_argument, NULL, OPT_AS_OF},
        {"days", required_argument, NULL, OPT_DAYS},
        {NULL, 0, NULL, 0},
    };
    static const struct out_col json_cols[] = {
        {"group", NULL, COL_TEXT, 0, 0}, {"period", NULL, COL_TEXT, 0, 0}, {"metric", NULL, COL_TEXT, 0, 0},
        {"value", NULL, COL_NUM, 0, 0}, {"numerator", NULL, COL_NUM, 0, 0}, {"denominator", NULL, COL_NUM, 0, 0},
        {"partial", NULL, COL_TEXT, 0, 0},
    };
    static const struct out_col table_cols[] = {
        {"group", NULL, COL_TEXT, 0, 24}, {"period", NULL, COL_TEXT, 0, 0}, {"metric", NULL, COL_TEXT, 0, 44},
        {"value", NULL, COL_NUM, 0, 0}, {"numerator", "NUMERATOR", COL_NUM, 0, 0},
        {"denominator", "DENOMINATOR", COL_NUM, 0, 0},
    };
    struct scope_filter f = {0};
    struct metric_query q = {BY_PRACTICE, PERIOD_MONTH, DATE_NONE, DATE_NONE, DATE_NONE, NULL, 0};
    struct as_of as_of = {DATE_NONE, false, DATE_NONE};
    int days = DAYS_CALENDAR;
    char **ids = xcalloc((size_t)argc + 1, sizeof *ids);
    size_t nids = 0;
    int c, index, rc = EH_OK;
    while ((c = cmd_getopt(ctx, argc, argv, "", opts, &index)) != -1) {
        if (scope_option(&f, c, optarg)) continue;
        switch (c) {
        case OPT_METRIC: ids[nids++] = optarg; break;
        case OPT_PERIOD:
            if (!parse_period(optarg, &q.period))
                rc = cmd_usage_error(ctx, "--period must be week, month, quarter, year or all (got '%s')", optarg);
            break;
        case OPT_BY:
            if (!parse_group_by(optarg, &q.by) || q.by == BY_CUSTOM)
                rc = cmd_usage_error(ctx, "--by must be practice, care_group, region, insurer or all (got '%s')", optarg);
            break;
        case OPT_FROM: rc = parse_date_option(ctx, "--from", optarg, &q.from); break;
        case OPT_TO: rc = parse_date_option(ctx, "--to", optarg, &q.to); break;
        case OPT_AS_OF:
            rc = parse_date_option(ctx, "--as-of", optarg, &as_of.day);
            as_of.given = true;
            break;
        case OPT_DAYS: rc = parse_days_option(ctx, optarg, &days); break;
        default: rc = EH_USAGE;
        }
        if (rc) break;
    }
    if (!rc && q.from != DATE_NONE && q.to != DATE_NONE && q.from > q.to)
        rc = cmd_usage_error(ctx, "--from is after --to");
    struct metric_catalog cat = {0};
    struct diag_list diags = {0};
    const struct metric_def **defs = NULL;
    if (!rc) rc = pick_metrics(ctx, argc, argv, ids, nids, &cat, &diags, &defs, &q.nmetrics);
    q.metrics = defs;
    q.insurer = f.insurer;
    q.days = (enum day_count)days;
    sqlite3 *db = rc ? NULL : cmd_db(ctx);
    if (!rc && (!db || scope_apply(db, &f, &ctx->err))) rc = ctx->err.status;
    if (!rc) rc = resolve_as_of(ctx, db, SPAN_SCOPE, &as_of);
    q.as_of = as_of.day;
    struct metric_result res = {0};
    /* A metric whose SQL is wrong is reported and left out, as a broken
     * file is; the others are shown. */
    struct diag_list wrong_sql = {0};
    q.broken = &wrong_sql;
    if (!rc) rc = metric_eval(db, &q, &res, &ctx->err);
    diag_print(&wrong_sql, stderr);
    /* Nothing to show when every metric asked was left out. */
    if (!rc && wrong_sql.errors < q.nmetrics) {
        bool table = ctx->format == OUT_TABLE;
        const char *lang = user_lang();
        struct out_table t;
        out_init(&t, table ? table_cols : json_cols, table ? 6 : 7);
        bool any_partial = false;
        for (size_t i = 0; i < res.count; i++) {
            const struct metric_value *v = &res.items[i];
            out_text(&t, v->group);
            /* A partly covered period would read as a collapse. */
            if (table && v->partial) out_textf(&t, "%s*", v->period);
            else out_text(&t, v->period);
            any_partial |= v->partial;
            if (table) {
                char buf[64];
                out_text(&t, metric_label(v->metric, lang));
                if (v->has_value) {
                    metric_format(v->metric->unit, v->value, false, buf, sizeof buf);
                    out_text(&t, buf);
                } else {
                    out_null(&t);
                }
                if (v->has_numerator) out_figure(&t, v->numerator);
                else out_null(&t);
                if (v->has_denominator) out_figure(&t, v->denominator);
                else out_null(&t);
            } else {
                out_text(&t, v->metric->id);
                if (v->has_value) out_num(&t, v->value); else out_null(&t);
                if (v->has_numerator) out_num(&t, v->numerator); else out_null(&t);
                if (v->has_denominator) out_num(&t, v->denominator); else out_null(&t);
                out_bool(&t, v->partial);
            }
        }
        out_print(&t, ctx->format, stdout);
        if (table && res.range_from == DATE_NONE && res.data_first != DATE_NONE) {
            /* The records are there, the range asked lies beside them. */
            char first[11], last[11];
            format_date(res.data_first, first);
            format_date(res.data_last, last);
            printf("no day of --from/--to holds data: the records in scope run from %s to %s\n", first, last);
        } else if (table && res.range_from == DATE_NONE) {
            printf("no data in scope; import logs with 'ehtrack import KIND FILE'\n");
        }
        if (table && res.range_from != DATE_NONE) {
            if (any_partial && res.data_first == DATE_NONE) {
                printf("* partial period: there are no records in scope\n");
            } else if (any_partial) {
                char first[11], last[11];
                format_date(res.data_first, first);
                format_date(res.data_last, last);
                printf("* partial period: the records in scope run from %s to %s%s\n", first, last,
                       q.from != DATE_NONE || q.to != DATE_NONE ? ", or --from/--to cut it" : "");
            }
            if (q.days == DAYS_WORKING) printf("per day and per week: working days (Monday to Friday, "
                                               "not on Dutch public holidays)\n");
            print_as_of(&as_of, stdout);
        }
        out_free(&t);
    }
    if (!rc && diags.errors) rc = diag_status(&diags);
    if (!rc && wrong_sql.errors) rc = diag_status(&wrong_sql);
    diag_free(&wrong_sql);
    metric_result_free(&res);
    free(defs);
    metric_catalog_free(&cat);
    diag_free(&diags);
    free(ids);
    return rc;
}
