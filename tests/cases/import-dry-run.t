# import --dry-run (interface.md 7.2): reads, maps and checks everything,
# prints the same summary as the import would, names every rejected row on
# stderr, writes nothing, and exits as the import would.

# No database yet: none is made, no key file either; the answer is the one
# a real import gives: there is no database, so no register (it said the
# practice was not in the register, and a user who had left out --db
# synced the register again).
$ ehtrack import calls fixtures/formats/legs/voicemail.csv --as asterisk-cdr-calls --practice 01061104 --dry-run; echo "exit $?"; ls ehtrack.db* 2> /dev/null || echo "no database, no key"
> exit 2
> no database, no key
! ehtrack: ehtrack.db: no database here, so no register: every row would be rejected; give the database with --db PATH, or record the register first ('ehtrack plan sync plans/')
$ ehtrack import calls fixtures/logs/calls.csv --dry-run; echo "exit $?"; ls ehtrack.db* 2> /dev/null || echo "no database, no key"
> exit 2
> no database, no key
! ehtrack: ehtrack.db: no database here, so no register: every row would be rejected; give the database with --db PATH, or record the register first ('ehtrack plan sync plans/')

# A database that holds practices but no key yet (plan sync makes no key):
# the dry run makes none.
$ ehtrack plan sync plans/ > /dev/null; ls ehtrack.db*; sha1sum ehtrack.db > before
> ehtrack.db

# The HIS export with a bad row of every kind: the same table and exit as the
# import below, each rejected row named with its line and column (never a
# value of a consult), and the database unchanged to the byte.
$ ehtrack import consults fixtures/formats/his-consults-bad-1252.csv --as his-nl-consults --practice 01053147 --dry-run; echo "exit $?"; sha1sum -c before; ls ehtrack.db*
> FILE                                        KIND      FORMAT           READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/his-consults-bad-1252.csv  consults  his-nl-consults    12         4           0        1         7
> exit 1
> ehtrack.db: OK
> ehtrack.db
! ehtrack: fixtures/formats/his-consults-bad-1252.csv:4:2: start: no day of the calendar: that month has 28 days
! ehtrack: fixtures/formats/his-consults-bad-1252.csv:5:4: patient: empty
! ehtrack: fixtures/formats/his-consults-bad-1252.csv:6:8: minutes: outside 0..1440
! ehtrack: fixtures/formats/his-consults-bad-1252.csv:7:8: minutes: not a whole number
! ehtrack: fixtures/formats/his-consults-bad-1252.csv:8:4: patient: the row has no column 4 (it has 3)
! ehtrack: fixtures/formats/his-consults-bad-1252.csv:9:2: start: fits none of the 2 time_formats ('%d-%m-%Y %H:%M' ... '%d-%m-%Y %H:%M:%S')
! ehtrack: fixtures/formats/his-consults-bad-1252.csv:14: a quoted field is not closed before the end of the file
! ehtrack: fixtures/formats/his-consults-bad-1252.csv: 7 rows would be rejected
! ehtrack: dry run: nothing was written
$ ehtrack imports; sqlite3 ehtrack.db "SELECT count(*) FROM consults; SELECT count(*) FROM rejects"
> ID  FILE  FORMAT  KIND  TIME  READ  INSERTED  DUPLICATES  SKIPPED  REJECTED  OUTCOME
> 0
> 0
$ ehtrack import consults fixtures/formats/his-consults-bad-1252.csv --as his-nl-consults --practice 01053147; echo "exit $?"
> FILE                                        KIND      FORMAT           READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/his-consults-bad-1252.csv  consults  his-nl-consults    12         4           0        1         7
> exit 1
! ehtrack: fixtures/formats/his-consults-bad-1252.csv: 7 rows rejected; see 'ehtrack rejects 1'

# With the import in the database the dry run sees its records as known,
# as an import would; --strict refuses as it would.
$ sha1sum ehtrack.db > before; ehtrack import consults fixtures/formats/his-consults-bad-1252.csv --as his-nl-consults --practice 01053147 --dry-run --strict --format json 2> /dev/null; echo "exit $?"; sha1sum -c before
> [
>   {"file": "fixtures/formats/his-consults-bad-1252.csv", "kind": "consults", "format": "his-nl-consults", "read": 12, "inserted": 0, "duplicates": 0, "skipped": 1, "rejected": 7, "unmapped": [], "unmapped_not_shown": 0}
> ]
> exit 1
> ehtrack.db: OK
$ ehtrack import consults fixtures/formats/his-consults-bad-1252.csv --as his-nl-consults --practice 01053147 --dry-run --format csv 2> /dev/null | cut -d, -f4-8
> read,inserted,duplicates,skipped,rejected
> 12,0,4,1,7

# Several files in one dry run see each other, as one import of them would:
# the second copy of the file is all duplicates. A clean file exits 0.
$ ehtrack import calls fixtures/formats/legs/ring-group.csv fixtures/formats/legs/voicemail.csv fixtures/formats/legs/ring-group.csv --as asterisk-cdr-calls --practice 01061104 --dry-run; echo "exit $?"; sha1sum -c before; sqlite3 ehtrack.db "SELECT count(*) FROM calls; SELECT count(*) FROM call_legs; SELECT count(*) FROM imports"
> FILE                                  KIND   FORMAT              READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/legs/ring-group.csv  calls  asterisk-cdr-calls     3         1           0        0         0
> fixtures/formats/legs/voicemail.csv   calls  asterisk-cdr-calls     6         2           0        1         0
> fixtures/formats/legs/ring-group.csv  calls  asterisk-cdr-calls     3         0           1        0         0
> exit 0
> ehtrack.db: OK
> 0
> 0
> 1
! ehtrack: fixtures/formats/legs/ring-group.csv: note: no abandoned inbound calls in this file: if the phone system does not log missed calls (as Asterisk with unanswered = no in cdr.conf), abandoned_rate and calls_per_day count too low
! ehtrack: dry run: nothing was written

