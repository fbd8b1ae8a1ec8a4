"""Every real message of ../shared/corpus/mime through intake and the chain, against its expected outcome
(tests/intake/corpus_expectations.json): nearly all are accepted and end in a report; none produces a 500."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import corpus_dir
from tests.e2e.helpers import intake_client, post_raw, run_chain

EXPECTATIONS = json.loads((Path(__file__).parents[1] / "intake" / "corpus_expectations.json").read_text())


def test_every_corpus_file_has_an_expectation():
    assert sorted(p.name for p in (corpus_dir() / "mime").glob("*.eml")) == sorted(EXPECTATIONS)


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_corpus_message_through_intake_and_chain(name, deps):
    raw = (corpus_dir() / "mime" / name).read_bytes()
    response = post_raw(intake_client(deps), deps, raw=raw)
    expected = EXPECTATIONS[name]["status"]
    assert response.status_code == expected, response.get_json()
    if expected != 200:
        assert response.get_json()["error"]
        return
    run_chain(deps)
    report = deps.reports.get(response.get_json()["email_id"])
    assert report is not None and report.status == "processed"
    if deps_defects := json.loads(deps.blobs.get(f"mail/{_sha(raw)}.json"))["defects"]:
        assert report.needs_review, deps_defects
        assert any(reason in report.review_reason for reason in ("parser defects", "input limit hit")), deps_defects


def _sha(raw: bytes) -> str:
    import hashlib

    return hashlib.sha256(raw).hexdigest()
