"""Parse raw MIME bytes into the canonical `InboundMail` (no I/O).

Real creditor mail is often defective. The rule: reject only what is not an email at all (no parseable header
fields); everything else is accepted, parser defects are recorded, and what can be read is read. Nothing here
raises for odd charsets, broken multiparts, bad headers or hostile sizes:

- the raw bytes are first bounded to `ParseLimits` (`shared.mail.prepass`); a limit that was hit is the
  defect "limit:<name>" (`limits_hit` lists them) and costs stay linear in the input;
- a failure reading one part or header is recorded as a defect and the rest is read;
- every string of the result is valid UTF-8 (no lone surrogates from undecodable bytes).
"""

from __future__ import annotations

import binascii
import hashlib
import quopri
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email._encoded_words import decode_b  # the standard library's lenient base64, as get_payload uses it
from email.feedparser import BytesFeedParser
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from shared.domain.mail import Attachment, InboundMail
from shared.mail.charsets import text_codec
from shared.mail.filenames import sanitize_filename
from shared.mail.header_policy import MEMO_MAX_CHARS as _MEMO_MAX_CHARS  # noqa: F401  (tests read these)
from shared.mail.header_policy import POLICY as _POLICY
from shared.mail.header_policy import parsed_header as _parsed_header  # noqa: F401
from shared.mail.html_text import convert as html_text
from shared.mail.limits import ParseLimits, limit_defect, limits_hit  # noqa: F401  (limits_hit: re-exported)
from shared.mail.prepass import bound_message

KEPT_HEADERS = (
    "auto-submitted", "x-autoreply", "x-autorespond", "precedence", "x-auto-response-suppress",
    "list-id", "references", "content-language", "x-mailer",
)
_READ_FIELDS = frozenset({
    "from", "to", "cc", "reply-to", "subject", "date", "message-id", "in-reply-to",
    "content-type", "content-disposition", "content-transfer-encoding", *KEPT_HEADERS,
})
_HEADER_NAME = re.compile(rb"^[!-9;-~]+:")
_LEADING_BREAKS = re.compile(rb"[\r\n]*")
_SURROGATES = re.compile("[\ud800-\udfff]+")
_FEED_BYTES = 8192  # what email.parser.Parser reads per step


class NotAnEmail(ValueError):
    """The bytes have no parseable header fields, so they are not an email message."""


class TooDeeplyNested(ValueError):
    """No longer raised: nesting past `ParseLimits.max_depth` is the defect "limit:depth". Kept importable."""


@dataclass
class ParsedMail:
    mail: InboundMail
    attachment_payloads: dict[str, bytes] = field(default_factory=dict)  # sha256 -> bytes


def attachment_key(sha256: str) -> str:
    return f"attachments/{sha256}"


def parse_mime(raw: bytes, limits: ParseLimits | None = None) -> ParsedMail:
    """Parse `raw` into the canonical mail within `limits` (default `ParseLimits()`).

    Raises NotAnEmail when `raw` has no parseable header fields; nothing else.
    """
    limits = limits or ParseLimits()
    if not _starts_with_header(raw):
        raise NotAnEmail("the body does not start with an RFC 5322 header field")
    policy = _POLICY.clone(memo={})
    defects: list[str] = []
    bounded, lifted = _bounded(raw, limits, policy, defects)
    message = _parse(bounded, policy, defects)
    del bounded
    if not list(message.keys()):
        raise NotAnEmail("no parseable header fields")
    return _Builder(message, limits, defects, _LiftedBodies(raw, lifted)).build()


def _starts_with_header(raw: bytes) -> bool:
    start = _LEADING_BREAKS.match(raw).end()
    if raw.startswith(b"From ", start):  # an mbox "From " envelope line; the parser skips it as the unixfrom
        newline = raw.find(b"\n", start)
        start = start if newline < 0 else newline + 1
    first = raw[start:start + 1000].split(b"\n", 1)[0]
    if first[:1] in (b" ", b"\t"):  # a continuation first line: tolerated if a header follows soon
        lines = raw[:4000].splitlines()
        return any(_HEADER_NAME.match(line) for line in lines[:20])
    return bool(_HEADER_NAME.match(first))


def _bounded(raw: bytes, limits: ParseLimits, policy, defects: list[str]) -> tuple[bytes, dict]:
    """(`raw` cut to `limits` with large leaf bodies lifted out, the lifted bodies' marker -> position); should
    the pre-pass itself fail, its header block alone (at most header_bytes)."""
    try:
        bounded = bound_message(raw, limits, policy, _READ_FIELDS)
    except Exception as exc:  # a bug, not an input: keep what certainly stays cheap to parse
        defects.append(f"PrepassError:{type(exc).__name__}")
        header = raw[:limits.header_bytes]
        end = re.search(rb"\r?\n\r?\n|\r\r", header)
        return (header[:end.start()] + b"\r\n\r\n" if end else header + b"\r\n\r\n"), {}
    defects.extend(bounded.defects)
    return bounded.raw, bounded.lifted


