#include "comms.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const COMMS_SERVICES[] = {"econsult", "portal", "video"};
static const char *const PART_KINDS[] = {"text", "block", "poster", "screen", "card"};

void comms_term(long hours, const char *lang, char *within, size_t within_size, char *span,
                size_t span_size)
{
    bool nl = strcmp(lang, "nl") == 0;
    /* A practice answers on working days: a term of whole days is a promise
     * in working days (a question of Friday evening is answered on Monday),
     * so that is how patients are told it. */
    if (hours % 24 == 0) {
        long days = hours / 24;
        if (nl) snprintf(span, span_size, "%ld werkdag%s", days, days == 1 ? "" : "en");
        else if (days == 1) snprintf(span, span_size, "one working day");
        else snprintf(span, span_size, "%ld working days", days);
    } else {
        if (nl) snprintf(span, span_size, "%ld uur op werkdagen", hours);
        else snprintf(span, span_size, "%ld hour%s on working days", hours, hours == 1 ? "" : "s");
    }
    snprintf(within, within_size, "%s %s", nl ? "binnen" : "within", span);
}

/* ---- templates ----------------------------------------------------------- */

struct block_state {
    long line;
    bool active;                /* lines here are kept */
    bool parent_active;
    bool matched;               /* the #if's condition held */
    bool in_else;
};

struct fill {
    const char *path;
    enum comms_service service;
    struct comms_value *values;
    size_t nvalues;
    struct diag_list *diags;
    struct block_state blocks[8];
    size_t depth;
    size_t too_deep;                    /* {{#if}}s beyond blocks, reported; their {{/if}}s close them */
    struct comms_doc doc;
    enum comms_part_kind kind;
    struct sbuf part;
};

static bool active(const struct fill *f)
{
    return f->depth == 0 || f->blocks[f->depth - 1].active;
}

static void tidy_append(struct comms_doc *doc, enum comms_part_kind kind, const char *md)
{
    /* Blocks left out leave blank lines behind: one blank line between
     * paragraphs, none at either end. */
    struct sbuf out = {0};
    bool blank_pending = false;
    for (const char *p = md; *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        size_t k = 0;
        while (k < len && (p[k] == ' ' || p[k] == '\t')) k++;
        if (k == len) {
            blank_pending = out.len > 0;
        } else {
            if (blank_pending) sbuf_addc(&out, '\n');
            blank_pending = false;
            sbuf_addn(&out, p, len);
            sbuf_addc(&out, '\n');
        }
        p += len + (nl ? 1 : 0);
    }
    if (!out.len) {
        sbuf_free(&out);
        return;
    }
    GROW(doc->parts, doc->cap, doc->count + 1);
    doc->parts[doc->count++] = (struct comms_part){kind, sbuf_detach(&out)};
}

static void end_part(struct fill *f)
{
    tidy_append(&f->doc, f->kind, sbuf_str(&f->part));
    sbuf_reset(&f->part);
}

static int find_word(const char *const *words, size_t n, const char *w, size_t len)
{
    for (size_t i = 0; i < n; i++)
        if (strlen(words[i]) == len && memcmp(words[i], w, len) == 0) return (int)i;
    return -1;
}

static void list_words(const char *const *words, size_t n, struct sbuf *out)
{
    for (size_t i = 0; i < n; i++) sbuf_addf(out, "%s%s", i ? ", " : "", words[i]);
}

/* inner: the directive without its braces and the spaces inside them, of
 * which pad stood before it; col: the column of its "{{". */
