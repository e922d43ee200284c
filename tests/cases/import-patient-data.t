# Unmapped codes are listed so a user can extend a format's map, but a
# value that could be someone's data is never shown nor kept, in any kind
# of log (docs/formats.md "Unmapped codes"): a shifted column or a typing
# habit puts names, e-mail addresses, citizen service numbers written with
# separators, dates of birth and phone numbers where codes belong.
$ ehtrack init > /dev/null && ehtrack plan sync plans/ > /dev/null

# consults-identifying.csv, 48 rows, each value below in 6 of them:
#   channel Groepsconsult                 a code: listed
#   channel de Vries, Jansen, Hendrika,   names: not shown
#           J. Bakker
#   channel a.devries@example.nl          an e-mail address: not shown
#   channel 1234.56.782                   a BSN with dots: not shown
#   role    123 456 782                   a BSN with spaces: not shown
#   role    12-03-1954                    a date of birth: not shown
# So 48 rejected, 42 rows of values not shown.
$ ehtrack import consults fixtures/logs/consults-identifying.csv
> FILE                                    KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/logs/consults-identifying.csv  consults  canonical    48         0           0        0        48
> unmapped codes in fixtures/logs/consults-identifying.csv: channel 'Groepsconsult' (6 rows); 42 more not shown
! ehtrack: fixtures/logs/consults-identifying.csv: 48 rows rejected; see 'ehtrack rejects 1'
? 1

# Calls have no patient column, but a caller's number in the direction
# column is not shown either; a code is.
$ ehtrack import calls fixtures/logs/calls-identifying.csv
> FILE                                 KIND   FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/logs/calls-identifying.csv  calls  canonical    12         0           0        0        12
> unmapped codes in fixtures/logs/calls-identifying.csv: direction 'voicemail' (6 rows); 6 more not shown
! ehtrack: fixtures/logs/calls-identifying.csv: 12 rows rejected; see 'ehtrack rejects 2'
? 1

# A column with more different unmapped values than a system has codes
# (21 here, each in 5 rows) holds something else: none is shown.
$ ehtrack import consults fixtures/logs/consults-wide-column.csv
> FILE                                    KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/logs/consults-wide-column.csv  consults  canonical   105         0           0        0       105
> unmapped codes in fixtures/logs/consults-wide-column.csv: 105 rows not shown
! ehtrack: fixtures/logs/consults-wide-column.csv: 105 rows rejected; see 'ehtrack rejects 3'
? 1

