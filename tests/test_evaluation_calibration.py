"""Fitting the calibration: isotonic steps, Learn-then-Test's fixed sequence, the fallback when nothing is
certified, cross-fitting, and the committed file being exactly what `python -m tools.calibrate` makes."""

from __future__ import annotations

import json
from pathlib import Path

from shared.engine.calibration import FOLDER
from shared.evaluation.calibration import (
    ALPHA, DELTA, cross_fitted, decide, example, examples, fit, fixed_sequence, isotonic_steps,
)
from shared.evaluation.out_of_sample import DEFAULT_FILE, pooled
from tools.calibrate import fitted_text, main

TRUTH = {"intent": "debt_statement", "client_id": "K-1", "creditor_name": "Stadtwerke Köln GmbH",
         "debt_amount": "10.00", "currency": "EUR", "reference_numbers": ["KD-1"]}


def test_isotonic_merges_violators_and_smooths_each_block():
    pairs = [(0.3, True), (0.5, False), (0.5, False), (0.9, True), (0.9, True), (0.9, True)]
    assert isotonic_steps(pairs) == [{"from": 0.3, "to": 0.5, "p": 0.4, "n": 3, "right": 1},  # (1+1)/(3+2)
                                     {"from": 0.9, "to": 0.9, "p": 0.8, "n": 3, "right": 3}]  # never 1.0


def test_smoothing_that_breaks_the_order_is_pooled_again():
    pairs = [(0.3, False)] + [(0.5, index < 2) for index in range(10)]  # shares 0 < 0.2; smoothed 0.33 > 0.25
    assert isotonic_steps(pairs) == [{"from": 0.3, "to": 0.5, "p": 0.2576, "n": 11, "right": 2}]


def test_isotonic_steps_rise():
    pairs = [(i / 20, (i * 7) % 3 != 0) for i in range(20)] * 3
    probabilities = [step["p"] for step in isotonic_steps(pairs)]
    assert probabilities == sorted(probabilities) and len(probabilities) >= 1


def _predicted(**overrides) -> dict:
    fields = {"creditor_name": {"value": "Stadtwerke Köln GmbH", "confidence": 0.85},
              "debtor_name": {"value": "Klaus Meyer", "confidence": 0.8}, "debt_amount": {"value": None}}
    return {**TRUTH, "needs_review": True, "intent_confidence": 0.9, "review_reason": None, "fields": fields,
            **overrides}


def test_an_example_ignores_route_reasons_and_judges_the_debtor_by_the_client_it_leads_to():
    case = example("b", "x.eml", _predicted(client_id="K-2", review_reason="medium confidence: intent 0.70"),
                   TRUTH)
    assert case.raw == {"intent": 0.9, "creditor_name": 0.85, "debtor_name": 0.8}  # debt_amount not stated
    assert case.right == {"intent": True, "creditor_name": True, "debtor_name": False}
    assert not case.other_reasons and case.wrong == 1
    assert example("b", "y.eml", _predicted(review_reason="low confidence; no matching client"), TRUTH).other_reasons


def _rows(*counts):
    from shared.domain.stats import binomial_cdf

    return [{"threshold": 0.99 - i / 100, "approved": n, "wrong_fields": k,
             "p_value": binomial_cdf(k, n, ALPHA) if n else None} for i, (n, k) in enumerate(counts)]


def test_fixed_sequence_passes_over_empty_thresholds_and_stops_at_the_first_failure():
    rows = _rows((0, 0), (5, 0), (10, 1), (20, 0))  # the last would pass, but the sequence has stopped
    assert fixed_sequence(rows, lambda row: row["wrong_fields"] == 0) == 0.98


def test_114_clean_reports_are_certified_113_are_not():
    assert decide(_rows((114, 0)), "none") == {"threshold": 0.99, "basis": "learn-then-test",
                                               "certified_threshold": 0.99}
    assert decide(_rows((113, 0)), "none")["threshold"] is None
    assert decide(_rows((113, 0), (200, 4), (250, 6)), "point")["threshold"] == 0.98  # 4/200 <= 2% < 6/250
    assert decide(_rows((113, 0), (200, 4), (250, 6)), "clean")["threshold"] == 0.99  # 4 wrong: not clean
    assert decide(_rows((113, 0), (200, 4), (250, 6)), "clean")["basis"].startswith("none certified: no wrong")
    assert DELTA == 0.1


def _batch_file(tmp_path: Path, right_in: dict[str, bool]) -> dict:
    """A predictions file of one-email batches; each states the creditor at 0.9, right or not."""
    data = {"engine": "rules", "batches": {}}
    for batch, right in right_in.items():
        folder = tmp_path / batch
        folder.mkdir()
        (folder / "a.eml").write_text("x")
        (folder / "a.json").write_text(json.dumps(TRUTH))
        creditor = TRUTH["creditor_name"] if right else "Someone Else"
        predicted = _predicted(creditor_name=creditor, needs_review=False)
        predicted["fields"]["creditor_name"]["value"] = creditor
        data["batches"][batch] = {"folder": batch, "commit": "0" * 40, "commit_date": "2026", "emails": {
            "a.eml": predicted}, "errors": {}}
    return data


def test_cross_fitting_decides_each_batch_without_its_own_data(tmp_path):
    data = _batch_file(tmp_path, {f"ok{i}": True for i in range(6)} | {"bad": False})
    in_sample = fit("rules", examples(data, tmp_path))["maps"]["creditor_name"]
    assert in_sample == [{"from": 0.85, "to": 0.85, "p": 0.7778, "n": 7, "right": 6}]  # (6+1)/(7+2)
    per_batch = cross_fitted(data, tmp_path)
    assert per_batch["bad"].not_flagged == 1 and per_batch["bad"].wrong_approved_fields == 1  # fitted on the ok
    assert pooled(per_batch).not_flagged == 1  # the ok ones: fitted with the bad one, approve none


def test_the_committed_rules_file_is_what_a_fresh_fit_makes():
    from tools.learned_out_of_sample import OUT

    assert (FOLDER / "rules.json").read_text() == fitted_text("rules", OUT)
    assert main(["--check"]) == 0


def test_the_fit_is_ready_for_another_engine(tmp_path):
    data = _batch_file(tmp_path, {"one": True, "two": True})
    predictions = tmp_path / "claude_predictions.json"
    predictions.write_text(json.dumps(data))
    output = tmp_path / "claude.json"
    assert main(["--engine", "claude", "--predictions", str(predictions), "--output", str(output)]) == 0
    written = json.loads(output.read_text())
    assert written["engine"] == "claude" and written["fitted_on"] == {"batches": ["one", "two"], "emails": 2}
    assert written["made_by"].startswith("python -m tools.calibrate --engine claude --predictions ")
    assert main(["--engine", "claude", "--predictions", str(predictions), "--output", str(output), "--check"]) == 0
