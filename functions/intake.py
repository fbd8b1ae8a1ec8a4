"""HTTP entry point `intake`: mail providers' webhooks (/mailgun, /sendgrid, /postmark, /raw) and /healthz."""

import functions_framework

from shared.intake import server_errors

server_errors.install()  # gunicorn's own error answers (431, 400, ...) as JSON, like every other refusal


@functions_framework.http
def intake(request):
    from shared.bootstrap import deps
    from shared.intake.http import handle
    from shared.observability import sentry

    dependencies = deps()
    sentry.init(dependencies.settings)
    trace = {k: request.headers[k] for k in ("sentry-trace", "baggage") if k in request.headers}
    return sentry.run_in_sentry(lambda: handle(request, dependencies), {"stage": "intake"}, trace,
                                name="intake", op="function.http")
