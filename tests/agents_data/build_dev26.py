#!/usr/bin/env python3
"""Deterministic generator of the twenty-sixth dev batch (tests/agents_data/dev26/): creditor emails + truth files.

30 emails. Written without reading the engine (only CONVENTIONS.md, the client list and the builder API of build_dev.py /
batch.py / build_dev7.py were read). Focus: mail about a creditor's claim that reaches the firm through someone
other than the creditor, and long threads - clients forwarding a creditor's letter from their own address (the
sender is the debtor, the creditor sits in the forwarded part, a worried note on top), a daughter and a social
worker forwarding for a client, a legal guardian passing on a scanned refusal, an insolvency trustee and the
insolvency court's office passing on claim registrations, creditors' lawyers answering the firm's
Forderungsabfrage in long threads with the firm's own letter and older figures quoted, joint debts of spouses
(Gesamtschuldner) where only one is a client (and a letter to "Eheleute Schulz" that fits two clients), one
creditor writing about two separate accounts of the same client. German and English, mixed quoting styles
('>' quotes, 'Am ... schrieb', Outlook 'Von: / Gesendet: / An: / Betreff:' blocks). Every truth dict also labels
`payment_deadline` (ISO date the creditor plainly sets for payment, else null).

Same file format and rendering as dev/..dev25/ (build_dev.py's helpers are imported, nothing there changes).

    cd tests/agents_data
    /tmp/gen-venv/bin/python build_dev26.py          # (re)write dev26/
    /tmp/gen-venv/bin/python build_dev26.py --check  # verify dev26/ against the specs

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

BATCH = Batch("dev26", 2600)
MESSAGES, add = BATCH.messages, BATCH.add


def T(intent, client_id, creditor, amount, currency, refs, review, notes, deadline=None):
    """build_dev.T plus the payment deadline (ISO date or None)."""
    return {**bd.T(intent, client_id, creditor, amount, currency, refs, review, notes), "payment_deadline": deadline}


def AUTO(notes):
    return {**bd.AUTO(notes), "payment_deadline": None}


AUTO_HEADERS = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}


# ---- debt_statement (13) -------------------------------------------------------------------------------------

add("client-meyer-fwd-versandhaus-mahnung",
    "Klaus Meyer <k.meyer@example.org>",
    "Fwd: 2. Mahnung Kundenkonto 5521-0087", "2028-06-12 21:47",
    """Hallo Frau Roth,

das kam heute per Mail, ich weiß nicht ob das schon bei Ihnen auf der Liste ist?? Ich hab
denen nix mehr bezahlt seit wir den Vertrag mit Ihnen haben, so wie Sie gesagt haben.
Muss ich jetzt bis Ende Juni zahlen? Bitte kurze Info.

Gruß Klaus Meyer

---------- Weitergeleitete Nachricht ---------
Von: Versandhaus Elbtal GmbH <forderungen@elbtal-versand.example>
Datum: Mo., 12. Juni 2028 um 10:02
Betreff: 2. Mahnung Kundenkonto 5521-0087
An: <k.meyer@example.org>

Sehr geehrter Herr Meyer,

leider konnten wir zu den unten genannten Rechnungen bis heute keinen Zahlungseingang
feststellen. Sicher handelt es sich um ein Versehen.

Kundenkonto:     5521-0087
Rechnung 2028-114-772 vom 02.04.2028      214,90 EUR
Mahngebühren                               29,00 EUR
Offener Betrag                            243,90 EUR

Bitte überweisen Sie den offenen Betrag bis spätestens 30.06.2028 auf unser Konto
IBAN DE61 2004 1155 0772 1140 08. Sollten Sie zwischenzeitlich gezahlt haben,
betrachten Sie dieses Schreiben als gegenstandslos.

Mit freundlichen Grüßen
Ihr Forderungsmanagement
Versandhaus Elbtal GmbH · Elbuferstr. 9 · 01069 Dresden
AG Dresden HRB 40771 · USt-IdNr. DE 291 447 003
""",
    truth=T("debt_statement", "K-2001", "Versandhaus Elbtal GmbH", "243.90", "EUR",
            ["5521-0087", "2028-114-772"], False,
            "Client forwards the creditor's reminder from his own address (sender is the debtor, not the creditor); "
            "creditor, account and invoice only inside the Gmail-style forwarded block; total 'Offener Betrag' vs "
            "invoice line and fee; IBAN, HRB, USt-IdNr are not references; deadline stated in the forwarded letter.",
            "2028-06-30"))

add("client-celik-outlook-fwd-inkasso-gym",
    "Aylin Celik <aylin.celik@example.org>",
    "WG: Zahlungsaufforderung Az. FIK-28-03317", "2028-06-14 07:58",
    """Guten Morgen,

bitte schauen sie sich das an, ich hab das Studio doch schon letztes Jahr gekündigt!! Die
wollen jetzt über 400 Euro. Ich zahle da nichts ohne Ihr ok.

LG Aylin Çelik
Von meinem Smartphone gesendet

________________________________
Von: Falkenried Inkasso GmbH <post@falkenried-inkasso.example>
Gesendet: Dienstag, 13. Juni 2028 16:20
An: aylin.celik@example.org
Betreff: Zahlungsaufforderung Az. FIK-28-03317

Sehr geehrte Frau Çelik,

unsere Auftraggeberin, die Nordlicht Fitness Studios GmbH, hat uns mit dem Einzug ihrer
Forderung aus dem Mitgliedsvertrag Nr. NFS-DO-20931 beauftragt.

Beiträge 09/2027 - 12/2027                 239,60 EUR
Rücklastschriftgebühren                     18,00 EUR
Zinsen                                       6,12 EUR
Inkassovergütung                           148,65 EUR
Gesamtforderung                            412,37 EUR

Wir fordern Sie auf, den Gesamtbetrag bis zum 28.06.2028 zu überweisen.

Mit freundlichen Grüßen
Falkenried Inkasso GmbH, Hamburg
Registriert gem. § 10 RDG beim LG Hamburg, Reg.-Nr. 3712 E - 1/19
Tel. 040 8841 7720
""",
    truth=T("debt_statement", "K-2003", "Nordlicht Fitness Studios GmbH", "412.37", "EUR",
            ["FIK-28-03317", "NFS-DO-20931"], False,
            "Client forwards from her own address with an Outlook 'Von:/Gesendet:/An:/Betreff:' block; the agency "
            "collects for the gym, which owns the claim; client's own note '400 Euro' is not the total; "
            "Celik/Çelik transliteration; RDG register number and phone are not references.",
            "2028-06-28"))

add("daughter-fwd-dental-scan-wagner",
    "Julia Wagner-Brandt <julia.wb@posteo-mail.example>",
    "Rechnung Zahnarzt für meinen Vater Peter Wagner", "2028-06-16 18:05",
    """Sehr geehrte Damen und Herren,

ich bin die Tochter von Herrn Peter Wagner (geb. 19.07.1958), den Sie im
Schuldenbereinigungsverfahren vertreten. Mein Vater hat keine E-Mail, deshalb schicke ich
Ihnen den Brief, den er letzte Woche bekommen hat, als Scan mit.

Er ist sehr beunruhigt wegen der Frist. Könnten Sie sich bitte darum kümmern bzw. ihm
sagen, was er tun soll? Sie erreichen mich unter 0176 2204 1187.

