/* plan new | check | sync | list | show | history | retire */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "cmd.h"
#include "datetime.h"
#include "db.h"
#include "plan_progress.h"
#include "json.h"
#include "metric_catalog.h"
#include "metric_eval.h"
#include "out_file.h"
#include "paths.h"
#include "plan_load.h"
#include "plan_set.h"
#include "plan_store.h"
#include "scope.h"
#include "term_change.h"
#include "util.h"

/* ---- plan new ------------------------------------------------------------ */

static char **template_names(void)
{
    static const char *const suffixes[] = {".yaml", NULL};
    char *dir = data_path("templates/plans");
    char **names = list_dir(dir, suffixes);
    free(dir);
    for (size_t i = 0; names && names[i]; i++) names[i][strlen(names[i]) - 5] = '\0';
    return names;
}

static void list_templates(FILE *out)
{
    char **names = template_names();
    fprintf(out, "templates:");
    for (size_t i = 0; names && names[i]; i++) fprintf(out, " %s", names[i]);
    fprintf(out, "%s\n", names && names[0] ? "" : " (none found)");
    free_list(names);
}

/* {{id}}, {{practice}}, {{today}}, {{date+N}}, {{date-N}} */
static bool substitute(const char *text, const char *id, const char *practice, int day,
                       struct sbuf *out, char *bad, size_t badsize)
{
    const char *p = text;
    while (*p) {
        const char *open = strstr(p, "{{");
        if (!open) {
            sbuf_adds(out, p);
            break;
        }
        sbuf_addn(out, p, (size_t)(open - p));
        const char *close = strstr(open, "}}");
        if (!close) {
            sbuf_adds(out, open);
            break;
        }
        char name[64];
        size_t n = (size_t)(close - open - 2);
        if (n >= sizeof name) n = sizeof name - 1;
        memcpy(name, open + 2, n);
        name[n] = '\0';
        char date[11];
        if (strcmp(name, "id") == 0) {
            sbuf_adds(out, id);
        } else if (strcmp(name, "practice") == 0) {
            sbuf_adds(out, practice);
        } else if (strcmp(name, "today") == 0) {
            format_date(day, date);
            sbuf_adds(out, date);
        } else if (str_starts(name, "date+") || str_starts(name, "date-")) {
            char *end;
            long delta = strtol(name + 4, &end, 10);
            if (*end) {
                snprintf(bad, badsize, "%s", name);
                return false;
            }
            format_date(day + (int)delta, date);
            sbuf_adds(out, date);
        } else {
            snprintf(bad, badsize, "%s", name);
            return false;
        }
        p = close + 2;
    }
    return true;
}

/* The id a file name gives: its base name without .yaml or .yml; NULL
 * when it has neither ending. */
static char *id_from_file(const char *file)
{
    const char *slash = strrchr(file, '/');
    const char *base = slash ? slash + 1 : file;
    size_t n = strlen(base);
    /* PLAN.YAML too: plan sync reads it (plan_set.c). */
    if (n > 5 && strcasecmp(base + n - 5, ".yaml") == 0) n -= 5;
    else if (n > 4 && strcasecmp(base + n - 4, ".yml") == 0) n -= 4;
    else return NULL;
    return xstrndup(base, n);
}

/* A valid id close to what a file name gave: lower case, a letter with
 * an accent as the letter (café: cafe), runs of other characters as one
 * '-'. */
static char *id_suggestion(const char *name)
{
    /* U+00C0 to U+00FF, in UTF-8 0xC3 0x80 to 0xC3 0xBF; "" for x and ÷. */
    static const char *const latin1[64] = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
    };
    struct sbuf s = {0};
    for (const char *p = name; *p; p++) {
        unsigned char ch = (unsigned char)*p;
        unsigned char next = (unsigned char)p[1];
        if (isalnum(ch) && ch < 128) sbuf_addc(&s, (char)tolower(ch));
        else if (ch == 0xC3 && next >= 0x80 && next <= 0xBF && *latin1[next - 0x80]) {
            sbuf_adds(&s, latin1[next - 0x80]);
            p++;
        } else if (s.len && s.buf[s.len - 1] != '-') sbuf_addc(&s, '-');
    }
    while (s.len && s.buf[s.len - 1] == '-') s.buf[--s.len] = '\0';
    char *id = sbuf_detach(&s);
    if (!plan_id_valid(id)) {
        free(id);
        return NULL;
    }
    return id;
}

