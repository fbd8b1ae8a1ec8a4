"""Parse raw MIME bytes into the canonical `InboundMail` (no I/O).

Real creditor mail is often defective. The rule: reject only what is not an email at all (no parseable header
fields) or is nested deeper than the limit; everything else is accepted, parser defects are recorded, and what
can be read is read. Nothing here raises for odd charsets, broken multiparts or bad headers.
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.policy import EmailPolicy
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from shared.domain.mail import Attachment, InboundMail
from shared.mail.filenames import sanitize_filename
from shared.mail.html_text import html_to_text

KEPT_HEADERS = (
    "auto-submitted", "x-autoreply", "x-autorespond", "precedence", "x-auto-response-suppress",
    "list-id", "references", "content-language", "x-mailer",
)
_CHARSET_ALIASES = {"ks_c_5601-1987": "cp949", "x-gbk": "gbk", "unknown-8bit": "latin-1", "x-unknown": "latin-1"}
_HEADER_NAME = re.compile(rb"^[!-9;-~]+:")


class _MemoisingPolicy(EmailPolicy):
    """`policy.default`, except that a parsed header field is reused for the same (name, value).

    `policy.default` parses a header through the header registry on every access, and a MIME walk asks for
    Content-Type and Content-Disposition of each part several times (type, parameters, charset, filename): that
    was about 40 parses per email and the largest cost of intake's MIME parse. The parsed objects are immutable
    and the factory is deterministic, so reusing one is the same answer; long values are not kept.
    """

    def header_fetch_parse(self, name, value):
        if hasattr(value, "name") or len(value) > _MEMO_MAX_CHARS:
            return super().header_fetch_parse(name, value)
        return _parsed_header(name, value)


_MEMO_MAX_CHARS = 2000
_POLICY = _MemoisingPolicy()


@functools.lru_cache(maxsize=4096)
def _parsed_header(name: str, value: str):
    return EmailPolicy.header_fetch_parse(_POLICY, name, value)


class NotAnEmail(ValueError):
    """The bytes have no parseable header fields, so they are not an email message."""


class TooDeeplyNested(ValueError):
    """MIME nesting exceeds the configured limit."""


@dataclass
class ParsedMail:
    mail: InboundMail
    attachment_payloads: dict[str, bytes] = field(default_factory=dict)  # sha256 -> bytes


def attachment_key(sha256: str) -> str:
    return f"attachments/{sha256}"


def parse_mime(raw: bytes, max_depth: int = 20) -> ParsedMail:
    """Parse `raw` into the canonical mail. Raises NotAnEmail or TooDeeplyNested; nothing else."""
    if not _starts_with_header(raw):
        raise NotAnEmail("the body does not start with an RFC 5322 header field")
    _check_depth(raw, max_depth)
    message = BytesParser(policy=_POLICY).parsebytes(raw)
    if not list(message.keys()):
        raise NotAnEmail("no parseable header fields")
    depth = _depth(message)
    if depth > max_depth:
        raise TooDeeplyNested(f"MIME nesting depth {depth} exceeds the limit of {max_depth}")
    return _Builder(message).build()


def _starts_with_header(raw: bytes) -> bool:
    head = raw.lstrip(b"\r\n")
    if head.startswith(b"From "):  # an mbox "From " envelope line; the parser skips it as the unixfrom
        head = head.split(b"\n", 1)[-1]
    first = head[:1000].split(b"\n", 1)[0]
    if first[:1] in (b" ", b"\t"):  # a continuation first line: tolerated if a header follows soon
        lines = raw[:4000].splitlines()
        return any(_HEADER_NAME.match(line) for line in lines[:20])
    return bool(_HEADER_NAME.match(first))


def _check_depth(raw: bytes, max_depth: int) -> None:
    """Cheap pre-check before parsing: count distinct declared boundaries (bounds parser recursion)."""
    declared = set(re.findall(rb'boundary\s*=\s*"?([^";\r\n]+)', raw[:5_000_000], flags=re.I))
    if len(declared) > max_depth * 4 + 50:
        raise TooDeeplyNested(f"{len(declared)} multipart boundaries declared; nesting limit is {max_depth}")


def _depth(message: Message) -> int:
    deepest, stack = 0, [(message, 1)]
    while stack:
        part, level = stack.pop()
        deepest = max(deepest, level)
        payload = part.get_payload() if part.is_multipart() else None
        if isinstance(payload, list):
            stack.extend((child, level + 1) for child in payload if isinstance(child, Message))
    return deepest


class _Builder:
    """Walks one parsed message and collects headers, bodies, attachments and defects."""

    def __init__(self, message: EmailMessage):
        self.message = message
        self.texts: list[str] = []
        self.htmls: list[str] = []
        self.attachments: list[Attachment] = []
        self.payloads: dict[str, bytes] = {}
        self.defects: list[str] = []

    def build(self) -> ParsedMail:
        self._walk(self.message, forwarded=False)
        msg = self.message
        from_name, from_address = parseaddr(_header(msg, "from"))
        html = "\n\n".join(self.htmls) or None
        text = "\n\n".join(t for t in self.texts if t.strip())
        if not text.strip() and html:
            text = html_to_text(html)
        mail = InboundMail(
            from_address=from_address or None,
            from_name=from_name or None,
            to=_addresses(msg, "to"),
            cc=_addresses(msg, "cc"),
            reply_to=parseaddr(_header(msg, "reply-to"))[1] or None,
            subject=_header(msg, "subject"),
            date=_date(_header(msg, "date")),
            message_id=_header(msg, "message-id").strip() or None,
            in_reply_to=_header(msg, "in-reply-to").strip() or None,
            headers={name: _header(msg, name) for name in KEPT_HEADERS if msg.get(name) is not None},
            text=text,
            html=html,
            attachments=self.attachments,
            defects=sorted(set(self.defects)),
        )
        return ParsedMail(mail=mail, attachment_payloads=self.payloads)

    def _walk(self, part: Message, forwarded: bool) -> None:
        self.defects.extend(type(defect).__name__ for defect in part.defects)
        content_type = part.get_content_type()
        if part.is_multipart():
            for child in part.get_payload():
                if isinstance(child, Message):
                    self._walk(child, forwarded)
            return
        if content_type in ("message/rfc822", "message/global") and isinstance(part.get_payload(), list):
            for inner in part.get_payload():
                self.texts.append(_forward_header(inner))
                self._walk(inner, forwarded=True)
            return
        disposition = (part.get_content_disposition() or "").lower()
        filename = _filename(part)
        is_body_text = content_type in ("text/plain", "text/html") or part.get_content_maintype() == "multipart"
        if is_body_text and disposition != "attachment" and not filename:
            text = _decode_text(part, self.defects)
            if content_type == "text/html":
                self.htmls.append(text)
            else:
                self.texts.append(text)
            return
        self._attachment(part, filename)

    def _attachment(self, part: Message, filename: str | None) -> None:
        try:
            data = part.get_payload(decode=True) or b""
        except Exception as exc:  # a broken transfer encoding: keep the raw text
            self.defects.append(f"AttachmentDecodeError:{type(exc).__name__}")
            data = str(part.get_payload()).encode("utf-8", "replace")
        sha = hashlib.sha256(data).hexdigest()
        index = len(self.attachments) + 1
        self.payloads[sha] = data
        self.attachments.append(
            Attachment(
                filename=sanitize_filename(filename, f"attachment-{index}.bin"),
                content_type=part.get_content_type(),
                size=len(data),
                sha256=sha,
                blob_key=attachment_key(sha),
            )
        )


def _header(message: Message, name: str) -> str:
    """A header as text, decoded; never raises (falls back to the raw value, then to '')."""
    try:
        value = message.get(name)
        return "" if value is None else " ".join(str(value).split())
    except Exception:
        pass
    for key, raw in message.raw_items():
        if key.lower() == name:
            try:
                return " ".join(str(make_header(decode_header(raw))).split())
            except Exception:
                return " ".join(str(raw).encode("utf-8", "replace").decode("utf-8", "replace").split())
    return ""


def _addresses(message: Message, name: str) -> list[str]:
    try:
        return [addr for _, addr in getaddresses([_header(message, name)]) if addr]
    except Exception:
        return []


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        name = None
    if name is None:
        try:
            name = part.get_param("name")
            if isinstance(name, tuple):
                name = name[2]
        except Exception:
            name = None
    if isinstance(name, str):
        try:
            name = str(make_header(decode_header(name)))
        except Exception:
            pass
    return name or None


def _charset(part: Message) -> str:
    try:
        charset = (part.get_content_charset() or "utf-8").lower()
    except Exception:
        charset = "utf-8"
    charset = _CHARSET_ALIASES.get(charset, charset)
    try:
        codecs.lookup(charset)
    except LookupError:
        return "utf-8"
    return charset


def _decode_text(part: Message, defects: list[str]) -> str:
    try:
        data = part.get_payload(decode=True)
    except Exception as exc:
        defects.append(f"BodyDecodeError:{type(exc).__name__}")
        data = None
    if data is None:
        payload = part.get_payload()
        return payload if isinstance(payload, str) else ""
    charset = _charset(part)
    try:
        return data.decode(charset)
    except (UnicodeDecodeError, LookupError):
        defects.append("CharsetDecodeError")
        return data.decode(charset if charset != "utf-8" else "latin-1", errors="replace")


def _forward_header(inner: Message) -> str:
    lines = ["---------- Forwarded message ----------"]
    for name in ("from", "date", "subject", "to"):
        value = _header(inner, name)
        if value:
            lines.append(f"{name.capitalize()}: {value}")
    return "\n".join(lines)
