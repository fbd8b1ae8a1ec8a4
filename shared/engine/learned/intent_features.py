"""Sparse features of one email for the learned intent model (`intent.json`, trained by tools/train_intent.py).

The text read is the one the rules' intent classifier reads (`shared.engine.rules.intent.classify`): the subject,
the newest message of the body (quoted history cut off by `shared.engine.rules.quoting`, kept only when the newest
message passes it on as current) and the text of readable PDF attachments. From it, folded with
`shared.domain.text.fold` ('Rückstand' -> 'rueckstand'):
- `w:` word unigrams and `b:` bigrams, `s:` subject words, `c:` character 3-5-grams inside words (with the word's
  boundaries marked "<", ">"): each group binary and scaled to unit length, so long PDFs do not outweigh a subject;
- `cue:` the rules' cue names that fire and `rule:` their per-intent scores (`score_intents`, scaled by 1/5), the
  `rule_top:` intent the cues favour, `auto:header` for an auto-reply header and `auto:text` for the rules' automatic-
  reply wording.
Plain Python: no numerical library, so a function's cold start pays none.
"""

from __future__ import annotations

import math
import re
from typing import Iterable, Sequence

from shared.domain.mail import InboundMail
from shared.domain.text import fold
from shared.engine.rules.quoting import passes_on, quote_map

_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
_NUMBER = re.compile(r"\d")
CHAR_NGRAMS = (3, 4, 5)
RULE_SCALE = 5.0  # a cue score of 5 (a document request) is a feature value of 1


def intent_text(mail: InboundMail, document_texts: Sequence[str] = ()) -> tuple[str, str, str]:
    """(subject, newest message, the rest the intent is read from: passed-on history and PDF texts)."""
    quotes = quote_map(mail.text)
    forwarded = [mail.text[quotes.history_start:]] if passes_on(quotes) else []
    return mail.subject, quotes.newest_text(), "\n".join([*forwarded, *document_texts])


def _words(text: str) -> list[str]:
    """Folded words; digits become '0' so amounts, dates and references share one shape per length."""
    return [_NUMBER.sub("0", word) for word in _WORD.findall(fold(text))]


def _unit(names: Iterable[str]) -> dict[str, float]:
    """Each distinct name once, with the value that gives the group unit Euclidean length."""
    unique = sorted(set(names))  # sorted: the same order, hence the same float sums, in every process
    return {name: 1.0 / math.sqrt(len(unique)) for name in unique} if unique else {}


def ngram_features(subject: str, body: str) -> dict[str, float]:
    """The n-gram groups (w:, b:, s:, c:) of a subject and body, each binary and of unit length."""
    words = _words(subject) + _words(body)
    chars = (f"c:{padded[i:i + n]}" for word in set(words) for padded in (f"<{word}>",)
             for n in CHAR_NGRAMS for i in range(len(padded) - n + 1))
    return {**_unit(f"w:{w}" for w in words), **_unit(f"b:{a}_{b}" for a, b in zip(words, words[1:])),
            **_unit(f"s:{w}" for w in _words(subject)), **_unit(chars)}


def rule_features(mail: InboundMail, subject: str, newest: str, rest: str) -> dict[str, float]:
    """The rules' own evidence: cue names, per-intent cue scores, their favourite and the auto-reply signs (for
    the comparison in tools/train_intent.py --with-cues; the engine's model reads n-grams only)."""
    from shared.engine.rules.intent import _AUTO_TEXT, auto_reply_header, score_intents

    scores, reasons = score_intents("\n".join([subject, newest, *([rest] if rest else [])]))
    features = {f"cue:{reason}": 1.0 for reason in reasons}
    features.update({f"rule:{intent}": score / RULE_SCALE for intent, score in scores.items() if score})
    if any(scores.values()):
        features[f"rule_top:{max(scores, key=lambda intent: scores[intent])}"] = 1.0
    if auto_reply_header(mail.headers):
        features["auto:header"] = 1.0
    if _AUTO_TEXT.search(subject + "\n" + newest):  # the rules' automatic-reply wording, where they look for it
        features["auto:text"] = 1.0
    return features


def features(mail: InboundMail, document_texts: Sequence[str] = ()) -> dict[str, float]:
    """All features of `mail` and its readable PDF texts, by name (the model ignores names it never saw)."""
    subject, newest, rest = intent_text(mail, document_texts)
    return {**ngram_features(subject, newest + "\n" + rest), **rule_features(mail, subject, newest, rest)}
