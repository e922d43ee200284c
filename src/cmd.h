/*
 * cmd.h - what every command receives, and the command table.
 *
 * Contract: a command function parses its own options (cmd_getopt gives it
 * the common ones: -h/--help and --format), does its work and returns an
 * eh_status. On failure it either fills ctx->err (main prints it) or has
 * already printed its diagnostics and leaves ctx->err.msg empty. It prints
 * data only on stdout, problems only on stderr. The database opens lazily
 * through cmd_db(), as the command's table flags allow: only a command
 * flagged CMD_CREATES creates a missing database.
 */
#ifndef EHTRACK_CMD_H
#define EHTRACK_CMD_H

#include <getopt.h>
#include <sqlite3.h>
#include <stdbool.h>

#include "error.h"
#include "output.h"

enum cmd_flags {
    CMD_DB = 1 << 0,        /* reads the database (never creates it) */
    CMD_WRITES = 1 << 1,    /* writes to the database */
    CMD_KEY = 1 << 2,       /* needs the pseudonymisation key */
    CMD_FORMAT = 1 << 3,    /* prints data: takes --format */
    CMD_CREATES = 1 << 4,   /* creates a missing database (init, plan sync, import: 7.1) */
    CMD_THREADS = 1 << 5,   /* may read on a second connection in a second thread (cmd_db_second) */
};

struct cmd_ctx;
typedef enum eh_status (*cmd_fn)(struct cmd_ctx *ctx, int argc, char **argv);

struct command {
    const char *name;       /* "plan check" */
    cmd_fn fn;
    unsigned flags;
    const char *usage;      /* arguments after the name */
    const char *summary;    /* one line */
    const char *options;    /* option lines for --help, or NULL */
};

struct cmd_ctx {
    const struct command *cmd;
    const char *db_path;
    sqlite3 *db;
    sqlite3 *db_second;     /* cmd_db_second's, closed with db */
    enum out_format format;
    struct eh_error err;
    bool dry_run;           /* a command flagged CMD_WRITES that writes nothing this time */
    bool db_given;          /* --db was given: a second one is refused, not a guess */
    bool format_given;      /* --format came before the command word */
};

extern const struct command COMMANDS[];
extern const size_t COMMAND_COUNT;

/* Prints the command's help to out. */
void cmd_help(const struct command *cmd, FILE *out);
/* getopt_long with the common options added; returns like getopt_long,
 * handles --format itself, and turns -h into 'h'. Unknown options and
 * bad --format values return '?' after filling ctx->err (EH_USAGE). */
int cmd_getopt(struct cmd_ctx *ctx, int argc, char **argv, const char *shortopts,
               const struct option *longopts, int *index);
