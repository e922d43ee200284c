# Message metrics: response_in_term, median_response_h, unsafe_share.
# Response hours are real elapsed time in Europe/Amsterdam: summer time
# starts 2025-03-30 (02:00 -> 03:00) and ends 2025-10-26 (03:00 -> 02:00).
#
# The practice's term comes from its plans (fixtures/metrics/plans):
#   90000001 (A): econsult-aa (patient_communication, 48 h) and portaal-aa
#                 (patient_portal, 72 h): the smallest, 48 h
#   90000002 (B): thuismeten-bee is telemonitoring (12 h): not counted, so
#                 the default 24 h
#   90000003, 90000004: no plan: 24 h
#
# fixtures/metrics/logs/messages.csv (econsult unless said):
#   A a1 received 2025-03-30 01:30, answered 03:30   1 h (not 2: the clock jumps)
#   A a2 2025-03-03 09:00 -> 2025-03-05 09:00        48 h: within 48 (<=)
#   A a3 2025-03-04 09:00 -> 2025-03-06 10:00        49 h: late
#   A a4 email 2025-03-11, answered                  unsafe; not an e-consult
#   A a5 2025-03-12 08:00, unanswered                term ended 2025-03-14 08:00
#   A a6 2025-03-31 20:00 -> 2025-04-01 08:00        12 h, counts in March
#   A a7 2025-10-26 01:30 -> 03:30                   3 h (not 2: the clock goes back)
#   A a8 2025-10-25 12:00 -> 2025-10-27 11:30        48.5 h real (47.5 on the clock): late
#   A a9 2025-10-30 10:00, unanswered                term ends 2025-11-01 10:00
#   B b1 2025-03-03 09:00 -> 2025-03-04 09:00        24 h: within 24
#   B b2 2025-03-03 10:00 -> 2025-03-04 11:00        25 h: late (it would not be with 48)
#   B b3 2025-03-29 12:00 -> 2025-03-30 12:00        23 h real (24 on the clock)
#   B b4 sms 2025-03-05, unanswered                  unsafe; not an e-consult
#   B b5 2025-03-20 08:00 -> 08:30                   0.5 h
$ ehtrack init > /dev/null
$ ehtrack plan sync fixtures/metrics/register.yaml fixtures/metrics/plans > /dev/null
! ehtrack: fixtures/metrics/plans/portaal-aa.yaml:2:7: warning: plan portaal-aa promises an answer within 72 hours, plan econsult-aa of the same practice 90000001 within 48: response_in_term judges every e-consult of the practice by the smallest, 48 hours, while the patient texts of each plan give its own; give both plans the same setup.response_term_hours
$ ehtrack import messages fixtures/metrics/logs/messages.csv > /dev/null
# --- March 2025 per practice (as of today, 2026-11-23) --------------------------
# A: in term a1, a2, a6 = 3; answered a1 a2 a3 a6 = 4, plus a5 (unanswered,
#    term ended long before the as-of date) = 5: 3/5 = 0.6.
#    (With 24 h it would be 2/5, with 72 h 4/5.)
#    Median of {1, 12, 48, 49} (even count): (12 + 48)/2 = 30.
#    Unsafe: 1 email of 6 messages = 1/6.
# B: in term b1, b3, b5 = 3 of 4 answered = 0.75 (with the 12 h of the
#    telemonitoring plan it would be 1/4). Median of {0.5, 23, 24, 25} =
#    (23 + 24)/2 = 23.5 (on the wall clock b3 would be 24 and the median 24).
#    Unsafe: 1 sms of 5 = 0.2.
# C, D: no messages: ratios 0/0 = null, the median null.
# March is whole: the records begin on Monday 3 March, after a weekend.
$ ehtrack metrics --from 2025-03-01 --to 2025-03-31 --metric response_in_term,median_response_h,unsafe_share --format json
> [
>   {"group": "90000001", "period": "2025-03", "metric": "response_in_term", "value": 0.6, "numerator": 3, "denominator": 5, "partial": false},
>   {"group": "90000001", "period": "2025-03", "metric": "median_response_h", "value": 30, "numerator": null, "denominator": null, "partial": false},
>   {"group": "90000001", "period": "2025-03", "metric": "unsafe_share", "value": 0.16666666666666666, "numerator": 1, "denominator": 6, "partial": false},
>   {"group": "90000002", "period": "2025-03", "metric": "response_in_term", "value": 0.75, "numerator": 3, "denominator": 4, "partial": false},
>   {"group": "90000002", "period": "2025-03", "metric": "median_response_h", "value": 23.5, "numerator": null, "denominator": null, "partial": false},
>   {"group": "90000002", "period": "2025-03", "metric": "unsafe_share", "value": 0.2, "numerator": 1, "denominator": 5, "partial": false},
>   {"group": "90000003", "period": "2025-03", "metric": "response_in_term", "value": null, "numerator": 0, "denominator": 0, "partial": false},
>   {"group": "90000003", "period": "2025-03", "metric": "median_response_h", "value": null, "numerator": null, "denominator": null, "partial": false},
>   {"group": "90000003", "period": "2025-03", "metric": "unsafe_share", "value": null, "numerator": 0, "denominator": 0, "partial": false},
>   {"group": "90000004", "period": "2025-03", "metric": "response_in_term", "value": null, "numerator": 0, "denominator": 0, "partial": false},
>   {"group": "90000004", "period": "2025-03", "metric": "median_response_h", "value": null, "numerator": null, "denominator": null, "partial": false},
>   {"group": "90000004", "period": "2025-03", "metric": "unsafe_share", "value": null, "numerator": 0, "denominator": 0, "partial": false}
> ]
# --- pooled over Zorggroep Oost (A + B) ------------------------------------------
# In term (3 + 3)/(5 + 4) = 2/3 (the mean of 0.6 and 0.75 would be 0.675).
# The median of the pooled hours {0.5, 1, 12, 23, 24, 25, 48, 49} is
# (23 + 24)/2 = 23.5 (not the mean of the two medians, 26.75).
# Unsafe (1 + 1)/(6 + 5) = 2/11.
$ ehtrack metrics --care-group "Zorggroep Oost" --by care_group --from 2025-03-01 --to 2025-03-31 --metric response_in_term,median_response_h,unsafe_share --format json
> [
>   {"group": "Zorggroep Oost", "period": "2025-03", "metric": "response_in_term", "value": 0.6666666666666666, "numerator": 6, "denominator": 9, "partial": false},
>   {"group": "Zorggroep Oost", "period": "2025-03", "metric": "median_response_h", "value": 23.5, "numerator": null, "denominator": null, "partial": false},
>   {"group": "Zorggroep Oost", "period": "2025-03", "metric": "unsafe_share", "value": 0.18181818181818182, "numerator": 2, "denominator": 11, "partial": false}
> ]
# --- the switch to summer time ---------------------------------------------------
# Week 2025-W13 (24..30 March) of A holds only a1: 01:30 -> 03:30 on
# 2025-03-30 is 1 hour.
$ ehtrack metrics --practice 90000001 --period week --from 2025-03-24 --to 2025-03-30 --metric median_response_h --format json
> [
>   {"group": "90000001", "period": "2025-W13", "metric": "median_response_h", "value": 1, "numerator": null, "denominator": null, "partial": false}
> ]
# --- the switch back to winter time, and unanswered messages against --as-of ---
# Week 2025-W43 (20..26 October) of A: a7 (3 h) and a8 (48.5 h): median
# (3 + 48.5)/2 = 25.75 (on the wall clock it would be (2 + 47.5)/2 = 24.75).
$ ehtrack metrics --practice 90000001 --period week --from 2025-10-20 --to 2025-10-26 --metric median_response_h --format json
> [
>   {"group": "90000001", "period": "2025-W43", "metric": "median_response_h", "value": 25.75, "numerator": null, "denominator": null, "partial": false}
> ]
# October for A: a7 in term, a8 not (48.5 h > 48 h). a9 is unanswered; its
# term ends 2025-11-01 10:00.
#   --as-of 2025-11-01: the term has not ended before the as-of date: 1/2
#   --as-of 2025-11-02: it has: 1/3
#   no --as-of: the day after the last record in scope (a9, received
#   2025-10-30), 2025-10-31: the term has not ended: 1/2
$ ehtrack metrics --practice 90000001 --from 2025-10-01 --to 2025-10-31 --as-of 2025-11-01 --metric response_in_term --format json
> [
>   {"group": "90000001", "period": "2025-10", "metric": "response_in_term", "value": 0.5, "numerator": 1, "denominator": 2, "partial": true}
> ]
$ ehtrack metrics --practice 90000001 --from 2025-10-01 --to 2025-10-31 --as-of 2025-11-02 --metric response_in_term --format json
> [
>   {"group": "90000001", "period": "2025-10", "metric": "response_in_term", "value": 0.3333333333333333, "numerator": 1, "denominator": 3, "partial": true}
> ]
$ ehtrack metrics --practice 90000001 --from 2025-10-01 --to 2025-10-31 --metric response_in_term --format json
> [
>   {"group": "90000001", "period": "2025-10", "metric": "response_in_term", "value": 0.5, "numerator": 1, "denominator": 2, "partial": true}
> ]
# The month of a message is that of its received time: with --period month
# over March and April, a6 (answered 1 April) stays in March and April has no
# message: null.
$ ehtrack metrics --practice 90000001 --from 2025-03-01 --to 2025-04-30 --metric response_in_term,median_response_h --format json
> [
>   {"group": "90000001", "period": "2025-03", "metric": "response_in_term", "value": 0.6, "numerator": 3, "denominator": 5, "partial": false},
>   {"group": "90000001", "period": "2025-03", "metric": "median_response_h", "value": 30, "numerator": null, "denominator": null, "partial": false},
>   {"group": "90000001", "period": "2025-04", "metric": "response_in_term", "value": null, "numerator": 0, "denominator": 0, "partial": false},
>   {"group": "90000001", "period": "2025-04", "metric": "median_response_h", "value": null, "numerator": null, "denominator": null, "partial": false}
> ]
# A retired plan leaves the term to the practice's active plans: a plan
# renamed and given another term must not keep the old id's term. With
# econsult-aa (48 h) retired, A's term is portaal-aa's 72 h: in March a3
# (49 h) is in term too, 4/5 = 0.8.
# The term measures every message the practice has, so the months already
# reported change: the user is told which practice, from and to what, and
# over which months.
$ EHTRACK_NOW=2026-11-20T10:00:00 ehtrack plan retire econsult-aa > /dev/null
! ehtrack: practice 90000001 (Praktijk Aa): its response term is now 72 hours, was 48: response_in_term of all its 8 e-consult messages (2025-03 to 2025-10) is measured against 72 hours, so the figures of months already reported change too
$ ehtrack metrics --practice 90000001 --from 2025-03-01 --to 2025-03-31 --metric response_in_term --format json
> [
>   {"group": "90000001", "period": "2025-03", "metric": "response_in_term", "value": 0.8, "numerator": 4, "denominator": 5, "partial": false}
> ]
# With no active plan left, the plans retired last say how the practice
# answered: portaal-aa's 72 hours, in force since econsult-aa was retired;
# nothing changes, nothing is said (the smallest of every retired plan,
# econsult-aa's 48, took over: a term out of force for a day).
$ EHTRACK_NOW=2026-11-21T10:00:00 ehtrack plan retire portaal-aa
> retired plan portaal-aa: it leaves status, goals and reports (--all shows it); plan list and plan history keep it
$ ehtrack metrics --practice 90000001 --from 2025-03-01 --to 2025-03-31 --metric response_in_term --format json
> [
>   {"group": "90000001", "period": "2025-03", "metric": "response_in_term", "value": 0.8, "numerator": 4, "denominator": 5, "partial": false}
> ]
# Back in use, econsult-aa gives its 48 hours again: 3/5.
$ ehtrack plan retire --undo econsult-aa
> plan econsult-aa is active again: back in status, goals and reports
! ehtrack: practice 90000001 (Praktijk Aa): its response term is now 48 hours, was 72: response_in_term of all its 8 e-consult messages (2025-03 to 2025-10) is measured against 48 hours, so the figures of months already reported change too
$ ehtrack metrics --practice 90000001 --from 2025-03-01 --to 2025-03-31 --metric response_in_term --format json
> [
>   {"group": "90000001", "period": "2025-03", "metric": "response_in_term", "value": 0.6, "numerator": 3, "denominator": 5, "partial": false}
> ]
# A plan synced with a new term says so too (A's March: with 24 h, 2/5, as
# said at the top).
$ sed 's/response_term_hours: 48/response_term_hours: 24/' fixtures/metrics/plans/econsult-aa.yaml > econsult-aa.yaml && ehtrack plan sync econsult-aa.yaml > /dev/null
! ehtrack: econsult-aa.yaml:2:7: warning: plan id 'econsult-aa' is tracked from fixtures/metrics/plans/econsult-aa.yaml, which still holds it; synced, this file takes the plan over: if it is a copy for another plan, give it an id of its own
! ehtrack: practice 90000001 (Praktijk Aa): its response term is now 24 hours, was 48: response_in_term of all its 8 e-consult messages (2025-03 to 2025-10) is measured against 24 hours, so the figures of months already reported change too
$ ehtrack metrics --practice 90000001 --from 2025-03-01 --to 2025-03-31 --metric response_in_term --format json
> [
>   {"group": "90000001", "period": "2025-03", "metric": "response_in_term", "value": 0.4, "numerator": 2, "denominator": 5, "partial": false}
> ]
