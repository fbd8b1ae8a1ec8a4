"""The chain: the one table of stages — what each consumes and produces, where its output goes, which ports
it needs. Everything else that knows the chain's shape (the local bus's subscriptions, the deployment manifest,
`dlq replay`, the emulator wiring, infra checks) reads it from here.

    intake ─▶ stage-intent ─▶ intent ─▶ stage-extraction ─▶ extraction ─▶ stage-consolidation ─▶ consolidation
          ─▶ stage-matching ─▶ matching ─▶ stage-report ─▶ report (the caseworker's report row)
    each stage subscription's dead-letter topic ─▶ dead_letter (a `failed` report)

A stage's ports are the keyword-only parameters of its run function (cosmicpython's bootstrap: a handler
declares what it needs by name, and the runner passes exactly those dependencies). Topic names live in
shared.topics (intake imports them without importing any stage).
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Any, Callable

from shared import topics
from shared.domain.envelope import Envelope, FailureNotice, decode_envelope, decode_report_input
from shared.domain.report import ProcessingReport
from shared.stages import consolidation, extraction, intent, matching, report

PORTS = frozenset({"bus", "blobs", "state", "reports", "clients", "engine", "clock", "audit"})


@dataclass(frozen=True)
class Stage:
    name: str                          # stage name, Cloud Functions entry point and deployed function
    run: Callable[..., Any]            # run(message, *, <ports>) -> output
    reads: tuple[type, ...]            # the message types it accepts
    decode: Callable[[bytes], Any]     # message data -> one of `reads`; raises InvalidMessage
    writes: type                       # what `run` returns
    topic: str                         # the topic it consumes
    next_topic: str | None             # where its output goes (None: it is the end of the chain)

    @property
    def ports(self) -> tuple[str, ...]:
        """The dependencies `run` asks for: its keyword-only parameters."""
        parameters = inspect.signature(self.run).parameters.values()
        return tuple(p.name for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY)

    def ports_from(self, deps) -> dict[str, Any]:
        """Exactly the ports this stage uses, taken from `deps` (a bootstrap.Deps or any object with them)."""
        return {name: getattr(deps, name) for name in self.ports}

    @property
    def subscription(self) -> str:
        return topics.subscription_of(self.topic)

    @property
    def dead_letter_topic(self) -> str:
        return topics.dead_letter_topic_of(self.topic)


INTENT = Stage("intent", intent.run, (Envelope,), decode_envelope, Envelope, topics.INTENT, topics.EXTRACTION)
EXTRACTION = Stage("extraction", extraction.run, (Envelope,), decode_envelope, Envelope,
                   topics.EXTRACTION, topics.CONSOLIDATION)
CONSOLIDATION = Stage("consolidation", consolidation.run, (Envelope,), decode_envelope, Envelope,
                      topics.CONSOLIDATION, topics.MATCHING)
MATCHING = Stage("matching", matching.run, (Envelope,), decode_envelope, Envelope, topics.MATCHING, topics.REPORT)
# The end of the chain: also receives every stage's permanent failure (a FailureNotice or a failed Envelope).
REPORT = Stage("report", report.run, (Envelope, FailureNotice), decode_report_input, ProcessingReport,
               topics.REPORT, None)

TRANSFORMS: tuple[Stage, ...] = (INTENT, EXTRACTION, CONSOLIDATION, MATCHING)  # each publishes to the next
STAGES: tuple[Stage, ...] = TRANSFORMS + (REPORT,)
BY_NAME = {stage.name: stage for stage in STAGES}

DEAD_LETTER = "dead_letter"  # the consumer of every stage's dead-letter topic
DEAD_LETTER_TOPICS = tuple(stage.dead_letter_topic for stage in STAGES)

if STAGES[0].topic != topics.INTAKE_TOPIC:  # pragma: no cover - a wiring error caught at import
    raise RuntimeError("intake must publish to the first stage's topic")


def dead_letter_subscription(dead_letter_topic: str) -> str:
    return topics.subscription_of(dead_letter_topic)


def subscriptions() -> dict[str, list[str]]:
    """topic -> its subscriptions (stage topics and dead-letter topics)."""
    subs = {stage.topic: [stage.subscription] for stage in STAGES}
    subs.update({topic: [dead_letter_subscription(topic)] for topic in DEAD_LETTER_TOPICS})
    return subs


def dead_letter_topics() -> dict[str, str]:
    """stage subscription -> the dead-letter topic its undeliverable messages go to."""
    return {stage.subscription: stage.dead_letter_topic for stage in STAGES}


def consumer_of(subscription: str) -> str:
    """The entry point that consumes `subscription` (DEAD_LETTER for the dead-letter subscriptions)."""
    for stage in STAGES:
        if subscription == stage.subscription:
            return stage.name
    if any(subscription == dead_letter_subscription(topic) for topic in DEAD_LETTER_TOPICS):
        return DEAD_LETTER
    raise KeyError(subscription)


def from_stage(stage: Stage) -> tuple[Stage, ...]:
    """`stage` and every stage after it, in chain order (what a replay from `stage` runs again)."""
    return STAGES[STAGES.index(stage):]
