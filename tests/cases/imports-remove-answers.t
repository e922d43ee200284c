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
#
# An answer later than the received time stored under its id, in a row
# with another received time (the stored 2 March, the row's 5 March): the
# answer is taken, the row's received time not. The import said "1
# message now answered" and, in its note, that the row "was not taken";
# the note now says what was taken, and that the response time (72 h)
# runs from the stored time, not the row's (1 h).
$ printf 'id,practice,received,answered,patient,channel\nM7,01053021,2026-03-02T09:00,,P7,econsult\n' > m-open.csv && printf 'id,practice,received,answered,patient,channel\nM7,01053021,2026-03-05T08:00,2026-03-05T09:00,P7,econsult\n' > m-later.csv && ehtrack --db later.db init > /dev/null && ehtrack --db later.db plan sync plans/ > /dev/null && ehtrack --db later.db import messages m-open.csv m-later.csv --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> m-open.csv,messages,canonical,1,1,0,0,0,
> m-later.csv,messages,canonical,1,0,1,0,0,
! ehtrack: m-later.csv: 1 message now answered
! ehtrack: m-later.csv: note: 1 answer taken from a row with the id of a message stored with another received time (by an earlier import or an earlier row of this file): the message keeps its stored received time, so its response time runs from that time, not from the row's. If such rows are other messages (another source numbering in the same range), give the format an id of more columns (id: {columns: [Locatie, Berichtnummer]}) and import the file again after taking this import back ('ehtrack imports remove 2')
$ ehtrack --db later.db metrics --practice 01053021 --metric median_response_h --as-of 2026-04-01 --format csv
> group,period,metric,value,numerator,denominator,partial
> 01053021,2026-03,median_response_h,72,,,true
$ ehtrack --db later.db imports --format csv | cut -d, -f1,2,12 | tail -1 | cut -c1-80
> 2,m-later.csv,"1 answer taken from a row with the id of a message stored with an
# 'imports' says that the import answered a message, as the import did.
$ ehtrack --db later.db imports | grep '^import'
> import 2: 1 message now answered
# So within one file: the id's first row is open, a later row has another
# received time and the answer; the note says which row stored it.
$ printf 'id,practice,received,answered,patient,channel\nM8,01053021,2026-03-02T09:00,,P8,econsult\nM8,01053021,2026-03-03T09:00,2026-03-03T10:00,P8,econsult\n' > m-both.csv && ehtrack --db later.db import messages m-both.csv --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> m-both.csv,messages,canonical,2,1,1,0,0,
! ehtrack: m-both.csv: 1 message now answered
! ehtrack: m-both.csv: note: 1 answer taken from a row with the id of a message stored with another received time (by an earlier import or an earlier row of this file): the message keeps its stored received time, so its response time runs from that time, not from the row's. If such rows are other messages (another source numbering in the same range), give the format an id of more columns (id: {columns: [Locatie, Berichtnummer]}) and import the file again after taking this import back ('ehtrack imports remove 3')
