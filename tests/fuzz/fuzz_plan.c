/*
 * Fuzz target: registers and plans. The input is one or more YAML files
 * (cut at FUZZ_SEPARATOR), loaded together as 'plan check' loads them;
 * a set without errors is then synced into an in-memory database, twice,
 * as 'plan sync' records it (the second sync takes the unchanged path).
 */
#include <stdio.h>
#include <stdlib.h>

#include "datetime.h"
#include "fuzz_common.h"
#include "metric_catalog.h"
#include "plan_set.h"
#include "plan_store.h"
#include "util.h"

static struct metric_catalog metrics;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_setup();
    struct diag_list d = {0};
    metric_catalog_load(&metrics, &d);
    diag_free(&d);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *parts[4];
    size_t lens[4];
    size_t n = fuzz_split(data, size, parts, lens, 4);
    char *paths[4];
    for (size_t i = 0; i < n; i++) {
        char name[32];
        snprintf(name, sizeof name, "f%zu.yaml", i);
        paths[i] = (char *)fuzz_write(name, parts[i], lens[i]);
    }
    struct plan_set set;
    struct diag_list diags = {0};
    bool ok = plan_set_load(&set, paths, n, &metrics, days_from_civil(2026, 11, 23), NULL, &diags);
    diag_sort(&diags);
    FILE *sink = fopen("/dev/null", "w");
    if (sink) {
        diag_print(&diags, sink);
        fclose(sink);
    }
    if (ok) {
        sqlite3 *db = fuzz_memory_db();
        for (int round = 0; round < 2; round++) {
            struct sync_report report;
            struct eh_error err = {0};
            plan_store_sync(db, &set, &report, &err);
            sync_report_free(&report);
        }
        sqlite3_close(db);
    }
    plan_set_free(&set);
    diag_free(&diags);
    return 0;
}