Vielen Dank und freundliche Grüße
Julia Wagner-Brandt
""",
    pdfs=[image_pdf("Scan_Brief_Papa.pdf",
                    ["ABRECHNUNGSZENTRUM TAUNUSBLICK GMBH",
                     "Postfach 11 40 - 65001 Wiesbaden",
                     "",
                     "Herrn Peter Wagner, Kirchgasse 11, 65183 Wiesbaden",
                     "",
                     "Zahlungserinnerung        Datum: 08.06.2028",
                     "Rechnungs-Nr.  TB-448120-3",
                     "Patienten-Nr.  77014",
                     "Behandelnde Praxis: Dr. med. dent. H. Vollmer",
                     "",
                     "Die Forderung der Praxis wurde an uns abgetreten.",
                     "Rechnungsbetrag            1.146,40 EUR",
                     "Mahnauslagen                  40,00 EUR",
                     "Noch zu zahlen             1.186,40 EUR",
                     "",
                     "Bitte zahlen Sie bis 25.06.2028.",
                     "Servicetelefon 0611 44 800-0",
                     "Abrechnungszentrum Taunusblick GmbH, AG Wiesbaden HRB 30447"])],
    truth=T("debt_statement", "K-2009", "Abrechnungszentrum Taunusblick GmbH", "1186.40", "EUR",
            ["TB-448120-3", "77014"], False,
            "A daughter (not the creditor, not the client) writes and attaches an image-only scan; the dental "
            "practice's claim was assigned to the billing centre, which owns it; total 'Noch zu zahlen' vs "
            "components; daughter's mobile, the PO box and the HRB in the scan footer are not references; client by name + DOB in the body.",
            "2028-06-25"))

add("social-worker-fwd-rent-arrears-yilmaz",
    "Birte Hansen | Quartiersbüro Gröpelingen <b.hansen@quartiersbuero-hb.example>",
    "Fwd: Mietrückstand Herr Yilmaz – bitte um Übernahme", "2028-06-19 11:32",
    """Sehr geehrte Kolleginnen und Kollegen,

ich betreue Herrn Mehmet Yilmaz im Rahmen der Sozialberatung. Er hat mir das
untenstehende Schreiben seiner Vermieterin gezeigt und mich gebeten, es Ihnen
weiterzuleiten, da Sie seine Entschuldung begleiten. Eine Schweigepflichtentbindung
liegt mir vor.

Freundliche Grüße
Birte Hansen, Dipl.-Sozialpädagogin
Quartiersbüro Gröpelingen · Tel. 0421 361 774 02

Am 15.06.2028 um 09:14 schrieb Mietenbuchhaltung Wohnbau Weserbogen eG <mieten@weserbogen-eg.example>:
> Sehr geehrter Herr Yilmaz,
>
> bei Durchsicht unseres Mietkontos haben wir festgestellt, dass die Nutzungsgebühren
> für die Monate April bis Juni 2028 nicht vollständig eingegangen sind.
>
> Mitgliedsnummer: 03-114-22
> Wohnung: Hafenstr. 20, 2. OG links (WE 0417)
>
> Rückstand April 2028        540,00 EUR
> Rückstand Mai 2028          550,00 EUR
> Rückstand Juni 2028         550,00 EUR
> Rückstand insgesamt       1.640,00 EUR
>
> Wir bitten Sie, den Rückstand bis zum 30.06.2028 auszugleichen oder sich mit uns
> in Verbindung zu setzen. Bei Rückständen in dieser Höhe sind wir sonst zur
> fristlosen Kündigung berechtigt.
>
> Mit freundlichen Grüßen
> Wohnbau Weserbogen eG – Mietenbuchhaltung
> Genossenschaftsregister AG Bremen GnR 512
""",
    truth=T("debt_statement", "K-2007", "Wohnbau Weserbogen eG", "1640.00", "EUR",
            ["03-114-22"], False,
            "A social worker forwards for the client ('Am ... schrieb' + '>' quotes); Yilmaz without dotless ı; "
            "'Rückstand insgesamt' vs monthly lines; member number is the reference, the flat's WE number is "
            "part of the address description and GnR is a register number; deadline inside the quote.",
            "2028-06-30"))

add("trustee-passes-on-bank-registration-schulz",
    "RAin Dr. Irmgard Salm – Treuhänderin <insolvenz@kanzlei-salm.example>",
    "InsO-Verfahren Sabine Schulz – Forderungsanmeldung Hanseatische Kreditbank Altona", "2028-06-21 14:10",
    """Sehr geehrte Kolleginnen und Kollegen,

in dem Verbraucherinsolvenzverfahren über das Vermögen von

    Frau Sabine Schulz, geb. 15.06.1971, Gartenweg 3, 20095 Hamburg
    AG Hamburg, Az. 67c IK 512/27 – mein Zeichen TH 118/27

ist bei mir die nachstehende Forderungsanmeldung eingegangen. Ich gebe sie Ihnen als
Verfahrensbevollmächtigten der Schuldnerin zur Kenntnis weiter:

    Gläubigerin: Hanseatische Kreditbank Altona AG, Große Elbstr. 140, 22767 Hamburg
    Darlehenskonto 7700 4412 18 / Zeichen der Bank: HKA-ABW-2231
    Hauptforderung (Restdarlehen)          7.930,12 EUR
    Zinsen bis zur Eröffnung                 421,43 EUR
    Kosten                                    61,00 EUR
    angemeldeter Gesamtbetrag              8.412,55 EUR

Sollten aus Sicht der Schuldnerin Einwendungen bestehen, bitte ich um Nachricht vor dem
Prüfungstermin.

Mit freundlichen Grüßen
Dr. Irmgard Salm, Rechtsanwältin
als Treuhänderin · Tel. 040 3099 7120 · Anderkonto IBAN DE07 2005 0550 1280 4471 20
""",
    truth=T("debt_statement", "K-2005", "Hanseatische Kreditbank Altona AG", "8412.55", "EUR",
            ["7700 4412 18", "HKA-ABW-2231"], False,
            "The insolvency trustee (not the creditor) passes on a bank's claim registration; the bank owns the "
            "claim; registered total vs components; the court's IK file number and the trustee's own 'TH 118/27' "
            "are neither the creditor's nor the firm's numbers and are not labelled; Sabine vs Thomas Schulz at "
            "the same address is settled by first name + DOB.",
            None))

add("insolvency-court-office-late-registration-hoffmann",
    "Amtsgericht Erfurt - Insolvenzgericht - Geschäftsstelle <insolvenz.geschaeftsstelle@ag-erfurt.example>",
    "Nachträgliche Forderungsanmeldung – 172 IK 88/28", "2028-07-03 09:25",
    """Amtsgericht Erfurt
- Insolvenzgericht -
Geschäftsstelle Abt. 172

In dem Insolvenzverfahren über das Vermögen der Frau Maria Hoffmann, Domplatz 1,
99084 Erfurt, wird Ihnen als Vertreterin der Schuldnerin die beigefügte nachträgliche
Forderungsanmeldung der Saaletal Energie AG zur Kenntnisnahme übersandt.

Auf den besonderen Prüfungstermin wird gesondert geladen.

Auf Anordnung
Kühnel, Justizbeschäftigte
als Urkundsbeamtin der Geschäftsstelle

