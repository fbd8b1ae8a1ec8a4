"""The intake HTTP function: route by path (the provider registry), bound the body, check the content type,
verify the sender, turn the provider's payload into the raw message, accept it, answer JSON.

Every answer is JSON. Refusals are `{"error": reason}`:
- nothing usable arrived (malformed payload, not an email, too large, wrong content type) → the provider's
  stop status, so it does not retry what can never succeed;
- authentication failed → 401 (a misconfigured secret must not make a provider give the mail up);
- another delivery of the same email is being accepted → the provider's retry status with Retry-After;
- a dependency of ours is down, the route's secret is not configured, or the time budget ran out → 503.
Nothing a client sends produces a 500, and no content error produces a 5xx.
"""

from __future__ import annotations

import json
import logging

from shared.errors import DependencyUnavailable, RequestRejected
from shared.intake.claims import ClaimInProgress
from shared.intake.providers import BY_PATH, IncomingRequest, Provider
from shared.intake.service import Budget, accept
from shared.observability.context import bound, new_correlation_id, trace_id_from_headers, valid_correlation_id

log = logging.getLogger("pipeline.intake")

# Refusals that no retry can change: answered with the provider's stop status.
_UNUSABLE = frozenset({400, 413, 415, 422})


def handle(request, deps):
    """Flask request in, Flask response out."""
    from flask import Response

    given = request.headers.get("X-Correlation-ID")
    correlation_id = given if valid_correlation_id(given) else new_correlation_id()
    provider = BY_PATH.get(request.path.rstrip("/") or "/")
    headers = {}
    with bound(correlation_id=correlation_id, stage="intake", trace=trace_id_from_headers(request.headers)):
        try:
            status, body = _dispatch(request, provider, deps, correlation_id)
        except RequestRejected as exc:
            status, body = _refusal(exc, provider), {"error": exc.reason}
            log.info("intake: refused %d: %s", status, exc.reason)
        except ClaimInProgress as exc:
            status, body = provider.retry_status, {"error": f"{exc}; retry later"}
            headers["Retry-After"] = str(provider.retry_after_seconds)
            log.info("intake: answered %d, claim in progress", status)
        except DependencyUnavailable as exc:
            log.warning("intake: dependency failed: %s", exc)
            status, body = 503, {"error": f"temporarily unable to accept the message ({exc}); retry later"}
        except Exception:
            log.exception("intake: unexpected error")
            status, body = 503, {"error": "temporarily unable to accept the message; retry later"}
    response = Response(json.dumps(body), status=status, mimetype="application/json", headers=headers)
    response.headers["X-Correlation-ID"] = body.get("correlation_id", correlation_id)
    return response


def _refusal(exc: RequestRejected, provider: Provider | None) -> int:
    """The refusal's own status, unless the provider would retry it although no retry can help."""
    if provider is not None and exc.status in _UNUSABLE and not provider.stops_on(exc.status):
        return provider.stop_status
    return exc.status


def _dispatch(request, provider: Provider | None, deps, correlation_id: str) -> tuple[int, dict]:
    budget = Budget(deps.settings.intake_budget_seconds)
    path = request.path.rstrip("/") or "/"
    if path == "/healthz":
        if request.method != "GET":
            raise RequestRejected(405, "use GET for /healthz")
        return 200, {"status": "ok"}
    if provider is None:
        raise RequestRejected(404, f"unknown path {path!r}; use one of {sorted(BY_PATH)} or /healthz")
    if request.method != "POST":
        raise RequestRejected(405, f"use POST for {path}")
    body = _read_body(request, deps.settings.max_body_bytes)
    content_type = _content_type(request, provider.content_types)
    secret = getattr(deps.settings, provider.secret_setting)
    if not secret:
        raise RequestRejected(503, f"this route is not configured: set {provider.secret_variable}")
    incoming = IncomingRequest(headers=request.headers, content_type=content_type, body=body)
    message = provider.read(incoming, secret, deps.settings, deps.clock.now())
    result = accept(message, correlation_id, deps, budget)
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
