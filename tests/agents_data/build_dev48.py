#!/usr/bin/env python3
"""Deterministic generator of the dev48 batch (tests/agents_data/dev48/): 30 creditor emails + truth files.

Written without reading the engine (shared/, tools/, tests/engine/), the other batches' truth files or any scores.
Theme: claims collected or administered by someone other than their owner, where the caseworker must tell the
owner (creditor_name) from the agent: invoices sold to a factoring company (factor owns them) next to a factor or
billing office that only collects (the seller stays owner), billing services and a shared-service centre writing
for a municipal utility and hospitals, servicers managing sold / securitised loan portfolios for funds, property
managers (Hausverwaltung) for a Wohnungseigentümergemeinschaft and for private landlords, craftsmen's billing
offices (Handwerker-Abrechnungsstelle), a tax adviser / chartered accountant dunning for a small-business client,
a court-appointed Nachlassverwalterin and a Betreuer reclaiming money for the estate / the person they represent,
an insolvency administrator (Treuhänder) collecting a claim of another insolvent estate, and a parent company's
treasury writing about subsidiaries' claims. The owner is named in varied places: letterhead, 'im Auftrag und mit
Vollmacht der …', 'for and on behalf of …', only in the PDF, only in an old forwarded letter. German and English,
text-PDF tables, scans, HTML-only mail, quoted threads, number-heavy signatures, auto-replies, non-clients and an
ambiguous client. Every truth also labels `payment_deadline` (ISO date or null).

Same file format and rendering as the earlier sets (build_dev.py's helpers via batch.Batch; nothing there changes).

    cd tests/agents_data && /tmp/gen-venv/bin/python build_dev48.py          # (re)write dev48/
    cd tests/agents_data && /tmp/gen-venv/bin/python build_dev48.py --check  # verify dev48/ against the specs

No randomness: fixed dates, Message-IDs, MIME boundaries (Batch("dev48", 4800)) and PDF creation dates.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_dev as bd  # noqa: E402
from batch import Batch  # noqa: E402

T, AUTO, text_pdf, image_pdf = bd.T, bd.AUTO, bd.text_pdf, bd.image_pdf

BATCH = Batch("dev48", 4800)
MESSAGES, add = BATCH.messages, BATCH.add


def D(intent, client_id, creditor, amount, currency, refs, review, notes, deadline=None):
    """T(...) plus the payment_deadline this batch labels."""
    return {**T(intent, client_id, creditor, amount, currency, refs, review, notes), "payment_deadline": deadline}


def A(notes):
    return {**AUTO(notes), "payment_deadline": None}


# ---- debt_statement (13) -------------------------------------------------------------------------------------

add("nordmark-factoring-purchased-invoices",
    "Nordmark Factoring AG Debitorenmanagement <debitoren@nordmark-factoring.example>",
    "Offene Posten Meyer, Klaus – angekaufte Rechnungen Elektro Brandauer", "2028-08-14 09:12",
    """Nordmark Factoring AG
Debitorenmanagement
Speicherstadt 9 · 20457 Hamburg

Ihre Nachricht vom 02.08.2028 – Schuldner: Meyer, Klaus, Lindenstraße 4, 50667 Köln

Sehr geehrte Damen und Herren,

die nachstehenden Rechnungen der Elektro Brandauer GmbH hat unser Haus im Rahmen eines
Factoringvertrages angekauft. Mit dem Ankauf sind die Forderungen einschließlich aller Nebenrechte
auf die Nordmark Factoring AG übergegangen; Gläubigerin ist seitdem ausschließlich unser Haus.
Zahlungen an die Elektro Brandauer GmbH wirken nicht mehr schuldbefreiend.

Unsere Debitorennummer: NF-D-204417

  Rechnung RE-88412 vom 11.05.2028 (Installation Unterverteilung)   1.214,20 EUR
  Rechnung RE-88590 vom 02.06.2028 (Nacharbeiten)                     232,00 EUR
  Verzugszinsen bis 13.08.2028                                          28,00 EUR
  Mahnkosten                                                            12,00 EUR
  -----------------------------------------------------------------------------
  Gesamtforderung                                                    1.486,20 EUR

Wir bitten um Ausgleich des Gesamtbetrages, zahlbar bis 30.09.2028, unter Angabe der
Debitorennummer auf das unten genannte Konto.

Mit freundlichen Grüßen
i. A. Henrike Lassmann
Nordmark Factoring AG · Vorstand: Dr. Ole Petersen, Birte Janssen
Amtsgericht Hamburg HRB 177320 · USt-IdNr. DE 319 447 082
IBAN DE61 2005 0550 1380 4471 20 · BIC HASPDEFHXXX · Tel. 040 3009 4417-0
""",
    truth=D("debt_statement", "K-2001", "Nordmark Factoring AG", "1486.20", "EUR",
            ["NF-D-204417", "RE-88412", "RE-88590"], False,
            "Genuine factoring: the invoices were bought and the factor says it alone is now creditor, so the owner "
            "is Nordmark Factoring AG, not the craftsman Elektro Brandauer GmbH named in the invoices; total "
            "'Gesamtforderung' below invoice/interest/fee lines; HRB, USt-IdNr, IBAN and phone are not references; "
            "client as 'Meyer, Klaus' + address.", "2028-09-30"))

add("bergfelden-stadtwerke-billing-service-final-bill",
    "Abrechnungsservice Weserbergland GmbH <forderungen@abrechnung-weserbergland.example>",
    "Schlussrechnung Strom/Gas – Vertragskonto 300 118 4471 – Yilmaz", "2028-08-16 14:03",
    """Sehr geehrte Damen und Herren,

wir sind der Abrechnungsdienstleister der Stadtwerke Bergfelden GmbH und schreiben Ihnen in deren
Namen. Für Ihren Mandanten, Herrn Mehmet Yilmaz (geb. 08.03.1985), wurde nach dem Auszug die
Schlussrechnung erstellt. Die Aufstellung finden Sie in der Anlage.

Der Rechnungsbetrag ist fällig am 01.10.2028. Bitte überweisen Sie ausschließlich auf das in der
Rechnung genannte Konto der Stadtwerke Bergfelden GmbH.

Freundliche Grüße

Kundenservice Forderungen
Abrechnungsservice Weserbergland GmbH – ein Dienstleister für kommunale Versorger
Hafenstraße 3 · 31785 Hameln · Telefon 05151 447 300 · Fax 05151 447 309
Amtsgericht Hannover HRB 208811 · Geschäftsführer: Jens Abeling
""",
    pdfs=[text_pdf("Schlussrechnung_300118_4471.pdf", "Stadtwerke Bergfelden GmbH - Schlussrechnung",
                   ["Vertragskonto 300 118 4471        Rechnungsnummer SR-2028-0091734",
                    "Kunde: Mehmet Yilmaz, Hafenstr. 20, 28195 Bremen (Auszug zum 30.06.2028)",
                    "Zaehlernummer 1ESY1160447120, Marktlokation 50441208830",
                    "Abrechnungszeitraum 01.01.2028 - 30.06.2028", ""],
                   table=[("Strom 1.240 kWh inkl. Grundpreis", "468,22 EUR"),
                          ("Gas 3.910 kWh inkl. Grundpreis", "371,05 EUR"),
                          ("abzgl. geleistete Abschlaege 6 x 71,15 EUR", "-426,90 EUR"),
                          ("Zu zahlender Betrag", "412,37 EUR")],
                   after=["Faellig am 01.10.2028.",
                          "Stadtwerke Bergfelden GmbH, IBAN DE27 2545 0110 0000 4471 20, Glaeubiger-ID DE71ZZZ00000447120"])],
    truth=D("debt_statement", "K-2007", "Stadtwerke Bergfelden GmbH", "412.37", "EUR",
            ["300 118 4471", "SR-2028-0091734"], False,
            "A billing service writes in the municipal utility's name: owner is Stadtwerke Bergfelden GmbH; final "
            "bill in a text-PDF table where the total 'Zu zahlender Betrag' follows consumption lines and a "
            "negative instalment line; meter number, Marktlokation, IBAN, Gläubiger-ID and HRB are not references; "
            "client 'Yilmaz' transliterated + DOB.", "2028-10-01"))

add("aureon-ssc-hospital-reminder-owner-in-pdf",
    "Aureon Shared Services GmbH <patientenabrechnung@aureon-ssc.example>",
    "Zahlungserinnerung – Ihre Mandantin S. Schulz", "2028-08-21 10:40",
    """Guten Tag,

