"""The claimant of a case caption: "Stadtwerke Beispiel GmbH ./. Meyer", "… GmbH gegen Wagner, Peter",
"Example Bank plc v Smith".

German and English legal practice names the claiming party first, so a lawyer or agency that heads its letter
"in der Sache X GmbH ./. Y" names its principal, the creditor. Only an organisation (legal form or organisation
word, see `creditor.org_span`) that ends right at the separator counts; a person before "./." is the debtor in
the firm's own captions ("Meyer ./. Stadtwerke").
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

_SEPARATOR = re.compile(r"[ \t](?:\./\.|gegen|v\.?|vs\.?)[ \t]+(?=[A-ZÄÖÜÇŞ])(?!(?:Ihr\w*|Sie|Ihnen|Your|You)\b)")
_WORD = re.compile(r"\S+")
_NOT_A_NAME_START = {"sache", "sachen", "angelegenheit", "rechtsstreit", "rechtsstreits", "streitsache", "betreff", "betrifft", "forderung", "verfahren", "matter",
                     "case", "re", "aw", "wg", "fw", "fwd"}
_CASE_WORD_ENDINGS = tuple(f"{word}{plural}" for word in ("ssache", "mahnsache", "inkassosache", "streitsache")
                           for plural in ("", "n"))
"""A compound case word ("Forderungssache", "Rechtssache", "Mahnsache") heads a caption, never the claimant."""
_MAX_WORDS, _MAX_BACK = 8, 120


def claimant_spans(text: str, org_span: Callable[[str, int], tuple[int, int] | None]) -> Iterator[tuple[int, int]]:
    """Spans of organisations standing directly before a caption separator in `text` (at most 8 words back,
    on the same line), the longest reading first."""
    for separator in _SEPARATOR.finditer(text):
        line_start = max(text.rfind("\n", 0, separator.start()) + 1, separator.start() - _MAX_BACK)
        words = list(_WORD.finditer(text, line_start, separator.start()))[-_MAX_WORDS:]
        for word in words:
            bare = word.group().lower().strip(":,")
            if bare in _NOT_A_NAME_START or bare.endswith(_CASE_WORD_ENDINGS):  # "Forderungssache X GmbH ./. Y"
                continue
            span = org_span(text, word.start())
            if span is not None and span == (word.start(), separator.start()):
                yield span
                break
