# The HTML pages print on A4 in a real browser: headless Chromium prints
# every text of a plan (--channel all) to PDF, one sheet per text (11: the
# website's block and page, the assistant's script and the waiting message,
# poster and screen, the newsletter item, the sheet of ten business cards,
# three standard replies), with the plan's own figures in it
# (tests/comms/print.sh). Skipped, with a note on stderr, where Chromium or
# poppler-utils is not installed.
$ ehtrack plan sync fixtures/comms/plans > /dev/null

$ ehtrack comms econsult-linde --format html > econsult.nl.html && sh $ROOT/tests/comms/print.sh econsult.nl.html 11 "Een vraag voor de huisarts, maar geen haast?" "E-consult: uw vraag online aan de huisarts" "Telefoon: wat de assistent zegt" "U belt met Huisartsenpraktijk De Linde." "Een vraag voor de huisarts? Stel hem online." "Snel hulp nodig? Bel 0345 012 345. Levensgevaar? Bel altijd 112." "Uw vraag online stellen" "Uw vraag aan de huisarts, online" "Antwoord binnen 2 werkdagen." "Deze keer duurt het langer dan 2 werkdagen." "www.praktijkdelinde.example" "Met vriendelijke groet, Huisartsenpraktijk De Linde"
> ok
! ...

$ ehtrack comms econsult-linde --format html --lang en > econsult.en.html && sh $ROOT/tests/comms/print.sh econsult.en.html 11 "A question for the doctor, but no hurry?" "Phone: what the assistant says" "You are calling Huisartsenpraktijk De Linde." "A question for the doctor? Ask it online." "Need help quickly? Call 0345 012 345. A life in danger? Always call 112." "Answer within 2 working days." "This time it will take longer than 2 working days." "Kind regards, Huisartsenpraktijk De Linde"
> ok
! ...

$ ehtrack comms video-linde --format html > video.nl.html && sh $ROOT/tests/comms/print.sh video.nl.html 11 "Videoconsult: de huisarts op uw scherm" "De huisarts spreken, gewoon vanuit huis" "Vraag ernaar aan de balie, of bel 0345 012 345" "Standaardbericht: het videoconsult begint later" "Uw videoconsult begint later dan afgesproken."
> ok
! ...

$ ehtrack comms portaal-brug --format html --lang en > portal.en.html && sh $ROOT/tests/comms/print.sh portal.en.html 11 "You do this in our patient portal: Mijn Gezondheidscentrum." "Answer within one working day." "gc-debrug.example/patienten" "+31 345 012 999"
> ok
! ...

# A long practice name and website address: the type of the cards and of
# the poster is made smaller, so every line stays on them (the 112 line
# last on a card) and the address whole on the sheet; on the poster it is
# broken before its path even at the smallest type (pdftotext joins a word
# broken after a hyphen, so the checks stop before one). The poster, its
# practice's name over it, stays one sheet.
$ ehtrack --db long.db init > /dev/null && ehtrack --db long.db plan sync fixtures/comms/long > /dev/null
$ ehtrack --db long.db comms econsult-oud-beijerland --channel card --format html > long-card.html && sh $ROOT/tests/comms/print.sh long-card.html 1 "Huisartsen Gezondheidscentrum" "Ga naar www.gezondheidscentrumoudbeijerland.example/" "Snel hulp nodig? Bel 0186 012 345." "Levensgevaar? Bel 112."
> ok
! ...
$ ehtrack --db long.db comms econsult-oud-beijerland --channel waiting-room --format html > long-poster.html && sh $ROOT/tests/comms/print.sh long-poster.html 2 "Huisartsen Gezondheidscentrum Oud-Beijerland" "Ga naar www.gezondheidscentrumoudbeijerland.example" "Levensgevaar? Bel altijd 112."
> ok
! ...
