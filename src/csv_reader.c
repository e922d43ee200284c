#include "csv_reader.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Bytes read at a time. The fuzz build reads a few hundred, so records
 * cross the buffer's refills in every way. */
#ifndef CSV_CHUNK
#define CSV_CHUNK (1 << 20)
#endif
#define CHUNK CSV_CHUNK

/* Bytes of the input one unit of the encoding takes: what to skip past a
 * unit iconv cannot read, so the units after it stay aligned. */
static size_t unit_of(const char *encoding)
{
    if (strncasecmp(encoding, "UTF-16", 6) == 0 || strncasecmp(encoding, "UTF16", 5) == 0 ||
        strncasecmp(encoding, "UCS-2", 5) == 0)
        return 2;
    if (strncasecmp(encoding, "UTF-32", 6) == 0 || strncasecmp(encoding, "UTF32", 5) == 0 ||
        strncasecmp(encoding, "UCS-4", 5) == 0)
        return 4;
    return 1;
}

static int open_converter(struct csv_reader *r, const char *encoding, struct eh_error *err)
{
    if (r->cd != (iconv_t)-1) iconv_close(r->cd);
    r->cd = iconv_open("UTF-8", encoding);
    if (r->cd == (iconv_t)-1)
        return eh_fail(err, EH_INVALID, r->name, 0, 0, "cannot convert from encoding '%s'", encoding);
    r->convert = true;
    r->unit = unit_of(encoding);
    return EH_OK;
}

/* Is p[0..n) UTF-8 text beyond ASCII? Up to three bytes at the end may be
 * a character the next read completes. */
static bool utf8_beyond_ascii(const unsigned char *p, size_t n, bool complete)
{
    long bad = utf8_invalid_at(p, n);
    if (bad >= 0 && (complete || (size_t)bad + 4 <= n)) return false;
    for (size_t i = 0; i < (bad >= 0 ? (size_t)bad : n); i++)
        if (p[i] & 0x80) return true;
    return false;
}

/* A file that is not text but a container users meet beside their
 * exports: read as text, its first NUL byte was all the import could name.
 * Fails naming it and what to do; EH_OK for anything else. */
static int not_text(const struct csv_reader *r, const unsigned char *b, size_t n, struct eh_error *err)
{
    static const struct {
        const char *magic;
        size_t len;
        const char *what;
    } kinds[] = {
        {"\x1F\x8B", 2, "a gzip-compressed file, not text: unpack it first (gunzip -k), and import the file it holds"},
        {"PK\x03\x04", 4, "a zip archive (an Excel workbook, .xlsx, is one), not text: save the sheet from Excel as "
                          "'CSV UTF-8', or unpack the zip, and import that file"},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, "an Excel 97-2003 workbook (.xls), not text: save the sheet from "
                                                "Excel as 'CSV UTF-8', and import that file"},
        {"%PDF-", 5, "a PDF document, not text: ask the system for its export as CSV or text"},
    };
    for (size_t i = 0; i < ARRAY_LEN(kinds); i++)
        if (n >= kinds[i].len && memcmp(b, kinds[i].magic, kinds[i].len) == 0)
            return eh_fail(err, EH_INVALID, r->name, 0, 0, "%s", kinds[i].what);
    return EH_OK;
}

/* The file's first bytes say more than the format can: a byte-order mark
 * (Excel's "CSV UTF-8" and "Unicode text" of an export saved again), or
 * UTF-8 text where the format expects a single-byte encoding (a HIS export
 * saved as UTF-8: its "Patiëntnummer" would read "PatiÃ«ntnummer"). */
static int sniff_encoding(struct csv_reader *r, struct eh_error *err)
{
    size_t n = fread(r->raw, 1, CHUNK, r->in);
    if (n == 0 && ferror(r->in)) return eh_fail(err, EH_IO, r->name, 0, 0, "cannot read: %s", strerror(errno));
    r->raw_len = n;
    r->bytes_read = (long long)n;
    const unsigned char *b = (const unsigned char *)r->raw;
    int rc = not_text(r, b, n, err);
    if (rc) return rc;
    if (n >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0) {
        r->convert = false;
        return EH_OK;
    }
    bool utf32 = n >= 4 && (memcmp(b, "\xFF\xFE\0\0", 4) == 0 || memcmp(b, "\0\0\xFE\xFF", 4) == 0);
    if (!utf32 && n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) {
        r->tabs_likely = true;  /* Excel's "Unicode text" separates by tabs */
        return open_converter(r, "UTF-16", err);
    }
    if (r->convert && r->unit == 1 && utf8_beyond_ascii(b, n, n < CHUNK)) r->convert = false;
    return EH_OK;
}

