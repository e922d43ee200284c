# plan check: every rule of interface.md section 2, each problem with
# FILE:LINE:COL and what is expected; all problems of a file, not the first.
$ ehtrack plan check fixtures/plans/register.yaml fixtures/plans/plan-good.yaml
> checked 2 files: 3 practices, 1 plan; 0 errors, 0 warnings
$ ehtrack plan check fixtures/plans/register-bad.yaml
> checked 1 file: 4 practices, 0 plans; 10 errors, 0 warnings
! ehtrack: fixtures/plans/register-bad.yaml:2:10: AGB code must be exactly 8 digits (got '1000004'); quote it, "01000004", so leading zeros are kept
! ehtrack: fixtures/plans/register-bad.yaml:8:10: AGB code must be exactly 8 digits (got '0100000X')
! ehtrack: fixtures/plans/register-bad.yaml:12:20: insurer 'CZ' is listed twice
! ehtrack: fixtures/plans/register-bad.yaml:13:16: list_size must be from 1 to 1000000 (got 0)
! ehtrack: fixtures/plans/register-bad.yaml:18:15: insurers must name at least one insurer (the first is the lead insurer)
! ehtrack: fixtures/plans/register-bad.yaml:20:5: unknown key 'regio' in practice; did you mean 'region'?
! ehtrack: fixtures/plans/register-bad.yaml:21:5: practice is missing required key 'agb'
! ehtrack: fixtures/plans/register-bad.yaml:21:5: practice is missing required key 'region'
! ehtrack: fixtures/plans/register-bad.yaml:23:15: insurers must be a list, got a value: write it in brackets, [CZ], or one '- ' item per line
! ehtrack: fixtures/plans/register-bad.yaml:24:16: list_size must be a whole number (got 'veel')
? 1
$ ehtrack plan check fixtures/plans/register.yaml fixtures/plans/register-bad.yaml
> checked 2 files: 7 practices, 0 plans; 11 errors, 0 warnings
! ehtrack: fixtures/plans/register-bad.yaml:2:10: AGB code must be exactly 8 digits (got '1000004'); quote it, "01000004", so leading zeros are kept
! ehtrack: fixtures/plans/register-bad.yaml:8:10: AGB code must be exactly 8 digits (got '0100000X')
! ehtrack: fixtures/plans/register-bad.yaml:12:20: insurer 'CZ' is listed twice
! ehtrack: fixtures/plans/register-bad.yaml:13:16: list_size must be from 1 to 1000000 (got 0)
! ehtrack: fixtures/plans/register-bad.yaml:14:10: AGB code 01000001 is already used by 'Praktijk Aan de Gracht' at fixtures/plans/register.yaml:3:10; AGB codes are unique
! ehtrack: fixtures/plans/register-bad.yaml:18:15: insurers must name at least one insurer (the first is the lead insurer)
! ehtrack: fixtures/plans/register-bad.yaml:20:5: unknown key 'regio' in practice; did you mean 'region'?
! ehtrack: fixtures/plans/register-bad.yaml:21:5: practice is missing required key 'agb'
! ehtrack: fixtures/plans/register-bad.yaml:21:5: practice is missing required key 'region'
! ehtrack: fixtures/plans/register-bad.yaml:23:15: insurers must be a list, got a value: write it in brackets, [CZ], or one '- ' item per line
! ehtrack: fixtures/plans/register-bad.yaml:24:16: list_size must be a whole number (got 'veel')
? 1
$ ehtrack plan check fixtures/plans/register.yaml fixtures/plans/plan-keys.yaml
> checked 2 files: 3 practices, 1 plan; 5 errors, 1 warning
! ehtrack: fixtures/plans/plan-keys.yaml:1:1: plan is missing required key 'title'
! ehtrack: fixtures/plans/plan-keys.yaml:1:1: plan is missing required key 'application'
! ehtrack: fixtures/plans/plan-keys.yaml:1:1: warning: the plan step is done but the plan has no goals; goals make results measurable (SMART)
! ehtrack: fixtures/plans/plan-keys.yaml:1:7: plan id must be lower-case letters, digits and '-', starting with a letter or digit, at most 64 characters (got 'Econsult_Oost')
! ehtrack: fixtures/plans/plan-keys.yaml:2:1: unknown key 'titel' in plan; did you mean 'title'?
! ehtrack: fixtures/plans/plan-keys.yaml:4:1: unknown key 'aplication' in plan; did you mean 'application'?
? 1
$ ehtrack plan check fixtures/plans/register.yaml fixtures/plans/plan-steps.yaml
> checked 2 files: 3 practices, 1 plan; 9 errors, 2 warnings
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
? 1
$ ehtrack plan check fixtures/plans/register.yaml fixtures/plans/plan-goals.yaml
> checked 2 files: 3 practices, 1 plan; 10 errors, 0 warnings
! ehtrack: fixtures/plans/plan-goals.yaml:14:21: unknown metric 'econsult_shares'; did you mean 'econsult_share'?
! ehtrack: fixtures/plans/plan-goals.yaml:15:45: goal b: econsult_share is a fraction from 0 to 1, so target 5 is impossible (5% is written 0.05)
! ehtrack: fixtures/plans/plan-goals.yaml:16:5: goal is missing required key 'deadline'
! ehtrack: fixtures/plans/plan-goals.yaml:17:56: goal d: give either target (absolute) or change (relative to the baseline), not both
! ehtrack: fixtures/plans/plan-goals.yaml:18:44: goal e: a relative change needs a baseline: {value: X} or {from: D, to: D}
! ehtrack: fixtures/plans/plan-goals.yaml:19:60: baseline takes either value or from and to, not both
! ehtrack: fixtures/plans/plan-goals.yaml:20:83: baseline to is before baseline from
! ehtrack: fixtures/plans/plan-goals.yaml:21:5: goal id 'a' is used twice in this plan (line 14); give each goal its own id
! ehtrack: fixtures/plans/plan-goals.yaml:22:40: target must be a number; write a percentage as a fraction (5% is 0.05), got '5%'
! ehtrack: fixtures/plans/plan-goals.yaml:23:52: deadline must be a date YYYY-MM-DD (got '31-12-2026')
? 1
$ ehtrack plan check fixtures/plans/register.yaml fixtures/plans/plan-misc.yaml
> checked 2 files: 3 practices, 1 plan; 12 errors, 0 warnings
! ehtrack: fixtures/plans/plan-misc.yaml:4:13: a plan belongs to a practice or to a care group, not both
! ehtrack: fixtures/plans/plan-misc.yaml:5:21: application type must be one of provider_communication | patient_communication | health_information | patient_portal | measurement_devices | telemonitoring | self_help_programmes (got 'e_consult')
! ehtrack: fixtures/plans/plan-misc.yaml:6:23: solution direction must be from 1 to 11 (got 0)
! ehtrack: fixtures/plans/plan-misc.yaml:6:26: solution direction must be from 1 to 11 (got 12)
! ehtrack: fixtures/plans/plan-misc.yaml:6:33: solution direction 1 is listed twice
! ehtrack: fixtures/plans/plan-misc.yaml:14:30: response_term_hours must be from 1 to 720 (got 0)
! ehtrack: fixtures/plans/plan-misc.yaml:14:41: triage must be one of assistant | clinician | shared (got 'doctor')
! ehtrack: fixtures/plans/plan-misc.yaml:15:36: level must be one of low | medium | high (got 'very_high')
! ehtrack: fixtures/plans/plan-misc.yaml:15:48: risk is missing required key 'risk'
! ehtrack: fixtures/plans/plan-misc.yaml:16:22: one_off_eur must not be negative
! ehtrack: fixtures/plans/plan-misc.yaml:16:38: funding source must be one of segment3 | subsidy | care_group | own | insurer_module (got 'bank')
! ehtrack: fixtures/plans/plan-misc.yaml:17:12: barrier must be one of financing | ict_costs | contracting | time | affinity | professional_vision | practice_organisation | regional_collaboration (got 'money')
? 1
# Warnings alone leave the exit status 0.
$ ehtrack plan check fixtures/plans/register.yaml fixtures/plans/plan-smart.yaml
> checked 2 files: 3 practices, 1 plan; 0 errors, 4 warnings
! ehtrack: fixtures/plans/plan-smart.yaml:15:5: warning: goal met: the baseline 6.0% already meets the target 5.0% (econsult_share is higher-is-better)
! ehtrack: fixtures/plans/plan-smart.yaml:16:5: warning: goal up: calls_per_day is lower-is-better, but a change of +10% puts the target above the baseline
! ehtrack: fixtures/plans/plan-smart.yaml:17:5: warning: goal early: deadline 2025-06-30 is before the plan started (2025-09-01)
! ehtrack: fixtures/plans/plan-smart.yaml:18:5: warning: goal far: deadline 2030-12-31 is more than three years ahead; a SMART goal is time-bound
# A deadline inside its own baseline period: the goal ends before its
# reference is known.
$ sed -e '/^goals:/,$d' fixtures/plans/plan-smart.yaml > late-base.yaml && printf 'goals:\n  - {id: inside, metric: calls_per_day, baseline: {from: 2026-01-01, to: 2026-06-30}, change: -0.2, deadline: 2026-03-31}\n  - {id: same, metric: calls_per_day, baseline: {from: 2026-01-01, to: 2026-06-30}, change: -0.2, deadline: 2026-06-30}\n  - {id: after, metric: calls_per_day, baseline: {from: 2026-01-01, to: 2026-06-30}, change: -0.2, deadline: 2026-07-01}\n' >> late-base.yaml && ehtrack plan check fixtures/plans/register.yaml late-base.yaml
> checked 2 files: 3 practices, 1 plan; 0 errors, 2 warnings
! ehtrack: late-base.yaml:15:5: warning: goal inside: deadline 2026-03-31 is not after the baseline period (2026-01-01 to 2026-06-30); a goal is measured after its baseline
! ehtrack: late-base.yaml:16:5: warning: goal same: deadline 2026-06-30 is not after the baseline period (2026-01-01 to 2026-06-30); a goal is measured after its baseline
# Amounts and counts written the Dutch way, with a thousands point: as a
# number 2.800 is 2.8, so it is refused rather than read as 2.80 euros.
$ sed -e 's/^costs:.*/costs: {one_off_eur: 2.800, yearly_eur: 1.250.000}/' -e 's/target: 0.05/target: 0x0A/' fixtures/plans/plan-good.yaml > amounts.yaml && ehtrack plan check fixtures/plans/register.yaml amounts.yaml
> checked 2 files: 3 practices, 1 plan; 3 errors, 0 warnings
! ehtrack: amounts.yaml:16:49: target must be a number (got '0x0A')
! ehtrack: amounts.yaml:23:22: one_off_eur is written with a thousands point (got '2.800'); write amounts without one: 2800 for two thousand eight hundred, 2.80 for two euros eighty
! ehtrack: amounts.yaml:23:41: yearly_eur is written with a thousands point (got '1.250.000'); write amounts without one: 2800 for two thousand eight hundred, 2.80 for two euros eighty
? 1
$ printf 'practices:\n  - {agb: "01000001", name: Gracht, care_group: G, region: R, insurers: [A], list_size: 2.800}\n' > list.yaml && ehtrack plan check list.yaml
> checked 1 file: 1 practice, 0 plans; 1 error, 0 warnings
! ehtrack: list.yaml:2:89: list_size must be a whole number written without thousands points (got '2.800')
? 1
# Care-group plans name a care group of the register.
$ ehtrack plan check fixtures/plans/register.yaml fixtures/plans/plan-group.yaml fixtures/plans/plan-nogroup.yaml
> checked 3 files: 3 practices, 2 plans; 1 error, 0 warnings
! ehtrack: fixtures/plans/plan-nogroup.yaml:3:13: care group 'Zorggroep Noord' has no practices in the register
? 1
# Plan ids are unique across all files given.
$ ehtrack plan check fixtures/plans/register.yaml fixtures/plans/plan-good.yaml fixtures/plans/more/plan-dup-id.yaml
> checked 3 files: 3 practices, 2 plans; 1 error, 0 warnings
! ehtrack: fixtures/plans/more/plan-dup-id.yaml:1:7: plan id 'econsult-gracht' is already used at fixtures/plans/plan-good.yaml:1:7; plan ids are unique
? 1
# A plan alone: its practice must be in a register given, or in the database.
$ ehtrack plan check fixtures/plans/plan-good.yaml
> checked 1 file: 0 practices, 1 plan; 1 error, 0 warnings
! ehtrack: fixtures/plans/plan-good.yaml:3:11: practice 01000001 is not in the register (no register was given and the database has no practices: name the register file too, e.g. plan check plans/)
? 1
$ ehtrack plan sync fixtures/plans/register.yaml > /dev/null
$ ehtrack plan check fixtures/plans/plan-good.yaml
> checked 1 file: 0 practices, 1 plan; 0 errors, 0 warnings
# It writes nothing, also no WAL files beside the database (its read-only
# connection left ehtrack.db-wal and ehtrack.db-shm behind).
$ ls ehtrack.db*
> ehtrack.db
# Machine-readable problems.
$ ehtrack plan check fixtures/plans/register.yaml fixtures/plans/plan-keys.yaml --format json
> [
>   {"file": "fixtures/plans/plan-keys.yaml", "line": 1, "column": 1, "severity": "error", "message": "plan is missing required key 'title'"},
>   {"file": "fixtures/plans/plan-keys.yaml", "line": 1, "column": 1, "severity": "error", "message": "plan is missing required key 'application'"},
>   {"file": "fixtures/plans/plan-keys.yaml", "line": 1, "column": 1, "severity": "warning", "message": "the plan step is done but the plan has no goals; goals make results measurable (SMART)"},
>   {"file": "fixtures/plans/plan-keys.yaml", "line": 1, "column": 7, "severity": "error", "message": "plan id must be lower-case letters, digits and '-', starting with a letter or digit, at most 64 characters (got 'Econsult_Oost')"},
>   {"file": "fixtures/plans/plan-keys.yaml", "line": 2, "column": 1, "severity": "error", "message": "unknown key 'titel' in plan; did you mean 'title'?"},
>   {"file": "fixtures/plans/plan-keys.yaml", "line": 4, "column": 1, "severity": "error", "message": "unknown key 'aplication' in plan; did you mean 'application'?"}
> ]
? 1
$ ehtrack plan check fixtures/plans/register.yaml fixtures/plans/plan-smart.yaml --format csv
> file,line,column,severity,message
> fixtures/plans/plan-smart.yaml,15,5,warning,goal met: the baseline 6.0% already meets the target 5.0% (econsult_share is higher-is-better)
> fixtures/plans/plan-smart.yaml,16,5,warning,"goal up: calls_per_day is lower-is-better, but a change of +10% puts the target above the baseline"
> fixtures/plans/plan-smart.yaml,17,5,warning,goal early: deadline 2025-06-30 is before the plan started (2025-09-01)
> fixtures/plans/plan-smart.yaml,18,5,warning,goal far: deadline 2030-12-31 is more than three years ahead; a SMART goal is time-bound
# Usage.
$ ehtrack plan check
! ehtrack: plan check: name at least one file or directory
! usage: ehtrack plan check PATH...
? 2
$ ehtrack plan check no/such/file.yaml
> checked 0 files: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: no/such/file.yaml: no such file or directory
? 3
# '-', as other tools name standard input: the message says how to give it.
$ cat fixtures/plans/register.yaml | ehtrack plan check -
> checked 0 files: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: -: no file of that name: standard input is read as /dev/stdin (give /dev/stdin as the file)
? 3
$ cat fixtures/plans/register.yaml | ehtrack plan check /dev/stdin
> checked 1 file: 3 practices, 0 plans; 0 errors, 0 warnings
$ ehtrack plan check --format xml fixtures/plans/register.yaml
! ehtrack: plan check: --format must be table, csv or json (got 'xml')
! usage: ehtrack plan check PATH...
? 2

