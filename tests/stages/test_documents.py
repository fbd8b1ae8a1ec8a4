"""PDF attachments through the chain: figures only in a text PDF are found and sourced to it; a scanned PDF is
recognised and sends the report to review."""

from __future__ import annotations

from email.message import EmailMessage

from shared.local.runtime import process_file
from tests.mail.pdfs import image_only_pdf, text_pdf


def _mail(tmp_path, pdf: bytes, name: str):
    message = EmailMessage()
    message["From"] = "Forderungsmanagement <forderungen@stadtwerke-koeln.example>"
    message["Subject"] = "Ihr Mandant Klaus Meyer"
    message["Message-ID"] = f"<{name}@x>"
    message.set_content("Sehr geehrte Damen und Herren,\nanbei die Forderungsaufstellung.\n\nStadtwerke Köln GmbH")
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=name)
    path = tmp_path / f"{name}.eml"
    path.write_bytes(bytes(message))
    return path


def test_total_only_in_a_text_pdf(tmp_path, deps):
    pdf = text_pdf(["Forderungsaufstellung", "Kundennummer: KD-448812", "Hauptforderung: 1.104,20 EUR",
                    "Zinsen: 38,17 EUR", "Gesamtforderung: 1.157,37 EUR"])
    report = process_file(_mail(tmp_path, pdf, "aufstellung.pdf"), deps).report
    assert report.intent == "debt_statement"
    assert str(report.debt_amount) == "1157.37" and report.currency == "EUR"
    assert report.extracted_fields["debt_amount"]["source"] == "pdf:aufstellung.pdf"
    assert "KD-448812" in report.reference_numbers
    assert "pdf:aufstellung.pdf" in report.sources_processed


def test_scanned_pdf_needs_review(tmp_path, deps):
    report = process_file(_mail(tmp_path, image_only_pdf(), "scan.pdf"), deps).report
    assert report.status == "processed" and report.needs_review
    assert "unreadable attachment scan.pdf" in report.review_reason
    assert "scanned_pdf" in report.sources_processed
    assert report.debt_amount is None
