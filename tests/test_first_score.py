"""tools.first_score keeps first scores honest: a batch is scored once, only with the engine it arrived to."""

from __future__ import annotations

import json

import pytest

from tools import first_score
from tools.out_of_sample import adding_commit


def test_a_batch_scored_before_is_never_scored_again():
    with pytest.raises(SystemExit, match="already has its first score"):
        first_score.record("dev7", {"dev7": {"scores": {}}})


def test_a_batch_the_engine_was_tuned_on_since_is_refused():
    assert not first_score.engine_unchanged_since(adding_commit("dev"))  # dev arrived long before today's rules
    with pytest.raises(SystemExit, match="shared/ changed since dev arrived"):
        first_score.record("dev", {})


def test_recorded_first_scores_name_their_engine_and_keep_the_floor_keys():
    if not first_score.FIRST_SCORES.exists():
        pytest.skip("no batch has a first score yet")
    for batch, entry in json.loads(first_score.FIRST_SCORES.read_text()).items():
        assert len(entry["engine_commit"]) == 40 and len(entry["batch_commit"]) == 40, batch
        floor = json.loads((first_score.DATA / f"{batch}_scores.json").read_text())
        assert floor == first_score.floor_of(entry["scores"]), batch
