# imports remove ID (interface.md 7.2): an import taken back leaves every
# figure as if it had never run. Files in fixtures/remove/, for the
# practices of fixtures/metrics/register.yaml; fixtures/remove/figures.sh
# prints every figure a database gives (all metrics by practice and month
# and over everything, JSON; consult_days and call_days; every record and
# leg), fixtures/remove/orders.sh holds it against importing fewer files.
$ ehtrack init > /dev/null && ehtrack plan sync fixtures/metrics/register.yaml > /dev/null && cp ehtrack.db base.db && cp ehtrack.db.key base.db.key && sh fixtures/remove/figures.sh base.db > empty.txt

# --- consults ------------------------------------------------------------------
# A (consults-a.csv): r1 econsult 03-02, r2 f2f 03-03, r3 econsult 03-16 at
#   90000001; 201 phone 03-04, 202 f2f 03-05 at 90000002.
# B (consults-b.csv): r3 again, the same; 201 again, now econsult (the
#   export corrected); new: r5 f2f 04-01 at 90000001, 203 econsult 04-02 at
#   90000002.
# A then B: B stores 2 and finds 2 known; 201 keeps A's figures (phone).
$ for s in ab a b; do cp base.db $s.db; cp base.db.key $s.db.key; done; ehtrack --db ab.db import consults fixtures/remove/consults-a.csv fixtures/remove/consults-b.csv; ehtrack --db a.db import consults fixtures/remove/consults-a.csv > /dev/null; ehtrack --db b.db import consults fixtures/remove/consults-b.csv > /dev/null; cp ab.db ab2.db; cp ab.db.key ab2.db.key
> FILE                            KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/remove/consults-a.csv  consults  canonical     5         5           0        0         0
> fixtures/remove/consults-b.csv  consults  canonical     4         2           2        0         0
! ehtrack: fixtures/remove/consults-b.csv: note: 1 row of this file has the id and time of a stored record but another channel: the stored record keeps the figures of import 1 (fixtures/remove/consults-a.csv), which carried it before this file. If this file corrects it (a format or an export corrected), take that import back ('ehtrack imports remove 1'): the record then has this file's figures, with no need to import this file again. Import 1 also carried days or practices this file lacks, whose records go with it: import its file again after taking it back, and those records come back while the ones this file carries keep its figures (ignore the note that import then gives on other figures: this file is the correction)

# e-consult share by practice and month, A then B:
#   90000001 March: r1, r3 of r1, r2, r3 = 2/3; April: r5 f2f = 0/1
#   90000002 March: 201 (phone), 202 = 0/2;      April: 203 = 1/1
$ ehtrack --db ab.db metrics --metric econsult_share --practice 90000001 --format csv; ehtrack --db ab.db metrics --metric econsult_share --practice 90000002 --format csv | tail -2
> group,period,metric,value,numerator,denominator,partial
> 90000001,2026-03,econsult_share,0.6666666666666666,2,3,true
> 90000001,2026-04,econsult_share,0,0,1,true
> 90000002,2026-03,econsult_share,0,0,2,true
> 90000002,2026-04,econsult_share,1,1,1,true

# Taking A back: r1, r2, 202 only A carried (deleted); r3 and 201 B
# carried too (kept), 201 with B's figures (econsult). Left: B's records.
#   90000001 March: r3 = 1/1; April: r5 = 0/1
#   90000002 March: 201 (econsult) = 1/1; April: 203 = 1/1
$ ehtrack --db ab.db imports remove 1
> removed import 1 (fixtures/remove/consults-a.csv, consults): 3 records deleted; 2 kept, as another import carried them too (1 now as the other imports have it)
$ ehtrack --db ab.db metrics --metric econsult_share --practice 90000001 --format csv; ehtrack --db ab.db metrics --metric econsult_share --practice 90000002 --format csv | tail -2
> group,period,metric,value,numerator,denominator,partial
> 90000001,2026-03,econsult_share,1,1,1,true
> 90000001,2026-04,econsult_share,0,0,1,true
> 90000002,2026-03,econsult_share,1,1,1,true
> 90000002,2026-04,econsult_share,1,1,1,true
$ sqlite3 ab.db "SELECT practice_id, day, n, f2f, phone, econsult FROM consult_days"
> 1|2026-03-16|1|0|0|1
> 1|2026-04-01|1|1|0|0
> 2|2026-03-04|1|0|0|1
> 2|2026-04-02|1|0|0|1
# consult_days: 90000001 (id 1) 03-16 r3, 04-01 r5; 90000002 (id 2) 03-04
# 201, now an e-consult, 04-02 203; the days of r1, r2 and 202 are gone.