Dieses Schreiben wurde elektronisch erstellt und ist ohne Unterschrift gültig.
""",
    pdfs=[text_pdf("Forderungsanmeldung_Saaletal.pdf", "Saaletal Energie AG - Forderungsanmeldung",
                   ["zum Insolvenzverfahren 172 IK 88/28 (AG Erfurt)",
                    "Schuldnerin: Maria Hoffmann, geb. 03.03.1962",
                    "Vertragskonto 2200 148 331 - Abnahmestelle Domplatz 1, Erfurt",
                    "Zaehlernummer 1ESY1160 4471 20 (keine Forderungsnummer)", ""],
                   table=[("Stromlieferung 01.01.2027 - 31.12.2027 (Schlussrechnung 91-0044871)", "1.802,66 EUR"),
                          ("Verzugszinsen bis 14.05.2028", "148,52 EUR"),
                          ("Mahnkosten", "80,00 EUR"),
                          ("Angemeldete Forderung gesamt", "2.031,18 EUR")],
                   after=["Saaletal Energie AG, Forderungsmanagement, Jena",
                          "HRB 501447 AG Jena - USt-IdNr. DE 150 447 120"])],
    truth=T("debt_statement", "K-2014", "Saaletal Energie AG", "2031.18", "EUR",
            ["2200 148 331", "91-0044871"], False,
            "The insolvency court's office passes on a creditor's late claim registration (text PDF table); the "
            "energy supplier owns the claim; the figures are only in the attachment; court file number "
            "'172 IK 88/28' (subject, body, PDF) and the meter number are not creditor references; total in the "
            "last table row; client's known EOS reference is not involved.",
            None))

add("lawyer-thread-isar-leasing-strauss-koehler",
    "RAe Obermaier & Lutz <ol@obermaier-lutz-recht.example>",
    "AW: AW: Forderungsabfrage Jürgen Strauss-Koehler – Ihr Az. 112/27 OL-ks", "2028-07-05 15:40",
    """Sehr geehrte Damen und Herren,

wie angekündigt übersenden wir die aktualisierte Forderungsaufstellung unserer Mandantin,
der Isar-Leasing Privatkunden GmbH, aus dem Leasingvertrag ILP-0098821:

Restforderung nach Fahrzeugverwertung     4.402,00 EUR
Zinsen 5 %-Pkt. ü. Basiszins bis 30.06.   384,22 EUR
Kosten unserer Inanspruchnahme            332,50 EUR
Gesamtforderung per 01.07.2028          5.118,72 EUR

Die Differenz zu unserer Mitteilung vom März ergibt sich aus den zwischenzeitlich
aufgelaufenen Zinsen und unserer Gebühr. Zahlungen erbitten wir ausschließlich auf unser
Anderkonto unter Angabe unseres Aktenzeichens.

Mit freundlichen kollegialen Grüßen
Dr. Benedikt Lutz
Rechtsanwalt
Obermaier & Lutz Rechtsanwälte PartG mbB · Maximilianstr. 31 · 80539 München
Tel. 089 2155 0440 · Fax 089 2155 0449 · PR 1447 AG München

-----Ursprüngliche Nachricht-----
Von: RAe Obermaier & Lutz <ol@obermaier-lutz-recht.example>
Gesendet: Donnerstag, 9. März 2028 10:12
An: Kanzlei Berger & Roth Schuldnerberatung
Betreff: AW: Forderungsabfrage Jürgen Strauss-Koehler – Ihr Az. 112/27 OL-ks

Sehr geehrte Damen und Herren,

vorläufig beziffern wir die Forderung mit 4.870,10 EUR. Eine genaue Aufstellung folgt
nach Abschluss der Fahrzeugverwertung.

-----Ursprüngliche Nachricht-----
Von: Kanzlei Berger & Roth Schuldnerberatung
Gesendet: Montag, 20. Februar 2028 08:30
An: ol@obermaier-lutz-recht.example
Betreff: Forderungsabfrage Jürgen Strauss-Koehler – Ihr Az. 112/27 OL-ks

Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Herr Jürgen Strauß-Köhler, geb. 28.02.1965, mit der Regulierung
seiner Schulden beauftragt hat (Vollmacht anbei). Wir bitten um eine aktuelle
Forderungsaufstellung binnen 14 Tagen.

Unser Zeichen: SB-2028-0412
Mit freundlichen Grüßen
Kanzlei Berger & Roth
""",
    truth=T("debt_statement", "K-2004", "Isar-Leasing Privatkunden GmbH", "5118.72", "EUR",
            ["112/27 OL-ks", "ILP-0098821"], False,
            "Creditor's lawyer answers the firm's Forderungsabfrage in a three-level Outlook thread: the newest "
            "'Gesamtforderung' wins over the provisional 4.870,10 in the quoted March reply; the lawyer's Az. "
            "(subject) and the leasing contract are references, the firm's own 'SB-2028-0412' in the quoted "
            "letter is not; transliterated Strauss-Koehler; partnership register number, phone/fax are not.",
            None))

add("solicitors-thread-cressingham-motor-finance-en",
    "Carrow & Pike LLP <recoveries@carrowpike-law.example>",
    "RE: Your client John Smith - Cressingham Motor Finance - our ref CP/CMF/40917", "2028-07-07 12:05",
    None,
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Sirs</p>
<p>We refer to your letter of 14 June and to our earlier correspondence below.</p>
<p>Our client, <b>Cressingham Motor Finance Ltd</b>, has now applied the proceeds of sale of the vehicle
to the account. The balance under hire purchase agreement <b>CMF-AG-228410</b> now stands at
<b>&pound;6,204.18</b>.</p>
<p>We are instructed to invite payment of the full balance by <b>31 July 2028</b>, or realistic
proposals by that date, failing which our client will consider issuing proceedings.</p>
<p>Yours faithfully<br>
Carrow &amp; Pike LLP<br>
Debt Recovery Department<br>
4 Chantry Yard, Norwich NR2 1QT | DX 5217 Norwich | T 01603 447 120<br>
Authorised and regulated by the SRA, number 604471 | VAT GB 447 1207 33</p>
<div style="border-left:2px solid #999;padding-left:8px;color:#555">
<p><b>From:</b> Carrow &amp; Pike LLP<br><b>Sent:</b> 02 May 2028 09:41<br>
<b>To:</b> Kanzlei Berger &amp; Roth<br><b>Subject:</b> Your client John Smith - our ref CP/CMF/40917</p>
<p>Pending sale of the vehicle, the arrears and termination sum amount to &pound;6,480.00.</p>
<div style="border-left:2px solid #bbb;padding-left:8px">
<p><b>From:</b> Kanzlei Berger &amp; Roth<br><b>Sent:</b> 18 April 2028 16:02</p>
<p>We act for Mr John Smith (date of birth 10 October 1975), Baker Street 221, 10115 Berlin.
Please let us have a statement of the debt. Our reference: SB-2028-0577.</p>
</div></div>
</body></html>""",
    html_only=True, charset="us-ascii", cte="7bit",
    truth=T("debt_statement", "K-2011", "Cressingham Motor Finance Ltd", "6204.18", "GBP",
            ["CP/CMF/40917", "CMF-AG-228410"], False,
            "HTML-only solicitors' reply with the thread quoted in nested bordered divs: the newest balance wins "
            "over the older £6,480.00; solicitors' ref in subject and quote, HP agreement in bold; DX, SRA number, "
            "VAT number and the firm's SB-… are not references; plain deadline '31 July 2028'.",
            "2028-07-31"))

