#!/usr/bin/env python3
"""Deterministic generator of the fourth dev batch (tests/agents_data/dev4/): 20 creditor emails + truth files.

Focus: reference numbers in forms and places that dev/, dev2/ and dev3/ hardly use: only in the subject behind
'|' or brackets, court and Mahnbescheid/Vollstreckungsbescheid file numbers, a number in a German sentence
without a label word, numbers only in quoted older creditor messages of a reply thread, original creditor + debt
buyer + servicer in one mail, an HTML table with an invoice list, a text-PDF header/footer, lowercase letters,
'#' and glued 'KdNr.', long space-grouped numbers, English 'Ref:'/'Our Ref:'/'Account ref'/'Member ID'/
'Contract ID' (and 'Your Ref:' = the firm's). Near-misses that are NOT references: phone/fax, an IBAN split over
two lines, BIC, HRB, USt-IdNr., Steuernummer, Gläubiger-ID, a vehicle VIN and plate, a parcel tracking number,
order dates, postcodes, the firm's SB-…/BR/… files and ticket tokens. Creditors are new to dev/, dev2/, dev3/.

Same file format and rendering as dev/, dev2/ and dev3/ (build_dev.py's helpers are imported, nothing there changes).
Run with a python that has fpdf2 and Pillow (kept out of the project's own requirements):

    /tmp/gen-dev2-venv/bin/python tests/agents_data/build_dev4.py          # (re)write dev4/
    /tmp/gen-dev2-venv/bin/python tests/agents_data/build_dev4.py --check  # verify dev4/ against the specs

No randomness: fixed dates, Message-IDs, MIME boundaries and PDF creation dates. --check runs build_dev's
check_message on every message (identical bytes on rebuild, no parser defects, every truth string present in the
text or PDF text, no ticket token / firm file / IBAN / creditor ID labelled as a reference) and in addition that
no creditor of dev/, dev2/ or dev3/ owns a claim here and that no subject repeats theirs.
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

BATCH = Batch("dev4", 400)
MESSAGES, add = BATCH.messages, BATCH.add


# --------------------------------------------------------------------------------------------------------------
# The 20 messages
# --------------------------------------------------------------------------------------------------------------

# ---- debt_statement (6) --------------------------------------------------------------------------------------

add("nordlicht-moebel-subject-pipe-only",
    "Nordlicht Möbelhaus Buchhaltung <buchhaltung@nordlicht-moebel.example>",
    "WG: Mahnung 2. Stufe | RE-88213-B", "2027-03-01 08:20",
    """Sehr geehrte Damen und Herren,

Ihr Zeichen: SB-2027-0112

wir kommen auf Ihr Schreiben zu Herrn Lukas Becker (geb. 14.2.1999), Uniweg 5, 69117 Heidelberg,
zurück. Die im Betreff genannte Rechnung zur Bestellung vom 03.11.2026 (Polsterecke
"Fjordlund", ausgeliefert per Spedition, Sendungsnummer 00340434161094471220) ist trotz
zweier Mahnungen unbezahlt.

Die Gesamtforderung beträgt einschließlich Mahngebühren und Verzugszinsen 1.318,40 EUR.
Wir bitten um Ausgleich bis zum 22.03.2027.

Mit freundlichen Grüßen
Nordlicht Möbelhaus GmbH – Buchhaltung
Tel. 0431 880 27-0 · Fax 0431 880 27-99
Amtsgericht Kiel HRB 18220 KI · USt-IdNr. DE 301 448 127
""",
    truth=T("debt_statement", "K-2012", "Nordlicht Möbelhaus GmbH", "1318.40", "EUR", ["RE-88213-B"], False,
            "The only reference is the invoice number in the subject behind a '|' after 'WG: Mahnung 2. Stufe'; the "
            "body only says 'die im Betreff genannte Rechnung'; the parcel tracking number (Sendungsnummer) is the "
            "carrier's, not the creditor's file/invoice number; order date, HRB, USt-IdNr., phone/fax and the "
            "firm's 'Ihr Zeichen' SB-… are not references; DOB with one-digit month '14.2.1999'."))

add("obermaier-vollstreckungsbescheid-alpenland",
    "Obermaier Rechtsanwälte <zwangsvollstreckung@obermaier-ra.example>",
    "Alpenland Leasing GmbH ./. Öztürk – Vollstreckungsbescheid 26-1234567-0-1", "2027-03-01 11:05",
    """Sehr geehrte Kolleginnen und Kollegen,

