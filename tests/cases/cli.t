# The command line: help for the tool and every command, version, usage
# errors with exit status 2.
$ ehtrack --version
> ehtrack 0.1.0
# Words after --version: nothing they name is run, so not exit 0.
$ ehtrack --version import consults a.csv
! ehtrack: --version takes nothing after it (got 'import')
? 2
$ ehtrack --help | head -3
> usage: ehtrack [--db PATH] COMMAND [ARGS] [--format table|csv|json]
>
> Plan, track and prove the rollout of e-health in GP care: six-step plans in
$ ehtrack
! usage: ehtrack [--db PATH] COMMAND [ARGS] [--format table|csv|json]
!
! Plan, track and prove the rollout of e-health in GP care: six-step plans in
! YAML, logs from practice systems, SMART adoption metrics, Excel reports.
!
! Commands:
!   init           create the database and the pseudonymisation key
!   plan new       a new plan from templates/plans/NAME.yaml, to stdout or to a new file
!   plan check     validate practice registers and plans (files or directories); writes nothing
!   plan sync      validate, then record practices and plans; a changed plan gets a history entry
!   plan list      list the plans that are tracked, active or retired
!   plan show      show one tracked plan
!   plan history   show the recorded changes of a plan, oldest first, with who recorded them
!   plan retire    retire a plan: it leaves status, goals and reports, keeps its history
!   status         six-step progress of every plan in scope
!   import         import logs: KIND is consults, messages, calls, survey or registrations
!   imports        import history: file, format, kind, time, read, inserted, duplicates, skipped, rejected, updated, notes
!   imports remove take an import back: every figure as if it had never run; it stays listed as removed
!   rejects        rejected rows (line, column, reason) of one import, or of all; unmapped codes under the table
!   formats        the log formats known: built-in canonical layouts and templates/formats/
!   metrics        compute SMART adoption metrics from the imported logs
!   goals          evaluate every SMART goal: achieved, on track, at risk, missed or no data
!   compare        a practice against its peers: quartiles, rank and funnel limits per metric
!   report         write an Excel workbook for a region, care group, insurer or practice
!   comms          patient communication texts filled from a plan: website, phone, waiting room, cards, replies
!   db check       a full integrity check of the database and its key file: prints ok, or names what is damaged (exit 3)
!   generate       write realistic synthetic logs (canonical CSV) for a register and its plans
!
! Options:
!   --db PATH     the database (default $EHTRACK_DB, else ./ehtrack.db)
!   --version     print the version
!   -h, --help    this help; 'ehtrack COMMAND --help' for a command
!
! Exit status: 0 success, 1 invalid input or rejected rows, 2 usage error,
! 3 database or I/O error.
? 2
$ ehtrack bogus
! ehtrack: no command 'bogus'
! Commands:
!   init           create the database and the pseudonymisation key
!   plan new       a new plan from templates/plans/NAME.yaml, to stdout or to a new file
!   plan check     validate practice registers and plans (files or directories); writes nothing
!   plan sync      validate, then record practices and plans; a changed plan gets a history entry
!   plan list      list the plans that are tracked, active or retired
!   plan show      show one tracked plan
!   plan history   show the recorded changes of a plan, oldest first, with who recorded them
!   plan retire    retire a plan: it leaves status, goals and reports, keeps its history
!   status         six-step progress of every plan in scope
!   import         import logs: KIND is consults, messages, calls, survey or registrations
!   imports        import history: file, format, kind, time, read, inserted, duplicates, skipped, rejected, updated, notes
!   imports remove take an import back: every figure as if it had never run; it stays listed as removed
!   rejects        rejected rows (line, column, reason) of one import, or of all; unmapped codes under the table
!   formats        the log formats known: built-in canonical layouts and templates/formats/
!   metrics        compute SMART adoption metrics from the imported logs
!   goals          evaluate every SMART goal: achieved, on track, at risk, missed or no data
!   compare        a practice against its peers: quartiles, rank and funnel limits per metric
!   report         write an Excel workbook for a region, care group, insurer or practice
!   comms          patient communication texts filled from a plan: website, phone, waiting room, cards, replies
!   db check       a full integrity check of the database and its key file: prints ok, or names what is damaged (exit 3)
!   generate       write realistic synthetic logs (canonical CSV) for a register and its plans
? 2
$ ehtrack stauts
! ehtrack: no command 'stauts'; did you mean 'status'?
! Commands:
!   init           create the database and the pseudonymisation key
!   plan new       a new plan from templates/plans/NAME.yaml, to stdout or to a new file
!   plan check     validate practice registers and plans (files or directories); writes nothing
!   plan sync      validate, then record practices and plans; a changed plan gets a history entry
!   plan list      list the plans that are tracked, active or retired
!   plan show      show one tracked plan
!   plan history   show the recorded changes of a plan, oldest first, with who recorded them
!   plan retire    retire a plan: it leaves status, goals and reports, keeps its history
!   status         six-step progress of every plan in scope
!   import         import logs: KIND is consults, messages, calls, survey or registrations
!   imports        import history: file, format, kind, time, read, inserted, duplicates, skipped, rejected, updated, notes
!   imports remove take an import back: every figure as if it had never run; it stays listed as removed
!   rejects        rejected rows (line, column, reason) of one import, or of all; unmapped codes under the table
!   formats        the log formats known: built-in canonical layouts and templates/formats/
!   metrics        compute SMART adoption metrics from the imported logs
!   goals          evaluate every SMART goal: achieved, on track, at risk, missed or no data
!   compare        a practice against its peers: quartiles, rank and funnel limits per metric
!   report         write an Excel workbook for a region, care group, insurer or practice
!   comms          patient communication texts filled from a plan: website, phone, waiting room, cards, replies
!   db check       a full integrity check of the database and its key file: prints ok, or names what is damaged (exit 3)
!   generate       write realistic synthetic logs (canonical CSV) for a register and its plans
? 2
# A group's name mistyped, two letters swapped: no hint was given ('plan'
# was no candidate, and a swap counted as two changes).
$ ehtrack plna sync plans/ 2>&1 | head -1
> ehtrack: no command 'plna'; did you mean 'plan'?
$ ehtrack plan
! usage: ehtrack plan SUBCOMMAND ...
!
!   plan new       a new plan from templates/plans/NAME.yaml, to stdout or to a new file
!   plan check     validate practice registers and plans (files or directories); writes nothing
!   plan sync      validate, then record practices and plans; a changed plan gets a history entry
!   plan list      list the plans that are tracked, active or retired
!   plan show      show one tracked plan
!   plan history   show the recorded changes of a plan, oldest first, with who recorded them
!   plan retire    retire a plan: it leaves status, goals and reports, keeps its history
? 2
$ ehtrack plan bogus
! ehtrack: no command 'plan bogus'
! usage: ehtrack plan SUBCOMMAND ...
!
!   plan new       a new plan from templates/plans/NAME.yaml, to stdout or to a new file
!   plan check     validate practice registers and plans (files or directories); writes nothing
!   plan sync      validate, then record practices and plans; a changed plan gets a history entry
!   plan list      list the plans that are tracked, active or retired
!   plan show      show one tracked plan
!   plan history   show the recorded changes of a plan, oldest first, with who recorded them
!   plan retire    retire a plan: it leaves status, goals and reports, keeps its history
? 2
$ ehtrack help plan check
> usage: ehtrack plan check PATH...
>
> validate practice registers and plans (files or directories); writes nothing.
>
> Options:
>   PATH                 .yaml/.yml files, or directories searched for them
>   --format FORMAT      table (default), csv or json
>                        (csv and json list the problems on stdout)
>   -h, --help           this help
# What a command says beyond its options (exit statuses, what a mark means)
# follows the whole list, -h included (it stood between the options and -h).
$ ehtrack metrics -h | tail -5
>   --format FORMAT      table (default), csv or json
>   -h, --help           this help
>
> A period the records in scope cover only partly is marked * in tables and
> "partial": true in CSV and JSON.
$ for c in init "plan new" "plan check" "plan sync" "plan list" "plan show" "plan history" "plan retire" status import imports rejects formats metrics goals report generate; do ehtrack $c --help > /dev/null || echo "no help: $c"; done
$ ehtrack status --bogus
! ehtrack: status: unknown option --bogus
! usage: ehtrack status [FILTER] [--all]
? 2
# An abbreviated option is no option (--as was taken for --as-of, and
# generate's --practice for --practices), and an option that takes a value
# is given once (the first value was dropped without a word: two practices
# asked for, one shown); --metric is the one meant to be repeated.
$ ehtrack metrics --as 2026-01-01
! ehtrack: metrics: unknown option --as (did you mean --as-of? options are written in full)
! usage: ehtrack metrics [FILTER] [--metric ID...] [--period P] [--by B] [--from D] [--to D] [--as-of D] [--days K]
? 2
$ ehtrack generate --practice 3 --out g
! ehtrack: generate: unknown option --practice (did you mean --practices? options are written in full)
! usage: ehtrack generate (PATH... | --practices N) --out DIR [--from D] [--to D] [--seed N] [--consults N] [--errors N]
? 2
$ ehtrack status --practice 01053147 --practice 01072018
! ehtrack: status: --practice is given twice; give it once
! usage: ehtrack status [FILTER] [--all]
? 2
$ ehtrack report region Twente -o a.xlsx -o b.xlsx
! ehtrack: report: -o is given twice; give it once
! usage: ehtrack report region|care-group|insurer|practice NAME -o FILE.xlsx [--lang nl|en] [--as-of D] [--from D] [--to D] [--min-cell N] [--days K] [--all]
? 2
$ ehtrack status --format json --format=csv
! ehtrack: status: --format is given twice; give it once
! usage: ehtrack status [FILTER] [--all]
? 2
# --db and --format before the command word count too: two databases named
# (an alias's --db and one typed after the command) went to the last one.
$ ehtrack --db a.db --db b.db status
! ehtrack: --db is given twice; give it once
? 2
$ ehtrack --db a.db status --db=b.db
! ehtrack: status: --db is given twice; give it once
! usage: ehtrack status [FILTER] [--all]
? 2
$ ehtrack --format json status --format csv
! ehtrack: status: --format is given before and after the command word; give it once
! usage: ehtrack status [FILTER] [--all]
? 2
$ ehtrack --format json --format csv status; ls a.db b.db 2> /dev/null || echo "no database made"
> no database made
! ehtrack: --format is given twice; give it once
$ ehtrack --db m.db init > /dev/null && ehtrack --db m.db status --all --all --format csv && ehtrack --db m.db metrics --metric econsults --metric calls_per_day --format csv; rm m.db m.db.key
> plan,practice,care_group,region,application,steps.needs,steps.vision,steps.selection,steps.plan,steps.implement,steps.scale,current_step,progress,state
> group,period,metric,value,numerator,denominator,partial
$ ehtrack init --format json
! ehtrack: init: this command prints no data; it takes no --format
! usage: ehtrack init
? 2
$ ehtrack --db /no/such/dir/x.db status
! ehtrack: /no/such/dir/x.db: no database here; run 'ehtrack --db /no/such/dir/x.db init'
? 3

# A database of something else is refused, and left as it was.
$ sqlite3 other.db "CREATE TABLE consults(a); INSERT INTO consults VALUES (1)" && ehtrack --db other.db import consults fixtures/report/consults.csv
! ehtrack: other.db: not an ehtrack database: it holds tables ehtrack did not make; give another --db, or 'ehtrack init' a new file
? 3

$ sqlite3 other.db "PRAGMA user_version; SELECT count(*) FROM sqlite_master; SELECT * FROM consults"
> 0
> 1
> 1
