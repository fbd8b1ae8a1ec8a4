#!/usr/bin/env python3
"""Deterministic generator of the fourteenth dev batch (tests/agents_data/dev14/): 30 creditor emails + truth files.

Written without reading the rules engine (only CONVENTIONS.md, the client list and the builder API), by a writer
given a list of forms: medical and care bills (private medical billing office writing for a doctor, a dental
factoring company that bought the claim, an orthodontist's quarterly co-payment invoices, a hospital's self-payer
invoice, a care home's arrears of the resident's share, vets and an equine clinic), tradespeople and service
invoices handed to collection (plumber, roofer, electrician, removal firms, an emergency locksmith via a lawyer),
and insurance premium arrears (motor, household contents, liability; a qualified reminder under § 38 VVG with the
loss-of-cover warning). Mostly German, some English. Hard parts: the party owning the claim (billing office vs.
doctor, factoring buyer, agency/lawyer, assignment notice), totals next to components and per-line amounts,
component-only mail, quoted threads with older figures, a forwarded chain, a scan-only invoice, PDF tables,
HTML-only mail, signatures full of numbers (IBAN, HRB, USt-IdNr, Steuernummer, IK number, microchip, number
plate, insurance number), the firm's own file number, a non-client near-miss name, an ambiguous client, and
auto-replies. Every truth also labels `payment_deadline` (ISO date or null).

Same file format and rendering as dev/..dev11/ (build_dev.py's helpers are imported, nothing there changes).

    /tmp/gen-venv/bin/python tests/agents_data/build_dev14.py          # (re)write dev14/
    /tmp/gen-venv/bin/python tests/agents_data/build_dev14.py --check  # verify dev14/ against the specs

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

BATCH = Batch("dev14", 1400)
MESSAGES, add = BATCH.messages, BATCH.add


def T(intent, client_id, creditor, amount, currency, refs, review, notes, deadline=None):
    """build_dev.T plus the payment deadline (ISO date the creditor sets for payment, or None)."""
    return {**bd.T(intent, client_id, creditor, amount, currency, refs, review, notes), "payment_deadline": deadline}


def AUTO(notes):
    return {**bd.AUTO(notes), "payment_deadline": None}


# ---- debt_statement (14) -------------------------------------------------------------------------------------

add("verrechnungsstelle-mittelrhein-for-internist",
    "Verrechnungsstelle Mittelrhein für Privatliquidation <mahnwesen@vs-mittelrhein.example>",
    "Zahlungserinnerung Privatliquidation – Rechnung 2708-334519", "2027-09-14 09:12",
    """Sehr geehrte Damen und Herren,

wir sind von Frau Dr. med. Henrike Albrecht-Sauer, Internistische Praxis am Deutschen Eck, mit
der Abrechnung ihrer privatärztlichen Leistungen beauftragt. Die Honorarforderung steht
weiterhin der Praxis zu; wir ziehen sie lediglich in deren Namen ein.

Patient / Rechnungsempfänger: Herr Juergen Strauss-Koehler, geb. 28.02.1965
Behandlungszeitraum: 03.05.2027 – 21.06.2027 (GOÄ)

Rechnung Nr. 2708-334519 vom 02.07.2027      412,87 EUR
Mahngebühr                                    5,00 EUR
noch offener Betrag                         417,87 EUR

Wir bitten Sie, den offenen Betrag bis zum 30.09.2027 unter Angabe der Rechnungsnummer
auf das unten genannte Konto zu überweisen. Sollte sich Ihre Zahlung mit diesem
Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen
i. A. Bettina Kranzbühler
Verrechnungsstelle Mittelrhein für Privatliquidation GmbH
Löhrstraße 118 · 56068 Koblenz · Tel. 0261 988 40-0 · Fax 0261 988 40-99
IBAN DE91 5705 0120 0000 4471 88 · Steuernummer 22/650/4471/2
Amtsgericht Koblenz HRB 24471
""",
    truth=T("debt_statement", "K-2004", "Dr. med. Henrike Albrecht-Sauer", "417.87", "EUR", ["2708-334519"], False,
            "Private medical billing office (PVS-like) collecting in the doctor's name and saying the claim stays "
            "with the practice: the doctor owns it, not the billing office; invoice line vs 'noch offener Betrag' "
            "(total incl. reminder fee); client transliterated 'Juergen Strauss-Koehler' + DOB; IBAN, "
            "Steuernummer, HRB, phone/fax are not references; deadline 30.09.2027.",
            "2027-09-30"))

add("dentafakt-zahnersatz-factoring-pdf",
    "DentaFakt Abrechnungs-GmbH <forderungen@dentafakt.example>",
    "Ihre Mandantin Fatma Öztürk – Vorgang DF-5519024", "2027-09-16 14:40",
    """Guten Tag,

Ihr Schreiben vom 06.09.2027 ist bei uns eingegangen.

Zur Information: Die Zahnarztpraxis Dr. Ruben Kuhnert, Duisburg-Neudorf, hat uns die
Honorarforderung aus der Zahnersatzbehandlung Ihrer Mandantin im Rahmen unseres
Factoringvertrages verkauft und abgetreten. Inhaberin der Forderung sind seitdem wir.
Die Patientin hatte der Abtretung bei Behandlungsbeginn schriftlich zugestimmt.

Die Forderungsaufstellung mit allen Positionen finden Sie in der beigefügten PDF-Datei.
Bitte verwenden Sie bei Rückfragen und Zahlungen stets unsere Vorgangsnummer.

Freundliche Grüße
Team Forderungsmanagement
DentaFakt Abrechnungs-GmbH · Kaistraße 9 · 40221 Düsseldorf
Telefon 0211 57 44 71-300 · Telefax 0211 57 44 71-399
Geschäftsführer: M. Oberhauser · AG Düsseldorf HRB 88217 · USt-IdNr. DE 318 447 102
""",
    pdfs=[text_pdf("Forderungsaufstellung_DF-5519024.pdf", "DentaFakt Abrechnungs-GmbH - Forderungsaufstellung",
                   ["Vorgang DF-5519024                              Duesseldorf, 16.09.2027",
                    "Zahlungspflichtige: Frau Fatma Oeztuerk, Marktstr. 9, 47051 Duisburg",
                    "Urspr. Leistungserbringer: Zahnarztpraxis Dr. R. Kuhnert",
                    "Rechnung ZA-2027-0913 vom 14.04.2027 (GOZ / BEL II)", ""],
                   table=[("Zahnaerztliches Honorar (Eigenanteil)", "1.284,16 EUR"),
                          ("Material- und Laborkosten", "611,40 EUR"),
                          ("abzgl. Zahlung vom 30.05.2027", "-250,00 EUR"),
                          ("Verzugszinsen bis 16.09.2027", "29,83 EUR"),
                          ("Mahnkosten", "7,50 EUR"),
                          ("Gesamtbetrag", "1.682,89 EUR")],
                   after=["Der Gesamtbetrag ist zahlbar bis 22.10.2027.",
                          "Zahnschema: 14-16, 24 (Bruecke) - KZV-Nr. 47 1120"])],
    truth=T("debt_statement", "K-2013", "DentaFakt Abrechnungs-GmbH", "1682.89", "EUR",
            ["DF-5519024", "ZA-2027-0913"], False,
            "Dental factoring: the dentist sold and assigned the claim, so the factoring company owns it (not the "
            "practice); everything in a text-PDF table with a payment line and fees, total 'Gesamtbetrag'; the "
            "original invoice number is a reference too; KZV number, tooth chart, HRB, USt-IdNr are not; client "
            "as 'Fatma Öztürk' in the subject and 'Oeztuerk' in the PDF; deadline only in the PDF.",
            "2027-10-22"))

add("kfo-lindqvist-quarterly-copayments-no-total",
    "KFO-Praxis Dr. Lindqvist <verwaltung@kfo-lindqvist.example>",
    "offene Eigenanteile KFO-Behandlung Emir", "2027-09-20 11:05",
    """Sehr geehrte Damen und Herren,

