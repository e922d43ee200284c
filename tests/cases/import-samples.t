# The shipped formats on exports as their systems write them
# (tests/fixtures/formats/samples, docs/formats.md "The shipped formats"):
# two working weeks of a practice (one for FreePBX, whose queue writes three
# legs a call and more). tests/tools/format-samples.py built each sample
# from a model of what happened; its `truth` is what the figures must be,
# and `compare` holds ehtrack's figures against it.
$ ehtrack init > /dev/null && ehtrack plan sync plans/ > /dev/null
$ $PYTHON $ROOT/tests/tools/format-samples.py check fixtures/formats/samples
> asterisk-Master.csv: as generated
> freepbx-cdr.csv: as generated
> 3cx-cdr.log: as generated
> his-contacten-1252.csv: as generated
> his-journaal-1252.csv: as generated

# --- Asterisk cdr_csv Master.csv (practice 01061239) ---------------------------
# 2026-03-23..04-03, UTC (the switch to summer time in between): a ring group
# of two phones writes a leg per phone (a busy one too), the voicemail a
# leg of its own after 30 s; internal calls and *97 are skipped.
$ $PYTHON $ROOT/tests/tools/format-samples.py truth asterisk
> abandoned: 100
> answered: 615
> answered_wait_s: 9556
> inbound: 756
> outbound: 160
> rows: 1773
> skipped: 60
> voicemail: 41
$ ehtrack import calls fixtures/formats/samples/asterisk-Master.csv --as asterisk-cdr-calls --practice 01061239
> FILE                                          KIND   FORMAT              READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/samples/asterisk-Master.csv  calls  asterisk-cdr-calls  1773       916           0       60         0
$ ehtrack metrics --practice 01061239 --metric calls_per_day,abandoned_rate,avg_wait_s --period all --format json | tee asterisk.json
> [
>   {"group": "01061239", "period": "all", "metric": "calls_per_day", "value": 63, "numerator": 756, "denominator": 12, "partial": false},
>   {"group": "01061239", "period": "all", "metric": "abandoned_rate", "value": 0.13227513227513227, "numerator": 100, "denominator": 756, "partial": false},
>   {"group": "01061239", "period": "all", "metric": "avg_wait_s", "value": 15.538211382113822, "numerator": 9556, "denominator": 615, "partial": false}
> ]
$ $PYTHON $ROOT/tests/tools/format-samples.py compare asterisk < asterisk.json
> inbound calls: 756 (truth 756)
> abandoned: 100 (truth 100)
> abandoned rate: 13.23% (truth 13.23%)
> answered: 615 (truth 615)
> mean wait (s): 15.54 (truth 15.54)
# The calls land on the right Amsterdam day and hour: the first at 08:00 in
# winter, and after the switch still between 08:00 and 17:00.
$ sqlite3 ehtrack.db "SELECT min(time(start, 'unixepoch')), max(time(start, 'unixepoch')), count(DISTINCT date(start, 'unixepoch')) FROM calls c JOIN practices p ON p.id = c.practice_id WHERE p.agb = '01061239'"
> 08:00:24|16:59:05|10
# The next Master.csv repeats it: nothing twice, nothing moves.
$ ehtrack import calls fixtures/formats/samples/asterisk-Master.csv --as asterisk-cdr-calls --practice 01061239 --format csv | cut -d, -f4-8; ehtrack metrics --practice 01061239 --metric abandoned_rate,avg_wait_s --period all --format json | $PYTHON $ROOT/tests/tools/format-samples.py compare asterisk | tail -2
> read,inserted,duplicates,skipped,rejected
> 1773,0,916,60,0
> answered: 615 (truth 615)
> mean wait (s): 15.54 (truth 15.54)

# --- FreePBX CDR Reports CSV download (practice 01061452) -------------------
# 2026-03-30..04-03, local time, newest call first; a ringall queue of three
# rings in rounds of 15 s every 20 s, each ring a leg; after three rounds the
# voicemail. did tells inbound; extension to extension is skipped.
$ $PYTHON $ROOT/tests/tools/format-samples.py truth freepbx
> abandoned: 49
> answered: 308
> answered_wait_s: 5302
> inbound: 378
> outbound: 77
> rows: 1620
> skipped: 25
> voicemail: 21
$ ehtrack import calls fixtures/formats/samples/freepbx-cdr.csv --as freepbx-cdr-calls --practice 01061452
> FILE                                      KIND   FORMAT             READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/samples/freepbx-cdr.csv  calls  freepbx-cdr-calls  1620       455           0       25         0
# A billsec that is no number: the wait is duration minus billsec, and the
# column at fault is billsec's, 11 (it said 10, duration's).
$ $PYTHON -c "import csv, sys; r = list(csv.reader(open('fixtures/formats/samples/freepbx-cdr.csv', newline=''))); r[1][10] = 'abc'; csv.writer(sys.stdout, lineterminator='\n').writerows(r[:2])" > billsec.csv && ehtrack import calls billsec.csv --as freepbx-cdr-calls --practice 01061452 --dry-run > /dev/null
! ehtrack: billsec.csv:2:11: wait_s: column 11 (minus_column) is not a number
! ehtrack: billsec.csv: 1 row would be rejected
! ehtrack: dry run: nothing was written
? 1
$ ehtrack metrics --practice 01061452 --metric abandoned_rate,avg_wait_s --period all --format json | $PYTHON $ROOT/tests/tools/format-samples.py compare freepbx
> inbound calls: 378 (truth 378)
> abandoned: 49 (truth 49)
> abandoned rate: 12.96% (truth 12.96%)
> answered: 308 (truth 308)
> mean wait (s): 17.21 (truth 17.21)

