#include "out_file.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "paths.h"
#include "util.h"

/* The temporary file a signal must remove, and those guarded by
 * temp_file_guard; fixed buffers, as unlink is all a signal handler may
 * do with them. */
static char pending[4096];
static char guarded[8][4096];

static void remove_pending_and_die(int sig)
{
    if (pending[0]) unlink(pending);
    for (size_t i = 0; i < ARRAY_LEN(guarded); i++)
        if (guarded[i][0]) unlink(guarded[i]);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void catch_signals(bool on)
{
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    if (!on) {
        /* Off only when nothing is left to remove. */
        bool left = pending[0] != '\0';
        for (size_t i = 0; i < ARRAY_LEN(guarded); i++) left |= guarded[i][0] != '\0';
        if (left) return;
    }
    for (size_t i = 0; i < ARRAY_LEN(sigs); i++) signal(sigs[i], on ? remove_pending_and_die : SIG_DFL);
}

bool temp_file_guard(const char *path)
{
    if (strlen(path) >= sizeof guarded[0]) return false;
    for (size_t i = 0; i < ARRAY_LEN(guarded); i++) {
        if (guarded[i][0]) continue;
        catch_signals(true);
        memcpy(guarded[i], path, strlen(path) + 1);
        return true;
    }
    return false;
}

void temp_file_unguard(const char *path)
{
    for (size_t i = 0; i < ARRAY_LEN(guarded); i++)
        if (strcmp(guarded[i], path) == 0) guarded[i][0] = '\0';
    catch_signals(false);
}

/* Files no -o may write, whatever name reaches them: the database, its
 * journals and its key (registered by main). */
struct protected_file {
    const char *path, *what;
};
static struct protected_file protected_files[8];
static size_t nprotected;

void out_file_protect(const char *path, const char *what)
{
    if (nprotected < ARRAY_LEN(protected_files)) protected_files[nprotected++] = (struct protected_file){path, what};
}

/* What target is of the protected files, or NULL. */
static const char *protected_as(const char *target)
{
    struct stat t, p;
    bool exists = stat(target, &t) == 0;
    char *abs = path_absolute(target);
    const char *what = NULL;
    for (size_t i = 0; i < nprotected && !what; i++) {
        char *pabs = path_absolute(protected_files[i].path);
        if (strcmp(abs, pabs) == 0 ||
            (exists && stat(protected_files[i].path, &p) == 0 && p.st_dev == t.st_dev && p.st_ino == t.st_ino))
            what = protected_files[i].what;
        free(pabs);
    }
    free(abs);
    return what;
}

/* EH_OK when path is absent or (may be) a regular file to write. */
static int check_target(const char *path, bool replace, struct eh_error *err)
{
    const char *is = protected_as(path);
    if (is) return eh_fail(err, EH_IO, path, 0, 0, "is %s; writing here would destroy it: name another file", is);
    struct stat st;
    if (lstat(path, &st) != 0) {
        if (errno == ENOENT) return EH_OK;
        return eh_fail(err, EH_IO, path, 0, 0, "cannot write here: %s", strerror(errno));
    }
    if (S_ISDIR(st.st_mode)) return eh_fail(err, EH_IO, path, 0, 0, "is a directory; give a file name");
    const char *what = S_ISLNK(st.st_mode) ? "a symbolic link"
                       : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "a device"
                       : S_ISFIFO(st.st_mode) ? "a FIFO (named pipe)"
                       : S_ISSOCK(st.st_mode) ? "a socket"
                       : !S_ISREG(st.st_mode) ? "not a regular file" : NULL;
    if (what) return eh_fail(err, EH_IO, path, 0, 0, "is %s; -o writes regular files only", what);
    if (!replace)
        return eh_fail(err, EH_IO, path, 0, 0, "a file is already there, and this command never writes over one; "
                       "name a new file");
    return EH_OK;
}

int out_file_check(const char *target, bool replace, struct eh_error *err)
{
    if (!target || !*target) return eh_fail(err, EH_USAGE, NULL, 0, 0, "-o needs a file name");
    const char *slash = strrchr(target, '/');
    const char *base = slash ? slash + 1 : target;
    if (!*base || strcmp(base, ".") == 0 || strcmp(base, "..") == 0)
        return eh_fail(err, EH_IO, target, 0, 0, "is a directory; give a file name");
    return check_target(target, replace, err);
}

int out_file_open(struct out_file *f, const char *target, bool replace, struct eh_error *err)
{
    memset(f, 0, sizeof *f);
    int rc = out_file_check(target, replace, err);
    if (rc) return rc;
    const char *slash = strrchr(target, '/');
    const char *base = slash ? slash + 1 : target;
    /* The temporary name holds the start of the name only: a name near
     * the file system's 255 bytes would not take 8 more. */
    char *temp = slash ? xasprintf("%.*s/.%.64s.XXXXXX", (int)(slash - target), target, base)
                       : xasprintf(".%.64s.XXXXXX", base);
    if (strlen(temp) >= sizeof pending) {
        free(temp);
        return eh_fail(err, EH_IO, target, 0, 0, "the path is too long");
    }
    catch_signals(true);
    int fd = mkstemp(temp);
    if (fd < 0) {
        int e = errno;
        catch_signals(false);
        free(temp);
        return eh_fail(err, EH_IO, target, 0, 0, "cannot write here: %s", strerror(e));
    }
    close(fd);
    memcpy(pending, temp, strlen(temp) + 1);
    f->target = xstrdup(target);
    f->temp = temp;
    f->replace = replace;
    return EH_OK;
}

FILE *out_file_stream(struct out_file *f, struct eh_error *err)
{
    if (!f->stream && !(f->stream = fopen(f->temp, "w")))
        eh_fail(err, EH_IO, f->target, 0, 0, "cannot write: %s", strerror(errno));
    return f->stream;
}

const char *out_file_temp(const struct out_file *f)
{
    return f->temp;
}

static void release(struct out_file *f, bool remove_temp)
{
    if (f->stream) fclose(f->stream);
    if (f->temp && remove_temp) unlink(f->temp);
    pending[0] = '\0';
    catch_signals(false);
    free(f->temp);
    free(f->target);
    memset(f, 0, sizeof *f);
}

void out_file_abort(struct out_file *f)
{
    release(f, true);
}

/* Moves temp to target without ever replacing an existing file: a hard
 * link where the file system has them, else a rename that refuses to
 * replace. */
static int place_new(const char *temp, const char *target)
{
    if (link(temp, target) == 0) return unlink(temp) == 0 || errno == ENOENT ? 0 : -1;
    if (errno != EPERM && errno != EOPNOTSUPP && errno != EXDEV) return -1;
    return renameat2(AT_FDCWD, temp, AT_FDCWD, target, RENAME_NOREPLACE);
}

static int synced(const char *path)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0) return -1;
    int rc = fsync(fd);
    close(fd);
    return rc;
}

