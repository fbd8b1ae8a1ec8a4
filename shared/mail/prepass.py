"""Bound a raw MIME message before the standard library parses it (no I/O; linear in the input).

`bound_message` walks the bytes the way `email.feedparser` will - the same line breaks (CRLF, CR, LF), the
same header-block rule, the same boundary-line rule, outer boundaries ending inner parts, multipart/digest
children defaulting to message/rfc822, message/delivery-status read as blank-line separated header blocks -
asking the same policy for each part's content type and boundary. On the way it enforces `ParseLimits`:

- header fields: length, encoded-words, addresses, tokens (per field and summed over the fields the parser
  reads), count and bytes per block; a field is cut, fields past a block's budget are dropped except the first
  of each field the parser reads;
- parts and depth: past `max_depth`, with the part budget spent, or with a boundary longer than
  `boundary_length`, a multipart or attached message is kept as one opaque application/octet-stream part; once
  `parts` is reached, a multipart's remaining parts are dropped.

When no limit is hit the input object is returned as it is, so ordinary mail parses exactly as before. Every
search runs in C (regular expressions, `bytes.find`) and never rescans: a boundary's next line is remembered.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from email.message import EmailMessage

from shared.mail.header_fields import MIME_FIELDS, count_tokens, field_cut, field_name, line_safe, token_cut
from shared.mail.limits import ParseLimits, limit_defect

_OPAQUE = b"Content-Type: application/octet-stream"
_NL = re.compile(rb"\r\n|\r|\n")
_LINE_BREAK = rb"(?:\r\n|\r(?!\n)|\n)"
_NOT_HEADER = rb"(?!From |[\x21-\x39\x3b-\x7e]*:|[\t ])"  # email.feedparser.headerRE, negated
_HEADER_LINE = re.compile(rb"From |[\x21-\x39\x3b-\x7e]*:|[\t ]")
_HEADER_END = re.compile(_LINE_BREAK + _NOT_HEADER)
_FIELD_START = re.compile(_LINE_BREAK + rb"(?=[^ \t])")


@dataclass
class Bounded:
    raw: bytes  # the input itself when no limit was hit and no body was lifted
    defects: list[str] = field(default_factory=list)
    parts: int = 0  # message objects the standard library will make of `raw`
    lifted: dict[str, tuple[int, int]] = field(default_factory=dict)  # marker line -> (start, end) in the input


# A leaf part's body longer than this is lifted out of the parser's input: the standard library holds a body as
# a list of its lines before joining them (about 70 bytes per line beyond the text), several times a large
# attachment's size. The part keeps its header fields and gets one marker line as its body; the builder reads
# the body from the input bytes by position (shared.mail.parse).
LIFT_BYTES = 256 * 1024


def bound_message(raw: bytes, limits: ParseLimits, policy, read_fields: frozenset[str]) -> Bounded:
    """`raw` cut to `limits`. `policy` answers content types (the parser's own policy, so its answers are
    reused); `read_fields` are the lower-case names of the message's own header fields the parser reads (the
    first occurrence of each); of a part's header it reads the Content-* fields only."""
    walk = _Walk(raw, limits, policy, frozenset(name.encode() for name in read_fields))
    walk.message(0, _Stops(), 1, "text/plain")
    return Bounded(walk.result(), [limit_defect(name) for name in sorted(walk.hits)] + walk.defects, walk.parts,
                   walk.lifted)


@dataclass(frozen=True)
class _Stops:
    """The false ends of file in force: the boundaries of the enclosing multiparts, and blank lines inside a
    message/delivery-status part. `None` stands for a boundary that can never match a line."""

    boundaries: tuple[bytes | None, ...] = ()
    blank: bool = False

    def within(self, boundary: bytes | None) -> "_Stops":
        return _Stops(self.boundaries + (boundary,), self.blank)

    def with_blank(self) -> "_Stops":
        return _Stops(self.boundaries, True)


class _NextLine:
    """The next line at or after a position that `search` finds, remembered: the walk only moves forward, so
    every byte is searched once per pattern."""

    def __init__(self, search):
        self.search = search
        self.searched_from, self.found = -1, -1

    def at_or_after(self, pos: int) -> int:
        """`pos` is a line start (or the end)."""
        if not self.searched_from <= pos <= self.found:
            self.searched_from, self.found = pos, self.search(pos)
        return self.found


def _line_search(raw: bytes, line: bytes):
    """A search for the first line start at or after a position whose line matches `line`."""
    first, after_break = re.compile(line), re.compile(_LINE_BREAK + b"(" + line + b")")

    def search(pos: int) -> int:
        if pos == 0 and first.match(raw, 0):
            return 0
        match = after_break.search(raw, max(pos - 1, 0))
        return match.start(1) if match else len(raw)
    return search


