# imports remove ID for calls written as legs (interface.md 7.2), apart from
# imports-remove.t so that each runs in well under the time a transcript
# may take under valgrind. Files in fixtures/remove/, for the practices of
# fixtures/metrics/register.yaml; fixtures/remove/figures.sh prints every
# figure a database gives, fixtures/remove/orders.sh holds it against
# importing fewer files.
$ ehtrack init > /dev/null && ehtrack plan sync fixtures/metrics/register.yaml > /dev/null && cp ehtrack.db base.db && cp ehtrack.db.key base.db.key && sh fixtures/remove/figures.sh base.db > empty.txt

# --- calls written as legs -------------------------------------------------------
# Asterisk (asterisk-cdr-calls, practice 90000003), times in UTC (+1 h):
# A (calls-a.csv): call X 1772438400.11 legs 1 (201 rings 14 s, no answer)
#   and 3 (203 busy); call Y 1772442000.21 answered after 10 s, talk 120 s.
# B (calls-b.csv): X legs 2 (202 answers after 14 s, talks 180 s) and 1
#   again; call Z 1773046800.31 rings 20 s, no answer.
# A then B: X answered (14 s, 180 s), Y answered (10 s, 120 s), Z
#   abandoned. March, 3 inbound calls: abandoned_rate 1/3, avg_wait_s
#   (14 + 10)/2 = 12.
$ for s in ab a b; do cp base.db $s.db; cp base.db.key $s.db.key; done; ehtrack --db ab.db import calls fixtures/remove/calls-a.csv fixtures/remove/calls-b.csv --as asterisk-cdr-calls --practice 90000003 > /dev/null 2>&1; ehtrack --db a.db import calls fixtures/remove/calls-a.csv --as asterisk-cdr-calls --practice 90000003 > /dev/null 2>&1; ehtrack --db b.db import calls fixtures/remove/calls-b.csv --as asterisk-cdr-calls --practice 90000003 > /dev/null 2>&1; cp ab.db ab2.db; cp ab.db.key ab2.db.key
$ ehtrack --db ab.db metrics --practice 90000003 --period all --metric abandoned_rate,avg_wait_s --format csv
> group,period,metric,value,numerator,denominator,partial
> 90000003,all,abandoned_rate,0.3333333333333333,1,3,false
> 90000003,all,avg_wait_s,12,24,2,false
# Taking A back: leg 3 and call Y go; leg 1 stays (B carried it too); X
# merged again from legs 1 and 2: answered, 14 s, 180 s. Z abandoned.
#   abandoned_rate 1/2, avg_wait_s 14/1 = 14.
$ ehtrack --db ab.db imports remove 1; ehtrack --db ab.db metrics --practice 90000003 --period all --metric abandoned_rate,avg_wait_s --format csv; sqlite3 ab.db "SELECT id, wait_s, talk_s, outcome FROM calls ORDER BY id; SELECT count(*) FROM call_legs"
> removed import 1 (fixtures/remove/calls-a.csv, calls): 1 record deleted; 1 kept, as another import carried it too
> group,period,metric,value,numerator,denominator,partial
> 90000003,all,abandoned_rate,0.5,1,2,false
> 90000003,all,avg_wait_s,14,14,1,false
> 1772438400.11|14|180|answered
> 1773046800.31|20|0|abandoned
> 3
$ sh fixtures/remove/figures.sh ab.db > ab.txt; sh fixtures/remove/figures.sh b.db > b.txt; cmp ab.txt b.txt && echo "A then B, A taken back: every figure as B alone"
> A then B, A taken back: every figure as B alone
# Taking B back instead: leg 2 and Z go; X merged from legs 1 and 3:
# abandoned, waiting until the longest leg ended (14 s). Y answered.
#   abandoned_rate 1/2, avg_wait_s 10/1 = 10.
$ ehtrack --db ab2.db imports remove 2; ehtrack --db ab2.db metrics --practice 90000003 --period all --metric abandoned_rate,avg_wait_s --format csv
> removed import 2 (fixtures/remove/calls-b.csv, calls): 1 record deleted; 1 kept, as another import carried it too (1 now as the other imports have it)
> group,period,metric,value,numerator,denominator,partial
> 90000003,all,abandoned_rate,0.5,1,2,false
> 90000003,all,avg_wait_s,10,10,1,false
$ sh fixtures/remove/figures.sh ab2.db > ab2.txt; sh fixtures/remove/figures.sh a.db > a.txt; cmp ab2.txt a.txt && echo "A then B, B taken back: every figure as A alone"
> A then B, B taken back: every figure as A alone
$ ehtrack --db ab2.db imports remove 1 > /dev/null; sh fixtures/remove/figures.sh ab2.db > ab2.txt; cmp ab2.txt empty.txt && echo "and A too: every figure as an empty database"; sqlite3 ab2.db "SELECT count(*) FROM call_legs; SELECT count(*) FROM call_leg_imports; SELECT count(*) FROM call_days"
> and A too: every figure as an empty database
> 0
> 0
> 0
# C (calls-c.csv): leg 3 of X and call Y again, and a leg of Z that phone
# 202 answered after 20 s (talk 60 s).
$ sh fixtures/remove/orders.sh calls --as asterisk-cdr-calls --practice 90000003
> remove 1: as imported 2 3
> remove 2: as imported 1 3
> remove 3: as imported 1 2
> remove 1 2: as imported 3
> remove 2 1: as imported 3
> remove 1 3: as imported 2
> remove 3 1: as imported 2
> remove 2 3: as imported 1
> remove 3 2: as imported 1
> remove 1 2 3: as imported nothing
> remove 1 3 2: as imported nothing
> remove 2 1 3: as imported nothing
> remove 2 3 1: as imported nothing
> remove 3 1 2: as imported nothing
> remove 3 2 1: as imported nothing

