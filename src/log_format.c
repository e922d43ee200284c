#include "log_format.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "datetime.h"
#include "paths.h"
#include "util.h"
#include "yaml_doc.h"

static bool is_time_field(const struct kind_field *f)
{
    return f->type == FT_TIME || f->type == FT_TIME_OPT || f->type == FT_DATE;
}

static bool is_int_field(const struct kind_field *f)
{
    return f->type == FT_INT || f->type == FT_INT_OPT;
}

static bool is_required(const struct kind_field *f)
{
    return f->type == FT_PRACTICE || f->type == FT_TIME || f->type == FT_DATE || f->type == FT_PATIENT ||
           f->type == FT_ENUM || f->type == FT_INT;
}

void format_canonical(struct log_format *f, enum log_kind kind)
{
    memset(f, 0, sizeof *f);
    f->name = xstrdup("canonical");
    f->description = xasprintf("the canonical %s layout (docs/formats.md)", LOG_KIND_NAMES[kind]);
    f->kind = kind;
    f->def = log_kind(kind);
    f->parser = PARSER_CSV;
    f->delimiter = ',';
    f->header = true;
    f->canonical = true;
    for (size_t i = 0; i < f->def->nfields; i++) {
        struct field_map *m = &f->fields[i];
        m->mapped = true;
        m->source = SOURCE_COLUMN;
        m->column.name = xstrdup(f->def->fields[i].name);
        m->column.index = -1;
    }
}

static void column_free(struct column_ref *c)
{
    free(c->name);
    c->name = NULL;
}

void format_free(struct log_format *f)
{
    for (size_t i = 0; i < LOG_MAX_FIELDS; i++) {
        struct field_map *m = &f->fields[i];
        column_free(&m->column);
        column_free(&m->plus);
        column_free(&m->minus);
        for (size_t k = 0; k < m->ncolumns; k++) column_free(&m->columns[k]);
        free(m->columns);
        for (size_t k = 0; k < m->nlater_starts; k++) column_free(&m->later_starts[k]);
        free(m->later_starts);
        free(m->group);
        free(m->value);
        for (size_t k = 0; k < m->ntime_formats; k++) free(m->time_formats[k]);
        free(m->time_formats);
        for (size_t k = 0; k < m->nrules; k++) {
            pcre2_code_free(m->rules[k].re);
            free(m->rules[k].value);
        }
        free(m->rules);
    }
    for (size_t i = 0; i < f->nskips; i++) {
        struct skip_rule *r = &f->skips[i];
        for (size_t k = 0; k < r->nconditions; k++) {
            column_free(&r->conditions[k].column);
            pcre2_code_free(r->conditions[k].re);
        }
        free(r->conditions);
        free(r->name);
    }
    free(f->skips);
    pcre2_match_data_free(f->match);
    pcre2_match_data_free(f->skip_match);
    pcre2_code_free(f->re);
    pcre2_match_context_free(f->limits);
    pcre2_jit_stack_free(f->jit_stack);
    free(f->name);
    free(f->description);
    free(f->file);
    free(f->encoding);
    memset(f, 0, sizeof *f);
}

/* ---- loading a format file ------------------------------------------------ */

static pcre2_code *compile(struct yctx *c, yaml_node_t *n, const char *pattern, const char *what)
{
    int code;
    PCRE2_SIZE offset;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, PCRE2_UTF | PCRE2_UCP,
                                   &code, &offset, NULL);
    if (!re) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(code, msg, sizeof msg);
        /* PCRE2 gives a byte offset; a user counts characters (an ë is
         * two bytes), and an offset at the end means nothing more came. */
        size_t len = strlen(pattern), chars = 1;
        for (size_t i = 0; i < offset && i < len; i++)
            if (((unsigned char)pattern[i] & 0xC0) != 0x80) chars++;
        if (offset >= len)
            yerror(c, n, "%s: %s at the end of the pattern", what, (const char *)msg);
        else
            yerror(c, n, "%s: %s at character %zu of the pattern", what, (const char *)msg, chars);
        return NULL;
    }
    pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
    return re;
}

static bool read_column(struct yctx *c, yaml_node_t *n, const struct log_format *f, const char *what,
                        struct column_ref *out)
{
    const char *s;
    out->index = -1;
    if (!ystring(c, n, what, &s)) return false;
    char *end;
    long v = strtol(s, &end, 10);
    if (!*end && n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE) {
        if (v < 1 || v > CSV_MAX_FIELDS) {
            yerror(c, n, "%s: a column number is from 1 to %d (got %s)", what, CSV_MAX_FIELDS, s);
            return false;
        }
        out->number = v;
        return true;
    }
    /* An unquoted 6.5 is a number YAML reads, meant as a column's; as a
     * header's name it would match no header and reject every row. */
    char *num_end;
    if (n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE && isdigit((unsigned char)s[0]) &&
        (strtod(s, &num_end), !*num_end)) {
        yerror(c, n, "%s: a column number is a whole number (got %s); a header's name written so is quoted "
                     "(column: \"%s\")", what, s, s);
        return false;
    }
    if (!f->header) {
        yerror(c, n, "%s: the file has no header (csv header: false), so name columns by number", what);
        return false;
    }
    out->name = xstrdup(s);
    return true;
}

/* A map value without $ substitutions is known when the format is read:
   one outside the field's vocabulary would reject every row it maps, each
   as its own problem, so it is named here once, at its place. */
static void check_map_value(struct yctx *c, yaml_node_t *vn, const struct kind_field *kf, const char *what,
                            const char *value)
{
    if ((kf->type != FT_ENUM && kf->type != FT_ENUM_OPT) || !*value || strchr(value, '$')) return;
    if (kind_enum_find(kf, value, strlen(value)) >= 0) return;
    char list[256];
    kind_enum_list(kf->values, list, sizeof list);
    yerror(c, vn, "%s value '%s' is not one of %s", what, value, list);
}

/* Whether a pattern matches text no system writes as a code, and nothing
 * at all: it takes every value that reaches it. */
static bool matches_anything(pcre2_code *re)
{
    static const char *const probes[] = {"", "\x01 zqxj~7 \x02"};
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    bool all = true;
    for (size_t i = 0; i < ARRAY_LEN(probes) && all; i++)
        all = pcre2_match(re, (PCRE2_SPTR)probes[i], strlen(probes[i]), 0, 0, md, NULL) >= 0;
    pcre2_match_data_free(md);
    return all;
}

static void read_map(struct yctx *c, yaml_node_t *n, struct field_map *m, const struct kind_field *kf,
                     const char *fname)
{
    size_t count;
    static const char *const keys[] = {"match", "value"};
    if (!yseq(c, n, "map", &count)) return;
    m->rules = xcalloc(count ? count : 1, sizeof *m->rules);
    for (size_t i = 0; i < count; i++) {
        yaml_node_t *item = yseq_item(c, n, i);
        struct ymap r;
        if (!ymap_read(c, item, "map rule", &r)) continue;
        ymap_check_keys(c, item, &r, "map rule", keys, 2, keys, 2);
        const char *pattern;
        yaml_node_t *pn = ymap_get(&r, "match"), *vn = ymap_get(&r, "value");
        char what[96];
        snprintf(what, sizeof what, "%s map", fname);
        if (pn && vn && ystring(c, pn, "match", &pattern)) {
            pcre2_code *re = compile(c, pn, pattern, what);
            const char *vs = vn->type == YAML_SCALAR_NODE ? (const char *)vn->data.scalar.value : NULL;
            if (!vs) yerror(c, vn, "map value must be a value");
            else if (re) {
                /* $1 in a value must have a group to take it from. */
                uint32_t groups = 0;
                pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &groups);
                for (const char *p = strchr(vs, '$'); p; p = strchr(p + 1, '$'))
                    if (isdigit((unsigned char)p[1]) && (uint32_t)(p[1] - '0') > groups)
                        yerror(c, vn, "map value uses $%c but the pattern has %u group%s", p[1], groups,
                               groups == 1 ? "" : "s");
                check_map_value(c, vn, kf, what, vs);
                bool catch_all = (kf->type == FT_ENUM || kf->type == FT_ENUM_OPT) && !strchr(vs, '$') &&
                                 matches_anything(re);
                if (catch_all && !m->catch_all_rule) m->catch_all_rule = m->nrules + 1;
                m->rules[m->nrules++] = (struct map_rule){re, xstrdup(vs), catch_all};
                re = NULL;
            }
            pcre2_code_free(re);
        }
        ymap_free(&r);
    }
}

/* Whether a strptime notation holds the conversion %<letter> (not %%). */
static bool has_conversion(const char *format, char letter)
{
    for (const char *p = strchr(format, '%'); p; p = strchr(p + 2, '%')) {
        if (!p[1]) break;
        if (p[1] == letter) return true;
    }
    return false;
}

/* Where the first conversion of a time_format that neither strptime nor
 * %f reads begins (its %), or NULL. strptime fails on one at every row,
 * which told the user only that no row fit. The E and O modifiers count
 * as unknown: they read a locale's era or other digits, which imports
 * (in the C locale) do not have, and strptime then fails on %Ey, %OH:%OM
 * at every row too. */
static const char *unknown_conversion(const char *format)
{
    static const char known[] = "aAbBcCdDeFgGhHIjklmMnprRsStTuUVwWxXyYzZf%";
    for (const char *p = strchr(format, '%'); p; p = strchr(p + 2, '%')) {
        const char *letter = p + 1;
        if (*letter == 'E' || *letter == 'O' || !*letter || !strchr(known, *letter)) return p;
    }
    return NULL;
}

/* strptime, where the format may hold %f once: a fraction of a second,
 * its digits read and dropped (08:00:00.123 is 08:00:00, as a time of
 * whole seconds is kept), which strptime has no conversion for. */
