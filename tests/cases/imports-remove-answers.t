# A message's answer as exports bring it: in a later row of the same id, in
# a later export, or with another received time; taking an import back
# leaves every figure as if it had never run (formats.md 3).
$ ehtrack init > /dev/null && ehtrack plan sync plans/ > /dev/null
#
# open.csv has message 9 open; both.csv has it open, then answered two
# hours later. Without open.csv the message is answered (1 of 1 in term,
# median 2 h). Taking open.csv back used to reopen it: both.csv's carrier
# row kept its first row only.
$ printf 'id,practice,received,answered,patient,channel\n9,01053147,2026-03-10T10:00,,P4,econsult\n' > open.csv
$ printf 'id,practice,received,answered,patient,channel\n9,01053147,2026-03-10T10:00,,P4,econsult\n9,01053147,2026-03-10T10:00,2026-03-10T12:00,P4,econsult\n' > both.csv
$ ehtrack import messages open.csv both.csv > /dev/null
! ehtrack: both.csv: 1 message now answered
$ ehtrack imports remove 1 > /dev/null && ehtrack metrics --practice 01053147 --metric response_in_term,median_response_h --as-of 2026-04-01 --format csv
> group,period,metric,value,numerator,denominator,partial
> 01053147,2026-03,response_in_term,1,1,1,true
> 01053147,2026-03,median_response_h,2,,,true
#
# The same file twice, the first taken back: the second carried the answer.
$ ehtrack import messages both.csv > /dev/null && ehtrack imports remove 2 > /dev/null && ehtrack import messages both.csv > /dev/null && ehtrack imports remove 3 > /dev/null && ehtrack metrics --practice 01053147 --metric response_in_term,median_response_h --as-of 2026-04-01 --format csv
> group,period,metric,value,numerator,denominator,partial
> 01053147,2026-03,response_in_term,1,1,1,true
> 01053147,2026-03,median_response_h,2,,,true
#
# An answer earlier than the received time stored under its id (the id's
# row in b.csv has another received time) is not taken, and the import
# says so: it made a response time of -72 hours, counted within the term.
# Taken back a.csv, the message is b.csv's: received 1 March, answered a
# day later.
$ printf 'id,practice,received,answered,patient,channel\nM1,01053021,2026-03-05T10:00,,P1,econsult\n' > a.csv
$ printf 'id,practice,received,answered,patient,channel\nM1,01053021,2026-03-01T10:00,2026-03-02T10:00,P1,econsult\n' > b.csv
$ ehtrack import messages a.csv b.csv --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> a.csv,messages,canonical,1,1,0,0,0,
> b.csv,messages,canonical,1,0,1,0,0,
! ehtrack: b.csv: note: 1 answer not taken: it is earlier than the received time stored for its message (a row of the same id with another received time); the response time would have been negative
$ ehtrack metrics --practice 01053021 --metric median_response_h,response_in_term --as-of 2026-04-01 --format csv
> group,period,metric,value,numerator,denominator,partial
> 01053021,2026-03,median_response_h,,,,true
> 01053021,2026-03,response_in_term,0,0,1,true
$ ehtrack imports --format csv | cut -d, -f1,2,12 | tail -2
> 5,a.csv,
> 6,b.csv,1 answer not taken: it is earlier than the received time stored for its message (a row of the same id with another received time); the response time would have been negative
$ ehtrack imports remove 5 > /dev/null && ehtrack metrics --practice 01053021 --metric median_response_h,response_in_term --as-of 2026-04-01 --format csv
> group,period,metric,value,numerator,denominator,partial
> 01053021,2026-03,median_response_h,24,,,true
> 01053021,2026-03,response_in_term,1,1,1,true
#
# Within one file: the id's first row is kept, and a later row's answer
# before its received time is not taken either.
$ printf 'id,practice,received,answered,patient,channel\n8,01053147,2026-03-25T01:00,,P4,econsult\n8,01053147,2026-03-01T11:59,2026-03-03T14:59,P3,econsult\n' > one.csv && ehtrack import messages one.csv --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> one.csv,messages,canonical,2,1,1,0,0,
! ehtrack: one.csv: note: 1 answer not taken: it is earlier than the received time stored for its message (a row of the same id with another received time); the response time would have been negative
$ ehtrack metrics --practice 01053147 --metric median_response_h --as-of 2026-04-01 --format csv
> group,period,metric,value,numerator,denominator,partial
> 01053147,2026-03,median_response_h,2,,,true
