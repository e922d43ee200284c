/* import | imports | rejects | formats */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "db.h"
#include "import_remove.h"
#include "import_run.h"
#include "json.h"
#include "log_format.h"
#include "paths.h"
#include "plan_load.h"
#include "provenance.h"
#include "pseudo.h"
#include "util.h"

static const struct out_col result_cols[] = {
    {"file", NULL, COL_TEXT, 0, 36}, {"kind", NULL, COL_TEXT, 0, 0}, {"format", NULL, COL_TEXT, 0, 20},
    {"read", NULL, COL_INT, 0, 0}, {"inserted", NULL, COL_INT, 0, 0},
    {"duplicates", NULL, COL_INT, 0, 0}, {"skipped", NULL, COL_INT, 0, 0}, {"rejected", NULL, COL_INT, 0, 0},
    {"unmapped", NULL, COL_TEXT, 0, 0}, {"unmapped_not_shown", NULL, COL_INT, 0, 0, true},
};

/* The records an import changed, counted among its duplicates: calls
 * that new legs changed, messages that got their answer. */
static void updated_words(char *out, size_t size, bool calls, long long n)
{
    snprintf(out, size, "%lld %s", n,
             calls ? (n == 1 ? "call changed by new legs" : "calls changed by new legs")
                   : (n == 1 ? "message now answered" : "messages now answered"));
}

/* An import's notes, a line each (import_run.h): the next one from *at
 * and its length, or NULL after the last. */
static const char *next_note(const char **at, int *len)
{
    const char *note = *at;
    if (!note || !*note) return NULL;
    size_t n = strcspn(note, "\n");
    *len = (int)n;
    *at = note + n + (note[n] == '\n');
    return note;
}

/* The unmapped codes of an import in words: "channel 'Notitie' (40
 * rows), ...; 7 more not shown". */
static void unmapped_text(struct sbuf *text, const struct unmapped_code *codes, size_t n, long long more,
                          long long other)
{
    for (size_t i = 0; i < n; i++)
        sbuf_addf(text, "%s%s '%s' (%lld rows)", i ? ", " : "", codes[i].field, codes[i].value, codes[i].rows);
    if (more) sbuf_addf(text, "%s%lld more values", n ? ", " : "", more);
    /* "more" beside codes shown; alone, the rows are what is counted. */
    if (other && (n || more)) sbuf_addf(text, "; %lld more not shown", other);
    else if (other) sbuf_addf(text, "%lld row%s not shown", other, other == 1 ? "" : "s");
}

/* As JSON (for --format json) with the words for CSV, and the rows not
 * shown as a number (JSON only). */
static void unmapped_cell(struct out_table *t, const struct unmapped_code *codes, size_t n, long long more,
                          long long other)
{
    struct sbuf json = {0}, text = {0};
    sbuf_addc(&json, '[');
    for (size_t i = 0; i < n; i++) {
        sbuf_adds(&json, i ? ", {\"field\": " : "{\"field\": ");
        json_str(&json, codes[i].field);
        sbuf_adds(&json, ", \"value\": ");
        json_str(&json, codes[i].value);
        sbuf_addf(&json, ", \"rows\": %lld}", codes[i].rows);
    }
    sbuf_addc(&json, ']');
    unmapped_text(&text, codes, n, more, other);
    out_json(t, sbuf_str(&json), sbuf_str(&text));
    out_int(t, other);
    sbuf_free(&json);
    sbuf_free(&text);
}

/* A table has no room for a list: it goes under the rows. */
static void unmapped_line(struct sbuf *lines, const char *what, const struct unmapped_code *codes, size_t n,
                          long long more, long long other)
{
    if (!n && !more && !other) return;
    struct sbuf text = {0};
    sbuf_addf(&text, "unmapped codes %s: ", what);
    unmapped_text(&text, codes, n, more, other);
    /* A code is a value of the export: a control in it must not reach
     * the terminal as one. */
    sbuf_add_visible(lines, sbuf_str(&text));
    sbuf_addc(lines, '\n');
    sbuf_free(&text);
}

/* A dry run stores no rejects: it names them, as the compiler of a file. */
static void print_reject(void *ctx, const char *file, long line, int col, const char *reason)
{
    (void)ctx;
    if (col > 0) fprintf(stderr, "ehtrack: %s:%ld:%d: %s\n", file, line, col, reason);
    else fprintf(stderr, "ehtrack: %s:%ld: %s\n", file, line, reason);
}

