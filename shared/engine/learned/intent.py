"""The offline engine's intent: an auto-reply header decides at once, otherwise the learned n-gram model.

The model (`intent.json`, trained by tools/train_intent.py) reads the words and in-word character n-grams of the
subject, the newest message and the PDF texts (`shared.engine.learned.intent_features.ngram_features`), not the
rules' cue patterns: leave-one-batch-out on the four batches the cues were never tuned on (dev8..dev11) it was
right on 96.1% of the mails with n-grams alone against 90.6% with the cues as features and 88.2% for the cues'
own first score. Its probability of the chosen intent is the confidence (calibrated like any other,
shared/engine/calibration). Reasons name the model and the probability, never text.
"""

from __future__ import annotations

from typing import Sequence

from shared.domain.mail import InboundMail
from shared.domain.results import IntentResult
from shared.engine.learned.intent_features import intent_text, ngram_features
from shared.engine.learned.linear import load
from shared.engine.rules.headers import auto_reply_header

MODEL = "intent"


def classify(mail: InboundMail, document_texts: Sequence[str] = ()) -> IntentResult:
    """The intent of `mail` and its readable PDF texts, with the model's probability as confidence."""
    header = auto_reply_header(mail.headers)
    if header:
        return IntentResult(intent="auto_reply", confidence=0.97, reasons=[header])
    model = load(MODEL)
    if model is None:  # a checkout without the artifact: the rules' cues, as before the model existed
        from shared.engine.rules.intent import classify as by_cues

        return by_cues(mail, list(document_texts))
    subject, newest, rest = intent_text(mail, document_texts)
    probabilities = model.probabilities(ngram_features(subject, newest + "\n" + rest))
    intent = max(model.classes, key=lambda label: (probabilities[label], label))
    return IntentResult(intent=intent, confidence=round(probabilities[intent], 3),
                        reasons=[f"learned intent model p={probabilities[intent]:.2f}"])
