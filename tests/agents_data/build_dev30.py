#!/usr/bin/env python3
"""Deterministic generator of the thirtieth dev batch (tests/agents_data/dev30/): 30 creditor emails + truth files.

Written without reading the engine (shared/, tools/, tests/engine/) or the other batches' truth files, by a
writer given only CONVENTIONS.md, the client list and a list of forms. Focus: long negotiation threads and
forwarded chains with collection agencies and lawyers - a settlement (Vergleich) negotiated over several rounds
with changing figures, a Ratenzahlungsvereinbarung with missed instalments and a new balance, a
Vollstreckungsbescheid with a Forderungsaufstellung table in a text PDF (Hauptforderung, Zinsen, Kosten,
Teilzahlungen), demands for a Schuldanerkenntnis, an interest calculation (Zinsstaffel), a debt purchaser that
bought the claim and the servicer writing for it, agency letters carrying both their own file number and the
original creditor's customer number, the firm's own earlier letters quoted in full (with the firm's file numbers
BR/.../28 and SB-..., never references), Austrian Inkassobüro letters and Swiss cases (Betreibung, CHF with
apostrophe thousands). Mostly German, some English and mixed. Every truth dict also labels `payment_deadline`.

Same file format and rendering as the earlier sets (build_dev.py's helpers and batch.Batch are imported,
nothing there changes).

    cd tests/agents_data
    /tmp/gen-venv/bin/python build_dev30.py          # (re)write dev30/
    /tmp/gen-venv/bin/python build_dev30.py --check  # verify dev30/ against the specs

No randomness: fixed dates, Message-IDs, MIME boundaries and PDF creation dates.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import batch  # noqa: E402
import build_dev as bd  # noqa: E402
from batch import Batch  # noqa: E402

FIRM = bd.FIRM
T, text_pdf, image_pdf = bd.T, bd.text_pdf, bd.image_pdf

BATCH = Batch("dev30", 3000)
MESSAGES, add = BATCH.messages, BATCH.add


def D(intent, client_id, creditor, amount, currency, refs, review, notes, deadline=None):
    """T(...) plus the payment deadline the creditor sets (ISO date) or None."""
    return {**T(intent, client_id, creditor, amount, currency, refs, review, notes), "payment_deadline": deadline}


def AUTO(notes):
    return {**bd.AUTO(notes), "payment_deadline": None}


# ---- debt_statement (13) -------------------------------------------------------------------------------------

add("quernheim-albers-vollstreckungsbescheid-forderungsaufstellung",
    "RAe Quernheim & Albers <zwangsvollstreckung@quernheim-albers.example>",
    "Vollstreckungsbescheid / Forderungsaufstellung i.S. Tannhauser Möbelwerk ./. Koch", "2028-09-26 10:04",
    """Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit vertreten wir weiterhin die Tannhauser Möbelwerk GmbH & Co. KG.
Unser Aktenzeichen: QA-1187/27-ZV
Ihr Zeichen: BR/2231/28

Gegen Ihren Mandanten, Herrn Stefan Koch, Neckarstr. 7, 68159 Mannheim, liegt ein rechtskräftiger
Vollstreckungsbescheid des Amtsgerichts Hagen vom 03.04.2028 vor. Die Forderung beruht auf dem
Kaufvertrag Nr. TM-KV-552907 (Wohnzimmereinrichtung).

Die von Ihnen erbetene aktuelle Forderungsaufstellung unter Berücksichtigung der bisher geleisteten
Teilzahlungen (verrechnet nach § 367 BGB) fügen wir als PDF bei.

Zur Vermeidung weiterer Vollstreckungsmaßnahmen (Sachpfändung, Vermögensauskunft) erwarten wir den
Ausgleich der Restforderung bis zum 14.10.2028. Einem realistischen Ratenvorschlag verschließt sich
unsere Mandantin nicht.

Mit freundlichen Grüßen

Dr. Henrike Albers
Rechtsanwältin

Quernheim & Albers Rechtsanwälte PartG mbB
Elberfelder Str. 19, 58095 Hagen
Tel. 02331 40 77 10 | Fax 02331 40 77 19
Partnerschaftsregister AG Essen PR 3318 | USt-IdNr. DE 301 447 892
Anderkonto: IBAN DE57 4505 0001 0118 2290 44
""",
    pdfs=[text_pdf("Forderungsaufstellung_QA-1187-27.pdf",
                   "Forderungsaufstellung zum Vollstreckungsbescheid",
                   ["Gläubigerin: Tannhauser Möbelwerk GmbH & Co. KG",
                    "Schuldner: Stefan Koch, geb. 11.11.1977",
                    "Unser Az.: QA-1187/27-ZV   Kaufvertrag TM-KV-552907",
                    "Stand: 26.09.2028", ""],
                   table=[("Hauptforderung lt. VB", "2.140,00 EUR"),
                          ("Zinsen 5 %-Pkt. ü. Basiszins bis 26.09.2028", "312,48 EUR"),
                          ("Kosten des Mahnverfahrens", "187,50 EUR"),
                          ("Kosten der Zwangsvollstreckung (GV)", "64,20 EUR"),
                          ("./. Teilzahlung 15.05.2028", "-200,00 EUR"),
                          ("./. Teilzahlung 14.07.2028", "-200,00 EUR"),
                          ("Restforderung", "2.304,18 EUR")],
                   after=["Weitere Zinsen laufen ab 27.09.2028 auf 2.140,00 EUR."])],
    truth=D("debt_statement", "K-2015", "Tannhauser Möbelwerk GmbH & Co. KG", "2304.18", "EUR",
            ["QA-1187/27-ZV", "TM-KV-552907"], False,
            "Lawyer writes for the furniture maker (owner). Total only in the PDF table as 'Restforderung' after "
            "two Teilzahlungen; Hauptforderung 2.140,00 is repeated below the table as the interest base. "
            "'Ihr Zeichen: BR/2231/28' is the firm's own file; Partnerschaftsregister/USt-IdNr/IBAN not refs. "
            "Deadline 14.10.2028.",
            "2028-10-14"))

add("brenninger-ratenvereinbarung-verfall",
    "Brenninger Küchen & Wohnen KG Buchhaltung <buchhaltung@brenninger-kuechen.example>",
    "Ratenzahlungsvereinbarung vom 02.02.2028 - Verfall / neue Restforderung - Becker", "2028-09-05 14:22",
    """Sehr geehrte Damen und Herren,

mit Ihrem Mandanten Lukas Becker (Uniweg 5, Heidelberg) haben wir am 02.02.2028 eine
Ratenzahlungsvereinbarung über ursprünglich 2.360,00 EUR geschlossen, monatliche Rate 120,00 EUR,
jeweils zum 5. eines Monats. Auftragsnummer: BKW-A-20871, Kunden-Nr. 11-40736.

Eingegangen sind die Raten Februar bis Juni 2028 (5 x 120,00 EUR = 600,00 EUR).
Die Raten für Juli und August sind trotz Erinnerung vom 12.08.2028 ausgeblieben.

Gemäß Ziffer 4 der Vereinbarung (Verfallklausel) ist damit die gesamte Restschuld sofort fällig.
Neue Restforderung:

  Restbetrag aus der Vereinbarung           1.760,00 EUR
  Verzugszinsen 05.07.-05.09.2028              24,87 EUR
  Mahnpauschale                                 5,00 EUR
  -------------------------------------------------------
  Restforderung gesamt                      1.789,87 EUR

Wir bitten um Ausgleich bis spätestens 20.09.2028. Sollte Ihr Mandant die Ratenzahlung
wieder aufnehmen wollen, ist dies nur nach Zahlung der beiden rückständigen Raten (240,00 EUR)
möglich - teilen Sie uns dies bitte mit.

