/* init: create the database and the pseudonymisation key */
#include <stdlib.h>

#include "cmd.h"
#include "db.h"
#include "pseudo.h"
#include "util.h"

enum eh_status cmd_init(struct cmd_ctx *ctx, int argc, char **argv)
{
    int c, index;
    while ((c = cmd_getopt(ctx, argc, argv, "", NULL, &index)) != -1) return EH_USAGE;
    if (optind < argc) return cmd_usage_error(ctx, "unexpected argument '%s'", argv[optind]);
    sqlite3 *db = cmd_db(ctx);
    if (!db) return EH_IO;
    struct pseudo_key key;
    int created = 0;
    if (pseudo_key_open(ctx->db_path, db, &key, &created, &ctx->err)) return ctx->err.status;
    char *key_path = pseudo_key_path(ctx->db_path);
    printf("database %s (schema %d)\n", ctx->db_path, DB_SCHEMA_VERSION);
    printf("key      %s%s\n", key_path, created ? " (new: keep it secret and back it up with the database)" : "");
    free(key_path);
    return EH_OK;
}
