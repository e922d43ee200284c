/* xlsx_verify.c: workbooks written by libxlsxwriter pass, also one of
 * ZIP64 records; zips built here byte by byte, with a part cut off, a
 * wrong CRC, a wrong length, without their end, are each refused with the
 * part named; no cut or damaged byte of a real workbook crashes it. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include <zlib.h>

#include "suites.h"
#include "util.h"
#include "xlsx_verify.h"

static const char HINT[] = "(a write failed while it was made: disk full or a file size limit?)";

static char *temp_file(void)
{
    const char *tmp = getenv("TMPDIR");
    char *path = xasprintf("%s/ehtrack-xlsx-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    int fd = mkstemp(path);
    ck_assert_msg(fd >= 0, "mkstemp: %s", strerror(errno));
    close(fd);
    return path;
}

/* Written over in place and cut to length: truncating to zero first
 * would make ext4 flush the file on close, thousands of times. */
static void write_bytes(const char *path, const void *p, size_t n)
{
    int fd = open(path, O_WRONLY);
    ck_assert_msg(fd >= 0, "%s: %s", path, strerror(errno));
    ck_assert_int_eq(pwrite(fd, p, n, 0), (ssize_t)n);
    ck_assert_int_eq(ftruncate(fd, (off_t)n), 0);
    ck_assert_int_eq(close(fd), 0);
}

static unsigned char *read_bytes(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    ck_assert(f != NULL);
    ck_assert_int_eq(fseek(f, 0, SEEK_END), 0);
    long len = ftell(f);
    ck_assert_int_ge(len, 0);
    rewind(f);
    unsigned char *p = xmalloc((size_t)len + 1);
    ck_assert_uint_eq(fread(p, 1, (size_t)len, f), (size_t)len);
    fclose(f);
    *n = (size_t)len;
    return p;
}

/* The file the zips built here are written to, one per test. */
static char *scratch;

static void scratch_setup(void)
{
    scratch = temp_file();
}

static void scratch_teardown(void)
{
    unlink(scratch);
    free(scratch);
    scratch = NULL;
}

/* The verdict on n bytes as a file; the message in msg when not EH_OK. */
static int verify_bytes(const void *p, size_t n, char *msg, size_t cap)
{
    write_bytes(scratch, p, n);
    struct eh_error err = {0};
    int rc = xlsx_verify(scratch, &err);
    if (rc) {
        ck_assert_str_eq(err.file, scratch);
        snprintf(msg, cap, "%s", err.msg);
    }
    return rc;
}

/* ---- zips built here ------------------------------------------------------------------ */

struct bytes {
    unsigned char *p;
    size_t len, cap;
};

static void put(struct bytes *b, const void *p, size_t n)
{
    if (b->len + n > b->cap) {
        b->cap = (b->len + n) * 2;
        b->p = xrealloc(b->p, b->cap);
    }
    memcpy(b->p + b->len, p, n);
    b->len += n;
}

static void put16(struct bytes *b, uint64_t v)
{
    unsigned char x[2] = {(unsigned char)v, (unsigned char)(v >> 8)};
    put(b, x, 2);
}

static void put32(struct bytes *b, uint64_t v)
{
    put16(b, v & 0xFFFF);
    put16(b, (v >> 16) & 0xFFFF);
}

static void put64(struct bytes *b, uint64_t v)
{
    put32(b, v & 0xFFFFFFFF);
    put32(b, v >> 32);
}

struct part {
    const char *name;
    const char *text;
    int method;                 /* 0 stored, 8 deflated */
    size_t keep;                /* 0, or the bytes of text the zip holds (its directory agrees) */
    uint32_t crc_xor;           /* a wrong CRC in the directory */
    long size_delta;            /* a wrong length in the directory */
    size_t drop_compressed;     /* compressed bytes left out (the sizes agree) */
};

struct shape {
    bool zip64_entries;         /* sizes and offsets as 0xFFFFFFFF, the real ones in the extra field */
    bool zip64_end;             /* a ZIP64 end record and its locator */
};

