#!/usr/bin/env python3
"""Deterministic generator of the tenth dev batch (tests/agents_data/dev10/): 34 creditor emails + truth files.

Written without reading the engine (shared/, tools/, tests/engine/) or any other batch's truth files or scores.
The wording is paraphrased from public templates (anwaltliche Mahnung / Aufforderungsschreiben nach Nr. 2300
VV RVG, letters before action, PKV-Mahnverfahren nach § 38 VVG / Notlagentarif, Säumniszuschläge nach § 24
SGB IV, Ratenzahlungsvereinbarungen, Abtretungsanzeigen, außergerichtlicher Einigungsversuch nach § 305 InsO);
the sources are listed in prompts/dev10.md. Companies are invented, with `.example` domains.

What the batch covers: lawyer letters for creditors (anwaltliche Mahnung, Forderungsaufstellung with RVG fees,
Vergleichsangebot answers, letter before action), health insurance premium arrears (private Krankenversicherung
Beitragsrückstand, gesetzliche Krankenkasse with Säumniszuschläge), long reply threads (3-5 quoted messages with
older figures) and forwarded chains (Fwd:/WG: with the original creditor letter inside); German with some
English. Every truth file also carries `payment_deadline` (ISO date the creditor sets for payment, else null).

Same file format and rendering as dev/..dev7/ (build_dev.py's helpers are imported, nothing there changes).

    cd tests/agents_data
    /tmp/gen-venv/bin/python build_dev10.py          # (re)write dev10/
    /tmp/gen-venv/bin/python build_dev10.py --check  # verify dev10/ against the specs

No randomness: fixed dates, Message-IDs, MIME boundaries and PDF creation dates.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_dev as bd  # noqa: E402
from batch import Batch  # noqa: E402

FIRM = bd.FIRM
T, AUTO, text_pdf, image_pdf = bd.T, bd.AUTO, bd.text_pdf, bd.image_pdf

BATCH = Batch("dev10", 1000)
MESSAGES = BATCH.messages


def add(*args, deadline=None, **kwargs):
    """BATCH.add with `payment_deadline` (ISO date or None) appended to the truth."""
    kwargs["truth"] = {**kwargs["truth"], "payment_deadline": deadline}
    BATCH.add(*args, **kwargs)


# ---- lawyer letters for creditors -----------------------------------------------------------------------------

add("vossberg-anwaltliche-mahnung-rvg",
    "Rechtsanwälte Dr. Vossberg & Kollegen <forderungen@ra-vossberg.example>",
    "Forderungssache Lenzfeld Fenster- und Türenbau GmbH ./. Wagner – Az. 214/27 VO04", "2027-06-07 09:12",
    """Rechtsanwälte Dr. Vossberg & Kollegen
Schwalbacher Str. 18 · 65185 Wiesbaden
Unser Az.: 214/27 VO04 (bitte stets angeben)

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die Lenzfeld Fenster- und Türenbau GmbH, Industriestr. 9, 65205 Wiesbaden,
anwaltlich vertreten. Ordnungsgemäße Bevollmächtigung wird anwaltlich versichert.

Ihr Mandant, Herr Peter Wagner, geb. 19.07.1958, Kirchgasse 11, 65183 Wiesbaden, hat die Rechnung
unserer Mandantin Nr. LF-2026-3318 vom 14.11.2026 (Austausch Haustür) trotz Mahnungen vom
18.12.2026 und 22.01.2027 nicht ausgeglichen. Er befindet sich seit dem 15.12.2026 in Verzug.

Forderungsaufstellung:
  Hauptforderung Rechnung LF-2026-3318                1.240,00 EUR
  Verzugszinsen 5 %-Pkt. über Basiszins bis 07.06.2027    38,12 EUR
  1,3 Geschäftsgebühr Nr. 2300 VV RVG                   194,35 EUR
  Auslagenpauschale Nr. 7002 VV RVG                      20,00 EUR
  Gesamtbetrag                                        1.492,47 EUR

Wir fordern Sie namens und im Auftrag unserer Mandantin auf, den Gesamtbetrag bis zum 21.06.2027
auf unser unten genanntes Anderkonto zu überweisen. Nach fruchtlosem Fristablauf haben wir Auftrag,
das gerichtliche Mahnverfahren einzuleiten. Ihr Schreiben vom 02.06.2027 (Ihr Zeichen SB-2027-0631)
haben wir erhalten; einem Teilverzicht stimmt unsere Mandantin derzeit nicht zu.

Mit freundlichen Grüßen

Dr. Hendrik Vossberg
Rechtsanwalt
Tel. 0611 447 120-0 · Fax 0611 447 120-99
Anderkonto: Wiesbadener Volksbank, IBAN DE61 5109 0000 0044 7120 04
Steuernummer 040 234 44712 · USt-IdNr. DE 284 471 209
""",
    truth=T("debt_statement", "K-2009", "Lenzfeld Fenster- und Türenbau GmbH", "1492.47", "EUR",
            ["214/27 VO04", "LF-2026-3318"], False,
            "Anwaltliche Mahnung: the lawyer writes, the principal (Lenzfeld) owns the claim; RVG fee lines "
            "(Geschäftsgebühr, Auslagenpauschale) and interest are components, 'Gesamtbetrag' is the total; "
            "lawyer's Az in subject and letterhead, the principal's invoice number twice; the firm's SB-… in "
            "'Ihr Zeichen', Anderkonto IBAN, Steuernummer, USt-IdNr are not references; 'kein Teilverzicht' "
            "is a side remark, the mail is a statement with a payment deadline."),
    deadline="2027-06-21")

add("hartwell-pike-letter-before-action-en",
    "Hartwell & Pike Solicitors <recoveries@hartwell-pike.example>",
    "LETTER BEFORE CLAIM - Brennock Home Furnishings Ltd v J Smith", "2027-06-08 14:30",
    """Our ref: HP/LIT/0447-27
Your ref: SB-2027-0588

Dear Sirs

Our client: Brennock Home Furnishings Ltd
Your client: Mr J. Smith (d.o.b. 10/10/1975)

We act for Brennock Home Furnishings Ltd in relation to the sum owed by your client under credit
sale agreement no. BHF-118203 for the supply of a corner sofa and dining set.

Despite reminders dated 3 March and 11 April 2027 the balance remains unpaid. The sum claimed is:

  Outstanding balance under the agreement     GBP 1,862.40
  Contractual interest to 8 June 2027         GBP    96.20
  Default charges                             GBP    36.00
  Fixed legal costs                           GBP   146.00
  Total now due                               GBP 2,140.60

Unless payment of GBP 2,140.60 is received by 8 July 2027, or your client returns the enclosed Reply
Form proposing how the debt will be dealt with, our client intends to issue proceedings in the County
Court without further notice. We note from your letter that your client is receiving debt advice; our
client will hold the matter for 30 days to allow that.

Yours faithfully

Hartwell & Pike Solicitors LLP
Authorised and regulated by the Solicitors Regulation Authority, SRA no. 604471
Registered in England and Wales, OC 447120 | VAT reg. 447 1209 55
DX 14471 Leeds | Tel 0113 204 4712
""",
    charset="us-ascii", cte="7bit",
    truth=T("debt_statement", "K-2011", "Brennock Home Furnishings Ltd", "2140.60", "GBP",
            ["HP/LIT/0447-27", "BHF-118203"], False,
            "English letter before claim from solicitors for the creditor (Brennock owns the claim); 'Your ref' "
            "is the firm's own SB-…; total stated twice; interest, default charges and fixed costs are "
            "components; SRA no., OC partnership no., VAT, DX are not references; client as 'Mr J. Smith' + "
            "UK-format DOB."),
    deadline="2027-07-08")

add("kranichfeld-vergleich-gegenangebot",
    "Kanzlei Kranichfeld Rechtsanwälte <r.kranichfeld@kranichfeld-recht.example>",
    "Ihr Vergleichsangebot vom 24.05.2027 – Fischer, Anna Lena – unser Az. KR-1180/26", "2027-06-09 11:02",
    """Sehr geehrte Kolleginnen und Kollegen,

