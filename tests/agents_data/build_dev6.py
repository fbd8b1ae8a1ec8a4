#!/usr/bin/env python3
"""Deterministic generator of the sixth dev batch (tests/agents_data/dev6/): 30 creditor emails + truth files.

Written without looking at the rules engine: sectors and writers new to dev/..dev5/ - a public broadcaster's
contribution service (Beitragsnummer), a municipal tax office (Kassenzeichen next to the town's own Steuernummer),
hospital billing (Fall-Nr., IK number and health-insurance number as near-misses), gyms, buy-now-pay-later and
mail-order retailers, a student loan bank, energy/heat/water suppliers, UK council tax, a UK debt purchaser, a
servicer writing for a securitisation vehicle, a Hausverwaltung for a landlord, car finance (VIN and number plate
as near-misses), a mobile phone provider, a lawyer for a dentist, an Inkasso for an online shop, a pet insurer
and a parking-charge operator. Styles: short mobile replies, formal letters, tables, a letter only as PDF with a
two-line cover mail, a pasted statement with odd spacing, signature blocks full of numbers, a forwarded chain,
reply threads with quoted older creditor mail. Court enforcement officers' DR II numbers were left out on purpose
(whose number it is is not settled by CONVENTIONS.md).

Same file format and rendering as dev/..dev5/ (build_dev.py's helpers are imported, nothing there changes).
Run with a python that has fpdf2 and Pillow (kept out of the project's own requirements):

    /tmp/gen-dev2-venv/bin/python tests/agents_data/build_dev6.py          # (re)write dev6/
    /tmp/gen-dev2-venv/bin/python tests/agents_data/build_dev6.py --check  # verify dev6/ against the specs

No randomness: fixed dates, Message-IDs, MIME boundaries and PDF creation dates.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_dev as bd  # noqa: E402  (the rendering helpers; importing only registers dev's specs in bd.MESSAGES)
from batch import Batch  # noqa: E402

FIRM = bd.FIRM
T, AUTO, text_pdf, image_pdf = bd.T, bd.AUTO, bd.text_pdf, bd.image_pdf

BATCH = Batch("dev6", 600)
MESSAGES, add = BATCH.messages, BATCH.add


# --------------------------------------------------------------------------------------------------------------
# The 30 messages
# --------------------------------------------------------------------------------------------------------------

# ---- debt_statement (10) -------------------------------------------------------------------------------------

add("nordmark-rundfunk-beitragsnummer-latin1",
    "Beitragsservice Nordmark Rundfunk <beitragsservice@nordmark-rundfunk.example>",
    "Rückstandsaufstellung Rundfunkbeitrag – Beitragsnummer 512 447 120", "2027-05-03 07:55",
    """Beitragsservice · Im Auftrag von Nordmark Rundfunk, Anstalt des öffentlichen Rechts

Beitragsnummer: 512 447 120
Beitragsschuldnerin: Frau Fatma Oeztuerk, Marktstr. 9, 47051 Duisburg
Ihr Zeichen: SB-2027-0402

Sehr geehrte Damen und Herren,

für die oben genannte Wohnung sind die Rundfunkbeiträge trotz Festsetzungsbescheid vom
01.02.2027 nicht gezahlt worden. Der Rückstand setzt sich wie folgt zusammen:

  Zeitraum                  Beiträge        Säumniszuschläge
  01.2026 - 12.2026         220,32 EUR      8,00 EUR
  01.2027 - 03.2027          55,08 EUR      8,00 EUR

  Gesamtrückstand                           291,40 EUR

Eine Befreiung oder Ermäßigung kann nur auf Antrag und ab dem Monat der Antragstellung gewährt
werden. Bitte überweisen Sie den Gesamtrückstand unter Angabe der Beitragsnummer.

Mit freundlichen Grüßen
Beitragsservice von Nordmark Rundfunk
Postfach 10 44 71 · 50656 Köln · Gläubiger-ID DE37ZZZ00000412077
""",
    charset="iso-8859-1", cte="quoted-printable",
    truth=T("debt_statement", "K-2013", "Nordmark Rundfunk", "291.40", "EUR", ["512 447 120"], False,
            "Contribution service collecting 'im Auftrag von' the broadcaster, which owns the claim; 9-digit "
            "space-grouped 'Beitragsnummer' (also in the subject); two-column table of periods with components, "
            "total 'Gesamtrückstand'; 'Oeztuerk' transliteration, no DOB; Postfach, Gläubiger-ID and 'Ihr "
            "Zeichen' SB-… not references; iso-8859-1 quoted-printable."))

add("klinikum-suedheide-fallnummer-pdf-ik-near-miss",
    "Klinikum Südheide gGmbH Patientenabrechnung <patientenabrechnung@klinikum-suedheide.example>",
    "Offene Krankenhausrechnung – Strauss-Koehler, Juergen", "2027-05-03 09:20",
    """Sehr geehrte Damen und Herren,

Ihr Mandant Herr Juergen Strauss-Koehler (geb. 28.02.1965) wurde vom 11.01. bis 19.01.2027 bei
uns stationär behandelt. Die Kosten der allgemeinen Krankenhausleistungen hat die Krankenkasse
übernommen; offen sind die vereinbarten Wahlleistungen (Einbettzimmer, Chefarztbehandlung).

Der offene Betrag beläuft sich nach Abzug einer Teilzahlung auf 1.486,20 EUR. Die Rechnung mit
allen Einzelpositionen fügen wir bei.

Mit freundlichen Grüßen
Patientenabrechnung
Klinikum Südheide gGmbH · Tel. 05141 880-4471
""",
    pdfs=[text_pdf("Rechnung_Wahlleistungen.pdf", "Klinikum Suedheide gGmbH - Rechnung Wahlleistungen",
                   ["Fall-Nr.: 26-0044712                  Rechnungs-Nr.: RE 2026/118804",
                    "Patient: Strauss-Koehler, Juergen, geb. 28.02.1965",
                    "Versichertennr. der Krankenkasse: K204471209 (nur zur Information)",
                    "Aufenthalt: 11.01.2027 - 19.01.2027 (8 Berechnungstage)", ""],
                   table=[("Einbettzimmer 8 x 112,50 EUR", "900,00 EUR"),
                          ("Wahlaerztliche Leistungen (GOAe)", "786,20 EUR"),
                          ("Teilzahlung vom 02.03.2027", "-200,00 EUR"),
                          ("Offener Betrag", "1.486,20 EUR")],
                   after=["Institutionskennzeichen (IK) 260 350 412 - AG Lueneburg HRB 204412"])],
    truth=T("debt_statement", "K-2004", "Klinikum Südheide gGmbH", "1486.20", "EUR",
            ["26-0044712", "RE 2026/118804"], False,
            "Hospital billing its own claim; both references only in the text PDF, side by side on one line "
            "('Fall-Nr.' and 'Rechnungs-Nr.' with space and slash); the patient's health-insurance number, the "
            "hospital's IK number, HRB and '8 Berechnungstage' are not references; total after a deduction; "
            "'Strauss-Koehler, Juergen' fully transliterated + DOB."))

add("kittiwake-paylater-pdf-letter-two-line-cover-en",
    "Kittiwake Pay Later <collections@kittiwake-pay.example>",
    "Your client - letter attached", "2027-05-03 11:02",
    """Hello,

