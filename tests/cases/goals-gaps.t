# A practice's log that stops while the others go on, or begins within the
# 28 days of a goal's current value: the count or rate per day of its plan
# counts days without records, and a goal may read as achieved. Two
# practices of Zorggroep Twee each take 2 inbound calls a day from 1 April
# 2026; the phone export of 90000052 stops after 30 June. The care group's
# goal: 4 calls a day in April, 20 % fewer, 3.2 a day. As of 20 July the
# group's current value is (28 x 2 + 9 x 2)/28 = 2.64 a day, "achieved",
# where the truth is 4; the warning named only goals of one practice whose
# own log stopped, never the care group's.
$ ehtrack init > /dev/null && ehtrack plan sync fixtures/goals-gaps > /dev/null
$ $PYTHON -c "import datetime as t; print('id,practice,start,direction,wait_s,talk_s,outcome'); [print(f'c{d}-{p}-{i},{p},{t.date(2026, 4, 1) + t.timedelta(d)}T08:0{i},in,30,60,{\"abandoned\" if i else \"answered\"}') for d in range(122) for p in (90000051, 90000052) if p == 90000051 or d < 91 for i in range(2)]" > calls.csv && ehtrack import calls calls.csv > /dev/null
$ ehtrack goals --as-of 2026-07-20 --format csv
> plan,goal,metric,practice,care_group,baseline,target,current,forecast,forecast_points,deadline,status,as_of,plan_state
> telefonie-twee,calls,calls_per_day,,Zorggroep Twee,4,3.2,2.642857142857143,0,2026-W22 4; 2026-W23 4; 2026-W24 4; 2026-W25 4; 2026-W26 4; 2026-W27 2.5714285714285716; 2026-W28 2; 2026-W29 2,2026-12-31,achieved,2026-07-20,active
! ehtrack: warning: the calls of practice 90000052 end on 2026-06-30, 20 days before the as-of date, while those of the other practices go on: the current value of 1 goal counts the days after as days without its calls: calls (telefonie-twee, calls_per_day); import its calls up to date

# Both practices' calls stopped (the last on 31 July): as of 15 October the
# 28 days hold none, and the goal read no_data without a word, as a goal
# on a log never imported does.
$ ehtrack goals --as-of 2026-10-15 --format csv | cut -d, -f1,2,8,12
> plan,goal,current,status
> telefonie-twee,calls,,no_data
! ehtrack: the data in scope ends on 2026-07-31, 115 days before today: figures are as of 2026-10-15; import newer logs to see where things stand now
! ehtrack: warning: the calls of 1 goal's scope stop before the 28 days before the as-of date, so it has no current value (no_data): calls (telefonie-twee, calls_per_day); import the calls up to date, or choose another --as-of
# A practice whose logs begin within the 28 days: as of 15 July, 90000053's
# calls from 1 July on count 14 days of none before them. Week 27, which
# they begin in on a Wednesday, is no point of the forecast: 20 calls over
# its 7 days read as 2.9 a day (it was one).
$ printf 'practices:\n  - agb: "90000053"\n    name: Praktijk Nieuw\n    care_group: Zorggroep Drie\n    region: Proefland\n    insurers: [Menzis]\n    list_size: 3000\n' > nieuw.yaml && printf 'plan: nieuw\ntitle: Nieuw\npractice: "90000053"\napplication: {type: patient_communication, name: E-consult}\nsolution_directions: [1]\nsteps: {needs: {status: not_started}, vision: {status: not_started}, selection: {status: not_started}, plan: {status: not_started}, implement: {status: not_started}, scale: {status: not_started}}\ngoals:\n  - {id: calls, metric: calls_per_day, target: 3, deadline: 2026-12-31}\n' > nieuw-plan.yaml && ehtrack plan sync nieuw.yaml nieuw-plan.yaml > /dev/null && $PYTHON -c "import datetime as t; print('id,practice,start,direction,wait_s,talk_s,outcome'); [print(f'n{d}-{i},90000053,{t.date(2026, 7, 1) + t.timedelta(d)}T09:0{i},in,30,60,{\"abandoned\" if i == 0 else \"answered\"}') for d in range(14) for i in range(4)]" > nieuw.csv && ehtrack import calls nieuw.csv > /dev/null && ehtrack goals --as-of 2026-07-15 --practice 90000053 --format csv
> plan,goal,metric,practice,care_group,baseline,target,current,forecast,forecast_points,deadline,status,as_of,plan_state
> nieuw,calls,calls_per_day,90000053,Zorggroep Drie,,3,2,,2026-W28 4,2026-12-31,achieved,2026-07-15,active
! ehtrack: the data in scope ends on 2026-07-14, 132 days before today: figures are as of 2026-07-15; import newer logs to see where things stand now
! ehtrack: warning: the calls of practice 90000053 begin on 2026-07-01, within the 28 days before the as-of date: the current value of 1 goal counts the days before it as days without calls: calls (nieuw, calls_per_day); it is whole from --as-of 2026-07-29 on