im Anhang erhalten Sie die aktuelle Zahlungserinnerung für Ihre Mandantin Sabine Schulz,
geb. 15.06.1971. Wir bearbeiten die Patientenabrechnung für mehrere Kliniken unseres Verbundes;
welches Haus die Leistung erbracht hat, ergibt sich aus dem Schreiben.

Bei Fragen erreichen Sie uns Mo–Do 8–16 Uhr.

Mit freundlichen Grüßen
Shared Service Center Patientenabrechnung
Aureon Shared Services GmbH · Tel. 0471 902 447-11 · HRB 6612 HB
""",
    pdfs=[text_pdf("Zahlungserinnerung_Schulz.pdf", "St.-Annen-Klinikum Ravensbuehl gGmbH",
                   ["St.-Annen-Klinikum Ravensbühl gGmbH - vertreten durch die Aureon Shared Services GmbH",
                    "Patientin: Sabine Schulz, geb. 15.06.1971, Gartenweg 3, 20095 Hamburg",
                    "Fallnummer 28-0447193    Rechnungsnummer KR 2028 117 406",
                    "Wahlleistung Einbettzimmer, stationaer 12.06.2028 - 16.06.2028", ""],
                   table=[("Rechnungsbetrag vom 30.06.2028", "196,40 EUR"),
                          ("Teilzahlung vom 20.07.2028", "-10,00 EUR"),
                          ("Offener Betrag", "186,40 EUR")],
                   after=["Bitte zahlen Sie den offenen Betrag bis zum 14.10.2028.",
                          "IK-Nummer 260 447 120 · Steuernummer 75/140/04471"])],
    truth=D("debt_statement", "K-2005", "St.-Annen-Klinikum Ravensbühl gGmbH", "186.40", "EUR",
            ["28-0447193", "KR 2028 117 406"], False,
            "The shared-service centre's mail does not say which hospital owns the bill; the owner is named only "
            "in the PDF letterhead line ('vertreten durch' the SSC). Total 'Offener Betrag' after a part payment; "
            "IK-Nummer, Steuernummer and HRB are not references; Sabine vs Thomas Schulz at the same address is "
            "settled by first name + DOB.", "2028-10-14"))

add("calderbrook-fund-servicer-known-ref-en",
    "Penwarden Loan Servicing Ltd <collections@penwarden-servicing.example>",
    "Loan account CBF2-0093318 - statement of balance", "2028-08-23 16:20",
    """Dear Sirs,

Penwarden Loan Servicing Ltd acts as servicer for and on behalf of Calderbrook Credit Fund II SCSp,
which acquired the consumer loan originally granted by Sparkasse Wiesbaden (original account number
12345 67890) as part of a portfolio transfer effective 1 March 2028. The Fund is the legal owner of
the loan; we administer it and receive payments on its behalf.

We understand from your letter that you act for the borrower under the above account. As requested,
the balance on the account today is:

    Outstanding principal           EUR 5,910.44
    Contractual interest accrued    EUR   402.75
    Default charges                 EUR    87.00
    Total balance outstanding       EUR 6,400.19

Please arrange payment of the total balance by 31 October 2028 or contact us with a proposal before
that date. Please quote our account number CBF2-0093318 in all correspondence.

Yours faithfully

Collections Team
Penwarden Loan Servicing Ltd
Registered in England and Wales No. 11447208 | FCA FRN 804471
Tel +44 20 7946 0447 | servicing office Frankfurt: +49 69 2400 4471
""",
    charset="us-ascii", cte="7bit",
    truth=D("debt_statement", "K-2009", "Calderbrook Credit Fund II SCSp", "6400.19", "EUR",
            ["CBF2-0093318", "12345 67890"], False,
            "Servicer writes 'for and on behalf of' a fund that bought the loan: owner is the fund, not the servicer "
            "nor Sparkasse Wiesbaden; the debtor is never named - only the original Sparkasse account number "
            "(spaced '12345 67890'), which is Peter Wagner's known reference; total line below components; company "
            "no., FCA FRN and phone numbers are not references.", "2028-10-31"))

add("birkenhain-weg-hausgeld-rueckstand",
    "Kranich & Sohn Hausverwaltung GmbH <weg@kranich-hausverwaltung.example>",
    "WEG Birkenhain 14 – Hausgeldrückstand Einheit 07 (Hoffmann)", "2028-08-25 08:55",
    """Kranich & Sohn Hausverwaltung GmbH
Verwalterin der Wohnungseigentümergemeinschaft Birkenhain 14, 99084 Erfurt

Sehr geehrte Damen und Herren,

als bestellte Verwalterin machen wir im Namen der Wohnungseigentümergemeinschaft Birkenhain 14
den Hausgeldrückstand Ihrer Mandantin, Frau Maria Hoffmann (Eigentümerin der Einheit Nr. 07),
geltend. Das Personenkonto PK 0417-07 weist folgende offene Beträge aus:

Hausgeld-Vorauszahlungen Mai bis August 2028 (4 x 318,00 EUR)      1.272,00 EUR
Nachzahlung aus der Jahresabrechnung 2027 (Beschluss 14.06.2028)      612,00 EUR
Anteil Sonderumlage Dachsanierung, 1. Rate                             60,00 EUR

Rückstand insgesamt:                                                 1.944,00 EUR

Wir setzen eine Zahlungsfrist bis spätestens 20.09.2028. Die Zahlung ist auf das
Konto der Gemeinschaft zu leisten (WEG Birkenhain 14, IBAN DE88 8205 0000 3300 4471 07),
nicht auf das Konto der Verwaltung. Nach Fristablauf werden wir die Angelegenheit
beschlussgemäß einem Rechtsanwalt zur Beitreibung übergeben.

Mit freundlichen Grüßen

Doreen Kranich
Kranich & Sohn Hausverwaltung GmbH · Anger 51 · 99084 Erfurt
Tel. 0361 550 447-0 · Erlaubnis nach § 34c GewO · HRB 504471 Jena
""",
    truth=D("debt_statement", "K-2014", "Wohnungseigentümergemeinschaft Birkenhain 14", "1944.00", "EUR",
            ["PK 0417-07"], False,
            "The property manager is only the WEG's Verwalterin: owner of the Hausgeld claim is the "
            "Wohnungseigentümergemeinschaft (the letter even points payment to its own account); three component "
            "lines, total 'Rückstand insgesamt'; flat number 07 and IBAN ending 07 are not the reference, the "
            "Personenkonto is; § 34c GewO and HRB are not references.", "2028-09-20"))

add("mittelrhein-handwerker-abrechnung-non-client",
    "HAS Handwerker-Abrechnungsstelle Mittelrhein eG <mahnwesen@has-mittelrhein.example>",
    "2. Mahnung – Abrechnungs-Nr. HA-61-228904", "2028-08-28 11:30",
    """HAS Handwerker-Abrechnungsstelle Mittelrhein eG
Rheinallee 70 · 55118 Mainz

Sehr geehrte Damen und Herren,

wir rechnen im Namen und für Rechnung unseres Mitgliedsbetriebs, der Sanitär Krolikowski GmbH,
Wiesbaden, ab. Die Forderung steht weiterhin dem Betrieb zu; wir sind lediglich mit Rechnungsstellung
und Mahnwesen beauftragt.

