"""Calibrated confidence at run time: step maps, the threshold check, the committed file, and consolidation's
auto-approval decision for a calibrated engine (review reasons naming each field under the threshold)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from shared.domain.results import ExtractionResult, Finding, IntentResult
from shared.engine.calibration import FOLDER, Calibration, StepMap, for_engine, from_dict
from shared.engine.consolidate import consolidate
from tests.reasons import said

REPO = Path(__file__).resolve().parents[2]
STEPS = StepMap(starts=(0.5, 0.8, 0.9), probabilities=(0.4, 0.7, 0.97))


def _calibration(threshold: float | None = 0.9) -> Calibration:
    return Calibration(engine="rules", maps={"intent": STEPS, "creditor_name": STEPS, "debt_amount": STEPS},
                       threshold=threshold)


def test_a_step_holds_from_its_start_and_below_every_step_is_zero():
    assert [STEPS(raw) for raw in (0.2, 0.5, 0.79, 0.8, 0.89, 0.9, 1.0)] == [0.0, 0.4, 0.4, 0.7, 0.7, 0.97, 0.97]


def test_below_threshold_names_calibrated_fields_under_it_and_ignores_uncalibrated_ones():
    weak = _calibration().below_threshold({"intent": 0.95, "creditor_name": 0.85, "debtor_date_of_birth": 0.1})
    assert weak == [("creditor_name", 0.7)]
    assert _calibration(None).below_threshold({"intent": 0.95}) == [("intent", 0.97)]  # no threshold: none pass


def test_the_committed_rules_file_loads_and_claude_has_none():
    data = json.loads((FOLDER / "rules.json").read_text())
    rules = for_engine("rules")
    assert rules.threshold == data["decision"]["threshold"]
    assert set(rules.maps) == set(data["maps"]) and "intent" in rules.maps
    assert for_engine("claude:claude-sonnet-4-6") is None


def test_from_dict_reads_the_steps_in_order():
    calibration = from_dict({"engine": "x", "decision": {"threshold": 0.5},
                             "maps": {"intent": [{"from": 0.1, "p": 0.2}, {"from": 0.6, "p": 0.9}]}})
    assert calibration.probability("intent", 0.59) == 0.2 and calibration.probability("intent", 0.6) == 0.9


def test_importing_the_module_reads_no_file_and_loads_no_heavy_library():
    code = ("import sys; import shared.engine.calibration as c; "
            "print(c.for_engine.cache_info().currsize, sorted({'numpy', 'scipy', 'sklearn'} & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", "[]"]


def _finding(field, value, confidence):
    return Finding(field=field, value=value, confidence=confidence, source="email_body", span=(0, len(value)))


def _statement(creditor_confidence=0.95, amount_confidence=0.95):
    return ExtractionResult(findings=[_finding("creditor_name", "Stadtwerke Köln GmbH", creditor_confidence),
                                      _finding("debt_amount", "12.00", amount_confidence),
                                      _finding("debtor_name", "Klaus Meyer", 0.6)])  # not calibrated here


def test_a_calibrated_engine_is_approved_only_when_every_stated_field_and_the_intent_clear_the_threshold():
    ruled = lambda engine: _calibration()  # noqa: E731
    plan = IntentResult(intent="payment_plan_response", confidence=0.95)
    assert consolidate(plan, _statement(), calibration_for=ruled).review_reasons == []
    weak = consolidate(IntentResult(intent="payment_plan_response", confidence=0.85), _statement(0.85, 0.6),
                       calibration_for=ruled)
    assert said(weak.review_reasons) == ["below calibrated threshold (0.700 < 0.9): intent",
                                   "below calibrated threshold (0.700 < 0.9): creditor_name",
                                   "below calibrated threshold (0.400 < 0.9): debt_amount"]  # stated, not required


def test_structural_review_reasons_stay_under_a_calibrated_decision():
    statement = IntentResult(intent="debt_statement", confidence=0.95)
    result = consolidate(statement, _statement(), calibration_for=lambda engine: _calibration())
    assert said(result.review_reasons) == ["missing required field: reference_numbers"]


def test_a_calibrated_decision_replaces_the_route_even_where_the_route_would_have_approved():
    intent = IntentResult(intent="other", confidence=0.88)  # route "high", calibrated 0.7 < 0.9
    result = consolidate(intent, ExtractionResult(), calibration_for=lambda engine: _calibration())
    assert result.confidence_route == "high"
    assert said(result.review_reasons) == ["below calibrated threshold (0.700 < 0.9): intent"]


def test_without_a_threshold_nothing_is_approved():
    intent = IntentResult(intent="auto_reply", confidence=0.97)
    result = consolidate(intent, ExtractionResult(), calibration_for=lambda engine: _calibration(None))
    assert said(result.review_reasons) == ["no calibrated threshold: nothing is auto-approved"]


def test_intent_and_extraction_of_different_engines_keep_the_confidence_routes():
    intent = IntentResult(intent="other", confidence=0.7, engine="claude:claude-haiku-4-5")
    result = consolidate(intent, ExtractionResult(engine="rules"), calibration_for=lambda engine: _calibration())
    assert said(result.review_reasons) == ["medium confidence"]


def test_an_engine_without_calibration_keeps_the_confidence_routes():
    intent = IntentResult(intent="other", confidence=0.88, engine="claude:m")
    result = consolidate(intent, ExtractionResult(engine="claude:m"), calibration_for=for_engine)
    assert result.review_reasons == []


def test_a_stated_field_the_calibration_was_not_fitted_on_goes_to_review_and_an_absent_one_does_not():
    plan = IntentResult(intent="payment_plan_response", confidence=0.95)
    ruled = lambda engine: _calibration()  # noqa: E731
    deadline = _finding("payment_deadline", "2027-01-15", 0.99)
    stated = ExtractionResult(findings=[*_statement().findings, deadline])
    assert said(consolidate(plan, stated, calibration_for=ruled).review_reasons) == [
        "not calibrated for auto-approval: payment_deadline"]
    assert consolidate(plan, _statement(), calibration_for=ruled).review_reasons == []  # optional: not missing
    fitted = Calibration("rules", {**_calibration().maps, "payment_deadline": STEPS}, 0.9)
    assert consolidate(plan, stated, calibration_for=lambda engine: fitted).review_reasons == []