# The same when some of the column's values look like names and are
# hidden for that alone: they count among its values (20 plain surnames
# beside "de Vries" were listed, as 20 different values).
$ awk -F, 'BEGIN { OFS = ","; split("de Vries,Bakker,Bos,Brouwer,Dekker,Dijkstra,Hendriks,Jacobs,Jansen,Kaya,Kok,Meijer,Mulder,Peters,Postma,Smit,Smits,Visser,Vos,Wolters,Yilmaz", n, ",") } NR == 1 { print; next } { $5 = n[int((NR - 2) / 5) + 1]; $1 = "t" $1; print }' fixtures/logs/consults-wide-column.csv > surnames.csv && ehtrack import consults surnames.csv
> FILE          KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> surnames.csv  consults  canonical   105         0           0        0       105
> unmapped codes in surnames.csv: 105 rows not shown
! ehtrack: surnames.csv: 105 rows rejected; see 'ehtrack rejects 4'
? 1
# An id column that holds a name or an e-mail address (an export template
# set to the wrong column) is stored as its keyed hash, as an id built
# from the patient number is; a plain id stays as it is (they were kept in
# the clear).
$ printf 'id,practice,start,patient,channel,role,minutes,reason\n"Jansen, Piet 12-03-1954",01053021,2026-03-02T08:07,P1,econsult,gp,10,\np.bakker@example.nl,01053021,2026-03-02T08:08,P2,econsult,gp,10,\nc-7f3b01,01053021,2026-03-02T08:09,P3,econsult,gp,10,\n' > ids.csv && ehtrack import consults ids.csv > /dev/null && sqlite3 ehtrack.db "SELECT CASE WHEN id LIKE '#%' THEN 'hash' ELSE id END FROM consults WHERE id NOT GLOB '[0-9]*' AND (id LIKE '#%' OR id = 'c-7f3b01') ORDER BY 1"
> c-7f3b01
> hash
> hash
# The same in every kind of log, for each way an id can be someone's: a
# call log's caller (a name, a phone number however written, a BSN with
# points), a date of birth, words without a digit (no system's id is
# one); a uniqueid, a number and a code stay as they are (all were kept
# in the clear, and call ids were not judged at all).
$ printf 'id,practice,start,direction,wait_s,talk_s,outcome\n"Zwanenburg, Hendrika",01053021,2026-03-04T09:00:00,in,10,60,answered\npiet zwanenburg,01053021,2026-03-04T09:01:00,in,10,60,answered\n+31612345678,01053021,2026-03-04T09:02:00,in,10,60,answered\n0031 612 345 678,01053021,2026-03-04T09:03:00,in,10,60,answered\n<06-12345678>,01053021,2026-03-04T09:04:00,in,10,60,answered\n111.222.333,01053021,2026-03-04T09:05:00,in,10,60,answered\n17-08-1961,01053021,2026-03-04T09:06:00,in,10,60,answered\n2026-03-04 0612345678,01053021,2026-03-04T09:07:00,in,10,60,answered\n1711440000.123,01053021,2026-03-04T09:08:00,in,10,60,answered\nSYS-1711440000.124,01053021,2026-03-04T09:09:00,in,10,60,answered\n2026-03-04 09:10 104533,01053021,2026-03-04T09:10:00,in,10,60,answered\n' > call-ids.csv && ehtrack import calls call-ids.csv > /dev/null 2>&1 && sqlite3 ehtrack.db "SELECT CASE WHEN id LIKE '#%' THEN 'hash' ELSE id END, count(*) FROM calls WHERE start >= unixepoch('2026-03-04 09:00') AND start < unixepoch('2026-03-04 09:11') GROUP BY 1 ORDER BY 1"
> 1711440000.123|1
> 2026-03-04 09:10 104533|1
> SYS-1711440000.124|1
> hash|8
# And as phone systems and spreadsheets write them: a caller's number as a
# SIP trunk gives it (31612345678, +31 (0)6 12345678), within a 3CX chain
# or a recording's file name, a BSN after a ';', a date of birth as Excel
# writes it (17-8-1961); a 3CX history id, a channel name and a file name
# of times stay as they are (all these were kept in the clear).
$ printf 'id,practice,start,direction,wait_s,talk_s,outcome\n31612345678,01053021,2026-03-05T09:00:00,in,10,60,answered\n+31 (0)6 12345678,01053021,2026-03-05T09:01:00,in,10,60,answered\nCall 48213 Chain: 0612345678;Ext.800;Ext.201;,01053021,2026-03-05T09:02:00,in,10,60,answered\nq-400-0638520517-20260330-114722-1774864042.10716.wav,01053021,2026-03-05T09:03:00,in,10,60,answered\nx;111.222.333,01053021,2026-03-05T09:04:00,in,10,60,answered\n17-8-1961,01053021,2026-03-05T09:05:00,in,10,60,answered\nfrom=0612345678,01053021,2026-03-05T09:06:00,in,10,60,answered\nCall 48213 00000191F2A3C9D4_3312,01053021,2026-03-05T09:07:00,in,10,60,answered\nPJSIP/kpn-00000012,01053021,2026-03-05T09:08:00,in,10,60,answered\nq-400-20260330-114722-1774864042.10716.wav,01053021,2026-03-05T09:09:00,in,10,60,answered\n' > call-ids2.csv && ehtrack import calls call-ids2.csv > /dev/null 2>&1 && sqlite3 ehtrack.db "SELECT CASE WHEN id LIKE '#%' THEN 'hash' ELSE id END, count(*) FROM calls WHERE start >= unixepoch('2026-03-05 09:00') AND start < unixepoch('2026-03-05 09:10') GROUP BY 1 ORDER BY 1"
> Call 48213 00000191F2A3C9D4_3312|1
> PJSIP/kpn-00000012|1
> hash|7
> q-400-20260330-114722-1774864042.10716.wav|1
$ printf 'id,practice,start,patient,channel,role,minutes,reason\n06-12345678,01053021,2026-03-02T09:07,P4,econsult,gp,10,\nZwanenburg H.J.,01053021,2026-03-02T09:08,P5,econsult,gp,10,\npiet.jansen(at)example.nl,01053021,2026-03-02T09:09,P6,econsult,gp,10,\n' > ids2.csv && ehtrack import consults ids2.csv > /dev/null && ehtrack import consults fixtures/formats/his-id-with-reason.csv --as fixtures/formats/his-id-with-reason.yaml --practice 01053021 > /dev/null && sqlite3 ehtrack.db "SELECT count(*), sum(id LIKE '#%') FROM consults WHERE start >= unixepoch('2026-03-02 08:11') AND start < unixepoch('2026-03-02 09:10')"
> 5|5
# The dump without the keyed hashes (an id's '#' and hex digits, a
# patient's 18 or 19 digits, a float's long fraction: any of them may hold
# '1961' or '12345678' by chance under a database's random key).
$ sqlite3 ehtrack.db .dump | sed -E "s/'#[0-9a-f]+'//g; s/[0-9]{15,}//g" | grep -c -E 'wanenburg|612345678|12345678|111\.222|1961|piet\.jansen'
> 0
? 1
# Nowhere: not in the import history, the rejects, the database (the
# patterns are whole values: a hash in the dump may hold any digits).
$ { ehtrack imports; ehtrack imports --format json; ehtrack rejects; ehtrack rejects --format csv; sqlite3 ehtrack.db .dump; } | grep -c -E 'de Vries|Jansen|Bakker|Wolters|Postma|devries@|1234\.56\.782|123 456 782|12-03-1954|06-12345678|Praktijk (Aan|Bbn|Uun)'
> 0
? 1
$ sqlite3 ehtrack.db "SELECT import_id, field, value, rows FROM import_unmapped ORDER BY import_id"
> 1|channel|Groepsconsult|6
> 2|direction|voicemail|6

