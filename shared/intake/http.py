"""The intake HTTP function: route by path, bound the body, check the content type, verify the sender,
turn the provider's payload into the raw message, accept it, answer JSON.

Every refusal is JSON `{"error": reason}` with a 4xx (or 503 when a secret is missing or a dependency failed,
so the provider retries). Nothing a client sends produces a 500.
"""

from __future__ import annotations

import json
import logging
from typing import Callable

from shared.errors import DependencyUnavailable, RequestRejected
from shared.intake import forms, providers, signatures
from shared.intake.service import accept
from shared.observability.context import bound, new_correlation_id, trace_id_from_headers, valid_correlation_id

log = logging.getLogger("pipeline.intake")

_FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")


def handle(request, deps):
    """Flask request in, Flask response out."""
    from flask import Response

    given = request.headers.get("X-Correlation-ID")
    correlation_id = given if valid_correlation_id(given) else new_correlation_id()
    with bound(correlation_id=correlation_id, stage="intake", trace=trace_id_from_headers(request.headers)):
        try:
            status, body = _dispatch(request, deps, correlation_id)
        except RequestRejected as exc:
            log.info("intake: refused %d: %s", exc.status, exc.reason)
            status, body = exc.status, {"error": exc.reason}
        except DependencyUnavailable as exc:
            log.warning("intake: dependency failed: %s", exc)
            status, body = 503, {"error": f"temporarily unable to accept the message ({exc}); retry later"}
        except Exception:
            log.exception("intake: unexpected error")
            status, body = 503, {"error": "temporarily unable to accept the message; retry later"}
    response = Response(json.dumps(body), status=status, mimetype="application/json")
    response.headers["X-Correlation-ID"] = body.get("correlation_id", correlation_id)
    return response


def _dispatch(request, deps, correlation_id: str) -> tuple[int, dict]:
    path = request.path.rstrip("/") or "/"
    if path == "/healthz":
        if request.method != "GET":
            raise RequestRejected(405, "use GET for /healthz")
        return 200, {"status": "ok"}
    route = ROUTES.get(path)
    if route is None:
        raise RequestRejected(404, f"unknown path {path!r}; use one of {sorted(ROUTES)} or /healthz")
    if request.method != "POST":
        raise RequestRejected(405, f"use POST for {path}")
    body = _read_body(request, deps.settings.max_body_bytes)
    message = route(request, body, deps)
    result = accept(message, correlation_id, deps)
    return 200, {"email_id": result.email_id, "correlation_id": result.correlation_id,
                 "duplicate": result.duplicate}


def _read_body(request, limit: int) -> bytes:
    if request.content_length is not None and request.content_length > limit:
        raise RequestRejected(413, f"body of {request.content_length} bytes exceeds the limit of {limit} bytes")
    body = request.stream.read(limit + 1)
    if len(body) > limit:
        raise RequestRejected(413, f"body exceeds the limit of {limit} bytes")
    if not body:
        raise RequestRejected(400, "empty body")
    return body


def _content_type(request, allowed: tuple[str, ...]) -> str:
    mimetype = (request.mimetype or "").lower()
    if mimetype not in allowed:
        raise RequestRejected(415, f"content type {mimetype or 'none'!r} not accepted here; send {' or '.join(allowed)}")
    return request.headers.get("Content-Type", "")


def _secret(value: str | None, variable: str) -> str:
    if not value:
        raise RequestRejected(503, f"this route is not configured: set {variable}")
    return value


def _mailgun(request, body: bytes, deps):
    content_type = _content_type(request, _FORM_TYPES)
    key = _secret(deps.settings.mailgun_signing_key, "MAILGUN_SIGNING_KEY")
    form = forms.parse_form(content_type, body)
    timestamp, token, signature = providers.mailgun_signature_fields(form)
    signatures.verify_mailgun(key, timestamp, token, signature, deps.clock.now(), deps.settings.mailgun_max_age_seconds)
    return providers.mailgun_message(form)


def _sendgrid(request, body: bytes, deps):
    content_type = _content_type(request, ("multipart/form-data",))
    expected = _secret(deps.settings.sendgrid_basic_auth, "SENDGRID_BASIC_AUTH")
    signatures.verify_basic_auth(expected, request.headers.get("Authorization"))
    public_key = deps.settings.sendgrid_parse_public_key
    if public_key:
        signatures.verify_sendgrid_ecdsa(
            public_key,
            request.headers.get("X-Twilio-Email-Event-Webhook-Timestamp"),
            body,
            request.headers.get("X-Twilio-Email-Event-Webhook-Signature"),
        )
    return providers.sendgrid_message(forms.parse_form(content_type, body))


def _postmark(request, body: bytes, deps):
    _content_type(request, ("application/json",))
    expected = _secret(deps.settings.postmark_basic_auth, "POSTMARK_BASIC_AUTH")
    signatures.verify_basic_auth(expected, request.headers.get("Authorization"))
    return providers.postmark_message(body)


def _raw(request, body: bytes, deps):
    _content_type(request, ("message/rfc822",))
    secret = _secret(deps.settings.raw_webhook_secret, "RAW_WEBHOOK_SECRET")
    signatures.verify_raw_hmac(secret, body, request.headers.get("X-Signature"))
    return providers.raw_message(body)


ROUTES: dict[str, Callable] = {"/mailgun": _mailgun, "/sendgrid": _sendgrid, "/postmark": _postmark, "/raw": _raw}
