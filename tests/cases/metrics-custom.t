# A metric added by a user, without recompiling: a file in a directory named
# by EHTRACK_METRICS_PATH (docs/metrics.md, "Adding a metric").
# fixtures/metrics/extra/assistant_share.yaml: consults with role assistant /
# all consults, read from the consults table.
# fixtures/metrics/logs/consults.csv, March 2026: A has 1 assistant consult
# of 4, B 1 of 12, C 0 of 2, D none.
$ ehtrack init > /dev/null
$ ehtrack plan sync fixtures/metrics/register.yaml > /dev/null
$ ehtrack import consults fixtures/metrics/logs/consults.csv > /dev/null
# Without the path the metric is unknown.
$ ehtrack metrics --metric assistant_share
! ehtrack: metrics: no metric 'assistant_share' (known: abandoned_rate, avg_wait_s, awareness, calls_per_day, econsult_share, econsults, econsults_per_1000, econsults_per_week, followup_rate, median_response_h, portal_reach, response_in_term, results_via_econsult, unsafe_share, video_share)
! usage: ehtrack metrics [FILTER] [--metric ID...] [--period P] [--by B] [--from D] [--to D] [--as-of D] [--days K]
? 2
# Oost (1 + 1)/(4 + 12) = 0.125; West 0/2 = 0.
# March is whole (the records begin on Monday 2 March, after a Sunday).
$ EHTRACK_METRICS_PATH=fixtures/metrics/extra ehtrack metrics --by care_group --from 2026-03-01 --to 2026-03-31 --metric assistant_share,econsult_share --format json
> [
>   {"group": "Zorggroep Oost", "period": "2026-03", "metric": "assistant_share", "value": 0.125, "numerator": 2, "denominator": 16, "partial": false},
>   {"group": "Zorggroep Oost", "period": "2026-03", "metric": "econsult_share", "value": 0.375, "numerator": 6, "denominator": 16, "partial": false},
>   {"group": "Zorggroep West", "period": "2026-03", "metric": "assistant_share", "value": 0, "numerator": 0, "denominator": 2, "partial": false},
>   {"group": "Zorggroep West", "period": "2026-03", "metric": "econsult_share", "value": 0.5, "numerator": 1, "denominator": 2, "partial": false}
> ]
# A alone, every period of its range (March .. May): March 1/4; April has
# no consult (0/0 = null); in May 2 consults, none by the assistant (0/2 = 0).
# By all, March: (1 + 1 + 0)/(4 + 12 + 2) = 2/18 = 11.1%.
$ EHTRACK_METRICS_PATH=fixtures/metrics/extra ehtrack metrics --practice 90000001 --metric assistant_share --format json
> [
>   {"group": "90000001", "period": "2026-03", "metric": "assistant_share", "value": 0.25, "numerator": 1, "denominator": 4, "partial": true},
>   {"group": "90000001", "period": "2026-04", "metric": "assistant_share", "value": null, "numerator": 0, "denominator": 0, "partial": false},
>   {"group": "90000001", "period": "2026-05", "metric": "assistant_share", "value": 0, "numerator": 0, "denominator": 2, "partial": true}
> ]
# Its label in the table, English and Dutch.
$ EHTRACK_METRICS_PATH=fixtures/metrics/extra ehtrack metrics --by all --from 2026-03-01 --to 2026-03-31 --metric assistant_share
> GROUP  PERIOD   METRIC                     VALUE  NUMERATOR  DENOMINATOR
> all    2026-03  Consults by the assistant  11.1%          2           18
> as of 2026-05-06: the day after the last record in scope (2026-05-05); --as-of D for another day
$ EHTRACK_METRICS_PATH=fixtures/metrics/extra LANG=nl_NL.UTF-8 ehtrack metrics --by all --from 2026-03-01 --to 2026-03-31 --metric assistant_share
> GROUP  PERIOD   METRIC                               VALUE  NUMERATOR  DENOMINATOR
> all    2026-03  Aandeel consulten door de assistent  11.1%          2           18
> as of 2026-05-06: the day after the last record in scope (2026-05-05); --as-of D for another day
# The metric in a goal: plan check and sync know it only with the path.
$ ehtrack plan check fixtures/metrics/custom-plans/assistenten-oost.yaml
> checked 1 file: 0 practices, 1 plan; 1 error, 0 warnings
! ehtrack: fixtures/metrics/custom-plans/assistenten-oost.yaml:16:30: unknown metric 'assistant_share' (known: abandoned_rate, avg_wait_s, awareness, calls_per_day, econsult_share, econsults, econsults_per_1000, econsults_per_week, followup_rate, median_response_h, portal_reach, response_in_term, results_via_econsult, unsafe_share, video_share)
? 1
$ EHTRACK_METRICS_PATH=fixtures/metrics/extra ehtrack plan sync fixtures/metrics/custom-plans/assistenten-oost.yaml > /dev/null
# As of 2026-04-01 the current window is 2026-03-04 .. 03-31: of A's
# consults a-3 and a-4 (1 by the assistant), of B's b-3 .. b-12 (1 by the
# assistant): pooled over the care group 2/12 = 1/6 >= 0.15: achieved.
# Forecast: the 8 weeks before are 2026-W06 .. W13 (x = 0 .. 7); values in
# W10 (x = 4: A 1 of 4, B 1 of 3: 2/7), W11 (0 of 4) and W12 (0 of 4); the
# line through (4, 2/7) (5, 0) (6, 0) is y = 2/21 - (x - 5)/7; the deadline
# week 2026-W53 is x = 47: 2/21 - 6 = -124/21 = -5.90. The file gives no
# range; a ratio lies within 0..1, so the forecast is held to 0. The data
# ends on 2026-05-05, more than 14 days before today (2026-11-23), but
# after the --as-of: stderr does not advise to import newer logs, which
# would not change the figures of that day. A's consults end on 5 March
# while B's go on: after it the care group's share is B's alone, which
# stderr says (the forecast's W11 and W12 are B's).
$ EHTRACK_METRICS_PATH=fixtures/metrics/extra ehtrack goals --as-of 2026-04-01 --format json
> [
>   {"plan": "assistenten-oost", "goal": "assistants", "metric": "assistant_share", "practice": null, "care_group": "Zorggroep Oost", "baseline": null, "target": 0.15, "current": 0.16666666666666666, "forecast": 0, "forecast_points": [{"week": "2026-W10", "value": 0.2857142857142857}, {"week": "2026-W11", "value": 0}, {"week": "2026-W12", "value": 0}], "deadline": "2026-12-31", "status": "achieved", "as_of": "2026-04-01", "plan_state": "active"}
> ]
! ehtrack: warning: the consults of practice 90000001 end on 2026-03-05, 27 days before the as-of date, while those of the other practices go on: the current value of 1 goal takes the days after from the other practices' consults alone, so it is not the whole scope's: assistants (assistenten-oost, assistant_share); import its consults up to date
# The same id twice is an error (exit 1); the first definition still runs.
$ mkdir -p twice && cp fixtures/metrics/extra/assistant_share.yaml twice/ && EHTRACK_METRICS_PATH=fixtures/metrics/extra:twice ehtrack metrics --metric assistant_share
> GROUP     PERIOD    METRIC                     VALUE  NUMERATOR  DENOMINATOR
> 90000001  2026-03*  Consults by the assistant  25.0%          1            4
> 90000001  2026-04   Consults by the assistant      -          0            0
> 90000001  2026-05*  Consults by the assistant   0.0%          0            2
> 90000002  2026-03*  Consults by the assistant   8.3%          1           12
> 90000002  2026-04   Consults by the assistant      -          0            0
> 90000002  2026-05*  Consults by the assistant      -          0            0
> 90000003  2026-03*  Consults by the assistant   0.0%          0            2
> 90000003  2026-04   Consults by the assistant      -          0            0
> 90000003  2026-05*  Consults by the assistant      -          0            0
> 90000004  2026-03*  Consults by the assistant      -          0            0
> 90000004  2026-04   Consults by the assistant      -          0            0
> 90000004  2026-05*  Consults by the assistant   0.0%          0            2
> * partial period: the records in scope run from 2026-03-02 to 2026-05-05
> as of 2026-05-06: the day after the last record in scope (2026-05-05); --as-of D for another day
! ehtrack: twice/assistant_share.yaml:4:9: metric 'assistant_share' is already defined in fixtures/metrics/extra/assistant_share.yaml
? 1
# A broken metric file: every mistake with FILE:LINE:COL, exit 1; the other metrics still run.
$ EHTRACK_METRICS_PATH=fixtures/metrics/broken ehtrack metrics --metric econsults
> GROUP     PERIOD    METRIC      VALUE  NUMERATOR  DENOMINATOR
> 90000001  2026-03*  E-consults      1          1            -
> 90000001  2026-04   E-consults      -          -            -
> 90000001  2026-05*  E-consults      0          0            -
> 90000002  2026-03*  E-consults      5          5            -
> 90000002  2026-04   E-consults      -          -            -
> 90000002  2026-05*  E-consults      -          -            -
> 90000003  2026-03*  E-consults      1          1            -
> 90000003  2026-04   E-consults      -          -            -
> 90000003  2026-05*  E-consults      -          -            -
> 90000004  2026-03*  E-consults      -          -            -
> 90000004  2026-04   E-consults      -          -            -
> 90000004  2026-05*  E-consults      1          1            -
> * partial period: the records in scope run from 2026-03-02 to 2026-05-05
> as of 2026-05-06: the day after the last record in scope (2026-05-05); --as-of D for another day
! ehtrack: fixtures/metrics/broken/typo.yaml:8:10: compute must be one of ratio | count | per_day | per_week | value (got 'mean')
! ehtrack: fixtures/metrics/broken/typo.yaml:9:1: unknown key 'scael' in metric file; did you mean 'scale'?
? 1
# A metric file whose SQL names a column the table lacks (c.rol): left out
# with FILE:LINE and SQLite's reason, exit 1, and the other metrics run (it
# emptied the whole output).
$ EHTRACK_METRICS_PATH=fixtures/metrics/wrong-sql ehtrack metrics --by all --period all --metric econsults,assistant_share --format csv
> group,period,metric,value,numerator,denominator,partial
> all,all,econsults,8,8,,false
! ehtrack: fixtures/metrics/wrong-sql/assistant_share.yaml:15: metric assistant_share: no such column: c.rol
? 1

