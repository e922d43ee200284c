#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

static void out_of_memory(size_t size)
{
    fprintf(stderr, "ehtrack: out of memory (asked for %zu bytes)\n", size);
    exit(3);
}

void *xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p) out_of_memory(size);
    return p;
}

void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) out_of_memory(n * size);
    return p;
}

void *xcalloc_aligned(size_t align, size_t size)
{
    size_t rounded = (size + align - 1) / align * align;
    void *p = aligned_alloc(align, rounded ? rounded : align);
    if (!p) out_of_memory(rounded);
    memset(p, 0, rounded ? rounded : align);
    return p;
}

void *xrealloc(void *p, size_t size)
{
    void *q = realloc(p, size ? size : 1);
    if (!q) out_of_memory(size);
    return q;
}

char *xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *xasprintf(const char *fmt, ...)
{
    struct sbuf s = {0};
    va_list ap;
    va_start(ap, fmt);
    sbuf_vaddf(&s, fmt, ap);
    va_end(ap);
    return sbuf_detach(&s);
}

void grow_array(void **v, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap) return;
    size_t n = *cap ? *cap : 8;
    while (n < need) n *= 2;
    *v = xrealloc(*v, n * elem);
    *cap = n;
}

static void sbuf_reserve(struct sbuf *s, size_t extra)
{
    if (s->len + extra + 1 <= s->cap) return;
    size_t n = s->cap ? s->cap : 64;
    while (n < s->len + extra + 1) n *= 2;
    s->buf = xrealloc(s->buf, n);
    s->cap = n;
}

void sbuf_addn(struct sbuf *s, const char *p, size_t n)
{
    sbuf_reserve(s, n);
    memcpy(s->buf + s->len, p, n);
    s->len += n;
    s->buf[s->len] = '\0';
}

void sbuf_adds(struct sbuf *s, const char *p)
{
    sbuf_addn(s, p, strlen(p));
}

void sbuf_addc(struct sbuf *s, char c)
{
    sbuf_reserve(s, 1);
    s->buf[s->len++] = c;
    s->buf[s->len] = '\0';
}

void sbuf_vaddf(struct sbuf *s, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n <= 0) return;
    sbuf_reserve(s, (size_t)n);
    vsnprintf(s->buf + s->len, (size_t)n + 1, fmt, ap);
    s->len += (size_t)n;
}

void sbuf_addf(struct sbuf *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sbuf_vaddf(s, fmt, ap);
    va_end(ap);
}

void sbuf_reset(struct sbuf *s)
{
    s->len = 0;
    if (s->buf) s->buf[0] = '\0';
}

const char *sbuf_str(struct sbuf *s)
{
    return s->buf ? s->buf : "";
}

char *sbuf_detach(struct sbuf *s)
{
    char *p = s->buf ? s->buf : xstrdup("");
    s->buf = NULL;
    s->len = s->cap = 0;
    return p;
}

void sbuf_free(struct sbuf *s)
{
    free(s->buf);
    s->buf = NULL;
    s->len = s->cap = 0;
}

bool str_starts(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

bool str_ends(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && memcmp(s + a - b, suffix, b) == 0;
}

size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64) return 64;
    /* Three rows: two letters swapped ("plna") are one slip of the
     * fingers, not two changes. */
    size_t rows[3][65], *before = rows[0], *prev = rows[1], *row = rows[2];
    for (size_t j = 0; j <= lb; j++) prev[j] = j;
    for (size_t i = 1; i <= la; i++) {
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            size_t best = prev[j - 1] + cost;
            if (prev[j] + 1 < best) best = prev[j] + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && before[j - 2] + 1 < best)
                best = before[j - 2] + 1;
            row[j] = best;
        }
        size_t *t = before;
        before = prev;
        prev = row;
        row = t;
    }
    return prev[lb];
}

const char *closest_word(const char *word, const char *const *candidates, size_t n)
{
    const char *best = NULL;
    size_t best_d = (size_t)-1;
    for (size_t i = 0; i < n; i++) {
        size_t d = edit_distance(word, candidates[i]);
        if (d < best_d) {
            best_d = d;
            best = candidates[i];
        }
    }
    /* A third of the word may be wrong before the hint stops helping. */
    size_t len = strlen(word);
    size_t allowed = len < 4 ? 1 : len / 3;
    return best && best_d <= allowed ? best : NULL;
}

long utf8_invalid_at(const unsigned char *p, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = p[i];
        if (c < 0x80) { i++; continue; }
        size_t need;
        unsigned min;
        unsigned cp;
        if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { need = 2; cp = c & 0x0F; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { need = 3; cp = c & 0x07; min = 0x10000; }
        else return (long)i;
        for (size_t k = 1; k <= need; k++) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80) return (long)i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return (long)i;
        i += need + 1;
    }
    return -1;
}

size_t utf8_width(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) w++;
    return w;
}

/* ehtrack's text is UTF-8 whatever the user's locale says (LANG=C, a cron
 * job): its widths are read in C.UTF-8. Made once, kept to the end. */
