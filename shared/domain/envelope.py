"""The versioned message that travels between stages: intake's facts plus each stage's appended result.

Messages carry references and small metadata only (the canonical mail and large outputs live in the blob
store). Consumers accept the current version and the previous one (via an explicit upgrade step, so a
rolling deploy loses nothing); any other version, or data that does not validate, is an `InvalidMessage`.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Callable

from pydantic import BaseModel, Field, ValidationError

from shared.domain.results import (
    Consolidation, ExtractionResult, Failure, IntentResult, MatchResult, TokenUsage,
)
from shared.errors import InvalidMessage

CURRENT_VERSION = 2


def _structured_reasons(raw: dict[str, Any]) -> dict[str, Any]:
    """1 -> 2: review reasons became {code, field, detail} (`shared.domain.review`). A version-1 reason is its
    sentence, which the results' Reason type reads back into code, field and detail: the data passes unchanged."""
    return raw


# version -> function turning a dict of that version into a dict of the next version.
# When the envelope changes shape, bump CURRENT_VERSION and register the step from the old version here.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _structured_reasons}


class Envelope(BaseModel):
    schema_version: int = CURRENT_VERSION
    email_id: str
    correlation_id: str
    provider: str
    received_at: datetime
    message_id: str | None = None
    # Who sent it and about what, for the report (bounded at intake: shared.domain.report.short_sender/subject).
    # Optional: envelopes published before these fields existed have neither.
    sender: str | None = None
    subject: str | None = None
    raw_key: str
    raw_sha256: str
    raw_size: int
    mail_key: str
    defects: list[str] = Field(default_factory=list)
    # Why intake could not parse the content (it stored the raw MIME and sent it on anyway); mail_key is "" then.
    unparsed: str | None = None
    intent: IntentResult | None = None
    extraction: ExtractionResult | None = None
    consolidation: Consolidation | None = None
    matching: MatchResult | None = None
    failure: Failure | None = None

    def attributes(self, **extra: str) -> dict[str, str]:
        """Pub/Sub attributes for this envelope: always the correlation id, email id and provider."""
        return {"correlation_id": self.correlation_id, "email_id": self.email_id, "provider": self.provider, **extra}

    def encode(self) -> bytes:
        return self.model_dump_json().encode()

    def stage_usage(self) -> dict[str, TokenUsage]:
        usage = {}
        for stage in ("intent", "extraction"):
            result = getattr(self, stage)
            if result is not None:
                usage[stage] = result.usage
        return usage


def accepted_versions() -> tuple[int, ...]:
    previous = CURRENT_VERSION - 1
    return (previous, CURRENT_VERSION) if previous in UPGRADES else (CURRENT_VERSION,)


def decode_envelope(data: bytes) -> Envelope:
    """Parse message data into the current Envelope, upgrading the previous version. Raises InvalidMessage."""
    try:
        raw = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidMessage(f"message data is not JSON: {exc.__class__.__name__}") from None
    if not isinstance(raw, dict):
        raise InvalidMessage("message data is not a JSON object")
    version = raw.get("schema_version")
    if version not in accepted_versions():
        raise InvalidMessage(f"unsupported schema_version {version!r}; accepted: {list(accepted_versions())}")
    while version != CURRENT_VERSION:
        raw = UPGRADES[version](raw)
        version += 1
        raw["schema_version"] = version
    try:
        return Envelope.model_validate(raw)
    except ValidationError as exc:
        fields = ", ".join(".".join(str(p) for p in err["loc"]) for err in exc.errors()[:5])
        raise InvalidMessage(f"message does not match the envelope schema (fields: {fields})") from None


class FailureNotice(BaseModel):
    """What a stage sends the report function when it cannot even decode its input (no envelope to extend)."""

    kind: str = "failure_notice"
    schema_version: int = CURRENT_VERSION
    email_id: str
    correlation_id: str
    failure: Failure

    def encode(self) -> bytes:
        return self.model_dump_json().encode()


def decode_report_input(data: bytes) -> Envelope | FailureNotice:
    """The report function's input: an Envelope, or a FailureNotice. Raises InvalidMessage."""
    try:
        raw = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raw = None
    if isinstance(raw, dict) and raw.get("kind") == "failure_notice":
        try:
            return FailureNotice.model_validate(raw)
        except ValidationError:
            raise InvalidMessage("malformed failure notice") from None
    return decode_envelope(data)