Freundliche Grüße
i.A. Monika Feichtl
Brenninger Küchen & Wohnen KG | Industriestr. 8 | 83022 Rosenheim
Tel 08031 21 90 60 | HRA 4471 AG Traunstein | St.-Nr. 156/172/30458
""",
    truth=D("debt_statement", "K-2012", "Brenninger Küchen & Wohnen KG", "1789.87", "EUR",
            ["BKW-A-20871", "11-40736"], False,
            "Instalment agreement broken (Verfallklausel): many figures - original 2.360,00, paid 600,00, "
            "Restbetrag 1.760,00, arrears 240,00 - only 'Restforderung gesamt' is the total. HRA and "
            "Steuernummer in the footer are not refs. Deadline 20.09.2028.",
            "2028-09-20"))

add("hohenlimburger-kreditkasse-zinsstaffel-pdf",
    "Hohenlimburger Kreditkasse eG - Abwicklung <abwicklung@hohenlimburger-kk.example>",
    "Zinsberechnung gekündigtes Darlehen Nr. 7002 318 445 - Schulz", "2028-08-17 08:51",
    """Sehr geehrte Damen und Herren,

wir bestätigen den Eingang Ihres Schreibens (Ihr Az. SB-28-0412) und Ihre Vollmacht für
Frau Sabine Schulz, geb. 15.06.1971, Gartenweg 3, 20095 Hamburg.

Das Ratenkreditdarlehen Nr. 7002 318 445 wurde am 31.01.2028 gekündigt und gesamt fällig gestellt.
Die von Ihnen angeforderte Zinsberechnung (Verzugszins nach § 497 BGB, 2,5 %-Punkte über dem
Basiszinssatz) ist als Anlage beigefügt. Zinsen werden gemäß § 497 Abs. 2 BGB auf einem gesonderten
Konto geführt.

Die Gesamtforderung beläuft sich zum 17.08.2028 auf 6.921,73 EUR.

Der Mitdarlehensnehmer ist von diesem Schreiben nicht betroffen.

Mit freundlichen Grüßen
Hohenlimburger Kreditkasse eG
Abteilung Sanierung/Abwicklung
Herrenstraße 2, 58119 Hagen | Tel. 02334 509-0
BIC GENODEM1HLB | Genossenschaftsregister AG Hagen GnR 211
""",
    pdfs=[text_pdf("Zinsstaffel_7002318445.pdf", "Zinsberechnung Darlehen 7002 318 445",
                   ["Darlehensnehmerin: Sabine Schulz", "Kündigung/Gesamtfälligstellung: 31.01.2028",
                    "Verzugszins: Basiszins + 2,5 %-Punkte", ""],
                   table=[("Restkapital per 31.01.2028", "6.488,10 EUR"),
                          ("Zinsen 01.02.-30.06.2028 (150 T.)", "119,63 EUR"),
                          ("Zinsen 01.07.-17.08.2028 (47 T.)", "40,00 EUR"),
                          ("Kündigungs- und Mahnkosten", "274,00 EUR"),
                          ("Gesamtforderung 17.08.2028", "6.921,73 EUR")],
                   after=["Zinsen sind nicht kapitalisiert (gesondertes Zinskonto)."])],
    truth=D("debt_statement", "K-2005", "Hohenlimburger Kreditkasse eG", "6921.73", "EUR",
            ["7002 318 445"], False,
            "Two Schulz clients at the same address: first name + DOB 15.06.1971 decide (Sabine, not Thomas). "
            "Interest calculation table in PDF; the mail restates the total. 'Ihr Az. SB-28-0412' is the firm's. "
            "BIC and GnR not refs; loan number written with spaces in subject/body and without in the file name."))

add("pellworm-credit-servicer-for-buyer",
    "Pellworm Credit Services GmbH <kontoauszug@pellworm-credit.example>",
    "Kontoübersicht Ihre Mandantin Fatma Öztürk / PCS 4419-2207", "2028-09-12 11:40",
    """Sehr geehrte Damen und Herren,

wir verwalten die nachstehende Forderung im Auftrag der Gläubigerin Aldringen Portfolio Invest S.à r.l.,
Luxemburg, die die Forderung von der ursprünglichen Gläubigerin Funkwelle Mobil GmbH erworben hat
(Abtretung vom 30.06.2027, angezeigt mit Schreiben vom 18.07.2027).

Schuldnerin:                 Fatma Öztürk, Marktstr. 9, 47051 Duisburg
Unser Zeichen (Servicer):    PCS 4419-2207
Portfolio-Ref. Gläubigerin:  API-DE-27-0093315
Kundennr. Funkwelle Mobil:   FM 30 998 174

Hauptforderung (Altgläubigerin)      612,44 EUR
Zinsen seit Ankauf                    38,90 EUR
Kosten Altgläubigerin / Vorinkasso   141,60 EUR
abzgl. Zahlungen                     -50,00 EUR
aktueller Saldo                      742,94 EUR

Zahlungen bitte ausschließlich auf das Treuhandkonto der Pellworm Credit Services GmbH,
IBAN DE93 2004 1111 0377 5510 00, Verwendungszweck PCS 4419-2207.

Mit freundlichen Grüßen
Pellworm Credit Services GmbH - im Auftrag der Aldringen Portfolio Invest S.à r.l.
Am Sandtorkai 41, 20457 Hamburg | HRB 160 227 | registriert nach § 10 RDG
""",
    truth=D("debt_statement", "K-2013", "Aldringen Portfolio Invest S.à r.l.", "742.94", "EUR",
            ["PCS 4419-2207", "API-DE-27-0093315", "FM 30 998 174"], False,
            "Servicer writes for the debt buyer, which owns the claim (not the servicer, not the original "
            "Funkwelle Mobil GmbH). Three numbers are all creditor-side: servicer's, buyer's portfolio ref, "
            "original customer number. Total labelled 'aktueller Saldo'. IBAN and HRB not refs."))

add("grasmayr-inkassobuero-linz-mahnung",
    "Inkassobüro Grasmayr GmbH <office@inkasso-grasmayr.example>",
    "Mahnschreiben - Akt 28/0716-GR - Auftraggeber Almtaler Versandhaus", "2028-08-29 07:35",
    """Sehr geehrte Damen und Herren!

Wir wurden von unserem Auftraggeber, der Almtaler Versandhaus GmbH, 4644 Scharnstein, mit der
Betreibung der nachstehenden Forderung gegen Ihre Mandantin beauftragt:

Schuldnerin: Frau Fatma Oeztuerk, geb. 08.08.1980, Marktstraße 9, D-47051 Duisburg
Unser Akt: 28/0716-GR  -  Kundennummer beim Auftraggeber: AV-0388120

Offene Gesamtforderung (Kapital), fällig seit 14.05.2028      EUR   318,90
4 % Verzugszinsen p.a. bis 29.08.2028                         EUR     3,98
Mahnspesen des Auftraggebers                                  EUR    12,00
Inkassospesen gem. BGBl. 141/1996 (Erstmahnung, Evidenz)       EUR    41,16
zu zahlen                                                     EUR   376,04

Bitte überweisen Sie den Betrag bis 12.09.2028 auf unser Konto AT61 3400 0000 0271 8844
(Raiffeisenlandesbank OÖ). Information zu unserer Gewerbeberechtigung: GISA-Zahl 12218845.

Mit freundlichen Grüßen
Inkassobüro Grasmayr GmbH
Landstraße 57, 4020 Linz | Tel. +43 732 77 14 02 | FN 411236 k, LG Linz | UID ATU 68812344
""",
    truth=D("debt_statement", "K-2013", "Almtaler Versandhaus GmbH", "376.04", "EUR",
            ["28/0716-GR", "AV-0388120"], False,
            "Austrian Inkassobüro: 'Offene Gesamtforderung (Kapital)' is only the principal - the total is "
            "'zu zahlen EUR 376,04'. Transliteration Oeztuerk + DOB. GISA-Zahl, FN, UID and AT IBAN are not "
            "refs. Deadline 12.09.2028.",
            "2028-09-12"))

add("inkasso-limmatfeld-betreibung-chf",
    "Inkasso Limmatfeld AG <dossiers@limmatfeld-inkasso.example>",
    "Letzte Zahlungsaufforderung vor Betreibung - Dossier LF-2028-55170", "2028-10-03 09:15",
    """Guten Tag