in der Sache unserer Mandantin, der Südwest Fahrschul- und Schulungszentrum GmbH, gegen Ihre
Mandantin Frau Anna Lena Fischer (Schillerplatz 2, Stuttgart) danken wir für Ihr Vergleichsangebot.

Die Forderung unserer Mandantin aus dem Ausbildungsvertrag Nr. FS-22-0917 beläuft sich einschließlich
der bisher angefallenen Kosten auf 2.318,40 EUR. Ihr Angebot einer Einmalzahlung von 25 %, also
579,60 EUR, ist unserer Mandantin zu niedrig.

Unsere Mandantin wäre jedoch bereit, sich mit einer Einmalzahlung in Höhe von 1.100,00 EUR zur
Abgeltung der gesamten Forderung zufrieden zu geben. Alternativ akzeptiert sie Raten von monatlich
60,00 EUR bis zur Tilgung von 1.400,00 EUR. An dieses Angebot halten wir uns bis zum 31.07.2027
gebunden.

Bitte teilen Sie uns mit, welche Variante Ihre Mandantin wählt.

Mit freundlichen kollegialen Grüßen
Ruth Kranichfeld
Rechtsanwältin
Kanzlei Kranichfeld · Königstr. 44 · 70173 Stuttgart · Tel. 0711 99 44 712
""",
    truth=T("payment_plan_response", "K-2008", "Südwest Fahrschul- und Schulungszentrum GmbH", "2318.40", "EUR",
            ["KR-1180/26", "FS-22-0917"], False,
            "Counter-offer to the firm's Vergleichsangebot from the creditor's lawyer: the stated total is "
            "2.318,40; the firm's 579,60 offer and the counter-figures 1.100,00 / 1.400,00 / 60,00 are not the "
            "debt; '31.07.2027' is how long the offer stands, not a payment deadline (null); client 'Anna Lena' "
            "without hyphen."))

add("brenner-stolze-vergleich-abgelehnt",
    "Brenner Stolze Partnerschaft mbB <sekretariat@brenner-stolze.example>",
    "Außergerichtlicher Einigungsversuch Koch, Stefan – Ablehnung", "2027-06-10 16:45",
    """Sehr geehrte Damen und Herren,

wir vertreten die Rheintal Leasing & Mietkauf AG. Ihren Schuldenbereinigungsplan vom 19.05.2027
für Herrn Stefan Koch, geb. 11.11.1977, haben wir mit unserer Mandantin erörtert.

Unsere Mandantin lehnt den Plan ab. Einer Quote von 8 % wird nicht zugestimmt, auch eine
Nachbesserung wird nicht in Betracht gezogen. Die Forderung aus dem Mietkaufvertrag MK-5530-19
besteht in voller Höhe von 5.402,77 EUR fort.

Der Vollständigkeit halber: Das gerichtliche Schuldenbereinigungsverfahren bleibt Ihrer Mandantschaft
selbstverständlich unbenommen.

Mit freundlichen Grüßen
i. A. Kerstin Albers, Rechtsfachwirtin
für RA Dr. Felix Brenner
Unser Zeichen: 27/0893-BS
Brenner Stolze Partnerschaft mbB, Amtsgericht Essen PR 4471
Tel. 0201 4471 200
""",
    truth=T("rejection", "K-2015", "Rheintal Leasing & Mietkauf AG", "5402.77", "EUR",
            ["MK-5530-19", "27/0893-BS"], False,
            "Flat refusal of the Schuldenbereinigungsplan by the creditor's lawyer, no counter-offer; still "
            "states the full balance; lawyer's 'Unser Zeichen' only in the signature; the partnership register "
            "number PR 4471 is not a reference."))

add("altenbeck-vollmacht-anforderung",
    "RAin Altenbeck Inkassoabteilung <inkasso@altenbeck-anwaltskanzlei.example>",
    "Anfrage Forderungshöhe Oeztuerk – unser Zeichen ALT-INK-27-3306", "2027-06-11 08:20",
    """Sehr geehrte Damen und Herren,

wir beziehen uns auf Ihr Schreiben, mit dem Sie um eine aktuelle Forderungsaufstellung für
Frau Fatma Oeztuerk, Marktstr. 9, 47051 Duisburg bitten.

Unsere Mandantin, die Niederrhein Küchenstudio GmbH, hat uns zur Auskunft nur gegenüber
nachweislich bevollmächtigten Stellen ermächtigt. Eine Vollmacht lag Ihrem Schreiben nicht bei.

Bitte übersenden Sie uns eine von Frau Oeztuerk unterzeichnete Vollmacht (Kopie per E-Mail genügt).
Nach Eingang erhalten Sie umgehend die Aufstellung zum Kaufvertrag KV-NK-20931.

Freundliche Grüße
Sabine Altenbeck
Rechtsanwältin
Tel. 0203 7744 120 | Fax 0203 7744 121
""",
    truth=T("information_request", "K-2013", "Niederrhein Küchenstudio GmbH", None, None,
            ["ALT-INK-27-3306", "KV-NK-20931"], False,
            "Lawyer asks for a Vollmacht before disclosing anything: no amount; creditor is the principal "
            "named in the body, not the lawyer; client via transliteration 'Oeztuerk' + address; 'KV-' here is "
            "a Kaufvertrag number, not a health insurance term."))

add("marlow-rechtsanwaelte-mandat-beendet",
    "Marlow Rechtsanwälte <kanzlei@marlow-ra.example>",
    "AW: Becker, Lukas – Mandat beendet", "2027-06-14 10:05",
    """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht vom 08.06.2027 zu Herrn Lukas Becker, Uniweg 5, Heidelberg.

Wir teilen mit, dass unser Mandat für die Heidelberger Fitness- und Freizeitwelt GmbH in dieser
Angelegenheit beendet ist. Die Akte (unser Az. M-27-0412) haben wir an die Mandantin zurückgegeben.
Bitte wenden Sie sich künftig direkt an die Mandantin unter Angabe der Mitgliedsnummer HFW-880213.

Zur Höhe der Forderung können wir keine Auskunft mehr erteilen.

Mit freundlichen Grüßen
Marlow Rechtsanwälte
Hauptstraße 201 · 69117 Heidelberg
""",
    truth=T("other", "K-2012", "Heidelberger Fitness- und Freizeitwelt GmbH", None, None,
            ["M-27-0412", "HFW-880213"], False,
            "Lawyer returns the file to the principal (mandate ended): intent other, no amount; the principal "
            "still owns the claim; both the lawyer's Az and the principal's membership number are references."))

# ---- health insurance ------------------------------------------------------------------------------------------

add("isarcura-pkv-qualifizierte-mahnung",
    "IsarCura Private Krankenversicherung AG <beitragskonto@isarcura.example>",
    "Mahnung gemäß § 38 VVG – Versicherungsschein-Nr. IC-KV-2209-44713", "2027-06-15 07:55",
    """Sehr geehrte Damen und Herren,

Sie haben uns angezeigt, dass Sie Herrn Jürgen Strauss-Koehler (Am Markt 1, 80331 München) vertreten.
Wir informieren Sie über den Beitragsrückstand zur Krankheitskosten- und Pflegepflichtversicherung.

Versicherungsschein-Nr.: IC-KV-2209-44713
Beitragskonto:           BK 0447 1209

Rückständige Beiträge April bis Juni 2027 (3 x 612,40 EUR)    1.837,20 EUR
Säumniszuschlag (1 % je angefangenem Monat)                      36,74 EUR
Mahnkosten                                                        5,00 EUR
Gesamtrückstand                                               1.878,94 EUR

Wir bitten um Ausgleich bis zum 06.07.2027. Wird der Rückstand nicht fristgerecht ausgeglichen, ruht
der Vertrag nach dem gesetzlich vorgeschriebenen Mahnverfahren und die versicherte Person wird im
Notlagentarif versichert. Ratenvereinbarungen sind nach Rücksprache möglich.

