#!/usr/bin/env python3
"""Deterministic generator of the dev37 batch (tests/agents_data/dev37/): 30 creditor emails + truth files.

Written without reading the engine (nothing under shared/, tools/ or tests/engine/ was opened, no other batch's
truth file, eval output or score was read; build_dev7.py/build_dev.py/batch.py were read for the builder API only).

Forms: messy formats and several claims in one mail - a Sammelaufstellung of several contracts of one debtor
(which total, which references), joint debtors and couples (one or both of them clients), three PDF attachments
(invoice, dunning letter, account statement) that disagree because of a later part payment, HTML-only mails built
from templates with tables, bilingual mails (German with the English translation below), very short mails
written from a phone, a mail whose only readable content is a scanned letter, a creditor named only in a PDF
letterhead, signature blocks longer than the message, a reply that corrects an earlier mail's figure, debtors
who share surname and address with another client (Schulz, Gartenweg 3), a namesake non-client, forwarded
chains with an older quoted figure, components only, several amounts with one stated total, instalment
replies, an assignment notice, an account closed with nothing owed and auto-replies.

Every truth file also labels `payment_deadline` (ISO date the creditor plainly sets for payment, else null).
Wording paraphrases public templates listed in tests/agents_data/prompts/dev37.md; all companies are invented.

    /tmp/gen-venv/bin/python tests/agents_data/build_dev37.py          # (re)write dev37/
    /tmp/gen-venv/bin/python tests/agents_data/build_dev37.py --check  # verify dev37/ against the specs

No randomness: fixed dates, Message-IDs, MIME boundaries and PDF creation dates.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_dev as bd  # noqa: E402
from batch import Batch  # noqa: E402

text_pdf, image_pdf = bd.text_pdf, bd.image_pdf

BATCH = Batch("dev37", 3700)
MESSAGES, add = BATCH.messages, BATCH.add


def T(intent, client_id, creditor, amount, currency, refs, review, notes, deadline=None):
    """build_dev.T plus the payment_deadline this batch labels (ISO date or None)."""
    return {**bd.T(intent, client_id, creditor, amount, currency, refs, review, notes), "payment_deadline": deadline}


def AUTO(notes):
    return {**bd.AUTO(notes), "payment_deadline": None}


# Deadlines not written as a date in the mail (the label is derived from the mail's date), by slug suffix.
DEADLINE_WORDS = {"kemper-phone-saldo-monatsende": "bis Monatsende"}


# ==== debt_statement (14) ======================================================================================

add("wesermarsch-sammelaufstellung-drei-vertraege",
    "Wesermarsch Versorgung GmbH Forderungsmanagement <fm@wesermarsch-versorgung.example>",
    "Sammelaufstellung Kundennummer 300 418 772 – Yilmaz, Mehmet", "2028-08-07 09:12",
    """Sehr geehrte Damen und Herren,

auf Ihre Anfrage vom 24.07.2028 teilen wir Ihnen die offenen Posten Ihres Mandanten
Herrn Mehmet Yilmaz, geb. 08.03.1985, Hafenstr. 20, 28195 Bremen, mit. Unter der
Kundennummer 300 418 772 führen wir drei Verträge:

Vertragskonto   Sparte   Zeitraum                   offen
2041 7730 11    Strom    01.03.-31.05.2028       612,18 EUR
2041 7730 29    Erdgas   Schlussrechnung         438,90 EUR
2041 7730 37    Wasser   Abschläge Juni/Juli     118,00 EUR
                Mahn- und Sperrkosten             23,50 EUR
-----------------------------------------------------------
Gesamtsaldo aller Vertragskonten               1.192,58 EUR

Zählernummern (Strom 1ESY1160447102, Gas 7GMT0033814) dienen nur Ihrer Zuordnung.
Wir bitten um Ausgleich des Gesamtsaldos bis zum 31.08.2028; die Verteilung auf die
einzelnen Vertragskonten nehmen wir selbst vor.

Mit freundlichen Grüßen
Forderungsmanagement
Wesermarsch Versorgung GmbH · Deichstraße 2 · 26919 Brake
Tel. 04401 9930-0 · IBAN DE61 2805 0100 0077 3011 00 · Gläubiger-ID DE44ZZZ00000773011
Amtsgericht Oldenburg HRB 207731
""",
    truth=T("debt_statement", "K-2007", "Wesermarsch Versorgung GmbH", "1192.58", "EUR",
            ["300 418 772", "2041 7730 11", "2041 7730 29", "2041 7730 37"], False,
            "Sammelaufstellung: one customer number over three contract accounts, each with its own balance; the "
            "stated total is 'Gesamtsaldo aller Vertragskonten' (not any single line); all four numbers are "
            "references, meter numbers, IBAN, Gläubiger-ID and HRB are not; Yilmaz written without the dotless "
            "ı, DOB given; deadline 31.08.2028.", "2028-08-31"))

add("neckartal-drei-anhaenge-teilzahlung",
    "Möbelwerk Neckartal KG <debitoren@moebelwerk-neckartal.example>",
    "Unterlagen zu Kundenkonto 51-20877 (Becker)", "2028-08-09 14:30",
    """Guten Tag,

wie telefonisch besprochen senden wir Ihnen drei Unterlagen zu Ihrem Mandanten
Lukas Becker (Uniweg 5, Heidelberg):

1. die ursprüngliche Rechnung,
2. unsere 2. Mahnung vom 18.07.2028,
3. den Kontoauszug mit Stand von heute.

Die Teilzahlung vom 01.08.2028 ist in der Mahnung noch nicht berücksichtigt;
maßgeblich ist der Saldo laut Kontoauszug.

