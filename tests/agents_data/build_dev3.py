#!/usr/bin/env python3
"""Deterministic generator of the third dev batch (tests/agents_data/dev3/): 30 creditor emails + truth files.

Focus: reference numbers and client identification. Every message except the automatic replies carries one to
four creditor-side references in varied labels and places (subject, a sentence, a table in a text PDF, a scan, a
forwarded original letter, an original creditor's number after an assignment, several on one line, with spaces,
slashes, dots, letters and leading zeros), next to numbers that are NOT references (phone/fax, IBAN/BIC, HRB,
USt-IdNr./VAT, Steuernummer, Gläubiger-ID, ticket tokens, the firm's own 'Ihr Zeichen' SB-…/BR/…, dates,
postcodes, amounts, page numbers). Clients are named in many ways (order, initials, transliterations, double
names, birth dates in several formats, known references only); a few debtors are not clients and one match is
ambiguous. German and English about half each. Creditors and wording are new to dev/ and dev2/.

Same file format and rendering as dev/ and dev2/ (build_dev.py's helpers are imported, nothing there changes).
Run with a python that has fpdf2 and Pillow (kept out of the project's own requirements):

    /tmp/gen-dev2-venv/bin/python tests/agents_data/build_dev3.py          # (re)write dev3/
    /tmp/gen-dev2-venv/bin/python tests/agents_data/build_dev3.py --check  # verify dev3/ against the specs

No randomness: fixed dates, Message-IDs, MIME boundaries and PDF creation dates. --check runs build_dev's
check_message on every message (identical bytes on rebuild, no parser defects, every truth string present in the
text or PDF text, no ticket token / firm file / IBAN / creditor ID labelled as a reference) and in addition that
no creditor of dev/ or dev2/ owns a claim here and that no subject repeats theirs.
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

BATCH = Batch("dev3", 300)
MESSAGES, add = BATCH.messages, BATCH.add


# --------------------------------------------------------------------------------------------------------------
# Signature blocks (numbers that are NOT references)
# --------------------------------------------------------------------------------------------------------------

SIG_HAVELLAND = """Havelland Wasser GmbH · Kundenabrechnung
Zeppelinstraße 44 · 14471 Potsdam
Telefon 0331 661 20-0 · Telefax 0331 661 20-499
Sparkasse Havelland · IBAN DE29 1605 0000 3501 2204 77 · BIC WELADED1PMB
Gläubiger-ID DE98ZZZ00001044712 · Amtsgericht Potsdam HRB 21904 P
USt-IdNr. DE 138 405 716 · Steuernummer 046/108/02217"""

SIG_RHEINTREU = """Rheintreu Versicherung AG · Beitragsservice
Kaiser-Wilhelm-Ring 31 · 50672 Köln
Servicetelefon 0221 3307-400 (Mo–Fr 8–18 Uhr) · Fax 0221 3307-401
Gläubiger-Identifikationsnummer DE71ZZZ00000554021
Sitz Köln · Registergericht Köln HRB 7714 · Vorstand: Dr. Ines Kallweit (Vors.), Bernd Oltmanns"""

SIG_GLENMORE = """Glenmore Bank plc | Customer Financial Support
PO Box 4410, Edinburgh EH3 9QQ
Phone +44 131 496 0221 (Mon-Fri 8am-6pm) | Textphone 0800 917 4410
Registered in Scotland No. SC118204 | FCA register no. 177430
VAT registration no. GB 551 2031 88"""

SIG_KRUEGER = """KRÜGER & DAHM Rechtsanwälte Partnerschaft mbB
Prinzregentenstraße 61 · 81675 München
Tel. 089 41 77 06-0 · Fax 089 41 77 06-29
Fremdgeldkonto: HypoVereinsbank, IBAN DE44 7002 0270 0015 5120 90, BIC HYVEDEMMXXX
Partnerschaftsregister AG München PR 1187 · USt-IdNr. DE 281 009 442"""

SIG_KURPFALZ = """Energieversorgung Kurpfalz AG
Kundenservice Forderungsmanagement · Postfach 10 22 61 · 68022 Mannheim
Tel. 0621 290 44-0 · service@ev-kurpfalz.example
Amtsgericht Mannheim HRB 700331 · USt-IdNr. DE 144 871 230"""


# --------------------------------------------------------------------------------------------------------------
# The 30 messages
# --------------------------------------------------------------------------------------------------------------

# ---- debt_statement (9) --------------------------------------------------------------------------------------

add("havelland-wasser-kd-rg-one-line-petrowa",
    "Havelland Wasser Kundenabrechnung <abrechnung@havelland-wasser.example>",
    "Zahlungserinnerung – Kd.-Nr. 1002 3345", "2027-02-01 08:05",
    f"""Sehr geehrte Damen und Herren,

Ihr Zeichen: SB-2026-0988 vom 12.01.2027

Kd.-Nr. 1002 3345 / Rg.-Nr. 2026-77812
Kundin: Petrowa, Olga (geb. 27.05.88)
ehemalige Verbrauchsstelle: Am Schragen 7, 14469 Potsdam

vielen Dank für Ihre Mitteilung, dass Sie Frau Petrowa vertreten. Für die ehemalige
Verbrauchsstelle ergibt sich nach der Schlussabrechnung vom 30.11.2026 folgender Stand:

  Schlussabrechnung Trinkwasser/Abwasser       437,70 EUR
  Mahnentgelt                                    3,50 EUR
  Rücklastschrift vom 02.12.2026                45,00 EUR
  -------------------------------------------------------
  Gesamtbetrag                                 486,20 EUR

Bitte überweisen Sie den Gesamtbetrag unter Angabe der Kundennummer bis 20.02.2027.
Bei Rückfragen erreichen Sie uns unter der unten genannten Rufnummer.

Freundliche Grüße
Ihre Kundenabrechnung

{SIG_HAVELLAND}
""",
    truth=T("debt_statement", "K-2010", "Havelland Wasser GmbH", "486.20", "EUR", ["1002 3345", "2026-77812"],
            False, "Customer and invoice number on one line 'Kd.-Nr. … / Rg.-Nr. …' (the subject repeats the "
            "customer number in the same form); German transliteration 'Petrowa' for Petrova with two-digit-year "
            "DOB '27.05.88'; 'Ihr Zeichen' SB-2026-0988 is the firm's file; signature full of non-references "
            "(IBAN, BIC, Gläubiger-ID, HRB, USt-IdNr., Steuernummer, phone/fax)."))

add("corvus-statement-pdf-table-en",
    "Corvus Credit Management <casework@corvus-cm.example>",
    "Brookfield Mobile Ltd - statement of account - Case ID CCM-5560417", "2027-02-01 10:30",
    """Dear Ms Roth,

