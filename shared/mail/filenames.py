"""Safe attachment filenames: no paths, no control or invisible characters, bounded length, never empty.

Invisible format characters (Unicode category Cf) are dropped, among them the bidirectional controls
(U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C): 'invoice\u202Efdp.exe' would otherwise display as
'invoiceexe.pdf' to a caseworker.
"""

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
    name = "".join(char for char in name if unicodedata.category(char) != "Cf")
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
