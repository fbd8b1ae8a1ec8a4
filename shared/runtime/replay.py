"""`dlq replay`: give failed emails another run after the cause is fixed.

For each `failed` report (optionally only one stage's, only since a date, at most N): keep the email_id, clear
the completion records from the failed stage onward (so those stages run again), and republish the failed
stage's stored input to its topic. The report then becomes `processed` (which may replace `failed`).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from shared import topics
from shared.runtime.stage_runner import COMPLETIONS, replay_key

STAGE_ORDER = [route.stage for route in topics.ROUTES]


@dataclass
class ReplayResult:
    replayed: list[str]
    skipped: list[tuple[str, str]]  # (email_id, why)


def replay_failed(deps, stage: str | None = None, limit: int | None = None, since: datetime | None = None,
                  progress: Callable[[int, int], None] | None = None) -> ReplayResult:
    failed = [r for r in deps.reports.list(since=since, limit=100_000)
              if r.status == "failed" and (stage is None or r.failed_stage == stage)]
    failed = failed[:limit] if limit else failed
    result = ReplayResult([], [])
    for index, report in enumerate(failed, 1):
        why = _replay_one(deps, report.email_id, report.failed_stage)
        if why:
            result.skipped.append((report.email_id, why))
        else:
            result.replayed.append(report.email_id)
        if progress:
            progress(index, len(failed))
    return result


def _replay_one(deps, email_id: str, stage: str | None) -> str | None:
    if stage not in topics.ROUTE_BY_STAGE:
        return f"failed stage {stage!r} cannot be replayed"
    try:
        record = json.loads(deps.blobs.get(replay_key(email_id, stage)))
    except KeyError:
        return "no stored input for the failed stage"
    for later in STAGE_ORDER[STAGE_ORDER.index(stage):]:
        suffixes = (":failed", ":processed") if later == "report" else ("",)
        for suffix in suffixes:
            deps.state.delete(COMPLETIONS, f"{email_id}:{later}{suffix}")
    deps.bus.publish(topics.ROUTE_BY_STAGE[stage].topic, base64.b64decode(record["data"]), record["attributes"])
    return None
