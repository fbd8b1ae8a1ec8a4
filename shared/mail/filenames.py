"""Safe attachment filenames: no paths, no control characters, bounded length, never empty."""

from __future__ import annotations

import re
import unicodedata

_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
_MAX_LENGTH = 150


def sanitize_filename(name: str | None, fallback: str) -> str:
    """A filename that is safe to show and to store: the last path component, cleaned."""
    if not name:
        return fallback
    name = unicodedata.normalize("NFC", str(name))
    name = re.split(r"[/\\]", name)[-1]
    name = _UNSAFE.sub("_", name).strip(" .")
    if not name:
        return fallback
    if len(name) > _MAX_LENGTH:
        stem, dot, ext = name.rpartition(".")
        if dot and len(ext) <= 10:
            name = stem[: _MAX_LENGTH - len(ext) - 1] + "." + ext
        else:
            name = name[:_MAX_LENGTH]
    return name
