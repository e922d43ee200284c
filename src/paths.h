/*
 * paths.h - where the data directories (templates/, metrics/) are.
 *
 * Contract: datadir() returns, in this order, $EHTRACK_DATADIR; the
 * directory of the running binary or one of its two parents when it holds
 * metrics/ and templates/ (a source tree or a build directory in it); the
 * binary's ../share/ehtrack; the compiled-in DATADIR. The string is static.
 * data_path() joins datadir() with a relative path (caller frees).
 * list_dir() returns the sorted names in dir ending in one of the suffixes
 * (NULL-terminated array, caller frees with free_list); NULL if dir is
 * missing. Only regular files and directories (after symbolic links) are
 * listed: a FIFO or device in a scanned folder is passed over, never read;
 * a symbolic link to nothing is listed, so that reading it names it.
 * path_absolute() gives a path with "." and ".." gone and symbolic
 * links resolved; a path that does not exist (a file since removed) keeps
 * its last part joined to its resolved directory, so it still compares
 * with the paths of its neighbours (caller frees).
 */
#ifndef EHTRACK_PATHS_H
#define EHTRACK_PATHS_H

#include <stdbool.h>

const char *datadir(void);
/* False when $EHTRACK_DATADIR is set to a directory with neither metrics/
 * nor templates/ (a mistyped path: no metric and no format found). */
bool datadir_env_usable(void);
char *data_path(const char *relative);
char **list_dir(const char *dir, const char *const *suffixes);
void free_list(char **list);
bool is_directory(const char *path);
/* The directory path lies in: "." for a bare name, "/" for one in the
 * root (caller frees). */
char *path_directory(const char *path);
bool file_exists(const char *path);
char *path_absolute(const char *path);
/* true when path is root itself or lies below it (both from path_absolute). */
bool path_within(const char *path, const char *root);
/* A recorded path as a message shows it: as it was given (given) when it
 * still leads to the same file from the working directory, else the
 * absolute path (from path_absolute) relative to the working directory
 * when it lies below it, else whole. A path given from another directory
 * would name a file that is not there (caller frees). */
char *path_shown(const char *given, const char *absolute);

#endif
