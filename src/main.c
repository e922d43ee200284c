/*
 * ehtrack - plan, track and prove the rollout of e-health in GP care.
 * Global options and the command table; every command lives in its own
 * cmd_*.c file and parses its own options.
 */
#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <sodium.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "datetime.h"
#include "db.h"
#include "out_file.h"
#include "paths.h"
#include "pseudo.h"
#include "scope.h"
#include "util.h"

#ifndef EHTRACK_VERSION
#define EHTRACK_VERSION "0.1.0"
#endif

#define FILTER_HELP \
    "  --practice AGB       plans of this practice (and of its care group)\n" \
    "  --care-group NAME    plans of this care group's practices, and its own\n" \
    "  --region NAME        plans in this region\n" \
    "  --insurer NAME       plans of practices that list this insurer\n"
/* metrics chooses practices, not plans: the records of these. */
#define PRACTICE_FILTER_HELP \
    "  --practice AGB       the records of this practice\n" \
    "  --care-group NAME    the records of this care group's practices\n" \
    "  --region NAME        the records of the practices in this region\n" \
    "  --insurer NAME       the records of the practices that list this insurer\n"
#define FORMAT_HELP "  --format FORMAT      table (default), csv or json\n"
#define DAYS_HELP \
    "  --days K             calendar (default) or working: what per day and per week divide by\n" \
    "                       (working: Monday to Friday, not on Dutch public holidays)\n"

