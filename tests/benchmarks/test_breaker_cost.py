"""Breaker cost on the Firestore emulator: the product reads its shared state at most once per TTL and writes
nothing on the happy path; the naive baseline reads and writes on every guarded call."""

from collections import Counter

from benchmarks.breaker_cost import CollectionCounting, NaiveBreaker, _emails, run_chain
from shared.adapters.sqlite_state import SqliteStateStore


def test_naive_breaker_reads_and_writes_every_call(tmp_path):
    state = CollectionCounting(SqliteStateStore(tmp_path / "state.sqlite3"))
    breaker = NaiveBreaker("storage", state)
    assert [breaker.call(lambda: n) for n in range(3)] == [0, 1, 2]
    assert state.calls["circuit_breakers"] == Counter({"get": 3, "transact": 3})


def test_product_breakers_on_the_emulator(firestore_emulator, tmp_path):
    emails = _emails(4)
    product = run_chain(emails, firestore_emulator.host, tmp_path, naive=False)
    naive = run_chain(emails, firestore_emulator.host, tmp_path, naive=True)
    assert product["reports"] == naive["reports"] == 4
    assert product["writes"] == 0
    assert product["reads"] <= product["breakers"] * (int(product["seconds"] // 5) + 1)
    assert naive["reads"] > 4 * product["reads"] and naive["writes"] > 0