# Every figure is that of B alone.
$ sh fixtures/remove/figures.sh ab.db > ab.txt; sh fixtures/remove/figures.sh b.db > b.txt; cmp ab.txt b.txt && echo "A then B, A taken back: every figure as B alone"
> A then B, A taken back: every figure as B alone

# Taking B back too: an empty database's figures.
$ ehtrack --db ab.db imports remove 2
> removed import 2 (fixtures/remove/consults-b.csv, consults): 4 records deleted
$ sh fixtures/remove/figures.sh ab.db > ab.txt; cmp ab.txt empty.txt && echo "and B too: every figure as an empty database"; sqlite3 ab.db "SELECT count(*) FROM consults; SELECT count(*) FROM consult_days; SELECT count(*) FROM consult_carriers"
> and B too: every figure as an empty database
> 0
> 0
> 0

# A then B, B taken back: as A alone (201 stays A's phone consult).
$ ehtrack --db ab2.db imports remove 2; sh fixtures/remove/figures.sh ab2.db > ab2.txt; sh fixtures/remove/figures.sh a.db > a.txt; cmp ab2.txt a.txt && echo "A then B, B taken back: every figure as A alone"
> removed import 2 (fixtures/remove/consults-b.csv, consults): 2 records deleted; 2 kept, as another import carried them too
> A then B, B taken back: every figure as A alone

# The removal is in the history of imports: when, by whom, what it did.
$ ehtrack --db ab2.db imports remove 1 > /dev/null; ehtrack --db ab2.db imports; ehtrack --db ab2.db imports --format json
> ID  FILE                            FORMAT     KIND      TIME                 READ  INSERTED  DUPLICATES  SKIPPED  REJECTED  OUTCOME
>  1  fixtures/remove/consults-a.csv  canonical  consults  2026-11-23T12:00:00     5         5           0        0         0  removed
>  2  fixtures/remove/consults-b.csv  canonical  consults  2026-11-23T12:00:00     4         2           2        0         0  removed
> import 1 removed 2026-11-23T12:00:00 by tester: 5 deleted, 0 kept, 0 changed
> note on import 2: 1 row of this file has the id and time of a stored record but another channel: the stored record keeps the figures of import 1 (fixtures/remove/consults-a.csv), which carried it before this file. If this file corrects it (a format or an export corrected), take that import back ('ehtrack imports remove 1'): the record then has this file's figures, with no need to import this file again. Import 1 also carried days or practices this file lacks, whose records go with it: import its file again after taking it back, and those records come back while the ones this file carries keep its figures (ignore the note that import then gives on other figures: this file is the correction)
> import 2 removed 2026-11-23T12:00:00 by tester: 2 deleted, 2 kept, 0 changed
> [
>   {"id": 1, "file": "fixtures/remove/consults-a.csv", "format": "canonical", "kind": "consults", "time": "2026-11-23T12:00:00", "read": 5, "inserted": 5, "duplicates": 0, "skipped": 0, "rejected": 0, "outcome": "removed", "note": null, "unmapped": [], "unmapped_not_shown": 0, "removal": {"at": "2026-11-23T12:00:00", "by": "tester", "deleted": 5, "kept": 0, "changed": 0}, "updated": 0},
>   {"id": 2, "file": "fixtures/remove/consults-b.csv", "format": "canonical", "kind": "consults", "time": "2026-11-23T12:00:00", "read": 4, "inserted": 2, "duplicates": 2, "skipped": 0, "rejected": 0, "outcome": "removed", "note": "1 row of this file has the id and time of a stored record but another channel: the stored record keeps the figures of import 1 (fixtures/remove/consults-a.csv), which carried it before this file. If this file corrects it (a format or an export corrected), take that import back ('ehtrack imports remove 1'): the record then has this file's figures, with no need to import this file again. Import 1 also carried days or practices this file lacks, whose records go with it: import its file again after taking it back, and those records come back while the ones this file carries keep its figures (ignore the note that import then gives on other figures: this file is the correction)", "unmapped": [], "unmapped_not_shown": 0, "removal": {"at": "2026-11-23T12:00:00", "by": "tester", "deleted": 2, "kept": 2, "changed": 0}, "updated": 0}
> ]

