#!/usr/bin/env python3
"""Deterministic generator of the fiftieth dev batch (tests/agents_data/dev50/): 31 creditor emails + truth files.

Written without reading the rules engine (only CONVENTIONS.md, README.md, clients.json and the builder API in
batch.py / build_dev.py / build_dev7.py). Theme: several people on one debt and debtors whose names changed -
spouses who are joint debtors (Gesamtschuldner) where only one (or both, or an unnamed one) is the firm's client,
guarantors (Bürgschaft) written to about the main debtor's loan, heirs of a deceased debtor (Nachlassforderung,
Erbenhaftung, a disclaimed inheritance, an English estate letter), maiden and married names ("geb. ...",
"verh. ...", "jetzt ..."), double-barrelled surnames written in part or transliterated, Turkish / Russian (incl.
Cyrillic) / Polish / Arabic names in several spellings, parents written to about a minor child's debt, flat-share
(WG) rent arrears owed by several tenants, and creditors mixing up two people of the same surname (Meyer/Meier,
two Stefan Kochs). German and English, text PDFs with tables, scans, HTML-only, quoted threads, forwarded chains,
components-only statements, assignment notice, auto-replies. Truth files also label `payment_deadline`.

Same file format and rendering as dev/..dev47/ (build_dev.py's helpers are imported, nothing there changes).

    /tmp/gen-venv/bin/python tests/agents_data/build_dev50.py          # (re)write dev50/
    /tmp/gen-venv/bin/python tests/agents_data/build_dev50.py --check  # verify dev50/ against the specs

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

BATCH = Batch("dev50", 5000)
MESSAGES, add = BATCH.messages, BATCH.add


def T(intent, client_id, creditor, amount, currency, refs, review, notes, deadline=None):
    """build_dev.T plus the batch's `payment_deadline` (ISO date or None)."""
    return {**bd.T(intent, client_id, creditor, amount, currency, refs, review, notes), "payment_deadline": deadline}


def AUTO(notes):
    return {**bd.AUTO(notes), "payment_deadline": None}


# ---- debt_statement (14) -------------------------------------------------------------------------------------

add("rheinauen-kreditbank-spouses-one-client",
    "Rheinauen Kreditbank AG – Forderungsmanagement <forderungsmanagement@rheinauen-kreditbank.example>",
    "Ratenkredit 7720-118834 – Eheleute Meyer (Gesamtschuldner)", "2028-08-14 09:20",
    """Sehr geehrte Damen und Herren,

Sie haben uns mitgeteilt, dass Sie Herrn Klaus Meyer vertreten. Der Ratenkreditvertrag
Nr. 7720-118834 wurde von den Eheleuten

  Herrn Klaus Meyer, geb. 12.04.1978, und
  Frau Petra Meyer geb. Brandl, geb. 02.11.1980,
  beide wohnhaft Lindenstraße 4, 50667 Köln,

gemeinsam abgeschlossen. Beide haften uns gegenüber als Gesamtschuldner, d. h. jeder
von ihnen schuldet den vollen Betrag. Nach Kündigung des Vertrages stellt sich die
Forderung wie folgt dar:

  Restdarlehen lt. Kündigung vom 03.07.2028      8.412,55 EUR
  Verzugszinsen bis 14.08.2028                     233,10 EUR
  Kosten (Kündigungsschreiben, Adressermittlung)    45,00 EUR
  -------------------------------------------------------------
  Gesamtforderung                                8.690,65 EUR

Wir fordern Sie auf, für Ihren Mandanten den Gesamtbetrag bis zum 30.09.2028 auf das
unten genannte Konto zu überweisen. Frau Petra Meyer wird von uns gesondert angeschrieben.

Mit freundlichen Grüßen

i. A. Dominik Arweiler
Rheinauen Kreditbank AG · Forderungsmanagement
Rheinuferstraße 88 · 50668 Köln · Tel. 0221 99 118-40
IBAN DE61 3705 0299 0077 2011 88 · BIC RHKBDEK1XXX
Amtsgericht Köln HRB 77201 · USt-IdNr. DE 301 772 118
""",
    truth=T("debt_statement", "K-2001", "Rheinauen Kreditbank AG", "8690.65", "EUR", ["7720-118834"], False,
            "Joint loan of spouses (Gesamtschuldner), only Klaus Meyer is the firm's client; the wife Petra Meyer "
            "geb. Brandl carries a second DOB (02.11.1980) and the same address - not a client, and not Karin "
            "Meier; total 'Gesamtforderung' below three components; HRB, USt-IdNr, IBAN/BIC, phone not references.",
            "2028-09-30"))

add("kuechenstudio-elbbogen-both-spouses-clients-thread",
    "Küchenstudio Elbbogen GmbH <buchhaltung@kuechenstudio-elbbogen.example>",
    "AW: Kaufvertrag KA-2026-0419 / Ihre Mandantin Frau Schulz", "2028-08-15 11:05",
    """Hallo,

danke für die Rückmeldung. Nach der Teilzahlung Ihrer Mandantin Frau Sabine Schulz vom
08.08. über 200,- EUR steht der Kaufvertrag jetzt noch mit 2.318,40 EUR offen.

Der Vertrag wurde von Frau Schulz und ihrem Ehemann Thomas Schulz gemeinsam
unterschrieben, wir halten uns aber erstmal an Ihre Mandantin, da Sie uns nur für
sie eine Vollmacht geschickt haben.

Gruß
Birte Carstensen
Buchhaltung Küchenstudio Elbbogen GmbH
Tel 040 38 44 71-12 | Steuernr. 41/772/04419

-----Ursprüngliche Nachricht-----
Von: Küchenstudio Elbbogen GmbH
Gesendet: Dienstag, 25. Juli 2028 14:12
Betreff: Kaufvertrag KA-2026-0419

Debitor 30447 - Kunde: Sabine Schulz, Gartenweg 3, 20095 Hamburg
Offener Betrag aus Kaufvertrag KA-2026-0419 (Einbauküche): 2.518,40 EUR
Bitte um Ausgleich.
""",
    truth=T("debt_statement", "K-2005", "Küchenstudio Elbbogen GmbH", "2318.40", "EUR",
            ["KA-2026-0419", "30447"], False,
            "Both spouses Sabine and Thomas Schulz are clients and co-signed; the mail is about 'Ihre Mandantin "
            "Frau Sabine Schulz' (the firm's mandate) -> K-2005, not ambiguous; newest figure 2.318,40 wins over "
            "2.518,40 in the quoted older mail; 200,- is a part payment; Debitor number only in the quote; "
            "Steuernummer and phone not references."))

add("nordmark-hausrat-eheleute-schulz-ambiguous",
    "Nordmark Hausrat Versicherung VVaG <beitrag@nordmark-hausrat.example>",
    "Beitragsrückstand Hausratversicherung HR-55 0912 77", "2028-08-16 08:45",
    """Sehr geehrte Damen und Herren,

zur Hausratversicherung HR-55 0912 77 der Eheleute Schulz, Gartenweg 3, 20095 Hamburg,
sind folgende Beiträge offen:

Beitrag 2. Halbjahr 2027: 154,80 EUR
Beitrag 1. Halbjahr 2028: 154,80 EUR
Mahngebühr: 9,00 EUR
Rückstand insgesamt: 318,60 EUR

Versicherungsnehmer sind beide Ehegatten gemeinsam. Wir bitten um Ausgleich bis 15.09.2028,
andernfalls entfällt der Versicherungsschutz (§ 38 VVG).

Mit freundlichen Grüßen
Nordmark Hausrat Versicherung VVaG, Beitragsabteilung
Vorstand: H. Petersen, K. Lüth · Amtsgericht Hamburg HRB 44190 · VU-Nr. 5512
""",
    truth=T("debt_statement", None, "Nordmark Hausrat Versicherung VVaG", "318.60", "EUR", ["HR-55 0912 77"], True,
            "'Eheleute Schulz, Gartenweg 3' without first names or DOB: both Sabine (K-2005) and Thomas (K-2006) "
            "Schulz live there and are clients -> ambiguous client match, null, review with both candidates; "
            "total 'Rückstand insgesamt' after two equal premium lines; VU-Nr. and HRB not references.",
            "2028-09-15"))

