"""Agent engines: what reads an email and proposes intent and field findings.

An engine implements `Engine`. The offline rules engine (`shared.engine.rules`) is the default when no
ANTHROPIC_API_KEY is set; the Claude engine ("Agents II") implements the same protocol. Consolidation and
client matching are engine-independent (`shared.engine.consolidate`, `shared.engine.match`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence

from shared.domain.mail import InboundMail
from shared.domain.results import ExtractionResult, IntentResult


@dataclass(frozen=True)
class Document:
    """The readable text of one attachment. `source` names it in findings ("pdf:statement.pdf");
    `problem` says why it could not be read (a scan, too large, broken): then `text` is empty."""

    source: str
    filename: str
    text: str = ""
    scanned: bool = False
    problem: str | None = None
    blob_key: str | None = None  # where the attachment's bytes are (engines that read the PDF itself)


class Engine(Protocol):
    name: str

    def classify(self, mail: InboundMail, documents: Sequence[Document] = ()) -> IntentResult:
        """Decide the email's intent from headers and wording (attachments' text included)."""

    def extract(self, mail: InboundMail, intent: IntentResult, documents: Sequence[Document] = ()) -> ExtractionResult:
        """Find candidate field values (with confidence, source and span) in the email and its documents."""