static void directive(struct fill *f, long line, long col, size_t pad, const char *inner, size_t len)
{
    const char *end = inner + len;
    if (*inner == '!') return;
    if ((len == 3 || (len >= 4 && inner[3] == ' ')) && memcmp(inner, "#if", 3) == 0) {
        if (f->depth == ARRAY_LEN(f->blocks)) {
            if (!f->too_deep++)
                diag_add(f->diags, DIAG_ERROR, f->path, line, col, "{{#if}} blocks nest at most %zu deep",
                         ARRAY_LEN(f->blocks));
            return;
        }
        bool matched = false, any = false;
        for (const char *w = inner + 3; w < end;) {
            while (w < end && *w == ' ') w++;
            const char *e = w;
            while (e < end && *e != ' ') e++;
            if (e == w) break;
            any = true;
            int s = find_word(COMMS_SERVICES, ARRAY_LEN(COMMS_SERVICES), w, (size_t)(e - w));
            if (s < 0) {
                struct sbuf known = {0};
                list_words(COMMS_SERVICES, ARRAY_LEN(COMMS_SERVICES), &known);
                diag_add(f->diags, DIAG_ERROR, f->path, line, col + 2 + (long)pad + (w - inner),
                         "unknown service '%.*s' in {{#if}} (known: %s)", (int)(e - w), w, sbuf_str(&known));
                sbuf_free(&known);
            }
            matched |= s == (int)f->service;
            w = e;
        }
        if (!any) diag_add(f->diags, DIAG_ERROR, f->path, line, col, "{{#if}} names no service");
        bool parent = active(f);
        f->blocks[f->depth++] = (struct block_state){line, parent && matched, parent, matched, false};
    } else if (len == 4 && memcmp(inner, "else", 4) == 0) {
        if (f->too_deep) return;
        if (!f->depth) {
            diag_add(f->diags, DIAG_ERROR, f->path, line, col, "{{else}} without an open {{#if}}");
            return;
        }
        if (f->blocks[f->depth - 1].in_else) {
            diag_add(f->diags, DIAG_ERROR, f->path, line, col, "a second {{else}} in the {{#if}} of line %ld",
                     f->blocks[f->depth - 1].line);
            return;
        }
        struct block_state *b = &f->blocks[f->depth - 1];
        b->in_else = true;
        b->active = b->parent_active && !b->matched;
    } else if (len == 3 && memcmp(inner, "/if", 3) == 0) {
        if (f->too_deep) f->too_deep--;
        else if (!f->depth) diag_add(f->diags, DIAG_ERROR, f->path, line, col, "{{/if}} without an open {{#if}}");
        else f->depth--;
    } else if (len > 5 && memcmp(inner, "part ", 5) == 0) {
        const char *w = inner + 5;
        while (w < end && *w == ' ') w++;
        int k = find_word(PART_KINDS, ARRAY_LEN(PART_KINDS), w, (size_t)(end - w));
        if (k < 0) {
            struct sbuf known = {0};
            list_words(PART_KINDS, ARRAY_LEN(PART_KINDS), &known);
            diag_add(f->diags, DIAG_ERROR, f->path, line, col + 2 + (long)pad + (w - inner),
                     "unknown part '%.*s' (known: %s)", (int)(end - w), w, sbuf_str(&known));
            sbuf_free(&known);
            return;
        }
        if (f->depth) {
            diag_add(f->diags, DIAG_ERROR, f->path, line, col, "{{part}} cannot stand inside an {{#if}} block");
            return;
        }
        end_part(f);
        f->kind = (enum comms_part_kind)k;
    } else {
        diag_add(f->diags, DIAG_ERROR, f->path, line, col,
                 "unknown directive {{%.*s}} (known: {{#if SERVICE...}}, {{else}}, {{/if}}, {{part KIND}}, "
                 "{{! comment}})", (int)len, inner);
    }
}

static bool is_directive(const char *inner, size_t len)
{
    return len && (*inner == '#' || *inner == '/' || *inner == '!' || (len == 4 && !memcmp(inner, "else", 4)) ||
                   (len >= 5 && !memcmp(inner, "part ", 5)));
}

/* Whether a line's start up to end (blanks, quotes, brackets and emphasis
 * marks before the text) opens a block of its own: a list item, heading or
 * quote. Emphasis opened at a line's start ("**Let op") is no marker. */
static bool opens_block(const char *s, size_t start, size_t end)
{
    for (size_t k = start; k < end; k++)
        if (s[k] == '-' || s[k] == '#' || s[k] == '>' || s[k] == '+' ||
            (s[k] == '*' && (k + 1 == end || s[k + 1] == ' ')))
            return true;
    return false;
}

/* Whether text written next starts a sentence: at the start of the part,
 * of a paragraph, list item, heading or quote, or after . ! or ?, also
 * where emphasis or a quote closes after it ("**Let op.** "). A line of a
 * paragraph runs on from the line before it, as HTML and Markdown show it:
 * "U krijgt" and "{{term}} antwoord." on two lines are one sentence. */
static bool at_sentence_start(const struct sbuf *part)
{
    const char *s = part->buf;
    size_t end = s ? part->len : 0;
    for (;;) {
        size_t i = end;
        /* A backslash ending a line is Markdown's hard line break. */
        while (i && strchr(" \t\r\"'(*_\\", s[i - 1])) i--;
        size_t start = i;
        while (start && s[start - 1] != '\n') start--;
        if (i > start) {
            bool markers = true;
            for (size_t k = start; k < i && markers; k++) markers = strchr("-*+#> ", s[k]) != NULL;
            if (!markers) return s[i - 1] == '.' || s[i - 1] == '!' || s[i - 1] == '?';
        }
        if (start == 0 || opens_block(s, start, end)) return true;
        /* The line before: blank, or a heading, ends what came before. */
        size_t before = start - 1, first = before;
        while (first && s[first - 1] != '\n') first--;
        while (first < before && (s[first] == ' ' || s[first] == '\t' || s[first] == '\r')) first++;
        if (first == before || s[first] == '#') return true;
        end = before;
    }
}

