"""Grounding check shared by every engine: a value must occur in the text it claims as its source.

A finding whose value cannot be found (after normalisation) in its source — the body, the subject, the sender,
or an attachment's text — is dropped and flagged with the review reason "ungrounded value dropped: FIELD".
No engine may invent values; this is what enforces it for the Claude engine as much as for the rules.
"""

from __future__ import annotations

import re
from functools import lru_cache
from decimal import Decimal, InvalidOperation
from typing import Sequence

from shared.domain.text import simplify
from shared.domain.mail import InboundMail
from shared.domain.results import ExtractionResult, Finding
from shared.engine import Document

SCANNED_CONFIDENCE_CAP = 0.5
_NUMBER = re.compile(r"\d[\d.,'’ ]*\d|\d")
_CURRENCY_FORMS = {"EUR": ("eur", "€", "euro"), "GBP": ("gbp", "£", "pound"), "USD": ("usd", "$", "dollar"),
                   "CHF": ("chf", "franken", "francs")}
_NOTHING_OWED = re.compile(r"(?<![\d.,])0[,.]00\b|nichts|kein(?:e|en)?\s+(?:offen|forderung|betrag|rückstand)|"
                           r"ausgeglichen|"
                           r"nothing|no\s+(?:outstanding|balance|amount)|settled|zero", re.I)
_MONTHS = ("januar|january|jan", "februar|february|feb", "märz|maerz|march|mar", "april|apr", "mai|may",
           "juni|june|jun", "juli|july|jul", "august|aug", "september|sept|sep", "oktober|october|okt|oct",
           "november|nov", "dezember|december|dez|dec")


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


@lru_cache(maxsize=256)  # each finding folds its whole source text again: the same few texts per email
def fold(text: str) -> str:
    """Case, accents and German transliteration folded away: 'Köln' and 'Koeln' both become 'koln'."""
    return " ".join(simplify(text).split())


def _amounts_in(text: str) -> set[Decimal]:
    found = set()
    for match in _NUMBER.finditer(text):
        raw = match.group().replace(" ", "").replace("'", "").replace("’", "")
        for candidate in (raw.replace(".", "").replace(",", "."), raw.replace(",", "")):
            try:
                found.add(Decimal(candidate).quantize(Decimal("0.01")))
            except InvalidOperation:
                continue
    return found


def is_grounded(finding: Finding, text: str) -> bool:
    value = finding.value
    if finding.field == "debt_amount":
        amount = Decimal(value)
        return amount in _amounts_in(text) or (amount == 0 and bool(_NOTHING_OWED.search(text)))
    if finding.field == "currency":
        forms = _CURRENCY_FORMS.get(value.upper(), (value.lower(),))
        return any(form in text.casefold() for form in forms)
    if finding.field == "debtor_date_of_birth":
        return _date_grounded(value, text)
    folded_value = fold(value)
    folded_text = fold(text)
    if folded_value in folded_text:
        return True
    squeeze = re.compile(r"[\W_]+")  # "KD 448812" vs "KD-448812", "Meyer, Klaus" vs "Klaus Meyer" parts
    if squeeze.sub("", folded_value) and squeeze.sub("", folded_value) in squeeze.sub("", folded_text):
        return True
    parts = [p for p in squeeze.split(folded_value) if len(p) > 1]
    return bool(parts) and all(part in folded_text for part in parts)


def _date_grounded(iso: str, text: str) -> bool:
    try:
        year, month, day = (int(part) for part in iso.split("-"))
    except ValueError:
        return False
    folded = fold(text)
    short = rf"(?:{year}|{year % 100:02d}(?!\d))"  # a birth date may give the year in two digits: "27.05.88"
    numeric = rf"0?{day}[./-]0?{month}[./-]{short}|{year}-0?{month}-0?{day}|0?{month}/0?{day}/{year}"
    if re.search(numeric, folded):
        return True
    return bool(re.search(rf"0?{day}(?:st|nd|rd|th)?\.?\s*(?:of\s+)?(?:{_MONTHS[month - 1]})\.?,?\s*{year}",
                          folded))


def ground(result: ExtractionResult, mail: InboundMail, documents: Sequence[Document] = ()) -> ExtractionResult:
    """`result` without the findings that do not occur in their claimed source, with review reasons.

    A value read from an image-only document (an engine that reads scans, such as Claude with the PDF as a
    document block) cannot be checked against text; it is kept at confidence at most SCANNED_CONFIDENCE_CAP
    with the review reason "unverified value from scanned document: FIELD", so a caseworker always checks it.
    """
    kept, dropped, unverified = [], [], []
    scans = {d.source for d in documents if d.scanned and not d.text}
    for finding in result.findings:
        if finding.source in scans:
            unverified.append(finding.field)
            kept.append(finding.model_copy(update={"confidence": min(finding.confidence, SCANNED_CONFIDENCE_CAP)}))
            continue
        text = source_text(finding.source, mail, documents)
        try:
            grounded = text is not None and is_grounded(finding, text)
        except (InvalidOperation, ValueError):
            grounded = False
        (kept if grounded else dropped).append(finding)
    if not dropped and not unverified:
        return result
    reasons = list(result.review_reasons)
    for field in sorted({f.field for f in dropped}):
        reasons.append(f"ungrounded value dropped: {field}")
    for field in sorted(set(unverified)):
        reasons.append(f"unverified value from scanned document: {field}")
    return result.model_copy(update={"findings": kept, "review_reasons": reasons})
