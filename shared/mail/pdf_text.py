"""Text of a PDF attachment, bounded in size, pages and time (pypdf; no I/O besides the bytes given).

A hostile or broken PDF never hangs or crashes a stage: too large, too many pages, encrypted, unparseable or
too slow gives a `PdfText` with `problem` set (a review reason), not an exception. A PDF whose pages carry no
text layer (a scan) is recognised as `scanned` and read by OCR when it is available (shared.mail.ocr, its own
time bound OCR_MAX_SECONDS): then `text` is what OCR read, `ocr` is set and `problem` says so. The time bounds run
the parse in a worker thread; a parse that overruns is abandoned (its thread ends on its own), the stage goes on.
"""

from __future__ import annotations

import hashlib
import io
import logging
import threading
from dataclasses import dataclass

log = logging.getLogger("pipeline.pdf")

MAX_BYTES = 10 * 1024 * 1024
MAX_PAGES = 30
MAX_SECONDS = 10.0
MIN_TEXT_CHARS_PER_PAGE = 20
OCR_MAX_SECONDS = 30.0
SCANNED = "image-only PDF (scanned): no text layer"
READ_BY_OCR = "image-only PDF (scanned): text read by OCR"


@dataclass(frozen=True)
class PdfText:
    text: str = ""
    pages: int = 0
    scanned: bool = False
    problem: str | None = None
    ocr: bool = False


def pdf_text(data: bytes, max_bytes: int = MAX_BYTES, max_pages: int = MAX_PAGES,
             max_seconds: float = MAX_SECONDS, ocr: bool = True) -> PdfText:
    """Extract the text layer of `data`, or with `ocr` a scan's text by OCR. Never raises."""
    if len(data) > max_bytes:
        return PdfText(problem=f"PDF larger than {max_bytes // (1024 * 1024)} MB not read")
    if not data.lstrip()[:5].startswith(b"%PDF"):
        return PdfText(problem="attachment is not a PDF")
    result = _bounded(lambda: _extract(data, max_pages), max_seconds)
    if result is None:
        log.warning("pdf: extraction abandoned after %.0fs", max_seconds)
        return PdfText(problem=f"PDF took longer than {max_seconds:.0f}s to read")
    if not (ocr and result.scanned):
        return result
    read = _bounded(lambda: _ocr(data), OCR_MAX_SECONDS)
    if read is None:
        log.warning("pdf: OCR abandoned after %.0fs", OCR_MAX_SECONDS)
    return PdfText(text=read, pages=result.pages, scanned=True, problem=READ_BY_OCR, ocr=True) if read else result


def _bounded(work, seconds: float):
    """`work()` run in a daemon thread; None when it has not finished after `seconds`."""
    result: list = []
    worker = threading.Thread(target=lambda: result.append(work()), daemon=True)
    worker.start()
    worker.join(seconds)
    return result[0] if result else None


_OCR_READ: dict[str, str] = {}  # sha256 of a PDF -> its OCR text, this instance's last OCR_MEMO scans
OCR_MEMO = 64


def _ocr(data: bytes) -> str:
    """The OCR text of a scanned PDF, remembered by its hash: a scan read twice in one process (a redelivery, or
    `eval` and the training tools reading every labelled mail) costs one OCR run."""
    from pypdf import PdfReader

    from shared.mail.ocr import ocr_text

    key = hashlib.sha256(data).hexdigest()
    if key in _OCR_READ:
        return _OCR_READ[key]
    try:
        text = ocr_text(PdfReader(io.BytesIO(data))) or ""
    except Exception as exc:  # unreadable for OCR too: the scan stays unread
        log.warning("pdf: OCR could not open the PDF (%s)", type(exc).__name__)
        return ""
    if len(_OCR_READ) >= OCR_MEMO:
        _OCR_READ.pop(next(iter(_OCR_READ)))
    _OCR_READ[key] = text
    return text


def _extract(data: bytes, max_pages: int) -> PdfText:
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                return PdfText(problem="PDF is encrypted")
        count = len(reader.pages)
        texts = []
        for page in reader.pages[:max_pages]:
            texts.append(page.extract_text() or "")
        text = "\n".join(texts).strip()
        scanned = count > 0 and len(text) < MIN_TEXT_CHARS_PER_PAGE * min(count, max_pages)
        problem = f"PDF has {count} pages; only the first {max_pages} were read" if count > max_pages else None
        if scanned:
            problem = SCANNED
        return PdfText(text=text, pages=count, scanned=scanned, problem=problem)
    except Exception as exc:  # a broken PDF is a review reason, not a crash
        return PdfText(problem=f"PDF could not be read ({type(exc).__name__})")
