#!/usr/bin/env python3
"""Deterministic generator of the twenty-fifth dev batch (tests/agents_data/dev25/): 30 creditor emails + truth.

Written without reading the rules engine (only CONVENTIONS.md, the client list and the builder API), with
creditors new to the earlier sets: cross-border and private-lender debts. Swiss creditors and agencies (CHF with
apostrophe thousands, 'Betreibung' threatened, a EUR equivalent next to the CHF total), an Austrian
Inkassoburo (costs under the Inkassokostenverordnung, 'aushaftend', 'EUR 690,--'), Dutch and Scandinavian online
shops writing in English (SEK total with an EUR estimate, DKK ledger next to the EUR total), peer-to-peer and
crowd-lending platforms (buy-back of investor parts, a servicer writing for the lending bank), pawn shops (a
shortfall after the auction and a surplus with nothing owed), car finance after the vehicle was returned
(Restforderung nach Verwertung), gym and subscription-box claims sold to debt buyers (original creditor named),
vet and private dental invoices via billing centres (one bought the claim, one only acts for the practice), a
debt purchaser's settlement offer with a discount deadline, and a counter-offer. German, English and mixed;
text-PDF tables, scans, HTML-only mail, long signatures full of numbers, quoted threads and forwarded chains.
Every truth file also labels `payment_deadline` (ISO date or null).

Same file format and rendering as dev/..dev23/ (build_dev.py's helpers are imported, nothing there changes).

    cd tests/agents_data && /tmp/gen-venv/bin/python build_dev25.py          # (re)write dev25/
    cd tests/agents_data && /tmp/gen-venv/bin/python build_dev25.py --check  # verify dev25/ against the specs

No randomness: fixed dates, Message-IDs, MIME boundaries and PDF creation dates.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_dev as bd  # noqa: E402
import batch  # noqa: E402
from batch import Batch  # noqa: E402

FIRM = bd.FIRM
T, text_pdf, image_pdf = bd.T, bd.text_pdf, bd.image_pdf

BATCH = Batch("dev25", 2500)
MESSAGES, add = BATCH.messages, BATCH.add


def L(intent, client_id, creditor, amount, currency, refs, review, notes, deadline=None):
    """T(...) plus the payment deadline the creditor sets (ISO date) or None."""
    return {**T(intent, client_id, creditor, amount, currency, refs, review, notes), "payment_deadline": deadline}


def AUTO(notes):
    return {**bd.AUTO(notes), "payment_deadline": None}


# ---- debt_statement (13) -------------------------------------------------------------------------------------

add("ostschweizer-forderungsdienst-chf-betreibung",
    "Ostschweizer Forderungsdienst AG <fallbearbeitung@ostschweizer-fd.example>",
    "Letzte Mahnung vor Betreibung - Dossier OFD-28-33107", "2028-03-14 09:20",
    """Guten Tag

Die Säntisblick Versand AG, Kreuzlingen, hat uns mit dem Inkasso der nachstehenden Forderung
beauftragt. Ihr Mandant, Herr Juergen Strauss-Koehler (geb. 28.02.1965), hat die Lieferung vom
04.11.2027 (Kundennummer 77-40218, Rechnung 2027-118842) trotz zweier Mahnungen nicht bezahlt.

Forderungsaufstellung per 14.03.2028
  Rechnungsbetrag                      CHF   1'129.00
  Verzugszins 5 %                      CHF      19.60
  Mahnspesen der Auftraggeberin        CHF      40.00
  Inkassoaufwand                       CHF      96.00
  Total offene Forderung               CHF   1'284.60

Zur Information: Gegenwert am Stichtag ca. EUR 1.337,14 (Kurs 1.0409). Massgebend ist
ausschliesslich der Frankenbetrag.

Wir bitten um Überweisung des Totals bis 28. März 2028. Bleibt die Zahlung aus, reichen wir
ohne weitere Ankündigung das Betreibungsbegehren ein bzw. übergeben das Dossier unserer
Partnerkanzlei in Deutschland. Sämtliche Kosten gehen zu Lasten des Schuldners.

Freundliche Grüsse

Ostschweizer Forderungsdienst AG
Fallbearbeitung, R. Büchi
Hauptstrasse 41 · 8280 Kreuzlingen · Tel. +41 71 688 40 20
IBAN CH93 0076 2011 6238 5295 7 · UID CHE-114.552.903 MWST
""",
    truth=L("debt_statement", "K-2004", "Säntisblick Versand AG", "1284.60", "CHF",
            ["OFD-28-33107", "77-40218", "2027-118842"], False,
            "Swiss agency writing for the shop (the shop owns the claim, not the agency); CHF total with "
            "apostrophe thousands, an EUR equivalent beside it that is not the stated total; components; "
            "client by transliterated name (Juergen Strauss-Koehler) + DOB; UID/MWST number and Swiss IBAN are "
            "not references; 'Betreibung' only threatened, no procedure number.",
            "2028-03-28"))

add("kremser-inkasso-austria-pdf-table",
    "Inkassoinstitut Kremser & Partner GmbH <office@kremser-inkasso.example>",
    "Zahlungsaufforderung zu AZ 28/0417-KP (Donauland Elektro)", "2028-03-15 10:05",
    """Sehr geehrte Damen und Herren,

in der Anlage übermitteln wir die aktuelle Forderungsaufstellung betreffend Ihre Mandantin
Frau Olga Petrowa. Unsere Auftraggeberin ist die Donauland Elektro Handels GmbH, 3500 Krems.

Wir ersuchen um Überweisung des aushaftenden Betrages bis spätestens 11.04.2028 unter Angabe
unseres Aktenzeichens. Ratenansuchen sind schriftlich an uns zu richten.

Mit freundlichen Grüßen

Mag. Theresa Lindinger
Inkassoinstitut Kremser & Partner GmbH
Obere Landstraße 12 · A-3500 Krems an der Donau
T +43 2732 70 44 10 · F +43 2732 70 44 19
FN 318842 m · LG Krems · UID ATU 66120941 · GISA-Zahl 20811442
Mitglied des Inkassoverbandes Österreich
""",
    pdfs=[text_pdf("Forderungsaufstellung_28-0417-KP.pdf", "Kremser & Partner - Forderungsaufstellung",
                   ["Aktenzeichen: 28/0417-KP                           Krems, 15.03.2028",
                    "Auftraggeberin: Donauland Elektro Handels GmbH, Kundennummer 31-90877",
                    "Schuldnerin: Petrowa Olga, geb. 27.5.1988, Leipziger Str. 40, 10117 Berlin", ""],
                   table=[("Kapital lt. Rechnung Nr. 4400-2291 vom 12.10.2027", "EUR 549,00"),
                          ("Verzugszinsen 4 % seit 12.11.2027", "EUR 8,63"),
                          ("Mahnspesen der Auftraggeberin", "EUR 15,00"),
                          ("Bearbeitungsgebuehr lt. BGBl. 141/1996", "EUR 59,92"),
                          ("Evidenzhaltung", "EUR 14,50"),
                          ("Barauslagen (Porto)", "EUR 3,31"),
                          ("Aushaftend gesamt", "EUR 650,36")],
                   after=["Zahlbar bis 11.04.2028 auf AT61 1904 3002 3457 3201 (Verwendungszweck: 28/0417-KP)."])],
    truth=L("debt_statement", "K-2010", "Donauland Elektro Handels GmbH", "650.36", "EUR",
            ["28/0417-KP", "31-90877", "4400-2291"], False,
            "Austrian Inkassobüro for its principal (principal owns the claim); figures only in a text-PDF table "
            "with cost lines under the Inkassokostenverordnung; total labelled 'Aushaftend gesamt'; "
            "client by transliteration 'Petrowa Olga' + Austrian-style DOB 27.5.1988; FN, UID, GISA number, "
            "BGBl. number and the Austrian IBAN are not references.",
            "2028-04-11"))

add("tulpenhof-living-html-en",
    "Tulpenhof Living B.V. <debiteuren@tulpenhof-living.example>",
    "Second reminder invoice TL-2028-004417", "2028-03-16 14:40",
    None,
    html="""<html><body style="font-family:Verdana;font-size:10pt">