static void placeholder(struct fill *f, long line, long col, const char *name, size_t len, bool keep)
{
    if (is_directive(name, len)) {
        diag_add(f->diags, DIAG_ERROR, f->path, line, col, "{{%.*s}} must stand alone on its line", (int)len, name);
        return;
    }
    for (size_t i = 0; i < f->nvalues; i++) {
        struct comms_value *v = &f->values[i];
        if (strlen(v->name) != len || memcmp(v->name, name, len) != 0) continue;
        if (!keep) return;
        if (v->value && !strncmp(v->name, "term", 4) && islower((unsigned char)v->value[0]) &&
            at_sentence_start(&f->part)) {
            /* "{{term}} krijgt u antwoord." begins "Binnen ..." */
            sbuf_addc(&f->part, (char)toupper((unsigned char)v->value[0]));
            sbuf_adds(&f->part, v->value + 1);
        } else if (v->value) {
            sbuf_adds(&f->part, v->value);
        } else if (!v->reported) {
            /* Values that share one missing key (website, website_link) name it once. */
            for (size_t k = 0; k < f->nvalues; k++)
                if (f->values[k].missing == v->missing) f->values[k].reported = true;
            diag_add(f->diags, DIAG_ERROR, v->file, v->file ? v->line : 0, 0, "%s", v->missing);
        }
        return;
    }
    const char **names = xcalloc(f->nvalues + 1, sizeof *names);
    for (size_t i = 0; i < f->nvalues; i++) names[i] = f->values[i].name;
    char *word = xstrndup(name, len);
    const char *hint = closest_word(word, names, f->nvalues);
    if (hint) {
        diag_add(f->diags, DIAG_ERROR, f->path, line, col, "unknown placeholder {{%s}}; did you mean {{%s}}?", word,
                 hint);
    } else {
        struct sbuf known = {0};
        list_words(names, f->nvalues, &known);
        diag_add(f->diags, DIAG_ERROR, f->path, line, col, "unknown placeholder {{%s}} (known: %s)", word,
                 sbuf_str(&known));
        sbuf_free(&known);
    }
    free(word);
    free(names);
}

static void fill_line(struct fill *f, long line, const char *s, size_t len)
{
    size_t lead = 0, trail = len;
    while (lead < len && (s[lead] == ' ' || s[lead] == '\t')) lead++;
    while (trail > lead && (s[trail - 1] == ' ' || s[trail - 1] == '\t')) trail--;
    if (trail - lead >= 4 && !memcmp(s + lead, "{{", 2) && !memcmp(s + trail - 2, "}}", 2) &&
        !memmem(s + lead + 2, trail - lead - 4, "}}", 2)) {
        /* Spaces inside the braces are allowed: {{ #if video }}. */
        const char *inner = s + lead + 2;
        size_t ilen = trail - lead - 4, pad = 0;
        while (ilen && *inner == ' ') inner++, ilen--, pad++;
        while (ilen && inner[ilen - 1] == ' ') ilen--;
        if (is_directive(inner, ilen)) {
            directive(f, line, (long)utf8_width(s, lead) + 1, pad, inner, ilen);
            return;
        }
    }
    bool keep = active(f);
    size_t i = 0;
    while (i < len) {
        const char *open = memmem(s + i, len - i, "{{", 2);
        size_t upto = open ? (size_t)(open - s) : len;
        if (keep) sbuf_addn(&f->part, s + i, upto - i);
        if (!open) break;
        long col = (long)utf8_width(s, upto) + 1;
        const char *close = memmem(open + 2, len - upto - 2, "}}", 2);
        if (!close) {
            diag_add(f->diags, DIAG_ERROR, f->path, line, col, "'{{' without '}}' on the same line");
            return;
        }
        const char *name = open + 2;
        size_t nlen = (size_t)(close - name);
        while (nlen && *name == ' ') name++, nlen--;
        while (nlen && name[nlen - 1] == ' ') nlen--;
        placeholder(f, line, col, name, nlen, keep);
        i = (size_t)(close - s) + 2;
        /* "U belt met {{practice}}." of a practice named "... & Zn.": one
         * full stop, as a sentence ending in an abbreviation has (an
         * ellipsis after it is left whole). */
        if (keep && i < len && s[i] == '.' && (i + 1 == len || s[i + 1] != '.') && f->part.len &&
            f->part.buf[f->part.len - 1] == '.')
            i++;
    }
    if (keep) sbuf_addc(&f->part, '\n');
}

static int read_file(const char *path, struct sbuf *out, struct eh_error *err)
{
    const char *why = read_regular_file(path, out);
    return why ? eh_fail(err, EH_IO, path, 0, 0, "cannot read the template: %s", why) : EH_OK;
}

