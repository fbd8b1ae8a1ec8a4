#!/usr/bin/env python3
"""Deterministic generator of the dev47 batch (tests/agents_data/dev47/): creditor emails + truth files.

Written without reading the rules engine (only CONVENTIONS.md, README.md, clients.json and the builder API in
batch.py / build_dev.py / build_dev7.py). Theme: old and resold claims - claims sold two or three times (original
creditor, first buyer, current owner, each with its own number), titled claims (Vollstreckungsbescheid, court
judgments) 10-25 years old whose interest has outgrown the principal, a debt purchaser answering the firm's
objection of limitation (Verjährung), creditors asking whether their claim is listed in the insolvency proceedings or
covered by the Restschuldbefreiung, a creditor announcing a Versagungsantrag, 'final settlement offers' from debt
buyers (discount if paid by a date), a UK debt purchaser about an old credit card balance, a claim returned to the
original creditor, proof-of-debt documents (Forderungsnachweis) sent on request; figures in tables, reminders quoting
the firm's previous letter, PDFs with account histories (text and scans), HTML-only mail, auto-replies.
Truth files also label `payment_deadline` (ISO date the creditor sets for payment, else null).

    cd tests/agents_data && /tmp/gen-venv/bin/python build_dev47.py          # (re)write dev47/
    cd tests/agents_data && /tmp/gen-venv/bin/python build_dev47.py --check  # verify dev47/ against the specs

No randomness: fixed dates, Message-IDs, MIME boundaries and PDF creation dates.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_dev as bd  # noqa: E402
from batch import Batch  # noqa: E402

FIRM = bd.FIRM
text_pdf, image_pdf = bd.text_pdf, bd.image_pdf

BATCH = Batch("dev47", 4700)
MESSAGES, add = BATCH.messages, BATCH.add


def T(intent, client_id, creditor, amount, currency, refs, review, notes, deadline=None):
    """build_dev.T plus the payment deadline (ISO date or None)."""
    return {**bd.T(intent, client_id, creditor, amount, currency, refs, review, notes), "payment_deadline": deadline}


def AUTO(notes):
    return {**bd.AUTO(notes), "payment_deadline": None}


AUTO_HDR = {"Auto-Submitted": "auto-replied"}


# ---- debt_statement ------------------------------------------------------------------------------------------

add("wendelstein-three-owners-agency",
    "Dorfner & Saalbach Inkasso GmbH <akten@dorfner-saalbach-inkasso.example>",
    "Forderungsaufstellung Meyer, Klaus - unser Az. DSI 28/40117", "2028-08-02 09:12",
    """Sehr geehrte Damen und Herren,

in obiger Angelegenheit vertreten wir die Wendelstein Portfolio AG, Inhaberin der Forderung.

Zur Historie der Forderung:
- ursprüngliche Gläubigerin: Hansekontor Versand GmbH, Kundenkonto 55 019 284 (Bestellungen 2012)
- 2015 verkauft an die Corvina Receivables S.A., dort geführt unter Portfolio-Nr. CRV-15-88210
- seit 01.03.2024 Inhaberin: Wendelstein Portfolio AG, Vertrags-Nr. WPA-2024-003391

Schuldner: Meyer, Klaus, geb. 12.04.1978, Lindenstraße 4, 50667 Köln

Hauptforderung                               1.184,30 EUR
Zinsen 5 %-Pkt. über Basiszins seit 2013       842,17 EUR
Mahnkosten der Ursprungsgläubigerin             15,00 EUR
Inkassokosten                                  159,94 EUR
abzüglich Zahlungen                           -120,00 EUR
-------------------------------------------------------
Gesamtforderung                              2.081,41 EUR

Wir bitten um Ausgleich bis zum 23.08.2028 auf das unten genannte Konto.

Mit freundlichen Grüßen
i.A. R. Saalbach
Dorfner & Saalbach Inkasso GmbH
Registriert nach § 10 RDG beim OLG Hamm, Reg.-Nr. 3712-E-1.5-2219
Tel. 0231 55 40 117-0 | IBAN DE27 4405 0199 0001 4011 79 | AG Dortmund HRB 40117
""",
    truth=T("debt_statement", "K-2001", "Wendelstein Portfolio AG", "2081.41", "EUR",
            ["DSI 28/40117", "55 019 284", "CRV-15-88210", "WPA-2024-003391"], False,
            "Claim sold twice: the agency writes for the current owner Wendelstein Portfolio AG (not the agency, "
            "not the original mail-order firm, not the first buyer); four creditor-side numbers (agency Az in "
            "subject, original customer account, first buyer's portfolio number, current owner's contract number); "
            "negative payment line and interest near the principal; RDG register number, IBAN, HRB, phone are not "
            "references; deadline 23.08.2028.", "2028-08-23"))

add("kellermann-vb-2006-interest-table-pdf",
    "Rechtsanwälte Kellermann Voss <zwangsvollstreckung@kellermann-voss.example>",
    "Titulierte Forderung Nordmark Teilzahlungsbank ./. Wagner", "2028-08-03 11:40",
    """Sehr geehrte Kolleginnen und Kollegen,

für unsere Mandantin, die Nordmark Teilzahlungsbank AG, übersenden wir die aktuelle
Forderungsaufstellung aus dem Vollstreckungsbescheid des Amtsgerichts Hagen vom 14.11.2006,
Geschäftsnummer 06-4471902-0-3, gegen Herrn Peter Wagner (geb. 19.07.1958).

Bitte beachten Sie, dass die titulierten Zinsen inzwischen die Hauptforderung übersteigen.
Die Forderung ist tituliert und verjährt gemäß § 197 Abs. 1 Nr. 3 BGB erst nach 30 Jahren.

Unser Zeichen: KV-ZV-1193/06
Darlehenskonto der Mandantin: 7700 3318 42

Mit freundlichen Grüßen
Voss
Rechtsanwalt
Kellermann Voss Rechtsanwälte PartG mbB · Partnerschaftsregister AG Essen PR 1193
Tel. 0201 7700 330 · Fax 0201 7700 339 · USt-IdNr. DE 281 004 771
""",
    pdfs=[text_pdf("Forderungsaufstellung_Wagner.pdf", "Forderungsaufstellung - Nordmark Teilzahlungsbank AG",
                   ["Az. KV-ZV-1193/06       Schuldner: Wagner, Peter       Stand 03.08.2028",
                    "Titel: VB AG Hagen 06-4471902-0-3 vom 14.11.2006", ""],
                   table=[("Hauptforderung lt. Titel", "3.250,00 EUR"),
                          ("Zinsen 05.07.2006 - 03.08.2028 (tituliert)", "4.118,62 EUR"),
                          ("Kosten Mahnverfahren", "187,40 EUR"),
                          ("Kosten fruehere Vollstreckung (2009, 2014)", "266,15 EUR"),
                          ("Zahlungen Lohnpfaendung 2014-2016", "-1.480,00 EUR"),
                          ("Restforderung gesamt", "6.342,17 EUR")],
                   after=["Verrechnung gem. Par. 367 BGB: Kosten, Zinsen, Hauptforderung"])],
    truth=T("debt_statement", "K-2009", "Nordmark Teilzahlungsbank AG", "6342.17", "EUR",
            ["06-4471902-0-3", "KV-ZV-1193/06", "7700 3318 42"], False,
            "Lawyer writes for the bank (bank owns the claim); 22-year-old Vollstreckungsbescheid, interest "
            "4.118,62 above the 3.250,00 principal; total 'Restforderung gesamt' only in the PDF table after a "
            "negative payment line; court Geschäftsnummer, lawyer's Zeichen and loan account are references; "
            "partnership register, USt-IdNr, phone/fax are not. Colleague salutation, no deadline."))

add("sankt-annen-judgment-2009-scan",
    "Sankt Annen Forderungsmanagement GmbH <sachbearbeitung@sankt-annen-fm.example>",
    "Ihr Schreiben vom 11.07.2028 - Forderungskonto SA-0931-72", "2028-08-04 14:05",
    """Guten Tag,

