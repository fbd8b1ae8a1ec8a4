"""Creditor name: signature company, agency acting for a creditor, assignment, and sender fallbacks."""

from __future__ import annotations

import pytest

from shared.engine.rules.creditor import find_creditor
from shared.engine.rules.quoting import quote_map
from tests.engine.mails import STATEMENT_DE, STATEMENT_EN, mail


def _best(m):
    findings = find_creditor(m, quote_map(m.text))
    return max(findings, key=lambda f: f.confidence) if findings else None


def test_signature_company_beats_display_name():
    best = _best(mail(STATEMENT_DE, from_name="Forderungsmanagement Stadtwerke Köln"))
    assert (best.value, best.source, best.note) == ("Stadtwerke Köln GmbH", "email_body", "signature, sender")
    assert best.confidence == 0.85


def test_signature_not_named_by_sender_is_less_certain():
    best = _best(mail(STATEMENT_DE, from_name="Max Mustermann", from_address="m.mustermann@example.org"))
    assert (best.value, best.note, best.confidence) == ("Stadtwerke Köln GmbH", "signature", 0.75)


def test_english_signature_skips_registration_line():
    assert _best(mail(STATEMENT_EN, from_name="Collections")).value == "Lowell Financial Ltd"


def test_agency_on_behalf_of_creditor_german():
    text = ("Sehr geehrte Damen und Herren,\n\nnamens und in Vollmacht unserer Mandantin, der Telekom Deutschland "
            "GmbH, zeigen wir die Forderung an.\n\nMit freundlichen Grüßen\n\nEOS Inkasso GmbH\n")
    best = _best(mail(text, from_name="EOS Inkasso"))
    assert best.value == "Telekom Deutschland GmbH" and best.note == "on behalf of"


def test_agency_on_behalf_of_creditor_english():
    text = "We act on behalf of Vodafone Limited in respect of the account below.\n\nRegards\nCabot Financial Ltd\n"
    assert _best(mail(text, from_name="Cabot")).value == "Vodafone Limited"


def test_im_auftrag_with_a_person_is_no_creditor():
    text = "Mit freundlichen Grüßen\n\nIm Auftrag\nMax Mustermann\n"
    best = _best(mail(text, from_name="Max Mustermann", from_address="max@example.org"))
    assert best.source == "sender"


def test_assignment_names_the_new_owner():
    text = ("Wir teilen mit, dass die Forderung gegen Ihren Mandanten an die Lowell Inkasso GmbH abgetreten wurde.\n\n"
            "Mit freundlichen Grüßen\nStadtwerke Köln GmbH\n")
    best = _best(mail(text))
    assert (best.value, best.note) == ("Lowell Inkasso GmbH", "assignment")


def test_assignment_english():
    text = "Please note the account has been assigned to Intrum UK Limited with effect from 1 March.\n"
    assert _best(mail(text, from_name="Shop Direct")).value == "Intrum UK Limited"


def test_display_name_fallback_with_span():
    m = mail("Danke für Ihr Schreiben.", from_name="  Sparkasse KölnBonn ")
    best = _best(m)
    assert (best.value, best.source) == ("Sparkasse KölnBonn", "sender")
    assert m.from_name[best.span[0]: best.span[1]] == "Sparkasse KölnBonn"


def test_domain_fallback_and_freemail():
    assert _best(mail("Hallo", from_name=None, from_address="info@stadtwerke-koeln.example")).value == \
        "stadtwerke-koeln"
    assert _best(mail("Hallo", from_name=None, from_address="someone@gmail.com")) is None


def test_agency_names_its_principal_in_passing_german():
    text = ("die Forderung unserer Auftraggeberin, der Elbtal Küchen GmbH, gegen Ihren Mandanten beträgt 90,00 EUR."
            "\n\nMit freundlichen Grüßen\nNord Inkasso GmbH\n")
    best = _best(mail(text, from_name="Nord Inkasso"))
    assert (best.value, best.note) == ("Elbtal Küchen GmbH", "on behalf of")