int comms_fill(const char *path, enum comms_service service, struct comms_value *values, size_t nvalues,
               struct comms_doc *doc, struct diag_list *diags, struct eh_error *err)
{
    struct sbuf text = {0};
    if (read_file(path, &text, err)) {
        sbuf_free(&text);
        return EH_IO;
    }
    size_t errors_before = diags->errors;
    const char *s = sbuf_str(&text);
    size_t total = text.len;
    if (total >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3)) s += 3, total -= 3;
    long bad = utf8_invalid_at((const unsigned char *)s, total);
    if (bad >= 0 || memchr(s, '\0', total)) {
        long at = bad >= 0 ? bad : (long)((const char *)memchr(s, '\0', total) - s);
        long line = 1;
        const char *start = s;
        for (long k = 0; k < at; k++)
            if (s[k] == '\n') line++, start = s + k + 1;
        diag_add(diags, DIAG_ERROR, path, line, (long)utf8_width(start, (size_t)(s + at - start)) + 1,
                 "the template is not UTF-8 text");
        sbuf_free(&text);
        return EH_INVALID;
    }
    struct fill f = {path, service, values, nvalues, diags, {{0}}, 0, 0, {0}, PART_TEXT, {0}};
    long line = 0;
    for (const char *p = s; p < s + total;) {
        const char *nl = memchr(p, '\n', (size_t)(s + total - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(s + total - p);
        line++;
        fill_line(&f, line, p, len && p[len - 1] == '\r' ? len - 1 : len);
        p += len + (nl ? 1 : 0);
    }
    for (size_t k = f.depth; k > 0; k--)
        diag_add(diags, DIAG_ERROR, path, f.blocks[k - 1].line, 0, "{{#if}} without its {{/if}}");
    end_part(&f);
    sbuf_free(&f.part);
    sbuf_free(&text);
    if (diags->errors > errors_before) {
        comms_doc_free(&f.doc);
        return EH_INVALID;
    }
    for (size_t k = 0; k < f.doc.count; k++) {
        GROW(doc->parts, doc->cap, doc->count + 1);
        doc->parts[doc->count++] = f.doc.parts[k];
    }
    free(f.doc.parts);
    return EH_OK;
}

void comms_doc_free(struct comms_doc *doc)
{
    for (size_t i = 0; i < doc->count; i++) free(doc->parts[i].md);
    free(doc->parts);
    memset(doc, 0, sizeof *doc);
}

/* ---- writers ------------------------------------------------------------- */

void comms_write_md(const struct comms_doc *doc, struct sbuf *out)
{
    for (size_t i = 0; i < doc->count; i++) {
        if (i) sbuf_addc(out, '\n');
        sbuf_adds(out, doc->parts[i].md);
    }
}

enum inline_mode { INLINE_TXT, INLINE_HTML };

void comms_md_escape(struct sbuf *out, const char *s)
{
    /* A value may open a line ("Met vriendelijke groet,\" then the name):
     * "1. Huisartsen", "- Praktijk" or a lone "+" there would start a
     * list, and "---" or "===" (blanks between or not) would make the line
     * before a heading, or be a rule. '*' and '_' are escaped below. */
    size_t digits = strspn(s, "0123456789");
    bool ends_marker = s[0] && (s[1] == ' ' || s[1] == '\t' || !s[1]);
    bool rule = (s[0] == '-' || s[0] == '=') && !s[strspn(s, s[0] == '-' ? "- \t" : "= \t")];
    if (((s[0] == '-' || s[0] == '+') && ends_marker) || rule) {
        sbuf_addc(out, '\\');
    } else if (digits && digits <= 9 && s[digits] == '.' &&
               (s[digits + 1] == ' ' || s[digits + 1] == '\t' || !s[digits + 1])) {  /* ')' is escaped below */
        sbuf_addn(out, s, digits);
        sbuf_addc(out, '\\');
        s += digits;
    }
    for (; *s; s++) {
        /* '&' too: "&amp;" or "&copy;" in a name is a character reference
         * to a Markdown reader, shown as "&" or "(c)". */
        if (strchr("\\`*_[]()<>#!|~&", *s)) sbuf_addc(out, '\\');
        sbuf_addc(out, *s);
    }
}

static void html_escape(struct sbuf *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        switch (s[i]) {
        case '&': sbuf_adds(out, "&amp;"); break;
        case '<': sbuf_adds(out, "&lt;"); break;
        case '>': sbuf_adds(out, "&gt;"); break;
        case '"': sbuf_adds(out, "&quot;"); break;
        default: sbuf_addc(out, s[i]);
        }
    }
}

/* An address as a reader writes it: no scheme, no closing slash. */
static void url_display(const char *url, size_t n, const char **start, size_t *len)
{
    static const char *const schemes[] = {"https://", "http://", "tel:", "mailto:"};
    for (size_t i = 0; i < ARRAY_LEN(schemes); i++) {
        size_t k = strlen(schemes[i]);
        if (n >= k && !memcmp(url, schemes[i], k)) {
            url += k;
            n -= k;
            break;
        }
    }
    if (n && url[n - 1] == '/') n--;
    *start = url;
    *len = n;
}

/* **bold** and [text](url), and a backslash before punctuation (a value
 * escaped by comms_md_escape); everything else is text. */