enum eh_status cmd_plan_new(struct cmd_ctx *ctx, int argc, char **argv)
{
    static const struct option opts[] = {
        {"template", required_argument, NULL, 't'},
        {"practice", required_argument, NULL, 'p'},
        {"id", required_argument, NULL, 'i'},
        {"output", required_argument, NULL, 'o'},
        {NULL, 0, NULL, 0},
    };
    const char *template = NULL, *practice = NULL, *id = NULL, *output = NULL;
    int c, index;
    while ((c = cmd_getopt(ctx, argc, argv, "o:", opts, &index)) != -1) {
        switch (c) {
        case 't': template = optarg; break;
        case 'p': practice = optarg; break;
        case 'i': id = optarg; break;
        case 'o': output = strcmp(optarg, "-") == 0 ? NULL : optarg; break;  /* "-": stdout */
        default: return EH_USAGE;
        }
    }
    if (optind < argc) return cmd_usage_error(ctx, "unexpected argument '%s'", argv[optind]);
    /* Alone, it is the question which templates there are (its help says
     * so); with what a plan needs but the template, a mistake. */
    if (!template && !practice && !id && !output) {
        list_templates(stdout);
        return EH_OK;
    }
    if (!template) {
        list_templates(stderr);
        return cmd_usage_error(ctx, "--template NAME is required");
    }
    if (practice && !agb_valid(practice))
        return cmd_bad_agb(ctx, practice);
    char *default_id = NULL;
    if (output) {
        /* What is there is refused first, whatever its name (/dev/null):
         * plan new never writes over anything. */
        int refused = out_file_check(output, false, &ctx->err);
        if (refused) return refused;
        /* plan sync reads .yaml and .yml files only. */
        char *from_file = id_from_file(output);
        if (!from_file)
            return cmd_usage_error(ctx, "-o %s: a plan file's name ends in .yaml or .yml, or plan sync "
                                        "will not read it", output);
        if (!id && !plan_id_valid(from_file)) {
            char *hint = id_suggestion(from_file);
            int rc = hint ? cmd_usage_error(ctx, "-o %s: the file name gives the plan id '%s', but a plan id is "
                                                 PLAN_ID_RULE "; name the file %s.yaml, "
                                                 "or give --id ID", output, from_file, hint)
                          : cmd_usage_error(ctx, "-o %s: the file name gives the plan id '%s', but a plan id is "
                                                 PLAN_ID_RULE "; rename the file, "
                                                 "or give --id ID", output, from_file);
            free(hint);
            free(from_file);
            return rc;
        }
        if (!id) id = default_id = from_file;
        else free(from_file);
    }
    if (!id) {
        default_id = xasprintf("%s-%s", template, practice ? practice : "00000000");
        for (char *q = default_id; *q; q++) *q = (char)tolower((unsigned char)*q);
        id = default_id;
    }
    if (!plan_id_valid(id)) {
        /* The message may quote the default id: free it only after. */
        int rc = default_id ? cmd_usage_error(ctx, "the default id '%s' (TEMPLATE-AGB) is not " PLAN_ID_RULE
                                                   "; give one with --id", id)
                            : cmd_usage_error(ctx, "--id must be " PLAN_ID_RULE " (got '%s')", id);
        free(default_id);
        return rc;
    }
    char *rel = xasprintf("templates/plans/%s.yaml", template);
    char *path = data_path(rel);
    free(rel);
    struct sbuf text = {0}, out = {0};
    struct stat st;
    /* A name the list gives (a directory, a link to a file gone) is named
     * with what is wrong with it; any other is no template. */
    if (strchr(template, '/') || lstat(path, &st) != 0) {
        list_templates(stderr);
        char **names = template_names();
        size_t count = 0;
        while (names && names[count]) count++;
        const char *hint = names ? closest_word(template, (const char *const *)names, count) : NULL;
        if (hint)
            eh_fail(&ctx->err, EH_USAGE, NULL, 0, 0, "no template '%s' in templates/plans/; did you mean '%s'?",
                    template, hint);
        else
            eh_fail(&ctx->err, EH_USAGE, NULL, 0, 0, "no template '%s' in templates/plans/", template);
        free_list(names);
        free(path);
        free(default_id);
        return EH_USAGE;
    }
    const char *why = read_regular_file(path, &text);
    if (why) {
        eh_fail(&ctx->err, EH_IO, path, 0, 0, "cannot read the template: %s", why);
        sbuf_free(&text);
        free(path);
        free(default_id);
        return EH_IO;
    }
    char bad[64];
    int rc = EH_OK;
    if (!substitute(sbuf_str(&text), id, practice ? practice : "00000000", today(), &out, bad, sizeof bad)) {
        rc = eh_fail(&ctx->err, EH_IO, path, 0, 0, "unknown placeholder {{%s}} in the template", bad);
    } else if (output) {
        rc = out_file_write(output, false, sbuf_str(&out), out.len, &ctx->err);
        if (!rc) printf("wrote %s: plan %s from template %s\n", output, id, template);
    } else {
        fputs(sbuf_str(&out), stdout);
    }
    if (!rc && !practice)
        fprintf(stderr, "ehtrack: no --practice given: replace 00000000 with the practice's AGB code\n");
    sbuf_free(&text);
    sbuf_free(&out);
    free(path);
    free(default_id);
    return rc;
}

/* ---- plan check / sync ----------------------------------------------------- */

static void print_diagnostics(struct cmd_ctx *ctx, struct diag_list *d)
{
    static const struct out_col cols[] = {
        {"file", NULL, COL_TEXT, 0, 0}, {"line", NULL, COL_INT, 0, 0}, {"column", NULL, COL_INT, 0, 0},
        {"severity", NULL, COL_TEXT, 0, 0}, {"message", NULL, COL_TEXT, 0, 0},
    };
    diag_sort(d);
    if (ctx->format == OUT_TABLE) {
        diag_print(d, stderr);
        return;
    }
    struct out_table t;
    out_init(&t, cols, ARRAY_LEN(cols));
    for (size_t i = 0; i < d->count; i++) {
        const struct diag *x = &d->items[i];
        out_text(&t, x->file);
        if (x->line) out_int(&t, x->line); else out_null(&t);
        if (x->col) out_int(&t, x->col); else out_null(&t);
        out_text(&t, x->severity == DIAG_ERROR ? "error" : "warning");
        out_text(&t, x->msg);
    }
    out_print(&t, ctx->format, stdout);
    out_free(&t);
}

/* Loads paths into set with every check of the files themselves, the
 * problems into diags (the caller prints them; diag_status says how bad
 * they are). Returns EH_IO when the database cannot be read and EH_USAGE
 * when no metric is defined (ctx->err), else EH_OK. db may be NULL; its
 * practices can only clear an error (a plan of a practice it holds). */