Freundliche Grüße
Debitorenbuchhaltung
Möbelwerk Neckartal KG · Bergheimer Str. 88 · 69115 Heidelberg
Tel. 06221 90 33 41 · USt-IdNr. DE 277 410 338
""",
    pdfs=[text_pdf("Rechnung_RE-2028-04417.pdf", "Moebelwerk Neckartal KG - Rechnung",
                   ["Rechnung Nr. RE-2028-04417          Datum: 12.05.2028",
                    "Kundenkonto 51-20877",
                    "Lukas Becker, Uniweg 5, 69117 Heidelberg", ""],
                   table=[("Schlafsofa Lenni, Stoff anthrazit", "1.349,00 EUR"),
                          ("Lieferung und Montage", "60,00 EUR"),
                          ("Rechnungsbetrag", "1.409,00 EUR")],
                   after=["Zahlbar innerhalb von 14 Tagen ohne Abzug."]),
          text_pdf("2_Mahnung_51-20877.pdf", "Moebelwerk Neckartal KG - 2. Mahnung",
                   ["Heidelberg, 18.07.2028",
                    "Kundenkonto 51-20877 / Rechnung RE-2028-04417",
                    "Trotz unserer Zahlungserinnerung ist der Betrag weiterhin offen.", ""],
                   table=[("Rechnungsbetrag", "1.409,00 EUR"),
                          ("Mahngebuehren (1. und 2. Mahnung)", "10,00 EUR"),
                          ("Zu zahlender Betrag", "1.419,00 EUR")],
                   after=["Bitte zahlen Sie bis spaetestens 01.08.2028."]),
          text_pdf("Kontoauszug_51-20877.pdf", "Moebelwerk Neckartal KG - Kontoauszug",
                   ["Kundenkonto 51-20877            Stand: 09.08.2028",
                    "Kunde: Becker, Lukas", ""],
                   table=[("Rechnung RE-2028-04417 vom 12.05.2028", "1.409,00 EUR"),
                          ("Mahngebuehren", "10,00 EUR"),
                          ("Teilzahlung vom 01.08.2028", "-400,00 EUR"),
                          ("Saldo zu Ihren Lasten", "1.019,00 EUR")],
                   after=["Bitte gleichen Sie den Saldo bis zum 31.08.2028 aus."])],
    truth=T("debt_statement", "K-2012", "Möbelwerk Neckartal KG", "1019.00", "EUR", ["51-20877", "RE-2028-04417"],
            False,
            "Three text PDFs disagree: invoice 1.409,00, 2nd dunning letter 1.419,00 (before the part payment), "
            "account statement 1.019,00 after a 400,00 payment - the body says the statement's balance counts; "
            "deadline of the current statement (31.08.2028), not the dunning letter's expired 01.08.2028; "
            "creditor with umlaut in the body, ASCII in the PDFs; USt-IdNr and phone are not references.",
            "2028-08-31"))

add("kaufwelt-emscher-html-template-orders",
    "Kaufwelt Emscher GmbH Mahnwesen <mahnwesen@kaufwelt-emscher.example>",
    "Zahlungserinnerung – Ihre Bestellungen bei Kaufwelt Emscher", "2028-08-11 06:02",
    None,
    html="""<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<table width="600" cellpadding="6" style="border-collapse:collapse">
<tr><td style="background:#e30613;color:#fff"><b>KAUFWELT EMSCHER</b> &ndash; Ihr Onlineshop</td></tr>
<tr><td>Sehr geehrte Damen und Herren,<br>
zu Ihrer Mandantin <b>Aylin Celik</b>, Bahnhofstr. 12, 44135 Dortmund, sind folgende Posten offen:</td></tr>
<tr><td><table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Beleg</th><th>Datum</th><th>Artikel</th><th>Betrag</th></tr>
<tr><td>Bestellung 7001-339120</td><td>02.05.2028</td><td>Akku-Staubsauger</td><td>189,99 &euro;</td></tr>
<tr><td>Bestellung 7001-341877</td><td>21.05.2028</td><td>Kopfh&ouml;rer</td><td>79,90 &euro;</td></tr>
<tr><td>Gutschrift Retoure</td><td>30.05.2028</td><td>Kopfh&ouml;rer (Teilretoure)</td><td>-20,00 &euro;</td></tr>
<tr><td>Mahngeb&uuml;hr</td><td>04.08.2028</td><td>&ndash;</td><td>5,00 &euro;</td></tr>
<tr><td colspan="3"><b>Offener Gesamtbetrag</b></td><td><b>254,89 &euro;</b></td></tr>
</table></td></tr>
<tr><td>Kundennummer: <b>KE-5520913</b> &middot; Sendungsnummer der Retoure: 00340434161094220117</td></tr>
<tr><td>Bitte &uuml;berweisen Sie den offenen Gesamtbetrag bis zum 25.08.2028 unter Angabe der Kundennummer.</td></tr>
<tr><td style="font-size:10px;color:#666">Kaufwelt Emscher GmbH &middot; Rheinische Str. 90 &middot; 44137 Dortmund &middot;
Amtsgericht Dortmund HRB 30417 &middot; USt-IdNr. DE 301 447 882 &middot; Hotline 0231 5577 300</td></tr>
</table>
</body></html>""",
    html_only=True,
    truth=T("debt_statement", "K-2003", "Kaufwelt Emscher GmbH", "254.89", "EUR",
            ["KE-5520913", "7001-339120", "7001-341877"], False,
            "HTML-only shop template, everything in nested tables: two order numbers, a return credit and a fee; "
            "total in a bold colspan row ('Offener Gesamtbetrag'); parcel tracking number, HRB, USt-IdNr and "
            "hotline are not references; Celik without cedilla, address matches.", "2028-08-25"))

add("spreerad-bilingual-abo",
    "Spreerad Mobility GmbH <billing@spreerad.example>",
    "Offener Betrag / Outstanding balance – Abo SR-88-20431", "2028-08-15 11:20",
    """Sehr geehrte Damen und Herren,

zum Fahrrad-Abo SR-88-20431 Ihrer Mandantin Frau Olga Petrova (geb. 27.05.1988) sind offen:
Monatsgebühren Mai bis Juli (3 x 89,00 EUR), Pauschale für das verlorene Schloss (60,00 EUR)
und zwei Rücklastschriftgebühren (je 7,40 EUR).
Gesamtbetrag offen: 341,80 EUR, zahlbar bis 15.09.2028.
Rahmennummer des Rades: WSP-4471-0092 (nur zur Information).

--- English version below ---

Dear Sir or Madam,

regarding bike subscription SR-88-20431 of your client Ms Olga Petrova (born 27 May 1988) the
following is unpaid: monthly fees May to July (3 x EUR 89.00), flat fee for the lost lock
(EUR 60.00) and two return debit fees (EUR 7.40 each).
Total outstanding: EUR 341.80, payable by 15 September 2028.
Frame number: WSP-4471-0092 (for information only).

Mit freundlichen Grüßen / Kind regards
Spreerad Mobility GmbH · Revaler Str. 29 · 10245 Berlin · HRB 219447 B
""",
    truth=T("debt_statement", "K-2010", "Spreerad Mobility GmbH", "341.80", "EUR", ["SR-88-20431"], False,
            "Bilingual (German, English translation below): the same total twice in two number formats, "
            "several component amounts, deadline written twice (15.09.2028 / 15 September 2028); the bike's "
            "frame number and HRB are not references.", "2028-09-15"))

add("kemper-phone-saldo-monatsende",
    "Rolf Kemper <r.kemper.vermietung@mailbox-web.example>",
    "Öztürk Miete", "2028-09-12 19:47",
    """Hallo,

Mietkonto Öztürk, Marktstr. 9 EG li.: Saldo 412,50, bitte bis Monatsende.
August nur 300 gekommen, Sept. noch gar nix.

Gruß Rolf Kemper (Vermieter)