Frau Aylin Celik hat uns mitgeteilt, dass Sie sie vertreten. Für die kieferorthopädische
Behandlung ihres Sohnes Emir (Behandlungsplan vom 12.01.2026, Patienten-Nr. 20417) sind
folgende Quartalsrechnungen über den gesetzlichen Eigenanteil von 20 % noch offen:

- Rechnung KFO-26-4471 (IV/2026)      118,62 EUR
- Rechnung KFO-27-0812 (I/2027)       118,62 EUR
- Rechnung KFO-27-1630 (II/2027)      124,05 EUR

Zusätzlich sind die privat vereinbarten Zusatzleistungen (Mehrkostenvereinbarung Brackets)
aus Q II/2027 noch nicht beglichen; die Rechnung darüber geht Frau Celik gesondert zu.

Wir weisen darauf hin, dass die Krankenkasse die Eigenanteile erst nach erfolgreichem
Abschluss der Behandlung erstattet. Bitte sorgen Sie für einen zeitnahen Ausgleich.

Freundliche Grüße
Praxisverwaltung
Dr. med. dent. Sven Lindqvist, Fachzahnarzt für Kieferorthopädie
Hansastraße 31 · 44137 Dortmund · Tel. 0231 47 71 20 · IK 310 447 120
""",
    truth=T("debt_statement", "K-2003", "Dr. med. dent. Sven Lindqvist", None, None,
            ["20417", "KFO-26-4471", "KFO-27-0812", "KFO-27-1630"], True,
            "Orthodontist's quarterly co-payment invoices for the client's child: three invoice lines and a "
            "further invoice announced, but no total stated -> debt_amount null, review 'total not stated' (never "
            "the computed sum 361.29); debtor is the mother 'Aylin Celik' (Çelik), the patient is her son; the "
            "practice's patient number is its own file number (a reference), the IK number is not; the practice "
            "is the dentist's own (signature); 'zeitnah' -> no deadline."))

add("klinikum-auenhain-self-payer-en",
    "Klinikum Auenhain – Patient Accounts <patientenabrechnung@klinikum-auenhain.example>",
    "Self-pay invoice – inpatient stay 08/2027 – case no. 2027-0418833", "2027-09-22 08:30",
    """Dear Sir or Madam,

we write regarding your client Mr John Smith (date of birth 10 October 1975), who was
treated as a self-paying patient (no German health insurance cover confirmed) from
2 to 6 August 2027.

Case no.: 2027-0418833
Invoice no.: SZ-88104-27

DRG flat rate (I68D) incl. surcharges       EUR 3,902.20
Chief physician services (optional)         EUR   482.00
less advance payment on admission          EUR -1,200.00
Balance now due                             EUR 3,184.20

Please pay the balance by 15 October 2027, quoting the case number. Payment by
instalments can be discussed with our patient accounts team.

Yours faithfully
Patient Accounts / Patientenabrechnung
Klinikum Auenhain gGmbH, Auenweg 2, 35037 Marburg
Phone +49 6421 558-0 | IK 260 640 118 | IBAN DE27 5335 0000 0041 1880 33
Register court Marburg HRB 4471
""",
    charset="utf-8",
    truth=T("debt_statement", "K-2011", "Klinikum Auenhain gGmbH", "3184.20", "EUR",
            ["2027-0418833", "SZ-88104-27"], False,
            "German hospital writing in English about a self-payer: DRG line, optional chief-physician line and "
            "an advance payment deducted, total 'Balance now due' in EUR with English number format; case number "
            "also in the subject; DRG code, IK number, IBAN, HRB are not references; DOB spelled out.",
            "2027-10-15"))

add("haus-am-kurpark-heimkosten-pdf",
    "Haus am Kurpark Pflege gGmbH <verwaltung@haus-am-kurpark.example>",
    "Heimkostenrückstand Herr Peter Wagner, Zi. 214", "2027-09-24 10:15",
    """Sehr geehrte Damen und Herren,

für unseren Bewohner Herrn Peter Wagner (geb. 19.07.1958) besteht ein Rückstand beim
Eigenanteil des Heimentgelts. Die Leistungen der Pflegekasse (Pflegegrad 3) sind bereits
abgezogen; ein Antrag auf Hilfe zur Pflege wurde nach unserer Kenntnis bisher nicht gestellt.

Die Monatsabrechnungen Juli bis September 2027 sind in der Anlage aufgeführt.
Wir bitten um Ausgleich des Rückstands bis zum 15.10.2027 oder um kurzfristige
Kontaktaufnahme, damit wir gemeinsam eine Lösung finden.

Mit freundlichen Grüßen
Heimverwaltung
Haus am Kurpark Pflege gGmbH · Sonnenberger Str. 60 · 65193 Wiesbaden
Tel. 0611 18 44 71-0 · IK-Nr. 510 614 471 · Amtsgericht Wiesbaden HRB 30447
""",
    pdfs=[text_pdf("Rueckstandsaufstellung_Wagner.pdf", "Haus am Kurpark - Aufstellung Heimentgelt",
                   ["Bewohner-Nr. BW-0214-58         Heimvertrag vom 01.02.2027",
                    "Bewohner: Wagner, Peter, Zimmer 214, Wohnbereich Rosengarten", ""],
                   table=[("Eigenanteil Juli 2027 (Rg. HE-2707-214)", "2.612,40 EUR"),
                          ("Eigenanteil August 2027 (Rg. HE-2708-214)", "2.612,40 EUR"),
                          ("Eigenanteil September 2027 (Rg. HE-2709-214)", "2.528,13 EUR"),
                          ("Zahlung Rente 01.08.2027", "-1.450,00 EUR"),
                          ("Zahlung Rente 01.09.2027", "-1.450,00 EUR"),
                          ("Rueckstand gesamt", "4.852,93 EUR")],
                   after=["Barbetragskonto wird gesondert gefuehrt (Taschengeld, nicht Teil der Aufstellung)."])],
    truth=T("debt_statement", "K-2009", "Haus am Kurpark Pflege gGmbH", "4852.93", "EUR",
            ["BW-0214-58", "HE-2707-214", "HE-2708-214", "HE-2709-214"], False,
            "Care-home arrears of the resident's share: three monthly invoices and two pension payments in a "
            "text-PDF table, total 'Rueckstand gesamt'; resident number and monthly invoice numbers are "
            "references, room number, IK number and HRB are not; client by name + DOB.",
            "2027-10-15"))

add("falkner-inkasso-for-tierklinik-wiesengrund",
    "Falkner Forderungsmanagement GmbH <service@falkner-fm.example>",
    "Az. FFM-27-130882 / Tierklinik am Wiesengrund ./. Petrowa", "2027-09-28 13:50",
    """Falkner Forderungsmanagement GmbH – Inkassodienstleister, registriert nach § 10 RDG

Unser Aktenzeichen: FFM-27-130882
Auftraggeberin: Tierklinik am Wiesengrund Dr. Jansen & Partner, Berlin
Schuldnerin: Olga Petrowa, geb. 27.05.1988, Leipziger Str. 40, 10117 Berlin

Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit zeigen wir an, dass uns die Gläubigerin mit dem Einzug
ihrer Forderung aus der Notfallbehandlung des Katers „Mischa" (Chip 276098106543210)
beauftragt hat. Rechnung der Klinik: TK-R-77415 vom 19.06.2027.

