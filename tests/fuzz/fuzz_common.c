/* Shared by the fuzz targets; see fuzz_common.h. */
#include "fuzz_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db.h"
#include "paths.h"
#include "util.h"

#ifndef FUZZ_ROOT
#define FUZZ_ROOT "."
#endif

const char *const FUZZ_PRACTICES[6] = {"01234567", "01053147", "01061104", "01061376", "01053288", "01072371"};

static char scratch[256];

static void remove_scratch(void)
{
    char **names = list_dir(scratch, NULL);
    for (size_t i = 0; names && names[i]; i++) {
        char *path = xasprintf("%s/%s", scratch, names[i]);
        unlink(path);
        free(path);
    }
    free_list(names);
    rmdir(scratch);
}

void fuzz_setup(void)
{
    if (scratch[0]) return;
    setenv("EHTRACK_DATADIR", FUZZ_ROOT, 0);
    setenv("EHTRACK_NOW", "2026-11-23T12:00:00", 1);
    unsetenv("EHTRACK_METRICS_PATH");
    db_library_init(false);
    const char *tmp = is_directory("/dev/shm") ? "/dev/shm" : getenv("TMPDIR");
    snprintf(scratch, sizeof scratch, "%s/ehtrack-fuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(scratch)) {
        perror("mkdtemp");
        exit(1);
    }
    atexit(remove_scratch);
}

const char *fuzz_write(const char *name, const uint8_t *data, size_t size)
{
    static char paths[4][300];
    static int next;
    char *path = paths[next++ % 4];
    snprintf(path, sizeof paths[0], "%s/%s", scratch, name);
    FILE *f = fopen(path, "wb");
    if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0) {
        perror(path);
        exit(1);
    }
    return path;
}

size_t fuzz_split(const uint8_t *data, size_t size, const uint8_t **parts, size_t *lens, size_t max)
{
    const size_t sep = strlen(FUZZ_SEPARATOR);
    size_t n = 0, start = 0;
    for (size_t i = 0; i + sep <= size && n + 1 < max; i++) {
        if ((i == 0 || data[i - 1] == '\n') && memcmp(data + i, FUZZ_SEPARATOR, sep) == 0) {
            parts[n] = data + start;
            lens[n++] = i - start;
            start = i + sep;
            i = start - 1;
        }
    }
    parts[n] = data + start;
    lens[n++] = size - start;
    return n;
}

sqlite3 *fuzz_memory_db(void)
{
    sqlite3 *db;
    struct eh_error err = {0};
    if (db_open(&db, ":memory:", true, &err) ||
        db_exec(db, "INSERT INTO practices(id, agb, name, care_group, region, list_size, source, synced_at) "
                    "VALUES (1, '01234567', 'A', 'Zorggroep Fuzz', 'Fuzz', 5000, 'fuzz', '2026-01-01'),"
                    " (2, '01053147', 'B', 'Zorggroep Fuzz', 'Fuzz', 4000, 'fuzz', '2026-01-01'),"
                    " (3, '01061104', 'C', 'Zorggroep Fuzz', 'Fuzz', 3000, 'fuzz', '2026-01-01'),"
                    " (4, '01061376', 'D', 'Zorggroep Fuzz', 'Fuzz', 2000, 'fuzz', '2026-01-01'),"
                    " (5, '01053288', 'E', 'Zorggroep Fuzz', 'Fuzz', 6000, 'fuzz', '2026-01-01'),"
                    " (6, '01072371', 'F', 'Zorggroep Fuzz', 'Fuzz', 7000, 'fuzz', '2026-01-01');"
                    "INSERT INTO practice_insurers SELECT id, 0, 'Fuzz' FROM practices;", &err)) {
        fprintf(stderr, "fuzz: %s\n", err.msg);
        exit(1);
    }
    return db;
}