const struct command COMMANDS[] = {
    {"init", cmd_init, CMD_DB | CMD_WRITES | CMD_CREATES | CMD_KEY, "",
     "create the database and the pseudonymisation key",
     NULL},
    {"plan new", cmd_plan_new, 0, "--template NAME [--practice AGB] [--id ID] [-o FILE]",
     "a new plan from templates/plans/NAME.yaml, to stdout or to a new file",
     "  --template NAME      econsult, video-consult, patient-portal, telemonitoring, ...\n"
     "                       (run without it to list the templates)\n"
     "  --practice AGB       the practice the plan is for (8 digits)\n"
     "  --id ID              the plan id (default: FILE's name without .yaml with -o,\n"
     "                       else TEMPLATE-AGB)\n"
     "  -o, --output FILE    write the plan to FILE, a new .yaml or .yml file; never over\n"
     "                       anything already there (exit 3); '-' is stdout\n"},
    {"plan check", cmd_plan_check, CMD_FORMAT, "PATH...",
     "validate practice registers and plans (files or directories); writes nothing",
     "  PATH                 .yaml/.yml files, or directories searched for them\n"
     FORMAT_HELP
     "                       (csv and json list the problems on stdout)\n"},
    {"plan sync", cmd_plan_sync, CMD_DB | CMD_WRITES | CMD_CREATES | CMD_FORMAT, "PATH...",
     "validate, then record practices and plans; a changed plan gets a history entry",
     "  PATH                 .yaml/.yml files, or directories searched for them\n"
     FORMAT_HELP
     "States: created, changed, unchanged; retired (a retired plan stays retired, its\n"
     "changes are recorded); gone or renamed: a tracked plan whose file under PATH is\n"
     "gone or now holds another id ('ehtrack plan retire ID' when it has ended).\n"
     "A practice whose response term the sync moves is named on stderr: its\n"
     "response_in_term changes for every month, those already reported too.\n"},
    {"plan list", cmd_plan_list, CMD_DB | CMD_FORMAT, "[FILTER]",
     "list the plans that are tracked, active or retired",
     FILTER_HELP FORMAT_HELP},
    {"plan show", cmd_plan_show, CMD_DB | CMD_FORMAT, "ID",
     "show one tracked plan",
     "  --format FORMAT      table (default); csv: the steps, a row each, the checklist as\n"
     "                       checklist_done and checklist_items (the table's 11/12); json:\n"
     "                       one object, the plan with its steps (each checklist item) and goals\n"},
    {"plan history", cmd_plan_history, CMD_DB | CMD_FORMAT, "ID",
     "show the recorded changes of a plan, oldest first, with who recorded them",
     FORMAT_HELP
     "Each entry: when, by whom (the login name, or $EHTRACK_USER), and for a plan file\n"
     "in a git work tree the commit and author of the file's last change; a + after the\n"
     "commit (JSON: \"uncommitted\": true) means the file synced had changes not yet\n"
     "committed, 'uncommitted' a file git does not track (or has no commit of yet).\n"},
    {"plan retire", cmd_plan_retire, CMD_DB | CMD_WRITES, "ID [--undo]",
     "retire a plan: it leaves status, goals and reports, keeps its history",
     "  ID                   a tracked plan (an old id after a rename, a plan that ended)\n"
     "  --undo               make a retired plan active again\n"
     "A practice whose response term this moves (docs/metrics.md, \"The response term\")\n"
     "is named on stderr: its response_in_term changes for every month.\n"},
    {"status", cmd_status, CMD_DB | CMD_FORMAT, "[FILTER] [--all]",
     "six-step progress of every plan in scope",
     FILTER_HELP SCOPE_ALL_HELP FORMAT_HELP},
    {"import", cmd_import, CMD_DB | CMD_WRITES | CMD_CREATES | CMD_KEY | CMD_FORMAT,
     "KIND FILE... [--as FORMAT] [--practice AGB] [--strict] [--dry-run]",
     "import logs: KIND is consults, messages, calls, survey or registrations",
     "  KIND                 consults | messages | calls | survey | registrations\n"
     "  FILE                 files in the canonical layout, or in --as FORMAT\n"
     "  --as FORMAT          a format name (see 'ehtrack formats') or a format file's path\n"
     "  --practice AGB       the practice, for files without a practice column\n"
     "  --strict             import nothing from a file with any rejected row\n"
     "  --dry-run            read, map and check everything, print what an import would,\n"
     "                       rejected rows on stderr, and write nothing\n"
     FORMAT_HELP
     "Exit status 1 when rows were rejected ('ehtrack rejects' lists them). Rows the\n"
     "format skips (notes, internal calls) are counted as skipped, not rejected; source\n"
     "codes the format does not map are listed when they occur in 5 rows or more.\n"},
    {"imports", cmd_imports, CMD_DB | CMD_FORMAT, "",
     "import history: file, format, kind, time, read, inserted, duplicates, skipped, rejected, updated, notes",
     FORMAT_HELP},
    {"imports remove", cmd_imports_remove, CMD_DB | CMD_WRITES, "ID",
     "take an import back: every figure as if it had never run; it stays listed as removed",
     "  ID                   the import's number in 'ehtrack imports'\n"
     "Records the import alone carried are deleted; a record another import also carried\n"
     "stays, with that import's figures; the day counts and every metric follow. The\n"
     "removal is recorded: 'ehtrack imports' shows when, by whom and what it did.\n"},
    {"rejects", cmd_rejects, CMD_DB | CMD_FORMAT, "[IMPORT_ID]",
     "rejected rows (line, column, reason) of one import, or of all; unmapped codes under the table",
     FORMAT_HELP},
    {"formats", cmd_formats, CMD_FORMAT, "",
     "the log formats known: built-in canonical layouts and templates/formats/",
     FORMAT_HELP},
    {"metrics", cmd_metrics, CMD_DB | CMD_FORMAT,
     "[FILTER] [--metric ID...] [--period P] [--by B] [--from D] [--to D] [--as-of D] [--days K]",
     "compute SMART adoption metrics from the imported logs",
     PRACTICE_FILTER_HELP
     "  --metric ID          one or more metric ids (default all; see metrics/ and docs/metrics.md)\n"
     "  --period P           week, month (default), quarter, year or all\n"
     "  --by B               practice (default), care_group, region, insurer or all\n"
     "  --from D, --to D     the range, inclusive (default: the data in scope)\n"
     "  --as-of D            the day unanswered messages are judged on (default: the day\n"
     "                       after the last record in scope, at most today)\n"
     DAYS_HELP
     FORMAT_HELP
     "A period the records in scope cover only partly is marked * in tables and\n"
     "\"partial\": true in CSV and JSON.\n"},
    {"goals", cmd_goals, CMD_DB | CMD_FORMAT, "[FILTER] [--as-of D] [--days K] [--all]",
     "evaluate every SMART goal: achieved, on track, at risk, missed or no data",
     FILTER_HELP
     "  --as-of D            the day to judge on (default: the day after the last record in\n"
     "                       scope, at most today): current = the 28 days before it\n"
     DAYS_HELP
     SCOPE_ALL_HELP FORMAT_HELP},
    {"compare", cmd_compare, CMD_DB | CMD_FORMAT,
     "--practice AGB [--against care-group|region|insurer|all] [--metric ID...] [--from D] [--to D] "
     "[--as-of D] [--days calendar|working] [--all]",
     "a practice against its peers: quartiles, rank and funnel limits per metric",
     "  --practice AGB       the practice to compare (8 digits)\n"
     "  --against SET        its peers: the other practices of its care-group, of its region,\n"
     "                       of its lead insurer (insurer: the first in the register), or all\n"
     "                       (default)\n"
     "  --metric ID          one or more metric ids (default all; see metrics/ and docs/metrics.md)\n"
     "  --from D, --to D     the range, inclusive (default: the twelve complete calendar months\n"
     "                       before the month of --as-of)\n"
     "  --as-of D            the day unanswered messages are judged on (default: the day\n"
     "                       after the practice's last record, at most today)\n"
     "  --days calendar|working\n"
     "                       the days that per-day and per-week rates divide by (default calendar)\n"
     "  --all                accepted, as by status, goals and report: no figure here depends on\n"
     "                       which plans are retired\n"
     FORMAT_HELP
     "Per metric: the practice's value; its peers' p25, median and p75; the share of peers it\n"
     "does better than (ties count half); the peers' pooled ratio; for shares, the funnel\n"
     "limits around that pooled share at the practice's own number of records, and where the\n"
     "practice lies. Fewer than 5 peers with a value: none of these (docs/compare.md).\n"},
    {"report", cmd_report, CMD_DB | CMD_THREADS,
     "region|care-group|insurer|practice NAME -o FILE.xlsx [--lang nl|en] [--as-of D] [--from D] [--to D] "
     "[--min-cell N] [--days K] [--all]",
     "write an Excel workbook for a region, care group, insurer or practice",
     "  region|care-group|insurer|practice NAME   what the workbook is about\n"
     "  -o, --output FILE    the .xlsx file to write (written whole or not at all; a file\n"
     "                       already there is replaced and keeps its permissions)\n"
     "  --lang nl|en         language of sheets and labels (default from $LANG)\n"
     "  --as-of D            the day goals are judged on (default: the day after the last\n"
     "                       record in scope, at most today)\n"
     "  --from D, --to D     the data period (default: the twelve months up to the month of\n"
     "                       the last record; with --as-of, the twelve before its month)\n"
     "  --min-cell N         in region, care-group and insurer workbooks, counts below N\n"
     "                       show as <N and ratios over fewer than N are left empty (default 5)\n"
     DAYS_HELP SCOPE_ALL_HELP},
    {"comms", cmd_comms, CMD_DB,
     "PLAN_ID [--channel C] [--lang nl|en] [--format md|html|txt] [-o FILE] [--practice AGB]",
     "patient communication texts filled from a plan: website, phone, waiting room, cards, replies",
     "  PLAN_ID              a tracked plan of type patient_communication or patient_portal\n"
     "  --channel C          website, phone, waiting-room, newsletter, card, replies or all (default)\n"
     "  --lang nl|en         the texts' language (default nl)\n"
     "  --format F           md (default), html (a printable A4 page) or txt; without it,\n"
     "                       -o FILE's extension chooses (.html or .htm, .txt, .md)\n"
     "  -o, --output FILE    write to FILE (a regular file, written whole; a file already\n"
     "                       there keeps its permissions) instead of stdout; '-' is stdout\n"
     "  --practice AGB       for a care-group plan: the practice the texts speak for\n"
     "Templates: templates/comms/CHANNEL.LANG.md (docs/comms.md).\n"},
    {"db check", cmd_db_check, CMD_DB, "",
     "a full integrity check of the database and its key file: prints ok, or names what is damaged (exit 3)",
     "A missing key file is noted on stderr, not counted as damage: metrics, goals and\n"
     "workbooks need no key; the next import does (exit 3 there). So is an empty key file\n"
     "of a database that never had a key (an init stopped while making it): the next init\n"
     "or import makes the key. It also copies into the database file what a command left\n"
     "in its write-ahead log (DB-wal), as after a full disk, and says so when that still\n"
     "fails (exit 3).\n"},
    {"generate", cmd_generate, 0,
     "(PATH... | --practices N) --out DIR [--from D] [--to D] [--seed N] [--consults N] [--errors N]",
     "write realistic synthetic logs (canonical CSV) for a register and its plans",
     "  PATH                 register and plans the logs follow (files or directories)\n"
     "  --practices N        invent a register of N practices with e-consult plans instead\n"
     "  --out DIR            where the CSV files go (created if missing)\n"
     "  --from D, --to D     the period (default: the year before today)\n"
     "  --seed N             random seed (default 1): same seed, same files\n"
     "  --consults N         exactly N consult rows in all (volumes scaled to it)\n"
     "  --errors N           add N broken rows per file, to try rejects\n"},
};