Hauptforderung                          864,30 EUR
Verzugszinsen 5 % über Basiszins         17,92 EUR
Mahnauslagen der Gläubigerin              5,00 EUR
Inkassovergütung (1,0 Gebühr) zzgl.
Auslagenpauschale                       129,95 EUR
Gesamtforderung                       1.017,17 EUR

Bitte zahlen Sie bis spätestens 08.11.2027 auf das Treuhandkonto
IBAN DE58 1001 0010 0447 1208 82.
Ihr Zeichen: BR/4471/27

Mit freundlichen Grüßen
S. Brandhorst, Sachbearbeitung
Tel. 030 88 447 120 · Reg.-Nr. RDG 1 E-4471/2019 · AG Charlottenburg HRB 190447
""",
    truth=T("debt_statement", "K-2010", "Tierklinik am Wiesengrund Dr. Jansen & Partner", "1017.17", "EUR",
            ["FFM-27-130882", "TK-R-77415"], False,
            "Collection agency for a veterinary clinic: the clinic owns the claim; agency Az (subject + body) and "
            "the clinic's invoice number are references; microchip number, trust-account IBAN, RDG registration, "
            "HRB and the firm's own 'Ihr Zeichen BR/…' are not; total 'Gesamtforderung' after components; client "
            "'Olga Petrowa' (transliteration of Petrova) + DOB.",
            "2027-11-08"))

add("oberkamp-sanitaer-html-dritte-mahnung",
    "Sanitär Oberkamp GmbH & Co. KG <buero@oberkamp-sanitaer.example>",
    "3. Mahnung – Rechnung 27-0615 Badsanierung", "2027-10-04 07:45",
    None,
    html="""<html><body style="font-family:Verdana;font-size:10pt">
<div style="text-align:right">Sanitär Oberkamp GmbH &amp; Co. KG<br>Meisterbetrieb seit 1987<br>Käfertaler Str. 190 · 68167 Mannheim<br>Tel. 0621 33 44 71 · Notdienst 0171 447 1200</div>
<p>Herrn<br>Stefan Koch<br>Neckarstr. 7<br>68159 Mannheim</p>
<p><b>3. Mahnung</b></p>
<p>Sehr geehrter Herr Koch,</p>
<p>trotz unserer Zahlungserinnerung vom 02.08. und der 2. Mahnung vom 30.08.2027 konnten wir keinen Zahlungseingang feststellen. Die Arbeiten (Austausch Duschwanne, Armaturen, Fliesenanschluss) wurden am 14.06.2027 abgenommen.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td>Rechnung 27-0615 vom 21.06.2027 (Auftrag A-3382)</td><td align="right">1.874,33 €</td></tr>
<tr><td>Mahngebühren (2. und 3. Mahnung)</td><td align="right">10,00 €</td></tr>
<tr><td>Verzugszinsen</td><td align="right">62,50 €</td></tr>
<tr><td><b>Gesamtbetrag fällig</b></td><td align="right"><b>1.946,83 €</b></td></tr>
</table>
<p><b>Zahlungsziel: 05.11.2027.</b> Nach Ablauf der Frist übergeben wir die Sache ohne weitere Ankündigung unserem Inkassopartner.</p>
<p>Mit freundlichen Grüßen<br>Jens Oberkamp<br>Geschäftsführer</p>
<p style="font-size:8pt;color:#777">Sparkasse Rhein Neckar Nord · IBAN DE04 6705 0505 0030 4471 20 · USt-IdNr. DE 143 447 120 · AG Mannheim HRA 704471 · Handwerkskammer Mannheim Betriebs-Nr. 44712</p>
</body></html>""",
    html_only=True,
    truth=T("debt_statement", "K-2015", "Sanitär Oberkamp GmbH & Co. KG", "1946.83", "EUR", ["27-0615", "A-3382"],
            False,
            "HTML-only third reminder from a plumber: right-aligned <br> letterhead with emergency mobile number, "
            "address block, table with invoice line (invoice + order number in the label), fees, interest and "
            "the bold total; footer with IBAN, USt-IdNr, HRA and chamber membership number (not references).",
            "2027-11-05"))

add("pickering-removals-final-account-en",
    "Pickering & Lowe Removals <accounts@pickeringlowe-removals.example>",
    "Final account – house move York to Stuttgart, job PL/22918", "2027-10-06 16:20",
    """Dear Sirs,

Re: Ms A. Fischer - international removal, job PL/22918, invoice 40917

Thank you for confirming that you act for Ms Fischer. Our final account for the removal
from Flat 2, 9 Tanner Row, York to Stuttgart on 19-21 March 2027 is as follows:

  Quoted removal price (incl. packing)      GBP 2,340.00
  Extra storage 22/03 - 04/04 (14 days)     GBP   196.00
  Long carry / no parking at delivery       GBP    84.00
  Less deposit paid 01/03/2027             GBP -1,500.00
  Amount outstanding                        GBP 1,120.00

We have written to Ms Fischer three times without reply. Unless the amount outstanding
is paid, or an acceptable proposal made, within 14 days of the date of this letter we
will pass the account to our solicitors without further notice.

Yours faithfully

Gemma Pickering
Pickering & Lowe Removals Ltd
Unit 4, Clifton Moor Ind. Est., York YO30 4XG | 01904 447 120
Company no. 06447120 | VAT GB 447 1201 20 | BAR member 4471
""",
    charset="us-ascii", cte="7bit",
    truth=T("debt_statement", "K-2008", "Pickering & Lowe Removals Ltd", "1120.00", "GBP", ["PL/22918", "40917"],
            False,
            "English letter-before-action style final account from a removal firm: quoted price, extras and a "
            "deposit deducted, total 'Amount outstanding'; job and invoice numbers; company/VAT/trade-body "
            "numbers and postcodes are not references; client only as 'Ms A. Fischer' with the York address of "
            "an earlier mail and the move to Stuttgart; deadline only relative (14 days) -> null."))

add("keil-dornbusch-schluesseldienst-scan",
    "Rechtsanwälte Dornbusch & Keil <kanzlei@dornbusch-keil.example>",
    "Schlüsselnotdienst Brandt e.K. ./. Yilmaz – unser Az. 124/27 KE", "2027-10-08 12:00",
    """Sehr geehrte Kolleginnen und Kollegen,

wir vertreten die Firma Schlüsselnotdienst Brandt e.K., Inhaber Ralf Brandt, Bremen.
Ihr Mandant Herr Mehmet Yilmaz beauftragte unsere Mandantin am Sonntag, 16.05.2027, mit
einer Notöffnung seiner Wohnungstür (Hafenstr. 20). Die Rechnung liegt als Scan bei.

Die Forderung beziffern wir wie folgt:
Rechnungsbetrag lt. Rechnung Nr. SN-05-1627       468,86 EUR
Zinsen seit 16.06.2027                             12,91 EUR
vorgerichtliche Anwaltskosten (RVG)               105,64 EUR
insgesamt                                         587,41 EUR

Den Einwand, der Preis sei überhöht, weisen wir zurück: Sonn- und Feiertagszuschlag
sowie Anfahrt waren vorab telefonisch genannt. Wir haben uns eine Frist bis zum
18.10.2027 (hier eingehend) notiert.

