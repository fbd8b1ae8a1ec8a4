#!/usr/bin/env python3
"""Deterministic generator of the dev49 batch (tests/agents_data/dev49/): 30 creditor emails + truth files.

Written without reading the engine (shared/, tools/, tests/engine/, other batches' truth files and scores were
never opened). Theme: terse, informal mail from people and very small creditors - a landlord typing on his
phone ('Gesendet von meinem iPhone'), a tutor, two babysitters and a nanny, neighbours (one in Kölsch), a
hairdresser and a barber, a small garage, market stalls, a driving school, a private lender with a scanned IOU -
plus a few formal letters from the same kind of people's lawyers for contrast. Hard cases: all lower case and no
punctuation, voice-dictation slips ('Komma', 'Punkt'), amounts in words ('dreihundert Euro') or with the euro
sign in odd places ('350,-€', 'EUR350', '€ 1.200'), debtors named informally ('der Klaus Meyer', 'die Frau
Schulz von oben', first name only with the surname only in the quoted letter of the firm), replies on top of
the firm's formal letter (the firm's SB-… file number and offer are not the creditor's), forwarded chains,
components without a total, an ambiguous 'K. Meyer' and an ambiguous 'Familie Schulz', non-clients, an informal
assignment, a 'nix mehr offen' closing note, and auto-replies from private mail providers in informal wording.
Every truth dict also labels `payment_deadline` (ISO date when the mail plainly sets one, else null).

Same file format and rendering as dev/..dev7/ (build_dev.py's helpers and batch.Batch are imported unchanged).

    cd tests/agents_data && /tmp/gen-venv/bin/python build_dev49.py          # (re)write dev49/
    cd tests/agents_data && /tmp/gen-venv/bin/python build_dev49.py --check  # verify dev49/ against the specs

No randomness: fixed dates, Message-IDs, MIME boundaries and PDF creation dates.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_dev as bd  # noqa: E402
from batch import NOTHING_OWED, Batch, spaced_amount_forms  # noqa: E402

FIRM = bd.FIRM
text_pdf, image_pdf = bd.text_pdf, bd.image_pdf

BATCH = Batch("dev49", 4900)
MESSAGES, add = BATCH.messages, BATCH.add


def T(intent, client_id, creditor, amount, currency, refs, review, notes, deadline=None):
    """build_dev.T plus this batch's `payment_deadline` (ISO date or None)."""
    return {**bd.T(intent, client_id, creditor, amount, currency, refs, review, notes), "payment_deadline": deadline}


def AUTO(notes):
    return {**bd.AUTO(notes), "payment_deadline": None}


IPHONE = "Gesendet von meinem iPhone"


# ---- debt_statement (13) -------------------------------------------------------------------------------------

add("vermieter-iphone-zwei-monatsmieten",
    "Horst Wendeburg <h.wendeburg@posteo-mail.example>",
    "miete meyer lindenstr", "2028-08-04 22:47",
    """hallo

der klaus meyer aus meiner wohnung lindenstr 4 (erdgeschoss links) hat juli und august nicht bezahlt
jeweils 640 warm. macht zusammen 1.280,-€ . kaution ist noch da aber die rühr ich nicht an
ich hab gehört sie machen jetzt seine schulden. dann schreib ich ihnen das hiermit

wohnung ist 2 zimmer, mietvertrag seit 2021

gruß wendeburg
Horst Wendeburg

""" + IPHONE + "\n",
    truth=T("debt_statement", "K-2001", "Horst Wendeburg", "1280.00", "EUR", [], False,
            "Landlord typing on his phone, all lower case: total written '1.280,-€' after the component '640 warm' "
            "per month; debtor 'der klaus meyer' with the client's street (Lindenstraße 4) - K-2001; no reference "
            "numbers at all; no payment date."))

add("nachhilfe-betrag-in-worten",
    "Jana Przybilla <jana.przybilla@freemail-post.example>",
    "Nachhilfestunden Emre - noch offen", "2028-08-09 18:12",
    """Hallo,

ich gebe seit Februar Mathe-Nachhilfe bei Emre, dem Sohn von Frau Öztürk (Marktstraße 9 in Duisburg).
Seit Mai hat Frau Öztürk nicht mehr bezahlt. Das waren 12 Doppelstunden je 25 €, also insgesamt
dreihundert Euro, die noch offen sind.

Frau Öztürk hat mir Ihre Adresse gegeben und gesagt, ich soll mich an Sie wenden.
Bitte überweisen Sie bzw. Ihre Mandantin den Betrag bis zum 15.09.2028 auf mein Konto:
IBAN DE71 3505 0000 0201 4477 21, Kontoinhaberin Jana Przybilla

Ich bin Studentin und brauche das Geld wirklich.

Viele Grüße
Jana Przybilla
0157 3390 4471
""",
    truth=T("debt_statement", "K-2013", "Jana Przybilla", "300.00", "EUR", [], False,
            "Tutor's claim; the total is written only in words ('insgesamt dreihundert Euro'), the digits are "
            "components (12 x 25 €); IBAN and mobile number are not references; debtor is the mother, "
            "'Frau Öztürk' + the client's street - K-2013; plain deadline 15.09.2028.", "2028-09-15"))

add("babysitterin-familie-schulz-mehrdeutig",
    "Lea <lea.k.2009@webpost.example>",
    "babysitten rechnung von Lea Kranich", "2028-08-11 16:30",
    """hi!!

also ich hab bei familie schulz im gartenweg 3 babygesittet, juni und juli
immer freitags, insgesamt 12 abende a 15€

macht zusammen EUR180 hat mir die mama gesagt soll ich an sie schicken weil die
grad kein geld haben?? ich weiß nicht genau wer von beiden mich bezahlen muss, gebucht
haben immer beide mal

lg lea
""",
    truth=T("debt_statement", None, "Lea Kranich", "180.00", "EUR", [], True,
            "Teenage babysitter: creditor's surname only in the subject, signature first name only; total "
            "written 'EUR180' (code glued to the digits) next to the component '12 abende a 15€'; debtor 'familie schulz im gartenweg "
            "3' fits both Sabine (K-2005) and Thomas Schulz (K-2006), same address, and she says both booked - "
            "ambiguous client match, client null, review."))

