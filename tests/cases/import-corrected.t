# An export that corrects records which two earlier imports carried
# (monthly exports overlap): the note names both imports, since a record
# keeps the figures of its first remaining carrier, and names the one that
# carried days this file lacks, whose file is imported again afterwards.
# fixtures/corrected/, practice 90000001:
#   jan-feb.csv (import 1): c1 econsult, c2 f2f (January); c3 phone, c4 f2f (February)
#   feb-mar.csv (import 2): c3, c4 as import 1; c5 econsult, c6 f2f (March)
#   jan-feb-corrected.csv (import 3): as import 1, but c3 and c4 econsult
$ ehtrack init > /dev/null && ehtrack plan sync fixtures/metrics/register.yaml > /dev/null && ehtrack import consults fixtures/corrected/jan-feb.csv fixtures/corrected/feb-mar.csv fixtures/corrected/jan-feb-corrected.csv > /dev/null
! ehtrack: fixtures/corrected/jan-feb-corrected.csv: note: 2 rows of this file have the id and time of a stored record but other figures: the stored records keep the figures of imports 1 and 2, which carried them before this file. If this file corrects them (a format or an export corrected), take each back ('ehtrack imports remove 1', and so on): the records then have this file's figures, with no need to import it again. Import 2 also carried days or practices this file lacks, whose records go with it: import its file again after taking it back, and those records come back while the ones this file carries keep its figures (let be the note on other figures that import then gives); an export saved again by a spreadsheet (patient numbers without their leading zeros) corrects nothing: let it be

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
