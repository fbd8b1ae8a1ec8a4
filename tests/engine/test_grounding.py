"""The grounding check drops values that do not occur in their claimed source, for any engine."""

from __future__ import annotations

import pytest

from shared.domain.mail import InboundMail
from shared.domain.results import ExtractionResult, Finding
from shared.engine import Document
from shared.engine.grounding import ground, is_grounded

MAIL = InboundMail(subject="Ihr Mandant Klaus Meyer, Az. 12 C 345/26", from_name="Stadtwerke Köln GmbH",
                   text="Gesamtforderung: 1.157,37 EUR\nKundennummer: KD-448812\ngeb. 12.04.1978\n"
                        "Restbetrag 2.500,-- Euro\nTotal due £980.00\nMeyer, Klaus")


def _f(field, value, source="email_body"):
    return Finding(field=field, value=value, confidence=0.9, source=source)


@pytest.mark.parametrize("finding", [
    _f("debt_amount", "1157.37"), _f("debt_amount", "2500.00"), _f("debt_amount", "980.00"),
    _f("currency", "EUR"), _f("currency", "GBP"), _f("reference_number", "KD-448812"),
    _f("reference_number", "KD 448812"), _f("reference_number", "12 C 345/26", "subject"),
    _f("debtor_name", "Klaus Meyer"), _f("debtor_date_of_birth", "1978-04-12"),
    _f("creditor_name", "Stadtwerke Köln GmbH", "sender"), _f("creditor_name", "stadtwerke koeln gmbh", "sender"),
])
def test_values_that_occur_are_kept(finding):
    assert is_grounded(finding, {"email_body": MAIL.text, "subject": MAIL.subject,
                                 "sender": MAIL.from_name}[finding.source])


@pytest.mark.parametrize("finding", [
    _f("debt_amount", "0.00"), _f("debt_amount", "1157.38"), _f("currency", "USD"),
    _f("reference_number", "KD-448813"), _f("debtor_name", "Hans Müller"), _f("debtor_date_of_birth", "1978-12-04"),
])
def test_invented_values_are_not(finding):
    assert not is_grounded(finding, MAIL.text)


def test_ground_drops_and_flags_and_knows_documents():
    result = ExtractionResult(findings=[_f("debt_amount", "99.99"), _f("reference_number", "KD-448812"),
                                        _f("debt_amount", "42.00", "pdf:a.pdf"), _f("debt_amount", "1.00", "pdf:b.pdf")])
    grounded = ground(result, MAIL, [Document("pdf:a.pdf", "a.pdf", "Summe 42,00 EUR")])
    assert [f.value for f in grounded.findings] == ["KD-448812", "42.00"]
    assert grounded.review_reasons == ["ungrounded value dropped: debt_amount"]


def test_zero_needs_a_nothing_owed_statement():
    assert is_grounded(_f("debt_amount", "0.00"), "Ihr Konto ist ausgeglichen.")


@pytest.mark.parametrize("text, iso", [
    ("Kundin: Beispiel, Eva (geb. 03.07.81)", "1981-07-03"),
    ("(born 2nd March\n1979)", "1979-03-02"),
])
def test_birth_dates_written_short_or_with_an_ordinal_are_grounded(text, iso):
    assert is_grounded(_f("debtor_date_of_birth", iso), text)
    assert not is_grounded(_f("debtor_date_of_birth", iso), text.replace("81", "812").replace("1979", "1978"))
