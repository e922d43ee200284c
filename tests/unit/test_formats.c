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

START_TEST(utf8_with_bom_is_utf8_whatever_the_format_says)
{
    /* Excel's "CSV UTF-8" of an export a format reads as Windows-1252: the
     * header came out as "PatiÃ«ntnummer" and matched no column. */
    const char *text = "\xEF\xBB\xBFPati\xC3\xABntnummer;Caf\xC3\xA9\r\n\xE2\x82\xAC 5;x\r\n";
    char *s = read_all(text, strlen(text), ';', "windows-1252");
    ck_assert_str_eq(s, "1:Patiëntnummer|Café\n2:€ 5|x\n");
    free(s);
    /* Without the mark, the encoding asked for stands. */
    const char *plain = "Caf\xE9;\x80\n";
    s = read_all(plain, strlen(plain), ';', "windows-1252");
    ck_assert_str_eq(s, "1:Café|€\n");
    free(s);
}
END_TEST

START_TEST(rows_of_delimiters_alone_are_blank)
{
    /* A spreadsheet writes ";;;;" for an empty formatted row; it was a row
     * of empty fields, rejected (and under --strict it refused the file). */
    const char *text = "a;b;c\r\n;;\r\n1;2;3\n ; ;\t\n;;\n";
    char *s = read_all(text, strlen(text), ';', NULL);
    ck_assert_str_eq(s, "1:a|b|c\n3:1|2|3\n");
    free(s);
    /* A line-based format keeps every line whole. */
    s = read_all(";;\nx\n", 5, '\n', NULL);
    ck_assert_str_eq(s, "1:;;\n2:x\n");
    free(s);
}
END_TEST

START_TEST(utf16_from_excel_unicode_text)
{
    /* Excel's "Unicode text": UTF-16 with a byte-order mark, tabs, CRLF,
     * whatever the format says. Row 2 holds a lone high surrogate (an emoji
     * cut in half): it becomes U+FFFD, and the rows after it are read (the
     * byte skipped alone shifted every unit after it, and the rest of the
     * file became one field, its rows lost). */
    const char *lines[] = {"Nr\tReden", "1\tx\xED\xA0\xBD", "2\tZo\xC3\xAB", "3\tok"};
    unsigned char le[256], be[256];
    size_t n = 0;
    le[n] = 0xFF; be[n++] = 0xFE;
    le[n] = 0xFE; be[n++] = 0xFF;
    for (size_t i = 0; i < ARRAY_LEN(lines); i++) {
        for (const unsigned char *p = (const unsigned char *)lines[i]; *p;) {
            unsigned unit;
            if (p[0] == 0xED) {           /* the lone surrogate D83D, written raw */
                unit = 0xD83D;
                p += 3;
            } else if (p[0] == 0xC3) {
                unit = ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
                p += 2;
            } else {
                unit = *p++;
            }
            le[n] = (unsigned char)unit; be[n++] = (unsigned char)(unit >> 8);
            le[n] = (unsigned char)(unit >> 8); be[n++] = (unsigned char)unit;
        }
        const unsigned char crlf[] = {'\r', 0, '\n', 0};
        for (int k = 0; k < 4; k += 2) {
            le[n] = crlf[k]; be[n++] = 0;
            le[n] = 0; be[n++] = crlf[k];
        }
    }
    const char *want = "1:Nr|Reden\n2:1|x\xEF\xBF\xBD\n3:2|Zoë\n4:3|ok\n";
    char *s = read_all((const char *)le, n, ';', "windows-1252");
    ck_assert_str_eq(s, want);
    free(s);
    s = read_all((const char *)be, n, ',', NULL);
    ck_assert_str_eq(s, want);
    free(s);
}
END_TEST

START_TEST(utf8_without_bom_is_utf8_whatever_the_format_says)
{
    /* A HIS export saved again as UTF-8 (LibreOffice's default) read by a
     * Windows-1252 format: its header said "PatiÃ«ntnummer" and the
     * column was not found. */
    const char *text = "Pati\xC3\xABntnummer;Caf\xC3\xA9\r\n\xE2\x82\xAC 5;x\r\n";
    char *s = read_all(text, strlen(text), ';', "windows-1252");
    ck_assert_str_eq(s, "1:Patiëntnummer|Café\n2:€ 5|x\n");
    free(s);
    /* Plain ASCII, or bytes that are not UTF-8, keep the encoding asked. */
    const char *ascii = "a;b\n\x80;\xE9\n";
    s = read_all(ascii, strlen(ascii), ';', "windows-1252");
    ck_assert_str_eq(s, "1:a|b\n2:€|é\n");
    free(s);
}
END_TEST

