"""ReviewStore on SQLAlchemy, in the reports' database (Postgres in the cloud, SQLite locally).

A review is one transaction: read the row, check its version and that it is not yet reviewed, write the merged
reviewed values with `version = version + 1` under `WHERE version = :seen` (the database decides a race: the
second of two caseworkers saving the same version updates no row and gets ReviewConflict), and insert one
correction row per field. An audit (an auto-approved report drawn by AUDIT_SAMPLE_RATE) waits in the queue beside
the reports needing review, under the pseudo-reason "audit", and is approved only when every field was confirmed
or corrected (shared.domain.audit). Errors are translated as in shared.adapters.sql_reports.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from sqlalchemy import and_, case, func, or_, select, update
from sqlalchemy.engine import Engine

from shared.adapters.errors import translated
from shared.adapters.sql_reports import has_reason, sql_outage
from shared.clock import SystemClock
from shared.domain.audit import ReviewStats, require_every_field, wrong_fields
from shared.domain.corrections import FINAL_ACTIONS, Correction, ReviewConflict, check
from shared.domain.report import ProcessingReport
from shared.ports import ReviewStore
from shared.reports.schema import processing_reports as reports
from shared.reports.schema import review_corrections as corrections_table


class SqlAlchemyReviewStore(ReviewStore):
    def __init__(self, engine: Engine, clock=None):
        self.engine = engine
        self.clock = clock or SystemClock()
        self.dependency = "postgres" if engine.dialect.name == "postgresql" else engine.dialect.name

    def _boundary(self):
        return translated(self.dependency, sql_outage)

    def queue(self, reason_code: str | None = None, intent: str | None = None, creditor: str | None = None,
              since: datetime | None = None, until: datetime | None = None, limit: int = 200) -> list[ProcessingReport]:
        query = (select(reports).where(reports.c.status == "processed", _waiting())
                 .order_by(func.coalesce(reports.c.received_at, reports.c.created_at), reports.c.email_id)
                 .limit(limit))
        if reason_code == AUDIT:
            query = query.where(reports.c.audit.is_(True))
        elif reason_code:
            query = query.where(has_reason(self.engine, reason_code))
        if intent:
            query = query.where(reports.c.intent == intent)
        if creditor:
            query = query.where(func.lower(reports.c.creditor_name).contains(creditor.lower(), autoescape=True))
        if since is not None:
            query = query.where(func.coalesce(reports.c.received_at, reports.c.created_at) >= since)
        if until is not None:
            query = query.where(func.coalesce(reports.c.received_at, reports.c.created_at) < until)
        with self._boundary(), self.engine.connect() as connection:
            rows = connection.execute(query).mappings().all()
        return [ProcessingReport.model_validate(dict(row)) for row in rows]

    def stats(self) -> ReviewStats:
        """Counted in the database; only the open queue's reasons and the completed audits are read as rows."""
        status, waiting, audit = reports.c.status, _waiting(), reports.c.audit.is_(True)
        approved = or_(reports.c.review_reason.is_(None), reports.c.review_reason == "")  # no reason: the engine's
        counts = select(func.count(), _count(status == "failed"), _count(and_(status != "failed", approved)),
                        _count(and_(status == "processed", waiting)), _count(status == "reviewed"), _count(audit))
        queue = select(reports.c.review_reasons, reports.c.audit).where(status == "processed", waiting)
        with self._boundary(), self.engine.connect() as connection:
            totals = connection.execute(counts).one()
            open_rows = connection.execute(queue).all()
            audited = connection.execute(select(reports).where(status == "reviewed", audit)).mappings().all()
        stats = ReviewStats(*(int(n or 0) for n in totals), reasons=_counted(open_rows))
        for row in audited:
            wrong = wrong_fields(ProcessingReport.model_validate(dict(row)))
            stats.audits_done += 1
            stats.audit_wrong_fields += len(wrong)
            stats.audit_reports_wrong += bool(wrong)
        return stats

    def review(self, email_id: str, version: int, corrections: list[Correction], action: str,
               reviewer: str) -> ProcessingReport:
        check(corrections, action)
        now = self.clock.now()
        with self._boundary(), self.engine.begin() as connection:
            row = connection.execute(select(reports).where(reports.c.email_id == email_id)).mappings().first()
            if row is None:
                raise KeyError(email_id)
            if row["status"] == "reviewed" or row["version"] != version:
                raise ReviewConflict(f"report {email_id} changed since version {version} "
                                     f"(now version {row['version']}, {row['status']})")
            if row["audit"]:
                require_every_field(corrections, row["reviewed_fields"] or {}, action)
            reviewed = {**(row["reviewed_fields"] or {}), **{c.field: c.after for c in corrections}}
            values = {"version": version + 1, "reviewed_fields": reviewed, "reviewed_by": reviewer,
                      "reviewed_at": now, "updated_at": now}
            if action in FINAL_ACTIONS:
                values.update(status="reviewed", needs_review=False)
            if action == "not_creditor_mail":
                values["reviewed_fields"] = {**reviewed, "intent": "other", "not_creditor_mail": True}
            changed = connection.execute(update(reports).where(reports.c.email_id == email_id,
                                                               reports.c.version == version,
                                                               reports.c.status != "reviewed").values(**values))
            if changed.rowcount != 1:  # another caseworker's review committed in between
                raise ReviewConflict(f"report {email_id} changed since version {version}")
            if corrections:
                connection.execute(corrections_table.insert(), [
                    {"email_id": email_id, "reviewer": reviewer, "at": now, "field": c.field, "before": c.before,
                     "after": c.after, "source": c.source, "span_start": c.span[0] if c.span else None,
                     "span_end": c.span[1] if c.span else None} for c in corrections])
            stored = connection.execute(select(reports).where(reports.c.email_id == email_id)).mappings().one()
        return ProcessingReport.model_validate(dict(stored))

    def corrections(self, email_id: str) -> list[Correction]:
        query = (select(corrections_table).where(corrections_table.c.email_id == email_id)
                 .order_by(corrections_table.c.id))
        with self._boundary(), self.engine.connect() as connection:
            rows = connection.execute(query).mappings().all()
        return [Correction(field=r["field"], before=r["before"], after=r["after"], source=r["source"],
                           span=(r["span_start"], r["span_end"]) if r["span_start"] is not None else None,
                           reviewer=r["reviewer"], at=r["at"]) for r in rows]


AUDIT = "audit"
"""The queue's pseudo-reason of an audit (counted and filtered like a review reason's code)."""


def _waiting():
    """Rows a caseworker still has to look at (with status processed): needing review, or drawn for audit."""
    return or_(reports.c.needs_review.is_(True), reports.c.audit.is_(True))


def _count(condition):
    """COUNT of the rows meeting `condition` (portable: SQLite and Postgres)."""
    return func.sum(case((condition, 1), else_=0))


def _counted(rows) -> dict[str, int]:
    """Queue rows per reason code (each row once per code), audits under "audit"; most frequent first."""
    counts = Counter(code for reasons, _ in rows for code in {r.get("code") for r in reasons or []} if code)
    counts.update(AUDIT for _, audit in rows if audit)
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