static void render_inline(struct sbuf *out, const char *s, size_t n, enum inline_mode mode)
{
    bool bold = false;
    for (size_t i = 0; i < n;) {
        if (s[i] == '\\' && i + 1 < n && ispunct((unsigned char)s[i + 1])) {
            if (mode == INLINE_HTML) html_escape(out, s + i + 1, 1);
            else sbuf_addc(out, s[i + 1]);
            i += 2;
            continue;
        }
        if (i + 1 < n && s[i] == '*' && s[i + 1] == '*') {
            if (mode == INLINE_HTML) sbuf_adds(out, bold ? "</strong>" : "<strong>");
            bold = !bold;
            i += 2;
            continue;
        }
        if (s[i] == '[') {
            /* The text's own brackets are escaped (\]): the link text ends
             * at the first bracket that is not. */
            const char *close = NULL;
            for (size_t k = i + 1; k < n && !close; k++) {
                if (s[k] == '\\' && k + 1 < n) k++;
                else if (s[k] == ']') close = s + k;
            }
            const char *paren = close && (size_t)(close - s) + 1 < n && close[1] == '(' ? close + 2 : NULL;
            /* An address may hold parentheses of its own: the link ends at
             * the one that closes the opening. */
            const char *end = NULL;
            for (int depth = 0, k = 0; paren && paren + k < s + n && !end; k++) {
                if (paren[k] == '(') depth++;
                else if (paren[k] == ')' && depth-- == 0) end = paren + k;
            }
            if (end) {
                const char *text = s + i + 1;
                size_t tlen = (size_t)(close - text);
                /* The address as registered: an '&' of it is escaped (\&),
                 * as "&amp;" there would be a character reference. */
                struct sbuf addr = {0};
                for (const char *a = paren; a < end; a++) {
                    if (*a == '\\' && a + 1 < end && ispunct((unsigned char)a[1])) a++;
                    sbuf_addc(&addr, *a);
                }
                const char *url = sbuf_str(&addr);
                size_t ulen = addr.len;
                if (mode == INLINE_HTML) {
                    sbuf_adds(out, "<a href=\"");
                    html_escape(out, url, ulen);
                    sbuf_adds(out, "\">");
                    render_inline(out, text, tlen, mode);
                    sbuf_adds(out, "</a>");
                } else {
                    const char *target;
                    size_t tgt_len;
                    url_display(url, ulen, &target, &tgt_len);
                    /* As a reader types it: %29 is the ')' it stands for. */
                    struct sbuf decoded = {0};
                    for (size_t k = 0; k < tgt_len; k++) {
                        if (target[k] == '%' && k + 2 < tgt_len &&
                            isxdigit((unsigned char)target[k + 1]) && isxdigit((unsigned char)target[k + 2])) {
                            char hex[3] = {target[k + 1], target[k + 2], 0};
                            sbuf_addc(&decoded, (char)strtol(hex, NULL, 16));
                            k += 2;
                        } else {
                            sbuf_addc(&decoded, target[k]);
                        }
                    }
                    const char *shown = sbuf_str(&decoded);
                    size_t slen = decoded.len;
                    /* The text as read (an escaped e\_consult is e_consult). */
                    size_t before = out->len;
                    render_inline(out, text, tlen, mode);
                    const char *read = out->buf + before;
                    size_t rlen = out->len - before;
                    if (slen != rlen || memcmp(shown, read, rlen) != 0) {
                        sbuf_adds(out, " (");
                        sbuf_addn(out, shown, slen);
                        sbuf_addc(out, ')');
                    }
                    sbuf_free(&decoded);
                }
                sbuf_free(&addr);
                i = (size_t)(end - s) + 1;
                continue;
            }
        }
        if (mode == INLINE_HTML) html_escape(out, s + i, 1);
        else sbuf_addc(out, s[i]);
        i++;
    }
    if (bold && mode == INLINE_HTML) sbuf_adds(out, "</strong>");
}

static int heading_level(const char *s, size_t n)
{
    int level = 0;
    while ((size_t)level < n && s[level] == '#') level++;
    return level >= 1 && level <= 3 && (size_t)level < n && s[level] == ' ' ? level : 0;
}

/* A list item: "- text" (bulleted) or "1. text" (numbered); the length of
 * the marker, or 0. */
static size_t item_marker(const char *s, size_t n, bool *numbered)
{
    *numbered = false;
    if (n >= 2 && s[0] == '-' && s[1] == ' ') return 2;
    size_t k = 0;
    while (k < n && k < 3 && s[k] >= '0' && s[k] <= '9') k++;
    if (k && k + 1 < n && s[k] == '.' && s[k + 1] == ' ') {
        *numbered = true;
        return k + 2;
    }
    return 0;
}

static void txt_part(struct sbuf *out, const char *md)
{
    for (const char *p = md; *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        int level = heading_level(p, len);
        if (level) {
            size_t before = out->len;
            render_inline(out, p + level + 1, len - (size_t)level - 1, INLINE_TXT);
            size_t width = utf8_width(out->buf + before, out->len - before);
            if (level < 3) {
                sbuf_addc(out, '\n');
                for (size_t k = 0; k < width; k++) sbuf_addc(out, level == 1 ? '=' : '-');
            }
        } else {
            /* A closing backslash is Markdown's line break; plain text keeps
             * its lines anyway. */
            render_inline(out, p, len && p[len - 1] == '\\' ? len - 1 : len, INLINE_TXT);
        }
        sbuf_addc(out, '\n');
        p += len + (nl ? 1 : 0);
    }
}

void comms_write_txt(const struct comms_doc *doc, struct sbuf *out)
{
    for (size_t i = 0; i < doc->count; i++) {
        if (i) sbuf_addc(out, '\n');
        txt_part(out, doc->parts[i].md);
    }
}

/* Markdown blocks to HTML: headings, paragraphs (lines joined), bulleted
 * and numbered lists. The
 * first-level heading is the label the team reads, not the patient. */
