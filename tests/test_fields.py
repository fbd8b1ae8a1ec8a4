"""Every field of the field table (shared.domain.fields) is known to every consumer: grounding checks it as its
kind, the Claude tool schema and prompt ask for it, consolidation yields it, the report stores it, and eval scores
it where the truth has it. A new table entry that one consumer ignores (and so would end as always-None or
always-ungrounded) fails here, by name."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import create_engine, inspect

from shared.adapters.sql_reports import SqlAlchemyReportStore
from shared.domain.envelope import Envelope
from shared.domain.fields import FIELDS, ExtractedField, required_for
from shared.domain.mail import InboundMail
from shared.domain.report import ProcessingReport
from shared.domain.results import INTENTS, ExtractionResult, Finding, IntentResult
from shared.engine.claude import _findings
from shared.engine.claude.agreement import same_value
from shared.engine.claude.prompt import FIELD_CONVENTIONS, SYSTEM_PROMPT
from shared.engine.claude.schema import RECORD_TOOL, FieldsAnswer
from shared.engine.consolidate import REQUIRED, consolidate
from shared.engine.grounding import verify
from shared.evaluation import FIELDS as EVAL_FIELDS, Scores, report_fields, score_fields
from shared.reports.migrate import upgrade
from shared.reports.schema import processing_reports
from shared.stages.report import build_report

# One value of each kind, as an engine states it, and the words of a letter that write it.
EXAMPLE_OF_KIND = {
    "money": ("1234.56", "Gesamtforderung: 1.234,56 EUR"),
    "currency": ("EUR", "1.234,56 EUR"),
    "reference": ("KD-448812", "Kundennummer: KD-448812"),
    "person": ("Klaus Meyer", "Ihr Mandant Klaus Meyer"),
    "organisation": ("Stadtwerke Köln GmbH", "Stadtwerke Köln GmbH"),
    "date": ("2027-01-15", "am 15.01.2027"),
}
# Fields eval does not compare one to one, and why; every other field must be scored.
NOT_SCORED_ALONE = {
    "reference_numbers": "scored as a list: precision, recall and F1",
    "debtor_name": "scored by the client it leads to (client_id)",
    "debtor_date_of_birth": "no truth file labels it; it serves client matching",
}
BODY = "\n".join(text for _, text in EXAMPLE_OF_KIND.values())
RECEIVED = datetime(2026, 12, 6, 8, 15, tzinfo=timezone.utc)
ids = pytest.mark.parametrize("field", FIELDS, ids=[field.name for field in FIELDS])


def _value(field: ExtractedField) -> str:
    return EXAMPLE_OF_KIND[field.kind][0]


def _finding(field: ExtractedField) -> Finding:
    value, written = EXAMPLE_OF_KIND[field.kind]
    start = BODY.index(written)
    return Finding(field=field.finding, value=value, confidence=0.9, source="email_body",
                   span=(start, start + len(written)))


def _consolidated():
    extraction = ExtractionResult(findings=[_finding(field) for field in FIELDS], engine="rules")
    intent = IntentResult(intent="debt_statement", confidence=0.95, engine="rules")
    return intent, extraction, consolidate(intent, extraction, calibration_for=lambda engine: None)


@ids
def test_grounding_checks_the_field_as_its_kind(field):
    verified, why = verify(_finding(field), BODY)
    assert verified is not None, why
    assert verify(_finding(field), "Sehr geehrte Damen und Herren")[0] is None


@ids
def test_claude_is_asked_for_the_field_and_its_answer_becomes_a_finding(field):
    assert field.name in RECORD_TOOL["input_schema"]["properties"]
    assert f"\n- {field.name}: {FIELD_CONVENTIONS[field.name]}\n" in SYSTEM_PROMPT
    located = {"value": _value(field), "source": "email_body", "confidence": 0.9}
    answer = FieldsAnswer.model_validate({field.name: [located] if field.many else located})
    findings, _ = _findings(answer, ["email_body"], InboundMail(text=BODY), [])
    assert [(f.field, f.value) for f in findings] == [(field.finding, _value(field))]
    assert same_value(field.name, _value(field), _value(field))


@ids
def test_consolidation_yields_the_field(field):
    _, _, consolidation = _consolidated()
    assert consolidation.fields[field.name].value == ([_value(field)] if field.many else _value(field))


LETTER = InboundMail(
    subject="Forderungsaufstellung zu Ihrem Mandanten Klaus Meyer, Kundennummer KD-448812",
    from_name="Stadtwerke Köln GmbH", from_address="forderungen@stadtwerke-koeln.example",
    text="Sehr geehrte Damen und Herren,\n\nanbei die Forderungsaufstellung zu Ihrem Mandanten Herrn Klaus Meyer, "
         "geb. 12.04.1978.\n\nKundennummer: KD-448812\n\nHauptforderung: 1.104,20 EUR\nZinsen: 53,17 EUR\n"
         "Gesamtforderung: 1.157,37 EUR\n\nDer Betrag ist zahlbar bis 15.01.2027.\n\nMit freundlichen Grüßen\n\n"
         "Stadtwerke Köln GmbH\nForderungsmanagement\n")


def test_the_offline_engine_has_a_finder_for_every_field():
    """A table entry without a finder would be always-None for the offline engine (and every Claude value of it
    unconfirmed): a letter that writes every field yields each one, grounded."""
    from shared.engine.grounding import ground
    from shared.engine.rules.extraction import extract

    intent = IntentResult(intent="debt_statement", confidence=0.95, engine="rules")
    extraction = ground(extract(LETTER, intent), LETTER)
    fields = consolidate(intent, extraction, calibration_for=lambda engine: None).fields
    assert [name for name, field in fields.items() if field.value in (None, [])] == []
    assert fields["payment_deadline"].value == "2027-01-15"


def test_required_fields_come_from_the_table():
    assert set(REQUIRED) == set(INTENTS)
    assert {intent: REQUIRED[intent] for intent in INTENTS} == {intent: required_for(intent) for intent in INTENTS}
    assert REQUIRED["debt_statement"] == ("creditor_name", "debt_amount", "reference_numbers", "debtor_name")
    assert REQUIRED["auto_reply"] == REQUIRED["other"] == ()


@pytest.fixture
def stored_report(tmp_path, clock) -> ProcessingReport:
    intent, extraction, consolidation = _consolidated()
    envelope = Envelope(email_id="e1", correlation_id="c1", provider="raw", received_at=RECEIVED, raw_key="r",
                        raw_sha256="0" * 64, raw_size=1, mail_key="m", intent=intent, extraction=extraction,
                        consolidation=consolidation)
    engine = create_engine(f"sqlite:///{tmp_path / 'reports.sqlite3'}")
    upgrade(engine)
    store = SqlAlchemyReportStore(engine, clock)
    store.upsert(build_report(envelope, RECEIVED))
    yield store.get("e1")
    engine.dispose()


@ids
def test_the_report_stores_the_field(field, stored_report):
    stated = [_value(field)] if field.many else _value(field)
    assert stored_report.extracted_fields[field.name]["value"] == stated
    if field.column:
        assert field.name in processing_reports.c and field.name in ProcessingReport.model_fields
        column = getattr(stored_report, field.name)
        assert (column if field.many else str(column)) == stated
        assert field.name in stored_report.cli_json()


def test_the_migrated_table_has_a_column_for_every_column_field(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'reports.sqlite3'}")
    upgrade(engine)
    columns = {column["name"] for column in inspect(engine).get_columns("processing_reports")}
    engine.dispose()
    assert {field.name for field in FIELDS if field.column} <= columns


@ids
def test_eval_scores_the_field_where_the_truth_has_it(field, stored_report):
    if field.name in NOT_SCORED_ALONE:
        assert field.name not in EVAL_FIELDS
        return
    assert field.scored and field.column and field.name in EVAL_FIELDS
    scores = Scores()
    score_fields(scores, "right.eml", {field.name: _value(field)}, report_fields(stored_report))
    score_fields(scores, "wrong.eml", {field.name: "0"}, report_fields(stored_report))
    score_fields(scores, "unlabelled.eml", {}, report_fields(stored_report))
    assert scores.correct[field.name] == 1
    assert scores.scored[field.name] == (3 if field.scored == "always" else 2)