def test_principal_label_and_a_name_wrapped_over_a_line_break():
    text = ("Principal: Harbour Gas Ltd\n\nWe have returned the file to our principal, Harbour\nGas Ltd.\n\n"
            "Yours faithfully,\nAcme Recoveries Ltd\n")
    found = [f.value for f in find_creditor(mail(text, from_name="Acme Recoveries"), quote_map(text))
             if f.note == "on behalf of"]
    assert found == ["Harbour Gas Ltd", "Harbour Gas Ltd"]


def test_a_person_named_by_the_firm_as_its_client_is_no_creditor():
    text = "Wir vertreten unsere Mandantin Frau Erika Muster.\n\nMit freundlichen Grüßen\nKanzlei Beispiel\n"
    assert all(f.note != "on behalf of" for f in find_creditor(mail(text), quote_map(text)))


def test_medical_practice_in_the_signature():
    text = "Ihr Schreiben ist eingegangen.\n\nViele Grüße\nAnna Berg\nVerwaltung\nAugenklinik Am Rhein\n"
    best = _best(mail(text, from_name="Praxisteam", from_address="info@augen.example"))
    assert (best.value, best.note) == ("Augenklinik Am Rhein", "signature")


def test_company_in_front_of_its_registration_details():
    text = ("Regards,\nMoor Lending Servicing\nMoor Lending Ltd, Registered in England No. 0123456\n")
    best = _best(mail(text, from_name="Moor Lending Servicing", from_address="team@moor-lending.example"))
    assert best.value == "Moor Lending Ltd"


def test_brand_named_by_the_sender_beats_the_entity_on_a_registration_line():
    text = "Kind regards\nCards Team\nSkycard\nSky Bank Europe plc, Registered in Dublin No. 99\n"
    best = _best(mail(text, from_name="Skycard Collections", from_address="c@skycard.example"))
    assert best.value == "Skycard"


def test_many_cues_on_one_long_line_stay_linear():
    import time
    text = "of our client " * 3000 + "im Auftrag " * 3000
    started = time.monotonic()
    find_creditor(mail(text), quote_map(text))
    assert time.monotonic() - started < 2.0


def test_case_caption_names_the_principal_in_subject_and_body():
    text = "in der Angelegenheit Beispiel Leasing AG ./. Brandt, U. lehnt unsere Mandantin ab.\n\nMit freundlichen Grüßen\nKanzlei Muster Rechtsanwälte\n"
    best = _best(mail(text, subject="Re: Nordwind Wohnbau eG ./. Brandt", from_name="Kanzlei Muster"))
    assert best.note == "case caption" and best.value in {"Beispiel Leasing AG", "Nordwind Wohnbau eG"}
    assert _best(mail("Example Bank plc v Jones\n", subject="", from_name="X")).value == "Example Bank plc"


def test_a_person_before_the_caption_and_a_pronoun_after_it_are_no_caption():
    from shared.engine.rules.claimant import claimant_spans
    from shared.engine.rules.creditor import org_span
    assert list(claimant_spans("Brandt ./. Beispiel Energie GmbH", org_span)) == []
    assert list(claimant_spans("die Forderung der Beispiel GmbH gegen Ihre Mandantin", org_span)) == []


def test_more_agency_wordings():
    assert _best(mail("We act for Example Consumer Finance Ltd. Our reference is 1.\n", from_name="A")).value \
        == "Example Consumer Finance Ltd"
    text = "wir sind von der Beispiel Versand GmbH, Bremen, mit der Beitreibung beauftragt.\n"
    assert _best(mail(text, from_name="A")).value == "Beispiel Versand GmbH"
    assert _best(mail("Our client: Example Bank plc\n", from_name="A")).value == "Example Bank plc"
    text = "in der Angelegenheit meiner Mandantin, der Praxis am Markt MVZ GmbH, zu vertreten\n"
    assert _best(mail(text, from_name="A")).value == "Praxis am Markt MVZ GmbH"