Die Elektro Seerücken AG, Steckborn, hat uns die untenstehende Forderung zum Inkasso übergeben.
Ihr Mandant, Herr Juergen Strauss-Koehler, München, hat auf unsere Zahlungsaufforderungen vom
22.08. und 12.09.2028 nicht reagiert.

Dossier: LF-2028-55170
Rechnung Elektro Seerücken AG Nr. 24-19073 vom 02.05.2028

Rechnungsbetrag                   CHF 2'140.00
Verzugszins 5 % ab 02.06.2028     CHF    35.77
Mahngebühren Gläubigerin          CHF    30.00
Inkassoaufwand                    CHF   112.98
Total offen                       CHF 2'318.75

Wir ersuchen um Zahlung bis 17.10.2028. Andernfalls leiten wir ohne weitere Ankündigung die
Betreibung ein; die Kosten des Zahlungsbefehls gehen zulasten des Schuldners.

Freundliche Grüsse

Inkasso Limmatfeld AG
Badenerstrasse 311, 8004 Zürich | Tel. +41 44 508 31 70
UID CHE-114.882.305 MWST | PostFinance IBAN CH44 0900 0000 8811 2205 3
""",
    truth=D("debt_statement", "K-2004", "Elektro Seerücken AG", "2318.75", "CHF",
            ["LF-2028-55170", "24-19073"], False,
            "Swiss agency for a Swiss electrician (owner): CHF with apostrophe thousands 'CHF 2'318.75'; "
            "transliterated 'Juergen Strauss-Koehler'; Betreibung threatened. UID/MWST and CH IBAN not refs. "
            "Deadline 17.10.2028.",
            "2028-10-17"))

add("eiderstedt-forward-chain-current-statement",
    "Eiderstedter Wohnungsbau eG - Mietenbuchhaltung <miete@eiderstedter-wohnbau.example>",
    "WG: WG: Mietrückstand Petrova - aktueller Stand für Schuldnerberatung", "2028-08-22 16:03",
    """Sehr geehrte Damen und Herren,

wie telefonisch besprochen leite ich Ihnen die aktuelle Aufstellung unseres Mahnwesens weiter.

Mit freundlichen Grüßen
Jana Tetens, Mietenbuchhaltung
Eiderstedter Wohnungsbau eG, Markt 6, 25832 Tönning, Tel. 04861 61 77-30

---------- Weitergeleitete Nachricht ----------
Von: Mahnwesen Eiderstedter Wohnungsbau <mahnwesen@eiderstedter-wohnbau.example>
Datum: 22.08.2028 11:47
Betreff: WG: Mietrückstand Petrova

Jana, hier der Stand von heute für Mietvertrag MV-3310-044 (Olga Petrova, Whg. 2. OG links):
Miete Juni 2028 offen 684,00 / Juli 2028 offen 684,00 / Aug. 2028 Teilzahlung 300 => 384,00
Nebenkostennachzahlung 2027 (Abrechnung NK-27-3310): 211,56
Rückstand gesamt per 22.08.2028: 1.963,56 EUR
Bitte an die Schuldnerberatung schicken. Gruß, Hauke

> ---------- Weitergeleitete Nachricht ----------
> Von: Mahnwesen
> Datum: 15.07.2028
> Mietvertrag MV-3310-044: Rückstand per 15.07.2028: 1.579,56 EUR
> (Juni-Miete, anteilig Juli, NK-Nachzahlung). Zweite Mahnung versandt.
""",
    truth=D("debt_statement", "K-2010", "Eiderstedter Wohnungsbau eG", "1963.56", "EUR",
            ["MV-3310-044", "NK-27-3310"], False,
            "Double-forwarded internal chain: the current creditor figure (1.963,56 EUR, forwarded as the "
            "current statement) sits in the middle; the older quoted figure 1.579,56 EUR is superseded. "
            "Monthly components without currency. No deadline."))

add("hartlieb-lawyers-html-forderungsaufstellung",
    "Hartlieb Rechtsanwälte <forderungen@hartlieb-ra.example>",
    "Ihre Mandantin Aylin Celik - Forderung Rheinwest Fitness - Az. 4471/28-HL", "2028-09-18 13:10",
    html="""<html><body style="font-family:Arial">
<table width="100%"><tr><td><b>HARTLIEB RECHTSANWÄLTE</b><br>Ostwall 14 &middot; 44135 Dortmund<br>
Tel. 0231 950 77-0 &middot; Fax 0231 950 77-99<br>USt-IdNr. DE 289 114 650</td>
<td align="right">Unser Az.: <b>4471/28-HL</b><br>Ihr Az.: BR/1904/28<br>Dortmund, 18.09.2028</td></tr></table>
<p>Sehr geehrte Kolleginnen und Kollegen,</p>
<p>wir vertreten die <b>Rheinwest Fitness GmbH</b> (Mitgliedsnummer Ihrer Mandantin: <b>RWF-M-081274</b>).
Ihre Mandantin, Frau Aylin &Ccedil;elik, geb. 03.11.1990, ist mit den Mitgliedsbeiträgen seit Januar 2028 im
R&uuml;ckstand. Die Forderung setzt sich wie folgt zusammen:</p>
<table border="1" cellpadding="3">
<tr><th>Position</th><th>Betrag</th></tr>
<tr><td>Beiträge 01-06/2028 (6 x 39,90)</td><td>239,40 &euro;</td></tr>
<tr><td>Restlaufzeit bis 31.12.2028 (6 x 39,90)</td><td>239,40 &euro;</td></tr>
<tr><td>Rücklastschriftkosten (4 x 7,50)</td><td>30,00 &euro;</td></tr>
<tr><td>Zinsen</td><td>11,83 &euro;</td></tr>
<tr><td>RVG-Gebühr 1,3 Geschäftsgebühr + Auslagen</td><td>104,60 &euro;</td></tr>
<tr><td><b>Gesamtforderung</b></td><td><b>625,23 &euro;</b></td></tr>
</table>
<p>Wir haben Frist zur Zahlung bis zum <b>02.10.2028</b> notiert. Ein Ratenzahlungsangebot Ihrer Mandantin
werden wir unserer Mandantin vorlegen.</p>
<p>Mit kollegialen Grüßen<br>Tobias Hartlieb<br>Rechtsanwalt</p>
</body></html>""",
    html_only=True,
    truth=D("debt_statement", "K-2003", "Rheinwest Fitness GmbH", "625.23", "EUR",
            ["4471/28-HL", "RWF-M-081274"], False,
            "HTML-only lawyer letter with a letterhead table (our Az. vs. the firm's 'Ihr Az.: BR/1904/28'), "
            "component table with bold Gesamtforderung; subject spells 'Celik', body 'Çelik' + DOB. "
            "Deadline 02.10.2028.",
            "2028-10-02"))

add("wismarer-teilzahlungsbank-scan",
    "Wismarer Teilzahlungsbank AG <forderungsmanagement@wismarer-tzb.example>",
    "Kontoauszug Ratenkredit - Ihr Schreiben vom 04.09.2028", "2028-09-21 09:02",
    """Sehr geehrte Damen und Herren,

auf Ihre Anfrage erhalten Sie anliegend den Kontoauszug zum gekündigten Ratenkredit Ihres Mandanten
als Scan. Bitte beachten Sie, dass der Saldo tagesaktuell ist und sich durch laufende Zinsen ändert.