/* The database a dry run reads: the real one when it exists (its
 * transaction is rolled back), else an empty one in memory, so that no
 * file is created. A colleague who may only read the database checks a
 * file on a private copy of it: the rows are counted against the same
 * records, and a transaction it could not begin is not needed. */
/* No database where --db (or the default) points: no register either, so
 * every row would be rejected. Said as such: "--practice X is not in the
 * register" sent a user who had only left out --db to sync the register
 * again. */
static int no_database(struct cmd_ctx *ctx)
{
    /* The sync advised must reach the same database: without --db it
     * would record the register in ./ehtrack.db. */
    bool named = strcmp(ctx->db_path, "ehtrack.db") != 0;
    return eh_fail(&ctx->err, EH_USAGE, NULL, 0, 0, "%s: no database here, so no register: every row would be "
                   "rejected; give the database with --db PATH, or record the register first ('ehtrack %s%s%splan "
                   "sync plans/')", ctx->db_path, named ? "--db " : "", named ? ctx->db_path : "", named ? " " : "");
}

static sqlite3 *dry_run_db(struct cmd_ctx *ctx, struct pseudo_key *key)
{
    if (!file_exists(ctx->db_path)) {
        if (db_open(&ctx->db, ":memory:", true, &ctx->err)) return NULL;
    } else if (access(ctx->db_path, W_OK) != 0) {
        /* Opened only to read: one of an older schema could not be
         * brought up to date by this user, the copy can. */
        if (db_open_private_copy(ctx->db_path, &ctx->db, &ctx->err)) return NULL;
        fprintf(stderr, "ehtrack: %s: this user may only read it: the dry run works on a private copy\n",
                ctx->db_path);
    } else if (!cmd_db(ctx)) {
        return NULL;
    } else if (sqlite3_db_readonly(ctx->db, "main") == 1) {
        sqlite3 *copy;
        if (db_copy_private(ctx->db, &copy, &ctx->err)) return NULL;
        db_close(ctx->db);
        ctx->db = copy;
        fprintf(stderr, "ehtrack: %s: this user may only read it: the dry run works on a private copy\n",
                ctx->db_path);
    }
    if (pseudo_key_peek(ctx->db_path, ctx->db, key, NULL, &ctx->err)) return NULL;
    if (db_begin(ctx->db, &ctx->err)) return NULL;
    return ctx->db;
}

/* The database a real import writes, opened (created where there is
 * none) with its key: NULL after filling ctx->err. */
static sqlite3 *import_db(struct cmd_ctx *ctx, struct pseudo_key *key)
{
    sqlite3 *db = cmd_db(ctx);
    if (db && pseudo_key_open(ctx->db_path, db, key, NULL, &ctx->err)) {
        db_rollback(db);
        return NULL;
    }
    return db;
}

/* Whether s reads as a name rather than a mistyped code (0105302X): more
 * letters than digits (bytes past ASCII count as letters). */
static bool reads_as_name(const char *s)
{
    int letters = 0, digits = 0;
    for (; *s; s++) {
        if (isdigit((unsigned char)*s)) digits++;
        else if (isalpha((unsigned char)*s) || (unsigned char)*s >= 0x80) letters++;
    }
    return letters > digits;
}

enum eh_status cmd_import(struct cmd_ctx *ctx, int argc, char **argv)
{
    static const struct option opts[] = {
        {"as", required_argument, NULL, 'a'},
        {"practice", required_argument, NULL, 'p'},
        {"strict", no_argument, NULL, 's'},
        {"dry-run", no_argument, NULL, 'n'},
        {NULL, 0, NULL, 0},
    };
    const char *as = NULL, *practice = NULL;
    bool strict = false, dry_run = false;
    int c, index;
    while ((c = cmd_getopt(ctx, argc, argv, "", opts, &index)) != -1) {
        switch (c) {
        case 'a': as = optarg; break;
        case 'p': practice = optarg; break;
        case 's': strict = true; break;
        case 'n': dry_run = true; break;
        default: return EH_USAGE;
        }
    }
    if (optind >= argc)
        return cmd_usage_error(ctx, "name the kind (consults, messages, calls, survey, registrations) and a file");
    int kind = log_kind_find(argv[optind]);
    if (kind < 0)
        return cmd_usage_error(ctx, "'%s' is not a kind of log (consults, messages, calls, survey, registrations)",
                               argv[optind]);
    if (optind + 1 >= argc) return cmd_usage_error(ctx, "name at least one file to import");
    /* A practice's name is looked up in the register, which names its
     * code, as status does; what is neither is refused here. */
    if (practice && !agb_valid(practice) && !reads_as_name(practice))
        return cmd_bad_agb(ctx, practice);

