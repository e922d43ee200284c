# Rows a format skips, and source codes it does not map (interface.md 7.2,
# docs/formats.md "Skipping rows" and "Unmapped codes").
$ ehtrack init > /dev/null && ehtrack plan sync plans/ > /dev/null

# fixtures/formats/his-unmapped-1252.csv, 18 rows, by contact type:
#   Consult, Consult, Telefonisch consult   3 contacts that land
#   Notitie, Herhaalrecept                  2 no contacts: skipped
#   Groepsbijeenkomst                       6 rows (one also with 31-02): listed
#   Intake                                  2 rows: counted, not shown
#   Verwijzing 100234                       5 rows: a number like a patient's
#                                           in a consult export: never shown
# So 13 rejected, and 2 + 5 = 7 codes not shown.
$ ehtrack import consults fixtures/formats/his-unmapped-1252.csv --as his-nl-consults --practice 01053147
> FILE                                    KIND      FORMAT           READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/his-unmapped-1252.csv  consults  his-nl-consults    18         3           0        2        13
> unmapped codes in fixtures/formats/his-unmapped-1252.csv: channel 'Groepsbijeenkomst' (6 rows); 7 more not shown
! ehtrack: fixtures/formats/his-unmapped-1252.csv: 13 rows rejected; see 'ehtrack rejects 1'
? 1

