# A workbook whose part is cut off while it is written. libxlsxwriter
# writes each part (a sheet, a chart) to a temporary file first, then
# deflates that file into the zip; it does not notice when the write of
# the temporary file fails. Under a file size limit of 60 KB (bash's
# ulimit -f counts KB, sh's half-KB blocks; as a quota or a disk that
# fills and frees again would) the Metrics
# sheet, about 95 KB of XML here, was cut at 61,440 bytes, mid-row, while
# the zip itself (44 KB) still fit: the report said "wrote w.xlsx", exit
# 0, and left a workbook Excel refuses to open. The workbook is now read
# back before it is put in place (xlsx_verify.c).
$ ehtrack generate plans/ --out logs --from 2025-11-01 --to 2026-10-31 --consults 2000 --seed 3 > /dev/null && ehtrack init > /dev/null && ehtrack plan sync plans > /dev/null && ehtrack import consults logs/consults.csv > /dev/null && ehtrack import calls logs/calls.csv > /dev/null

# Exit 3, the part named; neither the workbook nor its temporary file is
# left behind (.stdout and .stderr are the transcript's own).
$ bash -c "trap '' XFSZ; ulimit -f 60; VALGRIND_OPTS=--vgdb=no ehtrack report region Twente -o w.xlsx"
! ehtrack: the data in scope ends on 2026-10-30, 24 days before today: figures are as of 2026-10-31; import newer logs to see where things stand now
! ehtrack: warning: plan econsult-de-esch, goal calls: the baseline period 2025-10-01..2025-12-31 holds calls from 2025-11-03 to 2025-12-31 only: its calls_per_day counts days without calls; give the baseline the days the logs cover
! ehtrack: warning: plan econsult-ootmarsum, goal calls: the baseline period 2026-05-01..2026-07-31 holds calls from 2026-05-05 to 2026-07-23 only: its calls_per_day counts days without calls; give the baseline the days the logs cover
! ehtrack: warning: plan thuismonitoring-noordoost-twente, goal calls: the baseline period 2025-10-01..2025-12-31 holds calls from 2025-11-01 to 2025-12-31 only: its calls_per_day counts days without calls; give the baseline the days the logs cover
! ehtrack: w.xlsx: the workbook's part xl/worksheets/sheet4.xml is cut off (a write failed while it was made: disk full or a file size limit?)
? 3
$ ls -A | grep -v '^\.std'
> ehtrack.db
> ehtrack.db.key
> fixtures
> logs
> metrics
> plans
> templates

# Without the limit the same workbook is whole, every part of it XML that
# parses.
$ ehtrack report region Twente -o w.xlsx 2> /dev/null && cp w.xlsx before.xlsx
> wrote w.xlsx: 11 practices, 12 plans, 32 goals, data 2025-11-01..2026-10-31
$ $PYTHON -c "import zipfile, xml.dom.minidom as m; z = zipfile.ZipFile('w.xlsx'); [m.parseString(z.read(n)) for n in z.namelist() if n.endswith(('.xml', '.rels'))]; print(len(z.namelist()), 'parts')"
> 25 parts

# A workbook cut off in the writing does not replace the one there.
$ bash -c "trap '' XFSZ; ulimit -f 60; VALGRIND_OPTS=--vgdb=no ehtrack report region Twente -o w.xlsx" 2> err; echo "exit $?"; tail -1 err; cmp w.xlsx before.xlsx && ls -A | grep -c xlsx
> exit 3
> ehtrack: w.xlsx: the workbook's part xl/worksheets/sheet4.xml is cut off (a write failed while it was made: disk full or a file size limit?)
> 2

# Without the shell ignoring the limit's signal (as a user's shell does
# not), the same: ehtrack ignores it itself (the signal killed it, exit
# 153, no message, and its temporary file stayed).
$ bash -c "ulimit -f 60; VALGRIND_OPTS=--vgdb=no ehtrack report region Twente -o w.xlsx" 2> err; echo "exit $?"; tail -1 err; cmp w.xlsx before.xlsx && ls -A | grep -c xlsx
> exit 3
> ehtrack: w.xlsx: the workbook's part xl/worksheets/sheet4.xml is cut off (a write failed while it was made: disk full or a file size limit?)
> 2

# A limit the zip itself runs into (40 KB): libxlsxwriter printed its own
# error lines first ("[ERROR] workbook_close(): Zip ZIP_ERRNO error while
# creating xlsx file '.w.xlsx.8cB3mh'. System error = File too large",
# naming its temporary file). Only ehtrack's message is printed, with the
# system's reason, and the workbook there stays.
$ bash -c "trap '' XFSZ; ulimit -f 40; VALGRIND_OPTS=--vgdb=no ehtrack report region Twente -o w.xlsx" 2> err; echo "exit $?"; grep -v -e 'warning: plan' -e 'data in scope ends' err; cmp w.xlsx before.xlsx && ls -A | grep -c xlsx
> exit 3
> ehtrack: w.xlsx: cannot write the workbook: Zip generic error ZIP_ERRNO while creating the xlsx file. (File too large)
> 2