Mit freundlichen kollegialen Grüßen
Dr. Kathrin Keil, Rechtsanwältin
Dornbusch & Keil Rechtsanwälte PartG mbB · Am Wall 140 · 28195 Bremen
Tel. 0421 33 12 447 · PR 447 AG Bremen · USt-IdNr. DE 447 120 338
""",
    pdfs=[image_pdf("Rechnung_SN-05-1627_Scan.pdf",
                    ["SCHLUESSELNOTDIENST BRANDT e.K.  -  24h Tueroeffnung",
                     "Rechnung Nr. SN-05-1627        Datum 16.05.2027",
                     "Kunde: M. Yilmaz, Hafenstr. 20, 28195 Bremen",
                     "",
                     "Tueroeffnung (zugefallen), Sonntag      189,00",
                     "Sonn-/Feiertagszuschlag 100 %           189,00",
                     "Anfahrt Zone 2                           16,00",
                     "Netto                                   394,00",
                     "MwSt 19 %                                74,86",
                     "GESAMT EUR                              468,86",
                     "",
                     "Monteur-Nr. 07   Fahrzeug HB-SN 447"])],
    truth=T("debt_statement", "K-2007", "Schlüsselnotdienst Brandt e.K.", "587.41", "EUR",
            ["124/27 KE", "SN-05-1627"], False,
            "Lawyer for an emergency locksmith: the locksmith owns the claim; lawyer's Az in subject, invoice "
            "number in body and scan; the scanned invoice total (468,86) is a component of the lawyer's "
            "'insgesamt' 587,41, which is the stated total; fitter and vehicle numbers in the scan, partnership "
            "register and USt-IdNr are not references; client 'Mehmet Yilmaz' without the dotless ı.",
            "2027-10-18"))

add("weserland-kfz-qualifizierte-mahnung-38-vvg",
    "Weserland Kraftfahrt-Versicherung a.G. <beitragsservice@weserland-kfz.example>",
    "Qualifizierte Mahnung nach § 38 VVG – Versicherungsschein KH 44-7120558-3", "2027-09-10 06:55",
    """Sehr geehrte Damen und Herren,

Ihr Mandant Lukas Becker, Uniweg 5, 69117 Heidelberg, ist mit der Zahlung des Folgebeitrags
für seine Kraftfahrtversicherung (Fahrzeug HD-LB 214, FIN WVWZZZ1KZ7W044712) in Verzug.
Wir setzen hiermit eine Zahlungsfrist von zwei Wochen.

Rückständig sind (Versicherungsschein KH 44-7120558-3):
  Kfz-Haftpflicht, Beitrag 01.07.–30.09.2027      188,40 EUR
  Vollkasko, Beitrag 01.07.–30.09.2027             96,12 EUR
  Mahnkosten                                        3,00 EUR
  Gesamt rückständig                              287,52 EUR

>>> WICHTIGER HINWEIS ZU DEN RECHTSFOLGEN <<<
Zahlt Ihr Mandant den rückständigen Betrag nicht bis zum 27.09.2027, sind wir für
Schadenfälle nach Fristablauf leistungsfrei und können den Vertrag fristlos kündigen.
Die Frist und die Folgen gelten für Haftpflicht (188,40 EUR zzgl. anteiliger Kosten) und
Vollkasko (96,12 EUR zzgl. anteiliger Kosten) jeweils gesondert; durch Zahlung nur des
Haftpflichtbeitrags bleibt der Haftpflichtschutz erhalten. Auch nach Fristablauf lebt
der Schutz für künftige Schäden durch Zahlung wieder auf, solange nicht gekündigt ist.

Mit freundlichen Grüßen
Weserland Kraftfahrt-Versicherung a.G. – Beitragsservice
Postfach 10 44 71 · 28044 Bremen · Tel. 0421 447 120-0
Gläubiger-ID DE33ZZZ00000447120 · VAG-Reg. 5447 · AG Bremen VR 4471
""",
    truth=T("debt_statement", "K-2012", "Weserland Kraftfahrt-Versicherung a.G.", "287.52", "EUR",
            ["KH 44-7120558-3"], False,
            "Qualified reminder under § 38 VVG with the loss-of-cover warning: per-line premiums repeated in the "
            "legal notice, 'Gesamt rückständig' is the total; policy number in subject and body; number plate, "
            "VIN (with ZZZ inside), creditor ID, register numbers are not references; client by name + address "
            "only; deadline 27.09.2027.",
            "2027-09-27"))

add("elbmarsch-hausrat-mahnung-scan",
    "Elbmarsch Versicherung AG <mahnstelle@elbmarsch-vers.example>",
    "Mahnung Hausratversicherung – Ihre Mandantin", "2027-10-01 09:40",
    """Sehr geehrte Damen und Herren,

anbei erhalten Sie eine Kopie unserer Mahnung an Ihre Mandantin zur Hausratversicherung.
Der Beitrag ist trotz Fälligkeit nicht eingegangen; die Lastschrift wurde zurückgegeben.
Alle Angaben einschließlich der Frist entnehmen Sie bitte der Anlage.

Mit freundlichen Grüßen
Elbmarsch Versicherung AG
Mahnstelle Sachversicherung
Ost-West-Straße 59 · 20457 Hamburg · Tel. 040 3 44 71 20-0
Vorstand: Dr. H. Lüders · AG Hamburg HRB 144712 · VersSt-Nr. 807/V90447120
""",
    pdfs=[image_pdf("Mahnung_Hausrat_Schulz.pdf",
                    ["ELBMARSCH VERSICHERUNG AG  -  MAHNUNG",
                     "",
                     "Frau Sabine Schulz, geb. 15.06.1971",
                     "Gartenweg 3, 20095 Hamburg",
                     "Versicherungsnummer HR-2291-0447",
                     "Jahresbeitrag Hausrat 2027/28          128,90 EUR",
                     "Ruecklastschriftgebuehr der Bank         8,70 EUR",
                     "Mahngebuehr                              5,00 EUR",
                     "Offener Beitrag inkl. Kosten           142,60 EUR",
                     "",
                     "Zahlungsfrist: 19.10.2027",
                     "Ohne Zahlung besteht ab Fristablauf kein Versicherungsschutz (Par. 38 VVG).",
                     "Hamburg, 28.09.2027"])],
    truth=T("debt_statement", "K-2005", "Elbmarsch Versicherung AG", "142.60", "EUR", ["HR-2291-0447"], False,
            "Household-contents premium reminder where everything (client, policy number, total, deadline) is "
            "only in an image-only scan; the client shares surname and address with another client (Thomas "
            "Schulz) but first name + DOB decide; returned-debit fee and reminder fee are components; insurance "
            "tax number and HRB are not references.",
            "2027-10-19"))

add("thamesmead-liability-premium-nonclient-en",
    "Thamesmead Mutual Insurance <premiums@thamesmead-mutual.example>",
    "Policy TML-PL-0093317 – unpaid premium, cover at risk", "2027-09-13 10:10",
    """Dear Sir or Madam,

We understand from your letter that you represent Mr Daniel Okafor of Oberer Graben 12,
Regensburg. His personal liability policy TML-PL-0093317 has two missed monthly premiums.

  August 2027 premium         GBP 48.20
  September 2027 premium      GBP 48.20
  Total overdue               GBP 96.40

Please arrange for GBP 96.40 to reach us by 24 September 2027. If payment is not received
by then, cover will be cancelled with effect from 1 October 2027 and any claim arising
after that date will not be met.

