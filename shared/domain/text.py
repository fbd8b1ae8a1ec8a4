"""The one text fold every comparison of written words uses, and the looser key built on it.

`fold` answers "is this the same word, however it is cased, accented or transliterated": 'Köhler', 'KOEHLER' and
'Ko\u0308hler' (a decomposed umlaut, as some PDFs write it) all fold to 'koehler'. 'Kohler' stays 'kohler': it is
another surname, so an exact comparison (client matching's "name:exact", consolidation) keeps the two apart.

`simplify` also drops the transliteration 'e' (ö -> oe -> o), so 'Köhler', 'Koehler' and 'Kohler' meet. It is for
the questions where a lost umlaut must not matter: which clients are candidates for a name, and whether a text
names a value at all (grounding) — a mail written without umlauts still names 'Köhler'.
`simplify_with_offsets` gives the same string with, for each of its characters, where it stands in the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TRANSLITERATE = str.maketrans({
    "ß": "ss", "ä": "ae", "ö": "oe", "ü": "ue", "æ": "ae", "ø": "oe", "å": "aa", "ł": "l", "đ": "d", "ı": "i",
})
_TRANSLITERATION_E = re.compile(r"(?<=[aou])e")


def fold(text: str) -> str:
    """Lower-case ASCII folding with German transliteration: 'Köhler' -> 'koehler', 'Çelik' -> 'celik'.

    Characters without an ASCII form are kept as they are (lower-cased); the length may change ('ß' -> 'ss')."""
    text = text.lower()
    if text.isascii():  # nothing to transliterate or decompose (most text): the same result, without the walk
        return text
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFC", text).translate(_TRANSLITERATE))
    if decomposed.isascii():
        return decomposed
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def simplify(text: str) -> str:
    """`fold` without the transliteration 'e' after a, o, u: 'Köhler', 'Koehler' and 'Kohler' all give 'kohler'."""
    return _TRANSLITERATION_E.sub("", fold(text))


@lru_cache(maxsize=64)  # grounding asks once per finding, about the same few source texts of one email
def simplify_with_offsets(text: str) -> tuple[str, tuple[int, ...]]:
    """`simplify(text)` and, for each of its characters, the index in `text` of the character it came from.

    Folded one character at a time, so a decomposed umlaut ('o' + U+0308) gives 'o' here, as 'ö' does."""
    chars: list[str] = []
    origins: list[int] = []
    previous = ""
    for index, character in enumerate(text):
        for folded in fold(character):
            if not (folded == "e" and previous in ("a", "o", "u")):  # as simplify's look-behind: on the fold
                chars.append(folded)
                origins.append(index)
            previous = folded
    return "".join(chars), tuple(origins)