static const char *strptime_fraction(const char *input, const char *format, struct tm *tm)
{
    const char *f = strstr(format, "%f");
    while (f && f > format && f[-1] == '%') f = strstr(f + 1, "%f");
    if (!f) return strptime(input, format, tm);
    char head[128];
    size_t head_len = (size_t)(f - format);
    if (head_len >= sizeof head) return NULL;
    memcpy(head, format, head_len);
    head[head_len] = '\0';
    const char *p = strptime(input, head, tm);
    if (!p || !isdigit((unsigned char)*p)) return NULL;
    while (isdigit((unsigned char)*p)) p++;
    return f[2] ? strptime(p, f + 2, tm) : p;
}

/* A time or date written without its year: strptime leaves the year at
 * 1900, which passes for a date, so every record would land in 1900. */
static bool has_year(const char *format)
{
    static const char years[] = "YyDFcxG";
    for (const char *l = years; *l; l++)
        if (has_conversion(format, *l)) return true;
    return strcmp(format, "%s") == 0;
}

/* The literal text after a format's last conversion, when it names UTC
 * (`...%SZ`, `... UTC`, `+00:00`): strptime matches such a literal and
 * drops it, so the times would be read as Amsterdam's. */
static bool literal_utc_tail(const char *format)
{
    const char *tail = format;
    for (const char *p = format; *p; p++)
        if (*p == '%' && p[1]) tail = ++p + 1;
    while (*tail == ' ') tail++;
    static const char *const utc[] = {"Z", "UTC", "GMT", "+00:00", "+0000", "+00", NULL};
    for (int i = 0; utc[i]; i++)
        if (strcmp(tail, utc[i]) == 0) return true;
    return false;
}

/* dated: the field is a time or a date itself (not the clock times of
 * between), so each notation must give the year; utc: the format says
 * timezone: UTC, so a zone written as literal text does no harm. */
static void read_time_formats(struct yctx *c, yaml_node_t *n, struct field_map *m, bool dated, bool utc)
{
    size_t count = 1;
    bool list = n->type == YAML_SEQUENCE_NODE;
    if (list && !yseq(c, n, "time_format", &count)) return;
    m->time_formats = xcalloc(count ? count : 1, sizeof *m->time_formats);
    for (size_t i = 0; i < count; i++) {
        yaml_node_t *item = list ? yseq_item(c, n, i) : n;
        const char *s;
        if (!ystring(c, item, "time_format", &s)) continue;
        if (!strchr(s, '%')) {
            yerror(c, item, "time_format '%s' has no %% conversions (strptime, e.g. %%d-%%m-%%Y %%H:%%M)", s);
            continue;
        }
        /* strptime reads a zone name and drops it, and reads %s in the
         * machine's own zone: both would move times by the hours between
         * that zone and Amsterdam without a word. */
        const char *unknown = unknown_conversion(s);
        if (unknown) {
            /* The conversion as written: a letter, a modifier and its
             * letter, a whole UTF-8 character, or a lone % at the end. */
            size_t len = 1;
            if (unknown[len] == 'E' || unknown[len] == 'O') len++;
            if (unknown[len]) len++;
            while (((unsigned char)unknown[len] & 0xC0) == 0x80) len++;
            if (len == 1)
                yerror(c, item, "time_format '%s' ends in a lone %%; write %%%% for a %% sign", s);
            else if (len == 3 && (unknown[1] == 'E' || unknown[1] == 'O'))
                yerror(c, item, "time_format '%s': %.*s reads a locale's era or other digits, which no export "
                                "writes; write %%%c", s, (int)len, unknown, unknown[2]);
            else
                yerror(c, item, "time_format '%s': %.*s is no conversion a time is read with (strptime's: %%Y %%m "
                                "%%d %%H %%M %%S %%z ..., and %%f for the digits of a fraction of a second)",
                       s, (int)len, unknown);
            continue;
        }
        if (strstr(s, "%f") && strstr(strstr(s, "%f") + 2, "%f")) {
            yerror(c, item, "time_format '%s': %%f (a fraction of a second) is read once", s);
            continue;
        }
        if (has_conversion(s, 'Z')) {
            yerror(c, item, "time_format '%s': %%Z (a zone name) cannot be read; use %%z for an offset (+01:00, "
                            "+0100, Z) or 'timezone: UTC' for times in UTC", s);
            continue;
        }
        if (!utc && literal_utc_tail(s)) {
            yerror(c, item, "time_format '%s' ends in the zone as literal text, which is read and dropped: the "
                            "times would be taken as Amsterdam time; end it with %%z, which reads Z, +00:00 and "
                            "other offsets (or say 'timezone: UTC' in the format)", s);
            continue;
        }
        if (has_conversion(s, 's') && strcmp(s, "%s") != 0) {
            yerror(c, item, "time_format '%s': %%s (seconds since 1970, UTC) stands alone: time_format: \"%%s\"", s);
            continue;
        }
        if (dated && !has_year(s)) {
            yerror(c, item, "time_format '%s' has no year (%%Y, or %%y for two digits): every time would be read "
                            "as one of 1900; if the export writes the year in another column, join it with "
                            "plus_column", s);
            continue;
        }
        m->time_formats[m->ntime_formats++] = xstrdup(s);
    }
}

/* A field measured in minutes or seconds, so a duration can fill it. */
static bool is_duration_field(const struct kind_field *f)
{
    return is_int_field(f) && (strcmp(f->name, "minutes") == 0 || str_ends(f->name, "_s"));
}

/* A list of columns (or one), as columns: and between's to: take them. */
static bool read_column_list(struct yctx *c, yaml_node_t *n, const struct log_format *f, const char *what,
                             struct column_ref **out, size_t *count)
{
    size_t items = 1;
    bool list = n->type == YAML_SEQUENCE_NODE;
    if (list && !yseq(c, n, what, &items)) return false;
    if (!items) {
        yerror(c, n, "%s: name at least one column", what);
        return false;
    }
    *out = xcalloc(items, sizeof **out);
    *count = 0;
    bool ok = true;
    for (size_t i = 0; i < items; i++) {
        struct column_ref *ref = &(*out)[(*count)++];
        ok &= read_column(c, list ? yseq_item(c, n, i) : n, f, what, ref);
    }
    return ok;
}

static void read_between(struct yctx *c, yaml_node_t *n, struct log_format *f, struct field_map *m,
                         const char *what)
{
    static const char *const keys[] = {"from", "to"};
    struct ymap bm;
    if (!ymap_read(c, n, "between", &bm)) return;
    if (ymap_check_keys(c, n, &bm, "between", keys, 2, keys, 2)) {
        /* from may be a list as to is: a call nobody answered has no
         * answer time, and from [answered, end] to end gives it 0 s talk. */
        struct column_ref *starts = NULL;
        size_t nstarts = 0;
        if (read_column_list(c, ymap_get(&bm, "from"), f, "between from", &starts, &nstarts)) {
            m->column = starts[0];
            m->later_starts = nstarts > 1 ? xcalloc(nstarts - 1, sizeof *m->later_starts) : NULL;
            for (size_t k = 1; k < nstarts; k++) m->later_starts[m->nlater_starts++] = starts[k];
        } else {
            for (size_t k = 0; k < nstarts; k++) column_free(&starts[k]);
        }
        free(starts);
        read_column_list(c, ymap_get(&bm, "to"), f, "between to", &m->columns, &m->ncolumns);
    }
    (void)what;
    ymap_free(&bm);
}

static void read_duration(struct yctx *c, yaml_node_t *n, struct field_map *m)
{
    static const struct vocab_entry notations_e[] = {{"H:MM", "", ""}, {"HH:MM:SS", "", ""}, {"MM:SS", "", ""}};
    static const struct vocab notations = {"duration", notations_e, 3};
    int idx;
    if (yenum(c, n, &notations, &idx)) m->duration = (enum duration_notation)(idx + 1);
}

