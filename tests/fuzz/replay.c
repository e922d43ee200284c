/*
 * Replays inputs through a fuzz target without libFuzzer: each argument is
 * a file, or a directory whose files are all replayed. make check runs the
 * committed regression inputs (tests/fuzz/regress/TARGET/) this way, under
 * the sanitizers with SAN=1. Exit status 1 when an argument cannot be read;
 * a crash ends the process as it would in the fuzzer.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "paths.h"
#include "util.h"

static int replay_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 1;
    }
    struct sbuf s = {0};
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) sbuf_addn(&s, buf, n);
    fclose(f);
    /* A copy of exactly the input's size, so reading past it is caught. */
    uint8_t *copy = xmalloc(s.len ? s.len : 1);
    memcpy(copy, s.buf ? s.buf : "", s.len);
    LLVMFuzzerTestOneInput(copy, s.len);
    free(copy);
    sbuf_free(&s);
    return 0;
}

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int bad = 0;
    size_t replayed = 0;
    for (int i = 1; i < argc; i++) {
        if (!is_directory(argv[i])) {
            bad |= replay_file(argv[i]);
            replayed++;
            continue;
        }
        char **names = list_dir(argv[i], NULL);
        for (size_t k = 0; names && names[k]; k++) {
            char *path = xasprintf("%s/%s", argv[i], names[k]);
            bad |= replay_file(path);
            replayed++;
            free(path);
        }
        free_list(names);
    }
    printf("%s: %zu input%s replayed\n", argv[0], replayed, replayed == 1 ? "" : "s");
    return bad;
}
