#!/usr/bin/env python3
"""Deterministic generator of the fifth dev batch (tests/agents_data/dev5/): 30 creditor emails + truth files.

Written without looking at the rules engine: what real creditors write, not what the engine handles.
Focus: reference numbers under many label words (Kundennummer, Vertragskonto, Inkasso-Aktenzeichen, "Hauptforderung
aus Vertrag Nr.", Mieter-Nr., Vorgang:, Beleg:, Kassenzeichen, Geschäftszeichen, Darlehenskonto,
Versicherungsnummer, Beitragskonto, Mitglieds-Nr., Aktennummer, Portfolio-ID; Our reference, Client account, Case
ref, Debt ID, Customer ID, Matter no., Agreement, Policy, File:, Application no., Account No.), on the line after
the label, in two-column letterhead blocks (body and PDF), in the subject only, in a sentence, in a quoted older
creditor message, in the firm's own quoted mail after "Ihr Zeichen" (where it IS the creditor's), in a scan, with
dots/slashes/spaces/lowercase/leading zeros/check letters; original creditor + agency/buyer numbers. Near-misses:
phone/fax/extension, IBAN (one containing the loan account), BIC, sort code, HRB, USt-IdNr., Steuernummer,
Gläubiger-ID, Zählpunkt, meter serial, FCA/FRN/SRA/ICO/company numbers, an RDG registration Az., § numbers, ticket
tokens, the firm's SB-…/BR/… files, PO box, dates, postcodes, order counts. Creditors are new to dev/..dev4/.

Same file format and rendering as dev/..dev4/ (build_dev.py's helpers are imported, nothing there changes).
Run with a python that has fpdf2 and Pillow (kept out of the project's own requirements):

    /tmp/gen-dev2-venv/bin/python tests/agents_data/build_dev5.py          # (re)write dev5/
    /tmp/gen-dev2-venv/bin/python tests/agents_data/build_dev5.py --check  # verify dev5/ against the specs

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

BATCH = Batch("dev5", 500)
MESSAGES, add = BATCH.messages, BATCH.add


# --------------------------------------------------------------------------------------------------------------
# The 30 messages
# --------------------------------------------------------------------------------------------------------------

# ---- debt_statement (10) -------------------------------------------------------------------------------------

add("saalestrom-letterhead-two-column-zaehlpunkt",
    "Saalestrom Versorgung GmbH Forderungsmanagement <forderungsmanagement@saalestrom.example>",
    "Zahlungserinnerung / Forderungsaufstellung Meyer, Klaus", "2027-04-01 08:40",
    """Saalestrom Versorgung GmbH · Postfach 11 04 12 · 06110 Halle (Saale)

Kanzlei Berger & Roth
Ihr Zeichen: SB-2027-0233

Kundennummer        Vertragskonto         Datum
4471-2290           8800 1234 5678        01.04.2027

Betreff: Ihr Mandant Meyer, Klaus, geb. 12.04.78

Sehr geehrte Damen und Herren,

für die Belieferung der Abnahmestelle Lindenstraße 4, 50667 Köln (Zählpunkt
DE0001234567890000000000000447120) bestehen nach Beendigung des Vertrags folgende offene Posten:

  Schlussrechnung vom 15.01.2027                 1.108,42 EUR
  Mahn- und Rücklastschriftkosten                   27,50 EUR
  Verzugszinsen gem. § 288 BGB                     148,25 EUR
  Gesamtbetrag                                   1.284,17 EUR

Wir bitten um Ausgleich bis zum 22.04.2027 unter Angabe der Kundennummer.

Mit freundlichen Grüßen
Saalestrom Versorgung GmbH
Forderungsmanagement · Tel. 0345 581 22-0 · Fax 0345 581 22-99
Amtsgericht Stendal HRB 20417 · USt-IdNr. DE 811 204 471
""",
    charset="iso-8859-1", cte="quoted-printable",
    truth=T("debt_statement", "K-2001", "Saalestrom Versorgung GmbH", "1284.17", "EUR",
            ["4471-2290", "8800 1234 5678"], False,
            "References in a two-column letterhead block: labels 'Kundennummer / Vertragskonto / Datum' on one "
            "line, values on the next; the Zählpunkt (metering point ID, starts 'DE000…') identifies the meter "
            "location, not the claim; 'Ihr Zeichen' SB-… is the firm's; reversed name 'Meyer, Klaus' with "
            "two-digit-year DOB '12.04.78'; total is 'Gesamtbetrag', not a component; § 288 BGB, HRB, USt-IdNr., "
            "phone/fax, Postfach not references; iso-8859-1 quoted-printable."))

add("calder-agency-for-ashdown-ref-next-line-en",
    "Calder Recovery Services <accounts@calder-recovery.example>",
    "Ashdown Home Retail Ltd - outstanding balance - Mr J Smith", "2027-04-01 10:15",
    """Dear Sir/Madam,

Our reference:
CRS/2291/0417
Your ref: SB-2027-0241
Client: Ashdown Home Retail Ltd
Client account: AHR-004471-Z

We are instructed by our client, Ashdown Home Retail Ltd, in respect of the above account held by
Mr John Smith (DOB 10/10/1975). Thank you for confirming that you act for him.

The balance outstanding on the account is £1,936.55. This comprises the unpaid credit balance of
£1,742.05, default charges of £120.00 and statutory interest of £74.50.

Please let us have your client's proposals within 14 days. Payments may be made to sort code
20-44-71, account 90881204, quoting our reference.

Yours faithfully

Helen Ward
Collections Officer
Calder Recovery Services Ltd
Registered office: 3 Mill Yard, Halifax HX1 2RT | Company no. 09331720 | tel. 01422 496 010
""",
    truth=T("debt_statement", "K-2011", "Ashdown Home Retail Ltd", "1936.55", "GBP",
            ["CRS/2291/0417", "AHR-004471-Z"], False,
            "Collection agency writes for the owner ('Client: Ashdown Home Retail Ltd'); the agency's reference "
            "stands on the line AFTER 'Our reference:'; 'Client account' is the owner's account number with a "
            "trailing check letter; total vs components (credit balance, charges, interest); 'Your ref' SB-… is "
            "the firm's; sort code/bank account, company number, phone, postcode not references."))

add("falkenstein-inkasso-aktenzeichen-hauptforderung-vertrag",
    "Inkassobüro Falkenstein GmbH <akten@falkenstein-inkasso.example>",
    "Forderungsaufstellung Inkasso-Aktenzeichen IF 27/04471-3", "2027-04-01 13:30",
    """Sehr geehrte Damen und Herren,

