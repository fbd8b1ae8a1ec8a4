"""Money as a kind: where a text states an amount, says that nothing is owed, or names a currency.

A money mention is a number the rules engine's money reader (`shared.engine.rules.money`) accepts — so digits
glued into a code ("KD-448812", "178-0") are none — with its currency next to it ("1.234,56 EUR", "£980.00"), or
a number with decimals and money wording near it ("Gesamtforderung: 1.157,37"); a crown of unknown country
("kr 1 200,00") is money without an ISO code. A number inside an IBAN or a phone line is never one, and a
currency-less one inside a date ("bis 30.11.") neither. 0.00 needs more than a "0,00" somewhere: the text must
say that nothing is owed, and not in a sentence addressed to machines.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from shared.engine.rules.amounts import NOTHING_OWED_RE, addresses_a_machine
from shared.engine.rules.money import Money, find_money, iso_currency

Span = tuple[int, int]

_MONEY_WORDING = re.compile(
    r"betrag|beträge|forderung|saldo|summe|gesamt|offen|rest|schuld|rückst|zahl|kosten|zinsen|gebühr|rate\b|"
    r"\b(?:total|balance|amount|due|ow(?:e|ed|es|ing)|outstanding|payable|sum|debt|arrears|pay|paid|interest|fees?|"
    r"charges?|costs?|figure|settlement|principal)\b",
    re.I)
_WORDING_BEFORE, _WORDING_AFTER = 100, 40
_NOT_MONEY = [
    re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{1,4}){3,8}\b"),  # an IBAN: "DE89 3704 0044 0532 0130 00"
    re.compile(r"(?<![^\W\d_])(?:tel|telefon|fax|telefax|fon|phone|mobil|mobile|handy|hotline)\.?[ \t]*(?:nr\.?|no\.?)?"
               r"[ \t]*:?[ \t]*[+(]?\d[\d \t()/.+-]{3,24}\d", re.I),  # a phone line: "Tel. 0221 178-0"
]
_DATE = re.compile(r"(?<!\d)\d{1,2}\.\d{1,2}\.(?:\d{2,4})?(?!\d)|(?<!\d)\d{1,2}/\d{1,2}/\d{2,4}(?!\d)|"
                   r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")
_ZERO_STATED = re.compile(
    r"nichts\s+(?:mehr\s+)?(?:offen|zu\s+(?:zahlen|bezahlen)|schuldig)|nothing\s+(?:more\s+)?(?:to\s+pay|left\s+"
    r"to\s+pay)|(?:saldo|restbetrag|restschuld|restforderung|gesamtforderung|offene[rn]?\s+(?:betrag|forderung|"
    r"saldo)|balance|total\s+(?:due|outstanding|owed)|amount\s+(?:due|outstanding|owed))[^\d\n]{0,20}?"
    r"(?:eur\b|euro\b|€|£|gbp\b|chf\b|usd\b|pln\b|zł|czk\b|kč|sek\b|dkk\b|nok\b|kr\.?)?\s*0[,.]00(?!\d)",
    re.I)
"""Nothing owed in other words than the rules engine's: "nichts offen", "Saldo: 0,00 EUR", "balance £0.00"."""
_WORDS = {"euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "dollar": "USD",
          "dollars": "USD", "franken": "CHF", "francs": "CHF", "franc": "CHF"}
_CURRENCY_WORD = re.compile(r"(?<![^\W\d_])(?:eur|euros?|gbp|usd|chf|pounds?|sterling|dollars?|franken|francs?|"
                            r"(?-i:PLN|CZK|SEK|DKK|NOK|HUF|RON|TRY)|złotych|zł|kč|kronor)(?![^\W\d_])|€|£|₺|"
                            r"(?<![^\W\d_])(?:us-?)?\$", re.I)


@lru_cache(maxsize=32)  # asked once per amount and per reference finding, about the same few texts of one email
def money_mentions(text: str) -> tuple[Money, ...]:
    """The amounts `text` states as money, in order (see the module docstring)."""
    masked = [m.span() for pattern in _NOT_MONEY for m in pattern.finditer(text)]
    dates = [m.span() for m in _DATE.finditer(text)]
    mentions = []
    for money in find_money(text):
        if _inside(money.span, masked) or (money.currency_span is None and _inside(money.span, dates)):
            continue
        if money.currency_span is None and not _worded(text, money.span):  # "kr 1 200,00": a crown, country unknown
            continue
        mentions.append(money)
    return tuple(mentions)


def amount_spans(value: str, text: str) -> list[Span]:
    """Where `text` states the amount `value` ("1234.56"); for zero, where it says that nothing is owed.

    Raises ValueError when `value` is not a number."""
    try:
        amount = Decimal(value)
    except InvalidOperation as error:
        raise ValueError(f"not a number: {value!r}") from error
    if amount == 0:
        return nothing_owed_spans(text)
    return [money.span for money in money_mentions(text) if Decimal(money.value) == amount]


def nothing_owed_spans(text: str) -> list[Span]:
    """Where `text` says that nothing is owed, outside sentences that address a machine."""
    spans = [m.span() for pattern in (NOTHING_OWED_RE, _ZERO_STATED) for m in pattern.finditer(text)]
    return sorted(span for span in spans if not addresses_a_machine(text, span[0]))


def currency_spans(value: str, text: str) -> list[Span]:
    """Where `text` names the currency `value` (ISO code): a word or symbol, or a money mention's currency."""
    iso = value.strip().upper()
    spans = {m.span() for m in _CURRENCY_WORD.finditer(text) if _iso(m.group()) == iso}
    spans |= {money.currency_span for money in money_mentions(text) if money.currency == iso and money.currency_span}
    return sorted(spans)


def _iso(token: str) -> str | None:
    return _WORDS.get(token.lower()) or iso_currency(token)


def _inside(span: Span, spans: list[Span]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def _worded(text: str, span: Span) -> bool:
    """Money wording in the lines just before the number (not across a blank line) or just after it."""
    before = text[max(0, span[0] - _WORDING_BEFORE): span[0]].rpartition("\n\n")[2]
    after = text[span[1]: span[1] + _WORDING_AFTER].partition("\n")[0]
    return bool(_MONEY_WORDING.search(before) or _MONEY_WORDING.search(after))
