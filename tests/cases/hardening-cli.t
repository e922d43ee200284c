# The command line as a careless user meets it (interface.md 7.1).
#
# --db PATH before or after the command word.
$ ehtrack init --db first.db > /dev/null && ehtrack --db second.db init > /dev/null && ls *.db
> first.db
> second.db
$ ehtrack plan sync plans/ --db first.db > /dev/null && ehtrack status --db=first.db --format csv | head -2
> plan,practice,care_group,region,application,steps.needs,steps.vision,steps.selection,steps.plan,steps.implement,steps.scale,current_step,progress,state
> econsult-de-miste,01072018,Zorggroep Achterhoek Oost,Achterhoek,E-consult in het bestaande portaal,done,done,skipped,done,done,done,none,1,active
$ ehtrack plan list --db
! ehtrack: plan list: option --db needs a value
! usage: ehtrack plan list [FILTER]
? 2
# Before the command word too (it said "unknown option --db"), and so
# for --format.
$ ehtrack --db
! ehtrack: option --db needs a value
? 2
$ ehtrack --format
! ehtrack: option --format needs a value
? 2
#
# A value left out (--db $DB with $DB unset) took the next option as the
# value: --db --strict created a database named --strict, and --strict was
# lost; --practice --all looked for a practice '--all' (exit 1).
$ ehtrack import consults fixtures/logs/consults.csv --db --strict; ehtrack --db --format init; ls -- ./--* 2> /dev/null | wc -l
> 0
! ehtrack: import: option --db needs a value (the next word, --strict, is an option; a database of that name: --db ./--strict)
! usage: ehtrack import KIND FILE... [--as FORMAT] [--practice AGB] [--strict] [--dry-run]
! ehtrack: option --db needs a value (the next word, --format, is an option)
$ ehtrack --db first.db status --practice --all
! ehtrack: status: option --practice needs a value (the next word, --all, is an option)
! usage: ehtrack status [FILTER] [--all]
? 2
# A switch given a value named another option, or a control byte
# ("unknown option -^D" for --all=yes).
$ ehtrack --db first.db status --all=yes
! ehtrack: status: option --all takes no value
! usage: ehtrack status [FILTER] [--all]
? 2
#
# A --format before the command word that the command cannot honour is
# refused as it is after the word (it was dropped without a word).
$ ehtrack --format json init --db third.db; echo "exit $?"; test -e third.db || echo "no third.db"
> exit 2
> no third.db
! ehtrack: init: this command prints no data; it takes no --format
# comms has a --format of its own (md, html, txt): before the command word
# it is that one, as after it (html and txt were refused as "not table,
# csv or json", json was sent after the word).
$ ehtrack --db first.db --format=json comms econsult-de-miste
! ehtrack: comms: --format must be one of md, html, txt (got 'json')
! usage: ehtrack comms PLAN_ID [--channel C] [--lang nl|en] [--format md|html|txt] [-o FILE] [--practice AGB]
? 2
$ ehtrack --db first.db --format txt comms econsult-de-miste --channel phone 2> /dev/null | head -1 && ehtrack --db first.db comms econsult-de-miste --channel phone --format txt 2> /dev/null | head -1
> Telefoon: wat de assistent zegt
> Telefoon: wat de assistent zegt
$ ehtrack --db first.db --format=html comms econsult-de-miste --format md
! ehtrack: comms: --format is given twice; give it once
! usage: ehtrack comms PLAN_ID [--channel C] [--lang nl|en] [--format md|html|txt] [-o FILE] [--practice AGB]
? 2
$ ehtrack --db first.db --format=csv imports
> id,file,format,kind,time,read,inserted,duplicates,skipped,rejected,outcome,note,unmapped,removal,updated
#
# plan new with a plan id past 64 characters says so (it said the id had
# characters it has not).
$ ehtrack plan new --template econsult --id $(printf 'a%.0s' $(seq 65))
! ehtrack: plan new: --id must be lower-case letters, digits and '-', starting with a letter or digit, at most 64 characters (got 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')
! usage: ehtrack plan new --template NAME [--practice AGB] [--id ID] [-o FILE]
? 2
#
# Only init, plan sync and import create a database; every other command
# given a path without one exits 3 and creates nothing, no key file either
# (plan retire writes, but only to a database that is there).
$ mkdir empty && cd empty && for c in status "plan list" "plan show x" "plan history x" "plan retire x" imports "imports remove 1" rejects metrics goals "report region Twente -o r.xlsx" "comms x" "compare --practice 01234567" "db check"; do ehtrack $c 2>&1; echo "$c: exit $?"; done; ls -A
> ehtrack: ehtrack.db: no database here; run 'ehtrack init'
> status: exit 3
> ehtrack: ehtrack.db: no database here; run 'ehtrack init'
> plan list: exit 3
> ehtrack: ehtrack.db: no database here; run 'ehtrack init'
> plan show x: exit 3
> ehtrack: ehtrack.db: no database here; run 'ehtrack init'
> plan history x: exit 3
> ehtrack: ehtrack.db: no database here; run 'ehtrack init'
> plan retire x: exit 3
> ehtrack: ehtrack.db: no database here; run 'ehtrack init'
> imports: exit 3
> ehtrack: ehtrack.db: no database here; run 'ehtrack init'
> imports remove 1: exit 3
> ehtrack: ehtrack.db: no database here; run 'ehtrack init'
> rejects: exit 3
> ehtrack: ehtrack.db: no database here; run 'ehtrack init'
> metrics: exit 3
> ehtrack: ehtrack.db: no database here; run 'ehtrack init'
> goals: exit 3
> ehtrack: ehtrack.db: no database here; run 'ehtrack init'
> report region Twente -o r.xlsx: exit 3
> ehtrack: ehtrack.db: no database here; run 'ehtrack init'
> comms x: exit 3
> ehtrack: ehtrack.db: no database here; run 'ehtrack init'
> compare --practice 01234567: exit 3
> ehtrack: ehtrack.db: no database here; run 'ehtrack init'
> db check: exit 3
$ touch zero.db && ehtrack imports --db zero.db; echo "exit $?"; wc -c < zero.db; ls zero.db*
> exit 3
> 0
> zero.db
! ehtrack: zero.db: no database here; run 'ehtrack --db zero.db init'
# init, plan sync and import create one, to write to it: a sync that
# recorded nothing (a plan with an error, a file not there) and an import
# that could read no file, or named a --practice where there is no
# database (so no register), left a new database at a mistyped --db, the
# import a key file beside it too. The files are now checked first.
$ mkdir fail && cd fail && printf 'practices:\n  - [\n' > bad.yaml && ehtrack --db n.db plan sync bad.yaml; echo "exit $?"; ehtrack --db n.db plan sync nothere.yaml; echo "exit $?"; ls -A
> exit 1
> exit 3
> bad.yaml
! ehtrack: bad.yaml:3:1: YAML syntax: did not find expected node content while parsing a flow node (line 3)
! ehtrack: nothing recorded: 1 error (fix it, then sync again)
! ehtrack: nothere.yaml: no such file or directory
! ehtrack: nothing recorded: 1 error (fix it, then sync again)
$ cd fail && ehtrack --db n.db import consults nothere.csv; echo "exit $?"; ehtrack --db n.db import consults ../fixtures/logs/consults.csv --practice 99999999; echo "exit $?"; ehtrack --db n.db import consults nothere.csv . --format json; echo "exit $?"; ls -A
> exit 3
> exit 2
> []
> exit 3
> bad.yaml
! ehtrack: nothere.csv: cannot open: No such file or directory
! ehtrack: n.db: no database here, so no register: every row would be rejected; give the database with --db PATH, or record the register first ('ehtrack --db n.db plan sync plans/')
! ehtrack: nothere.csv: cannot open: No such file or directory
! ehtrack: .: cannot read: Is a directory
# A sync that writes creates it, from a pipe too (read once). An import
# where there is no database has no register to check rows against: it
# created one and rejected every row (an import to take back, after the
# plan sync it needed); now it is refused, exit 2, and creates nothing.
$ cd fail && cat ../fixtures/plans/register.yaml | ehtrack --db p.db plan sync /dev/stdin && ehtrack --db r.db import consults ../fixtures/logs/consults-bad.csv; echo "exit $?"; ls -A
> synced 3 practices (3 new, 0 changed) and 0 plans (0 new, 0 changed, 0 unchanged)
> exit 2
> bad.yaml
> p.db
! ehtrack: r.db: no database here, so no register: every row would be rejected; give the database with --db PATH, or record the register first ('ehtrack --db r.db plan sync plans/')
# So is one into a database that holds no practices (an init, no plan
# sync yet): every row was rejected, the reason only in 'ehtrack rejects',
# and the import stayed to be taken back. Nothing is recorded now.
$ cd fail && ehtrack --db bare.db init > /dev/null && ehtrack --db bare.db import consults ../fixtures/logs/consults.csv ../fixtures/logs/consults.csv; echo "exit $?"; ehtrack --db bare.db imports --format csv
> exit 2
> id,file,format,kind,time,read,inserted,duplicates,skipped,rejected,outcome,note,unmapped,removal,updated
! ehtrack: the database holds no practices, so every row would be rejected: record the register first ('ehtrack plan sync plans/', or the file or directory that holds it)
! ehtrack: the import stopped there: not imported: ../fixtures/logs/consults.csv, ../fixtures/logs/consults.csv
# With --practice, the practice is what the register lacks: said once.
$ cd fail && ehtrack --db bare.db import consults ../fixtures/logs/consults-nopractice.csv --practice 01072018; echo "exit $?"
> exit 2
! ehtrack: --practice: no practice '01072018' in the database; known: none (run 'ehtrack plan sync' with the register first)
# plan check needs no database, and makes none.
$ mkdir none && cd none && ehtrack plan check ../plans/ > /dev/null && ls -A
#
# Output that cannot be written is an I/O error, help and version too.
$ ehtrack --help > /dev/full; echo "exit $?"
> exit 3
! ehtrack: cannot write the output: No space left on device
$ ehtrack --version > /dev/full; echo "exit $?"
> exit 3
! ehtrack: cannot write the output: No space left on device
$ ehtrack status --help > /dev/full; echo "exit $?"
> exit 3
! ehtrack: cannot write the output: No space left on device
$ ehtrack --db first.db plan list > /dev/full; echo "exit $?"
> exit 3
! ehtrack: cannot write the output: No space left on device
# A command that wrote to the database says that what it recorded stays
# (exit 3 read as "nothing landed", and the import had).
$ ehtrack --db first.db import consults fixtures/logs/consults.csv > /dev/full; echo "exit $?"; ehtrack --db first.db imports --format csv | cut -d, -f2,7
> exit 3
> file,inserted
> fixtures/logs/consults.csv,10
! ehtrack: cannot write the output: No space left on device (the command ran to its end: what it recorded in the database stays)
# Also when rows were rejected (exit 1 would hide that the summary is lost).
$ ehtrack --db first.db import consults fixtures/logs/consults-bad.csv > /dev/full; echo "exit $?"
> exit 3
! ehtrack: fixtures/logs/consults-bad.csv: 12 rows rejected; see 'ehtrack rejects 2'
! ehtrack: cannot write the output: No space left on device (the command ran to its end: what it recorded in the database stays)
# A dry run recorded nothing, and says nothing of the kind.
$ ehtrack --db first.db import consults fixtures/logs/consults.csv --dry-run > /dev/full; echo "exit $?"
> exit 3
! ehtrack: dry run: nothing was written
! ehtrack: cannot write the output: No space left on device
#
# -o writes regular files only: a device, FIFO, directory or symbolic link
# is refused with exit 3 and left as it was; an empty name is a usage error.
$ ehtrack --db first.db report region Twente -o /dev/full; echo "exit $?"; test -c /dev/full && echo "/dev/full is still a device"
> exit 3
> /dev/full is still a device
! ehtrack: /dev/full: is a device; -o writes regular files only
$ mkfifo pipe && ehtrack --db first.db report region Twente -o pipe; echo "exit $?"; test -p pipe && echo "pipe is still a FIFO"
> exit 3
> pipe is still a FIFO
! ehtrack: pipe: is a FIFO (named pipe); -o writes regular files only
$ mkdir dir && ehtrack --db first.db report region Twente -o dir; echo "exit $?"
> exit 3
! ehtrack: dir: is a directory; give a file name
$ ehtrack --db first.db report region Twente -o dir/; echo "exit $?"
> exit 3
! ehtrack: dir/: is a directory; give a file name
$ echo keep > kept.txt && ln -s kept.txt link.xlsx && ehtrack --db first.db report region Twente -o link.xlsx; echo "exit $?"; cat kept.txt; test -L link.xlsx && echo "link.xlsx is still a link"
> exit 3
> keep
> link.xlsx is still a link
! ehtrack: link.xlsx: is a symbolic link; -o writes regular files only
# A name near the file system's 255 bytes is written (the temporary name
# beside it was 8 bytes longer: "File name too long").
$ n=$(printf 'r%.0s' $(seq 245)).xlsx && ehtrack --db first.db report region Twente -o $n 2> /dev/null | cut -c1-12; ls -A | grep -c '^r\{245\}\.xlsx$'; rm $n
> wrote rrrrrr
> 1
$ ehtrack --db first.db report region Twente -o ""; echo "exit $?"
> exit 2
! ehtrack: report: -o needs a file name
! usage: ehtrack report region|care-group|insurer|practice NAME -o FILE.xlsx [--lang nl|en] [--as-of D] [--from D] [--to D] [--min-cell N] [--days K] [--all]
$ ehtrack --db first.db report region Twente -o nodir/r.xlsx; echo "exit $?"
> exit 3
! ehtrack: nodir/r.xlsx: cannot write here: No such file or directory
# Nothing is left behind: no temporary files.
$ ls -A | grep -v '^\.std' | sort
> dir
> empty
> fail
> first.db
> first.db.key
> fixtures
> kept.txt
> link.xlsx
> metrics
> none
> pipe
> plans
> second.db
> second.db.key
> templates
> zero.db
#
# A missing input file is an I/O error (3), for plans as for logs.
$ ehtrack plan check nosuch.yaml; echo "exit $?"
> checked 0 files: 0 practices, 0 plans; 1 error, 0 warnings
> exit 3
! ehtrack: nosuch.yaml: no such file or directory
$ ehtrack --db first.db import consults nosuch.csv; echo "exit $?"
> exit 3
! ehtrack: nosuch.csv: cannot open: No such file or directory
#
# plan new: the default id TEMPLATE-AGB of a template name with '_' is no
# plan id; the message shows it whole (it used to print freed memory).
$ ehtrack plan new --template a_b; echo "exit $?"
> exit 2
! ehtrack: plan new: the default id 'a_b-00000000' (TEMPLATE-AGB) is not lower-case letters, digits and '-', starting with a letter or digit, at most 64 characters; give one with --id
! usage: ehtrack plan new --template NAME [--practice AGB] [--id ID] [-o FILE]
#
# --format csv never hands a spreadsheet a formula: text beginning with
# = + - @, a tab or a carriage return gets a leading '; numbers stay.
$ mkdir plans2 && cp plans/*.yaml plans2/ && sed -i "s/^title: .*/title: '=HYPERLINK(\"http:\/\/x\",\"y\")'/" plans2/econsult-ootmarsum.yaml && sed -i "s/^title: .*/title: '@SUM(1+1)'/" plans2/econsult-de-esch.yaml && ehtrack --db first.db plan sync plans2/ > /dev/null && ehtrack --db first.db plan list --format csv | cut -d, -f1-3
> plan,title,practice
> beeldbellen-aan-de-berkel,Beeldbellen met patiënten en mantelzorgers,01072455
> beeldbellen-veldmaat,Beeldbellen voor controles door de POH,01061376
> econsult-de-esch,'@SUM(1+1),01053021
> econsult-de-miste,E-consult voor uitslagen en medicatievragen,01072018
> econsult-hooge-veld,Van WhatsApp naar een veilig e-consult,01072296
> econsult-lutterzand,E-consult verkennen,01053288
> econsult-ootmarsum,"'=HYPERLINK(""http://x"",""y"")"
> econsult-slinge,E-consult voor de hele praktijk,01072143
> econsult-tubbergen,E-consult invoeren,01053412
> econsult-wooldrik,E-consult invoeren bij Huisartsen 't Wooldrik,01061239
> netwerkconsultatie-delden,Digitaal consulteren van netwerkpartners vanuit het HIS,01061587
> portaal-de-huet,Patiëntenportaal en e-consult voor het hele centrum,01072371
> portaal-hengelo-noord,Patiëntenportaal breed uitrollen in het gezondheidscentrum,01061104
> portaal-het-stift,Patiëntenportaal beter benutten,01053590
> thuismonitoring-noordoost-twente,Thuismonitoring COPD en hartfalen vanuit de huisartsenpraktijk,
> zelfhulp-denekamp,Digitale zelfhulp en leefstijlcoaching,01053365
> zelfhulp-gooreind,Online zelfhulpmodules bij de POH-GGZ,01061452
! ehtrack: plans2/beeldbellen-aan-de-berkel.yaml:1:7: warning: plan id 'beeldbellen-aan-de-berkel' is tracked from plans/beeldbellen-aan-de-berkel.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
! ehtrack: plans2/beeldbellen-veldmaat.yaml:1:7: warning: plan id 'beeldbellen-veldmaat' is tracked from plans/beeldbellen-veldmaat.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
! ehtrack: plans2/econsult-de-esch.yaml:3:7: warning: plan id 'econsult-de-esch' is tracked from plans/econsult-de-esch.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
! ehtrack: plans2/econsult-de-miste.yaml:2:7: warning: plan id 'econsult-de-miste' is tracked from plans/econsult-de-miste.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
! ehtrack: plans2/econsult-hooge-veld.yaml:2:7: warning: plan id 'econsult-hooge-veld' is tracked from plans/econsult-hooge-veld.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
! ehtrack: plans2/econsult-lutterzand.yaml:1:7: warning: plan id 'econsult-lutterzand' is tracked from plans/econsult-lutterzand.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
! ehtrack: plans2/econsult-ootmarsum.yaml:1:7: warning: plan id 'econsult-ootmarsum' is tracked from plans/econsult-ootmarsum.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
! ehtrack: plans2/econsult-slinge.yaml:2:7: warning: plan id 'econsult-slinge' is tracked from plans/econsult-slinge.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
! ehtrack: plans2/econsult-tubbergen.yaml:1:7: warning: plan id 'econsult-tubbergen' is tracked from plans/econsult-tubbergen.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
! ehtrack: plans2/econsult-wooldrik.yaml:1:7: warning: plan id 'econsult-wooldrik' is tracked from plans/econsult-wooldrik.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
! ehtrack: plans2/netwerkconsultatie-delden.yaml:1:7: warning: plan id 'netwerkconsultatie-delden' is tracked from plans/netwerkconsultatie-delden.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
! ehtrack: plans2/portaal-de-huet.yaml:3:7: warning: plan id 'portaal-de-huet' is tracked from plans/portaal-de-huet.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
! ehtrack: plans2/portaal-hengelo-noord.yaml:1:7: warning: plan id 'portaal-hengelo-noord' is tracked from plans/portaal-hengelo-noord.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
! ehtrack: plans2/portaal-het-stift.yaml:1:7: warning: plan id 'portaal-het-stift' is tracked from plans/portaal-het-stift.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
! ehtrack: plans2/thuismonitoring-noordoost-twente.yaml:4:7: warning: plan id 'thuismonitoring-noordoost-twente' is tracked from plans/thuismonitoring-noordoost-twente.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
! ehtrack: plans2/zelfhulp-denekamp.yaml:1:7: warning: plan id 'zelfhulp-denekamp' is tracked from plans/zelfhulp-denekamp.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
! ehtrack: plans2/zelfhulp-gooreind.yaml:1:7: warning: plan id 'zelfhulp-gooreind' is tracked from plans/zelfhulp-gooreind.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
#
# 60,000 broken register entries (six mistakes each): the 10,000 kept,
# then how many more, instead of 360,000 lines (on a terminal the first
# 100; a log or a pipe had only those too, and lost the rest, 120 of a
# plan's mistakes among them).
$ awk 'BEGIN { print "practices:"; for (i = 0; i < 60000; i++) print "  - {agb: \"1\"}" }' > broken.yaml && ehtrack plan check broken.yaml 2> err; echo "exit $?"; wc -l < err; tail -1 err
> checked 1 file: 60000 practices, 0 plans; 360000 errors, 0 warnings
> exit 1
> 10001
> ehtrack: ... and 350000 more problems not shown (360000 errors and 0 warnings in all); fix these first
#
# A FIFO named like a plan in a plans folder is passed over: opening it
# would wait for a writer forever (plan sync hung here). A real plan next
# to it is synced as ever.
$ mkdir fifoplans && mkfifo fifoplans/stuck.yaml && cp $ROOT/plans/register.yaml fifoplans/ && ehtrack plan sync fifoplans; echo "exit $?"
> synced 16 practices (16 new, 0 changed) and 0 plans (0 new, 0 changed, 0 unchanged)
> exit 0
#
# An import ID past the largest number is a usage error naming what was
# typed (strtoll had turned it into 9223372036854775807: "no import", exit 1).
$ ehtrack --db fifo.db imports remove 99999999999999999999; echo "exit $?"
> exit 2
! ehtrack: imports remove: ID is a number from 'ehtrack imports' (got '99999999999999999999')
! usage: ehtrack imports remove ID
$ ehtrack --db fifo.db rejects 99999999999999999999; echo "exit $?"
> exit 2
! ehtrack: rejects: IMPORT_ID is a number from 'ehtrack imports' (got '99999999999999999999')
! usage: ehtrack rejects [IMPORT_ID]