add("nachbarin-frau-schulz-von-oben-antwort-oben",
    "Gerda Hinrichsen <gerda.hinrichsen@t-netz-mail.example>",
    "AW: Ihre Forderung gegen Frau Sabine Schulz - Unser Zeichen SB-2028-1184", "2028-08-14 10:05",
    """Guten Tag,

ja das stimmt, die Frau Schulz von oben schuldet mir noch Geld. Für die Waschmaschine die ich
ihr im März überlassen habe wollte sie 450 € in drei Raten zahlen, bekommen habe ich eine Rate
von 150. Offen sind also noch 300,00 Euro.

Mehr weiß ich nicht, Rechnung gibt es keine, war unter Nachbarn.

Gerda Hinrichsen
Gartenweg 3, EG

-----Ursprüngliche Nachricht-----
Von: Kanzlei Berger & Roth Schuldnerberatung
Gesendet: Freitag, 11. August 2028 09:12
Betreff: Ihre Forderung gegen Frau Sabine Schulz - Unser Zeichen SB-2028-1184

Sehr geehrte Frau Hinrichsen,

wir vertreten Frau Sabine Schulz, geb. 15.06.1971, Gartenweg 3, 20095 Hamburg, in einem
Verfahren zur außergerichtlichen Schuldenbereinigung. Bitte teilen Sie uns Ihre Forderung
unter Angabe des Gesamtbetrags mit.

Mit freundlichen Grüßen
Kanzlei Berger & Roth
""",
    truth=T("debt_statement", "K-2005", "Gerda Hinrichsen", "300.00", "EUR", [], False,
            "Neighbour replies on top of the firm's formal letter: 'die Frau Schulz von oben' is resolved by the "
            "quoted letter (Sabine Schulz + DOB) - K-2005, not Thomas; 450 € is the original price and 150 a "
            "paid instalment, the stated remainder is 300,00 Euro; SB-2028-1184 is the firm's own file number."))

add("friseursalon-html-zahlungserinnerung",
    "Salon Lockenwerk <termine@salon-lockenwerk.example>",
    "Zahlungserinnerung Salon Lockenwerk - Kundin Hoffmann", "2028-08-17 12:20",
    None,
    html="""<html><body style="font-family:Verdana;font-size:11px">
<p style="color:#a0527a"><b>Salon Lockenwerk</b> &middot; Inh. Birgit Nowotny<br>Anger 14 &middot; 99084 Erfurt<br>
Tel. 0361 550 4471 &middot; St.-Nr. 151/247/04471</p>
<p>Liebe Frau Hoffmann,</p>
<p>leider ist Ihre Rechnung noch offen :-( Vielleicht ist es nur untergegangen!</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><td>Kundennr.</td><td>LW-0442</td></tr>
<tr><td>Rechnung 2028/0318 vom 12.06.2028 (Färben, Schnitt, Pflege)</td><td>€ 164,00</td></tr>
<tr><td>Rechnung 2028/0391 vom 10.07.2028 (Dauerwelle)</td><td>€ 98,50</td></tr>
<tr><td><b>Gesamt offen</b></td><td><b>€ 262,50</b></td></tr>
</table>
<p>Bitte überweisen Sie den Betrag <b>bis 31.08.2028</b>. Danke!</p>
<p>Herzliche Grüße aus dem Salon<br>Birgit &amp; Team</p>
<p style="font-size:9px">Diese Mail ging in Kopie an Kanzlei Berger &amp; Roth, die uns als Vertretung
von Frau Maria Hoffmann (Domplatz 1) genannt wurde.</p>
</body></html>""",
    html_only=True,
    truth=T("debt_statement", "K-2014", "Salon Lockenwerk", "262.50", "EUR",
            ["LW-0442", "2028/0318", "2028/0391"], False,
            "HTML-only reminder from a hairdresser's booking system: euro sign before the amount ('€ 262,50'), "
            "two invoice numbers inside table labels, the customer number in a table cell; Steuernummer and "
            "phone in the letterhead are not references; client by name + street (Domplatz 1) - K-2014; "
            "deadline 'bis 31.08.2028'.", "2028-08-31"))