Mit freundlichen Grüßen
IsarCura Private Krankenversicherung AG
Abteilung Beitragsservice
Leopoldstr. 150 · 80804 München · Tel. 089 4471 2090
Sitz München, Registergericht München HRB 244712 · Gläubiger-ID DE44ZZZ00000447120
""",
    truth=T("debt_statement", "K-2004", "IsarCura Private Krankenversicherung AG", "1878.94", "EUR",
            ["IC-KV-2209-44713", "BK 0447 1209"], False,
            "PKV qualified dunning letter (§ 38 VVG) with Notlagentarif warning: policy number in subject and "
            "body, premium account number; monthly premium, Säumniszuschlag and Mahnkosten are components of "
            "'Gesamtrückstand'; client by transliteration 'Strauss-Koehler' without DOB; HRB and Gläubiger-ID "
            "are not references."),
    deadline="2027-07-06")

add("spreeland-bkk-beitragsrueckstand-pdf",
    "Spreeland BKK Beitragseinzug <beitragseinzug@spreeland-bkk.example>",
    "Rückstandsaufstellung freiwillige Mitgliedschaft – Petrova", "2027-06-16 09:40",
    """Sehr geehrte Damen und Herren,

für Ihre Mandantin Frau Olga Petrova übersenden wir die gewünschte Aufstellung der rückständigen
Beiträge zur freiwilligen Kranken- und Pflegeversicherung als PDF.

Säumniszuschläge werden nach § 24 SGB IV erhoben und sind in der Aufstellung enthalten.

Mit freundlichen Grüßen
Ihre Spreeland BKK
Team Beitragseinzug
Tel. 030 2044 7120 · Institutionskennzeichen 108 447 120
""",
    pdfs=[text_pdf("Rueckstandsaufstellung_Petrova.pdf", "Spreeland BKK - Rueckstandsaufstellung",
                   ["Mitgliedsnummer 77 120 4471             Berlin, 16.06.2027",
                    "Kassenzeichen BKK-SZ-2027-05518",
                    "Mitglied: Petrova, Olga, geb. 27.05.1988, Leipziger Str. 40, 10117 Berlin", ""],
                   table=[("Beitraege KV/PV Februar 2027", "248,31 EUR"),
                          ("Beitraege KV/PV Maerz 2027", "248,31 EUR"),
                          ("Beitraege KV/PV April 2027", "248,31 EUR"),
                          ("Saeumniszuschlaege bis 31.05.2027", "20,00 EUR"),
                          ("Mahngebuehr", "3,20 EUR"),
                          ("Gesamtrueckstand", "768,13 EUR")],
                   after=["Zahlbar bis 30.06.2027 unter Angabe des Kassenzeichens.",
                          "Beitragsnummer Arbeitgeber entfaellt (freiwillig versichert)."])],
    truth=T("debt_statement", "K-2010", "Spreeland BKK", "768.13", "EUR",
            ["77 120 4471", "BKK-SZ-2027-05518"], False,
            "Statutory health insurer: total and deadline only in a text-PDF table; monthly contributions and "
            "Säumniszuschläge are components; membership number and Kassenzeichen are references, the "
            "Institutionskennzeichen in the signature is not; client by 'Petrova, Olga' + DOB in the PDF."),
    deadline="2027-06-30")

add("hellweg-krankenkasse-nur-positionen",
    "Hellweg Krankenkasse <forderungsmanagement@hellweg-kk.example>",
    "Beitragsrückstand Mehmet Yilmaz", "2027-06-16 13:10",
    """Guten Tag,

zu Ihrer Anfrage vom 03.06. teilen wir den Stand für unser Mitglied Mehmet Yilmaz, geb. 08.03.1985,
mit (Versichertenkonto 4471-0933-12):

- rückständige Beiträge 01/2027 - 04/2027: 846,00 EUR
- Säumniszuschläge gem. § 24 Abs. 1a SGB IV: 42,50 EUR
- Mahngebühren: 5,50 EUR
- Vollstreckungskosten Hauptzollamt: 28,00 EUR

Die Beiträge für Mai und Juni werden gesondert berechnet, sobald die Einkommensnachweise vorliegen.

Mit freundlichen Grüßen
Hellweg Krankenkasse – Forderungsmanagement
Körperschaft des öffentlichen Rechts · Tel. 0231 5544 712
""",
    truth=T("debt_statement", "K-2007", "Hellweg Krankenkasse", None, None, ["4471-0933-12"], True,
            "Components only (contributions, Säumniszuschläge, fees, enforcement costs) and no stated total: "
            "debt_amount null, review 'total not stated' - a computed sum would be wrong; May/June still "
            "open; client 'Yilmaz' without dotless ı + DOB."))

add("nordmark-pkv-vollmacht-schweigepflicht",
    "Nordmark Krankenversicherung a.G. <leistung-beitrag@nordmark-kv.example>",
    "Ihre Anfrage zu Versicherungsnummer NKV 3318 0047 – Hoffmann", "2027-06-17 10:25",
    """Sehr geehrte Damen und Herren,

wir bestätigen den Eingang Ihres Schreibens zu unserer Versicherungsnehmerin Frau Maria Hoffmann,
geb. 03.03.1962, Erfurt.

Der Beitragsrückstand beläuft sich derzeit auf 2.204,10 EUR. Weitere Auskünfte, insbesondere zu
einzelnen Monatsbeiträgen, zu den Säumniszuschlägen und zum ruhenden Vertrag, dürfen wir aus
Datenschutzgründen erst erteilen, wenn uns folgende Unterlagen vorliegen:

1. Vollmacht der Versicherungsnehmerin für Ihre Kanzlei
2. Schweigepflichtentbindungserklärung (Vordruck anbei)
3. Aktueller Einkommensnachweis, falls eine Ratenzahlung gewünscht wird

Bitte senden Sie die Unterlagen unter Angabe der Versicherungsnummer an uns zurück.

Mit freundlichen Grüßen
Nordmark Krankenversicherung a.G.
Beitragsabteilung
Sitz Hamburg, Amtsgericht Hamburg HRB 94471 · Vorstand: Dr. K. Lühr
""",
    truth=T("information_request", "K-2014", "Nordmark Krankenversicherung a.G.", "2204.10", "EUR",
            ["NKV 3318 0047"], False,
            "PKV asks for Vollmacht, Schweigepflichtentbindung and income proof first (information_request) "
            "but also states the current balance, which is recorded; policy number only in the subject."))

add("saalekasse-ratenzahlung-zustimmung",
    "Saalekasse Krankenkasse <ratenzahlung@saalekasse.example>",
    "Ihr Antrag auf Ratenzahlung – Becker, Lukas – Az. SK-RZ-27/1140", "2027-06-18 12:00",
    """Sehr geehrte Damen und Herren,

Ihrem Antrag vom 04.06.2027 auf Ratenzahlung für Herrn Lukas Becker, geb. 14.02.1999, stimmen wir zu.

Der Gesamtrückstand beträgt 1.560,40 EUR (Beiträge, Säumniszuschläge und Gebühren). Wir gewähren
Raten von monatlich 50,00 EUR, zahlbar jeweils zum 15. eines Monats unter Angabe des Aktenzeichens.

Bitte beachten Sie:
- Während der Ratenzahlung fallen für den gestundeten Betrag Stundungszinsen von 2 % p.a. an.
- Die laufenden Beiträge sind zusätzlich pünktlich zu zahlen.
- Gerät Ihr Mandant mit zwei Raten in Verzug, wird der Restbetrag sofort fällig.

Die Vollstreckung durch das Hauptzollamt stellen wir für die Dauer der Ratenzahlung zurück.

