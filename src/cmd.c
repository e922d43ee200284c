/* Plumbing every command shares: help, option parsing, the database. */
#include <errno.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "cmd.h"
#include "db.h"

void cmd_help(const struct command *cmd, FILE *out)
{
    fprintf(out, "usage: ehtrack %s%s%s\n\n%s.\n", cmd->name, *cmd->usage ? " " : "", cmd->usage,
            cmd->summary);
    /* A command's options may end in lines of their own that are no
     * option (exit statuses, what a mark means): they follow the whole
     * list, -h included, after a blank line. */
    const char *notes = NULL;
    if (cmd->options) {
        const char *line = cmd->options;
        while (*line == ' ' || *line == '\n') {
            const char *end = strchr(line, '\n');
            line = end ? end + 1 : line + strlen(line);
        }
        notes = *line ? line : NULL;
        fprintf(out, "\nOptions:\n%.*s", (int)(line - cmd->options), cmd->options);
    }
    fprintf(out, "  -h, --help           this help\n");
    if (notes) fprintf(out, "\n%s", notes);
}

int cmd_usage_error(struct cmd_ctx *ctx, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return eh_fail(&ctx->err, EH_USAGE, NULL, 0, 0, "%s: %s\nusage: ehtrack %s%s%s", ctx->cmd->name, msg,
                   ctx->cmd->name, *ctx->cmd->usage ? " " : "", ctx->cmd->usage);
}

int cmd_bad_agb(struct cmd_ctx *ctx, const char *value)
{
    size_t n = strlen(value);
    bool seven = n == 7;
    for (size_t i = 0; seven && i < n; i++) seven = value[i] >= '0' && value[i] <= '9';
    if (seven)
        return cmd_usage_error(ctx, "--practice must be an AGB code of exactly 8 digits (got '%s'); did you mean "
                               "'0%s'? (a spreadsheet drops the leading zeros)", value, value);
    return cmd_usage_error(ctx, "--practice must be an AGB code of exactly 8 digits (got '%s')", value);
}

/* What getopt_long lets pass and a user would not mean: a long option
 * abbreviated (--as taken for --as-of, --practice for generate's
 * --practices) and an option given twice (the first value silently lost:
 * two practices asked for, one shown). Checked once, before parsing. */
static bool args_as_meant(struct cmd_ctx *ctx, int argc, char **argv, const char *shorts,
                          const struct option *all)
{
    unsigned char seen[0x1000] = {0};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) break;
        int val = -1;
        bool takes_value = false, has_value = false;
        const char *shown = a;
        if (a[0] == '-' && a[1] == '-') {
            const char *name = a + 2;
            size_t len = strcspn(name, "=");
            const struct option *exact = NULL, *prefix = NULL;
            for (const struct option *o = all; o->name; o++) {
                if (strlen(o->name) == len && strncmp(o->name, name, len) == 0) exact = o;
                else if (strlen(o->name) > len && strncmp(o->name, name, len) == 0 && !prefix) prefix = o;
            }
            if (!exact) {
                if (prefix) {
                    cmd_usage_error(ctx, "unknown option --%.*s (did you mean --%s? options are written in full)",
                                    (int)len, name, prefix->name);
                    return false;
                }
                continue;   /* getopt_long names it */
            }
            if (strcmp(exact->name, "format") == 0 && ctx->format_given) {
                cmd_usage_error(ctx, "--format is given before and after the command word; give it once");
                return false;
            }
            /* --metric is the one option meant to be repeated. */
            val = exact->flag || strcmp(exact->name, "metric") == 0 ? -1 : exact->val;
            takes_value = exact->has_arg == required_argument;
            has_value = name[len] == '=';
            if (exact->has_arg == no_argument && has_value) {
                cmd_usage_error(ctx, "option --%s takes no value", exact->name);
                return false;
            }
        } else if (a[0] == '-' && a[1] && a[1] != '-') {
            /* A short option, or several ("-x"): the last letter may take
             * a value, joined or the next word. */
            for (const char *p = a + 1; *p; p++) {
                const char *spec = strchr(shorts, *p);
                if (!spec || *p == ':') break;
                if (spec[1] == ':') {
                    val = (unsigned char)*p;
                    takes_value = true;
                    has_value = p[1] != '\0';
                    break;
                }
                val = (unsigned char)*p;
            }
        } else {
            continue;
        }
        /* A value left out ($VAR unset) would take the next option as the
         * value, and that option would be lost. */
        if (takes_value && !has_value && i + 1 < argc && argv[i + 1][0] == '-' && argv[i + 1][1] == '-' &&
            argv[i + 1][2]) {
            cmd_usage_error(ctx, "option %.*s needs a value (the next word, %s, is an option)",
                            (int)strcspn(shown, "="), shown, argv[i + 1]);
            return false;
        }
        if (takes_value && !has_value) i++;
        /* A switch given twice says the same thing twice; a value would be lost. */
        if (!takes_value || val < 0 || val >= (int)sizeof seen) continue;
        if (seen[val]++) {
            cmd_usage_error(ctx, "%.*s is given twice; give it once", (int)strcspn(shown, "="), shown);
            return false;
        }
    }
    return true;
}