Please see the attached letter regarding your client.
Reply to this address if you need anything else.

Kittiwake Collections
Sent from our secure mail system
""",
    charset="us-ascii", cte="7bit",
    pdfs=[text_pdf("Kittiwake_letter_030527.pdf", "Kittiwake Pay Later Ltd",
                   ["Account number: KPL-0093-7712           Date: 3 May 2027",
                    "Customer: Mr John Smith, date of birth 10 Oct 1975",
                    "Your ref: SB-2027-0407", "",
                    "Dear Sir or Madam,",
                    "Thank you for telling us that you act for Mr Smith. The following pay-in-3",
                    "purchases are overdue:", ""],
                   table=[("Order ORD-558120 (instalments 2 and 3)", "GBP 164.66"),
                          ("Order ORD-558377 (instalments 1 to 3)", "GBP 236.31"),
                          ("Late fees", "GBP 12.00"),
                          ("Total outstanding", "GBP 412.97")],
                   after=["Parcel tracking RM 4471 2098 5GB was delivered on 14/12/2026.",
                          "Kittiwake Pay Later Ltd, Registered in England 11204471, FCA FRN 922044"])],
    truth=T("debt_statement", "K-2011", "Kittiwake Pay Later Ltd", "412.97", "GBP",
            ["KPL-0093-7712", "ORD-558120", "ORD-558377"], False,
            "Two-line cover mail, everything in the text PDF: account number sharing a line with the date, two "
            "order numbers inside table labels; the total is 'Total outstanding', not an order line; parcel "
            "tracking number, company number, FRN and 'Your ref' SB-… are not references; client only in the "
            "PDF (name + DOB '10 Oct 1975'); creditor in the PDF title, sender name is a team."))

add("ashvale-council-tax-account-reference-next-line-en",
    "Ashvale Borough Council Revenues <council.tax@ashvale.gov.example>",
    "Council Tax arrears - 14 Fenwick Road", "2027-05-03 14:40",
    """Dear Sir/Madam,

Council Tax account reference
5104 4712 0

Liable person: Ms Olga Petrova (DOB 27-05-1988), forwarding address Leipziger Str. 40, Berlin
Property: 14 Fenwick Road, Ashvale AV3 9PL (Band C)

We write in response to your letter of 21 April 2027. A liability order was granted by the
magistrates' court on 9 March 2027 for the 2025/26 charge. The position on the account is:

    2025/26 council tax (liability order)       £812.37
    Summons and liability order costs            £85.00
    2026/27 council tax to date of vacating      £245.00
    Total now due                              £1,142.37

If payment or an acceptable arrangement is not made within 14 days the debt may be passed to
enforcement agents, which will add further fees.

Yours faithfully

Revenues Section
Ashvale Borough Council | Town Hall, Ashvale AV1 1AA | 01632 960 412
""",
    charset="iso-8859-1", cte="quoted-printable",
    truth=T("debt_statement", "K-2010", "Ashvale Borough Council", "1142.37", "GBP", ["5104 4712 0"], False,
            "UK council tax: the account reference stands on the line after a label without colon; council "
            "tax band, property postcode, court dates and phone are not references; total 'Total now due' vs "
            "liability-order, costs and current-year components; DOB with dashes '27-05-1988'; iso-8859-1 "
            "quoted-printable (£ as 0xA3)."))

add("kraftwerk-fitness-pasted-odd-spacing",
    "Kraftwerk Fitness Köln-Ehrenfeld GmbH <mitglieder@kraftwerk-fitness.example>",
    "Kontoauszug Mitgliedschaft Meier", "2027-05-04 08:10",
    """Guten Morgen,

anbei wie besprochen der Auszug aus unserem System (reinkopiert):

Mitglied  :  Meier ,  Karin          Geb.-Dat. :  30.09.1982
Mitglieds-Nr :   M 0447 12           Vertrag   :   KFK-24-3381
Chip-ID   :  04:A2:19:7F             Studio    :   Ehrenfeld  (Nr. 3)

Datum        Buchung                        Soll      Haben
01.12.2026   Beitrag  12/2026              49,90
01.12.2026   Rücklastschrift Gebühr          7,50
01.01.2027   Beitrag  01/2027              49,90
01.02.2027   Beitrag  02/2027              49,90
15.02.2027   Zahlung                                  49,90
01.03.2027   Beitrag  03/2027              49,90
01.04.2027   Beitrag  04/2027              49,90
01.05.2027   Beitrag  05/2027              49,90
01.05.2027   Verwaltungsgebühr Mahnung      9,85
----------------------------------------------------------
S a l d o   o f f e n :                   266,85 EUR

Die Mitgliedschaft läuft noch bis 31.12.2027 (Mindestlaufzeit).

Viele Grüße
Deniz vom Kraftwerk-Team
Kraftwerk Fitness Köln-Ehrenfeld GmbH · Venloer Str. 401 · 50825 Köln · 0221 4471 204
""",
    charset="iso-8859-1", cte="base64",
    truth=T("debt_statement", "K-2002", "Kraftwerk Fitness Köln-Ehrenfeld GmbH", "266.85", "EUR",
            ["M 0447 12", "KFK-24-3381"], False,
            "Pasted system extract with odd spacing: 'Meier ,  Karin', member number with inner spaces, "
            "label/value pairs in two columns; chip ID, studio number, dates and postcode are not references; "
            "ledger with Soll/Haben columns, the total is the letter-spaced 'S a l d o   o f f e n' line "
            "(future fees to the end of the minimum term are not claimed); iso-8859-1 base64."))

add("ostwind-energie-thread-newest-balance-vk-quoted",
    "Ostwind Energie GmbH Kundenservice <kundenservice@ostwind-energie.example>",
    "AW: AW: Ihre Mandantin Maria Hoffmann – Ratenzahlung", "2027-05-04 10:35",
    """Sehr geehrte Damen und Herren,

die Zahlung Ihrer Mandantin über 150,00 EUR ist am 30.04. bei uns eingegangen. Der offene
Saldo beträgt damit nun 1.022,64 EUR. An den übrigen Angaben in unserer Mail unten ändert sich
nichts.

Freundliche Grüße
Ihr Ostwind-Kundenservice

