# ehtrack generate: synthetic canonical logs (docs/generate.md).

# A month of logs for the example register and its plans.
$ ehtrack generate plans/ --out out --from 2026-01-01 --to 2026-01-31 --seed 7
> out/consults.csv: 47811 rows
> out/messages.csv: 1906 rows
> out/calls.csv: 67670 rows
> out/survey.csv: 9 rows
> out/registrations.csv: 16 rows

# Canonical headers, rows by practice then time.
$ head -3 out/consults.csv out/messages.csv out/calls.csv
> ==> out/consults.csv <==
> id,practice,start,patient,channel,role,minutes,reason
> 94970001,01053021,2026-01-01T12:32,10046,phone,gp,9,followup
> 94980001,01053021,2026-01-02T08:16,16342,f2f,poh,10,
>
> ==> out/messages.csv <==
> id,practice,received,answered,patient,channel
> 94970001,01053021,2026-01-01T11:58,2026-01-05T09:45,11802,econsult
> 94970002,01053021,2026-01-01T14:23,2026-01-02T09:57,13713,whatsapp
>
> ==> out/calls.csv <==
> id,practice,start,direction,wait_s,talk_s,outcome
> 94970001,01053021,2026-01-01T11:41,in,60,0,voicemail
> 94980001,01053021,2026-01-02T08:00,in,160,213,answered

$ cat out/survey.csv
> practice,date,respondents,aware
> 01053412,2026-01-14,44,7
> 01053590,2026-01-14,165,26
> 01061104,2026-01-05,78,12
> 01061452,2026-01-19,189,25
> 01061587,2026-01-22,154,22
> 01072018,2026-01-07,168,33
> 01072143,2026-01-07,83,9
> 01072296,2026-01-06,132,17
> 01072371,2026-01-19,56,7

# The same seed writes the same bytes.
$ ehtrack generate plans/ --out again --from 2026-01-01 --to 2026-01-31 --seed 7 >/dev/null && cmp out/consults.csv again/consults.csv && cmp out/messages.csv again/messages.csv && echo same
> same

# A longer period leaves the days it shares with a shorter one as they
# were, so an id stands for the same consult in both files (January came
# out different under the same ids when --to was later).
$ ehtrack generate plans/ --out longer --from 2026-01-01 --to 2026-02-28 --seed 7 >/dev/null && for f in consults calls; do grep -c ',2026-01-' out/$f.csv; grep ',2026-01-' out/$f.csv > a.csv; grep ',2026-01-' longer/$f.csv > b.csv; cmp a.csv b.csv && echo "$f: January the same"; done
> 47811
> consults: January the same
> 67670
> calls: January the same

# Exactly the consults asked for, and broken rows on request.
$ ehtrack generate plans/ --out small --from 2026-01-01 --to 2026-01-31 --consults 1000 --errors 2
> small/consults.csv: 1002 rows (2 broken)
> small/messages.csv: 43 rows (2 broken)
> small/calls.csv: 1396 rows (2 broken)
> small/survey.csv: 8 rows (2 broken)
> small/registrations.csv: 18 rows (2 broken)

# Usage errors.
$ ehtrack generate --out out
! ehtrack: generate: name a register and plans (files or directories), or --practices N
! usage: ehtrack generate (PATH... | --practices N) --out DIR [--from D] [--to D] [--seed N] [--consults N] [--errors N]
? 2

$ ehtrack generate plans/ --practices 3 --out out
! ehtrack: generate: give either PATH... or --practices N, not both
! usage: ehtrack generate (PATH... | --practices N) --out DIR [--from D] [--to D] [--seed N] [--consults N] [--errors N]
? 2

$ ehtrack generate plans/ --out out --from 2026-02-01 --to 2026-01-01
! ehtrack: generate: --from is after --to
! usage: ehtrack generate (PATH... | --practices N) --out DIR [--from D] [--to D] [--seed N] [--consults N] [--errors N]
? 2

