/* comms: patient communication texts for one plan, filled from the plan and
 * the register (docs/comms.md). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cmd.h"
#include "comms.h"
#include "db.h"
#include "out_file.h"
#include "paths.h"
#include "plan_store.h"
#include "metric_eval.h"
#include "util.h"

static const char *const CHANNELS[] = {"website", "phone", "waiting-room", "newsletter", "card", "replies"};
static const char *const FORMATS[] = {"md", "html", "txt"};
static const char *const FORMAT_NAMES[] = {"Markdown", "HTML", "plain text"};
enum text_format { TEXT_MD, TEXT_HTML, TEXT_TXT };

/* What the texts are filled from: the plan, and the practice they speak for. */
struct comms_facts {
    char *app_type, *app_name, *plan_care_group;
    bool informal;                      /* setup.address: informal (je) */
    long term_hours;
    long long practice_id;              /* the plan's practice; 0 for a care-group plan */
    long long speaks_for;               /* the practice the texts are for */
    char *agb, *practice, *care_group, *website, *phone, *source;
    char *retired_at;                   /* when the plan was retired; NULL: active */
};

static void facts_free(struct comms_facts *f)
{
    free(f->app_type);
    free(f->app_name);
    free(f->plan_care_group);
    free(f->agb);
    free(f->practice);
    free(f->care_group);
    free(f->website);
    free(f->phone);
    free(f->source);
    free(f->retired_at);
}

static char *dup_text(sqlite3_stmt *st, int i)
{
    const char *s = db_text(st, i);
    return s ? xstrdup(s) : NULL;
}

static int read_plan(sqlite3 *db, const char *id, struct comms_facts *f, bool *found, struct eh_error *err)
{
    sqlite3_stmt *st;
    if (db_prepare(db, &st,
                   "SELECT app_type, app_name, coalesce(response_term_hours, 24), care_group, practice_id, "
                   "address = 'informal', retired_at FROM plans WHERE id = ?1", err))
        return EH_IO;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    int rc;
    *found = db_next(st, &rc, err, "reading the plan");
    if (*found) {
        f->app_type = dup_text(st, 0);
        f->app_name = dup_text(st, 1);
        f->term_hours = sqlite3_column_int(st, 2);
        f->plan_care_group = dup_text(st, 3);
        f->practice_id = sqlite3_column_int64(st, 4);
        f->informal = sqlite3_column_int(st, 5) == 1;
        f->retired_at = dup_text(st, 6);
    }
    sqlite3_finalize(st);
    return rc;
}

/* The practice by its row (a practice plan) or by AGB within the plan's
 * care group (a care-group plan). */
static int read_practice(sqlite3 *db, struct comms_facts *f, const char *agb, bool *found, struct eh_error *err)
{
    sqlite3_stmt *st;
    if (db_prepare(db, &st,
                   "SELECT agb, name, care_group, website, phone, source, id, source_path FROM practices "
                   "WHERE (?1 IS NOT NULL AND id = ?1) OR (?2 IS NOT NULL AND agb = ?2 AND care_group = ?3)",
                   err))
        return EH_IO;
    if (f->practice_id) sqlite3_bind_int64(st, 1, f->practice_id);
    db_bind_text(st, 2, f->practice_id ? NULL : agb);
    db_bind_text(st, 3, f->plan_care_group);
    int rc;
    *found = db_next(st, &rc, err, "reading the practice");
    if (*found) {
        f->agb = dup_text(st, 0);
        f->practice = dup_text(st, 1);
        f->care_group = dup_text(st, 2);
        f->website = dup_text(st, 3);
        f->phone = dup_text(st, 4);
        /* Named as found from here: the sync may have run elsewhere. */
        f->source = db_text(st, 5) ? practice_source_shown(db_text(st, 5), db_text(st, 7)) : NULL;
        f->speaks_for = sqlite3_column_int64(st, 6);
    }
    sqlite3_finalize(st);
    return rc;
}

/* The texts promise the plan's term; response_in_term measures the
 * practice's (metric_eval.h). Where they differ the practice is judged on
 * another term than the one its patients are told: say so. */