Your ref: BR/077/26

We are instructed by Brookfield Mobile Ltd in respect of the account of your client Mr J. Smith
(date of birth 10.10.1975). As requested, please find attached a full statement of the account.

Please quote our Case ID in any correspondence. Our offices are open Monday to Friday, 9am to
5pm, telephone 0113 496 0817.

Yours sincerely,

Dominic Hale
Corvus Credit Management Ltd
Registered office: 12 Park Row, Leeds LS1 5HD | Company no. 09918273
""",
    charset="us-ascii", cte="7bit",
    pdfs=[text_pdf("CCM-5560417_statement.pdf", "Corvus Credit Management Ltd - Statement of Account",
                   ["Client: Brookfield Mobile Ltd", "Debtor: Mr John Smith, Baker Street 221, 10115 Berlin",
                    "Case ID: CCM-5560417", "Client account no.: 0044 8120 773",
                    "Agreement no.: BM/00418832", "Statement date: 29/01/2027", ""],
                   table=[("Airtime charges 06/2026 - 09/2026", "GBP 312.44"),
                          ("Handset balance (agreement BM/00418832)", "GBP 876.31"),
                          ("Collection charges", "GBP 96.00"),
                          ("Total balance outstanding", "GBP 1,284.75")],
                   after=["Page 1 of 1", "Corvus Credit Management Ltd acts as agent for the creditor."])],
    truth=T("debt_statement", "K-2011", "Brookfield Mobile Ltd", "1284.75", "GBP",
            ["CCM-5560417", "0044 8120 773", "BM/00418832"], False,
            "Agency for a mobile operator; total and two of three references only in the table of a text PDF; "
            "'Mr J. Smith' plus DOB; 'Your ref: BR/077/26' is the firm's file; company no., phone and 'Page 1 of "
            "1' are not references."))

add("rheinpfalz-inkasso-forwards-kabelnetz-letter",
    "Rheinpfalz Inkasso <forderung@rheinpfalz-inkasso.example>",
    "WG: Kabelnetz Vorderpfalz GmbH ./. Koch – Geschäftszeichen RPI 27/0451", "2027-02-02 09:15",
    """Sehr geehrte Damen und Herren,

die Kabelnetz Vorderpfalz GmbH hat uns mit dem Einzug ihrer Forderung gegen Herrn Stefan Koch,
geb. 11.11.77, beauftragt. Zu Ihrer Information leiten wir das letzte Schreiben unserer
Auftraggeberin weiter. Inzwischen beläuft sich die Gesamtforderung einschließlich Zinsen und
Inkassokosten auf 742,18 EUR.

Mit freundlichen Grüßen
Rheinpfalz Inkasso GmbH · Geschäftszeichen RPI 27/0451
Tel. 06321 48 90-0 · AG Ludwigshafen HRB 63310

-------- Weitergeleitete Nachricht --------
Von: Kabelnetz Vorderpfalz GmbH <mahnung@kabelnetz-vorderpfalz.example>
Datum: 14.12.2026
Betreff: 2. Mahnung – Kundenkonto 7003-118-552

Sehr geehrter Herr Koch,

zu Ihrem Kundenkonto 7003-118-552 ist die Rechnung Nr. R-26-0098812 über 512,40 EUR
weiterhin offen. Bitte gleichen Sie den Betrag umgehend aus.

Kabelnetz Vorderpfalz GmbH, Maximilianstraße 2, 67433 Neustadt
""",
    truth=T("debt_statement", "K-2015", "Kabelnetz Vorderpfalz GmbH", "742.18", "EUR",
            ["RPI 27/0451", "7003-118-552", "R-26-0098812"], False,
            "Agency's own current total 742,18 wins over the forwarded older 512,40; references from the "
            "agency and from the forwarded original letter (customer account, invoice); creditor is the "
            "principal; DOB with two-digit year."))

add("glenmore-bank-loan-ref-in-sentence-en",
    "Glenmore Bank Financial Support <financialsupport@glenmore-bank.example>",
    "Ms Anna Lena Fischer - arrears on your client's personal loan", "2027-02-02 14:40",
    f"""Dear Sir or Madam,

Our ref: COLL/7Q/2291
Your ref: SB-2026-1003

Thank you for letting us know that you are helping Ms Anna Lena Fischer (born 1st December
1994). Her personal loan, the account ending 4471, is held under reference GLB/LN/0099127
and has been in arrears since August 2026.

Seven monthly payments of €212.00 have been missed. After adding arrears interest, the total
balance now owed under the agreement is €6,420.00, which includes the arrears.

We have placed a 30-day hold on collection activity so that you can review her finances.
Please send us your proposal before 4 March 2027.

Yours faithfully,

Customer Financial Support

{SIG_GLENMORE}
""",
    truth=T("debt_statement", "K-2008", "Glenmore Bank plc", "6420.00", "EUR", ["COLL/7Q/2291", "GLB/LN/0099127"],
            False, "Loan reference given in a sentence ('is held under reference …'); 'the account ending 4471' is "
            "a fragment, not a reference; the missed instalment €212.00 is not the debt; 'Anna Lena' without the "
            "hyphen and an English ordinal DOB; 'Your ref' SB-… is the firm's; FCA/VAT/company numbers excluded."))

add("wohnbau-gera-erfurt-scan-mietkonto",
    "Wohnbau Gera-Erfurt Forderungsmanagement <forderungen@wohnbau-ge.example>",
    "Mietrückstand Hoffmann – Mietkonto 004 1120 07", "2027-02-03 11:00",
    """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Aufstellung zum Mietkonto Ihrer Mandantin als Scan.
Bitte beachten Sie die dort genannte Frist.

