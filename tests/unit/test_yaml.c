/* The YAML loader: encodings, line ends, aliases, merge keys, limits. */
#include <string.h>

#include "suites.h"
#include "util.h"
#include "yaml_doc.h"

static bool load(const char *text, struct diag_list *d, struct ydoc *doc)
{
    return ydoc_load_buffer(doc, "t.yaml", (const unsigned char *)text, strlen(text), d);
}

static const char *first_message(const struct diag_list *d)
{
    return d->count ? d->items[0].msg : "";
}

START_TEST(bom_and_crlf)
{
    struct diag_list d = {0};
    struct ydoc doc;
    ck_assert(load("\xEF\xBB\xBFplan: x\r\ntitle: y\r\n", &d, &doc));
    struct yctx c = {&doc, &d};
    struct ymap m;
    ck_assert(ymap_read(&c, ydoc_root(&doc), "plan", &m));
    ck_assert_int_eq(m.count, 2);
    ck_assert_str_eq((const char *)ymap_get(&m, "title")->data.scalar.value, "y");
    /* Lines count from 1 after a BOM and CRLF. */
    ck_assert_int_eq(yline(ymap_get(&m, "title")), 2);
    ck_assert_int_eq(ycol(ymap_get(&m, "title")), 8);
    ymap_free(&m);
    ydoc_free(&doc);
    diag_free(&d);
}
END_TEST

START_TEST(not_utf8_is_rejected_with_its_place)
{
    struct diag_list d = {0};
    struct ydoc doc;
    ck_assert(!load("plan: x\ntitle: Caf\xE9\n", &d, &doc));
    ck_assert_int_eq(d.count, 1);
    ck_assert_int_eq(d.items[0].line, 2);
    ck_assert_int_eq(d.items[0].col, 11);
    ck_assert_str_eq(first_message(&d), "not UTF-8 text (byte 0xE9); save the file as UTF-8 (it may be Windows-1252 or Latin-1)");
    ydoc_free(&doc);
    diag_free(&d);
    ck_assert(!load("\xFF\xFEp\0l\0", &d, &doc));
    ck_assert_str_eq(first_message(&d), "file is UTF-16 text; save it as UTF-8");
    ydoc_free(&doc);
    diag_free(&d);
}
END_TEST

START_TEST(alias_bomb_is_refused)
{
    /* Nine levels of ten aliases each: a billion nodes if expanded. */
    struct sbuf s = {0};
    sbuf_adds(&s, "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i <= 9; i++) {
        sbuf_addf(&s, "a%d: &a%d [", i, i);
        for (int k = 0; k < 10; k++) sbuf_addf(&s, "%s*a%d", k ? ", " : "", i - 1);
        sbuf_adds(&s, "]\n");
    }
    struct diag_list d = {0};
    struct ydoc doc;
    ck_assert(!load(sbuf_str(&s), &d, &doc));
    ck_assert_int_eq(d.count, 1);
    /* a5 is the first list to pass a million nodes (1,111,111). */
    ck_assert_int_eq(d.items[0].line, 6);
    ck_assert(strstr(first_message(&d), "aliases here expand to more than 1000000 nodes") != NULL);
    ydoc_free(&doc);
    diag_free(&d);
    sbuf_free(&s);
}
END_TEST

START_TEST(recursive_alias_is_refused)
{
    struct diag_list d = {0};
    struct ydoc doc;
    ck_assert(!load("a: &x [1, *x]\n", &d, &doc));
    ck_assert_str_eq(first_message(&d), "an alias refers to a node that contains it (recursive alias)");
    ydoc_free(&doc);
    diag_free(&d);
}
END_TEST