add("kfz-werkstatt-rest-nach-anzahlung-pdf",
    "Kfz-Werkstatt Pawelczyk <werkstatt.pawelczyk@mannheim-net.example>",
    "Re: Reparatur Golf MA-SK 771 - Rechnung 28-117", "2028-08-22 07:55",
    """Moin,

wie am Telefon gesagt: Herr Koch hat 200 angezahlt, Rest ist noch offen, stand heute 1.047,80 €.
Rechnung hängt nochmal an. Zahlung bitte bis spätestens 10.10.2028, sonst geht das zum Anwalt.

Bruno Pawelczyk
Kfz-Meisterbetrieb, Industriestr. 31, 68169 Mannheim
Tel 0621 33 40 71 - USt-IdNr DE 294 471 330

> Am 02.08.2028 schrieb Bruno Pawelczyk:
> Sehr geehrte Damen und Herren,
> für die Reparatur am Fahrzeug von Herrn Stefan Koch (Neckarstr. 7) ist die Rechnung 28-117
> über 1.247,80 € seit dem 15.07. fällig. Fahrgestellnr. WVWZZZ1KZ8W447120.
""",
    pdfs=[text_pdf("Rechnung_28-117.pdf", "Kfz-Werkstatt Pawelczyk - Rechnung",
                   ["Rechnung Nr. 28-117                       Mannheim, 14.07.2028",
                    "Kunde: Stefan Koch, Neckarstr. 7, 68159 Mannheim",
                    "Fahrzeug: VW Golf, amtl. Kennz. MA-SK 771, km 148.220", ""],
                   table=[("Bremsscheiben + Belaege vorne (Teile)", "412,57 EUR"),
                          ("Kupplungssatz (Teile)", "318,00 EUR"),
                          ("Arbeitslohn 5,5 Std.", "318,00 EUR"),
                          ("MwSt. 19 %", "199,23 EUR"),
                          ("Rechnungsbetrag", "1.247,80 EUR")],
                   after=["Zahlbar sofort ohne Abzug."])],
    truth=T("debt_statement", "K-2015", "Kfz-Werkstatt Pawelczyk", "1047.80", "EUR", ["28-117"], False,
            "Small garage, reply thread with a text-PDF invoice: the invoice total 1.247,80 (PDF and quoted older "
            "mail) is superseded by the newest statement 'Rest ... 1.047,80 €' after a 200 deposit; number plate, "
            "VIN, USt-IdNr and phone are not references; invoice number in subject, quote and PDF; deadline "
            "10.10.2028 in the newest message.", "2028-10-10"))

add("marktstand-kleinschreibung-anschreiben",
    "Kemal Arslan <kemal.obstgemuese@mobilpost.example>",
    "aylin celik anschreiben markt", "2028-08-24 21:03",
    """hallo ich bins kemal vom obst und gemüse stand auf dem wochenmarkt dortmund hansaplatz
die aylin celik bahnhofstr hat seit april bei mir anschreiben lassen
ich hab alles im heft stehen jeder einkauf mit datum
zusammen sind das 96,50 euro sie hat gesagt sie kann nicht zahlen und ich soll an die kanzlei schreiben
bitte sagen sie mir wann ich das geld bekomme
foto vom heft ist dabei
danke kemal
Kemal Arslan
""" + "\n" + IPHONE + "\n",
    pdfs=[image_pdf("IMG_4471.pdf",
                    ["Aylin (Bahnhofstr)        anschreiben",
                     "",
                     "03.04.   Tomaten Gurken Paprika      11,20",
                     "17.04.   Obstkorb                   18,00",
                     "02.05.   Kartoffeln 10kg Zwiebeln    14,80",
                     "22.05.   Erdbeeren 3 Schalen          9,00",
                     "12.06.   Gemuese gemischt            16,50",
                     "03.07.   Melone Pfirsiche            12,40",
                     "31.07.   Salat Kraeuter Tomaten      14,60",
                     "-------------------------------------------",
                     "                           Summe     96,50",
                     "",
                     "Stand 10 Stiege links - Kemal"])],
    truth=T("debt_statement", "K-2003", "Kemal Arslan", "96.50", "EUR", [], False,
            "Market stall, no punctuation and all lower case, the whole mail one run-on (only the name under "
            "'danke kemal' is capitalised); debtor 'aylin celik' (transliterated Çelik) + 'bahnhofstr' - "
            "K-2003; total '96,50 euro' inside a sentence, repeated as 'Summe' in a photo of the tab book "
            "(image-only PDF) under seven dated purchases; 'Stand 10' is a stall position; no references, "
            "no deadline."))

add("anwaeltin-vermieter-forderungsaufstellung",
    "RAin Dr. Henrike Voss-Amberg <kanzlei@voss-amberg-recht.example>",
    "Mietrückstand Kirchgasse 11 / Az. 118/28 VA", "2028-08-29 09:40",
    """Rechtsanwältin Dr. Henrike Voss-Amberg
Taunusstraße 42 · 65183 Wiesbaden · Tel. 0611 9044 118 · Fax 0611 9044 119

Unser Az.: 118/28 VA
Ihr Zeichen: SB-2028-1307

Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit zeige ich an, dass ich die Eheleute Gisela und Werner Trautmann,
Vermieter der Wohnung Kirchgasse 11, 1. OG, 65183 Wiesbaden, vertrete. Ihr Mandant, Herr Peter
Wagner, geb. 19.07.1958, ist mit folgenden Beträgen im Rückstand:

Miete Mai bis August 2028 (4 x 520,00 EUR)        2.080,00 EUR
Nachzahlung Betriebskosten 2027                      187,42 EUR
Verzugszinsen bis 28.08.2028                          26,75 EUR
Kosten dieses Schreibens (1,3 Geschäftsgebühr)        70,00 EUR
                                                   ------------
Gesamtforderung                                    2.364,17 EUR

Ich fordere Sie namens meiner Mandanten auf, den Gesamtbetrag bis zum 30.09.2028 auf das
Anderkonto IBAN DE12 5105 0015 0118 2804 47 zu überweisen. Einem Vorschlag zur Ratenzahlung
sehen meine Mandanten nur bei Vorlage einer Einkommensübersicht entgegen.

Mit freundlichen Grüßen
Dr. Voss-Amberg
Rechtsanwältin
""",
    truth=T("debt_statement", "K-2009", "Gisela und Werner Trautmann", "2364.17", "EUR", ["118/28 VA"], False,
            "Formal lawyer letter for private landlords (contrast to the informal mails): the landlords own the "
            "claim, not the lawyer; 'Ihr Zeichen SB-2028-1307' is the firm's own file; 4 x 520,00 and other "
            "components vs the 'Gesamtforderung'; Anderkonto IBAN and phone/fax not references; mention of "
            "income documents is a condition, the mail is a statement; deadline 30.09.2028.", "2028-09-30"))

