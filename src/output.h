/*
 * output.h - the rows a command prints, rendered as an aligned table (for
 * people), CSV (header line, RFC 4180) or JSON (an array of objects).
 *
 * Contract: a table has fixed columns; cells are appended row by row in
 * column order. A column key with one dot ("steps.needs") nests in JSON
 * ({"steps": {"needs": ...}}) while table and CSV keep it flat. Nulls print
 * as "-" in tables, empty in CSV and null in JSON. Percent columns hold
 * fractions (0.25) and show as "25.0%" in tables only. out_print writes
 * everything; the table owns the text of its cells until out_free.
 */
#ifndef EHTRACK_OUTPUT_H
#define EHTRACK_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

enum out_format { OUT_TABLE, OUT_CSV, OUT_JSON };

enum col_kind { COL_TEXT, COL_INT, COL_NUM, COL_PERCENT };

struct out_col {
    const char *key;        /* JSON key and CSV header */
    const char *header;     /* table header; NULL = key in capitals */
    enum col_kind kind;
    int digits;             /* decimals shown in tables for COL_NUM/PERCENT */
    int max_width;          /* 0 = unlimited; longer text is cut with "~"
                               when the table goes to a terminal */
    bool json_only;         /* left out of CSV (which says it otherwise);
                               a table is given fewer columns instead */
};

enum cell_type { CELL_NULL, CELL_INT, CELL_NUM, CELL_TEXT, CELL_BOOL, CELL_JSON };

struct out_cell {
    enum cell_type type;
    long long i;
    double d;
    char *text;             /* CELL_TEXT; CELL_JSON: raw JSON */
    char *alt;              /* CELL_JSON: text for table and CSV */
};

struct out_table {
    const struct out_col *cols;
    size_t ncols;
    struct out_cell *cells;
    size_t ncells, cap;
    bool single_object;     /* JSON: print the one row as an object */
};

/* Parses "table" | "csv" | "json"; returns false for anything else. */
bool out_parse_format(const char *s, enum out_format *f);

void out_init(struct out_table *t, const struct out_col *cols, size_t ncols);
void out_null(struct out_table *t);
void out_int(struct out_table *t, long long v);
void out_num(struct out_table *t, double v);        /* NaN prints as null */
void out_text(struct out_table *t, const char *s);  /* NULL prints as null */
/* A count or sum as a table shows it: to one decimal, without a trailing
 * ".0", never in exponent notation (1295985, not 1.29598e+06). */
void out_figure(struct out_table *t, double v);
void out_textf(struct out_table *t, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void out_bool(struct out_table *t, bool v);
void out_json(struct out_table *t, const char *raw_json, const char *alt_text);
size_t out_rows(const struct out_table *t);
void out_print(const struct out_table *t, enum out_format f, FILE *out);
void out_free(struct out_table *t);

#endif