class _LiftedBodies:
    """The leaf bodies the pre-pass lifted out of the parser's input, read from the input by position and
    decoded as the standard library would (`Message.get_payload(decode=True)`), without its per-line copies."""

    def __init__(self, raw: bytes, positions: dict[str, tuple[int, int]]):
        self.raw, self.positions = raw, positions

    def payload(self, part: Message, defects: list[str]) -> bytes | None:
        """The decoded body of `part` when it was lifted, else None."""
        if not self.positions:
            return None
        marker = part.get_payload()
        position = self.positions.get(marker.strip()) if isinstance(marker, str) and len(marker) < 200 else None
        if position is None:
            return None
        start, end = position
        data = self.raw[start:end]
        if end < len(self.raw):  # before a delimiter line: its line break belongs to the delimiter
            data = data[:-2] if data.endswith(b"\r\n") else data[:-1] if data.endswith((b"\n", b"\r")) else data
        encoding = str(part.get("content-transfer-encoding", "")).strip().lower()
        if encoding == "base64":
            try:
                return binascii.a2b_base64(data)
            except binascii.Error:
                value, problems = decode_b(b"".join(data.split()))
                defects.extend(type(problem).__name__ for problem in problems)
                return value
        if encoding == "quoted-printable":
            return quopri.decodestring(data)
        return data


def _parse(raw: bytes, policy, defects: list[str]) -> EmailMessage:
    """The standard library's parse of `raw`, fed from the bytes the way `BytesParser.parsebytes` feeds it
    (8192 characters at a time) but without its two whole-message copies (a str, and a StringIO of it)."""
    try:
        parser = BytesFeedParser(policy=policy)
        view = memoryview(raw)
        for start in range(0, len(raw), _FEED_BYTES):
            parser.feed(bytes(view[start:start + _FEED_BYTES]))
        return parser.close()
    except Exception as exc:  # not expected after bounding; read the header block alone
        defects.append(f"ParseError:{type(exc).__name__}")
    try:
        return BytesParser(policy=policy).parsebytes(raw, headersonly=True)
    except Exception as exc:
        raise NotAnEmail(f"the header could not be parsed ({type(exc).__name__})") from None


