# Databases, key files and settings as users' machines hand them over
# (interface.md 7.1: a clear message, exit 2 for a usage error and 3 for a
# database or I/O error, nothing changed, never a hang).
#
# --db "" (a script's unset variable): SQLite opened a throwaway database,
# init and plan sync said they had written it.
$ ehtrack --db "" init; echo "exit $?"; ls -A | grep key || echo "no file"
> exit 2
> no file
! ehtrack: init: --db needs a file name (it was given empty)
! usage: ehtrack init
# A path starting with "file:" is a file, not a SQLite URI: the key sits
# beside it, and the next command finds both (status said "no database").
$ ehtrack --db file:x.db init > /dev/null && ehtrack --db file:x.db plan sync fixtures/metrics/register.yaml > /dev/null && ehtrack --db file:x.db status --format csv; ls | grep db
> plan,practice,care_group,region,application,steps.needs,steps.vision,steps.selection,steps.plan,steps.implement,steps.scale,current_step,progress,state
> file:x.db
> file:x.db.key
# A schema version below 0 (a damaged header): it read migrations[-1] and
# changed the database. Now refused, the version as it was.
$ ehtrack init > /dev/null; cp ehtrack.db neg.db; cp ehtrack.db.key neg.db.key; sqlite3 neg.db "PRAGMA user_version = -1"; ehtrack --db neg.db status; echo "exit $?"; sqlite3 neg.db "PRAGMA user_version"
> exit 3
> -1
! ehtrack: neg.db: not an ehtrack database: its schema version is -1; give another --db, or 'ehtrack init' a new file
# A version set back by hand: the migration meets tables it would make,
# and said only SQLite's "duplicate column name: tracked".
$ cp ehtrack.db low.db; cp ehtrack.db.key low.db.key; sqlite3 low.db "PRAGMA user_version = 5"; ehtrack --db low.db status; echo "exit $?"; sqlite3 low.db "PRAGMA user_version"
> exit 3
> 5
! ehtrack: low.db: bringing the database from schema 5 to 6 failed: duplicate column name: tracked; its tables are not those of schema 5 (was its PRAGMA user_version changed by hand?); it is left as it was
# A database cut short (an interrupted copy): every command, db check too,
# says it is damaged and what to do.
$ cp ehtrack.db cut.db; cp ehtrack.db.key cut.db.key; head -c 20000 ehtrack.db > cut.db; ehtrack --db cut.db db check; echo "exit $?"
> exit 3
! ehtrack: cut.db: the database is damaged (database disk image is malformed); restore it from the last backup (or keep a copy, then re-import the logs into a new one)
# A copy of the database beside another database's key said ok, and the
# next import was refused; without its key, figures still work; a key
# others can read is named, not changed.
$ cp ehtrack.db copy.db && ehtrack --db other.db init > /dev/null && cp other.db.key copy.db.key && ehtrack --db copy.db db check; echo "exit $?"
> exit 3
! ehtrack: copy.db.key: this key file does not belong to the database copy.db; use the key that was created with it
$ rm copy.db.key && ehtrack --db copy.db db check; echo "exit $?"
> ok
> exit 0
! ehtrack: copy.db: note: no key file beside the database (copy.db.key): figures and workbooks need none, importing needs it
$ cp ehtrack.db.key copy.db.key && chmod 644 copy.db.key && ehtrack --db copy.db db check; echo "exit $?"; stat -c %a copy.db.key
> ok
> exit 0
> 644
! ehtrack: copy.db.key: note: others can read the key file (mode 644); make it private: chmod 600 copy.db.key
# A key file left empty, by an init or import stopped between creating
# the key file and writing the key into it (it was created empty, then
# written; another command reading it in between saw it empty too): every
# init, import and db check after it said "the key file holds no key
# (emptied?); restore it from the backup" of a key that never was. With no
# fingerprint stored no key was ever used: one is made in its place. The
# key file is now written whole under another name, then named.
$ ehtrack --db stopped.db init > /dev/null && sqlite3 stopped.db "DELETE FROM meta WHERE key = 'key_fingerprint'" && : > stopped.db.key && ehtrack --db stopped.db db check; echo "exit $?"
> ok
> exit 0
! ehtrack: stopped.db.key: note: the key file is empty and no key was ever used with this database (making it was stopped): the next init or import makes the key
$ ehtrack --db stopped.db init | grep key; ehtrack --db stopped.db db check && grep -c '^[0-9a-f]\{32\}$' stopped.db.key && stat -c %a stopped.db.key && ls -A | grep stopped
> key      stopped.db.key (new: keep it secret and back it up with the database)
> ok
> 1
> 600
> stopped.db
> stopped.db.key
$ cp ehtrack.db nokey.db && sqlite3 nokey.db "DELETE FROM meta WHERE key = 'key_fingerprint'" && : > nokey.db.key && ehtrack --db nokey.db plan sync plans/ > /dev/null && ehtrack --db nokey.db import consults fixtures/logs/consults.csv; echo "exit $?"; ehtrack --db nokey.db db check && test -s nokey.db.key && echo "a key"
> FILE                        KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/logs/consults.csv  consults  canonical    10        10           0        0         0
> exit 0
> ok
> a key
# With a fingerprint stored a key was used: an empty key file is a key
# lost, never replaced.
$ : > stopped.db.key && ehtrack --db stopped.db import consults fixtures/logs/consults.csv; echo "exit $?"; ehtrack --db stopped.db init; echo "exit $?"; test -s stopped.db.key || echo "still empty"
> exit 3
> exit 3
> still empty
! ehtrack: stopped.db.key: the key file holds no key (emptied?); restore it from the backup of the database and its key (a new key would stop new imports linking to earlier patients)
! ehtrack: stopped.db.key: the key file holds no key (emptied?); restore it from the backup of the database and its key (a new key would stop new imports linking to earlier patients)
# A file that never was a database (a log given as --db) was called
# damaged, to be restored from a backup, init too; a directory could not be
# opened, "unable to open database file".
$ printf 'id,practice\n1,2\n' > log.csv && ehtrack --db log.csv status; echo "exit $?"; ehtrack --db log.csv init; echo "exit $?"; mkdir -p dbdir && ehtrack --db dbdir/ status; echo "exit $?"
> exit 3
> exit 3
> exit 3
! ehtrack: log.csv: not a database (an SQLite file starts otherwise): give the --db of an ehtrack database, or 'ehtrack init' a new file
! ehtrack: log.csv: not a database (an SQLite file starts otherwise): give the --db of an ehtrack database, or 'ehtrack init' a new file
! ehtrack: dbdir/: is a directory: --db names the database's file (dbdir/ehtrack.db, say)
# A FIFO or a device is no database file either: init left a journal
# beside it (ff-journal, /dev/null-journal) and failed with "disk I/O
# error"; a FIFO read as "no database here".
$ mkfifo ff && ehtrack --db ff init; echo "exit $?"; ls ff-journal 2>/dev/null; ehtrack --db ff metrics; echo "exit $?"
> exit 3
> exit 3
! ehtrack: ff: is a FIFO (named pipe), not a file: --db names the database's file
! ehtrack: ff: is a FIFO (named pipe), not a file: --db names the database's file
# A database in a directory that cannot be written (as root permissions
# stop nothing, the command runs as nobody then): SQLite needs its WAL
# files there even to read.
$ mkdir ro && cp ehtrack.db ehtrack.db.key ro/ && chmod 755 . && chmod 555 ro && if [ "$(id -u)" = 0 ]; then set -- setpriv --reuid=65534 --regid=65534 --clear-groups; fi; "$@" ehtrack --db ro/ehtrack.db status; echo "exit $?"; chmod 755 ro
> exit 3
! ehtrack: ro/ehtrack.db: the directory ro cannot be written: SQLite keeps the database's write-ahead log (ro/ehtrack.db-wal, ro/ehtrack.db-shm) beside it, also to read it; copy the database and its key to a directory you can write
# A database file this user may only read, in a directory it may write:
# the first command leaves read-only WAL files, and a workbook read by two
# threads failed ("other programs changed the database 100 times") where
# nothing else ran. Such a database is read by one.
$ mkdir rofile && ehtrack --db rofile/e.db init > /dev/null && ehtrack --db rofile/e.db plan sync plans/ > /dev/null && ehtrack --db rofile/e.db import consults fixtures/logs/consults.csv > /dev/null && chmod 444 rofile/e.db && chmod 777 rofile && if [ "$(id -u)" = 0 ]; then chown 65534 rofile/e.db.key; set -- setpriv --reuid=65534 --regid=65534 --clear-groups; fi; "$@" ehtrack --db rofile/e.db status > /dev/null; EHTRACK_THREADS=2 "$@" ehtrack --db rofile/e.db report region Twente -o rofile/r.xlsx 2> /dev/null | cut -d: -f1
> wrote rofile/r.xlsx
# A key file that never ends (a device, a file of NUL bytes) ran forever.
$ cp ehtrack.db z.db; ln -s /dev/zero z.db.key; timeout 20 ehtrack --db z.db import consults fixtures/logs/consults.csv; echo "exit $?"
> exit 3
! ehtrack: z.db.key: the key file is not a regular file (a directory, device or pipe)
# A named pipe in the key's place waited for a writer for ever.
$ cp ehtrack.db f.db; mkfifo f.db.key; timeout 20 ehtrack --db f.db import consults fixtures/logs/consults.csv --dry-run; echo "exit $?"
> exit 3
! ehtrack: f.db.key: the key file is not a regular file (a directory, device or pipe)
# Settings no command may ignore: a mistyped $EHTRACK_NOW gave the real
# clock's figures; $EHTRACK_REGEX_TIMEOUT became 60; $EHTRACK_DATADIR
# pointing nowhere found no metric ("known: ").
$ EHTRACK_NOW=2026-11-23 ehtrack status; echo "exit $?"; EHTRACK_REGEX_TIMEOUT=abc ehtrack status; echo "exit $?"; EHTRACK_DATADIR=/nonexistent ehtrack metrics; echo "exit $?"
> exit 2
> exit 2
> exit 2
! ehtrack: $EHTRACK_NOW must be a local time YYYY-MM-DDTHH:MM:SS (got '2026-11-23')
! ehtrack: $EHTRACK_REGEX_TIMEOUT must be a number of seconds (got 'abc')
! ehtrack: $EHTRACK_DATADIR is /nonexistent, which holds neither a metrics/ nor a templates/ directory; point it at the directory that does, or unset it
# A mistyped $EHTRACK_BUSY_TIMEOUT is a usage error as these are (it was
# reported as a database error, exit 3).
$ EHTRACK_BUSY_TIMEOUT=x ehtrack status; echo "exit $?"
> exit 2
! ehtrack: $EHTRACK_BUSY_TIMEOUT must be a number of seconds (got 'x')
# $EHTRACK_NOW is exactly the documented form: without seconds, with a
# space, with an offset ("Z" made 23:30 the next day's 00:30) or a leap
# second it was taken all the same.
$ for v in 2026-03-01T23:30 "2026-03-01 23:30:00" 2026-03-01T23:30:00Z 2026-03-01T23:59:60; do EHTRACK_NOW="$v" ehtrack status 2>&1; echo "exit $?"; done
> ehtrack: $EHTRACK_NOW must be a local time YYYY-MM-DDTHH:MM:SS (got '2026-03-01T23:30')
> exit 2
> ehtrack: $EHTRACK_NOW must be a local time YYYY-MM-DDTHH:MM:SS (got '2026-03-01 23:30:00')
> exit 2
> ehtrack: $EHTRACK_NOW must be a local time YYYY-MM-DDTHH:MM:SS (got '2026-03-01T23:30:00Z')
> exit 2
> ehtrack: $EHTRACK_NOW must be a local time YYYY-MM-DDTHH:MM:SS (got '2026-03-01T23:59:60')
> exit 2
# A data directory whose metrics/ holds no metric: metrics printed
# nothing at all, exit 0 (no CSV header, no JSON array).
$ mkdir -p nometrics/metrics nometrics/templates && ehtrack --db nm.db init > /dev/null 2>&1; EHTRACK_DATADIR=nometrics ehtrack --db nm.db metrics --format json > out 2> err; echo "exit $?"; sed "s|$(pwd)/||" err; rm nm.db nm.db.key
> exit 2
> ehtrack: no metric is defined: nometrics/metrics holds no metric file (*.yaml); point $EHTRACK_DATADIR at the directory whose metrics/ holds them, or unset it
# plan check and plan sync said "unknown metric 'econsult_share' (known: )"
# for every goal of every plan: the setup fault is named once.
$ ehtrack --db nm.db init > /dev/null 2>&1; for c in check sync; do EHTRACK_DATADIR=nometrics ehtrack --db nm.db plan $c plans/ > out 2> err; echo "exit $?"; sed "s|$(pwd)/||" err; done; rm nm.db nm.db.key
> exit 2
> ehtrack: no metric is defined: nometrics/metrics holds no metric file (*.yaml); point $EHTRACK_DATADIR at the directory whose metrics/ holds them, or unset it
> exit 2
> ehtrack: no metric is defined: nometrics/metrics holds no metric file (*.yaml); point $EHTRACK_DATADIR at the directory whose metrics/ holds them, or unset it
# Two commands creating the same new database at once: the second found
# the file being set up and failed with "database is locked" at once (about
# one time in fifteen); it now waits as for any lock. 60 pairs, no failure.
$ for i in $(seq 60); do rm -f race.db*; ehtrack --db race.db init > /dev/null 2> e1 & ehtrack --db race.db init > /dev/null 2> e2 & wait; cat e1 e2; done | grep -c locked
> 0
? 1
# The same for two imports: the wait was waited, but the message of its
# first "locked" stayed, and an import that rejected rows (exit 1: the new
# database has no register) printed it after its own, telling the user to
# run again an import that was stored (about one pair in ten).
$ for i in $(seq 40); do rm -f race.db*; ehtrack --db race.db import messages fixtures/logs/messages.csv > /dev/null 2> e1 & ehtrack --db race.db import messages fixtures/logs/messages.csv > /dev/null 2> e2 & wait; cat e1 e2; done | grep -c locked
> 0
? 1
# A lock another program holds past $EHTRACK_BUSY_TIMEOUT ends the wait
# then (exit 3), not twenty times the timeout for each second of it (the
# retry above, which waited 22 s for a timeout of 1 s).
$ cp ehtrack.db lk.db; cp ehtrack.db.key lk.db.key; $PYTHON -c "import sqlite3, time; c = sqlite3.connect('lk.db', isolation_level=None); c.execute('PRAGMA locking_mode=EXCLUSIVE'); c.execute('BEGIN EXCLUSIVE'); c.execute('CREATE TABLE held(x)'); open('held', 'w').close(); time.sleep(30)" & p=$!; while [ ! -e held ]; do sleep 0.1; done; EHTRACK_BUSY_TIMEOUT=1 timeout 10 ehtrack --db lk.db imports 2> err; echo "exit $?"; kill $p; wait; sed "s|$(pwd)/||" err
> exit 3
> ehtrack: database lk.db: preparing a statement: database is locked; another program (an import, a plan sync) was writing the database for all the 1 s this one waited ($EHTRACK_BUSY_TIMEOUT): run it again when that is done