    struct log_format fmt;
    struct diag_list diags = {0};
    int rc = format_resolve(&fmt, as ? as : "canonical", (enum log_kind)kind, &diags, &ctx->err);
    if (diags.count) {
        diag_sort(&diags);
        diag_print(&diags, stderr);
        rc = diag_status(&diags);
        diag_free(&diags);
        format_free(&fmt);
        return rc;
    }
    if (rc) {
        format_free(&fmt);
        return rc;
    }
    int threads;
    if (cmd_threads(ctx, &threads)) {
        format_free(&fmt);
        return ctx->err.status;
    }
    struct pseudo_key key;
    ctx->dry_run = dry_run;
    /* A real import opens the database at the first file it can read: one
     * that can import nothing (no file there, a --practice where there is
     * no database, so no register) leaves no database and no key file
     * where there was none, as interface.md 7.1 wants of a command that
     * fails (a mistyped --db). A dry run creates neither anyway. */
    sqlite3 *db = NULL;
    if (dry_run && !file_exists(ctx->db_path)) {
        format_free(&fmt);
        return no_database(ctx);
    }
    if (dry_run && (!(db = dry_run_db(ctx, &key)) || (!practice && import_register_check(db, &ctx->err)))) {
        if (db) db_rollback(db);
        format_free(&fmt);
        return ctx->err.status;
    }
    struct import_options opt = {practice, strict, isatty(STDERR_FILENO) != 0, threads == 1,
                                 dry_run ? print_reject : NULL, NULL};
    bool table = ctx->format == OUT_TABLE;
    struct out_table t;
    struct sbuf lines = {0};
    out_init(&t, result_cols, ARRAY_LEN(result_cols) - 2 * table);
    int status = EH_OK;
    int stopped_at = 0;                 /* the file a failure that ends the command happened in */
    for (int i = optind + 1; i < argc && !rc; i++) {
        struct import_result res;
        /* Each file binds the format to its own header. */
        if (i > optind + 1) {
            format_free(&fmt);
            if (format_resolve(&fmt, as ? as : "canonical", (enum log_kind)kind, &diags, &ctx->err)) {
                rc = diags.count ? diag_status(&diags) : (int)ctx->err.status;
                diag_sort(&diags);
                diag_print(&diags, stderr);
                diag_free(&diags);
                stopped_at = i;
                break;
            }
        }
        if (!db) {
            rc = import_file_check(argv[i], strict, &ctx->err);
            /* No database, so no register: every row would be rejected
             * (an import run before plan sync, or a mistyped --db). */
            if (!rc && !db_exists(ctx->db_path)) rc = no_database(ctx);
            if (!rc && !(db = import_db(ctx, &key))) {
                rc = ctx->err.status;
                break;
            }
            /* A lost key is said first: a register synced would not mend
             * it. --practice names its own practice missing. */
            if (!rc && !practice && (rc = import_register_check(db, &ctx->err))) {
                stopped_at = i;
                break;
            }
        }
        if (rc || (rc = import_file(db, &key, argv[i], &fmt, &opt, &res, &ctx->err))) {
            /* A file that cannot be read, or whose header does not fit,
             * leaves the database as it was: the files after it are read
             * (a glob of a month's exports with one stray file among them
             * must not lose the rest). A failure of the database, or of
             * the command line, ends the command. */
            if (strcmp(ctx->err.file, argv[i]) == 0) {
                eh_error_print(&ctx->err, stderr);
                if (rc > status) status = rc;
                memset(&ctx->err, 0, sizeof ctx->err);
                rc = EH_OK;
                continue;
            }
            stopped_at = i;
            break;
        }
        struct sbuf shown_name = {0};
        sbuf_add_visible(&shown_name, argv[i]);
        const char *shown = sbuf_str(&shown_name);
        out_text(&t, argv[i]);
        out_text(&t, LOG_KIND_NAMES[kind]);
        out_text(&t, fmt.file ? fmt.name : "canonical");
        out_int(&t, res.read);
        out_int(&t, res.inserted);
        out_int(&t, res.duplicates);
        out_int(&t, res.skipped);
        out_int(&t, res.rejected);
        if (table) {
            char *what = xasprintf("in %s", argv[i]);
            unmapped_line(&lines, what, res.unmapped, res.nunmapped, res.unmapped_more, res.unmapped_other);
            free(what);
        } else {
            unmapped_cell(&t, res.unmapped, res.nunmapped, res.unmapped_more, res.unmapped_other);
        }
        if (res.rejected) {
            status = EH_INVALID;
            if (dry_run)
                fprintf(stderr, "ehtrack: %s: %lld row%s would be rejected%s\n", shown, res.rejected,
                        res.rejected == 1 ? "" : "s", res.refused ? " and nothing imported (--strict)" : "");
            else
                fprintf(stderr, "ehtrack: %s: %lld row%s rejected%s; see 'ehtrack rejects %lld'\n", shown,
                        res.rejected, res.rejected == 1 ? "" : "s",
                        res.refused ? " and nothing imported (--strict)" : "", res.import_id);
        }
        if (res.updated) {
            char words[64];
            updated_words(words, sizeof words, kind == KIND_CALLS, res.updated);
            fprintf(stderr, "ehtrack: %s: %s\n", shown, words);
        }
        int len;
        for (const char *at = res.note, *note; (note = next_note(&at, &len));)
            fprintf(stderr, "ehtrack: %s: note: %.*s\n", shown, len, note);
        import_result_free(&res);
        sbuf_free(&shown_name);
    }
    /* Files before a failing one are in; say so before the error. A
     * program reading JSON or CSV gets them even when no file was usable
     * (an empty list): stdout is never half a document. */
    if (out_rows(&t) || (!rc && (status == EH_OK || !table))) {
        out_print(&t, ctx->format, stdout);
        fputs(sbuf_str(&lines), stdout);
    }
    if (rc && ctx->err.msg[0]) {
        /* The error first, then what it means for the files and the
         * dry run (main would print it last). */
        eh_error_print(&ctx->err, stderr);
        memset(&ctx->err, 0, sizeof ctx->err);
    }
    if (rc && stopped_at && stopped_at + 1 < argc) {
        fprintf(stderr, "ehtrack: the import stopped there: not imported: %s", argv[stopped_at]);
        for (int i = stopped_at + 1; i < argc; i++) fprintf(stderr, ", %s", argv[i]);
        fprintf(stderr, "\n");
    }
    if (dry_run) {
        db_rollback(db);
        fprintf(stderr, "ehtrack: dry run: nothing was written\n");
    }
    out_free(&t);
    sbuf_free(&lines);
    format_free(&fmt);
    return rc ? rc : status;
}

