"""A literal prefilter for the rules' big case-insensitive patterns: skip the regex when it cannot match.

Python's regex engine has no fast scan for an IGNORECASE alternation: it tries every branch at every position,
so a cue list of forty phrases costs forty attempts per character even in a text that holds none of them. Most
branches contain a plain word, though ("gesamtforderung", "outstanding balance", "decline"), and every match of
the pattern must contain one of them. `Prefiltered(pattern)` derives such a set of words from the parsed pattern
(for each alternative, its longest required literal) and answers `search`/`sub`/`finditer` without running the
regex when the lower-cased text holds none of them — the same answer the regex gives, only sooner.

Exactness: IGNORECASE compares characters by their simple lower-case mapping, plus a few extra equivalences
(the long s 'ſ' matches 's', the Kelvin sign matches 'k', ...). `str.lower()` agrees with that mapping for every
character except those few and the ones whose lower case is not one character ('İ') or depends on context
(final 'Σ'); a text holding any of them is never prefiltered (the regex runs). Patterns whose required words
cannot be derived are never prefiltered either.
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # the parser and the case-fix table of this Python's `re` (3.11+); without them nothing is prefiltered
    from re import _constants as _c
    from re import _parser as _sre_parse
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover
    _sre_parse = None
    _EXTRA_CASES = {}

MIN_WORD = 3  # shorter required words are too common to be worth checking

# characters where str.lower() and the regex engine's IGNORECASE comparison may disagree
_HAZARDS = {chr(c) for c in _EXTRA_CASES} | {chr(c) for cases in _EXTRA_CASES.values() for c in cases}
_HAZARDS = {ch for ch in _HAZARDS if not ch.isascii()} | {"\u0130", "\u03a3", "\u03c2"}
_HAZARD = re.compile("[" + re.escape("".join(sorted(_HAZARDS))) + "]") if _HAZARDS else None


def required_words(pattern: re.Pattern) -> frozenset[str] | None:
    """Lower-case words of which every match of `pattern` contains at least one; None when not derivable."""
    if _sre_parse is None or not isinstance(pattern.pattern, str):
        return None
    try:  # re's parser is CPython-internal: if its shape ever changes, nothing is prefiltered (only speed lost)
        words = _required(list(_sre_parse.parse(pattern.pattern, pattern.flags & ~re.UNICODE)))
    except Exception:  # pragma: no cover
        return None
    if not words or min(len(w) for w in words) < MIN_WORD:
        return None
    return frozenset(words)


def _required(sequence) -> set[str] | None:
    candidates: list[set[str]] = []
    run: list[str] = []

    def flush():
        if run:
            word = "".join(run)
            lowered = word.lower()
            if len(lowered) == len(word) and not (_HAZARD and _HAZARD.search(word)):
                candidates.append({lowered})
            run.clear()

    for op, av in sequence:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is _c.SUBPATTERN:
            found = _required(list(av[-1]))
            if found:
                candidates.append(found)
        elif op is _c.BRANCH:
            alternatives = [_required(list(alternative)) for alternative in av[1]]
            if alternatives and all(alternatives):
                candidates.append(set().union(*alternatives))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            found = _required(list(av[2]))
            if found:
                candidates.append(found)
        # anything else (classes, assertions, anchors, optional parts) requires no particular word
    flush()
    if not candidates:
        return None
    return max(candidates, key=lambda words: (min(len(w) for w in words), -len(words)))


@lru_cache(maxsize=16)
def _lowered(text: str) -> str | None:
    """`text` lower-cased, or None when it holds a character str.lower() and IGNORECASE disagree on."""
    if _HAZARD is not None and _HAZARD.search(text):
        return None
    return text.lower()


class Prefiltered:
    """`pattern` with a cheap "can it match at all?" check before `search`, `sub` and `finditer`."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self.words = required_words(pattern)

    def possible(self, text: str) -> bool:
        if self.words is None:
            return True
        lowered = _lowered(text)
        return lowered is None or any(word in lowered for word in self.words)

    def search(self, text: str, *args):
        return self.pattern.search(text, *args) if self.possible(text) else None

    def sub(self, repl, text: str, count: int = 0):
        return self.pattern.sub(repl, text, count) if self.possible(text) else text

    def finditer(self, text: str, *args):
        return self.pattern.finditer(text, *args) if self.possible(text) else iter(())

    def __getattr__(self, name):
        return getattr(self.pattern, name)
