#include "plan_load.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "util.h"

bool agb_valid(const char *s)
{
    size_t n = 0;
    for (; s[n]; n++)
        if (!isdigit((unsigned char)s[n])) return false;
    return n == 8;
}

bool plan_id_valid(const char *s)
{
    if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9'))) return false;
    size_t n = 0;
    for (; s[n]; n++)
        if (!((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= '0' && s[n] <= '9') || s[n] == '-'))
            return false;
    return n <= 64;
}

static struct loc at(const yaml_node_t *n)
{
    return (struct loc){yline(n), ycol(n)};
}

static char *dup_string(struct yctx *c, yaml_node_t *n, const char *what)
{
    const char *s;
    return n && ystring(c, n, what, &s) ? xstrdup(s) : NULL;
}

/* The bytes of a blank at s[0] (a space, or a Unicode space: U+00A0,
 * U+1680, U+2000..U+200A, U+202F, U+205F, U+3000), else 0. */
static size_t blank_at(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    if (len >= 1 && p[0] == ' ') return 1;
    if (len >= 2 && p[0] == 0xC2 && p[1] == 0xA0) return 2;
    if (len >= 3 && p[0] == 0xE1 && p[1] == 0x9A && p[2] == 0x80) return 3;
    if (len >= 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] <= 0x8A || p[2] == 0xAF)) return 3;
    if (len >= 3 && p[0] == 0xE2 && p[1] == 0x81 && p[2] == 0x9F) return 3;
    if (len >= 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80) return 3;
    return 0;
}

/* The bytes of a blank that ends s[0..len), else 0. */
static size_t blank_before(const char *s, size_t len)
{
    for (size_t k = 1; k <= 3 && k <= len; k++)
        if (blank_at(s + len - k, k) == k) return k;
    return 0;
}

/* A name that is shown on one line (in tables, sheet cells, the heading of
 * a patient text): a line break or another control character in it would
 * break the line, or the Markdown of a text, where it is shown. */
static char *dup_line(struct yctx *c, yaml_node_t *n, const char *what)
{
    const char *s;
    if (!n || !ystring(c, n, what, &s)) return NULL;
    /* A block scalar (name: |) ends in a line break of its own. */
    size_t len = strlen(s);
    while (len && (s[len - 1] == '\n' || s[len - 1] == '\r')) len--;
    /* "Menzis " beside "Menzis": two insurers that read as one, each
     * practice in the workbook of one of them only. A no-break space is
     * what a word processor or a web page pastes. */
    size_t lead = blank_at(s, len), trail = blank_before(s, len);
    if (len && (lead || trail)) {
        yerror(c, n, "%s '%.*s' %s with a blank%s: names are matched exactly, so write it without", what,
               (int)len, s, lead ? "starts" : "ends",
               (lead ? s[0] : s[len - trail]) == ' ' ? "" : " (a no-break or other wide space)");
        return NULL;
    }
    const unsigned char *end = (const unsigned char *)s + len;
    for (const unsigned char *p = (const unsigned char *)s; p < end; p++) {
        /* C1 controls (U+0080..U+009F: NEL, CSI, which a terminal obeys)
         * and U+2028/U+2029, the line and paragraph separators a word
         * processor pastes, break a line as surely as \n. */
        bool c1 = *p == 0xC2 && p + 1 < end && p[1] >= 0x80 && p[1] <= 0x9F;
        bool separator = *p == 0xE2 && p + 2 < end && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9);
        /* Zero-width and direction characters: not seen, or turning the
         * text around, so two names that read alike differ ("Men\u200bzis"). */
        bool hidden = (*p == 0xE2 && p + 2 < end &&
                       ((p[1] == 0x80 && ((p[2] >= 0x8B && p[2] <= 0x8F) || (p[2] >= 0xAA && p[2] <= 0xAE))) ||
                        (p[1] == 0x81 && ((p[2] >= 0xA0 && p[2] <= 0xA4) || (p[2] >= 0xA6 && p[2] <= 0xA9))))) ||
                      /* a soft hyphen, U+180E */
                      (*p == 0xC2 && p + 1 < end && p[1] == 0xAD) ||
                      (*p == 0xE1 && p + 2 < end && p[1] == 0xA0 && p[2] == 0x8E);
        bool bom = *p == 0xEF && p + 2 < end && p[1] == 0xBB && p[2] == 0xBF;
        if (hidden || bom) {
            unsigned cp = *p == 0xC2 ? p[1] : ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
            yerror(c, n, "%s holds an invisible character (U+%04X, zero-width, a soft hyphen or a change of "
                   "writing direction): two names that read alike would differ", what, cp);
            return NULL;
        }
        if (*p < 0x20 || *p == 0x7f || c1 || separator) {
            bool line_break = *p == '\n' || *p == '\r';
            yerror(c, n, "%s must be one line of text (it holds a %s)", what,
                   line_break ? "line break"
                   : separator ? "line separator U+2028 or U+2029, as a word processor pastes them"
                   : c1 && p[1] == 0x85 ? "line break U+0085, a Windows-1252 '…' read as Latin-1?"
                                        : "control character");
            return NULL;
        }
    }
    return xstrndup(s, len);
}

