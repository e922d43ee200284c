#include "yaml_doc.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "util.h"

long yline(const yaml_node_t *n) { return n ? (long)n->start_mark.line + 1 : 0; }
long ycol(const yaml_node_t *n) { return n ? (long)n->start_mark.column + 1 : 0; }

static void yreport(struct yctx *c, enum diag_severity sev, const yaml_node_t *n,
                    const char *fmt, va_list ap) __attribute__((format(printf, 4, 0)));

static void yreport(struct yctx *c, enum diag_severity sev, const yaml_node_t *n,
                    const char *fmt, va_list ap)
{
    struct sbuf s = {0};
    sbuf_vaddf(&s, fmt, ap);
    /* A value typed in a word processor or a web editor ("practice:
     * \u201c01053021\u201d"): YAML knows no curly quotes, they are part of
     * the value, and every check of it fails on them. */
    if (n && n->type == YAML_SCALAR_NODE && n->data.scalar.length >= 3 && n->data.scalar.value[0] == 0xE2 &&
        n->data.scalar.value[1] == 0x80 && (n->data.scalar.value[2] == 0x9C || n->data.scalar.value[2] == 0x98 ||
                                           n->data.scalar.value[2] == 0x9E || n->data.scalar.value[2] == 0x9D))
        sbuf_adds(&s, "; the value starts with a curly quote (\u201c or \u2018, as a word processor types it), which "
                      "YAML keeps as part of the value: write straight quotes, \"...\"");
    else if (n && n->type == YAML_SCALAR_NODE && memmem(n->data.scalar.value, n->data.scalar.length, "\xC2\xA0", 2) &&
             !strstr(sbuf_str(&s), "no-break") && !strstr(sbuf_str(&s), "non-breaking"))
        sbuf_adds(&s, "; it holds a non-breaking space (U+00A0, as a word processor or a web page writes it) "
                      "that looks like a plain one: type the spaces again");
    diag_add(c->diags, sev, c->doc->file, yline(n), ycol(n), "%s", sbuf_str(&s));
    sbuf_free(&s);
}

void yerror(struct yctx *c, const yaml_node_t *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    yreport(c, DIAG_ERROR, n, fmt, ap);
    va_end(ap);
}

void ywarning(struct yctx *c, const yaml_node_t *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    yreport(c, DIAG_WARNING, n, fmt, ap);
    va_end(ap);
}

static void locate_offset(const unsigned char *buf, size_t off, long *line, long *col)
{
    long l = 1, c = 1;
    for (size_t i = 0; i < off; i++) {
        if (buf[i] == '\n') {
            l++;
            c = 1;
        } else if ((buf[i] & 0xC0) != 0x80) {
            c++;
        }
    }
    *line = l;
    *col = c;
}

/* The offset of a libyaml mark (line and column count characters), or len
 * when the mark is past its line. */
static size_t offset_at(const unsigned char *buf, size_t len, yaml_mark_t m)
{
    size_t i = 0;
    for (size_t line = 0; line < m.line && i < len; i++)
        if (buf[i] == '\n') line++;
    for (size_t col = 0; i < len && buf[i] != '\n'; i++) {
        if ((buf[i] & 0xC0) == 0x80) continue;
        if (col++ == m.column) return i;
    }
    return len;
}

/* The byte at a libyaml mark, or 0. */
static unsigned char byte_at(const unsigned char *buf, size_t len, yaml_mark_t m)
{
    size_t i = offset_at(buf, len, m);
    return i < len ? buf[i] : 0;
}

/* Line n (0-based) of buf: its first byte and length, without the CR. */
static const unsigned char *line_at(const unsigned char *buf, size_t len, size_t n, size_t *line_len)
{
    size_t i = 0;
    for (size_t line = 0; line < n && i < len; i++)
        if (buf[i] == '\n') line++;
    const unsigned char *end = memchr(buf + i, '\n', len - i);
    *line_len = (end ? (size_t)(end - buf) : len) - i;
    if (*line_len && buf[i + *line_len - 1] == '\r') (*line_len)--;
    return buf + i;
}

/* A list item written without the space after its dash ("-id: share"):
 * the 0-based line of the nearest one at or above line n, or -1. */
static long dash_without_space(const unsigned char *buf, size_t len, size_t n)
{
    for (size_t k = n + 1; k-- > 0 && k + 3 > n;) {
        size_t l;
        const unsigned char *p = line_at(buf, len, k, &l);
        size_t i = 0;
        while (i < l && p[i] == ' ') i++;
        if (i + 1 < l && p[i] == '-' && p[i + 1] != ' ' && p[i + 1] != '-' && memchr(p + i, ':', l - i)) return (long)k;
    }
    return -1;
}

/* A key written without the space after its colon ("status:done"): YAML
 * reads the line as one plain word, and libyaml stumbles a line or more
 * further on. The 0-based line of the last such line from first to last,
 * or -1; a colon before '/' (a web address) does not count. */
static long colon_without_space(const unsigned char *buf, size_t len, size_t first, size_t last)
{
    long found = -1;
    for (size_t k = first; k <= last; k++) {
        size_t l;
        const unsigned char *p = line_at(buf, len, k, &l);
        size_t i = 0;
        while (i < l && p[i] == ' ') i++;
        if (i + 1 < l && p[i] == '-' && p[i + 1] == ' ')
            for (i += 2; i < l && p[i] == ' ';) i++;
        if (i >= l || !(isalpha(p[i]) || p[i] == '_')) continue;
        while (i < l && (isalnum(p[i]) || p[i] == '_' || p[i] == '-')) i++;
        if (i + 1 < l && p[i] == ':' && p[i + 1] != ' ' && p[i + 1] != '/' && p[i + 1] != '\t') found = (long)k;
    }
    return found;
}

