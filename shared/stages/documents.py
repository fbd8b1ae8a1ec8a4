"""Attachments as readable documents for the engines: PDF text extracted once per attachment (bounded, see
shared.mail.pdf_text) and kept in the blob store under the attachment's hash, so the intent and extraction
stages share one read."""

from __future__ import annotations

import json

from shared.domain.mail import InboundMail
from shared.engine import Document
from shared.mail.pdf_text import pdf_text

MAX_DOCUMENTS = 10


def is_pdf(content_type: str, filename: str) -> bool:
    return content_type == "application/pdf" or filename.lower().endswith(".pdf")


def load_documents(mail: InboundMail, blobs) -> list[Document]:
    documents = []
    for attachment in [a for a in mail.attachments if is_pdf(a.content_type, a.filename)][:MAX_DOCUMENTS]:
        cache_key = f"pdf-text/{attachment.sha256}.json"
        try:
            cached = json.loads(blobs.get(cache_key))
        except KeyError:
            cached = None
        if cached is None:
            try:
                data = blobs.get(attachment.blob_key)
            except KeyError:
                documents.append(Document(f"pdf:{attachment.filename}", attachment.filename,
                                          problem="attachment missing from the blob store"))
                continue
            result = pdf_text(data)
            cached = {"text": result.text, "scanned": result.scanned, "problem": result.problem}
            blobs.put(cache_key, json.dumps(cached).encode(), "application/json")
        documents.append(Document(f"pdf:{attachment.filename}", attachment.filename, cached["text"],
                                  cached["scanned"], cached["problem"], attachment.blob_key))
    return documents
