"""Accept one verified inbound email: claim it, understand it, store it (claim check), publish it, complete.

The promise: every accepted email ends in exactly one email_id and one report, and nothing accepted is lost.
- Claim first (shared/intake/claims.py): the email's key (and Mailgun's token) are claimed before any side
  effect, so simultaneous deliveries of one email get one email_id; a crash anywhere is recovered by the
  provider's retry taking the expired claim over.
- Understanding the content never fails the request: a message our parser (or the standard library's) cannot
  read is still stored raw and published marked `unparsed`, so the chain writes a `failed` report a caseworker
  sees, and Sentry gets the exception. Only bytes that are not an email at all are refused (the provider's
  stop status). A bug in parsing can therefore never become an endless provider retry loop.
- A 5xx (DependencyUnavailable, raised by the adapters) means one of our dependencies is down or the request's
  time budget ran out while waiting on one; the provider retries and the claim's lease lets the retry finish.
"""

from __future__ import annotations

import hashlib
import logging
import time
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from shared import topics
from shared.domain.envelope import Envelope
from shared.domain.report import short_sender, short_subject
from shared.errors import DependencyUnavailable, RequestRejected
from shared.intake import claims
from shared.mail.parse import NotAnEmail, ParsedMail, parse_mime
from shared.observability import sentry
from shared.observability.context import bound

if TYPE_CHECKING:
    from shared.mail.limits import ParseLimits

log = logging.getLogger("pipeline.intake")


@dataclass(frozen=True)
class Accepted:
    email_id: str
    correlation_id: str
    duplicate: bool


@dataclass(frozen=True)
class Understood:
    """The parsed mail and its canonical JSON, or (`unparsed`) why the content could not be read."""

    parsed: ParsedMail | None
    mail_json: bytes | None
    unparsed: str | None = None


class Budget:
    """The request's time budget, checked between steps (each adapter call has its own, shorter deadline)."""

    def __init__(self, seconds: float, monotonic=time.monotonic):
        self.seconds, self._monotonic = seconds, monotonic
        self._start = monotonic()

    def check(self, before: str) -> None:
        spent = self._monotonic() - self._start
        if spent > self.seconds:
            raise DependencyUnavailable("intake", f"time budget of {self.seconds:.0f} s spent before {before}")


def accept(message, correlation_id: str, deps, budget: Budget | None = None, dedupe: bool = True) -> Accepted:
    """Take a verified ProviderMessage into the pipeline. `dedupe=False` (the `process` command) claims nothing:
    the file runs afresh under a new email_id every time.

    Raises RequestRejected (not an email; a replayed token), claims.ClaimInProgress (another delivery of it is
    being accepted) or DependencyUnavailable (a dependency failed; nothing is lost, the provider retries).
    """
    budget = budget or Budget(deps.settings.intake_budget_seconds)
    raw = message.raw_mime
    if not dedupe:
        return _accept_claimed(message, None, claims.unclaimed(new_email_id(deps), correlation_id), deps, budget)
    if message.replay_token:
        claims.claim_token(deps.state, message.replay_token, claims.content_sha256(raw))
    key = claims.email_key(raw)
    claim = claims.claim_email(deps.state, key, new_email_id(deps), correlation_id, deps.clock.now())
    if claim.completed:
        return Accepted(claim.email_id, claim.correlation_id, duplicate=True)
    return _accept_claimed(message, key, claim, deps, budget)


def _accept_claimed(message, key: str | None, claim: claims.Claim, deps, budget: Budget) -> Accepted:
    """Understand, store and publish an email this delivery holds the claim of (`key` None: unclaimed)."""
    raw = message.raw_mime
    with bound(email_id=claim.email_id, correlation_id=claim.correlation_id):
        try:
            understood = understand(raw, deps.settings.parse_limits,
                                    email_id=claim.email_id, correlation_id=claim.correlation_id)
        except NotAnEmail as exc:
            if key is not None:
                deps.state.delete(claims.CLAIMS, key)  # nothing was stored or published: forget the claim
            raise RequestRejected(422, f"not an email message: {exc}") from None
        try:
            _store_and_publish(message, understood, claim, deps, budget)
            if key is not None:
                claims.complete(deps.state, key, claim)
        except Exception:
            if key is not None:
                _release_quietly(deps.state, key, claim)
            raise
        log.info("intake: accepted from %s%s", message.provider, " (unparsed)" if understood.unparsed else "",
                 extra={"operation": "first"})
    return Accepted(claim.email_id, claim.correlation_id, duplicate=False)