Inkasso-Aktenzeichen: IF 27/04471-3
Auftraggeber: Modeversand Kranich GmbH, Bielefeld
Hauptforderung aus Vertrag Nr. 0007718824 vom 12.09.2026
Schuldnerin: Fatma Oeztuerk, geb. 08.08.1980, Marktstr. 9, 47051 Duisburg

wir danken für Ihre Mitteilung, dass Sie die Schuldnerin vertreten. Die Forderung unserer
Auftraggeberin setzt sich wie folgt zusammen:

Hauptforderung                                      486,90 EUR
Zinsen (5 %-Punkte über Basiszins, § 288 Abs. 1 BGB)  21,14 EUR
Inkassovergütung                                    108,00 EUR
Auskunftskosten                                       3,20 EUR
-------------------------------------------------------------
Gesamtforderung                                     619,24 EUR

Wir bitten um Zahlung auf IBAN DE44 3704 0044 0532 0130 00, Verwendungszweck IF 27/04471-3.

Mit freundlichen Grüßen
Inkassobüro Falkenstein GmbH
Registriert nach § 10 Abs. 1 Nr. 1 RDG beim Landgericht Bielefeld, Az. 3712 E-1.118/19
Amtsgericht Bielefeld HRB 44120 · Tel. 0521 770 44-0
""",
    cte="base64",
    truth=T("debt_statement", "K-2013", "Modeversand Kranich GmbH", "619.24", "EUR",
            ["IF 27/04471-3", "0007718824"], False,
            "Collection agency for the owner ('Auftraggeber'); 'Inkasso-Aktenzeichen' with space and slash and the "
            "original contract number after 'Hauptforderung aus Vertrag Nr.' (leading zeros) are references; the "
            "'Az.' in the signature is the Landgericht's RDG registration of the agency, not a claim reference; "
            "IBAN, HRB, § numbers, phone not references; 'Oeztuerk' transliteration + DOB; total line after a "
            "dashed rule; base64 body."))

add("nordwelle-html-invoice-table-check-letter",
    "Nordwelle Telekommunikation <rechnung@nordwelle-tk.example>",
    "Offene Rechnungen Kundennummer 558 120 447 K", "2027-04-02 09:05",
    None,
    html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrte Damen und Herren,</p>
<p>Kundennummer: <b>558 120 447 K</b><br>
Rufnummer des Vertrags: 0176 4471 2290<br>
Kunde: Herr Mehmet Yilmaz, Hafenstraße 20, 28195 Bremen</p>
<p>zu Ihrer Anfrage teilen wir mit, dass folgende Rechnungen unseres Kunden offen sind:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Rechnungsnummer</th><th>Datum</th><th>Leistung</th><th>Menge</th><th>Betrag</th></tr>
<tr><td>R-2027-004471</td><td>01.01.2027</td><td>Mobilfunk Tarif Welle M</td><td>1</td><td>39,99 &euro;</td></tr>
<tr><td>R-2027-005502</td><td>01.02.2027</td><td>Mobilfunk Tarif Welle M, Zusatz-SIM</td><td>2</td><td>42,50 &euro;</td></tr>
<tr><td>&ndash;</td><td>&ndash;</td><td>Rücklastschriftgebühren</td><td>2</td><td>7,00 &euro;</td></tr>
<tr><td colspan="4"><b>Offener Gesamtbetrag</b></td><td><b>89,49 &euro;</b></td></tr>
</table>
<p>Der Vertrag wurde zum 28.02.2027 außerordentlich gekündigt. Bitte überweisen Sie den offenen
Gesamtbetrag unter Angabe der Kundennummer.</p>
<p>Mit freundlichen Grüßen<br>
Ihr Forderungsmanagement<br>
Nordwelle Telekommunikation GmbH &middot; Amtsgericht Kiel HRB 22041 KI &middot; Hotline 0800 204 4710</p>
</body></html>""",
    html_only=True,
    truth=T("debt_statement", "K-2007", "Nordwelle Telekommunikation GmbH", "89.49", "EUR",
            ["558 120 447 K", "R-2027-004471", "R-2027-005502"], False,
            "HTML-only invoice table: customer number space-grouped with a trailing check letter (also in the "
            "subject), two invoice numbers in table cells; the contract's mobile number is not a reference; "
            "quantity column and dates are not; total is the 'Offener Gesamtbetrag' row; 'Yilmaz' without "
            "dotless ı; HRB and hotline not references."))

add("greystone-utilities-pdf-only-figures-en",
    "Greystone Utilities Billing <billing@greystone-utilities.example>",
    "Statement of account - Ms O Petrova", "2027-04-02 11:45",
    """Dear Sir or Madam,

Your reference: BR/047/27

As requested, please find attached a statement of account for our former customer Ms Olga
Petrova, date of birth 27/05/1988. All figures and account details are shown on the statement.

If you have any questions, please call 0330 088 4471 (Mon-Fri 8am-6pm).

Kind regards
Billing Team
Greystone Utilities Ltd, 40 Wharf Road, Bristol BS1 4QF
""",
    charset="us-ascii", cte="7bit",
    pdfs=[text_pdf("Greystone_statement_0204.pdf", "Greystone Utilities Ltd - Statement of account",
                   ["Customer ID: GUL-448120              Statement date: 02/04/2027",
                    "Account No.: 7712 0098 33             Ms Olga Petrova",
                    "Supply address (previous): Flat 2, 18 Cotham Hill, Bristol BS6 6LA", ""],
                   table=[("Balance brought forward", "GBP 402.18"),
                          ("Final bill 14/03/2027", "GBP 233.40"),
                          ("Payments received", "GBP -100.00"),
                          ("Amount now due", "GBP 535.58")],
                   after=["Meter serial G4A 0011 2290 - not needed for payment",
                          "Greystone Utilities Ltd | Registered in England no. 05512044 | VAT GB 812 4471 09"])],
    truth=T("debt_statement", "K-2010", "Greystone Utilities Ltd", "535.58", "GBP",
            ["GUL-448120", "7712 0098 33"], False,
            "All figures and both references only in the text PDF header block ('Customer ID', 'Account No.' "
            "sharing lines with a date and the name); the total is 'Amount now due', not the brought-forward or "
            "final-bill line; client identified by name + DOB 27/05/1988 only (PDF shows an old UK address); meter "
            "serial, company/VAT numbers, phone and 'Your reference' BR/… are not references."))