wie erbeten erhalten Sie als Anlage eine Kopie unseres Forderungskontos zur Schuldnerin
Sabine Schulz aus Hamburg. Grundlage ist das Urteil des Landgerichts Hamburg vom 02.03.2009.

Wir haben die Forderung 2017 von der Elbtal Möbel GmbH erworben.
Für Rückfragen: Frau Dierks, Durchwahl -214.

Mit freundlichen Grüßen
Sankt Annen Forderungsmanagement GmbH
Holstenwall 19, 20355 Hamburg, Tel. 040 3300 93-0, AG Hamburg HRB 139301
""",
    pdfs=[image_pdf("Forderungskonto_SA-0931-72.pdf",
                    ["SANKT ANNEN FORDERUNGSMANAGEMENT GMBH",
                     "Forderungskonto SA-0931-72",
                     "Schuldnerin: Schulz, Sabine  geb. 15.06.1971",
                     "Titel: Urteil LG Hamburg 318 O 77/08 v. 02.03.2009",
                     "Urspr. Glaeubigerin: Elbtal Moebel GmbH, Auftrag 2008-4471",
                     "",
                     "Hauptforderung              2.460,00 EUR",
                     "Zinsen 2008 - 08/2028       2.915,33 EUR",
                     "Prozesskosten 1. Instanz      811,20 EUR",
                     "Zahlungseingaenge            -300,00 EUR",
                     "------------------------------------------",
                     "Saldo zu Lasten Schuldnerin 5.886,53 EUR"])],
    truth=T("debt_statement", "K-2005", "Sankt Annen Forderungsmanagement GmbH", "5886.53", "EUR",
            ["SA-0931-72", "318 O 77/08", "2008-4471"], False,
            "Image-only scan carries the figures; buyer owns the claim (bought from the furniture firm); interest "
            "above the principal on a 2009 judgment; total labelled 'Saldo zu Lasten Schuldnerin'; court file "
            "number and original order number are references; Sabine vs Thomas Schulz (same address) resolved "
            "by first name + DOB in the scan; HRB/phone/Durchwahl are not references."))

add("thistlegate-uk-old-credit-card",
    "Thistlegate Credit Recoveries <customerteam@thistlegate-recoveries.example>",
    "Your client: Mr J Smith - account TCR/0448/91720", "2028-08-07 10:30",
    """Dear Sir/Madam,

We write regarding your client Mr John Smith, date of birth 10 October 1975.

Thistlegate Credit Recoveries Limited purchased this account from Meridian Card Services plc
on 19 February 2021 and is now the legal owner of the debt. Notice of assignment was sent to
your client's last known UK address in Reading at the time.

Original creditor:        Meridian Card Services plc
Original account number:  4921 **** **** 3307 (card ending 3307), agreement ref MCS-7781203
Date of default:          14 June 2019
Our reference:            TCR/0448/91720

Balance at assignment:    GBP 3,912.44
Payments received since:  GBP   240.00
Current balance:          GBP 3,672.44

No interest or charges have been added since the account was purchased.

Yours faithfully,

Customer Team
Thistlegate Credit Recoveries Ltd
Registered in England & Wales No. 08812047 | FCA FRN 671120 | ICO Z3318820
Tel 0345 600 4471 (Mon-Fri 8am-6pm)
""",
    charset="us-ascii", cte="7bit",
    truth=T("debt_statement", "K-2011", "Thistlegate Credit Recoveries Ltd", "3672.44", "GBP",
            ["TCR/0448/91720", "MCS-7781203"], False,
            "UK debt purchaser on an old credit-card balance: the purchaser owns it; balance at assignment vs "
            "current balance (current wins); masked card number is not a usable reference, the agreement ref and "
            "the purchaser's reference are; company number, FCA FRN, ICO number and phone are not; client by "
            "'Mr J Smith' + DOB written out in words."))

add("grafenau-reminder-quotes-firm-letter",
    "Grafenau Kreditbank AG Abwicklung <abwicklung@grafenau-kreditbank.example>",
    "AW: Petrova, Olga - Anfrage Forderungshöhe", "2028-08-08 16:20",
    """Sehr geehrte Damen und Herren,

wir kommen zurück auf Ihr unten stehendes Schreiben. Seit unserer Auskunft vom 12.06.2028
sind weitere Zinsen angefallen; zudem ist die Zahlung vom 30.06. über 50,00 EUR verbucht.

Der Gesamtsaldo des Ratenkredits Nr. 31-884102-7 beträgt heute 4.406,18 EUR.

Bitte melden Sie sich bis 29.08.2028, andernfalls geben wir die Akte an unseren
Rechtsdienstleister ab.

Freundliche Grüße
Abwicklung / Team Ost
Grafenau Kreditbank AG, Sitz Passau, HRB 7710 AG Passau, BLZ 740 411 20

-----Ursprüngliche Nachricht-----
Von: Kanzlei Berger & Roth Schuldnerberatung
Gesendet: Dienstag, 25. Juli 2028 10:02
Betreff: Petrova, Olga - Anfrage Forderungshöhe
Unser Zeichen: SB-2028-1174

Sehr geehrte Damen und Herren,
wir vertreten Frau Olga Petrova, geb. 27.05.1988. Ihrer Auskunft vom 12.06.2028 zufolge
beträgt die Forderung 4.391,90 EUR. Bitte bestätigen Sie den aktuellen Stand.
""",
    truth=T("debt_statement", "K-2010", "Grafenau Kreditbank AG", "4406.18", "EUR", ["31-884102-7"], False,
            "Reply quoting the firm's own letter: the firm's figure 4.391,90 (quoted from an older creditor "
            "statement) loses to the bank's new total 4.406,18; the firm's SB-… Zeichen and the BLZ/HRB are not "
            "references; the 29.08.2028 date is a response deadline before handover ('melden Sie sich'), not "
            "plainly a payment deadline -> null; 50,00 EUR is a payment.", None))

add("lindhorst-forderungsnachweis-history-pdf",
    "Lindhorst Receivables GmbH <nachweise@lindhorst-receivables.example>",
    "Forderungsnachweis wie angefordert / LR-88-220417", "2028-08-09 08:55",
    """Sehr geehrte Damen und Herren,