# One e-consult a day from Thursday 12 November on, as flat as a log can
# be: the week it begins in read as 4 a week, the whole ones after it as
# 7, and the line through 4, 7, 7, 7 forecast 34.6 a week by June, on_track
# for a target of 20. Without that week the line is flat at 7: at_risk.
# The same per 1,000 listed patients (3,000: 7 a week is 2.33), a ratio in
# its file but a count over the list size, which does not shrink with the
# days (it kept the week: 1.33, then 2.33, forecast 11.5, on_track for 10).
$ mkdir flat && printf 'practices:\n  - agb: "90000054"\n    name: Praktijk Vlak\n    care_group: Zorggroep Vier\n    region: Proefland\n    insurers: [Menzis]\n    list_size: 3000\n' > flat/register.yaml && printf 'plan: vlak\ntitle: Vlak\npractice: "90000054"\napplication: {type: patient_communication, name: E-consult}\nsolution_directions: [1]\nsteps: {needs: {status: not_started}, vision: {status: not_started}, selection: {status: not_started}, plan: {status: not_started}, implement: {status: not_started}, scale: {status: not_started}}\ngoals:\n  - {id: weekly, metric: econsults_per_week, target: 20, deadline: 2027-06-30}\n  - {id: per1000, metric: econsults_per_1000, target: 10, deadline: 2027-06-30}\n' > flat/vlak.yaml && ehtrack --db flat.db plan sync flat > /dev/null && $PYTHON -c "import datetime as t; print('id,practice,start,patient,channel,role,minutes,reason'); [print(f'v{d},90000054,{t.date(2026, 11, 12) + t.timedelta(d)}T10:00,P{d},econsult,gp,10,') for d in range(25)]" > flat.csv && ehtrack --db flat.db import consults flat.csv > /dev/null && ehtrack --db flat.db goals --as-of 2026-12-07 --format csv 2> /dev/null | cut -d, -f2,8,9,10,12
> goal,current,forecast,forecast_points,status
> weekly,6.25,7,2026-W47 7; 2026-W48 7; 2026-W49 7,at_risk
> per1000,8.333333333333334,2.3333333333333335,2026-W47 2.3333333333333335; 2026-W48 2.3333333333333335; 2026-W49 2.3333333333333335,at_risk

# A baseline range that holds no record of the metric's kind (a year before
# the logs begin) gives no baseline, so its change gives no target: the
# goal read no_data without a word, as a goal on a log never imported.
$ mkdir early && cp fixtures/goals-gaps/register.yaml early/ && sed 's/^  - {id: calls, .*/  - {id: early, metric: abandoned_rate, baseline: {from: 2025-01-01, to: 2025-03-31}, change: -0.2, deadline: 2026-12-31}/' fixtures/goals-gaps/telefonie-twee.yaml > early/telefonie-twee.yaml && ehtrack plan sync early > /dev/null 2>&1 && ehtrack goals --as-of 2026-07-20 --care-group "Zorggroep Twee" --format csv 2> err | cut -d, -f1,2,6,7,12; grep baseline err
> plan,goal,baseline,target,status
> telefonie-twee,early,,,no_data
> ehtrack: warning: plan telefonie-twee, goal early: the baseline period 2025-01-01..2025-03-31 holds no calls, so the change on it gives no target and the goal reads no_data; give the baseline days the logs cover, or give a target