add("pfeiffer-kollegen-scan-forderungsaufstellung",
    "Kanzlei Dr. Pfeiffer & Kollegen <sekretariat@pfeiffer-kollegen.example>",
    "Forderungssache Sanitätshaus Lindner KG ./. Koch", "2027-04-02 15:20",
    """Sehr geehrte Damen und Herren,

in obiger Angelegenheit übersenden wir anliegend die aktuelle Forderungsaufstellung als Scan.
Unser Aktenzeichen entnehmen Sie bitte dem Schreiben.

Mit freundlichen Grüßen
i. A. Schneider, Rechtsanwaltsfachangestellte
Kanzlei Dr. Pfeiffer & Kollegen, Rechtsanwälte
Tel. 0621 440 77-0 · Fax 0621 440 77-20
""",
    pdfs=[image_pdf("Scan_2027-04-02_0912.pdf",
                    ["Dr. Pfeiffer & Kollegen - Rechtsanwälte - Mannheim",
                     "",
                     "Unser Az.: 112/27 PF07        Ihr Zeichen: SB-2027-0250",
                     "",
                     "Sanitätshaus Lindner KG ./. Stefan Koch, geb. 11.11.77",
                     "Rechnung Nr. 2026-1187 vom 04.10.2026",
                     "(Elektrorollstuhl, Eigenanteil)",
                     "",
                     "Hauptforderung                1.450,00 EUR",
                     "Zinsen bis 31.03.2027            52,31 EUR",
                     "Geschäftsgebühr Nr. 2300 VV RVG  159,94 EUR",
                     "Auslagenpauschale Nr. 7002 VV    20,00 EUR",
                     "----------------------------------------",
                     "Gesamtforderung               1.682,25 EUR"])],
    truth=T("debt_statement", "K-2015", "Sanitätshaus Lindner KG", "1682.25", "EUR",
            ["112/27 PF07", "2026-1187"], True,
            "Creditor's lawyer; creditor only in the subject ('Sanitätshaus Lindner KG ./. Koch'); references, "
            "client DOB and total only in an image-only scan (review); lawyer's Az. with a space before a letter "
            "suffix and the creditor's invoice number; 'Ihr Zeichen' SB-… is the firm's; RVG fee numbers not "
            "references."))

add("marlowe-thread-newest-figure-quoted-debt-id-en",
    "Marlowe Catalogue Credit <customer.finance@marlowe-catalogue.example>",
    "RE: Ms Aylin Celik - balance query", "2027-04-05 10:02",
    """Dear Ms Roth,

Case ref: 44/7120/AC

Further to our email below, the interest freeze has now been applied and the balance has been
recalculated. The amount now outstanding is £1,204.60. No further interest or charges will be
added while your client is in your debt management programme.

Kind regards
Tom Barker
Customer Finance, Marlowe Catalogue Credit Ltd

From: Marlowe Catalogue Credit <customer.finance@marlowe-catalogue.example>
Sent: 22 March 2027 11:02
To: Kanzlei Berger & Roth
Subject: Ms Aylin Celik - balance query

Dear Sir or Madam,

Debt ID: MCC-0093-4471
Your ref: BR/052/27

We can confirm Ms Celik (born 03.11.1990) has an outstanding balance of £1,289.15 on her
shopping account. Please quote the Debt ID above on all correspondence.

Kind regards
Customer Finance Team
""",
    truth=T("debt_statement", "K-2003", "Marlowe Catalogue Credit Ltd", "1204.60", "GBP",
            ["44/7120/AC", "MCC-0093-4471"], False,
            "Reply thread: the newest creditor message's figure (£1,204.60) wins over the quoted older £1,289.15; "
            "the Debt ID appears only in the quoted older creditor message and still counts; 'Case ref' with "
            "slashes and letters; 'Your ref' BR/… is the firm's; 'Celik' without cedilla, DOB in quoted part."))

add("wbg-unstrut-mieternummer-dots-vorgang",
    "Wohnungsbaugesellschaft Unstrut mbH <mietbuchhaltung@wbg-unstrut.example>",
    "Mietrückstand / Betriebskostennachforderung – Hoffmann, Maria", "2027-04-05 13:50",
    """Sehr geehrte Damen und Herren,

Mieter-Nr.       Vorgang:         Sachbearbeiterin
0412.03.017      MR-27/118        Frau Kühn, App. 214

Mietobjekt: Domplatz 1, 99084 Erfurt, Wohnung 3, 2. OG links
Mieterin: Frau Maria Hoffmann, geb. 03.03.1962

wir bestätigen den Eingang Ihrer Vollmacht. Zum heutigen Tag bestehen folgende Rückstände:

Mieten Dezember 2026 bis März 2027 (4 x 612,00 EUR)     2.448,00 EUR
Betriebskostennachforderung 2025                          318,76 EUR
abzüglich Zahlung vom 10.02.2027                         -620,76 EUR
Rückstand insgesamt                                     2.146,00 EUR

Wir weisen darauf hin, dass bei einem Rückstand von mehr als zwei Monatsmieten eine fristlose
Kündigung nach § 543 Abs. 2 Nr. 3 BGB möglich ist. Um Zahlung bis 20.04.2027 wird gebeten.

Mit freundlichen Grüßen
Kühn
Wohnungsbaugesellschaft Unstrut mbH
Tel. 0361 550 41-214 · Amtsgericht Jena HRB 104412
""",
    truth=T("debt_statement", "K-2014", "Wohnungsbaugesellschaft Unstrut mbH", "2146.00", "EUR",
            ["0412.03.017", "MR-27/118"], False,
            "Three-column block (labels over values): tenant number with dots and leading zero and 'Vorgang:' "
            "number; the third column is a clerk's name with phone extension 'App. 214' (not a reference); "
            "'Wohnung 3, 2. OG' and monthly rent/quantity are not references; total 'Rückstand insgesamt' after a "
            "deduction line; § 543 BGB, HRB, phone not references."))

add("wexford-mutual-policy-lowercase-nonclient-en",
    "Wexford Mutual Insurance <premiums@wexford-mutual.example>",
    "Premium arrears - policy pol-88120-hx", "2027-04-05 16:10",
    """Dear Sir or Madam,

Policy: pol-88120-hx
Policyholder: Mrs Gemma Thorne, 7 Abbey Close, Norwich NR1 3QT
Your ref: SB-2027-0262

We refer to your letter of 29 March 2027. Premiums for the home contents policy above have not
been paid since November 2026 and the policy was cancelled on 28 February 2027 for non-payment.

The total amount due is £ 318.44 (arrears of £ 296.44 plus a cancellation fee of £ 22.00).

Please note that our FCA firm reference number 204471 and our company number 01187220 should not
be used as a payment reference. Please quote the policy number only.

Yours faithfully
Premium Collections
Wexford Mutual Insurance plc
""",
    charset="iso-8859-1", cte="quoted-printable",
    truth=T("debt_statement", None, "Wexford Mutual Insurance plc", "318.44", "GBP", ["pol-88120-hx"], True,
            "Policyholder Gemma Thorne is not a client (client_id null, review); lowercase policy number with "
            "letters, also in the subject; the 'FCA firm reference number' contains the word 'reference' but is a "
            "regulator register number; company number not a reference; 'total amount due' vs arrears and fee "
            "components; '£ 318.44' with a space; iso-8859-1 quoted-printable (£ as 0xA3)."))

