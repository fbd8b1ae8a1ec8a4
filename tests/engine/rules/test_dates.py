"""Debtor date of birth in German and English notations, returned as ISO dates."""

from __future__ import annotations

import pytest

from shared.engine.rules.dates import find_birth_dates


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
