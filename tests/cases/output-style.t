# Tables for people, values for programs.
$ ehtrack plan sync fixtures/plans/register.yaml fixtures/plans/plan-good.yaml fixtures/plans/plan-group.yaml fixtures/plans/plan-smart.yaml > /dev/null 2>&1

# A table cuts long text with ~ only on a terminal; piped into another
# program (grep, a file) every value comes whole. (script gives the
# command a terminal; tr drops the terminal's carriage returns.)
$ ehtrack status | grep Rivierenland
> smart-warnings       01000003  Zorggroep Rivierenland  ####>.  implement   67%
$ script -qec "ehtrack status" /dev/null | tr -d '\r'
> PLAN                 PRACTICE  CARE GROUP            NVSPIS  CURRENT    DONE
> smart-warnings       01000003  Zorggroep Rivierenl~  ####>.  implement   67%
> telemonitoring-west  -         Zorggroep West        #>....  vision      17%
> econsult-gracht      01000001  Zorggroep West        ##-#>.  implement   67%
>
> NVSPIS: needs vision selection plan implement scale
>         # done  > in progress  . not started  - skipped
$ ehtrack plan list | grep -c "Telemonitoring voor de zorggroep"
> 1
$ script -qec "ehtrack plan list" /dev/null | tr -d '\r' | grep -c "Telemonitoring voor de zorggr~"
> 1

# Columns line up by what a terminal shows: a CJK character takes two
# columns, an accent written as a combining mark none (they were counted
# as one each: the columns after them shifted). On a terminal a wide name
# is cut on a character, a column left over filled.
$ ehtrack --db wide.db plan sync fixtures/plans/register-wide.yaml fixtures/plans/plan-good.yaml fixtures/plans/plan-group-wide.yaml fixtures/plans/plan-smart.yaml > /dev/null 2>&1; ehtrack --db wide.db status | head -4
> PLAN                 PRACTICE  CARE GROUP                  NVSPIS  CURRENT    DONE
> smart-warnings       01000003  Zorggroep Éën               ####>.  implement   67%
> telemonitoring-west  -         Zorggroep 日本日本日本日本  #>....  vision      17%
> econsult-gracht      01000001  Zorggroep 日本日本日本日本  ##-#>.  implement   67%
$ script -qec "ehtrack --db wide.db status" /dev/null | tr -d '\r' | head -4
> PLAN                 PRACTICE  CARE GROUP            NVSPIS  CURRENT    DONE
> smart-warnings       01000003  Zorggroep Éën         ####>.  implement   67%
> telemonitoring-west  -         Zorggroep 日本日本 ~  #>....  vision      17%
> econsult-gracht      01000001  Zorggroep 日本日本 ~  ##-#>.  implement   67%

# One number style for targets and baselines: a ratio metric as a
# percentage in every table (plan show, goals, plan history, warnings), a
# plain number in JSON. A target written 0.0525 shows as 5.25%, not
# rounded; a computed value (current, forecast) keeps one decimal.
$ sed -e 's/target: 0.05,/target: 0.0525,/' fixtures/plans/plan-good.yaml > plan.yaml && ehtrack plan sync plan.yaml
> PLAN             STATE    CHANGES
> econsult-gracht  changed        1
> synced 0 practices (0 new, 0 changed) and 1 plan (0 new, 1 changed, 0 unchanged)
! ehtrack: plan.yaml:1:7: warning: plan id 'econsult-gracht' is tracked from fixtures/plans/plan-good.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
$ ehtrack plan show econsult-gracht | sed -n '/^GOAL/,$p'
> GOAL   METRIC          BASELINE                TARGET            DEADLINE
> share  econsult_share  -                       5.25%             2026-12-31
> calls  calls_per_day   2025-09-01..2025-11-30  -10% of baseline  2026-12-31
$ ehtrack goals --practice 01000001 --as-of 2026-06-01
> PLAN             PRACTICE  METRIC                 BASELINE  TARGET  CURRENT  FORECAST  DEADLINE    STATUS
> econsult-gracht  01000001  E-consult share               -   5.25%        -    (0 wk)  2026-12-31  no_data
> econsult-gracht  01000001  Inbound calls per day         -       -        -    (0 wk)  2026-12-31  no_data
>
> 2 goals as of 2026-06-01: 0 achieved, 0 on track, 0 at risk, 0 missed, 2 without data
> (N wk): no forecast, only N weekly values in the 8 complete weeks before 2026-06-01 (3 are needed)
> as of 2026-06-01: given with --as-of
$ ehtrack goals --practice 01000001 --as-of 2026-06-01 --format json
> [
>   {"plan": "econsult-gracht", "goal": "share", "metric": "econsult_share", "practice": "01000001", "care_group": "Zorggroep West", "baseline": null, "target": 0.0525, "current": null, "forecast": null, "forecast_points": [], "deadline": "2026-12-31", "status": "no_data", "as_of": "2026-06-01", "plan_state": "active"},
>   {"plan": "econsult-gracht", "goal": "calls", "metric": "calls_per_day", "practice": "01000001", "care_group": "Zorggroep West", "baseline": null, "target": null, "current": null, "forecast": null, "forecast_points": [], "deadline": "2026-12-31", "status": "no_data", "as_of": "2026-06-01", "plan_state": "active"}
> ]
$ ehtrack plan show econsult-gracht --format json | grep -o '"share": {[^}]*}'
> "share": {"metric": "econsult_share", "target": 0.0525, "deadline": "2026-12-31"}
$ ehtrack plan history econsult-gracht | tail -1
> 2026-11-23T12:00:00+01:00  tester  -       -       goals.share.target: 5.0% -> 5.25%
# smart-warnings: a baseline given as a value (6%) and its target (5%).
$ ehtrack plan show smart-warnings | sed -n '/^GOAL/,$p'
> GOAL   METRIC              BASELINE                TARGET            DEADLINE
> met    econsult_share      6.0%                    5.0%              2026-12-31
> up     calls_per_day       2025-09-01..2025-11-30  +10% of baseline  2026-12-31
> early  econsults_per_week  -                       20.0/week         2025-06-30
> far    awareness           -                       75.0%             2030-12-31
$ ehtrack goals --practice 01000003 --as-of 2026-06-01 | sed -n 2p
> smart-warnings  01000003  E-consult share                 6.0%       5.0%        -    (0 wk)  2026-12-31  no_data
$ ehtrack goals --practice 01000003 --as-of 2026-06-01 --format csv | cut -d, -f1-2,6-7
> plan,goal,baseline,target
> smart-warnings,met,0.06,0.05
> smart-warnings,up,,
> smart-warnings,early,,20
> smart-warnings,far,,0.75
