#!/usr/bin/env python3
"""Deterministic generator of the fifteenth dev batch (tests/agents_data/dev15/): 30 creditor emails + truth files.

Written without reading the engine (nothing under shared/, tools/ or tests/engine/ was opened, no other batch's
truth files or scores), by a writer given only CONVENTIONS.md, the client list, the builder API and a list of
forms. Forms: consumer credit (Ratenkredit Kündigung and Gesamtfälligstellung, Rahmenkredit, Bausparkasse,
car-dealer financing), debt purchasers announcing an assignment (Abtretungsanzeige, new owner, new account) and
then chasing, creditors abroad writing about German debtors (Austria, Switzerland with CHF, Netherlands, Poland
with PLN, UK with GBP), and very short phone-written mails or broken English/German in mixed languages.
Wording paraphrases public templates (listed in prompts/dev15.md); all companies are invented (.example).

Every truth dict also labels `payment_deadline` (ISO date the creditor plainly sets for payment, else null).
Amounts in CHF and PLN occur: `--check` accepts those two ISO codes (build_dev's check knows only EUR/GBP) and
Swiss apostrophe-grouped amounts ("3'418.75"); nothing in build_dev.py or batch.py changes.

    /tmp/gen-venv/bin/python tests/agents_data/build_dev15.py          # (re)write dev15/
    /tmp/gen-venv/bin/python tests/agents_data/build_dev15.py --check  # verify dev15/ against the specs

No randomness: fixed dates, Message-IDs, MIME boundaries and PDF creation dates.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_dev as bd  # noqa: E402
from batch import Batch, spaced_amount_forms  # noqa: E402

FIRM = bd.FIRM
text_pdf, image_pdf = bd.text_pdf, bd.image_pdf

BATCH = Batch("dev15", 1500)
MESSAGES, add = BATCH.messages, BATCH.add

AUTO_HDR = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}


def T(intent, client_id, creditor, amount, currency, refs, review, notes, deadline=None):
    return {**bd.T(intent, client_id, creditor, amount, currency, refs, review, notes), "payment_deadline": deadline}


def AUTO(notes):
    return {**bd.AUTO(notes), "payment_deadline": None}


# ---- debt_statement (13) -------------------------------------------------------------------------------------

add("nordhafen-ratenkredit-kuendigung-pdf",
    "Nordhafen Kreditbank AG Abwicklung <abwicklung@nordhafen-kreditbank.example>",
    "Kündigung Ratenkreditvertrag 7702-118845-01 / Meyer, Klaus", "2027-09-14 09:12",
    """Sehr geehrte Damen und Herren,

Sie haben uns die Vertretung von Herrn Klaus Meyer, geb. 12.04.1978, angezeigt.

Nachdem Ihr Mandant mit mehr als zwei aufeinanderfolgenden Raten und mindestens 10 % des
Nennbetrags in Verzug geraten ist und unsere Nachfristsetzung vom 28.07.2027 ergebnislos
verstrichen ist, haben wir den Ratenkreditvertrag Nr. 7702-118845-01 mit Schreiben vom
01.09.2027 gemäß § 498 BGB gekündigt und die Restschuld insgesamt fällig gestellt.

Die Aufstellung unserer Gesamtforderung finden Sie in der Anlage. Wir bitten um Ausgleich
bis zum 15.10.2027 auf das unten genannte Konto. Bis zum Zahlungseingang fallen
Verzugszinsen in gesetzlicher Höhe an.

Mit freundlichen Grüßen

i. A. Henrike Jostmann
Kreditabwicklung / Team 3

Nordhafen Kreditbank AG · Am Sandtorkai 61 · 20457 Hamburg
Telefon 040 882 117-30 · Telefax 040 882 117-39
IBAN DE41 2005 0550 0088 2117 30 · BIC NHKBDEHHXXX
Amtsgericht Hamburg HRB 118 447 · USt-IdNr. DE 288 117 304
Vorstand: Dr. M. Sievers, P. Albrecht · Vorsitz Aufsichtsrat: K. Lührs
""",
    pdfs=[text_pdf("Forderungsaufstellung_7702-118845-01.pdf", "Nordhafen Kreditbank AG - Forderungsaufstellung",
                   ["Kreditnehmer: Meyer, Klaus - Lindenstrasse 4, 50667 Koeln",
                    "Ratenkreditvertrag Nr. 7702-118845-01 vom 03.02.2025",
                    "Stand: 14.09.2027", ""],
                   table=[("Restkapital nach Kuendigung", "8.912,40 EUR"),
                          ("Rueckstaendige Raten (06-08/2027)", "612,00 EUR"),
                          ("Vertragszinsen bis 01.09.2027", "187,55 EUR"),
                          ("Verzugszinsen 01.09. - 14.09.2027", "44,37 EUR"),
                          ("Mahn- und Kuendigungskosten", "118,00 EUR"),
                          ("Gesamtforderung", "9.874,32 EUR")],
                   after=["Zahlbar bis 15.10.2027. Bitte Vertragsnummer angeben."])],
    truth=T("debt_statement", "K-2001", "Nordhafen Kreditbank AG", "9874.32", "EUR", ["7702-118845-01"], False,
            "Ratenkredit Kündigung with Gesamtfälligstellung; total 'Gesamtforderung' only in the PDF table among "
            "five component lines; contract number in subject, body and PDF; IBAN/BIC/HRB/USt-IdNr and phone "
            "numbers in the signature are not references; dates 28.07./01.09. are not deadlines; deadline "
            "15.10.2027 in body and PDF. Client by full name + DOB.", "2027-10-15"))

add("brueckstein-rahmenkredit-html-saldo",
    "Brückstein Bank AG Kundenservice <rahmenkredit@brueckstein-bank.example>",
    "Ihr Rahmenkredit – Saldenmitteilung für Ihre Mandantin", "2027-09-16 14:40",
    html_only=True,
    html="""<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<table width="100%"><tr><td><b>Brückstein Bank AG</b><br>Rahmenkredit-Service<br>Postfach 10 44 71<br>