<p><b>Tulpenhof Living B.V.</b><br>Debtor management<br>Keizersgracht 402<br>1016 GC Amsterdam<br>
+31 20 555 0417</p>
<p>Dear Sir or Madam,</p>
<p>We understand from your letter that you act for Ms A.L. Fischer, Schillerplatz 2, Stuttgart. According to our
records the payment period for the invoice below has passed and we have not received payment.</p>
<table border="1" cellpadding="3">
<tr><th>Description</th><th>Amount</th></tr>
<tr><td>Invoice TL-2028-004417 (order 1188-3302, 18-01-2028)</td><td>&euro; 289,95</td></tr>
<tr><td>Shipping</td><td>&euro; 6,95</td></tr>
<tr><td>Administration fee</td><td>&euro; 15,00</td></tr>
<tr><td><b>Total amount outstanding</b></td><td><b>&euro; 311,90</b></td></tr>
</table>
<p>Please transfer the outstanding amount by <b>2 April 2028</b> to NL91 ABNA 0417 1643 00 quoting the invoice
number. If we do not receive payment on time, the claim will be handed over to a collection agency and
extrajudicial collection costs will be charged.</p>
<p>Kind regards,<br>Sanne de Wit<br>Tulpenhof Living B.V. | KvK 60441872 | BTW NL853920114B01</p>
</body></html>""",
    html_only=True,
    truth=L("debt_statement", "K-2008", "Tulpenhof Living B.V.", "311.90", "EUR",
            ["TL-2028-004417", "1188-3302"], False,
            "HTML-only Dutch web-shop reminder in English; euro amounts with decimal comma ('€ 311,90'); order "
            "number inside the table label; KvK and BTW numbers, IBAN and phone are not references; client by "
            "initials 'A.L. Fischer' + street and city.",
            "2028-04-02"))

add("norrsken-outdoor-sek-total-en",
    "Norrsken Outdoor AB <kundreskontra@norrsken-outdoor.example>",
    "Payment reminder 2 - invoice 5502194", "2028-03-20 08:55",
    """Hi,

Thank you for your letter about your client Lukas Becker (born 14 Feb 1999). His account with
us still shows an unpaid invoice.

Invoice no: 5502194
Customer no: 880-3316
Invoice date 2028-01-09, original due date 2028-02-08

  Tent Fjällvind 3 + sleeping bag     4 290,00 SEK
  Freight                               199,00 SEK
  Reminder fee                           60,00 SEK
  Interest on late payment               66,00 SEK
  Total to pay                        4 615,00 SEK

For your convenience this is approx. EUR 402.50 at today's rate, but we can only accept the
SEK amount.

New due date: 2028-04-10. If payment is not received we will pass the case to our collection
partner without further notice.

Best regards
Elin Sjöberg, Accounts Receivable
Norrsken Outdoor AB, Storgatan 18, 903 26 Umeå, Sweden
Bankgiro 5521-0094 | IBAN SE45 5000 0000 0583 9825 7466
Org.nr 556677-1204 | VAT SE556677120401
""",
    truth=L("debt_statement", "K-2012", "Norrsken Outdoor AB", "4615.00", "SEK",
            ["5502194", "880-3316"], False,
            "Swedish shop in English: total in SEK with space thousands and decimal comma; an EUR estimate next "
            "to it is not the stated total; ISO dates; Bankgiro, Org.nr and VAT number are not references; "
            "client by full name + DOB in words.",
            "2028-04-10"))

add("lainio-lending-p2p-buyback-pdf-en",
    "Lainio Lending OU Collections <collections@lainio-lending.example>",
    "Loan LL-2026-118420 - termination statement", "2028-03-22 11:30",
    """Dear Sir/Madam,

We refer to your letter regarding Mr Mehmet Yilmaz (DOB 08/03/1985).

Loan agreement LL-2026-118420, arranged on our peer-to-peer platform, was terminated on
15 January 2028 after four missed repayments. Under the buyback guarantee the investors' loan
parts were repurchased by us, so Lainio Lending OÜ is now the sole creditor of the loan.

The termination statement with the breakdown of the claim is attached. Our collections case
number is COL-55871; please quote it in all correspondence.

We are open to discussing a repayment schedule once we have received an overview of your
client's income.

Yours faithfully
Collections Team
Lainio Lending OÜ · Narva mnt 7 · 10117 Tallinn · Estonia
Registry code 14421880 · VAT EE102188451 · +372 600 4418
""",
    charset="utf-8",
    pdfs=[text_pdf("termination_statement_LL-2026-118420.pdf", "Lainio Lending - Termination statement",
                   ["Loan agreement: LL-2026-118420       Case: COL-55871       Date: 22/03/2028",
                    "Borrower: Mehmet Yilmaz, 08/03/1985, Hafenstr. 20, 28195 Bremen",
                    "Investor parts repurchased: 412 parts, 15/01/2028", ""],
                   table=[("Outstanding principal", "EUR 2,310.44"),
                          ("Contractual interest to 15/01/2028", "EUR 118.20"),
                          ("Late payment interest", "EUR 96.55"),
                          ("Reminder and termination fees", "EUR 45.00"),
                          ("Total claim", "EUR 2,570.19")],
                   after=["Payments: EE38 2200 2210 2014 5685 / reference COL-55871"])],
    truth=L("debt_statement", "K-2007", "Lainio Lending OÜ", "2570.19", "EUR",
            ["LL-2026-118420", "COL-55871"], False,
            "P2P platform after buying back the investors' parts: the platform now owns the claim; total only in "
            "the text-PDF table (English number format); registry code, VAT, IBAN and the '412 parts' are not "
            "references; client Yılmaz written without the dotless i, with DOB 08/03/1985.",
            None))

add("pfandhaus-kronenhof-shortfall-nonclient",
    "Pfandhaus Kronenhof <info@pfandhaus-kronenhof.example>",
    "restforderung pfandschein 0418877", "2028-03-24 16:12",
    """hallo,

wg. ihrem schreiben zu herrn Dragan Kovačević: der pfandschein nr 0418877 (autopfand, darlehen
gg. sicherungsübereignung opel corsa, vertrag AD-2027-0093) ist abgelaufen, das fahrzeug wurde am
14.03.28 öffentlich versteigert. der erlös hat nicht gereicht.

