"""HTTP entry point `replay`: Cloud Scheduler's call (OIDC, internal ingress, only the scheduler's service account
may invoke it) to replay emails that failed during a dependency outage (shared/runtime/scheduled_replay.py)."""

import functions_framework


@functions_framework.http
def replay(request):
    from shared.bootstrap import deps
    from shared.observability import sentry
    from shared.runtime.scheduled_replay import run_scheduled

    dependencies = deps()
    sentry.init(dependencies.settings)
    summary = sentry.run_in_sentry(lambda: run_scheduled(dependencies), {"stage": "replay"}, None,
                                   name="replay", op="function.http")
    return summary.as_json(), 200