static bool read_agb(struct yctx *c, yaml_node_t *n, char **out)
{
    const char *s;
    if (!ystring(c, n, "AGB code", &s)) return false;
    if (agb_valid(s)) {
        *out = xstrdup(s);
        return true;
    }
    bool digits_only = true;
    for (const char *p = s; *p; p++) digits_only &= isdigit((unsigned char)*p) != 0;
    if (digits_only && strlen(s) < 8 && n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE)
        yerror(c, n, "AGB code must be exactly 8 digits (got '%s'); quote it, \"0%s\", "
               "so leading zeros are kept", s, s);
    else
        yerror(c, n, "AGB code must be exactly 8 digits (got '%s')", s);
    return false;
}

/* ---- register ---------------------------------------------------------- */

/* The patient texts print the website as a link, so it must be one: an
 * http(s) address with a host that has a dot, and nothing a browser or a
 * printed page would stumble on (spaces, quotes, angle brackets). */
static void read_website(struct yctx *c, yaml_node_t *n, char **out)
{
    const char *s;
    if (!ystring(c, n, "website", &s)) return;
    const char *host = str_starts(s, "https://") ? s + 8 : str_starts(s, "http://") ? s + 7 : NULL;
    size_t hostlen = host ? strcspn(host, "/?#") : 0;
    /* The one thing to fix, named: an address that starts right but has a
     * letter outside a-z in its host is not "an address without https://". */
    const char *why = NULL;
    if (!host)
        why = strncasecmp(s, "http", 4) == 0 ? "start it with https:// or http://, in lower case"
                                             : "start it with https://";
    else if (!hostlen || !memchr(host, '.', hostlen) || host[0] == '.' || host[hostlen - 1] == '.')
        why = "give a host with a dot after https://, such as www.praktijkdelinde.nl";
    for (const char *p = s; !why && *p; p++)
        if ((unsigned char)*p <= ' ') why = "it holds a space or control character";
    for (size_t i = 0; !why && i < hostlen; i++)
        if (!isalnum((unsigned char)host[i]) && host[i] != '.' && host[i] != '-' && host[i] != ':')
            why = (unsigned char)host[i] >= 0x80
                      ? "the host has a letter outside a-z (such as an accent); write the host in its "
                        "ASCII form (xn--...)"
                      : "the host has a character other than a-z, 0-9, '-' and '.'";
    for (const char *p = s; !why && *p; p++)
        if (strchr("\"'<>`\\{}|^", *p))
            why = "it holds a character a printed or web page stumbles on (\" ' < > ` \\ { } | ^); "
                  "write such a character percent-encoded (< as %3C)";
    if (why) {
        yerror(c, n, "website must be a web address such as https://www.praktijkdelinde.nl: %s (got '%s')", why, s);
        return;
    }
    *out = xstrdup(s);
}

/* A Dutch number has ten digits from its leading 0 ("053 123 4567",
 * "0541-123456"); an international one starts with + and its country code. */
static void read_phone(struct yctx *c, yaml_node_t *n, char **out)
{
    const char *s;
    if (!ystring(c, n, "phone", &s)) return;
    size_t digits = 0;
    bool ok = *s == '0' || *s == '+';
    for (const char *p = *s == '+' ? s + 1 : s; ok && *p; p++) {
        if (isdigit((unsigned char)*p)) digits++;
        else ok = *p == ' ' || *p == '-' || ((*p == '(' || *p == ')') && digits < 5);
    }
    ok = ok && (*s == '0' ? digits == 10 : digits >= 8 && digits <= 15);
    if (!ok) {
        yerror(c, n, "phone must be a phone number: 10 digits from its leading 0 (\"053 123 4567\") or "
               "+ and a country code (\"+31 53 123 4567\"), got '%s'", s);
        return;
    }
    *out = xstrdup(s);
}

static void read_practice(struct yctx *c, yaml_node_t *n, struct practice *p)
{
    static const char *const keys[] = {"agb", "name", "care_group", "region", "insurers", "list_size",
                                       "website", "phone"};
    static const char *const required[] = {"agb", "name", "care_group", "region", "insurers", "list_size"};
    struct ymap m;
    p->at = at(n);
    p->file = xstrdup(c->doc->file);
    if (!ymap_read(c, n, "practice", &m)) return;
    ymap_check_keys(c, n, &m, "practice", keys, ARRAY_LEN(keys), required, ARRAY_LEN(required));
    yaml_node_t *v;
    if ((v = ymap_get(&m, "agb"))) {
        p->agb_at = at(v);
        read_agb(c, v, &p->agb);
    }
    p->name = dup_line(c, ymap_get(&m, "name"), "name");
    p->care_group = dup_line(c, ymap_get(&m, "care_group"), "care_group");
    p->region = dup_line(c, ymap_get(&m, "region"), "region");
    if ((v = ymap_get(&m, "list_size"))) yint(c, v, "list_size", 1, 1000000, &p->list_size);
    if ((v = ymap_get(&m, "website")) && !yis_null(v)) read_website(c, v, &p->website);
    if ((v = ymap_get(&m, "phone")) && !yis_null(v)) read_phone(c, v, &p->phone);
    size_t count;
    if ((v = ymap_get(&m, "insurers")) && yseq(c, v, "insurers", &count)) {
        if (count == 0) yerror(c, v, "insurers must name at least one insurer (the first is the lead insurer)");
        p->insurers = xcalloc(count ? count : 1, sizeof *p->insurers);
        for (size_t i = 0; i < count; i++) {
            yaml_node_t *item = yseq_item(c, v, i);
            /* An insurer names a workbook (its title, every sheet's
             * footer): one line, as a care group or region is. */
            char *s = dup_line(c, item, "insurer");
            if (!s) continue;
            bool dup = false;
            for (size_t j = 0; j < p->ninsurers; j++) dup |= strcmp(p->insurers[j], s) == 0;
            if (dup) {
                yerror(c, item, "insurer '%s' is listed twice", s);
                free(s);
                continue;
            }
            p->insurers[p->ninsurers++] = s;
        }
    }
    ymap_free(&m);
}