auf Ihre Anforderung vom 18.07.2028 übersenden wir den Forderungsnachweis zu Frau Aylin Celik
(geb. 03.11.1990): Kopie der Abtretungsvereinbarung (Auszug) und den vollständigen
Kontoverlauf seit Übernahme. Der Kontoverlauf weist den aktuellen Gesamtsaldo aus.

Die Forderung stammt aus dem Mobilfunkvertrag bei der Tarifwerk Mobil GmbH,
Kundennummer TM-6620931, und wurde uns am 05.05.2022 abgetreten.

Mit freundlichen Grüßen
Team Nachweise
Lindhorst Receivables GmbH | Münster | HRB 22041 | Tel. 0251 4400 220
""",
    pdfs=[text_pdf("Kontoverlauf_LR-88-220417.pdf", "Kontoverlauf Forderung LR-88-220417",
                   ["Schuldnerin: Celik, Aylin, geb. 03.11.1990, Dortmund",
                    "Urspr. Glaeubigerin: Tarifwerk Mobil GmbH, Kd.-Nr. TM-6620931", ""],
                   table=[("05.05.2022 Uebernahme Hauptforderung", "612,48 EUR"),
                          ("05.05.2022 Kosten Ursprungsglaeubigerin", "35,00 EUR"),
                          ("31.12.2023 Zinsen 2022-2023", "49,71 EUR"),
                          ("15.02.2024 Zahlung", "-80,00 EUR"),
                          ("31.12.2025 Zinsen 2024-2025", "54,02 EUR"),
                          ("31.07.2028 Zinsen 2026-07/2028", "63,50 EUR"),
                          ("Gesamtsaldo 31.07.2028", "734,71 EUR")],
                   after=["Seite 1/1 - erstellt maschinell"])],
    truth=T("debt_statement", "K-2003", "Lindhorst Receivables GmbH", "734.71", "EUR",
            ["LR-88-220417", "TM-6620931"], False,
            "Forderungsnachweis sent on request: an account history PDF with dated lines, the total is the last "
            "'Gesamtsaldo' row (first row 612,48 is the principal); buyer owns the claim; client spelled 'Celik' "
            "(record Çelik) + DOB; HRB and phone not references."))

add("brunnquell-html-only-restforderung",
    "Brunnquell Finanz AG <forderungen@brunnquell-finanz.example>",
    "Aktueller Forderungsstand Vertrag BQ 2011/55730", "2028-08-10 13:15",
    None,
    html="""<html><body style="font-family:Verdana;font-size:10pt">
<p><b>Brunnquell Finanz AG</b><br>Forderungsmanagement<br>Postfach 31 07 22<br>60431 Frankfurt am Main</p>
<p>Sehr geehrte Damen und Herren,</p>
<p>zu Ihrer Mandantin <b>Frau Fatma Oeztuerk</b>, geb. 08.08.1980, teilen wir den Stand unseres
Ratenkreditvertrags <b>BQ 2011/55730</b> mit. Die Ursprungsforderung wurde 2013 gekündigt und
2014 durch Vollstreckungsbescheid tituliert.</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th align="left">Position</th><th align="right">Betrag</th></tr>
<tr><td>Ursprüngliche Kreditsumme 2011</td><td align="right">8.000,00 &euro;</td></tr>
<tr><td>Gekündigter Saldo 2013</td><td align="right">5.731,88 &euro;</td></tr>
<tr><td>Titulierte Zinsen und Kosten bis heute</td><td align="right">3.902,40 &euro;</td></tr>
<tr><td>Geleistete Zahlungen</td><td align="right">-2.150,00 &euro;</td></tr>
<tr><td><b>Restforderung</b></td><td align="right"><b>7.484,28 &euro;</b></td></tr>
</table>
<p>Bitte zahlen Sie bis spätestens <b>31.08.2028</b> oder unterbreiten Sie uns einen Zahlungsvorschlag.</p>
<p>Mit freundlichen Grüßen<br>Forderungsmanagement<br>Brunnquell Finanz AG &middot; Vorstand: Dr. H. Ebner
&middot; AG Frankfurt HRB 88120 &middot; USt-IdNr. DE 114 771 209</p>
</body></html>""",
    html_only=True,
    truth=T("debt_statement", "K-2013", "Brunnquell Finanz AG", "7484.28", "EUR", ["BQ 2011/55730"], False,
            "HTML-only table with several amounts: original loan 8.000,00, terminated balance, interest, payments "
            "- only the bold 'Restforderung' is the total; client written 'Oeztuerk' (record Öztürk) + DOB; "
            "Postfach, HRB, USt-IdNr not references; deadline 31.08.2028.", "2028-08-31"))

add("hagedorn-components-only-no-total",
    "Hagedorn Rechtsanwälte <buero@hagedorn-ra.example>",
    "Koch, Stefan ./. Rheinpfalz Versicherungsverein - Titel von 2004", "2028-08-11 09:48",
    """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir weiterhin den Rheinpfalz Versicherungsverein a.G. vertreten.
Gegen Ihren Mandanten Herrn Stefan Koch, Neckarstr. 7, Mannheim, besteht ein Vollstreckungsbescheid
des AG Mayen vom 09.09.2004 (Gz. 04-2210977-0-8) wegen rückständiger Beiträge.

Die Forderung setzt sich zusammen aus:
  Hauptforderung                     1.318,00 EUR
  titulierte Zinsen bis 08/2028      1.677,45 EUR
  festgesetzte Kosten                  214,60 EUR
  Kosten der Vollstreckungsversuche    392,18 EUR

Eine Aufstellung der Teilzahlungen 2005-2011 folgt gesondert; sie sind oben noch nicht abgezogen.

Mit freundlichen Grüßen
Hagedorn
Rechtsanwalt
Aktenzeichen: H-0412/04-RV
Hagedorn Rechtsanwälte | Koblenzer Str. 31 | 56068 Koblenz | Tel. 0261 9120 40
""",
    truth=T("debt_statement", "K-2015", "Rheinpfalz Versicherungsverein a.G.", None, None,
            ["04-2210977-0-8", "H-0412/04-RV"], True,
            "Components only, no total, and the lawyer says earlier part payments are not yet deducted -> "
            "debt_amount null, review 'total not stated' (a computed sum would be wrong); lawyer writes for the "
            "insurer (owner); 24-year-old VB, interest above principal; court Gz. and lawyer's Aktenzeichen at "
            "the bottom are references; client by name + matching address, no DOB.", None))

add("falkenried-nonclient-resold-catalogue",
    "Falkenried Inkasso <service@falkenried-inkasso.example>",
    "Forderung Meyerhoff, Karsten - FI-2028-30951", "2028-08-14 10:02",
    """Sehr geehrte Damen und Herren,