def _delimiter_search(raw: bytes, delimiter: bytes, close: bool):
    """A search for the next delimiter line: "--" boundary ["--"], blanks, the line end. The literal comes first
    so the regular expression engine skips ahead by it; a fixed-width look-behind then checks that it starts a
    line (a '\r' before '-' always ends one)."""
    literal = re.escape(delimiter)
    rest = rb"[ \t]*(?:\r\n|\r|\n|\Z)" if close else rb"(?:--)?[ \t]*(?:\r\n|\r|\n|\Z)"
    pattern = re.compile(literal + rb"(?<=[\r\n]" + literal + b")" + rest)

    def search(pos: int) -> int:
        if pos == 0 and re.compile(literal + rest).match(raw, 0):
            return 0
        match = pattern.search(raw, pos)
        return match.start() if match else len(raw)
    return search


class _Block:
    """What one header block decided: the part's content type and boundary, and whether it was made opaque."""

    def __init__(self, default_type: str, read: frozenset[bytes]):
        self.read = read  # the fields the parser reads from this block
        self.default_type = self.content_type = default_type
        self.boundary: bytes | None = None
        self.long_boundary = False
        self.container = default_type.startswith("message/")
        self.opaque = False
        self.seen: set[bytes] = set()


class _Walk:
    """One pass over the message: parts are walked in order, the output is the input with cuts applied."""

    def __init__(self, raw: bytes, limits: ParseLimits, policy, read_fields: frozenset[bytes]):
        self.raw, self.n, self.view = raw, len(raw), memoryview(raw)
        self.limits, self.policy, self.read_fields = limits, policy, read_fields
        self.out: list = []
        self.cursor = 0
        self.changed = self.gap = False
        self.hits: set[str] = set()
        self.defects: list[str] = []
        self.parts = 0
        self.tokens_left = limits.header_tokens
        self.lifted: dict[str, tuple[int, int]] = {}
        self.marker = f"lifted-body-{uuid.uuid4().hex}-"  # never in the input: it is new for this parse
        self._finders: dict[tuple, _NextLine] = {}

    # -- output: the input copied forward, with header fields replaced and regions dropped ---------------
    def result(self) -> bytes:
        if not self.changed:
            return self.raw
        self.keep(self.n)
        return b"".join(self.out)

    def keep(self, end: int) -> None:
        if end > self.cursor:
            if self.gap and self.out and self.out[-1][-1:] == b"\r" and self.raw[self.cursor:self.cursor + 1] == b"\n":
                self.out.append(b"\r")  # a kept lone CR would pair with this LF across the gap and swallow a line
            self.out.append(self.view[self.cursor:end])
            self.cursor, self.gap = end, False

    def drop(self, end: int) -> None:
        if end > self.cursor:
            self.changed = self.gap = True
            self.cursor = end

    def insert(self, data: bytes) -> None:
        """Insert whole lines (ending in CRLF, so they never pair with what follows)."""
        self.changed = self.gap = True
        self.out.append(data)

    # -- lines --------------------------------------------------------------------------------------------
    def line_end(self, pos: int) -> int:
        match = _NL.search(self.raw, pos)
        return match.end() if match else self.n

    def _next(self, key: tuple) -> _NextLine:
        finder = self._finders.get(key)
        if finder is None:
            kind, boundary = key
            if kind == "blank":
                search = _line_search(self.raw, rb"(?=[\r\n])")
            else:
                search = _delimiter_search(self.raw, b"--" + boundary + (b"--" if kind == "close" else b""),
                                           close=kind == "close")
            finder = self._finders[key] = _NextLine(search)
        return finder

    def boundary_line(self, boundary: bytes | None, pos: int) -> int:
        """The next line at or after `pos` that is a delimiter line of `boundary` (or the end)."""
        return self.n if boundary is None else self._next(("delimiter", boundary)).at_or_after(pos)

    def close_line(self, boundary: bytes, pos: int) -> int:
        """The next close-delimiter line of `boundary` at or after `pos` (or the end)."""
        return self._next(("close", boundary)).at_or_after(pos)

    def stop(self, stops: _Stops, pos: int) -> int:
        """Where the current part ends: the first line at or after `pos` that is a false end of file."""
        found = self.n
        for boundary in stops.boundaries:
            found = min(found, self.boundary_line(boundary, pos))
        if stops.blank:
            found = min(found, self._next(("blank", None)).at_or_after(pos))
        return found

    def is_stop(self, stops: _Stops, pos: int) -> bool:
        return pos >= self.n or self.stop(stops, pos) == pos

    def is_close(self, boundary: bytes, pos: int) -> bool:
        return self.raw.startswith(b"--" + boundary + b"--", pos)

    # -- parts --------------------------------------------------------------------------------------------
    def message(self, pos: int, stops: _Stops, level: int, default_type: str) -> int:
        """Walk one message (or part) starting at `pos`; returns where it ends."""
        self.parts += 1
        body, block = self.header_block(pos, stops, level, default_type)
        if block.opaque or not block.container:
            end = self.stop(stops, body)
            if end - body > LIFT_BYTES:
                self.lift(body, end)
            return end
        if block.content_type == "message/delivery-status":
            return self.delivery_status(body, stops, level)
        if block.content_type.startswith("message/"):
            return self.message(body, stops, level + 1, "text/plain")
        child_type = "message/rfc822" if block.content_type == "multipart/digest" else "text/plain"
        return self.multipart(body, stops, level, block.boundary, child_type)

    def lift(self, body: int, end: int) -> None:
        """Replace a leaf body by one marker line; remember where the body is in the input."""
        marker = f"{self.marker}{len(self.lifted)}"
        self.lifted[marker] = (body, end)
        self.keep(body)
        self.drop(end)
        self.insert(marker.encode() + b"\r\n")

    def multipart(self, pos: int, stops: _Stops, level: int, boundary: bytes, child_type: str) -> int:
        own = self.boundary_line(boundary, pos)
        outer = self.stop(stops, pos)
        if outer <= own:  # no start boundary: the body is the payload
            return outer
        if self.is_close(boundary, own):  # a close delimiter before any part: the rest is read and dropped
            return self.stop(stops, self.line_end(own))
        inner = stops.within(boundary)
        while True:
            start = self.line_end(own)
            while not self.is_stop(stops, start) and self.boundary_line(boundary, start) == start:
                start = self.line_end(start)  # consecutive delimiter lines are consumed together
            if self.parts >= self.limits.parts:
                return self.drop_remaining_parts(own, stops, boundary)
            end = self.message(start, inner, level + 1, child_type)
            if self.is_stop(stops, end):
                return end
            if self.is_close(boundary, end):
                return self.stop(stops, self.line_end(end))
            own = end

    def drop_remaining_parts(self, delimiter: int, stops: _Stops, boundary: bytes) -> int:
        """The part budget is spent: close the multipart at `delimiter` and drop what follows up to its end."""
        self.hits.add("parts")
        self.keep(delimiter)
        self.insert(b"--" + boundary + b"--\r\n")
        end = self.stop(stops, delimiter)
        close = self.close_line(boundary, delimiter)
        resume = self.line_end(close) if close < end else end
        self.drop(resume)
        return self.stop(stops, resume)

    def delivery_status(self, pos: int, stops: _Stops, level: int) -> int:
        """message/delivery-status: header blocks separated by blank lines, each its own part."""
        blocks = stops.with_blank()
        while True:
            if self.parts >= self.limits.parts:
                self.hits.add("parts")
                end = self.stop(stops, pos)
                self.keep(pos)
                self.drop(end)
                return end
            end = self.message(pos, blocks, level + 1, "text/plain")
            if self.is_stop(stops, end):
                return end
            pos = self.line_end(end)  # the blank line
            if self.is_stop(stops, pos):
                return pos

    # -- header blocks ----------------------------------------------------------------------------------
    def header_block(self, pos: int, stops: _Stops, level: int, default_type: str) -> tuple[int, _Block]:
        """Bound the header block at `pos`; returns where the body starts and what the block decided."""
        read = self.read_fields if level == 1 else self.read_fields & MIME_FIELDS
        limits, block = self.limits, _Block(default_type, read | {b"content-type"})
        end = min(self.header_end(pos), self.stop(stops, pos))
        count = size = 0
        over = None
        for start, stop in self.fields(pos, end):
            if count >= limits.header_count:
                self.hits.add("header_count")
                over = start
                break
            cut, hits = field_cut(self.raw, start, stop, self.limits)
            length = cut - start + (0 if self.raw[cut - 1:cut] in (b"\n", b"\r") else 2)
            if size + length > limits.header_bytes:
                self.hits.add("header_bytes")
                over = start
                break
            count, size = count + 1, size + length
            self.hits.update(hits)
            self.emit_field(start, stop, cut, block, level)
        if over is not None:
            self.recover_read_fields(over, end, block, level)
            self.drop(end)
        self.decide_container(block, level, None)
        if block.opaque and block.content_type != "application/octet-stream":
            self.keep(end)
            if end == self.n and self.raw[-1:] not in (b"\n", b"\r"):
                self.insert(b"\r\n")  # the input ends inside a line: the field needs one of its own
            self.insert(_OPAQUE + b"\r\n")
        if end < self.n and not self.is_stop(stops, end) and self.raw[end:end + 1] in (b"\r", b"\n"):
            return self.line_end(end), block  # the blank line between header and body
        return end, block

    def header_end(self, pos: int) -> int:
        """The first line at or after `pos` that is not a header field line (email.feedparser.headerRE)."""
        if pos >= self.n or not _HEADER_LINE.match(self.raw, pos):
            return pos
        match = _HEADER_END.search(self.raw, pos)
        return match.end() if match else self.n

    def fields(self, pos: int, end: int):
        """(start, end) of each header field in raw[pos:end]: a line and its continuation lines."""
        start = pos
        for match in _FIELD_START.finditer(self.raw, pos, end):
            if match.end() > start:
                yield start, match.end()
                start = match.end()
        if start < end:
            yield start, end

    def emit_field(self, start: int, stop: int, cut: int, block: _Block, level: int) -> None:
        """Copy one field (cut at `cut`), charge the token budget if the parser reads it, and read the part's
        content type from its first Content-Type field."""
        name = field_name(self.raw, start, cut)
        if name is not None and name in block.read and name not in block.seen:
            block.seen.add(name)
            value = self.raw.find(b":", start, cut) + 1
            tokens = count_tokens(self.raw, value, cut)
            if tokens > self.tokens_left:
                self.hits.add("header_tokens")
                at = token_cut(self.raw, self.tokens_left, value, cut)
                cut = value if self.tokens_left == 0 or at is None else line_safe(self.raw, at, stop)
                tokens = self.tokens_left
            self.tokens_left -= tokens
            if name == b"content-type":
                self.content_type(start, stop, cut, block, level)
                return
        self.write_field(start, stop, cut)

    def write_field(self, start: int, stop: int, cut: int) -> None:
        if cut >= stop:
            self.keep(stop)
            return
        self.keep(cut)
        if cut > start and self.raw[cut - 1:cut] not in (b"\n", b"\r"):
            self.insert(b"\r\n")
        self.drop(stop)

    def content_type(self, start: int, stop: int, cut: int, block: _Block, level: int) -> None:
        text = self.raw[start:cut].decode("ascii", "surrogateescape")
        message = EmailMessage(policy=self.policy)
        message.set_default_type(block.content_type)
        name, value = text.split(":", 1)
        message.set_raw(name, value.lstrip(" \t").rstrip("\r\n"))
        try:
            block.content_type = message.get_content_type()
            block.container = block.content_type.split("/")[0] in ("multipart", "message")
            if block.content_type.startswith("multipart/"):
                boundary = message.get_boundary()
                block.container = boundary is not None
                block.boundary = _boundary_bytes(boundary)
                block.long_boundary = boundary is not None and len(boundary) > self.limits.boundary_length
        except Exception as exc:  # the registry failed on this value: the part is read without it
            self.defects.append(f"ContentTypeError:{type(exc).__name__}")
            self.keep(start)
            self.drop(stop)
            block.content_type = block.default_type
            block.container = block.default_type.startswith("message/")
            return
        self.decide_container(block, level, (start, stop))
        if not block.opaque:
            self.write_field(start, stop, cut)

    def decide_container(self, block: _Block, level: int, span: tuple[int, int] | None) -> None:
        """A multipart or message/* part past the depth or part limit, or with too long a boundary, becomes one
        opaque part."""
        if block.opaque or not block.container:
            return
        if level + 1 > self.limits.max_depth:
            self.hits.add("max_depth")
        elif self.parts >= self.limits.parts:
            self.hits.add("parts")
        elif block.long_boundary:
            self.hits.add("boundary_length")
        else:
            return
        block.opaque = True
        if span is not None:
            start, stop = span
            self.keep(start)
            self.insert(_OPAQUE + b"\r\n")
            self.drop(stop)
            block.content_type = "application/octet-stream"

    def recover_read_fields(self, pos: int, end: int, block: _Block, level: int) -> None:
        """Past a block's budget: keep the first occurrence of each field the parser reads, drop the rest."""
        wanted = sorted(block.read - block.seen)
        while wanted and pos < end:
            names = b"|".join(re.escape(name) for name in wanted)
            pattern = re.compile(rb"(?:\A|" + _LINE_BREAK + rb")((?i:" + names + rb"):)")
            match = pattern.search(self.raw, pos - 1 if pos else 0, end)
            if match is None:
                return
            start = match.start(1)
            next_field = _FIELD_START.search(self.raw, self.line_end(start) - 1, end)
            stop = next_field.end() if next_field else end
            cut, hits = field_cut(self.raw, start, stop, self.limits)
            self.hits.update(hits)
            self.drop(start)
            self.emit_field(start, stop, cut, block, level)
            wanted.remove(field_name(self.raw, start, stop))
            pos = stop


def _boundary_bytes(boundary: str | None) -> bytes | None:
    """The boundary as the parser compares it with body lines (ASCII with surrogate-escaped bytes); a
    boundary with any other character never matches a line."""
    if boundary is None:
        return None
    try:
        return boundary.encode("ascii")
    except UnicodeEncodeError:
        return None
