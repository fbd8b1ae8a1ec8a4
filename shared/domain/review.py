"""Why a report goes to a caseworker: a review reason as {code, field, detail}, and the one list of codes.

A report needs review iff it has a reason. Producers build reasons here (`reason(code, field, detail)`) instead of
formatting text; `ReviewReason.render()` gives the sentence a person reads (the report's review_reason column,
`reports show`, eval --show-wrong), and `parse()` reads such a sentence back (messages and rows written before
reasons were structured). Each code's wording is its `_WORDING` entry:

    code                          reads as                                              field / detail
    low_confidence                low confidence[: debt_amount 0.40, intent 0.55]       - / the weak links
    medium_confidence             medium confidence[: debt_amount 0.70]                 - / the weak links
    no_calibrated_threshold       no calibrated threshold: nothing is auto-approved     -
    below_calibrated_threshold    below calibrated threshold (0.813 < 0.84): FIELD      field / "0.813 < 0.84"
    not_calibrated                not calibrated for auto-approval: FIELD               field
    missing_required_field        missing required field: FIELD                         field
    conflicting_totals            conflicting totals                                    debt_amount
    total_only_in_quoted_history  total only in quoted history                          debt_amount
    total_not_stated              total not stated                                      debt_amount
    unrecognised_amount           amount stated but no total recognised                 debt_amount
    trading_name                  creditor trades under another name                    creditor_name
    unplaced_reference            possible reference not recognised                     reference_numbers
    unreadable_attachment         unreadable attachment FILE: PROBLEM                   - / "FILE: PROBLEM"
    attachment_not_sent           attachment not sent to claude: FILE                   - / FILE
    ungrounded_value              ungrounded value dropped: FIELD[ (WHY)]               finding's field / why
    unverified_scan_value         unverified value from scanned document: FIELD         finding's field
    not_confirmed                 not confirmed by the offline engine: FIELD            field, or "intent"
    intent_disputed               intent disputed                                       -
    engine_answer_invalid         claude answer invalid                                 -
    engine_request_rejected       claude rejected the request                           -
    no_client_match               no matching client                                    -
    ambiguous_client_match        ambiguous client match                                -
    weak_client_match             client suggested by surname only                      -
    input_limit_hit               input limit hit: LIMITS                               - / "depth, parts"
    parser_defects                parser defects: DEFECTS                               - / the defects
    processing_failed             processing failed at stage STAGE                      - / STAGE
    other                         DETAIL (a text no code reads: kept as it was)         - / the text

A field is the field table's name (`shared.domain.fields`), except where an engine's finding is meant
(ungrounded_value, unverified_scan_value: "reference_number"). Codes are stable: a review page filters and counts
by them, so a code is never renamed, only added.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict

Code = Literal[
    "low_confidence", "medium_confidence", "no_calibrated_threshold", "below_calibrated_threshold",
    "not_calibrated", "missing_required_field", "conflicting_totals", "total_only_in_quoted_history",
    "total_not_stated", "unrecognised_amount", "trading_name", "unplaced_reference", "unreadable_attachment",
    "attachment_not_sent", "ungrounded_value", "unverified_scan_value", "not_confirmed", "intent_disputed",
    "engine_answer_invalid", "engine_request_rejected", "no_client_match", "ambiguous_client_match",
    "weak_client_match", "input_limit_hit", "parser_defects", "processing_failed", "other",
]

# code -> (its fixed words, how field and detail follow them). Forms: "" the words alone; "detail" words, ": ",
# detail (optional); "field" words, ": ", field; "(detail) field" words, " (detail): ", field; "field (detail)"
# words, ": ", field, " (detail)" (optional); "space detail" words, " ", detail.
_WORDING: dict[str, tuple[str, str]] = {
    "low_confidence": ("low confidence", "detail"),
    "medium_confidence": ("medium confidence", "detail"),
    "no_calibrated_threshold": ("no calibrated threshold: nothing is auto-approved", ""),
    "below_calibrated_threshold": ("below calibrated threshold", "(detail) field"),
    "not_calibrated": ("not calibrated for auto-approval", "field"),
    "missing_required_field": ("missing required field", "field"),
    "conflicting_totals": ("conflicting totals", ""),
    "total_only_in_quoted_history": ("total only in quoted history", ""),
    "total_not_stated": ("total not stated", ""),
    "unrecognised_amount": ("amount stated but no total recognised", ""),
    "trading_name": ("creditor trades under another name", ""),
    "unplaced_reference": ("possible reference not recognised", ""),
    "unreadable_attachment": ("unreadable attachment", "space detail"),
    "attachment_not_sent": ("attachment not sent to claude", "detail"),
    "ungrounded_value": ("ungrounded value dropped", "field (detail)"),
    "unverified_scan_value": ("unverified value from scanned document", "field"),
    "not_confirmed": ("not confirmed by the offline engine", "field"),
    "intent_disputed": ("intent disputed", ""),
    "engine_answer_invalid": ("claude answer invalid", ""),
    "engine_request_rejected": ("claude rejected the request", ""),
    "no_client_match": ("no matching client", ""),
    "ambiguous_client_match": ("ambiguous client match", ""),
    "weak_client_match": ("client suggested by surname only", ""),
    "input_limit_hit": ("input limit hit", "detail"),
    "parser_defects": ("parser defects", "detail"),
    "processing_failed": ("processing failed at stage", "space detail"),
}

FIELD_OF_CODE = {
    "conflicting_totals": "debt_amount", "total_only_in_quoted_history": "debt_amount",
    "total_not_stated": "debt_amount", "unrecognised_amount": "debt_amount",
    "trading_name": "creditor_name", "unplaced_reference": "reference_numbers",
}
"""Codes whose wording does not name the field they concern, by that field (set by `reason`)."""


class ReviewReason(BaseModel):
    """One reason a report needs review; see the module docstring for the codes."""

    model_config = ConfigDict(frozen=True)

    code: Code
    field: str | None = None
    detail: str | None = None

    def render(self) -> str:
        """The sentence a person reads, e.g. "below calibrated threshold (0.813 < 0.84): creditor_name"."""
        if self.code == "other":
            return self.detail or ""
        words, form = _WORDING[self.code]
        if form == "detail":
            return f"{words}: {self.detail}" if self.detail else words
        if form == "space detail":
            return f"{words} {self.detail}"
        if form == "field":
            return f"{words}: {self.field}"
        if form == "(detail) field":
            return f"{words} ({self.detail}): {self.field}"
        if form == "field (detail)":
            return f"{words}: {self.field} ({self.detail})" if self.detail else f"{words}: {self.field}"
        return words


def reason(code: Code, field: str | None = None, detail: str | None = None) -> ReviewReason:
    """A review reason; a code whose wording concerns one field without naming it gets that field."""
    return ReviewReason(code=code, field=field or FIELD_OF_CODE.get(code), detail=detail)


def _pattern(words: str, form: str) -> str:
    words = re.escape(words)
    return {
        "": words,
        "detail": words + r"(?:: (?P<detail>.+))?",
        "space detail": words + r" (?P<detail>.+)",
        "field": words + r": (?P<field>[^\s:]+)",
        "(detail) field": words + r" \((?P<detail>[^()]+)\): (?P<field>[^\s:]+)",
        "field (detail)": words + r": (?P<field>[^\s:()]+)(?: \((?P<detail>.+)\))?",
    }[form]


_PARSERS = [(code, re.compile(_pattern(*wording), re.DOTALL)) for code, wording in _WORDING.items()]


def parse(text: str) -> ReviewReason:
    """The reason a rendered sentence states (its render() is `text` again); a text no code reads is `other`."""
    for code, pattern in _PARSERS:
        if match := pattern.fullmatch(text):
            found = match.groupdict()
            return reason(code, found.get("field"), found.get("detail"))
    return ReviewReason(code="other", detail=text)


def _from_text(value: object) -> object:
    return parse(value) if isinstance(value, str) else value


Reason = Annotated[ReviewReason, BeforeValidator(_from_text)]
"""A ReviewReason field that also accepts the plain sentence older messages and rows carry."""


def rendered(reasons: list[ReviewReason]) -> str | None:
    """The report's review_reason text: each distinct sentence once, in order, joined by "; " (None if none)."""
    return "; ".join(dict.fromkeys(r.render() for r in reasons)) or None


def distinct(reasons: list[ReviewReason]) -> list[ReviewReason]:
    """`reasons` without a repeat of a sentence already given, in order."""
    seen, out = set(), []
    for item in reasons:
        if (text := item.render()) not in seen:
            seen.add(text)
            out.append(item)
    return out