Mit freundlichen Grüßen
Wohnbau Gera-Erfurt GmbH
Forderungsmanagement
Juri-Gagarin-Ring 88, 99084 Erfurt, Tel. 0361 6620-0
""",
    pdfs=[image_pdf("Scan_2027-02-03_0931.pdf",
                    ["Wohnbau Gera-Erfurt GmbH", "",
                     "Mieterin: Frau Maria Hoffmann, geb. 03.03.1962",
                     "Domplatz 1, 99084 Erfurt",
                     "Mietkonto-Nr.: 004 1120 07     Beleg-Nr.: 2027/0031",
                     "Ihr Zeichen: SB-2026-1017", "",
                     "Miete 10/2026 - 01/2027      4 x 478,00 EUR",
                     "Gesamtrückstand               1.912,00 EUR", "",
                     "Zahlbar bis 24.02.2027 auf das bekannte Konto.",
                     "Seite 1 von 1"])],
    truth=T("debt_statement", "K-2014", "Wohnbau Gera-Erfurt GmbH", "1912.00", "EUR",
            ["004 1120 07", "2027/0031"], True,
            "Landlord's arrears statement only as an image scan (review because scanned); rent account with "
            "spaces and a leading zero, 'Beleg-Nr.' with a slash; the firm's 'Ihr Zeichen' and 'Seite 1 von 1' "
            "are not references."))

add("lakeside-energy-html-only-final-statement-en",
    "Lakeside Energy Supply <collections@lakeside-energy.example>",
    "Final statement FS-0027713", "2027-02-03 15:20",
    None,
    html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Ms Roth,</p>
<p>Thank you for your letter about our former customer. His final statement is summarised below.</p>
<table cellpadding="4" style="border:1px solid #999">
<tr><th align="left">Customer</th><td>Mr Mehmet Yilmaz, born 08/03/1985</td></tr>
<tr><th align="left">Supply address</th><td>17 Harbour View, Hull HU1 2BQ</td></tr>
<tr><th align="left">Account number</th><td>800 441 2290</td></tr>
<tr><th align="left">Final statement no.</th><td>FS-0027713</td></tr>
<tr><th align="left">Statement date</th><td>28/01/2027</td></tr>
<tr><th align="left">Balance to pay</th><td><b>&pound;&nbsp;377.45</b></td></tr>
</table>
<p>Please call us on 0330 088 4410 if you would like to discuss a repayment plan.</p>
<p>Kind regards,<br>Collections Team<br>Lakeside Energy Supply Ltd<br>
Company no. 10447120 &middot; VAT no. GB 249 7713 05</p>
</body></html>""",
    html_only=True,
    truth=T("debt_statement", "K-2007", "Lakeside Energy Supply Ltd", "377.45", "GBP",
            ["800 441 2290", "FS-0027713"], False,
            "HTML-only final statement with a positive balance written '&pound;&nbsp;377.45'; 'Yilmaz' without the "
            "dotless ı, UK-style DOB 08/03/1985 (8 March); statement date, phone, company and VAT numbers are "
            "not references."))

add("rheintreu-beitragsrueckstand-mandatsreferenz",
    "Rheintreu Versicherung Beitragsservice <beitragsservice@rheintreu.example>",
    "Beitragsrückstand Versicherungsschein-Nr. 61-443.118-7", "2027-02-04 08:45",
    f"""Sehr geehrte Damen und Herren,

betreffend Frau A. Çelik, Dortmund, geb. 03/11/1990

Versicherungsschein-Nr.: 61-443.118-7 (Hausrat)
Mandatsreferenz: RTV-MR-0004431187

die Lastschriften für die Beiträge Oktober 2026 bis Januar 2027 wurden mangels Deckung
zurückgegeben. Der Versicherungsschutz ist gemäß § 38 VVG gefährdet.

Der Beitragsrückstand beträgt insgesamt 318,40 € (Beiträge 4 x 71,35 €, Rücklastschriftkosten
32,00 €). Bitte veranlassen Sie die Zahlung bis zum 25.02.2027; die Lastschrift wird
bis dahin ausgesetzt.

Mit freundlichen Grüßen

{SIG_RHEINTREU}
""",
    cte="8bit",
    truth=T("debt_statement", "K-2003", "Rheintreu Versicherung AG", "318.40", "EUR",
            ["61-443.118-7", "RTV-MR-0004431187"], False,
            "Insurer's premium arrears: policy number with a dot and a check digit; the SEPA mandate reference "
            "is a creditor-side reference, the Gläubiger-ID is not; initial 'A. Çelik' with DOB '03/11/1990' "
            "(German order) and city; total 'insgesamt 318,40 €' followed by its components; 8bit body."))

add("pembroke-home-credit-components-only-en",
    "Pembroke Home Credit <arrears@pembroke-hc.example>",
    "STRAUSS-KOEHLER JUERGEN / Agreement no. PHC/22/0918", "2027-02-04 13:10",
    """Dear Sirs,

Customer: STRAUSS-KOEHLER, JUERGEN
Customer no.: 0072231
Agreement no.: PHC/22/0918

Further to your request, the account shows the following items as at 31 January 2027:

  Arrears of instalments (8 x EUR 64.50)     EUR 516.00
  Default sums                               EUR  48.00
  Remaining instalments not yet due          EUR 1,161.00

Statutory default notices were served on 9 October 2026 and 11 December 2026.
We look forward to receiving your client's proposals.

Yours faithfully,
Arrears Department
Pembroke Home Credit Ltd, 2 Quay Street, Cardiff CF10 1EA, tel. 029 2049 0771
""",
    charset="us-ascii", cte="7bit",
    truth=T("debt_statement", "K-2004", "Pembroke Home Credit Ltd", None, None, ["0072231", "PHC/22/0918"], True,
            "Only components (arrears, default sums, instalments not yet due), no stated total -> null, review "
            "'total not stated' (never add them up); double-barrelled name in ASCII capitals 'STRAUSS-KOEHLER, "
            "JUERGEN'; customer number with leading zeros."))

add("taunus-forderungskauf-known-sparkasse-ref",
    "Taunus Forderungskauf <service@taunus-fk.example>",
    "AZ 3316/27 – Forderungsaufstellung", "2027-02-05 09:30",
    """Sehr geehrte Damen und Herren,

in obiger Angelegenheit teilen wir mit, dass die Forderung aus dem Darlehenskonto 12 3456 7890
der Sparkasse Wiesbaden zum 01.12.2026 an uns verkauft und abgetreten wurde. Die Forderung
wird bei uns unter der Nummer 3316/27 geführt.

Forderungsaufstellung zum 05.02.2027:
  Hauptforderung bei Ankauf                  8.120,55 EUR
  Zinsen der Vorgläubigerin                    611,07 EUR
  Zinsen seit 01.12.2026                       172,50 EUR
  Gesamtforderung                            8.904,12 EUR

Bitte richten Sie Zahlungen und Vorschläge ausschließlich an uns.

Mit freundlichen Grüßen
Taunus Forderungskauf GmbH
Limburger Straße 17 · 65510 Idstein · HRB 8802 AG Wiesbaden · USt-IdNr. DE 300 118 774
""",
    truth=T("debt_statement", "K-2009", "Taunus Forderungskauf GmbH", "8904.12", "EUR", ["3316/27", "12 3456 7890"],
            False, "No debtor name at all: the client is found only by the known Sparkasse Wiesbaden reference "
            "1234567890 written '12 3456 7890'; the debt buyer owns the claim and sends a statement (not just an "
            "assignment notice) -> debt_statement; its file number in the subject 'AZ 3316/27' and in a "
            "sentence ('unter der Nummer … geführt')."))

