/*
 * End-to-end transcripts: the files tests/cases/NAME.t run the built binary.
 *
 * A transcript is a list of commands, each followed by what it must print
 * (tests/README.md):
 *   $ ehtrack plan check fixtures/plans/bad.yaml     command, run by /bin/sh
 *   > checked 1 file: ...                              expected stdout line
 *   ! ehtrack: fixtures/plans/bad.yaml:3:5: ...        expected stderr line
 *   ? 1                                                expected exit status
 * A "> ..." or "! ..." line matches any number of lines. Without ">" lines
 * stdout must be empty, likewise stderr. Lines starting with # are comments.
 * Each transcript runs in a fresh directory holding links to fixtures/,
 * plans/, templates/ and metrics/, with EHTRACK_NOW=2026-11-23T12:00:00,
 * EHTRACK_USER=tester, and git kept from finding the project's repository.
 * EHTRACK_UPDATE_CASES=1 rewrites the expectations from what ran.
 */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "paths.h"
#include "suites.h"
#include "util.h"

struct step {
    long line;
    char *command;
    struct sbuf out, err;
    int status;
};

struct transcript {
    char *path;
    char **comments;          /* text before each step, kept for updates */
    struct step *steps;
    size_t count, cap;
    char *trailer;
};

static char **case_files;
static size_t ncase_files;

static void load_cases(void)
{
    static const char *const suffixes[] = {".t", NULL};
    char *dir = test_path("tests/cases");
    char **names = list_dir(dir, suffixes);
    /* EHTRACK_CASES=import,goals runs the transcripts whose names hold
     * one of the words. */
    const char *only = getenv("EHTRACK_CASES");
    /* EHTRACK_CASE_SHARD=K/N runs every N-th of those from the K-th (0..N-1),
     * so N slow runs (make valgrind) can share the cores. */
    unsigned shard = 0, nshards = 1;
    const char *shard_spec = getenv("EHTRACK_CASE_SHARD");
    if (shard_spec && (sscanf(shard_spec, "%u/%u", &shard, &nshards) != 2 || nshards == 0 || shard >= nshards)) {
        fprintf(stderr, "EHTRACK_CASE_SHARD must be K/N with K < N (got '%s')\n", shard_spec);
        exit(2);
    }
    size_t nwanted = 0;
    size_t total = 0;
    for (size_t i = 0; names && names[i]; i++) total++;
    case_files = xcalloc(total + 1, sizeof *case_files);
    for (size_t i = 0; i < total; i++) {
        bool wanted = !only || !*only;
        char *words = xstrdup(only ? only : ""), *save = NULL;
        for (char *w = strtok_r(words, ",", &save); w && !wanted; w = strtok_r(NULL, ",", &save))
            wanted = strstr(names[i], w) != NULL;
        free(words);
        if (wanted && nwanted++ % nshards == shard) case_files[ncase_files++] = xasprintf("%s/%s", dir, names[i]);
    }
    free_list(names);
    free(dir);
}

static void parse(struct transcript *t, const char *path)
{
    memset(t, 0, sizeof *t);
    t->path = xstrdup(path);
    FILE *f = fopen(path, "r");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0;
    struct sbuf pending = {0};
    t->comments = NULL;
    size_t ccap = 0;
    while ((n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        if (n && line[n - 1] == '\n') line[--n] = '\0';
        if (line[0] == '$' && line[1] == ' ') {
            GROW(t->steps, t->cap, t->count + 1);
            GROW(t->comments, ccap, t->count + 1);
            t->comments[t->count] = sbuf_detach(&pending);
            struct step *s = &t->steps[t->count++];
            memset(s, 0, sizeof *s);
            s->line = lineno;
            s->command = xstrdup(line + 2);
        } else if (t->count && (line[0] == '>' || line[0] == '!') && (line[1] == ' ' || line[1] == '\0')) {
            struct sbuf *b = line[0] == '>' ? &t->steps[t->count - 1].out : &t->steps[t->count - 1].err;
            sbuf_adds(b, line[1] ? line + 2 : "");
            sbuf_addc(b, '\n');
        } else if (t->count && line[0] == '?' && line[1] == ' ') {
            t->steps[t->count - 1].status = atoi(line + 2);
        } else {
            sbuf_adds(&pending, line);
            sbuf_addc(&pending, '\n');
        }
    }
    t->trailer = sbuf_detach(&pending);
    free(line);
    fclose(f);
}

static void transcript_free(struct transcript *t)
{
    for (size_t i = 0; i < t->count; i++) {
        free(t->steps[i].command);
        sbuf_free(&t->steps[i].out);
        sbuf_free(&t->steps[i].err);
        free(t->comments[i]);
    }
    free(t->steps);
    free(t->comments);
    free(t->trailer);
    free(t->path);
}

static char *read_all(const char *path)
{
    struct sbuf s = {0};
    FILE *f = fopen(path, "r");
    if (f) {
        char buf[65536];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, f)) > 0) sbuf_addn(&s, buf, n);
        fclose(f);
    }
    return sbuf_detach(&s);
}