bool register_load(struct yctx *c, yaml_node_t *root, struct practice_register *out)
{
    static const char *const keys[] = {"practices"};
    size_t before = c->diags->errors;
    struct ymap m;
    memset(out, 0, sizeof *out);
    out->file = xstrdup(c->doc->file);
    if (!ymap_read(c, root, "register", &m)) return false;
    ymap_check_keys(c, root, &m, "register", keys, 1, keys, 1);
    yaml_node_t *list = ymap_get(&m, "practices");
    size_t count;
    if (list && yseq(c, list, "practices", &count)) {
        out->practices = xcalloc(count ? count : 1, sizeof *out->practices);
        for (size_t i = 0; i < count; i++) {
            read_practice(c, yseq_item(c, list, i), &out->practices[i]);
            out->count++;
        }
    }
    ymap_free(&m);
    return c->diags->errors == before;
}

/* ---- plan -------------------------------------------------------------- */

static void read_date_opt(struct yctx *c, const struct ymap *m, const char *key,
                          const char *what, int *out)
{
    yaml_node_t *n = ymap_get(m, key);
    *out = DATE_NONE;
    if (n && !yis_null(n)) ydate(c, n, what, out);
}

static void read_checklist(struct yctx *c, yaml_node_t *n, enum step_id step, struct plan_step *s)
{
    const struct vocab *v = vocab_checklist(step);
    struct ymap m;
    char what[64];
    snprintf(what, sizeof what, "%s checklist", VOCAB_STEPS.entries[step].key);
    if (!ymap_read(c, n, what, &m)) return;
    s->checklist = xcalloc(m.count ? m.count : 1, sizeof *s->checklist);
    const char **keys = xcalloc(v->count, sizeof *keys);
    for (size_t i = 0; i < v->count; i++) keys[i] = v->entries[i].key;
    for (size_t i = 0; i < m.count; i++) {
        int item = vocab_find(v, m.pairs[i].key);
        if (item < 0) {
            const char *hint = closest_word(m.pairs[i].key, keys, v->count);
            char list[1024];
            if (hint)
                yerror(c, m.pairs[i].key_node, "unknown %s '%s'; did you mean '%s'?",
                       v->what, m.pairs[i].key, hint);
            else
                yerror(c, m.pairs[i].key_node, "unknown %s '%s' (expected one of: %s)",
                       v->what, m.pairs[i].key, vocab_list(v, list, sizeof list));
            continue;
        }
        bool done;
        if (!ybool(c, m.pairs[i].value, "a checklist item", &done)) continue;
        s->checklist[s->nchecklist++] = (struct checklist_item){item, done};
    }
    free(keys);
    ymap_free(&m);
}

