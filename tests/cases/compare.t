# ehtrack compare: a practice against its peers (interface.md 7.5,
# docs/compare.md). fixtures/compare/register.yaml lists the nine practices
# and the counts their September 2026 logs were built from:
#
#        care group  region     lead    consults  e-cons  share   inbound  aband.  calls/day  aband. rate
#   A 1  Noord       Noordrand  Menzis       100      30   .30         60       6       2.0      .10
#   B 2  Noord       Noordrand  Menzis       100      20   .20         30       3       1.0      .10
#   C 3  Noord       Noordrand  CZ           100      20   .20         30       6       1.0      .20
#   D 4  Noord       Zuidrand   Menzis       100      10   .10         90       9       3.0      .10
#   E 5  Noord       Zuidrand   VGZ          200      40   .20         60       3       2.0      .05
#   F 6  Noord       Zuidrand   Menzis         4       1   .25          0       0        -        -
#   G 7  Zuid        Noordrand  VGZ          100      50   .50         15       0       0.5      0
#   H 8  Zuid        Zuidrand   VGZ           50       0   0           45       9       1.5      .20
#   I 9  Zuid        Zuidrand   CZ            50       5   .10         30       3       1.0      .10
#
# (AGB 9010000n; calls per day over the 30 days of September.)
# Quartiles are Excel's QUARTILE.INC on the n peers' values sorted:
# h = (n - 1) q, x[floor h] + frac(h) (x[floor h + 1] - x[floor h]).

$ ehtrack init > /dev/null
$ ehtrack plan sync fixtures/compare/register.yaml > /dev/null
$ ehtrack import consults fixtures/compare/consults.csv > /dev/null
$ ehtrack import calls fixtures/compare/calls.csv > /dev/null

# --- A against all other practices -------------------------------------------------
# E-consult share, A .30 of 100. The 8 peers sorted: 0, .1, .1, .2, .2, .2, .25, .5.
#   p25 h = 1.75: .1 + .75 x 0 = .1; median h = 3.5: .2; p75 h = 5.25: .2 + .25 x .05 = .2125.
#   Rank: A beats all but G: 7/8 = 87.5%.
#   Pooled: (20+20+10+40+1+50+0+5) / (100+100+100+200+4+100+50+50) = 146/704 = .207386.
#   At n = 100: se = sqrt(.207386 x .792614 / 100) = .040543;
#   95%: .207386 -/+ .079464 = .127921, .286851; 99.8%: -/+ .125279 = .082107, .332666.
#   .30 lies above .286851, below .332666: above95.
# Inbound calls per day (lower is better), A 60/30 = 2.0. 7 peers (F has no
#   calls): .5, 1, 1, 1, 1.5, 2, 3. p25 h = 1.5: 1; median h = 3: 1;
#   p75 h = 4.5: 1.5 + .5 x .5 = 1.75. Rank: A does better than D (3.0)
#   and ties E (2.0): (1 + .5)/7 = 21.43%. Pooled: 300 calls / (7 x 30 days)
#   = 1.428571 a day. Not a share: no funnel.
# Abandoned calls (lower is better), A 6/60 = .10. 7 peers: 0, .05, .1, .1, .1, .2, .2.
#   p25 h = 1.5: .05 + .5 x .05 = .075; median .1; p75 h = 4.5: .1 + .5 x .1 = .15.
#   Rank: better than C and H (2), ties B, D, I (1.5): 3.5/7 = 50%.
#   Pooled 33/300 = .11; at n = 60: se = sqrt(.11 x .89 / 60) = .040394;
#   95%: .11 -/+ .079172 = .030828, .189172; 99.8%: -/+ .124818 = 0 (clipped), .234818: within.
$ ehtrack compare --practice 90100001 --from 2026-09-01 --to 2026-09-30 --metric econsult_share,calls_per_day,abandoned_rate --format json
> [
>   {"practice": "90100001", "metric": "econsult_share", "value": 0.3, "numerator": 30, "denominator": 100, "peers": 8, "p25": 0.1, "median": 0.2, "p75": 0.21250000000000002, "rank_pct": 87.5, "pooled": 0.20738636363636365, "lo95": 0.1279211711744025, "hi95": 0.2868515560983248, "lo998": 0.08210705511214939, "hi998": 0.3326656721605779, "funnel": "above95"},
>   {"practice": "90100001", "metric": "calls_per_day", "value": 2, "numerator": 60, "denominator": 30, "peers": 7, "p25": 1, "median": 1, "p75": 1.75, "rank_pct": 21.428571428571427, "pooled": 1.4285714285714286, "lo95": null, "hi95": null, "lo998": null, "hi998": null, "funnel": null},
>   {"practice": "90100001", "metric": "abandoned_rate", "value": 0.1, "numerator": 6, "denominator": 60, "peers": 7, "p25": 0.07500000000000001, "median": 0.1, "p75": 0.15000000000000002, "rank_pct": 50, "pooled": 0.11, "lo95": 0.030827967901116318, "hi95": 0.18917203209888367, "lo998": 0, "hi998": 0.2348171322375258, "funnel": "within"}
> ]

