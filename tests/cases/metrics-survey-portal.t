# awareness and portal_reach.
# fixtures/metrics/logs/survey.csv:
#   90000001 (A)  2026-03-10  40 respondents, 10 aware
#                 2026-03-20  60 respondents, 20 aware
#   90000002 (B)  2026-03-15  300 respondents, 150 aware
#   90000003 (C)  2026-04-01  0 respondents, 0 aware
# fixtures/metrics/logs/registrations.csv (list sizes A 1000, B 3000, C 2000, D 4000):
#   A  2026-03-01 100 accounts, 2026-03-31 250 accounts
#   B  2026-03-15 600
#   C  2026-03-20 500
#   D  2026-04-10 1000
$ ehtrack init > /dev/null
$ ehtrack plan sync fixtures/metrics/register.yaml > /dev/null
$ ehtrack import survey fixtures/metrics/logs/survey.csv > /dev/null
$ ehtrack import registrations fixtures/metrics/logs/registrations.csv > /dev/null
# --- per practice, March and April 2026 (the data's range) ------------------------
# awareness: A March (10 + 20)/(40 + 60) = 0.3; B March 150/300 = 0.5;
#   C April 0/0 = null (a survey with no respondents); the rest 0/0 = null.
# portal_reach: the accounts on the practice's latest registration date in
#   the period: A March 250 (31 March, not 100 and not 350) / 1000 = 0.25;
#   B March 600/3000 = 0.2; C March 500/2000 = 0.25; D April 1000/4000 = 0.25;
#   a practice without a registration in the period: 0/0 = null.
$ ehtrack metrics --metric awareness,portal_reach --format json
> [
>   {"group": "90000001", "period": "2026-03", "metric": "awareness", "value": 0.3, "numerator": 30, "denominator": 100, "partial": false},
>   {"group": "90000001", "period": "2026-03", "metric": "portal_reach", "value": 0.25, "numerator": 250, "denominator": 1000, "partial": false},
>   {"group": "90000001", "period": "2026-04", "metric": "awareness", "value": null, "numerator": 0, "denominator": 0, "partial": true},
>   {"group": "90000001", "period": "2026-04", "metric": "portal_reach", "value": null, "numerator": 0, "denominator": 0, "partial": true},
>   {"group": "90000002", "period": "2026-03", "metric": "awareness", "value": 0.5, "numerator": 150, "denominator": 300, "partial": false},
>   {"group": "90000002", "period": "2026-03", "metric": "portal_reach", "value": 0.2, "numerator": 600, "denominator": 3000, "partial": false},
>   {"group": "90000002", "period": "2026-04", "metric": "awareness", "value": null, "numerator": 0, "denominator": 0, "partial": true},
>   {"group": "90000002", "period": "2026-04", "metric": "portal_reach", "value": null, "numerator": 0, "denominator": 0, "partial": true},
>   {"group": "90000003", "period": "2026-03", "metric": "awareness", "value": null, "numerator": 0, "denominator": 0, "partial": false},
>   {"group": "90000003", "period": "2026-03", "metric": "portal_reach", "value": 0.25, "numerator": 500, "denominator": 2000, "partial": false},
>   {"group": "90000003", "period": "2026-04", "metric": "awareness", "value": null, "numerator": 0, "denominator": 0, "partial": true},
>   {"group": "90000003", "period": "2026-04", "metric": "portal_reach", "value": null, "numerator": 0, "denominator": 0, "partial": true},
>   {"group": "90000004", "period": "2026-03", "metric": "awareness", "value": null, "numerator": 0, "denominator": 0, "partial": false},
>   {"group": "90000004", "period": "2026-03", "metric": "portal_reach", "value": null, "numerator": 0, "denominator": 0, "partial": false},
>   {"group": "90000004", "period": "2026-04", "metric": "awareness", "value": null, "numerator": 0, "denominator": 0, "partial": true},
>   {"group": "90000004", "period": "2026-04", "metric": "portal_reach", "value": 0.25, "numerator": 1000, "denominator": 4000, "partial": true}
> ]
# --- by care group: pooled, and practices without a registration left out ------
# awareness Oost March: (30 + 150)/(100 + 300) = 0.45 (the mean of 0.3 and
#   0.5 would be 0.4). West: C's survey has no respondents: 0/0 = null.
# portal_reach Oost March: (250 + 600)/(1000 + 3000) = 0.2125.
#   West March: only C has a registration: 500/2000 = 0.25 (D is left out of
#   both sums; with D's list size it would be 500/6000).
#   West April: only D: 1000/4000 = 0.25. Oost April: none: null.
$ ehtrack metrics --by care_group --metric awareness,portal_reach --format json
> [
>   {"group": "Zorggroep Oost", "period": "2026-03", "metric": "awareness", "value": 0.45, "numerator": 180, "denominator": 400, "partial": false},
>   {"group": "Zorggroep Oost", "period": "2026-03", "metric": "portal_reach", "value": 0.2125, "numerator": 850, "denominator": 4000, "partial": false},
>   {"group": "Zorggroep Oost", "period": "2026-04", "metric": "awareness", "value": null, "numerator": 0, "denominator": 0, "partial": true},
>   {"group": "Zorggroep Oost", "period": "2026-04", "metric": "portal_reach", "value": null, "numerator": 0, "denominator": 0, "partial": true},
>   {"group": "Zorggroep West", "period": "2026-03", "metric": "awareness", "value": null, "numerator": 0, "denominator": 0, "partial": false},
>   {"group": "Zorggroep West", "period": "2026-03", "metric": "portal_reach", "value": 0.25, "numerator": 500, "denominator": 2000, "partial": false},
>   {"group": "Zorggroep West", "period": "2026-04", "metric": "awareness", "value": null, "numerator": 0, "denominator": 0, "partial": true},
>   {"group": "Zorggroep West", "period": "2026-04", "metric": "portal_reach", "value": 0.25, "numerator": 1000, "denominator": 4000, "partial": true}
> ]
# By all: March (250 + 600 + 500)/(1000 + 3000 + 2000) = 0.225; April
# 1000/4000 = 0.25. Over the year 2026 every practice's latest date counts:
# (250 + 600 + 500 + 1000)/10000 = 0.235.
$ ehtrack metrics --by all --metric portal_reach --format json
> [
>   {"group": "all", "period": "2026-03", "metric": "portal_reach", "value": 0.225, "numerator": 1350, "denominator": 6000, "partial": false},
>   {"group": "all", "period": "2026-04", "metric": "portal_reach", "value": 0.25, "numerator": 1000, "denominator": 4000, "partial": true}
> ]
$ ehtrack metrics --by all --period year --metric portal_reach --format json
> [
>   {"group": "all", "period": "2026", "metric": "portal_reach", "value": 0.235, "numerator": 2350, "denominator": 10000, "partial": true}
> ]
# --by insurer, each practice under every insurer it lists:
#   CZ = A + B: awareness March 180/400 = 0.45; reach March 850/4000 = 0.2125
#   Menzis = A + C + D: awareness March A only, 30/100 = 0.3; reach March
#     (250 + 500)/(1000 + 2000) = 0.25 (D left out), April D alone 0.25
#   VGZ = C: awareness null (no respondents); reach March 0.25
$ ehtrack metrics --by insurer --metric awareness,portal_reach --format json
> [
>   {"group": "CZ", "period": "2026-03", "metric": "awareness", "value": 0.45, "numerator": 180, "denominator": 400, "partial": false},
>   {"group": "CZ", "period": "2026-03", "metric": "portal_reach", "value": 0.2125, "numerator": 850, "denominator": 4000, "partial": false},
>   {"group": "CZ", "period": "2026-04", "metric": "awareness", "value": null, "numerator": 0, "denominator": 0, "partial": true},
>   {"group": "CZ", "period": "2026-04", "metric": "portal_reach", "value": null, "numerator": 0, "denominator": 0, "partial": true},
>   {"group": "Menzis", "period": "2026-03", "metric": "awareness", "value": 0.3, "numerator": 30, "denominator": 100, "partial": false},
>   {"group": "Menzis", "period": "2026-03", "metric": "portal_reach", "value": 0.25, "numerator": 750, "denominator": 3000, "partial": false},
>   {"group": "Menzis", "period": "2026-04", "metric": "awareness", "value": null, "numerator": 0, "denominator": 0, "partial": true},
>   {"group": "Menzis", "period": "2026-04", "metric": "portal_reach", "value": 0.25, "numerator": 1000, "denominator": 4000, "partial": true},
>   {"group": "VGZ", "period": "2026-03", "metric": "awareness", "value": null, "numerator": 0, "denominator": 0, "partial": false},
>   {"group": "VGZ", "period": "2026-03", "metric": "portal_reach", "value": 0.25, "numerator": 500, "denominator": 2000, "partial": false},
>   {"group": "VGZ", "period": "2026-04", "metric": "awareness", "value": null, "numerator": 0, "denominator": 0, "partial": true},
>   {"group": "VGZ", "period": "2026-04", "metric": "portal_reach", "value": null, "numerator": 0, "denominator": 0, "partial": true}
> ]
#
# The later import counts: the last that carried the row. The practice
# exported 1100 accounts for 31 March, then 1200, then corrected it back
# to 1100: that third export is a duplicate of the first row, and the
# figure was 1200 (the row whose first import was the latest). 1100/7420;
# taken back the correction, 1200/7420 again.
$ ehtrack --db reach.db init > /dev/null && ehtrack --db reach.db plan sync plans/ > /dev/null
$ printf 'practice,date,accounts\n01053021,2026-03-31,1100\n' > ra.csv && printf 'practice,date,accounts\n01053021,2026-03-31,1200\n' > rb.csv && cp ra.csv rc.csv
$ for f in ra rb rc; do ehtrack --db reach.db import registrations $f.csv > /dev/null; done; ehtrack --db reach.db metrics --practice 01053021 --metric portal_reach --format csv
> group,period,metric,value,numerator,denominator,partial
> 01053021,2026-03,portal_reach,0.14824797843665768,1100,7420,true
$ ehtrack --db reach.db imports remove 3 > /dev/null && ehtrack --db reach.db metrics --practice 01053021 --metric portal_reach --format csv
> group,period,metric,value,numerator,denominator,partial
> 01053021,2026-03,portal_reach,0.16172506738544473,1200,7420,true
# Two numbers for one date in one file (a correction written below the
# first, or above it): the larger counts, whatever the order.
$ ehtrack --db two.db init > /dev/null && ehtrack --db two.db plan sync plans/ > /dev/null && printf 'practice,date,accounts\n01053021,2026-03-31,1200\n01053021,2026-03-31,1100\n' > rd.csv && ehtrack --db two.db import registrations rd.csv > /dev/null 2>&1; ehtrack --db two.db metrics --practice 01053021 --metric portal_reach --format csv | cut -d, -f5; printf 'practice,date,accounts\n01053021,2026-03-31,1100\n01053021,2026-03-31,1200\n' > rd2.csv && ehtrack --db two2.db plan sync plans/ > /dev/null && ehtrack --db two2.db import registrations rd2.csv > /dev/null 2>&1; ehtrack --db two2.db metrics --practice 01053021 --metric portal_reach --format csv | cut -d, -f5
> numerator
> 1200
> numerator
> 1200
# A portal's list of registrations, a row per patient, read as one account
# each: 5 rows on 2 dates land as one account a day, the rest duplicates,
# and portal_reach reads 1 in 7420. The import says so (it said nothing).
$ printf 'practice,date,accounts\n01053021,2026-04-01,1\n01053021,2026-04-01,1\n01053021,2026-04-01,1\n01053021,2026-04-02,1\n01053021,2026-04-02,1\n' > perpatient.csv && ehtrack --db reach.db import registrations perpatient.csv
> FILE            KIND           FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> perpatient.csv  registrations  canonical     5         2           3        0         0
! ehtrack: perpatient.csv: note: 5 rows for 2 practice-dates: a registrations row is a practice's number of portal accounts on a date, and portal_reach reads one row of each practice's latest date; a portal's list with a row per patient must be counted per date first (docs/formats.md, registrations)
# A file of one count a date, and the same again: no note.
$ printf 'practice,date,accounts\n01053021,2026-05-01,1300\n01053021,2026-05-02,1310\n' > counts.csv && for i in 1 2; do ehtrack --db reach.db import registrations counts.csv 2>&1 >/dev/null | grep -c note; done; true
> 0
> 0
#
# A survey exported again with corrected counts is the same survey: for one
# practice and date, the rows of the last import that carried any of them
# count, as for registrations. The practice exported 100 respondents, 40
# aware for 10 March; the survey tool's re-export after late answers says
# 120 and 54: 54/120 = 0.45 (counted twice it was 94/220 = 0.427). The
# same file again is a duplicate: still 0.45. Two surveys of one date in
# one file (the waiting room's and the web's) are summed: 10 + 54 of
# 20 + 120. Taken back the three later imports, the first counts alone: 0.4.
$ ehtrack --db survey.db init > /dev/null && ehtrack --db survey.db plan sync plans/ > /dev/null
$ printf 'practice,date,respondents,aware\n01053021,2026-03-10,100,40\n' > sa.csv && printf 'practice,date,respondents,aware\n01053021,2026-03-10,120,54\n' > sb.csv && cp sb.csv sc.csv
$ for f in sa sb sc; do ehtrack --db survey.db import survey $f.csv > /dev/null; done; ehtrack --db survey.db metrics --practice 01053021 --metric awareness --format csv
> group,period,metric,value,numerator,denominator,partial
> 01053021,2026-03,awareness,0.45,54,120,true
! ehtrack: sb.csv: note: 1 practice-date of this file also has 1 row from an earlier import that this file does not hold: only this file's rows of that date count now (the last import of a date wins); if this file does not correct the earlier one (it is an older export, or continues it), take this import back ('ehtrack imports remove 2'), and to count both, import them as one file (their rows after one header)
$ printf 'practice,date,respondents,aware\n01053021,2026-03-10,120,54\n01053021,2026-03-10,20,10\n' > sd.csv && ehtrack --db survey.db import survey sd.csv > /dev/null && ehtrack --db survey.db metrics --practice 01053021 --metric awareness --format csv
> group,period,metric,value,numerator,denominator,partial
> 01053021,2026-03,awareness,0.45714285714285713,64,140,true
$ for i in 4 3 2; do ehtrack --db survey.db imports remove $i > /dev/null; done; ehtrack --db survey.db metrics --practice 01053021 --metric awareness --format csv
> group,period,metric,value,numerator,denominator,partial
> 01053021,2026-03,awareness,0.4,40,100,true
#
# Two surveys of one date in one file with the same counts are still two
# (they were one, 12 of 40 lost: 22/65): 12 + 12 + 10 of 40 + 40 + 25 =
# 34/105. The same file again adds nothing; an export of a row per
# respondent (a survey tool's: respondents 1, aware 1 or 0), five
# respondents of whom three aware, is 3/5 (it was 1/3: alike answers of one
# day were taken for one). Importing it again adds nothing.
$ ehtrack --db alike.db init > /dev/null && ehtrack --db alike.db plan sync plans/ > /dev/null
$ printf 'practice,date,respondents,aware\n01053021,2026-03-10,40,12\n01053021,2026-03-10,40,12\n01053021,2026-03-10,25,10\n' > alike.csv && ehtrack --db alike.db import survey alike.csv && ehtrack --db alike.db import survey alike.csv > /dev/null && ehtrack --db alike.db metrics --practice 01053021 --metric awareness --format csv
> FILE       KIND    FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> alike.csv  survey  canonical     3         3           0        0         0
> group,period,metric,value,numerator,denominator,partial
> 01053021,2026-03,awareness,0.3238095238095238,34,105,true
$ printf 'practice,date,respondents,aware\n01053147,2026-03-02,1,1\n01053147,2026-03-02,1,0\n01053147,2026-03-02,1,1\n01053147,2026-03-02,1,1\n01053147,2026-03-03,1,0\n' > each.csv && for i in 1 2; do ehtrack --db alike.db import survey each.csv; done && ehtrack --db alike.db metrics --practice 01053147 --metric awareness --format csv
> FILE      KIND    FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> each.csv  survey  canonical     5         5           0        0         0
> FILE      KIND    FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> each.csv  survey  canonical     5         0           5        0         0
> group,period,metric,value,numerator,denominator,partial
> 01053147,2026-03,awareness,0.6,3,5,true