-----Ursprüngliche Nachricht-----
Von: Ostwind Energie GmbH Kundenservice
Gesendet: Dienstag, 13. April 2027 15:02
An: Kanzlei Berger & Roth
Betreff: AW: Ihre Mandantin Maria Hoffmann – Ratenzahlung

Sehr geehrte Damen und Herren,

Vertragskonto: 300 044 712 09
Marktlokations-ID: 50412044712
Zählernummer: 1ESY1160447120

für Frau Maria Hoffmann, Domplatz 1, 99084 Erfurt, besteht aus der Jahresabrechnung 2026 ein
Rückstand von 1.172,64 EUR. Wir erwarten eine erste Zahlung bis Ende April.

> Von: Kanzlei Berger & Roth
> Unser Zeichen: SB-2027-0388
> Wir vertreten Frau Maria Hoffmann, geb. 03.03.1962.
""",
    truth=T("debt_statement", "K-2014", "Ostwind Energie GmbH", "1022.64", "EUR", ["300 044 712 09"], False,
            "Reply thread: the newest creditor message states the updated balance (1.022,64) which wins over "
            "1.172,64 in the quoted older creditor mail; the only reference (Vertragskonto) is in the quoted "
            "older creditor mail; Marktlokations-ID and Zählernummer are metering identifiers, not claim "
            "references; 150,00 EUR is a payment; SB-… in the firm's quoted mail is the firm's."))

add("kettlebrook-water-html-statement-nonclient-en",
    "Kettlebrook Water <customer.accounts@kettlebrook-water.example>",
    "Water charges - closed account", "2027-05-04 13:15",
    None,
    html="""<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Dear Sir or Madam,</p>
<p>Thank you for your letter about our former customer <b>Mr Gareth Pryce</b>, 3 Mill Lane, Tewkesbury GL20 5AZ.</p>
<table cellpadding="3" style="border:1px solid #999">
<tr><td>Customer number</td><td><b>KW 0093 4412 07</b></td></tr>
<tr><td>Meter serial</td><td>14M 220447</td></tr>
<tr><td>Account closed</td><td>28/02/2027</td></tr>
</table>
<table cellpadding="3" style="border:1px solid #999;margin-top:8px">
<tr><th align="left">Item</th><th align="right">Amount</th></tr>
<tr><td>Water supply 01/04/2026 - 28/02/2027</td><td align="right">&pound;312.48</td></tr>
<tr><td>Wastewater 01/04/2026 - 28/02/2027</td><td align="right">&pound;348.64</td></tr>
<tr><td>Payments received</td><td align="right">-&pound;175.00</td></tr>
<tr><td><b>Balance now due</b></td><td align="right"><b>&pound;486.12</b></td></tr>
</table>
<p>If Mr Pryce is struggling to pay, he may qualify for our social tariff. Please call us on 0345 600 4471.</p>
<p>Yours faithfully,<br>Customer Accounts<br>Kettlebrook Water plc &middot; Registered in England 02366712</p>
</body></html>""",
    html_only=True,
    truth=T("debt_statement", None, "Kettlebrook Water plc", "486.12", "GBP", ["KW 0093 4412 07"], True,
            "HTML-only statement in two tables; Gareth Pryce is not a client (null, review); customer number "
            "in a table cell next to a meter serial (not a reference); total 'Balance now due' after a payments "
            "line; company number, phone and postcode not references."))

add("kanzlei-lessing-zahnarzt-scan-petrowa",
    "Rechtsanwältin Dr. Ines Lessing <kanzlei@ra-lessing.example>",
    "Zahnärztliches Honorar Dr. Weyrich – Ihre Mandantin Frau Petrowa", "2027-05-04 16:20",
    """Sehr geehrte Kolleginnen und Kollegen,

ich vertrete die Zahnarztpraxis Dr. Konstantin Weyrich, Berlin-Mitte. Ihre Mandantin Frau Olga
Petrowa schuldet meiner Mandantschaft das Honorar aus der prothetischen Behandlung 2026. Mein
Aktenzeichen lautet 77/27 IL; die Forderungsaufstellung liegt als Scan bei.

Ich bitte um Zahlung binnen zwei Wochen.

Mit freundlichen kollegialen Grüßen
Dr. Ines Lessing
Rechtsanwältin · Fachanwältin für Medizinrecht
Tel. 030 2044 7120 · Fax 030 2044 7129
""",
    pdfs=[image_pdf("Scan_Forderungsaufstellung_Weyrich.pdf",
                    ["Dr. Ines Lessing - Rechtsanwaeltin - Berlin",
                     "",
                     "Az.: 77/27 IL",
                     "Zahnarztpraxis Dr. Konstantin Weyrich ./. Olga Petrowa",
                     "geb. 27.05.1988, Leipziger Str. 40, 10117 Berlin",
                     "Liquidation Nr. 2026-0871 vom 15.11.2026",
                     "",
                     "Honorar lt. GOZ              2.214,60 EUR",
                     "Material- und Laborkosten      881,30 EUR",
                     "Zinsen seit 16.12.2026          64,18 EUR",
                     "Anwaltskosten RVG              334,75 EUR",
                     "--------------------------------------",
                     "Gesamt                      3.494,83 EUR"])],
    truth=T("debt_statement", "K-2010", "Zahnarztpraxis Dr. Konstantin Weyrich", "3494.83", "EUR",
            ["77/27 IL", "2026-0871"], True,
            "Lawyer writes for a dentist (owner); lawyer's Aktenzeichen in a sentence ('Mein Aktenzeichen lautet "
            "…'); the invoice number, DOB and total only in an image-only scan (review); 'Petrowa' is the German "
            "transliteration of Petrova; components vs 'Gesamt'; phone/fax not references."))

add("inkasso-mittelweser-grillshop-bestellnummer-parcel",
    "Inkasso Mittelweser GmbH <forderung@inkasso-mittelweser.example>",
    "Forderungsaufstellung IMW-27-004471 – Grillmeister Shop GmbH", "2027-05-05 08:45",
    """Sehr geehrte Damen und Herren,

Unser Aktenzeichen: IMW-27-004471
Auftraggeberin: Grillmeister Shop GmbH (Onlineshop)
Bestellnummer: 402-7712093-1184
Schuldner: Yilmaz, Mehmet, geb. am 08.03.1985, Hafenstr. 20, 28195 Bremen

Die Ware (Gasgrill „Bremen 4“) wurde laut DHL-Sendungsverfolgung 00340434161094015902 am
12.01.2027 zugestellt. Eine Zahlung ist bis heute nicht erfolgt.

Hauptforderung                 349,00 EUR
Mahnkosten Auftraggeberin        5,00 EUR
Zinsen                           7,37 EUR
Inkassokosten                   67,00 EUR
Gesamtforderung                428,37 EUR

Mit freundlichen Grüßen