static void read_step(struct yctx *c, yaml_node_t *n, enum step_id step, int today, struct plan_step *s)
{
    static const char *const base[] = {"status", "started", "completed", "due", "owner", "notes", "checklist"};
    const char *keys[9];
    size_t nkeys = 0;
    for (size_t i = 0; i < ARRAY_LEN(base); i++) keys[nkeys++] = base[i];
    if (step == STEP_IMPLEMENT) keys[nkeys++] = "mode";
    if (step == STEP_SCALE) keys[nkeys++] = "decision";
    static const char *const required[] = {"status"};
    const char *name = VOCAB_STEPS.entries[step].key;
    char what[64];
    snprintf(what, sizeof what, "step %s", name);
    struct ymap m;
    s->at = at(n);
    s->mode = s->decision = -1;
    s->started = s->completed = s->due = DATE_NONE;
    if (!ymap_read(c, n, what, &m)) return;
    ymap_check_keys(c, n, &m, what, keys, nkeys, required, 1);
    yaml_node_t *v;
    int idx;
    bool have_status = false;
    if ((v = ymap_get(&m, "status")) && yenum(c, v, &VOCAB_STEP_STATUS, &idx)) {
        s->status = (enum step_status)idx;
        s->status_read = have_status = true;
    }
    read_date_opt(c, &m, "started", "started", &s->started);
    read_date_opt(c, &m, "completed", "completed", &s->completed);
    read_date_opt(c, &m, "due", "due", &s->due);
    if ((v = ymap_get(&m, "owner")) && !yis_null(v)) s->owner = dup_string(c, v, "owner");
    if ((v = ymap_get(&m, "notes")) && !yis_null(v)) s->notes = dup_string(c, v, "notes");
    /* A choice left empty is an error, as triage: is (section 1): the
     * writer meant to choose and did not, which absent would hide. */
    if ((v = ymap_get(&m, "mode")) && yenum(c, v, &VOCAB_IMPLEMENT_MODE, &idx)) s->mode = idx;
    if ((v = ymap_get(&m, "decision")) && yenum(c, v, &VOCAB_SCALE_DECISION, &idx)) s->decision = idx;
    if ((v = ymap_get(&m, "checklist")) && !yis_null(v)) read_checklist(c, v, step, s);

    if (have_status) {
        yaml_node_t *status_node = ymap_get(&m, "status");
        /* An empty completed: or started: is read as absent (section 1),
         * so it lacks the date as a missing key does; a date that does not
         * parse has had its own error from ydate. */
        if (s->status == STATUS_DONE && s->completed == DATE_NONE && yis_null(ymap_get(&m, "completed")))
            yerror(c, status_node, "step %s is done, so it needs completed: YYYY-MM-DD", name);
        if (s->status == STATUS_IN_PROGRESS && s->started == DATE_NONE && yis_null(ymap_get(&m, "started")))
            yerror(c, status_node, "step %s is in_progress, so it needs started: YYYY-MM-DD", name);
        if (s->status == STATUS_NOT_STARTED && (s->started != DATE_NONE || s->completed != DATE_NONE))
            ywarning(c, status_node, "step %s is not_started but has a %s date; for a planned date use due",
                     name, s->started != DATE_NONE ? "started" : "completed");
        if (s->status == STATUS_IN_PROGRESS && s->completed != DATE_NONE)
            ywarning(c, ymap_get(&m, "completed"), "step %s is in_progress but has a completed date; "
                     "is it done?", name);
    }
    /* A date to come under completed or started is a due date written
     * in the wrong key: the step would count as done, or under way. */
    const char *const when[2] = {"completed", "started"};
    const int dates[2] = {s->completed, s->started};
    for (int k = 0; k < 2; k++) {
        if (dates[k] == DATE_NONE || dates[k] <= today) continue;
        char d[11], t[11];
        format_date(dates[k], d);
        format_date(today, t);
        ywarning(c, ymap_get(&m, when[k]), "step %s: %s %s is after today (%s); a date to come is due: "
                 "YYYY-MM-DD", name, when[k], d, t);
        break;
    }
    if (s->started != DATE_NONE && s->completed != DATE_NONE && s->completed < s->started) {
        char a[11], b[11];
        format_date(s->started, a);
        format_date(s->completed, b);
        yerror(c, ymap_get(&m, "completed"), "step %s: completed %s is before started %s; dates must not run backwards",
               name, b, a);
    }
    ymap_free(&m);
}

static void read_steps(struct yctx *c, yaml_node_t *n, int today, struct plan *p)
{
    const char *keys[STEP_COUNT];
    for (int i = 0; i < STEP_COUNT; i++) keys[i] = VOCAB_STEPS.entries[i].key;
    struct ymap m;
    if (!ymap_read(c, n, "steps", &m)) return;
    /* A step named in Dutch ("behoeften", "opschalen"), as the model's
     * documents name them: the key meant. Told once, so passed as allowed
     * to the check of the keys (which still misses the key meant). */
    const char **allowed = xcalloc(STEP_COUNT + m.count, sizeof *allowed);
    size_t nallowed = 0;
    for (int i = 0; i < STEP_COUNT; i++) allowed[nallowed++] = keys[i];
    for (size_t i = 0; i < m.count; i++) {
        if (vocab_find(&VOCAB_STEPS, m.pairs[i].key) >= 0) continue;
        int meant = vocab_meant(&VOCAB_STEPS, m.pairs[i].key);
        if (meant < 0) continue;
        yerror(c, m.pairs[i].key_node, "unknown key '%s' in steps; did you mean '%s' (step %d, %s)? the step keys "
               "are English: %s, %s, %s, %s, %s, %s", m.pairs[i].key, keys[meant], meant + 1,
               VOCAB_STEPS.entries[meant].nl, keys[0], keys[1], keys[2], keys[3], keys[4], keys[5]);
        allowed[nallowed++] = m.pairs[i].key;
    }
    ymap_check_keys(c, n, &m, "steps", allowed, nallowed, keys, STEP_COUNT);
    free(allowed);
    for (int i = 0; i < STEP_COUNT; i++) {
        yaml_node_t *v = ymap_get(&m, keys[i]);
        if (v) read_step(c, v, (enum step_id)i, today, &p->steps[i]);
    }
    /* A step under way while an earlier one has not begun is usually a
     * forgotten status update; skipped is how a plan says it on purpose. */
    for (int i = 1; i < STEP_COUNT; i++) {
        yaml_node_t *v = ymap_get(&m, keys[i]);
        enum step_status st = p->steps[i].status;
        if (!v || !p->steps[i].status_read || (st != STATUS_IN_PROGRESS && st != STATUS_DONE)) continue;
        for (int j = 0; j < i; j++) {
            if (!p->steps[j].status_read || p->steps[j].status != STATUS_NOT_STARTED) continue;
            ywarning(c, v, "step %s is %s but the earlier step %s has not started; "
                     "mark %s done or skipped", keys[i], VOCAB_STEP_STATUS.entries[st].key,
                     keys[j], keys[j]);
            break;
        }
    }
    ymap_free(&m);
}

