"""Sans-I/O parsing of webhook request bodies into raw-byte form fields.

Nothing is decoded to text here: SendGrid posts fields in charsets it declares separately, and a Mailgun
`body-mime` must reach storage byte for byte. multipart/form-data is split by hand on its delimiter lines
(CRLF or the LF-only endings of SendGrid's published samples), so a part's bytes are exactly what was sent;
each part's header block is read with the standard library's compat32 header parser.
application/x-www-form-urlencoded is split and percent-decoded to bytes. Every failure is a RequestRejected.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import quopri
import re
import urllib.parse
from dataclasses import dataclass, field
from email import policy
from email.message import Message
from email.parser import HeaderParser
from email.utils import collapse_rfc2231_value

from shared.errors import RequestRejected

MAX_FIELDS = 1000
MAX_BOUNDARY_LENGTH = 200
_HEADER_END = re.compile(rb"\r?\n\r?\n")


@dataclass(frozen=True)
class FormFile:
    """One uploaded file part: its form field name, filename, declared content type and exact bytes."""

    name: str
    filename: str
    content_type: str
    data: bytes


@dataclass
class FormData:
    """Form fields as raw bytes (a name may repeat) plus file parts, in the order received."""

    fields: dict[str, list[bytes]] = field(default_factory=dict)
    files: list[FormFile] = field(default_factory=list)

    def add_field(self, name: str, value: bytes) -> None:
        self.fields.setdefault(name, []).append(value)

    def values(self, name: str) -> list[bytes]:
        """Every value posted under `name`: plain fields first, then file parts of that name."""
        return list(self.fields.get(name, [])) + [f.data for f in self.files if f.name == name]

    def has(self, name: str) -> bool:
        return name in self.fields or any(f.name == name for f in self.files)


def parse_form(content_type: str, body: bytes) -> FormData:
    """Parse a multipart/form-data or x-www-form-urlencoded body. Other media types are refused (415)."""
    header = _content_type_header(content_type)
    media_type = header.get_content_type()
    if media_type == "multipart/form-data":
        return _parse_multipart(header, body)
    if media_type == "application/x-www-form-urlencoded":
        return _parse_urlencoded(body)
    raise RequestRejected(415, f"unsupported content type {media_type!r}: expected multipart/form-data "
                               "or application/x-www-form-urlencoded")


def _content_type_header(content_type: str) -> Message:
    message = Message(policy=policy.compat32)
    message["Content-Type"] = re.sub(r"[\r\n]+", " ", content_type or "")
    return message


def _malformed(why: str) -> RequestRejected:
    return RequestRejected(400, f"malformed multipart body: {why}")


def _parse_multipart(header: Message, body: bytes) -> FormData:
    boundary = _boundary(header)
    matches = _delimiters(body, boundary, MAX_FIELDS + 2)  # bounded work on hostile bodies
    if not matches:
        raise _malformed("start boundary not found")
    closing = next((i for i, m in enumerate(matches) if m[2]), None)
    if closing is None and len(matches) <= MAX_FIELDS:
        raise _malformed("close boundary not found (truncated body?)")
    if closing is None or closing > MAX_FIELDS:
        raise RequestRejected(400, f"too many form parts (limit {MAX_FIELDS})")
    segments = [body[a[1]:b[0]] for a, b in itertools.pairwise(matches[:closing + 1])]
    if not segments:
        raise _malformed("no parts found")
    form = FormData()
    for segment in segments:
        _add_part(form, segment)
    return form


def _delimiters(body: bytes, boundary: bytes, limit: int) -> list[tuple[int, int, bool]]:
    """The delimiter lines of a multipart body, as (start, end, is_closing), at most `limit` of them.

    Each is what the pattern `(?:\\A|\\r?\\n)--BOUNDARY(--)?[ \\t]*(?=\\r?\\n|\\Z)` matches (non-overlapping,
    left to right): the line end before the delimiter belongs to it, the line end after it does not. Found with
    bytes.find, not a regular expression: a pattern that starts with an alternation is tried at every offset of
    the body, which cost about a millisecond per 20 KB post.
    """
    marker = b"--" + boundary
    found: list[tuple[int, int, bool]] = []
    size, pos, consumed = len(body), 0, 0
    while len(found) < limit:
        i = body.find(marker, pos)
        if i < 0:
            break
        pos = i + 1
        if i == 0:
            start = 0
        elif body[i - 1] == 0x0A and i - 1 >= consumed:
            start = i - 2 if i >= 2 and body[i - 2] == 0x0D and i - 2 >= consumed else i - 1
        else:
            continue
        end = i + len(marker)
        closing = body[end:end + 2] == b"--"
        if closing:
            end += 2
        while end < size and body[end] in (0x20, 0x09):
            end += 1
        if end == size or body[end] == 0x0A or body[end:end + 2] == b"\r\n":
            found.append((start, end, closing))
            pos = consumed = end
    return found


def _boundary(header: Message) -> bytes:
    boundary = header.get_param("boundary")
    if isinstance(boundary, tuple):
        boundary = collapse_rfc2231_value(boundary)
    if not boundary:
        raise _malformed("no boundary parameter in the Content-Type header")
    if len(boundary) > MAX_BOUNDARY_LENGTH or not boundary.isascii():
        raise _malformed("the boundary parameter is not a valid boundary")
    return boundary.encode("ascii")


def _add_part(form: FormData, segment: bytes) -> None:
    """Split one part into header block and content; parts without a form-data name are ignored."""
    segment = segment[2:] if segment.startswith(b"\r\n") else segment[1:] if segment.startswith(b"\n") else segment
    if segment.startswith((b"\r\n", b"\n")):
        head, content = b"", segment[2 if segment.startswith(b"\r\n") else 1:]
    else:
        split = _HEADER_END.search(segment + b"\r\n")  # an empty value leaves only one line end before the delimiter
        if split is None:
            raise _malformed("a part has no blank line between its headers and its content")
        head, content = segment[:split.start()], segment[split.end():]
    headers = HeaderParser(policy=policy.compat32).parsestr(head.decode("utf-8", "replace"))
    name = _param(headers, "name")
    if name is None:
        return
    content = _transfer_decode(headers, content)
    filename = _param(headers, "filename")
    if filename is None:
        form.add_field(name, content)
        return
    content_type = headers.get_content_type() if headers.get("Content-Type") else "application/octet-stream"
    form.files.append(FormFile(name=name, filename=filename, content_type=content_type, data=content))


def _param(headers: Message, name: str) -> str | None:
    value = headers.get_param(name, header="content-disposition")
    if value is None:
        return None
    if isinstance(value, tuple):
        value = collapse_rfc2231_value(value)
    return re.sub(r"[\x00-\x1f\x7f]", "", str(value))


def _transfer_decode(headers: Message, content: bytes) -> bytes:
    """Honour a (deprecated, RFC 7578) base64 or quoted-printable transfer encoding on a part."""
    encoding = str(headers.get("Content-Transfer-Encoding", "")).strip().lower()
    if encoding == "base64":
        try:
            return base64.b64decode(content)
        except (binascii.Error, ValueError):
            raise _malformed("a part declares base64 but its content is not base64") from None
    if encoding == "quoted-printable":
        return quopri.decodestring(content)
    return content


def _parse_urlencoded(body: bytes) -> FormData:
    """Split on '&', '+' to space, percent-decode to bytes (parse_qsl would decode non-UTF-8 values lossily)."""
    pairs = [pair for pair in body.strip().split(b"&") if pair]
    if len(pairs) > MAX_FIELDS:
        raise RequestRejected(400, f"too many form fields: {len(pairs)} (limit {MAX_FIELDS})")
    form = FormData()
    for pair in pairs:
        raw_name, _, raw_value = pair.partition(b"=")
        name = _unquote(raw_name).decode("utf-8", "replace")
        form.add_field(name, _unquote(raw_value))
    return form


def _unquote(data: bytes) -> bytes:
    return urllib.parse.unquote_to_bytes(data.replace(b"+", b" "))