Von meinem iPhone gesendet
""",
    truth=T("debt_statement", "K-2013", "Rolf Kemper", "412.50", "EUR", [], False,
            "Phone mail from a private landlord: no currency written (EUR implied by the German rent account), "
            "no reference, tenant only by surname + street (Öztürk, Marktstr. 9 = Fatma Öztürk); '300' is a "
            "payment; deadline 'bis Monatsende' of a mail dated 12.09.2028 = 30.09.2028.", "2028-09-30"))

add("carstens-zahnarzt-nur-scan",
    "Scanner Praxis <scanner-praxis@zahnarzt-carstens.example>",
    "Scan 22.08.2028 10:14", "2028-08-22 10:14",
    """Gescanntes Dokument

Gerät: MFP Empfang 1
Seiten: 1
Format: PDF, 200 dpi
Absenderkennung: ZA-EMPFANG
""",
    pdfs=[image_pdf("SCAN_20280822_101402.pdf",
                    ["Zahnarztpraxis Dr. Imke Carstens",
                     "Augustaanlage 31 - 68165 Mannheim - Tel. 0621 4471 902",
                     "",
                     "An Kanzlei Berger & Roth",
                     "Betr.: Ihr Mandant Stefan Koch, geb. 11.11.1977",
                     "Patienten-Nr. 10-4472",
                     "Liquidation Nr. 2028/0613 vom 14.06.2028",
                     "",
                     "Behandlung lt. GOZ (Krone 26)        588,40 EUR",
                     "Material- und Laborkosten             95,80 EUR",
                     "--------------------------------------------",
                     "Offener Gesamtbetrag                 684,20 EUR",
                     "",
                     "Zahlbar bis 30.09.2028",
                     "IBAN DE71 6705 0505 0044 7190 22",
                     "Mit freundlichen Gruessen - Praxisverwaltung"])],
    truth=T("debt_statement", "K-2015", "Zahnarztpraxis Dr. Imke Carstens", "684.20", "EUR",
            ["10-4472", "2028/0613"], False,
            "The body is only the scanner's device note; everything (creditor, debtor, numbers, total, "
            "deadline) is in an image-only scan; patient number and Liquidation number are references, IBAN "
            "and phone are not; GOZ tooth number 26 is not an amount.", "2028-09-30"))

add("brandauer-haustechnik-nur-briefkopf",
    "Buchhaltung <buchhaltung@bk-haustechnik.example>",
    "Mahnung – Ihre Mandantin Frau Hoffmann", "2028-08-23 08:05",
    """Sehr geehrte Damen und Herren,

im Anhang erhalten Sie unsere Mahnung zur offenen Rechnung Ihrer Mandantin,
Frau Maria Hoffmann, Domplatz 1, Erfurt.

Bitte leiten Sie diese weiter bzw. teilen Sie uns mit, wie verfahren werden soll.

Mit freundlichen Grüßen
i. A. S. Lorenz
Buchhaltung
""",
    pdfs=[text_pdf("Mahnung_2028-1187.pdf", "Haustechnik Brandauer GmbH & Co. KG",
                   ["Heizung - Sanitaer - Lueftung | Gothaer Str. 14 | 99094 Erfurt",
                    "Kunden-Nr. 24117                       Erfurt, 22.08.2028",
                    "Frau Maria Hoffmann, Domplatz 1, 99084 Erfurt", "",
                    "MAHNUNG",
                    "Unsere Rechnung Nr. 2028-1187 vom 03.07.2028 (Reparatur Gastherme) ist noch offen."],
                   table=[("Rechnung 2028-1187", "743,75 EUR"),
                          ("Mahngebuehr", "5,00 EUR"),
                          ("Offener Betrag", "748,75 EUR")],
                   after=["Bitte ueberweisen Sie den offenen Betrag bis zum 05.09.2028.",
                          "IBAN DE55 8205 1000 0163 4471 20 | AG Jena HRA 501447 | St.-Nr. 151/240/44712"])],
    truth=T("debt_statement", "K-2014", "Haustechnik Brandauer GmbH & Co. KG", "748.75", "EUR",
            ["24117", "2028-1187"], False,
            "The mail body names no company (only 'Buchhaltung', an abbreviated domain); the creditor appears "
            "only as the PDF letterhead/title; short customer number and invoice number in the PDF; HRA, "
            "Steuernummer and IBAN are not references.", "2028-09-05"))

add("taunusnetz-signatur-laenger-als-text",
    "Taunusnetz Breitband GmbH <forderungen@taunusnetz.example>",
    "Kundenkonto 77-4410-2", "2028-08-28 16:41",
    """Sehr geehrte Damen und Herren,

offener Betrag zum Kundenkonto 77-4410-2 (Herr Peter Wagner, Kirchgasse 11, Wiesbaden): 238,14 EUR.
Bitte bis 10.10.2028 überweisen.

Mit freundlichen Grüßen
i. A. Nadine Reuter
Team Forderungsmanagement

--
Taunusnetz Breitband GmbH
Friedrichstraße 60 | 65185 Wiesbaden
Telefon: +49 611 4471 5500 | Telefax: +49 611 4471 5509
Service-Hotline (kostenfrei): 0800 447 1550
E-Mail: forderungen@taunusnetz.example | www.taunusnetz.example
Bankverbindung: Wiesbadener Volksbank | IBAN DE43 5109 0000 0044 7155 00 | BIC WIBADE5WXXX
Gläubiger-Identifikationsnummer: DE98ZZZ00001447155
Sitz der Gesellschaft: Wiesbaden | Registergericht: Amtsgericht Wiesbaden HRB 30447
USt-IdNr.: DE 311 447 155 | Steuernummer: 040 228 44715
Geschäftsführung: Dr. Henrik Vollmer, Saskia Brandt
Aufsichtsratsvorsitzender: Prof. Dr. Ulrich Kamm
Störungsannahme rund um die Uhr: 0800 447 1599
Diese E-Mail kann vertrauliche Informationen enthalten. Sind Sie nicht der richtige Adressat,
informieren Sie bitte den Absender und löschen Sie diese E-Mail. Das unerlaubte Kopieren
sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.
""",
    truth=T("debt_statement", "K-2009", "Taunusnetz Breitband GmbH", "238.14", "EUR", ["77-4410-2"], False,
            "Two-line message under a signature three times as long, packed with phone/fax/hotline numbers, IBAN, "
            "BIC, Gläubiger-ID, HRB, USt-IdNr and Steuernummer - none are references; the only reference is the "
            "customer account (subject and body).", "2028-10-10"))

add("hellweg-kreditbank-korrektur-betrag",
    "Hellweg Kreditbank AG <kreditservice@hellweg-kreditbank.example>",
    "Korrektur: AW: Forderungsaufstellung Ratenkredit 6620-118804", "2028-09-04 10:03",
    """Sehr geehrte Damen und Herren,

in unserer E-Mail vom 03.09.2028 ist uns bei der Summe ein Zahlendreher unterlaufen.
Korrektur: Der richtige Gesamtbetrag lautet 4.061,90 EUR (nicht 4.016,90 EUR).
Die Einzelpositionen der Aufstellung bleiben unverändert.

