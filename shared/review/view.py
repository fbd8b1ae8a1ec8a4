"""What the report page shows: the email as the stages read it, cut into segments at the extracted values' spans.

Each source (the subject, the body, each readable PDF's text) is the exact text the stages read (the canonical
mail from the blob store, its body cut as the engines read it; the PDF text the documents stage extracted), so a
segment's `start` is an offset into that same text: a selection in the page maps back to stored offsets, never
to the rendered HTML (`exact` escapes a segment so the browser keeps every character, carriage returns too).
Body segments after the newest message are marked quoted (the history set apart). Text is only ever text: the
page escapes it, nothing of the email is rendered as HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from shared.domain.mail import InboundMail
from shared.domain.report import ProcessingReport


@dataclass
class Segment:
    text: str
    start: int
    fields: list[str] = field(default_factory=list)  # the extracted values whose span covers it
    quoted: bool = False


@dataclass
class Source:
    name: str  # "subject", "email_body", "pdf:NAME"
    title: str
    segments: list[Segment]
    note: str | None = None  # e.g. "scanned: no text layer (download the PDF)"
    download: str | None = None  # blob key of a scan offered for download


def sources(report: ProcessingReport, deps) -> tuple[list[Source], str | None]:
    """The report's email as segmented sources (read through `deps.blobs`), and a problem to show when the email
    cannot be read."""
    from shared.engine.rules.quoting import quote_map
    from shared.stages.documents import load_documents

    if not report.mail_key:
        return [], "this report has no stored email (processed before the review page existed, or unparsed)"
    blobs = deps.blobs
    try:
        mail = InboundMail.model_validate_json(blobs.get(report.mail_key)).for_engines()
    except KeyError:
        return [], "the email is no longer in the blob store"
    spans = _spans_by_source(report)
    history = quote_map(mail.text).history_start
    out = [Source("subject", "Subject", _segments(mail.subject, spans.get("subject", []))),
           Source("email_body", "Body", _segments(mail.text, spans.get("email_body", []), quoted_from=history))]
    for document in load_documents(mail, blobs):
        if document.text:  # a scan's OCR text is shown with a note and the PDF to check it against
            out.append(Source(document.source, document.filename, _segments(document.text,
                                                                            spans.get(document.source, [])),
                              note=document.problem if document.scanned else None,
                              download=document.blob_key if document.scanned else None))
        else:
            out.append(Source(document.source, document.filename, [], note=document.problem or "no text",
                              download=document.blob_key if document.scanned else None))
    return out, None


def _spans_by_source(report: ProcessingReport) -> dict[str, list[tuple[int, int, str]]]:
    found: dict[str, list[tuple[int, int, str]]] = {}
    for name, value in report.extracted_fields.items():
        span, source = (value or {}).get("span"), (value or {}).get("source")
        if span and source and value.get("value") not in (None, "", []):
            found.setdefault(source, []).append((int(span[0]), int(span[1]), name))
    return found


def _segments(text: str, spans: list[tuple[int, int, str]], quoted_from: int | None = None) -> list[Segment]:
    """`text` cut at every span boundary (and where quoted history starts); each piece knows its fields."""
    cuts = {0, len(text)} | {max(0, min(len(text), b)) for s, e, _ in spans for b in (s, e)}
    if quoted_from is not None and 0 < quoted_from < len(text):
        cuts.add(quoted_from)
    bounds = sorted(cuts)
    out = []
    for start, end in zip(bounds, bounds[1:]):
        covering = sorted({name for s, e, name in spans if s <= start and end <= e})
        out.append(Segment(text[start:end], start, covering,
                           quoted=quoted_from is not None and start >= quoted_from))
    return out


@dataclass
class FieldRow:
    name: str
    value: Any
    confidence: float | None
    source: str | None
    engine: str | None
    reason: str | None
    reviewed: Any = None
    is_reviewed: bool = False


def field_rows(report: ProcessingReport) -> list[FieldRow]:
    """One row per extracted field the caseworker may review, engine and reviewed value side by side."""
    from shared.review.form import EXTRACTED

    rows = []
    for name in EXTRACTED:
        value = report.extracted_fields.get(name) or {}
        rows.append(FieldRow(name, value.get("value"), value.get("confidence"), value.get("source"),
                             value.get("engine"), value.get("review_reason"), report.reviewed_fields.get(name),
                             name in report.reviewed_fields))
    return rows


def exact(text: str):
    """`text` escaped so that the browser's DOM holds exactly these characters: the HTML parser turns a raw
    carriage return into a line feed (or drops it after one) and drops NUL, which would shift every selection
    offset after them; as character references they survive (NUL as U+FFFD, one character for one)."""
    from markupsafe import Markup, escape

    return Markup(str(escape(text)).replace("\r", "&#13;").replace("\0", "&#xFFFD;"))


def display(value: Any) -> str:
    """A value as a person types it back: lists joined by '; ', nothing as ''."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)
