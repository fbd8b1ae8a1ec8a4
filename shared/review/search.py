"""The report page's client directory search: the clients a caseworker's query names, so one whom the matcher did
not propose can be chosen.

A query is a surname (or part of a double-barrelled one, with or without umlauts), a reference the client is
known by, or a client id, or several of these separated by spaces. It goes through the directory port's own
index lookup (`candidates` with the same name and reference keys the matcher uses) plus `get` for an exact
client id: no new port method, no scan of the directory. Clients whose full name holds every word of the query
come first, then by client id.
"""

from __future__ import annotations

import re

from shared.domain.client import ClientRecord, name_key_variants, reference_key
from shared.domain.text import simplify

MAX_QUERY = 100  # characters; a longer query is refused (400), not cut
MAX_WORDS = 6  # words looked up; more are refused (each id-like word costs two directory reads)
LIMIT = 20
FETCHED = 200
"""Clients fetched from the index before ranking: the index returns by client id, so a common surname could
fill a small limit with clients who do not match the other words ("Müller Anna" among 30 "Hans Müller")."""


class QueryRejected(ValueError):
    """The query cannot be searched; str(exc) says why (answered with 400)."""


def search(directory, query: str, limit: int = LIMIT) -> list[ClientRecord]:
    """The clients of `directory` (a ClientDirectory) that `query` names, best first, at most `limit`."""
    text = " ".join((query or "").split())
    if len(text) > MAX_QUERY:
        raise QueryRejected(f"the client search takes at most {MAX_QUERY} characters")
    words = [w for w in re.split(r"[\s,;]+", text) if w]
    if not words:
        return []
    if len(words) > MAX_WORDS:
        raise QueryRejected(f"the client search takes at most {MAX_WORDS} words")
    name_keys = {key for word in words for key in name_key_variants(word)}
    reference_keys = {key for key in (reference_key(text), *map(reference_key, words)) if len(key) >= 3}
    found = {record.client_id: record for record in directory.candidates(name_keys, reference_keys, limit=FETCHED)}
    for word in (w for w in words if re.fullmatch(r"[A-Za-z]*-?\d+", w)):  # a client id, as typed or upper-cased
        exact = directory.get(word) or directory.get(word.upper())
        if exact is not None:
            found[exact.client_id] = exact
    wanted = [simplify(w) for w in words]
    return sorted(found.values(), key=lambda r: (not _names_all(r, wanted), r.client_id))[:limit]


def _names_all(record: ClientRecord, words: list[str]) -> bool:
    name = simplify(record.full_name)
    return all(word in name for word in words)
