"""Scoring of the evaluation: field accuracy, reference P/R/F1, silent errors, confusion matrix."""

from __future__ import annotations

from decimal import Decimal

from shared.domain.report import ProcessingReport
from shared.evaluation import Scores, normalise_name, render, score_one

TRUTH = {"intent": "debt_statement", "client_id": "K-1", "creditor_name": "Stadtwerke Köln GmbH",
         "debt_amount": "10.00", "currency": "EUR", "reference_numbers": ["A-1", "B 2"]}


def _report(**changes) -> ProcessingReport:
    base = dict(email_id="e", correlation_id="c", status="processed", intent="debt_statement", client_id="K-1",
                creditor_name="Stadtwerke  Köln GmbH.", debt_amount=Decimal("10.00"), currency="EUR",
                reference_numbers=["A-1", "B  2"], needs_review=False)
    return ProcessingReport(**{**base, **changes})


def test_all_right_is_no_silent_error():
    scores = Scores()
    score_one(scores, "x", TRUTH, _report())
    assert scores.accuracy("creditor_name") == 1.0 and scores.f1 == 1.0 and scores.silent_error_rate == 0.0


def test_a_wrong_unflagged_amount_is_a_silent_error_and_a_flagged_one_is_not():
    scores = Scores()
    score_one(scores, "x", TRUTH, _report(debt_amount=Decimal("11.00")))
    score_one(scores, "y", TRUTH, _report(debt_amount=None, needs_review=True))
    assert scores.accuracy("debt_amount") == 0.0
    assert (scores.silent_errors, scores.not_flagged) == (1, 1)
    lines = render("set", scores, show_wrong=True).splitlines()
    assert [line for line in lines if "(silent" in line] == [
        "  wrong x debt_amount: expected '10.00', got '11.00' (silent: not flagged for review)"]
    assert "  wrong y debt_amount: expected '10.00', got None" in lines


def test_reference_precision_and_recall():
    scores = Scores()
    score_one(scores, "x", TRUTH, _report(reference_numbers=["A-1", "C-3"]))
    assert (scores.ref_tp, scores.ref_fp, scores.ref_fn) == (1, 1, 1)
    assert scores.precision == 0.5 and scores.recall == 0.5


def test_confusion_matrix_and_render():
    scores = Scores()
    score_one(scores, "x", TRUTH, _report(intent="other"))
    assert scores.confusion[("debt_statement", "other")] == 1
    assert "intent confusion" in render("set", scores)


def test_name_normalisation():
    assert normalise_name(" Stadtwerke-Köln GmbH ") == normalise_name("stadtwerke köln gmbh")
    assert normalise_name(None) is None


def test_tokens_table_lists_each_stage_and_sums_them():
    from shared.evaluation import render_tokens

    scores = Scores()
    usage = {"engine": "claude:m", "input_tokens": 100, "output_tokens": 10, "cache_read_tokens": 1000,
             "cache_write_tokens": 0}
    scores.usage = [("a.eml", {"intent": usage, "extraction": usage}), ("b.eml", {"intent": usage})]
    table = render_tokens(scores)
    assert table.count("a.eml") == 2 and table.count("b.eml") == 1
    total_intent = next(line for line in table.splitlines() if "total (intent)" in line)
    assert total_intent.split()[-4:] == ["200", "20", "2000", "0"]


def test_side_by_side_keeps_every_line_of_both_tables():
    from shared.evaluation import side_by_side

    joined = side_by_side(["a\nbb\nccc", "x\ny"]).splitlines()
    assert joined == ["a      x", "bb     y", "ccc"]


def test_readable_references_count_what_an_engine_can_read_without_images():
    from email.message import EmailMessage

    from shared.evaluation import count_readable, readable_text

    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "a@creditor.example", "b@firm.example", "Akte A-1"
    message.set_content("Kundennummer: B 2\n")
    message.add_attachment(b"\x89PNG not a pdf", maintype="image", subtype="png", filename="scan.png")
    text = readable_text(message.as_bytes())
    assert "Akte A-1" in text and "B 2" in text
    scores = Scores()
    count_readable(scores, {"reference_numbers": ["A-1", "B  2", "C-3"]}, text)
    score_one(scores, "x", {**TRUTH, "reference_numbers": ["A-1", "B 2", "C-3"]}, _report())
    assert scores.ref_readable == 2 and abs(scores.recall_ceiling - 2 / 3) < 1e-9
    assert "readable refs      2 of 3 (recall ceiling without reading images 66.7%)" in render("set", scores)