static int load_plans(struct cmd_ctx *ctx, sqlite3 *db, char **paths, size_t npaths,
                      struct plan_set *set, struct diag_list *diags)
{
    memset(set, 0, sizeof *set);    /* freed by the caller, loaded or not */
    struct metric_catalog metrics;
    metric_catalog_load(&metrics, diags);
    if (metrics.count == 0) {
        /* Every goal would read "unknown metric (known: )". */
        metric_catalog_free(&metrics);
        return metric_catalog_empty(&ctx->err);
    }
    struct known_practices known = {0};
    if (db && plan_store_known(db, &known, &ctx->err)) {
        metric_catalog_free(&metrics);
        return EH_IO;
    }
    plan_set_load(set, paths, npaths, &metrics, today(), &known, diags);
    known_free(&known);
    metric_catalog_free(&metrics);
    return EH_OK;
}

/* The checks of a loaded set against the plans the database tracks (db
 * may be NULL: none), into diags: warnings only. */
static int check_against_store(struct cmd_ctx *ctx, sqlite3 *db, const struct plan_set *set,
                               struct diag_list *diags)
{
    if (db && plan_store_claimed(db, set, diags, &ctx->err)) return EH_IO;
    struct plan_term *terms = NULL;
    size_t nterms = 0;
    if (db && plan_store_terms(db, &terms, &nterms, &ctx->err)) return EH_IO;
    plan_set_check_terms(set, terms, nterms, diags);
    plan_store_terms_free(terms, nterms);
    return EH_OK;
}

/* Both: every check, for plan check and plan sync. */
static int load_checked(struct cmd_ctx *ctx, sqlite3 *db, char **paths, size_t npaths,
                        struct plan_set *set, struct diag_list *diags)
{
    int rc = load_plans(ctx, db, paths, npaths, set, diags);
    return rc ? rc : check_against_store(ctx, db, set, diags);
}

static int parse_paths(struct cmd_ctx *ctx, int argc, char **argv)
{
    int c, index;
    while ((c = cmd_getopt(ctx, argc, argv, "", NULL, &index)) != -1)
        return EH_USAGE;
    if (optind >= argc) return cmd_usage_error(ctx, "name at least one file or directory");
    return EH_OK;
}

enum eh_status cmd_plan_check(struct cmd_ctx *ctx, int argc, char **argv)
{
    if (parse_paths(ctx, argc, argv)) return EH_USAGE;
    sqlite3 *db = NULL;
    long long version;
    if (db_open_readonly(&db, ctx->db_path, &version, &ctx->err)) return EH_IO;
    /* plan check writes nothing, so it cannot bring the schema up to date;
     * its practices and plans unread, a plan of a practice only the
     * database knows would read as "not in the register". */
    if (version > 0 && version < DB_SCHEMA_VERSION)
        fprintf(stderr, "ehtrack: %s: note: of an older ehtrack (schema %lld, this one's is %d): its practices "
                "and plans are not read until a command that writes (plan sync, import) brings it up to date\n",
                ctx->db_path, version, DB_SCHEMA_VERSION);
    struct plan_set set;
    struct diag_list diags = {0};
    int rc = load_checked(ctx, db, argv + optind, (size_t)(argc - optind), &set, &diags);
    db_close(db);
    if (rc) {
        diag_free(&diags);
        return rc;
    }
    rc = diag_status(&diags);
    print_diagnostics(ctx, &diags);
    if (ctx->format == OUT_TABLE)
        printf("checked %zu file%s: %zu practice%s, %zu plan%s; %zu error%s, %zu warning%s\n",
               set.files, set.files == 1 ? "" : "s", plan_set_practice_count(&set),
               plan_set_practice_count(&set) == 1 ? "" : "s", set.nplans, set.nplans == 1 ? "" : "s",
               diags.errors, diags.errors == 1 ? "" : "s", diags.warnings, diags.warnings == 1 ? "" : "s");
    plan_set_free(&set);
    diag_free(&diags);
    return rc;
}

/* The problems plan sync found, printed; with an error among them, what
 * it means: nothing is recorded (the status to exit with). */
static int checked_clean(struct diag_list *diags)
{
    int rc = diag_status(diags);
    diag_sort(diags);
    diag_print(diags, stderr);
    if (rc)
        fprintf(stderr, "ehtrack: nothing recorded: %zu error%s (fix %s, then sync again)\n", diags->errors,
                diags->errors == 1 ? "" : "s", diags->errors == 1 ? "it" : "them");
    return rc;
}

