#include "output.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "json.h"
#include "util.h"

bool out_parse_format(const char *s, enum out_format *f)
{
    if (strcmp(s, "table") == 0) *f = OUT_TABLE;
    else if (strcmp(s, "csv") == 0) *f = OUT_CSV;
    else if (strcmp(s, "json") == 0) *f = OUT_JSON;
    else return false;
    return true;
}

void out_init(struct out_table *t, const struct out_col *cols, size_t ncols)
{
    memset(t, 0, sizeof *t);
    t->cols = cols;
    t->ncols = ncols;
}

static struct out_cell *next_cell(struct out_table *t)
{
    GROW(t->cells, t->cap, t->ncells + 1);
    struct out_cell *c = &t->cells[t->ncells++];
    memset(c, 0, sizeof *c);
    return c;
}

void out_null(struct out_table *t) { next_cell(t)->type = CELL_NULL; }

void out_int(struct out_table *t, long long v)
{
    struct out_cell *c = next_cell(t);
    c->type = CELL_INT;
    c->i = v;
}

void out_num(struct out_table *t, double v)
{
    struct out_cell *c = next_cell(t);
    c->type = isfinite(v) ? CELL_NUM : CELL_NULL;
    c->d = v;
}

void out_text(struct out_table *t, const char *s)
{
    struct out_cell *c = next_cell(t);
    if (!s) return;
    c->type = CELL_TEXT;
    c->text = xstrdup(s);
}

void out_textf(struct out_table *t, const char *fmt, ...)
{
    struct sbuf s = {0};
    va_list ap;
    va_start(ap, fmt);
    sbuf_vaddf(&s, fmt, ap);
    va_end(ap);
    struct out_cell *c = next_cell(t);
    c->type = CELL_TEXT;
    c->text = sbuf_detach(&s);
}

void out_figure(struct out_table *t, double v)
{
    double tenths = round(v * 10);
    if (fmod(tenths, 10) == 0) out_textf(t, "%.0f", tenths / 10);
    else out_textf(t, "%.1f", tenths / 10);
}

void out_bool(struct out_table *t, bool v)
{
    struct out_cell *c = next_cell(t);
    c->type = CELL_BOOL;
    c->i = v;
}

void out_json(struct out_table *t, const char *raw_json, const char *alt_text)
{
    struct out_cell *c = next_cell(t);
    c->type = CELL_JSON;
    c->text = xstrdup(raw_json);
    c->alt = xstrdup(alt_text ? alt_text : raw_json);
}

size_t out_rows(const struct out_table *t)
{
    return t->ncols ? t->ncells / t->ncols : 0;
}

void out_free(struct out_table *t)
{
    for (size_t i = 0; i < t->ncells; i++) {
        free(t->cells[i].text);
        free(t->cells[i].alt);
    }
    free(t->cells);
    t->cells = NULL;
    t->ncells = t->cap = 0;
}

/* Machine text of a cell (CSV); NULL for null. */
static const char *cell_plain(const struct out_cell *c, char *buf, size_t size)
{
    switch (c->type) {
    case CELL_NULL: return NULL;
    case CELL_INT: snprintf(buf, size, "%lld", c->i); return buf;
    case CELL_NUM: format_double(buf, size, c->d); return buf;
    case CELL_BOOL: return c->i ? "true" : "false";
    case CELL_TEXT: return c->text;
    case CELL_JSON: return c->alt;
    }
    return NULL;
}

/* Text of a cell for people (tables). */
static const char *cell_human(const struct out_col *col, const struct out_cell *c,
                              char *buf, size_t size)
{
    switch (c->type) {
    case CELL_NULL: return "-";
    case CELL_INT: snprintf(buf, size, "%lld", c->i); return buf;
    case CELL_NUM:
        if (col->kind == COL_PERCENT) {
            format_fixed(buf, size - 1, c->d * 100.0, col->digits);
            strcat(buf, "%");
        } else if (col->kind == COL_NUM || col->kind == COL_INT) {
            format_fixed(buf, size, c->d, col->digits);
        }
        else
            format_double(buf, size, c->d);
        return buf;
    case CELL_BOOL: return c->i ? "yes" : "no";
    case CELL_TEXT: return c->text;
    case CELL_JSON: return c->alt;
    }
    return "";
}