add("pvs-mittelhessen-components-only-beleg",
    "Privatärztliche Verrechnungsstelle Mittelhessen <mahnwesen@pvs-mittelhessen.example>",
    "2. Mahnung Rechnungsnummer 27-00418/UK", "2027-04-06 08:30",
    """Sehr geehrte Damen und Herren,

im Auftrag von Zahnarztpraxis Dr. Ulrike Kessler, Gießen, machen wir folgende Forderung geltend:

Patientin: Meier, Karin (geb. 30.09.1982), Ringstr. 8, 50672 Köln
Rechnungsnummer: 27-00418/UK
Beleg: 5512-0099-3
Leistungszeitraum: 12.10.2026 - 03.12.2026

Rechnungsbetrag laut GOZ:              612,40 EUR
Mahngebühren:                            5,00 EUR
Verzugszinsen (§ 288 BGB):              11,80 EUR

Den Zahlbetrag entnehmen Sie bitte dem beigefügten Überweisungsträger. Wir bitten um Ausgleich bis
zum 30.04.2027; danach geben wir die Forderung ohne weitere Ankündigung in das gerichtliche
Mahnverfahren.

Mit freundlichen Grüßen
PVS Mittelhessen GmbH · Abteilung Mahnwesen
Tel. 0641 940 12-0 · Gläubiger-ID DE71ZZZ00000447120
""",
    truth=T("debt_statement", "K-2002", "Zahnarztpraxis Dr. Ulrike Kessler", None, None,
            ["27-00418/UK", "5512-0099-3"], True,
            "Billing office writes 'im Auftrag von' the dentist, who owns the claim; only components (invoice, "
            "dunning fee, interest) are listed and the total is said to be on a remittance slip that is not "
            "attached: total not stated (null, review); invoice number with slash and letters, 'Beleg:' number; "
            "reversed name 'Meier, Karin' + DOB (not Klaus Meyer); Gläubiger-ID, phone, § 288 BGB not references."))

# ---- payment_plan_response (5) -------------------------------------------------------------------------------

add("vb-uckermark-darlehenskonto-iban-contains-account",
    "Vereinsbank Uckermark eG Sanierung <sanierung@vb-uckermark.example>",
    "Ihr Ratenzahlungsangebot – Darlehenskonto 0044 712 098-01", "2027-04-06 10:40",
    """Sehr geehrte Frau Roth,

Unser Zeichen: 3310-27-0118
Ihr Zeichen: BR/061/27

betreffend Herrn Th. Schulz, geb. 22.1.69, Gartenweg 3, 20095 Hamburg
Darlehenskonto 0044 712 098-01

wir nehmen Ihr Angebot vom 18.03.2027 an. Ihr Mandant zahlt ab dem 01.05.2027 monatlich
150,00 EUR auf das Darlehenskonto. Der Gesamtsaldo beläuft sich derzeit auf 6.480,12 EUR. Wir
stellen weitere Beitreibungsmaßnahmen zurück, solange die Raten pünktlich eingehen.

Bitte verwenden Sie für die Zahlungen die IBAN DE91 1505 0500 0044 7120 98
(BIC NOLADE21UMV).

Mit freundlichen Grüßen
Vereinsbank Uckermark eG
Abteilung Sanierung · Tel. 03984 71-2290
""",
    cte="base64",
    truth=T("payment_plan_response", "K-2006", "Vereinsbank Uckermark eG", "6480.12", "EUR",
            ["3310-27-0118", "0044 712 098-01"], False,
            "Acceptance of instalments; bank's 'Unser Zeichen' and the loan account (odd grouping, leading zeros, "
            "'-01' sub-account, also in the subject); the IBAN contains the loan account digits but is not a "
            "reference; BIC, phone not references; 'Ihr Zeichen' BR/… is the firm's; 'Th. Schulz' + DOB "
            "'22.1.69' = Thomas, not Sabine; the 150,00 EUR rate is the firm's offer, total is the Gesamtsaldo; "
            "base64 body."))

add("ironbridge-for-cavendale-three-column-refs-en",
    "Ironbridge Collections <offers@ironbridge-collections.example>",
    "Re: Payment proposal - L Becker", "2027-04-06 14:25",
    """Dear Sirs,

Our Ref            Client Ref         Your Ref
IBC-557120         CP/88/2041         SB-2027-0270

We act for Cavendale Portfolio Ltd, the current owner of the debt, which was assigned to them by
Larkspur Mobile Ltd (original account number LM 0093 4471 20).

Re: Mr Lukas Becker, DOB 14 Feb 1999

Our client has considered your offer of £25 per month but cannot accept it. They would accept
£60 per month, or a full and final settlement of £1,150.00 if paid by 31 May 2027. The current
balance is £1,642.08.

Yours faithfully
Ironbridge Collections Ltd
Tel. 0121 496 0412 | Company no. 10293384 | Authorised and regulated by the FCA (FRN 733120)
""",
    truth=T("payment_plan_response", "K-2012", "Cavendale Portfolio Ltd", "1642.08", "GBP",
            ["IBC-557120", "CP/88/2041", "LM 0093 4471 20"], False,
            "Counter-offer (£60 vs £25) by an agency for the debt buyer (owner); three-column header 'Our Ref / "
            "Client Ref / Your Ref' where the third column is the firm's SB-…; the original creditor's account "
            "number in a sentence; debt is the current balance, not the £1,150.00 settlement figure; DOB "
            "'14 Feb 1999'; FRN, company number, phone not references."))

