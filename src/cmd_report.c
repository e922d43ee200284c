/* report: Excel workbooks (being written) */
#include "cmd.h"

int cmd_report(struct cmd_ctx *ctx, int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return eh_fail(&ctx->err, EH_USAGE, NULL, 0, 0, "report: not available yet");
}