/* The unmapped codes kept for one import. */
static int load_unmapped(sqlite3_stmt *st, long long import_id, struct unmapped_code **codes,
                         size_t *n, struct eh_error *err)
{
    size_t cap = 0;
    *codes = NULL;
    *n = 0;
    sqlite3_bind_int64(st, 1, import_id);
    int rc;
    while (db_next(st, &rc, err, "reading the unmapped codes")) {
        GROW(*codes, cap, *n + 1);
        struct unmapped_code *u = &(*codes)[(*n)++];
        snprintf(u->field, sizeof u->field, "%s", db_text(st, 0));
        u->value = xstrdup(db_text(st, 1));
        u->rows = sqlite3_column_int64(st, 2);
    }
    sqlite3_reset(st);
    return rc;
}

static void free_unmapped(struct unmapped_code *codes, size_t n)
{
    for (size_t i = 0; i < n; i++) free(codes[i].value);
    free(codes);
}

static const char UNMAPPED_SQL[] =
    "SELECT field, value, rows FROM import_unmapped WHERE import_id = ?1 ORDER BY rows DESC, field, value";

/* The unmapped codes kept for an import (codes: UNMAPPED_SQL), as a cell
 * of t, or, without t, as a line under a table. */
static int show_unmapped(sqlite3_stmt *codes, long long import_id, long long other,
                         struct out_table *t, struct sbuf *lines, struct eh_error *err)
{
    struct unmapped_code *list;
    size_t n;
    if (load_unmapped(codes, import_id, &list, &n, err)) return EH_IO;
    if (t) {
        unmapped_cell(t, list, n, 0, other);
    } else {
        char *what = xasprintf("of import %lld", import_id);
        unmapped_line(lines, what, list, n, 0, other);
        free(what);
    }
    free_unmapped(list, n);
    return EH_OK;
}

/* The removal of an import (columns first..: removed_at, removed_by,
 * deleted, kept, changed), as a cell of t or, without t, as a line under
 * a table. */
