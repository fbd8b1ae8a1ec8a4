"""Accept one verified inbound email: parse, store (claim check), publish, then remember it.

Order matters for "nothing accepted is lost": the raw MIME, its attachments and the canonical mail are stored
and the envelope is published BEFORE the dedupe and replay records are written. If storing or publishing fails,
nothing is recorded and the caller answers 503, so the provider retries. A provider retry of an accepted email
(same Mailgun token and body, or same Message-ID and content) starts no second pipeline run.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from dataclasses import dataclass
from datetime import timedelta

from shared import topics
from shared.domain.envelope import Envelope
from shared.errors import DependencyUnavailable, RequestRejected
from shared.mail.parse import NotAnEmail, ParsedMail, TooDeeplyNested, parse_mime
from shared.observability import sentry
from shared.observability.context import bound

log = logging.getLogger("pipeline.intake")

DEDUPE = "intake_dedupe"
REPLAY = "mailgun_tokens"
DEDUPE_TTL = timedelta(days=30)
REPLAY_TTL = timedelta(days=2)


@dataclass(frozen=True)
class Accepted:
    email_id: str
    correlation_id: str
    duplicate: bool


def accept(message, correlation_id: str, deps, dedupe: bool = True) -> Accepted:
    """Take a ProviderMessage (verified) into the pipeline. Raises RequestRejected or DependencyUnavailable."""
    body_sha = hashlib.sha256(message.raw_mime).hexdigest()
    if message.replay_token:
        previous = deps.state.get(REPLAY, message.replay_token)
        if previous is not None:
            if previous["body_sha256"] != body_sha:
                raise RequestRejected(403, "webhook token already used for a different message (replay refused)")
            return Accepted(previous["email_id"], previous["correlation_id"], duplicate=True)
    parsed = _parse(message.raw_mime, deps.settings.max_mime_depth)
    dedupe_key = hashlib.sha256(f"{parsed.mail.message_id or ''}\n{body_sha}".encode()).hexdigest()
    if dedupe:
        existing = deps.state.get(DEDUPE, dedupe_key)
        if existing is not None:
            _remember_token(message, body_sha, existing["email_id"], existing["correlation_id"], deps)
            return Accepted(existing["email_id"], existing["correlation_id"], duplicate=True)
    envelope = _store_and_publish(message, parsed, body_sha, correlation_id, deps)
    record = {"email_id": envelope.email_id, "correlation_id": correlation_id, "body_sha256": body_sha}
    if dedupe:
        deps.state.create(DEDUPE, dedupe_key, record, ttl=DEDUPE_TTL)
    _remember_token(message, body_sha, envelope.email_id, correlation_id, deps)
    with bound(email_id=envelope.email_id):
        log.info("intake: accepted from %s", message.provider, extra={"operation": "first"})
    return Accepted(envelope.email_id, correlation_id, duplicate=False)


def new_email_id(deps) -> str:
    """Time-ordered, unique: YYYYMMDDTHHMMSS-<12 hex>."""
    return f"{deps.clock.now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:12]}"


def _parse(raw: bytes, max_depth: int) -> ParsedMail:
    try:
        return parse_mime(raw, max_depth)
    except NotAnEmail as exc:
        raise RequestRejected(422, f"not an email message: {exc}") from None
    except TooDeeplyNested as exc:
        raise RequestRejected(422, str(exc)) from None


def _store_and_publish(message, parsed: ParsedMail, body_sha: str, correlation_id: str, deps) -> Envelope:
    email_id = new_email_id(deps)
    raw_key, mail_key = f"raw/{body_sha}.eml", f"mail/{body_sha}.json"
    try:
        deps.blobs.put(raw_key, message.raw_mime, "message/rfc822", {"provider": message.provider})
        for attachment in parsed.mail.attachments:
            data = parsed.attachment_payloads[attachment.sha256]
            deps.blobs.put(attachment.blob_key, data, attachment.content_type)
        deps.blobs.put(mail_key, parsed.mail.model_dump_json().encode(), "application/json")
    except DependencyUnavailable:
        raise
    except Exception as exc:
        raise DependencyUnavailable("blob store", type(exc).__name__) from exc
    envelope = Envelope(
        email_id=email_id,
        correlation_id=correlation_id,
        provider=message.provider,
        received_at=deps.clock.now(),
        message_id=parsed.mail.message_id,
        raw_key=raw_key,
        raw_sha256=body_sha,
        raw_size=len(message.raw_mime),
        mail_key=mail_key,
        defects=parsed.mail.defects,
    )
    try:
        attributes = {**envelope.attributes(), **sentry.trace_attributes()}
        deps.bus.publish(topics.INTAKE_TOPIC, envelope.encode(), attributes)
    except DependencyUnavailable:
        raise
    except Exception as exc:
        raise DependencyUnavailable("message bus", type(exc).__name__) from exc
    return envelope


def _remember_token(message, body_sha: str, email_id: str, correlation_id: str, deps) -> None:
    if message.replay_token:
        record = {"email_id": email_id, "correlation_id": correlation_id, "body_sha256": body_sha}
        deps.state.create(REPLAY, message.replay_token, record, ttl=REPLAY_TTL)
