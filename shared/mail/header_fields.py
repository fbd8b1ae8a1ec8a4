"""Cheap, linear measures of one header field - its tokens, its addresses - and where to cut it (no I/O).

The standard library's header parser copies the rest of the value for every token it reads, so its cost grows
with tokens x length; a value made of nothing but quotes or parentheses costs seconds per 10 KB. These helpers
let the pre-pass count and cut a field before that parser sees it (`field_cut`), and let the header policy
parse a long address list one address at a time. The measures work on `bytes` (the raw message) and on `str`
(a decoded value) alike, with regular expressions only, so the cost stays linear whatever the input.
"""

from __future__ import annotations

import re
from email.headerregistry import AddressHeader, HeaderRegistry
from typing import AnyStr

from shared.mail.limits import ParseLimits

ADDRESS_FIELDS = frozenset(
    name for name, cls in HeaderRegistry().registry.items() if issubclass(cls, AddressHeader)
)
MIME_FIELDS = frozenset({b"content-type", b"content-disposition", b"content-transfer-encoding"})
_ADDRESS_NAMES = frozenset(name.encode() for name in ADDRESS_FIELDS)
_COMMENT_DEPTH = 32  # the registry recurses per nested comment; deeper nesting counts as too many tokens

_SPECIALS = r'()<>@,;:\\".\[\]/?='
_TOKEN_TEXT = rf"[{_SPECIALS}]|[^{_SPECIALS}\s]+"
_COMMENT = r"\((?:[^()\\]|\\.)*\)"
for _ in range(2):  # comments nested up to three levels are one unit; deeper or unclosed: the rest of the value
    _COMMENT = rf"\((?:[^()\\]|\\.|{_COMMENT})*\)"
_ADDRESS_TEXT = (
    r'(?:"(?:[^"\\]|\\.)*(?:"|\Z)'  # quoted string, possibly unclosed
    rf"|{_COMMENT}|\(.*"
    r"|<[^>]*(?:>|\Z)"  # angle address
    r"|\[(?:[^\]\\]|\\.)*(?:\]|\Z)"  # domain literal
    r"|[^,])*"
)
_TOKEN = {str: re.compile(_TOKEN_TEXT), bytes: re.compile(_TOKEN_TEXT.encode())}
_ADDRESS = {str: re.compile(_ADDRESS_TEXT, re.S), bytes: re.compile(_ADDRESS_TEXT.encode(), re.S)}
_PARENS = {str: re.compile(r"\\.|[()]", re.S), bytes: re.compile(rb"\\.|[()]", re.S)}


def count_tokens(value: AnyStr, start: int = 0, end: int | None = None) -> int:
    """Tokens in value[start:end]: each special character and each run of other non-space characters."""
    return len(_TOKEN[type(value)].findall(value, start, len(value) if end is None else end))


def token_cut(value: AnyStr, limit: int, start: int = 0, end: int | None = None) -> int | None:
    """The index where token number `limit + 1` of value[start:end] starts, or None if there are no more."""
    end = len(value) if end is None else end
    if count_tokens(value, start, end) <= limit:
        return None
    for number, match in enumerate(_TOKEN[type(value)].finditer(value, start, end)):
        if number == limit:
            return match.start()
    return None


def address_spans(value: AnyStr) -> list[tuple[int, int]]:
    """(start, end) of each comma-separated item of an address list, commas inside quoted strings, comments,
    angle addresses and domain literals not counting; at most one item per comma plus one."""
    pattern, spans, pos = _ADDRESS[type(value)], [], 0
    while True:
        end = pattern.match(value, pos).end()
        spans.append((pos, end))
        if end >= len(value):
            return spans
        pos = end + 1


def comment_depth_cut(value: AnyStr, limit: int, start: int = 0, end: int | None = None) -> int | None:
    """The index of the first '(' nested deeper than `limit`, or None (the parser recurses per level)."""
    end = len(value) if end is None else end
    if value.find("(" if isinstance(value, str) else b"(", start, end) < 0:
        return None
    depth = 0
    for match in _PARENS[type(value)].finditer(value, start, end):
        text = match.group()
        if text in ("(", b"("):
            depth += 1
            if depth > limit:
                return match.start()
        elif text in (")", b")"):
            depth = max(depth - 1, 0)
    return None


def field_name(raw: bytes, start: int, stop: int) -> bytes | None:
    """The lower-case name of the field at raw[start:stop]; None for a continuation or an mbox "From " line."""
    if raw.startswith(b"From ", start) or raw[start:start + 1] in (b" ", b"\t"):
        return None
    colon = raw.find(b":", start, stop)
    return raw[start:colon].lower() if colon > start else None


def field_cut(raw: bytes, start: int, stop: int, limits: ParseLimits) -> tuple[int, list[str]]:
    """Where the field at raw[start:stop] (with its line breaks) is cut - `stop` if it is within `limits` -
    and the names of the limits that cut it: length, encoded-words, then tokens (Content-* fields) or
    addresses and tokens per address (address fields). A cut before the colon drops the field (`start`): a
    line without one would end the header block."""
    hits: list[str] = []
    cut = stop
    breaks = raw.count(b"\n", start, stop) + raw.count(b"\r", start, stop)
    if stop - start - breaks > limits.header_length:
        cut = start + limits.header_length
        hits.append("header_length")
    if raw.count(b"=?", start, cut) > limits.encoded_words:
        position = start
        for _ in range(limits.encoded_words + 1):
            position = raw.find(b"=?", position, cut) + 2
        cut = position - 2
        hits.append("encoded_words")
    name = field_name(raw, start, cut)
    if raw[start:start + 1] not in (b" ", b"\t") and not raw.startswith(b"From ", start) \
            and raw.find(b":", start, cut) < 0:
        return start, hits
    value = raw.find(b":", start, cut) + 1
    if name in MIME_FIELDS:
        cut = _earlier(cut, token_cut(raw, limits.field_tokens, value, cut), hits)
        cut = _earlier(cut, comment_depth_cut(raw, _COMMENT_DEPTH, value, cut), hits)
    elif name in _ADDRESS_NAMES:
        cut = _address_cut(raw, value, cut, limits, hits)
    return line_safe(raw, cut, stop), hits


def line_safe(raw: bytes, cut: int, stop: int) -> int:
    """`cut`, moved past an LF that would otherwise be separated from its CR."""
    if cut < stop and raw[cut - 1:cut] == b"\r" and raw[cut:cut + 1] == b"\n":
        return cut + 1
    return cut


def _address_cut(raw: bytes, value: int, cut: int, limits: ParseLimits, hits: list[str]) -> int:
    text = raw[value:cut]
    spans = address_spans(text)
    if len(spans) > limits.addresses:
        hits.append("addresses")
        spans = spans[:limits.addresses]
        cut = value + spans[-1][1]
    for start, end in spans:
        inner = token_cut(text, limits.field_tokens, start, end)
        if inner is None:
            inner = comment_depth_cut(text, _COMMENT_DEPTH, start, end)
        if inner is not None:
            hits.append("field_tokens")
            return value + inner
    return cut


def _earlier(cut: int, at: int | None, hits: list[str]) -> int:
    if at is None or at >= cut:
        return cut
    hits.append("field_tokens")
    return at