/* Reports a colon without its space at or above the line libyaml gave
 * up on; false when there is none. */
static bool explain_colon_without_space(const char *name, const unsigned char *buf, size_t len, size_t from,
                                        size_t to, struct diag_list *diags)
{
    long k = colon_without_space(buf, len, from, to);
    if (k < 0) return false;
    size_t l;
    const unsigned char *p = line_at(buf, len, (size_t)k, &l);
    size_t i = 0;
    while (i < l && (p[i] == ' ' || p[i] == '-')) i++;
    size_t key = i;
    while (i < l && p[i] != ':') i++;
    diag_add(diags, DIAG_ERROR, name, k + 1, (long)key + 1,
             "YAML syntax: no space after the colon of '%.*s:', so YAML reads '%.*s' as one word, not a key and its "
             "value: write '%.*s: %.*s'", (int)(i - key), (const char *)p + key, (int)(l - key), (const char *)p + key,
             (int)(i - key), (const char *)p + key, (int)(l - i - 1), (const char *)p + i + 1);
    return true;
}

/* The 0-based line above n that holds more than blanks or a comment, or
 * -1; *indent the column its text starts at (after a list item's "- "). */
static long line_above(const unsigned char *buf, size_t len, size_t n, size_t *indent)
{
    /* Walked back from line n's start: line_at for every line above would
     * read the file from its start once a line (thousands of blank lines
     * above an error made that a hang). */
    size_t ignored;
    size_t start = (size_t)(line_at(buf, len, n, &ignored) - buf);
    for (size_t k = n; k-- > 0 && start > 0;) {
        size_t end = start - 1;  /* the '\n' that ends line k */
        start = end;
        while (start > 0 && buf[start - 1] != '\n') start--;
        const unsigned char *p = buf + start;
        size_t l = end - start;
        if (l && p[l - 1] == '\r') l--;
        size_t i = 0;
        while (i < l && p[i] == ' ') i++;
        if (i + 1 < l && p[i] == '-' && p[i + 1] == ' ')
            for (i += 2; i < l && p[i] == ' ';) i++;
        if (i >= l || p[i] == '#') continue;
        *indent = i;
        return (long)k;
    }
    return -1;
}

/* The first key of a mapping written without its colon ("needs:" then
 * "status done"): YAML reads it as the start of the parent key's text, runs
 * on into the next key and stumbles at that key's ': '. The 0-based line of
 * that first key, when the line above line n holds no ':' and the one
 * above it ends in ':' (the parent key); else -1. *indent as line_above. */
static long first_key_without_colon(const unsigned char *buf, size_t len, size_t n, size_t *indent)
{
    size_t mark_indent, parent_indent;
    long key = line_above(buf, len, n, indent);
    if (key < 0) return -1;
    size_t l;
    const unsigned char *p = line_at(buf, len, n, &l);
    for (mark_indent = 0; mark_indent < l && p[mark_indent] == ' ';) mark_indent++;
    p = line_at(buf, len, (size_t)key, &l);
    if (*indent > mark_indent || memchr(p, ':', l) || memchr(p, '"', l) || memchr(p, '\'', l) || memchr(p, '{', l))
        return -1;
    long parent = line_above(buf, len, (size_t)key, &parent_indent);
    if (parent < 0) return -1;
    p = line_at(buf, len, (size_t)parent, &l);
    while (l && p[l - 1] == ' ') l--;
    return l && p[l - 1] == ':' ? key : -1;
}

/* libyaml's "mapping values are not allowed": a ': ' where no key can
 * start. The usual causes, each with what to write instead. */
static void explain_stray_colon(const char *name, const unsigned char *buf, size_t len, yaml_mark_t m,
                                struct diag_list *diags)
{
    long dash = dash_without_space(buf, len, m.line);
    if (dash >= 0) {
        diag_add(diags, DIAG_ERROR, name, dash + 1, 0,
                 "YAML syntax: a list item needs a space after its dash: '- id: ...', not '-id: ...'");
        return;
    }
    size_t l, above_indent;
    long above = line_above(buf, len, m.line, &above_indent);
    const unsigned char *p = above >= 0 ? line_at(buf, len, (size_t)above, &l) : NULL;
    long nbsp_line = p && memmem(p, l, "\xC2\xA0", 2) ? above : -1;
    p = line_at(buf, len, m.line, &l);
    if (memmem(p, l, "\xC2\xA0", 2)) nbsp_line = (long)m.line;
    if (nbsp_line >= 0) {
        /* To YAML it is a character like a letter: a line indented with
         * one starts a text, not a key, which runs on to the next ': '. */
        diag_add(diags, DIAG_ERROR, name, nbsp_line + 1, 0,
                 "YAML syntax: the line holds a non-breaking space (U+00A0, as a word processor or a web page "
                 "writes it) where a plain space belongs: type the spaces again");
        return;
    }
    size_t lead = 0;
    while (lead < l && p[lead] == ' ') lead++;
    bool several = false;
    for (size_t i = lead; i + 1 < l && lead < l && p[lead] == '-' && !several; i++)
        if (p[i] == ',' && p[i + 1] == ' ') several = memchr(p + i, ':', l - i) != NULL;
    size_t key_indent;
    long key = several ? -1 : first_key_without_colon(buf, len, m.line, &key_indent);
    if (several && !memchr(p, '{', l))
        diag_add(diags, DIAG_ERROR, name, (long)m.line + 1, (long)m.column + 1,
                 "YAML syntax: several keys on one line need braces: '- {id: a, metric: b, target: 0.3}' "
                 "(or one 'key: value' per line)");
    else if (key >= 0)
        diag_add(diags, DIAG_ERROR, name, key + 1, (long)key_indent + 1,
                 "YAML syntax: no ':' after this text; a line of a mapping is 'key: value' (a text over several "
                 "lines is written in quotes: YAML read this line and the next as one, up to the ': ' on line %ld)",
                 (long)m.line + 1);
    else
        diag_add(diags, DIAG_ERROR, name, (long)m.line + 1, (long)m.column + 1,
                 "YAML syntax: a ': ' where no key can start; a value that holds ': ' is written in quotes "
                 "(title: \"Fase 1: visie\"), and a key starts a line of its own, under the keys beside it");
}