# A metric of kind calls may read the consults' period sums; the engine
# builds them for it, and only for this evaluation's scope and periods.
# March: A 4 consults / 6 inbound calls; B 12 / 2; C 2 / 1. By all:
# (4 + 12 + 2)/(6 + 2 + 1) = 18/9 = 2.
$ ehtrack import calls fixtures/metrics/logs/calls.csv > /dev/null 2>&1; EHTRACK_METRICS_PATH=fixtures/metrics/extra ehtrack metrics --by practice --from 2026-03-01 --to 2026-03-31 --metric consults_per_call --format csv
> group,period,metric,value,numerator,denominator,partial
> 90000001,2026-03,consults_per_call,0.6666666666666666,4,6,false
> 90000002,2026-03,consults_per_call,6,12,2,false
> 90000003,2026-03,consults_per_call,2,2,1,false
> 90000004,2026-03,consults_per_call,,0,0,false
$ EHTRACK_METRICS_PATH=fixtures/metrics/extra ehtrack metrics --by all --from 2026-03-01 --to 2026-03-31 --metric consults_per_call --format csv
> group,period,metric,value,numerator,denominator,partial
> all,2026-03,consults_per_call,2,18,9,false
# The engine fills only the columns of the period sums that SQL reads;
# read through `SELECT *` of a CTE they are filled too. The e-consults and
# face-to-face consults of each practice in the log: A 1 and 3, B 5 and 6,
# C 1 and 1, D 1 and none.
$ EHTRACK_METRICS_PATH=fixtures/metrics/columns ehtrack metrics --by practice --metric econsult_per_f2f --period all --format csv
> group,period,metric,value,numerator,denominator,partial
> 90000001,all,econsult_per_f2f,0.3333333333333333,1,3,false
> 90000002,all,econsult_per_f2f,0.8333333333333334,5,6,false
> 90000003,all,econsult_per_f2f,1,1,1,false
> 90000004,all,econsult_per_f2f,,1,0,false
# SQL that would change the database is refused before it runs; the data
# stay as they were (22 consults).
# A range a value cannot have (metric files' `range: [MIN, MAX]`).
$ EHTRACK_METRICS_PATH=fixtures/metrics/broken-range ehtrack metrics --metric econsults > /dev/null
! ehtrack: fixtures/metrics/broken-range/range.yaml:9:8: range: a ratio lies within 0..1 (5% is written 0.05)
! ehtrack: fixtures/metrics/broken-range/three.yaml:8:8: range is [MIN, MAX] (null for no bound), got 3 values
! ehtrack: fixtures/metrics/broken-range/upside-down.yaml:8:8: range: the minimum 10 is not below the maximum 0
? 1
$ EHTRACK_METRICS_PATH=fixtures/metrics/broken-sql ehtrack metrics --metric sneaky
! ehtrack: fixtures/metrics/broken-sql/writes.yaml:9: metric sneaky: the SQL may only read (SELECT); it tried to change something
? 1
$ sqlite3 ehtrack.db "SELECT count(*) FROM consults"
> 22
# A metric written for schema 8's econsult_responses (a row per response
# time in an integer column `seconds`) stops at the line that names the
# column; the lists of schema 10 (`times`) would read as 0 hours.
$ EHTRACK_METRICS_PATH=fixtures/metrics/old-responses ehtrack metrics --metric median_old
! ehtrack: fixtures/metrics/old-responses/median_old.yaml:17: metric median_old: no such column: r.seconds
? 1
# SQL that does not parse: the line in the metric file.
$ EHTRACK_METRICS_PATH=fixtures/metrics/broken-syntax ehtrack metrics --metric bad_syntax
! ehtrack: fixtures/metrics/broken-syntax/syntax.yaml:14: metric bad_syntax: near "s": syntax error
? 1
# A parameter the engine does not know.
$ EHTRACK_METRICS_PATH=fixtures/metrics/broken-param ehtrack metrics --metric unknown_param
! ehtrack: fixtures/metrics/broken-param/param.yaml:9: metric unknown_param: parameter :since is not one of :from, :to, :as_of, :from_start, :to_end, :as_of_utc
? 1
# What a metric reads (`reads`): only names of the tables metric SQL can
# read, and the SQL reads nothing it does not list.
$ EHTRACK_METRICS_PATH=fixtures/metrics/broken-reads ehtrack metrics --metric undeclared
! ehtrack: fixtures/metrics/broken-reads/unknown.yaml:8:18: reads: 'consult_dayz' is not a table metric SQL can read (call_days, consult_days, econsult_open, econsult_responses, m_call_periods, m_consult_periods, m_consults, m_days, m_groups, m_message_periods, m_periods, m_practices, m_scope, m_terms, message_days, practice_insurers, practices, registration_carriers, registrations, survey, survey_carriers)
! ehtrack: fixtures/metrics/broken-reads/unknown.yaml:8:32: reads: 'consults' is not a table metric SQL can read (call_days, consult_days, econsult_open, econsult_responses, m_call_periods, m_consult_periods, m_consults, m_days, m_groups, m_message_periods, m_periods, m_practices, m_scope, m_terms, message_days, practice_insurers, practices, registration_carriers, registrations, survey, survey_carriers)
! ehtrack: fixtures/metrics/broken-reads/undeclared.yaml:10: metric undeclared: the SQL reads m_consult_periods, which `reads` does not list
? 1
# A metric whose SQL fails as it runs stops a workbook at its file and
# line, and leaves no file. The goal's metric fails on the second
# connection (goals) and on the first (the Metrics sheet holds the metrics
# a user added): the error is the goals', as when all is gathered on one.
$ EHTRACK_METRICS_PATH=fixtures/metrics/failing ehtrack report care-group "Zorggroep Oost" -o oost.xlsx --as-of 2026-04-01 2>err.txt; echo "exit $?"; grep -v "data in scope ends" err.txt
> exit 3
> ehtrack: fixtures/metrics/failing/assistant_share.yaml:11: metric assistant_share: ams_utc: the time is outside the years 1-9999
$ EHTRACK_THREADS=1 EHTRACK_METRICS_PATH=fixtures/metrics/failing ehtrack report care-group "Zorggroep Oost" -o oost.xlsx --as-of 2026-04-01 2>err.txt; echo "exit $?"; grep -v "data in scope ends" err.txt
> exit 3
> ehtrack: fixtures/metrics/failing/assistant_share.yaml:11: metric assistant_share: ams_utc: the time is outside the years 1-9999
$ ls -A | grep oost || echo "no workbook"
> no workbook

