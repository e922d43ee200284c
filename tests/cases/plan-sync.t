# Sync records practices and plans; a changed plan gets a history entry
# saying what changed; an unchanged one gets none; invalid input records
# nothing.
$ ehtrack plan sync fixtures/plans/register.yaml fixtures/plans/plan-good.yaml fixtures/plans/plan-group.yaml
> PLAN                 STATE    CHANGES
> econsult-gracht      created        1
> telemonitoring-west  created        1
> synced 3 practices (3 new, 0 changed) and 2 plans (2 new, 0 changed, 0 unchanged)
$ ehtrack plan sync fixtures/plans/register.yaml fixtures/plans/plan-good.yaml --format json
> [
>   {"plan": "econsult-gracht", "state": "unchanged", "changes": 0}
> ]
$ sed -e 's/implement: {status: in_progress, started: 2026-01-05, mode: pilot, due: 2026-12-18}/implement: {status: done, started: 2026-01-05, completed: 2026-10-30, mode: full}/' -e 's/target: 0.05/target: 0.06/' -e 's/barriers: \[time, ict_costs\]/barriers: [time]/' fixtures/plans/plan-good.yaml > changed.yaml
$ EHTRACK_NOW=2026-11-24T09:30:00 ehtrack plan sync fixtures/plans/register.yaml changed.yaml
> PLAN             STATE    CHANGES
> econsult-gracht  changed        6
> synced 3 practices (0 new, 0 changed) and 1 plan (0 new, 1 changed, 0 unchanged)
! ehtrack: changed.yaml:1:7: warning: plan id 'econsult-gracht' is tracked from fixtures/plans/plan-good.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
$ ehtrack plan history econsult-gracht
> RECORDED                   BY      COMMIT  AUTHOR  CHANGE
> 2026-11-23T12:00:00+01:00  tester  -       -       created
> 2026-11-24T09:30:00+01:00  tester  -       -       steps.implement.status: in_progress -> done
>                                                    steps.implement.completed: (none) -> 2026-10-30
>                                                    steps.implement.due: 2026-12-18 -> (none)
>                                                    steps.implement.mode: pilot -> full
>                                                    goals.share.target: 5.0% -> 6.0%
>                                                    barriers: ["time","ict_costs"] -> ["time"]
$ ehtrack plan history econsult-gracht --format json
> [
>   {"recorded_at": "2026-11-23T12:00:00+01:00", "recorded_by": "tester", "source": "fixtures/plans/plan-good.yaml", "commit": null, "author": null, "uncommitted": null, "changes": ["created"]},
>   {"recorded_at": "2026-11-24T09:30:00+01:00", "recorded_by": "tester", "source": "changed.yaml", "commit": null, "author": null, "uncommitted": null, "changes": ["steps.implement.status: in_progress -> done", "steps.implement.completed: (none) -> 2026-10-30", "steps.implement.due: 2026-12-18 -> (none)", "steps.implement.mode: pilot -> full", "goals.share.target: 5.0% -> 6.0%", "barriers: [\"time\",\"ict_costs\"] -> [\"time\"]"]}
> ]
$ ehtrack plan list
> PLAN                 TITLE                             PRACTICE  CARE GROUP      TYPE                   STATE   SYNCED                     SOURCE
> econsult-gracht      E-consult invoeren                01000001  Zorggroep West  patient_communication  active  2026-11-24T09:30:00+01:00  changed.yaml
> telemonitoring-west  Telemonitoring voor de zorggroep  -         Zorggroep West  telemonitoring         active  2026-11-23T12:00:00+01:00  fixtures/plans/plan-group.yaml
$ ehtrack plan show econsult-gracht
> plan           econsult-gracht
> title          E-consult invoeren
> practice       01000001 Praktijk Aan de Gracht
> care group     Zorggroep West
> region         Utrecht
> application    patient_communication: E-consult via het portaal (Voorbeeld BV)
> directions     1, 2
> progress       5 of 6 steps (83%), current step: scale
> response term  48 hours
> source         changed.yaml
> synced         2026-11-24T09:30:00+01:00
> state          active
>
> STEP       STATUS       STARTED     COMPLETED   DUE  OWNER            CHECKLIST
> needs      done         2025-09-01  2025-09-30  -    praktijkmanager  2/2
> vision     done         2025-10-01  2025-10-20  -    -                -
> selection  skipped      -           -           -    -                -
> plan       done         2025-10-21  2025-12-19  -    -                -
> implement  done         2026-01-05  2026-10-30  -    -                -
> scale      not_started  -           -           -    -                -
>
> GOAL   METRIC          BASELINE                TARGET            DEADLINE
> share  econsult_share  -                       6.0%              2026-12-31
> calls  calls_per_day   2025-09-01..2025-11-30  -10% of baseline  2026-12-31
$ ehtrack plan show econsult-gracht --format json
> {"plan": "econsult-gracht", "title": "E-consult invoeren", "practice": "01000001", "application": {"type": "patient_communication", "name": "E-consult via het portaal", "vendor": "Voorbeeld BV"}, "solution_directions": [1, 2], "steps": {"needs": {"status": "done", "started": "2025-09-01", "completed": "2025-09-30", "owner": "praktijkmanager", "checklist": {"needs_mapped": true, "together": true}}, "vision": {"status": "done", "started": "2025-10-01", "completed": "2025-10-20"}, "selection": {"status": "skipped", "notes": "Leverancier stond al vast"}, "plan": {"status": "done", "started": "2025-10-21", "completed": "2025-12-19"}, "implement": {"status": "done", "started": "2026-01-05", "completed": "2026-10-30", "mode": "full"}, "scale": {"status": "not_started", "decision": "undecided"}}, "setup": {"response_term_hours": 48, "triage": "assistant", "answer_moment": "fixed"}, "goals": {"share": {"metric": "econsult_share", "target": 0.06, "deadline": "2026-12-31"}, "calls": {"metric": "calls_per_day", "change": -0.1, "baseline": {"from": "2025-09-01", "to": "2025-11-30"}, "deadline": "2026-12-31"}}, "risks": [{"risk": "Assistenten overbelast", "likelihood": "medium", "impact": "high", "mitigation": "Vaste momenten"}], "costs": {"one_off_eur": 2500, "yearly_eur": 1800, "funding": ["segment3", "own"]}, "barriers": ["time"], "notes": "Pilot met twee huisartsen.", "progress": 0.8333333333333334, "current_step": "scale", "source": "changed.yaml", "synced_at": "2026-11-24T09:30:00+01:00", "retired_at": null, "register": {"name": "Praktijk Aan de Gracht", "care_group": "Zorggroep West", "region": "Utrecht"}}
# CSV carries the table's CHECKLIST (5/6: items ticked of those listed),
# which it left out, as two numbers: a spreadsheet reads 5/6 as a date.
$ ehtrack --db esch.db plan sync plans/register.yaml plans/econsult-de-esch.yaml > /dev/null && ehtrack --db esch.db plan show econsult-de-esch | grep -E '^(STEP|vision|implement) ' && ehtrack --db esch.db plan show econsult-de-esch --format csv
> STEP       STATUS       STARTED     COMPLETED   DUE         OWNER                   CHECKLIST
> vision     done         2025-09-29  2025-10-24  -           huisarts (mw. Nijhuis)  5/6
> implement  done         2026-01-12  2026-06-30  -           praktijkmanager         11/12
> step,status,started,completed,due,owner,checklist_done,checklist_items
> needs,done,2025-09-01,2025-09-26,,praktijkmanager,4,4
> vision,done,2025-09-29,2025-10-24,,huisarts (mw. Nijhuis),5,6
> selection,done,2025-10-27,2025-11-21,,praktijkmanager,6,6
> plan,done,2025-11-24,2025-12-19,2025-12-19,praktijkmanager,8,8
> implement,done,2026-01-12,2026-06-30,,praktijkmanager,11,12
> scale,in_progress,2026-07-06,,2027-01-31,huisarts (mw. Nijhuis),2,3
# The practice of a practice's plan as the register has it (the plan names
# it by AGB only); a care group's plan has none.
$ ehtrack plan show telemonitoring-west --format json | grep -o '"register": [^,]*'
> "register": null}
$ ehtrack plan show econsult-grach
! ehtrack: no plan 'econsult-grach' is tracked; did you mean 'econsult-gracht'?
? 1
$ ehtrack plan history nothing-here
! ehtrack: no plan 'nothing-here' is tracked (see 'ehtrack plan list')
? 1
# Errors: nothing is recorded.
$ ehtrack plan sync fixtures/plans/register.yaml fixtures/plans/plan-steps.yaml
! ehtrack: fixtures/plans/plan-steps.yaml:1:1: warning: the plan step is done but the plan has no goals; goals make results measurable (SMART)
! ehtrack: fixtures/plans/plan-steps.yaml:7:3: steps is missing required key 'implement'
! ehtrack: fixtures/plans/plan-steps.yaml:7:19: step status must be one of not_started | in_progress | done | skipped (got 'finished')
! ehtrack: fixtures/plans/plan-steps.yaml:8:20: step vision is done, so it needs completed: YYYY-MM-DD
! ehtrack: fixtures/plans/plan-steps.yaml:9:23: step selection is in_progress, so it needs started: YYYY-MM-DD
! ehtrack: fixtures/plans/plan-steps.yaml:10:56: step plan: completed 2025-11-18 is before started 2025-12-20; dates must not run backwards
! ehtrack: fixtures/plans/plan-steps.yaml:10:68: unknown key 'mode' in step plan (expected one of: status, started, completed, due, owner, notes, checklist)
! ehtrack: fixtures/plans/plan-steps.yaml:11:3: unknown key 'implementation' in steps (expected one of: needs, vision, selection, plan, implement, scale)
! ehtrack: fixtures/plans/plan-steps.yaml:12:19: warning: step scale is not_started but has a started date; for a planned date use due
! ehtrack: fixtures/plans/plan-steps.yaml:12:80: a checklist item must be true or false (got 'maybe')
! ehtrack: fixtures/plans/plan-steps.yaml:12:87: unknown scale checklist item 'sharing' (expected one of: scale_decided | experience_shared | communication_used)
! ehtrack: nothing recorded: 9 errors (fix them, then sync again)
? 1
$ sqlite3 ehtrack.db "SELECT count(*) FROM plans; SELECT count(*) FROM plan_history"
> 2
> 3
# A practice moved to another care group in a new register version. The
# old file still lists it otherwise: synced, each file would move it back
# and forth (silently, before), so the sync warns, and goes on.
$ sed 's/care_group: Zorggroep Rivierenland/care_group: Zorggroep West/' fixtures/plans/register.yaml > register2.yaml
$ ehtrack plan sync register2.yaml
> synced 3 practices (0 new, 1 changed) and 0 plans (0 new, 0 changed, 0 unchanged)
! ehtrack: register2.yaml:15:10: warning: AGB code 01000003 is recorded from fixtures/plans/register.yaml:15, which still lists it as 'Huisarts Dorpsstraat' of Zorggroep Rivierenland, Gelderland; synced, this file's entry replaces it: keep each practice in one register, or the two files move it back and forth
$ sqlite3 ehtrack.db "SELECT agb, care_group FROM practices ORDER BY agb"
> 01000001|Zorggroep West
> 01000002|Zorggroep West
> 01000003|Zorggroep West
#
# Each change is one line, named as the plan file names it: a checklist
# item is true or false (it showed 1 and 0), a key with '_' or '-' is
# written bare (it was quoted: goals."share-x"), and a line break in a
# text is shown as \n (it split the change over two lines of the table
# and of the CSV).
$ sed -e 's/together: true/together: false/' -e 's/needs_mapped: true/needs_mapped: true, digitisation_team: true/' -e 's/id: share,/id: share-x,/' -e 's/notes: Pilot met twee huisartsen./notes: "Pilot met\\ntwee huisartsen."/' fixtures/plans/plan-good.yaml > checklist.yaml
$ EHTRACK_NOW=2026-11-25T10:00:00 ehtrack plan sync checklist.yaml > /dev/null && ehtrack plan history econsult-gracht --format csv | tail -1
> 2026-11-25T10:00:00+01:00,tester,checklist.yaml,,,,"steps.needs.checklist.digitisation_team: (none) -> true; steps.needs.checklist.together: true -> false; steps.implement.status: done -> in_progress; steps.implement.due: (none) -> 2026-12-18; steps.implement.completed: 2026-10-30 -> (none); steps.implement.mode: full -> pilot; goals.share-x: (none) -> {...}; goals.share: {...} -> (none); barriers: [""time""] -> [""time"",""ict_costs""]; notes: Pilot met twee huisartsen. -> Pilot met\ntwee huisartsen."
! ehtrack: checklist.yaml:1:7: warning: plan id 'econsult-gracht' is tracked from changed.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
#
# A text of at most 60 characters is shown, counted in characters: a
# title of 31 Ñ (62 bytes) showed as (changed).
$ sed -e "s/^title: .*/title: $(printf 'Ñ%.0s' $(seq 31))/" fixtures/plans/plan-good.yaml > accents.yaml && EHTRACK_NOW=2026-11-26T10:00:00 ehtrack plan sync accents.yaml > /dev/null && ehtrack plan history econsult-gracht --format csv | tail -1 | grep -o 'title: [^;]*'
> title: E-consult invoeren -> ÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑ
! ehtrack: accents.yaml:1:7: warning: plan id 'econsult-gracht' is tracked from checklist.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
# The same goals in another order: the order is the change (the entry
# named none).
$ sed -e '16{h;d}' -e '21G' accents.yaml > reordered.yaml && EHTRACK_NOW=2026-11-27T10:00:00 ehtrack plan sync reordered.yaml 2> /dev/null | head -2 && ehtrack plan history econsult-gracht --format csv | tail -1
> PLAN             STATE    CHANGES
> econsult-gracht  changed        1
> 2026-11-27T10:00:00+01:00,tester,reordered.yaml,,,,"goals (order): share, calls -> calls, share"
# Put back in their order in an edit that also changes a risk and the
# notes: the order is told where the goals stand, before the risks and
# the notes below them (it came last, after both).
$ sed -e 's/likelihood: medium/likelihood: high/' -e 's/^notes: .*/notes: Pilot met drie huisartsen./' accents.yaml > back.yaml && EHTRACK_NOW=2026-11-28T10:00:00 ehtrack plan sync back.yaml > /dev/null 2>&1 && ehtrack plan history econsult-gracht --format csv | tail -1
> 2026-11-28T10:00:00+01:00,tester,back.yaml,,,,"goals (order): calls, share -> share, calls; risks[0].likelihood: medium -> high; notes: Pilot met twee huisartsen. -> Pilot met drie huisartsen."
#
# A file that holds the id of a plan tracked from another file, which still
# holds it, takes the plan over: how an edited copy replaces a plan
# (changed.yaml above), and how a copy meant for another plan whose id was
# not changed hijacks it, each file synced after the other writing changes
# nobody made into its history. Only the user knows which, so sync (and
# check) warn; they said nothing. A plan that moved is recorded from its
# new place without a word.
$ mkdir own && cp fixtures/plans/plan-good.yaml own/econsult.yaml && ehtrack --db claimed.db plan sync fixtures/plans/register.yaml own/econsult.yaml > /dev/null
$ sed 's/^title: .*/title: Kopie voor beeldbellen/' own/econsult.yaml > own/video.yaml && ehtrack --db claimed.db plan sync fixtures/plans/register.yaml own/video.yaml | tail -1
> synced 3 practices (0 new, 0 changed) and 1 plan (0 new, 1 changed, 0 unchanged)
! ehtrack: own/video.yaml:1:7: warning: plan id 'econsult-gracht' is tracked from own/econsult.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
$ ehtrack --db claimed.db plan check fixtures/plans/register.yaml own/econsult.yaml
> checked 2 files: 3 practices, 1 plan; 0 errors, 1 warning
! ehtrack: own/econsult.yaml:1:7: warning: plan id 'econsult-gracht' is tracked from own/video.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
$ mkdir moved && mv own/econsult.yaml moved/ && rm own/video.yaml && ehtrack --db claimed.db plan sync fixtures/plans/register.yaml moved/econsult.yaml | tail -1
> synced 3 practices (0 new, 0 changed) and 1 plan (0 new, 1 changed, 0 unchanged)
#
# A folder that holds neither a register nor a plan (empty, or the wrong
# one) has nothing to record: no database is created (an empty one was,
# and the next command found a database with no practices in it). Where a
# database exists, the same sync still runs: plans whose files are gone
# from the folder are named.
$ mkdir -p noplans && ehtrack --db fresh.db plan sync noplans
! ehtrack: noplans: warning: the directory holds no .yaml or .yml file: nothing in it was read
! ehtrack: nothing recorded: no register or plan was read, so no database was created at fresh.db
$ test -e fresh.db
? 1
$ mkdir -p gone && cp fixtures/plans/register.yaml fixtures/plans/plan-good.yaml gone/ && ehtrack --db gone.db plan sync gone > /dev/null && rm gone/*.yaml && ehtrack --db gone.db plan sync gone
> PLAN             STATE  CHANGES
> econsult-gracht  gone         -
> synced 0 practices (0 new, 0 changed) and 0 plans (0 new, 0 changed, 0 unchanged)
> 1 tracked plan is gone from its file
! ehtrack: gone: warning: the directory holds no .yaml or .yml file: nothing in it was read
! ehtrack: gone/plan-good.yaml: the file of plan econsult-gracht is gone; if the plan was renamed or has ended, run 'ehtrack plan retire econsult-gracht'