const size_t COMMAND_COUNT = ARRAY_LEN(COMMANDS);

static void print_command_list(FILE *out)
{
    for (size_t i = 0; i < COMMAND_COUNT; i++)
        fprintf(out, "  %-14s %s\n", COMMANDS[i].name, COMMANDS[i].summary);
}

static void main_help(FILE *out)
{
    fprintf(out,
            "usage: ehtrack [--db PATH] COMMAND [ARGS] [--format table|csv|json]\n"
            "\n"
            "Plan, track and prove the rollout of e-health in GP care: six-step plans in\n"
            "YAML, logs from practice systems, SMART adoption metrics, Excel reports.\n"
            "\n"
            "Commands:\n");
    print_command_list(out);
    fprintf(out,
            "\n"
            "Options:\n"
            "  --db PATH     the database (default $EHTRACK_DB, else ./ehtrack.db)\n"
            "  --version     print the version\n"
            "  -h, --help    this help; 'ehtrack COMMAND --help' for a command\n"
            "\n"
            "Exit status: 0 success, 1 invalid input or rejected rows, 2 usage error,\n"
            "3 database or I/O error.\n");
}

static const struct command *find_command(int argc, char **argv, int *consumed)
{
    const struct command *best = NULL;
    for (size_t i = 0; i < COMMAND_COUNT; i++) {
        const char *name = COMMANDS[i].name;
        const char *space = strchr(name, ' ');
        if (!space) {
            if (strcmp(argv[0], name) == 0 && (!best || *consumed < 1)) {
                best = &COMMANDS[i];
                *consumed = 1;
            }
            continue;
        }
        if (argc >= 2 && strncmp(argv[0], name, (size_t)(space - name)) == 0 &&
            argv[0][space - name] == '\0' && strcmp(argv[1], space + 1) == 0) {
            best = &COMMANDS[i];
            *consumed = 2;
        }
    }
    return best;
}