static struct bytes deflated(const unsigned char *p, size_t n)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    ck_assert_int_eq(deflateInit2(&zs, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
    struct bytes b = {xmalloc(deflateBound(&zs, n)), 0, 0};
    b.cap = deflateBound(&zs, n);
    zs.next_in = (unsigned char *)p;
    zs.avail_in = (uInt)n;
    zs.next_out = b.p;
    zs.avail_out = (uInt)b.cap;
    ck_assert_int_eq(deflate(&zs, Z_FINISH), Z_STREAM_END);
    b.len = b.cap - zs.avail_out;
    deflateEnd(&zs);
    return b;
}

static struct bytes build_zip(const struct part *parts, size_t n, const struct shape *s)
{
    struct bytes z = {0}, dir = {0};
    for (size_t i = 0; i < n; i++) {
        const struct part *pt = &parts[i];
        size_t len = pt->keep ? pt->keep : strlen(pt->text);
        const unsigned char *text = (const unsigned char *)pt->text;
        struct bytes data = pt->method == 8 ? deflated(text, len) : (struct bytes){0};
        if (pt->method == 0) put(&data, text, len);
        data.len -= pt->drop_compressed;
        uint32_t crc = (uint32_t)crc32(0, text, (uInt)len) ^ pt->crc_xor;
        uint64_t usize = (uint64_t)((long)len + pt->size_delta), offset = z.len;
        size_t name_len = strlen(pt->name);
        /* The local header as libxlsxwriter writes it: a ZIP64 extra field
         * beside 32-bit sizes. */
        put32(&z, 0x04034b50);
        put16(&z, 45);
        put16(&z, 0);
        put16(&z, (uint64_t)pt->method);
        put32(&z, 0x21);
        put32(&z, crc);
        put32(&z, data.len);
        put32(&z, usize);
        put16(&z, name_len);
        put16(&z, 20);
        put(&z, pt->name, name_len);
        put16(&z, 1);
        put16(&z, 16);
        put64(&z, 0);
        put64(&z, 0);
        put(&z, data.p, data.len);
        put32(&dir, 0x02014b50);
        put16(&dir, 45);
        put16(&dir, 45);
        put16(&dir, 0);
        put16(&dir, (uint64_t)pt->method);
        put32(&dir, 0x21);
        put32(&dir, crc);
        put32(&dir, s->zip64_entries ? 0xFFFFFFFF : data.len);
        put32(&dir, s->zip64_entries ? 0xFFFFFFFF : usize);
        put16(&dir, name_len);
        /* An unrelated extra field first: the ZIP64 one need not lead. */
        put16(&dir, s->zip64_entries ? 8 + 28 : 0);
        put16(&dir, 0);
        put16(&dir, 0);
        put16(&dir, 0);
        put32(&dir, 0);
        put32(&dir, s->zip64_entries ? 0xFFFFFFFF : offset);
        put(&dir, pt->name, name_len);
        if (s->zip64_entries) {
            put16(&dir, 0x5455);
            put16(&dir, 4);
            put32(&dir, 0);
            put16(&dir, 1);
            put16(&dir, 24);
            put64(&dir, usize);
            put64(&dir, data.len);
            put64(&dir, offset);
        }
        free(data.p);
    }
    uint64_t dir_at = z.len, dir_len = dir.len;
    put(&z, dir.p, dir.len);
    free(dir.p);
    if (s->zip64_end) {
        uint64_t end64_at = z.len;
        put32(&z, 0x06064b50);
        put64(&z, 44);
        put16(&z, 45);
        put16(&z, 45);
        put32(&z, 0);
        put32(&z, 0);
        put64(&z, n);
        put64(&z, n);
        put64(&z, dir_len);
        put64(&z, dir_at);
        put32(&z, 0x07064b50);
        put32(&z, 0);
        put64(&z, end64_at);
        put32(&z, 1);
    }
    put32(&z, 0x06054b50);
    put16(&z, 0);
    put16(&z, 0);
    put16(&z, s->zip64_end ? 0xFFFF : n);
    put16(&z, s->zip64_end ? 0xFFFF : n);
    put32(&z, s->zip64_end ? 0xFFFFFFFF : dir_len);
    put32(&z, s->zip64_end ? 0xFFFFFFFF : dir_at);
    put16(&z, 0);
    return z;
}

static const char SHEET[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<sheetData><row r=\"1\"><c r=\"A1\" t=\"n\"><v>1</v></c></row>"
    "<row r=\"2\"><c r=\"A2\" t=\"n\"><v>2</v></c></row></sheetData></worksheet>\n";
static const char RELS[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"t\" Target=\"a.xml\"/></Relationships >";
static const char EMPTY_ROOT[] = "<?xml version=\"1.0\"?>\n<!-- none --><calcChain a=\"x/>\"/>\n";
static const char BINARY[] = "\x89PNG\r\n\x1a\n not XML at all, and not checked as XML";

/* A workbook's parts, the part at index `which` changed by `change`. */
static int verify_parts(const struct shape *s, size_t which, struct part change, char *msg, size_t cap)
{
    struct part parts[] = {
        {.name = "_rels/.rels", .text = RELS, .method = 8},
        {.name = "xl/worksheets/sheet1.xml", .text = SHEET, .method = 8},
        {.name = "xl/calcChain.xml", .text = EMPTY_ROOT, .method = 0},
        {.name = "xl/media/image1.png", .text = BINARY, .method = 8},
    };
    if (change.name) parts[which] = change;
    struct bytes z = build_zip(parts, ARRAY_LEN(parts), s);
    int rc = verify_bytes(z.p, z.len, msg, cap);
    free(z.p);
    return rc;
}

static const struct shape SHAPES[] = {{false, false}, {true, false}, {false, true}, {true, true}};

START_TEST(whole_zips_pass)
{
    char msg[2048] = "";
    for (size_t i = 0; i < ARRAY_LEN(SHAPES); i++)
        ck_assert_msg(verify_parts(&SHAPES[i], 0, (struct part){0}, msg, sizeof msg) == EH_OK, "shape %zu: %s", i, msg);
}
END_TEST

START_TEST(cut_part_is_named)
{
    char msg[2048], want[512];
    snprintf(want, sizeof want, "the workbook's part xl/worksheets/sheet1.xml is cut off %s", HINT);
    /* Cut anywhere: inside a tag, between rows, just before the last
     * closing tag, and empty. */
    const size_t keeps[] = {200, 250, strlen(SHEET) - 13, strlen(SHEET) - 2, 1};
    for (size_t s = 0; s < ARRAY_LEN(SHAPES); s++)
        for (size_t k = 0; k < ARRAY_LEN(keeps); k++) {
            struct part p = {.name = "xl/worksheets/sheet1.xml", .text = SHEET, .method = 8, .keep = keeps[k]};
            ck_assert_int_eq(verify_parts(&SHAPES[s], 1, p, msg, sizeof msg), EH_IO);
            ck_assert_str_eq(msg, want);
        }
    struct part rels = {.name = "_rels/.rels", .text = RELS, .method = 0, .keep = strlen(RELS) - 1};
    ck_assert_int_eq(verify_parts(&SHAPES[0], 0, rels, msg, sizeof msg), EH_IO);
    snprintf(want, sizeof want, "the workbook's part _rels/.rels is cut off %s", HINT);
    ck_assert_str_eq(msg, want);
    /* A root that closes itself, with more after it. */
    struct part self = {.name = "xl/calcChain.xml", .text = "<?xml version=\"1.0\"?><a/><b>", .method = 0};
    ck_assert_int_eq(verify_parts(&SHAPES[0], 2, self, msg, sizeof msg), EH_IO);
    ck_assert_str_eq(msg, "the workbook's part xl/calcChain.xml is cut off " "(a write failed while it was made: disk full or a file size limit?)");
    /* An empty XML part. */
    struct part none = {.name = "xl/calcChain.xml", .text = "", .method = 8};
    ck_assert_int_eq(verify_parts(&SHAPES[2], 2, none, msg, sizeof msg), EH_IO);
    ck_assert_str_eq(msg, "the workbook's part xl/calcChain.xml is cut off " "(a write failed while it was made: disk full or a file size limit?)");
}
END_TEST

START_TEST(crc_and_length_must_match)
{
    char msg[2048], want[512];
    for (size_t s = 0; s < ARRAY_LEN(SHAPES); s++) {
        struct part p = {.name = "xl/worksheets/sheet1.xml", .text = SHEET, .method = 8, .crc_xor = 0x10};
        ck_assert_int_eq(verify_parts(&SHAPES[s], 1, p, msg, sizeof msg), EH_IO);
        ck_assert_str_eq(msg, "the workbook's part xl/worksheets/sheet1.xml does not match its CRC-32");
        p = (struct part){.name = "xl/media/image1.png", .text = BINARY, .method = 0, .crc_xor = 1};
        ck_assert_int_eq(verify_parts(&SHAPES[s], 3, p, msg, sizeof msg), EH_IO);
        ck_assert_str_eq(msg, "the workbook's part xl/media/image1.png does not match its CRC-32");
        p = (struct part){.name = "xl/media/image1.png", .text = BINARY, .method = 8, .size_delta = 5};
        ck_assert_int_eq(verify_parts(&SHAPES[s], 3, p, msg, sizeof msg), EH_IO);
        snprintf(want, sizeof want, "the workbook's part xl/media/image1.png is cut off: %zu bytes of the %zu its "
                 "directory gives %s", strlen(BINARY), strlen(BINARY) + 5, HINT);
        ck_assert_str_eq(msg, want);
        p.size_delta = -5;
        ck_assert_int_eq(verify_parts(&SHAPES[s], 3, p, msg, sizeof msg), EH_IO);
        ck_assert_str_eq(msg, "the workbook's part xl/media/image1.png is longer than the directory says");
        p = (struct part){.name = "xl/worksheets/sheet1.xml", .text = SHEET, .method = 8, .drop_compressed = 3};
        ck_assert_int_eq(verify_parts(&SHAPES[s], 1, p, msg, sizeof msg), EH_IO);
        snprintf(want, sizeof want, "the workbook's part xl/worksheets/sheet1.xml is cut off: its compressed data "
                 "ends early %s", HINT);
        ck_assert_str_eq(msg, want);
    }
}
END_TEST

START_TEST(not_a_whole_zip)
{
    char msg[2048], want[512];
    snprintf(want, sizeof want, "the workbook is not a whole zip file: the end of its central directory is "
             "missing %s", HINT);
    const char text[] = "name,value\nA,1\nB,2\nthis is a CSV file, not a workbook\n";
    ck_assert_int_eq(verify_bytes(text, strlen(text), msg, sizeof msg), EH_IO);
    ck_assert_str_eq(msg, want);
    ck_assert_int_eq(verify_bytes("", 0, msg, sizeof msg), EH_IO);
    snprintf(want, sizeof want, "the workbook is empty %s", HINT);
    ck_assert_str_eq(msg, want);
    ck_assert_int_eq(verify_bytes("PK\5\6", 4, msg, sizeof msg), EH_IO);
    ck_assert_str_eq(msg, "the workbook is not a whole zip file: it is too short for one");
    /* Cut in the middle of the central directory, in either shape. */
    struct part parts[] = {{.name = "_rels/.rels", .text = RELS, .method = 8},
                           {.name = "xl/worksheets/sheet1.xml", .text = SHEET, .method = 8}};
    snprintf(want, sizeof want, "the workbook is not a whole zip file: the end of its central directory is "
             "missing %s", HINT);
    for (size_t s = 0; s < ARRAY_LEN(SHAPES); s++) {
        struct bytes z = build_zip(parts, 2, &SHAPES[s]);
        ck_assert_int_eq(verify_bytes(z.p, z.len, msg, sizeof msg), EH_OK);
        size_t end = z.len - 22 - (SHAPES[s].zip64_end ? 76 : 0);
        ck_assert_int_eq(verify_bytes(z.p, end - 30, msg, sizeof msg), EH_IO);
        ck_assert_str_eq(msg, want);
        free(z.p);
    }
    /* An end record whose directory would lie beyond it. */
    struct bytes z = build_zip(parts, 2, &SHAPES[0]);
    z.p[z.len - 6] ^= 0x40;
    ck_assert_int_eq(verify_bytes(z.p, z.len, msg, sizeof msg), EH_IO);
    ck_assert_str_eq(msg, "the workbook is not a whole zip file: its central directory does not end where its end "
                     "record starts");
    free(z.p);
}
END_TEST

/* ---- workbooks libxlsxwriter writes --------------------------------------------------- */

/* A workbook of one sheet of rows rows, as the report writes them. */
static lxw_error write_workbook(const char *path, int rows)
{
    char *dir = xstrdup(path);
    *strrchr(dir, '/') = '\0';
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = dir, .use_zip64 = LXW_TRUE};
    lxw_workbook *wb = workbook_new_opt(path, &options);
    ck_assert(wb != NULL);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Data");
    for (int r = 0; r < rows; r++) {
        worksheet_write_number(ws, (lxw_row_t)r, 0, r * 1.5, NULL);
        worksheet_write_string(ws, (lxw_row_t)r, 1, "practice", NULL);
    }
    lxw_error rc = workbook_close(wb);
    free(dir);
    return rc;
}

START_TEST(real_workbook_passes)
{
    char *path = temp_file();
    ck_assert_int_eq(write_workbook(path, 20000), LXW_NO_ERROR);
    struct eh_error err = {0};
    ck_assert_msg(xlsx_verify(path, &err) == EH_OK, "%s", err.msg);
    unlink(path);
    free(path);
}
END_TEST

/* The defect itself: a file size limit cuts the sheet's temporary file,
 * and the library zips what is there and says it is done. */
START_TEST(real_workbook_under_file_size_limit)
{
    char *path = temp_file();
    struct rlimit was;
    ck_assert_int_eq(getrlimit(RLIMIT_FSIZE, &was), 0);
    void (*old)(int) = signal(SIGXFSZ, SIG_IGN);
    struct rlimit lim = {60 * 1024, was.rlim_max};
    ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &lim), 0);
    lxw_error wrote = write_workbook(path, 20000);
    ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &was), 0);
    signal(SIGXFSZ, old);
    ck_assert_int_eq(wrote, LXW_NO_ERROR);
    struct eh_error err = {0};
    ck_assert_int_eq(xlsx_verify(path, &err), EH_IO);
    char want[512];
    snprintf(want, sizeof want, "the workbook's part xl/worksheets/sheet1.xml is cut off %s", HINT);
    ck_assert_str_eq(err.msg, want);
    unlink(path);
    free(path);
}
END_TEST

