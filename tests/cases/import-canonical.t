# Importing the canonical layouts: counts, duplicates, rejects, strict,
# BOM/CRLF/quoting, answered-later messages, and no patient number at rest.
$ ehtrack init
> database ehtrack.db (schema 14)
> key      ehtrack.db.key (new: keep it secret and back it up with the database)
$ ehtrack plan sync plans/ --format json > /dev/null
$ ehtrack import consults fixtures/logs/consults.csv
> FILE                        KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/logs/consults.csv  consults  canonical    10        10           0        0         0
$ ehtrack import consults fixtures/logs/consults.csv --format json
> [
>   {"file": "fixtures/logs/consults.csv", "kind": "consults", "format": "canonical", "read": 10, "inserted": 0, "duplicates": 10, "skipped": 0, "rejected": 0, "unmapped": [], "unmapped_not_shown": 0}
> ]
# An overlapping later export: three rows known, two new.
$ ehtrack import consults fixtures/logs/consults-overlap.csv --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> fixtures/logs/consults-overlap.csv,consults,canonical,5,2,3,0,0,
$ sqlite3 ehtrack.db "SELECT count(*), sum(channel = 'econsult') FROM consults; SELECT sum(n) FROM consult_days"
> 12|4
> 12
# Local times as given; explicit offsets converted to Amsterdam time; the
# night of the switch to summer time kept on the wall clock.
$ sqlite3 ehtrack.db "SELECT id, datetime(start, 'unixepoch') FROM consults WHERE id IN (1006, 1007, 2001, 2002) ORDER BY id"
> 1006|2026-03-29 01:30:00
> 1007|2026-03-29 03:30:00
> 2001|2026-03-02 08:00:00
> 2002|2026-03-02 08:30:00
# BOM, CRLF, quoted separators, quotes and line breaks, blank trailing lines.
$ ehtrack import consults fixtures/logs/consults-bom-crlf.csv
> FILE                                 KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/logs/consults-bom-crlf.csv  consults  canonical     4         4           0        0         0
$ sqlite3 ehtrack.db "SELECT id, minutes, channel FROM consults WHERE id BETWEEN 3001 AND 3004 ORDER BY id"
> 3001|5|econsult
> 3002|10|f2f
> 3003|4|phone
> 3004|5|econsult
# Every kind of bad row is rejected with its line and column; the rest lands.
$ ehtrack import consults fixtures/logs/consults-bad.csv
> FILE                            KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/logs/consults-bad.csv  consults  canonical    13         1           0        0        12
> unmapped codes in fixtures/logs/consults-bad.csv: 3 rows not shown
! ehtrack: fixtures/logs/consults-bad.csv: 12 rows rejected; see 'ehtrack rejects 5'
? 1
$ ehtrack rejects 5
> IMPORT  FILE                            LINE  COLUMN  FIELD     REASON
>      5  fixtures/logs/consults-bad.csv     3       5  channel   channel: not one of f2f | phone | econsult | video | visit
>      5  fixtures/logs/consults-bad.csv     4       3  start     start: no day of the calendar: that month has 28 days
>      5  fixtures/logs/consults-bad.csv     5       2  practice  practice: not in the register (run 'ehtrack plan sync' with it)
>      5  fixtures/logs/consults-bad.csv     6       2  practice  practice: not an AGB code of 8 digits
>      5  fixtures/logs/consults-bad.csv     7       4  patient   patient: empty
>      5  fixtures/logs/consults-bad.csv     8       6  role      role: not one of gp | assistant | poh | other
>      5  fixtures/logs/consults-bad.csv     9       7  minutes   minutes: outside 0..1440
>      5  fixtures/logs/consults-bad.csv    10       7  minutes   minutes: not a whole number
>      5  fixtures/logs/consults-bad.csv    11       8  reason    reason: not one of result | medication | followup | other
>      5  fixtures/logs/consults-bad.csv    12       -  -         6 fields, the header has 8
>      5  fixtures/logs/consults-bad.csv    13       3  start     start: empty (a time YYYY-MM-DD HH:MM is required)
>      5  fixtures/logs/consults-bad.csv    14       -  -         not valid UTF-8 text (is the file in another encoding?)
> unmapped codes of import 5: 3 rows not shown
$ ehtrack rejects 5 --format json
> [
>   {"import": 5, "file": "fixtures/logs/consults-bad.csv", "line": 3, "column": 5, "field": "channel", "reason": "channel: not one of f2f | phone | econsult | video | visit"},
>   {"import": 5, "file": "fixtures/logs/consults-bad.csv", "line": 4, "column": 3, "field": "start", "reason": "start: no day of the calendar: that month has 28 days"},
>   {"import": 5, "file": "fixtures/logs/consults-bad.csv", "line": 5, "column": 2, "field": "practice", "reason": "practice: not in the register (run 'ehtrack plan sync' with it)"},
>   {"import": 5, "file": "fixtures/logs/consults-bad.csv", "line": 6, "column": 2, "field": "practice", "reason": "practice: not an AGB code of 8 digits"},
>   {"import": 5, "file": "fixtures/logs/consults-bad.csv", "line": 7, "column": 4, "field": "patient", "reason": "patient: empty"},
>   {"import": 5, "file": "fixtures/logs/consults-bad.csv", "line": 8, "column": 6, "field": "role", "reason": "role: not one of gp | assistant | poh | other"},
>   {"import": 5, "file": "fixtures/logs/consults-bad.csv", "line": 9, "column": 7, "field": "minutes", "reason": "minutes: outside 0..1440"},
>   {"import": 5, "file": "fixtures/logs/consults-bad.csv", "line": 10, "column": 7, "field": "minutes", "reason": "minutes: not a whole number"},
>   {"import": 5, "file": "fixtures/logs/consults-bad.csv", "line": 11, "column": 8, "field": "reason", "reason": "reason: not one of result | medication | followup | other"},
>   {"import": 5, "file": "fixtures/logs/consults-bad.csv", "line": 12, "column": null, "field": null, "reason": "6 fields, the header has 8"},
>   {"import": 5, "file": "fixtures/logs/consults-bad.csv", "line": 13, "column": 3, "field": "start", "reason": "start: empty (a time YYYY-MM-DD HH:MM is required)"},
>   {"import": 5, "file": "fixtures/logs/consults-bad.csv", "line": 14, "column": null, "field": null, "reason": "not valid UTF-8 text (is the file in another encoding?)"}
> ]
# --strict: a file with any rejected row lands nothing.
$ ehtrack import consults fixtures/logs/consults-bad.csv --strict --format json
> [
>   {"file": "fixtures/logs/consults-bad.csv", "kind": "consults", "format": "canonical", "read": 13, "inserted": 0, "duplicates": 0, "skipped": 0, "rejected": 12, "unmapped": [], "unmapped_not_shown": 3}
> ]
! ehtrack: fixtures/logs/consults-bad.csv: 12 rows rejected and nothing imported (--strict); see 'ehtrack rejects 6'
? 1
$ ehtrack imports
> ID  FILE                                 FORMAT     KIND      TIME                 READ  INSERTED  DUPLICATES  SKIPPED  REJECTED  OUTCOME
>  1  fixtures/logs/consults.csv           canonical  consults  2026-11-23T12:00:00    10        10           0        0         0  imported
>  2  fixtures/logs/consults.csv           canonical  consults  2026-11-23T12:00:00    10         0          10        0         0  imported
>  3  fixtures/logs/consults-overlap.csv   canonical  consults  2026-11-23T12:00:00     5         2           3        0         0  imported
>  4  fixtures/logs/consults-bom-crlf.csv  canonical  consults  2026-11-23T12:00:00     4         4           0        0         0  imported
>  5  fixtures/logs/consults-bad.csv       canonical  consults  2026-11-23T12:00:00    13         1           0        0        12  imported
>  6  fixtures/logs/consults-bad.csv       canonical  consults  2026-11-23T12:00:00    13         0           0        0        12  refused
> unmapped codes of import 5: 3 rows not shown
> unmapped codes of import 6: 3 rows not shown
# A file without a practice column needs --practice.
$ ehtrack import consults fixtures/logs/consults-nopractice.csv
! ehtrack: fixtures/logs/consults-nopractice.csv: the file has no practice column; say which practice it is with --practice AGB
? 2
$ ehtrack import consults fixtures/logs/consults-nopractice.csv --practice 01072018
> FILE                                   KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/logs/consults-nopractice.csv  consults  canonical     2         2           0        0         0
$ ehtrack import consults fixtures/logs/consults-nopractice.csv --practice 99999999
! ehtrack: --practice: no practice '99999999' in the database; known: 01053021 Huisartsenpraktijk De Esch, 01053147 Huisartsen Ootmarsum, 01053288 Huisartsenpraktijk Het Lutterzand, 01053365 Huisartsengroep Denekamp, 01053412 Huisartsenpraktijk Tubbergen Centrum, 01053590 Huisartsenpraktijk Het Stift, 01061104 Gezondheidscentrum Hengelo-Noord, 01061239 Huisartsen 't Wooldrik, 01061376 Huisartsenpraktijk De Veldmaat, 01061452 Huisartsenpraktijk Het Gooreind, 01061587 Huisartsenpraktijk Delden Oost, 01072018 Huisartsenpraktijk De Miste, 01072143 Huisartsen aan de Slinge, 01072296 Huisartsenpraktijk Het Hooge Veld, 01072371 Huisartsencentrum De Huet, 01072455 Huisartsenpraktijk Aan de Berkel (a practice new to the register is recorded with 'ehtrack plan sync' first)
? 2
# Messages: an answer before the question is rejected; a message open in
# one export and answered in the next gets its answer, counted once.
$ ehtrack import messages fixtures/logs/messages.csv
> FILE                        KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/logs/messages.csv  messages  canonical     5         4           0        0         1
! ehtrack: fixtures/logs/messages.csv: 1 row rejected; see 'ehtrack rejects 8'
? 1
$ ehtrack import messages fixtures/logs/messages-later.csv --format json
> [
>   {"file": "fixtures/logs/messages-later.csv", "kind": "messages", "format": "canonical", "read": 3, "inserted": 1, "duplicates": 2, "skipped": 0, "rejected": 0, "unmapped": [], "unmapped_not_shown": 0}
> ]
! ehtrack: fixtures/logs/messages-later.csv: 2 messages now answered
$ sqlite3 ehtrack.db "SELECT CASE WHEN id LIKE '#%' THEN '(field hash)' ELSE id END, datetime(received, 'unixepoch'), datetime(answered, 'unixepoch'), channel FROM messages ORDER BY received"
> m1|2026-03-02 08:00:00|2026-03-02 15:00:00|econsult
> m2|2026-03-02 09:00:00|2026-03-04 09:30:00|econsult
> m3|2026-03-02 10:00:00|2026-03-03 11:00:00|email
> (field hash)|2026-03-02 11:00:00|2026-03-02 13:00:00|whatsapp
> m6|2026-03-05 08:00:00||sms
$ ehtrack import calls fixtures/logs/calls.csv
> FILE                     KIND   FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/logs/calls.csv  calls  canonical     5         4           0        0         1
! ehtrack: fixtures/logs/calls.csv: 1 row rejected; see 'ehtrack rejects 10'
? 1
$ ehtrack import calls fixtures/logs/calls-answered-only.csv
> FILE                                   KIND   FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/logs/calls-answered-only.csv  calls  canonical     2         2           0        0         0
! ehtrack: fixtures/logs/calls-answered-only.csv: note: no abandoned inbound calls in this file: if the phone system does not log missed calls (as Asterisk with unanswered = no in cdr.conf), abandoned_rate and calls_per_day count too low
# An export overlapping the one before: its abandoned call is stored
# already, its one new call was answered. It holds an abandoned call, so
# the phone system logs them: no note (it said there were none).
$ ehtrack --db overlap.db init > /dev/null && ehtrack --db overlap.db plan sync plans/ > /dev/null && head -n 3 fixtures/logs/calls.csv > first.csv && { cat first.csv; echo 'c9,01053021,2026-03-03T08:00:00,in,20,100,answered'; } > overlap.csv && ehtrack --db overlap.db import calls first.csv --format csv && ehtrack --db overlap.db import calls overlap.csv --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> first.csv,calls,canonical,2,2,0,0,0,
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> overlap.csv,calls,canonical,3,1,2,0,0,
$ sqlite3 ehtrack.db "SELECT day, inbound, answered, abandoned, voicemail, callback, outbound, inbound_wait_s, answered_wait_s, talk_s FROM call_days ORDER BY practice_id"
> 2026-03-02|3|1|1|1|0|1|335|65|420
> 2026-03-02|2|2|0|0|0|0|150|150|180
$ ehtrack import survey fixtures/logs/survey.csv
> FILE                      KIND    FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/logs/survey.csv  survey  canonical     4         3           0        0         1
! ehtrack: fixtures/logs/survey.csv: 1 row rejected; see 'ehtrack rejects 12'
? 1
$ ehtrack import registrations fixtures/logs/registrations.csv
> FILE                             KIND           FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/logs/registrations.csv  registrations  canonical     4         3           0        0         1
! ehtrack: fixtures/logs/registrations.csv: 1 row rejected; see 'ehtrack rejects 13'
? 1
$ ehtrack rejects --format csv
> import,file,line,column,field,reason
> 5,fixtures/logs/consults-bad.csv,3,5,channel,channel: not one of f2f | phone | econsult | video | visit
> 5,fixtures/logs/consults-bad.csv,4,3,start,start: no day of the calendar: that month has 28 days
> 5,fixtures/logs/consults-bad.csv,5,2,practice,practice: not in the register (run 'ehtrack plan sync' with it)
> 5,fixtures/logs/consults-bad.csv,6,2,practice,practice: not an AGB code of 8 digits
> 5,fixtures/logs/consults-bad.csv,7,4,patient,patient: empty
> 5,fixtures/logs/consults-bad.csv,8,6,role,role: not one of gp | assistant | poh | other
> 5,fixtures/logs/consults-bad.csv,9,7,minutes,minutes: outside 0..1440
> 5,fixtures/logs/consults-bad.csv,10,7,minutes,minutes: not a whole number
> 5,fixtures/logs/consults-bad.csv,11,8,reason,reason: not one of result | medication | followup | other
> 5,fixtures/logs/consults-bad.csv,12,,,"6 fields, the header has 8"
> 5,fixtures/logs/consults-bad.csv,13,3,start,start: empty (a time YYYY-MM-DD HH:MM is required)
> 5,fixtures/logs/consults-bad.csv,14,,,not valid UTF-8 text (is the file in another encoding?)
> 6,fixtures/logs/consults-bad.csv,3,5,channel,channel: not one of f2f | phone | econsult | video | visit
> 6,fixtures/logs/consults-bad.csv,4,3,start,start: no day of the calendar: that month has 28 days
> 6,fixtures/logs/consults-bad.csv,5,2,practice,practice: not in the register (run 'ehtrack plan sync' with it)
> 6,fixtures/logs/consults-bad.csv,6,2,practice,practice: not an AGB code of 8 digits
> 6,fixtures/logs/consults-bad.csv,7,4,patient,patient: empty
> 6,fixtures/logs/consults-bad.csv,8,6,role,role: not one of gp | assistant | poh | other
> 6,fixtures/logs/consults-bad.csv,9,7,minutes,minutes: outside 0..1440
> 6,fixtures/logs/consults-bad.csv,10,7,minutes,minutes: not a whole number
> 6,fixtures/logs/consults-bad.csv,11,8,reason,reason: not one of result | medication | followup | other
> 6,fixtures/logs/consults-bad.csv,12,,,"6 fields, the header has 8"
> 6,fixtures/logs/consults-bad.csv,13,3,start,start: empty (a time YYYY-MM-DD HH:MM is required)
> 6,fixtures/logs/consults-bad.csv,14,,,not valid UTF-8 text (is the file in another encoding?)
> 8,fixtures/logs/messages.csv,6,4,answered,answered: before received
> 10,fixtures/logs/calls.csv,6,5,wait_s,wait_s: outside 0..86400
> 12,fixtures/logs/survey.csv,4,4,aware,aware: more than respondents
> 13,fixtures/logs/registrations.csv,4,3,accounts,accounts: outside 0..10000000
# Usage errors.
$ ehtrack import visits fixtures/logs/consults.csv
! ehtrack: import: 'visits' is not a kind of log (consults, messages, calls, survey, registrations)
! usage: ehtrack import KIND FILE... [--as FORMAT] [--practice AGB] [--strict] [--dry-run]
? 2
$ ehtrack import consults
! ehtrack: import: name at least one file to import
! usage: ehtrack import KIND FILE... [--as FORMAT] [--practice AGB] [--strict] [--dry-run]
? 2
$ ehtrack import consults no-such-file.csv
! ehtrack: no-such-file.csv: cannot open: No such file or directory
? 3
$ ehtrack import calls fixtures/logs/consults.csv
! ehtrack: fixtures/logs/consults.csv:1: the header does not match the calls layout: column 4 of 8 is not one of id,practice,start,direction,wait_s,talk_s,outcome; for another layout use --as FORMAT
? 1
# No patient number of any fixture is in the database or its log.
$ sqlite3 ehtrack.db "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null; cat ehtrack.db* | grep -a -c -E 'P9[0-9]{6}'
> 0
? 1
$ ehtrack rejects | grep -c -E 'P9[0-9]{6}'
> 0
? 1

