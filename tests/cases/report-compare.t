# The workbooks' Comparison sheet (a practice's) and Spread sheet (a care
# group's, region's or insurer's), interface.md 7.5, on the nine practices
# of fixtures/compare (their counts and the hand computations of the
# figures: tests/cases/compare.t). Read back with openpyxl
# (tests/report/inspect_xlsx.py).

$ ehtrack init > /dev/null && ehtrack plan sync fixtures/compare/register.yaml > /dev/null && ehtrack import consults fixtures/compare/consults.csv > /dev/null && ehtrack import calls fixtures/compare/calls.csv > /dev/null

# --- a practice's workbook: Comparison ----------------------------------------------
$ ehtrack report practice 90100001 -o anemoon.xlsx --lang en --as-of 2026-10-01 --from 2026-09-01 --to 2026-09-30
> wrote anemoon.xlsx: 1 practice, 0 plans, 0 goals, data 2026-09-01..2026-09-30
! ehtrack: the data in scope ends on 2026-09-30, 54 days before today: figures are as of 2026-10-01; import newer logs to see where things stand now

# A practice's Trends sheet: each metric's group row heads one column, and
# its label ("Inbound calls per day per practice") wraps there; the row
# stayed 18 points high and cut the label's second line off.
$ $PYTHON -c "import openpyxl; ws = openpyxl.load_workbook('anemoon.xlsx')['Trends']; print(ws['D23'].value, ws.row_dimensions[23].height)"
> Inbound calls per day per practice 33.0

$ $PYTHON $ROOT/tests/report/inspect_xlsx.py sheets anemoon.xlsx
> Summary
> Steps
> Goals
> Metrics
> Comparison
> Trends
> Costs
> Data quality

# Every figure of the sheet is the one 'compare' gives for the same peers,
# range and as-of date: the care group (5 others), the region (3 others:
# too few, every distribution empty) and all practices (8 others). The
# follow-up rate is left out of workbooks (docs/reports.md). No other
# practice of the register is named anywhere on the sheet.
$ for s in care-group region all; do ehtrack compare --practice 90100001 --against $s --from 2026-09-01 --to 2026-09-30 --as-of 2026-10-01 --format json > $s.json; done; $PYTHON $ROOT/tests/report/inspect_xlsx.py comparison anemoon.xlsx metrics fixtures/compare/register.yaml care-group.json region.json all.json
> comparison Care group: Zorggroep Noord (5 others): 14 metrics, 79 figures equal to compare, 103 empty where compare has null; not on the sheet: followup_rate
> comparison Region: Noordrand (3 others): 14 metrics, 47 figures equal to compare, 135 empty where compare has null; not on the sheet: followup_rate
> comparison All practices (8 others): 14 metrics, 98 figures equal to compare, 84 empty where compare has null; not on the sheet: followup_rate
> comparison: none of the 8 other practices named

# With --days working the sheet counts working days, as the Metrics sheet
# and 'compare --days working' do, and its note says so.
$ ehtrack report practice 90100001 -o anemoon-w.xlsx --lang en --as-of 2026-10-01 --from 2026-09-01 --to 2026-09-30 --days working > /dev/null 2>&1 && for s in care-group region all; do ehtrack compare --practice 90100001 --against $s --from 2026-09-01 --to 2026-09-30 --as-of 2026-10-01 --days working --format json > $s-w.json; done; $PYTHON $ROOT/tests/report/inspect_xlsx.py comparison anemoon-w.xlsx metrics fixtures/compare/register.yaml care-group-w.json region-w.json all-w.json; $PYTHON -c "import openpyxl; ws = openpyxl.load_workbook('anemoon-w.xlsx')['Comparison']; [print(c.value) for r in ws.iter_rows(max_row=6) for c in r if str(c.value).startswith('Per day')]"; grep -o '"metric": "calls_per_day", "value": [0-9.]*' all.json all-w.json
> comparison Care group: Zorggroep Noord (5 others): 14 metrics, 79 figures equal to compare, 103 empty where compare has null; not on the sheet: followup_rate
> comparison Region: Noordrand (3 others): 14 metrics, 47 figures equal to compare, 135 empty where compare has null; not on the sheet: followup_rate
> comparison All practices (8 others): 14 metrics, 98 figures equal to compare, 84 empty where compare has null; not on the sheet: followup_rate
> comparison: none of the 8 other practices named
> Per day and per week count working days (Monday to Friday, not on Dutch public holidays).
> all.json:"metric": "calls_per_day", "value": 2
> all-w.json:"metric": "calls_per_day", "value": 2.727272727272727