/* libyaml's "no ':' after this text" on line n: what the line holds that
 * a person cannot see or easily miss. */
static void explain_missing_colon(const char *name, const unsigned char *buf, size_t len, yaml_mark_t k,
                                  struct diag_list *diags)
{
    size_t l;
    const unsigned char *p = line_at(buf, len, k.line, &l);
    const char *why = "a line of a mapping is 'key: value'";
    if (memmem(p, l, "\xC2\xA0", 2))
        why = "the line holds a non-breaking space (U+00A0, as a word processor writes it) where a plain space "
              "belongs: type the spaces again";
    else
        for (size_t i = 0; i + 1 < l; i++)
            if (p[i] == ':' && p[i + 1] != ' ' && p[i + 1] != '/') {
                why = "write a space after the colon: 'key: value'";
                break;
            }
    diag_add(diags, DIAG_ERROR, name, (long)k.line + 1, (long)k.column + 1, "YAML syntax: no ':' after this text; %s",
             why);
}

/* Whether libyaml gave up inside a {...}, [...] or quoted value that is
 * never closed, rather than at a missing comma inside one that is: from
 * the opener to the end of the line where it gave up, fewer closers than
 * openers. */
static bool unclosed_flow_or_quote(const yaml_parser_t *parser, const unsigned char *buf, size_t len)
{
    if (!parser->context || !parser->problem) return false;
    size_t from = offset_at(buf, len, parser->context_mark);
    unsigned char opener = from < len ? buf[from] : 0;
    if (strcmp(parser->context, "while scanning a quoted scalar") == 0)
        return (opener == '"' || opener == '\'') && (strstr(parser->problem, "end of stream") ||
                                                    strstr(parser->problem, "document indicator"));
    bool flow = strcmp(parser->context, "while parsing a flow mapping") == 0 ||
                strcmp(parser->context, "while parsing a flow sequence") == 0;
    if (!flow || (opener != '{' && opener != '[')) return false;
    unsigned char closer = opener == '{' ? '}' : ']';
    size_t l;
    const unsigned char *last = line_at(buf, len, parser->problem_mark.line, &l);
    size_t to = (size_t)(last - buf) + l;
    long depth = 0;
    for (size_t i = from; i < to && i < len; i++) {
        if (buf[i] == opener) depth++;
        else if (buf[i] == closer) depth--;
    }
    return depth > 0;
}

/* The first line (1-based) that is a merge conflict's marker, as git
 * writes them: seven '<', '=' or '>' at the start, then a blank or the end;
 * 0 if none. A marker alone (the others removed) gave libyaml's words for
 * a folded scalar. */
static long conflict_marker_line(const unsigned char *buf, size_t len)
{
    long line = 1;
    for (size_t i = 0; i < len; line++) {
        const unsigned char *p = buf + i;
        size_t rest = len - i;
        const unsigned char *nl = memchr(p, '\n', rest);
        size_t l = nl ? (size_t)(nl - p) : rest;
        size_t same = 0;
        if (l && (p[0] == '<' || p[0] == '=' || p[0] == '>'))
            while (same < l && p[same] == p[0]) same++;
        if (same == 7 && (l == 7 || p[7] == ' ' || p[7] == '\r')) return line;
        i += l + 1;
    }
    return 0;
}

/* A quoted value left open on its line ('title: "Fase 1: visie') ends at
 * the next quote, lines further, and libyaml stumbles just after it: where
 * the problem mark follows a quote whose partner is on an earlier line,
 * the offset of that partner (the quote to close); else len. */
static size_t quote_left_open(const unsigned char *buf, size_t len, yaml_mark_t m)
{
    size_t at = offset_at(buf, len, m);
    if (at >= len) return len;
    size_t i = at;
    while (i > 0 && buf[i - 1] == ' ') i--;
    if (i == 0 || (buf[i - 1] != '"' && buf[i - 1] != '\'')) return len;
    unsigned char q = buf[i - 1];
    bool newline = false;
    for (size_t k = i - 1; k-- > 0;) {
        if (buf[k] == '\n') newline = true;
        else if (buf[k] == q) return newline ? k : len;
    }
    return len;
}

/* Expanded node counts with aliases followed; -1 marks "on the path" so a
 * node reached again before it is finished is a recursive alias. */
struct expand_state {
    yaml_document_t *doc;
    long *size;
    bool failed;
    yaml_node_t *culprit;
    const char *why;
};

static long expand(struct expand_state *st, int index, int depth)
{
    long *slot = &st->size[index - 1];
    yaml_node_t *n = yaml_document_get_node(st->doc, index);
    if (*slot > 0) return *slot;
    if (*slot == -1) {
        st->failed = true;
        st->culprit = n;
        st->why = "an alias refers to a node that contains it (recursive alias)";
        return YDOC_MAX_EXPANDED + 1L;
    }
    if (depth > 200) {
        st->failed = true;
        st->culprit = n;
        st->why = "nesting is deeper than 200 levels";
        return YDOC_MAX_EXPANDED + 1L;
    }
    *slot = -1;
    long total = 1;
    if (n->type == YAML_SEQUENCE_NODE) {
        for (yaml_node_item_t *it = n->data.sequence.items.start;
             it < n->data.sequence.items.top && !st->failed; it++) {
            total += expand(st, *it, depth + 1);
            if (total > YDOC_MAX_EXPANDED) break;
        }
    } else if (n->type == YAML_MAPPING_NODE) {
        for (yaml_node_pair_t *p = n->data.mapping.pairs.start;
             p < n->data.mapping.pairs.top && !st->failed; p++) {
            total += expand(st, p->key, depth + 1);
            total += expand(st, p->value, depth + 1);
            if (total > YDOC_MAX_EXPANDED) break;
        }
    }
    if (total > YDOC_MAX_EXPANDED && !st->failed) {
        /* The first node to cross the limit is where the aliases multiply. */
        st->failed = true;
        st->culprit = n;
        st->why = NULL;
    }
    *slot = total;
    return total;
}

