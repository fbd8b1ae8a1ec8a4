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


# --- silent errors: wrong fields / auto-approved reports ------------------------------------------------------

def _fields(**changes) -> dict:
    from shared.evaluation import report_fields

    return report_fields(_report(**changes))


def test_wrong_fields_are_stated_values_the_truth_contradicts():
    from shared.evaluation import wrong_fields

    assert wrong_fields(TRUTH, _fields()) == []
    assert wrong_fields(TRUTH, _fields(debt_amount=Decimal("11.00"), client_id="K-2")) == ["client_id",
                                                                                           "debt_amount"]
    # a null, an empty list and a missing reference are omissions, not wrong values
    assert wrong_fields(TRUTH, _fields(debt_amount=None, currency=None, client_id=None, creditor_name=None,
                                       reference_numbers=[])) == []
    assert wrong_fields(TRUTH, _fields(reference_numbers=["A-1"])) == []
    # an extra reference, or a value where the truth has none, is wrong
    assert wrong_fields(TRUTH, _fields(reference_numbers=["A-1", "512"])) == ["reference_numbers"]
    non_client = {**TRUTH, "client_id": None, "debt_amount": None}
    assert wrong_fields(non_client, _fields()) == ["client_id", "debt_amount"]
    assert wrong_fields(TRUTH, _fields(intent="auto_reply")) == ["intent"]


def test_a_wrong_auto_approved_field_counts_a_flagged_one_does_not_a_null_is_not_wrong():
    scores = Scores()
    score_one(scores, "approved-two-wrong", TRUTH, _report(debt_amount=Decimal("0.00"), currency="GBP"))
    score_one(scores, "approved-null", TRUTH, _report(debt_amount=None, currency=None))
    score_one(scores, "approved-right", TRUTH, _report())
    score_one(scores, "flagged-wrong", TRUTH, _report(debt_amount=Decimal("1.00"), needs_review=True))
    assert (scores.wrong_approved_fields, scores.not_flagged, scores.silent_errors) == (2, 3, 1)
    assert scores.silent_error_rate == 2 / 3 and scores.automation == 3 / 4
    assert scores.silent == {("approved-two-wrong", "debt_amount"), ("approved-two-wrong", "currency")}
    assert scores.accuracy("debt_amount") == 1 / 4  # omissions still cost accuracy
    lines = render("set", scores, show_wrong=True).splitlines()
    assert "  automation             75.0%  (3 of 4 auto-approved)" in lines
    assert "  silent-error rate      66.7%  n=3, 90% bound 96.5%; 2 wrong fields (in 1 reports)" in lines
    silent = [line for line in lines if line.endswith("(silent: not flagged for review)")]
    assert [line.split()[1:3] for line in silent] == [["approved-two-wrong", "debt_amount:"],
                                                      ["approved-two-wrong", "currency:"]]


def test_a_failed_report_is_not_approved_and_nothing_approved_has_no_bound():
    scores = Scores(errors=["x.eml: boom"])
    assert scores.automation == 0.0 and scores.silent_error_bound is None
    assert "n=0, 90% bound n/a" in render("set", scores)
    assert scores.as_dict()["silent_error_bound_90"] is None


def test_pooled_scores_add_up():
    first, second = Scores(), Scores()
    score_one(first, "a", TRUTH, _report(currency="GBP"))
    score_one(second, "b", TRUTH, _report())
    score_one(second, "c", TRUTH, _report(needs_review=True))
    pooled = Scores().add(first).add(second)
    assert (pooled.total, pooled.not_flagged, pooled.wrong_approved_fields) == (3, 2, 1)
    summary = pooled.as_dict()
    assert (summary["automation"], summary["auto_approved"], summary["silent_error_rate"]) == (0.6667, 2, 0.5)


def test_rows_from_a_fake_messages_api_are_plumbing_only():
    from shared.evaluation import plumbing_only
    from shared.settings import Settings

    fake = Settings.from_env({"ANTHROPIC_API_KEY": "sk-fake", "ANTHROPIC_BASE_URL": "http://127.0.0.1:8765"})
    real = Settings.from_env({"ANTHROPIC_API_KEY": "sk-x"})
    assert plumbing_only(fake, "claude") == "plumbing only (Messages API at http://127.0.0.1:8765)"
    assert plumbing_only(fake, "rules") is None and plumbing_only(real, "claude") is None
    assert plumbing_only(Settings.from_env({"ANTHROPIC_BASE_URL": "https://api.anthropic.com"}), "claude") is None
