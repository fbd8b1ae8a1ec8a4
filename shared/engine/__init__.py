"""Agent engines: what reads an email and proposes intent and field findings.

An engine implements `Engine`. The offline rules engine (`shared.engine.rules`) is the default when no
ANTHROPIC_API_KEY is set; the Claude engine ("Agents II") implements the same protocol. Consolidation and
client matching are engine-independent (`shared.engine.consolidate`, `shared.engine.match`).
"""

from __future__ import annotations

from typing import Protocol

from shared.domain.mail import InboundMail
from shared.domain.results import ExtractionResult, IntentResult


class Engine(Protocol):
    name: str

    def classify(self, mail: InboundMail) -> IntentResult:
        """Decide the email's intent from headers and wording."""

    def extract(self, mail: InboundMail, intent: IntentResult) -> ExtractionResult:
        """Find candidate field values (with confidence, source and span) in the email."""
