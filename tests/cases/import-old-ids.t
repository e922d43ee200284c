# A database of schema 13 whose records keep, in the clear, ids the
# importer now stores as their keyed hash: an earlier ehtrack stored a
# caller's number read as a call's id, or a patient number as a consult's
# id, as written. The first command that opens it stores them hashed
# (migration 14, docs/design.md "The database"), with what imports carried
# them and the legs of their calls: no figure changes, and the export
# imported again is found again instead of counting twice.
$ ehtrack init > /dev/null && ehtrack plan sync plans/ > /dev/null
# Schema 13 is made here: the files are imported with stand-in ids (Qn)
# where the importer would hide the id, and the ids the earlier ehtrack
# kept are then written over them. Of calls-caller-ids.csv, five ids are
# a caller's number or address (0612345678, +31 6 1234 5679, 31612345680,
# from=0612345681, piet.jansen@example.nl) and one a uniqueid; of
# consults-patient-ids.csv, two ids are the row's patient number and one
# holds it after a date and time (an id joined from columns); of
# messages-patient-ids.csv, one is and one is a phone number.
$ for k in calls consults messages; do f=$(ls fixtures/logs/$k-*-ids.csv | grep -E 'caller|patient'); awk -F, -v OFS=, 'NR > 1 && $1 !~ /^(1772442000.12|C0000001)$/ { $1 = "Q" NR } 1' $f > $k-q.csv; awk -F, -v k=$k 'NR > 1 { printf "UPDATE %s SET id = %c%s%c WHERE id = %cQ%d%c;\n", k, 39, $1, 39, 39, NR, 39 }' $f >> clear.sql; done
$ ehtrack import calls calls-q.csv > /dev/null && ehtrack import calls calls-q.csv > /dev/null && ehtrack import consults consults-q.csv > /dev/null && ehtrack import messages messages-q.csv > /dev/null
$ ehtrack import calls fixtures/formats/samples/asterisk-Master.csv --as asterisk-cdr-calls --practice 01061239 > /dev/null
# The figures, which no id changes, as the stand-ins give them.
$ ehtrack metrics --by practice --period month --format csv > before.csv 2>&1; ehtrack goals --format csv > goals-before.csv 2>&1
# An integer id was kept as a number in its practice's packed range; the
# Asterisk file's calls get ids of callers' numbers (0611000001, ...).
$ echo "UPDATE call_carriers SET key = (SELECT practice_id FROM calls WHERE id = '31612345680') * (1 << 40) + 31612345680 WHERE key = (SELECT key FROM calls WHERE id = '31612345680'); UPDATE calls SET key = practice_id * (1 << 40) + 31612345680, id = 31612345680 WHERE id = '31612345680';" >> clear.sql; echo "WITH n AS (SELECT key, row_number() OVER (ORDER BY key) AS r FROM calls WHERE practice_id = (SELECT id FROM practices WHERE agb = '01061239')) UPDATE calls SET id = '0611' || printf('%06d', (SELECT r FROM n WHERE n.key = calls.key)) WHERE key IN (SELECT key FROM n); PRAGMA user_version = 13;" >> clear.sql; sqlite3 ehtrack.db < clear.sql
$ sqlite3 ehtrack.db "SELECT count(*) FROM calls WHERE id GLOB '*061*' OR id GLOB '*@*' OR id = 31612345680 OR id GLOB '+31*'; SELECT count(*) FROM consults WHERE id GLOB 'P*'; SELECT count(*) FROM call_carriers; SELECT count(*), count(DISTINCT call_key) FROM call_legs"
> 921
> 2
> 6
> 1572|916
# Without its key file, an id equal to the patient number cannot be told:
# the database is brought to schema 14 and stays readable, every command
# says what waits, and the first command after the key is back stores the
# ids hashed.
$ cp ehtrack.db nokey.db; ehtrack --db nokey.db status > /dev/null; echo "exit $?"; sqlite3 nokey.db "PRAGMA user_version; SELECT count(*) FROM consults WHERE id NOT GLOB '#*'; SELECT count(*) FROM calls WHERE id NOT GLOB '#*'"
> exit 0
> 14
> 4
> 922
! ehtrack: nokey.db: note: record ids an earlier ehtrack kept in the clear (a caller's number as a call's id, an id equal to the patient number) wait to be stored hashed: that needs its key: the pseudonymisation key of this database is missing; restore it from the backup (a new key would stop new imports linking to earlier patients)
# With the key back but another program writing, a command does not wait
# for the lock to store them: it reads, and says the work waits.
$ cp ehtrack.db.key nokey.db.key; $PYTHON -c "import sqlite3, subprocess; c = sqlite3.connect('nokey.db', isolation_level=None); c.execute('BEGIN IMMEDIATE'); r = subprocess.run(['ehtrack', '--db', 'nokey.db', 'status'], stdout=subprocess.DEVNULL); print('exit', r.returncode)"
> exit 0
! ehtrack: nokey.db: note: record ids an earlier ehtrack kept in the clear wait to be stored hashed; another program is writing the database, and a later command will do it
$ ehtrack --db nokey.db status > /dev/null; sqlite3 nokey.db "SELECT count(*) FROM consults WHERE id NOT GLOB '#*'; SELECT count(*) FROM calls WHERE id NOT GLOB '#*'; SELECT count(*) FROM meta WHERE key = 'ids_unhashed'"
> 1
> 1
> 0
# The first command stores every such id hashed; the uniqueid and the
# contact number C0000001 stay as they are. Every figure is the same.
$ ehtrack metrics --by practice --period month --format csv > after.csv 2>&1; cmp before.csv after.csv && echo same
> same
$ ehtrack goals --format csv > goals-after.csv 2>&1; cmp goals-before.csv goals-after.csv && echo same
> same
$ sqlite3 ehtrack.db "PRAGMA user_version; SELECT count(*) FROM calls WHERE id GLOB '#*'; SELECT count(*) FROM consults WHERE id GLOB '#*'; SELECT count(*) FROM messages WHERE id GLOB '#*'; SELECT id FROM calls WHERE id NOT GLOB '#*' UNION ALL SELECT id FROM consults WHERE id NOT GLOB '#*' UNION ALL SELECT id FROM messages WHERE id NOT GLOB '#*'"
> 14
> 921
> 3
> 2
> 1772442000.12
> C0000001
# Each record lies where its hashed id leads, with its carriers, and the
# legs of each call under the call's new key.
$ sqlite3 ehtrack.db "SELECT count(*) FROM calls WHERE key < 1 << 62 OR (key - (1 << 62)) >> 40 <> practice_id; SELECT count(*) FROM call_carriers x JOIN calls c ON c.key = x.key; SELECT count(*), count(DISTINCT call_key) FROM call_legs; SELECT count(*) FROM call_legs l LEFT JOIN calls c ON c.key = l.call_key WHERE c.key IS NULL; SELECT count(*) FROM call_leg_imports i LEFT JOIN call_legs l ON l.key = i.leg_key WHERE l.key IS NULL"
> 0
> 6
> 1572|916
> 0
> 0
$ ehtrack db check
> ok
# The export imported again, as the system wrote it: every record found
# again, none stored twice.
$ ehtrack import calls fixtures/logs/calls-caller-ids.csv --format csv | cut -d, -f4-8
> read,inserted,duplicates,skipped,rejected
> 6,0,6,0,0
$ ehtrack import consults fixtures/logs/consults-patient-ids.csv --format csv | cut -d, -f4-8
> read,inserted,duplicates,skipped,rejected
> 4,0,4,0,0
$ ehtrack metrics --by practice --period month --format csv > again.csv 2>&1; cmp before.csv again.csv && echo same
> same
# The open message of the export, answered in a later one, gets its answer.
$ sed 's/T10:00,,/T10:00,2026-03-05T12:00,/' fixtures/logs/messages-patient-ids.csv > answered.csv; ehtrack import messages answered.csv; sqlite3 ehtrack.db "SELECT count(*), count(answered) FROM messages WHERE id GLOB '#*'"
> FILE          KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> answered.csv  messages  canonical     2         0           2        0         0
> 2|2
! ehtrack: answered.csv: 1 message now answered
# Taken back, the imports of the moved records leave nothing behind.
$ for i in 1 2 3 4 5 6 7 8; do ehtrack imports remove $i > /dev/null || echo "remove $i failed"; done; sqlite3 ehtrack.db "SELECT count(*) FROM calls; SELECT count(*) FROM consults; SELECT count(*) FROM messages; SELECT count(*) FROM call_legs; SELECT count(*) FROM call_carriers; SELECT count(*) FROM call_days; SELECT count(*) FROM consult_days"
> 0
> 0
> 0
> 0
> 0
> 0
> 0