Mit freundlichen Grüßen
Saalekasse Krankenkasse – Team Beitragsforderungen
Postfach 4471 · 06108 Halle (Saale)
""",
    truth=T("payment_plan_response", "K-2012", "Saalekasse Krankenkasse", "1560.40", "EUR",
            ["SK-RZ-27/1140"], False,
            "Statutory insurer accepts the instalment proposal with conditions (interest, current contributions, "
            "default clause): payment_plan_response; total stated; instalments are due 'zum 15. eines Monats' "
            "with no single date, so no payment deadline; Postfach is not a reference."))

add("albtal-pkv-erlass-abgelehnt",
    "Albtal Versicherung AG – Krankenversicherung <beitragsservice@albtal-versicherung.example>",
    "Teilerlass Beitragsrückstand – Vertrag 0992-447120-K", "2027-06-21 15:35",
    """Sehr geehrte Damen und Herren,

Sie haben für Frau Aylin Celik, Bahnhofstr. 12, Dortmund, um einen Teilerlass des Beitragsrückstands
zum Vertrag 0992-447120-K gebeten.

Nach Prüfung müssen wir dies ablehnen. Beitragsforderungen der Krankheitskostenvollversicherung
können wir im Interesse der Versichertengemeinschaft nicht erlassen. Wir bitten um Verständnis, dass
wir auch keinen Vergleich anbieten können.

Mit freundlichen Grüßen
Albtal Versicherung AG
Beitragsservice Kranken · Karlsruhe
""",
    truth=T("rejection", "K-2003", "Albtal Versicherung AG", None, None, ["0992-447120-K"], False,
            "Short, definitive refusal of a partial waiver with no counter-offer and no amount; the sender "
            "display name adds '– Krankenversicherung', the company (owner) is 'Albtal Versicherung AG'; "
            "client 'Celik' without cedilla + address."))

add("weserlife-pkv-html-only",
    "WeserLife Krankenversicherung <mahnwesen@weserlife.example>",
    "Zahlungserinnerung Beiträge Juni/Juli 2027", "2027-07-12 08:05",
    None,
    html="""<html><body style="font-family:Verdana;font-size:12px">
<p><b>WeserLife Krankenversicherung AG</b><br>Mahnwesen<br>Am Wall 140<br>28195 Bremen</p>
<p>Sehr geehrte Damen und Herren,</p>
<p>zu Ihrem Mandanten <b>Yılmaz, Mehmet</b> (Hafenstr. 20, Bremen) sind folgende Beiträge offen:</p>
<table border="1" cellpadding="3">
<tr><th>Position</th><th>Betrag</th></tr>
<tr><td>Beitrag 06/2027 Tarif Komfort</td><td>389,60 EUR</td></tr>
<tr><td>Beitrag 07/2027 Tarif Komfort</td><td>389,60 EUR</td></tr>
<tr><td>Säumniszuschlag</td><td>7,79 EUR</td></tr>
<tr><td><b>Offener Betrag gesamt</b></td><td><b>786,99 EUR</b></td></tr>
</table>
<p><b>Versicherungsnummer:</b> WL-55109-77<br><b>Mahnstufe:</b> 1</p>
<p>Bitte überweisen Sie den offenen Betrag bis spätestens <b>26.07.2027</b>.</p>
<p>Mit freundlichen Grüßen<br>Ihr WeserLife Mahnwesen<br>Tel. 0421 4471 3300<br>
Amtsgericht Bremen HRB 27447 HB</p>
</body></html>""",
    html_only=True,
    truth=T("debt_statement", "K-2007", "WeserLife Krankenversicherung AG", "786.99", "EUR", ["WL-55109-77"], False,
            "HTML-only PKV reminder: <br> letterhead, bold labels, total in a bold table cell; 'Mahnstufe: 1' "
            "is not a reference; client 'Yılmaz, Mehmet' surname first with address only; deadline in bold."),
    deadline="2027-07-26")

add("holstein-ikk-bescheid-scan",
    "Holstein IKK <post@holstein-ikk.example>",
    "Bescheid Beitragsrückstand (Scan)", "2027-06-22 11:15",
    """Sehr geehrte Damen und Herren,

anbei erhalten Sie eine Kopie unseres Bescheides über rückständige Beiträge für Ihre Mandantin
Frau Sabine Schulz. Das Original ging per Post an die Versicherte.

Mit freundlichen Grüßen
Holstein IKK
Tel. 0431 4471 0
""",
    pdfs=[image_pdf("Bescheid_Schulz_Sabine.pdf",
                    ["HOLSTEIN IKK - BESCHEID UEBER BEITRAGSRUECKSTAND",
                     "",
                     "Versicherte: Sabine Schulz, geb. 15.06.1971",
                     "Gartenweg 3, 20095 Hamburg",
                     "Mitglieds-Nr. H 204 471 553",
                     "Aktenzeichen: BR-VST-27-00412",
                     "",
                     "Beitraege 10/2026 - 03/2027           1.104,00 EUR",
                     "Saeumniszuschlaege                      66,00 EUR",
                     "Gebuehren                                7,50 EUR",
                     "Summe der Rueckstaende                1.177,50 EUR",
                     "",
                     "Zahlbar innerhalb eines Monats nach Bekanntgabe.",
                     "Rechtsbehelfsbelehrung: Widerspruch binnen eines Monats."])],
    truth=T("debt_statement", "K-2005", "Holstein IKK", "1177.50", "EUR",
            ["H 204 471 553", "BR-VST-27-00412"], False,
            "Everything is in an image-only scan: membership number and Aktenzeichen (which starts 'BR-' but is "
            "the insurer's, not the firm's BR/…/26 form); 'Summe der Rueckstaende' is the total; "
            "'innerhalb eines Monats nach Bekanntgabe' is no date, so no deadline; first name + DOB separate "
            "Sabine from Thomas Schulz at the same address."))

add("alsterkasse-konto-ausgeglichen",
    "Alsterkasse Krankenversicherung <kundenservice@alsterkasse.example>",
    "Beitragskonto Karin Meier – Bestätigung", "2027-06-23 14:20",
    """Sehr geehrte Damen und Herren,

Sie baten um Auskunft zum Beitragskonto von Frau Karin Meier, geb. 30.09.1982, Köln.

Nach Verrechnung der Erstattung aus dem Beitragsbescheid für 2026 bestehen auf dem Konto
M-0771-4402 keine offenen Forderungen. Ein Guthaben ergibt sich nicht.

Wir haben die Mahnsperre gesetzt und das Verfahren beim Hauptzollamt zurückgenommen.

Mit freundlichen Grüßen
Alsterkasse
Kundenservice Beiträge · Alsterkasse Krankenversicherung
""",
    truth=T("other", "K-2002", "Alsterkasse Krankenversicherung", "0.00", "EUR", ["M-0771-4402"], False,
            "Account settled, nothing owed: intent other with debt_amount 0.00; client Karin MEIER (not Klaus "
            "Meyer) with DOB; the insurer's name as in its signature."))

# ---- threads --------------------------------------------------------------------------------------------------

add("elbstrom-thread-newest-saldo",
    "Elbstrom Energie GmbH Forderungsmanagement <fm@elbstrom-energie.example>",
    "AW: AW: AW: Schulz, Thomas – Kundennr. 5500 4471 88", "2027-06-24 09:30",
    """Hallo Frau Berger,

nach Buchung der Zahlung vom 18.06. (200,00 EUR) beträgt der Saldo jetzt 742,18 EUR.
Die Schlussrechnung SR-2027-00871 ist darin enthalten. Weitere Zahlungen bitte auf das bekannte Konto.

Gruß
Jens Paulsen
Elbstrom Energie GmbH · Forderungsmanagement · Tel. 040 4471 5500

-----Ursprüngliche Nachricht-----
Von: Kanzlei Berger & Roth <posteingang@kanzlei-schuldnerberatung.example>
Gesendet: Freitag, 18. Juni 2027 10:02
Betreff: AW: AW: Schulz, Thomas – Kundennr. 5500 4471 88

