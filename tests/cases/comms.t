# Patient communication texts (docs/comms.md), on the practices and plans
# of fixtures/comms/plans: an e-consult with a term of 48 hours (De Linde),
# a portal with no term set (De Brug: the default 24 hours), a video
# consult (De Linde), practices without a website or a phone, a care-group
# plan (72 hours) and a telemonitoring plan.
$ ehtrack plan sync fixtures/comms/plans > /dev/null

# Every channel of the e-consult, in Dutch and in English, as Markdown.
# 48 hours is said as 2 working days; the website shows without https://
# and its closing slash, and links to the address as registered.
$ ehtrack comms econsult-linde
> # Website: blok voor de homepage
>
> ## Een vraag voor de huisarts, maar geen haast?
>
> Stel uw vraag online, met een e-consult.
> U krijgt binnen 2 werkdagen antwoord.
> Het is veilig en het kost u niets extra.
> Snel hulp nodig? Bel 0345 012 345. Levensgevaar? Bel altijd 112.
>
> **Stel uw vraag online →**
>
> # Website: pagina
>
> ## E-consult: uw vraag online aan de huisarts
>
> Heeft u een vraag voor de huisarts, maar is het niet dringend?
> Dan kunt u die vraag ook online stellen. Dat heet een e-consult.
> Bij Huisartsenpraktijk De Linde heet dit: E-consult via de praktijkwebsite.
>
> ### Wanneer krijgt u antwoord?
>
> U krijgt binnen 2 werkdagen antwoord van de huisarts of de assistent.
> Soms belt de huisarts u, of vragen we u om naar de praktijk te komen.
>
> ### Waarvoor is het geschikt?
>
> - Vragen over gezond leven, zoals bewegen, eten of stoppen met roken.
> - Vragen over uw medicijnen.
> - Vragen over de uitslag van een onderzoek.
> - Vragen na een eerder bezoek aan de huisarts. Vaak bedenkt u thuis nog iets.
> - Controles als u een chronische ziekte heeft, zoals diabetes of COPD. U kunt ook laten weten hoe het met u gaat.
>
> ### Waarvoor is het niet geschikt?
>
> - Heeft u snel hulp nodig? Stuur dan geen e-consult, maar bel ons op 0345 012 345.
> - Bij levensgevaar belt u altijd **112**.
> - Heeft u 's avonds, 's nachts of in het weekend dringend een huisarts nodig? Bel dan de huisartsenpost. Het nummer staat op [www.praktijkdelinde.example](https://www.praktijkdelinde.example/).
>
> ### Hoe werkt het?
>
> 1. Ga naar [www.praktijkdelinde.example](https://www.praktijkdelinde.example/) en kies het e-consult.
> 2. De eerste keer maakt u een account. Lukt dat niet? De assistent helpt u graag.
> 3. Schrijf uw vraag op. Neem er rustig de tijd voor.
> 4. U krijgt een bericht als het antwoord klaarstaat.
>
> ### Waarom niet via e-mail, sms of WhatsApp?
>
> Een gewone e-mail, een sms of een WhatsApp-bericht is niet goed beveiligd.
> Iemand anders kan het lezen. De wet vraagt ons om uw medische gegevens te beschermen.
> Daarom geven we op die berichten geen medisch antwoord. Het e-consult is wel veilig: alleen u en de praktijk lezen mee.
>
> ### Wat kost het?
>
> Een e-consult kost u niets extra. Het is net als een gewoon bezoek aan de huisarts.
>
> Vragen over het e-consult? Bel ons op 0345 012 345.
>
> # Telefoon: wat de assistent zegt
>
> Voor de assistent: noem het e-consult als iemand belt met een vraag die niet dringend is. Noem het niet bij spoed.
>
> **Als de vraag past bij een e-consult:**
>
> "Wist u dat u deze vraag ook online kunt stellen? Dat heet een e-consult. U hoeft dan niet te bellen en niet in de wacht te staan. U krijgt binnen 2 werkdagen antwoord. Het kost u niets extra."
>
> **Als de patiënt vraagt hoe het werkt:**
>
> "Ga naar www.praktijkdelinde.example en kies het e-consult. De eerste keer maakt u een account. Lukt dat niet? Bel dan gerust, dan help ik u."
>
> **Als de patiënt vraagt of het veilig is:**
>
> "Ja. Alleen u en de praktijk kunnen uw vraag lezen. Dat is bij e-mail of WhatsApp niet zo. Daarom geven we daar geen medisch antwoord op."
>
> **Als de patiënt liever belt:**
>
> "Dat kan natuurlijk ook. Het e-consult is er voor als het u beter uitkomt."
>
> # Telefoon: wachtbandje
>
> U belt met Huisartsenpraktijk De Linde. Alle lijnen zijn bezet. Blijft u even aan de lijn.
> Is er levensgevaar? Hang dan op en bel 112.
> Is uw vraag niet dringend? Dan kunt u hem ook online stellen, met een e-consult. U krijgt binnen 2 werkdagen antwoord. Kijk op www.praktijkdelinde.example.
>
> # Wachtkamer: poster (A4)
>
> **Huisartsenpraktijk De Linde**
>
> ## Een vraag voor de huisarts? Stel hem online.
>
> Met een e-consult stelt u uw vraag wanneer het u uitkomt.
>
> - U krijgt antwoord binnen 2 werkdagen
> - Voor vragen die niet dringend zijn
> - Veilig: alleen u en de praktijk lezen mee
> - Het kost u niets extra
>
> ### Ga naar www.praktijkdelinde.example
>
> Snel hulp nodig? Bel 0345 012 345. Levensgevaar? Bel altijd 112.
>
> # Wachtkamer: tekst voor het scherm
>
> ## Uw vraag online stellen
>
> Geen haast? Stel uw vraag in een e-consult op www.praktijkdelinde.example.
> U krijgt antwoord binnen 2 werkdagen. Veilig, en het kost u niets extra.
> Snel hulp nodig? Bel 0345 012 345. Levensgevaar? Bel altijd 112.
>
> # Nieuwsbrief
>
> ## Uw vraag aan de huisarts, online
>
> Heeft u een vraag voor de huisarts die niet dringend is? Stel hem dan online, met een e-consult. U doet dat wanneer het u uitkomt, ook 's avonds. U hoeft niet te bellen en niet naar de praktijk te komen. U krijgt binnen 2 werkdagen antwoord.
>
> **Waarvoor?** Bijvoorbeeld voor vragen over gezond leven of over uw medicijnen. Voor vragen over een uitslag. Voor vragen na een eerder bezoek aan de huisarts. Of als u een chronische ziekte heeft en wilt laten weten hoe het gaat.
>
> **Hoe?** Ga naar [www.praktijkdelinde.example](https://www.praktijkdelinde.example/) en kies het e-consult (E-consult via de praktijkwebsite).
> De eerste keer maakt u een account. Lukt dat niet? De assistent helpt u graag.
>
> **Waarom niet via e-mail of WhatsApp?** Een e-mail, sms of WhatsApp-bericht is niet goed beveiligd. Daarom geven we daar geen medisch antwoord op. In het e-consult lezen alleen u en de praktijk mee.
>
> **Wat kost het?** Niets extra. Het is net als een gewoon bezoek aan de huisarts.
>
> **Let op:** het e-consult is niet voor spoed. Heeft u snel hulp nodig? Bel ons op 0345 012 345. Bij levensgevaar belt u 112. 's Avonds, 's nachts en in het weekend belt u de huisartsenpost.
>
> # Visitekaartje
>
> ## Huisartsenpraktijk De Linde
>
> **Een vraag, maar geen haast? Stel hem online in een e-consult.**
>
> Ga naar www.praktijkdelinde.example
>
> Antwoord binnen 2 werkdagen. Veilig, en het kost u niets extra.
>
> Snel hulp nodig? Bel 0345 012 345.
>
> Levensgevaar? Bel 112.
>
> # Standaardantwoord: medische vraag via e-mail, sms of WhatsApp
>
> Beste meneer, mevrouw,
>
> Bedankt voor uw bericht. U stelt ons een medische vraag via e-mail, sms of WhatsApp.
> Op zo'n bericht geven wij geen medisch antwoord.
> Deze berichten zijn niet goed beveiligd. Iemand anders kan ze lezen.
> De wet vraagt ons om uw medische gegevens goed te beschermen. Daarom werken we op een veilige manier.
>
> Stel uw vraag opnieuw, in een e-consult. Dat is veilig: alleen u en de praktijk lezen mee.
> U krijgt binnen 2 werkdagen antwoord. Het kost u niets extra.
>
> Zo werkt het:
>
> 1. Ga naar www.praktijkdelinde.example en kies het e-consult.
> 2. De eerste keer maakt u een account. Lukt dat niet? Bel ons, dan helpen we u.
> 3. Schrijf uw vraag op en verstuur hem.
>
> Heeft u snel hulp nodig? Wacht dan niet, maar bel ons op 0345 012 345. Bij levensgevaar belt u 112.
>
> Met vriendelijke groet,\
> Huisartsenpraktijk De Linde
>
> # Standaardantwoord: vraag past niet in een e-consult
>
> Beste meneer, mevrouw,
>
> Bedankt voor uw e-consult. Uw vraag kunnen we niet goed beantwoorden in een e-consult.
> De huisarts wil u hierover liever spreken, of u onderzoeken.
> We hebben uw vraag dus nog niet medisch beantwoord.
>
> Bel ons op 0345 012 345 om een afspraak te maken.
> Heeft u snel hulp nodig? Bel dan meteen. Bij levensgevaar belt u 112.
>
> Heeft u later weer een vraag die niet dringend is? Dan kunt u het e-consult gewoon weer gebruiken. U krijgt dan binnen 2 werkdagen antwoord.
>
> Met vriendelijke groet,\
> Huisartsenpraktijk De Linde
>
> # Standaardantwoord: het antwoord duurt langer dan normaal
>
> Beste meneer, mevrouw,
>
> Bedankt voor uw e-consult. We hebben uw vraag goed ontvangen.
> Normaal krijgt u binnen 2 werkdagen antwoord. Deze keer duurt het langer dan 2 werkdagen.
> Het is erg druk in de praktijk, of uw huisarts is er even niet. U krijgt wel zeker antwoord.
>
> Wordt uw klacht erger, of heeft u snel hulp nodig? Wacht dan niet, maar bel ons op 0345 012 345. Bij levensgevaar belt u 112.
>
> Met vriendelijke groet,\
> Huisartsenpraktijk De Linde

$ ehtrack comms econsult-linde --lang en
> # Website: home-page block
>
> ## A question for the doctor, but no hurry?
>
> Ask your question online, in an e-consult.
> You get an answer within 2 working days.
> It is safe and it costs you nothing extra.
> Need help quickly? Call 0345 012 345. A life in danger? Always call 112.
>
> **Ask your question online →**
>
> # Website: page
>
> ## E-consult: ask the doctor online
>
> Do you have a question for the doctor, but it is not urgent?
> Then you can also ask it online. This is called an e-consult.
> At Huisartsenpraktijk De Linde it is called: E-consult via de praktijkwebsite.
>
> ### When do you get an answer?
>
> You get an answer within 2 working days from the doctor or the assistant.
> Sometimes the doctor calls you, or we ask you to come to the practice.
>
> ### What is it for?
>
> - Questions about a healthy life, such as exercise, food or quitting smoking.
> - Questions about your medicines.
> - Questions about the result of a test.
> - Questions after an earlier visit to the doctor. Often you think of something at home.
> - Check-ups when you have a long-term illness, such as diabetes or COPD. You can also tell us how you are doing.
>
> ### What is it not for?
>
> - Do you need help quickly? Do not send an e-consult, but call us on 0345 012 345.
> - If a life is in danger, always call **112**.
> - Do you need a doctor urgently in the evening, at night or at the weekend? Call the out-of-hours GP service (huisartsenpost). You find its number on [www.praktijkdelinde.example](https://www.praktijkdelinde.example/).
>
> ### How does it work?
>
> 1. Go to [www.praktijkdelinde.example](https://www.praktijkdelinde.example/) and choose the e-consult.
> 2. The first time, you make an account. Does that not work? The assistant will gladly help you.
> 3. Write down your question. Take your time.
> 4. You get a message when the answer is ready.
>
> ### Why not by e-mail, text message or WhatsApp?
>
> A normal e-mail, a text message (SMS) or a WhatsApp message is not well protected.
> Someone else can read it. The law asks us to protect your medical data.
> That is why we give no medical answers to those messages. The e-consult is safe: only you and the practice can read it.
>
> ### What does it cost?
>
> An e-consult costs you nothing extra. It is just like a normal visit to the doctor.
>
> Questions about the e-consult? Call us on 0345 012 345.
>
> # Phone: what the assistant says
>
> For the assistant: mention the e-consult when someone calls with a question that is not urgent. Do not mention it when help is urgent.
>
> **When the question suits an e-consult:**
>
> "Did you know you can also ask this question online? It is called an e-consult. You do not have to call or wait on the line. You get an answer within 2 working days. It costs you nothing extra."
>
> **When the patient asks how it works:**
>
> "Go to www.praktijkdelinde.example and choose the e-consult. The first time, you make an account. Does that not work? Just call us and I will help you."
>
> **When the patient asks if it is safe:**
>
> "Yes. Only you and the practice can read your question. That is not so with e-mail or WhatsApp. That is why we do not give medical answers there."
>
> **When the patient would rather call:**
>
> "Of course. The e-consult is there for when it suits you better."
>
> # Phone: waiting message
>
> You are calling Huisartsenpraktijk De Linde. All lines are busy. Please stay on the line.
> Is someone's life in danger? Hang up and call 112.
> Is your question not urgent? Then you can also ask it online, in an e-consult. You get an answer within 2 working days. Go to www.praktijkdelinde.example.
>
> # Waiting room: poster (A4)
>
> **Huisartsenpraktijk De Linde**
>
> ## A question for the doctor? Ask it online.
>
> With an e-consult you ask your question when it suits you.
>
> - You get an answer within 2 working days
> - For questions that are not urgent
> - Safe: only you and the practice can read it
> - It costs you nothing extra
>
> ### Go to www.praktijkdelinde.example
>
> Need help quickly? Call 0345 012 345. A life in danger? Always call 112.
>
> # Waiting room: screen text
>
> ## Ask your question online
>
> No hurry? Ask your question in an e-consult at www.praktijkdelinde.example.
> You get an answer within 2 working days. Safe, and it costs you nothing extra.
> Need help quickly? Call 0345 012 345. A life in danger? Always call 112.
>
> # Newsletter
>
> ## Ask the doctor online
>
> Do you have a question for the doctor that is not urgent? Ask it online, in an e-consult. You do this when it suits you, also in the evening. You do not have to call or come to the practice. You get an answer within 2 working days.
>
> **What for?** For example for questions about a healthy life or about your medicines. For questions about a test result. For questions after an earlier visit to the doctor. Or when you have a long-term illness and want to tell us how you are doing.
>
> **How?** Go to [www.praktijkdelinde.example](https://www.praktijkdelinde.example/) and choose the e-consult (E-consult via de praktijkwebsite).
> The first time, you make an account. Does that not work? The assistant will gladly help you.
>
> **Why not by e-mail or WhatsApp?** An e-mail, text message or WhatsApp message is not well protected. That is why we give no medical answers there. In the e-consult, only you and the practice can read your question.
>
> **What does it cost?** Nothing extra. It is just like a normal visit to the doctor.
>
> **Please note:** the e-consult is not for urgent help. Need help quickly? Call us on 0345 012 345. If a life is in danger, call 112. In the evening, at night and at the weekend, call the out-of-hours GP service (huisartsenpost).
>
> # Business card
>
> ## Huisartsenpraktijk De Linde
>
> **A question, but no hurry? Ask it online in an e-consult.**
>
> Go to www.praktijkdelinde.example
>
> Answer within 2 working days. Safe, and it costs you nothing extra.
>
> Need help quickly? Call 0345 012 345.
>
> A life in danger? Call 112.
>
> # Standard reply: a medical question by e-mail, text message or WhatsApp
>
> Dear Sir or Madam,
>
> Thank you for your message. You ask us a medical question by e-mail, text message or WhatsApp.
> We do not give a medical answer to such a message.
> These messages are not well protected. Someone else can read them.
> The law asks us to protect your medical data well. That is why we work in a safe way.
>
> Please ask your question again, in an e-consult. That is safe: only you and the practice can read it.
> You get an answer within 2 working days. It costs you nothing extra.
>
> This is how it works:
>
> 1. Go to www.praktijkdelinde.example and choose the e-consult.
> 2. The first time, you make an account. Does that not work? Call us and we will help you.
> 3. Write down your question and send it.
>
> Do you need help quickly? Do not wait, but call us on 0345 012 345. If a life is in danger, call 112.
>
> Kind regards,\
> Huisartsenpraktijk De Linde
>
> # Standard reply: a question that does not suit an e-consult
>
> Dear Sir or Madam,
>
> Thank you for your e-consult. We cannot answer your question well in an e-consult.
> The doctor would rather talk to you about it, or examine you.
> So we have not given you a medical answer yet.
>
> Call us on 0345 012 345 to make an appointment.
> Do you need help quickly? Call us right away. If a life is in danger, call 112.
>
> Do you have another question later that is not urgent? Then you can use the e-consult again. You will get an answer within 2 working days.
>
> Kind regards,\
> Huisartsenpraktijk De Linde
>
> # Standard reply: the answer takes longer than usual
>
> Dear Sir or Madam,
>
> Thank you for your e-consult. We have received your question.
> Usually you get an answer within 2 working days. This time it will take longer than 2 working days.
> It is very busy at the practice, or your doctor is away for a short time. You will certainly get an answer.
>
> Does your problem get worse, or do you need help quickly? Do not wait, but call us on 0345 012 345. If a life is in danger, call 112.
>
> Kind regards,\
> Huisartsenpraktijk De Linde

# The same texts as plain text: headings underlined, links as their text.
$ ehtrack comms econsult-linde --format txt
> Website: blok voor de homepage
> ==============================
>
> Een vraag voor de huisarts, maar geen haast?
> --------------------------------------------
>
> Stel uw vraag online, met een e-consult.
> U krijgt binnen 2 werkdagen antwoord.
> Het is veilig en het kost u niets extra.
> Snel hulp nodig? Bel 0345 012 345. Levensgevaar? Bel altijd 112.
>
> Stel uw vraag online →
>
> Website: pagina
> ===============
>
> E-consult: uw vraag online aan de huisarts
> ------------------------------------------
>
> Heeft u een vraag voor de huisarts, maar is het niet dringend?
> Dan kunt u die vraag ook online stellen. Dat heet een e-consult.
> Bij Huisartsenpraktijk De Linde heet dit: E-consult via de praktijkwebsite.
>
> Wanneer krijgt u antwoord?
>
> U krijgt binnen 2 werkdagen antwoord van de huisarts of de assistent.
> Soms belt de huisarts u, of vragen we u om naar de praktijk te komen.
>
> Waarvoor is het geschikt?
>
> - Vragen over gezond leven, zoals bewegen, eten of stoppen met roken.
> - Vragen over uw medicijnen.
> - Vragen over de uitslag van een onderzoek.
> - Vragen na een eerder bezoek aan de huisarts. Vaak bedenkt u thuis nog iets.
> - Controles als u een chronische ziekte heeft, zoals diabetes of COPD. U kunt ook laten weten hoe het met u gaat.
>
> Waarvoor is het niet geschikt?
>
> - Heeft u snel hulp nodig? Stuur dan geen e-consult, maar bel ons op 0345 012 345.
> - Bij levensgevaar belt u altijd 112.
> - Heeft u 's avonds, 's nachts of in het weekend dringend een huisarts nodig? Bel dan de huisartsenpost. Het nummer staat op www.praktijkdelinde.example.
>
> Hoe werkt het?
>
> 1. Ga naar www.praktijkdelinde.example en kies het e-consult.
> 2. De eerste keer maakt u een account. Lukt dat niet? De assistent helpt u graag.
> 3. Schrijf uw vraag op. Neem er rustig de tijd voor.
> 4. U krijgt een bericht als het antwoord klaarstaat.
>
> Waarom niet via e-mail, sms of WhatsApp?
>
> Een gewone e-mail, een sms of een WhatsApp-bericht is niet goed beveiligd.
> Iemand anders kan het lezen. De wet vraagt ons om uw medische gegevens te beschermen.
> Daarom geven we op die berichten geen medisch antwoord. Het e-consult is wel veilig: alleen u en de praktijk lezen mee.
>
> Wat kost het?
>
> Een e-consult kost u niets extra. Het is net als een gewoon bezoek aan de huisarts.
>
> Vragen over het e-consult? Bel ons op 0345 012 345.
>
> Telefoon: wat de assistent zegt
> ===============================
>
> Voor de assistent: noem het e-consult als iemand belt met een vraag die niet dringend is. Noem het niet bij spoed.
>
> Als de vraag past bij een e-consult:
>
> "Wist u dat u deze vraag ook online kunt stellen? Dat heet een e-consult. U hoeft dan niet te bellen en niet in de wacht te staan. U krijgt binnen 2 werkdagen antwoord. Het kost u niets extra."
>
> Als de patiënt vraagt hoe het werkt:
>
> "Ga naar www.praktijkdelinde.example en kies het e-consult. De eerste keer maakt u een account. Lukt dat niet? Bel dan gerust, dan help ik u."
>
> Als de patiënt vraagt of het veilig is:
>
> "Ja. Alleen u en de praktijk kunnen uw vraag lezen. Dat is bij e-mail of WhatsApp niet zo. Daarom geven we daar geen medisch antwoord op."
>
> Als de patiënt liever belt:
>
> "Dat kan natuurlijk ook. Het e-consult is er voor als het u beter uitkomt."
>
> Telefoon: wachtbandje
> =====================
>
> U belt met Huisartsenpraktijk De Linde. Alle lijnen zijn bezet. Blijft u even aan de lijn.
> Is er levensgevaar? Hang dan op en bel 112.
> Is uw vraag niet dringend? Dan kunt u hem ook online stellen, met een e-consult. U krijgt binnen 2 werkdagen antwoord. Kijk op www.praktijkdelinde.example.
>
> Wachtkamer: poster (A4)
> =======================
>
> Huisartsenpraktijk De Linde
>
> Een vraag voor de huisarts? Stel hem online.
> --------------------------------------------
>
> Met een e-consult stelt u uw vraag wanneer het u uitkomt.
>
> - U krijgt antwoord binnen 2 werkdagen
> - Voor vragen die niet dringend zijn
> - Veilig: alleen u en de praktijk lezen mee
> - Het kost u niets extra
>
> Ga naar www.praktijkdelinde.example
>
> Snel hulp nodig? Bel 0345 012 345. Levensgevaar? Bel altijd 112.
>
> Wachtkamer: tekst voor het scherm
> =================================
>
> Uw vraag online stellen
> -----------------------
>
> Geen haast? Stel uw vraag in een e-consult op www.praktijkdelinde.example.
> U krijgt antwoord binnen 2 werkdagen. Veilig, en het kost u niets extra.
> Snel hulp nodig? Bel 0345 012 345. Levensgevaar? Bel altijd 112.
>
> Nieuwsbrief
> ===========
>
> Uw vraag aan de huisarts, online
> --------------------------------
>
> Heeft u een vraag voor de huisarts die niet dringend is? Stel hem dan online, met een e-consult. U doet dat wanneer het u uitkomt, ook 's avonds. U hoeft niet te bellen en niet naar de praktijk te komen. U krijgt binnen 2 werkdagen antwoord.
>
> Waarvoor? Bijvoorbeeld voor vragen over gezond leven of over uw medicijnen. Voor vragen over een uitslag. Voor vragen na een eerder bezoek aan de huisarts. Of als u een chronische ziekte heeft en wilt laten weten hoe het gaat.
>
> Hoe? Ga naar www.praktijkdelinde.example en kies het e-consult (E-consult via de praktijkwebsite).
> De eerste keer maakt u een account. Lukt dat niet? De assistent helpt u graag.
>
> Waarom niet via e-mail of WhatsApp? Een e-mail, sms of WhatsApp-bericht is niet goed beveiligd. Daarom geven we daar geen medisch antwoord op. In het e-consult lezen alleen u en de praktijk mee.
>
> Wat kost het? Niets extra. Het is net als een gewoon bezoek aan de huisarts.
>
> Let op: het e-consult is niet voor spoed. Heeft u snel hulp nodig? Bel ons op 0345 012 345. Bij levensgevaar belt u 112. 's Avonds, 's nachts en in het weekend belt u de huisartsenpost.
>
> Visitekaartje
> =============
>
> Huisartsenpraktijk De Linde
> ---------------------------
>
> Een vraag, maar geen haast? Stel hem online in een e-consult.
>
> Ga naar www.praktijkdelinde.example
>
> Antwoord binnen 2 werkdagen. Veilig, en het kost u niets extra.
>
> Snel hulp nodig? Bel 0345 012 345.
>
> Levensgevaar? Bel 112.
>
> Standaardantwoord: medische vraag via e-mail, sms of WhatsApp
> =============================================================
>
> Beste meneer, mevrouw,
>
> Bedankt voor uw bericht. U stelt ons een medische vraag via e-mail, sms of WhatsApp.
> Op zo'n bericht geven wij geen medisch antwoord.
> Deze berichten zijn niet goed beveiligd. Iemand anders kan ze lezen.
> De wet vraagt ons om uw medische gegevens goed te beschermen. Daarom werken we op een veilige manier.
>
> Stel uw vraag opnieuw, in een e-consult. Dat is veilig: alleen u en de praktijk lezen mee.
> U krijgt binnen 2 werkdagen antwoord. Het kost u niets extra.
>
> Zo werkt het:
>
> 1. Ga naar www.praktijkdelinde.example en kies het e-consult.
> 2. De eerste keer maakt u een account. Lukt dat niet? Bel ons, dan helpen we u.
> 3. Schrijf uw vraag op en verstuur hem.
>
> Heeft u snel hulp nodig? Wacht dan niet, maar bel ons op 0345 012 345. Bij levensgevaar belt u 112.
>
> Met vriendelijke groet,
> Huisartsenpraktijk De Linde
>
> Standaardantwoord: vraag past niet in een e-consult
> ===================================================
>
> Beste meneer, mevrouw,
>
> Bedankt voor uw e-consult. Uw vraag kunnen we niet goed beantwoorden in een e-consult.
> De huisarts wil u hierover liever spreken, of u onderzoeken.
> We hebben uw vraag dus nog niet medisch beantwoord.
>
> Bel ons op 0345 012 345 om een afspraak te maken.
> Heeft u snel hulp nodig? Bel dan meteen. Bij levensgevaar belt u 112.
>
> Heeft u later weer een vraag die niet dringend is? Dan kunt u het e-consult gewoon weer gebruiken. U krijgt dan binnen 2 werkdagen antwoord.
>
> Met vriendelijke groet,
> Huisartsenpraktijk De Linde
>
> Standaardantwoord: het antwoord duurt langer dan normaal
> ========================================================
>
> Beste meneer, mevrouw,
>
> Bedankt voor uw e-consult. We hebben uw vraag goed ontvangen.
> Normaal krijgt u binnen 2 werkdagen antwoord. Deze keer duurt het langer dan 2 werkdagen.
> Het is erg druk in de praktijk, of uw huisarts is er even niet. U krijgt wel zeker antwoord.
>
> Wordt uw klacht erger, of heeft u snel hulp nodig? Wacht dan niet, maar bel ons op 0345 012 345. Bij levensgevaar belt u 112.
>
> Met vriendelijke groet,
> Huisartsenpraktijk De Linde

$ ehtrack comms econsult-linde --format txt --lang en
> Website: home-page block
> ========================
>
> A question for the doctor, but no hurry?
> ----------------------------------------
>
> Ask your question online, in an e-consult.
> You get an answer within 2 working days.
> It is safe and it costs you nothing extra.
> Need help quickly? Call 0345 012 345. A life in danger? Always call 112.
>
> Ask your question online →
>
> Website: page
> =============
>
> E-consult: ask the doctor online
> --------------------------------
>
> Do you have a question for the doctor, but it is not urgent?
> Then you can also ask it online. This is called an e-consult.
> At Huisartsenpraktijk De Linde it is called: E-consult via de praktijkwebsite.
>
> When do you get an answer?
>
> You get an answer within 2 working days from the doctor or the assistant.
> Sometimes the doctor calls you, or we ask you to come to the practice.
>
> What is it for?
>
> - Questions about a healthy life, such as exercise, food or quitting smoking.
> - Questions about your medicines.
> - Questions about the result of a test.
> - Questions after an earlier visit to the doctor. Often you think of something at home.
> - Check-ups when you have a long-term illness, such as diabetes or COPD. You can also tell us how you are doing.
>
> What is it not for?
>
> - Do you need help quickly? Do not send an e-consult, but call us on 0345 012 345.
> - If a life is in danger, always call 112.
> - Do you need a doctor urgently in the evening, at night or at the weekend? Call the out-of-hours GP service (huisartsenpost). You find its number on www.praktijkdelinde.example.
>
> How does it work?
>
> 1. Go to www.praktijkdelinde.example and choose the e-consult.
> 2. The first time, you make an account. Does that not work? The assistant will gladly help you.
> 3. Write down your question. Take your time.
> 4. You get a message when the answer is ready.
>
> Why not by e-mail, text message or WhatsApp?
>
> A normal e-mail, a text message (SMS) or a WhatsApp message is not well protected.
> Someone else can read it. The law asks us to protect your medical data.
> That is why we give no medical answers to those messages. The e-consult is safe: only you and the practice can read it.
>
> What does it cost?
>
> An e-consult costs you nothing extra. It is just like a normal visit to the doctor.
>
> Questions about the e-consult? Call us on 0345 012 345.
>
> Phone: what the assistant says
> ==============================
>
> For the assistant: mention the e-consult when someone calls with a question that is not urgent. Do not mention it when help is urgent.
>
> When the question suits an e-consult:
>
> "Did you know you can also ask this question online? It is called an e-consult. You do not have to call or wait on the line. You get an answer within 2 working days. It costs you nothing extra."
>
> When the patient asks how it works:
>
> "Go to www.praktijkdelinde.example and choose the e-consult. The first time, you make an account. Does that not work? Just call us and I will help you."
>
> When the patient asks if it is safe:
>
> "Yes. Only you and the practice can read your question. That is not so with e-mail or WhatsApp. That is why we do not give medical answers there."
>
> When the patient would rather call:
>
> "Of course. The e-consult is there for when it suits you better."
>
> Phone: waiting message
> ======================
>
> You are calling Huisartsenpraktijk De Linde. All lines are busy. Please stay on the line.
> Is someone's life in danger? Hang up and call 112.
> Is your question not urgent? Then you can also ask it online, in an e-consult. You get an answer within 2 working days. Go to www.praktijkdelinde.example.
>
> Waiting room: poster (A4)
> =========================
>
> Huisartsenpraktijk De Linde
>
> A question for the doctor? Ask it online.
> -----------------------------------------
>
> With an e-consult you ask your question when it suits you.
>
> - You get an answer within 2 working days
> - For questions that are not urgent
> - Safe: only you and the practice can read it
> - It costs you nothing extra
>
> Go to www.praktijkdelinde.example
>
> Need help quickly? Call 0345 012 345. A life in danger? Always call 112.
>
> Waiting room: screen text
> =========================
>
> Ask your question online
> ------------------------
>
> No hurry? Ask your question in an e-consult at www.praktijkdelinde.example.
> You get an answer within 2 working days. Safe, and it costs you nothing extra.
> Need help quickly? Call 0345 012 345. A life in danger? Always call 112.
>
> Newsletter
> ==========
>
> Ask the doctor online
> ---------------------
>
> Do you have a question for the doctor that is not urgent? Ask it online, in an e-consult. You do this when it suits you, also in the evening. You do not have to call or come to the practice. You get an answer within 2 working days.
>
> What for? For example for questions about a healthy life or about your medicines. For questions about a test result. For questions after an earlier visit to the doctor. Or when you have a long-term illness and want to tell us how you are doing.
>
> How? Go to www.praktijkdelinde.example and choose the e-consult (E-consult via de praktijkwebsite).
> The first time, you make an account. Does that not work? The assistant will gladly help you.
>
> Why not by e-mail or WhatsApp? An e-mail, text message or WhatsApp message is not well protected. That is why we give no medical answers there. In the e-consult, only you and the practice can read your question.
>
> What does it cost? Nothing extra. It is just like a normal visit to the doctor.
>
> Please note: the e-consult is not for urgent help. Need help quickly? Call us on 0345 012 345. If a life is in danger, call 112. In the evening, at night and at the weekend, call the out-of-hours GP service (huisartsenpost).
>
> Business card
> =============
>
> Huisartsenpraktijk De Linde
> ---------------------------
>
> A question, but no hurry? Ask it online in an e-consult.
>
> Go to www.praktijkdelinde.example
>
> Answer within 2 working days. Safe, and it costs you nothing extra.
>
> Need help quickly? Call 0345 012 345.
>
> A life in danger? Call 112.
>
> Standard reply: a medical question by e-mail, text message or WhatsApp
> ======================================================================
>
> Dear Sir or Madam,
>
> Thank you for your message. You ask us a medical question by e-mail, text message or WhatsApp.
> We do not give a medical answer to such a message.
> These messages are not well protected. Someone else can read them.
> The law asks us to protect your medical data well. That is why we work in a safe way.
>
> Please ask your question again, in an e-consult. That is safe: only you and the practice can read it.
> You get an answer within 2 working days. It costs you nothing extra.
>
> This is how it works:
>
> 1. Go to www.praktijkdelinde.example and choose the e-consult.
> 2. The first time, you make an account. Does that not work? Call us and we will help you.
> 3. Write down your question and send it.
>
> Do you need help quickly? Do not wait, but call us on 0345 012 345. If a life is in danger, call 112.
>
> Kind regards,
> Huisartsenpraktijk De Linde
>
> Standard reply: a question that does not suit an e-consult
> ==========================================================
>
> Dear Sir or Madam,
>
> Thank you for your e-consult. We cannot answer your question well in an e-consult.
> The doctor would rather talk to you about it, or examine you.
> So we have not given you a medical answer yet.
>
> Call us on 0345 012 345 to make an appointment.
> Do you need help quickly? Call us right away. If a life is in danger, call 112.
>
> Do you have another question later that is not urgent? Then you can use the e-consult again. You will get an answer within 2 working days.
>
> Kind regards,
> Huisartsenpraktijk De Linde
>
> Standard reply: the answer takes longer than usual
> ==================================================
>
> Dear Sir or Madam,
>
> Thank you for your e-consult. We have received your question.
> Usually you get an answer within 2 working days. This time it will take longer than 2 working days.
> It is very busy at the practice, or your doctor is away for a short time. You will certainly get an answer.
>
> Does your problem get worse, or do you need help quickly? Do not wait, but call us on 0345 012 345. If a life is in danger, call 112.
>
> Kind regards,
> Huisartsenpraktijk De Linde

# As HTML: one self-contained page (no file or address loaded from
# elsewhere), one section per text, every text of every channel.
$ for l in nl en; do for c in website phone waiting-room newsletter card replies; do ehtrack comms econsult-linde --channel $c --lang $l --format html > $c.$l.html || echo "failed: $c $l"; printf '%s %s: %s sections, %s documents, %s loads, %s placeholders\n' $l $c "$(grep -c '^<section class="part' $c.$l.html)" "$(grep -c '^<!DOCTYPE html>' $c.$l.html)" "$(grep -Ec '<(link|script|img|iframe)|src=|@import|url\(' $c.$l.html)" "$(grep -c '{{' $c.$l.html)"; done; done
> nl website: 2 sections, 1 documents, 0 loads, 0 placeholders
> nl phone: 2 sections, 1 documents, 0 loads, 0 placeholders
> nl waiting-room: 2 sections, 1 documents, 0 loads, 0 placeholders
> nl newsletter: 1 sections, 1 documents, 0 loads, 0 placeholders
> nl card: 1 sections, 1 documents, 0 loads, 0 placeholders
> nl replies: 3 sections, 1 documents, 0 loads, 0 placeholders
> en website: 2 sections, 1 documents, 0 loads, 0 placeholders
> en phone: 2 sections, 1 documents, 0 loads, 0 placeholders
> en waiting-room: 2 sections, 1 documents, 0 loads, 0 placeholders
> en newsletter: 1 sections, 1 documents, 0 loads, 0 placeholders
> en card: 1 sections, 1 documents, 0 loads, 0 placeholders
> en replies: 3 sections, 1 documents, 0 loads, 0 placeholders

# The business cards: ten copies of one card on the sheet, with cutting
# marks at the 3 vertical cutting lines (above and below the cards) and the
# 6 horizontal ones (left and right).
$ ehtrack comms econsult-linde --channel card --format html > card.html; sed -n '/<body>/,/^<\/div>/p' card.html; grep -c '^<div class="c"' card.html; grep -c '^<div class="mark"' card.html
> <body>
> <section class="part card">
> <h1 class="label">Visitekaartje</h1>
> <div class="sheet">
> <div class="c" style="left: 20mm; top: 10.5mm; font-size: 8.5pt">
> <h2>Huisartsenpraktijk De Linde</h2>
> <p><strong>Een vraag, maar geen haast? Stel hem online in een e-consult.</strong></p>
> <p>Ga naar www.praktijkdelinde.example</p>
> <p>Antwoord binnen 2 werkdagen. Veilig, en het kost u niets extra.</p>
> <p>Snel hulp nodig? Bel 0345 012 345.</p>
> <p>Levensgevaar? Bel 112.</p>
> </div>
> 10
> 18

# The portal (no term set: 24 hours, said as one working day), and the
# video consult, whose texts promise no answer term.
$ ehtrack comms portaal-brug
> # Website: blok voor de homepage
>
> ## Een vraag voor de huisarts, maar geen haast?
>
> Stel uw vraag online, met een e-consult.
> U krijgt binnen 1 werkdag antwoord.
> Het is veilig en het kost u niets extra.
> U stelt uw vraag in ons patiëntenportaal.
> Snel hulp nodig? Bel +31 345 012 999. Levensgevaar? Bel altijd 112.
>
> **Stel uw vraag online →**
>
> # Website: pagina
>
> ## E-consult: uw vraag online aan de huisarts
>
> Heeft u een vraag voor de huisarts, maar is het niet dringend?
> Dan kunt u die vraag ook online stellen. Dat heet een e-consult.
> U doet dat in ons patiëntenportaal: Mijn Gezondheidscentrum.
> In het portaal kunt u ook andere dingen regelen, zoals een herhaalrecept. Kijk in het portaal wat er kan.
>
> ### Wanneer krijgt u antwoord?
>
> U krijgt binnen 1 werkdag antwoord van de huisarts of de assistent.
> Soms belt de huisarts u, of vragen we u om naar de praktijk te komen.
>
> ### Waarvoor is het geschikt?
>
> - Vragen over gezond leven, zoals bewegen, eten of stoppen met roken.
> - Vragen over uw medicijnen.
> - Vragen over de uitslag van een onderzoek.
> - Vragen na een eerder bezoek aan de huisarts. Vaak bedenkt u thuis nog iets.
> - Controles als u een chronische ziekte heeft, zoals diabetes of COPD. U kunt ook laten weten hoe het met u gaat.
>
> ### Waarvoor is het niet geschikt?
>
> - Heeft u snel hulp nodig? Stuur dan geen e-consult, maar bel ons op +31 345 012 999.
> - Bij levensgevaar belt u altijd **112**.
> - Heeft u 's avonds, 's nachts of in het weekend dringend een huisarts nodig? Bel dan de huisartsenpost. Het nummer staat op [gc-debrug.example/patienten](https://gc-debrug.example/patienten).
>
> ### Hoe werkt het?
>
> 1. Ga naar [gc-debrug.example/patienten](https://gc-debrug.example/patienten) en open ons patiëntenportaal. Kies daar het e-consult.
> 2. De eerste keer maakt u een account. Lukt dat niet? De assistent helpt u graag.
> 3. Schrijf uw vraag op. Neem er rustig de tijd voor.
> 4. U krijgt een bericht als het antwoord klaarstaat.
>
> ### Waarom niet via e-mail, sms of WhatsApp?
>
> Een gewone e-mail, een sms of een WhatsApp-bericht is niet goed beveiligd.
> Iemand anders kan het lezen. De wet vraagt ons om uw medische gegevens te beschermen.
> Daarom geven we op die berichten geen medisch antwoord. Het e-consult is wel veilig: alleen u en de praktijk lezen mee.
>
> ### Wat kost het?
>
> Een e-consult kost u niets extra. Het is net als een gewoon bezoek aan de huisarts.
>
> Vragen over het e-consult? Bel ons op +31 345 012 999.
>
> # Telefoon: wat de assistent zegt
>
> Voor de assistent: noem het e-consult als iemand belt met een vraag die niet dringend is. Noem het niet bij spoed.
>
> **Als de vraag past bij een e-consult:**
>
> "Wist u dat u deze vraag ook online kunt stellen? Dat heet een e-consult. U hoeft dan niet te bellen en niet in de wacht te staan. U krijgt binnen 1 werkdag antwoord. Het kost u niets extra."
>
> **Als de patiënt vraagt hoe het werkt:**
>
> "Ga naar gc-debrug.example/patienten en open ons patiëntenportaal. Daar kiest u het e-consult. De eerste keer maakt u een account. Lukt dat niet? Bel dan gerust, dan help ik u."
>
> **Als de patiënt vraagt of het veilig is:**
>
> "Ja. Alleen u en de praktijk kunnen uw vraag lezen. Dat is bij e-mail of WhatsApp niet zo. Daarom geven we daar geen medisch antwoord op."
>
> **Als de patiënt liever belt:**
>
> "Dat kan natuurlijk ook. Het e-consult is er voor als het u beter uitkomt."
>
> # Telefoon: wachtbandje
>
> U belt met Gezondheidscentrum De Brug. Alle lijnen zijn bezet. Blijft u even aan de lijn.
> Is er levensgevaar? Hang dan op en bel 112.
> Is uw vraag niet dringend? Dan kunt u hem ook online stellen, met een e-consult. U krijgt binnen 1 werkdag antwoord. Kijk op gc-debrug.example/patienten.
>
> # Wachtkamer: poster (A4)
>
> **Gezondheidscentrum De Brug**
>
> ## Een vraag voor de huisarts? Stel hem online.
>
> Met een e-consult stelt u uw vraag wanneer het u uitkomt.
>
> - U krijgt antwoord binnen 1 werkdag
> - Voor vragen die niet dringend zijn
> - Veilig: alleen u en de praktijk lezen mee
> - Het kost u niets extra
>
> ### Ga naar gc-debrug.example/patienten
>
> Snel hulp nodig? Bel +31 345 012 999. Levensgevaar? Bel altijd 112.
>
> # Wachtkamer: tekst voor het scherm
>
> ## Uw vraag online stellen
>
> Geen haast? Stel uw vraag in een e-consult op gc-debrug.example/patienten.
> U krijgt antwoord binnen 1 werkdag. Veilig, en het kost u niets extra.
> Snel hulp nodig? Bel +31 345 012 999. Levensgevaar? Bel altijd 112.
>
> # Nieuwsbrief
>
> ## Uw vraag aan de huisarts, online
>
> Heeft u een vraag voor de huisarts die niet dringend is? Stel hem dan online, met een e-consult. U doet dat wanneer het u uitkomt, ook 's avonds. U hoeft niet te bellen en niet naar de praktijk te komen. U krijgt binnen 1 werkdag antwoord.
>
> **Waarvoor?** Bijvoorbeeld voor vragen over gezond leven of over uw medicijnen. Voor vragen over een uitslag. Voor vragen na een eerder bezoek aan de huisarts. Of als u een chronische ziekte heeft en wilt laten weten hoe het gaat.
>
> **Hoe?** Ga naar [gc-debrug.example/patienten](https://gc-debrug.example/patienten) en open ons patiëntenportaal (Mijn Gezondheidscentrum). Kies daar het e-consult. In het portaal kunt u ook andere dingen regelen, zoals een herhaalrecept.
> De eerste keer maakt u een account. Lukt dat niet? De assistent helpt u graag.
>
> **Waarom niet via e-mail of WhatsApp?** Een e-mail, sms of WhatsApp-bericht is niet goed beveiligd. Daarom geven we daar geen medisch antwoord op. In het e-consult lezen alleen u en de praktijk mee.
>
> **Wat kost het?** Niets extra. Het is net als een gewoon bezoek aan de huisarts.
>
> **Let op:** het e-consult is niet voor spoed. Heeft u snel hulp nodig? Bel ons op +31 345 012 999. Bij levensgevaar belt u 112. 's Avonds, 's nachts en in het weekend belt u de huisartsenpost.
>
> # Visitekaartje
>
> ## Gezondheidscentrum De Brug
>
> **Een vraag, maar geen haast? Stel hem online in een e-consult.**
>
> Ga naar gc-debrug.example/patienten
>
> Antwoord binnen 1 werkdag. Veilig, en het kost u niets extra.
>
> Snel hulp nodig? Bel +31 345 012 999.
>
> Levensgevaar? Bel 112.
>
> # Standaardantwoord: medische vraag via e-mail, sms of WhatsApp
>
> Beste meneer, mevrouw,
>
> Bedankt voor uw bericht. U stelt ons een medische vraag via e-mail, sms of WhatsApp.
> Op zo'n bericht geven wij geen medisch antwoord.
> Deze berichten zijn niet goed beveiligd. Iemand anders kan ze lezen.
> De wet vraagt ons om uw medische gegevens goed te beschermen. Daarom werken we op een veilige manier.
>
> Stel uw vraag opnieuw, in een e-consult. Dat is veilig: alleen u en de praktijk lezen mee.
> U krijgt binnen 1 werkdag antwoord. Het kost u niets extra.
>
> Zo werkt het:
>
> 1. Ga naar gc-debrug.example/patienten en open ons patiëntenportaal. Kies daar het e-consult.
> 2. De eerste keer maakt u een account. Lukt dat niet? Bel ons, dan helpen we u.
> 3. Schrijf uw vraag op en verstuur hem.
>
> Heeft u snel hulp nodig? Wacht dan niet, maar bel ons op +31 345 012 999. Bij levensgevaar belt u 112.
>
> Met vriendelijke groet,\
> Gezondheidscentrum De Brug
>
> # Standaardantwoord: vraag past niet in een e-consult
>
> Beste meneer, mevrouw,
>
> Bedankt voor uw e-consult. Uw vraag kunnen we niet goed beantwoorden in een e-consult.
> De huisarts wil u hierover liever spreken, of u onderzoeken.
> We hebben uw vraag dus nog niet medisch beantwoord.
>
> Bel ons op +31 345 012 999 om een afspraak te maken.
> Heeft u snel hulp nodig? Bel dan meteen. Bij levensgevaar belt u 112.
>
> Heeft u later weer een vraag die niet dringend is? Dan kunt u het e-consult gewoon weer gebruiken. U krijgt dan binnen 1 werkdag antwoord.
>
> Met vriendelijke groet,\
> Gezondheidscentrum De Brug
>
> # Standaardantwoord: het antwoord duurt langer dan normaal
>
> Beste meneer, mevrouw,
>
> Bedankt voor uw e-consult. We hebben uw vraag goed ontvangen.
> Normaal krijgt u binnen 1 werkdag antwoord. Deze keer duurt het langer dan 1 werkdag.
> Het is erg druk in de praktijk, of uw huisarts is er even niet. U krijgt wel zeker antwoord.
>
> Wordt uw klacht erger, of heeft u snel hulp nodig? Wacht dan niet, maar bel ons op +31 345 012 999. Bij levensgevaar belt u 112.
>
> Met vriendelijke groet,\
> Gezondheidscentrum De Brug

$ ehtrack comms video-linde --lang en
> # Website: home-page block
>
> ## Talk to the doctor without coming to the practice?
>
> You can, with a video consult. You see and hear the doctor on your phone, tablet or computer.
> It is safe and it costs you nothing extra.
> Call us on 0345 012 345 to make an appointment.
> A life in danger? Always call 112.
>
> **Read more about the video consult →**
>
> # Website: page
>
> ## Video consult: the doctor on your screen
>
> In a video consult you talk to the doctor or the practice nurse through your screen.
> You see each other, just like at an appointment in the practice.
> But you stay at home, or at work.
> At Huisartsenpraktijk De Linde it is called: Beeldbellen met de huisarts.
>
> ### What is it for?
>
> - Questions about a healthy life, such as exercise, food or quitting smoking.
> - Questions about your medicines.
> - Talking about the result of a test.
> - A follow-up after an earlier visit to the doctor.
> - Check-ups when you have a long-term illness, such as diabetes or COPD.
>
> ### How does it work?
>
> 1. Call us on 0345 012 345. The assistant checks with you if a video consult suits your question.
> 2. You get an appointment and a link.
> 3. At the time of your appointment, click on the link. The doctor will then appear on your screen.
>
> You need a phone, tablet or computer with a camera and a microphone.
> Find a quiet place.
>
> ### What is it not for?
>
> - Does the doctor need to examine you? Then we make an appointment at the practice.
> - If a life is in danger, always call **112**.
> - Do you need a doctor urgently in the evening, at night or at the weekend? Call the out-of-hours GP service (huisartsenpost). You find its number on [www.praktijkdelinde.example](https://www.praktijkdelinde.example/).
>
> ### Safe
>
> We use a secure connection. Nobody else can watch or listen.
> That is why we do not make calls through WhatsApp, FaceTime or Skype. They are not made for talks about your health.
>
> ### What does it cost?
>
> A video consult costs you nothing extra. It is just like a normal visit to the doctor.
>
> Questions? Call us on 0345 012 345.
>
> # Phone: what the assistant says
>
> For the assistant: mention the video consult when someone calls with a question that needs no physical examination. Do not mention it when help is urgent.
>
> **When the question suits a video consult:**
>
> "Would you like to talk to the doctor without coming to the practice? You can, with a video consult. You see the doctor on your phone, tablet or computer. It costs you nothing extra."
>
> **When the patient says yes:**
>
> "I will make an appointment for you. You will get a link. Click on it at the time of your appointment. Turn on your camera and microphone, and find a quiet place."
>
> **When the patient asks if it is safe:**
>
> "Yes. The connection is secure. Nobody else can watch or listen. That is why we do not make calls through WhatsApp or FaceTime."
>
> **When the patient would rather come to the practice:**
>
> "Of course. Then I will make an appointment at the practice."
>
> # Phone: waiting message
>
> You are calling Huisartsenpraktijk De Linde. All lines are busy. Please stay on the line.
> Is someone's life in danger? Hang up and call 112.
> Did you know you can also talk to the doctor in a video consult? You stay at home. Ask us about it when we answer your call.
>
> # Waiting room: poster (A4)
>
> **Huisartsenpraktijk De Linde**
>
> ## Talk to the doctor from your own home
>
> In a video consult you see and hear the doctor on your screen.
>
> - No travel and no waiting room
> - For test results, medicines and check-ups
> - Safe: nobody else can watch
> - It costs you nothing extra
>
> ### Ask at the desk, or call 0345 012 345
>
> A life in danger? Always call 112.
>
> # Waiting room: screen text
>
> ## See the doctor by video
>
> You can talk about many questions in a video consult. You stay at home.
> Safe, and it costs you nothing extra. Ask the assistant about it.
> Need help quickly? Call 0345 012 345. A life in danger? Always call 112.
>
> # Newsletter
>
> ## Talk to the doctor by video
>
> At Huisartsenpraktijk De Linde you can also talk to the doctor in a video consult. You see each other on a screen, but you stay at home. So you do not have to travel or wait in the waiting room.
>
> **What for?** For example for questions about a healthy life or about your medicines. To talk about a test result. For a follow-up after an earlier visit. Or for a check-up when you have a long-term illness.
>
> **How?** Call us on 0345 012 345. The assistant makes an appointment and you get a link. At the time of your appointment, you click on the link. You need a phone, tablet or computer with a camera.
>
> **Safe.** We use a secure connection. Nobody else can watch or listen. That is why we do not make calls through WhatsApp or FaceTime.
>
> **What does it cost?** Nothing extra. It is just like a normal visit to the doctor.
>
> **Please note:** if the doctor needs to examine you, you come to the practice. If a life is in danger, call 112. In the evening, at night and at the weekend, call the out-of-hours GP service (huisartsenpost).
>
> Want to read more? Go to [www.praktijkdelinde.example](https://www.praktijkdelinde.example/).
>
> # Business card
>
> ## Huisartsenpraktijk De Linde
>
> **Talk to the doctor from home? Ask for a video consult.**
>
> Call 0345 012 345 for an appointment. More: www.praktijkdelinde.example
>
> Safe, and it costs you nothing extra.
>
> A life in danger? Call 112.
>
> # Standard reply: a medical question by e-mail, text message or WhatsApp
>
> Dear Sir or Madam,
>
> Thank you for your message. You ask us a medical question by e-mail, text message or WhatsApp.
> We do not give a medical answer to such a message.
> These messages are not well protected. Someone else can read them.
> The law asks us to protect your medical data well. That is why we work in a safe way.
>
> Would you like to talk about your question with the doctor? Then call us on 0345 012 345.
> We will make an appointment with you: at the practice, or in a secure video consult.
>
> Do you need help quickly? Do not wait, but call us on 0345 012 345. If a life is in danger, call 112.
>
> Kind regards,\
> Huisartsenpraktijk De Linde
>
> # Standard reply: a question that does not suit a video consult
>
> Dear Sir or Madam,
>
> Thank you for your question. We cannot talk about this question well in a video consult.
> The doctor wants to see and examine you at the practice.
>
> Call us on 0345 012 345 to make an appointment.
> Do you need help quickly? Call us right away. If a life is in danger, call 112.
>
> Kind regards,\
> Huisartsenpraktijk De Linde
>
> # Standard message: the video consult starts later
>
> Dear Sir or Madam,
>
> Your video consult starts later than planned. The doctor is still with another patient.
> Please stay online, with the same link. The doctor will appear as soon as possible.
> If it is no longer possible today, we will call you to make a new appointment.
>
> Does your problem get worse, or do you need help quickly? Do not wait, but call us on 0345 012 345. If a life is in danger, call 112.
>
> Kind regards,\
> Huisartsenpraktijk De Linde

# Each channel alone is its part of the whole.
$ for c in website phone waiting-room newsletter card replies; do ehtrack comms econsult-linde --channel $c; echo; done | sed '$d' > parts.md; ehtrack comms econsult-linde > all.md; cmp parts.md all.md && echo same
> same
