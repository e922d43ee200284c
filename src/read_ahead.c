#include "read_ahead.h"

#include <string.h>

/* Two buffers, each either held by the caller, filled and waiting to be
 * taken (ready), or the filler's (filling). The filler waits for a
 * buffer of its own, fills it unlocked, then waits until the one filled
 * before has been taken. */
static void *filler(void *arg)
{
    struct read_ahead *ra = arg;
    pthread_mutex_lock(&ra->lock);
    for (;;) {
        while (!ra->stop && ra->filling < 0) pthread_cond_wait(&ra->changed, &ra->lock);
        if (ra->stop) break;
        int b = ra->filling;
        pthread_mutex_unlock(&ra->lock);
        size_t count = 0;
        struct eh_error error = {0};
        int rc = ra->fill(ra->arg, ra->buffers[b], &count, &error);
        pthread_mutex_lock(&ra->lock);
        while (!ra->stop && ra->ready >= 0) pthread_cond_wait(&ra->changed, &ra->lock);
        if (ra->stop) break;
        ra->ready = b;
        ra->ready_count = count;
        ra->ready_status = rc;
        if (rc) ra->ready_error = error;
        ra->filling = -1;
        if (rc || !count) ra->finished = true;
        else if (ra->held != 1 - b) ra->filling = 1 - b;
        pthread_cond_broadcast(&ra->changed);
        if (ra->finished) break;
    }
    pthread_mutex_unlock(&ra->lock);
    return NULL;
}

int read_ahead_start(struct read_ahead *ra, read_ahead_fill fill, void *arg, void *buffer0, void *buffer1,
                     bool threaded, struct eh_error *err)
{
    memset(ra, 0, sizeof *ra);
    ra->fill = fill;
    ra->arg = arg;
    ra->buffers[0] = buffer0;
    ra->buffers[1] = buffer1;
    ra->filling = 0;
    ra->ready = ra->held = -1;
    if (!threaded) return EH_OK;
    if (pthread_mutex_init(&ra->lock, NULL) != 0)
        return eh_fail(err, EH_IO, NULL, 0, 0, "cannot start reading ahead: no mutex");
    if (pthread_cond_init(&ra->changed, NULL) != 0) {
        pthread_mutex_destroy(&ra->lock);
        return eh_fail(err, EH_IO, NULL, 0, 0, "cannot start reading ahead: no condition variable");
    }
    if (pthread_create(&ra->thread, NULL, filler, ra) != 0) {
        /* Without a second thread the same work is done in this one. */
        pthread_cond_destroy(&ra->changed);
        pthread_mutex_destroy(&ra->lock);
        return EH_OK;
    }
    ra->threaded = ra->started = true;
    return EH_OK;
}

int read_ahead_take(struct read_ahead *ra, void **buffer, size_t *count, struct eh_error *err)
{
    *buffer = NULL;
    *count = 0;
    if (!ra->threaded) {
        if (ra->finished) return EH_OK;
        ra->held = 0;
        int rc = ra->fill(ra->arg, ra->buffers[0], count, err);
        if (rc || !*count) ra->finished = true;
        if (!rc && *count) *buffer = ra->buffers[0];
        return rc;
    }
    pthread_mutex_lock(&ra->lock);
    if (ra->held >= 0) {
        if (!ra->finished && ra->filling < 0) ra->filling = ra->held;
        ra->held = -1;
        pthread_cond_broadcast(&ra->changed);
    }
    while (ra->ready < 0 && !ra->finished) pthread_cond_wait(&ra->changed, &ra->lock);
    int rc = EH_OK;
    if (ra->ready >= 0) {
        ra->held = ra->ready;
        ra->ready = -1;
        *count = ra->ready_count;
        rc = ra->ready_status;
        if (rc) *err = ra->ready_error;
        else if (*count) *buffer = ra->buffers[ra->held];
        pthread_cond_broadcast(&ra->changed);
    }
    pthread_mutex_unlock(&ra->lock);
    return rc;
}

void read_ahead_stop(struct read_ahead *ra)
{
    if (!ra->started) return;
    pthread_mutex_lock(&ra->lock);
    ra->stop = true;
    pthread_cond_broadcast(&ra->changed);
    pthread_mutex_unlock(&ra->lock);
    pthread_join(ra->thread, NULL);
    pthread_cond_destroy(&ra->changed);
    pthread_mutex_destroy(&ra->lock);
    ra->started = ra->threaded = false;
}
