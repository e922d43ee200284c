# The follow-up count of the day tables is the same however the consults
# arrive: in one file or in two imports, hashed ids (sorted before they
# are stored) or ids in file order, a practice's consults together or
# with another practice's in between. The consults are those of
# fixtures/metrics/logs/followup.csv, whose figures metrics-followup.t
# works out by hand: March 2025 at 90000001 4 of 11 e-consults followed
# (P1 P4 P7 P11), the autumn 1 of 2 (P9).
#
# Integer ids in file order: 90000001's consults f-1 .. f-11, then f-12 of
# 90000002, then the rest of 90000001's (P7's follow-up, P10 to P13, the
# autumn), which are counted with the first ones.
$ sed 's/^f-//' fixtures/metrics/logs/followup.csv > numeric.csv
$ ehtrack init > /dev/null
$ ehtrack plan sync fixtures/metrics/register.yaml > /dev/null
$ ehtrack import consults numeric.csv > /dev/null
$ ehtrack metrics --practice 90000001 --metric followup_rate --from 2025-03-01 --to 2025-03-31 --format csv
> group,period,metric,value,numerator,denominator,partial
> 90000001,2025-03,followup_rate,0.36363636363636365,4,11,false
$ ehtrack metrics --practice 90000001 --metric followup_rate --period all --from 2025-10-01 --to 2025-11-30 --format csv
> group,period,metric,value,numerator,denominator,partial
> 90000001,all,followup_rate,0.5,1,2,true
# Two imports: the follow-ups of P1, P4 and P11 (f-2, f-8, f-18, f-19)
# and the autumn come in the second, to e-consults stored by the first.
$ grep -v -e '^f-2,' -e '^f-8,' -e '^f-18,' -e '^f-19,' -e '^f-2[2-5],' fixtures/metrics/logs/followup.csv > first.csv
$ (head -1 first.csv; grep -e '^f-2,' -e '^f-8,' -e '^f-18,' -e '^f-19,' -e '^f-2[2-5],' fixtures/metrics/logs/followup.csv) > second.csv
$ ehtrack --db two.db init > /dev/null
$ ehtrack --db two.db plan sync fixtures/metrics/register.yaml > /dev/null
$ ehtrack --db two.db import consults first.csv > /dev/null
# After the first, the 11 e-consults of March are there but only P7's
# follow-up: 1 of 11.
$ ehtrack --db two.db metrics --practice 90000001 --metric followup_rate --from 2025-03-01 --to 2025-03-31 --format csv
> group,period,metric,value,numerator,denominator,partial
> 90000001,2025-03,followup_rate,0.09090909090909091,1,11,false
$ ehtrack --db two.db import consults second.csv > /dev/null
$ ehtrack --db two.db metrics --practice 90000001 --metric followup_rate --from 2025-03-01 --to 2025-03-31 --format csv
> group,period,metric,value,numerator,denominator,partial
> 90000001,2025-03,followup_rate,0.36363636363636365,4,11,false
$ ehtrack --db two.db metrics --practice 90000001 --metric followup_rate --period all --from 2025-10-01 --to 2025-11-30 --format csv
> group,period,metric,value,numerator,denominator,partial
> 90000001,all,followup_rate,0.5,1,2,true