def test_company_after_a_department_on_the_signature_line():
    text = "Your balance is shown below.\n\nKind regards,\nJane Doe\nCustomer Support, Example Energy Ltd\n"
    assert _best(mail(text, from_name="Example Energy Support")).value == "Example Energy Ltd"


def test_an_agency_signature_alone_is_an_uncertain_creditor():
    text = "Wir bitten um Zahlung.\n\nMit freundlichen Grüßen\nMuster Inkasso GmbH\n"
    best = _best(mail(text, from_name="Muster Inkasso"))
    assert best.value == "Muster Inkasso GmbH" and best.confidence <= 0.6


def test_a_claim_assigned_to_the_writer_makes_the_writer_the_owner():
    text = ("die Forderung der Alt Versand GmbH gegen Ihre Mandantin wurde an uns abgetreten.\n\n"
            "Mit freundlichen Grüßen\nNeu Forderungsankauf GmbH\n")
    best = _best(mail(text, from_name="Neu Forderungsankauf"))
    assert (best.value, best.note) == ("Neu Forderungsankauf GmbH", "assignment to the writer")


def test_a_department_line_in_the_signature_is_not_the_company():
    body = "Die Rechnung ist offen.\n\nViele Grüße\nJana Beispiel\nBuchhaltung\nMusterrad Handels GmbH · Weg 1 · 10115 Berlin\n"
    assert _best(mail(body, from_name="Musterrad Buchhaltung", from_address="buchhaltung@musterrad.example")
                 ).value == "Musterrad Handels GmbH"
    body = "The balance is due.\n\nKind regards,\nCustomer Services\nExample Assurance plc | Registered office 1 Road\n"
    assert _best(mail(body, from_name="Customer Services", from_address="cs@example-assurance.example")
                 ).value == "Example Assurance plc"
    body = "We accept.\n\nRegards,\nJo Doe\nCollections, Sample Lending Ltd\n"
    assert _best(mail(body, from_name="Sample Collections", from_address="collections@sample.example")
                 ).value == "Sample Lending Ltd"


def test_a_manager_writing_for_the_owner_names_the_owner():
    body = ("namens und im Auftrag der Eigentümerin, der Wohnanlage Lindenhof 2-4 GbR, antworten wir Ihnen.\n\n"
            "Mit freundlichen Grüßen\nHausverwaltung Beispiel GmbH\n")
    assert _best(mail(body, from_name="Hausverwaltung Beispiel GmbH")).value == "Wohnanlage Lindenhof 2-4 GbR"


def test_a_servicer_names_the_owner_it_acts_for():
    text = ("We act as servicer for Northgate Receivables Fund II Ltd, which purchased the account.\n\n"
            "Yours faithfully,\nResolutions Team\nKestrel Loan Servicing Ltd\n")
    assert _best(mail(text, from_name="Kestrel")).value == "Northgate Receivables Fund II Ltd"


def test_signature_company_before_a_middle_dot_and_phone():
    text = "Mit freundlichen Grüßen\nHenrike Lassen\nOstseeblick Wohnungsgenossenschaft eG · Tel. 0381 440 22-17\n"
    assert _best(mail(text, from_name="Ostseeblick Wohnungsgenossenschaft")).value == \
        "Ostseeblick Wohnungsgenossenschaft eG"


def test_a_compound_case_word_before_the_caption_is_not_part_of_the_name():
    best = _best(mail("anbei die Aufstellung als Scan.\n", subject="Forderungssache Sanitätshaus Lindner KG ./. Koch",
                      from_name="Kanzlei Dr. Pfeiffer"))
    assert (best.value, best.note) == ("Sanitätshaus Lindner KG", "case caption")
    # near miss: a name that merely contains "sache" stays whole
    from shared.engine.rules.claimant import claimant_spans
    from shared.engine.rules.creditor import org_span
    text = "Kindersachen Handel GmbH ./. Koch"
    assert [text[s:e] for s, e in claimant_spans(text, org_span)] == ["Kindersachen Handel GmbH"]


