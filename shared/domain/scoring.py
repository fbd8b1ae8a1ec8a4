"""What counts as right and as wrong when a report is compared with the truth — one definition for `eval` (the
labelled sets) and for audits (a caseworker's reviewed values on production mail, shared.domain.audit).

A *wrong field* is one a report states and the truth contradicts (see shared.evaluation's docstring for the
whole rule): a non-null value that differs (creditor names after `normalise_name`, amounts as "%.2f", dates as
YYYY-MM-DD), or a listed reference the truth does not have. A null, an empty list or a missing reference is an
omission, not a wrong field.
"""

from __future__ import annotations

import re

from shared.domain.fields import BY_NAME, FIELDS as EXTRACTED_FIELDS, ExtractedField

SCORED_FIELDS: tuple[ExtractedField, ...] = tuple(f for f in EXTRACTED_FIELDS if f.scored and not f.many)
"""The single-valued fields of the field table that eval compares with the truth (references are scored as a
list, below; the debtor's name by client_id)."""
FIELDS = ("intent", "client_id", *(field.name for field in SCORED_FIELDS))


def normalise_name(value: str | None) -> str | None:
    if value is None:
        return None
    return re.sub(r"[^\w]+", " ", value.casefold()).strip() or None


def normalise_reference(value: str) -> str:
    return " ".join(value.split())


def report_fields(report) -> dict:
    """The scored fields of a report (amounts as "%.2f", dates as YYYY-MM-DD, names as written) and needs_review:
    what `score_fields` compares and what tools.out_of_sample records per email."""
    return {
        "intent": report.intent, "client_id": report.client_id,
        **{field.name: _as_truth_writes(field, getattr(report, field.name)) for field in SCORED_FIELDS},
        "reference_numbers": list(report.reference_numbers), "needs_review": bool(report.needs_review),
    }


def _as_truth_writes(field: ExtractedField, value):
    if value is None:
        return None
    if field.kind == "money":
        return f"{value:.2f}"
    return value.isoformat() if field.kind == "date" else value


def is_scored(key: str, truth: dict, predicted: dict) -> bool:
    """Whether `key` of FIELDS is scored on this email: always, or for a field scored "where labelled" only when
    the truth file has the key and the prediction could state it (predictions recorded before the field existed
    have no key for it)."""
    field = BY_NAME.get(key)
    return field is None or field.scored == "always" or (key in truth and key in predicted)


def wrong_fields(truth: dict, predicted: dict) -> list[str]:
    """The fields `predicted` (a `report_fields` dict) states and `truth` contradicts: a non-null value that
    differs from the truth (also when the truth is null), or a reference the truth does not list. Nulls, empty
    lists and missing references are omissions, not wrong fields (see the module docstring)."""
    wrong = [key for key in FIELDS if is_scored(key, truth, predicted) and predicted.get(key) is not None
             and comparable(key, predicted.get(key)) != comparable(key, truth.get(key))]
    want = {normalise_reference(r) for r in truth.get("reference_numbers") or []}
    if any(normalise_reference(r) not in want for r in predicted.get("reference_numbers") or []):
        wrong.append("reference_numbers")
    return wrong


def comparable(key: str, value):
    field = BY_NAME.get(key)
    return normalise_name(value) if field is not None and field.kind == "organisation" else value
