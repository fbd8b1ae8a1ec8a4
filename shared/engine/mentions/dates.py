"""Dates as a kind: where a text writes a date that parses to a given day.

Numeric day-first ("12.04.1978", "12/04/78", "12-04-1978"; a two-digit year as a birth date gives it), ISO
("1978-04-12"), US month-first with a four-digit year ("04/12/1978"), and with the month's name in German or
English, day first or month first ("12. April 1978", "2nd March 1979", "March 2, 1979"). Every number is bounded:
'1978-04-12' is not grounded by '112.04.1978' or '12.04.19780'.
"""

from __future__ import annotations

import re
from datetime import date

from shared.domain.text import simplify_with_offsets

Span = tuple[int, int]

_MONTH_NAMES = ("januar|january|janner|jan", "februar|february|feb", "marz|march|mar", "april|apr", "mai|may",
                "juni|june|jun", "juli|july|jul", "august|aug", "september|sept|sep", "oktober|october|okt|oct",
                "november|nov", "dezember|december|dez|dec")
"""Month names as `simplify` writes them ('März' and 'Maerz' -> 'marz')."""


def date_spans(iso: str, text: str) -> list[Span]:
    """Where `text` writes the day `iso` (YYYY-MM-DD). Raises ValueError when `iso` is no such date."""
    day = date.fromisoformat(iso)
    d, m, y = day.day, day.month, day.year
    names = _MONTH_NAMES[m - 1]
    year = rf"(?:{y}|{y % 100:02d})"
    forms = (
        rf"(?<![\d.])0?{d}[./-]0?{m}[./-]{year}(?![\d])",
        rf"(?<!\d){y}-0?{m}-0?{d}(?!\d)",
        rf"(?<!\d)0?{m}/0?{d}/{y}(?!\d)",
        rf"(?<![\d.])0?{d}(?:st|nd|rd|th)?\.?\s*(?:of\s+)?(?:{names})\b\.?,?\s*{y}(?!\d)",
        rf"(?<![^\W_])(?:{names})\b\.?\s+0?{d}(?:st|nd|rd|th)?,?\s+{y}(?!\d)",
    )
    folded, origins = simplify_with_offsets(text)
    spans = {(origins[m.start()], origins[m.end() - 1] + 1) for m in re.finditer("|".join(forms), folded)}
    return sorted(spans)
