#include "metric_catalog.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "paths.h"
#include "util.h"
#include "yaml_doc.h"

static const struct vocab_entry unit_entries[] = {
    {"ratio", "", ""}, {"count", "", ""}, {"per_day", "", ""}, {"per_week", "", ""},
    {"per_1000", "", ""}, {"hours", "", ""}, {"seconds", "", ""},
};
static const struct vocab UNITS = {"unit", unit_entries, ARRAY_LEN(unit_entries)};

static const struct vocab_entry compute_entries[] = {
    {"ratio", "", ""}, {"count", "", ""}, {"per_day", "", ""}, {"per_week", "", ""}, {"value", "", ""},
};
static const struct vocab COMPUTES = {"compute", compute_entries, ARRAY_LEN(compute_entries)};

static const struct vocab_entry better_entries[] = {{"higher", "", ""}, {"lower", "", ""}};
static const struct vocab BETTER = {"better", better_entries, ARRAY_LEN(better_entries)};

static const struct vocab_entry suppress_entries[] = {{"numerator", "", ""}, {"denominator", "", ""}};
static const struct vocab SUPPRESS_ON = {"suppress_on", suppress_entries, ARRAY_LEN(suppress_entries)};

static const struct vocab_entry kind_entries[] = {
    {"consults", "", ""}, {"messages", "", ""}, {"calls", "", ""}, {"survey", "", ""},
    {"registrations", "", ""},
};
static const struct vocab KINDS = {"kind", kind_entries, ARRAY_LEN(kind_entries)};

static bool read_labels(struct yctx *c, yaml_node_t *n, const char *what, char **nl, char **en)
{
    struct ymap m;
    static const char *const keys[] = {"nl", "en"};
    if (!ymap_read(c, n, what, &m)) return false;
    bool ok = ymap_check_keys(c, n, &m, what, keys, 2, keys, 2);
    const char *s;
    if (ymap_get(&m, "nl") && ystring(c, ymap_get(&m, "nl"), what, &s)) *nl = xstrdup(s);
    else ok = false;
    if (ymap_get(&m, "en") && ystring(c, ymap_get(&m, "en"), what, &s)) *en = xstrdup(s);
    else ok = false;
    ymap_free(&m);
    return ok;
}

/* range: [MIN, MAX], null for no bound. */
static void read_range(struct yctx *c, yaml_node_t *n, struct metric_def *d)
{
    size_t count;
    if (!yseq(c, n, "range", &count)) return;
    if (count != 2) {
        yerror(c, n, "range is [MIN, MAX] (null for no bound), got %zu values", count);
        return;
    }
    bool *has[2] = {&d->has_min, &d->has_max};
    double *bound[2] = {&d->min, &d->max};
    for (size_t i = 0; i < 2; i++) {
        yaml_node_t *item = yseq_item(c, n, i);
        if (!item) return;
        *has[i] = !yis_null(item);
        if (*has[i] && !ynumber(c, item, i ? "range maximum" : "range minimum", bound[i])) return;
    }
    if (d->has_min && d->has_max && d->min >= d->max)
        yerror(c, n, "range: the minimum %g is not below the maximum %g", d->min, d->max);
    else if (d->unit == UNIT_RATIO && (!d->has_min || !d->has_max || d->min < 0 || d->max > 1))
        yerror(c, n, "range: a ratio lies within 0..1 (5%% is written 0.05)");
}

/* What metric SQL can read (docs/metrics.md, "Tables"). */
static const char *const READABLE[] = {
    "call_days", "consult_days", "econsult_open", "econsult_responses", "m_call_periods",
    "m_consult_periods", "m_consults", "m_days", "m_groups", "m_message_periods", "m_periods",
    "m_practices", "m_scope", "m_terms", "message_days", "practice_insurers", "practices", "registration_carriers",
    "registrations", "survey", "survey_carriers",
};

static void read_reads(struct yctx *c, yaml_node_t *n, struct metric_def *d)
{
    size_t count;
    if (!yseq(c, n, "reads", &count)) return;
    if (!count) {
        yerror(c, n, "reads lists the tables the SQL reads, e.g. [m_consult_periods, m_scope]");
        return;
    }
    d->reads = xcalloc(count, sizeof *d->reads);
    for (size_t i = 0; i < count; i++) {
        yaml_node_t *item = yseq_item(c, n, i);
        const char *s;
        if (!item || !ystring(c, item, "table", &s)) continue;
        if (sorted_index((char *const *)READABLE, ARRAY_LEN(READABLE), s) == (size_t)-1) {
            struct sbuf known = {0};
            for (size_t k = 0; k < ARRAY_LEN(READABLE); k++) sbuf_addf(&known, "%s%s", k ? ", " : "", READABLE[k]);
            yerror(c, item, "reads: '%s' is not a table metric SQL can read (%s)", s, sbuf_str(&known));
            sbuf_free(&known);
            continue;
        }
        d->reads[d->nreads++] = xstrdup(s);
    }
}