# A metric's SQL that breaks the contract is an error at its file and line
# (exit 1), never a figure: two rows for one group and period (a GROUP BY
# one column too fine kept the last row: Zorggroep Oost 1/12 for 2/18);
# a numerator or value that is text (read as 0); a ratio without a
# denominator column (every value null, exit 0).
$ mkdir -p mine && sed 's/GROUP BY s.grp, d.period$/GROUP BY s.grp, d.period, c.practice_id/' fixtures/metrics/extra/assistant_share.yaml > mine/assistant_share.yaml && EHTRACK_METRICS_PATH=mine ehtrack metrics --by care_group --metric assistant_share --format csv
! ehtrack: mine/assistant_share.yaml:14: metric assistant_share: the SQL returned two rows for one group and period (one row each: GROUP BY grp, period), for group 'Zorggroep Oost', period 2026-03
? 1
$ sed "s/sum(c.role = 'assistant') AS numerator/group_concat(c.role) AS numerator/" fixtures/metrics/extra/assistant_share.yaml > mine/assistant_share.yaml && EHTRACK_METRICS_PATH=mine ehtrack metrics --by care_group --metric assistant_share --format csv
! ehtrack: mine/assistant_share.yaml:14: metric assistant_share: the SQL returned a numerator that is not a number, for group 'Zorggroep Oost', period 2026-03
? 1
$ sed 's/AS denominator/AS denom/' fixtures/metrics/extra/assistant_share.yaml > mine/assistant_share.yaml && EHTRACK_METRICS_PATH=mine ehtrack metrics --by care_group --metric assistant_share --format csv
! ehtrack: mine/assistant_share.yaml:14: metric assistant_share: the SQL must return columns grp, period and numerator and denominator (compute: ratio)
? 1

