"""Bounded PDF text extraction: text layers read, scans recognised, hostile input never raises."""

from __future__ import annotations

from shared.mail.pdf_text import pdf_text
from tests.mail.pdfs import image_only_pdf, text_pdf


def test_text_pdf_is_read():
    result = pdf_text(text_pdf(["Forderungsaufstellung", "Hauptforderung 1.104,20 EUR", "Gesamtforderung 1.157,37 EUR"]))
    assert result.problem is None and not result.scanned and result.pages == 1
    assert "Gesamtforderung 1.157,37 EUR" in result.text


def test_image_only_pdf_is_recognised_as_scanned():
    result = pdf_text(image_only_pdf())
    assert result.scanned and "scanned" in result.problem and result.text == ""


def test_limits_and_garbage_give_problems_not_exceptions():
    assert "larger than" in pdf_text(b"%PDF-" + b"x" * 2000, max_bytes=1000).problem
    assert pdf_text(b"not a pdf").problem == "attachment is not a PDF"
    assert "could not be read" in pdf_text(b"%PDF-1.4\n" + b"\x00garbage" * 100).problem
    truncated = text_pdf(["Gesamtbetrag 10,00 EUR"])[:200]
    assert pdf_text(truncated).problem


def test_page_limit():
    result = pdf_text(text_pdf(["Seite eins mit genug Text für eine echte Textebene"]), max_pages=0)
    assert result.problem and "only the first 0" in result.problem