def test_im_auftrag_von_a_practice_and_the_owner_label_of_an_agency():
    text = ("im Auftrag von Zahnarztpraxis Dr. Ulrike Kessler, Gießen, machen wir folgende Forderung geltend:\n\n"
            "Mit freundlichen Grüßen\nPVS Beispiel GmbH · Abteilung Mahnwesen\n")
    assert _best(mail(text, from_name="PVS Beispiel")).value == "Zahnarztpraxis Dr. Ulrike Kessler"
    text = ("Aktennummer: 27-1\nGläubigerin: Küchenstudio Bachmann GmbH, Offenburg\n\nunsere Auftraggeberin lehnt ab."
            "\n\nMit freundlichen Grüßen\nKreditschutz Beispiel Inkasso GmbH\n")
    assert _best(mail(text, from_name="Kreditschutz Beispiel Inkasso GmbH")).value == "Küchenstudio Bachmann GmbH"


def test_an_earlier_creditor_label_names_no_owner():
    text = ("Ursprünglicher Gläubiger: Alt Versand GmbH\nDie Forderung wurde an uns abgetreten.\n\n"
            "Mit freundlichen Grüßen\nNeu Forderungsankauf GmbH\n")
    best = _best(mail(text, from_name="Neu Forderungsankauf"))
    assert best.value == "Neu Forderungsankauf GmbH"
    text = "Original creditor: Old Shop Ltd\nThe debt was assigned to us.\n\nRegards\nNew Debt Purchase Ltd\n"
    assert _best(mail(text, from_name="New Debt Purchase")).value == "New Debt Purchase Ltd"


def test_a_greeting_from_the_team_of_a_company_names_the_company():
    text = "anbei unser Schreiben.\n\nFreundliche Grüße\nIhr Team der Elster Teilzahlungskredit GmbH\n"
    assert _best(mail(text, from_name="Elster", from_address="post@elster.example")).value == \
        "Elster Teilzahlungskredit GmbH"


def test_the_mutual_insurers_legal_form():
    for form in ("a.G.", "a. G."):
        text = f"Der Rückstand ist offen.\n\nMit freundlichen Grüßen\nWeser-Ems Krankenversicherung {form}\n"
        assert _best(mail(text, from_name="Beitragsservice")).value == f"Weser-Ems Krankenversicherung {form}"
    # near miss: a sentence's full stop after a plain form is still dropped
    assert _best(mail("Wir schreiben im Auftrag der Beispiel Energie AG. Die Rechnung ist offen.\n",
                      from_name="A")).value == "Beispiel Energie AG"


def test_a_towns_cash_office_writes_for_the_town():
    text = ("Ihren Antrag lehne ich ab.\n\nIm Auftrag\nBrenner\n\nStadt Bad Wiesental, Stadtkasse, Rathausplatz 1\n"
            "Bankverbindung: IBAN DE62 6835 0048 0001 1204 47\n")
    best = _best(mail(text, from_name="Stadtkasse Bad Wiesental", from_address="stadtkasse@bad-wiesental.example"))
    assert best.value == "Stadt Bad Wiesental"
    # near miss: "Stadt" inside another word makes no town ("Stadtwerke" stays the utility)
    text = "Die Rechnung ist offen.\n\nMit freundlichen Grüßen\nStadtwerke Musterstadt\n"
    assert _best(mail(text, from_name="Stadtwerke Musterstadt")).value == "Stadtwerke Musterstadt"


def test_a_company_whose_name_begins_with_ihr_keeps_it():
    text = "Die Rechnung ist offen.\n\nMit freundlichen Grüßen\nIhr Platz Handels GmbH\n"
    assert _best(mail(text, from_name="Buchhaltung")).value == "Ihr Platz Handels GmbH"
    text = "The balance is due.\n\nKind regards\nYour Customer Team at Example Energy Ltd\n"
    assert _best(mail(text, from_name="Customer Team")).value == "Example Energy Ltd"