/* "ehtrack plan" alone, or "ehtrack plan bogus": list the plan commands. */
static bool is_group(const char *word)
{
    size_t len = strlen(word);
    for (size_t i = 0; i < COMMAND_COUNT; i++)
        if (strncmp(COMMANDS[i].name, word, len) == 0 && COMMANDS[i].name[len] == ' ') return true;
    return false;
}

static void print_group(const char *word, FILE *out)
{
    size_t len = strlen(word);
    fprintf(out, "usage: ehtrack %s SUBCOMMAND ...\n\n", word);
    for (size_t i = 0; i < COMMAND_COUNT; i++)
        if (strncmp(COMMANDS[i].name, word, len) == 0 && COMMANDS[i].name[len] == ' ')
            fprintf(out, "  %-14s %s\n", COMMANDS[i].name, COMMANDS[i].summary);
}

/* What went to stdout must have been written: a full disk or a closed
 * pipe is an I/O error, for help and version as for any command. after:
 * what the user should know beyond that, or "". */
static int flushed_saying(int status, const char *after)
{
    bool failed_now = fflush(stdout) != 0;
    int why = errno;
    if ((failed_now || ferror(stdout)) && status != EH_IO) {
        fprintf(stderr, "ehtrack: cannot write the output%s%s%s\n", failed_now ? ": " : "",
                failed_now ? strerror(why) : "", after);
        status = EH_IO;
    }
    return status;
}

