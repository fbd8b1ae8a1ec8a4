"""Consolidation: merge an engine's findings into one value per field, with confidence and review reasons.

Fields: those of the field table (`shared.domain.fields`), e.g. creditor_name, debt_amount, currency,
reference_numbers (a list), debtor_name. Every field is present in the result; an absent one has value None and
confidence 0. The result is deterministic: ties are broken by source order (subject, email_body, sender) and
position.

Corroboration: when several non-quoted findings state the same value (the debtor in subject and body, a
reference in both), the field's confidence is their noisy-or, 1 - prod(1 - c), capped at CORROBORATION_CAP.

Auto-approval: an engine with a calibration file (`shared.engine.calibration`, the offline rules engine) is
judged by it: every stated field and the intent must reach the calibrated threshold, otherwise a review reason
names each one that does not. An engine without one (Claude) keeps the confidence routes: only "high" (the
weakest link at >= 0.85) skips review.
"""

from __future__ import annotations

from statistics import mean

from shared.domain.client import fold, reference_key
from shared.domain.fields import BY_NAME, FIELD_NAMES, FIELDS as TABLE, required_for
from shared.domain.results import INTENTS, Consolidation, ExtractionResult, FieldValue, Finding, IntentResult
from shared.domain.review import ReviewReason, reason
from shared.engine.calibration import Calibration, for_engine

PASSED_ON = "passed on as current"
"""Note on a quoted total that the newest message forwards as the current statement (engine findings)."""
FIELDS = FIELD_NAMES
REQUIRED: dict[str, tuple[str, ...]] = {intent: required_for(intent) for intent in INTENTS}
_OWN_RULES = ("debt_amount", "currency", "reference_numbers")
"""Fields merged by their own rules below; every other field of the table is its best finding."""
HIGH, MEDIUM = 0.85, 0.6
CORROBORATION_CAP = 0.99
_SOURCE_ORDER = {"subject": 0, "email_body": 1, "sender": 2}


def consolidate(intent: IntentResult, extraction: ExtractionResult, calibration_for=for_engine) -> Consolidation:
    """Merge `extraction.findings` into per-field values and judge the result against `intent`.

    overall_confidence is the weakest link: min(intent confidence, mean confidence of the intent's required
    fields, a missing field counting 0). With no required fields it is the intent confidence. The route is
    "high" at >= 0.85, "medium" at >= 0.6, else "low". `calibration_for(engine)` gives the engine's
    Calibration or None (see the module docstring); intent and extraction must come from the same engine.
    """
    by_field: dict[str, list[Finding]] = {}
    for finding in extraction.findings:
        by_field.setdefault(finding.field, []).append(finding)
    reasons: list[ReviewReason] = []
    fields = {name: FieldValue(value=None, confidence=0.0) for name in FIELDS}
    for field in TABLE:
        if field.name not in _OWN_RULES and (best := pick_best(by_field.get(field.finding, []))):
            fields[field.name] = _value(best, extraction.engine, by_field[field.finding])
    if fields["debtor_name"].value:
        fields["debtor_name"] = _completed_name(fields["debtor_name"], by_field["debtor_name"], extraction.engine)
    amount = _debt_amount(by_field.get("debt_amount", []), extraction.engine, reasons)
    fields["debt_amount"] = amount
    fields["currency"] = _currency(by_field.get("currency", []), amount, extraction.engine)
    fields["reference_numbers"] = _references(by_field.get("reference_number", []), extraction.engine)
    required = REQUIRED.get(intent.intent, ())
    missing = [name for name in required if not fields[name].value]
    overall = _overall(intent.confidence, [fields[name] for name in required])
    route = "high" if overall >= HIGH else "medium" if overall >= MEDIUM else "low"
    calibration = _calibration(intent, extraction, calibration_for)
    judged = _route_reasons(route) if calibration is None else calibrated_reasons(calibration, intent, fields)
    reasons = _review_reasons(judged, missing, reasons, extraction.review_reasons)
    return Consolidation(fields=fields, missing_fields=missing, overall_confidence=overall,
                         confidence_route=route, review_reasons=reasons)


def pick_best(findings: list[Finding]) -> Finding | None:
    """The best finding: non-quoted over quoted, then higher confidence, then earlier source and position."""
    if not findings:
        return None
    return min(findings, key=_rank)


def _rank(finding: Finding) -> tuple:
    position = finding.span[0] if finding.span else 0
    return finding.quoted, -finding.confidence, _SOURCE_ORDER.get(finding.source, 3), position


def _value(finding: Finding, engine: str, all_findings: list[Finding] = ()) -> FieldValue:
    """The FieldValue for `finding`, its confidence raised by agreeing findings (see module docstring)."""
    return FieldValue(value=finding.value, confidence=corroborated(finding, all_findings), source=finding.source,
                      span=finding.span, engine=engine)


def corroborated(finding: Finding, all_findings: list[Finding], key=lambda value: value) -> float:
    """Noisy-or confidence of `finding` and the other non-quoted findings whose key(value) equals its own."""
    same = [f for f in all_findings if f is not finding and not f.quoted and key(f.value) == key(finding.value)]
    if finding.quoted or not same:
        return finding.confidence
    doubt = 1.0 - finding.confidence
    for other in same:
        doubt *= 1.0 - other.confidence
    return round(min(CORROBORATION_CAP, 1.0 - doubt), 3)


def _surname(name: str) -> str:
    words = name.partition(",")[0].split() if "," in name else name.split()
    return fold(words[-1]) if words else ""