static void html_blocks(struct sbuf *out, const char *md, bool with_label)
{
    enum { NONE, PARA, BULLETS, NUMBERS } open = NONE;
    for (const char *p = md;;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        bool end = !*p, numbered = false;
        int level = end ? 0 : heading_level(p, len);
        size_t marker = end ? 0 : item_marker(p, len, &numbered);
        int list = !marker ? NONE : numbered ? NUMBERS : BULLETS;
        bool item = marker > 0;
        bool blank = end || len == 0;
        if (open == PARA && (blank || level || item)) sbuf_adds(out, "</p>\n"), open = NONE;
        if ((open == BULLETS || open == NUMBERS) && list != (int)open)
            sbuf_adds(out, open == BULLETS ? "</ul>\n" : "</ol>\n"), open = NONE;
        if (end) break;
        if (level) {
            /* Only the heading that opens a part is its label; a later
             * first-level heading is a heading of the text (it was dropped,
             * words a template wrote lost from the page). */
            int shown = level == 1 && !with_label ? 2 : level;
            sbuf_addf(out, "<h%d%s>", shown, shown == 1 ? " class=\"label\"" : "");
            render_inline(out, p + level + 1, len - (size_t)level - 1, INLINE_HTML);
            sbuf_addf(out, "</h%d>\n", shown);
        } else if (item) {
            if (open == NONE) {
                sbuf_adds(out, numbered ? "<ol>\n" : "<ul>\n");
                open = numbered ? NUMBERS : BULLETS;
            }
            sbuf_adds(out, "<li>");
            render_inline(out, p + marker, len - marker, INLINE_HTML);
            sbuf_adds(out, "</li>\n");
        } else if (!blank) {
            sbuf_adds(out, open == PARA ? "\n" : "<p>");
            open = PARA;
            bool hard_break = p[len - 1] == '\\';
            render_inline(out, p, hard_break ? len - 1 : len, INLINE_HTML);
            if (hard_break) sbuf_adds(out, "<br>");
        }
        p += len + (nl ? 1 : 0);
    }
}

/* The label: the part's first-level heading, when it opens the part. */
static const char *after_label(const char *md, struct sbuf *label)
{
    const char *nl = strchr(md, '\n');
    size_t len = nl ? (size_t)(nl - md) : strlen(md);
    if (heading_level(md, len) != 1) return md;
    sbuf_addn(label, md, len);
    sbuf_addc(label, '\n');
    return md + len + (nl ? 1 : 0);
}

static const char PAGE_STYLE[] =
    "@page { size: A4; margin: 18mm 20mm 16mm; }\n"
    "@page full { size: A4; margin: 0; }\n"
    "* { box-sizing: border-box; }\n"
    "body { margin: 0; color: #1a1a1a; font: 11pt/1.4 \"DejaVu Sans\", Arial, Helvetica, sans-serif;\n"
    "  overflow-wrap: anywhere; }\n"
    "h1.label { margin: 0 0 7mm; padding-bottom: 1.5mm; border-bottom: 0.3mm solid #888; color: #555;\n"
    "  font-size: 9.5pt; font-weight: normal; letter-spacing: 0.02em; }\n"
    "h2 { margin: 0 0 4mm; color: #0b4f6c; font-size: 18pt; line-height: 1.2; }\n"
    "h3 { margin: 4mm 0 1.5mm; font-size: 12pt; }\n"
    "p, ul, ol { margin: 0 0 3mm; }\n"
    "ul, ol { padding-left: 7mm; }\n"
    "a { color: #0b4f6c; }\n"
    ".part + .part { break-before: page; }\n"
    ".block .box { padding: 6mm 7mm; border: 0.6mm solid #0b4f6c; border-radius: 3mm; }\n"
    ".poster, .card { page: full; }\n"
    ".poster .page { display: flex; flex-direction: column; justify-content: center; width: 210mm;\n"
    "  height: 296mm; overflow: hidden; padding: 20mm 20mm; line-height: 1.35; }\n"
    ".poster h2 { margin-bottom: 12mm; font-size: 2.16em; line-height: 1.08; }\n"
    ".poster h3 { margin: 14mm 0 4mm; font-size: 1.24em; }\n"
    ".poster ul { padding-left: 12mm; }\n"
    ".screen .frame { width: 170mm; aspect-ratio: 16 / 9; overflow: hidden; padding: 8mm 11mm;\n"
    "  background: #0b4f6c; color: #fff; line-height: 1.35;\n"
    "  -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
    ".screen .frame h2, .screen .frame a { color: #fff; }\n"
    ".screen .frame h2 { font-size: 1.647em; }\n"
    ".sheet { position: relative; width: 210mm; height: 296mm; overflow: hidden; }\n"
    ".sheet .c { position: absolute; width: 85mm; height: 55mm; overflow: hidden; padding: 4mm 4.5mm;\n"
    "  line-height: 1.3; }\n"
    ".sheet .c h2 { margin: 0 0 2mm; font-size: 1.412em; }\n"
    ".sheet .c p, .sheet .c ul, .sheet .c ol { margin: 0 0 1mm; }\n"
    ".sheet .c ul, .sheet .c ol { padding-left: 4mm; }\n"
    ".mark { position: absolute; background: #000; }\n"
    "@media screen {\n"
    "  body { background: #e8e8e8; }\n"
    "  .part { max-width: 210mm; margin: 8mm auto; padding: 14mm 16mm; background: #fff;\n"
    "    box-shadow: 0 0 2mm #999; }\n"
    "  .poster, .card { padding: 4mm 0 0; }\n"
    "  .poster h1.label, .card h1.label { margin: 0 16mm 4mm; }\n"
    "}\n"
    "@media print { .poster h1.label, .card h1.label { display: none; } }\n";

