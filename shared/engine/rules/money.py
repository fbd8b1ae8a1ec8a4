"""Money tokens in text: find amounts in German and English notation and normalise them.

Recognised: "1.234,56 EUR", "1 234,56 €", "EUR 1.234,56", "€1,234.56", "£ 980.00", "2.500,-- Euro", "CHF 1'200.50",
the currencies of the firm's neighbours and creditors abroad ("1 234,56 zł", "1.234,56 Kč", "12.500,00 TL",
"SEK 4 200,00", "kr. 2.545,00") and bare "1234.56" / "1.234,56" (a bare number only counts when it has
decimals, so "3 Rechnungen" is no amount). Values are normalised to a decimal string with '.' and two decimals
("1234.56"). A crown written only as "kr" is Swedish, Danish or Norwegian: it takes the one crown code the same
text writes, else its currency is unknown (None) — the amount still counts as money.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_FOREIGN = {"pln": "PLN", "zł": "PLN", "zl": "PLN", "złotych": "PLN", "zlotych": "PLN", "czk": "CZK", "kč": "CZK",
            "kc": "CZK", "korun": "CZK", "sek": "SEK", "dkk": "DKK", "nok": "NOK", "huf": "HUF", "ron": "RON",
            "try": "TRY", "tl": "TRY", "₺": "TRY", "kr": None, "kr.": None, "kronor": "SEK", "kroner": None}
"""Currencies of creditors abroad by code, symbol or word; None: a crown of unknown country (see `_crown`)."""
_CURRENCY = (r"EUR|Euro|€|GBP|£|USD|US-?\$|\$|CHF|SFr\.?|Fr\.|₺|"
             r"(?<![^\W\d_])(?:(?-i:TRY|TL)|PLN|złotych|zlotych|zł|(?-i:zl)|CZK|korun|Kč|(?-i:Kc)|SEK|DKK|NOK|"
             r"HUF|RON|kronor|kroner|kr\.?)(?![^\W\d_])")
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
    key = token.lower().replace(" ", "")
    return _ISO.get(key) or _FOREIGN.get(key)


_CROWN_CODE = re.compile(r"(?<![^\W\d_])(?:SEK|DKK|NOK)(?![^\W\d_])")


def _crown(text: str) -> str | None:
    """The crown a text means by "kr": the one crown code it writes (SEK, DKK or NOK), else None."""
    codes = set(_CROWN_CODE.findall(text))
    return codes.pop() if len(codes) == 1 else None


def find_money(text: str, start: int = 0, end: int | None = None) -> list[Money]:
    """All amounts in text[start:end], in order; spans are offsets into `text`."""
    end = len(text) if end is None else end
    found: list[Money] = []
    crown: list[str | None] = []  # looked up once, when a bare "kr" is met
    for match in MONEY_RE.finditer(text, start, end):
        money = _to_money(match)
        if money is not None and money.currency is None and money.currency_span is not None:
            if not crown:
                crown.append(_crown(text))
            money = Money(money.value, crown[0], money.span, money.currency_span)
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
