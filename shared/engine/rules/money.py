"""Money tokens in text: find amounts in German and English notation and normalise them.

Recognised: "1.234,56 EUR", "1 234,56 €", "EUR 1.234,56", "€1,234.56", "£ 980.00", "2.500,-- Euro", "CHF 1'200.50" and bare
"1234.56" / "1.234,56" (a bare number only counts when it has decimals, so "3 Rechnungen" is no amount).
Values are normalised to a decimal string with '.' and two decimals ("1234.56").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_CURRENCY = r"EUR|Euro|€|GBP|£|USD|US-?\$|\$|CHF|SFr\.?|Fr\."
_NUMBER = (
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+[.,]\d{2}(?!\d)"  # "1 318,57 €": space-grouped, only with decimals
    r"|\d{1,3}(?:[.,']\d{3})+(?:[.,](?:\d{1,2}(?!\d)|-{1,2}))?"
    r"|\d+(?:[.,](?:\d{1,2}(?!\d)|-{1,2}))?"
)
MONEY_RE = re.compile(
    rf"(?:(?P<c1>{_CURRENCY})\s?)?(?<![\w.,\-/'])(?P<num>{_NUMBER})(?![\d]|[.,]\d)(?:\s?(?P<c2>{_CURRENCY}))?",
    re.I,
)
_ISO = {"eur": "EUR", "euro": "EUR", "€": "EUR", "gbp": "GBP", "£": "GBP", "usd": "USD", "$": "USD",
        "us$": "USD", "us-$": "USD", "chf": "CHF", "sfr": "CHF", "sfr.": "CHF", "fr.": "CHF"}


@dataclass(frozen=True)
class Money:
    """One amount found in a text: normalised value, ISO currency (or None) and character spans."""

    value: str
    currency: str | None
    span: tuple[int, int]
    currency_span: tuple[int, int] | None


def normalise_number(number: str) -> str | None:
    """'1.234,56' -> '1234.56', '2.500,--' -> '2500.00', '1,234.56' -> '1234.56'; None when not a number."""
    raw = re.sub(r"['\s]", "", number)
    if raw.endswith("-"):
        raw = raw.rstrip("-")[:-1] + ",00"
    last = max(raw.rfind("."), raw.rfind(","))
    if last != -1 and len(raw) - last - 1 in (1, 2):
        integer, decimals = raw[:last], raw[last + 1:]
    else:
        integer, decimals = raw, "0"
    integer = integer.replace(".", "").replace(",", "")
    try:  # more digits than Decimal's 28 of precision (a run of digits, not an amount) cannot be quantized
        return f"{Decimal(f'{integer or 0}.{decimals}').quantize(Decimal('0.01')):f}"
    except InvalidOperation:
        return None


def iso_currency(token: str | None) -> str | None:
    """Map a currency token ('€', 'Euro', 'GBP', ...) to its ISO code."""
    if not token:
        return None
    return _ISO.get(token.lower().replace(" ", ""))


def find_money(text: str, start: int = 0, end: int | None = None) -> list[Money]:
    """All amounts in text[start:end], in order; spans are offsets into `text`."""
    end = len(text) if end is None else end
    found: list[Money] = []
    for match in MONEY_RE.finditer(text, start, end):
        money = _to_money(match)
        if money is not None:
            found.append(money)
    return found


def _to_money(match: re.Match[str]) -> Money | None:
    number = match.group("num")
    cur_group = "c1" if match.group("c1") else "c2" if match.group("c2") else None
    has_decimals = bool(re.search(r"[.,](\d{1,2}|-{1,2})$", number))
    if cur_group is None and not has_decimals:
        return None
    value = normalise_number(number)
    if value is None:
        return None
    currency = iso_currency(match.group(cur_group)) if cur_group else None
    currency_span = match.span(cur_group) if cur_group else None
    return Money(value=value, currency=currency, span=match.span("num"), currency_span=currency_span)