# The same as people read it: value, quartiles and pooled side by side, the
# rank in words, the funnel verdict in words (better: a higher share is).
$ ehtrack compare --practice 90100001 --from 2026-09-01 --to 2026-09-30 --metric econsult_share,calls_per_day,abandoned_rate
> 90100001 Praktijk Anemoon against all other practices (8), 2026-09-01..2026-09-30
>
> METRIC                 PRACTICE    N      P25   MEDIAN      P75   POOLED  RANK                            FUNNEL
> E-consult share           30.0%  100    10.0%    20.0%    21.3%    20.7%  better than 88% of 8 practices  above the 95% limit (better)
> Inbound calls per day   2.0/day    -  1.0/day  1.0/day  1.8/day  1.4/day  better than 21% of 7 practices  -
> Abandoned calls           10.0%   60     7.5%    10.0%    15.0%    11.0%  better than 50% of 7 practices  within the limits
>
> Calendar days. Funnel limits: the peers' pooled share -/+ 1.96 (95%) and 3.09 (99.8%)
> standard errors at the practice's own N; shares only (docs/compare.md).
> as of 2026-10-01: the day after the last record in scope (2026-09-30); --as-of D for another day

# CSV: the JSON's keys as its header.
$ ehtrack compare --practice 90100001 --from 2026-09-01 --to 2026-09-30 --metric abandoned_rate --format csv
> practice,metric,value,numerator,denominator,peers,p25,median,p75,rank_pct,pooled,lo95,hi95,lo998,hi998,funnel
> 90100001,abandoned_rate,0.1,6,60,7,0.07500000000000001,0.1,0.15000000000000002,50,0.11,0.030827967901116318,0.18917203209888367,0,0.2348171322375258,within

# --- far from the median is not yet a signal: F, 1 e-consult in 4 consults --------
# F .25; its 8 peers 0, .1, .1, .2, .2, .2, .3, .5: p25 h = 1.75: .1; median .2;
#   p75 h = 5.25: .2 + .25 x .1 = .225. F beats 6 of 8: 75%, above the p75.
#   Pooled (30+20+20+10+40+50+0+5)/(100+100+100+100+200+100+50+50) = 175/800 = .21875;
#   at n = 4: se = sqrt(.21875 x .78125 / 4) = .206699; 95%: 0 (clipped), .623881;
#   99.8%: 0, .857451. Four records are well within: chance explains .25.
$ ehtrack compare --practice 90100006 --from 2026-09-01 --to 2026-09-30 --metric econsult_share --format json
> [
>   {"practice": "90100006", "metric": "econsult_share", "value": 0.25, "numerator": 1, "denominator": 4, "peers": 8, "p25": 0.1, "median": 0.2, "p75": 0.225, "rank_pct": 75, "pooled": 0.21875, "lo95": 0, "hi95": 0.6238806695067654, "lo998": 0, "hi998": 0.8574509024366863, "funnel": "within"}
> ]

