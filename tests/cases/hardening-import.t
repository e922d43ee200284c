# Imports that used to crash, hang or leak (issue 9, interface.md 7.1-7.2).
$ ehtrack init > /dev/null && ehtrack plan sync plans/ > /dev/null
#
# Any number of rejected rows: 10,000 rows with a day-month-year date and 3
# good ones. The rejects used to overflow a queue of 4,096 (a segfault);
# they stream to the database, and memory stays flat.
$ awk 'BEGIN { print "id,practice,start,patient,channel,role,minutes,reason"; for (i = 1; i <= 10003; i++) printf "%d,01053021,%s,P%05d,econsult,gp,5,\n", i, i <= 10000 ? "02-03-2026 10:00" : "2026-03-02 10:00", i }' > dates.csv
$ ehtrack import consults dates.csv
> FILE       KIND      FORMAT      READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> dates.csv  consults  canonical  10003         3           0        0     10000
! ehtrack: dates.csv: 10000 rows rejected; see 'ehtrack rejects 1'
? 1
$ ehtrack rejects 1 --format csv | cut -d, -f5- | sort | uniq -c
>       1 field,reason
>   10000 start,start: not a time YYYY-MM-DD HH:MM[:SS]
#
# A NUL byte anywhere is a reject with a reason, for every kind and format:
# "whatsapp<NUL>xx" used to be read past its end as a channel.
$ printf 'id,practice,received,answered,patient,channel\nm1,01053021,2026-03-02 08:00,,P1,whatsapp\000xx\nm2,01053021,2026-03-02 09:00,,P2,whatsapp\n' > nul.csv && ehtrack import messages nul.csv
> FILE     KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> nul.csv  messages  canonical     2         1           0        0         1
! ehtrack: nul.csv: 1 row rejected; see 'ehtrack rejects 2'
? 1
$ printf 'Contactnummer;Datum;Tijd;Pati\353ntnummer;Contactsoort;Medewerker;Functie;Duur;Reden\n1;02-03-2026;08:10;P1;Consult;X;Huisarts;1\0000;\n2;02-03-2026;08:20;P2;Consult;X;Huisarts;10;\n' > nul-his.csv && ehtrack import consults nul-his.csv --as his-nl-consults --practice 01053147
> FILE         KIND      FORMAT           READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> nul-his.csv  consults  his-nl-consults     2         1           0        0         1
! ehtrack: nul-his.csv: 1 row rejected; see 'ehtrack rejects 3'
? 1
$ printf '2026-03-02 08:14:09 msg=1 practice=01072371 patient=P1 via=econ\000sult\n2026-03-02 08:15:09 msg=2 practice=01072371 patient=P2 via=econsult\n' > nul.log && ehtrack import messages nul.log --as portal-log-messages
> FILE     KIND      FORMAT               READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> nul.log  messages  portal-log-messages     2         1           0        0         1
! ehtrack: nul.log: 1 row rejected; see 'ehtrack rejects 4'
? 1
$ ehtrack rejects --format csv | grep -v ',dates.csv,'
> import,file,line,column,field,reason
> 2,nul.csv,2,,,"a NUL byte in the line (is the file UTF-16 text, or not text at all?)"
> 3,nul-his.csv,2,,,"a NUL byte in the line (is the file UTF-16 text, or not text at all?)"
> 4,nul.log,1,,,"a NUL byte in the line (is the file UTF-16 text, or not text at all?)"
#
# A file that is not text at all (a workbook, a packed export) is named for
# what it is; it read as "a NUL byte in the line" of its header.
$ gzip -c fixtures/logs/consults.csv > packed.csv.gz && printf 'PK\003\004\024\000\006\000' > export.xlsx && printf '\320\317\021\340\241\261\032\341\000\000' > export.xls && for f in packed.csv.gz export.xlsx export.xls; do ehtrack import consults $f; echo "exit $?"; done; ehtrack imports --format csv | awk "/packed|export/" | wc -l
> exit 1
> exit 1
> exit 1
> 0
! ehtrack: packed.csv.gz: a gzip-compressed file, not text: unpack it first (gunzip -k), and import the file it holds
! ehtrack: export.xlsx: a zip archive (an Excel workbook, .xlsx, is one), not text: save the sheet from Excel as 'CSV UTF-8', or unpack the zip, and import that file
! ehtrack: export.xls: an Excel 97-2003 workbook (.xls), not text: save the sheet from Excel as 'CSV UTF-8', and import that file
#
# A header line that does not match never quotes the line: in an export
# without a header it is a data row, with patient numbers and staff names.
$ tail -n +2 fixtures/formats/his-consults-1252.csv > headerless.csv && ehtrack import consults headerless.csv --as his-nl-consults --practice 01053147
! ehtrack: headerless.csv:1: the header has no columns 'Contactnummer', 'Datum', 'Tijd', 'Patiëntnummer', 'Contactsoort', 'Functie', 'Duur', 'Reden' (the format reads 'Contactnummer', 'Datum', 'Tijd', 'Patiëntnummer', 'Contactsoort', 'Functie', 'Duur', 'Reden'; the header line has 9 columns); none of them is there: a row of data, the file written without its header line? export it with the header, or set csv: {header: false} and read columns by number
? 1
# Said as what it most likely is: a line as wide as the layout with none
# of its names is a row of data (it read as a wrong column name only).
$ tail -n +2 fixtures/logs/consults.csv > headerless-canonical.csv && ehtrack import consults headerless-canonical.csv
! ehtrack: headerless-canonical.csv:1: the header does not match the consults layout: column 1 of 8 is not one of id,practice,start,patient,channel,role,minutes,reason; the line has the layout's columns but none of their names: a row of data, the file written without its header line? add the header as its first line
? 1
# A line of names alone is a header, in other words than the layout's (a
# Dutch export): said as one, never as a row of data to put a header above.
$ printf 'AGB,Peildatum,Aantal accounts\n01053147,2026-06-01,5\n' > dutch-header.csv && ehtrack import registrations dutch-header.csv
! ehtrack: dutch-header.csv:1: the header does not match the registrations layout: column 1 of 3 is not one of practice,date,accounts; for another layout use --as FORMAT
? 1
$ { printf 'Nr;Dag;Uur;Pat;Soort;Rol;Min;Waarom;Extra\r\n'; tail -n +2 fixtures/formats/his-consults-1252.csv; } > renamed.csv && ehtrack import consults renamed.csv --as his-nl-consults --practice 01053147
! ehtrack: renamed.csv:1: the header has no columns 'Contactnummer', 'Datum', 'Tijd', 'Patiëntnummer', 'Contactsoort', 'Functie', 'Duur', 'Reden' (the format reads 'Contactnummer', 'Datum', 'Tijd', 'Patiëntnummer', 'Contactsoort', 'Functie', 'Duur', 'Reden'; the header line has 9 columns)
? 1
#
# A pattern that backtracks catastrophically: the line is rejected as too
# costly (it used to fall through to the next map rule: a wrong channel).
$ printf 'id;start;patient;channel\n1;2026-03-02 10:00;P1;aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n2;2026-03-02 10:05;P2;aaaa\n3;2026-03-02 10:10;P3;telefoon\n' > costly.csv && ehtrack import consults costly.csv --as fixtures/formats/costly-channel.yaml --practice 01053021
> FILE        KIND      FORMAT          READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> costly.csv  consults  costly-channel     3         2           0        0         1
! ehtrack: costly.csv: 1 row rejected; see 'ehtrack rejects 5'
? 1
$ ehtrack rejects 5
> IMPORT  FILE        LINE  COLUMN  FIELD    REASON
>      5  costly.csv     2       4  channel  channel: map rule 1: the pattern is too costly for this line (it backtracks past 1000000 steps); simplify the pattern
$ sqlite3 ehtrack.db "SELECT id, channel FROM consults WHERE import_id = 5 ORDER BY id"
> 2|econsult
> 3|f2f
# A skip rule too costly for a row rejects it: the row is neither skipped
# nor imported on a rule that could not be decided (row 2); "aaaa" is a
# note (row 3, skipped), P3 a consult (row 4).
$ printf 'id;start;patient;note\n1;2026-03-02 10:00;P1;aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n2;2026-03-02 10:05;P2;aaaa\n3;2026-03-02 10:10;P3;x\n' > costly-skip.csv && ehtrack import consults costly-skip.csv --as fixtures/formats/costly-skip.yaml --practice 01072018 --format csv; ehtrack rejects --format csv | grep costly-skip
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> costly-skip.csv,consults,costly-skip,3,1,0,1,1,
> 6,costly-skip.csv,2,,,skip rule 1: the pattern is too costly for this line (it backtracks past 1000000 steps); simplify the pattern
! ehtrack: costly-skip.csv: 1 row rejected; see 'ehtrack rejects 6'
# The whole import has a time budget for patterns ($EHTRACK_REGEX_TIMEOUT
# seconds, default 60): once spent, every line left that needs a pattern is
# rejected, fast. With 0 seconds, that is every line.
$ EHTRACK_REGEX_TIMEOUT=0 ehtrack import consults costly.csv --as fixtures/formats/costly-channel.yaml --practice 01061104 --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> costly.csv,consults,costly-channel,3,0,0,0,3,
! ehtrack: costly.csv: 3 rows rejected; see 'ehtrack rejects 7'
? 1
$ ehtrack rejects 7 --format csv
> import,file,line,column,field,reason
> 7,costly.csv,2,4,channel,channel: map rule 1: the format's patterns are too costly: this import has used up its 0 s for pattern matching ($EHTRACK_REGEX_TIMEOUT)
> 7,costly.csv,3,4,channel,channel: map rule 1: the format's patterns are too costly: this import has used up its 0 s for pattern matching ($EHTRACK_REGEX_TIMEOUT)
> 7,costly.csv,4,4,channel,channel: map rule 1: the format's patterns are too costly: this import has used up its 0 s for pattern matching ($EHTRACK_REGEX_TIMEOUT)

