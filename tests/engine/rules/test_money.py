"""Money tokens: every supported notation normalises to a '.'-decimal string with two decimals."""

from __future__ import annotations

import pytest

from shared.engine.rules.money import find_money, normalise_number


@pytest.mark.parametrize("text, value, currency", [
    ("1.234,56 EUR", "1234.56", "EUR"),
    ("EUR 1.234,56", "1234.56", "EUR"),
    ("€1,234.56", "1234.56", "EUR"),
    ("£ 980.00", "980.00", "GBP"),
    ("2.500,-- Euro", "2500.00", "EUR"),
    ("1234.56", "1234.56", None),
    ("USD 75", "75.00", "USD"),
    ("CHF 1'200.50", "1200.50", "CHF"),
    ("0,00 €", "0.00", "EUR"),
    ("1 234,56 zł", "1234.56", "PLN"),
    ("Kwota: 2.480,00 PLN", "2480.00", "PLN"),
    ("1.234,56 Kč", "1234.56", "CZK"),
    ("48.750,00 TL", "48750.00", "TRY"),
    ("₺1.250,00", "1250.00", "TRY"),
    ("SEK 10 250,00", "10250.00", "SEK"),
    ("DKK 2.545,00", "2545.00", "DKK"),
])
def test_formats(text, value, currency):
    [money] = find_money(text)
    assert (money.value, money.currency) == (value, currency)
    assert text[money.span[0]: money.span[1]].replace("'", "")[:1].isdigit()


@pytest.mark.parametrize("text", ["geb. 12.04.1978", "insgesamt 3 Rechnungen", "Rechnung R-2026-00731",
                                  "Telefon: 0221 178-0"])
def test_non_amounts(text):
    assert find_money(text) == []


@pytest.mark.parametrize("raw, expected", [("1.234", "1234.00"), ("1,5", "1.50"), ("1,234.56", "1234.56"),
                                           ("2.500,-", "2500.00")])
def test_normalise_number(raw, expected):
    assert normalise_number(raw) == expected


def test_space_grouped_thousands_only_with_decimals():
    [money] = find_money("Zu zahlen insgesamt   12 318,57 €")
    assert (money.value, money.currency) == ("12318.57", "EUR")
    assert [m.value for m in find_money("PLZ 35037 Marburg, Haus 21 500 EUR")] == ["500.00"]


def test_a_crown_takes_the_one_crown_code_its_text_writes_else_stays_unknown():
    [money] = find_money("Skolavgift kr 14 350,00")
    assert (money.value, money.currency) == ("14350.00", None) and money.currency_span is not None
    found = find_money("Saldo SEK 10 250,00; vi godtar kr 6 000,00")
    assert [(m.value, m.currency) for m in found] == [("10250.00", "SEK"), ("6000.00", "SEK")]
    assert [m.currency for m in find_money("kr. 2.545,00 (DKK), tidligere NOK 12,00")] == [None, "NOK"]


def test_currency_words_of_other_languages_need_their_case_or_a_boundary():
    assert [m.currency for m in find_money("I will try 12,50 now")] == [None]  # "try" is no lira
    assert find_money("5 Tl Zucker") == [] and find_money("Kronen 5") == []
    assert [(m.value, m.currency) for m in find_money("TRY 1.200,50")] == [("1200.50", "TRY")]