add("kabel-funk-westerwald-thread-ihr-zeichen-is-creditor",
    "Kabel & Funk Westerwald GmbH <forderungen@kfw-kabel.example>",
    "AW: Forderungskonto 7781-004-12 / Ratenvorschlag", "2027-04-07 09:10",
    """Sehr geehrte Damen und Herren,

wir können Ihrem Vorschlag zustimmen, wenn die monatliche Rate auf 60,00 EUR statt der angebotenen
40,00 EUR festgesetzt wird. Nach Verrechnung der Gutschrift aus der Endabrechnung beträgt die
Restforderung aktuell 933,50 EUR.

Bitte bestätigen Sie uns die Vereinbarung bis zum 20.04.2027.

Mit freundlichen Grüßen
Forderungsmanagement
Kabel & Funk Westerwald GmbH

> -----Ursprüngliche Nachricht-----
> Von: Kanzlei Berger & Roth <posteingang@kanzlei-schuldnerberatung.example>
> Datum: 24.03.2027 09:12
> Betreff: Forderungskonto 7781-004-12 / Ratenvorschlag
>
> Ihr Zeichen: 7781-004-12
> Unser Zeichen: SB-2027-0281
>
> Für unseren Mandanten Jürgen Strauß-Köhler, Am Markt 1, 80331 München, bieten wir
> auf die offene Forderung von 1.012,00 EUR monatliche Raten von 40,00 EUR an.
""",
    truth=T("payment_plan_response", "K-2004", "Kabel & Funk Westerwald GmbH", "933.50", "EUR",
            ["7781-004-12"], False,
            "Counter-offer (60 vs 40 EUR); the creditor's number appears only in the subject and in the firm's "
            "own quoted mail after 'Ihr Zeichen' - there it IS the creditor's number, while 'Unser Zeichen' SB-… "
            "is the firm's; newest creditor figure 'Restforderung aktuell 933,50 EUR' wins over 1.012,00 EUR in "
            "the firm's quoted mail; client only in the quoted part; '&' in the creditor name."))

add("penrose-gale-for-thornbury-matter-agreement-en",
    "Penrose Gale LLP <recoveries@penrosegale.example>",
    "Thornbury Motor Finance Ltd v Fischer - acceptance of proposal", "2027-04-07 12:00",
    """Dear Sirs

Matter no.: PG/TMF/7712
Agreement: 0099-11820-4471
Your Ref: BR/066/27

We act for Thornbury Motor Finance Ltd in relation to the hire purchase agreement with
Ms A-L Fischer of Schillerplatz 2, 70173 Stuttgart (formerly of Reading).

Our client accepts your client's proposal of £120 per month commencing 1 May 2027, on the
basis that the balance of £4,210.00 is repaid in full. Should two instalments be missed, our
client reserves the right to resume recovery action without further notice.

Please ensure payments quote the agreement number, not our matter number.

Yours faithfully
Penrose Gale LLP
Solicitors | SRA no. 612044 | tel. 0118 496 0771
""",
    html="auto",
    truth=T("payment_plan_response", "K-2008", "Thornbury Motor Finance Ltd", "4210.00", "GBP",
            ["PG/TMF/7712", "0099-11820-4471"], False,
            "Solicitors accept for their client (owner named in the subject and body); 'Matter no.' and bare "
            "'Agreement:' labels - both references even though payments should quote only the agreement; "
            "'A-L Fischer' initials for Anna-Lena; SRA number and phone not references; 'Your Ref' BR/… is the "
            "firm's; multipart/alternative."))

add("weser-ems-kv-versicherungsnummer-latin1-base64",
    "Weser-Ems Krankenversicherung a.G. <beitragsservice@weser-ems-kv.example>",
    "Beitragsrückstand Versicherungsnummer KV 4471/0093-b", "2027-04-07 15:35",
    """Sehr geehrte Damen und Herren,

Versicherungsnummer: KV 4471/0093-b
Beitragskonto: 220 118 004
Versicherter: Herr Peter Wagner, geboren am 19. Juli 1958
Ihr Aktenzeichen: SB-2027-0288

wir haben Ihren Vorschlag zur Tilgung des Beitragsrückstands geprüft. Einer Ratenzahlung von
monatlich 80,00 EUR stimmen wir unter der Bedingung zu, dass die laufenden Beiträge ab Mai 2027
pünktlich gezahlt werden. Der Beitragsrückstand beträgt insgesamt 1.918,36 EUR
(einschließlich Säumniszuschlägen).

Bis zum Ausgleich ruhen die Leistungen gemäß § 193 Abs. 6 VVG; Notfallbehandlungen bleiben
gewährleistet.

Mit freundlichen Grüßen
Weser-Ems Krankenversicherung a.G.
Beitragsservice · Tel. 0441 880 44-0 · BaFin-Reg.-Nr. 4471
""",
    charset="iso-8859-1", cte="base64",
    truth=T("payment_plan_response", "K-2009", "Weser-Ems Krankenversicherung a.G.", "1918.36", "EUR",
            ["KV 4471/0093-b", "220 118 004"], False,
            "Conditional acceptance; insurance number with space, slash and lowercase check letter (also in the "
            "subject) and a space-grouped premium account; 'Ihr Aktenzeichen' SB-… is the firm's; DOB written "
            "'19. Juli 1958'; § 193 VVG and the BaFin register number are not references; iso-8859-1 base64."))

# ---- rejection (4) -------------------------------------------------------------------------------------------

add("kso-inkasso-aktennummer-rechnung-bachmann",
    "Kreditschutz Oberrhein Inkasso GmbH <sachbearbeitung@kso-inkasso.example>",
    "Ablehnung Vergleichsvorschlag – Akte 27-118204-KB", "2027-04-08 08:50",
    """Sehr geehrte Damen und Herren,

Aktennummer: 27-118204-KB
Gläubigerin: Küchenstudio Bachmann GmbH, Offenburg (Rechnung Nr. KB-2026-0771)
Schuldnerin: Sabine Schulz, geb. 15.06.1971, Gartenweg 3, 20095 Hamburg
Ihr Zeichen: SB-2027-0295

unsere Auftraggeberin hat Ihren Vergleichsvorschlag über 900,00 EUR geprüft und lehnt ihn ab.
Ein Gegenangebot wird nicht unterbreitet. Die Gesamtforderung von 3.004,90 EUR ist bis zum
30.04.2027 zu begleichen; andernfalls beantragen wir den Erlass eines Mahnbescheids.

Mit freundlichen Grüßen
Kreditschutz Oberrhein Inkasso GmbH
Tel. 0781 920 33-0 · Fax 0781 920 33-9 · USt-IdNr. DE 812 204 471
""",
    truth=T("rejection", "K-2005", "Küchenstudio Bachmann GmbH", "3004.90", "EUR",
            ["27-118204-KB", "KB-2026-0771"], False,
            "Agency refuses for the owner ('Gläubigerin'); agency 'Aktennummer' (subject says 'Akte') and the "
            "owner's invoice number in brackets after the creditor's name; Sabine (not Thomas) Schulz by first "
            "name + DOB at the shared address; 900,00 EUR is the firm's offer; USt-IdNr., phone/fax not "
            "references."))