int cmd_getopt(struct cmd_ctx *ctx, int argc, char **argv, const char *shortopts,
               const struct option *longopts, int *index)
{
    /* The common options are appended to the command's own; a command
     * whose output has formats of its own (comms) defines --format itself. */
    struct option all[64];
    size_t n = 0;
    bool own_format = false;
    for (; longopts && longopts[n].name && n < 60; n++) {
        all[n] = longopts[n];
        own_format |= strcmp(longopts[n].name, "format") == 0;
    }
    all[n++] = (struct option){"help", no_argument, NULL, 'h'};
    if (!own_format) all[n++] = (struct option){"format", required_argument, NULL, 0x100};
    all[n] = (struct option){NULL, 0, NULL, 0};
    char shorts[64];
    snprintf(shorts, sizeof shorts, ":h%s", shortopts ? shortopts : "");
    opterr = 0;
    if (optind == 0 && !args_as_meant(ctx, argc, argv, shorts, all)) return '?';
    for (;;) {
        int c = getopt_long(argc, argv, shorts, all, index);
        if (c == 0x100) {
            if (!(ctx->cmd->flags & CMD_FORMAT)) {
                cmd_usage_error(ctx, "this command prints no data; it takes no --format");
                return '?';
            }
            if (!out_parse_format(optarg, &ctx->format)) {
                cmd_usage_error(ctx, "--format must be table, csv or json (got '%s')", optarg);
                return '?';
            }
            continue;
        }
        if (c == '?') {
            if (optopt)
                cmd_usage_error(ctx, "unknown option -%c", optopt);
            else
                cmd_usage_error(ctx, "unknown option %s", argv[optind - 1]);
            return '?';
        }
        if (c == ':') {
            cmd_usage_error(ctx, "option %s needs a value", argv[optind - 1]);
            return '?';
        }
        return c;
    }
}

/* A reading command's temporary tables live in memory (cmd_db). */
static int temp_in_memory(struct cmd_ctx *ctx, sqlite3 *db)
{
    if (ctx->cmd->flags & CMD_WRITES) return EH_OK;
    return db_exec(db, "PRAGMA temp_store = MEMORY", &ctx->err);
}

/* The write-ahead log and shared-memory files another user's read left
 * beside the database (mode as the database's, but that user's): SQLite
 * can then only say "attempt to write a readonly database" of a file this
 * user may write. */
static int foreign_wal(struct cmd_ctx *ctx)
{
    static const char *const suffixes[] = {"-wal", "-shm"};
    char *wal = xasprintf("%s-wal", ctx->db_path);
    struct stat wst;
    /* An empty log holds nothing to lose; a log with frames may hold
     * transactions not yet in the database file itself. */
    bool empty_log = stat(wal, &wst) != 0 || wst.st_size == 0;
    free(wal);
    for (size_t i = 0; i < ARRAY_LEN(suffixes); i++) {
        char *path = xasprintf("%s%s", ctx->db_path, suffixes[i]);
        struct stat st;
        bool blocked = stat(path, &st) == 0 && access(path, W_OK) != 0 && access(ctx->db_path, W_OK) == 0;
        int rc = !blocked ? EH_OK
                 : empty_log ? eh_fail(&ctx->err, EH_IO, path, 0, 0,
                                       "this user may not write it (it belongs to user %ld, whose reading of the "
                                       "database left it), so nothing can be written to %s: remove %s-wal and "
                                       "%s-shm (the log is empty) while no one uses the database, or give this "
                                       "user write access to them",
                                       (long)st.st_uid, ctx->db_path, ctx->db_path, ctx->db_path)
                 : eh_fail(&ctx->err, EH_IO, path, 0, 0,
                           "this user may not write it (it belongs to user %ld), so nothing can be written to %s: "
                           "give this user write access to %s-wal and %s-shm (do not remove them: the log may "
                           "hold changes not yet in the database file)",
                           (long)st.st_uid, ctx->db_path, ctx->db_path, ctx->db_path);
        free(path);
        if (rc) return rc;
    }
    return EH_OK;
}

