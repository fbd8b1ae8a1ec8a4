"""OCR of scanned PDFs (shared/mail/ocr.py through pdf_text): a labelled mail's scan reads as lines with labels
and values side by side, large images stay undecoded, no OCR leaves the scan unread, one scan costs one run."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest

from shared.mail import ocr, pdf_text as pdf_module
from shared.mail.pdf_text import READ_BY_OCR, SCANNED, pdf_text
from tests.mail.pdfs import image_only_pdf

SCANNED_MAIL = Path(__file__).resolve().parents[1] / "agents_data" / "dev8" / "015-gerichtskasse-rheinau-mahnung-scan.eml"


@pytest.fixture(scope="module")
def scan() -> bytes:
    message = email.message_from_bytes(SCANNED_MAIL.read_bytes(), policy=policy.default)
    [data] = [part.get_payload(decode=True) for part in message.walk() if part.get_content_type() == "application/pdf"]
    return data


@pytest.fixture(autouse=True)
def fresh_memo(monkeypatch):
    monkeypatch.setattr(pdf_module, "_OCR_READ", {})


def test_a_scanned_letter_is_read_with_its_labels_and_values_on_one_line(scan):
    result = pdf_text(scan)
    assert result.scanned and result.ocr and result.problem == READ_BY_OCR
    assert "Herrn Klaus Meyer, geb. 12.04.1978" in result.text
    assert f"Mahnbetrag insgesamt{ocr.CELL_GAP}96,50 EUR" in result.text
    assert "Kassenzeichen: 3102 7118 4470 6" in result.text


def test_without_ocr_a_scan_stays_unread(scan, monkeypatch):
    assert pdf_text(scan, ocr=False).problem == SCANNED
    monkeypatch.setattr(ocr, "_engine", lambda: None)  # a slim install without the library
    result = pdf_text(scan)
    assert (result.text, result.scanned, result.ocr, result.problem) == ("", True, False, SCANNED)


def test_an_image_larger_than_the_bound_is_not_decoded(monkeypatch):
    decoded = []
    monkeypatch.setattr(ocr, "_engine", lambda: lambda data: decoded.append(data))
    big = image_only_pdf(6000, 5000)  # 30 million pixels, a few KB compressed
    assert pdf_text(big).problem == SCANNED and decoded == []


def test_a_blank_scan_gives_no_text_and_stays_a_scan():
    result = pdf_text(image_only_pdf())
    assert result.scanned and result.text == "" and result.problem == SCANNED


def test_one_scan_is_read_once_per_process(scan, monkeypatch):
    runs = []
    monkeypatch.setattr(ocr, "ocr_text", lambda reader: runs.append(1) or "Gesamtbetrag   10,00 EUR")
    assert pdf_text(scan).text == pdf_text(scan).text == "Gesamtbetrag   10,00 EUR"
    assert runs == [1]


def _box(x, y, w=100, h=20):
    """A recognised box as RapidOCR gives it: four corner points."""
    return [[x, y], [x + w, y], [x + w, y + h], [x, y + h]]


def test_boxes_become_lines_top_to_bottom_left_to_right():
    boxes = [_box(400, 102), _box(10, 100), _box(10, 140), _box(10, 180)]
    lines = ocr.lines_of(boxes, ["96,50 EUR", "Mahnbetrag insgesamt", "Bitte zahlen", "noise"],
                         [0.99, 0.98, 0.97, ocr.MIN_SCORE / 2])
    assert lines == [f"Mahnbetrag insgesamt{ocr.CELL_GAP}96,50 EUR", "Bitte zahlen"]


def test_a_word_cut_by_the_images_side_edge_is_left_out():
    lines = ocr.lines_of([_box(100, 10, 1136), _box(2, 50, 300), _box(100, 90, 200)],
                         ["Glaeubigerin: Sportkanal24 GmbH, Vertragsnr. SK24-77102", "2-4471 Rechnung", "Az. 12"],
                         [0.99, 0.99, 0.99], width=1240)
    assert lines == ["Glaeubigerin: Sportkanal24 GmbH, Vertragsnr.", "Rechnung", "Az. 12"]


def test_a_page_of_many_images_is_not_decoded(monkeypatch):
    class Image(dict):
        def get_object(self):
            return self

    page = {"/Resources": {"/XObject": {f"/Im{i}": Image({"/Subtype": "/Image", "/Width": 10, "/Height": 10})
                                        for i in range(ocr.MAX_IMAGES + 1)}}}
    assert ocr.page_images(page) == []  # decided from the dictionaries: page.images is never touched