START_TEST(what_excel_and_dos_add_around_the_rows)
{
    /* "sep=," before the header tells Excel the delimiter: skipped and
     * obeyed (it was read as the header: every column missing). */
    const char *sep = "sep=,\r\na,b\r\n1,2\r\n";
    char *s = read_all(sep, strlen(sep), ';', NULL);
    ck_assert_str_eq(s, "2:a|b\n3:1|2\n");
    free(s);
    const char *tab = "sep=\t\na\tb\n";
    s = read_all(tab, strlen(tab), ';', NULL);
    ck_assert_str_eq(s, "2:a|b\n");
    free(s);
    /* A Ctrl-Z after the last line (old DOS tools) and a line of blanks in
     * a line-based log are no records (both were rejected rows). */
    const char *ctrlz = "a;b\r\n1;2\r\n\x1A";
    s = read_all(ctrlz, strlen(ctrlz), ';', NULL);
    ck_assert_str_eq(s, "1:a|b\n2:1|2\n");
    free(s);
    const char *log = "x 1\n   \n\t\ny 2\n\x1A\n";
    s = read_all(log, strlen(log), '\n', NULL);
    ck_assert_str_eq(s, "1:x 1\n4:y 2\n");
    free(s);
    /* Lines ended by CR alone (Excel's "CSV (Macintosh)"): one record each
     * (the whole file was one line); a CRLF file stays as it was. */
    const char *mac = "a;b\r1;\"x\"\r2;y\r";
    s = read_all(mac, strlen(mac), ';', NULL);
    ck_assert_str_eq(s, "1:a|b\n2:1|x\n3:2|y\n");
    free(s);
    const char *dos = "a;b\r\n1;\"x\ry\"\r\n";
    s = read_all(dos, strlen(dos), ';', NULL);
    ck_assert_str_eq(s, "1:a|b\n2:1|x\ry\n");
    free(s);
    /* A CRLF typed in a cell of a CR-only file is one line break: the
     * record after it starts on line 4 (it was counted twice: line 5). */
    const char *mac_crlf = "a;b\r1;\"x\r\ny\"\r2;z\r";
    s = read_all(mac_crlf, strlen(mac_crlf), ';', NULL);
    ck_assert_str_eq(s, "1:a|b\n2:1|x\r\ny\n4:2|z\n");
    free(s);
}
END_TEST

/* The records of a text: how many read without a problem, and the
 * problems with their lines ("2:6 "). */
static void count_records(const char *text, size_t len, long *ok, char *problems, size_t size)
{
    char *all = read_all(text, len, ',', NULL);
    *ok = 0;
    problems[0] = '\0';
    for (char *line = all, *next; *line; line = next) {
        next = strchr(line, '\n');
        *next++ = '\0';
        char *bang = strstr(line, ":!");
        if (!bang) (*ok)++;
        else snprintf(problems + strlen(problems), size - strlen(problems), "%.*s:%s ", (int)(bang - line), line,
                      bang + 2);
    }
    free(all);
}

START_TEST(lost_quote_and_long_lines_past_a_megabyte)
{
    /* A quote lost on line 2 with no quote in the 3 MB after it: it ran
     * past a megabyte and was skipped as one record, with every row in it. */
    size_t rows = 300000, n = 0;
    char *text = xmalloc(rows * 8 + 64);
    n += (size_t)sprintf(text + n, "n,r\n1,\"a\n");
    for (size_t i = 0; i < rows; i++) n += (size_t)sprintf(text + n, "2,b\n");
    long ok;
    char problems[256];
    count_records(text, n, &ok, problems, sizeof problems);
    ck_assert_int_eq(ok, 1 + (long)rows);
    ck_assert_str_eq(problems, "2:6 ");
    free(text);
    /* A CR-only file whose line past a megabyte ends on the last byte of a
     * read: the line after it was swallowed with it, and no problem told. */
    size_t m = 1 << 20, end_at = 3 * m - 1;
    text = xmalloc(end_at + 64);
    n = (size_t)sprintf(text, "a,b\r1,");
    memset(text + n, 'x', end_at - n);
    n = end_at;
    n += (size_t)sprintf(text + n, "\r2,y\r3,z\r");
    count_records(text, n, &ok, problems, sizeof problems);
    ck_assert_int_eq(ok, 3);
    ck_assert_str_eq(problems, "2:3 ");
    free(text);
}
END_TEST

