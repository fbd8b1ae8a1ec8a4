"""Postmark inbound webhook JSON: `RawEmail` (the "include raw email content" option) wins; otherwise the
message is rebuilt from FromFull/From, ToFull/To, CcFull/Cc, Subject, Date, MessageID, Headers, TextBody,
HtmlBody and Attachments (base64 `Content`, or `Data` as in Postmark's test payload).
"""

from __future__ import annotations

import base64
import binascii
from datetime import datetime
from pathlib import Path
from typing import Any

from shared.errors import RequestRejected
from shared.intake import signatures
from shared.intake.providers.common import (
    STRUCTURE_HEADERS,
    Attachment,
    MessageParts,
    ProviderMessage,
    clean_header_value,
    load_json,
    rebuild_mime,
)
from shared.intake.providers.foreign import describe_json, reject_foreign
from shared.intake.providers.spec import IncomingRequest, Provider

PROVIDER = "postmark"
EXPECTED = "a Postmark inbound payload"
_MESSAGE_FIELDS = ("From", "FromFull", "Subject", "TextBody", "HtmlBody")


def postmark_message(payload: bytes) -> ProviderMessage:
    """The RawEmail bytes when present, else a message rebuilt from the parsed fields."""
    document = load_json(payload, "the Postmark payload")
    reject_foreign(describe_json(document), EXPECTED)
    if not isinstance(document, dict):
        raise RequestRejected(422, f"the Postmark payload must be a JSON object, got {type(document).__name__}")
    raw = _text(document, "RawEmail")
    if raw.strip():
        return ProviderMessage(PROVIDER, raw.encode("utf-8", "replace"))
    if not any(document.get(name) for name in _MESSAGE_FIELDS):
        raise RequestRejected(422, "the Postmark payload has neither RawEmail nor any of "
                                   "From, Subject, TextBody, HtmlBody")
    return ProviderMessage(PROVIDER, rebuild_mime(_parts(document), "Postmark"))


def _parts(document: dict) -> MessageParts:
    parts = MessageParts()
    parts.add_header("From", _address(document.get("FromFull")) or _text(document, "From"))
    parts.add_header("To", _addresses(document.get("ToFull")) or _text(document, "To"))
    parts.add_header("Cc", _addresses(document.get("CcFull")) or _text(document, "Cc"))
    parts.add_header("Reply-To", _text(document, "ReplyTo"))
    parts.add_header("Subject", _text(document, "Subject"))
    parts.add_header("Date", _text(document, "Date"))
    headers = _headers(document)
    if not any(name.lower() == "message-id" for name, _ in headers):
        message_id = clean_header_value(_text(document, "MessageID")).strip("<>")
        parts.add_header("Message-ID", f"<{message_id}>" if message_id else "")
    taken = {name.lower() for name, _ in parts.headers} | STRUCTURE_HEADERS
    parts.headers += [(name, value) for name, value in headers if name.strip().lower() not in taken]
    parts.text, parts.html = _text(document, "TextBody") or None, _text(document, "HtmlBody") or None
    parts.attachments = _attachments(document.get("Attachments"))
    return parts


def _text(document: dict, name: str) -> str:
    value = document.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise RequestRejected(422, f"Postmark field {name!r} must be a string, got {type(value).__name__}")
    return value


def _address(entry: Any) -> str:
    if not isinstance(entry, dict) or not isinstance(entry.get("Email"), str) or not entry["Email"]:
        return ""
    name = clean_header_value(entry.get("Name") if isinstance(entry.get("Name"), str) else "")
    address = clean_header_value(entry["Email"]).strip("<>")
    if not name:
        return address
    quoted = name.replace("\\", "\\\\").replace('"', '\\"')  # formataddr refuses non-ASCII (SMTPUTF8) addresses
    return f'"{quoted}" <{address}>'


def _addresses(entries: Any) -> str:
    if not isinstance(entries, list):
        return ""
    return ", ".join(address for address in map(_address, entries) if address)


def _headers(document: dict) -> list[tuple[str, str]]:
    entries = document.get("Headers") or []
    if not isinstance(entries, list):
        raise RequestRejected(422, "Postmark field 'Headers' must be a list of {Name, Value} objects")
    return [(entry["Name"], entry["Value"]) for entry in entries
            if isinstance(entry, dict) and isinstance(entry.get("Name"), str) and isinstance(entry.get("Value"), str)]


def _attachments(entries: Any) -> list[Attachment]:
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise RequestRejected(422, "Postmark field 'Attachments' must be a list")
    return [_attachment(index, entry) for index, entry in enumerate(entries, start=1)]


def _attachment(index: int, entry: Any) -> Attachment:
    if not isinstance(entry, dict):
        raise RequestRejected(422, f"Postmark attachment {index} is not an object")
    content = entry.get("Content", entry.get("Data", ""))
    if not isinstance(content, str):
        raise RequestRejected(422, f"Postmark attachment {index} content must be a base64 string")
    try:
        data = base64.b64decode(content, validate=True)
    except (binascii.Error, ValueError):
        raise RequestRejected(422, f"Postmark attachment {index} content is not valid base64") from None
    name = entry.get("Name") if isinstance(entry.get("Name"), str) else ""
    content_type = entry.get("ContentType") if isinstance(entry.get("ContentType"), str) else ""
    return Attachment(name or f"attachment-{index}", content_type or "application/octet-stream", data)


def read(request: IncomingRequest, secret: str, settings, now: datetime) -> ProviderMessage:
    """Check HTTP Basic auth, then read the JSON payload."""
    signatures.verify_basic_auth(secret, request.headers.get("Authorization"))
    return postmark_message(request.body)


def example(base: str, sample: Path, secret: str) -> str:
    return (f"python3 -c 'import json,sys; print(json.dumps({{\"RawEmail\": open(sys.argv[1]).read()}}))' {sample} | "
            f"curl -s -u '{secret}' -H 'Content-Type: application/json' --data-binary @- {base}/postmark; echo")


SPEC = Provider(
    name=PROVIDER, path="/postmark", content_types=("application/json",),
    secret_variable="POSTMARK_BASIC_AUTH", read=read, example=example, basic_auth_user="postmark",
    # "If we receive a 403 Forbidden response, retries stop immediately"; any other non-200 is retried 10 times
    # over about 10.5 hours (the first after 1 minute).
    stop_status=403, retry_status=429,
    statuses_documented_at="https://postmarkapp.com/support/article/understanding-inbound-webhook-retries-in-postmark",
)
