"""References as a kind: one contiguous code as written, never joined from separate pieces.

A text reads as the reference "KD-448812" where its letters and digits stand in one run, in order, with at most a
space, a dot, a slash (or two: a Jobcenter's "47811//0093314") or a hyphen (or a spaced one: " - ") between two of
them — "KD-448812", "KD 448812", "kd448812" — and the run is bounded: no letter or digit right before or after
it, no code going on through a hyphen or slash ("KD-448812-01" is not "KD-448812"), no number going on through a
decimal mark ("512" is not in "512,40"), and for a code of spaced digit groups ("4711 0815 99") no further digit
group. A run inside a money mention ("EUR 4711") is an amount, not a reference; a code that merely begins with
what the money reader takes for a number ("61.3" of "file no. 61.3-2028-558102") is still a code.
"""

from __future__ import annotations

import re

from shared.engine.mentions.money import money_mentions

Span = tuple[int, int]

_SEPARATOR = r"(?:[ \u00a0]?(?:[./-]|//)[ \u00a0]?|[ \u00a0])?"
_START = r"(?<![^\W_])(?<![^\W_][-/])"  # not inside a word, not continuing a code through a hyphen or slash
_END = r"(?![^\W_])(?![-/][^\W_])"
_DIGIT_START, _DIGIT_END = r"(?<!\d[.,])", r"(?![.,]\d)"  # not continuing a number through a decimal mark
_GROUP_START, _GROUP_END = r"(?<!\d[ \u00a0])", r"(?![ \u00a0]\d)"  # no further group of a spaced code


def reference_spans(value: str, text: str) -> list[Span]:
    """Where `text` writes the reference `value` as one bounded code (see the module docstring)."""
    characters = [character for character in value if character.isalnum()]
    if not characters:
        return []
    pattern = _START + _SEPARATOR.join(re.escape(character) for character in characters) + _END
    if characters[0].isdigit():
        pattern = _DIGIT_START + pattern
    if characters[-1].isdigit():
        pattern += _DIGIT_END
    if re.search(r"\d\s+\d", value):
        pattern = _GROUP_START + pattern + _GROUP_END
    found = [m.span() for m in re.finditer(pattern, text, re.I)]
    if not found:
        return []
    amounts = [money.span for money in money_mentions(text)]
    return [span for span in found if not any(start <= span[0] and span[1] <= end for start, end in amounts)]