/* A cell as a table shows it: a control character in a value (a line
 * break, an escape sequence read from an export) is written visibly, not
 * sent to the terminal. The text lives in buf or in shown. */
static const char *cell_shown(const struct out_col *col, const struct out_cell *c, char *buf, size_t size,
                              struct sbuf *shown)
{
    const char *s = cell_human(col, c, buf, size);
    if (!has_controls(s)) return s;
    sbuf_reset(shown);
    sbuf_add_visible(shown, s);
    return sbuf_str(shown);
}

static void header_text(const struct out_col *col, char *buf, size_t size)
{
    if (col->header) {
        snprintf(buf, size, "%s", col->header);
        return;
    }
    size_t i = 0;
    for (; col->key[i] && i + 1 < size; i++) {
        char ch = col->key[i];
        buf[i] = ch == '_' || ch == '.' ? ' ' : (char)toupper((unsigned char)ch);
    }
    buf[i] = '\0';
}

static void print_padded(FILE *out, const char *s, size_t width, bool right, bool last)
{
    size_t len = strlen(s);
    size_t w = text_columns(s, len);
    if (w > width) {
        size_t keep = text_fit(s, width - 1);
        fwrite(s, 1, keep, out);
        /* A wide character that did not fit leaves a column to fill. */
        for (size_t c = text_columns(s, keep); c + 1 < width; c++) fputc(' ', out);
        fputc('~', out);
        return;
    }
    if (right)
        for (size_t i = w; i < width; i++) fputc(' ', out);
    fwrite(s, 1, len, out);
    if (!right && !last)
        for (size_t i = w; i < width; i++) fputc(' ', out);
}

static bool right_aligned(const struct out_col *col)
{
    return col->kind != COL_TEXT;
}

static void print_table(const struct out_table *t, FILE *out)
{
    size_t rows = out_rows(t);
    size_t *width = xcalloc(t->ncols, sizeof *width);
    char buf[128];
    struct sbuf shown = {0};
    for (size_t c = 0; c < t->ncols; c++) {
        header_text(&t->cols[c], buf, sizeof buf);
        width[c] = text_columns(buf, strlen(buf));
    }
    for (size_t r = 0; r < rows; r++)
        for (size_t c = 0; c < t->ncols; c++) {
            const char *s = cell_shown(&t->cols[c], &t->cells[r * t->ncols + c], buf, sizeof buf, &shown);
            size_t w = text_columns(s, strlen(s));
            if (w > width[c]) width[c] = w;
        }
    /* Long text is cut to keep a table readable on a terminal; a program
     * reading the table (grep, a pipe, a file) gets every value whole. */
    bool cut = isatty(fileno(out));
    for (size_t c = 0; c < t->ncols && cut; c++)
        if (t->cols[c].max_width > 0 && width[c] > (size_t)t->cols[c].max_width)
            width[c] = (size_t)t->cols[c].max_width;

    for (size_t c = 0; c < t->ncols; c++) {
        header_text(&t->cols[c], buf, sizeof buf);
        if (c) fputs("  ", out);
        print_padded(out, buf, width[c], right_aligned(&t->cols[c]), c + 1 == t->ncols);
    }
    fputc('\n', out);
    for (size_t r = 0; r < rows; r++) {
        for (size_t c = 0; c < t->ncols; c++) {
            const char *s = cell_shown(&t->cols[c], &t->cells[r * t->ncols + c], buf, sizeof buf, &shown);
            if (c) fputs("  ", out);
            print_padded(out, s, width[c], right_aligned(&t->cols[c]), c + 1 == t->ncols);
        }
        fputc('\n', out);
    }
    sbuf_free(&shown);
    free(width);
}

/* A text that a spreadsheet would run as a formula gets a leading ' (7.1);
 * numbers are written as they are. */
static bool formula_like(const char *s)
{
    return s[0] && strchr("=+-@\t\r", s[0]) != NULL;
}

