"""Audits on the review pages: an auto-approved report drawn for audit is in the queue marked "audit", its page
asks for every field one by one and refuses an approval while any is open, and the queue shows the silent-error
rate the completed audits measured, with n and its bound."""

from __future__ import annotations

from shared.domain.corrections import REVIEWABLE
from tests.review.test_http import _form, client, deps, sample  # noqa: F401 - the fixtures


def _audited(deps, sample):
    drawn = sample.model_copy(update={"email_id": "audit-1", "needs_review": False, "review_reasons": [],
                                      "review_reason": None, "audit": True})
    return deps.reports.upsert(drawn)


def test_an_audit_is_queued_marked_and_the_rate_is_not_yet_measured(client, deps, sample):
    _audited(deps, sample)
    html = client.get("/review/").get_data(as_text=True)
    assert 'href="/review/audit-1"' in html and "audit: confirm each field" in html
    assert "audit: 1" in html and "1 sampled, 0 done" in html and "not measured" in html
    only = client.get("/review/?reason=audit").get_data(as_text=True)
    assert 'href="/review/audit-1"' in only and f'href="/review/{sample.email_id}"' not in only


def test_an_audit_cannot_be_approved_until_each_field_is_confirmed_or_corrected(client, deps, sample):
    _audited(deps, sample)
    page = client.get("/review/audit-1").get_data(as_text=True)
    assert "Complete audit" in page and 'name="confirm:intent"' in page and 'name="confirm:client_id"' in page
    partial = client.post("/review/audit-1", data=_form(page, action="approve", **{"confirm:creditor_name": "1"}))
    assert partial.status_code == 400 and "still open" in partial.get_data(as_text=True)
    assert "is saved" in partial.get_data(as_text=True)
    kept = deps.reports.get("audit-1")  # the refused approval kept what was settled
    assert kept.status == "processed" and "creditor_name" in kept.reviewed_fields and kept.version == 2
    page = partial.get_data(as_text=True)
    every = {f"confirm:{name}": "1" for name in REVIEWABLE}
    every["value:debt_amount"] = "9.999,00"  # one field found wrong
    done = client.post("/review/audit-1", data=_form(page, action="approve", **every))
    assert done.status_code == 303 and deps.reports.get("audit-1").status == "reviewed"
    html = client.get("/review/").get_data(as_text=True)
    assert "1 wrong field(s) in 1 audited report(s)" in html and "90% upper bound 100.0%" in html


def test_marking_an_audit_as_not_creditor_mail_also_needs_every_field(client, deps, sample):
    _audited(deps, sample)
    page = client.get("/review/audit-1").get_data(as_text=True)
    refused = client.post("/review/audit-1", data=_form(page, action="not_creditor_mail"))
    assert refused.status_code == 400 and "still open" in refused.get_data(as_text=True)
    assert deps.reports.get("audit-1").status == "processed" and deps.reviews.stats().audits_done == 0