START_TEST(header_names_in_capitals_and_padded)
{
    /* A HIS that writes its header in capitals: PATIËNTNUMMER names
     * Patiëntnummer (only ASCII letters were folded: the file was refused
     * for a column it has); a no-break space around a name is a blank. */
    const char *caps = "PATI\xc3\x8bNTNUMMER";
    ck_assert(format_header_is(caps, strlen(caps), "Pati\xc3\xabntnummer"));
    ck_assert(format_header_is("\xc2\xa0 Datum\xc2\xa0", 10, "datum"));
    /* Other letters stay apart: E is not \xc3\x8b, and \xc3\x97 (the
     * multiplication sign) is not \xc3\xb7 (the division sign). */
    ck_assert(!format_header_is("PATIENTNUMMER", 13, "Pati\xc3\xabntnummer"));
    ck_assert(!format_header_is("a\xc3\x97", 3, "a\xc3\xb7"));
    ck_assert(!format_header_is("Datum2", 6, "datum"));
}
END_TEST

START_TEST(a_lost_closing_quote_takes_no_row_with_it)
{
    /* The reason of row 1 misses its closing quote: the quote that opens a
     * field of row 2 closed it, and row 2 was part of row 1's reason (no
     * problem, no reject: a row lost). Now row 1 is the problem, alone,
     * and rows 2 and 3 are read. */
    const char *his = "n;reason\r\n1;\"Uitslag\r\n2;\"x\"\r\n3;\"y\"\r\n";
    char *s = read_all(his, strlen(his), ';', NULL);
    ck_assert_str_eq(s, "1:n|reason\n2:!6\n3:2|x\n4:3|y\n");
    free(s);
    /* No quote after it at all: it ran to the end of the file, one
     * problem for every row after it. */
    const char *open_end = "n,r\n1,\"a\n2,b\n3,c\n";
    s = read_all(open_end, strlen(open_end), ',', NULL);
    ck_assert_str_eq(s, "1:n|r\n2:!6\n3:2|b\n4:3|c\n");
    free(s);
    /* A field that spans lines and closes before a delimiter or line end
     * is a field; an earlier field's line break keeps the line count. */
    const char *fine = "1,\"a\n\"\"b\"\"\",\"c\"\n2,\"d\ne\"x,\"f\"\n3,g\n";
    s = read_all(fine, strlen(fine), ',', NULL);
    ck_assert_str_eq(s, "1:1|a\n\"b\"|c\n3:!6\n4:e\"x|f\n5:3|g\n");
    free(s);
    /* Text after a closing quote on one line stays as written; an
     * unclosed quote on the last line is that problem. */
    const char *tail = "1,\"a\"b,c\n2,\"d";
    s = read_all(tail, strlen(tail), ',', NULL);
    ck_assert_str_eq(s, "1:1|ab|c\n2:!2\n");
    free(s);
    const char *last = "1,\"d\r\n";
    s = read_all(last, strlen(last), ',', NULL);
    ck_assert_str_eq(s, "1:!2\n");
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

START_TEST(line_past_one_megabyte_is_too_long_wherever_it_lies)
{
    /* A line up to twice the limit that the buffer happened to hold whole
     * was read as a record; a quoted field's line breaks restarted
     * reading inside the field. Every such line is one problem, wherever
     * the buffer's edges fall, and the lines after it keep their numbers;
     * a line of exactly the limit is a record. */
    const size_t lengths[] = {CSV_MAX_RECORD, CSV_MAX_RECORD + 1, CSV_MAX_RECORD + CSV_MAX_RECORD / 2,
                              2 * CSV_MAX_RECORD - 3, 3 * CSV_MAX_RECORD};
    const size_t leads[] = {0, 4093, CSV_MAX_RECORD / 2 + 17};
    for (size_t quoted = 0; quoted < 2; quoted++)
        for (size_t l = 0; l < ARRAY_LEN(lengths); l++)
            for (size_t k = 0; k < ARRAY_LEN(leads); k++) {
                size_t len = lengths[l], lead = leads[k];
                char *text = xmalloc(len + lead + 64);
                size_t n = (size_t)sprintf(text, "a,b\n");
                if (lead) {
                    memset(text + n, 'p', lead);
                    n += lead;
                    text[n++] = '\n';
                }
                /* Quoted: a field with a line break every 1,000 bytes and
                 * doubled quotes in it, then an unquoted field. */
                long breaks = 0;
                size_t body = n;
                memset(text + n, 'x', len);
                if (quoted) {
                    text[n] = '"';
                    for (size_t i = 1000; i + 8 < len; i += 1000) {
                        text[n + i] = '\n';
                        breaks++;
                    }
                    memcpy(text + n + 500, "\"\"", 2);
                    memcpy(text + n + len - 4, "\",yz", 4);
                }
                n += len;
                n += (size_t)sprintf(text + n, "\nc,d\n");
                char *s = read_all(text, n, ',', NULL);
                struct sbuf want = {0};
                sbuf_adds(&want, "1:a|b\n");
                long line = 2;
                if (lead) {
                    sbuf_addf(&want, "2:%.*s\n", (int)lead, text + 4);
                    line = 3;
                }
                if (len > CSV_MAX_RECORD && quoted) {
                    /* A quoted field over many lines past a megabyte: one
                     * problem when its closing quote is in the same read
                     * (too long), else a lost closing quote (a spreadsheet's
                     * cell holds 32,767 characters): its first line is the
                     * problem, and the lines after it are read again. The
                     * next record's line is right either way. */
                    size_t head = want.len;
                    sbuf_addf(&want, "%ld:!3\n%ld:c|d\n", line, line + breaks + 1);
                    bool too_long = strcmp(s, sbuf_str(&want)) == 0;
                    char runaway[32], tail[32];
                    snprintf(runaway, sizeof runaway, "%ld:!6\n", line);
                    snprintf(tail, sizeof tail, "\n%ld:c|d\n", line + breaks + 1);
                    bool lost = strncmp(s, sbuf_str(&want), head) == 0 &&
                                strncmp(s + head, runaway, strlen(runaway)) == 0 && strlen(s) > strlen(tail) &&
                                strcmp(s + strlen(s) - strlen(tail), tail) == 0;
                    ck_assert_msg(too_long || lost, "a line of %zu bytes after %zu, quoted", len, lead);
                    sbuf_free(&want);
                    free(s);
                    free(text);
                    continue;
                }
                if (len > CSV_MAX_RECORD)
                    sbuf_addf(&want, "%ld:!3\n", line);
                else if (!quoted)
                    sbuf_addf(&want, "%ld:%.*s\n", line, (int)len, text + body);
                else
                    sbuf_addf(&want, "%ld:%.*s\"%.*s|yz\n", line, 499, text + body + 1, (int)(len - 4 - 502),
                              text + body + 502);
                sbuf_addf(&want, "%ld:c|d\n", line + breaks + 1);
                ck_assert_msg(strcmp(s, sbuf_str(&want)) == 0, "a line of %zu bytes after %zu, quoted %zu", len,
                              lead, quoted);
                sbuf_free(&want);
                free(s);
                free(text);
            }
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

/* One line split at the delimiter (no quoting) into a record whose fields
 * point into line. */
static struct csv_record *split_line(char *line, char delimiter)
{
    struct csv_record *rec = xcalloc(1, sizeof *rec);
    rec->line = 1;
    for (char *p = line;;) {
        rec->fields[rec->count].p = p;
        char *d = strchr(p, delimiter);
        if (!d) {
            rec->fields[rec->count++].len = strlen(p);
            return rec;
        }
        rec->fields[rec->count++].len = (size_t)(d - p);
        *d = '\0';
        p = d + 1;
    }
}

/* Applies the format to one line; returns the value of field `name`, or
 * "!" and the problem. */
static char *apply(struct log_format *f, const char *line, const char *name)
{
    static char result[300];
    char *copy = xstrdup(line);
    struct csv_record *rec = split_line(copy, f->delimiter);
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


START_TEST(durations_in_their_notations)
{
    struct log_format f;
    load_format(&f, "format: t\nkind: calls\ncsv: {header: false}\n"
                    "fields:\n  start: {column: 1}\n  direction: {value: in}\n"
                    "  wait_s: {column: 2, duration: \"MM:SS\"}\n  talk_s: {column: 3, duration: \"HH:MM:SS\"}\n"
                    "  outcome: {value: answered}\n");
    /* MM:SS: 1:05 is 65 s, minutes may pass 59; HH:MM:SS, one hour digit too. */
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00,1:05,00:03:12", "wait_s"), "65");
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00,75:30,00:03:12", "wait_s"), "4530");
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00,0:19,00:03:12", "talk_s"), "192");
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00,0:19,1:02:03", "talk_s"), "3723");
    /* A fraction of a second is rounded (halves away from zero). */
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00,0:19,00:00:05.5", "talk_s"), "6");
    /* Not the notation: rejected, without the value (7.1). */
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00,0:19,3:12", "talk_s"), "!talk_s: not a duration HH:MM:SS");
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00,1:5,00:00:01", "wait_s"), "!wait_s: not a duration MM:SS");
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00,1:60,00:00:01", "wait_s"), "!wait_s: not a duration MM:SS");
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00,0:19,00:61:00", "talk_s"),
                     "!talk_s: not a duration HH:MM:SS");
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00,,00:00:01", "wait_s"), "");
    format_free(&f);
    /* H:MM into minutes; a consult's value is never repeated. */
    load_format(&f, "format: t\nkind: consults\ncsv: {header: false}\n"
                    "fields:\n  start: {column: 1}\n  patient: {column: 2}\n  channel: {value: f2f}\n"
                    "  role: {value: gp}\n  minutes: {column: 3, duration: \"H:MM\", minus_column: 4}\n");
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00,P1,0:19,0:00", "minutes"), "19");
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00,P1,1:05,0:05", "minutes"), "60");
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00,P1,19,0:00", "minutes"), "!minutes: not a duration H:MM");
    ck_assert_str_eq(apply(&f, "2026-01-10 10:00,P1,0:19,x", "minutes"),
                     "!minutes: column 4 (minus_column) is not a duration H:MM");
    format_free(&f);
}
END_TEST

START_TEST(seconds_between_two_time_columns)
{
    struct log_format f;
    load_format(&f, "format: t\nkind: calls\ncsv: {header: false}\n"
                    "fields:\n  start: {column: 1, time_format: \"%Y/%m/%d %H:%M:%S\"}\n  direction: {value: in}\n"
                    "  wait_s: {between: {from: 1, to: [2, 3]}, time_format: \"%Y/%m/%d %H:%M:%S\"}\n"
                    "  talk_s: {value: 0}\n  outcome: {value: answered}\n");
    /* To the answer, or, without one, to the end. */
    ck_assert_str_eq(apply(&f, "2026/03/02 08:00:00,2026/03/02 08:00:18,2026/03/02 08:03:00", "wait_s"), "18");
    ck_assert_str_eq(apply(&f, "2026/03/02 08:00:00,,2026/03/02 08:00:41", "wait_s"), "41");
    /* Real seconds: across the switch to summer time 01:59:50 -> 03:00:05 is 15 s. */
    ck_assert_str_eq(apply(&f, "2026/03/29 01:59:50,2026/03/29 03:00:05,", "wait_s"), "15");
    /* No start, or no end at all: empty, for the kind's check. */
    ck_assert_str_eq(apply(&f, "2026/03/02 08:00:00,,", "wait_s"), "");
    ck_assert_str_eq(apply(&f, "2026/03/02 08:00:00,08:00:18,", "wait_s"),
                     "!wait_s: column 2 does not fit time_format '%Y/%m/%d %H:%M:%S'");
    ck_assert_str_eq(apply(&f, "2026/03/02 08:00:00,2026/03/02 08:00:18", "wait_s"), "18");
    ck_assert_str_eq(apply(&f, "2026/03/02 08:00:00", "wait_s"), "!wait_s: the row has no column 2 (it has 1)");
    format_free(&f);
    /* In UTC the difference is the same; minutes round. */
    load_format(&f, "format: t\nkind: consults\ncsv: {header: false}\ntimezone: UTC\n"
                    "fields:\n  start: {column: 1}\n  patient: {value: P1}\n  channel: {value: f2f}\n"
                    "  role: {value: gp}\n  minutes: {between: {from: 1, to: 2}}\n");
    ck_assert_str_eq(apply(&f, "2026-03-02 08:00:00,2026-03-02 08:10:30", "minutes"), "11");
    ck_assert_str_eq(apply(&f, "2026-03-02 08:00:00,2026-03-02 08:10:30", "start"), "2026-03-02 09:00:00");
    format_free(&f);
}
END_TEST

START_TEST(an_id_from_several_columns)
{
    struct log_format f;
    load_format(&f, "format: t\nkind: calls\ncsv: {header: false}\n"
                    "fields:\n  id: {columns: [1, 2]}\n  start: {column: 3}\n  direction: {columns: [4, 5], "
                    "map: [{match: '^Line ', value: in}, {match: ' Line$', value: out}]}\n"
                    "  wait_s: {value: 0}\n  talk_s: {value: 0}\n  outcome: {value: answered}\n");
    ck_assert_str_eq(apply(&f, "Call 48213,0000019A_3312,2026-03-02 08:00,Line,Queue", "id"), "Call 48213 0000019A_3312");
    ck_assert_str_eq(apply(&f, "Call 48213,0000019A_3312,2026-03-02 08:00,Line,Queue", "direction"), "in");
    ck_assert_str_eq(apply(&f, "Call 48214,0000019A_3313,2026-03-02 08:00,Extension,Line", "direction"), "out");
    /* The value before the map is kept for the list of unmapped codes. */
    ck_assert_str_eq(apply(&f, "Call 48215,0000019A_3314,2026-03-02 08:00,Extension,Queue", "direction"),
                     "Extension Queue");
    int d = kind_field_index(f.def, "direction");
    ck_assert_str_eq(f.source[d], "Extension Queue");
    ck_assert_str_eq(apply(&f, "Call 48213", "id"), "!start: the row has no column 3 (it has 1)");
    format_free(&f);
}
END_TEST

START_TEST(skip_rules_need_all_their_conditions)
{
    struct log_format f;
    load_format(&f, "format: t\nkind: calls\ncsv: {header: false}\n"
                    "skip:\n  - name: internal\n    when:\n      - {column: 2, match: '^\\d{3}$'}\n"
                    "      - {column: 3, not_match: '^\\d{6,}$'}\n"
                    "  - when: [{column: 4, match: '(?i)^test$'}]\n"
                    "fields:\n  start: {column: 1}\n  direction: {value: in}\n"
                    "  wait_s: {value: 0}\n  talk_s: {value: 0}\n  outcome: {value: answered}\n");
    struct {
        const char *line;
        int rule;
    } cases[] = {
        {"2026-03-02 08:00,201,202,x", 0},           /* extension to extension */
        {"2026-03-02 08:00,201,*97,x", 0},           /* to a feature code */
        {"2026-03-02 08:00,201,0612345678,x", -1},   /* out: a call */
        {"2026-03-02 08:00,0612345678,200,x", -1},   /* in: a call */
        {"2026-03-02 08:00,0612345678,200,TEST", 1},
        {"2026-03-02 08:00,201", -1},                /* too short for either rule */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *copy = xstrdup(cases[i].line);
        struct csv_record *rec = split_line(copy, ',');
        struct row_problem problem;
        ck_assert_msg(format_skips(&f, rec, &problem) == cases[i].rule, "%s", cases[i].line);
        free(rec);
        free(copy);
    }
    format_free(&f);
}
END_TEST

START_TEST(every_missing_header_column_is_named_and_no_value)
{
    struct log_format f;
    char *path = write_temp("format: t\nkind: consults\ncsv: {delimiter: \";\"}\n"
                            "skip: [{when: [{column: Soort, match: Notitie}]}]\n"
                            "fields:\n  start: {column: Datum, plus_column: Tijd}\n  patient: {column: Patiënt}\n"
                            "  channel: {column: Soort}\n  role: {value: gp}\n");
    struct diag_list d = {0};
    ck_assert(format_load_file(&f, path, &d));
    unlink(path);
    free(path);
    /* A file without a header line: its first row of data stands there. */
    char line[] = "02-03-2026;08:10;P9951001;Consult";
    struct csv_record *rec = split_line(line, ';');
    struct eh_error err = {0};
    ck_assert_int_eq(format_bind(&f, rec, true, "x.csv", &err), EH_INVALID);
    ck_assert_str_eq(err.msg, "the header has no columns 'Datum', 'Tijd', 'Patiënt', 'Soort' (the format reads "
                              "'Datum', 'Tijd', 'Patiënt', 'Soort'; the header line has 4 columns); none of them is "
                              "there: a row of data, the file written without its header line? export it with the "
                              "header, or set csv: {header: false} and read columns by number");
    ck_assert_ptr_null(strstr(err.msg, "P9951001"));
    ck_assert_int_eq(err.line, 1);
    free(rec);
    format_free(&f);
}
END_TEST

START_TEST(format_files_with_the_new_keys_wrong)
{
    struct log_format f;
    char *path = write_temp("format: t\nkind: consults\ncsv: {header: false}\nsame_id: legs\n"
                            "skip: [{when: [{column: 1}]}, {name: x}]\n"
                            "fields:\n  start: {column: 1, duration: \"H:MM\"}\n"
                            "  patient: {between: {from: 1, to: 2}}\n  channel: {column: 3, duration: \"SS\"}\n"
                            "  role: {columns: []}\n  minutes: {between: {from: 1}, map: [{match: x, value: y}]}\n");
    struct diag_list d = {0};
    ck_assert(!format_load_file(&f, path, &d));
    const char *want[] = {
        "same_id: legs is for calls (the rows of one call); consults have no legs",
        "a skip condition needs exactly one of match or not_match",
        "skip rule is missing required key 'when'",
        "field start: duration applies to minutes, wait_s and talk_s",
        "field patient: between gives seconds, for numbers (wait_s, talk_s, minutes)",
        "duration must be one of H:MM | HH:MM:SS | MM:SS (got 'SS')",
        "field channel: duration applies to minutes, wait_s and talk_s",
        "columns: name at least one column",
        "between is missing required key 'to'",
        "field minutes: between reads times, there is nothing to map",
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        bool found = false;
        for (size_t k = 0; k < d.count && !found; k++) found = strstr(d.items[k].msg, want[i]) != NULL;
        ck_assert_msg(found, "no diagnostic '%s'", want[i]);
    }
    diag_free(&d);
    format_free(&f);
    unlink(path);
    free(path);
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
    tcase_add_test(tc, utf8_with_bom_is_utf8_whatever_the_format_says);
    tcase_add_test(tc, rows_of_delimiters_alone_are_blank);
    tcase_add_test(tc, utf16_from_excel_unicode_text);
    tcase_add_test(tc, utf8_without_bom_is_utf8_whatever_the_format_says);
    tcase_add_test(tc, what_excel_and_dos_add_around_the_rows);
    tcase_add_test(tc, a_lost_closing_quote_takes_no_row_with_it);
    tcase_add_test(tc, header_names_in_capitals_and_padded);
    tcase_add_test(tc, lost_quote_and_long_lines_past_a_megabyte);
    tcase_add_test(tc, line_past_one_megabyte_is_too_long_wherever_it_lies);
    tcase_add_test(tc, utc_times_with_their_own_offset_convert_once);
    tcase_add_test(tc, time_format_offsets_are_honoured);
    tcase_add_test(tc, empty_joined_time_is_absent);
    tcase_add_test(tc, numbers_out_of_range_and_blank);
    tcase_add_test(tc, map_values_take_groups);
    tcase_add_test(tc, durations_in_their_notations);
    tcase_add_test(tc, seconds_between_two_time_columns);
    tcase_add_test(tc, an_id_from_several_columns);
    tcase_add_test(tc, skip_rules_need_all_their_conditions);
    tcase_add_test(tc, every_missing_header_column_is_named_and_no_value);
    tcase_add_test(tc, format_files_with_the_new_keys_wrong);
    suite_add_tcase(s, tc);
    return s;
}

REGISTER_SUITE(formats_suite)
