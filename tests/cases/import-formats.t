# Importing real exports through format files (docs/formats.md): the Dutch
# HIS export (semicolons, Windows-1252, date and time apart), Asterisk's
# Master.csv (no header, UTC, optional columns) and a portal log read by a
# regex; test formats for scale, %z offsets and constants. Counts, re-imports,
# overlapping exports, and the stored values checked in the database.
$ ehtrack init
> database ehtrack.db (schema 14)
> key      ehtrack.db.key (new: keep it secret and back it up with the database)
$ ehtrack plan sync plans/ --format json > /dev/null

# The shipped formats are listed, and all of them load.
$ ehtrack formats --format csv
> name,kind,parser,source,description
> canonical,consults,csv,built-in,the canonical consults layout (docs/formats.md)
> canonical,messages,csv,built-in,the canonical messages layout (docs/formats.md)
> canonical,calls,csv,built-in,the canonical calls layout (docs/formats.md)
> canonical,survey,csv,built-in,the canonical survey layout (docs/formats.md)
> canonical,registrations,csv,built-in,the canonical registrations layout (docs/formats.md)
> 3cx-cdr-calls,calls,csv,templates/formats/3cx-cdr-calls.yaml,"3CX cdr.log, default field list (no header, UTC, HH:MM:SS)"
> asterisk-cdr-calls,calls,csv,templates/formats/asterisk-cdr-calls.yaml,"Asterisk cdr_csv Master.csv (no header, UTC, legs merged)"
> freepbx-cdr-calls,calls,csv,templates/formats/freepbx-cdr-calls.yaml,"FreePBX CDR Reports CSV download (local time, legs merged)"
> his-nl-consults,consults,csv,templates/formats/his-nl-consults.yaml,"Dutch HIS contacts with contact number (semicolon, cp1252)"
> his-nl-journal-consults,consults,csv,templates/formats/his-nl-journal-consults.yaml,"Dutch HIS journal, no contact number; skips notes, requests"
> portal-log-messages,messages,regex,templates/formats/portal-log-messages.yaml,"e-consult/portal log, one message per line (regex)"

# --- Dutch HIS export ------------------------------------------------------
$ ehtrack import consults fixtures/formats/his-consults-1252.csv --as his-nl-consults --practice 01053147
> FILE                                    KIND      FORMAT           READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/his-consults-1252.csv  consults  his-nl-consults    16        16           0        0         0
$ ehtrack import consults fixtures/formats/his-consults-1252.csv --as his-nl-consults --practice 01053147 --format json
> [
>   {"file": "fixtures/formats/his-consults-1252.csv", "kind": "consults", "format": "his-nl-consults", "read": 16, "inserted": 0, "duplicates": 16, "skipped": 0, "rejected": 0, "unmapped": [], "unmapped_not_shown": 0}
> ]
# A later export overlapping the first: three contacts known, two new.
$ ehtrack import consults fixtures/formats/his-consults-overlap-1252.csv --as his-nl-consults --practice 01053147 --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> fixtures/formats/his-consults-overlap-1252.csv,consults,his-nl-consults,5,2,3,0,0,
# Date and time joined (plus_column) and read with dd-mm-yyyy (time_format,
# with and without seconds); contact types, staff functions and reasons
# mapped; an empty Duur stays NULL, an empty Reden stays NULL.
$ sqlite3 ehtrack.db "SELECT id, datetime(start, 'unixepoch'), channel, role, minutes, reason FROM consults ORDER BY id"
> 104522|2026-03-02 08:10:00|f2f|gp|10|result
> 104523|2026-03-02 08:25:00|econsult|gp|5|medication
> 104524|2026-03-02 08:40:00|phone|assistant|4|
> 104525|2026-03-02 09:00:00|f2f|gp|20|followup
> 104526|2026-03-02 09:30:00|video|poh|30|followup
> 104527|2026-03-02 11:15:00|visit|gp|25|other
> 104528|2026-03-03 08:05:12|econsult|poh|6|medication
> 104529|2026-03-03 10:20:00|video|gp|10|result
> 104530|2026-03-03 10:45:00|phone|assistant|3|medication
> 104531|2026-03-03 13:30:00|f2f|other|15|followup
> 104532|2026-03-04 08:00:00|econsult|poh||other
> 104533|2026-03-04 14:05:30|visit|poh|40|followup
> 104534|2026-06-15 08:30:00|f2f|gp|10|
> 104535|2026-06-15 09:10:00|phone|assistant|5|result
> 104536|2026-06-16 16:45:00|econsult|gp|5|other
> 104537|2026-06-17 10:00:00|f2f|gp|15|other
> 104538|2026-06-18 08:15:00|econsult|gp|5|result
> 104539|2026-06-18 08:45:00|f2f|gp|10|followup
$ sqlite3 ehtrack.db "SELECT p.agb, count(*), count(DISTINCT c.patient) FROM consults c JOIN practices p ON p.id = c.practice_id GROUP BY p.agb"
> 01053147|18|15
# Windows-1252: the header "Patiëntnummer" binds and "Consult – lang"
# (en dash 0x96) maps; read as UTF-8, the same file is refused at its header.
$ sed 's/windows-1252/utf-8/' templates/formats/his-nl-consults.yaml > his-utf8.yaml; ehtrack import consults fixtures/formats/his-consults-1252.csv --as ./his-utf8.yaml --practice 01053147
! ehtrack: fixtures/formats/his-consults-1252.csv:1: the header line: not valid UTF-8 text (is the file in another encoding?)
? 1

