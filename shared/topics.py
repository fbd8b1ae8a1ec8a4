"""Topic and subscription names: the one place that says which function consumes which topic.

Each topic is named after the stage that consumes it. Every stage subscription has its own dead-letter
topic, all of which the `dead_letter` function consumes. Intake publishes to the first stage's topic; a
stage publishes its output to the next stage's topic; a permanent failure goes straight to `REPORT`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StageRoute:
    stage: str            # stage name and Cloud Functions entry point
    topic: str            # the topic it consumes
    next_topic: str | None

    @property
    def subscription(self) -> str:
        return f"{self.topic}-sub"

    @property
    def dead_letter_topic(self) -> str:
        return f"{self.topic}-dead-letter"


INTENT = "stage-intent"
EXTRACTION = "stage-extraction"
CONSOLIDATION = "stage-consolidation"
MATCHING = "stage-matching"
REPORT = "stage-report"

INTAKE_TOPIC = INTENT

ROUTES: tuple[StageRoute, ...] = (
    StageRoute("intent", INTENT, EXTRACTION),
    StageRoute("extraction", EXTRACTION, CONSOLIDATION),
    StageRoute("consolidation", CONSOLIDATION, MATCHING),
    StageRoute("matching", MATCHING, REPORT),
    StageRoute("report", REPORT, None),
)
ROUTE_BY_STAGE = {route.stage: route for route in ROUTES}
STAGE_BY_SUBSCRIPTION = {route.subscription: route.stage for route in ROUTES}
DEAD_LETTER_TOPICS = tuple(route.dead_letter_topic for route in ROUTES)


def dead_letter_subscription(dead_letter_topic: str) -> str:
    return f"{dead_letter_topic}-sub"


def subscriptions() -> dict[str, list[str]]:
    """topic -> its subscriptions (stage topics and dead-letter topics)."""
    subs = {route.topic: [route.subscription] for route in ROUTES}
    subs.update({topic: [dead_letter_subscription(topic)] for topic in DEAD_LETTER_TOPICS})
    return subs


def consumer_of(subscription: str) -> str:
    """The entry point that consumes `subscription` ('dead_letter' for the dead-letter subscriptions)."""
    if subscription in STAGE_BY_SUBSCRIPTION:
        return STAGE_BY_SUBSCRIPTION[subscription]
    if any(subscription == dead_letter_subscription(topic) for topic in DEAD_LETTER_TOPICS):
        return "dead_letter"
    raise KeyError(subscription)