# --- beyond the 99.8% limits, and between the two ---------------------------------
# Columns: practice, value, pooled, lo95, lo998, funnel.
# G .50 of 100 against all: pooled (30+20+20+10+40+1+0+5)/(100+100+100+100+200+4+50+50)
#   = 126/704 = .178977; se at 100 = .038333; lo95 = .178977 - .075133 = .103844,
#   lo998 = .178977 - .118449 = .060528; hi998 = .178977 + .118449 = .297426: above998.
# H 0 of 50: pooled 176/754 = .233422; se at 50 = .059823; lo95 = .233422 - .117253
#   = .116169, lo998 = .233422 - .184853 = .048569: below998.
# I .10 of 50: pooled 171/754 = .226790; se at 50 = .059221;
#   lo95 = .226790 - .116074 = .110716, lo998 = .226790 - .182994 = .043796: below95.
$ for p in 90100007 90100008 90100009; do ehtrack compare --practice $p --from 2026-09-01 --to 2026-09-30 --metric econsult_share --format csv | tail -1 | cut -d, -f1,3,11,12,14,16; done
> 90100007,0.5,0.17897727272727273,0.10384394856419986,0.06052728718446908,above998
> 90100008,0,0.23342175066312998,0.11616982704016772,0.04857050372692928,below998
> 90100009,0.1,0.22679045092838196,0.11071722465422061,0.0437974564451378,below95

# --- the peer sets ---------------------------------------------------------------
# --against insurer: the practices that list A's lead insurer, Menzis (the
#   first of [Menzis, CZ]): B, C, D, E, F. Shares .2, .2, .1, .2, .25 sorted
#   .1, .2, .2, .2, .25: p25 h = 1: .2; median .2; p75 h = 3: .2. A beats all five: 100%.
#   Pooled (20+20+10+40+1)/(100+100+100+200+4) = 91/504 = .180556; se at 100 = .038464;
#   95%: .180556 -/+ .075389 = .105167, .255945; 99.8%: -/+ .118854 = .061702, .299410:
#   .30 is just above it.
$ ehtrack compare --practice 90100001 --against insurer --from 2026-09-01 --to 2026-09-30 --metric econsult_share --format json
> [
>   {"practice": "90100001", "metric": "econsult_share", "value": 0.3, "numerator": 30, "denominator": 100, "peers": 5, "p25": 0.2, "median": 0.2, "p75": 0.2, "rank_pct": 100, "pooled": 0.18055555555555555, "lo95": 0.10516425124642387, "hi95": 0.25594685986468724, "lo998": 0.06169885641513877, "hi998": 0.2994122546959723, "funnel": "above998"}
> ]

# --against care-group: B, C, D, E, F (Zorggroep Noord). Calls per day:
#   F has none, so 4 peers with a value: fewer than 5, no distribution,
#   no pooled ratio, no rank, with a note under the table. The share has
#   5 peers: .2, .2, .1, .2, .25 as above.
$ ehtrack compare --practice 90100001 --against care-group --from 2026-09-01 --to 2026-09-30 --metric econsult_share,calls_per_day
> 90100001 Praktijk Anemoon against the other practices of care group Zorggroep Noord (5), 2026-09-01..2026-09-30
>
> METRIC                 PRACTICE    N    P25  MEDIAN    P75  POOLED  RANK                             FUNNEL
> E-consult share           30.0%  100  20.0%   20.0%  20.0%   18.1%  better than 100% of 5 practices  above the 99.8% limit (better)
> Inbound calls per day   2.0/day    -      -       -      -       -  -                                -
>
> Calendar days. Funnel limits: the peers' pooled share -/+ 1.96 (95%) and 3.09 (99.8%)
> standard errors at the practice's own N; shares only (docs/compare.md).
> as of 2026-10-01: the day after the last record in scope (2026-09-30); --as-of D for another day
> No distribution where fewer than 5 peers have a value: Inbound calls per day (4).
$ ehtrack compare --practice 90100001 --against care-group --from 2026-09-01 --to 2026-09-30 --metric calls_per_day --format json
> [
>   {"practice": "90100001", "metric": "calls_per_day", "value": 2, "numerator": 60, "denominator": 30, "peers": 4, "p25": null, "median": null, "p75": null, "rank_pct": null, "pooled": null, "lo95": null, "hi95": null, "lo998": null, "hi998": null, "funnel": null}
> ]