# Two charts over the table, against all practices: the shares (e-consult
# share, video share, abandoned calls: the three with a distribution here)
# and the other figures as a share of the others' median.
$ $PYTHON $ROOT/tests/report/inspect_xlsx.py charts anemoon.xlsx
> chart: scatter, 3 series from Comparison; Shares: the practice against all other practices | Metric (No. in the chart data below) | Share
> chart: scatter, 3 series from Comparison; Other figures, as a share of the other practices' median | Metric (No. in the chart data below) | Of the others' median
> chart: line, 1 series from Trends; E-consult share per week | ISO week | Share of all consults
> chart: line, 1 series from Trends; Inbound calls per day per practice, per week | ISO week | Calls per day per practice

$ $PYTHON $ROOT/tests/report/inspect_xlsx.py types anemoon.xlsx
> types: numbers are numbers, dates are dates, no formulas

# A metric whose others' median is 0 cannot be drawn as a share of it: the
# sheet names those it leaves out of the second chart. Here only Anemoon
# has e-consults; the eight others each one consult face to face.
$ { echo id,practice,start,patient,channel,role,minutes,reason; echo z1,90100001,2026-09-01T08:00,P1,econsult,gp,5,; echo z2,90100001,2026-09-02T08:00,P2,econsult,gp,5,; for p in 1 2 3 4 5 6 7 8 9; do echo f$p,9010000$p,2026-09-03T09:00,P$p,f2f,gp,10,; done; } > zero.csv && ehtrack --db zero.db init > /dev/null && ehtrack --db zero.db plan sync fixtures/compare/register.yaml > /dev/null && ehtrack --db zero.db import consults zero.csv > /dev/null && ehtrack --db zero.db report practice 90100001 -o zero.xlsx --lang en --as-of 2026-10-01 --from 2026-09-01 --to 2026-09-30 > /dev/null 2>&1 && $PYTHON -c "import openpyxl; ws = openpyxl.load_workbook('zero.xlsx')['Comparison']; [print(c.value) for r in ws.iter_rows() for c in r if str(c.value).startswith('Not in the chart')]"
> Not in the chart of the other metrics, as the others' median is 0 and a share of it means nothing: E-consults, E-consults per week, E-consults per 1,000 listed patients.

# In Dutch the sheet is Vergelijking.
$ ehtrack report practice 90100006 -o fazant.xlsx --lang nl --as-of 2026-10-01 --from 2026-09-01 --to 2026-09-30 > /dev/null && $PYTHON $ROOT/tests/report/inspect_xlsx.py sheets fazant.xlsx | sed -n 5p
> Vergelijking
! ehtrack: the data in scope ends on 2026-09-04, 80 days before today: figures are as of 2026-10-01; import newer logs to see where things stand now

