/*
 * out_file.h - the file an option like -o FILE names: written whole or not
 * at all, and only ever a regular file (interface.md 7.1). Used by every
 * command that writes a file of its own (report -o, plan new -o, ...).
 *
 * Contract:
 * - out_file_open checks the target before anything is written. An empty
 *   name is a usage error (EH_USAGE, "-o needs a file name"). An existing
 *   target that is not a regular file - a directory, a device, a FIFO, a
 *   socket, a symbolic link - is refused with EH_IO and left as it was; so
 *   is an existing regular file when replace is false. It then creates a
 *   private temporary file beside the target.
 * - The caller writes the temporary file, through out_file_stream (stdio)
 *   or by its path, out_file_temp (for libraries that open files
 *   themselves, as libxlsxwriter does).
 * - out_file_commit flushes and syncs the temporary file, checks the target
 *   again, and moves the file into place with mode 0666 less the umask:
 *   rename when replace is true, else link, so an existing file is never
 *   overwritten; a file replaced passes its permission bits on. On any
 *   failure the temporary file is removed and the
 *   target left as it was. out_file_abort removes the temporary file.
 * - Until commit or abort, SIGINT, SIGTERM and SIGHUP remove the temporary
 *   file on the way out. One out_file may be open at a time.
 * Every failure fills err with the target's path and what is wrong.
 */
#ifndef EHTRACK_OUT_FILE_H
#define EHTRACK_OUT_FILE_H

#include <stdbool.h>
#include <stdio.h>

#include "error.h"

struct out_file {
    char *target;
    char *temp;
    FILE *stream;
    bool replace;
};

/* Names a file no -o may write: the database, its journals, its key. A
 * target that is that file (by its path, or by device and inode through
 * another name) is refused with EH_IO, naming what it is; what says so
 * ("the database's key"). Both strings must outlive every check. */
void out_file_protect(const char *path, const char *what);
int out_file_open(struct out_file *f, const char *target, bool replace, struct eh_error *err);
/* The checks of out_file_open alone, for a command that refuses a bad
 * target before any other work; nothing is created. */
int out_file_check(const char *target, bool replace, struct eh_error *err);
/* Writes len bytes of data as the whole file: open, write, commit. */
int out_file_write(const char *target, bool replace, const char *data, size_t len, struct eh_error *err);
/* A stdio stream on the temporary file, opened on first use; NULL (with
 * err filled) when it cannot be opened. */
FILE *out_file_stream(struct out_file *f, struct eh_error *err);
const char *out_file_temp(const struct out_file *f);
int out_file_commit(struct out_file *f, struct eh_error *err);
void out_file_abort(struct out_file *f);

/* A temporary file of the caller's own (generate writes five at once)
 * that SIGINT, SIGTERM and SIGHUP remove until it is unguarded; at most 8
 * at a time, false when no room (or the path is too long). */
bool temp_file_guard(const char *path);
void temp_file_unguard(const char *path);

#endif
