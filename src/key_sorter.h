/*
 * key_sorter.h - records sorted by an integer key in bounded memory.
 *
 * Contract: key_sorter_add copies a record (at most KEY_SORTER_MAX_RECORD
 * bytes) with its key; when the records held reach the budget they are
 * sorted and written as one run to an unlinked temporary file (in
 * $TMPDIR, else /tmp). key_sorter_finish ends the adding; key_sorter_next
 * then gives every record once, by ascending key, records of equal keys
 * in the order they were added (from memory when nothing was written,
 * else merging the runs). A record given stays valid until the next call.
 * Memory stays within the budget and a few buffers however many records
 * pass: what does not fit goes to the file.
 */
#ifndef EHTRACK_KEY_SORTER_H
#define EHTRACK_KEY_SORTER_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "radix_sort.h"

#define KEY_SORTER_MAX_RECORD 1024

struct key_sorter_run;

struct key_sorter {
    size_t budget;
    /* records in memory: their bytes, and (key, place) to sort */
    unsigned char *arena;
    size_t arena_size, arena_used;
    struct radix_entry *entries, *sorting;      /* radix_sort.h */
    size_t entries_cap, count;
    /* runs on the temporary file */
    int fd;
    long long file_size;
    struct key_sorter_run *runs;
    size_t nruns, runs_cap;
    unsigned char *out;             /* write buffer */
    size_t out_used;
    /* reading back */
    size_t next_entry;
    size_t *heap, nheap;
    long long total, given;
};

void key_sorter_init(struct key_sorter *s, size_t budget);
int key_sorter_add(struct key_sorter *s, int64_t key, const void *record, size_t len, struct eh_error *err);
/* Records added and not yet given. */
long long key_sorter_pending(const struct key_sorter *s);
int key_sorter_finish(struct key_sorter *s, struct eh_error *err);
/* 1 and the next record, 0 at the end, EH_IO when the file fails. */
int key_sorter_next(struct key_sorter *s, int64_t *key, const void **record, size_t *len, struct eh_error *err);
/* Frees everything; the sorter can be initialised again. */
void key_sorter_free(struct key_sorter *s);

#endif