# Three files, C (consults-c.csv) a third version of r2 (role poh) and 201
# (video) and 203 again: every order of taking back any of them leaves the
# figures of importing the others, in their order (r2 takes C's figures
# once A is gone; 201 those of the first import left of A, B, C).
$ sh fixtures/remove/orders.sh consults
> remove 1: as imported 2 3
> remove 2: as imported 1 3
> remove 3: as imported 1 2
> remove 1 2: as imported 3
> remove 2 1: as imported 3
> remove 1 3: as imported 2
> remove 3 1: as imported 2
> remove 2 3: as imported 1
> remove 3 2: as imported 1
> remove 1 2 3: as imported nothing
> remove 1 3 2: as imported nothing
> remove 2 1 3: as imported nothing
> remove 2 3 1: as imported nothing
> remove 3 1 2: as imported nothing
> remove 3 2 1: as imported nothing

# --- survey and registrations ------------------------------------------------------
# Rows without an id are one record when their fields are (survey-b.csv
# repeats 90000001's round of 03-10; registrations-b.csv its 100 accounts of
# 03-01 and gives 90000002 650 accounts on 03-15 where A had 600: another
# record, and the later import's counts). portal_reach, March:
#   A then B: 90000001 latest 03-31: 250, 90000002 03-15: 650 (B's)
#   of 1000 + 3000: 900/4000 = 0.225
#   B taken back: 90000001 03-01: 100, 90000002: 600: 700/4000 = 0.175
$ for s in ab a; do cp base.db $s.db; cp base.db.key $s.db.key; done; ehtrack --db ab.db import registrations fixtures/remove/registrations-a.csv fixtures/remove/registrations-b.csv > /dev/null; ehtrack --db a.db import registrations fixtures/remove/registrations-a.csv > /dev/null; ehtrack --db ab.db metrics --by all --period all --metric portal_reach --format csv | tail -1; ehtrack --db ab.db imports remove 2; ehtrack --db ab.db metrics --by all --period all --metric portal_reach --format csv | tail -1; sh fixtures/remove/figures.sh ab.db > ab.txt; sh fixtures/remove/figures.sh a.db > a.txt; cmp ab.txt a.txt && echo "A then B, B taken back: every figure as A alone"
> all,all,portal_reach,0.225,900,4000,false
> removed import 2 (fixtures/remove/registrations-b.csv, registrations): 2 records deleted; 1 kept, as another import carried it too
> all,all,portal_reach,0.175,700,4000,false
> A then B, B taken back: every figure as A alone
$ sh fixtures/remove/orders.sh survey
> remove 1: as imported 2 3
> remove 2: as imported 1 3
> remove 3: as imported 1 2
> remove 1 2: as imported 3
> remove 2 1: as imported 3
> remove 1 3: as imported 2
> remove 3 1: as imported 2
> remove 2 3: as imported 1
> remove 3 2: as imported 1
> remove 1 2 3: as imported nothing
> remove 1 3 2: as imported nothing
> remove 2 1 3: as imported nothing
> remove 2 3 1: as imported nothing
> remove 3 1 2: as imported nothing
> remove 3 2 1: as imported nothing
$ sh fixtures/remove/orders.sh registrations
> remove 1: as imported 2 3
> remove 2: as imported 1 3
> remove 3: as imported 1 2
> remove 1 2: as imported 3
> remove 2 1: as imported 3
> remove 1 3: as imported 2
> remove 3 1: as imported 2
> remove 2 3: as imported 1
> remove 3 2: as imported 1
> remove 1 2 3: as imported nothing
> remove 1 3 2: as imported nothing
> remove 2 1 3: as imported nothing
> remove 2 3 1: as imported nothing
> remove 3 1 2: as imported nothing
> remove 3 2 1: as imported nothing