add("privatdarlehen-schuldschein-scan",
    "Dragan Ilić <dragan.ilic@balkan-mail.example>",
    "Schuldschein Mehmet", "2028-09-01 19:30",
    """Sehr geehrte Damen und Herren,

anbei der Zettel den Mehmet damals unterschrieben hat (eingescannt). Ich, Dragan Ilić, habe ihm
im Januar 2027 1.500 € bar geliehen. Zurück bekommen habe ich bis jetzt 600 €, in drei Mal.

Es fehlen also noch 900,- €. Er sagt er ist jetzt in der Schuldnerberatung bei Ihnen.
Was soll ich machen, muss ich irgendwas ausfüllen?

Gruß
Dragan
""",
    pdfs=[image_pdf("scan_schuldschein.pdf",
                    ["SCHULDSCHEIN",
                     "",
                     "Ich, Mehmet Yilmaz, geb. 08.03.1985,",
                     "Hafenstr. 20, 28195 Bremen,",
                     "habe heute von Herrn Dragan Ilic",
                     "1.500,00 Euro (in Worten: eintausendfuenfhundert)",
                     "in bar erhalten und zahle sie bis",
                     "spaetestens 31.12.2027 zurueck.",
                     "",
                     "Bremen, 14.01.2027",
                     "",
                     "gez. M. Yilmaz            gez. D. Ilic"])],
    truth=T("debt_statement", "K-2007", "Dragan Ilić", "900.00", "EUR", [], False,
            "Private lender with a scanned IOU (image-only PDF): the scan shows the original 1.500,00 and an "
            "old repayment date 31.12.2027 (no current deadline); the mail states what is still owed, "
            "'noch 900,- €', after 600 repaid; debtor first name in the body, 'Mehmet Yilmaz' + DOB only in the "
            "scan - K-2007; the question at the end does not make it an information request."))

add("hausmeister-diktiert-komma-punkt",
    "Hausmeisterdienst Theo Grabowski <theo.grabowski@hausmeister-grabowski.example>",
    "Rechnung Frau Meyer Ringstraße", "2028-09-05 13:14",
    """Sehr geehrte Damen und Herren Komma

ich schreibe Ihnen wegen Frau Karin Meyer aus der Ringstraße 8 in Köln Punkt bei der habe ich im
Juni die Dachrinne gereinigt und den Abfluss im Bad frei gemacht Punkt Die Rechnung Nummer
HG 2028 Strich 061 über 240,50 Euro ist bis heute nicht bezahlt Punkt

Neue Zeile bitte melden Sie sich bei mir ob das Geld noch kommt

Mit freundlichen Grüßen
Theo Grabowski

Diktiert mit Spracheingabe, bitte Fehler zu entschuldigen
Hausmeisterdienst Grabowski, Mobil 0172 440 6188
""",
    truth=T("debt_statement", "K-2002", "Hausmeisterdienst Grabowski", "240.50", "EUR",
            ["HG 2028 Strich 061"], False,
            "Voice dictation slips: 'Komma', 'Punkt', 'Neue Zeile' and the invoice number dictated as "
            "'HG 2028 Strich 061' (recorded exactly as written); debtor spelled 'Karin Meyer' but first name + "
            "Ringstraße 8 Köln identify Karin Meier (K-2002), not Klaus Meyer; mobile number not a reference."))

add("vermieter-sohn-leitet-weiter",
    "Jens Brinkmann <jens.brinkmann@online-postfach.example>",
    "WG: Nebenkosten Fischer Wohnung Schillerplatz", "2028-09-08 08:02",
    """Hallo,

mein Vater hat mich gebeten, Ihnen das weiterzuleiten, er kommt mit E-Mail nicht so klar.
Er ist der Vermieter, ich helfe nur. Rückfragen gern an mich.

Jens

---------- Weitergeleitete Nachricht ----------
Von: Ewald Brinkmann <ewald.brinkmann@online-postfach.example>
Datum: 6. September 2028 um 17:40
Betreff: Nebenkosten Fischer Wohnung Schillerplatz

Frau Fischer (Anna-Lena), Schillerplatz 2, Stuttgart, Mieterin seit 2022.

Betriebskostenabrechnung 2027 vom 15.05.2028, Mieternummer 3-07:
Kosten lt. Abrechnung     1.812,40
Vorauszahlungen          -1.200,00
Nachzahlung                 612,40 €

Die Nachzahlung ist nicht bezahlt worden. Es sind 612,40 Euro offen. Bitte kümmern Sie sich.

Ewald Brinkmann
""",
    truth=T("debt_statement", "K-2008", "Ewald Brinkmann", "612.40", "EUR", ["3-07"], False,
            "Forwarded by the landlord's son: the father owns the claim (the son only forwards); the forwarded "
            "statement is passed on as current; 1.812,40 and 1.200,00 are components; short tenant number '3-07' "
            "is the landlord's reference; client 'Frau Fischer (Anna-Lena)' + street - K-2008."))

add("nanny-hours-components-only-en",
    "Chloe Whitfield <chloe.whitfield@mailbox-uk.example>",
    "Nanny hours for the Smith family - summer", "2028-09-12 20:45",
    """Hi there,

John Smith (Baker Street 221, Berlin) told me to email you about what I'm owed for looking
after his kids over the summer. He said you're handling his money stuff now?

June: 42 hours @ €14
July: 30 hours @ €14
Travel (U-Bahn tickets): € 35,60

I haven't been paid for any of this yet. Could you let me know when I can expect it?
Thanks so much!!

Chloe (Chloe Whitfield, the nanny)
+49 1590 447 2091
Sent from my phone
""",
    charset="utf-8",
    truth=T("debt_statement", "K-2011", "Chloe Whitfield", None, None, [], True,
            "English nanny lists hours and travel costs but never states a total (no sum written): debt_amount "
            "null with review reason 'total not stated'; signature first name with the surname in brackets, "
            "phone number not a reference; client John Smith + street - K-2011."))

