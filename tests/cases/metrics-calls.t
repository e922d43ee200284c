# Call metrics: calls_per_day, abandoned_rate, avg_wait_s, and the days of
# a period. fixtures/metrics/logs/calls.csv:
#
#   90000001 (A)  2026-03-02  in answered 30 s, in answered 90 s,
#                             in abandoned 200 s, out
#                 2026-03-03  in voicemail 10 s, in callback 20 s
#                 2026-03-10  in answered 60 s
#                 2026-04-05  in answered 10 s
#   90000002 (B)  2026-03-15  in answered 120 s, in abandoned 45 s
#                 2026-03-22  out
#   90000003 (C)  2026-03-20  in abandoned 50 s
#
# Outbound calls are not counted; only answered inbound calls have a wait
# in avg_wait_s.
$ ehtrack init > /dev/null
$ ehtrack plan sync fixtures/metrics/register.yaml > /dev/null
$ ehtrack import calls fixtures/metrics/logs/calls.csv > /dev/null
# --- by month, the range of the data (2026-03-02 .. 2026-04-05) -----------------
# A March: 6 inbound / 31 days; abandoned 1/6; wait (30 + 90 + 60)/3 = 60.
# A April: 1 inbound / 30 days (a whole calendar month: the range is not
#   given, so nothing is clipped); abandoned 0/1 = 0; wait 10/1 = 10.
# B March: 2 / 31; abandoned 1/2; wait 120/1 = 120.
# B April: no call: calls_per_day null; abandoned 0/0 and wait 0/0 null.
$ ehtrack metrics --care-group "Zorggroep Oost" --metric calls_per_day,abandoned_rate,avg_wait_s --format json
> [
>   {"group": "90000001", "period": "2026-03", "metric": "calls_per_day", "value": 0.1935483870967742, "numerator": 6, "denominator": 31, "partial": true},
>   {"group": "90000001", "period": "2026-03", "metric": "abandoned_rate", "value": 0.16666666666666666, "numerator": 1, "denominator": 6, "partial": true},
>   {"group": "90000001", "period": "2026-03", "metric": "avg_wait_s", "value": 60, "numerator": 180, "denominator": 3, "partial": true},
>   {"group": "90000001", "period": "2026-04", "metric": "calls_per_day", "value": 0.03333333333333333, "numerator": 1, "denominator": 30, "partial": true},
>   {"group": "90000001", "period": "2026-04", "metric": "abandoned_rate", "value": 0, "numerator": 0, "denominator": 1, "partial": true},
>   {"group": "90000001", "period": "2026-04", "metric": "avg_wait_s", "value": 10, "numerator": 10, "denominator": 1, "partial": true},
>   {"group": "90000002", "period": "2026-03", "metric": "calls_per_day", "value": 0.06451612903225806, "numerator": 2, "denominator": 31, "partial": true},
>   {"group": "90000002", "period": "2026-03", "metric": "abandoned_rate", "value": 0.5, "numerator": 1, "denominator": 2, "partial": true},
>   {"group": "90000002", "period": "2026-03", "metric": "avg_wait_s", "value": 120, "numerator": 120, "denominator": 1, "partial": true},
>   {"group": "90000002", "period": "2026-04", "metric": "calls_per_day", "value": null, "numerator": null, "denominator": null, "partial": true},
>   {"group": "90000002", "period": "2026-04", "metric": "abandoned_rate", "value": null, "numerator": 0, "denominator": 0, "partial": true},
>   {"group": "90000002", "period": "2026-04", "metric": "avg_wait_s", "value": null, "numerator": 0, "denominator": 0, "partial": true}
> ]
# Pooled over Zorggroep Oost: March 8/31; abandoned 2/8 = 0.25 (the mean of
# 1/6 and 1/2 would be 1/3); wait (30 + 90 + 60 + 120)/4 = 75 (the mean of
# 60 and 120 would be 90). April 1/30, 0, 10.
$ ehtrack metrics --care-group "Zorggroep Oost" --by care_group --metric calls_per_day,abandoned_rate,avg_wait_s --format json
> [
>   {"group": "Zorggroep Oost", "period": "2026-03", "metric": "calls_per_day", "value": 0.25806451612903225, "numerator": 8, "denominator": 31, "partial": true},
>   {"group": "Zorggroep Oost", "period": "2026-03", "metric": "abandoned_rate", "value": 0.25, "numerator": 2, "denominator": 8, "partial": true},
>   {"group": "Zorggroep Oost", "period": "2026-03", "metric": "avg_wait_s", "value": 75, "numerator": 300, "denominator": 4, "partial": true},
>   {"group": "Zorggroep Oost", "period": "2026-04", "metric": "calls_per_day", "value": 0.03333333333333333, "numerator": 1, "denominator": 30, "partial": true},
>   {"group": "Zorggroep Oost", "period": "2026-04", "metric": "abandoned_rate", "value": 0, "numerator": 0, "denominator": 1, "partial": true},
>   {"group": "Zorggroep Oost", "period": "2026-04", "metric": "avg_wait_s", "value": 10, "numerator": 10, "denominator": 1, "partial": true}
> ]
# C: one inbound call, abandoned: 1/31 a day, abandoned 1/1 = 1; no call was
# answered, so the mean wait is 0/0 = null although there are calls.
$ ehtrack metrics --practice 90000003 --metric calls_per_day,abandoned_rate,avg_wait_s --format json
> [
>   {"group": "90000003", "period": "2026-03", "metric": "calls_per_day", "value": 0.03225806451612903, "numerator": 1, "denominator": 31, "partial": true},
>   {"group": "90000003", "period": "2026-03", "metric": "abandoned_rate", "value": 1, "numerator": 1, "denominator": 1, "partial": true},
>   {"group": "90000003", "period": "2026-03", "metric": "avg_wait_s", "value": null, "numerator": 0, "denominator": 0, "partial": true}
> ]
# --- days clipped to --from/--to ----------------------------------------------
# --from 2026-03-01 --to 2026-03-12: March has 12 days: A 6/12 = 0.5.
$ ehtrack metrics --practice 90000001 --from 2026-03-01 --to 2026-03-12 --metric calls_per_day --format json
> [
>   {"group": "90000001", "period": "2026-03", "metric": "calls_per_day", "value": 0.5, "numerator": 6, "denominator": 12, "partial": true}
> ]
# By week over the same range: 2026-W09 (23 Feb .. 1 Mar) keeps 1 day and
# has no call: null; 2026-W10 (2 .. 8 Mar) 5/7; 2026-W11 (9 .. 15 Mar) keeps
# 4 days: 1/4 = 0.25.
$ ehtrack metrics --practice 90000001 --period week --from 2026-03-01 --to 2026-03-12 --metric calls_per_day --format json
> [
>   {"group": "90000001", "period": "2026-W09", "metric": "calls_per_day", "value": null, "numerator": null, "denominator": null, "partial": true},
>   {"group": "90000001", "period": "2026-W10", "metric": "calls_per_day", "value": 0.7142857142857143, "numerator": 5, "denominator": 7, "partial": false},
>   {"group": "90000001", "period": "2026-W11", "metric": "calls_per_day", "value": 0.25, "numerator": 1, "denominator": 4, "partial": true}
> ]
# --- --period all --------------------------------------------------------------
# Without --from/--to: the days from the group's first to its last call.
#   A: 2026-03-02 .. 2026-04-05 = 35 days, 7 inbound: 0.2
#   B: 2026-03-15 .. 2026-03-22 (the last call is outbound; it is a call all
#      the same) = 8 days, 2 inbound: 0.25
$ ehtrack metrics --care-group "Zorggroep Oost" --period all --metric calls_per_day --format json
> [
>   {"group": "90000001", "period": "all", "metric": "calls_per_day", "value": 0.2, "numerator": 7, "denominator": 35, "partial": false},
>   {"group": "90000002", "period": "all", "metric": "calls_per_day", "value": 0.25, "numerator": 2, "denominator": 8, "partial": false}
> ]
#   Oost: 2026-03-02 .. 2026-04-05 = 35 days, 9 inbound: 9/35
$ ehtrack metrics --care-group "Zorggroep Oost" --by care_group --period all --metric calls_per_day --format json
> [
>   {"group": "Zorggroep Oost", "period": "all", "metric": "calls_per_day", "value": 0.2571428571428571, "numerator": 9, "denominator": 35, "partial": false}
> ]
# With --from/--to the days are the range's: 2026-03-01 .. 2026-03-31 = 31:
# A 6/31, B 2/31.
# The records begin on Monday 2 March; Sunday 1 March, a day the
# practices are closed, is no day the data lacks: the range is whole.
$ ehtrack metrics --care-group "Zorggroep Oost" --period all --from 2026-03-01 --to 2026-03-31 --metric calls_per_day --format json
> [
>   {"group": "90000001", "period": "all", "metric": "calls_per_day", "value": 0.1935483870967742, "numerator": 6, "denominator": 31, "partial": false},
>   {"group": "90000002", "period": "all", "metric": "calls_per_day", "value": 0.06451612903225806, "numerator": 2, "denominator": 31, "partial": false}
> ]
# --- the table, once -------------------------------------------------------------
# English labels, ratios as percentages (16.7%), per-day and seconds units,
# and "-" where a value is null.
$ ehtrack metrics --care-group "Zorggroep Oost" --metric calls_per_day,abandoned_rate,avg_wait_s
> GROUP     PERIOD    METRIC                       VALUE  NUMERATOR  DENOMINATOR
> 90000001  2026-03*  Inbound calls per day      0.2/day          6           31
> 90000001  2026-03*  Abandoned calls              16.7%          1            6
> 90000001  2026-03*  Average wait on the phone     60 s        180            3
> 90000001  2026-04*  Inbound calls per day      0.0/day          1           30
> 90000001  2026-04*  Abandoned calls               0.0%          0            1
> 90000001  2026-04*  Average wait on the phone     10 s         10            1
> 90000002  2026-03*  Inbound calls per day      0.1/day          2           31
> 90000002  2026-03*  Abandoned calls              50.0%          1            2
> 90000002  2026-03*  Average wait on the phone    120 s        120            1
> 90000002  2026-04*  Inbound calls per day            -          -            -
> 90000002  2026-04*  Abandoned calls                  -          0            0
> 90000002  2026-04*  Average wait on the phone        -          0            0
> * partial period: the records in scope run from 2026-03-02 to 2026-04-05
> as of 2026-04-06: the day after the last record in scope (2026-04-05); --as-of D for another day
$ ehtrack metrics --care-group "Zorggroep Oost" --metric calls_per_day,abandoned_rate,avg_wait_s --format csv
> group,period,metric,value,numerator,denominator,partial
> 90000001,2026-03,calls_per_day,0.1935483870967742,6,31,true
> 90000001,2026-03,abandoned_rate,0.16666666666666666,1,6,true
> 90000001,2026-03,avg_wait_s,60,180,3,true
> 90000001,2026-04,calls_per_day,0.03333333333333333,1,30,true
> 90000001,2026-04,abandoned_rate,0,0,1,true
> 90000001,2026-04,avg_wait_s,10,10,1,true
> 90000002,2026-03,calls_per_day,0.06451612903225806,2,31,true
> 90000002,2026-03,abandoned_rate,0.5,1,2,true
> 90000002,2026-03,avg_wait_s,120,120,1,true
> 90000002,2026-04,calls_per_day,,,,true
> 90000002,2026-04,abandoned_rate,,0,0,true
> 90000002,2026-04,avg_wait_s,,0,0,true

# A sum of a million seconds and more is shown whole in a table (it was
# 1.29598e+06, digits lost): 15 calls of 90000004 waiting 86,399 s each,
# 1,295,985 s.
$ awk 'BEGIN { print "id,practice,start,direction,wait_s,talk_s,outcome"; for (i = 1; i <= 15; i++) printf "k%d,90000004,2026-03-02T09:%02d,in,86399,10,answered\n", i, i }' > long.csv; ehtrack import calls long.csv > /dev/null 2>&1; ehtrack metrics --metric avg_wait_s --practice 90000004 --period all
> GROUP     PERIOD  METRIC                       VALUE  NUMERATOR  DENOMINATOR
> 90000004  all     Average wait on the phone  86399 s    1295985           15
> as of 2026-03-03: the day after the last record in scope (2026-03-02); --as-of D for another day