add("taunusblick-autobank-guarantor-pdf",
    "Taunusblick Autobank AG <buergschaften@taunusblick-autobank.example>",
    "Inanspruchnahme aus Bürgschaft – Darlehen AB-4471-2290-1 (Hauptschuldner Daniel Wagner)", "2028-08-18 10:30",
    """Sehr geehrte Damen und Herren,

Ihr Mandant, Herr Peter Wagner, Kirchgasse 11, 65183 Wiesbaden, hat sich mit Urkunde vom
12.03.2024 selbstschuldnerisch für die Verbindlichkeiten seines Sohnes, Herrn Daniel Wagner
(geb. 03.06.1989), aus dem Finanzierungsvertrag AB-4471-2290-1 verbürgt
(Bürgschaftsnummer BÜ-0093317, Höchstbetrag 15.000,00 EUR).

Der Hauptschuldner ist mit mehr als drei Raten in Verzug; wir haben den Vertrag am
20.07.2028 gekündigt. Wir nehmen Ihren Mandanten hiermit als Bürgen in Anspruch. Die
Aufstellung der Forderung finden Sie in der Anlage.

Bitte sorgen Sie dafür, dass der in der Anlage genannte Gesamtbetrag bis spätestens
05.09.2028 bei uns eingeht. Auf die Einrede der Vorausklage hat Ihr Mandant verzichtet.

Mit freundlichen Grüßen
Taunusblick Autobank AG, Abteilung Kreditsicherheiten
Mainzer Landstraße 301 · 60326 Frankfurt am Main · Tel. 069 2297 4471-0
Registergericht Frankfurt HRB 90233 · Gläubiger-ID DE22ZZZ00000229047
""",
    pdfs=[text_pdf("Forderungsaufstellung_Buergschaft.pdf", "Taunusblick Autobank AG - Forderungsaufstellung",
                   ["Finanzierungsvertrag AB-4471-2290-1          Stand 18.08.2028",
                    "Hauptschuldner: Wagner, Daniel, geb. 03.06.1989",
                    "Buerge: Wagner, Peter, geb. 19.07.1958 (Buergschaft BUE-0093317)",
                    "Fahrzeug FIN WDB2030461A447120", ""],
                   table=[("Restschuld laut Kuendigung", "11.204,17 EUR"),
                          ("Verzugszinsen 20.07.-18.08.2028", "388,90 EUR"),
                          ("Ruecklastschriften / Kosten", "120,00 EUR"),
                          ("Gesamtbetrag", "11.713,07 EUR")],
                   after=["Buergschaftshoechstbetrag: 15.000,00 EUR - nicht ausgeschoepft"])],
    truth=T("debt_statement", "K-2009", "Taunusblick Autobank AG", "11713.07", "EUR",
            ["AB-4471-2290-1", "BÜ-0093317"], False,
            "Client is the guarantor (Bürge), the son Daniel Wagner (other DOB) is the main debtor and no client; "
            "total only in the text PDF table ('Gesamtbetrag'), the 15.000,00 cap is not the debt; guarantee "
            "number in the body (the PDF spells it BUE-); FIN, Gläubiger-ID, HRB not references; client's known "
            "Sparkasse reference absent.",
            "2028-09-05"))

add("petersberg-pflegeheim-heir-scan",
    "Pflegeheim Am Petersberg gGmbH <verwaltung@pflegeheim-petersberg.example>",
    "Nachlassforderung Gerda Hoffmann † – offene Heimkosten", "2028-08-22 13:15",
    """Sehr geehrte Damen und Herren,

wir nehmen Bezug auf Ihr Schreiben, mit dem Sie uns die Vertretung von Frau Maria Hoffmann
anzeigen. Frau Hoffmann ist nach unserer Kenntnis Alleinerbin ihrer am 27.07.2028 bei uns
verstorbenen Mutter, Frau Gerda Hoffmann (geb. 14.01.1936).

Die Eigenanteile für Juni und Juli 2028 sind nicht mehr beglichen worden. Als Erbin haftet
Ihre Mandantin für diese Nachlassverbindlichkeiten (§ 1967 BGB). Die Aufstellung unserer
Heimabrechnung liegt als Scan bei.

Wir bitten um Zahlung bis zum 30.09.2028. Für eine Ratenvereinbarung sind wir offen.

Mit freundlichen Grüßen
Heimverwaltung
Pflegeheim Am Petersberg gGmbH · Petersbergstraße 17 · 99084 Erfurt
Tel. 0361 66 12 70 · IK 510 161 447 · Amtsgericht Jena HRB 118830
""",
    pdfs=[image_pdf("Heimabrechnung_Scan.pdf",
                    ["PFLEGEHEIM AM PETERSBERG gGmbH - Heimkostenabrechnung",
                     "",
                     "Bewohnerkonto BW-1187     Zimmer 2.14",
                     "Bewohnerin: Hoffmann, Gerda, geb. 14.01.1936 (verst. 27.07.2028)",
                     "Zahlungspflichtig: Erben - Frau Maria Hoffmann, Domplatz 1, Erfurt",
                     "",
                     "Rechnung HK-2028-06-1187  Eigenanteil Juni    2.611,40 EUR",
                     "Rechnung HK-2028-07-1187  Eigenanteil Juli    1.330,76 EUR",
                     "   (anteilig bis 27.07.)",
                     "------------------------------------------------------",
                     "Offen gesamt                                3.942,16 EUR"])],
    truth=T("debt_statement", "K-2014", "Pflegeheim Am Petersberg gGmbH", "3942.16", "EUR",
            ["BW-1187", "HK-2028-06-1187", "HK-2028-07-1187"], False,
            "Nachlassforderung: the deceased mother Gerda Hoffmann (DOB 1936) is not the client, the heir Maria "
            "Hoffmann is (no DOB, address only in the scan); figures and references only in the image-only scan; "
            "IK number (care-home institution code), HRB, room number not references.",
            "2028-09-30"))

add("wexcombe-card-estate-executor-en",
    "Wexcombe Card Services Bereavement Team <bereavement@wexcombe-card.example>",
    "Estate of the late Mr Robert J. Smith - account WX-ES-550912", "2028-08-23 15:40",
    """Dear Sir or Madam,

Re: Estate of the late Mr Robert James Smith (date of birth 02/05/1941)
Our reference: WX-ES-550912

Thank you for letting us know that you act for Mr John Smith, who is the executor and sole
beneficiary under his late father's will. Please accept our condolences.

We have frozen interest and charges on the account from the date of death, 19 June 2028.
The balance remaining on the account is £2,145.60. This amount is payable from the estate,
and we do not ask your client to pay it from his own funds unless the estate has already
been distributed.

Once probate has been granted, please send us a copy of the grant so that we can close the
account. We will not take any collection action in the meantime.

Yours faithfully

Gemma Thorne
Bereavement Support Team
Wexcombe Card Services Ltd, 14 Quayside, Bristol BS1 4QA
Tel 0117 496 0552 | Registered in England no. 07755120 | FCA 661204
""",
    charset="iso-8859-1",
    truth=T("debt_statement", "K-2011", "Wexcombe Card Services Ltd", "2145.60", "GBP", ["WX-ES-550912"], False,
            "English estate letter: the deceased Robert J. Smith (DOB 1941) is the cardholder, the client John "
            "Smith is executor/sole beneficiary and the one the firm acts for; balance payable from the estate "
            "is still the stated amount owed; no payment deadline (action paused until probate); company, FCA "
            "and phone numbers not references."))

