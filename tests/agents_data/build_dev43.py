#!/usr/bin/env python3
"""Deterministic generator of the dev43 batch (tests/agents_data/dev43/): 29 creditor emails + truth files.

Written without reading the engine (shared/), its tests or any other batch's truth files. The batch covers
creditors from the Benelux, France, Italy, Spain and Austria writing to the German firm: mostly German or
English, some with the original letter in Dutch, French, Italian or Spanish under a short German/English cover
mail, some only in their own language with a one-line English note. Forms: a Dutch incassobureau's
veertiendagenbrief (fixed collection costs only after 14 days), Belgian and Luxembourg banks' overdraft claims,
a French mise en demeure via a commissaire de justice for a telecom, an Italian motorway toll claim and a
parking operator via collection agencies, Spanish holiday-flat and car-rental claims, an Austrian Inkassobüro
letter with Exekution threat, an Austrian broadcasting-fee reminder, a Dutch health insurer's scanned reminder,
instalment answers (acceptance, counter-offer, conditional), refusals, requests for Vollmacht/ID/income
documents, an assignment (cession de créance), a closed account with nothing owed, and auto-replies.

Hard parts on purpose: number formats 1.234,56 / 1 234,56 / 1,234.56; foreign legal forms (B.V., N.V., SA,
S.A., SRL/S.r.l., S.L., SARL, SAS, GesmbH); IBANs, KvK, BTW/TVA/UID/Partita IVA/NIF/CIF, RCS, Firmenbuch
numbers, number plates and Teilnehmer-style numbers next to the real dossier/file numbers; components-only
statements; quoted threads with older figures; a debtor who is not a client; an ambiguous client.

Every truth dict also carries "payment_deadline" (ISO date when the mail plainly sets one, else null).

    /tmp/gen-venv/bin/python tests/agents_data/build_dev43.py          # (re)write dev43/
    /tmp/gen-venv/bin/python tests/agents_data/build_dev43.py --check  # verify dev43/ against the specs

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

BATCH = Batch("dev43", 4300)
MESSAGES, add = BATCH.messages, BATCH.add


def T(intent, client_id, creditor, amount, currency, refs, review, notes, deadline=None):
    """build_dev.T plus this batch's payment_deadline (ISO date or None)."""
    return {**bd.T(intent, client_id, creditor, amount, currency, refs, review, notes),
            "payment_deadline": deadline}


def AUTO(notes):
    return {**bd.AUTO(notes), "payment_deadline": None}


# ---- debt_statement (14) -------------------------------------------------------------------------------------

add("zonnewijde-veertiendagenbrief-nl",
    "Van Dijk & Oosterhout Incasso B.V. <dossiers@vdo-incasso.example>",
    "Veertiendagenbrief dossier DVO-2028-114702 / K. Meyer", "2028-08-14 09:12",
    """Dear colleagues, please find below our reminder to your client (Dutch original). Regards, VDO Incasso

---

Van Dijk & Oosterhout Incasso B.V.
Postbus 1180, 3500 BD Utrecht

Betreft: veertiendagenbrief
Ons dossiernummer: DVO-2028-114702
Opdrachtgever: Zonnewijde Energie B.V., klantnummer ZE 0044 1987

Geachte heer K. Meyer (geboren 12-04-1978),

Onze opdrachtgever heeft ons verzocht de onderstaande vordering te innen. Ondanks eerdere
herinneringen is de eindafrekening van uw energiecontract nog altijd niet voldaan.

  Eindafrekening 2028-03                 EUR   186,40
  Totaal thans verschuldigd              EUR   186,40

Wij geven u hierbij de gelegenheid dit bedrag zonder bijkomende kosten te betalen binnen veertien
dagen na ontvangst van deze brief, uiterlijk op 29 augustus 2028.

Betaalt u niet tijdig, dan bent u buitengerechtelijke incassokosten verschuldigd van EUR 40,00
(het wettelijke minimum volgens het Besluit vergoeding voor buitengerechtelijke incassokosten).
Het totaal bedraagt dan EUR 226,40.

Met vriendelijke groet,
M. de Boer, incassomedewerker
Van Dijk & Oosterhout Incasso B.V. | KvK 30114702 | BTW NL8144.70.219.B01
Derdengelden: NL44 RABO 0311 4702 19 | Tel. +31 30 711 4702
""",
    truth=T("debt_statement", "K-2001", "Zonnewijde Energie B.V.", "186.40", "EUR",
            ["DVO-2028-114702", "ZE 0044 1987"], False,
            "Dutch veertiendagenbrief under a one-line English note: the agency is not the creditor (the "
            "opdrachtgever is); the total now owed is 186,40 - the 226,40 only applies after the 14 days and the "
            "40,00 are future collection costs; client 'K. Meyer' only disambiguated from Karin Meier by the "
            "Dutch DOB 12-04-1978; KvK, BTW number, IBAN and phone are not references.",
            "2028-08-29"))

add("hautes-fagnes-bank-overdraft-pdf-table",
    "Banque Hautes Fagnes SA - Rechtsabteilung <recouvrement@bhf-bank.example>",
    "Ihre Mandantin Olga Petrova - Sollsaldo Girokonto, Akte RC/28/07719", "2028-08-16 11:40",
    """Sehr geehrte Damen und Herren,

wir bestätigen den Eingang Ihres Schreibens vom 02.08.2028. Ihre Mandantin Frau Olga Petrova,
geboren am 27.05.1988, unterhielt bei uns ein Girokonto mit eingeräumtem Kreditrahmen. Das Konto
wurde zum 30.06.2028 gekündigt. Die Abrechnung finden Sie in der beigefügten Aufstellung.

Unsere Akte führen wir unter RC/28/07719; bitte geben Sie dieses Zeichen stets an.

Mit freundlichen Grüßen

Banque Hautes Fagnes SA
Abteilung Forderungsbeitreibung
Rue de la Gare 14, 4700 Eupen, Belgien
Tel. +32 87 44 71 90 | Unternehmensnummer BE 0447.190.883 | RJP Eupen
""",
    pdfs=[text_pdf("Abrechnung_Girokonto_Petrova.pdf", "Banque Hautes Fagnes SA - Kontoabrechnung",
                   ["Akte RC/28/07719                              Eupen, 16.08.2028",
                    "Kontoinhaberin: Petrova, Olga (27.05.1988)",
                    "Kreditrahmen-Vertrag Nr. KR-0912-447705",
                    "Konto: BE71 0636 4471 9088 (gekuendigt zum 30.06.2028)", ""],
                   table=[("Sollsaldo per 30.06.2028", "2.104,33 EUR"),
                          ("Sollzinsen 01.07.-15.08.2028 (11,5 %)", "29,91 EUR"),
                          ("Mahnkosten (2 x 7,50)", "15,00 EUR"),
                          ("Pauschale Beitreibung", "169,50 EUR"),
                          ("Gesamtforderung per 16.08.2028", "2.318,74 EUR")],
                   after=["Zahlungen bitte unter Angabe der Akte auf BE71 0636 4471 9088."])],
    truth=T("debt_statement", "K-2010", "Banque Hautes Fagnes SA", "2318.74", "EUR",
            ["RC/28/07719", "KR-0912-447705"], False,
            "Belgian bank from German-speaking Eupen; total only in the text-PDF table ('Gesamtforderung') after "
            "components; the credit-line contract number only in the PDF; the Belgian IBAN of the account, the "
            "Unternehmensnummer BE 0447.190.883 and phone are not references; client by name + DOB."))

