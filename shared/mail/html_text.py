"""Turn an HTML mail body into readable plain text (no I/O, standard library only).

Script, style and head content are dropped, and so is anything hidden with `display:none`,
`visibility:hidden` or the `hidden` attribute: hidden text is invisible to the caseworker, so it must not
reach the engines either (it is a favourite place for prompt-injection text).

Hostile markup costs time in proportion to its size: at most `max_chars` characters are converted, at most
`max_depth` open elements are tracked (text nested deeper is dropped, so nothing hidden can surface), every
element operation is O(1), and before `html.parser` sees the markup each '<' that opens a construct it could
never close is escaped: the parser would otherwise search the rest of the document once per such '<'.
"""

from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass
from html.parser import HTMLParser

MAX_CHARS = 2 * 1024 * 1024
MAX_DEPTH = 1000
FEED_CHARS = 256 * 1024  # longer markup is fed in pieces: bounded memory per piece, at most MAX_CHARS/FEED_CHARS

_BLOCK = {
    "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote",
    "section", "article", "header", "footer", "hr", "pre", "address",
}
_SKIP = {"script", "style", "head", "title", "noscript", "template"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source", "track", "embed"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d])", re.I)
_MARKED_SECTION = re.compile(r"<!\[(?:([a-zA-Z][-_.a-zA-Z0-9]*)\s*)?")
_SECTION_CLOSE = {"]]": re.compile(r">\s*\]\s*\]"), "]": re.compile(r">\s*\]")}  # reversed closes
_SECTION_KIND = {"temp": "]]", "cdata": "]]", "ignore": "]]", "include": "]]", "rcdata": "]]",
                 "if": "]", "else": "]", "endif": "]"}


@dataclass(frozen=True)
class HtmlText:
    text: str
    limits_hit: tuple[str, ...] = ()  # "html_bytes", "html_depth"


class _TextExtractor(HTMLParser):
    def __init__(self, max_depth: int) -> None:
        super().__init__(convert_charrefs=True)
        self.out = io.StringIO()  # not a list: hostile markup yields millions of one-character pieces
        self.max_depth = max_depth
        self.too_deep = False  # inside an element past max_depth: its text is dropped
        self.depth_hit = False
        self._stack: list[tuple[str, bool]] = []  # (tag, suppresses text)
        self._open: dict[str, int] = {}  # tag -> how often it is on the stack
        self._hidden = 0  # entries on the stack that suppress text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        hidden = (
            tag in _SKIP
            or "hidden" in attributes
            or bool(_HIDDEN_STYLE.search(attributes.get("style") or ""))
        )
        if tag in _BLOCK:
            self.out.write("\n")
        if tag in ("td", "th"):
            self.out.write("\t")
        if tag in _VOID:
            return
        if len(self._stack) >= self.max_depth:
            self.too_deep = self.depth_hit = True
            return
        self._stack.append((tag, hidden))
        self._open[tag] = self._open.get(tag, 0) + 1
        self._hidden += hidden

    def handle_endtag(self, tag: str) -> None:
        if self._open.get(tag):  # close the innermost open `tag` and everything opened inside it
            while True:
                name, hidden = self._stack.pop()
                self._open[name] -= 1
                self._hidden -= hidden
                if name == tag:
                    break
            self.too_deep = False
        if tag in _BLOCK:
            self.out.write("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden and not self.too_deep:
            self.out.write(data)


def convert(markup: str, max_chars: int = MAX_CHARS, max_depth: int = MAX_DEPTH,
            feed_chars: int = FEED_CHARS) -> HtmlText:
    """Visible text of `markup`, one block per line, runs of blank lines collapsed, and the limits hit.

    Markup longer than `feed_chars` is fed to the parser piece by piece (it holds back an incomplete
    construct until the next piece), which keeps the memory of decoding one run of text bounded.
    """
    hit = []
    if len(markup) > max_chars:
        markup = markup[:max_chars]
        hit.append("html_bytes")
    markup = defuse(markup)
    parser = _TextExtractor(max_depth)
    try:
        for start in range(0, len(markup), feed_chars):
            parser.feed(markup[start:start + feed_chars])
        parser.close()
    except Exception:  # HTMLParser is lenient; this is a last guard against pathological input
        return HtmlText(html.unescape(re.sub(r"<[^>]*>", " ", markup)), tuple(hit))
    if parser.depth_hit:
        hit.append("html_depth")
    text = parser.out.getvalue().replace("\xa0", " ")
    parser.out.close()
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return HtmlText("\n".join(out).strip(), tuple(hit))


def html_to_text(markup: str) -> str:
    """Visible text of `markup`, one block per line, runs of blank lines collapsed (default limits)."""
    return convert(markup).text


def defuse(markup: str) -> str:
    """`markup` with each '<' escaped as '&lt;' where it opens a construct `html.parser` can never close: any
    '<' after the last '>', a comment with no '-->' after it, a marked section with no close after it or with
    a keyword the parser rejects. The text shown for them is the same '<...' the parser would show."""
    last_gt = markup.rfind(">")
    if last_gt + 1 < len(markup) and "<" in markup[last_gt + 1:]:
        markup = markup[:last_gt + 1] + markup[last_gt + 1:].replace("<", "&lt;")
    if "<!" not in markup:
        return markup
    reversed_markup = markup[::-1]
    close = re.search(r">\s*--", reversed_markup)
    last_comment = len(markup) - close.end() if close else -1
    head, tail = markup[:max(last_comment - 3, 0)], markup[max(last_comment - 3, 0):]
    markup = head + tail.replace("<!--", "&lt;!--")  # each '<!--' in the tail has no close after it
    if "<![" not in markup:
        return markup
    last_close = {}
    for kind, pattern in _SECTION_CLOSE.items():
        found = pattern.search(markup[::-1])
        last_close[kind] = len(markup) - found.end() if found else -1
    pieces, pos = [], 0
    for match in _MARKED_SECTION.finditer(markup):
        name = (match.group(1) or "").lower()
        kind = _SECTION_KIND.get(name)
        end_of_name = match.end() >= len(markup)
        if kind is None or end_of_name or last_close[kind] < match.start() + 3:
            pieces.append(markup[pos:match.start()])
            pieces.append("&lt;")
            pos = match.start() + 1
    pieces.append(markup[pos:])
    return "".join(pieces)