add("emscher-forderungsservice-maiden-name",
    "Emscher Forderungsservice GmbH <akten@emscher-forderungsservice.example>",
    "Forderungsaufstellung EFS-28-07713 – Schuldnerin Fatma Kaya / Öztürk", "2028-08-29 09:10",
    """Emscher Forderungsservice GmbH - Inkasso nach RDG

Unser Aktenzeichen: EFS-28-07713
Auftraggeberin: Ruhrtal Versand KG, Kundennummer RV 4471 08

Sehr geehrte Damen und Herren,

die Kundin unserer Auftraggeberin ist dort noch unter ihrem Geburtsnamen geführt:
Fatma Kaya, geb. 08.08.1980. Nach Ihrer Mitteilung heißt Ihre Mandantin heute
Fatma Öztürk (verh.), Marktstr. 9, 47051 Duisburg - Geburtsdatum und Anschrift stimmen
mit unseren Daten überein, wir haben die Akte entsprechend umgestellt.

Forderungsaufstellung zum 29.08.2028:
Hauptforderung (Warenlieferungen 2026)     812,40 EUR
Zinsen 5 %-Pkt. über Basiszins              96,13 EUR
Inkassovergütung zzgl. Auslagen            138,30 EUR
Gesamtforderung                          1.046,83 EUR

Zahlungsfrist: 12.09.2028. Teilzahlungen sind nach Absprache möglich.

Mit freundlichen Grüßen
Emscher Forderungsservice GmbH
Registrierung nach § 10 RDG beim AG Hamm, Az. 3712 E - 1.447
Tel. 0208 4471 90 · IBAN DE09 3625 0000 0177 4471 08
""",
    truth=T("debt_statement", "K-2013", "Ruhrtal Versand KG", "1046.83", "EUR", ["EFS-28-07713", "RV 4471 08"], False,
            "Maiden name: the creditor's file is under 'Fatma Kaya', the client record is Öztürk; matched via "
            "'heute Fatma Öztürk (verh.)' + DOB + address; agency writes for the principal Ruhrtal Versand KG "
            "(the owner); agency Az. and principal's customer number both count; RDG registration Az., IBAN "
            "(shares digits with the customer number), phone not references.",
            "2028-09-12"))

add("medicorda-factoring-verh-fischer-html",
    "Medicorda Abrechnung GmbH <patienten@medicorda-abrechnung.example>",
    "Zahnarztrechnung ZA-2028-04471 – 2. Mahnung", "2028-09-01 08:05",
    None,
    html="""<html><body style="font-family:Verdana;font-size:12px">
<table width="100%"><tr><td><b>Medicorda Abrechnung GmbH</b><br>Privatärztliche Verrechnungsstelle<br>
K&ouml;nigstra&szlig;e 40 &middot; 70173 Stuttgart<br>Tel. 0711 2204 471-0</td>
<td align="right">Patientennummer: <b>MC-PAT-228190</b><br>Datum: 01.09.2028</td></tr></table>
<p>Sehr geehrte Damen und Herren,</p>
<p>die Praxis Dr. Irmgard Solms hat uns ihre Honorarforderung gegen Ihre Mandantin,
<b>Frau Anna-Lena Wendt (jetzt verh. Fischer)</b>, geb. 01.12.1994, Schillerplatz 2, 70173 Stuttgart,
im Rahmen des Factorings verkauft und abgetreten. Gläubigerin ist seither die Medicorda Abrechnung GmbH.</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Rechnung</th><th>Leistung</th><th>Betrag</th></tr>
<tr><td>ZA-2028-04471</td><td>Behandlung 02.05.–30.05.2028 (GOZ)</td><td align="right">486,22 EUR</td></tr>
<tr><td></td><td>Mahngebühr</td><td align="right">5,00 EUR</td></tr>
<tr><td colspan="2"><b>Offener Gesamtbetrag</b></td><td align="right"><b>491,22 EUR</b></td></tr>
</table>
<p>Bitte überweisen Sie den offenen Gesamtbetrag bis zum 20.09.2028 unter Angabe der Patientennummer.</p>
<p>Mit freundlichen Grüßen<br>Ihr Medicorda-Team<br>
<small>AG Stuttgart HRB 733018 &middot; USt-IdNr. DE 288 044 719 &middot; IBAN DE70 6005 0101 0002 2819 00</small></p>
</body></html>""",
    html_only=True,
    truth=T("debt_statement", "K-2008", "Medicorda Abrechnung GmbH", "491.22", "EUR",
            ["MC-PAT-228190", "ZA-2028-04471"], False,
            "HTML-only, letterhead table; factoring: the billing company bought the dentist's claim and owns it "
            "(not the practice); client under her maiden name 'Anna-Lena Wendt (jetzt verh. Fischer)' + DOB + "
            "address; total in a bold table cell; HRB, USt-IdNr, IBAN not references.",
            "2028-09-20"))

add("isarkraft-fernwaerme-koehler-partial-pdf",
    "Isarkraft Fernwärme GmbH <kundenservice@isarkraft-fernwaerme.example>",
    "Schlussrechnung Fernwärme – Herr Jürgen Köhler, Am Markt 1", "2028-09-04 07:55",
    """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Schlussrechnung für die Fernwärmeversorgung Ihres Mandanten,
Herrn Jürgen Köhler, geb. 28.02.1965, Am Markt 1, 80331 München. Nach Abzug der
geleisteten Abschläge verbleibt der in der Rechnung ausgewiesene Betrag.

Der Betrag ist fällig am 18.09.2028.

Freundliche Grüße
Ihr Kundenservice
Isarkraft Fernwärme GmbH · Sendlinger Str. 6 · 80331 München
Service-Hotline 0800 4471 200 · Amtsgericht München HRB 240117
""",
    pdfs=[text_pdf("Schlussrechnung_SR-28-771204.pdf", "Isarkraft Fernwaerme GmbH - Schlussrechnung",
                   ["Rechnungsnummer SR-28-771204           Muenchen, 04.09.2028",
                    "Vertragskonto VK 30 4471 0988",
                    "Kunde: Koehler, Juergen - Verbrauchsstelle Am Markt 1, 80331 Muenchen",
                    "Waermemengenzaehler Nr. 7120-44-19, Abrechnungszeitraum 01.01.-31.07.2028", ""],
                   table=[("Arbeitspreis 14.210 kWh", "2.011,55 EUR"),
                          ("Grundpreis 7 Monate", "96,00 EUR"),
                          ("abzgl. geleistete Abschlaege", "-900,00 EUR"),
                          ("Zu zahlender Betrag", "1.207,55 EUR")],
                   after=["Bitte geben Sie bei Zahlung das Vertragskonto an."])],
    truth=T("debt_statement", "K-2004", "Isarkraft Fernwärme GmbH", "1207.55", "EUR",
            ["SR-28-771204", "VK 30 4471 0988"], False,
            "Double-barrelled surname written only in part ('Jürgen Köhler', in the PDF 'Koehler, Juergen') - "
            "matched to Jürgen Strauß-Köhler by DOB and address; final bill in a text PDF table, total after "
            "deducted instalments; heat-meter number, hotline, HRB not references.",
            "2028-09-18"))