Ihr Az.: BR/014/27
unser Az.: 0417/26 OB

in der Sache Alpenland Leasing GmbH ./. Fatma Oeztuerk, Marktstr. 9, 47051 Duisburg, vertreten wir
die Gläubigerin. Der Vollstreckungsbescheid des Amtsgerichts Coburg (Zentrales Mahngericht) vom
14.08.2026, Geschäftsnummer 26-1234567-0-1, ist rechtskräftig.

Nach der beigefügten Forderungsaufstellung beläuft sich die Gesamtforderung zum 28.02.2027 auf
4.812,77 EUR (Hauptforderung, titulierte Kosten, Zinsen und Kosten der Zwangsvollstreckung).

Zahlungen erbitten wir auf unser Fremdgeldkonto IBAN DE12 7005 0000
0002 2044 18 unter Angabe unseres Aktenzeichens.

Mit freundlichen kollegialen Grüßen
Dr. Veronika Obermaier, Rechtsanwältin
Obermaier Rechtsanwälte PartG mbB · Tel. 0951 209 44-0 · Fax 0951 209 44-10
""",
    truth=T("debt_statement", "K-2013", "Alpenland Leasing GmbH", "4812.77", "EUR",
            ["0417/26 OB", "26-1234567-0-1"], False,
            "Creditor's lawyer: its own Az. and the Mahngericht's file number of the enforcement order the creditor "
            "obtained (the case number of the claim) are references; 'Ihr Az.: BR/014/27' is the firm's; IBAN split "
            "over two lines, phone/fax not references; transliteration 'Oeztuerk' plus address; creditor is the "
            "lawyer's client."))

add("harbourline-invoice-list-html-hash-en",
    "Harbourline Office Supplies Credit Control <creditcontrol@harbourline-office.example>",
    "Overdue invoices - Account #55120", "2027-03-02 09:40",
    None,
    html="""<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Dear Sir or Madam,</p>