/* A database file this user may only read: SQLite opens it, and the
 * command fails at its first write ("attempt to write a readonly
 * database"), after an import has read its whole file. */
static int database_read_only(struct cmd_ctx *ctx)
{
    struct stat st;
    if (stat(ctx->db_path, &st) != 0 || !S_ISREG(st.st_mode) || access(ctx->db_path, W_OK) == 0) return EH_OK;
    /* Root may write any file, but no file of a read-only mount (a backup
     * disk, a snapshot): "this user may only read it" sent root to the
     * file's mode. */
    if (errno == EROFS)
        return eh_fail(&ctx->err, EH_IO, ctx->db_path, 0, 0,
                       "it is on a file system mounted read-only, and '%s' changes it: copy the database and its "
                       "key file to a disk that can be written",
                       ctx->cmd->name);
    return eh_fail(&ctx->err, EH_IO, ctx->db_path, 0, 0,
                   "this user may only read it (it belongs to user %ld, mode %03o), and '%s' changes it: run it "
                   "as a user who may write the database; the commands that only read (status, metrics, goals, "
                   "report) work as this user",
                   (long)st.st_uid, (unsigned)(st.st_mode & 0777), ctx->cmd->name);
}

sqlite3 *cmd_db(struct cmd_ctx *ctx)
{
    if (ctx->db) return ctx->db;
    if ((ctx->cmd->flags & CMD_WRITES) && !ctx->dry_run && (database_read_only(ctx) || foreign_wal(ctx))) return NULL;
    /* Only the commands that write may create it (interface.md 7.1). */
    if (db_open(&ctx->db, ctx->db_path, (ctx->cmd->flags & CMD_CREATES) != 0, &ctx->err)) return NULL;
    /* A command that only reads builds small temporary tables (scopes,
     * groups, period sums) and drops and fills them hundreds of times in
     * a workbook's goals: in memory that costs no system calls. Writers
     * keep them in a file: taking back or migrating a national database
     * holds millions of keys in one. Set after db_open's migrations, and
     * before the first temporary table (setting it empties temp). */
    if (temp_in_memory(ctx, ctx->db)) {
        db_close(ctx->db);
        ctx->db = NULL;
        return NULL;
    }
    return ctx->db;
}

/* Whether this process may run on more than one core (taskset, a
 * container's CPU set): on one, a second thread only takes turns. */
static bool cores_to_share(void)
{
    cpu_set_t set;
    return sched_getaffinity(0, sizeof set, &set) != 0 || CPU_COUNT(&set) > 1;
}

int cmd_threads(struct cmd_ctx *ctx, int *threads)
{
    const char *told = getenv("EHTRACK_THREADS");
    if (told && *told && strcmp(told, "1") != 0 && strcmp(told, "2") != 0)
        return eh_fail(&ctx->err, EH_USAGE, NULL, 0, 0, "$EHTRACK_THREADS must be 1 or 2 (got '%s')", told);
    *threads = told && *told ? *told - '0' : cores_to_share() ? 2 : 1;
    return EH_OK;
}

sqlite3 *cmd_db_second(struct cmd_ctx *ctx, bool *failed)
{
    *failed = false;
    if (ctx->db_second) return ctx->db_second;
    int threads;
    if (cmd_threads(ctx, &threads)) {
        *failed = true;
        return NULL;
    }
    if (!(ctx->cmd->flags & CMD_THREADS) || !ctx->db || threads == 1) return NULL;
    /* A database this user may only read keeps its WAL index in each
     * connection's own memory (SQLite's read-only shm), so no two
     * connections can be shown to read one state of it: one reads all. */
    if (sqlite3_db_readonly(ctx->db, "main") == 1) return NULL;
    /* Migrated already by cmd_db's connection: never creates. */
    if (db_open(&ctx->db_second, ctx->db_path, false, &ctx->err) || temp_in_memory(ctx, ctx->db_second)) {
        db_close(ctx->db_second);
        ctx->db_second = NULL;
        *failed = true;
    }
    return ctx->db_second;
}