add("lernhafen-nachhilfe-parents-minor-child",
    "Lernhafen Nachhilfe GmbH <buchhaltung@lernhafen-nachhilfe.example>",
    "Mahnung Unterrichtsgebühren Emre – Vertrag LH-BR-20931", "2028-09-06 16:20",
    """Hallo,

es geht um den Nachhilfevertrag LH-BR-20931 für den Schüler Emre Yilmaz (Klasse 9).
Den Vertrag haben die Eltern, Herr Mehmet Yilmaz und Frau Elif Yilmaz, unterschrieben,
die zahlen muessen also die Eltern, nicht der Sohn. Ihr Mandant ist Herr Yilmaz, hab ich
das richtig verstanden?

Offen sind:
Mai 2028        89,00
Juni 2028       89,00
Juli 2028       89,00
Mahngebühr       7,50
---------------------
gesamt         274,50 EUR

Bitte bis spätestens 22.09.2028 überweisen, sonst müssen wir den Platz leider
anderweitig vergeben und die Sache abgeben.

Viele Grüße aus Bremen
Jana Krückeberg
Lernhafen Nachhilfe GmbH, Obernstraße 12, 28195 Bremen, Tel. 0421 33 44 71
""",
    truth=T("debt_statement", "K-2007", "Lernhafen Nachhilfe GmbH", "274.50", "EUR", ["LH-BR-20931"], False,
            "Parents written to about a minor's tuition: the child Emre and the mother Elif are not clients, the "
            "father 'Mehmet Yilmaz' (Yılmaz without dotless ı) is; sloppy writer, amounts without currency in the "
            "lines, total 'gesamt 274,50 EUR'.",
            "2028-09-22"))

add("altstadtwohnen-wg-rent-three-tenants-pdf",
    "Altstadtwohnen Heidelberg GmbH & Co. KG <mieten@altstadtwohnen-hd.example>",
    "Mietrückstand WG Uniweg 5 / Mietvertrag MV-UW5-2022-03", "2028-09-08 10:00",
    """Sehr geehrte Damen und Herren,

für die Wohnung Uniweg 5, 3. OG links, 69117 Heidelberg, besteht ein gemeinsamer
Mietvertrag (MV-UW5-2022-03) mit den drei Mietern

  Herrn Lukas Becker (Ihr Mandant),
  Herrn Jonas Weidmann und
  Frau Merle Ostrowski.

Nach § 6 des Mietvertrags haften alle Mieter für die Miete als Gesamtschuldner; wir
können den gesamten Rückstand von jedem einzelnen Mieter verlangen. Den aktuellen
Kontoauszug des Mieterkontos fügen wir bei.

Wir fordern den Rückstand bis zum 15.09.2028. Sollte der Rückstand bis dahin nicht
ausgeglichen sein, behalten wir uns die fristlose Kündigung vor (§ 543 BGB).

Mit freundlichen Grüßen
Altstadtwohnen Heidelberg GmbH & Co. KG
Hauptstraße 201 · 69117 Heidelberg · Tel. 06221 1877 40
AG Mannheim HRA 705512 · Komplementärin: Altstadtwohnen Verwaltungs GmbH, HRB 733441
""",
    pdfs=[text_pdf("Mieterkonto_40771-03.pdf", "Altstadtwohnen Heidelberg - Mieterkonto",
                   ["Mieterkonto 40771-03          Stand 08.09.2028",
                    "Mieter: Becker, Lukas / Weidmann, Jonas / Ostrowski, Merle",
                    "Objekt Uniweg 5, 3. OG links (WE 12)", ""],
                   table=[("Miete Juli 2028 (Gesamtmiete)", "1.140,00 EUR"),
                          ("Miete August 2028 (Gesamtmiete)", "1.140,00 EUR"),
                          ("Zahlung Weidmann 02.08.2028", "-380,00 EUR"),
                          ("Mahnkosten", "5,00 EUR"),
                          ("Rueckstand gesamt", "1.905,00 EUR")])],
    truth=T("debt_statement", "K-2012", "Altstadtwohnen Heidelberg GmbH & Co. KG", "1905.00", "EUR",
            ["MV-UW5-2022-03", "40771-03"], False,
            "Flat-share (WG) rent arrears owed jointly by three tenants, only Lukas Becker is a client (no DOB, "
            "named as 'Ihr Mandant'); co-tenant's part payment inside the table; total only in the text PDF; "
            "flat unit WE 12, HRA/HRB numbers not references.",
            "2028-09-15"))

add("optik-vierkant-meyer-meier-mixup-thread",
    "Optik Vierkant GmbH <rechnung@optik-vierkant.example>",
    "Korrektur: Kundin K. Meier, nicht Herr Meyer – Auftrag VK-2028-1193", "2028-09-12 12:40",
    """Sehr geehrte Damen und Herren,

wir müssen uns entschuldigen: Unser Schreiben vom 02.08.2028 (unten) ging an
Herrn Klaus Meyer, Lindenstraße 4. Das war eine Verwechslung im Kundenstamm.
Schuldnerin aus dem Auftrag VK-2028-1193 (Gleitsichtbrille) ist Frau Karin Meier,
Ringstraße 8, 50672 Köln, geb. 30.09.1982 - nach Ihrer Vollmacht ebenfalls Ihre Mandantin.
Herr Meyer schuldet uns nichts.

Inzwischen sind Mahnkosten hinzugekommen; offen sind jetzt insgesamt 642,00 EUR.
Bitte bis 30.09.2028 überweisen.

Mit freundlichen Grüßen
Optik Vierkant GmbH, Hohe Straße 71, 50667 Köln
Tel. 0221 257 1193 · USt-IdNr. DE 319 880 412

> Von: Optik Vierkant GmbH
> Datum: 02.08.2028
> An: Herrn Klaus Meyer, Lindenstraße 4, 50667 Köln
> Betreff: Zahlungserinnerung Auftrag VK-2028-1193
>
> Sehr geehrter Herr Meyer, für Ihre Brille ist noch ein Restbetrag von 612,00 EUR offen.
""",
    truth=T("debt_statement", "K-2002", "Optik Vierkant GmbH", "642.00", "EUR", ["VK-2028-1193"], False,
            "Creditor mixed up Klaus Meyer (K-2001) and Karin Meier (K-2002): the correction says the debtor is "
            "Karin Meier (name, address, DOB) and Meyer owes nothing -> K-2002; newest figure 642,00 wins over "
            "612,00 in the quoted wrong letter; USt-IdNr and phone not references.",
            "2028-09-30"))