Kind regards
Premium Collections
Thamesmead Mutual Insurance Ltd
PO Box 4471, Dartford DA1 9XT | 0800 447 1200
Authorised and regulated, FRN 447120 | Registered in England 04471209
""",
    charset="us-ascii", cte="7bit",
    truth=T("debt_statement", None, "Thamesmead Mutual Insurance Ltd", "96.40", "GBP", ["TML-PL-0093317"], True,
            "Liability premium arrears for a debtor who is not a client (Daniel Okafor) -> client_id null, needs "
            "review; two monthly lines and 'Total overdue'; pay-by date vs later cancellation date (the deadline "
            "is the pay-by date); FRN, company number, PO box are not references.",
            "2027-09-24"))

add("zahnarzt-mertens-thread-newer-balance",
    "Zahnarztpraxis Dr. Mertens <praxis@zahnarzt-mertens.example>",
    "AW: AW: Rechnung 2027/0388 – Meier", "2027-10-12 17:25",
    """Hallo zusammen,

kurzes Update: am 04.10. sind 200,00 € von Frau Meier eingegangen. Der Restbetrag auf die
Rechnung 2027/0388 liegt jetzt bei 630,50 €. Bitte überweisen Sie den Rest zeitnah,
gern auch in zwei Teilen, dann aber bitte vorher kurz Bescheid geben.

Viele Grüße aus der Praxis
Nicole Brand (Abrechnung)
Zahnarztpraxis Dr. Ansgar Mertens · Ehrenstraße 44 · 50672 Köln · 0221 25 44 71

-----Ursprüngliche Nachricht-----
Von: Zahnarztpraxis Dr. Mertens
Gesendet: Montag, 16. August 2027 09:02
Betreff: AW: Rechnung 2027/0388 – Meier

Sehr geehrte Damen und Herren,
zu Ihrer Anfrage betreffend Frau Karin Meier, geb. 30.09.1982: offen ist unsere Rechnung
2027/0388 vom 11.05.2027 (Implantatversorgung regio 36) über 830,50 €, zahlbar bis
31.08.2027. Mahnkosten haben wir bisher nicht berechnet.

> -----Ursprüngliche Nachricht-----
> Von: Kanzlei Berger & Roth
> Betreff: Rechnung 2027/0388 – Meier
> Unser Az.: SB-2027-1377 – bitte teilen Sie uns die aktuelle Forderungshöhe mit.
""",
    truth=T("debt_statement", "K-2002", "Zahnarztpraxis Dr. Ansgar Mertens", "630.50", "EUR", ["2027/0388"], False,
            "Reply thread: the newest message gives the balance after a payment (630,50), the quoted older one "
            "830,50 and an old deadline 31.08.2027 that the newest message replaces with 'zeitnah' -> deadline "
            "null; client Karin Meier (not Klaus Meyer) by name + DOB only in the quoted part; the firm's own "
            "'Unser Az. SB-…' in the quoted request is not a reference; tooth region 36 is not a number to take."))

add("kreisklinik-wesertal-forwarded-invoice",
    "Kreisklinik Wesertal – Erlösmanagement <erloese@kreisklinik-wesertal.example>",
    "WG: Rechnung Selbstzahler Schulz, Thomas", "2027-10-15 11:30",
    """Sehr geehrte Damen und Herren,

wie telefonisch besprochen leite ich Ihnen die Rechnung an Herrn Schulz weiter. Der Stand
ist unverändert, es ist bislang keine Zahlung eingegangen.

Gruß
Dirk Havemann, Erlösmanagement

---------- Weitergeleitete Nachricht ----------
Von: Patientenabrechnung <patientenabrechnung@kreisklinik-wesertal.example>
Datum: 02.09.2027 08:14
An: t.schulz@example.org
Betreff: Rechnung Selbstzahler

Sehr geehrter Herr Thomas Schulz (geb. 22.01.1969),

für Ihre ambulante Notfallbehandlung am 09.08.2027 konnten wir keine Kostenübernahme
Ihrer Krankenkasse erhalten (Versichertennr. laut Karte: H447120338, Mitgliedschaft
beendet). Wir stellen die Leistungen daher Ihnen privat in Rechnung.

Aufnahme-Nr.: 40044712   Rechnungs-Nr.: SZ-R-27-02231

Notfallpauschale ambulant, Diagnostik (CT)   387,40 EUR
Labor                                          41,15 EUR
Rechnungsbetrag                               428,55 EUR

Zahlbar innerhalb von 30 Tagen nach Rechnungsdatum ohne Abzug.

Kreisklinik Wesertal gGmbH · Am Klinikum 1 · 37671 Höxter · IK 260 570 447
""",
    truth=T("debt_statement", "K-2006", "Kreisklinik Wesertal gGmbH", "428.55", "EUR",
            ["40044712", "SZ-R-27-02231"], False,
            "Forwarded invoice passed on as the current statement ('Stand unverändert'): amount, admission and "
            "invoice numbers only in the forwarded part; the health-insurance member number and IK number are "
            "not creditor references; Thomas (not Sabine) Schulz by first name + DOB; deadline only relative "
            "(30 days after invoice) -> null."))


# ---- payment_plan_response (4) -------------------------------------------------------------------------------

add("sonnenhang-pflegeheim-accepts-instalments",
    "Stift Sonnenhang – Bewohnerverwaltung <abrechnung@stift-sonnenhang.example>",
    "Ihr Ratenzahlungsvorschlag für Frau Hoffmann", "2027-10-19 14:05",
    """Sehr geehrte Damen und Herren,

vielen Dank für Ihren Vorschlag vom 05.10.2027.

Wir sind grundsätzlich bereit, den offenen Heimkostenrückstand von Frau Maria Hoffmann
(Bewohnerkonto 7718-HO) in Höhe von 3.418,00 EUR in monatlichen Raten zu 120,00 EUR
abzutragen, allerdings unter folgenden Bedingungen:

1. Die laufenden Heimentgelte ab November 2027 werden pünktlich gezahlt.
2. Der Antrag auf Hilfe zur Pflege beim Sozialamt Erfurt wird bis Monatsende gestellt
   und uns eine Kopie der Antragstellung übersandt.
3. Gerät Frau Hoffmann mit zwei Raten in Rückstand, wird der Restbetrag sofort fällig.

Die Raten sind jeweils zum Monatsanfang zu zahlen. Bitte bestätigen Sie uns kurz
schriftlich, dass Ihre Mandantin mit diesen Bedingungen einverstanden ist.

Mit freundlichen Grüßen
Ute Sandkaulen
Bewohnerverwaltung Stift Sonnenhang gGmbH
Domplatz 28 · 99084 Erfurt · Tel. 0361 64 47 12-0 · Steuer-Nr. 151/140/44712
""",
    truth=T("payment_plan_response", "K-2014", "Stift Sonnenhang gGmbH", "3418.00", "EUR", ["7718-HO"], False,
            "Conditional acceptance of the firm's instalment proposal by a care home; the balance (3.418,00) is "
            "stated, the instalment (120,00) is not the debt; numbered conditions; client 'Maria Hoffmann' "
            "without DOB; Steuer-Nr. is not a reference; instalments 'zum Monatsanfang' -> no date deadline."))

add("havelland-kfz-counteroffer-quota",
    "Havelland Autoversicherung AG <vergleich@havelland-autovers.example>",
    "Vergleichsvorschlag Smith, John – Beitragsrückstand VS-Nr. 8830-17745-K", "2027-11-02 10:50",
    """Sehr geehrte Damen und Herren,

bezugnehmend auf Ihren Vergleichsvorschlag für Herrn John Smith (Baker Street 221, Berlin)
teilen wir mit:

Ihr Angebot einer Quote von 20 % (= 171,13 EUR) auf den Beitragsrückstand aus dem
inzwischen beendeten Kfz-Vertrag VS-Nr. 8830-17745-K können wir so nicht annehmen.

