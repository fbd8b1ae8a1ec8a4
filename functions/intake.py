"""HTTP entry point `intake`: mail providers' webhooks (/mailgun, /sendgrid, /postmark, /raw) and /healthz."""

import functions_framework


@functions_framework.http
def intake(request):
    from shared.bootstrap import deps
    from shared.intake.http import handle

    return handle(request, deps())
