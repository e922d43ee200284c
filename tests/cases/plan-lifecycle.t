# A plan's life after its first sync: renamed in its file, its file gone,
# retired, synced again while retired, made active again. Retired plans
# leave status, goals and reports (--all brings them back); plan list and
# plan history keep them.
$ mkdir west && cp fixtures/plans/register.yaml fixtures/plans/plan-good.yaml fixtures/plans/plan-group.yaml west/
$ ehtrack plan sync west/ > /dev/null

# --- renamed: the file now holds another id ---------------------------------
# The new id is created; the old one is reported with what to do, and stays
# tracked until retired (status shows both meanwhile).
$ sed 's/^plan: econsult-gracht$/plan: econsult-gracht-2027/' fixtures/plans/plan-good.yaml > west/plan-good.yaml
$ EHTRACK_NOW=2026-11-24T09:00:00 ehtrack plan sync west/
> PLAN                  STATE      CHANGES
> econsult-gracht-2027  created          1
> telemonitoring-west   unchanged        0
> econsult-gracht       renamed          -
> synced 3 practices (0 new, 0 changed) and 2 plans (1 new, 0 changed, 1 unchanged)
> 1 tracked plan is gone from its file
! ehtrack: west/plan-good.yaml: now holds plan econsult-gracht-2027, not econsult-gracht; if the plan was renamed, run 'ehtrack plan retire econsult-gracht' so the old id leaves status, goals and reports
$ ehtrack status --format csv | cut -d, -f1
> plan
> telemonitoring-west
> econsult-gracht
> econsult-gracht-2027
$ EHTRACK_USER=bert EHTRACK_NOW=2026-11-24T09:05:00 ehtrack plan retire econsult-gracht
> retired plan econsult-gracht: it leaves status, goals and reports (--all shows it); plan list and plan history keep it
$ ehtrack status
> PLAN                  PRACTICE  CARE GROUP      NVSPIS  CURRENT    DONE
> telemonitoring-west   -         Zorggroep West  #>....  vision      17%
> econsult-gracht-2027  01000001  Zorggroep West  ##-#>.  implement   67%
>
> NVSPIS: needs vision selection plan implement scale
>         # done  > in progress  . not started  - skipped
$ ehtrack status --all | head -4
> PLAN                       PRACTICE  CARE GROUP      NVSPIS  CURRENT    DONE
> telemonitoring-west        -         Zorggroep West  #>....  vision      17%
> econsult-gracht (retired)  01000001  Zorggroep West  ##-#>.  implement   67%
> econsult-gracht-2027       01000001  Zorggroep West  ##-#>.  implement   67%
# In CSV and JSON the state tells a retired plan from an active one (a
# script saw the retired plan as active).
$ ehtrack status --all --format csv | cut -d, -f1,14
> plan,state
> telemonitoring-west,active
> econsult-gracht,retired
> econsult-gracht-2027,active
# goals: the two goals of econsult-gracht-2027; --all adds the retired
# plan's two.
$ ehtrack goals --format csv | cut -d, -f1,2
> plan,goal
> econsult-gracht-2027,share
> econsult-gracht-2027,calls
# CSV and JSON say which plan is retired in plan_state (a script read
# the retired plan's goals as running ones).
$ ehtrack goals --all --format csv | cut -d, -f1,2,14
> plan,goal,plan_state
> econsult-gracht,share,retired
> econsult-gracht,calls,retired
> econsult-gracht-2027,share,active
> econsult-gracht-2027,calls,active
$ ehtrack goals --all --format json | grep -o '"plan": "[^"]*"\|"plan_state": "[^"]*"' | paste -d' ' - -
> "plan": "econsult-gracht" "plan_state": "retired"
> "plan": "econsult-gracht" "plan_state": "retired"
> "plan": "econsult-gracht-2027" "plan_state": "active"
> "plan": "econsult-gracht-2027" "plan_state": "active"
# The table marks the retired plan's goals, as status and the workbook do
# (they read as running ones).
$ ehtrack goals --all | cut -c1-32
> PLAN                       PRACT
> econsult-gracht (retired)  01000
> econsult-gracht (retired)  01000
> econsult-gracht-2027       01000
> econsult-gracht-2027       01000
>
> 4 goals as of 2026-11-23: 0 achi
> (N wk): no forecast, only N week
> as of 2026-11-23: today (no reco
$ ehtrack plan list --format csv | cut -d, -f1,6
> plan,state
> econsult-gracht,retired
> econsult-gracht-2027,active
> telemonitoring-west,active
# A care-group plan's region is its practices' when they share one, in
# plan show as in status (plan show said '-').
$ ehtrack status --format csv | grep '^telemonitoring-west' | cut -d, -f4; ehtrack plan show telemonitoring-west | grep '^region '
> Utrecht
> region         Utrecht
# The response term plan show gives is the one response_in_term measures
# with: a care-group plan's and a telemonitoring plan's term count for no
# practice (plan show said 24 hours for both).
$ ehtrack plan show telemonitoring-west | grep '^response term'
> response term  -
$ mkdir grp && sed -e 's/^plan: .*/plan: econsult-west/' -e 's/type: telemonitoring/type: patient_communication/' fixtures/plans/plan-group.yaml > grp/econsult.yaml && sed -e 's/^plan: .*/plan: monitor-gracht/' -e 's/^care_group: .*/practice: "01000001"/' fixtures/plans/plan-group.yaml > grp/monitor.yaml && printf 'setup: {response_term_hours: 72}\n' | tee -a grp/econsult.yaml >> grp/monitor.yaml && cp fixtures/plans/register.yaml grp/ && ehtrack --db grp/t.db plan sync grp/ > /dev/null && ehtrack --db grp/t.db plan show econsult-west | grep '^response term' && ehtrack --db grp/t.db plan show monitor-gracht | grep '^response term'
> response term  72 hours, for no practice: a care-group plan's term does not count for its practices
> response term  72 hours, for no practice: only e-consult and portal plans set a practice's term
$ ehtrack plan show econsult-gracht | grep -E '^(state|source) '
> source         west/plan-good.yaml
> state          retired 2026-11-24T09:05:00+01:00
$ ehtrack plan show econsult-gracht --format json | grep -o '"retired_at": [^,]*'
> "retired_at": "2026-11-24T09:05:00+01:00"
$ ehtrack plan history econsult-gracht
> RECORDED                   BY      COMMIT  AUTHOR  CHANGE
> 2026-11-23T12:00:00+01:00  tester  -       -       created
> 2026-11-24T09:05:00+01:00  bert    -       -       retired
# Once retired, the old id is not reported again.
$ ehtrack plan sync west/
> PLAN                  STATE      CHANGES
> econsult-gracht-2027  unchanged        0
> telemonitoring-west   unchanged        0
> synced 3 practices (0 new, 0 changed) and 2 plans (0 new, 0 changed, 2 unchanged)
$ ehtrack plan retire econsult-gracht
! ehtrack: plan econsult-gracht is already retired (since 2026-11-24T09:05:00+01:00)
? 1
$ ehtrack plan retire econsult-grach
! ehtrack: no plan 'econsult-grach' is tracked; did you mean 'econsult-gracht'?
? 1
$ ehtrack plan retire --undo econsult-gracht-2027
! ehtrack: plan econsult-gracht-2027 is not retired
? 1
$ ehtrack plan retire
! ehtrack: plan retire: name the plan id
! usage: ehtrack plan retire ID [--undo]
? 2

# --- gone: the file was removed, or holds no plan any more -------------------
# Only plans under the paths synced are looked at: syncing the register
# alone says nothing about the plans.
$ rm west/plan-group.yaml
$ ehtrack plan sync west/register.yaml
> synced 3 practices (0 new, 0 changed) and 0 plans (0 new, 0 changed, 0 unchanged)
$ ehtrack plan sync west/ --format json
> [
>   {"plan": "econsult-gracht-2027", "state": "unchanged", "changes": 0},
>   {"plan": "telemonitoring-west", "state": "gone", "changes": null}
> ]
! ehtrack: west/plan-group.yaml: the file of plan telemonitoring-west is gone; if the plan was renamed or has ended, run 'ehtrack plan retire telemonitoring-west'
$ printf 'practices:\n  - {agb: "01000009", name: Praktijk Nieuw, care_group: Zorggroep West, region: Utrecht, insurers: [CZ], list_size: 1500}\n' > west/plan-good.yaml
$ ehtrack plan sync west/
> PLAN                  STATE  CHANGES
> econsult-gracht-2027  gone         -
> telemonitoring-west   gone         -
> synced 4 practices (1 new, 0 changed) and 0 plans (0 new, 0 changed, 0 unchanged)
> 2 tracked plans are gone from their files
! ehtrack: west/plan-good.yaml: no longer holds plan econsult-gracht-2027; if the plan was renamed or has ended, run 'ehtrack plan retire econsult-gracht-2027'
! ehtrack: west/plan-group.yaml: the file of plan telemonitoring-west is gone; if the plan was renamed or has ended, run 'ehtrack plan retire telemonitoring-west'
$ ehtrack plan retire telemonitoring-west > /dev/null && ehtrack status --care-group "Zorggroep West" --format csv | cut -d, -f1
> plan
> econsult-gracht-2027

# --- a retired plan synced again stays retired -----------------------------
# Its changes are recorded all the same; sync says how to remove it or make
# it active again.
$ cp fixtures/plans/plan-group.yaml west/; sed 's/^plan: econsult-gracht$/plan: econsult-gracht-2027/' fixtures/plans/plan-good.yaml > west/plan-good.yaml
$ EHTRACK_NOW=2026-11-25T08:00:00 ehtrack plan sync west/
> PLAN                  STATE      CHANGES
> econsult-gracht-2027  unchanged        0
> telemonitoring-west   retired          0
> synced 3 practices (0 new, 0 changed) and 2 plans (0 new, 0 changed, 1 unchanged, 1 retired)
! ehtrack: west/plan-group.yaml: plan telemonitoring-west is retired and stays out of status, goals and reports (its changes are recorded); remove the file, or run 'ehtrack plan retire --undo telemonitoring-west'
$ sed 's/needs: {status: done, started: 2025-09-01, completed: 2025-10-01}/needs: {status: done, started: 2025-09-01, completed: 2025-10-02}/' fixtures/plans/plan-group.yaml > west/plan-group.yaml
$ EHTRACK_NOW=2026-11-25T08:30:00 ehtrack plan sync west/plan-group.yaml
> PLAN                 STATE    CHANGES
> telemonitoring-west  retired        1
> synced 0 practices (0 new, 0 changed) and 1 plan (0 new, 0 changed, 0 unchanged, 1 retired)
! ehtrack: west/plan-group.yaml: plan telemonitoring-west is retired and stays out of status, goals and reports (its changes are recorded); remove the file, or run 'ehtrack plan retire --undo telemonitoring-west'
$ ehtrack status --format csv | cut -d, -f1
> plan
> econsult-gracht-2027
$ EHTRACK_USER=carla EHTRACK_NOW=2026-11-25T09:00:00 ehtrack plan retire --undo telemonitoring-west
> plan telemonitoring-west is active again: back in status, goals and reports
$ ehtrack status --format csv | cut -d, -f1
> plan
> telemonitoring-west
> econsult-gracht-2027
$ ehtrack plan history telemonitoring-west
> RECORDED                   BY      COMMIT  AUTHOR  CHANGE
> 2026-11-23T12:00:00+01:00  tester  -       -       created
> 2026-11-23T12:00:00+01:00  tester  -       -       retired
> 2026-11-25T08:30:00+01:00  tester  -       -       steps.needs.completed: 2025-10-01 -> 2025-10-02
> 2026-11-25T09:00:00+01:00  carla   -       -       active again
$ ehtrack plan sync west/plan-group.yaml
> PLAN                 STATE      CHANGES
> telemonitoring-west  unchanged        0
> synced 0 practices (0 new, 0 changed) and 1 plan (0 new, 0 changed, 1 unchanged)

# --- reports leave retired plans out too ------------------------------------
$ ehtrack plan retire econsult-gracht-2027 > /dev/null
$ ehtrack report care-group "Zorggroep West" -o west.xlsx --as-of 2026-11-01
> wrote west.xlsx: 3 practices, 1 plan, 0 goals, data 2025-11-01..2026-10-31
$ ehtrack report care-group "Zorggroep West" -o west-all.xlsx --as-of 2026-11-01 --all
> wrote west-all.xlsx: 3 practices, 3 plans, 4 goals, data 2025-11-01..2026-10-31
# With --all a retired plan is marked on the Steps, Goals and Costs sheets:
# it read as a running plan, its costs in the total without a word.
$ $PYTHON -c "import openpyxl; wb = openpyxl.load_workbook('west-all.xlsx'); [print(n, sorted(set(c.value for r in wb[n].iter_rows() for c in r if '(retired)' in str(c.value)))) for n in ('Steps', 'Goals', 'Costs')]"
> Steps ['econsult-gracht (retired)', 'econsult-gracht-2027 (retired)']
> Goals ['econsult-gracht (retired)', 'econsult-gracht-2027 (retired)']
> Costs ['econsult-gracht (retired)', 'econsult-gracht-2027 (retired)']

# The register moves a care group's last practice to another group: the
# group's plan has no practices left, an error in check and sync, and
# nothing is recorded (sync took it, and the plan vanished from status,
# goals and plan list, as the database's old placement of the practice
# still counted).
$ mkdir -p moved && printf 'practices:\n  - {agb: "01000001", name: Alfa, care_group: Zorggroep Noord, region: Twente, insurers: [Menzis], list_size: 5000}\n  - {agb: "01000003", name: Gamma, care_group: Zorggroep Zuid, region: Twente, insurers: [VGZ], list_size: 3000}\n' > moved/register.yaml && printf 'plan: tele-noord\ntitle: Thuismonitoring\ncare_group: Zorggroep Noord\napplication: {type: telemonitoring, name: Thuismeten}\nsolution_directions: [3]\nsteps: {needs: {status: not_started}, vision: {status: not_started}, selection: {status: not_started}, plan: {status: not_started}, implement: {status: not_started}, scale: {status: not_started}}\n' > moved/tele.yaml && ehtrack --db moved.db plan sync moved > /dev/null && sed -i 's/care_group: Zorggroep Noord, region/care_group: Zorggroep Zuid, region/' moved/register.yaml && ehtrack --db moved.db plan check moved; ehtrack --db moved.db plan sync moved; echo "exit $?"; ehtrack --db moved.db plan list --format csv | cut -d, -f1,4
> checked 2 files: 2 practices, 1 plan; 1 error, 0 warnings
> exit 1
> plan,care_group
> tele-noord,Zorggroep Noord
! ehtrack: moved/tele.yaml:3:13: care group 'Zorggroep Noord' has no practices in the register
! ehtrack: moved/tele.yaml:3:13: care group 'Zorggroep Noord' has no practices in the register
! ehtrack: nothing recorded: 1 error (fix it, then sync again)

# plan history tells what changed and nothing else: a list that shrinks is
# one change (its removed items were told again, the wrong ones among
# them), and a goal whose metric changed shows its old target as written,
# not in the new metric's unit (0.2 read as 0.2/week, where it was 20 %).
$ mkdir -p hist && printf 'practices:\n  - {agb: "01000001", name: Alfa, care_group: Zorggroep Noord, region: Twente, insurers: [Menzis], list_size: 5000}\n' > hist/register.yaml && printf 'plan: g\ntitle: Test\npractice: "01000001"\napplication: {type: patient_communication, name: E-consult}\nsolution_directions: [1, 2, 5]\nsteps: {needs: {status: not_started}, vision: {status: not_started}, selection: {status: not_started}, plan: {status: not_started}, implement: {status: not_started}, scale: {status: not_started}}\ngoals:\n  - {id: x, metric: econsult_share, target: 0.2, deadline: 2027-06-30}\nrisks:\n  - {risk: Assistenten overbelast}\n  - {risk: Patienten blijven mailen}\n  - {risk: Extra consulten}\n' > hist/g.yaml && ehtrack --db hist.db plan sync hist > /dev/null && sed -i -e 's/\[1, 2, 5\]/[1]/' -e 's/metric: econsult_share, target: 0.2/metric: econsults_per_week, target: 20/' -e '/Assistenten overbelast/d' hist/g.yaml && ehtrack --db hist.db plan sync hist > /dev/null && ehtrack --db hist.db plan history g --format json | tail -2 | head -1 | grep -o '"changes": .*'
> "changes": ["solution_directions: [1,2,5] -> [1]", "goals.x.metric: econsult_share -> econsults_per_week", "goals.x.target: 0.2 -> 20.0/week", "risks: [3 items] -> [2 items]"]}
# A risk that became high in a list of the same length is named by its
# place (the whole list was "(changed) -> (changed)", now "[3 items] ->
# [3 items]").
$ sed -i 's/{risk: Extra consulten}/{risk: Extra consulten, likelihood: high, impact: high}/' hist/g.yaml && ehtrack --db hist.db plan sync hist > /dev/null && ehtrack --db hist.db plan history g --format json | tail -2 | head -1 | grep -o '"changes": .*'
> "changes": ["risks[1].likelihood: (none) -> high", "risks[1].impact: (none) -> high"]}
# A risk added at the end is that item, and the same risks put in another
# order are the order (they were "(changed) -> (changed)", and a dozen
# changes of fields that had only moved).
$ printf '  - {risk: Storing portaal, likelihood: low}\n' >> hist/g.yaml && ehtrack --db hist.db plan sync hist > /dev/null 2>&1 && ehtrack --db hist.db plan history g --format json | tail -2 | head -1 | grep -o '"changes": .*'
> "changes": ["risks[2]: (none) -> {...}"]}
$ sed -i '/Storing portaal/d' hist/g.yaml && sed -i 's/^risks:$/risks:\n  - {risk: Storing portaal, likelihood: low}/' hist/g.yaml && ehtrack --db hist.db plan sync hist > /dev/null && ehtrack --db hist.db plan history g --format json | tail -2 | head -1 | grep -o '"changes": .*'
> "changes": ["risks (order): the same 3 items in another order"]}
# A step's edit is told together, a key it lost where it stood (it came
# after every other change), and a list of risks that came or went reads as
# its length (one risk read as its JSON, two as "(changed)").
$ sed -i -e 's/implement: {status: not_started}/implement: {status: not_started, due: 2027-03-01}/' hist/g.yaml && ehtrack --db hist.db plan sync hist > /dev/null && sed -i -e 's/implement: {status: not_started, due: 2027-03-01}/implement: {status: in_progress, started: 2026-11-02}/' -e '/^risks:/,$d' hist/g.yaml && ehtrack --db hist.db plan sync hist > /dev/null 2>&1 && ehtrack --db hist.db plan history g --format json | tail -2 | head -1 | grep -o '"changes": .*'
> "changes": ["steps.implement.status: not_started -> in_progress", "steps.implement.started: (none) -> 2026-11-02", "steps.implement.due: 2027-03-01 -> (none)", "risks: [3 items] -> (none)"]}
$ printf 'risks:\n  - {risk: Drukte, likelihood: low}\n' >> hist/g.yaml && ehtrack --db hist.db plan sync hist > /dev/null 2>&1 && ehtrack --db hist.db plan history g --format json | tail -2 | head -1 | grep -o '"changes": .*'
> "changes": ["risks: (none) -> [1 item]"]}