def test_department_around_the_company_in_the_display_name_is_dropped():
    for from_name, value in [("Beitragsservice Nordmark Rundfunk", "Nordmark Rundfunk"),
                             ("Ostwind Energie GmbH Kundenservice", "Ostwind Energie GmbH"),
                             ("Klinikum Südheide gGmbH Patientenabrechnung", "Klinikum Südheide gGmbH"),
                             ("Hartwell Private Hospital Accounts", "Hartwell Private Hospital")]:
        best = _best(mail("Sehr geehrte Damen und Herren,\n\nanbei.\n", from_name=from_name,
                          from_address="x@example.org"))
        assert best.value == value, from_name


def test_company_names_ending_in_department_like_words_are_kept():
    for from_name in ("Blackthorn Capital Recoveries", "Lowell Financial", "Kittiwake Collections"):
        best = _best(mail("Hello,\n\nsee attached.\n", from_name=from_name, from_address="x@example.org"))
        assert best.value == from_name


def test_department_only_display_name_gives_no_sender_name():
    best = _best(mail("Hallo,\n\nanbei.\n", from_name="Kundenservice", from_address="kundenservice@zv-eifel.example"))
    assert best.value == "zv-eifel" and best.note == "from address domain"


def test_department_signature_line_is_skipped_for_the_company_line():
    text = ("Der offene Betrag beläuft sich auf 1.486,20 EUR.\n\nMit freundlichen Grüßen\nPatientenabrechnung\n"
            "Klinikum Südheide gGmbH · Tel. 05141 880-4471\n")
    best = _best(mail(text, from_name="Klinikum Südheide gGmbH Patientenabrechnung",
                      from_address="patientenabrechnung@klinikum-suedheide.example"))
    assert best.value == "Klinikum Südheide gGmbH"


def test_lawyer_representing_a_practice():
    text = ("Sehr geehrte Kolleginnen und Kollegen,\n\nich vertrete die Zahnarztpraxis Dr. Konstantin Weyrich, "
            "Berlin-Mitte. Ihre Mandantin schuldet das Honorar.\n\nDr. Ines Lessing\nRechtsanwältin\n")
    best = _best(mail(text, from_name="Rechtsanwältin Dr. Ines Lessing", from_address="kanzlei@ra-lessing.example"))
    assert (best.value, best.note) == ("Zahnarztpraxis Dr. Konstantin Weyrich", "on behalf of")


def test_representing_a_person_names_no_creditor():
    text = "Sehr geehrte Damen und Herren,\n\nwir vertreten Frau Maria Hoffmann, geb. 03.03.1962.\n"
    assert all(f.note != "on behalf of" for f in find_creditor(mail(text), quote_map(text)))


def test_property_manager_for_the_landlord():
    text = ("Sehr geehrte Damen und Herren,\n\nals Verwalterin der Vermieterin Alsterblick Grundbesitz GmbH nehmen "
            "wir wie folgt Stellung.\n\nMit freundlichen Grüßen\nHausverwaltung Kranz & Söhne GmbH · Tel. 040 1\n")
    best = _best(mail(text, from_name="Hausverwaltung Kranz & Söhne GmbH", from_address="mieten@hv-kranz.example"))
    assert (best.value, best.note) == ("Alsterblick Grundbesitz GmbH", "on behalf of")


def test_agency_letterhead_client_label_names_the_principal():
    text = ("Dear Sir/Madam,\n\nOur ref: PR/33/0912\nClient: Tavistock Mail Order Ltd\n\nThe account has been "
            "returned to our client.\n\nYours faithfully\nPelham Recoveries Ltd | Company no. 07744120\n")
    best = _best(mail(text, from_name="Pelham Recoveries", from_address="closures@pelham-recoveries.example"))
    assert best.value == "Tavistock Mail Order Ltd"
    text = "Client: Mr John Smith\n\nYours faithfully\nPelham Recoveries Ltd | Company no. 07744120\n"
    assert _best(mail(text, from_name="Pelham Recoveries")).value != "Mr John Smith"


