# goals (interface.md section 5): every status on purpose-made data.
# As of A = 2026-11-23 (a Monday; EHTRACK_NOW): current = the 28 days
# 2026-10-26 .. 2026-11-22 = ISO weeks 2026-W44 .. W47. The last complete
# week is W47 (its Sunday, 11-22, is before A); the 8 weeks of the forecast
# are W40 (Monday 2026-09-28, x = 0) .. W47 (x = 7).
#
# Practice 90000001 (plan doelen-aa) has only e-consults: 1, 2, 3, -, 5, 6,
# 7, 8 in W40 .. W47 (none in W43) and one on 2026-11-23 itself, which is
# neither in the current window nor in a complete week.
#   current econsults_per_week = (5 + 6 + 7 + 8)/(28/7) = 26/4 = 6.5
#   weekly points (x, y): (0,1) (1,2) (2,3) (4,5) (5,6) (6,7) (7,8); W43 is
#   null and left out. The least-squares line is exactly y = 1 + x
#   (n = 7, Sx = 25, Sy = 32, Sxx = 131, Sxy = 156: b = (7*156 - 25*32)/(7*131 - 25^2)
#   = 292/292 = 1, a = (32 - 25)/7 = 1).
#   deadline 2026-12-31 is in 2026-W53, Monday 2026-12-28: x = 91/7 = 13,
#   forecast 14; deadline 2026-11-01 (W44): x = 4, forecast 5; deadline
#   2026-11-23 (W48): x = 8, forecast 9.
#   achieved        target 6:   6.5 >= 6                        achieved
#   on-track        target 10:  6.5 < 10, forecast 14 >= 10     on_track
#   at-risk         target 20:  forecast 14 < 20                at_risk
#   missed          target 10, deadline 2026-11-01: A is after it: missed
#                   (the forecast, 5, is still reported)
#   due-today       target 8.5, deadline = A: not after it; forecast 9 >= 8.5: on_track
#   relative        baseline = econsults_per_week over 2026-09-28 .. 10-11 =
#                   (1 + 2)/(14/7) = 1.5; target 1.5 * (1 + 5) = 9;
#                   6.5 < 9, forecast 14 >= 9: on_track
#   no-baseline     change 0.5 on a baseline range without data: the target
#                   cannot be computed: no_data (though current is 6.5)
#   given-baseline  econsult_share, baseline {value: 0.5}, change 0.5:
#                   target 0.75; current 26/26 = 1: achieved; every weekly
#                   share is 1, forecast 1
#   no-data         awareness: no survey: current null: no_data
# Practice 90000002 (plan doelen-bee):
#   calls           calls_per_day baseline 2026-01-05 .. 11: 7 inbound (the
#                   outbound call does not count; an abandoned call on
#                   2026-02-02 is outside every window) / 7 days = 1; target
#                   1 * (1 - 0.5) = 0.5; current 14 inbound / 28 days = 0.5
#                   <= 0.5 (lower is better; meeting it exactly is enough):
#                   achieved. Calls in only 2 of the 8 weeks: forecast null.
#   calls-lower     target 0.25: 0.5 > 0.25; forecast null (2 points): at_risk
#   few-weeks       econsults_per_week target 5: current (3 + 4)/4 = 1.75;
#                   2 weekly points: forecast null, at_risk
# 12 goals: 3 achieved, 3 on track, 3 at risk, 1 missed, 2 without data.
# Care-group plan doelen-west, over 90000003 and 90000004 (W47 only):
#   90000003 has 1 e-consult of 2 consults (0.5), 90000004 2 of 6 (0.333).
#   Pooled: 3/8 = 0.375 (the mean of the two, 0.4167, would meet 0.4).
#   share-40        target 0.4: 0.375 < 0.4; 1 weekly point: at_risk
#   share-375       target 0.375: achieved
$ ehtrack init > /dev/null
$ ehtrack plan sync fixtures/metrics/register.yaml fixtures/metrics/goals > /dev/null
$ ehtrack import consults fixtures/metrics/logs/goals-consults.csv > /dev/null
$ ehtrack import calls fixtures/metrics/logs/goals-calls.csv > /dev/null
$ ehtrack goals --as-of 2026-11-23 --format json
> [
>   {"plan": "doelen-aa", "goal": "achieved", "metric": "econsults_per_week", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": null, "target": 6, "current": 6.5, "forecast": 14, "forecast_points": [{"week": "2026-W40", "value": 1}, {"week": "2026-W41", "value": 2}, {"week": "2026-W42", "value": 3}, {"week": "2026-W44", "value": 5}, {"week": "2026-W45", "value": 6}, {"week": "2026-W46", "value": 7}, {"week": "2026-W47", "value": 8}], "deadline": "2026-12-31", "status": "achieved", "as_of": "2026-11-23", "plan_state": "active"},
>   {"plan": "doelen-aa", "goal": "on-track", "metric": "econsults_per_week", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": null, "target": 10, "current": 6.5, "forecast": 14, "forecast_points": [{"week": "2026-W40", "value": 1}, {"week": "2026-W41", "value": 2}, {"week": "2026-W42", "value": 3}, {"week": "2026-W44", "value": 5}, {"week": "2026-W45", "value": 6}, {"week": "2026-W46", "value": 7}, {"week": "2026-W47", "value": 8}], "deadline": "2026-12-31", "status": "on_track", "as_of": "2026-11-23", "plan_state": "active"},
>   {"plan": "doelen-aa", "goal": "at-risk", "metric": "econsults_per_week", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": null, "target": 20, "current": 6.5, "forecast": 14, "forecast_points": [{"week": "2026-W40", "value": 1}, {"week": "2026-W41", "value": 2}, {"week": "2026-W42", "value": 3}, {"week": "2026-W44", "value": 5}, {"week": "2026-W45", "value": 6}, {"week": "2026-W46", "value": 7}, {"week": "2026-W47", "value": 8}], "deadline": "2026-12-31", "status": "at_risk", "as_of": "2026-11-23", "plan_state": "active"},
>   {"plan": "doelen-aa", "goal": "missed", "metric": "econsults_per_week", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": null, "target": 10, "current": 6.5, "forecast": 5, "forecast_points": [{"week": "2026-W40", "value": 1}, {"week": "2026-W41", "value": 2}, {"week": "2026-W42", "value": 3}, {"week": "2026-W44", "value": 5}, {"week": "2026-W45", "value": 6}, {"week": "2026-W46", "value": 7}, {"week": "2026-W47", "value": 8}], "deadline": "2026-11-01", "status": "missed", "as_of": "2026-11-23", "plan_state": "active"},
>   {"plan": "doelen-aa", "goal": "due-today", "metric": "econsults_per_week", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": null, "target": 8.5, "current": 6.5, "forecast": 9, "forecast_points": [{"week": "2026-W40", "value": 1}, {"week": "2026-W41", "value": 2}, {"week": "2026-W42", "value": 3}, {"week": "2026-W44", "value": 5}, {"week": "2026-W45", "value": 6}, {"week": "2026-W46", "value": 7}, {"week": "2026-W47", "value": 8}], "deadline": "2026-11-23", "status": "on_track", "as_of": "2026-11-23", "plan_state": "active"},
>   {"plan": "doelen-aa", "goal": "relative", "metric": "econsults_per_week", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": 1.5, "target": 9, "current": 6.5, "forecast": 14, "forecast_points": [{"week": "2026-W40", "value": 1}, {"week": "2026-W41", "value": 2}, {"week": "2026-W42", "value": 3}, {"week": "2026-W44", "value": 5}, {"week": "2026-W45", "value": 6}, {"week": "2026-W46", "value": 7}, {"week": "2026-W47", "value": 8}], "deadline": "2026-12-31", "status": "on_track", "as_of": "2026-11-23", "plan_state": "active"},
>   {"plan": "doelen-aa", "goal": "no-baseline", "metric": "econsults_per_week", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": null, "target": null, "current": 6.5, "forecast": 14, "forecast_points": [{"week": "2026-W40", "value": 1}, {"week": "2026-W41", "value": 2}, {"week": "2026-W42", "value": 3}, {"week": "2026-W44", "value": 5}, {"week": "2026-W45", "value": 6}, {"week": "2026-W46", "value": 7}, {"week": "2026-W47", "value": 8}], "deadline": "2026-12-31", "status": "no_data", "as_of": "2026-11-23", "plan_state": "active"},
>   {"plan": "doelen-aa", "goal": "given-baseline", "metric": "econsult_share", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": 0.5, "target": 0.75, "current": 1, "forecast": 1, "forecast_points": [{"week": "2026-W40", "value": 1}, {"week": "2026-W41", "value": 1}, {"week": "2026-W42", "value": 1}, {"week": "2026-W44", "value": 1}, {"week": "2026-W45", "value": 1}, {"week": "2026-W46", "value": 1}, {"week": "2026-W47", "value": 1}], "deadline": "2026-12-31", "status": "achieved", "as_of": "2026-11-23", "plan_state": "active"},
>   {"plan": "doelen-aa", "goal": "no-data", "metric": "awareness", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": null, "target": 0.5, "current": null, "forecast": null, "forecast_points": [], "deadline": "2026-12-31", "status": "no_data", "as_of": "2026-11-23", "plan_state": "active"},
>   {"plan": "doelen-bee", "goal": "calls", "metric": "calls_per_day", "practice": "90000002", "care_group": "Zorggroep Oost", "baseline": 1, "target": 0.5, "current": 0.5, "forecast": null, "forecast_points": [{"week": "2026-W46", "value": 1}, {"week": "2026-W47", "value": 1}], "deadline": "2026-12-31", "status": "achieved", "as_of": "2026-11-23", "plan_state": "active"},
>   {"plan": "doelen-bee", "goal": "calls-lower", "metric": "calls_per_day", "practice": "90000002", "care_group": "Zorggroep Oost", "baseline": null, "target": 0.25, "current": 0.5, "forecast": null, "forecast_points": [{"week": "2026-W46", "value": 1}, {"week": "2026-W47", "value": 1}], "deadline": "2026-12-31", "status": "at_risk", "as_of": "2026-11-23", "plan_state": "active"},
>   {"plan": "doelen-bee", "goal": "few-weeks", "metric": "econsults_per_week", "practice": "90000002", "care_group": "Zorggroep Oost", "baseline": null, "target": 5, "current": 1.75, "forecast": null, "forecast_points": [{"week": "2026-W46", "value": 3}, {"week": "2026-W47", "value": 4}], "deadline": "2026-12-31", "status": "at_risk", "as_of": "2026-11-23", "plan_state": "active"},
>   {"plan": "doelen-west", "goal": "share-40", "metric": "econsult_share", "practice": null, "care_group": "Zorggroep West", "baseline": null, "target": 0.4, "current": 0.375, "forecast": null, "forecast_points": [{"week": "2026-W47", "value": 0.375}], "deadline": "2026-12-31", "status": "at_risk", "as_of": "2026-11-23", "plan_state": "active"},
>   {"plan": "doelen-west", "goal": "share-375", "metric": "econsult_share", "practice": null, "care_group": "Zorggroep West", "baseline": null, "target": 0.375, "current": 0.375, "forecast": null, "forecast_points": [{"week": "2026-W47", "value": 0.375}], "deadline": "2026-12-31", "status": "achieved", "as_of": "2026-11-23", "plan_state": "active"}
> ]
! ehtrack: warning: the consults of practice 90000002 begin on 2026-11-09, within the 28 days before the as-of date: the current value of 1 goal counts the days before it as days without consults: few-weeks (doelen-bee, econsults_per_week); it is whole from --as-of 2026-12-07 on
! ehtrack: warning: plan doelen-aa, goal no-baseline: the baseline period 2025-01-01..2025-01-31 holds no consults, so the change on it gives no target and the goal reads no_data; give the baseline days the logs cover, or give a target
# Without --as-of: the day after the last record in scope (the e-consult of
# 2026-11-23 itself), but never after today: 2026-11-23, the same.
$ ehtrack goals --format json > today.json; ehtrack goals --as-of 2026-11-23 --format json | cmp - today.json && echo same
> same
! ehtrack: warning: the consults of practice 90000002 begin on 2026-11-09, within the 28 days before the as-of date: the current value of 1 goal counts the days before it as days without consults: few-weeks (doelen-bee, econsults_per_week); it is whole from --as-of 2026-12-07 on
! ehtrack: warning: plan doelen-aa, goal no-baseline: the baseline period 2025-01-01..2025-01-31 holds no consults, so the change on it gives no target and the goal reads no_data; give the baseline days the logs cover, or give a target
! ehtrack: warning: the consults of practice 90000002 begin on 2026-11-09, within the 28 days before the as-of date: the current value of 1 goal counts the days before it as days without consults: few-weeks (doelen-bee, econsults_per_week); it is whole from --as-of 2026-12-07 on
! ehtrack: warning: plan doelen-aa, goal no-baseline: the baseline period 2025-01-01..2025-01-31 holds no consults, so the change on it gives no target and the goal reads no_data; give the baseline days the logs cover, or give a target
# --- as of 2026-11-16 (a Monday) ------------------------------------------------
# current = 2026-10-19 .. 11-15 = W43 .. W46: (0 + 5 + 6 + 7)/4 = 4.5.
# The 8 weeks are W39 (Monday 2026-09-21, x = 0) .. W46: W39 and W43 null;
# points (1,1) (2,2) (3,3) (5,5) (6,6) (7,7): y = x. Deadline 2026-12-31:
# x = 98/7 = 14, forecast 14; 2026-11-01: x = 5, forecast 5; 2026-11-23:
# x = 9, forecast 9. The e-consults after 2026-11-15 are not looked at.
#   achieved   4.5 < 6, forecast 14: on_track
#   missed     A is after 2026-11-01: missed
#   due-today  9 >= 8.5: on_track
#   relative   baseline 1.5, target 9: on_track
# --practice 90000001 keeps its own plan (and would keep its care group's).
$ ehtrack goals --practice 90000001 --as-of 2026-11-16 --format json
> [
>   {"plan": "doelen-aa", "goal": "achieved", "metric": "econsults_per_week", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": null, "target": 6, "current": 4.5, "forecast": 14, "forecast_points": [{"week": "2026-W40", "value": 1}, {"week": "2026-W41", "value": 2}, {"week": "2026-W42", "value": 3}, {"week": "2026-W44", "value": 5}, {"week": "2026-W45", "value": 6}, {"week": "2026-W46", "value": 7}], "deadline": "2026-12-31", "status": "on_track", "as_of": "2026-11-16", "plan_state": "active"},
>   {"plan": "doelen-aa", "goal": "on-track", "metric": "econsults_per_week", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": null, "target": 10, "current": 4.5, "forecast": 14, "forecast_points": [{"week": "2026-W40", "value": 1}, {"week": "2026-W41", "value": 2}, {"week": "2026-W42", "value": 3}, {"week": "2026-W44", "value": 5}, {"week": "2026-W45", "value": 6}, {"week": "2026-W46", "value": 7}], "deadline": "2026-12-31", "status": "on_track", "as_of": "2026-11-16", "plan_state": "active"},
>   {"plan": "doelen-aa", "goal": "at-risk", "metric": "econsults_per_week", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": null, "target": 20, "current": 4.5, "forecast": 14, "forecast_points": [{"week": "2026-W40", "value": 1}, {"week": "2026-W41", "value": 2}, {"week": "2026-W42", "value": 3}, {"week": "2026-W44", "value": 5}, {"week": "2026-W45", "value": 6}, {"week": "2026-W46", "value": 7}], "deadline": "2026-12-31", "status": "at_risk", "as_of": "2026-11-16", "plan_state": "active"},
>   {"plan": "doelen-aa", "goal": "missed", "metric": "econsults_per_week", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": null, "target": 10, "current": 4.5, "forecast": 5, "forecast_points": [{"week": "2026-W40", "value": 1}, {"week": "2026-W41", "value": 2}, {"week": "2026-W42", "value": 3}, {"week": "2026-W44", "value": 5}, {"week": "2026-W45", "value": 6}, {"week": "2026-W46", "value": 7}], "deadline": "2026-11-01", "status": "missed", "as_of": "2026-11-16", "plan_state": "active"},
>   {"plan": "doelen-aa", "goal": "due-today", "metric": "econsults_per_week", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": null, "target": 8.5, "current": 4.5, "forecast": 9, "forecast_points": [{"week": "2026-W40", "value": 1}, {"week": "2026-W41", "value": 2}, {"week": "2026-W42", "value": 3}, {"week": "2026-W44", "value": 5}, {"week": "2026-W45", "value": 6}, {"week": "2026-W46", "value": 7}], "deadline": "2026-11-23", "status": "on_track", "as_of": "2026-11-16", "plan_state": "active"},
>   {"plan": "doelen-aa", "goal": "relative", "metric": "econsults_per_week", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": 1.5, "target": 9, "current": 4.5, "forecast": 14, "forecast_points": [{"week": "2026-W40", "value": 1}, {"week": "2026-W41", "value": 2}, {"week": "2026-W42", "value": 3}, {"week": "2026-W44", "value": 5}, {"week": "2026-W45", "value": 6}, {"week": "2026-W46", "value": 7}], "deadline": "2026-12-31", "status": "on_track", "as_of": "2026-11-16", "plan_state": "active"},
>   {"plan": "doelen-aa", "goal": "no-baseline", "metric": "econsults_per_week", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": null, "target": null, "current": 4.5, "forecast": 14, "forecast_points": [{"week": "2026-W40", "value": 1}, {"week": "2026-W41", "value": 2}, {"week": "2026-W42", "value": 3}, {"week": "2026-W44", "value": 5}, {"week": "2026-W45", "value": 6}, {"week": "2026-W46", "value": 7}], "deadline": "2026-12-31", "status": "no_data", "as_of": "2026-11-16", "plan_state": "active"},
>   {"plan": "doelen-aa", "goal": "given-baseline", "metric": "econsult_share", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": 0.5, "target": 0.75, "current": 1, "forecast": 1, "forecast_points": [{"week": "2026-W40", "value": 1}, {"week": "2026-W41", "value": 1}, {"week": "2026-W42", "value": 1}, {"week": "2026-W44", "value": 1}, {"week": "2026-W45", "value": 1}, {"week": "2026-W46", "value": 1}], "deadline": "2026-12-31", "status": "achieved", "as_of": "2026-11-16", "plan_state": "active"},
>   {"plan": "doelen-aa", "goal": "no-data", "metric": "awareness", "practice": "90000001", "care_group": "Zorggroep Oost", "baseline": null, "target": 0.5, "current": null, "forecast": null, "forecast_points": [], "deadline": "2026-12-31", "status": "no_data", "as_of": "2026-11-16", "plan_state": "active"}
> ]
! ehtrack: warning: plan doelen-aa, goal no-baseline: the baseline period 2025-01-01..2025-01-31 holds no consults, so the change on it gives no target and the goal reads no_data; give the baseline days the logs cover, or give a target
# --- filters ---------------------------------------------------------------------
# A practice of Zorggroep West brings its care group's plan. Without
# --as-of: the day after the last record of the care group's practices
# (2026-11-19), 2026-11-20: current 2026-10-23 .. 11-19 still holds W47's
# consults (3/8); the last complete week is W46, so no weekly point at all.
$ ehtrack goals --practice 90000003 --format json
> [
>   {"plan": "doelen-west", "goal": "share-40", "metric": "econsult_share", "practice": null, "care_group": "Zorggroep West", "baseline": null, "target": 0.4, "current": 0.375, "forecast": null, "forecast_points": [], "deadline": "2026-12-31", "status": "at_risk", "as_of": "2026-11-20", "plan_state": "active"},
>   {"plan": "doelen-west", "goal": "share-375", "metric": "econsult_share", "practice": null, "care_group": "Zorggroep West", "baseline": null, "target": 0.375, "current": 0.375, "forecast": null, "forecast_points": [], "deadline": "2026-12-31", "status": "achieved", "as_of": "2026-11-20", "plan_state": "active"}
> ]
$ ehtrack goals --care-group Nergens
! ehtrack: no care group 'Nergens' in the database; known: Zorggroep Oost, Zorggroep West
? 1
# --- the table ---------------------------------------------------------------------
$ ehtrack goals --care-group "Zorggroep Oost"
> PLAN        PRACTICE  METRIC                      BASELINE     TARGET   CURRENT   FORECAST  DEADLINE    STATUS
> doelen-aa   90000001  E-consults per week                -   6.0/week  6.5/week  14.0/week  2026-12-31  achieved
> doelen-aa   90000001  E-consults per week                -  10.0/week  6.5/week  14.0/week  2026-12-31  on_track
> doelen-aa   90000001  E-consults per week                -  20.0/week  6.5/week  14.0/week  2026-12-31  at_risk
> doelen-aa   90000001  E-consults per week                -  10.0/week  6.5/week   5.0/week  2026-11-01  missed
> doelen-aa   90000001  E-consults per week                -   8.5/week  6.5/week   9.0/week  2026-11-23  on_track
> doelen-aa   90000001  E-consults per week         1.5/week   9.0/week  6.5/week  14.0/week  2026-12-31  on_track
> doelen-aa   90000001  E-consults per week                -          -  6.5/week  14.0/week  2026-12-31  no_data
> doelen-aa   90000001  E-consult share                50.0%      75.0%    100.0%     100.0%  2026-12-31  achieved
> doelen-aa   90000001  Awareness of the e-consult         -      50.0%         -     (0 wk)  2026-12-31  no_data
> doelen-bee  90000002  Inbound calls per day        1.0/day    0.5/day   0.5/day     (2 wk)  2026-12-31  achieved
> doelen-bee  90000002  Inbound calls per day              -   0.25/day   0.5/day     (2 wk)  2026-12-31  at_risk
> doelen-bee  90000002  E-consults per week                -   5.0/week  1.8/week     (2 wk)  2026-12-31  at_risk
>
> 12 goals as of 2026-11-23: 3 achieved, 3 on track, 3 at risk, 1 missed, 2 without data
> (N wk): no forecast, only N weekly values in the 8 complete weeks before 2026-11-23 (3 are needed)
> as of 2026-11-23: today (records in scope run to 2026-11-23)
! ehtrack: warning: the consults of practice 90000002 begin on 2026-11-09, within the 28 days before the as-of date: the current value of 1 goal counts the days before it as days without consults: few-weeks (doelen-bee, econsults_per_week); it is whole from --as-of 2026-12-07 on
! ehtrack: warning: plan doelen-aa, goal no-baseline: the baseline period 2025-01-01..2025-01-31 holds no consults, so the change on it gives no target and the goal reads no_data; give the baseline days the logs cover, or give a target

# A metric file gone since the plans were recorded: the goal is named with
# its plan's file and the line that names the metric, and what to do.
$ mkdir data && cp -rL $ROOT/templates $ROOT/metrics data/ && rm data/metrics/econsults_per_week.yaml && EHTRACK_DATADIR=data ehtrack goals --as-of 2026-11-23
! ehtrack: fixtures/metrics/goals/doelen-aa.yaml:17: plan doelen-aa, goal achieved: metric 'econsults_per_week' is not in the catalogue (metrics/econsults_per_week.yaml is gone since the plan was recorded); restore it, or change the goal and run 'ehtrack plan sync'
? 1