add("harwood-bs-file-subject-account-next-line-en",
    "Harwood Building Society <arrears@harwood-bs.example>",
    "Mr John Smith - File: HB/MTG/00412 - proposal", "2027-04-08 11:30",
    """Dear Ms Roth,

Thank you for your letter of 30 March 2027 regarding our borrower Mr John Smith, born 10.10.1975.

Mortgage account number
8801 4471 2209

We have carefully considered the proposed reduced payments. As the property has been sold and the
shortfall debt is now unsecured, the Society is not able to agree to the proposal and will not
consider a reduced settlement. The shortfall balance of £8,115.70 remains payable in full.

Yours sincerely

Arrears Support Team
Harwood Building Society
Head office: 1 Market Street, Harrogate HG1 1AA | Tel. 01423 496 440 | FRN 106044
""",
    charset="iso-8859-1", cte="quoted-printable",
    truth=T("rejection", "K-2011", "Harwood Building Society", "8115.70", "GBP",
            ["HB/MTG/00412", "8801 4471 2209"], False,
            "Flat refusal; the file number only in the subject after 'File:', the mortgage account number on the "
            "line after a label without colon; DOB in German format in an English mail; FRN, phone, postcode not "
            "references."))

add("stadtkasse-kassenzeichen-geschaeftszeichen",
    "Stadtkasse Bad Wiesental <stadtkasse@bad-wiesental.example>",
    "Stundungsantrag / Ratenzahlung – Kassenzeichen 5.1120.004471.7", "2027-04-08 14:05",
    """Stadt Bad Wiesental · Der Bürgermeister · Stadtkasse
Geschäftszeichen: 20.3-7712/26
Kassenzeichen: 5.1120.004471.7

Sehr geehrte Damen und Herren,

Ihren Antrag vom 15.03.2027 auf Ratenzahlung der Abwassergebühren Ihrer Mandantin
Celik, Aylin (geb. 03.11.1990), jetzt wohnhaft Bahnhofstr. 12, 44135 Dortmund, für die frühere
Wohnung Talweg 4 lehne ich ab. Eine Stundung nach § 222 AO kommt nicht in Betracht, da bereits
zwei Vollstreckungsversuche erfolglos geblieben sind.

Der Rückstand beträgt insgesamt 742,30 EUR einschließlich Säumniszuschlägen. Die Vollstreckung
wird fortgesetzt.

Im Auftrag
Brenner

Stadt Bad Wiesental, Stadtkasse, Rathausplatz 1
Bankverbindung: IBAN DE62 6835 0048 0001 1204 47 · Steuernummer 11/052/04471
""",
    truth=T("rejection", "K-2003", "Stadt Bad Wiesental", "742.30", "EUR",
            ["20.3-7712/26", "5.1120.004471.7"], False,
            "Municipal creditor: 'Geschäftszeichen' (file number with dots, dash, slash) and 'Kassenzeichen' "
            "(dot-separated, also in the subject) are both references; IBAN and Steuernummer not; § 222 AO not; "
            "reversed name 'Celik, Aylin' without cedilla + DOB; creditor is the town (Stadtkasse is its "
            "cash office)."))

add("quayside-paylater-customer-debt-id-nonclient-en",
    "Quayside Pay Later <collections@quayside-paylater.example>",
    "Your letter about Ms P. Raman", "2027-04-09 09:15",
    """Hi,

Thanks for your letter about our customer Ms Priya Raman (Customer ID cust-00471208).

We've reviewed the proposal and we're unable to accept it. We don't offer reduced settlements on
pay-later balances and we won't be making a counter-offer. The full balance of £264.99 is still
due and will be collected as normal.

Debt ID: D-2291-77
Orders: 3 (placed between 02/12/2026 and 19/12/2026)

Thanks,
The Collections Team
Quayside Pay Later Ltd · Registered in Scotland SC604471
""",
    cte="base64",
    truth=T("rejection", None, "Quayside Pay Later Ltd", "264.99", "GBP", ["cust-00471208", "D-2291-77"], True,
            "Informal refusal with no counter-offer; Priya Raman is not a client (null, review); lowercase "
            "customer ID in brackets and a 'Debt ID' below the text; order count/dates and the Scottish company "
            "number are not references; base64 body."))

# ---- information_request (4) ---------------------------------------------------------------------------------

add("sportwerk-ilmenau-mitglieds-nr-sentence",
    "Sportwerk Ilmenau Mitgliederverwaltung <verwaltung@sportwerk-ilmenau.example>",
    "Anfrage Ihrer Kanzlei – Fischer, Anna Lena", "2027-04-09 11:40",
    """Guten Tag,

vielen Dank für Ihr Schreiben. Bevor wir Ihnen Auskünfte zum Vertrag von Frau Anna Lena Fischer
(geb. 1994-12-01) geben dürfen, benötigen wir eine Vollmacht Ihrer Mandantin und eine Kopie ihres
Personalausweises (Vorder- und Rückseite).

Ihre Mitglieds-Nr. bei uns lautet 0093-4471; der Vertrag läuft unter der Vertragsnummer
SW-IL/2025/1187. Bitte geben Sie beide Nummern bei Ihrer Antwort an.

Mit sportlichen Grüßen
Sportwerk Ilmenau GmbH
Am Ehrenberg 3, 98693 Ilmenau · Tel. 03677 88 44 71
""",
    truth=T("information_request", "K-2008", "Sportwerk Ilmenau GmbH", None, None,
            ["0093-4471", "SW-IL/2025/1187"], False,
            "Asks for power of attorney and ID first, no amount; both numbers only inside sentences ('Ihre "
            "Mitglieds-Nr. bei uns lautet …', 'läuft unter der Vertragsnummer …'); 'Anna Lena' without hyphen, "
            "ISO DOB; phone with spaced digit pairs and postcode not references."))

