# A database of schema 6 keeps working. Schema 6 put a record whose id is
# not a plain integer anywhere from 2^62 on; the first command that opens
# it moves each to its practice's range (migration 7), with what imports
# carried it and the legs of its call, and every figure, re-import and
# import taken back comes out as before.
$ ehtrack init > /dev/null && ehtrack plan sync plans/ > /dev/null
$ ehtrack import calls fixtures/formats/samples/asterisk-Master.csv --as asterisk-cdr-calls --practice 01061239 > /dev/null
$ ehtrack import consults fixtures/formats/samples/his-journaal-1252.csv fixtures/formats/samples/his-journaal-1252.csv --as his-nl-journal-consults --practice 01053365 > /dev/null
$ ehtrack import consults fixtures/logs/consults-text-ids.csv > /dev/null
! ehtrack: fixtures/logs/consults-text-ids.csv: note: 1 row of this file repeats the id and time of an earlier row with another duration: only the first row of an id counts. An export lists a record once: if these are other records under one number, give the format an id of more columns and import the file again after taking this import back
$ ehtrack import messages fixtures/logs/messages-text-ids.csv > /dev/null 2>&1
$ ehtrack import calls fixtures/logs/calls-uniqueids.csv > /dev/null
$ ehtrack import survey fixtures/logs/survey.csv > /dev/null 2>&1 || echo "1 row rejected"
> 1 row rejected
$ ehtrack metrics --by practice --period month --format csv > before.csv 2>&1; ehtrack goals --format csv > goals-before.csv 2>&1
# 1,713 rows of the Asterisk file make 1,572 distinct legs of 916 calls.
$ sqlite3 ehtrack.db "SELECT count(*) FROM call_legs; SELECT count(DISTINCT call_key) FROM call_legs"
> 1572
> 916
# Schema 11 keeps which practices each import carried, and over which
# days (the workbook's imports); a database of schema 10 gets them from its
# records and their carriers, as the importer keeps them.
$ sqlite3 -cmd ".mode quote" ehtrack.db "SELECT * FROM import_practices ORDER BY 1, 2" > carried.txt; cp ehtrack.db s10.db; cp ehtrack.db.key s10.db.key; sqlite3 s10.db "ALTER TABLE rejects DROP COLUMN practice_id; DROP TABLE import_practices; ALTER TABLE practices DROP COLUMN source_path; ALTER TABLE imports DROP COLUMN file_path; PRAGMA user_version = 10"; ehtrack --db s10.db imports > /dev/null; sqlite3 -cmd ".mode quote" s10.db "SELECT * FROM import_practices ORDER BY 1, 2" | diff carried.txt - && cat carried.txt
> 1,8,'2026-03-23','2026-04-03'
> 2,4,'2026-03-16','2026-03-27'
> 3,4,'2026-03-16','2026-03-27'
> 4,1,'2026-03-02','2026-03-05'
> 4,7,'2026-03-02','2026-03-04'
> 5,1,'2026-03-02','2026-03-03'
> 5,7,'2026-03-02','2026-03-02'
> 6,1,'2026-03-02','2026-03-02'
> 6,7,'2026-03-03','2026-03-03'
> 7,1,'2026-03-15','2026-06-15'
> 7,7,'2026-03-15','2026-03-15'
# Set back to schema 6 (fixtures/keys/schema6.sql): the records of hashed
# ids now lie outside their practice's range, as schema 6 left them.
$ sqlite3 ehtrack.db < fixtures/keys/schema6.sql
$ sqlite3 ehtrack.db "PRAGMA user_version; SELECT count(*) FROM consults WHERE key >= 1 << 62 AND (key - (1 << 62)) >> 40 <> practice_id; SELECT count(*) FROM calls WHERE key >= 1 << 62 AND (key - (1 << 62)) >> 40 <> practice_id"
> 6
> 1027
> 921
# consults: 1,019 journal contacts and 8 hashed ids of consults-text-ids;
# calls: 916 Asterisk calls and 5 uniqueids. The first command migrates,
# and its figures are the same.
$ ehtrack metrics --by practice --period month --format csv > after.csv 2>&1; cmp before.csv after.csv && echo same
> same
$ ehtrack goals --format csv > goals-after.csv 2>&1; cmp goals-before.csv goals-after.csv && echo same
> same
$ sqlite3 ehtrack.db "PRAGMA user_version; SELECT count(*) FROM consults WHERE key >= 1 << 62 AND (key - (1 << 62)) >> 40 <> practice_id; SELECT count(*) FROM calls WHERE key >= 1 << 62 AND (key - (1 << 62)) >> 40 <> practice_id; SELECT count(*) FROM consult_carriers x LEFT JOIN consults c ON c.key = x.key WHERE c.key IS NULL; SELECT count(*) FROM call_legs l LEFT JOIN calls c ON c.key = l.call_key WHERE c.key IS NULL; SELECT count(*) FROM call_leg_imports i LEFT JOIN call_legs l ON l.key = i.leg_key WHERE l.key IS NULL"
> 14
> 0
> 0
> 0
> 0
> 0
# Every record is found where it now lies: the same files again are all
# duplicates, the legs of every call known.
$ ehtrack import calls fixtures/formats/samples/asterisk-Master.csv --as asterisk-cdr-calls --practice 01061239 --format csv | cut -d, -f4-8
> read,inserted,duplicates,skipped,rejected
> 1773,0,916,60,0
$ ehtrack import consults fixtures/logs/consults-text-ids.csv --format csv | cut -d, -f4-8
> read,inserted,duplicates,skipped,rejected
> 10,0,10,0,0
! ehtrack: fixtures/logs/consults-text-ids.csv: note: 1 row of this file repeats the id and time of an earlier row with another duration: only the first row of an id counts. An export lists a record once: if these are other records under one number, give the format an id of more columns and import the file again after taking this import back
$ ehtrack import consults fixtures/formats/samples/his-journaal-1252.csv --as his-nl-journal-consults --practice 01053365 --format csv | cut -d, -f4-8
> read,inserted,duplicates,skipped,rejected
> 1549,0,1019,530,0
$ ehtrack import calls fixtures/logs/calls-uniqueids.csv --format csv | cut -d, -f4-8
> read,inserted,duplicates,skipped,rejected
> 6,0,6,0,0
$ sqlite3 ehtrack.db "SELECT count(*) FROM call_legs; SELECT count(DISTINCT call_key) FROM call_legs; SELECT count(*) FROM calls"
> 1572
> 916
> 921
# Taken back: the first import of the journal, then the first of the
# Asterisk file, leave every record to the imports that carried it again.
$ ehtrack imports remove 2; ehtrack imports remove 1
> removed import 2 (fixtures/formats/samples/his-journaal-1252.csv, consults): 0 records deleted; 1019 kept, as another import carried them too
> removed import 1 (fixtures/formats/samples/asterisk-Master.csv, calls): 0 records deleted; 916 kept, as another import carried them too
$ ehtrack metrics --by practice --period month --format csv > removed.csv 2>&1; cmp before.csv removed.csv && echo same
> same