# --- a practice leaves the register -------------------------------------------
# Deleted from the register it was recorded from, it stays in the database
# (its care group's figures, its plans valid): check and sync say so (they
# said nothing). Listed by another register given with it, it moved: no
# warning.
$ mkdir -p leave && cp fixtures/plans/register.yaml leave/register.yaml && ehtrack --db leave.db plan sync leave/register.yaml > /dev/null && sed -i '/"01000003"/,/list_size/d' leave/register.yaml && ehtrack --db leave.db plan check leave/register.yaml
> checked 1 file: 2 practices, 0 plans; 0 errors, 1 warning
! ehtrack: leave/register.yaml: warning: practice 01000003 (Huisarts Dorpsstraat, Zorggroep Rivierenland) was recorded from this register, which no longer lists it: it stays in the database, in its care group's figures, and its plans stay valid; retire them ('ehtrack plan retire ID') if it left
$ head -2 leave/register.yaml > leave/other.yaml && sed -n '/"01000003"/,/list_size/p' fixtures/plans/register.yaml >> leave/other.yaml && ehtrack --db leave.db plan check leave/register.yaml leave/other.yaml
> checked 2 files: 3 practices, 0 plans; 0 errors, 0 warnings

# --- a care group renamed in the register only --------------------------------
# The group's plan still names the old group: after syncing the register
# alone the plan vanished from plan list, status and goals (no filter given)
# without a word, though plan show still had it. Now every tracked plan is
# listed without a filter, and the sync warns, at the practice that took
# the group's last place away, and at every later sync of a register.
$ mkdir -p rename && cp fixtures/plans/register.yaml fixtures/plans/plan-group.yaml rename/ && printf 'goals:\n  - {id: calls, metric: calls_per_day, target: 100, deadline: 2027-06-30}\n' >> rename/plan-group.yaml && ehtrack --db rename.db plan sync rename > /dev/null && sed -i 's/Zorggroep West/Zorggroep West-Utrecht/' rename/register.yaml && ehtrack --db rename.db plan sync rename/register.yaml
> synced 3 practices (0 new, 2 changed) and 0 plans (0 new, 0 changed, 0 unchanged)
! ehtrack: rename/register.yaml:3:5: warning: care group 'Zorggroep West' of plan telemonitoring-west (rename/plan-group.yaml) has no practices left in the register: the plan stays tracked, but its goals have no data and --care-group finds it no more; if the group was renamed, give the plan the new name, or retire it ('ehtrack plan retire telemonitoring-west')
$ ehtrack --db rename.db plan list --format csv | cut -d, -f1,4; ehtrack --db rename.db status --format csv | cut -d, -f1; ehtrack --db rename.db goals --format csv | cut -d, -f1,2,12
> plan,care_group
> telemonitoring-west,Zorggroep West
> plan
> telemonitoring-west
> plan,goal,status
> telemonitoring-west,calls,no_data
$ ehtrack --db rename.db plan check rename/register.yaml
> checked 1 file: 3 practices, 0 plans; 0 errors, 1 warning
! ehtrack: rename/register.yaml: warning: care group 'Zorggroep West' of plan telemonitoring-west (rename/plan-group.yaml) has no practices left in the register: the plan stays tracked, but its goals have no data and --care-group finds it no more; if the group was renamed, give the plan the new name, or retire it ('ehtrack plan retire telemonitoring-west')
$ sed -i 's/^care_group: Zorggroep West$/care_group: Zorggroep West-Utrecht/' rename/plan-group.yaml && ehtrack --db rename.db plan sync rename 2>&1 | tail -1; ehtrack --db rename.db status --care-group 'Zorggroep West-Utrecht' --format csv | cut -d, -f1
> synced 3 practices (0 new, 0 changed) and 1 plan (0 new, 1 changed, 0 unchanged)
> plan
> telemonitoring-west