add("brandhof-fitness-arabic-name-nonclient-scan",
    "Kanzlei Riedel & Sommer Inkasso <forderung@riedel-sommer-inkasso.example>",
    "Forderung Brandhof Fitness GmbH ./. Al-Hassan – RS-28-3301", "2028-09-14 14:50",
    """Sehr geehrte Damen und Herren,

in der Forderungssache Brandhof Fitness GmbH ./. Mohamad Al-Hassan (in den Unterlagen
unserer Mandantin auch: Muhammad al-Hasan), geb. 17.03.1991, übersenden wir anbei unsere
Forderungsaufstellung als Scan. Unser Aktenzeichen: RS-28-3301.

Ihr Schreiben vom 04.09.2028 betraf nach unserem Verständnis diesen Schuldner; bitte
bestätigen Sie das Mandat.

Mit freundlichen Grüßen
Riedel & Sommer, Rechtsanwälte und Inkasso
Tel. 0231 9447 330 · Fax 0231 9447 339 · USt-IdNr. DE 274 410 093
""",
    pdfs=[image_pdf("Forderungsaufstellung_RS-28-3301.pdf",
                    ["RIEDEL & SOMMER - FORDERUNGSAUFSTELLUNG",
                     "Az. RS-28-3301 / Mitgliedsnr. BF-MG-009412",
                     "Glaeubigerin: Brandhof Fitness GmbH, Dortmund",
                     "Schuldner: Muhammad al-Hasan, geb. 17.03.1991",
                     "",
                     "Mitgliedsbeitraege 01-06/2028      359,40 EUR",
                     "Ruecklastschriftgebuehren           24,00 EUR",
                     "Zinsen                               8,71 EUR",
                     "RA-/Inkassokosten                  104,50 EUR",
                     "SUMME                              496,61 EUR"])],
    truth=T("debt_statement", None, "Brandhof Fitness GmbH", "496.61", "EUR", ["RS-28-3301", "BF-MG-009412"], True,
            "Arabic name in two transliterations (Mohamad Al-Hassan / Muhammad al-Hasan) - not a client (no "
            "record close to it) -> null, review; lawyer/agency writes for the gym (owner); total 'SUMME' and "
            "membership number only in the scan; fax/phone/USt-IdNr not references."))

add("hammonia-teilzahlungsbank-geb-lorenz-components",
    "Hammonia Teilzahlungsbank AG <inkasso@hammonia-teilzahlung.example>",
    "Ihr Schreiben vom 20.09.2028 – Kreditkonto 5521 0093 18 (Lorenz / Schulz)", "2028-10-02 09:35",
    """Sehr geehrte Damen und Herren,

das Kreditkonto 5521 0093 18 wurde 2015 von Frau Sabine Lorenz eröffnet. Sie teilen uns mit,
dass Ihre Mandantin inzwischen Sabine Schulz heißt (geb. Lorenz, geb. 15.06.1971); wir haben
den Namen in unseren Unterlagen geändert.

Zu dem Konto bestehen derzeit folgende Positionen:

- Kapital: 1.100,00 EUR
- Vertragszinsen seit Kündigung: 87,12 EUR
- Mahn- und Bearbeitungskosten: 70,20 EUR

Bitte geben Sie bei allen Zahlungen das Kreditkonto an.

Mit freundlichen Grüßen
Hammonia Teilzahlungsbank AG – Inkassostelle
Ballindamm 9 · 20095 Hamburg · Tel. 040 3009 552-0
HRB 101877 · BLZ 200 301 77
""",
    truth=T("debt_statement", "K-2005", "Hammonia Teilzahlungsbank AG", None, None, ["5521 0093 18"], True,
            "Components only, no stated total -> null with review 'total not stated' (never add them up); client "
            "under her maiden name Lorenz, matched by 'heißt Sabine Schulz (geb. Lorenz)' + DOB - Sabine, not "
            "Thomas Schulz; BLZ, HRB, phone not references."))

# ---- payment_plan_response (4) -------------------------------------------------------------------------------

add("kurpfalz-privatkredit-counteroffer-guarantor-mother",
    "Kurpfalz Privatkredit eG <sanierung@kurpfalz-privatkredit.example>",
    "Ratenvorschlag Koch, Stefan – KPK-19-338201", "2028-08-21 11:25",
    """Sehr geehrte Damen und Herren,

vielen Dank für Ihren Ratenvorschlag vom 07.08.2028 für Ihren Mandanten, Herrn Stefan Koch,
geb. 11.11.1977, Neckarstr. 7, 68159 Mannheim, zum Darlehen KPK-19-338201.

Monatliche Raten von 50,00 EUR können wir nicht annehmen. Der offene Saldo beträgt
4.870,22 EUR; bei 50,00 EUR wäre das Darlehen erst in über acht Jahren zurückgeführt.
Wir schlagen stattdessen monatliche Raten von 120,00 EUR ab Oktober 2028 vor.

Bitte beachten Sie: Für das Darlehen hat sich Frau Ingrid Koch (Mutter Ihres Mandanten)
verbürgt. Kommt keine Einigung zustande, werden wir die Bürgin in Anspruch nehmen. Bei
einer Ratenvereinbarung mit Ihrem Mandanten sehen wir davon ab.

Wir bitten um Rückmeldung binnen drei Wochen.

Mit freundlichen Grüßen
Kurpfalz Privatkredit eG · Abteilung Kreditsanierung
Genossenschaftsregister Mannheim GnR 330 · Tel. 0621 4471 338
""",
    truth=T("payment_plan_response", "K-2015", "Kurpfalz Privatkredit eG", "4870.22", "EUR", ["KPK-19-338201"],
            False,
            "Counter-offer (120 instead of 50 EUR rates) = payment_plan_response; the guarantor mother Ingrid Koch "
            "is not a client; stated balance 4.870,22 is the amount, rates are not; reply deadline is not a "
            "payment deadline; GnR number not a reference."))

add("hausverwaltung-killesberg-wg-share-html",
    "Hausverwaltung Killesberg Hahn & Partner <info@hv-killesberg.example>",
    "Ihr Ratenzahlungsvorschlag für Frau Fischer (WG Gerokstr. 14)", "2028-09-11 15:10",
    None,
    html="""<html><body>
<p>Hausverwaltung Killesberg Hahn &amp; Partner<br>Verwalterin für Frau Dr. Renate Ilg (Eigentümerin)<br>
Feuerbacher Weg 3, 70192 Stuttgart<br>Tel. 0711 25 80 14-0</p>
<p>Sehr geehrte Damen und Herren,</p>
<p>im Auftrag der Vermieterin, Frau Dr. Renate Ilg, antworten wir auf Ihren Vorschlag für Ihre Mandantin
<b>Anna Lena Fischer</b> (Mieternummer <b>118-07-3</b>), Wohngemeinschaft Gerokstraße 14, Stuttgart.</p>
<p>Der Mietrückstand der Wohngemeinschaft beträgt insgesamt <b>2.430,00 EUR</b>. Alle drei Mieter haften
gesamtschuldnerisch. Frau Dr. Ilg ist einverstanden, dass Ihre Mandantin auf den Rückstand monatlich
60,00 EUR zahlt, <u>unter der Bedingung</u>, dass die laufende Miete pünktlich eingeht. Die Mitmieter
Herr Tobias Rau und Frau Sina Okafor bleiben daneben in voller Höhe verpflichtet; Zahlungen aller
Mieter werden auf den Gesamtrückstand angerechnet.</p>
<p>Mit freundlichen Grüßen<br>i. A. Ulrike Hahn<br>Steuernummer 99/184/20718</p>
</body></html>""",
    html_only=True,
    truth=T("payment_plan_response", "K-2008", "Dr. Renate Ilg", "2430.00", "EUR", ["118-07-3"], False,
            "HTML-only conditional acceptance by a property manager for the owner (the landlady Dr. Renate Ilg "
            "owns the claim); WG arrears owed jointly - the stated joint total is the amount, the 60,00 rate is "
            "not; client written 'Anna Lena Fischer' without hyphen or DOB; Steuernummer not a reference."))

