#!/usr/bin/env python3
"""Deterministic generator of the 24th dev batch (tests/agents_data/dev24/): 30 creditor emails + truth files.

Written without reading the rules engine (only CONVENTIONS.md, the client list and the builder API of
build_dev.py / batch.py / build_dev7.py). Theme: public-benefit and court repayment claims, German and English -
a Jobcenter / Arbeitsagentur repayment (Erstattungsbescheid) collected by the Federal Employment Agency's central
debt-recovery service, Familienkasse child-benefit repayments, a federal student-loan (BAföG) office, Unterhalts-
vorschuss recovery by youth welfare offices, court costs from a Landesjustizkasse / Gerichtskasse (Kostenrechnung),
bailiff (Gerichtsvollzieher) cost notices and a Vermögensauskunft summons, a UK tax credit overpayment and a UK
magistrates' court fine. Formal authority letters carry many file numbers (Aktenzeichen, BG-Nummer, Kassenzeichen,
Kundennummer, Vertragsgegenstandsnummer, Betriebsnummer, Gläubiger-ID, Steuernummer ...) of which only some are
references of the claim; instalment approvals come with conditions; deferment (Stundung) requests are refused.
Also: text-PDF tables, image-only scans, HTML-only letters, quoted reply threads with older figures, a forwarded
chain, components without a stated total, non-clients and auto-replies. All authorities' places, offices, people
and numbers are invented; all domains are `.example`.

Every truth dict also labels `payment_deadline` (ISO date when the mail plainly sets one, else null).

    /tmp/gen-venv/bin/python tests/agents_data/build_dev24.py          # (re)write dev24/
    /tmp/gen-venv/bin/python tests/agents_data/build_dev24.py --check  # verify dev24/ against the specs

No randomness: fixed dates, Message-IDs, MIME boundaries (Batch("dev24", 2400)) and PDF creation dates.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_dev as bd  # noqa: E402
from batch import Batch  # noqa: E402

text_pdf, image_pdf = bd.text_pdf, bd.image_pdf

BATCH = Batch("dev24", 2400)
MESSAGES, add = BATCH.messages, BATCH.add


def T(intent, client_id, creditor, amount, currency, refs, review, notes, deadline=None):
    """build_dev.T plus the payment_deadline label (ISO date or None)."""
    return {**bd.T(intent, client_id, creditor, amount, currency, refs, review, notes), "payment_deadline": deadline}


def AUTO(notes):
    return {**bd.AUTO(notes), "payment_deadline": None}


# ---- debt_statement (14) -------------------------------------------------------------------------------------

add("ba-inkasso-jobcenter-erstattung-many-numbers",
    "Inkasso-Service Regionalstelle Hallstedt <regionalstelle.hallstedt@ba-forderungseinzug.example>",
    "Zahlungsaufforderung – Vertragsgegenstandsnummer 8831D00471122", "2028-03-06 09:12",
    """Bundesagentur für Arbeit
Inkasso-Service – Regionalstelle Hallstedt
Postfach 44 71, 39911 Hallstedt

Ihr Zeichen: SB-2028-0233          Unser Zeichen: IS-HAL 7 - 4471/28
Vertragsgegenstandsnummer: 8831D00471122
BG-Nummer des Jobcenters: 38204//0047112
Betriebsnummer der Dienststelle: 44712093

Sehr geehrte Damen und Herren,

wir ziehen im Auftrag der Gläubigerin, Jobcenter Hallstedt-Land, die Forderung aus dem
Aufhebungs- und Erstattungsbescheid vom 14.11.2027 gegen Ihre Mandantin ein:

Schuldnerin: Petrowa, Olga (geb. 27.05.1988), zuletzt wohnhaft Leipziger Str. 40, Berlin

Erstattungsbetrag Bürgergeld 06/2027 - 09/2027     1.412,00 EUR
Mahngebühr                                           7,20 EUR
Säumniszuschläge                                    67,00 EUR
Gesamtforderung                                   1.486,20 EUR

Bitte überweisen Sie den Betrag bis zum 27.03.2028 unter Angabe der
Vertragsgegenstandsnummer als Verwendungszweck. Eine ältere Forderung (VGN 8831D00399017) ist
bereits vollständig getilgt und hier nicht mehr enthalten.

Mit freundlichen Grüßen
Im Auftrag
K. Brandstetter
Servicetelefon 0800 4 471209 · Fax 03941 4471-99
IBAN DE71 7600 0000 0044 7120 93 · BIC MARKDEF1760
Gläubiger-ID DE44ZZZ00000447120
""",
    truth=T("debt_statement", "K-2010", "Jobcenter Hallstedt-Land", "1486.20", "EUR",
            ["IS-HAL 7 - 4471/28", "8831D00471122", "38204//0047112"], False,
            "Central debt-recovery service collects for a Jobcenter (the Jobcenter owns the claim). Letterhead full of "
            "numbers: the service's Zeichen, the 13-character Vertragsgegenstandsnummer and the Jobcenter's BG-Nummer "
            "are references; the Betriebsnummer, IBAN/BIC, Gläubiger-ID, phone and the firm's SB-… are not, nor is "
            "the VGN of an older, already settled claim. Total 'Gesamtforderung' vs components; client by "
            "transliteration 'Petrowa' + DOB.", "2028-03-27"))

add("familienkasse-kindergeld-pdf-table",
    "Familienkasse Nordheide-Weser <familienkasse.nordheide-weser@familienkasse-nw.example>",
    "Rückforderung Kindergeld – Ihre Anfrage vom 21.02.2028", "2028-03-07 10:40",
    """Sehr geehrte Damen und Herren,

auf Ihre Anfrage für Frau Fatma Öztürk übersenden wir die Forderungsaufstellung zur
Kindergeldrückforderung als PDF. Die Aufhebung betrifft den Zeitraum, in dem das Kind
seine Ausbildung abgebrochen hatte.

Wir weisen darauf hin, dass ein Einspruch die Zahlungsfrist nicht hemmt.