add("credit-mosellan-lu-html-overdraft-en",
    "Crédit Mosellan S.A. - Recoveries <recoveries@credit-mosellan.example>",
    "Overdrawn current account - Mr Jurgen Strauss-Kohler", "2028-08-18 14:05",
    None,
    html="""<html><body style="font-family:Verdana;font-size:10pt">
<p><b>CR&Eacute;DIT MOSELLAN S.A.</b><br>Recoveries Unit<br>12, boulevard Royal<br>L-2449 Luxembourg<br>
Phone +352 44 71 90 1</p>
<p>Our ref.: <b>REC/LU/28/3391</b><br>Your ref.: BR/4471/28</p>
<p>Dear Sir or Madam,</p>
<p>We refer to your letter regarding your client <b>Mr Jurgen Strauss-Kohler</b>, born 28/02/1965, Munich.
His current account no. <b>0021-447190-88</b> has been overdrawn since March 2028 and was closed on 31 July 2028.</p>
<table border="1" cellpadding="3">
<tr><td>Debit balance at closure</td><td align="right">EUR 3,211.40</td></tr>
<tr><td>Debit interest to 17/08/2028</td><td align="right">EUR 54.78</td></tr>
<tr><td>Closing and reminder fees</td><td align="right">EUR 140.00</td></tr>
<tr><td><b>Total amount due</b></td><td align="right"><b>EUR 3,406.18</b></td></tr>
</table>
<p>Please arrange payment by 30 September 2028 to LU28 0447 1900 0021 4471, quoting our reference.</p>
<p>Yours faithfully<br>Recoveries Unit<br>Cr&eacute;dit Mosellan S.A. &middot; RCS Luxembourg B 144719 &middot;
TVA LU 2447 1908</p>
</body></html>""",
    html_only=True, charset="us-ascii", cte="7bit",
    truth=T("debt_statement", "K-2004", "Crédit Mosellan S.A.", "3406.18", "EUR",
            ["REC/LU/28/3391", "0021-447190-88"], False,
            "HTML-only Luxembourg bank with English number format (EUR 3,406.18) and entity in the name "
            "(Cr&eacute;dit); 'Your ref.: BR/4471/28' is the firm's own file; transliterated client "
            "'Jurgen Strauss-Kohler' + DOB 28/02/1965; RCS and TVA numbers and the LU IBAN are not references.",
            "2028-09-30"))

add("azurea-telecom-mise-en-demeure-fr-pdf",
    "Etude Garnier-Mallet, Commissaires de justice <contact@garnier-mallet-cj.example>",
    "Mise en demeure - dossier D-28/04471 - Azuréa Télécom c/ ÖZTÜRK", "2028-08-21 10:30",
    """Dear Sirs,

please find attached the formal notice (mise en demeure) which our office served on behalf of
our client Azuréa Télécom SAS on your client Mrs Fatma Öztürk. We understand you represent her.
The amount stated in the letter is still outstanding.

Best regards
Claire Mallet
Etude Garnier-Mallet, Commissaires de justice associés
8, rue Paradis, 13001 Marseille - Tél. +33 4 91 44 71 90
SIRET 447 190 883 00017 - TVA FR 21 447190883
""",
    pdfs=[text_pdf("mise_en_demeure_D-28-04471.pdf", "MISE EN DEMEURE DE PAYER",
                   ["Etude Garnier-Mallet - Commissaires de justice        Marseille, le 21 aout 2028",
                    "Notre dossier : D-28/04471",
                    "Creancier : Azurea Telecom SAS, RCS Nanterre 812 447 190",
                    "Debiteur : Madame OZTURK Fatma, nee le 08/08/1980",
                    "Numero client : AZ-9921847 - Facture n F2028-06-331187",
                    "",
                    "Madame, malgre les relances de notre mandante, les sommes ci-dessous restent impayees.",
                    "Nous vous mettons en demeure de regler la somme totale au plus tard le 12 septembre 2028.",
                    "A defaut, nous engagerons une procedure d'injonction de payer sans autre avis."],
                   table=[("Factures impayees (mars a juin 2028)", "1 092,14 EUR"),
                          ("Frais de resiliation anticipee", "150,00 EUR"),
                          ("Indemnite forfaitaire / frais", "42,23 EUR"),
                          ("TOTAL DU", "1 284,37 EUR")],
                   after=["Reglement : virement FR76 3000 4471 9088 3001 7447 190 (ref. D-28/04471)"])],
    truth=T("debt_statement", "K-2013", "Azuréa Télécom SAS", "1284.37", "EUR",
            ["D-28/04471", "AZ-9921847", "F2028-06-331187"], False,
            "French mise en demeure served by a commissaire de justice (not the creditor) for a telecom; "
            "English cover, French text PDF without accents (OZTURK, Azurea) while the creditor name is "
            "written correctly only in the cover; space-grouped total '1 284,37 EUR'; RCS, SIRET, TVA and the "
            "FR IBAN are not references; deadline stated in French.",
            "2028-09-12"))

