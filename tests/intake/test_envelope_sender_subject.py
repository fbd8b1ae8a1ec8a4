"""Intake puts the sender's address and the subject (bounded) into the envelope, so the report can show them."""

from __future__ import annotations

from tests.e2e.helpers import intake_client, post_raw, run_chain


def test_the_report_of_an_accepted_email_names_sender_and_subject(deps):
    response = post_raw(intake_client(deps), deps)
    assert response.status_code == 200
    run_chain(deps)
    report = deps.reports.get(response.get_json()["email_id"])
    assert report.sender == "forderungen@stadtwerke-koeln.example"  # the address, not the display name
    assert report.subject == "Forderungsaufstellung zu Ihrem Mandanten Klaus Meyer, Kundennummer KD-448812"
    assert report.received_at == report.created_at


def test_a_huge_subject_is_cut_and_a_body_never_becomes_the_sender(deps):
    raw = (b"From: \r\nSubject: " + b"Mahnung " * 10_000 + b"\r\n\r\nHallo, bitte zahlen Sie.\r\n")
    response = post_raw(intake_client(deps), deps, raw=raw)
    assert response.status_code == 200
    run_chain(deps)
    report = deps.reports.get(response.get_json()["email_id"])
    assert len(report.subject) == 200 and report.subject.endswith("…")
    assert report.sender is None
