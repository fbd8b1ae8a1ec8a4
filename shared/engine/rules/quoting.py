"""Quoted-reply and signature detection: which parts of a mail body are the newest message.

A creditor's reply often carries the firm's own letter (or older creditor mail) underneath. Everything after
the first reply header ("On ... wrote:", "Am ... schrieb ...:", "-----Original Message-----", an Outlook
"Von: ... Gesendet:" block) and every line starting with ">" is quoted history. The signature is the part of
the newest message from its closing formula ("Mit freundlichen Grüßen", "Kind regards", "-- ") onwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

_ON_WROTE = re.compile(r"^\s*On\b.{3,300}?\bwrote:\s*$", re.I | re.S)
_AM_SCHRIEB = re.compile(r"^\s*Am\b.{3,300}?\bschrieb\b.{0,200}?:\s*$", re.I | re.S)
_SEPARATOR = re.compile(
    r"^\s*-{2,}\s*(original message|ursprüngliche nachricht|forwarded message|weitergeleitete nachricht)"
    r"\s*-{2,}\s*$",
    re.I,
)
_FROM_LINE = re.compile(r"^\s*\*?(von|from)\s*:\*?\s*\S", re.I)
_SENT_LINE = re.compile(r"^\s*\*?(gesendet|sent|datum|date)\s*:", re.I)
_CLOSING = re.compile(
    r"^\s*(mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|freundliche grüsse|"
    r"viele grüße|beste grüße|mfg\b|hochachtungsvoll|kind regards|best regards|regards|yours sincerely|"
    r"yours faithfully|sincerely|many thanks|--\s*$)",
    re.I,
)


_PASS_ON = re.compile(
    r"\b(?:we|i)\s+(?:are\s+)?forward(?:ing)?\s+(?:it|this|the|you)|\bsee\s+below\b|\bfind\s+below\b|"
    r"\bforwarded\s+below\b|\bleite(?:n|t)?\s+(?:wir|ich)\b[^.\n]{0,100}?\bweiter\b|\bsiehe\s+unten\b|"
    r"\bnachstehend(?:e[nr]?)?\s+(?:das|die|den|schreiben|aufstellung|forderungsaufstellung)",
    re.I,
)
"""The newest message passes the quoted part on as current ("Please see below the statement our client
provided; we forward it", "Anbei leiten wir das Schreiben unserer Auftraggeberin weiter")."""


def passes_on(quotes: "QuoteMap") -> bool:
    """True when there is quoted history and the newest message says it forwards it as current content."""
    return quotes.history_start < len(quotes.text) and bool(_PASS_ON.search(quotes.newest_text()))


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, line) for each line of text[start:end], offsets into `text`, newline excluded."""
    end = len(text) if end is None else end
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        yield pos, stop, text[pos:stop]
        pos = stop + 1


@dataclass
class QuoteMap:
    """Where quoted history lies in a text.

    `history_start` is the offset where the quoted history block begins (len(text) when there is none);
    `quoted_lines` are extra (start, end) ranges of ">"-prefixed lines inside the newest part;
    `signature_start` is where the newest message's signature begins (== history_start when none found).
    """

    text: str
    history_start: int
    quoted_lines: list[tuple[int, int]] = field(default_factory=list)
    signature_start: int = 0

    def is_quoted(self, pos: int) -> bool:
        """True when the character at `pos` belongs to quoted history."""
        if pos >= self.history_start:
            return True
        return any(start <= pos < end for start, end in self.quoted_lines)

    def newest_text(self) -> str:
        """The newest message only: history cut off and ">" lines blanked (offsets are preserved)."""
        chars = list(self.text[: self.history_start])
        for start, end in self.quoted_lines:
            for index in range(start, min(end, len(chars))):
                chars[index] = " "
        return "".join(chars)


def quote_map(text: str) -> QuoteMap:
    """Analyse `text` (a plain-text mail body) and return its QuoteMap."""
    history = _history_start(text)
    quoted = [(s, e) for s, e, line in iter_lines(text, 0, history) if line.lstrip().startswith(">")]
    result = QuoteMap(text=text, history_start=history, quoted_lines=quoted)
    result.signature_start = _signature_start(text, history, quoted)
    return result


def _history_start(text: str) -> int:
    lines = list(iter_lines(text))
    for index, (start, _end, line) in enumerate(lines):
        if _SEPARATOR.match(line):
            return start
        two = line if index + 1 >= len(lines) else line + "\n" + lines[index + 1][2]
        if _ON_WROTE.match(line) or _AM_SCHRIEB.match(line):
            return start
        if line.strip().lower().startswith(("on ", "am ")) and (_ON_WROTE.match(two) or _AM_SCHRIEB.match(two)):
            return start
        if _FROM_LINE.match(line) and any(_SENT_LINE.match(nxt) for _, _, nxt in lines[index + 1: index + 4]):
            return start
    return len(text)


def _signature_start(text: str, history: int, quoted: list[tuple[int, int]]) -> int:
    for start, _end, line in iter_lines(text, 0, history):
        if any(s <= start < e for s, e in quoted):
            continue
        if _CLOSING.match(line) and len(line.strip()) < 40:
            return start
    return history
