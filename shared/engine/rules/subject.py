"""Subject lines are lists of parts ("Mahnung - Klaus Meyer - KD-448812"): split them keeping offsets."""

from __future__ import annotations

import re
from typing import Iterator


def segments(subject: str, separators: str = r" - | / | – |, |: ") -> Iterator[tuple[int, str]]:
    """(offset, text) of each non-empty part of `subject`, stripped, with its offset in `subject`."""
    position = 0
    for part in re.split(f"({separators})", subject):
        start = position
        position += len(part)
        value = part.strip()
        if value:
            yield start + part.index(value), value
