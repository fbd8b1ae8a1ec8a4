"""The Claude engine ("Agents II"): intent and extraction through the Messages API with forced tool use.

`ClaudeEngine` implements `shared.engine.Engine` on the same contracts as the rules engine:
- at most one API call per stage (a small fast model classifies, a stronger one extracts; both configurable);
  none when the rules already know for certain (auto-reply headers) and none to extract from an auto-reply;
- the long, stable system prompt (conventions) is marked for prompt caching; the email is untrusted data;
- PDFs go as document blocks (image-only ones too, so Claude can read scans);
- the answer is validated against the tool schema; an answer that fails validation is not guessed at: the
  stage falls back to the offline engine and flags the report ("claude answer invalid");
- every value is then put through the shared grounding check by the extraction stage (values read from a scan,
  with no text layer to check against, are kept there only at low confidence and flagged);
- tokens (input, output, cache read, cache write) are returned with each result; each result names engine and
  model ("claude:<model>"), which the report shows per field;
- engines check each other (CLAUDE_TRUST=agree, the default): a field Claude states goes unreviewed only when the
  offline engine reads the same value (`agreement`), and an intent that would switch checks off (auto_reply,
  other) stands only with evidence (`intent_check`); the offline readings are pure, computed once per stage.
  CLAUDE_TRUST=calibrated leaves the fields to the calibration fitted on labelled runs with a real key
  (shared/engine/calibration/claude.json, applied by consolidation); the intent check holds in both modes.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Callable, Sequence

from shared.domain.fields import FIELDS as EXTRACTED_FIELDS
from shared.domain.mail import InboundMail
from shared.domain.results import ExtractionResult, Finding, IntentResult, TokenUsage
from shared.domain.review import ReviewReason, reason
from shared.engine import Document
from shared.engine.claude import prompt
from shared.engine.claude.client import ClaudeNoToolCall, ClaudeRequestRejected, MessagesClient
from shared.engine.claude.schema import CLASSIFY_TOOL, RECORD_TOOL, FieldsAnswer, IntentAnswer, ValidationError
from shared.engine.claude.agreement import confirm_fields
from shared.engine.claude.intent_check import check_intent
from shared.engine.rules import RulesEngine
from shared.engine.rules.intent import auto_reply_header
from shared.settings import Settings

log = logging.getLogger(__name__)

ANSWER_INVALID = reason("engine_answer_invalid")  # the answer did not validate: the offline engine's reading
REQUEST_REJECTED = reason("engine_request_rejected")
MAX_PDF_BYTES = 20 * 1024 * 1024  # all PDFs of one request together: base64 grows them by 4/3 (32 MB API limit)


@dataclass(frozen=True)
class ClaudeModels:
    """Model per stage (defaults and environment variables: `shared.settings`)."""

    intent: str
    extraction: str


class ClaudeEngine:
    name = "claude"

    def __init__(self, client: MessagesClient, load_pdf: Callable[[str], bytes], models: ClaudeModels | None = None,
                 trust: str = "agree", fallback: RulesEngine | None = None):
        """`trust`: CLAUDE_TRUST, "agree" or "calibrated" (see the module docstring)."""
        self.client, self.load_pdf = client, load_pdf
        self.models = models or ClaudeModels(Settings.claude_intent_model, Settings.claude_extraction_model)
        self.trust = trust
        self.rules = fallback or RulesEngine()

    # -- intent ---------------------------------------------------------------------------------------------------
    def classify(self, mail: InboundMail, documents: Sequence[Document] = ()) -> IntentResult:
        if header := auto_reply_header(mail.headers):  # certain without a model: no call
            return IntentResult(intent="auto_reply", confidence=0.97, reasons=[header], engine="rules")
        content, _, _ = self._content(mail, documents, "Classify this email: call classify_email once.")
        try:
            answer = self.client.call(model=self.models.intent, system=_system(), tool=CLASSIFY_TOOL,
                                      content=content, max_tokens=512)
        except ClaudeNoToolCall as exc:
            return self._fallback_intent(mail, documents, exc.usage)
        except ClaudeRequestRejected:
            return self._fallback_intent(mail, documents, TokenUsage(), REQUEST_REJECTED)
        try:
            parsed = IntentAnswer.model_validate(answer.input)
        except ValidationError as exc:
            log.warning("claude intent answer failed validation (%d errors); using the offline engine",
                        exc.error_count())
            return self._fallback_intent(mail, documents, answer.usage)
        result = IntentResult(intent=parsed.intent, confidence=parsed.confidence, reasons=parsed.reasons,
                              engine=f"claude:{answer.model}", usage=answer.usage)
        return check_intent(result, mail, documents, self.rules)  # both modes: an intent that hides needs evidence

    # -- extraction -----------------------------------------------------------------------------------------------
    def extract(self, mail: InboundMail, intent: IntentResult, documents: Sequence[Document] = ()) -> ExtractionResult:
        if intent.intent == "auto_reply":  # no call: nothing is extracted from an automatic reply
            return ExtractionResult(sources_processed=["subject", "email_body"], engine="rules")
        task = (f"The intent was classified as {intent.intent}. Record the fields of this email: call "
                "record_fields once.")
        content, labels, notes = self._content(mail, documents, task)
        try:
            answer = self.client.call(model=self.models.extraction, system=_system(), tool=RECORD_TOOL,
                                      content=content, max_tokens=4096)
        except ClaudeNoToolCall as exc:
            return self._fallback(mail, intent, documents, notes, exc.usage)
        except ClaudeRequestRejected:
            return self._fallback(mail, intent, documents, notes, TokenUsage(), REQUEST_REJECTED)
        try:
            parsed = FieldsAnswer.model_validate(answer.input)
        except ValidationError as exc:
            log.warning("claude extraction answer failed validation (%d errors); using the offline engine",
                        exc.error_count())
            return self._fallback(mail, intent, documents, notes, answer.usage)
        findings, reasons = _findings(parsed, labels, mail, documents)
        result = ExtractionResult(
            findings=findings, sources_processed=labels, review_reasons=[*notes, *reasons],
            engine=f"claude:{answer.model}", usage=answer.usage,
        )
        if self.trust == "calibrated":
            return result
        return confirm_fields(result, intent, self.rules.extract(mail, intent, documents))

    # -- helpers --------------------------------------------------------------------------------------------------
    def _content(self, mail: InboundMail, documents: Sequence[Document],
                 task: str) -> tuple[list[dict], list[str], list[ReviewReason]]:
        """The user turn (the email, the PDFs as document blocks, then the trusted instruction), the source
        labels offered, and review notes for attachments that were not sent."""
        content, notes, budget = [prompt.email_block(mail)], [], MAX_PDF_BYTES
        sizes = {a.blob_key: a.size for a in mail.attachments}
        for document in documents:
            if document.problem and not document.scanned:
                notes.append(reason("unreadable_attachment", detail=f"{document.filename}: {document.problem}"))
                continue
            size = sizes.get(document.blob_key, 0)
            data = None
            if document.blob_key is not None and size <= budget:
                try:
                    data = self.load_pdf(document.blob_key)
                except KeyError:  # gone from the blob store: an answer, not an outage
                    data = None
            if data is None:
                notes.append(reason("attachment_not_sent", detail=document.filename))
                continue
            budget -= len(data)
            content.append(prompt.document_block(document.source, data))
        labels = ["subject", "email_body", "sender", *(b["title"] for b in content if b["type"] == "document")]
        content.append(prompt.instruction_block(task))
        return content, labels, notes

    def _fallback_intent(self, mail, documents, usage, why: ReviewReason = ANSWER_INVALID) -> IntentResult:
        """The offline engine's intent, at low confidence so the report is reviewed; Claude's tokens still count."""
        result = self.rules.classify(mail, documents)
        return result.model_copy(update={"confidence": min(result.confidence, 0.5), "usage": usage,
                                         "reasons": [*result.reasons, why.render()]})

    def _fallback(self, mail, intent, documents, notes, usage,
                  why: ReviewReason = ANSWER_INVALID) -> ExtractionResult:
        result = self.rules.extract(mail, intent, documents)
        return result.model_copy(update={"usage": usage, "review_reasons": [*notes, *result.review_reasons, why]})


def _system() -> list[dict]:
    return [{"type": "text", "text": prompt.SYSTEM_PROMPT, "cache_control": {"type": "ephemeral"}}]


def _findings(parsed: FieldsAnswer, labels: list[str], mail: InboundMail,
              documents: Sequence[Document]) -> tuple[list[Finding], list[ReviewReason]]:
    """Claude's answer as findings with spans (None when the quote is not in the text: a scan, or a value
    the grounding check will drop). A value claimed from a source we did not offer is dropped here."""
    from shared.engine.grounding import source_text

    located = [(field.finding, getattr(parsed, field.name)) for field in EXTRACTED_FIELDS if not field.many]
    located += [(field.finding, value) for field in EXTRACTED_FIELDS if field.many
                for value in getattr(parsed, field.name)]
    findings, reasons = [], []
    for field, value in located:
        if value is None:
            continue
        if value.source not in labels:  # a source we did not send (e.g. a skipped scan) cannot back a value
            reasons.append(reason("ungrounded_value", field))
            continue
        text = source_text(value.source, mail, documents)
        findings.append(Finding(field=field, value=value.value, confidence=value.confidence, source=value.source,
                                span=_span(text, value.quote or value.value), quoted=value.quoted_history))
    if parsed.total_not_stated and parsed.debt_amount is None:
        reasons.append(reason("total_not_stated"))
    return findings, list(dict.fromkeys(reasons))


def _span(text: str | None, quote: str) -> tuple[int, int] | None:
    """Where `quote` stands in `text` (exact, else ignoring case; offsets always in `text` itself)."""
    if not text or not quote:
        return None
    found = re.search(re.escape(quote), text) or re.search(re.escape(quote), text, re.I)
    return found.span() if found else None
