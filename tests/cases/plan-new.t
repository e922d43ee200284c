# Every template gives a plan that passes plan check against the register.
$ ehtrack plan sync plans/register.yaml > /dev/null
$ for t in econsult video-consult patient-portal telemonitoring self-help; do ehtrack plan new --template $t --practice 01053147 > $t.yaml && ehtrack plan check plans/register.yaml $t.yaml; done
> checked 2 files: 16 practices, 1 plan; 0 errors, 0 warnings
> checked 2 files: 16 practices, 1 plan; 0 errors, 0 warnings
> checked 2 files: 16 practices, 1 plan; 0 errors, 0 warnings
> checked 2 files: 16 practices, 1 plan; 0 errors, 0 warnings
> checked 2 files: 16 practices, 1 plan; 0 errors, 0 warnings
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
$ ehtrack plan new --practice 01053147
! templates: econsult patient-portal self-help telemonitoring video-consult
! ehtrack: plan new: --template NAME is required
! usage: ehtrack plan new --template NAME [--practice AGB] [--id ID]
? 2
$ ehtrack plan new --template econsult --practice 123
! ehtrack: plan new: --practice must be an AGB code of exactly 8 digits (got '123')
! usage: ehtrack plan new --template NAME [--practice AGB] [--id ID]
? 2