Mit freundlichen Grüßen
Ihre Familienkasse Nordheide-Weser
Telefon 0800 4 5555 30 (gebührenfrei)
""",
    pdfs=[text_pdf("Forderungsaufstellung_Kindergeld.pdf", "Familienkasse Nordheide-Weser - Forderungsaufstellung",
                   ["Kindergeldnummer: 115FK204471          Datum: 07.03.2028",
                    "Kindergeldberechtigte: Oeztuerk, Fatma, geb. 08.08.1980, Marktstr. 9, 47051 Duisburg",
                    "Kind: Emre, geb. 02.05.2007 - Zeitraum der Aufhebung 08/2026 bis 01/2027", ""],
                   table=[("Ueberzahltes Kindergeld 08/2026 - 01/2027", "1.530,00 EUR"),
                          ("Verrechnet mit laufendem Kindergeld 02/2027", "-255,00 EUR"),
                          ("Saeumniszuschlaege", "38,00 EUR"),
                          ("Offener Gesamtbetrag", "1.313,00 EUR")],
                   after=["Zahlbar bis 14.04.2028 unter Angabe der Kindergeldnummer.",
                          "Steuernummer der Familienkasse: 22/447/12093"])],
    truth=T("debt_statement", "K-2013", "Familienkasse Nordheide-Weser", "1313.00", "EUR", ["115FK204471"], False,
            "Figures only in a text-PDF table: overpayment, an offset line and surcharges; total 'Offener "
            "Gesamtbetrag'. Kindergeldnummer is the reference; the family office's Steuernummer is not. The PDF "
            "carries the child's DOB (02.05.2007) next to the client's; client by 'Oeztuerk, Fatma' + DOB. Deadline "
            "in the PDF only.", "2028-04-14"))

add("bafoeg-darlehen-html-faelligstellung",
    "Bundesstelle für Ausbildungsdarlehen <darlehensverwaltung@bundesstelle-ausbildungsdarlehen.example>",
    "Kündigung und Fälligstellung Ihres Ausbildungsdarlehens", "2028-03-08 08:05",
    None,
    html="""<html><body style="font-family:Verdana;font-size:10pt">
<p><b>Bundesstelle für Ausbildungsdarlehen</b><br>Referat D 4 – Darlehensverwaltung<br>Kolonnenstr. 88<br>
50733 Köln-Nord<br>Tel. 0221 4471-2090</p>
<p><b>Geschäftszeichen:</b> BD 4471209-03<br>
<b>Förderungsnummer (Amt für Ausbildungsförderung Heidelberg):</b> 221/204471/17<br>
<b>Darlehensnehmer:</b> Herr Lukas Becker, geb. 14.02.1999</p>
<p>Sehr geehrte Damen und Herren,</p>
<p>Ihr Mandant ist mit mehr als zwei Quartalsraten im Rückstand. Die gesamte Darlehensrestschuld wird
daher zur sofortigen Rückzahlung fällig gestellt.</p>
<table border="1" cellpadding="3">
<tr><td>Darlehensrestschuld</td><td align="right">5.640,00 €</td></tr>
<tr><td>Rückstandszinsen (6 % p.a.)</td><td align="right">190,35 €</td></tr>
<tr><td>Kostenpauschale Anschriftenermittlung</td><td align="right">32,00 €</td></tr>
<tr><td><b>zu zahlender Gesamtbetrag</b></td><td align="right"><b>5.862,35 €</b></td></tr>
</table>
<p>Bitte zahlen Sie den Gesamtbetrag bis spätestens 30.04.2028. Einen Antrag auf Freistellung
können Sie mit dem beigefügten Formblatt stellen.</p>
<p>Mit freundlichen Grüßen<br>Im Auftrag<br>Wendeling</p>
</body></html>""",
    html_only=True,
    truth=T("debt_statement", "K-2012", "Bundesstelle für Ausbildungsdarlehen", "5862.35", "EUR",
            ["BD 4471209-03", "221/204471/17"], False,
            "HTML-only with <br> letterhead and bold labels; federal student-loan office calls in the whole loan "
            "after arrears; total in a bold table cell vs three components; the Geschäftszeichen and the "
            "funding office's Förderungsnummer of the same loan are references; phone/postcode are not.",
            "2028-04-30"))

add("landesjustizkasse-kostenrechnung-scan",
    "Landesjustizkasse Hohenwald <poststelle@ljk-hohenwald.example>",
    "Kostenrechnung – Kopie auf Anforderung", "2028-03-09 13:20",
    """Sehr geehrte Damen und Herren,

wie telefonisch besprochen erhalten Sie anbei eine Kopie der Kostenrechnung Ihres Mandanten
als Scan. Der Betrag ist bislang nicht eingegangen.

Mit freundlichen Grüßen
Landesjustizkasse Hohenwald
Sachgebiet Gerichtskosten, Zi. 214
""",
    pdfs=[image_pdf("Kostenrechnung_Scan.pdf",
                    ["LANDESJUSTIZKASSE HOHENWALD",
                     "Kostenrechnung (Gerichtskosten) - Zahlungsaufforderung",
                     "",
                     "Kassenzeichen:  7 1120 4471 2208",
                     "Amtsgericht Mannheim, Az. 12 C 447/27",
                     "Kostenschuldner: Herrn Stefan Koch",
                     "  Neckarstr. 7, 68159 Mannheim",
                     "",
                     "3,0 Verfahrensgebuehr KV 1210 (Streitwert 4.200,00)   438,00",
                     "Zustellungsauslagen KV 9002                           10,50",
                     "-----------------------------------------------------------",
                     "Zu zahlender Betrag                              448,50 EUR",
                     "",
                     "Zahlbar innerhalb von zwei Wochen nach Zugang.",
                     "IBAN DE09 6005 0101 7447 1208 55  BIC SOLADEST600",
                     "Blatt 1 von 2"])],
    truth=T("debt_statement", "K-2015", "Landesjustizkasse Hohenwald", "448.50", "EUR",
            ["7 1120 4471 2208", "12 C 447/27"], False,
            "Image-only scan of a court-cost Kostenrechnung: Kassenzeichen and the court's Aktenzeichen are the "
            "claim's numbers; Streitwert 4.200,00 and the fee lines are not the total; IBAN/BIC, 'Blatt 1 von 2' "
            "and 'Zi. 214' are not references. 'within two weeks of receipt' is no plain date: deadline null. "
            "Client only in the scan by name + address."))

add("gerichtsvollzieherin-ladung-vermoegensauskunft-pdf",
    "Obergerichtsvollzieherin Lindqvist <gv.lindqvist@gv-erfurt-mitte.example>",
    "Ladung zur Abgabe der Vermögensauskunft – DR II 447/28", "2028-03-10 11:00",
    """Sehr geehrte Damen und Herren,

in der Zwangsvollstreckungssache

Waldkauz Versandhandel GmbH ./. Hoffmann, Maria, geb. 03.03.1962