# A log that stopped before the 8 weeks before the as-of date leaves every
# goal on it without a current value (no_data). The warning named only the
# goals whose baseline the log covered (abandoned): a goal with a target
# (fewer) and goals whose baseline holds no calls (before, early) went
# without a word, and the warning on their empty baselines was kept back
# as well. As of 16 November the calls of 90000051 (to 31 July) are 15
# weeks old.
$ printf 'plan: stil\ntitle: Stil\npractice: "90000051"\napplication: {type: patient_communication, name: E-consult}\nsolution_directions: [1]\nsteps:\n  needs: {status: done, completed: 2026-01-09}\n  vision: {status: done, completed: 2026-01-16}\n  selection: {status: done, completed: 2026-01-23}\n  plan: {status: done, completed: 2026-01-30}\n  implement: {status: in_progress, started: 2026-02-02}\n  scale: {status: not_started}\ngoals:\n  - {id: fewer, metric: calls_per_day, target: 1, deadline: 2027-12-31}\n  - {id: abandoned, metric: abandoned_rate, baseline: {from: 2026-04-01, to: 2026-04-30}, change: -0.2, deadline: 2027-12-31}\n  - {id: before, metric: abandoned_rate, baseline: {from: 2025-01-01, to: 2025-03-31}, change: -0.2, deadline: 2027-12-31}\n' > early/stil.yaml && ehtrack plan sync early > /dev/null 2>&1 && ehtrack goals --practice 90000051 --as-of 2026-11-16 --format csv | cut -d, -f1,2,8,12
> plan,goal,current,status
> stil,fewer,,no_data
> stil,abandoned,,no_data
> stil,before,,no_data
> telefonie-twee,early,,no_data
! ehtrack: the data in scope ends on 2026-07-31, 115 days before today: figures are as of 2026-11-16; import newer logs to see where things stand now
! ehtrack: warning: the calls of 4 goals' scopes stop before the 28 days before the as-of date, so they have no current value (no_data): fewer (stil, calls_per_day), abandoned (stil, abandoned_rate), before (stil, abandoned_rate) and 1 more; import the calls up to date, or choose another --as-of
! ehtrack: warning: plan stil, goal before: the baseline period 2025-01-01..2025-03-31 holds no calls, so the change on it gives no target and the goal reads no_data; give the baseline days the logs cover, or give a target
! ehtrack: warning: plan telefonie-twee, goal early: the baseline period 2025-01-01..2025-03-31 holds no calls, so the change on it gives no target and the goal reads no_data; give the baseline days the logs cover, or give a target

# An as-of date before the logs begin (1 April): the goal whose baseline
# the log covered was said to have calls that stop before the 28 days,
# the others went without a word. They begin after it.
$ ehtrack goals --practice 90000051 --as-of 2026-03-02 --format csv | cut -d, -f1,2,8,12
> plan,goal,current,status
> stil,fewer,,no_data
> stil,abandoned,,no_data
> stil,before,,no_data
> telefonie-twee,early,,no_data
! ehtrack: warning: the calls of 4 goals' scopes begin after the as-of date (the earliest on 2026-04-01), so they have no current value (no_data): fewer (stil, calls_per_day), abandoned (stil, abandoned_rate), before (stil, abandoned_rate) and 1 more; choose a later --as-of
! ehtrack: warning: plan stil, goal before: the baseline period 2025-01-01..2025-03-31 holds no calls, so the change on it gives no target and the goal reads no_data; give the baseline days the logs cover, or give a target
! ehtrack: warning: plan telefonie-twee, goal early: the baseline period 2025-01-01..2025-03-31 holds no calls, so the change on it gives no target and the goal reads no_data; give the baseline days the logs cover, or give a target

