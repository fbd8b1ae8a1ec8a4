"""Second opinion: a required field the model is unsure of is challenged by the offline engine.

When Claude's best value for one of the intent's required fields (for references: any of them) has confidence
below `UNSURE`, the rules engine's reading of the same email is consulted (no second API call; computed at most
once). If the rules engine found a different value, neither is trusted: the field's findings are dropped and the
review reason "engines disagree: FIELD" is added (for references, only the unsure ones the rules do not
confirm). If both agree, or the rules found nothing, Claude's value stands (its confidence still sends the
report to review).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Callable

from shared.domain.client import reference_key, simplify
from shared.domain.results import ExtractionResult, Finding, IntentResult
from shared.engine.consolidate import REQUIRED, pick_best

UNSURE = 0.6
_FINDING_FIELD = {"reference_numbers": "reference_number"}


def challenge(result: ExtractionResult, intent: IntentResult,
              rules_extract: Callable[[], ExtractionResult]) -> ExtractionResult:
    """`result` with unsure required fields checked against the offline engine (see module docstring)."""
    unsure = []
    for field in REQUIRED.get(intent.intent, ()):
        name = _FINDING_FIELD.get(field, field)
        candidates = [f for f in result.findings if f.field == name]
        best = pick_best(candidates)
        if name == "reference_number" and any(f.confidence < UNSURE for f in candidates):
            unsure.append((field, name, best))  # a list: any unsure reference is worth a second look
        elif best is not None and best.confidence < UNSURE:
            unsure.append((field, name, best))
    if not unsure:
        return result
    rules = rules_extract()
    findings, reasons = list(result.findings), list(result.review_reasons)
    for field, name, best in unsure:
        theirs = [f for f in rules.findings if f.field == name]
        if not theirs:
            continue
        if name == "reference_number":  # each unsure reference stands or falls on its own
            doubted = [f for f in findings if f.field == name and f.confidence < UNSURE
                       and not _same(name, f.value, [t.value for t in theirs])]
            if doubted:
                findings = [f for f in findings if f not in doubted]
                reasons.append(f"engines disagree: {field}")
            continue
        if not _same(name, best.value, [pick_best(theirs).value]):
            findings = [f for f in findings if f.field != name]
            if name == "debt_amount":
                findings = [f for f in findings if f.field != "currency"]
            reasons.append(f"engines disagree: {field}")
    return result.model_copy(update={"findings": findings, "review_reasons": reasons})


def _same(field: str, value: str, others: list[str]) -> bool:
    return any(_key(field, value) == _key(field, other) for other in others)


def _key(field: str, value: str) -> str:
    if field == "debt_amount":
        try:
            return str(Decimal(value).quantize(Decimal("0.01")))
        except InvalidOperation:
            return value
    if field == "reference_number":
        return reference_key(value)
    return " ".join(simplify(value).split())
