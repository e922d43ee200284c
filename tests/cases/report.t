# ehtrack report: Excel workbooks for regions, care groups, insurers and
# practices (docs/reports.md). Four invented practices with five months of
# small logs, so that an insurer's workbook has counts to hide. The
# workbooks are read back with openpyxl (tests/report/inspect_xlsx.py).

$ ehtrack init >/dev/null && ehtrack plan sync fixtures/report/plans >/dev/null && for k in consults messages calls survey registrations; do ehtrack import $k fixtures/report/$k.csv >/dev/null 2>&1; done; ehtrack imports --format csv | cut -d, -f4,6-11
> kind,read,inserted,duplicates,skipped,rejected,outcome
> consults,1500,1500,0,0,0,imported
> messages,101,101,0,0,0,imported
> calls,2059,2057,0,0,2,imported
> survey,8,8,0,0,0,imported
> registrations,19,19,0,0,0,imported

# An insurer's workbook, in English: every practice that lists Menzis.
$ ehtrack report insurer Menzis -o menzis.xlsx --lang en --as-of 2026-11-01 --from 2026-06-01 --to 2026-10-31
> wrote menzis.xlsx: 3 practices, 4 plans, 8 goals, data 2026-06-01..2026-10-31
! ehtrack: the data in scope ends on 2026-10-30, 24 days before today: figures are as of 2026-11-01; import newer logs to see where things stand now
! ehtrack: note: plan portaal-brink, goal reach: no registration in the 28 days before the as-of date; the current value is over the 92 days before it (each practice's latest registration), the last on 2026-10-01

# The goals and the weekly trends are gathered on a second connection, in
# a second thread, while the first gathers the rest; $EHTRACK_THREADS=1
# gathers all on one, part after part: the same workbook, byte for byte.
$ EHTRACK_THREADS=1 ehtrack report insurer Menzis -o menzis-1.xlsx --lang en --as-of 2026-11-01 --from 2026-06-01 --to 2026-10-31 2>/dev/null && cmp menzis.xlsx menzis-1.xlsx && echo "the same workbook"
> wrote menzis-1.xlsx: 3 practices, 4 plans, 8 goals, data 2026-06-01..2026-10-31
> the same workbook

# The headline figures are the first and last month the records cover
# whole: June and October. The records end on Friday 30 October, and
# Saturday the 31st, a day the practices are closed, is no day October
# lacks. The default period starts in November 2025, months without
# records (the headline's first column was empty).
$ ehtrack report insurer Menzis -o headline.xlsx --lang en --as-of 2026-11-01 > /dev/null 2>&1; $PYTHON $ROOT/tests/report/inspect_xlsx.py headline headline.xlsx | sed -n '1,3p;7p'
> Headline figures: the first and the last month of the data period that the records cover whole
> Metric | 2026-06 | 2026-10 | Better when
> E-consult share | 0.0558 | 0.0861 | higher
> Inbound calls per day | 7.1333 | 7.0645 | lower
# A range that stops on Thursday 29 October leaves out a working day of
# October: September is the last month covered whole (a per-day figure of
# a month the data stops in counts the days after the stop, and read as a
# fall beside June).
$ ehtrack report insurer Menzis -o headline-29.xlsx --lang en --as-of 2026-11-01 --to 2026-10-29 > /dev/null 2>&1; $PYTHON $ROOT/tests/report/inspect_xlsx.py headline headline-29.xlsx | sed -n '2,3p;7p'
> Metric | 2026-06 | 2026-09 | Better when
> E-consult share | 0.0558 | 0.0452 | higher
> Inbound calls per day | 7.1333 | 7.0333 | lower
# A year's logs begin on Thursday 2 January: New Year's Day has no
# records, as the practices are closed. The headline compared February
# with December, and the Metrics sheet marked January partial; a year's
# report compares January with December.
$ ehtrack --db year.db init > /dev/null && ehtrack --db year.db plan sync fixtures/goals-gaps > /dev/null && $PYTHON -c "import datetime as t; print('id,practice,start,patient,channel,role,minutes,reason'); [print(f'y{d}-{p}-{i},{p},{t.date(2025, 1, 2) + t.timedelta(d)}T09:{i:02},P{i},{\"econsult\" if i < 2 else \"visit\"},gp,10,') for d in range(364) if (t.date(2025, 1, 2) + t.timedelta(d)).weekday() < 5 for p in (90000051, 90000052) for i in range(8)]" > year.csv && ehtrack --db year.db import consults year.csv > /dev/null && ehtrack --db year.db report care-group "Zorggroep Twee" -o year.xlsx > /dev/null 2>&1 && $PYTHON $ROOT/tests/report/inspect_xlsx.py headline year.xlsx | sed -n '2,3p'
> Metric | 2025-01 | 2025-12 | Better when
> E-consult share | 0.2500 | 0.2500 | higher

$ $PYTHON $ROOT/tests/report/inspect_xlsx.py sheets menzis.xlsx
> Summary
> Steps
> Goals
> Metrics
> Spread
> Trends
> Costs
> Solution directions
> Data quality

# How each sheet prints. The notes ran on past the table and every sheet
# was shrunk to their width as well as the table's (3.5-point text on
# Goals and Steps); Spread repeated its statistics header over its chart
# data; Trends repeated the week header without the row naming its
# metrics. Now the print area is the table's columns, a note wider than
# them wraps within them (merged), a sheet wider than about 220 characters
# prints two or three pages wide with its first column on each unless a
# wrapped note must stay on one page, the area reaches past the charts
# (Trends' two side by side), and the rows repeated are the table's own:
# none where other tables follow the first (Costs printed its header, "One-
# off costs", over the counts of the solution directions below it). The
# privacy rule on the Summary wraps within the table's columns (it ran off
# the page in Dutch).
$ $PYTHON $ROOT/tests/report/inspect_xlsx.py print menzis.xlsx
> Summary: area $A$1:$H$66, landscape, 1 wide, rows -, columns -, wrapped B16:H16
> Steps: area $A$1:$R$9, landscape, 2 wide, rows $4:$4, columns $A:$A, wrapped -
> Goals: area $A$1:$M$13, landscape, 1 wide, rows $4:$4, columns -, wrapped A2:M2
> Metrics: area $A$1:$T$35, landscape, 1 wide, rows $4:$4, columns -, wrapped -
> Spread: area $A$1:$K$101, landscape, 1 wide, rows -, columns -, wrapped -
> Trends: area $A$1:$P$46, landscape, 1 wide, rows $23:$24, columns -, wrapped A2:H2 C23:E23 F23:H23
> Costs: area $A$1:$L$43, landscape, 2 wide, rows -, columns $A:$A, wrapped A12:E12 A20:E20 A31:E31
> Solution directions: area $A$1:$O$21, landscape, 2 wide, rows -, columns $A:$A, wrapped A18:C18
> Data quality: area $A$1:$M$25, landscape, 1 wide, rows -, columns -, wrapped A2:J2
# The note on partial months wraps within the Metrics table (in menzis.xlsx
# every month is whole; the range to 29 October leaves October partial).
$ $PYTHON $ROOT/tests/report/inspect_xlsx.py print headline-29.xlsx | grep Metrics
> Metrics: area $A$1:$T$35, landscape, 1 wide, rows $4:$4, columns -, wrapped A2:T2

# The Goals sheet says why cells are empty and what its spans are: the
# privacy rule, a portal goal's current from its latest registration, a
# count's 28 days against a weekly forecast (it said only "the 28 days").
$ $PYTHON -c "import openpyxl; print(openpyxl.load_workbook('menzis.xlsx')['Goals']['A2'].value)"
> Current = the 28 days before 2026-11-01; forecast = straight line through the last 8 complete weeks, read at the deadline's week. Survey or portal registrations with none in those 28 days: current is the latest within 92 days. For a count (the number of e-consults) current is the count of the 28 days, the forecast a count per week. Counts below 5 are shown as <5; ratios and rates over fewer than 5 records are left empty. No figure concerns a single patient. A target set as a change on a hidden baseline, and a forecast beside a hidden current value, are hidden too; the status is kept.
$ $PYTHON $ROOT/tests/report/inspect_xlsx.py summary menzis.xlsx
> E-health rollout – Insurer: Menzis
> Report for: Insurer
> Name: Menzis
> Goals judged on: 2026-11-01
> That day is: given (--as-of)
> Data period from: 2026-06-01
> Data period to: 2026-10-31
> Practices: 3
> Care groups: 2
> Plans: 4
> of which care-group plans: 1
> SMART goals: 8
> Privacy: Counts below 5 are shown as <5; ratios and rates over fewer than 5 records are left empty. No figure concerns a single patient.

# One Steps row per plan in scope, statuses and progress as 'status' has them.
$ ehtrack status --insurer Menzis --format json > status.json && $PYTHON $ROOT/tests/report/inspect_xlsx.py steps menzis.xlsx status.json
> steps: 4 rows, one per plan; statuses and progress as in status; 24 coloured step cells

# The Goals rows and statuses are those of 'goals' for the same scope and
# as-of date; a value over fewer than 5 records is left empty.
$ ehtrack goals --insurer Menzis --as-of 2026-11-01 --format json > goals.json && $PYTHON $ROOT/tests/report/inspect_xlsx.py goals menzis.xlsx goals.json 5
> goals: 8 rows in the order of goals; statuses equal (achieved 4, at_risk 4)
> goals: 23 values equal, 0 hidden
> goals: 2 forecasts on fewer than 3 weeks, said so
! ehtrack: the data in scope ends on 2026-10-30, 24 days before today: figures are as of 2026-11-01; import newer logs to see where things stand now
! ehtrack: note: plan portaal-brink, goal reach: no registration in the 28 days before the as-of date; the current value is over the 92 days before it (each practice's latest registration), the last on 2026-10-01

# Every practice cell of the Metrics sheet against 'metrics': counts below 5
# as <5, ratios over fewer than 5 and rates of fewer than 5 left empty.
$ ehtrack metrics --insurer Menzis --by practice --from 2026-06-01 --to 2026-10-31 --as-of 2026-11-01 --format json > metrics.json && $PYTHON $ROOT/tests/report/inspect_xlsx.py metrics menzis.xlsx metrics.json 5 metrics
> metrics rows: Care group 10, Practice 15, Total 5
> metrics months: 2026-06, 2026-07, 2026-08, 2026-09, 2026-10
> metrics: 199 practice cells checked: 140 shown, 9 as <5, 50 left empty

$ $PYTHON $ROOT/tests/report/inspect_xlsx.py types menzis.xlsx
> types: numbers are numbers, dates are dates, no formulas

# Whole ISO weeks of the data period: Monday 2026-06-01 (W23, the first
# record's week) to Sunday 2026-10-25 (W43, the last whole week before
# 10-31); the records run to 10-30, so no week is partial.
$ $PYTHON $ROOT/tests/report/inspect_xlsx.py trends menzis.xlsx
> trends: 21 weeks, 2026-W23 .. 2026-W43; partial: none

$ $PYTHON $ROOT/tests/report/inspect_xlsx.py charts menzis.xlsx
> chart: scatter, 6 series from Spread; E-consult share and its funnel limits | Consults in the period | E-consult share
> chart: line, 3 series from Trends; E-consult share per week | ISO week | Share of all consults
> chart: line, 3 series from Trends; Inbound calls per day per practice, per week | ISO week | Calls per day per practice

# Who sends no data, which imports, why rows were rejected, and the source
# codes behind the rejects (here one row's outcome: a count, never shown).
$ $PYTHON $ROOT/tests/report/inspect_xlsx.py quality menzis.xlsx
> gaps 01090011: 0 0 0 0; none; missed calls logged: yes
> gaps 01090022: 0 0 0 0; none; missed calls logged: yes
> gaps 01090033: 0 1 0 0; messages: 2026-08; missed calls logged: yes
> import 1: Consults, read 1500, added 1500, skipped 0, rejected 0, imported
> import 2: Messages, read 101, added 101, skipped 0, rejected 0, imported
> import 3: Phone calls, read 2059, added 2057, skipped 0, rejected 2, imported
> import 4: Survey rows, read 8, added 8, skipped 0, rejected 0, imported
> import 5: Portal registrations, read 19, added 19, skipped 0, rejected 0, imported
> rejected in import 3: 1 row(s) from line 2059, field outcome: outcome: not one of answered | abandoned | voicemail | callback
> rejected in import 3: 1 row(s) from line 2060, field start: start: not a time YYYY-MM-DD HH:MM[:SS]
> unmapped in import 3: - (not shown: fewer than 5 rows, or possibly a patient's data), 1 row(s)
# The counts of an import are its file's, all the practices it holds, also
# in a workbook of fewer practices: the table's title says so (it said
# "Imports", and a care group read another group's volumes as its own).
$ $PYTHON $ROOT/tests/report/inspect_xlsx.py labels menzis.xlsx "Data quality" A | grep '^Imports'
> Imports (rows of the whole file, all its practices)

# A higher --min-cell hides more.
$ ehtrack report insurer Menzis -o menzis-20.xlsx --lang en --as-of 2026-11-01 --from 2026-06-01 --to 2026-10-31 --min-cell 20 >/dev/null && $PYTHON $ROOT/tests/report/inspect_xlsx.py metrics menzis-20.xlsx metrics.json 20 metrics
> metrics rows: Care group 10, Practice 15, Total 5
> metrics months: 2026-06, 2026-07, 2026-08, 2026-09, 2026-10
> metrics: 199 practice cells checked: 96 shown, 15 as <20, 88 left empty
! ehtrack: the data in scope ends on 2026-10-30, 24 days before today: figures are as of 2026-11-01; import newer logs to see where things stand now
! ehtrack: note: plan portaal-brink, goal reach: no registration in the 28 days before the as-of date; the current value is over the 92 days before it (each practice's latest registration), the last on 2026-10-01

$ ehtrack goals --insurer Menzis --as-of 2026-11-01 --format json > goals.json && $PYTHON $ROOT/tests/report/inspect_xlsx.py goals menzis-20.xlsx goals.json 20
> goals: 8 rows in the order of goals; statuses equal (achieved 4, at_risk 4)
> goals: 17 values equal, 6 hidden
> goals: 2 forecasts on fewer than 3 weeks, said so
! ehtrack: the data in scope ends on 2026-10-30, 24 days before today: figures are as of 2026-11-01; import newer logs to see where things stand now
! ehtrack: note: plan portaal-brink, goal reach: no registration in the 28 days before the as-of date; the current value is over the 92 days before it (each practice's latest registration), the last on 2026-10-01

# The practice's own workbook shows its own counts, all of them.
$ ehtrack report practice 01090011 -o anker.xlsx --lang en --as-of 2026-11-01 --from 2026-06-01 --to 2026-10-31
> wrote anker.xlsx: 1 practice, 1 plan, 4 goals, data 2026-06-01..2026-10-31
! ehtrack: the data in scope ends on 2026-10-30, 24 days before today: figures are as of 2026-11-01; import newer logs to see where things stand now

$ ehtrack metrics --practice 01090011 --by practice --from 2026-06-01 --to 2026-10-31 --as-of 2026-11-01 --format json > anker.json && $PYTHON $ROOT/tests/report/inspect_xlsx.py metrics anker.xlsx anker.json 0 metrics
> metrics rows: Practice 5
> metrics months: 2026-06, 2026-07, 2026-08, 2026-09, 2026-10
> metrics: 70 practice cells checked: 65 shown as computed, 5 without a value

$ ehtrack goals --practice 01090011 --as-of 2026-11-01 --format json > anker-goals.json && $PYTHON $ROOT/tests/report/inspect_xlsx.py goals anker.xlsx anker-goals.json 0
> goals: 4 rows in the order of goals; statuses equal (achieved 2, at_risk 2)
> goals: 13 values equal, 0 hidden
! ehtrack: the data in scope ends on 2026-10-30, 24 days before today: figures are as of 2026-11-01; import newer logs to see where things stand now

# Dutch: the sheet names and labels follow --lang, or $LANG without it.
$ ehtrack report region Oostrand -o oostrand.xlsx --lang nl --as-of 2026-11-01 --from 2026-06-01 --to 2026-10-31 && $PYTHON $ROOT/tests/report/inspect_xlsx.py sheets oostrand.xlsx
> wrote oostrand.xlsx: 3 practices, 4 plans, 8 goals, data 2026-06-01..2026-10-31
> Samenvatting
> Stappen
> Doelen
> Indicatoren
> Spreiding
> Trends
> Kosten
> Datakwaliteit
! ehtrack: the data in scope ends on 2026-10-30, 24 days before today: figures are as of 2026-11-01; import newer logs to see where things stand now
! ehtrack: note: plan portaal-brink, goal reach: no registration in the 28 days before the as-of date; the current value is over the 92 days before it (each practice's latest registration), the last on 2026-10-01
$ $PYTHON $ROOT/tests/report/inspect_xlsx.py labels oostrand.xlsx Datakwaliteit A | grep '^Imports'
> Imports (regels van het hele bestand, al zijn praktijken)

# Without --as-of: the day after the last record (2026-10-30) is
# 2026-10-31, said on the Summary; the data period is the twelve months up
# to the month of that record, 2025-11-01 .. 2026-10-31.
$ env -u LC_ALL -u LC_MESSAGES LANG=nl_NL.UTF-8 ehtrack report care-group "Zorggroep Testland" -o testland.xlsx && $PYTHON $ROOT/tests/report/inspect_xlsx.py summary testland.xlsx
> wrote testland.xlsx: 2 practices, 2 plans, 6 goals, data 2025-11-01..2026-10-31
> Implementatie e-health – Zorggroep: Zorggroep Testland
> Rapportage voor: Zorggroep
> Naam: Zorggroep Testland
> Doelen beoordeeld op: 2026-10-31
> Die dag is: de dag na het laatste record (2026-10-30)
> Dataperiode vanaf: 2025-11-01
> Dataperiode tot en met: 2026-10-31
> Praktijken: 2
> Zorggroepen: 1
> Plannen: 2
> SMART-doelen: 6
> Privacy: Aantallen onder 5 staan als <5; verhoudingen en gemiddelden over minder dan 5 records blijven leeg. Geen cijfer gaat over een enkele patiënt.
! ehtrack: the data in scope ends on 2026-10-30, 24 days before today: figures are as of 2026-10-31; import newer logs to see where things stand now
! ehtrack: note: plan portaal-brink, goal reach: no registration in the 28 days before the as-of date; the current value is over the 92 days before it (each practice's latest registration), the last on 2026-10-01

# The Metrics and Trends sheets start at the month and the week of the
# first record (June 2026; Monday 1 June, 2026-W23), not with seven months
# of blank rows from November 2025. October is partial: the records end on
# the 30th.
$ ehtrack report care-group "Zorggroep Testland" -o testland-en.xlsx --lang en 2> /dev/null && ehtrack metrics --care-group "Zorggroep Testland" --by practice --from 2025-11-01 --to 2026-10-31 --format json > testland.json && $PYTHON $ROOT/tests/report/inspect_xlsx.py metrics testland-en.xlsx testland.json 5 metrics && $PYTHON $ROOT/tests/report/inspect_xlsx.py trends testland-en.xlsx
> wrote testland-en.xlsx: 2 practices, 2 plans, 6 goals, data 2025-11-01..2026-10-31
> metrics rows: Practice 10, Total 5
> metrics months: 2026-06, 2026-07, 2026-08, 2026-09, 2026-10
> metrics: 131 practice cells checked: 106 shown, 4 as <5, 21 left empty
> trends: 21 weeks, 2026-W23 .. 2026-W43; partial: none

# A data period after the last record (2026-10-30) is a scope without
# records in it, as one before the first is: no rows and the line that
# says so (it gave a row of blanks per group and month marked partial, a
# Summary headed '2026-10 *' and '2026-11 *' over empty figures, and weeks
# of blanks on Trends). The Spread sheet says so too, under its rows of
# 0 practices.
$ ehtrack report care-group "Zorggroep Testland" -o after.xlsx --lang en --from 2026-10-31 --to 2026-11-22 2> /dev/null && $PYTHON -c "import openpyxl; wb = openpyxl.load_workbook('after.xlsx'); print('Metrics rows:', sum(1 for r in wb['Metrics'].iter_rows(min_row=5, values_only=True) if r[0] in ('Total', 'Practice'))); [print(n + ':', c.value) for n in ('Summary', 'Metrics', 'Spread', 'Trends') for r in wb[n].iter_rows() for c in r if isinstance(c.value, str) and c.value.startswith(('No records', 'No complete', '2026-'))]"
> wrote after.xlsx: 2 practices, 2 plans, 6 goals, data 2026-10-31..2026-11-22
> Metrics rows: 0
> Summary: No records in scope in the data period: the figures appear once logs are imported (ehtrack import).
> Metrics: No records in scope in the data period: the figures appear once logs are imported (ehtrack import).
> Spread: No records in scope in the data period: the figures appear once logs are imported (ehtrack import).
> Trends: No complete week (Monday to Sunday) with records in scope in the data period.

# The sheets end with the month and the week of the last record (October;
# 2026-W44, Monday 26 October to Sunday 1 November: the records end on
# Friday the 30th, and the weekend after it, when the practices are
# closed, is no day they lack), not with three months and thirteen weeks
# of blank rows marked partial up to --to.
$ ehtrack report care-group "Zorggroep Testland" -o later.xlsx --lang en --as-of 2026-11-01 --from 2026-06-01 --to 2027-01-31 2> /dev/null && ehtrack metrics --care-group "Zorggroep Testland" --by practice --from 2026-06-01 --to 2027-01-31 --as-of 2026-11-01 --format json > later.json && $PYTHON $ROOT/tests/report/inspect_xlsx.py metrics later.xlsx later.json 5 metrics && $PYTHON $ROOT/tests/report/inspect_xlsx.py trends later.xlsx
> wrote later.xlsx: 2 practices, 2 plans, 6 goals, data 2026-06-01..2027-01-31
> metrics rows: Practice 10, Total 5
> metrics months: 2026-06, 2026-07, 2026-08, 2026-09, 2026-10
> metrics: 131 practice cells checked: 106 shown, 4 as <5, 21 left empty
> trends: 22 weeks, 2026-W23 .. 2026-W44; partial: none

# A month cut by --from or --to is partial, and the note says it is the
# data period that holds only part of it (it said the records cover such a
# month only partly, while they run from 1 June to 30 October); where the
# records begin within a month too (those of late.db on Wednesday 3 June),
# the note gives both.
# A workbook as of a past day, written after later imports: its note
# names the records it reads (to the end of its data period), not those
# that came after (they ran "to 2026-10-30" in a workbook of 2026-08).
$ ehtrack --db late.db init > /dev/null && ehtrack --db late.db plan sync fixtures/report/plans > /dev/null && grep -v -E ',2026-06-0[12]T' fixtures/report/consults.csv > late.csv && ehtrack --db late.db import consults late.csv > /dev/null && ehtrack --db late.db report care-group "Zorggroep Testland" -o late.xlsx --as-of 2026-09-01 > /dev/null 2>&1; $PYTHON -c "import openpyxl, re; print(re.search('records in scope [^:]*', openpyxl.load_workbook('late.xlsx')['Trends']['A2'].value).group(0))"
> records in scope (2026-06-03 to 2026-08-31)
$ for l in en nl; do ehtrack report care-group "Zorggroep Testland" -o cut-$l.xlsx --lang $l --as-of 2026-11-01 --from 2026-07-15 --to 2026-09-10 > /dev/null 2>&1; ehtrack --db late.db report care-group "Zorggroep Testland" -o cut-both-$l.xlsx --lang $l --as-of 2026-11-01 --from 2026-06-01 --to 2026-09-10 > /dev/null 2>&1; done; $PYTHON -c "import openpyxl, re; [print(f + ':', ' '.join(re.findall('(?:A period|Een periode)[^:]*', openpyxl.load_workbook(f + '.xlsx').worksheets[3]['A2'].value))) for f in ('cut-en', 'cut-nl', 'cut-both-en', 'cut-both-nl')]; [print('Summary:', c.value) for r in openpyxl.load_workbook('cut-en.xlsx')['Summary'].iter_rows() for c in r if isinstance(c.value, str) and c.value.startswith(('A period', '2026-0'))]"
> cut-en: A period marked partial (*) lies only partly in the data period (2026-07-15 to 2026-09-10)
> cut-nl: Een periode gemarkeerd als deels (*) valt maar voor een deel in de dataperiode (2026-07-15 tot en met 2026-09-10)
> cut-both-en: A period marked partial (*) lies only partly in the data period (2026-06-01 to 2026-09-10) or is only partly covered by the records in scope (2026-06-03 to 2026-09-10)
> cut-both-nl: Een periode gemarkeerd als deels (*) valt maar voor een deel in de dataperiode (2026-06-01 tot en met 2026-09-10) of is maar voor een deel gedekt door de records (2026-06-03 tot en met 2026-09-10)
> Summary: 2026-07 *
> Summary: 2026-09 *
> Summary: A period marked partial (*) lies only partly in the data period (2026-07-15 to 2026-09-10): read it as such, not as a change.

# The advice to import newer logs is for an as-of the data ends before
# (the day after the last record, taken or given, or later), not for an
# --as-of within the data: newer logs would not change the figures of a
# day chosen in the past (it said so as of 2026-09-01, with records to
# 2026-10-30).
$ for d in 2026-09-01 2026-10-31; do ehtrack report care-group "Zorggroep Testland" -o past.xlsx --lang en --as-of $d > /dev/null 2> past.err; grep -h 'import newer' past.err || echo "$d: nothing said"; done
> 2026-09-01: nothing said
> ehtrack: the data in scope ends on 2026-10-30, 24 days before today: figures are as of 2026-10-31; import newer logs to see where things stand now

$ $PYTHON $ROOT/tests/report/inspect_xlsx.py types testland.xlsx
> types: numbers are numbers, dates are dates, no formulas

# Errors. An unknown name lists the known ones and leaves no file.
$ ehtrack report insurer Nobody -o nobody.xlsx
! ehtrack: no insurer 'Nobody' in the database; known: CZ, Menzis, VGZ
? 1

$ ehtrack report practice 99999999 -o nobody.xlsx
! ehtrack: no practice '99999999' in the database; known: 01090011 Huisartsenpraktijk Het Anker, 01090022 Huisartsen De Brink & Zn, 01090033 Praktijk Zonnehof, 01090044 Gezondheidscentrum Vlietzicht
? 1
# An AGB code a spreadsheet stripped of its leading zero is named as the
# code meant (the list of every practice left the user to spot it).
$ ehtrack report practice 1090033 -o nobody.xlsx
! ehtrack: no practice '1090033' in the database; did you mean '01090033'? (an AGB code has 8 digits; a spreadsheet drops the leading zeros)
? 1

$ ls -A | grep nobody || echo "no file"
> no file

# An output path that cannot be written: an I/O error, and nothing written.
$ ehtrack report region Oostrand -o no/such/dir/x.xlsx
! ehtrack: no/such/dir/x.xlsx: cannot write here: No such file or directory
? 3

$ test -e no || echo "nothing written"
> nothing written

$ ehtrack report region Oostrand -o .
! ehtrack: .: is a directory; give a file name
? 3

# A workbook is not a stream: '-' is refused, not written as a file named '-'.
$ ehtrack report region Oostrand -o -; echo "exit $?"; test -e ./- || echo "no file named -"
> exit 2
> no file named -
! ehtrack: report: -o -: a workbook cannot go to standard output; name a .xlsx file
! usage: ehtrack report region|care-group|insurer|practice NAME -o FILE.xlsx [--lang nl|en] [--as-of D] [--from D] [--to D] [--min-cell N] [--days K] [--all]
# A name with another extension held an .xlsx archive that a spreadsheet
# opened by that name (.csv) showed as garbage; refused, nothing written.
$ ehtrack report region Oostrand -o out.csv; echo "exit $?"; test -e out.csv || echo "no out.csv"
> exit 2
> no out.csv
! ehtrack: report: -o out.csv: a workbook is an Excel .xlsx file, so its name ends in .xlsx (for figures as CSV: ehtrack metrics --format csv)
! usage: ehtrack report region|care-group|insurer|practice NAME -o FILE.xlsx [--lang nl|en] [--as-of D] [--from D] [--to D] [--min-cell N] [--days K] [--all]
# A name without an extension that is a file already (a Makefile, a
# register) was replaced by the workbook; only a workbook is replaced.
$ printf 'all:\n\techo hi\n' > Makefile && ehtrack report region Oostrand -o Makefile; echo "exit $?"; head -1 Makefile
> exit 3
> all:
! ehtrack: Makefile: a file that is no workbook is already there; report -o replaces only workbooks: name a new .xlsx file

# Usage errors.
$ ehtrack report region Oostrand -o x.xlsx --lang de
! ehtrack: report: --lang must be nl or en (got 'de')
! usage: ehtrack report region|care-group|insurer|practice NAME -o FILE.xlsx [--lang nl|en] [--as-of D] [--from D] [--to D] [--min-cell N] [--days K] [--all]
? 2

$ ehtrack report region Oostrand -o x.xlsx --min-cell 0
! ehtrack: report: --min-cell must be a whole number from 1 to 1000000 (got '0')
! usage: ehtrack report region|care-group|insurer|practice NAME -o FILE.xlsx [--lang nl|en] [--as-of D] [--from D] [--to D] [--min-cell N] [--days K] [--all]
? 2

$ ehtrack report region Oostrand -o x.xlsx --min-cell five
! ehtrack: report: --min-cell must be a whole number from 1 to 1000000 (got 'five')
! usage: ehtrack report region|care-group|insurer|practice NAME -o FILE.xlsx [--lang nl|en] [--as-of D] [--from D] [--to D] [--min-cell N] [--days K] [--all]
? 2

$ ehtrack report county Oostrand -o x.xlsx
! ehtrack: report: 'county' is not region, care-group, insurer or practice
! usage: ehtrack report region|care-group|insurer|practice NAME -o FILE.xlsx [--lang nl|en] [--as-of D] [--from D] [--to D] [--min-cell N] [--days K] [--all]
? 2

$ ehtrack report region -o x.xlsx
! ehtrack: report: name the region the workbook is about
! usage: ehtrack report region|care-group|insurer|practice NAME -o FILE.xlsx [--lang nl|en] [--as-of D] [--from D] [--to D] [--min-cell N] [--days K] [--all]
? 2

$ ehtrack report region Oostrand
! ehtrack: report: -o FILE.xlsx is required: where the workbook goes
! usage: ehtrack report region|care-group|insurer|practice NAME -o FILE.xlsx [--lang nl|en] [--as-of D] [--from D] [--to D] [--min-cell N] [--days K] [--all]
? 2

$ ehtrack report region Oostrand -o x.xlsx --from 2026-10-01 --to 2026-06-01
! ehtrack: report: --from is after --to
! usage: ehtrack report region|care-group|insurer|practice NAME -o FILE.xlsx [--lang nl|en] [--as-of D] [--from D] [--to D] [--min-cell N] [--days K] [--all]
? 2

$ ehtrack report region Oostrand -o x.xlsx --as-of 2026-13-01
! ehtrack: report: --as-of must be a date YYYY-MM-DD (got '2026-13-01')
! usage: ehtrack report region|care-group|insurer|practice NAME -o FILE.xlsx [--lang nl|en] [--as-of D] [--from D] [--to D] [--min-cell N] [--days K] [--all]
? 2

$ EHTRACK_THREADS=4 ehtrack report region Oostrand -o x.xlsx
! ehtrack: $EHTRACK_THREADS must be 1 or 2 (got '4')
? 2

# No temporary file is left behind by any of the above.
$ ls -A | grep 'xlsx\.' || echo "no temporary file"
> no temporary file

# A phone system that logs no missed calls: the import says so, `imports`
# keeps the note, and the Data quality sheet names the practice.
$ grep -e '^id,' -e ',01090011,.*,answered$' fixtures/report/calls.csv > answered-only.csv && ehtrack --db nomissed.db init >/dev/null && ehtrack --db nomissed.db plan sync fixtures/report/plans >/dev/null && ehtrack --db nomissed.db import calls answered-only.csv 2>&1 >/dev/null | sed 's/answered-only.csv: //'
> ehtrack: note: no abandoned inbound calls in this file: if the phone system does not log missed calls (as Asterisk with unanswered = no in cdr.conf), abandoned_rate and calls_per_day count too low

$ ehtrack --db nomissed.db imports
> ID  FILE               FORMAT     KIND   TIME                 READ  INSERTED  DUPLICATES  SKIPPED  REJECTED  OUTCOME
>  1  answered-only.csv  canonical  calls  2026-11-23T12:00:00   290       290           0        0         0  imported
> note on import 1: no abandoned inbound calls in this file: if the phone system does not log missed calls (as Asterisk with unanswered = no in cdr.conf), abandoned_rate and calls_per_day count too low

$ ehtrack --db nomissed.db imports --format json | grep -c '"note": "no abandoned inbound calls'
> 1

$ ehtrack --db nomissed.db report practice 01090011 -o nomissed.xlsx --lang en --as-of 2026-11-01 --from 2026-06-01 --to 2026-10-31 >/dev/null && $PYTHON $ROOT/tests/report/inspect_xlsx.py quality nomissed.xlsx
> gaps 01090011: 5 5 0 5; consults: 2026-06..2026-10; messages: 2026-06..2026-10; registrations: 2026-06..2026-10; missed calls logged: none: does the phone system log them?
> import 1: Phone calls, read 290, added 290, skipped 0, rejected 0, imported
! ehtrack: the data in scope ends on 2026-10-30, 24 days before today: figures are as of 2026-11-01; import newer logs to see where things stand now

# Portal reach divides the accounts by the list size in the register, which
# anyone can read: a reach over fewer accounts than --min-cell gives that
# count back, so it is left empty as a rate per 1,000 listed patients is
# (docs/reports.md section 3; suppress_on in metrics/portal_reach.yaml).
# 01090011 has 3 accounts in 2026-09, 01090022 none, 01090033 1,100.
$ printf 'practice,date,accounts\n01090011,2026-09-01,3\n01090022,2026-09-01,0\n01090033,2026-09-01,1100\n' > few.csv && ehtrack --db few.db init > /dev/null && ehtrack --db few.db plan sync fixtures/report/plans > /dev/null && ehtrack --db few.db import registrations few.csv > /dev/null && ehtrack --db few.db report region Oostrand -o few.xlsx --lang en --as-of 2026-10-01 > /dev/null 2>&1 && $PYTHON -c "import openpyxl; rows = list(openpyxl.load_workbook('few.xlsx')['Metrics'].iter_rows(values_only=True)); h = next(i for i, r in enumerate(rows) if r and 'Patient portal reach' in r); c, a = rows[h].index('Patient portal reach'), rows[h].index('AGB code'); [print(r[a], r[c]) for r in rows[h + 1:] if r[a]]"
> 01090011 None
> 01090022 None
> 01090033 0.3928571428571428

# An insurer synced with an escape character before registers refused it
# (plan-yaml.t): its name in the title and the footers made the XML
# unreadable while report said it wrote the workbook.
$ cp few.db esc.db && cp few.db.key esc.db.key && sqlite3 esc.db "UPDATE practice_insurers SET insurer = 'Ins' || char(27) || 'X' WHERE insurer = (SELECT min(insurer) FROM practice_insurers)" && ehtrack --db esc.db report insurer "$(printf 'Ins\033X')" -o esc.xlsx --lang en --as-of 2026-10-01 > /dev/null 2>&1 && $PYTHON -c "import openpyxl; wb = openpyxl.load_workbook('esc.xlsx'); print(repr(wb.properties.title))"
> 'E-health rollout – Insurer: Ins X'

# A practice's workbook lists the imports that carried its records, never a
# file of another practice (the name of a file is often its practice's):
# each survey file holds one practice's rows, imported without --practice.
$ printf 'practice,date,respondents,aware\n01090011,2026-09-01,20,8\n' > enquete-praktijk-een.csv && printf 'practice,date,respondents,aware\n01090022,2026-09-01,30,9\n' > enquete-praktijk-twee.csv && ehtrack --db own.db init > /dev/null && ehtrack --db own.db plan sync fixtures/report/plans > /dev/null && ehtrack --db own.db import survey enquete-praktijk-een.csv enquete-praktijk-twee.csv > /dev/null && ehtrack --db own.db report practice 01090011 -o own.xlsx --lang en --as-of 2026-10-01 --from 2026-06-01 --to 2026-09-30 > /dev/null 2>&1 && $PYTHON -c "import openpyxl; [print(*[c for c in r if c is not None]) for r in openpyxl.load_workbook('own.xlsx')['Data quality'].iter_rows(values_only=True) if any(isinstance(c, str) and c.endswith('.csv') for c in r)]"
> 1 enquete-praktijk-een.csv Survey rows canonical 2026-11-23 12:00:00 2026-09-01 00:00:00 2026-09-01 00:00:00 1 1 0 0 0 imported

# A file of practices of two care groups: each group's workbook lists the
# rejected rows of its own practices, and those that name no practice of
# the register (it listed every rejected row of the file in both); a row
# with a field too many is its practice's too. A practice whose rows were
# all rejected finds the import and its rows in its own workbook (it found
# no import), in any period (the rows carry no day that was read).
$ printf 'id,practice,start,patient,channel,role,minutes,reason\n1,01090011,2026-02-10T09:00,P1,f2f,gp,10,\n2,01090011,2026-02-10T09:30,P2,fax,gp,10,\n3,01090033,2026-02-11T09:00,P3,f2f,gp,10,\n4,01090033,2026-02-11T10:00,P4,f2f,nurse,10,\n5,01090033,2026-02-12T10:00,P5,f2f,gp,9999,\n6,01099999,2026-02-12T10:00,P6,f2f,gp,10,\n7,01090011,2026-02-10T10:00,P7,f2f,gp,10,,x\n8,01090044,2026-02-12T12:00,P8,f2f,gp,10,x\n' > twee-groepen.csv && ehtrack --db groups.db init > /dev/null && ehtrack --db groups.db plan sync fixtures/report/plans > /dev/null && ehtrack --db groups.db import consults twee-groepen.csv > /dev/null 2>&1; for g in Testland Westmark; do ehtrack --db groups.db report care-group "Zorggroep $g" -o $g.xlsx --lang en --as-of 2026-03-01 --from 2026-02-01 --to 2026-02-28 > /dev/null 2>&1; done; ehtrack --db groups.db report practice 01090044 -o 01090044.xlsx --lang en --as-of 2026-03-01 --from 2026-02-01 --to 2026-02-28 > /dev/null 2>&1; ehtrack --db groups.db report practice 01090044 -o 01090044-juni.xlsx --lang en --as-of 2026-07-01 --from 2026-06-01 --to 2026-06-30 > /dev/null 2>&1; $PYTHON -c "import openpyxl, sys; [print(f, r[3], r[5]) for f in sys.argv[1:] for r in openpyxl.load_workbook(f)['Data quality'].iter_rows(values_only=True) if r[0] == 1 and r[1] == 'twee-groepen.csv' and isinstance(r[6], str) and (': ' in r[6] or 'fields' in r[6])]" Testland.xlsx Westmark.xlsx 01090044.xlsx 01090044-juni.xlsx
> Testland.xlsx channel 3
> Testland.xlsx practice 7
> Testland.xlsx None 8
> Westmark.xlsx role 5
> Westmark.xlsx minutes 6
> Westmark.xlsx practice 7
> Westmark.xlsx reason 9
> 01090044.xlsx practice 7
> 01090044.xlsx reason 9
> 01090044-juni.xlsx practice 7
> 01090044-juni.xlsx reason 9

# The rejects of a database before schema 12 are given the practice of an
# import with --practice; the others stay without one, shown wherever the
# import is: that an import stored records of one practice (01090011 in
# gemengd-mrt.csv) does not make another's rejected row its (it did).
$ printf 'id,practice,start,patient,channel,role,minutes,reason\n9,,2026-02-13T09:00,P9,fax,gp,10,\n' > anker-feb.csv && printf 'id,practice,start,patient,channel,role,minutes,reason\n10,01090011,2026-03-02T09:00,P10,f2f,gp,10,\n11,01090033,2026-03-02T09:00,P11,fax,gp,10,\n' > gemengd-mrt.csv && ehtrack --db groups.db import consults anker-feb.csv --practice 01090011 > /dev/null 2>&1; ehtrack --db groups.db import consults gemengd-mrt.csv > /dev/null 2>&1; cp groups.db g11.db && cp groups.db.key g11.db.key && sqlite3 g11.db "ALTER TABLE rejects DROP COLUMN practice_id; ALTER TABLE practices DROP COLUMN source_path; ALTER TABLE imports DROP COLUMN file_path; PRAGMA user_version = 11" && ehtrack --db g11.db imports > /dev/null && sqlite3 g11.db "PRAGMA user_version; SELECT import_id, line, practice_id FROM rejects ORDER BY 1, 2"
> 14
> 1|3|
> 1|5|
> 1|6|
> 1|7|
> 1|8|
> 1|9|
> 2|2|1
> 3|3|

# An import that found records another import had brought is listed for
# their days: once the other is taken back, it alone holds them. January
# and February come with import 1, February and March with import 2; after
# 'imports remove 1' February's consult is import 2's.
$ printf 'id,practice,start,patient,channel,role,minutes,reason\n1,01090011,2026-01-10T09:00,P1,f2f,gp,10,\n2,01090011,2026-02-10T09:00,P2,f2f,gp,10,\n' > jan-feb.csv && printf 'id,practice,start,patient,channel,role,minutes,reason\n2,01090011,2026-02-10T09:00,P2,f2f,gp,10,\n3,01090011,2026-03-10T09:00,P3,f2f,gp,10,\n' > feb-mar.csv && ehtrack --db held.db init > /dev/null && ehtrack --db held.db plan sync fixtures/report/plans > /dev/null && ehtrack --db held.db import consults jan-feb.csv feb-mar.csv > /dev/null && ehtrack --db held.db imports remove 1 > /dev/null && ehtrack --db held.db report practice 01090011 -o held.xlsx --lang en --as-of 2026-03-01 --from 2026-02-01 --to 2026-02-28 > /dev/null 2>&1 && $PYTHON -c "import openpyxl; [print(*[c for c in r if c is not None]) for r in openpyxl.load_workbook('held.xlsx')['Data quality'].iter_rows(values_only=True) if any(isinstance(c, str) and c.endswith('.csv') for c in r)]"
> 1 jan-feb.csv Consults canonical 2026-11-23 12:00:00 2026-01-10 00:00:00 2026-02-10 00:00:00 2 2 0 0 0 removed (imports remove)
> 2 feb-mar.csv Consults canonical 2026-11-23 12:00:00 2026-02-10 00:00:00 2026-03-10 00:00:00 2 1 1 0 0 imported

# A file whose practice is not known (refused by --strict: nothing stored;
# or taken back before schema 11 kept what imports carried) is named in no
# workbook of another practice (it was named in every one).
$ printf 'id,practice,start,patient,channel,role,minutes,reason\n7,01090022,2026-02-11T09:00,P7,f2f,gp,10,\n8,01090022,2026-02-12T09:00,P8,fax,gp,10,\n' > praktijk-twee-feb.csv && ehtrack --db held.db import consults praktijk-twee-feb.csv --strict > /dev/null 2>&1; cp held.db held10.db && cp held.db.key held10.db.key && sqlite3 held10.db "ALTER TABLE rejects DROP COLUMN practice_id; DROP TABLE import_practices; ALTER TABLE practices DROP COLUMN source_path; ALTER TABLE imports DROP COLUMN file_path; PRAGMA user_version = 10" && for d in held held10; do ehtrack --db $d.db report practice 01090033 -o $d-drie.xlsx --lang en --as-of 2026-03-01 --from 2026-02-01 --to 2026-02-28 > /dev/null 2>&1 && $PYTHON -c "import openpyxl, sys; print(sys.argv[1], [r[1] for r in openpyxl.load_workbook(sys.argv[1])['Data quality'].iter_rows(values_only=True) if isinstance(r[1], str) and r[1].endswith('.csv')])" $d-drie.xlsx; done
> held-drie.xlsx []
> held10-drie.xlsx []

# --min-cell 1 in a workbook beyond the practice: every count in full, and
# the Summary says so (it called the insurer's workbook the practice's own).
$ ehtrack report insurer Menzis -o menzis-1.xlsx --lang en --as-of 2026-11-01 --min-cell 1 > /dev/null && $PYTHON $ROOT/tests/report/inspect_xlsx.py summary menzis-1.xlsx | grep '^Privacy'
> Privacy: --min-cell 1: every count is shown in full, also the smallest; check before the workbook leaves the practices it concerns. No patient is named.
! ehtrack: the data in scope ends on 2026-10-30, 24 days before today: figures are as of 2026-11-01; import newer logs to see where things stand now
! ehtrack: note: plan portaal-brink, goal reach: no registration in the 28 days before the as-of date; the current value is over the 92 days before it (each practice's latest registration), the last on 2026-10-01

# Figures in seconds and hours say so beside the headline figures and the
# goals too, as on the Metrics sheet (149.89 read as "150" with no unit).
$ $PYTHON $ROOT/tests/report/inspect_xlsx.py labels menzis.xlsx Summary A | grep -E 'wait|response'
> Average wait on the phone (seconds)
> Median e-consult response time (hours)
$ mkdir -p units && cp plans/register.yaml plans/econsult-wooldrik.yaml units/ && ehtrack --db units.db init > /dev/null && ehtrack --db units.db plan sync units/ > /dev/null && ehtrack --db units.db report practice 01061239 -o units.xlsx --lang en --as-of 2026-11-01 > /dev/null 2>&1 && $PYTHON $ROOT/tests/report/inspect_xlsx.py labels units.xlsx Goals F | grep -E 'response'
> Median e-consult response time (hours)

# Two practices of one name in a care group (the register allows it): the
# Trends lines name their AGB codes too (two lines of one legend before).
$ mkdir -p twins && sed 's/name: Huisartsen De Brink & Zn/name: Huisartsenpraktijk Het Anker/' fixtures/report/plans/register.yaml > twins/register.yaml && ehtrack --db twins.db init > /dev/null && ehtrack --db twins.db plan sync twins/ > /dev/null && ehtrack --db twins.db import consults fixtures/report/consults.csv > /dev/null && ehtrack --db twins.db report care-group "Zorggroep Testland" -o twins.xlsx --lang en --as-of 2026-11-01 > /dev/null 2>&1 && $PYTHON $ROOT/tests/report/inspect_xlsx.py labels twins.xlsx Trends D | grep Anker; $PYTHON $ROOT/tests/report/inspect_xlsx.py labels twins.xlsx Trends E | grep Anker
> Huisartsenpraktijk Het Anker (01090022)
> Huisartsenpraktijk Het Anker (01090011)

# A care group's name longer than Excel's footer allows (255 characters,
# codes included; the register sets no limit) is cut there with an
# ellipsis (the workbook was refused, exit 3).
$ mkdir -p long && N="Huisartsen & Zorgverleners$(printf ' Regio Oost-Nederland en Omstreken%.0s' 1 2 3 4 5 6 7)" && sed "s/care_group: Zorggroep Testland/care_group: $(printf '%s' "$N" | sed 's/&/\\&/g')/" fixtures/report/plans/register.yaml > long/register.yaml && ehtrack --db long.db init > /dev/null && ehtrack --db long.db plan sync long/ > /dev/null && ehtrack --db long.db report care-group "$N" -o long.xlsx --lang en --as-of 2026-11-01 2> /dev/null && $PYTHON -c "import zipfile, re, html; f = html.unescape(re.search('<oddFooter>(.*?)</oddFooter>', zipfile.ZipFile('long.xlsx').read('xl/worksheets/sheet1.xml').decode()).group(1)); print(len(f), f[:40], '...', f[-40:])"
> wrote long.xlsx: 2 practices, 0 plans, 0 goals, data 2025-11-01..2026-10-31
> 255 &LHuisartsen && Zorgverleners Regio Oost ... rland en Omstreken Regio …&RPage &P / &N
