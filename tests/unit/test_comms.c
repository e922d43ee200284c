/* Patient texts: the response term as patients say it, the template
 * language, and the Markdown, plain-text and HTML writers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "comms.h"
#include "suites.h"

static void check_term(long hours, const char *lang, const char *within, const char *span)
{
    char w[64], s[64];
    comms_term(hours, lang, w, sizeof w, s, sizeof s);
    ck_assert_str_eq(w, within);
    ck_assert_str_eq(s, span);
}

START_TEST(term_in_working_days_or_hours)
{
    /* Whole days are working days; any other term stays in hours. */
    check_term(24, "nl", "binnen 1 werkdag", "1 werkdag");
    check_term(24, "en", "within one working day", "one working day");
    check_term(48, "nl", "binnen 2 werkdagen", "2 werkdagen");
    check_term(48, "en", "within 2 working days", "2 working days");
    check_term(72, "nl", "binnen 3 werkdagen", "3 werkdagen");
    check_term(720, "en", "within 30 working days", "30 working days");
    check_term(4, "nl", "binnen 4 uur op werkdagen", "4 uur op werkdagen");
    check_term(1, "en", "within 1 hour on working days", "1 hour on working days");
    check_term(36, "en", "within 36 hours on working days", "36 hours on working days");
}
END_TEST

static char *write_template(const char *text)
{
    char *path = strdup("/tmp/ehtrack-comms-XXXXXX");
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    return path;
}

static struct comms_value values[] = {
    {"practice", "Praktijk <De Linde> & Co", NULL, NULL, 0, false},
    {"website", NULL, "no website", "register.yaml", 9, false},
    {"website_link", NULL, "no website", "register.yaml", 9, false},
    {"term", "binnen 2 werkdagen", NULL, NULL, 0, false},
};

static void reset_values(void)
{
    for (size_t i = 0; i < ARRAY_LEN(values); i++) values[i].reported = false;
}

static int fill(const char *text, enum comms_service service, struct comms_doc *doc, struct diag_list *d)
{
    char *path = write_template(text);
    struct eh_error err = {0};
    reset_values();
    int rc = comms_fill(path, service, values, ARRAY_LEN(values), doc, d, &err);
    unlink(path);
    free(path);
    return rc;
}

static const char *diag_text(const struct diag_list *d, size_t i, char *buf, size_t size)
{
    snprintf(buf, size, "%ld:%ld: %s", d->items[i].line, d->items[i].col, d->items[i].msg);
    return buf;
}

START_TEST(services_parts_and_blank_lines)
{
    const char *t = "{{! a comment }}\n"
                    "{{part poster}}\n"
                    "# Poster\n"
                    "\n"
                    "{{#if video}}\n"
                    "Video.\n"
                    "{{else}}\n"
                    "Answer {{term}}.\n"
                    "{{#if portal}}\n"
                    "Portal.\n"
                    "{{/if}}\n"
                    "{{/if}}\n"
                    "\n"
                    "\n"
                    "From {{ practice }}.\n"
                    "{{part card}}\n"
                    "Card.\n";
    struct comms_doc doc = {0};
    struct diag_list d = {0};
    ck_assert_int_eq(fill(t, SERVICE_PORTAL, &doc, &d), EH_OK);
    ck_assert_uint_eq(d.count, 0);
    ck_assert_uint_eq(doc.count, 2);
    ck_assert_int_eq(doc.parts[0].kind, PART_POSTER);
    ck_assert_str_eq(doc.parts[0].md, "# Poster\n\nAnswer binnen 2 werkdagen.\nPortal.\n\nFrom Praktijk <De Linde> & Co.\n");
    ck_assert_int_eq(doc.parts[1].kind, PART_CARD);
    comms_doc_free(&doc);
    ck_assert_int_eq(fill(t, SERVICE_VIDEO, &doc, &d), EH_OK);
    ck_assert_str_eq(doc.parts[0].md, "# Poster\n\nVideo.\n\nFrom Praktijk <De Linde> & Co.\n");
    comms_doc_free(&doc);
    ck_assert_int_eq(fill(t, SERVICE_ECONSULT, &doc, &d), EH_OK);
    ck_assert_str_eq(doc.parts[0].md, "# Poster\n\nAnswer binnen 2 werkdagen.\n\nFrom Praktijk <De Linde> & Co.\n");
    comms_doc_free(&doc);
    diag_free(&d);
}
END_TEST

