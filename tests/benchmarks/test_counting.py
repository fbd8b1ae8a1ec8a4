"""Counting proxies count what passes through a port, and billed Firestore operations follow from the calls."""

from collections import Counter

from benchmarks.counting import Counting, firestore_ops


class Store:
    def __init__(self):
        self.kept = {}

    def put(self, key, data):
        self.kept[key] = data

    def get(self, key):
        return self.kept[key]


def test_counts_calls_and_bytes_and_passes_results_through():
    store = Counting(Store())
    store.put("a", b"12345")
    store.put("b", b"xy")
    assert store.get("a") == b"12345"
    assert store.calls == Counter({"put": 2, "get": 1})
    assert store.bytes["put"] == 7
    store.reset()
    assert not store.calls


def test_firestore_ops_bill_a_transaction_as_a_read_and_a_write():
    assert firestore_ops(Counter({"get": 3, "transact": 2, "create": 1, "set": 1})) == (5, 4)