/* key: the list's key, named when it is no list; what: one item. */
static void read_int_list(struct yctx *c, yaml_node_t *n, const char *key, const char *what, long min, long max,
                          int **out, size_t *count_out, bool at_least_one)
{
    size_t count;
    if (!yseq(c, n, key, &count)) return;
    if (at_least_one && count == 0) yerror(c, n, "%s must name at least one", what);
    *out = xcalloc(count ? count : 1, sizeof **out);
    for (size_t i = 0; i < count; i++) {
        yaml_node_t *item = yseq_item(c, n, i);
        long v;
        if (!yint(c, item, what, min, max, &v)) continue;
        bool dup = false;
        for (size_t j = 0; j < *count_out; j++) dup |= (*out)[j] == v;
        if (dup) {
            yerror(c, item, "%s %ld is listed twice", what, v);
            continue;
        }
        (*out)[(*count_out)++] = (int)v;
    }
}

static void read_enum_list(struct yctx *c, yaml_node_t *n, const char *what, const struct vocab *v,
                           int **out, size_t *count_out)
{
    size_t count;
    if (!yseq(c, n, what, &count)) return;
    *out = xcalloc(count ? count : 1, sizeof **out);
    for (size_t i = 0; i < count; i++) {
        yaml_node_t *item = yseq_item(c, n, i);
        int idx;
        if (!yenum(c, item, v, &idx)) continue;
        bool dup = false;
        for (size_t j = 0; j < *count_out; j++) dup |= (*out)[j] == idx;
        if (dup) {
            yerror(c, item, "%s '%s' is listed twice", v->what, v->entries[idx].key);
            continue;
        }
        (*out)[(*count_out)++] = idx;
    }
}

static void read_setup(struct yctx *c, yaml_node_t *n, struct plan *p)
{
    static const char *const keys[] = {"response_term_hours", "triage", "answer_moment", "offer",
                                       "policy", "address"};
    struct ymap m;
    if (!ymap_read(c, n, "setup", &m)) return;
    ymap_check_keys(c, n, &m, "setup", keys, ARRAY_LEN(keys), NULL, 0);
    yaml_node_t *v;
    int idx;
    if ((v = ymap_get(&m, "response_term_hours")))
        yint(c, v, "response_term_hours", 1, 24 * 30, &p->response_term_hours);
    if ((v = ymap_get(&m, "triage")) && yenum(c, v, &VOCAB_TRIAGE, &idx)) p->triage = idx;
    if ((v = ymap_get(&m, "answer_moment")) && yenum(c, v, &VOCAB_ANSWER_MOMENT, &idx)) p->answer_moment = idx;
    if ((v = ymap_get(&m, "offer")) && yenum(c, v, &VOCAB_OFFER, &idx)) p->offer = idx;
    if ((v = ymap_get(&m, "policy")) && yenum(c, v, &VOCAB_POLICY, &idx)) p->policy = idx;
    if ((v = ymap_get(&m, "address")) && yenum(c, v, &VOCAB_ADDRESS, &idx)) p->address = idx;
    ymap_free(&m);
}

static void read_baseline(struct yctx *c, yaml_node_t *n, struct plan_goal *g)
{
    static const char *const keys[] = {"value", "from", "to"};
    struct ymap m;
    if (!ymap_read(c, n, "baseline", &m)) return;
    ymap_check_keys(c, n, &m, "baseline", keys, ARRAY_LEN(keys), NULL, 0);
    yaml_node_t *value = ymap_get(&m, "value"), *from = ymap_get(&m, "from"), *to = ymap_get(&m, "to");
    if (value && (from || to)) {
        yerror(c, n, "baseline takes either value or from and to, not both");
    } else if (value) {
        if (ynumber(c, value, "baseline value", &g->baseline_value)) g->baseline = BASELINE_VALUE;
    } else if (from && to) {
        bool ok = ydate(c, from, "baseline from", &g->baseline_from);
        ok &= ydate(c, to, "baseline to", &g->baseline_to);
        if (ok && g->baseline_to < g->baseline_from)
            yerror(c, to, "baseline to is before baseline from");
        else if (ok)
            g->baseline = BASELINE_RANGE;
    } else {
        yerror(c, n, "baseline needs {value: X} or {from: YYYY-MM-DD, to: YYYY-MM-DD}");
    }
    ymap_free(&m);
}

