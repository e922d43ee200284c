/* Table, CSV and JSON rendering of one set of rows. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "metric_catalog.h"
#include "output.h"
#include "suites.h"
#include "util.h"

static char *render(const struct out_table *t, enum out_format f)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    out_print(t, f, m);
    fclose(m);
    return buf;
}

START_TEST(three_formats)
{
    static const struct out_col cols[] = {
        {"plan", NULL, COL_TEXT, 0, 0}, {"steps.needs", "needs", COL_TEXT, 0, 0},
        {"steps.scale", "scale", COL_TEXT, 0, 0}, {"share", NULL, COL_PERCENT, 1, 0},
        {"n", NULL, COL_INT, 0, 0},
    };
    struct out_table t;
    out_init(&t, cols, 5);
    out_text(&t, "a,b");
    out_text(&t, "done");
    out_null(&t);
    out_num(&t, 0.1);
    out_int(&t, 7);
    out_text(&t, "x\"y");
    out_text(&t, "not_started");
    out_text(&t, "done");
    out_null(&t);
    out_int(&t, 12);
    char *s = render(&t, OUT_TABLE);
    ck_assert_str_eq(s, "PLAN  needs        scale  SHARE   N\n"
                        "a,b   done         -      10.0%   7\n"
                        "x\"y   not_started  done       -  12\n");
    free(s);
    s = render(&t, OUT_CSV);
    ck_assert_str_eq(s, "plan,steps.needs,steps.scale,share,n\n\"a,b\",done,,0.1,7\n\"x\"\"y\",not_started,done,,12\n");
    free(s);
    s = render(&t, OUT_JSON);
    ck_assert_str_eq(s, "[\n  {\"plan\": \"a,b\", \"steps\": {\"needs\": \"done\", \"scale\": null}, \"share\": 0.1, \"n\": 7},\n"
                        "  {\"plan\": \"x\\\"y\", \"steps\": {\"needs\": \"not_started\", \"scale\": \"done\"}, \"share\": null, \"n\": 12}\n]\n");
    free(s);
    out_free(&t);
}
END_TEST

START_TEST(empty_json_is_an_empty_array)
{
    static const struct out_col cols[] = {{"a", NULL, COL_TEXT, 0, 0}};
    struct out_table t;
    out_init(&t, cols, 1);
    char *s = render(&t, OUT_JSON);
    ck_assert_str_eq(s, "[]\n");
    free(s);
    out_free(&t);
}
END_TEST

/* A file name copied from a Windows share may hold Latin-1 bytes: JSON
 * must stay UTF-8 (Python's json.loads refused the output). Valid
 * characters of every length pass as they are. */
START_TEST(json_text_is_always_utf8)
{
    static const struct out_col cols[] = {{"file", NULL, COL_TEXT, 0, 0}};
    struct out_table t;
    out_init(&t, cols, 1);
    out_text(&t, "survey-\xe9.csv");
    out_text(&t, "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \xc3");
    out_text(&t, "\x80\xbf\xed\xa0\x80");
    char *s = render(&t, OUT_JSON);
    ck_assert_str_eq(s, "[\n  {\"file\": \"survey-\\ufffd.csv\"},\n"
                        "  {\"file\": \"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \\ufffd\"},\n"
                        "  {\"file\": \"\\ufffd\\ufffd\\ufffd\\ufffd\\ufffd\"}\n]\n");
    free(s);
    out_free(&t);
}
END_TEST

