"""The posted review form as corrections: against what the page showed, so a value saved before and posted again
unchanged (the approval after a save) is not a second correction, one set back to the engine's is, and a
selection is kept even when it shows the value already there."""

from __future__ import annotations

from shared.domain.report import ProcessingReport
from shared.review.form import parse


def report(**reviewed) -> ProcessingReport:
    return ProcessingReport(email_id="e1", correlation_id="c1", status="processed", version=2,
                            extracted_fields={"debt_amount": {"value": None}, "currency": {"value": "EUR"}},
                            reviewed_fields=reviewed)


def posted(**fields) -> dict:
    return {"version": "2", "action": "approve", "value:debt_amount": "", "value:currency": "EUR", **fields}


def changes(corrections):
    return [(c.field, c.before, c.after, c.source, c.span) for c in corrections]


def test_a_new_value_is_a_correction_from_the_engines_value():
    _, _, corrections = parse(posted(**{"value:debt_amount": "1.211,40", "span:debt_amount": "email_body:5:13"}),
                              report())
    assert changes(corrections) == [("debt_amount", None, "1211.40", "email_body", (5, 13))]


def test_a_value_saved_before_and_posted_again_unchanged_is_not_a_second_correction():
    version, action, corrections = parse(posted(**{"value:debt_amount": "1211.40", "client_id": "C-1002"}),
                                         report(debt_amount="1211.40", client_id="C-1002"))
    assert (version, action, corrections) == (2, "approve", [])


def test_a_saved_value_set_back_to_the_engines_is_recorded():
    _, _, corrections = parse(posted(**{"value:currency": "EUR"}), report(currency="GBP"))
    assert changes(corrections) == [("currency", "EUR", "EUR", None, None)]


def test_a_selection_of_the_value_already_shown_is_kept_with_its_span():
    _, _, corrections = parse(posted(**{"span:currency": "email_body:20:23"}), report())
    assert changes(corrections) == [("currency", "EUR", "EUR", "email_body", (20, 23))]


def test_an_unchanged_unconfirmed_field_is_no_correction_and_a_confirmed_one_is():
    assert parse(posted(), report())[2] == []
    assert changes(parse(posted(**{"confirm:currency": "1"}), report())[2]) == [("currency", "EUR", "EUR", None,
                                                                                   None)]


def test_a_value_posted_back_as_shown_is_no_correction_even_where_reading_it_again_would_change_it():
    shown = ProcessingReport(email_id="e1", correlation_id="c1", status="processed", version=2,
                             extracted_fields={"creditor_name": {"value": "A  B GmbH"},
                                               "reference_numbers": {"value": ["Rechnung 12, 13"]}})
    form = {"version": "2", "action": "save", "value:creditor_name": "A  B GmbH",
            "value:reference_numbers": "Rechnung 12, 13"}
    assert parse(form, shown)[2] == []


def test_no_client_is_a_choice_that_clears_the_engines_match():
    matched = ProcessingReport(email_id="e1", correlation_id="c1", status="processed", version=2, client_id="C-1")
    _, _, corrections = parse({"version": "2", "action": "approve", "client_id": ""}, matched)
    assert changes(corrections) == [("client_id", "C-1", None, None, None)]


def test_an_amount_too_long_to_be_one_is_refused_not_a_crash():
    import pytest

    from shared.domain.corrections import ReviewRejected

    with pytest.raises(ReviewRejected, match="debt_amount"):
        parse(posted(**{"value:debt_amount": "9" * 40}), report())