Sie haben uns mitgeteilt, dass Sie Herrn Karsten Meyerhoff, geb. 02.01.1974, wohnhaft in Köln,
vertreten. Die Forderung aus dem Versandkonto 8812 0047 der Rheinufer Katalog GmbH wurde 2016
an die Ostrava Debt Invest a.s. und 2023 an unsere Auftraggeberin, die Tessmer Forderungskauf GmbH,
weiterverkauft (dortige Nummer TFK/23/11820).

Offener Gesamtbetrag per 14.08.2028: 967,35 EUR
(davon Hauptforderung 488,20 EUR, Zinsen 301,15 EUR, Kosten 178,00 EUR)

Mit freundlichen Grüßen
Falkenried Inkasso
Inh. Jana Falkenried e.K. | HRA 51107 | Tel. 0221 88 30 951
""",
    truth=T("debt_statement", None, "Tessmer Forderungskauf GmbH", "967.35", "EUR",
            ["FI-2028-30951", "8812 0047", "TFK/23/11820"], True,
            "Debtor Karsten Meyerhoff is not a client (close to Klaus Meyer, Köln, but other first name and DOB) "
            "-> client_id null, review; claim sold twice, the agency's principal Tessmer Forderungskauf GmbH "
            "owns it (not the intermediate buyer Ostrava Debt Invest); total stated with components in brackets."))

add("vandermeer-en-mixed-pdf-statement",
    "Vandermeer Credit Holding B.V. <collections.de@vandermeer-credit.example>",
    "Statement of account / Kontoauszug - L. Becker", "2028-08-16 15:37",
    """Dear Sir or Madam, sehr geehrte Damen und Herren,

Please find attached the statement of account for Mr Lukas Becker, Heidelberg. The claim arises from
a student laptop financing with Studiomarkt Elektronik GmbH (contract SE-19-004471), acquired by us in 2021.
Anbei der Kontoauszug; der Gesamtbetrag ist auf Seite 1 ausgewiesen.

We remain open to a reasonable payment proposal.

Kind regards / Mit freundlichen Grüßen
Collections Germany
Vandermeer Credit Holding B.V. · KvK 71204471 · BTW NL8612.04.471.B01
Keizersgracht 118, 1015 CW Amsterdam · +31 20 440 7120
""",
    pdfs=[text_pdf("statement_becker.pdf", "Vandermeer Credit Holding B.V. - Statement of account",
                   ["Our ref / Unser Zeichen: VCH-DE-552019      Date: 16.08.2028",
                    "Debtor: Becker, Lukas, 14.02.1999", ""],
                   table=[("Principal / Hauptforderung", "1.049,00 EUR"),
                          ("Interest / Zinsen 2020-2028", "388,12 EUR"),
                          ("Costs original creditor / Kosten Altglaeubiger", "40,00 EUR"),
                          ("Payments / Zahlungen", "-150,00 EUR"),
                          ("Total due / Gesamtbetrag", "1.327,12 EUR")],
                   after=["Payment reference: VCH-DE-552019"])],
    charset="utf-8",
    truth=T("debt_statement", "K-2012", "Vandermeer Credit Holding B.V.", "1327.12", "EUR",
            ["SE-19-004471", "VCH-DE-552019"], False,
            "Bilingual EN/DE mail from a Dutch debt buyer; total only in the PDF table ('Total due / "
            "Gesamtbetrag'); original contract number in the body, buyer's ref only in the PDF; KvK, BTW "
            "number and phone are not references; client by name + DOB in the PDF."))

add("isarwinkel-vb-2005-scan-strauss",
    "Isarwinkel Versandhaus GmbH Rechtsabteilung <recht@isarwinkel-versand.example>",
    "Zwangsvollstreckungssache Strauss-Koehler - Az. IV-R 05/1187", "2028-08-18 08:21",
    """Sehr geehrte Damen und Herren,

zu Ihrem Mandanten Herrn Juergen Strauss-Koehler, geb. 28.02.1965, übersenden wir beigefügt
die Forderungsaufstellung aus unserem Vollstreckungsbescheid aus dem Jahr 2005 (eingescannt).
Wir weisen darauf hin, dass der Titel 30 Jahre vollstreckbar ist.

Zahlungen bitte ausschließlich unter Angabe des Aktenzeichens IV-R 05/1187.

Mit freundlichen Grüßen
Rechtsabteilung
Isarwinkel Versandhaus GmbH · Leopoldstr. 240 · 80807 München
Geschäftsführer: P. Ambacher · HRB 160447 AG München · Tel. 089 44 71 05-0
""",
    pdfs=[image_pdf("Forderungsaufstellung_Scan.pdf",
                    ["ISARWINKEL VERSANDHAUS GMBH - RECHTSABTEILUNG",
                     "Az. IV-R 05/1187   Kunden-Nr. 0033 4471 9",
                     "VB AG Coburg v. 21.04.2005, Gz. 05-1107733-0-2",
                     "Schuldner: Strauss-Koehler, Juergen",
                     "",
                     "Hauptforderung                 1.702,35 EUR",
                     "Zinsen 2004 - 2028             2.214,90 EUR",
                     "Kosten Mahnverfahren             143,50 EUR",
                     "Kosten Gerichtsvollzieher 2011    88,20 EUR",
                     "------------------------------------------",
                     "Summe offen                    4.148,95 EUR",
                     "",
                     "Stand: 18.08.2028 - ohne Gewaehr"])],
    truth=T("debt_statement", "K-2004", "Isarwinkel Versandhaus GmbH", "4148.95", "EUR",
            ["IV-R 05/1187", "0033 4471 9", "05-1107733-0-2"], False,
            "Original creditor with its own legal department; 23-year-old VB, interest above principal; "
            "scan only ('Summe offen'); transliterated 'Juergen Strauss-Koehler' = Jürgen Strauß-Köhler + DOB; "
            "Az (subject/body/scan), customer number and court Gz. in the scan are references; HRB/phone not."))

add("moorkamp-unsolicited-final-settlement-offer",
    "Moorkamp Capital GmbH <angebote@moorkamp-capital.example>",
    "Einmaliges Abschlussangebot - Vertrag MC-7740-219", "2028-08-21 12:00",
    """Sehr geehrte Damen und Herren,

Ihr Mandant Mehmet Yilmaz (geb. 08.03.1985) schuldet uns aus dem erworbenen Kreditkartenkonto
der früheren Weserbank Kartenservice AG (Konto 5408 1120 9931) derzeit insgesamt 2.940,66 EUR.

EINMALIGES ABSCHLUSSANGEBOT: Gehen bis zum 30.09.2028 1.470,00 EUR bei uns ein, betrachten wir die
Forderung als vollständig erledigt. Danach gilt wieder der volle Betrag zzgl. weiterer Zinsen.

Verwendungszweck: MC-7740-219