/* Usage error: "ehtrack COMMAND: message" plus the usage line. */
int cmd_usage_error(struct cmd_ctx *ctx, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* The usage error of --practice VALUE that is no AGB code; a code of
 * seven digits is shown with the leading 0 a spreadsheet drops. */
int cmd_bad_agb(struct cmd_ctx *ctx, const char *value);
/* Opens the database as the command's flags allow; NULL after filling err. */
sqlite3 *cmd_db(struct cmd_ctx *ctx);
/* A second connection to the same database, for a second thread, after
 * cmd_db: only a command flagged CMD_THREADS may ask (SQLite then runs in
 * its multi-thread mode). NULL without an error when one connection is
 * all it gets ($EHTRACK_THREADS=1, or unset on a process bound to one
 * core), NULL after filling err when the database cannot be opened again
 * or $EHTRACK_THREADS is neither 1 nor 2. */
sqlite3 *cmd_db_second(struct cmd_ctx *ctx, bool *failed);
/* The threads a command may keep busy: $EHTRACK_THREADS (1 or 2), else 2
 * unless the process is bound to one core. EH_USAGE after filling err
 * when $EHTRACK_THREADS is another value. */
int cmd_threads(struct cmd_ctx *ctx, int *threads);

/* The commands */
enum eh_status cmd_init(struct cmd_ctx *ctx, int argc, char **argv);
enum eh_status cmd_plan_new(struct cmd_ctx *ctx, int argc, char **argv);
enum eh_status cmd_plan_check(struct cmd_ctx *ctx, int argc, char **argv);
enum eh_status cmd_plan_sync(struct cmd_ctx *ctx, int argc, char **argv);
enum eh_status cmd_plan_list(struct cmd_ctx *ctx, int argc, char **argv);
enum eh_status cmd_plan_show(struct cmd_ctx *ctx, int argc, char **argv);
enum eh_status cmd_plan_history(struct cmd_ctx *ctx, int argc, char **argv);
enum eh_status cmd_plan_retire(struct cmd_ctx *ctx, int argc, char **argv);
enum eh_status cmd_status(struct cmd_ctx *ctx, int argc, char **argv);
enum eh_status cmd_generate(struct cmd_ctx *ctx, int argc, char **argv);
enum eh_status cmd_import(struct cmd_ctx *ctx, int argc, char **argv);
enum eh_status cmd_imports(struct cmd_ctx *ctx, int argc, char **argv);
enum eh_status cmd_imports_remove(struct cmd_ctx *ctx, int argc, char **argv);
enum eh_status cmd_rejects(struct cmd_ctx *ctx, int argc, char **argv);
enum eh_status cmd_formats(struct cmd_ctx *ctx, int argc, char **argv);
enum eh_status cmd_metrics(struct cmd_ctx *ctx, int argc, char **argv);
enum eh_status cmd_goals(struct cmd_ctx *ctx, int argc, char **argv);
enum eh_status cmd_report(struct cmd_ctx *ctx, int argc, char **argv);
enum eh_status cmd_comms(struct cmd_ctx *ctx, int argc, char **argv);
enum eh_status cmd_compare(struct cmd_ctx *ctx, int argc, char **argv);
enum eh_status cmd_db_check(struct cmd_ctx *ctx, int argc, char **argv);

/* "no plan 'ID' is tracked", with the closest id (cmd_plan.c). */
int unknown_plan(struct cmd_ctx *ctx, sqlite3 *db, const char *id);

/* Shared by the commands that compute metrics (cmd_metrics.c). */
struct metric_catalog;
struct metric_def;
const char *user_lang(void);
int parse_date_option(struct cmd_ctx *ctx, const char *opt, const char *arg, int *out);
/* The range of report and compare where --from or --to is DATE_NONE: the
 * twelve complete calendar months before the month of as_of; with only
 * --to, the twelve months ending with its month; with only --from, up to
 * the day before as_of. */
void default_range(int as_of, int *from, int *to);
/* The metrics a command was asked for: the ids of --metric (ids, nids;
 * room for argc) and the words after the options (--metric a b c), looked
 * up in the catalogue, which is loaded into cat (a broken file reported on
 * stderr, counted in diags, left out). All of them without ids; an
 * unknown id or a stray word is a usage error. The caller frees *out. */
int pick_metrics(struct cmd_ctx *ctx, int argc, char **argv, char **ids, size_t nids, struct metric_catalog *cat,
                 struct diag_list *diags, const struct metric_def ***out, size_t *count);

/* --days calendar|working (metric_eval.h). */
int parse_days_option(struct cmd_ctx *ctx, const char *arg, int *out);

/* The as-of date of metrics, goals and report (interface.md 7.4): given
 * with --as-of, else the day after the last record of the practices
 * (scope.h's span), never later than today. */
struct as_of {
    int day;
    bool given;
    int data_last;              /* the last day with a record; DATE_NONE: none */
};
/* a->given and a->day set by the option (or not) first; which: scope.h's
 * enum span_practices. */
int resolve_as_of(struct cmd_ctx *ctx, sqlite3 *db, int which, struct as_of *a);
/* The line under a table: "as of 2026-04-04: the day after the last
 * record in scope (2026-04-03)". */
void print_as_of(const struct as_of *a, FILE *out);
/* goals and report: a warning on stderr when the data ends more than 14
 * days before today, and before an --as-of given. */
void warn_stale_data(const struct as_of *a);

#endif
