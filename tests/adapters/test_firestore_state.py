"""Firestore specifics on the official emulator: the TTL field is a real timestamp (what a TTL policy reads),
and an expired-but-unswept document can be claimed again."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from shared.adapters.firestore_state import FirestoreStateStore


def test_expires_at_is_stored_as_a_timestamp(firestore_emulator, emulator_env, clock):
    emulator_env(firestore=firestore_emulator)
    store = FirestoreStateStore("test-project", prefix=f"t{uuid.uuid4().hex[:8]}_", clock=clock)
    assert store.create("replay", "tok", {"v": 1}, ttl=timedelta(minutes=5))
    raw = store.client.collection(store.prefix + "replay").document("tok").get().to_dict()
    assert isinstance(raw["expires_at"], datetime)
    assert raw["expires_at"] == clock.now() + timedelta(minutes=5)


def test_expired_document_can_be_created_again(firestore_emulator, emulator_env, clock):
    emulator_env(firestore=firestore_emulator)
    store = FirestoreStateStore("test-project", prefix=f"t{uuid.uuid4().hex[:8]}_", clock=clock)
    assert store.create("replay", "tok", {"v": 1}, ttl=timedelta(seconds=30))
    assert store.create("replay", "tok", {"v": 2}, ttl=timedelta(seconds=30)) is False
    clock.advance(31)
    assert store.create("replay", "tok", {"v": 3}, ttl=timedelta(seconds=30)) is True
    assert store.get("replay", "tok")["v"] == 3
