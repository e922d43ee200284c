/* The CSV reader and format files: quoting, encodings, overlong lines,
 * time zones and offsets, empty joined times, numbers out of range, $1. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csv_reader.h"
#include "log_format.h"
#include "suites.h"
#include "util.h"

/* All records of a text, one "|"-joined line per record ("!" + problem
 * number for a record with a problem), each prefixed by its line number. */
static char *read_all(const char *text, size_t len, char delimiter, const char *encoding)
{
    FILE *in = fmemopen((void *)text, len, "rb");
    ck_assert(in != NULL);
    struct csv_reader r;
    struct eh_error err = {0};
    ck_assert_int_eq(csv_open(&r, in, "t.csv", delimiter, encoding, &err), EH_OK);
    struct csv_record *rec = xmalloc(sizeof *rec);
    struct sbuf out = {0};
    int got;
    while ((got = csv_next(&r, rec, &err)) == 1) {
        sbuf_addf(&out, "%ld:", rec->line);
        if (rec->problem != CSV_OK) sbuf_addf(&out, "!%d", (int)rec->problem);
        for (size_t i = 0; i < rec->count && rec->problem == CSV_OK; i++)
            sbuf_addf(&out, "%s%s", i ? "|" : "", rec->fields[i].p);
        sbuf_adds(&out, "\n");
    }
    ck_assert_int_eq(got, 0);
    free(rec);
    csv_close(&r);
    fclose(in);
    char *s = xstrdup(sbuf_str(&out));
    sbuf_free(&out);
    return s;
}

START_TEST(quoted_field_ending_in_a_multibyte_character)
{
    /* Unquoting used to leave half a character behind the field, and the
     * record was rejected as not UTF-8. */
    const char *text = "1,\"Brink, René\",\"Zoë\"\n2,\"é\",x\n";
    char *s = read_all(text, strlen(text), ',', NULL);
    ck_assert_str_eq(s, "1:1|Brink, René|Zoë\n2:2|é|x\n");
    free(s);
    /* Really broken text is still caught, quoted or not. */
    const char *bad = "1,\"Caf\xE9\"\n2,ok\n";
    s = read_all(bad, strlen(bad), ',', NULL);
    ck_assert_str_eq(s, "1:!1\n2:2|ok\n");
    free(s);
}
END_TEST

START_TEST(windows_1252_is_converted)
{
    const char *text = "Pati\xEBntnummer;\"Caf\xE9\";\x80 5;\x96\r\n\"Ho\x81ting\";x\r\n";
    char *s = read_all(text, strlen(text), ';', "windows-1252");
    /* 0x81 is undefined in Windows-1252: it becomes U+FFFD. */
    ck_assert_str_eq(s, "1:Patiëntnummer|Café|€ 5|–\n2:Ho\xEF\xBF\xBDting|x\n");
    free(s);
}
END_TEST

START_TEST(overlong_line_is_one_problem)
{
    /* A line of 3 MB: one record with CSV_TOO_LONG, and the next line keeps
     * its number instead of the line's tail coming back as records. */
    size_t big = 3u << 20;
    char *text = xmalloc(big + 64);
    size_t n = 0;
    n += (size_t)sprintf(text + n, "a,b\n");
    memset(text + n, 'x', big);
    n += big;
    n += (size_t)sprintf(text + n, "\nc,d\n");
    char *s = read_all(text, n, ',', NULL);
    ck_assert_str_eq(s, "1:a|b\n2:!3\n3:c|d\n");
    free(s);
    free(text);
}
END_TEST

/* ---- format files ------------------------------------------------------------ */

static char *write_temp(const char *text)
{
    const char *tmp = getenv("TMPDIR");
    char *path = xasprintf("%s/ehtrack-format-XXXXXX.yaml", tmp && *tmp ? tmp : "/tmp");
    int fd = mkstemps(path, 5);
    ck_assert(fd >= 0);
    ck_assert_int_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    return path;
}

static void load_format(struct log_format *f, const char *yaml)
{
    char *path = write_temp(yaml);
    struct diag_list d = {0};
    bool ok = format_load_file(f, path, &d);
    ck_assert_msg(ok, "format does not load: %s", d.count ? d.items[0].msg : "");
    diag_free(&d);
    unlink(path);
    free(path);
    struct eh_error err = {0};
    ck_assert_int_eq(format_bind(f, NULL, true, "t.csv", &err), EH_OK);
}

/* Applies the format to one line; returns the value of field `name`, or
 * "!" and the problem. */
static char *apply(struct log_format *f, const char *line, const char *name)
{
    static char result[300];
    char *copy = xstrdup(line);
    struct csv_record *rec = xcalloc(1, sizeof *rec);
    char *p = copy;
    for (;;) {
        rec->fields[rec->count].p = p;
        char *d = strchr(p, f->delimiter);
        if (!d) {
            rec->fields[rec->count++].len = strlen(p);
            break;
        }
        rec->fields[rec->count++].len = (size_t)(d - p);
        *d = '\0';
        p = d + 1;
    }
    const char *values[LOG_MAX_FIELDS];
    size_t lens[LOG_MAX_FIELDS];
    struct row_problem problem = {0};
    if (!format_apply(f, rec, values, lens, &problem)) {
        snprintf(result, sizeof result, "!%s", problem.reason);
    } else {
        int i = kind_field_index(f->def, name);
        snprintf(result, sizeof result, "%.*s", values[i] ? (int)lens[i] : 0, values[i] ? values[i] : "");
    }
    free(rec);
    free(copy);
    return result;
}

