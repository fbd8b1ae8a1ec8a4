"""Audit arithmetic: which fields a person found wrong, what an audit must settle before approval, the rate."""

from __future__ import annotations

import pytest

from shared.domain.audit import AuditIncomplete, ReviewStats, corrected_fields, require_every_field, wrong_fields
from shared.domain.corrections import REVIEWABLE, Correction, ReviewRejected
from shared.domain.report import ProcessingReport


def _reviewed(**reviewed) -> ProcessingReport:
    return ProcessingReport(email_id="e", correlation_id="c", status="reviewed", intent="debt_statement",
                            client_id="K-1", creditor_name="Stadtwerke Köln GmbH", debt_amount="120.00",
                            reference_numbers=["KD-1"], extracted_fields={"debt_amount": {"value": "120.00"}},
                            reviewed_fields=reviewed)


def test_wrong_fields_are_the_engines_values_a_person_contradicted_counted_as_eval_counts_them():
    assert wrong_fields(_reviewed(debt_amount="120.00", client_id="K-1", intent="debt_statement")) == []
    assert wrong_fields(_reviewed(debt_amount="1200.00", client_id=None)) == ["client_id", "debt_amount"]
    assert wrong_fields(_reviewed(creditor_name="stadtwerke koeln gmbh")) == ["creditor_name"]
    assert wrong_fields(_reviewed(creditor_name="Stadtwerke  Köln GmbH")) == []  # eval's name comparison
    assert wrong_fields(_reviewed(currency="EUR", payment_deadline="2027-01-15")) == []  # gaps filled: omissions
    assert wrong_fields(_reviewed(reference_numbers=["KD-1", "R-9"])) == []  # a missing reference: an omission
    assert wrong_fields(_reviewed(reference_numbers=["R-9"])) == ["reference_numbers"]
    assert corrected_fields(_reviewed(currency="EUR", debt_amount="120.00")) == ["currency"]


def test_an_audit_approval_names_every_field_still_open():
    confirmed = [Correction(field=name) for name in REVIEWABLE if name != "payment_deadline"]
    with pytest.raises(ReviewRejected, match="still open: payment_deadline$"):
        require_every_field(confirmed, {}, "approve")
    require_every_field(confirmed, {"payment_deadline": None}, "approve")  # settled by an earlier save
    require_every_field([], {}, "save")
    with pytest.raises(AuditIncomplete):  # closing an audit as not creditor mail settles no field by itself
        require_every_field([], {}, "not_creditor_mail")


def test_the_rate_is_wrong_fields_over_audits_with_its_exact_bound():
    stats = ReviewStats(audits_done=114, audit_wrong_fields=0)
    assert stats.silent_error_rate == 0 and stats.silent_error_bound == pytest.approx(0.019995, abs=1e-6)
    assert "0 wrong field(s) in 114 audited report(s)" in stats.audit_line() and "bound 2.0%" in stats.audit_line()