# A call first stored by a plain import (calls-plain.csv, canonical: X
# abandoned after 14 s), then legs of it (B): the stored call became a leg
# of itself, carried by the plain import. Taking B back leaves the plain
# call and no legs, as the plain import alone; taking the plain import back
# leaves B's legs.
$ for s in pb pb2 p b; do cp base.db $s.db; cp base.db.key $s.db.key; done; ehtrack --db p.db import calls fixtures/remove/calls-plain.csv > /dev/null 2>&1; ehtrack --db b.db import calls fixtures/remove/calls-b.csv --as asterisk-cdr-calls --practice 90000003 > /dev/null 2>&1; for d in pb pb2; do ehtrack --db $d.db import calls fixtures/remove/calls-plain.csv > /dev/null 2>&1; ehtrack --db $d.db import calls fixtures/remove/calls-b.csv --as asterisk-cdr-calls --practice 90000003 > /dev/null 2>&1; done; for f in p b; do sh fixtures/remove/figures.sh $f.db > $f.txt; done
$ ehtrack --db pb.db imports remove 2; sqlite3 pb.db "SELECT id, wait_s, talk_s, outcome FROM calls; SELECT count(*) FROM call_legs"; sh fixtures/remove/figures.sh pb.db > pb.txt; cmp pb.txt p.txt && echo "plain then legs, legs taken back: as the plain import alone"
> removed import 2 (fixtures/remove/calls-b.csv, calls): 1 record deleted; 1 kept, as another import carried it too (1 now as the other imports have it)
> 1772438400.11|14|0|abandoned
> 0
> plain then legs, legs taken back: as the plain import alone
$ ehtrack --db pb2.db imports remove 1; sh fixtures/remove/figures.sh pb2.db > pb2.txt; cmp pb2.txt b.txt && echo "plain then legs, plain taken back: as the legs alone"
> removed import 1 (fixtures/remove/calls-plain.csv, calls): 0 records deleted; 1 kept, as another import carried it too
> plain then legs, plain taken back: as the legs alone
# The other way round: legs first, then the plain file (its call a
# duplicate). Taking the legs back leaves the plain import's call.
$ for s in bp bp2; do cp base.db $s.db; cp base.db.key $s.db.key; ehtrack --db $s.db import calls fixtures/remove/calls-b.csv --as asterisk-cdr-calls --practice 90000003 > /dev/null 2>&1; ehtrack --db $s.db import calls fixtures/remove/calls-plain.csv > /dev/null 2>&1; done
$ ehtrack --db bp.db imports remove 1; sh fixtures/remove/figures.sh bp.db > bp.txt; cmp bp.txt p.txt && echo "legs then plain, legs taken back: as the plain import alone"
> removed import 1 (fixtures/remove/calls-b.csv, calls): 1 record deleted; 1 kept, as another import carried it too (1 now as the other imports have it)
> legs then plain, legs taken back: as the plain import alone
$ ehtrack --db bp2.db imports remove 2; sh fixtures/remove/figures.sh bp2.db > bp2.txt; cmp bp2.txt b.txt && echo "legs then plain, plain taken back: as the legs alone"
> removed import 2 (fixtures/remove/calls-plain.csv, calls): 0 records deleted; 1 kept, as another import carried it too
> legs then plain, plain taken back: as the legs alone
# A plain export that shows the call answered (calls-plain-answered.csv:
# after 14 s, 60 s talk) and the legs that show nobody answering: in either
# order the plain call is a leg of the call, which is answered (the best
# outcome of its legs). Legs first, the plain file was a duplicate and the
# call stayed abandoned (interface.md 7.2: a call's figures never depend
# on the order of its rows). Taking either import back gives the other's.
$ for s in pa ap ap2 pa1 b1; do cp base.db $s.db; cp base.db.key $s.db.key; done; for d in pa pa1; do ehtrack --db $d.db import calls fixtures/remove/calls-plain-answered.csv > /dev/null 2>&1; done; ehtrack --db pa.db import calls fixtures/remove/calls-a.csv --as asterisk-cdr-calls --practice 90000003 > /dev/null 2>&1; for d in ap ap2 b1; do ehtrack --db $d.db import calls fixtures/remove/calls-a.csv --as asterisk-cdr-calls --practice 90000003 > /dev/null 2>&1; done; for d in ap ap2; do ehtrack --db $d.db import calls fixtures/remove/calls-plain-answered.csv > /dev/null 2>&1; done; for d in pa ap; do sqlite3 $d.db "SELECT id, start, wait_s, talk_s, outcome FROM calls"; ehtrack --db $d.db metrics --metric abandoned_rate --by all --period all --format csv | tail -n 1; done
> 1772442000.21|1772445600|10|120|answered
> 1772438400.11|1772442000|14|60|answered
> all,all,abandoned_rate,0,0,2,false
> 1772442000.21|1772445600|10|120|answered
> 1772438400.11|1772442000|14|60|answered
> all,all,abandoned_rate,0,0,2,false
$ ehtrack --db ap.db imports remove 2 > /dev/null; ehtrack --db ap2.db imports remove 1 > /dev/null; for f in ap b1 ap2 pa1; do sh fixtures/remove/figures.sh $f.db > $f.txt; done; cmp ap.txt b1.txt && echo "legs then plain, plain taken back: as the legs alone"; cmp ap2.txt pa1.txt && echo "legs then plain, legs taken back: as the plain import alone"
> legs then plain, plain taken back: as the legs alone
> legs then plain, legs taken back: as the plain import alone
