#!/bin/sh
# Writes docs/commands.md from the binary's own help, so the reference
# cannot drift from the command table. Usage: tests/tools/commands-doc.sh [EHTRACK]
set -eu
E=${1:-./ehtrack}
cat <<'HEAD'
# Command reference

Generated from `ehtrack COMMAND --help` (`tests/tools/commands-doc.sh`);
a test fails when this page and the binary disagree. See the README for a
tour, and the topic pages for the formats and definitions behind each
command.

```
HEAD
"$E" --help
echo '```'
for c in init "plan new" "plan check" "plan sync" "plan list" "plan show" "plan history" "plan retire" status \
         import imports "imports remove" rejects formats metrics goals compare report comms "db check" generate; do
    printf '\n## ehtrack %s\n\n```\n' "$c"
    # shellcheck disable=SC2086
    "$E" $c --help
    echo '```'
done
cat <<'TAIL'

## Environment

| variable | meaning |
|---|---|
| `EHTRACK_DB` | the database when `--db` is not given (default `./ehtrack.db`) |
| `EHTRACK_DATADIR` | where `templates/` and `metrics/` are (default: beside the binary, or `PREFIX/share/ehtrack`); a directory with neither is a usage error |
| `EHTRACK_METRICS_PATH` | more directories of metric files, separated by `:` (docs/metrics.md) |
| `EHTRACK_USER` | the name `plan history` records as who synced or retired a plan, and `imports` as who removed an import (default: the login name) |
| `EHTRACK_NOW` | `YYYY-MM-DDTHH:MM:SS`: the clock for "today" and time stamps, for reproducible runs and tests; empty is as unset (the real clock); any other value is a usage error (exit 2), never ignored |
| `EHTRACK_QUERY_TIMEOUT` | seconds a metric's SQL may run (default 600); past it the command stops with exit 3, naming the metric file |
| `EHTRACK_REGEX_TIMEOUT` | seconds one import may spend matching a format's patterns (default 60); past it the lines left are rejected as too costly; not a number of seconds: exit 2 |
| `EHTRACK_BUSY_TIMEOUT` | seconds to wait for another program that holds the database's write lock (default 120); then exit 3; not a number of seconds: exit 2 |
| `EHTRACK_THREADS` | `1`: one thread: `report` gathers a workbook on one connection, part after part, and `import` reads the file in turn with storing it; `2`: `report` gathers the goals and the weekly trends on a second connection in a second thread (about a third faster over many practices on two cores), and `import` reads, checks and sorts the file in a second thread while the first stores the rows (an export in id order about a fifth faster). `2` is the default, unless the process may run on one core only; a database file this user may only read is always read by one thread (SQLite then keeps no index shared between connections). Such a reader leaves the database's `-wal` and `-shm` files behind as its own; a command that writes then names them and says what to do (exit 3). The workbook and the import's records are the same either way; another value is a usage error (exit 2) |
| `LANG` | labels in Dutch when it starts with `nl` (`metrics`, `goals`, `report`) |

## Exit status

0 success; 1 the input was invalid or some rows were rejected; 2 usage
error; 3 database or I/O error (also a missing input file, output that
cannot be written, a damaged database, a lock held too long, a metric
past its time or memory budget). Errors go to stderr as
`ehtrack: FILE:LINE:COL: message` where a place is known.

`--db PATH` may stand before or after the command word. Only `init`,
`plan sync` and `import` create a database; every other command that
reads one, given a path without one, exits 3 (`ehtrack: PATH: no database
here; run 'ehtrack --db PATH init'`, or `run 'ehtrack init'` for the
default) and creates nothing; `plan check`, `plan new`, `formats` and
`generate` need none. `plan sync` and `import` create one only to write
to it: a sync whose files have an error, are not there or hold no register or plan (an empty folder), and an import
none of whose files can be opened (not there, unreadable, a directory),
leave no database and no key file behind. An import needs the register
(`plan sync`) first: where there is no database, or the database holds no
practices (an `init` only), every row would be rejected, so the import is
refused (exit 2, `PATH: no database here, so no register ...`, `the
database holds no practices ...`, or `--practice AGB is not in the
register` when it names one) and records nothing, a dry run too.
`-o FILE` writes regular files only, and never the database, its journals
or its key file (exit 3), whatever they are named.
`--format` too may stand before the command word (comms's is its own:
md, html or txt); a command that prints no data refuses it there as after
it (exit 2). Options are written in full
(`--as-of`, not `--as`), and an option that takes a value is given once,
`--db` and `--format` too, before or after the command word:
both are usage errors rather than a guess or a value dropped. `--metric`
is the one that may be repeated.

A filter (`--practice`, `--care-group`, `--region`, `--insurer`, or the
NAME of `report`) that names nothing in the register exits 1 and lists
what there is; a name with a blank too many or in other capitals, an AGB
code a spreadsheet stripped of its leading zeros (`1053021`), and a
practice's name given for its AGB code are named as what was meant
(`did you mean '01053021'?`). The `--practice` of `import` and `plan
new`, which must be an AGB code, names the code with its leading zero the
same way when given seven digits (exit 2).

A table is for people: a value holding a line break, a tab or another
control character (an escape sequence in an export's code, say) is shown
as `\n`, `\t` or `\xHH` rather than sent to the terminal, and so is it
in error messages' file names; a C1 control (U+0080..U+009F), a line or
paragraph separator, a zero-width character or a change of writing
direction as `\uHHHH`. CSV and JSON keep every value as it is.
TAIL