static void read_field(struct yctx *c, yaml_node_t *n, struct log_format *f, int fi)
{
    static const char *const keys[] = {"column", "columns", "group", "value", "between", "time_format",
                                       "plus_column", "minus_column", "map", "scale", "duration", "decimal", "free_text"};
    const struct kind_field *kf = &f->def->fields[fi];
    struct field_map *m = &f->fields[fi];
    struct ymap mm;
    char what[64];
    snprintf(what, sizeof what, "field %s", kf->name);
    if (!ymap_read(c, n, what, &mm)) return;
    ymap_check_keys(c, n, &mm, what, keys, ARRAY_LEN(keys), NULL, 0);
    m->mapped = true;
    m->column.index = m->plus.index = m->minus.index = -1;
    yaml_node_t *col = ymap_get(&mm, "column"), *cols = ymap_get(&mm, "columns"), *grp = ymap_get(&mm, "group"),
                *val = ymap_get(&mm, "value"), *btw = ymap_get(&mm, "between");
    int sources = (col != NULL) + (cols != NULL) + (grp != NULL) + (val != NULL) + (btw != NULL);
    if (sources != 1) {
        yerror(c, n, "%s needs exactly one source: column, columns, group, value or between", what);
    } else if (col || cols || btw) {
        yaml_node_t *src = col ? col : cols ? cols : btw;
        m->source = col ? SOURCE_COLUMN : cols ? SOURCE_COLUMNS : SOURCE_BETWEEN;
        if (f->parser == PARSER_REGEX)
            yerror(c, src, "%s: a regex format takes its values from groups, not columns", what);
        else if (col)
            read_column(c, col, f, "column", &m->column);
        else if (cols)
            read_column_list(c, cols, f, "columns", &m->columns, &m->ncolumns);
        else if (!is_int_field(kf))
            yerror(c, btw, "%s: between gives seconds, for numbers (wait_s, talk_s, minutes)", what);
        else
            read_between(c, btw, f, m, what);
    } else if (grp) {
        const char *s;
        m->source = SOURCE_GROUP;
        if (f->parser != PARSER_REGEX) {
            yerror(c, grp, "%s: group needs parser: regex", what);
        } else if (ystring(c, grp, "group", &s)) {
            m->group = xstrdup(s);
            if (f->re) {
                int number = pcre2_substring_number_from_name(f->re, (PCRE2_SPTR)s);
                if (number < 0) yerror(c, grp, "%s: the regex has no group named '%s' (write (?<%s>...))", what, s, s);
                else m->group_number = number;
            }
        }
    } else {
        m->source = SOURCE_VALUE;
        m->value = xstrdup(val->type == YAML_SCALAR_NODE ? (const char *)val->data.scalar.value : "");
        if (val->type != YAML_SCALAR_NODE) yerror(c, val, "%s: value must be a constant", what);
        else check_map_value(c, val, kf, what, m->value);
    }
    bool between = m->source == SOURCE_BETWEEN;
    yaml_node_t *v;
    if ((v = ymap_get(&mm, "plus_column"))) {
        m->has_plus = read_column(c, v, f, "plus_column", &m->plus);
        if (f->parser == PARSER_REGEX) yerror(c, v, "%s: plus_column needs parser: csv", what);
        if (between) yerror(c, v, "%s: plus_column does not go with between", what);
    }
    if ((v = ymap_get(&mm, "minus_column"))) {
        m->has_minus = read_column(c, v, f, "minus_column", &m->minus);
        if (!is_int_field(kf)) yerror(c, v, "%s: minus_column applies to numbers (wait_s, talk_s, minutes, ...)", what);
        if (f->parser == PARSER_REGEX) yerror(c, v, "%s: minus_column needs parser: csv", what);
        if (between) yerror(c, v, "%s: between is already a difference; minus_column does not go with it", what);
    }
    if ((v = ymap_get(&mm, "time_format"))) {
        if (!is_time_field(kf) && !between)
            yerror(c, v, "%s: time_format applies to times and dates only (and to the columns of between)", what);
        read_time_formats(c, v, m, is_time_field(kf) && !between, f->utc);
    }
    if ((v = ymap_get(&mm, "map"))) {
        read_map(c, v, m, kf, what);
        if (between) yerror(c, v, "%s: between reads times, there is nothing to map", what);
    }
    if ((v = ymap_get(&mm, "scale"))) {
        m->has_scale = ynumber(c, v, "scale", &m->scale);
        if (!is_int_field(kf)) yerror(c, v, "%s: scale applies to numbers only", what);
    }
    if ((v = ymap_get(&mm, "duration"))) {
        read_duration(c, v, m);
        if (!is_duration_field(kf)) yerror(c, v, "%s: duration applies to minutes, wait_s and talk_s", what);
        if (between) yerror(c, v, "%s: between already gives seconds; duration does not go with it", what);
    }
    if ((v = ymap_get(&mm, "decimal"))) {
        static const struct vocab_entry marks_e[] = {{"comma", "", ""}, {"point", "", ""}};
        static const struct vocab marks = {"decimal", marks_e, 2};
        int idx;
        if (yenum(c, v, &marks, &idx)) m->decimal = idx == 0 ? DECIMAL_COMMA : DECIMAL_POINT;
        if (!is_int_field(kf)) yerror(c, v, "%s: decimal applies to numbers only", what);
        if (m->duration || between) yerror(c, v, "%s: decimal is for numbers, not durations or times", what);
    }
    if ((v = ymap_get(&mm, "free_text"))) ybool(c, v, "free_text", &m->free_text);
    ymap_free(&mm);
}

/* skip: rules, each a list of conditions that must all hold. */
static void read_skip_condition(struct yctx *c, yaml_node_t *n, struct log_format *f, struct skip_condition *out)
{
    static const char *const keys[] = {"column", "group", "match", "not_match"};
    struct ymap cm;
    out->column.index = -1;
    if (!ymap_read(c, n, "skip condition", &cm)) return;
    ymap_check_keys(c, n, &cm, "skip condition", keys, ARRAY_LEN(keys), NULL, 0);
    yaml_node_t *col = ymap_get(&cm, "column"), *grp = ymap_get(&cm, "group");
    yaml_node_t *match = ymap_get(&cm, "match"), *not_match = ymap_get(&cm, "not_match");
    const char *s;
    if ((col != NULL) + (grp != NULL) != 1) {
        yerror(c, n, "a skip condition needs exactly one of column or group");
    } else if (col) {
        if (f->parser == PARSER_REGEX) yerror(c, col, "skip: a regex format tests groups, not columns");
        else read_column(c, col, f, "column", &out->column);
    } else if (f->parser != PARSER_REGEX) {
        yerror(c, grp, "skip: group needs parser: regex");
    } else if (ystring(c, grp, "group", &s) && f->re) {
        int number = pcre2_substring_number_from_name(f->re, (PCRE2_SPTR)s);
        if (number < 0) yerror(c, grp, "skip: the regex has no group named '%s' (write (?<%s>...))", s, s);
        else out->group_number = number;
    }
    if ((match != NULL) + (not_match != NULL) != 1) {
        yerror(c, n, "a skip condition needs exactly one of match or not_match");
    } else {
        yaml_node_t *pn = match ? match : not_match;
        out->negate = not_match != NULL;
        if (ystring(c, pn, match ? "match" : "not_match", &s)) out->re = compile(c, pn, s, "skip condition");
    }
    ymap_free(&cm);
}

static void read_skips(struct yctx *c, yaml_node_t *n, struct log_format *f)
{
    static const char *const keys[] = {"name", "when"};
    static const char *const required[] = {"when"};
    size_t count;
    if (!yseq(c, n, "skip", &count)) return;
    f->skips = xcalloc(count ? count : 1, sizeof *f->skips);
    for (size_t i = 0; i < count; i++) {
        yaml_node_t *item = yseq_item(c, n, i);
        struct ymap rm;
        if (!ymap_read(c, item, "skip rule", &rm)) continue;
        ymap_check_keys(c, item, &rm, "skip rule", keys, 2, required, 1);
        struct skip_rule *r = &f->skips[f->nskips++];
        yaml_node_t *v;
        const char *s;
        if ((v = ymap_get(&rm, "name")) && ystring(c, v, "name", &s)) r->name = xstrdup(s);
        size_t nc;
        if ((v = ymap_get(&rm, "when")) && yseq(c, v, "when", &nc)) {
            if (!nc) yerror(c, v, "when: give at least one condition");
            r->conditions = xcalloc(nc ? nc : 1, sizeof *r->conditions);
            for (size_t k = 0; k < nc; k++) read_skip_condition(c, yseq_item(c, v, k), f, &r->conditions[r->nconditions++]);
        }
        ymap_free(&rm);
    }
    if (f->re) f->skip_match = pcre2_match_data_create_from_pattern(f->re, NULL);
}

static bool read_csv_options(struct yctx *c, yaml_node_t *n, struct log_format *f)
{
    static const char *const keys[] = {"delimiter", "header", "encoding", "fields"};
    struct ymap m;
    if (!ymap_read(c, n, "csv", &m)) return false;
    ymap_check_keys(c, n, &m, "csv", keys, ARRAY_LEN(keys), NULL, 0);
    yaml_node_t *v;
    const char *s;
    if ((v = ymap_get(&m, "delimiter")) && ystring(c, v, "delimiter", &s)) {
        if (strcmp(s, "\t") == 0 || strcasecmp(s, "tab") == 0) f->delimiter = '\t';
        else if (strlen(s) == 1 && s[0] != '"' && s[0] != '\n') f->delimiter = s[0];
        else yerror(c, v, "delimiter must be one character, or tab (got '%s')", s);
    }
    if ((v = ymap_get(&m, "header"))) ybool(c, v, "header", &f->header);
    long fields;
    if ((v = ymap_get(&m, "fields")) && yint(c, v, "fields", 1, CSV_MAX_FIELDS, &fields)) f->row_fields = (int)fields;
    if ((v = ymap_get(&m, "encoding")) && ystring(c, v, "encoding", &s)) {
        iconv_t cd = iconv_open("UTF-8", s);
        if (cd == (iconv_t)-1) yerror(c, v, "encoding '%s' is unknown (utf-8 or windows-1252)", s);
        else {
            iconv_close(cd);
            free(f->encoding);
            f->encoding = xstrdup(s);
        }
    }
    ymap_free(&m);
    return true;
}