add("joint-loan-eheleute-meyer-one-client",
    "Domstadt Kreditbank eG – Abwicklung <abwicklung@domstadt-kreditbank.example>",
    "Gemeinschaftsdarlehen Eheleute Meyer – Darlehensnr. 60 448 1127", "2028-07-10 10:18",
    """Sehr geehrte Damen und Herren,

Sie haben uns mitgeteilt, dass Sie Herrn Klaus Meyer, geb. 12.04.1978, vertreten.

Das Darlehen Nr. 60 448 1127 wurde von Herrn Klaus Meyer und Frau Brigitte Meyer
gemeinsam aufgenommen. Beide Darlehensnehmer haften als Gesamtschuldner für den vollen
Betrag; Frau Meyer wird nach unserer Kenntnis nicht von Ihnen vertreten und erhält ein
gesondertes Schreiben.

Nach Kündigung des Darlehens stellt sich die Forderung wie folgt dar:
  Restkapital                     8.950,00 EUR
  rückständige Raten/Zinsen         712,40 EUR
  Vorfälligkeits-/Verzugsschaden    214,90 EUR
  Forderung gesamt                9.877,30 EUR

Frau Meyer hat am 02.06.2028 eine Teilzahlung von 300,00 EUR geleistet; diese ist oben
bereits berücksichtigt.

Mit freundlichen Grüßen
Domstadt Kreditbank eG
Abteilung Sonderkredite · Zeichen SK/4-Mey
Genossenschaftsregister AG Köln GnR 771 · BIC DOMKDE33XXX
""",
    truth=T("debt_statement", "K-2001", "Domstadt Kreditbank eG", "9877.30", "EUR",
            ["60 448 1127", "SK/4-Mey"], False,
            "Joint loan of spouses (Gesamtschuldner): only Klaus Meyer (name + DOB) is a client, the wife "
            "Brigitte Meyer is not and must not be matched (also not to Karin Meier); the spouse's part payment "
            "of 300,00 is not the total; loan number in subject and body, the bank's Zeichen is a reference; "
            "GnR and BIC are not.",
            None))

add("one-creditor-two-accounts-combined-petrova",
    "Funkwerk Nordsee Mobil GmbH <forderungen@funkwerk-nordsee.example>",
    "Ihre Anfrage – Frau Olga Petrova – zwei Kundenkonten", "2028-07-12 08:50",
    """Sehr geehrte Damen und Herren,

zu Ihrer Mandantin Frau Olga Petrova, geb. 27.05.1988, bestehen bei uns zwei getrennte
Kundenkonten mit offenen Beträgen:

1) Mobilfunkvertrag, Kundenkonto FNM-3308-1177
   Rechnungen 02/2028 bis 04/2028 inkl. Mahnkosten           312,40 EUR

2) Festnetz/Internet, Kundenkonto FNM-3308-2054
   Schlussrechnung Nr. SR-2028-004471 nach Kündigung         188,15 EUR

Insgesamt offen aus beiden Verträgen:                        500,55 EUR

Bitte beachten Sie, dass die Konten getrennt geführt werden; Zahlungen ordnen Sie bitte
dem jeweiligen Kundenkonto zu.

Mit freundlichen Grüßen
Ihr Team Forderungsmanagement
Funkwerk Nordsee Mobil GmbH · Am Deich 12 · 26382 Wilhelmshaven
Hotline 04421 99 44 710 · AG Oldenburg HRB 207744 · USt-IdNr. DE 318 447 120
""",
    truth=T("debt_statement", "K-2010", "Funkwerk Nordsee Mobil GmbH", "500.55", "EUR",
            ["FNM-3308-1177", "FNM-3308-2054", "SR-2028-004471"], False,
            "One creditor, two separate customer accounts of the same client, each with its own sum; the mail "
            "itself states the combined total 'Insgesamt offen aus beiden Verträgen', which is recorded (stated, "
            "not computed); both account numbers and the final-bill number are references; hotline, HRB and "
            "USt-IdNr are not.",
            None))

add("one-bank-two-accounts-no-total-becker-en",
    "Kingsmere Bank plc <collections@kingsmere-bank.example>",
    "Mr L. Becker - credit card and current account", "2028-07-13 14:22",
    """Dear Sir or Madam

Thank you for your letter regarding Mr Lukas Becker (DOB 14/02/1999), whom we understand
you represent.

Mr Becker held two products with us during his exchange year in Manchester. They are
managed separately and each has its own balance:

  Kingsmere Classic credit card, account ending 4471 (card account ref KCC-55120-88)
      Balance as at 30 June 2028: GBP 1,284.62

  Student current account 20-44-71 / 31187720 (overdraft recall ref KOD-2210-07)
      Overdrawn balance as at 30 June 2028: GBP 642.10

Interest and charges on both accounts have been frozen for 60 days while you review
your client's position. Please quote each reference separately.

Yours faithfully

Collections & Recoveries
Kingsmere Bank plc, registered in England No. 02447120, FCA FRN 204471
""",
    charset="us-ascii", cte="7bit",
    truth=T("debt_statement", "K-2012", "Kingsmere Bank plc", None, None,
            ["KCC-55120-88", "KOD-2210-07"], True,
            "One bank, two separate accounts of the same client, two balances and no stated overall total: "
            "debt_amount null (never add them up), review 'total not stated'; the references are the two "
            "account refs - the card's last digits, the sort code/account number pair, company number and FCA "
            "FRN are not; the 60-day freeze is no payment deadline.",
            None))

add("client-oeztuerk-fwd-chain-newest-balance",
    "Fatma Öztürk <f.oeztuerk@example.org>",
    "Fwd: AW: Beitragsrückstand Hausratversicherung", "2028-07-17 20:11",
    """Hallo, hier ist die letzte Antwort von der Versicherung, die Zahl ist jetzt anders
als vorher. Was stimmt denn jetzt? Ich hab im Mai 250 euro bezahlt.
Fatma Öztürk

-------- Weitergeleitete Nachricht --------
Betreff: AW: Beitragsrückstand Hausratversicherung
Datum: 17.07.2028 15:03
Von: Ruhrtal Hausrat Versicherung AG <beitragsservice@ruhrtal-versicherung.example>
An: f.oeztuerk@example.org

Sehr geehrte Frau Öztürk,

vielen Dank für Ihre Zahlung von 250,00 EUR vom 20.05.2028. Unter Berücksichtigung dieser
Zahlung und der inzwischen fälligen Beiträge beträgt der Rückstand zum
Versicherungsschein HR-47-1102933 aktuell 734,20 EUR. Der Versicherungsschutz ruht
bis zum Ausgleich.

Mit freundlichen Grüßen
Beitragsservice, Ruhrtal Hausrat Versicherung AG

Am 02.05.2028 schrieb Ruhrtal Hausrat Versicherung AG:
> Sehr geehrte Frau Öztürk,
> zum Versicherungsschein HR-47-1102933 sind Beiträge in Höhe von 980,00 EUR offen.
> Bitte gleichen Sie den Betrag bis zum 20.05.2028 aus.
> Beitragsservice
""",
    truth=T("debt_statement", "K-2013", "Ruhrtal Hausrat Versicherung AG", "734.20", "EUR",
            ["HR-47-1102933"], False,
            "Client forwards a creditor chain from her own address: the newest creditor message's 734,20 wins "
            "over the older quoted 980,00 and over the client's own 250 euro payment; the old deadline "
            "20.05.2028 belongs to the superseded quoted demand, the newest message sets none.",
            None))