Mit freundlichen Grüßen
Moorkamp Capital GmbH
Am Sandtorkai 48 · 20457 Hamburg · HRB 170219 · Tel. 040 7740 219-0
""",
    truth=T("debt_statement", "K-2007", "Moorkamp Capital GmbH", "2940.66", "EUR",
            ["MC-7740-219", "5408 1120 9931"], False,
            "Unsolicited 'final settlement offer' from a debt buyer (not an answer to a proposal of the firm -> "
            "debt_statement): the stated total 2.940,66 is the amount owed, 1.470,00 is only the discount "
            "offer; the offer deadline 30.09.2028 is the date set for payment; 'Yilmaz' without dotless ı "
            "matches Yılmaz + DOB.", "2028-09-30"))

add("harbourline-uk-final-demand-deadline",
    "Harbourline Debt Purchase <letters@harbourline-dp.example>",
    "Final demand - A Fischer - HDP ref 20771934", "2028-08-24 09:10",
    """FINAL DEMAND

Dear Sirs,

Re: Ms Anna-Lena Fischer (DOB 01/12/1994), formerly of 14 Albion Road, Bristol
Original creditor: Kestwick Store Card Ltd, store card no. KSC 004 771 209
Our ref: HDP 20771934

Your client's store card account was assigned to Harbourline Debt Purchase Ltd on 02/11/2020.
Despite our letters of 12 June and 19 July 2028 the outstanding balance of GBP 1,188.70 remains unpaid.

Please arrange payment in full by 21 September 2028, or contact us with an affordable offer.
If we hear nothing we may pass the account to our solicitors.

Yours faithfully

Harbourline Debt Purchase Ltd
PO Box 7120, Bristol BS1 9ZZ | Company No. 10447120 | FCA FRN 812044
""",
    charset="us-ascii", cte="7bit",
    truth=T("debt_statement", "K-2008", "Harbourline Debt Purchase Ltd", "1188.70", "GBP",
            ["HDP 20771934", "KSC 004 771 209"], False,
            "UK final demand from a debt purchaser; reference in the subject as 'HDP ref 20771934' and in the body "
            "as 'HDP 20771934' (exact body form labelled); original store-card number is a reference; PO Box, "
            "company number and FCA FRN are not; plain payment deadline 21 September 2028.", "2028-09-21"))

add("quellbrunn-forwarded-servicer-statement",
    "Jana Wöhrle <j.woehrle@quellbrunn-portfolio.example>",
    "WG: Forderungsaufstellung Yilmaz / QP-19-66102", "2028-08-28 17:44",
    """Hallo zusammen,

anbei wie telefonisch besprochen die aktuelle Aufstellung unseres Servicers zu Ihrem Mandanten,
gilt so als unser aktueller Stand. Wir sind Eigentümerin der Forderung.

Gruß
Jana Wöhrle
Quellbrunn Portfolio GmbH | Tel. 0421 66 10 20

---------- Weitergeleitete Nachricht ----------
Von: Servicing Team <team@weserdeich-servicing.example>
Datum: 28.08.2028 15:02
Betreff: Forderungsaufstellung Yilmaz / QP-19-66102

Mandantin: Quellbrunn Portfolio GmbH, Portfolio-Nr. QP-19-66102
Servicing-Akte: WDS-0882-14
Schuldner: Mehmet Yilmaz, Hafenstr. 20, Bremen

Hauptforderung 2.115,00 EUR | Zinsen 610,82 EUR | Kosten 96,40 EUR
Summe: 2.822,22 EUR
""",
    truth=T("debt_statement", "K-2007", "Quellbrunn Portfolio GmbH", "2822.22", "EUR",
            ["QP-19-66102", "WDS-0882-14"], False,
            "Owner forwards its servicer's statement as its current figure -> the forwarded total counts; the "
            "servicer is not the creditor; both the owner's portfolio number and the servicer's file count; "
            "client by name + address (Yilmaz = Yılmaz), no DOB; sloppy short cover note."))

# ---- payment_plan_response -----------------------------------------------------------------------------------

add("ravensberg-counter-offer-discount-by-date",
    "Ravensberg Forderungsinvest AG <vergleich@ravensberg-fi.example>",
    "Ihr Vergleichsvorschlag vom 01.08.2028 - RFI 44-10773 - Hoffmann", "2028-09-01 10:25",
    """Sehr geehrte Damen und Herren,

vielen Dank für Ihren Vorschlag vom 01.08.2028, die Forderung gegen Frau Maria Hoffmann
(geb. 03.03.1962) mit einer Einmalzahlung von 25 % zu erledigen.

Diesem Angebot können wir nicht zustimmen. Wir sind jedoch bereit, die Angelegenheit gegen
Zahlung von 1.650,00 EUR abschließend zu erledigen, sofern der Betrag bis zum 15.10.2028 eingeht.
Die Gesamtforderung beläuft sich derzeit auf 3.877,09 EUR (ursprünglich Kaufvertrag bei der
Saalfeld Mode KG, Kundennummer 71-0044-18).

Geht die Zahlung nicht fristgerecht ein, wird die Gesamtforderung weiter verfolgt.

Mit freundlichen Grüßen
Vergleichsabteilung
Ravensberg Forderungsinvest AG · Bielefeld · HRB 44107 · Tel. 0521 44 107-300
""",
    truth=T("payment_plan_response", "K-2014", "Ravensberg Forderungsinvest AG", "3877.09", "EUR",
            ["RFI 44-10773", "71-0044-18"], False,
            "Counter-offer to the firm's 25 % proposal: settlement figure 1.650,00 if paid by 15.10.2028; the "
            "debt_amount is the stated Gesamtforderung, not the settlement figure or the firm's offer; "
            "reference of the buyer in the subject only; original customer number in the text.", "2028-10-15"))

add("thistlegate-accepts-instalments-en",
    "Thistlegate Credit Recoveries <arrangements@thistlegate-recoveries.example>",
    "Payment arrangement agreed - TCR/0512/30088", "2028-09-04 14:50",
    """Dear Sir/Madam,

Thank you for your letter of 22 August 2028 on behalf of Ms Olga Petrova.

We are happy to accept your client's offer of GBP 30.00 per month towards the balance of
GBP 1,046.15 on her former Albacore Bank credit card (account 5520-1190-44).
The first payment should reach us by 1 October 2028, then on the 1st of each month.

We will review the arrangement in twelve months. Please use reference TCR/0512/30088 for all payments.

Yours faithfully,

Arrangements Team
Thistlegate Credit Recoveries Ltd | FCA FRN 671120 | Tel 0345 600 4471
""",
    charset="us-ascii", cte="7bit",
    truth=T("payment_plan_response", "K-2010", "Thistlegate Credit Recoveries Ltd", "1046.15", "GBP",
            ["TCR/0512/30088", "5520-1190-44"], False,
            "Acceptance of an instalment offer (plan response, not a statement); balance stated; GBP 30.00 is the "
            "instalment; first instalment due 1 October 2028 is the payment date set; same purchaser as another "
            "mail of this batch but a different debtor and account; no DOB, client by full name.",
            "2028-10-01"))

add("kellermann-conditional-ratenzahlung",
    "Rechtsanwälte Kellermann Voss <zwangsvollstreckung@kellermann-voss.example>",
    "AW: Ratenzahlungsvorschlag Wagner - KV-ZV-1193/06", "2028-09-06 09:05",
    """Sehr geehrte Kolleginnen und Kollegen,