int csv_open(struct csv_reader *r, FILE *in, const char *name, char delimiter,
             const char *encoding, struct eh_error *err)
{
    memset(r, 0, sizeof *r);
    r->in = in;
    r->name = name;
    r->delimiter = delimiter;
    r->first = true;
    r->line = 1;
    r->cd = (iconv_t)-1;
    r->raw = xmalloc(CHUNK);
    r->cap = 2 * CHUNK;
    /* Zeroed: PCRE2's JIT matcher may look a few bytes past a line's end,
     * inside the buffer; those bytes must be defined. */
    r->buf = xcalloc(r->cap + 1, 1);
    int rc;
    if (encoding && strcasecmp(encoding, "utf-8") != 0 && strcasecmp(encoding, "utf8") != 0 &&
        (rc = open_converter(r, encoding, err)))
        return rc;
    return sniff_encoding(r, err);
}

void csv_close(struct csv_reader *r)
{
    if (r->cd != (iconv_t)-1) iconv_close(r->cd);
    free(r->buf);
    free(r->raw);
    memset(r, 0, sizeof *r);
    r->cd = (iconv_t)-1;
}

bool csv_record_has_digit(const struct csv_record *rec)
{
    for (size_t i = 0; i < rec->count; i++)
        for (size_t k = 0; k < rec->fields[i].len; k++)
            if (rec->fields[i].p[k] >= '0' && rec->fields[i].p[k] <= '9') return true;
    return false;
}

const char *csv_problem_text(enum csv_problem p)
{
    switch (p) {
    case CSV_OK: return "";
    case CSV_BAD_UTF8: return "not valid UTF-8 text (is the file in another encoding?)";
    case CSV_UNCLOSED_QUOTE: return "a quoted field is not closed before the end of the file";
    case CSV_RUNAWAY_QUOTE:
        return "a quoted field is not closed on its line and runs into the next ones (a closing quote missing?); "
               "the lines after it are read on their own";
    case CSV_TOO_LONG: return "record longer than 1 MB (a missing closing quote?)";
    case CSV_TOO_MANY_FIELDS: return "more than 256 fields";
    case CSV_NUL: return "a NUL byte in the line (is the file UTF-16 text, or not text at all?)";
    case CSV_NO_LINE_END: return "no line end in the 64 MB after the line's start: the rest is not read (is it text?)";
    }
    return "";
}

static void grow_buffer(struct csv_reader *r, size_t cap)
{
    r->buf = xrealloc(r->buf, cap + 1);
    memset(r->buf + r->cap, 0, cap + 1 - r->cap);
    r->cap = cap;
}

/* Input as it is (UTF-8) to buf[end..]: first what sniffing read. */
static bool fill_plain(struct csv_reader *r, struct eh_error *err, int *io_error)
{
    if (r->raw_len) {
        memcpy(r->buf + r->end, r->raw, r->raw_len);
        r->end += r->raw_len;
        r->raw_len = 0;
        return true;
    }
    size_t n = fread(r->buf + r->end, 1, CHUNK, r->in);
    if (n == 0) {
        if (ferror(r->in)) {
            eh_fail(err, EH_IO, r->name, 0, 0, "cannot read: %s", strerror(errno));
            *io_error = 1;
        }
        r->eof = true;
        return false;
    }
    r->bytes_read += (long long)n;
    r->end += n;
    return true;
}