int out_file_commit(struct out_file *f, struct eh_error *err)
{
    int failed = 0;
    if (f->stream) {
        failed = fflush(f->stream) != 0 || ferror(f->stream);
        failed |= fclose(f->stream) != 0;
        f->stream = NULL;
    }
    if (failed || synced(f->temp) != 0) {
        int e = errno;
        eh_fail(err, EH_IO, f->target, 0, 0, "cannot write: %s", strerror(e ? e : EIO));
        out_file_abort(f);
        return EH_IO;
    }
    /* mkstemp made the file private; the result gets the usual mode, or
     * the mode of the file it replaces: a workbook kept private (0600)
     * stays private when it is written again. */
    mode_t mask = umask(0);
    umask(mask);
    mode_t mode = 0666 & ~mask;
    struct stat st;
    if (f->replace && lstat(f->target, &st) == 0 && S_ISREG(st.st_mode)) mode = st.st_mode & 0777;
    int rc = check_target(f->target, f->replace, err);
    if (!rc && chmod(f->temp, mode) != 0)
        rc = eh_fail(err, EH_IO, f->target, 0, 0, "cannot write: %s", strerror(errno));
    if (!rc && (f->replace ? rename(f->temp, f->target) : place_new(f->temp, f->target)) != 0)
        rc = errno == EEXIST ? check_target(f->target, false, err)
                             : eh_fail(err, EH_IO, f->target, 0, 0, "cannot write: %s", strerror(errno));
    release(f, rc != EH_OK);
    return rc;
}

int out_file_write(const char *target, bool replace, const char *data, size_t len, struct eh_error *err)
{
    struct out_file f;
    int rc = out_file_open(&f, target, replace, err);
    if (rc) return rc;
    FILE *out = out_file_stream(&f, err);
    if (!out) {
        out_file_abort(&f);
        return EH_IO;
    }
    fwrite(data, 1, len, out);
    return out_file_commit(&f, err);  /* a short write shows in the stream's error */
}