bool format_load_file(struct log_format *f, const char *path, struct diag_list *diags)
{
    static const char *const keys[] = {"format", "kind", "description", "parser", "csv", "regex",
                                       "timezone", "same_id", "skip", "fields"};
    static const char *const required[] = {"format", "kind", "fields"};
    static const struct vocab_entry parsers_e[] = {{"csv", "", ""}, {"regex", "", ""}};
    static const struct vocab parsers = {"parser", parsers_e, 2};
    static const struct vocab_entry zones_e[] = {{"local", "", ""}, {"UTC", "", ""}};
    static const struct vocab zones = {"timezone", zones_e, 2};
    static const struct vocab_entry same_e[] = {{"duplicate", "", ""}, {"legs", "", ""}};
    static const struct vocab same_id = {"same_id", same_e, 2};
    memset(f, 0, sizeof *f);
    f->file = xstrdup(path);
    f->delimiter = ',';
    f->header = true;
    size_t before = diags->errors;
    struct ydoc doc;
    if (!ydoc_load(&doc, path, YDOC_MAX_FORMAT_BYTES, "a format file", diags)) {
        ydoc_free(&doc);
        return false;
    }
    struct yctx c = {&doc, diags};
    yaml_node_t *root = ydoc_root(&doc), *v;
    struct ymap m;
    if (!ymap_read(&c, root, "format file", &m)) {
        ydoc_free(&doc);
        return false;
    }
    ymap_check_keys(&c, root, &m, "format file", keys, ARRAY_LEN(keys), required, ARRAY_LEN(required));
    const char *s;
    int idx;
    if ((v = ymap_get(&m, "format")) && ystring(&c, v, "format name", &s)) {
        bool ok = true;
        for (const char *p = s; *p; p++) ok &= islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '-' || *p == '_';
        if (!ok) yerror(&c, v, "format name must be lower-case letters, digits, '-' and '_' (got '%s')", s);
        f->name = xstrdup(s);
        f->name_line = yline(v);
        f->name_col = ycol(v);
    }
    bool kind_ok = false;
    if ((v = ymap_get(&m, "kind")) && ystring(&c, v, "kind", &s)) {
        int k = log_kind_find(s);
        if (k < 0) yerror(&c, v, "kind must be one of consults | messages | calls | survey | registrations (got '%s')", s);
        else {
            f->kind = (enum log_kind)k;
            f->def = log_kind(f->kind);
            kind_ok = true;
        }
    }
    if ((v = ymap_get(&m, "description")) && ystring(&c, v, "description", &s)) f->description = xstrdup(s);
    if ((v = ymap_get(&m, "parser")) && yenum(&c, v, &parsers, &idx)) f->parser = (enum format_parser)idx;
    if ((v = ymap_get(&m, "timezone")) && yenum(&c, v, &zones, &idx)) f->utc = idx == 1;
    if ((v = ymap_get(&m, "csv"))) {
        if (f->parser != PARSER_CSV) yerror(&c, v, "csv options need parser: csv");
        read_csv_options(&c, v, f);
    }
    yaml_node_t *rx = ymap_get(&m, "regex");
    if (f->parser == PARSER_REGEX) {
        if (!rx) yerror(&c, root, "parser: regex needs a regex: with named groups");
        else if (ystring(&c, rx, "regex", &s) && (f->re = compile(&c, rx, s, "regex")))
            f->match = pcre2_match_data_create_from_pattern(f->re, NULL);
    } else if (rx) {
        yerror(&c, rx, "regex needs parser: regex");
    }
    if ((v = ymap_get(&m, "skip"))) read_skips(&c, v, f);
    yaml_node_t *same = ymap_get(&m, "same_id");
    if (same && yenum(&c, same, &same_id, &idx)) {
        f->legs = idx == 1;
        if (f->legs && kind_ok && f->kind != KIND_CALLS)
            yerror(&c, same, "same_id: legs is for calls (the rows of one call); %s have no legs", f->def->name);
    }
    if (kind_ok && (v = ymap_get(&m, "fields"))) {
        struct ymap fm;
        if (ymap_read(&c, v, "fields", &fm)) {
            const char *names[LOG_MAX_FIELDS];
            for (size_t i = 0; i < f->def->nfields; i++) names[i] = f->def->fields[i].name;
            for (size_t i = 0; i < fm.count; i++) {
                int fi = kind_field_index(f->def, fm.pairs[i].key);
                if (fi < 0) {
                    const char *hint = closest_word(fm.pairs[i].key, names, f->def->nfields);
                    char list[256] = "";
                    for (size_t k = 0; k < f->def->nfields; k++) {
                        strncat(list, k ? ", " : "", sizeof list - strlen(list) - 1);
                        strncat(list, names[k], sizeof list - strlen(list) - 1);
                    }
                    /* The kinds are named in the plural, but for survey. */
                    const char *rows = strcmp(f->def->name, "survey") == 0 ? " rows" : "";
                    if (hint) yerror(&c, fm.pairs[i].key_node, "%s%s have no field '%s'; did you mean '%s'?",
                                     f->def->name, rows, fm.pairs[i].key, hint);
                    else yerror(&c, fm.pairs[i].key_node, "%s%s have no field '%s' (fields: %s)", f->def->name,
                                rows, fm.pairs[i].key, list);
                    continue;
                }
                read_field(&c, fm.pairs[i].value, f, fi);
            }
            for (size_t i = 0; i < f->def->nfields; i++) {
                const struct kind_field *kf = &f->def->fields[i];
                if (!f->fields[i].mapped && is_required(kf) && kf->type != FT_PRACTICE)
                    yerror(&c, v, "field %s of %s is not mapped (give it a column, group or value)",
                           kf->name, f->def->name);
            }
            if (f->legs && f->kind == KIND_CALLS && !f->fields[kind_field_index(f->def, "id")].mapped)
                yerror(&c, same, "same_id: legs joins the rows of one id: map the id field");
            ymap_free(&fm);
        }
    }
    ymap_free(&m);
    ydoc_free(&doc);
    /* Problems in the order of the file, as plan check prints them. */
    diag_sort(diags);
    return diags->errors == before;
}

int format_resolve(struct log_format *f, const char *name, enum log_kind kind,
                   struct diag_list *diags, struct eh_error *err)
{
    memset(f, 0, sizeof *f);
    bool looks_like_path = strchr(name, '/') || str_ends(name, ".yaml") || str_ends(name, ".yml");
    if (!looks_like_path && (strcmp(name, "canonical") == 0 || strcmp(name, LOG_KIND_NAMES[kind]) == 0)) {
        format_canonical(f, kind);
        return EH_OK;
    }
    char *path = NULL;
    if (looks_like_path) {
        if (!file_exists(name)) return eh_fail(err, EH_IO, name, 0, 0, "no such format file");
        path = xstrdup(name);
    } else {
        /* A name: the file of that name in templates/formats, else the
         * one file there whose format: says so; two such files would make
         * the import depend on the order of a directory listing. */
        static const char *const suffixes[] = {".yaml", ".yml", NULL};
        char *dir = data_path("templates/formats");
        char *direct = xasprintf("%s/%s.yaml", dir, name);
        if (file_exists(direct)) {
            path = direct;
            direct = NULL;
        }
        free(direct);
        char **names = path ? NULL : list_dir(dir, suffixes);
        char *second = NULL;
        for (size_t i = 0; names && names[i] && !second; i++) {
            char *candidate = xasprintf("%s/%s", dir, names[i]);
            struct log_format probe;
            struct diag_list quiet = {0};
            if (format_load_file(&probe, candidate, &quiet) && probe.name && strcmp(probe.name, name) == 0) {
                if (path) second = candidate;
                else path = candidate;
                candidate = NULL;
            }
            format_free(&probe);
            diag_free(&quiet);
            free(candidate);
        }
        free_list(names);
        free(dir);
        if (second) {
            eh_fail(err, EH_USAGE, NULL, 0, 0, "two format files are named '%s': %s and %s; rename one (format: ...)",
                    name, path, second);
            free(path);
            free(second);
            return EH_USAGE;
        }
        if (!path) {
            /* The canonical layouts are named for their kind: a kind's name
             * given for another kind is a mix-up of the two words, not a
             * missing file. */
            for (int k = 0; k < KIND_COUNT; k++)
                if (strcmp(name, LOG_KIND_NAMES[k]) == 0)
                    return eh_fail(err, EH_USAGE, NULL, 0, 0,
                                   "format '%s' is the canonical layout of %s, not of %s: import %s FILE reads "
                                   "the canonical %s layout (no --as); see 'ehtrack formats'",
                                   name, name, LOG_KIND_NAMES[kind], LOG_KIND_NAMES[kind], LOG_KIND_NAMES[kind]);
            return eh_fail(err, EH_USAGE, NULL, 0, 0, "no format '%s' (see 'ehtrack formats')", name);
        }
    }
    bool ok = format_load_file(f, path, diags);
    /* The import would be listed under a built-in layout's name, and read
     * back as that layout's by whoever looks at 'imports'. */
    if (ok && looks_like_path && (strcmp(f->name, "canonical") == 0 || log_kind_find(f->name) >= 0)) {
        diag_add(diags, DIAG_ERROR, path, f->name_line, f->name_col,
                 "format '%s' is the name of a built-in layout; give this file a name of its own (format: ...)",
                 f->name);
        ok = false;
    }
    if (!ok) {
        format_free(f);
        free(path);
        return EH_INVALID;
    }
    int rc = EH_OK;
    if (f->kind != kind)
        rc = eh_fail(err, EH_USAGE, path, 0, 0, "format '%s' reads %s, not %s", f->name,
                     LOG_KIND_NAMES[f->kind], LOG_KIND_NAMES[kind]);
    free(path);
    return rc;
}

/* ---- binding and applying ------------------------------------------------- */

/* Bytes of blank at s[0..n): an ASCII space or tab, or a no-break space
 * (U+00A0, what a spreadsheet pads with), from the front or the back. */
static size_t blank_at(const unsigned char *s, size_t n, bool back)
{
    if (!n) return 0;
    unsigned char c = back ? s[n - 1] : s[0];
    if (isspace(c) && c < 0x80) return 1;
    if (n >= 2 && (back ? s[n - 2] == 0xC2 && s[n - 1] == 0xA0 : s[0] == 0xC2 && s[1] == 0xA0)) return 2;
    return 0;
}

/* A byte folded to lower case: ASCII, and the second byte of a Latin-1
 * letter (U+00C0..U+00DE but the multiplication sign: "Ë" is C3 8B, "ë"
 * C3 AB), which a header in capitals has (PATIËNTNUMMER). */
static unsigned fold_byte(unsigned char c, bool after_c3)
{
    if (c >= 'A' && c <= 'Z') return c + 32u;
    if (after_c3 && c >= 0x80 && c <= 0x9E && c != 0x97) return c + 0x20u;
    return c;
}

bool format_header_is(const char *a, size_t alen, const char *b)
{
    const unsigned char *s = (const unsigned char *)a, *t = (const unsigned char *)b;
    size_t k;
    while ((k = blank_at(s, alen, false))) {
        s += k;
        alen -= k;
    }
    while ((k = blank_at(s, alen, true))) alen -= k;
    size_t blen = strlen(b);
    if (blen != alen) return false;
    for (size_t i = 0; i < alen; i++) {
        bool after_c3 = i > 0 && s[i - 1] == 0xC3 && t[i - 1] == 0xC3;
        if (fold_byte(s[i], after_c3) != fold_byte(t[i], after_c3)) return false;
    }
    return true;
}

/* ---- patterns under limits ------------------------------------------------ */

