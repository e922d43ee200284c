/* import | imports | rejects | formats */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "db.h"
#include "import_run.h"
#include "log_format.h"
#include "paths.h"
#include "plan_load.h"
#include "pseudo.h"
#include "util.h"

static const struct out_col result_cols[] = {
    {"file", NULL, COL_TEXT, 0, 36}, {"kind", NULL, COL_TEXT, 0, 0}, {"format", NULL, COL_TEXT, 0, 20},
    {"read", NULL, COL_INT, 0, 0}, {"inserted", NULL, COL_INT, 0, 0},
    {"duplicates", NULL, COL_INT, 0, 0}, {"rejected", NULL, COL_INT, 0, 0},
};

int cmd_import(struct cmd_ctx *ctx, int argc, char **argv)
{
    static const struct option opts[] = {
        {"as", required_argument, NULL, 'a'},
        {"practice", required_argument, NULL, 'p'},
        {"strict", no_argument, NULL, 's'},
        {NULL, 0, NULL, 0},
    };
    const char *as = NULL, *practice = NULL;
    bool strict = false;
    int c, index;
    while ((c = cmd_getopt(ctx, argc, argv, "", opts, &index)) != -1) {
        switch (c) {
        case 'a': as = optarg; break;
        case 'p': practice = optarg; break;
        case 's': strict = true; break;
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
    if (practice && !agb_valid(practice))
        return cmd_usage_error(ctx, "--practice must be an AGB code of exactly 8 digits (got '%s')", practice);

    struct log_format fmt;
    struct diag_list diags = {0};
    int rc = format_resolve(&fmt, as ? as : "canonical", (enum log_kind)kind, &diags, &ctx->err);
    if (diags.count) {
        diag_sort(&diags);
        diag_print(&diags, stderr);
        diag_free(&diags);
        format_free(&fmt);
        return EH_INVALID;
    }
    if (rc) {
        format_free(&fmt);
        return rc;
    }
    sqlite3 *db = cmd_db(ctx);
    struct pseudo_key key;
    if (!db || pseudo_key_open(ctx->db_path, db, &key, NULL, &ctx->err)) {
        format_free(&fmt);
        return ctx->err.status;
    }
    struct import_options opt = {practice, strict, isatty(STDERR_FILENO) != 0};
    struct out_table t;
    out_init(&t, result_cols, ARRAY_LEN(result_cols));
    int status = EH_OK;
    for (int i = optind + 1; i < argc; i++) {
        struct import_result res;
        /* Each file binds the format to its own header. */
        if (i > optind + 1) {
            format_free(&fmt);
            if (format_resolve(&fmt, as ? as : "canonical", (enum log_kind)kind, &diags, &ctx->err)) {
                int bad = diags.count ? EH_INVALID : ctx->err.status;
                diag_sort(&diags);
                diag_print(&diags, stderr);
                diag_free(&diags);
                out_print(&t, ctx->format, stdout);
                out_free(&t);
                format_free(&fmt);
                return bad;
            }
        }
        rc = import_file(db, &key, argv[i], &fmt, &opt, &res, &ctx->err);
        if (rc) {
            /* Files before this one are in; say so before the error. */
            if (out_rows(&t)) out_print(&t, ctx->format, stdout);
            out_free(&t);
            format_free(&fmt);
            return rc;
        }
        out_text(&t, argv[i]);
        out_text(&t, LOG_KIND_NAMES[kind]);
        out_text(&t, fmt.file ? fmt.name : "canonical");
        out_int(&t, res.read);
        out_int(&t, res.inserted);
        out_int(&t, res.duplicates);
        out_int(&t, res.rejected);
        if (res.rejected) {
            status = EH_INVALID;
            fprintf(stderr, "ehtrack: %s: %lld row%s rejected%s; see 'ehtrack rejects %lld'\n", argv[i],
                    res.rejected, res.rejected == 1 ? "" : "s",
                    res.refused ? " and nothing imported (--strict)" : "", res.import_id);
        }
        if (res.updated)
            fprintf(stderr, "ehtrack: %s: %lld message%s now answered\n", argv[i], res.updated,
                    res.updated == 1 ? "" : "s");
        if (res.note[0]) fprintf(stderr, "ehtrack: %s: note: %s\n", argv[i], res.note);
    }
    out_print(&t, ctx->format, stdout);
    out_free(&t);
    format_free(&fmt);
    return status;
}

int cmd_imports(struct cmd_ctx *ctx, int argc, char **argv)
{
    static const struct out_col cols[] = {
        {"id", NULL, COL_INT, 0, 0}, {"file", NULL, COL_TEXT, 0, 32}, {"format", NULL, COL_TEXT, 0, 18},
        {"kind", NULL, COL_TEXT, 0, 0}, {"time", NULL, COL_TEXT, 0, 0},
        {"read", NULL, COL_INT, 0, 0}, {"inserted", NULL, COL_INT, 0, 0},
        {"duplicates", NULL, COL_INT, 0, 0}, {"rejected", NULL, COL_INT, 0, 0},
        {"outcome", NULL, COL_TEXT, 0, 0}, {"note", NULL, COL_TEXT, 0, 0},
    };
    int c, index;
    while ((c = cmd_getopt(ctx, argc, argv, "", NULL, &index)) != -1) return EH_USAGE;
    if (optind < argc) return cmd_usage_error(ctx, "unexpected argument '%s'", argv[optind]);
    sqlite3 *db = cmd_db(ctx);
    if (!db) return EH_IO;
    sqlite3_stmt *st;
    if (db_prepare(db, &st, "SELECT id, file, format, kind, substr(started_at, 1, 19), read, inserted, "
                            "duplicates, rejected, outcome, notes FROM imports ORDER BY id", &ctx->err))
        return EH_IO;
    /* A note is a sentence: in a table it would push every row past the
     * screen, so the table prints it under the rows, by import id. */
    bool table = ctx->format == OUT_TABLE;
    struct out_table t;
    struct sbuf notes = {0};
    out_init(&t, cols, ARRAY_LEN(cols) - table);
    while (sqlite3_step(st) == SQLITE_ROW) {
        out_int(&t, sqlite3_column_int64(st, 0));
        for (int i = 1; i <= 4; i++) out_text(&t, db_text(st, i));
        for (int i = 5; i <= 8; i++) out_int(&t, sqlite3_column_int64(st, i));
        out_text(&t, db_text(st, 9));
        if (!table) out_text(&t, db_text(st, 10));
        else if (db_text(st, 10))
            sbuf_addf(&notes, "note on import %lld: %s\n", sqlite3_column_int64(st, 0), db_text(st, 10));
    }
    sqlite3_finalize(st);
    out_print(&t, ctx->format, stdout);
    fputs(sbuf_str(&notes), stdout);
    out_free(&t);
    sbuf_free(&notes);
    return EH_OK;
}

int cmd_rejects(struct cmd_ctx *ctx, int argc, char **argv)
{
    static const struct out_col cols[] = {
        {"import", NULL, COL_INT, 0, 0}, {"file", NULL, COL_TEXT, 0, 32}, {"line", NULL, COL_INT, 0, 0},
        {"column", NULL, COL_INT, 0, 0}, {"field", NULL, COL_TEXT, 0, 0}, {"reason", NULL, COL_TEXT, 0, 0},
    };
    int c, index;
    while ((c = cmd_getopt(ctx, argc, argv, "", NULL, &index)) != -1) return EH_USAGE;
    long long id = 0;
    if (optind < argc) {
        char *end;
        id = strtoll(argv[optind], &end, 10);
        if (*end || id <= 0) return cmd_usage_error(ctx, "IMPORT_ID is a number from 'ehtrack imports' (got '%s')", argv[optind]);
        if (optind + 1 < argc) return cmd_usage_error(ctx, "unexpected argument '%s'", argv[optind + 1]);
    }
    sqlite3 *db = cmd_db(ctx);
    if (!db) return EH_IO;
    sqlite3_stmt *st;
    if (id) {
        long long exists;
        char sql[96];
        snprintf(sql, sizeof sql, "SELECT count(*) FROM imports WHERE id = %lld", id);
        if (db_int(db, sql, 0, &exists, &ctx->err)) return EH_IO;
        if (!exists) return eh_fail(&ctx->err, EH_INVALID, NULL, 0, 0, "no import %lld (see 'ehtrack imports')", id);
    }
    if (db_prepare(db, &st, "SELECT r.import_id, i.file, r.line, r.col, r.field, r.reason "
                            "FROM rejects r JOIN imports i ON i.id = r.import_id "
                            "WHERE ?1 = 0 OR r.import_id = ?1 ORDER BY r.import_id, r.line", &ctx->err))
        return EH_IO;
    sqlite3_bind_int64(st, 1, id);
    struct out_table t;
    out_init(&t, cols, ARRAY_LEN(cols));
    while (sqlite3_step(st) == SQLITE_ROW) {
        out_int(&t, sqlite3_column_int64(st, 0));
        out_text(&t, db_text(st, 1));
        out_int(&t, sqlite3_column_int64(st, 2));
        if (sqlite3_column_type(st, 3) == SQLITE_NULL) out_null(&t);
        else out_int(&t, sqlite3_column_int64(st, 3));
        out_text(&t, db_text(st, 4));
        out_text(&t, db_text(st, 5));
    }
    sqlite3_finalize(st);
    out_print(&t, ctx->format, stdout);
    out_free(&t);
    return EH_OK;
}

int cmd_formats(struct cmd_ctx *ctx, int argc, char **argv)
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
    for (size_t i = 0; names && names[i]; i++) {
        char *path = xasprintf("%s/%s", dir, names[i]);
        struct log_format f;
        if (format_load_file(&f, path, &diags)) {
            out_text(&t, f.name);
            out_text(&t, LOG_KIND_NAMES[f.kind]);
            out_text(&t, f.parser == PARSER_CSV ? "csv" : "regex");
            out_textf(&t, "templates/formats/%s", names[i]);
            out_text(&t, f.description);
        }
        format_free(&f);
        free(path);
    }
    free_list(names);
    free(dir);
    out_print(&t, ctx->format, stdout);
    out_free(&t);
    int rc = EH_OK;
    if (diags.count) {
        diag_sort(&diags);
        diag_print(&diags, stderr);
        rc = EH_INVALID;
    }
    diag_free(&diags);
    return rc;
}