def test_broadcaster_collected_by_its_contribution_service():
    text = ("Beitragsservice · Im Auftrag von Nordmark Rundfunk, Anstalt des öffentlichen Rechts\n\n"
            "Sehr geehrte Damen und Herren,\n\nder Rückstand beträgt 291,40 EUR.\n")
    best = _best(mail(text, from_name="Beitragsservice Nordmark Rundfunk", from_address="b@nordmark.example"))
    assert (best.value, best.note) == ("Nordmark Rundfunk", "on behalf of")


# --- the company behind a trading name ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, named", [
    ("Hartwell Private Hospital is a trading name of Hartwell Healthcare Ltd, registered in England.", True),
    ("QuickPay, a trading style of Ardent Finance plc", True),
    ("FitNow ist eine Marke der Sportwerk Betriebs GmbH.", True),
    ("Our trading name of choice is simple.", False),  # no company after it
])
def test_a_brand_named_as_the_trading_name_of_a_company(text, named):
    from shared.engine.rules.creditor import names_trading_owner
    assert names_trading_owner(text) is named


def test_a_trading_name_in_an_attachment_asks_for_review_and_changes_no_creditor():
    from shared.engine import Document
    from shared.engine.rules import RulesEngine
    from shared.engine.rules.extraction import TRADING_NAME_REASON
    from tests.engine.mails import mail
    engine = RulesEngine()
    m = mail("Dear Sirs,\n\nplease find our letter attached.\n\nHartwell Private Hospital\nPatient Accounts\n",
             "Your client", from_name="Hartwell Private Hospital", from_address="accounts@hartwell.example")
    pdf = Document(source="pdf:letter.pdf", filename="letter.pdf",
                   text="Hartwell Private Hospital is a trading name of Hartwell Healthcare Ltd.")
    with_pdf = engine.extract(m, engine.classify(m, [pdf]), [pdf])
    without = engine.extract(m, engine.classify(m))
    creditors = [f.value for f in with_pdf.findings if f.field == "creditor_name"]
    assert creditors == [f.value for f in without.findings if f.field == "creditor_name"]
    assert "Hartwell Healthcare Ltd" not in creditors
    assert TRADING_NAME_REASON in with_pdf.review_reasons and TRADING_NAME_REASON not in without.review_reasons


def test_company_of_record_on_a_registration_line_below_its_card_brand():
    text = ("Yours faithfully\nAlderbank Card Services\n"
            "Alderbank plc, registered office 1 Mint Lane, London EC3N 4AB, no. 00447120\n")
    best = _best(mail(text, from_name="Alderbank Card Services", from_address="cards@alderbank.example"))
    assert best.value == "Alderbank plc"
    # near miss: a registration line of another company's name stays below the brand the sender names
    text = "Kind regards\nCards Team\nSkycard\nSky Bank Europe plc, Registered in Dublin No. 99\n"
    assert _best(mail(text, from_name="Skycard Collections", from_address="c@skycard.example")).value == "Skycard"


def test_luxembourg_legal_form_is_kept_whole():
    text = "wir vertreten die Averna Portfolio Invest S.à r.l., die die Forderung erworben hat."
    assert _best(mail(text, from_name="Rheinblick Inkasso")).value == "Averna Portfolio Invest S.à r.l."
    text = "wir vertreten die r.l. Werke in dieser Sache."  # near miss: a legal form alone names no company
    assert _best(mail(text, from_name="Rheinblick Inkasso")).value == "Rheinblick Inkasso"


def _all(m):
    return [(f.value, f.note) for f in find_creditor(m, quote_map(m.text))]