# --- what cannot be taken back ---------------------------------------------------------
$ cp base.db e.db; cp base.db.key e.db.key; ehtrack --db e.db import consults fixtures/remove/consults-a.csv > /dev/null; ehtrack --db e.db imports remove 1 > /dev/null
# An import removed already, an unknown one, one that is not a number.
$ ehtrack --db e.db imports remove 1
! ehtrack: import 1 (fixtures/remove/consults-a.csv) was removed already, on 2026-11-23T12:00
? 1
$ ehtrack --db e.db imports remove 7
! ehtrack: no import 7 (see 'ehtrack imports'; a dry run records none)
? 1
$ ehtrack --db e.db imports remove first
! ehtrack: imports remove: ID is a number from 'ehtrack imports' (got 'first')
! usage: ehtrack imports remove ID
? 2
$ ehtrack --db e.db imports remove
! ehtrack: imports remove: name the import to take back (its ID in 'ehtrack imports')
! usage: ehtrack imports remove ID
? 2
# A dry run records no import: its number is nobody's.
$ cp base.db d.db; cp base.db.key d.db.key; ehtrack --db d.db import consults fixtures/remove/consults-a.csv --dry-run > /dev/null 2>&1; ehtrack --db d.db imports remove 1
! ehtrack: no import 1 (see 'ehtrack imports'; a dry run records none)
? 1
# An import refused under --strict stored nothing.
$ cp base.db s.db; cp base.db.key s.db.key; ehtrack --db s.db import consults fixtures/logs/consults-bad.csv --strict > /dev/null 2>&1; ehtrack --db s.db imports remove 1
! ehtrack: import 1 (fixtures/logs/consults-bad.csv) stored nothing: it was refused under --strict
? 1
# Imports made before ehtrack recorded which imports carried a record: when
# one of them met records again, nothing of that kind can be taken back,
# and nothing changes.
$ cp base.db u.db; cp base.db.key u.db.key; ehtrack --db u.db import consults fixtures/remove/consults-a.csv fixtures/remove/consults-b.csv > /dev/null; sqlite3 u.db "UPDATE imports SET tracked = 0"; sh fixtures/remove/figures.sh u.db > before.txt
! ehtrack: fixtures/remove/consults-b.csv: note: 1 row of this file has the id and time of a stored record but another channel: the stored record keeps the figures of import 1 (fixtures/remove/consults-a.csv), which carried it before this file. If this file corrects it (a format or an export corrected), take that import back ('ehtrack imports remove 1'): the record then has this file's figures, with no need to import this file again. Import 1 also carried days or practices this file lacks, whose records go with it: import its file again after taking it back, and those records come back while the ones this file carries keep its figures (ignore the note that import then gives on other figures: this file is the correction)
$ ehtrack --db u.db imports remove 1
! ehtrack: import 1 cannot be taken back: import 2 of consults met records already stored and was made by an ehtrack that did not yet record which imports carried a record, so what imports of consults share is not known; to take imports back, import the files again into a new database
? 1
$ sh fixtures/remove/figures.sh u.db > after.txt; cmp before.txt after.txt && echo "nothing changed"
> nothing changed

# The Dutch workbook names the outcome in Dutch (it said "removed").
$ cp ab.db ab3.db && cp ab.db.key ab3.db.key && ehtrack --db ab3.db imports remove 1 > /dev/null && ehtrack --db ab3.db report region Twente --lang nl -o nl.xlsx > /dev/null 2>&1; $PYTHON -c "import openpyxl; ws = openpyxl.load_workbook('nl.xlsx')['Datakwaliteit']; print([r[-1] for r in ws.iter_rows(values_only=True) if r[0] in (1, 2)])"
> ['teruggenomen (imports remove)', 'teruggenomen (imports remove)']

# Two plain exports of X that differ (S abandoned after 5 s, L answered)
# and legs of it (A), in every order: among plain imports the first counts,
# and it is a leg of the call whether the legs came before or after it, so
# the call follows the plain files' order only; taking any import back
# equals the other two alone (with the second plain export after the legs,
# both became legs, and taking the legs back kept their merge).
$ sh fixtures/remove/plain-legs.sh
> S L A: 14 s wait, 0 s talk, abandoned
> S A L: 14 s wait, 0 s talk, abandoned
> A S L: 14 s wait, 0 s talk, abandoned
> L S A: 14 s wait, 60 s talk, answered
> L A S: 14 s wait, 60 s talk, answered
> A L S: 14 s wait, 60 s talk, answered
> 18 imports taken back, 0 differing from the other two alone

# The rejected rows of an import taken back are left out of the list of
# all (it sent users to fix a file they had taken back) and of the
# workbook's Data quality sheet; 'rejects ID' shows them, saying so.
$ ehtrack init --db rj.db > /dev/null 2>&1; ehtrack --db rj.db plan sync plans/ > /dev/null; ehtrack --db rj.db import consults fixtures/formats/his-consults-bad-1252.csv --as his-nl-consults --practice 01053147 > /dev/null 2>&1; ehtrack --db rj.db imports remove 1 > /dev/null; ehtrack --db rj.db rejects; ehtrack --db rj.db rejects 1 --format csv | wc -l
> IMPORT  FILE  LINE  COLUMN  FIELD  REASON
> 8
! ehtrack: note: 7 rejected rows of imports taken back (imports remove) not shown; 'ehtrack rejects ID' shows an import's own
! ehtrack: note: import 1 was taken back (imports remove): these rows are in no figure, and need no fixing unless the file is imported again
$ ehtrack --db rj.db report practice 01053147 -o rj.xlsx --from 2026-01-01 --to 2026-12-31 > /dev/null 2>&1; $PYTHON $ROOT/tests/report/inspect_xlsx.py quality rj.xlsx
> gaps 01053147: 12 12 12 12; consults: 2026-01..2026-12; messages: 2026-01..2026-12; calls: 2026-01..2026-12; registrations: 2026-01..2026-12; missed calls logged: -
> import 1: Consults, read 12, added 4, skipped 1, rejected 7, removed (imports remove)