# $EHTRACK_METRICS_PATH: a directory that is not there is an error (every
# metric of one's own was dropped without a word, exit 0); a directory
# named twice, or the shipped one named again, is read once (each file
# clashed with itself); a link to a file that is gone is named (it was
# passed over); a metric asked for whose file has an error is exit 1, not
# a usage error saying there is no such metric.
$ EHTRACK_METRICS_PATH=fixtures/metrics/extar ehtrack metrics --metric econsults --by all --period all --format csv
> group,period,metric,value,numerator,denominator,partial
> all,all,econsults,8,8,,false
! ehtrack: fixtures/metrics/extar: $EHTRACK_METRICS_PATH names this, but it is no directory: nothing is there
? 1
$ EHTRACK_METRICS_PATH=fixtures/metrics/extra:$ROOT/metrics:./fixtures/metrics/extra/ ehtrack metrics --metric assistant_share --by all --period all --format csv
> group,period,metric,value,numerator,denominator,partial
> all,all,assistant_share,0.09090909090909091,2,22,false
$ mkdir -p gone && ln -s nowhere.yaml gone/video_per_gp.yaml && EHTRACK_METRICS_PATH=gone ehtrack metrics --metric econsults --by all --period all --format csv > /dev/null
! ehtrack: gone/video_per_gp.yaml: cannot open: No such file or directory
? 3
$ sed 's/^unit: ratio/unit: percent/' fixtures/metrics/extra/assistant_share.yaml > mine/assistant_share.yaml && EHTRACK_METRICS_PATH=mine ehtrack metrics --metric assistant_share
! ehtrack: mine/assistant_share.yaml:10:7: unit must be one of ratio | count | per_day | per_week | per_1000 | hours | seconds (got 'percent')
! ehtrack: no metric 'assistant_share' could be read: if it is defined in a file with an error above, mend that file
? 1