# Input that never ends a line (/dev/zero, a pipe without line ends): the
# reader skipped an overlong line to its end for ever, at full CPU. Past
# 64 MB without a line end the reading stops, as the header's or a row's
# problem, with its line.
$ ehtrack import consults /dev/zero --dry-run
! ehtrack: /dev/zero:1: the header line: no line end in the 64 MB after the line's start: the rest is not read (is it text?)
! ehtrack: dry run: nothing was written
? 1
$ ehtrack --db endless.db init > /dev/null && ehtrack --db endless.db plan sync plans/ > /dev/null && { printf 'practice,date,respondents,aware\n01053021,2026-03-10,100,40\n'; yes | tr -d '\n'; } | ehtrack --db endless.db import survey /dev/stdin --format csv 2> err; echo "exit $?"; cat err; ehtrack --db endless.db rejects --format csv | tail -1
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> /dev/stdin,survey,canonical,2,1,0,0,1,
> exit 1
> ehtrack: /dev/stdin: 1 row rejected; see 'ehtrack rejects 1'
> 1,/dev/stdin,3,,,no line end in the 64 MB after the line's start: the rest is not read (is it text?)
# A named pipe (mkfifo): the import opened it, closed it unread and opened
# it again, so the writer lost its reader and the import waited for ever
# for another, holding the database's write lock (most of these runs hung
# until timeout killed them, exit 124). It is read once; --strict, which
# reads a file twice, refuses it.
$ ehtrack --db pipe.db init > /dev/null && ehtrack --db pipe.db plan sync plans/ > /dev/null && for i in 1 2 3 4; do rm -f f; mkfifo f; (printf 'practice,date,respondents,aware\n01053021,2026-03-1%d,100,40\n' $i > f &); timeout 20 ehtrack --db pipe.db import survey f > /dev/null; echo "exit $?"; done; ehtrack --db pipe.db metrics --metric awareness --by all --period all --format csv | cut -d, -f4-6
> exit 0
> exit 0
> exit 0
> exit 0
> value,numerator,denominator
> 0.4,160,400
$ rm -f f; mkfifo f; (printf 'practice,date,respondents,aware\n' > f &); timeout 20 ehtrack --db pipe.db import survey f --strict; echo "exit $?"; timeout 5 cat f > /dev/null
> exit 2
! ehtrack: f: --strict reads the file twice (first only checked), which a pipe cannot give: save it to a file first, or import without --strict
# '-' as the file said "cannot open: No such file or directory".
$ printf 'practice,date,respondents,aware\n' | ehtrack --db pipe.db import survey -; echo "exit $?"
> exit 2
! ehtrack: -: no file of that name: standard input is read as /dev/stdin (ehtrack import KIND /dev/stdin)

# A file's name with an escape sequence: stderr shows it as \x1b, as the
# imports table does (the terminal obeyed it).
$ cp fixtures/logs/consults-bad.csv "$(printf 'x\033[7mINV.csv')" && ehtrack --db esc.db plan sync fixtures/plans/register.yaml > /dev/null && ehtrack --db esc.db import consults "$(printf 'x\033[7mINV.csv')" > /dev/null; ehtrack --db esc.db import consults "$(printf 'y\033[7m.csv')" > /dev/null
! ehtrack: x\x1b[7mINV.csv: 13 rows rejected; see 'ehtrack rejects 1'
! ehtrack: y\x1b[7m.csv: cannot open: No such file or directory
? 3
