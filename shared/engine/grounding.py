"""Grounding check shared by every engine: a value counts only where its source reads as that value, as its kind.

Each field has a kind (`KIND_OF_FIELD`, from the field table `shared.domain.fields`): an amount must be a money
mention in its source (never digits of a reference, phone number, IBAN, date or postcode), 0.00 a statement that
nothing is owed, a reference one contiguous code as written, a name or organisation a phrase, a date a date
(`shared.engine.mentions`). The engine's span, when it gives one, is checked; when it is absent or points
elsewhere, the occurrences are searched and the finding keeps the one found (nearest to the span it gave). A
finding that reads nowhere in its source — the body, the subject, the sender, or an attachment's text — is
dropped with the review reason "ungrounded value dropped: FIELD (WHY)", e.g. "ungrounded value dropped:
debt_amount (not a money mention in email_body)". No engine may invent values; this is what enforces it for the Claude engine as much as for the rules.
"""

from __future__ import annotations

from typing import Sequence

from shared.domain.fields import FIELDS
from shared.domain.mail import InboundMail
from shared.domain.results import ExtractionResult, Finding
from shared.domain.review import reason
from shared.engine import Document
from shared.engine.mentions import WHAT_IT_IS_NOT, spans_of

SCANNED_CONFIDENCE_CAP = 0.5
KIND_OF_FIELD = {field.finding: field.kind for field in FIELDS}
"""The kind each finding's field is checked as, from the field table. A field not in the table never grounds (the
reason says why): it would otherwise be checked as something it is not."""

Span = tuple[int, int]


def source_text(source: str, mail: InboundMail, documents: Sequence[Document]) -> str | None:
    if source == "email_body":
        return mail.text
    if source == "subject":
        return mail.subject
    if source == "sender":
        return f"{mail.from_name or ''} {mail.from_address or ''}"
    for document in documents:
        if document.source == source:
            return document.text
    return None


def occurrences(finding: Finding, text: str) -> list[Span]:
    """The spans of `text` that read as the finding's value, as its field's kind ([] for a malformed value or a
    field without a kind)."""
    kind = KIND_OF_FIELD.get(finding.field)
    if kind is None:
        return []
    try:
        return spans_of(kind, finding.value, text)
    except ValueError:
        return []


def is_grounded(finding: Finding, text: str) -> bool:
    """True when `text` reads as the finding's value somewhere, as its field's kind."""
    return bool(occurrences(finding, text))


def verify(finding: Finding, text: str | None) -> tuple[Finding | None, str]:
    """The finding with a checked span, or None and why not ("not a money mention in email_body")."""
    kind = KIND_OF_FIELD.get(finding.field)
    if kind is None:
        return None, "no kind to check this field as"
    if text is None:
        return None, f"{finding.source} is not a source of this email"
    spans = occurrences(finding, text)
    if not spans:
        if kind == "money" and _is_zero(finding.value):
            return None, f"{finding.source} does not say that nothing is owed"
        return None, f"{WHAT_IT_IS_NOT[kind]} in {finding.source}"
    given = finding.span
    if given is not None and any(start < given[1] and given[0] < end for start, end in spans):
        return finding, ""
    nearest = min(spans, key=lambda span: abs(span[0] - given[0])) if given is not None else spans[0]
    return finding.model_copy(update={"span": nearest}), ""


def ground(result: ExtractionResult, mail: InboundMail, documents: Sequence[Document] = ()) -> ExtractionResult:
    """`result` without the findings that do not read as their value in their claimed source, with review reasons.

    A value read from an image-only document always carries the review reason "unverified value from scanned
    document: FIELD", so a caseworker checks it against the image: what OCR read (shared.mail.ocr) is a machine's
    reading. A value that reads as itself in the OCR text (the offline engine's, found there) is kept as it is; one
    that does not, or from a scan without OCR text (an engine that reads the image itself, such as Claude with the
    PDF as a document block), cannot be checked and is kept at confidence at most SCANNED_CONFIDENCE_CAP.
    """
    kept, unverified = [], []
    why_dropped: dict[str, list[str]] = {}
    scans = {d.source: d.text for d in documents if d.scanned}
    for finding in result.findings:
        if finding.source in scans:
            unverified.append(finding.field)
            verified = verify(finding, scans[finding.source])[0] if scans[finding.source] else None
            kept.append(verified if verified is not None else
                        finding.model_copy(update={"confidence": min(finding.confidence, SCANNED_CONFIDENCE_CAP)}))
            continue
        verified, why = verify(finding, source_text(finding.source, mail, documents))
        if verified is not None:
            kept.append(verified)
        elif why not in why_dropped.setdefault(finding.field, []):
            why_dropped[finding.field].append(why)
    if not why_dropped and not unverified and kept == result.findings:
        return result
    reasons = list(result.review_reasons)
    for field in sorted(why_dropped):
        reasons.append(reason("ungrounded_value", field, "; ".join(why_dropped[field])))
    for field in sorted(set(unverified)):
        reasons.append(reason("unverified_scan_value", field))
    return result.model_copy(update={"findings": kept, "review_reasons": reasons})


def _is_zero(value: str) -> bool:
    try:
        return float(value) == 0
    except ValueError:
        return False