static bool check_expansion(struct ydoc *d, struct diag_list *diags)
{
    size_t count = (size_t)(d->doc.nodes.top - d->doc.nodes.start);
    if (count == 0) return true;
    struct expand_state st = {&d->doc, xcalloc(count, sizeof(long)), false, NULL, NULL};
    expand(&st, 1, 0);
    free(st.size);
    if (!st.failed) return true;
    if (st.why)
        diag_add(diags, DIAG_ERROR, d->file, yline(st.culprit), ycol(st.culprit), "%s", st.why);
    else
        diag_add(diags, DIAG_ERROR, d->file, yline(st.culprit), ycol(st.culprit),
                 "aliases here expand to more than %d nodes; refusing to load "
                 "(write the values out, or use fewer nested aliases)", YDOC_MAX_EXPANDED);
    return false;
}

/* Reads the events of the text (no document is built) and refuses it at
 * the first collection nested deeper than YDOC_MAX_DEPTH. Errors of syntax
 * are left for the loader, which reports them with more context. */
static bool depth_ok(const char *name, const unsigned char *buf, size_t len, struct diag_list *diags)
{
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) return true;
    yaml_parser_set_input_string(&parser, buf, len);
    int depth = 0;
    bool ok = true, done = false;
    while (!done) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&parser, &ev)) break;
        switch (ev.type) {
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT:
            if (++depth > YDOC_MAX_DEPTH) {
                diag_add(diags, DIAG_ERROR, name, (long)ev.start_mark.line + 1, (long)ev.start_mark.column + 1,
                         "nesting is deeper than %d levels; refusing to load", YDOC_MAX_DEPTH);
                ok = false;
                done = true;
            }
            break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: depth--; break;
        case YAML_STREAM_END_EVENT: done = true; break;
        default: break;
        }
        yaml_event_delete(&ev);
    }
    yaml_parser_delete(&parser);
    return ok;
}

/* libyaml reads YAML 1.1, which ends a line at U+0085 (NEL), U+2028 and
 * U+2029 as well; YAML 1.2 and every editor do not. A NEL is most often a
 * Windows-1252 ellipsis decoded as Latin-1, a U+2028 comes with text
 * pasted from a word processor: read as line breaks they broke valid
 * files and moved every line number after them. They are masked as
 * characters of the same length that nothing ends a line at while
 * libyaml reads, and put back in the values after. */
static const struct {
    const char *text, *mask;
    size_t len;
} LINE_BREAKS_1_1[] = {
    {"\xC2\x85", "\xDF\xBF", 2},              /* NEL as U+07FF */
    {"\xE2\x80\xA8", "\xEE\x80\xA8", 3},      /* U+2028 as U+E028 */
    {"\xE2\x80\xA9", "\xEE\x80\xA9", 3},      /* U+2029 as U+E029 */
};

static void swap_all(unsigned char *p, size_t len, const char *from, const char *to, size_t n)
{
    unsigned char *end = p + len, *at;
    while ((at = memmem(p, (size_t)(end - p), from, n))) {
        memcpy(at, to, n);
        p = at + n;
    }
}

/* A masked copy of buf, or NULL when it holds none of the three (or
 * already holds a mask: then libyaml's reading stands). */
static unsigned char *mask_line_breaks(const unsigned char *buf, size_t len)
{
    bool any = false;
    for (size_t i = 0; i < ARRAY_LEN(LINE_BREAKS_1_1); i++) {
        if (memmem(buf, len, LINE_BREAKS_1_1[i].mask, LINE_BREAKS_1_1[i].len)) return NULL;
        any |= memmem(buf, len, LINE_BREAKS_1_1[i].text, LINE_BREAKS_1_1[i].len) != NULL;
    }
    if (!any) return NULL;
    unsigned char *copy = xmalloc(len + 1);
    memcpy(copy, buf, len);
    copy[len] = '\0';
    for (size_t i = 0; i < ARRAY_LEN(LINE_BREAKS_1_1); i++)
        swap_all(copy, len, LINE_BREAKS_1_1[i].text, LINE_BREAKS_1_1[i].mask, LINE_BREAKS_1_1[i].len);
    return copy;
}

static void unmask_line_breaks(yaml_document_t *doc)
{
    for (yaml_node_t *n = doc->nodes.start; n < doc->nodes.top; n++)
        if (n->type == YAML_SCALAR_NODE)
            for (size_t i = 0; i < ARRAY_LEN(LINE_BREAKS_1_1); i++)
                swap_all(n->data.scalar.value, n->data.scalar.length, LINE_BREAKS_1_1[i].mask,
                         LINE_BREAKS_1_1[i].text, LINE_BREAKS_1_1[i].len);
}

static bool load_parsed(struct ydoc *d, const char *name, const unsigned char *buf, size_t len,
                        struct diag_list *diags);