# --against region: B, C and G share A's region Noordrand: 3 peers.
$ ehtrack compare --practice 90100001 --against region --from 2026-09-01 --to 2026-09-30 --metric econsult_share --format csv
> practice,metric,value,numerator,denominator,peers,p25,median,p75,rank_pct,pooled,lo95,hi95,lo998,hi998,funnel
> 90100001,econsult_share,0.3,30,100,3,,,,,,,,,,

# --- every metric of the catalogue, and one added as a file --------------------
# Metrics without logs here (messages, survey, registrations) have no value
# for anyone: 0 peers. The follow-up rate: no e-consult patient came back
# (every consult has a patient of its own): 0 for all but H, which has no
# e-consult (0/0, no value): 7 peers.
$ ehtrack compare --practice 90100002 --from 2026-09-01 --to 2026-09-30 --format csv | cut -d, -f2,3,6,8,10,16
> metric,value,peers,median,rank_pct,funnel
> abandoned_rate,0.1,7,0.1,50,within
> avg_wait_s,60,7,60,50,
> awareness,,0,,,
> calls_per_day,1,7,1.5,71.42857142857143,
> econsult_share,0.2,8,0.2,50,within
> econsults,20,8,15,56.25,
> econsults_per_1000,8,8,6.666666666666667,62.5,
> econsults_per_week,4.666666666666667,8,3.5,56.25,
> followup_rate,0,7,0,50,within
> median_response_h,,0,,,
> portal_reach,,0,,,
> response_in_term,,0,,,
> results_via_econsult,,0,,,
> unsafe_share,,0,,,
> video_share,0,8,0,50,within
# B's e-consult share .2 ties C and E among 0, .1, .1, .2, .2, .25, .3, .5:
#   it beats 0, .1, .1 (3) and ties two: (3 + 1)/8 = 50%.
# Calls per day, B 1.0 (lower is better); its peers .5, 1, 1, 1.5, 2, 2, 3:
#   median h = 3: 1.5; B beats A, D, E, H (4) and ties C, I: (4 + 1)/7 = 71.43%.
# E-consults, B 20; peers 0, 1, 5, 10, 20, 30, 40, 50: median h = 3.5: 15;
#   B beats 4 and ties C: 4.5/8 = 56.25%. Per week the same, x 7/30: median 3.5.
# Per 1,000 listed patients: B 20 x 1000 / 2500 = 8; the others 15, 6.67,
#   6.67, 10, 1.25, 22.73, 0, 4.17: median h = 3.5: 6.67; B beats 0, 1.25,
#   4.17, 6.67, 6.67: 5/8 = 62.5%.

# assistant_share (fixtures/metrics/extra) counts consults by the assistant:
# none here, so every practice has 0 of its consults: all tie (50%), and the
# pooled share 0 closes the funnel on 0, where B's 0 is within.
$ EHTRACK_METRICS_PATH=fixtures/metrics/extra ehtrack compare --practice 90100002 --from 2026-09-01 --to 2026-09-30 --metric assistant_share --format json
> [
>   {"practice": "90100002", "metric": "assistant_share", "value": 0, "numerator": 0, "denominator": 100, "peers": 8, "p25": 0, "median": 0, "p75": 0, "rank_pct": 50, "pooled": 0, "lo95": 0, "hi95": 0, "lo998": 0, "hi998": 0, "funnel": "within"}
> ]

# --- days, range and as-of ------------------------------------------------------
# --days working: September 2026 has 22 working days. A 60/22 = 2.727273 a
# day; e-consults per week 30 / (22/5) = 6.818182. Pooled: calls 300 / (7 x 22)
# = 1.948052; e-consults 146 / (8 x 4.4) = 4.147727.
$ ehtrack compare --practice 90100001 --from 2026-09-01 --to 2026-09-30 --days working --metric calls_per_day,econsults_per_week --format csv | cut -d, -f2-5,11
> metric,value,numerator,denominator,pooled
> calls_per_day,2.727272727272727,60,22,1.948051948051948
> econsults_per_week,6.8181818181818175,30,4.4,4.147727272727273

