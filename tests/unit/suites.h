/*
 * suites.h - how a test file adds its Check suite to the runner.
 *
 * Contract: a file defines `static Suite *make_suite(void)` and writes
 * REGISTER_SUITE(make_suite); the runner (check_main.c) runs every
 * registered suite. No list to edit when a file is added.
 */
#ifndef EHTRACK_TEST_SUITES_H
#define EHTRACK_TEST_SUITES_H

#include <check.h>

typedef Suite *(*suite_maker)(void);
void register_suite(suite_maker make);

#define REGISTER_SUITE(fn) \
    __attribute__((constructor)) static void register_##fn(void) { register_suite(fn); }

/* Absolute path of the source tree (EHTRACK_ROOT), and of a file in it. */
const char *test_root(void);
char *test_path(const char *relative);  /* caller frees */

#endif
