# Any YAML a person or another tool writes must load; what is not a plan
# in UTF-8 is refused with a clear message, never with a crash.
$ ehtrack plan check fixtures/plans/register.yaml fixtures/plans/edge-bom-crlf.yaml fixtures/plans/edge-anchors.yaml
> checked 3 files: 3 practices, 2 plans; 0 errors, 1 warning
! ehtrack: fixtures/plans/edge-anchors.yaml:2:1: warning: the plan step is done but the plan has no goals; goals make results measurable (SMART)
$ ehtrack plan check fixtures/plans/edge-latin1.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: fixtures/plans/edge-latin1.yaml:2:11: not UTF-8 text (byte 0xE9); save the file as UTF-8 (it may be Windows-1252 or Latin-1)
? 1
$ ehtrack plan check fixtures/plans/edge-utf16.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: fixtures/plans/edge-utf16.yaml:1:1: file is UTF-16 text; save it as UTF-8
? 1
$ ehtrack plan check fixtures/plans/edge-alias-bomb.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: fixtures/plans/edge-alias-bomb.yaml:9:7: aliases here expand to more than 1000000 nodes; refusing to load (write the values out, or use fewer nested aliases)
? 1
$ ehtrack plan check fixtures/plans/edge-syntax.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: fixtures/plans/edge-syntax.yaml:2:8: YAML syntax: this [ is not closed: a ] is missing (the parser gave up at line 3, column 9: did not find expected ',' or ']')
? 1
$ ehtrack plan check fixtures/plans/edge-two-docs.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: fixtures/plans/edge-two-docs.yaml:3:1: a second YAML document; put each register or plan in its own file
? 1
$ ehtrack plan check fixtures/plans/edge-empty.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: fixtures/plans/edge-empty.yaml:1:1: file is empty
? 1
$ ehtrack plan check fixtures/plans/edge-not-a-plan.yaml
> checked 1 file: 0 practices, 0 plans; 1 error, 0 warnings
! ehtrack: fixtures/plans/edge-not-a-plan.yaml:1:1: not a register or a plan: the top-level key must be practices: or plan: (found format:)
? 1
# A directory is searched for .yaml and .yml files.
$ ehtrack plan check plans/
> checked 18 files: 16 practices, 17 plans; 0 errors, 0 warnings
# A name is shown on one line (tables, workbook cells, the heading of a
# patient text, where a line break turned "# ..." into a heading and
# "- ..." into a list): a line break or control character in it is an
# error; the line break a block scalar (name: |) ends with is not.
$ printf 'practices:\n  - agb: "01099001"\n    name: "Praktijk Noord\\n# Gehackt"\n    care_group: |\n      Zorggroep Twee\n    region: "Twente\\tOost"\n    insurers: [VGZ]\n    list_size: 5200\n' > names.yaml; ehtrack plan check names.yaml
> checked 1 file: 1 practice, 0 plans; 2 errors, 0 warnings
! ehtrack: names.yaml:3:11: name must be one line of text (it holds a line break)
! ehtrack: names.yaml:6:13: region must be one line of text (it holds a control character)
? 1
# The same beyond ASCII: U+0085 (NEL), U+009B (CSI, which a terminal
# obeys) and U+2028 passed, and plan show sent them to the terminal.
$ printf 'practices:\n  - agb: "01099001"\n    name: "Praktijk\\u2028Noord"\n    care_group: "Zorggroep\\u009b31m"\n    region: "Twente\\u0085"\n    insurers: [VGZ]\n    list_size: 5200\n' > names2.yaml; ehtrack plan check names2.yaml
> checked 1 file: 1 practice, 0 plans; 3 errors, 0 warnings
! ehtrack: names2.yaml:3:11: name must be one line of text (it holds a line separator U+2028 or U+2029, as a word processor pastes them)
! ehtrack: names2.yaml:4:17: care_group must be one line of text (it holds a control character)
! ehtrack: names2.yaml:5:13: region must be one line of text (it holds a line break U+0085, a Windows-1252 '…' read as Latin-1?)
? 1
# An insurer names its workbook (title, every sheet's footer), where an
# escape character made the file unreadable while report said it wrote it.
$ printf 'practices:\n  - agb: "01099001"\n    name: Praktijk Noord\n    care_group: Zorggroep Twee\n    region: Twente\n    insurers: [VGZ, "Ins\\u001bX"]\n    list_size: 5200\n' > insurer.yaml; ehtrack plan check insurer.yaml
> checked 1 file: 1 practice, 0 plans; 1 error, 0 warnings
! ehtrack: insurer.yaml:6:21: insurer must be one line of text (it holds a control character)
? 1
# Insurers that read alike but differ ("Menzis " with a blank, "Men" and
# "zis" joined by a zero-width space, a right-to-left override, a no-break
# space as a word processor pastes it, a soft hyphen): each
# practice fell in the workbook of one of them only, without a word.
$ printf 'practices:\n  - agb: "01099001"\n    name: Praktijk Noord\n    care_group: Zorggroep Twee\n    region: Twente\n    insurers: ["Menzis ", "Men\\u200bzis", "\\u202eSIZNEM", "VGZ\\u00a0", "C\\u00adZ"]\n    list_size: 5200\n' > alike.yaml; ehtrack plan check alike.yaml
> checked 1 file: 1 practice, 0 plans; 5 errors, 0 warnings
! ehtrack: alike.yaml:6:16: insurer 'Menzis ' ends with a blank: names are matched exactly, so write it without
! ehtrack: alike.yaml:6:27: insurer holds an invisible character (U+200B, zero-width, a soft hyphen or a change of writing direction): two names that read alike would differ
! ehtrack: alike.yaml:6:43: insurer holds an invisible character (U+202E, zero-width, a soft hyphen or a change of writing direction): two names that read alike would differ
! ehtrack: alike.yaml:6:59: insurer 'VGZ ' ends with a blank (a no-break or other wide space): names are matched exactly, so write it without
! ehtrack: alike.yaml:6:72: insurer holds an invisible character (U+00AD, zero-width, a soft hyphen or a change of writing direction): two names that read alike would differ
? 1
# A NUL ("\0") in a quoted value cut the rest of it off without a word.
$ cp fixtures/plans/plan-smart.yaml nul.yaml && printf 'notes: "keep\\0dropped"\n' >> nul.yaml && ehtrack plan check fixtures/plans/register.yaml nul.yaml 2>&1 | grep -v warning
> ehtrack: nul.yaml:19:8: notes holds a NUL character (\0): the text after it would be lost
# A NUL in a key read as the key before it ("notes\0 x" as notes).
$ cp fixtures/plans/plan-smart.yaml nulkey.yaml && printf '"notes\\0 x": kept\n' >> nulkey.yaml && ehtrack plan check fixtures/plans/register.yaml nulkey.yaml 2>&1 | grep -v warning
> ehtrack: nulkey.yaml:19:1: a key of plan holds a NUL character (\0)
# plan show writes a vendor's escape sequence, line break and direction
# override visibly, as its tables do (they reached the terminal).
$ sed -e 's/name: E-consult}/name: E-consult, vendor: "V\\e[31mRED\\nline\\u202eX"}/' fixtures/plans/plan-smart.yaml > vendor.yaml && ehtrack --db show.db plan sync fixtures/plans/register.yaml vendor.yaml > /dev/null 2>&1; ehtrack --db show.db plan show smart-warnings | grep '^application'
> application    patient_communication: E-consult (V\x1b[31mRED\nline\u202eX)