# A practice's website and phone (for the patient texts of 'comms') are
# optional; when given, the website is an http(s) address with a dotted
# host and the phone 10 digits from its 0, or + and a country code.
$ ehtrack plan check fixtures/plans/register-contact.yaml
> checked 1 file: 6 practices, 0 plans; 6 errors, 0 warnings
! ehtrack: fixtures/plans/register-contact.yaml:25:14: website must be a web address such as https://www.praktijkdelinde.nl: start it with https:// (got 'www.zonderschema.nl')
! ehtrack: fixtures/plans/register-contact.yaml:26:12: phone must be a phone number: 10 digits from its leading 0 ("053 123 4567") or + and a country code ("+31 53 123 4567"), got '030 123 456'
! ehtrack: fixtures/plans/register-contact.yaml:33:14: website must be a web address such as https://www.praktijkdelinde.nl: it holds a space or control character (got 'https://www.met spatie.nl')
! ehtrack: fixtures/plans/register-contact.yaml:41:14: website must be a web address such as https://www.praktijkdelinde.nl: give a host with a dot after https://, such as www.praktijkdelinde.nl (got 'https://localhost/')
! ehtrack: fixtures/plans/register-contact.yaml:42:12: phone must be a phone number: 10 digits from its leading 0 ("053 123 4567") or + and a country code ("+31 53 123 4567"), got 'bel 030 123 4567'
! ehtrack: fixtures/plans/register-contact.yaml:50:12: phone must be a value, got a list
? 1
# Each refused address says what to fix (all three said "starting with
# https://", the first two starting with it).
$ printf 'practices:\n  - {agb: "01000091", name: A, care_group: G, region: R, insurers: [M], list_size: 9, website: "https://www.praktijk-caf\u00e9.nl/"}\n  - {agb: "01000092", name: B, care_group: G, region: R, insurers: [M], list_size: 9, website: "http://www.oud.nl/e?a<b"}\n  - {agb: "01000093", name: C, care_group: G, region: R, insurers: [M], list_size: 9, website: "HTTPS://www.hoofdletter.nl/"}\n' > sites.yaml && ehtrack plan check sites.yaml
> checked 1 file: 3 practices, 0 plans; 3 errors, 0 warnings
! ehtrack: sites.yaml:2:96: website must be a web address such as https://www.praktijkdelinde.nl: the host has a letter outside a-z (such as an accent); write the host in its ASCII form (xn--...) (got 'https://www.praktijk-café.nl/')
! ehtrack: sites.yaml:3:96: website must be a web address such as https://www.praktijkdelinde.nl: it holds a character a printed or web page stumbles on (" ' < > ` \ { } | ^); write such a character percent-encoded (< as %3C) (got 'http://www.oud.nl/e?a<b')
! ehtrack: sites.yaml:4:96: website must be a web address such as https://www.praktijkdelinde.nl: start it with https:// or http://, in lower case (got 'HTTPS://www.hoofdletter.nl/')
? 1