# A care group's share when one practice's export stops: 90000051 leaves 1
# of its 10 calls a day unanswered, 90000052 5 of 10, until its export
# stops after 30 June. April's pooled abandoned rate is 30 %, 20 % fewer
# is 24 %. As of 20 July the 28 days hold 28 days of 90000051 and 9 of
# 90000052: (28 + 45) / 370 = 19.7 %, "achieved" without a word (a share
# is not diluted by days without records, so only counts were warned of),
# where the two practices' rates never changed.
$ mkdir share && cp fixtures/goals-gaps/register.yaml share/ && sed 's/^  - {id: calls, .*/  - {id: abandoned, metric: abandoned_rate, baseline: {from: 2026-04-01, to: 2026-04-30}, change: -0.2, deadline: 2026-12-31}/' fixtures/goals-gaps/telefonie-twee.yaml > share/telefonie-twee.yaml && ehtrack --db share.db plan sync share > /dev/null
$ $PYTHON -c "import datetime as t; print('id,practice,start,direction,wait_s,talk_s,outcome'); [print(f's{d}-{p}-{i},{p},{t.date(2026, 4, 1) + t.timedelta(d)}T08:{i:02},in,30,60,{\"abandoned\" if i < (1 if p == 90000051 else 5) else \"answered\"}') for d in range(122) for p in (90000051, 90000052) if p == 90000051 or d < 91 for i in range(10)]" > share.csv && ehtrack --db share.db import calls share.csv > /dev/null
$ ehtrack --db share.db goals --as-of 2026-07-20 --format csv | cut -d, -f1,2,6,7,8,12
> plan,goal,baseline,target,current,status
> telefonie-twee,abandoned,0.3,0.24,0.1972972972972973,achieved
! ehtrack: warning: the calls of practice 90000052 end on 2026-06-30, 20 days before the as-of date, while those of the other practices go on: the current value of 1 goal takes the days after from the other practices' calls alone, so it is not the whole scope's: abandoned (telefonie-twee, abandoned_rate); import its calls up to date
# The workbook a board reads says it under the Goals table, in either
# language (goals warned on stderr only, and not for a share).
$ ehtrack --db share.db report care-group "Zorggroep Twee" --as-of 2026-07-20 -o share.xlsx > /dev/null 2>&1 && ehtrack --db share.db report care-group "Zorggroep Twee" --as-of 2026-07-20 --lang nl -o share-nl.xlsx > /dev/null 2>&1 && $PYTHON $ROOT/tests/report/inspect_xlsx.py labels share.xlsx Goals A | grep 'do not all' && $PYTHON $ROOT/tests/report/inspect_xlsx.py labels share-nl.xlsx Doelen A | grep 'niet allemaal'
> Goals of several practices whose logs do not all reach the as-of date: a count or a figure per day or week counts a practice's days without records as days without any, a share or an average is the other practices' alone on those days: telefonie-twee abandoned: the records of practice 90000052 end on 2026-06-30.
> Doelen van meer praktijken waarvan de logs niet allemaal tot de peildatum lopen: een aantal of een cijfer per dag of week telt de dagen zonder records van een praktijk als dagen zonder, een aandeel of gemiddelde is op die dagen dat van de andere praktijken alleen: telefonie-twee abandoned: de records van praktijk 90000052 eindigen op 2026-06-30.
# A practice's own workbook shows its care group's goals; it names no
# other practice (its Comparison shows them only as a distribution).
$ ehtrack --db share.db report practice 90000051 --as-of 2026-07-20 -o own.xlsx > /dev/null 2>&1 && $PYTHON $ROOT/tests/report/inspect_xlsx.py labels own.xlsx Goals A | grep 'do not all' | grep -o 'abandoned: .*'
> abandoned: the records of another practice of the care group end on 2026-06-30.
# The Summary's headline figures compare the first and the last month the
# records cover whole: July has the calls of 90000051 only, and read as
# 20 inbound calls a day falling to 10 and an abandoned rate falling from
# 30 % to 10 %, without a word. The note names the practice and the kind.
$ ehtrack --db share.db report care-group "Zorggroep Twee" -o summary.xlsx > /dev/null 2>&1 && $PYTHON $ROOT/tests/report/inspect_xlsx.py labels summary.xlsx Summary A | grep lacks
> 2026-07 lacks the records of practices that have them in the other months (an export not imported yet?), so its figures of those kinds are the other practices' alone: 90000052 (calls).
# Messages of 90000052 in two bursts, ten on 10 April and ten on 10 June,
# beside 90000051's every day: ten a month where it has any, but on a
# single day, so a month without is no missing export, and July names
# its calls alone (it had read "90000052 (messages, calls)").
$ cp share.db burst.db && cp share.db.key burst.db.key && $PYTHON -c "print('id,practice,received,answered,patient,channel'); [print(f'b{m}-{d}-{p}-{i},{p},2026-{m:02}-{d:02}T09:{i:02},2026-{m:02}-{d:02}T12:00,P{p}{d}{i},econsult') for m in range(4, 8) for p in (90000051, 90000052) for d in (range(1, 31) if p == 90000051 else (10,) if m in (4, 6) else ()) for i in range(1 if p == 90000051 else 10)]" > burst.csv && ehtrack --db burst.db import messages burst.csv > /dev/null && ehtrack --db burst.db report care-group "Zorggroep Twee" -o burst.xlsx > /dev/null 2>&1 && $PYTHON $ROOT/tests/report/inspect_xlsx.py labels burst.xlsx Summary A | grep lacks
> 2026-07 lacks the records of practices that have them in the other months (an export not imported yet?), so its figures of those kinds are the other practices' alone: 90000052 (calls).
# An export that stops halfway through a month: 90000052's July calls up
# to the 14th only. The month has its calls, so it "lacks" none, and the
# Summary said nothing while July's figures left out 17 of its days. It
# names the practice, the kind and the day its records end, in either
# language. Not the messages of 90000052, three a month on the 1st, 5th
# and 10th from April to June: a small log has quiet weeks, and quiet
# months (July had read as lacking them).
$ cp share.db cut.db && cp share.db.key cut.db.key && $PYTHON -c "print('id,practice,received,answered,patient,channel'); [print(f'm{m}-{d}-{p},{p},2026-{m:02}-{d:02}T09:00,2026-{m:02}-{d:02}T12:00,P{p}{d},econsult') for m in range(4, 8) for p in (90000051, 90000052) if p == 90000051 or m < 7 for d in (range(1, 31) if p == 90000051 else (1, 5, 10))]" > few.csv && ehtrack --db cut.db import messages few.csv > /dev/null && $PYTHON -c "import datetime as t; print('id,practice,start,direction,wait_s,talk_s,outcome'); [print(f's{d}-90000052-{i},90000052,{t.date(2026, 4, 1) + t.timedelta(d)}T08:{i:02},in,30,60,{\"abandoned\" if i < 5 else \"answered\"}') for d in range(91, 105) for i in range(10)]" > part.csv && ehtrack --db cut.db import calls part.csv > /dev/null && ehtrack --db cut.db report care-group "Zorggroep Twee" -o cut.xlsx > /dev/null 2>&1 && ehtrack --db cut.db report care-group "Zorggroep Twee" --lang nl -o cut-nl.xlsx > /dev/null 2>&1 && $PYTHON $ROOT/tests/report/inspect_xlsx.py labels cut.xlsx Summary A | grep -E 'lacks|only part' && $PYTHON $ROOT/tests/report/inspect_xlsx.py labels cut-nl.xlsx Samenvatting A | grep 'maar een deel'
> 2026-07 holds only part of the records of practices whose records of a kind end or begin more than a week from the other practices' (an export cut off, or not imported in full?), so its figures of those kinds leave out their other days: 90000052 (calls end on 2026-07-14).
> 2026-07 bevat maar een deel van de records van praktijken waarvan de records van een soort meer dan een week eerder eindigen of later beginnen dan die van de andere praktijken (een export afgebroken, of niet helemaal ingelezen?), dus laten de cijfers van die soorten hun andere dagen weg: 90000052 (telefoontjes eindigen op 2026-07-14).
# A practice with a single call ever, on 10 July, beside one with calls
# every day: no log cut off, and no note (its July had read as calls that
# end on the 10th, at the pace of one a day).
$ ehtrack --db single.db init > /dev/null && ehtrack --db single.db plan sync fixtures/goals-gaps > /dev/null && $PYTHON -c "import datetime as t; print('id,practice,start,direction,wait_s,talk_s,outcome'); [print(f'c{d}-{p}-{i},{p},{t.date(2026, 4, 1) + t.timedelta(d)}T08:0{i},in,30,60,answered') for d in range(122) for p in (90000051, 90000052) if p == 90000051 or d == 100 for i in range(2)]" > single.csv && ehtrack --db single.db import calls single.csv > /dev/null 2>&1 && ehtrack --db single.db report care-group "Zorggroep Twee" -o single.xlsx > /dev/null 2>&1 && $PYTHON $ROOT/tests/report/inspect_xlsx.py labels single.xlsx Summary A | grep -c -E 'lacks|only part'
> 0
? 1
# Imported up to date, the share is the whole group's again, 30 %, the
# warning goes, and so does the note.
$ $PYTHON -c "import datetime as t; print('id,practice,start,direction,wait_s,talk_s,outcome'); [print(f's{d}-90000052-{i},90000052,{t.date(2026, 4, 1) + t.timedelta(d)}T08:{i:02},in,30,60,{\"abandoned\" if i < 5 else \"answered\"}') for d in range(91, 122) for i in range(10)]" > rest.csv && ehtrack --db share.db import calls rest.csv > /dev/null && ehtrack --db share.db goals --as-of 2026-07-20 --format csv | cut -d, -f1,2,6,7,8,12
> plan,goal,baseline,target,current,status
> telefonie-twee,abandoned,0.3,0.24,0.3,at_risk
$ ehtrack --db share.db report care-group "Zorggroep Twee" --as-of 2026-07-20 -o share.xlsx > /dev/null 2>&1 && $PYTHON $ROOT/tests/report/inspect_xlsx.py labels share.xlsx Goals A | grep -c 'do not all'
> 0
? 1
$ ehtrack --db share.db report care-group "Zorggroep Twee" -o summary.xlsx > /dev/null 2>&1 && $PYTHON $ROOT/tests/report/inspect_xlsx.py labels summary.xlsx Summary A | grep -c -E 'lacks|only part'
> 0
? 1