# ---- payment_plan_response (5) -------------------------------------------------------------------------------

add("kabelwerk-ratenplan-zugestimmt-vertrag-im-betreff",
    "KabelWerk Nordhessen Forderungsmanagement <fm@kabelwerk-nordhessen.example>",
    "Re: Ihr Schreiben – Vertrag 900123456", "2027-02-05 11:50",
    """Sehr geehrte Frau Roth,

Ihr Zeichen: BR/114/26
Unser Zeichen: KW-FM 2207/Ho

wir kommen zurück auf Ihr Schreiben zugunsten von Herrn Klaus Meyer, Lindenstr. 4, 50667 Köln.

Mit der vorgeschlagenen Ratenzahlung von monatlich 60,00 € sind wir einverstanden. Die erste
Rate ist am 01.03.2027 fällig, die weiteren jeweils zum Monatsersten. Die Restforderung aus
dem Vertrag 900123456 beläuft sich derzeit auf 1.460,00 €; für die Dauer der Vereinbarung
berechnen wir keine weiteren Zinsen.

Bitte geben Sie bei jeder Zahlung unser Zeichen an.

Mit freundlichen Grüßen
i. A. Holger Ohlendorf
KabelWerk Nordhessen GmbH · Forderungsmanagement
Ständeplatz 9 · 34117 Kassel · Tel. 0561 70 88-0 · Fax 0561 70 88-109
""",
    truth=T("payment_plan_response", "K-2001", "KabelWerk Nordhessen GmbH", "1460.00", "EUR",
            ["KW-FM 2207/Ho", "900123456"], False,
            "Acceptance of 60 € instalments; 'Restforderung … beläuft sich derzeit auf' is the stated balance, "
            "not the rate; contract number in the subject 'Re: Ihr Schreiben – Vertrag …' and in the body; "
            "'Unser Zeichen' with handler's initials is theirs, 'Ihr Zeichen: BR/114/26' the firm's; 'Meyer' + "
            "address separates Klaus from Karin Meier."))

add("ashbury-loans-counter-offer-quoted-en",
    "Ashbury Loans Collections <collections@ashbury-loans.example>",
    "RE: Ms K Meier - Loan ref ASL-77-30418", "2027-02-08 10:05",
    """Dear Ms Roth,

Thank you for your proposal. We cannot agree to £40.00 a month, but we would accept £75.00 a
month for 24 months, after which we would write off whatever remains, provided every payment
is made on time. Please let us know whether your client agrees.

Kind regards,
Nadia Fairbrother
Collections, Ashbury Loans Ltd
Our ref: ASB/COLL/88

-----Original Message-----
From: Ashbury Loans Collections
Sent: 19 January 2027 16:20
Subject: Ms K Meier - Loan ref ASL-77-30418

Dear Ms Roth, the balance on your client's loan (Ms K Meier, DOB 30/09/1982) is £2,480.00.

-----Original Message-----
From: Kanzlei Berger & Roth Schuldnerberatung
Sent: 12 January 2027 09:00
Subject: Ms K Meier - Loan ref ASL-77-30418

Our ref: SB-2027-0044. Our client offers £40.00 per month from March 2027.
""",
    truth=T("payment_plan_response", "K-2002", "Ashbury Loans Ltd", None, None, ["ASL-77-30418", "ASB/COLL/88"],
            False, "Counter-offer (£75 instead of £40); the newest message states no balance, the £2,480.00 is "
            "only in an older quoted creditor message -> null (no review: nothing is missing, it just is not "
            "stated now); 'Ms K Meier' with DOB 30/09/1982 in the quote -> Karin Meier; SB-2027-0044 is the "
            "firm's."))

add("kessler-hausverwaltung-bedingte-zustimmung",
    "Hausverwaltung Kessler & Söhne <mietbuchhaltung@kessler-hv.example>",
    "Ratenzahlungsvorschlag Frau Schulz – Mieterkonto 3-0117-22", "2027-02-08 15:30",
    """Sehr geehrte Damen und Herren,

namens und im Auftrag der Eigentümerin, der Grundstücksgemeinschaft Gartenweg 1-5 GbR,
antworten wir auf Ihren Vorschlag für Frau Sabine Schulz (Mieterkonto 3-0117-22,
Wohnung Gartenweg 3, 2. OG links, 20095 Hamburg).

Der Mietrückstand beträgt insgesamt 2.050,-- Euro. Die Eigentümerin ist mit monatlichen
Raten von 150,-- Euro einverstanden, jedoch nur unter der Bedingung, dass die laufende Miete
ab März 2027 jeweils bis zum dritten Werktag pünktlich gezahlt wird. Gerät Frau Schulz mit
einer Rate oder einer Monatsmiete in Verzug, wird der gesamte Restbetrag sofort fällig.

Unser Zeichen für diese Vereinbarung: HV-K 27-0119

Mit freundlichen Grüßen
Hausverwaltung Kessler & Söhne GmbH
Mietbuchhaltung · Mundsburger Damm 14 · 22087 Hamburg · Tel. 040 22 94 71-0
""",
    cte="8bit",
    truth=T("payment_plan_response", "K-2005", "Grundstücksgemeinschaft Gartenweg 1-5 GbR", "2050.00", "EUR",
            ["3-0117-22", "HV-K 27-0119"], False,
            "Conditional acceptance by the property manager for the owner (creditor is the owner GbR, not the "
            "manager); amount '2.050,-- Euro', the rate 150,-- is not the debt; full first name 'Sabine' "
            "separates her from Thomas Schulz at the same address; house numbers and floor are not references."))