Bitte entschuldigen Sie das Versehen.

Mit freundlichen Grüßen
Gerhard Lindner
Hellweg Kreditbank AG – Kreditservice
Tel. 02921 3380-412 · BLZ 414 700 00

-----Ursprüngliche Nachricht-----
Von: Hellweg Kreditbank AG <kreditservice@hellweg-kreditbank.example>
Gesendet: 03.09.2028 16:20
Betreff: AW: Forderungsaufstellung Ratenkredit 6620-118804

Darlehensnehmerin: Karin Meier, geb. 30.09.1982, Ringstraße 8, 50672 Köln
Ratenkredit Nr. 6620-118804

Restkapital nach Kündigung          3.544,12 EUR
Verzugszinsen bis 31.08.2028          172,78 EUR
Rücklastschrift- und Mahnkosten       345,00 EUR
Gesamtbetrag                        4.016,90 EUR

>> Ihr Zeichen: SB-2028-0719
""",
    truth=T("debt_statement", "K-2002", "Hellweg Kreditbank AG", "4061.90", "EUR", ["6620-118804"], False,
            "Correction of the creditor's own previous mail: the newest figure 4.061,90 wins over the quoted "
            "4.016,90 (the components do add up to 4.061,90); credit number in subject and quote; BLZ, phone "
            "and the firm's SB-… are not references; Karin Meier (not Klaus Meyer) by full name + DOB.", None))

add("hammerbrook-eheleute-schulz-gesamtschuldner",
    "Wohnungsbaugenossenschaft Hammerbrook eG <mietenbuchhaltung@wbg-hammerbrook.example>",
    "Mietrückstand Gartenweg 3, 2. OG rechts – Nutzungsvertrag 0817-0322", "2028-09-06 13:15",
    """Sehr geehrte Damen und Herren,

Sie haben uns mitgeteilt, dass Sie die Nutzer der Wohnung Gartenweg 3, 2. OG rechts,
20095 Hamburg, vertreten. Nutzer laut Nutzungsvertrag 0817-0322 sind die Eheleute
Sabine und Thomas Schulz; sie haften für das Nutzungsentgelt als Gesamtschuldner.
Mitgliedsnummer der Genossenschaft: 11842.

Rückstand Nutzungsentgelt Juni bis August 2028 (3 x 846,00 EUR)   2.538,00 EUR
abzüglich Zahlung vom 15.08.2028                                   -500,00 EUR
Rückstand insgesamt                                                2.038,00 EUR

Wir bitten um Ausgleich bis zum 20.09.2028. Wir weisen darauf hin, dass ein Rückstand
in dieser Höhe zur fristlosen Kündigung nach § 543 BGB berechtigen kann.

Mit freundlichen Grüßen
Mietenbuchhaltung
Wohnungsbaugenossenschaft Hammerbrook eG · Genossenschaftsregister Hamburg GnR 1447
Tel. 040 2244 7100
""",
    truth=T("debt_statement", None, "Wohnungsbaugenossenschaft Hammerbrook eG", "2038.00", "EUR",
            ["0817-0322", "11842"], True,
            "Joint debtors who are BOTH clients (Sabine Schulz K-2005 and Thomas Schulz K-2006, same surname and "
            "address): one claim, two candidate client records -> client_id null, review (ambiguous client "
            "match, both listed); total 'Rückstand insgesamt' after a payment; member number counts, GnR "
            "register number and phone do not.", "2028-09-20"))

add("rheinufer-kuechen-eheleute-meyer",
    "Rheinufer Küchen GmbH <finanzierung@rheinufer-kuechen.example>",
    "Restforderung Küchenkaufvertrag KV-2027-3391 – Eheleute Meyer", "2028-09-08 09:40",
    """Sehr geehrte Damen und Herren,

Käufer laut Kaufvertrag KV-2027-3391 vom 14.10.2027 sind Herr Klaus Meyer und Frau Petra
Meyer, Lindenstraße 4, 50667 Köln, als Gesamtschuldner (unsere Kundennummer D-70418).
Ihre Vollmacht betrifft nur Herrn Klaus Meyer; an Frau Meyer wenden wir uns gesondert.

Forderungsaufstellung per 08.09.2028:
Restkaufpreis (Einbauküche "Lago", Lieferung 11/2027)   5.870,00 EUR
Verzugszinsen 5 %-Punkte über Basiszins                   211,34 EUR
Mahnkosten                                                  15,00 EUR
Gesamtforderung                                          6.096,34 EUR

Mit freundlichen Grüßen
Rheinufer Küchen GmbH – Finanzierung
Deutzer Freiheit 77 · 50679 Köln · Tel. 0221 8812 440 · HRB 99417 AG Köln
""",
    truth=T("debt_statement", "K-2001", "Rheinufer Küchen GmbH", "6096.34", "EUR", ["KV-2027-3391", "D-70418"], False,
            "Couple as joint buyers: Klaus Meyer is the client (K-2001, name + address), his wife Petra is not; "
            "the 'Meyer' surname alone would also suggest Karin Meier; 'Lieferung 11/2027' and the interest "
            "rate are not references; total 'Gesamtforderung' vs components.", None))

add("kiezstrom-forwarded-chain-en-de",
    "Katrin Ahrens – Kiezstrom Berlin <k.ahrens@kiezstrom.example>",
    "Fwd: WG: Kundennr. 8100 2247 / Smith – current balance", "2028-09-11 15:22",
    """Dear Sir or Madam,

our collections team asked me to pass on the statement below for your client Mr John Smith.
The figure in the forwarded message is the current one; the amount quoted at the very bottom
(from July) is out of date.

Best regards
Katrin Ahrens
Kiezstrom Berlin GmbH | Customer Care (English desk)

---------- Forwarded message ---------
Von: Forderungsmanagement Kiezstrom <inkasso@kiezstrom.example>
Datum: 11.09.2028 09:58
Betreff: WG: Kundennr. 8100 2247 / Smith

Kunde: John Smith, Baker Street 221, 10115 Berlin
Kundennummer: 8100 2247
Schlussrechnung Nr. SR-28-0092716 vom 02.08.2028

Offener Betrag aus Schlussrechnung       402,16 EUR
Rücklastschriftgebühr                      3,00 EUR
Mahngebühr                                 2,50 EUR
Aktueller Kontostand (zu zahlen)         407,66 EUR

Zahlungsziel: 30.09.2028

> Von: inkasso@kiezstrom.example, 14.07.2028
> Offener Abschlagsbetrag per 14.07.2028: 288,00 EUR
> Kundennummer 8100 2247
""",
    truth=T("debt_statement", "K-2011", "Kiezstrom Berlin GmbH", "407.66", "EUR", ["8100 2247", "SR-28-0092716"],
            False,
            "English cover note forwarding a German statement from the same creditor (passed on as current): "
            "407,66 is the total, 288,00 in the quoted July mail is old, 402,16 is a component; customer number "
            "in subject, body and quote; final-bill number only in the forwarded part.", "2028-09-30"))

add("filderwasser-nur-einzelposten",
    "Zweckverband Wasserversorgung Filderebene <gebuehren@zv-filderwasser.example>",
    "Rückstände Gebührenkonto 12.0448.771", "2028-09-13 10:10",
    """Sehr geehrte Damen und Herren,

