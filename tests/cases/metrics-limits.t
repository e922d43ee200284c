# A metric's SQL under limits (interface.md 7.1): a time budget
# ($EHTRACK_QUERY_TIMEOUT, default 600 s), a memory budget, one statement,
# nothing that writes. Past a budget the command stops with exit 3 and
# names the metric's file; a malformed metric file is exit 1 at its line.
$ ehtrack init > /dev/null && ehtrack plan sync fixtures/metrics/register.yaml > /dev/null && ehtrack import consults fixtures/metrics/logs/consults.csv > /dev/null
$ EHTRACK_QUERY_TIMEOUT=0.5 EHTRACK_METRICS_PATH=fixtures/metrics/hostile ehtrack metrics --metric forever --by all
! ehtrack: fixtures/metrics/hostile/forever.yaml:10: metric forever: its SQL ran longer than the time budget of 0.5 s ($EHTRACK_QUERY_TIMEOUT) and was stopped
? 3
$ EHTRACK_METRICS_PATH=fixtures/metrics/hostile ehtrack metrics --metric blob --by all
! ehtrack: fixtures/metrics/hostile/blob.yaml:9: metric blob: its SQL needs more than the 512 MB a metric may use, and was stopped
? 3
$ EHTRACK_METRICS_PATH=fixtures/metrics/hostile ehtrack metrics --metric two --by all
! ehtrack: fixtures/metrics/hostile/two.yaml:10: metric two: a second SQL statement; a metric file holds exactly one
? 1
# ... and the statement after it never ran: the 22 consults are there.
$ sqlite3 ehtrack.db "SELECT count(*) FROM consults"
> 22
$ EHTRACK_METRICS_PATH=fixtures/metrics/hostile ehtrack metrics --metric vacuum --by all; echo "exit $?"; test -e copy.db || echo "no copy.db written"
> exit 1
> no copy.db written
! ehtrack: fixtures/metrics/hostile/vacuum.yaml:10: metric vacuum: the SQL may only read (SELECT); it tried to change something
$ EHTRACK_METRICS_PATH=fixtures/metrics/hostile ehtrack metrics --metric extreme --by all
! ehtrack: fixtures/metrics/hostile/extreme.yaml:10: metric extreme: ams_utc: the time is outside the years 1-9999
? 3
$ EHTRACK_QUERY_TIMEOUT=soon ehtrack metrics --metric econsult_share --by all
! ehtrack: $EHTRACK_QUERY_TIMEOUT must be a number of seconds above 0 (got 'soon')
? 2