Für Rückfragen: Frau Lüders, Tel. 03841 7740-218.

Mit freundlichen Grüßen
Wismarer Teilzahlungsbank AG
Forderungsmanagement
Lübsche Str. 121, 23966 Wismar
HRB 9921 AG Schwerin | BLZ 130 911 00
""",
    pdfs=[image_pdf("Kontoauszug_Scan.pdf",
                    ["WISMARER TEILZAHLUNGSBANK AG",
                     "Kontoauszug gekündigter Ratenkredit",
                     "Kreditnehmer: Karin Meier, geb. 30.09.1982, Ringstr. 8, 50672 Köln",
                     "Kreditkonto: 8834 2207 19    Vertrag vom 11.03.2025",
                     "Gekündigt am 28.02.2028",
                     "Restkapital                     4.118,06 EUR",
                     "Vertragszinsen bis Kündigung       96,12 EUR",
                     "Verzugszinsen                     141,77 EUR",
                     "Gebühren                           33,00 EUR",
                     "Saldo zu unseren Gunsten         4.388,95 EUR",
                     "Stand: 21.09.2028"])],
    truth=D("debt_statement", "K-2002", "Wismarer Teilzahlungsbank AG", "4388.95", "EUR",
            ["8834 2207 19"], False,
            "Body names no debtor; debtor, account and total only in an image-only scan ('Saldo zu unseren "
            "Gunsten'). Karin Meier (not Klaus Meyer) by DOB and address. BLZ and HRB not refs."))

add("vandermeulen-incasso-components-only",
    "Van der Meulen Incasso B.V. <collections-de@vdmeulen-incasso.example>",
    "Your client Mr Peter Wagner - file VDM/28/40917", "2028-10-09 15:48",
    """Dear Sir or Madam,

Re: our file VDM/28/40917 - principal: Sonnevelt Reizen B.V., booking no. SR-BK-771203
Debtor: Mr Peter Wagner, Kirchgasse 11, 65183 Wiesbaden (date of birth 19-07-1958)

Further to your letter of 25 September we confirm that our principal, Sonnevelt Reizen B.V., holds a
claim from an unpaid package-holiday cancellation invoice. The claim is made up as follows:

 - cancellation invoice (principal sum)    EUR 1,480.00
 - statutory interest to date               EUR    61.23
 - extrajudicial collection costs (WIK)     EUR   222.00

Interest will continue to accrue. Kindly let us know whether your client wishes to propose a
payment arrangement; our principal has authorised us to consider instalments.

Yours faithfully,

M. de Groot
Van der Meulen Incasso B.V.
Weena 505, 3013 AL Rotterdam, The Netherlands
T +31 10 799 41 20 | KvK 74120391 | BTW NL 8599 12 445 B01
""",
    truth=D("debt_statement", "K-2009", "Sonnevelt Reizen B.V.", None, None,
            ["VDM/28/40917", "SR-BK-771203"], True,
            "English letter from a Dutch agency for a Dutch travel company: only components (principal, "
            "interest, costs), no stated total -> null with review 'total not stated'. DOB with dashes. "
            "KvK and BTW numbers are not refs."))

add("saalekreis-versorgung-ambiguous-schulz",
    "Versorgungsbetriebe Saalekreis GmbH <inkasso@vb-saalekreis.example>",
    "Schlussrechnung / offener Betrag Vertragskonto 610 448 273", "2028-08-08 10:30",
    """Sehr geehrte Damen und Herren,

Sie haben uns mitgeteilt, dass Sie die Interessen von Herrn bzw. Frau Schulz, Gartenweg 3,
20095 Hamburg, vertreten. Der Vertrag für die frühere Ferienwohnung in 06108 Halle wurde zum
30.06.2028 beendet; die Schlussrechnung Nr. 9120 5517 ging Ihnen per Post zu.

Vertragskonto: 610 448 273
Vertragspartner laut unseren Unterlagen: Schulz, Gartenweg 3, 20095 Hamburg

Nach Verrechnung der Abschläge verbleibt ein offener Betrag von 538,14 EUR, zahlbar bis 31.08.2028.

Mit freundlichen Grüßen
Versorgungsbetriebe Saalekreis GmbH - Forderungsmanagement
Bornknechtstr. 5, 06108 Halle (Saale) | Tel. 0345 581-4400
Amtsgericht Stendal HRB 20417 | USt-IdNr. DE 811 309 552 | Gläubiger-ID DE41ZZZ00000577301
""",
    truth=D("debt_statement", None, "Versorgungsbetriebe Saalekreis GmbH", "538.14", "EUR",
            ["610 448 273", "9120 5517"], True,
            "Final bill for 'Herrn bzw. Frau Schulz, Gartenweg 3, Hamburg' - no first name, no DOB: both "
            "Sabine Schulz (K-2005) and Thomas Schulz (K-2006) fit -> client null, ambiguous client match. "
            "Gläubiger-ID, HRB, USt-IdNr not refs. Deadline 31.08.2028.",
            "2028-08-31"))

add("aarewerk-inkasso-zahnzentrum-chf-pdf",
    "Aarewerk Inkasso GmbH <inkasso@aarewerk-inkasso.example>",
    "Forderung Zahnzentrum Thun AG - Fall AW-28-06271 - Fischer A.-L.", "2028-09-07 10:45",
    """Sehr geehrte Damen und Herren

Besten Dank für Ihre Mitteilung, dass Sie Frau A.-L. Fischer (geb. 01.12.1994, Stuttgart) vertreten.

Unsere Auftraggeberin, die Zahnzentrum Thun AG, hat uns die Forderung aus der Behandlung vom
Februar 2027 übergeben. Die detaillierte Aufstellung inkl. Zinsberechnung finden Sie im PDF.
Ein Zahlungsbefehl (Betreibung) wurde bereits im Juni 2028 zugestellt; Rechtsvorschlag wurde
nicht erhoben.

