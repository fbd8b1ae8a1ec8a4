"""Client (debtor) records and the normalized keys the directory indexes for candidate lookups."""

from __future__ import annotations

import re
from datetime import date

from pydantic import BaseModel, Field

from shared.domain.text import fold, simplify  # consolidation imports fold from here too


class KnownReference(BaseModel):
    creditor: str = ""
    reference: str


class ClientRecord(BaseModel):
    client_id: str
    first_name: str
    last_name: str
    date_of_birth: date | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    email: str | None = None
    known_references: list[KnownReference] = Field(default_factory=list)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def name_keys(self) -> list[str]:
        """Index keys for this client's name (see `name_key_variants`)."""
        return sorted(set(name_key_variants(self.last_name)))

    def reference_keys(self) -> list[str]:
        return sorted({reference_key(r.reference) for r in self.known_references if reference_key(r.reference)})


def name_key_variants(last_name: str) -> list[str]:
    """Keys for a surname: the whole name and each part of a double-barrelled name, folded two ways."""
    parts = [p for p in re.split(r"[\s\-]+", last_name.strip()) if p]
    whole = "".join(parts)
    keys = set()
    for piece in [whole, *parts]:
        for variant in (fold(piece), simplify(piece)):
            cleaned = re.sub(r"[^a-z]", "", variant)
            if len(cleaned) >= 2:
                keys.add(cleaned)
    return sorted(keys)


def reference_key(reference: str) -> str:
    """Compare references without spaces, punctuation or case: 'KD-123 456' -> 'kd123456'."""
    return re.sub(r"[^0-9a-z]", "", fold(reference))