static void csv_field(FILE *out, const char *s, bool text)
{
    if (!s) return;
    const char *guard = text && formula_like(s) ? "'" : "";
    bool quote = strpbrk(s, ",\"\r\n") != NULL ||
                 (*s && ((!*guard && isspace((unsigned char)s[0])) || isspace((unsigned char)s[strlen(s) - 1])));
    if (!quote) {
        fputs(guard, out);
        fputs(s, out);
        return;
    }
    fputc('"', out);
    fputs(guard, out);
    for (; *s; s++) {
        if (*s == '"') fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

static void print_csv(const struct out_table *t, FILE *out)
{
    char buf[64];
    const char *comma = "";
    for (size_t c = 0; c < t->ncols; c++) {
        if (t->cols[c].json_only) continue;
        fputs(comma, out);
        comma = ",";
        csv_field(out, t->cols[c].key, true);
    }
    fputc('\n', out);
    size_t rows = out_rows(t);
    for (size_t r = 0; r < rows; r++) {
        comma = "";
        for (size_t c = 0; c < t->ncols; c++) {
            const struct out_cell *cell = &t->cells[r * t->ncols + c];
            if (t->cols[c].json_only) continue;
            fputs(comma, out);
            comma = ",";
            csv_field(out, cell_plain(cell, buf, sizeof buf), cell->type == CELL_TEXT || cell->type == CELL_JSON);
        }
        fputc('\n', out);
    }
}

static void json_cell(struct sbuf *s, const struct out_cell *c)
{
    switch (c->type) {
    case CELL_NULL: sbuf_adds(s, "null"); break;
    case CELL_INT: json_int(s, c->i); break;
    case CELL_NUM: json_num(s, c->d); break;
    case CELL_BOOL: sbuf_adds(s, c->i ? "true" : "false"); break;
    case CELL_TEXT: json_str(s, c->text); break;
    case CELL_JSON: sbuf_adds(s, c->text); break;
    }
}

static void json_row(struct sbuf *s, const struct out_table *t, size_t r)
{
    sbuf_addc(s, '{');
    const char *open_prefix = NULL;
    size_t open_len = 0;
    bool first = true, first_inner = true;
    for (size_t c = 0; c < t->ncols; c++) {
        const char *key = t->cols[c].key;
        const char *dot = strchr(key, '.');
        if (open_prefix && (!dot || (size_t)(dot - key) != open_len ||
                            strncmp(key, open_prefix, open_len) != 0)) {
            sbuf_addc(s, '}');
            open_prefix = NULL;
        }
        if (dot && !open_prefix) {
            if (!first) sbuf_adds(s, ", ");
            first = false;
            json_strn(s, key, (size_t)(dot - key));
            sbuf_adds(s, ": {");
            open_prefix = key;
            open_len = (size_t)(dot - key);
            first_inner = true;
        }
        if (dot) {
            if (!first_inner) sbuf_adds(s, ", ");
            first_inner = false;
            json_str(s, dot + 1);
        } else {
            if (!first) sbuf_adds(s, ", ");
            first = false;
            json_str(s, key);
        }
        sbuf_adds(s, ": ");
        json_cell(s, &t->cells[r * t->ncols + c]);
    }
    if (open_prefix) sbuf_addc(s, '}');
    sbuf_addc(s, '}');
}

static void print_json(const struct out_table *t, FILE *out)
{
    struct sbuf s = {0};
    size_t rows = out_rows(t);
    if (t->single_object) {
        if (rows) json_row(&s, t, 0);
        else sbuf_adds(&s, "null");
        fprintf(out, "%s\n", sbuf_str(&s));
        sbuf_free(&s);
        return;
    }
    fputc('[', out);
    for (size_t r = 0; r < rows; r++) {
        sbuf_reset(&s);
        json_row(&s, t, r);
        fprintf(out, "%s\n  %s", r ? "," : "", sbuf_str(&s));
    }
    fputs(rows ? "\n]\n" : "]\n", out);
    sbuf_free(&s);
}

void out_print(const struct out_table *t, enum out_format f, FILE *out)
{
    switch (f) {
    case OUT_TABLE: print_table(t, out); break;
    case OUT_CSV: print_csv(t, out); break;
    case OUT_JSON: print_json(t, out); break;
    }
}
