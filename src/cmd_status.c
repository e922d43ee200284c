/* status: six-step progress of every plan in scope */
#include <string.h>

#include "cmd.h"
#include "db.h"
#include "plan_progress.h"
#include "scope.h"
#include "util.h"
#include "vocab.h"

static char step_mark(int status)
{
    switch (status) {
    case STATUS_DONE: return '#';
    case STATUS_IN_PROGRESS: return '>';
    case STATUS_SKIPPED: return '-';
    case STATUS_NOT_STARTED: return '.';
    default: return '?';
    }
}

enum eh_status cmd_status(struct cmd_ctx *ctx, int argc, char **argv)
{
    static const struct option opts[] = {SCOPE_OPTIONS, SCOPE_ALL_OPTION, {NULL, 0, NULL, 0}};
    static const struct out_col json_cols[] = {
        {"plan", NULL, COL_TEXT, 0, 0}, {"practice", NULL, COL_TEXT, 0, 0},
        {"care_group", NULL, COL_TEXT, 0, 0}, {"region", NULL, COL_TEXT, 0, 0},
        {"application", NULL, COL_TEXT, 0, 0},
        {"steps.needs", "needs", COL_TEXT, 0, 0}, {"steps.vision", "vision", COL_TEXT, 0, 0},
        {"steps.selection", "selection", COL_TEXT, 0, 0}, {"steps.plan", "plan", COL_TEXT, 0, 0},
        {"steps.implement", "implement", COL_TEXT, 0, 0}, {"steps.scale", "scale", COL_TEXT, 0, 0},
        {"current_step", NULL, COL_TEXT, 0, 0}, {"progress", NULL, COL_NUM, 2, 0},
        {"state", NULL, COL_TEXT, 0, 0},
    };
    /* Readable at 80 columns: the six steps as one mark each. */
    static const struct out_col table_cols[] = {
        {"plan", NULL, COL_TEXT, 0, 22}, {"practice", NULL, COL_TEXT, 0, 0},
        {"care_group", NULL, COL_TEXT, 0, 20}, {"steps", "NVSPIS", COL_TEXT, 0, 0},
        {"current_step", "CURRENT", COL_TEXT, 0, 0}, {"progress", "DONE", COL_PERCENT, 0, 0},
    };
    struct scope_filter f = {0};
    int c, index;
    while ((c = cmd_getopt(ctx, argc, argv, "", opts, &index)) != -1)
        if (!scope_option(&f, c, optarg)) return EH_USAGE;
    if (optind < argc) return cmd_usage_error(ctx, "unexpected argument '%s'", argv[optind]);
    sqlite3 *db = cmd_db(ctx);
    if (!db || scope_apply(db, &f, &ctx->err)) return ctx->err.status;
    sqlite3_stmt *st;
    if (db_prepare(db, &st,
                   "SELECT pl.id, pr.agb, coalesce(pr.care_group, pl.care_group), "
                   "  " PLAN_REGION_SQL ", "
                   "  pl.app_name, pl.retired_at IS NOT NULL "
                   "FROM plans pl LEFT JOIN practices pr ON pr.id = pl.practice_id "
                   "WHERE pl.id IN (SELECT plan_id FROM temp.scope_plans) "
                   "ORDER BY coalesce(pr.care_group, pl.care_group), pr.agb IS NOT NULL, pr.agb, pl.id", &ctx->err))
        return EH_IO;
    bool table = ctx->format == OUT_TABLE;
    struct out_table t;
    if (table) out_init(&t, table_cols, ARRAY_LEN(table_cols));
    else out_init(&t, json_cols, ARRAY_LEN(json_cols));
    sqlite3_stmt *steps = NULL;
    int rc;
    while (db_next(st, &rc, &ctx->err, "reading the plans")) {
        struct plan_progress progress;
        if ((rc = plan_progress_load(db, &steps, db_text(st, 0), &progress, &ctx->err))) break;
        /* With --all, a retired plan reads as one in the table, as in
         * plan list. */
        if (table && sqlite3_column_int(st, 5)) out_textf(&t, "%s (retired)", db_text(st, 0));
        else out_text(&t, db_text(st, 0));
        out_text(&t, db_text(st, 1));
        out_text(&t, db_text(st, 2));
        if (table) {
            char marks[STEP_COUNT + 1];
            for (int i = 0; i < STEP_COUNT; i++) marks[i] = step_mark(progress.status[i]);
            marks[STEP_COUNT] = '\0';
            out_text(&t, marks);
        } else {
            out_text(&t, db_text(st, 3));
            out_text(&t, db_text(st, 4));
            for (int i = 0; i < STEP_COUNT; i++)
                out_text(&t, progress.status[i] >= 0 ? VOCAB_STEP_STATUS.entries[progress.status[i]].key : NULL);
        }
        out_text(&t, plan_progress_current_key(&progress));
        out_num(&t, progress.share);
        /* As plan list says it: with --all, scripts must tell them apart. */
        if (!table) out_text(&t, sqlite3_column_int(st, 5) ? "retired" : "active");
    }
    sqlite3_finalize(st);
    sqlite3_finalize(steps);
    if (rc) {
        out_free(&t);
        return rc;
    }
    if (!table || out_rows(&t)) out_print(&t, ctx->format, stdout);
    if (table && out_rows(&t)) {
        printf("\nNVSPIS: needs vision selection plan implement scale\n"
               "        # done  > in progress  . not started  - skipped\n");
    } else if (table) {
        /* Plans of the scope that are all retired are there: --all shows
         * them ("record them" sent the user to sync them again). */
        long long retired = 0;
        if (!f.all_plans && scope_retired_plans(db, &retired, &ctx->err)) {
            out_free(&t);
            return EH_IO;
        }
        if (retired)
            printf("no active plans in scope; %lld retired ('ehtrack status --all' shows %s)\n", retired,
                   retired == 1 ? "it" : "them");
        else
            printf("no plans in scope; record them with 'ehtrack plan sync PATH'\n");
    }
    out_free(&t);
    return EH_OK;
}
