/*
 * Fuzz target: a format file and a log imported through it. The input is
 * a flag byte, the format's YAML, FUZZ_SEPARATOR, then the log. A format
 * that loads is used for a real import (import_file) into an in-memory
 * database with the fixtures' practices registered, emptied of logs after
 * each input (a new database per input costs its migrations). The flag
 * byte decides --practice (bits 0-2: none, or one of FUZZ_PRACTICES),
 * --strict (bit 3), a dry run's way with rejects (bit 4) and whether the
 * file is read in a second thread or in turn (bit 5, EHTRACK_THREADS=1).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "fuzz_common.h"
#include "import_run.h"
#include "log_format.h"
#include "util.h"

static sqlite3 *db;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_setup();
    db = fuzz_memory_db();
    return 0;
}

static void ignore_reject(void *ctx, const char *file, long line, int col, const char *reason)
{
    (void)ctx;
    (void)file;
    (void)line;
    (void)col;
    (void)reason;
}

static void empty_logs(void)
{
    struct eh_error err = {0};
    if (db_exec(db, "DELETE FROM consults; DELETE FROM consult_days; DELETE FROM messages; DELETE FROM calls;"
                    "DELETE FROM call_days; DELETE FROM call_legs; DELETE FROM call_leg_imports;"
                    "DELETE FROM survey; DELETE FROM registrations; DELETE FROM rejects;"
                    "DELETE FROM import_unmapped; DELETE FROM imports;"
                    "DELETE FROM message_days; DELETE FROM econsult_responses; DELETE FROM econsult_open;"
                    "DELETE FROM consult_months; DELETE FROM message_months; DELETE FROM call_months;", &err)) {
        fprintf(stderr, "fuzz: %s\n", err.msg);
        exit(1);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *parts[2];
    size_t lens[2];
    if (size < 1 || fuzz_split(data + 1, size - 1, parts, lens, 2) < 2) return 0;
    unsigned char flags = data[0];
    const char *format_path = fuzz_write("format.yaml", parts[0], lens[0]);
    const char *log_path = fuzz_write("log.txt", parts[1], lens[1]);
    struct log_format fmt;
    struct diag_list diags = {0};
    if (format_load_file(&fmt, format_path, &diags)) {
        struct pseudo_key key;
        memset(key.bytes, 7, sizeof key.bytes);
        unsigned which = flags & 7;
        struct import_options opt = {
            .practice = which >= 1 && which <= 6 ? FUZZ_PRACTICES[which - 1] : NULL,
            .strict = (flags & 8) != 0,
            .on_reject = (flags & 16) ? ignore_reject : NULL,
            .one_thread = (flags & 32) != 0,
        };
        struct import_result res;
        struct eh_error err = {0};
        import_file(db, &key, log_path, &fmt, &opt, &res, &err);
        import_result_free(&res);
        empty_logs();
    }
    format_free(&fmt);
    diag_free(&diags);
    return 0;
}