# A second patient_communication plan of a practice without a response
# term counts as 24 hours and so lowers the practice's e-consult term from
# plan-good.yaml's 48 (interface.md section 3): said at the plan, not first
# in response_in_term.
$ ehtrack plan check fixtures/plans/register.yaml fixtures/plans/plan-good.yaml fixtures/plans/more/plan-video-no-term.yaml
> checked 3 files: 3 practices, 2 plans; 0 errors, 1 warning
! ehtrack: fixtures/plans/more/plan-video-no-term.yaml:3:7: warning: plan beeldbellen-gracht sets no setup.response_term_hours, so it counts as 24 hours, and the smallest term of practice 01000001's plans is its e-consult term: 24 hours, not the 48 of plan econsult-gracht (response_in_term follows it); give this plan response_term_hours: 48 if patients are promised 48 hours

# A plan saved as PLAN.YAML (as Windows tools name files) is read from a
# directory too; it was skipped without a word ("checked 1 file").
$ mkdir upper && cp fixtures/plans/register.yaml upper/REGISTER.YML && cp fixtures/plans/plan-good.yaml upper/PLAN-GOOD.YAML && ehtrack plan check upper/
> checked 2 files: 3 practices, 1 plan; 0 errors, 0 warnings
# A third such plan of 72 hours: the practice's term is the smallest, so
# the warning names 48, not 72. And a plan synced alone is held against
# the plans the database tracks (it was compared with the files given
# only, and said nothing).
$ ehtrack plan check fixtures/plans/register.yaml fixtures/plans/plan-good.yaml fixtures/plans/more/plan-video-no-term.yaml fixtures/plans/more/plan-app-72.yaml 2>&1 | grep -o "not the [0-9]* of plan [a-z-]*"
> not the 48 of plan econsult-gracht
$ ehtrack init > /dev/null && ehtrack plan sync fixtures/plans/register.yaml fixtures/plans/plan-good.yaml > /dev/null && ehtrack plan sync fixtures/plans/more/plan-video-no-term.yaml > /dev/null
! ehtrack: fixtures/plans/more/plan-video-no-term.yaml:3:7: warning: plan beeldbellen-gracht sets no setup.response_term_hours, so it counts as 24 hours, and the smallest term of practice 01000001's plans is its e-consult term: 24 hours, not the 48 of plan econsult-gracht (response_in_term follows it); give this plan response_term_hours: 48 if patients are promised 48 hours
# A retired plan promises nothing and sets no term: its file left in the
# directory named it in that warning, though plan show gave 24 hours.
$ ehtrack plan retire econsult-gracht > /dev/null && ehtrack plan check fixtures/plans/register.yaml fixtures/plans/plan-good.yaml fixtures/plans/more/plan-video-no-term.yaml
> checked 3 files: 3 practices, 2 plans; 0 errors, 0 warnings
$ ehtrack plan retire --undo econsult-gracht > /dev/null