add("pedemontana-toll-via-agency-it",
    "Recupero Crediti Lagunare S.r.l. <pratiche@rcl-recuperi.example>",
    "Pratica RCL/28/0098812 - unpaid motorway toll / pedaggio non pagato", "2028-08-23 08:55",
    """Good morning,

we write on behalf of Autostrada Pedemontana Orientale S.p.A. regarding an unpaid toll of your
client, Mr Lukas Becker (nato il 14/02/1999). Italian notice below, English summary: please pay
the total of EUR 55,60 by 20/09/2028.

--- testo originale ---
Oggetto: sollecito di pagamento - pratica n. RCL/28/0098812
Rapporto di mancato pagamento n. RMP 0412 2028 77103 del 02/06/2028
Veicolo targato HD-LB 1499 - casello di uscita Treviso Nord

  pedaggio dovuto                   18,60 EUR
  spese di accertamento             12,00 EUR
  spese di recupero                 25,00 EUR
  totale da pagare                  55,60 EUR

La invitiamo a pagare entro il 20/09/2028. In mancanza la pratica verrà trasmessa al legale
della società concessionaria per il recupero giudiziale.

Distinti saluti
Ufficio Recupero - Recupero Crediti Lagunare S.r.l.
Via Torino 44, 30172 Mestre (VE) - P.IVA IT04471908832 - REA VE-447190
Tel. +39 041 447 1900 - IBAN IT60 X054 2811 1010 0000 0447 190
""",
    truth=T("debt_statement", "K-2012", "Autostrada Pedemontana Orientale S.p.A.", "55.60", "EUR",
            ["RCL/28/0098812", "RMP 0412 2028 77103"], False,
            "Italian collection agency for a motorway operator (the operator owns the claim); mixed "
            "English/Italian; agency file number and the toll 'rapporto di mancato pagamento' number are "
            "references; the number plate, P.IVA, REA and IBAN are not; total 'totale da pagare' vs "
            "components; client by name + Italian DOB 'nato il'.",
            "2028-09-20"))

add("cala-morisca-holiday-flat-es",
    "Apartamentos Cala Morisca S.L. <reservas@calamorisca.example>",
    "Reserva CM-2028-0716 - pending payment and damages / importe pendiente", "2028-08-25 19:47",
    """Hello,

i am the manager of the apartments where Mrs Aylin Celik staid with 3 persons 16-30 july.
She did only pay the deposit, the rest of the stay is not payed and the cleaning after was extra
because of damage in the kitchen (photos we have). She gave us your adress.

Reservation number: CM-2028-0716
Invoice / Factura: 2028/0193

Rest of stay (14 nights)        980,00 €
Cleaning + repair kitchen       290,00 €
minus deposit paid             -120,00 €
-----------------------------------------
TOTAL PENDIENTE               1.150,00 €

Please your client pay to our account ES91 2100 4471 9008 3001 1447, concept the reservation
number. If not we go to the lawyer in Málaga.

Saludos / regards
Rocío Benítez
Apartamentos Cala Morisca S.L. - CIF B-29447190
Calle del Faro 7, 29780 Nerja (Málaga) - Tel +34 952 44 71 90 - Reg. Turismo VFT/MA/44719
""",
    truth=T("debt_statement", "K-2003", "Apartamentos Cala Morisca S.L.", "1150.00", "EUR",
            ["CM-2028-0716", "2028/0193"], False,
            "Spanish holiday-flat owner in sloppy English with Spanish labels; total 'TOTAL PENDIENTE' after a "
            "deducted deposit (not a sum to compute); client 'Aylin Celik' without cedilla and without DOB; "
            "CIF, tourist-licence number, IBAN and phone are not references; no date set for payment.",
            None))

add("donautal-inkasso-exekution-at",
    "Inkassobüro Donautal GesmbH <akten@donautal-inkasso.example>",
    "Letzte außergerichtliche Mahnung – Akt-Nr. 28/IDT/55120", "2028-09-01 07:45",
    """Inkassobüro Donautal GesmbH
Landstraßer Hauptstraße 71, 1030 Wien

Akt-Nr.: 28/IDT/55120
Auftraggeber: Alpenblick Versandhandel GmbH, Kundennr. 4471-0093

Sehr geehrte Damen und Herren,

in obiger Angelegenheit betreiben wir im Auftrag unserer Mandantin die Forderung gegen Herrn
Stefan Koch, geb. 11.11.1977, derzeit wohnhaft in Mannheim.

Kapital (Rechnungen vom Jänner und Feber 2028)      € 512,90
Verzugszinsen 4 % p.a.                              €  11,62
Betreibungskosten gem. BGBl. Nr. 141/1996            € 195,06
Evidenzhaltungsgebühr                               €  22,60
Gesamtforderung                                     € 742,18

Wir ersuchen um Überweisung bis spätestens 03.10.2028. Sollte bis dahin keine Zahlung oder
Ratenvereinbarung einlangen, wird unsere Mandantin ihren Rechtsanwalt mit der Einbringung der
Mahnklage beauftragen; aus dem Zahlungsbefehl kann sodann Exekution (Gehaltsexekution,
Fahrnisexekution) geführt werden.

Mit freundlichen Grüßen
Mag. Verena Haider
Inkassobüro Donautal GesmbH · FN 447190 t · HG Wien · UID ATU44719088
Gewerbeberechtigung gem. § 118 GewO · Tel. +43 1 447 19 00
Bankverbindung: AT61 1904 3002 3457 3201
""",
    truth=T("debt_statement", "K-2015", "Alpenblick Versandhandel GmbH", "742.18", "EUR",
            ["28/IDT/55120", "4471-0093"], False,
            "Austrian Inkassobüro letter (Jänner/Feber, 'einlangen', Evidenzhaltungsgebühr, BGBl. fee basis, "
            "Exekution threat): the Auftraggeber owns the claim; total 'Gesamtforderung' with € before the "
            "figure; Firmenbuch FN 447190 t, UID ATU…, GewO paragraph, IBAN are not references; client by "
            "name + DOB.",
            "2028-10-03"))

add("rundfunk-gebuehren-at-reminder-pdf",
    "ORG Österreichische Rundfunkgebühren-Einhebung GmbH <mahnwesen@org-gebuehren.example>",
    "Zahlungserinnerung Teilnehmer T. Schulz", "2028-09-04 12:10",
    """Sehr geehrte Damen und Herren,

zu Ihrer Anfrage übermitteln wir die aktuelle Zahlungserinnerung für Herrn Thomas Schulz
(geb. 22.01.1969), vormals wohnhaft in 5020 Salzburg. Die Gebühren für die Zeit bis zu seiner
Abmeldung sind nicht entrichtet.

Freundliche Grüße
Kundenservice Mahnwesen
ORG Österreichische Rundfunkgebühren-Einhebung GmbH
Service-Hotline 0810 44 71 90 · FN 171447 a · UID ATU 1714 4719
""",
    pdfs=[text_pdf("Zahlungserinnerung_Schulz.pdf", "Zahlungserinnerung",
                   ["ORG Oesterreichische Rundfunkgebuehren-Einhebung GmbH        Wien, 04.09.2028",
                    "Teilnehmernummer: 2044718830",
                    "Herrn Thomas Schulz, geb. 22.01.1969",
                    "Die Rundfunkgebuehren sind im Voraus zu entrichten. Fuer den Zeitraum 01.03.-30.06.2028",
                    "ist keine Zahlung eingelangt. Gemaess Tarif wird ein Saeumniszuschlag von 10 % verrechnet."],
                   table=[("Rundfunkgebuehren 03-06/2028", "170,51 EUR"),
                          ("Saeumniszuschlag 10 %", "17,05 EUR"),
                          ("Offener Betrag", "187,56 EUR")],
                   after=["Zahlbar bis 18.09.2028. Bei weiterem Zahlungsverzug entstehen Anwalts- und",
                          "Gerichtskosten bis hin zur Exekution."])],
    truth=T("debt_statement", "K-2006", "ORG Österreichische Rundfunkgebühren-Einhebung GmbH", "187.56", "EUR",
            ["2044718830"], False,
            "Austrian broadcasting-fee reminder: the total 'Offener Betrag' only in a text PDF; the Teilnehmer"
            "nummer is the creditor's account reference (only in the PDF); FN/UID/hotline are not references; "
            "Thomas (not Sabine) Schulz by first name + DOB.",
            "2028-09-18"))

