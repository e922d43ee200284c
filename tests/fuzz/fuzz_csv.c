/*
 * Fuzz target: the CSV reader and the row checks of every kind. The first
 * byte chooses the kind, the delimiter and the encoding; the rest is the
 * file, read as the canonical layout of that kind: header bound, then every
 * record through the format and the kind's checks.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv_reader.h"
#include "fuzz_common.h"
#include "log_format.h"
#include "util.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_setup();
    return 0;
}

static long long lookup(void *ctx, const char *agb, size_t len)
{
    (void)ctx;
    return len == 8 && memcmp(agb, "01234567", 8) == 0;
}

static int64_t hasher(void *ctx, const char *id, size_t len)
{
    (void)ctx;
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)id[i]) * 1099511628211ULL;
    return (int64_t)(h >> 1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    static const char delimiters[] = {',', ';', '\t', '|'};
    enum log_kind kind = (enum log_kind)(data[0] % KIND_COUNT);
    char delimiter = delimiters[(data[0] >> 3) & 3];
    const char *encoding = data[0] & 0x80 ? "windows-1252" : NULL;
    FILE *in = fmemopen((void *)(data + 1), size - 1 ? size - 1 : 1, "rb");
    if (!in) return 0;
    if (size == 1) fgetc(in);
    struct log_format fmt;
    format_canonical(&fmt, kind);
    fmt.delimiter = delimiter;
    struct csv_reader r;
    struct csv_record *rec = xmalloc(sizeof *rec);
    struct eh_error err = {0};
    if (csv_open(&r, in, "fuzz.csv", delimiter, encoding, &err) == EH_OK) {
        int got = csv_next(&r, rec, &err);
        bool practice_given = data[0] & 0x40;
        if (got == 1 && rec->problem == CSV_OK && format_bind(&fmt, rec, practice_given, "fuzz.csv", &err) == EH_OK) {
            const char *values[LOG_MAX_FIELDS];
            size_t lens[LOG_MAX_FIELDS];
            struct row_problem problem;
            struct log_row row;
            while (csv_next(&r, rec, &err) == 1) {
                if (rec->problem != CSV_OK) continue;
                if (!format_apply(&fmt, rec, values, lens, &problem)) continue;
                int pf = kind_field_index(fmt.def, "practice");
                if (practice_given && (!values[pf] || !lens[pf])) {
                    values[pf] = "01234567";
                    lens[pf] = 8;
                }
                log_row_check(fmt.def, values, lens, lookup, hasher, NULL, &row, &problem);
            }
        }
    }
    csv_close(&r);
    fclose(in);
    free(rec);
    format_free(&fmt);
    return 0;
}