add("heizoel-nachbar-nichtmandant",
    "Rolf Dettmering <rolf.dettmering@heimnetz-mail.example>",
    "Heizöl Sammelbestellung - Anteil Kowalczyk", "2028-09-15 11:30",
    """Sehr geehrte Damen und Herren,

ich habe für unser Haus (Mühlenweg 8, Bochum) im Januar eine Sammelbestellung Heizöl vorgestreckt.
Ihr Mandant Herr Dieter Kowalczyk, geb. 02.05.1971, hat seinen Anteil bis heute nicht bezahlt.

Anteil Kowalczyk: 1.650 Liter von 4.800 Litern, Betrag EUR 1.336,50.

Ich bitte um Überweisung bis 30.09.2028. Sollte er nicht Ihr Mandant sein, bitte ich um kurze Nachricht.

Mit freundlichen Grüßen
Rolf Dettmering
""",
    truth=T("debt_statement", None, "Rolf Dettmering", "1336.50", "EUR", [], True,
            "Neighbour who advanced a shared heating-oil order: the debtor Dieter Kowalczyk is not a client "
            "(client null, review) although the mail calls him 'Ihr Mandant' and gives a DOB; litres are not "
            "money; 'EUR 1.336,50' is his share and the whole claim; no references; deadline 30.09.2028.", "2028-09-30"))

# ---- payment_plan_response (5) -------------------------------------------------------------------------------

add("zimmervermieterin-ok-raten-iphone",
    "Mechthild Sauerbrey <m.sauerbrey@rentnerpost.example>",
    "AW: Ratenzahlungsvorschlag für Herrn Lukas Becker - SB-2028-1422", "2028-09-18 07:21",
    """ok mit den 50 euro im monat bin ich einverstanden. aber bitte immer bis zum 3. vom monat
und wenn einmal nicht gezahlt wird will ich alles auf einmal

gruss M. Sauerbrey

""" + IPHONE + """

Am 15.09.2028 um 10:02 schrieb Kanzlei Berger & Roth Schuldnerberatung:
> Sehr geehrte Frau Mechthild Sauerbrey,
> wir vertreten Herrn Lukas Becker, geb. 14.02.1999, Uniweg 5, 69117 Heidelberg.
> Sie beziffern Ihre Forderung aus dem Zimmermietverhältnis auf 1.150,00 EUR.
> Unser Mandant bietet Ihnen monatliche Raten von 50,00 EUR an, beginnend am 01.10.2028.
> Mit freundlichen Grüßen
> Kanzlei Berger & Roth
""",
    truth=T("payment_plan_response", "K-2012", "Mechthild Sauerbrey", None, None, [], False,
            "Terse conditional acceptance typed on a phone on top of the firm's proposal; the only total "
            "(1.150,00) is the firm's quote of the earlier claim and 50,00 is the firm's own offer - the newest "
            "creditor message states no amount, so null; the firm's SB- number is not a reference; client only "
            "in the quoted letter - K-2012; 'bis zum 3.' is a recurring instalment day, not a deadline."))

add("nachhilfe-gegenangebot-80",
    "Sven Olbricht <sven.olbricht@lernpost.example>",
    "Nachhilfe Rechnung Strauss-Koehler / Ihr Vorschlag", "2028-09-19 19:50",
    """Hallo Frau Roth,

danke für Ihren Brief. 30 € im Monat ist mir ehrlich gesagt zu wenig, da bin ich ja zwei Jahre
dran. Es sind ja noch 560 € offen (Nachhilfe Latein für Jonas, Rechnungen NH-2028-04 bis NH-2028-07).

80 € im Monat würde ich machen, dann wär das in 7 Monaten durch. Wenn Herr Strauss-Koehler
das so hinkriegt passt es für mich.

Beste Grüße
Sven Olbricht
Nachhilfe & Lerncoaching, München-Haidhausen
""",
    truth=T("payment_plan_response", "K-2004", "Sven Olbricht", "560.00", "EUR", ["NH-2028-04", "NH-2028-07"],
            False,
            "Tutor's counter-offer (80 € instead of the firm's 30 €): the remaining '560 €' is the stated total; "
            "the firm's offer and the counter-offer are not debt amounts; invoice range 'NH-2028-04 bis "
            "NH-2028-07' gives two references as written; debtor transliterated 'Strauss-Koehler' - K-2004."))

add("anwalt-werkstatt-bedingte-zustimmung",
    "Rechtsanwalt Falk Udelhoven <udelhoven@ra-udelhoven.example>",
    "Autohaus Kramski / Petrowa - Ratenzahlung", "2028-09-22 10:15",
    """Rechtsanwalt Falk Udelhoven · Friedrichstraße 118 · 10117 Berlin
Tel. 030 4471 2280 · Steuernummer 37/447/12088

Mein Zeichen: 2028/0614-U

Sehr geehrte Damen und Herren,

für meine Mandantin, die Autohaus Kramski OHG, nehme ich Bezug auf Ihren Ratenzahlungsvorschlag
für Frau Olga Petrowa, geb. 27.05.1988, Leipziger Str. 40, Berlin.

Meine Mandantin ist mit monatlichen Raten von 75,00 EUR grundsätzlich einverstanden, unter der
Bedingung, dass die Raten per Dauerauftrag jeweils zum 1. eines Monats eingehen und bei einem
Rückstand von zwei Raten die gesamte Restforderung sofort fällig wird.

Die Restforderung aus der Werkstattrechnung WR-88412 beträgt derzeit 1.893,40 EUR.

Bitte bestätigen Sie die Bedingungen schriftlich.

Mit freundlichen Grüßen
Udelhoven
Rechtsanwalt
""",
    truth=T("payment_plan_response", "K-2010", "Autohaus Kramski OHG", "1893.40", "EUR",
            ["2028/0614-U", "WR-88412"], False,
            "Formal lawyer letter for a garage: conditional acceptance; the lawyer's file number and the "
            "garage's workshop invoice are references, Steuernummer and phone are not; creditor is the garage, "
            "not the lawyer; client written 'Petrowa' (transliteration of Petrova) + DOB - K-2010."))