/* Converted input to buf[end..]. */
static bool fill_converted(struct csv_reader *r, struct eh_error *err, int *io_error)
{
    size_t n = r->raw_len < CHUNK ? fread(r->raw + r->raw_len, 1, CHUNK - r->raw_len, r->in) : 0;
    bool at_end = r->raw_len < CHUNK && n < CHUNK - r->raw_len;
    if (n == 0 && ferror(r->in)) {
        eh_fail(err, EH_IO, r->name, 0, 0, "cannot read: %s", strerror(errno));
        *io_error = 1;
        r->eof = true;
        return false;
    }
    r->bytes_read += (long long)n;
    r->raw_len += n;
    if (r->raw_len == 0) {
        r->eof = true;
        return false;
    }
    /* No encoding takes more than three bytes of UTF-8 per byte. */
    if (r->cap - r->end < 3 * r->raw_len + 8) grow_buffer(r, r->end + 3 * r->raw_len + 8);
    char *inp = r->raw, *outp = r->buf + r->end;
    size_t inleft = r->raw_len, outleft = r->cap - r->end;
    while (inleft > 0) {
        size_t rc = iconv(r->cd, &inp, &inleft, &outp, &outleft);
        if (rc != (size_t)-1) break;
        if (errno == EILSEQ || (errno == EINVAL && at_end)) {
            /* A unit the encoding leaves undefined (a byte of Windows-1252,
             * half a UTF-16 surrogate pair): keep its place visible and
             * read on from the next unit. */
            size_t skip = r->unit < inleft ? r->unit : inleft;
            memcpy(outp, "\xEF\xBF\xBD", 3);
            outp += 3;
            outleft -= 3;
            inp += skip;
            inleft -= skip;
        } else {
            break;
        }
    }
    r->end = (size_t)(outp - r->buf);
    memmove(r->raw, inp, inleft);
    r->raw_len = inleft;
    if (at_end && inleft == 0) r->eof = true;
    return true;
}

/* A file whose lines end in CR alone (Excel's "CSV (Macintosh)") is known
 * by its first line end; its CRs are then read as line ends. */
static void mark_line_ends(struct csv_reader *r, size_t from)
{
    if (!r->line_ends_known) {
        char *b = r->buf;
        size_t i = r->start;
        while (i < r->end && b[i] != '\n' && b[i] != '\r') i++;
        if (i == r->end || (b[i] == '\r' && i + 1 == r->end && !r->eof)) return;
        r->line_ends_known = true;
        r->cr_only = b[i] == '\r' && (i + 1 == r->end || b[i + 1] != '\n');
        from = r->start;
    }
    if (!r->cr_only) return;
    /* A CRLF inside a quoted field (typed in a cell) is one line break, as
     * in a CRLF file: its CR is kept, so the line is counted once. A CR
     * that ends the buffer is looked at again when more is read. */
    if (from > r->start && r->buf[from - 1] == '\r') from--;
    char *end = r->buf + r->end;
    for (char *p = r->buf + from; (p = memchr(p, '\r', (size_t)(end - p))); p++) {
        if (p + 1 < end ? p[1] != '\n' : r->eof) *p = '\n';
    }
}

/* Appends input, as UTF-8, to buf[end..]; false at the end of input. */
static bool fill(struct csv_reader *r, struct eh_error *err, int *io_error)
{
    if (r->eof) return false;
    /* Keep the unread part at the front; grow only for one huge record. */
    if (r->start > 0) {
        memmove(r->buf, r->buf + r->start, r->end - r->start);
        r->end -= r->start;
        r->start = 0;
    }
    if (r->cap - r->end < CHUNK) grow_buffer(r, r->end + 2 * CHUNK);
    size_t from = r->end;
    bool more = r->convert ? fill_converted(r, err, io_error) : fill_plain(r, err, io_error);
    if (more || r->eof) mark_line_ends(r, from);
    return more;
}

/* Unquotes a field in place: drops the outer quotes and halves "". */
static void unquote(struct csv_field *f)
{
    char *src = f->p + 1, *end = f->p + f->len, *dst = f->p;
    /* Text after the closing quote (a b"c"d style) is kept as written. */
    while (src < end) {
        if (*src == '"') {
            if (src + 1 < end && src[1] == '"') {
                *dst++ = '"';
                src += 2;
                continue;
            }
            src++;
            continue;
        }
        *dst++ = *src++;
    }
    f->len = (size_t)(dst - f->p);
}

/* Most records hold no quote at all: memchr finds their ends at memory
 * speed. Quoted records take the byte-by-byte scanner below. */
static bool ascii_only(const char *p, size_t n)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ULL) return false;
    }
    for (; i < n; i++)
        if ((unsigned char)p[i] & 0x80) return false;
    return true;
}

/* 1-based field holding byte p of the record. */
static long field_of(const struct csv_record *rec, const char *p)
{
    for (size_t i = 0; i < rec->count; i++)
        if (p >= rec->fields[i].p && p <= rec->fields[i].p + rec->fields[i].len) return (long)i + 1;
    return 0;
}

