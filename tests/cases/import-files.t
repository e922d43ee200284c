# Several files in one import, header lines as people and exports write
# them, and lines past the length limit wherever they fall.
$ ehtrack init > /dev/null && ehtrack plan sync plans/ > /dev/null
#
# A file that cannot be opened, or whose header does not fit, is named and
# left out; the files after it are still imported (they used to be dropped
# without a word: a month's exports with one stray file among them lost
# the rest). The exit status is the worst of the files: 3 for the file
# that cannot be opened.
$ printf 'foo,bar\n1,2\n' > stray.csv
$ ehtrack import consults fixtures/logs/consults.csv stray.csv missing.csv fixtures/logs/consults-overlap.csv
> FILE                                KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/logs/consults.csv          consults  canonical    10        10           0        0         0
> fixtures/logs/consults-overlap.csv  consults  canonical     5         2           3        0         0
! ehtrack: stray.csv:1: the header does not match the consults layout: column 1 of 2 is not one of id,practice,start,patient,channel,role,minutes,reason; for another layout use --as FORMAT
! ehtrack: missing.csv: cannot open: No such file or directory
? 3
$ ehtrack imports --format csv | cut -d, -f1,2,6-
> id,file,read,inserted,duplicates,skipped,rejected,outcome,note,unmapped,removal,updated
> 1,fixtures/logs/consults.csv,10,10,0,0,0,imported,,,,0
> 2,fixtures/logs/consults-overlap.csv,5,2,3,0,0,imported,,,,0
#
# A dry run goes on the same way and always ends by saying nothing was written.
$ ehtrack import consults stray.csv fixtures/logs/consults-overlap.csv --dry-run
> FILE                                KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/logs/consults-overlap.csv  consults  canonical     5         0           5        0         0
! ehtrack: stray.csv:1: the header does not match the consults layout: column 1 of 2 is not one of id,practice,start,patient,channel,role,minutes,reason; for another layout use --as FORMAT
! ehtrack: dry run: nothing was written
? 1
#
# With no file usable, JSON and CSV still print their list: an empty one
# (stdout was empty, which a program reading JSON cannot parse). A table
# prints nothing.
$ ehtrack import consults stray.csv --dry-run --format json
> []
! ehtrack: stray.csv:1: the header does not match the consults layout: column 1 of 2 is not one of id,practice,start,patient,channel,role,minutes,reason; for another layout use --as FORMAT
! ehtrack: dry run: nothing was written
? 1
$ : > empty.csv && ehtrack import consults empty.csv --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
! ehtrack: empty.csv: the file is empty (a header line is expected)
? 1
$ ehtrack import consults empty.csv
! ehtrack: empty.csv: the file is empty (a header line is expected)
? 1
#
# A failure of the command itself (a --practice not in the register) ends
# it, naming the files not imported.
$ ehtrack import consults fixtures/logs/consults.csv fixtures/logs/consults-overlap.csv --practice 09999999
! ehtrack: --practice: no practice '09999999' in the database; known: 01053021 Huisartsenpraktijk De Esch, 01053147 Huisartsen Ootmarsum, 01053288 Huisartsenpraktijk Het Lutterzand, 01053365 Huisartsengroep Denekamp, 01053412 Huisartsenpraktijk Tubbergen Centrum, 01053590 Huisartsenpraktijk Het Stift, 01061104 Gezondheidscentrum Hengelo-Noord, 01061239 Huisartsen 't Wooldrik, 01061376 Huisartsenpraktijk De Veldmaat, 01061452 Huisartsenpraktijk Het Gooreind, 01061587 Huisartsenpraktijk Delden Oost, 01072018 Huisartsenpraktijk De Miste, 01072143 Huisartsen aan de Slinge, 01072296 Huisartsenpraktijk Het Hooge Veld, 01072371 Huisartsencentrum De Huet, 01072455 Huisartsenpraktijk Aan de Berkel (a practice new to the register is recorded with 'ehtrack plan sync' first)
! ehtrack: the import stopped there: not imported: fixtures/logs/consults.csv, fixtures/logs/consults-overlap.csv
? 2
#
# Header names are found whatever their case and the spaces around them,
# as the values are: this file is consults.csv with its header retyped.
$ { printf ' ID ,Practice, start,PATIENT ,channel,role ,minutes,reason\n'; tail -n +2 fixtures/logs/consults.csv; } > retyped.csv && ehtrack import consults retyped.csv --dry-run --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> retyped.csv,consults,canonical,10,0,10,0,0,
! ehtrack: dry run: nothing was written
#
# A column named twice cannot be read: which of the two holds the value?
# (The second was ignored.)
$ { printf 'id,practice,start,patient,channel,role,minutes,reason,channel\n'; tail -n +2 fixtures/logs/consults.csv | sed 's/$/,f2f/'; } > twice.csv && ehtrack import consults twice.csv --dry-run
! ehtrack: twice.csv:1:9: the header names column 'channel' twice (columns 5 and 9)
! ehtrack: dry run: nothing was written
? 1
$ printf 'Contactnummer;Datum;Tijd;Pati\353ntnummer;Contactsoort;Medewerker;Functie;Duur;Reden;datum\n1;02-03-2026;08:10;P1;Consult;X;Huisarts;10;;03-03-2026\n' > twice-his.csv && ehtrack import consults twice-his.csv --as his-nl-consults --practice 01053147 --dry-run
! ehtrack: twice-his.csv:1:10: the header has column 'Datum' twice (columns 2 and 10); the format cannot tell which one to read (read it by number: {column: 2})
! ehtrack: dry run: nothing was written
? 1
#
# A line longer than 1 MB is one reject and the lines after it keep their
# numbers, also where the whole line fitted in the reader's buffer (it was
# read as a row) and where a quoted field's line breaks make it longer
# (reading restarted inside the field).
$ awk 'BEGIN { print "id,practice,start,patient,channel,role,minutes,reason"; print "1,01053021,2026-03-02 10:00,P1,econsult,gp,5,"; printf "2,01053021,2026-03-02 10:05,P2,econsult,gp,5,"; for (i = 0; i < 1100; i++) printf "%01000d", 0; print ""; print "3,01053021,2026-03-02 10:10,P3,econsult,gp,5,"; printf "4,01053021,2026-03-02 10:15,P4,econsult,gp,5,\""; for (i = 0; i < 1100; i++) printf "%0999d\n", 0; print "\""; print "5,01053021,2026-03-02 10:20,P5,econsult,gp,5," }' > long.csv && ehtrack import consults long.csv --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> long.csv,consults,canonical,5,3,0,0,2,
! ehtrack: long.csv: 2 rows rejected; see 'ehtrack rejects 3'
? 1
$ ehtrack rejects --format csv | grep long.csv
> 3,long.csv,3,,,record longer than 1 MB (a missing closing quote?)
> 3,long.csv,5,,,record longer than 1 MB (a missing closing quote?)
$ sqlite3 ehtrack.db "SELECT count(*) FROM consults WHERE import_id = (SELECT max(id) FROM imports)"
> 3
#
# A value of the export shown in a table is shown, not sent to the
# terminal: an escape sequence in a code (here one that clears the screen)
# or a tab in a file name is written visibly; CSV and JSON keep the value.
$ { printf 'Contactnummer;Datum;Tijd;Pati\353ntnummer;Contactsoort;Medewerker;Functie;Duur;Reden\n'; for i in 1 2 3 4 5; do printf "$i;02-03-2026;08:1$i;P$i;Cons\033[2Jult;X;Huisarts;10;\n"; done; } > "$(printf 'esc\tape.csv')" && ehtrack import consults esc*ape.csv --as his-nl-consults --practice 01053147
> FILE          KIND      FORMAT           READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> esc\tape.csv  consults  his-nl-consults     5         0           0        0         5
> unmapped codes in esc\tape.csv: channel 'Cons\x1b[2Jult' (5 rows)
! ehtrack: esc\tape.csv: 5 rows rejected; see 'ehtrack rejects 4'
? 1
$ ehtrack imports | tail -2
>  4  esc\tape.csv                        his-nl-consults  consults  2026-11-23T12:00:00     5         0           0        0         5  imported
> unmapped codes of import 4: channel 'Cons\x1b[2Jult' (5 rows)
$ ehtrack imports --format json | grep -o '"value": "[^"]*"'
> "value": "Cons\u001b[2Jult"
#
# An export opened in Excel and saved again: empty formatted rows come
# back as lines of separators (they were rejected as rows with an empty
# time, and under --strict refused the whole file), and "CSV UTF-8" adds a
# byte-order mark to what the format reads as Windows-1252 (the header
# read "PatiÃ«ntnummer" and matched no column).
$ printf 'Contactnummer;Datum;Tijd;Pati\353ntnummer;Contactsoort;Medewerker;Functie;Duur;Reden\r\n1;02-03-2026;08:10;"P1";"Consult";"Brink, Ren\351";"Huisarts";10;"Uitslag"\r\n;;;;;;;;\r\n;;;;;;;;\r\n' > excel.csv && ehtrack import consults excel.csv --as his-nl-consults --practice 01053147 --strict --dry-run --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> excel.csv,consults,his-nl-consults,1,1,0,0,0,
! ehtrack: dry run: nothing was written
$ printf '\357\273\277Contactnummer;Datum;Tijd;Pati\303\253ntnummer;Contactsoort;Medewerker;Functie;Duur;Reden\r\n1;02-03-2026;08:10;P1;Consult;Ren\303\251;Huisarts;10;\r\n' > excel-utf8.csv && ehtrack import consults excel-utf8.csv --as his-nl-consults --practice 01053147 --dry-run --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> excel-utf8.csv,consults,his-nl-consults,1,1,0,0,0,
! ehtrack: dry run: nothing was written
#
# The figures of those two files, imported, are the rows' truth: Consult
# (f2f) by a Huisarts (gp), 10 minutes, Uitslag (result), on 2 March 08:10;
# the empty rows add nothing.
$ ehtrack --db excel.db init > /dev/null && ehtrack --db excel.db plan sync plans/ > /dev/null && ehtrack --db excel.db import consults excel.csv --as his-nl-consults --practice 01053147 --strict > /dev/null && ehtrack --db excel.db import consults excel-utf8.csv --as his-nl-consults --practice 01061104 > /dev/null
$ sqlite3 excel.db "SELECT p.agb, datetime(c.start, 'unixepoch'), c.channel, c.role, c.minutes, coalesce(c.reason, '-') FROM consults c JOIN practices p ON p.id = c.practice_id ORDER BY p.agb"
> 01053147|2026-03-02 08:10:00|f2f|gp|10|result
> 01061104|2026-03-02 08:10:00|f2f|gp|10|-
#
# A second source numbering its contacts in the same range (a branch
# location's sheet, exported as its own file): ids 1 and 2 come again at
# other times, for other patients. They were counted as duplicates and
# lost without a word; the import names them. Id 3 comes at its time with
# another channel (a corrected export, or a format corrected): the stored
# record keeps its figures, and a note says so and what to do.
$ printf 'id,practice,start,patient,channel,role,minutes,reason\n1,01053021,2026-03-02 09:00,P1,econsult,gp,5,\n2,01053021,2026-03-02 09:10,P2,f2f,gp,10,\n3,01053021,2026-03-02 09:20,P3,phone,gp,5,\n' > main.csv && printf 'id,practice,start,patient,channel,role,minutes,reason\n1,01053021,2026-03-04 14:00,Q1,econsult,poh,5,\n2,01053021,2026-03-04 14:10,Q2,econsult,poh,5,\n3,01053021,2026-03-02 09:20,P3,econsult,gp,5,\n' > branch.csv && ehtrack --db src.db init > /dev/null && ehtrack --db src.db plan sync plans/ > /dev/null && ehtrack --db src.db import consults main.csv > /dev/null && ehtrack --db src.db import consults main.csv branch.csv
> FILE        KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> main.csv    consults  canonical     3         0           3        0         0
> branch.csv  consults  canonical     3         0           3        0         0
! ehtrack: branch.csv: note: 2 rows of this file have the id of a record stored with another start time: they were not taken (a record keeps its first import's figures). An export that corrects an earlier one keeps its times; if this file is another source numbering in the same range (a second location, another system), give the format an id of more columns (id: {columns: [Locatie, Contactnummer]}), or import it per practice, after taking this import back ('ehtrack imports remove 3')
! ehtrack: branch.csv: note: 1 row of this file has the id and time of a stored record but another channel: the stored record keeps the figures of imports 1 and 2 (main.csv), which carried it before this file. If this file corrects it (a format or an export corrected), take those imports back ('ehtrack imports remove 1', 'ehtrack imports remove 2'): the record then has this file's figures, with no need to import this file again
# The same export saved again by a spreadsheet (times without seconds, the
# rows in another order) is the same records: no note (the time is
# compared to the minute). A file that lists an id twice at one time with
# other figures (legs of a call, written without same_id: legs) is named.
$ printf 'id,practice,start,patient,channel,role,minutes,reason\n1,01053021,2026-03-02 09:00:41,P1,econsult,gp,5,\n2,01053021,2026-03-02 09:10:05,P2,f2f,gp,10,\n' > sec.csv && printf 'id,practice,start,patient,channel,role,minutes,reason\n2,01053021,2026-03-02 09:10,P2,f2f,gp,10,\n1,01053021,2026-03-02 09:00,P1,econsult,gp,5,\n' > resaved.csv && ehtrack --db sec.db init > /dev/null && ehtrack --db sec.db plan sync plans/ > /dev/null && ehtrack --db sec.db import consults sec.csv resaved.csv
> FILE         KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> sec.csv      consults  canonical     2         2           0        0         0
> resaved.csv  consults  canonical     2         0           2        0         0
$ printf 'id,practice,start,direction,wait_s,talk_s,outcome\nc1,01053021,2026-03-02 09:00,in,20,0,abandoned\nc1,01053021,2026-03-02 09:00,in,25,120,answered\n' > legs.csv && ehtrack --db sec.db import calls legs.csv --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> legs.csv,calls,canonical,2,1,1,0,0,
! ehtrack: legs.csv: note: 1 row of this file repeats the id and time of an earlier row with another wait, talk time and outcome: only the first row of an id counts. If the rows are legs of one call (a row per phone that rang), give the format same_id: legs (docs/formats.md, section 8) and import the file again after taking this import back
# An id the file itself repeats at another time is named as the file's
# repeated id, also on the file's first import (it read as "the id of a
# record stored with another start time", of a database that had none).
$ printf 'id,practice,start,patient,channel,role,minutes,reason\nY1,01053147,2026-03-02T09:00,P7,econsult,gp,5,\nY1,01053147,2026-03-05T11:00,P7,phone,gp,7,\nY2,01053147,2026-03-02T10:00,P8,f2f,gp,10,\n' > again-at.csv && ehtrack --db again-at.db init > /dev/null && ehtrack --db again-at.db plan sync plans/ > /dev/null && ehtrack --db again-at.db import consults again-at.csv --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> again-at.csv,consults,canonical,3,2,1,0,0,
! ehtrack: again-at.csv: note: 1 row of this file repeats the id of an earlier row with another start time: only the first row of an id counts. An export lists a record once: if these are other records under one number, give the format an id of more columns and import the file again after taking this import back
$ ehtrack --db again-at.db metrics --practice 01053147 --metric econsult_share --period all --format csv
> group,period,metric,value,numerator,denominator,partial
> 01053147,all,econsult_share,0.5,1,2,false
#
# An export written anew while it is read (a scheduled export): the file
# is cut short under the import. What was read is part of two files; it
# was stored as an ordinary import, its cut last line the one reject.
# Nothing is kept now, and the file is named (exit 3). The file is cut
# once the import has read a part of it (its position in the file is past
# 0), so the cut comes after the import measured the file however slowly
# it runs.
$ awk 'BEGIN { print "id,practice,start,patient,channel,role,minutes,reason"; for (i = 1; i <= 600000; i++) printf "%d,01053021,2026-03-%02d %02d:%02d,P%06d,econsult,gp,5,\n", i, 2 + int(i / 1440) % 27, int(i / 60) % 24, i % 60, i }' > cut.csv && ehtrack --db cut.db init > /dev/null && ehtrack --db cut.db plan sync plans/ > /dev/null && { ehtrack --db cut.db import consults cut.csv > out 2> err & pid=$!; until f=$(find /proc/[0-9]*/fd -lname '*/cut.csv' 2> /dev/null | head -n 1); [ -n "$f" ] && [ "$(sed -n 's/^pos:[[:space:]]*//p' "${f%/fd/*}/fdinfo/${f##*/}" 2> /dev/null)" -gt 0 ] 2> /dev/null || ! kill -0 $pid 2> /dev/null; do sleep 0.01; done; : > cut.csv; wait $pid; echo "exit $?"; }; sed -E 's/[0-9]+ bytes/N bytes/; s/, [0-9]+ read/, M read/' err; cat out; ehtrack --db cut.db imports --format csv | wc -l; sqlite3 cut.db "SELECT count(*) FROM consults"
> exit 3
> ehtrack: cut.csv: the file became shorter while it was read (N bytes when the import began, M read to its end): another program wrote it meanwhile; nothing of it is imported: import it again when that program is done
> 1
> 0
#
# An export written anew, longer, over the file the import reads (newest
# rows first, as FreePBX lists them): the import read on into the new
# file, past the point where the old one ended, and stored part of each
# (662,551 consults from a file of 600,000 rows; exit 1, one row
# rejected). The first lines changed: nothing is kept now (exit 3). The
# new file is written over the old without truncating it first, so the
# import never meets a shorter file.
$ awk 'BEGIN { print "id,practice,start,patient,channel,role,minutes,reason"; for (i = 1; i <= 600000; i++) printf "%d,01053021,2026-03-%02d %02d:%02d,P%06d,econsult,gp,5,\n", i, 2 + int(i / 1440) % 27, int(i / 60) % 24, i % 60, i }' > anew.csv && awk 'BEGIN { print "id,practice,start,patient,channel,role,minutes,reason"; for (i = 700000; i >= 1; i--) printf "%d,01053021,2026-03-%02d %02d:%02d,P%06d,econsult,gp,5,\n", i, 2 + int(i / 1440) % 27, int(i / 60) % 24, i % 60, i }' > newer.csv && ehtrack --db anew.db init > /dev/null && ehtrack --db anew.db plan sync plans/ > /dev/null && { ehtrack --db anew.db import consults anew.csv > out 2> err & pid=$!; until f=$(find /proc/[0-9]*/fd -lname '*/anew.csv' 2> /dev/null | head -n 1); [ -n "$f" ] && [ "$(sed -n 's/^pos:[[:space:]]*//p' "${f%/fd/*}/fdinfo/${f##*/}" 2> /dev/null)" -gt 0 ] 2> /dev/null || ! kill -0 $pid 2> /dev/null; do sleep 0.01; done; dd if=newer.csv of=anew.csv conv=notrunc status=none; wait $pid; echo "exit $?"; }; cat err out; ehtrack --db anew.db imports --format csv | wc -l; sqlite3 anew.db "SELECT count(*) FROM consults"
> exit 3
> ehtrack: anew.csv: the file was written anew while it was read (its first lines changed): another program wrote it meanwhile; nothing of it is imported: import it again when that program is done
> 1
> 0
# A file a program only appends to while it is read (a phone system's
# log) imports as before: its first lines stay.
$ awk 'BEGIN { print "id,practice,start,patient,channel,role,minutes,reason"; for (i = 1; i <= 600000; i++) printf "%d,01053021,2026-03-%02d %02d:%02d,P%06d,econsult,gp,5,\n", i, 2 + int(i / 1440) % 27, int(i / 60) % 24, i % 60, i }' > grow.csv && ehtrack --db grow.db init > /dev/null && ehtrack --db grow.db plan sync plans/ > /dev/null && { ehtrack --db grow.db import consults grow.csv > /dev/null 2> err & pid=$!; until f=$(find /proc/[0-9]*/fd -lname '*/grow.csv' 2> /dev/null | head -n 1); [ -n "$f" ] && [ "$(sed -n 's/^pos:[[:space:]]*//p' "${f%/fd/*}/fdinfo/${f##*/}" 2> /dev/null)" -gt 0 ] 2> /dev/null || ! kill -0 $pid 2> /dev/null; do sleep 0.01; done; printf '600001,01053021,2026-03-28 09:00,P600001,econsult,gp,5,\n' >> grow.csv; wait $pid; echo "exit $?"; }; cat err; sqlite3 grow.db "SELECT count(*) >= 600000 FROM consults"
> exit 0
> 1
# A log the phone system is still writing, copied (or read) before its
# last line was done: that line has no line end yet. Asterisk's
# Master.csv cut before the call's uniqueid: the leg was stored as a call
# of its own (a BUSY phone: an abandoned call), and when the whole file
# came, the leg again under its call: two inbound calls, one abandoned,
# where there was one answered call. The cut line is skipped now, with a
# note, and the next import of the file reads it whole.
$ ehtrack --db cut.db init > /dev/null && ehtrack --db cut.db plan sync plans/ > /dev/null && head -c -19 fixtures/formats/legs/ring-group.csv > Master-cut.csv && ehtrack --db cut.db import calls Master-cut.csv --as asterisk-cdr-calls --practice 01061104 --format csv 2> err; grep -v 'no abandoned' err
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> Master-cut.csv,calls,asterisk-cdr-calls,3,1,0,1,0,
> ehtrack: Master-cut.csv: note: the last line (line 3) has no line end: the system was still writing the file when it was copied or read, so the line may be cut off; it was skipped, and the next import of the file reads it whole (a file that is complete lacks only the line end: add one and import it again)
$ ehtrack --db cut.db import calls fixtures/formats/legs/ring-group.csv --as asterisk-cdr-calls --practice 01061104 > /dev/null 2>&1; sqlite3 cut.db "SELECT direction, wait_s, talk_s, outcome FROM calls; SELECT day, inbound, answered, abandoned FROM call_days"
> in|14|180|answered
> 2026-03-02|1|1|0
# 3CX's cdr.log cut inside the final-type of a caller who hung up in the
# queue ("Qu" for "Queue"): it was stored as answered, and the whole file
# later found it a duplicate, so it stayed answered (abandoned_rate 0 of
# 5 where the file says 1 of 5).
$ ehtrack --db cut3.db init > /dev/null && ehtrack --db cut3.db plan sync plans/ > /dev/null && head -n 1 fixtures/formats/3cx-queue-answers.log > cdr-cut.log && sed -n 2p fixtures/formats/3cx-queue-answers.log | sed 's/\(,Line,Queue,Qu\).*/\1/' | tr -d '\r\n' >> cdr-cut.log && ehtrack --db cut3.db import calls cdr-cut.log --as 3cx-cdr-calls --practice 01061104 --format csv 2> /dev/null | cut -d, -f4-8 && ehtrack --db cut3.db import calls fixtures/formats/3cx-queue-answers.log --as 3cx-cdr-calls --practice 01061104 > /dev/null 2>&1; ehtrack --db cut3.db metrics --period all --practice 01061104 --metric abandoned_rate --format csv | tail -n +2
> read,inserted,duplicates,skipped,rejected
> 2,1,0,1,0
> 01061104,all,abandoned_rate,0.2,1,5,false

# imports and rejects name a file as found from where they run: imported
# from a directory as ../bad.csv, it is elders/bad.csv from above it (the
# path as the import was given it named a file not there).
$ ehtrack --db paths.db plan sync plans/ > /dev/null && mkdir -p elders/sub && cp fixtures/logs/consults-bad.csv elders/bad.csv && (cd elders/sub && ehtrack --db ../../paths.db import consults ../bad.csv > /dev/null 2>&1); ehtrack --db paths.db rejects --format csv | sed -n 2p | cut -d, -f1-3; ehtrack --db paths.db imports --format csv | cut -d, -f1-2
> 1,elders/bad.csv,3
> id,file
> 1,elders/bad.csv
$ cd elders/sub && ehtrack --db ../../paths.db rejects --format csv | sed -n 2p | cut -d, -f1-3
> 1,../bad.csv,3