static void removal_cell(sqlite3_stmt *st, int first, long long id, struct out_table *t, struct sbuf *lines)
{
    if (sqlite3_column_type(st, first) == SQLITE_NULL) {
        if (t) out_null(t);
        return;
    }
    const char *at = db_text(st, first), *by = db_text(st, first + 1);
    long long deleted = sqlite3_column_int64(st, first + 2), kept = sqlite3_column_int64(st, first + 3),
              changed = sqlite3_column_int64(st, first + 4);
    struct sbuf text = {0};
    sbuf_addf(&text, "removed %s%s%s: %lld deleted, %lld kept, %lld changed", at, by ? " by " : "", by ? by : "",
              deleted, kept, changed);
    if (!t) {
        sbuf_addf(lines, "import %lld %s\n", id, sbuf_str(&text));
    } else {
        struct sbuf json = {0};
        sbuf_adds(&json, "{\"at\": ");
        json_str(&json, at);
        sbuf_adds(&json, ", \"by\": ");
        if (by) json_str(&json, by);
        else sbuf_adds(&json, "null");
        sbuf_addf(&json, ", \"deleted\": %lld, \"kept\": %lld, \"changed\": %lld}", deleted, kept, changed);
        out_json(t, sbuf_str(&json), sbuf_str(&text));
        sbuf_free(&json);
    }
    sbuf_free(&text);
}

/* An import's file as a list printed here names it: as the import was
 * given it where that still leads to it, else from here (path_shown);
 * imports before schema 13 as they were given. Caller frees. */
static char *file_shown(const char *file, const char *file_path)
{
    return file_path ? path_shown(file, file_path) : xstrdup(file);
}

enum eh_status cmd_imports(struct cmd_ctx *ctx, int argc, char **argv)
{
    static const struct out_col cols[] = {
        {"id", NULL, COL_INT, 0, 0}, {"file", NULL, COL_TEXT, 0, 32}, {"format", NULL, COL_TEXT, 0, 18},
        {"kind", NULL, COL_TEXT, 0, 0}, {"time", NULL, COL_TEXT, 0, 0},
        {"read", NULL, COL_INT, 0, 0}, {"inserted", NULL, COL_INT, 0, 0},
        {"duplicates", NULL, COL_INT, 0, 0}, {"skipped", NULL, COL_INT, 0, 0}, {"rejected", NULL, COL_INT, 0, 0},
        {"outcome", NULL, COL_TEXT, 0, 0}, {"note", NULL, COL_TEXT, 0, 0}, {"unmapped", NULL, COL_TEXT, 0, 0},
        {"unmapped_not_shown", NULL, COL_INT, 0, 0, true}, {"removal", NULL, COL_TEXT, 0, 0},
        {"updated", NULL, COL_INT, 0, 0},
    };
    int c, index;
    while ((c = cmd_getopt(ctx, argc, argv, "", NULL, &index)) != -1) return EH_USAGE;
    if (optind < argc) return cmd_usage_error(ctx, "unexpected argument '%s'", argv[optind]);
    sqlite3 *db = cmd_db(ctx);
    if (!db) return EH_IO;
    sqlite3_stmt *st, *codes;
    if (db_prepare(db, &st, "SELECT i.id, i.file, i.format, i.kind, substr(i.started_at, 1, 19), i.read, i.inserted, "
                            "i.duplicates, i.skipped, i.rejected, i.outcome, i.notes, i.unmapped_other, "
                            "substr(x.removed_at, 1, 19), x.removed_by, x.deleted, x.kept, x.changed, i.updated, "
                            "i.file_path "
                            "FROM imports i LEFT JOIN import_removals x ON x.import_id = i.id ORDER BY i.id",
                   &ctx->err))
        return EH_IO;
    if (db_prepare(db, &codes, UNMAPPED_SQL, &ctx->err)) {
        sqlite3_finalize(st);
        return EH_IO;
    }
    /* A note is a sentence: in a table it would push every row past the
     * screen, so the table prints it under the rows, by import id; so
     * too the unmapped codes. */
    bool table = ctx->format == OUT_TABLE;
    struct out_table t;
    struct sbuf notes = {0};
    out_init(&t, cols, ARRAY_LEN(cols) - 5 * table);
    int rc = EH_OK, read = EH_OK;
    while (!rc && db_next(st, &read, &ctx->err, "reading the imports")) {
        long long id = sqlite3_column_int64(st, 0);
        out_int(&t, id);
        char *file = file_shown(db_text(st, 1), db_text(st, 19));
        out_text(&t, file);
        free(file);
        for (int i = 2; i <= 4; i++) out_text(&t, db_text(st, i));
        for (int i = 5; i <= 9; i++) out_int(&t, sqlite3_column_int64(st, i));
        out_text(&t, db_text(st, 10));
        /* Records an import changed are duplicates in its counts: what
         * changed (an answer, legs) is said apart, as the import said it. */
        long long updated = sqlite3_column_int64(st, 18);
        if (!table) out_text(&t, db_text(st, 11));
        else {
            if (updated) {
                char words[64];
                updated_words(words, sizeof words, strcmp(db_text(st, 3), LOG_KIND_NAMES[KIND_CALLS]) == 0, updated);
                sbuf_addf(&notes, "import %lld: %s\n", id, words);
            }
            int len;
            for (const char *at = db_text(st, 11), *note; (note = next_note(&at, &len));)
                sbuf_addf(&notes, "note on import %lld: %.*s\n", id, len, note);
        }
        rc = show_unmapped(codes, id, sqlite3_column_int64(st, 12), table ? NULL : &t, &notes, &ctx->err);
        removal_cell(st, 13, id, table ? NULL : &t, &notes);
        if (!table) out_int(&t, updated);
    }
    if (!rc) rc = read;
    sqlite3_finalize(st);
    sqlite3_finalize(codes);
    if (!rc) {
        out_print(&t, ctx->format, stdout);
        fputs(sbuf_str(&notes), stdout);
    }
    out_free(&t);
    sbuf_free(&notes);
    return rc;
}