Inkasso Mittelweser GmbH
Am Hafen 12 · 31582 Nienburg
Tel. 05021 9120-0 · Fax 05021 9120-99
Registriert gem. § 10 RDG, Landgericht Verden · HRB 120447 (AG Walsrode)
USt-IdNr. DE 299 120 447 · Geschäftsführer: H. Brandes
Bankverbindung: IBAN DE91 2565 0106 0036 0447 12 · BIC NOLADE21NIB
""",
    cte="base64",
    truth=T("debt_statement", "K-2007", "Grillmeister Shop GmbH", "428.37", "EUR",
            ["IMW-27-004471", "402-7712093-1184"], False,
            "Inkasso for an online shop (owner = 'Auftraggeberin'); agency Az. (also in the subject) and the "
            "shop's order number; the 20-digit DHL parcel number, the product name 'Bremen 4', IBAN/BIC, HRB, "
            "USt-IdNr., § 10 RDG and phone/fax in a long signature are not references; 'Yilmaz, Mehmet' "
            "reversed without dotless ı + DOB; base64 body."))

add("hollybrook-servicer-for-aldgate-table-vin-en",
    "Hollybrook Credit Servicing <servicing@hollybrook-cs.example>",
    "Statement - Mr S Koch - vehicle finance shortfall", "2027-05-05 11:30",
    """Dear Sir/Madam,

Our ref          Original agreement     Your ref
HCS-5512047      RCF/HP/0098812         BR/141/27

Hollybrook Credit Servicing Ltd administers this account on behalf of Aldgate Receivables No. 3
Ltd, to which Redcliffe Car Finance Ltd assigned the agreement on 1 February 2027.

Customer: Mr Stefan Koch, DOB 11.11.1977
Vehicle: Vauxhall Astra, registration LK19 XWT, VIN W0L0AHL4807120447

Statement of account
  Amount financed                    £9,450.00
  Payments made                     -£5,130.00
  Sale proceeds of vehicle          -£2,180.00
  Arrears charges                      £120.00
  Balance outstanding                £2,260.00

Please contact us within 21 days with your client's proposals.

Yours faithfully
Hollybrook Credit Servicing Ltd
FCA FRN 812044 | Company no. 12044712 | 0161 496 0447
""",
    truth=T("debt_statement", "K-2015", "Aldgate Receivables No. 3 Ltd", "2260.00", "GBP",
            ["HCS-5512047", "RCF/HP/0098812"], False,
            "Servicer writes for the assignee (owner = Aldgate Receivables No. 3 Ltd, not the servicer nor the "
            "original lender); three-column header where the third column is the firm's BR/…; the original "
            "agreement number counts; number plate and VIN are not references; total 'Balance outstanding' after "
            "a signed statement table; FRN, company number, phone not references."))

# ---- payment_plan_response (5) -------------------------------------------------------------------------------

add("studienfonds-westfalen-darlehen-signature-numbers",
    "Studienfonds Westfalen Bank AG <darlehensservice@studienfonds-westfalen.example>",
    "Ihr Antrag auf Ratenreduzierung – Becker, Lukas", "2027-05-05 14:00",
    """Sehr geehrte Damen und Herren,

Darlehensnummer: 0412 2209 71
Darlehensnehmer: Becker, Lukas (geb. 14.02.1999)

wir haben Ihren Antrag vom 20.04.2027 geprüft. Wir sind bereit, die monatliche Rückzahlungsrate
für zwölf Monate von 180,00 EUR auf 60,00 EUR herabzusetzen, wenn uns Ihr Mandant bis zum
31.05.2027 einen aktuellen Einkommensnachweis vorlegt. Nach Ablauf der zwölf Monate wird die
Rate neu festgesetzt. Die Restschuld aus dem Studienkredit beträgt derzeit 9.412,77 EUR.

Mit freundlichen Grüßen
Darlehensservice

Studienfonds Westfalen Bank AG
Servicecenter: Tel. 0251 7712-0 · Fax 0251 7712-440
Hausanschrift: Hafenweg 24, 48155 Münster
Vorstand: Dr. A. Lüders (Vors.), K. Brink · Aufsichtsratsvorsitz: M. Evers
Sitz Münster · Amtsgericht Münster HRB 18812 · USt-IdNr. DE 126 044 712
BLZ 400 500 00 · BIC STWBDE3MXXX · Gläubiger-ID DE44ZZZ00001204471
""",
    truth=T("payment_plan_response", "K-2012", "Studienfonds Westfalen Bank AG", "9412.77", "EUR",
            ["0412 2209 71"], False,
            "Student loan bank: conditional acceptance of a reduced rate (60 instead of 180 EUR for twelve "
            "months, on proof of income); one space-grouped loan number; a long signature full of numbers "
            "(phone/fax, postcode, HRB, USt-IdNr., BLZ, BIC, Gläubiger-ID) none of which is a reference; the "
            "rates are not the total; 'Becker, Lukas' reversed + DOB."))

add("funkbruecke-mobil-short-mobile-reply-subject-only",
    "Marco Jansen <m.jansen@funkbruecke-mobil.example>",
    "AW: Frau Celik – Kd.-Nr. 7004 1181 22 – Ratenangebot", "2027-05-05 17:48",
    """Hallo Frau Roth,

25 € im Monat geht leider nicht, 40 € würden wir mitmachen. Rest steht aktuell bei 688,20 €.
Kurze Bestätigung reicht, dann stelle ich das Mahnverfahren zurück.

Gruß M. Jansen
Funkbrücke Mobil GmbH, Forderungsmanagement
Von meinem iPhone gesendet

> Am 29.04.2027 um 10:14 schrieb Kanzlei Berger & Roth:
> Unser Zeichen: BR/133/27 - Frau Aylin Çelik, geb. 03.11.1990
> wir bieten für unsere Mandantin monatliche Raten von 25,00 EUR an.
""",
    truth=T("payment_plan_response", "K-2003", "Funkbrücke Mobil GmbH", "688.20", "EUR", ["7004 1181 22"], False,
            "Short mobile reply with a counter-offer (40 instead of 25 EUR); the customer number is only in the "
            "subject ('Kd.-Nr.'); 'Rest steht aktuell bei' is the total; 'Frau Celik' without first name is "
            "resolved by the quoted firm mail (Aylin Çelik + DOB); BR/… there is the firm's; the mobile "
            "signature names the creditor."))

add("hausverwaltung-kranz-fuer-alsterblick-columns-base64",
    "Hausverwaltung Kranz & Söhne GmbH <mieten@hv-kranz.example>",
    "Mietrückstand Gartenweg 3 – Ihr Ratenvorschlag", "2027-05-06 09:05",
    """Sehr geehrte Damen und Herren,

Mieterkonto-Nr.    Objekt      Lage                 Ihr Zeichen
3.017.204          HH-0412     WE 12, 3. OG rechts  SB-2027-0391

