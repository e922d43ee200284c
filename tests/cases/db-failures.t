# SQLite failing where users meet it (interface.md 7.1): a read-only
# database, a full disk, a lock held past the busy timeout, a damaged page.
# Each failure exits 3 with a message, and what the command was writing is
# rolled back: the database is as it was, and 'db check' says ok.
$ ehtrack init > /dev/null && ehtrack plan sync fixtures/plans/register.yaml > /dev/null
# 30,000 consults of practice 01000001, one a minute from 2026-03-02 00:00.
$ awk 'BEGIN { print "id,practice,start,patient,channel,role,minutes,reason"; for (i = 1; i <= 30000; i++) printf "%d,01000001,2026-%02d-%02d %02d:%02d,P%05d,econsult,gp,5,\n", i, 3 + int(i / 28800), 2 + int(i / 1440) % 20, int(i / 60) % 24, i % 60, i }' > a.csv
#
# A read-only database file. As root, permissions do not stop a write, so
# the command runs as nobody then. It is told before the file is read (it
# was SQLite's "attempt to write a readonly database" after the whole file).
$ chmod 777 . && chmod 444 ehtrack.db ehtrack.db.key && if [ "$(id -u)" = 0 ]; then set -- setpriv --reuid=65534 --regid=65534 --clear-groups; fi; "$@" ehtrack import consults a.csv 2> err; echo "exit $?"; sed -e "s|$(pwd)/||" -e "s|user $(stat -c %u ehtrack.db),|user OWNER,|" err
> exit 3
> ehtrack: ehtrack.db: this user may only read it (it belongs to user OWNER, mode 444), and 'import' changes it: run it as a user who may write the database; the commands that only read (status, metrics, goals, report) work as this user
$ ehtrack imports && sqlite3 ehtrack.db "SELECT count(*) FROM consults"
> ID  FILE  FORMAT  KIND  TIME  READ  INSERTED  DUPLICATES  SKIPPED  REJECTED  OUTCOME
> 0
$ chmod 644 ehtrack.db && chmod 600 ehtrack.db.key && rm -f ehtrack.db-wal ehtrack.db-shm && ehtrack db check
> ok
# A database on a file system mounted read-only (a backup disk): root may
# write any file, but none there, and was told "this user may only read
# it" (in a private mount namespace; where the machine allows none, the
# step says what it would have said).
$ if unshare -m true 2> /dev/null; then unshare -m sh -c 'mount --make-rprivate / && mkdir -p ro && mount -t tmpfs -o size=2m tmpfs ro && ehtrack --db ro/r.db plan sync fixtures/plans/register.yaml > /dev/null && mount -o remount,ro ro && ehtrack --db ro/r.db import consults a.csv; echo "exit $?"'; else echo "ehtrack: ro/r.db: it is on a file system mounted read-only, and 'import' changes it: copy the database and its key file to a disk that can be written" >&2; echo "exit 3"; fi
> exit 3
! ehtrack: ro/r.db: it is on a file system mounted read-only, and 'import' changes it: copy the database and its key file to a disk that can be written
#
# A full disk: the file size limit (ulimit -f, in 512-byte blocks) stops the
# write-ahead log at 600 KB, as a full disk would.
$ (trap '' XFSZ; ulimit -f 1200; ehtrack import consults a.csv) 2> err; echo "exit $?"; sed "s|$(pwd)/||" err
> exit 3
> ehtrack: database ehtrack.db: disk I/O error; a file reached the largest size this process may write (ulimit -f, or the file system's limit): what this command was writing is rolled back (the database is as before it)
$ ehtrack imports && sqlite3 ehtrack.db "SELECT count(*) FROM consults" && ehtrack db check
> ID  FILE  FORMAT  KIND  TIME  READ  INSERTED  DUPLICATES  SKIPPED  REJECTED  OUTCOME
> 0
> ok
#
# A lock that outlasts the busy timeout: another program holds the write
# lock. Readers are not held up (WAL); the import gives up after 0.5 s.
$ $PYTHON -c "import sqlite3, time; c = sqlite3.connect('ehtrack.db', isolation_level=None); c.execute('BEGIN IMMEDIATE'); open('locked', 'w').close(); time.sleep(30)" & pid=$!; while [ ! -e locked ]; do sleep 0.05; done; ehtrack imports; EHTRACK_BUSY_TIMEOUT=0.5 ehtrack import consults a.csv 2> err; echo "exit $?"; kill $pid; wait; sed "s|$(pwd)/||" err
> ID  FILE  FORMAT  KIND  TIME  READ  INSERTED  DUPLICATES  SKIPPED  REJECTED  OUTCOME
> exit 3
> ehtrack: database ehtrack.db: database is locked; another program (an import, a plan sync) was writing the database for all the 0.5 s this one waited ($EHTRACK_BUSY_TIMEOUT): run it again when that is done
$ ehtrack import consults a.csv
> FILE   KIND      FORMAT      READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> a.csv  consults  canonical  30000     30000           0        0         0
#
# A full disk after the commit: the import is stored in the write-ahead
# log, and copying it into the database file (SQLite's checkpoint) fails.
# SQLite says nothing of it: the import ended as if all were well (exit 0),
# the database file alone, the one a backup copies, lacking the import.
# The limit (in sh's 512-byte blocks) lies between the size of the log and
# the size the database file grows to; the next command with room
# finishes the copy. On a copy, f.db, so the figures below stay.
$ awk 'BEGIN { print "id,practice,start,patient,channel,role,minutes,reason"; for (i = 1; i <= 10000; i++) printf "b%d,01000001,2026-05-%02d %02d:%02d,Q%05d,econsult,gp,5,\n", i, 1 + int(i / 1440), int(i / 60) % 24, i % 60, i }' > b.csv && for d in f probe; do cp ehtrack.db $d.db && cp ehtrack.db.key $d.db.key; done && ehtrack --db probe.db import consults b.csv > /dev/null && blocks=$(( ($(stat -c %s f.db) + $(stat -c %s probe.db)) / 2 / 512 )) && (trap '' XFSZ; ulimit -f $blocks; ehtrack --db f.db import consults b.csv) 2> err; echo "exit $?"; sed "s|$(pwd)/||g" err; test -s f.db-wal && echo "the log is kept"
> FILE   KIND      FORMAT      READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> b.csv  consults  canonical  10000     10000           0        0         0
> exit 3
> ehtrack: f.db: what was written is stored, in f.db-wal beside it, but copying it into the database file failed: the file reached the largest size this process may write (ulimit -f, or the file system's limit); raise the limit, then run 'ehtrack --db f.db db check', which finishes the copy; until then the database is the two files together: never copy, move or delete one without the other
> the log is kept
$ (trap '' XFSZ; ulimit -f $(( $(stat -c %s f.db) / 512 )); ehtrack --db f.db db check) 2>&1 | sed 's/ failed: .*//'
> ehtrack: f.db: what was written is stored, in f.db-wal beside it, but copying it into the database file
$ ehtrack --db f.db db check && test ! -e f.db-wal && sqlite3 f.db "SELECT count(*) FROM consults"
> ok
> 40000
#
# A damaged page in the middle of the consults. Before 7.1 a second import
# of the same file ran on it and counted 29,999 duplicates and 1 insert.
# (The page's number and offsets depend on the schema: shown as N.)
$ $PYTHON $ROOT/tests/tools/damage-page.py ehtrack.db consults | sed -E 's/[0-9]+/N/'
> page N of consults damaged
$ ehtrack db check 2> err; echo "exit $?"; sed -E "s|$(pwd)/||; s/[0-9]+/N/g" err
> exit 3
> ehtrack: ehtrack.db: On tree page N cell N: Offset N out of range N..N
> ehtrack: ehtrack.db: database disk image is malformed
> ehtrack: ehtrack.db: the database is damaged; restore it from the last backup (or keep a copy, then re-import the logs into a new one)
$ ehtrack import consults a.csv 2> err; echo "exit $?"; sed "s|$(pwd)/||" err
> exit 3
> ehtrack: database ehtrack.db: looking a record up: database disk image is malformed
# Metrics read the day tables, never the consults: a damaged page of the
# consults leaves them whole; a damaged page of the day table they read
# stops them.
$ ehtrack metrics --metric followup_rate --period all
> GROUP     PERIOD  METRIC                     VALUE  NUMERATOR  DENOMINATOR
> 01000001  all     Follow-up after e-consult   0.0%          0        30000
> 01000002  all     Follow-up after e-consult      -          0            0
> 01000003  all     Follow-up after e-consult      -          0            0
> as of 2026-04-03: the day after the last record in scope (2026-04-02); --as-of D for another day
$ $PYTHON $ROOT/tests/tools/damage-page.py ehtrack.db consult_days | sed -E 's/[0-9]+/N/'
> page N of consult_days damaged
$ ehtrack metrics --metric followup_rate --period all 2> err; echo "exit $?"; sed "s|$(pwd)/||" err
> exit 3
> ehtrack: database ehtrack.db: summing the logs per practice and period: database disk image is malformed
# A command that reads no damaged page does not notice; 'db check' reads
# every page.
$ ehtrack imports
> ID  FILE   FORMAT     KIND      TIME                  READ  INSERTED  DUPLICATES  SKIPPED  REJECTED  OUTCOME
>  1  a.csv  canonical  consults  2026-11-23T12:00:00  30000     30000           0        0         0  imported
#
# A forced record-key collision: a test build (make check's
# ehtrack-narrow-keys) hashes ids to 3 bits, so 30 text ids share 8 keys
# and each collision moves to the next free key instead of merging two
# records. Again, every record is a duplicate; nothing merged.
$ awk 'BEGIN { print "id,practice,start,patient,channel,role,minutes,reason"; for (i = 1; i <= 30; i++) printf "C%d,01053021,2026-03-02 10:%02d,P%d,econsult,gp,5,\n", i, i, i }' > text.csv
$ "$EHTRACK_NARROW_BIN" --db narrow.db init > /dev/null && "$EHTRACK_NARROW_BIN" --db narrow.db plan sync plans/ > /dev/null
$ "$EHTRACK_NARROW_BIN" --db narrow.db import consults text.csv && "$EHTRACK_NARROW_BIN" --db narrow.db import consults text.csv
> FILE      KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> text.csv  consults  canonical    30        30           0        0         0
> FILE      KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> text.csv  consults  canonical    30         0          30        0         0
# 30 records on 30 keys: the 8 hash values and the keys after them, from
# the start of the practice's hashed range (2^62 + practice << 40).
$ sqlite3 narrow.db "SELECT count(*), count(DISTINCT key), min(key - 4611686018427387904 - (practice_id << 40)), max(key - 4611686018427387904 - (practice_id << 40)), count(DISTINCT id) FROM consults"
> 30|30|0|29|30
# Records without an id (survey) are keyed by a hash of their fields.
$ "$EHTRACK_NARROW_BIN" --db narrow.db import survey fixtures/logs/survey.csv --format csv; "$EHTRACK_NARROW_BIN" --db narrow.db import survey fixtures/logs/survey.csv --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> fixtures/logs/survey.csv,survey,canonical,4,3,0,0,1,
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> fixtures/logs/survey.csv,survey,canonical,4,0,3,0,1,
! ehtrack: fixtures/logs/survey.csv: 1 row rejected; see 'ehtrack rejects 3'
! ehtrack: fixtures/logs/survey.csv: 1 row rejected; see 'ehtrack rejects 4'
? 1
$ sqlite3 narrow.db "SELECT count(*), count(DISTINCT key), count(DISTINCT id) FROM survey"
> 3|3|3