/* An import's ID as the user typed it: digits only, 1 or more, and within
 * range (strtoll alone would turn 99999999999999999999 into its maximum). */
static bool parse_import_id(const char *s, long long *id)
{
    char *end;
    errno = 0;
    *id = strtoll(s, &end, 10);
    return end != s && !*end && errno != ERANGE && *id > 0;
}

enum eh_status cmd_imports_remove(struct cmd_ctx *ctx, int argc, char **argv)
{
    int c, index;
    while ((c = cmd_getopt(ctx, argc, argv, "", NULL, &index)) != -1) return EH_USAGE;
    if (optind >= argc) return cmd_usage_error(ctx, "name the import to take back (its ID in 'ehtrack imports')");
    long long id;
    if (!parse_import_id(argv[optind], &id))
        return cmd_usage_error(ctx, "ID is a number from 'ehtrack imports' (got '%s')", argv[optind]);
    if (optind + 1 < argc) return cmd_usage_error(ctx, "unexpected argument '%s'", argv[optind + 1]);
    sqlite3 *db = cmd_db(ctx);
    if (!db) return EH_IO;
    struct remove_result res;
    char *who = provenance_user();
    int rc = import_remove(db, id, who, isatty(STDERR_FILENO) != 0, &res, &ctx->err);
    free(who);
    if (rc) return rc;
    printf("removed import %lld (%s, %s): %lld record%s deleted", id, res.file, LOG_KIND_NAMES[res.kind],
           res.deleted, res.deleted == 1 ? "" : "s");
    if (res.kept)
        printf("; %lld kept, as another import carried %s too", res.kept, res.kept == 1 ? "it" : "them");
    if (res.changed) printf(" (%lld now as the other imports have %s)", res.changed, res.changed == 1 ? "it" : "them");
    printf("\n");
    return EH_OK;
}