bool metric_reads(const struct metric_def *m, const char *table)
{
    if (!m->nreads) return true;
    for (size_t i = 0; i < m->nreads; i++)
        if (strcmp(m->reads[i], table) == 0) return true;
    return false;
}

static void def_free(struct metric_def *d)
{
    for (size_t i = 0; i < d->nreads; i++) free(d->reads[i]);
    free(d->reads);
    free(d->id);
    free(d->label_nl);
    free(d->label_en);
    free(d->desc_nl);
    free(d->desc_en);
    free(d->sql);
    free(d->file);
}

bool metric_catalog_load_file(struct metric_catalog *cat, const char *path,
                              struct diag_list *diags)
{
    static const char *const allowed[] = {"metric", "label", "description", "better", "unit",
                                          "kind", "compute", "scale", "range", "reads", "suppress_on", "sql"};
    static const char *const required[] = {"metric", "label", "better", "unit", "kind",
                                           "compute", "sql"};
    struct ydoc doc;
    size_t errors_before = diags->errors;
    if (!ydoc_load(&doc, path, YDOC_MAX_METRIC_BYTES, "a metric file", diags)) {
        ydoc_free(&doc);
        return false;
    }
    struct yctx c = {&doc, diags};
    yaml_node_t *root = ydoc_root(&doc);
    struct ymap m;
    struct metric_def d = {0};
    d.scale = 1.0;
    if (!ymap_read(&c, root, "metric file", &m)) {
        ydoc_free(&doc);
        return false;
    }
    ymap_check_keys(&c, root, &m, "metric file", allowed, ARRAY_LEN(allowed), required,
                    ARRAY_LEN(required));
    const char *s;
    yaml_node_t *n;
    int idx;
    if ((n = ymap_get(&m, "metric")) && ystring(&c, n, "metric id", &s)) {
        bool valid = true;
        for (const char *p = s; *p; p++)
            if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_')) valid = false;
        if (!valid)
            yerror(&c, n, "metric id must be lower-case letters, digits and _ (got '%s')", s);
        else if (metric_find(cat, s))
            yerror(&c, n, "metric '%s' is already defined in %s", s, metric_find(cat, s)->file);
        else
            d.id = xstrdup(s);
    }
    if ((n = ymap_get(&m, "label"))) read_labels(&c, n, "label", &d.label_nl, &d.label_en);
    if ((n = ymap_get(&m, "description"))) read_labels(&c, n, "description", &d.desc_nl, &d.desc_en);
    if ((n = ymap_get(&m, "better")) && yenum(&c, n, &BETTER, &idx)) d.higher_better = idx == 0;
    if ((n = ymap_get(&m, "unit")) && yenum(&c, n, &UNITS, &idx)) d.unit = (enum metric_unit)idx;
    if ((n = ymap_get(&m, "compute")) && yenum(&c, n, &COMPUTES, &idx)) d.compute = (enum metric_compute)idx;
    if ((n = ymap_get(&m, "kind")) && yenum(&c, n, &KINDS, &idx)) d.kind = (enum log_kind)idx;
    if ((n = ymap_get(&m, "scale"))) ynumber(&c, n, "scale", &d.scale);
    /* What a value can be: by the unit, unless the file says. */
    d.has_min = true;
    d.min = 0;
    d.has_max = d.unit == UNIT_RATIO;
    d.max = 1;
    if ((n = ymap_get(&m, "range"))) read_range(&c, n, &d);
    if ((n = ymap_get(&m, "reads"))) read_reads(&c, n, &d);
    /* Per 1,000 listed patients divides by the register's list size. */
    d.suppress_numerator = d.unit == UNIT_PER_1000;
    if ((n = ymap_get(&m, "suppress_on")) && yenum(&c, n, &SUPPRESS_ON, &idx)) d.suppress_numerator = idx == 0;
    if ((n = ymap_get(&m, "sql")) && ystring(&c, n, "sql", &s)) {
        d.sql = xstrdup(s);
        /* A block scalar's text starts on the line after its indicator. */
        d.sql_line = yline(n) + (n->data.scalar.style == YAML_LITERAL_SCALAR_STYLE ||
                                 n->data.scalar.style == YAML_FOLDED_SCALAR_STYLE);
    }
    ymap_free(&m);
    bool ok = diags->errors == errors_before && d.id && d.sql && d.label_nl;
    if (ok) {
        d.file = xstrdup(path);
        GROW(cat->defs, cat->cap, cat->count + 1);
        cat->defs[cat->count++] = d;
    } else {
        def_free(&d);
    }
    ydoc_free(&doc);
    return ok;
}

/* named: a directory of $EHTRACK_METRICS_PATH, which must be there (a
 * typo in it dropped every metric of one's own without a word). */
