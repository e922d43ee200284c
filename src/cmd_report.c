/* report: an Excel workbook for a region, care group, insurer or practice */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd.h"
#include "datetime.h"
#include "metric_catalog.h"
#include "report_data.h"
#include "report_xlsx.h"
#include "scope.h"
#include "util.h"

/* The workbook is written to a temporary file beside the target and
 * renamed over it only when complete, so a reader never sees half a
 * workbook. An interrupt removes the temporary file on the way out. */
static char temp_path[4096];

static void remove_temp_and_die(int sig)
{
    if (temp_path[0]) unlink(temp_path);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void catch_signals(bool on)
{
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    for (size_t i = 0; i < ARRAY_LEN(sigs); i++) signal(sigs[i], on ? remove_temp_and_die : SIG_DFL);
}

static int open_temp(const char *out, struct eh_error *err)
{
    struct stat st;
    if (stat(out, &st) == 0 && S_ISDIR(st.st_mode))
        return eh_fail(err, EH_IO, out, 0, 0, "is a directory; give the workbook's file name");
    const char *slash = strrchr(out, '/');
    const char *base = slash ? slash + 1 : out;
    if (!*base) return eh_fail(err, EH_IO, out, 0, 0, "is a directory; give the workbook's file name");
    int n = slash ? snprintf(temp_path, sizeof temp_path, "%.*s/.%s.XXXXXX", (int)(slash - out), out, base)
                  : snprintf(temp_path, sizeof temp_path, ".%s.XXXXXX", base);
    if (n < 0 || (size_t)n >= sizeof temp_path) {
        temp_path[0] = '\0';
        return eh_fail(err, EH_IO, out, 0, 0, "the path is too long");
    }
    int fd = mkstemp(temp_path);
    if (fd < 0) {
        int e = errno;
        temp_path[0] = '\0';
        return eh_fail(err, EH_IO, out, 0, 0, "cannot write the workbook here: %s", strerror(e));
    }
    close(fd);
    return EH_OK;
}

static void drop_temp(void)
{
    catch_signals(false);
    if (temp_path[0]) unlink(temp_path);
    temp_path[0] = '\0';
}

/* mkstemp made the file private; the workbook gets the usual mode. */
static int publish(const char *out, struct eh_error *err)
{
    mode_t mask = umask(0);
    umask(mask);
    if (chmod(temp_path, 0666 & ~mask) != 0 || rename(temp_path, out) != 0) {
        int e = errno;
        drop_temp();
        return eh_fail(err, EH_IO, out, 0, 0, "cannot write the workbook: %s", strerror(e));
    }
    temp_path[0] = '\0';
    catch_signals(false);
    return EH_OK;
}

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

int cmd_report(struct cmd_ctx *ctx, int argc, char **argv)
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
    if (o.from != DATE_NONE && o.to != DATE_NONE && o.from > o.to)
        return cmd_usage_error(ctx, "--from is after --to");
    o.days = (enum day_count)days;

    struct metric_catalog cat;
    struct diag_list diags = {0};
    metric_catalog_load(&cat, &diags);
    if (diags.errors) {
        diag_print(&diags, stderr);
        diag_free(&diags);
        metric_catalog_free(&cat);
        return EH_INVALID;
    }
    diag_free(&diags);
    struct report rep;
    memset(&rep, 0, sizeof rep);
    catch_signals(true);
    rc = open_temp(out, &ctx->err);
    sqlite3 *db = rc ? NULL : cmd_db(ctx);
    if (!rc && !db) rc = ctx->err.status;
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
    if (!rc) rc = report_gather(db, &o, &cat, &rep, &ctx->err);
    if (!rc) rc = report_write_xlsx(db, &rep, temp_path, &ctx->err);
    if (!rc) rc = publish(out, &ctx->err);
    else drop_temp();
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