60444 Frankfurt am Main</td><td align="right">Frankfurt, 16.09.2027<br>Kontonummer Rahmenkredit:<br>
<b>RK 5531 0072 18</b></td></tr></table>
<p>Sehr geehrte Damen und Herren,</p>
<p>bezugnehmend auf Ihr Schreiben teilen wir Ihnen den aktuellen Stand des Rahmenkreditkontos Ihrer Mandantin
<b>Frau Karin Meier</b> (geb. 30.09.1982, Ringstraße 8, 50672 Köln) mit.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Eingeräumter Verfügungsrahmen</td><td align="right">5.000,00 EUR</td></tr>
<tr><td>Letzte Zahlung (15.05.2027)</td><td align="right">120,00 EUR</td></tr>
<tr><td>Aufgelaufene Sollzinsen (14,89 % p.a.)</td><td align="right">203,16 EUR</td></tr>
<tr><td><b>Aktueller Saldo zu Lasten Ihrer Mandantin</b></td><td align="right"><b>4.215,90 EUR</b></td></tr>
</table>
<p>Der Rahmen wurde zum 31.07.2027 gesperrt; Verfügungen sind nicht mehr möglich. Wir bitten um Ihren
Vorschlag zur Rückführung.</p>
<p>Mit freundlichen Grüßen<br>Ihr Rahmenkredit-Service</p>
<p style="font-size:8pt;color:#777">Brückstein Bank AG · Sitz Frankfurt am Main · AG Frankfurt HRB 90 447 ·
BLZ 500 447 00 · Gläubiger-ID DE55ZZZ00000447120 · Servicenummer 069 447 120 0</p>
</body></html>""",
    truth=T("debt_statement", "K-2002", "Brückstein Bank AG", "4215.90", "EUR", ["RK 5531 0072 18"], False,
            "HTML-only Rahmenkredit balance: the credit line limit 5.000,00 is the biggest figure but not the "
            "debt; last payment and accrued interest are components; account number in a letterhead cell; "
            "BLZ, HRB, SEPA creditor ID in the footer are not references. 'Karin Meier' (not Klaus Meyer) "
            "confirmed by DOB and address. No payment date set."))

add("lindgau-bausparkasse-scan",
    "Bausparkasse Lindgau AG <darlehen@bausparkasse-lindgau.example>",
    "Bauspardarlehen Wagner – Schreiben vom 20.09.2027 (Scan)", "2027-09-21 11:03",
    """Guten Tag,

anbei erhalten Sie unser heutiges Schreiben zum Bauspardarlehen von Herrn Peter Wagner,
Wiesbaden, als Scan. Das Original geht Ihnen zusätzlich per Post zu.

Freundliche Grüße
Darlehensbuchhaltung
Bausparkasse Lindgau AG, Lindau (Bodensee), HRB 1447 AG Kempten
""",
    pdfs=[image_pdf("Schreiben_Wagner_20092027.pdf",
                    ["BAUSPARKASSE LINDGAU AG",
                     "Darlehensbuchhaltung - Lindau, 20.09.2027",
                     "",
                     "Bausparvertrag Nr.  BSV 30-4471182",
                     "Darlehenskonto      D-4471182-2",
                     "Darlehensnehmer: Peter Wagner, Kirchgasse 11, Wiesbaden",
                     "",
                     "Kuendigung des Bauspardarlehens wegen Zahlungsverzug",
                     "",
                     "Darlehensrest                      17.604,11 EUR",
                     "rueckst. Tilgungsbeitraege            588,00 EUR",
                     "Zinsen / Kosten                       149,96 EUR",
                     "------------------------------------------------",
                     "Zu zahlender Gesamtbetrag          18.342,07 EUR",
                     "",
                     "Faellig bis spaetestens 30.11.2027."])],
    truth=T("debt_statement", "K-2009", "Bausparkasse Lindgau AG", "18342.07", "EUR",
            ["BSV 30-4471182", "D-4471182-2"], False,
            "Bausparkasse: everything (contract and loan account numbers, total, deadline) only in an image-only "
            "scan; 'Darlehensrest' is a component, the total is 'Zu zahlender Gesamtbetrag'; HRB in the mail "
            "signature and the letter date in the subject are not references/deadlines.", "2027-11-30"))

add("vennekamp-autohaus-hausfinanzierung",
    "Autohaus Vennekamp GmbH <finanzierung@autohaus-vennekamp.example>",
    "Finanzierungsvertrag FV-2025-0917 – Zahlungsrückstand Yilmaz", "2027-09-23 16:25",
    """Sehr geehrte Damen und Herren,

Ihr Mandant Herr Mehmet Yilmaz hat bei uns am 17.09.2025 einen Gebrauchtwagen
(Skoda Octavia, FIN TMBJG7NE4K0447120, amtl. Kennzeichen BRE-MY 447) gekauft und über unsere
hauseigene Finanzierung in 36 Monatsraten zu je 245,00 EUR finanziert.

Seit Juni 2027 sind keine Raten mehr eingegangen. Da der Rückstand inzwischen vier Raten
beträgt, haben wir die Finanzierung gekündigt und den Restbetrag fällig gestellt.

  rückständige Raten 06/27 - 09/27      980,00 EUR
  Restraten 10/27 - 09/28             5.390,00 EUR
  Rücklastschriftgebühren               45,00 EUR
  Verzugsschaden/Bearbeitung           315,00 EUR
  ---------------------------------------------
  Offener Gesamtbetrag                6.730,-- EUR

Wir bitten um Zahlung bis spätestens 10.10.2027. Andernfalls werden wir das Fahrzeug, das
bis zur vollständigen Bezahlung in unserem Eigentum steht, herausverlangen.

Kundennummer: 31877

Mit freundlichen Grüßen
Ralf Vennekamp
Autohaus Vennekamp GmbH · Stresemannstr. 44 · 28207 Bremen
Tel. 0421 447 12 0 · Mobil 0171 447 1209
St.-Nr. 60/447/12093 · HRB 27447 HB
""",
    truth=T("debt_statement", "K-2007", "Autohaus Vennekamp GmbH", "6730.00", "EUR", ["FV-2025-0917", "31877"],
            False,
            "Car-dealer in-house financing: total written '6.730,-- EUR' under four component lines and the "
            "monthly rate; VIN, number plate, Steuernummer, HRB and phones are not references; contract number "
            "only in the subject, customer number in a loose line. Client 'Mehmet Yilmaz' without dotless ı.",
            "2027-10-10"))

add("limmat-privatkredit-chf-betreibungsandrohung",
    "Limmat Privatkredit AG <inkasso@limmat-privatkredit.example>",
    "2. Mahnung mit Betreibungsandrohung – Privatkredit PK-60118447", "2027-09-27 08:05",
    """Sehr geehrte Damen und Herren

Wir nehmen Bezug auf Ihre Mitteilung, wonach Sie Frau S. Schulz, wohnhaft Gartenweg 3,
20095 Hamburg (Deutschland), vertreten. Frau Schulz hat während ihrer Anstellung in Zürich
bei uns einen Privatkredit aufgenommen, der seit dem Wegzug nicht mehr bedient wird.

Trotz unserer Zahlungserinnerung vom 12. August 2027 ist bis heute keine Zahlung
eingegangen. Der Ausstand setzt sich wie folgt zusammen:

  Restkapital                        CHF 3'050.00
  Verzugszins 5 % seit 01.06.2027    CHF    78.75
  Mahnspesen                         CHF    40.00
  Umtriebsentschädigung              CHF   250.00

  Total offen                        CHF 3'418.75

