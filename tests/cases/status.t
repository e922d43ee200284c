# status: the six steps of every plan in scope, its current step and
# progress; filters by practice, care group, region and insurer.
$ ehtrack plan sync fixtures/plans/register.yaml fixtures/plans/plan-good.yaml fixtures/plans/plan-group.yaml fixtures/plans/plan-smart.yaml > /dev/null
! ehtrack: fixtures/plans/plan-smart.yaml:15:5: warning: goal met: the baseline 6.0% already meets the target 5.0% (econsult_share is higher-is-better)
! ehtrack: fixtures/plans/plan-smart.yaml:16:5: warning: goal up: calls_per_day is lower-is-better, but a change of +10% puts the target above the baseline
! ehtrack: fixtures/plans/plan-smart.yaml:17:5: warning: goal early: deadline 2025-06-30 is before the plan started (2025-09-01)
! ehtrack: fixtures/plans/plan-smart.yaml:18:5: warning: goal far: deadline 2030-12-31 is more than three years ahead; a SMART goal is time-bound
$ ehtrack status
> PLAN                 PRACTICE  CARE GROUP              NVSPIS  CURRENT    DONE
> smart-warnings       01000003  Zorggroep Rivierenland  ####>.  implement   67%
> telemonitoring-west  -         Zorggroep West          #>....  vision      17%
> econsult-gracht      01000001  Zorggroep West          ##-#>.  implement   67%
>
> NVSPIS: needs vision selection plan implement scale
>         # done  > in progress  . not started  - skipped
$ ehtrack status --format json
> [
>   {"plan": "smart-warnings", "practice": "01000003", "care_group": "Zorggroep Rivierenland", "region": "Gelderland", "application": "E-consult", "steps": {"needs": "done", "vision": "done", "selection": "done", "plan": "done", "implement": "in_progress", "scale": "not_started"}, "current_step": "implement", "progress": 0.6666666666666666, "state": "active"},
>   {"plan": "telemonitoring-west", "practice": null, "care_group": "Zorggroep West", "region": "Utrecht", "application": "Thuismeten", "steps": {"needs": "done", "vision": "in_progress", "selection": "not_started", "plan": "not_started", "implement": "not_started", "scale": "not_started"}, "current_step": "vision", "progress": 0.16666666666666666, "state": "active"},
>   {"plan": "econsult-gracht", "practice": "01000001", "care_group": "Zorggroep West", "region": "Utrecht", "application": "E-consult via het portaal", "steps": {"needs": "done", "vision": "done", "selection": "skipped", "plan": "done", "implement": "in_progress", "scale": "not_started"}, "current_step": "implement", "progress": 0.6666666666666666, "state": "active"}
> ]
$ ehtrack status --format csv
> plan,practice,care_group,region,application,steps.needs,steps.vision,steps.selection,steps.plan,steps.implement,steps.scale,current_step,progress,state
> smart-warnings,01000003,Zorggroep Rivierenland,Gelderland,E-consult,done,done,done,done,in_progress,not_started,implement,0.6666666666666666,active
> telemonitoring-west,,Zorggroep West,Utrecht,Thuismeten,done,in_progress,not_started,not_started,not_started,not_started,vision,0.16666666666666666,active
> econsult-gracht,01000001,Zorggroep West,Utrecht,E-consult via het portaal,done,done,skipped,done,in_progress,not_started,implement,0.6666666666666666,active
$ ehtrack status --practice 01000002
> PLAN                 PRACTICE  CARE GROUP      NVSPIS  CURRENT  DONE
> telemonitoring-west  -         Zorggroep West  #>....  vision    17%
>
> NVSPIS: needs vision selection plan implement scale
>         # done  > in progress  . not started  - skipped
$ ehtrack status --care-group "Zorggroep Rivierenland" --format json
> [
>   {"plan": "smart-warnings", "practice": "01000003", "care_group": "Zorggroep Rivierenland", "region": "Gelderland", "application": "E-consult", "steps": {"needs": "done", "vision": "done", "selection": "done", "plan": "done", "implement": "in_progress", "scale": "not_started"}, "current_step": "implement", "progress": 0.6666666666666666, "state": "active"}
> ]
$ ehtrack status --region Utrecht
> PLAN                 PRACTICE  CARE GROUP      NVSPIS  CURRENT    DONE
> telemonitoring-west  -         Zorggroep West  #>....  vision      17%
> econsult-gracht      01000001  Zorggroep West  ##-#>.  implement   67%
>
> NVSPIS: needs vision selection plan implement scale
>         # done  > in progress  . not started  - skipped
$ ehtrack status --insurer VGZ
> PLAN            PRACTICE  CARE GROUP              NVSPIS  CURRENT    DONE
> smart-warnings  01000003  Zorggroep Rivierenland  ####>.  implement   67%
>
> NVSPIS: needs vision selection plan implement scale
>         # done  > in progress  . not started  - skipped
$ ehtrack status --insurer Onbekend
! ehtrack: no insurer 'Onbekend' in the database; known: CZ, Menzis, VGZ, Zilveren Kruis
? 1
# Of a register of 60 practices with long names, the list stops where
# the message has room and says how many there are (it was cut off in
# the middle of a name, the count lost, and import's hint with it).
$ { echo "practices:"; for i in $(seq 1 60); do printf '  - agb: "%08d"\n    name: Huisartsenpraktijk Nummer %d Met Een Lange Naam\n    care_group: Zorggroep Groot\n    region: Twente\n    insurers: [Menzis]\n    list_size: 2500\n' $((90200000 + i)) $i; done; } > big.yaml && ehtrack --db big.db plan sync big.yaml
> synced 60 practices (60 new, 0 changed) and 0 plans (0 new, 0 changed, 0 unchanged)
$ ehtrack --db big.db status --practice 90299999 2> err.txt; echo "exit $?"; grep -o '[^,]*, [.][.][.] (60 in all).*' err.txt; wc -c < err.txt
> exit 1
>  90200017 Huisartsenpraktijk Nummer 17 Met Een Lange Naam, ... (60 in all)
> 1049
$ printf 'id,start,patient,channel,role,minutes,reason\n' > none.csv && ehtrack --db big.db import consults none.csv --practice 90299999 2> err.txt; echo "exit $?"; grep -o '[^,]*, [.][.][.] (60 in all).*' err.txt
> exit 2
>  90200017 Huisartsenpraktijk Nummer 17 Met Een Lange Naam, ... (60 in all) (a practice new to the register is recorded with 'ehtrack plan sync' first)
# Filters that no practice meets together are said to be (it read "no
# plans in scope; record them with 'ehtrack plan sync PATH'"), with the
# insurers the region's practices have (it named none).
$ ehtrack status --region Gelderland --insurer CZ
! ehtrack: no practice is in every filter given (--region 'Gelderland' --insurer 'CZ'; filters combine with AND): the practices of region 'Gelderland' have insurers VGZ, Menzis
? 1
