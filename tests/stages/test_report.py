"""The report stage's pure part: what a finished envelope becomes in the caseworker's report."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from shared.domain.envelope import Envelope
from shared.domain.results import Consolidation, ExtractionResult, IntentResult, MatchResult, TokenUsage
from shared.stages.report import build_report

RECEIVED = datetime(2026, 11, 29, 9, 0, tzinfo=timezone.utc)


def _envelope(intent: IntentResult, extraction: ExtractionResult) -> Envelope:
    return Envelope(email_id="e1", correlation_id="c1", provider="raw", received_at=RECEIVED, raw_key="raw/e1",
                    raw_sha256="0" * 64, raw_size=10, mail_key="mail/e1", intent=intent, extraction=extraction,
                    consolidation=Consolidation(confidence_route="high", overall_confidence=0.9),
                    matching=MatchResult(client_id="K-1", client_name="Klaus Meyer", score=0.95))


def test_tokens_per_stage_with_engine_and_model_are_summed_into_the_total():
    intent = IntentResult(intent="debt_statement", confidence=0.9, engine="claude:claude-haiku-4-5",
                          usage=TokenUsage(input_tokens=1800, output_tokens=40))
    extraction = ExtractionResult(engine="claude:claude-sonnet-4-6",
                                  usage=TokenUsage(input_tokens=400, output_tokens=250, cache_read_tokens=1900))
    report = build_report(_envelope(intent, extraction), RECEIVED + timedelta(seconds=3))
    assert report.stage_usage["intent"] == {"engine": "claude:claude-haiku-4-5", "input_tokens": 1800,
                                            "output_tokens": 40, "cache_read_tokens": 0, "cache_write_tokens": 0}
    assert report.stage_usage["extraction"]["cache_read_tokens"] == 1900
    assert report.total_tokens_used == 1800 + 40 + 400 + 250 + 1900
    assert not report.needs_review and report.processing_time_ms == 3000


def test_an_intent_the_engine_could_not_give_itself_is_a_review_reason():
    intent = IntentResult(intent="debt_statement", confidence=0.5, engine="rules",
                          reasons=["debt_statement:total", "claude answer invalid"])
    report = build_report(_envelope(intent, ExtractionResult()), RECEIVED)
    assert report.needs_review and report.review_reason == "claude answer invalid"
