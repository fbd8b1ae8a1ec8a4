"""Text of a PDF attachment, bounded in size, pages and time (pypdf; no I/O besides the bytes given).

A hostile or broken PDF never hangs or crashes a stage: too large, too many pages, encrypted, unparseable or
too slow gives a `PdfText` with `problem` set (a review reason), not an exception. A PDF whose pages carry no
text layer (a scan) is recognised as `scanned`. The time bound runs the parse in a worker thread; a parse that
overruns is abandoned (its thread ends on its own), the stage goes on.
"""

from __future__ import annotations

import io
import logging
import threading
from dataclasses import dataclass

log = logging.getLogger("pipeline.pdf")

MAX_BYTES = 10 * 1024 * 1024
MAX_PAGES = 30
MAX_SECONDS = 10.0
MIN_TEXT_CHARS_PER_PAGE = 20


@dataclass(frozen=True)
class PdfText:
    text: str = ""
    pages: int = 0
    scanned: bool = False
    problem: str | None = None


def pdf_text(data: bytes, max_bytes: int = MAX_BYTES, max_pages: int = MAX_PAGES,
             max_seconds: float = MAX_SECONDS) -> PdfText:
    """Extract the text layer of `data`. Never raises."""
    if len(data) > max_bytes:
        return PdfText(problem=f"PDF larger than {max_bytes // (1024 * 1024)} MB not read")
    if not data.lstrip()[:5].startswith(b"%PDF"):
        return PdfText(problem="attachment is not a PDF")
    result: list[PdfText] = []
    worker = threading.Thread(target=lambda: result.append(_extract(data, max_pages)), daemon=True)
    worker.start()
    worker.join(max_seconds)
    if not result:
        log.warning("pdf: extraction abandoned after %.0fs", max_seconds)
        return PdfText(problem=f"PDF took longer than {max_seconds:.0f}s to read")
    return result[0]


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
            problem = "image-only PDF (scanned): no text layer"
        return PdfText(text=text, pages=count, scanned=scanned, problem=problem)
    except Exception as exc:  # a broken PDF is a review reason, not a crash
        return PdfText(problem=f"PDF could not be read ({type(exc).__name__})")