add("polderzorg-premium-scan-nl",
    "Polderzorg Verzekeringen N.V. <debiteuren@polderzorg.example>",
    "Betalingsachterstand zorgpremie relatienummer 300 144 719", "2028-09-06 15:22",
    """English: reminder letter for your client attached (Dutch). Balance as stated in the letter.

Met vriendelijke groet,
Afdeling Debiteurenbeheer
Polderzorg Verzekeringen N.V.
Postbus 4471, 8000 GB Zwolle | KvK 05044719 | AFM-vergunning 12044719
""",
    pdfs=[image_pdf("aanmaning_premie_scan.pdf",
                    ["POLDERZORG VERZEKERINGEN N.V.",
                     "Aanmaning - betalingsachterstand zorgpremie",
                     "",
                     "Relatienummer: 300 144 719",
                     "Polisnummer:   PZ-88120447",
                     "Dhr. M. Yilmaz, Hafenstr. 20, 28195 Bremen (DU)",
                     "",
                     "Premie mei 2028            € 147,35",
                     "Premie juni 2028           € 147,35",
                     "Premie juli 2028           € 147,35",
                     "Premie augustus 2028       € 147,35",
                     "Eigen risico 2028          €  23,50",
                     "-------------------------------------",
                     "Totaal achterstand         € 612,90",
                     "",
                     "Bij een achterstand van 6 maandpremies",
                     "melden wij u aan bij het CAK."])],
    truth=T("debt_statement", "K-2007", "Polderzorg Verzekeringen N.V.", "612.90", "EUR",
            ["300 144 719", "PZ-88120447"], False,
            "Dutch health insurer: one-line English note, everything in an image-only Dutch scan; total "
            "'Totaal achterstand' after four equal premium lines; client 'M. Yilmaz' (dotless ı dropped) with "
            "the German address; KvK and AFM licence numbers are not references; no payment date.",
            None))

add("tauernfunk-mobil-quoted-thread-at",
    "Tauernfunk Mobil GmbH Forderungsmanagement <forderung@tauernfunk.example>",
    "AW: AW: Anna-Lena Fischer – Vertrag TFM-66120-4471", "2028-09-11 09:30",
    """Sehr geehrte Damen und Herren,

nach Gutschrift der Gerätekaution (€ 123,00) beträgt der offene Saldo nunmehr € 389,40.
Eine neuerliche Aufstellung liegt bei Bedarf gerne vor.

Freundliche Grüße aus Salzburg
Team Forderungsmanagement
Tauernfunk Mobil GmbH · Schallmooser Hauptstraße 12 · 5020 Salzburg
FN 390447 k · UID ATU66120447

-----Ursprüngliche Nachricht-----
Von: Kanzlei Berger & Roth Schuldnerberatung
Gesendet: Dienstag, 5. September 2028 14:02
Betreff: AW: Anna-Lena Fischer – Vertrag TFM-66120-4471

Bitte prüfen Sie die Kaution von 123 EUR, die unsere Mandantin bei Vertragsschluss geleistet hat.
Unser Az.: SB-2028-0931

-----Ursprüngliche Nachricht-----
Von: Tauernfunk Mobil GmbH
Gesendet: Donnerstag, 24. August 2028 10:15

Zum Vertrag TFM-66120-4471 (Rufnummer +43 664 447 1190, Kundin Anna-Lena Fischer, geb. 01.12.1994)
sind offen: Grundentgelte 04-07/2028 € 199,60, Restentgelt Endgerät € 312,80,
gesamt € 512,40.
""",
    truth=T("debt_statement", "K-2008", "Tauernfunk Mobil GmbH", "389.40", "EUR", ["TFM-66120-4471"], False,
            "Austrian telecom reply thread: the newest message's € 389,40 wins over the quoted 'gesamt "
            "€ 512,40' and its components; the deposit 123,00 is a credit, not the total; contract number only "
            "in subject and quotes; the firm's 'Unser Az.: SB-…', the phone number, FN and UID are not "
            "references; client name + DOB only in the quoted part.",
            None))

add("energies-sambre-components-forwarded-fr",
    "Maria Hoffmann <m.hoffmann@example.org>",
    "WG: Facture de clôture / décompte final - ENERGIES SAMBRE", "2028-09-13 20:14",
    """Hallo Frau Roth, das kam heute von dem Stromanbieter aus Belgien (meine alte Wohnung in
Charleroi). Ich verstehe das Französisch nicht gut. Bitte kümmern Sie sich darum. M. Hoffmann

---------- Weitergeleitete Nachricht ----------
Von: Energies Sambre SA <facturation@energies-sambre.example>
Datum: 12.09.2028
Betreff: Facture de clôture / décompte final

Madame Maria Hoffmann,
Numéro de client : 5104 4719 22
Facture de clôture n° FC-28-0774190 - période 01/01/2028 au 31/05/2028
Code EAN : 541448820044719088

Consommation électricité        326,18 €
Redevance réseau et taxes        88,41 €
Frais de rappel                  15,00 €
Acomptes payés                 -240,00 €

Veuillez régler cette facture dans les 15 jours. Pour toute question : 078 44 71 90.
Energies Sambre SA - BCE 0447.190.552 - TVA BE0447190552
""",
    truth=T("debt_statement", "K-2014", "Energies Sambre SA", None, None, ["5104 4719 22", "FC-28-0774190"],
            True,
            "Client forwards a Belgian supplier's French final bill: components and paid advances only, no "
            "stated total (debt_amount null, review 'total not stated' - do not compute 189,59); sender is "
            "the client herself; the EAN meter code, BCE/TVA numbers and phone are not references; '15 jours' "
            "gives no date.",
            None))