# Two of three practices stop: the warning named the one that stopped
# first and said "while those of the other practices go on", though one
# of them had stopped too. It counts the others now.
$ mkdir three && $PYTHON fixtures/goals-group/make.py three three && ehtrack --db three.db plan sync three > /dev/null && ehtrack --db three.db import calls three/calls.csv > /dev/null && ehtrack --db three.db goals --as-of 2026-07-01 --format csv | cut -d, -f1,2,8,12
> plan,goal,current,status
> drietal,abandoned,0.25,at_risk
! ehtrack: the data in scope ends on 2026-06-30, 146 days before today: figures are as of 2026-07-01; import newer logs to see where things stand now
! ehtrack: warning: the calls of practice 90000071 end on 2026-06-14, 17 days before the as-of date (and those of 1 more practice more than a week before it), while those of the other practices go on: the current value of 1 goal takes the days after from the other practices' calls alone, so it is not the whole scope's: abandoned (drietal, abandoned_rate); import its calls up to date

# The workbook's Goals sheet said "(and those of 1 more practices before
# it)": a plural for one, and "before it" read as before the day named,
# where the other's records end after it. It says what stderr says.
$ ehtrack --db three.db report care-group "Zorggroep Drietal" --as-of 2026-07-01 -o three.xlsx > /dev/null 2>&1 && ehtrack --db three.db report care-group "Zorggroep Drietal" --as-of 2026-07-01 --lang nl -o three-nl.xlsx > /dev/null 2>&1 && $PYTHON $ROOT/tests/report/inspect_xlsx.py labels three.xlsx Goals A | grep -o 'drietal abandoned: .*' && $PYTHON $ROOT/tests/report/inspect_xlsx.py labels three-nl.xlsx Doelen A | grep -o 'drietal abandoned: .*'
> drietal abandoned: the records of practice 90000071 end on 2026-06-14 (and those of 1 more practice more than a week before the as-of date).
> drietal abandoned: de records van praktijk 90000071 eindigen op 2026-06-14 (en die van nog 1 praktijk meer dan een week voor de peildatum).