add("client-fischer-fwd-uk-student-landlord-en",
    "Anna-Lena Fischer <al.fischer@example.org>",
    "Fw: Final notice - rent arrears Room 4B", "2028-07-20 09:37",
    """Hi,
sorry this is in English, it's from my old student flat in Edinburgh. I thought this was
all settled when I moved out?? Can you include it in my case please.
Anna-Lena

> On 19 Jul 2028, at 17:45, Glenmor Student Living Ltd <arrears@glenmor-living.example> wrote:
>
> Dear Ms Fischer
>
> FINAL NOTICE - TENANCY ARREARS
> Tenant ref: GSL/ED/0931-4B     Property: 22 Lochend Court, Room 4B
>
> Rent due 01/03/2028 - 31/05/2028       GBP 1,440.00
> Less deposit applied                    GBP -390.00
> Cleaning charge (check-out report)      GBP 100.00
> Amount now owed                         GBP 1,150.00
>
> Please pay the amount now owed by 2 August 2028 at the latest. If we do not hear from
> you, the matter will be passed to our solicitors without further notice.
>
> Glenmor Student Living Ltd, Registered in Scotland SC 447120
> Tenancy deposit scheme cert. SDS-0044-7120
""",
    charset="utf-8",
    truth=T("debt_statement", "K-2008", "Glenmor Student Living Ltd", "1150.00", "GBP",
            ["GSL/ED/0931-4B"], False,
            "Client forwards an English final notice with Apple-Mail '>' quoting; creditor only in the quote; "
            "'Amount now owed' vs rent, deposit and cleaning lines; deposit-scheme certificate and company "
            "number are not references; deadline '2 August 2028' stated plainly inside the quote.",
            "2028-08-02"))


# ---- payment_plan_response (4) -------------------------------------------------------------------------------

add("lawyer-accepts-instalments-meier-outlook",
    "Kanzlei Sommerfeld Rechtsanwälte <forderung@sommerfeld-ra.example>",
    "AW: Ratenzahlungsangebot K. Meier – Grohmann Sanitär ./. Meier", "2028-07-21 11:05",
    """Sehr geehrte Damen und Herren,

namens und in Vollmacht der Sanitär Grohmann GmbH & Co. KG nehmen wir Bezug auf Ihr
Schreiben vom 06.07.2028. Unsere Mandantin ist mit der angebotenen Ratenzahlung von
monatlich 60,00 EUR grundsätzlich einverstanden, allerdings unter folgenden Bedingungen:

- die Raten sind jeweils zum 3. eines Monats auf unser Konto zu leisten,
- gerät Ihre Mandantin mit zwei Raten in Rückstand, wird der dann offene Restbetrag
  sofort fällig,
- während der Laufzeit werden keine weiteren Zinsen berechnet.

Die Forderung beläuft sich derzeit auf 2.315,80 EUR (Hauptforderung 1.980,00 EUR,
Zinsen und Kosten 335,80 EUR). Bitte bestätigen Sie uns die Bedingungen kurz schriftlich.

Mit freundlichen Grüßen
Sommerfeld · Rechtsanwältin
Unser Az.: 447/28 SO03
Kanzlei Sommerfeld Rechtsanwälte · Hohenzollernring 88 · 50672 Köln
Tel. 0221 9355 440 · USt-IdNr. DE 811 447 440

Von: Kanzlei Berger & Roth Schuldnerberatung
Gesendet: Donnerstag, 6. Juli 2028 09:15
An: forderung@sommerfeld-ra.example
Betreff: Ratenzahlungsangebot K. Meier – Grohmann Sanitär ./. Meier

Sehr geehrte Frau Kollegin Sommerfeld,

in Sachen Ihrer Mandantin gegen Frau Karin Meier, geb. 30.09.1982 (Ihr Az. 447/28 SO03,
Rechnung Nr. 2027-0815-G), bieten wir namens unserer Mandantin eine monatliche Rate von
60,00 EUR an. Unser Zeichen: SB-2028-0688.
""",
    truth=T("payment_plan_response", "K-2002", "Sanitär Grohmann GmbH & Co. KG", "2315.80", "EUR",
            ["447/28 SO03", "2027-0815-G"], False,
            "Creditor's lawyer accepts the firm's instalment offer with conditions (conditional acceptance) above "
            "an Outlook-quoted firm letter; 'K. Meier' must be Karin Meier (not Klaus Meyer) - the quoted letter "
            "gives full name + DOB; the firm's own rate 60,00 and its SB-… are not amount/reference; the invoice "
            "number only in the quoted firm letter; component figures are not the total; no payment deadline "
            "(monthly due day only).",
            None))

add("debt-buyer-counteroffer-petrowa-en",
    "Marlow Debt Recoveries Ltd <settlements@marlow-dr.example>",
    "Re: Settlement proposal - Ms O. Petrowa - MDR-3390417", "2028-07-24 16:48",
    """Dear Colleagues

Re: Ms O. Petrowa, Leipziger Str. 40, Berlin
Our reference: MDR-3390417
Original creditor: Pellbrook Home Shopping Ltd, account 88-2041-7793

Marlow Debt Recoveries Ltd purchased this account from Pellbrook Home Shopping Ltd
and notice of assignment was sent on 3 January 2028.

We have considered your proposal of GBP 20.00 per month. Unfortunately that would
take more than seven years to clear the balance of GBP 1,876.40. We are, however,
prepared to accept GBP 45.00 per month, or alternatively a one-off full and final
settlement of GBP 1,100.00 if received by 31 August 2028.

Please let us know which option your client prefers.

Kind regards

Settlements Team
Marlow Debt Recoveries Ltd | PO Box 7712 | Leicester LE1 9ZZ
Tel 0116 496 0712 | Registered in England 08844712 | ICO ZA447120
""",
    charset="us-ascii", cte="7bit",
    truth=T("payment_plan_response", "K-2010", "Marlow Debt Recoveries Ltd", "1876.40", "GBP",
            ["MDR-3390417", "88-2041-7793"], False,
            "Debt buyer counter-offers (45/month or a discounted settlement): payment_plan_response; the buyer "
            "owns the claim, the original creditor's account is still a reference; balance 1,876.40 vs the "
            "firm's 20.00 offer and the 1,100.00 settlement offer; client as 'O. Petrowa' (transliteration) + "
            "address; ICO and company numbers are not references; 31 August 2028 is the deadline the creditor "
            "sets for the settlement payment.",
            "2028-08-31"))

add("mother-fwd-instalment-confirmation-becker",
    "Sigrid Becker <sigrid.becker@t-net-mail.example>",
    "WG: Bestätigung Ratenzahlung - für Lukas", "2028-07-26 19:30",
    """Guten Abend,

mein Sohn Lukas Becker ist zur Zeit im Praktikum in Portugal und hat mich gebeten, Ihnen
dieses Schreiben weiterzuleiten, das an seine Heimatadresse ging. Er meinte, Sie hätten
das Ratenangebot geschickt.

Mit freundlichen Grüßen
Sigrid Becker

-----Original-Nachricht-----
Von: Wohnheimverwaltung Philosophenweg GmbH <mietkonto@philosophenweg-wohnen.example>
Gesendet: 24.07.2028 13:12
An: Lukas Becker
Betreff: Bestätigung Ratenzahlung / Mieterkonto PW-HD-2207

Sehr geehrter Herr Becker,

wir bestätigen Ihnen bzw. Ihrer Schuldnerberatung, dass wir der vorgeschlagenen
Ratenzahlung zustimmen: monatlich 80,00 EUR, beginnend im August 2028, bis zur
vollständigen Tilgung des Rückstands von derzeit 960,00 EUR (Mieten Februar bis April
2028 abzüglich Kaution).

Solange die Raten pünktlich eingehen, sehen wir von weiteren Maßnahmen ab.

Freundliche Grüße
Wohnheimverwaltung Philosophenweg GmbH
Tel. 06221 47 20 10 – Sparkassenkonto IBAN DE58 6725 0020 0009 4471 20
""",
    truth=T("payment_plan_response", "K-2012", "Wohnheimverwaltung Philosophenweg GmbH", "960.00", "EUR",
            ["PW-HD-2207"], False,
            "The client's mother forwards (Outlook-like 'Original-Nachricht' block) the creditor's acceptance of "
            "the firm's instalment plan: plain acceptance -> payment_plan_response; balance 960,00 vs the 80,00 "
            "instalment; tenant account only in the forwarded subject; no fixed payment date.",
            None))