bool ydoc_load_buffer(struct ydoc *d, const char *name, const unsigned char *buf,
                      size_t len, struct diag_list *diags)
{
    memset(d, 0, sizeof *d);
    d->file = xstrdup(name);
    if (len >= 2 && ((buf[0] == 0xFF && buf[1] == 0xFE) || (buf[0] == 0xFE && buf[1] == 0xFF))) {
        diag_add(diags, DIAG_ERROR, name, 1, 1, "file is UTF-16 text; save it as UTF-8");
        return false;
    }
    /* Without the BOM libyaml reads UTF-8 and counts columns from the
     * first real character. */
    if (len >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF) {
        buf += 3;
        len -= 3;
    }
    long bad = utf8_invalid_at(buf, len);
    if (bad >= 0) {
        long line, col;
        locate_offset(buf, (size_t)bad, &line, &col);
        diag_add(diags, DIAG_ERROR, name, line, col,
                 "not UTF-8 text (byte 0x%02X); save the file as UTF-8 "
                 "(it may be Windows-1252 or Latin-1)", buf[bad]);
        return false;
    }
    unsigned char *masked = mask_line_breaks(buf, len);
    bool ok = load_parsed(d, name, masked ? masked : buf, len, diags);
    if (masked && d->loaded) unmask_line_breaks(&d->doc);
    free(masked);
    return ok;
}

/* ydoc_load_buffer of text known to be UTF-8 without a BOM. */
static bool load_parsed(struct ydoc *d, const char *name, const unsigned char *buf, size_t len,
                        struct diag_list *diags)
{
    if (!depth_ok(name, buf, len, diags)) return false;
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        diag_add(diags, DIAG_ERROR, name, 0, 0, "cannot start the YAML parser");
        return false;
    }
    yaml_parser_set_input_string(&parser, buf, len);
    bool ok = yaml_parser_load(&parser, &d->doc);
    if (!ok) {
        yaml_mark_t m = parser.problem_mark;
        size_t quote_at, comma_at;
        long marker = conflict_marker_line(buf, len);
        if (marker > 0 && parser.error != YAML_READER_ERROR) {
            diag_add(diags, DIAG_ERROR, name, marker, 1,
                     "a merge conflict's marker (<<<<<<<, ======= or >>>>>>>): resolve the conflict, keep "
                     "the lines meant, and remove the markers");
        } else if (parser.error == YAML_READER_ERROR) {
            long line, col;
            locate_offset(buf, parser.problem_offset < len ? parser.problem_offset : len, &line, &col);
            diag_add(diags, DIAG_ERROR, name, line, col, "%s", parser.problem ? parser.problem : "unreadable text");
        } else if (parser.context && strcmp(parser.context, "while scanning a simple key") == 0) {
            /* libyaml notices the missing ':' on the next line; the line
             * to fix is the key's (a stray line, a conflict marker). */
            explain_missing_colon(name, buf, len, parser.context_mark, diags);
        } else if (byte_at(buf, len, m) == '\t') {
            diag_add(diags, DIAG_ERROR, name, (long)m.line + 1, (long)m.column + 1,
                     "YAML syntax: a tab; YAML is indented with spaces, never tabs");
        } else if (parser.problem && strcmp(parser.problem, "mapping values are not allowed in this context") == 0) {
            if (!explain_colon_without_space(name, buf, len, m.line >= 4 ? m.line - 4 : 0, m.line, diags))
                explain_stray_colon(name, buf, len, m, diags);
        } else if (parser.context && parser.problem && strncmp(parser.problem, "did not find expected", 21) == 0 &&
                   strncmp(parser.context, "while parsing a block", 21) == 0 &&
                   (quote_at = quote_left_open(buf, len, m)) < len) {
            long line, col;
            locate_offset(buf, quote_at, &line, &col);
            diag_add(diags, DIAG_ERROR, name, line, col,
                     "YAML syntax: this %c is not closed on its line: the value runs on to line %ld, where the "
                     "next %c ends it; close the quote", buf[quote_at], (long)m.line + 1, buf[quote_at]);
        } else if (parser.context && parser.problem && strncmp(parser.problem, "did not find expected", 21) == 0 &&
                   strncmp(parser.context, "while parsing a block", 21) == 0 &&
                   explain_colon_without_space(name, buf, len, parser.context_mark.line, m.line, diags)) {
            /* said there */
        } else if (parser.problem && strcmp(parser.problem, "did not find expected node content") == 0 &&
                   (comma_at = offset_at(buf, len, m)) + 1 < len && buf[comma_at] == ',' &&
                   isdigit(buf[comma_at + 1])) {
            /* ",3": a Dutch decimal comma without its 0; ',' starts no
             * value in YAML. */
            int digits = 0;
            while (comma_at + 1 + (size_t)digits < len && digits < 20 && isdigit(buf[comma_at + 1 + digits])) digits++;
            diag_add(diags, DIAG_ERROR, name, (long)m.line + 1, (long)m.column + 1,
                     "YAML syntax: a value cannot start with ','; a number is written with a decimal point and "
                     "its 0: 0.%.*s, not ,%.*s", digits, (const char *)buf + comma_at + 1, digits,
                     (const char *)buf + comma_at + 1);
        } else if (parser.context && parser.problem && strncmp(parser.problem, "did not find expected", 21) == 0 &&
                   strncmp(parser.context, "while parsing a block", 21) == 0) {
            /* A key or item out of line with the ones above it. */
            diag_add(diags, DIAG_ERROR, name, (long)m.line + 1, (long)m.column + 1,
                     "YAML syntax: %s %s (line %ld); check the indentation: the keys of one item, and the "
                     "dashes of one list, start in the same column", parser.problem, parser.context,
                     (long)parser.context_mark.line + 1);
        } else if (unclosed_flow_or_quote(&parser, buf, len)) {
            /* The fix goes where the brace or quote opened, not where libyaml
             * gave up, which may be the end of the file. */
            yaml_mark_t open = parser.context_mark;
            char opener = (char)byte_at(buf, len, open);
            const char *closer = opener == '{' ? "}" : opener == '[' ? "]" : opener == '\'' ? "'" : "\"";
            diag_add(diags, DIAG_ERROR, name, (long)open.line + 1, (long)open.column + 1,
                     "YAML syntax: this %c is not closed: a %s is missing (the parser gave up at line %ld, "
                     "column %ld: %s)", opener, closer, (long)m.line + 1, (long)m.column + 1, parser.problem);
        } else if (parser.context && parser.problem && strncmp(parser.problem, "did not find expected ','", 25) == 0 &&
                   strncmp(parser.context, "while parsing a flow", 20) == 0) {
            char opener = (char)byte_at(buf, len, parser.context_mark);
            diag_add(diags, DIAG_ERROR, name, (long)m.line + 1, (long)m.column + 1,
                     "YAML syntax: a ',' or %s was expected here: the entries of the %c...%s opened at line %ld, "
                     "column %ld are separated by ', ' (a value with a quote inside is quoted as a whole)",
                     opener == '[' ? "']'" : "'}'", opener, opener == '[' ? "]" : "}",
                     (long)parser.context_mark.line + 1, (long)parser.context_mark.column + 1);
        } else if (parser.problem && strcmp(parser.problem, "found undefined alias") == 0) {
            long l = (long)m.line + 1;
            size_t ll;
            const unsigned char *p = line_at(buf, len, m.line, &ll);
            size_t at = m.column < ll ? m.column : ll, end = at + 1;
            while (end < ll && !strchr(" \t,]}#", p[end])) end++;
            diag_add(diags, DIAG_ERROR, name, l, (long)m.column + 1,
                     "YAML syntax: %.*s refers to an anchor &%.*s that is not defined above it (an anchor is "
                     "written where the value first appears: 'key: &name value')",
                     (int)(end - at), (const char *)p + at, (int)(end > at + 1 ? end - at - 1 : 0),
                     (const char *)p + at + 1);
        } else if (parser.context) {
            diag_add(diags, DIAG_ERROR, name, (long)m.line + 1, (long)m.column + 1,
                     "YAML syntax: %s %s (line %ld)", parser.problem ? parser.problem : "error",
                     parser.context, (long)parser.context_mark.line + 1);
        } else {
            diag_add(diags, DIAG_ERROR, name, (long)m.line + 1, (long)m.column + 1,
                     "YAML syntax: %s", parser.problem ? parser.problem : "error");
        }
        yaml_parser_delete(&parser);
        return false;
    }
    d->loaded = true;
    if (!yaml_document_get_root_node(&d->doc)) {
        diag_add(diags, DIAG_ERROR, name, 1, 1, "file is empty");
        yaml_parser_delete(&parser);
        return false;
    }
    yaml_document_t extra;
    if (yaml_parser_load(&parser, &extra)) {
        yaml_node_t *root = yaml_document_get_root_node(&extra);
        if (root) {
            diag_add(diags, DIAG_ERROR, name, yline(root), ycol(root),
                     "a second YAML document; put each register or plan in its own file");
            ok = false;
        }
        yaml_document_delete(&extra);
    } else {
        yaml_mark_t m = parser.problem_mark;
        diag_add(diags, DIAG_ERROR, name, (long)m.line + 1, (long)m.column + 1,
                 "YAML syntax: %s", parser.problem ? parser.problem : "error");
        ok = false;
    }
    yaml_parser_delete(&parser);
    if (!ok) return false;
    return check_expansion(d, diags);
}

