"""Pub/Sub-triggered entry points: one per stage, plus `dead_letter` for the dead-letter topics."""

import functions_framework


def _run(stage: str, cloud_event) -> None:
    from shared.bootstrap import deps
    from shared.runtime.stage_runner import handle_stage_event

    handle_stage_event(stage, cloud_event, deps())


@functions_framework.cloud_event
def intent(cloud_event):
    _run("intent", cloud_event)


@functions_framework.cloud_event
def extraction(cloud_event):
    _run("extraction", cloud_event)


@functions_framework.cloud_event
def consolidation(cloud_event):
    _run("consolidation", cloud_event)


@functions_framework.cloud_event
def matching(cloud_event):
    _run("matching", cloud_event)


@functions_framework.cloud_event
def report(cloud_event):
    _run("report", cloud_event)


@functions_framework.cloud_event
def dead_letter(cloud_event):
    from shared.bootstrap import deps
    from shared.runtime.stage_runner import handle_dead_letter_event

    handle_dead_letter_event(cloud_event, deps())
