#include "key_sorter.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

/* On the file a record is its key (8 bytes), its length (2) and its bytes. */
#define HEAD 10
#define WRITE_BUFFER (256 * 1024)
#define READ_BUFFER (64 * 1024)

struct key_sorter_run {
    long long pos, end;             /* in the file: what is left to read */
    unsigned char *buf;
    size_t len, at;                 /* bytes in buf, where the next record starts */
    uint64_t key;                   /* the head record, once read */
    const unsigned char *record;
    size_t record_len;
};

/* A record in memory is sorted on its key with the sign bit flipped, so
 * that unsigned order is signed order; its bytes stay in the arena. */
static uint64_t sort_key(int64_t key)
{
    return (uint64_t)key ^ ((uint64_t)1 << 63);
}

void key_sorter_init(struct key_sorter *s, size_t budget)
{
    memset(s, 0, sizeof *s);
    s->budget = budget < 4096 ? 4096 : budget;
    s->fd = -1;
}

static int io_fail(struct eh_error *err, const char *what)
{
    return eh_fail(err, EH_IO, NULL, 0, 0, "temporary file for sorting rows: %s: %s", what, strerror(errno));
}

static int open_file(struct key_sorter *s, struct eh_error *err)
{
    const char *dir = getenv("TMPDIR");
    char *path = xasprintf("%s/ehtrack-sort-XXXXXX", dir && *dir ? dir : "/tmp");
    s->fd = mkstemp(path);
    int rc = s->fd < 0 ? io_fail(err, "creating it") : EH_OK;
    if (!rc) unlink(path);
    free(path);
    if (!rc) s->out = xmalloc(WRITE_BUFFER);
    return rc;
}

static int flush_out(struct key_sorter *s, struct eh_error *err)
{
    size_t done = 0;
    while (done < s->out_used) {
        ssize_t n = write(s->fd, s->out + done, s->out_used - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return io_fail(err, "writing");
        done += (size_t)n;
    }
    s->file_size += (long long)s->out_used;
    s->out_used = 0;
    return EH_OK;
}

/* The records in memory, sorted, as a run at the end of the file. */
static int spill(struct key_sorter *s, struct eh_error *err)
{
    if (!s->count) return EH_OK;
    if (s->fd < 0 && open_file(s, err)) return EH_IO;
    radix_sort(s->entries, s->sorting, s->count);
    GROW(s->runs, s->runs_cap, s->nruns + 1);
    struct key_sorter_run *run = &s->runs[s->nruns++];
    memset(run, 0, sizeof *run);
    run->pos = s->file_size + (long long)s->out_used;
    for (size_t i = 0; i < s->count; i++) {
        const struct radix_entry *e = &s->entries[i];
        if (s->out_used + HEAD + e->len > WRITE_BUFFER && flush_out(s, err)) return EH_IO;
        unsigned char *o = s->out + s->out_used;
        uint16_t len = (uint16_t)e->len;
        memcpy(o, &e->key, 8);
        memcpy(o + 8, &len, 2);
        memcpy(o + HEAD, s->arena + e->at, e->len);
        s->out_used += HEAD + e->len;
    }
    if (flush_out(s, err)) return EH_IO;
    run->end = s->file_size;
    s->count = 0;
    s->arena_used = 0;
    return EH_OK;
}

int key_sorter_add(struct key_sorter *s, int64_t key, const void *record, size_t len, struct eh_error *err)
{
    if (len > KEY_SORTER_MAX_RECORD)
        return eh_fail(err, EH_IO, NULL, 0, 0, "a record of %zu bytes is too long to sort", len);
    if (!s->arena) {
        /* A third of the budget for the keys (and their sorting copy). */
        s->entries_cap = s->budget / 3 / (2 * sizeof *s->entries);
        s->arena_size = s->budget - s->entries_cap * 2 * sizeof *s->entries;
        s->entries = xmalloc(s->entries_cap * sizeof *s->entries);
        s->sorting = xmalloc(s->entries_cap * sizeof *s->sorting);
        s->arena = xmalloc(s->arena_size);
    }
    if ((s->count == s->entries_cap || s->arena_used + len > s->arena_size) && spill(s, err)) return EH_IO;
    struct radix_entry *e = &s->entries[s->count++];
    e->key = sort_key(key);
    e->at = (uint32_t)s->arena_used;
    e->len = (uint32_t)len;
    memcpy(s->arena + s->arena_used, record, len);
    s->arena_used += len;
    s->total++;
    return EH_OK;
}

long long key_sorter_pending(const struct key_sorter *s)
{
    return s->total - s->given;
}

/* Reads the head record of a run into it; false when the run is done. */
static int run_read(struct key_sorter *s, struct key_sorter_run *r, bool *more, struct eh_error *err)
{
    for (;;) {
        size_t have = r->len - r->at;
        if (have >= HEAD) {
            uint16_t len;
            memcpy(&len, r->buf + r->at + 8, 2);
            if (have >= HEAD + (size_t)len) {
                memcpy(&r->key, r->buf + r->at, 8);
                r->record = r->buf + r->at + HEAD;
                r->record_len = len;
                r->at += HEAD + len;
                *more = true;
                return EH_OK;
            }
        }
        if (r->pos == r->end) {
            *more = false;
            return EH_OK;
        }
        memmove(r->buf, r->buf + r->at, have);
        r->len = have;
        r->at = 0;
        size_t want = READ_BUFFER - have;
        if ((long long)want > r->end - r->pos) want = (size_t)(r->end - r->pos);
        ssize_t n = pread(s->fd, r->buf + have, want, r->pos);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (n == 0) errno = EIO;
            return io_fail(err, "reading");
        }
        r->len += (size_t)n;
        r->pos += n;
    }
}