enum eh_status cmd_plan_sync(struct cmd_ctx *ctx, int argc, char **argv)
{
    static const struct out_col cols[] = {
        {"plan", NULL, COL_TEXT, 0, 0}, {"state", NULL, COL_TEXT, 0, 0}, {"changes", NULL, COL_INT, 0, 0},
    };
    if (parse_paths(ctx, argc, argv)) return EH_USAGE;
    char **paths = argv + optind;
    size_t npaths = (size_t)(argc - optind);
    /* Where there is no database yet, the files are read and checked
     * before one is created: a sync that records nothing (a plan with an
     * error, a file not there) leaves no database behind (interface.md
     * 7.1), whatever --db says. Read once (a file may be a pipe): had
     * another command created the database in between, its practices could
     * only clear an error, and its plans only add warnings. */
    sqlite3 *db = NULL;
    if (db_exists(ctx->db_path) && !(db = cmd_db(ctx))) return EH_IO;
    struct plan_set set;
    struct diag_list diags = {0};
    int rc = load_plans(ctx, db, paths, npaths, &set, &diags);
    /* Files that hold neither a register nor a plan (an empty folder, the
     * wrong one) have nothing to record, and no database to create. */
    if (!rc && !db && !diag_status(&diags) && set.nplans == 0 && plan_set_practice_count(&set) == 0) {
        checked_clean(&diags);
        fprintf(stderr, "ehtrack: nothing recorded: no register or plan was read, so no database was created at %s\n",
                ctx->db_path);
        goto done;
    }
    if (!rc && !db && !diag_status(&diags) && !(db = cmd_db(ctx))) rc = EH_IO;
    if (!rc) rc = check_against_store(ctx, db, &set, &diags);
    if (rc || (rc = checked_clean(&diags))) goto done;
    struct sync_report report = {0};
    struct stale_list stale = {0};
    struct term_snapshot terms_before = {0}, terms_after = {0};
    rc = term_snapshot_take(db, &terms_before, &ctx->err);
    if (rc == EH_OK) rc = plan_store_sync(db, &set, &report, &ctx->err);
    if (rc == EH_OK) rc = plan_store_stale(db, &set, paths, npaths, &stale, &ctx->err);
    if (rc == EH_OK) rc = term_snapshot_take(db, &terms_after, &ctx->err);
    if (rc == EH_OK) {
        struct out_table t;
        out_init(&t, cols, ARRAY_LEN(cols));
        size_t created = 0, changed = 0, retired = 0;
        for (size_t i = 0; i < report.nplans; i++) {
            const struct sync_outcome *o = &report.plans[i];
            out_text(&t, o->plan_id);
            out_text(&t, o->state);
            out_int(&t, (long long)o->changes);
            created += strcmp(o->state, "created") == 0;
            changed += strcmp(o->state, "changed") == 0;
            retired += o->retired;
        }
        for (size_t i = 0; i < stale.count; i++) {
            out_text(&t, stale.items[i].plan_id);
            out_text(&t, stale.items[i].reason == STALE_OTHER_ID ? "renamed" : "gone");
            out_null(&t);
        }
        if (ctx->format != OUT_TABLE || out_rows(&t)) out_print(&t, ctx->format, stdout);
        out_free(&t);
        if (ctx->format == OUT_TABLE) {
            printf("synced %zu practice%s (%zu new, %zu changed) and %zu plan%s (%zu new, %zu changed, %zu unchanged",
                   report.practices_new + report.practices_changed + report.practices_same,
                   report.practices_new + report.practices_changed + report.practices_same == 1 ? "" : "s",
                   report.practices_new, report.practices_changed, report.nplans,
                   report.nplans == 1 ? "" : "s", created, changed,
                   report.nplans - created - changed - retired);
            if (retired) printf(", %zu retired", retired);
            printf(")\n");
            if (stale.count)
                printf("%zu tracked plan%s gone from %s file%s\n", stale.count,
                       stale.count == 1 ? " is" : "s are", stale.count == 1 ? "its" : "their",
                       stale.count == 1 ? "" : "s");
        }
        for (size_t i = 0; i < report.nplans; i++)
            if (report.plans[i].retired)
                fprintf(stderr, "ehtrack: %s: plan %s is retired and stays out of status, goals and reports "
                                "(its changes are recorded); remove the file, or run 'ehtrack plan retire --undo %s'\n",
                        report.plans[i].file, report.plans[i].plan_id, report.plans[i].plan_id);
        for (size_t i = 0; i < stale.count; i++) {
            const struct stale_plan *x = &stale.items[i];
            if (x->reason == STALE_OTHER_ID)
                fprintf(stderr, "ehtrack: %s: now holds plan %s, not %s; if the plan was renamed, "
                                "run 'ehtrack plan retire %s' so the old id leaves status, goals and reports\n",
                        x->source, x->now_id, x->plan_id, x->plan_id);
            else if (x->reason == STALE_NOT_A_PLAN)
                fprintf(stderr, "ehtrack: %s: no longer holds plan %s; if the plan was renamed or has ended, "
                                "run 'ehtrack plan retire %s'\n", x->source, x->plan_id, x->plan_id);
            else
                fprintf(stderr, "ehtrack: %s: the file of plan %s is gone; if the plan was renamed or has ended, "
                                "run 'ehtrack plan retire %s'\n", x->source, x->plan_id, x->plan_id);
        }
        term_snapshot_report(&terms_before, &terms_after, stderr);
    }
    term_snapshot_free(&terms_before);
    term_snapshot_free(&terms_after);
    stale_list_free(&stale);
    sync_report_free(&report);
done:
    plan_set_free(&set);
    diag_free(&diags);
    return rc;
}

/* ---- plan list / show / history ------------------------------------------------ */

enum eh_status cmd_plan_list(struct cmd_ctx *ctx, int argc, char **argv)
{
    static const struct option opts[] = {SCOPE_OPTIONS, {NULL, 0, NULL, 0}};
    static const struct out_col cols[] = {
        {"plan", NULL, COL_TEXT, 0, 28}, {"title", NULL, COL_TEXT, 0, 30},
        {"practice", NULL, COL_TEXT, 0, 0}, {"care_group", NULL, COL_TEXT, 0, 20},
        {"application_type", "TYPE", COL_TEXT, 0, 0}, {"state", NULL, COL_TEXT, 0, 0},
        {"synced_at", "SYNCED", COL_TEXT, 0, 0}, {"source", NULL, COL_TEXT, 0, 0},
    };
    /* Retired plans are listed too, marked as such. */
    struct scope_filter f = {.all_plans = true};
    int c, index;
    while ((c = cmd_getopt(ctx, argc, argv, "", opts, &index)) != -1)
        if (!scope_option(&f, c, optarg)) return EH_USAGE;
    if (optind < argc) return cmd_usage_error(ctx, "unexpected argument '%s'", argv[optind]);
    sqlite3 *db = cmd_db(ctx);
    if (!db || scope_apply(db, &f, &ctx->err)) return ctx->err.status;
    sqlite3_stmt *st;
    if (db_prepare(db, &st,
                   "SELECT pl.id, pl.title, pr.agb, coalesce(pr.care_group, pl.care_group), pl.app_type, "
                   "       CASE WHEN pl.retired_at IS NULL THEN 'active' ELSE 'retired' END, "
                   "       pl.synced_at, pl.source, pl.source_path "
                   "FROM plans pl LEFT JOIN practices pr ON pr.id = pl.practice_id "
                   "WHERE pl.id IN (SELECT plan_id FROM temp.scope_plans) ORDER BY pl.id", &ctx->err))
        return EH_IO;
    struct out_table t;
    out_init(&t, cols, ARRAY_LEN(cols));
    int rc;
    while (db_next(st, &rc, &ctx->err, "reading the plans")) {
        for (int i = 0; i < 7; i++) out_text(&t, db_text(st, i));
        char *shown = db_text(st, 8) ? path_shown(db_text(st, 7), db_text(st, 8)) : NULL;
        out_text(&t, shown ? shown : db_text(st, 7));
        free(shown);
    }
    sqlite3_finalize(st);
    if (!rc) out_print(&t, ctx->format, stdout);
    out_free(&t);
    return rc;
}

