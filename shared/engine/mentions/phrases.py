"""Names and organisations as a kind: the value's words as one phrase in the text, word-bounded, after folding.

Both sides are compared with `shared.domain.text.simplify` (case, accents and umlauts folded away, so a mail
written without umlauts still names 'Köhler'); the words must stand in the value's order with nothing but a few
non-word characters between them ("Stadtwerke Köln GmbH", "Stadtwerke-Koeln GmbH"), and each must be a whole
word: 'Meyer' is not in 'Meyerhoff'. A person's name may also be written surname first ("Meyer, Klaus"),
but never from words found apart: 'Klaus Meyer' is not in 'Klaus Schmidt und Jana Meyer'.
"""

from __future__ import annotations

import re

from shared.domain.text import simplify, simplify_with_offsets

Span = tuple[int, int]

_WORD = re.compile(r"[^\W_]+")
_BETWEEN = r"[\W_]{1,5}?"


def phrase_spans(value: str, text: str, inverted: bool = False) -> list[Span]:
    """Where `text` writes the words of `value` as one phrase; with `inverted`, also surname first
    (any rotation of the words: "Strauß-Köhler, Jürgen" for "Jürgen Strauß-Köhler").

    Spans are offsets into `text` itself."""
    words = _WORD.findall(simplify(value))
    if not words:
        return []
    orders = [words[k:] + words[:k] for k in range(len(words) if inverted else 1)]
    folded, origins = simplify_with_offsets(text)
    spans = set()
    for order in orders:
        pattern = r"(?<![^\W_])" + _BETWEEN.join(re.escape(word) for word in order) + r"(?![^\W_])"
        spans |= {(origins[m.start()], origins[m.end() - 1] + 1) for m in re.finditer(pattern, folded)}
    return sorted(spans)
