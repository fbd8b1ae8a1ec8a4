"""The claim state machine (shared/intake/claims.py) on both state stores: create wins once, a live claim
makes others retry, an expired one is taken over with its email_id, a completed one answers duplicate."""

from __future__ import annotations

import threading

import pytest

from shared.errors import RequestRejected
from shared.intake import claims
from tests.contracts.test_state_store import store as state  # noqa: F401 - both state stores, as a fixture


def test_the_first_claim_wins_and_a_live_one_makes_others_retry(state, clock):
    mine = claims.claim_email(state, "k", "id-1", "corr-1", clock.now())
    assert (mine.email_id, mine.completed) == ("id-1", False)
    with pytest.raises(claims.ClaimInProgress):
        claims.claim_email(state, "k", "id-2", "corr-2", clock.now())


def test_a_completed_claim_is_a_duplicate_of_the_first_email_id(state, clock):
    mine = claims.claim_email(state, "k", "id-1", "corr-1", clock.now())
    claims.complete(state, "k", mine)
    again = claims.claim_email(state, "k", "id-2", "corr-2", clock.now())
    assert (again.email_id, again.correlation_id, again.completed) == ("id-1", "corr-1", True)


def test_an_expired_claim_is_taken_over_with_its_email_id(state, clock):
    claims.claim_email(state, "k", "id-1", "corr-1", clock.now())
    clock.advance(claims.LEASE.total_seconds() + 1)
    taken = claims.claim_email(state, "k", "id-2", "corr-2", clock.now())
    assert (taken.email_id, taken.correlation_id, taken.completed) == ("id-1", "corr-1", False)
    with pytest.raises(claims.ClaimInProgress):  # the new owner's lease is live
        claims.claim_email(state, "k", "id-3", "corr-3", clock.now())


def test_records_from_before_claims_count_as_completed(state, clock):
    state.create(claims.CLAIMS, "old", {"email_id": "id-0", "correlation_id": "c-0", "body_sha256": "x"})
    assert claims.claim_email(state, "old", "id-9", "c-9", clock.now()).completed


def test_threads_racing_for_one_key_get_one_owner(state, clock):
    outcomes, barrier = [], threading.Barrier(8)

    def race(n):
        barrier.wait()
        try:
            outcomes.append(claims.claim_email(state, "race", f"id-{n}", f"c-{n}", clock.now()).email_id)
        except claims.ClaimInProgress:
            outcomes.append("retry")

    threads = [threading.Thread(target=race, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len([o for o in outcomes if o != "retry"]) == 1 and outcomes.count("retry") == 7


def test_a_token_is_bound_to_the_content_it_first_came_with(state):
    claims.claim_token(state, "tok", "sha-a")
    claims.claim_token(state, "tok", "sha-a")  # a retry of the same email: fine
    with pytest.raises(RequestRejected) as refused:
        claims.claim_token(state, "tok", "sha-b")
    assert refused.value.status == 403 and "replay" in refused.value.reason


def test_the_key_ignores_line_endings_but_not_content():
    lf = b"Message-ID: <a@b>\nSubject: x\n\nbody\n"
    assert claims.email_key(lf) == claims.email_key(lf.replace(b"\n", b"\r\n"))
    assert claims.email_key(lf) != claims.email_key(lf.replace(b"body", b"bodY"))


def test_message_id_is_found_without_parsing_and_bounded():
    assert claims.header_message_id(b"Subject: s\r\nMessage-Id:\r\n <x@y>\r\n\r\nMessage-ID: <body@z>") == "<x@y>"
    assert claims.header_message_id(b"Subject: s\n\nMessage-ID: <in-body@z>\n") == ""
    assert claims.header_message_id(b"Subject: " + b"a" * 5_000_000) == ""
