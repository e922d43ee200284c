/*
 * csv_reader.h - streaming reader of delimited text (RFC 4180 quoting).
 *
 * Contract: csv_next returns one record at a time from a file of any size
 * in bounded memory: the fields point into the reader's buffer and stay
 * valid until the next call. Quoted fields may hold the delimiter, quotes
 * ("" for one) and line breaks; the record's line is the physical line it
 * starts on. A UTF-8 BOM is skipped; CRLF and LF end a record, and CR
 * alone in a file whose first line ends so; blank lines, lines of
 * delimiters and blanks alone (a spreadsheet's empty rows) and a Ctrl-Z
 * are skipped; a first line "sep=X" is skipped and X becomes the
 * delimiter. With another encoding than UTF-8 the bytes are converted to
 * UTF-8 (iconv) before parsing; units that encoding leaves undefined
 * become U+FFFD. The file's own marks overrule the encoding asked: a UTF-8
 * BOM, or a first chunk that is UTF-8 beyond ASCII where a single-byte
 * encoding was asked, is read as UTF-8; a UTF-16 BOM as UTF-16, by tabs
 * when its first line has tabs and not the delimiter (Excel's "Unicode
 * text"). A record that is not valid UTF-8, holds a NUL byte, has an
 * unclosed quote or is longer than CSV_MAX_RECORD comes back with its
 * problem set, never silently dropped (so no field of a record without a
 * problem holds a NUL: C string functions see each field whole). A
 * quoted field that runs over a line end and is closed by a quote that
 * no delimiter or line end follows, or never closed, lost its closing
 * quote: the record is the line it starts on, with CSV_RUNAWAY_QUOTE
 * and no fields, and the next record starts on the next line (the field
 * would otherwise swallow the records after it). With delimiter '\n' every line is one field (for
 * line-based formats).
 */
#ifndef EHTRACK_CSV_READER_H
#define EHTRACK_CSV_READER_H

#include <iconv.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "error.h"

#define CSV_MAX_RECORD (1024 * 1024)
/* An overlong record is skipped to its line end for so many bytes at
 * most; past them (no text has such lines: /dev/zero, a pipe that never
 * ends a line) it comes back as CSV_NO_LINE_END and the reading ends. */
#ifndef CSV_MAX_SKIP
#define CSV_MAX_SKIP (64 * 1024 * 1024)
#endif
#define CSV_MAX_FIELDS 256

struct csv_field {
    char *p;
    size_t len;
};

enum csv_problem {
    CSV_OK, CSV_BAD_UTF8, CSV_UNCLOSED_QUOTE, CSV_TOO_LONG, CSV_TOO_MANY_FIELDS, CSV_NUL, CSV_RUNAWAY_QUOTE,
    CSV_NO_LINE_END
};

struct csv_record {
    struct csv_field fields[CSV_MAX_FIELDS];
    size_t count;
    long line;
    enum csv_problem problem;
    long bad_byte_col;          /* CSV_BAD_UTF8, CSV_NUL: 1-based field holding it */
    bool unended;               /* the file ended inside the record, no line end after it */
};

struct csv_reader {
    FILE *in;
    const char *name;
    char delimiter;
    bool convert;
    iconv_t cd;
    size_t unit;                /* bytes of one unit of the encoding (1, 2 or 4) */
    bool tabs_likely;           /* UTF-16 by its byte-order mark */
    bool line_ends_known, cr_only;
    char *buf;                  /* parsed text (UTF-8) */
    size_t cap, start, end;
    char *raw;                  /* unconverted bytes waiting for iconv */
    size_t raw_len;
    bool eof, first;
    long line;
    long long bytes_read;       /* of the input file, for progress */
};

/* encoding: NULL or "utf-8", or "windows-1252". */
int csv_open(struct csv_reader *r, FILE *in, const char *name, char delimiter,
             const char *encoding, struct eh_error *err);
/* 1: a record; 0: end of input; EH_IO (<0 never) on a read error. */
int csv_next(struct csv_reader *r, struct csv_record *rec, struct eh_error *err);
void csv_close(struct csv_reader *r);

const char *csv_problem_text(enum csv_problem p);
/* Whether a field of the record holds a digit. A header line names
 * columns; a row of any log holds a number or a date: a first line without
 * a digit is a header, whatever its names. */
bool csv_record_has_digit(const struct csv_record *rec);

#endif