# Two plans of a practice that promise different terms: response_in_term
# judges by the smaller, the patient texts of the other promise its own.
# It passed without a word.
$ ehtrack plan check fixtures/plans/register.yaml fixtures/plans/plan-good.yaml fixtures/plans/more/plan-app-72.yaml
> checked 3 files: 3 practices, 2 plans; 0 errors, 1 warning
! ehtrack: fixtures/plans/more/plan-app-72.yaml:3:7: warning: plan app-gracht promises an answer within 72 hours, plan econsult-gracht of the same practice 01000001 within 48: response_in_term judges every e-consult of the practice by the smallest, 48 hours, while the patient texts of each plan give its own; give both plans the same setup.response_term_hours

# A step done on a day still to come (today is 2026-11-23 here) is a due
# date under the wrong key: it counted as done without a word.
$ sed 's/completed: 2025-09-30/completed: 2027-09-30/' fixtures/plans/plan-good.yaml > future.yaml && ehtrack --db none.db plan check fixtures/plans/register.yaml future.yaml
> checked 2 files: 3 practices, 1 plan; 0 errors, 1 warning
! ehtrack: future.yaml:7:61: warning: step needs: completed 2027-09-30 is after today (2026-11-23); a date to come is due: YYYY-MM-DD

# A date written right that is no day of the calendar says so (it said
# "must be a date YYYY-MM-DD", which it is written as).
$ sed 's/completed: 2025-09-30/completed: 2025-09-31/' fixtures/plans/plan-good.yaml > sep31.yaml && ehtrack plan check fixtures/plans/register.yaml sep31.yaml 2>&1 | grep 09-31
> ehtrack: sep31.yaml:7:61: completed: '2025-09-31' is no day of the calendar: that month has 30 days