START_TEST(template_errors_have_their_place)
{
    /* Errors are found whichever service is asked for: the unknown
     * placeholder sits in a block the e-consult leaves out. */
    const char *t = "Line one.\n"
                    "{{#if video}}\n"
                    "See {{websit}} and {{nonsense_here}}.\n"
                    "{{/if}}\n"
                    "{{#if portaal}}\n"
                    "x {{#if video}} y\n"
                    "{{/if}}\n"
                    "Café {{term\n"
                    "{{part leaflet}}\n"
                    "{{else}}\n"
                    "{{#if econsult}}\n";
    struct comms_doc doc = {0};
    struct diag_list d = {0};
    ck_assert_int_eq(fill(t, SERVICE_ECONSULT, &doc, &d), EH_INVALID);
    ck_assert_uint_eq(doc.count, 0);
    char buf[512];
    ck_assert_uint_eq(d.count, 8);
    ck_assert_str_eq(diag_text(&d, 0, buf, sizeof buf), "3:5: unknown placeholder {{websit}}; did you mean {{website}}?");
    ck_assert_str_eq(diag_text(&d, 1, buf, sizeof buf),
                     "3:20: unknown placeholder {{nonsense_here}} (known: practice, website, website_link, term)");
    ck_assert_str_eq(diag_text(&d, 2, buf, sizeof buf), "5:7: unknown service 'portaal' in {{#if}} (known: econsult, portal, video)");
    ck_assert_str_eq(diag_text(&d, 3, buf, sizeof buf), "6:3: {{#if video}} must stand alone on its line");
    ck_assert_str_eq(diag_text(&d, 4, buf, sizeof buf), "8:6: '{{' without '}}' on the same line");
    ck_assert_str_eq(diag_text(&d, 5, buf, sizeof buf), "9:8: unknown part 'leaflet' (known: text, block, poster, screen, card)");
    ck_assert_str_eq(diag_text(&d, 6, buf, sizeof buf), "10:1: {{else}} without an open {{#if}}");
    ck_assert_str_eq(diag_text(&d, 7, buf, sizeof buf), "11:0: {{#if}} without its {{/if}}");
    diag_free(&d);
}
END_TEST

/* Directives with spaces inside their braces; an {{else}} twice; an {{#if}}
 * without a service; too deep a nesting reported once, its {{/if}}s no
 * errors of their own. */
START_TEST(directive_forms)
{
    struct comms_doc doc = {0};
    struct diag_list d = {0};
    ck_assert_int_eq(fill("{{ #if video }}\nvideo\n{{ else }}\nother\n{{ /if }}\n", SERVICE_ECONSULT, &doc, &d), EH_OK);
    ck_assert_uint_eq(doc.count, 1);
    ck_assert_str_eq(doc.parts[0].md, "other\n");
    comms_doc_free(&doc);
    const char *t = "{{#if video}}\n{{else}}\n{{else}}\n{{/if}}\n"
                    "{{#if}}\n{{/if}}\n"
                    "{{ #if  portaal }}\n{{/if}}\n"
                    "{{#if video}}\n{{#if video}}\n{{#if video}}\n{{#if video}}\n{{#if video}}\n"
                    "{{#if video}}\n{{#if video}}\n{{#if video}}\n{{#if video}}\n{{#if video}}\n"
                    "{{/if}}\n{{/if}}\n{{/if}}\n{{/if}}\n{{/if}}\n{{/if}}\n{{/if}}\n{{/if}}\n{{/if}}\n{{/if}}\n";
    ck_assert_int_eq(fill(t, SERVICE_ECONSULT, &doc, &d), EH_INVALID);
    char buf[512];
    ck_assert_uint_eq(d.count, 4);
    ck_assert_str_eq(diag_text(&d, 0, buf, sizeof buf), "3:1: a second {{else}} in the {{#if}} of line 1");
    ck_assert_str_eq(diag_text(&d, 1, buf, sizeof buf), "5:1: {{#if}} names no service");
    ck_assert_str_eq(diag_text(&d, 2, buf, sizeof buf), "7:9: unknown service 'portaal' in {{#if}} (known: econsult, portal, video)");
    ck_assert_str_eq(diag_text(&d, 3, buf, sizeof buf), "17:1: {{#if}} blocks nest at most 8 deep");
    comms_doc_free(&doc);
    diag_free(&d);
}
END_TEST