# A time or date of a year outside 1900..2200 (0001-01-01 and 9999-12-31
# stand for "no date" in some exports) is rejected as such, not as a value
# of the wrong layout.
$ printf 'id,practice,start,patient,channel,role,minutes,reason\ny1,01053021,9999-12-31T00:00,P9100001,f2f,gp,,\ny2,01053021,0001-01-01 00:00,P9100001,f2f,gp,,\ny3,01053021,2026-13-01T00:00,P9100001,f2f,gp,,\n' > years.csv
$ printf 'practice,date,respondents,aware\n01053021,9999-12-31,10,2\n' > years-survey.csv
$ ehtrack import consults years.csv > /dev/null 2>&1; ehtrack import survey years-survey.csv > /dev/null 2>&1; ehtrack rejects --format csv | grep years
> 14,years.csv,2,3,start,start: a year outside 1900..2200
> 14,years.csv,3,3,start,start: a year outside 1900..2200
> 14,years.csv,4,3,start,start: not a time YYYY-MM-DD HH:MM[:SS]
> 15,years-survey.csv,2,2,date,date: a year outside 1900..2200
# A time or date before 2000 is in no log of these: a shifted column's, a
# date of birth most likely (17-08-1961 was imported as a consult of that
# day, and a figure drawn for 1961). The reason never repeats the value.
# 1 January 1900 is a spreadsheet's empty date cell, and said so.
$ printf 'id,practice,start,patient,channel,role,minutes,reason\nb1,01053021,1961-08-17T00:00,P9100001,f2f,gp,,\nb2,01053021,1999-12-31T23:59,P9100001,f2f,gp,,\nb3,01053021,2000-01-01T00:00,P9100001,f2f,gp,,\nb4,01053021,1900-01-01T00:00,P9100001,f2f,gp,,\n' > born.csv && printf 'practice,date,respondents,aware\n01053021,1961-08-17,10,2\n' > born-survey.csv
$ ehtrack import consults born.csv > /dev/null 2>&1; ehtrack import survey born-survey.csv > /dev/null 2>&1; ehtrack rejects --format csv | grep born
> 16,born.csv,2,3,start,start: before 2000 (no log of these holds one: a date of birth in this column?)
> 16,born.csv,3,3,start,start: before 2000 (no log of these holds one: a date of birth in this column?)
> 16,born.csv,5,3,start,"start: 1 January 1900, what a spreadsheet writes for an empty date cell: the value is missing"
> 17,born-survey.csv,2,2,date,date: before 2000 (no log of these holds one: a date of birth in this column?)
$ printf 'Contactnummer;Datum;Tijd;Patiëntnummer;Contactsoort;Medewerker;Functie;Duur;Reden\n204522;17-08-1961;08:10;"P9951001";"Consult";"Brink";"Huisarts";10;""\n' > born-his.csv && ehtrack import consults born-his.csv --as his-nl-consults --practice 01053021 --format csv 2> /dev/null | cut -d, -f4-; ehtrack rejects 18 --format csv | cut -d, -f3-
> read,inserted,duplicates,skipped,rejected,unmapped
> 1,0,0,0,1,
> line,column,field,reason
> 2,2,start,start: before 2000 (no log of these holds one: a date of birth in this column?)
# A canonical file saved from Excel: the empty columns right of the data
# that were ever touched come out as header cells without a name and ",,"
# on every row. They are no column of the layout (the file was refused
# whole); a value under one is the row's problem, never dropped unseen,
# and its column is given (it was empty).
$ ehtrack --db excel.db init > /dev/null && ehtrack --db excel.db plan sync plans/ > /dev/null
$ printf '\357\273\277practice,date,respondents,aware,,\r\n01053021,2026-03-10,100,40,,\r\n01053021,2026-03-11,50,20,,ja\r\n01053021,2026-03-12,30,10\r\n' > excel-survey.csv
$ ehtrack --db excel.db import survey excel-survey.csv --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> excel-survey.csv,survey,canonical,3,2,0,0,1,
! ehtrack: excel-survey.csv: 1 row rejected; see 'ehtrack rejects 1'
? 1
$ ehtrack --db excel.db rejects 1 --format csv
> import,file,line,column,field,reason
> 1,excel-survey.csv,3,6,,"a value in column 6, which has no name in the header"
$ ehtrack --db excel.db metrics --practice 01053021 --metric awareness --format csv | tail -1
> 01053021,2026-03,awareness,0.38461538461538464,50,130,true

