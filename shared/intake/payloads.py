"""Turn each provider's verified payload into the raw RFC 822 message (no I/O).

Raw beats parsed: when the provider gives the full MIME (Mailgun `body-mime`, SendGrid raw mode `email`,
Postmark `RawEmail`, the raw relay) it is used byte for byte. Otherwise the message is rebuilt from the parsed
fields with the standard library, so everything downstream reads real MIME. Payloads of another kind (SES/SNS,
Mandrill, SendGrid's event webhook) are refused with a 4xx that says what they are.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import json
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr

from shared.errors import RequestRejected
from shared.intake.formdata import FormData


@dataclass(frozen=True)
class ProviderMessage:
    provider: str
    raw_mime: bytes
    replay_token: str | None = None


# -- Mailgun ---------------------------------------------------------------------------------------------
def mailgun_signature_fields(form: FormData) -> tuple[str, str, str]:
    values = []
    for name in ("timestamp", "token", "signature"):
        value = form.one(name)
        if value is None:
            raise RequestRejected(400, f"Mailgun field {name!r} is missing")
        values.append(value.decode("ascii", "replace").strip())
    return values[0], values[1], values[2]


def mailgun_message(form: FormData) -> ProviderMessage:
    token = (form.one("token") or b"").decode("ascii", "replace")
    raw = form.one("body-mime")
    if raw is not None:
        return ProviderMessage("mailgun", raw, token)
    if not (form.names() & {"body-plain", "body-html", "subject", "from", "sender", "message-headers"}):
        raise RequestRejected(400, "no message in payload: expected 'body-mime' or parsed Mailgun fields")
    headers = _mailgun_headers(form)
    message = _rebuild(
        headers=headers,
        fallback={"From": form.text("from") or form.text("sender"), "To": form.text("recipient"),
                  "Subject": form.text("subject")},
        text=form.text("body-plain"), html=form.text("body-html"),
        attachments=[(f.filename, f.content_type, f.data) for f in form.files if f.name.startswith("attachment")],
    )
    return ProviderMessage("mailgun", message, token)


def _mailgun_headers(form: FormData) -> list[tuple[str, str]]:
    raw = form.text("message-headers")
    if not raw:
        return []
    try:
        pairs = json.loads(raw)
    except ValueError:
        raise RequestRejected(400, "Mailgun 'message-headers' is not JSON") from None
    if not isinstance(pairs, list) or not all(isinstance(p, list) and len(p) == 2 for p in pairs):
        raise RequestRejected(422, "Mailgun 'message-headers' must be a list of [name, value] pairs")
    return [(str(name), str(value)) for name, value in pairs]


# -- SendGrid Inbound Parse ------------------------------------------------------------------------------
def sendgrid_message(form: FormData) -> ProviderMessage:
    _check_sendgrid_envelope(form)
    raw = form.one("email")
    if raw is not None:
        return ProviderMessage("sendgrid", raw)
    if not (form.names() & {"text", "html", "headers", "from", "subject"}):
        raise RequestRejected(400, "no message in payload: expected 'email' (raw mode) or parsed SendGrid fields")
    charsets = _sendgrid_charsets(form)

    def field(name: str) -> str | None:
        value = form.one(name)
        return None if value is None else _decode(value, charsets.get(name, "utf-8"))

    headers = _header_block(field("headers") or "")
    message = _rebuild(
        headers=headers,
        fallback={"From": field("from"), "To": field("to"), "Cc": field("cc"), "Subject": field("subject")},
        text=field("text"), html=field("html"),
        attachments=[(f.filename, f.content_type, f.data) for f in form.files if f.name.startswith("attachment")],
    )
    return ProviderMessage("sendgrid", message)


def _check_sendgrid_envelope(form: FormData) -> None:
    raw = form.text("envelope")
    if raw is None:
        return
    try:
        envelope = json.loads(raw)
    except ValueError:
        raise RequestRejected(422, "SendGrid 'envelope' is not JSON") from None
    to = envelope.get("to") if isinstance(envelope, dict) else None
    if not isinstance(to, list) or not all(isinstance(a, str) for a in to):
        raise RequestRejected(422, "SendGrid 'envelope' must be an object whose 'to' is a list of addresses")


def _sendgrid_charsets(form: FormData) -> dict[str, str]:
    raw = form.text("charsets")
    try:
        charsets = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in charsets.items()} if isinstance(charsets, dict) else {}


def _decode(value: bytes, charset: str) -> str:
    try:
        codecs.lookup(charset)
    except LookupError:
        charset = "utf-8"
    return value.decode(charset, errors="replace")


def _header_block(block: str) -> list[tuple[str, str]]:
    from email.parser import HeaderParser

    parsed = HeaderParser().parsestr(block.replace("\r\n", "\n").strip() + "\n\n")
    return [(name, str(value)) for name, value in parsed.items()]


# -- Postmark --------------------------------------------------------------------------------------------
def postmark_message(body: bytes) -> ProviderMessage:
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise RequestRejected(400, "body is not valid JSON") from None
    _refuse_foreign_json(payload)
    if not isinstance(payload, dict):
        raise RequestRejected(422, "a Postmark inbound payload is a JSON object")
    raw = payload.get("RawEmail")
    if isinstance(raw, str) and raw.strip():
        return ProviderMessage("postmark", raw.encode("utf-8", "surrogateescape"))
    if not any(payload.get(k) for k in ("From", "FromFull", "Subject", "TextBody", "HtmlBody")):
        raise RequestRejected(422, "not a Postmark inbound payload: no RawEmail, From, Subject, TextBody or HtmlBody")
    headers = [(str(h.get("Name")), str(h.get("Value"))) for h in payload.get("Headers") or []
               if isinstance(h, dict) and h.get("Name")]
    fallback = {
        "From": _postmark_address(payload.get("FromFull")) or _text(payload.get("From")),
        "To": _postmark_addresses(payload.get("ToFull")) or _text(payload.get("To")),
        "Cc": _postmark_addresses(payload.get("CcFull")) or _text(payload.get("Cc")),
        "Subject": _text(payload.get("Subject")),
        "Date": _text(payload.get("Date")),
        "Message-ID": _message_id(payload.get("MessageID")),
    }
    message = _rebuild(headers=headers, fallback=fallback, text=_text(payload.get("TextBody")),
                       html=_text(payload.get("HtmlBody")), attachments=_postmark_attachments(payload))
    return ProviderMessage("postmark", message)


def _refuse_foreign_json(payload) -> None:
    if isinstance(payload, list):
        first = payload[0] if payload and isinstance(payload[0], dict) else {}
        if "msg" in first or first.get("event") == "inbound":
            raise RequestRejected(422, "this is a Mandrill webhook batch, not a Postmark inbound payload")
        if "sg_event_id" in first or "event" in first:
            raise RequestRejected(422, "this is a SendGrid event webhook batch, not an inbound email")
        raise RequestRejected(422, "a Postmark inbound payload is a JSON object, not a list")
    if isinstance(payload, dict) and ("TopicArn" in payload or str(payload.get("Type", "")).startswith(
            ("Notification", "SubscriptionConfirmation", "UnsubscribeConfirmation"))):
        raise RequestRejected(422, "this is an Amazon SNS message (SES), not a Postmark inbound payload")


def _text(value) -> str | None:
    return value if isinstance(value, str) and value != "" else None


def _message_id(value) -> str | None:
    value = _text(value)
    if value and not value.startswith("<"):
        value = f"<{value}>"
    return value


def _postmark_address(item) -> str | None:
    if not isinstance(item, dict) or not item.get("Email"):
        return None
    return formataddr((str(item.get("Name") or ""), str(item["Email"])))


def _postmark_addresses(items) -> str | None:
    if not isinstance(items, list):
        return None
    return ", ".join(a for a in (_postmark_address(i) for i in items) if a) or None


def _postmark_attachments(payload: dict) -> list[tuple[str | None, str, bytes]]:
    out = []
    for item in payload.get("Attachments") or []:
        if not isinstance(item, dict):
            raise RequestRejected(422, "Postmark 'Attachments' must be a list of objects")
        try:
            data = base64.b64decode(item.get("Content") or "", validate=True)
        except (binascii.Error, ValueError, TypeError):
            raise RequestRejected(422, "a Postmark attachment's Content is not valid base64") from None
        out.append((_text(item.get("Name")), _text(item.get("ContentType")) or "application/octet-stream", data))
    return out


# -- raw relay -------------------------------------------------------------------------------------------
def raw_message(body: bytes) -> ProviderMessage:
    return ProviderMessage("raw", body)


# -- rebuilding parsed payloads as MIME ------------------------------------------------------------------
_SKIP_HEADERS = {"content-type", "content-transfer-encoding", "mime-version", "content-disposition"}


def _rebuild(headers: list[tuple[str, str]], fallback: dict[str, str | None], text: str | None,
             html: str | None, attachments: list[tuple[str | None, str, bytes]]) -> bytes:
    """A real MIME message from parsed fields: provider headers first, then the named fields they lack."""
    message = EmailMessage()
    present = set()
    for name, value in headers:
        if name.lower() in _SKIP_HEADERS:
            continue
        _add_header(message, name, value)
        present.add(name.lower())
    for name, value in fallback.items():
        if value and name.lower() not in present:
            _add_header(message, name, value)
    message.set_content(text or "", charset="utf-8", cte="quoted-printable")
    if html:
        message.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    for index, (filename, content_type, data) in enumerate(attachments, 1):
        maintype, _, subtype = (content_type or "application/octet-stream").partition("/")
        message.add_attachment(data, maintype=maintype or "application", subtype=subtype or "octet-stream",
                               filename=filename or f"attachment-{index}")
    return message.as_bytes(policy=SMTP)


def _add_header(message: EmailMessage, name: str, value: str) -> None:
    clean_name = "".join(ch for ch in name if 33 <= ord(ch) <= 126 and ch != ":")
    clean_value = " ".join(str(value).replace("\r", " ").replace("\n", " ").split())
    if not clean_name:
        return
    try:
        message[clean_name] = clean_value
    except (ValueError, TypeError, IndexError):  # a value the header policy cannot represent: keep it as text
        message[clean_name] = clean_value.encode("ascii", "replace").decode("ascii")