add("autos-levante-non-client-en",
    "Autos Levante Alquiler S.L. <cobros@autoslevante.example>",
    "Rental agreement RA-77120-ALC - outstanding charges Mr Brandl", "2028-09-15 13:05",
    """Dear Sirs,

We were informed that your office acts for Mr Markus Brandl, born 03/07/1983, Hamburg, who rented
a vehicle from our Alicante airport branch between 2 and 9 August 2028.

Rental agreement: RA-77120-ALC
Claim file: COB-2028-4471

Upon return, damage to the rear bumper and a missing fuel level were recorded. Charges:
  damage repair (estimate attached to original letter)     EUR 1,020.00
  refuelling service                                        EUR    95.60
  administration fee                                        EUR   130.00
  Total outstanding                                         EUR 1,245.60

The deposit could not be retained because the card was declined. Please ask your client to settle
the total outstanding within 30 days.

Kind regards
Collections Department
Autos Levante Alquiler S.L. · CIF B-03447190 · Avda. de Elche 120, 03008 Alicante
Tel +34 965 44 71 90 · IBAN ES12 0081 4471 9000 0144 7190
""",
    truth=T("debt_statement", None, "Autos Levante Alquiler S.L.", "1245.60", "EUR",
            ["RA-77120-ALC", "COB-2028-4471"], True,
            "Debtor Markus Brandl is not a client (client_id null, review); English number format "
            "'EUR 1,245.60'; total vs components; CIF, IBAN, phone are not references; '30 days' gives no "
            "date.",
            None))

add("kabelnet-final-bill-nl-only",
    "Kabelnet Noord B.V. <incasso@kabelnet-noord.example>",
    "Slotnota abonnement 88-4471902 (mevr. S. Schulz)", "2028-09-18 10:40",
    """Note in English: final invoice for your client, text in Dutch.

Geachte heer/mevrouw,

Het abonnement van mevrouw Sabine Schulz (geboortedatum 15-06-1971) met klantnummer 88-4471902
is per 31-07-2028 beëindigd. Na verrekening van de laatste betalingen staat nog open:

  Slotnota 2028-07-5521                 € 73,95
  Niet-geretourneerde modem             € 99,00
  Herinneringskosten                    €  7,50
  Totaal openstaand                     € 180,45

Wij verzoeken u dit bedrag uiterlijk 2 oktober 2028 over te maken op NL02 INGB 0004 4719 08
onder vermelding van het klantnummer.

Met vriendelijke groet,
Klantenservice Incasso
Kabelnet Noord B.V. · KvK 02447190 · BTW NL0024.47.190.B01
""",
    truth=T("debt_statement", "K-2005", "Kabelnet Noord B.V.", "180.45", "EUR",
            ["88-4471902", "2028-07-5521"], False,
            "Dutch-only final bill with a one-line English note; Sabine (not Thomas) Schulz by first name + "
            "Dutch DOB; invoice number looks like a date prefix; KvK, BTW and IBAN are not references.",
            "2028-10-02"))

add("sosta-sicura-parking-scan-it",
    "Etschtal Inkasso GmbH <buero@etschtal-inkasso.example>",
    "Parkgebühr Meran – Sosta Sicura SRL – unser Akt ETI-28-3307", "2028-09-08 10:25",
    """Sehr geehrte Damen und Herren,

im Auftrag der Sosta Sicura SRL, Meran, übermitteln wir anbei die Mahnung (Scan, italienisch) zu
einer unbezahlten Parkgebühr Ihres Mandanten. Der Gesamtbetrag laut Mahnung ist noch offen.

Unser Akt: ETI-28-3307

Freundliche Grüße
Etschtal Inkasso GmbH · Bozen · MwSt.-Nr. IT 02447190215
""",
    pdfs=[image_pdf("sollecito_sosta_scan.pdf",
                    ["SOSTA SICURA SRL - Parcheggio Ippodromo Merano",
                     "SOLLECITO DI PAGAMENTO",
                     "",
                     "Avviso n. SS-M-2028-07719   del 19/07/2028",
                     "Intestatario: WAGNER PETER, nato il 19/07/1958",
                     "Targa veicolo: WI-PW 758",
                     "",
                     "Sosta 12/07-14/07/2028         EUR  34,00",
                     "Maggiorazione ritardo          EUR  10,00",
                     "Spese postali e di notifica    EUR   8,50",
                     "TOTALE DA VERSARE              EUR  52,50",
                     "",
                     "Pagare entro 30 giorni dalla notifica."])],
    truth=T("debt_statement", "K-2009", "Sosta Sicura SRL", "52.50", "EUR", ["ETI-28-3307", "SS-M-2028-07719"],
            False,
            "German cover from a South Tyrol agency, the Italian parking reminder only as an image scan; the "
            "operator owns the claim; agency file number in subject and body, the avviso number only in the "
            "scan; the client's name appears only in the scan, surname first, with DOB; the number plate and "
            "MwSt.-Nr. are not references; '30 giorni dalla notifica' is no date.",
            None))


# ---- payment_plan_response (4) -------------------------------------------------------------------------------

add("kustlijn-incasso-accepts-instalments-nl",
    "Kustlijn Incasso B.V. <regelingen@kustlijn-incasso.example>",
    "Uw voorstel betalingsregeling - dossier KI/2028/30917", "2028-09-20 11:15",
    """Dear Sir/Madam, our answer to your proposal in Dutch below; in short: accepted, EUR 50 per month.

Geachte heer/mevrouw,

Namens onze opdrachtgever Duinrand Woningverhuur B.V. (huurcontract 114-B-0719) reageren wij op
uw voorstel van 05-09-2028 voor mevrouw K. Meier, geboren 30-09-1982.

De restantvordering bedraagt € 1.072,35 (huurachterstand, rente en kosten).
Onze opdrachtgever gaat akkoord met een regeling van € 50,00 per maand, onder de voorwaarden dat
- de eerste termijn uiterlijk 01-10-2028 op onze rekening staat;
- de termijnen daarna steeds vóór de 1e van de maand worden voldaan;
- bij twee gemiste termijnen het volledige restant direct opeisbaar is.

Vermeld bij betaling altijd ons dossiernummer KI/2028/30917.

Met vriendelijke groet,
Kustlijn Incasso B.V., Den Helder
KvK 37044719 | Rekening NL19 ABNA 0447 1903 09
""",
    truth=T("payment_plan_response", "K-2002", "Duinrand Woningverhuur B.V.", "1072.35", "EUR",
            ["KI/2028/30917", "114-B-0719"], False,
            "Dutch agency accepts the firm's instalment plan with conditions (payment_plan_response): the "
            "landlord owns the claim; restantvordering is the stated total, € 50,00 is the instalment; "
            "'K. Meier' + DOB 30-09-1982 is Karin Meier, not Klaus Meyer; the first instalment date is the "
            "creditor's stated payment date.",
            "2028-10-01"))