Wir ersuchen Sie, den Betrag innert 10 Tagen zu überweisen (IBAN CH56 0483 5044 7120 9000 0,
Vermerk PK-60118447). Nach unbenütztem Ablauf der Frist leiten wir ohne weitere Anzeige die
Betreibung ein bzw. beauftragen einen Inkassopartner in Deutschland.

Freundliche Grüsse

Limmat Privatkredit AG
Debitorenmanagement
Bahnhofquai 9, 8001 Zürich · Tel. +41 44 447 12 00
CHE-447.120.938 MWST · Kundennummer 884 210
""",
    truth=T("debt_statement", "K-2005", "Limmat Privatkredit AG", "3418.75", "CHF", ["PK-60118447", "884 210"],
            False,
            "Swiss creditor, CHF with apostrophe grouping ('3'418.75'); total 'Total offen' below components; "
            "'innert 10 Tagen' is no plain date (deadline null); Swiss IBAN and UID (CHE-...) are not "
            "references; customer number hides in the signature. 'Frau S. Schulz' at Gartenweg 3 is Sabine, "
            "not Thomas Schulz (same address)."))

add("graufeld-portfolio-nachforderung-thread",
    "Graufeld Portfolio Invest S.à r.l. <service@graufeld-portfolio.example>",
    "AW: Abtretungsanzeige – Ihre Mandantin Aylin Celik / GPI-0092271", "2027-10-19 10:30",
    """Sehr geehrte Damen und Herren,

auf die unten stehende Abtretungsanzeige haben wir bislang weder eine Zahlung noch einen
Vorschlag erhalten. Einschließlich der seither angefallenen Zinsen und Kosten beläuft sich
unsere Forderung heute auf

          1.531,40 EUR (Gesamtsaldo per 19.10.2027).

Wir bitten um Überweisung bis 05.11.2027 auf das in der Anzeige genannte Konto, Verwendungszweck
GPI-0092271, oder um ein Angebot Ihrer Mandantin.

Mit freundlichen Grüßen
Forderungsservice
Graufeld Portfolio Invest S.à r.l., 12 rue Erasme, L-1468 Luxembourg, RCS B 244712

-----Ursprüngliche Nachricht-----
Von: Graufeld Portfolio Invest S.à r.l. <service@graufeld-portfolio.example>
Gesendet: Dienstag, 14. September 2027 09:02
Betreff: Abtretungsanzeige – Ihre Mandantin Aylin Celik

> hiermit zeigen wir an, dass die Kasimir Versandhaus GmbH ihre Forderung gegen
> Frau Aylin Celik, Dortmund, aus dem Kundenkonto KV-2210-88431 mit allen Nebenrechten
> an uns abgetreten hat. Forderungshöhe zum Abtretungsstichtag: 1.486,22 EUR.
> Zahlungen mit befreiender Wirkung nur noch an: Graufeld Portfolio Invest,
> IBAN LU28 0019 4471 2093 0000, Aktenzeichen GPI-0092271.
""",
    truth=T("debt_statement", "K-2003", "Graufeld Portfolio Invest S.à r.l.", "1531.40", "EUR",
            ["GPI-0092271", "KV-2210-88431"], False,
            "Debt buyer chasing after its assignment notice: the newest message's total 1.531,40 wins over the "
            "quoted 1.486,22; the previous owner's customer account (quoted) still counts; Luxembourg IBAN and "
            "RCS number are not references. 'Aylin Celik' = Çelik.", "2027-11-05"))

add("inntaler-teilzahlungsbank-at-mahnung",
    "Inntaler Teilzahlungsbank AG <mahnwesen@inntaler-tzb.example>",
    "Mahnung – Kreditvertrag KTV-88120-4 (Strauss-Koehler)", "2027-10-04 13:15",
    """Sehr geehrte Damen und Herren!

Betreffend Ihren Mandanten, Herrn Jürgen Strauss-Koehler, geb. 28.02.1965, derzeit wohnhaft
in München, halten wir fest, dass aus dem Kreditvertrag KTV-88120-4 (Anschaffung einer
Kücheneinrichtung in Kufstein, 2024) folgende Beträge ausständig sind:

Kapital ausständig ............................ EUR 2.611,40
Verzugszinsen 4 % p.a. ........................ EUR    84,20
Mahnspesen (2. u. 3. Mahnung) ................. EUR    24,00
Kosten Evidenzhaltung ......................... EUR   235,00
Gesamtforderung ............................... EUR 2.954,60

Wir ersuchen um Überweisung des Gesamtbetrages, einlangend bis 20.10.2027, auf unser
Konto bei der Tiroler Sparkasse, IBAN AT61 2050 3044 7120 9338. Sollte bis dahin keine
Zahlung einlangen, wird die Angelegenheit ohne weitere Verständigung dem Gericht bzw.
einem Inkassoinstitut übergeben, wodurch weitere Kosten entstehen.

Mit freundlichen Grüßen

Inntaler Teilzahlungsbank AG
Abteilung Mahnwesen, Kaiserjägerstraße 18, 6020 Innsbruck
T +43 512 447 120 · FN 221874k LG Innsbruck · UID ATU 44712093 · DVR 0447120
""",
    truth=T("debt_statement", "K-2004", "Inntaler Teilzahlungsbank AG", "2954.60", "EUR", ["KTV-88120-4"], False,
            "Austrian dunning letter (Austrian wording: 'ausständig', 'einlangend bis', 'Evidenzhaltung'); "
            "dotted leader table, 'Gesamtforderung' is the total; Firmenbuch FN, UID, DVR, IBAN are not "
            "references. Client transliterated 'Strauss-Koehler' + DOB.", "2027-10-20"))

add("van-duijvenbode-zuiderlicht-en-nl",
    "Van Duijvenbode Incasso B.V. <dossiers@vanduijvenbode-incasso.example>",
    "Reminder dossier VDI-55821 / Zuiderlicht Energie - L. Becker", "2027-10-06 15:48",
    """Dear Sir/Madam,

We are a collection agency from the Netherlands and we are acting on behalf of our client
Zuiderlicht Energie B.V. in Arnhem. Your client Mr. L. Becker (born 14-02-1999) has lived
in Utrecht until summer 2026 as a student and has left the final invoice unpaid.

Final invoice no. ZL-2026-0412287 of 02-09-2026
  principal (hoofdsom)               EUR 612,40
  wettelijke rente until today       EUR  38,93
  incassokosten (WIK)                EUR  91,85
  Total outstanding                  EUR 743,18

We kindly request you to pay the total outstanding before 24-10-2027 on IBAN
NL91 ABNA 0417 1643 00 with mention of the dossier number. If you want to make a
payment arrangement (betalingsregeling) please contact us, we are open for it.

Met vriendelijke groet / Kind regards,

