/*
 * util.h - memory and string helpers shared by every module.
 *
 * Contract: x*alloc never return NULL; on exhausted memory they print one
 * line and exit(3), the only place outside main that ends the process, as
 * running out of memory is not an input error a caller could handle.
 * struct sbuf is a growable NUL-terminated byte buffer; sbuf_free releases it.
 */
#ifndef EHTRACK_UTIL_H
#define EHTRACK_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
/* Zeroed, aligned to align (a power of two): an object one thread writes
 * shares no cache line with another's. */
void *xcalloc_aligned(size_t align, size_t size);
void *xrealloc(void *p, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Grow *v (of *cap elements of size elem) so that it holds at least need. */
void grow_array(void **v, size_t *cap, size_t need, size_t elem);
#define GROW(v, cap, need) grow_array((void **)&(v), &(cap), (need), sizeof(*(v)))

struct sbuf {
    char *buf;
    size_t len, cap;
};

void sbuf_addn(struct sbuf *s, const char *p, size_t n);
void sbuf_adds(struct sbuf *s, const char *p);
void sbuf_addc(struct sbuf *s, char c);
void sbuf_addf(struct sbuf *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sbuf_vaddf(struct sbuf *s, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
void sbuf_reset(struct sbuf *s);
const char *sbuf_str(struct sbuf *s);       /* "" for an empty buffer */
char *sbuf_detach(struct sbuf *s);          /* caller frees */
void sbuf_free(struct sbuf *s);
/* Text for a terminal: whether s holds a control character (C0, DEL, C1:
 * a line break, a tab, an escape sequence that would recolour or move the
 * terminal), and s appended with each one written as \n, \t, \r or
 * \xHH (C1 as \u0085), everything else as it is. */
bool has_controls(const char *s);
void sbuf_add_visible(struct sbuf *out, const char *s);

bool str_starts(const char *s, const char *prefix);
bool str_ends(const char *s, const char *suffix);
/* Edit distance, two adjacent letters swapped counting as one change
 * (optimal string alignment), capped: used for "did you mean" hints. */
size_t edit_distance(const char *a, const char *b);
/* The candidate closest to word when it is plausibly a typo, else NULL. */
const char *closest_word(const char *word, const char *const *candidates, size_t n);
/* Index of word among words, '-' and '_' alike ("care_group" is
 * "care-group"), or -1. */
int word_index(const char *word, const char *const *words, size_t n);
/* Index of key in strings sorted by strcmp, or (size_t)-1. */
size_t sorted_index(char *const *sorted, size_t n, const char *key);

/* Byte offset of the first byte that is not valid UTF-8, or -1. */
long utf8_invalid_at(const unsigned char *p, size_t n);
/* Code points in the first n bytes of valid UTF-8 (display columns). */
size_t utf8_width(const char *s, size_t n);
/* Columns a terminal gives the first n bytes of UTF-8 text: 0 for a
 * combining accent, 2 for a CJK character, 1 for a byte that is no UTF-8.
 * Code points where C.UTF-8 is missing. */
size_t text_columns(const char *s, size_t n);
/* Bytes of the NUL-terminated s that fit in columns terminal columns,
 * never splitting a character (nor an accent from its letter). */
size_t text_fit(const char *s, size_t columns);

/* Shortest "%g" text that reads back as the same double. */
void format_double(char *buf, size_t size, double v);
/* v with the given number of decimals as a spreadsheet shows it: to 15
 * significant digits first, then halves away from zero (0.25 -> "0.3",
 * 6.25 -> "6.3"), where printf rounds the binary value half to even. */
void format_fixed(char *buf, size_t size, double v, int digits);

/* Seconds on the monotonic clock: for elapsed time (progress lines,
 * time budgets), never a time of day. */
double monotonic_seconds(void);

/* A descriptor open for reading on path, only when it is a regular file:
 * a named pipe in its place would be waited on for ever, a directory or
 * device is no file of data. -1 when not: *not_regular is true when path
 * opened but is no regular file, else errno says why. */
int open_regular_file(const char *path, bool *not_regular);

/* The whole of a file of the program's own data (a template) appended to
 * out. Only a regular file is read: a named pipe in its place would be
 * waited on for ever. NULL on success, else why not ("not a regular file",
 * or the system's words for errno). */
const char *read_regular_file(const char *path, struct sbuf *out);

#endif
