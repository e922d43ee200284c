# Every template gives a plan that passes plan check against the register.
$ ehtrack plan sync plans/register.yaml > /dev/null
$ for t in econsult video-consult patient-portal telemonitoring self-help; do ehtrack plan new --template $t --practice 01053147 > $t.yaml && ehtrack plan check plans/register.yaml $t.yaml; done
> checked 2 files: 16 practices, 1 plan; 0 errors, 0 warnings
> checked 2 files: 16 practices, 1 plan; 0 errors, 0 warnings
> checked 2 files: 16 practices, 1 plan; 0 errors, 0 warnings
> checked 2 files: 16 practices, 1 plan; 0 errors, 0 warnings
> checked 2 files: 16 practices, 1 plan; 0 errors, 0 warnings
# The video-consult template says what plan check then warns: beside an
# e-consult plan with a longer term it lowers the practice's term (its
# comment said the term came from the e-consult plan).
$ sed 's/response_term_hours: [0-9]*/response_term_hours: 48/' econsult.yaml > e48.yaml && ehtrack plan check plans/register.yaml e48.yaml video-consult.yaml 2>&1 | grep -c 'counts as 24'; grep -c 'setup: {response_term_hours: 48}' video-consult.yaml
> 1
> 2
$ ehtrack plan new --template econsult --practice 01053147 --id econsult-ootmarsum-2 | grep -E '^(plan|practice):'
> plan: econsult-ootmarsum-2
> practice: "01053147"
$ ehtrack plan new --template econsult | grep -E '^(plan|practice):'
> plan: econsult-00000000
> practice: "00000000"
! ehtrack: no --practice given: replace 00000000 with the practice's AGB code
$ ehtrack plan new --template bogus --practice 01053147
! templates: econsult patient-portal self-help telemonitoring video-consult
! ehtrack: no template 'bogus' in templates/plans/
? 2
# A name mistyped gets the one meant, as a channel or a metric does.
$ ehtrack plan new --template econsul --practice 01053147
! templates: econsult patient-portal self-help telemonitoring video-consult
! ehtrack: no template 'econsul' in templates/plans/; did you mean 'econsult'?
? 2
# A named pipe where a template is looked for is refused (it was waited
# on for ever), as is a directory, which the list names (it was refused
# as no template, which the list had just named).
$ mkdir -p own && cp -RL templates own/ && mkfifo own/templates/plans/pipe.yaml && EHTRACK_DATADIR=own timeout 10 ehtrack plan new --template pipe
! ehtrack: own/templates/plans/pipe.yaml: cannot read the template: not a regular file
? 3
$ rm own/templates/plans/pipe.yaml && mkdir own/templates/plans/folder.yaml && EHTRACK_DATADIR=own ehtrack plan new && EHTRACK_DATADIR=own ehtrack plan new --template folder
> templates: econsult folder patient-portal self-help telemonitoring video-consult
! ehtrack: own/templates/plans/folder.yaml: cannot read the template: not a regular file
? 3
# Alone, plan new lists the templates, as its help says (it was a usage
# error, exit 2); with a practice but no template it is one.
$ ehtrack plan new
> templates: econsult patient-portal self-help telemonitoring video-consult
$ ehtrack plan new --practice 01053147
! templates: econsult patient-portal self-help telemonitoring video-consult
! ehtrack: plan new: --template NAME is required
! usage: ehtrack plan new --template NAME [--practice AGB] [--id ID] [-o FILE]
? 2
$ ehtrack plan new --template econsult --practice 123
! ehtrack: plan new: --practice must be an AGB code of exactly 8 digits (got '123')
! usage: ehtrack plan new --template NAME [--practice AGB] [--id ID] [-o FILE]
? 2
# -o writes a new file; the plan id is the file's name without .yaml, so
# the README's tour works: new plan, sync, history under the file's name.
$ mkdir region && cp plans/register.yaml region/
$ ehtrack plan new --template econsult --practice 01053147 -o region/econsult-de-linde.yaml
> wrote region/econsult-de-linde.yaml: plan econsult-de-linde from template econsult
$ grep -E '^(plan|practice):' region/econsult-de-linde.yaml
> plan: econsult-de-linde
> practice: "01053147"
$ ehtrack plan sync region/
> PLAN               STATE    CHANGES
> econsult-de-linde  created        1
> synced 16 practices (0 new, 0 changed) and 1 plan (1 new, 0 changed, 0 unchanged)
$ ehtrack plan history econsult-de-linde
> RECORDED                   BY      COMMIT  AUTHOR  CHANGE
> 2026-11-23T12:00:00+01:00  tester  -       -       created
# .yml too; --id wins over the file name.
$ ehtrack plan new --template video-consult --practice 01053147 -o region/beeldbellen.yml && grep '^plan:' region/beeldbellen.yml
> wrote region/beeldbellen.yml: plan beeldbellen from template video-consult
> plan: beeldbellen
$ ehtrack plan new --template video-consult --practice 01053147 --id video-ootmarsum -o region/anders.yaml && grep '^plan:' region/anders.yaml
> wrote region/anders.yaml: plan video-ootmarsum from template video-consult
> plan: video-ootmarsum
# PLAN.YAML, as Windows tools name files: plan sync reads it, so -o takes
# it (it was refused for a name plan sync "will not read").
$ mkdir other && ehtrack plan new --template self-help --practice 01053147 -o other/zelfhulp.YAML && grep "^plan:" other/zelfhulp.YAML
> wrote other/zelfhulp.YAML: plan zelfhulp from template self-help
> plan: zelfhulp
# '-' is standard output, as without -o.
$ ehtrack plan new --template econsult --practice 01053147 -o - | grep '^plan:'; test -e ./- || echo "no file named -"
> plan: econsult-01053147
> no file named -
# Never over anything already there: exit 3, the target left as it was.
$ cksum < region/econsult-de-linde.yaml > before && ehtrack plan new --template self-help --practice 01053147 -o region/econsult-de-linde.yaml; echo "exit $?"; cksum < region/econsult-de-linde.yaml | cmp - before && echo unchanged
> exit 3
> unchanged
! ehtrack: region/econsult-de-linde.yaml: a file is already there, and this command never writes over one; name a new file
$ ln -s ../elsewhere.yaml region/link.yaml; ehtrack plan new --template econsult -o region/link.yaml; echo "exit $?"; ls -l region/link.yaml | sed 's/.* region/region/'; test -e elsewhere.yaml || echo "nothing written through the link"; rm region/link.yaml
> exit 3
> region/link.yaml -> ../elsewhere.yaml
> nothing written through the link
! ehtrack: region/link.yaml: is a symbolic link; -o writes regular files only
$ mkdir region/map.yaml; ehtrack plan new --template econsult -o region/map.yaml; echo "exit $?"; ls -A region/map.yaml
> exit 3
! ehtrack: region/map.yaml: is a directory; give a file name
$ mkfifo pipe.yaml; ehtrack plan new --template econsult -o pipe.yaml; echo "exit $?"; test -p pipe.yaml && echo "still a FIFO"; rm pipe.yaml
> exit 3
> still a FIFO
! ehtrack: pipe.yaml: is a FIFO (named pipe); -o writes regular files only
$ ehtrack plan new --template econsult -o /dev/null
! ehtrack: /dev/null: is a device; -o writes regular files only
? 3
$ ehtrack plan new --template econsult -o no-such-dir/plan.yaml
! ehtrack: no-such-dir/plan.yaml: cannot write here: No such file or directory
? 3
# A file name that makes no plan id, or that plan sync would not read.
$ ehtrack plan new --template econsult --practice 01053147 -o "region/E-consult De Linde.yaml"
! ehtrack: plan new: -o region/E-consult De Linde.yaml: the file name gives the plan id 'E-consult De Linde', but a plan id is lower-case letters, digits and '-', starting with a letter or digit, at most 64 characters; name the file e-consult-de-linde.yaml, or give --id ID
! usage: ehtrack plan new --template NAME [--practice AGB] [--id ID] [-o FILE]
? 2
# A letter with an accent as the letter (was dropped: beeldbellen-caf-noord).
$ ehtrack plan new --template econsult --practice 01053147 -o "region/beeldbellen-café-noord.yaml" 2>&1 | grep -o 'name the file [^ ]*'
> name the file beeldbellen-cafe-noord.yaml,
$ ehtrack plan new --template econsult --practice 01053147 -o "region/E-consult De Linde.yaml" --id econsult-linde && ehtrack plan check region/ | tail -1
> wrote region/E-consult De Linde.yaml: plan econsult-linde from template econsult
> checked 5 files: 16 practices, 4 plans; 0 errors, 2 warnings
! ehtrack: region/anders.yaml:23:7: warning: plan video-ootmarsum sets no setup.response_term_hours, so it counts as 24 hours, and the smallest term of practice 01053147's plans is its e-consult term: 24 hours, not the 48 of plan econsult-linde (response_in_term follows it); give this plan response_term_hours: 48 if patients are promised 48 hours
! ehtrack: region/beeldbellen.yml:23:7: warning: plan beeldbellen sets no setup.response_term_hours, so it counts as 24 hours, and the smallest term of practice 01053147's plans is its e-consult term: 24 hours, not the 48 of plan econsult-linde (response_in_term follows it); give this plan response_term_hours: 48 if patients are promised 48 hours
$ ehtrack plan new --template econsult --practice 01053147 -o region/plan.txt
! ehtrack: plan new: -o region/plan.txt: a plan file's name ends in .yaml or .yml, or plan sync will not read it
! usage: ehtrack plan new --template NAME [--practice AGB] [--id ID] [-o FILE]
? 2
$ ls region
> E-consult De Linde.yaml
> anders.yaml
> beeldbellen.yml
> econsult-de-linde.yaml
> map.yaml
> register.yaml
