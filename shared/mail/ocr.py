"""Text of a scanned PDF by optical character recognition, for PDFs without a text layer (shared.mail.pdf_text).

RapidOCR runs PP-OCR detection and recognition models that ship inside its wheel on onnxruntime: no network, no
model download. It is imported and loaded on the first scan an instance reads (about 0.5 s import + 1.5 s model
load), never at cold start, and cached per instance. Bounded: at most MAX_PAGES pages, and a page with more than
MAX_IMAGES images or MAX_PIXELS pixels in all is not decoded (a decompression bomb stays compressed). Recognised boxes are put back into lines by
their position (a label and its value side by side read as one line, cells apart by three spaces), lines whose
recognition score is under MIN_SCORE are left out, and so is a word cut by the image's side edge. Never raises: without the library or on any failure the
result is None and the PDF stays an unread scan.

What OCR reads is a machine's reading of an image: every value taken from it goes to a person
(shared.engine.grounding, "unverified value from scanned document").
"""

from __future__ import annotations

import io
import logging
from functools import lru_cache

log = logging.getLogger("pipeline.ocr")

MAX_PAGES = 3
MAX_PIXELS = 25_000_000  # per page, all its images together; an A4 page at 400 dpi is about 15.5 million
MAX_IMAGES = 8  # per page: a scan is one image a page, a few with a logo or a stamp
MIN_SCORE = 0.5
CELL_GAP = "   "
EDGE_PIXELS = 4  # a box this close to an image's side edge may hold a word cut by it


@lru_cache(maxsize=1)
def _engine():
    try:
        from rapidocr import RapidOCR
    except ImportError:  # a slim install without OCR: scans stay unread, as before
        log.warning("ocr: rapidocr is not installed; scanned PDFs are not read")
        return None
    return RapidOCR(params={"Global.log_level": "warning"})  # its INFO lines are model paths on every load


def available() -> bool:
    """Whether OCR can run here (loads the models on first call)."""
    return _engine() is not None


def page_images(page) -> list[bytes]:
    """The encoded images of one pypdf page when it holds at most MAX_IMAGES images of MAX_PIXELS pixels in all
    (read from the image dictionaries before anything is decoded); none otherwise."""
    resources = page.get("/Resources") or {}
    xobjects = resources.get("/XObject") or {}
    sizes = []
    for name in xobjects:
        image = xobjects[name].get_object()
        if image.get("/Subtype") == "/Image":
            sizes.append(int(image.get("/Width", 0)) * int(image.get("/Height", 0)))
    if not sizes or sum(sizes) > MAX_PIXELS or len(sizes) > MAX_IMAGES:
        if sizes:
            log.warning("ocr: a page of %d images, %d pixels, is not decoded", len(sizes), sum(sizes))
        return []
    return [image.data for image in page.images]


def lines_of(boxes, texts, scores, width: float | None = None) -> list[str]:
    """Recognised boxes (four corner points each) grouped into lines top to bottom, left to right within a line:
    a box joins the line whose vertical middle lies within its own height. A box that touches the left or right
    edge of an image `width` pixels wide may be cut there: its word at that edge is left out (a reference cut at
    the page's edge must not be read as a shorter one)."""
    items = []
    for box, text, score in zip(boxes, texts, scores):
        if score < MIN_SCORE or not text.strip():
            continue
        ys = [point[1] for point in box]
        xs = [point[0] for point in box]
        words = text.split()
        if width is not None and max(xs) >= width - EDGE_PIXELS:
            words = words[:-1]
        if width is not None and min(xs) <= EDGE_PIXELS:
            words = words[1:]
        if words:
            items.append(((min(ys) + max(ys)) / 2, max(ys) - min(ys), min(xs), " ".join(words)))
    items.sort()
    lines: list[list[tuple[float, float, float, str]]] = []
    for item in items:
        if lines and abs(item[0] - lines[-1][0][0]) <= max(item[1], lines[-1][0][1]) / 2:
            lines[-1].append(item)
        else:
            lines.append([item])
    return [CELL_GAP.join(text for _y, _h, _x, text in sorted(line, key=lambda i: i[2])) for line in lines]


def _width(data: bytes) -> int | None:
    """The pixel width of an encoded image (its header only)."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        return image.size[0]


def ocr_text(reader) -> str | None:
    """The OCR text of the first MAX_PAGES pages of a pypdf reader; None when OCR is unavailable or fails."""
    engine = _engine()
    if engine is None:
        return None
    try:
        pages = []
        for page in reader.pages[:MAX_PAGES]:
            lines = []
            for data in page_images(page):
                result = engine(data)
                if result.boxes is not None and result.txts:
                    lines += lines_of(result.boxes.tolist(), result.txts, result.scores, _width(data))
            pages.append("\n".join(lines))
        return "\n\n".join(pages).strip()
    except Exception as exc:  # a broken image is an unread scan, not a crash
        log.warning("ocr: failed (%s)", type(exc).__name__)
        return None
