# The forecast of a goal across the turn of 2026/2027 (2026 has an ISO week
# 53). fixtures/metrics/forecast/ plans; fixtures/metrics/logs/forecast-*.csv.
#
# As of A = 2027-01-13 (a Wednesday): the last complete week is 2027-W01
# (4 .. 10 January; its Sunday is before A); the 8 weeks run from 2026-W47
# (Monday 2026-11-16, x = 0) through W48 .. W52, 2026-W53 (x = 6) to
# 2027-W01 (x = 7). current = 2026-12-16 .. 2027-01-12.
#
# prognose-aa, practice 90000001: 1, 2, ..., 8 e-consults in weeks x = 0 ..
# 7 (on Mondays; those of 2026-W53 on Friday 1 January 2027). y = 1 + x.
#   current: 2026-12-21 (6) + 2027-01-01 (7) + 2027-01-04 (8) = 21 in 4
#   weeks = 5.25 (the 5 of Monday 2026-12-14 are before the window).
#   deadline 2027-03-31 is in 2027-W13, Monday 2027-03-29: x = 133/7 = 19,
#   forecast 20.  on-track (target 15): on_track; at-risk (target 25): at_risk.
#   deadline-2026 (2026-12-31, in 2026-W53, x = 6): forecast 7; A is after
#   the deadline: missed. met-late (target 5, the same deadline): 5.25 >= 5:
#   achieved, though the deadline has passed (achieved is judged first).
# prognose-bee, practice 90000002: 1, 2, 3 e-consults in 2026-W52, 2026-W53,
#   2027-W01 (x = 5, 6, 7): y = x - 4, at x = 19: 15 >= 10: on_track;
#   current (1 + 2 + 3)/4 = 1.5.
# prognose-cee, practice 90000003, abandoned_rate (lower is better): 8
#   inbound calls a week in 2026-W51 .. 2027-W01 (x = 4 .. 7), 4, 3, 2, 1
#   abandoned: 0.5, 0.375, 0.25, 0.125: y = 1 - 0.125 x. Deadline 2027-01-17
#   is in 2027-W02 (x = 8): forecast 0 <= 0.1: on_track; current 10/32 = 0.3125.
#   abandoned-march (deadline 2027-03-31, x = 19): the line gives 1 - 2.375
#   = -1.375; a share is never below 0: forecast 0, on_track.
# prognose-dee, practice 90000004: 1, 2, 3, 4 abandoned of 8: y = 0.125 x -
#   0.375; at x = 19 the line gives 2, a share is at most 1: forecast 1 >
#   0.2: at_risk; current 10/32 = 0.3125.
# forecast_points: the weekly values the line was fitted on, by ISO week.
# prognose-west, care group West = 90000003 + 90000004: pooled, 5 of 16
#   abandoned every week: a flat line at 0.3125 (each practice alone slopes);
#   current 20/64 = 0.3125 > 0.3; forecast 0.3125 > 0.3: at_risk.
$ ehtrack init > /dev/null
$ ehtrack plan sync fixtures/metrics/register.yaml fixtures/metrics/forecast > /dev/null
$ ehtrack import consults fixtures/metrics/logs/forecast-consults.csv > /dev/null
$ ehtrack import calls fixtures/metrics/logs/forecast-calls.csv > /dev/null
$ ehtrack goals --as-of 2027-01-13 --format json
> [
>   {"plan": "prognose-aa", "goal": "on-track", "metric": "econsults_per_week", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": null, "target": 15, "current": 5.25, "forecast": 20, "forecast_points": [{"week": "2026-W47", "value": 1}, {"week": "2026-W48", "value": 2}, {"week": "2026-W49", "value": 3}, {"week": "2026-W50", "value": 4}, {"week": "2026-W51", "value": 5}, {"week": "2026-W52", "value": 6}, {"week": "2026-W53", "value": 7}, {"week": "2027-W01", "value": 8}], "deadline": "2027-03-31", "status": "on_track", "as_of": "2027-01-13", "plan_state": "active"},
>   {"plan": "prognose-aa", "goal": "at-risk", "metric": "econsults_per_week", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": null, "target": 25, "current": 5.25, "forecast": 20, "forecast_points": [{"week": "2026-W47", "value": 1}, {"week": "2026-W48", "value": 2}, {"week": "2026-W49", "value": 3}, {"week": "2026-W50", "value": 4}, {"week": "2026-W51", "value": 5}, {"week": "2026-W52", "value": 6}, {"week": "2026-W53", "value": 7}, {"week": "2027-W01", "value": 8}], "deadline": "2027-03-31", "status": "at_risk", "as_of": "2027-01-13", "plan_state": "active"},
>   {"plan": "prognose-aa", "goal": "deadline-2026", "metric": "econsults_per_week", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": null, "target": 15, "current": 5.25, "forecast": 7, "forecast_points": [{"week": "2026-W47", "value": 1}, {"week": "2026-W48", "value": 2}, {"week": "2026-W49", "value": 3}, {"week": "2026-W50", "value": 4}, {"week": "2026-W51", "value": 5}, {"week": "2026-W52", "value": 6}, {"week": "2026-W53", "value": 7}, {"week": "2027-W01", "value": 8}], "deadline": "2026-12-31", "status": "missed", "as_of": "2027-01-13", "plan_state": "active"},
>   {"plan": "prognose-aa", "goal": "met-late", "metric": "econsults_per_week", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": null, "target": 5, "current": 5.25, "forecast": 7, "forecast_points": [{"week": "2026-W47", "value": 1}, {"week": "2026-W48", "value": 2}, {"week": "2026-W49", "value": 3}, {"week": "2026-W50", "value": 4}, {"week": "2026-W51", "value": 5}, {"week": "2026-W52", "value": 6}, {"week": "2026-W53", "value": 7}, {"week": "2027-W01", "value": 8}], "deadline": "2026-12-31", "status": "achieved", "as_of": "2027-01-13", "plan_state": "active"},
>   {"plan": "prognose-bee", "goal": "per-week", "metric": "econsults_per_week", "practice": "90000002", "care_group": "Zorggroep Oost", "baseline": null, "target": 10, "current": 1.5, "forecast": 15, "forecast_points": [{"week": "2026-W52", "value": 1}, {"week": "2026-W53", "value": 2}, {"week": "2027-W01", "value": 3}], "deadline": "2027-03-31", "status": "on_track", "as_of": "2027-01-13", "plan_state": "active"},
>   {"plan": "prognose-cee", "goal": "abandoned", "metric": "abandoned_rate", "practice": "90000003", "care_group": "Zorggroep West", "baseline": null, "target": 0.1, "current": 0.3125, "forecast": 0, "forecast_points": [{"week": "2026-W51", "value": 0.5}, {"week": "2026-W52", "value": 0.375}, {"week": "2026-W53", "value": 0.25}, {"week": "2027-W01", "value": 0.125}], "deadline": "2027-01-17", "status": "on_track", "as_of": "2027-01-13", "plan_state": "active"},
>   {"plan": "prognose-cee", "goal": "abandoned-march", "metric": "abandoned_rate", "practice": "90000003", "care_group": "Zorggroep West", "baseline": null, "target": 0.1, "current": 0.3125, "forecast": 0, "forecast_points": [{"week": "2026-W51", "value": 0.5}, {"week": "2026-W52", "value": 0.375}, {"week": "2026-W53", "value": 0.25}, {"week": "2027-W01", "value": 0.125}], "deadline": "2027-03-31", "status": "on_track", "as_of": "2027-01-13", "plan_state": "active"},
>   {"plan": "prognose-dee", "goal": "abandoned", "metric": "abandoned_rate", "practice": "90000004", "care_group": "Zorggroep West", "baseline": null, "target": 0.2, "current": 0.3125, "forecast": 1, "forecast_points": [{"week": "2026-W51", "value": 0.125}, {"week": "2026-W52", "value": 0.25}, {"week": "2026-W53", "value": 0.375}, {"week": "2027-W01", "value": 0.5}], "deadline": "2027-03-31", "status": "at_risk", "as_of": "2027-01-13", "plan_state": "active"},
>   {"plan": "prognose-west", "goal": "abandoned", "metric": "abandoned_rate", "practice": null, "care_group": "Zorggroep West", "baseline": null, "target": 0.3, "current": 0.3125, "forecast": 0.3125, "forecast_points": [{"week": "2026-W51", "value": 0.3125}, {"week": "2026-W52", "value": 0.3125}, {"week": "2026-W53", "value": 0.3125}, {"week": "2027-W01", "value": 0.3125}], "deadline": "2027-03-31", "status": "at_risk", "as_of": "2027-01-13", "plan_state": "active"}
> ]
! ehtrack: --as-of 2027-01-13 is after today (2026-11-23): the days still to come hold no records yet, and the 28 days before it count them as days without any
! ehtrack: warning: the consults of 5 goals' scopes end more than a week before the as-of date (the earliest on 2027-01-04, 9 days before it): their current values count days without consults: on-track (prognose-aa, econsults_per_week), at-risk (prognose-aa, econsults_per_week), deadline-2026 (prognose-aa, econsults_per_week) and 2 more; import the consults up to date, or choose another --as-of
# The weekly e-consults of 90000001 as the forecast sees them.
$ ehtrack metrics --practice 90000001 --period week --from 2026-11-16 --to 2027-01-10 --metric econsults_per_week --format json
> [
>   {"group": "90000001", "period": "2026-W47", "metric": "econsults_per_week", "value": 1, "numerator": 1, "denominator": 1, "partial": false},
>   {"group": "90000001", "period": "2026-W48", "metric": "econsults_per_week", "value": 2, "numerator": 2, "denominator": 1, "partial": false},
>   {"group": "90000001", "period": "2026-W49", "metric": "econsults_per_week", "value": 3, "numerator": 3, "denominator": 1, "partial": false},
>   {"group": "90000001", "period": "2026-W50", "metric": "econsults_per_week", "value": 4, "numerator": 4, "denominator": 1, "partial": false},
>   {"group": "90000001", "period": "2026-W51", "metric": "econsults_per_week", "value": 5, "numerator": 5, "denominator": 1, "partial": false},
>   {"group": "90000001", "period": "2026-W52", "metric": "econsults_per_week", "value": 6, "numerator": 6, "denominator": 1, "partial": false},
>   {"group": "90000001", "period": "2026-W53", "metric": "econsults_per_week", "value": 7, "numerator": 7, "denominator": 1, "partial": false},
>   {"group": "90000001", "period": "2027-W01", "metric": "econsults_per_week", "value": 8, "numerator": 8, "denominator": 1, "partial": true}
> ]
# --- as of Sunday 2027-01-10 ---------------------------------------------------
# 2027-W01 ends on A itself, so it is not complete: the last complete week
# is 2026-W53 and the 8 weeks run from 2026-W46 (Monday 2026-11-09, x = 0,
# no data: left out) to 2026-W53 (x = 7).
# prognose-aa: points (1,1) .. (7,7): y = x; deadline 2027-03-31: x = 140/7 =
#   20: forecast 20. current = 2026-12-13 .. 2027-01-09 = 5 + 6 + 7 + 8 = 26
#   in 4 weeks = 6.5. deadline-2026: x = 7 (W53), forecast 7, missed;
#   met-late achieved.
# prognose-bee: 2027-W01 is left out, so only 2 points (W52, W53): forecast
#   null and at_risk, though current is still (1 + 2 + 3)/4 = 1.5.
# prognose-cee, -dee, -west: the calls of 2027-01-07 (2027-W01) drop out of
#   the weekly points: cee (5,0.5) (6,0.375) (7,0.25) with x counted from
#   2026-11-09: y = 1.125 - 0.125 x; deadline in 2027-W02, x = 9: forecast 0
#   (on_track), abandoned-march x = 20: -1.375, held to 0; dee (5,0.125)
#   (6,0.25) (7,0.375): y = 0.125 x - 0.5, x = 20: 2, held to 1 (at_risk);
#   west flat 0.3125. current is unchanged (the window 2026-12-13 ..
#   2027-01-09 still holds all four Thursdays).
$ ehtrack goals --as-of 2027-01-10 --format json
> [
>   {"plan": "prognose-aa", "goal": "on-track", "metric": "econsults_per_week", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": null, "target": 15, "current": 6.5, "forecast": 20, "forecast_points": [{"week": "2026-W47", "value": 1}, {"week": "2026-W48", "value": 2}, {"week": "2026-W49", "value": 3}, {"week": "2026-W50", "value": 4}, {"week": "2026-W51", "value": 5}, {"week": "2026-W52", "value": 6}, {"week": "2026-W53", "value": 7}], "deadline": "2027-03-31", "status": "on_track", "as_of": "2027-01-10", "plan_state": "active"},
>   {"plan": "prognose-aa", "goal": "at-risk", "metric": "econsults_per_week", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": null, "target": 25, "current": 6.5, "forecast": 20, "forecast_points": [{"week": "2026-W47", "value": 1}, {"week": "2026-W48", "value": 2}, {"week": "2026-W49", "value": 3}, {"week": "2026-W50", "value": 4}, {"week": "2026-W51", "value": 5}, {"week": "2026-W52", "value": 6}, {"week": "2026-W53", "value": 7}], "deadline": "2027-03-31", "status": "at_risk", "as_of": "2027-01-10", "plan_state": "active"},
>   {"plan": "prognose-aa", "goal": "deadline-2026", "metric": "econsults_per_week", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": null, "target": 15, "current": 6.5, "forecast": 7, "forecast_points": [{"week": "2026-W47", "value": 1}, {"week": "2026-W48", "value": 2}, {"week": "2026-W49", "value": 3}, {"week": "2026-W50", "value": 4}, {"week": "2026-W51", "value": 5}, {"week": "2026-W52", "value": 6}, {"week": "2026-W53", "value": 7}], "deadline": "2026-12-31", "status": "missed", "as_of": "2027-01-10", "plan_state": "active"},
>   {"plan": "prognose-aa", "goal": "met-late", "metric": "econsults_per_week", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": null, "target": 5, "current": 6.5, "forecast": 7, "forecast_points": [{"week": "2026-W47", "value": 1}, {"week": "2026-W48", "value": 2}, {"week": "2026-W49", "value": 3}, {"week": "2026-W50", "value": 4}, {"week": "2026-W51", "value": 5}, {"week": "2026-W52", "value": 6}, {"week": "2026-W53", "value": 7}], "deadline": "2026-12-31", "status": "achieved", "as_of": "2027-01-10", "plan_state": "active"},
>   {"plan": "prognose-bee", "goal": "per-week", "metric": "econsults_per_week", "practice": "90000002", "care_group": "Zorggroep Oost", "baseline": null, "target": 10, "current": 1.5, "forecast": null, "forecast_points": [{"week": "2026-W52", "value": 1}, {"week": "2026-W53", "value": 2}], "deadline": "2027-03-31", "status": "at_risk", "as_of": "2027-01-10", "plan_state": "active"},
>   {"plan": "prognose-cee", "goal": "abandoned", "metric": "abandoned_rate", "practice": "90000003", "care_group": "Zorggroep West", "baseline": null, "target": 0.1, "current": 0.3125, "forecast": 0, "forecast_points": [{"week": "2026-W51", "value": 0.5}, {"week": "2026-W52", "value": 0.375}, {"week": "2026-W53", "value": 0.25}], "deadline": "2027-01-17", "status": "on_track", "as_of": "2027-01-10", "plan_state": "active"},
>   {"plan": "prognose-cee", "goal": "abandoned-march", "metric": "abandoned_rate", "practice": "90000003", "care_group": "Zorggroep West", "baseline": null, "target": 0.1, "current": 0.3125, "forecast": 0, "forecast_points": [{"week": "2026-W51", "value": 0.5}, {"week": "2026-W52", "value": 0.375}, {"week": "2026-W53", "value": 0.25}], "deadline": "2027-03-31", "status": "on_track", "as_of": "2027-01-10", "plan_state": "active"},
>   {"plan": "prognose-dee", "goal": "abandoned", "metric": "abandoned_rate", "practice": "90000004", "care_group": "Zorggroep West", "baseline": null, "target": 0.2, "current": 0.3125, "forecast": 1, "forecast_points": [{"week": "2026-W51", "value": 0.125}, {"week": "2026-W52", "value": 0.25}, {"week": "2026-W53", "value": 0.375}], "deadline": "2027-03-31", "status": "at_risk", "as_of": "2027-01-10", "plan_state": "active"},
>   {"plan": "prognose-west", "goal": "abandoned", "metric": "abandoned_rate", "practice": null, "care_group": "Zorggroep West", "baseline": null, "target": 0.3, "current": 0.3125, "forecast": 0.3125, "forecast_points": [{"week": "2026-W51", "value": 0.3125}, {"week": "2026-W52", "value": 0.3125}, {"week": "2026-W53", "value": 0.3125}], "deadline": "2027-03-31", "status": "at_risk", "as_of": "2027-01-10", "plan_state": "active"}
> ]
! ehtrack: --as-of 2027-01-10 is after today (2026-11-23): the days still to come hold no records yet, and the 28 days before it count them as days without any
! ehtrack: warning: the consults of practice 90000002 begin on 2026-12-21, within the 28 days before the as-of date: the current value of 1 goal counts the days before it as days without consults: per-week (prognose-bee, econsults_per_week); it is whole from --as-of 2027-01-18 on

# A call log that stopped while the consults went on: the calls' current
# values count the days after the last call as days without calls (fewer
# calls a day, a lower abandoned share), and goals says so. The calls cut
# after 2026-12-23; the consults run to 2027-01-04.
$ ehtrack --db cut.db init > /dev/null && ehtrack --db cut.db plan sync fixtures/metrics/register.yaml fixtures/metrics/forecast > /dev/null && ehtrack --db cut.db import consults fixtures/metrics/logs/forecast-consults.csv > /dev/null && grep -v -E ',2026-12-(2[4-9]|3[01])|,2027-' fixtures/metrics/logs/forecast-calls.csv > cut-calls.csv && ehtrack --db cut.db import calls cut-calls.csv > /dev/null
$ ehtrack --db cut.db goals --as-of 2027-01-05 > /dev/null
! ehtrack: --as-of 2027-01-05 is after today (2026-11-23): the days still to come hold no records yet, and the 28 days before it count them as days without any
! ehtrack: warning: the calls of 4 goals' scopes end more than a week before the as-of date (the earliest on 2026-12-17, 19 days before it): their current values count days without calls: abandoned (prognose-cee, abandoned_rate), abandoned-march (prognose-cee, abandoned_rate), abandoned (prognose-dee, abandoned_rate) and 1 more; import the calls up to date, or choose another --as-of
! ehtrack: warning: the consults of practice 90000002 begin on 2026-12-21, within the 28 days before the as-of date: the current value of 1 goal counts the days before it as days without consults: per-week (prognose-bee, econsults_per_week); it is whole from --as-of 2027-01-18 on