START_TEST(a_missing_value_is_named_once_and_nothing_comes_out)
{
    const char *t = "Go to {{website}}.\n{{#if video}}\n{{website}}\n{{/if}}\nOr {{website_link}}.\n";
    struct comms_doc doc = {0};
    struct diag_list d = {0};
    ck_assert_int_eq(fill(t, SERVICE_ECONSULT, &doc, &d), EH_INVALID);
    ck_assert_uint_eq(doc.count, 0);
    ck_assert_uint_eq(d.count, 1);
    ck_assert_str_eq(d.items[0].file, "register.yaml");
    ck_assert_int_eq(d.items[0].line, 9);
    ck_assert_str_eq(d.items[0].msg, "no website");
    diag_free(&d);
    /* A value only a left-out block needs is not missed. */
    ck_assert_int_eq(fill("{{#if video}}\n{{website}}\n{{/if}}\nText.\n", SERVICE_ECONSULT, &doc, &d), EH_OK);
    ck_assert_uint_eq(d.count, 0);
    comms_doc_free(&doc);
    diag_free(&d);
}
END_TEST

START_TEST(writers)
{
    const char *t = "{{part block}}\n"
                    "# Label\n"
                    "\n"
                    "## Title for {{practice}}\n"
                    "\n"
                    "Go **now** to [www.x.example](https://www.x.example/).\n"
                    "Second line.\n"
                    "\n"
                    "1. One\n"
                    "2. Two\n"
                    "- Dot\n"
                    "\n"
                    "Regards,\\\n"
                    "Us\n";
    struct comms_doc doc = {0};
    struct diag_list d = {0};
    ck_assert_int_eq(fill(t, SERVICE_ECONSULT, &doc, &d), EH_OK);
    struct sbuf s = {0};
    comms_write_txt(&doc, &s);
    ck_assert_str_eq(sbuf_str(&s), "Label\n=====\n\nTitle for Praktijk <De Linde> & Co\n"
                                   "----------------------------------\n\n"
                                   "Go now to www.x.example.\nSecond line.\n\n1. One\n2. Two\n- Dot\n\nRegards,\nUs\n");
    sbuf_reset(&s);
    comms_write_html(&doc, "nl", "T & t", &s);
    const char *html = sbuf_str(&s);
    ck_assert(strstr(html, "<html lang=\"nl\">") != NULL);
    ck_assert(strstr(html, "<title>T &amp; t</title>") != NULL);
    ck_assert(strstr(html, "<section class=\"part block\">\n<h1 class=\"label\">Label</h1>\n<div class=\"box\">\n"
                           "<h2>Title for Praktijk &lt;De Linde&gt; &amp; Co</h2>\n"
                           "<p>Go <strong>now</strong> to <a href=\"https://www.x.example/\">www.x.example</a>.\n"
                           "Second line.</p>\n<ol>\n<li>One</li>\n<li>Two</li>\n</ol>\n<ul>\n<li>Dot</li>\n</ul>\n"
                           "<p>Regards,<br>\nUs</p>\n</div>\n</section>\n") != NULL);
    sbuf_free(&s);
    comms_doc_free(&doc);
    diag_free(&d);
}
END_TEST

START_TEST(ten_cards_on_a_sheet)
{
    struct comms_doc doc = {0};
    struct diag_list d = {0};
    ck_assert_int_eq(fill("{{part card}}\n# Card\n\n## {{practice}}\n", SERVICE_ECONSULT, &doc, &d), EH_OK);
    struct sbuf s = {0};
    comms_write_html(&doc, "en", "Cards", &s);
    size_t cards = 0, marks = 0;
    for (const char *p = sbuf_str(&s); (p = strstr(p, "<div class=\"c\"")); p++) cards++;
    for (const char *p = sbuf_str(&s); (p = strstr(p, "<div class=\"mark\"")); p++) marks++;
    ck_assert_uint_eq(cards, 10);
    /* 3 vertical cutting lines marked above and below, 6 horizontal ones left and right */
    ck_assert_uint_eq(marks, 3 * 2 + 6 * 2);
    ck_assert(strstr(sbuf_str(&s), "style=\"left: 105mm; top: 230.5mm; font-size: 8.5pt\"") != NULL);
    sbuf_free(&s);
    comms_doc_free(&doc);
    diag_free(&d);
}
END_TEST

/* A card or poster whose text would run off it, or hold an address longer
 * than a line, is set in smaller type; one that fits keeps its size. */