/* How a fixed box (a poster page, a card) sets its text: the box's inner
 * size, the body's type size, and the headings' sizes and gaps relative to
 * it, as in PAGE_STYLE. */
struct box_layout {
    double width_mm, height_mm;
    double body_pt, line;               /* type size and line height of the body */
    double h2_em, h2_line, h2_gap_mm;   /* second-level heading */
    double h3_em, h3_gap_mm;            /* third-level heading (line height as the body) */
    double para_gap_mm, indent_mm;      /* after a paragraph; a list's indent */
};

#define PT_MM (25.4 / 72)

/* The advance of a character in DejaVu Sans (regular), in em; the
 * fallback fonts are narrower. Beyond ASCII: an average letter. */
static double char_em(unsigned char c)
{
    static const double lower[26] = {0.613, 0.635, 0.550, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278,
                                     0.278, 0.579, 0.278, 0.974, 0.634, 0.612, 0.635, 0.635, 0.411,
                                     0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525};
    static const double upper[26] = {0.684, 0.686, 0.698, 0.770, 0.632, 0.575, 0.775, 0.752, 0.295,
                                     0.295, 0.656, 0.557, 0.863, 0.748, 0.787, 0.603, 0.787, 0.695,
                                     0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685};
    if (c >= 'a' && c <= 'z') return lower[c - 'a'];
    if (c >= 'A' && c <= 'Z') return upper[c - 'A'];
    if (c >= '0' && c <= '9') return 0.636;
    if (c >= 0x80) return 0.62;
    if (strchr(" .,:;'!|", c)) return 0.318;
    if (strchr("/-()[]", c)) return 0.39;
    if (c == '@') return 1.0;
    return 0.6;
}

/* Lines the words of one block take at a type size, wrapped as a browser
 * wraps them: at spaces and after a hyphen, and inside a word longer than
 * the line (overflow-wrap in PAGE_STYLE), which sets *broken. Widths are
 * a little above DejaVu Sans's (bold is some 11 % wider), so the estimate
 * errs long. */
static int wrapped_lines(const char *s, size_t n, double width_mm, double pt, bool bold, bool *broken)
{
    double em_mm = pt * PT_MM * (bold ? 1.13 : 1.02);
    double line = width_mm / em_mm;     /* the line's width in em */
    int lines = 1;
    double at = 0;
    bool hyphen_before = false;
    for (size_t i = 0; i < n;) {
        while (i < n && s[i] == ' ') i++;
        double word = 0;
        bool hyphen = false;
        for (; i < n && s[i] != ' ' && !hyphen; i++) {
            unsigned char c = (unsigned char)s[i];
            if ((c & 0xC0) != 0x80 && c != '*') word += char_em(c);
            hyphen = c == '-' && word > 0.5;
        }
        if (word == 0) continue;
        double need = at > 0 ? at + (hyphen_before ? 0 : char_em(' ')) + word : word;
        hyphen_before = hyphen;
        if (need <= line) {
            at = need;
            continue;
        }
        if (at > 0) lines++;
        if (word > line) {
            *broken = true;
            int more = (int)(word / line);
            lines += more;
            word -= more * line;
        }
        at = word;
    }
    return lines;
}

/* The height, in mm, the part's Markdown takes in the box at scale times
 * its type sizes; *broken when a word (an address) is longer than a line. */
static double text_height(const char *md, const struct box_layout *b, double scale, bool *broken)
{
    double pt = b->body_pt * scale, h = 0, gap = 0;
    *broken = false;
    for (const char *p = md; *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        bool numbered;
        int level = heading_level(p, len);
        size_t marker = item_marker(p, len, &numbered);
        if (level == 1 || level == 2) {  /* a body's first-level heading shows as a second */
            double size = pt * b->h2_em;
            h += gap + wrapped_lines(p + level + 1, len - (size_t)level - 1, b->width_mm, size, true, broken) *
                 size * b->h2_line * PT_MM;
            gap = b->h2_gap_mm;
        } else if (level == 3) {
            double size = pt * b->h3_em;
            h += (h ? b->h3_gap_mm : 0) + wrapped_lines(p + 4, len - 4, b->width_mm, size, true, broken) * size * b->line * PT_MM;
            gap = b->para_gap_mm;
        } else if (level == 0 && len) {
            const char *text = p + marker;
            size_t tlen = len - marker;
            double width = b->width_mm - (marker ? b->indent_mm : 0);
            bool bold = tlen >= 2 && text[0] == '*' && text[1] == '*';
            h += gap + wrapped_lines(text, tlen, width, pt, bold, broken) * pt * b->line * PT_MM;
            gap = marker ? 0 : b->para_gap_mm;
        }
        p += len + (nl ? 1 : 0);
        if (!nl) break;
    }
    return h;
}

