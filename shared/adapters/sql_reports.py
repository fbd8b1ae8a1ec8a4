"""ReportStore on SQLAlchemy: Postgres (pg8000, or the Cloud SQL connector) in the cloud, SQLite locally.

The upsert is one INSERT ... ON CONFLICT DO UPDATE whose WHERE clause enforces the finality rule in the
database itself: the row is only replaced while it is `failed`, so concurrent writers cannot break it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.engine import Engine

from shared.clock import SystemClock
from shared.domain.report import ProcessingReport
from shared.ports import ReportStore
from shared.reports.schema import processing_reports as table

_UPDATABLE = [c.name for c in table.columns if c.name not in ("email_id", "created_at")]


def _local_file_pragmas(engine: Engine) -> None:
    """A local SQLite report file journals like the bus and state files (WAL, synchronous=NORMAL): a commit
    survives the process being killed, and it costs no fsync per report; readers do not block the writer."""
    from sqlalchemy import event

    def on_connect(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    if not event.contains(engine, "connect", on_connect):
        event.listen(engine, "connect", on_connect)
    engine.dispose()  # connections opened before (the migration's) reconnect with the pragmas


class SqlAlchemyReportStore(ReportStore):
    def __init__(self, engine: Engine, clock=None):
        self.engine = engine
        self.clock = clock or SystemClock()
        if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
            _local_file_pragmas(engine)

    def _insert(self):
        if self.engine.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        elif self.engine.dialect.name == "sqlite":
            from sqlalchemy.dialects.sqlite import insert
        else:  # pragma: no cover - only Postgres and SQLite are supported
            raise RuntimeError(f"unsupported database dialect {self.engine.dialect.name}")
        return insert(table)

    def upsert(self, report: ProcessingReport) -> ProcessingReport:
        now = self.clock.now()
        row = report.model_dump(mode="python")
        row["created_at"] = report.created_at or now
        row["updated_at"] = now
        statement = self._insert().values(**row)
        statement = statement.on_conflict_do_update(
            index_elements=[table.c.email_id],
            set_={name: statement.excluded[name] for name in _UPDATABLE},
            where=table.c.status == "failed",
        )
        with self.engine.begin() as connection:
            connection.execute(statement)
            stored = connection.execute(select(table).where(table.c.email_id == report.email_id)).mappings().one()
        return ProcessingReport.model_validate(dict(stored))

    def get(self, email_id: str) -> ProcessingReport | None:
        with self.engine.connect() as connection:
            row = connection.execute(select(table).where(table.c.email_id == email_id)).mappings().first()
        return None if row is None else ProcessingReport.model_validate(dict(row))

    def list(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        needs_review: bool | None = None,
        limit: int = 1000,
    ) -> list[ProcessingReport]:
        query = select(table).order_by(table.c.created_at.desc(), table.c.email_id).limit(limit)
        if since is not None:
            query = query.where(table.c.created_at >= since)
        if until is not None:
            query = query.where(table.c.created_at < until)
        if needs_review is not None:
            query = query.where(table.c.needs_review == needs_review)
        with self.engine.connect() as connection:
            rows = connection.execute(query).mappings().all()
        return [ProcessingReport.model_validate(dict(row)) for row in rows]
