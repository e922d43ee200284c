# metrics: usage errors (exit 2), unknown filter names (exit 1), and an
# empty database.
$ ehtrack init > /dev/null
$ ehtrack plan sync fixtures/metrics/register.yaml > /dev/null
# No logs yet: an empty JSON array; the table says how to get data.
$ ehtrack metrics --format json
> []
$ ehtrack metrics
> GROUP  PERIOD  METRIC  VALUE  NUMERATOR  DENOMINATOR
> no data in scope; import logs with 'ehtrack import KIND FILE'
$ ehtrack import consults fixtures/metrics/logs/consults.csv > /dev/null
$ ehtrack metrics --period bogus
! ehtrack: metrics: --period must be week, month, quarter, year or all (got 'bogus')
! usage: ehtrack metrics [FILTER] [--metric ID...] [--period P] [--by B] [--from D] [--to D] [--as-of D] [--days K]
? 2
$ ehtrack metrics --by bogus
! ehtrack: metrics: --by must be practice, care_group, region, insurer or all (got 'bogus')
! usage: ehtrack metrics [FILTER] [--metric ID...] [--period P] [--by B] [--from D] [--to D] [--as-of D] [--days K]
? 2
$ ehtrack metrics --metric bogus
! ehtrack: metrics: no metric 'bogus' (known: abandoned_rate, avg_wait_s, awareness, calls_per_day, econsult_share, econsults, econsults_per_1000, econsults_per_week, followup_rate, median_response_h, portal_reach, response_in_term, results_via_econsult, unsafe_share, video_share)
! usage: ehtrack metrics [FILTER] [--metric ID...] [--period P] [--by B] [--from D] [--to D] [--as-of D] [--days K]
? 2
$ ehtrack metrics --metric econsult_shar
! ehtrack: metrics: no metric 'econsult_shar'; did you mean 'econsult_share'?
! usage: ehtrack metrics [FILTER] [--metric ID...] [--period P] [--by B] [--from D] [--to D] [--as-of D] [--days K]
? 2
# An empty --metric (a script's unset variable) is not "no figures, success".
$ ehtrack metrics --metric "" --format json
! ehtrack: metrics: --metric '' names no metric (known: abandoned_rate, avg_wait_s, awareness, calls_per_day, econsult_share, econsults, econsults_per_1000, econsults_per_week, followup_rate, median_response_h, portal_reach, response_in_term, results_via_econsult, unsafe_share, video_share)
! usage: ehtrack metrics [FILTER] [--metric ID...] [--period P] [--by B] [--from D] [--to D] [--as-of D] [--days K]
? 2
$ ehtrack metrics --metric econsults --metric ", "
! ehtrack: metrics: --metric ', ' names no metric (known: abandoned_rate, avg_wait_s, awareness, calls_per_day, econsult_share, econsults, econsults_per_1000, econsults_per_week, followup_rate, median_response_h, portal_reach, response_in_term, results_via_econsult, unsafe_share, video_share)
! usage: ehtrack metrics [FILTER] [--metric ID...] [--period P] [--by B] [--from D] [--to D] [--as-of D] [--days K]
? 2
# An empty item in a list ("$A,$B" with B unset) dropped that metric
# without a word: econsults alone, exit 0.
$ ehtrack metrics --metric econsults, --format csv
! ehtrack: metrics: --metric 'econsults,' names an empty metric (a comma at an end, or two in a row: a variable left unset?); name each metric
! usage: ehtrack metrics [FILTER] [--metric ID...] [--period P] [--by B] [--from D] [--to D] [--as-of D] [--days K]
? 2
$ ehtrack metrics --metric 'econsults,,video_share' --format csv
! ehtrack: metrics: --metric 'econsults,,video_share' names an empty metric (a comma at an end, or two in a row: a variable left unset?); name each metric
! usage: ehtrack metrics [FILTER] [--metric ID...] [--period P] [--by B] [--from D] [--to D] [--as-of D] [--days K]
? 2
$ ehtrack metrics --metric 'econsults, video_share' --format csv | cut -d, -f3 | sort -u
> econsults
> metric
> video_share
$ ehtrack metrics --as-of 2201-01-01
! ehtrack: metrics: --as-of must be a date of the years 1900 to 2200 (got '2201-01-01')
! usage: ehtrack metrics [FILTER] [--metric ID...] [--period P] [--by B] [--from D] [--to D] [--as-of D] [--days K]
? 2
$ ehtrack metrics --from 2026-03-10 --to 2026-03-01
! ehtrack: metrics: --from is after --to
! usage: ehtrack metrics [FILTER] [--metric ID...] [--period P] [--by B] [--from D] [--to D] [--as-of D] [--days K]
? 2
$ ehtrack metrics --from 2026-02-30
! ehtrack: metrics: --from: '2026-02-30' is no day of the calendar: that month has 28 days
! usage: ehtrack metrics [FILTER] [--metric ID...] [--period P] [--by B] [--from D] [--to D] [--as-of D] [--days K]
? 2
$ ehtrack metrics stray
! ehtrack: metrics: unexpected argument 'stray'
! usage: ehtrack metrics [FILTER] [--metric ID...] [--period P] [--by B] [--from D] [--to D] [--as-of D] [--days K]
? 2
# A filter naming nothing in the register is an error listing what there is.
$ ehtrack metrics --practice 12345678
! ehtrack: no practice '12345678' in the database; known: 90000001 Praktijk Aa, 90000002 Praktijk Bee, 90000003 Praktijk Cee, 90000004 Praktijk Dee
? 1
# A practice's name given for its code is named as the code meant (the
# list of every practice, which it got, leaves the user to spot it).
$ ehtrack status --practice 'praktijk  bee'
! ehtrack: no practice 'praktijk  bee' in the database; did you mean '90000002'? (a practice is given by its AGB code, not its name)
? 1
$ ehtrack metrics --care-group Nergens
! ehtrack: no care group 'Nergens' in the database; known: Zorggroep Oost, Zorggroep West
? 1
$ ehtrack metrics --region Nergens
! ehtrack: no region 'Nergens' in the database; known: Achterhoek, Twente
? 1
$ ehtrack metrics --insurer Nergens
! ehtrack: no insurer 'Nergens' in the database; known: CZ, Menzis, VGZ
? 1
# A name typed with a blank too many (pasted from a spreadsheet) or in
# other capitals is named as what was meant; it was listed among the rest.
$ ehtrack metrics --care-group 'Zorggroep Oost '
! ehtrack: no care group 'Zorggroep Oost ' in the database; did you mean 'Zorggroep Oost'?
? 1
$ ehtrack metrics --insurer menzis
! ehtrack: no insurer 'menzis' in the database; did you mean 'Menzis'?
? 1
# Filters that each name something but no practice together: said, with
# where the practice is (the table said "no data in scope; import logs").
$ ehtrack metrics --practice 90000001 --care-group 'Zorggroep West'
! ehtrack: no practice is in every filter given (--practice 90000001 --care-group 'Zorggroep West'; filters combine with AND): practice 90000001 is in care group 'Zorggroep Oost', region 'Twente', insurers Menzis, CZ
? 1
# Without --practice, where the care group's (or else the region's)
# practices are, for the other filters given (it named nothing).
$ ehtrack goals --care-group 'Zorggroep West' --region Twente --insurer VGZ
! ehtrack: no practice is in every filter given (--care-group 'Zorggroep West' --region 'Twente' --insurer 'VGZ'; filters combine with AND): the practices of care group 'Zorggroep West' in region 'Twente' have insurers Menzis
? 1
$ ehtrack metrics --care-group 'Zorggroep Oost' --region Achterhoek
! ehtrack: no practice is in every filter given (--care-group 'Zorggroep Oost' --region 'Achterhoek'; filters combine with AND): the practices of care group 'Zorggroep Oost' are in region 'Twente'
? 1
# Ids may follow --metric as separate words; a repeated id counts once; the
# order asked is the order printed. care-group is accepted for care_group.
$ ehtrack metrics --practice 90000003 --from 2026-03-01 --to 2026-03-31 --format json --metric econsults econsult_share econsults
> [
>   {"group": "90000003", "period": "2026-03", "metric": "econsults", "value": 1, "numerator": 1, "denominator": null, "partial": true},
>   {"group": "90000003", "period": "2026-03", "metric": "econsult_share", "value": 0.5, "numerator": 1, "denominator": 2, "partial": true}
> ]
$ ehtrack metrics --practice 90000003 --by care-group --from 2026-03-01 --to 2026-03-31 --format json --metric econsults
> [
>   {"group": "Zorggroep West", "period": "2026-03", "metric": "econsults", "value": 1, "numerator": 1, "denominator": null, "partial": true}
> ]

# A second AGB code after --practice: a usage error that says so (it was
# "no metric '01061104'", as the word fell to --metric's list).
$ ehtrack metrics --practice 01053147 01061104 --metric econsults 2>&1 | head -1
> ehtrack: metrics: unexpected argument '01061104': --practice takes one AGB code (for several practices: --care-group, --region or --insurer, or --by practice over them)
# Two practices of one name: both codes are given (one was, the other
# left out).
$ printf 'practices:\n  - {agb: "00123456", name: Praktijk Zand, care_group: Zorggroep Zand, region: Zandland, insurers: [Menzis], list_size: 1000}\n  - {agb: "00123457", name: Praktijk Zand, care_group: Zorggroep Zand, region: Zandland, insurers: [Menzis], list_size: 1000}\n' > zand.yaml && ehtrack --db zand.db plan sync zand.yaml > /dev/null && ehtrack --db zand.db status --practice 'praktijk zand'
! ehtrack: no practice 'praktijk zand' in the database; did you mean '00123456' or '00123457'? (a practice is given by its AGB code, not its name)
? 1
