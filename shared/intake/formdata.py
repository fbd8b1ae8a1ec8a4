"""Parse webhook form bodies (no I/O), keeping every field's raw bytes.

Providers post fields in charsets of their own (SendGrid declares them in a `charsets` field) and Mailgun's
`body-mime` must be stored byte for byte, so nothing is decoded here. multipart/form-data is read with the
standard library's MIME parser (it tolerates the LF-only line endings of SendGrid's published samples);
x-www-form-urlencoded with `parse_qsl` on bytes.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass, field
from email import policy
from email.message import Message
from email.parser import BytesParser

from shared.errors import RequestRejected

MAX_FIELDS = 1000


@dataclass(frozen=True)
class FormFile:
    name: str
    filename: str | None
    content_type: str
    data: bytes


@dataclass
class FormData:
    fields: dict[str, list[bytes]] = field(default_factory=dict)
    files: list[FormFile] = field(default_factory=list)

    def one(self, name: str) -> bytes | None:
        """The single value of field `name` (a file part of that name counts); 400 if given more than once."""
        values = self.fields.get(name, []) + [f.data for f in self.files if f.name == name]
        if len(values) > 1:
            raise RequestRejected(400, f"field {name!r} must be given once, got {len(values)} values")
        return values[0] if values else None

    def text(self, name: str, charset: str = "utf-8") -> str | None:
        value = self.one(name)
        return None if value is None else value.decode(charset, errors="replace")

    def names(self) -> set[str]:
        return set(self.fields) | {f.name for f in self.files}


def parse_form(content_type: str, body: bytes) -> FormData:
    """FormData of a multipart/form-data or x-www-form-urlencoded body. Raises RequestRejected(400)."""
    mimetype = content_type.split(";", 1)[0].strip().lower()
    if mimetype == "application/x-www-form-urlencoded":
        return _urlencoded(body)
    if mimetype == "multipart/form-data":
        return _multipart(content_type, body)
    raise RequestRejected(415, f"expected a form body, got {mimetype or 'no content type'!r}")


def _urlencoded(body: bytes) -> FormData:
    """Decode to bytes with unquote_to_bytes (parse_qsl would decode percent-escapes as UTF-8 and lose bytes)."""
    pairs = [pair for pair in body.split(b"&") if pair]
    if len(pairs) > MAX_FIELDS:
        raise RequestRejected(400, f"malformed form body: more than {MAX_FIELDS} fields")
    form = FormData()
    for pair in pairs:
        key, _, value = pair.partition(b"=")
        name = urllib.parse.unquote_to_bytes(key.replace(b"+", b" ")).decode("utf-8", "replace")
        form.fields.setdefault(name, []).append(urllib.parse.unquote_to_bytes(value.replace(b"+", b" ")))
    return form


def _multipart(content_type: str, body: bytes) -> FormData:
    header = content_type.encode("latin-1", "replace").replace(b"\r", b"").replace(b"\n", b"")
    message = BytesParser(policy=policy.compat32).parsebytes(b"Content-Type: " + header + b"\r\n\r\n" + body)
    if not message.get_param("boundary"):
        raise RequestRejected(400, "malformed multipart body: the content type has no boundary parameter")
    defects = {type(d).__name__ for d in message.defects}
    if not message.is_multipart() or "StartBoundaryNotFoundDefect" in defects:
        raise RequestRejected(400, "malformed multipart body: the boundary never starts a part")
    parts = message.get_payload()
    if not parts:
        raise RequestRejected(400, "malformed multipart body: no parts")
    if len(parts) > MAX_FIELDS:
        raise RequestRejected(400, f"malformed multipart body: more than {MAX_FIELDS} parts")
    form = FormData()
    for part in parts:
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str) or not name:
            raise RequestRejected(400, "malformed multipart body: a part has no form field name")
        filename = part.get_param("filename", header="content-disposition")
        data = _part_bytes(part)
        if isinstance(filename, str):
            form.files.append(FormFile(name, filename, part.get_content_type(), data))
        else:
            form.fields.setdefault(name, []).append(data)
    return form


def _part_bytes(part: Message) -> bytes:
    if part.is_multipart() or isinstance(part.get_payload(), list):  # e.g. a message/rfc822 upload
        return b"".join(child.as_bytes() for child in part.get_payload())
    return part.get_payload(decode=True) or b""