# --- 3CX cdr.log (practice 01061587) -----------------------------------------
# 2026-03-23..04-03: one row a call, no header, UTC, CRLF, HH:MM:SS; the
# wait from time-start to time-answered (or time-end); calls between
# extensions, queues and voicemail without a Line are skipped.
$ $PYTHON $ROOT/tests/tools/format-samples.py truth 3cx
> abandoned: 101
> answered: 617
> answered_wait_s: 9666
> inbound: 764
> outbound: 159
> rows: 973
> skipped: 50
> voicemail: 46
$ ehtrack import calls fixtures/formats/samples/3cx-cdr.log --as 3cx-cdr-calls --practice 01061587
> FILE                                  KIND   FORMAT         READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/samples/3cx-cdr.log  calls  3cx-cdr-calls   973       923           0       50         0
$ ehtrack metrics --practice 01061587 --metric abandoned_rate,avg_wait_s --period all --format json | $PYTHON $ROOT/tests/tools/format-samples.py compare 3cx
> inbound calls: 764 (truth 764)
> abandoned: 101 (truth 101)
> abandoned rate: 13.22% (truth 13.22%)
> answered: 617 (truth 617)
> mean wait (s): 15.67 (truth 15.67)

# --- Dutch HIS contacts with contact numbers (practice 01053288) -------------
# 2026-03-02..13: contacts, repeat prescriptions, notes and letters, in
# Windows-1252 with CRLF; a HIDHA, a waarnemer and a HAIO are GPs.
$ ehtrack import consults fixtures/formats/samples/his-contacten-1252.csv --as his-nl-consults --practice 01053288
> FILE                                             KIND      FORMAT           READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/samples/his-contacten-1252.csv  consults  his-nl-consults  1648      1158           0      490         0
$ sqlite3 ehtrack.db "SELECT channel, role, count(*) FROM consults c JOIN practices p ON p.id = c.practice_id WHERE p.agb = '01053288' GROUP BY 1, 2" | $PYTHON $ROOT/tests/tools/format-samples.py compare his
> consults econsult by assistant: 35 (truth 35)
> consults econsult by gp: 102 (truth 102)
> consults econsult by poh: 26 (truth 26)
> consults f2f by assistant: 55 (truth 55)
> consults f2f by gp: 354 (truth 354)
> consults f2f by other: 28 (truth 28)
> consults f2f by poh: 119 (truth 119)
> consults phone by assistant: 155 (truth 155)
> consults phone by gp: 151 (truth 151)
> consults phone by other: 4 (truth 4)
> consults phone by poh: 41 (truth 41)
> consults video by gp: 27 (truth 27)
> consults video by poh: 23 (truth 23)
> consults visit by gp: 31 (truth 31)
> consults visit by poh: 7 (truth 7)
> consults: 1158 (truth 1158)
# The e-consult share: (35 + 102 + 26) / 1158 = 163 / 1158.
$ ehtrack metrics --practice 01053288 --metric econsult_share --period all --format csv
> group,period,metric,value,numerator,denominator,partial
> 01053288,all,econsult_share,0.14075993091537134,163,1158,false

# --- Dutch HIS journal without contact numbers (practice 01053365) ----------
# 2026-03-16..27: besides contacts, notes over several lines, repeat
# prescriptions and appointment requests from the portal, all skipped. A
# contact is identified by its fields: the same export again adds nothing.
$ ehtrack import consults fixtures/formats/samples/his-journaal-1252.csv fixtures/formats/samples/his-journaal-1252.csv --as his-nl-journal-consults --practice 01053365
> FILE                                            KIND      FORMAT                   READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/samples/his-journaal-1252.csv  consults  his-nl-journal-consults  1549      1019           0      530         0
> fixtures/formats/samples/his-journaal-1252.csv  consults  his-nl-journal-consults  1549         0        1019      530         0
$ sqlite3 ehtrack.db "SELECT channel, role, count(*) FROM consults c JOIN practices p ON p.id = c.practice_id WHERE p.agb = '01053365' GROUP BY 1, 2" | $PYTHON $ROOT/tests/tools/format-samples.py compare journal | tail -1
> consults: 1019 (truth 1019)
$ sqlite3 ehtrack.db "SELECT channel, role, count(*) FROM consults c JOIN practices p ON p.id = c.practice_id WHERE p.agb = '01053365' GROUP BY 1, 2" | $PYTHON $ROOT/tests/tools/format-samples.py compare journal | grep -c MISMATCH
> 0
? 1

# No patient number reached the database.
$ sqlite3 ehtrack.db "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null; cat ehtrack.db* | grep -a -c -E 'P99[0-9]{5}'
> 0
? 1