unsere Mandantin ist mit der vorgeschlagenen Ratenzahlung von 120,00 EUR monatlich
für Ihren Mandanten Herrn P. Wagner grundsätzlich einverstanden, allerdings nur unter folgenden Bedingungen:

1. Die erste Rate geht bis zum 30.09.2028 ein, die weiteren jeweils zum Monatsersten.
2. Ihr Mandant erkennt die Forderung in Höhe von 6.342,17 EUR an (Anerkenntnis anbei, bitte
   unterschrieben zurück).
3. Bei einem Rückstand von zwei Raten wird der Restbetrag sofort fällig.

Während der Ratenzahlung ruhen die Vollstreckungsmaßnahmen aus dem Titel 06-4471902-0-3.

Mit freundlichen Grüßen
Voss, Rechtsanwalt
Kellermann Voss Rechtsanwälte PartG mbB für die Nordmark Teilzahlungsbank AG
""",
    truth=T("payment_plan_response", "K-2009", "Nordmark Teilzahlungsbank AG", "6342.17", "EUR",
            ["KV-ZV-1193/06", "06-4471902-0-3"], False,
            "Conditional acceptance by the bank's lawyer (three conditions) -> payment_plan_response; the bank "
            "owns the claim, named only in the signature line; debtor only 'Herrn P. Wagner' (unique initial + "
            "surname); amount is the total to be acknowledged, 120,00 is the instalment; first instalment by "
            "30.09.2028.", "2028-09-30"))

add("hollwede-counter-offer-old-judgment-sloppy",
    "Gerd Hollwede <g.hollwede@hollwede-handelskontor.example>",
    "re: Ihr angebot koehler", "2028-09-08 19:32",
    """hallo,

ihr angebot 10 euro im monat für herrn strauß-köhler ist ein witz. die forderung läuft seit 2008
(urteil AG München 261 C 11804/08), da sind mittlerweile 5.118,40 euro offen.

ich mach ihnen einen gegenvorschlag: 75 euro monatlich, dann verzicht ich auf die weiteren zinsen.
sonst gehts eben weiter mit pfändung.

gruß
G. Hollwede
Hollwede Handelskontor e.K., Inh. Gerd Hollwede
tel 0170 4471 882
""",
    truth=T("payment_plan_response", "K-2004", "Hollwede Handelskontor e.K.", "5118.40", "EUR",
            ["261 C 11804/08"], False,
            "Sloppy all-lowercase mail: refuses 10 EUR/month but counter-offers 75 EUR/month -> "
            "payment_plan_response, not rejection; the judgment file number is the only reference; '5.118,40 "
            "euro' lowercase; client 'strauß-köhler' without first name but unique double-barrelled surname; "
            "creditor is the sole trader's firm in the signature; mobile number not a reference."))

# ---- rejection -----------------------------------------------------------------------------------------------

add("sankt-annen-rejects-limitation-objection",
    "Sankt Annen Forderungsmanagement GmbH <sachbearbeitung@sankt-annen-fm.example>",
    "Einrede der Verjährung - Forderungskonto SA-0931-72", "2028-09-11 11:11",
    """Sehr geehrte Damen und Herren,

mit Schreiben vom 29.08.2028 haben Sie für Ihre Mandantin Frau Sabine Schulz (geb. 15.06.1971)
die Einrede der Verjährung erhoben und angeboten, die Akte gegen Zahlung von 250,00 EUR zu schließen.

Die Einrede greift nicht: Die Forderung ist durch Urteil des LG Hamburg vom 02.03.2009
(318 O 77/08) rechtskräftig festgestellt. Titulierte Ansprüche verjähren nach § 197 Abs. 1
Nr. 3 BGB in 30 Jahren; zudem wurde die Verjährung durch Vollstreckungsmaßnahmen erneut in
Gang gesetzt.

Ihr Vergleichsangebot lehnen wir daher ab. Ein Gegenangebot werden wir nicht unterbreiten.
Die Forderung beläuft sich unverändert auf 5.886,53 EUR.

Mit freundlichen Grüßen
Sankt Annen Forderungsmanagement GmbH
Holstenwall 19, 20355 Hamburg, HRB 139301
""",
    truth=T("rejection", "K-2005", "Sankt Annen Forderungsmanagement GmbH", "5886.53", "EUR",
            ["SA-0931-72", "318 O 77/08"], False,
            "Debt buyer answers the firm's limitation objection: titled claim, 30-year limitation; flatly "
            "refuses the 250,00 offer with no counter-offer -> rejection, amount restated; Sabine (not Thomas) "
            "Schulz by first name + DOB; 250,00 is the firm's offer, not the debt."))

add("tannhoff-refuses-plan-announces-versagung",
    "Tannhoff Leasing GmbH Forderungsmanagement <fm@tannhoff-leasing.example>",
    "Außergerichtlicher Einigungsversuch Öztürk - Ablehnung", "2028-09-13 15:40",
    """Sehr geehrte Damen und Herren,

Ihren Schuldenbereinigungsplan vom 20.08.2028 für Frau Fatma Öztürk lehnen wir ab.
Unsere Forderung aus dem Leasingvertrag LV-2019-08817 (Stand 13.09.2028: 11.204,60 EUR)
beruht nach unserer Auffassung auf falschen Angaben Ihrer Mandantin zu ihrem Einkommen bei
Vertragsschluss.

Wir weisen bereits jetzt darauf hin, dass wir im Insolvenzverfahren die Forderung als solche aus
vorsätzlich begangener unerlaubter Handlung anmelden und einen Antrag auf Versagung der
Restschuldbefreiung stellen werden.

Mit freundlichen Grüßen
Tannhoff Leasing GmbH
Forderungsmanagement
Industriestr. 5, 47053 Duisburg, HRB 30881, USt-IdNr. DE 300 881 774
""",
    truth=T("rejection", "K-2013", "Tannhoff Leasing GmbH", "11204.60", "EUR", ["LV-2019-08817"], False,
            "Flat refusal of the out-of-court plan, no counter-offer, plus the announcement of a "
            "Versagungsantrag and a tort-claim filing; the balance is stated in brackets; client by full name "
            "with umlauts, no DOB; HRB/USt-IdNr not references."))

add("harbourline-rejects-token-offer-en",
    "Harbourline Debt Purchase <letters@harbourline-dp.example>",
    "RE: Token payment proposal - HDP 20994410", "2028-09-15 08:45",
    """Dear Sirs,

We refer to your letter dated 1 September 2028 proposing token payments of GBP 5.00 per month
for your client Mr Thomas Schulz, Hamburg (DOB 22/01/1969).

Having reviewed the income and expenditure you supplied, we are not prepared to accept this proposal
and will not be putting forward an alternative arrangement at this time. Our client file remains open
at the full balance of GBP 2,215.30 (original creditor Bramblewood Catalogue Ltd, account BWC-880417).

