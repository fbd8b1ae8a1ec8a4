"""The review form as posted: the version it was made on, the outcome, and each field's reviewed value.

Form fields: `version`; `action` (save, approve, not_creditor_mail); `intent`; `client_id` (a candidate chosen)
or `client_id_other` (typed, wins); per extracted field
`value:FIELD` (the value as the caseworker typed or selected it), `span:FIELD` ("SOURCE:START:END" when it was set
by selecting text; offsets into the stored text the stages read) and `confirm:FIELD` (the engine's value accepted
as it is). A field becomes a correction (before: the engine's value) when it is confirmed, newly selected, or its
value differs from what the page showed (the reviewed value saved earlier, else the engine's): a value saved
before and posted again unchanged is not recorded twice, and one set back to the engine's is recorded; values are
normalised as the report stores them (an amount "1.234,56" as "1234.56", a date as YYYY-MM-DD, references as a
list). A value that cannot be read is ReviewRejected (answered 400, naming the field).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Mapping

from shared.domain.audit import engine_value
from shared.domain.corrections import ACTIONS, REVIEWABLE, Correction, ReviewRejected
from shared.domain.report import ProcessingReport
from shared.review.view import display

INTENTS = ("debt_statement", "payment_plan_response", "rejection", "information_request", "auto_reply", "other")
EXTRACTED = tuple(name for name in REVIEWABLE if name not in ("intent", "client_id"))
_SPAN = re.compile(r"^(subject|email_body|pdf:.+):(\d+):(\d+)$")


def parse(form: Mapping[str, str], report: ProcessingReport) -> tuple[int, str, list[Correction]]:
    """(version, action, corrections) of a posted review of `report`."""
    try:
        version = int(form.get("version", ""))
    except ValueError:
        raise ReviewRejected("the form has no version (reload the page)") from None
    action = form.get("action", "")
    if action not in ACTIONS:
        raise ReviewRejected(f"unknown action {action!r}")
    corrections = []
    for name in ("intent", "client_id", *EXTRACTED):
        before = engine_value(report, name)
        raw = form.get(f"value:{name}") if name in EXTRACTED else form.get(name)
        if name == "client_id" and (form.get("client_id_other") or "").strip():  # typed: wins over the choice
            raw = form.get("client_id_other")
        confirmed = form.get(f"confirm:{name}") == "1"
        current = report.reviewed_fields.get(name, before)  # what the page showed: reviewed, else the engine's
        unchanged = raw is None or " ".join(raw.split()) == " ".join(display(current).split())
        after = current if unchanged else _normalised(name, raw)  # as shown: kept as stored, never re-read
        source, span = _span(form.get(f"span:{name}") or "", name)
        if after == current and not confirmed and span is None:
            continue
        corrections.append(Correction(field=name, before=before, after=after, source=source, span=span))
    return version, action, corrections


def _normalised(name: str, raw: str) -> Any:
    text = " ".join(raw.split())
    if not text:
        return [] if name == "reference_numbers" else None
    if name == "intent":
        if text not in INTENTS:
            raise ReviewRejected(f"intent: not one of {', '.join(INTENTS)}")
        return text
    if name == "debt_amount":
        from shared.engine.rules.money import normalise_number

        amount = normalise_number(re.sub(r"(?i)eur|gbp|chf|usd|€|£|\$", "", text))
        if amount is None:
            raise ReviewRejected(f"debt_amount: {text!r} is not an amount (e.g. 1.234,56)")
        return amount
    if name == "currency":
        if not re.fullmatch(r"[A-Za-z]{3}", text):
            raise ReviewRejected(f"currency: {text!r} is not a three-letter code such as EUR")
        return text.upper()
    if name in ("payment_deadline", "debtor_date_of_birth"):
        return _date(name, text)
    if name == "reference_numbers":
        return [part.strip() for part in re.split(r"[;\n]|,\s", raw) if part.strip()]
    return text


def _date(name: str, text: str) -> str:
    german = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    try:
        if german:
            return date(int(german[3]), int(german[2]), int(german[1])).isoformat()
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ReviewRejected(f"{name}: {text!r} is not a date (YYYY-MM-DD or DD.MM.YYYY)") from None


def _span(raw: str, name: str) -> tuple[str | None, tuple[int, int] | None]:
    if not raw:
        return None, None
    match = _SPAN.match(raw)
    if not match or int(match[2]) >= int(match[3]):
        raise ReviewRejected(f"{name}: the selected span {raw!r} is not SOURCE:START:END")
    return match[1], (int(match[2]), int(match[3]))