# An id built from the patient column, or equal to the row's patient
# number, would keep the number in the clear: such an id is stored as its
# keyed hash (docs/formats.md section 5), which still tells the records
# apart and finds them again.
$ ehtrack import consults fixtures/formats/his-id-with-patient.csv --as fixtures/formats/his-id-with-patient.yaml --practice 01053021
> FILE                                      KIND      FORMAT               READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/his-id-with-patient.csv  consults  his-id-with-patient     3         3           0        0         0
$ ehtrack import consults fixtures/formats/his-id-with-patient.csv --as fixtures/formats/his-id-with-patient.yaml --practice 01053021
> FILE                                      KIND      FORMAT               READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/formats/his-id-with-patient.csv  consults  his-id-with-patient     3         0           3        0         0
$ ehtrack import consults fixtures/logs/consults-id-is-patient.csv
> FILE                                      KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/logs/consults-id-is-patient.csv  consults  canonical     2         2           0        0         0
$ sqlite3 ehtrack.db .dump | sed -E "s/'#[0-9a-f]+'//g; s/[0-9]{15,}//g" | grep -c -E 'P9988776|123456782|P9955667'
> 0
? 1
$ sqlite3 ehtrack.db "SELECT count(*), count(DISTINCT id), sum(id LIKE '#%'), sum(id = 1001) FROM consults"
> 13|13|11|1