add("saltmarsh-mobile-settlement-accepted-en",
    "Saltmarsh Mobile Debt Recovery <recoveries@saltmarsh-mobile.example>",
    "Settlement offer - Account number 07700 118 452", "2027-02-09 09:40",
    """Dear Ms Roth,

Your reference: BR/131/26
Case ID: SM-DR-44190

Re: Mr P. Wagner, DOB 19/07/1958 - Account number 07700 118 452

We have reviewed your client's circumstances. Although the outstanding balance on this account
is £1,118.40, we are prepared to accept your offer of £450.00 in full and final settlement,
provided that the payment reaches us by 31 March 2027. Once it is received we will close the
account and report it as settled.

Please use the Case ID above as the payment reference. Our bank details are: sort code
20-44-91, account 60771184.

Yours sincerely,
Debt Recovery Team
Saltmarsh Mobile Ltd | 5 Dock Street, Bristol BS1 6QA | VAT GB 318 4471 26
""",
    html="auto",
    truth=T("payment_plan_response", "K-2009", "Saltmarsh Mobile Ltd", "1118.40", "GBP",
            ["SM-DR-44190", "07700 118 452"], False,
            "Acceptance of a full-and-final settlement: the debt is the balance £1,118.40, not the £450.00 "
            "offer; customer account number with a leading zero and spaces (looks like a UK mobile number but "
            "is labelled 'Account number'); the creditor's own sort code/account and VAT are not references; "
            "'Mr P. Wagner' + UK DOB; multipart/alternative."))

add("raiffeisen-hunsrueck-gegenvorschlag-zwei-konten",
    "Raiffeisenbank Hunsrückhöhe eG <sanierung@rb-hunsrueckhoehe.example>",
    "Ihr Vergleichsangebot vom 20.01.2027 / Öztürk, F.", "2027-02-09 14:00",
    """Sehr geehrte Damen und Herren,

Kreditnehmerin: Öztürk, F., geb. 08.08.1980, Duisburg
Darlehenskonto 41 771 208 · Kontokorrent 41 771 200
Ihr Az.: SB-2026-0941

Ihr Angebot einer Einmalzahlung von 1.500,00 EUR können wir nicht annehmen. Wir wären jedoch
bereit, gegen eine Einmalzahlung von 3.000,00 EUR bis zum 30.04.2027 auf die Restforderung
zu verzichten. Die Gesamtforderung aus beiden Konten beläuft sich derzeit auf EUR 7.845,33.

Unser Angebot gilt bis zum 31.03.2027.

Mit freundlichen Grüßen
Raiffeisenbank Hunsrückhöhe eG - Abteilung Kreditsanierung
Hauptstraße 12 · 55487 Sohren · BIC GENODED1RHH · Genossenschaftsregister AG Bad Kreuznach GnR 211
""",
    charset="iso-8859-1",
    truth=T("payment_plan_response", "K-2013", "Raiffeisenbank Hunsrückhöhe eG", "7845.33", "EUR",
            ["41 771 208", "41 771 200"], False,
            "Counter-offer (3.000 instead of 1.500 EUR); two creditor accounts on one line separated by '·'; "
            "total 'EUR 7.845,33'; reversed name with initial 'Öztürk, F.' + DOB; 'Ihr Az.' is the firm's; BIC "
            "and cooperative register number are not references; iso-8859-1 body."))

# ---- rejection (4) -------------------------------------------------------------------------------------------

add("solvo-inkasso-ablehnung-drei-nummern",
    "Solvo Inkasso Sachbearbeitung <team2@solvo-inkasso.example>",
    "Elektro Brandl Online-Shop GmbH ./. Becker, Lukas – F-2026-004471", "2027-02-10 08:20",
    """Sehr geehrte Damen und Herren,

Forderungsnummer: F-2026-004471 · Vorgangsnummer: 88120-B
Bestellnummer der Auftraggeberin: 302-44118

unsere Auftraggeberin, die Elektro Brandl Online-Shop GmbH, lehnt den von Ihnen für Herrn
Lukas Becker, Uniweg 5, 69117 Heidelberg, unterbreiteten Vergleichsvorschlag ab. Einen
Gegenvorschlag werden wir nicht unterbreiten.

Die Gesamtforderung von 689,90 € bleibt in voller Höhe bestehen. Wir werden das gerichtliche
Mahnverfahren einleiten, sofern bis zum 24.02.2027 kein Zahlungseingang festzustellen ist.

Mit freundlichen Grüßen
Solvo Inkasso GmbH
Tel. 0911 477 20-0 · Fax 0911 477 20-20 · AG Nürnberg HRB 38815
Registriert nach § 10 Abs. 1 Nr. 1 RDG (Registrierungsnummer 0114/2019)
""",
    truth=T("rejection", "K-2012", "Elektro Brandl Online-Shop GmbH", "689.90", "EUR",
            ["F-2026-004471", "88120-B", "302-44118"], False,
            "Flat refusal, explicitly without counter-offer; three references on two lines (claim, case with a "
            "letter suffix, the principal's order number); RDG registration number, HRB, phone/fax are not "
            "references; creditor is the principal."))

add("wrenfield-bank-declines-nonclient-en",
    "Wrenfield Bank Customer Support <support@wrenfield-bank.example>",
    "Your proposal for Mr Daniel Whitcombe", "2027-02-10 11:35",
    """Dear Ms Roth,

Account number: 01827761
Claim number: WB-CLM-20931

We have considered the repayment proposal you sent on behalf of Mr Daniel Whitcombe
(DOB 17/04/1981). Having reviewed the information provided, we are unable to accept it and
we will not be making an alternative offer. The account will remain with our recoveries team.

Yours sincerely,
Customer Support
Wrenfield Bank plc, 1 Market Place, Reading RG1 2EQ
Registered in England and Wales no. 02255871 | Telephone 0118 496 0555
""",
    charset="us-ascii", cte="7bit",
    truth=T("rejection", None, "Wrenfield Bank plc", None, None, ["01827761", "WB-CLM-20931"], True,
            "Flat refusal for a person who is not a client -> client_id null, review (no matching client); "
            "account number with a leading zero; no figure stated."))

