"""Completion records on the local state store: one key per (email, stage), per outcome where a result can
be replaced, and `clear` forgets every form so a replay runs the stages again."""

from __future__ import annotations

import pytest

from shared.adapters.sqlite_state import SqliteStateStore
from shared.clock import FakeClock
from shared.runtime import completions


@pytest.fixture
def state(tmp_path):
    return SqliteStateStore(tmp_path / "state.sqlite3", FakeClock())


def test_record_then_done_and_clear_forgets_every_form(state):
    clock = FakeClock()
    plain = completions.key("e1", "matching")
    failed = completions.outcome_key("e1", "report", "failed")
    for key in (plain, failed):
        assert not completions.is_done(state, key)
        completions.record(state, key, "x", b"{}", None, clock.now())
        assert completions.is_done(state, key)
    completions.clear(state, "e1", ["matching", "report"])
    assert not completions.is_done(state, plain) and not completions.is_done(state, failed)


def test_the_first_outcome_never_blocks_the_second(state):
    completions.record(state, completions.outcome_key("e1", "report", "failed"), "report", b"{}", None,
                       FakeClock().now())
    assert not completions.is_done(state, completions.outcome_key("e1", "report", "processed"))


def test_an_unknown_outcome_is_refused():
    with pytest.raises(ValueError):
        completions.outcome_key("e1", "report", "maybe")


def test_keys_keep_their_stored_format():
    """Records written before this code must still be found after a deploy."""
    assert completions.key("e1", "intent") == "e1:intent"
    assert completions.outcome_key("e1", "report", "processed") == "e1:report:processed"