Yours faithfully

Litigation Review Team
Harbourline Debt Purchase Ltd | Company No. 10447120
""",
    charset="us-ascii", cte="7bit",
    truth=T("rejection", "K-2006", "Harbourline Debt Purchase Ltd", "2215.30", "GBP",
            ["HDP 20994410", "BWC-880417"], False,
            "English rejection of a token-payment offer, explicitly no alternative; Thomas (not Sabine) Schulz "
            "by first name + DOB; the buyer's ref only in the subject; GBP 5.00 is the firm's proposal; same "
            "buyer as another mail of this batch, other debtor."))

# ---- information_request ------------------------------------------------------------------------------------

add("weidenau-asks-insolvency-listing",
    "Weidenau Stadtwerke GmbH Forderungsmanagement <fm@weidenau-stadtwerke.example>",
    "Anfrage: Ist unsere Forderung im Insolvenzverfahren berücksichtigt? Vertragskonto 600 118 4471",
    "2028-09-18 10:30",
    """Sehr geehrte Damen und Herren,

aus einer Veröffentlichung haben wir erfahren, dass über das Vermögen Ihres Mandanten
Herrn Klaus Meyer, geb. 12.04.1978, das Verbraucherinsolvenzverfahren eröffnet worden sein soll.

Bitte teilen Sie uns mit,
1. das Aktenzeichen des Insolvenzgerichts und den Namen des Insolvenzverwalters,
2. ob unsere Forderung aus dem Vertragskonto 600 118 4471 (Schlussrechnung 2024, offen
   386,92 EUR) im Gläubigerverzeichnis aufgeführt ist,
3. bis wann Forderungen zur Tabelle angemeldet werden können.

Mit freundlichen Grüßen
Forderungsmanagement
Weidenau Stadtwerke GmbH | Tel. 0271 600 118-0 | Gläubiger-ID DE11ZZZ00000600118
""",
    truth=T("information_request", "K-2001", "Weidenau Stadtwerke GmbH", "386.92", "EUR",
            ["600 118 4471"], False,
            "Creditor asks whether its claim is listed in the insolvency proceedings (court file, trustee, "
            "filing deadline) -> information_request, stating the open balance; reference in subject and body; "
            "Gläubiger-ID is a SEPA creditor ID, not a reference; Klaus Meyer (not Karin Meier) by DOB."))

add("corvina-asks-rsb-covered",
    "Corvina Receivables S.A. <germany@corvina-receivables.example>",
    "Restschuldbefreiung Wagner, P. - Forderung CRV-09-44120", "2028-09-20 13:58",
    """Sehr geehrte Damen und Herren,

nach unseren Unterlagen wurde Herrn P. Wagner, Wiesbaden, im Jahr 2027 die Restschuldbefreiung
erteilt. Wir halten gegen ihn eine Forderung aus einem 2009 erworbenen Kreditportfolio
(Ursprungsgläubigerin Taunus Direktkredit AG, Darlehen 2201-773-05).

Bitte übersenden Sie uns eine Kopie des Beschlusses über die Erteilung der Restschuldbefreiung
und teilen Sie mit, ob unsere Forderung im Verfahren angemeldet war. Solange uns dies nicht
vorliegt, stellen wir die Bearbeitung zurück.

Mit freundlichen Grüßen
Corvina Receivables S.A., Zweigniederlassung Deutschland
RCS Luxembourg B 187 220 · HRB 77120 AG Frankfurt
""",
    truth=T("information_request", "K-2009", "Corvina Receivables S.A.", None, None,
            ["CRV-09-44120", "2201-773-05"], False,
            "Debt buyer asks whether its claim was covered by the Restschuldbefreiung (copy of the order, "
            "was it filed); no amount; 'P. Wagner, Wiesbaden' matches Peter Wagner (only Wagner, city fits); "
            "RCS and HRB numbers are not references."))

add("lindhorst-asks-vollmacht-after-verjaehrung",
    "Lindhorst Receivables GmbH <recht@lindhorst-receivables.example>",
    "Ihr Schreiben zur Verjährung - LR-91-330862", "2028-09-22 09:40",
    """Sehr geehrte Damen und Herren,

Sie berufen sich für Herrn Thomas Schulz auf Verjährung der Forderung LR-91-330862
(Ursprung: Hanse Fitnesswelt GmbH, Mitgliedsnummer HF-07731).

Bevor wir Ihnen die Vollstreckungsunterlagen und die Verjährungsunterbrechungen darlegen, benötigen
wir eine auf uns lautende oder allgemeine Vollmacht Ihres Mandanten sowie dessen Geburtsdatum,
da uns mehrere Personen dieses Namens in Hamburg bekannt sind.

Unser Saldo per heute: 1.402,77 EUR.

Mit freundlichen Grüßen
Rechtsabteilung
Lindhorst Receivables GmbH | HRB 22041
""",
    truth=T("information_request", "K-2006", "Lindhorst Receivables GmbH", "1402.77", "EUR",
            ["LR-91-330862", "HF-07731"], False,
            "Debt buyer answers a limitation objection by asking for a Vollmacht and the DOB first -> "
            "information_request with the balance; 'Thomas Schulz' by full first name is K-2006 (Sabine Schulz "
            "shares surname and address but not the first name); the creditor's own doubt about namesakes does "
            "not make the firm's client ambiguous."))

add("albion-park-letter-of-authority-en",
    "Albion Park Credit Management <verification@albionpark-cm.example>",
    "Letter of authority required - APCM 7730-118", "2028-09-25 11:20",
    """Dear Sir/Madam,

Thank you for your correspondence regarding a Ms A. Fischer. Before we can discuss this account or
provide a statement, please send us:

  - a signed letter of authority from your client;
  - her date of birth and the address she lived at in the UK.

The account (originally a Lakeside Finance credit card) was sold to Albion Park Credit Management Ltd
in 2017. We currently hold two accounts for persons named A Fischer, so we cannot confirm any details yet.

Yours faithfully,
Verification Team
Albion Park Credit Management Ltd | FCA FRN 700118 | 0333 004 7730
""",
    charset="us-ascii", cte="7bit",
    truth=T("information_request", "K-2008", "Albion Park Credit Management Ltd", None, None, ["APCM 7730-118"],
            False,
            "UK purchaser asks for a letter of authority, DOB and UK address first, no balance; 'Ms A. Fischer' "
            "fits only Anna-Lena Fischer in the client list (the writer's own two A Fischers are its problem, "
            "not a second client candidate); reference only in the subject; original creditor named without a "
            "number; FCA FRN/phone not references."))

# ---- other ---------------------------------------------------------------------------------------------------

add("elbmarsch-claim-returned-to-original-creditor",
    "Eiderkamp Forderungsankauf GmbH <info@eiderkamp-fa.example>",
    "Rückübertragung der Forderung K. Meier / EFA-26-07719", "2028-09-27 12:12",
    """Sehr geehrte Damen und Herren,

