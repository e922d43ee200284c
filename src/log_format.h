/*
 * log_format.h - how a source file maps to a kind of log: the built-in
 * canonical layouts and format files (the YAML files in templates/formats, or any
 * path given to --as; docs/formats.md).
 *
 * Contract: format_load_file validates a format file like a plan (every
 * problem a FILE:LINE:COL diagnostic) and compiles its patterns once.
 * format_bind resolves column names against a header (or checks column
 * numbers) before the first row. format_apply turns one source record into
 * the kind's canonical text values: source (column, group or constant),
 * then plus_column, map, time_format, minus_column and scale, in that
 * order. Values live in the format's scratch space until the next call. A
 * record the format cannot read (a missing column, a time that does not
 * fit its time_format) comes back as a row problem, never as a crash.
 */
#ifndef EHTRACK_LOG_FORMAT_H
#define EHTRACK_LOG_FORMAT_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdbool.h>

#include "csv_reader.h"
#include "error.h"
#include "log_kinds.h"

enum format_parser { PARSER_CSV, PARSER_REGEX };
enum source_kind { SOURCE_NONE, SOURCE_COLUMN, SOURCE_GROUP, SOURCE_VALUE };

struct map_rule {
    pcre2_code *re;
    char *value;
};

struct column_ref {
    char *name;                 /* by header name, or NULL */
    long number;                /* 1-based, or 0 */
    int index;                  /* resolved 0-based column, -1 if absent */
};

struct field_map {
    bool mapped;
    enum source_kind source;
    struct column_ref column;   /* SOURCE_COLUMN */
    char *group;                /* SOURCE_GROUP */
    int group_number;
    char *value;                /* SOURCE_VALUE */
    char **time_formats;
    size_t ntime_formats;
    struct column_ref plus, minus;
    bool has_plus, has_minus;
    struct map_rule *rules;
    size_t nrules;
    bool has_scale;
    double scale;
    char scratch[512];
};

struct log_format {
    char *name;
    char *description;
    char *file;                 /* NULL for a built-in layout */
    enum log_kind kind;
    const struct kind_def *def;
    enum format_parser parser;
    char delimiter;
    bool header;
    char *encoding;
    bool utc;
    bool canonical;
    pcre2_code *re;
    pcre2_match_data *match;
    struct field_map fields[LOG_MAX_FIELDS];
};

/* The canonical CSV layout of a kind (a built-in format). */
void format_canonical(struct log_format *f, enum log_kind kind);
bool format_load_file(struct log_format *f, const char *path, struct diag_list *diags);
/* --as: a name among the built-in layouts and templates/formats/, or a path. */
int format_resolve(struct log_format *f, const char *name_or_path, enum log_kind kind,
                   struct diag_list *diags, struct eh_error *err);
void format_free(struct log_format *f);

/* Resolves columns against the header record (header formats) or checks
 * the numbers; fails with a message naming what is missing. */
int format_bind(struct log_format *f, const struct csv_record *header, bool have_practice,
                const char *file, struct eh_error *err);
/* Canonical values of one record; false with a problem when the record
 * does not fit the format. */
bool format_apply(struct log_format *f, const struct csv_record *rec, const char **values,
                  size_t *lens, struct row_problem *problem);

#endif