> Sehr geehrter Herr Paulsen, heute wurden 200,00 EUR überwiesen. Bitte um neuen Saldo.
> Berger, Az. SB-2027-0498
>
> -----Ursprüngliche Nachricht-----
> Von: Jens Paulsen <fm@elbstrom-energie.example>
> Gesendet: Dienstag, 1. Juni 2027 15:40
>
> > Der offene Betrag nach der Schlussrechnung beträgt 942,18 EUR
> > (Abschläge März-Mai 318,00 EUR + Schlussrechnung 624,18 EUR).
> >
> > -----Ursprüngliche Nachricht-----
> > Von: Kanzlei Berger & Roth
> > Gesendet: Montag, 17. Mai 2027 09:11
> >
> > > Bitte teilen Sie uns die Forderung gegen Herrn Thomas Schulz, geb. 22.01.1969,
> > > Gartenweg 3, Hamburg mit. Unser letzter Stand (Mahnung vom 02.04.) war 1.020,55 EUR.
""",
    truth=T("debt_statement", "K-2006", "Elbstrom Energie GmbH", "742.18", "EUR",
            ["5500 4471 88", "SR-2027-00871"], False,
            "Four-message reply thread: newest creditor message states 742,18; older quoted figures 942,18, "
            "318,00, 624,18 and 1.020,55 (the firm's own older figure) must not win; the firm's Az SB-… in "
            "a quoted message is not a reference; Thomas (not Sabine) Schulz via first name + DOB in the "
            "deepest quote; customer number only in the subject."))

add("rheinauen-wohnbau-thread-vollmacht-zuerst",
    "Rheinauen Wohnbau eG Mietenbuchhaltung <mieten@rheinauen-wohnbau.example>",
    "AW: AW: AW: AW: Mietrückstand Meyer – Mietkonto 12-0447-03", "2027-06-25 11:48",
    """Sehr geehrte Damen und Herren,

bevor wir Ihnen die aktualisierte Aufstellung (inkl. Nebenkostenabrechnung 2026) schicken,
benötigen wir noch die unterschriebene Vollmacht von Herrn Meyer. Die mitgeschickte Kopie war nicht
unterschrieben. Bitte reichen Sie diese nach.

Mit freundlichen Grüßen
Petra Lindlar, Mietenbuchhaltung
Rheinauen Wohnbau eG · Genossenschaftsregister Köln GnR 447

Am 21.06.2027 schrieb Kanzlei Berger & Roth:
> Anbei die Vollmacht. Wie hoch ist der aktuelle Rückstand?
>
> Am 14.06.2027 schrieb Petra Lindlar:
>> Der Rückstand beträgt inzwischen 2.310,00 EUR (Juni-Miete noch nicht eingegangen).
>>
>> Am 02.06.2027 schrieb Kanzlei Berger & Roth:
>>> Wir vertreten Herrn Klaus Meyer, geb. 12.04.1978, Lindenstraße 4, Köln. Wir bitten um eine
>>> Forderungsaufstellung. Unser Angebot: monatlich 100,00 EUR.
>>>
>>> Am 20.05.2027 schrieb Petra Lindlar:
>>>> Mietrückstand zum 20.05.2027: 1.540,00 EUR. Wir bitten um Ausgleich bis 31.05.2027.
""",
    truth=T("information_request", "K-2001", "Rheinauen Wohnbau eG", None, None, ["12-0447-03"], False,
            "Five-message thread: the newest creditor message asks for a signed Vollmacht and states no figure, "
            "so debt_amount is null although quoted messages show 2.310,00 and 1.540,00 (and the firm's "
            "100,00 offer); the old quoted deadline 31.05.2027 is not current (null); client Klaus Meyer only "
            "via name + DOB in a deep quote; GnR number is not a reference."))

add("thornbury-credit-thread-plan-accepted-en",
    "Thornbury Credit Union <collections@thornbury-cu.example>",
    "RE: RE: RE: Olga Petrova - loan 88-2041-7", "2027-06-28 16:05",
    """Dear Ms Roth,

Our credit committee has agreed to your proposal of GBP 45.00 per month from August 2027, on
condition that the payments are made by standing order and that we receive an income and expenditure
statement every 12 months. Interest will be frozen while the plan is kept. The balance as at today
is GBP 1,905.30.

Kind regards
Gemma Ashworth
Collections Officer, Thornbury Credit Union Ltd
FCA firm reference 214471 | Tel 0161 447 1200

-----Original Message-----
From: Berger & Roth
Sent: 14 June 2027
> We propose GBP 45.00 per month. Your client's statement showed GBP 1,955.30.
>
> -----Original Message-----
> From: Gemma Ashworth
> Sent: 2 June 2027
> > Current arrears on loan 88-2041-7 are GBP 412.00; the full balance is GBP 1,955.30.
> >
> > -----Original Message-----
> > From: Berger & Roth
> > > Please provide a statement for Ms Olga Petrova, born 27 May 1988.
""",
    charset="us-ascii", cte="7bit",
    truth=T("payment_plan_response", "K-2010", "Thornbury Credit Union Ltd", "1905.30", "GBP", ["88-2041-7"],
            False,
            "English thread (four messages): conditional acceptance of the firm's instalment plan; the newest "
            "balance 1,905.30 beats the quoted 1,955.30 and the arrears figure 412.00; 45.00 is the firm's "
            "offer; FCA firm reference is a register number, not a reference; DOB written in words."))

add("kammerer-thread-mixed-rejection",
    "Kammerer Möbelfinanz GmbH <legal@kammerer-moebelfinanz.example>",
    "WG: RE: Settlement proposal – Vertragsnr. KMF-30-77145 – Fischer", "2027-06-29 10:10",
    """Dear colleagues / sehr geehrte Damen und Herren,

we have reviewed your settlement proposal again. Our answer is final: wir stimmen dem Vergleich
nicht zu. There will be no counter-proposal from our side.

Best regards / Mit freundlichen Grüßen
Nadine Kammerer
Legal Department
Kammerer Möbelfinanz GmbH · Amtsgericht Kassel HRB 17447

---------- Weitergeleitete Nachricht ----------
Von: Nadine Kammerer
Datum: 22.06.2027
> Thank you for your proposal of a one-off payment of EUR 900.00 for Ms Anna-Lena Fischer.
> The outstanding balance is EUR 3,180.00 and we will revert after internal review.
>
> > Von: Kanzlei Berger & Roth
> > Datum: 15.06.2027
> > > Im Namen von Frau Anna-Lena Fischer, geb. 01.12.1994, bieten wir einmalig 900,00 EUR
> > > zur Abgeltung an.
""",
    truth=T("rejection", "K-2008", "Kammerer Möbelfinanz GmbH", None, None, ["KMF-30-77145"], False,
            "Mixed English/German definitive refusal with no counter-offer; the newest message states no "
            "figure, the quoted EUR 3,180.00 is older, so debt_amount null; 900,00 is the firm's offer; "
            "contract number only in the subject; HRB not a reference."))

add("weidmann-partner-thread-rvg-update",
    "Weidmann & Partner Rechtsanwälte <zwangsvollstreckung@weidmann-partner.example>",
    "AW: AW: AW: Forderungsaufstellung Neckarblick Autohaus GmbH ./. Koch – Az. WP 3051/26", "2027-07-01 09:00",
    """Sehr geehrte Frau Roth,

nach Eingang der Teilzahlung von 300,00 EUR übersende ich die aktualisierte Forderungsaufstellung:

Hauptforderung (Werkstattrechnung Nr. 2026-WR-6613)        2.870,00 EUR
Zinsen bis 30.06.2027                                        161,44 EUR
Vorgerichtliche Kosten (1,3 Geschäftsgebühr + Pauschale)     367,23 EUR
Kosten Mahnbescheid (Gerichtskosten)                          38,00 EUR
abzgl. Zahlung vom 24.06.2027                               - 300,00 EUR
Restforderung                                              3.136,67 EUR

Mit freundlichen Grüßen
Weidmann, Rechtsanwalt