habe ich Ihre Mandantin zur Abgabe der Vermögensauskunft auf Donnerstag, den 13.04.2028,
10:30 Uhr in mein Geschäftszimmer (Domplatz 12, 99084 Erfurt, Zimmer 3) geladen. Die Ladung
und die Forderungsaufstellung der Gläubigerin füge ich als PDF bei.

Ein Versuch der gütlichen Erledigung (§ 802b ZPO) ist möglich; die Gläubigerin ist mit
Teilzahlungen grundsätzlich einverstanden.

Mit freundlichen Grüßen
Lindqvist, Obergerichtsvollzieherin
Sprechzeiten Di 8-10 Uhr · Tel. 0361 4471 209 · Dienstkonto IBAN DE33 8205 0000 0004 4712 09
""",
    pdfs=[text_pdf("Forderungsaufstellung_DR_II_447-28.pdf", "Forderungsaufstellung zum Vollstreckungsauftrag",
                   ["Gerichtsvollzieherin Lindqvist - DR II 447/28",
                    "Titel: Vollstreckungsbescheid AG Hagen, Az. 28-4471209-0-3",
                    "Glaeubigerin: Waldkauz Versandhandel GmbH, Kundennummer WKV-204471", ""],
                   table=[("Hauptforderung", "1.389,90 EUR"),
                          ("Zinsen bis 10.03.2028", "118,47 EUR"),
                          ("Kosten des Mahnverfahrens", "144,50 EUR"),
                          ("Bisherige Vollstreckungskosten", "80,21 EUR"),
                          ("Kosten dieses Auftrags (GvKostG)", "68,25 EUR"),
                          ("Gesamtbetrag", "1.801,33 EUR")],
                   after=["Termin zur Abgabe der Vermoegensauskunft: 13.04.2028, 10:30 Uhr"])],
    truth=T("debt_statement", "K-2014", "Waldkauz Versandhandel GmbH", "1801.33", "EUR",
            ["DR II 447/28", "28-4471209-0-3", "WKV-204471"], False,
            "Bailiff's Vermögensauskunft summons with the creditor's claim statement in a text PDF: the creditor "
            "is the enforcing Gläubigerin, not the bailiff; bailiff's DR number, the Vollstreckungsbescheid file "
            "number and the creditor's customer number all count; the appointment date 13.04.2028 is not a "
            "payment deadline (null); Dienstkonto IBAN and phone are not references.", None))

add("dwp-transferred-tax-credits-notice-to-pay-en",
    "DWP Debt Management <tc.transfers@dwp-debtmanagement.example>",
    "Tax credits overpayment - notice to pay", "2028-03-13 08:45",
    """Dear Sir or Madam

TAX CREDITS OVERPAYMENT - NOTICE TO PAY

DWP Debt Management reference: DM-4471-20938-K
Former HMRC overpayment reference: 12-044712-9031TC
Claimant: Mr John Smith, date of birth 10 October 1975
Award period(s): 6 April 2025 to 5 April 2026 and 6 April 2026 to 5 April 2027

HMRC has transferred this tax credits debt to the Department for Work and Pensions, which now
collects it. Your client no longer receives Universal Credit, so it must be paid to us directly.

2025-26 overpayment          GBP 1,102.40
2026-27 overpayment          GBP   743.72
Amount you owe now           GBP 1,846.12

Please pay the full amount by 2 May 2028, or contact us before then if your client cannot
afford to pay in full - we can agree payments over a longer period.

Yours faithfully
DWP Debt Management, Department for Work and Pensions
Helpline 0800 916 4471 | Textphone 0800 916 4472
""",
    charset="us-ascii", cte="7bit",
    truth=T("debt_statement", "K-2011", "Department for Work and Pensions", "1846.12", "GBP",
            ["DM-4471-20938-K", "12-044712-9031TC"], False,
            "UK tax credit overpayment transferred from HMRC to DWP: DWP now owns/collects it (the transfer "
            "is stated), the former HMRC reference still counts next to DWP's; two per-year overpayments and "
            "'Amount you owe now'; award periods look like numbers; helplines are not references; client by "
            "name + DOB in words.",
            "2028-05-02"))

add("magistrates-fine-further-steps-thread-en",
    "Northbrook Magistrates' Court Fines Office <fines.northbrook@hmcts-fines.example>",
    "RE: Mr Mehmet Yilmaz - fine account balance", "2028-03-14 14:30",
    """Good afternoon,

Thank you for your letter. The account is now in default and a further steps notice has been
issued. After the part payment of GBP 100.00 received on 2 March, the total balance outstanding
on account 44/0471209/28 is GBP 393.00. Please ensure this is paid by 12 April 2028,
otherwise the account may be passed to an enforcement agent with a warrant of control.

Regards
D. Okafor, Fines Officer
Northbrook Magistrates' Court, Fines Office | 0300 790 4471

> From: Northbrook Magistrates' Court Fines Office
> Sent: 12 January 2028
> Subject: Notice of fine and collection order
>
> Case no. NB-28-004471 - Defendant: Mehmet Yilmaz, DOB 08/03/1985
> Fine GBP 320.00 / Victim surcharge GBP 88.00 / Prosecution costs GBP 85.00
> Total sum due GBP 493.00
""",
    charset="us-ascii", cte="7bit",
    truth=T("debt_statement", "K-2007", "Northbrook Magistrates' Court", "393.00", "GBP",
            ["44/0471209/28", "NB-28-004471"], False,
            "Reply thread: the newest message's balance 393.00 (after a 100.00 part payment) wins over the quoted "
            "'Total sum due 493.00'; fine account number in running text, the case number only in the quoted "
            "collection order (both count); components fine/surcharge/costs; Yilmaz with DOB only in the quote.",
            "2028-04-12"))

add("jugendamt-unterhaltsvorschuss-rueckgriff",
    "Landkreis Ebersmoor Jugendamt <uvg@ebersmoor-jugendamt.example>",
    "Unterhaltsvorschuss – übergegangene Unterhaltsansprüche, Az. 51.3-UV 0447/25", "2028-03-15 09:30",
    """Landkreis Ebersmoor
Jugendamt – Unterhaltsvorschusskasse
Aktenzeichen: 51.3-UV 0447/25          Kassenzeichen: 5.1100.204471.8

Sehr geehrte Damen und Herren,