Der Rückstand beträgt unverändert 855,64 EUR (Beiträge 03–08/2027 zzgl. Kosten). Wir
bieten Ihnen jedoch an, die Angelegenheit gegen eine Einmalzahlung von 430,00 EUR
abschließend zu erledigen, wenn diese bis zum 30.11.2027 bei uns eingeht. Alternativ
akzeptieren wir 12 Monatsraten zu je 60,00 EUR.

Mit freundlichen Grüßen
Havelland Autoversicherung AG
Forderungsmanagement – Team Vergleiche
Tel. 0331 447 120 71 · AG Potsdam HRB 14471 P · Gläubiger-ID DE17ZZZ00000044712
""",
    truth=T("payment_plan_response", "K-2011", "Havelland Autoversicherung AG", "855.64", "EUR",
            ["8830-17745-K"], False,
            "Counter-offer to the firm's quota proposal: the firm's own offer (171,13) and the creditor's "
            "settlement figure (430,00) and instalments are not the debt; the stated arrears 855,64 are; policy "
            "number in subject and body; creditor-set payment date for the settlement 30.11.2027 labelled as "
            "the deadline; Gläubiger-ID and HRB are not references.",
            "2027-11-30"))

add("dachdeckerei-holzapfel-ok-raten-sloppy",
    "Dachdeckerei Holzapfel <info@dachdeckerei-holzapfel.example>",
    "Re: Vergleichsangebot Strauß-Köhler / Re-Nr 1188", "2027-10-21 19:42",
    """hallo,

ok, nach Rücksprache mit meiner Frau (macht bei uns die Bücher) sind wir einverstanden.
Die 6 Raten a 150 € passen, erste Rate bitte im November. Die Restforderung aus der
Rechnung 1188 (Dachrinne + Reparatur Sturmschaden) ist 1.240,00 €, den Rest von 340 € lassen
wir dann fallen wenn alle Raten pünktlich kommen, sonst gilt wieder der volle Betrag.

Gruß
Martin Holzapfel
Dachdeckermeister
Dachdeckerei Holzapfel, Inh. M. Holzapfel, Grünwalder Weg 7, 81547 München
Mobil 0172 4471 208 · St.-Nr. 146/233/44712

Am 12.10.2027 schrieb Kanzlei Berger & Roth:
> Sehr geehrter Herr Holzapfel,
> namens unseres Mandanten Herrn Jürgen Strauß-Köhler bieten wir zur Erledigung Ihrer
> Forderung aus Rechnung 1188 einen Vergleichsbetrag von 900,00 EUR an, zahlbar in
> 6 Monatsraten zu 150,00 EUR. Unser Zeichen: SB-2027-2290.
""",
    truth=T("payment_plan_response", "K-2004", "Dachdeckerei Holzapfel", "1240.00", "EUR", ["1188"], False,
            "Sloppy informal acceptance by a roofer (lower-case greeting, 'a' for 'à'): the stated remaining "
            "claim 1.240,00 is the debt; the firm's quoted offer 900,00, the instalments and the waived 340 are "
            "not; the bare invoice number '1188' is the only reference; the firm's 'SB-…' is not; client named "
            "with ß/ö only in the quoted part; mobile number and St.-Nr. are not references."))

add("pferdeklinik-hohe-geest-html-accept",
    "Pferdeklinik Hohe Geest <buchhaltung@pferdeklinik-hohegeest.example>",
    "Ratenzahlung Öztürk – Kolik-OP Stute \"Nala\"", "2027-10-26 08:20",
    None,
    html="""<html><body style="font-family:Calibri,sans-serif">
<p>Sehr geehrte Damen und Herren,</p>
<p>wir haben Ihr Schreiben vom 14.10.2027 zu <b>Frau F. Öztürk</b>, Marktstr. 9, Duisburg, erhalten.</p>
<p>Mit der vorgeschlagenen Ratenzahlung von <b>50,00 EUR monatlich</b> sind wir einverstanden. Wir verzichten für die Dauer der Ratenzahlung auf weitere Zinsen. Die Gesamtforderung aus der Kolikoperation beläuft sich auf <b>2.315,60 EUR</b>.</p>
<table cellpadding="2">
<tr><td><b>Kunden-Nr.:</b></td><td>PK-30188</td></tr>
<tr><td><b>Rechnung:</b></td><td>2027-OP-0457</td></tr>
<tr><td><b>Equidenpass:</b></td><td>DE 331310447120 (Stute Nala)</td></tr>
</table>
<p>Bitte geben Sie bei jeder Zahlung Kunden- und Rechnungsnummer an.</p>
<p>Mit freundlichen Grüßen<br>Kirsten Dahl, Buchhaltung<br>Pferdeklinik Hohe Geest GmbH · Geestweg 12 · 27432 Bremervörde<br>Tel. 04761 447 120 · USt-IdNr. DE 447 120 551</p>
</body></html>""",
    html_only=True,
    truth=T("payment_plan_response", "K-2013", "Pferdeklinik Hohe Geest GmbH", "2315.60", "EUR",
            ["PK-30188", "2027-OP-0457"], False,
            "HTML-only acceptance of an instalment plan by an equine clinic: the instalment (50,00) is not the "
            "debt, the bold 'Gesamtforderung' is; customer and invoice numbers in a label table next to the "
            "horse's passport number (DE…, not a reference); client as 'F. Öztürk' + address."))


# ---- rejection (3) -------------------------------------------------------------------------------------------

add("umzuege-kranich-rejects-settlement",
    "Umzüge Kranich GmbH <forderungen@umzuege-kranich.example>",
    "Ablehnung Vergleichsangebot – Auftrag U-27-0319", "2027-10-29 15:35",
    """Sehr geehrte Damen und Herren,

Ihr Vergleichsangebot vom 20.10.2027 für Frau Anna-Lena Fischer (Umzug innerhalb
Stuttgarts am 10.04.2027, Auftrag U-27-0319, Rechnung RE-27-0602) lehnen wir ab.

Die Leistung wurde vollständig und mängelfrei erbracht, die Rechnung ist seit Mai fällig.
Für einen Verzicht auf mehr als die Hälfte unserer Forderung sehen wir keinen Anlass; an
einem außergerichtlichen Einigungsversuch beteiligen wir uns nicht.

Wir fordern Sie auf, den offenen Betrag von 1.385,00 EUR bis zum 12.11.2027 zu zahlen.
Danach beantragen wir ohne weitere Ankündigung einen Mahnbescheid.

Mit freundlichen Grüßen
Umzüge Kranich GmbH
Geschäftsführung
Pragstraße 88 · 70376 Stuttgart · Tel. 0711 54 47 12-0
AG Stuttgart HRB 744712 · USt-IdNr. DE 244 712 083
""",
    truth=T("rejection", "K-2008", "Umzüge Kranich GmbH", "1385.00", "EUR", ["U-27-0319", "RE-27-0602"], False,
            "Flat refusal of the settlement offer with no counter-offer, but it states the balance and a date: "
            "rejection with amount and deadline; order and invoice numbers; HRB and USt-IdNr are not "
            "references; client by full name (double first name).",
            "2027-11-12"))

add("harbour-view-hospital-rejects-nonclient-en",
    "Harbour View Private Hospital <billing@harbourview-hospital.example>",
    "RE: Proposed repayment plan - Mr L. Becker - account HV-0071842", "2027-11-04 09:05",
    """Dear Sirs,

Thank you for your letter proposing monthly payments of GBP 25.00 on behalf of
Mr Liam Becker (DOB 03/07/1996), patient account HV-0071842.

We have considered the proposal but are unable to accept it. The treatment was elective
and was provided on the basis of a signed self-pay agreement requiring payment in full
before discharge. The outstanding balance of GBP 2,460.00 remains due in full and we will
not agree to instalments or a reduction.

