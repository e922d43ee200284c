# Consult metrics (interface.md section 4) on a hand-built fixture:
# fixtures/metrics/register.yaml (four practices) and
# fixtures/metrics/logs/consults.csv. Every number below is worked out by
# hand in the comment above it.
#
#   practice        list  March 2026                                    May 2026
#   90000001 (A)    1000  4 consults: econsult(result) f2f(result)      2 f2f
#                         video phone(medication)
#   90000002 (B)    3000  12 consults: 5 econsult (1 result),           -
#                         6 f2f (5 result), 1 visit
#   90000003 (C)    2000  econsult, f2f (no reasons)                    -
#   90000004 (D)    4000  -                                             econsult, video
#
# March has 31 days, so econsults_per_week divides by 31/7 = 4.428571428571429.
$ ehtrack init > /dev/null
$ ehtrack plan sync fixtures/metrics/register.yaml fixtures/metrics/plans > /dev/null
! ehtrack: fixtures/metrics/plans/portaal-aa.yaml:2:7: warning: plan portaal-aa promises an answer within 72 hours, plan econsult-aa of the same practice 90000001 within 48: response_in_term judges every e-consult of the practice by the smallest, 48 hours, while the patient texts of each plan give its own; give both plans the same setup.response_term_hours
$ ehtrack import consults fixtures/metrics/logs/consults.csv --format json
> [
>   {"file": "fixtures/metrics/logs/consults.csv", "kind": "consults", "format": "canonical", "read": 22, "inserted": 22, "duplicates": 0, "skipped": 0, "rejected": 0, "unmapped": [], "unmapped_not_shown": 0}
> ]
# --- per practice, March only ------------------------------------------------
# A: share 1/4 = 0.25; econsults 1; per week 1/(31/7) = 7/31; per 1000
#    1*1000/1000 = 1; video 1/4; results via e-consult 1/2.
# B: share 5/12; econsults 5; per week 35/31; per 1000 5*1000/3000 = 1.667;
#    video 0/12 = 0 (a zero numerator is 0, not null); results 1/6.
# C: share 1/2; econsults 1; per week 7/31; per 1000 1000/2000 = 0.5;
#    video 0/2 = 0; results: no consult with reason result, 0/0 = null.
# D: no consult in March: ratios 0/0 = null, the count and the per-week
#    value null (no record of the kind in the period).
# March is whole: the records begin on Monday 2 March, after a Sunday.
$ ehtrack metrics --from 2026-03-01 --to 2026-03-31 --metric econsult_share,econsults,econsults_per_week,econsults_per_1000,video_share,results_via_econsult --format json
> [
>   {"group": "90000001", "period": "2026-03", "metric": "econsult_share", "value": 0.25, "numerator": 1, "denominator": 4, "partial": false},
>   {"group": "90000001", "period": "2026-03", "metric": "econsults", "value": 1, "numerator": 1, "denominator": null, "partial": false},
>   {"group": "90000001", "period": "2026-03", "metric": "econsults_per_week", "value": 0.22580645161290322, "numerator": 1, "denominator": 4.428571428571429, "partial": false},
>   {"group": "90000001", "period": "2026-03", "metric": "econsults_per_1000", "value": 1, "numerator": 1, "denominator": 1000, "partial": false},
>   {"group": "90000001", "period": "2026-03", "metric": "video_share", "value": 0.25, "numerator": 1, "denominator": 4, "partial": false},
>   {"group": "90000001", "period": "2026-03", "metric": "results_via_econsult", "value": 0.5, "numerator": 1, "denominator": 2, "partial": false},
>   {"group": "90000002", "period": "2026-03", "metric": "econsult_share", "value": 0.4166666666666667, "numerator": 5, "denominator": 12, "partial": false},
>   {"group": "90000002", "period": "2026-03", "metric": "econsults", "value": 5, "numerator": 5, "denominator": null, "partial": false},
>   {"group": "90000002", "period": "2026-03", "metric": "econsults_per_week", "value": 1.129032258064516, "numerator": 5, "denominator": 4.428571428571429, "partial": false},
>   {"group": "90000002", "period": "2026-03", "metric": "econsults_per_1000", "value": 1.6666666666666667, "numerator": 5, "denominator": 3000, "partial": false},
>   {"group": "90000002", "period": "2026-03", "metric": "video_share", "value": 0, "numerator": 0, "denominator": 12, "partial": false},
>   {"group": "90000002", "period": "2026-03", "metric": "results_via_econsult", "value": 0.16666666666666666, "numerator": 1, "denominator": 6, "partial": false},
>   {"group": "90000003", "period": "2026-03", "metric": "econsult_share", "value": 0.5, "numerator": 1, "denominator": 2, "partial": false},
>   {"group": "90000003", "period": "2026-03", "metric": "econsults", "value": 1, "numerator": 1, "denominator": null, "partial": false},
>   {"group": "90000003", "period": "2026-03", "metric": "econsults_per_week", "value": 0.22580645161290322, "numerator": 1, "denominator": 4.428571428571429, "partial": false},
>   {"group": "90000003", "period": "2026-03", "metric": "econsults_per_1000", "value": 0.5, "numerator": 1, "denominator": 2000, "partial": false},
>   {"group": "90000003", "period": "2026-03", "metric": "video_share", "value": 0, "numerator": 0, "denominator": 2, "partial": false},
>   {"group": "90000003", "period": "2026-03", "metric": "results_via_econsult", "value": null, "numerator": 0, "denominator": 0, "partial": false},
>   {"group": "90000004", "period": "2026-03", "metric": "econsult_share", "value": null, "numerator": 0, "denominator": 0, "partial": false},
>   {"group": "90000004", "period": "2026-03", "metric": "econsults", "value": null, "numerator": null, "denominator": null, "partial": false},
>   {"group": "90000004", "period": "2026-03", "metric": "econsults_per_week", "value": null, "numerator": null, "denominator": null, "partial": false},
>   {"group": "90000004", "period": "2026-03", "metric": "econsults_per_1000", "value": null, "numerator": 0, "denominator": 0, "partial": false},
>   {"group": "90000004", "period": "2026-03", "metric": "video_share", "value": null, "numerator": 0, "denominator": 0, "partial": false},
>   {"group": "90000004", "period": "2026-03", "metric": "results_via_econsult", "value": null, "numerator": 0, "denominator": 0, "partial": false}
> ]
# --- pooled, not averaged: --by care_group ------------------------------------
# Oost = A + B: share (1+5)/(4+12) = 6/16 = 0.375 (the mean of 0.25 and
#   0.4167 would be 0.333); per 1000 6*1000/(1000+3000) = 1.5 (the mean of
#   1 and 1.667 would be 1.333); video 1/16 = 0.0625; results (1+1)/(2+6) =
#   0.25 (mean 0.333).
# West = C + D: D has no consult in March, so its list size does not count:
#   per 1000 1*1000/2000 = 0.5 (with D's 4000 it would be 1000/6000 = 0.167).
$ ehtrack metrics --by care_group --from 2026-03-01 --to 2026-03-31 --metric econsult_share,econsults,econsults_per_week,econsults_per_1000,video_share,results_via_econsult --format json
> [
>   {"group": "Zorggroep Oost", "period": "2026-03", "metric": "econsult_share", "value": 0.375, "numerator": 6, "denominator": 16, "partial": false},
>   {"group": "Zorggroep Oost", "period": "2026-03", "metric": "econsults", "value": 6, "numerator": 6, "denominator": null, "partial": false},
>   {"group": "Zorggroep Oost", "period": "2026-03", "metric": "econsults_per_week", "value": 1.3548387096774193, "numerator": 6, "denominator": 4.428571428571429, "partial": false},
>   {"group": "Zorggroep Oost", "period": "2026-03", "metric": "econsults_per_1000", "value": 1.5, "numerator": 6, "denominator": 4000, "partial": false},
>   {"group": "Zorggroep Oost", "period": "2026-03", "metric": "video_share", "value": 0.0625, "numerator": 1, "denominator": 16, "partial": false},
>   {"group": "Zorggroep Oost", "period": "2026-03", "metric": "results_via_econsult", "value": 0.25, "numerator": 2, "denominator": 8, "partial": false},
>   {"group": "Zorggroep West", "period": "2026-03", "metric": "econsult_share", "value": 0.5, "numerator": 1, "denominator": 2, "partial": false},
>   {"group": "Zorggroep West", "period": "2026-03", "metric": "econsults", "value": 1, "numerator": 1, "denominator": null, "partial": false},
>   {"group": "Zorggroep West", "period": "2026-03", "metric": "econsults_per_week", "value": 0.22580645161290322, "numerator": 1, "denominator": 4.428571428571429, "partial": false},
>   {"group": "Zorggroep West", "period": "2026-03", "metric": "econsults_per_1000", "value": 0.5, "numerator": 1, "denominator": 2000, "partial": false},
>   {"group": "Zorggroep West", "period": "2026-03", "metric": "video_share", "value": 0, "numerator": 0, "denominator": 2, "partial": false},
>   {"group": "Zorggroep West", "period": "2026-03", "metric": "results_via_econsult", "value": null, "numerator": 0, "denominator": 0, "partial": false}
> ]
# --- --by region: Achterhoek = C; Twente = A + B + D -------------------------
# Twente: share 6/16; econsults 6; per 1000 over A and B, the practices with
#   consults: 6*1000/(1000+3000) = 1.5 (D's 4000 left out; it would be 0.75).
$ ehtrack metrics --by region --from 2026-03-01 --to 2026-03-31 --metric econsult_share,econsults,econsults_per_week,econsults_per_1000,video_share,results_via_econsult --format json
> [
>   {"group": "Achterhoek", "period": "2026-03", "metric": "econsult_share", "value": 0.5, "numerator": 1, "denominator": 2, "partial": false},
>   {"group": "Achterhoek", "period": "2026-03", "metric": "econsults", "value": 1, "numerator": 1, "denominator": null, "partial": false},
>   {"group": "Achterhoek", "period": "2026-03", "metric": "econsults_per_week", "value": 0.22580645161290322, "numerator": 1, "denominator": 4.428571428571429, "partial": false},
>   {"group": "Achterhoek", "period": "2026-03", "metric": "econsults_per_1000", "value": 0.5, "numerator": 1, "denominator": 2000, "partial": false},
>   {"group": "Achterhoek", "period": "2026-03", "metric": "video_share", "value": 0, "numerator": 0, "denominator": 2, "partial": false},
>   {"group": "Achterhoek", "period": "2026-03", "metric": "results_via_econsult", "value": null, "numerator": 0, "denominator": 0, "partial": false},
>   {"group": "Twente", "period": "2026-03", "metric": "econsult_share", "value": 0.375, "numerator": 6, "denominator": 16, "partial": false},
>   {"group": "Twente", "period": "2026-03", "metric": "econsults", "value": 6, "numerator": 6, "denominator": null, "partial": false},
>   {"group": "Twente", "period": "2026-03", "metric": "econsults_per_week", "value": 1.3548387096774193, "numerator": 6, "denominator": 4.428571428571429, "partial": false},
>   {"group": "Twente", "period": "2026-03", "metric": "econsults_per_1000", "value": 1.5, "numerator": 6, "denominator": 4000, "partial": false},
>   {"group": "Twente", "period": "2026-03", "metric": "video_share", "value": 0.0625, "numerator": 1, "denominator": 16, "partial": false},
>   {"group": "Twente", "period": "2026-03", "metric": "results_via_econsult", "value": 0.25, "numerator": 2, "denominator": 8, "partial": false}
> ]
# --- --by insurer: a practice counts for every insurer it lists ---------------
# CZ = A + B: as Zorggroep Oost.
# Menzis = A + C + D (A's second insurer, C's second, D's only): share
#   (1+1)/(4+2) = 1/3; econsults 2; per week 2/(31/7) = 14/31; per 1000
#   over A and C: 2*1000/(1000+2000) = 0.667 (printed 0.6666666666666666);
#   video 1/6; results 1/2 (C and D have none).
# VGZ = C.
$ ehtrack metrics --by insurer --from 2026-03-01 --to 2026-03-31 --metric econsult_share,econsults,econsults_per_week,econsults_per_1000,video_share,results_via_econsult --format json
> [
>   {"group": "CZ", "period": "2026-03", "metric": "econsult_share", "value": 0.375, "numerator": 6, "denominator": 16, "partial": false},
>   {"group": "CZ", "period": "2026-03", "metric": "econsults", "value": 6, "numerator": 6, "denominator": null, "partial": false},
>   {"group": "CZ", "period": "2026-03", "metric": "econsults_per_week", "value": 1.3548387096774193, "numerator": 6, "denominator": 4.428571428571429, "partial": false},
>   {"group": "CZ", "period": "2026-03", "metric": "econsults_per_1000", "value": 1.5, "numerator": 6, "denominator": 4000, "partial": false},
>   {"group": "CZ", "period": "2026-03", "metric": "video_share", "value": 0.0625, "numerator": 1, "denominator": 16, "partial": false},
>   {"group": "CZ", "period": "2026-03", "metric": "results_via_econsult", "value": 0.25, "numerator": 2, "denominator": 8, "partial": false},
>   {"group": "Menzis", "period": "2026-03", "metric": "econsult_share", "value": 0.3333333333333333, "numerator": 2, "denominator": 6, "partial": false},
>   {"group": "Menzis", "period": "2026-03", "metric": "econsults", "value": 2, "numerator": 2, "denominator": null, "partial": false},
>   {"group": "Menzis", "period": "2026-03", "metric": "econsults_per_week", "value": 0.45161290322580644, "numerator": 2, "denominator": 4.428571428571429, "partial": false},
>   {"group": "Menzis", "period": "2026-03", "metric": "econsults_per_1000", "value": 0.6666666666666666, "numerator": 2, "denominator": 3000, "partial": false},
>   {"group": "Menzis", "period": "2026-03", "metric": "video_share", "value": 0.16666666666666666, "numerator": 1, "denominator": 6, "partial": false},
>   {"group": "Menzis", "period": "2026-03", "metric": "results_via_econsult", "value": 0.5, "numerator": 1, "denominator": 2, "partial": false},
>   {"group": "VGZ", "period": "2026-03", "metric": "econsult_share", "value": 0.5, "numerator": 1, "denominator": 2, "partial": false},
>   {"group": "VGZ", "period": "2026-03", "metric": "econsults", "value": 1, "numerator": 1, "denominator": null, "partial": false},
>   {"group": "VGZ", "period": "2026-03", "metric": "econsults_per_week", "value": 0.22580645161290322, "numerator": 1, "denominator": 4.428571428571429, "partial": false},
>   {"group": "VGZ", "period": "2026-03", "metric": "econsults_per_1000", "value": 0.5, "numerator": 1, "denominator": 2000, "partial": false},
>   {"group": "VGZ", "period": "2026-03", "metric": "video_share", "value": 0, "numerator": 0, "denominator": 2, "partial": false},
>   {"group": "VGZ", "period": "2026-03", "metric": "results_via_econsult", "value": null, "numerator": 0, "denominator": 0, "partial": false}
> ]
# --- --by all: share 7/18; econsults 7; per week 49/31; per 1000 over A,
# B and C: 7*1000/6000 = 1.167; video 1/18; results 2/8 = 0.25.
$ ehtrack metrics --by all --from 2026-03-01 --to 2026-03-31 --metric econsult_share,econsults,econsults_per_week,econsults_per_1000,video_share,results_via_econsult --format json
> [
>   {"group": "all", "period": "2026-03", "metric": "econsult_share", "value": 0.3888888888888889, "numerator": 7, "denominator": 18, "partial": false},
>   {"group": "all", "period": "2026-03", "metric": "econsults", "value": 7, "numerator": 7, "denominator": null, "partial": false},
>   {"group": "all", "period": "2026-03", "metric": "econsults_per_week", "value": 1.5806451612903225, "numerator": 7, "denominator": 4.428571428571429, "partial": false},
>   {"group": "all", "period": "2026-03", "metric": "econsults_per_1000", "value": 1.1666666666666667, "numerator": 7, "denominator": 6000, "partial": false},
>   {"group": "all", "period": "2026-03", "metric": "video_share", "value": 0.05555555555555555, "numerator": 1, "denominator": 18, "partial": false},
>   {"group": "all", "period": "2026-03", "metric": "results_via_econsult", "value": 0.25, "numerator": 2, "denominator": 8, "partial": false}
> ]
# --- every period of the range, also the empty one -----------------------------
# Without --from/--to the range is the data's: 2026-03-02 .. 2026-05-05, so
# March, April and May. April has no consult at all: share 0/0 = null and
# the count null. May: A 0 of 2, D 1 of 2: share 1/4, econsults 1.
$ ehtrack metrics --by all --metric econsult_share,econsults --format json
> [
>   {"group": "all", "period": "2026-03", "metric": "econsult_share", "value": 0.3888888888888889, "numerator": 7, "denominator": 18, "partial": true},
>   {"group": "all", "period": "2026-03", "metric": "econsults", "value": 7, "numerator": 7, "denominator": null, "partial": true},
>   {"group": "all", "period": "2026-04", "metric": "econsult_share", "value": null, "numerator": 0, "denominator": 0, "partial": false},
>   {"group": "all", "period": "2026-04", "metric": "econsults", "value": null, "numerator": null, "denominator": null, "partial": false},
>   {"group": "all", "period": "2026-05", "metric": "econsult_share", "value": 0.25, "numerator": 1, "denominator": 4, "partial": true},
>   {"group": "all", "period": "2026-05", "metric": "econsults", "value": 1, "numerator": 1, "denominator": null, "partial": true}
> ]
# A alone: May has consults but no e-consult, so the count is 0 (not null)
# and the share 0/2 = 0.
$ ehtrack metrics --practice 90000001 --metric econsults,econsult_share --format json
> [
>   {"group": "90000001", "period": "2026-03", "metric": "econsults", "value": 1, "numerator": 1, "denominator": null, "partial": true},
>   {"group": "90000001", "period": "2026-03", "metric": "econsult_share", "value": 0.25, "numerator": 1, "denominator": 4, "partial": true},
>   {"group": "90000001", "period": "2026-04", "metric": "econsults", "value": null, "numerator": null, "denominator": null, "partial": false},
>   {"group": "90000001", "period": "2026-04", "metric": "econsult_share", "value": null, "numerator": 0, "denominator": 0, "partial": false},
>   {"group": "90000001", "period": "2026-05", "metric": "econsults", "value": 0, "numerator": 0, "denominator": null, "partial": true},
>   {"group": "90000001", "period": "2026-05", "metric": "econsult_share", "value": 0, "numerator": 0, "denominator": 2, "partial": true}
> ]
# The range is that of the data in scope: D's records are all in May.
$ ehtrack metrics --practice 90000004 --metric econsults --format json
> [
>   {"group": "90000004", "period": "2026-05", "metric": "econsults", "value": 1, "numerator": 1, "denominator": null, "partial": true}
> ]
# --- quarters, years, and all -------------------------------------------------
# Q1: 7 e-consults (March); Q2: 1 (May). Year 2026: 8.
$ ehtrack metrics --by all --period quarter --metric econsults --format json
> [
>   {"group": "all", "period": "2026-Q1", "metric": "econsults", "value": 7, "numerator": 7, "denominator": null, "partial": true},
>   {"group": "all", "period": "2026-Q2", "metric": "econsults", "value": 1, "numerator": 1, "denominator": null, "partial": true}
> ]
$ ehtrack metrics --by all --period year --metric econsults --format json
> [
>   {"group": "all", "period": "2026", "metric": "econsults", "value": 8, "numerator": 8, "denominator": null, "partial": true}
> ]
# --period all without --from/--to: the days are the group's first to last
# consult, 2026-03-02 .. 2026-05-05 = 30 + 30 + 5 = 65 days, so
# econsults_per_week = 8/(65/7) = 56/65 = 0.8615. For A alone: 2026-03-02 ..
# 2026-05-05 as well (65 days), 1 e-consult: 7/65 = 0.1077. For C alone:
# 2026-03-10 .. 2026-03-11 = 2 days, 1 e-consult: 1/(2/7) = 3.5.
$ ehtrack metrics --by all --period all --metric econsults,econsults_per_week --format json
> [
>   {"group": "all", "period": "all", "metric": "econsults", "value": 8, "numerator": 8, "denominator": null, "partial": false},
>   {"group": "all", "period": "all", "metric": "econsults_per_week", "value": 0.8615384615384615, "numerator": 8, "denominator": 9.285714285714286, "partial": false}
> ]
$ ehtrack metrics --practice 90000001 --period all --metric econsults_per_week --format json
> [
>   {"group": "90000001", "period": "all", "metric": "econsults_per_week", "value": 0.10769230769230768, "numerator": 1, "denominator": 9.285714285714286, "partial": false}
> ]
$ ehtrack metrics --practice 90000003 --period all --metric econsults_per_week --format json
> [
>   {"group": "90000003", "period": "all", "metric": "econsults_per_week", "value": 3.5, "numerator": 1, "denominator": 0.2857142857142857, "partial": false}
> ]
# With --from/--to the days of --period all are the range's: 2026-03-01 ..
# 2026-03-14 = 14 days; C has 1 e-consult: 1/(14/7) = 0.5.
$ ehtrack metrics --practice 90000003 --period all --from 2026-03-01 --to 2026-03-14 --metric econsults_per_week --format json
> [
>   {"group": "90000003", "period": "all", "metric": "econsults_per_week", "value": 0.5, "numerator": 1, "denominator": 2, "partial": true}
> ]
# --- filters -------------------------------------------------------------------
# --care-group: West = C and D; --region Achterhoek = C; --insurer VGZ = C;
# filters combine with AND: Twente and Menzis = A and D.
$ ehtrack metrics --care-group "Zorggroep West" --from 2026-03-01 --to 2026-03-31 --metric econsult_share --format json
> [
>   {"group": "90000003", "period": "2026-03", "metric": "econsult_share", "value": 0.5, "numerator": 1, "denominator": 2, "partial": true},
>   {"group": "90000004", "period": "2026-03", "metric": "econsult_share", "value": null, "numerator": 0, "denominator": 0, "partial": true}
> ]
$ ehtrack metrics --region Achterhoek --from 2026-03-01 --to 2026-03-31 --metric econsult_share --format json
> [
>   {"group": "90000003", "period": "2026-03", "metric": "econsult_share", "value": 0.5, "numerator": 1, "denominator": 2, "partial": true}
> ]
$ ehtrack metrics --insurer VGZ --from 2026-03-01 --to 2026-03-31 --metric econsult_share --format json
> [
>   {"group": "90000003", "period": "2026-03", "metric": "econsult_share", "value": 0.5, "numerator": 1, "denominator": 2, "partial": true}
> ]
$ ehtrack metrics --region Twente --insurer Menzis --by all --from 2026-03-01 --to 2026-03-31 --metric econsult_share --format json
> [
>   {"group": "all", "period": "2026-03", "metric": "econsult_share", "value": 0.25, "numerator": 1, "denominator": 4, "partial": false}
> ]
# Filters narrow the practices before grouping: Menzis practices by care
# group: Oost = A (1/4), West = C + D (1/2).
$ ehtrack metrics --insurer Menzis --by care_group --from 2026-03-01 --to 2026-03-31 --metric econsult_share --format json
> [
>   {"group": "Zorggroep Oost", "period": "2026-03", "metric": "econsult_share", "value": 0.25, "numerator": 1, "denominator": 4, "partial": false},
>   {"group": "Zorggroep West", "period": "2026-03", "metric": "econsult_share", "value": 0.5, "numerator": 1, "denominator": 2, "partial": false}
> ]
