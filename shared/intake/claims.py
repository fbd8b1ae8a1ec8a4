"""Claim first, then work: one email_id per email however many deliveries of it arrive at once.

The model is AWS Powertools' idempotency: before any side effect, a delivery claims the email's key with a
conditional create in the state store (SQLite locally, Firestore in the cloud; no global lock, so intake stays
parallel across threads and instances). The claim is created with the email_id, so every later delivery of
the same email — concurrent or after a crash — ends with that one id.

    absent ──create──▶ in_progress(owner, lease_until) ──complete──▶ completed
                             │ lease expired (the owner crashed) or released (the owner failed and said so)
                             └──take over (transaction, same email_id)──▶ in_progress(new owner)

A delivery that finds the claim `completed` is a duplicate; one that finds it `in_progress` within its lease
is told to retry (the provider's retry status); one that finds the lease expired takes the claim over and
redoes the (idempotent) store and publish under the stored email_id — a second publish of one email_id is
absorbed by the chain's per-stage completion records. The lease outlasts the platform's request timeout, so
a live owner is never taken over.

Mailgun's token is claimed the same way (bound to the content it first came with) before the email's key, so
one token can never carry two different bodies, even when both arrive at once.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from shared.errors import RequestRejected

CLAIMS = "intake_dedupe"
TOKENS = "mailgun_tokens"
CLAIM_TTL = timedelta(days=30)
TOKEN_TTL = timedelta(days=2)
# The intake function's platform timeout is 60 s (shared/deployment.py): a claim older than twice that has
# lost its owner.
LEASE = timedelta(seconds=120)
_ROUNDS = 5  # a claim that expires or changes hands between our reads is re-evaluated, a bounded number of times
_HEADER_SCAN_BYTES = 256 * 1024
_MESSAGE_ID = re.compile(rb"^message-id[ \t]*:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.I | re.M)


class ClaimInProgress(Exception):
    """Another delivery of the same email holds the claim and its lease is live: answer "retry later"."""


@dataclass(frozen=True)
class Claim:
    email_id: str
    correlation_id: str
    completed: bool  # True: an earlier delivery finished this email (a duplicate)
    owner: str
    doc: dict


def content_sha256(raw: bytes) -> str:
    """The hash that says two deliveries carry the same email: line endings do not count (CRLF == LF)."""
    return hashlib.sha256(raw.replace(b"\r\n", b"\n")).hexdigest()


def header_message_id(raw: bytes) -> str:
    """The Message-ID from the top header block, found without parsing MIME ('' when there is none)."""
    head = raw[:_HEADER_SCAN_BYTES]
    end = re.search(rb"\r?\n\r?\n", head)
    match = _MESSAGE_ID.search(head[: end.start()] if end else head)
    return b" ".join(match.group(1).split()).decode("utf-8", "replace")[:1000] if match else ""


def email_key(raw: bytes) -> str:
    """The dedupe key of an email: its Message-ID and its content."""
    return hashlib.sha256(f"{header_message_id(raw)}\n{content_sha256(raw)}".encode()).hexdigest()


def claim_token(state, token: str, content_sha: str) -> None:
    """Bind a provider's one-time token to this content. RequestRejected(403) when it came with another body."""
    if state.create(TOKENS, token, {"body_sha256": content_sha}, ttl=TOKEN_TTL):
        return
    existing = state.get(TOKENS, token)
    if existing is None:  # expired between the two calls: bind it now (a lost race shows on the next read)
        state.transact(TOKENS, token, lambda current: {"body_sha256": content_sha} if current is None else None)
        existing = state.get(TOKENS, token) or {"body_sha256": content_sha}
    if existing.get("body_sha256") != content_sha:
        raise RequestRejected(403, "webhook token already used for a different message (replay refused)")


def claim_email(state, key: str, email_id: str, correlation_id: str, now: datetime) -> Claim:
    """Claim `key` for this delivery. Returns the claim (ours, or a completed one); raises ClaimInProgress."""
    owner = uuid.uuid4().hex
    fresh = {"state": "in_progress", "email_id": email_id, "correlation_id": correlation_id, "owner": owner,
             "lease_until": (now + LEASE).isoformat()}
    for _ in range(_ROUNDS):
        if state.create(CLAIMS, key, fresh, ttl=CLAIM_TTL):
            return _claim(state.get(CLAIMS, key) or fresh, owner)
        existing = state.get(CLAIMS, key)
        if existing is None:
            continue  # expired or deleted in between: try to create again
        if _completed(existing):
            return _claim(existing, owner)
        if not _lease_expired(existing, now):
            raise ClaimInProgress(f"another delivery of this email is being accepted (claim {key[:12]})")
        taken = state.transact(CLAIMS, key, lambda current: _take_over(current, owner, now))
        if taken is not None and taken.get("owner") == owner:
            return _claim(taken, owner)
    raise ClaimInProgress(f"the claim {key[:12]} kept changing hands; retry")


def unclaimed(email_id: str, correlation_id: str) -> Claim:
    """A claim held without the state store (an email run afresh on purpose, never deduplicated)."""
    return Claim(email_id, correlation_id, completed=False, owner="", doc={})


def complete(state, key: str, claim: Claim) -> None:
    """Mark the email accepted: later deliveries are duplicates of `claim.email_id`."""
    state.set(CLAIMS, key, {**claim.doc, "state": "completed", "owner": claim.owner})


def release(state, key: str, claim: Claim) -> None:
    """Give the claim up after a handled failure, keeping its email_id: the provider's retry takes it over at
    once instead of waiting for the lease (a crash cannot do this; the lease covers that case)."""
    expired = {**claim.doc, "owner": claim.owner, "lease_until": "1970-01-01T00:00:00+00:00"}
    state.set(CLAIMS, key, expired)


def _claim(doc: dict, owner: str) -> Claim:
    return Claim(doc["email_id"], doc["correlation_id"], _completed(doc), owner, dict(doc))


def _completed(doc: dict) -> bool:
    return doc.get("state", "completed") == "completed"  # records from before claims had no state: completed


def _lease_expired(doc: dict, now: datetime) -> bool:
    try:
        return datetime.fromisoformat(doc["lease_until"]) <= now
    except (KeyError, TypeError, ValueError):
        return True


def _take_over(current: dict | None, owner: str, now: datetime) -> dict | None:
    if current is None or _completed(current) or not _lease_expired(current, now):
        return None  # gone, finished or re-claimed meanwhile: leave it, and look again
    return {**current, "owner": owner, "lease_until": (now + LEASE).isoformat()}