add("baltica-versand-cyrillic-forwarded-accept",
    "Baltica Versandhandel GmbH Forderungsmanagement <fm@baltica-versand.example>",
    "WG: Ratenzahlung Kundin Petrowa, Olga – Kd.-Nr. 7731-0412", "2028-09-22 10:45",
    """Guten Tag,

Ihre Anfrage wurde uns vom Kundenservice weitergeleitet (siehe unten). Wir stimmen der
vorgeschlagenen Ratenzahlung von 30,00 EUR monatlich für Ihre Mandantin zu. Der Restsaldo
beträgt aktuell 736,50 EUR, da am 15.09. noch eine Gutschrift über 40,00 EUR verbucht wurde.
Die erste Rate erwarten wir im Oktober.

Mit freundlichen Grüßen
Forderungsmanagement
Baltica Versandhandel GmbH, Lübeck · AG Lübeck HRB 17720 HL · Tel. 0451 7731 00

---------- Weitergeleitete Nachricht ----------
Von: Kundenservice Baltica <service@baltica-versand.example>
Datum: 19.09.2028
Betreff: Ratenzahlung

Kundin: Petrowa, Olga (Петрова Ольга), geb. 27.05.1988, Leipziger Str. 40, 10117 Berlin
Kd.-Nr. 7731-0412, Saldo laut System 776,50 EUR. Anwalt bittet um Raten, bitte prüfen.
""",
    truth=T("payment_plan_response", "K-2010", "Baltica Versandhandel GmbH", "736.50", "EUR", ["7731-0412"], False,
            "Acceptance of the firm's instalment plan; Russian name transliterated 'Petrowa' (record: Petrova) and "
            "in Cyrillic, DOB/address only in the forwarded internal note; newest figure 736,50 wins over "
            "776,50 in the forwarded part; 40,00 is a credit and 30,00 the rate."))

add("fenwick-lending-joint-account-yilmaz-en",
    "Fenwick Lending Ltd <collections@fenwick-lending.example>",
    "Re: Mr & Mrs Yilmaz - joint loan JL-0098-4471 - repayment proposal", "2028-09-25 13:00",
    """Dear Sir or Madam,

Joint loan account JL-0098-4471
Borrowers: Mr Mehmet Yilmaz and Mrs Elif Yilmaz (jointly and severally liable)

Thank you for your proposal on behalf of Mr Yilmaz. We can agree to reduced payments of
£75.00 per month for twelve months, after which we will review the arrangement. As the loan
is joint, Mrs Yilmaz remains liable for the full balance, and we will write to her separately.

The outstanding balance is £3,412.90. Interest will be frozen while payments are made on time.
Please ask your client to contact us to set up the payments.

Kind regards
Priya Kapoor
Collections Team, Fenwick Lending Ltd
0161 555 0198 | Registered in England 08812214 | FCA FRN 744120
""",
    charset="iso-8859-1",
    truth=T("payment_plan_response", "K-2007", "Fenwick Lending Ltd", "3412.90", "GBP", ["JL-0098-4471"], False,
            "English acceptance (time-limited) for one of two joint borrowers; the wife Elif Yilmaz is not a "
            "client; 'Mehmet Yilmaz' without dotless ı and no DOB; £75.00 is the rate; FRN, company number and "
            "phone not references."))

# ---- rejection (3) -------------------------------------------------------------------------------------------

add("ashdown-receivables-strauss-koehler-rejection-en",
    "Ashdown Receivables Ltd <offers@ashdown-receivables.example>",
    "Settlement offer - Mr J. Strauss-Koehler - declined", "2028-09-05 09:15",
    """Dear Sirs,

Our ref: ASR-771-0452
Original creditor: Telekom Deutschland GmbH, customer no. 4711 0815 99

We purchased the above debt in March 2028 and are now the legal owner. We have considered
your offer of a one-off payment in full and final settlement for your client,
Mr Juergen Strauss-Koehler of Munich.

We are unable to accept the offer and will not be making a counter-proposal. The account
remains due in full.

Yours faithfully
Settlements Department
Ashdown Receivables Ltd | Company no. 10447712 | ICO ZB119044 | Tel 0203 880 4471
""",
    charset="us-ascii", cte="7bit",
    truth=T("rejection", "K-2004", "Ashdown Receivables Ltd", None, None, ["ASR-771-0452", "4711 0815 99"], False,
            "Flat refusal by a debt buyer (owner after purchase); double-barrelled name transliterated "
            "'Juergen Strauss-Koehler' + the client's known Telekom reference; no amount stated; company/ICO "
            "numbers and phone not references."))

add("westfalenring-bank-no-release-joint-loan",
    "Westfalenring Bank AG <kreditservice@westfalenring-bank.example>",
    "Entlassung aus der Mithaftung – Kreditkonto 4410 2298 07", "2028-09-13 08:30",
    """Sehr geehrte Damen und Herren,

Sie bitten für Ihre Mandantin, Frau Aylin Celik, geb. 03.11.1990 (Darlehensvertrag noch unter
ihrem damaligen Namen Aylin Aksoy abgeschlossen), um Entlassung aus der Mithaftung für das
gemeinsam mit ihrem geschiedenen Ehemann, Herrn Serkan Celik, aufgenommene Darlehen sowie
um Zustimmung zu einem Vergleich über 1.500,00 EUR.

Beides lehnen wir ab. Ihre Mandantin haftet als Gesamtschuldnerin neben ihrem früheren
Ehemann; eine Scheidung ändert daran nichts. Ein Gegenangebot werden wir nicht unterbreiten.
Die Restforderung von 9.871,44 EUR bleibt in voller Höhe bestehen.

Mit freundlichen Grüßen
Westfalenring Bank AG · Kreditservice
Königswall 21 · 44137 Dortmund · Tel. 0231 5599 210
Amtsgericht Dortmund HRB 30214 · BIC WFRBDE3DXXX
""",
    truth=T("rejection", "K-2003", "Westfalenring Bank AG", "9871.44", "EUR", ["4410 2298 07"], False,
            "Refusal of both release from joint liability and settlement, no counter-offer; divorced co-debtor "
            "Serkan Celik is not a client; client written 'Aylin Celik' (no Ç) with former name Aksoy + DOB; "
            "1.500,00 is the firm's offer, the stated Restforderung is the amount."))

add("alsterufer-sanitaer-heir-rejects-instalments",
    "Alsterufer Sanitär Meisterbetrieb GmbH <buero@alsterufer-sanitaer.example>",
    "Rechnung RE-28-0617 / Nachlass Werner Schulz", "2028-09-15 17:05",
    """Sehr geehrte Damen und Herren,

Ihr Mandant, Herr Thomas Schulz, ist als Sohn Erbe des am 02.05.2028 verstorbenen Herrn
Werner Schulz. Den Auftrag (Rohrbruch im Haus des Verstorbenen, Rechnung RE-28-0617) hat
Ihr Mandant im Mai selbst erteilt.

Eine Ratenzahlung lehnen wir ab. Wir sind ein kleiner Handwerksbetrieb und haben Material
und Löhne vorgestreckt. Der offene Rechnungsbetrag von 2.184,00 EUR ist in voller Höhe zu
zahlen, zahlbar bis 06.10.2028. Danach geben wir die Sache an unseren Anwalt.

Mit freundlichen Grüßen
Hinrich Dethlefsen
Alsterufer Sanitär Meisterbetrieb GmbH · Harvestehuder Weg 2 · 20149 Hamburg
Handwerksrolle Nr. 41 0772 · Tel. 040 41 77 20
""",
    truth=T("rejection", "K-2006", "Alsterufer Sanitär Meisterbetrieb GmbH", "2184.00", "EUR", ["RE-28-0617"],
            False,
            "Flat refusal of instalments with the amount and a payment deadline; heir context (deceased father "
            "Werner Schulz); client 'Thomas Schulz' by first name only - not Sabine; Handwerksrolle number not a "
            "reference.",
            "2028-10-06"))