# A practice with calls on three days a month (the 1st, 5th and 10th) has
# quiet weeks: its last calls on 10 July, ten days before the as-of date,
# are no log that stopped, and the warning said it was. Its pace over the
# 91 days before its last record would have put under 3 days with calls
# in the 9 days after.
$ ehtrack --db sparse.db init > /dev/null && ehtrack --db sparse.db plan sync fixtures/goals-gaps > /dev/null && $PYTHON -c "import datetime as t; print('id,practice,start,direction,wait_s,talk_s,outcome'); [print(f'c{d}-{p}-{i},{p},{t.date(2026, 4, 1) + t.timedelta(d)}T08:0{i},in,30,60,{\"abandoned\" if i else \"answered\"}') for d in range(122) for p in (90000051, 90000052) if p == 90000051 or (t.date(2026, 4, 1) + t.timedelta(d)).day in (1, 5, 10) and d < 101 for i in range(2)]" > sparse.csv && ehtrack --db sparse.db import calls sparse.csv > /dev/null && ehtrack --db sparse.db goals --as-of 2026-07-20 --format csv | cut -d, -f1,2,8,12
> plan,goal,current,status
> telefonie-twee,calls,2.2142857142857144,at_risk

# Two care groups, a practice of each whose calls stopped: 90000052 after
# 30 June, 90000062 (Zorggroep Vier) after 5 July. The warning named only
# the first, and listed the other group's goal under it; each practice now
# has its own line, with its own group's goals.
$ ehtrack --db two.db init > /dev/null && ehtrack --db two.db plan sync fixtures/goals-two-groups > /dev/null && $PYTHON -c "import datetime as t; print('id,practice,start,direction,wait_s,talk_s,outcome'); [print(f'c{d}-{p}-{i},{p},{t.date(2026, 4, 1) + t.timedelta(d)}T08:0{i},in,30,60,answered') for d in range(122) for p, end in ((90000051, 122), (90000052, 91), (90000061, 122), (90000062, 96)) if d < end for i in range(2)]" > two.csv && ehtrack --db two.db import calls two.csv > /dev/null 2>&1 && ehtrack --db two.db goals --as-of 2026-07-20 --format csv | cut -d, -f1,2,12
> plan,goal,status
> telefonie-twee,calls,achieved
> telefonie-vier,calls,achieved
! ehtrack: warning: the calls of practice 90000052 end on 2026-06-30, 20 days before the as-of date, while those of the other practices go on: the current value of 1 goal counts the days after as days without its calls: calls (telefonie-twee, calls_per_day); import its calls up to date
! ehtrack: warning: the calls of practice 90000062 end on 2026-07-05, 15 days before the as-of date, while those of the other practices go on: the current value of 1 goal counts the days after as days without its calls: calls (telefonie-vier, calls_per_day); import its calls up to date