# The unmapped codes show in a dry run too: what a format still lacks.
$ ehtrack import consults fixtures/formats/his-unmapped-1252.csv --as his-nl-consults --practice 01053147 --dry-run 2> /dev/null
> FILE                                    KIND      FORMAT           READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/his-unmapped-1252.csv  consults  his-nl-consults    18         3           0        2        13
> unmapped codes in fixtures/formats/his-unmapped-1252.csv: channel 'Groepsbijeenkomst' (6 rows); 7 more not shown
? 1

# A colleague who may only read the database checks a file before handing
# it over: the dry run counts it against the records stored (a private
# copy), where it failed with "attempt to write a readonly database".
$ chmod 755 . && mkdir rodry && cp fixtures/logs/consults.csv fixtures/logs/consults-overlap.csv rodry/ && ehtrack --db rodry/e.db plan sync plans/ > /dev/null && ehtrack --db rodry/e.db import consults rodry/consults.csv > /dev/null && chmod 444 rodry/e.db && chmod 777 rodry && chmod 644 rodry/*.csv && if [ "$(id -u)" = 0 ]; then chown 65534 rodry/e.db.key; set -- setpriv --reuid=65534 --regid=65534 --clear-groups; fi; sha1sum rodry/e.db > rodry.sum; "$@" ehtrack --db rodry/e.db import consults rodry/consults.csv rodry/consults-overlap.csv --dry-run; echo "exit $?"; sha1sum -c rodry.sum; ehtrack --db rodry/e.db imports --format csv | wc -l
> FILE                        KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> rodry/consults.csv          consults  canonical    10         0          10        0         0
> rodry/consults-overlap.csv  consults  canonical     5         2           3        0         0
> exit 0
> rodry/e.db: OK
> 2
! ehtrack: rodry/e.db: this user may only read it: the dry run works on a private copy
! ehtrack: dry run: nothing was written
# The same database of the schema before (as every database is until its
# owner's first command after an upgrade): the copy is brought up to date,
# where the dry run failed with "attempt to write a readonly database"; a
# command that is no dry run says who can bring it up to date.
$ mkdir rodry10 && cp rodry/consults.csv rodry10/ && cp rodry/e.db.key rodry10/ && cp rodry/e.db rodry10/e.db && chmod 644 rodry10/e.db && sqlite3 rodry10/e.db "ALTER TABLE rejects DROP COLUMN practice_id; DROP TABLE import_practices; ALTER TABLE practices DROP COLUMN source_path; ALTER TABLE imports DROP COLUMN file_path; PRAGMA user_version = 10" && chmod 444 rodry10/e.db && chmod 777 rodry10 && chmod 644 rodry10/consults.csv && if [ "$(id -u)" = 0 ]; then chown 65534 rodry10/e.db.key; set -- setpriv --reuid=65534 --regid=65534 --clear-groups; fi; "$@" ehtrack --db rodry10/e.db import consults rodry10/consults.csv --dry-run; echo "exit $?"; "$@" ehtrack --db rodry10/e.db status > /dev/null; echo "exit $?"; sqlite3 rodry10/e.db "PRAGMA user_version"
> FILE                  KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> rodry10/consults.csv  consults  canonical    10         0          10        0         0
> exit 0
> exit 3
> 10
! ehtrack: rodry10/e.db: this user may only read it: the dry run works on a private copy
! ehtrack: dry run: nothing was written
! ehtrack: rodry10/e.db: the database is of an older ehtrack (schema 10, this one's is 14), and this user may only read it: bringing it up to date needs a user who may write it (its owner runs any command once, 'ehtrack status' say); it is left as it was

# A copy of the portal format, as docs/formats.md section 12 starts one:
# its catch-all ({match: ".*", value: other}) took the portal's own code
# 'portaalvraag' as the channel other, and the dry run was clean (no
# unmapped code, exit 0) while unsafe_share counted those e-consults. The
# dry run names what the catch-all took (from 5 rows on, never a name).
$ sed 's/^format: .*/format: mijn-portaal/' templates/formats/portal-log-messages.yaml > mijn-portaal.yaml && $PYTHON -c "print(''.join(f'2026-03-02 08:{i:02}:00 msg=v{i} patient=P{i} via={\"portaalvraag\" if i < 6 else \"Jansen\" if i == 6 else \"econsult\"}\n' for i in range(8)))" > via.log && ehtrack import messages via.log --as ./mijn-portaal.yaml --practice 01061104 --dry-run > /dev/null
! ehtrack: via.log: note: 7 rows of channel took 'other' from map rule 6 of the format, which takes any value: 'portaalvraag' (6), and 1 row of values not named. If one of them is a code of its own, map it in a rule before that one, or leave the catch-all out to see such values among the unmapped codes
! ehtrack: dry run: nothing was written
# A code of one word (Webformulier) is named as the unmapped codes name
# it: it was kept back as a possible name.
$ $PYTHON -c "print(''.join(f'2026-03-02 09:{i:02}:00 msg=w{i} patient=P{i} via={\"Webformulier\" if i < 5 else \"econsult\"}\\n' for i in range(7)))" > web.log && ehtrack import messages web.log --as ./mijn-portaal.yaml --practice 01061104 --dry-run > /dev/null
! ehtrack: web.log: note: 5 rows of channel took 'other' from map rule 6 of the format, which takes any value: 'Webformulier' (5). If one of them is a code of its own, map it in a rule before that one, or leave the catch-all out to see such values among the unmapped codes
! ehtrack: dry run: nothing was written