für das Gebührenkonto 12.0448.771 (Gebührenpflichtige: Frau Anna-Lena Fischer,
Schillerplatz 2, 70173 Stuttgart) sind folgende Beträge rückständig:

Wassergebühr 2. Quartal 2028 ............ 96,40 EUR
Abwassergebühr 2. Quartal 2028 ......... 121,15 EUR
Säumniszuschläge ......................... 4,00 EUR
Mahngebühr ............................... 7,50 EUR

Wasserzähler-Nr. 40 771 982, Ablesung vom 30.06.2028.
Bitte zahlen Sie die genannten Beträge innerhalb von zwei Wochen nach Zugang dieses Schreibens.

Mit freundlichen Grüßen
Zweckverband Wasserversorgung Filderebene – Gebührenstelle
""",
    truth=T("debt_statement", "K-2008", "Zweckverband Wasserversorgung Filderebene", None, None, ["12.0448.771"], True,
            "Components only, no stated total (a sum would be computed: null, review 'total not stated'); "
            "'within two weeks of receipt' is no plain date (deadline null); meter number is not a reference; "
            "client by full name with hyphen + address.", None))

add("pemberton-several-amounts-nonclient-en",
    "Pemberton Home Shopping <collections@pemberton-home.example>",
    "Account 4471 2290 18 – arrears notice", "2028-09-15 08:30",
    """Dear Sir or Madam,

Thank you for your letter. We write about the following account:

Customer: Mr Daniel Hargreaves, 14 Elm Row, Leeds LS6 2AB, DOB 04/06/1981
Account number: 4471 2290 18

Credit limit                          £1,500.00
Arrears                                 £186.00
Minimum payment due                      £64.00
Last payment received (02/08/2028)       £50.00
Total balance outstanding             £1,122.48

To bring the account up to date please pay the arrears of £186.00 by 29 September 2028.
If the arrears are not cleared, the full balance may become due.

Yours faithfully
Collections Team, Pemberton Home Shopping Ltd
Registered in England No. 04471229 | FCA ref. 714402
""",
    charset="iso-8859-1", cte="quoted-printable",
    truth=T("debt_statement", None, "Pemberton Home Shopping Ltd", "1122.48", "GBP", ["4471 2290 18"], True,
            "Five amounts, only 'Total balance outstanding' is the total (credit limit, arrears, minimum payment, "
            "last payment are not); Daniel Hargreaves is not a client (null, review); the deadline set is for "
            "the arrears (29 September 2028); company number and FCA ref are not references.", "2028-09-29"))

# ==== payment_plan_response (4) ================================================================================

add("isarbank-zwei-konten-gegenangebot",
    "Isarbank Direkt AG <forderungsmanagement@isarbank-direkt.example>",
    "Ihr Ratenzahlungsvorschlag – Strauss-Koehler, Juergen", "2028-09-18 11:05",
    """Sehr geehrte Damen und Herren,

Ihr Schreiben vom 04.09.2028 zu unserem Kunden Juergen Strauss-Koehler, geb. 28.02.1965,
betrifft zwei Konten:

Girokonto 0048 1177 20 (Überziehung)          1.486,30 EUR
Kreditkartenkonto KK-5571-0093                2.832,45 EUR
Gesamtforderung beider Konten                 4.318,75 EUR

Ihren Vorschlag von 35,00 EUR monatlich für beide Konten können wir so nicht annehmen.
Wir bieten an: Raten von 75,00 EUR monatlich ab 01.11.2028; solange die Raten pünktlich
eingehen, stellen wir die Zinsberechnung für beide Konten ein.

Bitte teilen Sie uns bis 15.10.2028 mit, ob Ihr Mandant einverstanden ist.

Mit freundlichen Grüßen
Isarbank Direkt AG · Forderungsmanagement
Leopoldstr. 140 · 80804 München · BIC ISDKDEM1XXX · HRB 188447 AG München
""",
    truth=T("payment_plan_response", "K-2004", "Isarbank Direkt AG", "4318.75", "EUR",
            ["0048 1177 20", "KK-5571-0093"], False,
            "Counter-offer (75 instead of 35 EUR) covering two accounts of one debtor: the stated total is "
            "'Gesamtforderung beider Konten'; both account numbers count; Strauß-Köhler transliterated + DOB; "
            "15.10.2028 is a reply date and 01.11.2028 the first instalment, not a payment deadline; "
            "35,00/75,00 are rates.", None))

add("optik-wandsbek-html-ratenplan",
    "Optik Wandsbek GmbH <service@optik-wandsbek.example>",
    "Bestätigung Ratenvereinbarung Kd.-Nr. OW-31877", "2028-09-20 17:10",
    None,
    html="""<html><body style="font-family:Georgia,serif">
<p><b>Optik Wandsbek GmbH</b><br>Wandsbeker Marktstr. 58<br>22041 Hamburg</p>
<p>Sehr geehrte Damen und Herren,</p>
<p>wir stimmen Ihrem Ratenzahlungsvorschlag f&uuml;r Ihre Mandantin <b>Frau Sabine Schulz</b>
(geb. 15.06.1971, Gartenweg 3) zu. Der offene Betrag aus Auftrag A-2028-0456 (Gleitsichtbrille)
betr&auml;gt <b>780,00 EUR</b>.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Rate</th><th>f&auml;llig am</th><th>Betrag</th></tr>
<tr><td>1</td><td>15.10.2028</td><td>130,00 EUR</td></tr>
<tr><td>2 bis 5</td><td>jeweils 15. des Monats</td><td>je 130,00 EUR</td></tr>
<tr><td>6</td><td>15.03.2029</td><td>130,00 EUR</td></tr>
</table>
<p>Kundennummer: OW-31877. Bei Verzug mit zwei Raten wird der Restbetrag sofort f&auml;llig.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihr Team von Optik Wandsbek<br>Tel. 040 6844 7120 &middot; St.-Nr. 43/712/04471</p>
</body></html>""",
    html_only=True,
    truth=T("payment_plan_response", "K-2005", "Optik Wandsbek GmbH", "780.00", "EUR", ["OW-31877", "A-2028-0456"],
            False,
            "HTML-only acceptance with an instalment table (rate dates are a schedule, not a payment deadline "
            "for the debt); Sabine (not Thomas) Schulz at Gartenweg 3 by first name + DOB; 130,00 are rates; "
            "Steuernummer and phone are not references.", None))

add("spreebogen-bilingual-raten-zusage",
    "Spreebogen Wohnen GmbH <mietkonten@spreebogen-wohnen.example>",
    "Ratenzahlung Mietrückstand / Instalment agreement – ME 04-221-07", "2028-09-25 12:00",
    """Sehr geehrte Damen und Herren,

