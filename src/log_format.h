/*
 * log_format.h - how a source file maps to a kind of log: the built-in
 * canonical layouts and format files (the YAML files in templates/formats, or any
 * path given to --as; docs/formats.md).
 *
 * Contract: format_load_file validates a format file like a plan (every
 * problem a FILE:LINE:COL diagnostic) and compiles its patterns once.
 * format_bind resolves column names against a header (or checks column
 * numbers) before the first row, naming every missing column at once and
 * never a value of the file. format_skips tells whether a record is one
 * the format skips (a note, an internal call). format_apply turns one
 * source record into the kind's canonical text values: source (column,
 * columns, group, constant, or the seconds between two time columns), then
 * plus_column, map, time_format, duration or a number (decimal) with
 * minus_column, and scale, in that order; the value each field had before its map stays in source[]
 * (for the list of unmapped codes). Values live in the format's scratch
 * space until the next call. A record the format cannot read (a missing
 * column, a time that does not fit its time_format) comes back as a row
 * problem, never as a crash, and no problem repeats a value of the row.
 *
 * Patterns (map rules, skip rules, the regex parser) match under limits: a
 * match that backtracks past FORMAT_MATCH_LIMIT steps, and every match once
 * the format's patterns have used $EHTRACK_REGEX_TIMEOUT seconds (default
 * 60) in all, is a row problem saying the pattern is too costly, never a
 * wrong value and never a hang. The time is counted from the format's load
 * on, so a format loaded per file gives each file's import its own budget.
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
enum source_kind { SOURCE_NONE, SOURCE_COLUMN, SOURCE_COLUMNS, SOURCE_GROUP, SOURCE_VALUE, SOURCE_BETWEEN };
/* How a duration is written: hours and minutes, or with seconds. */
enum duration_notation { DURATION_NONE, DURATION_H_MM, DURATION_HH_MM_SS, DURATION_MM_SS };
/* decimal: which mark a number's fraction follows; the other one groups
 * thousands. DECIMAL_EITHER reads a comma or a point as the decimal mark. */
enum decimal_mark { DECIMAL_EITHER, DECIMAL_COMMA, DECIMAL_POINT };

struct map_rule {
    pcre2_code *re;
    char *value;
    /* It matches what no system writes as a code ("{match: '.*', value:
     * other}"): the values it takes are counted, as nothing else shows
     * them (they are not rejected, so not unmapped). */
    bool catch_all;
};

/* A source value a catch-all rule took, with its rows. */
struct caught_code {
    char value[65];
    unsigned char len;
    long long rows;
};
#define CAUGHT_CODES 16

struct column_ref {
    char *name;                 /* by header name, or NULL */
    long number;                /* 1-based, or 0 */
    int index;                  /* resolved 0-based column, -1 if absent */
};

struct field_map {
    bool mapped;
    enum source_kind source;
    struct column_ref column;   /* SOURCE_COLUMN; SOURCE_BETWEEN: the start */
    struct column_ref *columns; /* SOURCE_COLUMNS: joined with a space; SOURCE_BETWEEN: */
    size_t ncolumns;            /* the end, the first that is not empty */
    struct column_ref *later_starts;    /* SOURCE_BETWEEN: from's further columns, */
    size_t nlater_starts;               /* each read when the ones before are empty */
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
    enum duration_notation duration;
    enum decimal_mark decimal;
    /* Numbers read with DECIMAL_EITHER that could group thousands (1.224,
     * 1,224): how many since format_reset_counts, and the first's line. */
    long long mark_ambiguous;
    long first_mark_ambiguous;
    bool free_text;             /* its values are never shown (unmapped codes) */
    /* Values of a coded field a catch-all rule took since
     * format_reset_counts: the first CAUGHT_CODES distinct ones, and the
     * rows of any others (or of longer values). */
    struct caught_code caught[CAUGHT_CODES];
    size_t ncaught;
    long long caught_other;
    size_t catch_all_rule;      /* 1-based, the first catch-all rule; 0: none */
    char scratch[512];
    char before_map[512];
};

/* A row is skipped when all conditions of one rule hold. */
struct skip_condition {
    struct column_ref column;   /* csv */
    int group_number;           /* regex */
    pcre2_code *re;
    bool negate;                /* not_match */
};

struct skip_rule {
    char *name;
    struct skip_condition *conditions;
    size_t nconditions;
};

struct log_format {
    char *name;
    long name_line, name_col;   /* of the format: key's value; 0 for a built-in layout */
    char *description;
    char *file;                 /* NULL for a built-in layout */
    enum log_kind kind;
    const struct kind_def *def;
    enum format_parser parser;
    char delimiter;
    bool header;
    int row_fields;             /* csv fields: the fields every row has (a fixed field list), 0: any */
    char *encoding;
    bool utc;
    bool canonical;
    pcre2_code *re;
    pcre2_match_data *match;
    pcre2_match_data *skip_match;
    struct field_map fields[LOG_MAX_FIELDS];
    struct skip_rule *skips;
    size_t nskips;
    bool legs;                  /* same_id: legs - rows with one id are legs of one call */
    /* Count the values catch-all map rules take (field_map.caught): a
     * dry run names them; an import pays nothing for them. */
    bool watch_catch_alls;
    /* After format_apply: each field's value before its map. */
    const char *source[LOG_MAX_FIELDS];
    size_t source_len[LOG_MAX_FIELDS];
    pcre2_match_context *limits;    /* made on the first match */
    pcre2_jit_stack *jit_stack;
    double pattern_seconds;         /* spent matching so far */
    double pattern_budget;          /* seconds it may spend in all */
};

#define FORMAT_MATCH_LIMIT 1000000

/* The canonical CSV layout of a kind (a built-in format). */
void format_canonical(struct log_format *f, enum log_kind kind);
bool format_load_file(struct log_format *f, const char *path, struct diag_list *diags);
/* --as: a name among the built-in layouts and templates/formats/, or a path. */
int format_resolve(struct log_format *f, const char *name_or_path, enum log_kind kind,
                   struct diag_list *diags, struct eh_error *err);
void format_free(struct log_format *f);

/* Whether a header cell names a column: spaces, tabs and no-break spaces
 * around it and case do not count (ASCII letters and the accented Latin-1
 * ones: PATIËNTNUMMER names Patiëntnummer). */
bool format_header_is(const char *cell, size_t len, const char *name);
/* Resolves columns against the header record (header formats) or checks
 * the numbers; fails with a message naming what is missing, or a column
 * the format reads that the header names twice. */
int format_bind(struct log_format *f, const struct csv_record *header, bool have_practice,
                const char *file, struct eh_error *err);
/* The index of the first skip rule the record meets, or -1; -2 (with the
 * problem) when a pattern of the rules is too costly for the record. */
int format_skips(struct log_format *f, const struct csv_record *rec, struct row_problem *problem);
/* Canonical values of one record; false with a problem when the record
 * does not fit the format. */
bool format_apply(struct log_format *f, const struct csv_record *rec, const char **values,
                  size_t *lens, struct row_problem *problem);
/* Zeroes what format_apply counts (mark_ambiguous), before a file's pass. */
void format_reset_counts(struct log_format *f);

/* How many columns a record needs for every column the format reads to be
 * in it (after bind): one past the highest; 0 for a regex format. */
size_t format_columns_read(const struct log_format *f);

/* Whether fields a and b read any source column in common (after bind). */
bool format_fields_share_column(const struct log_format *f, int a, int b);

#endif
