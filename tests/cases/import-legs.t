# Calls written as legs (interface.md 7.2, docs/formats.md "Calls written as
# legs"): a format with same_id: legs merges the rows of one id into one
# call, within a file and across imports, in any order. The figures are
# checked against what happened, worked out by hand:
#
# fixtures/formats/legs/ring-group.csv, uniqueid 1772438400.11, UTC 08:00:00
# = 09:00:00 in Amsterdam: Dial(PJSIP/201&PJSIP/202&PJSIP/203)
#   leg 1  201 rings 14 s, NO ANSWER
#   leg 2  202 answers after 14 s, talks 180 s (duration 194, billsec 180)
#   leg 3  203 BUSY (duration 0)
#   the call: inbound, answered, wait 14 s, talk 180 s, on 2026-03-02.
$ ehtrack init > /dev/null && ehtrack plan sync plans/ > /dev/null && cp ehtrack.db base.db && cp ehtrack.db.key base.db.key

# The three legs in all six orders, each in a fresh database: one call, the
# same figures, the same day counts (inbound answered abandoned
# answered_wait_s talk_s).
$ for o in "1 2 3" "1 3 2" "2 1 3" "2 3 1" "3 1 2" "3 2 1"; do cp base.db o.db; cp base.db.key o.db.key; for i in $o; do sed -n "${i}p" fixtures/formats/legs/ring-group.csv; done > legs.csv; ehtrack --db o.db import calls legs.csv --as asterisk-cdr-calls --practice 01061104 --format csv 2> /dev/null | tail -1 | cut -d, -f4-8; echo "  $o: $(sqlite3 o.db "SELECT datetime(start, 'unixepoch'), direction, wait_s, talk_s, outcome FROM calls; SELECT day, inbound, answered, abandoned, answered_wait_s, talk_s FROM call_days" | tr '\n' ' ')"; done
> 3,1,0,0,0
>   1 2 3: 2026-03-02 09:00:00|in|14|180|answered 2026-03-02|1|1|0|14|180 
> 3,1,0,0,0
>   1 3 2: 2026-03-02 09:00:00|in|14|180|answered 2026-03-02|1|1|0|14|180 
> 3,1,0,0,0
>   2 1 3: 2026-03-02 09:00:00|in|14|180|answered 2026-03-02|1|1|0|14|180 
> 3,1,0,0,0
>   2 3 1: 2026-03-02 09:00:00|in|14|180|answered 2026-03-02|1|1|0|14|180 
> 3,1,0,0,0
>   3 1 2: 2026-03-02 09:00:00|in|14|180|answered 2026-03-02|1|1|0|14|180 
> 3,1,0,0,0
>   3 2 1: 2026-03-02 09:00:00|in|14|180|answered 2026-03-02|1|1|0|14|180 