/* Seconds a whole import may spend matching patterns. */
static double pattern_budget(void)
{
    const char *env = getenv("EHTRACK_REGEX_TIMEOUT");
    char *end;
    double v = env && *env ? strtod(env, &end) : 60;
    return env && *env && !*end && v >= 0 ? v : 60;
}

static double coarse_seconds(void)
{
    /* The coarse clock costs a few nanoseconds a read; a budget in
     * seconds needs no finer ticks, and the sum of many short matches
     * comes out right on average. */
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

#define MATCH_TOO_COSTLY (-1000)

/* pcre2_match under the format's limits: MATCH_TOO_COSTLY when a limit
 * stopped it or the import's time for patterns is used up. */
static int limited_match(struct log_format *f, const pcre2_code *re, const char *s, size_t n,
                         pcre2_match_data *md)
{
    if (!f->limits) {
        f->limits = pcre2_match_context_create(NULL);
        f->jit_stack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
        if (!f->limits || !f->jit_stack) return MATCH_TOO_COSTLY;
        pcre2_set_match_limit(f->limits, FORMAT_MATCH_LIMIT);
        pcre2_set_depth_limit(f->limits, 100000);
        pcre2_jit_stack_assign(f->limits, NULL, f->jit_stack);
        f->pattern_budget = pattern_budget();
    }
    if (f->pattern_seconds >= f->pattern_budget) return MATCH_TOO_COSTLY;
    double start = coarse_seconds();
    int rc = pcre2_match(re, (PCRE2_SPTR)s, n, 0, 0, md, f->limits);
    f->pattern_seconds += coarse_seconds() - start;
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT ||
        rc == PCRE2_ERROR_JIT_STACKLIMIT || rc == PCRE2_ERROR_NOMEMORY)
        return MATCH_TOO_COSTLY;
    return rc;
}

/* The problem of a row a pattern was too costly for; returns false. */
static bool too_costly(struct log_format *f, struct row_problem *p, int field, const char *what)
{
    if (f->pattern_seconds >= f->pattern_budget)
        return row_problem(p, field, "%sthe format's patterns are too costly: this import has used up its "
                           "%g s for pattern matching ($EHTRACK_REGEX_TIMEOUT)", what, f->pattern_budget);
    return row_problem(p, field, "%sthe pattern is too costly for this line (it backtracks past %d steps); "
                       "simplify the pattern", what, FORMAT_MATCH_LIMIT);
}

/* What binding collects: the names the format reads, those the header
 * lacks, each once and in the order the format names them, and the first
 * name the header gives twice. */
struct bind_names {
    struct sbuf expected, missing;
    size_t nexpected, nmissing;
    const char *twice;
    int twice_at[2];
};

static bool listed(struct sbuf *list, const char *name)
{
    /* Names are listed as 'a', 'b': look for the quoted name. */
    char *quoted = xasprintf("'%s'", name);
    bool found = list->len && strstr(sbuf_str(list), quoted);
    free(quoted);
    return found;
}

static void bind_column(struct column_ref *c, const struct csv_record *header, struct bind_names *names)
{
    if (!c->name) {
        c->index = c->number ? (int)c->number - 1 : -1;
        return;
    }
    if (!listed(&names->expected, c->name)) {
        sbuf_addf(&names->expected, "%s'%s'", names->nexpected++ ? ", " : "", c->name);
    }
    for (size_t i = 0; header && i < header->count; i++)
        if (format_header_is(header->fields[i].p, header->fields[i].len, c->name)) {
            c->index = (int)i;
            /* Which of two columns of one name holds the value cannot be
             * known: taking the first was a guess. */
            for (size_t j = i + 1; j < header->count && !names->twice; j++)
                if (format_header_is(header->fields[j].p, header->fields[j].len, c->name)) {
                    names->twice = c->name;
                    names->twice_at[0] = (int)i + 1;
                    names->twice_at[1] = (int)j + 1;
                }
            return;
        }
    c->index = -1;
    if (!listed(&names->missing, c->name)) sbuf_addf(&names->missing, "%s'%s'", names->nmissing++ ? ", " : "", c->name);
}

int format_bind(struct log_format *f, const struct csv_record *header, bool have_practice,
                const char *file, struct eh_error *err)
{
    int practice = kind_field_index(f->def, "practice");
    if (f->canonical) {
        /* --practice supplies a practice column the file may lack. */
        bool present = false;
        for (size_t i = 0; header && i < header->count; i++)
            present |= format_header_is(header->fields[i].p, header->fields[i].len, "practice");
        if (!present) f->fields[practice].mapped = false;
    }
    if (!f->fields[practice].mapped && !have_practice)
        return eh_fail(err, EH_USAGE, file, 0, 0, "the file has no practice column; say which practice it is "
                       "with --practice AGB");
    struct bind_names names = {0};
    for (size_t i = 0; i < f->def->nfields; i++) {
        struct field_map *m = &f->fields[i];
        if (!m->mapped) continue;
        if (m->source == SOURCE_COLUMN || m->source == SOURCE_BETWEEN) bind_column(&m->column, header, &names);
        for (size_t k = 0; k < m->ncolumns; k++) bind_column(&m->columns[k], header, &names);
        for (size_t k = 0; k < m->nlater_starts; k++) bind_column(&m->later_starts[k], header, &names);
        if (m->has_plus) bind_column(&m->plus, header, &names);
        if (m->has_minus) bind_column(&m->minus, header, &names);
    }
    for (size_t r = 0; r < f->nskips; r++)
        for (size_t k = 0; k < f->skips[r].nconditions; k++)
            if (f->parser == PARSER_CSV) bind_column(&f->skips[r].conditions[k].column, header, &names);
    int rc = EH_OK;
    if (names.nmissing) {
        /* Never the header's own text: a file without a header line has a
         * row of data there (7.1). */
        /* None of them, on a line as wide as the file's rows, holding a
         * number or date: a row of data where the header belongs. */
        bool headless = header && names.nmissing == names.nexpected && header->count >= names.nexpected &&
                        names.nexpected > 1 && csv_record_has_digit(header);
        rc = eh_fail(err, EH_INVALID, file, header ? header->line : 0, 0,
                     "the header has no column%s %s (the format reads %s; the header line has %zu column%s)%s",
                     names.nmissing == 1 ? "" : "s", sbuf_str(&names.missing), sbuf_str(&names.expected),
                     header ? header->count : 0, header && header->count == 1 ? "" : "s",
                     headless ? "; none of them is there: a row of data, the file written without its header "
                                "line? export it with the header, or set csv: {header: false} and read columns "
                                "by number"
                              : "");
    } else if (names.twice && f->canonical) {
        rc = eh_fail(err, EH_INVALID, file, header->line, names.twice_at[1],
                     "the header names column '%s' twice (columns %d and %d)", names.twice, names.twice_at[0],
                     names.twice_at[1]);
    } else if (names.twice) {
        rc = eh_fail(err, EH_INVALID, file, header->line, names.twice_at[1],
                     "the header has column '%s' twice (columns %d and %d); the format cannot tell which "
                     "one to read (read it by number: {column: %d})", names.twice, names.twice_at[0],
                     names.twice_at[1], names.twice_at[0]);
    }
    sbuf_free(&names.expected);
    sbuf_free(&names.missing);
    return rc;
}

static bool column_value(const struct csv_record *rec, const struct column_ref *c, const char **v, size_t *n)
{
    if (c->index < 0 || (size_t)c->index >= rec->count) {
        *v = "";
        *n = 0;
        return false;
    }
    *v = rec->fields[c->index].p;
    *n = rec->fields[c->index].len;
    return true;
}

int format_skips(struct log_format *f, const struct csv_record *rec, struct row_problem *problem)
{
    if (!f->nskips) return -1;
    PCRE2_SIZE *ov = NULL;
    if (f->parser == PARSER_REGEX) {
        /* A line the regex does not read is for format_apply to reject. */
        int got = limited_match(f, f->re, rec->fields[0].p, rec->fields[0].len, f->skip_match);
        if (got == MATCH_TOO_COSTLY) {
            too_costly(f, problem, -1, "the format's regex: ");
            return -2;
        }
        if (got < 0) return -1;
        ov = pcre2_get_ovector_pointer(f->skip_match);
    }
    for (size_t r = 0; r < f->nskips; r++) {
        const struct skip_rule *rule = &f->skips[r];
        bool all = rule->nconditions > 0;
        for (size_t k = 0; k < rule->nconditions && all; k++) {
            const struct skip_condition *c = &rule->conditions[k];
            const char *v;
            size_t n;
            if (ov) {
                if (ov[2 * c->group_number] == PCRE2_UNSET) {
                    v = "";
                    n = 0;
                } else {
                    v = rec->fields[0].p + ov[2 * c->group_number];
                    n = ov[2 * c->group_number + 1] - ov[2 * c->group_number];
                }
            } else if (!column_value(rec, &c->column, &v, &n)) {
                /* A row too short for the rule is not one it describes. */
                all = false;
                break;
            }
            pcre2_match_data *md = pcre2_match_data_create_from_pattern(c->re, NULL);
            int got = limited_match(f, c->re, v, n, md);
            pcre2_match_data_free(md);
            if (got == MATCH_TOO_COSTLY) {
                char what[64];
                snprintf(what, sizeof what, "skip rule %zu: ", r + 1);
                too_costly(f, problem, -1, what);
                return -2;
            }
            all = (got >= 0) != c->negate;
        }
        if (all) return (int)r;
    }
    return -1;
}

/* Whether s[0..n) is digits in groups of three after a first group of one
 * to three, joined by sep (1.234.567); a lone group passes too. */
static bool grouped_digits(const char *s, size_t n, char sep)
{
    size_t first = 0;
    while (first < n && isdigit((unsigned char)s[first])) first++;
    /* A group of thousands never follows a leading 0 (0.500 is a half). */
    if (first == 0 || (first < n && (first > 3 || s[0] == '0'))) return false;
    for (size_t i = first; i < n; i += 4) {
        if (s[i] != sep || i + 4 > n) return false;
        for (size_t k = 1; k <= 3; k++)
            if (!isdigit((unsigned char)s[i + k])) return false;
    }
    return true;
}