add("barber-accepts-settlement-en",
    "Fade Street Barbers <marisol@fadestreet-barbers.example>",
    "Re: Tom's tab at the shop", "2028-09-26 14:40",
    """hey, ok I accept the 200 one-off instead of the full 385€ Tom owes me
BUT only if it's paid in September, otherwise I want the whole amount

Tom = Thomas Schulz, Gartenweg 3, he was a regular every week, cuts + beard, and
always said "next time". It's all in my book.

Marisol
Fade Street Barbers
Schanzenstr. 71, Hamburg - Tel 040 3344 7120
""",
    charset="utf-8",
    truth=T("payment_plan_response", "K-2006", "Fade Street Barbers", "385.00", "EUR", [], False,
            "Barber in English, lower case: conditional acceptance of the firm's one-off settlement; the 200 is "
            "the firm's offer, '385€' (euro sign after the digits, no decimals) is what she states is owed; "
            "debtor 'Tom', resolved in the next line to Thomas Schulz - K-2006, not Sabine; 'paid in "
            "September' is not a dated deadline."))

add("nachbar-koelsch-dat-jeiht-klar",
    "Hans-Jürgen Pützfeld <hj.puetzfeld@koeln-mail.example>",
    "Raten vum Karin", "2028-09-29 18:05",
    """Hallo zesamme,

dat jeiht klar met dä Rate vun 25 Euro em Mond. Et Karin vun dr Ringstroß 8 hätt mer jo
dä Ofen kaputt jemaat un dä Rest vun 350,-€ es immer noch nit do.

Wann et 25 sin, dann sin et 25, ävver jede Mond, söns jon ich zom Jeescht.

Schöne Jroß
Hans-Jürgen Pützfeld

Ps auf hochdeutsch: einverstanden mit 25 € monatlich, offen sind noch 350 €.
""",
    truth=T("payment_plan_response", "K-2002", "Hans-Jürgen Pützfeld", "350.00", "EUR", [], False,
            "Neighbour writing in Kölsch dialect, accepting the firm's 25 € instalments; the balance is "
            "'dä Rest vun 350,-€' (restated in the High-German PS); debtor 'Et Karin vun dr Ringstroß 8' - first "
            "name + street of Karin Meier (K-2002) in Cologne, not Klaus Meyer."))

# ---- rejection (3) -------------------------------------------------------------------------------------------

add("vermieterin-nein-keine-raten",
    "Waltraud Ebeling <waltraud.ebeling@duisburg-post.example>",
    "Keine Raten für Oeztuerk!!", "2028-10-02 09:10",
    """NEIN.

Ich will mein Geld komplett. Keine Raten, kein Vergleich, gar nichts. Frau Oeztuerk hat mir
sechs Monate lang Versprechungen gemacht. Es sind 2.150 € und die will ich haben.

Wenn nicht bezahlt wird geht das zum Gericht, das hab ich ihr auch schon gesagt.

W. Ebeling
(Waltraud Ebeling, Vermieterin Marktstr. 9)
""",
    truth=T("rejection", "K-2013", "Waltraud Ebeling", "2150.00", "EUR", [], False,
            "Landlady's flat refusal with no counter-offer; total '2.150 €' without decimals; debtor "
            "'Frau Oeztuerk' (Öztürk transliterated) + landlady of Marktstr. 9 - K-2013; threatened court action "
            "has no date."))

add("anwaelte-werkstatt-lehnen-ab",
    "Kessler & Dorn Rechtsanwälte <forderung@kessler-dorn.example>",
    "Kfz-Meisterbetrieb Wrona ./. Yilmaz - Az. 0412/28 KD", "2028-10-04 11:50",
    """Kessler & Dorn Rechtsanwälte PartG mbB
Am Wall 140 · 28195 Bremen · Tel. 0421 447 120 0 · PR 447 AG Bremen

Az. 0412/28 KD

Sehr geehrte Damen und Herren,

namens und in Vollmacht unseres Mandanten, Herrn Tomasz Wrona, Inhaber des
Kfz-Meisterbetriebs Wrona, teilen wir mit, dass der Vergleichsvorschlag vom 20.09.2028
(Einmalzahlung von 30 %) für Herrn Mehmet Yilmaz, geb. 08.03.1985, abgelehnt wird.

Ein Vergleich kommt nicht in Betracht. Die Forderung aus der Rechnung R-28-0577 beläuft sich
einschließlich Zinsen und Kosten auf 1.912,66 EUR. Wir erwarten den Ausgleich bis zum
21.10.2028; danach wird ohne weitere Ankündigung Klage erhoben.

Mit freundlichen Grüßen
Dorn
Rechtsanwältin
""",
    truth=T("rejection", "K-2007", "Tomasz Wrona", "1912.66", "EUR", ["0412/28 KD", "R-28-0577"], False,
            "Formal rejection by a law firm for a one-man garage: the owner Tomasz Wrona (not the lawyers, and "
            "the business name is his trading name) owns the claim; Partnerschaftsregister number and phone are "
            "not references; total 'beläuft sich ... auf 1.912,66 EUR'; deadline 21.10.2028.", "2028-10-21"))

