/*
 * error.h - errors as values, and lists of diagnostics.
 *
 * Contract: a function that can fail takes a struct eh_error *, returns
 * EH_OK or the status it failed with, and on failure has filled the error
 * with that status, the location when one is known (file, 1-based line and
 * column; 0 when unknown) and a message saying what was expected. Only main
 * turns a status into an exit code. A struct diag_list collects every
 * problem of an input (errors and warnings) so all can be reported at once;
 * it keeps the first DIAG_KEEP and counts the rest, and diag_print shows the
 * first DIAG_SHOW on a terminal (every one kept elsewhere) and says how many
 * more there are, so a file with a million mistakes costs neither memory
 * nor a million lines. A problem added with
 * diag_add_io is an I/O failure (a file that cannot be read): a command
 * that meets one exits 3, not 1.
 */
#ifndef EHTRACK_ERROR_H
#define EHTRACK_ERROR_H

#include <stdio.h>

enum eh_status {
    EH_OK = 0,
    EH_INVALID = 1,     /* input invalid or rows rejected */
    EH_USAGE = 2,       /* command-line misuse */
    EH_IO = 3,          /* database or I/O failure */
};

struct eh_error {
    enum eh_status status;
    long line, col;
    char file[512];
    char msg[1536];
};

int eh_fail(struct eh_error *e, enum eh_status status, const char *file,
            long line, long col, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
/* "ehtrack: FILE:LINE:COL: message" (the parts that are known). */
void eh_error_print(const struct eh_error *e, FILE *out);

enum diag_severity { DIAG_ERROR, DIAG_WARNING };

struct diag {
    enum diag_severity severity;
    char *file;
    long line, col;
    char *msg;
};

#define DIAG_KEEP 10000
#define DIAG_SHOW 100

struct diag_list {
    struct diag *items;
    size_t count, cap;
    size_t errors, warnings;    /* all, kept or not */
    size_t io;                  /* errors that are I/O failures */
};

void diag_add(struct diag_list *d, enum diag_severity sev, const char *file,
              long line, long col, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
void diag_add_io(struct diag_list *d, const char *file, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* EH_IO when an I/O failure is among the problems, else EH_INVALID when
 * there are errors, else EH_OK. */
int diag_status(const struct diag_list *d);
/* Sorted by file, line and column, in the order added within a place. */
void diag_sort(struct diag_list *d);
void diag_print(const struct diag_list *d, FILE *out);
void diag_free(struct diag_list *d);

#endif