def understand(raw: bytes, limits: ParseLimits, **sentry_tags: str) -> Understood:
    """Parse and serialise the mail. Raises NotAnEmail only; any other failure is an `unparsed` result, and
    reported to Sentry with `sentry_tags` (the email's ids)."""
    try:
        parsed = parse_mime(raw, limits)
        if parsed.mail.exceeds_engine_text():  # the engines read only the start: a caseworker checks the rest
            parsed.mail.defects.append("limit:engine_text")
        return Understood(parsed, parsed.mail.model_dump_json().encode())
    except NotAnEmail:
        raise
    except Exception as exc:  # noqa: BLE001 - a parser bug must not turn into a provider retry loop
        log.warning("intake: content could not be parsed (%s); stored raw and sent on as unparsed",
                    type(exc).__name__)
        sentry.capture_exception(exc, failure="intake-unparseable", **sentry_tags)
        return Understood(None, None, unparsed=f"{type(exc).__name__} while parsing the MIME message")


def new_email_id(deps) -> str:
    """Time-ordered, unique: YYYYMMDDTHHMMSS-<12 hex>."""
    return f"{deps.clock.now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:12]}"


def _release_quietly(state, key: str, claim: claims.Claim) -> None:
    try:
        claims.release(state, key, claim)
    except Exception:  # noqa: BLE001 - the state store may be what failed; the lease expires on its own then
        log.warning("intake: could not release the claim; the provider's retry waits for its lease")


def _store_and_publish(message, understood: Understood, claim: claims.Claim, deps, budget: Budget) -> None:
    """Store the raw MIME, the attachments and the canonical mail (content-addressed: a retry rewrites the same
    objects), then publish the envelope (a second publish of one email_id is absorbed by the chain)."""
    budget.check("storing the message")
    envelope = _store(message, understood, claim, deps, budget)
    budget.check("publishing the message")
    deps.bus.publish(topics.INTAKE_TOPIC, envelope.encode(), {**envelope.attributes(), **sentry.trace_attributes()})


def _store(message, understood: Understood, claim: claims.Claim, deps, budget: Budget) -> Envelope:
    raw = message.raw_mime
    raw_sha = hashlib.sha256(raw).hexdigest()
    raw_key, mail_key = f"raw/{raw_sha}.eml", f"mail/{raw_sha}.json"
    deps.blobs.put(raw_key, raw, "message/rfc822", {"provider": message.provider})
    parsed = understood.parsed
    if parsed is not None:
        for attachment in parsed.mail.attachments:
            budget.check(f"storing attachment {attachment.sha256[:12]}")
            deps.blobs.put(attachment.blob_key, parsed.attachment_payloads[attachment.sha256], attachment.content_type)
        deps.blobs.put(mail_key, understood.mail_json, "application/json")
    return Envelope(
        email_id=claim.email_id,
        correlation_id=claim.correlation_id,
        provider=message.provider,
        received_at=deps.clock.now(),
        message_id=parsed.mail.message_id if parsed else (claims.header_message_id(raw) or None),
        sender=short_sender(parsed.mail.from_address) if parsed else None,
        subject=short_subject(parsed.mail.subject) if parsed else None,
        raw_key=raw_key,
        raw_sha256=raw_sha,
        raw_size=len(raw),
        mail_key=mail_key if parsed else "",
        defects=parsed.mail.defects if parsed else [],
        unparsed=understood.unparsed,
    )
