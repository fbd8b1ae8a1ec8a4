"""Debtor date of birth and the payment deadline in German and English notations, returned as ISO dates."""

from __future__ import annotations

import pytest

from shared.engine.rules.dates import find_birth_dates, find_payment_deadlines
from shared.engine.rules.quoting import quote_map


@pytest.mark.parametrize("text, iso, written", [
    ("Klaus Meyer, geb. 01.02.1980", "1980-02-01", "01.02.1980"),
    ("geboren am 1. Februar 1980", "1980-02-01", "1. Februar 1980"),
    ("Geburtsdatum: 12.04.1978", "1978-04-12", "12.04.1978"),
    ("date of birth 1980-02-01", "1980-02-01", "1980-02-01"),
    ("DOB 01/02/1980", "1980-02-01", "01/02/1980"),
    ("D.O.B.: 3 March 1975", "1975-03-03", "3 March 1975"),
    ("born on 28 February 1965", "1965-02-28", "28 February 1965"),
])
def test_formats(text, iso, written):
    [finding] = find_birth_dates(text, "email_body")
    assert finding.value == iso
    assert text[finding.span[0]: finding.span[1]] == written


@pytest.mark.parametrize("text", ["geb. 31.02.1980", "Schreiben vom 12.04.2026", "DOB unknown"])
def test_invalid_or_unlabelled(text):
    assert find_birth_dates(text, "email_body") == []


@pytest.mark.parametrize("text, iso", [
    ("Kundin: Beispiel, Eva (geb. 03.07.81)", "1981-07-03"),
    ("date of birth 22-01-1969", "1969-01-22"),
    ("(born 2nd March\n1979)", "1979-03-02"),
    ("geb. 1.2.03", "2003-02-01"),
])
def test_two_digit_years_dashes_and_ordinals(text, iso):
    assert [f.value for f in find_birth_dates(text, "email_body")] == [iso]


@pytest.mark.parametrize("text, iso, written", [
    ("Der Betrag ist zahlbar bis 15.01.2027.", "2027-01-15", "15.01.2027"),
    ("Zahlungsfrist: 15.01.2027", "2027-01-15", "15.01.2027"),
    ("Die Forderung ist fällig am 3. Februar 2027.", "2027-02-03", "3. Februar 2027"),
    ("Wir bitten um Ausgleich bis zum 22.03.2027.", "2027-03-22", "22.03.2027"),
    ("Bitte veranlassen Sie die Zahlung von 1.234,56 EUR bis zum\n25.02.2027; danach", "2027-02-25", "25.02.2027"),
    ("Bitte überweisen Sie den Betrag bis spätestens 3. Februar 2027 auf unser Konto.", "2027-02-03",
     "3. Februar 2027"),
    ("Geht der Betrag nicht bis zum 25.01.2027 auf unserem Konto ein, übergeben wir", "2027-01-25", "25.01.2027"),
    ("sofern bis zum 24.02.2027 kein Zahlungseingang festzustellen ist.", "2027-02-24", "24.02.2027"),
    ("Please pay the total due by 15\xa0January\xa02027.", "2027-01-15", "15\xa0January\xa02027"),
    ("Due date: 15/01/2027", "2027-01-15", "15/01/2027"),
    ("payable by 2027-01-15", "2027-01-15", "2027-01-15"),
    ("zahlbar bis 15.01.27", "2027-01-15", "15.01.27"),  # a deadline's two-digit year is this century's
])
def test_payment_deadline_formats(text, iso, written):
    [finding] = find_payment_deadlines(text, "email_body")
    assert (finding.field, finding.value) == ("payment_deadline", iso)
    assert text[finding.span[0]: finding.span[1]] == written


@pytest.mark.parametrize("text", [
    "Wir bitten um Rückmeldung bis zum 15.12.2026.",  # a reply, not a payment
    "Unser Angebot gilt bis zum 31.03.2027.",
    "Ich bin bis zum 19.03.2027 im Urlaub.",
    "Wir haben Ihre Zahlung erhalten. Bitte melden Sie sich bis zum 01.02.2027.",  # the payment word is in
    "Zahlung erhalten am 01.12.2026, danke.",                                    # another sentence / no "bis"
    "Wir bitten um Ausgleich bis zum 30.11.",  # no year: which one is not written
    "zahlbar bis 31.02.2027",  # no such day
])
def test_no_payment_deadline(text):
    assert find_payment_deadlines(text, "email_body") == []


def test_a_deadline_in_quoted_history_is_an_old_one():
    text = "Wir bitten um Rückmeldung.\n\n> Wir bitten um Ausgleich bis zum 22.03.2026.\n"
    assert find_payment_deadlines(text, "email_body", quote_map(text)) == []
    assert [f.value for f in find_payment_deadlines(text, "email_body")] == ["2026-03-22"]