static int one_id(struct cmd_ctx *ctx, int argc, char **argv, const char **id)
{
    int c, index;
    while ((c = cmd_getopt(ctx, argc, argv, "", NULL, &index)) != -1) return EH_USAGE;
    if (optind >= argc) return cmd_usage_error(ctx, "name the plan id");
    if (optind + 1 < argc) return cmd_usage_error(ctx, "unexpected argument '%s'", argv[optind + 1]);
    *id = argv[optind];
    return EH_OK;
}

/* A plan file named where a plan id belongs: the id of the plan tracked
 * from that file, or NULL. Sources are kept as the paths plan sync was
 * given them by, so the file is compared by where it really is. */
static char *plan_of_file(sqlite3 *db, const char *path, struct eh_error *err)
{
    size_t n = strlen(path);
    bool file_like = strchr(path, '/') || (n > 5 && strcmp(path + n - 5, ".yaml") == 0) ||
                     (n > 4 && strcmp(path + n - 4, ".yml") == 0);
    char *full = file_like ? realpath(path, NULL) : NULL;
    if (!full) return NULL;
    const char *base = strrchr(full, '/') ? strrchr(full, '/') + 1 : full;
    sqlite3_stmt *st;
    char *found = NULL;
    if (!db_prepare(db, &st, "SELECT id, source FROM plans WHERE source = ?1 OR substr(source, -length(?2) - 1) = "
                             "'/' || ?2 ORDER BY retired_at IS NOT NULL, id",
                    err)) {
        sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, base, -1, SQLITE_STATIC);
        int rc;
        while (!found && db_next(st, &rc, err, "reading the plans")) {
            char *source = realpath(db_text(st, 1), NULL);
            if (source && strcmp(source, full) == 0) found = xstrdup(db_text(st, 0));
            free(source);
        }
        sqlite3_finalize(st);
    }
    free(full);
    return found;
}

int unknown_plan(struct cmd_ctx *ctx, sqlite3 *db, const char *id)
{
    char *of_file = plan_of_file(db, id, &ctx->err);
    if (of_file) {
        eh_fail(&ctx->err, EH_INVALID, NULL, 0, 0, "no plan '%s' is tracked: that is a plan file; the plan it "
                "holds is tracked as '%s'", id, of_file);
        free(of_file);
        return EH_INVALID;
    }
    sqlite3_stmt *st;
    const char *ids[512];
    size_t n = 0;
    if (db_prepare(db, &st, "SELECT id FROM plans ORDER BY id LIMIT 512", &ctx->err)) return EH_IO;
    int rc;
    while (db_next(st, &rc, &ctx->err, "reading the plans") && n < ARRAY_LEN(ids)) ids[n++] = xstrdup(db_text(st, 0));
    sqlite3_finalize(st);
    if (rc) {
        for (size_t i = 0; i < n; i++) free((char *)ids[i]);
        return rc;
    }
    const char *hint = closest_word(id, ids, n);
    if (hint)
        eh_fail(&ctx->err, EH_INVALID, NULL, 0, 0, "no plan '%s' is tracked; did you mean '%s'?", id, hint);
    else
        eh_fail(&ctx->err, EH_INVALID, NULL, 0, 0, "no plan '%s' is tracked (see 'ehtrack plan list')", id);
    for (size_t i = 0; i < n; i++) free((char *)ids[i]);
    return EH_INVALID;
}

/* The steps of plan ?1 as plan show gives them, in table and CSV alike:
 * columns 6 and 7 are the checklist items ticked and listed, null where
 * the step lists none. */
#define SHOW_STEPS_SQL                                                                         \
    "SELECT step, status, started, completed, due, owner, "                                    \
    "  (SELECT CASE WHEN count(*) THEN sum(done) END FROM plan_checklist c "                   \
    "   WHERE c.plan_id = s.plan_id AND c.step = s.step), "                                    \
    "  (SELECT nullif(count(*), 0) FROM plan_checklist c "                                     \
    "   WHERE c.plan_id = s.plan_id AND c.step = s.step) "                                     \
    "FROM plan_steps s WHERE plan_id = ?1 ORDER BY position"

/* A value shows its control characters visibly (\n, \x1b), as table
 * cells do: a vendor or title synced from YAML may hold them. */
static void show_kv(const char *k, const char *v)
{
    if (!v || !*v) v = "-";
    struct sbuf shown = {0};
    if (has_controls(v)) {
        sbuf_add_visible(&shown, v);
        v = sbuf_str(&shown);
    }
    printf("%-14s %s\n", k, v);
    sbuf_free(&shown);
}

/* Column value of st, in the metric's style, else the text of column alt. */
static void goal_number_cell(struct out_table *t, const struct metric_def *m, sqlite3_stmt *st, int value,
                             int alt)
{
    if (sqlite3_column_type(st, value) == SQLITE_NULL) {
        out_text(t, db_text(st, alt));
        return;
    }
    char buf[64];
    if (m) metric_format(m->unit, sqlite3_column_double(st, value), true, buf, sizeof buf);
    else format_double(buf, sizeof buf, sqlite3_column_double(st, value));
    out_text(t, buf);
}

