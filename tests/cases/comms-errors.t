# comms refuses what it cannot write well, and says what to do.
$ ehtrack plan sync fixtures/comms/plans > /dev/null

# A plan that is not tracked; a plan of a type without patient texts.
$ ehtrack comms econsult-lind
! ehtrack: no plan 'econsult-lind' is tracked; did you mean 'econsult-linde'?
? 1
# The plan's file where its id belongs: the id it is tracked as.
$ ehtrack comms fixtures/comms/plans/econsult-linde.yaml
! ehtrack: no plan 'fixtures/comms/plans/econsult-linde.yaml' is tracked: that is a plan file; the plan it holds is tracked as 'econsult-linde'
? 1
$ ehtrack comms thuismeten-linde
! ehtrack: plan thuismeten-linde is of type telemonitoring; comms writes patient texts for the e-consult and the video consult (type patient_communication) and the patient portal (type patient_portal)
? 1

# A care-group plan speaks for one practice of the group at a time: the
# texts carry that practice's name, website and phone, and the group's
# term (72 hours: 3 working days); response_in_term measures the practice
# against its own plans' term, which comms points out.
$ ehtrack comms econsult-rivier
! ehtrack: comms: econsult-rivier is a plan of Zorggroep Rivier; its texts speak for one of its practices, so give --practice AGB: 01099001 (Huisartsenpraktijk De Linde), 01099002 (Gezondheidscentrum De Brug), 01099003 (Praktijk Zonder Site)
! usage: ehtrack comms PLAN_ID [--channel C] [--lang nl|en] [--format md|html|txt] [-o FILE] [--practice AGB]
? 2
$ ehtrack comms econsult-rivier --practice 01099002 --channel card
> # Visitekaartje
>
> ## Gezondheidscentrum De Brug
>
> **Een vraag, maar geen haast? Stel hem online in een e-consult.**
>
> Ga naar gc-debrug.example/patienten
>
> Antwoord binnen 3 werkdagen. Veilig, en het kost u niets extra.
>
> Snel hulp nodig? Bel +31 345 012 999.
>
> Levensgevaar? Bel 112.
! ehtrack: note: these texts promise an answer within 72 hours, but response_in_term measures practice 01099002 against 24 hours, the term of its own e-consult and portal plans, or 24: a care-group plan's term does not count for its practices (docs/metrics.md, "The response term")
# The poster names the practice it is for, above its title (it named
# none: a care group's practices hung up one poster, which did not say
# whose e-consult it was).
$ for agb in 01099001 01099002; do ehtrack comms econsult-rivier --practice $agb --channel waiting-room --format html | sed -n '/<div class="page"/{n;p;q}'; ehtrack comms econsult-rivier --practice $agb --channel waiting-room --lang en --format txt | sed -n 4p; done
> <p><strong>Huisartsenpraktijk De Linde</strong></p>
> Huisartsenpraktijk De Linde
> <p><strong>Gezondheidscentrum De Brug</strong></p>
> Gezondheidscentrum De Brug
! ...
$ ehtrack comms econsult-rivier --practice 01099004 --channel card
! ehtrack: practice 01099004 is not one of Zorggroep Rivier: 01099001 (Huisartsenpraktijk De Linde), 01099002 (Gezondheidscentrum De Brug), 01099003 (Praktijk Zonder Site)
? 1
$ ehtrack comms econsult-linde --practice 01099001
! ehtrack: comms: econsult-linde is a practice's plan; --practice is for care-group plans
! usage: ehtrack comms PLAN_ID [--channel C] [--lang nl|en] [--format md|html|txt] [-o FILE] [--practice AGB]
? 2

# A text that needs a value the register lacks is refused, naming the key
# and where to add it; nothing is written.
$ ehtrack comms econsult-zonder-site
! ehtrack: fixtures/comms/plans/register.yaml:19: practice 01099003 (Praktijk Zonder Site) has no website: add 'website: https://...' to it in the register and run 'ehtrack plan sync'
? 1
$ ehtrack comms econsult-zonder-telefoon --channel card --lang en
! ehtrack: fixtures/comms/plans/register.yaml:26: practice 01099004 (Praktijk Zonder Telefoon) has no phone: add 'phone: "0..."' to it in the register and run 'ehtrack plan sync'
? 1
$ ehtrack comms econsult-zonder-site -o site.md; echo "exit $?"; test -e site.md || echo no site.md
> exit 1
> no site.md
! ehtrack: fixtures/comms/plans/register.yaml:19: practice 01099003 (Praktijk Zonder Site) has no website: add 'website: https://...' to it in the register and run 'ehtrack plan sync'
# Synced in another directory, the register is named as found from here
# (the path as that sync was given it, plans/register.yaml, is not there).
$ mkdir -p elders && cp -r fixtures/comms/plans elders/ && (cd elders && ehtrack --db ../elders.db plan sync plans > /dev/null) && ehtrack --db elders.db comms econsult-zonder-site
! ehtrack: elders/plans/register.yaml:19: practice 01099003 (Praktijk Zonder Site) has no website: add 'website: https://...' to it in the register and run 'ehtrack plan sync'
? 1