add("krueger-dahm-ablehnung-autohaus-sternberg",
    "KRÜGER & DAHM Rechtsanwälte <kanzlei@krueger-dahm.example>",
    "Autohaus Sternberg GmbH ./. Yilmaz – Az. 27/0093-KR", "2027-02-11 10:10",
    f"""Sehr geehrte Kolleginnen und Kollegen,

Unser Az.: 27/0093-KR
Ihr Az.: BR/201/26

in Sachen Autohaus Sternberg GmbH gegen Yilmaz, M., geb. 08.03.1985, wegen Kaufvertrag
Nr. AS-KV-2025-1187 (Gebrauchtfahrzeug, Fahrgestell-Nr. WVWZZZ1KZ8W123456) hat unsere
Mandantin Ihren Vorschlag geprüft.

Die Mandantin ist zu einem Teilverzicht nicht bereit. Die Forderung in Höhe von
Euro 12.400,-- ist vollständig auszugleichen. Wir bitten um Verständnis, dass wir
weitere Vergleichsgespräche nicht führen werden.

Mit freundlichen kollegialen Grüßen
Dr. Tobias Krüger
Rechtsanwalt

{SIG_KRUEGER}
""",
    cte="8bit",
    truth=T("rejection", "K-2007", "Autohaus Sternberg GmbH", "12400.00", "EUR", ["27/0093-KR", "AS-KV-2025-1187"],
            False, "Lawyers' definitive refusal; amount 'Euro 12.400,--'; the vehicle identification number is "
            "not a file/contract number; 'Ihr Az.: BR/201/26' is the firm's; Fremdgeldkonto IBAN/BIC, "
            "partnership register and USt-IdNr. excluded; 'Yilmaz, M.' + DOB."))

add("polaris-telecom-decline-amount-only-quoted-en",
    "Polaris Telecom Customer Relations <relations@polaris-telecom.example>",
    "Re: Miss A. Celik - Customer no. PT 00 6619 402", "2027-02-11 16:25",
    """Dear Sir or Madam,

We are sorry, but we are not in a position to accept the reduced settlement you proposed for
Miss A. Celik. We do not intend to make a counter-proposal.

Regards,
Customer Relations, Polaris Telecom GmbH

> On 28 Jan 2027, Polaris Telecom Customer Relations wrote:
> Customer no. PT 00 6619 402, Invoice 2026/11/448120
> The outstanding amount on Miss Celik's account is €906.15.
>
>> On 21 Jan 2027, Kanzlei Berger & Roth Schuldnerberatung wrote:
>> Your ref PT 00 6619 402 / our ref SB-2027-0031 - Ms Aylin Celik, Bahnhofstr. 12, Dortmund
>> We offer €250.00 in full and final settlement.
""",
    charset="utf-8",
    truth=T("rejection", "K-2003", "Polaris Telecom GmbH", None, None, ["PT 00 6619 402", "2026/11/448120"], False,
            "Flat refusal; the only figure €906.15 is in an older quoted creditor message -> null; customer "
            "number with spaces and leading zeros in the subject, invoice number in the quote; 'Miss A. Celik' "
            "(Çelik) confirmed by the firm's quoted message; SB-2027-0031 is the firm's."))

# ---- information_request (5) ---------------------------------------------------------------------------------

add("eastmoor-insurance-authority-needed-en",
    "Eastmoor Insurance Customer Services <customer.services@eastmoor-ins.example>",
    "Policy number EMI/HH/00417723 - third party authority required", "2027-02-12 09:05",
    """Dear Sir or Madam,

Policyholder: Mr Thomas Schulz (date of birth 22-01-1969)
Policy number: EMI/HH/00417723
Customer no.: 88 410 273

Before we can discuss the unpaid premiums on this policy with you, we need your client's
written authority. Please send us:

  - a signed third party authority form (enclosed link: www.eastmoor-ins.example/authority)
  - a copy of his identity card or passport

Once we have received these documents we will send you a full breakdown of the account.

Yours faithfully,
Customer Services
Eastmoor Insurance plc | Registered office 9 Castle Street, Exeter EX4 3PT
Registered in England no. 03118220 | Authorised by the PRA, FRN 202911
""",
    charset="us-ascii", cte="7bit",
    truth=T("information_request", "K-2006", "Eastmoor Insurance plc", None, None,
            ["EMI/HH/00417723", "88 410 273"], False,
            "Asks for authority and ID before anything else, no figure; DOB '22-01-1969' with dashes picks "
            "Thomas (K-2006) over Sabine Schulz; company number and FRN are not references."))

add("ev-kurpfalz-vollmacht-ambiguous-mayer",
    "Energieversorgung Kurpfalz Forderungsmanagement <forderungen@ev-kurpfalz.example>",
    "Ihre Anfrage zu K. Mayer, Köln – Vertragskonto 3000 4471 1188", "2027-02-12 13:15",
    f"""Sehr geehrte Damen und Herren,

Ihr Zeichen: SB-2027-0052
Unser Zeichen: FM-Ku/27-1183

Sie haben uns mitgeteilt, die Interessen von K. Mayer, zuletzt wohnhaft in Köln, zu vertreten.
Unter dem Vertragskonto 3000 4471 1188 (Belieferung einer Zweitwohnung in 68161 Mannheim) ist
eine Forderung aus der Endabrechnung offen.

Bevor wir Ihnen Auskunft erteilen können, benötigen wir eine von der Kundin bzw. dem Kunden
unterzeichnete Vollmacht. Da uns weder der vollständige Vorname noch das Geburtsdatum vorliegen,
bitten wir außerdem um diese Angaben.

Mit freundlichen Grüßen

{SIG_KURPFALZ}
""",
    truth=T("information_request", None, "Energieversorgung Kurpfalz AG", None, None,
            ["FM-Ku/27-1183", "3000 4471 1188"], True,
            "Asks for Vollmacht and identity data; 'K. Mayer, Köln' fits Klaus Meyer (K-2001) and Karin Meier "
            "(K-2002) equally (spelling variant, same initial, both in Köln, no DOB) -> client_id null, review "
            "'ambiguous client match'; the firm's 'Ihr Zeichen' excluded; the Postfach number and postcodes are "
            "not references."))