Am 24.06.2027 schrieb Kanzlei Berger & Roth:
> Heute gehen 300,00 EUR an Sie. Bitte um Aufstellung.
>
> Am 10.06.2027 schrieb RA Weidmann:
>> Unsere Mandantin, die Neckarblick Autohaus GmbH, beziffert die Forderung auf 3.436,67 EUR.
>> AG Mannheim Mahnbescheid Gesch.-Nr. 27-4471203-0-6 liegt vor.
>>
>> Am 28.05.2027 schrieb Kanzlei Berger & Roth:
>>> Wir vertreten Herrn Stefan Koch, Neckarstr. 7, Mannheim (Az. SB-2027-0417).
""",
    truth=T("debt_statement", "K-2015", "Neckarblick Autohaus GmbH", "3136.67", "EUR",
            ["WP 3051/26", "2026-WR-6613", "27-4471203-0-6"], False,
            "Lawyer thread: newest message's 'Restforderung' 3.136,67 after a payment; the quoted 3.436,67 is "
            "older; RVG costs and court costs are components; the court's Mahnbescheid number in a quote is a "
            "creditor-side case number; the firm's SB-… in the deepest quote is not; owner named only in a "
            "quote and the subject."))

# ---- forwarded chains -----------------------------------------------------------------------------------------

add("lobeck-fwd-mandantin-kontoauszug",
    "RA Tobias Lobeck <lobeck@lobeck-recht.example>",
    "Fwd: Kontoauszug Kundenkonto 30-88412 – Smith", "2027-07-05 13:50",
    """Sehr geehrte Damen und Herren,

wie besprochen leite ich Ihnen die aktuelle Aufstellung meiner Mandantin, der Havelland Versandhaus
GmbH, weiter. Mein Aktenzeichen: L-27/118.

Mit freundlichen Grüßen
Tobias Lobeck, Rechtsanwalt · Tel. 030 447 1208

---------- Forwarded message ---------
From: Havelland Versandhaus GmbH Debitorenbuchhaltung <debitoren@havelland-versand.example>
Date: Fri, 2 Jul 2027 at 08:14
Subject: Kontoauszug Kundenkonto 30-88412 – Smith
To: RA Tobias Lobeck <lobeck@lobeck-recht.example>

Hallo Herr Lobeck,

hier der Stand zum Kunden John Smith, Baker Street 221, 10115 Berlin:

Rechnung 7704412 vom 12.01.2027      329,90 EUR
Rechnung 7709981 vom 03.02.2027      214,50 EUR
Mahngebühren                          10,00 EUR
offen gesamt                         554,40 EUR

Viele Grüße
Debitorenbuchhaltung Havelland Versandhaus GmbH · USt-IdNr. DE 300 447 128
""",
    truth=T("debt_statement", "K-2011", "Havelland Versandhaus GmbH", "554.40", "EUR",
            ["L-27/118", "30-88412", "7704412", "7709981"], False,
            "The creditor's lawyer forwards the principal's statement as the current figures: the total in the "
            "forwarded part counts; the lawyer's Az, customer account and two bare invoice numbers are "
            "references; USt-IdNr is not; 'Baker Street 221' is the client's address, not a number to record."))

add("fwd-abtretungsanzeige-forderungskauf",
    "Vitalis Zahnzentrum Abrechnung <abrechnung@vitalis-zahnzentrum.example>",
    "Fwd: Abtretungsanzeige – Patientin Öztürk", "2027-07-06 10:30",
    """Sehr geehrte Damen und Herren,

zur Info: Wir haben die Forderung gegen Frau Öztürk verkauft. Die Anzeige unten wurde der Patientin
zugestellt. Bitte wenden Sie sich künftig an die Käuferin.

Praxisverwaltung Vitalis Zahnzentrum

---------- Weitergeleitete Nachricht ----------
Von: Medfactor Abrechnungs- und Forderungskauf GmbH <service@medfactor.example>
Datum: 01.07.2027
Betreff: Abtretungsanzeige

Sehr geehrte Frau Fatma Öztürk,

hiermit zeigen wir an, dass die Vitalis Zahnzentrum MVZ GmbH ihre Forderung aus der
Behandlungsrechnung Nr. VZ-2026-4471 (Behandlung vom 06.10.2026) mit Wirkung zum 30.06.2027 an
uns abgetreten hat. Schuldbefreiende Zahlungen können nur noch an uns geleistet werden.

Offene Forderung laut Zedentin: 1.946,80 EUR
Unser Vorgang: MF-2027-118204

Medfactor Abrechnungs- und Forderungskauf GmbH, Amtsgericht Düsseldorf HRB 94471
""",
    truth=T("other", "K-2013", "Medfactor Abrechnungs- und Forderungskauf GmbH", "1946.80", "EUR",
            ["VZ-2026-4471", "MF-2027-118204"], False,
            "The original creditor forwards an assignment notice: intent other (assignment) although a "
            "balance is stated by the previous owner; the buyer (Medfactor) owns the claim now, not the "
            "sender; both the original invoice and the buyer's file number are references; client 'Öztürk' "
            "without DOB."))

add("wg-wg-mahnung-ohne-gesamt-uebergabe",
    "Hanseatic Veterinär Service <buchhaltung@hanseatic-vet.example>",
    "WG: WG: Mahnung Tierarztrechnung Strauß-Köhler", "2027-07-07 15:05",
    """Sehr geehrte Damen und Herren,

wir haben Ihre Anfrage intern an die Buchhaltung weitergegeben, unten der Verlauf.
Bitte überweisen Sie den Betrag aus der letzten Mahnung bis zum 23.07.2027.

Hanseatic Veterinär Service GmbH
Buchhaltung

---------- Weitergeleitete Nachricht ----------
Von: Empfang Tierklinik
An: Buchhaltung
> Kanzlei fragt nach Herrn Jürgen Strauß-Köhler (München), Patient "Bruno". Kannst du antworten?
>
> ---------- Weitergeleitete Nachricht ----------
> Von: Buchhaltung
> Betreff: 2. Mahnung Rechnung TK-61184
> > Rechnung TK-61184 vom 02.04.2027 (OP Kreuzband)   1.480,00 EUR
> > Nachberechnung Medikamente TK-61298                  96,40 EUR
> > Mahngebühr                                            7,50 EUR
""",
    truth=T("debt_statement", "K-2004", "Hanseatic Veterinär Service GmbH", None, None,
            ["TK-61184", "TK-61298"], True,
            "Double-forwarded chain: the forwarded dunning letter lists two invoices and a fee but no total, so "
            "debt_amount null with review 'total not stated'; the payment deadline 23.07.2027 is set plainly in "
            "the newest part; the pet's name is not a client; client 'Strauß-Köhler' with city only."),
    deadline="2027-07-23")

add("fwd-pkv-inkasso-vollmacht",
    "Bodensee Krankenversicherung AG <forderungen@bodensee-kv.example>",
    "Fwd: Beitragsrückstand Vertrag BKV-7712-0981 – Unterlagen fehlen", "2027-07-08 09:45",
    """Sehr geehrte Damen und Herren,

wir leiten Ihnen unten die Nachricht unseres Inkassopartners weiter. Bevor wir über Ihren
Vorschlag entscheiden, bitten wir um die Gehaltsabrechnungen der letzten drei Monate und eine
Aufstellung aller Gläubiger Ihres Mandanten Herrn Wagner.

Mit freundlichen Grüßen
Bodensee Krankenversicherung AG, Konstanz

-------- Original-Nachricht --------
Von: Seebrück Inkasso GmbH
Betreff: Beitragsrückstand Vertrag BKV-7712-0981, unser Az. SI-44-2071
> Schuldner: Peter Wagner, geb. 19.07.1958, Wiesbaden.
> Der Rückstand beträgt 3.612,75 EUR. Ein Zahlungsplan kann erst nach Vorlage von
> Einkommensnachweisen geprüft werden.
""",
    truth=T("information_request", "K-2009", "Bodensee Krankenversicherung AG", "3612.75", "EUR",
            ["BKV-7712-0981", "SI-44-2071"], False,
            "Insurer forwards its collection partner's message and asks for payslips and a creditor list "
            "before deciding: information_request; the balance inside the forwarded part is passed on as "
            "current and recorded; the insurer owns the claim, not the agency; agency Az is a reference."))

# ---- non-clients and ambiguity --------------------------------------------------------------------------------

add("gerlach-anwaltliche-mahnung-nichtmandant",
    "Gerlach Rechtsanwaltsgesellschaft mbH <mahnabteilung@gerlach-rag.example>",
    "Letzte außergerichtliche Mahnung – Lohmann, Dieter – GR-27-08815", "2027-07-09 08:40",
    """Sehr geehrte Damen und Herren,