START_TEST(long_text_set_smaller)
{
    struct comms_doc doc = {0};
    struct diag_list d = {0};
    const char *fits = "{{part card}}\n# Card\n\n## Huisartsenpraktijk De Linde\n\nGa naar www.praktijkdelinde.example\n\n"
                       "Levensgevaar? Bel 112.\n"
                       "{{part poster}}\n# Poster\n\n## Een vraag? Stel hem online.\n\n### Ga naar www.delinde.example\n";
    ck_assert_int_eq(fill(fits, SERVICE_ECONSULT, &doc, &d), EH_OK);
    struct sbuf s = {0};
    comms_write_html(&doc, "nl", "Fits", &s);
    ck_assert_ptr_nonnull(strstr(sbuf_str(&s), "top: 10.5mm; font-size: 8.5pt\""));
    ck_assert_ptr_nonnull(strstr(sbuf_str(&s), "<div class=\"page\" style=\"font-size: 25pt\">"));
    sbuf_free(&s);
    comms_doc_free(&doc);
    /* Eleven paragraphs do not fit a card at 8.5 pt; a 52-character
     * address does not fit a poster's line at 31 pt. */
    const char *runs_off = "{{part card}}\n# Card\n\n## Huisartsen Gezondheidscentrum Oud-Beijerland\n\n"
                           "A\n\nB\n\nC\n\nD\n\nE\n\nF\n\nG\n\nH\n\nI\n\nJ\n\nLevensgevaar? Bel 112.\n"
                           "{{part poster}}\n# Poster\n\n## Een vraag? Stel hem online.\n\n"
                           "### Ga naar www.gezondheidscentrumoudbeijerland.example/econsult\n";
    ck_assert_int_eq(fill(runs_off, SERVICE_ECONSULT, &doc, &d), EH_OK);
    comms_write_html(&doc, "nl", "Runs off", &s);
    const char *card = strstr(sbuf_str(&s), "top: 10.5mm; font-size: ");
    const char *page = strstr(sbuf_str(&s), "<div class=\"page\" style=\"font-size: ");
    ck_assert_ptr_nonnull(card);
    ck_assert_ptr_nonnull(page);
    double card_pt = strtod(card + strlen("top: 10.5mm; font-size: "), NULL);
    double page_pt = strtod(page + strlen("<div class=\"page\" style=\"font-size: "), NULL);
    ck_assert(card_pt < 8.5 && card_pt >= 8.5 * 0.55);
    ck_assert(page_pt < 25 && page_pt >= 25 * 0.55);
    sbuf_free(&s);
    comms_doc_free(&doc);
    diag_free(&d);
}
END_TEST

/* A link's address may hold parentheses of its own (a register's website
 * such as .../zorg_(econsult)): the link ends where the opening one closes. */
START_TEST(link_with_parentheses)
{
    struct comms_doc doc = {0};
    struct diag_list d = {0};
    ck_assert_int_eq(fill("{{part text}}\n# Text\n\nGa naar [de site](https://a.example/zorg_(econsult)?a=1&b=2) nu.\n",
                          SERVICE_ECONSULT, &doc, &d), EH_OK);
    struct sbuf html = {0}, txt = {0};
    comms_write_html(&doc, "nl", "Link", &html);
    comms_write_txt(&doc, &txt);
    ck_assert_ptr_nonnull(strstr(sbuf_str(&html),
                                 "<a href=\"https://a.example/zorg_(econsult)?a=1&amp;b=2\">de site</a> nu."));
    ck_assert_ptr_nonnull(strstr(sbuf_str(&txt), "Ga naar de site (a.example/zorg_(econsult)?a=1&b=2) nu."));
    sbuf_free(&html);
    sbuf_free(&txt);
    comms_doc_free(&doc);
    diag_free(&d);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("comms");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, term_in_working_days_or_hours);
    tcase_add_test(tc, services_parts_and_blank_lines);
    tcase_add_test(tc, template_errors_have_their_place);
    tcase_add_test(tc, a_missing_value_is_named_once_and_nothing_comes_out);
    tcase_add_test(tc, writers);
    tcase_add_test(tc, ten_cards_on_a_sheet);
    tcase_add_test(tc, long_text_set_smaller);
    tcase_add_test(tc, link_with_parentheses);
    tcase_add_test(tc, directive_forms);
    suite_add_tcase(s, tc);
    return s;
}

REGISTER_SUITE(make_suite)
