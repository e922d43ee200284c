# imports remove ID for messages (interface.md 7.2), apart from
# imports-remove.t so that each runs in well under the time a transcript
# may take under valgrind. Files in fixtures/remove/, for the practices of
# fixtures/metrics/register.yaml; fixtures/remove/figures.sh prints every
# figure a database gives, fixtures/remove/orders.sh holds it against
# importing fewer files.
$ ehtrack init > /dev/null && ehtrack plan sync fixtures/metrics/register.yaml > /dev/null && cp ehtrack.db base.db && cp ehtrack.db.key base.db.key && sh fixtures/remove/figures.sh base.db > empty.txt

# --- messages: an answer brought by a later export -------------------------------
# A (messages-a.csv): m1 e-consult 03-02 09:00 open; m2 e-consult answered
#   in 6 h; m3 e-mail open.
# B (messages-b.csv): m1 answered 03-04 08:00 (47 h), m2 the same, m4
#   WhatsApp. A then B: m1 takes B's answer.
$ for s in ab a b; do cp base.db $s.db; cp base.db.key $s.db.key; done; ehtrack --db ab.db import messages fixtures/remove/messages-a.csv fixtures/remove/messages-b.csv > /dev/null; ehtrack --db a.db import messages fixtures/remove/messages-a.csv > /dev/null; ehtrack --db b.db import messages fixtures/remove/messages-b.csv > /dev/null; cp ab.db ab2.db; cp ab.db.key ab2.db.key
! ehtrack: fixtures/remove/messages-b.csv: 1 message now answered
# 90000001 over all, A then B (term 24 h):
#   response_in_term: m2 in term, m1 not (47 h): 1/2
#   median_response_h: 6 and 47: 26.5
#   unsafe_share: m3 e-mail, m4 WhatsApp of m1..m4: 2/4
$ ehtrack --db ab.db metrics --practice 90000001 --period all --metric response_in_term,median_response_h,unsafe_share --format csv
> group,period,metric,value,numerator,denominator,partial
> 90000001,all,response_in_term,0.5,1,2,false
> 90000001,all,median_response_h,26.5,,,false
> 90000001,all,unsafe_share,0.5,2,4,false
# Taking B back opens m1 again and drops m4: as A alone.
#   response_in_term: m2 in term; m1 open, its term ended before the as-of
#   date: 1/2. median_response_h: m2 alone, 6. unsafe_share: m3 of 3: 1/3.
$ ehtrack --db ab2.db imports remove 2; ehtrack --db ab2.db metrics --practice 90000001 --period all --metric response_in_term,median_response_h,unsafe_share --format csv; sqlite3 ab2.db "SELECT id, answered FROM messages WHERE id = 'm1'"
> removed import 2 (fixtures/remove/messages-b.csv, messages): 1 record deleted; 2 kept, as another import carried them too (1 now as the other imports have it)
> group,period,metric,value,numerator,denominator,partial
> 90000001,all,response_in_term,0.5,1,2,false
> 90000001,all,median_response_h,6,,,false
> 90000001,all,unsafe_share,0.3333333333333333,1,3,false
> m1|
$ sh fixtures/remove/figures.sh ab2.db > ab2.txt; sh fixtures/remove/figures.sh a.db > a.txt; cmp ab2.txt a.txt && echo "A then B, B taken back: every figure as A alone"
> A then B, B taken back: every figure as A alone
# Taking A back keeps m1 with B's answer, m2 (B carried it), m4: as B alone.
#   response_in_term 1/2, median 26.5, unsafe_share m4 of 3: 1/3.
$ ehtrack --db ab.db imports remove 1; ehtrack --db ab.db metrics --practice 90000001 --period all --metric response_in_term,median_response_h,unsafe_share --format csv
> removed import 1 (fixtures/remove/messages-a.csv, messages): 1 record deleted; 2 kept, as another import carried them too
> group,period,metric,value,numerator,denominator,partial
> 90000001,all,response_in_term,0.5,1,2,false
> 90000001,all,median_response_h,26.5,,,false
> 90000001,all,unsafe_share,0.3333333333333333,1,3,false
$ sh fixtures/remove/figures.sh ab.db > ab.txt; sh fixtures/remove/figures.sh b.db > b.txt; cmp ab.txt b.txt && echo "A then B, A taken back: every figure as B alone"
> A then B, A taken back: every figure as B alone
$ ehtrack --db ab.db imports remove 2 > /dev/null; sh fixtures/remove/figures.sh ab.db > ab.txt; cmp ab.txt empty.txt && echo "and B too: every figure as an empty database"
> and B too: every figure as an empty database
# C answers m1 later than B (03-05) and m3: with B taken back, m1 has C's
# answer; with C taken back, B's.
$ sh fixtures/remove/orders.sh messages
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