static void check_utf8(struct csv_record *rec, const char *start, size_t len)
{
    rec->bad_byte_col = 0;
    if (rec->problem != CSV_OK) return;
    /* A NUL would end a field early for every string function after us. */
    const char *nul = memchr(start, '\0', len);
    if (nul) {
        rec->problem = CSV_NUL;
        rec->bad_byte_col = field_of(rec, nul);
        return;
    }
    if (ascii_only(start, len)) return;
    if (utf8_invalid_at((const unsigned char *)start, len) < 0) return;
    rec->problem = CSV_BAD_UTF8;
    for (size_t i = 0; i < rec->count; i++)
        if (utf8_invalid_at((const unsigned char *)rec->fields[i].p, rec->fields[i].len) >= 0) {
            rec->bad_byte_col = (long)i + 1;
            break;
        }
}

static int split_plain(struct csv_reader *r, struct csv_record *rec, size_t rec_end, size_t next)
{
    char *b = r->buf;
    size_t start = r->start, last = rec_end;
    if (last > start && b[last - 1] == '\r') last--;
    rec->line = r->line;
    r->line++;
    r->start = next;
    rec->problem = CSV_OK;
    rec->unended = next == rec_end;
    /* The buffer may hold a longer line whole; the limit is the line's. */
    if (last - start > CSV_MAX_RECORD) {
        rec->count = 0;
        rec->problem = CSV_TOO_LONG;
        return 1;
    }
    size_t count = 0;
    char *p = b + start, *stop = b + last;
    if (r->delimiter != '\n') {
        char *q;
        while ((q = memchr(p, r->delimiter, (size_t)(stop - p)))) {
            if (count == CSV_MAX_FIELDS) {
                rec->problem = CSV_TOO_MANY_FIELDS;
                break;
            }
            rec->fields[count].p = p;
            rec->fields[count].len = (size_t)(q - p);
            count++;
            p = q + 1;
        }
    }
    if (count < CSV_MAX_FIELDS) {
        rec->fields[count].p = p;
        rec->fields[count].len = (size_t)(stop - p);
        count++;
    }
    rec->count = count;
    check_utf8(rec, b + start, last - start);
    for (size_t i = 0; i < count; i++) rec->fields[i].p[rec->fields[i].len] = '\0';
    return 1;
}

/* Drops the rest of an overlong record from buf[pos] on, reading on while
 * it goes on, so it is one problem and the lines after it keep their
 * numbers: a quoted field's line breaks belong to the record, as they do
 * for the scanner in csv_next. at_field_start, in_quotes and newlines are
 * that scanner's state at pos. Returns 1 (the record) or EH_IO. */
static int skip_record(struct csv_reader *r, struct csv_record *rec, size_t pos, bool at_field_start,
                       bool in_quotes, long newlines, struct eh_error *err)
{
    const char d = r->delimiter;
    bool just_closed = false;
    int io_error = 0;
    size_t skipped = pos - r->start;
    r->start = pos;
    for (;;) {
        if (skipped > CSV_MAX_SKIP) {
            rec->problem = CSV_NO_LINE_END;
            r->start = r->end;
            r->eof = true;
            return 1;
        }
        size_t from = r->start;
        while (r->start < r->end) {
            char c = r->buf[r->start++];
            /* A CR-only file's CR that ends the buffer is still to be
             * turned into a line end (mark_line_ends): read on first. */
            if (c == '\r' && r->cr_only && r->start == r->end && !r->eof) {
                r->start--;
                break;
            }
            if (in_quotes) {
                if (c == '"') {
                    in_quotes = false;
                    just_closed = true;
                } else if (c == '\n') {
                    newlines++;
                }
                continue;
            }
            /* A quote right after a closing one is a doubled quote ("")
             * inside the field: the field goes on quoted. */
            if (c == '"' && d != '\n' && (at_field_start || just_closed)) {
                in_quotes = true;
                at_field_start = just_closed = false;
                continue;
            }
            if (c == '\n') {
                r->line += newlines + 1;
                return 1;
            }
            just_closed = false;
            at_field_start = c == d;
        }
        skipped += r->start - from;
        if (!fill(r, err, &io_error)) {
            if (io_error) return EH_IO;
            r->line += newlines + 1;
            return 1;
        }
    }
}

