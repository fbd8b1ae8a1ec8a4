"""Where a text reads as a given value *as a given kind*: the evidence the grounding check asks of every engine.

One reader per kind, each returning the character spans in the text where the value is written as that kind:

- money: a money mention — a number in a money format with a currency next to it or money wording near it;
  0.00 only where the text says that nothing is owed (`money`)
- currency: the currency named as such, a word or symbol, or the currency of a money mention (`money`)
- reference: one contiguous code as written, inner separators allowed, never part of a longer code or of a
  money mention (`references`)
- person, organisation: the words of the value as one phrase, word-bounded, folded (`phrases`)
- date: a date written in any usual form that parses to the value (`dates`)

`WHAT_IT_IS_NOT` says, per kind, what a value without any span is not — the review reason's detail.
"""

from __future__ import annotations

from shared.engine.mentions.dates import date_spans
from shared.engine.mentions.money import amount_spans, currency_spans
from shared.engine.mentions.phrases import phrase_spans
from shared.engine.mentions.references import reference_spans

Span = tuple[int, int]

KINDS = ("money", "currency", "reference", "person", "organisation", "date")
WHAT_IT_IS_NOT = {
    "money": "not a money mention", "currency": "not a currency mention", "reference": "not one contiguous reference",
    "person": "not a phrase", "organisation": "not a phrase", "date": "not a date",
}


def spans_of(kind: str, value: str, text: str) -> list[Span]:
    """Every span of `text` that reads as `value` of `kind` (one of KINDS), in order; [] when none.

    Raises ValueError when `value` itself is no value of that kind (an amount that is not a number, a date that
    is not YYYY-MM-DD)."""
    if kind == "money":
        return amount_spans(value, text)
    if kind == "currency":
        return currency_spans(value, text)
    if kind == "reference":
        return reference_spans(value, text)
    if kind == "date":
        return date_spans(value, text)
    if kind in ("person", "organisation"):
        return phrase_spans(value, text, inverted=kind == "person")
    raise ValueError(f"unknown kind {kind!r}")