Sanne de Wit
Van Duijvenbode Incasso B.V.
Postbus 4471, 3500 GA Utrecht · T +31 30 447 1200
KvK 44712093 · BTW NL004471209B01
""",
    truth=T("debt_statement", "K-2012", "Zuiderlicht Energie B.V.", "743.18", "EUR",
            ["VDI-55821", "ZL-2026-0412287"], False,
            "Dutch agency writing in English with Dutch words: creditor is its principal Zuiderlicht Energie "
            "B.V., not the agency; agency dossier and creditor invoice number both count; KvK/BTW numbers, "
            "IBAN and postbox are not; date format 24-10-2027. Client 'L. Becker' + DOB 14-02-1999.",
            "2027-10-24"))

add("wisla-pozyczki-wezwanie-pln",
    "Wisła Pożyczki Sp. z o.o. <windykacja@wisla-pozyczki.example>",
    "Wezwanie do zapłaty / Zahlungsaufforderung – umowa WP/2025/118734", "2027-10-08 09:20",
    """Szanowni Państwo / Sehr geehrte Damen und Herren,

działając w imieniu własnym wzywamy Panią Olgę Pietrową (ur. 27.05.1988), obecnie
zamieszkałą w Berlinie, do zapłaty zaległości z umowy pożyczki nr WP/2025/118734.

Wir fordern Frau Olga Pietrowa (geb. 27.05.1988), jetzt wohnhaft in Berlin, zur Zahlung
der Rückstände aus dem Darlehensvertrag Nr. WP/2025/118734 auf:

  kapitał / Kapital                     3 850,00 PLN
  odsetki / Zinsen                        341,30 PLN
  koszty upomnień / Mahnkosten            121,50 PLN
  Łączna kwota do zapłaty / Gesamtbetrag: 4 312,80 PLN

Termin płatności / Zahlungsfrist: do 30.10.2027 / bis zum 30.10.2027
Rachunek / Konto: PL61 1090 1014 0000 0712 1981 2874

Brak wpłaty spowoduje skierowanie sprawy na drogę sądową. / Ohne Zahlung
geben wir die Sache an das Gericht.

Z poważaniem / Mit freundlichen Grüßen
Dział Windykacji
Wisła Pożyczki Sp. z o.o., ul. Grodzka 14, 31-006 Kraków
NIP 676-244-71-20 · KRS 0000447120 · REGON 447120938
""",
    truth=T("debt_statement", "K-2010", "Wisła Pożyczki Sp. z o.o.", "4312.80", "PLN", ["WP/2025/118734"], False,
            "Polish lender, bilingual PL/DE: amounts in PLN with space grouping ('4 312,80 PLN'); the total "
            "line is bilingual; NIP, KRS, REGON and the PL IBAN are not references. Client only as the Polish "
            "transliteration 'Pietrowa'/'Olgę Pietrową' of Petrova, confirmed by DOB.", "2027-10-30"))

add("pembury-home-credit-uk-nonclient",
    "Pembury Home Credit Ltd <recoveries@pemburyhomecredit.example>",
    "Agreement PHC-0044187 - outstanding balance", "2027-10-11 12:00",
    """Dear Sirs

Re: Ms Rebecca Thornton, formerly of 14 Larkspur Close, Tunbridge Wells TN2 4QA,
now believed to be living in Hamburg, Germany

Thank you for your letter confirming that you act for the above-named customer.

We confirm that the account is in arrears and that the agreement was terminated on
2 August 2027. The outstanding balance on agreement PHC-0044187 is now £1,284.60.
This figure includes arrears of £420.00 and a default sum of £12.00.

Please arrange for the balance to be paid by 1 November 2027. If your client cannot
pay in full, we will consider an affordable repayment plan supported by an income and
expenditure statement.

Yours faithfully

Recoveries Department
Pembury Home Credit Ltd, Registered in England No. 04471209
Authorised and regulated by the Financial Conduct Authority (FRN 744712)
Telephone 0330 044 7120
""",
    pdfs=[text_pdf("PHC-0044187_statement.pdf", "Pembury Home Credit Ltd - Statement of Account",
                   ["Customer: Ms R. Thornton              Agreement: PHC-0044187",
                    "Statement date: 11/10/2027             Sort code 40-47-12 (payments only)", ""],
                   table=[("Balance at termination 02/08/2027", "GBP 1,272.60"),
                          ("of which arrears", "GBP 420.00"),
                          ("Default sum", "GBP 12.00"),
                          ("Payments received since termination", "GBP 0.00"),
                          ("Outstanding balance", "GBP 1,284.60")],
                   after=["Please pay by 1 November 2027."])],
    truth=T("debt_statement", None, "Pembury Home Credit Ltd", "1284.60", "GBP", ["PHC-0044187"], True,
            "UK home-credit lender, GBP; total 'outstanding balance' next to arrears and default sum "
            "components (body and a text PDF table whose first line is the balance at termination); sort code, "
            "company number and FCA FRN are not references. The debtor Rebecca Thornton is not a "
            "client of the firm (client null, review).", "2027-11-01"))

add("kuzmanovic-handy-kurz",
    "Autohandel Kuzmanović <kuzmanovic.autohandel@mailbox.example>",
    "herr koch raten", "2027-10-13 19:41",
    """hallo,

herr koch aus mannheim (stefan) hat bei mir den golf auf raten gekauft, kaufvertrag nr 2025-118.
2 raten a 245 offen + rest, insgesamt noch 1.960,- € offen.
bitte bis ende monat, sonst hol ich das auto.

gruss Kuzmanović
Autohandel Kuzmanović
0176 4471 2093

Von meinem iPhone gesendet
""",
    truth=T("debt_statement", "K-2015", "Autohandel Kuzmanović", "1960.00", "EUR", ["2025-118"], False,
            "Very short phone-written mail, lower case, no cents ('1.960,- €'); the total is 'insgesamt', the "
            "rate 245 is a component; 'bis ende monat' is no plain date (deadline null); mobile number is not "
            "a reference. Client 'herr koch aus mannheim (stefan)'."))

add("hanse-konsumfinanz-weitergeleitet",
    "Jana Brömmel <j.broemmel@hanse-konsumfinanz.example>",
    "WG: Forderungsaufstellung RKV 0021-774410 Fischer", "2027-10-18 08:55",
    """Guten Morgen,

anbei wie telefonisch besprochen die Aufstellung aus unserer Inkassoabteilung,
die Zahlen sind aktuell.

Gruß
Jana Brömmel
Hanse Konsumfinanz GmbH · Kundenbetreuung · Tel. 0421 44 71 20-18

---------- Weitergeleitete Nachricht ----------
Von: Inkasso Hanse Konsumfinanz <inkasso@hanse-konsumfinanz.example>
Datum: Fr., 15. Okt. 2027 um 16:02
Betreff: Forderungsaufstellung RKV 0021-774410 Fischer
An: Jana Brömmel <j.broemmel@hanse-konsumfinanz.example>

Kreditnehmerin: Anna-Lena Fischer, Schillerplatz 2, 70173 Stuttgart
Rahmenkreditvertrag RKV 0021-774410, Kartenkonto endet auf ...4471