# The Christmas fortnight: 90000051 takes 30 calls a day, 3 a day from
# 21 December on; 90000052 takes one a day and none in those 11 days. At
# its pace and the others' tenth it would have had one: a practice gone
# quiet, not an export that stopped, and the warning said it was.
$ mkdir xmas && cp fixtures/goals-gaps/register.yaml xmas/ && sed 's/^  - {id: calls, .*/  - {id: calls, metric: calls_per_day, target: 20, deadline: 2026-12-31}/' fixtures/goals-gaps/telefonie-twee.yaml > xmas/telefonie-twee.yaml && ehtrack --db xmas.db init > /dev/null && ehtrack --db xmas.db plan sync xmas > /dev/null && $PYTHON -c "import datetime as t; print('id,practice,start,direction,wait_s,talk_s,outcome'); [print(f'x{d}-{p}-{i},{p},{t.date(2025, 4, 1) + t.timedelta(d)}T08:{i:02},in,30,60,{\"abandoned\" if i == 2 else \"answered\"}') for d in range(275) for p, n in ((90000051, 3 if d >= 264 else 30), (90000052, 0 if d >= 264 else 1)) for i in range(n)]" > xmas.csv && ehtrack --db xmas.db import calls xmas.csv > /dev/null && ehtrack --db xmas.db goals --as-of 2026-01-01 --format csv | cut -d, -f1,2,8,12
> plan,goal,current,status
> telefonie-twee,calls,20,achieved
! ehtrack: the data in scope ends on 2025-12-31, 327 days before today: figures are as of 2026-01-01; import newer logs to see where things stand now
# Its export stopped after 30 November: the days after hold the others'
# busy first weeks of December, and it is named.
$ ehtrack --db xmas-stop.db init > /dev/null && ehtrack --db xmas-stop.db plan sync xmas > /dev/null && $PYTHON -c "import datetime as t; print('id,practice,start,direction,wait_s,talk_s,outcome'); [print(f'x{d}-{p}-{i},{p},{t.date(2025, 4, 1) + t.timedelta(d)}T08:{i:02},in,30,60,{\"abandoned\" if i == 2 else \"answered\"}') for d in range(275) for p, n in ((90000051, 3 if d >= 264 else 30), (90000052, 0 if d >= 244 else 1)) for i in range(n)]" > xmas-stop.csv && ehtrack --db xmas-stop.db import calls xmas-stop.csv > /dev/null && ehtrack --db xmas-stop.db goals --as-of 2026-01-01 --format csv | cut -d, -f1,2,8,12
> plan,goal,current,status
> telefonie-twee,calls,19.392857142857142,achieved
! ehtrack: the data in scope ends on 2025-12-31, 327 days before today: figures are as of 2026-01-01; import newer logs to see where things stand now
! ehtrack: warning: the calls of practice 90000052 end on 2025-11-30, 32 days before the as-of date, while those of the other practices go on: the current value of 1 goal counts the days after as days without its calls: calls (telefonie-twee, calls_per_day); import its calls up to date