# Without --from/--to: the 12 complete months before the month of the as-of
# date. Without --as-of that is the day after the practice's last record
# (interface.md 7.4), not today (2026-11-23 here): A's logs end on
# 2026-09-30, so the range is 2025-10-01 .. 2026-09-30 and September counts
# (today's month would have ended the range on 2026-10-31, a month without
# data, and left September's figures out of nothing).
$ ehtrack compare --practice 90100001 --metric calls_per_day | sed -n '1p;$p'
> 90100001 Praktijk Anemoon against all other practices (8), 2025-10-01..2026-09-30
> Per day and per week over every day of 2025-10-01..2026-09-30, where the practice's records cover part of it: Inbound calls per day (records 2026-09-01..2026-09-30); over its own days the rate is higher (ehtrack metrics --period month shows it by month).
$ ehtrack compare --practice 90100001 --metric calls_per_day --format csv | cut -d, -f3-5
> value,numerator,denominator
> 0.1643835616438356,60,365
# --as-of given: the 12 months before its month (2025-11-01 .. 2026-10-31).
$ ehtrack compare --practice 90100001 --as-of 2026-11-23 --metric calls_per_day | sed -n '1p;$p'
> 90100001 Praktijk Anemoon against all other practices (8), 2025-11-01..2026-10-31
> Per day and per week over every day of 2025-11-01..2026-10-31, where the practice's records cover part of it: Inbound calls per day (records 2026-09-01..2026-09-30); over its own days the rate is higher (ehtrack metrics --period month shows it by month).
$ ehtrack compare --practice 90100001 --as-of 2026-10-15 --metric calls_per_day --format csv | cut -d, -f3-5
> value,numerator,denominator
> 0.1643835616438356,60,365

# A practice without logs in the range: no value, its peers still shown,
# and a note says why, with where its records are (a table of dashes and
# exit 0 said nothing).
$ ehtrack compare --practice 90100001 --from 2026-08-01 --to 2026-08-31 --metric econsult_share --format csv | tail -1
> 90100001,econsult_share,,0,0,0,,,,,,,,,,
! ehtrack: note: practice 90100001 has no records in 2026-08-01..2026-08-31 of what these metrics count, so every figure of its own is empty; its records run 2026-09-01..2026-09-30: choose --from and --to within them
# Where its records are, of the kinds the metrics count: a registration in
# November says nothing of where the consults are, and a practice without
# calls has none at all for calls_per_day (its consults made it "2026-09-01
# ..2026-09-30", the very range asked).
$ printf 'practice,date,accounts\n90100001,2026-11-20,300\n' > reg-nov.csv && cp ehtrack.db kinds.db && cp ehtrack.db.key kinds.db.key && ehtrack --db kinds.db import registrations reg-nov.csv > /dev/null 2>&1 && ehtrack --db kinds.db compare --practice 90100001 --metric econsult_share --from 2026-11-01 --to 2026-11-19 --format csv | tail -1 && ehtrack --db kinds.db compare --practice 90100006 --metric calls_per_day --from 2026-09-01 --to 2026-09-30 --format csv | cut -d, -f1-3
> 90100001,econsult_share,,0,0,0,,,,,,,,,,
> practice,metric,value
> 90100006,calls_per_day,
! ehtrack: note: practice 90100001 has no records in 2026-11-01..2026-11-19 of what these metrics count, so every figure of its own is empty; its records run 2026-09-01..2026-09-30: choose --from and --to within them
! ehtrack: note: practice 90100006 has no records at all of what these metrics count, so every figure of its own is empty; import its logs ('ehtrack import')
$ printf 'practices:\n  - {agb: "90100010", name: Praktijk Jasmijn, care_group: Oost, region: Oostrand, insurers: [Menzis], list_size: 2000}\n' > leeg.yaml && ehtrack --db leeg.db plan sync fixtures/compare/register.yaml leeg.yaml > /dev/null && ehtrack --db leeg.db compare --practice 90100010 --metric econsult_share --format csv | tail -1
> 90100010,econsult_share,,0,0,0,,,,,,,,,,
! ehtrack: note: practice 90100010 has no records at all of what these metrics count, so every figure of its own is empty; import its logs ('ehtrack import')