/* A number as exports write it: a comma or a point before the fraction
 * (with DECIMAL_COMMA the point only groups thousands, with DECIMAL_POINT
 * the comma). *ambiguous: read with DECIMAL_EITHER, the value has one
 * mark before exactly three digits, as a number grouped in thousands has
 * (1.224 is 1224 in a Dutch export). */
static bool parse_number(const char *s, size_t n, enum decimal_mark decimal, double *out, bool *ambiguous)
{
    char buf[64];
    *ambiguous = false;
    while (n && isspace((unsigned char)*s)) {
        s++;
        n--;
    }
    while (n && isspace((unsigned char)s[n - 1])) n--;
    if (n == 0 || n >= sizeof buf) return false;
    /* strtod also reads hexadecimal ("0x1A" is 26), which no export writes:
       such a value is a code in the wrong column, not a count. */
    if (memchr(s, 'x', n) || memchr(s, 'X', n)) return false;
    size_t sign = s[0] == '-' || s[0] == '+';
    const char *digits_at = s + sign;
    size_t len = n - sign;
    size_t b = 0;
    if (decimal == DECIMAL_EITHER) {
        const char *mark = NULL;
        for (size_t i = 0; i < len; i++)
            if (digits_at[i] == ',' || digits_at[i] == '.') {
                if (mark) return false; /* two marks: grouped thousands, which decimal says how to read */
                mark = digits_at + i;
            }
        *ambiguous = mark && mark > digits_at && mark - digits_at <= 3 && digits_at[0] != '0' &&
                     len - (size_t)(mark - digits_at) == 4 && grouped_digits(digits_at, len, *mark);
        memcpy(buf, s, n);
        b = n;
        for (size_t i = 0; i < b; i++)
            if (buf[i] == ',') buf[i] = '.';
    } else {
        char point = decimal == DECIMAL_COMMA ? ',' : '.', group = decimal == DECIMAL_COMMA ? '.' : ',';
        const char *frac = memchr(digits_at, point, len);
        size_t whole = frac ? (size_t)(frac - digits_at) : len;
        if (memchr(digits_at, group, whole) && !grouped_digits(digits_at, whole, group)) return false;
        if (frac && (memchr(frac + 1, point, len - whole - 1) || memchr(frac + 1, group, len - whole - 1)))
            return false;
        if (sign) buf[b++] = s[0];
        for (size_t i = 0; i < whole; i++)
            if (digits_at[i] != group) buf[b++] = digits_at[i];
        if (frac) {
            buf[b++] = '.';
            memcpy(buf + b, frac + 1, len - whole - 1);
            b += len - whole - 1;
        }
    }
    buf[b] = '\0';
    char *end;
    double v = strtod(buf, &end);
    if (end == buf || *end || !isfinite(v)) return false;
    *out = v;
    return true;
}

static const char *const DURATION_NAMES[] = {"", "H:MM", "HH:MM:SS", "MM:SS"};
/* What to add to "not a number" of s[0..n): a word on its marks, where it
 * has any the field's decimal does not read. */
static const char *number_hint(const struct field_map *m, const char *s, size_t n)
{
    size_t marks = 0;
    for (size_t i = 0; i < n; i++) marks += s[i] == '.' || s[i] == ',';
    if (marks == 0) return "";
    switch (m->decimal) {
    case DECIMAL_EITHER:
        return marks > 1 ? " (points or commas grouping thousands? give the field decimal: comma, or decimal: point)"
                         : "";
    case DECIMAL_COMMA: return " (decimal: comma reads 1.234,5: points only between groups of three digits)";
    case DECIMAL_POINT: return " (decimal: point reads 1,234.5: commas only between groups of three digits)";
    }
    return "";
}

/* Digits s[0..n) as a number; false unless there are between min and max
 * of them (max 0: any number). */
static bool digits(const char *s, size_t n, size_t min, size_t max, double *out)
{
    if (n < min || (max && n > max) || n > 12) return false;
    double v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

/* A duration in its notation, as seconds. Minutes and seconds after the
 * first part have two digits below 60; seconds may carry a fraction. */
static bool parse_duration(const char *s, size_t n, enum duration_notation d, double *seconds)
{
    while (n && isspace((unsigned char)*s)) {
        s++;
        n--;
    }
    while (n && isspace((unsigned char)s[n - 1])) n--;
    const char *part[3];
    size_t len[3], parts = 0;
    const char *start = s;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != ':') continue;
        if (parts == 3) return false;
        part[parts] = start;
        len[parts++] = (size_t)(s + i - start);
        start = s + i + 1;
    }
    size_t want = d == DURATION_HH_MM_SS ? 3 : 2;
    if (parts != want) return false;
    /* A fraction of the last part (seconds) is rounded away. */
    double fraction = 0;
    if (d != DURATION_H_MM) {
        const char *dot = memchr(part[parts - 1], '.', len[parts - 1]);
        if (dot) {
            size_t fl = len[parts - 1] - (size_t)(dot - part[parts - 1]) - 1;
            double fv;
            if (!digits(dot + 1, fl, 1, 9, &fv)) return false;
            fraction = fv / pow(10, (double)fl);
            len[parts - 1] = (size_t)(dot - part[parts - 1]);
        }
    }
    double a, b, c = 0;
    if (!digits(part[0], len[0], 1, 0, &a) || !digits(part[1], len[1], 2, 2, &b) || b > 59) return false;
    if (parts == 3 && (!digits(part[2], len[2], 2, 2, &c) || c > 59)) return false;
    switch (d) {
    case DURATION_H_MM: *seconds = a * 3600 + b * 60; break;
    case DURATION_HH_MM_SS: *seconds = a * 3600 + b * 60 + c + fraction; break;
    case DURATION_MM_SS: *seconds = a * 60 + b + fraction; break;
    case DURATION_NONE: return false;
    }
    return true;
}

static void set_scratch(struct field_map *m, const char *text, size_t n, const char **v, size_t *len)
{
    if (n >= sizeof m->scratch) n = sizeof m->scratch - 1;
    memmove(m->scratch, text, n);
    m->scratch[n] = '\0';
    *v = m->scratch;
    *len = n;
}


/* UTC offsets in use run from -12:00 to +14:00. */
#define MAX_UTC_OFFSET (14 * 3600)

/* time_format "%s": whole seconds since 1970-01-01 00:00 UTC (a fraction
 * after a point is dropped), as they are: the caller turns them into
 * Amsterdam civil seconds. glibc's strptime would give the machine's own
 * zone. */
static bool read_unix_seconds(const char *s, int64_t *utc)
{
    const char *p = s;
    if (*p == '-' || *p == '+') p++;
    if (!isdigit((unsigned char)*p)) return false;
    errno = 0;
    char *end;
    long long seconds = strtoll(s, &end, 10);
    if (errno || (*end == '.' && !isdigit((unsigned char)end[1]))) return false;
    if (*end == '.')
        for (end++; isdigit((unsigned char)*end); end++) {}
    if (*end) return false;
    /* 1900 to 2200: anything else is no time a log holds. */
    if (seconds < -2208988800LL || seconds > 7258118400LL) return false;
    *utc = (int64_t)seconds;
    return true;
}

/* Reads a time as the field's time_formats (or the canonical notation)
 * and the format's time zone say, into Amsterdam civil seconds, and, when
 * real is not NULL, the instant in UTC seconds: exact for a time written
 * in UTC or with its offset, which the civil time of the autumn's
 * repeated hour no longer tells. 1: read; 0: blank; -1: does not fit;
 * -2: fits a time_format but names no day of the calendar (31-02-2026),
 * *month_days then the days of its month; -3: fits one, in a year outside
 * DATE_YEAR_MIN..DATE_YEAR_MAX. */