static void smart_warnings(struct yctx *c, yaml_node_t *n, const struct plan *p,
                           const struct plan_goal *g, const struct metric_def *m, int today)
{
    if (m && g->has_target && g->baseline == BASELINE_VALUE && !(metric_is_ratio(m) && g->baseline_value > 1)) {
        if (metric_meets(m, g->baseline_value, g->target)) {
            char t[40], b[40];
            metric_format(m->unit, g->target, true, t, sizeof t);
            metric_format(m->unit, g->baseline_value, true, b, sizeof b);
            ywarning(c, n, "goal %s: the baseline %s already meets the target %s (%s is %s-is-better)",
                     g->id, b, t, m->id, m->higher_better ? "higher" : "lower");
        }
    }
    if (m && g->has_change) {
        if (g->change == 0)
            ywarning(c, n, "goal %s: a change of 0 sets the target equal to the baseline", g->id);
        else if (g->baseline == BASELINE_VALUE && g->baseline_value == 0)
            ywarning(c, n, "goal %s: a change of %+g%% on a baseline of 0 sets the target at 0, which the baseline "
                           "already meets; give the %s to reach as target", g->id, g->change * 100, m->id);
        else if (!m->higher_better && g->change > 0)
            ywarning(c, n, "goal %s: %s is lower-is-better, but a change of %+g%% puts the target above the baseline",
                     g->id, m->id, g->change * 100);
        else if (m->higher_better && g->change < 0)
            ywarning(c, n, "goal %s: %s is higher-is-better, but a change of %+g%% puts the target below the baseline",
                     g->id, m->id, g->change * 100);
    }
    if (g->deadline != DATE_NONE) {
        int start = plan_start_date(p);
        char d[11], s[11];
        format_date(g->deadline, d);
        if (start != DATE_NONE && g->deadline < start) {
            format_date(start, s);
            ywarning(c, n, "goal %s: deadline %s is before the plan started (%s)", g->id, d, s);
        }
        /* A goal measured against a period that ends on or after its deadline
           is over before its reference is known: its forecast has no weeks to
           run on and its status says nothing about the change. */
        if (g->baseline == BASELINE_RANGE && g->deadline <= g->baseline_to) {
            char bf[11], bt[11];
            format_date(g->baseline_from, bf);
            format_date(g->baseline_to, bt);
            ywarning(c, n, "goal %s: deadline %s is not after the baseline period (%s to %s); "
                     "a goal is measured after its baseline", g->id, d, bf, bt);
        }
        int y, mo, da;
        civil_from_days(today, &y, &mo, &da);
        int limit = valid_civil(y + 3, mo, da) ? days_from_civil(y + 3, mo, da)
                                               : days_from_civil(y + 3, mo, da - 1);
        if (g->deadline > limit)
            ywarning(c, n, "goal %s: deadline %s is more than three years ahead; a SMART goal is time-bound",
                     g->id, d);
    }
}

static void read_goal(struct yctx *c, yaml_node_t *n, const struct metric_catalog *metrics,
                      int today, struct plan *p, struct plan_goal *g)
{
    static const char *const keys[] = {"id", "metric", "target", "change", "baseline", "deadline", "notes"};
    static const char *const required[] = {"metric", "deadline"};
    struct ymap m;
    g->at = at(n);
    g->deadline = g->baseline_from = g->baseline_to = DATE_NONE;
    g->unit = -1;
    if (!ymap_read(c, n, "goal", &m)) return;
    ymap_check_keys(c, n, &m, "goal", keys, ARRAY_LEN(keys), required, ARRAY_LEN(required));
    yaml_node_t *v;
    const struct metric_def *def = NULL;
    if ((v = ymap_get(&m, "metric"))) {
        g->metric_at = at(v);
        const char *s;
        if (ystring(c, v, "metric", &s)) {
            def = metric_find(metrics, s);
            if (!def) {
                const char **ids = xcalloc(metrics->count + 1, sizeof *ids);
                struct sbuf list = {0};
                for (size_t i = 0; i < metrics->count; i++) {
                    ids[i] = metrics->defs[i].id;
                    sbuf_addf(&list, "%s%s", i ? ", " : "", ids[i]);
                }
                const char *hint = closest_word(s, ids, metrics->count);
                if (hint)
                    yerror(c, v, "unknown metric '%s'; did you mean '%s'?", s, hint);
                else
                    yerror(c, v, "unknown metric '%s' (known: %s)", s, sbuf_str(&list));
                free(ids);
                sbuf_free(&list);
            }
            g->metric = xstrdup(s);
        }
    }
    if ((v = ymap_get(&m, "id"))) {
        const char *s;
        if (ystring(c, v, "goal id", &s)) g->id = xstrdup(s);
    }
    if (!g->id) g->id = xstrdup(g->metric ? g->metric : "goal");
    if ((v = ymap_get(&m, "deadline"))) {
        g->deadline_at = at(v);
        ydate(c, v, "deadline", &g->deadline);
    }
    yaml_node_t *target = ymap_get(&m, "target"), *change = ymap_get(&m, "change");
    yaml_node_t *baseline = ymap_get(&m, "baseline");
    if (baseline) read_baseline(c, baseline, g);
    if (target && change) {
        yerror(c, change, "goal %s: give either target (absolute) or change (relative to the baseline), not both", g->id);
    } else if (target) {
        g->target_at = at(target);
        g->has_target = ynumber(c, target, "target", &g->target);
        if (g->has_target && def && metric_is_ratio(def) && (g->target < 0 || g->target > 1))
            yerror(c, target, "goal %s: %s is a fraction from 0 to 1, so target %g is impossible "
                   "(5%% is written 0.05)", g->id, def->id, g->target);
        else if (g->has_target && g->target < 0)
            yerror(c, target, "goal %s: target must not be negative", g->id);
    } else if (change) {
        g->target_at = at(change);
        g->has_change = ynumber(c, change, "change", &g->change);
        if (g->has_change && g->change <= -1)
            yerror(c, change, "goal %s: change %g would take the metric to zero or below "
                   "(-0.10 is 10%% less)", g->id, g->change);
        if (!baseline)
            yerror(c, change, "goal %s: a relative change needs a baseline: {value: X} or {from: D, to: D}", g->id);
    } else {
        yerror(c, n, "goal %s needs a target (absolute) or a change (relative to a baseline)", g->id);
    }
    if (g->baseline == BASELINE_VALUE && def && metric_is_ratio(def) &&
        (g->baseline_value < 0 || g->baseline_value > 1))
        yerror(c, baseline, "goal %s: %s is a fraction from 0 to 1, so baseline %g is impossible",
               g->id, def->id, g->baseline_value);
    else if (g->baseline == BASELINE_VALUE && g->baseline_value < 0)
        /* As a target: a change on it would set one below 0, and a rise
         * of 50% a lower one. */
        yerror(c, baseline, "goal %s: baseline must not be negative", g->id);
    else if (g->baseline == BASELINE_VALUE && g->has_change && def && metric_is_ratio(def) &&
             g->baseline_value * (1 + g->change) > 1 + 1e-9) {
        char b[40], t[40];
        metric_format(def->unit, g->baseline_value, true, b, sizeof b);
        metric_format(def->unit, g->baseline_value * (1 + g->change), true, t, sizeof t);
        yerror(c, change, "goal %s: a change of %+g%% on the baseline %s sets the target at %s, and %s cannot "
               "pass 100%%; give a smaller change, or the share to reach as target (at most 1)",
               g->id, g->change * 100, b, t, def->id);
    }
    if ((v = ymap_get(&m, "notes")) && !yis_null(v)) g->notes = dup_string(c, v, "notes");
    if (def) g->unit = (int)def->unit;
    smart_warnings(c, n, p, g, def, today);
    ymap_free(&m);
}

