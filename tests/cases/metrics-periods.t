# Periods and their labels across the turn of 2026/2027. 2026 has an ISO
# week 53 (1 January 2026 is a Thursday): 2026-W53 runs Monday 2026-12-28 to
# Sunday 2027-01-03, and 2027-W01 starts Monday 2027-01-04.
# fixtures/metrics/logs/weeks.csv, practice 90000001:
#
#   2026-12-27 Sun  2026-W52  econsult
#   2026-12-28 Mon  2026-W53  econsult
#   2026-12-31 Thu  2026-W53  f2f
#   2027-01-01 Fri  2026-W53  econsult
#   2027-01-03 Sun  2026-W53  econsult (23:59)
#   2027-01-04 Mon  2027-W01  econsult (00:00)
#   2027-01-10 Sun  2027-W01  f2f
#   2027-01-20 Wed  2027-W03  econsult
$ ehtrack init > /dev/null
$ ehtrack plan sync fixtures/metrics/register.yaml > /dev/null
$ ehtrack import consults fixtures/metrics/logs/weeks.csv > /dev/null
# --period week, no --from/--to: the range is 2026-12-27 .. 2027-01-20, each
# week whole (7 calendar days, so econsults_per_week = the count):
#   2026-W52: 1 e-consult of 1 consult: 1, 1/(7/7) = 1, share 1
#   2026-W53: 3 of 4: 3, 3, share 0.75
#   2027-W01: 1 of 2: 1, 1, share 0.5
#   2027-W02: no consult: null, null, share 0/0 = null (reported all the same)
#   2027-W03: 1 of 1: 1, 1, 1
$ ehtrack metrics --practice 90000001 --period week --metric econsults,econsults_per_week,econsult_share --format json
> [
>   {"group": "90000001", "period": "2026-W52", "metric": "econsults", "value": 1, "numerator": 1, "denominator": null, "partial": true},
>   {"group": "90000001", "period": "2026-W52", "metric": "econsults_per_week", "value": 1, "numerator": 1, "denominator": 1, "partial": true},
>   {"group": "90000001", "period": "2026-W52", "metric": "econsult_share", "value": 1, "numerator": 1, "denominator": 1, "partial": true},
>   {"group": "90000001", "period": "2026-W53", "metric": "econsults", "value": 3, "numerator": 3, "denominator": null, "partial": false},
>   {"group": "90000001", "period": "2026-W53", "metric": "econsults_per_week", "value": 3, "numerator": 3, "denominator": 1, "partial": false},
>   {"group": "90000001", "period": "2026-W53", "metric": "econsult_share", "value": 0.75, "numerator": 3, "denominator": 4, "partial": false},
>   {"group": "90000001", "period": "2027-W01", "metric": "econsults", "value": 1, "numerator": 1, "denominator": null, "partial": false},
>   {"group": "90000001", "period": "2027-W01", "metric": "econsults_per_week", "value": 1, "numerator": 1, "denominator": 1, "partial": false},
>   {"group": "90000001", "period": "2027-W01", "metric": "econsult_share", "value": 0.5, "numerator": 1, "denominator": 2, "partial": false},
>   {"group": "90000001", "period": "2027-W02", "metric": "econsults", "value": null, "numerator": null, "denominator": null, "partial": false},
>   {"group": "90000001", "period": "2027-W02", "metric": "econsults_per_week", "value": null, "numerator": null, "denominator": null, "partial": false},
>   {"group": "90000001", "period": "2027-W02", "metric": "econsult_share", "value": null, "numerator": 0, "denominator": 0, "partial": false},
>   {"group": "90000001", "period": "2027-W03", "metric": "econsults", "value": 1, "numerator": 1, "denominator": null, "partial": true},
>   {"group": "90000001", "period": "2027-W03", "metric": "econsults_per_week", "value": 1, "numerator": 1, "denominator": 1, "partial": true},
>   {"group": "90000001", "period": "2027-W03", "metric": "econsult_share", "value": 1, "numerator": 1, "denominator": 1, "partial": true}
> ]
# Clipped to --from 2026-12-30 --to 2027-01-05:
#   2026-W53 is 2026-12-30 .. 2027-01-03 = 5 days: e-consults on 1 and 3
#   January = 2, consults 3: per week 2/(5/7) = 2.8, share 2/3
#   2027-W01 is 2027-01-04 .. 2027-01-05 = 2 days: 1 e-consult of 1:
#   per week 1/(2/7) = 3.5, share 1
$ ehtrack metrics --practice 90000001 --period week --from 2026-12-30 --to 2027-01-05 --metric econsults,econsults_per_week,econsult_share --format json
> [
>   {"group": "90000001", "period": "2026-W53", "metric": "econsults", "value": 2, "numerator": 2, "denominator": null, "partial": true},
>   {"group": "90000001", "period": "2026-W53", "metric": "econsults_per_week", "value": 2.8, "numerator": 2, "denominator": 0.7142857142857143, "partial": true},
>   {"group": "90000001", "period": "2026-W53", "metric": "econsult_share", "value": 0.6666666666666666, "numerator": 2, "denominator": 3, "partial": true},
>   {"group": "90000001", "period": "2027-W01", "metric": "econsults", "value": 1, "numerator": 1, "denominator": null, "partial": true},
>   {"group": "90000001", "period": "2027-W01", "metric": "econsults_per_week", "value": 3.5, "numerator": 1, "denominator": 0.2857142857142857, "partial": true},
>   {"group": "90000001", "period": "2027-W01", "metric": "econsult_share", "value": 1, "numerator": 1, "denominator": 1, "partial": true}
> ]
# Months cut where the calendar does: 2026-12 holds 27 and 28 December (2
# e-consults of 3 consults; per week 2/(31/7) = 14/31); 2027-01 holds the
# rest (4 of 5; per week 4/(31/7) = 28/31; share 0.8).
$ ehtrack metrics --practice 90000001 --period month --metric econsults,econsults_per_week,econsult_share --format json
> [
>   {"group": "90000001", "period": "2026-12", "metric": "econsults", "value": 2, "numerator": 2, "denominator": null, "partial": true},
>   {"group": "90000001", "period": "2026-12", "metric": "econsults_per_week", "value": 0.45161290322580644, "numerator": 2, "denominator": 4.428571428571429, "partial": true},
>   {"group": "90000001", "period": "2026-12", "metric": "econsult_share", "value": 0.6666666666666666, "numerator": 2, "denominator": 3, "partial": true},
>   {"group": "90000001", "period": "2027-01", "metric": "econsults", "value": 4, "numerator": 4, "denominator": null, "partial": true},
>   {"group": "90000001", "period": "2027-01", "metric": "econsults_per_week", "value": 0.9032258064516129, "numerator": 4, "denominator": 4.428571428571429, "partial": true},
>   {"group": "90000001", "period": "2027-01", "metric": "econsult_share", "value": 0.8, "numerator": 4, "denominator": 5, "partial": true}
> ]
# Quarters and years: 2026-Q4 / 2026 hold 2 e-consults, 2027-Q1 / 2027 hold 4
# (1 and 3 January are in 2027 though in ISO week 2026-W53).
$ ehtrack metrics --practice 90000001 --period quarter --metric econsults --format json
> [
>   {"group": "90000001", "period": "2026-Q4", "metric": "econsults", "value": 2, "numerator": 2, "denominator": null, "partial": true},
>   {"group": "90000001", "period": "2027-Q1", "metric": "econsults", "value": 4, "numerator": 4, "denominator": null, "partial": true}
> ]
$ ehtrack metrics --practice 90000001 --period year --metric econsults --format json
> [
>   {"group": "90000001", "period": "2026", "metric": "econsults", "value": 2, "numerator": 2, "denominator": null, "partial": true},
>   {"group": "90000001", "period": "2027", "metric": "econsults", "value": 4, "numerator": 4, "denominator": null, "partial": true}
> ]
# A year's days are its calendar days, clipped only where --from/--to cut
# it: with just --to 2026-12-31 the range starts at the data (2026-12-27) but
# 2026 keeps all 365 days: 2 e-consults / (365/7) = 14/365 = 0.03836; with
# --from 2026-12-01 too, 2026 is clipped to 31 days: 2/(31/7) = 14/31.
$ ehtrack metrics --practice 90000001 --period year --to 2026-12-31 --metric econsults_per_week --format json
> [
>   {"group": "90000001", "period": "2026", "metric": "econsults_per_week", "value": 0.03835616438356164, "numerator": 2, "denominator": 52.142857142857146, "partial": true}
> ]
$ ehtrack metrics --practice 90000001 --period year --from 2026-12-01 --to 2026-12-31 --metric econsults_per_week --format json
> [
>   {"group": "90000001", "period": "2026", "metric": "econsults_per_week", "value": 0.45161290322580644, "numerator": 2, "denominator": 4.428571428571429, "partial": true}
> ]
# A --from/--to that reaches outside the data still lists every week of the
# range: 2026-W51 (2026-12-14 .. 20) has no consult and is reported as null.
$ ehtrack metrics --practice 90000001 --period week --from 2026-12-14 --to 2026-12-27 --metric econsults --format json
> [
>   {"group": "90000001", "period": "2026-W51", "metric": "econsults", "value": null, "numerator": null, "denominator": null, "partial": true},
>   {"group": "90000001", "period": "2026-W52", "metric": "econsults", "value": 1, "numerator": 1, "denominator": null, "partial": true}
> ]

# --from after the last record (or --to before the first) with the other
# end open: the records are there, the range lies beside them (it said to
# import logs).
$ ehtrack metrics --practice 90000001 --from 2030-01-01 --metric econsults; ehtrack metrics --practice 90000001 --to 2000-01-01 --metric econsults --format json
> GROUP  PERIOD  METRIC  VALUE  NUMERATOR  DENOMINATOR
> no day of --from/--to holds data: the records in scope run from 2026-12-27 to 2027-01-20
> []
