"""An in-memory ClientDirectory over a list of ClientRecord, for matching tests."""

from __future__ import annotations

from typing import Iterable

from shared.domain.client import ClientRecord
from shared.ports import ClientDirectory


class FakeClientDirectory(ClientDirectory):
    """Index lookups by the records' own name_keys()/reference_keys(); records lookups for assertions."""

    def __init__(self, clients: Iterable[ClientRecord] = ()) -> None:
        self.clients: dict[str, ClientRecord] = {}
        self.lookups: list[tuple[list[str], list[str], int]] = []
        self.upsert_many(clients)

    def upsert_many(self, clients: Iterable[ClientRecord]) -> int:
        count = 0
        for client in clients:
            self.clients[client.client_id] = client
            count += 1
        return count

    def get(self, client_id: str) -> ClientRecord | None:
        return self.clients.get(client_id)

    def candidates(
        self, name_keys: Iterable[str], reference_keys: Iterable[str], limit: int = 20
    ) -> list[ClientRecord]:
        names, refs = list(name_keys), list(reference_keys)
        self.lookups.append((names, refs, limit))
        hits = [
            c for c in self.clients.values()
            if set(c.name_keys()) & set(names) or set(c.reference_keys()) & set(refs)
        ]
        return sorted(hits, key=lambda c: c.client_id)[:limit]

    def all(self) -> list[ClientRecord]:
        return sorted(self.clients.values(), key=lambda c: c.client_id)