Sollsaldo per 30.09.2027         1.902,18 EUR
Zinsen 01.10.-15.10.2027            18,26 EUR
Rücklastschrift / Kosten            147,00 EUR
Gesamtsaldo                     2.067,44 EUR

Rahmen gekündigt am 12.08.2027.
""",
    truth=T("debt_statement", "K-2008", "Hanse Konsumfinanz GmbH", "2067.44", "EUR", ["RKV 0021-774410"], False,
            "Forwarded internal chain passed on as the current statement: total 'Gesamtsaldo' in the "
            "forwarded part counts; 'Sollsaldo' is a component; the card stub '...4471' and phone are not "
            "references. Client by full name + address."))

add("deichtor-bank-dispo-komponenten",
    "Deichtor Bank AG Forderungsmanagement <fm@deichtor-bank.example>",
    "Ihr Az. BR/2231/27 – Rahmenkredit Öztürk", "2027-10-21 10:10",
    """Sehr geehrte Damen und Herren,

zu Ihrer Anfrage betreffend Frau Fatma Oeztuerk, geb. 08.08.1980, Duisburg, teilen wir mit,
dass das Rahmenkreditkonto 0447 120 938 seit dem 30.06.2027 gekündigt ist.

Zum Stichtag 20.10.2027 ergeben sich folgende Positionen:
- Sollsaldo Hauptforderung: 3.340,77 EUR
- Zinsen seit Kündigung: 96,14 EUR
- Kosten der Kündigung und Rücklastschriften: 52,50 EUR

Zinsen laufen weiter mit 5 Prozentpunkten über dem Basiszinssatz.
Die Zinsberechnung im Einzelnen geht Ihnen mit gesonderter Post zu.

Mit freundlichen Grüßen
Deichtor Bank AG – Forderungsmanagement
Ballindamm 27, 20095 Hamburg, Tel. 040 447 120 900
AG Hamburg HRB 74471, USt-IdNr. DE 244 712 093
""",
    truth=T("debt_statement", "K-2013", "Deichtor Bank AG", None, None, ["0447 120 938"], True,
            "Components only (Sollsaldo, Zinsen, Kosten) and no stated total: debt_amount null, review 'total "
            "not stated' (never add them up); 'BR/2231/27' in the subject is the firm's own file number, not a "
            "creditor reference; running interest is announced without a figure. Client 'Fatma Oeztuerk' + DOB."))

# ---- payment_plan_response (4) -------------------------------------------------------------------------------

add("sonnfeld-bank-gegenangebot",
    "Sonnfeld Bank AG Sanierung <sanierung@sonnfeld-bank.example>",
    "Ihr Ratenzahlungsangebot für Thomas Schulz – Darlehen 3318-0447", "2027-10-25 11:35",
    """Sehr geehrte Damen und Herren,

vielen Dank für Ihr Schreiben (Ihr Zeichen BR/1182/27), mit dem Sie für Ihren Mandanten
Herrn Thomas Schulz, geb. 22.01.1969, eine monatliche Rate von 50,00 EUR anbieten.

Diesem Vorschlag können wir in der angebotenen Höhe leider nicht zustimmen. Bei einer
Gesamtforderung von 7.412,66 EUR würde die Rückführung mehr als zwölf Jahre dauern.

Wir sind jedoch bereit, eine Ratenzahlung von monatlich 120,00 EUR zu akzeptieren,
beginnend am 01.12.2027. Für die Dauer der pünktlichen Zahlung stellen wir die
Zinsberechnung auf 2 % p.a. um und sehen von weiteren Beitreibungsmaßnahmen ab.

Bitte teilen Sie uns bis zum 15.11.2027 mit, ob Ihr Mandant einverstanden ist.

Mit freundlichen Grüßen
Sonnfeld Bank AG
Abteilung Sanierung & Abwicklung
Kreditkonto 3318-0447 · Tel. 0611 447 1200 · HRB 44712 AG Wiesbaden
""",
    truth=T("payment_plan_response", "K-2006", "Sonnfeld Bank AG", "7412.66", "EUR", ["3318-0447"], False,
            "Counter-offer (120 instead of the firm's 50 EUR): payment_plan_response, not rejection; the firm's "
            "offer and the counter rate are not the debt, 'Gesamtforderung' is; 'Ihr Zeichen BR/1182/27' is the "
            "firm's own file; 15.11. is an answer deadline and 01.12. the start of instalments, not a deadline "
            "for paying the debt (null). Thomas (not Sabine) Schulz by first name + DOB."))

add("castlebridge-settlement-accept-en",
    "Castlebridge Receivables Ltd <settlements@castlebridge-receivables.example>",
    "Your settlement proposal - J Smith - CBR/77/120934", "2027-11-02 09:40",
    """Dear Sir or Madam

Thank you for your proposal on behalf of your client Mr J Smith (DOB 10/10/1975) of
Baker Street 221, Berlin.

We confirm that our client account shows a balance of £ 612.45. We are prepared to accept
your offer of £400.00 in full and final settlement, provided that the payment reaches
us by 30 November 2027. Once cleared funds are received the remaining balance will be
written off and the account closed.

Should payment not be received by that date, the offer lapses and the full balance will
remain due.

Please quote our reference CBR/77/120934 with your payment.

Yours faithfully

Settlements Team
Castlebridge Receivables Ltd
Registered office: 4 Quayside, Newcastle upon Tyne NE1 3DX · Company No. 09447120
ICO registration ZA447120 · Tel 0191 447 1200
""",
    truth=T("payment_plan_response", "K-2011", "Castlebridge Receivables Ltd", "612.45", "GBP",
            ["CBR/77/120934"], False,
            "UK debt buyer accepts a settlement with a condition: payment_plan_response; the balance £ 612.45 "
            "is the debt, the £400.00 settlement is the firm's offer; company and ICO numbers are not "
            "references; the creditor sets 30 November 2027 for the payment. Client 'J Smith' + DOB + address.",
            "2027-11-30"))

add("kanaalkrediet-broken-german-schulz-ambiguous",
    "Kanaalkrediet B.V. <klantenservice@kanaalkrediet.example>",
    "Ratenzahlung Schulz dossier KK-2026-7120", "2027-11-04 14:02",
    """Goedemiddag / Guten Tag,

sorry for my German, ich schreibe aus Rotterdam. Wir haben Ihre Brief bekommen über die
Ratenzahlung für Ihre Klient Schulz, Gartenweg 3, Hamburg.

Wir akzeptieren die ratenzahlung von 75 euro pro Monat. Erste Rate bitte am 1 december.
Totaal bedrag blijft / Gesamtbetrag bleibt € 2.140,00, keine extra Zinsen wenn alles
pünktlich kommt. Wenn 2 Raten nicht kommen, dann ist alles wieder sofort fällig.