static int read_time(const struct log_format *f, const struct field_map *m, bool date_only, const char *s,
                     size_t sn, int64_t *out, int64_t *real, int *month_days)
{
    *month_days = 0;
    char input[256];
    /* Blanks around a time are no part of it; a blank time is an absent
     * one (also two empty columns joined by plus_column). */
    while (sn && isspace((unsigned char)s[0])) {
        s++;
        sn--;
    }
    while (sn && isspace((unsigned char)s[sn - 1])) sn--;
    if (!sn) return 0;
    size_t len = sn < sizeof input ? sn : sizeof input - 1;
    memcpy(input, s, len);
    input[len] = '\0';
    int64_t civil = 0, instant = 0;
    bool ok = false;
    /* zoned: civil is Amsterdam time already and instant the real one
     * (the value carried its own UTC offset, or the canonical notation
     * read it), whatever timezone says. */
    bool zoned = false;
    /* A year no log holds (0001, 2300) fits the notation: "does not fit"
     * would send the user to the wrong place. */
    bool year_out = false;
    for (size_t i = 0; i < m->ntime_formats && !ok; i++) {
        if (strcmp(m->time_formats[i], "%s") == 0) {
            ok = read_unix_seconds(input, &instant);
            /* 0 seconds is how such systems write "never" (a call not
             * answered): no time, not 1 January 1970. */
            if (ok && instant == 0) return 0;
            if (ok) civil = utc_to_ams(instant);
            zoned = ok;
            continue;
        }
        struct tm tm;
        memset(&tm, 0, sizeof tm);
        const char *end = strptime_fraction(input, m->time_formats[i], &tm);
        while (end && isspace((unsigned char)*end)) end++;
        if (!end || *end) continue;
        int y = tm.tm_year + 1900, mo = tm.tm_mon + 1, d = tm.tm_mday;
        if (y < DATE_YEAR_MIN || y > DATE_YEAR_MAX) {
            year_out = true;
            continue;
        }
        if (!valid_civil(y, mo, d)) {
            /* strptime takes any day up to 31 in any month. */
            if (!*month_days && valid_civil(y, mo, 1))
                for (*month_days = 28; *month_days < 31 && valid_civil(y, mo, *month_days + 1);) ++*month_days;
            continue;
        }
        civil = (int64_t)days_from_civil(y, mo, d) * 86400 + tm.tm_hour * 3600 + tm.tm_min * 60 +
                (tm.tm_sec > 59 ? 59 : tm.tm_sec);
        if (has_conversion(m->time_formats[i], 'z')) {
            /* strptime reads %z into tm_gmtoff and leaves the clock as
             * written; it takes offsets no place on earth has (+99:00). */
            if (tm.tm_gmtoff > MAX_UTC_OFFSET || tm.tm_gmtoff < -MAX_UTC_OFFSET) continue;
            instant = civil - tm.tm_gmtoff;
            civil = utc_to_ams(instant);
            zoned = true;
        }
        ok = true;
    }
    if (!m->ntime_formats) {
        if (f->utc && !date_only) {
            /* A time without an offset is UTC; one with an offset says so
             * itself and parse_local_time converts it already. */
            char as_utc[sizeof input + 1];
            snprintf(as_utc, sizeof as_utc, "%s%s", input, "Z");
            ok = parse_time_instant(as_utc, len + 1, &civil, &instant) ||
                 parse_time_instant(input, len, &civil, &instant);
            zoned = ok;
        } else {
            ok = parse_time_instant(input, len, &civil, &instant);
            zoned = ok;
        }
        if (!ok && date_only) {
            int day;
            ok = parse_date(input, len, &day);
            civil = (int64_t)day * 86400;
        }
    }
    if (!ok) return *month_days ? -2 : year_out ? -3 : -1;
    if (f->utc && !zoned) {
        instant = civil;
        civil = utc_to_ams(civil);
    } else if (!zoned) {
        instant = ams_to_utc(civil);
    }
    *out = civil;
    if (real) *real = instant;
    return 1;
}

static bool apply_time(struct log_format *f, struct field_map *m, const struct kind_field *kf, int fi,
                       const char **v, size_t *n, struct row_problem *p)
{
    int64_t civil;
    int month_days;
    int got = read_time(f, m, kf->type == FT_DATE, *v, *n, &civil, NULL, &month_days);
    if (got == 0) {
        *n = 0;
        /* A required time left empty: the notation the file uses, not
         * the canonical one the kind's check would name. */
        if (kf->type == FT_TIME && m->ntime_formats)
            return row_problem(p, fi, "%s: empty (a time as '%s' is required)", kf->name, m->time_formats[0]);
        return true;
    }
    if (got < 0) {
        if (!m->ntime_formats) return true; /* the kind's check names the problem */
        /* Another notation would not help: the export holds a date that
         * does not exist. */
        if (got == -2)
            return row_problem(p, fi, "%s: no day of the calendar: that month has %d days", kf->name, month_days);
        if (got == -3)
            return row_problem(p, fi, "%s: a year outside %d..%d", kf->name, DATE_YEAR_MIN, DATE_YEAR_MAX);
        if (m->ntime_formats == 1)
            return row_problem(p, fi, "%s: does not fit time_format '%s'", kf->name, m->time_formats[0]);
        return row_problem(p, fi, "%s: fits none of the %zu time_formats ('%s' ... '%s')", kf->name,
                           m->ntime_formats, m->time_formats[0], m->time_formats[m->ntime_formats - 1]);
    }
    char out[20];
    format_civil(civil, out);
    set_scratch(m, out, kf->type == FT_DATE ? 10 : 19, v, n);
    return true;
}

/* between: the real seconds from one time column to the first of the
 * others that is not empty. *blank when there is no start or no end. */
static bool between_seconds(struct log_format *f, struct field_map *m, const struct kind_field *kf, int fi,
                            const struct csv_record *rec, double *seconds, bool *blank, struct row_problem *p)
{
    const char *v;
    size_t n;
    int64_t t[2], civil;
    *blank = false;
    for (int end = 0; end < 2; end++) {
        const struct column_ref *c = &m->column;
        int got = 0;
        for (size_t k = 0; k < (end ? m->ncolumns : 1 + m->nlater_starts) && got == 0; k++) {
            if (end) c = &m->columns[k];
            else if (k > 0) c = &m->later_starts[k - 1];
            if (!column_value(rec, c, &v, &n))
                return row_problem(p, fi, "%s: the row has no column %d (it has %zu)", kf->name, c->index + 1,
                                   rec->count);
            int month_days;
            got = read_time(f, m, false, v, n, &civil, &t[end], &month_days);
        }
        if (got == 0) {
            *blank = true;
            return true;
        }
        if (got == -3)
            return row_problem(p, fi, "%s: column %d: a year outside %d..%d", kf->name, c->index + 1, DATE_YEAR_MIN,
                               DATE_YEAR_MAX);
        if (got < 0) {
            const char *notation = m->ntime_formats ? m->time_formats[0] : "YYYY-MM-DD HH:MM[:SS]";
            return row_problem(p, fi, "%s: column %d does not fit time_format '%s'", kf->name, c->index + 1,
                               notation);
        }
    }
    *seconds = (double)(t[1] - t[0]);
    return true;
}

/* 1: a rule matched (value replaced); 0: none did; -1: too costly. */
/* A value of a coded field that a catch-all rule took, counted. A value
 * that is already the rule's own (other as other) is no code it hides. */
static void count_caught(struct field_map *m, const struct map_rule *r, const char *v, size_t n)
{
    /* An empty cell is no code, and no value kept back either. */
    if (!n || (n == strlen(r->value) && strncasecmp(v, r->value, n) == 0)) return;
    if (n >= sizeof m->caught[0].value) {
        m->caught_other++;
        return;
    }
    for (size_t k = 0; k < m->ncaught; k++)
        if (m->caught[k].len == n && memcmp(m->caught[k].value, v, n) == 0) {
            m->caught[k].rows++;
            return;
        }
    if (m->ncaught == CAUGHT_CODES) {
        m->caught_other++;
        return;
    }
    struct caught_code *c = &m->caught[m->ncaught++];
    memcpy(c->value, v, n);
    c->value[n] = '\0';
    c->len = (unsigned char)n;
    c->rows = 1;
}

static int apply_map(struct log_format *f, struct field_map *m, const char **v, size_t *n, size_t *rule)
{
    for (size_t i = 0; i < m->nrules; i++) {
        pcre2_match_data *md = pcre2_match_data_create_from_pattern(m->rules[i].re, NULL);
        int rc = limited_match(f, m->rules[i].re, *v, *n, md);
        if (rc == MATCH_TOO_COSTLY) {
            pcre2_match_data_free(md);
            *rule = i + 1;
            return -1;
        }
        if (rc < 0) {
            pcre2_match_data_free(md);
            continue;
        }
        if (f->watch_catch_alls && m->rules[i].catch_all) count_caught(m, &m->rules[i], *v, *n);
        PCRE2_UCHAR out[sizeof m->scratch];
        PCRE2_SIZE outlen = sizeof out;
        int s = pcre2_substitute(m->rules[i].re, (PCRE2_SPTR)*v, *n, 0,
                                 PCRE2_SUBSTITUTE_REPLACEMENT_ONLY | PCRE2_SUBSTITUTE_MATCHED, md, NULL,
                                 (PCRE2_SPTR)m->rules[i].value, PCRE2_ZERO_TERMINATED, out, &outlen);
        pcre2_match_data_free(md);
        if (s >= 0) set_scratch(m, (const char *)out, outlen, v, n);
        return 1;
    }
    return 0;
}

/* A value without the blanks around it: spaces, tabs and no-break spaces
 * (U+00A0, which Excel and web pages leave after a code). A canonical file
 * ignores them; a format's map rules ('^Gesprek$') failed on them, and the
 * row was rejected for a value that reads right. */
static void trim_blanks(const char **v, size_t *n)
{
    const char *s = *v;
    size_t len = *n;
    for (;;) {
        if (len && (*s == ' ' || *s == '\t')) {
            s++;
            len--;
        } else if (len >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0) {
            s += 2;
            len -= 2;
        } else {
            break;
        }
    }
    for (;;) {
        if (len && (s[len - 1] == ' ' || s[len - 1] == '\t')) len--;
        else if (len >= 2 && (unsigned char)s[len - 2] == 0xC2 && (unsigned char)s[len - 1] == 0xA0) len -= 2;
        else break;
    }
    *v = s;
    *n = len;
}

/* Joins values with one space into the field's scratch (plus_column and
 * columns). */
static void join_value(struct field_map *m, const char *w, size_t wn, const char **v, size_t *n)
{
    char joined[sizeof m->scratch];
    int len = snprintf(joined, sizeof joined, "%.*s %.*s", (int)*n, *v, (int)wn, w);
    set_scratch(m, joined, len < 0 ? 0 : (size_t)len, v, n);
}

/* A number of the field: plain, or a duration in its notation. A number
 * that could be grouped in thousands is counted, on the record's line. */
static bool read_amount(struct field_map *m, const struct csv_record *rec, const char *s, size_t n, double *out)
{
    if (m->duration) return parse_duration(s, n, m->duration, out);
    bool ambiguous;
    if (!parse_number(s, n, m->decimal, out, &ambiguous)) return false;
    if (ambiguous && !m->mark_ambiguous++) m->first_mark_ambiguous = rec->line;
    return true;
}

void format_reset_counts(struct log_format *f)
{
    for (size_t i = 0; i < LOG_MAX_FIELDS; i++) {
        struct field_map *m = &f->fields[i];
        m->mark_ambiguous = m->first_mark_ambiguous = 0;
        m->ncaught = 0;
        m->caught_other = 0;
    }
}

