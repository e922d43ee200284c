#include "paths.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

#ifndef DATADIR
#define DATADIR "/usr/local/share/ehtrack"
#endif

bool is_directory(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

char *path_directory(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash) return xstrdup(".");
    return slash == path ? xstrdup("/") : xasprintf("%.*s", (int)(slash - path), path);
}

static bool holds_data(const char *dir)
{
    char *m = xasprintf("%s/metrics", dir);
    char *t = xasprintf("%s/templates", dir);
    bool ok = is_directory(m) && is_directory(t);
    free(m);
    free(t);
    return ok;
}

static char found[PATH_MAX];

bool datadir_env_usable(void)
{
    const char *env = getenv("EHTRACK_DATADIR");
    if (!env || !*env) return true;
    char *m = xasprintf("%s/metrics", env);
    char *t = xasprintf("%s/templates", env);
    bool some = is_directory(m) || is_directory(t);
    free(m);
    free(t);
    return some;
}

const char *datadir(void)
{
    if (found[0]) return found;
    const char *env = getenv("EHTRACK_DATADIR");
    if (env && *env) {
        snprintf(found, sizeof found, "%s", env);
        return found;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) *slash = '\0';
        const char *candidates[] = {"", "/..", "/../..", "/../share/ehtrack"};
        for (size_t i = 0; i < ARRAY_LEN(candidates); i++) {
            char dir[PATH_MAX];
            snprintf(dir, sizeof dir, "%s%s", exe, candidates[i]);
            char real[PATH_MAX];
            if (realpath(dir, real) && holds_data(real)) {
                snprintf(found, sizeof found, "%s", real);
                return found;
            }
        }
    }
    snprintf(found, sizeof found, "%s", DATADIR);
    return found;
}

char *data_path(const char *relative)
{
    return xasprintf("%s/%s", datadir(), relative);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **list_dir(const char *dir, const char *const *suffixes)
{
    DIR *d = opendir(dir);
    if (!d) return NULL;
    char **list = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        bool match = !suffixes;
        for (size_t i = 0; suffixes && suffixes[i] && !match; i++)
            match = str_ends(e->d_name, suffixes[i]);
        if (!match) continue;
        /* A FIFO or a device named like a plan would block the read forever
         * or read what was never a file; only what a folder of files holds. */
        struct stat st;
        /* A symbolic link to a file that is gone is listed: reading it
         * names it, where passing it over would drop a metric or a plan
         * without a word. */
        bool stated = fstatat(dirfd(d), e->d_name, &st, 0) == 0;
        bool dangling = !stated && errno == ENOENT &&
                        fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode);
        if (!dangling && (!stated || !(S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)))) continue;
        GROW(list, cap, n + 2);
        list[n++] = xstrdup(e->d_name);
    }
    closedir(d);
    GROW(list, cap, n + 1);
    list[n] = NULL;
    qsort(list, n, sizeof *list, by_name);
    return list;
}

void free_list(char **list)
{
    if (!list) return;
    for (size_t i = 0; list[i]; i++) free(list[i]);
    free(list);
}

/* "." and ".." of an absolute path, by its text alone. */
static char *normalise(const char *abs)
{
    struct sbuf out = {0};
    const char *p = abs;
    while (*p) {
        while (*p == '/') p++;
        const char *end = strchr(p, '/');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        if (n == 0 || (n == 1 && p[0] == '.')) {
            /* nothing */
        } else if (n == 2 && p[0] == '.' && p[1] == '.') {
            char *slash = out.len ? strrchr(out.buf, '/') : NULL;
            if (slash) out.len = (size_t)(slash - out.buf);
            if (out.buf) out.buf[out.len] = '\0';
        } else {
            sbuf_addc(&out, '/');
            sbuf_addn(&out, p, n);
        }
        p += n;
    }
    if (!out.len) sbuf_addc(&out, '/');
    return sbuf_detach(&out);
}

char *path_absolute(const char *path)
{
    char *real = realpath(path, NULL);
    if (real) return real;
    char *joined;
    if (path[0] == '/') {
        joined = xstrdup(path);
    } else {
        char *cwd = getcwd(NULL, 0);
        joined = xasprintf("%s/%s", cwd ? cwd : "", path);
        free(cwd);
    }
    char *abs = normalise(joined);
    free(joined);
    char *slash = strrchr(abs, '/');
    if (slash && slash != abs) {
        *slash = '\0';
        char *dir = realpath(abs, NULL);
        *slash = '/';
        if (dir) {
            char *full = xasprintf("%s%s", dir, slash);
            free(dir);
            free(abs);
            return full;
        }
    }
    return abs;
}

char *path_shown(const char *given, const char *absolute)
{
    if (given) {
        char *from_here = path_absolute(given);
        bool same = strcmp(from_here, absolute) == 0;
        free(from_here);
        if (same) return xstrdup(given);
    }
    char *cwd = getcwd(NULL, 0);
    char *here = cwd ? path_absolute(cwd) : NULL;
    size_t n = here ? strlen(here) : 0;
    const char *shown = absolute;
    if (here && n > 1 && strncmp(absolute, here, n) == 0 && absolute[n] == '/' && absolute[n + 1])
        shown = absolute + n + 1;
    char *out = xstrdup(shown);
    free(here);
    free(cwd);
    return out;
}

bool path_within(const char *path, const char *root)
{
    size_t n = strlen(root);
    if (strncmp(path, root, n) != 0) return false;
    return path[n] == '\0' || path[n] == '/' || (n && root[n - 1] == '/');
}
