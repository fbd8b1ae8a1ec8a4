"""SendGrid Inbound Parse: raw mode (`email` holds the full MIME, kept byte for byte) and parsed mode
(`headers` block, `text`, `html`, `from`, `to`, `cc`, `subject`, `attachmentN` files, each text field in the
charset named by the `charsets` JSON field). A present `envelope` must be {"to": [str, ...], ...}.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from email import policy
from email.parser import HeaderParser
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
    decode_text,
    rebuild_mime,
    single_value,
)
from shared.intake.providers.foreign import describe_form, reject_foreign
from shared.intake.providers.spec import IncomingRequest, Provider

PROVIDER = "sendgrid"
_PARSED_FIELDS = ("headers", "text", "html", "from", "subject")
_FIELD_HEADERS = (("From", "from"), ("To", "to"), ("Cc", "cc"), ("Subject", "subject"))
_ATTACHMENT = re.compile(r"attachment(\d{1,6})")


def sendgrid_message(form: FormData) -> ProviderMessage:
    """The raw MIME of raw mode, else a message rebuilt from the parsed fields."""
    reject_foreign(describe_form(form, PROVIDER), "a SendGrid Inbound Parse payload")
    _check_envelope(single_value(form, "envelope", "SendGrid"))
    raw = single_value(form, "email", "SendGrid")
    if raw is not None:
        if not raw.strip():
            raise RequestRejected(400, "SendGrid field 'email' is empty")
        return ProviderMessage(PROVIDER, raw)
    if not any(form.has(name) for name in _PARSED_FIELDS):
        raise RequestRejected(400, NO_MESSAGE.format(raw="email"))
    return ProviderMessage(PROVIDER, rebuild_mime(_parts(form), "SendGrid"))


def _check_envelope(raw: bytes | None) -> None:
    if raw is None:
        return
    try:
        envelope = json.loads(raw)
    except (ValueError, RecursionError):
        raise RequestRejected(422, "SendGrid field 'envelope' is not valid JSON") from None
    recipients = envelope.get("to") if isinstance(envelope, dict) else None
    if not (isinstance(recipients, list) and recipients and all(isinstance(item, str) for item in recipients)):
        raise RequestRejected(422, "SendGrid field 'envelope' must be a JSON object whose \"to\" is a list of strings")


def _parts(form: FormData) -> MessageParts:
    charsets = _json_object(form, "charsets")
    text = _Decoder(form, charsets)
    parts = MessageParts()
    for header, name in _FIELD_HEADERS:  # decoded fields beat the header block: their charset is declared
        parts.add_header(header, text(name))
    taken = {name.lower() for name, _ in parts.headers} | STRUCTURE_HEADERS
    for name, value in _header_block(text("headers")):
        if name.strip().lower() not in taken:
            parts.add_header(name, value)
    parts.text, parts.html = text("text"), text("html")
    parts.attachments = _attachments(form, _json_object(form, "attachment-info"))
    return parts


class _Decoder:
    """Reads one text field with the charset SendGrid declared for it (UTF-8 when none or unknown)."""

    def __init__(self, form: FormData, charsets: dict):
        self.form, self.charsets = form, charsets

    def __call__(self, name: str) -> str | None:
        raw = single_value(self.form, name, "SendGrid")
        charset = self.charsets.get(name)
        return None if raw is None else decode_text(raw, charset if isinstance(charset, str) else None)


def _json_object(form: FormData, name: str) -> dict:
    """A JSON-object field read leniently: absent or unreadable gives {} (the mail matters more)."""
    raw = single_value(form, name, "SendGrid")
    try:
        document = json.loads(raw) if raw is not None else {}
    except (ValueError, RecursionError):
        return {}
    return document if isinstance(document, dict) else {}


def _header_block(block: str | None) -> list[tuple[str, str]]:
    if not block:
        return []
    return list(HeaderParser(policy=policy.compat32).parsestr(block.lstrip("\r\n"), headersonly=True).items())


def _attachments(form: FormData, info: dict) -> list[Attachment]:
    numbered = [(int(match.group(1)), file) for file in form.files if (match := _ATTACHMENT.fullmatch(file.name))]
    numbered.sort(key=lambda item: item[0])
    attachments = []
    for _, file in numbered:
        details = info.get(file.name) if isinstance(info.get(file.name), dict) else {}
        filename = file.filename or _str(details.get("filename")) or _str(details.get("name")) or file.name
        content_type = _str(details.get("type")) or file.content_type
        attachments.append(Attachment(filename, content_type, file.data))
    return attachments


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def read(request: IncomingRequest, secret: str, settings, now: datetime) -> ProviderMessage:
    """Check HTTP Basic auth (and SendGrid's ECDSA signature when a verification key is set), then read."""
    signatures.verify_basic_auth(secret, request.headers.get("Authorization"))
    if settings.sendgrid_parse_public_key:
        signatures.verify_sendgrid_ecdsa(
            settings.sendgrid_parse_public_key,
            request.headers.get("X-Twilio-Email-Event-Webhook-Timestamp"),
            request.body,
            request.headers.get("X-Twilio-Email-Event-Webhook-Signature"),
        )
    return sendgrid_message(parse_form(request.content_type, request.body))


def example(base: str, sample: Path, secret: str) -> str:
    return f"curl -s -u '{secret}' -F 'email=<{sample}' {base}/sendgrid; echo"


SPEC = Provider(
    name=PROVIDER, path="/sendgrid", content_types=("multipart/form-data",),
    secret_variable="SENDGRID_BASIC_AUTH", read=read, example=example, basic_auth_user="sendgrid",
    # SendGrid retries only a 5xx (for 72 hours); a 2xx ends it, and so does any 4xx or 3xx: the mail is dropped.
    stop_status=422, retry_status=503, stops_on_any_4xx=True,
    statuses_documented_at="https://support.sendgrid.com/hc/en-us/articles/46513815674395",
)