Schuldner: Herr Dieter Brühwiler, Taunusstraße 88, 65183 Wiesbaden
Rechnung 2028-0412 vom 03.07.2028 (Austausch Warmwasserspeicher)

Rechnungsbetrag                    948,50 EUR
Mahngebühr 1. und 2. Mahnung        20,00 EUR
Noch zu zahlen                     968,50 EUR

Bitte überweisen Sie den Betrag bis zum 12.09.2028.

Mit freundlichen Grüßen
Ihr Team Mahnwesen
Genossenschaftsregister AG Mainz GnR 447 · USt-IdNr. DE 149 447 208
Volksbank Mainz · IBAN DE17 5519 0000 0447 2089 04
""",
    truth=D("debt_statement", None, "Sanitär Krolikowski GmbH", "968.50", "EUR",
            ["HA-61-228904", "2028-0412"], True,
            "Craftsmen's billing office collects 'im Namen und für Rechnung' and says the claim stays with the "
            "member business: owner is Sanitär Krolikowski GmbH. Debtor Dieter Brühwiler is not a client "
            "(Wiesbaden like Peter Wagner, different person) -> client_id null, review. GnR, USt-IdNr and IBAN are "
            "not references.", "2028-09-12"))

add("liebrecht-gartenbau-steuerberater-sloppy",
    "Steuerbüro Mäurer <buero@stb-maeurer.example>",
    "offene Rechnung Gartenbau Liebrecht / Becker", "2028-08-30 17:48",
    """Hallo,

ich mache die Buchhaltung für meinen Mandanten Gartenbau Liebrecht e.K. (Inh. Jonas Liebrecht)
und muss in dessen Auftrag die offenen Posten anmahnen. Herr Lukas Becker, Uniweg 5, Heidelberg
hat die Rechnung Nr. 2028/117 vom 05.06. (Heckenschnitt + Grünschnittentsorgung) bis heute nicht
bezahlt, offen sind 640,00 EUR. Zahlungseingang bitte direkt auf das Konto von Herrn Liebrecht,
Kontodaten stehen auf der Rechnung.

Ihre Mandantschaft wurde uns von Herrn Becker telefonisch mitgeteilt, deshalb schreibe ich Ihnen.
Bitte um kurze Info ob und wann gezahlt wird, sonst gebe ich das an Herrn Liebrecht zurück
und der entscheidet über Mahnbescheid.

Gruß
R. Mäurer

--
Dipl.-Kfm. Reinholt Mäurer, Steuerberater
Hauptstr. 201 · 69117 Heidelberg · Tel 06221 447 120 · Fax -129
Steuernummer 32/491/04471 · Kammer-Mitglieds-Nr. 4471 (StBK Nordbaden)
""",
    truth=D("debt_statement", "K-2012", "Gartenbau Liebrecht e.K.", "640.00", "EUR",
            ["2028/117"], False,
            "A tax adviser doing a small business's bookkeeping duns in its name: owner is Gartenbau Liebrecht e.K., "
            "not the tax office; sloppy short mail, no deadline set ('ob und wann'); the adviser's Steuernummer, "
            "chamber number and phone/fax are not references; client Lukas Becker by name + address.", None))

add("ammersbach-nachlassverwaltung-darlehen",
    "Dr. Henrike Falkenrath Rechtsanwältin <kanzlei@falkenrath-erbrecht.example>",
    "Nachlassverwaltung Gerd Ammersbach – Rückzahlung Darlehen Çelik", "2028-09-01 09:05",
    """Dr. Henrike Falkenrath
Rechtsanwältin · Fachanwältin für Erbrecht
Ostenhellweg 40 · 44135 Dortmund

Mein Zeichen: FA-NV 118/28
Gläubiger: Nachlass Gerd Ammersbach, vertreten durch die Nachlassverwalterin

Sehr geehrte Kolleginnen und Kollegen,

mit Beschluss des Amtsgerichts – Nachlassgericht – Dortmund bin ich zur Nachlassverwalterin über
den Nachlass des am 19.02.2028 verstorbenen Herrn Gerd Ammersbach bestellt worden. In dieser
Eigenschaft mache ich eine Forderung des Nachlasses Gerd Ammersbach gegen Ihre Mandantin,
Frau Aylin Celik, geb. 03.11.1990, geltend.

Der Erblasser hat Frau Celik am 01.04.2026 ein Darlehen über 3.000,00 EUR gewährt (Darlehensvertrag
Nr. GA-2026-04). Rückzahlungen sind nicht erfolgt; das Darlehen ist durch Kündigung vom 10.07.2028
fällig gestellt.

Darlehen                                  3.000,00 EUR
vereinbarte Zinsen 2 % p. a. bis 31.08.2028  147,45 EUR
Kosten der Kündigung                          40,00 EUR
insgesamt                                  3.187,45 EUR

Ich fordere Ihre Mandantin auf, den Betrag von insgesamt 3.187,45 EUR bis zum 30.09.2028 auf das
Nachlassanderkonto zu zahlen. Die Erben sind nicht empfangsberechtigt.

Mit freundlichen kollegialen Grüßen
Dr. Falkenrath
Rechtsanwältin
Anderkonto: IBAN DE05 4405 0199 0447 1180 28 · USt-IdNr. DE 287 447 118
""",
    truth=D("debt_statement", "K-2003", "Nachlass Gerd Ammersbach", "3187.45", "EUR",
            ["FA-NV 118/28", "GA-2026-04"], False,
            "Court-appointed Nachlassverwalterin reclaims a loan for the estate: the claim belongs to the estate "
            "('Forderung des Nachlasses Gerd Ammersbach'), not to the lawyer and not to the heirs (who are expressly "
            "not entitled to receive payment); 'Mein Zeichen' is the creditor side's file; the court is named "
            "without a file number; client Çelik spelled 'Celik' + DOB.", "2028-09-30"))

add("tesche-fliesen-insolvenzverwalter-forderungseinzug",
    "RA Till Oberdorfer Insolvenzverwaltung <iv@oberdorfer-insolvenz.example>",
    "Insolvenzverfahren Tesche Fliesendesign GmbH – offene Forderung gegen Herrn Thomas Schulz", "2028-09-04 13:15",
    """Rechtsanwalt Till Oberdorfer
als Insolvenzverwalter (Treuhänder) über das Vermögen der Tesche Fliesendesign GmbH
Mönckebergstraße 11 · 20095 Hamburg

Unser Zeichen: TO-2028-0177

Sehr geehrte Damen und Herren,

über das Vermögen der Tesche Fliesendesign GmbH ist am 02.05.2028 das Insolvenzverfahren eröffnet
und der Unterzeichner zum Insolvenzverwalter bestellt worden. Bei der Durchsicht der Buchhaltung der
Schuldnerin ist eine offene Forderung gegen Ihren Mandanten, Herrn Thomas Schulz, geb. 22.01.1969,
aufgefallen. Die Forderung gehört zur Insolvenzmasse und wird von mir eingezogen.

Rechnung FD-2027-311 vom 14.11.2027 (Fliesenarbeiten Bad)    2.380,00 EUR
Abschlagszahlung vom 20.11.2027                                -1.000,00 EUR
offener Restbetrag                                              1.380,00 EUR

Zahlungen mit befreiender Wirkung können nur noch auf das Insolvenzanderkonto geleistet werden.
Ich bitte um Ausgleich bis zum 02.10.2028. Sofern Ihr Mandant Einwendungen gegen die Forderung
hat, bitte ich um Mitteilung innerhalb derselben Frist.