add("bremer-kreditservice-known-otto-ref-unterlagen",
    "Bremer Kreditservice <akten@bremer-kreditservice.example>",
    "Ihre Anzeige der Vertretung – unser Zeichen BKS-27-00311", "2027-02-15 10:00",
    """Sehr geehrte Damen und Herren,

wir haben Ihre Vertretungsanzeige zu der Forderung erhalten, die wir am 01.11.2026 von der
Otto Payments GmbH erworben haben (dortige Referenz OP 7712 0934). Die Forderung ist
bei uns unter dem Zeichen BKS-27-00311 erfasst.

Um Ihren Vorschlag prüfen zu können, bitten wir um Übersendung
  1. einer aktuellen Vollmacht,
  2. der Einkommensnachweise der letzten drei Monate,
  3. einer Aufstellung der übrigen Gläubiger mit Forderungshöhe.

Nach Eingang der Unterlagen melden wir uns unaufgefordert.

Mit freundlichen Grüßen
Bremer Kreditservice GmbH
Falkenstraße 3 · 28195 Bremen · Telefon 0421 17 66 90 · HRB 30127 HB
""",
    truth=T("information_request", "K-2007", "Bremer Kreditservice GmbH", None, None,
            ["BKS-27-00311", "OP 7712 0934"], False,
            "No debtor name: the client is found only by the known Otto Payments reference OP-77120934 written "
            "'OP 7712 0934'; the buyer (owner after the purchase) asks for Vollmacht, income proofs and a list of "
            "creditors; the original creditor's reference is still a reference; postcode, phone and HRB are "
            "not."))

add("fidelis-card-income-expenditure-en",
    "Fidelis Card Services <hardship@fidelis-card.example>",
    "Mrs M. Hoffmann - card account FCS 4410 0099 1182", "2027-02-15 14:45",
    """Dear Ms Roth,

Card account: FCS 4410 0099 1182
Cardholder: Mrs M. Hoffmann, born 3 March 1962
Your ref: SB-2026-0962

We note that you are assisting our customer. To consider a payment arrangement we need a
completed income and expenditure statement, her last three payslips or pension statements, and
confirmation of any other debts.

For your information, the current balance is €3,118.64. Interest has been frozen for 60 days
from today while we wait for the documents.

Kind regards,
Hardship Team
Fidelis Card Services Ltd, Bedford House, Leicester LE1 6HN
Telephone 0116 496 0140 | Registered in England 07711450
""",
    html="auto",
    truth=T("information_request", "K-2014", "Fidelis Card Services Ltd", "3118.64", "EUR",
            ["FCS 4410 0099 1182"], False,
            "Asks for an income and expenditure statement and payslips, also states the current balance "
            "€3,118.64; card account number with a letter prefix and spaces (not a bank account); initial + "
            "spelled-out DOB; 'Your ref' SB-… is the firm's; multipart/alternative."))