static int show_table(struct cmd_ctx *ctx, sqlite3 *db, const char *id)
{
    static const struct out_col step_cols[] = {
        {"step", NULL, COL_TEXT, 0, 0}, {"status", NULL, COL_TEXT, 0, 0},
        {"started", NULL, COL_TEXT, 0, 0}, {"completed", NULL, COL_TEXT, 0, 0},
        {"due", NULL, COL_TEXT, 0, 0}, {"owner", NULL, COL_TEXT, 0, 18},
        {"checklist", NULL, COL_TEXT, 0, 0},
    };
    static const struct out_col goal_cols[] = {
        {"goal", NULL, COL_TEXT, 0, 16}, {"metric", NULL, COL_TEXT, 0, 0},
        {"baseline", NULL, COL_TEXT, 0, 0}, {"target", NULL, COL_TEXT, 0, 0},
        {"deadline", NULL, COL_TEXT, 0, 0},
    };
    sqlite3_stmt *st;
    if (db_prepare(db, &st,
                   "SELECT pl.id, pl.title, pr.agb || ' ' || pr.name, coalesce(pr.care_group, pl.care_group), "
                   "       " PLAN_REGION_SQL ", pl.app_type || ': ' || pl.app_name || coalesce(' (' || pl.vendor || ')', ''), "
                   "       (SELECT group_concat(direction, ', ') FROM plan_directions d WHERE d.plan_id = pl.id), "
                   "       pl.source, pl.synced_at, pl.response_term_hours, pl.retired_at, "
                   "       pl.practice_id IS NULL, pl.app_type IN ('patient_communication', 'patient_portal'), "
                   "       " PRACTICE_TERM_SQL("pl.practice_id") ", pl.source_path, "
                   "       EXISTS (SELECT 1 FROM plans q WHERE q.practice_id = pl.practice_id AND q.retired_at IS NULL "
                   "               AND q.app_type IN " TERM_APP_TYPES_SQL ") "
                   "FROM plans pl LEFT JOIN practices pr ON pr.id = pl.practice_id WHERE pl.id = ?1", &ctx->err))
        return EH_IO;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    int rc;
    if (!db_next(st, &rc, &ctx->err, "reading the plan")) {
        sqlite3_finalize(st);
        return rc ? rc : unknown_plan(ctx, db, id);
    }
    show_kv("plan", db_text(st, 0));
    show_kv("title", db_text(st, 1));
    show_kv("practice", db_text(st, 2));
    show_kv("care group", db_text(st, 3));
    show_kv("region", db_text(st, 4));
    show_kv("application", db_text(st, 5));
    show_kv("directions", db_text(st, 6));
    char buf[192];
    struct plan_progress progress;
    if ((rc = plan_progress_load(db, NULL, id, &progress, &ctx->err))) {
        sqlite3_finalize(st);
        return rc;
    }
    snprintf(buf, sizeof buf, "%d of %d steps (%.0f%%), current step: %s", progress.done, STEP_COUNT,
             progress.share * 100, plan_progress_current_key(&progress));
    show_kv("progress", buf);
    /* Only a practice's own e-consult and portal plans set the term its
       response_in_term is measured against (docs/metrics.md, "The response
       term"); showing 24 hours for any other plan promised a term nothing
       measures. */
    bool term_set = sqlite3_column_type(st, 9) != SQLITE_NULL;
    int term = term_set ? sqlite3_column_int(st, 9) : 24;
    if (sqlite3_column_int(st, 11))
        snprintf(buf, sizeof buf, term_set ? "%d hours, for no practice: a care-group plan's term does not count for its practices" : "-",
                 term);
    else if (!sqlite3_column_int(st, 12))
        snprintf(buf, sizeof buf, term_set ? "%d hours, for no practice: only e-consult and portal plans set a practice's term" : "-",
                 term);
    else if (db_text(st, 10) && sqlite3_column_int(st, 15))
        /* A retired plan's term counts only while no active plan sets one. */
        snprintf(buf, sizeof buf, "%d hours%s, for no practice now: the plan is retired, and the practice's active "
                 "e-consult and portal plans set its term (%d hours)", term, term_set ? "" : " (the default)",
                 sqlite3_column_int(st, 13));
    else if (sqlite3_column_type(st, 13) != SQLITE_NULL && sqlite3_column_int(st, 13) != term)
        /* Another plan of the practice sets a smaller term: that one counts. */
        snprintf(buf, sizeof buf, "%d hours%s, but the practice is measured against %d: the smallest term of its "
                 "e-consult and portal plans", term, term_set ? "" : " (the default)", sqlite3_column_int(st, 13));
    else
        snprintf(buf, sizeof buf, term_set ? "%d hours" : "%d hours (the default)", term);
    show_kv("response term", buf);
    char *shown = db_text(st, 14) ? path_shown(db_text(st, 7), db_text(st, 14)) : NULL;
    show_kv("source", shown ? shown : db_text(st, 7));
    free(shown);
    show_kv("synced", db_text(st, 8));
    if (db_text(st, 10)) {
        snprintf(buf, sizeof buf, "retired %s", db_text(st, 10));
        show_kv("state", buf);
    } else {
        show_kv("state", "active");
    }
    sqlite3_finalize(st);

    printf("\n");
    if (db_prepare(db, &st, SHOW_STEPS_SQL, &ctx->err)) return EH_IO;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    struct out_table t;
    out_init(&t, step_cols, ARRAY_LEN(step_cols));
    while (db_next(st, &rc, &ctx->err, "reading the plan's steps")) {
        for (int i = 0; i < 6; i++) out_text(&t, db_text(st, i));
        if (sqlite3_column_type(st, 7) == SQLITE_NULL)
            out_null(&t);
        else
            out_textf(&t, "%d/%d", sqlite3_column_int(st, 6), sqlite3_column_int(st, 7));
    }
    sqlite3_finalize(st);
    if (!rc) out_print(&t, OUT_TABLE, stdout);
    out_free(&t);
    if (rc) return rc;

    if (db_prepare(db, &st,
                   "SELECT goal_id, metric, baseline_value, baseline_from || '..' || baseline_to, "
                   "  target, printf('%+g%% of baseline', change * 100), deadline "
                   "FROM plan_goals WHERE plan_id = ?1 ORDER BY position", &ctx->err))
        return EH_IO;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    /* Targets and baselines in the style goals prints them (5.0%). */
    struct metric_catalog cat;
    struct diag_list ignored = {0};
    metric_catalog_load(&cat, &ignored);
    diag_free(&ignored);
    out_init(&t, goal_cols, ARRAY_LEN(goal_cols));
    while (db_next(st, &rc, &ctx->err, "reading the plan's goals")) {
        const struct metric_def *m = metric_find(&cat, db_text(st, 1));
        out_text(&t, db_text(st, 0));
        out_text(&t, db_text(st, 1));
        goal_number_cell(&t, m, st, 2, 3);
        goal_number_cell(&t, m, st, 4, 5);
        out_text(&t, db_text(st, 6));
    }
    sqlite3_finalize(st);
    metric_catalog_free(&cat);
    if (!rc && out_rows(&t)) {
        printf("\n");
        out_print(&t, OUT_TABLE, stdout);
    }
    out_free(&t);
    return rc;
}