# A survey of a row per respondent exported in two parts that split a day:
# the second part's rows of 15 January replace the first's (the last import
# of a date wins), and its 'no' equals one of the first part's rows, so it
# counts as a duplicate. The truth is 3 respondents, 1 aware; awareness
# reads 0 of 1, and the import now says why.
$ printf 'practice,date,respondents,aware\n90000001,2026-01-15,1,1\n90000001,2026-01-15,1,0\n' > part1.csv && printf 'practice,date,respondents,aware\n90000001,2026-01-15,1,0\n' > part2.csv && ehtrack --db parts.db plan sync fixtures/metrics/register.yaml > /dev/null && ehtrack --db parts.db import survey part1.csv > /dev/null && ehtrack --db parts.db import survey part2.csv && ehtrack --db parts.db metrics --metric awareness --practice 90000001 --from 2026-01-01 --to 2026-01-31 --format csv
> FILE       KIND    FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> part2.csv  survey  canonical     1         0           1        0         0
> group,period,metric,value,numerator,denominator,partial
> 90000001,2026-01,awareness,0,0,1,true
! ehtrack: part2.csv: note: 1 practice-date of this file also has 1 row from an earlier import that this file does not hold: only this file's rows of that date count now (the last import of a date wins); if this file does not correct the earlier one (it is an older export, or continues it), take this import back ('ehtrack imports remove 2'), and to count both, import them as one file (their rows after one header)
# As one file, every respondent counts (two files of one command are two
# imports).
$ ehtrack --db whole.db plan sync fixtures/metrics/register.yaml > /dev/null && { cat part1.csv; tail -n +2 part2.csv; } > whole.csv && ehtrack --db whole.db import survey whole.csv > /dev/null && ehtrack --db whole.db metrics --metric awareness --practice 90000001 --from 2026-01-01 --to 2026-01-31 --format csv
> group,period,metric,value,numerator,denominator,partial
> 90000001,2026-01,awareness,0.3333333333333333,1,3,true
# Two exports joined with both header lines (cat e1.csv e2.csv) are two
# exports: the repeated header starts the second, whose n-th alike row is
# the first's n-th, so what both hold counts once, as when the two are
# imported apart. Here the row of 2 October (50, 10) is in both: 60/190
# (it counted twice: 70/240). Apart, in one command, and a dry run agree;
# the joined file again adds nothing.
$ printf 'practice,date,respondents,aware\n01053147,2026-10-01,100,30\n01053147,2026-10-02,50,10\n' > e1.csv && printf 'practice,date,respondents,aware\n01053147,2026-10-02,50,10\n01053147,2026-10-03,40,20\n' > e2.csv && cat e1.csv e2.csv > e12.csv
$ for d in joined apart; do ehtrack --db $d.db init > /dev/null && ehtrack --db $d.db plan sync plans/ > /dev/null; done
$ ehtrack --db joined.db import survey e12.csv --dry-run --format csv && ehtrack --db joined.db import survey e12.csv --format csv && ehtrack --db joined.db import survey e12.csv --format csv 2> /dev/null && ehtrack --db joined.db metrics --practice 01053147 --metric awareness --period all --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> e12.csv,survey,canonical,5,3,1,1,0,
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> e12.csv,survey,canonical,5,3,1,1,0,
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> e12.csv,survey,canonical,5,0,4,1,0,
> group,period,metric,value,numerator,denominator,partial
> 01053147,all,awareness,0.3157894736842105,60,190,false
! ehtrack: e12.csv: note: line 4 repeats the header line (two exports joined into one file?): it was skipped, not read as a row
! ehtrack: dry run: nothing was written
! ehtrack: e12.csv: note: line 4 repeats the header line (two exports joined into one file?): it was skipped, not read as a row
$ ehtrack --db apart.db import survey e1.csv e2.csv --format csv && ehtrack --db apart.db metrics --practice 01053147 --metric awareness --period all --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> e1.csv,survey,canonical,2,2,0,0,0,
> e2.csv,survey,canonical,2,1,1,0,0,
> group,period,metric,value,numerator,denominator,partial
> 01053147,all,awareness,0.3157894736842105,60,190,false
# Likewise a format of a row per respondent (a survey tool's export in two
# parts that share 15 September, joined): 6 respondents, 3 aware, where
# the 'Ja' of 15 September both parts hold counted twice (4 of 7).
$ printf 'format: ls-rows\nkind: survey\ncsv: {delimiter: ",", header: true}\nfields:\n  date: {column: submitdate, time_format: "%%Y-%%m-%%d %%H:%%M:%%S"}\n  respondents: {value: 1}\n  aware: {column: Kent u het e-consult?, map: [{match: "^Ja$", value: 1}, {match: "^Nee$", value: 0}]}\n' > ls-rows.yaml && printf 'id,submitdate,Kent u het e-consult?\n1001,2026-09-14 08:53:29,Ja\n1002,2026-09-14 10:07:23,Nee\n1003,2026-09-14 16:06:36,Ja\n1004,2026-09-15 09:31:17,Ja\n' > ls1.csv && printf 'id,submitdate,Kent u het e-consult?\n1004,2026-09-15 09:31:17,Ja\n1005,2026-09-15 13:44:37,Nee\n1006,2026-09-16 11:02:51,Nee\n' > ls2.csv && cat ls1.csv ls2.csv > ls12.csv
$ ehtrack --db joined.db import survey ls12.csv --as ./ls-rows.yaml --practice 01053021 --format csv 2> /dev/null && ehtrack --db apart.db import survey ls1.csv ls2.csv --as ./ls-rows.yaml --practice 01053021 --format csv && for d in joined apart; do ehtrack --db $d.db metrics --practice 01053021 --metric awareness --period all --format csv | tail -n 1; done
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> ls12.csv,survey,ls-rows,8,6,1,1,0,
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> ls1.csv,survey,ls-rows,4,4,0,0,0,
> ls2.csv,survey,ls-rows,3,2,1,0,0,
> 01053021,all,awareness,0.5,3,6,false
> 01053021,all,awareness,0.5,3,6,false
# A correction imported again (a cumulative export that holds the
# corrected date once more) replaces nothing that still counted: no note.
$ printf 'practice,date,respondents,aware\n90000001,2026-01-15,104,22\n' > corrected.csv && ehtrack --db parts.db import survey corrected.csv > /dev/null && ehtrack --db parts.db import survey corrected.csv 2>&1 >/dev/null | grep -c 'note:'; ehtrack --db parts.db metrics --metric awareness --practice 90000001 --from 2026-01-01 --to 2026-01-31 --format csv
> 0
> group,period,metric,value,numerator,denominator,partial
> 90000001,2026-01,awareness,0.21153846153846154,22,104,true
! ehtrack: corrected.csv: note: 1 practice-date of this file also has 1 row from an earlier import that this file does not hold: only this file's rows of that date count now (the last import of a date wins); if this file does not correct the earlier one (it is an older export, or continues it), take this import back ('ehtrack imports remove 3'), and to count both, import them as one file (their rows after one header)
