/* db check: a full integrity check of the database */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cmd.h"
#include "db.h"
#include "pseudo.h"
#include "util.h"

/* The key file is no part of the database, but a database copied beside
 * another database's key imports nothing: whoever checks a copy learns it
 * here, not at the next import. Nothing is changed (a key readable by
 * others is only named, an empty one that no key was made in too). */
static int check_key(struct cmd_ctx *ctx, sqlite3 *db)
{
    char *path = pseudo_key_path(ctx->db_path);
    struct stat st;
    int rc = EH_OK;
    if (stat(path, &st) != 0) {
        fprintf(stderr,
                "ehtrack: %s: note: no key file beside the database (%s): figures and workbooks need none, "
                "importing needs it\n",
                ctx->db_path, path);
    } else {
        struct pseudo_key key;
        bool unmade;
        rc = pseudo_key_peek(ctx->db_path, db, &key, &unmade, &ctx->err);
        memset(&key, 0, sizeof key);
        /* Left by an older ehtrack stopped while making the key: with no
         * fingerprint stored, no key was ever used, and none is lost. */
        if (!rc && unmade)
            fprintf(stderr, "ehtrack: %s: note: the key file is empty and no key was ever used with this "
                            "database (making it was stopped): the next init or import makes the key\n", path);
        else if (!rc && (st.st_mode & 077))
            fprintf(stderr, "ehtrack: %s: note: others can read the key file (mode %03o); make it private: "
                            "chmod 600 %s\n",
                    path, (unsigned)(st.st_mode & 0777), path);
    }
    free(path);
    return rc;
}

enum eh_status cmd_db_check(struct cmd_ctx *ctx, int argc, char **argv)
{
    int c, index;
    while ((c = cmd_getopt(ctx, argc, argv, "", NULL, &index)) != -1) return EH_USAGE;
    if (optind < argc) return cmd_usage_error(ctx, "unexpected argument '%s'", argv[optind]);
    sqlite3 *db = cmd_db(ctx);
    if (!db) return ctx->err.status;
    struct sbuf problems = {0};
    int rc = db_check(db, &problems, &ctx->err);
    if (rc == EH_OK) rc = check_key(ctx, db);
    if (rc == EH_OK) rc = db_settle(db, ctx->db_path, &ctx->err);
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