START_TEST(utc_times_with_their_own_offset_convert_once)
{
    struct log_format f;
    load_format(&f, "format: t\nkind: calls\ntimezone: UTC\ncsv: {header: false}\n"
                    "fields:\n  start: {column: 1}\n  direction: {value: in}\n"
                    "  wait_s: {value: 0}\n  talk_s: {value: 0}\n  outcome: {value: answered}\n");
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00:00", "start"), "2026-01-10 11:00:00");
    ck_assert_str_eq(apply(&f, "2026-07-10T10:00", "start"), "2026-07-10 12:00:00");
    /* An explicit offset wins over timezone: UTC, and is applied once. */
    ck_assert_str_eq(apply(&f, "2026-01-10T10:00:00Z", "start"), "2026-01-10 11:00:00");
    ck_assert_str_eq(apply(&f, "2026-01-10T10:00:00+01:00", "start"), "2026-01-10 10:00:00");
    ck_assert_str_eq(apply(&f, " 2026-01-10 10:00 ", "start"), "2026-01-10 11:00:00");
    format_free(&f);
}
END_TEST

START_TEST(time_format_offsets_are_honoured)
{
    struct log_format f;
    load_format(&f, "format: t\nkind: calls\ncsv: {header: false}\n"
                    "fields:\n  start: {column: 1, time_format: \"%Y-%m-%dT%H:%M:%S%z\"}\n"
                    "  direction: {value: in}\n  wait_s: {value: 0}\n  talk_s: {value: 0}\n"
                    "  outcome: {value: answered}\n");
    ck_assert_str_eq(apply(&f, "2026-01-10T10:00:00+0000", "start"), "2026-01-10 11:00:00");
    ck_assert_str_eq(apply(&f, "2026-01-10T10:00:00+01:00", "start"), "2026-01-10 10:00:00");
    ck_assert_str_eq(apply(&f, "2026-07-10T10:00:00Z", "start"), "2026-07-10 12:00:00");
    ck_assert_str_eq(apply(&f, "2026-07-10T10:00:00-04:00", "start"), "2026-07-10 16:00:00");
    format_free(&f);
}
END_TEST

START_TEST(empty_joined_time_is_absent)
{
    struct log_format f;
    load_format(&f, "format: t\nkind: messages\ncsv: {header: false}\n"
                    "fields:\n  id: {column: 1}\n"
                    "  received: {column: 2, plus_column: 3, time_format: \"%d-%m-%Y %H:%M\"}\n"
                    "  answered: {column: 4, plus_column: 5, time_format: \"%d-%m-%Y %H:%M\"}\n"
                    "  channel: {value: econsult}\n");
    ck_assert_str_eq(apply(&f, "m1,09-03-2026,07:41,,", "answered"), "");
    ck_assert_str_eq(apply(&f, "m1,09-03-2026,07:41, , ", "answered"), "");
    ck_assert_str_eq(apply(&f, "m1,09-03-2026,07:41,10-03-2026,08:45", "answered"), "2026-03-10 08:45:00");
    ck_assert_str_eq(apply(&f, "m1,09-03-2026,07:41,10-03-2026,", "answered"),
                     "!answered: does not fit time_format '%d-%m-%Y %H:%M'");
    format_free(&f);
}
END_TEST

START_TEST(numbers_out_of_range_and_blank)
{
    struct log_format f;
    load_format(&f, "format: t\nkind: calls\ncsv: {header: false}\n"
                    "fields:\n  start: {column: 1}\n  direction: {value: in}\n"
                    "  wait_s: {column: 2, minus_column: 3}\n  talk_s: {column: 3, scale: 60}\n"
                    "  outcome: {value: answered}\n");
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00,45,30", "wait_s"), "15");
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00,45,0,5", "talk_s"), "0");
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00,45,1.5", "talk_s"), "90");
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00,45,1.5", "wait_s"), "44");
    /* Used to print 301 digits into a 64-byte buffer. */
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00,1e300,0", "wait_s"), "!wait_s: the number is out of range");
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00,45,1e14", "talk_s"), "!talk_s: the number is out of range");
    /* Blanks are no number (they used to read as 0); an empty one stays
     * empty for the kind's check to judge. */
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00,  ,0", "wait_s"), "");
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00,45,  ", "wait_s"),
                     "!wait_s: column 3 (minus_column) is not a number");
    format_free(&f);
}
END_TEST

START_TEST(map_values_take_groups)
{
    struct log_format f;
    load_format(&f, "format: t\nkind: messages\nparser: regex\n"
                    "regex: '^(?<received>\\S+ \\S+) via=(?<via>\\S+)$'\n"
                    "fields:\n  received: {group: received}\n"
                    "  channel: {group: via, map: [{match: '^kanaal-(\\w+)$', value: '$1'}, "
                    "{match: '.*', value: other}]}\n");
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00 via=kanaal-sms", "channel"), "sms");
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00 via=fax", "channel"), "other");
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00 via=", "channel"), "!the line does not match the format's regex");
    format_free(&f);
}
END_TEST

static Suite *formats_suite(void)
{
    Suite *s = suite_create("formats");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, quoted_field_ending_in_a_multibyte_character);
    tcase_add_test(tc, windows_1252_is_converted);
    tcase_add_test(tc, overlong_line_is_one_problem);
    tcase_add_test(tc, utc_times_with_their_own_offset_convert_once);
    tcase_add_test(tc, time_format_offsets_are_honoured);
    tcase_add_test(tc, empty_joined_time_is_absent);
    tcase_add_test(tc, numbers_out_of_range_and_blank);
    tcase_add_test(tc, map_values_take_groups);
    suite_add_tcase(s, tc);
    return s;
}

REGISTER_SUITE(formats_suite)
