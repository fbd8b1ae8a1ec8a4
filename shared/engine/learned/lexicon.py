"""Label lexicons as data, and the one matcher for all of them.

A lexicon (`<name>_lexicon.json` beside this module) lists per role the words and phrases that mark it in German,
English, Dutch, French, Italian and Spanish, folded (`shared.domain.text.fold`). An entry matches where it starts a
word, or a run of words, of a folded text: "ablehn" matches "ablehnen", "mise en demeure" the three words; an
entry ending in "=" must end a word as well ("paye=" is "payé", paid, and not "payer", to pay). The
learned models read the roles, not the words, so what they learn from German and English mail carries over to
a letter in another language that uses a lexicon word. Plain Python; a file is read once, on first use.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Sequence

_ELISION = re.compile(r"\b([a-z]{1,2})'")


def elided(text: str) -> str:
    """French and Italian elisions split off ("d'echeancier" -> "d' echeancier"), so an entry can start the word."""
    return _ELISION.sub(r"\1' ", text)


@lru_cache(maxsize=None)
def load(name: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(role, entries) of `<name>_lexicon.json`, each entry with a leading space (it must start a word) and a
    trailing one when it must end a word too."""
    roles = json.loads(Path(__file__).with_name(f"{name}_lexicon.json").read_text(encoding="utf-8"))["roles"]
    return tuple((role, tuple(f" {elided(entry.removesuffix('='))}" + (" " if entry.endswith("=") else "")
                              for entry in entries)) for role, entries in sorted(roles.items()))


def roles(name: str, words: Sequence[str]) -> list[str]:
    """The roles of lexicon `name` one of whose entries starts a word or a run of words of `words` (folded)."""
    text = " " + elided(" ".join(words)) + " "
    return [role for role, entries in load(name) if any(entry in text for entry in entries)]