add("kreditwerk-mittelrhein-html-only-selbstauskunft",
    "Kreditwerk Mittelrhein <kreditservice@kreditwerk-mittelrhein.example>",
    "Geschäftszeichen KM/RS-4-2207 – Kreditvertrag 0004471881", "2027-02-16 08:30",
    None,
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Sehr geehrte Damen und Herren,</p>
<p>wir beziehen uns auf Ihr Schreiben vom 09.02.2027 (Ihr Zeichen BR/162/26) zu unserer Kundin</p>
<p style="margin-left:20px"><b>Fischer, Anna-Lena</b><br>geb. am 01.12.1994<br>Schillerplatz 2, 70173 Stuttgart</p>
<table cellpadding="3">
<tr><td>Geschäftszeichen:</td><td>KM/RS-4-2207</td></tr>
<tr><td>Kreditvertrag Nr.:</td><td>0004471881</td></tr>
<tr><td>Kundennummer:</td><td>K 55 12 09</td></tr>
</table>
<p>Für die Prüfung Ihres Vorschlags benötigen wir eine unterschriebene Vollmacht sowie eine
Selbstauskunft Ihrer Mandantin mit Nachweisen zu Einkommen und Unterhaltspflichten. Eine
Forderungsaufstellung übersenden wir nach Eingang der Unterlagen.</p>
<p>Mit freundlichen Grüßen<br>Kreditwerk Mittelrhein AG<br>Kreditservice<br>
Rheinstraße 40 &middot; 56068 Koblenz &middot; Tel. 0261 30 44-0 &middot; HRB 11045 AG Koblenz</p>
</body></html>""",
    html_only=True, charset="utf-8", cte="base64",
    truth=T("information_request", "K-2008", "Kreditwerk Mittelrhein AG", None, None,
            ["KM/RS-4-2207", "0004471881", "K 55 12 09"], False,
            "HTML-only (base64) request for Vollmacht and Selbstauskunft, no figure; three references in a "
            "table, contract number with leading zeros and customer number with spaces; 'Ihr Zeichen BR/162/26' "
            "is the firm's; reversed name with DOB 'geb. am 01.12.1994'."))

# ---- auto_reply (3) ------------------------------------------------------------------------------------------

add("taunus-abwesenheit-header-only",
    "Miriam Kühnel <m.kuehnel@taunus-fk.example>",
    "Abwesend: AZ 3316/27 – Wagner, Peter – Ratenvorschlag", "2027-02-16 09:02",
    """Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 26.02.2027 nicht im Büro.
In dringenden Fällen wenden Sie sich bitte an Herrn Lars Böttcher, Tel. 06126 95 20-14.

Mit freundlichen Grüßen
Miriam Kühnel
Taunus Forderungskauf GmbH
""",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    truth=AUTO("Out-of-office recognisable by the Auto-Submitted header and 'Abwesend:' (the text never says "
               "'automatisch'); the file number, client name and topic in the subject change nothing."))

add("corvus-ticket-ack-text-en",
    "Corvus Credit Management <no-reply@corvus-cm.example>",
    "[#QK-2027-0216-7781] Re: Case ID CCM-5560417 - Mr J. Smith", "2027-02-16 11:41",
    """This is an automatically generated message. Please do not reply.

Thank you for contacting Corvus Credit Management. Your enquiry has been logged under ticket
[#QK-2027-0216-7781] and passed to the relevant team. We aim to respond within 7 working days.

If your client wishes to make a payment, our automated payment line is open 24 hours a day on
0113 496 0800.

Corvus Credit Management Ltd
""",
    charset="us-ascii", cte="7bit",
    truth=AUTO("No auto headers; the text calls itself automatically generated; ticket token QK-2027-0216-7781 is "
               "not a reference; case ID and client in the subject change nothing."))

add("rheintreu-eingangsbestaetigung-x-autoreply",
    "Rheintreu Versicherung Posteingang <posteingang@rheintreu.example>",
    "Eingangsbestätigung zu Versicherungsschein-Nr. 61-443.118-7 (Vorgangs-ID 20270216-118842)",
    "2027-02-16 14:03",
    """Sehr geehrte Damen und Herren,

Ihre Nachricht ist bei uns eingegangen und wurde unter der Vorgangs-ID 20270216-118842
registriert. Diese Bestätigung wird automatisch versandt; bitte antworten Sie nicht darauf.

Wir bearbeiten Ihr Anliegen schnellstmöglich.

Rheintreu Versicherung AG
""",
    headers={"X-Autoreply": "yes", "Precedence": "auto_reply"},
    truth=AUTO("Automatic receipt by X-Autoreply/Precedence headers and the word 'automatisch'; the ticket ID "
               "and the policy number in the subject change nothing."))

# ---- other (4) -----------------------------------------------------------------------------------------------

add("highmoor-assignment-known-barclaycard-ref-en",
    "Highmoor Capital Notices <notices@highmoor-capital.example>",
    "Notice of assignment - original account BC 5512 0099", "2027-02-17 09:20",
    """Dear Sir or Madam,

NOTICE OF ASSIGNMENT

Original creditor: Barclaycard
Original account reference: BC 5512 0099
New owner: Highmoor Capital Ltd
Our ref: HCL/AS/27/0101

We write to inform you that with effect from 15 January 2027 the original creditor has sold and
assigned the above account, together with all rights under it, to Highmoor Capital Ltd.
The balance assigned was €2,744.18. From today, please send all correspondence and any
payments to us, quoting our reference.

Yours faithfully,
Highmoor Capital Ltd
Notices Department, 14 Hanover Square, London W1S 1HP | Company no. 11204773
""",
    charset="utf-8", cte="base64",
    truth=T("other", "K-2011", "Highmoor Capital Ltd", "2744.18", "EUR", ["HCL/AS/27/0101", "BC 5512 0099"], False,
            "Assignment notice (other, even with a balance) by the new owner; no debtor name: the client is "
            "found only by the known Barclaycard reference BC-5512-0099 written 'BC 5512 0099'; the original "
            "creditor's reference is kept; company number excluded."))

add("velo-kontor-ausgeglichen-kd-nr-im-betreff",
    "Velo-Kontor Buchhaltung <buchhaltung@velo-kontor.example>",
    "[Kd-Nr 55 12 09] Ihr Schreiben vom 02.02.2027", "2027-02-17 12:40",
    """Guten Tag Frau Roth,

zu Ihrem Schreiben betreffend Herrn Stefan Koch, Neckarstr. 7, 68159 Mannheim:

Das Kundenkonto 55 12 09 ist seit der Zahlung vom 18.01.2027 ausgeglichen.
Es bestehen keine offenen Forderungen mehr; die Rechnung Nr. VK-2026-3381
(E-Bike-Reparatur) ist vollständig bezahlt. Wir haben das Konto geschlossen.

Viele Grüße
Birgit Laufer
Buchhaltung
Fahrradhaus Velo-Kontor GmbH · Q 7, 12 · 68161 Mannheim · Tel. 0621 15 70 33
""",
    truth=T("other", "K-2015", "Fahrradhaus Velo-Kontor GmbH", "0.00", "EUR", ["55 12 09", "VK-2026-3381"], False,
            "Account settled and closed, nothing owed -> other with '0.00'; customer number in a bracketed "
            "subject tag '[Kd-Nr 55 12 09]' and in the body; the date in the subject and the Mannheim "
            "square address 'Q 7, 12' are not references."))

add("brackley-receipt-namesake-nonclient-en",
    "Gareth Pryce <g.pryce@brackley-mailorder.example>",
    "RE: Ms Maria Hoffmann - Customer no. C-77310", "2027-02-18 10:15",
    """Hello Ms Roth,

Thanks for your letter about Ms Maria Hoffmann (date of birth 14/09/1991, 6 Strandstraße,
Rostock). I've received it and handed it to our credit control team, who will come back to you
with a statement for customer no. C-77310 and invoice INV-0099812 within the next two weeks.

Best wishes,
Gareth Pryce
Customer Service Advisor
Brackley Mail Order Ltd | 0800 048 7712
""",
    charset="utf-8",
    truth=T("other", None, "Brackley Mail Order Ltd", None, None, ["C-77310", "INV-0099812"], True,
            "Receipt confirmation written by a person (not automatic) -> other; the debtor shares the client "
            "Maria Hoffmann's name but DOB 14/09/1991 and Rostock differ from K-2014 (1962, Erfurt) -> not a "
            "client, client_id null, review."))

add("mobilfunk-spree-abtretung-an-kronberg",
    "Mobilfunk Spree Kundenservice <forderungen@mobilfunk-spree.example>",
    "Abtretungsanzeige – Kundenkonto 2.204.118.930", "2027-02-18 15:55",
    """Sehr geehrte Damen und Herren,

in Sachen Ihrer Mandantin O. Petrova, geb. 27.5.1988, Leipziger Str. 40, 10117 Berlin,
teilen wir mit, dass wir die Forderung aus dem Kundenkonto 2.204.118.930 mit Wirkung zum
15.01.2027 an die Kronberg Portfolio GmbH, Frankfurt am Main, verkauft und abgetreten haben.

Der Forderungsbetrag zum Zeitpunkt der Abtretung betrug 1.348,07 €. Die neue Gläubigerin führt
die Angelegenheit unter dem Aktenzeichen KPG-118-2204. Bitte wenden Sie sich künftig
ausschließlich an die Kronberg Portfolio GmbH; Zahlungen an uns sind nicht mehr möglich.

Mit freundlichen Grüßen
Mobilfunk Spree GmbH – Forderungsmanagement
Alt-Moabit 101 · 10559 Berlin · Tel. 030 39 88 41-0 · HRB 199204 B · USt-IdNr. DE 297 114 806
""",
    truth=T("other", "K-2010", "Kronberg Portfolio GmbH", "1348.07", "EUR", ["2.204.118.930", "KPG-118-2204"], False,
            "Assignment notice by the PREVIOUS owner: creditor is the new owner Kronberg Portfolio GmbH; the "
            "amount stated by the previous owner counts; customer account with dots, the new owner's Az.; "
            "initial 'O. Petrova' + DOB without leading zero '27.5.1988'."))


# --------------------------------------------------------------------------------------------------------------
# --check
# --------------------------------------------------------------------------------------------------------------

MIN_INTENTS = {"debt_statement": 8, "payment_plan_response": 4, "rejection": 3, "information_request": 4,
               "auto_reply": 3, "other": 3}


if __name__ == "__main__":
    sys.exit(BATCH.main(sys.argv[1:],
                        earlier=("dev", "dev2"),
                        min_intents=MIN_INTENTS,
                        min_kinds={"text_pdf": 1, "image_pdf": 1, "html_only": 2},
                        refs_per_mail=(1, 4)))
