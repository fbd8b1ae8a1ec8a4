"""The email policy the MIME parser uses: `policy.default`'s header parsing, answered as text, parsed once.

`policy.default` parses a header field through the header registry on every access, and a MIME walk asks for
Content-Type and Content-Disposition of each part several times (type, parameters, charset, filename): that
was about 40 parses per email and the largest cost of intake's MIME parse. This policy answers each field with
the registry's decoded text (a plain `str`: the parser only ever reads fields as text) and reuses it:

- short values (at most `MEMO_MAX_CHARS`) in a process-wide LRU cache; it holds strings only, never the
  registry's parse trees (up to 1 KB of objects per character of a hostile value), so it stays small;
- longer values in a per-parse dict (`policy.clone(memo={})`), dropped with the parsed message.

An address list longer than `CHUNK_MIN_CHARS` is parsed one address at a time and the texts joined with
", ", which is what the registry answers for the whole list but linear in its length (the registry copies the
rest of the value for every token). Outside group syntax ("Team: a, b;"), which the pieces render as
"Team: a;, b", the text is the same; the addresses read from it are the same either way.
"""

from __future__ import annotations

import functools
from email.policy import EmailPolicy

from shared.mail.header_fields import ADDRESS_FIELDS, address_spans

MEMO_MAX_CHARS = 2000
CHUNK_MIN_CHARS = 256


class MemoisingPolicy(EmailPolicy):
    """`policy.default`, except that a header field is fetched as its decoded text and parsed only once."""

    memo = None  # a dict for one parse (`clone(memo={})`); None: long values are parsed on every access

    def header_fetch_parse(self, name, value):
        if hasattr(value, "name"):
            return super().header_fetch_parse(name, value)
        if len(value) <= MEMO_MAX_CHARS:
            return parsed_header(name, value)
        if self.memo is None:
            return decoded_header(name, value)
        key = (name, value)
        text = self.memo.get(key)
        if text is None:
            text = self.memo[key] = decoded_header(name, value)
        return text


POLICY = MemoisingPolicy()


@functools.lru_cache(maxsize=4096)
def parsed_header(name: str, value: str) -> str:
    return decoded_header(name, value)


def decoded_header(name: str, value: str) -> str:
    """The registry's decoded text of one field; an address list is parsed address by address."""
    if len(value) > CHUNK_MIN_CHARS and name.lower() in ADDRESS_FIELDS:
        spans = address_spans(value)
        if len(spans) > 1:
            texts = (_registry_text(name, value[start:end]) for start, end in spans)
            return ", ".join(text for text in texts if text)
    return _registry_text(name, value)


def _registry_text(name: str, value: str) -> str:
    return str(EmailPolicy.header_fetch_parse(POLICY, name, value))