darlehen 3.000,00 / gebühren+zinsen 6 monate 540,00 / versteigerungskosten 212,50 /
erlös -2.650,00

restforderung lt. vertrag §7 (persönliche haftung beim autopfand): 1.102,50 EUR

bitte bis 30.04. überweisen, sonst geht das an unseren anwalt.

gruß
M. Kessler
Pfandhaus Kronenhof GmbH - Lange Str. 18 - 26122 Oldenburg
Erlaubnis nach §34 GewO - Tel 0441 9983 120 - Fax 0441 9983 129
""",
    truth=L("debt_statement", None, "Pfandhaus Kronenhof GmbH", "1102.50", "EUR",
            ["0418877", "AD-2027-0093"], True,
            "Sloppy lower-case mail from a pawn shop about a shortfall after the auction; debtor Dragan "
            "Kovačević is not a client (review); components separated by slashes, total 'restforderung'; "
            "deadline '30.04.' without a year (mail of March 2028); §34 GewO and phone/fax are not references.",
            "2028-04-30"))

add("isarwerk-autobank-restforderung-verwertung-pdf",
    "Isarwerk Autobank AG Vertragsabwicklung <abwicklung@isarwerk-autobank.example>",
    "Abrechnung nach Fahrzeugverwertung - Darlehensvertrag 71-448203-09", "2028-03-27 13:45",
    """Sehr geehrte Damen und Herren,

Ihr Mandant, Herr Stefan Koch, Neckarstr. 7, 68159 Mannheim, hat das finanzierte Fahrzeug
(Skoda Octavia Combi, FIN TMBJJ7NE4L0118822, amtl. Kennzeichen MA-SK 1177) nach Kündigung des
Darlehensvertrags am 02.02.2028 an uns herausgegeben.

Das Fahrzeug wurde begutachtet und dem Kunden vor dem Verkauf zum gleichen Preis angedient;
da keine Rückmeldung erfolgte, wurde es an den Höchstbietenden veräußert. Der Verwertungserlös
von 12.700,00 EUR wurde dem Darlehenskonto gutgeschrieben.

Die vollständige Abrechnung mit der verbleibenden Restforderung finden Sie in der Anlage.
Kundennummer: KD 5520-188

Mit freundlichen Grüßen
Isarwerk Autobank AG
Vertragsabwicklung / Team Verwertung
Leopoldstraße 210 · 80807 München · Tel. 089 1277 4400
Vorstand: Dr. H. Reindl · AG München HRB 188204 · USt-IdNr. DE 281 447 093
""",
    pdfs=[text_pdf("Abrechnung_71-448203-09.pdf", "Isarwerk Autobank AG - Abrechnung nach Verwertung",
                   ["Darlehensvertrag 71-448203-09 / Kundennummer KD 5520-188      Muenchen, 27.03.2028",
                    "Darlehensnehmer: Koch, Stefan, geb. 11.11.1977", ""],
                   table=[("Restschuld bei Kuendigung", "14.820,55 EUR"),
                          ("Rueckstaendige Raten 11/2027 - 01/2028", "1.041,00 EUR"),
                          ("Verzugszinsen", "187,34 EUR"),
                          ("Sicherstellung und Ueberfuehrung", "690,00 EUR"),
                          ("Gutachterkosten", "245,00 EUR"),
                          ("Verwertungserloes (Hoechstgebot)", "-12.700,00 EUR"),
                          ("Restforderung", "4.283,89 EUR")],
                   after=["Zahlbar bis 30.04.2028. Gutachten Nr. 28-0311 liegt bei Bedarf vor."])],
    truth=L("debt_statement", "K-2015", "Isarwerk Autobank AG", "4283.89", "EUR",
            ["71-448203-09", "KD 5520-188"], False,
            "Car finance after the car was returned (Restforderung nach Verwertung): the body names only the "
            "sale proceeds (a component), the total is the last row of the PDF table; VIN, number plate, HRB, "
            "USt-IdNr and the appraisal number are not the creditor's account references; client by name + "
            "address (DOB in the PDF).",
            "2028-04-30"))

add("lueders-voss-gym-claim-bought",
    "Lüders & Voss Forderungsankauf GmbH <forderungen@lueders-voss.example>",
    "Forderung aus Mitgliedschaft FitWerk 24 - Ihre Mandantin Karin Meier", "2028-04-03 09:10",
    """Sehr geehrte Damen und Herren,

wir haben die nachstehende Forderung mit Kaufvertrag vom 01.12.2027 von der FitWerk 24 Studios
GmbH (ursprüngliche Gläubigerin, Mitgliedsnummer 240-77831) erworben. Die Abtretung wurde Ihrer
Mandantin, Frau Karin Meier, geb. 30.09.1982, seinerzeit angezeigt. Zahlungen an das Studio
haben keine schuldbefreiende Wirkung mehr.

Unser Aktenzeichen: LV-28-10452

Forderungsaufstellung
  Mitgliedsbeiträge 10/2027 - 12/2027 (3 x 34,90)   104,70 EUR
  Rücklastschriftgebühren (3 x 8,50)                  25,50 EUR
  Servicepauschale                                    19,90 EUR
  Mahnkosten der Zedentin                             10,00 EUR
  Zinsen                                               2,11 EUR
  Gesamtforderung                                    162,21 EUR

Wir bitten um Ausgleich bis zum 12.04.2028 oder um einen Zahlungsvorschlag.

Mit freundlichen Grüßen
Lüders & Voss Forderungsankauf GmbH
Am Sandtorkai 8 · 20457 Hamburg · Tel. 040 3009 7710
AG Hamburg HRB 170442 · Registrierung nach § 10 RDG beim LG Hamburg
""",
    truth=L("debt_statement", "K-2002", "Lüders & Voss Forderungsankauf GmbH", "162.21", "EUR",
            ["LV-28-10452", "240-77831"], False,
            "Gym membership claim sold to a debt buyer: the buyer owns it, the studio is only the original "
            "creditor (its membership number still counts); total 'Gesamtforderung' after components with "
            "multiplications; Karin Meier (not Klaus Meyer) by full name + DOB; HRB and RDG registration are "
            "not references.",
            "2028-04-12"))

add("vet-weserbogen-factoring-scan",
    "VetAbrechnung Weserbogen GmbH <service@vet-weserbogen.example>",
    "Zahlungserinnerung Tierarztrechnung - Ihre Mandantin", "2028-04-05 10:25",
    """Guten Tag,

die Tierarztpraxis Dr. Imke Larsen hat uns die unten genannte Honorarforderung im Rahmen des
echten Factorings verkauft und abgetreten; Gläubigerin ist seitdem die VetAbrechnung Weserbogen GmbH.

Eine Kopie der Rechnung mit Zahlungserinnerung liegt als Scan bei, dort finden Sie auch den
derzeit offenen Betrag. Bitte geben Sie bei Zahlung die Rechnungsnummer an.