# --- a care group's workbook: Spread -------------------------------------------------
# Zorggroep Noord: A .. F. With --min-cell 5, F's share (1 of 4 consults),
# its e-consults per week and per 1,000 (one e-consult) rest on fewer than
# 5 records: left out. Its count of e-consults (1) still counts, shown <5.
# E-consults, 1, 10, 20, 20, 30, 40 (n = 6): lowest 1 (<5); p10 h = .5:
#   1 + .5 x 9 = 5.5; p25 h = 1.25: 10 + .25 x 10 = 12.5; median 20;
#   p75 h = 3.75: 20 + .75 x 10 = 27.5; p90 h = 4.5: 30 + .5 x 10 = 35; highest 40.
# E-consult share without F, .1, .2, .2, .2, .3 (n = 5): p10 h = .4: .1 + .4 x .1
#   = .14; p25 h = 1: .2; median .2; p75 .2; p90 h = 3.6: .2 + .6 x .1 = .26.
# Calls per day (F has no calls), 1, 1, 2, 2, 3: p10 h = .4: 1; p25 1; median 2;
#   p75 2; p90 h = 3.6: 2 + .6 = 2.6.
# The funnel: pooled over every practice of the group, F too:
#   121/604 = .200331. At n = 100: se = .040012, 95% .121907 .. .278756,
#   99.8% .076695 .. .323968: A (.3) above95, D (.1) below95, B and C within;
#   E at 200: se = .028293, 95% .144877 .. .255786: within. Nobody beyond
#   the 99.8% limits. The lines run from the least records (100) to the most (200).
$ ehtrack report care-group "Zorggroep Noord" -o noord.xlsx --lang en --as-of 2026-10-01 --from 2026-09-01 --to 2026-09-30 && $PYTHON $ROOT/tests/report/inspect_xlsx.py spread noord.xlsx metrics
> wrote noord.xlsx: 6 practices, 0 plans, 0 goals, data 2026-09-01..2026-09-30
> spread econsults: 6 practices, 0 left out; <5 5.5 12.5 20 27.5 35 40
> spread econsult_share: 5 practices, 1 left out; 10.00% 14.00% 20.00% 20.00% 20.00% 26.00% 30.00%
> spread econsults_per_week: 5 practices, 1 left out; 2.3333 3.2667 4.6667 4.6667 7 8.4 9.3333
> spread econsults_per_1000: 5 practices, 1 left out; 6.6667 6.6667 6.6667 8 10 13 15
> spread video_share: 5 practices, 1 left out; 0.00% 0.00% 0.00% 0.00% 0.00% 0.00% 0.00%
> spread results_via_econsult: 0 practices, 0 left out; - - - - - - -
> spread calls_per_day: 5 practices, 0 left out; 1 1 1 2 2 2.6 3
> spread abandoned_rate: 5 practices, 0 left out; 5.00% 7.00% 10.00% 10.00% 10.00% 16.00% 20.00%
> spread avg_wait_s: 5 practices, 0 left out; 60 60 60 60 60 60 60
> spread response_in_term: 0 practices, 0 left out; - - - - - - -
> spread median_response_h: 0 practices, 0 left out; - - - - - - -
> spread unsafe_share: 0 practices, 0 left out; - - - - - - -
> spread awareness: 0 practices, 0 left out; - - - - - - -
> spread portal_reach: 0 practices, 0 left out; - - - - - - -
> Funnel: E-consult share by the number of records
> outside: none
> point: 90100001 at 100: 30.00%, above the 95% limit (better)
> point: 90100002 at 100: 20.00%, within the limits
> point: 90100003 at 100: 20.00%, within the limits
> point: 90100004 at 100: 10.00%, below the 95% limit (worse)
> point: 90100005 at 200: 20.00%, within the limits
> Left out for few records: 1 practice.
> lines: 41 points; at 100: 20.03%, 95% 12.19%..27.88%, 99.8% 7.67%..32.40%
> lines: at 200: 20.03%, 95% 14.49%..25.58%, 99.8% 11.29%..28.78%
! ehtrack: the data in scope ends on 2026-09-30, 54 days before today: figures are as of 2026-10-01; import newer logs to see where things stand now

# With --min-cell 1 nothing is left out: F counts, at 4 consults. Shares
#   .1, .2, .2, .2, .25, .3 (n = 6): p10 h = .5: .15; p25 h = 1.25: .2; median .2;
#   p75 h = 3.75: .2 + .75 x .05 = .2375; p90 h = 4.5: .25 + .5 x .05 = .275.
#   The lines now start at 4 records: se = sqrt(.200331 x .799669 / 4) = .200124,
#   95% up to .200331 + .392243 = .592574, 99.8% up to .200331 + .618383 = .818714.
$ ehtrack report care-group "Zorggroep Noord" -o noord-1.xlsx --lang en --as-of 2026-10-01 --from 2026-09-01 --to 2026-09-30 --min-cell 1 > /dev/null && $PYTHON $ROOT/tests/report/inspect_xlsx.py spread noord-1.xlsx metrics | grep -E "econsult_share|^point: 90100006|^lines"
> spread econsult_share: 6 practices, 0 left out; 10.00% 15.00% 20.00% 20.00% 23.75% 27.50% 30.00%
> point: 90100006 at 4: 25.00%, within the limits
> lines: 41 points; at 4: 20.03%, 95% 0.00%..59.26%, 99.8% 0.00%..81.87%
> lines: at 200: 20.03%, 95% 14.49%..25.58%, 99.8% 11.29%..28.78%
! ehtrack: the data in scope ends on 2026-09-30, 54 days before today: figures are as of 2026-10-01; import newer logs to see where things stand now

# With --min-cell 1000 every practice is left out of the funnel: the sheet
# says how many, not only that no practice has a figure to draw.
$ ehtrack report care-group "Zorggroep Noord" -o noord-1000.xlsx --lang en --as-of 2026-10-01 --from 2026-09-01 --to 2026-09-30 --min-cell 1000 > /dev/null 2>&1 && $PYTHON $ROOT/tests/report/inspect_xlsx.py spread noord-1000.xlsx metrics | grep -v "^spread"
> Funnel: E-consult share by the number of records
> No practice has a figure to draw in this period.
> Left out for few records: 6 practices.