# The same in JSON and CSV, in imports, and under the rejects.
$ ehtrack import consults fixtures/formats/his-unmapped-1252.csv --as his-nl-consults --practice 01053147 --format json 2> /dev/null
> [
>   {"file": "fixtures/formats/his-unmapped-1252.csv", "kind": "consults", "format": "his-nl-consults", "read": 18, "inserted": 0, "duplicates": 3, "skipped": 2, "rejected": 13, "unmapped": [{"field": "channel", "value": "Groepsbijeenkomst", "rows": 6}], "unmapped_not_shown": 7}
> ]
? 1
$ ehtrack import consults fixtures/formats/his-unmapped-1252.csv --as his-nl-consults --practice 01053147 --format csv 2> /dev/null
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> fixtures/formats/his-unmapped-1252.csv,consults,his-nl-consults,18,0,3,2,13,channel 'Groepsbijeenkomst' (6 rows); 7 more not shown
? 1
$ ehtrack imports --format json | grep -o '"skipped": [0-9]*, "rejected": [0-9]*, .*'
> "skipped": 2, "rejected": 13, "outcome": "imported", "note": null, "unmapped": [{"field": "channel", "value": "Groepsbijeenkomst", "rows": 6}], "unmapped_not_shown": 7, "removal": null, "updated": 0},
> "skipped": 2, "rejected": 13, "outcome": "imported", "note": null, "unmapped": [{"field": "channel", "value": "Groepsbijeenkomst", "rows": 6}], "unmapped_not_shown": 7, "removal": null, "updated": 0},
> "skipped": 2, "rejected": 13, "outcome": "imported", "note": null, "unmapped": [{"field": "channel", "value": "Groepsbijeenkomst", "rows": 6}], "unmapped_not_shown": 7, "removal": null, "updated": 0}
$ ehtrack rejects 1 | tail -4
>      1  fixtures/formats/his-unmapped-1252.csv    15       5  channel  channel: not one of f2f | phone | econsult | video | visit
>      1  fixtures/formats/his-unmapped-1252.csv    16       5  channel  channel: not one of f2f | phone | econsult | video | visit
>      1  fixtures/formats/his-unmapped-1252.csv    17       5  channel  channel: not one of f2f | phone | econsult | video | visit
> unmapped codes of import 1: channel 'Groepsbijeenkomst' (6 rows); 7 more not shown
$ ehtrack imports
> ID  FILE                                    FORMAT           KIND      TIME                 READ  INSERTED  DUPLICATES  SKIPPED  REJECTED  OUTCOME
>  1  fixtures/formats/his-unmapped-1252.csv  his-nl-consults  consults  2026-11-23T12:00:00    18         3           0        2        13  imported
>  2  fixtures/formats/his-unmapped-1252.csv  his-nl-consults  consults  2026-11-23T12:00:00    18         0           3        2        13  imported
>  3  fixtures/formats/his-unmapped-1252.csv  his-nl-consults  consults  2026-11-23T12:00:00    18         0           3        2        13  imported
> unmapped codes of import 1: channel 'Groepsbijeenkomst' (6 rows); 7 more not shown
> unmapped codes of import 2: channel 'Groepsbijeenkomst' (6 rows); 7 more not shown
> unmapped codes of import 3: channel 'Groepsbijeenkomst' (6 rows); 7 more not shown
# The workbook's Data quality sheet lists them too, under the rejects.
$ ehtrack report practice 01053147 -o p.xlsx --from 2026-01-01 --to 2026-12-31 > /dev/null 2>&1; $PYTHON $ROOT/tests/report/inspect_xlsx.py quality p.xlsx | grep -E '^(rejected|unmapped) in import 1'
> rejected in import 1: 12 row(s) from line 3, field channel: channel: not one of f2f | phone | econsult | video | visit
> rejected in import 1: 1 row(s) from line 13, field start: start: no day of the calendar: that month has 28 days
> unmapped in import 1: channel Groepsbijeenkomst, 6 row(s)
> unmapped in import 1: - (not shown: fewer than 5 rows, or possibly a patient's data), 7 row(s)

# A format that reads the wrong column (channel from the patient numbers)
# and a free-text reason without a catch-all: none of their values is ever
# shown, whatever its count: the patient P9950130 has five rows (the three
# contacts and the two intakes), "Diabetes" six. 18 channels and 9 reasons
# unmapped.
$ ehtrack import consults fixtures/formats/his-unmapped-1252.csv --as fixtures/formats/his-shifted.yaml --practice 01053147
> FILE                                    KIND      FORMAT       READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/his-unmapped-1252.csv  consults  his-shifted    18         0           0        0        18
> unmapped codes in fixtures/formats/his-unmapped-1252.csv: 27 rows not shown
! ehtrack: fixtures/formats/his-unmapped-1252.csv: 18 rows rejected; see 'ehtrack rejects 4'
? 1
$ { ehtrack rejects; ehtrack imports; ehtrack imports --format json; sqlite3 ehtrack.db "SELECT * FROM import_unmapped"; } | grep -c -E 'P99[0-9]{5}|Diabetes|Keelpijn|100234'
> 0
? 1
$ sqlite3 ehtrack.db "SELECT import_id, field, value, rows FROM import_unmapped; SELECT id, skipped, unmapped_other FROM imports"
> 1|channel|Groepsbijeenkomst|6
> 2|channel|Groepsbijeenkomst|6
> 3|channel|Groepsbijeenkomst|6
> 1|2|7
> 2|2|7
> 3|2|7
> 4|0|27

# Calls carry no patients: their codes are shown. A hosted PBX's export
# (fixtures/formats/cloud-pbx-calls-transfer.csv, Windows-1252): 6 calls put
# through to the GP on duty (a status the format does not map, with an en
# dash), 2 internal calls (a direction it does not map), 1 answered call.
$ ehtrack import calls fixtures/formats/cloud-pbx-calls-transfer.csv --as fixtures/formats/cloud-pbx-calls.yaml
> FILE                                           KIND   FORMAT           READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/cloud-pbx-calls-transfer.csv  calls  cloud-pbx-calls     9         1           0        0         8
> unmapped codes in fixtures/formats/cloud-pbx-calls-transfer.csv: outcome 'Doorverbonden – dienstdoende huisarts' (6 rows); 2 more not shown
! ehtrack: fixtures/formats/cloud-pbx-calls-transfer.csv: 8 rows rejected; see 'ehtrack rejects 5'
! ehtrack: fixtures/formats/cloud-pbx-calls-transfer.csv: note: no abandoned inbound calls in this file: if the phone system does not log missed calls (as Asterisk with unanswered = no in cdr.conf), abandoned_rate and calls_per_day count too low
? 1

# The map gets a rule, the internal calls a skip rule: everything lands or is
# skipped, and the import exits 0.
$ sed -e 's/      - {match: "(?i)^beantwoord", value: answered}/      - {match: "(?i)^beantwoord|doorverbonden", value: answered}/' -e 's/^fields:/skip: [{name: internal, when: [{column: Richting, match: "(?i)^intern"}]}]\nfields:/' fixtures/formats/cloud-pbx-calls.yaml > pbx.yaml; ehtrack import calls fixtures/formats/cloud-pbx-calls-transfer.csv --as ./pbx.yaml
> FILE                                           KIND   FORMAT           READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/cloud-pbx-calls-transfer.csv  calls  cloud-pbx-calls     9         6           1        2         0
! ehtrack: fixtures/formats/cloud-pbx-calls-transfer.csv: note: no abandoned inbound calls in this file: if the phone system does not log missed calls (as Asterisk with unanswered = no in cdr.conf), abandoned_rate and calls_per_day count too low

# Contact types of Dutch HIS exports the shipped formats read wrong,
# without a word: a Teleconsult (a GP consulting a specialist, no patient
# contact) matched "econsult" inside "Teleconsult" and counted as an
# e-consult; an E-mailconsult (the older name of the e-consult), a
# Chatconsult, an E-consult with an en dash and a Terugbelconsult fell to
# "consult" and counted face to face, as did a Consult tel. (phone), a
# Beeldconsult (video) and the non-contacts Herhaalreceptconsult,
# Intercollegiaal consult and Consult niet verschenen; a Terugbelverzoek (a
# request: the call back is a contact of its own) counted as a call; a
# Vaccinatie and the Totaal line a spreadsheet writes below the export were
# rejects. Truth of the 20 rows: e-consults 5, phone 3, video 2, f2f 2,
# skipped 8 (two teleconsults, the repeat prescription, the colleague, the
# no-show, the call-back request, the letter, the total line).
$ ehtrack import consults fixtures/formats/his-consults-kinds-1252.csv --as his-nl-consults --practice 01061104 --format csv | cut -d, -f4-8; sqlite3 ehtrack.db "SELECT id, channel FROM consults WHERE id LIKE '2051%' ORDER BY id"
> read,inserted,duplicates,skipped,rejected
> 20,12,0,8,0
> 205101|econsult
> 205102|econsult
> 205103|econsult
> 205106|phone
> 205107|phone
> 205108|f2f
> 205109|econsult
> 205110|econsult
> 205111|phone
> 205112|video
> 205113|video
> 205114|f2f
# The journal format reads the same types alike (no contact number: the
# channels counted). A total line has its word in the first column.
$ iconv -f cp1252 -t utf-8 fixtures/formats/his-consults-kinds-1252.csv | awk -F';' 'NR == 1 { print "Datum;Tijd;Patiëntnummer;Soort;Medewerker;Functie;Duur;ICPC;Tekst"; next } { printf "%s;%s;%s;%s;%s;%s;%s;;\r\n", $2, $3, $4, $5, $6, $7, $8 }' | sed 's/^;;;;;;;;/Totaal;;;;;;;;/' | iconv -f utf-8 -t cp1252 > journal-kinds.csv; ehtrack import consults journal-kinds.csv --as his-nl-journal-consults --practice 01053147 --format csv | cut -d, -f4-8; sqlite3 ehtrack.db "SELECT channel, count(*) FROM consults c JOIN imports i ON i.id = c.import_id WHERE i.file = 'journal-kinds.csv' GROUP BY 1 ORDER BY 1"
> read,inserted,duplicates,skipped,rejected
> 20,12,0,8,0
> econsult|5
> f2f|2
> phone|3
> video|2