add("blumenstand-kein-plan-nichtmandant",
    "Yvonne Matuschek <blumen.matuschek@marktpost.example>",
    "blaschke zahlungsplan", "2028-10-06 15:25",
    """nee also da mach ich nicht mit
der herr rüdiger blaschke hat bei mir 2 jahre lang blumen für sein restaurant geholt und nie
bezahlt und jetzt soll ich auf raten warten?? nein danke. ich will meine 780,00 euro oder ich
geh zum mahngericht
Yvonne Matuschek
blumenstand am wochenmarkt
""",
    truth=T("rejection", None, "Yvonne Matuschek", "780.00", "EUR", [], True,
            "Market flower stall, lower case, flat refusal of an instalment plan; the debtor Rüdiger Blaschke "
            "is not a client (client null, review); total '780,00 euro' inside a sentence."))

# ---- information_request (4) ---------------------------------------------------------------------------------

add("babysitterin-wer-sind-sie-vollmacht",
    "Merle Dahlhaus <merle.dahlhaus@schuelerpost.example>",
    "AW: Forderung gegen Frau Anna-Lena Fischer, Unser Zeichen SB-2028-1519", "2028-10-09 17:33",
    """hallo,

sorry aber woher weiß ich dass sie wirklich für die anna handeln? die hat mir nix davon gesagt.
können sie mir bitte die vollmacht schicken, also das unterschriebene, dann sag ich ihnen auch
was sie mir schuldet

merle
Merle Dahlhaus

> Sehr geehrte Frau Dahlhaus,
> wir vertreten Frau Anna-Lena Fischer, Schillerplatz 2, 70173 Stuttgart. Bitte teilen Sie uns
> die Höhe Ihrer Forderung mit.
> Kanzlei Berger & Roth
""",
    truth=T("information_request", "K-2008", "Merle Dahlhaus", None, None, [], False,
            "Babysitter asks for the signed power of attorney before naming any figure; debtor only 'die anna' "
            "in her text, the surname only in the quoted firm letter - K-2008; the firm's SB- number in the "
            "subject is not a reference; no amount."))

add("landlord-authority-first-en",
    "Idris Llewelyn <idris.llewelyn@llewelyn-lettings.example>",
    "Flat 3, Baker Street 221 - your letter re Mr J. Smith", "2028-10-11 09:00",
    """Dear Sir/Madam,

I'm the landlord of Mr J. Smith (Flat 3, Baker Street 221, 10115 Berlin). Before I discuss his
rent with anyone I need a signed letter of authority from him - please send a copy.

For your information, the arrears currently stand at €1,940.00 (rent July to October 2028,
tenancy ref. LL/BS221/03).

Regards,
Idris Llewelyn
Llewelyn Lettings · Tel +49 30 447 120 88 · USt-IdNr DE 447 120 993
""",
    charset="utf-8",
    truth=T("information_request", "K-2011", "Idris Llewelyn", "1940.00", "EUR", ["LL/BS221/03"], False,
            "English private landlord asks for a signed letter of authority first and also states the balance "
            "(English format '€1,940.00'); tenancy reference with slashes; USt-IdNr and phone not references; "
            "'Mr J. Smith' + Baker Street 221 - K-2011."))

add("klavierlehrerin-welche-frau-meyer",
    "Irina Sokolowa <irina.sokolowa@klavier-unterricht.example>",
    "Ihre Anfrage zu K. Meyer", "2028-10-13 12:10",
    """Guten Tag,

Sie schreiben mir wegen „K. Meyer, Köln“. Bei mir haben ein Herr Meyer und eine Frau Meier
Unterricht genommen (beide K., beide Köln, die Namen schreibe ich selbst immer durcheinander).

Bevor ich Ihnen sage, was offen ist: Können Sie mir bitte den vollständigen Vornamen und das
Geburtsdatum Ihres Mandanten bzw. Ihrer Mandantin schicken und die Vollmacht?

Mit freundlichen Grüßen
Irina Sokolowa
Klavierunterricht für Kinder und Erwachsene · Mobil 0163 7781 4471
""",
    truth=T("information_request", None, "Irina Sokolowa", None, None, [], True,
            "Piano teacher asks for the full first name, date of birth and power of attorney; 'K. Meyer, Köln' "
            "matches both Klaus Meyer (K-2001) and Karin Meier (K-2002) - ambiguous client match, client null, "
            "review; no amount, no reference; mobile number is not a reference."))

add("fahrschule-vollmacht-einkommen",
    "Fahrschule Zündfunke <buero@fahrschule-zuendfunke.example>",
    "Ratenanfrage Koch, Stefan (geb. 11.11.77)", "2028-10-16 16:45",
    """Hallo Kanzlei,

zu Ihrem Ratenvorschlag für Stefan Koch (geb. 11.11.77): Der Restbetrag aus dem Ausbildungsvertrag
Nr. FZ-5531 beträgt 1.120,00 EUR (Fahrstunden + Prüfungsgebühren, die wir vorgestreckt haben).

Bevor wir entscheiden, brauchen wir:
- eine Kopie der Vollmacht
- einen Einkommensnachweis von Herrn Koch (letzte 3 Gehaltsabrechnungen oder Bescheid)

Dann melden wir uns.

Gruß aus Mannheim
Dennis Aydemir
Fahrschule Zündfunke GmbH · HRB 71 4471 AG Mannheim · Tel. 0621 1299 4471
""",
    truth=T("information_request", "K-2015", "Fahrschule Zündfunke GmbH", "1120.00", "EUR", ["FZ-5531"], False,
            "Driving school asks for the power of attorney and income documents before deciding on the plan; "
            "it also states the balance (1.120,00 EUR); HRB and phone not references; client 'Stefan Koch' + "
            "DOB in two-digit-year form 11.11.77 - K-2015."))

# ---- other (2) -----------------------------------------------------------------------------------------------