Yours faithfully

Credit Control
Harbour View Private Hospital Ltd
Quayside, Plymouth PL1 2XX | 01752 447 120 | CQC provider ID 1-447120334
""",
    charset="us-ascii", cte="7bit",
    truth=T("rejection", None, "Harbour View Private Hospital Ltd", "2460.00", "GBP", ["HV-0071842"], True,
            "Definitive refusal of an instalment proposal; debtor 'Mr Liam Becker, DOB 03/07/1996' is a "
            "near-miss of client Lukas Becker (different first name and DOB) -> client_id null, review; the "
            "firm's offered GBP 25.00 is not the debt; CQC provider ID is not a reference."))

add("zahnarztpraxis-stadtgraben-short-refusal",
    "Zahnarztpraxis am Stadtgraben <info@zahnarzt-stadtgraben.example>",
    "Schuldenbereinigungsplan Petrova", "2027-11-08 12:40",
    """Sehr geehrte Damen und Herren,

dem übersandten außergerichtlichen Schuldenbereinigungsplan für Frau Olga Petrova stimmen
wir nicht zu. Unsere Forderung aus den Rechnungen 21-3317 und 21-3402 bleibt bestehen.

Bitte sehen Sie von weiteren Vorschlägen ab.

Mit freundlichen Grüßen
Dr. med. dent. Kemal Yıldız
Zahnarztpraxis am Stadtgraben · Stadtgraben 3 · 10178 Berlin · Tel. 030 447 120 19
""",
    truth=T("rejection", "K-2010", "Zahnarztpraxis am Stadtgraben", None, None, ["21-3317", "21-3402"], False,
            "Very short flat refusal of the debt settlement plan by a dental practice, no amount (null, no "
            "'total not stated' review since nothing is stated); two bare invoice numbers; creditor as the "
            "practice presents itself (sender and signature; the dentist is named too); client 'Olga Petrova' "
            "by name only."))


# ---- information_request (4) ---------------------------------------------------------------------------------

add("pvs-niederrhein-schweigepflicht-vollmacht",
    "PVS Niederrhein Abrechnungszentrum <auskunft@pvs-niederrhein.example>",
    "Auskunftsersuchen Meyer, Klaus – Schweigepflichtentbindung erforderlich", "2027-09-30 10:25",
    """Sehr geehrte Damen und Herren,

Sie bitten um Auskunft über die offenen Forderungen Ihres Mandanten Herrn Klaus Meyer,
Lindenstraße 4, Köln. Die Rechnungen RZ-27-66012 und RZ-27-66540 betreffen Leistungen der
Radiologie am Ring MVZ GmbH, für die wir die Abrechnung übernehmen; Gläubigerin der
Forderungen bleibt die Praxis.

Da es sich um Behandlungsdaten handelt, dürfen wir Ihnen Einzelheiten erst mitteilen,
wenn uns folgende Unterlagen vorliegen:

1. eine von Herrn Meyer unterschriebene Entbindung von der ärztlichen Schweigepflicht
   gegenüber Ihrer Kanzlei,
2. Ihre Vollmacht im Original oder als Scan.

Nach Eingang erhalten Sie umgehend eine Forderungsaufstellung.

Mit freundlichen Grüßen
Abt. Patientenservice
PVS Niederrhein Abrechnungszentrum GmbH · Mevissenstr. 12 · 47803 Krefeld
Tel. 02151 44 71-20 · AG Krefeld HRB 14471 · Datenschutz: dsb@pvs-niederrhein.example
""",
    truth=T("information_request", "K-2001", "Radiologie am Ring MVZ GmbH", None, None,
            ["RZ-27-66012", "RZ-27-66540"], False,
            "Billing office asks for a release from medical confidentiality and a power of attorney before "
            "disclosing anything: no amount; it only bills for the radiology practice, which stays the creditor "
            "(not the billing office, the sender); client 'Klaus Meyer' + address (not Karin Meier)."))

add("nordlicht-haftpflicht-wants-vollmacht-balance",
    "Nordlicht Versicherungsverein a.G. <kundenservice@nordlicht-vvag.example>",
    "Ihre Anfrage zu Vertrag PHV 771-204-19", "2027-10-05 13:15",
    """Guten Tag,

vielen Dank für Ihre Nachricht zu Herrn P. Wagner, geb. 19.07.1958.

Für die Privathaftpflichtversicherung PHV 771-204-19 ist derzeit ein Beitragsrückstand
von 74,38 EUR offen. Bevor wir Ihnen eine ausführliche Aufstellung schicken oder über eine
Vereinbarung sprechen, benötigen wir bitte noch:

- eine Vollmacht Ihres Mandanten,
- die Angabe, ob bereits ein Insolvenzverfahren beantragt wurde (mit Aktenzeichen des
  Insolvenzgerichts, falls vorhanden).

Unterlagen bitte an kundenservice@nordlicht-vvag.example oder per Fax 0441 44 71 20-99.

Freundliche Grüße
Ihr Nordlicht-Kundenservice
Nordlicht Versicherungsverein a.G. · Theaterwall 4 · 26122 Oldenburg
""",
    truth=T("information_request", "K-2009", "Nordlicht Versicherungsverein a.G.", "74.38", "EUR",
            ["PHV 771-204-19"], False,
            "Liability insurer asks for a power of attorney and insolvency details first but also states the "
            "current arrears -> information_request with the amount; policy number in subject and body; client "
            "'P. Wagner' + DOB; fax number is not a reference."))

add("pflegedienst-alsterufer-ambiguous-schulz",
    "Pflegeheim Alsterufer <heimverwaltung@pflegeheim-alsterufer.example>",
    "Kurzzeitpflege Schulz – Unterlagen zur Kostenübernahme", "2027-10-22 09:55",
    """Sehr geehrte Damen und Herren,

in Sachen Schulz, Gartenweg 3, 20095 Hamburg (Kurzzeitpflege 02.–23.08.2027, Debitor
D-60417) teilen Sie uns mit, dass Ihre Mandantschaft die Rechnung nicht begleichen kann.

Bevor wir über den weiteren Umgang mit dem offenen Eigenanteil entscheiden, benötigen wir:
- den Bescheid der Pflegekasse über den Pflegegrad,
- einen Nachweis über die Beantragung von Hilfe zur Pflege,
- aktuelle Einkommensnachweise (Rentenbescheid bzw. Gehaltsnachweise).

Bitte senden Sie die Unterlagen bis Ende nächsten Monats.

Mit freundlichen Grüßen
Heimverwaltung
Pflegeheim Alsterufer GmbH · Harvestehuder Weg 71 · 20149 Hamburg
Tel. 040 41 44 71 20 · IK 510 204 471
""",
    truth=T("information_request", None, "Pflegeheim Alsterufer GmbH", None, None, ["D-60417"], True,
            "Care home asks for care-level notice, social-assistance application and income documents; no "
            "amount; debtor only as 'Schulz, Gartenweg 3, 20095 Hamburg' with 'Mandantschaft' (no first name, "
            "no gender): Sabine (K-2005) and Thomas (K-2006) Schulz share that address -> client_id null, review "
            "'ambiguous client match'; IK number is not a reference; the document deadline is not a payment "
            "deadline."))

add("meadowbank-vets-authority-html-en",
    "Meadowbank Veterinary Centre <accounts@meadowbank-vets.example>",
    "Client account 55102 - third party authority required", "2027-11-10 15:00",
    None,
    html="""<html><body style="font-family:Georgia,serif">