START_TEST(csv_text_never_runs_as_a_formula)
{
    /* A spreadsheet opening the CSV would run these; the ' makes them
     * text. Numbers, also negative ones, stay as they are. */
    static const struct out_col cols[] = {{"a", NULL, COL_TEXT, 0, 0}, {"n", NULL, COL_NUM, 0, 0}};
    struct out_table t;
    out_init(&t, cols, 2);
    static const char *const texts[] = {"=1+1+cmd|' /C calc'!A0", "+31", "-x", "@SUM(A1)", "\tx", "\rx", "a=b", ""};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        out_text(&t, texts[i]);
        out_num(&t, -1.5);
    }
    char *s = render(&t, OUT_CSV);
    ck_assert_str_eq(s, "a,n\n'=1+1+cmd|' /C calc'!A0,-1.5\n'+31,-1.5\n'-x,-1.5\n'@SUM(A1),-1.5\n'\tx,-1.5\n"
                        "\"'\rx\",-1.5\na=b,-1.5\n,-1.5\n");
    free(s);
    /* Tables and JSON show the text as it is. */
    s = render(&t, OUT_JSON);
    ck_assert(strstr(s, "\"a\": \"=1+1+cmd|' /C calc'!A0\"") != NULL);
    free(s);
    out_free(&t);
}
END_TEST

/* A figure in a table reads as the workbook shows it: a spreadsheet
 * rounds halves away from zero, where printf gave 0.25 as "0.2" and
 * 31.25% as "31.2%" beside the workbook's 0.3 and 31.3%. */
START_TEST(halves_round_as_in_the_workbook)
{
    static const struct {
        double v;
        int digits;
        const char *shown;
    } cases[] = {
        {0.25, 1, "0.3"}, {6.25, 1, "6.3"}, {0.35, 1, "0.4"}, {2.675, 2, "2.68"}, {-0.25, 1, "-0.3"},
        {3.75, 1, "3.8"}, {0.24999, 1, "0.2"}, {1234567.5, 0, "1234568"}, {0.0, 1, "0.0"}, {1e300, 1, NULL},
    };
    char buf[400];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        format_fixed(buf, sizeof buf, cases[i].v, cases[i].digits);
        if (cases[i].shown) ck_assert_str_eq(buf, cases[i].shown);
        else ck_assert_int_gt((int)strlen(buf), 300);
    }
    metric_format(UNIT_RATIO, 0.3125, false, buf, sizeof buf);
    ck_assert_str_eq(buf, "31.3%");
    metric_format(UNIT_PER_DAY, 0.25, false, buf, sizeof buf);
    ck_assert_str_eq(buf, "0.3/day");
    /* Exact figures keep every digit they have. */
    metric_format(UNIT_RATIO, 0.3125, true, buf, sizeof buf);
    ck_assert_str_eq(buf, "31.25%");
}
END_TEST

/* A number JSON has of its own, which CSV says in the words of another
 * column: CSV leaves it out, first, inside or last. */
START_TEST(json_only_columns_are_left_out_of_csv)
{
    static const struct out_col cols[] = {
        {"lead", NULL, COL_INT, 0, 0, true}, {"file", NULL, COL_TEXT, 0, 0},
        {"inner", NULL, COL_INT, 0, 0, true}, {"rows", NULL, COL_INT, 0, 0},
        {"last", NULL, COL_INT, 0, 0, true},
    };
    struct out_table t;
    out_init(&t, cols, 5);
    out_int(&t, 1);
    out_text(&t, "a.csv");
    out_int(&t, 2);
    out_int(&t, 3);
    out_int(&t, 4);
    char *s = render(&t, OUT_CSV);
    ck_assert_str_eq(s, "file,rows\na.csv,3\n");
    free(s);
    s = render(&t, OUT_JSON);
    ck_assert_str_eq(s, "[\n  {\"lead\": 1, \"file\": \"a.csv\", \"inner\": 2, \"rows\": 3, \"last\": 4}\n]\n");
    free(s);
    out_free(&t);
}
END_TEST

static Suite *output_suite(void)
{
    Suite *s = suite_create("output");
    TCase *tc = tcase_create("formats");
    tcase_add_test(tc, three_formats);
    tcase_add_test(tc, empty_json_is_an_empty_array);
    tcase_add_test(tc, csv_text_never_runs_as_a_formula);
    tcase_add_test(tc, json_text_is_always_utf8);
    tcase_add_test(tc, halves_round_as_in_the_workbook);
    tcase_add_test(tc, json_only_columns_are_left_out_of_csv);
    suite_add_tcase(s, tc);
    return s;
}

REGISTER_SUITE(output_suite)
