"""Pub/Sub-triggered entry points: one per stage of the chain, plus `dead_letter` for the dead-letter topics.

    intake ─▶ intent ─▶ extraction ─▶ consolidation ─▶ matching ─▶ report      (shared/chain.py: the table)
    any stage's dead-letter topic ─▶ dead_letter                                 (a `failed` report)

Each entry point decodes its CloudEvent once and hands the message to its consumer's handler
(shared/runtime/entry.py → shared/runtime/consumers.py). Nothing is imported before the first event, so the
intake function, which loads this module too, pays nothing for the stages.
"""

import functions_framework


def _serve(consumer: str, cloud_event) -> None:
    from shared.bootstrap import deps
    from shared.runtime.entry import serve_event

    serve_event(consumer, cloud_event, deps())


@functions_framework.cloud_event
def intent(cloud_event):
    _serve("intent", cloud_event)


@functions_framework.cloud_event
def extraction(cloud_event):
    _serve("extraction", cloud_event)


@functions_framework.cloud_event
def consolidation(cloud_event):
    _serve("consolidation", cloud_event)


@functions_framework.cloud_event
def matching(cloud_event):
    _serve("matching", cloud_event)


@functions_framework.cloud_event
def report(cloud_event):
    _serve("report", cloud_event)


@functions_framework.cloud_event
def dead_letter(cloud_event):
    _serve("dead_letter", cloud_event)