add("bramwell-loans-application-no-en",
    "Bramwell Personal Loans <customer.support@bramwell-loans.example>",
    "Information required - loan account BPL-LN-0412277", "2027-04-09 14:20",
    """Dear Sir/Madam,

Your ref: SB-2027-0301
Application no.: APP 2026 118 04

We have received your request regarding Mr T. Schulz of Gartenweg 3, 20095 Hamburg (date of
birth 22/01/1969). Before we can set up a payment arrangement, we need:

 - a signed letter of authority from Mr Schulz
 - a completed income and expenditure form
 - proof of identity (passport or ID card)

For reference, the balance on the loan account is currently £3,300.00.

Kind regards
Customer Support
Bramwell Personal Loans Ltd | 0800 496 0187 | ICO reg. ZA447120
""",
    truth=T("information_request", "K-2006", "Bramwell Personal Loans Ltd", "3300.00", "GBP",
            ["BPL-LN-0412277", "APP 2026 118 04"], False,
            "Asks for authority, I&E and ID, also states the balance; loan account number only in the subject; "
            "space-grouped application number; 'For reference,' is a phrase, not a label; 'Mr T. Schulz' + DOB = "
            "Thomas; ICO registration, phone not references; 'Your ref' SB-… is the firm's."))

add("elster-tzk-pdf-letterhead-columns",
    "Elster Teilzahlungskredit GmbH <post@elster-tzk.example>",
    "Unser Schreiben vom 06.04.2027", "2027-04-12 08:15",
    """Sehr geehrte Damen und Herren,

anbei erhalten Sie unser Schreiben zu Ihrer Anfrage. Die benötigten Unterlagen senden Sie bitte
an post@elster-tzk.example oder per Post an die im Schreiben genannte Anschrift.

Freundliche Grüße
Ihr Team der Elster Teilzahlungskredit GmbH
""",
    pdfs=[text_pdf("Elster_Schreiben_2027-04-06.pdf", "Elster Teilzahlungskredit GmbH",
                   ["Vertragsnummer       Kundennummer      Ihr Zeichen       Datum",
                    "TZ-118.204.7         0044712           BR/073/27         06.04.2027",
                    "",
                    "Herrn Stefan Koch, Neckarstrasse 7, 68159 Mannheim",
                    "",
                    "Sehr geehrte Damen und Herren,",
                    "fuer die Pruefung Ihres Vergleichsvorschlags benoetigen wir die Einkommensnachweise",
                    "der letzten drei Monate sowie eine aktuelle Schufa-Selbstauskunft Ihres Mandanten.",
                    "Die offene Restschuld aus dem Ratenkreditvertrag betraegt 2.870,45 EUR.",
                    "",
                    "Mit freundlichen Gruessen"],
                   after=["Elster Teilzahlungskredit GmbH - Sitz Leipzig - AG Leipzig HRB 30441 - Seite 1/1"])],
    truth=T("information_request", "K-2015", "Elster Teilzahlungskredit GmbH", "2870.45", "EUR",
            ["TZ-118.204.7", "0044712"], False,
            "Letter only in a text PDF: four-column header (labels over values) where the third column is the "
            "firm's 'Ihr Zeichen' BR/… and the fourth a date; contract number with dots and a check digit, "
            "customer number with leading zeros; asks for income proof and credit report and states the "
            "Restschuld; 'Neckarstrasse' spelled out; HRB and page number not references."))

add("domstadt-optik-ambiguous-k-meier",
    "Domstadt Optik GmbH <buchhaltung@domstadt-optik.example>",
    "Rückfrage zu Ihrem Schreiben – Kunde K. Meier", "2027-04-12 10:30",
    """Sehr geehrte Damen und Herren,

Ihr Schreiben zu K. Meier, Köln, haben wir erhalten. In unserer Kundenkartei finden wir unter
diesem Namen mehrere Einträge. Bitte teilen Sie uns das Geburtsdatum und die vollständige
Anschrift mit, damit wir Ihre Anfrage zuordnen können.

Vorläufig zugeordnet haben wir Kunden-Nr. 118 204 (Auftragsnummer 27-0412-DO, Gleitsichtbrille,
2 Paar). Der offene Betrag hierzu beträgt 289,00 €.

Mit freundlichen Grüßen
Buchhaltung
Domstadt Optik GmbH · Hohe Straße 12 · 50667 Köln · Tel. 0221 257 44 71
""",
    truth=T("information_request", None, "Domstadt Optik GmbH", "289.00", "EUR", ["118 204", "27-0412-DO"], True,
            "Creditor asks for DOB and address to identify the customer; 'K. Meier, Köln' fits Karin Meier "
            "(K-2002, spelling) and Klaus Meyer (K-2001, initial, Köln): ambiguous client match (null, review); "
            "short space-grouped customer number and an order number in brackets; '2 Paar' quantity, postcode "
            "50667 and phone not references."))

# ---- auto_reply (3) ------------------------------------------------------------------------------------------

add("saalestrom-abwesenheit-vorgangsnummer-token",
    "Jana Pohl <j.pohl@saalestrom.example>",
    "Abwesenheitsnotiz: Ihr Zeichen SB-2027-0233 – Kundennummer 4471-2290", "2027-04-12 12:01",
    """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin vom 05.04. bis einschließlich 16.04.2027 nicht im Büro.
Ihre Nachricht wurde unter der Vorgangsnummer [#2027040512] im System erfasst und wird von meiner
Vertretung bearbeitet.

Mit freundlichen Grüßen
Jana Pohl
Saalestrom Versorgung GmbH
""",
    headers={"Auto-Submitted": "auto-replied"},
    truth=AUTO("Out-of-office (Auto-Submitted header, 'Abwesenheitsnotiz'); the customer number and the firm's "
               "file in the subject and the system's 'Vorgangsnummer [#…]' token change nothing: all fields null."))

add("calder-automatic-acknowledgement-case-token-en",
    "Calder Recovery Services <noreply@calder-recovery.example>",
    "Automatic acknowledgement: CRS/2291/0417 [CAS-0412-77K1]", "2027-04-12 13:44",
    """Thank you for contacting Calder Recovery Services.

This is an automatic acknowledgement. Your message has been logged with case reference
CAS-0412-77K1 and will be answered within 10 working days.

Please do not reply to this email.

Calder Recovery Services Ltd | Company no. 09331720
""",
    charset="us-ascii", cte="7bit",
    headers={"X-Autoreply": "yes"},
    truth=AUTO("Automatic acknowledgement (X-Autoreply header and text); the agency reference in the subject and "
               "the 'case reference' ticket token change nothing: all fields null."))

