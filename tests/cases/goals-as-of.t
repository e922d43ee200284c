# The as-of date goals are judged on (interface.md 7.4), the forecast held
# to what a metric can be, and goals without enough weeks for a forecast.
# The plans and logs of goals-forecast.t: practice 90000002 has 1, 2, 3
# e-consults in 2026-W52, 2026-W53 (Friday 1 January) and 2027-W01 (Monday
# 4 January);
# practices 90000003 and 90000004 have 8 inbound calls every Thursday from
# 2026-12-17 to 2027-01-07, 4, 3, 2, 1 of 90000003's abandoned.
$ ehtrack init > /dev/null
$ ehtrack plan sync fixtures/metrics/register.yaml fixtures/metrics/forecast > /dev/null
$ ehtrack import consults fixtures/metrics/logs/forecast-consults.csv > /dev/null
$ ehtrack import calls fixtures/metrics/logs/forecast-calls.csv > /dev/null

# Today (EHTRACK_NOW) is 2026-11-23, before the last record: as of today.
# The 28 days before it and the 8 weeks before it hold none of these
# records: no current value, no weekly value. The practice's e-consults
# begin after the as-of date, and stderr says so (the goal read no_data
# without a word, as on a log never imported).
$ ehtrack goals --practice 90000002
> PLAN          PRACTICE  METRIC               BASELINE     TARGET  CURRENT  FORECAST  DEADLINE    STATUS
> prognose-bee  90000002  E-consults per week         -  10.0/week        -    (0 wk)  2027-03-31  no_data
>
> 1 goal as of 2026-11-23: 0 achieved, 0 on track, 0 at risk, 0 missed, 1 without data
> (N wk): no forecast, only N weekly values in the 8 complete weeks before 2026-11-23 (3 are needed)
> as of 2026-11-23: today (records in scope run to 2027-01-04)
! ehtrack: warning: the consults of 1 goal's scope begin after the as-of date (the earliest on 2026-12-21), so it has no current value (no_data): per-week (prognose-bee, econsults_per_week); choose a later --as-of

# On 1 March 2027 the data ends 56 days before today: goals say so on
# stderr, and are judged as of the day after the last record in scope:
# 90000002's last e-consults are of 2027-01-04, so as of 2027-01-05 (a
# Tuesday). The last complete week is 2026-W53: the weekly points are W52
# (1) and W53 (2), too few for a forecast; current 2026-12-08 .. 2027-01-04:
# 1 + 2 + 3 in 4 weeks = 1.5.
$ EHTRACK_NOW=2027-03-01T09:00:00 ehtrack goals --practice 90000002
> PLAN          PRACTICE  METRIC               BASELINE     TARGET   CURRENT  FORECAST  DEADLINE    STATUS
> prognose-bee  90000002  E-consults per week         -  10.0/week  1.5/week    (2 wk)  2027-03-31  at_risk
>
> 1 goal as of 2027-01-05: 0 achieved, 0 on track, 1 at risk, 0 missed, 0 without data
> (N wk): no forecast, only N weekly values in the 8 complete weeks before 2027-01-05 (3 are needed)
> as of 2027-01-05: the day after the last record in scope (2027-01-04); --as-of D for another day
! ehtrack: the data in scope ends on 2027-01-04, 56 days before today: figures are as of 2027-01-05; import newer logs to see where things stand now
! ehtrack: warning: the consults of practice 90000002 begin on 2026-12-21, within the 28 days before the as-of date: the current value of 1 goal counts the days before it as days without consults: per-week (prognose-bee, econsults_per_week); it is whole from --as-of 2027-01-18 on

