/*
 * goal_eval.h - holding every SMART goal of the plans in scope against the
 * metrics (interface.md section 5).
 *
 * Contract: goals_eval reads the goals of the plans in temp.scope_plans
 * (scope.h) and, with as-of date A, fills for each: current (the metric
 * over A-28 .. A-1), baseline (given, or the metric over its range),
 * target (given, or baseline x (1 + change)), the forecast (least squares
 * over the weekly values of the last 8 complete ISO weeks before A, at the
 * deadline's week, held to what the metric can be (metric_clamp); null
 * with fewer than 3 weekly values, which are kept with it) and the status:
 * no_data, achieved, missed, on_track or at_risk. A practice plan is
 * measured over its practice, a care-group plan over the care group's
 * practices. Per-day and per-week values count days of the given kind
 * (metric_eval.h). Goals come ordered by plan id and their order in the
 * plan.
 */
#ifndef EHTRACK_GOAL_EVAL_H
#define EHTRACK_GOAL_EVAL_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>

#include "error.h"
#include "metric_catalog.h"
#include "metric_eval.h"

/* What a measured value rests on: the metric's numerator, denominator and
 * the records of its kind behind it, for callers that must hide values
 * over few records (reports for insurers). */
struct goal_basis {
    bool measured;              /* false: not computed (a baseline given as a value) */
    bool has_numerator, has_denominator;
    double numerator, denominator;
    long long records;
    int first_record, last_record;  /* the first and last day with a record of the metric's kind; DATE_NONE: none */
    int from, to;               /* the days it was measured over */
};

/* A weekly value the forecast line is fitted on. */
struct forecast_point {
    char week[16];              /* 2026-W47 */
    double value;
};

enum goal_status { GOAL_ACHIEVED, GOAL_ON_TRACK, GOAL_AT_RISK, GOAL_MISSED, GOAL_NO_DATA, GOAL_STATUS_COUNT };

/* "achieved", "on_track", "at_risk", "missed", "no_data" (interface.md 5). */
extern const char *const GOAL_STATUS_KEYS[GOAL_STATUS_COUNT];

struct goal_result {
    char *plan, *goal, *practice, *care_group, *title;
    const struct metric_def *metric;
    bool has_baseline, has_target, has_current, has_forecast;
    bool target_given;          /* written in the plan, not baseline x (1 + change) */
    double baseline, target, current, forecast;
    int deadline;
    int weekly_points;          /* = npoints */
    struct forecast_point *points;
    size_t npoints;
    bool forecast_clamped;      /* the line ran outside what the metric can be */
    enum goal_status status;
    struct goal_basis current_basis, baseline_basis;   /* zero when not measured */
    /* The plan's practices whose log of the metric's kind (consults,
     * messages, calls) ends more than a week before the as-of date, or,
     * for a count or a rate per day or week, begins more than a week into
     * the current value's 28 days: how many, and the one that ends first
     * or begins last. */
    int practices_stopped, practices_late;
    char stopped_practice[16], late_practice[16];
    int stopped_last, late_first;
    /* The plan's practices' log of the metric's kind: its first day with a
     * record, on any day, and its last before the as-of date; DATE_NONE:
     * none. A goal without a current value is warned of where the log is
     * there but not in the 28 days (stopped before, or begins after), and
     * let be where it never was (a practice without that export). */
    int log_first, log_last_before;
    /* For a metric of survey rows or registrations with none in the 28
     * days: CURRENT_DATED_DAYS, and the date of the latest within them
     * that current is taken over; 0 when current is the 28 days'. */
    int current_days, current_date;
};

/* How far back the current value of a survey or registration metric
 * looks when the 28 days hold none: a quarter, the longest usual
 * interval of such exports. */
#define CURRENT_DATED_DAYS 92

struct goal_results {
    struct goal_result *items;
    size_t count, cap;
};

/* The few weekly values below which there is no forecast. */
#define FORECAST_MIN_POINTS 3

int goals_eval(sqlite3 *db, const struct metric_catalog *cat, int as_of, enum day_count days,
               struct goal_results *out, struct eh_error *err);
/* A measured baseline per day, per week or as a count whose range its logs
 * cover only in part (more than a week missing at either end): it counts
 * days without records, so a target set on it may be out of reach. */
bool goal_baseline_uncovered(const struct goal_result *g);
/* Whether g's current value lies outside what its metric can be (its
 * range): the data behind it does not add up (a portal reach above 100 %
 * where the register's list size is below the accounts). */
bool goal_current_out_of_range(const struct goal_result *g);
/* Whether one of g's practices' log stops more than a week before as_of
 * while the others' go on, so g's current value counts its days after as
 * days without records (a count, a rate per day or week) or takes them
 * from the other practices alone (a share, an average). */
bool goal_practice_stopped(const struct goal_result *g, int as_of);
/* Whether, for a count or a rate per day or week, one of g's practices'
 * log begins within the 28 days of its current value, which counts the
 * days before as days without records. */
bool goal_practice_late(const struct goal_result *g);
void goal_results_free(struct goal_results *r);

/* Warns on out for each goal whose target a share cannot reach (a change
 * on a measured baseline past 100 %), and for each goal whose current
 * value, over the 28 days before as_of, counts days after the last record
 * of its metric's kind (a call log that stopped while consults went on
 * reads as fewer calls a day): more than a week of the window without
 * consults, messages or calls; the same for a practice of a care group
 * whose log stopped while the others go on, and for a practice whose log
 * begins within the window (its days before count as days without); and
 * for each goal without a current value, or without a baseline, whose
 * log has records but none in the window or range (no_data reads as "no
 * logs" otherwise). */
void goals_warn(const struct goal_results *r, int as_of, FILE *out);

#endif