Falls Ihre Mandantin in Euro zahlen möchte, rechnen wir zum Tageskurs um (derzeit ca. EUR 3'180).
Bitte begleichen Sie den Betrag innert 10 Tagen oder unterbreiten Sie uns einen Ratenvorschlag.

Freundliche Grüsse
Aarewerk Inkasso GmbH
Bälliz 64, 3600 Thun | Tel. +41 33 221 48 90 | UID CHE-402.117.668
""",
    pdfs=[text_pdf("Aufstellung_AW-28-06271.pdf", "Forderungsaufstellung Fall AW-28-06271",
                   ["Gläubigerin: Zahnzentrum Thun AG", "Schuldnerin: Anna-Lena Fischer",
                    "Patienten-Nr. ZZT-P-18840, Rechnung 2027/0311", "Stand: 07.09.2028", ""],
                   table=[("Behandlungsrechnung 2027/0311", "CHF 2'760.00"),
                          ("Verzugszins 5 % seit 30.04.2027", "CHF 188.55"),
                          ("Mahnspesen Gläubigerin", "CHF 20.00"),
                          ("Betreibungskosten (Zahlungsbefehl)", "CHF 73.30"),
                          ("Inkassogebühr", "CHF 30.70"),
                          ("Total Forderung", "CHF 3'072.55")])],
    truth=D("debt_statement", "K-2008", "Zahnzentrum Thun AG", "3072.55", "CHF",
            ["AW-28-06271", "ZZT-P-18840", "2027/0311"], False,
            "Swiss agency for a dental centre: CHF total only in the PDF table; the mail gives an approximate "
            "EUR equivalent 'ca. EUR 3'180' which is not the stated debt. Client initials 'A.-L. Fischer' + DOB. "
            "'innert 10 Tagen' is no date -> no deadline."))

add("varnhorn-zinsberechnung-thread-mvz",
    "RAin Dr. Ilse Varnhorn <sekretariat@varnhorn-recht.example>",
    "AW: AW: Koch, Stefan - Erläuterung Zinsberechnung - Az. V-0619/28", "2028-10-18 12:02",
    """Sehr geehrte Damen und Herren,

zu Ihrer Rückfrage: Die Zinsen sind zutreffend berechnet. Verzugszinsen laufen gemäß § 288 Abs. 1 BGB
mit 5 Prozentpunkten über dem Basiszinssatz auf die Hauptforderung von 1.290,00 EUR seit dem
16.02.2028 (Verzug nach Ablauf der in der Rechnung MVZ-RE-28-00871 gesetzten Frist). Die Teilzahlung
vom 01.09.2028 über 100,00 EUR ist zunächst auf Kosten und Zinsen verrechnet worden (§ 367 BGB).

Die Forderung der MVZ Lippstadt Süd GmbH beläuft sich heute auf insgesamt 1.382,16 EUR.

Mit freundlichen Grüßen
Dr. Ilse Varnhorn, Rechtsanwältin
Cappelstraße 12, 59555 Lippstadt | Tel. 02941 97 33 0 | USt-IdNr. DE 254 880 713

> Am 10.10.2028 schrieb Kanzlei Berger & Roth (Az. BR/2311/28):
> Ihr Mandant Stefan Koch bestreitet die Höhe der Zinsen. Bitte schlüsseln Sie die Zinsen auf.
>
>> Am 22.09.2028 schrieb RAin Dr. Varnhorn:
>> Hauptforderung 1.290,00 EUR, Zinsen 52,30 EUR, Kosten 112,72 EUR,
>> abzgl. Zahlung 100,00 EUR - Restforderung 1.355,02 EUR. Zahlbar bis 06.10.2028.
""",
    truth=D("debt_statement", "K-2015", "MVZ Lippstadt Süd GmbH", "1382.16", "EUR",
            ["V-0619/28", "MVZ-RE-28-00871"], False,
            "Interest explanation in a nested reply thread: the newest message's total 1.382,16 wins over the "
            "older quoted Restforderung 1.355,02 and its old deadline 06.10.2028 (quoted, superseded, so no "
            "deadline now). Client only 'Koch, Stefan' without DOB. BR/2311/28 is the firm's."))


# ---- payment_plan_response (5) -------------------------------------------------------------------------------

add("kessler-forderungsservice-vergleich-runde-3",
    "Kessler Forderungsservice GmbH <vergleich@kessler-fs.example>",
    "AW: AW: AW: Vergleichsvorschlag Petrowa / Lumera Versand - KFS-28-06613", "2028-10-11 12:26",
    """Sehr geehrte Frau Roth,

nach erneuter Rücksprache mit unserer Auftraggeberin, der Lumera Versandhandel GmbH, können wir Ihnen
folgendes letztes Angebot unterbreiten: Zur Abgeltung sämtlicher Ansprüche akzeptiert unsere
Auftraggeberin eine Einmalzahlung von 1.450,00 EUR, zahlbar bis 31.10.2028. Geht die Zahlung
nicht fristgerecht ein, lebt die Gesamtforderung in voller Höhe wieder auf; diese beträgt
inzwischen 2.386,40 EUR.

Mit freundlichen Grüßen
Sven Kessler, Kessler Forderungsservice GmbH, Tel. 0521 328 84 0, HRB 41102 AG Bielefeld

-----Ursprüngliche Nachricht-----
Von: Kanzlei Berger & Roth [posteingang@kanzlei-schuldnerberatung.example]
Gesendet: 02.10.2028
Betreff: AW: AW: Vergleichsvorschlag - unser Az. BR/1187/28
> Ihr Gegenvorschlag von 1.800,00 EUR übersteigt die Möglichkeiten unserer Mandantin Olga Petrowa.
> Wir erhöhen unser Angebot auf 1.100,00 EUR, finanziert durch eine Zuwendung eines Angehörigen.

-----Ursprüngliche Nachricht-----
Von: Kessler Forderungsservice GmbH
Gesendet: 19.09.2028
> Ihr Angebot über 900,00 EUR lehnt unsere Auftraggeberin ab. Sie wäre bereit, gegen Zahlung von
> 1.800,00 EUR auf den Rest zu verzichten. Gesamtforderung per 19.09.2028: 2.351,10 EUR.
> Kundennummer bei Lumera: LV 4420918

-----Ursprüngliche Nachricht-----
Von: Kanzlei Berger & Roth
Gesendet: 04.09.2028
> Namens unserer Mandantin bieten wir zur vollständigen Erledigung eine Einmalzahlung von 900,00 EUR an.
""",
    truth=D("payment_plan_response", "K-2010", "Lumera Versandhandel GmbH", "2386.40", "EUR",
            ["KFS-28-06613", "LV 4420918"], False,
            "Third round of a settlement negotiation: figures change each round (firm 900 -> 1.100, agency "
            "1.800 -> 1.450). The newest creditor message restates the total 2.386,40 (older quoted 2.351,10 "
            "superseded); the 1.450,00 settlement is not the debt. 'Petrowa' transliteration of Petrova. "
            "BR/1187/28 is the firm's. Settlement payable by 31.10.2028.",
            "2028-10-31"))

add("mosbacher-inkasso-raten-gegen-schuldanerkenntnis",
    "Mosbacher Inkasso Kontor GmbH <sachbearbeitung@mosbacher-inkasso.example>",
    "Ratenzahlungsangebot M. Yilmaz - Zustimmung unter Bedingungen", "2028-09-08 09:47",
    """Sehr geehrte Damen und Herren,

Ihr Ratenzahlungsangebot vom 28.08.2028 (Ihr Zeichen BR/0992/28) für Herrn Mehmet Yilmaz haben wir mit
unserer Auftraggeberin, der Odenwald Heizöl Handels GmbH, abgestimmt.

Unser Az.: MIK 28-3391   |   Rechnungs-Nr. der Auftraggeberin: OHH-R-2027-1183

Mit monatlichen Raten von 60,00 EUR (statt angebotener 40,00 EUR) ab 15.10.2028 sind wir einverstanden,
wenn Ihr Mandant das beigefügte Schuldanerkenntnis über die derzeitige Gesamtforderung von 1.274,55 EUR
unterschrieben bis 30.09.2028 zurücksendet. Bei Verzug mit mehr als einer Rate wird die Restforderung
sofort fällig. Während der Laufzeit stellen wir weitere Zinsen zurück.

Mit freundlichen Grüßen
Carina Weidmann
Mosbacher Inkasso Kontor GmbH
Hauptstr. 88, 74821 Mosbach | Tel. 06261 93 48 0 | HRB 705512 AG Mannheim
Registriert beim LG Mosbach Nr. 3712 E-4.17
""",
    truth=D("payment_plan_response", "K-2007", "Odenwald Heizöl Handels GmbH", "1274.55", "EUR",
            ["MIK 28-3391", "OHH-R-2027-1183"], False,
            "Counter-offer (60 instead of 40 EUR) conditional on a signed Schuldanerkenntnis: a "
            "payment_plan_response, not an information_request. Total stated inside the condition. 'Yilmaz' "
            "for Yılmaz. 30.09.2028 is the deadline for returning the signed form, 15.10. the first instalment "
            "- neither is a deadline to pay the debt, so null. Registration number not a ref."))

add("rheinauen-leasing-counteroffer-en-de",
    "Rheinauen Auto-Leasing GmbH Collections <collections@rheinauen-leasing.example>",
    "RE: Settlement proposal - contract RAL-LV-204417 - Mr J. Smith", "2028-09-29 17:05",
    """Dear colleagues,

thank you for your proposal dated 15 September (your ref. BR/1733/28). Our credit committee cannot
accept a quota of 15 %. We are however prepared to settle the outstanding balance of EUR 5,212.80
for a one-off payment of EUR 3,100.00, or alternatively 24 monthly instalments of EUR 180.00.

Please let us have your client's decision by 20 October 2028.

Mit freundlichen Grüßen / Kind regards
Hannah Vogt, Collections
Rheinauen Auto-Leasing GmbH, Rheinallee 31, 55118 Mainz
Tel +49 6131 48 20 77 | HRB 47720 Mainz | USt-IdNr DE 266 019 458

> Von: Kanzlei Berger & Roth
> Ihr Mandant John Smith, geb. 10.10.1975, Leasingvertrag RAL-LV-204417
> Restforderung lt. Ihrer Endabrechnung vom 03.07.2028: EUR 5,064.20
> Wir bieten eine Quote von 15 % (EUR 759.63) zur Abgeltung an.
""",
    truth=D("payment_plan_response", "K-2011", "Rheinauen Auto-Leasing GmbH", "5212.80", "EUR",
            ["RAL-LV-204417"], False,
            "English/German mix; counter-offer with two alternatives. Balance EUR 5,212.80 in the new "
            "message; the firm's quote of the older final bill (5,064.20) and its 15 % offer are not the "
            "debt. Client 'Mr J. Smith' confirmed by the quoted full name + DOB. 20 October is a decision "
            "deadline, not a payment deadline."))

add("grasmayr-ratenvereinbarung-annahme-at",
    "Inkassobüro Grasmayr GmbH <raten@inkasso-grasmayr.example>",
    "Ratenansuchen Akt 28/0488-GR - Zustimmung", "2028-10-16 08:12",
    """Sehr geehrte Damen und Herren!

Betreff: Ihr Ratenansuchen für Herrn Klaus Meyer, Lindenstraße 4, Köln
Unser Akt: 28/0488-GR  -  Auftraggeber: Traunviertler Sportartikel GmbH, Vertrags-Nr. TSG-30177

Unser Auftraggeber stimmt der vorgeschlagenen Ratenzahlung zu: monatlich EUR 50,-, erstmals am
01.11.2028, jeweils zum Monatsersten, bis zur vollständigen Tilgung des aushaftenden Betrages von
EUR 890,40 (inkl. bisher aufgelaufener Zinsen und Kosten).

Terminverlust: Bei Verzug mit einer Rate von mehr als 14 Tagen wird der gesamte offene Betrag fällig.
Die Raten sind auf AT61 3400 0000 0271 8844 unter Angabe des Aktes zu überweisen.

Mit freundlichen Grüßen
Inkassobüro Grasmayr GmbH
Landstraße 57, 4020 Linz | FN 411236 k | UID ATU 68812344
""",
    truth=D("payment_plan_response", "K-2001", "Traunviertler Sportartikel GmbH", "890.40", "EUR",
            ["28/0488-GR", "TSG-30177"], False,
            "Austrian acceptance of an instalment plan: 'aushaftender Betrag EUR 890,40' is the total; "
            "'EUR 50,-' the instalment. Terminverlust clause instead of Verfallklausel. Instalment dates, no "
            "deadline for the debt."))

add("nordkap-forderungsankauf-raten-fortsetzung",
    "Nordkap Forderungsankauf AG <ratenservice@nordkap-fa.example>",
    "Ihr Antrag auf Fortsetzung der Ratenzahlung - Vorgang NFA-3391047", "2028-08-30 13:37",
    """Sehr geehrte Damen und Herren,

wir sind Inhaberin der Forderung aus dem ehemaligen Festnetzvertrag Ihres Mandanten bei der
Telekom Deutschland GmbH (Ursprungs-Kundennr. 4711081599), die wir mit Vertrag vom 14.03.2027
angekauft haben.

Die am 01.10.2027 vereinbarten Raten von 45,00 EUR wurden bis Mai 2028 gezahlt; die Raten Juni
und Juli 2028 fehlen. Ihrem Antrag auf Fortsetzung stimmen wir zu:

- die beiden rückständigen Raten (90,00 EUR) sind bis 15.09.2028 nachzuzahlen,
- danach laufen die Raten von 45,00 EUR zum 1. des Monats weiter,
- neue Restforderung nach Verrechnung aller Zahlungen: 1.128,60 EUR.

Unser Vorgang: NFA-3391047

Mit freundlichen Grüßen
Nordkap Forderungsankauf AG
Kehrwieder 8, 20457 Hamburg | HRB 150338 AG Hamburg | Vorstand: P. Lorenzen
""",
    truth=D("payment_plan_response", "K-2004", "Nordkap Forderungsankauf AG", "1128.60", "EUR",
            ["NFA-3391047", "4711081599"], False,
            "Debt buyer (owner, writes itself) agrees to continue a broken instalment plan on conditions. "
            "No debtor name at all: client only via the known Telekom reference '4711 0815 99' written "
            "without spaces. 90,00 arrears due by 15.09.2028 (a payment the creditor sets, so deadline); "
            "1.128,60 is the new total.",
            "2028-09-15"))


# ---- rejection (3) -------------------------------------------------------------------------------------------

add("dornfeld-bank-ablehnung-zitiert-kanzleischreiben",
    "Dornfeld Bank AG Recovery <recovery@dornfeld-bank.example>",
    "AW: Außergerichtlicher Einigungsversuch nach § 305 InsO - Hoffmann, Maria", "2028-10-05 10:55",
    """Sehr geehrte Damen und Herren,

den außergerichtlichen Schuldenbereinigungsplan lehnen wir ab. Eine Zustimmung zu einem Nullplan bzw.
einer Quote von 2,4 % kommt für uns nicht in Betracht. Von weiteren Vorschlägen bitten wir abzusehen.

Mit freundlichen Grüßen
Dornfeld Bank AG - Recovery, Kreditkonto 55-0917723
Taunusanlage 9, 60325 Frankfurt | HRB 88120 | BIC DORNDEFFXXX

-----Ursprüngliche Nachricht-----
Von: Kanzlei Berger & Roth Schuldnerberatung
Datum: 12.09.2028
Betreff: Außergerichtlicher Einigungsversuch nach § 305 InsO - Hoffmann, Maria
Unser Az.: BR/0417/28 - Sachbearbeitung SB-28-1190

Sehr geehrte Damen und Herren,
wir vertreten Frau Maria Hoffmann, geb. 03.03.1962, Domplatz 1, 99084 Erfurt.
Nach unseren Unterlagen beträgt Ihre Forderung (Kreditkonto 55-0917723) 8.940,12 EUR,
das sind 11,2 % der Gesamtverschuldung von 79.822,50 EUR.
Unsere Mandantin verfügt über kein pfändbares Einkommen. Wir bieten daher eine Einmalzahlung
aus Mitteln Dritter von insgesamt 1.920,00 EUR auf alle Gläubiger, auf Sie entfallend 214,56 EUR.
Wir bitten um Zustimmung bis zum 06.10.2028.
Mit freundlichen Grüßen
Kanzlei Berger & Roth
""",
    truth=D("rejection", "K-2014", "Dornfeld Bank AG", None, None, ["55-0917723"], False,
            "Flat refusal of the § 305 InsO plan. The firm's own letter is quoted in full with its file "
            "numbers (BR/0417/28, SB-28-1190 - not refs) and the firm's figures (claim per the firm's "
            "records, total debts, offer) - none is a creditor-stated balance, so null. 06.10.2028 is the "
            "firm's deadline, not the creditor's."))

add("limmatfeld-ablehnung-teilzahlung-chf",
    "Inkasso Limmatfeld AG <dossiers@limmatfeld-inkasso.example>",
    "Ihr Vorschlag Dossier LF-2027-31808 - Ablehnung", "2028-08-24 14:40",
    """Guten Tag

Ihren Vorschlag vom 10.08.2028, die Forderung der Bergbahnen Hohgant AG gegen Herrn John Smith
(Saisonabonnement, Rechnung BH-2027-7741) mit einer Zahlung von CHF 300.- per Saldo aller Ansprüche
zu erledigen, lehnt unsere Auftraggeberin ab.

Die offene Forderung beträgt unverändert CHF 1'065.40. Da bereits ein Zahlungsbefehl zugestellt
und kein Rechtsvorschlag erhoben wurde, wird die Betreibung fortgesetzt.

Freundliche Grüsse
Inkasso Limmatfeld AG
Badenerstrasse 311, 8004 Zürich | UID CHE-114.882.305 MWST
""",
    truth=D("rejection", "K-2011", "Bergbahnen Hohgant AG", "1065.40", "CHF",
            ["LF-2027-31808", "BH-2027-7741"], False,
            "Swiss refusal without counter-offer that restates the balance 'CHF 1'065.40' (the firm's "
            "'CHF 300.-' offer is not the debt). Only the client's name identifies him (no DOB/address)."))

add("trittau-autohaus-ablehnung-kurz",
    "Autohaus Trittau Schulte <f.schulte@autohaus-trittau.example>",
    "AW: Ihr Zeichen BR/2045/28 - Reparaturrechnung Anna-Lena Fischer", "2028-09-02 19:31",
    """Hallo,

nein, auf eine Ratenzahlung von 25 euro im monat lassen wir uns nicht ein, das ist bei noch
offenen 1.316,- nicht ernst gemeint. Die Rechnung Nr. 2028-0614 ist seit März fällig.
Wir haben die Sache jetzt unserem Anwalt übergeben, bitte nicht mehr an uns schreiben.

Gruß F. Schulte

Autohaus Trittau Schulte e.K. - Hamburger Str. 40, 22946 Trittau - HRA 6612 AG Lübeck
Gesendet vom iPhone
""",
    truth=D("rejection", "K-2008", "Autohaus Trittau Schulte e.K.", "1316.00", "EUR", ["2028-0614"], False,
            "Sloppy, short refusal from a phone: the open balance '1.316,-' has no currency sign (EUR implied, "
            "the '25 euro' instalment is lower-case in the same sentence). The firm's file number is in the "
            "subject. HRA not a ref. Handed to a lawyer, no deadline."))


# ---- information_request (3) ---------------------------------------------------------------------------------

add("ostfriesen-inkasso-vollmacht-nichtmandant",
    "Ostfriesische Inkassogesellschaft mbH <post@ostfriesen-inkasso.example>",
    "Anforderung Vollmacht - Schuldner Dieter Brandhorst - OIG-28-20915", "2028-08-14 08:20",
    """Sehr geehrte Damen und Herren,

Sie zeigen die Vertretung von Herrn Dieter Brandhorst, geb. 02.05.1971, an. Bevor wir Auskünfte zur
Forderung unserer Auftraggeberin, der Emsland Gasversorgung AG (Kundennummer 4000 8817 26), erteilen
können, bitten wir um Übersendung einer von Herrn Brandhorst unterschriebenen Vollmacht sowie einer
Datenschutz-Entbindungserklärung.

Nach Eingang der Unterlagen erhalten Sie umgehend eine vollständige Forderungsaufstellung.
Bis dahin ist das Verfahren für 4 Wochen ruhend gestellt.

Aktenzeichen: OIG-28-20915

Mit freundlichen Grüßen
Ostfriesische Inkassogesellschaft mbH
Neutorstr. 12, 26721 Emden | Tel. 04921 58 77 0 | HRB 130664 AG Aurich
""",
    truth=D("information_request", None, "Emsland Gasversorgung AG", None, None,
            ["OIG-28-20915", "4000 8817 26"], True,
            "Agency asks for Vollmacht before giving figures. The debtor Dieter Brandhorst is not a client "
            "-> client null, needs review. No amount, no deadline."))

add("sieber-partner-schuldanerkenntnis-einkommen",
    "Sieber & Partner Rechtsanwälte <zv@sieber-partner.example>",
    "Anerkenntnis und Einkommensnachweise - Thomas Schulz - Az. 28/11457-SP", "2028-09-15 11:18",
    """Sehr geehrte Damen und Herren,

wir vertreten die Hanseatische Baustoffhandel GmbH (Kundennummer Ihres Mandanten: HB-K-60712).
Gegen Herrn Thomas Schulz, geb. 22.01.1969, besteht eine titulierte Forderung, die sich derzeit
auf 3.408,90 EUR beläuft.

Über Ihren Vorschlag einer ratenweisen Tilgung können wir erst entscheiden, wenn uns vorliegen:
1. ein von Ihrem Mandanten unterzeichnetes notarielles Schuldanerkenntnis oder alternativ ein
   privatschriftliches abstraktes Schuldanerkenntnis nach § 781 BGB (Entwurf anbei),
2. die Einkommensnachweise der letzten drei Monate,
3. eine aktuelle Aufstellung der übrigen Gläubiger.

Bitte übersenden Sie die Unterlagen innerhalb von drei Wochen.

Mit freundlichen Grüßen
RA Jan-Ole Sieber
Sieber & Partner Rechtsanwälte, Ballindamm 3, 20095 Hamburg
Tel. 040 30 99 12-0 | Steuernummer 47/712/01944
""",
    truth=D("information_request", "K-2006", "Hanseatische Baustoffhandel GmbH", "3408.90", "EUR",
            ["28/11457-SP", "HB-K-60712"], False,
            "Lawyer demands a Schuldanerkenntnis plus income documents before deciding: information_request "
            "that also states the balance. Thomas Schulz (not Sabine) by first name + DOB. Steuernummer not "
            "a ref. 'within three weeks' is for documents, no payment deadline."))

add("lechner-graz-vollmacht-at",
    "Dr. Hubert Lechner Rechtsanwalt <kanzlei@ra-lechner-graz.example>",
    "Zl. 1188/28 - Grazer Fahrradhof KG ./. Wagner - Ersuchen um Vollmachtsnachweis", "2028-10-20 10:00",
    """Sehr geehrte Damen und Herren!

In obiger Angelegenheit bestätige ich den Erhalt Ihres Schreibens vom 09.10.2028.

Meine Mandantschaft, die Grazer Fahrradhof KG, macht gegen Herrn Peter Wagner, wh. Kirchgasse 11,
Wiesbaden, Ansprüche aus dem Kaufvertrag vom 04.06.2027 (Rechnung 27-00918) geltend.

Ich ersuche vorab um Übermittlung einer Vollmacht sowie um Bekanntgabe, ob über das Vermögen Ihres
Mandanten bereits ein Insolvenzverfahren eröffnet wurde. Eine Forderungsaufstellung übermittle ich nach
Vorliegen der Vollmacht.

Mit freundlichen Grüßen
Dr. Hubert Lechner
Rechtsanwalt | Herrengasse 22, 8010 Graz | Tel. +43 316 82 11 40 | UID ATU 51177203
R-Code P 104488
""",
    truth=D("information_request", "K-2009", "Grazer Fahrradhof KG", None, None, ["1188/28", "27-00918"], False,
            "Austrian lawyer ('Zl.' = Zahl = file number) asks for power of attorney and insolvency status "
            "before sending figures. R-Code and UID are not refs. Client by name + street."))


# ---- other (3) -----------------------------------------------------------------------------------------------

add("funkwelle-abtretungsanzeige-verkauf",
    "Funkwelle Mobil GmbH Forderungsmanagement <fm@funkwelle-mobil.example>",
    "Abtretungsanzeige - Kundenkonto FM 31 204 660", "2028-08-03 09:30",
    """Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass wir unsere Forderung gegen Ihren Mandanten, Herrn Klaus Meyer,
geb. 12.04.1978, aus dem Mobilfunkvertrag zum Kundenkonto FM 31 204 660 mit Wirkung zum
31.07.2028 an die Aldringen Portfolio Invest S.à r.l., Luxemburg, verkauft und abgetreten haben.

Die Forderung belief sich zum Abtretungsstichtag auf insgesamt 1.036,75 EUR.

Zahlungen mit schuldbefreiender Wirkung können ab sofort nur noch an die neue Gläubigerin bzw. deren
Servicer, die Pellworm Credit Services GmbH, geleistet werden. Diese wird sich mit Ihnen unter einem
eigenen Aktenzeichen in Verbindung setzen. Unsere Akte ist damit geschlossen.

Mit freundlichen Grüßen
Funkwelle Mobil GmbH
Forderungsmanagement, Postfach 10 44 21, 40035 Düsseldorf
HRB 90112 AG Düsseldorf | USt-IdNr. DE 318 774 020
""",
    truth=D("other", "K-2001", "Aldringen Portfolio Invest S.à r.l.", "1036.75", "EUR", ["FM 31 204 660"], False,
            "Assignment notice by the previous owner: intent other, creditor is the buyer (new owner), the "
            "balance stated by the previous owner is still the amount. The servicer is named but is not the "
            "creditor. Klaus Meyer by name + DOB."))

add("kessler-akte-zurueck-an-auftraggeber",
    "Kessler Forderungsservice GmbH <akte@kessler-fs.example>",
    "Rückgabe des Mandats - Akte KFS-27-11930 - Aylin Çelik", "2028-10-24 15:15",
    """Sehr geehrte Damen und Herren,

wir teilen Ihnen mit, dass unsere Auftraggeberin, die Ruhrtal Optik GmbH, uns das Inkassomandat
entzogen hat. Die Akte KFS-27-11930 (Auftrags-Nr. der Auftraggeberin: RTO-2027-5521) wurde an
die Gläubigerin zurückgegeben.

Bitte richten Sie weitere Korrespondenz, insbesondere Ihren Vergleichsvorschlag vom 30.09.2028,
unmittelbar an die Ruhrtal Optik GmbH, Westenhellweg 60, 44137 Dortmund. Zahlungen an uns sind
nicht mehr möglich.

Mit freundlichen Grüßen
Kessler Forderungsservice GmbH, Herforder Str. 200, 33609 Bielefeld, HRB 41102 AG Bielefeld
""",
    truth=D("other", "K-2003", "Ruhrtal Optik GmbH", None, None, ["KFS-27-11930", "RTO-2027-5521"], False,
            "File returned to the principal: intent other, no amount. Agency's and principal's numbers both "
            "creditor-side. Same agency as the Lumera settlement thread but a different principal."))

add("grasmayr-akt-geschlossen-bezahlt",
    "Inkassobüro Grasmayr GmbH <office@inkasso-grasmayr.example>",
    "Akt 28/0233-GR - Erledigung", "2028-10-27 11:05",
    """Sehr geehrte Damen und Herren!

Wir bestätigen den Eingang der Zahlung von EUR 214,80 am 24.10.2028 für Herrn Lukas Becker,
Heidelberg (Auftraggeber: Innviertler Brauereibedarf GmbH, Rechnung IBB-28-1044).

Damit ist die Forderung vollständig beglichen; es bestehen keine offenen Forderungen mehr. Unser
Akt 28/0233-GR wurde geschlossen, die Auftraggeberin ist verständigt.

Mit freundlichen Grüßen
Inkassobüro Grasmayr GmbH
Landstraße 57, 4020 Linz | FN 411236 k | UID ATU 68812344
""",
    truth=D("other", "K-2012", "Innviertler Brauereibedarf GmbH", "0.00", "EUR",
            ["28/0233-GR", "IBB-28-1044"], False,
            "Austrian agency confirms payment and closes the file: nothing owed -> '0.00' (the paid 214,80 "
            "is not owed). Intent other."))


# ---- auto_reply (3) ------------------------------------------------------------------------------------------

add("quernheim-abwesenheit",
    "Dr. Henrike Albers <h.albers@quernheim-albers.example>",
    "Abwesenheitsnotiz: Ihre Nachricht BR/2231/28", "2028-09-29 07:02",
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 09.10.2028 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.
In Zwangsvollstreckungssachen (z. B. unser Az. QA-1187/27-ZV) wenden Sie sich bitte an
Frau Pankratz, Tel. 02331 40 77 15, zv@quernheim-albers.example.

Mit freundlichen Grüßen
Dr. Henrike Albers
""",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    truth=AUTO("Out-of-office with Auto-Submitted/X-Autoreply headers; mentions a file number of the "
               "Koch thread and the firm's file in the subject - all fields null."))

