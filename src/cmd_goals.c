/* goals: every SMART goal of the plans in scope, held against the logs */
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "datetime.h"
#include "db.h"
#include "goal_eval.h"
#include "json.h"
#include "metric_catalog.h"
#include "scope.h"
#include "util.h"

/* exact: a value written in the plan, shown unrounded as plan show does. */
static void cell_value(struct out_table *t, const struct metric_def *m, bool has, double v, bool exact,
                       bool table)
{
    if (!has) {
        out_null(t);
    } else if (table) {
        char buf[64];
        metric_format(m->unit, v, exact, buf, sizeof buf);
        out_text(t, buf);
    } else {
        out_num(t, v);
    }
}

/* The weekly values behind a forecast: JSON [{"week", "value"}], and
 * "2026-W47 1; 2026-W48 2" for CSV. */
static void points_cell(struct out_table *t, const struct goal_result *g)
{
    struct sbuf json = {0}, text = {0};
    sbuf_addc(&json, '[');
    for (size_t i = 0; i < g->npoints; i++) {
        sbuf_adds(&json, i ? ", {\"week\": " : "{\"week\": ");
        json_str(&json, g->points[i].week);
        sbuf_adds(&json, ", \"value\": ");
        json_num(&json, g->points[i].value);
        sbuf_addc(&json, '}');
        char v[32];
        format_double(v, sizeof v, g->points[i].value);
        sbuf_addf(&text, "%s%s %s", i ? "; " : "", g->points[i].week, v);
    }
    sbuf_addc(&json, ']');
    out_json(t, sbuf_str(&json), sbuf_str(&text));
    sbuf_free(&json);
    sbuf_free(&text);
}