# ---- information_request (4) ---------------------------------------------------------------------------------

add("spreebogen-energie-erbschein-petrowa",
    "Spreebogen Energie GmbH <nachlass@spreebogen-energie.example>",
    "Vertragskonto 800 441 2290 – verstorbener Kunde Iwan Petrow", "2028-08-25 10:20",
    """Sehr geehrte Damen und Herren,

Sie teilen uns mit, dass Ihre Mandantin, Frau Olga Petrowa (in Ihrem Schreiben: Petrova),
Tochter und Erbin unseres verstorbenen Kunden, Herrn Iwan Petrow (auch Ivan Petrov),
ist. Die Schlussrechnung für das Vertragskonto 800 441 2290 weist einen offenen Betrag von
684,30 EUR aus.

Bevor wir Ihnen Auskunft erteilen oder eine Vereinbarung treffen können, benötigen wir:
  1. eine Kopie der Sterbeurkunde,
  2. den Erbschein oder ein eröffnetes Testament mit Eröffnungsprotokoll,
  3. eine von Frau Petrowa unterschriebene Vollmacht.

Bis zum Eingang der Unterlagen ruht das Mahnverfahren.

Mit freundlichen Grüßen
Nachlassbearbeitung
Spreebogen Energie GmbH · Alt-Moabit 59 · 10555 Berlin
Zählpunkt DE0001044129900000000000000412290 · AG Charlottenburg HRB 188042 B
""",
    truth=T("information_request", "K-2010", "Spreebogen Energie GmbH", "684.30", "EUR", ["800 441 2290"], False,
            "Asks for death certificate, Erbschein and Vollmacht first but states the final bill's balance; "
            "deceased father 'Iwan Petrow / Ivan Petrov' (male form) vs the heir 'Olga Petrowa / Petrova'; "
            "Zählpunkt (contains the account digits) and HRB not references."))

add("pixelfarm-games-minor-chargeback-guardian-en",
    "Pixelfarm Games GmbH Payments <payments@pixelfarm-games.example>",
    "Chargebacks on player account PXF-U-8830127 / Sorgerechtsnachweis", "2028-09-08 12:00",
    """Hello,

thanks for your letter regarding the chargebacks on player account PXF-U-8830127. The account
was opened by a minor (Deniz, 13) using the payment card of his mother, Mrs A. Celik,
Bahnhofstr. 12, 44135 Dortmund.

Before we can discuss the open amount with you we need:
- proof of parental custody (Sorgerechtsnachweis or birth certificate of the child),
- a power of attorney (Vollmacht) signed by Mrs Celik,
- the last four digits of the card used, so that we can match the transactions.

For your information: reversed payments plus chargeback fees currently total EUR 163,97.
We have paused the account and all reminders until we hear from you.

Best regards / Viele Grüße
Payments Support, Pixelfarm Games GmbH
Sitz Leipzig, HRB 38812 | VAT DE 318 774 120 | Ticket #PX-44120
""",
    charset="iso-8859-1",
    truth=T("information_request", "K-2003", "Pixelfarm Games GmbH", "163.97", "EUR", ["PXF-U-8830127"], False,
            "Parent of a minor: asks for custody proof and Vollmacht first but states the total; the child "
            "Deniz is no client, the mother 'Mrs A. Celik' + full address = Aylin Çelik; 'EUR 163,97' with "
            "German decimal comma in English text; ticket token, HRB and VAT not references."))

add("gastro-finanz-buergschaft-maier-misspelled",
    "Bergische Gastro-Finanz AG <kreditsicherheiten@bergische-gastro-finanz.example>",
    "Bürgschaft BV-2019-00447 – Meyer Gastro GmbH / Herr Klaus Maier", "2028-09-18 09:50",
    """Sehr geehrte Damen und Herren,

Sie haben angezeigt, dass Sie Herrn Klaus Maier, Lindenstr. 4, 50667 Köln,
geb. 12.04.1978, vertreten. Herr Maier (in Ihrem Schreiben: Meyer - wir gehen von
einem Schreibfehler in unserer Akte aus, Geburtsdatum und Anschrift stimmen überein)
hat sich mit Vertrag BV-2019-00447 für den Betriebsmittelkredit seines Bruders bzw.
der Meyer Gastro GmbH (Kreditkonto 3300 4471 12) verbürgt.

Bevor wir Ihnen eine Aufstellung übermitteln, benötigen wir:
- eine Originalvollmacht Ihres Mandanten,
- eine Selbstauskunft mit Einkommensnachweisen der letzten drei Monate,
- Auskunft, ob ein Verbraucherinsolvenzverfahren beantragt ist.

Die Bürgschaft ist auf einen Höchstbetrag von 25.000,00 EUR begrenzt.

Mit freundlichen Grüßen
Bergische Gastro-Finanz AG · Kreditsicherheiten
Friedrich-Ebert-Str. 12 · 42103 Wuppertal · Tel. 0202 4471 900
HRB 28871 · USt-IdNr. DE 288 711 204
""",
    truth=T("information_request", "K-2001", "Bergische Gastro-Finanz AG", None, None,
            ["BV-2019-00447", "3300 4471 12"], False,
            "Guarantor asked for Vollmacht/Selbstauskunft first; creditor's file misspells the surname 'Maier' - "
            "DOB + address identify Klaus Meyer (not Karin Meier); guarantee contract and main debtor's credit "
            "account are creditor-side references; the 25.000,00 cap is not an amount owed -> null."))

add("oderbruch-wohnungsgesellschaft-polish-nonclient",
    "Oderbruch Wohnungsgesellschaft mbH <mietbuchhaltung@oderbruch-wohnen.example>",
    "Mieterin Katarzyna Wójcik – Vollmacht erforderlich", "2028-09-20 14:35",
    """Sehr geehrte Damen und Herren,

Ihre Anfrage zur Mieterin Frau Katarzyna Wójcik (in Ihrem Schreiben: Katarzyna Wojcik,
geb. 21.10.1987), Wohnung Kietzer Weg 8, 15230 Frankfurt (Oder), Mieternummer OW-2201-17,
haben wir erhalten.

Der Mietrückstand beläuft sich auf 1.322,80 EUR. Weitere Auskünfte und Gespräche über eine
Ratenzahlung sind erst nach Vorlage einer schriftlichen Vollmacht der Mieterin möglich.
Bitte senden Sie uns diese per Post oder als Scan.

Mit freundlichen Grüßen
Oderbruch Wohnungsgesellschaft mbH
Mietbuchhaltung · Tel. 0335 5566 170 · Steuernummer 061/118/04471
""",
    truth=T("information_request", None, "Oderbruch Wohnungsgesellschaft mbH", "1322.80", "EUR", ["OW-2201-17"],
            True,
            "Polish name with and without diacritics (Wójcik/Wojcik) - not a client (no record near it) -> null, "
            "review; asks for Vollmacht first but states the arrears; Steuernummer not a reference."))

# ---- other (3) -----------------------------------------------------------------------------------------------