Freundliche Grüße
Ihr Service-Team
VetAbrechnung Weserbogen GmbH · Am Wall 140 · 28195 Bremen
Tel. 0421 4470 330 · AG Bremen HRB 33120 HB · St.-Nr. 60/145/22871
""",
    pdfs=[image_pdf("Rechnung_VW-8841207.pdf",
                    ["VetAbrechnung Weserbogen GmbH - fuer Tierarztpraxis Dr. Imke Larsen",
                     "",
                     "Rechnungsnr.   VW-8841207        Kunden-Nr. T-20931",
                     "Tierhalterin:  Fatma Oeztuerk, Marktstr. 9, 47051 Duisburg",
                     "Patient:       Katze 'Minka', EKH, Chip 276098106623377",
                     "",
                     "GOT Nr. 1   Allgemeine Untersuchung          38,50",
                     "GOT Nr. 28  Blutentnahme, Labor             112,40",
                     "Zahnsanierung in Narkose                    203,90",
                     "Medikamente                                  68,37",
                     "Mahngebuehr                                   5,00",
                     "------------------------------------------------",
                     "OFFENER BETRAG                             428,17 EUR",
                     "",
                     "Zahlbar bis 20.04.2028"])],
    truth=L("debt_statement", "K-2013", "VetAbrechnung Weserbogen GmbH", "428.17", "EUR",
            ["VW-8841207", "T-20931"], False,
            "Vet invoice via a billing centre that bought the claim (echtes Factoring): the billing centre owns "
            "it, not the practice; everything in an image-only scan; microchip number, GOT item numbers, HRB and "
            "Steuernummer are not references; client only in the scan as 'Fatma Oeztuerk'.",
            "2028-04-20"))

add("zav-mittelrhein-dentist-on-behalf",
    "ZAV Zahnärztliche Abrechnungs-Verrechnung Mittelrhein GmbH <mahnwesen@zav-mittelrhein.example>",
    "2. Mahnung - Rechnung 2028-00117 Praxis Dr. Hebel", "2028-04-07 15:30",
    """Sehr geehrte Damen und Herren,

im Namen und im Auftrag der Zahnarztpraxis Dr. med. dent. Corinna Hebel, Wiesbaden, erinnern wir
an die Rechnung vom 02.01.2028 (Nr. 2028-00117, Eigenanteil Implantatversorgung nach GOZ) Ihres
Mandanten Herrn Peter Wagner, geb. 19.07.1958. Die Forderung wurde uns nicht abgetreten; wir
übernehmen für die Praxis lediglich Abrechnung und Mahnwesen.

  Rechnungsbetrag          2.184,60 EUR
  Teilzahlung 15.02.2028    -500,00 EUR
  Mahngebühr                   5,00 EUR
  Noch offen               1.689,60 EUR

Bitte begleichen Sie den offenen Betrag innerhalb von 10 Tagen. Unsere Vorgangsnummer lautet
ZAV-4471902. Den Rechnungsausdruck finden Sie anbei.

Mit freundlichen Grüßen

i. A. Jana Pohl
Patientenservice
ZAV Zahnärztliche Abrechnungs-Verrechnung Mittelrhein GmbH
Rheinstraße 55 · 65185 Wiesbaden
Tel. 0611 880 4710 · Fax 0611 880 4719 · Servicezeiten Mo-Fr 8-16 Uhr
Geschäftsführer: Dr. Arno Lenz · AG Wiesbaden HRB 29871
USt-IdNr. DE 271 880 471 · Steuernummer 040 238 77120
IBAN DE12 5105 0015 0244 7190 22 · BIC NASSDE55XXX
""",
    pdfs=[text_pdf("Rechnung_2028-00117.pdf", "Zahnarztpraxis Dr. med. dent. Corinna Hebel - Rechnung",
                   ["Rechnung Nr. 2028-00117 vom 02.01.2028",
                    "Patient: Wagner, Peter, geb. 19.07.1958, Kirchgasse 11, 65183 Wiesbaden",
                    "Leistungen nach GOZ (Implantat regio 36, Krone), Steigerungsfaktor 2,3",
                    "Rechnungsbetrag: 2.184,60 EUR"])],
    truth=L("debt_statement", "K-2009", "Zahnarztpraxis Dr. med. dent. Corinna Hebel", "1689.60", "EUR",
            ["2028-00117", "ZAV-4471902"], False,
            "Private dental invoice via a billing centre that expressly acts only on behalf (no assignment): the "
            "practice owns the claim; 'Noch offen' vs the invoice amount (also in the PDF) and a part payment; "
            "'innerhalb von 10 Tagen' is no date; long signature with HRB, USt-IdNr, Steuernummer, IBAN/BIC, "
            "phone, fax, service hours.",
            None))

add("quellberg-portfolio-settlement-offer",
    "Quellberg Portfolio GmbH <vergleich@quellberg-portfolio.example>",
    "Einmaliges Vergleichsangebot - befristet bis 15.05.2028", "2028-05-02 08:30",
    """Sehr geehrte Damen und Herren,

betreffend Ihren Mandanten Herrn K. Meyer, Köln, führen wir die von der Stadtwerke Köln GmbH
erworbene Forderung aus dem Kundenkonto KD-448812 unter unserem Zeichen QP-2028-66120.

Die Gesamtforderung beläuft sich per 02.05.2028 auf 1.946,30 EUR (Hauptforderung 1.412,08 EUR,
Zinsen 301,77 EUR, Kosten 232,45 EUR).

Um die Angelegenheit abzuschließen, unterbreiten wir ein einmaliges Vergleichsangebot: Gehen bis
spätestens 15.05.2028 778,52 EUR (60 % Nachlass) auf unserem Konto ein, betrachten wir die
Forderung als vollständig erledigt. Nach Ablauf der Frist gilt wieder die volle Forderung.
Teilzahlungen auf den Vergleichsbetrag sind nicht möglich.

Mit freundlichen Grüßen
Forderungsmanagement
Quellberg Portfolio GmbH · Kaiser-Wilhelm-Ring 30 · 50672 Köln
Tel. 0221 6677 120 · AG Köln HRB 99120 · Gläubiger-ID DE44ZZZ00001881204
""",
    html="auto",
    truth=L("debt_statement", "K-2001", "Quellberg Portfolio GmbH", "1946.30", "EUR",
            ["QP-2028-66120", "KD-448812"], False,
            "Debt purchaser's unsolicited settlement offer with a discount deadline: the total owed is the "
            "Gesamtforderung, not the discounted offer 778,52 nor the components; 'K. Meyer' alone is close to "
            "Karin Meier but the known Stadtwerke reference KD-448812 identifies Klaus Meyer; the deadline "
            "labelled is the date set for paying the settlement sum; Gläubiger-ID and HRB are not references.",
            "2028-05-15"))

add("hyggebox-forwarded-chain-dkk-mixed",
    "Hyggebox ApS Kundenservice <kundenservice@hyggebox.example>",
    "WG: Fwd: Account 40-99812 - outstanding balance", "2028-04-04 12:05",
    """Sehr geehrte Damen und Herren,

anbei leite ich Ihnen die aktuelle Aufstellung unserer Buchhaltung in Kopenhagen weiter; sie gilt
für Ihren Mandanten. Die ältere Nachricht darunter ist überholt.