add("nachbarin-hat-sich-erledigt",
    "Birgül Kaplan <birguel.kaplan@dortmund-mail.example>",
    "hat sich erledigt (Aylin)", "2028-10-18 20:20",
    """Hallo,

nur zur Info, das mit dem Geld von der Aylin Celik hat sich erledigt. Sie hat mir gestern
alles bar gegeben, die 200 € vom Umzug. Also nix mehr offen bei mir.

Sie brauchen mich nicht mehr auf Ihre Liste zu setzen.

LG Birgül
Birgül Kaplan, Bahnhofstr. 12 (Nachbarin)
""",
    truth=T("other", "K-2003", "Birgül Kaplan", "0.00", "EUR", [], False,
            "Neighbour reports the loan paid in cash, 'nix mehr offen': nothing owed - 0.00; the 200 € is the "
            "settled former amount, not a balance; intent other (closing note); client 'Aylin Celik' - K-2003."))

add("friseurin-abtretung-an-bruder",
    "Nicole Stapelfeldt <nicole.stapelfeldt@haarwerk-post.example>",
    "Forderung Hoffmann geht an meinen Bruder", "2028-10-20 10:40",
    """Guten Tag,

ich gebe mein Friseurgeschäft in Erfurt zum Monatsende auf. Die offene Forderung gegen meine
frühere Kundin Maria Hoffmann (geb. 03.03.1962) aus Rechnung NS-2028-211 über 415,- € habe ich
mit Vertrag vom 15.10.2028 an meinen Bruder abgetreten:

Marco Stapelfeldt, Gothaer Platz 4, 99094 Erfurt, marco.stapelfeldt@haarwerk-post.example

Bitte wenden Sie sich ab jetzt nur noch an ihn, Zahlungen bitte nur noch an ihn.

Mit freundlichen Grüßen
Nicole Stapelfeldt
""",
    truth=T("other", "K-2014", "Marco Stapelfeldt", "415.00", "EUR", ["NS-2028-211"], False,
            "Informal assignment notice from a hairdresser closing her shop: intent other; the brother as new "
            "owner is the creditor; the balance stated by the previous owner ('415,- €') counts; her invoice "
            "number stays a reference; client by name + DOB - K-2014."))

# ---- auto_reply (3) ------------------------------------------------------------------------------------------

add("privat-urlaub-malle-autoreply",
    "Horst Wendeburg <h.wendeburg@posteo-mail.example>",
    "Automatische Antwort: Mietrückstand Meyer - Ihr Schreiben vom 02.09.2028", "2028-09-03 06:00",
    """Bin bis 20.09. auf Malle und les keine Mails :-)

Wegen der Wohnung Lindenstr. 4 bitte erst danach wieder melden, es sind immer noch 1.280,-€ offen
aber das klären wir dann.

Dies ist eine automatische Antwort von Posteo-Mail.
""",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    truth=AUTO("Private landlord's holiday auto-reply in casual wording (headers Auto-Submitted/X-Autoreply and "
               "text calling itself automatic) that mentions a figure and the debtor's street: an auto-reply, "
               "all fields null."))

add("webmail-abwesend-ohne-header",
    "Sven Olbricht <sven.olbricht@lernpost.example>",
    "Abwesend: Nachhilfe Strauss-Koehler - Rückfrage", "2028-10-07 12:00",
    """Hallo!

Ich bin bis 14.10. mit einer Schulklasse auf Klassenfahrt und habe kaum Netz.
Deine/Ihre Mail wird danach beantwortet. In dringenden Fällen: 0176 2240 4471 (nur SMS).

Das ist eine automatisch erzeugte Abwesenheitsnachricht.
Sven
""",
    truth=AUTO("Out-of-office of the tutor (same sender as a counter-offer in this batch) without any "
               "auto-reply header - recognisable only by 'Abwesend:' and the text calling itself automatic; "
               "phone number is not a reference; all fields null."))

add("barber-away-auto-reply-en",
    "Fade Street Barbers <marisol@fadestreet-barbers.example>",
    "Auto: Re: Tom's tab at the shop - your confirmation", "2028-09-30 09:30",
    """hey! shop's closed till 7 October, I'm visiting family in Porto.
this is an automatic reply - I'll get back to you when I'm back.
bookings: book.fadestreet-barbers.example (booking code not needed)

Marisol
""",
    headers={"Precedence": "auto_reply", "X-Autoreply": "yes"},
    truth=AUTO("Informal English holiday auto-reply from the barber (Precedence/X-Autoreply headers, text "
               "says 'automatic reply'); all fields null."))


# --------------------------------------------------------------------------------------------------------------
# --check
# --------------------------------------------------------------------------------------------------------------

WORDS = {"300.00": ["dreihundert Euro"]}
ODD_SIGNS = ("{de} €", "{de}€", "€ {de}", "€{de}", "EUR{n}", "EUR {de}", "{de} euro", "{de} Euro", "{n}€",
             "{n} €", "{n} euro")


def amount_forms(amount: str) -> list[str]:
    """spaced_amount_forms plus whole amounts with the euro sign or word in odd places ('EUR180', '2.150 €',
    '385€') and a few amounts written in words."""
    forms = spaced_amount_forms(amount) + WORDS.get(amount, [])
    units, cents = amount.split(".")
    if cents == "00":
        n = int(units)
        de = f"{n:,}".replace(",", ".")
        forms += [form.format(n=n, de=de) for form in ODD_SIGNS]
    return forms


MIN_INTENTS = {"debt_statement": 12, "payment_plan_response": 4, "rejection": 3, "information_request": 3,
               "auto_reply": 3, "other": 2}
EARLIER = tuple(sorted(p.name for p in HERE.glob("dev*") if p.is_dir() and p.name != "dev49"))


if __name__ == "__main__":
    sys.exit(BATCH.main(sys.argv[1:],
                        earlier=EARLIER,
                        min_intents=MIN_INTENTS,
                        min_kinds={"text_pdf": 1, "image_pdf": 1, "html_only": 1},
                        amount_forms=amount_forms,
                        nothing_owed=NOTHING_OWED + ("nix mehr offen",)))
