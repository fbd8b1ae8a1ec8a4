"""Bind the entry-point bodies to the local bus and run emails through the whole chain in-process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from shared import chain
from shared.domain.report import ProcessingReport
from shared.errors import RequestRejected
from shared.intake.service import accept
from shared.observability.context import bound, new_correlation_id
from shared.local.dispatcher import Dispatcher


@dataclass(frozen=True)
class FileMessage:
    """A ProviderMessage for an .eml file given on the command line."""

    raw_mime: bytes
    provider: str = "file"
    replay_token: str | None = None


def bind_handlers(deps) -> dict:
    """subscription -> callable(cloud_event) serving that subscription's consumer with `deps`, exactly as its
    deployed entry point does (shared.runtime.entry)."""
    from shared.runtime.entry import serve_event

    handlers = {}
    for subscriptions in chain.subscriptions().values():
        for subscription in subscriptions:
            handlers[subscription] = partial(serve_event, chain.consumer_of(subscription), deps=deps)
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
    correlation_id = new_correlation_id()
    try:
        with bound(correlation_id=correlation_id, stage="intake"):
            accepted = accept(FileMessage(raw), correlation_id, deps, dedupe=False)
    except RequestRejected as exc:
        return ProcessOutcome(str(path), error=exc.reason)
    dispatcher_for(deps).run_until_idle()
    report = deps.reports.get(accepted.email_id)
    if report is None:
        return ProcessOutcome(str(path), error="the chain finished without a report (see the logs)")
    return ProcessOutcome(str(path), report=report)