add("joint-debt-koch-ex-wife-settlement",
    "Kurpfalz Möbel & Küchen Finanz GmbH <recht@kurpfalz-kuechenfinanz.example>",
    "Ihr Vergleichsangebot – Finanzierung Nr. KF-2025-88103, Eheleute Koch", "2028-07-31 10:40",
    """Sehr geehrte Damen und Herren,

wir danken für Ihren Vorschlag vom 19.07.2028, mit dem Sie für Ihren Mandanten Herrn
Stefan Koch eine Einmalzahlung von 1.200,00 EUR zur Erledigung anbieten.

Zur Klarstellung: Den Finanzierungsvertrag KF-2025-88103 haben Herr Stefan Koch und
Frau Nadine Koch-Berger gemeinsam unterzeichnet; beide haften als Gesamtschuldner.
Frau Koch-Berger zahlt seit März 2028 monatlich 75,00 EUR. Die Restforderung beträgt
heute 3.402,66 EUR.

Einen Betrag von 1.200,00 EUR können wir nicht annehmen. Wir bieten an, Herrn Koch gegen
Zahlung von 1.500,00 EUR aus der Gesamtschuld zu entlassen, sofern der Betrag bis
zum 31.08.2028 bei uns eingeht. Die Haftung von Frau Koch-Berger für den Rest bleibt
davon unberührt.

Mit freundlichen Grüßen
Kurpfalz Möbel & Küchen Finanz GmbH
Rechtsabteilung · Zeichen RA-KF/0917
Augustaanlage 19 · 68165 Mannheim · HRB 714471 AG Mannheim
""",
    truth=T("payment_plan_response", "K-2015", "Kurpfalz Möbel & Küchen Finanz GmbH", "3402.66", "EUR",
            ["KF-2025-88103", "RA-KF/0917"], False,
            "Joint debt of ex-spouses (Gesamtschuldner), only Stefan Koch is a client: counter-offer releasing him "
            "for 1.500,00 -> payment_plan_response; 'Restforderung' 3.402,66 is the stated total, not the firm's "
            "1.200,00, the counter-offer or the ex-wife's 75,00 instalments; deadline 31.08.2028 set by the "
            "creditor for the payment; HRB not a reference.",
            "2028-08-31"))


# ---- rejection (3) -------------------------------------------------------------------------------------------

add("lawyer-rejects-settlement-thomas-schulz",
    "Brandauer Rechtsanwälte <kanzlei@brandauer-ra.example>",
    "Baustoffhandel Rupp KG ./. Schulz, Thomas – Az. 2207/27-Br", "2028-08-02 09:12",
    """Sehr geehrte Kolleginnen und Kollegen,

in vorbezeichneter Angelegenheit hat unsere Mandantin, die Baustoffhandel Rupp KG, Ihren
außergerichtlichen Einigungsvorschlag vom 12.07.2028 für Herrn Thomas Schulz, geb.
22.01.1969, geprüft.

Unsere Mandantin lehnt den Vorschlag ab. Sie ist zu keinem Teilerlass bereit, auch nicht
zu einer Ratenvereinbarung; die titulierte Forderung (Vollstreckungsbescheid des AG
Hamburg-Altona vom 03.11.2027, Gesch.-Nr. 27-4471203-0-5) wird weiter vollstreckt.
Ein Gegenangebot wird nicht unterbreitet.

Zur Information: Die Forderung beträgt mit Stand 01.08.2028 insgesamt 4.209,33 EUR.

Mit freundlichen Grüßen
Brandauer
Rechtsanwalt
Brandauer Rechtsanwälte · Ballindamm 7 · 20095 Hamburg
Tel. 040 3200 4471 · Kanzleikonto IBAN DE32 2007 0000 0044 7120 00
""",
    truth=T("rejection", "K-2006", "Baustoffhandel Rupp KG", "4209.33", "EUR",
            ["2207/27-Br", "27-4471203-0-5"], False,
            "Flat refusal of the settlement, explicitly no counter-offer -> rejection, though a total is stated; "
            "Thomas (not Sabine) Schulz by first name + DOB; the lawyer's Az. (subject) and the creditor's "
            "Vollstreckungsbescheid number are references; IBAN and phone are not.",
            None))

add("guardian-fwd-scanned-rejection-wagner",
    "Betreuungsverein Wiesbaden-Rheingau e.V. – M. Keller <m.keller@btv-wiesbaden.example>",
    "Weiterleitung: Ablehnung Schuldenbereinigungsplan – Betreuter Peter Wagner", "2028-08-04 13:55",
    """Sehr geehrte Damen und Herren,

als gesetzliche Betreuerin von Herrn Peter Wagner (Aufgabenkreis Vermögenssorge) leite ich
Ihnen das beigefügte Schreiben weiter, das in unserer Post für Herrn Wagner einging. Es
handelt sich offenbar um die Antwort auf Ihren Plan.

Bitte teilen Sie mir mit, ob ich etwas veranlassen muss.

Mit freundlichen Grüßen
Miriam Keller
Vereinsbetreuerin
Betreuungsverein Wiesbaden-Rheingau e.V. · Tel. 0611 890 44 712
""",
    pdfs=[image_pdf("Ablehnung_Kurpark.pdf",
                    ["Wohnungsgesellschaft Kurpark mbH",
                     "Forderungsmanagement - Wiesbaden",
                     "",
                     "Betr.: Schuldenbereinigungsplan Peter Wagner",
                     "Mietkonto 0815-2210-33",
                     "",
                     "Sehr geehrte Damen und Herren,",
                     "dem aussergerichtlichen Schuldenbereinigungsplan",
                     "vom 15.07.2028 stimmen wir nicht zu.",
                     "Wir sehen uns auch nicht in der Lage, einen",
                     "anderen Vorschlag zu machen.",
                     "",
                     "Mit freundlichen Gruessen",
                     "i.A. Reusch"])],
    truth=T("rejection", "K-2009", "Wohnungsgesellschaft Kurpark mbH", None, None,
            ["0815-2210-33"], False,
            "A legal guardian (not the creditor) forwards a scanned refusal (image-only PDF): definitive "
            "refusal without counter-offer, no amount; the creditor and rent account only in the scan; the "
            "guardian's phone is not a reference.",
            None))

add("home-credit-rejects-non-client-en",
    "Thistlewood Home Credit Ltd <customer.relations@thistlewood-credit.example>",
    "Your proposal for Mr Daniel Krueger - declined", "2028-08-07 11:20",
    """Dear Sir or Madam

Customer: Mr Daniel Krueger, date of birth 04/09/1983
Loan account: THC-7741-0293

Thank you for your proposal of a token payment of GBP 5.00 per month.

We have reviewed the information provided and regret that we are unable to accept the
proposal. We will not be making an alternative offer at this stage and the account will
remain with our recoveries department.

Yours faithfully

Customer Relations
Thistlewood Home Credit Ltd, authorised by the FCA (FRN 714471)
""",
    charset="us-ascii", cte="7bit",
    truth=T("rejection", None, "Thistlewood Home Credit Ltd", None, None, ["THC-7741-0293"], True,
            "Clear refusal with no counter-offer; the debtor Daniel Krueger is not a client (no record with that "
            "name or DOB) -> client_id null and review; the firm's 5.00 token offer is no amount; FRN is not a "
            "reference.",
            None))