add("salzach-sparkredit-counter-offer-at",
    "Salzach Sparkredit AG Sanierungsmanagement <sanierung@salzach-sparkredit.example>",
    "Ihr Vergleichsangebot für Herrn Peter Wagner – Kreditkonto 7720-044719", "2028-09-22 14:50",
    """Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,

wir danken für Ihr außergerichtliches Vergleichsangebot vom 08.09.2028 für Herrn Peter Wagner
(geb. 19.07.1958). Eine Quote von 20 % können wir nicht annehmen.

Der aushaftende Gesamtsaldo des Kreditkontos 7720-044719 beträgt zum 21.09.2028 EUR 5.480,12.

Wir wären bereit, die Angelegenheit gegen Zahlung von 35 % (EUR 1.918,04) zu bereinigen, zahlbar
in einer Summe oder in höchstens 12 Monatsraten. Die Zustimmung steht unter dem Vorbehalt, dass
alle übrigen Gläubiger gleich behandelt werden.

Unser Zeichen: SAN-28-1190

Mit freundlichen Grüßen
Salzach Sparkredit AG
Sanierungsmanagement · Rainerstraße 4 · 5020 Salzburg
FN 44719 d · LG Salzburg · BIC SASKAT2S · DVR 0044719
""",
    truth=T("payment_plan_response", "K-2009", "Salzach Sparkredit AG", "5480.12", "EUR",
            ["7720-044719", "SAN-28-1190"], False,
            "Austrian bank rejects the 20 % quota but counter-offers 35 % (payment_plan_response, not "
            "rejection); the stated total is the 'aushaftende Gesamtsaldo', not the 1.918,04 counter-offer; "
            "FN, BIC and DVR numbers are not references; client by name + DOB.",
            None))

add("finamur-credit-accord-fr-space-format",
    "Finamur Crédit SA - Service Surendettement <amiable@finamur-credit.example>",
    "Votre proposition d'échéancier - M. John SMITH - contrat 51 447 190 882", "2028-09-25 16:20",
    """Short English summary: we agree in principle to EUR 80 per month, see conditions below.

Maître,

Nous accusons réception de votre proposition d'échéancier concernant M. John SMITH, né le
10/10/1975, au titre du contrat de crédit renouvelable n° 51 447 190 882.

Le solde restant dû s'élève à ce jour à 2 906,55 € (capital, intérêts et indemnité légale).

Nous donnons notre accord de principe pour des mensualités de 80,00 €, sous réserve :
 - de la réception du premier versement avant le 15/10/2028 ;
 - de la communication d'un budget détaillé de votre client.
Le compte restera bloqué pendant toute la durée du plan.

Référence dossier amiable : AMI-FC-2028-66190

Veuillez agréer, Maître, l'expression de nos salutations distinguées.
Service Surendettement
Finamur Crédit SA au capital de 12 000 000 € - RCS Lille 447 190 883 - ORIAS 07 044 719
""",
    truth=T("payment_plan_response", "K-2011", "Finamur Crédit SA", "2906.55", "EUR",
            ["51 447 190 882", "AMI-FC-2028-66190"], False,
            "French consumer-credit lender agrees in principle to the plan subject to conditions; space-grouped "
            "French total '2 906,55 €'; the share capital '12 000 000 €' and 80,00 € instalment are not the "
            "debt; RCS and ORIAS numbers are not references; contract number spaced like a phone number; "
            "first instalment date set by the creditor.",
            "2028-10-15"))

add("credito-mediterraneo-settlement-html-es",
    "Crédito Mediterráneo E.F.C., S.A. <recobro@creditomed.example>",
    "Settlement proposal Ms Sabine Schulz / propuesta de quita - expediente EXP-28-009441", "2028-09-27 12:00",
    None,
    html="""<html><body>
<p>Dear Sirs, / Estimados señores:</p>
<p>Regarding your client <b>Ms Sabine Schulz</b> (DOB 15.06.1971), loan agreement <b>PR-4471-0932</b>:</p>
<p>The total amount owed today is <b>3.750,00 €</b>. We have reviewed your one-off settlement offer of
2.250,00 € (60 %).</p>
<p>We can accept a settlement of <b>2.625,00 €</b> (70 %) if paid in one sum by 31/10/2028. On receipt the
remaining balance will be written off and the file closed.</p>
<p>Expediente: <b>EXP-28-009441</b></p>
<p>Un saludo,<br>Departamento de Recobro<br>Crédito Mediterráneo E.F.C., S.A.<br>
Calle Colón 18, 46004 Valencia · CIF A-46447190 · Registro Banco de España nº 4471</p>
</body></html>""",
    html_only=True,
    truth=T("payment_plan_response", "K-2005", "Crédito Mediterráneo E.F.C., S.A.", "3750.00", "EUR",
            ["PR-4471-0932", "EXP-28-009441"], False,
            "HTML-only Spanish lender answers the firm's 60 % settlement offer with a 70 % counter-offer; the "
            "stated total is 3.750,00 € (not the firm's 2.250,00 nor the 2.625,00 counter-offer); legal form "
            "'E.F.C., S.A.' with commas in the name; CIF and Banco de España register number are not "
            "references; the counter-offer's pay-by date is the creditor's stated deadline.",
            "2028-10-31"))

# ---- rejection (3) ---------------------------------------------------------------------------------------------

add("kirchberg-immobiliere-rejects-ambiguous-schulz",
    "Immobilière Kirchberg SARL <gestion@immo-kirchberg.example>",
    "Arriérés de loyer / Mietrückstand Schulz - Dossier LOC-2028-118", "2028-09-28 09:05",
    """Sehr geehrte Damen und Herren,

wir beziehen uns auf Ihr Schreiben betreffend Ihre Mandantschaft Schulz, Gartenweg 3, 20095 Hamburg,
frühere Mieter unserer Wohnung 12, rue des Bains, Luxembourg (Mietvertrag LOC-2028-118).

Ihrem Vorschlag einer Ratenzahlung von 40 EUR monatlich stimmen wir nicht zu. Auch ein Vergleich
kommt für unsere Gesellschaft nicht in Betracht. Der Mietrückstand von 4.860,00 EUR ist durch den
Mietvertrag belegt; wir haben die Akte unserem Anwalt in Luxemburg zur gerichtlichen Geltendmachung
übergeben.

Weitere Korrespondenz bitte direkt mit Maître J. Weber, Avocat à la Cour.

Mit freundlichen Grüßen
Immobilière Kirchberg SARL
2, rue Albert Borschette, L-1246 Luxembourg · RCS Luxembourg B 211447 · TVA LU 30447190
""",
    truth=T("rejection", None, "Immobilière Kirchberg SARL", "4860.00", "EUR", ["LOC-2028-118"], True,
            "Luxembourg landlord flatly refuses instalments and any settlement (rejection); the debtor is only "
            "'Schulz' at Gartenweg 3, Hamburg - the address of both Sabine (K-2005) and Thomas (K-2006) Schulz: "
            "ambiguous client match, client_id null, review; RCS and TVA are not references.",
            None))