static int note_other_term(sqlite3 *db, const struct comms_facts *f, struct eh_error *err)
{
    sqlite3_stmt *st;
    if (db_prepare(db, &st, "SELECT " PRACTICE_TERM_SQL("?1"), err)) return EH_IO;
    sqlite3_bind_int64(st, 1, f->speaks_for);
    int rc;
    long measured = db_next(st, &rc, err, "reading the response term") ? sqlite3_column_int(st, 0) : f->term_hours;
    sqlite3_finalize(st);
    if (rc || measured == f->term_hours) return rc;
    fprintf(stderr,
            "ehtrack: note: these texts promise an answer within %ld hour%s, but response_in_term measures "
            "practice %s against %ld hour%s, %s (docs/metrics.md, \"The response term\")\n",
            f->term_hours, f->term_hours == 1 ? "" : "s", f->agb, measured, measured == 1 ? "" : "s",
            f->practice_id ? "the smallest term of its e-consult and portal plans (one without "
                             "response_term_hours counts as 24: give each the term promised)"
                           : "the term of its own e-consult and portal plans, or 24: a care-group plan's term "
                             "does not count for its practices");
    return EH_OK;
}

static int care_group_needs_practice(struct cmd_ctx *ctx, sqlite3 *db, const char *plan_id,
                                     const struct comms_facts *f, const char *agb)
{
    sqlite3_stmt *st;
    if (db_prepare(db, &st, "SELECT agb, name FROM practices WHERE care_group = ?1 ORDER BY agb", &ctx->err))
        return EH_IO;
    sqlite3_bind_text(st, 1, f->plan_care_group, -1, SQLITE_STATIC);
    struct sbuf list = {0};
    int rc;
    while (db_next(st, &rc, &ctx->err, "reading the practices"))
        sbuf_addf(&list, "%s%s (%s)", list.len ? ", " : "", db_text(st, 0), db_text(st, 1));
    sqlite3_finalize(st);
    if (rc) {
        sbuf_free(&list);
        return rc;
    }
    if (agb)
        rc = eh_fail(&ctx->err, EH_INVALID, NULL, 0, 0, "practice %s is not one of %s: %s", agb,
                     f->plan_care_group, sbuf_str(&list));
    else
        rc = cmd_usage_error(ctx,
                             "%s is a plan of %s; its texts speak for one of its practices, so give "
                             "--practice AGB: %s",
                             plan_id, f->plan_care_group, sbuf_str(&list));
    sbuf_free(&list);
    return rc;
}

/* patient_communication is the e-consult unless its name says it is the
 * video consult; patient_portal is the portal (which carries the e-consult). */
static bool name_mentions(const char *name, const char *word)
{
    return strcasestr(name, word) != NULL;
}

static int pick_service(struct cmd_ctx *ctx, const char *plan_id, const struct comms_facts *f,
                        enum comms_service *out)
{
    if (strcmp(f->app_type, "patient_portal") == 0) {
        *out = SERVICE_PORTAL;
        return EH_OK;
    }
    if (strcmp(f->app_type, "patient_communication") == 0) {
        bool econsult = name_mentions(f->app_name, "e-consult") || name_mentions(f->app_name, "econsult");
        bool video = name_mentions(f->app_name, "video") || name_mentions(f->app_name, "beeldbel");
        *out = video && !econsult ? SERVICE_VIDEO : SERVICE_ECONSULT;
        return EH_OK;
    }
    return eh_fail(&ctx->err, EH_INVALID, NULL, 0, 0,
                   "plan %s is of type %s; comms writes patient texts for the e-consult and the video consult "
                   "(type patient_communication) and the patient portal (type patient_portal)",
                   plan_id, f->app_type);
}

/* "https://www.praktijk.nl/" as a reader writes it: "www.praktijk.nl". */
static char *website_display(const char *url)
{
    const char *s = str_starts(url, "https://") ? url + 8 : str_starts(url, "http://") ? url + 7 : url;
    size_t n = strlen(s);
    if (n && s[n - 1] == '/') n--;
    return xstrndup(s, n);
}