# ---- information_request (4) ---------------------------------------------------------------------------------

add("eheleute-schulz-which-spouse-ambiguous",
    "Alster Energie Service GmbH <kundenservice@alster-energie.example>",
    "Vertragskonto 30 7712 4410 – Eheleute Schulz, Gartenweg 3", "2028-08-08 08:35",
    """Sehr geehrte Damen und Herren,

Ihr Schreiben zum Vertragskonto 30 7712 4410 (Abnahmestelle Gartenweg 3, 20095 Hamburg)
haben wir erhalten. Der Liefervertrag läuft auf „Eheleute Schulz“; Vornamen sind bei uns
nicht hinterlegt.

Bevor wir Ihnen Auskunft über den Kontostand geben können, benötigen wir:
  1. die Angabe, welchen der Ehegatten Sie vertreten,
  2. eine von dieser Person unterschriebene Vollmacht,
  3. falls Sie beide Ehegatten vertreten, je eine Vollmacht.

Bitte senden Sie die Unterlagen unter Angabe des Vertragskontos an unsere
Postanschrift oder per E-Mail.

Mit freundlichen Grüßen
Kundenservice Forderungen
Alster Energie Service GmbH · Hotline 040 999 447 100
""",
    truth=T("information_request", None, "Alster Energie Service GmbH", None, None, ["30 7712 4410"], True,
            "Letter about 'Eheleute Schulz, Gartenweg 3' without first names: both Sabine (K-2005) and Thomas "
            "Schulz (K-2006) live there -> client_id null, review 'ambiguous client match', both candidates; "
            "the creditor asks which spouse is represented and for a Vollmacht -> information_request; hotline "
            "is not a reference.",
            None))

add("lawyer-wants-original-vollmacht-fischer-thread",
    "Rechtsanwalt Till Obenauer <obenauer@ra-obenauer.example>",
    "AW: Anfrage Forderungshöhe Fischer, Anna Lena – Küchenstudio Kernen", "2028-08-09 10:02",
    """Sehr geehrte Damen und Herren,

für die Küchenstudio Kernen GmbH bestätige ich den Eingang Ihrer Anfrage. Bevor ich
Ihnen die Forderungsaufstellung übermitteln kann, benötige ich eine Originalvollmacht
bzw. eine von Frau Fischer unterzeichnete Vollmacht mit Entbindung von der
Verschwiegenheit. Die mitgeschickte Kopie ist unleserlich.

Mein Aktenzeichen: OB 2028/0341
Kaufvertrag der Mandantin: KK-24-1170

Mit freundlichen Grüßen
Obenauer
Rechtsanwalt · Königstr. 51 · 70173 Stuttgart · Tel. 0711 2240 771

Am 01.08.2028 um 14:20 schrieb Kanzlei Berger & Roth Schuldnerberatung <posteingang@kanzlei-schuldnerberatung.example>:
> Sehr geehrter Herr Kollege,
> wir vertreten Frau Anna Lena Fischer, Schillerplatz 2, Stuttgart. Ihre Mandantin
> forderte zuletzt 3.760,00 EUR. Bitte teilen Sie uns die aktuelle Forderungshöhe mit.
> Vollmacht in Kopie anbei. Unser Zeichen: SB-2028-0741
""",
    truth=T("information_request", "K-2008", "Küchenstudio Kernen GmbH", None, None,
            ["OB 2028/0341", "KK-24-1170"], False,
            "The creditor's lawyer asks for an original power of attorney before giving figures, above the "
            "firm's own quoted enquiry: the 3.760,00 in the firm's quoted letter is not a creditor statement in "
            "this mail -> debt_amount null; 'Fischer, Anna Lena' without hyphen is Anna-Lena Fischer; the firm's "
            "SB-… is not a reference.",
            None))

add("debt-buyer-needs-vollmacht-hoffmann-html",
    "Forderungsmanagement Lausitz GmbH <service@fm-lausitz.example>",
    "Ihre Anfrage – Schuldnerin Hoffmann, M. – FML-2028-55817", "2028-08-10 15:15",
    None,
    html="""<html><body style="font-family:Verdana;font-size:9pt">
<table width="100%"><tr><td><b>Forderungsmanagement Lausitz GmbH</b><br>Spremberger Str. 12<br>03046 Cottbus</td>
<td align="right">Telefon 0355 4771 200<br>Telefax 0355 4771 209<br>HRB 14471 CB</td></tr></table>
<p>Sehr geehrte Damen und Herren,</p>
<p>betreffend <b>Hoffmann, M., geb. 03.03.1962</b> teilen wir mit, dass wir die Forderung der
Thüringer Versandhandel AG (Kundennummer <b>TV-118 2047</b>) im Jahr 2026 erworben haben.
Unser Aktenzeichen lautet <b>FML-2028-55817</b>.</p>
<p>Der Saldo beträgt derzeit <b>1.118,40 EUR</b>.</p>
<p>Bevor wir mit Ihnen über eine Regulierung sprechen, benötigen wir eine aktuelle, von der
Schuldnerin unterzeichnete Vollmacht sowie eine Kopie des Personalausweises (Vorderseite).
Bitte senden Sie uns die Unterlagen innerhalb von drei Wochen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Service-Team</p>
</body></html>""",
    html_only=True,
    truth=T("information_request", "K-2014", "Forderungsmanagement Lausitz GmbH", "1118.40", "EUR",
            ["FML-2028-55817", "TV-118 2047"], False,
            "HTML-only letterhead table; the debt buyer asks for a Vollmacht and ID first while stating the "
            "balance -> information_request with the amount; the buyer owns the claim, the original creditor's "
            "customer number is still a reference; 'Hoffmann, M.' + DOB; HRB/phone/fax are not references; "
            "'within three weeks' is a deadline for documents, not for payment.",
            None))

add("social-worker-en-creditor-wants-income-proof-smith",
    "Hannah Okafor <h.okafor@migrationsdienst-mitte.example>",
    "FW: Request for income and expenditure - J. Smith", "2028-08-11 12:40",
    """Dear all,

I support Mr John Smith at our migration counselling service. He asked me to pass on
the request below, which he received by e-mail; he says you are handling his debts.

Best regards
Hannah Okafor
Migrationsdienst Berlin-Mitte | Tel. 030 9018 44712

From: Ashcombe Utilities Ltd <accounts.support@ashcombe-utilities.example>
Sent: 10 August 2028 08:02
To: john.smith@example.org
Subject: Request for income and expenditure

Dear Mr Smith

Account number: AU-5541-0098-12

Before we can consider the repayment arrangement requested on your behalf, please send
us a completed income and expenditure form, your last three payslips or benefit letters
and written confirmation that your adviser may discuss the account with us.

Ashcombe Utilities Ltd, Customer Support
""",
    charset="us-ascii", cte="7bit",
    truth=T("information_request", "K-2011", "Ashcombe Utilities Ltd", None, None, ["AU-5541-0098-12"], False,
            "A migration counsellor forwards (Outlook-style English header block) the creditor's request for "
            "income documents and consent: information_request, no amount; client by name and his known "
            "e-mail address; counsellor's phone is not a reference.",
            None))


# ---- other (3) -----------------------------------------------------------------------------------------------