add("kabelwerk-ijssel-refuses-nl-en",
    "Kabelwerk IJssel Telecom B.V. <juridisch@kabelwerk-ijssel.example>",
    "Re: schuldregeling Strauss-Koehler - klant 7044190", "2028-10-02 13:33",
    """Dear Sir or Madam,

Thank you for your letter regarding Mr J. Strauss-Koehler. We have to inform you that we do not
agree to the proposed debt arrangement (schuldregeling) of 15 % and will not make a counter-proposal.
The claim under customer number 7044190 remains due in full and will be pursued as before.

Wij gaan niet akkoord met uw voorstel.

Kind regards / met vriendelijke groet
Afdeling Juridische Zaken
Kabelwerk IJssel Telecom B.V. · Deventer · KvK 08447190 · tel. +31 570 44 71 90
""",
    truth=T("rejection", "K-2004", "Kabelwerk IJssel Telecom B.V.", None, None, ["7044190"], False,
            "Dutch telecom refuses the 15 % arrangement with no counter-proposal (rejection), English with one "
            "Dutch line; no amount stated; client 'J. Strauss-Koehler' (oe transliteration, initial only) "
            "matches Jürgen Strauß-Köhler; KvK and phone are not references.",
            None))

add("parcheggi-porto-vecchio-rejects-it",
    "Riscossioni Tirreniche S.r.l. <ufficio.legale@riscossioni-tirreniche.example>",
    "Pratica RT-2028-55719 - richiesta di rateizzazione respinta", "2028-10-04 10:10",
    """English: your request for instalments is refused. Italian text follows.

Spett.le Studio,

in riferimento alla Vostra richiesta di rateizzazione per conto della Sig.ra Aylin Çelik
(nata il 03/11/1990), Vi comunichiamo che la nostra mandante Parcheggi Porto Vecchio S.p.A.
non accetta alcuna dilazione né riduzione dell'importo.

Avviso di sosta non pagata n. PV/28/004471 - importo dovuto 96,50 EUR.

L'importo deve essere corrisposto integralmente; in difetto procederemo per via giudiziale.

Distinti saluti
Ufficio Legale - Riscossioni Tirreniche S.r.l.
Via Cristoforo Colombo 9, 57123 Livorno - P.IVA 01447190493
""",
    truth=T("rejection", "K-2003", "Parcheggi Porto Vecchio S.p.A.", "96.50", "EUR",
            ["RT-2028-55719", "PV/28/004471"], False,
            "Italian-only letter with a one-line English note: agency for a parking operator refuses any "
            "instalments (rejection, still states the amount); the operator owns the claim; agency file number "
            "only in subject; P.IVA is not a reference; no payment date.",
            None))

# ---- information_request (3) -----------------------------------------------------------------------------------

add("arlberg-inkasso-vollmacht-at",
    "Inkasso Arlberg GesmbH <service@inkasso-arlberg.example>",
    "Anfrage Petrowa Olga – Vollmacht erforderlich", "2028-10-05 08:20",
    """Sehr geehrte Damen und Herren,

zu Ihrer Anfrage betreffend Frau Olga Petrowa (geb. 27.5.1988) teilen wir mit, dass wir gemäß
Datenschutzgrundverordnung Auskünfte zur Forderung unserer Auftraggeberin, der Hotel Bergkristall
Betriebs GmbH, St. Anton, erst nach Vorlage einer von der Schuldnerin unterfertigten Vollmacht
erteilen können.

Bitte übermitteln Sie uns die Vollmacht im Original oder als Scan unter Angabe unserer
Aktenzahl ARL-28-20771.

Mit freundlichen Grüßen
Inkasso Arlberg GesmbH
Arlbergstraße 21, 6580 St. Anton am Arlberg · FN 204471 m · LG Innsbruck · UID ATU57044719
""",
    truth=T("information_request", "K-2010", "Hotel Bergkristall Betriebs GmbH", None, None, ["ARL-28-20771"],
            False,
            "Austrian Inkassobüro asks for a signed Vollmacht before giving any figures (information_request, "
            "no amount); the hotel owns the claim; client transliterated 'Petrowa' + DOB without leading zero "
            "(27.5.1988); FN and UID are not references.",
            None))

add("bahia-gestiones-id-request-en",
    "Gestiones Turísticas Bahía S.L. <admin@gestiones-bahia.example>",
    "Your letter re. Smith, J. - documents needed", "2028-10-06 17:45",
    """Hi,

we received your letter about Smith, J. concerning the outstanding balance for villa booking
VB-2028-1187 (Marbella, June 2028). Before we can discuss any payment arrangement we need:

 1. a copy of your client's passport or ID card
 2. your power of attorney signed by him
 3. the address where he lives now

For your information the balance is still 640,00 € (final payment of the booking).

Send everything to this email please, with the booking number in the subject.

Best regards
Lucía Ortega - Administración
Gestiones Turísticas Bahía S.L. - NIF B-92447190 - Tel +34 952 77 44 71
""",
    truth=T("information_request", "K-2011", "Gestiones Turísticas Bahía S.L.", "640.00", "EUR",
            ["VB-2028-1187"], False,
            "Spanish holiday-villa agency asks for ID, power of attorney and address first "
            "(information_request) but also states the balance 640,00 €; client only as 'Smith, J.' (the only "
            "Smith among the clients); NIF and phone are not references.",
            None))

add("lemaire-vos-huissier-income-docs-be",
    "Etude Lemaire & Vos <dossiers@lemaire-vos.example>",
    "Dossier 28/LV/10447 - Mobilis Belgique SA / Koch - documents demandés", "2028-10-09 11:00",
    """Madame, Monsieur,
(Deutsch unten)

En notre qualité d'huissiers de justice mandatés par Mobilis Belgique SA, nous prenons note de
votre intervention pour M. Stefan Koch, né le 11/11/1977. Avant d'examiner un plan de paiement,
nous vous prions de nous transmettre les justificatifs de revenus des trois derniers mois et un
relevé des charges.

Solde à ce jour : 846,20 EUR (facture 2027-LX-55103, frais de recouvrement compris).

---
Als von der Mobilis Belgique SA beauftragte Gerichtsvollzieher bitten wir vor Prüfung eines
Zahlungsplans um Einkommensnachweise der letzten drei Monate und eine Aufstellung der Ausgaben.
Saldo heute: 846,20 EUR.

Etude Lemaire & Vos, huissiers de justice / gerechtsdeurwaarders
Avenue Louise 221, 1050 Bruxelles - Tel. +32 2 447 19 00 - BCE 0844.719.022
""",
    truth=T("information_request", "K-2015", "Mobilis Belgique SA", "846.20", "EUR",
            ["28/LV/10447", "2027-LX-55103"], False,
            "Belgian huissiers (not the creditor) ask for income documents before a plan "
            "(information_request) and state the balance; French + German in one mail; dossier number only in "
            "the subject; BCE and phone are not references.",
            None))