# A rank of a half rounds up, as the percentages beside it do: of 8 peers
# one below and seven above, 1 of 8 = 12.5%, "better than 13%" (it read
# 12%).
$ $PYTHON -c "print('practices:'); [print(f'  - {{agb: \"9020000{k}\", name: P{k}, care_group: G, region: R, insurers: [Menzis], list_size: 1000}}') for k in range(1, 10)]" > half.yaml && $PYTHON -c "print('id,practice,start,patient,channel,role,minutes,reason'); [print(f'h{k}-{i},9020000{k},2026-09-0{1 + i % 9}T09:00,P{k}{i},{\"econsult\" if i < (2, 1, 3, 4, 5, 6, 7, 8, 9)[k - 1] else \"phone\"},gp,5,') for k in range(1, 10) for i in range(10)]" > half.csv && ehtrack --db half.db plan sync half.yaml > /dev/null && ehtrack --db half.db import consults half.csv > /dev/null && ehtrack --db half.db compare --practice 90200001 --from 2026-09-01 --to 2026-09-30 --metric econsult_share | grep -o 'better than [^ ]*'
> better than 13%

# --- errors -----------------------------------------------------------------------
$ ehtrack compare --metric econsult_share
! ehtrack: compare: --practice AGB is required: the practice to compare
! usage: ehtrack compare --practice AGB [--against care-group|region|insurer|all] [--metric ID...] [--from D] [--to D] [--as-of D] [--days calendar|working] [--all]
? 2
$ ehtrack compare --practice 90100001 --against province
! ehtrack: compare: --against must be care-group, region, insurer or all (got 'province')
! usage: ehtrack compare --practice AGB [--against care-group|region|insurer|all] [--metric ID...] [--from D] [--to D] [--as-of D] [--days calendar|working] [--all]
? 2
$ ehtrack compare --practice 90100001 --days weekdays
! ehtrack: compare: --days must be calendar or working (got 'weekdays')
! usage: ehtrack compare --practice AGB [--against care-group|region|insurer|all] [--metric ID...] [--from D] [--to D] [--as-of D] [--days calendar|working] [--all]
? 2
$ ehtrack compare --practice 90100001 --metric econsult_shares
! ehtrack: compare: no metric 'econsult_shares'; did you mean 'econsult_share'?
! usage: ehtrack compare --practice AGB [--against care-group|region|insurer|all] [--metric ID...] [--from D] [--to D] [--as-of D] [--days calendar|working] [--all]
? 2
$ ehtrack compare --practice 90100001 --metric ""
! ehtrack: compare: --metric '' names no metric (known: abandoned_rate, avg_wait_s, awareness, calls_per_day, econsult_share, econsults, econsults_per_1000, econsults_per_week, followup_rate, median_response_h, portal_reach, response_in_term, results_via_econsult, unsafe_share, video_share)
! usage: ehtrack compare --practice AGB [--against care-group|region|insurer|all] [--metric ID...] [--from D] [--to D] [--as-of D] [--days calendar|working] [--all]
? 2
$ ehtrack compare --practice 90100001 --from 2026-10-01 --to 2026-09-30
! ehtrack: compare: --from is after --to
! usage: ehtrack compare --practice AGB [--against care-group|region|insurer|all] [--metric ID...] [--from D] [--to D] [--as-of D] [--days calendar|working] [--all]
? 2
$ ehtrack compare --practice 99999999
! ehtrack: no practice '99999999' in the database; known: 90100001 Praktijk Anemoon, 90100002 Praktijk Berk, 90100003 Praktijk Citroen, 90100004 Praktijk Duin, 90100005 Praktijk Eik, 90100006 Praktijk Fazant, 90100007 Praktijk Goudsbloem, 90100008 Praktijk Hazelaar, 90100009 Praktijk Iep
? 1

