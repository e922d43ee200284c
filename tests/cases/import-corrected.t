# An export that corrects records which two earlier imports carried
# (monthly exports overlap): the note names both imports, since a record
# keeps the figures of its first remaining carrier, and names the one that
# carried days this file lacks, whose file is imported again afterwards.
# fixtures/corrected/, practice 90000001:
#   jan-feb.csv (import 1): c1 econsult, c2 f2f (January); c3 phone, c4 f2f (February)
#   feb-mar.csv (import 2): c3, c4 as import 1; c5 econsult, c6 f2f (March)
#   jan-feb-corrected.csv (import 3): as import 1, but c3 and c4 econsult
$ ehtrack init > /dev/null && ehtrack plan sync fixtures/metrics/register.yaml > /dev/null && ehtrack import consults fixtures/corrected/jan-feb.csv fixtures/corrected/feb-mar.csv fixtures/corrected/jan-feb-corrected.csv > /dev/null
! ehtrack: fixtures/corrected/jan-feb-corrected.csv: note: 2 rows of this file have the id and time of a stored record but another channel and duration: the stored records keep the figures of imports 1 (fixtures/corrected/jan-feb.csv) and 2 (fixtures/corrected/feb-mar.csv), which carried them before this file. If this file corrects them (a format or an export corrected), take those imports back ('ehtrack imports remove 1', 'ehtrack imports remove 2'): the records then have this file's figures, with no need to import this file again. Import 2 also carried days or practices this file lacks, whose records go with it: import its file again after taking it back, and those records come back while the ones this file carries keep its figures (ignore the note that import then gives on other figures: this file is the correction)

# Import 1 alone taken back leaves February with import 2's figures.
$ cp ehtrack.db one.db && cp ehtrack.db.key one.db.key && ehtrack --db one.db imports remove 1 > /dev/null && ehtrack --db one.db metrics --metric econsult_share --practice 90000001 --format csv
> group,period,metric,value,numerator,denominator,partial
> 90000001,2026-01,econsult_share,0.5,1,2,true
> 90000001,2026-02,econsult_share,0,0,2,false
> 90000001,2026-03,econsult_share,0.5,1,2,true

# As the note says: both taken back, then import 2's file again. February
# is the corrected 2 of 2, January and March as before.
$ ehtrack imports remove 1 > /dev/null && ehtrack imports remove 2 > /dev/null && ehtrack import consults fixtures/corrected/feb-mar.csv 2> /dev/null
> FILE                            KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/corrected/feb-mar.csv  consults  canonical     4         2           2        0         0
$ ehtrack metrics --metric econsult_share --practice 90000001 --format csv
> group,period,metric,value,numerator,denominator,partial
> 90000001,2026-01,econsult_share,0.5,1,2,true
> 90000001,2026-02,econsult_share,1,2,2,false
> 90000001,2026-03,econsult_share,0.5,1,2,true

# Two files to import again that disagree on a record this file lacks:
# the first imported gives its figures, so the note gives their order.
# order-a.csv: 10 f2f (January), 11 f2f (January), 12 f2f, 13 f2f (February)
# order-y.csv corrects 11 to econsult; order-x.csv corrects 12 to video.
# a then y, y's note followed (a taken back, imported again as 3), then x.
$ ehtrack --db o.db init > /dev/null && ehtrack --db o.db plan sync fixtures/metrics/register.yaml > /dev/null && ehtrack --db o.db import consults fixtures/corrected/order-a.csv fixtures/corrected/order-y.csv > /dev/null 2>&1 && ehtrack --db o.db imports remove 1 > /dev/null && ehtrack --db o.db import consults fixtures/corrected/order-a.csv > /dev/null 2>&1 && ehtrack --db o.db import consults fixtures/corrected/order-x.csv > /dev/null
! ehtrack: fixtures/corrected/order-x.csv: note: 1 row of this file has the id and time of a stored record but another channel: the stored record keeps the figures of imports 2 (fixtures/corrected/order-y.csv) and 3 (fixtures/corrected/order-a.csv), which carried it before this file. If this file corrects it (a format or an export corrected), take those imports back ('ehtrack imports remove 2', 'ehtrack imports remove 3'): the record then has this file's figures, with no need to import this file again. Imports 2 and 3 also carried days or practices this file lacks, whose records go with them: import their files again after taking them back, in the order of their numbers (2, then 3), and those records come back while the ones this file carries keep its figures (ignore the note those imports then give on other figures: this file is the correction)
# Followed: both corrections stand, 11 an e-consult and 12 a video consult.
$ ehtrack --db o.db imports remove 2 > /dev/null && ehtrack --db o.db imports remove 3 > /dev/null && ehtrack --db o.db import consults fixtures/corrected/order-y.csv fixtures/corrected/order-a.csv > /dev/null 2>&1 && ehtrack --db o.db metrics --metric econsult_share --practice 90000001 --format csv && ehtrack --db o.db metrics --metric video_share --practice 90000001 --format csv | tail -1
> group,period,metric,value,numerator,denominator,partial
> 90000001,2026-01,econsult_share,0.5,1,2,true
> 90000001,2026-02,econsult_share,0,0,2,true
> 90000001,2026-02,video_share,0.5,1,2,true