def _completed_name(chosen: FieldValue, findings: list[Finding], engine: str) -> FieldValue:
    """A bare surname ("Ms Fischer" in a subject) completed by a fuller name with the same surname found
    elsewhere in the mail, quoted history included ("Frau A. Fischer"): the same person, better identified."""
    if len(chosen.value.replace(",", " ").split()) != 1:
        return chosen
    fuller = [f for f in findings if len(f.value.replace(",", " ").split()) > 1
              and _surname(f.value) == fold(chosen.value)]
    if not fuller:
        return chosen
    best = pick_best(fuller)
    return FieldValue(value=best.value, confidence=chosen.confidence, source=best.source, span=best.span,
                      engine=engine)


def _debt_amount(findings: list[Finding], engine: str, reasons: list[ReviewReason]) -> FieldValue:
    """The stated total; distinct totals in the newest part give None and "conflicting totals"."""
    newest = {f.value for f in findings if not f.quoted}
    if len(newest) > 1:
        reasons.append(reason("conflicting_totals"))
        return FieldValue(value=None, confidence=0.0, engine=engine)
    passed_on = [f for f in findings if f.quoted and f.note == PASSED_ON]
    if findings and not newest and len({f.value for f in passed_on}) == 1:
        return _value(pick_best(passed_on), engine, passed_on)  # a forwarded statement the writer passes on
    if findings and not newest:  # the newest message states no figure: older quoted figures are not current
        reasons.append(reason("total_only_in_quoted_history"))
        return FieldValue(value=None, confidence=0.0, engine=engine)
    best = pick_best(findings)
    return _value(best, engine, findings) if best else FieldValue(value=None, confidence=0.0)


def _currency(findings: list[Finding], amount: FieldValue, engine: str) -> FieldValue:
    """The currency written next to the chosen amount; else the best currency finding if all agree."""
    if amount.span is not None:
        for finding in findings:
            if finding.source == amount.source and finding.note == f"for amount at {amount.span[0]}":
                return _value(finding, engine)
    if amount.value is None:  # a currency belongs to the amount; none without one
        return FieldValue(value=None, confidence=0.0)
    if findings and len({f.value for f in findings if not f.quoted} or {f.value for f in findings}) == 1:
        return _value(pick_best(findings), engine)
    return FieldValue(value=None, confidence=0.0)


def _references(findings: list[Finding], engine: str) -> FieldValue:
    """Distinct references (by reference_key) in order of appearance, quoted ones too: the creditor side's
    numbers in quoted or forwarded parts are still its references (the firm's own are never found)."""
    chosen = findings
    chosen = sorted(chosen, key=lambda f: (_SOURCE_ORDER.get(f.source, 3), f.span[0] if f.span else 0))
    values: list[str] = []
    kept: list[Finding] = []
    seen: set[str] = set()
    for finding in chosen:
        key = reference_key(finding.value)
        if key and key not in seen:
            seen.add(key)
            values.append(finding.value)
            kept.append(finding)
    if not kept:
        return FieldValue(value=None, confidence=0.0)
    confidence = min(corroborated(f, findings, reference_key) for f in kept)
    return FieldValue(value=values, confidence=confidence, source=kept[0].source,
                      span=kept[0].span, engine=engine)


def _overall(intent_confidence: float, required: list[FieldValue]) -> float:
    if not required:
        return round(intent_confidence, 3)
    fields = mean(f.confidence if f.value else 0.0 for f in required)
    return round(min(intent_confidence, fields), 3)


def _calibration(intent: IntentResult, extraction: ExtractionResult, calibration_for) -> Calibration | None:
    family = extraction.engine.split(":")[0]
    return calibration_for(extraction.engine) if intent.engine.split(":")[0] == family else None


def _route_reasons(route: str) -> list[ReviewReason]:
    return [reason(f"{route}_confidence")] if route != "high" else []  # null is better than wrong: only "high" passes


def calibrated_reasons(calibration: Calibration, intent: IntentResult,
                       fields: dict[str, FieldValue]) -> list[ReviewReason]:
    """One reason per stated field (and the intent) whose calibrated probability is under the threshold:
    "below calibrated threshold (0.813 < 0.84): creditor_name"; with no threshold, the one reason that none is.
    A stated field that eval scores (its error would be a silent one) but the calibration has no map for — it was
    fitted before the field existed — cannot reach the threshold: "not calibrated for auto-approval:
    payment_deadline". Unscored fields without a map (the date of birth, which serves client matching) are not
    judged, as before."""
    if calibration.threshold is None:
        return [reason("no_calibrated_threshold")]
    stated = {name: field.confidence for name, field in fields.items() if field.value not in (None, "", [])}
    weak = calibration.below_threshold({"intent": intent.confidence, **stated})
    unjudged = [name for name in stated if name not in calibration.maps and BY_NAME[name].scored]
    return [*(reason("below_calibrated_threshold", name, f"{probability:.3f} < {calibration.threshold:g}")
              for name, probability in weak), *(reason("not_calibrated", name) for name in unjudged)]


def _review_reasons(judged: list[ReviewReason], missing: list[str], own: list[ReviewReason],
                    extraction: list[ReviewReason]) -> list[ReviewReason]:
    reasons = list(judged)
    reasons += [reason("missing_required_field", name) for name in missing]
    for item in [*own, *extraction]:
        if item not in reasons:
            reasons.append(item)
    return reasons
