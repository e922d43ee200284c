/* The log generator: determinism, exact volumes, canonical rows, the effect
 * of a plan, broken rows and invented registers. Periods stay short so the
 * suite stays fast. */
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "datetime.h"
#include "gen_logs.h"
#include "metric_catalog.h"
#include "paths.h"
#include "plan_set.h"
#include "suites.h"
#include "util.h"

/* ---- helpers --------------------------------------------------------------- */

static int day(const char *s)
{
    int d = 0;
    ck_assert_msg(parse_date(s, strlen(s), &d), "bad date %s", s);
    return d;
}

static char *temp_dir(void)
{
    const char *tmp = getenv("TMPDIR");
    char *dir = xasprintf("%s/ehtrack-gen-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    ck_assert_msg(mkdtemp(dir) != NULL, "mkdtemp: %s", strerror(errno));
    return dir;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

static void remove_tree(char *dir)
{
    nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    free(dir);
}

/* Loads paths with every check; fails the test on any error. */
static void load(struct plan_set *set, char **paths, size_t n, size_t *warnings)
{
    setenv("EHTRACK_DATADIR", test_root(), 1);
    struct diag_list diags = {0};
    struct metric_catalog metrics;
    metric_catalog_load(&metrics, &diags);
    plan_set_load(set, paths, n, &metrics, day("2026-11-23"), NULL, &diags);
    metric_catalog_free(&metrics);
    if (diags.errors) diag_print(&diags, stderr);
    ck_assert_int_eq(diags.errors, 0);
    if (warnings) *warnings = diags.warnings;
    diag_free(&diags);
}

static void load_example(struct plan_set *set)
{
    char *path = test_path("plans");
    load(set, &path, 1, NULL);
    free(path);
}

static void generate(const struct plan_set *set, const char *dir, const char *from, const char *to,
                     uint64_t seed, long long consults, long errors, struct gen_result *res)
{
    struct gen_config cfg = {dir, day(from), day(to), seed, consults, errors, false};
    struct eh_error err = {0};
    int rc = gen_logs(set, &cfg, res, &err);
    ck_assert_msg(rc == EH_OK, "gen_logs: %s", err.msg);
}

static char *slurp(const char *dir, enum gen_file f)
{
    char *path = xasprintf("%s/%s", dir, GEN_FILE_NAMES[f]);
    FILE *in = fopen(path, "rb");
    ck_assert_msg(in != NULL, "cannot open %s", path);
    struct sbuf s = {0};
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0) sbuf_addn(&s, buf, n);
    fclose(in);
    free(path);
    return sbuf_detach(&s);
}

static long count_lines(const char *text)
{
    long n = 0;
    for (; *text; text++) n += *text == '\n';
    return n;
}

/* ---- a reader of the canonical layouts -------------------------------------------- */

#define MAX_COLS 10

struct field {
    const char *p;
    size_t n;
};

static bool is_digits(struct field f, size_t max)
{
    if (f.n == 0 || f.n > max) return false;
    for (size_t i = 0; i < f.n; i++)
        if (f.p[i] < '0' || f.p[i] > '9') return false;
    return true;
}

static long long number(struct field f)
{
    long long v = 0;
    for (size_t i = 0; i < f.n; i++) v = v * 10 + (f.p[i] - '0');
    return v;
}

static bool is_one_of(struct field f, const char *const *values)
{
    for (; *values; values++)
        if (strlen(*values) == f.n && memcmp(*values, f.p, f.n) == 0) return true;
    return false;
}

/* "YYYY-MM-DDTHH:MM" inside the period, as civil seconds. */
static bool is_time(struct field f, int from, int to, int64_t *t)
{
    if (f.n != 16 || f.p[10] != 'T' || !parse_local_time(f.p, f.n, t)) return false;
    return *t >= (int64_t)from * 86400 && *t < (int64_t)(to + 1) * 86400;
}

static bool is_date(struct field f, int from, int to, int *d)
{
    return parse_date(f.p, f.n, d) && *d >= from && *d <= to;
}

struct reader {
    enum gen_file kind;
    const struct plan_set *set;
    int from, to;
    long rows, bad;
    /* order of the good rows: register order, then time */
    size_t practice;
    int64_t last_time;
    long long last_id;
    char why[200];
};

static size_t practice_index(const struct plan_set *set, struct field f)
{
    size_t k = 0;
    for (size_t r = 0; r < set->nregisters; r++)
        for (size_t i = 0; i < set->registers[r].count; i++, k++) {
            const char *agb = set->registers[r].practices[i].agb;
            if (strlen(agb) == f.n && memcmp(agb, f.p, f.n) == 0) return k;
        }
    return (size_t)-1;
}

static bool check_row(struct reader *rd, struct field *c, size_t n)
{
    static const char *const channels[] = {"f2f", "phone", "econsult", "video", "visit", NULL};
    static const char *const roles[] = {"gp", "assistant", "poh", "other", NULL};
    static const char *const reasons[] = {"", "result", "medication", "followup", "other", NULL};
    static const char *const msg_channels[] = {"econsult", "email", "sms", "whatsapp", "other", NULL};
    static const char *const directions[] = {"in", "out", NULL};
    static const char *const outcomes[] = {"answered", "abandoned", "voicemail", "callback", NULL};
    static const size_t widths[GEN_FILES] = {8, 6, 7, 4, 3};
    if (n != widths[rd->kind]) return false;
    bool has_id = rd->kind <= GEN_CALLS;
    struct field practice = c[has_id ? 1 : 0];
    if (!is_digits(practice, 8) || practice.n != 8) return false;
    size_t pi = practice_index(rd->set, practice);
    if (pi == (size_t)-1) return false;
    int64_t t = 0, t2 = 0;
    int d = 0;
    switch (rd->kind) {
    case GEN_CONSULTS:
        if (!is_digits(c[0], 18) || !is_time(c[2], rd->from, rd->to, &t) || !is_digits(c[3], 12) ||
            !is_one_of(c[4], channels) || !is_one_of(c[5], roles) || !is_digits(c[6], 2) ||
            number(c[6]) < 5 || number(c[6]) > 20 || !is_one_of(c[7], reasons))
            return false;
        break;
    case GEN_MESSAGES:
        if (!is_digits(c[0], 18) || !is_time(c[2], rd->from, rd->to, &t) || !is_digits(c[4], 12) ||
            !is_one_of(c[5], msg_channels))
            return false;
        if (c[3].n && (!is_time(c[3], rd->from, rd->to, &t2) || t2 < t)) return false;
        break;
    case GEN_CALLS:
        if (!is_digits(c[0], 18) || !is_time(c[2], rd->from, rd->to, &t) || !is_one_of(c[3], directions) ||
            !is_digits(c[4], 6) || !is_digits(c[5], 6) || !is_one_of(c[6], outcomes))
            return false;
        if (memcmp(c[6].p, "answered", c[6].n) != 0 && number(c[5]) != 0) return false;
        break;
    case GEN_SURVEY:
        if (!is_date(c[1], rd->from, rd->to, &d) || !is_digits(c[2], 6) || !is_digits(c[3], 6) ||
            number(c[3]) > number(c[2]) || number(c[2]) < 40 || number(c[2]) > 200)
            return false;
        t = (int64_t)d * 86400;
        break;
    case GEN_REGISTRATIONS:
        if (!is_date(c[1], rd->from, rd->to, &d) || !is_digits(c[2], 9)) return false;
        t = (int64_t)d * 86400;
        break;
    case GEN_FILES:
        return false;
    }
    /* A good row keeps the order: practices in register order, then time,
     * ids rising within a practice. */
    if (rd->rows > 0 && pi < rd->practice) {
        snprintf(rd->why, sizeof rd->why, "row %ld: practice out of register order", rd->rows + 1);
    } else if (pi == rd->practice && rd->rows > 0 && t < rd->last_time) {
        snprintf(rd->why, sizeof rd->why, "row %ld: time goes back", rd->rows + 1);
    } else if (pi == rd->practice && rd->rows > 0 && has_id && number(c[0]) <= rd->last_id) {
        snprintf(rd->why, sizeof rd->why, "row %ld: id does not rise", rd->rows + 1);
    }
    rd->practice = pi;
    rd->last_time = t;
    if (has_id) rd->last_id = number(c[0]);
    return true;
}

/* Reads a whole file; broken rows are counted, not failed. */
static struct reader read_file(const struct plan_set *set, const char *dir, enum gen_file kind, int from, int to)
{
    static const char *const headers[GEN_FILES] = {
        "id,practice,start,patient,channel,role,minutes,reason",
        "id,practice,received,answered,patient,channel",
        "id,practice,start,direction,wait_s,talk_s,outcome",
        "practice,date,respondents,aware",
        "practice,date,accounts",
    };
    struct reader rd = {kind, set, from, to, 0, 0, 0, 0, 0, ""};
    char *text = slurp(dir, kind);
    char *line = text, *nl = strchr(line, '\n');
    ck_assert_msg(nl != NULL, "%s has no header line", GEN_FILE_NAMES[kind]);
    ck_assert_int_eq((long)(nl - line), (long)strlen(headers[kind]));
    ck_assert(memcmp(line, headers[kind], strlen(headers[kind])) == 0);
    for (line = nl + 1; *line; line = nl + 1) {
        nl = strchr(line, '\n');
        ck_assert_msg(nl != NULL, "%s: the last line has no line end", GEN_FILE_NAMES[kind]);
        struct field cols[MAX_COLS];
        size_t n = 0;
        const char *p = line;
        bool quoted = false;
        for (;;) {
            const char *end = p;
            while (end < nl && *end != ',') {
                if (*end == '"') quoted = true;
                end++;
            }
            if (n < MAX_COLS) cols[n] = (struct field){p, (size_t)(end - p)};
            n++;
            if (end >= nl) break;
            p = end + 1;
        }
        bool good = !quoted && n <= MAX_COLS && check_row(&rd, cols, n);
        if (good) rd.rows++;
        else rd.bad++;
    }
    free(text);
    return rd;
}

static void all_canonical(const struct plan_set *set, const char *dir, const char *from, const char *to,
                          const struct gen_result *res, long broken)
{
    for (int f = 0; f < GEN_FILES; f++) {
        struct reader rd = read_file(set, dir, (enum gen_file)f, day(from), day(to));
        ck_assert_msg(rd.why[0] == '\0', "%s: %s", GEN_FILE_NAMES[f], rd.why);
        ck_assert_msg(rd.bad == broken, "%s: %ld rows do not read as canonical, expected %ld",
                      GEN_FILE_NAMES[f], rd.bad, broken);
        ck_assert_int_eq(rd.rows + rd.bad, res->rows[f]);
        ck_assert_int_eq(res->broken[f], broken);
    }
}

/* ---- tests ------------------------------------------------------------------------- */

START_TEST(same_seed_same_bytes)
{
    struct plan_set set;
    load_example(&set);
    char *a = temp_dir(), *b = temp_dir(), *c = temp_dir();
    struct gen_result ra, rb, rc;
    generate(&set, a, "2026-01-01", "2026-01-14", 7, -1, 2, &ra);
    generate(&set, b, "2026-01-01", "2026-01-14", 7, -1, 2, &rb);
    generate(&set, c, "2026-01-01", "2026-01-14", 8, -1, 2, &rc);
    for (int f = 0; f < GEN_FILES; f++) {
        char *x = slurp(a, (enum gen_file)f), *y = slurp(b, (enum gen_file)f), *z = slurp(c, (enum gen_file)f);
        ck_assert_msg(strcmp(x, y) == 0, "%s differs between two runs with one seed", GEN_FILE_NAMES[f]);
        if (f != GEN_REGISTRATIONS) /* accounts follow the model, not the dice */
            ck_assert_msg(strcmp(x, z) != 0, "%s is the same under another seed", GEN_FILE_NAMES[f]);
        free(x);
        free(y);
        free(z);
    }
    remove_tree(a);
    remove_tree(b);
    remove_tree(c);
    plan_set_free(&set);
}
END_TEST

START_TEST(exact_consults)
{
    static const long long wanted[] = {12345, 1, 0};
    struct plan_set set;
    load_example(&set);
    for (size_t i = 0; i < ARRAY_LEN(wanted); i++) {
        char *dir = temp_dir();
        struct gen_result res;
        generate(&set, dir, "2026-01-01", "2026-01-31", 3, wanted[i], 0, &res);
        ck_assert_int_eq(res.rows[GEN_CONSULTS], wanted[i]);
        char *text = slurp(dir, GEN_CONSULTS);
        ck_assert_int_eq(count_lines(text), wanted[i] + 1);
        free(text);
        remove_tree(dir);
    }
    plan_set_free(&set);
}
END_TEST

START_TEST(rows_are_canonical)
{
    struct plan_set set;
    load_example(&set);
    char *dir = temp_dir();
    struct gen_result res;
    /* Over the spring clock change and the end of a month. */
    generate(&set, dir, "2026-03-16", "2026-04-12", 5, -1, 0, &res);
    for (int f = 0; f < GEN_FILES; f++) ck_assert_msg(res.rows[f] > 0, "%s is empty", GEN_FILE_NAMES[f]);
    all_canonical(&set, dir, "2026-03-16", "2026-04-12", &res, 0);
    char *text = slurp(dir, GEN_CONSULTS);
    ck_assert_msg(strstr(text, "2026-03-29T02:") == NULL, "a time in the hour that does not exist");
    free(text);
    remove_tree(dir);
    plan_set_free(&set);
}
END_TEST

START_TEST(broken_rows_are_counted)
{
    struct plan_set set;
    load_example(&set);
    char *dir = temp_dir();
    struct gen_result res;
    generate(&set, dir, "2026-01-01", "2026-01-31", 9, 3000, 13, &res);
    all_canonical(&set, dir, "2026-01-01", "2026-01-31", &res, 13);
    ck_assert_int_eq(res.rows[GEN_CONSULTS], 3000 + 13);
    remove_tree(dir);
    plan_set_free(&set);
}
END_TEST

/* Per-practice tallies of the consults file. */
struct tally {
    long before_all, before_econ, after_all, after_econ;
};

static struct tally share_of(const char *text, const char *agb, int switch_day, int after_day)
{
    struct tally t = {0};
    for (const char *line = strchr(text, '\n') + 1; *line; line = strchr(line, '\n') + 1) {
        const char *f1 = strchr(line, ',') + 1;
        if (strncmp(f1, agb, 8) != 0) continue;
        int d;
        ck_assert(parse_date(f1 + 9, 10, &d));
        const char *channel = strchr(strchr(f1 + 9, ',') + 1, ',') + 1;
        bool econ = strncmp(channel, "econsult,", 9) == 0;
        if (d < switch_day) {
            t.before_all++;
            t.before_econ += econ;
        } else if (d >= after_day) {
            t.after_all++;
            t.after_econ += econ;
        }
    }
    return t;
}

struct visit {
    size_t practice;
    long patient;
    int64_t t;
    bool econ;
};

static int cmp_visit(const void *a, const void *b)
{
    const struct visit *x = a, *y = b;
    if (x->practice != y->practice) return x->practice < y->practice ? -1 : 1;
    if (x->patient != y->patient) return x->patient < y->patient ? -1 : 1;
    return x->t < y->t ? -1 : x->t > y->t;
}

START_TEST(plan_raises_econsult_share)
{
    struct plan_set set;
    load_example(&set);
    char *dir = temp_dir();
    struct gen_result res;
    generate(&set, dir, "2025-10-01", "2026-09-30", 11, 150000, 0, &res);
    char *text = slurp(dir, GEN_CONSULTS);
    /* De Esch started implementing on 2026-01-12. */
    struct tally esch = share_of(text, "01053021", day("2026-01-12"), day("2026-06-01"));
    double before = (double)esch.before_econ / (double)esch.before_all;
    double after = (double)esch.after_econ / (double)esch.after_all;
    ck_assert_msg(before < 0.025 && after > 0.04 && after > 3 * before,
                  "e-consult share %.3f before, %.3f after the start", before, after);
    /* Denekamp has no e-consult plan (self-help, a care-group telemonitoring
     * pilot): flat. */
    struct tally flat = share_of(text, "01053365", day("2026-01-12"), day("2026-06-01"));
    before = (double)flat.before_econ / (double)flat.before_all;
    after = (double)flat.after_econ / (double)flat.after_all;
    ck_assert_msg(after < 2 * before && after > before / 2 && after < 0.025,
                  "e-consult share %.3f before, %.3f after without a plan", before, after);

    /* About a fifth of e-consults is followed within 14 days by another
     * consult of the same patient. */
    size_t n = (size_t)res.rows[GEN_CONSULTS], k = 0;
    struct visit *v = xcalloc(n, sizeof *v);
    for (const char *line = strchr(text, '\n') + 1; *line; line = strchr(line, '\n') + 1, k++) {
        const char *f1 = strchr(line, ',') + 1, *f2 = f1 + 9, *f3 = f2 + 17;
        ck_assert(parse_local_time(f2, 16, &v[k].t));
        v[k].practice = practice_index(&set, (struct field){f1, 8});
        v[k].patient = strtol(f3, NULL, 10);
        v[k].econ = strncmp(strchr(f3, ',') + 1, "econsult,", 9) == 0;
    }
    ck_assert_int_eq(k, n);
    qsort(v, n, sizeof *v, cmp_visit);
    long econ = 0, followed = 0;
    for (size_t i = 0; i < n; i++) {
        if (!v[i].econ) continue;
        econ++;
        for (size_t j = i + 1; j < n && v[j].practice == v[i].practice && v[j].patient == v[i].patient; j++) {
            if (ams_to_utc(v[j].t) - ams_to_utc(v[i].t) > 14 * 86400) break;
            if (!v[j].econ && v[j].t > v[i].t) {
                followed++;
                break;
            }
        }
    }
    double rate = (double)followed / (double)econ;
    ck_assert_msg(rate > 0.12 && rate < 0.30, "follow-up rate %.3f", rate);
    free(v);
    free(text);
    remove_tree(dir);
    plan_set_free(&set);
}
END_TEST

START_TEST(invented_register_loads)
{
    char *dir = temp_dir();
    char *out = xasprintf("%s/deeper/out", dir);
    struct gen_config cfg = {out, day("2026-01-01"), day("2026-01-31"), 4, -1, 0, false};
    struct eh_error err = {0};
    ck_assert_msg(gen_invent(25, &cfg, &err) == EH_OK, "gen_invent: %s", err.msg);
    char *paths[2] = {xasprintf("%s/register.yaml", out), xasprintf("%s/plans", out)};
    struct plan_set set;
    size_t warnings = 0;
    load(&set, paths, 2, &warnings);
    ck_assert_int_eq(warnings, 0);
    ck_assert_int_eq(plan_set_practice_count(&set), 25);
    ck_assert_int_eq(set.nplans, 25);
    size_t started = 0;
    for (size_t i = 0; i < set.nplans; i++) started += set.plans[i].steps[STEP_IMPLEMENT].started != DATE_NONE;
    ck_assert_msg(started > 0 && started < 25, "%zu of 25 plans started implementing", started);
    for (size_t i = 0; i < set.registers[0].count; i++) {
        const struct practice *p = &set.registers[0].practices[i];
        ck_assert_int_eq(strlen(p->agb), 8);
        ck_assert(p->list_size >= 2000 && p->list_size <= 12000);
    }
    struct gen_result res;
    generate(&set, out, "2026-01-01", "2026-01-31", 4, 2000, 0, &res);
    all_canonical(&set, out, "2026-01-01", "2026-01-31", &res, 0);
    plan_set_free(&set);

    /* A smaller register in the same place: the plans it no longer has go. */
    ck_assert_msg(gen_invent(3, &cfg, &err) == EH_OK, "gen_invent: %s", err.msg);
    load(&set, paths, 2, NULL);
    ck_assert_int_eq(plan_set_practice_count(&set), 3);
    ck_assert_int_eq(set.nplans, 3);
    plan_set_free(&set);
    free(paths[0]);
    free(paths[1]);
    free(out);
    remove_tree(dir);
}
END_TEST

START_TEST(bad_config_is_refused)
{
    struct plan_set set;
    load_example(&set);
    char *dir = temp_dir();
    struct gen_result res;
    struct eh_error err = {0};
    struct gen_config cfg = {dir, day("2026-02-01"), day("2026-01-01"), 1, -1, 0, false};
    ck_assert_int_eq(gen_logs(&set, &cfg, &res, &err), EH_USAGE);
    cfg = (struct gen_config){dir, day("1999-12-01"), day("2000-01-31"), 1, -1, 0, false};
    ck_assert_int_eq(gen_logs(&set, &cfg, &res, &err), EH_USAGE);
    /* A file where the directory should be. */
    char *file = xasprintf("%s/file", dir);
    FILE *f = fopen(file, "w");
    ck_assert(f != NULL);
    fclose(f);
    cfg = (struct gen_config){file, day("2026-01-01"), day("2026-01-02"), 1, -1, 0, false};
    ck_assert_int_eq(gen_logs(&set, &cfg, &res, &err), EH_IO);
    free(file);
    remove_tree(dir);
    plan_set_free(&set);
}
END_TEST

static Suite *gen_suite(void)
{
    Suite *s = suite_create("generate");
    TCase *tc = tcase_create("gen_logs");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, same_seed_same_bytes);
    tcase_add_test(tc, exact_consults);
    tcase_add_test(tc, rows_are_canonical);
    tcase_add_test(tc, broken_rows_are_counted);
    tcase_add_test(tc, plan_raises_econsult_share);
    tcase_add_test(tc, invented_register_loads);
    tcase_add_test(tc, bad_config_is_refused);
    suite_add_tcase(s, tc);
    return s;
}

REGISTER_SUITE(gen_suite)
