/*
 * report_sheet.h - what a sheet's writer of the report workbook has to
 * hand (report_xlsx.c owns the workbook and the words; each sheet of
 * report_sheet_*.c writes into it): the writer and sheet state, the words
 * and shared formats, and the cell and table helpers.
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
    lxw_format *subtitle_wrap, *wrap;   /* notes wrapped within the table's width */
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
    bool tables_after;              /* another table follows the filtered one */
    lxw_row_t header_rows_above;    /* rows over table_header that head it too (Trends' groups) */
    /* The table's columns as sheet_span declared them before the title:
     * a note wider than them wraps within them, in print too. */
    lxw_col_t span_cols;
    double span_col[MAX_COLS];      /* each column's width at least (its header's) */
    bool note_wrapped;              /* a note spans the table: print it one page wide */
    double longest_note;            /* the widest text in column 0 left on one line */
    int chart_right;                /* pixels from column A's edge to the right of the widest chart */
};

/* The workbook's words, in English and Dutch (report_xlsx.c); T gives a
 * word in the workbook's language. */
enum label {
    SH_SUMMARY, SH_STEPS, SH_GOALS, SH_METRICS, SH_COMPARISON, SH_SPREAD, SH_TRENDS, SH_COSTS, SH_DIRECTIONS,
    SH_QUALITY,
    K_REGION, K_CARE_GROUP, K_INSURER, K_PRACTICE,
    L_TITLE, L_WRITTEN, L_SCOPE, L_REPORT_FOR, L_NAME, L_AS_OF, L_FROM, L_TO, L_PRACTICES, L_CARE_GROUPS,
    L_PLANS, L_CG_PLANS, L_GOALS_N, L_PRIVACY, L_PRIVACY_AGG, L_PRIVACY_OWN, L_PRIVACY_NONE, L_HEADLINE, L_BETTER, L_HIGHER,
    L_LOWER, L_AVG_PROGRESS, L_PLANS_COMPLETE, L_GOALS_AS_OF, L_STATUS, L_GOALS, L_SHARE, L_TOTAL, L_RETIRED_PLAN, L_NO_RECORDS, L_NO_WEEKS, L_GOALS_HIDDEN, L_GOALS_COUNT, L_GOALS_DATED, L_BASELINE_PART, L_BASELINE_ITEM, L_OUT_OF_RANGE, L_OUT_OF_RANGE_ITEM, L_OUT_OF_RANGE_PORTAL, L_PRACTICE_GAPS, L_PRACTICE_GAP_END, L_PRACTICE_GAP_BEGIN, L_PRACTICE_GAP_MORE, L_PRACTICE_GAP_MORE_ONE, L_ANOTHER_PRACTICE, L_PRACTICE_NAMED, L_ABSENT_NOTE, L_CUT_NOTE, L_W_END_ON, L_W_BEGIN_ON,
    L_PLANS_PER_STEP, L_STEP, L_ALL_DONE, L_COVERAGE, L_LOG, L_RECORDS, L_PRACTICES_WITH_DATA,
    L_SHARE_PRACTICES, L_FIRST_DAY, L_LAST_DAY, L_MONTHS_WITH_DATA, L_MONTHS_IN_PERIOD, L_COSTS_SECTION,
    L_ONE_OFF, L_YEARLY, L_PLANS_WITH_COSTS, L_K_CONSULTS, L_K_MESSAGES, L_K_CALLS, L_K_SURVEY,
    L_K_REGISTRATIONS, L_PLAN, L_PLAN_TITLE, L_AGB, L_PRACTICE, L_CARE_GROUP, L_APP_TYPE, L_APPLICATION,
    L_CURRENT_STEP, L_PROGRESS, L_DUE, L_MODE, L_DECISION, L_LEGEND, L_CG_PLAN, L_STEPS_NOTE, L_GOAL,
    L_METRIC, L_BASELINE, L_TARGET, L_CURRENT, L_FORECAST, L_DEADLINE, L_WEEKS, L_GOALS_NOTE,
    L_ACHIEVED, L_ON_TRACK, L_AT_RISK, L_MISSED, L_NO_DATA, L_LEVEL, L_GROUP, L_MONTH, L_LEVEL_TOTAL,
    L_LEVEL_CG, L_LEVEL_PRACTICE, L_METRICS_NOTE, L_WEEK, L_WEEK_START, L_TREND_SHARE, L_TREND_CALLS,
    L_AXIS_WEEK, L_AXIS_SHARE, L_AXIS_CALLS, L_CALLS_PER_PRACTICE, L_TRENDS_NOTE, L_TRENDS_LINES_CG, L_TRENDS_LINES_PR, L_TRENDS_LINES_CG1, L_TRENDS_LINES_PR1, L_TRENDS_LINES_NONE, L_FUNDING,
    L_BARRIERS, L_DIRECTIONS, L_RISKS, L_HIGH_RISKS, L_FUNDING_SOURCE, L_BARRIER, L_DIRECTION,
    L_SUBTHEME, L_PRACTICES_REACHED, L_SHARE_OF_PLANS, L_COSTS_NOTE, L_DIR_NOTE, L_DIR_BY_STEP,
    L_DIR_BY_CG, L_DIR_N, L_NUMBER, L_GAPS, L_IMPORTS, L_REJECTS, L_IMPORT, L_FILE, L_KIND, L_FORMAT,
    L_IMPORTED_AT, L_READ, L_INSERTED, L_DUPLICATES, L_SKIPPED, L_REJECTED, L_OUTCOME, L_FIELD, L_REASON, L_ROWS,
    L_FIRST_LINE, L_UNMAPPED, L_CODE, L_CODES_NOT_SHOWN, L_GAP_CONSULTS, L_GAP_MESSAGES, L_GAP_CALLS, L_GAP_REGISTRATIONS, L_LATEST_SURVEY,
    L_MISSING_LIST, L_ABANDONED_LOGGED, L_ABANDONED_YES, L_ABANDONED_NONE, L_OUTCOME_IMPORTED,
    L_OUTCOME_REFUSED, L_OUTCOME_REMOVED, L_NONE_FOUND, L_QUALITY_NOTE, L_PAGE, L_W_CONSULTS, L_W_MESSAGES, L_W_CALLS,
    L_W_REGISTRATIONS, L_AS_OF_WHY, L_AS_OF_GIVEN, L_AS_OF_DATA, L_AS_OF_TODAY, L_DATA, L_PARTIAL,
    L_PARTIAL_NOTE, L_PARTIAL_NOTE_CUT, L_PARTIAL_NOTE_BOTH, L_FEW_WEEKS, L_WORKING_DAYS,
    LABEL_COUNT
};