# Zorggroep Zuid: G .5 of 100, H 0 of 50, I .1 of 50; pooled 55/200 = .275.
#   G: se at 100 = .044651, 99.8% up to .275 + .137972 = .412972: above.
#   H: se at 50 = .063147, 99.8% down to .275 - .195124 = .079876: below.
#   I: 95% down to .275 - .123768 = .151232: below95, within the 99.8%.
# The two beyond the 99.8% limits are listed under the chart, with their
# share and their number of consults.
$ ehtrack report care-group "Zorggroep Zuid" -o zuid.xlsx --lang en --as-of 2026-10-01 --from 2026-09-01 --to 2026-09-30 > /dev/null && $PYTHON $ROOT/tests/report/inspect_xlsx.py spread zuid.xlsx metrics | grep -v "^spread"
> Funnel: E-consult share by the number of records
> outside: 90100008 Praktijk Hazelaar 0.00% of 50, below the 99.8% limit (worse)
> outside: 90100007 Praktijk Goudsbloem 50.00% of 100, above the 99.8% limit (better)
> point: 90100008 at 50: 0.00%, below the 99.8% limit (worse)
> point: 90100009 at 50: 10.00%, below the 95% limit (worse)
> point: 90100007 at 100: 50.00%, above the 99.8% limit (better)
> lines: 41 points; at 50: 27.50%, 95% 15.12%..39.88%, 99.8% 7.99%..47.01%
> lines: at 100: 27.50%, 95% 18.75%..36.25%, 99.8% 13.70%..41.30%
! ehtrack: the data in scope ends on 2026-09-30, 54 days before today: figures are as of 2026-10-01; import newer logs to see where things stand now

$ $PYTHON $ROOT/tests/report/inspect_xlsx.py charts zuid.xlsx | grep Spread
> chart: scatter, 6 series from Spread; E-consult share and its funnel limits | Consults in the period | E-consult share

$ $PYTHON $ROOT/tests/report/inspect_xlsx.py types zuid.xlsx
> types: numbers are numbers, dates are dates, no formulas

# Region and insurer workbooks have the sheet too; Dutch: Spreiding.
$ ehtrack report region Noordrand -o noordrand.xlsx --lang nl --as-of 2026-10-01 --from 2026-09-01 --to 2026-09-30 > /dev/null && $PYTHON $ROOT/tests/report/inspect_xlsx.py sheets noordrand.xlsx | sed -n 5p
> Spreiding
! ehtrack: the data in scope ends on 2026-09-30, 54 days before today: figures are as of 2026-10-01; import newer logs to see where things stand now
$ ehtrack report insurer VGZ -o vgz.xlsx --lang en --as-of 2026-10-01 --from 2026-09-01 --to 2026-09-30 > /dev/null && $PYTHON $ROOT/tests/report/inspect_xlsx.py sheets vgz.xlsx | sed -n 5p
> Spread
! ehtrack: the data in scope ends on 2026-09-30, 54 days before today: figures are as of 2026-10-01; import newer logs to see where things stand now

# The Dutch Spread sheet gives the share of all practices together with a
# decimal comma, as the 99,8% beside it (it read "(20.0%)").
$ ehtrack report care-group "Zorggroep Noord" -o noord-nl.xlsx --lang nl --as-of 2026-10-01 --from 2026-09-01 --to 2026-09-30 > /dev/null 2>&1 && $PYTHON -c "import openpyxl, re; ws = openpyxl.load_workbook('noord-nl.xlsx')['Spreiding']; [print(re.search('samen [(][^)]*[)]; de bogen zijn de [^ ]* en [^ ]*', c.value).group(0)) for r in ws.iter_rows() for c in r if isinstance(c.value, str) and 'middelste lijn' in c.value]" | head -1
> samen (20,0%); de bogen zijn de 95%- en 99,8%-grenzen

# A workbook of one month gives its headline figures under that month once
# (the header named September twice, the second column empty); a plan with
# steps skipped is not "all steps afgerond" (done) in Dutch.
$ $PYTHON -c "import openpyxl; ws = openpyxl.load_workbook('noord-nl.xlsx')['Samenvatting']; rows = [[c.value for c in r] for r in ws.iter_rows()]; [print(r[:4]) for r in rows if r[0] in ('Indicator', 'Plannen met alle stappen afgerond of overgeslagen')]"
> ['Indicator', '2026-09', None, 'Beter als']
> ['Plannen met alle stappen afgerond of overgeslagen', 0, None, None]

