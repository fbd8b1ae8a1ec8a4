"""Reviewed reports out as labelled data: only those whose every scored field a person confirmed or corrected,
in the dev-set format, read back by `eval` (which scores the engine against the caseworker's values)."""

from __future__ import annotations

import json

from shared.domain.audit import engine_value
from shared.domain.corrections import Correction
from shared.evaluation import FIELDS, evaluate, labelled_emails
from shared.review.export import TRUTH_FIELDS, export, raw_key
from tests.review.test_http import deps, sample  # noqa: F401 - the fixtures


def _settle(report, **changed) -> list[Correction]:
    return [Correction(field=name, before=engine_value(report, name), after=changed.get(name, engine_value(report, name)))
            for name in TRUTH_FIELDS]


def test_the_truth_covers_every_field_eval_scores():
    assert set(FIELDS) | {"reference_numbers"} == set(TRUTH_FIELDS)


def test_a_fully_reviewed_report_exports_and_eval_scores_the_engine_against_it(deps, sample, tmp_path):
    assert sample.client_id == "C-1001"  # found by its reference although the letter names "K. Maier"
    deps.reviews.review(sample.email_id, sample.version, _settle(sample, debt_amount="1104.20"), "approve",
                        "ana@firm.example")
    out = tmp_path / "export"
    result = export([deps.reports.get(sample.email_id)], deps.blobs, deps.clients, out)
    [name] = result.written
    assert (out / f"{name}.eml").read_bytes() == deps.blobs.get(raw_key(sample.mail_key))
    truth = json.loads((out / f"{name}.json").read_text())
    assert truth["client_id"] == "C-1001" and truth["debt_amount"] == "1104.20"
    assert truth["needs_review_expected"] and truth["notes"].endswith("engine corrected on: debt_amount")
    assert {c["client_id"] for c in json.loads((out / "clients.json").read_text())} >= {"C-1001"}
    assert labelled_emails(out) == [out / f"{name}.eml"]
    scores = evaluate(out, settings=deps.settings)
    assert scores.total == 1
    assert scores.correct["debt_amount"] == 0 and scores.correct["creditor_name"] == 1  # the engine said 1157.37


def test_reports_with_a_field_nobody_settled_are_skipped_and_counted(deps, sample, tmp_path):
    partial = [c for c in _settle(sample) if c.field != "payment_deadline"]
    deps.reviews.review(sample.email_id, sample.version, partial, "approve", "ana@firm.example")
    result = export([deps.reports.get(sample.email_id)], deps.blobs, deps.clients, tmp_path / "export")
    assert result.written == [] and result.skipped == {"not every field confirmed": 1}
    assert "skipped 1 not every field confirmed" in result.summary(tmp_path / "export")


def test_reports_not_yet_reviewed_are_not_exported(deps, sample, tmp_path):
    result = export([sample], deps.blobs, deps.clients, tmp_path / "export")
    assert result.written == [] and not result.skipped