# Zorggroep West: the last calls are of Thursday 2027-01-07, so as of
# Friday 2027-01-08; the last complete week is 2026-W53 (x = 7 counted from
# 2026-W46): 90000003's abandoned share 0.5, 0.375, 0.25 in W51 .. W53
# (x = 5, 6, 7): y = 1.125 - 0.125 x. abandoned (2027-01-17, W02, x = 9):
# 0, on_track; abandoned-march (W13, x = 20): -1.375, held to 0 (0.0%).
# 90000004: 0.125, 0.25, 0.375: y = 0.125 x - 0.5, at x = 20 the line gives
# 2, a share is at most 1: 100.0%. current 2026-12-11 .. 2027-01-07, all
# four Thursdays: 10/32 = 31.2%; the care group pooled 20/64 flat.
$ EHTRACK_NOW=2027-03-01T09:00:00 ehtrack goals --care-group "Zorggroep West" 2> /dev/null
> PLAN           PRACTICE        METRIC           BASELINE  TARGET  CURRENT  FORECAST  DEADLINE    STATUS
> prognose-cee   90000003        Abandoned calls         -   10.0%    31.3%      0.0%  2027-01-17  on_track
> prognose-cee   90000003        Abandoned calls         -   10.0%    31.3%      0.0%  2027-03-31  on_track
> prognose-dee   90000004        Abandoned calls         -   20.0%    31.3%    100.0%  2027-03-31  at_risk
> prognose-west  Zorggroep West  Abandoned calls         -   30.0%    31.3%     31.3%  2027-03-31  at_risk
>
> 4 goals as of 2027-01-08: 0 achieved, 2 on track, 2 at risk, 0 missed, 0 without data
> as of 2027-01-08: the day after the last record in scope (2027-01-07); --as-of D for another day
$ EHTRACK_NOW=2027-03-01T09:00:00 ehtrack goals --care-group "Zorggroep West" --format json 2> /dev/null | grep -o '"goal": "[a-z-]*".*"forecast": [0-9.]*\|"as_of": "[0-9-]*"'
> "goal": "abandoned", "metric": "abandoned_rate", "practice": "90000003", "care_group": "Zorggroep West", "baseline": null, "target": 0.1, "current": 0.3125, "forecast": 0
> "as_of": "2027-01-08"
> "goal": "abandoned-march", "metric": "abandoned_rate", "practice": "90000003", "care_group": "Zorggroep West", "baseline": null, "target": 0.1, "current": 0.3125, "forecast": 0
> "as_of": "2027-01-08"
> "goal": "abandoned", "metric": "abandoned_rate", "practice": "90000004", "care_group": "Zorggroep West", "baseline": null, "target": 0.2, "current": 0.3125, "forecast": 1
> "as_of": "2027-01-08"
> "goal": "abandoned", "metric": "abandoned_rate", "practice": null, "care_group": "Zorggroep West", "baseline": null, "target": 0.3, "current": 0.3125, "forecast": 0.3125
> "as_of": "2027-01-08"

# An as-of given is used as given, and said to be; the data is still stale.
$ EHTRACK_NOW=2027-03-01T09:00:00 ehtrack goals --care-group "Zorggroep West" --as-of 2027-01-13 | tail -1
> as of 2027-01-13: given with --as-of
! ehtrack: the data in scope ends on 2027-01-07, 53 days before today: figures are as of 2027-01-13; import newer logs to see where things stand now

# An as-of within the data (the last calls are of 2027-01-07) is a day in
# the past chosen on purpose: newer logs would not change its figures, and
# nothing is said of them (it advised to import newer logs). metrics does
# not say it either way.
$ EHTRACK_NOW=2027-03-01T09:00:00 ehtrack goals --care-group "Zorggroep West" --as-of 2027-01-05 | tail -1
> as of 2027-01-05: given with --as-of

# An as-of after today was taken without a word: the days still to come
# read as days without records (calls per day fell by a third and read
# "achieved").
$ EHTRACK_NOW=2027-01-10T09:00:00 ehtrack goals --care-group "Zorggroep West" --as-of 2027-01-20 2>&1 >/dev/null | head -1
> ehtrack: --as-of 2027-01-20 is after today (2027-01-10): the days still to come hold no records yet, and the 28 days before it count them as days without any

# Data up to within 14 days of today: no warning.
$ EHTRACK_NOW=2027-01-21T09:00:00 ehtrack goals --care-group "Zorggroep West" | tail -1
> as of 2027-01-08: the day after the last record in scope (2027-01-07); --as-of D for another day