# Once the register gives them, the texts come out.
$ sed 's|    phone: "0345 012 003"|&\n    website: https://www.nusite.example|' fixtures/comms/plans/register.yaml > register.yaml && ehtrack plan sync register.yaml && ehtrack comms econsult-zonder-site --channel waiting-room --format txt | grep nusite
> synced 4 practices (0 new, 1 changed) and 0 plans (0 new, 0 changed, 0 unchanged)
> Ga naar www.nusite.example
> Geen haast? Stel uw vraag in een e-consult op www.nusite.example.

# Usage errors.
$ ehtrack comms
! ehtrack: comms: name the plan id (see 'ehtrack plan list')
! usage: ehtrack comms PLAN_ID [--channel C] [--lang nl|en] [--format md|html|txt] [-o FILE] [--practice AGB]
? 2
$ ehtrack comms ""
! ehtrack: comms: name the plan id (it was given empty; see 'ehtrack plan list')
! usage: ehtrack comms PLAN_ID [--channel C] [--lang nl|en] [--format md|html|txt] [-o FILE] [--practice AGB]
? 2
$ ehtrack comms econsult-linde --channel poster
! ehtrack: comms: --channel must be one of website, phone, waiting-room, newsletter, card, replies or all (got 'poster')
! usage: ehtrack comms PLAN_ID [--channel C] [--lang nl|en] [--format md|html|txt] [-o FILE] [--practice AGB]
? 2
$ ehtrack comms econsult-linde --lang de
! ehtrack: comms: --lang must be one of nl, en (got 'de')
! usage: ehtrack comms PLAN_ID [--channel C] [--lang nl|en] [--format md|html|txt] [-o FILE] [--practice AGB]
? 2
$ ehtrack comms econsult-linde --format pdf
! ehtrack: comms: --format must be one of md, html, txt (got 'pdf')
! usage: ehtrack comms PLAN_ID [--channel C] [--lang nl|en] [--format md|html|txt] [-o FILE] [--practice AGB]
? 2
$ ehtrack comms econsult-linde extra
! ehtrack: comms: unexpected argument 'extra'
! usage: ehtrack comms PLAN_ID [--channel C] [--lang nl|en] [--format md|html|txt] [-o FILE] [--practice AGB]
? 2

# The database and its key under names a text may not have are refused as
# every -o refuses them, exit 3 (they were usage errors, exit 2, for their
# extension); nothing is written.
$ cp ehtrack.db texts.sqlite && echo key > texts.sqlite.key && ehtrack --db texts.sqlite comms econsult-linde -o texts.sqlite.key; echo "exit $?"; test "$(cat texts.sqlite.key)" = key && echo "key as it was"
> exit 3
> key as it was
! ehtrack: texts.sqlite.key: is the database's pseudonymisation key; writing here would destroy it: name another file
$ ehtrack --db texts.sqlite comms econsult-linde -o texts.sqlite
! ehtrack: texts.sqlite: is the database; writing here would destroy it: name another file
? 3

