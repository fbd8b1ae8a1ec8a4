"""The chain's table is the one description of the chain: the topics form one path from intake to the report,
every consumer has a handler and an entry point, and the deployment manifest deploys exactly those."""

from __future__ import annotations

import main
from shared import chain, topics
from shared.deployment import FUNCTIONS
from shared.runtime.consumers import HANDLERS


def test_the_stages_form_one_path_from_intake_to_the_report():
    assert chain.STAGES[0].topic == topics.INTAKE_TOPIC
    for stage, following in zip(chain.STAGES, chain.STAGES[1:]):
        assert stage.next_topic == following.topic, stage.name
    assert chain.STAGES[-1] is chain.REPORT and chain.REPORT.next_topic is None
    assert len({stage.topic for stage in chain.STAGES}) == len(chain.STAGES)


def test_each_output_is_what_the_next_stage_reads():
    for stage, following in zip(chain.STAGES, chain.STAGES[1:]):
        assert stage.writes in following.reads, stage.name


def test_every_consumer_has_a_handler_and_an_entry_point():
    consumers = {stage.name for stage in chain.STAGES} | {chain.DEAD_LETTER}
    assert set(HANDLERS) == consumers
    assert all(callable(getattr(main, name, None)) for name in consumers)


def test_every_subscription_has_exactly_one_consumer():
    subscriptions = [sub for subs in chain.subscriptions().values() for sub in subs]
    assert len(subscriptions) == len(set(subscriptions)) == 2 * len(chain.STAGES)
    assert {chain.consumer_of(sub) for sub in subscriptions} == set(HANDLERS)
    assert set(chain.dead_letter_topics().values()) == set(chain.DEAD_LETTER_TOPICS)


def test_the_deployment_manifest_follows_the_table():
    pubsub_functions = {name: spec for name, spec in FUNCTIONS.items() if spec.signature == "cloudevent"}
    assert set(pubsub_functions) == set(HANDLERS)
    for stage in chain.STAGES:
        spec = FUNCTIONS[stage.name]
        assert spec.consumes == (stage.topic,)
        assert set(spec.publishes) == {t for t in (stage.next_topic, topics.REPORT) if t and t != stage.topic}
        assert spec.uses_sql == ("reports" in stage.ports), stage.name
    assert set(FUNCTIONS[chain.DEAD_LETTER].consumes) == set(chain.DEAD_LETTER_TOPICS)


def test_a_replay_from_a_stage_runs_it_and_every_later_one():
    assert [s.name for s in chain.from_stage(chain.MATCHING)] == ["matching", "report"]
