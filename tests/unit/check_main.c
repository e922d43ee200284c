/* Runs every registered suite; fails when no test ran at all, since Check
 * alone reports 100% for an empty run. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "util.h"

static suite_maker makers[64];
static size_t nmakers;

void register_suite(suite_maker make)
{
    if (nmakers < ARRAY_LEN(makers)) makers[nmakers++] = make;
}

const char *test_root(void)
{
    const char *r = getenv("EHTRACK_ROOT");
    return r && *r ? r : ".";
}

char *test_path(const char *relative)
{
    return xasprintf("%s/%s", test_root(), relative);
}

int main(void)
{
    if (nmakers == 0) {
        fprintf(stderr, "check-ehtrack: no test suites are registered\n");
        return 1;
    }
    SRunner *sr = srunner_create(makers[0]());
    for (size_t i = 1; i < nmakers; i++) srunner_add_suite(sr, makers[i]());
    srunner_run_all(sr, CK_NORMAL);
    int run = srunner_ntests_run(sr);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    if (run == 0) {
        fprintf(stderr, "check-ehtrack: no test ran\n");
        return 1;
    }
    return failed ? 1 : 0;
}