zur Mieteinheit ME 04-221-07 (Mieter: Herr John Smith, Baker Street 221) stimmen wir Ihrem
Vorschlag zu: Der Mietrückstand von insgesamt 1.120,00 EUR wird in acht Monatsraten zu je
140,00 EUR getilgt, jeweils zusammen mit der laufenden Miete. Voraussetzung ist, dass die
laufende Miete pünktlich gezahlt wird; andernfalls wird der gesamte Rest fällig.

--- English translation ---

Dear Sir or Madam,

regarding rental unit ME 04-221-07 (tenant: Mr John Smith, Baker Street 221) we agree to your
proposal: the rent arrears totalling EUR 1,120.00 will be repaid in eight monthly instalments of
EUR 140.00, each together with the current rent, provided that the current rent is paid on time;
otherwise the whole remainder becomes due.

Mit freundlichen Grüßen / Kind regards
Spreebogen Wohnen GmbH · Alt-Moabit 101 · 10559 Berlin · Tel. 030 3984 4700
""",
    truth=T("payment_plan_response", "K-2011", "Spreebogen Wohnen GmbH", "1120.00", "EUR", ["ME 04-221-07"], False,
            "Bilingual conditional acceptance (German + English translation); arrears total written in two "
            "formats; 140,00 is the rate; rental-unit number is the reference; client by name + street.", None))

add("doernberg-phone-gegenangebot",
    "Malerbetrieb Dörnberg <info@maler-doernberg.example>",
    "AW: Ratenzahlung Meyer", "2028-09-27 20:13",
    """Hallo Frau Berger,

50 im Monat ist zu wenig. 80 € mtl. ginge, erste Rate Anfang November.
Rest steht noch 960,- (Rg. 2028-117, Meyer Klaus, Lindenstr. 4).

MfG
Uwe Dörnberg
Malerbetrieb Dörnberg

Von meinem Samsung Galaxy Smartphone gesendet

> Am 20.09.2028 schrieb Kanzlei Berger & Roth:
> ... bieten wir für unseren Mandanten Klaus Meyer Raten von 50,00 EUR monatlich an.
> Unser Az. SB-2028-0840
""",
    truth=T("payment_plan_response", "K-2001", "Malerbetrieb Dörnberg", "960.00", "EUR", ["2028-117"], False,
            "Phone-written counter-offer (80 instead of 50): '960,-' is the remaining total; the firm's own "
            "offer and Az. are only in the quote; invoice 'Rg. 2028-117'; 'Meyer Klaus, Lindenstr. 4' = K-2001 "
            "(not Karin Meier); no date for a payment deadline.", None))

# ==== rejection (3) ============================================================================================

add("kesselblick-bilingual-ablehnung",
    "Kesselblick Apartments GmbH <accounts@kesselblick-apartments.example>",
    "Vergleichsangebot abgelehnt / Settlement offer declined – Fischer", "2028-09-29 09:30",
    """Sehr geehrte Damen und Herren,

Ihr Angebot einer Einmalzahlung von 600,00 EUR zur Erledigung des Mietrückstands Ihrer
Mandantin Frau Anna-Lena Fischer (Mietvertrag KBA-19-0412) lehnen wir ab. Der Rückstand
in Höhe von 2.340,00 EUR bleibt in voller Höhe bestehen. Ein Gegenangebot unterbreiten wir
nicht.

Dear Sir or Madam,

we decline your offer of a one-off payment of EUR 600.00 in settlement of the rent arrears of
your client Ms Anna-Lena Fischer (tenancy agreement KBA-19-0412). The arrears of EUR 2,340.00
remain due in full. We will not make a counter-offer.

Mit freundlichen Grüßen / Kind regards
Kesselblick Apartments GmbH · Accounts · Rotebühlstr. 121 · 70178 Stuttgart
""",
    truth=T("rejection", "K-2008", "Kesselblick Apartments GmbH", "2340.00", "EUR", ["KBA-19-0412"], False,
            "Bilingual flat refusal without counter-offer that restates the balance (2.340,00 = debt_amount); "
            "600,00 is the firm's offer, not the debt; client by full name, no DOB.", None))

add("phoenixsee-fitness-zwei-vertraege-ablehnung",
    "Phoenixsee Fitness GmbH <vertraege@phoenixsee-fitness.example>",
    "Ihr Schreiben vom 12.09.2028 – Mitgliedschaften Celik", "2028-10-02 14:45",
    """Sehr geehrte Damen und Herren,

Frau Aylin Celik (Mitglieds-Nr. 20931) hat bei uns zwei Verträge: die Mitgliedschaft
Premium (Vertrags-Nr. PF-2027-1180) und den Zusatzvertrag Kurse (PF-2027-1181).
Eine Stundung oder Ratenzahlung lehnen wir für beide Verträge ab. Die Sache liegt
inzwischen bei unserem Rechtsanwalt.

Mit sportlichen Grüßen
Vertragsabteilung

Phoenixsee Fitness GmbH
Hörder Hafenstr. 5 | 44263 Dortmund
Studio-Telefon: 0231 9477 120 | Mo-Fr 6-23 Uhr, Sa/So 8-20 Uhr
Kursbuchung: App "PhoenixFit", Studio-ID 0447
Amtsgericht Dortmund HRB 28844 | USt-IdNr. DE 298 447 120
Geschäftsführer: Marco Lindqvist
""",
    truth=T("rejection", "K-2003", "Phoenixsee Fitness GmbH", None, None, ["20931", "PF-2027-1180", "PF-2027-1181"],
            False,
            "Refusal for two contracts of one member, no amount; member number plus two contract numbers; "
            "studio ID, opening hours, HRB, USt-IdNr are not references; Celik without cedilla, no DOB "
            "(unique name).", None))

add("severin-inkasso-namensvetter-meyer",
    "Inkassobüro Severin <akten@inkasso-severin.example>",
    "Ablehnung Ihres Vergleichsvorschlags – Az. IS-28-07713", "2028-10-04 10:20",
    """Sehr geehrte Damen und Herren,

in der Sache Elektro Ehrenfeld GmbH ./. Meyer, Karl, geb. 02.12.1959, Venloer Str. 301,
50823 Köln, Rechnung EE-40518, lehnen wir namens und im Auftrag unserer Mandantin Ihren
Vergleichsvorschlag ab. Die Gesamtforderung von 1.388,20 EUR ist vollständig zu begleichen;
ein Entgegenkommen ist nicht möglich.