# A scope of one practice: the Trends note named "the 1 practices"; the
# practice workbook's note ended in a blank where that sentence is left out.
# The records fill two whole weeks (Monday 31 August to Sunday 13
# September), the last ones shown: no week is partial, so the note has no
# sentence on partial periods (it had, for the blank weeks up to the end
# of September).
$ mkdir -p solo && printf 'practices:\n  - {agb: "01000001", name: Alfa, care_group: Zorggroep Solo, region: Twente, insurers: [Menzis], list_size: 1000}\n' > solo/register.yaml && printf 'id,practice,start,patient,channel,role,minutes,reason\ns-1,01000001,2026-08-31T09:00,P1,econsult,gp,5,\ns-2,01000001,2026-09-13T09:00,P2,phone,gp,5,\n' > solo/consults.csv && ehtrack --db solo.db plan sync solo > /dev/null && ehtrack --db solo.db import consults solo/consults.csv > /dev/null && for k in care-group practice; do n="Zorggroep Solo"; [ $k = practice ] && n=01000001; for l in en nl; do ehtrack --db solo.db report $k "$n" -o solo-$k-$l.xlsx --lang $l > /dev/null 2>&1; done; done; $PYTHON -c "import openpyxl; [print(repr(c.value)) for f in ('solo-care-group-en', 'solo-care-group-nl', 'solo-practice-en') for r in openpyxl.load_workbook(f + '.xlsx')['Trends'].iter_rows(max_row=3) for c in r if str(c.value).startswith(('Per complete', 'Per volledige'))]"
> 'Per complete ISO week (Monday to Sunday) of the data period; calls per day divided by the practices with call logs. Lines: the whole scope and the practice with the most consults.'
> 'Per volledige ISO-week (maandag tot en met zondag) van de dataperiode; telefoontjes per dag gedeeld door het aantal praktijken met telefoniegegevens. Lijnen: het geheel en de praktijk met de meeste consulten.'
> 'Per complete ISO week (Monday to Sunday) of the data period; calls per day divided by the practices with call logs.'

# A practice without records: its Metrics and Trends sheets were a header
# and nothing more, its Summary's headline table empty, without a word.
$ mkdir -p leeg && printf 'practices:\n  - {agb: "01000001", name: Alfa, care_group: Zorggroep Leeg, region: Twente, insurers: [Menzis], list_size: 1000}\n  - {agb: "01000002", name: Beta, care_group: Zorggroep Leeg, region: Twente, insurers: [Menzis], list_size: 1000}\n' > leeg/register.yaml && printf 'id,practice,start,patient,channel,role,minutes,reason\nl-1,01000001,2026-08-31T09:00,P1,econsult,gp,5,\n' > leeg/consults.csv && ehtrack --db leeg.db plan sync leeg > /dev/null && ehtrack --db leeg.db import consults leeg/consults.csv > /dev/null && ehtrack --db leeg.db report practice 01000002 -o leeg.xlsx --lang en > /dev/null 2>&1; $PYTHON -c "import openpyxl; wb = openpyxl.load_workbook('leeg.xlsx'); [print(n + ':', c.value) for n in ('Summary', 'Metrics', 'Trends') for r in wb[n].iter_rows() for c in r if str(c.value).startswith(('No records', 'No complete'))]"
> Summary: No records in scope in the data period: the figures appear once logs are imported (ehtrack import).
> Metrics: No records in scope in the data period: the figures appear once logs are imported (ehtrack import).
> Trends: No complete week (Monday to Sunday) with records in scope in the data period.

# Its Trends sheet keeps the header of a practice with records: the row
# that names the two metrics over the row that names the practice's line
# under each (reported as missing for a practice without records, with
# C24 and D24 the practice's name; they are, as with records).
$ $PYTHON -c "import openpyxl; [print(f + ':', [openpyxl.load_workbook(f + '.xlsx')['Trends'][c].value for c in ('A24', 'C23', 'D23', 'C24', 'D24')]) for f in ('leeg', 'solo-practice-en')]"
> leeg: ['Week', 'E-consult share', 'Inbound calls per day per practice', 'Beta', 'Beta']
> solo-practice-en: ['Week', 'E-consult share', 'Inbound calls per day per practice', 'Alfa', 'Alfa']

# The Summary's headline months carry the * of a partial month: the note
# that explains it stood on the Metrics sheet only.
$ $PYTHON -c "import openpyxl; ws = openpyxl.load_workbook('solo-care-group-en.xlsx')['Summary']; [print(c.value) for r in ws.iter_rows() for c in r if isinstance(c.value, str) and c.value.startswith(('A period marked', '2026-0'))]"
> 2026-08 *
> 2026-09 *
> A period marked partial (*) is only partly covered by the records in scope (2026-08-31 to 2026-09-13): read it as such, not as a change.