# ---- other (2) -------------------------------------------------------------------------------------------------

add("creances-rhodaniennes-cession-fr",
    "Créances Rhodaniennes SAS <cessions@creances-rhodaniennes.example>",
    "Notification de cession de créance / notice of assignment - M. YILMAZ Mehmet", "2028-10-11 09:40",
    """Dear Sirs, notice of assignment below (French), concerning your client Mr Mehmet Yılmaz.

Maître,

Nous vous informons que la créance détenue par Télécom Provence Mobile SA à l'encontre de
M. YILMAZ Mehmet, né le 08/03/1985 (compte client TPM-0447190-2), nous a été cédée par acte du
30/09/2028, conformément aux articles 1321 et suivants du Code civil.

Selon le cédant, le montant restant dû à la date de cession est de 734,80 €.
Notre nouvelle référence : CR-2028-A-11902.

Tout paiement doit désormais être effectué exclusivement entre nos mains. Un décompte détaillé
vous sera adressé séparément.

Créances Rhodaniennes SAS - 40, quai Perrache, 69002 Lyon
RCS Lyon 882 447 190 - TVA FR 58 882447190 - Tél. 04 78 44 71 90
""",
    truth=T("other", "K-2007", "Créances Rhodaniennes SAS", "734.80", "EUR",
            ["TPM-0447190-2", "CR-2028-A-11902"], False,
            "Notice of assignment (cession de créance) stays 'other' even with a balance; the buyer now owns "
            "the claim; the previous owner's account number and the buyer's new reference are both "
            "references; amount stated by the cédant; client 'YILMAZ Mehmet' + French DOB.",
            None))

add("kaernten-energie-closed-nothing-owed-at",
    "Kärntner Energievertrieb GmbH <kundenservice@kaernten-energie.example>",
    "Vertragskonto 60 4471 9902 – Schlussabrechnung", "2028-10-13 15:15",
    """Sehr geehrte Damen und Herren,

zur Anfrage für Frau Anna-Lena Fischer, Vertragskonto 60 4471 9902 (Anlage Villach, Zählpunkt
AT0070000904471900000000000044719), teilen wir mit: Die Schlussabrechnung vom 02.10.2028 ergab
ein Guthaben von € 18,40, das mit der offenen Mahngebühr verrechnet wurde.

Es bestehen somit keine offenen Forderungen mehr; das Vertragskonto ist geschlossen.

Freundliche Grüße
Kundenservice
Kärntner Energievertrieb GmbH · FN 104471 p · UID ATU44719055
""",
    truth=T("other", "K-2008", "Kärntner Energievertrieb GmbH", "0.00", "EUR", ["60 4471 9902"], False,
            "Austrian supplier: account closed, nothing owed -> 'other' with 0.00; the credit € 18,40 is not a "
            "debt; the 33-character Zählpunkt, FN and UID are not references; client by name only (no DOB).",
            None))

# ---- auto_reply (3) --------------------------------------------------------------------------------------------

add("afwezig-incasso-ooo-nl",
    "J. Bakker - Noordkaap Incasso B.V. <j.bakker@noordkaap-incasso.example>",
    "Automatisch antwoord: Fwd: Vollmacht en voorstel dossier NKI-28-4471", "2028-08-28 07:01",
    """Dit is een automatisch antwoord.

Ik ben afwezig tot en met maandag 11 september 2028 en heb geen toegang tot mijn e-mail.
Voor dringende zaken kunt u contact opnemen met ons secretariaat: +31 50 447 19 00.

I am out of the office until 11 September. Your message will not be forwarded.

Met vriendelijke groet,
Jan Bakker
""",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    truth=AUTO("Dutch/English out-of-office with Auto-Submitted/X-Autoreply headers; the dossier number in the "
               "quoted subject and the date are not extracted: all fields null."))

add("reponse-automatique-fr-text-only",
    "Service Recouvrement Val-de-Loire Conso <ne-pas-repondre@vdl-conso.example>",
    "Réponse automatique - accusé de réception", "2028-09-19 22:47",
    """Ceci est une réponse automatique, merci de ne pas y répondre.

Nous avons bien reçu votre message. Il sera traité dans un délai de 10 jours ouvrés.
Pour toute question relative à un dossier, munissez-vous de votre numéro de dossier.

This is an automatic reply. Your message has been received.

Val-de-Loire Conso SARL - Service Recouvrement
""",
    charset="utf-8",
    truth=AUTO("French/English automatic acknowledgement recognisable only by its text (no auto headers): "
               "all fields null."))

add("ricevuta-automatica-it-ticket",
    "Assistenza Clienti Lagomare Energia <noreply@lagomare-energia.example>",
    "[Ticket LGM-2028-0918-4471] Conferma ricezione / receipt confirmation", "2028-10-16 06:30",
    """Messaggio generato automaticamente - si prega di non rispondere.

Gentile cliente, abbiamo ricevuto la sua comunicazione con il numero di ticket
LGM-2028-0918-4471. Un operatore la contatterà entro 5 giorni lavorativi.

Automatically generated message - please do not reply. Ticket LGM-2028-0918-4471.

Lagomare Energia S.p.A. - P.IVA 03447190211
""",
    headers={"Precedence": "auto_reply", "X-Autoreply": "yes"},
    truth=AUTO("Italian/English automatic receipt with Precedence/X-Autoreply headers; the ticket token is not "
               "a reference: all fields null."))


# --------------------------------------------------------------------------------------------------------------
# --check
# --------------------------------------------------------------------------------------------------------------

MIN_INTENTS = {"debt_statement": 14, "payment_plan_response": 4, "rejection": 3, "information_request": 3,
               "auto_reply": 3, "other": 2}
EARLIER = ("heldout", "dev", *(f"dev{n}" for n in range(2, 40)))  # creditors and subjects must be new


if __name__ == "__main__":
    sys.exit(BATCH.main(sys.argv[1:],
                        earlier=EARLIER,
                        min_intents=MIN_INTENTS,
                        min_kinds={"text_pdf": 3, "image_pdf": 2, "html_only": 2},
                        refs_per_mail=(0, 3)))