Viele Grüße
Lea Brandt, Kundenservice DACH, Hyggebox ApS

---------- Forwarded message ----------
From: Accounts <accounts@hyggebox.example>
Date: 3 Apr 2028 16:41
Subject: Account 40-99812 - outstanding balance

Customer: Mr J. Smith, born 10 Oct 1975, Berlin
Subscription box "Nordic Snacks", cancelled 31 Jan 2028, unpaid boxes Nov-Jan
Last invoice: HB-77933

Total outstanding: EUR 186.40
(Internal ledger in DKK 1,390.54 for reference only.)
Please pay by 30 April 2028.

---------- Forwarded message ----------
From: Accounts <accounts@hyggebox.example>
Date: 12 Feb 2028 09:02
Subject: Account 40-99812

Balance at 12 Feb 2028: EUR 124.60 (invoice HB-77120 open)

Hyggebox ApS · Vesterbrogade 71 · 1620 København V · CVR 39128840 · +45 33 12 40 99
""",
    truth=L("debt_statement", "K-2011", "Hyggebox ApS", "186.40", "EUR",
            ["40-99812", "HB-77933", "HB-77120"], False,
            "Forwarded chain, German cover note over English creditor messages: the newest forwarded statement "
            "(EUR 186.40) is passed on as current and wins over the older EUR 124.60; DKK ledger figure is not "
            "the stated total; CVR number and phone are not references; client by initial + DOB in words.",
            "2028-04-30"))

add("liffeyside-brewbox-sold-gbp-eur-en",
    "Liffeyside Receivables DAC <accounts@liffeyside-receivables.example>",
    "Brewbox subscription debt - now owned by Liffeyside (LR-0092217)", "2028-05-10 10:40",
    """Dear Sir or Madam,

Re: Ms Fatma Ozturk, DOB 08-08-1980, Duisburg

We write to confirm that the debt arising from your client's coffee subscription with Brewbox
Subscriptions Ltd (customer ref. BBX-66104) was sold and assigned to Liffeyside Receivables DAC
on 2 February 2028. We are now the owner of the debt; Brewbox will not accept payments.

Our account number: LR-0092217

  Unpaid subscription boxes (Sep-Dec 2027)   GBP 179.60
  Brewbox late fees                          GBP  46.90
  Converted at 1.1639 on 02/02/2028          EUR 263.62
  Interest since assignment                  EUR   0.56
  Total now due                              EUR 264.18

The GBP figures are shown only to explain the conversion; the debt is held and collected in EUR.
We can offer an instalment arrangement if your client cannot pay in one sum.

Yours faithfully,
Customer Accounts
Liffeyside Receivables DAC, 2 Grand Canal Quay, Dublin 2, D02 XE88
Company No. 661204 | Authorised by the Central Bank of Ireland C188420 | +353 1 555 0417
""",
    charset="utf-8",
    truth=L("debt_statement", "K-2013", "Liffeyside Receivables DAC", "264.18", "EUR",
            ["LR-0092217", "BBX-66104"], False,
            "Subscription-box claim sold to an Irish debt buyer (the buyer owns it; the original creditor's "
            "customer ref counts); amounts in GBP and EUR, only 'Total now due EUR 264.18' is the stated total "
            "(not the converted sub-total 263.62 nor GBP lines); Öztürk written 'Ozturk' + DOB 08-08-1980; "
            "company and Central Bank numbers, Eircode and phone are not references.",
            None))

# ---- payment_plan_response (5) -------------------------------------------------------------------------------

add("zinsbruecke-crowdlending-servicer-accepts",
    "Zinsbrücke Kreditmarktplatz GmbH <forderungsmanagement@zinsbruecke.example>",
    "AW: Ratenzahlungsvorschlag Kredit-ID ZB-K-2025-004417", "2028-04-10 11:20",
    """Sehr geehrte Damen und Herren,

die Zinsbrücke Kreditmarktplatz GmbH verwaltet das über unsere Crowdlending-Plattform vermittelte
Darlehen im Auftrag der darlehensgebenden Bank; Gläubigerin der Forderung ist die Lichtenau
Privatbank AG (Darlehenskonto 6602 1188 40).

Ihrem Vorschlag einer monatlichen Rate von 45,00 EUR für Ihre Mandantin, Frau S. Schulz
(geb. 15.06.1971), stimmen wir unter folgenden Bedingungen zu:
- erste Rate bis 15.05.2028, danach jeweils zum 15. eines Monats,
- Zinsstopp nur, solange die Raten pünktlich eingehen,
- bei zwei ausbleibenden Raten wird die Restforderung sofort fällig.

Die Gesamtforderung beträgt derzeit 3.218,75 EUR.

Mit freundlichen Grüßen
Forderungsmanagement, Zinsbrücke Kreditmarktplatz GmbH
Mainzer Landstr. 50 · 60325 Frankfurt · AG Frankfurt HRB 104771

> Von: Kanzlei Berger & Roth, Ihr Zeichen SB-2028-0412
> Wir bieten namens unserer Mandantin eine Rate von 45,00 EUR monatlich an.
""",
    truth=L("payment_plan_response", "K-2005", "Lichtenau Privatbank AG", "3218.75", "EUR",
            ["ZB-K-2025-004417", "6602 1188 40"], False,
            "Crowd-lending servicer answers for the lending bank: the bank owns the claim, not the platform; "
            "conditional acceptance of the instalments; the firm's own offer 45,00 and file SB-… are not the "
            "amount/reference; Sabine (not Thomas) Schulz by initial + DOB; first instalment date labelled as "
            "the payment deadline.",
            "2028-05-15"))

add("cairnmoor-counter-offer-en",
    "Cairnmoor Credit Acquisitions Ltd <settlements@cairnmoor-credit.example>",
    "RE: Settlement proposal - Ms Aylin Celik - CCA-7731045", "2028-04-12 16:05",
    """Dear Sirs,

Thank you for your proposal of 28 March. As you know, we purchased this account from Revontuli
Kauppa Oy (original account RK-440913) in 2027 and are now the legal owner of the debt.

We are unable to accept EUR 600.00. However, we are prepared to accept EUR 1,150.00 in full and
final settlement, provided the payment reaches us by 31 May 2028. The current balance on the
account is EUR 2,093.40; if the settlement is not paid on time, the full balance will remain due.

Please confirm your client's acceptance in writing, quoting CCA-7731045.

Kind regards,
Settlements Desk
Cairnmoor Credit Acquisitions Ltd, 14 Bothwell St, Glasgow G2 6LU
Registered in Scotland SC588120 | FCA FRN 812204 | Tel +44 141 496 0771

-----Original Message-----
From: Kanzlei Berger & Roth
Sent: 28 March 2028
Our client Ms Aylin Çelik (born 03.11.1990) offers a one-off payment of EUR 600.00.
""",
    truth=L("payment_plan_response", "K-2003", "Cairnmoor Credit Acquisitions Ltd", "2093.40", "EUR",
            ["CCA-7731045", "RK-440913"], False,
            "Debt buyer's counter-offer: the current balance EUR 2,093.40 is the debt amount, not the counter "
            "offer 1,150.00 nor the firm's 600.00; buyer owns the claim, original Finnish shop's account number "
            "counts; SC company number and FCA FRN are not references; client Celik/Çelik + DOB in the quote.",
            "2028-05-31"))

add("ringstrasse-fitness-wien-accepts-quoted",
    "Ringstrasse Fitness Betriebs GmbH <buchhaltung@ringstrasse-fitness.example>",
    "AW: Ratenvereinbarung Mitglied 55-01873 Hoffmann", "2028-04-18 09:40",
    """Sehr geehrte Damen und Herren,

