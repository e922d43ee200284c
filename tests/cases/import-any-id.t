# Ids that are not plain integers, in any order: HIS contact numbers
# (C0000001), Asterisk uniqueids (1772438400.3), an integer too large to
# pack. Each record lies in its practice's range of keys (docs/design.md,
# "The database"); the rows go in sorted by key, yet a file's first row of
# an id is the one kept and every count is the file's.
$ ehtrack init > /dev/null && ehtrack plan sync plans/ > /dev/null
# consults-text-ids.csv, ten rows in no order, worked out by hand:
#   01053021: C0000005 f2f 10 min (03-03), C0000001 econsult 5 (03-02),
#             007 phone 4 (03-04), 7 f2f 10 (03-04), C0000003 phone 3
#             (03-02), C0000002 econsult 5 (03-05), and C0000001 again
#             with 7 minutes: a duplicate, the first row kept;
#   01061104: C0000002 econsult 5 (03-02), 1099511627776 econsult 6
#             (03-04), C0000004 video 15 (03-03).
# 9 records: "007" and "7" are two ids, and C0000002 is one in each
# practice. E-consults 4, minutes 10+5+4+10+3+5 + 5+6+15 = 63.
# A dry run first: the counts of the import, nothing stored.
$ ehtrack import consults fixtures/logs/consults-text-ids.csv --dry-run --format csv 2> /dev/null; sqlite3 ehtrack.db "SELECT count(*) FROM consults"
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> fixtures/logs/consults-text-ids.csv,consults,canonical,10,9,1,0,0,
> 0
$ ehtrack import consults fixtures/logs/consults-text-ids.csv
> FILE                                 KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/logs/consults-text-ids.csv  consults  canonical    10         9           1        0         0
! ehtrack: fixtures/logs/consults-text-ids.csv: note: 1 row of this file repeats the id and time of an earlier row with another duration: only the first row of an id counts. An export lists a record once: if these are other records under one number, give the format an id of more columns and import the file again after taking this import back
$ sqlite3 ehtrack.db "SELECT count(*), sum(channel = 'econsult'), sum(minutes) FROM consults; SELECT minutes FROM consults WHERE id = 'C0000001'"
> 9|4|63
> 5
# The day rows: 01053021 has 2 on 03-02 (one e-consult), 1 on 03-03, 2 on
# 03-04, 1 on 03-05; 01061104 one on each of 03-02, 03-03, 03-04.
$ sqlite3 ehtrack.db "SELECT p.agb, d.day, d.n, d.econsult, d.phone, d.f2f, d.video FROM consult_days d JOIN practices p ON p.id = d.practice_id ORDER BY 1, 2"
> 01053021|2026-03-02|2|1|1|0|0
> 01053021|2026-03-03|1|0|0|1|0
> 01053021|2026-03-04|2|0|1|1|0
> 01053021|2026-03-05|1|1|0|0|0
> 01061104|2026-03-02|1|1|0|0|0
> 01061104|2026-03-03|1|0|0|0|1
> 01061104|2026-03-04|1|1|0|0|0
# Only "7" packs (practice << 40 | 7); the other eight lie in their
# practice's hashed range, from 2^62 + practice << 40.
$ sqlite3 ehtrack.db "SELECT count(*) FROM consults WHERE key = (practice_id << 40) + 7 AND id = 7; SELECT count(*) FROM consults WHERE key >= 1 << 62 AND (key - (1 << 62)) >> 40 = practice_id"
> 1
> 8
# The same file again: every row a duplicate, each record noted once as
# carried by import 2 with the figures it holds. The row that repeats
# C0000001 with other figures is still that, not a stored record with
# other figures (the note told to take the first import back).
$ ehtrack import consults fixtures/logs/consults-text-ids.csv --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> fixtures/logs/consults-text-ids.csv,consults,canonical,10,0,10,0,0,
! ehtrack: fixtures/logs/consults-text-ids.csv: note: 1 row of this file repeats the id and time of an earlier row with another duration: only the first row of an id counts. An export lists a record once: if these are other records under one number, give the format an id of more columns and import the file again after taking this import back
$ sqlite3 ehtrack.db "SELECT import_id, same, count(*) FROM consult_carriers GROUP BY 1, 2"
> 2|1|9
# Taken back, the first import leaves every record to the second.
$ ehtrack imports remove 1
> removed import 1 (fixtures/logs/consults-text-ids.csv, consults): 0 records deleted; 9 kept, as another import carried them too
$ sqlite3 ehtrack.db "SELECT count(*), sum(minutes), min(import_id), max(import_id) FROM consults; SELECT sum(n), sum(econsult) FROM consult_days"
> 9|63|2|2
> 9|4
#
# Messages: EC-17 arrives open and, later in the same file, answered: one
# record, a duplicate that brings the answer.
$ ehtrack import messages fixtures/logs/messages-text-ids.csv --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> fixtures/logs/messages-text-ids.csv,messages,canonical,4,3,1,0,0,
! ehtrack: fixtures/logs/messages-text-ids.csv: 1 message now answered
$ sqlite3 ehtrack.db "SELECT id, datetime(answered, 'unixepoch') FROM messages ORDER BY id; SELECT id, updated FROM imports WHERE kind = 'messages'"
> EC-03|2026-03-02 15:00:00
> EC-09|
> EC-17|2026-03-04 08:00:00
> 3|1
#
# Calls with Asterisk uniqueids (epoch seconds, a dot, a counter), in no
# order. "1772438400.3" and "1772438400.30" are two calls; the second
# "1772438400.3" is a duplicate. 01053021 on 03-02: inbound 3 (answered
# 2, abandoned 1), outbound 1, inbound wait 30+45+20 = 95 s, answered
# wait 30+20 = 50 s, talk 120+60+200 = 380 s; 01061104 on 03-03: one
# inbound call to voicemail after 10 s.
$ ehtrack import calls fixtures/logs/calls-uniqueids.csv --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> fixtures/logs/calls-uniqueids.csv,calls,canonical,6,5,1,0,0,
$ sqlite3 ehtrack.db "SELECT p.agb, d.day, d.inbound, d.answered, d.abandoned, d.voicemail, d.outbound, d.inbound_wait_s, d.answered_wait_s, d.talk_s FROM call_days d JOIN practices p ON p.id = d.practice_id ORDER BY 1, 2"
> 01053021|2026-03-02|3|2|1|0|1|95|50|380
> 01061104|2026-03-03|1|0|0|1|0|10|0|0
# Abandoned: 1 of 3 inbound calls; the mean wait of answered calls 50 / 2.
$ ehtrack metrics --practice 01053021 --metric abandoned_rate,avg_wait_s --period all --format csv
> group,period,metric,value,numerator,denominator,partial
> 01053021,all,abandoned_rate,0.3333333333333333,1,3,false
> 01053021,all,avg_wait_s,25,50,2,false
#
# Plain integer ids below those 01053021 has, as a corrected export brings
# them: 5 and 3 are new records on their packed keys; the second 5 is a
# duplicate (the first row of an id is kept: 1 minute, not 9), named as
# the file's repeated id; 7 is the record of consults-text-ids.csv (f2f,
# 10 minutes), a duplicate, named as a stored record's id.
$ printf 'id,practice,start,patient,channel,role,minutes,reason\n5,01053021,2026-03-06 09:00,P1,phone,gp,1,\n3,01053021,2026-03-06 10:00,P2,phone,gp,2,\n5,01053021,2026-03-06 11:00,P3,f2f,gp,9,\n7,01053021,2026-03-04 09:00,P4,phone,gp,4,\n' > low-ids.csv
$ ehtrack import consults low-ids.csv --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> low-ids.csv,consults,canonical,4,2,2,0,0,
! ehtrack: low-ids.csv: note: 1 row of this file has the id of a record stored with another start time: it was not taken (a record keeps its first import's figures). An export that corrects an earlier one keeps its times; if this file is another source numbering in the same range (a second location, another system), give the format an id of more columns (id: {columns: [Locatie, Contactnummer]}), or import it per practice, after taking this import back ('ehtrack imports remove 5')
! ehtrack: low-ids.csv: note: 1 row of this file repeats the id of an earlier row with another start time: only the first row of an id counts. An export lists a record once: if these are other records under one number, give the format an id of more columns and import the file again after taking this import back
$ sqlite3 ehtrack.db "SELECT id, minutes, key = (practice_id << 40) + id FROM consults WHERE id IN (3, 5, 7) ORDER BY id"
> 3|2|1
> 5|1|1
> 7|10|1
