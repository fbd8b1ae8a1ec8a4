"""Which codec decodes a MIME text part: the declared charset if it is a real text encoding (no I/O).

`codecs.lookup` also knows bytes-to-bytes codecs (base64, zlib, uu, hex, rot13, ...) and text codecs that are no
character sets (idna, punycode, the escape codecs, 'undefined'); a part declaring one of those, or a name
Python does not know, is read as UTF-8 with replacement characters and the mail records "UnknownCharset".
"""

from __future__ import annotations

import codecs

DEFAULT = "utf-8"
_ALIASES = {"ks_c_5601-1987": "cp949", "x-gbk": "gbk", "unknown-8bit": "latin-1", "x-unknown": "latin-1"}
_NOT_CHARSETS = {"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape", "mbcs", "oem"}


def text_codec(declared: str) -> str | None:
    """The codec name to decode a part declared as `declared` (lower-case), or None if it names none."""
    name = _ALIASES.get(declared, declared)
    if not name or "\x00" in name or len(name) > 100:
        return None
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError, TypeError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None
    return name
