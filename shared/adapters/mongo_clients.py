"""ClientDirectory on the pymongo API: MongoDB in the cloud, the same code on mongomock locally.

Each document stores the record plus the normalized `name_keys` and `reference_keys` it is found by; both are
multikey-indexed, so a candidate lookup is two index scans (no `$text`, which mongomock lacks anyway). The
indexes are ensured on first use, not at construction: building the adapter does no I/O.
`JsonBackedClientDirectory` is the local twin's persistence: it loads `clients.json` into mongomock at start
and writes the file back after every import.

Errors: an unknown client is None; an outage (no reachable server, a network error or timeout, a primary
stepping down, failed authentication) is DependencyUnavailable("mongodb", ...), and a clients file that
cannot be read or written is DependencyUnavailable("clients file", ...). A query or document the server
refuses as malformed passes unchanged: that is a bug.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from shared.adapters.errors import translated
from shared.domain.client import ClientRecord
from shared.ports import ClientDirectory

# pymongo.MongoClient options (bootstrap builds the client with them). pymongo's defaults wait 30 s for a
# server and forever for an answer; an operation here must end inside intake's 30 s request budget. Lookups are
# index scans taking milliseconds. Worst case: 5 s to find a server + 8 s for the answer, and pymongo's one
# automatic retry of a read or write after a network error: under 26 s. A plain outage shows after 5 s.
SERVER_SELECTION_TIMEOUT_MS = 5_000
CONNECT_TIMEOUT_MS = 5_000
SOCKET_TIMEOUT_MS = 8_000
CLIENT_OPTIONS = dict(serverSelectionTimeoutMS=SERVER_SELECTION_TIMEOUT_MS, connectTimeoutMS=CONNECT_TIMEOUT_MS,
                      socketTimeoutMS=SOCKET_TIMEOUT_MS)

# Server error codes that mean "not now" rather than "wrong request": auth (13, 18), network and host
# (6, 7, 89, 9001), shutdown and failover (91, 189, 10107, 11600, 11602, 13435, 13436), time limits (50, 262).
_OUTAGE_CODES = {6, 7, 13, 18, 50, 89, 91, 189, 262, 9001, 10107, 11600, 11602, 13435, 13436}


def mongo_outage(exc: BaseException) -> bool:
    from pymongo import errors

    if isinstance(exc, (errors.ConnectionFailure, errors.ExecutionTimeout, errors.WTimeoutError)):
        return True
    if isinstance(exc, errors.PyMongoError):
        labelled = exc.has_error_label("RetryableWriteError") or exc.has_error_label("TransientTransactionError")
        return exc.timeout or labelled or (isinstance(exc, errors.OperationFailure) and exc.code in _OUTAGE_CODES)
    return isinstance(exc, OSError)


class MongoClientDirectory(ClientDirectory):
    dependency = "mongodb"

    def __init__(self, collection):
        self._collection = collection
        self._indexed = False

    @property
    def collection(self):
        """The collection, with its indexes ensured on first use."""
        if not self._indexed:
            self._ensure_indexes()
        return self._collection

    def _ensure_indexes(self) -> None:
        # No lock: create_index is idempotent, and callers must not queue behind one another's deadline.
        self._collection.create_index("client_id", unique=True)
        self._collection.create_index("name_keys")
        self._collection.create_index("reference_keys")
        self._indexed = True

    def _boundary(self):
        return translated(self.dependency, mongo_outage)

    def upsert_many(self, clients: Iterable[ClientRecord]) -> int:
        written = 0
        with self._boundary():
            for client in clients:
                doc = client.model_dump(mode="json")
                doc["name_keys"] = client.name_keys()
                doc["reference_keys"] = client.reference_keys()
                self.collection.replace_one({"client_id": client.client_id}, doc, upsert=True)
                written += 1
        return written

    def get(self, client_id: str) -> ClientRecord | None:
        with self._boundary():
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
        with self._boundary():
            docs = list(self.collection.find({"$or": clauses}, {"_id": 0}).sort("client_id", 1).limit(limit))
        return [_record(doc) for doc in docs]

    def all(self) -> list[ClientRecord]:
        with self._boundary():
            docs = list(self.collection.find({}, {"_id": 0}).sort("client_id", 1))
        return [_record(doc) for doc in docs]


class JsonBackedClientDirectory(MongoClientDirectory):
    """The local adapter: mongomock loaded from (and saved back to) `$LOCAL_DATA_DIR/clients.json`."""

    dependency = "clients file"

    def __init__(self, path: Path):
        import mongomock

        super().__init__(mongomock.MongoClient()["intake"]["clients"])
        self._ensure_indexes()  # in memory: no I/O, and no first-use race on mongomock
        self.path = Path(path)
        with self._boundary():  # a file that cannot be read is an outage of the local store (bad JSON is not)
            if self.path.exists():
                super().upsert_many(load_clients_file(self.path))

    def upsert_many(self, clients: Iterable[ClientRecord]) -> int:
        written = super().upsert_many(clients)
        records = [client.model_dump(mode="json") for client in self.all()]
        with self._boundary():
            self.path.parent.mkdir(parents=True, exist_ok=True)
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