# Portal registrations come a month apart (an export on the 1st): the 28
# days before an as-of date at a month's end hold none, and the portal
# plan's headline goal had no current value at the default as-of date.
# The latest registration within 92 days stands in, said on stderr; one
# in the 28 days is taken as before.
$ mkdir -p reach && printf 'practices:\n  - {agb: "01000001", name: Alfa, care_group: Zorggroep Noord, region: Twente, insurers: [Menzis], list_size: 1000}\n' > reach/register.yaml && printf 'plan: portaal\ntitle: Portaal\npractice: "01000001"\napplication: {type: patient_portal, name: Portaal}\nsolution_directions: [1]\nsteps: {needs: {status: not_started}, vision: {status: not_started}, selection: {status: not_started}, plan: {status: not_started}, implement: {status: not_started}, scale: {status: not_started}}\ngoals:\n  - {id: reach, metric: portal_reach, target: 0.4, deadline: 2027-06-30}\n' > reach/plan.yaml && printf 'practice,date,accounts\n01000001,2026-07-01,240\n01000001,2026-08-01,260\n01000001,2026-09-01,280\n01000001,2026-10-01,300\n' > reach/registrations.csv && printf 'id,practice,start,patient,channel,role,minutes,reason\nr-1,01000001,2026-10-31T09:00,P1,phone,gp,5,\n' > reach/consults.csv && ehtrack --db reach.db plan sync reach > /dev/null && ehtrack --db reach.db import registrations reach/registrations.csv > /dev/null && ehtrack --db reach.db import consults reach/consults.csv > /dev/null
$ EHTRACK_NOW=2026-11-20T09:00:00 ehtrack --db reach.db goals --format csv
> plan,goal,metric,practice,care_group,baseline,target,current,forecast,forecast_points,deadline,status,as_of,plan_state
> portaal,reach,portal_reach,01000001,Zorggroep Noord,,0.4,0.3,,2026-W36 0.28; 2026-W40 0.3,2027-06-30,at_risk,2026-11-01,active
! ehtrack: the data in scope ends on 2026-10-31, 20 days before today: figures are as of 2026-11-01; import newer logs to see where things stand now
! ehtrack: note: plan portaal, goal reach: no registration in the 28 days before the as-of date; the current value is over the 92 days before it (each practice's latest registration), the last on 2026-10-01
$ EHTRACK_NOW=2026-11-20T09:00:00 ehtrack --db reach.db goals --format csv --as-of 2026-10-20
> plan,goal,metric,practice,care_group,baseline,target,current,forecast,forecast_points,deadline,status,as_of,plan_state
> portaal,reach,portal_reach,01000001,Zorggroep Noord,,0.4,0.3,,2026-W36 0.28; 2026-W40 0.3,2027-06-30,at_risk,2026-10-20,active
$ EHTRACK_NOW=2027-03-01T09:00:00 ehtrack --db reach.db goals --format csv --as-of 2026-12-31
> plan,goal,metric,practice,care_group,baseline,target,current,forecast,forecast_points,deadline,status,as_of,plan_state
> portaal,reach,portal_reach,01000001,Zorggroep Noord,,0.4,0.3,,,2027-06-30,at_risk,2026-12-31,active
! ehtrack: the data in scope ends on 2026-10-31, 121 days before today: figures are as of 2026-12-31; import newer logs to see where things stand now
! ehtrack: note: plan portaal, goal reach: no registration in the 28 days before the as-of date; the current value is over the 92 days before it (each practice's latest registration), the last on 2026-10-01
$ EHTRACK_NOW=2027-03-01T09:00:00 ehtrack --db reach.db goals --format csv --as-of 2027-01-15
> plan,goal,metric,practice,care_group,baseline,target,current,forecast,forecast_points,deadline,status,as_of,plan_state
> portaal,reach,portal_reach,01000001,Zorggroep Noord,,0.4,,,,2027-06-30,no_data,2027-01-15,active
! ehtrack: the data in scope ends on 2026-10-31, 121 days before today: figures are as of 2027-01-15; import newer logs to see where things stand now
# More accounts than the register's list size (1,400 of 1,000: a list
# size out of date): the current value is what the records say, 140%, but
# "achieved" on it reached the board without a word; now goals warns and
# the workbook's Goals sheet says so under its table, in either language.
$ cp reach.db over.db && cp reach.db.key over.db.key && printf 'practice,date,accounts\n01000001,2026-11-01,1400\n' > over.csv && ehtrack --db over.db import registrations over.csv > /dev/null 2>&1 && EHTRACK_NOW=2026-11-20T09:00:00 ehtrack --db over.db goals --format csv | cut -d, -f2,8,12
> goal,current,status
> reach,1.4,achieved
! ehtrack: the data in scope ends on 2026-11-01, 19 days before today: figures are as of 2026-11-02; import newer logs to see where things stand now
! ehtrack: warning: plan portaal, goal reach: the current value 140.0% is above what portal_reach can be (at most 100.0%): the records or the register behind it do not add up (a list size in the register below the accounts), and its status (achieved) rests on it
# The value as tables show it, to one decimal (701 accounts of a list of
# 700 were "100.142857%"), and more only where one decimal reads as the
# bound itself (10,003 accounts of 10,000: 100.03%, never 100.0%).
$ mkdir -p odd && sed 's/list_size: 1000/list_size: 700/' reach/register.yaml > odd/register.yaml && cp reach/plan.yaml odd/ && cp reach.db odd.db && cp reach.db.key odd.db.key && ehtrack --db odd.db plan sync odd > /dev/null 2>&1 && printf 'practice,date,accounts\n01000001,2026-11-01,701\n' > odd.csv && ehtrack --db odd.db import registrations odd.csv > /dev/null 2>&1 && EHTRACK_NOW=2026-11-20T09:00:00 ehtrack --db odd.db goals 2>&1 >/dev/null | grep -o 'current value [^ ]*'
> current value 100.1%
$ EHTRACK_NOW=2026-11-20T09:00:00 ehtrack --db odd.db report practice 01000001 --lang nl -o odd.xlsx > /dev/null 2>&1 && $PYTHON $ROOT/tests/report/inspect_xlsx.py labels odd.xlsx Doelen A | grep -o 'portaal reach: [^ ]*'
> portaal reach: 100,1%.
$ sed 's/list_size: 1000/list_size: 10000/' reach/register.yaml > odd/register.yaml && ehtrack --db odd.db plan sync odd > /dev/null 2>&1 && printf 'practice,date,accounts\n01000001,2026-11-02,10003\n' > odd2.csv && ehtrack --db odd.db import registrations odd2.csv > /dev/null 2>&1 && EHTRACK_NOW=2026-11-20T09:00:00 ehtrack --db odd.db goals 2>&1 >/dev/null | grep -o 'current value [^ ]*'
> current value 100.03%
$ EHTRACK_NOW=2026-11-20T09:00:00 ehtrack --db over.db report practice 01000001 --lang nl -o over.xlsx > /dev/null 2>&1 && EHTRACK_NOW=2026-11-20T09:00:00 ehtrack --db over.db report practice 01000001 --lang en -o over-en.xlsx > /dev/null 2>&1 && $PYTHON $ROOT/tests/report/inspect_xlsx.py labels over.xlsx Doelen A | grep -i maatstaf && $PYTHON $ROOT/tests/report/inspect_xlsx.py labels over-en.xlsx Goals A | grep outside
> Huidige waarden buiten wat hun maatstaf kan zijn: de records of het register erachter kloppen niet, en hun status rust erop: portaal reach: 140,0%. Een portaalbereik boven 100% betekent een praktijkgrootte in het register onder het aantal accounts.
> Current values outside what their metric can be, so the records or the register behind them do not add up, and their status rests on them: portaal reach: 140.0%. A portal reach above 100% means a list size in the register below the accounts.