add("client-strauss-fwd-assignment-notice",
    "Jürgen Strauß <j.strauss@example.org>",
    "Fwd: Mitteilung über die Abtretung Ihrer Forderung", "2028-08-14 17:26",
    """Sehr geehrte Frau Roth,
jetzt schreibt noch eine andere Firma wegen dem Ratenkredit. Ist das Betrug? Bitte
prüfen Sie das. MfG J. Strauß-Köhler

----- Weitergeleitete Nachricht -----
Von: Vireo Consumer Finance AG <kundenservice@vireo-finance.example>
An: j.strauss@example.org
Datum: 11.08.2028
Betreff: Mitteilung über die Abtretung Ihrer Forderung

Sehr geehrter Herr Strauß-Köhler,

hiermit zeigen wir Ihnen an, dass wir unsere Forderung aus dem Ratenkreditvertrag
Nr. VCF-30-772104 mit Wirkung zum 01.08.2028 an die Kordes Portfolio GmbH, Düsseldorf,
abgetreten haben. Der offene Betrag belief sich zum Stichtag auf 1.305,90 EUR.

Zahlungen mit befreiender Wirkung können Sie ab sofort nur noch an die Kordes Portfolio
GmbH leisten. Diese wird sich unter dem Zeichen KP-2028-004471 bei Ihnen melden.

Mit freundlichen Grüßen
Vireo Consumer Finance AG
""",
    truth=T("other", "K-2004", "Kordes Portfolio GmbH", "1305.90", "EUR",
            ["VCF-30-772104", "KP-2028-004471"], False,
            "Client forwards the previous owner's notice of assignment: intent other even with a balance; the new "
            "owner Kordes Portfolio GmbH is the creditor (once written across a line break, once on one "
            "line); the previous owner's balance counts; both the old contract and the buyer's "
            "Zeichen are references; client writes as 'J. Strauß' / 'Strauß-Köhler'.",
            None))

add("court-office-registration-withdrawn-nothing-owed",
    "Amtsgericht Duisburg - Insolvenzabteilung <ik.geschaeftsstelle@ag-duisburg.example>",
    "62 IK 301/27 – Rücknahme einer Forderungsanmeldung", "2028-08-16 10:05",
    """Amtsgericht Duisburg – Insolvenzgericht

In dem Insolvenzverfahren über das Vermögen von Frau Fatma Öztürk, geb. 08.08.1980,
wird mitgeteilt:

Die Gläubigerin Niederrhein Wasser- und Abwasser GmbH hat ihre Forderungsanmeldung
vom 12.01.2028 (lfd. Nr. 7 der Tabelle, Kundennummer der Gläubigerin 410-2278-91)
mit Schreiben vom 09.08.2028 vollständig zurückgenommen. Nach Angabe der Gläubigerin
bestehen keine offenen Forderungen mehr, da die Beträge aus einer Guthabenverrechnung
ausgeglichen wurden.

Die Tabelle wird entsprechend berichtigt.

Auf Anordnung
Pawlak, Justizsekretärin
""",
    truth=T("other", "K-2013", "Niederrhein Wasser- und Abwasser GmbH", "0.00", "EUR", ["410-2278-91"], False,
            "The insolvency court's office reports that a creditor withdrew its claim registration because "
            "nothing is owed any more: other with amount 0.00; the court file number and the table's 'lfd. Nr. "
            "7' are not creditor references, the creditor's customer number is; Öztürk by name + DOB.",
            None))

add("trustee-office-receipt-confirmation",
    "Kanzlei Salm – Treuhandbüro <treuhand@kanzlei-salm.example>",
    "TH 204/27 Koch – Eingangsbestätigung Ihres Schreibens", "2028-08-18 09:40",
    """Sehr geehrte Damen und Herren,

hiermit bestätigen wir den Eingang Ihres Schreibens vom 14.08.2028 in der Sache
Stefan Koch (unser Zeichen TH 204/27) nebst Anlagen.

Die von Ihnen übersandten Gläubigerlisten haben wir zur Akte genommen. Eine inhaltliche
Stellungnahme erfolgt nach Rücksprache mit Frau Dr. Salm, die sich derzeit im Urlaub
befindet.

Mit freundlichen Grüßen
i.A. Yvonne Dressler
Treuhandbüro
""",
    truth=T("other", "K-2015", None, None, None, [], False,
            "A trustee's office confirms receipt of the firm's letter, written by a person and neither headed "
            "nor worded as automatic -> other (not auto_reply); no creditor claim at all: creditor, amount and "
            "references null/empty (the trustee's TH number is not a creditor reference); client Stefan Koch "
            "by name.",
            None))


# ---- auto_reply (3) ------------------------------------------------------------------------------------------

add("trustee-out-of-office",
    "RAin Dr. Irmgard Salm <i.salm@kanzlei-salm.example>",
    "Abwesenheitsnotiz: InsO-Verfahren Sabine Schulz – TH 118/27", "2028-08-21 07:02",
    """Dies ist eine automatisch erzeugte Abwesenheitsnotiz.

Ich bin bis zum 04.09.2028 nicht im Büro und kann Ihre Nachricht erst danach bearbeiten.
In Insolvenzsachen mit Fristablauf wenden Sie sich bitte an Frau Dressler,
treuhand@kanzlei-salm.example, Tel. 040 3099 7120.

Dr. Irmgard Salm
""",
    headers=AUTO_HEADERS,
    truth=AUTO("Trustee's out-of-office (Auto-Submitted/X-Autoreply headers, self-described automatic); the "
               "client name and trustee file number in the subject change nothing: all fields null."))

add("solicitors-auto-ack-with-quoted-figures-en",
    "Carrow & Pike LLP <no-reply@carrowpike-law.example>",
    "Automatic reply: RE: Your client John Smith - Cressingham Motor Finance", "2028-08-22 16:31",
    """This is an automatic acknowledgement. Please do not reply to this message.

Thank you for your email, which has been received by our Debt Recovery Department. A
member of the team will respond within five working days.

-----Original Message-----
From: Kanzlei Berger & Roth Schuldnerberatung
Sent: 22 August 2028 16:30
Subject: RE: Your client John Smith - Cressingham Motor Finance

Please confirm that the balance of GBP 6,204.18 on agreement CMF-AG-228410 is frozen while
our client's proposal is considered.
""",
    charset="us-ascii", cte="7bit", headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
    truth=AUTO("Solicitors' automatic acknowledgement that quotes the firm's own message with a balance and an "
               "agreement number: auto_reply, all fields null."))

add("client-own-out-of-office-echo",
    "Mehmet Yilmaz <m.yilmaz@example.org>",
    "Automatische Antwort: Unterlagen Wohnbau Weserbogen", "2028-08-24 14:03",
    """Hallo,

ich bin vom 20.08. bis 10.09.2028 im Urlaub in der Türkei und lese meine Mails nicht.
Dies ist eine automatische Antwort.

Bei Fragen zur Miete bitte an Frau Hansen vom Quartiersbüro (0421 361 774 02).

Mehmet Yilmaz
""",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    truth=AUTO("The client's own out-of-office reply to the firm (Auto-Submitted header, self-described "
               "automatic): auto_reply, all fields null even though it names a creditor."))


# --------------------------------------------------------------------------------------------------------------
# --check
# --------------------------------------------------------------------------------------------------------------

MIN_INTENTS = {"debt_statement": 12, "payment_plan_response": 4, "rejection": 3, "information_request": 3,
               "auto_reply": 3, "other": 2}
EARLIER = tuple(["dev"] + [f"dev{i}" for i in range(2, 26)])


if __name__ == "__main__":
    sys.exit(BATCH.main(sys.argv[1:],
                        earlier=EARLIER,
                        min_intents=MIN_INTENTS,
                        min_kinds={"text_pdf": 1, "image_pdf": 2, "html_only": 2},
                        max_body_lines=70))