static int flushed(int status)
{
    return flushed_saying(status, "");
}

static int finish(struct cmd_ctx *ctx, int status)
{
    if (status != EH_OK && ctx->err.msg[0]) eh_error_print(&ctx->err, stderr);
    /* A command that wrote, and whose writing was not rolled back: its
     * commit may lie in the write-ahead log only (a full disk). */
    if (ctx->db && ctx->cmd && (ctx->cmd->flags & CMD_WRITES) && !ctx->dry_run && status != EH_IO &&
        status != EH_USAGE) {
        struct eh_error settled = {0};
        if (db_settle(ctx->db, ctx->db_path, &settled)) {
            eh_error_print(&settled, stderr);
            status = EH_IO;
        }
    }
    db_close(ctx->db_second);
    db_close(ctx->db);
    /* What the command did stays done (an import landed): only what it
     * printed is lost, and a script must not take it for undone. */
    return flushed_saying(status, ctx->cmd && (ctx->cmd->flags & CMD_WRITES) && !ctx->dry_run
                                      ? " (the command ran to its end: what it recorded in the database stays)"
                                      : "");
}

/* --db PATH may also follow the command word (before any "--"); the
 * command's own options never see it. */
static int take_db_option(struct cmd_ctx *ctx, int *argc, char **argv)
{
    int kept = 1;
    bool operands = false;
    for (int k = 1; k < *argc; k++) {
        const char *a = argv[k];
        operands |= strcmp(a, "--") == 0;
        bool db = !operands && (strcmp(a, "--db") == 0 || str_starts(a, "--db="));
        if (db && strcmp(a, "--db") == 0 && k + 1 >= *argc) return cmd_usage_error(ctx, "option --db needs a value");
        if (db && ctx->db_given)
            /* Two databases named (an alias's and a typed one): which one
             * an 'imports remove' would change is not to be guessed. */
            return cmd_usage_error(ctx, "--db is given twice; give it once");
        if (db && strcmp(a, "--db") == 0) {
            if (k + 1 >= *argc) return cmd_usage_error(ctx, "option --db needs a value");
            /* --db $DB with $DB unset: the next option would name a new
             * database (./--strict) and be lost itself. */
            if (str_starts(argv[k + 1], "--"))
                return cmd_usage_error(ctx, "option --db needs a value (the next word, %s, is an option; a "
                                       "database of that name: --db ./%s)", argv[k + 1], argv[k + 1]);
            ctx->db_path = argv[++k];
            ctx->db_given = true;
            continue;
        }
        if (db) {
            ctx->db_path = a + 5;
            ctx->db_given = true;
            continue;
        }
        argv[kept++] = argv[k];
    }
    argv[kept] = NULL;
    *argc = kept;
    return EH_OK;
}