# A colleague who may only read the database leaves its -wal and -shm
# behind as his (SQLite gives them the database's mode): its owner then got
# "attempt to write a readonly database" of a file he may write. The files
# in the way are named, with what to do (here made unwritable by mode; as
# root the command runs as another user, the files root's).
$ mkdir sw && ehtrack --db sw/x.db init > /dev/null && ehtrack --db sw/x.db plan sync plans/ > /dev/null && : > sw/x.db-wal && : > sw/x.db-shm && chmod 444 sw/x.db-wal sw/x.db-shm && chmod 777 sw && if [ "$(id -u)" = 0 ]; then chmod 644 sw/x.db-wal sw/x.db-shm; chown 65534 sw/x.db sw/x.db.key; set -- setpriv --reuid=65534 --regid=65534 --clear-groups; fi; "$@" ehtrack --db sw/x.db import consults fixtures/logs/consults.csv 2> err; echo "exit $?"; sed 's/to user [0-9]*/to user N/' err; "$@" ehtrack --db sw/x.db imports --format csv | wc -l
> exit 3
> ehtrack: sw/x.db-wal: this user may not write it (it belongs to user N, whose reading of the database left it), so nothing can be written to sw/x.db: remove sw/x.db-wal and sw/x.db-shm (the log is empty) while no one uses the database, or give this user write access to them
> 1

# --db in a directory that does not exist: SQLite said only "unable to
# open database file".
$ ehtrack --db "new dir/x.db" init; ls -d "new dir" 2> /dev/null || echo "nothing made"
> nothing made
! ehtrack: new dir/x.db: the directory new dir does not exist: make it first (mkdir -p 'new dir'), or give another --db