für das Kind Mia Schulz, geb. 11.06.2019, wurden von 01.2026 bis 02.2028 Leistungen nach dem
Unterhaltsvorschussgesetz erbracht. In dieser Höhe sind die Unterhaltsansprüche des Kindes
gegen Ihren Mandanten, Herrn Thomas Schulz (geb. 22.01.1969), auf das Land übergegangen und
werden vom Landkreis Ebersmoor geltend gemacht.

Rückständiger Betrag insgesamt: 3.174,00 EUR

Wir bitten um Zahlung bis zum 15.05.2028. Sollte Ihr Mandant nicht leistungsfähig sein, legen
Sie bitte Nachweise über Einkommen und Ausgaben vor.

Mit freundlichen Grüßen
Im Auftrag
R. Theissen
Landkreis Ebersmoor · Steuernummer 31/447/01209 · Gläubiger-ID DE12ZZZ00000204471
Tel. 04761 447-512
""",
    truth=T("debt_statement", "K-2006", "Landkreis Ebersmoor", "3174.00", "EUR",
            ["51.3-UV 0447/25", "5.1100.204471.8"], False,
            "Unterhaltsvorschuss recourse: the district collects (claims passed to the Land, asserted by the "
            "district in its own name). Two numbers share one letterhead line; the child's DOB 11.06.2019 stands "
            "near the client's; Thomas (not Sabine) Schulz by first name + DOB; the offer to prove inability "
            "doesn't make it an information request; Steuernummer/Gläubiger-ID/phone not references.",
            "2028-05-15"))

add("jobcenter-forwards-inkasso-statement",
    "Jobcenter Rennstieg-Kreis Team 412 <jobcenter-rennstieg.team412@jobcenter-rk.example>",
    "WG: Forderungsaufstellung Celik, Aylin", "2028-03-16 15:05",
    """Sehr geehrte Damen und Herren,

die Forderungen werden nicht mehr bei uns, sondern beim Inkasso-Service bearbeitet. Ich leite
Ihnen die heutige Aufstellung von dort weiter, das ist der aktuelle Stand. Fragen bitte direkt
an den Inkasso-Service.

Gruß
M. Gerlach
Jobcenter Rennstieg-Kreis, Team 412 – Leistungsgewährung
Kundenportal-PIN-Hotline 0800 4471 555

-------- Weitergeleitete Nachricht --------
Von: Inkasso-Service Regionalstelle Hallstedt
Datum: 16.03.2028 11:02
Betreff: Forderungsaufstellung