/* Exactly YYYY-MM-DDTHH:MM:SS: the time reader also takes a space for the
 * T, no seconds, an offset or a leap second, each a different "now" than
 * the one documented (23:30:00Z became the next day's 00:30). */
static bool documented_now(const char *s)
{
    static const char form[] = "dddd-dd-ddTdd:dd:dd";
    if (strlen(s) != sizeof form - 1) return false;
    for (size_t i = 0; form[i]; i++)
        if (form[i] == 'd' ? !isdigit((unsigned char)s[i]) : s[i] != form[i]) return false;
    return s[17] <= '5';
}

/* Settings from the environment that no command may silently ignore:
 * a wrong $EHTRACK_NOW would give figures as of the real clock. */
static int check_environment(void)
{
    const char *now = getenv("EHTRACK_NOW");
    int64_t civil;
    if (now && *now && (!documented_now(now) || !parse_local_time(now, strlen(now), &civil))) {
        fprintf(stderr, "ehtrack: $EHTRACK_NOW must be a local time YYYY-MM-DDTHH:MM:SS (got '%s')\n", now);
        return EH_USAGE;
    }
    const char *regex = getenv("EHTRACK_REGEX_TIMEOUT");
    char *end;
    if (regex && *regex) {
        double seconds = strtod(regex, &end);
        if (*end || !(seconds >= 0 && seconds <= 86400)) {
            fprintf(stderr, "ehtrack: $EHTRACK_REGEX_TIMEOUT must be a number of seconds (got '%s')\n", regex);
            return EH_USAGE;
        }
    }
    /* Checked here, before any command opens the database, so that it
     * is a usage error (2) as the others are, not a database one (3). */
    const char *busy = getenv("EHTRACK_BUSY_TIMEOUT");
    if (busy && *busy) {
        double seconds = strtod(busy, &end);
        if (*end || !(seconds >= 0 && seconds <= 86400)) {
            fprintf(stderr, "ehtrack: $EHTRACK_BUSY_TIMEOUT must be a number of seconds (got '%s')\n", busy);
            return EH_USAGE;
        }
    }
    const char *threads = getenv("EHTRACK_THREADS");
    if (threads && *threads && strcmp(threads, "1") != 0 && strcmp(threads, "2") != 0) {
        fprintf(stderr, "ehtrack: $EHTRACK_THREADS must be 1 or 2 (got '%s')\n", threads);
        return EH_USAGE;
    }
    if (!datadir_env_usable()) {
        fprintf(stderr, "ehtrack: $EHTRACK_DATADIR is %s, which holds neither a metrics/ nor a "
                        "templates/ directory; point it at the directory that does, or unset it\n", getenv("EHTRACK_DATADIR"));
        return EH_USAGE;
    }
    return EH_OK;
}

