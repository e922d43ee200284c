#include "error.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

int eh_fail(struct eh_error *e, enum eh_status status, const char *file,
            long line, long col, const char *fmt, ...)
{
    e->status = status;
    e->line = line;
    e->col = col;
    snprintf(e->file, sizeof e->file, "%s", file ? file : "");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    return status;
}

static void print_location(FILE *out, const char *file, long line, long col)
{
    if (!file || !*file) return;
    /* A file's name may hold an escape sequence or a line break: shown as
     * \x1b and \n, never obeyed by the terminal. */
    if (has_controls(file)) {
        struct sbuf shown = {0};
        sbuf_add_visible(&shown, file);
        fprintf(out, "%s:", sbuf_str(&shown));
        sbuf_free(&shown);
    } else {
        fprintf(out, "%s:", file);
    }
    if (line > 0) {
        fprintf(out, "%ld:", line);
        if (col > 0) fprintf(out, "%ld:", col);
    }
    fputc(' ', out);
}

void eh_error_print(const struct eh_error *e, FILE *out)
{
    fputs("ehtrack: ", out);
    print_location(out, e->file, e->line, e->col);
    fprintf(out, "%s\n", e->msg);
}

static void diag_vadd(struct diag_list *d, enum diag_severity sev, const char *file, long line, long col,
                      const char *fmt, va_list ap) __attribute__((format(printf, 6, 0)));

static void diag_vadd(struct diag_list *d, enum diag_severity sev, const char *file, long line, long col,
                      const char *fmt, va_list ap)
{
    if (sev == DIAG_ERROR) d->errors++;
    else d->warnings++;
    if (d->count >= DIAG_KEEP) return;
    GROW(d->items, d->cap, d->count + 1);
    struct diag *x = &d->items[d->count++];
    x->severity = sev;
    x->file = xstrdup(file ? file : "");
    x->line = line;
    x->col = col;
    struct sbuf s = {0};
    sbuf_vaddf(&s, fmt, ap);
    x->msg = sbuf_detach(&s);
}

void diag_add(struct diag_list *d, enum diag_severity sev, const char *file,
              long line, long col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vadd(d, sev, file, line, col, fmt, ap);
    va_end(ap);
}

void diag_add_io(struct diag_list *d, const char *file, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vadd(d, DIAG_ERROR, file, 0, 0, fmt, ap);
    va_end(ap);
    d->io++;
}

int diag_status(const struct diag_list *d)
{
    return d->io ? EH_IO : d->errors ? EH_INVALID : EH_OK;
}

struct ranked {
    struct diag d;
    size_t order;
};

static int by_place(const void *a, const void *b)
{
    const struct ranked *x = a, *y = b;
    int c = strcmp(x->d.file, y->d.file);
    if (c) return c;
    if (x->d.line != y->d.line) return x->d.line < y->d.line ? -1 : 1;
    if (x->d.col != y->d.col) return x->d.col < y->d.col ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

void diag_sort(struct diag_list *d)
{
    if (d->count < 2) return;
    struct ranked *r = xmalloc(d->count * sizeof *r);
    for (size_t i = 0; i < d->count; i++) {
        r[i].d = d->items[i];
        r[i].order = i;
    }
    qsort(r, d->count, sizeof *r, by_place);
    for (size_t i = 0; i < d->count; i++) d->items[i] = r[i].d;
    free(r);
}

void diag_print(const struct diag_list *d, FILE *out)
{
    /* A terminal shows the first hundred (fix those first); a log or a
     * pipe gets every problem kept. */
    size_t limit = isatty(fileno(out)) ? DIAG_SHOW : DIAG_KEEP;
    size_t shown = d->count < limit ? d->count : limit;
    for (size_t i = 0; i < shown; i++) {
        const struct diag *x = &d->items[i];
        fputs("ehtrack: ", out);
        print_location(out, x->file, x->line, x->col);
        fprintf(out, "%s%s\n", x->severity == DIAG_WARNING ? "warning: " : "", x->msg);
    }
    size_t all = d->errors + d->warnings;
    if (all > shown)
        fprintf(out, "ehtrack: ... and %zu more problem%s not shown (%zu error%s and %zu warning%s in all); "
                "fix these first\n", all - shown, all - shown == 1 ? "" : "s", d->errors,
                d->errors == 1 ? "" : "s", d->warnings, d->warnings == 1 ? "" : "s");
}

void diag_free(struct diag_list *d)
{
    for (size_t i = 0; i < d->count; i++) {
        free(d->items[i].file);
        free(d->items[i].msg);
    }
    free(d->items);
    memset(d, 0, sizeof *d);
}