Mit freundlichen Grüßen
Oberdorfer
Rechtsanwalt
Insolvenzanderkonto: IBAN DE43 2004 1111 0447 1770 28 · Tel. 040 3250 4471
""",
    truth=D("debt_statement", "K-2006", "Tesche Fliesendesign GmbH", "1380.00", "EUR",
            ["TO-2028-0177", "FD-2027-311"], False,
            "An insolvency administrator (Treuhänder) of another insolvent company collects a claim of that estate: "
            "owner is the insolvent Tesche Fliesendesign GmbH (its estate), not the administrator; the debtor is "
            "the firm's client here, not the insolvent; Thomas vs Sabine Schulz settled by first name + DOB; total "
            "'offener Restbetrag' after a part payment.", "2028-10-02"))

add("valtenberg-treasury-subsidiary-statement-en",
    "Valtenberg Holding AG Group Treasury <treasury.receivables@valtenberg-group.example>",
    "Statement of account - Mr John Smith / Valtenberg Mobilfunk Service", "2028-09-06 15:30",
    """Dear Sir or Madam,

Group Treasury of Valtenberg Holding AG manages the receivables of all group companies centrally.
We write regarding the claim of our subsidiary Valtenberg Mobilfunk Service GmbH against your
client Mr John Smith, Baker Street 221, 10115 Berlin (DOB 10 Oct 1975).

Customer number:  VMS-55021873
Contract:         MV-2026-33190 (terminated 30.06.2028)

Unpaid monthly fees Mar-Jun 2028        EUR 159.96
Early termination fee                   EUR 240.00
Device instalments (remaining)          EUR 312.50
Return debit charges                    EUR   9.00
Amount owed to Valtenberg Mobilfunk Service GmbH:  EUR 721.46

Payment should be made to the subsidiary's account shown on its invoices. Please note that the
Holding itself has no claim against your client; we only coordinate collection for the group.

Kind regards
Jana Wittkowski
Group Treasury - Receivables Management
Valtenberg Holding AG | Amtsgericht Düsseldorf HRB 90447 | VAT DE 812 044 719
Tel +49 211 5400 4471
""",
    charset="utf-8",
    truth=D("debt_statement", "K-2011", "Valtenberg Mobilfunk Service GmbH", "721.46", "EUR",
            ["VMS-55021873", "MV-2026-33190"], False,
            "Parent company's treasury writes in English about a subsidiary's claim and states the Holding has no "
            "claim itself: owner is the subsidiary Valtenberg Mobilfunk Service GmbH; the total sits on a labelled "
            "line naming the owner after four components; HRB, VAT and phone are not references; no deadline.",
            None))

add("quast-vermieter-nebenkosten-scan",
    "Hausverwaltung Leimbach <info@hv-leimbach.example>",
    "Nebenkostenabrechnung 2027 – Nachzahlung Koch (Scan anbei)", "2028-09-08 09:40",
    """Sehr geehrte Damen und Herren,

anbei übersende ich als Scan die Nebenkostenabrechnung 2027 für die Wohnung Ihres Mandanten
Stefan Koch in der Neckarstraße 7, Mannheim. Die Hausverwaltung Leimbach verwaltet das Objekt
für die Vermieter; die Abrechnung ist im Namen der Eigentümer erstellt.

Die Nachzahlung ist bisher nicht eingegangen.

Mit freundlichen Grüßen
Gudrun Leimbach
Hausverwaltung Leimbach · Q7, 12 · 68161 Mannheim · Tel. 0621 447 2208 · USt-IdNr. DE 254 447 220
""",
    pdfs=[image_pdf("NK-Abrechnung_2027_Koch.pdf",
                    ["Vermieter: Harald und Bettina Quast, vertreten durch Hausverwaltung Leimbach",
                     "Betriebskostenabrechnung 2027",
                     "Mieter: Herr Stefan Koch, Neckarstr. 7, 68159 Mannheim, Whg. 2. OG links",
                     "Mietvertrag-Nr. Q-NS7-04       Abrechnung Nr. BK27-0412",
                     "",
                     "Heizung/Warmwasser          1.184,40 EUR",
                     "Kaltwasser/Abwasser           402,11 EUR",
                     "Grundsteuer, Muell, Hausstrom 515,67 EUR",
                     "Summe Kostenanteil          2.102,18 EUR",
                     "abzgl. Vorauszahlungen     -1.480,00 EUR",
                     "-----------------------------------------",
                     "NACHZAHLUNG                   622,18 EUR",
                     "",
                     "Zahlbar bis 15.10.2028 auf das Mietkonto der Vermieter."])],
    truth=D("debt_statement", "K-2015", "Harald und Bettina Quast", "622.18", "EUR",
            ["Q-NS7-04", "BK27-0412"], False,
            "Hausverwaltung for private landlords; the owners are named only in the scanned statement "
            "('Vermieter: Harald und Bettina Quast, vertreten durch ...'); image-only PDF; the total is the "
            "'NACHZAHLUNG' line, not 'Summe Kostenanteil'; the deadline is only in the scan.", "2028-10-15"))

add("varnhorst-factoring-reply-thread-new-balance",
    "Varnhorst Factoring GmbH <forderungen@varnhorst-factoring.example>",
    "AW: Anfrage Forderungshöhe Petrova – Kunden-Nr. VF-300-81125", "2028-09-11 12:02",
    """Sehr geehrte Frau Dr. Roth,

vielen Dank für Ihre Rückfrage. Die Forderung aus dem Kauf des E-Bikes bei der Zweirad Pöhlmann OHG
haben wir im Rahmen des echten Factorings erworben; Inhaberin der Forderung ist die Varnhorst Factoring
GmbH. Seit unserer unten zitierten Mitteilung sind weitere Verzugszinsen sowie die Kosten der
Adressermittlung angefallen. Die Forderung beläuft sich daher aktuell auf 1.051,30 EUR.

Bitte beachten Sie, dass die im Juli genannte Zahl überholt ist.

Mit freundlichen Grüßen
Karsten Blohm
Varnhorst Factoring GmbH · Am Sandtorkai 4 · 20457 Hamburg · HRB 158811 · Tel. 040 8090 447-0

-----Ursprüngliche Nachricht-----
Von: Varnhorst Factoring GmbH <forderungen@varnhorst-factoring.example>
Gesendet: Mittwoch, 12. Juli 2028 10:14
Betreff: Forderung Zweirad Pöhlmann OHG – Frau Olga Petrova
> Sehr geehrte Damen und Herren,
> zur Kundin Olga Petrova, geb. 27.05.1988, Leipziger Str. 40, Berlin, teilen wir mit:
> Rechnung der Zweirad Pöhlmann OHG Nr. ZP-24-8817 vom 02.02.2028, Kunden-Nr. VF-300-81125
> offener Gesamtbetrag: 1.004,90 EUR
> Mit freundlichen Grüßen, Varnhorst Factoring GmbH
""",
    truth=D("debt_statement", "K-2010", "Varnhorst Factoring GmbH", "1051.30", "EUR",
            ["VF-300-81125", "ZP-24-8817"], False,
            "Reply thread: the newest message states 1.051,30 EUR and calls the quoted July figure 1.004,90 EUR "
            "outdated; the factor bought the claim ('echtes Factoring'), so it owns it, not the bike shop; the "
            "original invoice number and DOB are only in the quoted part; Dr. Roth is the firm's lawyer.", None))

add("feuerlein-abrechnungszentrum-components-html",
    "ABZ Abrechnungszentrum Bau & Handwerk GmbH <einzug@abz-bauhandwerk.example>",
    "Forderung Elektro Feuerlein – Strauss-Koehler", "2028-09-13 10:25",
    None,
    html="""<html><body style="font-family:Verdana;font-size:12px">
