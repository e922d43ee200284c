/*
 * Fuzz target: a metric file. One that loads is evaluated, as 'metrics'
 * would, against a small in-memory database of consults, calls and
 * messages, so its SQL meets the read-only guard, the one-statement rule
 * and the time and memory budgets.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "db.h"
#include "fuzz_common.h"
#include "metric_catalog.h"
#include "metric_eval.h"
#include "scope.h"
#include "util.h"

static sqlite3 *db;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_setup();
    setenv("EHTRACK_QUERY_TIMEOUT", "2", 0);
    db = fuzz_memory_db();
    struct eh_error err = {0};
    struct scope_filter f = {0};
    if (db_exec(db,
                "INSERT INTO consults VALUES (1099511627777, 1, 1, 1775034000, 11, 'econsult', 'gp', 10, 'result', 1),"
                " (1099511627778, 1, 2, 1775120400, 11, 'f2f', 'gp', 10, NULL, 1);"
                "INSERT INTO consult_days VALUES (1, '2026-04-01', 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1),"
                " (1, '2026-04-02', 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);"
                "INSERT INTO calls VALUES (1099511627777, 1, 1, 1775034000, 'in', 30, 60, 'answered', 1);"
                "INSERT INTO call_days VALUES (1, '2026-04-01', 1, 1, 0, 0, 0, 0, 30, 30, 60);"
                "INSERT INTO messages VALUES (1099511627777, 1, 1, 1775034000, 1775037600, 11, 'econsult', 1);",
                &err) ||
        scope_apply(db, &f, &err)) {
        fprintf(stderr, "fuzz: %s\n", err.msg);
        exit(1);
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_write("metric.yaml", data, size);
    struct metric_catalog cat = {0};
    struct diag_list diags = {0};
    if (metric_catalog_load_file(&cat, path, &diags)) {
        const struct metric_def *list[1] = {&cat.defs[0]};
        struct metric_query q = {BY_PRACTICE, PERIOD_MONTH, DATE_NONE, DATE_NONE,
                                 days_from_civil(2026, 5, 1), list, 1, NULL};
        struct metric_result res;
        struct eh_error err = {0};
        metric_eval(db, &q, &res, &err);
        metric_result_free(&res);
    }
    metric_catalog_free(&cat);
    diag_free(&diags);
    return 0;
}