als Verwalterin der Vermieterin Alsterblick Grundbesitz GmbH nehmen wir zu Ihrem Schreiben für
Frau S. Schulz, Gartenweg 3, 20095 Hamburg, wie folgt Stellung:

Die Vermieterin ist mit einer Tilgung des Rückstands in Raten von 150,00 EUR monatlich
einverstanden, wenn die laufende Miete von 845,00 EUR ab Juni 2027 jeweils bis zum dritten
Werktag gezahlt wird. Gerät Ihre Mandantin mit einer Rate in Verzug, wird der gesamte Rest fällig.

Der Mietrückstand beträgt insgesamt 2.011,40 EUR (Mieten März bis Mai 2027 abzüglich
Teilzahlungen, zuzüglich Betriebskostennachzahlung 2026).

Mit freundlichen Grüßen
i. A. Petersen
Hausverwaltung Kranz & Söhne GmbH · Tel. 040 6044 712-0
""",
    cte="base64",
    truth=T("payment_plan_response", "K-2005", "Alsterblick Grundbesitz GmbH", "2011.40", "EUR", ["3.017.204"],
            False,
            "Property manager writes for the landlord (owner = Alsterblick Grundbesitz GmbH); four-column header: "
            "the tenant account with dots counts, the building code 'HH-0412' and flat 'WE 12' identify the "
            "property, and the last column is the firm's SB-…; conditional acceptance; 'Frau S. Schulz' at the "
            "shared address = Sabine, not Thomas; current rent and instalment are not the total; base64."))

add("brambleton-pet-insurance-counter-offer-en",
    "Brambleton Pet Insurance <premium.arrears@brambleton-pet.example>",
    "Policy BPI/PET/0044712 - repayment offer", "2027-05-06 12:25",
    """Dear Ms Roth,

Thank you for your offer of £15 a month on behalf of Ms A. Çelik (DOB 3.11.90) towards the
unpaid premiums on her lifetime pet policy for "Mila" (microchip 985 141 000 447 120).

We cannot accept £15 a month, as the arrears would take more than two years to clear. We can
accept £30 a month starting 1 June 2027, and we will freeze the £25 cancellation fee if the
first three payments arrive on time. The arrears currently stand at £389.40.

Please confirm by reply and quote the policy number BPI/PET/0044712 on every payment.

Kind regards
Premium Arrears Team
Brambleton Pet Insurance Ltd
Authorised and regulated by the Financial Conduct Authority, FRN 770412
""",
    html="auto",
    truth=T("payment_plan_response", "K-2003", "Brambleton Pet Insurance Ltd", "389.40", "GBP",
            ["BPI/PET/0044712"], False,
            "Counter-offer (£30 vs £15); policy number in subject and a sentence; the pet's 15-digit microchip "
            "number is not a reference; the £25 fee is a component, the arrears line is the total; 'A. Çelik' "
            "initial + short DOB '3.11.90'; FRN not a reference; multipart/alternative."))

add("zahlfix-forwarded-inkasso-counter-offer",
    "Zahlfix Ratenkauf GmbH <forderungsmanagement@zahlfix.example>",
    "WG: Meyer, Klaus – Ratenkauf ZF-7712-0448 / Vergleich", "2027-05-06 15:10",
    """Sehr geehrte Damen und Herren,

zu Ihrem Vorschlag leiten wir die Stellungnahme unseres Inkassopartners weiter, der wir uns
anschließen. Bitte antworten Sie direkt an Inkasso Lahnstein.

Viele Grüße
Team Forderungsmanagement
Zahlfix Ratenkauf GmbH

---------- Weitergeleitete Nachricht ----------
Von: Inkasso Lahnstein GmbH <akten@inkasso-lahnstein.example>
Datum: Do., 6. Mai 2027 um 11:02
Betreff: Ihr Zeichen ZF-7712-0448 – Vergleichsangebot Kanzlei Berger & Roth
An: forderungsmanagement@zahlfix.example

Hallo Zahlfix-Team,

zu unserem Az. LI 27/3381 (Ihr Kunde Klaus Meyer, geb. 12.04.1978, Köln):

Die Kanzlei bietet 600,00 EUR als Einmalzahlung. Wir empfehlen, stattdessen einen Vergleich über
900,00 EUR anzubieten, zahlbar bis 30.06.2027. Die aktuelle Gesamtforderung beträgt 1.377,80 EUR
(Hauptforderung 1.150,00 EUR zzgl. Zinsen und Kosten).

Beste Grüße
R. Vogt, Inkasso Lahnstein GmbH
Tel. 02621 9044-12 · HRB 4471 (AG Koblenz)
""",
    truth=T("payment_plan_response", "K-2001", "Zahlfix Ratenkauf GmbH", "1377.80", "EUR",
            ["ZF-7712-0448", "LI 27/3381"], False,
            "Forwarded chain: the BNPL creditor adopts its agency's counter-offer (900 vs the firm's 600); the "
            "creditor's instalment-purchase number is in the subject and after 'Ihr Zeichen' in the agency's "
            "forwarded mail (there it is the creditor's number); the agency's Az. in a sentence; the forwarded "
            "content is passed on as current, so its 'Gesamtforderung' counts, not the principal or offers; "
            "'Meyer, Klaus' + DOB; phone/HRB not references."))

# ---- rejection (4) -------------------------------------------------------------------------------------------

add("parkwise-pcn-registration-nonclient-en",
    "Parkwise Enforcement <appeals@parkwise-enforcement.example>",
    "Parking Charge Notice PW 7741203", "2027-05-07 08:30",
    """Dear Sir or Madam,

Parking Charge Notice: PW 7741203
Vehicle registration: YD68 KLM
Site: Riverside Retail Park, car park 2 (site code 0447)

We have received your letter on behalf of Ms Chloe Barton, the registered keeper. Our records
show the vehicle overstayed the free period by 2 hours 41 minutes on 18 February 2027.

We do not accept reduced offers on parking charges and we will not be proposing any alternative.
The amount payable is £170.00 (parking charge £100.00 plus £70.00 debt recovery costs). If it
is not paid within 14 days the matter will be passed to our solicitors.

Parkwise Enforcement Ltd
Member of the British Parking Association AOS (member no. 0412)
ICO registration ZB120447 | Company no. 10447120
""",
    cte="8bit",
    truth=T("rejection", None, "Parkwise Enforcement Ltd", "170.00", "GBP", ["PW 7741203"], True,
            "Parking operator refuses any reduced offer, no counter-proposal; Chloe Barton is not a client "
            "(null, review); the PCN number is the reference; number plate, site code, BPA member number, ICO and "
            "company numbers are not; '£170.00' total vs the £100/£70 components."))

add("stadt-lindenbrueck-steueramt-kassenzeichen-steuernummer",
    "Stadt Lindenbrück Steueramt <steueramt@lindenbrueck.example>",
    "Antrag auf Erlass von Grundbesitzabgaben – Wagner, Peter", "2027-05-07 10:15",
    """Stadt Lindenbrück · Fachbereich Finanzen · Steueramt