/* extra: a value beyond the words, named with them ("all" for --channel). */
static int pick_word(struct cmd_ctx *ctx, const char *opt, const char *arg, const char *const *words, size_t n,
                     const char *extra, int *out)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(arg, words[i]) == 0) {
            *out = (int)i;
            return EH_OK;
        }
    struct sbuf known = {0};
    for (size_t i = 0; i < n; i++) sbuf_addf(&known, "%s%s", i ? ", " : "", words[i]);
    if (extra) sbuf_addf(&known, " or %s", extra);
    const char *hint = closest_word(arg, words, n);
    int rc = hint ? cmd_usage_error(ctx, "%s '%s' is unknown; did you mean '%s'?", opt, arg, hint)
                  : cmd_usage_error(ctx, "%s must be one of %s (got '%s')", opt, sbuf_str(&known), arg);
    sbuf_free(&known);
    return rc;
}

enum eh_status cmd_comms(struct cmd_ctx *ctx, int argc, char **argv)
{
    enum { OPT_CHANNEL = 0x300, OPT_LANG, OPT_FORMAT, OPT_PRACTICE };
    static const struct option opts[] = {
        {"channel", required_argument, NULL, OPT_CHANNEL},
        {"lang", required_argument, NULL, OPT_LANG},
        {"format", required_argument, NULL, OPT_FORMAT},
        {"practice", required_argument, NULL, OPT_PRACTICE},
        {"output", required_argument, NULL, 'o'},
        {NULL, 0, NULL, 0},
    };
    static const char *const langs[] = {"nl", "en"};
    int channel = -1, lang = 0, format = -1, c, index, rc = EH_OK;
    const char *out = NULL, *agb = NULL;
    while ((c = cmd_getopt(ctx, argc, argv, "o:", opts, &index)) != -1) {
        switch (c) {
        case 'o': out = strcmp(optarg, "-") == 0 ? NULL : optarg; break;  /* "-": stdout, as without -o */
        case OPT_CHANNEL:
            if (strcmp(optarg, "all") == 0) channel = -1;
            else rc = pick_word(ctx, "--channel", optarg, CHANNELS, ARRAY_LEN(CHANNELS), "all", &channel);
            break;
        case OPT_LANG: rc = pick_word(ctx, "--lang", optarg, langs, ARRAY_LEN(langs), NULL, &lang); break;
        case OPT_FORMAT: rc = pick_word(ctx, "--format", optarg, FORMATS, ARRAY_LEN(FORMATS), NULL, &format); break;
        case OPT_PRACTICE: agb = optarg; break;
        default: rc = EH_USAGE;
        }
        if (rc) return rc;
    }
    if (optind >= argc) return cmd_usage_error(ctx, "name the plan id (see 'ehtrack plan list')");
    if (optind + 1 < argc) return cmd_usage_error(ctx, "unexpected argument '%s'", argv[optind + 1]);
    const char *plan_id = argv[optind];
    /* A script's unset variable ("$PLAN"): no id, not an id not found. */
    if (!*plan_id) return cmd_usage_error(ctx, "name the plan id (it was given empty; see 'ehtrack plan list')");
    /* The database and its key are refused as every -o refuses them
     * (exit 3), whatever their names end in. */
    if (out && strcmp(out, "-") != 0 && (rc = out_file_check(out, true, &ctx->err))) return rc;
    /* A text over a plan, a log or a workbook would destroy it: names
     * of such files are refused, a text's own are taken. */
    const char *base = out ? (strrchr(out, '/') ? strrchr(out, '/') + 1 : out) : NULL;
    const char *ext = base ? strrchr(base, '.') : NULL;
    static const struct {
        const char *ext;
        enum text_format format;
    } text_exts[] = {{".md", TEXT_MD},   {".markdown", TEXT_MD}, {".html", TEXT_HTML},
                     {".htm", TEXT_HTML}, {".txt", TEXT_TXT},     {".text", TEXT_TXT}};
    bool text_ext = !ext || ext == base;
    int ext_format = -1;
    for (size_t i = 0; i < ARRAY_LEN(text_exts) && !text_ext; i++)
        if (strcasecmp(ext, text_exts[i].ext) == 0) {
            text_ext = true;
            ext_format = (int)text_exts[i].format;
        }
    if (!text_ext)
        return cmd_usage_error(ctx, "-o %s: texts go to a file ending in .md, .html, .htm or .txt, or with no "
                               "extension (a file ending in %s would be a plan, a log or another program's file, "
                               "overwritten)", out, ext);
    /* The file's extension names its format: poster.html holds the HTML
     * page, not Markdown under a name a browser opens as a web page. */
    if (format >= 0 && ext_format >= 0 && format != ext_format)
        return cmd_usage_error(ctx, "-o %s: a file ending in %s holds %s, but --format is %s: name a file ending "
                               "in .%s, or leave --format out (it follows the extension)",
                               out, ext, FORMAT_NAMES[ext_format], FORMATS[format], FORMATS[format]);
    if (format < 0) format = ext_format >= 0 ? ext_format : TEXT_MD;
    sqlite3 *db = cmd_db(ctx);
    if (!db) return EH_IO;

