#include "provenance.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util.h"

extern char **environ;

char *provenance_user(void)
{
    const char *name = getenv("EHTRACK_USER");
    if (name && *name) return xstrdup(name);
    /* getlogin names the person behind a sudo or su session; without a
     * terminal it fails and the account running the command is the answer. */
    name = getlogin();
    if (name && *name) return xstrdup(name);
    struct passwd *pw = getpwuid(getuid());
    if (pw && pw->pw_name && *pw->pw_name) return xstrdup(pw->pw_name);
    name = getenv("USER");
    return name && *name ? xstrdup(name) : NULL;
}

/* ---- running git ----------------------------------------------------------- */

struct child {
    pid_t pid;
    int fd;                     /* its stdout */
};

/* Starts argv (no shell) with stdin and stderr on /dev/null. */
static bool child_start(char *const argv[], struct child *c)
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return false;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&fa, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    int spawned = posix_spawnp(&c->pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(fds[1]);
    if (spawned != 0) {
        close(fds[0]);
        return false;
    }
    c->fd = fds[0];
    return true;
}

/* Appends what the child wrote next; false at its end. */
static bool child_read(struct child *c, struct sbuf *out)
{
    char chunk[8192];
    for (;;) {
        ssize_t n = read(c->fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        sbuf_addn(out, chunk, (size_t)n);
        return true;
    }
}

/* Waits for the child; stop: it is not read to its end and is told to
 * stop. True when it exited 0 (or was stopped). */
static bool child_finish(struct child *c, bool stop)
{
    close(c->fd);
    if (stop) kill(c->pid, SIGTERM);
    int status;
    while (waitpid(c->pid, &status, 0) < 0)
        if (errno != EINTR) return false;
    return stop || (WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

/* ---- the files of one directory ---------------------------------------------- */

struct dir_files {
    const char *dir;
    char **bases;               /* borrowed from names */
    size_t *index;              /* into the caller's arrays */
    size_t n;
};

static long find_base(const struct dir_files *d, const char *name, size_t len)
{
    for (size_t i = 0; i < d->n; i++)
        if (strlen(d->bases[i]) == len && memcmp(d->bases[i], name, len) == 0) return (long)i;
    return -1;
}

/* argv: git, the options before the command, the command's words, "--",
 * the directory's files. */
static char **git_argv(const struct dir_files *d, const char *const *words, size_t nwords)
{
    char **argv = xcalloc(nwords + d->n + 8, sizeof *argv);
    size_t k = 0;
    argv[k++] = "git";
    /* Literal pathspecs: a file name is never read as a pattern or magic.
     * No optional locks: asking must not write the repository's index. */
    argv[k++] = "--literal-pathspecs";
    argv[k++] = "--no-optional-locks";
    argv[k++] = "-C";
    argv[k++] = (char *)d->dir;
    for (size_t i = 0; i < nwords; i++) argv[k++] = (char *)words[i];
    argv[k++] = "--";
    for (size_t i = 0; i < d->n; i++) argv[k++] = d->bases[i];
    argv[k] = NULL;
    return argv;
}

/* Runs git with words on the directory's files and marks in listed[] the
 * files it names, one per NUL-ended name; false when git failed (not a
 * work tree, no commit, no git). */
static bool git_lists(const struct dir_files *d, const char *const *words, size_t nwords, bool *listed)
{
    char **argv = git_argv(d, words, nwords);
    struct child c;
    bool ok = child_start(argv, &c);
    free(argv);
    if (!ok) return false;
    struct sbuf names = {0};
    while (child_read(&c, &names)) {}
    ok = child_finish(&c, false);
    for (size_t p = 0; ok && p < names.len;) {
        size_t len = strlen(names.buf + p);
        long f = find_base(d, names.buf + p, len);
        if (f >= 0) listed[f] = true;
        p += len + 1;
    }
    sbuf_free(&names);
    return ok;
}

/* Marks the files that differ from HEAD; false when the directory is not
 * in a git work tree with a commit, or git is missing. */
static bool ask_changed(const struct dir_files *d, struct git_origin *out)
{
    static const char *const words[] = {"diff", "HEAD", "--name-only", "--relative", "-z"};
    bool *changed = xcalloc(d->n + 1, sizeof *changed);
    bool ok = git_lists(d, words, ARRAY_LEN(words), changed);
    for (size_t i = 0; i < d->n; i++) out[d->index[i]].uncommitted = ok ? changed[i] : -1;
    free(changed);
    return ok;
}

/* Whether the directory is in a git work tree (`git ls-files` works there
 * before the first commit too, where `git diff HEAD` fails). */
static bool in_work_tree(const struct dir_files *d)
{
    static const char *const words[] = {"ls-files", "-z"};
    bool *listed = xcalloc(d->n + 1, sizeof *listed);
    bool ok = git_lists(d, words, ARRAY_LEN(words), listed);
    free(listed);
    return ok;
}

/* Marks in tracked[] the files HEAD holds (`git ls-tree HEAD`); a file it
 * does not (new, or put back after a commit deleted it, staged or not)
 * has no commit of its text, whatever the history says of its name.
 * False when git could not tell. */
static bool ask_tracked(const struct dir_files *d, bool *tracked)
{
    static const char *const words[] = {"ls-tree", "--name-only", "-z", "HEAD"};
    return git_lists(d, words, ARRAY_LEN(words), tracked);
}

/* One walk of the history: each record is \001 HASH \037 AUTHOR \0 \n
 * then the names it changed, each ended by \0. Newest first, so a file's
 * first record is its last change; the walk stops when every file has one.
 * --cc names a merge's files that differ from every parent (a conflict
 * resolved, or both sides changed the file), the merge git log -- FILE
 * shows; without it a merge names none, and the change was credited to a
 * commit that did not hold the text recorded. Git gives a merge's names
 * from the top of the work tree despite --relative: the last part is the
 * file's (the pathspec holds this directory's files only). */
static void ask_commits(const struct dir_files *d, struct git_origin *out)
{
    static const char *const words[] = {"log", "--no-show-signature", "--format=%x01%H%x1f%an",
                                         "--name-only", "--relative", "--cc", "-z"};
    char **argv = git_argv(d, words, ARRAY_LEN(words));
    struct child c;
    bool started = child_start(argv, &c);
    free(argv);
    if (!started) return;
    size_t missing = d->n, pos = 0;
    struct sbuf buf = {0};
    bool more = true;
    while (missing && (more || pos < buf.len)) {
        if (more) more = child_read(&c, &buf);
        /* Whole records only: one ends where the next begins, or at the end. */
        while (missing && pos < buf.len && buf.buf[pos] == '\001') {
            char *next = memchr(buf.buf + pos + 1, '\001', buf.len - pos - 1);
            if (!next && more) break;
            size_t end = next ? (size_t)(next - buf.buf) : buf.len;
            const char *head = buf.buf + pos + 1;
            size_t head_len = strnlen(head, end - pos - 1);
            const char *sep = memchr(head, '\037', head_len);
            size_t p = pos + 1 + head_len + 1;
            if (p < end && buf.buf[p] == '\n') p++;
            while (sep && p < end) {
                size_t len = strnlen(buf.buf + p, end - p);
                const char *name = buf.buf + p, *slash = memrchr(name, '/', len);
                size_t name_len = slash ? len - (size_t)(slash + 1 - name) : len;
                if (slash) name = slash + 1;
                long f = name_len ? find_base(d, name, name_len) : -1;
                struct git_origin *o = f >= 0 ? &out[d->index[f]] : NULL;
                if (o && !o->commit) {
                    o->commit = xstrndup(head, (size_t)(sep - head));
                    o->author = xstrndup(sep + 1, head_len - (size_t)(sep - head) - 1);
                    missing--;
                }
                p += len + 1;
            }
            pos = end;
        }
        if (!more && pos < buf.len && buf.buf[pos] != '\001') break;
        /* Keep only the record not yet whole: a long history streams. */
        if (pos) {
            memmove(buf.buf, buf.buf + pos, buf.len - pos);
            buf.len -= pos;
            buf.buf[buf.len] = '\0';
            pos = 0;
        }
    }
    child_finish(&c, more);
    sbuf_free(&buf);
}

void provenance_git(char *const *files, size_t n, struct git_origin *out)
{
    char **dirs = xcalloc(n + 1, sizeof *dirs), **bases = xcalloc(n + 1, sizeof *bases);
    bool *done = xcalloc(n + 1, sizeof *done);
    for (size_t i = 0; i < n; i++) {
        out[i] = (struct git_origin){NULL, NULL, -1};
        const char *slash = strrchr(files[i], '/');
        dirs[i] = slash ? xstrndup(files[i], slash == files[i] ? 1 : (size_t)(slash - files[i])) : xstrdup(".");
        bases[i] = xstrdup(slash ? slash + 1 : files[i]);
    }
    struct dir_files d = {NULL, xcalloc(n + 1, sizeof(char *)), xcalloc(n + 1, sizeof(size_t)), 0};
    for (size_t i = 0; i < n; i++) {
        if (done[i]) continue;
        d.dir = dirs[i];
        d.n = 0;
        for (size_t j = i; j < n; j++)
            if (!done[j] && strcmp(dirs[j], dirs[i]) == 0 && find_base(&d, bases[j], strlen(bases[j])) < 0) {
                d.bases[d.n] = bases[j];
                d.index[d.n++] = j;
                done[j] = true;
            }
        bool *tracked = xcalloc(d.n + 1, sizeof *tracked);
        if (ask_changed(&d, out) && ask_tracked(&d, tracked)) {
            ask_commits(&d, out);
            for (size_t f = 0; f < d.n; f++) {
                if (tracked[f]) continue;
                struct git_origin *o = &out[d.index[f]];
                free(o->commit);
                free(o->author);
                o->commit = o->author = NULL;
                o->uncommitted = 1;
            }
        } else if (in_work_tree(&d)) {
            /* A repository without a commit yet (or a branch without
             * one): git holds none of its files' text. */
            for (size_t f = 0; f < d.n; f++) out[d.index[f]].uncommitted = 1;
        }
        free(tracked);
        /* A file named twice shares what its first mention learnt. */
        for (size_t j = i + 1; j < n; j++)
            if (!done[j] && strcmp(dirs[j], dirs[i]) == 0 && strcmp(bases[j], bases[i]) == 0) {
                long f = find_base(&d, bases[j], strlen(bases[j]));
                const struct git_origin *src = &out[d.index[f]];
                out[j] = (struct git_origin){src->commit ? xstrdup(src->commit) : NULL,
                                             src->author ? xstrdup(src->author) : NULL, src->uncommitted};
                done[j] = true;
            }
    }
    /* No commit of a file in a work tree: git does not have it (yet). */
    for (size_t i = 0; i < n; i++)
        if (out[i].uncommitted == 0 && !out[i].commit) out[i].uncommitted = 1;
    for (size_t i = 0; i < n; i++) {
        free(dirs[i]);
        free(bases[i]);
    }
    free(dirs);
    free(bases);
    free(done);
    free(d.bases);
    free(d.index);
}

void git_origin_free(struct git_origin *o)
{
    free(o->commit);
    free(o->author);
    memset(o, 0, sizeof *o);
}