Bitte immer dossier KK-2026-7120 bei Zahlung schreiben.

Met vriendelijke groet,
Pieter Hoekstra
Kanaalkrediet B.V. · Weena 505, 3013 AL Rotterdam · KvK 74471209
""",
    truth=T("payment_plan_response", None, "Kanaalkrediet B.V.", "2140.00", "EUR", ["KK-2026-7120"], True,
            "Broken German mixed with Dutch/English: acceptance of the firm's instalment offer; total "
            "'Gesamtbetrag bleibt € 2.140,00', the 75 euro rate is the firm's offer. Debtor only 'Schulz, "
            "Gartenweg 3, Hamburg' - both Sabine and Thomas Schulz live there: client null, review 'ambiguous "
            "client match'. '1 december' is the first instalment, not a deadline."))

add("vennekamp-stundung-kurz",
    "Ralf Vennekamp <r.vennekamp@autohaus-vennekamp.example>",
    "Re: Yilmaz Stundung", "2027-10-29 18:12",
    """Hallo,

ok, wir machen das so: 150 € im Monat ab 1.12., Auto bleibt bei Herrn Yilmaz solange
er zahlt. Rest 6.730,-- wie gehabt, Zinsen streichen wir.
Vertrag FV-2025-0917, bitte schriftliche Bestätigung.

Gruß R. Vennekamp
--
Autohaus Vennekamp GmbH
Gesendet mit Outlook für Android
""",
    truth=T("payment_plan_response", "K-2007", "Autohaus Vennekamp GmbH", "6730.00", "EUR", ["FV-2025-0917"],
            False,
            "Short phone reply from the car dealer accepting an instalment plan with a condition (car stays "
            "while he pays); the remaining debt '6.730,--' is the total, 150 € the rate; no payment deadline. "
            "Client only 'Herrn Yilmaz' (+ contract number)."))

# ---- rejection (3) -------------------------------------------------------------------------------------------

add("lindgau-bausparkasse-ablehnung-vergleich",
    "Bausparkasse Lindgau AG <darlehen@bausparkasse-lindgau.example>",
    "Ablehnung Vergleichsvorschlag – Darlehenskonto D-4471182-2", "2027-11-08 10:20",
    """Sehr geehrte Damen und Herren,

wir haben Ihren außergerichtlichen Einigungsvorschlag für Herrn Peter Wagner vom 26.10.2027
geprüft. Eine Quote von 8 % auf unsere Forderung von 18.342,07 EUR ist für uns nicht
annehmbar. Das Darlehen ist durch eine Grundschuld gesichert; wir werden die Verwertung
der Sicherheit betreiben.

Wir lehnen den Plan daher ab und werden auch einem gerichtlichen Schuldenbereinigungsplan
nicht zustimmen. Ein Gegenangebot unterbreiten wir nicht.

Mit freundlichen Grüßen
Bausparkasse Lindgau AG – Darlehensbuchhaltung
Bausparvertrag BSV 30-4471182
""",
    truth=T("rejection", "K-2009", "Bausparkasse Lindgau AG", "18342.07", "EUR",
            ["D-4471182-2", "BSV 30-4471182"], False,
            "Definitive refusal with no counter-offer that still states the claim (18.342,07); the 8 % quota "
            "is the firm's offer; Grundschuld mention is no amount. Client by name."))

add("limmat-privatkredit-rejection-en",
    "Limmat Privatkredit AG <inkasso@limmat-privatkredit.example>",
    "Your proposal dated 2 November 2027 - our ref. PK-60118447", "2027-11-12 16:45",
    """Dear Sir or Madam

We refer to your proposal on behalf of Ms Sabine Schulz (born 15 June 1971).

After careful review we regret to inform you that we cannot accept a payment of
CHF 25.00 per month. Our terms for private loans do not allow arrangements of this kind
and we will not make a counter-proposal. The outstanding balance of CHF 3'512.10 including
interest to date remains due in full.

We have instructed our German collection partner to continue the matter.

Kind regards

Limmat Privatkredit AG
Debitorenmanagement, Bahnhofquai 9, 8001 Zürich
""",
    truth=T("rejection", "K-2005", "Limmat Privatkredit AG", "3512.10", "CHF", ["PK-60118447"], False,
            "Swiss lender refusing in English, no counter-offer: rejection; balance in CHF with apostrophe "
            "('3'512.10'), the CHF 25.00 rate is the firm's offer; ref only in the subject. Client by full "
            "name + DOB written in words."))

add("graufeld-ablehnung-kurz",
    "Graufeld Portfolio Invest S.à r.l. <service@graufeld-portfolio.example>",
    "GPI-0092271 Celik – Ihr Angebot", "2027-11-15 09:05",
    """Sehr geehrte Damen und Herren,

Ihr Angebot einer Einmalzahlung für Frau Celik lehnen wir ab. Wir bestehen auf
vollständiger Zahlung und werden das gerichtliche Mahnverfahren einleiten.

Mit freundlichen Grüßen
Forderungsservice
Graufeld Portfolio Invest S.à r.l.
""",
    truth=T("rejection", "K-2003", "Graufeld Portfolio Invest S.à r.l.", None, None, ["GPI-0092271"], False,
            "Short flat refusal by the debt buyer (new owner) with no amount at all: debt_amount null; "
            "reference only in the subject; client only 'Frau Celik' (= Aylin Çelik, unique surname)."))

# ---- information_request (4) ---------------------------------------------------------------------------------

add("donauland-inkasso-vollmacht-at",
    "Donauland Inkasso GmbH <akten@donauland-inkasso.example>",
    "Anforderung Vollmacht – Akt DI-27/04471 (Möbelwelt Enns)", "2027-09-30 10:44",
    """Sehr geehrte Damen und Herren!

In der Angelegenheit unserer Auftraggeberin Möbelwelt Enns GmbH gegen Frau Maria Hoffmann,
Erfurt, bestätigen wir den Erhalt Ihres Schreibens.

Bevor wir Ihnen eine Forderungsaufstellung übermitteln und Ihren Vorschlag an unsere
Auftraggeberin weiterleiten können, ersuchen wir um Übermittlung einer von Ihrer
Mandantin unterfertigten Vollmacht sowie einer Kopie eines amtlichen Lichtbildausweises.
Aus datenschutzrechtlichen Gründen ist uns eine Auskunft vorher nicht möglich.

Die Forderung beruht auf der Rechnung Nr. 2025/11-0887 der Möbelwelt Enns GmbH.

Mit freundlichen Grüßen