<p><b>ABZ Abrechnungszentrum Bau &amp; Handwerk GmbH</b><br>Landsberger Str. 302<br>80687 München<br>
Tel. 089 1250 4471-0 &middot; HRB 244710 &middot; USt-IdNr. DE 299 447 105</p>
<p>Sehr geehrte Damen und Herren,</p>
<p>zu Ihrem Mandanten <b>J. Strauss-Koehler</b>, Am Markt 1, 80331 München, teilen wir die offenen Positionen
aus der Abrechnung <b>AZ-2028-55910</b> mit:</p>
<table border="1" cellpadding="3">
<tr><td>Hauptforderung (Rechnung EF-7731 vom 18.04.2028)</td><td>1.870,00 &euro;</td></tr>
<tr><td>Verzugszinsen ab 19.05.2028</td><td>61,34 &euro;</td></tr>
<tr><td>Mahnauslagen</td><td>15,00 &euro;</td></tr>
</table>
<p>Zu unserer Legitimation leiten wir unten das Schreiben des Betriebs weiter.</p>
<p>Freundliche Grüße<br>Abteilung Forderungseinzug</p>
<hr>
<p>---------- Weitergeleitete Nachricht ----------<br>
Von: Elektro Feuerlein GmbH &amp; Co. KG<br>Datum: 06.03.2028<br>
Betreff: Übertragung Abrechnung und Einzug</p>
<blockquote><p>Sehr geehrte Kundinnen und Kunden, ab sofort erstellt die ABZ Abrechnungszentrum Bau &amp; Handwerk GmbH
unsere Rechnungen und zieht offene Beträge für uns ein. Forderungsinhaberin bleibt die
Elektro Feuerlein GmbH &amp; Co. KG; eine Abtretung findet nicht statt.</p>
<p>Elektro Feuerlein GmbH &amp; Co. KG, Meisterbetrieb, Handwerksrolle Nr. 44712</p></blockquote>
</body></html>""",
    html_only=True,
    truth=D("debt_statement", "K-2004", "Elektro Feuerlein GmbH & Co. KG", None, None,
            ["AZ-2028-55910", "EF-7731"], True,
            "HTML-only; the owner is stated only in the old forwarded letter of the business (billing centre "
            "collects, 'Forderungsinhaberin bleibt ...', no assignment); only components (principal, interest, "
            "costs) are listed, no total -> debt_amount null, review 'total not stated'; Handwerksrolle number, "
            "HRB, USt-IdNr are not references; client 'J. Strauss-Koehler' transliterated + address.", None))

# ---- payment_plan_response (5) -------------------------------------------------------------------------------

add("asmussen-vermieter-ratenzahlung-zustimmung",
    "Immobilienbetreuung Saalfeld <kontakt@ib-saalfeld.example>",
    "Mietrückstand Fischer – Ihr Ratenzahlungsvorschlag", "2028-08-17 15:10",
    """Sehr geehrte Damen und Herren,

im Auftrag und mit Vollmacht des Eigentümers, Herrn Dr. Wendelin Asmussen, beantworten wir Ihr
Schreiben vom 08.08.2028 zum Mietkonto 2207-14 Ihrer Mandantin Anna-Lena Fischer.

Der Mietrückstand beläuft sich auf 1.380,00 EUR (Mieten Juni bis August 2028 zu je 460,00 EUR).

Herr Dr. Asmussen ist mit der vorgeschlagenen Ratenzahlung grundsätzlich einverstanden, allerdings
mit monatlichen Raten von 150,00 EUR statt der angebotenen 100,00 EUR, beginnend im Oktober 2028,
jeweils zusätzlich zur laufenden Miete. Gerät Ihre Mandantin mit einer Rate oder einer laufenden
Miete mehr als zwei Wochen in Verzug, wird der gesamte Restbetrag sofort fällig.

Bitte bestätigen Sie uns die Vereinbarung bis zum 10.09.2028 schriftlich.

Mit freundlichen Grüßen
Immobilienbetreuung Saalfeld
Kai Saalfeld
Königstraße 28 · 70173 Stuttgart · Tel. 0711 2204 4719 · Mobil 0171 447 2201
""",
    truth=D("payment_plan_response", "K-2008", "Dr. Wendelin Asmussen", "1380.00", "EUR",
            ["2207-14"], False,
            "Property manager answers 'im Auftrag und mit Vollmacht des Eigentümers': owner is the private landlord "
            "Dr. Wendelin Asmussen; counter-offer (150 instead of the firm's 100 a month) = payment_plan_response; "
            "the balance is stated, the monthly rent and instalments are not totals; 10.09.2028 is a date to confirm "
            "the plan, not a payment deadline; instalments start 'im Oktober 2028' (no date).", None))

add("pohlke-betreuer-bedingte-zustimmung",
    "Marten Vossberg Berufsbetreuer <betreuungsbuero@vossberg-betreuungen.example>",
    "Ihre Mandantin Frau Öztürk – Rückforderung für Frau Irmgard Pohlke", "2028-08-29 10:44",
    """Sehr geehrte Damen und Herren,

ich bin vom Amtsgericht Duisburg zum rechtlichen Betreuer von Frau Irmgard Pohlke bestellt, u. a. für
den Aufgabenkreis Vermögenssorge. Meine Betreute hat Ihrer Mandantin, Frau Fatma Oeztuerk,
Marktstr. 9, Duisburg, im Jahr 2027 mehrfach Geld überlassen, das zurückzuzahlen ist.
Mein Aktenzeichen: B-2026-114.

Die Restforderung meiner Betreuten beträgt nach Abzug der bisherigen Zahlungen 850,00 EUR.

Ihrem Vorschlag einer Ratenzahlung von 50,00 EUR monatlich stimme ich zu, allerdings unter
folgenden Bedingungen:
- die Raten gehen jeweils zum 15. eines Monats ein, erstmals im September,
- die Raten werden auf das Konto von Frau Pohlke gezahlt, nicht an mich persönlich,
- die Vereinbarung steht unter dem Vorbehalt, dass das Betreuungsgericht keine Bedenken erhebt.

Ich bitte um kurze Bestätigung.

Mit freundlichen Grüßen
Marten Vossberg
Dipl.-Sozialpädagoge, Berufsbetreuer
Sonnenwall 12 · 47051 Duisburg · Tel. 0203 447 1902
""",
    truth=D("payment_plan_response", "K-2013", "Irmgard Pohlke", "850.00", "EUR",
            ["B-2026-114"], False,
            "A court-appointed Betreuer reclaims money for the person he represents: owner is the Betreute Irmgard "
            "Pohlke, not the Betreuer; conditional acceptance of the firm's instalment plan; 'Restforderung' is the "
            "total; instalments due on the 15th of each month, no dated payment deadline; client 'Oeztuerk' "
            "transliterated + address.", None))

add("brisgau-freizeit-treasury-vergleich",
    "Brisgau Freizeit Gruppe SE Konzern-Treasury <forderungen@brisgau-gruppe.example>",
    "Vergleichsangebot Karin Meier – Mitgliedskonto 88-20471", "2028-09-05 11:18",
    None,
    html="""<html><body>
<table width="100%"><tr><td><b>BRISGAU FREIZEIT GRUPPE SE</b><br>Konzern-Treasury &middot; Forderungsmanagement<br>
Kaiser-Joseph-Str. 240 &middot; 79098 Freiburg</td>
<td align="right">Tel. 0761 4470 3300<br>HRB 714471 Freiburg<br>USt-IdNr. DE 301 447 226</td></tr></table>
<p>Sehr geehrte Damen und Herren,</p>
<p>die Konzern-Treasury der Brisgau Freizeit Gruppe SE bearbeitet die offenen Forderungen unserer
Tochtergesellschaften. Zu Ihrem Angebot für Frau Karin Meier, geb. 30.09.1982, betreffend die
Forderung der Brisgau Fitness Studios GmbH (Mitgliedskonto <b>88-20471</b>) teilen wir mit:</p>
<p>Die Forderung der Brisgau Fitness Studios GmbH beträgt derzeit <b>1.264,00 EUR</b> (Beiträge bis zum
Vertragsende, Rücklastschriftgebühren, Mahnkosten). Ihr Angebot einer Einmalzahlung von 600,00 EUR
können wir so nicht annehmen. Wir sind jedoch bereit, die Forderung gegen eine Einmalzahlung von
800,00 EUR als vollständig erledigt zu betrachten, wenn der Betrag bis zum 31.10.2028 bei der
Tochtergesellschaft eingeht.</p>
<p>Freundliche Grüße<br>i. V. Sebastian Hurlemann<br>Konzern-Treasury</p>
</body></html>""",
    html_only=True,
    truth=D("payment_plan_response", "K-2002", "Brisgau Fitness Studios GmbH", "1264.00", "EUR",
            ["88-20471"], False,
            "HTML-only with a two-column letterhead table (phone, HRB, USt-IdNr). Parent company's treasury "
            "negotiates for the subsidiary: owner is Brisgau Fitness Studios GmbH, not the SE; counter-offer (800 instead of the firm's 600) = payment_plan_response; the debt amount is the "
            "stated balance, not the firm's offer nor the settlement figure; 31.10.2028 is the deadline for the "
            "settlement payment the creditor sets.", "2028-10-31"))

add("lowther-receivables-servicer-counteroffer-en",
    "Rosedale Asset Servicing GmbH <servicing@rosedale-assets.example>",
    "Re: Repayment proposal - Maria Hoffmann - our ref RAS/4471/2208", "2028-09-14 08:30",
    """Dear Ms Roth,

