/* report: an Excel workbook for a region, care group, insurer or practice */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "cmd.h"
#include "datetime.h"
#include "metric_catalog.h"
#include "out_file.h"
#include "report_data.h"
#include "report_xlsx.h"
#include "scope.h"
#include "util.h"

static int parse_min_cell(struct cmd_ctx *ctx, const char *arg, int *out)
{
    char *end;
    errno = 0;
    long v = strtol(arg, &end, 10);
    if (errno || end == arg || *end || v < 1 || v > 1000000)
        return cmd_usage_error(ctx, "--min-cell must be a whole number from 1 to 1000000 (got '%s')", arg);
    *out = (int)v;
    return EH_OK;
}

enum eh_status cmd_report(struct cmd_ctx *ctx, int argc, char **argv)
{
    enum { OPT_LANG = 0x300, OPT_AS_OF, OPT_FROM, OPT_TO, OPT_MIN_CELL, OPT_DAYS };
    static const struct option opts[] = {
        {"output", required_argument, NULL, 'o'},
        {"lang", required_argument, NULL, OPT_LANG},
        {"as-of", required_argument, NULL, OPT_AS_OF},
        {"from", required_argument, NULL, OPT_FROM},
        {"to", required_argument, NULL, OPT_TO},
        {"min-cell", required_argument, NULL, OPT_MIN_CELL},
        {"days", required_argument, NULL, OPT_DAYS},
        SCOPE_ALL_OPTION,
        {NULL, 0, NULL, 0},
    };
    struct report_options o = {REPORT_REGION, NULL, user_lang(), DATE_NONE, DATE_NONE, DATE_NONE, 5, false};
    struct as_of as_of = {DATE_NONE, false, DATE_NONE};
    int days = DAYS_CALENDAR;
    const char *out = NULL;
    int c, index, rc = EH_OK;
    while ((c = cmd_getopt(ctx, argc, argv, "o:", opts, &index)) != -1) {
        switch (c) {
        case 'o': out = optarg; break;
        case OPT_LANG:
            if (strcmp(optarg, "nl") == 0 || strcmp(optarg, "en") == 0) o.lang = strcmp(optarg, "nl") == 0 ? "nl" : "en";
            else rc = cmd_usage_error(ctx, "--lang must be nl or en (got '%s')", optarg);
            break;
        case OPT_AS_OF:
            rc = parse_date_option(ctx, "--as-of", optarg, &as_of.day);
            as_of.given = true;
            break;
        case OPT_DAYS: rc = parse_days_option(ctx, optarg, &days); break;
        case OPT_FROM: rc = parse_date_option(ctx, "--from", optarg, &o.from); break;
        case OPT_TO: rc = parse_date_option(ctx, "--to", optarg, &o.to); break;
        case OPT_MIN_CELL: rc = parse_min_cell(ctx, optarg, &o.min_cell); break;
        case OPT_ALL: o.all_plans = true; break;
        default: rc = EH_USAGE;
        }
        if (rc) return rc;
    }
    if (optind >= argc)
        return cmd_usage_error(ctx, "say what the workbook is about: region, care-group, insurer or practice, "
                                    "and its name");
    if (!report_parse_kind(argv[optind], &o.kind))
        return cmd_usage_error(ctx, "'%s' is not region, care-group, insurer or practice", argv[optind]);
    if (optind + 1 >= argc)
        return cmd_usage_error(ctx, "name the %s the workbook is about", argv[optind]);
    o.name = argv[optind + 1];
    if (optind + 2 < argc) return cmd_usage_error(ctx, "unexpected argument '%s'", argv[optind + 2]);
    if (!out) return cmd_usage_error(ctx, "-o FILE.xlsx is required: where the workbook goes");
    if (!*out) return cmd_usage_error(ctx, "-o needs a file name");
    /* A workbook is a zip archive written by seeking back into it: not a
     * stream, and a terminal would be flooded with binary. */
    if (strcmp(out, "-") == 0)
        return cmd_usage_error(ctx, "-o -: a workbook cannot go to standard output; name a .xlsx file");
    /* Another extension (.csv, .xls) would hold an .xlsx archive that the
     * program the name opens it with reads as garbage. */
    const char *base = strrchr(out, '/') ? strrchr(out, '/') + 1 : out;
    const char *ext = strrchr(base, '.');
    if (ext && ext != base && strcasecmp(ext, ".xlsx") != 0)
        return cmd_usage_error(ctx, "-o %s: a workbook is an Excel .xlsx file, so its name ends in .xlsx (for figures "
                               "as CSV: ehtrack metrics --format csv)", out);
    /* A name without an extension (Makefile, a register) names a file that
     * is no workbook: replacing it would lose it. A workbook (a zip
     * archive) is replaced as before. */
    struct stat there_st;
    bool regular = lstat(out, &there_st) == 0 && S_ISREG(there_st.st_mode);
    /* Opened only when a regular file: a FIFO would wait for a writer. */
    FILE *there = regular ? fopen(out, "rb") : NULL;
    char magic[4] = {0};
    size_t got = there ? fread(magic, 1, sizeof magic, there) : 0;
    if (there) fclose(there);
    if (got > 0 && memcmp(magic, "PK\x03\x04", got) != 0)
        return eh_fail(&ctx->err, EH_IO, out, 0, 0, "a file that is no workbook is already there; report -o replaces "
                       "only workbooks: name a new .xlsx file");
    if (o.from != DATE_NONE && o.to != DATE_NONE && o.from > o.to)
        return cmd_usage_error(ctx, "--from is after --to");
    o.days = (enum day_count)days;