# --- Asterisk Master.csv -----------------------------------------------------
$ ehtrack import calls fixtures/formats/asterisk-master.csv --as asterisk-cdr-calls --practice 01061104
> FILE                                  KIND   FORMAT              READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/asterisk-master.csv  calls  asterisk-cdr-calls    15        15           0        0         0
! ehtrack: fixtures/formats/asterisk-master.csv: note: 2 rows (from line 9) without a call id (the format's id column empty, or not a call id): the legs of such a call cannot be joined, so a call that rang several phones counts up to once per phone, and two calls with the same start, outcome, wait and talk time count once (Asterisk cdr.conf, [csv]: loguniqueid = yes)
# UTC to Amsterdam time: +1 in winter, +2 in summer, across the spring switch
# (01:00 UTC) and across midnight; wait_s = duration - billsec; the
# disposition (with lastapp for voicemail) gives the outcome, dcontext the
# direction. Rows without uniqueid get a field-hash identity. A call at 23:30
# UTC belongs to the next day in Amsterdam.
$ sqlite3 ehtrack.db "SELECT CASE WHEN id LIKE '#%' THEN 'hash' ELSE id END, datetime(start, 'unixepoch'), direction, wait_s, talk_s, outcome FROM calls ORDER BY start"
> hash|2026-01-15 00:30:00|in|12|95|answered
> hash|2026-01-15 08:45:00|in|30|0|abandoned
> 1772438283.41|2026-03-02 08:58:03|in|18|264|answered
> 1772438380.42|2026-03-02 08:59:40|in|42|121|answered
> 1772438475.43|2026-03-02 09:01:15|in|30|0|abandoned
> 1772438522.44|2026-03-02 09:02:02|in|3|0|abandoned
> 1772438670.45|2026-03-02 09:04:30|in|25|48|voicemail
> 1772442900.46|2026-03-02 10:15:00|out|9|185|answered
> 1772443210.47|2026-03-02 10:20:10|out|35|0|abandoned
> 1772443860.48|2026-03-02 10:31:00|out|1|0|abandoned
> 1774744200.49|2026-03-29 01:30:00|in|20|300|answered
> 1774747800.50|2026-03-29 03:30:00|in|20|60|answered
> 1781503204.51|2026-06-15 08:00:04|in|15|200|answered
> 1781503290.52|2026-06-15 08:01:30|in|30|0|abandoned
> 1781504400.53|2026-06-15 08:20:00|out|7|140|answered
# The next Master.csv repeats what it had (with and without uniqueid): only the
# two new calls land.
$ ehtrack import calls fixtures/formats/asterisk-master-later.csv --as asterisk-cdr-calls --practice 01061104 --format json
> [
>   {"file": "fixtures/formats/asterisk-master-later.csv", "kind": "calls", "format": "asterisk-cdr-calls", "read": 7, "inserted": 2, "duplicates": 5, "skipped": 0, "rejected": 0, "unmapped": [], "unmapped_not_shown": 0}
> ]
! ehtrack: fixtures/formats/asterisk-master-later.csv: note: 2 rows (from line 1) without a call id (the format's id column empty, or not a call id): the legs of such a call cannot be joined, so a call that rang several phones counts up to once per phone, and two calls with the same start, outcome, wait and talk time count once (Asterisk cdr.conf, [csv]: loguniqueid = yes)
$ ehtrack import calls fixtures/formats/asterisk-master.csv fixtures/formats/asterisk-master-later.csv --as asterisk-cdr-calls --practice 01061104
> FILE                                        KIND   FORMAT              READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/asterisk-master.csv        calls  asterisk-cdr-calls    15         0          15        0         0
> fixtures/formats/asterisk-master-later.csv  calls  asterisk-cdr-calls     7         0           7        0         0
! ehtrack: fixtures/formats/asterisk-master.csv: note: 2 rows (from line 9) without a call id (the format's id column empty, or not a call id): the legs of such a call cannot be joined, so a call that rang several phones counts up to once per phone, and two calls with the same start, outcome, wait and talk time count once (Asterisk cdr.conf, [csv]: loguniqueid = yes)
! ehtrack: fixtures/formats/asterisk-master-later.csv: note: 2 rows (from line 1) without a call id (the format's id column empty, or not a call id): the legs of such a call cannot be joined, so a call that rang several phones counts up to once per phone, and two calls with the same start, outcome, wait and talk time count once (Asterisk cdr.conf, [csv]: loguniqueid = yes)
# cdr.conf unanswered = no: no missed call in the file, and ehtrack says so.
$ ehtrack import calls fixtures/formats/asterisk-answered-only.csv --as asterisk-cdr-calls --practice 01061104
> FILE                                         KIND   FORMAT              READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/asterisk-answered-only.csv  calls  asterisk-cdr-calls     3         3           0        0         0
! ehtrack: fixtures/formats/asterisk-answered-only.csv: note: no abandoned inbound calls in this file: if the phone system does not log missed calls (as Asterisk with unanswered = no in cdr.conf), abandoned_rate and calls_per_day count too low
# Re-saved by a spreadsheet: quotes and seconds gone (the second time_format),
# CRLF line ends; the format given by its path.
$ ehtrack import calls fixtures/formats/asterisk-resaved.csv --as templates/formats/asterisk-cdr-calls.yaml --practice 01061104
> FILE                                   KIND   FORMAT              READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/asterisk-resaved.csv  calls  asterisk-cdr-calls     2         2           0        0         0
$ sqlite3 ehtrack.db "SELECT id, datetime(start, 'unixepoch'), wait_s, talk_s, outcome FROM calls WHERE start >= strftime('%s', '2026-10-01') ORDER BY start"
> 1791184320.91|2026-10-05 09:12:00|18|172|answered
> 1791184800.92|2026-10-05 09:20:00|31|0|abandoned

# --- portal log (regex) ------------------------------------------------------
# UTF-8 with a byte-order mark and CRLF line ends; practice= on every line
# agrees with --practice.
$ ehtrack import messages fixtures/formats/portal-messages.log --as portal-log-messages --practice 01072371
> FILE                                  KIND      FORMAT               READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/portal-messages.log  messages  portal-log-messages    12        12           0        0         0
# A week later: three open messages now answered, one new; the practice
# from the lines.
$ ehtrack import messages fixtures/formats/portal-messages-later.log --as portal-log-messages
> FILE                                        KIND      FORMAT               READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/portal-messages-later.log  messages  portal-log-messages     5         1           4        0         0
! ehtrack: fixtures/formats/portal-messages-later.log: 3 messages now answered
# via mapped ($1 for the canonical names), open messages without an answer,
# an empty patient= stored as NULL.
$ sqlite3 ehtrack.db "SELECT id, datetime(received, 'unixepoch'), datetime(answered, 'unixepoch'), patient IS NULL, channel FROM messages ORDER BY received"
> 88231|2026-03-02 08:14:09|2026-03-02 15:40:02|0|econsult
> 88232|2026-03-02 08:20:47|2026-03-03 09:05:13|0|econsult
> 88233|2026-03-02 09:02:31|2026-03-02 11:30:00|0|email
> 88234|2026-03-02 10:45:00|2026-03-05 10:00:00|0|whatsapp
> 88235|2026-03-02 12:01:59|2026-03-04 08:12:45|0|econsult
> 88236|2026-03-03 07:55:10|2026-03-03 08:30:00|0|sms
> 88237|2026-03-03 13:20:00|2026-03-04 16:20:00|0|econsult
> 88238|2026-03-03 22:48:17|2026-03-04 10:02:00|1|econsult
> 88239|2026-03-04 09:00:00||0|other
> 88240|2026-03-04 09:30:42|2026-03-06 14:00:00|0|email
> 90112|2026-06-22 08:00:05|2026-06-22 16:45:30|0|econsult
> 90113|2026-06-22 08:07:44|2026-06-23 09:15:00|0|econsult
> 90140|2026-06-23 10:10:10||0|econsult

# --- test formats: scale, %z, a practice column, a constant, empty answers ----
# A Windows-1252 calls export: "Beëindigd door beller" maps to abandoned.
$ ehtrack import calls fixtures/formats/cloud-pbx-calls.csv --as fixtures/formats/cloud-pbx-calls.yaml
> FILE                                  KIND   FORMAT           READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/cloud-pbx-calls.csv  calls  cloud-pbx-calls     7         7           0        0         0
$ sqlite3 ehtrack.db "SELECT c.id, p.agb, datetime(c.start, 'unixepoch'), c.direction, c.wait_s, c.talk_s, c.outcome FROM calls c JOIN practices p ON p.id = c.practice_id WHERE c.id LIKE 'c-%' ORDER BY c.id"
> c-7f3a01|01061376|2026-02-10 08:00:12|in|41|210|answered
> c-7f3a02|01061376|2026-02-10 08:02:40|in|95|0|abandoned
> c-7f3a03|01061376|2026-02-10 08:05:00|in|30|45|voicemail
> c-7f3a04|01061376|2026-02-10 08:30:00|out|8|135|answered
> c-7f3a05|01061376|2026-07-01 08:15:00|in|13|0|callback
> c-7f3a06|01061376|2026-07-01 08:20:00|in|0|60|answered
> c-7f3a07|01061239|2026-07-01 08:21:00|in|5|60|answered
$ ehtrack import messages fixtures/formats/econsult-export.csv --as fixtures/formats/econsult-export-messages.yaml --practice 01053288
> FILE                                  KIND      FORMAT                    READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/econsult-export.csv  messages  econsult-export-messages     3         3           0        0         0
$ sqlite3 ehtrack.db "SELECT id, datetime(received, 'unixepoch'), datetime(answered, 'unixepoch'), channel FROM messages WHERE id LIKE 'EC-%' ORDER BY id"
> EC-2026-0412|2026-03-09 07:41:00|2026-03-09 11:02:00|econsult
> EC-2026-0413|2026-03-09 08:15:00||econsult
> EC-2026-0414|2026-03-09 21:30:00|2026-03-10 08:45:00|econsult

$ ehtrack imports
> ID  FILE                                            FORMAT                    KIND      TIME                 READ  INSERTED  DUPLICATES  SKIPPED  REJECTED  OUTCOME
>  1  fixtures/formats/his-consults-1252.csv          his-nl-consults           consults  2026-11-23T12:00:00    16        16           0        0         0  imported
>  2  fixtures/formats/his-consults-1252.csv          his-nl-consults           consults  2026-11-23T12:00:00    16         0          16        0         0  imported
>  3  fixtures/formats/his-consults-overlap-1252.csv  his-nl-consults           consults  2026-11-23T12:00:00     5         2           3        0         0  imported
>  4  fixtures/formats/asterisk-master.csv            asterisk-cdr-calls        calls     2026-11-23T12:00:00    15        15           0        0         0  imported
>  5  fixtures/formats/asterisk-master-later.csv      asterisk-cdr-calls        calls     2026-11-23T12:00:00     7         2           5        0         0  imported
>  6  fixtures/formats/asterisk-master.csv            asterisk-cdr-calls        calls     2026-11-23T12:00:00    15         0          15        0         0  imported
>  7  fixtures/formats/asterisk-master-later.csv      asterisk-cdr-calls        calls     2026-11-23T12:00:00     7         0           7        0         0  imported
>  8  fixtures/formats/asterisk-answered-only.csv     asterisk-cdr-calls        calls     2026-11-23T12:00:00     3         3           0        0         0  imported
>  9  fixtures/formats/asterisk-resaved.csv           asterisk-cdr-calls        calls     2026-11-23T12:00:00     2         2           0        0         0  imported
> 10  fixtures/formats/portal-messages.log            portal-log-messages       messages  2026-11-23T12:00:00    12        12           0        0         0  imported
> 11  fixtures/formats/portal-messages-later.log      portal-log-messages       messages  2026-11-23T12:00:00     5         1           4        0         0  imported
> 12  fixtures/formats/cloud-pbx-calls.csv            cloud-pbx-calls           calls     2026-11-23T12:00:00     7         7           0        0         0  imported
> 13  fixtures/formats/econsult-export.csv            econsult-export-messages  messages  2026-11-23T12:00:00     3         3           0        0         0  imported
> note on import 4: 2 rows (from line 9) without a call id (the format's id column empty, or not a call id): the legs of such a call cannot be joined, so a call that rang several phones counts up to once per phone, and two calls with the same start, outcome, wait and talk time count once (Asterisk cdr.conf, [csv]: loguniqueid = yes)
> note on import 5: 2 rows (from line 1) without a call id (the format's id column empty, or not a call id): the legs of such a call cannot be joined, so a call that rang several phones counts up to once per phone, and two calls with the same start, outcome, wait and talk time count once (Asterisk cdr.conf, [csv]: loguniqueid = yes)
> note on import 6: 2 rows (from line 9) without a call id (the format's id column empty, or not a call id): the legs of such a call cannot be joined, so a call that rang several phones counts up to once per phone, and two calls with the same start, outcome, wait and talk time count once (Asterisk cdr.conf, [csv]: loguniqueid = yes)
> note on import 7: 2 rows (from line 1) without a call id (the format's id column empty, or not a call id): the legs of such a call cannot be joined, so a call that rang several phones counts up to once per phone, and two calls with the same start, outcome, wait and talk time count once (Asterisk cdr.conf, [csv]: loguniqueid = yes)
> note on import 8: no abandoned inbound calls in this file: if the phone system does not log missed calls (as Asterisk with unanswered = no in cdr.conf), abandoned_rate and calls_per_day count too low
> import 11: 3 messages now answered

# No patient number of any sample is in the database, its log or the rejects.
$ sqlite3 ehtrack.db "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null; grep -c P9951001 ehtrack.db
> 0
? 1
$ cat ehtrack.db* | grep -a -c -E 'P99[0-9]{5}'
> 0
? 1

# Two format files that give the same name: the import refuses to guess.
$ mkdir -p dd/templates/formats && cp templates/formats/his-nl-consults.yaml dd/templates/formats/a.yaml && cp templates/formats/his-nl-consults.yaml dd/templates/formats/b.yaml && EHTRACK_DATADIR=dd ehtrack import consults fixtures/formats/his-consults-1252.csv --as his-nl-consults --practice 01053147
! ehtrack: two format files are named 'his-nl-consults': dd/templates/formats/a.yaml and dd/templates/formats/b.yaml; rename one (format: ...)
? 2

# --- 3CX: a queue answers the call itself ---------------------------------------
# In cdr.log a call to a queue has the queue's own answer as time-answered,
# at the start (the queue answers to play its music), whether an agent took
# the call or not. Five inbound calls: 3 answered (two through the queue,
# one direct), one to voicemail, one caller who hung up in the queue after
# 45 s (final-type Queue, time-answered filled: it was counted answered).
# Outbound and internal calls as usual. The agents' answers are in no
# field, so the two queue calls wait 0 s (docs/formats.md, section 11).
$ ehtrack --db q.db init > /dev/null; ehtrack --db q.db plan sync plans/ > /dev/null; ehtrack --db q.db import calls fixtures/formats/3cx-queue-answers.log --as 3cx-cdr-calls --practice 01061104 --format csv | cut -d, -f4-8; ehtrack --db q.db metrics --period all --practice 01061104 --metric abandoned_rate,avg_wait_s --format csv | tail -n +2; sqlite3 q.db "SELECT direction, outcome, count(*) FROM calls GROUP BY 1, 2"
> read,inserted,duplicates,skipped,rejected
> 7,6,0,1,0
> 01061104,all,abandoned_rate,0.2,1,5,false
> 01061104,all,avg_wait_s,3.3333333333333335,10,3,false
> in|abandoned|1
> in|answered|3
> in|voicemail|1
> out|answered|1
# The same cdr.log written with the chain field taken out of 3CX's field
# list (26 fields): every field after it was read one column early, an
# outbound call stored as inbound and the rest skipped as internal calls
# (1 inbound call, exit 0, where the file holds 5). Each row is rejected
# now, naming both counts.
$ ehtrack --db q2.db init > /dev/null; ehtrack --db q2.db plan sync plans/ > /dev/null; ehtrack --db q2.db import calls fixtures/formats/3cx-no-chain.log --as 3cx-cdr-calls --practice 01061104 --format csv 2> /dev/null | cut -d, -f4-8; ehtrack --db q2.db rejects --format csv | sed -n 2p | cut -d, -f3-
> read,inserted,duplicates,skipped,rejected
> 7,0,0,0,7
> 1,,,"26 fields, where every row of this format has 27 (the system's field list set otherwise?)"

# Channels written the way portals and people write them: WhatsApp in any
# case is whatsapp, an unsafe channel (it was "other", so unsafe_share
# counted 2 of these 4 messages, not 3).
$ printf '2026-03-02 08:00:00 msg=w1 patient=P1 via=WhatsApp\n2026-03-02 08:01:00 msg=w2 patient=P2 via=SMS\n2026-03-02 08:02:00 msg=w3 patient=P3 via=E-mail\n2026-03-02 08:04:00 msg=w4 patient=P4 via=econsult\n' > wa.log; ehtrack --db wa.db init > /dev/null; ehtrack --db wa.db plan sync plans/ > /dev/null; ehtrack --db wa.db import messages wa.log --as portal-log-messages --practice 01061104 > /dev/null; ehtrack --db wa.db metrics --practice 01061104 --metric unsafe_share --period all --format csv | tail -1
> 01061104,all,unsafe_share,0.75,3,4,false

# The journal reads "lab" as a result only as a word: an e-consult about
# labyrintitis is no result (it was, and results_via_econsult counted it).
$ printf 'Datum;Tijd;Patiëntnummer;Soort;Medewerker;Functie;Duur;ICPC;Tekst\r\n16-03-2026;08:12;"P1";"E-consult";"A";"Huisarts";5;"H82";"Labyrintitis, draaiduizelig"\r\n16-03-2026;08:20;"P2";"E-consult";"A";"Huisarts";5;"T90";"Lab glucose besproken"\r\n' | iconv -t cp1252 > journaal-lab.csv; ehtrack --db wa.db import consults journaal-lab.csv --as his-nl-journal-consults --practice 01061104 > /dev/null; sqlite3 wa.db "SELECT reason, count(*) FROM consults GROUP BY 1"
> other|1
> result|1

# A line of a regex log past 1 MB: its reason speaks of a line, not of a
# missing closing quote (a regex log has no quoting).
$ $PYTHON -c "open('long.log','w').write('2026-03-02 08:00:00 msg=l1 patient=P1 via=econsult' + ' '*1100000 + '\n2026-03-02 08:01:00 msg=l2 patient=P2 via=econsult\n')"; ehtrack --db wa.db import messages long.log --as portal-log-messages --practice 01061104 --dry-run 2>&1 | grep long.log: 
> ehtrack: long.log:1: line longer than 1 MB
> ehtrack: long.log: 1 row would be rejected

# Two format files of one name (a copy that kept the shipped name, or two
# copies renamed alike): 'formats' names both and exits 1, as 'import --as'
# would refuse the name (it listed both and exited 0).
$ mkdir -p dup && cp -rL templates metrics dup/ && sed 's/^format: portal-log-messages/format: mijn-portaal/' templates/formats/portal-log-messages.yaml > dup/templates/formats/kopie1.yaml && cp dup/templates/formats/kopie1.yaml dup/templates/formats/kopie2.yaml && cp templates/formats/portal-log-messages.yaml dup/templates/formats/mijn-export.yaml && EHTRACK_DATADIR=$PWD/dup ehtrack formats --format csv > /dev/null 2> err; echo "exit $?"; sed "s#$PWD/##g" err
> exit 1
> ehtrack: dup/templates/formats/kopie2.yaml:17:9: format 'mijn-portaal' is also the name in dup/templates/formats/kopie1.yaml: 'import --as mijn-portaal' cannot tell them apart; give one another name (format: ...)
> ehtrack: dup/templates/formats/mijn-export.yaml:17:9: format 'portal-log-messages' is the name of dup/templates/formats/portal-log-messages.yaml, which 'import --as portal-log-messages' reads: this file is never read; give it a name of its own (format: ...)

# A format named as a built-in layout ('canonical', a kind) was listed
# and never read: 'import --as consults' reads the canonical layout.
$ mkdir -p builtin && cp -rL templates metrics builtin/ && sed 's/^format: portal-log-messages/format: messages/' templates/formats/portal-log-messages.yaml > builtin/templates/formats/mijn-berichten.yaml && EHTRACK_DATADIR=$PWD/builtin ehtrack formats --format csv > /dev/null 2> err; echo "exit $?"; sed "s#$PWD/##g" err
> exit 1
> ehtrack: builtin/templates/formats/mijn-berichten.yaml:17:9: format 'messages' is the name of a built-in layout, which 'import --as messages' reads: this file is never read by name; give it a name of its own (format: ...)

# --strict reads the file twice (to check, then to store): the note counts
# the rows without a call id once (it said 4 for these 2).
$ ehtrack --db strict.db init > /dev/null && ehtrack --db strict.db plan sync plans/ > /dev/null && ehtrack --db strict.db import calls fixtures/formats/asterisk-master.csv --as asterisk-cdr-calls --practice 01061104 --strict 2>&1 > /dev/null | grep -o 'note: [0-9]* rows'
> note: 2 rows

# Times a format reads whatever the machine's zone (TZ): strptime read %s
# in that zone (a UTC server stored 08:00 for 09:00 in Amsterdam) and
# dropped a %Z zone name; and a %z offset no place has (+25:00) moved
# calls by days. Now %s is UTC, %Z refused at its line, +25:00 rejected.
$ printf 'format: epoch-calls\nkind: calls\ncsv: {header: false}\nfields:\n  id: {column: 1}\n  start: {column: 2, time_format: "%%s"}\n  direction: {value: in}\n  wait_s: {value: 5}\n  talk_s: {value: 60}\n  outcome: {value: answered}\n' > epoch.yaml && printf 'c1,1772438400\nc2,1782885600.250\nc3,17724384OO\n' > epoch.csv
$ ehtrack --db tz.db init > /dev/null && ehtrack --db tz.db plan sync plans/ > /dev/null && TZ=UTC ehtrack --db tz.db import calls epoch.csv --as ./epoch.yaml --practice 01061104 --format csv 2> /dev/null | tail -1 | cut -d, -f4-8; TZ=Asia/Tokyo ehtrack --db tz.db rejects --format csv | tail -1; sqlite3 tz.db "SELECT id, datetime(start, 'unixepoch') FROM calls ORDER BY id"
> 3,2,0,0,1
> 1,epoch.csv,3,2,start,start: does not fit time_format '%s'
> c1|2026-03-02 09:00:00
> c2|2026-07-01 08:00:00
$ sed 's/"%s"/"%Y-%m-%d %H:%M:%S %Z"/' epoch.yaml > zone.yaml && ehtrack --db tz.db import calls epoch.csv --as ./zone.yaml --practice 01061104
! ehtrack: ./zone.yaml:6:35: time_format '%Y-%m-%d %H:%M:%S %Z': %Z (a zone name) cannot be read; use %z for an offset (+01:00, +0100, Z) or 'timezone: UTC' for times in UTC
? 1
# A notation without the year read every time as one of 1900, with no
# reject: the calls left their months. Refused at its line; a between of
# clock times needs no year.
$ sed 's/"%s"/"%d-%m %H:%M"/' epoch.yaml > noyear.yaml && ehtrack --db tz.db import calls epoch.csv --as ./noyear.yaml --practice 01061104
! ehtrack: ./noyear.yaml:6:35: time_format '%d-%m %H:%M' has no year (%Y, or %y for two digits): every time would be read as one of 1900; if the export writes the year in another column, join it with plus_column
? 1
$ sed 's/"%s"/"%Y-%m-%dT%H:%M:%S%z"/' epoch.yaml > offset.yaml && printf 'o1,2026-03-02T08:00:00+01:00\no2,2026-03-02T08:00:00+25:00\no3,2026-03-02T08:00:00+99:00\no4,2026-03-02T08:00:00-0230\n' > offset.csv && ehtrack --db tz.db import calls offset.csv --as ./offset.yaml --practice 01061104 --format csv 2> /dev/null | tail -1 | cut -d, -f4-8; sqlite3 tz.db "SELECT id, datetime(start, 'unixepoch') FROM calls WHERE id LIKE 'o%' ORDER BY id"
> 4,2,0,0,2
> o1|2026-03-02 08:00:00
> o4|2026-03-02 11:30:00
# Cloud phone systems write 0 seconds for "never" (a call not answered):
# it was read as 1 January 1970, so a missed call's wait ran from its
# start back to 1970 and the row was rejected (wait_s outside 0..86400),
# and a start of 0 was stored as a call in 1970. 0 is no time: the wait
# runs to the end, and a start of 0 is an empty start.
$ printf 'format: epoch-legs\nkind: calls\ncsv: {header: true}\nfields:\n  id: {column: id}\n  start: {column: start_ts, time_format: "%%s"}\n  direction: {value: in}\n  wait_s: {between: {from: start_ts, to: [answer_ts, end_ts]}, time_format: "%%s"}\n  talk_s: {between: {from: [answer_ts, end_ts], to: end_ts}, time_format: "%%s"}\n  outcome: {column: result, map: [{match: "^answered$", value: answered}, {match: ".*", value: abandoned}]}\n' > legs.yaml && printf 'id,start_ts,answer_ts,end_ts,result\nz1,1772438400,1772438412,1772438512,answered\nz2,1772438500,0,1772438530,missed\nz3,0,0,1772438600,missed\n' > legs.csv && ehtrack --db tz.db import calls legs.csv --as ./legs.yaml --practice 01061104 --format csv 2> /dev/null | tail -1 | cut -d, -f4-8; ehtrack --db tz.db rejects --format csv | tail -1; sqlite3 tz.db "SELECT id, datetime(start, 'unixepoch'), wait_s, talk_s, outcome FROM calls WHERE id LIKE 'z%' ORDER BY id"
> 3,2,0,0,1
> 3,legs.csv,4,2,start,start: empty (a time as '%s' is required)
> z1|2026-03-02 09:00:00|12|100|answered
> z2|2026-03-02 09:01:40|30|0|abandoned

# A call nobody answered has no answer time, so `between: {from:
# Opgenomen, to: Einde}` gives its talk time nothing and the row was
# rejected (formats.md promised a way). from takes a list as to does:
# [Opgenomen, Einde] to Einde is 0 s for such a call. Truth: 3 calls, one
# abandoned; talk 160 + 0 + 50 s; waits 20, 60 and 10 s.
$ printf 'format: pbx-times\nkind: calls\ncsv: {delimiter: ";"}\nfields:\n  id: {column: Gesprek}\n  start: {column: Start}\n  direction: {value: in}\n  wait_s: {between: {from: Start, to: [Opgenomen, Einde]}}\n  talk_s: {between: {from: [Opgenomen, Einde], to: Einde}}\n  outcome: {column: Opgenomen, map: [{match: "\\\\d", value: answered}, {match: "^$", value: abandoned}]}\n' > pbx.yaml && printf 'Gesprek;Start;Opgenomen;Einde\n1;2026-03-02 08:00:00;2026-03-02 08:00:20;2026-03-02 08:03:00\n2;2026-03-02 08:05:00;;2026-03-02 08:06:00\n3;2026-03-02 08:07:00;2026-03-02 08:07:10;2026-03-02 08:08:00\n' > pbx.csv
$ ehtrack --db tz.db import calls pbx.csv --as ./pbx.yaml --practice 01053021 --format csv | tail -1 | cut -d, -f4-8; sqlite3 tz.db "SELECT id, wait_s, talk_s, outcome FROM calls WHERE practice_id = (SELECT id FROM practices WHERE agb = '01053021') ORDER BY id"
> 3,3,0,0,0
> 1|20|160|answered
> 2|60|0|abandoned
> 3|10|50|answered

# A row cut off before its plus_column: the missing column is the problem
# (it was reported as a date that does not fit the time_format).
$ printf 'format: his-short\nkind: consults\ncsv: {delimiter: ";"}\nfields:\n  id: {column: Nr}\n  start: {column: Datum, plus_column: Tijd, time_format: "%%d-%%m-%%Y %%H:%%M"}\n  patient: {column: Patient}\n  channel: {value: f2f}\n  role: {value: gp}\n' > short.yaml && printf 'Nr;Datum;Tijd;Patient\n1;02-03-2026;08:10;P1\n2;02-03-2026\n' > short.csv && ehtrack --db tz.db import consults short.csv --as ./short.yaml --practice 01053021 --dry-run 2>&1 | head -1
> ehtrack: short.csv:3:2: start: the row has no column 3 (it has 2)

# The autumn switch, 01:00 UTC on 25 October 2026, in a UTC source: 3CX
# calls ringing from 00:59:50 and 00:59:59 UTC, answered at 01:00:10 and
# 01:00:01 UTC, waited 20 and 2 s (they were rejected as waiting minus an
# hour, the times compared after their turn into the repeated hour); a
# control call across UTC midnight waited 30 s.
$ ehtrack --db tz.db import calls fixtures/formats/3cx-autumn-switch.log --as 3cx-cdr-calls --practice 01053021 --format csv 2>/dev/null | tail -1 | cut -d, -f4-8; sqlite3 tz.db "SELECT id, datetime(start, 'unixepoch'), wait_s, talk_s FROM calls WHERE id LIKE 'Call 9000%' ORDER BY id"
> 3,3,0,0,0
> Call 90001 00000191AAAA0001_1|2026-10-25 02:59:50|20|170
> Call 90002 00000191AAAA0002_2|2026-10-25 02:59:59|2|60
> Call 90003 00000191AAAA0003_3|2026-10-25 01:59:50|30|60
# The same with times that carry their offset: 02:59:50+02:00 to
# 02:00:10+01:00 is 20 s.
$ printf 'Gesprek;Start;Opgenomen;Einde\nz1;2026-10-25 02:59:50+02:00;2026-10-25 02:00:10+01:00;2026-10-25 02:03:00+01:00\n' > autumn.csv && ehtrack --db tz.db import calls autumn.csv --as ./pbx.yaml --practice 01053021 --format csv 2>/dev/null | tail -1 | cut -d, -f4-8; sqlite3 tz.db "SELECT id, wait_s, talk_s FROM calls WHERE id = 'z1' AND wait_s <> 12"
> 1,1,0,0,0
> z1|20|170

# A ';' inside a value that the export wrote without quotes moves every
# column after it: "Brink; René" put the role in Duur (rejected, as it
# was), and "Uitslag; besproken" in the last column gave a row with a value
# past the header's last column, read without a word. Both rows are named
# in a note (the first by its line), the good row imports without one.
$ printf 'Contactnummer;Datum;Tijd;Patiëntnummer;Contactsoort;Medewerker;Functie;Duur;Reden\r\n1;09-03-2026;08:10;P1;E-consult;Brink, René;Huisarts;5;\r\n2;09-03-2026;08:20;P2;Consult;Brink; René;Huisarts;5;x\r\n3;09-03-2026;08:30;P3;Consult;Brink, René;Huisarts;5;Uitslag; besproken\r\n' | iconv -f utf-8 -t cp1252 > unquoted.csv && ehtrack --db tz.db import consults unquoted.csv --as his-nl-consults --practice 01053021 --format csv | cut -d, -f4-8
> read,inserted,duplicates,skipped,rejected
> 3,2,0,0,1
! ehtrack: unquoted.csv: 1 row rejected; see 'ehtrack rejects 7'
! ehtrack: unquoted.csv: note: 2 rows (the first on line 3) have values past the header's last column: a value holding ';' without quotes moves every column after it, so a field may have been read from the wrong column; check those lines in the file
$ head -2 unquoted.csv > one.csv && ehtrack --db tz.db import consults one.csv --as his-nl-consults --practice 01053021 --format csv | cut -d, -f4-8
> read,inserted,duplicates,skipped,rejected
> 1,0,1,0,0

# A row without its last columns: an export cut off, or one that leaves
# out empty fields at a row's end. Duur and Reden are optional, so rows 2
# and 3 are stored with them empty (a row without Functie, required, is
# rejected); they were stored without a word, where an e-consult cut off
# before its reason no longer counts as one about a result. A note names
# them; a full row, and a short one in a canonical file, get none.
$ printf 'Contactnummer;Datum;Tijd;Patiëntnummer;Contactsoort;Medewerker;Functie;Duur;Reden\r\n11;09-03-2026;09:10;P11;E-consult;Brink;Huisarts;4;Uitslag\r\n12;09-03-2026;09:20;P12;E-consult;Brink;Huisarts;4\r\n13;09-03-2026;09:30;P13;E-consult;Brink;Huisarts\r\n14;09-03-2026;09:40;P14;E-consult;Brink\r\n' | iconv -f utf-8 -t cp1252 > short.csv && ehtrack --db tz.db import consults short.csv --as his-nl-consults --practice 01053021 --format csv | cut -d, -f4-8; sqlite3 tz.db "SELECT id, ifnull(minutes, '-'), ifnull(reason, '-') FROM consults WHERE id IN (11, 12, 13) ORDER BY id"
> read,inserted,duplicates,skipped,rejected
> 4,3,0,0,1
> 11|4|result
> 12|4|-
> 13|-|-
! ehtrack: short.csv: 1 row rejected; see 'ehtrack rejects 9'
! ehtrack: short.csv: note: 2 rows (the first on line 3) have fewer columns than the format reads: the values of the columns missing were read as empty (an export that leaves out empty fields at the end of a row writes them so, and so does one cut off); check those lines in the file
$ head -2 short.csv | sed 's/^11;/15;/' > full.csv && ehtrack --db tz.db import consults full.csv --as his-nl-consults --practice 01053021 --format csv | cut -d, -f4-8
> read,inserted,duplicates,skipped,rejected
> 1,1,0,0,0

# Numbers a spreadsheet with Dutch settings saved: a point between
# thousands (12.000 ms is 12 s), a decimal comma (1,5 min is 90 s). Without
# decimal, 12.000 and 45.500 were read as 12.0 and 45.5 ms (waits of 0 s),
# without a word: the import names them in a note; 1.500.000 and 1.20.000
# are no number either way, and the reason says what decimal does.
$ printf 'Gesprek;Datum;Richting;Wachttijd (ms);Gespreksduur (min);Status\r\n1;02-03-2026 09:00;Inkomend;12.000;1,5;Beantwoord\r\n2;02-03-2026 09:10;Inkomend;1.500.000;0,25;Beantwoord\r\n3;02-03-2026 09:20;Inkomend;800;2;Beantwoord\r\n4;02-03-2026 09:30;Inkomend;45.500;0;Gemist\r\n5;02-03-2026 09:40;Inkomend;1.20.000;1;Beantwoord\r\n' > numbers.csv && ehtrack init --db num.db > /dev/null 2>&1; ehtrack --db num.db plan sync plans/ > /dev/null && ehtrack --db num.db import calls numbers.csv --as fixtures/formats/pbx-dutch-numbers.yaml --practice 01053021 --format csv | cut -d, -f4-8; sqlite3 num.db "SELECT id, wait_s, talk_s FROM calls ORDER BY id"; ehtrack --db num.db rejects 1 --format csv | cut -d, -f3-
> read,inserted,duplicates,skipped,rejected
> 5,3,0,0,2
> 1|0|90
> 3|1|120
> 4|0|0
> line,column,field,reason
> 3,4,wait_s,"wait_s: not a number (points or commas grouping thousands? give the field decimal: comma, or decimal: point)"
> 6,4,wait_s,"wait_s: not a number (points or commas grouping thousands? give the field decimal: comma, or decimal: point)"
! ehtrack: numbers.csv: 2 rows rejected; see 'ehtrack rejects 1'
! ehtrack: numbers.csv: note: 2 values of wait_s (the first on line 2) have a point or comma before exactly three digits, as 1.224: read as the decimal mark (1.224 as 1.224, not 1224); if the export groups thousands so (1.224 is 1224), give the field decimal: comma (points group thousands) or decimal: point (commas do) in the format, and import the file again after taking this import back ('ehtrack imports remove 1')
# With decimal: comma, the waits the export meant: 12, 1500, 1 and 46 s
# (45.5 rounded away from zero); 1.20.000 groups wrongly.
$ ehtrack --db num.db imports remove 1 > /dev/null && ehtrack --db num.db import calls numbers.csv --as fixtures/formats/pbx-dutch-numbers-comma.yaml --practice 01053021 --format csv | cut -d, -f4-8; sqlite3 num.db "SELECT id, wait_s, talk_s FROM calls ORDER BY id"; ehtrack --db num.db rejects 2 --format csv | cut -d, -f3-
> read,inserted,duplicates,skipped,rejected
> 5,4,0,0,1
> 1|12|90
> 2|1500|15
> 3|1|120
> 4|46|0
> line,column,field,reason
> 6,4,wait_s,"wait_s: not a number (decimal: comma reads 1.234,5: points only between groups of three digits)"
! ehtrack: numbers.csv: 1 row rejected; see 'ehtrack rejects 2'
# decimal: point reads the comma as the one between thousands, and a value
# with a comma that groups nothing is no number.
$ printf 'format: pbx-point\nkind: calls\ncsv: {delimiter: ";", header: true}\nfields:\n  id: {column: Gesprek}\n  start: {column: Datum, time_format: "%%d-%%m-%%Y %%H:%%M"}\n  direction: {value: in}\n  wait_s: {column: Wachttijd (ms), scale: 0.001, decimal: point}\n  talk_s: {value: "0"}\n  outcome: {value: answered}\n' > point.yaml && printf 'Gesprek;Datum;Wachttijd (ms)\np1;02-03-2026 10:00;1,234,500.0\np2;02-03-2026 10:05;2,5\np3;02-03-2026 10:10;-7,000\n' > point.csv && ehtrack --db num.db import calls point.csv --as ./point.yaml --practice 01053021 --format csv | cut -d, -f4-8; sqlite3 num.db "SELECT id, wait_s FROM calls WHERE id LIKE 'p%' ORDER BY id"; ehtrack --db num.db rejects 3 --format csv | cut -d, -f3-
> read,inserted,duplicates,skipped,rejected
> 3,1,0,0,2
> p1|1235
> line,column,field,reason
> 3,3,wait_s,"wait_s: not a number (decimal: point reads 1,234.5: commas only between groups of three digits)"
> 4,3,wait_s,wait_s: outside 0..86400
! ehtrack: point.csv: 2 rows rejected; see 'ehtrack rejects 3'
! ehtrack: point.csv: note: no abandoned inbound calls in this file: if the phone system does not log missed calls (as Asterisk with unanswered = no in cdr.conf), abandoned_rate and calls_per_day count too low
# With decimal: comma a point after a leading 0 groups nothing (0.500 is
# a half written with a point): rejected, not read as 500. A dry run's
# note says how to find the import's number, which it has none of yet.
$ printf 'Gesprek;Datum;Richting;Wachttijd (ms);Gespreksduur (min);Status\r\nz1;03-03-2026 09:00;Inkomend;0.500;1;Beantwoord\r\nz2;03-03-2026 09:10;Inkomend;012.000;1;Beantwoord\r\n' > zero.csv && ehtrack --db num.db import calls zero.csv --as fixtures/formats/pbx-dutch-numbers-comma.yaml --practice 01053021 --dry-run
> FILE      KIND   FORMAT                   READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> zero.csv  calls  pbx-dutch-numbers-comma     2         0           0        0         2
! ehtrack: zero.csv:2:4: wait_s: not a number (decimal: comma reads 1.234,5: points only between groups of three digits)
! ehtrack: zero.csv:3:4: wait_s: not a number (decimal: comma reads 1.234,5: points only between groups of three digits)
! ehtrack: zero.csv: 2 rows would be rejected
! ehtrack: dry run: nothing was written
? 1
$ ehtrack --db num.db import calls numbers.csv --as fixtures/formats/pbx-dutch-numbers.yaml --practice 01053021 --dry-run 2>&1 | grep -o "after taking this import back .*"
> after taking this import back ('ehtrack imports remove ID', ID the number 'ehtrack imports' gives it)
# Counts read through decimal (or scale) are whole: 1.234 with points
# grouping thousands is 1234 accounts, and 1.250,5 is no count (it was
# rounded to 1251 and passed for one). The reason never gives the value,
# as no reason does (it said 'accounts: 1250.5 is not a whole number').
$ ehtrack --db num.db import registrations fixtures/formats/portal-counts-nl.csv --as fixtures/formats/portal-counts-nl.yaml; sqlite3 num.db "SELECT day, accounts FROM registrations ORDER BY day"
> FILE                                   KIND           FORMAT            READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/portal-counts-nl.csv  registrations  portal-counts-nl     4         2           0        0         2
> 2026-03-01|1234
> 2026-05-01|1301
! ehtrack: fixtures/formats/portal-counts-nl.csv: 2 rows rejected; see 'ehtrack rejects 4'
$ ehtrack --db num.db rejects 4 --format csv | cut -d, -f2-
> file,line,column,field,reason
> fixtures/formats/portal-counts-nl.csv,3,3,accounts,"accounts: not a whole number (a count); check the column, and the scale or decimal the format gives the field"
> fixtures/formats/portal-counts-nl.csv,5,3,accounts,"accounts: not a whole number (a count); check the column, and the scale or decimal the format gives the field"
# Nor with scale, or a count below 0 (respondents 61234,5, aware 3,25 and
# 612.345678 were quoted), or a count one column less another: 3.412
# sign-ups less 212 sign-offs, read as 3.412 - 212, said -208.588. The
# reason says how the number came about, below 0 and after minus_column.
$ ehtrack --db num.db import survey fixtures/formats/survey-counts-fraction.csv --as fixtures/formats/survey-counts-fraction.yaml --dry-run
> FILE                                         KIND    FORMAT                  READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/survey-counts-fraction.csv  survey  survey-counts-fraction     4         0           0        0         4
! ehtrack: fixtures/formats/survey-counts-fraction.csv:2:3: respondents: not a whole number (a count); check the column, and the scale or decimal the format gives the field
! ehtrack: fixtures/formats/survey-counts-fraction.csv:3:4: aware: not a whole number (a count); check the column, and the scale or decimal the format gives the field
! ehtrack: fixtures/formats/survey-counts-fraction.csv:4:4: aware: not a whole number (a count); check the column, and the scale or decimal the format gives the field
! ehtrack: fixtures/formats/survey-counts-fraction.csv:5:3: respondents: not a whole number (a count), and below 0; check the column, and the scale or decimal the format gives the field
! ehtrack: fixtures/formats/survey-counts-fraction.csv: 4 rows would be rejected
! ehtrack: dry run: nothing was written
? 1
$ ehtrack --db num.db import registrations fixtures/formats/portal-signups-1252.csv --as fixtures/formats/portal-signups.yaml 2> /dev/null; ehtrack --db num.db rejects 5 --format csv | cut -d, -f3-
> FILE                                      KIND           FORMAT          READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/portal-signups-1252.csv  registrations  portal-signups     5         1           0        0         4
> line,column,field,reason
> 2,3,accounts,"accounts: not a whole number (a count), and below 0 after minus_column; check both columns, and the scale or decimal the format gives the field"
> 3,3,accounts,"accounts: not a whole number (a count), and below 0 after minus_column; check both columns, and the scale or decimal the format gives the field"
> 5,3,accounts,"accounts: not a whole number (a count), and below 0 after minus_column; check both columns, and the scale or decimal the format gives the field"
> 6,3,accounts,"accounts: not a whole number (a count) after minus_column; check both columns, and the scale or decimal the format gives the field"
#
# A file given the format of another phone system: not one row fits. Row
# after row was rejected with the same reason, or, where the format's skip
# rule took every row for an internal call (3CX's reads columns 21 and 22),
# every row was skipped and the import ended with exit 0, nothing said. A
# note now asks whether the file is the export the format describes; and
# 3CX's rows have 27 fields (csv fields: 27), so FreePBX's 26 are
# rejected as such before a skip rule reads them.
$ ehtrack --db wrong.db init > /dev/null && ehtrack --db wrong.db plan sync plans/ > /dev/null && ehtrack --db wrong.db import calls fixtures/formats/samples/freepbx-cdr.csv --as 3cx-cdr-calls --practice 01061104; echo "exit $?"
> FILE                                      KIND   FORMAT         READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/samples/freepbx-cdr.csv  calls  3cx-cdr-calls  1621         0           0        0      1621
> exit 1
! ehtrack: fixtures/formats/samples/freepbx-cdr.csv: 1621 rows rejected; see 'ehtrack rejects 1'
! ehtrack: fixtures/formats/samples/freepbx-cdr.csv: note: not one row of this file fits the format '3cx-cdr-calls' (each rejected): is it the export the format describes? Another export (a report with other columns, another system's log) needs a format of its own: 'ehtrack formats' lists those known, formats.md ('Your own export in ten minutes') says how to write one
$ ehtrack --db wrong.db import calls fixtures/formats/samples/3cx-cdr.log --as asterisk-cdr-calls --practice 01061104 --format csv; echo "exit $?"
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> fixtures/formats/samples/3cx-cdr.log,calls,asterisk-cdr-calls,973,0,0,0,973,973 rows not shown
> exit 1
! ehtrack: fixtures/formats/samples/3cx-cdr.log: 973 rows rejected; see 'ehtrack rejects 2'
! ehtrack: fixtures/formats/samples/3cx-cdr.log: note: not one row of this file fits the format 'asterisk-cdr-calls' (each rejected): is it the export the format describes? Another export (a report with other columns, another system's log) needs a format of its own: 'ehtrack formats' lists those known, formats.md ('Your own export in ten minutes') says how to write one
# The note is kept with the import, as the other notes are: 'imports' shows
# it later, to whoever wonders why the figures did not move.
$ ehtrack --db wrong.db imports | grep '^note'
> note on import 1: not one row of this file fits the format '3cx-cdr-calls' (each rejected): is it the export the format describes? Another export (a report with other columns, another system's log) needs a format of its own: 'ehtrack formats' lists those known, formats.md ('Your own export in ten minutes') says how to write one
> note on import 2: not one row of this file fits the format 'asterisk-cdr-calls' (each rejected): is it the export the format describes? Another export (a report with other columns, another system's log) needs a format of its own: 'ehtrack formats' lists those known, formats.md ('Your own export in ten minutes') says how to write one
# Rows that fit among them, or a few lines tried by hand: no note.
$ { head -n 5 fixtures/formats/samples/3cx-cdr.log; sed -n '2,31p' fixtures/formats/samples/freepbx-cdr.csv; } > mixed.log && ehtrack --db wrong.db import calls mixed.log --as 3cx-cdr-calls --practice 01061104 --format csv; echo "exit $?"
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> mixed.log,calls,3cx-cdr-calls,35,5,0,0,30,
> exit 1
! ehtrack: mixed.log: 30 rows rejected; see 'ehtrack rejects 3'
$ sed -n '2,20p' fixtures/formats/samples/freepbx-cdr.csv > few.log && ehtrack --db wrong.db import calls few.log --as 3cx-cdr-calls --practice 01061104 --format csv; echo "exit $?"
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> few.log,calls,3cx-cdr-calls,19,0,0,0,19,
> exit 1
! ehtrack: few.log: 19 rows rejected; see 'ehtrack rejects 4'
# A file whose every row a skip rule takes (here the internal calls of the
# Asterisk sample alone, extension to extension) gets the note too, saying
# the rows were skipped.
$ grep -E '^"[^"]*","[0-9]{2,5}","[0-9*]{1,5}",' fixtures/formats/samples/asterisk-Master.csv > internal.csv && ehtrack --db wrong.db import calls internal.csv --as asterisk-cdr-calls --practice 01061104 --format csv 2> err; echo "exit $?"; cut -c1-120 err
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> internal.csv,calls,asterisk-cdr-calls,60,0,0,60,0,
> exit 0
> ehtrack: internal.csv: note: not one row of this file fits the format 'asterisk-cdr-calls' (each skipped by its skip rul

# A hosted phone system's report as people get it: times with a fraction
# of a second and an offset, waits as '5 sec', a status with a blank or a
# no-break space beside it (Excel's, a web page's). %f reads the digits of
# a fraction (there was no way to: '%S.%f' loaded, then every row was
# rejected as not fitting, saying no more); the map sees the value without
# the blanks around it (' 5 sec ' and 'Beantwoord' with U+00A0 were
# rejected, 'wait_s: not a whole number').
$ printf 'format: frac-calls\nkind: calls\ncsv: {delimiter: ";"}\nfields:\n  id: {column: Nr}\n  start: {column: Start, time_format: ["%%Y-%%m-%%d %%H:%%M:%%S.%%f %%z", "%%Y-%%m-%%d %%H:%%M:%%S %%z"]}\n  direction: {value: in}\n  wait_s: {column: Wacht, map: [{match: "^(\\\\d+) sec$", value: "$1"}]}\n  talk_s: {value: 60}\n  outcome: {column: Status, map: [{match: "^Beantwoord$", value: answered}, {match: "^Gemist$", value: abandoned}]}\n' > frac.yaml && printf 'Nr;Start;Wacht;Status\nf1;2026-03-02 08:00:00.123 +01:00; 5 sec ;Beantwoord\302\240\nf2;2026-03-02 08:05:00.9 +01:00;62 sec;\302\240Gemist\nf3;2026-03-02 08:07:00 +01:00;7 sec;Gemist\n' > frac.csv && ehtrack import calls frac.csv --as ./frac.yaml --practice 01061104 --format csv 2>&1 && sqlite3 ehtrack.db "SELECT id, datetime(start, 'unixepoch'), wait_s, outcome FROM calls WHERE id LIKE 'f_' ORDER BY id"
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> frac.csv,calls,frac-calls,3,3,0,0,0,
> f1|2026-03-02 08:00:00|5|answered
> f2|2026-03-02 08:05:00|62|abandoned
> f3|2026-03-02 08:07:00|7|abandoned
# A conversion strptime does not have is named when the format loads.
$ sed 's/\.%f/.%q/' frac.yaml > frac-bad.yaml && ehtrack import calls frac.csv --as ./frac-bad.yaml --practice 01061104 --dry-run
! ehtrack: ./frac-bad.yaml:6:40: time_format '%Y-%m-%d %H:%M:%S.%q %z': %q is no conversion a time is read with (strptime's: %Y %m %d %H %M %S %z ..., and %f for the digits of a fraction of a second)
? 1
# %Ey (a locale's era year) loaded, then fitted no row: strptime fails on
# it in the C locale. It is named when the format loads.
$ sed 's/%Y-/%Ey-/' frac.yaml > frac-era.yaml && ehtrack import calls frac.csv --as ./frac-era.yaml --practice 01061104 --dry-run
! ehtrack: ./frac-era.yaml:6:40: time_format '%Ey-%m-%d %H:%M:%S.%f %z': %Ey reads a locale's era or other digits, which no export writes; write %y
? 1
# A dry run where there is no database (--db left out, run in another
# directory) said '--practice 01061104 is not in the register (run
# ehtrack plan sync ...)', and the user synced the register again.
$ ehtrack --db elsewhere.db import calls frac.csv --as ./frac.yaml --practice 01061104 --dry-run
! ehtrack: elsewhere.db: no database here, so no register: every row would be rejected; give the database with --db PATH, or record the register first ('ehtrack --db elsewhere.db plan sync plans/')
? 2
$ ehtrack --db elsewhere.db import calls frac.csv --as ./frac.yaml --practice 01061104; test -e elsewhere.db
! ehtrack: elsewhere.db: no database here, so no register: every row would be rejected; give the database with --db PATH, or record the register first ('ehtrack --db elsewhere.db plan sync plans/')
? 1
# A portal log of one line per event (received, answered), written newest
# first as web exports often are: the first row of an id counts, so each
# answer line was kept as the message (channel other, received at the
# answer), and the note advised an id of more columns, which cannot help.
# The note now says the file lists its newest lines first; sorted oldest
# first, the same lines give the messages as they were.
$ ehtrack --db ev.db plan sync plans/ > /dev/null && ehtrack --db ev.db import messages fixtures/formats/portal-events-newest-first.log --as fixtures/formats/portal-events.yaml --practice 01061104 --format csv && sqlite3 ev.db "SELECT id, channel, time(received, 'unixepoch'), time(answered, 'unixepoch') FROM messages ORDER BY id"
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> fixtures/formats/portal-events-newest-first.log,messages,portal-events,4,2,2,0,0,
> m1|other|10:00:00|10:00:00
> m2|other|10:00:00|10:00:00
! ehtrack: fixtures/formats/portal-events-newest-first.log: note: 2 rows of this file repeat the id of an earlier row with an earlier received time: only the first row of an id counts, so for such an id the row of the later time was kept. A file that lists its newest lines first keeps each id's latest row: if this one does, sort it oldest first (a text log: tac FILE > oldest-first.log; a CSV: its header line first, as a spreadsheet sorts it) and import it again after taking this import back ('ehtrack imports remove 1')
$ tac fixtures/formats/portal-events-newest-first.log > oldest-first.log && ehtrack --db ev.db imports remove 1 > /dev/null && ehtrack --db ev.db import messages oldest-first.log --as fixtures/formats/portal-events.yaml --practice 01061104 --format csv 2> /dev/null && sqlite3 ev.db "SELECT id, channel, time(received, 'unixepoch'), time(answered, 'unixepoch') FROM messages ORDER BY id"
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> oldest-first.log,messages,portal-events,4,2,2,0,0,
> m1|econsult|09:00:00|10:00:00
> m2|econsult|11:00:00|10:00:00