/* One field's canonical value into values[i]; false with a problem. */
static bool apply_field(struct log_format *f, const struct csv_record *rec, const PCRE2_SIZE *ov, size_t i,
                        const char **values, size_t *lens, struct row_problem *p)
{
    struct field_map *m = &f->fields[i];
    const struct kind_field *kf = &f->def->fields[i];
    const int fi = (int)i;
    values[i] = f->source[i] = NULL;
    lens[i] = f->source_len[i] = 0;
    if (!m->mapped) return true;
    const char *v = "";
    size_t n = 0;
    /* Ids are kept as the export writes them: an earlier import's record
     * of ' C001' is found again by ' C001'. */
    bool trim = !f->canonical && kf->type != FT_ID;
    switch (m->source) {
    case SOURCE_COLUMN:
        if (!column_value(rec, &m->column, &v, &n) && is_required(kf))
            return row_problem(p, fi, "%s: the row has no column %d (it has %zu)", kf->name,
                           m->column.index + 1, rec->count);
        if (trim) trim_blanks(&v, &n);
        break;
    case SOURCE_COLUMNS:
        for (size_t k = 0; k < m->ncolumns; k++) {
            const char *w;
            size_t wn;
            if (!column_value(rec, &m->columns[k], &w, &wn) && is_required(kf))
                return row_problem(p, fi, "%s: the row has no column %d (it has %zu)", kf->name,
                                   m->columns[k].index + 1, rec->count);
            if (trim) trim_blanks(&w, &wn);
            if (k == 0) {
                v = w;
                n = wn;
            } else {
                join_value(m, w, wn, &v, &n);
            }
        }
        break;
    case SOURCE_GROUP:
        if (ov[2 * m->group_number] != PCRE2_UNSET) {
            v = rec->fields[0].p + ov[2 * m->group_number];
            n = ov[2 * m->group_number + 1] - ov[2 * m->group_number];
            if (trim) trim_blanks(&v, &n);
        }
        break;
    case SOURCE_VALUE:
        v = m->value;
        n = strlen(v);
        break;
    case SOURCE_BETWEEN:
    case SOURCE_NONE:
        break;
    }
    if (f->canonical) {
        values[i] = f->source[i] = v;
        lens[i] = f->source_len[i] = n;
        return true;
    }
    if (m->has_plus) {
        const char *w;
        size_t wn;
        /* A cut-off row: the missing column, not the date, is the problem. */
        if (!column_value(rec, &m->plus, &w, &wn) && is_required(kf))
            return row_problem(p, fi, "%s: the row has no column %d (it has %zu)", kf->name, m->plus.index + 1,
                               rec->count);
        if (trim) trim_blanks(&w, &wn);
        join_value(m, w, wn, &v, &n);
    }
    /* What the map saw, for the list of codes it does not map. */
    size_t keep = n < sizeof m->before_map ? n : sizeof m->before_map - 1;
    memmove(m->before_map, v, keep);
    m->before_map[keep] = '\0';
    f->source[i] = m->before_map;
    f->source_len[i] = keep;
    size_t rule;
    if (m->nrules && apply_map(f, m, &v, &n, &rule) < 0) {
        char what[96];
        snprintf(what, sizeof what, "%s: map rule %zu: ", kf->name, rule);
        return too_costly(f, p, fi, what);
    }
    if (is_time_field(kf) && (m->ntime_formats || f->utc) && !apply_time(f, m, kf, fi, &v, &n, p))
        return false;
    bool between = m->source == SOURCE_BETWEEN;
    if (m->has_minus || m->has_scale || m->duration || m->decimal || between) {
        double a = 0, b = 0;
        if (between) {
            bool blank;
            if (!between_seconds(f, m, kf, fi, rec, &a, &blank, p)) return false;
            if (blank) {
                n = 0;
                goto done;
            }
        } else {
            /* An empty number stays empty: the kind's check says whether
             * the field may be. */
            size_t blank = 0;
            while (blank < n && isspace((unsigned char)v[blank])) blank++;
            if (blank == n) {
                n = 0;
                goto done;
            }
            if (!read_amount(m, rec, v, n, &a)) {
                if (m->duration)
                    return row_problem(p, fi, "%s: not a duration %s", kf->name, DURATION_NAMES[m->duration]);
                return row_problem(p, fi, "%s: not a number%s", kf->name, number_hint(m, v, n));
            }
            if (m->has_minus) {
                const char *w;
                size_t wn;
                column_value(rec, &m->minus, &w, &wn);
                if (!read_amount(m, rec, w, wn, &b)) {
                    if (m->duration)
                        row_problem(p, m->minus.index >= 0 ? fi : -1,
                                    "%s: column %d (minus_column) is not a duration %s", kf->name,
                                    m->minus.index + 1, DURATION_NAMES[m->duration]);
                    else
                        row_problem(p, m->minus.index >= 0 ? fi : -1,
                                    "%s: column %d (minus_column) is not a number%s", kf->name,
                                    m->minus.index + 1, number_hint(m, w, wn));
                    /* The value at fault is the minus column's, not the field's. */
                    p->column = m->minus.index + 1;
                    return false;
                }
            }
        }
        double r = a - b;
        /* Durations and differences of times are seconds; minutes
         * fields count minutes. */
        if ((m->duration || between) && strcmp(kf->name, "minutes") == 0) r /= 60.0;
        if (m->has_scale) r *= m->scale;
        /* Far beyond any field's range; also keeps the text in out[]. */
        if (!(fabs(r) < 1e15))
            return row_problem(p, fi, "%s: the number is out of range", kf->name);
        /* A wait or a duration is rounded to the second; a count with a
         * fraction is a wrong column, scale or decimal mark, and rounded
         * it would pass for a count. The reason says how the number came
         * to be (below 0, after minus_column) but never the number: a
         * shifted column could have put a patient number there. */
        if (kf->whole && fabs(r - round(r)) > 1e-6)
            return row_problem(p, fi, "%s: not a whole number (a count)%s%s; check %s, and the scale or decimal the "
                                      "format gives the field", kf->name, r < 0 ? ", and below 0" : "",
                               m->has_minus ? " after minus_column" : "",
                               m->has_minus ? "both columns" : "the column");
        char out[64];
        int len = snprintf(out, sizeof out, "%.0f", round(r));
        set_scratch(m, out, (size_t)len, &v, &n);
    }
done:
    values[i] = v;
    lens[i] = n;
    return true;
}

bool format_apply(struct log_format *f, const struct csv_record *rec, const char **values,
                  size_t *lens, struct row_problem *p)
{
    if (f->parser == PARSER_REGEX) {
        int rc = limited_match(f, f->re, rec->fields[0].p, rec->fields[0].len, f->match);
        if (rc < 0) {
            for (size_t i = 0; i < f->def->nfields; i++) values[i] = f->source[i] = NULL;
            if (rc == MATCH_TOO_COSTLY) return too_costly(f, p, -1, "the format's regex: ");
            return row_problem(p, -1, "the line does not match the format's regex");
        }
    }
    const PCRE2_SIZE *ov = f->parser == PARSER_REGEX ? pcre2_get_ovector_pointer(f->match) : NULL;
    /* Every field is read, also after a problem: the first problem is the
     * row's reason, and the other values still count as codes it holds. */
    bool ok = true;
    for (size_t i = 0; i < f->def->nfields; i++) {
        struct row_problem here;
        if (apply_field(f, rec, ov, i, values, lens, &here)) continue;
        values[i] = NULL;
        lens[i] = 0;
        if (ok) *p = here;
        ok = false;
    }
    return ok;
}

static bool reads_column(const struct field_map *m, int index)
{
    if (!m->mapped || index < 0) return false;
    if ((m->source == SOURCE_COLUMN || m->source == SOURCE_BETWEEN) && m->column.index == index) return true;
    for (size_t k = 0; k < m->ncolumns; k++)
        if (m->columns[k].index == index) return true;
    for (size_t k = 0; k < m->nlater_starts; k++)
        if (m->later_starts[k].index == index) return true;
    return (m->has_plus && m->plus.index == index) || (m->has_minus && m->minus.index == index);
}

static void past_column(const struct column_ref *c, size_t *end)
{
    if (c->index >= 0 && (size_t)c->index + 1 > *end) *end = (size_t)c->index + 1;
}

size_t format_columns_read(const struct log_format *f)
{
    size_t end = 0;
    if (f->parser == PARSER_REGEX) return 0;
    for (size_t i = 0; i < f->def->nfields; i++) {
        const struct field_map *m = &f->fields[i];
        if (!m->mapped) continue;
        if (m->source == SOURCE_COLUMN || m->source == SOURCE_BETWEEN) past_column(&m->column, &end);
        for (size_t k = 0; k < m->ncolumns; k++) past_column(&m->columns[k], &end);
        for (size_t k = 0; k < m->nlater_starts; k++) past_column(&m->later_starts[k], &end);
        if (m->has_plus) past_column(&m->plus, &end);
        if (m->has_minus) past_column(&m->minus, &end);
    }
    return end;
}

bool format_fields_share_column(const struct log_format *f, int a, int b)
{
    const struct field_map *ma = &f->fields[a], *mb = &f->fields[b];
    if (f->parser == PARSER_REGEX)
        return ma->source == SOURCE_GROUP && mb->source == SOURCE_GROUP && ma->group_number == mb->group_number;
    int indexes[64];
    size_t n = 0;
    if (ma->source == SOURCE_COLUMN || ma->source == SOURCE_BETWEEN) indexes[n++] = ma->column.index;
    for (size_t k = 0; k < ma->ncolumns && n < 60; k++) indexes[n++] = ma->columns[k].index;
    for (size_t k = 0; k < ma->nlater_starts && n < 60; k++) indexes[n++] = ma->later_starts[k].index;
    if (ma->has_plus) indexes[n++] = ma->plus.index;
    if (ma->has_minus) indexes[n++] = ma->minus.index;
    for (size_t k = 0; k < n; k++)
        if (reads_column(mb, indexes[k])) return true;
    return false;
}