enum eh_status cmd_plan_show(struct cmd_ctx *ctx, int argc, char **argv)
{
    static const struct out_col step_cols[] = {
        {"step", NULL, COL_TEXT, 0, 0}, {"status", NULL, COL_TEXT, 0, 0},
        {"started", NULL, COL_TEXT, 0, 0}, {"completed", NULL, COL_TEXT, 0, 0},
        {"due", NULL, COL_TEXT, 0, 0}, {"owner", NULL, COL_TEXT, 0, 0},
        /* The table's CHECKLIST (2/2) as two numbers: a spreadsheet opening
         * the CSV reads "2/2" as a date. */
        {"checklist_done", NULL, COL_INT, 0, 0}, {"checklist_items", NULL, COL_INT, 0, 0},
    };
    const char *id;
    if (one_id(ctx, argc, argv, &id)) return EH_USAGE;
    sqlite3 *db = cmd_db(ctx);
    if (!db) return EH_IO;
    if (ctx->format == OUT_TABLE) return show_table(ctx, db, id);
    sqlite3_stmt *st;
    if (ctx->format == OUT_JSON) {
        /* The recorded snapshot, with its progress, where it came from and
         * (a practice's plan) the practice as the register has it, which the
         * plan names by AGB only; numbers as every other JSON output writes
         * them. */
        if (db_prepare(db, &st,
                       "SELECT pl.snapshot, pl.source, pl.synced_at, pl.retired_at, p.id, p.name, p.care_group, "
                       "  p.region, pl.source_path FROM plans pl LEFT JOIN practices p ON p.id = pl.practice_id "
                       "WHERE pl.id = ?1",
                       &ctx->err))
            return EH_IO;
        sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
        int rc;
        if (!db_next(st, &rc, &ctx->err, "reading the plan")) {
            sqlite3_finalize(st);
            return rc ? rc : unknown_plan(ctx, db, id);
        }
        struct plan_progress progress;
        if ((rc = plan_progress_load(db, NULL, id, &progress, &ctx->err))) {
            sqlite3_finalize(st);
            return rc;
        }
        struct sbuf out = {0};
        const char *snap = db_text(st, 0);
        size_t len = strlen(snap);
        sbuf_addn(&out, snap, len && snap[len - 1] == '}' ? len - 1 : len);
        sbuf_adds(&out, ", \"progress\": ");
        json_num(&out, progress.share);
        sbuf_adds(&out, ", \"current_step\": ");
        json_str(&out, plan_progress_current_key(&progress));
        /* As the table and plan list give it: the path from here. */
        char *shown = db_text(st, 8) ? path_shown(db_text(st, 1), db_text(st, 8)) : NULL;
        sbuf_adds(&out, ", \"source\": ");
        json_str(&out, shown ? shown : db_text(st, 1));
        free(shown);
        sbuf_adds(&out, ", \"synced_at\": ");
        json_str(&out, db_text(st, 2));
        sbuf_adds(&out, ", \"retired_at\": ");
        if (db_text(st, 3)) json_str(&out, db_text(st, 3));
        else sbuf_adds(&out, "null");
        sbuf_adds(&out, ", \"register\": ");
        if (sqlite3_column_type(st, 4) == SQLITE_NULL) {
            sbuf_adds(&out, "null");
        } else {
            sbuf_adds(&out, "{\"name\": ");
            json_str(&out, db_text(st, 5));
            sbuf_adds(&out, ", \"care_group\": ");
            json_str(&out, db_text(st, 6));
            sbuf_adds(&out, ", \"region\": ");
            json_str(&out, db_text(st, 7));
            sbuf_addc(&out, '}');
        }
        sbuf_addc(&out, '}');
        printf("%s\n", sbuf_str(&out));
        sbuf_free(&out);
        sqlite3_finalize(st);
        return EH_OK;
    }
    if (db_prepare(db, &st, SHOW_STEPS_SQL, &ctx->err)) return EH_IO;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    struct out_table t;
    out_init(&t, step_cols, ARRAY_LEN(step_cols));
    int rc;
    while (db_next(st, &rc, &ctx->err, "reading the plan's steps")) {
        for (int i = 0; i < 6; i++) out_text(&t, db_text(st, i));
        for (int i = 6; i < 8; i++) {
            if (sqlite3_column_type(st, i) == SQLITE_NULL) out_null(&t);
            else out_int(&t, sqlite3_column_int64(st, i));
        }
    }
    sqlite3_finalize(st);
    if (!rc) rc = out_rows(&t) ? EH_OK : unknown_plan(ctx, db, id);
    if (!rc) out_print(&t, ctx->format, stdout);
    out_free(&t);
    return rc;
}