Mit freundlichen Grüßen
Inkassobüro Severin e. K. · registriert nach § 10 RDG · Aachener Str. 12 · 50674 Köln
Tel. 0221 5544 713
""",
    truth=T("rejection", None, "Elektro Ehrenfeld GmbH", "1388.20", "EUR", ["IS-28-07713", "EE-40518"], True,
            "Agency refuses for its principal (the shop owns the claim); 'Meyer, Karl' (K.) in Köln looks like "
            "client Klaus Meyer but first name, DOB and street differ: not a client (null, review); agency Az. "
            "and invoice number count.", None))

# ==== information_request (4) ==================================================================================

add("fernwaerme-nordhafen-schulz-thomas-vollmacht",
    "Fernwärme Nordhafen GmbH <kundenservice@fw-nordhafen.example>",
    "Ihre Anfrage – Vertragskonto 5507 3318 / Vollmacht", "2028-10-06 11:11",
    """Sehr geehrte Damen und Herren,

unter der Anschrift Gartenweg 3, 20095 Hamburg, führen wir zwei Vertragskonten mit dem
Namen Schulz. Ihre Anfrage ordnen wir dem Vertragskonto 5507 3318 zu; Vertragspartner ist
Herr Thomas Schulz, geb. 22.01.1969. Das Konto von Frau Schulz ist ausgeglichen und nicht
Gegenstand dieses Schreibens.

Bevor wir Ihnen eine Forderungsaufstellung übersenden, benötigen wir eine von Herrn Schulz
unterschriebene Vollmacht. Der offene Saldo beträgt derzeit 389,60 EUR.

Mit freundlichen Grüßen
Kundenservice Fernwärme Nordhafen GmbH
Tel. 040 3008 4470 · Amtsgericht Hamburg HRB 177012
""",
    truth=T("information_request", "K-2006", "Fernwärme Nordhafen GmbH", "389.60", "EUR", ["5507 3318"], False,
            "Asks for a Vollmacht first but states the balance; two Schulz accounts at one address (the firm "
            "has both as clients) - resolved to Thomas by first name + DOB; the wife's account is settled and "
            "not the subject; HRB and phone are not references.", None))

add("kurpfalz-bildungsfonds-html-unterlagen",
    "Kurpfalz Bildungsfonds e.V. <darlehen@kurpfalz-bildungsfonds.example>",
    "Studiendarlehen – benötigte Unterlagen", "2028-10-09 08:55",
    None,
    html="""<html><body style="font-family:Arial,sans-serif;font-size:11pt">
<div style="border-bottom:2px solid #004a80"><b>Kurpfalz Bildungsfonds e.V.</b> &middot; Darlehensverwaltung &middot; Hauptstr. 231 &middot; 69117 Heidelberg</div>
<p>Sehr geehrte Damen und Herren,</p>
<p>f&uuml;r Herrn Lukas Becker (geb. 14.02.1999) bestehen bei uns zwei Studiendarlehen:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Darlehen</th><th>ausgezahlt</th><th>Restschuld</th></tr>
<tr><td>KBF-D-2019-0774</td><td>2019-2021</td><td>3.600,00 EUR</td></tr>
<tr><td>KBF-D-2021-1102</td><td>2021-2023</td><td>2.450,00 EUR</td></tr>
<tr><td><b>Summe Restschuld</b></td><td></td><td><b>6.050,00 EUR</b></td></tr>
</table>
<p>Bevor wir &uuml;ber Ihren Vorschlag entscheiden k&ouml;nnen, ben&ouml;tigen wir:</p>
<ul><li>eine Vollmacht Ihres Mandanten,</li>
<li>die Exmatrikulationsbescheinigung,</li>
<li>Einkommensnachweise der letzten drei Monate.</li></ul>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Darlehensverwaltung<br>Vereinsregister AG Mannheim VR 331447 &middot; Tel. 06221 4471 30</p>
</body></html>""",
    html_only=True,
    truth=T("information_request", "K-2012", "Kurpfalz Bildungsfonds e.V.", "6050.00", "EUR",
            ["KBF-D-2019-0774", "KBF-D-2021-1102"], False,
            "HTML-only request for Vollmacht and documents that also tabulates two loans with a stated sum "
            "('Summe Restschuld'); both loan numbers are references; year ranges, Vereinsregister number and "
            "phone are not.", None))

add("camden-keys-phone-authority-en",
    "Tom Bexley <tom@camdenkeys.example>",
    "Re: Ms Petrova", "2028-10-10 18:02",
    """Hi,

Need a signed letter of authority from Ms Petrova before I can discuss her account.
Bal is £312.40 (old flat 3B, tenancy ref CK/T/0588).

Tom
Camden Keys Lettings Ltd

Sent from my iPhone
""",
    truth=T("information_request", "K-2010", "Camden Keys Lettings Ltd", "312.40", "GBP", ["CK/T/0588"], False,
            "Very short phone mail: asks for authority first, states 'Bal' in passing; debtor only as "
            "'Ms Petrova' (unique surname); flat number is not a reference.", None))

add("hafenstadt-abfall-scan-vollmacht",
    "Poststelle <poststelle@hafenstadt-abfall.example>",
    "Ihr Schreiben vom 29.09.2028", "2028-10-11 09:30",
    """Sehr geehrte Damen und Herren,

unsere Antwort entnehmen Sie bitte dem angehängten Schreiben.

Mit freundlichen Grüßen
Poststelle
""",
    pdfs=[image_pdf("Antwort_Scan.pdf",
                    ["Hafenstadt Abfallservice GmbH",
                     "Kundenbetreuung Gebuehren",
                     "",
                     "Gebuehrenkonto: 88-402-1173",
                     "Betr.: Mehmet Yilmaz, Hafenstr. 20, 28195 Bremen",
                     "",
                     "Auskunft zur Forderung koennen wir erst erteilen,",
                     "wenn uns eine vom Gebuehrenschuldner unterzeichnete",
                     "Vollmacht vorliegt. Bitte senden Sie diese unter",
                     "Angabe des Gebuehrenkontos.",
                     "",
                     "Telefon 0421 447 3300 - Steuernummer 60 141 44712"])],
    truth=T("information_request", "K-2007", "Hafenstadt Abfallservice GmbH", None, None, ["88-402-1173"], False,
            "Body says nothing but 'see attachment'; creditor, debtor, account and the Vollmacht request are "
            "only in an image-only scan; no amount; Steuernummer and phone are not references.", None))

# ==== other (2) ================================================================================================

add("quadratestadt-abtretung-bilingual",
    "Quadratestadt Elektronik GmbH <forderungen@qs-elektronik.example>",
    "Abtretungsanzeige / Notice of assignment – Kunde 60-118220", "2028-10-12 10:00",
    """Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass wir unsere Forderung gegen Herrn Stefan Koch, Neckarstr. 7,
68159 Mannheim (Kundennummer 60-118220, Finanzierungsvertrag FV-2026-55019) mit Wirkung
zum 01.10.2028 an die Nordkap Receivables S.A., Luxemburg, abgetreten haben. Offen zum
Stichtag: 1.733,45 EUR. Zahlungen mit befreiender Wirkung sind nur noch an die neue
Gläubigerin möglich.