thank you for your proposal of 40.00 EUR per month on behalf of Ms Maria Hoffmann (born 03.03.1962).

We write as servicer for Lowther Street Receivables 2025 DAC, the securitisation vehicle to which
Brenner Konsumkredit AG transferred the loan (original loan no. BKK-6610-0447) in 2025. The vehicle
is the owner of the claim; we are authorised to agree repayment arrangements on its behalf.

The current balance is EUR 4,210.77. Having reviewed the income details you supplied, the owner is
prepared to accept a plan of EUR 75.00 per month for 24 months, followed by a review. Interest
will be frozen while payments are kept up. Please let us know whether your client agrees.

Kind regards
Portfolio Management
Rosedale Asset Servicing GmbH, Taunusanlage 8, 60329 Frankfurt am Main
HRB 118447 Frankfurt | BaFin-Reg. 144710 | Tel +49 69 7104 4712
""",
    charset="us-ascii", cte="7bit",
    truth=D("payment_plan_response", "K-2014", "Lowther Street Receivables 2025 DAC", "4210.77", "EUR",
            ["RAS/4471/2208", "BKK-6610-0447"], False,
            "Servicer for a securitisation vehicle that took over the loan: owner is Lowther Street Receivables 2025 "
            "DAC (not the servicer, not the original bank Brenner Konsumkredit AG); counter-offer of 75 per month "
            "vs the firm's 40; balance stated; servicer ref in subject and original loan number are references; "
            "BaFin registration and HRB are not; Ms Roth is the firm's lawyer.", None))

add("ostwind-factoring-one-off-acceptance",
    "Ostwind Factoring & Finanzierung GmbH <vergleich@ostwind-factoring.example>",
    "AW: Vergleichsvorschlag Becker – Ihr Zeichen SB-4471", "2028-09-19 16:05",
    """Sehr geehrte Damen und Herren,

die Forderung der Pixelhaus Computer GmbH gegen Herrn Lukas Becker (geb. 14.02.1999) wurde an unser
Haus verkauft und abgetreten (Kaufvertrag vom 15.01.2028); wir sind damit Gläubigerin. Bei uns wird
der Vorgang unter der Akte OFF-28-019342 geführt.

Die Restforderung beträgt 2.870,40 EUR. Ihrem Vorschlag einer Einmalzahlung von 1.500,00 EUR zur
Erledigung der gesamten Forderung stimmen wir zu, sofern der Betrag bis zum 15.10.2028 auf unserem
Konto eingeht. Nach Zahlungseingang erhalten Sie eine Erledigungsbestätigung; geht die Zahlung nicht
fristgerecht ein, lebt die volle Forderung wieder auf.

Mit freundlichen Grüßen
Ostwind Factoring & Finanzierung GmbH
Forderungsmanagement · Warnowufer 59 · 18057 Rostock
HRB 14471 Rostock · IBAN DE36 1305 0000 0201 4471 19 · Tel. 0381 44 71 90

> Am 09.09.2028 schrieb Kanzlei Berger & Roth:
> ... bieten wir namens unseres Mandanten zur Erledigung eine Einmalzahlung von 1.500,00 EUR an.
> Unser Zeichen: SB-4471
""",
    truth=D("payment_plan_response", "K-2012", "Ostwind Factoring & Finanzierung GmbH", "2870.40", "EUR",
            ["OFF-28-019342"], False,
            "A factor that bought and was assigned the claim accepts the firm's one-off settlement: it owns the "
            "claim, the original seller Pixelhaus Computer GmbH does not; the debt amount is the 'Restforderung', "
            "never the firm's 1.500,00 offer; SB-4471 is the firm's own file (not a reference); payment by "
            "15.10.2028 is the creditor's deadline for the settlement.", "2028-10-15"))

# ---- rejection (3) -------------------------------------------------------------------------------------------

add("lindhorst-stadtwerke-abrechnung-ablehnung-ambiguous",
    "Abrechnungszentrum Westfalen-Nord GmbH <vergleiche@azwn.example>",
    "Ablehnung Vergleich – Kundenkonto 7004 1188 20", "2028-08-22 09:30",
    """Sehr geehrte Damen und Herren,

wir sind von der Stadtwerke Lindhorst GmbH mit der Abrechnung und dem Forderungsmanagement beauftragt
und antworten in deren Namen auf Ihr Schreiben zu Kundenkonto 7004 1188 20.

Kunde: Schulz, Gartenweg 3, 20095 Hamburg (Lieferstelle Ferienwohnung Lindhorst, Seeweg 2)

Einen Forderungsverzicht oder eine Ratenzahlung lehnt unsere Auftraggeberin nach Prüfung ab. Die
Forderung bleibt in voller Höhe von 2.066,14 EUR bestehen. Weitere Vergleichsvorschläge werden
wir nicht mehr prüfen.

Mit freundlichen Grüßen
Abrechnungszentrum Westfalen-Nord GmbH
im Auftrag der Stadtwerke Lindhorst GmbH
Tel. 0571 447 200-0 · Amtsgericht Bad Oeynhausen HRB 14471
""",
    truth=D("rejection", None, "Stadtwerke Lindhorst GmbH", "2066.14", "EUR",
            ["7004 1188 20"], True,
            "Billing centre writes for the municipal utility: owner Stadtwerke Lindhorst GmbH. Flat refusal of any "
            "settlement or instalments (no counter-offer) = rejection, balance restated. The customer is only "
            "'Schulz, Gartenweg 3, 20095 Hamburg' - both Sabine and Thomas Schulz live there -> client_id null, "
            "review 'ambiguous client match'.", None))

add("meridian-trust-servicer-rejection-en",
    "Ashcroft Mortgage & Loan Services <customer.solutions@ashcroft-mls.example>",
    "Your settlement offer - K. Meyer - account AML-0080-44716", "2028-09-07 13:45",
    """Dear Sir or Madam

Account number:  AML-0080-44716
Borrower:        Mr K. Meyer, Lindenstrasse 4, 50667 Cologne

We write as administrator for Meridian Residential Loans Trust 2024-1, the owner of the above loan.

We have carefully considered your offer of a full and final settlement. Our principal has instructed us
that it is not willing to accept a reduced settlement, and we are unable to agree to any write-off of the
balance. We therefore decline your proposal. This decision is final.