Aktenzeichen: 22.1-0412/27
Kassenzeichen: 0412.7705.33
Grundstück: Kirchweg 7, Gemarkung Lindenbrück, Flur 3, Flurstück 118/4

Sehr geehrte Damen und Herren,

Ihren Antrag vom 12.04.2027 auf Erlass der rückständigen Grundsteuer B und der Abfallgebühren
für Ihren Mandanten Wagner, Peter, geb. 19.07.1958, lehne ich ab. Die Voraussetzungen des
§ 227 AO liegen nicht vor, da die Grundsteuer eine auf dem Grundstück ruhende Last ist. Eine
Ratenzahlung wird ebenfalls nicht gewährt.

Der Gesamtrückstand beträgt 1.214,60 EUR einschließlich Säumniszuschlägen und Mahngebühren.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch erhoben
werden.

Im Auftrag
Kessler

Stadt Lindenbrück · Rathausplatz 2 · 34414 Lindenbrück
Steuernummer der Stadt: 046 133 00412 (Finanzamt Korbach) · USt-IdNr. DE 113 044 712
Stadtkasse: IBAN DE08 5235 0005 0000 0412 77
""",
    charset="iso-8859-1", cte="quoted-printable",
    truth=T("rejection", "K-2009", "Stadt Lindenbrück", "1214.60", "EUR", ["22.1-0412/27", "0412.7705.33"],
            False,
            "Municipal tax office refuses remission and instalments; 'Aktenzeichen' and dot-separated "
            "'Kassenzeichen' are references; the town's own Steuernummer and USt-IdNr. in the footer, the "
            "cadastral plot 'Flur 3, Flurstück 118/4', § 227 AO and the IBAN are not; reversed name + DOB; "
            "creditor is the town (the Steueramt is a department); iso-8859-1 quoted-printable."))

add("emsland-autobank-restforderung-vin-kennzeichen",
    "Emsland Autobank AG <abwicklung@emsland-autobank.example>",
    "Finanzierungsvertrag AF-0099120447 – Ihr Schreiben vom 22.04.2027", "2027-05-07 13:40",
    """Sehr geehrte Damen und Herren,

Kundennummer: 2204471
Fahrzeug: VW Golf, amtl. Kennzeichen S-AF 4120, FIN WVWZZZ1KZ6W412044

nach Rückgabe und Verwertung des Fahrzeugs Ihrer Mandantin Anna Lena Fischer (geb. 01.12.94)
verbleibt aus dem oben genannten Finanzierungsvertrag eine Restforderung von 5.870,13 EUR.

Ihren Vorschlag, die Restforderung in Raten von 50,00 EUR zu tilgen, lehnen wir ab. Einen
Gegenvorschlag unterbreiten wir nicht. Wir bitten um Ausgleich bis zum 15.06.2027; danach
übergeben wir den Vorgang an unseren Rechtsanwalt.

Mit freundlichen Grüßen
Emsland Autobank AG – Abwicklung
Lingen (Ems) · Amtsgericht Osnabrück HRB 200447
""",
    truth=T("rejection", "K-2008", "Emsland Autobank AG", "5870.13", "EUR", ["AF-0099120447", "2204471"], False,
            "Car finance flat refusal; the contract number only in the subject ('Finanzierungsvertrag …', "
            "referred to as 'oben genannten'), the customer number in the body; the number plate and the VIN "
            "(which contains 'ZZZ') are not references; 'Anna Lena Fischer' without hyphen + two-digit-year DOB; "
            "50,00 EUR is the firm's offer; HRB not a reference."))

add("blackthorn-capital-short-refusal-nonclient-base64-en",
    "Blackthorn Capital Recoveries <customer.care@blackthorn-cr.example>",
    "RE: Mr D O'Hare - token payment offer", "2027-05-07 16:05",
    """Hi,

Thanks for your email. We've looked at the token offer of £1 a month for Mr Daniel O'Hare and
we're not able to accept it. We won't be putting forward an alternative - if his circumstances
change please send us a full income and expenditure statement and we'll look again.

Balance: £612.35
Our account ref: BCR 00771204
Original creditor: Nimbus Mobile Ltd (account NM-44120-7), purchased 14/01/2027

Thanks
Customer Care | Blackthorn Capital Recoveries Ltd
""",
    cte="base64",
    truth=T("rejection", None, "Blackthorn Capital Recoveries Ltd", "612.35", "GBP",
            ["BCR 00771204", "NM-44120-7"], True,
            "Debt purchaser (owner after purchase) refuses a token offer, no counter-offer; Daniel O'Hare is not a "
            "client (null, review); references below the text as a label list, the original creditor's account "
            "number in brackets; purchase date not a reference; base64 body."))

# ---- information_request (4) ---------------------------------------------------------------------------------

add("hartwell-hospital-authority-pdf-nhs-number-en",
    "Hartwell Private Hospital Accounts <patient.accounts@hartwell-hospital.example>",
    "Patient account enquiry - Miss A Fischer", "2027-05-10 09:00",
    """Dear Sir/Madam,

Patient account number
HPH-2291-04

We have received your letter about Miss A. Fischer (date of birth 01/12/1994). Under data
protection rules we cannot discuss the account until we receive a form of authority signed by
the patient, together with a copy of her photo ID.

For your information, a copy of the outstanding invoice is attached. Please do not send us the
patient's NHS number (485 777 3456) or medical details by email.

Kind regards
Patient Accounts
Hartwell Private Hospital, 9 Abbey Road, Reading RG1 3AA | 0118 496 0120
""",
    pdfs=[text_pdf("Hartwell_invoice_INV-77120.pdf", "Hartwell Private Hospital - Invoice",
                   ["Invoice no.: INV-77120            Invoice date: 02/02/2027",
                    "Patient: Miss Anna-Lena Fischer    Patient account: HPH-2291-04",
                    "Self-pay treatment: knee arthroscopy (day case)", ""],
                   table=[("Consultant fees", "GBP 1,250.00"),
                          ("Theatre and day-case bed", "GBP 1,390.00"),
                          ("Deposit paid", "GBP -500.00"),
                          ("Balance due", "GBP 2,140.00")],
                   after=["Hartwell Private Hospital is a trading name of Hartwell Healthcare Ltd,",
                          "registered in England no. 04471209. VAT exempt."])],
    truth=T("information_request", "K-2008", "Hartwell Healthcare Ltd", "2140.00", "GBP",
            ["HPH-2291-04", "INV-77120"], False,
            "Hospital asks for a signed form of authority and photo ID before discussing the account; the "
            "balance is stated only in the attached text PDF; patient account number on the line after its "
            "label (and in the PDF), invoice number only in the PDF (and its filename); the NHS number is a "
            "national health ID, not a reference; owner is the company behind the trading name; 'Miss A. "
            "Fischer' + DOB in the body, 'Anna-Lena' only in the PDF."))

add("fernwaerme-alstertal-ambiguous-schulz",
    "Fernwärme Alstertal GmbH <kundenkonten@fernwaerme-alstertal.example>",
    "Ihre Anfrage zum Vertragskonto 6100 4471 22", "2027-05-10 11:30",
    """Sehr geehrte Damen und Herren,

