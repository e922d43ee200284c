/*
 * fuzz_common.h - what the libFuzzer targets in tests/fuzz share.
 *
 * Contract: fuzz_setup() points ehtrack at the source tree's metrics/ and
 * templates/, fixes the clock, and makes a private scratch directory once
 * per process. fuzz_write() puts bytes in a scratch file (the loaders under
 * test read paths, as the commands do) and returns its path. fuzz_split()
 * cuts an input at the line FUZZ_SEPARATOR, so one input can carry a format
 * and a log, or several YAML files. fuzz_memory_db() opens a fresh
 * in-memory database with the schema and the practices FUZZ_PRACTICES
 * registered (ids 1 to 6: 01234567 and the fixtures' practices). Every
 * target has the signature libFuzzer expects; the replay driver (replay.c)
 * calls the same function on committed inputs.
 */
#ifndef EHTRACK_FUZZ_COMMON_H
#define EHTRACK_FUZZ_COMMON_H

#include <sqlite3.h>
#include <stddef.h>
#include <stdint.h>

#define FUZZ_SEPARATOR "#--8<--\n"

extern const char *const FUZZ_PRACTICES[6];

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

void fuzz_setup(void);
const char *fuzz_write(const char *name, const uint8_t *data, size_t size);
/* Up to max parts; returns how many. Parts point into data. */
size_t fuzz_split(const uint8_t *data, size_t size, const uint8_t **parts, size_t *lens, size_t max);
sqlite3 *fuzz_memory_db(void);

#endif
