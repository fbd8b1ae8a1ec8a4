"""The scheduled replay (the `replay` function, called by Cloud Scheduler): give emails that failed because a
dependency was down another run, without anyone remembering `dlq replay`.

Only failures whose error is a dependency outage (shared.runtime.replay.OUTAGE_ERRORS) from the last
REPLAY_WINDOW are replayed, newest first, at most `REPLAY_MAX_PER_RUN` per run; a permanent failure (unreadable
content, an invalid or stale message, a refused request) or an unexplained crash is never replayed on its own,
and an email this schedule replayed is left alone for REPLAY_COOLDOWN (its new run may still be retrying).
While any circuit breaker is open the run replays nothing: the dependency is still down, and a replay would only
fail again. Every run reports to Sentry Crons (monitor REPLAY_MONITOR_SLUG, upserted with the schedule), so a
schedule that stops running, or runs that fail, raise Sentry's missed/failed check-in alerts.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from shared.observability import sentry
from shared.runtime.replay import caused_by_outage, replay_failed

log = logging.getLogger("pipeline.replay")

REPLAY_MONITOR_SLUG = "dlq-replay"
# Every 30 minutes: the Cloud Scheduler job's schedule (infra/scheduler.tf) and the Crons monitor's, in UTC.
REPLAY_SCHEDULE = "*/30 * * * *"
REPLAY_WINDOW = timedelta(days=7)
# A replayed email's report stays `failed` until its chain ends; a run within this time leaves it alone (it may
# still be in its ~40 minutes of redelivery), so one email is not republished by every run.
REPLAY_COOLDOWN = timedelta(hours=2)
REPLAYS = "scheduled_replays"  # state collection: email_id -> {"at": when this schedule last replayed it}
# The Crons monitor: the scheduler's schedule (tests/deploy checks infra uses the same); a check-in may come 10
# minutes late, a run may take 10 minutes, and two missed or failed runs in a row open an issue.
MONITOR_CONFIG = {
    "schedule": {"type": "crontab", "value": REPLAY_SCHEDULE},
    "timezone": "Etc/UTC",
    "checkin_margin": 10,
    "max_runtime": 10,
    "failure_issue_threshold": 2,
    "recovery_threshold": 1,
}


@dataclass
class RunSummary:
    replayed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    held_back: str = ""  # why nothing was replayed this run, when something held it back

    def as_json(self) -> dict:
        return {"replayed": len(self.replayed), "skipped": len(self.skipped), "held_back": self.held_back,
                "email_ids": self.replayed}


def run_scheduled(deps) -> RunSummary:
    """One scheduled run, reported to Sentry Crons. Raises what the replay raises (the check-in says `error`)."""
    sentry.init(deps.settings)
    with sentry.monitored(REPLAY_MONITOR_SLUG, MONITOR_CONFIG):
        summary = replay_outages(deps)
    log.info("replay: %d replayed, %d skipped%s", len(summary.replayed), len(summary.skipped),
             f", held back: {summary.held_back}" if summary.held_back else "")
    return summary


def replay_outages(deps) -> RunSummary:
    """Replay the newest failures caused by an outage, at most `replay_max_per_run`; none while a breaker is open."""
    if deps.settings.replay_max_per_run < 1:  # 0 would mean "no limit" to replay_failed: here it means off
        return RunSummary(held_back="REPLAY_MAX_PER_RUN is 0: the scheduled replay is off")
    still_open = open_breakers(deps)
    if still_open:
        return RunSummary(held_back=f"breaker open: {', '.join(still_open)}")
    now = deps.clock.now()

    def due(report) -> bool:
        last = (deps.state.get(REPLAYS, report.email_id) or {}).get("at")
        return caused_by_outage(report) and (last is None or now - datetime.fromisoformat(last) >= REPLAY_COOLDOWN)

    result = replay_failed(deps, limit=deps.settings.replay_max_per_run, since=now - REPLAY_WINDOW, select=due)
    for email_id in result.replayed:
        deps.state.set(REPLAYS, email_id, {"at": now.isoformat()})
    return RunSummary(result.replayed, result.skipped)


def open_breakers(deps) -> list[str]:
    """The breakers whose shared state is not closed (open, or half-open while a probe decides)."""
    from shared.resilience.breaker import CLOSED, COLLECTION
    from shared.resilience.guarded import BREAKERS

    return [name for name in BREAKERS if (deps.state.get(COLLECTION, name) or {}).get("state", CLOSED) != CLOSED]
