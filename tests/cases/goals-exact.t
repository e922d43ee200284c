# Goals met exactly (metrics.md section 4: meeting the target exactly is
# enough), where binary floating point puts the computed figure a hair on
# the wrong side: fixtures/metrics/exact/, logs exact-*.csv. As of
# 2026-11-23: current = 2026-10-26 .. 11-22; weeks W40 .. W47.
#
# exact-aa, practice 90000001: 10 consults a week in W45, W46, W47 with 2,
#   3, 4 e-consults: current 9/30 = 0.3; weekly shares 0.2, 0.3, 0.4 at
#   x = 5, 6, 7: y = 0.1 x - 0.3.
#   share-rel      baseline 0.2, change +50 %: target 0.3 (0.2 x 1.5 is
#                  0.30000000000000004 in binary): 0.3 >= 0.3: achieved
#   forecast-full  target 1, deadline 2026-12-31 (W53, x = 13): the line
#                  gives 1.0 (0.9999999999999976 computed): on_track
#   past-full      baseline the share of W47, 0.4, change +200 %: target 1.2,
#                  which a share cannot reach: warned, at_risk
# exact-bee, practice 90000002: one inbound call a day: current 1/day.
#   calls-rel      baseline 5, change -80 %: target 1 (0.9999999999999998
#                  computed): 1 <= 1: achieved
#   calls-rel-past the same with a deadline passed: achieved, not missed
$ ehtrack init > /dev/null
$ ehtrack plan sync fixtures/metrics/register.yaml fixtures/metrics/exact > /dev/null
$ ehtrack import consults fixtures/metrics/logs/exact-consults.csv > /dev/null
$ ehtrack import calls fixtures/metrics/logs/exact-calls.csv > /dev/null 2>&1
$ ehtrack goals --as-of 2026-11-23 --format csv | cut -d, -f1,2,6-9,11
> plan,goal,baseline,target,current,forecast,deadline
> exact-aa,share-rel,0.2,0.3,0.3,1,2027-06-30
> exact-aa,forecast-full,,1,0.3,0.9999999999999976,2026-12-31
> exact-aa,past-full,0.4,1.2000000000000002,0.3,1,2027-06-30
> exact-bee,calls-rel,5,1,1,1,2027-06-30
> exact-bee,calls-rel-past,5,1,1,1,2026-11-01
! ehtrack: warning: plan exact-aa, goal past-full: the change on the measured baseline 40.0% sets the target at 120.0%, which econsult_share cannot reach; give a smaller change, or the share to reach as target
$ ehtrack goals --as-of 2026-11-23 --format csv 2> /dev/null | cut -d, -f2,12
> goal,status
> share-rel,achieved
> forecast-full,on_track
> past-full,at_risk
> calls-rel,achieved
> calls-rel-past,achieved
# A relative target on a share past 100 %, known from the plan: an error
# where the plan says so; a baseline past 100 % is not also "met". A
# baseline below 0, as a target below 0, is an error too (-5 calls a day
# less 15 % set the target at -4.25, and 50 % more a lower one).
$ ehtrack plan check fixtures/metrics/register.yaml fixtures/metrics/exact-broken
> checked 2 files: 4 practices, 1 plan; 3 errors, 0 warnings
! ehtrack: fixtures/metrics/exact-broken/over-full.yaml:15:74: goal double: a change of +100% on the baseline 60.0% sets the target at 120.0%, and econsult_share cannot pass 100%; give a smaller change, or the share to reach as target (at most 1)
! ehtrack: fixtures/metrics/exact-broken/over-full.yaml:17:59: goal over-baseline: econsult_share is a fraction from 0 to 1, so baseline 5 is impossible
! ehtrack: fixtures/metrics/exact-broken/over-full.yaml:18:55: goal below-zero: baseline must not be negative
? 1

# A change on a baseline of 0 sets the target at 0, which the baseline
# meets: achieved from the first day, without a word. plan check warns of
# a baseline given as 0; goals of one measured as 0 (no call abandoned in
# the first week: abandoned_rate 0, 50 % less is 0).
$ mkdir zero && sed -e 's/^plan: exact-bee/plan: zero-bee/' -e '/^goals:/,$d' fixtures/metrics/exact/exact-bee.yaml > zero/zero-bee.yaml && printf 'goals:\n  - {id: given, metric: econsults_per_week, baseline: {value: 0}, change: 0.5, deadline: 2027-06-30}\n  - {id: measured, metric: abandoned_rate, baseline: {from: 2026-10-26, to: 2026-11-01}, change: -0.5, deadline: 2027-06-30}\n' >> zero/zero-bee.yaml && ehtrack plan check fixtures/metrics/register.yaml zero
> checked 2 files: 4 practices, 1 plan; 0 errors, 1 warning
! ehtrack: zero/zero-bee.yaml:16:5: warning: goal given: a change of +50% on a baseline of 0 sets the target at 0, which the baseline already meets; give the econsults_per_week to reach as target
$ ehtrack plan sync zero > /dev/null 2>&1 && ehtrack goals --as-of 2026-11-23 --format csv 2>&1 > /dev/null | grep zero-bee
> ehtrack: warning: plan zero-bee, goal measured: the measured baseline of abandoned_rate is 0, so the change on it sets the target at 0, which the baseline already meets; give the abandoned_rate to reach as target
