"""In-memory fakes of the ports the stages take (blob store, report store), recording what a stage did."""

from __future__ import annotations

from datetime import datetime
from typing import Mapping

from shared.domain.report import ProcessingReport
from shared.ports import BlobStore, ReportStore


class MemoryBlobStore(BlobStore):
    """Objects in a dict; `reads` and `writes` list the keys a caller touched, in order."""

    def __init__(self, objects: Mapping[str, bytes] | None = None):
        self.objects: dict[str, bytes] = dict(objects or {})
        self.reads: list[str] = []
        self.writes: list[str] = []

    def put(self, key: str, data: bytes, content_type: str, metadata: Mapping[str, str] | None = None) -> None:
        self.writes.append(key)
        self.objects[key] = bytes(data)

    def get(self, key: str) -> bytes:
        self.reads.append(key)
        return self.objects[key]

    def exists(self, key: str) -> bool:
        return key in self.objects


class MemoryReportStore(ReportStore):
    """Reports in a dict, with the port's rule that a `processed` report is final."""

    def __init__(self):
        self.rows: dict[str, ProcessingReport] = {}

    def upsert(self, report: ProcessingReport) -> ProcessingReport:
        current = self.rows.get(report.email_id)
        if current is None or current.status != "processed":
            self.rows[report.email_id] = report
        return self.rows[report.email_id]

    def get(self, email_id: str) -> ProcessingReport | None:
        return self.rows.get(email_id)

    def list(self, since: datetime | None = None, until: datetime | None = None,
             needs_review: bool | None = None, limit: int = 1000,
             reason_code: str | None = None) -> list[ProcessingReport]:
        rows = [r for r in self.rows.values() if needs_review is None or r.needs_review == needs_review]
        rows = [r for r in rows if reason_code is None or any(x.code == reason_code for x in r.review_reasons)]
        return rows[:limit]