enum eh_status cmd_rejects(struct cmd_ctx *ctx, int argc, char **argv)
{
    static const struct out_col cols[] = {
        {"import", NULL, COL_INT, 0, 0}, {"file", NULL, COL_TEXT, 0, 32}, {"line", NULL, COL_INT, 0, 0},
        {"column", NULL, COL_INT, 0, 0}, {"field", NULL, COL_TEXT, 0, 0}, {"reason", NULL, COL_TEXT, 0, 0},
    };
    int c, index;
    while ((c = cmd_getopt(ctx, argc, argv, "", NULL, &index)) != -1) return EH_USAGE;
    long long id = 0;
    if (optind < argc) {
        if (!parse_import_id(argv[optind], &id)) return cmd_usage_error(ctx, "IMPORT_ID is a number from 'ehtrack imports' (got '%s')", argv[optind]);
        if (optind + 1 < argc) return cmd_usage_error(ctx, "unexpected argument '%s'", argv[optind + 1]);
    }
    sqlite3 *db = cmd_db(ctx);
    if (!db) return EH_IO;
    sqlite3_stmt *st;
    long long removed_rows = 0;     /* all imports: rows of imports taken back, left out */
    bool removed = false;           /* one import: it was taken back */
    if (id) {
        long long exists;
        char sql[128];
        snprintf(sql, sizeof sql, "SELECT count(*) FROM imports WHERE id = %lld", id);
        if (db_int(db, sql, 0, &exists, &ctx->err)) return EH_IO;
        if (!exists) return eh_fail(&ctx->err, EH_INVALID, NULL, 0, 0, "no import %lld (see 'ehtrack imports')", id);
        snprintf(sql, sizeof sql, "SELECT count(*) FROM imports WHERE id = %lld AND outcome = 'removed'", id);
        if (db_int(db, sql, 0, &exists, &ctx->err)) return EH_IO;
        removed = exists > 0;
    } else if (db_int(db, "SELECT count(*) FROM rejects r JOIN imports i ON i.id = r.import_id "
                          "WHERE i.outcome = 'removed'", 0, &removed_rows, &ctx->err)) {
        return EH_IO;
    }
    /* The rows of an import taken back are not to be fixed any more: the
     * list of all leaves them out (it sent users to fix files they had
     * taken back); asked for by its id, the import's own are shown. */
    if (db_prepare(db, &st, "SELECT r.import_id, i.file, r.line, r.col, r.field, r.reason, i.file_path "
                            "FROM rejects r JOIN imports i ON i.id = r.import_id "
                            "WHERE (?1 = 0 AND i.outcome <> 'removed') OR r.import_id = ?1 "
                            "ORDER BY r.import_id, r.line", &ctx->err))
        return EH_IO;
    sqlite3_bind_int64(st, 1, id);
    struct out_table t;
    out_init(&t, cols, ARRAY_LEN(cols));
    int rc;
    /* Once per import: a realpath per rejected row of 100,000 is not. */
    long long shown_for = -1;
    char *shown = NULL;
    while (db_next(st, &rc, &ctx->err, "reading the rejected rows")) {
        long long import_id = sqlite3_column_int64(st, 0);
        if (import_id != shown_for) {
            free(shown);
            shown = file_shown(db_text(st, 1), db_text(st, 6));
            shown_for = import_id;
        }
        out_int(&t, import_id);
        out_text(&t, shown);
        out_int(&t, sqlite3_column_int64(st, 2));
        if (sqlite3_column_type(st, 3) == SQLITE_NULL) out_null(&t);
        else out_int(&t, sqlite3_column_int64(st, 3));
        out_text(&t, db_text(st, 4));
        out_text(&t, db_text(st, 5));
    }
    free(shown);
    sqlite3_finalize(st);
    /* Under the rows, the codes the format did not map: what a rule is
     * missing for, which the reasons never show. */
    struct sbuf lines = {0};
    if (!rc && ctx->format == OUT_TABLE) {
        sqlite3_stmt *codes;
        if (db_prepare(db, &st, "SELECT id, unmapped_other FROM imports WHERE (?1 = 0 AND outcome <> 'removed') OR id = ?1 "
                                "ORDER BY id",
                       &ctx->err))
            rc = EH_IO;
        else if (db_prepare(db, &codes, UNMAPPED_SQL, &ctx->err)) {
            sqlite3_finalize(st);
            rc = EH_IO;
        } else {
            sqlite3_bind_int64(st, 1, id);
            int read = EH_OK;
            while (!rc && db_next(st, &read, &ctx->err, "reading the imports"))
                rc = show_unmapped(codes, sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1), NULL,
                                   &lines, &ctx->err);
            if (!rc) rc = read;
            sqlite3_finalize(st);
            sqlite3_finalize(codes);
        }
    }
    if (!rc) {
        out_print(&t, ctx->format, stdout);
        fputs(sbuf_str(&lines), stdout);
        if (removed)
            fprintf(stderr, "ehtrack: note: import %lld was taken back (imports remove): these rows are in no "
                            "figure, and need no fixing unless the file is imported again\n", id);
        if (removed_rows)
            fprintf(stderr, "ehtrack: note: %lld rejected row%s of imports taken back (imports remove) not shown; "
                            "'ehtrack rejects ID' shows an import's own\n", removed_rows, removed_rows == 1 ? "" : "s");
    }
    out_free(&t);
    sbuf_free(&lines);
    return rc;
}