/* The heap orders runs by head key, then by run: equal keys come in the
 * order they were added. */
static bool before(const struct key_sorter *s, size_t a, size_t b)
{
    const struct key_sorter_run *x = &s->runs[a], *y = &s->runs[b];
    return x->key < y->key || (x->key == y->key && a < b);
}

static void sift_down(struct key_sorter *s, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < s->nheap && before(s, s->heap[l], s->heap[m])) m = l;
        if (r < s->nheap && before(s, s->heap[r], s->heap[m])) m = r;
        if (m == i) return;
        size_t t = s->heap[i];
        s->heap[i] = s->heap[m];
        s->heap[m] = t;
        i = m;
    }
}

int key_sorter_finish(struct key_sorter *s, struct eh_error *err)
{
    if (!s->nruns) {
        radix_sort(s->entries, s->sorting, s->count);
        return EH_OK;
    }
    if (spill(s, err)) return EH_IO;
    /* The arena is not needed for merging. */
    free(s->arena);
    free(s->entries);
    free(s->sorting);
    s->arena = NULL;
    s->entries = NULL;
    s->sorting = NULL;
    s->heap = xmalloc(s->nruns * sizeof *s->heap);
    for (size_t i = 0; i < s->nruns; i++) {
        struct key_sorter_run *r = &s->runs[i];
        r->buf = xmalloc(READ_BUFFER);
        bool more;
        if (run_read(s, r, &more, err)) return EH_IO;
        if (more) s->heap[s->nheap++] = i;
    }
    for (size_t i = s->nheap / 2; i-- > 0;) sift_down(s, i);
    return EH_OK;
}

int key_sorter_next(struct key_sorter *s, int64_t *key, const void **record, size_t *len, struct eh_error *err)
{
    if (!s->nruns) {
        if (s->next_entry == s->count) return 0;
        const struct radix_entry *e = &s->entries[s->next_entry++];
        *key = (int64_t)(e->key ^ ((uint64_t)1 << 63));
        *record = s->arena + e->at;
        *len = e->len;
        s->given++;
        return 1;
    }
    /* The run given last moves on to its next record only now, so what
     * was given stayed valid until this call. */
    if (s->given > 0 && s->nheap) {
        bool more;
        if (run_read(s, &s->runs[s->heap[0]], &more, err)) return EH_IO;
        if (!more) s->heap[0] = s->heap[--s->nheap];
        if (s->nheap) sift_down(s, 0);
    }
    if (!s->nheap) return 0;
    struct key_sorter_run *r = &s->runs[s->heap[0]];
    *key = (int64_t)(r->key ^ ((uint64_t)1 << 63));
    *record = r->record;
    *len = r->record_len;
    s->given++;
    return 1;
}

void key_sorter_free(struct key_sorter *s)
{
    free(s->arena);
    free(s->entries);
    free(s->sorting);
    for (size_t i = 0; i < s->nruns; i++) free(s->runs[i].buf);
    free(s->runs);
    free(s->out);
    free(s->heap);
    if (s->fd >= 0) close(s->fd);
    key_sorter_init(s, s->budget);
}