add("pellworm-eingangsbestaetigung-ticket",
    "Pellworm Credit Services Kundenservice <noreply@pellworm-credit.example>",
    "Eingangsbestätigung [Vorgang #PCS-T-884120]", "2028-09-13 00:14",
    """Dies ist eine automatisch erzeugte Nachricht - bitte antworten Sie nicht auf diese E-Mail.

Ihre Nachricht ist bei uns eingegangen und wurde unter der Vorgangsnummer #PCS-T-884120 erfasst.
Die Bearbeitung erfolgt in der Reihenfolge des Eingangs, derzeit innerhalb von 10 Werktagen.

Ihr Kundenservice
Pellworm Credit Services GmbH
""",
    truth=AUTO("Automatic receipt recognisable only by its text (no auto headers); '#PCS-T-884120' is a "
               "ticket token - all fields null."))

add("nordkap-unmonitored-mailbox-en",
    "Nordkap Forderungsankauf AG <no-reply@nordkap-fa.example>",
    "Automatic reply: Vorgang NFA-3391047", "2028-09-01 06:00",
    """This is an automated message. This mailbox is not monitored.

Your e-mail has not been read. Please write to ratenservice@nordkap-fa.example and quote your
case number. Diese Nachricht wurde automatisch erstellt - dieses Postfach wird nicht gelesen.

Nordkap Forderungsankauf AG, Hamburg
""",
    headers={"Precedence": "auto_reply"},
    truth=AUTO("Unmonitored mailbox, bilingual, Precedence: auto_reply header; the case number in the subject "
               "is not extracted - all fields null."))


