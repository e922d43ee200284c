# An import reads, checks and pseudonymises the file in a second thread
# while the first stores the rows; $EHTRACK_THREADS=1 does both in one
# (docs/design.md, "Import"). Both ways store the same, on a file that
# crosses many hand-overs between the threads: 20,000 generated consults
# with ids in order (stored as read), text ids and integer ids out of
# order (sorted), repeated lines, impossible dates and an unknown channel.
$ ehtrack generate --practices 3 --consults 20000 --seed 5 --out gen > /dev/null && echo generated
> generated
# Line n of the generated file (n = 2..20001) becomes: a start in month 13
# when n is a multiple of 1000 (20 lines), channel "fax" when a multiple
# of 1500 (13; 6 of them also in month 13), id "C..." when a multiple of 3,
# moved to the end, last first, when a multiple of 5, written twice when a
# multiple of 701 but not of 5 (23). So: 20,023 lines read, 27 rejected
# (20 + 13 - 6), 23 duplicates, 20,000 - 27 = 19,973 stored.
$ awk -F, -v OFS=, 'NR == 1 {print; next} {if (NR % 1000 == 0) $3 = "2026-13-01T10:00"; if (NR % 1500 == 0) $5 = "fax"; if (NR % 3 == 0) $1 = "C" $1; if (NR % 5 == 0) {late[++n] = $0; next} print; if (NR % 701 == 0) print} END {for (i = n; i >= 1; i--) print late[i]}' gen/consults.csv > mixed.csv && wc -l < mixed.csv
> 20024
# One database, and a copy with the same key, so the patients' pseudonyms
# agree (pair.sh, made anew for each file below); same.sh compares the
# tables it names between the two.
$ echo 'rm -f one.db two.db && ehtrack --db one.db init > /dev/null && ehtrack --db one.db plan sync gen > /dev/null && cp one.db two.db && cp one.db.key two.db.key && echo ready' > pair.sh && echo 'for t in "$@"; do sqlite3 one.db "SELECT * FROM $t ORDER BY 1, 2, 3" > one.$t; sqlite3 two.db "SELECT * FROM $t ORDER BY 1, 2, 3" > two.$t; cmp one.$t two.$t && echo "$t: $(wc -l < one.$t) rows, the same"; done' > same.sh && sh pair.sh
> ready
$ EHTRACK_THREADS=1 ehtrack --db one.db import consults mixed.csv --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> mixed.csv,consults,canonical,20023,19973,23,0,27,channel 'fax' (13 rows)
! ehtrack: mixed.csv: 27 rows rejected; see 'ehtrack rejects 1'
? 1
$ EHTRACK_THREADS=2 ehtrack --db two.db import consults mixed.csv --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> mixed.csv,consults,canonical,20023,19973,23,0,27,channel 'fax' (13 rows)
! ehtrack: mixed.csv: 27 rows rejected; see 'ehtrack rejects 1'
? 1
# Every record, day, month, reject and unmapped code the same.
$ sh same.sh consults consult_days consult_months rejects import_unmapped
> consults: 19973 rows, the same
> consult_days: 830 rows, the same
> consult_months: 39 rows, the same
> rejects: 27 rows, the same
> import_unmapped: 1 rows, the same
# The rejects in the order of the file's lines.
$ ehtrack --db two.db rejects 1 --format csv | sed -n '2,4p'
> 1,mixed.csv,16025,3,start,start: not a time YYYY-MM-DD HH:MM[:SS]
> 1,mixed.csv,16125,5,channel,channel: not one of f2f | phone | econsult | video | visit
> 1,mixed.csv,16225,3,start,start: not a time YYYY-MM-DD HH:MM[:SS]

# The file four times over (80,092 lines: past the 65,536 lines after
# which a batch is handed over however few items it holds): 23 + 3 x
# 19,996 duplicates, 4 x 27 rejected, the same 19,973 records.
$ (head -1 mixed.csv; for i in 1 2 3 4; do tail -n +2 mixed.csv; done) > four.csv && sh pair.sh
> ready
$ EHTRACK_THREADS=1 ehtrack --db one.db import consults four.csv --format csv 2> /dev/null; EHTRACK_THREADS=2 ehtrack --db two.db import consults four.csv --format csv 2> /dev/null
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> four.csv,consults,canonical,80092,19973,60011,0,108,channel 'fax' (52 rows)
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> four.csv,consults,canonical,80092,19973,60011,0,108,channel 'fax' (52 rows)
? 1
$ sh same.sh consults consult_days consult_months rejects
> consults: 19973 rows, the same
> consult_days: 830 rows, the same
> consult_months: 39 rows, the same
> rejects: 108 rows, the same

# Every 20th line of it with a start of "soon" (4,004 lines, none of them
# rejected before): 4,112 rejects, far more than the 256 a batch carries
# between the threads; the duplicates fall by the 4,004 lines rejected.
$ awk -F, -v OFS=, 'NR == 1 || NR % 20 != 0 {print; next} {$3 = "soon"; print}' four.csv > soon.csv && sh pair.sh
> ready
$ EHTRACK_THREADS=1 ehtrack --db one.db import consults soon.csv --format csv 2> /dev/null; EHTRACK_THREADS=2 ehtrack --db two.db import consults soon.csv --format csv 2> /dev/null
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> soon.csv,consults,canonical,80092,19973,56007,0,4112,channel 'fax' (52 rows)
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> soon.csv,consults,canonical,80092,19973,56007,0,4112,channel 'fax' (52 rows)
? 1
$ sh same.sh consults consult_days rejects
> consults: 19973 rows, the same
> consult_days: 830 rows, the same
> rejects: 4112 rows, the same

$ EHTRACK_THREADS=3 ehtrack --db one.db import consults mixed.csv
! ehtrack: $EHTRACK_THREADS must be 1 or 2 (got '3')
? 2
# Every command checks it (status, which reads on one thread, ignored it).
$ EHTRACK_THREADS=3 ehtrack --db one.db status
! ehtrack: $EHTRACK_THREADS must be 1 or 2 (got '3')
? 2