bool ydoc_load(struct ydoc *d, const char *path, long max_bytes, const char *what, struct diag_list *diags)
{
    memset(d, 0, sizeof *d);
    FILE *f = fopen(path, "rb");
    if (!f) {
        d->file = xstrdup(path);
        diag_add_io(diags, path, "cannot open: %s", strerror(errno));
        return false;
    }
    struct sbuf s = {0};
    char chunk[65536];
    size_t n;
    bool too_big = false;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        sbuf_addn(&s, chunk, n);
        if ((long)s.len > max_bytes) {
            too_big = true;
            break;
        }
    }
    bool read_error = ferror(f);
    int read_errno = errno;
    fclose(f);
    d->file = xstrdup(path);
    if (read_error) {
        diag_add_io(diags, path, "cannot read: %s", strerror(read_errno));
        sbuf_free(&s);
        return false;
    }
    if (too_big) {
        long line, col;
        locate_offset((const unsigned char *)s.buf, (size_t)max_bytes, &line, &col);
        char limit[32];
        if (max_bytes % (1024 * 1024) == 0) snprintf(limit, sizeof limit, "%ld MB", max_bytes / (1024 * 1024));
        else snprintf(limit, sizeof limit, "%ld KB", max_bytes / 1024);
        diag_add(diags, DIAG_ERROR, path, line, col, "the file passes %s here; %s is at most %s", limit, what, limit);
        sbuf_free(&s);
        return false;
    }
    free(d->file);
    d->file = NULL;
    bool ok = ydoc_load_buffer(d, path, (const unsigned char *)sbuf_str(&s), s.len, diags);
    sbuf_free(&s);
    return ok;
}

void ydoc_free(struct ydoc *d)
{
    if (d->loaded) yaml_document_delete(&d->doc);
    free(d->file);
    memset(d, 0, sizeof *d);
}

yaml_node_t *ydoc_root(struct ydoc *d)
{
    return d->loaded ? yaml_document_get_root_node(&d->doc) : NULL;
}

