"""What every provider adapter shares: the result type, field access on forms, JSON loading, text decoding
and the rebuild of an RFC 822 message from parsed fields (for providers that did not send the raw MIME).

Rebuilt messages are made with email.message.EmailMessage; header names are validated and CR/LF are
stripped from every value, so a field can never inject a header.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from typing import Any

from shared.errors import RequestRejected
from shared.intake.forms import FormData

_HEADER_NAME = re.compile(r"[!-9;-~]{1,200}")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]+")
_CONTENT_TYPE = re.compile(r"[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+")
STRUCTURE_HEADERS = frozenset({"content-type", "content-transfer-encoding", "mime-version", "content-length"})
NO_MESSAGE = "no message in payload: expected {raw!r} or parsed fields"


@dataclass(frozen=True)
class ProviderMessage:
    """The full RFC 822 message a provider delivered, as bytes, plus Mailgun's token for replay protection."""

    provider: str
    raw_mime: bytes
    replay_token: str | None = None


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes


@dataclass
class MessageParts:
    """Parsed fields of a message, in the order their headers should appear."""

    headers: list[tuple[str, str]] = field(default_factory=list)
    text: str | None = None
    html: str | None = None
    attachments: list[Attachment] = field(default_factory=list)

    def add_header(self, name: str, value: str | None) -> None:
        if value:
            self.headers.append((name, value))

    def has_header(self, name: str) -> bool:
        return any(existing.lower() == name.lower() for existing, _ in self.headers)


def single_value(form: FormData, name: str, provider: str) -> bytes | None:
    """The one value posted under `name`, None when absent; 400 when it was posted more than once."""
    values = form.values(name)
    if len(values) > 1:
        raise RequestRejected(400, f"{provider} field {name!r} was given {len(values)} times; expected one value")
    return values[0] if values else None


def single_text(form: FormData, name: str, provider: str, charset: str = "utf-8") -> str | None:
    value = single_value(form, name, provider)
    return None if value is None else decode_text(value, charset)


def decode_text(data: bytes, charset: str | None) -> str:
    """Decode with the declared charset; an unknown or non-text charset falls back to UTF-8 with replacement."""
    try:
        codecs.lookup(charset or "utf-8")
        return data.decode(charset or "utf-8", "replace")
    except (LookupError, ValueError, TypeError):
        return data.decode("utf-8", "replace")


def load_json(data: bytes | str, what: str) -> Any:
    """json.loads that only ever raises RequestRejected(400)."""
    try:
        return json.loads(data)
    except (ValueError, RecursionError) as error:
        raise RequestRejected(400, f"{what} is not valid JSON: {type(error).__name__}") from None


def clean_header_value(value: str) -> str:
    """Unfold and strip CR, LF and other control characters (header-injection guard)."""
    return _CONTROL.sub(" ", value).strip()


def rebuild_mime(parts: MessageParts, provider: str) -> bytes:
    """Serialize parsed fields as a MIME message (CRLF line endings)."""
    message = EmailMessage(policy=policy.default)
    for name, value in parts.headers:
        _set_header(message, name, value)
    _set_body(message, parts)
    for attachment in parts.attachments:
        _attach(message, attachment)
    try:
        return message.as_bytes(policy=policy.SMTP)
    except Exception as error:  # noqa: BLE001 - the stdlib folder has had crashes on odd headers; never let one escape
        raise RequestRejected(422, f"cannot rebuild a message from the {provider} fields: "
                                   f"{type(error).__name__}") from None


def _set_header(message: EmailMessage, name: str, value: str) -> None:
    name, value = name.strip(), clean_header_value(value)
    if not _HEADER_NAME.fullmatch(name) or name.lower() in STRUCTURE_HEADERS or not value:
        return
    if name.lower() == "date" and not _is_date(value):
        name = "X-Original-Date"
    header = _serializable_header(name, value) or _serializable_header(f"X-Original-{name}", value)
    if header is None:
        return
    try:
        message[header.name] = header
    except ValueError:  # a second From/Subject/...: the first one stays
        return


def _serializable_header(name: str, value: str) -> Any:
    """The parsed header when it also folds to ASCII bytes (a non-ASCII Message-ID does not), else None."""
    try:
        header = policy.default.header_factory(name, value)
        policy.SMTP.fold_binary(name, header)
        return header
    except Exception:  # noqa: BLE001 - the stdlib header parser/folder raise assorted errors on hostile values
        return None


def _is_date(value: str) -> bool:
    try:
        return parsedate_to_datetime(value) is not None
    except (TypeError, ValueError, IndexError, OverflowError):
        return False


def _set_body(message: EmailMessage, parts: MessageParts) -> None:
    text, html = _clean_body(parts.text), _clean_body(parts.html)
    if text is not None:
        message.set_content(text)
        if html is not None:
            message.add_alternative(html, subtype="html")
    elif html is not None:
        message.set_content(html, subtype="html")
    else:
        message.set_content("")


def _clean_body(body: str | None) -> str | None:
    return None if body is None else body.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")


def _attach(message: EmailMessage, attachment: Attachment) -> None:
    content_type = attachment.content_type.strip().lower()
    if not _CONTENT_TYPE.fullmatch(content_type) or content_type.startswith(("message/", "multipart/")):
        content_type = "application/octet-stream"  # message/* may not be base64-encoded (RFC 2046)
    maintype, subtype = content_type.split("/", 1)
    filename = clean_header_value(attachment.filename) or "attachment"
    message.add_attachment(attachment.data, maintype=maintype, subtype=subtype, filename=filename)