/* The record at r->start whose quoted field lost its closing quote: it
 * ends at the first line end inside that field (at buf[open_nl]), so the
 * records after it are read again on their own. Returns 1 (the record). */
static int runaway_quote(struct csv_reader *r, struct csv_record *rec, size_t open_nl, long newlines_before)
{
    rec->count = 0;
    rec->line = r->line;
    rec->problem = CSV_RUNAWAY_QUOTE;
    r->line += newlines_before + 1;
    r->start = open_nl + 1;
    return 1;
}

/* A line of delimiters and blanks alone: what a spreadsheet writes for a
 * row that is empty but formatted (";;;;;;;;"); or the Ctrl-Z that old
 * DOS tools end a file with. It holds no record. */
static bool only_separators(const char *p, size_t len, char delimiter)
{
    for (size_t i = 0; i < len; i++)
        if ((p[i] != delimiter || delimiter == '\n') && p[i] != ' ' && p[i] != '\t' && p[i] != '\r' &&
            p[i] != '\x1A')
            return false;
    return true;
}

/* Before the first record: the line "sep=;" that tells Excel the
 * delimiter is skipped and obeyed; a UTF-16 file with tabs in its first
 * line and not the delimiter is Excel's "Unicode text". */
static void read_preamble(struct csv_reader *r)
{
    if (r->delimiter == '\n') return;
    char *b = r->buf + r->start;
    size_t n = r->end - r->start;
    char *nl = memchr(b, '\n', n);
    size_t len = nl ? (size_t)(nl - b) : n;
    if (len && b[len - 1] == '\r') len--;
    if (len == 5 && strncasecmp(b, "sep=", 4) == 0 && b[4] != '"' && ((unsigned char)b[4] >= ' ' || b[4] == '\t')) {
        r->delimiter = b[4];
        r->start += nl ? (size_t)(nl - b) + 1 : n;
        r->line++;
        return;
    }
    if (r->tabs_likely && r->delimiter != '\t' && memchr(b, '\t', len) && !memchr(b, r->delimiter, len))
        r->delimiter = '\t';
}

