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