Vertragsgegenstandsnummer 7712D04471209 (BG-Nr. 36201//0044712)
Schuldnerin: Frau Aylin Celik, geb. 03.11.1990
Erstattungsforderung aus Bescheid vom 02.10.2027: 824,60 EUR
abzgl. Aufrechnung 11/2027 - 01/2028: 150,00 EUR
Noch offen insgesamt: 674,60 EUR
""",
    truth=T("debt_statement", "K-2003", "Jobcenter Rennstieg-Kreis", "674.60", "EUR",
            ["7712D04471209", "36201//0044712"], False,
            "Forwarded chain: the Jobcenter (owner) passes on the debt-recovery service's current statement; "
            "amount and numbers only in the forwarded part; 824,60 is the original claim, 150,00 an offset, "
            "'Noch offen insgesamt' the total; Team 412 and the hotline are not references; 'Celik' = Çelik + DOB.",
            None))

add("gerichtskasse-html-two-kassenzeichen",
    "Gerichtskasse Lindenau <gerichtskasse@justiz-lindenau.example>",
    "Zahlungserinnerung Gerichtskosten Strauss-Koehler", "2028-03-20 10:10",
    None,
    html="""<html><body>
<p>Gerichtskasse Lindenau<br>– Vollstreckungsstelle –<br>Justizzentrum, Am Wall 3<br>80333 München</p>
<p>Sehr geehrte Damen und Herren,</p>
<p>zu Ihrem Mandanten <b>Jürgen Strauss-Koehler</b>, geb. 28.02.1965, sind bei uns zwei Vorgänge erfasst:</p>
<table border="1" cellpadding="4">
<tr><th>Kassenzeichen</th><th>Verfahren</th><th>Stand</th></tr>
<tr><td>K-2201-447120-5</td><td>LG München I, 4 O 1182/26 – Schlusskostenrechnung</td><td>offen: 1.127,50 EUR</td></tr>
<tr><td>K-2201-390044-1</td><td>AG München, 231 C 90/25</td><td>ausgeglichen am 04.01.2027</td></tr>
</table>
<p>Die Gerichtskosten aus der Schlusskostenrechnung vom 11.12.2027 sind trotz Fälligkeit
nicht bezahlt. Offener Gesamtbetrag: <b>1.127,50 EUR</b>. Ohne Zahlung bis zum 05.04.2028 wird die
Beitreibung nach dem Justizbeitreibungsgesetz eingeleitet.</p>
<p>Mit freundlichen Grüßen<br>Gerichtskasse Lindenau<br>USt-befreit · Dienststellennummer 0447</p>
</body></html>""",
    html_only=True,
    truth=T("debt_statement", "K-2004", "Gerichtskasse Lindenau", "1127.50", "EUR",
            ["K-2201-447120-5", "4 O 1182/26"], False,
            "HTML-only table with two Kassenzeichen: only the open one (and its court file number) belongs to "
            "this claim; the second, settled proceeding's numbers are not references of it. Dienststellennummer "
            "not a reference. Client as 'Strauss-Koehler' (ß/ö transliterated) + DOB.", "2028-04-05"))

add("familienkasse-mahnung-components-only",
    "Familienkasse Nordheide-Weser Erhebung <erhebung@familienkasse-nw.example>",
    "Mahnung – Kindergeldnummer 115FK330918", "2028-03-21 08:30",
    """Sehr geehrte Damen und Herren,

für Ihre Mandantin S. Schulz, geb. 15.06.1971, ist die Rückforderung aus dem
Aufhebungsbescheid vom 09.10.2027 weiterhin offen.

  zurückgefordertes Kindergeld (11/2026 - 04/2027)    1.530,00 EUR
  Säumniszuschläge (§ 240 AO) bis 20.03.2028             45,00 EUR
  Mahngebühr                                              5,00 EUR

Bitte veranlassen Sie die Zahlung oder stellen Sie einen begründeten Antrag auf Stundung.
Bei Zahlungen bitte immer die Kindergeldnummer 115FK330918 angeben.

Mit freundlichen Grüßen
Familienkasse Nordheide-Weser – Erhebungsstelle
""",
    truth=T("debt_statement", "K-2005", "Familienkasse Nordheide-Weser", None, None, ["115FK330918"], True,
            "Dunning letter listing three components but no stated total (null, review 'total not stated'); "
            "'S. Schulz' + DOB 15.06.1971 = Sabine, not Thomas; Kindergeldnummer in subject and body; no date "
            "to pay by (the 20.03.2028 is the surcharge cut-off)."))

add("arbeitsagentur-erstattungsbescheid-scan",
    "Agentur für Arbeit Kellerwald <kellerwald.leistung@arbeitsagentur-kw.example>",
    "Ihr Schreiben – Erstattungsbescheid Arbeitslosengeld (Kopie)", "2028-03-22 12:15",
    """Sehr geehrte Damen und Herren,

anbei wie erbeten eine Kopie des Aufhebungs- und Erstattungsbescheids. Der Betrag ist noch
in voller Höhe offen. Für Ratenzahlungen ist der Inkasso-Service zuständig.

Freundliche Grüße
Ihre Agentur für Arbeit Kellerwald
""",
    pdfs=[image_pdf("Erstattungsbescheid_Kopie.pdf",
                    ["Agentur fuer Arbeit Kellerwald",
                     "Aufhebungs- und Erstattungsbescheid vom 18.12.2027",
                     "",
                     "Kundennummer: 812A447120",
                     "Vertragsgegenstandsnummer: 4419D20447120",
                     "Herrn Wagner, Peter  *19.07.1958",
                     "Kirchgasse 11, 65183 Wiesbaden",
                     "",
                     "Arbeitslosengeld 01.07.2027 - 30.09.2027   1.804,50",
                     "Beitraege Kranken-/Pflegevers.               260,40",
                     "Zu erstattender Betrag                   2.064,90 EUR",
                     "",
                     "Der Betrag ist bis 21.01.2028 zu zahlen.",
                     "Betriebsnummer 44710209 - Seite 1/3"])],
    truth=T("debt_statement", "K-2009", "Agentur für Arbeit Kellerwald", "2064.90", "EUR",
            ["812A447120", "4419D20447120"], False,
            "Image-only scan of an unemployment-benefit repayment decision: Kundennummer and VGN are references, "
            "the Betriebsnummer and 'Seite 1/3' are not; total 'Zu erstattender Betrag' vs two components; "
            "client 'Wagner, Peter *19.07.1958'. The scan's payment date 21.01.2028 lies before the mail and is "
            "still the only date the creditor set.", "2028-01-21"))

add("landesjustizkasse-nonclient-kosten",
    "Landesjustizkasse Hohenwald Beitreibung <beitreibung@ljk-hohenwald.example>",
    "Beitreibung Gerichtskosten – Kassenzeichen 7 1120 5530 1917", "2028-03-23 09:50",
    """Sehr geehrte Damen und Herren,

Sie haben uns mitgeteilt, dass Sie Herrn Dieter Krausnick, geb. 30.01.1970, vertreten.
Aus der Kostenrechnung zum Verfahren LG Mannheim 9 O 204/26 ist noch offen:

Gesamtbetrag 2.318,00 EUR (Gerichtsgebühren 2.271,00 EUR, Auslagen 47,00 EUR)

Zahlungen bitte unter dem Kassenzeichen 7 1120 5530 1917 bis 14.04.2028. Danach werden
Vollstreckungsmaßnahmen nach der JBeitrG eingeleitet.

Mit freundlichen Grüßen
Landesjustizkasse Hohenwald – Beitreibungsstelle
""",
    truth=T("debt_statement", None, "Landesjustizkasse Hohenwald", "2318.00", "EUR",
            ["7 1120 5530 1917", "9 O 204/26"], True,
            "Court costs for a debtor who is not a client (client null, review); total with components in "
            "brackets on the same line; Kassenzeichen in subject and body.", "2028-04-14"))

add("gerichtsvollzieher-kostenrechnung-ambiguous-schulz",
    "Obergerichtsvollzieher Reimold <gv.reimold@gv-hamburg-mitte.example>",
    "Zahlungsaufforderung und Kostenrechnung – DR II 2093/28", "2028-03-24 10:35",
    """Sehr geehrte Damen und Herren,

in der Zwangsvollstreckungssache Elbtal Wohnbau eG ./. Schulz, Gartenweg 3, 20095 Hamburg,
Titel: Urteil AG Hamburg 49 C 118/27, DR II 2093/28, habe ich Ihre Vollmacht erhalten.

Ihr Mandant bzw. Ihre Mandantin schuldet derzeit:

Hauptforderung (Mietrückstand)                  2.640,00 EUR
Zinsen                                            131,12 EUR
festgesetzte Kosten                               118,50 EUR
Gerichtsvollzieherkosten (KV 205, 207, 711, 716)   25,75 EUR
Gesamtforderung                                 2.915,37 EUR

Ich bitte um Zahlung des Gesamtbetrags auf mein Dienstkonto innerhalb von 14 Tagen oder um
einen Teilzahlungsvorschlag.

Reimold, Obergerichtsvollzieher
Dienstkonto IBAN DE61 2005 0550 1044 7120 93 · Tel. 040 4471 2093
""",
    truth=T("debt_statement", None, "Elbtal Wohnbau eG", "2915.37", "EUR", ["49 C 118/27", "DR II 2093/28"], True,
            "Bailiff's payment demand with his cost lines (KV numbers are fee-schedule items, not references) and "
            "the creditor's claim; the housing co-op owns the claim; debtor only 'Schulz, Gartenweg 3, Hamburg' "
            "with no first name or DOB: Sabine and Thomas Schulz share that address -> ambiguous client match "
            "(null, review, both candidates). 'within 14 days' is no plain date."))

# ---- payment_plan_response (4) -------------------------------------------------------------------------------

add("ba-inkasso-ratenzahlung-bewilligt-auflagen",
    "Inkasso-Service Regionalstelle Hallstedt <ratenzahlung.hallstedt@ba-forderungseinzug.example>",
    "Ratenzahlungsvereinbarung – Meyer, Klaus", "2028-04-03 10:20",
    """Sehr geehrte Damen und Herren,

Ihrem Antrag vom 12.03.2028 für Herrn Klaus Meyer (geb. 12.04.1978) auf Ratenzahlung
stimmen wir unter folgenden Bedingungen zu:

1. monatliche Raten von 50,00 EUR, die erste Rate ist am 01.05.2028 fällig;
2. gerät Ihr Mandant mit einer Rate mehr als 14 Tage in Verzug, wird die gesamte Restforderung
   sofort fällig;
3. Änderungen der Einkommensverhältnisse sind unverzüglich mitzuteilen.

Gläubiger: Jobcenter Kreis Moorwiesen. Die Restforderung beträgt derzeit 1.940,00 EUR.
Vertragsgegenstandsnummer: 5530D00204471 – bitte bei jeder Zahlung angeben.

Mit freundlichen Grüßen
Inkasso-Service – Regionalstelle Hallstedt
Servicetelefon 0800 4 471209
""",
    truth=T("payment_plan_response", "K-2001", "Jobcenter Kreis Moorwiesen", "1940.00", "EUR", ["5530D00204471"],
            False,
            "Instalment approval with conditions (acceleration clause, duty to report income) = "
            "payment_plan_response; the service collects for the Jobcenter (owner); 50,00 is the rate, 1.940,00 "
            "the remaining claim; Klaus Meyer by full name + DOB (not Karin Meier). The first rate's due date is "
            "the only payment date set.", "2028-05-01"))

add("dwp-payment-plan-agreed-en",
    "DWP Debt Management <payment.plans@dwp-debtmanagement.example>",
    "Your client's tax credits payment plan", "2028-04-04 11:40",
    """Dear Sir or Madam

Re: Ms Anna-Lena Fischer (DOB 01/12/1994)
Our reference DM-4471-31077-F (tax credits debt transferred from HMRC)

Thank you for the income and expenditure statement. We have agreed to accept payments of
GBP 25.00 a month towards the tax credits overpayment of GBP 2,210.84 instead of the GBP 10.00
a month your client offered. The first payment should reach us by 28 April 2028.
If a payment is missed we may ask for the full balance.

Please do not send original documents.

Yours faithfully
Payment Plans Team, DWP Debt Management
Department for Work and Pensions, Mail Handling Site A, WV98 2DM
""",
    charset="us-ascii", cte="7bit",
    truth=T("payment_plan_response", "K-2008", "Department for Work and Pensions", "2210.84", "GBP",
            ["DM-4471-31077-F"], False,
            "Counter-offer (25 instead of the offered 10 a month) = payment_plan_response; balance stated; "
            "'Mail Handling Site A' and postcode WV98 2DM are not references; Anna-Lena Fischer by name + DOB with slashes.", "2028-04-28"))

add("magistrates-payment-terms-counter-en",
    "Wexcombe Magistrates' Court <collections.wexcombe@hmcts-fines.example>",
    "Application to vary payment terms - account 61/2209447/27", "2028-04-05 09:05",
    """Dear Sirs,

Account: 61/2209447/27
Defendant: Ms Aylin Celik

We have considered your client's application to pay GBP 5 per month. The fines officer is
unable to agree to that rate but has varied the collection order to payments of GBP 20 per
month, the first payment due on 1 May 2028. The balance outstanding is GBP 640.00.

If your client defaults, the further steps in the collection order may be taken without
another warning.

Wexcombe Magistrates' Court - Collections Unit
DX 447120 Wexcombe | Tel 0300 790 2209
""",
    charset="us-ascii", cte="7bit",
    truth=T("payment_plan_response", "K-2003", "Wexcombe Magistrates' Court", "640.00", "GBP", ["61/2209447/27"],
            False,
            "Fines officer refuses 5 but sets 20 a month (counter-offer, not rejection); DX number and phone are "
            "not references; account in subject and body; 'Aylin Celik' by name only (unique).", "2028-05-01"))

add("stadt-tannhausen-uvg-raten-thread",
    "Stadt Tannhausen Unterhaltsvorschuss <uv-stelle@tannhausen-stadt.example>",
    "AW: Ratenzahlungsvorschlag Yilmaz / UV 12-0883/26", "2028-04-06 14:00",
    """Sehr geehrte Damen und Herren,

mit der vorgeschlagenen Ratenzahlung von 60,00 EUR monatlich sind wir einverstanden, wenn
Herr Yilmaz daneben den laufenden Mindestunterhalt von 312,00 EUR pünktlich zahlt.
Unter Berücksichtigung der Zahlungen im März beträgt der Rückstand derzeit 2.310,00 EUR.

Mit freundlichen Grüßen
Stadt Tannhausen, Fachbereich Jugend – UV-Stelle
Telefon 07141 2209-447

-----Ursprüngliche Nachricht-----
Von: Kanzlei Berger & Roth
Gesendet: 22.03.2028
Betreff: Ratenzahlungsvorschlag Yilmaz / UV 12-0883/26

Unser Zeichen: SB-2028-0318
Sie fordern von unserem Mandanten Mehmet Yılmaz (geb. 08.03.1985) laut Ihrem Schreiben vom
01.02.2028 einen Rückstand von 2.610,00 EUR. Wir schlagen Raten von 60,00 EUR monatlich vor.
""",
    truth=T("payment_plan_response", "K-2007", "Stadt Tannhausen", "2310.00", "EUR", ["UV 12-0883/26"], False,
            "Conditional acceptance in a reply thread: the newest figure 2.310,00 wins over 2.610,00 in the quoted "
            "firm letter; 312,00 is the running maintenance, 60,00 the rate; the firm's SB-… is not a reference; "
            "the UV file number only in the subject lines; client Yılmaz + DOB only in the quoted part."))

# ---- rejection (3) -------------------------------------------------------------------------------------------

add("familienkasse-stundung-abgelehnt",
    "Familienkasse Nordheide-Weser Erhebung <stundung@familienkasse-nw.example>",
    "Ablehnung Ihres Stundungsantrags – 115FK609112", "2028-04-10 09:15",
    """Sehr geehrte Damen und Herren,

Ihren Antrag vom 20.03.2028 auf Stundung der Kindergeldrückforderung Ihrer Mandantin Frau
K. Meier (geb. 30.09.1982) lehnen wir ab. Eine erhebliche Härte ist nicht dargelegt; die
Einziehung erscheint auch nicht gefährdet. Einen anderen Zahlungsweg können wir nicht anbieten.

Die Forderung von 940,00 EUR ist weiterhin fällig und bis zum 10.05.2028 zu zahlen.
Gegen diese Entscheidung ist der Einspruch zulässig (§ 347 AO).

Mit freundlichen Grüßen
Familienkasse Nordheide-Weser
""",
    truth=T("rejection", "K-2002", "Familienkasse Nordheide-Weser", "940.00", "EUR", ["115FK609112"], False,
            "Deferment (Stundung) refused outright, no alternative = rejection, while still stating the amount "
            "and a date; Kindergeldnummer only in the subject; 'K. Meier' + DOB = Karin Meier (not Klaus Meyer); "
            "'§ 347 AO' is a statute, not a reference.", "2028-05-10"))

add("landesjustizkasse-erlass-ratenzahlung-abgelehnt",
    "Landesjustizkasse Hohenwald Beitreibung <beitreibung@ljk-hohenwald.example>",
    "Ihr Antrag auf Erlass bzw. Ratenzahlung – Ablehnung", "2028-04-11 11:30",
    """Sehr geehrte Damen und Herren,

Kassenzeichen 7 1120 6611 0042 / AG Köln 140 C 58/26
Kostenschuldnerin: Sabine Schulz, geb. 15.06.1971

Ihren Antrag auf Erlass der Gerichtskosten, hilfsweise auf Ratenzahlung, lehnen wir ab. Nach
den vorgelegten Unterlagen liegen die Voraussetzungen nicht vor. Weitere Anträge in dieser
Sache werden nicht mehr beschieden.

Mit freundlichen Grüßen
Landesjustizkasse Hohenwald – Beitreibungsstelle
Sprechzeiten Mo–Do 9–12 Uhr, Tel. 0621 4471-300
""",
    truth=T("rejection", "K-2005", "Landesjustizkasse Hohenwald", None, None,
            ["7 1120 6611 0042", "140 C 58/26"], False,
            "Flat refusal of remission and instalments, no amount; Kassenzeichen and court file number share a "
            "line with a slash; Sabine Schulz by first name + DOB."))

add("hmrc-remission-refused-en",
    "HMRC Tax Credit Office <tc.disputes@hmrc-debtmanagement.example>",
    "Tax credits overpayment dispute - our decision", "2028-04-12 10:00",
    """Dear Sir or Madam

Client: Mr Stefan Koch
Overpayment reference: 12-090215-7788TC

We have looked again at the overpayment following your dispute (form TC846). We have decided
that your client must repay the whole overpayment: he did not tell us about the change in
his household income within one month. We will not write off any part of it and this
decision is final.

Yours faithfully
Tax Credit Office Disputes, HMRC
""",
    charset="us-ascii", cte="7bit",
    truth=T("rejection", "K-2015", "HMRC", None, None, ["12-090215-7788TC"], False,
            "Dispute/write-off refused with no alternative = rejection; no amount; form 'TC846' is a form "
            "number, not a reference; Stefan Koch by name only."))

# ---- information_request (4) ---------------------------------------------------------------------------------

add("gerichtsvollzieher-vollmacht-anforderung",
    "Gerichtsvollzieher Brenneisen <gv.brenneisen@gv-stuttgart-west.example>",
    "Ihre Anfrage Fischer – DR I 1182/28", "2028-04-17 08:40",
    """Sehr geehrte Damen und Herren,

in der Vollstreckungssache Sülzbach Energie eG ./. Fischer, Anna-Lena (DR I 1182/28;
Az. der Gläubigerin SE-44-20447) kann ich Ihnen Auskunft über den Stand der Forderung erst
erteilen, wenn mir eine auf Sie lautende Vollmacht der Schuldnerin vorliegt.

Bitte übersenden Sie die Vollmacht per Post oder Fax. Eine Zahlungsvereinbarung nach § 802b ZPO
ist danach möglich.

Mit freundlichen Grüßen
Brenneisen, Gerichtsvollzieher
Fax 0711 4471 2099 · Bürozeiten Mo/Mi 8:00–9:30
""",
    truth=T("information_request", "K-2008", "Sülzbach Energie eG", None, None, ["DR I 1182/28", "SE-44-20447"],
            False,
            "Bailiff asks for a power of attorney before giving any figures; the enforcing creditor owns the "
            "claim; bailiff's DR number and the creditor's file number both count; § 802b ZPO and fax are not "
            "references; Anna-Lena Fischer by full name in 'surname, first names' order."))

add("carrowmore-collections-hmrc-authority-nonclient-en",
    "Carrowmore Collections <hmrc.accounts@carrowmore-collections.example>",
    "HMRC debt - letter of authority and I&E needed", "2028-04-18 13:10",
    """Dear Sirs

We are instructed by HMRC to collect a tax credits overpayment from
Mr Gareth Pryce (DOB 14/09/1983).

Our reference: CMC/HM/0447712
HMRC reference: 12-055190-2093TC
Balance: GBP 2,204.50

Before we can discuss repayment we need (1) a letter of authority signed by Mr Pryce and
(2) a completed income and expenditure statement. We will put the account on hold for 30 days.

Kind regards
Carrowmore Collections Ltd, acting on behalf of HMRC
Company no. 07744120 | FCA FRN 604471 | Tel 0161 496 2093
""",
    charset="us-ascii", cte="7bit",
    truth=T("information_request", None, "HMRC", "2204.50", "GBP",
            ["CMC/HM/0447712", "12-055190-2093TC"], True,
            "Private collector for HMRC asks for authority and I&E first and states the balance; HMRC owns the "
            "claim; agency and HMRC references both count; company number and FCA FRN are not; Gareth Pryce is "
            "not a client (null, review)."))

add("jobcenter-einkommensnachweise-vor-ratenentscheidung",
    "Jobcenter Kreis Moorwiesen Forderungssachbearbeitung <forderungen@jobcenter-moorwiesen.example>",
    "Ratenzahlungsantrag – fehlende Unterlagen", "2028-04-19 09:25",
    """Guten Tag,

zum Ratenzahlungsantrag für Herrn Peter Wagner, geb. 19.07.1958 (BG-Nummer 54411//0120934,
Forderung aus Erstattungsbescheid vom 04.09.2027), können wir erst entscheiden, wenn folgende
Unterlagen vorliegen:

- Einkommensnachweise der letzten drei Monate (Rentenbescheid, ggf. Minijob)
- Nachweis über die Höhe der Miete
- Aufstellung über weitere Verbindlichkeiten

Die Forderung beläuft sich auf 612,44 EUR. Bitte reichen Sie die Unterlagen bis 10.05.2028 ein.

Mit freundlichen Grüßen
Jobcenter Kreis Moorwiesen
""",
    truth=T("information_request", "K-2009", "Jobcenter Kreis Moorwiesen", "612.44", "EUR", ["54411//0120934"],
            False,
            "Asks for income documents before deciding on instalments; states the claim; the 10.05.2028 is a "
            "deadline for documents, not for payment (null); BG-Nummer in brackets next to the DOB.", None))

add("magistrates-statement-of-means-en",
    "Northbrook Magistrates' Court Fines Office <fines.northbrook@hmcts-fines.example>",
    "Statement of means required - Ms Olga Petrova", "2028-04-20 15:45",
    """Dear Sir/Madam

Account 44/0518830/27 - Ms Olga Petrova, date of birth 27 May 1988

Before the fines officer can consider your request to reduce the payments, please send us a
completed statement of means (form MC100) with evidence of your client's income, for example
recent payslips or benefit letters. Without it the existing order stands.

Kind regards
Fines Office, Northbrook Magistrates' Court
0300 790 4471 (Mon-Fri 9-4)
""",
    charset="us-ascii", cte="7bit",
    truth=T("information_request", "K-2010", "Northbrook Magistrates' Court", None, None, ["44/0518830/27"], False,
            "Statement-of-means request (MC100 is a form, not a reference), no balance; Olga Petrova by name + DOB "
            "in words."))

# ---- other (2) -----------------------------------------------------------------------------------------------

add("ba-inkasso-forderung-getilgt",
    "Inkasso-Service Regionalstelle Hallstedt <regionalstelle.hallstedt@ba-forderungseinzug.example>",
    "Mitteilung: Forderung ausgeglichen – VGN 3390D00071140", "2028-05-02 10:00",
    """Sehr geehrte Damen und Herren,

die Forderung der Gläubigerin Jobcenter Hallstedt-Land gegen Ihren Mandanten Lukas Becker
(Vertragsgegenstandsnummer 3390D00071140) ist mit dem Zahlungseingang vom 26.04.2028 vollständig
getilgt. Es bestehen keine offenen Forderungen mehr. Die Ratenzahlungsvereinbarung ist damit
erledigt.

Mit freundlichen Grüßen
Inkasso-Service – Regionalstelle Hallstedt
""",
    truth=T("other", "K-2012", "Jobcenter Hallstedt-Land", "0.00", "EUR", ["3390D00071140"], False,
            "Claim settled, nothing owed: other with amount 0.00; the service writes for the Jobcenter (owner); "
            "VGN in subject and body; Lukas Becker by name only."))

add("gerichtsvollzieherin-rueckgabe-vollstreckungsauftrag",
    "Obergerichtsvollzieherin Lindqvist <gv.lindqvist@gv-erfurt-mitte.example>",
    "Mitteilung – Auftrag an Gläubigerin zurückgegeben (DR II 512/28)", "2028-05-03 08:55",
    """Sehr geehrte Damen und Herren,

in der Sache Falkenhorst Mobilfunk GmbH ./. Koch, Stefan, geb. 11.11.1977, DR II 512/28,
teile ich mit, dass der Schuldner die Vermögensauskunft innerhalb der letzten zwei Jahre bereits
abgegeben hat. Eine erneute Abnahme ist nicht zulässig. Ich habe den Vollstreckungsauftrag mit
einer Abschrift des Vermögensverzeichnisses an die Gläubigerin zurückgegeben.

Weitere Maßnahmen meinerseits erfolgen nicht.

Mit freundlichen Grüßen
Lindqvist, Obergerichtsvollzieherin
""",
    truth=T("other", "K-2015", "Falkenhorst Mobilfunk GmbH", None, None, ["DR II 512/28"], False,
            "Bailiff returns the enforcement order to the creditor (other); the creditor (mobile operator) owns "
            "the claim, the bailiff is only the enforcement organ; DR number counts; no amount."))

# ---- auto_reply (3) ------------------------------------------------------------------------------------------

add("familienkasse-eingangsbestaetigung-auto",
    "Familienkasse Nordheide-Weser <noreply@familienkasse-nw.example>",
    "Eingangsbestätigung – Familienkasse Nordheide-Weser", "2028-05-08 07:02",
    """Dies ist eine automatisch erzeugte Nachricht.

Ihre E-Mail ist bei der Familienkasse Nordheide-Weser eingegangen und wird unter der
Vorgangsnummer VG-2028-05-447120 bearbeitet. Bitte antworten Sie nicht auf diese Nachricht.
Kindergeldnummer und Anliegen geben Sie bitte bei Rückfragen an.

Ihre Familienkasse
""",
    headers={"Auto-Submitted": "auto-generated"},
    truth=AUTO("Automatic receipt confirmation (Auto-Submitted header, text says automatic); the ticket-like "
               "'Vorgangsnummer' changes nothing: all fields null."))

add("hmrc-automated-acknowledgement-en",
    "HMRC Debt Management <do-not-reply@hmrc-debtmanagement.example>",
    "We have received your email", "2028-05-09 06:30",
    """This is an automated response - please do not reply.

Thank you for contacting HMRC Debt Management. We have received your email and will reply
within 15 working days. If your client has received a notice to pay, quote the overpayment
reference shown on it in any further contact.

HMRC
""",
    charset="us-ascii", cte="7bit",
    truth=AUTO("Automated acknowledgement recognisable only by its text (no auto headers); all fields null."))

add("gerichtsvollzieher-abwesenheit",
    "Gerichtsvollzieher Brenneisen <gv.brenneisen@gv-stuttgart-west.example>",
    "Abwesenheitsnotiz: Ihre Anfrage Fischer – DR I 1182/28", "2028-05-10 12:01",
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 26.05.2028 im Urlaub. Ihre E-Mail wird nicht weitergeleitet.
In Eilsachen wenden Sie sich bitte an die Gerichtsvollzieherverteilerstelle des Amtsgerichts
unter 0711 4471 2000.

Brenneisen, Gerichtsvollzieher
""",
    headers={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
    truth=AUTO("Out-of-office with X-Autoreply/Auto-Submitted headers; the DR number in the subject changes "
               "nothing: all fields null."))


# --------------------------------------------------------------------------------------------------------------
# --check
# --------------------------------------------------------------------------------------------------------------

MIN_INTENTS = {"debt_statement": 14, "payment_plan_response": 4, "rejection": 3, "information_request": 4,
               "other": 2, "auto_reply": 3}
EARLIER = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
           "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23")


if __name__ == "__main__":
    sys.exit(BATCH.main(sys.argv[1:],
                        earlier=EARLIER,
                        min_intents=MIN_INTENTS,
                        min_kinds={"text_pdf": 2, "image_pdf": 2, "html_only": 2},
                        refs_per_mail=(1, 3)))