int main(int argc, char **argv)
{
    struct cmd_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.db_path = getenv("EHTRACK_DB");
    if (!ctx.db_path || !*ctx.db_path) ctx.db_path = "ehtrack.db";
    /* A file size limit (ulimit -f) would kill the process mid-write, with
     * no message and a temporary file left behind; ignored, the write fails
     * with EFBIG and takes the path of a full disk: named, cleaned up, exit 3. */
    signal(SIGXFSZ, SIG_IGN);
    if (sodium_init() < 0) {
        fprintf(stderr, "ehtrack: libsodium cannot start\n");
        return EH_IO;
    }

    int i = 1;
    const char *global_format = NULL;   /* --format before the command word */
    bool global_format_known = false;   /* it is table, csv or json */
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--version") == 0 && i + 1 < argc) {
            /* 'ehtrack --version import ...' ran nothing and said so with
             * exit 0: a script would take the command as done. */
            fprintf(stderr, "ehtrack: --version takes nothing after it (got '%s')\n", argv[i + 1]);
            return EH_USAGE;
        } else if (strcmp(a, "--version") == 0) {
            printf("ehtrack %s\n", EHTRACK_VERSION);
            return flushed(EH_OK);
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            main_help(stdout);
            return flushed(EH_OK);
        } else if ((strcmp(a, "--db") == 0 || strcmp(a, "--format") == 0) && i + 1 >= argc) {
            fprintf(stderr, "ehtrack: option %s needs a value\n", a);
            return EH_USAGE;
        } else if ((strcmp(a, "--db") == 0 || strcmp(a, "--format") == 0) && str_starts(argv[i + 1], "--")) {
            fprintf(stderr, "ehtrack: option %s needs a value (the next word, %s, is an option)\n", a, argv[i + 1]);
            return EH_USAGE;
        } else if ((strcmp(a, "--db") == 0 || str_starts(a, "--db=")) && ctx.db_given) {
            fprintf(stderr, "ehtrack: --db is given twice; give it once\n");
            return EH_USAGE;
        } else if ((strcmp(a, "--format") == 0 || str_starts(a, "--format=")) && global_format) {
            fprintf(stderr, "ehtrack: --format is given twice; give it once\n");
            return EH_USAGE;
        } else if (strcmp(a, "--db") == 0) {
            ctx.db_path = argv[++i];
            ctx.db_given = true;
        } else if (str_starts(a, "--db=")) {
            ctx.db_path = a + 5;
            ctx.db_given = true;
        } else if (strcmp(a, "--format") == 0 || str_starts(a, "--format=")) {
            global_format = a[8] == '=' ? a + 9 : argv[++i];
            ctx.format_given = true;
            /* Judged once the command is known: comms takes md, html or txt. */
            global_format_known = out_parse_format(global_format, &ctx.format);
        } else {
            fprintf(stderr, "ehtrack: unknown option %s\n", a);
            main_help(stderr);
            return EH_USAGE;
        }
    }
    if (i >= argc) {
        main_help(stderr);
        return EH_USAGE;
    }
    if (strcmp(argv[i], "help") == 0) {
        if (i + 1 >= argc) {
            main_help(stdout);
            return flushed(EH_OK);
        }
        int used = 0;
        const struct command *c = find_command(argc - i - 1, argv + i + 1, &used);
        if (c) {
            cmd_help(c, stdout);
            return flushed(EH_OK);
        }
        if (is_group(argv[i + 1])) {
            print_group(argv[i + 1], stdout);
            return flushed(EH_OK);
        }
        fprintf(stderr, "ehtrack: no command '%s'\n", argv[i + 1]);
        return EH_USAGE;
    }
    int used = 0;
    const struct command *cmd = find_command(argc - i, argv + i, &used);
    if (!cmd) {
        if (is_group(argv[i])) {
            bool asked = i + 1 < argc && (strcmp(argv[i + 1], "-h") == 0 || strcmp(argv[i + 1], "--help") == 0);
            if (!asked && i + 1 < argc)
                fprintf(stderr, "ehtrack: no command '%s %s'\n", argv[i], argv[i + 1]);
            print_group(argv[i], asked ? stdout : stderr);
            return asked ? flushed(EH_OK) : EH_USAGE;
        }
        /* A group's name too ('plna sync' is 'plan' mistyped); named once
         * per subcommand, which gives closest_word the same answer. */
        const char *names[64];
        char groups[64][32];
        size_t n = 0;
        for (size_t k = 0; k < COMMAND_COUNT && n < 64; k++) {
            const char *name = COMMANDS[k].name;
            size_t len = strcspn(name, " ");
            if (!name[len] || len >= sizeof groups[0]) {
                names[n] = name;
            } else {
                memcpy(groups[n], name, len);
                groups[n][len] = '\0';
                names[n] = groups[n];
            }
            n++;
        }
        const char *hint = closest_word(argv[i], names, n);
        if (hint) fprintf(stderr, "ehtrack: no command '%s'; did you mean '%s'?\n", argv[i], hint);
        else fprintf(stderr, "ehtrack: no command '%s'\n", argv[i]);
        fprintf(stderr, "Commands:\n");
        print_command_list(stderr);
        return EH_USAGE;
    }
    ctx.cmd = cmd;
    /* As after the command word: a --format a command cannot honour is
     * refused, not dropped; a command with a --format of its own (comms:
     * md, html, txt) is given it as though it followed the command word. */
    bool own_format = global_format && !(cmd->flags & CMD_FORMAT) && strstr(cmd->usage, "--format");
    if (global_format && !own_format && !(cmd->flags & CMD_FORMAT)) {
        fprintf(stderr, "ehtrack: %s: this command prints no data; it takes no --format\n", cmd->name);
        return EH_USAGE;
    }
    if (global_format && !own_format && !global_format_known) {
        fprintf(stderr, "ehtrack: --format must be table, csv or json (got '%s')\n", global_format);
        return EH_USAGE;
    }
    if (own_format) ctx.format_given = false;
    if (check_environment()) return EH_USAGE;
    db_library_init((cmd->flags & CMD_THREADS) != 0);
    /* The command sees its own name as argv[0], options after it. */
    int cargc = argc - i - used + 1;
    char **cargv = argv + i + used - 1;
    for (int k = 1; k < cargc; k++) {
        if (strcmp(cargv[k], "--") == 0) break;
        if (strcmp(cargv[k], "-h") == 0 || strcmp(cargv[k], "--help") == 0) {
            cmd_help(cmd, stdout);
            return flushed(EH_OK);
        }
    }
    if (take_db_option(&ctx, &cargc, cargv)) return finish(&ctx, EH_USAGE);
    /* SQLite opens a throwaway database for "": a script with an unset
     * variable ($DB) would report success and keep nothing. */
    if (!*ctx.db_path) return finish(&ctx, cmd_usage_error(&ctx, "--db needs a file name (it was given empty)"));
    /* A mistyped -o must not turn the database or its key into a workbook:
     * a lost key cuts every later import off from the patients before. */
    char *key = pseudo_key_path(ctx.db_path), *wal = xasprintf("%s-wal", ctx.db_path),
         *shm = xasprintf("%s-shm", ctx.db_path), *journal = xasprintf("%s-journal", ctx.db_path);
    out_file_protect(ctx.db_path, "the database");
    out_file_protect(key, "the database's pseudonymisation key");
    out_file_protect(wal, "the database's write-ahead log");
    out_file_protect(shm, "the database's shared-memory file");
    out_file_protect(journal, "the database's journal");
    /* SQLite keeps the journals beside the file a symbolic link leads to. */
    char *real = realpath(ctx.db_path, NULL);
    char *real_wal = real ? xasprintf("%s-wal", real) : NULL, *real_shm = real ? xasprintf("%s-shm", real) : NULL,
         *real_journal = real ? xasprintf("%s-journal", real) : NULL;
    if (real) {
        out_file_protect(real_wal, "the database's write-ahead log");
        out_file_protect(real_shm, "the database's shared-memory file");
        out_file_protect(real_journal, "the database's journal");
    }
    char **with_format = NULL;
    if (own_format) {
        with_format = xcalloc((size_t)cargc + 3, sizeof *with_format);
        with_format[0] = cargv[0];
        with_format[1] = (char *)"--format";
        with_format[2] = (char *)global_format;
        for (int k = 1; k < cargc; k++) with_format[k + 2] = cargv[k];
        cargv = with_format;
        cargc += 2;
    }
    optind = 0;
    int rc = finish(&ctx, cmd->fn(&ctx, cargc, cargv));
    free(with_format);
    free(key);
    free(wal);
    free(shm);
    free(journal);
    free(real);
    free(real_wal);
    free(real_shm);
    free(real_journal);
    return rc;
}
