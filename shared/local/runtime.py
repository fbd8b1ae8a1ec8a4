"""Bind the entry-point bodies to the local bus and run emails through the whole chain in-process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from shared import topics
from shared.domain.report import ProcessingReport
from shared.errors import RequestRejected
from shared.intake.service import accept
from shared.observability.context import new_correlation_id
from shared.runtime.local_dispatcher import Dispatcher
from shared.runtime.stage_runner import handle_dead_letter_event, handle_stage_event


@dataclass(frozen=True)
class FileMessage:
    """A ProviderMessage for an .eml file given on the command line."""

    raw_mime: bytes
    provider: str = "file"
    replay_token: str | None = None


def bind_handlers(deps) -> dict:
    """subscription -> callable(cloud_event) running that subscription's consumer with `deps`."""
    handlers = {}
    for topic, subscriptions in topics.subscriptions().items():
        for subscription in subscriptions:
            consumer = topics.consumer_of(subscription)
            if consumer == "dead_letter":
                handlers[subscription] = partial(handle_dead_letter_event, deps=deps)
            else:
                handlers[subscription] = partial(handle_stage_event, consumer, deps=deps)
    return handlers


def dispatcher_for(deps) -> Dispatcher:
    return Dispatcher(deps.bus, bind_handlers(deps), deps.clock)


@dataclass(frozen=True)
class ProcessOutcome:
    path: str
    report: ProcessingReport | None = None
    error: str | None = None


def process_file(path: Path, deps) -> ProcessOutcome:
    """Run one .eml file through intake and the whole chain afresh (no dedupe); return its stored report."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        return ProcessOutcome(str(path), error=f"cannot read file: {exc.strerror or exc}")
    try:
        accepted = accept(FileMessage(raw), new_correlation_id(), deps, dedupe=False)
    except RequestRejected as exc:
        return ProcessOutcome(str(path), error=exc.reason)
    dispatcher_for(deps).run_until_idle()
    report = deps.reports.get(accepted.email_id)
    if report is None:
        return ProcessOutcome(str(path), error="the chain finished without a report (see the logs)")
    return ProcessOutcome(str(path), report=report)