# An adapted template with an unknown placeholder (or another mistake) is
# an error at FILE:LINE:COL, whichever plan it is filled for.
$ mkdir -p data && cp -RL templates data/ && printf 'Bel ons: {{telefoon}}.\n{{#if econsult}}\nU krijgt {{term}} antwoord.\n' >> data/templates/comms/card.nl.md && EHTRACK_DATADIR=data ehtrack comms video-linde --channel card
! ehtrack: data/templates/comms/card.nl.md:24:10: unknown placeholder {{telefoon}} (known: practice, website, website_link, phone, application, term, term_span)
! ehtrack: data/templates/comms/card.nl.md:25: {{#if}} without its {{/if}}
? 1
$ EHTRACK_DATADIR=data ehtrack comms econsult-linde --channel website | head -1
> # Website: blok voor de homepage
$ rm data/templates/comms/replies.en.md && EHTRACK_DATADIR=data ehtrack comms econsult-linde --channel replies --lang en
! ehtrack: data/templates/comms/replies.en.md: cannot read the template: No such file or directory
? 3
# A named pipe in a template's place is refused (it was waited on for
# ever: opening a pipe without a writer does not return); a directory too.
$ mkfifo data/templates/comms/replies.en.md && EHTRACK_DATADIR=data timeout 10 ehtrack comms econsult-linde --channel replies --lang en
! ehtrack: data/templates/comms/replies.en.md: cannot read the template: not a regular file
? 3
$ rm data/templates/comms/replies.en.md && mkdir data/templates/comms/replies.en.md && EHTRACK_DATADIR=data ehtrack comms econsult-linde --channel replies --lang en
! ehtrack: data/templates/comms/replies.en.md: cannot read the template: not a regular file
? 3

# -o writes a regular file, whole, and replaces one that is there; a
# directory, a symbolic link, a FIFO or a device is refused (exit 3) and
# left as it was.
$ ehtrack comms econsult-linde --channel card -o card.md && ehtrack comms econsult-linde --channel card | cmp - card.md && echo same
> wrote card.md: card of econsult-linde (nl, md)
> same
$ echo old > old.md && ehtrack comms econsult-linde --channel card -o old.md > /dev/null && head -1 old.md
> # Visitekaartje

# A file replaced keeps its permissions (texts kept private stay private);
# '-' is standard output, as without -o, never a file named '-'.
$ echo old > private.md && chmod 600 private.md && ehtrack comms econsult-linde --channel card -o private.md > /dev/null && stat -c %a private.md
> 600
$ ehtrack comms econsult-linde --channel card -o - | cmp - card.md && echo same; test -e ./- || echo "no file named -"
> same
> no file named -
# Without --format the extension of -o names the format (poster.html held
# Markdown, which a browser showed as one line of text); a --format the
# extension contradicts is refused, nothing written.
$ ehtrack comms econsult-linde --channel waiting-room -o poster.html && head -1 poster.html; ehtrack comms econsult-linde --channel card -o card.TXT && sed -n 2p card.TXT; ehtrack comms econsult-linde --channel card --format html -o card-sheet && head -1 card-sheet
> wrote poster.html: waiting-room of econsult-linde (nl, html)
> <!DOCTYPE html>
> wrote card.TXT: card of econsult-linde (nl, txt)
> =============
> wrote card-sheet: card of econsult-linde (nl, html)
> <!DOCTYPE html>
$ ehtrack comms econsult-linde --channel waiting-room --format md -o new-poster.html; echo "exit $?"; test -e new-poster.html || echo no new-poster.html
> exit 2
> no new-poster.html
! ehtrack: comms: -o new-poster.html: a file ending in .html holds HTML, but --format is md: name a file ending in .md, or leave --format out (it follows the extension)
! usage: ehtrack comms PLAN_ID [--channel C] [--lang nl|en] [--format md|html|txt] [-o FILE] [--practice AGB]
# -o over a plan file, a log or the database wrote the texts there (exit
# 0): a name of another kind of file is refused before anything is read,
# and the database, its journals and its key are never written, whatever
# their names (a key lost cuts later imports off from the patients before).
$ cp fixtures/comms/plans/econsult-linde.yaml linde.yaml && ehtrack comms econsult-linde -o linde.yaml; echo "exit $?"; head -1 linde.yaml
> exit 2
> plan: econsult-linde
! ehtrack: comms: -o linde.yaml: texts go to a file ending in .md, .html, .htm or .txt, or with no extension (a file ending in .yaml would be a plan, a log or another program's file, overwritten)
! usage: ehtrack comms PLAN_ID [--channel C] [--lang nl|en] [--format md|html|txt] [-o FILE] [--practice AGB]
$ cp ehtrack.db store && ehtrack --db store comms econsult-linde --channel card -o store; echo "exit $?"; ehtrack --db store comms econsult-linde --channel card -o store-wal; echo "exit $?"; ehtrack --db store plan list --format csv | wc -l
> exit 3
> exit 3
> 8
! ehtrack: store: is the database; writing here would destroy it: name another file
! ehtrack: store-wal: is the database's write-ahead log; writing here would destroy it: name another file
# --db a symbolic link: SQLite keeps the journals beside the file it leads
# to, and those were written.
$ mkdir -p linked && ln -s ../store linked/db && ehtrack --db linked/db comms econsult-linde --channel card -o store-wal; echo "exit $?"; test -e store-wal || echo "no store-wal"
> exit 3
> no store-wal
! ehtrack: store-wal: is the database's write-ahead log; writing here would destroy it: name another file
$ mkdir adir && ehtrack comms econsult-linde -o adir; echo "exit $?"; ls -A adir
> exit 3
! ehtrack: adir: is a directory; give a file name
$ echo target > target.md && ln -s target.md link.md && ehtrack comms econsult-linde -o link.md; echo "exit $?"; cat target.md; test -L link.md && echo still a link
> exit 3
> target
> still a link
! ehtrack: link.md: is a symbolic link; -o writes regular files only
$ mkfifo fifo && ehtrack comms econsult-linde -o fifo; echo "exit $?"; test -p fifo && echo still a fifo
> exit 3
> still a fifo
! ehtrack: fifo: is a FIFO (named pipe); -o writes regular files only
$ ehtrack comms econsult-linde -o /dev/null
! ehtrack: /dev/null: is a device; -o writes regular files only
? 3
$ ehtrack comms econsult-linde -o nodir/card.md
! ehtrack: nodir/card.md: cannot write here: No such file or directory
? 3

# No temporary file is left behind.
$ ls -A | grep -E '^\..+\.md\.' || echo none
> none

# A name from the register is text, never markup: brackets, stars and a
# tag in it stay as written on the web page and in the Markdown for a
# website's editor (they were a live javascript: link and raw HTML).
$ mkdir -p inj && printf 'practices:\n  - agb: "01000001"\n    name: "Huisartsen **De Linde** [klik](javascript:alert(1)) <img src=x onerror=alert(1)>"\n    care_group: G\n    region: R\n    insurers: [Menzis]\n    list_size: 5000\n    website: https://www.delinde.example/\n    phone: "0541 012 999"\n' > inj/register.yaml && printf 'plan: inj\ntitle: T\npractice: "01000001"\napplication: {type: patient_communication, name: "E-consult *nieuw*"}\nsolution_directions: [1]\nsteps: {needs: {status: not_started}, vision: {status: not_started}, selection: {status: not_started}, plan: {status: not_started}, implement: {status: not_started}, scale: {status: not_started}}\n' > inj/plan.yaml && ehtrack --db inj.db plan sync inj > /dev/null && ehtrack --db inj.db comms inj --channel card --format html | grep -m1 '<h2>'; ehtrack --db inj.db comms inj --channel card --format md | grep -m1 '^## '; ehtrack --db inj.db comms inj --channel card --format txt | grep -m1 'Linde'
> <h2>Huisartsen **De Linde** [klik](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;</h2>
> ## Huisartsen \*\*De Linde\*\* \[klik\]\(javascript:alert\(1\)\) \<img src=x onerror=alert\(1\)\>
> Huisartsen **De Linde** [klik](javascript:alert(1)) <img src=x onerror=alert(1)>

# A name that ends in a full stop ends a sentence with it: one stop, as
# text-to-speech reads it ("Zn.." was read out on the phone line).
$ mkdir -p zn && printf 'practices:\n  - agb: "01000003"\n    name: "Huisartsenpraktijk De Gaâr & Zn."\n    care_group: G\n    region: R\n    insurers: [Menzis]\n    list_size: 5000\n    website: https://www.degaar.example/\n    phone: "0513 612 345"\n' > zn/register.yaml && printf 'plan: zn\ntitle: T\npractice: "01000003"\napplication: {type: patient_communication, name: E-consult}\nsolution_directions: [1]\nsteps: {needs: {status: not_started}, vision: {status: not_started}, selection: {status: not_started}, plan: {status: not_started}, implement: {status: not_started}, scale: {status: not_started}}\n' > zn/plan.yaml && ehtrack --db zn.db plan sync zn > /dev/null && ehtrack --db zn.db comms zn --channel phone --format txt | grep -o 'U belt met [^A]*' && ehtrack --db zn.db comms zn --lang en --format html | grep -c 'Zn\.\.'
> U belt met Huisartsenpraktijk De Gaâr & Zn. 
> 0
? 1

# A practice's name so long that a card's text does not fit even at the
# smallest type: refused, nothing written (the 112 line was cut off the
# printed cards without a word). Its length in characters, not bytes.
$ mkdir -p longname && printf 'practices:\n  - agb: "01000002"\n    name: Huisartsenpraktijk%s\n    care_group: G\n    region: R\n    insurers: [Menzis]\n    list_size: 5000\n    website: https://www.praktijk.example/\n    phone: "0541 012 998"\n' "$(printf ' Zonnebloeë%.0s' $(seq 60))" > longname/register.yaml && printf 'plan: long\ntitle: T\npractice: "01000002"\napplication: {type: patient_communication, name: E-consult}\nsolution_directions: [1]\nsteps: {needs: {status: not_started}, vision: {status: not_started}, selection: {status: not_started}, plan: {status: not_started}, implement: {status: not_started}, scale: {status: not_started}}\n' > longname/plan.yaml && ehtrack --db long.db plan sync longname > /dev/null && ehtrack --db long.db comms long --channel card --format html -o card.html; echo "exit $?"; ls card.html
> exit 1
! ehtrack: longname/register.yaml:2: 1 printed text (poster, screen or card) does not fit even at the smallest type: the last lines, the 112 line among them, would be cut off; shorten the practice's name (678 characters) or website in the register
! ls: cannot access 'card.html': No such file or directory
? 2

# An address with an underscore, in plain text: once (the escaped link text
# no longer matched the address, which was printed again after it).
$ mkdir -p under && sed 's#website: https://www.delinde.example/#website: https://www.delinde.example/e_consult#' inj/register.yaml | sed 's/name: .*/name: Huisartsen De Linde/' > under/register.yaml && sed 's/^plan: inj/plan: under/' inj/plan.yaml > under/plan.yaml && ehtrack --db under.db plan sync under > /dev/null && ehtrack --db under.db comms under --channel website --format txt | grep -m1 -o 'www.delinde.example/e_consult[^.]*'
> www.delinde.example/e_consult

# A name that opens a line like a list item stays a name (the signature
# of every reply became a list, its "1." lost), and an address with
# brackets or an unopened parenthesis stays one link (the page showed raw
# Markdown, or linked to a cut address).
$ mkdir -p mark && sed -e 's#website: https://www.delinde.example/#website: https://www.delinde.example/p?tab=[econsult]\&x=a)b#' -e 's/name: .*/name: "1. Huisartsen Centrum"/' inj/register.yaml > mark/register.yaml && sed 's/^plan: inj/plan: mark/' inj/plan.yaml > mark/plan.yaml && ehtrack --db mark.db plan sync mark > /dev/null && ehtrack --db mark.db comms mark --channel replies | grep -m1 -A1 'groet,'; ehtrack --db mark.db comms mark --channel replies --format html | grep -m1 -A1 'groet,'; ehtrack --db mark.db comms mark --channel website --format html | grep -m1 -o '<a href[^>]*>[^<]*</a>'; ehtrack --db mark.db comms mark --channel website --format txt | grep -m1 'Ga naar'
> Met vriendelijke groet,\
> 1\. Huisartsen Centrum
> <p>Met vriendelijke groet,<br>
> 1. Huisartsen Centrum</p>
> <a href="https://www.delinde.example/p?tab=%5Beconsult%5D&amp;x=a%29b">www.delinde.example/p?tab=[econsult]&amp;x=a)b</a>
> 1. Ga naar www.delinde.example/p?tab=[econsult]&x=a)b en kies het e-consult.

# A name of dashes or equals signs under "Met vriendelijke groet,\" stays
# a name (it made the closing a heading: a Markdown reader showed
# "Met vriendelijke groet,\" large and the name not at all), as does one
# that is a lone list marker; '_' and '*' were escaped already.
$ for n in '---' '===' '-- -' '-' '+' '1.' '___'; do sed "s/name: .*/name: '$n'/" mark/register.yaml > mark/r.yaml && mv mark/r.yaml mark/register.yaml && ehtrack --db mark.db plan sync mark > /dev/null && ehtrack --db mark.db comms mark --channel replies | grep -m1 -A1 'groet,' | tail -1; done; ehtrack --db mark.db comms mark --channel replies --format txt | grep -m1 -A1 'groet,'
> \---
> \===
> \-- -
> \-
> \+
> 1\.
> \_\_\_
> Met vriendelijke groet,
> ___

# An '&' in a name or an address is text too: in the Markdown it is '\&',
# so "&amp;" and "&copy;" show as written (a Markdown reader showed the
# name as "Jansen & De Vries (c)" and linked to a&b); in the link's address
# an '&' that parts a query's fields stays one, not %26.
$ mkdir -p amp && sed -e 's#website: https://www.delinde.example/#website: https://www.delinde.example/a\&amp;b?x=1\&y=2#' -e 's/name: .*/name: "Huisartsen Jansen \&amp; De Vries \&copy;"/' inj/register.yaml > amp/register.yaml && sed 's/^plan: inj/plan: amp/' inj/plan.yaml > amp/plan.yaml && ehtrack --db amp.db plan sync amp > /dev/null && ehtrack --db amp.db comms amp --channel card | grep '^## '; ehtrack --db amp.db comms amp --channel newsletter | grep -o 'Ga naar [^ ]*'; ehtrack --db amp.db comms amp --channel card --format html | grep -m1 '<h2>'; ehtrack --db amp.db comms amp --channel newsletter --format html | grep -m1 -o '<a href[^>]*>[^<]*</a>'; ehtrack --db amp.db comms amp --channel newsletter --format txt | grep -o 'Ga naar [^ ]*'
> ## Huisartsen Jansen \&amp; De Vries \&copy;
> Ga naar [www.delinde.example/a\&amp;b?x=1\&y=2](https://www.delinde.example/a\&amp;b?x=1\&y=2)
> <h2>Huisartsen Jansen &amp;amp; De Vries &amp;copy;</h2>
> <a href="https://www.delinde.example/a&amp;amp;b?x=1&amp;y=2">www.delinde.example/a&amp;amp;b?x=1&amp;y=2</a>
> Ga naar www.delinde.example/a&amp;b?x=1&y=2

# A first-level heading inside a part of a template of one's own is a
# heading of the text, on the web page too (it was dropped there).
$ mkdir -p own && cp -rL templates metrics own/ && printf '# Nieuwsbrief\n\nEerste stuk.\n\n# Nieuw: bloeddruk meten\n\nVanaf 1 maart.\n' > own/templates/comms/newsletter.nl.md && EHTRACK_DATADIR=own ehtrack --db under.db comms under --channel newsletter --format html | sed -n '/<section/,/<\/section>/p'
> <section class="part text">
> <h1 class="label">Nieuwsbrief</h1>
> <p>Eerste stuk.</p>
> <h2>Nieuw: bloeddruk meten</h2>
> <p>Vanaf 1 maart.</p>
> </section>

# A retired plan's texts are written as asked, with a note: they speak of
# a service the practice may have stopped (they came without a word).
$ ehtrack --db retired.db init > /dev/null && ehtrack --db retired.db plan sync fixtures/comms/plans > /dev/null && EHTRACK_NOW=2026-11-24T09:05:00 ehtrack --db retired.db plan retire econsult-linde > /dev/null && ehtrack --db retired.db comms econsult-linde --channel card | head -1
> # Visitekaartje
! ehtrack: note: plan econsult-linde was retired (2026-11-24): these texts speak of a service the practice may no longer offer

# {{term}} opening a sentence of one's own template begins with a capital
# (it began "binnen 1 werkdag"); inside a sentence it stays small.
$ printf '# Kaartje\n\n{{term}} krijgt u antwoord. Echt: {{term}}.\n\n- {{term_span}} is de termijn\n' > own/templates/comms/card.nl.md && EHTRACK_DATADIR=own ehtrack --db under.db comms under --channel card
> # Kaartje
>
> Binnen 1 werkdag krijgt u antwoord. Echt: binnen 1 werkdag.
>
> - 1 werkdag is de termijn
#
# A paragraph's lines run together, so {{term}} at the start of a line that
# goes on from "U krijgt" is inside the sentence (it had a capital); after
# a sentence closed inside emphasis it opens one (it had none); after a
# heading, a blank line or a list marker, as before.
$ printf '# Kaartje\n{{term}} eerst.\nU krijgt\n{{term}} antwoord.\n\n**Let op.** {{term}} antwoord. *Echt.* "{{term}}".\nOok\n\n{{term}} daarna.\n  - {{term}} in een lijst\nKlaar.\\\n{{term}} na een harde regelovergang.\nGroet,\\\n{{term}} niet.\n' > own/templates/comms/card.nl.md && EHTRACK_DATADIR=own ehtrack --db under.db comms under --channel card
> # Kaartje
> Binnen 1 werkdag eerst.
> U krijgt
> binnen 1 werkdag antwoord.
>
> **Let op.** Binnen 1 werkdag antwoord. *Echt.* "Binnen 1 werkdag".
> Ook
>
> Binnen 1 werkdag daarna.
>   - Binnen 1 werkdag in een lijst
> Klaar.\
> Binnen 1 werkdag na een harde regelovergang.
> Groet,\
> binnen 1 werkdag niet.
