"""Hostile emails by class, each built at about a requested size, for the MIME parser's robustness tests.

`CLASSES[name]` is a `Hostile`: `build(size)` returns the raw bytes of one otherwise ordinary email of about
`size` bytes; `limits` are the limit names its parse must record once `size` is a few megabytes (none: it must
record none). The classes marked "was:" reproduce what the parser did before it bounded its input.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

HEAD = (b"From: Inkasso Nord <info@inkasso-nord.example>\r\nTo: kanzlei@firm.example\r\n"
        b"Date: Mon, 16 Nov 2026 09:14:00 +0100\r\nMessage-ID: <hostile@example>\r\n")
TEXT = b"Content-Type: text/plain; charset=utf-8\r\n\r\nSehr geehrte Damen und Herren,\r\nanbei die Forderung.\r\n"


@dataclass(frozen=True)
class Hostile:
    build: Callable[[int], bytes]
    limits: frozenset[str] = frozenset()


def _repeat(unit: bytes, size: int) -> bytes:
    return unit * max(1, size // len(unit))


def _field(prefix: bytes, unit: bytes) -> Callable[[int], bytes]:
    """A message whose own header carries one field `prefix + unit * n`, first of its name (the one read)."""
    return lambda size: prefix + _repeat(unit, size) + b"\r\n" + HEAD + TEXT


def _part_field(field: bytes, unit: bytes) -> Callable[[int], bytes]:
    """A two-part message whose attachment part carries one field `field + unit * n`."""
    def build(size: int) -> bytes:
        return (HEAD + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n' + TEXT + b"--b\r\n"
                + field + _repeat(unit, size) + b"\r\n\r\nPDF\r\n--b--\r\n")
    return build


def _multipart(unit: bytes, boundary: bytes = b"b", subtype: bytes = b"mixed") -> Callable[[int], bytes]:
    """A multipart whose body is `unit * n`, then its close delimiter."""
    head = b"Content-Type: multipart/" + subtype + b'; boundary="' + boundary + b'"\r\n\r\n'
    return lambda size: HEAD + head + _repeat(unit, size) + b"--" + boundary + b"--\r\n"


def _html(unit: bytes) -> Callable[[int], bytes]:
    """An HTML-only message: a paragraph, then `unit * n`."""
    head = b"Content-Type: text/html; charset=utf-8\r\n\r\n<p>Forderung</p>"
    return lambda size: HEAD + head + _repeat(unit, size)


def _nested_divs(size: int) -> bytes:
    count = size // 12
    return HEAD + b"Content-Type: text/html\r\n\r\n" + b"<div>x" * count + b"end" + b"</div>" * count


def _nested_multiparts(size: int) -> bytes:
    levels = b"".join(b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
                      for i in range(max(1, size // 60)))
    return HEAD + levels + TEXT


def _rfc2231(size: int) -> bytes:
    params = b"".join(b";\r\n filename*%d*=%%41" % i for i in range(max(1, size // 22)))
    return _part_field(b"Content-Type: application/pdf\r\nContent-Disposition: attachment" + params, b" ")(1)


def _huge_boundary(size: int) -> bytes:
    boundary = _repeat(b"B", size // 2)
    return (HEAD + b'Content-Type: multipart/mixed; boundary="' + boundary + b'"\r\n\r\n--' + boundary
            + b"\r\n" + TEXT + b"--" + boundary + b"--\r\n")


def _long_boundaries(size: int) -> bytes:
    def inner(i: int) -> bytes:
        boundary = b"%d" % i + b"B" * 64_000
        return (b'--o\r\nContent-Type: multipart/mixed; boundary="' + boundary + b'"\r\n\r\n--' + boundary
                + b"\r\n" + TEXT)
    parts = b"".join(inner(i) for i in range(max(1, size // 130_000)))
    return HEAD + b'Content-Type: multipart/mixed; boundary="o"\r\n\r\n' + parts + b"--o--\r\n"


def _near_boundaries(size: int) -> bytes:
    near = _repeat(b"--bb\r\n--b-x\r\n--b--x\r\nx--b\r\n", size)  # lines that almost delimit a part
    return HEAD + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n' + TEXT + near + b"--b--\r\n"


def _base64_garbage(size: int) -> bytes:
    garbage = _repeat(b"!@#$%^&*()_+=-QQ=\r\n", size)
    return (HEAD + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n'
            b"Content-Transfer-Encoding: base64\r\n\r\n" + garbage + b"--b\r\nContent-Type: application/pdf\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n" + garbage + b"--b--\r\n")


def _nuls(size: int) -> bytes:
    nul = _repeat(b"\x00", size // 3)
    return (HEAD + b"Subject: \x00\x00" + nul[:1000] + b"\r\nX-\x00: \x00\r\n"
            b'Content-Type: text/plain; charset="utf-8\x00"\r\n\r\n' + nul + b"\r\n" + nul)


def _delivery_status(size: int) -> bytes:
    report = b"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example\r\n\r\n"
    return (HEAD + b'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n--b\r\n'
            + TEXT + report + _repeat(b"Action: failed\r\n\r\n", size) + b"--b--\r\n")


def _part_tokens(size: int) -> bytes:
    part = (b'--b\r\nContent-Type: application/pdf; name="' + b'"' * 300 + b'"\r\n'
            b"Content-Disposition: attachment; x=" + b"(" * 30 + b"\r\n\r\nx\r\n")
    return _multipart(part)(size)


def _filename_words(size: int) -> bytes:
    words = _repeat(b"=?utf-8?b?w6k=?=", size)
    field = b'Content-Type: application/pdf\r\nContent-Disposition: attachment; filename="'
    return _part_field(field, words + b'"')(0)


_LONG_LINE = b"X-Filler: a header block that never ends" + b" ." * 150 + b"\r\n"

CLASSES: dict[str, Hostile] = {
    # was: 1 MB of encoded-words in a Subject took 23 GB of memory
    "subject_encoded_words": Hostile(_field(b"Subject: ", b"=?utf-8?b?w6k=?= "),
                                     frozenset({"encoded_words", "header_length"})),
    # was: a 2 MB Subject took 100 s
    "subject_plain": Hostile(_field(b"Subject: ", b"Forderung "), frozenset({"header_length"})),
    "subject_folded": Hostile(_field(b"Subject: x", b"\r\n y"), frozenset({"header_length"})),
    # was: 20,000 '"' in Content-Type took 20 s; 20,000 '(' raised RecursionError
    "content_type_quotes": Hostile(_field(b"Content-Type: ", b'"'), frozenset({"field_tokens", "header_length"})),
    "content_type_parens": Hostile(_field(b"Content-Type: ", b"("), frozenset({"field_tokens", "header_length"})),
    "content_type_semicolons": Hostile(_field(b"Content-Type: text/plain", b";"),
                                       frozenset({"field_tokens", "header_length"})),
    "transfer_encoding_quotes": Hostile(_part_field(b"Content-Transfer-Encoding: ", b'"'),
                                        frozenset({"field_tokens", "header_length"})),
    "rfc2231_continuations": Hostile(_rfc2231, frozenset({"field_tokens", "header_length"})),
    "filename_encoded_words": Hostile(_filename_words, frozenset({"encoded_words", "header_length"})),
    # was: a To of 1 MB of addresses took 46 s
    "to_addresses": Hostile(_field(b"To: ", b"a.very.long.local.part@creditor.example, "),
                            frozenset({"addresses", "header_length"})),
    "to_quotes": Hostile(_field(b"To: ", b'"'), frozenset({"field_tokens", "header_length"})),
    "cc_words": Hostile(_field(b"Cc: ", b"a "), frozenset({"field_tokens", "header_length"})),
    "header_fields": Hostile(lambda size: HEAD + _repeat(b"X-Trace: relay\r\n", size) + TEXT,
                             frozenset({"header_count"})),
    "header_without_end": Hostile(lambda size: HEAD + b"Subject: open\r\n" + _repeat(_LONG_LINE, size),
                                  frozenset({"header_bytes"})),
    "mime_parts": Hostile(_multipart(b"--b\r\n\r\nx\r\n"), frozenset({"parts"})),
    "digest_parts": Hostile(_multipart(b"--d\r\n\r\n", b"d", b"digest"), frozenset({"parts"})),
    "delivery_status_blocks": Hostile(_delivery_status, frozenset({"parts"})),
    "part_field_tokens": Hostile(_part_tokens, frozenset({"parts", "field_tokens", "header_tokens"})),
    # was: message/rfc822 nested 1,000 deep raised RecursionError
    "nested_messages": Hostile(
        lambda size: HEAD + _repeat(b"Content-Type: message/rfc822\r\n\r\nFrom: a@b.example\r\n", size) + b"\r\nx",
        frozenset({"depth"})),
    "nested_multiparts": Hostile(_nested_multiparts, frozenset({"depth"})),
    "huge_boundary": Hostile(_huge_boundary, frozenset({"header_length", "boundary_length"})),
    "many_long_boundaries": Hostile(_long_boundaries, frozenset({"boundary_length"})),
    "near_boundary_lines": Hostile(_near_boundaries, frozenset({"text_bytes"})),
    "single_line_body": Hostile(lambda size: HEAD + b"\r\n" + _repeat(b"x", size), frozenset({"text_bytes"})),
    "empty_lines_body": Hostile(lambda size: HEAD + b"\r\n" + _repeat(b"\n", size), frozenset({"text_bytes"})),
    "base64_garbage": Hostile(_base64_garbage),
    "nuls": Hostile(_nuls),
    # was: an HTML-only body of 25,000 nested <div> took 12 s, of 5 MB hours
    "html_nested_divs": Hostile(_nested_divs, frozenset({"html_depth", "text_bytes"})),
    "html_unclosed_comments": Hostile(_html(b"<!--"), frozenset({"text_bytes"})),
    "html_unclosed_end_tags": Hostile(_html(b"</"), frozenset({"text_bytes"})),
    "html_processing_instructions": Hostile(_html(b"<?"), frozenset({"text_bytes"})),
    "html_marked_sections": Hostile(_html(b"<![CDATA["), frozenset({"text_bytes"})),
    "html_bad_marked_sections": Hostile(_html(b"<![x"), frozenset({"text_bytes"})),
    "html_hidden_text": Hostile(_html(b'<span style="display:none">x</span>'), frozenset({"text_bytes"})),
}


def message_shape(message) -> tuple[int, int]:
    """(parts, depth) of a message the standard library parsed: what the limits on parts and depth bound."""
    parts = depth = 0
    stack = [(message, 1)]
    while stack:
        part, level = stack.pop()
        parts, depth = parts + 1, max(depth, level)
        if part.is_multipart():
            stack.extend((child, level + 1) for child in part.get_payload())
    return parts, depth
