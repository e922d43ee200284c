# Exports opened and saved again, as practices do (docs/formats.md, the
# csv block): fixtures/formats/saved-again/ holds the 16 contacts of
# his-consults-1252.csv as Excel's "Unicode text" (UTF-16 with its mark,
# tabs, CRLF: the format says semicolons and Windows-1252), the same with
# an emoji cut in half in a reason (a lone UTF-16 surrogate: it took every
# row after it), as UTF-8 without a mark, with lines ended by CR alone
# (Excel's "CSV (Macintosh)"), with Excel's "sep=;" line above the header,
# and with a DOS Ctrl-Z after the last line (rejected as a row). Each
# reads as the original: 16 rows, all the contacts already imported.
$ ehtrack init > /dev/null
$ ehtrack plan sync plans/ > /dev/null
$ ehtrack import consults fixtures/formats/his-consults-1252.csv --as his-nl-consults --practice 01053147 --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> fixtures/formats/his-consults-1252.csv,consults,his-nl-consults,16,16,0,0,0,
$ for f in his-unicode-text.txt his-unicode-text-cut.txt his-utf8.csv his-mac.csv his-sep.csv his-ctrlz.csv; do ehtrack import consults fixtures/formats/saved-again/$f --as his-nl-consults --practice 01053147 --format csv | tail -n 1; done
> fixtures/formats/saved-again/his-unicode-text.txt,consults,his-nl-consults,16,0,16,0,0,
> fixtures/formats/saved-again/his-unicode-text-cut.txt,consults,his-nl-consults,16,0,16,0,0,
> fixtures/formats/saved-again/his-utf8.csv,consults,his-nl-consults,16,0,16,0,0,
> fixtures/formats/saved-again/his-mac.csv,consults,his-nl-consults,16,0,16,0,0,
> fixtures/formats/saved-again/his-sep.csv,consults,his-nl-consults,16,0,16,0,0,
> fixtures/formats/saved-again/his-ctrlz.csv,consults,his-nl-consults,16,0,16,0,0,
# The canonical layout saved by Excel with Dutch settings is refused with
# the reason.
$ ehtrack import consults fixtures/formats/saved-again/consults-excel-nl.csv
! ehtrack: fixtures/formats/saved-again/consults-excel-nl.csv:1: the header does not match the consults layout: column 1 of 1 is not one of id,practice,start,patient,channel,role,minutes,reason; the line is separated by ';' where the layout uses ',': a file Excel with Dutch settings saved again (it also rewrites times and drops leading zeros); import the file as exported, or describe it in a format (docs/formats.md)
? 1
# Contact numbers of eight digits (his-zeros.csv, as the HIS writes them),
# then a later export that overlaps its last 8 contacts, opened and saved
# by Excel (his-zeros-excel.csv: 00104530 became 104530, 03-03-2026
# 3-3-2026). Ids are text, so the 8 land again as new records: 28
# contacts where the truth is 20. The import names them, and in either
# order says which import to take back.
$ ehtrack --db zeros.db init > /dev/null
$ ehtrack --db zeros.db plan sync plans/ > /dev/null
$ ehtrack --db zeros.db import consults fixtures/formats/saved-again/his-zeros.csv --as his-nl-consults --practice 01053147 --format csv | tail -n 1
> fixtures/formats/saved-again/his-zeros.csv,consults,his-nl-consults,16,16,0,0,0,
$ ehtrack --db zeros.db import consults fixtures/formats/saved-again/his-zeros-excel.csv --as his-nl-consults --practice 01053147 --format csv | tail -n 1
> fixtures/formats/saved-again/his-zeros-excel.csv,consults,his-nl-consults,12,12,0,0,0,
! ehtrack: fixtures/formats/saved-again/his-zeros-excel.csv: note: 8 records of this file have the id of a record of the same time that an earlier import stored, without its leading zeros (40009 for 00040009) or the last zeros of its decimals (1772438400.402 for 1772438400.4020): stored as new, so they count twice. A spreadsheet that opened and saved an export drops those zeros: take this import back ('ehtrack imports remove 2') and import the export as the system wrote it (or as saved with the id column as text)
$ ehtrack --db zeros.db metrics --metric econsult_share --practice 01053147 --period all --format csv
> group,period,metric,value,numerator,denominator,partial
> 01053147,all,econsult_share,0.25,7,28,false
# Taken back, the first export's 16 remain (the later export's 4 new
# contacts come with it imported as written).
$ ehtrack --db zeros.db imports remove 2 > /dev/null
$ ehtrack --db zeros.db metrics --metric econsult_share --practice 01053147 --period all --format csv
> group,period,metric,value,numerator,denominator,partial
> 01053147,all,econsult_share,0.25,4,16,false
# In the other order the earlier imports are the ones to take back: the
# spreadsheet's copy imported twice (its second import all duplicates),
# both are named, or taking back the first alone leaves the records.
$ ehtrack --db zeros2.db init > /dev/null
$ ehtrack --db zeros2.db plan sync plans/ > /dev/null
$ for i in 1 2; do ehtrack --db zeros2.db import consults fixtures/formats/saved-again/his-zeros-excel.csv --as his-nl-consults --practice 01053147 > /dev/null; done
$ ehtrack --db zeros2.db import consults fixtures/formats/saved-again/his-zeros.csv --as his-nl-consults --practice 01053147 --format csv | tail -n 1
> fixtures/formats/saved-again/his-zeros.csv,consults,his-nl-consults,16,16,0,0,0,
! ehtrack: fixtures/formats/saved-again/his-zeros.csv: note: 8 records of this file have the id of a record of the same time that imports 1 and 2 (fixtures/formats/saved-again/his-zeros-excel.csv) carried, with zeros that one lacks (00040009 for 40009, leading; 1772438400.4020 for 1772438400.402, the last of its decimals): stored as new, so they count twice. A spreadsheet that opened and saved an export drops those zeros: if those imports were such files, take each back ('ehtrack imports remove 1', and so on); else take this import back ('ehtrack imports remove 3')
$ ehtrack --db zeros2.db imports remove 1; ehtrack --db zeros2.db imports remove 2
> removed import 1 (fixtures/formats/saved-again/his-zeros-excel.csv, consults): 0 records deleted; 12 kept, as another import carried them too
> removed import 2 (fixtures/formats/saved-again/his-zeros-excel.csv, consults): 12 records deleted
$ ehtrack --db zeros2.db metrics --metric econsult_share --practice 01053147 --period all --format csv
> group,period,metric,value,numerator,denominator,partial
> 01053147,all,econsult_share,0.25,4,16,false
# An overlapping export as the HIS wrote it again: its 8 contacts are
# duplicates, no note.
$ ehtrack --db zeros2.db import consults fixtures/formats/saved-again/his-zeros.csv --as his-nl-consults --practice 01053147 --format csv | tail -n 1
> fixtures/formats/saved-again/his-zeros.csv,consults,his-nl-consults,16,0,16,0,0,
# Two exports joined into one file (cat, or pasted one under the other in
# a spreadsheet): the second export's header line is skipped, not
# rejected as a row with a date that fits no time_format, so even
# --strict imports the file. Its rows import as rows: here the same 16
# contacts twice, so 16 duplicates. The canonical layout likewise, with
# the byte-order mark and CRLF each export had.
$ cat fixtures/formats/his-consults-1252.csv fixtures/formats/his-consults-1252.csv > joined.csv
$ ehtrack --db joined.db init > /dev/null
$ ehtrack --db joined.db plan sync plans/ > /dev/null
$ ehtrack --db joined.db import consults joined.csv --as his-nl-consults --practice 01053147 --strict --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> joined.csv,consults,his-nl-consults,33,16,16,1,0,
! ehtrack: joined.csv: note: line 18 repeats the header line (two exports joined into one file?): it was skipped, not read as a row
$ cat fixtures/logs/consults-bom-crlf.csv fixtures/logs/consults-bom-crlf.csv fixtures/logs/consults-bom-crlf.csv > joined3.csv
$ ehtrack --db joined.db import consults joined3.csv --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> joined3.csv,consults,canonical,14,4,8,2,0,
! ehtrack: joined3.csv: note: 2 lines repeat the header line (the first on line 9; exports joined into one file?): they were skipped, not read as rows
# A journal without contact numbers (his-nl-journal-consults): a contact
# is known by all its fields, its patient number among them. The HIS
# writes patient numbers with leading zeros (journal-zeros.csv, 16 March:
# 5 contacts, a note and a repeat prescription); a later export that
# overlaps it, opened and saved by Excel (journal-zeros-excel.csv: 16 and
# 17 March, 0004711 became 4711, 16-03-2026 16-3-2026), stores the 5
# contacts of 16 March again: 13 contacts where the truth is 8, 3
# e-consults where it is 2. The import names them and says which import
# to take back; taken back, the first export's contacts remain.
$ ehtrack --db journal.db init > /dev/null
$ ehtrack --db journal.db plan sync plans/ > /dev/null
$ ehtrack --db journal.db import consults fixtures/formats/saved-again/journal-zeros.csv --as his-nl-journal-consults --practice 01053147 --format csv | tail -n 1
> fixtures/formats/saved-again/journal-zeros.csv,consults,his-nl-journal-consults,7,5,0,2,0,
$ ehtrack --db journal.db import consults fixtures/formats/saved-again/journal-zeros-excel.csv --as his-nl-journal-consults --practice 01053147 --format csv | tail -n 1
> fixtures/formats/saved-again/journal-zeros-excel.csv,consults,his-nl-journal-consults,10,8,0,2,0,
! ehtrack: fixtures/formats/saved-again/journal-zeros-excel.csv: note: 5 records of this file without an id (known by all their fields) are equal to a record that import 1 (fixtures/formats/saved-again/journal-zeros.csv) carried but for the seconds of the start time or the patient number: stored as new, so they count twice. A spreadsheet that opened and saved an export drops the seconds of times and the leading zeros of numbers: if this file was such a copy, take it back ('ehtrack imports remove 2') and import the export as the system wrote it; if that import was such a copy, take it back ('ehtrack imports remove 1')
$ ehtrack --db journal.db metrics --metric econsults --practice 01053147 --period all --format csv
> group,period,metric,value,numerator,denominator,partial
> 01053147,all,econsults,3,3,,false
$ ehtrack --db journal.db imports remove 2 > /dev/null; ehtrack --db journal.db metrics --metric econsults --practice 01053147 --period all --format csv
> group,period,metric,value,numerator,denominator,partial
> 01053147,all,econsults,1,1,,false
# Messages without an id, the later export written without seconds (as a
# spreadsheet saves them) and the open message now answered: both are
# stored again, the answer going to the copy, and the note says so. The
# same export imported again as written adds nothing and says nothing.
$ printf 'id,practice,received,answered,patient,channel\n,01053147,2026-03-02T08:14:09,2026-03-02T15:40:02,P1,econsult\n,01053147,2026-03-02T09:00:30,,P2,econsult\n' > m-seconds.csv
$ printf 'id,practice,received,answered,patient,channel\n,01053147,2026-03-02 08:14,2026-03-02 15:40,P1,econsult\n,01053147,2026-03-02 09:00,2026-03-02 12:00,P2,econsult\n' > m-minutes.csv
$ ehtrack --db journal.db import messages m-seconds.csv m-seconds.csv m-minutes.csv --format csv
> file,kind,format,read,inserted,duplicates,skipped,rejected,unmapped
> m-seconds.csv,messages,canonical,2,2,0,0,0,
> m-seconds.csv,messages,canonical,2,0,2,0,0,
> m-minutes.csv,messages,canonical,2,2,0,0,0,
! ehtrack: m-minutes.csv: note: 2 records of this file without an id (known by all their fields) are equal to a record that imports 3 and 4 (m-seconds.csv) carried but for the seconds of the received time: stored as new, so they count twice. A spreadsheet that opened and saved an export drops the seconds of times and the leading zeros of numbers: if this file was such a copy, take it back ('ehtrack imports remove 5') and import the export as the system wrote it; if those imports were such copies, take each back ('ehtrack imports remove 3', and so on)