bool yis_null(const yaml_node_t *n)
{
    if (!n) return true;
    if (n->type != YAML_SCALAR_NODE || n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
        return false;
    const char *v = (const char *)n->data.scalar.value;
    return !*v || strcmp(v, "~") == 0 || strcmp(v, "null") == 0 ||
           strcmp(v, "Null") == 0 || strcmp(v, "NULL") == 0;
}

static const char *kind_name(const yaml_node_t *n)
{
    if (yis_null(n)) return "nothing";
    switch (n->type) {
    case YAML_MAPPING_NODE: return "a mapping";
    case YAML_SEQUENCE_NODE: return "a list";
    default: return "a value";
    }
}

static bool is_merge_key(const yaml_node_t *k)
{
    return k->type == YAML_SCALAR_NODE && k->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
           strcmp((const char *)k->data.scalar.value, "<<") == 0;
}

static void merge_from(struct yctx *c, yaml_node_t *src, struct ymap *out)
{
    struct ymap m = {0};
    if (!ymap_read(c, src, "merged value (<<)", &m)) return;
    for (size_t i = 0; i < m.count; i++) {
        if (ymap_pair(out, m.pairs[i].key)) continue;
        GROW(out->pairs, out->cap, out->count + 1);
        out->pairs[out->count++] = m.pairs[i];
    }
    ymap_free(&m);
}

bool ymap_read(struct yctx *c, yaml_node_t *n, const char *what, struct ymap *out)
{
    memset(out, 0, sizeof *out);
    if (!n || n->type != YAML_MAPPING_NODE) {
        yerror(c, n, "%s must be a mapping (key: value lines), got %s", what, kind_name(n));
        return false;
    }
    yaml_document_t *doc = &c->doc->doc;
    /* Every merged mapping counts, however many a key lists: the list is
     * bounded by the document's nodes, which the loader bounds. */
    yaml_node_t **merges = NULL;
    size_t nmerges = 0, cap_merges = 0;
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
        yaml_node_t *k = yaml_document_get_node(doc, p->key);
        yaml_node_t *v = yaml_document_get_node(doc, p->value);
        if (is_merge_key(k)) {
            if (v->type == YAML_SEQUENCE_NODE) {
                for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top;
                     it++) {
                    GROW(merges, cap_merges, nmerges + 1);
                    merges[nmerges++] = yaml_document_get_node(doc, *it);
                }
            } else {
                GROW(merges, cap_merges, nmerges + 1);
                merges[nmerges++] = v;
            }
            continue;
        }
        if (k->type != YAML_SCALAR_NODE) {
            yerror(c, k, "keys of %s must be plain words, got %s", what, kind_name(k));
            continue;
        }
        const char *key = (const char *)k->data.scalar.value;
        if (strlen(key) != k->data.scalar.length) {
            /* "smart_goals\0 x" would be read as smart_goals. */
            yerror(c, k, "a key of %s holds a NUL character (\\0)", what);
            continue;
        }
        const struct ypair *prev = ymap_pair(out, key);
        if (prev) {
            yerror(c, k, "duplicate key '%s' in %s (first at line %ld)", key, what, yline(prev->key_node));
            continue;
        }
        GROW(out->pairs, out->cap, out->count + 1);
        out->pairs[out->count++] = (struct ypair){key, k, v};
    }
    /* Explicit keys win over merged ones, earlier merges over later. */
    for (size_t i = 0; i < nmerges; i++) merge_from(c, merges[i], out);
    free(merges);
    return true;
}

void ymap_free(struct ymap *m)
{
    free(m->pairs);
    memset(m, 0, sizeof *m);
}

const struct ypair *ymap_pair(const struct ymap *m, const char *key)
{
    for (size_t i = 0; i < m->count; i++)
        if (strcmp(m->pairs[i].key, key) == 0) return &m->pairs[i];
    return NULL;
}

yaml_node_t *ymap_get(const struct ymap *m, const char *key)
{
    const struct ypair *p = ymap_pair(m, key);
    return p ? p->value : NULL;
}

bool ymap_check_keys(struct yctx *c, const yaml_node_t *map, const struct ymap *m,
                     const char *what, const char *const *allowed, size_t nallowed,
                     const char *const *required, size_t nrequired)
{
    bool ok = true;
    for (size_t i = 0; i < m->count; i++) {
        bool known = false;
        for (size_t j = 0; j < nallowed && !known; j++) known = strcmp(m->pairs[i].key, allowed[j]) == 0;
        if (known) continue;
        ok = false;
        struct sbuf list = {0};
        for (size_t j = 0; j < nallowed; j++) sbuf_addf(&list, "%s%s", j ? ", " : "", allowed[j]);
        const char *hint = closest_word(m->pairs[i].key, allowed, nallowed);
        if (hint)
            yerror(c, m->pairs[i].key_node, "unknown key '%s' in %s; did you mean '%s'?",
                   m->pairs[i].key, what, hint);
        else
            yerror(c, m->pairs[i].key_node, "unknown key '%s' in %s (expected one of: %s)",
                   m->pairs[i].key, what, sbuf_str(&list));
        sbuf_free(&list);
    }
    for (size_t j = 0; j < nrequired; j++) {
        if (ymap_pair(m, required[j])) continue;
        ok = false;
        yerror(c, map, "%s is missing required key '%s'", what, required[j]);
    }
    return ok;
}

bool yseq(struct yctx *c, yaml_node_t *n, const char *what, size_t *count)
{
    if (n && n->type == YAML_SCALAR_NODE && n->data.scalar.length && n->data.scalar.length <= 60 &&
        !memchr(n->data.scalar.value, '\n', n->data.scalar.length)) {
        /* "insurers: Menzis", "solution_directions: 1, 2": the list meant
         * is the value in brackets. */
        yerror(c, n, "%s must be a list, got a value: write it in brackets, [%.*s], or one '- ' item per line", what,
               (int)n->data.scalar.length, (const char *)n->data.scalar.value);
        return false;
    }
    if (!n || n->type != YAML_SEQUENCE_NODE) {
        yerror(c, n, "%s must be a list, got %s", what, kind_name(n));
        return false;
    }
    *count = (size_t)(n->data.sequence.items.top - n->data.sequence.items.start);
    return true;
}