/* Does actual match expected, where an expected line "..." matches any
 * number of actual lines? */
static int match_lines(const char *exp, const char *act)
{
    if (!*exp) return !*act;
    const char *exp_end = strchr(exp, '\n');
    size_t exp_len = exp_end ? (size_t)(exp_end - exp) : strlen(exp);
    const char *exp_next = exp_end ? exp_end + 1 : exp + exp_len;
    if (exp_len == 3 && memcmp(exp, "...", 3) == 0) {
        for (const char *a = act;;) {
            if (match_lines(exp_next, a)) return 1;
            const char *nl = strchr(a, '\n');
            if (!nl) return 0;
            a = nl + 1;
        }
    }
    const char *act_end = strchr(act, '\n');
    size_t act_len = act_end ? (size_t)(act_end - act) : strlen(act);
    if (!*act || act_len != exp_len || memcmp(exp, act, exp_len) != 0) return 0;
    return match_lines(exp_next, act_end ? act_end + 1 : act + act_len);
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

static int run_command(const char *dir, const char *command, const char *out_path,
                       const char *err_path)
{
    pid_t pid = fork();
    if (pid == 0) {
        if (chdir(dir) != 0) _exit(127);
        int o = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int e = open(err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int in = open("/dev/null", O_RDONLY);
        if (o < 0 || e < 0 || in < 0) _exit(127);
        dup2(in, 0);
        dup2(o, 1);
        dup2(e, 2);
        execl("/bin/sh", "sh", "-c", command, (char *)NULL);
        _exit(127);
    }
    int status = 0;
    time_t start = time(NULL);
    for (;;) {
        pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid) break;
        if (time(NULL) - start > 600) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            return -1;
        }
        struct timespec ts = {0, 2 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void write_update(const struct transcript *t, char **outs, char **errs, int *codes)
{
    FILE *f = fopen(t->path, "w");
    if (!f) return;
    for (size_t i = 0; i < t->count; i++) {
        fputs(t->comments[i], f);
        fprintf(f, "$ %s\n", t->steps[i].command);
        const char *streams[2] = {outs[i], errs[i]};
        const char marks[2] = {'>', '!'};
        for (int k = 0; k < 2; k++) {
            const char *p = streams[k];
            while (*p) {
                const char *nl = strchr(p, '\n');
                size_t len = nl ? (size_t)(nl - p) : strlen(p);
                if (len) fprintf(f, "%c %.*s\n", marks[k], (int)len, p);
                else fprintf(f, "%c\n", marks[k]);
                p += len + (nl ? 1 : 0);
            }
        }
        if (codes[i]) fprintf(f, "? %d\n", codes[i]);
    }
    fputs(t->trailer, f);
    fclose(f);
}

static void setup_dir(char *dir)
{
    static const char *const links[] = {"tests/fixtures:fixtures", "plans:plans", "templates:templates",
                                        "metrics:metrics"};
    for (size_t i = 0; i < ARRAY_LEN(links); i++) {
        char spec[128];
        snprintf(spec, sizeof spec, "%s", links[i]);
        char *colon = strchr(spec, ':');
        *colon = '\0';
        char *target = test_path(spec);
        char *name = xasprintf("%s/%s", dir, colon + 1);
        ck_assert_msg(symlink(target, name) == 0, "symlink %s: %s", name, strerror(errno));
        free(target);
        free(name);
    }
}

START_TEST(transcript)
{
    const char *path = case_files[_i];
    struct transcript t;
    parse(&t, path);
    ck_assert_msg(t.count > 0, "%s has no commands", path);
    const char *tmp = getenv("TMPDIR");
    char *dir = xasprintf("%s/ehtrack-case-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    ck_assert_msg(mkdtemp(dir) != NULL, "mkdtemp: %s", strerror(errno));
    setup_dir(dir);
    const char *bin = getenv("EHTRACK_BIN");
    ck_assert_msg(bin && *bin, "EHTRACK_BIN is not set (run the tests with make check)");
    char *bindir = xstrdup(bin);
    *strrchr(bindir, '/') = '\0';
    const char *old_path = getenv("PATH");
    char *new_path = xasprintf("%s:%s", bindir, old_path ? old_path : "/usr/bin:/bin");
    setenv("PATH", new_path, 1);
    setenv("EHTRACK_DATADIR", test_root(), 1);
    setenv("EHTRACK_NOW", "2026-11-23T12:00:00", 1);
    setenv("LANG", "C.UTF-8", 1);
    setenv("ROOT", test_root(), 1);
    setenv("EHTRACK_USER", "tester", 1);
    /* The fixtures sit in the project's own git work tree; a plan synced
     * from them must not carry the project's commits into the expected
     * output. A transcript makes its own repository where it needs one. */
    char *real_root = realpath(test_root(), NULL);
    ck_assert_msg(real_root != NULL, "realpath %s: %s", test_root(), strerror(errno));
    setenv("GIT_CEILING_DIRECTORIES", real_root, 1);
    free(real_root);
    unsetenv("EHTRACK_DB");
    unsetenv("EHTRACK_METRICS_PATH");
    char *out_path = xasprintf("%s/.stdout", dir), *err_path = xasprintf("%s/.stderr", dir);
    bool update = getenv("EHTRACK_UPDATE_CASES") != NULL;
    char **outs = xcalloc(t.count, sizeof *outs), **errs = xcalloc(t.count, sizeof *errs);
    int *codes = xcalloc(t.count, sizeof *codes);
    struct sbuf failure = {0};
    for (size_t i = 0; i < t.count; i++) {
        struct step *s = &t.steps[i];
        codes[i] = run_command(dir, s->command, out_path, err_path);
        outs[i] = read_all(out_path);
        errs[i] = read_all(err_path);
        if (update || failure.len) continue;
        bool ok_out = match_lines(sbuf_str(&s->out), outs[i]);
        bool ok_err = match_lines(sbuf_str(&s->err), errs[i]);
        if (ok_out && ok_err && codes[i] == s->status) continue;
        sbuf_addf(&failure, "%s:%ld: $ %s\n", path, s->line, s->command);
        if (codes[i] != s->status) sbuf_addf(&failure, "exit status %d, expected %d\n", codes[i], s->status);
        if (!ok_out) sbuf_addf(&failure, "--- expected stdout\n%s--- actual stdout\n%s", sbuf_str(&s->out), outs[i]);
        if (!ok_err) sbuf_addf(&failure, "--- expected stderr\n%s--- actual stderr\n%s", sbuf_str(&s->err), errs[i]);
    }
    if (update) write_update(&t, outs, errs, codes);
    for (size_t i = 0; i < t.count; i++) {
        free(outs[i]);
        free(errs[i]);
    }
    free(outs);
    free(errs);
    free(codes);
    nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    free(dir);
    free(bindir);
    free(new_path);
    free(out_path);
    free(err_path);
    transcript_free(&t);
    if (failure.len) {
        fprintf(stderr, "%s", sbuf_str(&failure));
        ck_abort_msg("%s", sbuf_str(&failure));
    }
    sbuf_free(&failure);
}
END_TEST

static Suite *cases_suite(void)
{
    load_cases();
    Suite *s = suite_create("transcripts");
    TCase *tc = tcase_create("tests/cases");
    tcase_set_timeout(tc, 1800);
    tcase_add_loop_test(tc, transcript, 0, (int)ncase_files);
    suite_add_tcase(s, tc);
    return s;
}

REGISTER_SUITE(cases_suite)
