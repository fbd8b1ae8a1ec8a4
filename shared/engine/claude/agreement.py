"""Engines check each other (CLAUDE_TRUST=agree): a field Claude states goes unreviewed only when the offline
engine independently reads the same value from the same email.

Claude's self-reported confidence is not a probability, and until labelled runs with a real key exist nothing
calibrates it. So every field Claude states is compared with the offline engine's consolidated reading of the
same mail and intent (`shared.engine.consolidate`, the value the rules engine would report; computed once per
extraction, no API call), as the field's kind in the field table (`shared.domain.fields`): amounts as Decimal,
currency as its ISO code, dates as ISO dates, each reference by `reference_key` (every reference Claude lists
must be among the offline engine's), organisations folded (case, accents, punctuation), persons also regardless
of word order, so "Meyer, Klaus" is "Klaus Meyer".

A field the offline engine reads differently, or not at all, keeps Claude's value but gets the review reason
"not confirmed by the offline engine: FIELD", so the report goes to a caseworker (a report needs review iff it
has a review reason). Agreement raises no confidence: it only decides whether a value may go unreviewed.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Callable

from shared.domain.client import reference_key, simplify
from shared.domain.fields import BY_FINDING, BY_NAME
from shared.domain.results import ExtractionResult, IntentResult
from shared.domain.review import distinct, reason
from shared.engine.consolidate import consolidate


def confirm_fields(claude: ExtractionResult, intent: IntentResult, offline: ExtractionResult) -> ExtractionResult:
    """`claude` with a review reason for every field it states that `offline` (the rules engine's extraction
    of the same mail) does not read alike; values are kept as Claude gave them."""
    theirs = consolidate(intent, offline).fields
    unconfirmed = []
    for finding in claude.findings:
        field = BY_FINDING[finding.field].name if finding.field in BY_FINDING else finding.field
        if not _confirmed(field, finding.value, theirs[field].value if field in theirs else None):
            unconfirmed.append(field)
    if not unconfirmed:
        return claude
    reasons = [*claude.review_reasons, *(reason("not_confirmed", field) for field in unconfirmed)]
    return claude.model_copy(update={"review_reasons": distinct(reasons)})


def _confirmed(field: str, value: str, offline: str | list[str] | None) -> bool:
    if offline is None or offline == [] or field not in BY_NAME:
        return False
    if BY_NAME[field].many:  # every value Claude lists must be among the offline engine's
        return any(same_value(field, value, theirs) for theirs in offline)
    return same_value(field, value, offline)


def same_value(field: str, one: str, other: str) -> bool:
    """Whether two readings of `field` (a field of the table) are the same value, compared as its kind (see the
    module docstring for each kind)."""
    return _SAME_BY_KIND[BY_NAME[field].kind](one, other)


def _same_amount(one: str, other: str) -> bool:
    return _amount(one) is not None and _amount(one) == _amount(other)


def _same_code(one: str, other: str) -> bool:
    return one.strip().upper() == other.strip().upper()


def _same_reference(one: str, other: str) -> bool:
    return bool(reference_key(one)) and reference_key(one) == reference_key(other)


def _same_person(one: str, other: str) -> bool:
    return sorted(_words(one)) == sorted(_words(other)) != []


def _same_organisation(one: str, other: str) -> bool:
    return _words(one) == _words(other) != []


_SAME_BY_KIND: dict[str, Callable[[str, str], bool]] = {
    "money": _same_amount, "currency": _same_code, "date": _same_code, "reference": _same_reference,
    "person": _same_person, "organisation": _same_organisation,
}


def _amount(value: str) -> Decimal | None:
    try:
        return Decimal(value).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return None


def _words(name: str) -> list[str]:
    return re.sub(r"[^0-9a-z]+", " ", simplify(name)).split()