# Taking back a large import on a terminal shows how far it is (it said
# nothing for as long as it took: 12 to 44 s for 2M calls). 5,000 consults
# imported twice: the first taken back (every record kept, the second
# import now theirs: every figure as the file imported once), then the
# second (every record deleted: every figure as before the file).
$ awk 'BEGIN { print "id,practice,start,patient,channel,role,minutes,reason"; for (i = 1; i <= 5000; i++) printf "p%d,90000001,2026-03-%02d %02d:%02d,P%d,%s,gp,10,\n", i, 1 + i % 28, 8 + i % 9, i % 60, i % 700, (i % 3 ? "f2f" : "econsult") }' > many.csv && for d in once pg; do cp base.db $d.db && cp base.db.key $d.db.key && ehtrack --db $d.db import consults many.csv > /dev/null; done && ehtrack --db pg.db import consults many.csv > /dev/null && sh fixtures/remove/figures.sh once.db > once.txt
$ script -qec "ehtrack --db pg.db imports remove 1" /dev/null | tr '\r' '\n' | grep -E "100%|removed" | sed 's/ *$//'; sh fixtures/remove/figures.sh pg.db > pg.txt; cmp once.txt pg.txt && echo "as the file imported once"
> taking back import 1: 100%  5000 of 5000 records
> removed import 1 (many.csv, consults): 0 records deleted; 5000 kept, as another import carried them too
> as the file imported once
$ script -qec "ehtrack --db pg.db imports remove 2" /dev/null | tr '\r' '\n' | grep -E "100%|removed" | sed 's/ *$//'; sh fixtures/remove/figures.sh pg.db > pg.txt; cmp empty.txt pg.txt && echo "as before the file"
> taking back import 2: 100%  5000 of 5000 records
> removed import 2 (many.csv, consults): 5000 records deleted
> as before the file
# Not on a terminal, nothing but the result.
$ cp once.db pq.db && cp once.db.key pq.db.key && ehtrack --db pq.db imports remove 1 2>&1
> removed import 1 (many.csv, consults): 5000 records deleted

# Taking back the only import of legs left a plain import's unanswered call
# as the merge of its one leg: a callback that waited 31 s and talked 217 s
# read 248 s of wait and no talk, in call_days too (avg_wait_s and talk
# time wrong), and "0 changed", whichever of the two came first. It is the
# plain import's call again, as the plain file imported alone.
$ printf '%s\n' ',0612345678,0541012101,from-trunk,"C" <0612345678>,PJSIP/trunk-01,PJSIP/201-0001,Dial,,2026-03-02 08:00:00,,2026-03-02 08:00:20,20,0,NO ANSWER,DOCUMENTATION,1772438400.11,' > one-leg.csv && printf 'id,practice,start,direction,wait_s,talk_s,outcome\n1772438400.11,90000001,2026-03-02T09:00:00,in,31,217,callback\n' > plain-call.csv && for first in legs plain; do cp base.db lg.db && cp base.db.key lg.db.key; [ $first = plain ] && ehtrack --db lg.db import calls plain-call.csv > /dev/null 2>&1; ehtrack --db lg.db import calls one-leg.csv --as asterisk-cdr-calls --practice 90000001 > /dev/null 2>&1; [ $first = legs ] && ehtrack --db lg.db import calls plain-call.csv > /dev/null 2>&1; ehtrack --db lg.db imports remove $([ $first = legs ] && echo 1 || echo 2); sqlite3 lg.db "SELECT wait_s, talk_s, outcome FROM calls; SELECT inbound, callback, inbound_wait_s, talk_s FROM call_days"; done
> removed import 1 (one-leg.csv, calls): 0 records deleted; 1 kept, as another import carried it too (1 now as the other imports have it)
> 31|217|callback
> 1|1|31|217
> removed import 2 (one-leg.csv, calls): 0 records deleted; 1 kept, as another import carried it too (1 now as the other imports have it)
> 31|217|callback
> 1|1|31|217
