"""Large leaf bodies are lifted out of the parser's input and read by position (shared.mail.prepass.LIFT_BYTES):
the parsed mail and every attachment's bytes are exactly what the standard library's own decoding gives."""

from __future__ import annotations

import base64
import quopri
import random

import pytest

from shared.mail import parse, prepass
from shared.mail.limits import ParseLimits
from shared.mail.parse import parse_mime

HEAD = b"From: Inkasso <a@b.example>\r\nMessage-ID: <lift@example>\r\nSubject: Forderung\r\n"


def _part(content_type: bytes, encoding: bytes, body: bytes, disposition: bytes = b"") -> bytes:
    return (b"Content-Type: " + content_type + b"\r\nContent-Transfer-Encoding: " + encoding + b"\r\n"
            + disposition + b"\r\n" + body)


def _multipart(*parts: bytes, newline: bytes = b"\r\n") -> bytes:
    body = b"".join(b"--b\r\n" + part + b"\r\n" for part in parts) + b"--b--\r\n"
    message = HEAD + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + body
    return message.replace(b"\r\n", newline)


def _random_bytes(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def _text(size: int) -> bytes:
    return ("Forderung über 1.234,56 € – Rechnung 4711\r\n" * (size // 45)).encode("utf-8")


PDF = _random_bytes(700_000, 1)
CASES = {
    "base64 attachment, CRLF": _multipart(
        _part(b"text/plain; charset=utf-8", b"8bit", _text(2000)),
        _part(b"application/pdf", b"base64", base64.encodebytes(PDF).replace(b"\n", b"\r\n"),
              b'Content-Disposition: attachment; filename="f.pdf"\r\n')),
    "base64 attachment, LF": _multipart(
        _part(b"application/pdf", b"base64", base64.encodebytes(PDF), b'Content-Disposition: attachment\r\n'),
        _part(b"text/plain", b"7bit", b"hello"), newline=b"\n"),
    "base64 attachment without padding": _multipart(
        _part(b"application/octet-stream", b"base64", base64.encodebytes(PDF[:-1]).rstrip(b"=\n") + b"\r\n")),
    "quoted-printable text attachment": _multipart(
        _part(b"text/csv; charset=iso-8859-1", b"quoted-printable",
              quopri.encodestring(("Betrag;Gläubiger\r\n" * 30_000).encode("latin-1")),
              b'Content-Disposition: attachment; filename="posten.csv"\r\n')),
    "8bit text body": _multipart(_part(b"text/plain; charset=utf-8", b"8bit", _text(600_000))),
    "base64 text body": _multipart(
        _part(b"text/plain; charset=utf-8", b"base64", base64.encodebytes(_text(500_000)))),
    "html body": _multipart(_part(b"text/html; charset=utf-8", b"8bit", b"<p>" + _text(600_000) + b"</p>")),
    "single-part message": HEAD + b"Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    + base64.encodebytes(PDF),
    "text longer than text_bytes": _multipart(_part(b"text/plain; charset=utf-8", b"8bit", _text(3_000_000))),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_lifted_body_parses_exactly_as_the_standard_library_reads_it(name, monkeypatch):
    raw = CASES[name]
    assert prepass.bound_message(raw, ParseLimits(), parse._POLICY.clone(memo={}), parse._READ_FIELDS).lifted
    lifted = parse_mime(raw)
    monkeypatch.setattr(prepass, "LIFT_BYTES", 10**12)
    whole = parse_mime(raw)
    assert lifted.mail.model_dump_json() == whole.mail.model_dump_json()
    assert lifted.attachment_payloads == whole.attachment_payloads


def test_the_attachment_is_the_original_bytes():
    parsed = parse_mime(CASES["base64 attachment, CRLF"])
    assert list(parsed.attachment_payloads.values()) == [PDF]


def test_a_marker_line_in_someones_mail_is_just_text():
    raw = _multipart(_part(b"text/plain", b"7bit", b"lifted-body-0123456789abcdef0123456789abcdef-0"))
    assert "lifted-body-" in parse_mime(raw).mail.text
