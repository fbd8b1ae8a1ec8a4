"""Matching stage: find the firm's client the email is about in the client directory.

Besides the consolidated debtor name, date of birth and references, the matcher reads the whole mail (subject,
body with its quoted history, PDF text: `shared.engine.client_mentions`) for every name-like phrase and code,
so it reads the canonical mail and the PDF-text cache the intent stage wrote. An auto-reply is not read: it
states nothing about a debtor (CONVENTIONS: all its fields null), though it may quote the firm's letter.
"""

from __future__ import annotations

from shared.domain.envelope import Envelope
from shared.engine.client_mentions import read_mail
from shared.engine.match import match_client
from shared.errors import InvalidMessage
from shared.ports import BlobStore, ClientDirectory
from shared.stages.common import load_mail
from shared.stages.documents import load_documents


def run(envelope: Envelope, *, clients: ClientDirectory, blobs: BlobStore) -> Envelope:
    if envelope.consolidation is None:
        raise InvalidMessage("matching needs the consolidation result")
    mentions = None
    if envelope.intent is None or envelope.intent.intent != "auto_reply":
        mail = load_mail(envelope, blobs)
        documents = load_documents(mail, blobs)
        mentions = read_mail(mail.subject, mail.text, [d.text for d in documents if d.text])
    result = match_client(envelope.consolidation, clients, mentions)  # an outage raises DependencyUnavailable
    return envelope.model_copy(update={"matching": result})
