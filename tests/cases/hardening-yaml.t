# YAML that used to hang or crash the loaders (issue 9).
#
# Deep nesting is refused while parsing, at the first level past 64:
# 100,000 levels (200 KB) took libyaml 25 s to build before the check.
$ awk 'BEGIN { printf "plan: "; for (i = 0; i < 100000; i++) printf "["; for (i = 0; i < 100000; i++) printf "]"; print "" }' > deep.yaml && ehtrack plan check deep.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: deep.yaml:1:70: nesting is deeper than 64 levels; refusing to load
? 1
$ awk 'BEGIN { print "plan:"; for (i = 1; i <= 70; i++) { for (j = 0; j < i; j++) printf " "; print (i < 70 ? "a:" : "a: 1") } }' > deep-block.yaml && ehtrack plan check deep-block.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: deep-block.yaml:65:65: nesting is deeper than 64 levels; refusing to load
? 1
#
# Files over their size are refused at the line where they pass it:
# registers and plans 4 MB, format and metric files 256 KB. (The format
# file is a fixed one, so that a change to a shipped format moves no line.)
$ awk 'BEGIN { print "practices:"; for (i = 0; i < 50000; i++) printf "  - {agb: \"%08d\", name: Praktijk, care_group: G, region: R, insurers: [A], list_size: 5}\n", i }' > big.yaml && ehtrack plan check big.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: big.yaml:45101:87: the file passes 4 MB here; a register or plan is at most 4 MB
? 1
$ printf 'format: big\nkind: consults\nparser: csv\ncsv: {delimiter: ";"}\nfields:\n  id: {column: Contactnummer}\n' > big-format.yaml && awk 'BEGIN { for (i = 0; i < 30000; i++) print "# padding padding" }' >> big-format.yaml && ehtrack --db x.db import consults fixtures/formats/his-consults-1252.csv --as big-format.yaml --practice 01053147
! ehtrack: big-format.yaml:14565:2: the file passes 256 KB here; a format file is at most 256 KB
? 1
$ mkdir m && cp metrics/econsults.yaml m/big.yaml && sed -i 's/^metric: econsults/metric: big/' m/big.yaml && awk 'BEGIN { for (i = 0; i < 30000; i++) print "# padding padding" }' >> m/big.yaml && EHTRACK_METRICS_PATH=m ehtrack plan check plans/ | tail -1
> checked 18 files: 16 practices, 17 plans; 1 error, 0 warnings
! ehtrack: m/big.yaml:14548:8: the file passes 256 KB here; a metric file is at most 256 KB
#
# A goal that is not a mapping has no id to compare (a crash before).
$ printf 'plan: x\ngoals:\n  -\n  - 5\n' > goals.yaml && ehtrack plan check goals.yaml
> checked 1 file: 0 practices, 1 plan; 7 errors, 0 warnings
! ehtrack: goals.yaml:1:1: plan is missing required key 'title'
! ehtrack: goals.yaml:1:1: plan is missing required key 'application'
! ehtrack: goals.yaml:1:1: plan is missing required key 'solution_directions'
! ehtrack: goals.yaml:1:1: plan is missing required key 'steps'
! ehtrack: goals.yaml:1:1: plan needs practice: AGB (a practice plan) or care_group: NAME (a care-group plan)
! ehtrack: goals.yaml:3:4: goal must be a mapping (key: value lines), got nothing
! ehtrack: goals.yaml:4:5: goal must be a mapping (key: value lines), got a value
? 1
#
# A file named twice, or reached again through a symbolic link, is read
# once: it is not a duplicate of itself. A link back up the tree ends
# there (two such links had hung plan check; one read the folder 40 times).
$ ehtrack plan check plans/register.yaml plans/econsult-slinge.yaml plans
> checked 18 files: 16 practices, 17 plans; 0 errors, 0 warnings
$ mkdir loop && cp plans/register.yaml loop/ && ln -s . loop/a && ln -s . loop/b && timeout 20 ehtrack plan check loop; echo "exit $?"
> checked 1 file: 16 practices, 0 plans; 0 errors, 0 warnings
> exit 0
#
# Every mapping a merge key lists is merged: past the sixteenth they were
# dropped without a word (here the seventeenth's unknown key went unseen).
$ printf 'plan: mg\ntitle: T\npractice: "01053021"\napplication: {type: patient_communication, name: E}\nsolution_directions: [1]\nsteps:\n  needs: {status: not_started}\n  vision: &v {status: not_started}\n  selection: {status: not_started}\n  plan: {status: not_started}\n  implement: {status: not_started}\n  scale:\n    <<: [*v, *v, *v, *v, *v, *v, *v, *v, *v, *v, *v, *v, *v, *v, *v, *v, {bogus: 1}]\n' > merges.yaml && ehtrack plan check plans/register.yaml merges.yaml
> checked 2 files: 16 practices, 1 plan; 1 error, 0 warnings
! ehtrack: merges.yaml:13:75: unknown key 'bogus' in step scale (expected one of: status, started, completed, due, owner, notes, checklist, decision)
? 1
#
# U+0085 (NEL: a Windows-1252 ellipsis read as Latin-1) and U+2028 (a line
# separator pasted from a word processor) are text, as in YAML 1.2 and in
# every editor: libyaml's YAML 1.1 took them for line breaks, so a valid
# plan failed and later errors named the wrong line. In a free text they
# stay; in a title, shown on one line, they are named (C1 controls reach
# the terminal).
$ sed -e 's/^notes: .*/notes: Pilot met\xe2\x80\xa8twee huisartsen\xc2\x85 en meer./' fixtures/plans/plan-good.yaml > breaks.yaml && ehtrack plan check fixtures/plans/register.yaml breaks.yaml
> checked 2 files: 3 practices, 1 plan; 0 errors, 0 warnings
$ sed -e 's/^title: .*/title: "E-consult\xe2\x80\xa8invoeren\xc2\x85"/' -e 's/^barriers: .*/barriers: [time, typo]/' fixtures/plans/plan-good.yaml > breaks-typo.yaml && ehtrack plan check fixtures/plans/register.yaml breaks-typo.yaml
> checked 2 files: 3 practices, 1 plan; 2 errors, 0 warnings
! ehtrack: breaks-typo.yaml:2:8: title must be one line of text (it holds a line separator U+2028 or U+2029, as a word processor pastes them)
! ehtrack: breaks-typo.yaml:24:18: barrier must be one of financing | ict_costs | contracting | time | affinity | professional_vision | practice_organisation | regional_collaboration (got 'typo')
? 1
$ ehtrack init > /dev/null && ehtrack plan sync fixtures/plans/register.yaml breaks.yaml > /dev/null && ehtrack plan show econsult-gracht --format json | grep -o '"notes": "[^"]*"' | od -c | grep -c '302 205'
> 1
#
# A syntax error is named where it is to be fixed: a line without ':' (or a
# merge conflict's marker) at its own line, not at the next one where
# libyaml noticed it; a tab that indents says so.
$ printf 'plan: p\ntitle: t\nforgot the colon here\npractice: "01234567"\n' > nocolon.yaml && ehtrack plan check nocolon.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: nocolon.yaml:3:1: YAML syntax: no ':' after this text; a line of a mapping is 'key: value'
? 1
# Also the first key under its parent (YAML reads it as the start of the
# parent's text, up to the next key's ': '), in a mapping and as a list
# item's first line: named at its own line (was: the next line, "a ': '
# where no key can start").
$ printf 'plan: p\nsteps:\n  needs:\n    status done\n    started: 2026-01-05\n' > first-key.yaml && ehtrack plan check first-key.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: first-key.yaml:4:5: YAML syntax: no ':' after this text; a line of a mapping is 'key: value' (a text over several lines is written in quotes: YAML read this line and the next as one, up to the ': ' on line 5)
? 1
$ printf 'plan: p\nsteps:\n  needs\n    status: done\n' > first-key2.yaml && ehtrack plan check first-key2.yaml 2>&1 >/dev/null | cut -d: -f3,4
> 3:3
$ printf 'plan: p\ngoals:\n  # the share\n\n  - id share\n    metric: econsult_share\n' > first-key3.yaml && ehtrack plan check first-key3.yaml 2>&1 >/dev/null | cut -d: -f3,4
> 5:5
# A key without the space after its colon ('status:done') is one word to
# YAML; libyaml stumbles lines further on, where it was reported as an
# indentation mistake or a ': ' to quote.
$ sed 's/^  needs:     {status: done, started: 2025-09-01, completed: 2025-09-30, owner: praktijkmanager,/  needs:\n    status:done\n    started: 2025-09-01\n    owner: praktijkmanager\n  xneeds:     {status: done, started: 2025-09-01, completed: 2025-09-30, owner: praktijkmanager,/' fixtures/plans/plan-good.yaml > nospace.yaml && ehtrack plan check fixtures/plans/register.yaml nospace.yaml
> checked 2 files: 3 practices, 0 plans; 1 error, 0 warnings
! ehtrack: nospace.yaml:8:5: YAML syntax: no space after the colon of 'status:', so YAML reads 'status:done' as one word, not a key and its value: write 'status: done'
? 1
$ printf 'plan: p\ntitle: t\nsteps:\n  needs:\n    status:done\n    due: 2027-01-01\n' > nospace2.yaml && ehtrack plan check nospace2.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: nospace2.yaml:5:5: YAML syntax: no space after the colon of 'status:', so YAML reads 'status:done' as one word, not a key and its value: write 'status: done'
? 1
$ printf 'plan: p\n<<<<<<< HEAD\ntitle: a\n=======\ntitle: b\n>>>>>>> theirs\n' > conflict.yaml && ehtrack plan check conflict.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: conflict.yaml:2:1: a merge conflict's marker (<<<<<<<, ======= or >>>>>>>): resolve the conflict, keep the lines meant, and remove the markers
? 1
# A marker left alone when the others were removed (it was read as a
# folded text: "did not find expected comment or line break").
$ printf 'plan: p\ntitle: a\n>>>>>>> theirs\n' > leftover.yaml && ehtrack plan check leftover.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: leftover.yaml:3:1: a merge conflict's marker (<<<<<<<, ======= or >>>>>>>): resolve the conflict, keep the lines meant, and remove the markers
? 1
$ printf 'plan: p\nsteps:\n\tneeds: {status: done}\n' > tab.yaml && ehtrack plan check tab.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: tab.yaml:3:1: YAML syntax: a tab; YAML is indented with spaces, never tabs
? 1
# A brace, bracket or quote never closed is named where it opened (it was
# named where libyaml gave up: the next item, or the end of the file); a
# missing comma inside one that is closed is named where the comma goes;
# an alias names the anchor it lacks.
$ printf 'plan: p\ngoals:\n  - {id: a, metric: econsult_share, target: 0.1, deadline: 2026-12-31\n  - {id: b, metric: calls_per_day, target: 30, deadline: 2026-12-31}\n' > brace.yaml && ehtrack plan check brace.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: brace.yaml:3:5: YAML syntax: this { is not closed: a } is missing (the parser gave up at line 4, column 5: did not find expected ',' or '}')
? 1
$ printf 'plan: p\ntitle: "Fase 1: visie\npractice: "01234567"\n' > quote.yaml && ehtrack plan check quote.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: quote.yaml:2:8: YAML syntax: this " is not closed on its line: the value runs on to line 3, where the next " ends it; close the quote
? 1
$ printf "plan: p\ntitle: 'Fase 1\n\n" > eof.yaml && ehtrack plan check eof.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: eof.yaml:2:8: YAML syntax: this ' is not closed: a ' is missing (the parser gave up at line 4, column 1: found unexpected end of stream)
? 1
$ printf 'plan: p\ntitle: {nl: a b: c}\n' > comma.yaml && ehtrack plan check comma.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: comma.yaml:2:16: YAML syntax: a ',' or '}' was expected here: the entries of the {...} opened at line 2, column 8 are separated by ', ' (a value with a quote inside is quoted as a whole)
? 1
$ printf 'plan: p\ntitle: T\nsteps:\n  needs: *voorbereiding\n' > alias.yaml && ehtrack plan check alias.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: alias.yaml:4:10: YAML syntax: *voorbereiding refers to an anchor &voorbereiding that is not defined above it (an anchor is written where the value first appears: 'key: &name value')
? 1
# A non-breaking space (a word processor's, a web page's) after a value or
# in an indentation looks like a plain one: named (was "got 'done '", or a
# stray ': ' for the indentation).
$ printf 'plan: p\nsteps:\n  needs:\n    status: done\302\240\n' > nbsp-value.yaml && ehtrack plan check nbsp-value.yaml 2>&1 | grep 'status'
> ehtrack: nbsp-value.yaml:4:13: step status must be one of not_started | in_progress | done | skipped (got 'done '); it holds a non-breaking space (U+00A0, as a word processor or a web page writes it) that looks like a plain one: type the spaces again
$ printf 'plan: p\nsteps:\n  needs:\n    started: 2026-01-05\n  \302\240 status: done\n' > nbsp-indent.yaml && ehtrack plan check nbsp-indent.yaml 2>&1 | grep "5:3"
> ehtrack: nbsp-indent.yaml:5:3: unknown key '  status' in steps (expected one of: needs, vision, selection, plan, implement, scale); it holds a non-breaking space (U+00A0, as a word processor or a web page writes it) that looks like a plain one: type the spaces again
$ printf 'plan: p\nsteps:\n  needs:\n\302\240   status: done\n    started: 2026-01-05\n' > nbsp-first.yaml && ehtrack plan check nbsp-first.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: nbsp-first.yaml:4: YAML syntax: the line holds a non-breaking space (U+00A0, as a word processor or a web page writes it) where a plain space belongs: type the spaces again
? 1
# A Dutch decimal comma without its 0 (",3"): ',' starts no YAML value
# (was "did not find expected node content ... check the indentation").
$ printf 'plan: p\ngoals:\n  - id: a\n    target: ,35\n' > comma.yaml && ehtrack plan check comma.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: comma.yaml:4:13: YAML syntax: a value cannot start with ','; a number is written with a decimal point and its 0: 0.35, not ,35
? 1
# The lines above such an error are read back from it, not each from the
# file's start: a million blank lines above the key took minutes to name.
$ { printf 'plan: p\nsteps:\n  needs:\n'; yes '' | head -1000000; printf '    status done\n    started: 2026-01-05\n'; } > far.yaml && timeout 60 ehtrack plan check far.yaml 2>&1 >/dev/null | cut -d: -f3,4
> 1000004:5