$ ehtrack generate plans/ --out out --seed -1
! ehtrack: generate: --seed must be a non-negative whole number (got '-1')
! usage: ehtrack generate (PATH... | --practices N) --out DIR [--from D] [--to D] [--seed N] [--consults N] [--errors N]
? 2

# A register with an error is refused, nothing is written.
$ printf 'practices:\n  - agb: "123"\n    name: X\n' > bad.yaml; ehtrack generate bad.yaml --out nothing; echo "exit $?"; test -e nothing || echo "nothing written"
> exit 1
> nothing written
! ehtrack: bad.yaml:2:5: practice is missing required key 'care_group'
! ehtrack: bad.yaml:2:5: practice is missing required key 'region'
! ehtrack: bad.yaml:2:5: practice is missing required key 'insurers'
! ehtrack: bad.yaml:2:5: practice is missing required key 'list_size'
! ehtrack: bad.yaml:2:10: AGB code must be exactly 8 digits (got '123')
! ehtrack: nothing generated: 5 errors in the register and plans

# An invented register of three practices with their plans; plan check passes.
$ ehtrack generate --practices 3 --out inv --from 2026-01-01 --to 2026-01-31
> inv/register.yaml: 3 practices
> inv/plans: 3 plans
> inv/consults.csv: 8895 rows
> inv/messages.csv: 847 rows
> inv/calls.csv: 11277 rows
> inv/survey.csv: 1 row
> inv/registrations.csv: 3 rows

$ ehtrack plan check inv
> checked 4 files: 3 practices, 3 plans; 0 errors, 0 warnings

$ ls inv inv/plans
> inv:
> calls.csv
> consults.csv
> messages.csv
> plans
> register.yaml
> registrations.csv
> survey.csv
>
> inv/plans:
> econsult-01804232.yaml
> econsult-01812151.yaml
> econsult-01820070.yaml

# --practices into a directory whose plans/ holds a plan generate did not
# write: refused before anything is written (the register and plans were
# replaced, the logs kept, and "nothing generated" said otherwise).
$ ehtrack generate --practices 5 --out keep --from 2026-01-01 --to 2026-01-10 > /dev/null && printf 'plan: mijn-plan\n' > keep/plans/mijn-plan.yaml && md5sum keep/register.yaml > keep.md5 && ls keep/plans | wc -l && ehtrack generate --practices 3 --seed 2 --out keep --from 2026-01-01 --to 2026-01-10; echo "exit $?"; md5sum -c --quiet keep.md5 && ls keep/plans | wc -l
> 6
> exit 1
> 6
! ehtrack: keep/plans/mijn-plan.yaml: a plan that generate did not write: --practices writes a register of its own, which this plan's practice is not in; nothing generated (use another --out, or move the plan away)

# The invented plans' call baselines lie in the generated period (a week
# before it at most): a plan whose implementation started before it
# measures the logs' first 13 weeks (13 of 50 baselines lay before the
# logs, 10 of them wholly).
$ ehtrack generate --practices 50 --seed 9 --from 2025-06-01 --to 2026-05-31 --out base50 > /dev/null && grep -ho 'baseline: {from: [0-9-]*' base50/plans/*.yaml | sort | head -1
> baseline: {from: 2025-06-01

# Interrupted (SIGINT, SIGTERM, SIGHUP: a background job here ignores
# SIGINT, so SIGTERM), generate leaves no .csv.tmp behind (it left five).
$ ehtrack generate --practices 2000 --out big --from 2025-01-01 --to 2026-11-30 > /dev/null 2>&1 & p=$!; for i in $(seq 400); do [ -e big/consults.csv.tmp ] && break; sleep 0.05; done; kill -TERM $p; { wait $p; } 2> /dev/null; echo "exit $?"; ls big | grep -c 'tmp$'
> exit 143
> 0
? 1