add("nordwelle-eingangsbestaetigung-html-no-header",
    "Nordwelle Telekommunikation <no-reply@nordwelle-tk.example>",
    "Eingangsbestätigung Ihrer Nachricht (Ticket 2027-04-118204)", "2027-04-12 13:58",
    None,
    html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Guten Tag,</p>
<p>dies ist eine automatisch generierte Eingangsbestätigung.<br>
Ihre Nachricht ist bei uns eingegangen und wurde unter der<br>
Ticketnummer 2027-04-118204 registriert.</p>
<p>Bitte antworten Sie nicht auf diese E-Mail.</p>
<p>Ihr Kundenservice<br>
Nordwelle Telekommunikation GmbH</p>
</body></html>""",
    html_only=True,
    truth=AUTO("HTML-only receipt that calls itself 'automatisch generierte Eingangsbestätigung' without any "
               "auto-reply header; the ticket number is a ticket token: all fields null."))

# ---- other (4) -----------------------------------------------------------------------------------------------

add("saxonia-portfolio-abtretung-vertrag-in-sentence",
    "Saxonia Portfolio Invest GmbH <abtretungen@saxonia-portfolio.example>",
    "Mitteilung über den Gläubigerwechsel – Hoffmann, M.", "2027-04-13 09:00",
    """Sehr geehrte Damen und Herren,

wir teilen Ihnen mit, dass die Möbelhaus Zschopau GmbH & Co. KG sämtliche Ansprüche aus dem
Ratenkauf Ihrer Mandantin Hoffmann, M. (geb. 03/03/1962), Domplatz 1, Erfurt, mit Wirkung zum
15.03.2027 an uns verkauft und abgetreten hat. Ihr Finanzierungsvertrag 77-1290 wurde bereits
durch die Zedentin gekündigt.

Die übernommene Forderung beläuft sich auf 2.318,00 EUR. Bitte richten Sie Zahlungen und
Schriftverkehr künftig ausschließlich an uns unter Angabe unserer Portfolio-ID SPI/27/M-0448.

Mit freundlichen Grüßen
Saxonia Portfolio Invest GmbH
Chemnitz · Amtsgericht Chemnitz HRB 33120 · Gläubiger-ID DE12ZZZ00002291044
""",
    truth=T("other", "K-2014", "Saxonia Portfolio Invest GmbH", "2318.00", "EUR", ["77-1290", "SPI/27/M-0448"],
            False,
            "Notice of assignment (other) stating the balance; the buyer is the owner; the previous owner's "
            "contract number stands in a sentence ('Ihr Finanzierungsvertrag 77-1290 wurde … gekündigt') and the "
            "buyer's invented label 'Portfolio-ID'; 'Hoffmann, M.' reversed with initial + DOB with slashes; HRB "
            "and Gläubiger-ID not references."))

add("thistle-energy-closed-nothing-owed-signature-only-en",
    "Customer Accounts <accounts@thistle-energy.example>",
    "Your enquiry - Ms O. Petrova", "2027-04-13 11:25",
    """Dear Sir or Madam,

Client account: TE/0448/1203
Your ref: BR/079/27

Thank you for your enquiry about Ms O. Petrova, Leipziger Str. 40, 10117 Berlin. Our records show
that her final bill was paid in full on 2 March 2027 and the account has now been closed. There is
nothing outstanding on this account and we will not be taking any further action.

Kind regards

Emma Price
Customer Accounts
Thistle Energy Ltd
""",
    charset="us-ascii", cte="7bit",
    truth=T("other", "K-2010", "Thistle Energy Ltd", "0.00", "GBP", ["TE/0448/1203"], False,
            "Account closed, nothing owed (0.00; UK supplier, GBP); the creditor is named only in the signature "
            "(sender display name is 'Customer Accounts'); 'Client account' here is the creditor's customer "
            "account number; 'Your ref' BR/… is the firm's; 'O. Petrova' + full address."))

add("iwl-inkasso-rueckgabe-nonclient",
    "Inkasso Westfalen-Lippe GmbH <rueckgabe@iwl-inkasso.example>",
    "Rückgabe der Akte an die Auftraggeberin – Az. IWL-0412/27", "2027-04-13 14:10",
    """Sehr geehrte Damen und Herren,

Unser Az.: IWL-0412/27
Ihr Az.: SB-2027-0312
Kundennummer der Auftraggeberin: 40 118 227

in der Angelegenheit Sanitär Bäumer GmbH & Co. KG ./. Dragan Petrović, Gartenstraße 18,
33602 Bielefeld, teilen wir mit, dass wir das Mandat niedergelegt und die Akte an unsere
Auftraggeberin zurückgegeben haben. Bitte wenden Sie sich wegen der Forderung künftig direkt an
die Sanitär Bäumer GmbH & Co. KG, Tel. 0521 44 71 20.

Mit freundlichen Grüßen
Inkasso Westfalen-Lippe GmbH
""",
    truth=T("other", None, "Sanitär Bäumer GmbH & Co. KG", None, None, ["IWL-0412/27", "40 118 227"], True,
            "File returned to the principal (other), no amount; the agency's 'Unser Az.' and the principal's "
            "customer number are references, 'Ihr Az.' SB-… is the firm's; Dragan Petrović is not a client "
            "(null, review); the principal's phone number is spaced like a customer number."))

add("larchmont-home-credit-hold-receipt-en",
    "Larchmont Home Credit <support@larchmont-homecredit.example>",
    "Account on hold - Mr M Yilmaz", "2027-04-13 16:00",
    """Dear Kanzlei Berger & Roth,

Account No. 0041 7712 09
Our Ref: hold/27/0093
Your Ref: SB-2027-0318

We confirm receipt of your letter of 6 April 2027 regarding Mr Mehmet Yilmaz, Hafenstr. 20,
Bremen, and your request that we deal with you from now on. We have placed the account on hold
for 30 days while we wait for your client's financial statement.

Please note our new address for correspondence: PO Box 4471, Leeds LS1 9ZZ.

Kind regards
Sarah Holt
Larchmont Home Credit Ltd
""",
    charset="us-ascii", cte="7bit",
    truth=T("other", "K-2007", "Larchmont Home Credit Ltd", None, None, ["0041 7712 09", "hold/27/0093"], False,
            "A personal (not automatic) receipt confirmation with an account hold: other, no amount; 'Account No.' "
            "without colon, leading zeros; lowercase 'Our Ref'; 'Your Ref' SB-… is the firm's; PO Box number and "
            "postcode not references."))


# --------------------------------------------------------------------------------------------------------------
# --check
# --------------------------------------------------------------------------------------------------------------

MIN_INTENTS = {"debt_statement": 8, "payment_plan_response": 4, "rejection": 3, "information_request": 3,
               "auto_reply": 2, "other": 3}


if __name__ == "__main__":
    sys.exit(BATCH.main(sys.argv[1:],
                        earlier=("dev", "dev2", "dev3", "dev4"),
                        min_intents=MIN_INTENTS,
                        min_kinds={"text_pdf": 2, "image_pdf": 1, "html_only": 2},
                        refs_per_mail=(1, 3)))