# The note names each earlier import with the file it read, so the user
# can tell which export to take back without 'ehtrack imports': the same
# file imported twice is named once; from the sixth import on, by number.
$ ehtrack --db six.db init > /dev/null && ehtrack --db six.db plan sync fixtures/metrics/register.yaml > /dev/null && for m in 1 2 3 4 5 6 7; do printf 'id,practice,start,patient,channel,role,minutes,reason\nr1,90000001,2026-03-02T09:00,PR1,econsult,gp,%s,result\n' $m > m$m.csv; done && ehtrack --db six.db import consults m1.csv m1.csv m2.csv 2>&1 > /dev/null | grep -o 'keeps the figures of [^,]*,'
> keeps the figures of imports 1 and 2 (m1.csv),
$ ehtrack --db six.db imports remove 3 > /dev/null && ehtrack --db six.db import consults m3.csv m4.csv m5.csv m6.csv 2> /dev/null > /dev/null; ehtrack --db six.db import consults m7.csv 2>&1 > /dev/null | grep -o 'keeps the figures of .*, which carried'
> keeps the figures of imports 1 (m1.csv), 2 (m1.csv), 4 (m3.csv), 5 (m4.csv), 6 (m5.csv) and 7, which carried

# The note names what differs. A spreadsheet that saved the export again
# changes patient numbers only (their leading zeros): only then does the
# note say such a copy corrects nothing, and as nothing else differs it
# says so first; a new channel is no such copy.
$ printf 'id,practice,start,patient,channel,role,minutes,reason\nz1,90000001,2026-04-01T09:00,00412,f2f,gp,10,\nz2,90000001,2026-04-01T09:30,00413,f2f,gp,10,\n' > zeros.csv && sed 's/,00/,/' zeros.csv > zeros-excel.csv && sed 's/z2,\(.*\),f2f,gp,10/z2,\1,video,gp,10/' zeros.csv > zeros-video.csv && ehtrack --db z.db init > /dev/null && ehtrack --db z.db plan sync fixtures/metrics/register.yaml > /dev/null && ehtrack --db z.db import consults zeros.csv > /dev/null && cp z.db z2.db && cp z.db.key z2.db.key && cp z.db z3.db && cp z.db.key z3.db.key && ehtrack --db z.db import consults zeros-excel.csv > /dev/null
! ehtrack: zeros-excel.csv: note: 2 rows of this file have the id and time of a stored record but another patient number, as in an export a spreadsheet saved again (patient numbers without their leading zeros): such a copy corrects nothing, so let it be. The stored records keep the figures of import 1 (zeros.csv), which carried them before this file. If this file corrects them (a format or an export corrected), take that import back ('ehtrack imports remove 1'): the records then have this file's figures, with no need to import this file again
$ ehtrack --db z2.db import consults zeros-video.csv 2>&1 > /dev/null | grep -o 'but [^:]*:\|; an export saved again by a spreadsheet.*\|with no need to import this file again.*'
> but another channel:
> with no need to import this file again

# Patient numbers and a channel differ: the copy is no longer the likelier,
# so the correction's advice comes first and the spreadsheet's last.
$ sed 's/z2,\(.*\),f2f,gp,10/z2,\1,video,gp,10/' zeros-excel.csv > zeros-mixed.csv && ehtrack --db z3.db import consults zeros-mixed.csv 2>&1 > /dev/null | grep -o 'but [^:]*:\|; an export saved again by a spreadsheet.*'
> but another patient number and channel:
> ; an export saved again by a spreadsheet (patient numbers without their leading zeros) corrects nothing: let it be