Ihre Anfrage betreffend Schulz, Gartenweg 3, 20095 Hamburg, haben wir erhalten. Das
Vertragskonto 6100 4471 22 für diese Adresse lautet auf „Schulz“ ohne Vornamen, da der Vertrag
vom Voreigentümer übernommen wurde.

Bitte übersenden Sie uns eine Vollmacht des Vertragsinhabers bzw. der Vertragsinhaberin mit
vollem Namen und Geburtsdatum. Erst danach können wir Ihnen eine Forderungsaufstellung
zusenden. Derzeit ist ein Rückstand von 1.306,90 EUR gebucht.

Mit freundlichen Grüßen
Kundenkonten
Fernwärme Alstertal GmbH · Tel. 040 3044 7120 · Zählpunkt HH-FW-0412-118
""",
    truth=T("information_request", None, "Fernwärme Alstertal GmbH", "1306.90", "EUR", ["6100 4471 22"], True,
            "Asks for a power of attorney with full name and DOB; 'Schulz, Gartenweg 3, 20095 Hamburg' without "
            "first name fits Sabine (K-2005) and Thomas Schulz (K-2006) at the same address: ambiguous client "
            "match (null, review); contract account also in the subject; the heat metering point and phone are "
            "not references; states the booked arrears."))

add("versandhaus-gruenfeld-html-vollmacht-sendungsnummer",
    "Versandhaus Grünfeld <kundenservice@versandhaus-gruenfeld.example>",
    "Ihre Anfrage vom 28.04.2027", "2027-05-10 14:45",
    None,
    html="""<html><body style="font-family:Georgia,serif;font-size:11pt">
<p>Sehr geehrte Damen und Herren,</p>
<p>wir haben Ihre Anfrage zu unserer Kundin <b>Frau M. Hoffmann</b>, geb. 3.3.62, Erfurt, erhalten.</p>
<p>Aus Datenschutzgründen dürfen wir Ihnen Auskünfte zum Kundenkonto erst erteilen, wenn uns eine
von der Kundin unterschriebene Vollmacht vorliegt. Bitte senden Sie diese unter Angabe der
Kundennummer an unsere Postanschrift oder per E-Mail.</p>
<table style="font-size:10pt">
<tr><td>Kundennummer:</td><td>71 448 203</td></tr>
<tr><td>Letzte Lieferung:</td><td>Sendungsnummer JJD0004471209931, zugestellt am 03.02.2027</td></tr>
</table>
<p>Mit freundlichen Grüßen<br>
Ihr Kundenservice<br>
Versandhaus Grünfeld GmbH &middot; Postfach 44 71 &middot; 90327 Nürnberg</p>
</body></html>""",
    html_only=True, charset="iso-8859-1", cte="quoted-printable",
    truth=T("information_request", "K-2014", "Versandhaus Grünfeld GmbH", None, None, ["71 448 203"], False,
            "HTML-only: asks for a signed power of attorney before giving information, no amount; customer "
            "number in a table cell next to a parcel tracking number (not a reference); 'Frau M. Hoffmann' + "
            "short DOB '3.3.62' + city; Postfach not a reference; iso-8859-1 quoted-printable HTML."))

add("ironworks-gym-authority-balance-en",
    "Ironworks Gym <memberships@ironworks-gym.example>",
    "Membership IW-M-20871", "2027-05-11 08:50",
    """Hi there,

We've got your letter about Mr K. Meyer, DOB 12/04/1978, membership IW-M-20871 at our
Manchester Deansgate club.

Before we can agree anything we need a signed form of authority from Mr Meyer and his current
address. Once we have these we'll freeze the membership. The outstanding balance on the
membership is £146.00 (four missed monthly fees and one failed-payment charge).

Cheers,
Becky
Membership Team | Ironworks Gym Ltd | Companies House 08812044 | 0161 850 4471
""",
    charset="iso-8859-1", cte="quoted-printable",
    truth=T("information_request", "K-2001", "Ironworks Gym Ltd", "146.00", "GBP", ["IW-M-20871"], False,
            "Gym asks for signed authority and address first and states the balance; membership number in the "
            "subject and a sentence; 'Mr K. Meyer' (with y) + DOB 12/04/1978 = Klaus Meyer, not Karin Meier; "
            "Companies House number and phone not references; 'four missed monthly fees' is a count."))

# ---- auto_reply (3) ------------------------------------------------------------------------------------------

add("beitragsservice-eingangsbestaetigung-html-auto-submitted",
    "Beitragsservice Nordmark Rundfunk <no-reply@nordmark-rundfunk.example>",
    "Eingangsbestätigung – Beitragsnummer 512 447 120", "2027-05-11 09:02",
    None,
    html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Guten Tag,</p>
<p>vielen Dank für Ihre Nachricht. Diese E-Mail wurde automatisch erstellt.</p>
<p>Ihr Anliegen wurde unter dem Vorgangsschlüssel <b>VS-2027-05-11-004471</b> erfasst. Bitte sehen
Sie von Rückfragen zum Bearbeitungsstand ab; wir melden uns schriftlich.</p>
<p>Ihr Beitragsservice</p>
</body></html>""",
    html_only=True, headers={"Auto-Submitted": "auto-generated"},
    truth=AUTO("HTML-only automatic receipt (Auto-Submitted: auto-generated, text says it was created "
               "automatically); the contribution number in the subject and the 'Vorgangsschlüssel' token change "
               "nothing: all fields null."))

add("hollybrook-out-of-office-precedence-en",
    "Priya Nair <p.nair@hollybrook-cs.example>",
    "Out of Office: Statement - Mr S Koch - HCS-5512047", "2027-05-11 10:20",
    """Thank you for your email.

I am on annual leave until Monday 24 May 2027 with limited access to email. For urgent account
queries please contact servicing@hollybrook-cs.example or call 0161 496 0447.

Kind regards
Priya Nair
Hollybrook Credit Servicing Ltd
""",
    charset="us-ascii", cte="7bit", headers={"Precedence": "auto_reply"},
    truth=AUTO("Out-of-office marked only by a Precedence: auto_reply header and 'Out of Office' in the "
               "subject; the servicer reference in the subject and the phone change nothing: all fields null."))

