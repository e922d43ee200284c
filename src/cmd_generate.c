/* generate: synthetic canonical logs for a register and its plans, or for
 * an invented register (gen_logs.h; docs/generate.md). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "datetime.h"
#include "gen_logs.h"
#include "metric_catalog.h"
#include "plan_set.h"
#include "util.h"

/* Digits only: a sign, a fraction or trailing text is a usage error. */
static bool parse_count(const char *s, unsigned long long max, unsigned long long *out)
{
    unsigned long long v = 0;
    if (!*s) return false;
    for (; *s; s++) {
        if (*s < '0' || *s > '9') return false;
        unsigned d = (unsigned)(*s - '0');
        if (v > (max - d) / 10) return false;
        v = v * 10 + d;
    }
    *out = v;
    return true;
}

/* Loads and checks the register and plans; on errors prints them all, as
 * plan check does, and returns EH_INVALID. */
static int load_set(char **paths, size_t npaths, struct plan_set *set)
{
    struct diag_list diags = {0};
    struct metric_catalog metrics;
    metric_catalog_load(&metrics, &diags);
    plan_set_load(set, paths, npaths, &metrics, today(), NULL, &diags);
    metric_catalog_free(&metrics);
    int rc = EH_OK;
    if (diags.errors) {
        diag_sort(&diags);
        diag_print(&diags, stderr);
        fprintf(stderr, "ehtrack: nothing generated: %zu error%s in the register and plans\n", diags.errors,
                diags.errors == 1 ? "" : "s");
        rc = diag_status(&diags);
    }
    diag_free(&diags);
    return rc;
}

enum eh_status cmd_generate(struct cmd_ctx *ctx, int argc, char **argv)
{
    static const struct option opts[] = {
        {"practices", required_argument, NULL, 'P'},
        {"out", required_argument, NULL, 'o'},
        {"from", required_argument, NULL, 'f'},
        {"to", required_argument, NULL, 't'},
        {"seed", required_argument, NULL, 's'},
        {"consults", required_argument, NULL, 'c'},
        {"errors", required_argument, NULL, 'e'},
        {NULL, 0, NULL, 0},
    };
    struct gen_config cfg = {.seed = 1, .consults = -1, .from = DATE_NONE, .to = DATE_NONE};
    unsigned long long practices = 0, v;
    bool invent = false;
    int c, index;
    while ((c = cmd_getopt(ctx, argc, argv, "", opts, &index)) != -1) {
        switch (c) {
        case 'P':
            if (!parse_count(optarg, (unsigned long long)GEN_MAX_PRACTICES, &practices) || practices == 0)
                return cmd_usage_error(ctx, "--practices must be a number from 1 to %ld (got '%s')",
                                       GEN_MAX_PRACTICES, optarg);
            invent = true;
            break;
        case 'o':
            if (!*optarg) return cmd_usage_error(ctx, "--out needs a directory");
            cfg.out_dir = optarg;
            break;
        case 'f':
        case 't': {
            int *d = c == 'f' ? &cfg.from : &cfg.to;
            if (parse_date_option(ctx, c == 'f' ? "--from" : "--to", optarg, d)) return EH_USAGE;
            break;
        }
        case 's':
            if (!parse_count(optarg, UINT64_MAX, &v))
                return cmd_usage_error(ctx, "--seed must be a non-negative whole number (got '%s')", optarg);
            cfg.seed = v;
            break;
        case 'c':
            if (!parse_count(optarg, (unsigned long long)GEN_MAX_CONSULTS, &v))
                return cmd_usage_error(ctx, "--consults must be a number from 0 to %lld (got '%s')",
                                       GEN_MAX_CONSULTS, optarg);
            cfg.consults = (long long)v;
            break;
        case 'e':
            if (!parse_count(optarg, (unsigned long long)GEN_MAX_ERRORS, &v))
                return cmd_usage_error(ctx, "--errors must be a number from 0 to %ld (got '%s')", GEN_MAX_ERRORS,
                                       optarg);
            cfg.errors = (long)v;
            break;
        default:
            return EH_USAGE;
        }
    }
    size_t npaths = (size_t)(argc - optind);
    if (invent && npaths)
        return cmd_usage_error(ctx, "give either PATH... or --practices N, not both");
    if (!invent && !npaths)
        return cmd_usage_error(ctx, "name a register and plans (files or directories), or --practices N");
    if (!cfg.out_dir) return cmd_usage_error(ctx, "--out DIR is required");
    /* Default: the 365 days ending yesterday. */
    if (cfg.to == DATE_NONE) cfg.to = (cfg.from != DATE_NONE && cfg.from >= today()) ? cfg.from + 364 : today() - 1;
    if (cfg.from == DATE_NONE) cfg.from = cfg.to - 364;
    if (cfg.from > cfg.to) return cmd_usage_error(ctx, "--from is after --to");
    cfg.progress = isatty(STDERR_FILENO);

    char *invented[2] = {NULL, NULL};
    char **paths = argv + optind;
    if (invent) {
        /* The register written replaces the one there: a plan of the user's
         * beside the invented ones would name practices no longer in it,
         * and the run would fail after writing. Nothing is written. */
        char *foreign = gen_foreign_plan(cfg.out_dir);
        if (foreign) {
            int frc = eh_fail(&ctx->err, EH_INVALID, foreign, 0, 0,
                              "a plan that generate did not write: --practices writes a register of its own, which "
                              "this plan's practice is not in; nothing generated (use another --out, or move the "
                              "plan away)");
            free(foreign);
            return frc;
        }
        if (gen_invent((size_t)practices, &cfg, &ctx->err)) return ctx->err.status;
        invented[0] = xasprintf("%s/register.yaml", cfg.out_dir);
        invented[1] = xasprintf("%s/plans", cfg.out_dir);
        paths = invented;
        npaths = 2;
    }
    struct plan_set set;
    int rc = load_set(paths, npaths, &set);
    struct gen_result res;
    if (rc == EH_OK) rc = gen_logs(&set, &cfg, &res, &ctx->err);
    if (rc == EH_OK) {
        if (invent) {
            printf("%s: %zu practice%s\n", invented[0], plan_set_practice_count(&set),
                   plan_set_practice_count(&set) == 1 ? "" : "s");
            printf("%s: %zu plan%s\n", invented[1], set.nplans, set.nplans == 1 ? "" : "s");
        }
        for (int f = 0; f < GEN_FILES; f++) {
            printf("%s/%s: %lld row%s", cfg.out_dir, GEN_FILE_NAMES[f], res.rows[f], res.rows[f] == 1 ? "" : "s");
            if (res.broken[f]) printf(" (%lld broken)", res.broken[f]);
            printf("\n");
        }
    }
    plan_set_free(&set);
    free(invented[0]);
    free(invented[1]);
    return rc;
}
