# Baselines over ranges of their own: the baselines of all goals on a
# metric that reads only the scope and the period sums are one
# evaluation, each plan over its own range (metric_eval.h, windows).
# Practice 90000001 is in three ranges at once (its care group's and two
# of its own), so each must get the sums of its own range only.
#
# fixtures/metrics/logs/baseline-calls.csv: practice 90000001 has 2
# inbound calls a day in January 2026, 1 in February, 3 in March;
# 90000002 has 4 a day in January only.
#   baseline-oost calls   Zorggroep Oost, January: (2 + 4) x 31 / 31 = 6
#   baseline-aa jan-feb   2026-01-16 .. 02-14: (16 x 2 + 14 x 1)/30 = 46/30
#                         = 1.5333...; target x 0.5
#   jan-feb-again         the same range, change -0.25: target x 0.75
#   march                 93/31 = 3
#   before                June 2025, before any record: no baseline, no_data
#   baseline-bee february 90000002 had no calls in February: no baseline
$ ehtrack init > /dev/null
$ ehtrack plan sync fixtures/metrics/register.yaml fixtures/metrics/baselines > /dev/null
$ ehtrack import calls fixtures/metrics/logs/baseline-calls.csv > /dev/null 2>&1
$ ehtrack goals --format csv 2> /dev/null | cut -d, -f1-3,6-7
> plan,goal,metric,baseline,target
> baseline-aa,jan-feb,calls_per_day,1.5333333333333334,0.7666666666666667
> baseline-aa,jan-feb-again,calls_per_day,1.5333333333333334,1.1500000000000001
> baseline-aa,march,calls_per_day,3,1.5
> baseline-aa,before,calls_per_day,,
> baseline-bee,february,calls_per_day,,
> baseline-oost,calls,calls_per_day,6,3

# Each is the metric over its range on its own, as `metrics` gives it.
$ for r in 2026-01-16:2026-02-14 2026-03-01:2026-03-31; do ehtrack metrics --practice 90000001 --from ${r%:*} --to ${r#*:} --period all --metric calls_per_day --format csv | tail -n 1 | cut -d, -f4; done
> 1.5333333333333334
> 3
$ ehtrack metrics --care-group "Zorggroep Oost" --by care_group --from 2026-01-01 --to 2026-01-31 --period all --metric calls_per_day --format csv | tail -n 1 | cut -d, -f4
> 6