# --all, which interface.md 7.3 gives the commands that leave retired
# plans out, is accepted: no figure of compare depends on them.
$ ehtrack compare --practice 90100001 --metric econsult_share --from 2026-09-01 --to 2026-09-30 --as-of 2026-10-01 --format csv > plain.csv && ehtrack compare --practice 90100001 --metric econsult_share --from 2026-09-01 --to 2026-09-30 --as-of 2026-10-01 --format csv --all | cmp - plain.csv && echo same
> same

# Portal accounts beyond the list sizes (a register not updated): every
# practice at 120 %, so the practice is at its peers' very figure. A funnel
# closed on 100 % called it above the 99.8 % limit; a pooled share above
# 100 % has no binomial spread, so no limits and no verdict, and the table
# says why.
$ printf 'practice,date,accounts\n90100001,2026-09-30,2400\n90100002,2026-09-30,3000\n90100003,2026-09-30,3600\n90100004,2026-09-30,1800\n90100005,2026-09-30,4800\n90100006,2026-09-30,960\n90100007,2026-09-30,2640\n90100008,2026-09-30,2160\n90100009,2026-09-30,1440\n' > reach.csv && ehtrack import registrations reach.csv > /dev/null
! ehtrack: reach.csv: note: 9 registrations with more portal accounts than the practice's list size in the register (9 practices): portal_reach is above 100% there; update list_size in the register if it is out of date
$ ehtrack compare --practice 90100001 --from 2026-09-01 --to 2026-09-30 --metric portal_reach --format csv | cut -d, -f3,6,11-16
> value,peers,pooled,lo95,hi95,lo998,hi998,funnel
> 1.2,8,1.2,,,,,
$ ehtrack compare --practice 90100001 --from 2026-09-01 --to 2026-09-30 --metric portal_reach | tail -1
> No funnel limits where the peers' pooled share is above 100% (portal accounts beyond the list sizes in the register: are they out of date?): Patient portal reach.
# The practice's workbook says the same under its Comparison sheet's
# figures (the limits were empty there without a word), in either language.
$ for l in en nl; do ehtrack report practice 90100001 --from 2026-09-01 --to 2026-09-30 --lang $l -o reach-$l.xlsx > /dev/null 2>&1; done; $PYTHON -c "import openpyxl; [print(c.value) for f, n in (('reach-en.xlsx', 'Comparison'), ('reach-nl.xlsx', 'Vergelijking')) for r in openpyxl.load_workbook(f)[n].iter_rows() for c in r if str(c.value).startswith(('No funnel', 'Geen trechter'))]"
> No funnel limits where the others' pooled share is above 100% (portal accounts beyond the list sizes in the register: are they out of date?): Patient portal reach.
> Geen trechtergrenzen waar het samengenomen aandeel van de anderen boven 100% ligt (portaalaccounts boven de lijstgrootte in het register: is die verouderd?): Bereik patiëntenportaal.

# A per-day rate divides by every day of the range: over August and
# September, A's 60 September calls read 1.0 a day, half of its 2.0 on the
# days it has records. The table says which rates rest on part of the range.
$ ehtrack compare --practice 90100001 --from 2026-08-01 --to 2026-09-30 --metric calls_per_day,econsult_share | tail -2
> as of 2026-10-01: the day after the last record in scope (2026-09-30); --as-of D for another day
> Per day and per week over every day of 2026-08-01..2026-09-30, where the practice's records cover part of it: Inbound calls per day (records 2026-09-01..2026-09-30); over its own days the rate is higher (ehtrack metrics --period month shows it by month).
# H's 0 e-consults a week are 0 over its own days too: the note names its
# calls alone.
$ ehtrack compare --practice 90100008 --from 2026-08-01 --to 2026-09-30 --metric econsults_per_week,calls_per_day | tail -1
> Per day and per week over every day of 2026-08-01..2026-09-30, where the practice's records cover part of it: Inbound calls per day (records 2026-09-01..2026-09-30); over its own days the rate is higher (ehtrack metrics --period month shows it by month).
