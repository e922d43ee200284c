/* Plumbing every command shares: help, option parsing, the database. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "db.h"

void cmd_help(const struct command *cmd, FILE *out)
{
    fprintf(out, "usage: ehtrack %s%s%s\n\n%s.\n", cmd->name, *cmd->usage ? " " : "", cmd->usage,
            cmd->summary);
    if (cmd->options) fprintf(out, "\nOptions:\n%s", cmd->options);
    fprintf(out, "  -h, --help           this help\n");
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

sqlite3 *cmd_db(struct cmd_ctx *ctx)
{
    if (ctx->db) return ctx->db;
    /* Only the commands that write may create it (interface.md 7.1). */
    if (db_open(&ctx->db, ctx->db_path, (ctx->cmd->flags & CMD_CREATES) != 0, &ctx->err)) return NULL;
    /* A command that only reads builds small temporary tables (scopes,
     * groups, period sums) and drops and fills them hundreds of times in
     * a workbook's goals: in memory that costs no system calls. Writers
     * keep them in a file: taking back or migrating a national database
     * holds millions of keys in one. Set after db_open's migrations, and
     * before the first temporary table (setting it empties temp). */
    if (!(ctx->cmd->flags & CMD_WRITES) && db_exec(ctx->db, "PRAGMA temp_store = MEMORY", &ctx->err)) {
        db_close(ctx->db);
        ctx->db = NULL;
        return NULL;
    }
    return ctx->db;
}