    struct metric_catalog cat;
    struct diag_list diags = {0};
    metric_catalog_load(&cat, &diags);
    if (diags.errors) {
        diag_print(&diags, stderr);
        rc = diag_status(&diags);
        diag_free(&diags);
        metric_catalog_free(&cat);
        return rc;
    }
    diag_free(&diags);
    struct report rep;
    memset(&rep, 0, sizeof rep);
    /* Written to a temporary file, in place only when complete. */
    struct out_file file;
    rc = out_file_open(&file, out, true, &ctx->err);
    sqlite3 *db = rc ? NULL : cmd_db(ctx);
    if (!rc && !db) rc = ctx->err.status;
    /* The goals and the trends are gathered on a second connection. */
    bool second_failed = false;
    sqlite3 *second = rc ? NULL : cmd_db_second(ctx, &second_failed);
    if (second_failed) rc = ctx->err.status;
    /* The as-of date from the data of the workbook's practices and of the
     * care groups whose plans it holds, as goals take it. */
    if (!rc) rc = report_apply_scope(db, &o, &ctx->err);
    if (!rc) rc = resolve_as_of(ctx, db, SPAN_SCOPE_AND_PLANS, &as_of);
    if (!rc) {
        warn_stale_data(&as_of);
        o.as_of = as_of.day;
        o.as_of_given = as_of.given;
        o.as_of_data_last = as_of.data_last;
        /* With the as-of from the data, the data period runs to the end of
         * the month of the last record (marked partial where the data stops
         * early): the month the data ends in is in the workbook. */
        int range_as_of = o.as_of;
        if (!as_of.given && as_of.data_last != DATE_NONE && as_of.day == as_of.data_last + 1 &&
            o.from == DATE_NONE && o.to == DATE_NONE) {
            int y, m, d;
            civil_from_days(as_of.data_last, &y, &m, &d);
            range_as_of = m == 12 ? days_from_civil(y + 1, 1, 1) : days_from_civil(y, m + 1, 1);
        }
        default_range(range_as_of, &o.from, &o.to);
        if (o.from > o.to) rc = cmd_usage_error(ctx, "--from is after the default end of the data period");
    }
    if (!rc) rc = report_gather(db, second, &o, &cat, &rep, &ctx->err);
    if (!rc) goals_warn(&rep.goals, rep.opt.as_of, stderr);
    if (!rc && (rc = report_write_xlsx(&rep, out_file_temp(&file), &ctx->err)) &&
        strcmp(ctx->err.file, out_file_temp(&file)) == 0)
        snprintf(ctx->err.file, sizeof ctx->err.file, "%s", out);    /* the file the user named */
    if (!rc) rc = out_file_commit(&file, &ctx->err);
    else if (file.temp) out_file_abort(&file);
    if (!rc) {
        char from[11], to[11];
        format_date(o.from, from);
        format_date(o.to, to);
        printf("wrote %s: %zu practice%s, %zu plan%s, %zu goal%s, data %s..%s\n", out, rep.npractices,
               rep.npractices == 1 ? "" : "s", rep.nplans, rep.nplans == 1 ? "" : "s", rep.goals.count,
               rep.goals.count == 1 ? "" : "s", from, to);
    }
    report_free(&rep);
    metric_catalog_free(&cat);
    return rc;
}