wir teilen Ihnen mit, dass die Forderung gegen Ihre Mandantin Frau K. Meier, geb. 30.09.1982,
im Rahmen der Rückabwicklung des Portfoliokaufs mit Wirkung zum 15.09.2028 an die ursprüngliche
Gläubigerin, die Elbmarsch Energie GmbH, zurückübertragen wurde.

Unser Aktenzeichen EFA-26-07719 ist damit geschlossen. Bitte richten Sie Korrespondenz und
Zahlungen künftig an die Elbmarsch Energie GmbH unter deren Vertragskonto 2004 55 1930.
Der zum Übertragungsstichtag offene Betrag lautete 918,04 EUR.

Mit freundlichen Grüßen
Eiderkamp Forderungsankauf GmbH
Rendsburg · HRB 11930 KI · Tel. 04331 7719-0
""",
    truth=T("other", "K-2002", "Elbmarsch Energie GmbH", "918.04", "EUR", ["EFA-26-07719", "2004 55 1930"], False,
            "Notice that the claim was returned to the original creditor -> other; the owner is now the "
            "original creditor Elbmarsch Energie GmbH, not the writer; the balance stated by the previous owner "
            "counts; both the closed buyer file and the energy contract account are references; 'K. Meier' + "
            "DOB 30.09.1982 = Karin Meier (not Klaus Meyer)."))

add("grafenau-assignment-notice-eiderstedt",
    "Grafenau Kreditbank AG Abwicklung <abwicklung@grafenau-kreditbank.example>",
    "Anzeige der Forderungsabtretung - Koch, Stefan", "2028-09-29 08:30",
    """Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass wir unsere Forderung gegen Ihren Mandanten Herrn Stefan Koch,
geb. 11.11.1977, aus dem Rahmenkreditvertrag Nr. 31-701554-2 mit allen Nebenrechten an die

    Eiderstedt Asset Finance GmbH, Husum

verkauft und abgetreten haben. Zahlungen mit befreiender Wirkung können ab sofort nur noch an
die Erwerberin geleistet werden; sie wird sich unter ihrem Zeichen EAF/28/20417 bei Ihnen melden.

Der Forderungsstand am Abtretungstag betrug 2.611,37 EUR.

Mit freundlichen Grüßen
Grafenau Kreditbank AG, Sitz Passau, HRB 7710 AG Passau
""",
    truth=T("other", "K-2015", "Eiderstedt Asset Finance GmbH", "2611.37", "EUR", ["31-701554-2", "EAF/28/20417"],
            False,
            "Assignment notice from the seller -> other even with a balance; the buyer Eiderstedt Asset Finance "
            "GmbH owns the claim (the sender does not); balance stated by the previous owner counts; the buyer's "
            "announced Zeichen and the old credit contract number are references."))

add("neckartal-written-off-after-rsb",
    "Neckartal Wohnbau eG <mietenbuchhaltung@neckartal-wohnbau.example>",
    "Mitgliedskonto 1104-2291 / Becker - Ausbuchung", "2028-10-02 10:10",
    """Sehr geehrte Damen und Herren,

Sie hatten uns mitgeteilt, dass Herrn Lukas Becker (früher Uniweg 5, Heidelberg) die
Restschuldbefreiung erteilt wurde. Wir haben den Beschluss geprüft; unsere Mietrückstände aus
2023 waren im Verfahren angemeldet.

Wir haben die Forderung daher ausgebucht. Auf dem Mitgliedskonto 1104-2291 bestehen
keine offenen Forderungen mehr. Die Akte ist geschlossen.

Mit freundlichen Grüßen
Mietenbuchhaltung
Neckartal Wohnbau eG · Genossenschaftsregister GnR 3391 · Tel. 06221 1104-0
""",
    truth=T("other", "K-2012", "Neckartal Wohnbau eG", "0.00", "EUR", ["1104-2291"], False,
            "Account written off after the discharge: nothing owed -> other with '0.00' and EUR; the claim was "
            "covered by the Restschuldbefreiung; GnR register number not a reference."))

# ---- auto_reply ----------------------------------------------------------------------------------------------

add("wendelstein-ooo-header",
    "Nadine Krüger <n.krueger@wendelstein-portfolio.example>",
    "Abwesenheitsnotiz: Forderung WPA-2024-003391", "2028-10-04 07:02",
    """Vielen Dank für Ihre Nachricht.

Ich bin bis zum 18.10.2028 nicht im Hause. Ihre E-Mail wird nicht automatisch weitergeleitet.
In dringenden Fällen erreichen Sie das Team Forderungsankauf unter 089 4400 3391-0.

Mit freundlichen Grüßen
Nadine Krüger
Wendelstein Portfolio AG
""",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    truth=AUTO("Out-of-office with Auto-Submitted/X-Autoreply headers; the contract number in the subject "
               "changes nothing: all fields null."))

add("albion-park-automated-ack-token-en",
    "Albion Park Credit Management <noreply@albionpark-cm.example>",
    "We have received your email [APCM-Q 55120-ZX]", "2028-10-05 22:47",
    """This is an automated response - please do not reply to this email.

Thank you for contacting Albion Park Credit Management. Your message has been logged under
query token APCM-Q 55120-ZX and will be answered within 15 working days.

If you are writing about an account, you do not need to do anything further.
Albion Park Credit Management Ltd
""",
    charset="us-ascii", cte="7bit", headers={"Precedence": "auto_reply"},
    truth=AUTO("Automated acknowledgement of an unmonitored mailbox (Precedence header + text calls itself "
               "automated); the query token is not a reference: all fields null."))

add("dorfner-saalbach-auto-text-only",
    "Dorfner & Saalbach Inkasso GmbH <akten@dorfner-saalbach-inkasso.example>",
    "Eingangsbestätigung Ihrer Nachricht - D&S Inkasso", "2028-10-06 06:15",
    """*** Automatisch erzeugte Nachricht ***

Ihre E-Mail ist bei der Dorfner & Saalbach Inkasso GmbH eingegangen und wird dem
zuständigen Sachbearbeiter zugeordnet. Eine gesonderte Antwort auf diese Bestätigung
ist nicht erforderlich. Bitte senden Sie Ihr Schreiben nicht erneut.

Dorfner & Saalbach Inkasso GmbH
""",
    truth=AUTO("No auto headers at all; only the text calls itself automatically generated -> auto_reply, all "
               "fields null."))


# --------------------------------------------------------------------------------------------------------------
# --check
# --------------------------------------------------------------------------------------------------------------

MIN_INTENTS = {"debt_statement": 13, "payment_plan_response": 4, "rejection": 3, "information_request": 4,
               "auto_reply": 3, "other": 3}
EARLIER = ("heldout", "dev") + tuple(f"dev{n}" for n in range(2, 44))


if __name__ == "__main__":
    sys.exit(BATCH.main(sys.argv[1:],
                        earlier=EARLIER,
                        min_intents=MIN_INTENTS,
                        min_kinds={"text_pdf": 3, "image_pdf": 2, "html_only": 1}))