# Names written out, as a sender column bound to channel by mistake holds
# them: "Hendrika Jansen", "Mevr. Bakker", "Noël Smit", "Dhr Yilmaz", and
# without blanks, as a log writes them, "Jansen,Piet" and "J.Bakker", and
# "Şükrü Yılmaz", "Ronald McDonald", "Piet JANSEN", "Jansen,H.", and
# then an initial beyond ASCII ("É. Dubois", "Ö.Şahin"), a title in small
# letters or written out ("dhr. Yilmaz", "mw. Bakker", "mevrouw Bakker"),
# an initial after the name ("Jansen P", "Bakker J.") and five digits of
# another script ("٣٤٥٦٧٨", "１２３４５") (6 rows each) were listed as codes, and kept. Codes stay listed, also of two
# words ("Telefonisch consult", "Microsoft Teams") or none ("Tel.Consult").
# The file holds 23 different values in all, a column of names by the rule
# above, so each half of the names is imported beside the four codes.
$ for half in 0 1; do awk -F, -v half=$half 'NR == 1 { print; next } !($5 in k) { k[$5] = n++ } $5 ~ /onsult|Teams/ || k[$5] % 2 == half' fixtures/logs/consults-names.csv | sed "s/^/h$half/; 1s/^h$half//" > names-$half.csv; ehtrack import consults names-$half.csv 2> /dev/null | tail -1; sqlite3 ehtrack.db "SELECT field, value, rows FROM import_unmapped WHERE import_id = (SELECT max(id) FROM imports)"; done
> unmapped codes in names-0.csv: channel 'Groepsconsult' (6 rows), channel 'Microsoft Teams' (6 rows), channel 'Tel.Consult' (6 rows), channel 'Telefonisch consult' (6 rows); 60 more not shown
> channel|Groepsconsult|6
> channel|Microsoft Teams|6
> channel|Tel.Consult|6
> channel|Telefonisch consult|6
> unmapped codes in names-1.csv: channel 'Groepsconsult' (6 rows), channel 'Microsoft Teams' (6 rows), channel 'Tel.Consult' (6 rows), channel 'Telefonisch consult' (6 rows); 54 more not shown
> channel|Groepsconsult|6
> channel|Microsoft Teams|6
> channel|Tel.Consult|6
> channel|Telefonisch consult|6
# A title before a name in small letters or another title ("mevrouw
# bakker", "mijnheer Bakker", "dokter Bakker", "zuster Wit"), two blanks
# between the words ("Hendrika  Jansen") and "jansen, hendrika" in small
# letters were listed and kept as codes.
$ awk -F, -v OFS=, 'BEGIN { split("mevrouw bakker|Mevr. bakker|mijnheer Bakker|Hendrika  Jansen|jansen, hendrika|dokter Bakker|zuster Wit|Groepsconsult", v, "|") } NR == 1 { print; next } NR <= 41 { $1 = "w" $1; $5 = v[int((NR - 2) / 5) + 1]; if ($5 ~ /,/) $5 = "\"" $5 "\""; print }' fixtures/logs/consults-wide-column.csv > titles.csv && ehtrack import consults titles.csv 2> /dev/null | tail -1; sqlite3 ehtrack.db "SELECT field, value, rows FROM import_unmapped WHERE import_id = (SELECT max(id) FROM imports)"
> unmapped codes in titles.csv: channel 'Groepsconsult' (5 rows); 35 more not shown
> channel|Groepsconsult|5
# Names in capitals, as many systems write surnames: with initials after
# them ("BAKKER J.", "JANSEN PJ", "DE VRIES A", "JANSEN-DE VRIES A") or a
# particle before ("VAN DIJK") were listed and kept as codes; so was
# "YILMAZ AYSE", which alone reads as a code in capitals ("NO ANSWER") but
# not beside names. Codes in capitals stay listed where no name is.
$ awk -F, -v OFS=, 'BEGIN { split("BAKKER J.|DE VRIES A|JANSEN PJ|JANSEN-DE VRIES A|VAN DIJK|YILMAZ AYSE|Groepsconsult", v, "|") } NR == 1 { print; next } NR <= 36 { $1 = "k" $1; $5 = v[int((NR - 2) / 5) + 1]; print }' fixtures/logs/consults-wide-column.csv > capitals.csv && ehtrack import consults capitals.csv 2> /dev/null | tail -1; sqlite3 ehtrack.db "SELECT field, value, rows FROM import_unmapped WHERE import_id = (SELECT max(id) FROM imports)"
> unmapped codes in capitals.csv: channel 'Groepsconsult' (5 rows); 30 more not shown
> channel|Groepsconsult|5
# Double names joined by a hyphen ("Jansen-Wolters", "Anne-Marie",
# "Yılmaz-Kaya") and "O'Brien" were listed and kept as codes; so were a
# first name or a title alone ("Noor", "MEVROUW") beside them. A code
# with a word of care in it stays listed ("E-Consult").
$ awk -F, -v OFS=, 'BEGIN { split("Jansen-Wolters|Anne-Marie|Yılmaz-Kaya|O'"'"'Brien|Noor|MEVROUW|E-Consult", v, "|") } NR == 1 { print; next } NR <= 36 { $1 = "h" $1; $5 = v[int((NR - 2) / 5) + 1]; print }' fixtures/logs/consults-wide-column.csv > joined.csv && ehtrack import consults joined.csv 2> /dev/null | tail -1; sqlite3 ehtrack.db "SELECT field, value, rows FROM import_unmapped WHERE import_id = (SELECT max(id) FROM imports)"
> unmapped codes in joined.csv: channel 'E-Consult' (5 rows); 30 more not shown
> channel|E-Consult|5
# More forms of a name were listed and kept as codes: who the person is
# to the patient after the name ("Jansen (moeder)", "Sanne (dochter)"),
# an initial before the surname ("P Jansen"), a surname and initial in
# small letters ("jansen p", "jansen p."), a word for the patient before
# the name ("patiënt Jansen"), two people ("Jansen/Bakker"), a login
# ("jan.jansen", "j.de.vries"), "d'Hondt", and six names in a row.
# Initials alone ("n.v.t.") stay listed as a code.
$ awk -F, -v OFS=, 'BEGIN { split("Jansen (moeder)|Sanne (dochter)|P Jansen|jansen p|jansen p.|patiënt Jansen|Jansen/Bakker|jan.jansen|j.de.vries|d'"'"'Hondt|Jansen Hendrika Maria Johanna Petronella Wilhelmina|n.v.t.", v, "|") } NR == 1 { print; next } NR <= 61 { $1 = "f" $1; $5 = v[int((NR - 2) / 5) + 1]; print }' fixtures/logs/consults-wide-column.csv > forms.csv && ehtrack import consults forms.csv 2> /dev/null | tail -1
> unmapped codes in forms.csv: channel 'n.v.t.' (5 rows); 55 more not shown
# The same name in capitals or small letters beside it was shown.
$ awk -F, -v OFS=, 'BEGIN { split("Mieke Jansen-Wolters|Jansen-Wolters M.|JANSEN-WOLTERS|jansen-wolters|Weekend-Dienst|Terugbel-verzoek", v, "|") } NR == 1 { print; next } NR <= 31 { $1 = "j" $1; $5 = v[int((NR - 2) / 5) + 1]; print }' fixtures/logs/consults-wide-column.csv > joined2.csv && ehtrack import consults joined2.csv 2> /dev/null | tail -1
> unmapped codes in joined2.csv: channel 'Terugbel-verzoek' (5 rows), channel 'Weekend-Dienst' (5 rows); 20 more not shown
$ awk -F, -v OFS=, 'BEGIN { split("NO ANSWER|TEL SPREEKUUR|Groepsconsult", v, "|") } NR == 1 { print; next } NR <= 16 { $1 = "c" $1; $5 = v[int((NR - 2) / 5) + 1]; print }' fixtures/logs/consults-wide-column.csv > codes.csv && ehtrack import consults codes.csv 2> /dev/null | tail -1
> unmapped codes in codes.csv: channel 'Groepsconsult' (5 rows), channel 'NO ANSWER' (5 rows), channel 'TEL SPREEKUUR' (5 rows)
# A code in several spellings that differ only in capitals is one code
# (a map rule with (?i) reads them alike): 5 rows of a group consult in
# three spellings are listed under the one seen first; they were three
# codes of fewer than 5 rows, and none was shown.
$ awk -F, -v OFS=, 'BEGIN { split("Groepsconsult|groepsconsult|Groepsconsult|GROEPSCONSULT|groepsconsult", v, "|") } NR == 1 { print; next } NR <= 6 { $1 = "g" $1; $5 = v[NR - 1]; print }' fixtures/logs/consults-wide-column.csv > spellings.csv && ehtrack import consults spellings.csv 2> /dev/null | tail -1
> unmapped codes in spellings.csv: channel 'Groepsconsult' (5 rows)
$ ehtrack import consults fixtures/logs/consults-names.csv 2> /dev/null; sqlite3 ehtrack.db "SELECT field, value, rows FROM import_unmapped WHERE import_id = (SELECT max(id) FROM imports)"
> FILE                              KIND      FORMAT     READ  INSERTED  DUPLICATES  SKIPPED  REJECTED
> fixtures/logs/consults-names.csv  consults  canonical   138         0           0        0       138
> unmapped codes in fixtures/logs/consults-names.csv: 138 rows not shown
