# followup_rate: an e-consult counts when the same patient has an f2f,
# phone, video or visit consult at the same practice starting in (t, t+14d],
# real elapsed time, searched among all consults whatever the period.
# fixtures/metrics/logs/followup.csv, practice 90000001 (A) unless said:
#
#   P1  econsult 2025-03-03 10:00, f2f 2025-03-17 10:00       exactly 14 days: counts
#   P2  econsult 2025-03-04 10:00, phone 2025-03-18 10:01     14 days + 1 minute: not
#   P3  econsult 2025-03-05 10:00, f2f 2025-03-05 10:00       same minute: not
#   P4  econsult 2025-03-20 10:00 (winter time), video 2025-04-03 10:30
#       (summer time): 14 days + 30 minutes on the clock, 14 days - 30
#       minutes real: counts
#   P5  econsult 2025-03-06, econsult 2025-03-07              an e-consult is no
#       follow-up: neither counts
#   P6  econsult 2025-03-10, visit 2025-03-11 at 90000002     other practice: not
#   P7  econsult 2025-03-31 10:00, phone 2025-04-02           counts, though the
#       follow-up is in April
#   P10 f2f 2025-03-01, econsult 2025-03-02                   before, not after: not
#   P11 econsult 2025-03-12, f2f 03-13 and phone 03-14        counts once
#   P12 econsult 2025-03-12; P13 f2f 2025-03-13               other patient: not
#   P8  econsult 2025-10-20 10:00 (summer), f2f 2025-11-03 10:00 (winter):
#       14 days + 1 hour real: not
#   P9  econsult 2025-10-21 10:00 (summer), f2f 2025-11-04 09:00 (winter):
#       exactly 14 days real: counts
$ ehtrack init > /dev/null
$ ehtrack plan sync fixtures/metrics/register.yaml > /dev/null
$ ehtrack import consults fixtures/metrics/logs/followup.csv > /dev/null
# March 2025, A: 11 e-consults (P1 P2 P3 P4 P5 P5 P6 P7 P10 P11 P12), 4
# followed (P1 P4 P7 P11): 4/11. The follow-ups of P4 and P7 are in April,
# outside --to, and still count. B has no e-consult: 0/0 = null.
$ ehtrack metrics --care-group "Zorggroep Oost" --metric followup_rate --from 2025-03-01 --to 2025-03-31 --format json
> [
>   {"group": "90000001", "period": "2025-03", "metric": "followup_rate", "value": 0.36363636363636365, "numerator": 4, "denominator": 11, "partial": false},
>   {"group": "90000002", "period": "2025-03", "metric": "followup_rate", "value": null, "numerator": 0, "denominator": 0, "partial": false}
> ]
# By month over March and April: April has consults (the follow-ups) but
# no e-consult: 0/0 = null.
$ ehtrack metrics --practice 90000001 --metric followup_rate --from 2025-03-01 --to 2025-04-30 --format json
> [
>   {"group": "90000001", "period": "2025-03", "metric": "followup_rate", "value": 0.36363636363636365, "numerator": 4, "denominator": 11, "partial": false},
>   {"group": "90000001", "period": "2025-04", "metric": "followup_rate", "value": null, "numerator": 0, "denominator": 0, "partial": false}
> ]
# One day, 2025-03-31: P7's e-consult, followed two days later: 1/1.
$ ehtrack metrics --practice 90000001 --metric followup_rate --period all --from 2025-03-31 --to 2025-03-31 --format json
> [
>   {"group": "90000001", "period": "all", "metric": "followup_rate", "value": 1, "numerator": 1, "denominator": 1, "partial": false}
> ]
# Autumn: P8 not, P9 yes: 1/2.
$ ehtrack metrics --practice 90000001 --metric followup_rate --period all --from 2025-10-01 --to 2025-11-30 --format json
> [
>   {"group": "90000001", "period": "all", "metric": "followup_rate", "value": 0.5, "numerator": 1, "denominator": 2, "partial": true}
> ]
# Pooled over Zorggroep Oost and both periods with --period all: (4 + 1)/(11 + 2) = 5/13.
$ ehtrack metrics --care-group "Zorggroep Oost" --by care_group --metric followup_rate --period all --format json
> [
>   {"group": "Zorggroep Oost", "period": "all", "metric": "followup_rate", "value": 0.38461538461538464, "numerator": 5, "denominator": 13, "partial": false}
> ]