Donauland Inkasso GmbH, Landstraße 44, 4020 Linz
Gewerbeberechtigung gem. § 118 GewO, GISA-Zahl 44712093
FN 344712 t · T +43 732 447 120
""",
    truth=T("information_request", "K-2014", "Möbelwelt Enns GmbH", None, None, ["DI-27/04471", "2025/11-0887"],
            False,
            "Austrian collection agency asks for a signed power of attorney and ID before any figures: "
            "information_request, no amount; the creditor is its principal Möbelwelt Enns GmbH; agency file "
            "and the creditor's invoice number count; GISA number, FN, phone are not references. Client "
            "'Maria Hoffmann, Erfurt'."))

add("thistledown-loans-loa-en",
    "Thistledown Loans Ltd <customer.support@thistledownloans.example>",
    "Letter of authority required - Mr Lukas Becker", "2027-10-01 13:30",
    html_only=True,
    html="""<html><head><style>p{margin:0 0 8px 0}</style></head>
<body style="font-family:Georgia,serif;font-size:11pt;color:#222">
<div style="border-bottom:2px solid #2b5d34;padding-bottom:4px"><b>THISTLEDOWN LOANS</b></div>
<p>Hello,</p>
<p>Thanks for your email regarding <b>Mr Lukas Becker</b>, date of birth 14.02.1999.</p>
<p>Before we can discuss the account with a third party we need:</p>
<ul>
<li>a <b>signed letter of authority</b> from Mr Becker, and</li>
<li>proof of his current address in Germany (a utility bill or a bank statement less than three
months old).</li>
</ul>
<p>Please send these to us quoting loan reference <b>TDL-5512-09</b>.</p>
<p>For your information, the balance as of today is <b>&pound;2,075.30</b>. Interest has been frozen
for 30 days while we wait for your documents.</p>
<p>Many thanks,<br>Customer Support</p>
<p style="font-size:8pt;color:#888">Thistledown Loans Ltd | 2 Castle Terrace, Edinburgh EH1 2EL |
Registered in Scotland SC447120<br>Authorised by the FCA (FRN 944712) | Call 0131 447 1200</p>
</body></html>""",
    truth=T("information_request", "K-2012", "Thistledown Loans Ltd", "2075.30", "GBP", ["TDL-5512-09"], False,
            "UK lender asks for a letter of authority and proof of address first, and also states the balance "
            "(£2,075.30, HTML-only, &pound; entity): information_request with the amount recorded; Scottish company number SC447120 and "
            "FCA FRN are not references. Client by full name + DOB."))

add("sonnfeld-einkommensnachweise-oeztuerk",
    "Sonnfeld Bank AG Sanierung <sanierung@sonnfeld-bank.example>",
    "Unterlagen für Ratenprüfung – Kreditkonto 3318-2209", "2027-10-27 09:15",
    """Sehr geehrte Damen und Herren,

für die Prüfung Ihres Ratenzahlungsvorschlags für Frau F. Öztürk (geb. 08.08.80) benötigen
wir noch folgende Unterlagen:

1. Einkommensnachweise der letzten drei Monate (Lohn-/Gehaltsabrechnungen bzw. Bescheid
   über Bürgergeld)
2. eine aktuelle Haushaltsrechnung (Einnahmen/Ausgaben)
3. eine Aufstellung der übrigen Gläubiger mit Forderungshöhen

Nach Eingang der Unterlagen melden wir uns kurzfristig. Die Forderung aus dem Kreditkonto
3318-2209 beträgt derzeit insgesamt 5.108,93 EUR.

Mit freundlichen Grüßen
Sonnfeld Bank AG · Abteilung Sanierung & Abwicklung
Tel. 0611 447 1200 · HRB 44712 AG Wiesbaden
""",
    truth=T("information_request", "K-2013", "Sonnfeld Bank AG", "5108.93", "EUR", ["3318-2209"], False,
            "Bank asks for income documents and a budget before deciding on the plan: information_request "
            "that also states the total ('insgesamt 5.108,93'); numbered list items are not references. "
            "Client 'F. Öztürk' + short DOB '08.08.80'."))

add("wisla-pozyczki-pelnomocnictwo-nonclient",
    "Wisła Pożyczki Sp. z o.o. <windykacja@wisla-pozyczki.example>",
    "Pelnomocnictwo / Vollmacht – Pan Paweł Nowicki", "2027-11-03 12:25",
    """Dzień dobry, guten Tag,

dziękujemy za list w sprawie Pana Pawła Nowickiego. Wir danken für Ihren Brief wegen
Herrn Paweł Nowicki, wohnhaft Essen.

Bitte schicken Sie uns eine Vollmacht (pełnomocnictwo) mit Unterschrift von Herrn Nowicki,
am besten auch auf Polnisch übersetzt. Ohne Vollmacht dürfen wir keine Informationen über
die Umowa nr WP/2024/097512 geben. Danke!

Z poważaniem
Dział Windykacji, Wisła Pożyczki Sp. z o.o.
NIP 676-244-71-20 · tel. +48 12 447 12 00
""",
    truth=T("information_request", None, "Wisła Pożyczki Sp. z o.o.", None, None, ["WP/2024/097512"], True,
            "Polish lender in Polish + simple German asks for a signed power of attorney; no amount. The "
            "debtor Paweł Nowicki is not a client (client null, review); NIP and phone are not references."))

# ---- other (3) -----------------------------------------------------------------------------------------------

add("graufeld-abtretungsanzeige",
    "Graufeld Portfolio Invest S.à r.l. <service@graufeld-portfolio.example>",
    "Abtretungsanzeige gemäß § 409 BGB – Kundenkonto KV-2210-88431", "2027-09-14 09:02",
    """Sehr geehrte Damen und Herren,

Sie vertreten nach unseren Unterlagen Frau Aylin Celik, Bahnhofstr. 12, 44135 Dortmund.

Hiermit zeigen wir an, dass die Kasimir Versandhaus GmbH ihre Forderung gegen Ihre Mandantin
aus dem Kundenkonto KV-2210-88431 einschließlich aller Nebenrechte mit Vertrag vom
31.08.2027 an uns verkauft und abgetreten hat. Neue Gläubigerin ist ab sofort die
Graufeld Portfolio Invest S.à r.l.

Forderungshöhe zum Abtretungsstichtag: 1.486,22 EUR.

Zahlungen mit befreiender Wirkung können nur noch an uns geleistet werden:
Graufeld Portfolio Invest, IBAN LU28 0019 4471 2093 0000, BIC BCEELULL,
Verwendungszweck / unser Aktenzeichen GPI-0092271.

Eine Bestätigung der Kasimir Versandhaus GmbH über die Abtretung fügen wir auf Wunsch bei.

Mit freundlichen Grüßen
Forderungsservice
Graufeld Portfolio Invest S.à r.l., 12 rue Erasme, L-1468 Luxembourg, RCS B 244712
""",
    html="auto",
    truth=T("other", "K-2003", "Graufeld Portfolio Invest S.à r.l.", "1486.22", "EUR",
            ["KV-2210-88431", "GPI-0092271"], False,
            "Abtretungsanzeige by the debt buyer: intent other even though a balance is stated; the creditor is "
            "the new owner, not Kasimir Versandhaus; the amount at the assignment date counts; the old "
            "customer account and the new file number both count; IBAN/BIC/RCS not. Client 'Aylin Celik' + "
            "address."))

add("sellwood-mobile-assignment-notice-en",
    "Sellwood Mobile Ltd <collections@sellwoodmobile.example>",
    "Notice of assignment - account SMB-4471920", "2027-10-14 11:11",
    """Dear Sir/Madam

