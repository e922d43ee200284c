# --days calendar|working (interface.md 7.4; docs/metrics.md, "Days") and
# partial periods. Practice 90000001 in April 2026: inbound calls on Wed 1,
# Fri 3 (Good Friday, a working day), Sat 4, Mon 6 (Easter Monday), Mon 27
# (King's Day) and Thu 30 April, and an outbound call on the 30th;
# e-consults on 1, 2, 7, 8 and 9 April, a face-to-face consult on the 10th.
# April 2026 has 30 days and 22 weekdays, less Easter Monday and King's
# Day: 20 working days.
$ ehtrack init > /dev/null
$ ehtrack plan sync fixtures/metrics/register.yaml > /dev/null
$ ehtrack import calls fixtures/metrics/logs/days-calls.csv > /dev/null
$ ehtrack import consults fixtures/metrics/logs/days-consults.csv > /dev/null

# April, calendar days: calls 6/30 = 0.2 a day; e-consults 5/(30/7) = 1.17
# a week. Working days: 6/20 = 0.3 a day (weekend and holiday calls still
# count); 5/(20/5) = 1.25 a week.
$ ehtrack metrics --practice 90000001 --metric calls_per_day,econsults_per_week --format csv
> group,period,metric,value,numerator,denominator,partial
> 90000001,2026-04,calls_per_day,0.2,6,30,false
> 90000001,2026-04,econsults_per_week,1.1666666666666667,5,4.285714285714286,false
$ ehtrack metrics --practice 90000001 --metric calls_per_day,econsults_per_week --days working --format csv
> group,period,metric,value,numerator,denominator,partial
> 90000001,2026-04,calls_per_day,0.3,6,20,false
> 90000001,2026-04,econsults_per_week,1.25,5,4,false

# By week, working days: 2026-W14 (30 March .. 5 April, 5 working days)
# holds the calls of 1, 3 and 4 April and e-consults 1 and 2: 3/5 = 0.6 a
# day, 2/(5/5) = 2 a week; the records start on Wednesday 1 April, so the
# week is partial. W15 (6 .. 12 April, Easter Monday off: 4 working days):
# the call of the 6th: 1/4 = 0.25; e-consults 7, 8, 9: 3/(4/5) = 3.75.
# W16, W17: no call, no consult at all: null (-). W18 (27 April .. 3 May,
# King's Day off, Friday 1 May a working day: 4): calls of 27 and 30 April,
# 2/4 = 0.5, no consult: null; partial, as the records end on the 30th.
# The table marks partial weeks *.
$ ehtrack metrics --practice 90000001 --metric calls_per_day,econsults_per_week --period week --days working
> GROUP     PERIOD     METRIC                    VALUE  NUMERATOR  DENOMINATOR
> 90000001  2026-W14*  Inbound calls per day   0.6/day          3            5
> 90000001  2026-W14*  E-consults per week    2.0/week          2            1
> 90000001  2026-W15   Inbound calls per day   0.3/day          1            4
> 90000001  2026-W15   E-consults per week    3.8/week          3          0.8
> 90000001  2026-W16   Inbound calls per day         -          -            -
> 90000001  2026-W16   E-consults per week           -          -            -
> 90000001  2026-W17   Inbound calls per day         -          -            -
> 90000001  2026-W17   E-consults per week           -          -            -
> 90000001  2026-W18*  Inbound calls per day   0.5/day          2            4
> 90000001  2026-W18*  E-consults per week           -          -            -
> * partial period: the records in scope run from 2026-04-01 to 2026-04-30
> per day and per week: working days (Monday to Friday, not on Dutch public holidays)
> as of 2026-05-01: the day after the last record in scope (2026-04-30); --as-of D for another day
# The same weeks in calendar days: W15 1/7, W18 2/7 a day.
$ ehtrack metrics --practice 90000001 --metric calls_per_day --period week --format json
> [
>   {"group": "90000001", "period": "2026-W14", "metric": "calls_per_day", "value": 0.42857142857142855, "numerator": 3, "denominator": 7, "partial": true},
>   {"group": "90000001", "period": "2026-W15", "metric": "calls_per_day", "value": 0.14285714285714285, "numerator": 1, "denominator": 7, "partial": false},
>   {"group": "90000001", "period": "2026-W16", "metric": "calls_per_day", "value": null, "numerator": null, "denominator": null, "partial": false},
>   {"group": "90000001", "period": "2026-W17", "metric": "calls_per_day", "value": null, "numerator": null, "denominator": null, "partial": false},
>   {"group": "90000001", "period": "2026-W18", "metric": "calls_per_day", "value": 0.2857142857142857, "numerator": 2, "denominator": 7, "partial": true}
> ]

# A metric of one's own reads the day counts from m_periods: inbound calls
# per working day whatever --days says (April: 6/20; W15: 1/4).
$ EHTRACK_METRICS_PATH=fixtures/metrics/days ehtrack metrics --practice 90000001 --metric inbound_per_working_day --format csv
> group,period,metric,value,numerator,denominator,partial
> 90000001,2026-04,inbound_per_working_day,0.3,6,20,false
$ EHTRACK_METRICS_PATH=fixtures/metrics/days ehtrack metrics --practice 90000001 --metric inbound_per_working_day --period week --format csv
> group,period,metric,value,numerator,denominator,partial
> 90000001,2026-W14,inbound_per_working_day,0.6,3,5,true
> 90000001,2026-W15,inbound_per_working_day,0.25,1,4,false
> 90000001,2026-W16,inbound_per_working_day,,0,0,false
> 90000001,2026-W17,inbound_per_working_day,,0,0,false
> 90000001,2026-W18,inbound_per_working_day,0.5,2,4,true

$ ehtrack metrics --days weekdays
! ehtrack: metrics: --days must be calendar or working (got 'weekdays')
! usage: ehtrack metrics [FILTER] [--metric ID...] [--period P] [--by B] [--from D] [--to D] [--as-of D] [--days K]
? 2
