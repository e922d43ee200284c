/*
 * scope.h - the practices and plans a command looks at (FILTER options).
 *
 * Contract: filters combine with AND. A practice is in scope when it
 * matches every filter given; a plan is in scope when its practice is, or
 * when it is a care-group plan of a care group with a practice in scope;
 * without a filter every tracked plan is (also one whose care group has no
 * practice left in the register).
 * scope_apply checks that each name given exists (an unknown one is an
 * EH_INVALID error listing the known names), that two filters or more
 * leave a practice (else EH_INVALID naming them), and fills the temporary tables
 * temp.scope_practices(practice_id) and temp.scope_plans(plan_id).
 * Retired plans are left out of scope_plans unless all_plans is set
 * (--all); practices stay in scope whatever their plans.
 */
#ifndef EHTRACK_SCOPE_H
#define EHTRACK_SCOPE_H

#include <getopt.h>
#include <sqlite3.h>
#include <stdbool.h>

#include "error.h"

struct scope_filter {
    const char *practice, *care_group, *region, *insurer;
    bool all_plans;             /* retired plans too */
};

enum { OPT_PRACTICE = 0x200, OPT_CARE_GROUP, OPT_REGION, OPT_INSURER, OPT_ALL };

#define SCOPE_OPTIONS \
    {"practice", required_argument, NULL, OPT_PRACTICE}, \
    {"care-group", required_argument, NULL, OPT_CARE_GROUP}, \
    {"region", required_argument, NULL, OPT_REGION}, \
    {"insurer", required_argument, NULL, OPT_INSURER}
/* SQL for a plan's region, with the plan as pl and its practice as pr
 * (plans pl LEFT JOIN practices pr ON pr.id = pl.practice_id): the
 * practice's region, or for a care-group plan the region its practices
 * share (NULL when they lie in several). One definition for every view. */
#define PLAN_REGION_SQL \
    "CASE WHEN pr.id IS NOT NULL THEN pr.region " \
    "     ELSE (SELECT CASE WHEN count(DISTINCT region) = 1 THEN min(region) END " \
    "           FROM practices g WHERE g.care_group = pl.care_group) END"
/* For the commands that leave retired plans out unless asked. */
#define SCOPE_ALL_OPTION {"all", no_argument, NULL, OPT_ALL}
#define SCOPE_ALL_HELP "  --all                retired plans too ('ehtrack plan retire')\n"

/* true when c was a filter option (its value stored). */
bool scope_option(struct scope_filter *f, int c, const char *arg);
bool scope_is_empty(const struct scope_filter *f);
int scope_apply(sqlite3 *db, const struct scope_filter *f, struct eh_error *err);
/* The check scope_apply makes of --practice, for a command that takes
 * --practice without the other filters (import): EH_OK when agb is a
 * practice of the register (or is NULL), else EH_INVALID naming the code
 * meant (a name given for it, or the code without its leading zeros; then
 * *meant_named is set, where not NULL) or listing the known practices. */
int scope_check_practice(sqlite3 *db, const char *agb, bool *meant_named, struct eh_error *err);
/* After scope_apply: how many retired plans the scope has (those --all
 * adds). */
int scope_retired_plans(sqlite3 *db, long long *count, struct eh_error *err);
/* The practices a span of data is taken over: those in scope; those and
 * every practice of a care-group plan in scope (what goals are measured
 * over); or temp.m_scope (metric_eval.h). */
enum span_practices { SPAN_SCOPE, SPAN_SCOPE_AND_PLANS, SPAN_METRIC_SCOPE };

/* The first and last day with a record of any kind of those practices;
 * both DATE_NONE when there is none. */
int scope_data_span(sqlite3 *db, enum span_practices which, int *first, int *last, struct eh_error *err);
/* The same over the logs of the kinds in the mask (bit 1 << KIND_...). */
int scope_kinds_span(sqlite3 *db, enum span_practices which, unsigned kinds, int *first, int *last,
                     struct eh_error *err);

/* "care group 'X'" style description for headers; caller frees. */
char *scope_describe(const struct scope_filter *f);

#endif