enum eh_status cmd_goals(struct cmd_ctx *ctx, int argc, char **argv)
{
    enum { OPT_AS_OF = 0x300, OPT_DAYS };
    static const struct option opts[] = {SCOPE_OPTIONS, SCOPE_ALL_OPTION, {"as-of", required_argument, NULL, OPT_AS_OF},
                                         {"days", required_argument, NULL, OPT_DAYS}, {NULL, 0, NULL, 0}};
    static const struct out_col json_cols[] = {
        {"plan", NULL, COL_TEXT, 0, 0}, {"goal", NULL, COL_TEXT, 0, 0}, {"metric", NULL, COL_TEXT, 0, 0},
        {"practice", NULL, COL_TEXT, 0, 0}, {"care_group", NULL, COL_TEXT, 0, 0},
        {"baseline", NULL, COL_NUM, 0, 0}, {"target", NULL, COL_NUM, 0, 0}, {"current", NULL, COL_NUM, 0, 0},
        {"forecast", NULL, COL_NUM, 0, 0}, {"forecast_points", NULL, COL_TEXT, 0, 0},
        {"deadline", NULL, COL_TEXT, 0, 0}, {"status", NULL, COL_TEXT, 0, 0}, {"as_of", NULL, COL_TEXT, 0, 0},
        {"plan_state", NULL, COL_TEXT, 0, 0},
    };
    static const struct out_col table_cols[] = {
        {"plan", NULL, COL_TEXT, 0, 22}, {"practice", NULL, COL_TEXT, 0, 0}, {"metric", NULL, COL_TEXT, 0, 26},
        {"baseline", NULL, COL_NUM, 0, 0}, {"target", NULL, COL_NUM, 0, 0}, {"current", NULL, COL_NUM, 0, 0},
        {"forecast", NULL, COL_NUM, 0, 0}, {"deadline", NULL, COL_TEXT, 0, 0}, {"status", NULL, COL_TEXT, 0, 0},
    };
    struct scope_filter f = {0};
    struct as_of as_of = {DATE_NONE, false, DATE_NONE};
    int days = DAYS_CALENDAR;
    int c, index, rc = EH_OK;
    while ((c = cmd_getopt(ctx, argc, argv, "", opts, &index)) != -1) {
        if (scope_option(&f, c, optarg)) continue;
        if (c == OPT_AS_OF) {
            rc = parse_date_option(ctx, "--as-of", optarg, &as_of.day);
            as_of.given = true;
        } else if (c == OPT_DAYS) {
            rc = parse_days_option(ctx, optarg, &days);
        } else {
            rc = EH_USAGE;
        }
        if (rc) return rc;
    }
    if (optind < argc) return cmd_usage_error(ctx, "unexpected argument '%s'", argv[optind]);
    struct metric_catalog cat;
    struct diag_list diags = {0};
    /* A broken metric file is reported; goals on the others are still judged. */
    metric_catalog_load(&cat, &diags);
    diag_sort(&diags);
    diag_print(&diags, stderr);
    sqlite3 *db = cmd_db(ctx);
    struct goal_results res = {0};
    if (!db || scope_apply(db, &f, &ctx->err)) rc = ctx->err.status;
    /* Goals are measured over their plans' practices: a care-group plan's
     * reach past the filter. */
    if (!rc) rc = resolve_as_of(ctx, db, SPAN_SCOPE_AND_PLANS, &as_of);
    if (!rc) {
        warn_stale_data(&as_of);
        rc = goals_eval(db, &cat, as_of.day, (enum day_count)days, &res, &ctx->err);
        if (!rc) goals_warn(&res, as_of.day, stderr);
    }
    if (!rc) {
        bool table = ctx->format == OUT_TABLE;
        const char *lang = user_lang();
        char as_of_text[11];
        format_date(as_of.day, as_of_text);
        struct out_table t;
        out_init(&t, table ? table_cols : json_cols, table ? ARRAY_LEN(table_cols) : ARRAY_LEN(json_cols));
        size_t counts[GOAL_STATUS_COUNT] = {0}, few = 0;
        /* With --all, a retired plan's goals read as such, as in status and
         * the workbook's Goals sheet: in the table by its plan, in JSON and
         * CSV in plan_state. */
        sqlite3_stmt *retired = NULL;
        if (f.all_plans &&
            db_prepare(db, &retired, "SELECT 1 FROM plans WHERE id = ?1 AND retired_at IS NOT NULL", &ctx->err))
            rc = EH_IO;
        for (size_t i = 0; i < res.count && !rc; i++) {
            const struct goal_result *g = &res.items[i];
            char deadline[11];
            format_date(g->deadline, deadline);
            bool is_retired = false;
            if (retired) {
                sqlite3_reset(retired);
                sqlite3_bind_text(retired, 1, g->plan, -1, SQLITE_STATIC);
                is_retired = db_next(retired, &rc, &ctx->err, "reading the plans");
                if (rc) break;
            }
            if (is_retired && table) out_textf(&t, "%s (retired)", g->plan);
            else out_text(&t, g->plan);
            if (table) {
                out_text(&t, g->practice ? g->practice : g->care_group);
                out_text(&t, metric_label(g->metric, lang));
            } else {
                out_text(&t, g->goal);
                out_text(&t, g->metric->id);
                out_text(&t, g->practice);
                out_text(&t, g->care_group);
            }
            cell_value(&t, g->metric, g->has_baseline, g->baseline, !g->baseline_basis.measured, table);
            cell_value(&t, g->metric, g->has_target, g->target, g->target_given, table);
            cell_value(&t, g->metric, g->has_current, g->current, false, table);
            /* A forecast on too few weeks is none; the table says why. */
            if (table && g->npoints < FORECAST_MIN_POINTS) {
                out_textf(&t, "(%zu wk)", g->npoints);
                few++;
            } else {
                cell_value(&t, g->metric, g->has_forecast, g->forecast, false, table);
            }
            if (!table) points_cell(&t, g);
            out_text(&t, deadline);
            out_text(&t, GOAL_STATUS_KEYS[g->status]);
            if (!table) {
                out_text(&t, as_of_text);
                out_text(&t, is_retired ? "retired" : "active");
            }
            counts[g->status]++;
        }
        sqlite3_finalize(retired);
        if (!rc) out_print(&t, ctx->format, stdout);
        if (table && !rc) {
            printf("\n%zu goal%s as of %s: %zu achieved, %zu on track, %zu at risk, %zu missed, %zu without data\n",
                   res.count, res.count == 1 ? "" : "s", as_of_text, counts[0], counts[1], counts[2], counts[3],
                   counts[4]);
            if (few)
                printf("(N wk): no forecast, only N weekly values in the 8 complete weeks before %s "
                       "(%d are needed)\n", as_of_text, FORECAST_MIN_POINTS);
            if (days == DAYS_WORKING)
                printf("per day and per week: working days (Monday to Friday, not on Dutch public holidays)\n");
            print_as_of(&as_of, stdout);
        }
        out_free(&t);
    }
    if (!rc && diags.errors) rc = diag_status(&diags);
    goal_results_free(&res);
    metric_catalog_free(&cat);
    diag_free(&diags);
    return rc;
}
