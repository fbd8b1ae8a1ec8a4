"""Topic and subscription names (no I/O, no stage code): intake imports them without importing any stage.

Each topic is named after the stage that consumes it; its subscription and its dead-letter topic are named
after the topic. Which stage consumes which topic and where its output goes is the chain's table
(shared.chain), the one place that describes the chain.
"""

from __future__ import annotations

INTENT = "stage-intent"
EXTRACTION = "stage-extraction"
CONSOLIDATION = "stage-consolidation"
MATCHING = "stage-matching"
REPORT = "stage-report"

INTAKE_TOPIC = INTENT


def subscription_of(topic: str) -> str:
    """The one subscription of `topic` (stage topics and dead-letter topics alike)."""
    return f"{topic}-sub"


def dead_letter_topic_of(topic: str) -> str:
    """Where the messages on `topic`'s subscription go when their delivery attempts run out."""
    return f"{topic}-dead-letter"