static void read_goals(struct yctx *c, yaml_node_t *n, const struct metric_catalog *metrics,
                       int today, struct plan *p)
{
    size_t count;
    if (!yseq(c, n, "goals", &count)) return;
    p->goals = xcalloc(count ? count : 1, sizeof *p->goals);
    for (size_t i = 0; i < count; i++) {
        yaml_node_t *item = yseq_item(c, n, i);
        struct plan_goal *g = &p->goals[p->ngoals++];
        read_goal(c, item, metrics, today, p, g);
        /* A goal that is not a mapping has no id to compare. */
        for (size_t j = 0; j + 1 < p->ngoals && g->id; j++)
            if (p->goals[j].id && strcmp(p->goals[j].id, g->id) == 0) {
                yerror(c, item, "goal id '%s' is used twice in this plan (line %ld); give each goal its own id",
                       g->id, p->goals[j].at.line);
                break;
            }
    }
}

static void read_risks(struct yctx *c, yaml_node_t *n, struct plan *p)
{
    static const char *const keys[] = {"risk", "likelihood", "impact", "mitigation"};
    static const char *const required[] = {"risk"};
    size_t count;
    if (!yseq(c, n, "risks", &count)) return;
    p->risks = xcalloc(count ? count : 1, sizeof *p->risks);
    for (size_t i = 0; i < count; i++) {
        yaml_node_t *item = yseq_item(c, n, i);
        struct plan_risk *r = &p->risks[p->nrisks++];
        r->likelihood = r->impact = -1;
        struct ymap m;
        if (!ymap_read(c, item, "risk", &m)) continue;
        ymap_check_keys(c, item, &m, "risk", keys, ARRAY_LEN(keys), required, 1);
        yaml_node_t *v;
        int idx;
        r->risk = dup_string(c, ymap_get(&m, "risk"), "risk");
        if ((v = ymap_get(&m, "likelihood")) && yenum(c, v, &VOCAB_LEVELS, &idx)) r->likelihood = idx;
        if ((v = ymap_get(&m, "impact")) && yenum(c, v, &VOCAB_LEVELS, &idx)) r->impact = idx;
        if ((v = ymap_get(&m, "mitigation")) && !yis_null(v)) r->mitigation = dup_string(c, v, "mitigation");
        ymap_free(&m);
    }
}

