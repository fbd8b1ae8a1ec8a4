"""A caseworker's review of one report: what they confirmed or corrected, field by field, and the outcome.

A correction keeps the engine's value (`before`) beside the person's (`after`) and, when the person took the value
from the email by selecting it, where: `source` ("email_body", "subject", "pdf:NAME") and `span`, offsets into the
same stored text the stages read (never into the rendered page). A confirmation is a correction whose `after`
equals `before`. The outcome: `save` keeps the report in the queue, `approve` makes it `reviewed` (final, like
`processed`: no redelivery or replay overwrites it), `not_creditor_mail` makes it `reviewed` with intent "other".
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel

Action = Literal["save", "approve", "not_creditor_mail"]
ACTIONS: tuple[Action, ...] = ("save", "approve", "not_creditor_mail")
FINAL_ACTIONS = ("approve", "not_creditor_mail")
REVIEWABLE = ("intent", "client_id", "creditor_name", "debt_amount", "currency", "reference_numbers",
              "debtor_name", "debtor_date_of_birth", "payment_deadline")
"""What a caseworker may set: the intent, the client and every extracted field."""


class Correction(BaseModel):
    field: str
    before: Any = None
    after: Any = None
    source: str | None = None
    span: tuple[int, int] | None = None
    reviewer: str | None = None  # set by the store from the review it belongs to
    at: datetime | None = None


class ReviewConflict(Exception):
    """The report changed since the caseworker opened it (another caseworker saved first, or it was reviewed)."""


class ReviewRejected(ValueError):
    """A review that cannot be applied as sent (an unknown field or action); str(exc) says why."""


def check(corrections: list[Correction], action: str) -> None:
    """Raise ReviewRejected unless every correction names a reviewable field and the action is known."""
    if action not in ACTIONS:
        raise ReviewRejected(f"unknown action {action!r}; one of {', '.join(ACTIONS)}")
    unknown = sorted({c.field for c in corrections} - set(REVIEWABLE))
    if unknown:
        raise ReviewRejected(f"not a reviewable field: {', '.join(unknown)}")
