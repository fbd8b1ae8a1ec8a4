"""Mailgun inbound routes: the raw variant (`body-mime`, kept byte for byte) and the parsed variant
(`message-headers`, `body-plain`, `body-html`, `attachment-N` files), plus the signature fields.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from shared.errors import RequestRejected
from shared.intake import signatures
from shared.intake.forms import FormData, parse_form
from shared.intake.providers.common import (
    NO_MESSAGE,
    STRUCTURE_HEADERS,
    Attachment,
    MessageParts,
    ProviderMessage,
    load_json,
    rebuild_mime,
    single_text,
    single_value,
)
from shared.intake.providers.foreign import describe_form, reject_foreign
from shared.intake.providers.spec import IncomingRequest, Provider

PROVIDER = "mailgun"
_PARSED_FIELDS = ("message-headers", "body-plain", "body-html", "from", "subject")
_ATTACHMENT = re.compile(r"attachment-(\d{1,6})")


def mailgun_signature_fields(form: FormData) -> tuple[str, str, str]:
    """(timestamp, token, signature), each posted exactly once; 400 otherwise."""
    values = []
    for name in ("timestamp", "token", "signature"):
        value = single_text(form, name, "Mailgun")
        if value is None:
            raise RequestRejected(400, f"Mailgun field {name!r} is missing")
        values.append(value)
    return values[0], values[1], values[2]


def mailgun_message(form: FormData) -> ProviderMessage:
    """The raw MIME when `body-mime` was posted, else a message rebuilt from the parsed fields."""
    reject_foreign(describe_form(form, PROVIDER), "a Mailgun inbound route payload")
    single_value(form, "recipient", "Mailgun")  # an array of recipients is malformed, as in Rails' tests
    token = single_text(form, "token", "Mailgun")
    raw = single_value(form, "body-mime", "Mailgun")
    if raw is not None:
        if not raw.strip():
            raise RequestRejected(400, "Mailgun field 'body-mime' is empty")
        return ProviderMessage(PROVIDER, raw, token)
    if not any(form.has(name) for name in _PARSED_FIELDS):
        raise RequestRejected(400, NO_MESSAGE.format(raw="body-mime"))
    return ProviderMessage(PROVIDER, rebuild_mime(_parts(form), "Mailgun"), token)


def _parts(form: FormData) -> MessageParts:
    parts = MessageParts(headers=_message_headers(form))
    if not parts.has_header("From"):
        parts.add_header("From", single_text(form, "from", "Mailgun") or single_text(form, "sender", "Mailgun"))
    if not parts.has_header("To"):
        parts.add_header("To", single_text(form, "recipient", "Mailgun"))
    if not parts.has_header("Subject"):
        parts.add_header("Subject", single_text(form, "subject", "Mailgun"))
    parts.text = single_text(form, "body-plain", "Mailgun")
    parts.html = single_text(form, "body-html", "Mailgun")
    parts.attachments = _attachments(form)
    return parts


def _message_headers(form: FormData) -> list[tuple[str, str]]:
    """`message-headers` is a JSON list of [name, value] pairs; MIME structure headers are left out."""
    raw = single_value(form, "message-headers", "Mailgun")
    if raw is None:
        return []
    document = load_json(raw, "Mailgun field 'message-headers'")
    if not isinstance(document, list):
        raise RequestRejected(422, "Mailgun field 'message-headers' must be a JSON list of [name, value] pairs")
    headers = []
    for pair in document:
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(item, str) for item in pair)):
            raise RequestRejected(422, "Mailgun field 'message-headers' must be a JSON list of [name, value] pairs")
        if pair[0].strip().lower() not in STRUCTURE_HEADERS:
            headers.append((pair[0], pair[1]))
    return headers


def _attachments(form: FormData) -> list[Attachment]:
    numbered = [(int(match.group(1)), file) for file in form.files if (match := _ATTACHMENT.fullmatch(file.name))]
    numbered.sort(key=lambda item: item[0])
    return [Attachment(file.filename, file.content_type, file.data) for _, file in numbered]


def read(request: IncomingRequest, secret: str, settings, now: datetime) -> ProviderMessage:
    """Verify the HMAC of timestamp+token (and its freshness), then read the message."""
    form = parse_form(request.content_type, request.body)
    timestamp, token, signature = mailgun_signature_fields(form)
    signatures.verify_mailgun(secret, timestamp, token, signature, now, settings.mailgun_max_age_seconds)
    return mailgun_message(form)


def example(base: str, sample: Path, secret: str) -> str:
    return (f"TS=$(date +%s); TOKEN=$(openssl rand -hex 25); SIG=$(printf '%s%s' \"$TS\" \"$TOKEN\" | "
            f"openssl dgst -sha256 -hmac '{secret}' | sed 's/^.*= //')\n"
            f"curl -s -F timestamp=$TS -F token=$TOKEN -F signature=$SIG -F 'body-mime=<{sample}' {base}/mailgun; echo")


SPEC = Provider(
    name=PROVIDER, path="/mailgun", content_types=("multipart/form-data", "application/x-www-form-urlencoded"),
    secret_variable="MAILGUN_SIGNING_KEY", read=read, example=example,
    # "If Mailgun receives a 406 (Not Acceptable) code, Mailgun will determine the POST is rejected and not
    # retry"; any other code is retried for 8 hours (from 5-10 minutes on). 429 asks for that retry.
    stop_status=406, retry_status=429,
    statuses_documented_at="https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/webhook-retries",
)
