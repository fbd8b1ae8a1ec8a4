"""Every hostile class (tests/mail/hostile.py) at MAX_BODY_BYTES through the real intake entry point, in a
process of its own under an address-space cap (benchmarks/hostile_input.py): answered 200 (stored, sent on,
flagged for review) within 5 s, exactly one report from the chain, and peak resident memory within
3 × body + 50 MB.

The 5 s bound is the issue's promise to providers (well inside the 30 s budget), not a speed target; speed is
tracked by `make bench` (`hostile_input`)."""

from __future__ import annotations

import pytest

from benchmarks.hostile_input import probe
from tests.mail.hostile import CLASSES

MAX_BODY_BYTES = 25 * 1024 * 1024
ANSWER_SECONDS = 5.0


@pytest.fixture(scope="module")
def measured() -> dict[str, dict]:
    return {row["name"]: row for row in probe(MAX_BODY_BYTES)}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CLASSES))
def test_hostile_mail_at_the_body_limit_is_accepted_fast_with_one_report(measured, name):
    row = measured[name]
    assert row["error"] is None and row["status"] == 200, row
    assert row["seconds"] <= ANSWER_SECONDS, row
    assert row["reports"] == 1, row


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CLASSES))
def test_hostile_mail_at_the_body_limit_stays_within_three_bodies_of_memory(measured, name):
    row = measured[name]
    assert row["peak"] <= 3 * row["size"] + 50 * 1024 * 1024, f"{row['peak'] / 2**20:.0f} MiB for {row['size'] / 2**20:.0f} MiB"