static void read_costs(struct yctx *c, yaml_node_t *n, struct plan *p)
{
    static const char *const keys[] = {"one_off_eur", "yearly_eur", "funding"};
    struct ymap m;
    if (!ymap_read(c, n, "costs", &m)) return;
    ymap_check_keys(c, n, &m, "costs", keys, ARRAY_LEN(keys), NULL, 0);
    yaml_node_t *v;
    if ((v = ymap_get(&m, "one_off_eur")) && yamount(c, v, "one_off_eur", &p->one_off_eur)) {
        if (p->one_off_eur < 0) yerror(c, v, "one_off_eur must not be negative");
        else p->has_one_off = true;
    }
    if ((v = ymap_get(&m, "yearly_eur")) && yamount(c, v, "yearly_eur", &p->yearly_eur)) {
        if (p->yearly_eur < 0) yerror(c, v, "yearly_eur must not be negative");
        else p->has_yearly = true;
    }
    if ((v = ymap_get(&m, "funding")))
        read_enum_list(c, v, "funding", &VOCAB_FUNDING, &p->funding, &p->nfunding);
    ymap_free(&m);
}

static void read_application(struct yctx *c, yaml_node_t *n, struct plan *p)
{
    static const char *const keys[] = {"type", "name", "vendor"};
    static const char *const required[] = {"type", "name"};
    struct ymap m;
    if (!ymap_read(c, n, "application", &m)) return;
    ymap_check_keys(c, n, &m, "application", keys, ARRAY_LEN(keys), required, 2);
    yaml_node_t *v;
    int idx;
    if ((v = ymap_get(&m, "type")) && yenum(c, v, &VOCAB_APP_TYPES, &idx)) p->app_type = idx;
    p->app_name = dup_line(c, ymap_get(&m, "name"), "application name");
    if ((v = ymap_get(&m, "vendor")) && !yis_null(v)) p->vendor = dup_string(c, v, "vendor");
    ymap_free(&m);
}

bool plan_load(struct yctx *c, yaml_node_t *root, const struct metric_catalog *metrics,
               int today, struct plan *p)
{
    static const char *const keys[] = {"plan", "title", "practice", "care_group", "application",
                                       "solution_directions", "steps", "setup", "goals", "risks",
                                       "costs", "barriers", "notes"};
    static const char *const required[] = {"plan", "title", "application", "solution_directions", "steps"};
    size_t before = c->diags->errors;
    memset(p, 0, sizeof *p);
    p->file = xstrdup(c->doc->file);
    p->app_type = -1;
    p->triage = p->answer_moment = p->offer = p->policy = p->address = -1;
    for (int s = 0; s < STEP_COUNT; s++) {
        p->steps[s].started = p->steps[s].completed = p->steps[s].due = DATE_NONE;
        p->steps[s].mode = p->steps[s].decision = -1;
    }
    p->at = at(root);
    struct ymap m;
    if (!ymap_read(c, root, "plan", &m)) return false;
    ymap_check_keys(c, root, &m, "plan", keys, ARRAY_LEN(keys), required, ARRAY_LEN(required));
    yaml_node_t *v;
    if ((v = ymap_get(&m, "plan"))) {
        const char *s;
        p->id_at = at(v);
        if (ystring(c, v, "plan id", &s)) {
            if (plan_id_valid(s)) p->id = xstrdup(s);
            else yerror(c, v, "plan id must be " PLAN_ID_RULE " (got '%s')", s);
        }
    }
    p->title = dup_line(c, ymap_get(&m, "title"), "title");
    yaml_node_t *practice = ymap_get(&m, "practice"), *group = ymap_get(&m, "care_group");
    if (practice && group) {
        yerror(c, group, "a plan belongs to a practice or to a care group, not both");
    } else if (practice) {
        p->owner_at = at(practice);
        read_agb(c, practice, &p->practice);
    } else if (group) {
        p->owner_at = at(group);
        p->care_group = dup_line(c, group, "care_group");
    } else {
        yerror(c, root, "plan needs practice: AGB (a practice plan) or care_group: NAME (a care-group plan)");
    }
    if ((v = ymap_get(&m, "application"))) read_application(c, v, p);
    if ((v = ymap_get(&m, "solution_directions")))
        read_int_list(c, v, "solution_directions", "solution direction", 1, 11, &p->directions, &p->ndirections, true);
    if ((v = ymap_get(&m, "steps"))) read_steps(c, v, today, p);
    if ((v = ymap_get(&m, "setup")) && !yis_null(v)) read_setup(c, v, p);
    if ((v = ymap_get(&m, "goals")) && !yis_null(v)) read_goals(c, v, metrics, today, p);
    if ((v = ymap_get(&m, "risks")) && !yis_null(v)) read_risks(c, v, p);
    if ((v = ymap_get(&m, "costs")) && !yis_null(v)) read_costs(c, v, p);
    if ((v = ymap_get(&m, "barriers")) && !yis_null(v))
        read_enum_list(c, v, "barriers", &VOCAB_BARRIERS, &p->barriers, &p->nbarriers);
    if ((v = ymap_get(&m, "notes")) && !yis_null(v)) p->notes = dup_string(c, v, "notes");
    if (p->ngoals == 0 && ymap_get(&m, "steps") && p->steps[STEP_PLAN].status == STATUS_DONE)
        ywarning(c, root, "the plan step is done but the plan has no goals; "
                 "goals make results measurable (SMART)");
    ymap_free(&m);
    return c->diags->errors == before;
}