# A practice that has an e-consult every few weeks (the last on 6
# October, the next on 23 November) beside one of ten a day: as of 16
# November its 41 days without one were told as an export to bring up to
# date, though at its pace it would have had one, and the care group's
# share of answers within the term would not have moved.
$ mkdir quiet && cp fixtures/goals-gaps/register.yaml quiet/ && sed 's/^  - {id: calls, .*/  - {id: term, metric: response_in_term, target: 0.9, deadline: 2026-12-31}/' fixtures/goals-gaps/telefonie-twee.yaml > quiet/telefonie-twee.yaml && ehtrack --db quiet.db init > /dev/null && ehtrack --db quiet.db plan sync quiet > /dev/null && $PYTHON -c "import datetime as t; print('id,practice,received,answered,patient,channel'); [print(f'q{d}-{i},90000051,{t.date(2026, 4, 1) + t.timedelta(d)}T09:{i:02},{t.date(2026, 4, 1) + t.timedelta(d)}T15:00,P{i},econsult') for d in range(240) for i in range(10)]; [print(f'r{d},90000052,{d}T10:00,{d}T16:00,Q{d},econsult') for d in ('2026-04-03', '2026-05-19', '2026-06-02', '2026-07-21', '2026-08-11', '2026-09-29', '2026-10-06', '2026-11-23')]" > quiet.csv && ehtrack --db quiet.db import messages quiet.csv > /dev/null && ehtrack --db quiet.db goals --as-of 2026-11-16 --format csv | cut -d, -f1,2,8,12
> plan,goal,current,status
> telefonie-twee,term,1,achieved

# Eleven practices of a call a day beside one of a hundred, whose exports
# all stop after 14 June: each is under 1 in 100 of the care group's
# calls, together they are 1 in 20, and they are named together.
$ mkdir twelve && $PYTHON fixtures/goals-group/make.py twelve twelve && ehtrack --db twelve.db init > /dev/null && ehtrack --db twelve.db plan sync twelve > /dev/null && ehtrack --db twelve.db import calls twelve/calls.csv > /dev/null && ehtrack --db twelve.db goals --as-of 2026-07-01 --format csv | cut -d, -f1,2,8,12
> plan,goal,current,status
> twaalf,calls,104.71428571428571,on_track
! ehtrack: the data in scope ends on 2026-06-30, 146 days before today: figures are as of 2026-07-01; import newer logs to see where things stand now
! ehtrack: warning: the calls of practice 90000081 end on 2026-06-14, 17 days before the as-of date (and those of 10 more practices more than a week before it), while those of the other practices go on: the current value of 1 goal counts the days after as days without its calls: calls (twaalf, calls_per_day); import its calls up to date
$ ehtrack --db twelve.db report care-group "Zorggroep Twaalf" --as-of 2026-07-01 -o twelve.xlsx > /dev/null 2>&1 && $PYTHON $ROOT/tests/report/inspect_xlsx.py labels twelve.xlsx Goals A | grep -o 'twaalf calls: .*'
> twaalf calls: the records of practice 90000081 end on 2026-06-14 (and those of 10 more practices more than a week before the as-of date).

# Ten practices of 20 calls a day whose exports stop after 14 June, and
# one of 2 a day that goes on to 30 June (most sent their export on one
# day, one later): the Summary names the ten for June. The days after
# the 14th are quiet only for the practices cut off, so how busy they
# were is read from the practice that goes on (before, the ten made
# those days look quiet for all and none was named).
$ mkdir eleven && $PYTHON fixtures/goals-group/make.py eleven eleven && ehtrack --db eleven.db init > /dev/null && ehtrack --db eleven.db plan sync eleven > /dev/null && ehtrack --db eleven.db import calls eleven/calls.csv > /dev/null && ehtrack --db eleven.db report care-group "Zorggroep Elf" --as-of 2026-07-01 -o eleven.xlsx > /dev/null 2>&1 && $PYTHON $ROOT/tests/report/inspect_xlsx.py labels eleven.xlsx Summary A | grep -o '2026-06 holds only part.*'
> 2026-06 holds only part of the records of practices whose records of a kind end or begin more than a week from the other practices' (an export cut off, or not imported in full?), so its figures of those kinds leave out their other days: 90000111 (calls end on 2026-06-14), 90000112 (calls end on 2026-06-14), 90000113 (calls end on 2026-06-14), 90000114 (calls end on 2026-06-14), 90000115 (calls end on 2026-06-14), 90000116 (calls end on 2026-06-14), 90000117 (calls end on 2026-06-14), 90000118 (calls end on 2026-06-14), 90000119 (calls end on 2026-06-14), 90000120 (calls end on 2026-06-14).