wir nehmen Ihr Angebot von EUR 50,-- monatlich für Frau Mag. Maria Hoffmann (geb. 3.3.1962) an.
Aushaftend sind mit heutigem Tag EUR 690,-- (Beiträge 11/2027 bis 04/2028 inkl. Rückbuchungsspesen).
Die Raten sind jeweils zum Monatsersten fällig; wir verzichten für die Dauer der Vereinbarung
auf weitere Mahnspesen.

Mit freundlichen Grüßen
Buchhaltung
Ringstrasse Fitness Betriebs GmbH · Schubertring 9 · 1010 Wien
FN 402211 v · UID ATU 70881244

-----Ursprüngliche Nachricht-----
Von: Ringstrasse Fitness Buchhaltung
Gesendet: 06.03.2028
Betreff: Mitglied 55-01873 Hoffmann
Der Saldo des Mitgliedskontos beträgt derzeit EUR 575,--. Bitte um Überweisung.
""",
    truth=L("payment_plan_response", "K-2014", "Ringstrasse Fitness Betriebs GmbH", "690.00", "EUR",
            ["55-01873"], False,
            "Austrian gym accepts the instalment offer; newest figure 'EUR 690,--' wins over the quoted older "
            "'EUR 575,--'; the firm's offer 'EUR 50,--' is not the debt; Austrian DOB 3.3.1962 and 'Mag.' title; "
            "FN and UID are not references; instalment due dates are no single deadline.",
            None))

add("kreditbuero-limmat-chf-conditional",
    "Kreditbüro Limmat AG <recovery@kreditbuero-limmat.example>",
    "Ihr Ratenvorschlag Privatkredit PK-19-220418", "2028-04-20 14:15",
    """Sehr geehrte Damen und Herren

Wir beziehen uns auf Ihren Vorschlag vom 06.04.2028 zum Privatkredit PK-19-220418 von Herrn
Thomas Schulz, geb. 22.01.1969, früher wohnhaft in Zürich.

Eine Rate von CHF 100.- können wir nicht annehmen. Wir sind jedoch mit monatlichen Raten von
CHF 150.- einverstanden, sofern Ihr Mandant eine unterzeichnete Schuldanerkennung über die
Restschuld einreicht. Die Restschuld beträgt per 20.04.2028 CHF 6'412.35 (Kapital, Zinsen
und Gebühren).

Freundliche Grüsse

Kreditbüro Limmat AG, Recovery
Bahnhofquai 15 · 8001 Zürich · Tel. +41 44 211 40 80
CHE-109.877.204 · Mitglied der ZEK

> Am 12.03.2028 schrieben wir: Der offene Saldo beträgt CHF 6'880.00.
""",
    truth=L("payment_plan_response", "K-2006", "Kreditbüro Limmat AG", "6412.35", "CHF",
            ["PK-19-220418"], False,
            "Swiss private lender: counter-proposal (higher instalment + Schuldanerkennung); the newest "
            "'CHF 6'412.35' wins over the quoted 'CHF 6'880.00'; the instalments 'CHF 100.-'/'CHF 150.-' are not "
            "the debt; Thomas (not Sabine) Schulz by DOB; CHE number is not a reference.",
            None))

add("inkasso-vorarlberg-ratenansuchen-accepted",
    "Inkasso Vorarlberg Treuhand GmbH <ratenansuchen@inkasso-vorarlberg.example>",
    "Ratenansuchen Strauß-Köhler / IVT-2811-0345", "2028-05-12 08:50",
    """Sehr geehrte Damen und Herren,

namens unserer Auftraggeberin, der Bodensee Möbelwelt GmbH in Dornbirn, nehmen wir Ihr
Ratenansuchen für Herrn Strauß-Köhler, Jürgen (Kaufvertrag Nr. BM-2027-5531) an. Allerdings
benötigen wir eine Rate von € 120,-- statt der angebotenen € 80,--, beginnend mit Juni 2028,
jeweils zum Monatsersten.

Gesamtsaldo per 12.05.2028: € 1.348,--
(Kapital € 1.189,--, Zinsen € 41,20, Inkassokosten lt. VO € 117,80)

Bei Terminverlust wird der gesamte aushaftende Betrag sofort fällig. Bitte bestätigen Sie die
Vereinbarung schriftlich unter Angabe unseres Zeichens IVT-2811-0345.

Mit freundlichen Grüßen
Inkasso Vorarlberg Treuhand GmbH
Marktstraße 31 · 6850 Dornbirn · T +43 5572 20 44 80
FN 288417 t · LG Feldkirch · UID ATU 64410287
""",
    truth=L("payment_plan_response", "K-2004", "Bodensee Möbelwelt GmbH", "1348.00", "EUR",
            ["IVT-2811-0345", "BM-2027-5531"], False,
            "Austrian Inkassobüro for its principal: conditional acceptance with a higher instalment "
            "(counter-offer); total 'Gesamtsaldo € 1.348,--' with the dash cents form, components in brackets; "
            "the instalments are not the debt; client surname-first with ß/ö; FN and UID are not references; "
            "monthly due dates are no single deadline.",
            None))

# ---- rejection (3) -------------------------------------------------------------------------------------------

add("elbufer-leasing-rejects-scan",
    "Elbufer Leasing GmbH <recht@elbufer-leasing.example>",
    "Ablehnung Vergleichsvorschlag - Leasingvertrag LV-0098812", "2028-04-24 10:50",
    """Sehr geehrte Damen und Herren,

Ihren Vorschlag, die Restforderung aus dem Leasingvertrag LV-0098812 Ihres Mandanten Lukas Becker
durch eine Einmalzahlung von 800,00 EUR abzugelten, lehnen wir ab. Einen Gegenvorschlag werden
wir nicht unterbreiten.

Die Restforderung nach Rückgabe und Verwertung des Fahrzeugs besteht in voller Höhe fort; die
Abrechnung fügen wir nochmals als Scan bei.

Mit freundlichen Grüßen
Elbufer Leasing GmbH, Rechtsabteilung
Große Elbstraße 145 · 22767 Hamburg · AG Hamburg HRB 140877
""",
    pdfs=[image_pdf("Abrechnung_LV-0098812.pdf",
                    ["ELBUFER LEASING GMBH - ENDABRECHNUNG",
                     "Leasingvertrag LV-0098812",
                     "Leasingnehmer: Lukas Becker, geb. 14.02.1999",
                     "",
                     "Kalkulierter Restwert           9.400,00",
                     "Verwertungserloes (Gutachten)  -7.150,00",
                     "Minderwert Schaeden               512,40",
                     "Offene Raten                      988,00",
                     "Restforderung                   3.750,40 EUR"])],
    truth=L("rejection", "K-2012", "Elbufer Leasing GmbH", "3750.40", "EUR", ["LV-0098812"], False,
            "Flat refusal of the firm's 800,00 settlement, expressly no counter-offer; the restated total is "
            "only in the image scan (Restforderung 3.750,40) after residual value minus proceeds; the firm's "
            "offer is not the amount; HRB is not a reference.",
            None))

add("virta-crowdloans-refuses-en",
    "Virta Crowdloans Oy <recoveries@virta-crowdloans.example>",
    "Your proposal - loan VC-LN-40021", "2028-04-26 07:45",
    """Dear Sir or Madam,

