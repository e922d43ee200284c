/*
 * plan_load.h - reading one register or plan document into the model,
 * checking every rule of interface.md section 2 that one file can decide.
 *
 * Contract: each loader reports all problems of its document through the
 * context's diagnostics (errors make the file invalid; warnings are the
 * SMART hints) and returns false when it added any error. It fills what it
 * could read either way; the caller frees the result. Checks that need
 * other files (AGB uniqueness, plan id uniqueness, practice references)
 * are plan_set's. "today" decides the "more than three years ahead" hint.
 */
#ifndef EHTRACK_PLAN_LOAD_H
#define EHTRACK_PLAN_LOAD_H

#include "metric_catalog.h"
#include "plan_model.h"
#include "yaml_doc.h"

bool agb_valid(const char *s);
bool plan_id_valid(const char *s);
/* What plan_id_valid asks, for messages. */
#define PLAN_ID_RULE "lower-case letters, digits and '-', starting with a letter or digit, at most 64 characters"

bool register_load(struct yctx *c, yaml_node_t *root, struct practice_register *out);
bool plan_load(struct yctx *c, yaml_node_t *root, const struct metric_catalog *metrics,
               int today, struct plan *out);

#endif