const char *T(const struct writer *w, enum label l);
/* A plan's id as the sheets show it: marked when retired (--all), so a
 * board does not read an ended plan as a running one. */
const char *plan_label(struct writer *w, const char *id);
/* "Region: Noord-Holland Noord" and the like: the sheet's title. */
const char *heading(struct writer *w, enum label what);
/* "Region", "Care group", ...: what the workbook is for. */
const char *kind_label(const struct writer *w);
const char *workbook_title(struct writer *w);
const char *goal_status_label(const struct writer *w, int i);
const char *step_status_label(const struct writer *w, int status);
/* A vocabulary entry's label in the workbook's language ("" for -1);
 * vlabel_text also for a key the vocabulary does not hold. */
const char *vlabel(const struct writer *w, const struct vocab *v, int i);
const char *vlabel_text(const struct writer *w, const struct vocab *v, int i);
/* Text as a cell holds it: control characters out, at most CELL_MAX_CHARS;
 * the caller frees it. */
char *clean_text(const char *text);
/* A period's label, with * when the data covers it only partly; the
 * sentence on partial periods of a grid ("" without any). */
const char *period_text(struct writer *w, const struct rp_grid *g, size_t p);
const char *partial_note(struct writer *w, const struct rp_grid *g);

void note(struct writer *w, lxw_error e, const char *where);
const char *keep(struct writer *w, char *s);
const char *keepf(struct writer *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A translated sentence with its "{}" filled by the n strings given. */
const char *subst(struct writer *w, const char *tmpl, int n, ...);
const char *itoa_kept(struct writer *w, long long v);
/* A metric's value as metric_format writes it, in a Dutch workbook with a
 * decimal comma (99,8%), as its cells show it; kept with the workbook. */
const char *metric_text(struct writer *w, enum metric_unit unit, double v, bool exact);
/* The same of a value outside what m can be (metric_format_outside). */
const char *metric_text_outside(struct writer *w, const struct metric_def *m, double v);
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
/* Text that may run over the empty cells to its right: widens nothing. In
 * column 0 (a note: nothing else in its row), text wider than the declared
 * span (sheet_span) wraps within it, the row as tall as the lines need. */
void put_long_text(struct sheet *s, lxw_col_t col, const char *text, lxw_format *f);
/* The last value of a row (nothing right of it): wraps as such a note
 * does, over the span's columns from col on. */
void put_long_value(struct sheet *s, lxw_col_t col, const char *text);
void put_num(struct sheet *s, lxw_col_t col, double v, enum numfmt nf, bool total);
void put_date(struct sheet *s, lxw_col_t col, int day);
void put_blank(struct sheet *s, lxw_col_t col, lxw_format *f);
/* A value under the privacy rule: a number, "<N", or nothing. */
void put_cell(struct sheet *s, lxw_col_t col, struct rp_cell c, enum numfmt nf, bool total);
void put_count(struct sheet *s, lxw_col_t col, long long n, bool total);
/* An id (an import number) as a number without separators. */
void put_id(struct sheet *s, lxw_col_t col, long long v);
void next_row(struct sheet *s);

/* The columns of the sheet's main table, before its title: notes wider
 * than their headers wrap within them (a note that ran on past the table
 * made a printed page of it unreadably small). */
void sheet_span(struct sheet *s, const char *const *headers, lxw_col_t n);
/* The lines text needs over the columns these headers head (each at
 * least as wide as its header wants): the height of a row over them. */
int lines_over(const char *text, const char *const *headers, lxw_col_t n);
/* Title in row 0, a line of explanation in row 1. */
void sheet_title(struct sheet *s, const char *title, const char *subtitle);
void header_cells(struct sheet *s, lxw_col_t first, const char *const *headers, lxw_col_t n, int min_lines);
/* A header row; filtered: the table gets an autofilter (table_end). */
void table_header(struct sheet *s, const char *const *headers, lxw_col_t ncols, bool filtered);
void table_row_done(struct sheet *s);
void table_end(struct sheet *s);
/* An empty row, then a section title. */
void section(struct sheet *s, const char *text);
/* Column widths, the filter's panes frozen over its header; the print
 * area: the columns written, landscape A4, one page wide where that keeps
 * the text readable or a wrapped note spans the table, else two or three
 * with the first column on each; the table's header on every page (not
 * where another table follows it). */
void sheet_end(struct sheet *s, bool freeze, lxw_col_t freeze_cols, double max_width);
/* A chart over column A on: insert_chart_opt, and the print area then
 * reaches its right edge. */
void insert_chart(struct sheet *s, lxw_row_t row, lxw_chart *chart, lxw_chart_options *opt);
/* A row of coloured cells with their labels: what the colours mean. */
void legend(struct sheet *s, lxw_col_t col, const char *const *labels, lxw_format *const *formats, int n);
/* A small table under the main one: its first column spans 0..span. */
void merged_header(struct sheet *s, lxw_col_t span, const char *first, const char *const *rest, lxw_col_t nrest);

/* The sheets, each in a file of its own, in reading order. */
int write_summary(struct writer *w, const struct sheet *sheet);        /* report_sheet_summary.c */
int write_steps(struct writer *w, const struct sheet *sheet);          /* report_sheet_steps.c */
int write_goals(struct writer *w, const struct sheet *sheet);          /* report_sheet_goals.c */
int write_metrics(struct writer *w, const struct sheet *sheet);        /* report_sheet_metrics.c */
int write_comparison(struct writer *w, const struct sheet *sheet);     /* report_sheet_compare.c */
int write_spread(struct writer *w, const struct sheet *sheet);         /* report_sheet_spread.c */
int write_trends(struct writer *w, const struct sheet *sheet);         /* report_sheet_trends.c */
int write_costs(struct writer *w, const struct sheet *sheet);          /* report_sheet_costs.c */
int write_directions(struct writer *w, const struct sheet *sheet);     /* report_sheet_directions.c */
int write_quality(struct writer *w, const struct sheet *sheet);        /* report_sheet_quality.c */

#endif