für unsere Mandantin, die Wetterau Sanitär Service GmbH, fordern wir von Herrn Dieter Lohmann,
geb. 04.05.1971, Kirchgasse 2, 61169 Friedberg, den Ausgleich der Rechnung Nr. WS-7731:

Rechnungsbetrag              684,50 EUR
Zinsen                        12,30 EUR
Geschäftsgebühr 1,3 + Ausl.  127,37 EUR
zu zahlen insgesamt          824,17 EUR

Zahlungsfrist: 23.07.2027. Danach beantragen wir ohne weitere Ankündigung einen Mahnbescheid.

Mit freundlichen Grüßen
Gerlach Rechtsanwaltsgesellschaft mbH · HRB 88471 AG Frankfurt
""",
    truth=T("debt_statement", None, "Wetterau Sanitär Service GmbH", "824.17", "EUR",
            ["GR-27-08815", "WS-7731"], True,
            "Anwaltliche Mahnung about Dieter Lohmann, who is not a client: client_id null, needs review; the "
            "street 'Kirchgasse' recalls a client's (Wagner) but the name and DOB do not match."),
    deadline="2027-07-23")

add("hanse-pkv-familie-schulz-ambiguous",
    "Hanse Privat Krankenversicherung <beitrag@hanse-privat-kv.example>",
    "Beitragsrückstand Familienvertrag – Schulz, Gartenweg 3", "2027-07-13 10:50",
    """Sehr geehrte Damen und Herren,

zum Familienvertrag HPK-FV-661204 (Versicherungsnehmer: Schulz, Gartenweg 3, 20095 Hamburg)
besteht ein Beitragsrückstand für die Monate Mai bis Juli 2027.

Rückstand gesamt: 1.318,57 EUR
Bitte zahlen Sie bis zum 31.07.2027, damit der Versicherungsschutz nicht ruht.

Aus Ihrem Schreiben geht nicht hervor, ob Sie Herrn oder Frau Schulz vertreten; beide sind
bei uns versichert. Bitte teilen Sie uns dies mit.

Hanse Privat Krankenversicherung AG · Beitragsabteilung · Tel. 040 4471 8800
""",
    truth=T("debt_statement", None, "Hanse Privat Krankenversicherung AG", "1318.57", "EUR", ["HPK-FV-661204"],
            True,
            "Only 'Schulz, Gartenweg 3' - both Sabine (K-2005) and Thomas Schulz (K-2006) live there: "
            "ambiguous client match, client_id null, review; still a statement with total and deadline; the "
            "question at the end is secondary."),
    deadline="2027-07-31")

add("ashgrove-solicitors-info-request-en",
    "Ashgrove Legal LLP <debt.team@ashgrove-legal.example>",
    "Your client K Meyer - Kestwick Car Finance agreement KCF/55/102934", "2027-07-14 12:25",
    """Dear Sirs

We act for Kestwick Car Finance Ltd. Thank you for your letter about your client, K Meyer.

Before our client can consider any repayment proposal we need:
  1. a signed letter of authority from your client;
  2. a completed income and expenditure statement (Standard Financial Statement);
  3. confirmation of your client's date of birth, as our records hold two customers of that name.

For information, the balance outstanding under agreement KCF/55/102934 is GBP 3,402.00.

Yours faithfully
Ashgrove Legal LLP, Our ref AL/KCF/7719
Authorised and regulated by the SRA (no. 804471)
""",
    charset="us-ascii", cte="7bit",
    truth=T("information_request", None, "Kestwick Car Finance Ltd", "3402.00", "GBP",
            ["KCF/55/102934", "AL/KCF/7719"], True,
            "'K Meyer' with no DOB: Klaus Meyer (K-2001) is close, and Karin Meier (K-2002) is a near "
            "candidate ('K Meier'); the creditor itself says it holds two customers of that name - ambiguous "
            "client match, client_id null, review; requests documents first but states the balance."))

# ---- further payment plan answers ------------------------------------------------------------------------------

add("ostsee-pkv-gegenangebot-raten",
    "Ostsee Krankenversicherung AG <ratenservice@ostsee-kv.example>",
    "Ratenzahlungsvorschlag Hoffmann, Maria", "2027-07-15 14:00",
    """Sehr geehrte Damen und Herren,

vielen Dank für Ihren Vorschlag, den Beitragsrückstand von Frau Maria Hoffmann (geb. 3.3.1962) in
Raten von 30,00 EUR monatlich zu begleichen.

Eine Rate in dieser Höhe können wir nicht annehmen, da sie nicht einmal die laufenden Säumniszuschläge
deckt. Wir bieten an: Raten von 85,00 EUR monatlich, dafür verzichten wir auf weitere
Säumniszuschläge. Bei Einhaltung wird der Vertrag aus dem Notlagentarif in den Ursprungstarif
zurückgeführt, sobald der Rückstand getilgt ist.

Aktueller Rückstand: 2.977,45 EUR
Versicherungsnummer: OKV-118-4471-20

Mit freundlichen Grüßen
Ostsee Krankenversicherung AG
Forderungsmanagement · Kiel
""",
    truth=T("payment_plan_response", "K-2014", "Ostsee Krankenversicherung AG", "2977.45", "EUR",
            ["OKV-118-4471-20"], False,
            "PKV rejects the 30,00 instalment but counter-offers 85,00: payment_plan_response, not rejection; "
            "stated balance recorded, not the instalment figures; DOB in short form 3.3.1962."))

add("graf-hollmann-vergleich-angenommen",
    "Graf Hollmann Rechtsanwälte <kanzlei@graf-hollmann.example>",
    "Annahme Vergleich – Çelik ./. Ruhrpott Elektrogroßhandel – GH-2790-27", "2027-07-16 09:20",
    """Sehr geehrte Damen und Herren,

namens unserer Mandantin, der Ruhrpott Elektrogroßhandel KG, nehmen wir Ihr Vergleichsangebot für
Frau Aylin Çelik an: Einmalzahlung von 650,00 EUR zur Abgeltung sämtlicher Ansprüche aus dem
Kundenkonto 60-204471.

Die Zahlung muss bis zum 15.08.2027 auf unserem Anderkonto eingehen. Nach Zahlungseingang wird
unsere Mandantin die Forderung ausbuchen und die Löschung des SCHUFA-Eintrags veranlassen.
Geht die Zahlung nicht fristgerecht ein, lebt die ursprüngliche Forderung in voller Höhe wieder auf.

Mit freundlichen Grüßen
Dr. Lena Graf
Rechtsanwältin
Graf Hollmann Rechtsanwälte · Westenhellweg 50 · 44137 Dortmund
""",
    truth=T("payment_plan_response", "K-2003", "Ruhrpott Elektrogroßhandel KG", None, None,
            ["GH-2790-27", "60-204471"], False,
            "Lawyer accepts the firm's settlement offer: the only figure is the agreed 650,00 (the firm's own "
            "offer), the full claim is never stated, so debt_amount null (no review needed for a plan answer "
            "without a figure); the settlement payment is due by 15.08.2027, set plainly by the creditor side."),
    deadline="2027-08-15")

add("ebersbach-sloppy-rvg-pdf",
    "Sekretariat RA Ebersbach <sekretariat@ra-ebersbach.example>",
    "forderung solinger umzüge / meier", "2027-07-20 17:55",
    """hallo,

anbei wie tel. besprochen die forderungsaufstelung unserer mandantin Solinger Umzüge & Logistik GmbH
gg. ihre mandantin frau Karin Meier (geb 30.09.82). Der RA ist bis ende der woche bei gericht,
rückfragen bitte an mich.

az bei uns: EB 27/0611

