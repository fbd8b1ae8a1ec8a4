"""Pub/Sub-triggered entry points: one per stage, plus `dead_letter` for the dead-letter topics."""

import functions_framework


def _run(stage: str, cloud_event) -> None:
    from shared.bootstrap import deps

    run_stage(stage, cloud_event, deps())


def run_stage(stage: str, cloud_event, dependencies) -> None:
    """What every Pub/Sub entry point does (the local bus calls this too): Sentry around the stage runner."""
    from shared.observability import sentry
    from shared.runtime.stage_runner import handle_dead_letter_event, handle_stage_event, sentry_scope

    sentry.init(dependencies.settings)
    tags, trace = sentry_scope(stage, cloud_event)
    if stage == "dead_letter":
        body = lambda: handle_dead_letter_event(cloud_event, dependencies)  # noqa: E731
    else:
        body = lambda: handle_stage_event(stage, cloud_event, dependencies)  # noqa: E731
    sentry.run_in_sentry(body, tags, trace, name=stage, op="function.pubsub")


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
    _run("dead_letter", cloud_event)