/* Every cut of a real workbook and damage to every byte of its end give
 * an answer; the sanitizer build holds them to no read out of bounds. */
START_TEST(damage_never_crashes)
{
    char *path = temp_file();
    ck_assert_int_eq(write_workbook(path, 3), LXW_NO_ERROR);
    size_t n;
    unsigned char *z = read_bytes(path, &n);
    unlink(path);
    free(path);
    char msg[2048];
    ck_assert_int_eq(verify_bytes(z, n, msg, sizeof msg), EH_OK);
    for (size_t len = 0; len < n; len += 7) ck_assert_int_eq(verify_bytes(z, len, msg, sizeof msg), EH_IO);
    const unsigned char flips[] = {0x01, 0x80, 0xFF};
    size_t from = n > 1500 ? n - 1500 : 0;
    for (size_t i = from; i < n; i++)
        for (size_t f = 0; f < ARRAY_LEN(flips); f++) {
            z[i] ^= flips[f];
            int rc = verify_bytes(z, n, msg, sizeof msg);
            ck_assert(rc == EH_OK || rc == EH_IO);
            z[i] ^= flips[f];
        }
    free(z);
}
END_TEST

static Suite *xlsx_verify_suite(void)
{
    Suite *s = suite_create("xlsx_verify");
    TCase *tc = tcase_create("xlsx_verify");
    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, scratch_setup, scratch_teardown);
    tcase_add_test(tc, whole_zips_pass);
    tcase_add_test(tc, cut_part_is_named);
    tcase_add_test(tc, crc_and_length_must_match);
    tcase_add_test(tc, not_a_whole_zip);
    tcase_add_test(tc, real_workbook_passes);
    tcase_add_test(tc, real_workbook_under_file_size_limit);
    tcase_add_test(tc, damage_never_crashes);
    suite_add_tcase(s, tc);
    return s;
}

REGISTER_SUITE(xlsx_verify_suite)
