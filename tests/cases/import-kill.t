# An import killed at any moment leaves the database as it was: the
# transaction never committed, the file is intact, the counts unchanged.
$ ehtrack generate --practices 4 --consults 1500000 --from 2026-01-01 --to 2026-06-30 --seed 5 --out big > /dev/null
$ ehtrack plan sync plans/ > /dev/null && ehtrack plan sync big > /dev/null
$ ehtrack import consults fixtures/logs/consults.csv --format csv 2>&1 | tail -1
> fixtures/logs/consults.csv,consults,canonical,10,10,0,0,0,
$ ehtrack import consults big/consults.csv > /dev/null 2>&1 & pid=$!; sleep 0.4; kill -9 $pid; wait $pid; echo "exit $?"
> exit 137
! Killed
$ sqlite3 ehtrack.db "PRAGMA integrity_check; SELECT count(*) FROM consults; SELECT sum(n) FROM consult_days; SELECT count(*) FROM imports"
> ok
> 10
> 10
> 1
# The next import runs normally on the same database.
$ ehtrack import consults big/consults.csv --format csv | cut -d, -f4-
> read,inserted,duplicates,skipped,rejected,unmapped
> 1500000,1500000,0,0,0,
$ sqlite3 ehtrack.db "SELECT count(*) FROM consults; SELECT sum(n) FROM consult_days"
> 1500010
> 1500010
