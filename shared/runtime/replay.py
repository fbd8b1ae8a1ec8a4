"""`dlq replay`: give failed emails another run after the cause is fixed.

For each `failed` report (optionally only one stage's, only since a date, at most N): keep the email_id, clear
the completion records from the failed stage onward (so those stages run again), and republish the failed
stage's kept input to its topic. The report then becomes `processed` (which may replace `failed`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from shared import chain
from shared.runtime import completions, replay_inputs


@dataclass
class ReplayResult:
    replayed: list[str]
    skipped: list[tuple[str, str]]  # (email_id, why)


# The error classes of a failure caused by a dependency outage (shared.errors.DependencyUnavailable and the
# breaker's fast-fail, its subclass): the only failures the scheduled replay retries on its own.
OUTAGE_ERRORS = ("DependencyUnavailable", "BreakerOpen")


def caused_by_outage(report) -> bool:
    """Whether a failed report's error (`Class: message`) names a dependency outage, not content or a bug."""
    return (report.error or "").split(":", 1)[0].strip() in OUTAGE_ERRORS


def replay_failed(deps, stage: str | None = None, limit: int | None = None, since: datetime | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  select: Callable[..., bool] | None = None) -> ReplayResult:
    """Replay failed emails (newest first), only `stage`'s, only since `since`, only those `select(report)`
    accepts, at most `limit`."""
    failed = [r for r in deps.reports.list(since=since, limit=100_000)
              if r.status == "failed" and (stage is None or r.failed_stage == stage) and (select is None or select(r))]
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


def _replay_one(deps, email_id: str, stage_name: str | None) -> str | None:
    stage = chain.BY_NAME.get(stage_name or "")
    if stage is None:
        return f"failed stage {stage_name!r} cannot be replayed"
    try:
        data, attributes = replay_inputs.load(email_id, stage.name, deps.blobs)
    except KeyError:
        return "no stored input for the failed stage"
    completions.clear(deps.state, email_id, [later.name for later in chain.from_stage(stage)])
    deps.bus.publish(stage.topic, data, attributes)
    return None
