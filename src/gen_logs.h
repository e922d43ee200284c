/*
 * gen_logs.h - realistic synthetic logs in the canonical CSV layouts
 * (interface.md section 3), for demonstrations and benchmarks.
 *
 * Contract: gen_logs writes consults.csv, messages.csv, calls.csv,
 * survey.csv and registrations.csv into cfg->out_dir (created if missing)
 * for every practice of the set, over cfg->from..cfg->to inclusive. The
 * output is a function of the set, the period and the seed alone: the same
 * inputs give byte-identical files. Memory does not grow with the number of
 * rows (generation streams one practice-day at a time). Files are written
 * under a temporary name and renamed when complete, so a failure leaves no
 * half-written file. gen_invent writes an invented register and one
 * e-consult plan per practice (out_dir/register.yaml, out_dir/plans/),
 * valid for plan_set_load. Both return an eh_status and fill err.
 * docs/generate.md describes the model behind the numbers.
 */
#ifndef EHTRACK_GEN_LOGS_H
#define EHTRACK_GEN_LOGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "plan_set.h"

enum gen_file { GEN_CONSULTS, GEN_MESSAGES, GEN_CALLS, GEN_SURVEY, GEN_REGISTRATIONS, GEN_FILES };

/* "consults.csv", ... */
extern const char *const GEN_FILE_NAMES[GEN_FILES];

/* The limits the generator accepts (gen_logs refuses anything outside). */
#define GEN_FIRST_YEAR 2000
#define GEN_LAST_YEAR 2099
#define GEN_MAX_ERRORS 1000000L
#define GEN_MAX_PRACTICES 100000L
#define GEN_MAX_CONSULTS 10000000000LL

struct gen_config {
    const char *out_dir;
    int from, to;               /* day numbers, inclusive */
    uint64_t seed;
    long long consults;         /* exact total of consult rows; < 0: the model's own volume */
    long errors;                /* broken rows added to each file */
    bool progress;              /* a progress line on stderr */
};

struct gen_result {
    long long rows[GEN_FILES];  /* data rows written, broken ones included */
    long long broken[GEN_FILES];
};

/* Creates dir and its missing parents. */
int gen_make_dir(const char *dir, struct eh_error *err);

/* Invents n practices and their plans; the files to load afterwards are
 * out_dir/register.yaml and out_dir/plans. Earlier generated plan files in
 * out_dir/plans that this run did not write are removed, other files are
 * left alone. */
int gen_invent(size_t n, const struct gen_config *cfg, struct eh_error *err);

/* A plan file in out_dir/plans that gen_invent did not write (the first
 * one found; caller frees), or NULL. Such a plan names practices of
 * another register: checked before anything is written. */
char *gen_foreign_plan(const char *out_dir);

int gen_logs(const struct plan_set *set, const struct gen_config *cfg, struct gen_result *res,
             struct eh_error *err);

#endif