class _Builder:
    """Walks one parsed message and collects headers, bodies, attachments and defects."""

    def __init__(self, message: EmailMessage, limits: ParseLimits, defects: list[str], lifted: _LiftedBodies):
        self.message = message
        self.limits = limits
        self.lifted = lifted
        self.texts: list[str] = []
        self.htmls: list[str] = []
        self.attachments: list[Attachment] = []
        self.payloads: dict[str, bytes] = {}
        self.defects: list[str] = defects

    def build(self) -> ParsedMail:
        self._walk()
        msg = self.message
        from_name, from_address = _parseaddr(_header(msg, "from"))
        html = "\n\n".join(self.htmls) or None
        text = "\n\n".join(t for t in self.texts if _visible(t))
        if not _visible(text) and html:
            text = self._html_text(html)
        mail = InboundMail(
            from_address=_clean(from_address) or None,
            from_name=_clean(from_name) or None,
            to=_addresses(msg, "to"),
            cc=_addresses(msg, "cc"),
            reply_to=_clean(_parseaddr(_header(msg, "reply-to"))[1]) or None,
            subject=_clean(_header(msg, "subject")),
            date=_date(_header(msg, "date")),
            message_id=_clean(_header(msg, "message-id").strip()) or None,
            in_reply_to=_clean(_header(msg, "in-reply-to").strip()) or None,
            headers={name: _clean(_header(msg, name)) for name in KEPT_HEADERS if _present(msg, name)},
            text=_clean(text),
            html=_clean(html) if html else None,
            attachments=self.attachments,
            defects=sorted(set(_clean(defect) for defect in self.defects)),
        )
        return ParsedMail(mail=mail, attachment_payloads=self.payloads)

    def _html_text(self, html: str) -> str:
        try:
            converted = html_text(html, self.limits.html_bytes, self.limits.html_depth)
        except Exception as exc:
            self.defects.append(f"HtmlError:{type(exc).__name__}")
            return ""
        self.defects.extend(limit_defect(name) for name in converted.limits_hit)
        return converted.text

    def _walk(self) -> None:
        """Depth first, in document order, without recursion; each part's failure is contained."""
        stack: list[tuple[Message, int]] = [(self.message, 1)]
        seen = 0
        while stack:
            part, level = stack.pop()
            seen += 1
            if seen > self.limits.parts or level > self.limits.max_depth:  # the pre-pass bounds these already
                self.defects.append(limit_defect("parts" if seen > self.limits.parts else "max_depth"))
                continue
            try:
                children = self._part(part)
            except Exception as exc:
                self.defects.append(f"PartError:{type(exc).__name__}")
                continue
            stack.extend((child, level + 1) for child in reversed(children))

    def _part(self, part: Message) -> list[Message]:
        """Read one part; returns its child parts."""
        self.defects.extend(type(defect).__name__ for defect in part.defects)
        content_type = part.get_content_type()
        if part.is_multipart():  # also an attached message/rfc822: its payload is [the inner message]
            return [child for child in part.get_payload() if isinstance(child, Message)]
        disposition = (part.get_content_disposition() or "").lower()
        filename = _filename(part)
        is_body_text = content_type in ("text/plain", "text/html") or part.get_content_maintype() == "multipart"
        if is_body_text and disposition != "attachment" and not filename:
            text = _decode_text(part, self.defects, self.lifted.payload(part, self.defects))
            if len(text) > self.limits.text_bytes:  # the engines read far less; the raw message keeps it all
                text = text[:self.limits.text_bytes]
                self.defects.append(limit_defect("text_bytes"))
            if content_type == "text/html":
                self.htmls.append(text)
            else:
                self.texts.append(text)
            return []
        self._attachment(part, filename)
        return []

    def _attachment(self, part: Message, filename: str | None) -> None:
        try:
            data = self.lifted.payload(part, self.defects)
            if data is None:
                data = part.get_payload(decode=True) or b""
        except Exception as exc:  # a broken transfer encoding: keep the raw text
            self.defects.append(f"AttachmentDecodeError:{type(exc).__name__}")
            data = str(part.get_payload()).encode("utf-8", "replace")
        content_type = part.get_content_type()
        part.set_payload("")  # the encoded copy is not needed again: free it before the next part is read
        sha = hashlib.sha256(data).hexdigest()
        index = len(self.attachments) + 1
        self.payloads[sha] = data
        self.attachments.append(
            Attachment(
                filename=_clean(sanitize_filename(filename, f"attachment-{index}.bin")),
                content_type=_clean(content_type),
                size=len(data),
                sha256=sha,
                blob_key=attachment_key(sha),
            )
        )


def _visible(text: str) -> bool:
    """`text.strip()` is not empty (without copying a body of megabytes)."""
    return bool(text) and not text.isspace()


def _clean(text: str) -> str:
    """`text` with lone surrogates (undecodable raw bytes) decoded as UTF-8 where they form it, else U+FFFD."""
    if not text or not _SURROGATES.search(text):
        return text
    return _SURROGATES.sub(_unescape, text)


def _unescape(match: re.Match) -> str:
    try:
        return match.group().encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return "\ufffd" * len(match.group())


def _present(message: Message, name: str) -> bool:
    try:
        return message.get(name) is not None
    except Exception:
        return any(key.lower() == name for key, _ in message.raw_items())


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


def _parseaddr(text: str) -> tuple[str, str]:
    try:
        return parseaddr(text)
    except Exception:
        return "", ""


def _addresses(message: Message, name: str) -> list[str]:
    try:
        return [_clean(addr) for _, addr in getaddresses([_header(message, name)]) if addr]
    except Exception:
        return []


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=timezone.utc)
        return parsed.astimezone(timezone.utc)
    except Exception:
        return None


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


def _declared_charset(part: Message) -> str:
    try:
        return (part.get_content_charset() or "utf-8").lower()
    except Exception:
        return "utf-8"


def _decode_text(part: Message, defects: list[str], lifted: bytes | None = None) -> str:
    """The part's text; `lifted`: its decoded body when the pre-pass lifted it out of the parser's input."""
    try:
        data = lifted if lifted is not None else part.get_payload(decode=True)
    except Exception as exc:
        defects.append(f"BodyDecodeError:{type(exc).__name__}")
        data = None
    if data is None:
        payload = part.get_payload()
        return payload if isinstance(payload, str) else ""
    codec = text_codec(_declared_charset(part))
    if codec is None:  # unknown, or no character set at all (base64, zlib, idna, ...)
        defects.append("UnknownCharset")
        return data.decode("utf-8", errors="replace")
    try:
        return data.decode(codec)
    except Exception:
        defects.append("CharsetDecodeError")
    try:
        return data.decode(codec if codec != "utf-8" else "latin-1", errors="replace")
    except Exception:
        return data.decode("utf-8", errors="replace")