static size_t load_dir(struct metric_catalog *cat, const char *dir, bool named, struct diag_list *diags)
{
    static const char *const suffixes[] = {".yaml", ".yml", NULL};
    if (named && !is_directory(dir)) {
        diag_add(diags, DIAG_ERROR, dir, 0, 0, "$EHTRACK_METRICS_PATH names this, but it is no directory: %s",
                 access(dir, F_OK) == 0 ? "a file" : "nothing is there");
        return 1;
    }
    char **names = list_dir(dir, suffixes);
    size_t bad = 0;
    for (size_t i = 0; names && names[i]; i++) {
        char *path = xasprintf("%s/%s", dir, names[i]);
        if (!metric_catalog_load_file(cat, path, diags)) bad++;
        free(path);
    }
    free_list(names);
    return bad;
}

size_t metric_catalog_load(struct metric_catalog *cat, struct diag_list *diags)
{
    memset(cat, 0, sizeof *cat);
    char *dir = data_path("metrics");
    size_t bad = load_dir(cat, dir, false, diags);
    const char *extra = getenv("EHTRACK_METRICS_PATH");
    if (extra && *extra) {
        /* A directory named twice, or the shipped one named again, is read
         * once: its files would each clash with themselves. */
        char **seen = xcalloc(1, sizeof *seen);
        size_t nseen = 0;
        seen[nseen++] = path_absolute(dir);
        char *copy = xstrdup(extra), *save = NULL;
        for (char *d = strtok_r(copy, ":", &save); d; d = strtok_r(NULL, ":", &save)) {
            char *real = path_absolute(d);
            bool again = false;
            for (size_t i = 0; i < nseen && !again; i++) again = strcmp(seen[i], real) == 0;
            if (again) {
                free(real);
                continue;
            }
            seen = xrealloc(seen, (nseen + 1) * sizeof *seen);
            seen[nseen++] = real;
            bad += load_dir(cat, d, true, diags);
        }
        for (size_t i = 0; i < nseen; i++) free(seen[i]);
        free(seen);
        free(copy);
    }
    free(dir);
    return bad;
}

const struct metric_def *metric_find(const struct metric_catalog *cat, const char *id)
{
    for (size_t i = 0; i < cat->count; i++)
        if (strcmp(cat->defs[i].id, id) == 0) return &cat->defs[i];
    return NULL;
}

void metric_catalog_free(struct metric_catalog *cat)
{
    for (size_t i = 0; i < cat->count; i++) def_free(&cat->defs[i]);
    free(cat->defs);
    memset(cat, 0, sizeof *cat);
}

const char *metric_label(const struct metric_def *m, const char *lang)
{
    return lang && strcmp(lang, "nl") == 0 ? m->label_nl : m->label_en;
}

double metric_clamp(const struct metric_def *m, double v)
{
    if (m->has_min && v < m->min) return m->min;
    if (m->has_max && v > m->max) return m->max;
    return v;
}

bool metric_is_ratio(const struct metric_def *m)
{
    return m->unit == UNIT_RATIO;
}

bool metric_meets(const struct metric_def *m, double value, double target)
{
    double slack = 1e-9 * fmax(1.0, fabs(target));
    return m->higher_better ? value >= target - slack : value <= target + slack;
}

bool metric_is_proportion(const struct metric_def *m)
{
    return m->unit == UNIT_RATIO && m->compute == COMPUTE_RATIO && m->scale == 1.0;
}

void metric_format(enum metric_unit unit, double v, bool exact, char *buf, size_t size)
{
    double shown = unit == UNIT_RATIO ? v * 100 : v;
    int digits = unit == UNIT_COUNT || unit == UNIT_SECONDS ? 0 : 1;
    const char *suffix = "";
    switch (unit) {
    case UNIT_RATIO: suffix = "%"; break;
    case UNIT_COUNT: case UNIT_PER_1000: break;
    case UNIT_PER_DAY: suffix = "/day"; break;
    case UNIT_PER_WEEK: suffix = "/week"; break;
    case UNIT_HOURS: suffix = " h"; break;
    case UNIT_SECONDS: suffix = " s"; break;
    }
    char num[64];
    for (;; digits++) {
        format_fixed(num, sizeof num, shown, digits);
        if (!exact || digits >= 6 || fabs(strtod(num, NULL) - shown) <= 1e-9 * fmax(1.0, fabs(shown))) break;
    }
    snprintf(buf, size, "%s%s", num, suffix);
}

void metric_format_outside(const struct metric_def *m, double v, char *buf, size_t size)
{
    char bound[64];
    metric_format(m->unit, m->has_max && v > m->max ? m->max : m->min, false, bound, sizeof bound);
    metric_format(m->unit, v, false, buf, size);
    if (!strcmp(buf, bound)) metric_format(m->unit, v, true, buf, size);
}

int metric_catalog_empty(struct eh_error *err)
{
    char *dir = data_path("metrics");
    int rc = eh_fail(err, EH_USAGE, NULL, 0, 0,
                     "no metric is defined: %s holds no metric file (*.yaml); point $EHTRACK_DATADIR at "
                     "the directory whose metrics/ holds them, or unset it", dir);
    free(dir);
    return rc;
}
