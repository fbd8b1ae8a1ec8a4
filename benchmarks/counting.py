"""Count calls at a port: a transparent proxy that tallies each method call (and bytes where a call carries
them) before passing it on. The breaker and chain benchmarks count Firestore-, Pub/Sub-, Storage- and
report-store operations this way, at the adapter boundary, whatever adapter is behind it."""

from __future__ import annotations

from collections import Counter


class Counting:
    """Wraps `inner`; `calls[method]` counts calls, `bytes[method]` sums the size of bytes arguments."""

    def __init__(self, inner):
        self.__dict__["_inner"] = inner
        self.__dict__["calls"] = Counter()
        self.__dict__["bytes"] = Counter()

    def __getattr__(self, name):
        attr = getattr(self._inner, name)
        if not callable(attr) or name.startswith("_"):
            return attr

        def counted(*args, **kwargs):
            self.calls[name] += 1
            self.bytes[name] += sum(len(a) for a in args if isinstance(a, (bytes, bytearray)))
            return attr(*args, **kwargs)

        return counted

    def reset(self) -> None:
        self.calls.clear()
        self.bytes.clear()


# How many Firestore document reads and writes one StateStore call costs (billed operations).
STATE_READS = {"get": 1, "create": 0, "transact": 1, "set": 0, "delete": 0}
STATE_WRITES = {"get": 0, "create": 1, "transact": 1, "set": 1, "delete": 1}


def firestore_ops(calls: Counter) -> tuple[int, int]:
    """(reads, writes) billed for the StateStore calls in `calls` (a transaction: one read, one write)."""
    reads = sum(STATE_READS.get(method, 0) * n for method, n in calls.items())
    writes = sum(STATE_WRITES.get(method, 0) * n for method, n in calls.items())
    return reads, writes
