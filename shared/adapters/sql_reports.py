"""ReportStore on SQLAlchemy: Postgres (pg8000, or the Cloud SQL connector) in the cloud, SQLite locally.

The upsert is one INSERT ... ON CONFLICT DO UPDATE whose WHERE clause enforces the finality rule in the
database itself: the row is only replaced while it is `failed` (so `processed` and a caseworker's `reviewed` are
final), and concurrent writers cannot break it; a replacement increments the row's `version`.

Errors: an unknown email is None; an outage (no connection, a dropped or timed-out one, no pooled connection
within the pool timeout, a Postgres error of a "not now" class, a locked or unusable SQLite file) is
DependencyUnavailable("postgres" or "sqlite", ...). SQL the database refuses (syntax, a missing table, a
constraint, bad data) passes unchanged: that is a bug or a missing migration, not an outage. The deadlines
are the engine's (shared.bootstrap.build_report_engine).
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.engine import Engine

from shared.adapters.errors import sqlite_outage, sqlstate, translated
from shared.clock import SystemClock
from shared.domain.report import ProcessingReport
from shared.ports import ReportStore
from shared.reports.schema import processing_reports as table

_UPDATABLE = [c.name for c in table.columns if c.name not in ("email_id", "created_at", "version")]

# Engine deadlines (shared.bootstrap.build_report_engine builds the engine with them): a report upsert takes
# milliseconds, and every wait must end inside intake's 30 s request budget. POOL_TIMEOUT_SECONDS: waiting for a
# pooled connection (SQLAlchemy's default is 30 s). PG_SOCKET_TIMEOUT_SECONDS: pg8000's `timeout`, which bounds
# the connect and every wait for the server, so a migration statement (same engine) must also finish within it.
# The Cloud SQL connector's connect deadline is shared.adapters.cloud_sql.CONNECT_TIMEOUT_SECONDS.
POOL_TIMEOUT_SECONDS = 10
PG_SOCKET_TIMEOUT_SECONDS = 10

# SQLSTATE classes that mean "not now": connection (08), authorization (28), rollback/deadlock (40), resources
# (53), lock not available (55), shutdown/cancel (57), system (58), internal (XX).
TRANSIENT_SQLSTATE_CLASSES = ("08", "28", "40", "53", "55", "57", "58", "XX")


def sql_outage(exc: BaseException) -> bool:
    import sqlite3

    from sqlalchemy import exc as sa

    if isinstance(exc, (sa.TimeoutError, sa.DisconnectionError)):  # pool exhausted; connection lost at checkout
        return True
    if not isinstance(exc, sa.DBAPIError):
        return isinstance(exc, OSError)
    if exc.connection_invalidated:
        return True
    if isinstance(exc.orig, sqlite3.Error):
        return sqlite_outage(exc.orig)
    state = sqlstate(exc)
    if state:
        return state[:2] in TRANSIENT_SQLSTATE_CLASSES
    return isinstance(exc, (sa.InterfaceError, sa.OperationalError))  # pg8000: network error, connection closed


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


def has_reason(engine: Engine, code: str):
    """Rows with a review reason of `code`: jsonb containment on Postgres, json_each on SQLite."""
    if engine.dialect.name == "postgresql":
        return text("processing_reports.review_reasons @> CAST(:reason_filter AS jsonb)").bindparams(
            reason_filter=json.dumps([{"code": code}]))
    return text("EXISTS (SELECT 1 FROM json_each(processing_reports.review_reasons) "
                "WHERE json_extract(value, '$.code') = :reason_code)").bindparams(reason_code=code)


class SqlAlchemyReportStore(ReportStore):
    def __init__(self, engine: Engine, clock=None):
        self.engine = engine
        self.clock = clock or SystemClock()
        self.dependency = "postgres" if engine.dialect.name == "postgresql" else engine.dialect.name
        if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
            _local_file_pragmas(engine)

    def _boundary(self):
        return translated(self.dependency, sql_outage)

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
            set_={**{name: statement.excluded[name] for name in _UPDATABLE}, "version": table.c.version + 1},
            where=table.c.status == "failed",
        )
        with self._boundary(), self.engine.begin() as connection:
            connection.execute(statement)
            stored = connection.execute(select(table).where(table.c.email_id == report.email_id)).mappings().one()
        return ProcessingReport.model_validate(dict(stored))

    def get(self, email_id: str) -> ProcessingReport | None:
        with self._boundary(), self.engine.connect() as connection:
            row = connection.execute(select(table).where(table.c.email_id == email_id)).mappings().first()
        return None if row is None else ProcessingReport.model_validate(dict(row))

    def list(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        needs_review: bool | None = None,
        limit: int = 1000,
        reason_code: str | None = None,
    ) -> list[ProcessingReport]:
        query = select(table).order_by(table.c.created_at.desc(), table.c.email_id).limit(limit)
        if since is not None:
            query = query.where(table.c.created_at >= since)
        if until is not None:
            query = query.where(table.c.created_at < until)
        if needs_review is not None:
            query = query.where(table.c.needs_review == needs_review)
        if reason_code is not None:
            query = query.where(has_reason(self.engine, reason_code))
        with self._boundary(), self.engine.connect() as connection:
            rows = connection.execute(query).mappings().all()
        return [ProcessingReport.model_validate(dict(row)) for row in rows]
