/*
 * read_ahead.h - a producer in a second thread, one buffer ahead of its
 * consumer.
 *
 * Contract: read_ahead_start runs fill(arg, buffer, &count, err) in a new
 * thread on one of the two buffers given while the caller works on the
 * other. read_ahead_take hands the caller the next buffer filled, in the
 * order filled, and gives the buffer it handed before back to the filler:
 * the caller must be done with that one. A count of 0 means the producer
 * is done; a status other than EH_OK is fill's, with its error copied to
 * err, and no buffer follows it. fill runs on one buffer at a time, never
 * on a buffer the caller holds, and touches nothing else the caller uses
 * until read_ahead_stop returns. read_ahead_stop (always, once started,
 * also after a failure or before the end) tells the filler to stop after
 * the buffer at hand and waits for it. Without a second thread
 * (read_ahead_start returning EH_OK with threaded false), take calls fill
 * itself, in the caller's thread, on the buffer just handed back.
 */
#ifndef EHTRACK_READ_AHEAD_H
#define EHTRACK_READ_AHEAD_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

#include "error.h"

typedef int (*read_ahead_fill)(void *arg, void *buffer, size_t *count, struct eh_error *err);

struct read_ahead {
    read_ahead_fill fill;
    void *arg;
    void *buffers[2];
    bool threaded, started;
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t changed;
    /* Guarded by lock: the buffer the filler works on next (or is
     * working on), the filled one waiting to be taken, and its result. */
    int filling;                /* -1: none free */
    int ready;                  /* -1: none filled */
    size_t ready_count;
    int ready_status;
    struct eh_error ready_error;
    bool stop, finished;
    int held;                   /* the buffer the caller holds, -1: none */
};

/* threaded false: no second thread, fill runs within read_ahead_take. */
int read_ahead_start(struct read_ahead *ra, read_ahead_fill fill, void *arg, void *buffer0, void *buffer1,
                     bool threaded, struct eh_error *err);
/* EH_OK with *buffer and *count (0: the end), or fill's status and error. */
int read_ahead_take(struct read_ahead *ra, void **buffer, size_t *count, struct eh_error *err);
void read_ahead_stop(struct read_ahead *ra);

#endif