START_TEST(merge_keys_and_duplicates)
{
    struct diag_list d = {0};
    struct ydoc doc;
    ck_assert(load("base: &b {status: done, owner: pm}\n"
                   "step: {<<: *b, owner: gp}\n"
                   "dup: {a: 1, a: 2}\n", &d, &doc));
    struct yctx c = {&doc, &d};
    struct ymap top, step, dup;
    ck_assert(ymap_read(&c, ydoc_root(&doc), "doc", &top));
    ck_assert(ymap_read(&c, ymap_get(&top, "step"), "step", &step));
    ck_assert_int_eq(step.count, 2);
    ck_assert_str_eq((const char *)ymap_get(&step, "owner")->data.scalar.value, "gp");
    ck_assert_str_eq((const char *)ymap_get(&step, "status")->data.scalar.value, "done");
    ck_assert(ymap_read(&c, ymap_get(&top, "dup"), "dup", &dup));
    ck_assert_int_eq(d.errors, 1);
    ck_assert_str_eq(first_message(&d), "duplicate key 'a' in dup (first at line 3)");
    ck_assert_int_eq(d.items[0].line, 3);
    ck_assert_int_eq(d.items[0].col, 13);
    ymap_free(&top);
    ymap_free(&step);
    ymap_free(&dup);
    ydoc_free(&doc);
    diag_free(&d);
}
END_TEST

START_TEST(syntax_error_has_a_place)
{
    struct diag_list d = {0};
    struct ydoc doc;
    ck_assert(!load("plan: x\n  title: [a, b\n", &d, &doc));
    ck_assert_int_eq(d.count, 1);
    ck_assert_int_eq(d.items[0].line, 2);
    ck_assert(strncmp(first_message(&d), "YAML syntax: ", 13) == 0);
    ydoc_free(&doc);
    diag_free(&d);
    ck_assert(!load("", &d, &doc));
    ck_assert_str_eq(first_message(&d), "file is empty");
    ydoc_free(&doc);
    diag_free(&d);
    ck_assert(!load("a: 1\n---\nb: 2\n", &d, &doc));
    ck_assert_str_eq(first_message(&d), "a second YAML document; put each register or plan in its own file");
    ydoc_free(&doc);
    diag_free(&d);
}
END_TEST

/* The mistakes of a person editing a plan by hand, each with the line to
 * fix and what to write instead of libyaml's own words. */
static void expect_hint(const char *text, long line, const char *hint)
{
    struct diag_list d = {0};
    struct ydoc doc;
    ck_assert(!load(text, &d, &doc));
    ck_assert_int_eq(d.count, 1);
    ck_assert_int_eq(d.items[0].line, line);
    ck_assert_msg(strstr(first_message(&d), hint), "%s: got '%s'", hint, first_message(&d));
    ydoc_free(&doc);
    diag_free(&d);
}

START_TEST(syntax_errors_say_what_to_write)
{
    expect_hint("goals:\n  - id: a, metric: econsult_share, target: 0.3\n", 2,
                "several keys on one line need braces");
    expect_hint("goals:\n  -id: a\n    metric: econsult_share\n", 2, "a space after its dash");
    expect_hint("title: Fase 1: visie\n", 1, "written in quotes");
    expect_hint("plan: a\ngoals:\n  - id: a\n    target: 0.3\n   deadline: 2027-06-30\n", 5,
                "check the indentation");
    expect_hint("plan: a\ntitle:\xC2\xA0" "Basis\nx: 1\n", 2, "non-breaking space");
    expect_hint("plan: a\ntarget:0.05\nx: 1\n", 2, "write a space after the colon");
}
END_TEST

static Suite *yaml_suite(void)
{
    Suite *s = suite_create("yaml");
    TCase *tc = tcase_create("loader");
    tcase_add_test(tc, bom_and_crlf);
    tcase_add_test(tc, not_utf8_is_rejected_with_its_place);
    tcase_add_test(tc, alias_bomb_is_refused);
    tcase_add_test(tc, recursive_alias_is_refused);
    tcase_add_test(tc, merge_keys_and_duplicates);
    tcase_add_test(tc, syntax_error_has_a_place);
    tcase_add_test(tc, syntax_errors_say_what_to_write);
    suite_add_tcase(s, tc);
    return s;
}

REGISTER_SUITE(yaml_suite)