# An empty completed: or started: counts as absent (plan-format.md section
# 1), so a step done or in_progress with one lacks its date as a step
# without the key does: both passed, and plan sync recorded the steps
# without dates. A goal's deadline and a baseline's from left empty were
# errors already, and stay so.
$ sed -e 's/completed: 2025-10-20}/completed: }/' -e 's/started: 2026-01-05,/started: ~,/' -e 's/deadline: 2026-12-31}/deadline: }/' -e 's/from: 2025-09-01,/from: ,/' fixtures/plans/plan-good.yaml > empty-dates.yaml && ehtrack --db none.db plan check fixtures/plans/register.yaml empty-dates.yaml
> checked 2 files: 3 practices, 1 plan; 4 errors, 0 warnings
! ehtrack: empty-dates.yaml:9:23: step vision is done, so it needs completed: YYYY-MM-DD
! ehtrack: empty-dates.yaml:12:23: step implement is in_progress, so it needs started: YYYY-MM-DD
! ehtrack: empty-dates.yaml:16:65: deadline must be a value, got nothing
! ehtrack: empty-dates.yaml:19:22: baseline from must be a value, got nothing
? 1

# A choice left empty is an error, as a number is (section 1): an empty
# mode: or decision: passed as if the key were absent, while an empty
# triage: or likelihood: was refused.
$ sed -e 's/mode: pilot,/mode: ,/' -e 's/decision: undecided}/decision: }/' -e 's/triage: assistant,/triage: ~,/' -e 's/likelihood: medium,/likelihood: ,/' fixtures/plans/plan-good.yaml > empty-choices.yaml && ehtrack --db none.db plan check fixtures/plans/register.yaml empty-choices.yaml
> checked 2 files: 3 practices, 1 plan; 4 errors, 0 warnings
! ehtrack: empty-choices.yaml:12:63: implement mode must be a value, got nothing
! ehtrack: empty-choices.yaml:13:46: scale decision must be a value, got nothing
! ehtrack: empty-choices.yaml:14:42: triage must be a value, got nothing
! ehtrack: empty-choices.yaml:22:52: level must be a value, got nothing
? 1

