"""Consolidation: best finding per field, reference lists, conflicting totals, missing fields and routing."""

from __future__ import annotations

from shared.domain.results import ExtractionResult, Finding, IntentResult
from shared.engine.consolidate import FIELDS, consolidate
from shared.engine.rules import RulesEngine
from tests.engine.mails import STATEMENT_DE, mail
from tests.reasons import said


def _f(field, value, confidence=0.9, source="email_body", start=0, quoted=False, note=None):
    return Finding(field=field, value=value, confidence=confidence, source=source, span=(start, start + len(value)),
                   quoted=quoted, note=note)


def _intent(intent="debt_statement", confidence=0.9):
    return IntentResult(intent=intent, confidence=confidence)


def _full(extra=()):
    return [
        _f("creditor_name", "Stadtwerke Köln GmbH", 0.9, start=500),
        _f("creditor_name", "Forderungsmanagement", 0.6, source="sender"),
        _f("debt_amount", "1157.37", 0.9, start=378),
        _f("currency", "EUR", 0.9, start=387, note="for amount at 378"),
        _f("reference_number", "KD-448812", 0.85, start=206),
        _f("reference_number", "KD 448812", 0.8, source="subject", start=67),
        _f("reference_number", "R-2026-00731", 0.9, start=233),
        _f("debtor_name", "Klaus Meyer", 0.9, start=161),
        _f("debtor_date_of_birth", "1978-04-12", 0.9, start=179),
        *extra,
    ]


def _uncalibrated(engine):
    """An engine without a calibration file (Claude today): the confidence routes decide review."""
    return None


def test_complete_statement_routes_high():
    result = consolidate(_intent(), ExtractionResult(findings=_full()), calibration_for=_uncalibrated)
    assert set(result.fields) == set(FIELDS)
    assert result.fields["creditor_name"].value == "Stadtwerke Köln GmbH"
    assert result.fields["debt_amount"].value == "1157.37"
    assert result.fields["currency"].value == "EUR"
    assert result.fields["reference_numbers"].value == ["KD 448812", "R-2026-00731"]
    assert result.fields["reference_numbers"].confidence == 0.9  # KD 448812 twice: 1-(0.2*0.15)=0.97; min 0.9
    assert result.missing_fields == []
    assert result.confidence_route == "high" and result.review_reasons == []
    assert result.fields["debtor_name"].engine == "rules"


def test_non_quoted_beats_more_confident_quoted():
    findings = [_f("debt_amount", "1157.37", 0.95, start=900, quoted=True), _f("debt_amount", "1200.00", 0.7)]
    result = consolidate(_intent(), ExtractionResult(findings=findings))
    assert result.fields["debt_amount"].value == "1200.00"


def test_conflicting_totals():
    findings = [*_full(), _f("debt_amount", "1300.00", 0.9, start=600)]
    result = consolidate(_intent(), ExtractionResult(findings=findings))
    assert result.fields["debt_amount"].value is None
    assert "conflicting totals" in said(result.review_reasons)
    assert "missing required field: debt_amount" in said(result.review_reasons)


def test_repeated_same_total_is_no_conflict():
    findings = [*_full(), _f("debt_amount", "1157.37", 0.75, start=700)]
    assert consolidate(_intent(), ExtractionResult(findings=findings)).fields["debt_amount"].value == "1157.37"


def test_missing_fields_and_extraction_reasons():
    findings = [f for f in _full() if f.field not in ("debt_amount", "currency")]
    result = consolidate(_intent(), ExtractionResult(findings=findings, review_reasons=["total not stated"]))
    assert result.missing_fields == ["debt_amount"]
    assert said(result.review_reasons)[-2:] == ["missing required field: debt_amount", "total not stated"]
    assert result.confidence_route != "high"


def test_required_fields_depend_on_intent():
    findings = [_f("creditor_name", "Telekom Deutschland GmbH"), _f("debtor_name", "Klaus Meyer")]
    rejection = consolidate(_intent("rejection"), ExtractionResult(findings=findings))
    assert rejection.missing_fields == [] and rejection.confidence_route == "high"
    auto = consolidate(_intent("auto_reply", 0.97), ExtractionResult())
    assert auto.missing_fields == [] and auto.overall_confidence == 0.97
    assert all(value.value is None for value in auto.fields.values())


def test_low_intent_confidence_routes_low():
    result = consolidate(_intent("other", 0.4), ExtractionResult(), calibration_for=_uncalibrated)
    assert result.confidence_route == "low" and said(result.review_reasons) == ["low confidence"]


def test_overall_is_weakest_link():
    result = consolidate(_intent(confidence=0.7), ExtractionResult(findings=_full()))
    assert result.overall_confidence == 0.7 and result.confidence_route == "medium"


def test_quoted_references_count_too_at_their_lower_confidence():
    findings = [_f("reference_number", "OLD-1", 0.5, start=900, quoted=True), _f("reference_number", "NEW-2")]
    result = consolidate(_intent(), ExtractionResult(findings=findings))
    assert result.fields["reference_numbers"].value == ["NEW-2", "OLD-1"]
    assert result.fields["reference_numbers"].confidence == 0.5


def test_with_rules_engine_output():
    engine = RulesEngine()
    m = mail(STATEMENT_DE, "Forderungsaufstellung zu Ihrem Mandanten Klaus Meyer, Kundennummer KD-448812")
    intent = engine.classify(m)
    result = consolidate(intent, engine.extract(m, intent))
    assert result.fields["debt_amount"].value == "1157.37"
    assert result.fields["reference_numbers"].value == ["KD-448812", "R-2026-00731"]
    assert result.confidence_route == "high", result


def test_agreeing_findings_corroborate():
    findings = [_f("debtor_name", "Klaus Meyer", 0.8, source="subject"), _f("debtor_name", "Klaus Meyer", 0.85),
                _f("debtor_name", "Klaus Meyer", 0.9, start=900, quoted=True)]
    result = consolidate(_intent(), ExtractionResult(findings=findings))
    assert result.fields["debtor_name"].confidence == 0.97
    assert result.fields["debtor_name"].source == "email_body"


def test_bare_surname_completed_by_a_fuller_name_of_the_same_person():
    findings = [_f("debtor_name", "Brandt", 0.65, source="subject"),
                _f("debtor_name", "U. Brandt", 0.5, start=900, quoted=True),
                _f("debtor_name", "Anna Weber", 0.5, start=950, quoted=True)]
    result = consolidate(_intent(), ExtractionResult(findings=findings))
    assert result.fields["debtor_name"].value == "U. Brandt"
    assert result.fields["debtor_name"].confidence == 0.65
