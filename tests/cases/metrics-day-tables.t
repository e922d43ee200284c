# Every figure from the day tables (docs/design.md, "The day tables"):
# the follow-up of each e-consult and the response times of e-consult
# messages are kept as data arrive, and metrics, goals and compare read
# day tables only. Their figures must be the ones the old engine computed
# from the log tables, to the last digit: fixtures/day-tables/ holds its
# outputs on these generated logs (three practices, four months; terms of
# 48, 48 and 24 hours; 25 messages still open), with the plans generate
# wrote then (fixtures/day-tables/README). figures.sh writes every
# output of a database and holds it against them. --consults 43139, the
# number those logs hold, spreads the consults over the days as generate
# did then without it (it now rounds each day's count from the first day
# on, so a later --to keeps the days before it).
$ ehtrack generate --practices 3 --from 2026-01-01 --to 2026-04-30 --seed 12 --consults 43139 --out gen > /dev/null && cp fixtures/day-tables/plans/*.yaml gen/plans/ && ehtrack init > /dev/null && ehtrack plan sync gen > /dev/null && cp ehtrack.db base.db && cp ehtrack.db.key base.db.key
$ for k in consults messages calls survey registrations; do ehtrack import $k gen/$k.csv > /dev/null; done; sh fixtures/day-tables/figures.sh ehtrack.db whole
> 8 of 8 outputs as before

# The same records in another order: the consults in three parts, the
# last first (an e-consult's follow-up arrives before it, or after), the
# messages first all open, then answered.
$ awk 'NR == 1 || NR % 3 == 0' gen/consults.csv > c1.csv; awk 'NR == 1 || NR % 3 == 1' gen/consults.csv > c2.csv; awk 'NR == 1 || NR % 3 == 2' gen/consults.csv > c3.csv; awk -F, -v OFS=, 'NR > 1 { $4 = "" } { print }' gen/messages.csv > open.csv
$ cp base.db parts.db; cp base.db.key parts.db.key; for f in c3 c1 c2; do ehtrack --db parts.db import consults $f.csv > /dev/null; done; ehtrack --db parts.db import messages open.csv > /dev/null; for k in messages calls survey registrations; do ehtrack --db parts.db import $k gen/$k.csv > /dev/null 2>&1; done; sh fixtures/day-tables/figures.sh parts.db parts
> 8 of 8 outputs as before

# Taken back: a third of the consults (import 2, c1.csv) and the answers
# (import 5) leave the figures of a database that never had them, and
# every day and month table as it would be.
$ cp parts.db back.db; cp parts.db.key back.db.key; ehtrack --db back.db imports remove 2 > /dev/null; ehtrack --db back.db imports remove 5 > /dev/null; cp base.db never.db; cp base.db.key never.db.key; for f in c3 c2; do ehtrack --db never.db import consults $f.csv > /dev/null; done; ehtrack --db never.db import messages open.csv > /dev/null; for k in calls survey registrations; do ehtrack --db never.db import $k gen/$k.csv > /dev/null; done; for db in back never; do for t in consult_days message_days econsult_responses econsult_open consult_months message_months call_months; do sqlite3 -cmd ".mode quote" $db.db "SELECT '$t', * FROM $t ORDER BY 1, 2, 3, 4"; done > $db.txt; ehtrack --db $db.db metrics --period month --by practice --format csv >> $db.txt; done; cmp back.txt never.txt && echo "taken back: every day table and figure as never imported"
> taken back: every day table and figure as never imported

# A database of the schema before the day tables (7) gets them from its
# logs when it is opened: the follow-up counts, the messages per day, the
# response times, the open messages and the sums per month.
$ cp ehtrack.db old.db; cp ehtrack.db.key old.db.key; sqlite3 old.db "ALTER TABLE consult_days DROP COLUMN econsult_followed; DROP TABLE message_days; DROP TABLE econsult_responses; DROP TABLE econsult_open; DROP TABLE consult_months; DROP TABLE message_months; DROP TABLE call_months; ALTER TABLE rejects DROP COLUMN practice_id; DROP TABLE import_practices; ALTER TABLE practices DROP COLUMN source_path; ALTER TABLE imports DROP COLUMN file_path; PRAGMA user_version = 7"; sh fixtures/day-tables/figures.sh old.db migrated; for db in ehtrack old; do for t in consult_days message_days econsult_responses econsult_open consult_months message_months call_months; do sqlite3 -cmd ".mode quote" $db.db "SELECT '$t', * FROM $t ORDER BY 1, 2, 3, 4"; done > $db.txt; done; cmp ehtrack.txt old.txt && echo "migrated: every day table as the importer keeps it"
> 8 of 8 outputs as before
> migrated: every day table as the importer keeps it
