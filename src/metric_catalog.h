/*
 * metric_catalog.h - the metric definitions, loaded at run time from the
 * YAML files in metrics/ (one file per metric; docs/metrics.md).
 *
 * Contract: metric_catalog_load reads datadir()/metrics and every directory
 * in $EHTRACK_METRICS_PATH (colon-separated), in name order; a broken file
 * gives FILE:LINE:COL diagnostics and is left out, the rest load. Ids are
 * unique across all directories. metric_find returns NULL for an unknown id.
 * `range: [MIN, MAX]` (either may be null: unbounded) says what a value of
 * the metric can be; without it a ratio is 0..1 and any other unit at
 * least 0. A ratio's range must lie within 0..1.
 * The SQL of a definition is only text here; metric_eval runs it.
 */
#ifndef EHTRACK_METRIC_CATALOG_H
#define EHTRACK_METRIC_CATALOG_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "log_kinds.h"

enum metric_unit {
    UNIT_RATIO, UNIT_COUNT, UNIT_PER_DAY, UNIT_PER_WEEK, UNIT_PER_1000,
    UNIT_HOURS, UNIT_SECONDS
};

enum metric_compute {
    COMPUTE_RATIO,      /* numerator / denominator * scale */
    COMPUTE_COUNT,      /* numerator */
    COMPUTE_PER_DAY,    /* numerator / days */
    COMPUTE_PER_WEEK,   /* numerator / (days / 7) */
    COMPUTE_VALUE,      /* the SQL's own value column */
};

struct metric_def {
    char *id;
    char *label_nl, *label_en;
    char *desc_nl, *desc_en;
    bool higher_better;
    enum metric_unit unit;
    enum metric_compute compute;
    enum log_kind kind;
    double scale;
    /* What a value can be (the `range` key, default by unit: 0..1 for a
     * ratio, at least 0 otherwise): forecasts are held to it. */
    bool has_min, has_max;
    double min, max;
    /* The tables and views its SQL reads (`reads`): the engine builds
     * the period sums among them and lets the SQL read nothing else.
     * Without the key (nreads 0) it builds every period sum. */
    char **reads;
    size_t nreads;
    /* In workbooks that go outside the practice, the count that must not
     * be small (`suppress_on`): a ratio's denominator, unless it divides
     * by a size anyone can read (the list size in the register), which
     * would give a small numerator back. */
    bool suppress_numerator;
    char *sql;
    char *file;
    long sql_line;              /* line of the sql text in its file */
};

struct metric_catalog {
    struct metric_def *defs;
    size_t count, cap;
};

/* Whether the metric's SQL may read the table or view (`reads`; every
 * one without the key). */
bool metric_reads(const struct metric_def *m, const char *table);

/* Returns the number of files with errors (0 = all loaded). */
size_t metric_catalog_load(struct metric_catalog *cat, struct diag_list *diags);
/* The failure of a catalog that holds no metric (EH_USAGE): a setup
 * fault (no metrics/ where it is looked for), named once, not as every
 * goal's unknown metric. */
int metric_catalog_empty(struct eh_error *err);
/* Loads one file into cat; false (with diagnostics) when it is broken. */
bool metric_catalog_load_file(struct metric_catalog *cat, const char *path,
                              struct diag_list *diags);
const struct metric_def *metric_find(const struct metric_catalog *cat, const char *id);
void metric_catalog_free(struct metric_catalog *cat);

const char *metric_label(const struct metric_def *m, const char *lang);
/* v held to the metric's range. */
double metric_clamp(const struct metric_def *m, double v);
bool metric_is_ratio(const struct metric_def *m);
/* Does value meet target in the metric's direction? Equal is enough, and
 * so is a difference only floating point makes (a target of 50 x 0.66 is
 * 32.99999999999999, a forecast of 1 may come out 0.9999999999999976). */
bool metric_meets(const struct metric_def *m, double value, double target);
/* A share of records (unit ratio, compute ratio, scale 1): a numerator
 * counted among its denominator, so the binomial funnel limits of
 * 'compare' apply. Known from the metric's file, for any metric. */
bool metric_is_proportion(const struct metric_def *m);
/* A value as tables show it, one style everywhere: ratios as percentages
 * ("5.0%"), rates with their unit ("28.0/day", "2.5 h"). exact: a value a
 * person wrote (a target, a baseline) gets the further decimals it needs
 * to show unrounded ("5.25%"); a computed one is rounded. JSON and CSV
 * print plain numbers instead. */
void metric_format(enum metric_unit unit, double v, bool exact, char *buf, size_t size);
/* A value outside what m can be (goal_current_out_of_range) as tables
 * show it, with the further decimals it needs where that would read as
 * the bound it passed (100.03%, not 100.0%). */
void metric_format_outside(const struct metric_def *m, double v, char *buf, size_t size);

#endif