yaml_node_t *yseq_item(struct yctx *c, yaml_node_t *seq, size_t i)
{
    return yaml_document_get_node(&c->doc->doc, seq->data.sequence.items.start[i]);
}

static bool scalar_text(struct yctx *c, yaml_node_t *n, const char *what, const char **out)
{
    if (!n || n->type != YAML_SCALAR_NODE || yis_null(n)) {
        yerror(c, n, "%s must be a value, got %s", what, kind_name(n));
        return false;
    }
    *out = (const char *)n->data.scalar.value;
    /* "\0" in a double-quoted scalar: everything after it would be lost
     * without a word, as every reader stops at the first NUL. */
    if (strlen(*out) != n->data.scalar.length) {
        yerror(c, n, "%s holds a NUL character (\\0): the text after it would be lost", what);
        return false;
    }
    return true;
}

bool ystring(struct yctx *c, yaml_node_t *n, const char *what, const char **out)
{
    if (!scalar_text(c, n, what, out)) return false;
    const char *p = *out;
    while (isspace((unsigned char)*p)) p++;
    if (!*p) {
        yerror(c, n, "%s must not be empty", what);
        return false;
    }
    return true;
}

bool yenum(struct yctx *c, yaml_node_t *n, const struct vocab *v, int *out)
{
    const char *s;
    char list[1024];
    if (!scalar_text(c, n, v->what, &s)) return false;
    int i = vocab_find(v, s);
    if (i >= 0) {
        *out = i;
        return true;
    }
    vocab_list(v, list, sizeof list);
    int meant = vocab_meant(v, s);
    if (meant >= 0)
        yerror(c, n, "%s must be one of %s (got '%s'); did you mean '%s' (%s)?", v->what, list, s,
               v->entries[meant].key, v->entries[meant].nl);
    else
        yerror(c, n, "%s must be one of %s (got '%s')", v->what, list, s);
    return false;
}

bool ydate(struct yctx *c, yaml_node_t *n, const char *what, int *days)
{
    const char *s;
    if (!scalar_text(c, n, what, &s)) return false;
    if (parse_date(s, strlen(s), days)) return true;
    int month_days = date_past_month_end(s, strlen(s));
    if (year_out_of_range(s, strlen(s)))
        yerror(c, n, "%s must be a date of the years %d to %d (got '%s')", what, DATE_YEAR_MIN, DATE_YEAR_MAX, s);
    else if (month_days)
        yerror(c, n, "%s: '%s' is no day of the calendar: that month has %d days", what, s, month_days);
    else
        yerror(c, n, "%s must be a date YYYY-MM-DD (got '%s')", what, s);
    return false;
}

/* "2.800" or "12.500.000": digits grouped by points the Dutch way. As a
   number it is 2.8, which nobody writing an amount or a count means. */
static bool dutch_thousands(const char *s)
{
    size_t lead = strspn(s, "0123456789");
    if (lead < 1 || lead > 3 || s[0] == '0' || s[lead] != '.') return false;
    for (s += lead; *s == '.'; s += 4)
        if (strspn(s + 1, "0123456789") < 3 || (s[4] && s[4] != '.')) return false;
    return *s == '\0';
}

bool yint(struct yctx *c, yaml_node_t *n, const char *what, long min, long max, long *out)
{
    const char *s;
    if (!scalar_text(c, n, what, &s)) return false;
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || !isdigit((unsigned char)s[strlen(s) - 1])) {
        if (dutch_thousands(s))
            yerror(c, n, "%s must be a whole number written without thousands points (got '%s')", what, s);
        else
            yerror(c, n, "%s must be a whole number (got '%s')", what, s);
        return false;
    }
    if (v < min || v > max) {
        if (max == LONG_MAX)
            yerror(c, n, "%s must be at least %ld (got %ld)", what, min, v);
        else
            yerror(c, n, "%s must be from %ld to %ld (got %ld)", what, min, max, v);
        return false;
    }
    *out = v;
    return true;
}

bool ynumber(struct yctx *c, yaml_node_t *n, const char *what, double *out)
{
    const char *s;
    if (!scalar_text(c, n, what, &s)) return false;
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    /* strtod also reads hexadecimal ("0x1A" is 26), which no plan means. */
    if (errno || end == s || *end || !isfinite(v) || strpbrk(s, "xX")) {
        if (strchr(s, '%'))
            yerror(c, n, "%s must be a number; write a percentage as a fraction (5%% is 0.05), got '%s'", what, s);
        else if (strchr(s, ','))
            yerror(c, n, "%s must be a number, written with a decimal point and without thousands separators "
                   "(0,6 is 0.6 and 2.500,00 is 2500), got '%s'", what, s);
        else
            yerror(c, n, "%s must be a number (got '%s')", what, s);
        return false;
    }
    *out = v;
    return true;
}

bool yamount(struct yctx *c, yaml_node_t *n, const char *what, double *out)
{
    const char *s;
    if (!scalar_text(c, n, what, &s)) return false;
    if (dutch_thousands(s)) {
        yerror(c, n, "%s is written with a thousands point (got '%s'); write amounts without one: "
               "2800 for two thousand eight hundred, 2.80 for two euros eighty", what, s);
        return false;
    }
    return ynumber(c, n, what, out);
}

bool ybool(struct yctx *c, yaml_node_t *n, const char *what, bool *out)
{
    static const char *const yes[] = {"true", "yes", "on", "y"};
    static const char *const no[] = {"false", "no", "off", "n"};
    const char *s;
    if (!scalar_text(c, n, what, &s)) return false;
    for (size_t i = 0; i < ARRAY_LEN(yes); i++) {
        if (strcasecmp(s, yes[i]) == 0) { *out = true; return true; }
        if (strcasecmp(s, no[i]) == 0) { *out = false; return true; }
    }
    yerror(c, n, "%s must be true or false (got '%s')", what, s);
    return false;
}