# Split over two files, every way and in both orders: after the first file
# the call is what its legs show (an unanswered phone or a busy one alone:
# abandoned, waiting until the leg ended); after the second, the answered
# call above. A call the first file stored as abandoned leaves the abandoned
# count: the day counts are those of one answered call.
$ for s in "1|2 3" "2 3|1" "2|1 3" "1 3|2" "3|1 2" "1 2|3"; do cp base.db o.db; cp base.db.key o.db.key; for i in ${s%|*}; do sed -n "${i}p" fixtures/formats/legs/ring-group.csv; done > a.csv; for i in ${s#*|}; do sed -n "${i}p" fixtures/formats/legs/ring-group.csv; done > b.csv; ehtrack --db o.db import calls a.csv --as asterisk-cdr-calls --practice 01061104 > /dev/null 2>&1; first=$(sqlite3 o.db "SELECT wait_s, talk_s, outcome FROM calls; SELECT abandoned FROM call_days" | tr '\n' ' '); ehtrack --db o.db import calls b.csv --as asterisk-cdr-calls --practice 01061104 --format csv 2> err | tail -1 | cut -d, -f4-8; sed 's/^/  /' err; echo "  $s: after the first file $first; after both $(sqlite3 o.db "SELECT wait_s, talk_s, outcome FROM calls; SELECT inbound, answered, abandoned, answered_wait_s, talk_s FROM call_days" | tr '\n' ' ')"; done
> 2,0,1,0,0
>   ehtrack: b.csv: 1 call changed by new legs
>   1|2 3: after the first file 14|0|abandoned 1 ; after both 14|180|answered 1|1|0|14|180 
> 1,0,1,0,0
>   2 3|1: after the first file 14|180|answered 0 ; after both 14|180|answered 1|1|0|14|180 
> 2,0,1,0,0
>   2|1 3: after the first file 14|180|answered 0 ; after both 14|180|answered 1|1|0|14|180 
> 1,0,1,0,0
>   ehtrack: b.csv: 1 call changed by new legs
>   1 3|2: after the first file 14|0|abandoned 1 ; after both 14|180|answered 1|1|0|14|180 
> 2,0,1,0,0
>   ehtrack: b.csv: 1 call changed by new legs
>   3|1 2: after the first file 0|0|abandoned 1 ; after both 14|180|answered 1|1|0|14|180 
> 1,0,1,0,0
>   1 2|3: after the first file 14|180|answered 0 ; after both 14|180|answered 1|1|0|14|180 

# The same file again: every leg known, the call a duplicate, nothing moves.
# The note about missed calls is worked out after the legs are merged: the
# file's first row, a NO ANSWER leg, is no abandoned call.
$ cp base.db o.db; cp base.db.key o.db.key; ehtrack --db o.db import calls fixtures/formats/legs/ring-group.csv fixtures/formats/legs/ring-group.csv --as asterisk-cdr-calls --practice 01061104; sqlite3 o.db "SELECT count(*) FROM calls; SELECT count(*) FROM call_legs; SELECT import_id, count(*) FROM call_leg_imports GROUP BY 1; SELECT inbound, answered FROM call_days"
> FILE                                  KIND   FORMAT              READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/legs/ring-group.csv  calls  asterisk-cdr-calls     3         1           0        0         0
> fixtures/formats/legs/ring-group.csv  calls  asterisk-cdr-calls     3         0           1        0         0
> 1
> 3
> 1|3
> 2|3
> 1|1
! ehtrack: fixtures/formats/legs/ring-group.csv: note: no abandoned inbound calls in this file: if the phone system does not log missed calls (as Asterisk with unanswered = no in cdr.conf), abandoned_rate and calls_per_day count too low

# fixtures/formats/legs/voicemail.csv, worked out by hand:
#   1772439000.21 (09:10:00)  201 and 202 ring 30 s, NO ANSWER (the same
#       figures: one leg); the VoiceMail row from 09:10:30 answers a second
#       later, the message takes 25 s: voicemail, wait 31 s, talk 25 s.
#   1772439600.31 (09:20:00)  201 and 202 ring 22 s (two legs with the
#       same figures: one leg), nobody answers: abandoned, wait 22 s.
#   1772440200.41  extension 201 to 202: skipped, not rejected.
# read 6 rows, 2 calls; 1 skipped; no rejects, so exit 0. Three distinct
# legs are kept.
$ ehtrack import calls fixtures/formats/legs/voicemail.csv --as asterisk-cdr-calls --practice 01061104 --format json
> [
>   {"file": "fixtures/formats/legs/voicemail.csv", "kind": "calls", "format": "asterisk-cdr-calls", "read": 6, "inserted": 2, "duplicates": 0, "skipped": 1, "rejected": 0, "unmapped": [], "unmapped_not_shown": 0}
> ]
$ sqlite3 ehtrack.db "SELECT id, datetime(start, 'unixepoch'), wait_s, talk_s, outcome FROM calls ORDER BY start; SELECT count(*) FROM call_legs"
> 1772439000.21|2026-03-02 09:10:00|31|25|voicemail
> 1772439600.31|2026-03-02 09:20:00|22|0|abandoned
> 3

# The ring group's call joins them in the same database; the figures of the
# day (2026-03-02): 3 inbound calls; abandoned 1 of 3; the mean wait counts
# answered calls only: 14 / 1.
$ ehtrack import calls fixtures/formats/legs/ring-group.csv --as asterisk-cdr-calls --practice 01061104 > /dev/null; ehtrack metrics --practice 01061104 --metric calls_per_day,abandoned_rate,avg_wait_s --period all --format json
> [
>   {"group": "01061104", "period": "all", "metric": "calls_per_day", "value": 3, "numerator": 3, "denominator": 1, "partial": false},
>   {"group": "01061104", "period": "all", "metric": "abandoned_rate", "value": 0.3333333333333333, "numerator": 1, "denominator": 3, "partial": false},
>   {"group": "01061104", "period": "all", "metric": "avg_wait_s", "value": 14, "numerator": 14, "denominator": 1, "partial": false}
> ]
! ehtrack: fixtures/formats/legs/ring-group.csv: note: no abandoned inbound calls in this file: if the phone system does not log missed calls (as Asterisk with unanswered = no in cdr.conf), abandoned_rate and calls_per_day count too low

# A call whose legs straddle midnight (fixtures/formats/legs/midnight.csv):
# 201 rings from 23:59:55 for 10 s; 202's leg is written from 00:00:02 the
# next day and answers 5 s later, at 00:00:07: the call starts 2026-03-02
# 23:59:55 and waited 12 s. Imported leg by leg, the later one first, the
# call moves back a day, and the day it left holds no call any more: its day
# row goes (a day row stands for a day with records).
$ cp base.db m.db; cp base.db.key m.db.key; sed -n 2p fixtures/formats/legs/midnight.csv > late.csv; sed -n 1p fixtures/formats/legs/midnight.csv > early.csv; ehtrack --db m.db import calls late.csv --as asterisk-cdr-calls --practice 01061104 > /dev/null 2>&1; sqlite3 m.db "SELECT datetime(start, 'unixepoch'), wait_s, outcome FROM calls; SELECT day, inbound FROM call_days"; ehtrack --db m.db import calls early.csv --as asterisk-cdr-calls --practice 01061104 > /dev/null 2>&1; sqlite3 m.db "SELECT datetime(start, 'unixepoch'), wait_s, talk_s, outcome FROM calls; SELECT day, inbound, answered, answered_wait_s FROM call_days"
> 2026-03-03 00:00:02|5|answered
> 2026-03-03|1
> 2026-03-02 23:59:55|12|60|answered
> 2026-03-02|1|1|12

# The other order: the early leg first, then the leg after midnight in a
# second import. The second import carried the call of 2 March (its day),
# not a record of 3 March, as the upgrade to schema 11 counts it too: a
# workbook of 3 March listed the import.
$ cp base.db n.db; cp base.db.key n.db.key; ehtrack --db n.db import calls early.csv late.csv --as asterisk-cdr-calls --practice 01061104 > /dev/null 2>&1; sqlite3 n.db "SELECT import_id, first_day, last_day FROM import_practices ORDER BY 1"; cp n.db n10.db; cp n.db.key n10.db.key; sqlite3 n10.db "ALTER TABLE rejects DROP COLUMN practice_id; DROP TABLE import_practices; ALTER TABLE practices DROP COLUMN source_path; ALTER TABLE imports DROP COLUMN file_path; PRAGMA user_version = 10"; ehtrack --db n10.db imports > /dev/null; sqlite3 n10.db "SELECT import_id, first_day, last_day FROM import_practices ORDER BY 1"
> 1|2026-03-02|2026-03-02
> 2|2026-03-02|2026-03-02
> 1|2026-03-02|2026-03-02
> 2|2026-03-02|2026-03-02

# A call an earlier import stored without legs (the canonical layout, as
# abandoned) is the first leg of itself when legs of the same id arrive:
# the answered leg wins, and the call is counted once. (The stored call has
# the figures of the ring group's first leg, so they are one leg: 3 legs.)
$ cp base.db c.db; cp base.db.key c.db.key; ehtrack --db c.db import calls fixtures/formats/legs/canonical-abandoned.csv > /dev/null; ehtrack --db c.db import calls fixtures/formats/legs/ring-group.csv --as asterisk-cdr-calls --practice 01061104 --format csv; sqlite3 c.db "SELECT count(*), wait_s, talk_s, outcome FROM calls; SELECT inbound, answered, abandoned FROM call_days; SELECT count(*) FROM call_legs"
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> fixtures/formats/legs/ring-group.csv,calls,asterisk-cdr-calls,3,0,1,0,0,
> 1|14|180|answered
> 1|1|0
> 3
! ehtrack: fixtures/formats/legs/ring-group.csv: 1 call changed by new legs
# 'imports' says so later too (it counted the call as a duplicate, and
# nothing told a later reader that the import changed a stored call).
$ ehtrack --db c.db imports | sed -n '4,$p'; ehtrack --db c.db imports --format csv | cut -d, -f1,8,15
> import 2: 1 call changed by new legs
> id,duplicates,updated
> 1,0,0
> 2,1,1

# same_id: legs needs calls and an id.
$ printf 'format: x\nkind: calls\nsame_id: legs\ncsv: {header: false}\nfields:\n  start: {column: 1}\n  direction: {value: in}\n  wait_s: {value: 0}\n  talk_s: {value: 0}\n  outcome: {value: answered}\n' > noid.yaml; ehtrack import calls late.csv --as ./noid.yaml --practice 01061104
! ehtrack: ./noid.yaml:3:10: same_id: legs joins the rows of one id: map the id field
? 1

# Column 17 of Master.csv is the uniqueid only with loguniqueid = yes
# (cdr.conf, [csv]); without it, cdr_csv writes the userfield there
# (loguserfield = yes; this dialplan puts the DID in it) or, with
# newcdrcolumns = yes, the peeraccount. The same 12 calls of two days
# (10 inbound: 6 answered, 1 voicemail, 3 abandoned; waits of the answered
# 12+20+40+8+5+6 = 91 s) written the three ways. Only a uniqueid is read as
# the id: the other two files are read as rows without an id (one call
# per leg) and the import says why; calls that share nothing but the DID
# were one call before.
$ for f in uniqueid userfield newcdrcolumns; do cp base.db o.db; cp base.db.key o.db.key; ehtrack --db o.db import calls fixtures/formats/legs/asterisk-$f.csv --as asterisk-cdr-calls --practice 01061104 --format csv 2> err | tail -1 | cut -d, -f4-8; sed 's/^/  /' err; ehtrack --db o.db metrics --period all --practice 01061104 --metric calls_per_day --metric abandoned_rate --metric avg_wait_s --format csv | tail -n +2 | sed 's/^/  /'; done
> 23,12,0,2,0
>   01061104,all,calls_per_day,5,10,2,false
>   01061104,all,abandoned_rate,0.3,3,10,false
>   01061104,all,avg_wait_s,15.166666666666666,91,6,false
> 23,19,0,2,0
>   ehtrack: fixtures/formats/legs/asterisk-userfield.csv: note: 21 rows (from line 1) whose call id column holds something other than a call id (1711440000.123): the legs of such a call cannot be joined, so a call that rang several phones counts up to once per phone, and two calls with the same start, outcome, wait and talk time count once. A spreadsheet that opened and saved the export turns uniqueids into numbers (import the original file); with loguniqueid = no in Asterisk cdr.conf, [csv], the column holds the userfield
>   01061104,all,calls_per_day,8.5,17,2,false
>   01061104,all,abandoned_rate,0.47058823529411764,8,17,false
>   01061104,all,avg_wait_s,12,96,8,false
> 23,19,0,2,0
>   ehtrack: fixtures/formats/legs/asterisk-newcdrcolumns.csv: note: 21 rows (from line 1) whose call id column holds something other than a call id (1711440000.123): the legs of such a call cannot be joined, so a call that rang several phones counts up to once per phone, and two calls with the same start, outcome, wait and talk time count once. A spreadsheet that opened and saved the export turns uniqueids into numbers (import the original file); with loguniqueid = no in Asterisk cdr.conf, [csv], the column holds the userfield
>   01061104,all,calls_per_day,8.5,17,2,false
>   01061104,all,abandoned_rate,0.47058823529411764,8,17,false
>   01061104,all,avg_wait_s,12,96,8,false

# A Master.csv written with neither loguniqueid nor unanswered (cdr.conf's
# defaults of many installations: only the answered legs, column 17 the
# userfield) deserves both remarks; the second was lost when an import
# kept one note. Each stands on a line of its own, on import and in
# `imports`.
$ cp base.db o.db; cp base.db.key o.db.key; ehtrack --db o.db import calls fixtures/formats/legs/asterisk-answered-only.csv --as asterisk-cdr-calls --practice 01061104 > /dev/null
! ehtrack: fixtures/formats/legs/asterisk-answered-only.csv: note: no abandoned inbound calls in this file: if the phone system does not log missed calls (as Asterisk with unanswered = no in cdr.conf), abandoned_rate and calls_per_day count too low
! ehtrack: fixtures/formats/legs/asterisk-answered-only.csv: note: 10 rows (from line 1) whose call id column holds something other than a call id (1711440000.123): the legs of such a call cannot be joined, so a call that rang several phones counts up to once per phone, and two calls with the same start, outcome, wait and talk time count once. A spreadsheet that opened and saved the export turns uniqueids into numbers (import the original file); with loguniqueid = no in Asterisk cdr.conf, [csv], the column holds the userfield
$ ehtrack --db o.db imports | grep '^note'
> note on import 1: no abandoned inbound calls in this file: if the phone system does not log missed calls (as Asterisk with unanswered = no in cdr.conf), abandoned_rate and calls_per_day count too low
> note on import 1: 10 rows (from line 1) whose call id column holds something other than a call id (1711440000.123): the legs of such a call cannot be joined, so a call that rang several phones counts up to once per phone, and two calls with the same start, outcome, wait and talk time count once. A spreadsheet that opened and saved the export turns uniqueids into numbers (import the original file); with loguniqueid = no in Asterisk cdr.conf, [csv], the column holds the userfield

# A Master.csv overlapping the one imported before (a monthly export that
# repeats the last days): its abandoned calls are stored already, its new
# calls were answered. The phone system logs missed calls, this file holds
# them; the note said there were none.
$ cp base.db ov.db; cp base.db.key ov.db.key; ehtrack --db ov.db import calls fixtures/formats/asterisk-master.csv --as asterisk-cdr-calls --practice 01061104 > /dev/null 2>&1; cat fixtures/formats/asterisk-master.csv fixtures/formats/legs/ring-group.csv > overlap.csv; ehtrack --db ov.db import calls overlap.csv --as asterisk-cdr-calls --practice 01061104 --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> overlap.csv,calls,asterisk-cdr-calls,18,1,15,0,0,
! ehtrack: overlap.csv: note: 2 rows (from line 9) without a call id (the format's id column empty, or not a call id): the legs of such a call cannot be joined, so a call that rang several phones counts up to once per phone, and two calls with the same start, outcome, wait and talk time count once (Asterisk cdr.conf, [csv]: loguniqueid = yes)

# A Master.csv a spreadsheet opened and saved: its uniqueids became
# numbers. The note says so (it sent the user to cdr.conf, where
# loguniqueid was on all along).
$ sed 's/"\([0-9]*\)\.\([0-9]*\)",\("[^"]*"\)\{0,1\}$/\1\2,\3/' fixtures/formats/asterisk-master.csv > resaved.csv && cp base.db r.db && cp base.db.key r.db.key && ehtrack --db r.db import calls resaved.csv --as asterisk-cdr-calls --practice 01061104 2>&1 >/dev/null | cut -c1-160
> ehtrack: resaved.csv: note: 7 rows (from line 1) whose call id column holds something other than a call id (1711440000.123): the legs of such a call cannot be j

# Queue members and ring-group phones reached through Local channels, as
# FreePBX dials them (Local/201@from-queue/n): each phone's ringing is
# written twice, once as the caller's leg (dstchannel Local/...;1, the
# caller's uniqueid) and once from the channel's ;2 half, with a uniqueid
# of its own and the caller's number as src (Asterisk's CDR specification,
# "Local Channels"). A day of a practice, worked out by hand
# (fixtures/formats/legs/*-local-channels.csv, 2 March 2026):
#   queue 400 (3 members): 3 answered (waits 45, 120, 20 s), 1 caller gone
#     while members rang (75 s), 1 gone before any rang (50 s);
#   ring group: 1 answered (14 s), 1 given up (25 s), a hunt over three
#     phones answered at 37 s, 1 to voicemail after 20 s;
#   a follow-me to a mobile answered at 18 s, a blind transfer (8 s), a
#     hang-up in the welcome menu (9 s); 1 outbound call, 1 internal call.
#   Truth: 12 inbound calls, 4 abandoned, 7 answered waiting 262 s
#   (37.4 s), 1 voicemail, 1 outbound.
# Every ;2 record counted as a call of its own: 24 inbound calls a day, 54%
# abandoned with Master.csv; with FreePBX 35 calls (did filled on the ;2
# records) or 23 outbound calls too many.
$ for f in asterisk:asterisk-local-channels.csv freepbx:freepbx-local-channels.csv; do cp base.db l.db; cp base.db.key l.db.key; ehtrack --db l.db import calls fixtures/formats/legs/${f#*:} --as ${f%%:*}-cdr-calls --practice 01061104 --format csv | tail -1 | cut -d, -f3-8; ehtrack --db l.db metrics --practice 01061104 --metric calls_per_day abandoned_rate avg_wait_s --period all --format csv | tail -3 | cut -d, -f3-6; sqlite3 l.db "SELECT direction, outcome, count(*), sum(wait_s) FROM calls GROUP BY 1, 2"; done
> asterisk-cdr-calls,53,13,0,24,0
> calls_per_day,12,12,1
> abandoned_rate,0.3333333333333333,4,12
> avg_wait_s,37.42857142857143,262,7
> in|abandoned|4|159
> in|answered|7|262
> in|voicemail|1|20
> out|answered|1|6
> freepbx-cdr-calls,53,13,0,24,0
> calls_per_day,12,12,1
> abandoned_rate,0.3333333333333333,4,12
> avg_wait_s,37.42857142857143,262,7
> in|abandoned|4|159
> in|answered|7|262
> in|voicemail|1|20
> out|answered|1|6
# An Asterisk without FreePBX, its contexts named by the practice
# (fixtures/formats/legs/asterisk-own-contexts.csv): an inbound call in
# context from-kpn answered after 9 s; two calls back from extensions 201
# and 202 in context internal, one not picked up; an inbound call to a
# ring group of two phones whose caller hung up after 9 s, each leg
# CANCEL (cdr.conf canceldispositionenabled = yes). The truth: 2 inbound
# calls, 1 abandoned, a wait of 9 s for the answered one. Any context but
# FreePBX's outgoing ones read as inbound (3 calls, the call back not
# picked up an abandoned one), and CANCEL was rejected.
$ cp base.db own.db; cp base.db.key own.db.key; ehtrack --db own.db import calls fixtures/formats/legs/asterisk-own-contexts.csv --as asterisk-cdr-calls --practice 01061104 --format csv 2> /dev/null | tail -1 | cut -d, -f4-8; ehtrack --db own.db metrics --metric calls_per_day,abandoned_rate,avg_wait_s --period all --practice 01061104 --format csv | tail -n +2 | cut -d, -f3-6; sqlite3 own.db "SELECT direction, outcome, count(*), sum(wait_s) FROM calls GROUP BY 1, 2"
> 5,4,0,0,0
> calls_per_day,2,2,1
> abandoned_rate,0.5,1,2
> avg_wait_s,9,9,1
> in|abandoned|1|9
> in|answered|1|9
> out|abandoned|1|30
> out|answered|1|12
# The Asterisk sample, then the same file opened and saved by a
# spreadsheet (its times without seconds, each uniqueid a number:
# 1775227383.9530 became 1775227383.953). The calls whose uniqueid ends
# in 0 were stored again as new calls (845 inbound calls where there are
# 756) without a word; the import names them now.
$ cp base.db xl.db; cp base.db.key xl.db.key; ehtrack --db xl.db import calls fixtures/formats/samples/asterisk-Master.csv --as asterisk-cdr-calls --practice 01053021 > /dev/null 2>&1; $PYTHON -c 'import csv, sys; w = csv.writer(sys.stdout, lineterminator="\r\n"); [w.writerow(r[:9] + [t[:16] for t in r[9:12]] + r[12:16] + [repr(float(r[16]))] + r[17:]) for r in csv.reader(open(sys.argv[1]))]' fixtures/formats/samples/asterisk-Master.csv > resaved.csv; ehtrack --db xl.db import calls resaved.csv --as asterisk-cdr-calls --practice 01053021 --format csv 2> err | cut -d, -f4-8; grep -o 'note: [0-9]* records of this file have the id of a record of the same time that an earlier import stored, without its leading zeros (40009 for 00040009) or the last zeros of its decimals' err
> read,inserted,duplicates,skipped,rejected
> 1773,104,812,60,0
> note: 104 records of this file have the id of a record of the same time that an earlier import stored, without its leading zeros (40009 for 00040009) or the last zeros of its decimals
# The same sample saved by a spreadsheet with Dutch settings (';' between
# the values, dates as 23-3-2026 07:01, every uniqueid a number): each row
# was rejected for a column it lacked, or skipped, and nothing said why.
# The import names the cause, and rejects every such row for it: 830 were
# skipped as internal calls, a skip rule reading a column that is not where
# it looks.
$ cp base.db nl.db; cp base.db.key nl.db.key; $PYTHON -c 'import csv, sys; w = csv.writer(sys.stdout, delimiter=";", lineterminator="\r\n"); [w.writerow(r[:16] + [r[16].replace(".", "")] + r[17:]) for r in csv.reader(open(sys.argv[1]))]' fixtures/formats/samples/asterisk-Master.csv > dutch.csv; ehtrack --db nl.db import calls dutch.csv --as asterisk-cdr-calls --practice 01053021 --format csv 2> err | cut -d, -f4-8; grep -o 'note: [0-9]* of the [0-9]* rows (the first on line 1) are separated by .;. where the format reads .,.' err
> read,inserted,duplicates,skipped,rejected
> 1773,0,0,0,1773
> note: 1773 of the 1773 rows (the first on line 1) are separated by ';' where the format reads ','
# Such rows whose dial string held commas ("PJSIP/201&PJSIP/202,30,tr"):
# the commas split them, "30" came where the extension is read, and every
# call was skipped as an internal one, exit 0, a day without calls.
$ printf ';0742781234;0742500100;from-trunk;"""0742781234"" <0742781234>";PJSIP/kpn-trunk-0000001d;PJSIP/201-0000001e;Dial;"PJSIP/201&PJSIP/202,30,tr";2-3-2026 8:0%d;2-3-2026 8:0%d;2-3-2026 8:40;282;264;ANSWERED;DOCUMENTATION;17724382834%d;\r\n' 1 1 1 2 2 2 3 3 3 4 4 4 5 5 5 > dial.csv; cp base.db dial.db; cp base.db.key dial.db.key; ehtrack --db dial.db import calls dial.csv --as asterisk-cdr-calls --practice 01053021 --format csv > out 2> /dev/null; echo "exit $?"; cut -d, -f4-8 out; ehtrack --db dial.db rejects --format csv | sed -n 2p | cut -d, -f3,6-
> exit 1
> read,inserted,duplicates,skipped,rejected
> 5,0,0,0,5
> 1,"separated by ';' where the format reads ',': a spreadsheet with Dutch settings saved the file again; import the file as the system wrote it"