enum eh_status cmd_plan_history(struct cmd_ctx *ctx, int argc, char **argv)
{
    static const struct out_col cols[] = {
        {"recorded_at", NULL, COL_TEXT, 0, 0}, {"recorded_by", NULL, COL_TEXT, 0, 0},
        {"source", NULL, COL_TEXT, 0, 0}, {"commit", NULL, COL_TEXT, 0, 0},
        {"author", NULL, COL_TEXT, 0, 0}, {"uncommitted", NULL, COL_TEXT, 0, 0},
        {"changes", NULL, COL_TEXT, 0, 0},
    };
    /* For people: one change per line, the entry's details on its first. */
    static const struct out_col table_cols[] = {
        {"recorded_at", "RECORDED", COL_TEXT, 0, 0}, {"recorded_by", "BY", COL_TEXT, 0, 16},
        {"commit", NULL, COL_TEXT, 0, 0}, {"author", NULL, COL_TEXT, 0, 20},
        {"change", NULL, COL_TEXT, 0, 0},
    };
    const char *id;
    if (one_id(ctx, argc, argv, &id)) return EH_USAGE;
    sqlite3 *db = cmd_db(ctx);
    if (!db) return EH_IO;
    sqlite3_stmt *st;
    if (db_prepare(db, &st,
                   "SELECT h.recorded_at, h.recorded_by, h.source, h.git_commit, h.git_author, h.changes, "
                   "       (SELECT group_concat(value, '; ') FROM json_each(h.changes)), "
                   "       CASE WHEN h.git_commit IS NOT NULL "
                   "            THEN substr(h.git_commit, 1, 8) || CASE WHEN h.git_uncommitted THEN '+' ELSE '' END "
                   "            WHEN h.git_uncommitted THEN 'uncommitted' END, "
                   "       j.value, j.key, h.git_uncommitted "
                   "FROM plan_history h LEFT JOIN json_each(h.changes) j "
                   "WHERE h.plan_id = ?1 ORDER BY h.id, j.key", &ctx->err))
        return EH_IO;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    bool table = ctx->format == OUT_TABLE;
    struct out_table t;
    out_init(&t, table ? table_cols : cols, table ? ARRAY_LEN(table_cols) : ARRAY_LEN(cols));
    int rc;
    while (db_next(st, &rc, &ctx->err, "reading the history")) {
        bool first = sqlite3_column_int(st, 9) == 0;
        if (table) {
            if (first) {
                out_text(&t, db_text(st, 0));
                out_text(&t, db_text(st, 1));
                out_text(&t, db_text(st, 7));
                out_text(&t, db_text(st, 4));
            } else {
                for (int i = 0; i < 4; i++) out_text(&t, "");
            }
            out_text(&t, db_text(st, 8));
        } else if (first) {
            for (int i = 0; i < 5; i++) out_text(&t, db_text(st, i));
            if (sqlite3_column_type(st, 10) == SQLITE_NULL) out_null(&t);
            else out_bool(&t, sqlite3_column_int(st, 10) != 0);
            out_json(&t, db_text(st, 5), db_text(st, 6));
        }
    }
    sqlite3_finalize(st);
    if (!rc && !out_rows(&t)) rc = unknown_plan(ctx, db, id);
    if (!rc) out_print(&t, ctx->format, stdout);
    out_free(&t);
    return rc;
}

/* ---- plan retire ----------------------------------------------------------- */

enum eh_status cmd_plan_retire(struct cmd_ctx *ctx, int argc, char **argv)
{
    static const struct option opts[] = {{"undo", no_argument, NULL, 'u'}, {NULL, 0, NULL, 0}};
    bool undo = false;
    int c, index;
    while ((c = cmd_getopt(ctx, argc, argv, "", opts, &index)) != -1) {
        if (c != 'u') return EH_USAGE;
        undo = true;
    }
    if (optind >= argc) return cmd_usage_error(ctx, "name the plan id");
    if (optind + 1 < argc) return cmd_usage_error(ctx, "unexpected argument '%s'", argv[optind + 1]);
    const char *id = argv[optind];
    sqlite3 *db = cmd_db(ctx);
    if (!db) return EH_IO;
    long long known;
    sqlite3_stmt *st;
    if (db_prepare(db, &st, "SELECT count(*) FROM plans WHERE id = ?1", &ctx->err)) return EH_IO;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    int rc;
    known = db_next(st, &rc, &ctx->err, "reading the plans") ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    if (rc) return rc;
    if (!known) return unknown_plan(ctx, db, id);
    char when[32];
    struct term_snapshot terms_before = {0}, terms_after = {0};
    rc = term_snapshot_take(db, &terms_before, &ctx->err);
    if (!rc) rc = plan_store_retire(db, id, undo, when, sizeof when, &ctx->err);
    if (!rc) rc = term_snapshot_take(db, &terms_after, &ctx->err);
    if (!rc) {
        if (undo)
            printf("plan %s is active again: back in status, goals and reports\n", id);
        else
            printf("retired plan %s: it leaves status, goals and reports (--all shows it); "
                   "plan list and plan history keep it\n", id);
        term_snapshot_report(&terms_before, &terms_after, stderr);
    }
    term_snapshot_free(&terms_before);
    term_snapshot_free(&terms_after);
    return rc;
}