# --------------------------------------------------------------------------------------------------------------
# --check
# --------------------------------------------------------------------------------------------------------------

EXTRA_CURRENCIES = ("CHF",)
_check_message = bd.check_message


def check_message(path, spec, errors, tally, **kwargs):
    """build_dev.check_message, also accepting this batch's CHF amounts (it knows only EUR/GBP)."""
    own: list[str] = []
    result = _check_message(path, spec, own, tally, **kwargs)
    errors.extend(e for e in own if not e.endswith(tuple(f"currency {c!r}" for c in EXTRA_CURRENCIES)))
    return result


def amount_forms(amount: str) -> list[str]:
    """batch's forms plus Swiss apostrophe thousands ('2'318.75')."""
    units, cents = amount.split(".")
    return batch.spaced_amount_forms(amount) + [f"{int(units):,}".replace(",", "'") + f".{cents}"]


MIN_INTENTS = {"debt_statement": 13, "payment_plan_response": 5, "rejection": 3, "information_request": 3,
               "other": 3, "auto_reply": 3}
EARLIER = tuple(["dev"] + [f"dev{i}" for i in range(2, 30)])


if __name__ == "__main__":
    bd.check_message = check_message
    sys.exit(BATCH.main(sys.argv[1:],
                        earlier=tuple(name for name in EARLIER if (HERE / name).is_dir()),
                        min_intents=MIN_INTENTS,
                        min_kinds={"text_pdf": 3, "image_pdf": 1, "html_only": 1},
                        amount_forms=amount_forms, refs_per_mail=(1, 3)))