static locale_t utf8_locale(void)
{
    static locale_t loc;
    static bool tried;
    if (!tried) {
        tried = true;
        loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    }
    return loc;
}

/* The columns of the character at s (at most n bytes), its length in *len. */
static size_t char_columns(const char *s, size_t n, size_t *len)
{
    wchar_t wc;
    mbstate_t st;
    memset(&st, 0, sizeof st);
    size_t got = mbrtowc(&wc, s, n, &st);
    if (got == (size_t)-1 || got == (size_t)-2 || got == 0) {
        *len = 1;
        return 1;
    }
    *len = got;
    int w = wcwidth(wc);
    return w < 0 ? 1 : (size_t)w;
}

size_t text_columns(const char *s, size_t n)
{
    locale_t loc = utf8_locale();
    if (!loc) return utf8_width(s, n);
    locale_t before = uselocale(loc);
    size_t cols = 0;
    for (size_t i = 0, len; i < n; i += len) cols += char_columns(s + i, n - i, &len);
    uselocale(before);
    return cols;
}

size_t text_fit(const char *s, size_t columns)
{
    size_t n = strlen(s);
    locale_t loc = utf8_locale();
    if (!loc) {
        size_t cols = 0, i = 0;
        for (; i < n; i++)
            if (((unsigned char)s[i] & 0xC0) != 0x80 && cols++ == columns) break;
        return i;
    }
    locale_t before = uselocale(loc);
    size_t cols = 0, i = 0, len;
    while (i < n) {
        size_t w = char_columns(s + i, n - i, &len);
        if (cols + w > columns) break;
        cols += w;
        i += len;
    }
    uselocale(before);
    return i;
}

void format_double(char *buf, size_t size, double v)
{
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(buf, size, "%.*g", prec, v);
        if (strtod(buf, NULL) == v) return;
    }
}

void format_fixed(char *buf, size_t size, double v, int digits)
{
    char sig[40];
    snprintf(sig, sizeof sig, "%.15g", v);
    double seen = strtod(sig, NULL);
    double scale = pow(10, digits);
    double scaled = seen * scale;
    /* Beyond 2^52 a double holds no fraction to round. */
    if (isfinite(scaled) && fabs(scaled) < 4503599627370496.0) seen = round(scaled) / scale;
    snprintf(buf, size, "%.*f", digits, seen);
}

int word_index(const char *word, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const char *a = word, *b = words[i];
        while (*a && (*a == *b || ((*a == '-' || *a == '_') && (*b == '-' || *b == '_')))) {
            a++;
            b++;
        }
        if (!*a && !*b) return (int)i;
    }
    return -1;
}

size_t sorted_index(char *const *sorted, size_t n, const char *key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(sorted[mid], key);
        if (c == 0) return mid;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return (size_t)-1;
}

/* C1 controls are U+0080..U+009F: in UTF-8, C2 80..C2 9F. */
static size_t control_at(const unsigned char *p)
{
    if (*p < 0x20 || *p == 0x7F) return 1;
    if (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) return 2;
    /* Characters a terminal obeys or hides: U+2028/U+2029 break the line,
     * U+202A..U+202E and U+2066..U+2069 turn the text around (an owner
     * shown reversed), U+200B..U+200F and U+2060 are not seen at all. */
    if (p[0] == 0xE2 && p[1] == 0x80 && ((p[2] >= 0x8B && p[2] <= 0x8F) || (p[2] >= 0xA8 && p[2] <= 0xAE)))
        return 3;
    if (p[0] == 0xE2 && p[1] == 0x81 && (p[2] == 0xA0 || (p[2] >= 0xA6 && p[2] <= 0xA9))) return 3;
    return 0;
}

bool has_controls(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (control_at(p)) return true;
    return false;
}

void sbuf_add_visible(struct sbuf *out, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        size_t n = control_at(p);
        if (!n) {
            sbuf_addc(out, (char)*p++);
        } else if (n == 2) {
            sbuf_addf(out, "\\u%04x", p[1]);
            p += 2;
        } else if (n == 3) {
            sbuf_addf(out, "\\u%04x", ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
            p += 3;
        } else {
            if (*p == '\n') sbuf_adds(out, "\\n");
            else if (*p == '\t') sbuf_adds(out, "\\t");
            else if (*p == '\r') sbuf_adds(out, "\\r");
            else sbuf_addf(out, "\\x%02x", *p);
            p++;
        }
    }
}

double monotonic_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int open_regular_file(const char *path, bool *not_regular)
{
    *not_regular = false;
    /* Opening a pipe without O_NONBLOCK waits for a writer. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return -1;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        *not_regular = true;
        return -1;
    }
    return fd;
}

const char *read_regular_file(const char *path, struct sbuf *out)
{
    bool not_regular;
    int fd = open_regular_file(path, &not_regular);
    if (fd < 0) return not_regular ? "not a regular file" : strerror(errno);
    char buf[8192];
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) != 0) {
        if (n < 0) {
            if (errno == EINTR) continue;
            const char *why = strerror(errno);
            close(fd);
            return why;
        }
        sbuf_addn(out, buf, (size_t)n);
    }
    close(fd);
    return NULL;
}