mfg
J. Wirtz
Sekretariat RA Ebersbach, Solingen
tel 0212 447 1206 // fax 0212 447 1207
""",
    pdfs=[text_pdf("Forderungsaufstellung_EB_27_0611.pdf", "Rechtsanwalt M. Ebersbach - Forderungsaufstellung",
                   ["Solinger Umzuege & Logistik GmbH ./. Meier, Karin",
                    "Az.: EB 27/0611 - Rechnung der Mandantin Nr. SUL-2027-0142 vom 12.02.2027",
                    "Stand: 20.07.2027", ""],
                   table=[("Hauptforderung (Umzug 10.02.2027)", "860,00 EUR"),
                          ("Zinsen 5 %-Pkt. ueber Basiszins seit 15.03.2027", "21,40 EUR"),
                          ("Mahnkosten der Mandantin", "5,00 EUR"),
                          ("1,3 Geschaeftsgebuehr Nr. 2300 VV RVG (Wert 860,00)", "127,40 EUR"),
                          ("Pauschale Nr. 7002 VV RVG", "20,00 EUR"),
                          ("Summe", "1.033,80 EUR")],
                   after=["Wir bitten um Zahlung bis zum 03.08.2027 auf das Konto der Kanzlei.",
                          "Steuer-Nr. 128/5044/7120 - Finanzamt Solingen"])],
    truth=T("debt_statement", "K-2002", "Solinger Umzüge & Logistik GmbH", "1033.80", "EUR",
            ["EB 27/0611", "SUL-2027-0142"], False,
            "Sloppy lower-case mail from a lawyer's secretary with typos ('forderungsaufstelung'); everything "
            "else is in a text-PDF table with RVG fee lines; 'Summe' is the total; the 'Wert 860,00' in a "
            "fee label and the Steuer-Nr. are not amounts/references; client Karin Meier with two-digit-year "
            "DOB 30.09.82 (not Klaus Meyer); deadline only in the PDF."),
    deadline="2027-08-03")

add("kanzlei-am-dom-html-raten-mit-anerkenntnis",
    "Kanzlei am Dom Rechtsanwälte <forderung@kanzlei-am-dom.example>",
    "Ratenzahlung Hoffmann – Thüringer Optik & Hörakustik GmbH – Az. D-4471/27", "2027-07-27 11:30",
    None,
    html="""<html><body>
<div style="font-family:Georgia">
<p>KANZLEI AM DOM<br>Rechtsanwälte · Domplatz 12 · 99084 Erfurt<br>Tel. 0361 447 120 · Fax 0361 447 121</p>
<p>Sehr geehrte Damen und Herren,</p>
<p>in Sachen <b>Thüringer Optik &amp; Hörakustik GmbH ./. M. Hoffmann, Domplatz 1, Erfurt</b> (Kundennummer der
Mandantin <b>TOH-K-30982</b>) ist unsere Mandantin mit der vorgeschlagenen Rate von 40,00 EUR monatlich
einverstanden, <u>sofern</u> Ihre Mandantin zuvor ein notarielles Schuldanerkenntnis über die
Gesamtforderung abgibt.</p>
<p>Gesamtforderung per 27.07.2027: <b>1.218,90 EUR</b> (Hauptforderung 1.020,00 EUR, Zinsen, Kosten).</p>
<p>Das Anerkenntnis erbitten wir bis zum 10.08.2027 zurück.</p>
<p>Mit freundlichen Grüßen<br>Kanzlei am Dom<br><i>Unser Aktenzeichen: D-4471/27</i></p>
</div></body></html>""",
    html_only=True,
    truth=T("payment_plan_response", "K-2014", "Thüringer Optik & Hörakustik GmbH", "1218.90", "EUR",
            ["D-4471/27", "TOH-K-30982"], False,
            "HTML-only conditional acceptance of the firm's 40,00 instalment (notarised acknowledgement "
            "required); 'Gesamtforderung' 1.218,90 vs the component 1.020,00; the 10.08.2027 date is for "
            "returning the acknowledgement, not a payment deadline (null); the lawyer's street 'Domplatz 12' "
            "is next to the client's 'Domplatz 1'; client 'M. Hoffmann' + address; '&amp;' in the name."))

# ---- auto-replies ---------------------------------------------------------------------------------------------

add("vossberg-abwesenheit",
    "Dr. Hendrik Vossberg <h.vossberg@ra-vossberg.example>",
    "Abwesenheitsnotiz: Forderungssache 214/27 VO04", "2027-07-19 07:02",
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 06.08.2027 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an mein Sekretariat, Tel. 0611 447 120-0.

Dies ist eine automatisch erzeugte Nachricht.

Dr. Hendrik Vossberg, Rechtsanwalt
""",
    headers={"Auto-Submitted": "auto-replied"},
    truth=AUTO("Lawyer's out-of-office (Auto-Submitted header + text) quoting the case number in the subject: "
               "all fields null; the return date is not a payment deadline."))

add("isarcura-eingangsbestaetigung",
    "IsarCura Kundenservice <noreply@isarcura.example>",
    "Eingangsbestätigung Ihrer Nachricht – Vorgang 2027-0719-5531", "2027-07-19 09:14",
    """Guten Tag,

Ihre Nachricht ist bei uns eingegangen und wurde unter der Vorgangsnummer 2027-0719-5531
registriert. Bitte antworten Sie nicht auf diese E-Mail, das Postfach wird nicht gelesen.

Wir bearbeiten Ihr Anliegen in der Regel innerhalb von 10 Arbeitstagen.

IsarCura Private Krankenversicherung AG
""",
    headers={"X-Autoreply": "yes", "Auto-Submitted": "auto-generated"},
    truth=AUTO("Automatic receipt from the PKV's noreply mailbox with a ticket number (Vorgangsnummer): "
               "all fields null."))

add("thornbury-out-of-office-en",
    "Gemma Ashworth <g.ashworth@thornbury-cu.example>",
    "Automatic reply: RE: Olga Petrova - loan 88-2041-7", "2027-08-02 08:00",
    """This is an automatic reply.

Thank you for your email. I am out of the office until Monday 16 August with no access to email.
For collections queries please contact the team on 0161 447 1200 or collections@thornbury-cu.example.

Gemma
""",
    charset="us-ascii", cte="7bit",
    truth=AUTO("Out-of-office identified only by its text ('This is an automatic reply', no auto headers); the "
               "loan number in the subject is not extracted."))


# --------------------------------------------------------------------------------------------------------------
# --check
# --------------------------------------------------------------------------------------------------------------

MIN_INTENTS = {"debt_statement": 13, "payment_plan_response": 5, "rejection": 3, "information_request": 4,
               "auto_reply": 3, "other": 2}
EARLIER = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def check_deadlines() -> int:
    """Every truth has payment_deadline last; a labelled date appears in the mail (DD.MM.YYYY or 'D Month YYYY')."""
    errors = 0
    for spec in MESSAGES:
        truth = spec["truth"]
        deadline = truth["payment_deadline"]
        if list(truth)[-1] != "payment_deadline":
            print("ERROR", spec["slug"], "payment_deadline not last")
            errors += 1
        if deadline is None:
            continue
        if not re.fullmatch(r"2027-\d\d-\d\d", deadline):
            print("ERROR", spec["slug"], "bad deadline", deadline)
            errors += 1
            continue
        y, m, d = deadline.split("-")
        text = " ".join([spec["body"] or "", spec["html"] or ""] +
                        [" ".join(p["lines"] + p.get("after", [])) for p in spec["pdfs"]])
        forms = [f"{d}.{m}.{y}", f"{int(d)} {MONTHS[int(m) - 1]} {y}"]
        if not any(form in text for form in forms):
            print("ERROR", spec["slug"], "deadline not in text", deadline)
            errors += 1
    return errors


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        code = BATCH.main(sys.argv[1:], earlier=EARLIER, min_intents=MIN_INTENTS,
                          min_kinds={"text_pdf": 2, "image_pdf": 1, "html_only": 2}, max_body_lines=60)
        sys.exit(1 if check_deadlines() or code else 0)
    sys.exit(BATCH.main(sys.argv[1:]))
