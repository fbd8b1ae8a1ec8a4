"""Port decorators that send every call through a circuit breaker (the same port, guarded).

`bootstrap` wraps the blob store ("storage") and the client directory ("mongodb") in these, so every stage's
calls to Cloud Storage and MongoDB are guarded without the stages knowing. The adapters raise
DependencyUnavailable for an outage (shared.ports): it counts as a failure. A port's documented answer is not
an outage and does not count: KeyError from BlobStore.get ("no such object").
"""

from __future__ import annotations

from typing import Iterable, Mapping

from shared.ports import BlobStore, ClientDirectory
from shared.resilience.breaker import BreakerConfig, CircuitBreaker

BREAKERS = {
    "storage": BreakerConfig("storage", failure_threshold=5, open_seconds=30,
                             counts=lambda exc: not isinstance(exc, KeyError)),
    "mongodb": BreakerConfig("mongodb", failure_threshold=5, open_seconds=30, slow_call_seconds=10),
    "claude": BreakerConfig("claude", failure_threshold=5, open_seconds=60, slow_call_seconds=90,
                            counts=lambda exc: getattr(exc, "counts_as_outage", True)),
}


def breaker_for(name: str, state, clock) -> CircuitBreaker:
    return CircuitBreaker(BREAKERS[name], state, clock)


class GuardedBlobStore(BlobStore):
    def __init__(self, inner: BlobStore, breaker: CircuitBreaker):
        self.inner, self.breaker = inner, breaker

    def put(self, key: str, data: bytes, content_type: str, metadata: Mapping[str, str] | None = None) -> None:
        self.breaker.call(lambda: self.inner.put(key, data, content_type, metadata))

    def get(self, key: str) -> bytes:
        return self.breaker.call(lambda: self.inner.get(key))

    def exists(self, key: str) -> bool:
        return self.breaker.call(lambda: self.inner.exists(key))


class GuardedClientDirectory(ClientDirectory):
    def __init__(self, inner: ClientDirectory, breaker: CircuitBreaker):
        self.inner, self.breaker = inner, breaker

    def upsert_many(self, clients: Iterable) -> int:
        clients = list(clients)
        return self.breaker.call(lambda: self.inner.upsert_many(clients))

    def get(self, client_id: str):
        return self.breaker.call(lambda: self.inner.get(client_id))

    def candidates(self, name_keys: Iterable[str], reference_keys: Iterable[str], limit: int = 20):
        names, refs = list(name_keys), list(reference_keys)
        return self.breaker.call(lambda: self.inner.candidates(names, refs, limit))

    def all(self):
        return self.breaker.call(self.inner.all)
