"""Attachments as readable documents for the engines: PDF text extracted once per attachment (bounded, see
shared.mail.pdf_text; a scan read by OCR) and kept in the blob store under the attachment's hash, so the intent
and extraction stages share one read (and one OCR run)."""

from __future__ import annotations

import json

from shared.domain.mail import InboundMail
from shared.engine import Document
from shared.mail.pdf_text import pdf_text

MAX_DOCUMENTS = 10


def is_pdf(content_type: str, filename: str) -> bool:
    return content_type == "application/pdf" or filename.lower().endswith(".pdf")


def load_documents(mail: InboundMail, blobs, ocr: bool = False) -> list[Document]:
    """The mail's PDF attachments as Documents, each read once and cached in the blob store. With `ocr` (the
    extraction stage, which has the memory for it: about 600 MB while the models run) a scan is read by OCR,
    also when an earlier stage cached it unread; without, a stage takes what is cached (after extraction, a
    scan's OCR text) and never starts OCR itself."""
    documents = []
    for attachment in [a for a in mail.attachments if is_pdf(a.content_type, a.filename)][:MAX_DOCUMENTS]:
        cache_key = f"pdf-text/{attachment.sha256}.json"
        try:
            cached = json.loads(blobs.get(cache_key))
        except KeyError:
            cached = None
        if cached is not None and ocr and cached.get("scanned") and not cached.get("ocr_tried"):
            cached = None  # a scan cached unread (by the intent stage, or before OCR existed): read it now
        if cached is None:
            try:
                data = blobs.get(attachment.blob_key)
            except KeyError:
                documents.append(Document(f"pdf:{attachment.filename}", attachment.filename,
                                          problem="attachment missing from the blob store"))
                continue
            result = pdf_text(data, ocr=ocr)
            cached = {"text": result.text, "scanned": result.scanned, "problem": result.problem,
                      "ocr_tried": ocr and result.scanned}
            blobs.put(cache_key, json.dumps(cached).encode(), "application/json")
        documents.append(Document(f"pdf:{attachment.filename}", attachment.filename, cached["text"],
                                  cached["scanned"], cached["problem"], attachment.blob_key))
    return documents