# A database of an older ehtrack: plan check writes nothing, so it cannot
# bring the schema up to date, and reads none of its practices; it says so
# instead of leaving "not in the register" unexplained.
$ ehtrack --db old.db plan sync fixtures/plans/register.yaml > /dev/null && sqlite3 old.db "ALTER TABLE practices DROP COLUMN source_path; ALTER TABLE imports DROP COLUMN file_path; PRAGMA user_version = 10" && ehtrack --db old.db plan check fixtures/plans/plan-good.yaml
> checked 1 file: 0 practices, 1 plan; 1 error, 0 warnings
! ehtrack: old.db: note: of an older ehtrack (schema 10, this one's is 14): its practices and plans are not read until a command that writes (plan sync, import) brings it up to date
! ehtrack: fixtures/plans/plan-good.yaml:3:11: practice 01000001 is not in the register (no register was given and the database has no practices: name the register file too, e.g. plan check plans/)
? 1

# Last year's e-consult plan copied with an id that is not one (an
# underscore), for a practice whose tracked plan promises an answer within
# 48 hours: the id is named (plan check and plan sync crashed comparing the
# terms of a plan without an id).
$ ehtrack init > /dev/null && ehtrack plan sync plans/register.yaml plans/econsult-de-esch.yaml > /dev/null && sed 's/^plan: econsult-de-esch/plan: econsult_de_esch_2027/' plans/econsult-de-esch.yaml > copy.yaml && ehtrack plan check plans/register.yaml copy.yaml
> checked 2 files: 16 practices, 1 plan; 1 error, 0 warnings
! ehtrack: copy.yaml:3:7: plan id must be lower-case letters, digits and '-', starting with a letter or digit, at most 64 characters (got 'econsult_de_esch_2027')
? 1
$ ehtrack plan sync plans/register.yaml copy.yaml
! ehtrack: copy.yaml:3:7: plan id must be lower-case letters, digits and '-', starting with a letter or digit, at most 64 characters (got 'econsult_de_esch_2027')
! ehtrack: nothing recorded: 1 error (fix it, then sync again)
? 1
# Without a database, beside the plan it copies: no warning about a plan
# "(null)".
$ sed -e 's/^plan: econsult-de-esch/plan: Econsult-2027/' -e '/response_term_hours/d' plans/econsult-de-esch.yaml > copy2.yaml && ehtrack --db none.db plan check plans/register.yaml plans/econsult-de-esch.yaml copy2.yaml
> checked 3 files: 16 practices, 2 plans; 1 error, 0 warnings
! ehtrack: copy2.yaml:3:7: plan id must be lower-case letters, digits and '-', starting with a letter or digit, at most 64 characters (got 'Econsult-2027')
? 1
# One hour is "1 hour" ("the smallest, 1 hours").
$ mkdir -p hour && for t in 1 4; do printf "plan: t$t\ntitle: T\npractice: \"90000001\"\napplication: {type: patient_communication, name: E-consult}\nsolution_directions: [1]\nsteps: {needs: {status: not_started}, vision: {status: not_started}, selection: {status: not_started}, plan: {status: not_started}, implement: {status: not_started}, scale: {status: not_started}}\nsetup: {response_term_hours: $t}\n" > hour/t$t.yaml; done; ehtrack plan check fixtures/metrics/register.yaml hour
> checked 3 files: 4 practices, 2 plans; 0 errors, 1 warning
! ehtrack: hour/t4.yaml:1:7: warning: plan t4 promises an answer within 4 hours, plan t1 of the same practice 90000001 within 1: response_in_term judges every e-consult of the practice by the smallest, 1 hour, while the patient texts of each plan give its own; give both plans the same setup.response_term_hours
# A list written without its brackets is named by its key, with the list
# meant (was: "solution direction must be a list, got a value").
$ printf 'plan: sd\ntitle: T\npractice: "90000001"\napplication: {type: patient_communication, name: E-consult}\nsolution_directions: 1, 2\nsteps: {needs: {status: not_started}, vision: {status: not_started}, selection: {status: not_started}, plan: {status: not_started}, implement: {status: not_started}, scale: {status: not_started}}\n' > sd.yaml && ehtrack plan check fixtures/metrics/register.yaml sd.yaml
> checked 2 files: 4 practices, 1 plan; 1 error, 0 warnings
! ehtrack: sd.yaml:5:22: solution_directions must be a list, got a value: write it in brackets, [1, 2], or one '- ' item per line
? 1
# A value in curly quotes, as a word processor or web editor types them:
# YAML keeps them in the value; said so beside the check that fails on it.
$ sed 's/^practice: "90000001"$/practice: “90000001”/; s/^solution_directions: 1, 2$/solution_directions: [1]/' sd.yaml > curly.yaml && ehtrack plan check fixtures/metrics/register.yaml curly.yaml
> checked 2 files: 4 practices, 1 plan; 1 error, 0 warnings
! ehtrack: curly.yaml:3:11: AGB code must be exactly 8 digits (got '“90000001”'); the value starts with a curly quote (“ or ‘, as a word processor types it), which YAML keeps as part of the value: write straight quotes, "..."
? 1
# A care group typed in other capitals than the register's: the name meant.
$ sed 's/^care_group: Zorggroep Noordoost Twente$/care_group: zorggroep noordoost twente/' plans/thuismonitoring-noordoost-twente.yaml > lower-group.yaml && ehtrack plan check plans/register.yaml lower-group.yaml 2>&1 >/dev/null | cut -d: -f3-
> 6:13: care group 'zorggroep noordoost twente' has no practices in the register; did you mean 'Zorggroep Noordoost Twente'? (a care group's name is matched as the register writes it, capitals included)
# A step or a status named in Dutch, or in other capitals, as the model's
# documents and a person write them: the key meant (was only the list).
$ sed 's/^steps: {needs: {status: not_started}, vision: {status: not_started}/steps: {behoeften: {status: not_started}, vision: {status: afgerond}/; s/selection: {status: not_started}/selection: {status: In progress}/' curly.yaml | sed 's/^practice: .*/practice: "90000001"/' > dutch.yaml && ehtrack plan check fixtures/metrics/register.yaml dutch.yaml
> checked 2 files: 4 practices, 1 plan; 4 errors, 0 warnings
! ehtrack: dutch.yaml:6:8: steps is missing required key 'needs'
! ehtrack: dutch.yaml:6:9: unknown key 'behoeften' in steps; did you mean 'needs' (step 1, Aanleiding en behoeften)? the step keys are English: needs, vision, selection, plan, implement, scale
! ehtrack: dutch.yaml:6:60: step status must be one of not_started | in_progress | done | skipped (got 'afgerond'); did you mean 'done' (Afgerond)?
! ehtrack: dutch.yaml:6:91: step status must be one of not_started | in_progress | done | skipped (got 'In progress'); did you mean 'in_progress' (Bezig)?
? 1
# A plan Notepad saved as plan.yaml.txt, a directory without a plan file:
# said, not "checked 0 files" alone.
$ mkdir -p notepad && cp curly.yaml notepad/curly.yaml.txt && ehtrack plan check notepad
> checked 0 files: 0 practices, 0 plans; 0 errors, 2 warnings
! ehtrack: notepad: warning: the directory holds no .yaml or .yml file: nothing in it was read
! ehtrack: notepad/curly.yaml.txt: warning: not read: the name ends in .txt (as Notepad saves a file unless 'All files' is chosen); rename it to curly.yaml
# A directory whose plan file was also named on its own holds one: no
# warning (the file is read once).
$ mkdir -p named && cp curly.yaml named/p.yaml && ehtrack plan check named/p.yaml named 2>&1 | grep -c 'holds no'
> 0
? 1