# A plan synced from inside its directory (`cd plans && plan sync .`) and
# checked from the directory above: the warnings and plan list named
# ./plan-good.yaml, a file that is not there from where they ran; now the
# path that leads to the file from here.
$ mkdir -p sub/plans && cp fixtures/plans/register.yaml fixtures/plans/plan-good.yaml sub/plans/ && ehtrack --db sub.db init > /dev/null && (cd sub/plans && ehtrack --db ../../sub.db plan sync . > /dev/null) && cp sub/plans/plan-good.yaml sub/copy.yaml && ehtrack --db sub.db plan check sub/plans/register.yaml sub/copy.yaml; ehtrack --db sub.db plan list --format csv | cut -d, -f1,8
> checked 2 files: 3 practices, 1 plan; 0 errors, 1 warning
> plan,source
> econsult-gracht,sub/plans/plan-good.yaml
! ehtrack: sub/copy.yaml:1:7: warning: plan id 'econsult-gracht' is tracked from sub/plans/plan-good.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
# plan show's JSON gave the path as plan sync was given it (./plan-good.yaml),
# where its table and plan list give the path from here.
$ ehtrack --db sub.db plan show econsult-gracht --format json | grep -o '"source": "[^"]*"'
> "source": "sub/plans/plan-good.yaml"
$ rm sub/plans/plan-good.yaml && ehtrack --db sub.db plan sync sub/plans > /dev/null
! ehtrack: sub/plans/plan-good.yaml: the file of plan econsult-gracht is gone; if the plan was renamed or has ended, run 'ehtrack plan retire econsult-gracht'