Yours faithfully
A. Pereira
Customer Solutions
Ashcroft Mortgage & Loan Services Ltd | Company No. 07744710 | Tel +44 161 496 0710
""",
    charset="us-ascii", cte="7bit",
    truth=D("rejection", "K-2001", "Meridian Residential Loans Trust 2024-1", None, None,
            ["AML-0080-44716"], False,
            "An administrator writes for a loan trust: owner is Meridian Residential Loans Trust 2024-1; definitive "
            "refusal, no counter-offer, no balance stated -> amount null; client 'Mr K. Meyer' with Klaus Meyer's "
            "address (Lindenstrasse, Cologne); company number is not a reference.", None))

add("zab-handwerk-bought-claim-rejection",
    "ZAB Zentrales Abrechnungsbüro für Handwerk GmbH <recht@zab-handwerk.example>",
    "Ihr Teilzahlungsangebot für Herrn Koch – Vorgang ZB 2028/04471", "2028-09-21 10:00",
    """Sehr geehrte Damen und Herren,

bezüglich Ihres Schreibens für Herrn Stefan Koch, Neckarstr. 7, Mannheim:

Die Forderung der Dachdeckerei Ohlsen GmbH aus der Rechnung DO-1193 (Reparatur Flachdach) hat unser
Haus mit Vertrag vom 02.02.2028 angekauft; sie ist an uns abgetreten. Ein Teilerlass kommt nicht in
Betracht, auch einer Ratenzahlung stimmen wir nicht zu, da Ihr Mandant bereits eine frühere
Ratenvereinbarung nicht eingehalten hat. Offen sind unverändert 2.145,80 EUR.

Wir haben den Vorgang ZB 2028/04471 an unsere Rechtsabteilung zur gerichtlichen Geltendmachung
abgegeben.

Mit freundlichen Grüßen
ZAB Zentrales Abrechnungsbüro für Handwerk GmbH
Rechtsabteilung · Augustaanlage 32 · 68165 Mannheim
HRB 722447 · Steuernummer 38/171/44710 · Tel. 0621 447 1800
""",
    truth=D("rejection", "K-2015", "ZAB Zentrales Abrechnungsbüro für Handwerk GmbH", "2145.80", "EUR",
            ["ZB 2028/04471", "DO-1193"], False,
            "Unlike a billing office that only collects, this one bought the craftsman's invoice and it was assigned "
            "to it, so it owns the claim (not Dachdeckerei Ohlsen GmbH); refuses both part-waiver and instalments "
            "with no counter-offer = rejection; balance 'Offen sind unverändert'; Steuernummer and HRB are not "
            "references.", None))

# ---- information_request (4) ---------------------------------------------------------------------------------

add("pahlsen-rieck-verwaltung-vollmacht",
    "Hausverwaltung Dornbusch & Partner <mietkonten@dornbusch-hv.example>",
    "Anfrage zum Mietkonto Wagner – Vollmacht erforderlich", "2028-08-18 12:20",
    """Sehr geehrte Damen und Herren,

wir verwalten das Haus Kirchgasse 11 in Wiesbaden für die Eigentümerin, Frau Grete Pahlsen-Rieck.
Ihre Anfrage zum Mietkonto MK-1107-03 von Herrn Peter Wagner (geb. 19.07.1958) haben wir erhalten.

Aus Datenschutzgründen und auf ausdrückliche Weisung der Eigentümerin dürfen wir Auskünfte über
Mietrückstände und Nebenkosten erst erteilen, wenn uns eine von Herrn Wagner unterschriebene
Vollmacht zugunsten Ihrer Kanzlei vorliegt. Bitte senden Sie uns diese per E-Mail oder Post.

Nach Eingang der Vollmacht erhalten Sie von uns eine vollständige Kontoübersicht.

Mit freundlichen Grüßen
Tanja Dornbusch
Hausverwaltung Dornbusch & Partner · Wilhelmstraße 44 · 65183 Wiesbaden
Tel. 0611 447 330 · Fax 0611 447 339 · Steuer-Nr. 040 871 44710
""",
    truth=D("information_request", "K-2009", "Grete Pahlsen-Rieck", None, None,
            ["MK-1107-03"], False,
            "Hausverwaltung for a private owner asks for a signed Vollmacht before disclosing anything: "
            "information_request; owner is the landlady Grete Pahlsen-Rieck named in the first sentence; no amount; "
            "house number 11 and phone/tax numbers are not references; client by name + DOB.", None))

add("hohenmoor-kreisklinik-billing-forwarded-reminder",
    "MediKonto Abrechnungsservice GmbH <klaerung@medikonto.example>",
    "WG: Zahlungserinnerung Patientin Petrova – bitte Vollmacht", "2028-08-31 14:50",
    """Sehr geehrte Damen und Herren,

wir übernehmen für die Kreisklinik Hohenmoor die Klärung offener Patientenrechnungen. Bevor wir
Ihnen weitere Unterlagen (Behandlungsnachweise, Kostenaufstellung) übersenden, benötigen wir eine
Vollmacht und eine Schweigepflichtentbindung Ihrer Mandantin.

Der offene Betrag ergibt sich aus der unten weitergeleiteten Zahlungserinnerung der Klinik und ist
unverändert.

Mit freundlichen Grüßen
MediKonto Abrechnungsservice GmbH · Fallklärung · Tel. 030 2201 4471 · HRB 190447 B

---------- Weitergeleitete Nachricht ----------
Von: Kreisklinik Hohenmoor – Patientenverwaltung
Datum: 10.07.2028
Betreff: Zahlungserinnerung Rechnung PV-2028-66102

Sehr geehrte Frau Olga Petrova,
für die ambulante Behandlung vom 22.05.2028 (Patienten-Nr. 1188044) ist folgender Betrag offen:
  Eigenanteil / Privatleistung        520,00 EUR
  Mahngebühr                            20,00 EUR
  Gesamtbetrag                         540,00 EUR
Bitte überweisen Sie den Gesamtbetrag innerhalb von 14 Tagen.
Kreisklinik Hohenmoor, Klinikweg 1, Berlin
""",
    truth=D("information_request", "K-2010", "Kreisklinik Hohenmoor", "540.00", "EUR",
            ["PV-2028-66102", "1188044"], False,
            "A billing service asks for a Vollmacht and Schweigepflichtentbindung first (information_request) and "
            "passes on the hospital's forwarded reminder as the current balance ('ist unverändert'), so its "
            "Gesamtbetrag counts; the owner is named only as the forwarded letter's sender and in the first "
            "sentence; the forwarded reminder gives only '14 Tagen', no date -> payment_deadline null.", None))

add("galloway-treasury-income-expenditure-en",
    "Galloway Retail Group plc - Group Credit Control <groupcredit@galloway-retail.example>",
    "Your client Mr M. Yilmaz - Galloway Home Finance agreement GHF-2091-7730", "2028-09-12 11:05",
    """Dear Sir or Madam,

Group Credit Control of Galloway Retail Group plc handles arrears for our subsidiary Galloway Home
Finance Ltd, which is the lender under the above agreement with your client Mr M. Yilmaz
(date of birth 08/03/1985, Hafenstr. 20, Bremen).

Before Galloway Home Finance Ltd can consider the instalment proposal in your letter, please send us:
  1. a completed income and expenditure statement for your client,
  2. evidence of his current income (last three payslips or benefit notices),
  3. a signed letter of authority.

We have placed the account on hold for 30 days to allow time for these documents to arrive.
Our reference for this case: GCC-88104.

Yours faithfully
Group Credit Control
Galloway Retail Group plc, registered in Scotland SC 440719 | Tel +44 141 496 0871
""",
    charset="us-ascii", cte="7bit",
    truth=D("information_request", "K-2007", "Galloway Home Finance Ltd", None, None,
            ["GHF-2091-7730", "GCC-88104"], False,
            "Parent company's credit control asks for an income and expenditure statement, payslips and authority "
            "before considering the plan = information_request; owner is the subsidiary lender Galloway Home "
            "Finance Ltd, not the plc; no amount; 30-day hold is not a payment deadline; client 'Mr M. Yilmaz' + "
            "DOB in UK format; registered number SC 440719 is not a reference.", None))

add("ruhwinkel-inkassofactor-non-client-vollmacht",
    "Lahnstein Forderungsservice GmbH <mandate@lahnstein-fs.example>",
    "Kundin Bettenhaus Ruhwinkel KG – Schuldner Ralf Quandtmeyer", "2028-09-25 09:15",
    """Sehr geehrte Damen und Herren,