<p>Dear Sir/Madam,</p>
<p>We have received your email about <b>Mrs Aylin Celik</b> (formerly of 14 Rowan Close, Leeds).</p>
<p>Under data protection rules we cannot discuss her account with a third party until we hold a signed letter of authority from Mrs Celik. Please also confirm her current address.</p>
<p>For your information only: the account (<b>client no. 55102</b>, pet: &quot;Bella&quot;, microchip 826097800447120) shows an unpaid balance of <b>&pound;318.50</b> from treatment in March 2027.</p>
<p>Kind regards,<br>Accounts Team<br>Meadowbank Veterinary Centre<br>Meadowbank Veterinary Group Ltd &middot; 0113 447 1200 &middot; RCVS practice 44712</p>
</body></html>""",
    html_only=True, charset="us-ascii", cte="7bit",
    truth=T("information_request", "K-2003", "Meadowbank Veterinary Group Ltd", "318.50", "GBP", ["55102"], False,
            "HTML-only English request for a signed letter of authority and an address, also stating the balance "
            "'for information'; client number in subject and body vs microchip and RCVS practice numbers (not "
            "references); trading name vs the company that owns the account; client 'Aylin Celik' (Çelik) by "
            "name only with a former UK address."))


# ---- other (2) -----------------------------------------------------------------------------------------------

add("ostwall-forderungskauf-abtretung-elektro",
    "Ostwall Forderungskauf AG <abtretung@ostwall-fk.example>",
    "Abtretungsanzeige – Forderung Elektro Brinkhaus GmbH", "2027-10-13 08:10",
    """Abtretungsanzeige

Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass die Elektro Brinkhaus GmbH, Köln, ihre Forderung gegen
Frau K. Meier, Ringstraße 8, 50672 Köln, aus der Rechnung EB-2026-1184 (Erneuerung
Unterverteilung und Zählerschrank) mit Vertrag vom 30.09.2027 an uns verkauft und
abgetreten hat.

Die Elektro Brinkhaus GmbH hat die offene Forderung zum Abtretungszeitpunkt mit
2.036,90 EUR beziffert. Zahlungen mit befreiender Wirkung können ab sofort nur noch an
uns geleistet werden. Unsere neue Kontonummer für diese Sache lautet OFK-88-20419.

Eine Forderungsaufstellung unsererseits folgt gesondert.

Mit freundlichen Grüßen
Ostwall Forderungskauf AG
Ostwall 150 · 47798 Krefeld · Tel. 02151 447 120-0
Vorstand: L. Terhoeven · AG Krefeld HRB 17447 · USt-IdNr. DE 447 120 965
""",
    truth=T("other", "K-2002", "Ostwall Forderungskauf AG", "2036.90", "EUR", ["EB-2026-1184", "OFK-88-20419"],
            False,
            "Notice of assignment from an electrician to a debt buyer: intent other although the previous owner's "
            "figure is stated (debt_amount from the previous owner); the buyer owns the claim; original invoice "
            "and buyer's account number are references; client only 'K. Meier' + Ringstraße 8, Köln: the "
            "spelling and the address match Karin Meier, not Klaus Meyer (Lindenstraße)."))

add("rheinauen-hausrat-closed-nothing-owed",
    "Rheinauen Sachversicherung AG <vertragsservice@rheinauen-sach.example>",
    "Vertragsbeendigung Hausrat HRV-5530-7781 – Abschlussmitteilung", "2027-11-15 11:45",
    """Sehr geehrte Damen und Herren,

Ihr Mandant Stefan Koch, Neckarstr. 7, 68159 Mannheim, hat seine Hausratversicherung
HRV-5530-7781 zum 31.10.2027 gekündigt.

Den zuletzt offenen Beitrag für August/September haben wir mit der Beitragsrückerstattung
für November und Dezember verrechnet.
Damit bestehen aus diesem Vertrag keine offenen Forderungen mehr.
Das Beitragskonto ist ausgeglichen und geschlossen.

Der Vertrag ist beendet. Eine weitere Korrespondenz ist von unserer Seite nicht erforderlich.

Mit freundlichen Grüßen
Rheinauen Sachversicherung AG · Vertragsservice
Augustaanlage 54 · 68165 Mannheim · Tel. 0621 447 12-0 · AG Mannheim HRB 700447
""",
    truth=T("other", "K-2015", "Rheinauen Sachversicherung AG", "0.00", "EUR", ["HRV-5530-7781"], False,
            "Household-contents contract ended, remaining premium offset against a refund: account closed with "
            "nothing owed -> other with '0.00' EUR; policy number in subject and body; HRB is not a reference."))


# ---- auto_reply (3) ------------------------------------------------------------------------------------------

add("klinikum-auenhain-out-of-office",
    "Patientenabrechnung Klinikum Auenhain <s.ruehl@klinikum-auenhain.example>",
    "Abwesenheitsnotiz: AW: Fall 2027-0418833 Smith", "2027-09-27 18:02",
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 08.10.2027 nicht im Büro. Ihre E-Mail wird nicht automatisch
weitergeleitet. In dringenden Abrechnungsfragen wenden Sie sich bitte an
patientenabrechnung@klinikum-auenhain.example oder Tel. 06421 558-2210.

Mit freundlichen Grüßen
Sandra Rühl
Patientenabrechnung
""",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    truth=AUTO("Out-of-office with Auto-Submitted/X-Autoreply headers; the case number and client name in the "
               "subject change nothing: all fields null."))

add("weserland-kfz-eingangsbestaetigung",
    "Weserland Kraftfahrt-Versicherung a.G. <noreply@weserland-kfz.example>",
    "Eingangsbestätigung Ihrer Nachricht [Vorgang 2027-11-0044712]", "2027-11-03 07:01",
    """Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.

Ihre Nachricht ist bei uns eingegangen und wurde unter der Vorgangsnummer
2027-11-0044712 erfasst. Wir bearbeiten Ihr Anliegen so schnell wie möglich, in der Regel
innerhalb von 10 Arbeitstagen.

Ihre Weserland Kraftfahrt-Versicherung a.G.
""",
    truth=AUTO("Automatic receipt without auto headers, recognisable only by the text calling itself automatic; "
               "the Vorgangsnummer is a ticket token of the acknowledgement: all fields null."))

add("pickering-removals-unmonitored-en",
    "Pickering & Lowe Removals <no-reply@pickeringlowe-removals.example>",
    "Automatic reply: Ms Fischer - job PL/22918", "2027-10-07 02:14",
    """This is an automated response. This inbox is not monitored outside office hours
(Mon-Fri 8:00-17:00).

Your message has been received. A member of our accounts team will reply within three
working days. For urgent matters on the day of a move please call 01904 447 120.

Pickering & Lowe Removals Ltd
""",
    charset="us-ascii", cte="7bit", headers={"Precedence": "auto_reply", "X-Autoreply": "yes"},
    truth=AUTO("Automatic out-of-hours reply (Precedence/X-Autoreply headers + text) quoting a job number in the "
               "subject: all fields null."))


# --------------------------------------------------------------------------------------------------------------
# --check
# --------------------------------------------------------------------------------------------------------------

MIN_INTENTS = {"debt_statement": 13, "payment_plan_response": 4, "rejection": 3, "information_request": 4,
               "auto_reply": 3, "other": 2}
EARLIER = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11")


if __name__ == "__main__":
    sys.exit(BATCH.main(sys.argv[1:],
                        earlier=EARLIER,
                        min_intents=MIN_INTENTS,
                        min_kinds={"text_pdf": 2, "image_pdf": 2, "html_only": 3},
                        refs_per_mail=(1, 4)))
