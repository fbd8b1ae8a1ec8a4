"""Creditor name: signature company, agency acting for a creditor, assignment, and sender fallbacks."""

from __future__ import annotations

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