We have reviewed the repayment proposal you sent on behalf of Ms Fischer Anna-Lena
(date of birth 1.12.1994) for crowdloan VC-LN-40021.

We regret that we are unable to agree to the proposal and we will not be making a counter-
proposal. The loan will continue to be handled under the original terms.

Yours sincerely,
Recoveries, Virta Crowdloans Oy
Business ID 3012844-7 | Helsinki
""",
    charset="us-ascii", cte="7bit",
    truth=L("rejection", "K-2008", "Virta Crowdloans Oy", None, None, ["VC-LN-40021"], False,
            "Short English refusal from a crowd-lending platform, no amount (null, nothing to review); name "
            "in surname-first order, DOB 1.12.1994; Finnish Business ID is not a reference.",
            None))

add("elbmarsch-forderungskontor-no-nullplan",
    "Forderungskontor Elbmarsch GmbH <team3@fk-elbmarsch.example>",
    "Re: Nullplan St. Koch", "2028-04-28 17:20",
    """Hallo,

einem Nullplan für Hr. St. Koch (Mannheim) stimmen wir nicht zu, auch nicht befristet. Die
Forderung aus dem Vertrag mit dem Sportpark Nordlicht (Mitgl.-Nr. SN-7710-22), die wir gekauft
haben, steht mit Gesamt 411,80 EUR offen. Wir behalten uns Zwangsvollstreckung vor.

MfG
T. Marquardt, Sachbearbeitung, Az. FKE-2028-3391
Forderungskontor Elbmarsch GmbH, Stade
""",
    truth=L("rejection", "K-2015", "Forderungskontor Elbmarsch GmbH", "411.80", "EUR",
            ["FKE-2028-3391", "SN-7710-22"], False,
            "Terse refusal of a zero plan by a debt buyer (owns the gym claim); original gym membership "
            "number counts; Az. only in the signature line; client by abbreviated first name 'St. Koch' + city.",
            None))

# ---- information_request (4) ---------------------------------------------------------------------------------

add("schwyzer-crowdkredit-vollmacht-chf",
    "Schwyzer Crowdkredit AG <kreditservice@schwyzer-crowdkredit.example>",
    "Anfrage Vollmacht - Kreditvertrag SCK-2026-00731", "2028-04-14 08:15",
    """Sehr geehrte Damen und Herren

Wir bestätigen den Eingang Ihres Schreibens betreffend Herrn Meyer Klaus, geb. 12.04.1978.

Bevor wir Ihnen Auskünfte zum Kreditvertrag SCK-2026-00731 erteilen oder über einen
Vergleich sprechen können, benötigen wir eine vom Kreditnehmer unterzeichnete Vollmacht
sowie eine Kopie eines amtlichen Ausweises. Bis zum Eingang dieser Unterlagen beträgt der
Saldo unverändert CHF 2'140.80.

Freundliche Grüsse
Kreditservice
Schwyzer Crowdkredit AG · Herrengasse 3 · 6430 Schwyz · CHE-287.110.455
""",
    truth=L("information_request", "K-2001", "Schwyzer Crowdkredit AG", "2140.80", "CHF",
            ["SCK-2026-00731"], False,
            "Swiss crowd-credit lender asks for a power of attorney and ID first, while stating the balance "
            "in CHF; client in surname-first order + DOB; CHE number is not a reference.",
            None))

add("kleintierklinik-auenpark-vollmacht-html",
    "Kleintierklinik am Auenpark <verwaltung@kleintierklinik-auenpark.example>",
    "Ihre Anfrage zu Patientenkonto 10-4471", "2028-04-16 13:00",
    None,
    html="""<html><body style="font-family:Calibri">
<p>Sehr geehrte Damen und Herren,</p>
<p>zu Ihrer Anfrage bezüglich <b>Frau Sabine Schulz</b>, geb. 15.06.1971 (Patientenkonto <b>10-4471</b>,
Hund &bdquo;Bruno&ldquo;) können wir erst Auskunft geben, wenn uns eine Schweigepflichtentbindung und eine
Vollmacht der Tierhalterin vorliegen.</p>
<p>Bitte senden Sie uns beides per Post oder als PDF.</p>
<p>Mit freundlichen Grüßen<br>Verwaltung<br>Kleintierklinik am Auenpark<br>
Auenweg 21 &middot; 20537 Hamburg<br>Notdienst 040 2290 1100</p>
</body></html>""",
    html_only=True,
    truth=L("information_request", "K-2005", "Kleintierklinik am Auenpark", None, None, ["10-4471"], False,
            "HTML-only vet clinic asking for a power of attorney and a confidentiality waiver, no amount; "
            "Sabine Schulz by full name + DOB (Thomas shares the address); emergency phone is not a reference.",
            None))

add("van-rijswijk-incasso-authority-en",
    "Van Rijswijk Incasso B.V. <dossiers@vanrijswijk-incasso.example>",
    "Dossier VRI-2028-118034 / Zeeland Fietsen", "2028-04-19 11:35",
    """Dear Sir/Madam,

We act for Zeeland Fietsen B.V. (invoice ZF-90214, e-bike ordered online) in the matter of
Mr Mehmet Yılmaz, Bremen.

Before we can deal with you as his representative, please send us a signed letter of
authority and a copy of his ID. The balance currently stands at € 1.207,35 including the
statutory collection costs.

Kind regards,
Van Rijswijk Incasso B.V.
Coolsingel 93, 3012 AE Rotterdam | KvK 24418802 | +31 10 555 7712
""",
    truth=L("information_request", "K-2007", "Zeeland Fietsen B.V.", "1207.35", "EUR",
            ["VRI-2028-118034", "ZF-90214"], False,
            "Dutch collection agency (English) asks for authority and ID first while stating the balance "
            "('€ 1.207,35' with Dutch thousands dot); the principal owns the claim; agency dossier in the "
            "subject; KvK number and phone are not references; client with the dotless ı + city.",
            None))

add("gartenkueche-kochbox-ambiguous-schulz",
    "Gartenküche Kochbox GmbH <forderungen@gartenkueche-kochbox.example>",
    "Kochbox-Abo Kundennummer GK-318840 - Bitte um Unterlagen", "2028-05-04 10:10",
    """Guten Tag,

Sie haben sich für den Kunden Schulz, Gartenweg 3, 20095 Hamburg gemeldet. Unter unserer
Kundennummer GK-318840 ist nur der Nachname hinterlegt, das Abo wurde telefonisch abgeschlossen.