enum eh_status cmd_formats(struct cmd_ctx *ctx, int argc, char **argv)
{
    static const struct out_col cols[] = {
        {"name", NULL, COL_TEXT, 0, 0}, {"kind", NULL, COL_TEXT, 0, 0}, {"parser", NULL, COL_TEXT, 0, 0},
        {"source", NULL, COL_TEXT, 0, 0}, {"description", NULL, COL_TEXT, 0, 60},
    };
    static const char *const suffixes[] = {".yaml", ".yml", NULL};
    int c, index;
    while ((c = cmd_getopt(ctx, argc, argv, "", NULL, &index)) != -1) return EH_USAGE;
    if (optind < argc) return cmd_usage_error(ctx, "unexpected argument '%s'", argv[optind]);
    struct out_table t;
    out_init(&t, cols, ARRAY_LEN(cols));
    for (int k = 0; k < KIND_COUNT; k++) {
        struct log_format f;
        format_canonical(&f, (enum log_kind)k);
        out_text(&t, "canonical");
        out_text(&t, LOG_KIND_NAMES[k]);
        out_text(&t, "csv");
        out_text(&t, "built-in");
        out_text(&t, f.description);
        format_free(&f);
    }
    char *dir = data_path("templates/formats");
    char **names = list_dir(dir, suffixes);
    struct diag_list diags = {0};
    /* The format each file names, to catch two of one name: --as would
     * refuse it, and a copy that kept the shipped name is easy to make. */
    size_t nnames = 0;
    while (names && names[nnames]) nnames++;
    char **seen = xcalloc(nnames + 1, sizeof *seen);
    struct loc *seen_at = xcalloc(nnames + 1, sizeof *seen_at);
    for (size_t i = 0; names && names[i]; i++) {
        char *path = xasprintf("%s/%s", dir, names[i]);
        struct log_format f;
        if (format_load_file(&f, path, &diags)) {
            for (size_t j = 0; j < i; j++) {
                if (!seen[j] || strcmp(seen[j], f.name) != 0) continue;
                /* --as NAME reads NAME.yaml when there is one: the other
                 * file is then never read. */
                char *own = xasprintf("%s.yaml", f.name);
                bool i_own = strcmp(names[i], own) == 0, j_own = strcmp(names[j], own) == 0;
                char *other = xasprintf("%s/%s", dir, names[i_own ? j : i]);
                if (i_own || j_own)
                    diag_add(&diags, DIAG_ERROR, other, i_own ? seen_at[j].line : f.name_line,
                             i_own ? seen_at[j].col : f.name_col,
                             "format '%s' is the name of %s/%s, which 'import --as %s' reads: this file is never "
                             "read; give it a name of its own (format: ...)", f.name, dir, own, f.name);
                else
                    diag_add(&diags, DIAG_ERROR, path, f.name_line, f.name_col,
                             "format '%s' is also the name in %s/%s: 'import --as %s' cannot tell them apart; "
                             "give one another name (format: ...)", f.name, dir, names[j], f.name);
                free(other);
                free(own);
            }
            /* 'canonical' and the kinds' names are the built-in layouts'. */
            if (strcmp(f.name, "canonical") == 0 || log_kind_find(f.name) >= 0)
                diag_add(&diags, DIAG_ERROR, path, f.name_line, f.name_col,
                         "format '%s' is the name of a built-in layout, which 'import --as %s' reads: this file is "
                         "never read by name; give it a name of its own (format: ...)", f.name, f.name);
            seen[i] = xstrdup(f.name);
            seen_at[i] = (struct loc){f.name_line, f.name_col};
            out_text(&t, f.name);
            out_text(&t, LOG_KIND_NAMES[f.kind]);
            out_text(&t, f.parser == PARSER_CSV ? "csv" : "regex");
            out_textf(&t, "templates/formats/%s", names[i]);
            out_text(&t, f.description);
        }
        format_free(&f);
        free(path);
    }
    for (size_t i = 0; i < nnames; i++) free(seen[i]);
    free(seen);
    free(seen_at);
    free_list(names);
    free(dir);
    out_print(&t, ctx->format, stdout);
    out_free(&t);
    int rc = EH_OK;
    if (diags.count) {
        diag_sort(&diags);
        diag_print(&diags, stderr);
        rc = diag_status(&diags);
    }
    diag_free(&diags);
    return rc;
}