add("ashvale-unmonitored-mailbox-no-header-en",
    "Ashvale Borough Council <no-reply@ashvale.gov.example>",
    "Re: Council Tax account 5104 4712 0", "2027-05-11 10:21",
    """This is an automated response. This mailbox is not monitored.

Your email has been received by Ashvale Borough Council Revenues. We aim to respond within
20 working days. Your enquiry number is ENQ-884120.

Pay, report a change or apply for a discount online at ashvale.gov.example/counciltax.
""",
    charset="us-ascii", cte="7bit",
    truth=AUTO("Automated 'mailbox not monitored' response without auto-reply headers; the council tax account "
               "in the subject and the enquiry number token change nothing: all fields null."))

# ---- other (4) -----------------------------------------------------------------------------------------------

add("sperber-abtretung-telekom-known-reference-only",
    "Sperber Forderungskauf GmbH <service@sperber-forderungskauf.example>",
    "Abtretungsanzeige – Telekom-Kundenkonto 4711 0815 99", "2027-05-11 13:30",
    """Sehr geehrte Damen und Herren,

Ihr an die Telekom Deutschland GmbH gerichtetes Schreiben zum Kundenkonto 4711 0815 99 wurde an
uns weitergeleitet. Die Telekom Deutschland GmbH hat die Forderung aus diesem Kundenkonto mit
Vertrag vom 31.03.2027 an die Sperber Forderungskauf GmbH verkauft und abgetreten.

Zum Abtretungsstichtag betrug die Forderung 834,16 EUR. Bitte richten Sie sämtliche
Korrespondenz und Zahlungen künftig an uns; unser Aktenzeichen lautet SFK-27-0447-1.

Mit freundlichen Grüßen
Sperber Forderungskauf GmbH
Mannheim · Amtsgericht Mannheim HRB 744120 · Telefon 0621 9904 471
""",
    truth=T("other", "K-2004", "Sperber Forderungskauf GmbH", "834.16", "EUR", ["4711 0815 99", "SFK-27-0447-1"],
            False,
            "Notice of assignment (other) stating the balance at the assignment date; the buyer is the owner; "
            "the debtor is not named at all: the client is identified only by the previous owner's customer "
            "account, a known reference of K-2004 at Telekom Deutschland GmbH; buyer's Az. in a sentence; HRB "
            "and phone not references."))

add("zv-wasser-eifel-nothing-owed-signature-only",
    "Kundenservice <kundenservice@zv-eifelnord.example>",
    "Schlussabrechnung Ringstraße 8 – Ihre Mandantin", "2027-05-12 08:40",
    """Sehr geehrte Damen und Herren,

Kundennummer: 30-0448-12
Zählernummer: 9WZ 120447

zu Ihrer Anfrage für Frau Karin Meier, Ringstraße 8, 50672 Köln (früher Brunnenweg 2,
Mechernich), teilen wir mit, dass die Schlussabrechnung vom 20.03.2027 durch die Verrechnung
der Abschläge ausgeglichen ist. Es bestehen keine offenen Forderungen mehr; das Kundenkonto
wurde geschlossen.

Mit freundlichen Grüßen
A. Wirtz
Zweckverband Wasserversorgung Eifel-Nord
""",
    truth=T("other", "K-2002", "Zweckverband Wasserversorgung Eifel-Nord", "0.00", "EUR", ["30-0448-12"], False,
            "Account closed with nothing owed (0.00, EUR); the creditor is named only in the signature "
            "(sender shows 'Kundenservice'); water meter number is not a reference; Karin Meier by full "
            "name + current address (not Klaus Meyer)."))

add("pelham-recoveries-file-returned-nonclient-en",
    "Pelham Recoveries <closures@pelham-recoveries.example>",
    "Account returned to client - Mrs L Greaves", "2027-05-12 11:10",
    """Dear Sir/Madam,

Our ref: PR/33/0912
Client: Tavistock Mail Order Ltd
Client account number: TMO 448 120

Further to your letter on behalf of Mrs Linda Greaves, 22 Orchard Way, Exeter EX4 6PL, please
note that our instruction has ended and the account has been returned to our client. We will
take no further action and have closed our file.

Any further correspondence should be sent directly to Tavistock Mail Order Ltd, Freepost
RTXL-4471, Plymouth.

Yours faithfully
Pelham Recoveries Ltd | Company no. 07744120 | ICO Z4471209
""",
    charset="iso-8859-1", cte="base64",
    truth=T("other", None, "Tavistock Mail Order Ltd", None, None, ["PR/33/0912", "TMO 448 120"], True,
            "Agency returns the account to its principal (other), no amount; Linda Greaves is not a client "
            "(null, review); agency 'Our ref' and the principal's account number count; the Freepost code, "
            "company and ICO numbers and postcode are not references; iso-8859-1 base64."))

add("quarry-lane-servicing-transfer-en",
    "Quarry Lane Loans <loan.servicing@quarrylane-loans.example>",
    "Important: change of servicer for your client's loan", "2027-05-12 14:55",
    """Dear Sir or Madam,

Loan account: QLL-0412-8834
Borrower: Mr Thomas Schulz, date of birth 22 January 1969
Your reference: SB-2027-0420

We are writing to let you know that from 1 June 2027 the day-to-day administration of the above
loan will be carried out by Mosswood Servicing Ltd on our behalf. Quarry Lane Loans Ltd remains
the lender and the owner of the loan; the terms of the loan do not change.

Mosswood will write to you with their own contact details. Until then please continue to
correspond with us.

Yours faithfully
Quarry Lane Loans Ltd
""",
    charset="us-ascii", cte="7bit",
    truth=T("other", "K-2006", "Quarry Lane Loans Ltd", None, None, ["QLL-0412-8834"], False,
            "Change of servicer (other), not an assignment: the lender stays the owner, the new servicer is "
            "not the creditor; no amount; 'Your reference' SB-… is the firm's; Thomas Schulz by first name + "
            "DOB in words (not Sabine)."))


# --------------------------------------------------------------------------------------------------------------
# --check
# --------------------------------------------------------------------------------------------------------------

MIN_INTENTS = {"debt_statement": 10, "payment_plan_response": 5, "rejection": 4, "information_request": 4,
               "auto_reply": 3, "other": 4}
EARLIER = ("dev", "dev2", "dev3", "dev4", "dev5")


if __name__ == "__main__":
    sys.exit(BATCH.main(sys.argv[1:],
                        earlier=EARLIER,
                        min_intents=MIN_INTENTS,
                        min_kinds={"text_pdf": 3, "image_pdf": 1, "html_only": 3},
                        refs_per_mail=(1, 3)))
