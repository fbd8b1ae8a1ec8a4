"""Audit sampling: a share of the auto-approved reports also goes to a caseworker, who confirms or corrects every
field one by one, so the silent-error rate (wrong values on reports nobody was asked to look at) is measured on
the firm's own mail instead of assumed.

Which reports are audited is decided once, when the report is written, by a hash of the email id: a redelivery
or `dlq replay` of the same email makes the same decision, and the share of audits is AUDIT_SAMPLE_RATE (0.05) of
the auto-approved reports. The measured rate is wrong fields ÷ completed audits — `eval`'s silent-error rate
(wrong fields ÷ auto-approved reports, a wrong field as shared.domain.scoring defines it) with the caseworker's
values as the truth — printed with n and its exact 90% upper bound (Clopper-Pearson), on the review queue and in
`python main.py reports stats`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from shared.domain.corrections import FINAL_ACTIONS, REVIEWABLE, ReviewRejected
from shared.domain.scoring import report_fields, wrong_fields as scored_wrong_fields
from shared.domain.stats import clopper_pearson_upper

BOUND_CONFIDENCE = 0.9


@dataclass(frozen=True)
class AuditSampler:
    """Selects AUDIT_SAMPLE_RATE of the auto-approved reports, the same ones on every delivery of an email."""

    rate: float

    def selects(self, email_id: str) -> bool:
        if self.rate <= 0:
            return False
        digest = hashlib.sha256(b"audit:" + email_id.encode()).digest()
        return int.from_bytes(digest[:8], "big") / 2**64 < self.rate


def engine_value(report, name: str) -> Any:
    """What the engine stated for `name` on `report` (JSON form): the starting point of a correction."""
    if name == "intent":
        return report.intent
    if name == "client_id":
        return report.client_id
    return (report.extracted_fields.get(name) or {}).get("value")


def corrected_fields(report) -> list[str]:
    """The fields a person set to something other than the engine's value (omissions filled in included)."""
    reviewed = report.reviewed_fields or {}
    return [name for name in REVIEWABLE if name in reviewed and reviewed[name] != engine_value(report, name)]


def wrong_fields(report) -> list[str]:
    """The engine's wrong fields by the reviewed values, counted as `eval` counts them (shared.domain.scoring):
    a value the engine stated that the person contradicted; a gap the person filled is an omission, not an
    error. Fields nobody reviewed are taken as the engine stated them."""
    predicted = report_fields(report)
    truth = {**predicted, **{name: value for name, value in (report.reviewed_fields or {}).items()
                             if name in predicted}}
    return scored_wrong_fields(truth, predicted)


class AuditIncomplete(ReviewRejected):
    """An audit closed while some field is neither confirmed nor corrected (str: which ones)."""


def require_every_field(corrections, already_reviewed, action: str) -> None:
    """An audit is complete only when each field was confirmed or corrected (now or in an earlier save): raise
    AuditIncomplete naming the ones still open — for an approval and for "not creditor mail" alike, so every
    completed audit measured every field."""
    if action not in FINAL_ACTIONS:
        return
    open_fields = [name for name in REVIEWABLE
                   if name not in already_reviewed and name not in {c.field for c in corrections}]
    if open_fields:
        raise AuditIncomplete("audit: confirm or correct each field before closing it; still open: "
                             + ", ".join(open_fields))


@dataclass
class ReviewStats:
    """Counts over every report in the store (`reports stats`, the queue page)."""

    reports: int = 0              # every report row
    failed: int = 0               # could not be processed (status failed)
    auto_approved: int = 0        # processed without a review reason (the engine's decision)
    in_queue: int = 0             # waiting for a caseworker: needing review, or an open audit
    reviewed: int = 0             # a caseworker's outcome is final
    audits_sampled: int = 0       # auto-approved reports drawn for audit
    audits_done: int = 0          # audits a caseworker completed
    audit_wrong_fields: int = 0   # fields found wrong in completed audits
    audit_reports_wrong: int = 0  # completed audits with at least one wrong field
    reasons: dict[str, int] = field(default_factory=dict)  # open queue per review reason code

    @property
    def automation(self) -> float | None:
        return self.auto_approved / self.reports if self.reports else None

    @property
    def silent_error_rate(self) -> float | None:
        return self.audit_wrong_fields / self.audits_done if self.audits_done else None

    @property
    def silent_error_bound(self) -> float | None:
        return clopper_pearson_upper(self.audit_wrong_fields, self.audits_done, BOUND_CONFIDENCE)

    def audit_line(self) -> str:
        """The measured silent-error rate as one line, with n and the bound."""
        if not self.audits_done:
            return (f"no audit completed yet ({self.audits_sampled} sampled); the silent-error rate is not "
                    f"measured")
        return (f"silent-error rate {self.silent_error_rate:.1%} ({self.audit_wrong_fields} wrong field(s) in "
                f"{self.audits_done} audited report(s), {self.audit_reports_wrong} report(s) with an error); "
                f"90% upper bound {self.silent_error_bound:.1%}")