# A day the month does not have, written right (29 February 2027, 31 April)
# was "not a time YYYY-MM-DD HH:MM[:SS]", which it is written as; the
# command line said "no day of the calendar". Rows say so too.
$ printf 'id,practice,start,direction,wait_s,talk_s,outcome\nd1,01053021,2027-02-29T10:00,in,1,1,answered\nd2,01053021,2026-04-31T10:00,in,1,1,answered\nd3,01053021,2026-04-30T10:00,in,1,1,answered\n' > days.csv && printf 'practice,date,respondents,aware\n01053021,2027-02-29,10,4\n' > days-survey.csv && ehtrack --db days.db init > /dev/null && ehtrack --db days.db plan sync plans/ > /dev/null && ehtrack --db days.db import calls days.csv > /dev/null 2>&1; ehtrack --db days.db import survey days-survey.csv > /dev/null 2>&1; ehtrack --db days.db rejects --format csv
> import,file,line,column,field,reason
> 1,days.csv,2,3,start,start: no day of the calendar: that month has 28 days
> 1,days.csv,3,3,start,start: no day of the calendar: that month has 30 days
> 2,days-survey.csv,2,2,date,date: no day of the calendar: that month has 28 days

# A delimiter that ends every row (as some exports write it) adds an empty
# field past the header's: let be, where it rejected every row ("5 fields,
# the header has 4"). A filled extra field is still a reject, in its
# column; a row of one field is "1 field" (it said "1 fields").
$ printf 'practice,date,respondents,aware\n01053147,2026-03-02,40,10,\n01053147,2026-03-09,30,9,,\n01053147,2026-03-16,20,5,7\n01053147\n' > trailing.csv && ehtrack --db trailing.db plan sync plans/ > /dev/null && ehtrack --db trailing.db import survey trailing.csv; ehtrack --db trailing.db rejects --format csv
> FILE          KIND    FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> trailing.csv  survey  canonical     4         2           0        0         2
> import,file,line,column,field,reason
> 1,trailing.csv,4,5,,"5 fields, the header has 4"
> 1,trailing.csv,5,,,"1 field, the header has 4"
! ehtrack: trailing.csv: 2 rows rejected; see 'ehtrack rejects 1'