Bitte teilen Sie uns Vorname und Geburtsdatum mit und senden Sie eine Vollmacht, damit wir die
Forderung zuordnen und Ihnen eine Aufstellung schicken können.

Mit freundlichen Grüßen
Gartenküche Kochbox GmbH, Forderungsmanagement
Tel. 040 8823 4410 · AG Hamburg HRB 160033
""",
    truth=L("information_request", None, "Gartenküche Kochbox GmbH", None, None, ["GK-318840"], True,
            "Subscription box asks for first name, DOB and authority; debtor given only as 'Schulz, Gartenweg 3' "
            "- Sabine and Thomas Schulz share that address: ambiguous client match (null, review, both "
            "candidates); no amount.",
            None))

# ---- other (2) -----------------------------------------------------------------------------------------------

add("leihhaus-mangold-surplus-nothing-owed",
    "Leihhaus Mangold KG <kasse@leihhaus-mangold.example>",
    "Pfandschein 22-10457 - Mehrerlös aus Versteigerung", "2028-04-21 12:00",
    """Sehr geehrte Damen und Herren,

der Pfandschein 22-10457 Ihrer Mandantin, Frau Aylin Çelik, Dortmund, wurde nicht ausgelöst;
das Pfand (Goldkette) wurde am 10.04.2028 öffentlich versteigert.

Nach Abzug von Darlehen, Zinsen, Gebühren und Versteigerungskosten ergab sich ein Mehrerlös von
212,00 EUR, den Ihre Mandantin innerhalb von drei Jahren gegen Vorlage des Pfandscheins und des
Ausweises bei uns abholen kann. Es bestehen keine offenen Forderungen mehr.

Mit freundlichen Grüßen
Leihhaus Mangold KG · Westenhellweg 88 · 44137 Dortmund · Tel. 0231 5577 120
""",
    truth=L("other", "K-2003", "Leihhaus Mangold KG", "0.00", "EUR", ["22-10457"], False,
            "Pawn shop: auction surplus is owed TO the client, nothing owed to the creditor (other, 0.00); the "
            "212,00 surplus is not a debt; client Çelik by name + city.",
            None))

add("snackfabrik-box-assignment-notice",
    "Snackfabrik Box GmbH <abo@snackfabrik-box.example>",
    "Mitteilung über den Verkauf Ihrer Forderung - Kundennr. SFB-50218", "2028-05-08 09:00",
    """Sehr geehrte Damen und Herren,

wir teilen mit, dass wir die Forderung aus dem Snackbox-Abonnement Ihrer Mandantin Maria Hoffmann,
Erfurt (Kundennr. SFB-50218), mit Wirkung zum 01.05.2028 an die Albis Receivables S.à r.l.,
Luxemburg, verkauft und abgetreten haben. Zum Zeitpunkt der Abtretung waren 143,70 EUR offen.

Zahlungen sind ab sofort ausschließlich an die neue Gläubigerin zu leisten, die sich mit eigenem
Aktenzeichen bei Ihnen melden wird.

Mit freundlichen Grüßen
Snackfabrik Box GmbH · Kundenservice · Berlin · AG Charlottenburg HRB 210447 B
""",
    truth=L("other", "K-2014", "Albis Receivables S.à r.l.", "143.70", "EUR", ["SFB-50218"], False,
            "Assignment notice by the original subscription-box creditor (other): the buyer now owns the claim; "
            "the balance at assignment stated by the previous owner counts; previous owner's customer number "
            "counts; client by name + city.",
            None))

# ---- auto_reply (3) ------------------------------------------------------------------------------------------

add("kremser-inkasso-abwesend",
    "Mag. Theresa Lindinger <t.lindinger@kremser-inkasso.example>",
    "Abwesenheitsnotiz: AZ 28/0417-KP", "2028-04-22 07:02",
    """Danke für Ihre Nachricht. Ich bin bis 02.05.2028 auf Urlaub und lese meine E-Mails nicht.
Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen erreichen Sie unser Sekretariat
unter +43 2732 70 44 10.

Diese Nachricht wurde automatisch versendet.
Inkassoinstitut Kremser & Partner GmbH
""",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    truth=AUTO("Austrian agency out-of-office (Auto-Submitted/X-Autoreply headers, says it was sent "
               "automatically); the AZ in the subject changes nothing: all fields null."))

add("tulpenhof-noreply-ticket-html",
    "Tulpenhof Living Customer Care <no-reply@tulpenhof-living.example>",
    "We received your message [Case TLC-558201]", "2028-04-23 18:31",
    None,
    html="""<html><body><p>Hello,</p>
<p>This is an automated confirmation: we have received your message and created case TLC-558201.</p>
<p>Our team answers within 5 working days.</p>
<p>Please do not reply to this e-mail, this mailbox is not monitored.</p>
<p>Tulpenhof Living B.V. Customer Care</p></body></html>""",
    html_only=True, charset="us-ascii", cte="7bit",
    headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    truth=AUTO("HTML-only automated receipt from an unmonitored Dutch shop mailbox (Auto-Submitted header and "
               "text); case TLC-558201 is a ticket token: all fields null."))

add("saentisblick-eingangsbestaetigung",
    "Säntisblick Versand AG <service@saentisblick-versand.example>",
    "Säntisblick Kundendienst: Eingang Ihrer E-Mail bestätigt", "2028-04-25 06:44",
    """Guten Tag

Dies ist eine automatisch generierte Eingangsbestätigung. Ihre Nachricht ist bei uns
eingegangen und wird in der Reihenfolge des Eingangs bearbeitet. Bitte antworten Sie nicht
auf diese E-Mail.

Freundliche Grüsse
Säntisblick Versand AG, Kundendienst
""",
    truth=AUTO("Automatic receipt recognisable only by its text (no auto headers): all fields null."))


# --------------------------------------------------------------------------------------------------------------
# --check
# --------------------------------------------------------------------------------------------------------------

EXTRA_CURRENCIES = ("CHF", "SEK")
_check_message = bd.check_message


def check_message(path, spec, errors, tally, **kwargs):
    """build_dev.check_message, also accepting this batch's CHF and SEK amounts (it knows only EUR/GBP)."""
    own: list[str] = []
    result = _check_message(path, spec, own, tally, **kwargs)
    errors.extend(e for e in own if not e.endswith(tuple(f"currency {c!r}" for c in EXTRA_CURRENCIES)))
    return result


def amount_forms(amount: str) -> list[str]:
    """batch's forms plus Swiss apostrophe thousands ('1'284.60')."""
    units, cents = amount.split(".")
    return batch.spaced_amount_forms(amount) + [f"{int(units):,}".replace(",", "'") + f".{cents}"]


MIN_INTENTS = {"debt_statement": 13, "payment_plan_response": 5, "rejection": 3, "information_request": 4,
               "other": 2, "auto_reply": 3}
EARLIER = tuple(["dev"] + [f"dev{i}" for i in range(2, 24)])


if __name__ == "__main__":
    bd.check_message = check_message
    sys.exit(BATCH.main(sys.argv[1:],
                        earlier=EARLIER,
                        min_intents=MIN_INTENTS,
                        min_kinds={"text_pdf": 4, "image_pdf": 2, "html_only": 3},
                        amount_forms=amount_forms))