/* The largest of the type sizes tried (100 % down to 55 %) at which the
 * text fits the box with every word on one line: a long practice name or
 * website makes the type smaller instead of pushing the last lines (the
 * 112 line) off the card, or cutting an address in two. Below that, an
 * address is broken where it must be (overflow-wrap). */
static double fit_scale(const char *md, const struct box_layout *b, bool *fits)
{
    int percent = 100;
    bool broken;
    while (percent > 55 && (text_height(md, b, percent / 100.0, &broken) > b->height_mm || broken)) percent -= 5;
    *fits = text_height(md, b, percent / 100.0, &broken) <= b->height_mm;
    return percent / 100.0;
}

/* PAGE_STYLE's .poster .page, .sheet .c and .screen .frame, less their
 * padding; the poster's text is centred on the page and may run into its
 * padding, up to 6 mm from the sheet's edges, where a printer still prints. */
static const struct box_layout POSTER_BOX = {170, 284, 25, 1.35, 54.0 / 25, 1.08, 12, 31.0 / 25, 14, 3, 12};
static const struct box_layout CARD_BOX = {76, 47, 8.5, 1.3, 12.0 / 8.5, 1.2, 2, 1, 1, 1, 4};
static const struct box_layout SCREEN_BOX = {148, 79.6, 17, 1.35, 28.0 / 17, 1.2, 4, 12.0 / 17, 4, 3, 7};

/* Ten 85 x 55 mm cards, two across and five down, centred on the sheet, with
 * cutting marks in the margins at every cutting line. */
static void card_sheet(struct sbuf *out, const char *card_html, double pt)
{
    const double left = 20, top = 10.5, w = 85, h = 55;
    sbuf_adds(out, "<div class=\"sheet\">\n");
    for (int r = 0; r < 5; r++)
        for (int c = 0; c < 2; c++) {
            sbuf_addf(out, "<div class=\"c\" style=\"left: %gmm; top: %gmm; font-size: %.3gpt\">\n", left + c * w,
                      top + r * h, pt);
            sbuf_adds(out, card_html);
            sbuf_adds(out, "</div>\n");
        }
    for (int c = 0; c <= 2; c++) {
        double x = left + c * w - 0.1;
        sbuf_addf(out, "<div class=\"mark\" style=\"left: %gmm; top: 2mm; width: 0.2mm; height: 6.5mm\"></div>\n", x);
        sbuf_addf(out, "<div class=\"mark\" style=\"left: %gmm; top: %gmm; width: 0.2mm; height: 6.5mm\"></div>\n", x,
                  top + 5 * h + 2);
    }
    for (int r = 0; r <= 5; r++) {
        double y = top + r * h - 0.1;
        sbuf_addf(out, "<div class=\"mark\" style=\"left: 11mm; top: %gmm; width: 7mm; height: 0.2mm\"></div>\n", y);
        sbuf_addf(out, "<div class=\"mark\" style=\"left: 192mm; top: %gmm; width: 7mm; height: 0.2mm\"></div>\n", y);
    }
    sbuf_adds(out, "</div>\n");
}

size_t comms_write_html(const struct comms_doc *doc, const char *lang, const char *title, struct sbuf *out)
{
    size_t too_long = 0;
    bool fits = true;
    sbuf_addf(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
              lang);
    html_escape(out, title, strlen(title));
    sbuf_addf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", PAGE_STYLE);
    for (size_t i = 0; i < doc->count; i++) {
        const struct comms_part *part = &doc->parts[i];
        struct sbuf label = {0}, inner = {0};
        const char *body = after_label(part->md, &label);
        sbuf_addf(out, "<section class=\"part %s\">\n", PART_KINDS[part->kind]);
        html_blocks(out, sbuf_str(&label), true);
        html_blocks(&inner, body, false);
        switch (part->kind) {
        case PART_TEXT: sbuf_adds(out, sbuf_str(&inner)); break;
        case PART_BLOCK: sbuf_addf(out, "<div class=\"box\">\n%s</div>\n", sbuf_str(&inner)); break;
        case PART_POSTER:
            sbuf_addf(out, "<div class=\"page\" style=\"font-size: %.3gpt\">\n%s</div>\n",
                      POSTER_BOX.body_pt * fit_scale(body, &POSTER_BOX, &fits), sbuf_str(&inner));
            break;
        case PART_SCREEN:
            sbuf_addf(out, "<div class=\"frame\" style=\"font-size: %.3gpt\">\n%s</div>\n",
                      SCREEN_BOX.body_pt * fit_scale(body, &SCREEN_BOX, &fits), sbuf_str(&inner));
            break;
        case PART_CARD: card_sheet(out, sbuf_str(&inner), CARD_BOX.body_pt * fit_scale(body, &CARD_BOX, &fits)); break;
        }
        too_long += !fits;
        fits = true;
        sbuf_adds(out, "</section>\n");
        sbuf_free(&label);
        sbuf_free(&inner);
    }
    sbuf_adds(out, "</body>\n</html>\n");
    return too_long;
}