int csv_next(struct csv_reader *r, struct csv_record *rec, struct eh_error *err)
{
    int io_error = 0;
    rec->unended = false;
    for (;;) {
        if (r->start == r->end && !fill(r, err, &io_error)) return io_error ? EH_IO : 0;
        if (r->first) {
            if (r->end - r->start < 3 && !r->eof) {
                fill(r, err, &io_error);
                if (io_error) return EH_IO;
            }
            if (r->end - r->start >= 3 && memcmp(r->buf + r->start, "\xEF\xBB\xBF", 3) == 0) r->start += 3;
            r->first = false;
            read_preamble(r);
            continue;
        }
        {
            char *nl = memchr(r->buf + r->start, '\n', r->end - r->start);
            if (nl || r->eof) {
                size_t rec_end = nl ? (size_t)(nl - r->buf) : r->end;
                size_t len = rec_end - r->start;
                bool blank = only_separators(r->buf + r->start, len, r->delimiter);
                if (blank) {
                    if (!nl) return 0;
                    r->start = rec_end + 1;
                    r->line++;
                    continue;
                }
                if (r->delimiter == '\n' || !memchr(r->buf + r->start, '"', len))
                    return split_plain(r, rec, rec_end, nl ? rec_end + 1 : rec_end);
            }
        }
        /* Scan one record; on running out of buffer, read more and rescan. */
        size_t pos = r->start;
        size_t count = 0;
        size_t field_start = pos;
        bool quoted = false, in_quotes = false, any_quote = false;
        long newlines = 0;
        /* The first line end inside the open quoted field, and the
         * record's line ends before it: where a runaway field's record
         * ends. */
        size_t open_nl = SIZE_MAX;
        long newlines_before_open_nl = 0;
        bool complete = false, too_many = false;
        size_t rec_end = 0, next = 0;
        char *b = r->buf;
        const char d = r->delimiter;
        size_t end = r->end;
        while (pos < end) {
            char c = b[pos];
            if (in_quotes) {
                if (c == '"') {
                    if (pos + 1 >= end && !r->eof) break;
                    if (pos + 1 < end && b[pos + 1] == '"') {
                        pos += 2;
                        continue;
                    }
                    in_quotes = false;
                    if (open_nl != SIZE_MAX && pos + 1 < end && b[pos + 1] != d && b[pos + 1] != '\n' &&
                        b[pos + 1] != '\r')
                        return runaway_quote(r, rec, open_nl, newlines_before_open_nl);
                } else if (c == '\n') {
                    if (open_nl == SIZE_MAX) {
                        open_nl = pos;
                        newlines_before_open_nl = newlines;
                    }
                    newlines++;
                }
                pos++;
                continue;
            }
            if (c == '"' && d != '\n' && pos == field_start) {
                open_nl = SIZE_MAX;
                in_quotes = quoted = any_quote = true;
                pos++;
                continue;
            }
            if (c == d && d != '\n') {
                if (count < CSV_MAX_FIELDS) {
                    rec->fields[count].p = b + field_start;
                    rec->fields[count].len = pos - field_start;
                    if (quoted) rec->fields[count].len |= (size_t)1 << (sizeof(size_t) * 8 - 1);
                    count++;
                } else {
                    too_many = true;
                }
                quoted = false;
                field_start = ++pos;
                continue;
            }
            if (c == '\n') {
                rec_end = pos;
                next = pos + 1;
                complete = true;
                break;
            }
            pos++;
        }
        if (!complete) {
            if (r->eof || (end - r->start) > CSV_MAX_RECORD) {
                if (end - r->start > CSV_MAX_RECORD && !r->eof) {
                    /* A field open past a megabyte that ran over its line
                     * lost its closing quote: the rows after it stay. */
                    if (in_quotes && open_nl != SIZE_MAX)
                        return runaway_quote(r, rec, open_nl, newlines_before_open_nl);
                    rec->count = 0;
                    rec->line = r->line;
                    rec->problem = CSV_TOO_LONG;
                    return skip_record(r, rec, pos, pos == field_start, in_quotes, newlines, err);
                }
                if (pos == r->start) return 0;
                /* Lines after the one it opened on: they are rows. */
                if (in_quotes && open_nl != SIZE_MAX && open_nl + 1 < end)
                    return runaway_quote(r, rec, open_nl, newlines_before_open_nl);
                rec_end = end;
                next = end;
                complete = true;
            } else {
                if (!fill(r, err, &io_error)) {
                    if (io_error) return EH_IO;
                }
                continue;
            }
        }
        /* The record is [start, rec_end). */
        size_t rec_start = r->start;
        rec->line = r->line;
        rec->unended = next == rec_end;
        r->line += newlines + (next > rec_end ? 1 : 0);
        r->start = next;
        size_t last_end = rec_end;
        if (last_end > field_start && b[last_end - 1] == '\r' && !(in_quotes)) last_end--;
        if (count == 0 && last_end == rec_start) continue; /* blank line */
        if (last_end - rec_start > CSV_MAX_RECORD) {
            rec->count = 0;
            rec->problem = CSV_TOO_LONG;
            return 1;
        }
        if (count < CSV_MAX_FIELDS) {
            rec->fields[count].p = b + field_start;
            rec->fields[count].len = last_end - field_start;
            if (quoted) rec->fields[count].len |= (size_t)1 << (sizeof(size_t) * 8 - 1);
            count++;
        } else {
            too_many = true;
        }
        rec->count = count;
        rec->problem = in_quotes ? CSV_UNCLOSED_QUOTE : too_many ? CSV_TOO_MANY_FIELDS : CSV_OK;
        const size_t qbit = (size_t)1 << (sizeof(size_t) * 8 - 1);
        bool was_quoted[CSV_MAX_FIELDS];
        for (size_t i = 0; i < count; i++) {
            was_quoted[i] = (rec->fields[i].len & qbit) != 0;
            rec->fields[i].len &= ~qbit;
        }
        /* Checked before unquoting: unquote() shifts a field's bytes left
         * and leaves the old tail behind, which may end in half a
         * character (a quoted "é" leaves a lone continuation byte). */
        check_utf8(rec, b + rec_start, rec_end - rec_start);
        for (size_t i = 0; i < count; i++) {
            struct csv_field *f = &rec->fields[i];
            if (was_quoted[i] && any_quote) unquote(f);
            if (in_quotes && i + 1 == count && f->len && f->p[f->len - 1] == '\r') f->len--;
        }
        for (size_t i = 0; i < count; i++) rec->fields[i].p[rec->fields[i].len] = '\0';
        return 1;
    }
}
