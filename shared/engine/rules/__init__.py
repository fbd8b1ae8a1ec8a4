"""The offline rules engine: deterministic German and English intent classification and field extraction.

`RulesEngine` implements `shared.engine.Engine`. It reads headers, subject, the plain-text body (quoted
history and signature are told apart by `quoting`) and the text of readable PDF attachments, and never follows
anything the email text says: the text is only matched against fixed patterns, so instructions hidden in an
email change nothing.
"""

from __future__ import annotations

from typing import Sequence

from shared.domain.mail import InboundMail
from shared.domain.results import ExtractionResult, IntentResult
from shared.engine import Document
from shared.engine.rules.intent import classify

__all__ = ["RulesEngine"]


class RulesEngine:
    """Deterministic engine (name "rules"): regular expressions and weighted cues, no network, no tokens."""

    name = "rules"

    def classify(self, mail: InboundMail, documents: Sequence[Document] = ()) -> IntentResult:
        """Intent of `mail` with confidence and the cue names that fired."""
        return classify(mail, [d.text for d in documents if d.text])

    def extract(self, mail: InboundMail, intent: IntentResult, documents: Sequence[Document] = ()) -> ExtractionResult:
        """Findings and review reasons for `mail` (see `shared.engine.rules.extraction.extract`).

        Imported here, on first use: the intent function never pays for compiling the extraction patterns.
        """
        from shared.engine.rules.extraction import extract

        return extract(mail, intent, documents)