def test_a_titled_private_person_after_a_principal_cue_is_a_candidate():
    text = ("in vorbezeichneter Angelegenheit vertrete ich Herrn Jonas Albers, Hafenweg 3, Kiel.\n"
            "Ihre Mandantin, Frau Eva Lorenz, schuldet ihm 1.000,00 EUR.\n\nMit freundlichen Grüßen\nIda Brenner\n"
            "Rechtsanwältin\n")
    found = _all(mail(text, from_name="Rechtsanwältin Ida Brenner", from_address="kanzlei@brenner.example"))
    assert ("Jonas Albers", "on behalf of, person") in found
    assert not any("Lorenz" in value for value, _ in found)  # the debtor ("Ihre Mandantin") is no principal
    assert not any(value == "Rechtsanwältin" for value, _ in found)  # a label under the name, not a company


def test_the_child_a_beistand_acts_for_is_a_candidate_and_a_company_after_a_cue_is_no_person():
    text = "als Beistand des Kindes Mia Sommer, geb. 01.02.2016, fordern wir den Rückstand.\n"
    assert ("Mia Sommer", "on behalf of, person") in _all(mail(text, from_name="Kreis Nordheim Jugendamt"))
    text = "namens unserer Mandantin Frau Holm Verwaltung GmbH fordern wir 10,00 EUR.\n"
    assert not any(note == "on behalf of, person" for _, note in _all(mail(text)))


def test_a_label_before_a_colon_is_not_the_organisation():
    text = ("Zu zahlen bis 21.01.2028.\n\nBankverbindung: Kreiskasse Nordheim, IBAN DE71 3005 0000 0004 0127 15\n"
            "Dieses Schreiben wurde maschinell erstellt.\n")
    found = _all(mail(text, from_name="Kreiskasse Nordheim", from_address="kasse@nordheim.example"))
    assert "Bankverbindung" not in [value for value, _ in found]


def test_a_titled_person_is_no_organisation_but_a_practice_is():
    text = "Mit freundlichen Grüßen\nDr. Eva Brandt und Praxisteam\nTierarztpraxis Dr. Brandt · Ringstraße 5 · Köln\n"
    values = [v for v, _ in _all(mail(text, from_name="Verwaltung", from_address="info@brandt.example"))]
    assert "Tierarztpraxis Dr. Brandt" in values and "Dr. Eva Brandt" not in values


def test_a_person_s_surname_is_no_brand():
    text = "Mit freundlichen Grüßen\nVogel\nRechtsanwalt · Marktstr. 1 · Köln\n"
    values = [v for v, _ in _all(mail(text, from_name="RA Jens Vogel", from_address="vogel@vogel-recht.example"))]
    assert "Vogel" not in values and "Jens Vogel" in values  # the display name without the profession


@pytest.mark.parametrize("text, name", [
    ("Namens meiner Mandantin, der Malerbetrieb Ostwald e.K., fordere ich 10,00 EUR.", "Malerbetrieb Ostwald e.K."),
    ("Die Forderung wurde an die Harbour Receivables DAC, Dublin, verkauft und abgetreten.",
     "Harbour Receivables DAC"),
    ("Auftraggeberin: Lumora Europe S.à r.l. et Cie, S.C.A., Luxemburg", "Lumora Europe S.à r.l. et Cie, S.C.A."),
    ("wir sind von der Alpenpass Betriebs-AG (Innsbruck) mit der Einbringung der\nForderung beauftragt.",
     "Alpenpass Betriebs-AG"),
    ("dass wir die Autohaus Lindner GmbH & Co. KG anwaltlich vertreten.", "Autohaus Lindner GmbH & Co. KG"),
    ("we are acting on behalf of our client\nNoorderzon Energie B.V. in Arnhem.", "Noorderzon Energie B.V."),
])
def test_principals_with_complete_legal_forms(text, name):
    assert name in [value for value, _ in _all(mail(text, from_name="Agentur", from_address="a@agentur.example"))]


def test_the_buyer_of_a_claim_is_the_owner_not_the_seller_it_was_bought_from():
    text = ("die Mittelweg Forderungskauf AG hat die Forderung aus dem Kundenkonto K-1 von der\n"
            "Beispiel Versand GmbH erworben und uns mit dem Einzug beauftragt.\n")
    found = _all(mail(text, from_name="Nordsee Inkasso GmbH", from_address="a@nordsee.example"))
    assert ("Mittelweg Forderungskauf AG", "assignment, acquirer") in found
    assert not any(value == "Beispiel Versand GmbH" and note == "on behalf of" for value, note in found)