# plan show's term: another practice's plan of 24 hours made every plan of
# 48 read "but the practice is measured against 24" (the term's query
# matched every plan of the database); a retired plan's term, where the
# practice's active plans set one, counts for no practice.
$ mkdir -p terms && printf 'practices:\n  - {agb: "01000001", name: Alfa, care_group: Zorggroep Noord, region: Twente, insurers: [Menzis], list_size: 5000}\n  - {agb: "01000002", name: Beta, care_group: Zorggroep Noord, region: Twente, insurers: [Menzis], list_size: 5000}\n' > terms/register.yaml && for p in "a 01000001 patient_communication 48" "b 01000002 patient_portal 24" "c 01000001 patient_portal 72"; do set -- $p; printf 'plan: %s\ntitle: Test\npractice: "%s"\napplication: {type: %s, name: E-consult}\nsetup: {response_term_hours: %s}\nsolution_directions: [1]\nsteps: {needs: {status: not_started}, vision: {status: not_started}, selection: {status: not_started}, plan: {status: not_started}, implement: {status: not_started}, scale: {status: not_started}}\n' $1 $2 $3 $4 > terms/$1.yaml; done; ehtrack --db terms.db plan sync terms > /dev/null 2>&1 && ehtrack --db terms.db plan retire c > /dev/null && for p in a b c; do ehtrack --db terms.db plan show $p | grep "response term"; done
> response term  48 hours
> response term  24 hours
> response term  72 hours, for no practice now: the plan is retired, and the practice's active e-consult and portal plans set its term (48 hours)
# A scope whose plans are all retired says so (it read "no plans in scope;
# record them with 'ehtrack plan sync PATH'", of plans recorded).
$ mkdir solo && cp fixtures/plans/register.yaml fixtures/plans/plan-good.yaml solo/ && ehtrack --db solo.db init > /dev/null && ehtrack --db solo.db plan sync solo/ > /dev/null && ehtrack --db solo.db plan retire econsult-gracht > /dev/null
$ ehtrack --db solo.db status
> no active plans in scope; 1 retired ('ehtrack status --all' shows it)
$ ehtrack --db solo.db status --practice 01000001 --format csv
> plan,practice,care_group,region,application,steps.needs,steps.vision,steps.selection,steps.plan,steps.implement,steps.scale,current_step,progress,state