wir sind für die Bettenhaus Ruhwinkel KG im offenen Forderungseinzug tätig. Anders als bei unseren
Ankaufsgeschäften wurde diese Forderung nicht an uns verkauft; Gläubigerin bleibt die Bettenhaus
Ruhwinkel KG, wir ziehen lediglich in ihrem Auftrag ein.

Sie teilen mit, Herrn Ralf Quandtmeyer, geb. 02.12.1971, Duisburg, zu vertreten. Bitte übersenden
Sie uns zunächst eine Vollmacht. Erst danach können wir Ihnen die Forderungsaufstellung zu unserer
Akte LFS-5540-2028 und der Rechnung BR-30-1187 übermitteln.

Mit freundlichen Grüßen
Lahnstein Forderungsservice GmbH
Registriert nach § 10 RDG (AG Gießen) · HRB 8447 · Tel. 0641 447 5540
""",
    truth=D("information_request", None, "Bettenhaus Ruhwinkel KG", None, None,
            ["LFS-5540-2028", "BR-30-1187"], True,
            "A factoring/collection company stresses it only collects in this case ('nicht an uns verkauft'), so "
            "the seller Bettenhaus Ruhwinkel KG remains owner; asks for a Vollmacht = information_request; debtor "
            "Ralf Quandtmeyer (Duisburg, like client Öztürk) is not a client -> client_id null, review; RDG "
            "registration and HRB are not references.", None))

# ---- other (2) -----------------------------------------------------------------------------------------------

add("reetz-moebel-abtretungsanzeige-castellan",
    "Möbelmanufaktur Reetz GmbH <buchhaltung@moebel-reetz.example>",
    "Abtretungsanzeige – Kundin Karin Meier, Auftrag MR-2027-5521", "2028-08-15 10:10",
    """Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass wir unsere Forderung gegen Ihre Mandantin, Frau Karin Meier, Ringstraße 8,
50672 Köln, aus dem Auftrag MR-2027-5521 (Einbauschrank, Rechnung 27-3318) mit Wirkung zum
01.08.2028 an die Castellan Factoring GmbH, Frankfurt am Main, verkauft und abgetreten haben.

Zum Zeitpunkt der Abtretung betrug die offene Forderung 1.129,00 EUR.

Zahlungen mit schuldbefreiender Wirkung können ab sofort nur noch an die Castellan Factoring GmbH
geleistet werden. Die neue Gläubigerin wird sich mit ihren Zahlungsdaten und ihrem Aktenzeichen
direkt bei Ihnen melden. Bitte richten Sie Ratenzahlungsvorschläge künftig an sie.

Mit freundlichen Grüßen
Möbelmanufaktur Reetz GmbH
Buchhaltung · Gewerbepark 7 · 50859 Köln · HRB 88447 Köln · Tel. 0221 447 5521
""",
    truth=D("other", "K-2002", "Castellan Factoring GmbH", "1129.00", "EUR",
            ["MR-2027-5521", "27-3318"], False,
            "Assignment notice from the seller = other even though it states the balance at assignment (the "
            "previous owner's figure counts); the owner is now the factor Castellan Factoring GmbH, although the "
            "writer is the seller; the previous owner's order and invoice numbers are references; client Karin "
            "Meier (not Klaus Meyer) by full name + address.", None))

add("sonnleitner-maler-abrechnungsmandat-beendet",
    "HAS Handwerker-Abrechnungsstelle Mittelrhein eG <mahnwesen@has-mittelrhein.example>",
    "Mandatsende – Malerbetrieb Sonnleitner / Fischer", "2028-09-27 08:45",
    """Sehr geehrte Damen und Herren,

die Abrechnungsvereinbarung mit unserem bisherigen Mitgliedsbetrieb, der Malerbetrieb Sonnleitner GmbH,
ist zum 30.09.2028 beendet. Wir haben die Akte zu Ihrer Mandantin, Frau Anna-Lena Fischer
(Abrechnungs-Nr. HA-61-231177), an den Betrieb zurückgegeben und sind zu Auskünften oder
Vereinbarungen nicht mehr befugt.

Bitte wenden Sie sich in dieser Sache künftig direkt an die Malerbetrieb Sonnleitner GmbH,
Schillerstraße 19, 70173 Stuttgart.

Mit freundlichen Grüßen
Ihr Team Mahnwesen
HAS Handwerker-Abrechnungsstelle Mittelrhein eG · GnR 447 AG Mainz
""",
    truth=D("other", "K-2008", "Malerbetrieb Sonnleitner GmbH", None, None,
            ["HA-61-231177"], False,
            "File returned to the principal by the billing office = other; owner is the painter business; no amount "
            "stated; the billing office's own number stays a creditor-side reference; GnR is not.", None))

# ---- auto_reply (3) ------------------------------------------------------------------------------------------

add("nordmark-factoring-abwesenheit",
    "Henrike Lassmann <h.lassmann@nordmark-factoring.example>",
    "Abwesenheitsnotiz: AW: Meyer, Klaus – NF-D-204417", "2028-09-02 07:01",
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 16.09.2028 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an debitoren@nordmark-factoring.example
oder telefonisch an 040 3009 4417-0.

Mit freundlichen Grüßen
Henrike Lassmann
Nordmark Factoring AG
""",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    truth=A("Out-of-office reply (Auto-Submitted and X-Autoreply headers) from a factor's clerk; the debtor "
            "number and client name in the subject change nothing: all fields null."))

add("aureon-ssc-eingangsbestaetigung",
    "Aureon Shared Services GmbH <no-reply@aureon-ssc.example>",
    "Eingangsbestätigung [Vorgang 2028-AQ-77120]", "2028-09-09 22:14",
    """Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.

Ihre Nachricht an das Shared Service Center Patientenabrechnung ist eingegangen und wurde unter der
oben genannten Vorgangsnummer erfasst. Die Bearbeitung erfolgt in der Reihenfolge des Eingangs,
in der Regel innerhalb von 15 Arbeitstagen.

Aureon Shared Services GmbH
""",
    headers={"Precedence": "auto_reply", "Auto-Submitted": "auto-generated"},
    truth=A("Automatic receipt of the hospital shared-service centre (headers + text); the Vorgang token is an "
            "acknowledgement ticket, not a reference: all fields null."))

add("kranich-hv-urlaub-ohne-header",
    "Doreen Kranich <d.kranich@kranich-hausverwaltung.example>",
    "Automatische Antwort: WEG Birkenhain 14 – Einheit 07", "2028-10-04 06:30",
    """Dies ist eine automatische Antwort.

Ich befinde mich bis zum 18.10.2028 im Urlaub. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.
Hausgeldangelegenheiten der WEG Birkenhain 14 bearbeitet in der Zwischenzeit Herr Tobias Kranich
(t.kranich@kranich-hausverwaltung.example, Tel. 0361 550 447-12).

Doreen Kranich
Kranich & Sohn Hausverwaltung GmbH
""",
    truth=A("Holiday auto-reply without any auto headers, recognisable only by the text calling itself automatic; "
            "names a WEG and a deputy but is not a statement: all fields null."))


# --------------------------------------------------------------------------------------------------------------
# --check
# --------------------------------------------------------------------------------------------------------------

MIN_INTENTS = {"debt_statement": 13, "payment_plan_response": 5, "rejection": 3, "information_request": 4,
               "other": 2, "auto_reply": 3}
EARLIER = ("dev",) + tuple(f"dev{n}" for n in range(2, 48))


if __name__ == "__main__":
    sys.exit(BATCH.main(sys.argv[1:],
                        earlier=EARLIER,
                        min_intents=MIN_INTENTS,
                        min_kinds={"text_pdf": 2, "image_pdf": 1, "html_only": 2},
                        refs_per_mail=(1, 3)))