<p>Your Ref: SB-2027-0131</p>
<p>Thank you for your letter regarding Mr John Smith, Baker Street 221, 10115 Berlin (Account #55120).
The following invoices remain unpaid:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Invoice</th><th>Order date</th><th>Amount</th></tr>
<tr><td>INV-30418</td><td>14/10/2026</td><td>&pound;214.30</td></tr>
<tr><td>INV-30522</td><td>02/11/2026</td><td>&pound;188.60</td></tr>
<tr><td>INV-30677</td><td>21/11/2026</td><td>&pound;240.00</td></tr>
<tr><td colspan="2"><b>Total due</b></td><td><b>&pound;642.90</b></td></tr>
</table>
<p>Please arrange payment within 14 days. Payments by bank transfer to sort code 40-11-62, account 21904471.</p>
<p>Kind regards,<br>Credit Control<br>Harbourline Office Supplies Ltd<br>
Tel. 0161 496 0552 &middot; Company no. 08812044 &middot; VAT no. GB 331 4471 20</p>
</body></html>""",
    html_only=True,
    truth=T("debt_statement", "K-2011", "Harbourline Office Supplies Ltd", "642.90", "GBP",
            ["55120", "INV-30418", "INV-30522", "INV-30677"], False,
            "HTML-only invoice list: each invoice number is a reference, the total is the 'Total due' row, not an "
            "invoice line; account number written with '#' ('Account #55120' -> '55120'); 'Your Ref' SB-… is the "
            "firm's; order dates, sort code/bank account for payment, company and VAT numbers are not references."))

add("fitnesspark-elbufer-ref-in-sentence",
    "Fitnesspark Elbufer Mitgliederservice <mitgliederservice@fitnesspark-elbufer.example>",
    "Ihre Anfrage zu Frau Schulz", "2027-03-02 14:15",
    """Sehr geehrte Damen und Herren,

wir bestätigen den Erhalt Ihres Schreibens und teilen Ihnen mit, dass die unter 4410-7782
geführte Forderung gegen Ihre Mandantin Sabine Schulz, Gartenweg 3, 20095 Hamburg, weiterhin
offen ist. Es handelt sich um die Mitgliedsbeiträge Juli bis Dezember 2026 zuzüglich
Rücklastschriftgebühren; insgesamt 389,00 € sind zu zahlen.

Die Mitgliedschaft wurde zum 31.12.2026 beendet. Für Rückfragen stehen wir Ihnen montags bis
freitags unter 040 3344 5120 zur Verfügung.

Mit sportlichen Grüßen
Fitnesspark Elbufer GmbH
Große Elbstraße 210 · 22767 Hamburg
Gläubiger-ID DE55ZZZ00002204471 · Steuernummer 47/712/04418
""",
    truth=T("debt_statement", "K-2005", "Fitnesspark Elbufer GmbH", "389.00", "EUR", ["4410-7782"], False,
            "The reference stands in a German sentence without any label word ('die unter 4410-7782 geführte "
            "Forderung'); Sabine (not Thomas) Schulz at the shared address; Gläubiger-ID, Steuernummer, phone and "
            "postcodes are not references; total 'insgesamt 389,00 €'."))

add("brightwater-pdf-header-footer-lowercase-en",
    "Brightwater Telecom Collections <collections@brightwater-telecom.example>",
    "Your client Ms O. Petrova - statement", "2027-03-03 10:10",
    """Dear Ms Roth,

Your Ref: BR/022/27
Reference: see attached statement

Further to your letter, we attach the current statement for your client Ms Olga Petrova
(date of birth 27 May 1988). Please quote the references printed on the statement when you
write to us or make a payment.

Kind regards,

Collections Team
Brightwater Telecom Ltd
Tel. 0345 600 4471 | Registered in England and Wales no. 07741209
""",
    charset="us-ascii", cte="7bit",
    pdfs=[text_pdf("statement_2027-03.pdf", "Brightwater Telecom Ltd - Account ref: BWT-00419-77",
                   ["Statement of account", "Customer: Ms Olga Petrova, Leipziger Str. 40, 10117 Berlin",
                    "Statement date: 01/03/2027", ""],
                   table=[("Unpaid bills 09/2026 - 12/2026", "GBP 611.20"),
                          ("Early termination charge", "GBP 389.40"),
                          ("Late payment fees", "GBP 45.00"),
                          ("Total due", "GBP 1,045.60")],
                   after=["Brightwater Telecom Ltd | Ref: bw/col/2291 | Page 1 of 1"])],
    truth=T("debt_statement", "K-2010", "Brightwater Telecom Ltd", "1045.60", "GBP",
            ["BWT-00419-77", "bw/col/2291"], False,
            "References only in the PDF: the account ref in the PDF header/title and a lowercase collections ref in "
            "the footer next to 'Page 1 of 1'; the body says only 'Reference: see attached statement'; 'Your Ref' "
            "BR/… is the firm's; total in the PDF table."))

add("stromkontor-lausitz-kdnr-glued-groups",
    "Stromkontor Lausitz Forderungsmanagement <forderungen@stromkontor-lausitz.example>",
    "KdNr.4471123 – Schlussrechnung / offene Forderung", "2027-03-03 15:30",
    """Sehr geehrte Damen und Herren,

betr.: Herrn K. Meyer, geb. 12.04.1978, Lindenstraße 4, 50667 Köln
KdNr.4471123 · Vertragskonto 2200 4471 1230 88

zu Ihrer Anfrage vom 20.02.2027 teilen wir mit, dass aus der Schlussrechnung vom 15.01.2027 sowie
den vorangegangenen Abschlägen noch folgende Gesamtforderung offen ist:

Gesamtforderung: 2.500,-- Euro

Eine detaillierte Aufstellung senden wir Ihnen gern auf Anforderung zu. Bitte beachten Sie, dass
die Zählernummer 1ESY1160447112 keine Kundennummer ist und bei Zahlungen nicht angegeben werden muss.

Mit freundlichen Grüßen
Stromkontor Lausitz GmbH
Tel. 0355 288 41-0 · Fax 0355 288 41-55 · Amtsgericht Cottbus HRB 9120 CB
""",
    truth=T("debt_statement", "K-2001", "Stromkontor Lausitz GmbH", "2500.00", "EUR",
            ["4471123", "2200 4471 1230 88"], False,
            "Customer number glued to its label ('KdNr.4471123') and a long contract account grouped 4/4/4/2 with "
            "spaces; the meter number is explicitly not a customer number; 'K. Meyer' with DOB and Lindenstraße "
            "address is Klaus Meyer (not Karin Meier); amount written '2.500,-- Euro'."))

# ---- payment_plan_response (3) -------------------------------------------------------------------------------

add("ostseeblick-wg-reply-thread-quoted-refs",
    "Ostseeblick Wohnungsgenossenschaft <mietenbuchhaltung@ostseeblick-wg.example>",
    "AW: Ihr Az. BR/012/27 – unser Az. 7 C 812/26", "2027-03-04 09:00",
    """Sehr geehrte Frau Roth,

mit der vorgeschlagenen Ratenzahlung von monatlich 50,00 EUR sind wir einverstanden, sofern die
erste Rate bis zum 15.04.2027 eingeht. Bei Verzug mit einer Rate wird der gesamte Rückstand
sofort fällig und wir setzen das Verfahren fort.

Mit freundlichen Grüßen
Henrike Lassen
Ostseeblick Wohnungsgenossenschaft eG · Tel. 0381 440 22-17

-----Ursprüngliche Nachricht-----
Von: Kanzlei Berger & Roth <posteingang@kanzlei-schuldnerberatung.example>
Gesendet: Montag, 22. Februar 2027 10:14
Betreff: Ihr Az. 7 C 812/26 – Peter Wagner – Ratenzahlungsvorschlag

Sehr geehrte Damen und Herren, für unseren Mandanten Peter Wagner bieten wir monatliche Raten
von 50,00 EUR an. Mit freundlichen Grüßen, Roth

-----Ursprüngliche Nachricht-----
Von: Ostseeblick Wohnungsgenossenschaft eG
Gesendet: Donnerstag, 4. Februar 2027 13:40
Betreff: Mietrückstand Wagner

Das Mietkonto MK 0815/3 Ihres Mandanten Peter Wagner, geb. 19.07.1958, weist einen Rückstand von
1.240,00 EUR auf. Wegen der Räumungs- und Zahlungsklage (AG Rostock, 7 C 812/26) verweisen wir
auf unsere Klageschrift.
""",
    truth=T("payment_plan_response", "K-2009", "Ostseeblick Wohnungsgenossenschaft eG", None, None,
            ["7 C 812/26", "MK 0815/3"], False,
            "Conditional acceptance in a reply thread; the newest creditor message states no total, so the "
            "1.240,00 EUR in the quoted older creditor message does not count (null) and 50,00 EUR is the firm's "
            "offer; the rent account appears only in the quoted older creditor message and still counts; the court "
            "file number of the creditor's action is 'unser Az.' in the subject; 'Ihr Az. BR/012/27' is the firm's."))

add("kestrel-servicer-buyer-original-counteroffer-en",
    "Kestrel Loan Servicing <resolutions@kestrel-servicing.example>",
    "RE: Proposal for Ms A. Celik - our ref KLS-118204", "2027-03-04 13:25",
    """Dear Sirs,

Your Ref: BR/019/27
Our Ref: KLS-118204

We act as servicer for Northgate Receivables Fund II Ltd, which purchased the account below
from the original lender, Pennant Consumer Finance plc, on 30 June 2026.

  Debtor:                    Ms Aylin Celik, born 03.11.1990, Dortmund
  Owner's account ID:        NRF2-0093317
  Original account number:   PCF 4410 2291 07
  Current balance:           £ 3,912.40

We have considered your client's offer of £40 per month. Our client is unable to accept that
figure but would agree to £75 per month for 36 months, after which the remaining balance would
be written off, provided payments start by 1 May 2027.

Yours faithfully,
Resolutions Team
Kestrel Loan Servicing Ltd, 5 Canal Wharf, Leeds LS11 5PS | tel. 0113 496 0330
""",
    truth=T("payment_plan_response", "K-2003", "Northgate Receivables Fund II Ltd", "3912.40", "GBP",
            ["KLS-118204", "NRF2-0093317", "PCF 4410 2291 07"], False,
            "Servicer, debt buyer and original lender in one mail: the owner is the buyer; the servicer's 'Our Ref', "
            "the owner's account ID and the original account number are all references; 'Your Ref' BR/… is the "
            "firm's; counter-offer (£75 vs £40) = payment_plan_response; 'Celik' without cedilla plus DOB."))

add("bergland-versand-vergleich-lowercase-ref",
    "Bergland Versand Forderungsmanagement <fm@bergland-versand.example>",
    "Vergleichsangebot Strauss-Koehler [vk-2207-hs]", "2027-03-05 10:45",
    """Sehr geehrte Damen und Herren,

Ihr Zeichen: SB-2027-0150
Unser Zeichen: vk-2207-hs
Kundenkonto: 00 1187 4402 9

Ihrem Vergleichsvorschlag für Herrn Jürgen Strauss-Koehler, Am Markt 1, 80331 München, stimmen
wir zu: Gegen Zahlung eines Einmalbetrags von 600,00 EUR bis zum 30.04.2027 verzichten wir auf
die darüber hinausgehende Restforderung. Die Gesamtforderung beträgt derzeit 1.480,25 EUR.

Geht die Zahlung nicht fristgerecht ein, lebt die volle Forderung wieder auf.

Mit freundlichen Grüßen
Bergland Versand GmbH
Forderungsmanagement · Tel. 0871 966 20-300 · USt-IdNr. DE 129 447 120
""",
    truth=T("payment_plan_response", "K-2004", "Bergland Versand GmbH", "1480.25", "EUR",
            ["vk-2207-hs", "00 1187 4402 9"], False,
            "Acceptance of a one-off settlement; the debt is the stated Gesamtforderung, not the 600,00 EUR "
            "settlement sum; lowercase reference in square brackets in the subject and as 'Unser Zeichen'; customer "
            "account with a leading zero in odd groups; 'Strauss-Koehler' transliteration; 'Ihr Zeichen' SB-… is "
            "the firm's."))

# ---- rejection (3) -------------------------------------------------------------------------------------------

add("pinewood-leisure-member-contract-id-en",
    "Pinewood Leisure Clubs <memberaccounts@pinewood-leisure.example>",
    "Instalment proposal - Stefan Koch", "2027-03-05 15:50",
    """Dear Ms Roth,

Member ID: PLC-M-004471
Contract ID: 77-2026-A18
Your Ref: SB-2027-0144

We have reviewed the instalment proposal for your client Mr Stefan Koch, Neckarstr. 7, Mannheim.
We are not prepared to accept it and will not consider any further proposals. The outstanding
balance of €1,120.00 will be passed to our solicitors if it is not paid in full by 31 March 2027.

Yours sincerely,
Member Accounts
Pinewood Leisure Clubs Ltd
Bank: Lloyds, BIC LOYDGB2L, sort code 30-94-57 | tel. 0207 946 0118
""",
    truth=T("rejection", "K-2015", "Pinewood Leisure Clubs Ltd", "1120.00", "EUR",
            ["PLC-M-004471", "77-2026-A18"], False,
            "Flat refusal with no counter-offer; 'Member ID' and 'Contract ID' labels; 'Your Ref' SB-… is the firm's; "
            "BIC, sort code and phone are not references."))

add("mainfranken-autobank-brackets-vin",
    "Mainfranken Autobank Kreditmanagement <kreditmanagement@mainfranken-autobank.example>",
    "[Vertrag 55 120 884] Ablehnung Ratenzahlungsvorschlag Hoffmann", "2027-03-08 08:55",
    """Sehr geehrte Damen und Herren,

Ihren Vorschlag vom 25.02.2027 zur Regulierung der Forderung gegen Frau Maria Hoffmann,
geb. 3.3.1962, lehnen wir ab. Das Darlehen ist gekündigt; die Restforderung von 8.733,10 EUR ist
sofort fällig. Einem Ratenzahlungsvergleich werden wir nicht zustimmen.

Sicherungsfahrzeug: VW Golf, Fahrgestellnummer WVWZZZ1KZ8W123456, amtl. Kennzeichen EF-MH 412.
Wir fordern Ihre Mandantin auf, das Fahrzeug bis zum 22.03.2027 herauszugeben.

Mit freundlichen Grüßen
Mainfranken Autobank AG · Kreditmanagement
Ludwigstraße 18 · 97070 Würzburg · Tel. 0931 3021-0
Amtsgericht Würzburg HRB 4410 · BIC MFABDE71XXX
""",
    truth=T("rejection", "K-2014", "Mainfranken Autobank AG", "8733.10", "EUR", ["55 120 884"], False,
            "Definitive refusal; the only reference is the contract number in square brackets in the subject; the "
            "vehicle identification number (contains 'ZZZ' like a creditor ID) and the number plate identify the "
            "collateral, not the claim; HRB, BIC, phone and postcode are not references; DOB '3.3.1962'."))

add("bluefin-water-account-ref-nonclient-en",
    "Bluefin Water Services <recoveries@bluefin-water.example>",
    "Mr D. Hargreaves - repayment proposal declined", "2027-03-08 12:30",
    """Dear Sir or Madam,

Account ref 88-BL-2041

Thank you for your letter on behalf of Mr Daniel Hargreaves, 14 Mill Lane, Sheffield S1 4GH.
We have decided not to accept the proposed repayment arrangement. The account will remain with
our recoveries team and the full amount of £ 512.18 remains due.

This decision is final.

Yours faithfully,
Recoveries
Bluefin Water Services Ltd | Company no. 02366741 | tel. 0114 496 0771
""",
    truth=T("rejection", None, "Bluefin Water Services Ltd", "512.18", "GBP", ["88-BL-2041"], True,
            "Debtor Daniel Hargreaves is not a client (client_id null, review); 'Account ref' label without colon; "
            "final refusal; company number and phone are not references."))

# ---- information_request (3) ---------------------------------------------------------------------------------

add("hanse-mobilfunk-vollmacht-vorgang-subject",
    "Hanse Mobilfunk Kundenservice <forderung@hanse-mobilfunk.example>",
    "Vollmacht fehlt – Vorgang 2027/VN/00884 – Fischer, Anna-Lena", "2027-03-09 09:35",
    """Sehr geehrte Damen und Herren,

Vorgangsnummer: siehe Betreff

bevor wir Ihnen Auskunft über das Kundenkonto von Frau Anna-Lena Fischer, Schillerplatz 2,
70173 Stuttgart, erteilen können, benötigen wir eine von der Kundin unterschriebene Vollmacht
(nicht älter als sechs Monate). Bitte senden Sie diese per Fax an 040 8899 1200 oder per E-Mail.

Nach Eingang der Vollmacht erhalten Sie umgehend eine vollständige Forderungsaufstellung.

Mit freundlichen Grüßen
Hanse Mobilfunk GmbH · Kundenservice Forderungen
Amtsgericht Hamburg HRB 150772 · USt-IdNr. DE 287 112 904
""",
    truth=T("information_request", "K-2008", "Hanse Mobilfunk GmbH", None, None, ["2027/VN/00884"], False,
            "Asks for a power of attorney before stating anything (no amount); the file number appears only in the "
            "subject and the body points to it ('Vorgangsnummer: siehe Betreff'); fax, HRB and USt-IdNr. are not "
            "references."))

add("tidewater-credit-union-see-above-en",
    "Tidewater Credit Union <memberhelp@tidewater-cu.example>",
    "Ref: TLC/0092/KM - signed authority required", "2027-03-09 14:05",
    """Dear Sirs,

Our Ref: see above
Your Ref: SB-2027-0161

We write regarding Mr M. Yilmaz, Hafenstr. 20, 28195 Bremen. Before we can discuss the account
with you, please provide a signed letter of authority from Mr Yilmaz and a completed income and
expenditure statement.

For your information, the balance on the loan account currently stands at £2,204.55.

Kind regards,
Member Help Team
Tidewater Credit Union Ltd | FCA register no. 213377 | tel. 01752 496 077
""",
    truth=T("information_request", "K-2007", "Tidewater Credit Union Ltd", "2204.55", "GBP", ["TLC/0092/KM"],
            False,
            "Asks for a signed authority and an income/expenditure statement and also states the balance; the "
            "creditor's reference only in the subject after 'Ref:' and the body says 'Our Ref: see above'; 'Your "
            "Ref' SB-… is the firm's; initial plus full address for 'Yilmaz'; FCA number and phone not references."))

add("westkueste-energie-pdf-footer-meldebescheinigung",
    "Westküste Energie Forderungsmanagement <forderungen@westkueste-energie.example>",
    "Ihre Anfrage vom 01.03.2027", "2027-03-10 11:20",
    """Sehr geehrte Damen und Herren,

anbei erhalten Sie unser Schreiben zu Ihrer Anfrage. Bitte beachten Sie die darin genannten
Unterlagen, die wir noch benötigen.

Mit freundlichen Grüßen
Westküste Energie GmbH
Forderungsmanagement · Tel. 0481 770 12-0
""",
    pdfs=[text_pdf("Schreiben_Westkueste_2027-03-10.pdf", "Westkueste Energie GmbH - Forderungsmanagement",
                   ["Betreff: Frau Karin Meier, geb. 30.09.1982, Ringstrasse 8, 50672 Koeln",
                    "Ihr Zeichen: BR/031/27", "",
                    "Sehr geehrte Damen und Herren,",
                    "bevor wir einem Vergleich naehertreten, benoetigen wir eine aktuelle",
                    "Meldebescheinigung Ihrer Mandantin sowie ihre letzten drei Einkommensnachweise.",
                    "Der offene Saldo betraegt derzeit 356,90 EUR.", ""],
                   after=["Bitte stets angeben: Kundennr. 30 118 2290 - Vorgang WK-27-0412",
                          "Westkueste Energie GmbH - Amtsgericht Pinneberg HRB 7731 PI - Seite 1 von 1"])],
    truth=T("information_request", "K-2002", "Westküste Energie GmbH", "356.90", "EUR",
            ["30 118 2290", "WK-27-0412"], False,
            "Requests registration certificate and income proof, states the balance; the letter is only in a text "
            "PDF and both references are only in its footer ('Bitte stets angeben: …'); PDF spells 'Westkueste' and "
            "'Koeln'; 'Ihr Zeichen' BR/… is the firm's; HRB and 'Seite 1 von 1' not references."))

# ---- auto_reply (2) ------------------------------------------------------------------------------------------

add("stromkontor-abwesend-kdnr-subject",
    "Ramona Teichert <r.teichert@stromkontor-lausitz.example>",
    "Automatische Antwort: KdNr.4471123 – Meyer, Klaus", "2027-03-11 08:01",
    """Guten Tag,

ich bin bis zum 19.03.2027 im Urlaub. Ihre E-Mail wird nicht weitergeleitet.
In dringenden Fällen erreichen Sie das Forderungsmanagement unter 0355 288 41-0.
Ihre Anfrage wurde unter Ticket #A-77120 erfasst.

Ramona Teichert
Stromkontor Lausitz GmbH
""",
    headers={"Auto-Submitted": "auto-replied"},
    truth=AUTO("Out-of-office by Auto-Submitted header and 'Automatische Antwort'; customer number and client in "
               "the subject and the ticket token #A-77120 change nothing: all fields null."))

add("harbourline-unmonitored-mailbox-en",
    "Harbourline Office Supplies <noreply@harbourline-office.example>",
    "Re: Overdue invoices - Account #55120 [auto]", "2027-03-11 09:15",
    """This is an automated response from an unmonitored mailbox.

Your email has been received. Please do not reply to this address. If you need to discuss an
account, call Credit Control on 0161 496 0552 quoting your account number.

Harbourline Office Supplies Ltd
""",
    charset="us-ascii", cte="7bit",
    headers={"Precedence": "auto_reply"},
    truth=AUTO("Unmonitored-mailbox auto response (Precedence header and text); account number in the subject "
               "changes nothing."))

# ---- other (3) -----------------------------------------------------------------------------------------------

add("elbtor-abtretung-sonnenstrom-vertragskonto",
    "Elbtor Forderungsankauf <abtretung@elbtor-fa.example>",
    "Anzeige der Forderungsabtretung – Thomas Schulz", "2027-03-12 10:00",
    """Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass die Sonnenstrom Nord AG ihre Forderung gegen Herrn Thomas Schulz,
geb. 22.01.1969, Gartenweg 3, 20095 Hamburg, aus dem Vertragskonto 0004 4711 2290 mit Wirkung
zum 01.03.2027 an uns abgetreten hat. Die abgetretene Forderung beträgt 1.066,42 EUR.

Unser Aktenzeichen lautet EFA-27-004471. Zahlungen mit befreiender Wirkung können nur noch an
uns geleistet werden. Eine Forderungsaufstellung folgt gesondert.

Mit freundlichen Grüßen
Elbtor Forderungsankauf GmbH
Tel. 040 600 44-0 · Amtsgericht Hamburg HRB 166120 · Gläubiger-ID DE31ZZZ00001187720
""",
    truth=T("other", "K-2006", "Elbtor Forderungsankauf GmbH", "1066.42", "EUR",
            ["EFA-27-004471", "0004 4711 2290"], False,
            "Notice of assignment (other) stating the balance; the new owner is the creditor; the buyer's "
            "Aktenzeichen and the original creditor's contract account (leading zeros, groups of four) are both "
            "references; Thomas, not Sabine Schulz; Gläubiger-ID, HRB, phone not references."))

add("kingsbridge-broadband-closed-ambiguous-schulz-en",
    "Kingsbridge Broadband Customer Accounts <accounts@kingsbridge-broadband.example>",
    "Account closed - customer number 4410 229 118", "2027-03-12 14:45",
    """Dear Sir or Madam,

Ref: kb-cl-0093

Thank you for your enquiry about our customer Schulz, Gartenweg 3, 20095 Hamburg. The broadband
contract under customer number 4410 229 118 was cancelled on 31 January 2027 and the final
bill was settled by direct debit. The account is closed and nothing is owed.

Kind regards,
Customer Accounts
Kingsbridge Broadband Ltd | tel. 0800 496 0123 | Company no. 11830492
""",
    charset="us-ascii", cte="7bit",
    truth=T("other", None, "Kingsbridge Broadband Ltd", "0.00", "GBP", ["kb-cl-0093", "4410 229 118"], True,
            "Account closed, nothing owed (0.00, currency of the creditor's accounts is GBP as a UK company); the "
            "customer is only 'Schulz' at Gartenweg 3, where both Sabine and Thomas Schulz live: ambiguous client "
            "match, review; lowercase 'Ref:' and a customer number grouped 4/3/3."))

add("redwood-recoveries-file-returned-nonclient-en",
    "Redwood Recoveries <closures@redwood-recoveries.example>",
    "File returned to client - Lakemoor Catalogues Ltd / B. Kowalczyk", "2027-03-15 09:30",
    """Dear Sirs,

Our Ref: RR/55/0127-KO
Client account no.: LMC 7781 0042

We have been instructed by our client, Lakemoor Catalogues Ltd, to close our file concerning
Mr Bernd Kowalczyk, Rosenweg 12, 04109 Leipzig, and to return the matter to them. Please
direct all further correspondence about this account to Lakemoor Catalogues Ltd directly.

Parcel returns: tracking no. JD014600004471203 was delivered to the client's warehouse.

Yours faithfully,
Closures Team
Redwood Recoveries Ltd | tel. 0151 496 0218
""",
    charset="us-ascii", cte="7bit",
    truth=T("other", None, "Lakemoor Catalogues Ltd", None, None, ["RR/55/0127-KO", "LMC 7781 0042"], True,
            "File returned to the principal (other), no amount; the agency's reference and the principal's account "
            "number are references, the parcel tracking number is not; Bernd Kowalczyk is not a client (review)."))


# --------------------------------------------------------------------------------------------------------------
# --check
# --------------------------------------------------------------------------------------------------------------

MIN_INTENTS = {"debt_statement": 2, "payment_plan_response": 2, "rejection": 2, "information_request": 2,
               "auto_reply": 2, "other": 2}


if __name__ == "__main__":
    sys.exit(BATCH.main(sys.argv[1:],
                        earlier=("dev", "dev2", "dev3"),
                        min_intents=MIN_INTENTS,
                        min_kinds={"text_pdf": 1, "html_only": 1},
                        refs_per_mail=(1, 4)))
