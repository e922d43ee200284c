/* db check: a full integrity check of the database */
#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "db.h"
#include "util.h"

enum eh_status cmd_db_check(struct cmd_ctx *ctx, int argc, char **argv)
{
    int c, index;
    while ((c = cmd_getopt(ctx, argc, argv, "", NULL, &index)) != -1) return EH_USAGE;
    if (optind < argc) return cmd_usage_error(ctx, "unexpected argument '%s'", argv[optind]);
    sqlite3 *db = cmd_db(ctx);
    if (!db) return ctx->err.status;
    struct sbuf problems = {0};
    int rc = db_check(db, &problems, &ctx->err);
    if (rc == EH_OK) {
        printf("ok\n");
    } else {
        /* What SQLite found, one line each, before the verdict. */
        const char *p = sbuf_str(&problems);
        while (*p) {
            const char *nl = strchr(p, '\n');
            int len = nl ? (int)(nl - p) : (int)strlen(p);
            fprintf(stderr, "ehtrack: %s: %.*s\n", ctx->db_path, len, p);
            p += len + (nl != NULL);
        }
    }
    sbuf_free(&problems);
    return rc;
}