NOTICE OF ASSIGNMENT

We write regarding your client Mr John Smith, formerly of 27 Wharf Road, Manchester, now of
Baker Street 221, 10115 Berlin, and his Sellwood Mobile account SMB-4471920.

Please note that by an agreement dated 30 September 2027 we have sold and assigned all our
rights, title and interest in this account to Castlebridge Receivables Ltd. The balance
transferred was £ 612.45. Castlebridge Receivables Ltd is now the legal owner of the debt
and any payment must be made to them, quoting their reference CBR/77/120934.

Sellwood Mobile Ltd will take no further action and no longer holds a balance for this
account. Castlebridge will write to you separately.

Yours faithfully
Collections Team
Sellwood Mobile Ltd · Company No. 06447120 · VAT GB 447 1209 38
""",
    truth=T("other", "K-2011", "Castlebridge Receivables Ltd", "612.45", "GBP", ["SMB-4471920", "CBR/77/120934"],
            False,
            "Notice of assignment sent by the previous owner (Sellwood Mobile): intent other; the creditor is "
            "the new owner Castlebridge Receivables Ltd; the transferred balance stated by the previous owner "
            "counts; both the old account and the buyer's reference; company/VAT numbers not. Client John "
            "Smith confirmed by the Berlin address."))

add("vennekamp-konto-ausgeglichen",
    "Autohaus Vennekamp GmbH <finanzierung@autohaus-vennekamp.example>",
    "Finanzierung FV-2024-0388 Koch – Vertrag erledigt", "2027-11-18 15:30",
    """Sehr geehrte Damen und Herren,

bezüglich Ihrer Anfrage zu Herrn Stefan Koch, Mannheim, teilen wir mit, dass die
Finanzierung FV-2024-0388 (Opel Corsa) mit der Schlusszahlung vom 02.11.2027 vollständig
bezahlt wurde. Es bestehen unsererseits keine offenen Forderungen mehr gegen Ihren Mandanten.

Den Fahrzeugbrief (Zulassungsbescheinigung Teil II, Nr. AB447120) haben wir per
Einschreiben an Herrn Koch zurückgesandt.

Mit freundlichen Grüßen
Autohaus Vennekamp GmbH · Buchhaltung
Tel. 0421 447 12 0 · HRB 27447 HB
""",
    truth=T("other", "K-2015", "Autohaus Vennekamp GmbH", "0.00", "EUR", ["FV-2024-0388"], False,
            "Financing paid off, 'keine offenen Forderungen mehr': intent other with amount 0.00; the "
            "Zulassungsbescheinigung number is a vehicle document, not a reference. Client 'Stefan Koch, "
            "Mannheim'."))

# ---- auto_reply (3) ------------------------------------------------------------------------------------------

add("nordhafen-abwesenheit",
    "Henrike Jostmann <h.jostmann@nordhafen-kreditbank.example>",
    "Abwesenheitsnotiz: Kündigung Ratenkreditvertrag 7702-118845-01 / Meyer, Klaus", "2027-09-20 07:02",
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 04.10.2027 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an abwicklung@nordhafen-kreditbank.example
oder telefonisch an 040 882 117-30.

Mit freundlichen Grüßen
Henrike Jostmann
""",
    headers=AUTO_HDR,
    truth=AUTO("Out-of-office with Auto-Submitted/X-Autoreply headers; the subject repeats a contract number "
               "and client name from the thread, the return date is not a deadline: all fields null."))

add("castlebridge-auto-ack-en",
    "Castlebridge Receivables Ltd <noreply@castlebridge-receivables.example>",
    "Automatic reply: we have received your email [CR-447120-AK]", "2027-11-03 00:14",
    """This is an automatic reply. Please do not respond to this message.

Thank you for contacting Castlebridge Receivables. Your email has been received and will be
dealt with within 5 working days. Your case token is CR-447120-AK.

If you are making a payment, please always quote your account reference.

Castlebridge Receivables Ltd
""",
    charset="us-ascii", cte="7bit", headers={"Precedence": "auto_reply"},
    truth=AUTO("Automatic acknowledgement (Precedence header + text calls itself automatic); the bracketed "
               "case token is not a reference: all fields null."))

add("kanaalkrediet-automatisch-bericht",
    "Kanaalkrediet B.V. <klantenservice@kanaalkrediet.example>",
    "Automatisch antwoord: Ratenzahlung Schulz dossier KK-2026-7120", "2027-11-05 08:00",
    """Dit is een automatisch bericht. / This is an automatic message.

Wij hebben uw e-mail ontvangen en nemen binnen 10 werkdagen contact met u op.
We have received your e-mail and will contact you within 10 working days.
Onze klantenservice is bereikbaar op werkdagen van 9:00 tot 17:00 (+31 10 447 1200).

Kanaalkrediet B.V.
""",
    headers={"Auto-Submitted": "auto-generated"},
    truth=AUTO("Dutch/English automatic message (Auto-Submitted: auto-generated); subject carries the dossier "
               "number and debtor surname of the thread but an auto-reply extracts nothing."))


# --------------------------------------------------------------------------------------------------------------
# --check
# --------------------------------------------------------------------------------------------------------------

MIN_INTENTS = {"debt_statement": 13, "payment_plan_response": 4, "rejection": 3, "information_request": 4,
               "auto_reply": 3, "other": 3}
EARLIER = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11")
EXTRA_CURRENCIES = re.compile(r"currency '(CHF|PLN)'")


def amount_forms(amount: str) -> list[str]:
    """batch's forms plus Swiss apostrophe grouping ('3'418.75')."""
    units, cents = amount.split(".")
    swiss = f"{int(units):,}".replace(",", "'") + f".{cents}"
    return spaced_amount_forms(amount) + [swiss, swiss.replace("'", "’")]


_check_message = bd.check_message


def check_message(path, spec, errors, tally, **kwargs):
    """build_dev's per-message check, except that CHF and PLN are accepted currencies in this batch."""
    found: list[str] = []
    result = _check_message(path, spec, found, tally, **kwargs)
    errors.extend(error for error in found if not EXTRA_CURRENCIES.search(error))
    return result


bd.check_message = check_message


if __name__ == "__main__":
    sys.exit(BATCH.main(sys.argv[1:],
                        earlier=EARLIER,
                        min_intents=MIN_INTENTS,
                        min_kinds={"text_pdf": 2, "image_pdf": 1, "html_only": 2},
                        amount_forms=amount_forms))