def test_english_assignment_of_all_rights():
    text = ("by an agreement dated 30 September 2027 we have sold and assigned all our rights, title and interest "
            "in this account to Greystone Receivables Ltd. The balance transferred was £ 612.45.\n")
    assert _best(mail(text, from_name="Brightline Mobile Ltd")).value == "Greystone Receivables Ltd"


def test_a_cut_off_name_takes_the_legal_form_the_body_writes():
    text = "Regards\nBirkenau Home Credit Ltd · FCA FRN 123456 · Company 99887766 · helpline 020 3880 4471 (9-5)\n"
    values = [v for v, _ in _all(mail(text, from_name="Birkenau Home Credit", from_address="x@birkenau.example"))]
    assert "Birkenau Home Credit Ltd" in values and "Birkenau Home Credit" not in values
    text = "Hej,\n\nyour proposal was passed to Fjordlys Pay AB for a decision.\n"
    found = _all(mail(text, from_name="Fjordlys Pay Collections", from_address="c@fjordlys.example"))
    assert ("Fjordlys Pay AB", "from display name, legal form from text") in found


def test_display_name_department_after_a_dash():
    best = _best(mail("Anbei die Rechnung.", from_name="Kreisklinik Nordstadt – Erlösmanagement"))
    assert (best.value, best.source) == ("Kreisklinik Nordstadt", "sender")


def test_a_department_or_document_word_before_a_company_is_no_part_of_its_name():
    text = "Mit freundlichen Grüßen\n\nBuchhaltung Seeblick Akademie GmbH\nTel. 040 123 45\n"
    assert "Seeblick Akademie GmbH" in [v for v, _ in _all(mail(text, from_name="Seeblick", from_address="a@b.example"))]
    text = "Anbei:\nForderungsaufstellung Talblick Autohaus GmbH ./. Meyer\n"
    assert "Talblick Autohaus GmbH" in [v for v, _ in _all(mail(text, from_name="Kanzlei", from_address="a@b.example"))]


def test_a_practice_named_after_its_owner_ends_with_the_owners_name_not_at_the_title():
    # dev25/010 and dev14/006 were read as "Zahnarztpraxis Dr." and "Tierklinik am Wiesengrund Dr."
    text = "im Namen und im Auftrag der Zahnarztpraxis Dr. med. dent. Corinna Hebel, Wiesbaden, fordern wir:\n"
    assert _best(mail(text, from_name="ZAV")).value == "Zahnarztpraxis Dr. med. dent. Corinna Hebel"
    text = "Auftraggeberin: Tierklinik am Wiesengrund Dr. Jansen & Partner, Berlin\n"
    assert _best(mail(text, from_name="Falkner Inkasso")).value == "Tierklinik am Wiesengrund Dr. Jansen & Partner"


def test_public_law_bodies_keep_their_legal_form_and_a_clubs_officer_is_no_part_of_its_name():
    # dev44's first score: "Förderbank für Bildung", "Studierendenwerk Neckartal" (AöR lost), "Kassenwart TuS …"
    signed = mail("Mit freundlichen Grüßen\nFörderbank für Bildung und Wohnen AöR\n", from_name="A")
    assert _best(signed).value == "Förderbank für Bildung und Wohnen AöR"
    assert _best(mail("Mit freundlichen Grüßen\nKassenwart TuS Blau-Weiß Ehrenfeld 1921 e.V.\n",
                      from_name="A")).value == "TuS Blau-Weiß Ehrenfeld 1921 e.V."
    m = mail("We act on behalf of Wexcombe University in this matter.\n", from_name="Harbour Collections")
    assert "Wexcombe University" in [f.value for f in find_creditor(m, quote_map(m.text))]  # an organisation
