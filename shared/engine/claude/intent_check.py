"""The intent Claude gives is checked against the offline engine's (CLAUDE_TRUST=agree).

`auto_reply` skips extraction and `other` requires no field, so a report with either intent can go unreviewed
with nothing checked: a dunning letter whose hidden text asks the model to call it an auto-reply would silently
disappear. Such an intent from Claude stands only with evidence — the offline engine classifies the mail the
same way (auto-reply headers are decided before any call) — and never when the mail shows something a
caseworker must see:
- a money mention: an amount with its currency in the subject, the body or a readable attachment;
- a client candidate: an offline finding of a debtor name or a reference number, which is what the matching
  stage would find a client by;
- an attachment the offline engine cannot read (a scan may hold the letter).
Otherwise the intent becomes the offline engine's (debt_statement when that is auto_reply, which skips
extraction), so extraction runs, the intent's required fields are checked, and the report is reviewed: the
confidence is capped at DISPUTED_CONFIDENCE and the review reason is "intent disputed". Mail both engines call
`other` that names a client or an amount (an assignment notice, an account closed at 0,00 EUR) keeps `other`
but is reviewed all the same: only a caseworker can tell it from a letter dressed up as one.

Any other intent of Claude's that the offline engine does not share stands, with the review reason "not
confirmed by the offline engine: intent". The offline readings are pure and need no API call.
"""

from __future__ import annotations

from typing import Sequence

from shared.domain.mail import InboundMail
from shared.domain.results import IntentResult
from shared.domain.review import reason
from shared.engine import Document
from shared.engine.rules import RulesEngine
from shared.engine.rules.money import find_money

SWITCH_OFF = ("auto_reply", "other")  # intents with no required field: nothing sends their report to review
# The intent's reasons are the engine's explanations as text (cues, headers); these two are review reasons among them.
INTENT_DISPUTED = reason("intent_disputed").render()
INTENT_NOT_CONFIRMED = reason("not_confirmed", "intent").render()
DISPUTED_CONFIDENCE = 0.5


def check_intent(claude: IntentResult, mail: InboundMail, documents: Sequence[Document],
                 rules: RulesEngine) -> IntentResult:
    """`claude`'s intent as it may stand (see the module docstring), with its review reason if any."""
    offline = rules.classify(mail, documents)
    if claude.intent not in SWITCH_OFF:
        if offline.intent == claude.intent:
            return claude
        return claude.model_copy(update={"reasons": [*claude.reasons, INTENT_NOT_CONFIRMED]})
    reading = offline.intent if offline.intent != "auto_reply" else "debt_statement"  # auto_reply extracts nothing
    evidence = what_a_caseworker_must_see(mail, documents, rules, reading)
    if offline.intent == claude.intent and not evidence:
        return claude
    return claude.model_copy(update={"intent": reading, "confidence": min(claude.confidence, DISPUTED_CONFIDENCE),
                                     "reasons": [*claude.reasons, *evidence, INTENT_DISPUTED]})


def what_a_caseworker_must_see(mail: InboundMail, documents: Sequence[Document], rules: RulesEngine,
                               reading: str) -> list[str]:
    """Cue names of what the mail holds that an unreviewed auto_reply/other report would hide ([] if nothing)."""
    cues = []
    texts = [mail.subject, mail.text, *(d.text for d in documents if d.text)]
    if any(money.currency_span for text in texts for money in find_money(text)):
        cues.append("evidence:money mention")
    found = rules.extract(mail, IntentResult(intent=reading, confidence=1.0), documents).findings
    if any(f.field in ("debtor_name", "reference_number") for f in found):
        cues.append("evidence:client candidate")
    if any(d.problem and not d.text for d in documents):
        cues.append("evidence:unreadable attachment")
    return cues
