/*
 * report_sheet.h - what a sheet's writer of the report workbook has to
 * hand (report_xlsx.c owns the workbook; the sheets of report_sheet_*.c
 * write into it): the writer and sheet state, the shared formats, and the
 * cell and table helpers.
 *
 * Contract: a sheet's writer gets the writer (its gathered struct report,
 * the workbook, the language) and a sheet already added in reading order;
 * it writes rows top to bottom (constant-memory mode: a row once left is
 * written), puts numbers as numbers with the formats below, applies the
 * privacy rule through put_cell/put_count, and reports a library error
 * through note() (the first one is kept and fails the workbook). Strings
 * the library reads when the workbook closes go through keep()/keepf().
 * A sheet's writer reads the gathered data only, never the database.
 */
#ifndef EHTRACK_REPORT_SHEET_H
#define EHTRACK_REPORT_SHEET_H

#include <stdbool.h>
#include <xlsxwriter.h>

#include "report_data.h"
#include "vocab.h"

#define MAX_COLS 96
#define CELL_MAX_CHARS 32767   /* Excel's limit for the text of a cell */

enum numfmt { NF_INT, NF_DEC1, NF_DEC2, NF_PCT, NF_DATE, NF_MONTH, NF_MONEY, NF_DATETIME, NF_COUNT };

struct formats {
    lxw_format *title, *subtitle, *section, *header, *label, *legend, *below, *center;
    lxw_format *num[NF_COUNT];
    lxw_format *total_text, *total_num[NF_COUNT];
    lxw_format *step[STATUS_COUNT], *goal[5];
};

struct writer {
    lxw_workbook *wb;
    const struct report *r;
    struct eh_error *err;
    int nl;                         /* index into LABELS */
    struct formats f;
    lxw_error lxw;                  /* the first error the library returned */
    const char *lxw_where;
    char **keep;                    /* strings the library may read until close */
    size_t nkeep, cap_keep;
    char date_from[11], date_to[11], date_as_of[11];
};

struct sheet {
    struct writer *w;
    lxw_worksheet *ws;
    const char *name;
    lxw_row_t row;
    double width[MAX_COLS];         /* widest content, in characters */
    lxw_row_t table_header;         /* header row of the sheet's filtered table */
    lxw_col_t table_cols;
    lxw_row_t table_last;
    bool has_table;
};

void note(struct writer *w, lxw_error e, const char *where);
const char *keep(struct writer *w, char *s);
const char *keepf(struct writer *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A translated sentence with its "{}" filled by the n strings given. */
const char *subst(struct writer *w, const char *tmpl, int n, ...);
const char *itoa_kept(struct writer *w, long long v);
/* "Comparison – Practice: 01053021 Huisartsenpraktijk De Esch" */
const char *sheet_heading(struct writer *w, const char *what);
/* The privacy sentence of aggregate workbooks (counts below N, ...). */
const char *privacy_note(struct writer *w);
enum numfmt metric_numfmt(const struct metric_def *m);
/* A metric's label, with its unit where the format does not show it. */
const char *metric_header(struct writer *w, const struct metric_def *m);
const struct rp_practice *practice_by_agb(const struct report *r, const char *agb);
/* Excel's serial number of a day. */
double excel_day(int day);

void put_text(struct sheet *s, lxw_col_t col, const char *text, lxw_format *f);
/* Text that may run over the empty cells to its right: widens nothing. */
void put_long_text(struct sheet *s, lxw_col_t col, const char *text, lxw_format *f);
void put_num(struct sheet *s, lxw_col_t col, double v, enum numfmt nf, bool total);
void put_date(struct sheet *s, lxw_col_t col, int day);
void put_blank(struct sheet *s, lxw_col_t col, lxw_format *f);
/* A value under the privacy rule: a number, "<N", or nothing. */
void put_cell(struct sheet *s, lxw_col_t col, struct rp_cell c, enum numfmt nf, bool total);
void put_count(struct sheet *s, lxw_col_t col, long long n, bool total);
void next_row(struct sheet *s);

/* Title in row 0, a line of explanation in row 1. */
void sheet_title(struct sheet *s, const char *title, const char *subtitle);
void header_cells(struct sheet *s, lxw_col_t first, const char *const *headers, lxw_col_t n, int min_lines);
/* A header row; filtered: the table gets an autofilter (table_end). */
void table_header(struct sheet *s, const char *const *headers, lxw_col_t ncols, bool filtered);
void table_row_done(struct sheet *s);
void table_end(struct sheet *s);
/* An empty row, then a section title. */
void section(struct sheet *s, const char *text);
/* Column widths, the filter's panes frozen over its header. */
void sheet_end(struct sheet *s, bool freeze, lxw_col_t freeze_cols, double max_width);

/* The sheets of their own files. */
int write_comparison(struct writer *w, const struct sheet *sheet);     /* report_sheet_compare.c */
int write_spread(struct writer *w, const struct sheet *sheet);         /* report_sheet_spread.c */

#endif