add("lumenfunk-erbausschlagung-file-closed",
    "Lumenfunk Mobil GmbH <nachlassservice@lumenfunk-mobil.example>",
    "Ausschlagung der Erbschaft – Kundenkonto 66120-4471 (Horst Meier †)", "2028-08-28 11:50",
    """Sehr geehrte Damen und Herren,

vielen Dank für die Übersendung der Ausschlagungserklärung Ihrer Mandantin, Frau Karin Meier,
geb. 30.09.1982, Tochter unseres verstorbenen Kunden Herrn Horst Meier (Kundenkonto
66120-4471). Die Erklärung wurde beim Nachlassgericht Köln (Az. 33 VI 1182/28) fristgerecht
abgegeben.

Wir nehmen Ihre Mandantin daher nicht weiter in Anspruch und werden uns wegen der offenen
Mobilfunkrechnungen an die Erben bzw. einen Nachlasspfleger wenden. Gegenüber Ihrer Mandantin
bestehen keine offenen Forderungen mehr. Unsere Mahnungen an sie betrachten Sie bitte als
gegenstandslos.

Mit freundlichen Grüßen
Nachlassservice
Lumenfunk Mobil GmbH · Postfach 10 44 71 · 40004 Düsseldorf · HRB 90551
""",
    truth=T("other", "K-2002", "Lumenfunk Mobil GmbH", "0.00", "EUR", ["66120-4471"], False,
            "Client disclaimed the inheritance: the creditor releases her and says nothing is owed by her -> "
            "other, 0.00; the probate court's file number 33 VI 1182/28 is not a creditor reference; Karin Meier "
            "by name + DOB; the deceased father Horst Meier is not a client."))

add("foerde-kreditservice-other-stefan-koch",
    "Förde Kreditservice GmbH <klaerung@foerde-kreditservice.example>",
    "Ihre Anfrage – Namensgleichheit Stefan Koch (FKS-2028-4471)", "2028-09-19 08:15",
    """Sehr geehrte Damen und Herren,

wir haben Ihre Anfrage geprüft. Die bei uns unter FKS-2028-4471 geführte Forderung richtet
sich gegen Herrn Stefan Koch, geb. 23.05.1984, wohnhaft in Kiel. Ihr Mandant, Herr Stefan
Koch, geb. 11.11.1977, aus Mannheim, ist nicht unser Schuldner; es handelt sich um eine
Namensgleichheit. Die Zuordnung in unserem Schreiben an Ihren Mandanten war ein Fehler,
die Daten Ihres Mandanten haben wir gelöscht.

Über die Forderung gegen den anderen Schuldner können wir Ihnen keine Auskunft geben.

Mit freundlichen Grüßen
Förde Kreditservice GmbH, Klärungsstelle
Holstenbrücke 8 · 24103 Kiel · Tel. 0431 7720 4471
""",
    truth=T("other", None, "Förde Kreditservice GmbH", None, None, ["FKS-2028-4471"], True,
            "Same-name mix-up: the claim is against another Stefan Koch (other DOB, Kiel), not the client "
            "K-2015 -> the debtor the mail is about is no client (null, review); no amount disclosed; a "
            "clarification, neither statement nor rejection of a proposal -> other."))

add("lippe-forderungsankauf-assignment-joint-oeztuerk",
    "Niederrhein Küchenwelt GmbH <forderungen@niederrhein-kuechenwelt.example>",
    "Abtretungsanzeige – Kaufvertrag NK-88120 (Eheleute Öztürk)", "2028-09-27 10:10",
    """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir unsere Forderung aus dem Kaufvertrag NK-88120 gegen die Eheleute
Frau Fatma Oeztuerk und Herrn Hakan Oeztuerk (Gesamtschuldner), Marktstr. 9, 47051 Duisburg,
mit Wirkung zum 15.09.2028 an die Lippe Forderungsankauf AG verkauft und abgetreten haben.

Zum Zeitpunkt der Abtretung waren 2.990,00 EUR offen. Zahlungen mit befreiender Wirkung
sind ab sofort nur noch an die Lippe Forderungsankauf AG möglich, die sich unter ihrem
Aktenzeichen LFA-7741-28 bei Ihnen melden wird.

Mit freundlichen Grüßen
Niederrhein Küchenwelt GmbH · Forderungsmanagement
AG Kleve HRB 12207 · Tel. 02821 7712 0
""",
    truth=T("other", "K-2013", "Lippe Forderungsankauf AG", "2990.00", "EUR", ["NK-88120", "LFA-7741-28"], False,
            "Assignment notice (other) for a joint debt of spouses; the new owner Lippe Forderungsankauf AG is "
            "the creditor; balance stated by the previous owner counts; client spelled 'Fatma Oeztuerk', husband "
            "Hakan is not a client; the buyer's Aktenzeichen is given in advance in running text."))

# ---- auto_reply (3) ------------------------------------------------------------------------------------------

add("ruhrstein-nachlassabteilung-abwesend",
    "Ruhrstein Versorgung Nachlassabteilung <h.wendling@ruhrstein-versorgung.example>",
    "Abwesenheitsnotiz: AW: Nachlass Gerda Hoffmann – Vertragskonto 2201-88", "2028-08-30 06:58",
    """Dies ist eine automatisch erzeugte Abwesenheitsnotiz.

Ich bin bis zum 18.09.2028 im Urlaub. Ihre E-Mail wird nicht weitergeleitet.
Anfragen zu Nachlässen und Erbfällen richten Sie bitte an nachlass@ruhrstein-versorgung.example
oder telefonisch an 0201 4471 880.

Mit freundlichen Grüßen
Heike Wendling
""",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    truth=AUTO("Out-of-office (Auto-Submitted header + self-described automatic) from an heir-claims desk; the "
               "deceased's name and account number in the subject change nothing: all fields null."))

add("castlegate-housing-noreply-en",
    "Castlegate Lettings <no-reply@castlegate-lettings.example>",
    "We have received your message [CL-REF 77120-Q]", "2028-09-09 19:22",
    """This is an automatic response - please do not reply.

Thank you for contacting Castlegate Lettings about a joint tenancy. Your message has been
received and passed to the rent accounts team. We aim to reply within 7 working days.
If your query is about a rent arrears balance for a shared house, please quote the tenancy
reference in all correspondence.

Castlegate Lettings Ltd
""",
    charset="us-ascii", cte="7bit",
    truth=AUTO("Automatic acknowledgement recognisable only by its text (no auto headers); mentions arrears and a "
               "shared house but states nothing; '[CL-REF 77120-Q]' is a ticket token: all fields null."))

add("weserland-inkasso-eingangsbestaetigung",
    "Weserland Inkasso GmbH <posteingang@weserland-inkasso.example>",
    "Eingangsbestätigung Ihrer Nachricht (Vorgang 2028-09-118842)", "2028-10-03 00:04",
    """Automatische Eingangsbestätigung

Ihre Nachricht ist bei der Weserland Inkasso GmbH eingegangen und wurde unter der
Vorgangsnummer 2028-09-118842 erfasst. Eine inhaltliche Prüfung ist damit nicht verbunden.
Bitte senden Sie keine weiteren Nachrichten zu demselben Anliegen.

Weserland Inkasso GmbH · Registriert nach § 10 RDG
""",
    headers={"X-Autoreply": "yes", "Precedence": "bulk"},
    truth=AUTO("Automatic receipt (X-Autoreply header and text); the Vorgangsnummer is the mailbox's ticket "
               "token, not a reference: all fields null."))


# --------------------------------------------------------------------------------------------------------------
# --check
# --------------------------------------------------------------------------------------------------------------

MIN_INTENTS = {"debt_statement": 13, "payment_plan_response": 4, "rejection": 3, "information_request": 4,
               "auto_reply": 3, "other": 3}
EARLIER = ("dev",) + tuple(f"dev{n}" for n in range(2, 48))


if __name__ == "__main__":
    sys.exit(BATCH.main(sys.argv[1:],
                        earlier=EARLIER,
                        min_intents=MIN_INTENTS,
                        min_kinds={"text_pdf": 3, "image_pdf": 2, "html_only": 2},
                        refs_per_mail=(1, 3)))