Dear Sir or Madam,

we hereby give notice that our claim against Mr Stefan Koch (customer number 60-118220,
finance agreement FV-2026-55019) was assigned to Nordkap Receivables S.A., Luxembourg, with
effect from 1 October 2028. Balance at that date: EUR 1,733.45. Payments discharge the debt
only if made to the new creditor.

Mit freundlichen Grüßen / Kind regards
Quadratestadt Elektronik GmbH · Forderungsmanagement · Mannheim · HRB 740118
""",
    truth=T("other", "K-2015", "Nordkap Receivables S.A.", "1733.45", "EUR", ["60-118220", "FV-2026-55019"], False,
            "Bilingual assignment notice (other) stating the balance: the new owner is the creditor, the "
            "previous owner's customer and contract numbers count; the assignment date is not a payment "
            "deadline.", None))

add("domstadt-energie-beide-konten-ausgeglichen",
    "Domstadt Energie Erfurt GmbH <kundenkonten@domstadt-energie.example>",
    "Ihre Anfrage – Kundennummer 920 331 45: keine offenen Forderungen", "2028-10-13 13:40",
    """Sehr geehrte Damen und Herren,

zu Ihrer Anfrage betreffend Frau Maria Hoffmann, geb. 03.03.1962, Domplatz 1, 99084 Erfurt:
Unter der Kundennummer 920 331 45 bestanden die Vertragskonten 4410 2201 (Strom) und
4410 2228 (Gas). Beide Verträge endeten zum 31.07.2028; die Schlussrechnungen wurden mit
den Guthaben aus den Abschlägen verrechnet.

Es bestehen keine offenen Forderungen mehr. Die Konten sind geschlossen.

Mit freundlichen Grüßen
Domstadt Energie Erfurt GmbH – Kundenkonten
Tel. 0361 5644 700 · Marktlokations-ID 50447122018
""",
    truth=T("other", "K-2014", "Domstadt Energie Erfurt GmbH", "0.00", "EUR",
            ["920 331 45", "4410 2201", "4410 2228"], False,
            "Sammel-style answer for two contracts, both settled: nothing owed (other, 0.00); customer and both "
            "contract account numbers count, the Marktlokations-ID does not.", None))

# ==== auto_reply (3) ===========================================================================================

add("vogelsang-abwesenheit-de",
    "Dr. Marlene Vogelsang <vogelsang@ra-vogelsang.example>",
    "Abwesenheitsnotiz: Ihr Schreiben – Rohrbach ./. Wagner", "2028-10-16 07:02",
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27.10.2028 nicht im Büro und lese meine E-Mails in dieser Zeit nicht.
Ihre Nachricht wird nicht weitergeleitet. In dringenden Angelegenheiten erreichen Sie mein
Sekretariat unter 0611 4471 880.

Dies ist eine automatisch erzeugte Antwort.
Dr. Marlene Vogelsang, Rechtsanwältin
""",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    truth=AUTO("Out-of-office of a creditor's lawyer (headers + text); the case names in the subject change "
               "nothing: all fields null."))

add("thornbury-receipt-case-token-en",
    "Thornbury Utilities <donotreply@thornbury-utilities.example>",
    "We've received your message [CASE: TU-8841723]", "2028-10-17 11:48",
    """Thank you for contacting Thornbury Utilities.

This is an automated response to confirm that we have received your email. Your case
number is TU-8841723. We aim to reply within 15 working days.

Please do not reply to this email as this mailbox is not monitored.
""",
    charset="us-ascii", cte="7bit",
    headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    truth=AUTO("Automated receipt from an unmonitored mailbox (headers + text); the case number is a ticket "
               "token: all fields null."))

add("lueneheide-bilingual-eingangsbestaetigung",
    "Versandhaus Lüneheide <kundenpost@lueneheide-versand.example>",
    "Eingangsbestätigung / Confirmation of receipt", "2028-10-18 22:15",
    """Dies ist eine automatisch erzeugte Eingangsbestätigung. Ihre Nachricht ist bei uns
eingegangen und wird in der Reihenfolge des Eingangs bearbeitet.

This is an automatically generated confirmation of receipt. Your message has been received
and will be dealt with in order of arrival.

--- Ihre Nachricht / Your message ---
> Betreff: Forderung gegen Herrn Peter Wagner, Kundennr. LH-448120
> ... bitten wir um eine aktuelle Forderungsaufstellung; nach unseren Unterlagen
> beträgt die Forderung 512,30 EUR. Unser Az. SB-2028-0977
""",
    truth=AUTO("Bilingual automatic confirmation without auto headers (self-described as automatic in both "
               "languages); the quoted firm's letter carries a name, a customer number and an amount - all "
               "fields stay null."))


# ==============================================================================================================
# --check
# ==============================================================================================================

MIN_INTENTS = {"debt_statement": 14, "payment_plan_response": 4, "rejection": 3, "information_request": 4,
               "other": 2, "auto_reply": 3}
EARLIER = tuple(["dev"] + [f"dev{i}" for i in range(2, 36)])
ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def check_deadlines() -> int:
    """Every truth carries payment_deadline: None or an ISO date in/after the mail's month, written in the mail
    as DD.MM.YYYY or 'D Month YYYY' (or, for DEADLINE_WORDS, by the listed phrase)."""
    errors = 0
    for spec in MESSAGES:
        truth = json.loads((BATCH.out / f"{spec['slug']}.json").read_text(encoding="utf-8"))
        deadline = truth.get("payment_deadline", "missing")
        if deadline is None:
            continue
        if not (isinstance(deadline, str) and ISO_DATE.fullmatch(deadline)):
            print("ERROR", spec["slug"], "bad payment_deadline", deadline)
            errors += 1
            continue
        d = date.fromisoformat(deadline)
        text = (spec["body"] or spec["html"] or "") + "\n".join(
            line for pdf in spec["pdfs"] for line in pdf["lines"] + pdf.get("after", []))
        forms = [d.strftime("%d.%m.%Y"), f"{d.day} {d.strftime('%B')} {d.year}"]
        words = DEADLINE_WORDS.get(spec["slug"][4:])
        if words:
            forms.append(words)
        if not any(form in text for form in forms):
            print("ERROR", spec["slug"], "deadline", deadline, "not written in the mail")
            errors += 1
        if d.isoformat() < spec["date"][:10]:
            print("ERROR", spec["slug"], "deadline before the mail's date")
            errors += 1
    return errors


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        code = BATCH.main(sys.argv[1:], earlier=EARLIER, min_intents=MIN_INTENTS,
                          min_kinds={"text_pdf": 3, "image_pdf": 2, "html_only": 3}, refs_per_mail=(0, 6))
        bad = check_deadlines()
        print(f"payment deadlines: {bad} errors")
        sys.exit(code or (1 if bad else 0))
    sys.exit(BATCH.main(sys.argv[1:]))
