"""ClientDirectory on the pymongo API: MongoDB in the cloud, the same code on mongomock locally.

Each document stores the record plus the normalized `name_keys` and `reference_keys` it is found by; both are
multikey-indexed, so a candidate lookup is two index scans (no `$text`, which mongomock lacks anyway).
`JsonBackedClientDirectory` is the local twin's persistence: it loads `clients.json` into mongomock at start
and writes the file back after every import.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from shared.domain.client import ClientRecord
from shared.ports import ClientDirectory


class MongoClientDirectory(ClientDirectory):
    def __init__(self, collection):
        self.collection = collection
        collection.create_index("client_id", unique=True)
        collection.create_index("name_keys")
        collection.create_index("reference_keys")

    def upsert_many(self, clients: Iterable[ClientRecord]) -> int:
        written = 0
        for client in clients:
            doc = client.model_dump(mode="json")
            doc["name_keys"] = client.name_keys()
            doc["reference_keys"] = client.reference_keys()
            self.collection.replace_one({"client_id": client.client_id}, doc, upsert=True)
            written += 1
        return written

    def get(self, client_id: str) -> ClientRecord | None:
        doc = self.collection.find_one({"client_id": client_id}, {"_id": 0})
        return None if doc is None else _record(doc)

    def candidates(self, name_keys: Iterable[str], reference_keys: Iterable[str], limit: int = 20) -> list[ClientRecord]:
        names, refs = sorted(set(name_keys)), sorted(set(reference_keys))
        clauses = []
        if names:
            clauses.append({"name_keys": {"$in": names}})
        if refs:
            clauses.append({"reference_keys": {"$in": refs}})
        if not clauses:
            return []
        cursor = self.collection.find({"$or": clauses}, {"_id": 0}).sort("client_id", 1).limit(limit)
        return [_record(doc) for doc in cursor]

    def all(self) -> list[ClientRecord]:
        return [_record(doc) for doc in self.collection.find({}, {"_id": 0}).sort("client_id", 1)]


class JsonBackedClientDirectory(MongoClientDirectory):
    """The local adapter: mongomock loaded from (and saved back to) `$LOCAL_DATA_DIR/clients.json`."""

    def __init__(self, path: Path):
        import mongomock

        super().__init__(mongomock.MongoClient()["intake"]["clients"])
        self.path = Path(path)
        if self.path.exists():
            super().upsert_many(load_clients_file(self.path))

    def upsert_many(self, clients: Iterable[ClientRecord]) -> int:
        written = super().upsert_many(clients)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        records = [client.model_dump(mode="json") for client in self.all()]
        tmp = self.path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(records, indent=2, ensure_ascii=False))
        tmp.replace(self.path)
        return written


def load_clients_file(path: Path) -> list[ClientRecord]:
    """Parse a JSON list of client records. Raises ValueError with the offending index on bad input."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError("a clients file must hold a JSON list of client records")
    records = []
    for index, item in enumerate(data):
        try:
            records.append(ClientRecord.model_validate(item))
        except Exception as exc:
            raise ValueError(f"client record #{index} is invalid: {exc}") from None
    return records


def _record(doc: dict) -> ClientRecord:
    doc = {k: v for k, v in doc.items() if k not in ("name_keys", "reference_keys", "_id")}
    return ClientRecord.model_validate(doc)