    struct comms_facts f;
    memset(&f, 0, sizeof f);
    bool found;
    enum comms_service service = SERVICE_ECONSULT;
    if ((rc = read_plan(db, plan_id, &f, &found, &ctx->err))) goto done;
    if (!found) {
        rc = unknown_plan(ctx, db, plan_id);
        goto done;
    }
    if ((rc = pick_service(ctx, plan_id, &f, &service))) goto done;
    if (f.practice_id && agb) {
        rc = cmd_usage_error(ctx, "%s is a practice's plan; --practice is for care-group plans", plan_id);
        goto done;
    }
    if (!f.practice_id && !agb) {
        rc = care_group_needs_practice(ctx, db, plan_id, &f, NULL);
        goto done;
    }
    if ((rc = read_practice(db, &f, agb, &found, &ctx->err))) goto done;
    if (!found) {
        rc = care_group_needs_practice(ctx, db, plan_id, &f, agb);
        goto done;
    }

    const char *lang_code = langs[lang];
    char term[64], span[64];
    comms_term(f.term_hours, lang_code, term, sizeof term, span, sizeof span);
    /* What the register and the plan say is text, never markup: a name
     * with brackets or a tag in it would be a link or HTML on the page. */
    struct sbuf md_practice = {0}, md_phone = {0}, md_app = {0}, md_shown = {0};
    char *shown_raw = f.website ? website_display(f.website) : NULL;
    if (f.practice) comms_md_escape(&md_practice, f.practice);
    if (f.phone) comms_md_escape(&md_phone, f.phone);
    if (f.app_name) comms_md_escape(&md_app, f.app_name);
    if (shown_raw) comms_md_escape(&md_shown, shown_raw);
    const char *shown = shown_raw ? sbuf_str(&md_shown) : NULL;
    char *link = NULL;
    if (f.website) {
        /* The target of a Markdown link ends at a ')' it does not open, and
         * brackets or angle brackets in it break the link in some editors:
         * those are percent-encoded, which a web server reads the same. An
         * '&' is escaped instead ("&amp;" in it would be read as '&'): as
         * %26 it would no longer part a query's fields. */
        int depth = 0;
        bool balanced = true;
        for (const char *p = f.website; *p && balanced; p++) {
            if (*p == '(') depth++;
            else if (*p == ')') balanced = depth-- > 0;
        }
        balanced = balanced && depth == 0;
        struct sbuf target = {0};
        for (const char *p = f.website; *p; p++) {
            if (strchr("[]<>", *p) || ((*p == '(' || *p == ')') && !balanced))
                sbuf_addf(&target, "%%%02X", (unsigned char)*p);
            else if (*p == '&')
                sbuf_adds(&target, "\\&");
            else
                sbuf_addc(&target, *p);
        }
        link = xasprintf("[%s](%s)", shown, sbuf_str(&target));
        sbuf_free(&target);
    }
    char *source_file = f.source ? xstrdup(f.source) : NULL;
    long source_line = 0;
    char *colon = source_file ? strrchr(source_file, ':') : NULL;
    if (colon) {
        *colon = '\0';
        source_line = strtol(colon + 1, NULL, 10);
    }
    char *no_website = xasprintf("practice %s (%s) has no website: add 'website: https://...' to it in the "
                                 "register and run 'ehtrack plan sync'", f.agb, f.practice);
    char *no_phone = xasprintf("practice %s (%s) has no phone: add 'phone: \"0...\"' to it in the register and "
                               "run 'ehtrack plan sync'", f.agb, f.practice);
    struct comms_value values[] = {
        {"practice", f.practice ? sbuf_str(&md_practice) : NULL, NULL, NULL, 0, false},
        {"website", shown, no_website, source_file, source_line, false},
        {"website_link", link, no_website, source_file, source_line, false},
        {"phone", f.phone ? sbuf_str(&md_phone) : NULL, no_phone, source_file, source_line, false},
        {"application", f.app_name ? sbuf_str(&md_app) : NULL, NULL, NULL, 0, false},
        {"term", term, NULL, NULL, 0, false},
        {"term_span", span, NULL, NULL, 0, false},
    };
    struct comms_doc doc = {0};
    struct diag_list diags = {0};
    size_t first = channel < 0 ? 0 : (size_t)channel, last = channel < 0 ? ARRAY_LEN(CHANNELS) : first + 1;
    for (size_t i = first; i < last && rc != EH_IO; i++) {
        char *rel = xasprintf("templates/comms/%s.%s.md", CHANNELS[i], lang_code);
        char *path = data_path(rel);
        int r = comms_fill(path, service, values, ARRAY_LEN(values), &doc, &diags, &ctx->err);
        if (r) rc = r;
        free(path);
        free(rel);
    }
    if (rc == EH_INVALID) diag_print(&diags, stderr);
    if (!rc) {
        static const char *const service_nl[] = {"E-consult", "Patiëntenportaal", "Videoconsult"};
        static const char *const service_en[] = {"E-consult", "Patient portal", "Video consult"};
        struct sbuf text = {0};
        if (format == TEXT_MD) {
            comms_write_md(&doc, &text);
        } else if (format == TEXT_TXT) {
            comms_write_txt(&doc, &text);
        } else {
            char *title = xasprintf("%s – %s", (lang ? service_en : service_nl)[service], f.practice);
            size_t too_long = comms_write_html(&doc, lang_code, title, &text);
            free(title);
            /* A card without its 112 line is worse than no card. */
            if (too_long)
                rc = eh_fail(&ctx->err, EH_INVALID, f.source ? source_file : NULL, f.source ? source_line : 0, 0,
                             "%zu printed text%s (poster, screen or card) do%s not fit even at the smallest type: "
                             "the last lines, the 112 line among them, would be cut off; shorten the practice's "
                             "name (%zu characters) or website in the register",
                             too_long, too_long == 1 ? "" : "s", too_long == 1 ? "es" : "",
                             utf8_width(f.practice, strlen(f.practice)));
        }
        if (!rc && out) {
            rc = out_file_write(out, true, sbuf_str(&text), text.len, &ctx->err);
            if (!rc)
                printf("wrote %s: %s of %s (%s, %s)\n", out, channel < 0 ? "all texts" : CHANNELS[channel],
                       plan_id, lang_code, FORMATS[format]);
        } else if (!rc) {
            fwrite(sbuf_str(&text), 1, text.len, stdout);
        }
        sbuf_free(&text);
        if (!rc && service != SERVICE_VIDEO) rc = note_other_term(db, &f, &ctx->err);
        /* Texts about a service the practice stopped would send patients
         * to it: written as asked, but not without a word. */
        if (!rc && f.retired_at)
            fprintf(stderr, "ehtrack: note: plan %s was retired (%.10s): these texts speak of a service the "
                            "practice may no longer offer\n", plan_id, f.retired_at);
        /* The texts are written with u; a plan that chose je is told, not
         * silently given the other form. */
        if (!rc && f.informal && lang == 0)
            fprintf(stderr, "ehtrack: note: the plan's setup.address is informal (je), but these texts address "
                            "patients as u: change the standard replies by hand where the practice writes je\n");
    }
    diag_free(&diags);
    comms_doc_free(&doc);
    free(no_website);
    free(no_phone);
    free(source_file);
    free(link);
    free(shown_raw);
    sbuf_free(&md_practice);
    sbuf_free(&md_phone);
    sbuf_free(&md_app);
    sbuf_free(&md_shown);
done:
    facts_free(&f);
    return rc;
}
