"""The offline engine: deterministic German and English intent classification and field extraction.

`RulesEngine` implements `shared.engine.Engine`. It reads headers, subject, the plain-text body (quoted
history and signature are told apart by `quoting`) and the text of readable PDF attachments, and never follows
anything the email text says: the text is only matched against fixed patterns and scored by fixed weights, so
instructions hidden in an email change nothing. The rules find candidates; three choices are learned
(`shared.engine.learned`): the intent (an n-gram model, after the auto-reply headers), which money mention is
the debt amount, which creditor finding is the creditor and which reference-shaped codes are references.
"""

from __future__ import annotations

from typing import Sequence

from shared.domain.mail import InboundMail
from shared.domain.results import ExtractionResult, IntentResult
from shared.engine import Document

__all__ = ["RulesEngine"]


class RulesEngine:
    """Deterministic engine (name "rules"): regular expressions and linear models, no network, no tokens."""

    name = "rules"

    def classify(self, mail: InboundMail, documents: Sequence[Document] = ()) -> IntentResult:
        """Intent of `mail` with the learned model's probability as confidence (shared.engine.learned.intent)."""
        from shared.engine.learned.intent import classify

        return classify(mail, [d.text for d in documents if d.text])

    def extract(self, mail: InboundMail, intent: IntentResult, documents: Sequence[Document] = ()) -> ExtractionResult:
        """Findings and review reasons for `mail` (see `shared.engine.rules.extraction.extract`), grounded, with
        the debt amount (among every money mention) and the creditor chosen by `shared.engine.learned.choice`.

        Imported here, on first use: the intent function never pays for compiling the extraction patterns.
        """
        from shared.engine.grounding import ground
        from shared.engine.learned.choice import choose, decides_references
        from shared.engine.rules.extraction import extract

        found = ground(extract(mail, intent, documents), mail, documents)
        if intent.intent == "auto_reply":  # nothing to extract from an automatic reply
            return found
        components_only = any(r.code == "total_not_stated" for r in found.review_reasons)
        findings, reasons = choose(found.findings, mail, documents, components_only)
        if any(r.field == "debt_amount" for r in found.review_reasons):  # the rules already say why ("total not
            reasons = [r for r in reasons if r.field != "debt_amount"]     # stated": only components)
        own = found.review_reasons
        if decides_references():  # the reference model judged the unplaced codes: its verdict stands
            own = [r for r in own if r.code != "unplaced_reference"]
        return found.model_copy(update={"findings": findings, "review_reasons": [*own, *reasons]})
