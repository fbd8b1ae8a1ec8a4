"""Intent classification by weighted cues in headers, subject and the newest message (quoted history ignored).

Auto-reply headers decide at once. Otherwise each intent sums the weights of the cues that fire (each cue
counts once); refusals are found first and masked so "nicht zustimmen" does not count as "zustimmen"; a
refusal that comes with a counter-offer counts for payment_plan_response. Reasons name the cue, never text.
"""

from __future__ import annotations

import re

from shared.domain.mail import InboundMail
from shared.domain.results import IntentResult
from shared.engine.rules.amounts import TOTAL_LABEL
from shared.engine.rules.quoting import quote_map

Cue = tuple[str, str, float, re.Pattern[str]]


def _cue(intent: str, name: str, weight: float, pattern: str) -> Cue:
    return intent, name, weight, re.compile(pattern, re.I)


_AUTO_TEXT = re.compile(
    r"automatische\s+antwort|abwesenheitsnotiz|automatic\s+reply|auto(?:matic)?-?reply|out\s+of\s+(?:the\s+)?"
    r"office|this\s+is\s+an\s+automated|automatisch\s+erstellte\s+antwort|bin\s+ich\s+(?:derzeit\s+|"
    r"zurzeit\s+)?nicht\s+im\s+büro|ich\s+bin\s+(?:bis|vom)\b.{0,40}\b(?:abwesend|nicht\s+im\s+büro)|"
    # an unmonitored mailbox: "Eingehende E-Mails werden weder gelesen …", "this mailbox is not monitored"
    r"(?:e-?mails?|nachrichten)\s+(?:an\s+diese\s+adresse\s+)?(?:werden|wird)\s+(?:weder\s+|nicht\s+)"
    r"(?:gelesen|bearbeitet|überwacht)|(?:mailbox|inbox|address)\s+is\s+not\s+(?:monitored|read)|"
    r"unmonitored\s+(?:mailbox|inbox|address)|dient\s+ausschließlich\s+dem\s+versand",
    re.I,
)
REFUSAL = _cue("rejection", "refusal", 3.0,
               r"\blehnen\b.{0,80}?\bab\b|\bablehnen\b|\babgelehnt\b|\bablehnung\b|nicht\s+zustimmen|"
               r"stimmen\b[\s\S]{0,60}?\bnicht\s+zu\b|nicht\s+einverstanden|"
               r"(?:zustimmung|annahme|einigung)\b[^.]{0,60}?\bnicht\s+in\s+betracht|"
               r"keine\s+zustimmung|nicht\s+annehmen|nicht\s+in\s+der\s+lage\b[^.]{0,60}?\b(?:näherzutreten|"
               r"zuzustimmen|anzunehmen|einzugehen|zu\s+akzeptieren)|von\s+weiteren\s+\w*(?:vorschläg|angebot)\w*\s+"
               r"abzusehen|"
               r"nicht\s+akzeptieren|(?:must|have\s+to|regret\s+to|will|we)\s+decline|declined?\s+(?:your|the)|"
               r"\breject(?:s|ed)?\s+(?:your|the|this)|cannot\s+(?:accept|agree)|can\s?not\s+accept|"
               r"unable\s+to\s+(?:accept|agree)|not\s+(?:able|in\s+a\s+position)\s+to\s+(?:accept|agree)|"
               r"do\s+not\s+agree|will\s+not\s+agree|won't\s+accept|\brefuse[sd]?\s+(?:your|the|this)|"
               r"(?:will|shall)\s+not\s+be\s+accepting|(?:are|am)\s+not\s+(?:prepared|willing)\s+to\s+accept")
NO_COUNTER = re.compile(
    r"(?:\bno|\bnot\s+(?:be\s+)?mak(?:e|ing)\s+(?:a|any)|\bkein(?:e|en)?|"
    r"\bnot\s+(?:in\s+a\s+position|able|prepared|willing)\s+to\s+make\s+(?:a|any))\s+(?:alternative\s+(?:offer|"
    r"proposal)|"
    r"counter-?\s?(?:offer|proposal)|gegenangebot|gegenvorschlag|alternativangebot)", re.I)
COUNTER = _cue("payment_plan_response", "counter-offer", 2.5,
               r"gegenvorschlag|gegenangebot|counter-?\s?offer|counter-?\s?proposal|stattdessen|"
               r"bereit,?\s.{0,60}?(?:zu\s+akzeptieren|anzunehmen|zuzustimmen)|would\s+be\s+prepared|"
               r"prepared\s+to\s+accept|"
               r"are\s+prepared\s+to|could\s+accept|könnten\b.{0,40}?(?:akzeptieren|annehmen)|wären\b.{0,40}?bereit|"
               r"willing\s+to\s+accept|wir\s+bieten\b[\s\S]{0,80}?\ban\b|we\s+(?:can|could)\s+offer|"
               r"unter\s+(?:den\s+)?folgenden\s+bedingungen|subject\s+to\s+the\s+following")
CONDITION = _cue("payment_plan_response", "condition", 1.0,  # alone it may be a statement's "if you propose …"
                 r"unter\s+der\s+(?:bedingung|voraussetzung)|vorausgesetzt|\bsofern\b|provided\s+that|"
                 r"on\s+(?:the\s+)?condition")
_IN_SENTENCE = r"(?:[^.!?\n]|\n(?![ \t]*\n)){0,400}?"  # a sentence may wrap over single line breaks, bounded
DEFERRAL = re.compile(  # "Zu Ihrem Angebot nehmen wir gesondert Stellung": the answer is still to come
    r"(?<![^.!?\n])"  # only from a sentence start: the lookaheads then read each sentence once, not per char
    rf"\s*(?={_IN_SENTENCE}(?:angebot|vorschlag|plan\b|offer|proposal|ratenzahlung|vergleich|forderungsaufstellung|"
    r"statement))"
    rf"(?={_IN_SENTENCE}\b(?:gesondert|separat|später|zu\s+gegebener\s+zeit|separately|in\s+due\s+course|"
    r"under\s+separate\s+cover)\b)"
    rf"(?={_IN_SENTENCE}\b(?:stellung|zurückkommen|antworten|äußern|melden|erhalten|folgt|respond|reply|revert|"
    r"come\s+back|write|follow))"
    r"(?:[^.!?\n]|\n(?![ \t]*\n)){0,400}[.!?]?", re.I)
CUES: list[Cue] = [
    _cue("debt_statement", "forderungsaufstellung", 3.0,
         r"forderungsaufstellung|forderungsübersicht|aufstellung\s+(?:der|unserer)\s+forderung"),
    _cue("debt_statement", "kontoauszug", 2.5, r"kontoauszug|statement\s+of\s+account|account\s+statement"),
    _cue("debt_statement", "mahnung", 2.0,
         r"\bmahnung\b|zahlungserinnerung|\breminder\b|final\s+demand|letter\s+before\s+action"),
    _cue("debt_statement", "final bill", 2.5, r"schlussrechnung|endabrechnung|final\s+(?:bill|invoice)"),
    _cue("debt_statement", "total", 1.5,
         r"gesamtforderung|gesamtbetrag|gesamt\s+offen|restforderung|offene[rn]?\s+(?:betrag|forderung)|"
         r"total\s+(?:due|amount|outstanding)|outstanding\s+balance|forderung\s+beläuft|amount\s+outstanding|"
         rf"(?:current|outstanding)\s+balance|balance\s+(?:is|of|due)\b|{TOTAL_LABEL}"),
    _cue("debt_statement", "itemised claim", 2.0,
         r"hauptforderung|wie\s+folgt\s+zusammen|setzt\s+sich\b.{0,40}?\bzusammen|breakdown\s+of|"
         r"\bmacht\b[^.]{0,120}?\bgeltend\b|(?:folgende|nachstehende)\s+(?:forderung|positionen)|made\s+up\s+as\s+follows"),
    _cue("payment_plan_response", "settlement offer", 1.5,
         r"vergleichsangebot|vergleichsvorschlag|settlement\s+(?:offer|proposal)|ihr(?:em|en)?\s+\w*(?:angebot|"
         r"vorschlag)|(?:von\s+ihnen\s+)?vorgeschlagene[nr]?\s+(?:ratenzahlung|raten|rate|vergleich|einmalzahlung)|"
         r"(?:your\s+)?proposed\s+(?:instal?ments?|payment\s+plan|repayment|settlement)|"
         r"your\s+(?:offer|proposal)"),
    _cue("payment_plan_response", "schuldenbereinigungsplan", 1.5, r"schuldenbereinigungsplan"),
    _cue("payment_plan_response", "ratenzahlung", 1.0,
         r"ratenzahlung|instal?lment|payment\s+plan|repayment\s+plan|monatliche\s+rate"),
    _cue("payment_plan_response", "acceptance", 2.5,
         r"\bstimmen\b[\s\S]{0,80}?\bzu\b|zustimmung|einverstanden|\bnehmen\b.{0,60}?\ban\b|akzeptieren|annehmen|"
         r"\bwe\s+(?:can\s+|will\s+|are\s+happy\s+to\s+)?accept|agree\s+to|accepted|"
         r"bestätigen\s+wir\b[^.]{0,40}?\b(?:vorgeschlagene|ratenzahlung|vergleich)|"
         r"(?:we|can)\s+confirm\b[^.]{0,40}?\b(?:proposed|instal?ment|payment\s+plan|arrangement)"),
    COUNTER,
    CONDITION,
    _cue("other", "assignment", 3.0,
         r"abtretung|abgetreten|forderungsverkauf|forderungskauf|\bassigned\s+to|assignment\s+of|"
         r"sold\s+(?:the|this|your)\s+(?:debt|account|claim)"),
    _cue("other", "nothing owed", 3.0,
         r"kein(?:en|e)?\s+offene[nr]?\s+(?:betrag|beträge|forderung|saldo)|"
         r"konto\b(?:(?!nicht\b|noch\b)[^.\n]){0,40}?\b(?:ist\s+)?(?:vollständig\s+)?ausgeglichen|"
         r"nothing\s+(?:is\s+)?(?:owed|owing|outstanding)|no\s+outstanding\s+balance"),
    _cue("other", "file closed", 2.0,
         r"akte\s+(?:wird\s+|wurde\s+)?geschlossen|vorgang\s+(?:ist\s+)?abgeschlossen|(?:file|account)\s+"
         r"(?:has\s+been\s+|is\s+)?closed|zurückgegeben|zurückgesandt|returned\s+(?:the|this)\s+file"),
]
_DOC = re.compile(
    r"vollmacht|power\s+of\s+attorney|letter\s+of\s+authority|form\s+of\s+authority|authori[sz]ation|"
    r"personalausweis|\bausweis|identitätsnachweis|proof\s+of\s+(?:identity|address|income)|photo\s+id|"
    r"einkommensnachweis|einkommensunterlagen|gehaltsabrechnung|lohnabrechnung|verdienstbescheinigung|"
    r"payslips?|bank\s+statements|income\s+(?:and\s+expenditure|details|documents)|vermögensverzeichnis|"
    r"passport|identity\s+card|id\s+card",
    re.I,
)
_ASK = re.compile(
    r"\bbitten\b|\bbitte\b|benötigen|brauchen|übersenden\s+sie|übermitteln|vorlegen|zukommen|einreichen|"
    r"nachreichen|please\s+(?:send|provide|forward|supply|let)|we\s+(?:need|require)|kindly|could\s+you|"
    r"can\s+you|erforderlich|require[sd]?|request|send\s+us|senden\s+sie\s+uns",
    re.I,
)
_AGENCY_PHRASE = re.compile(r"(?:namens\s+und\s+)?in\s+vollmacht|vollmacht\s+(?:liegt|anbei|beigefügt)", re.I)
_TOTAL_WEIGHT = next(weight for _, name, weight, _ in CUES if name == "total")
_PRIORITY = ("payment_plan_response", "rejection", "information_request", "debt_statement", "other")


def classify(mail: InboundMail, document_texts: list[str] | None = None) -> IntentResult:
    """Decide the intent of `mail` and return it with a confidence in [0, 1] and the cues that fired.

    Attachment texts count too (a statement whose figures are only in a PDF is still a debt statement)."""
    header_reason = auto_reply_header(mail.headers)
    if header_reason:
        return IntentResult(intent="auto_reply", confidence=0.97, reasons=[header_reason])
    text = mail.subject + "\n" + quote_map(mail.text).newest_text()
    if _AUTO_TEXT.search(text):
        return IntentResult(intent="auto_reply", confidence=0.85, reasons=["text:automatic reply"])
    scores, reasons = score_intents("\n".join([text, *(document_texts or [])]))
    return _decide(scores, reasons)


def auto_reply_header(headers: dict[str, str]) -> str | None:
    """The header cue that marks an automatic reply ("header:auto-submitted", ...), or None."""
    lowered = {k.lower(): (v or "").strip().lower() for k, v in headers.items()}
    if lowered.get("auto-submitted", "no") not in ("no", ""):
        return "header:auto-submitted"
    for name in ("x-autoreply", "x-autorespond"):
        if name in lowered:
            return f"header:{name}"
    if lowered.get("precedence") in ("auto_reply", "bulk", "junk"):
        return "header:precedence"
    return None


def score_intents(text: str) -> tuple[dict[str, float], list[str]]:
    """Weighted cue scores per intent for `text`, and the reasons ("<intent>:<cue>") in firing order."""
    scores = {intent: 0.0 for intent in _PRIORITY}
    reasons: list[str] = []
    masked = text
    if NO_COUNTER.search(text):  # "no counter-offer will be made" is a flat refusal, not a counter-offer
        scores["rejection"] += 2.0
        reasons.append("rejection:no counter-offer")
        masked = text = NO_COUNTER.sub(lambda m: " " * len(m.group()), text)
    if (refusal := REFUSAL[3].search(text)) is not None:
        scores["rejection"] += REFUSAL[2]
        reasons.append("rejection:refusal")
        masked = REFUSAL[3].sub(lambda m: " " * len(m.group()), text)
    masked = DEFERRAL.sub(lambda m: " " * len(m.group()), masked)  # a deferred answer answers nothing yet
    for intent, name, weight, pattern in CUES:
        if pattern.search(masked):
            scores[intent] += weight
            reasons.append(f"{intent}:{name}")
    if "other:assignment" in reasons and "debt_statement:total" in reasons:  # the balance an assignment
        scores["debt_statement"] -= _TOTAL_WEIGHT                           # notice passes on is part of it
        reasons.append("other:balance of the assigned claim")
    if _requests_documents(text):  # asking for documents first decides, even when a balance is stated
        scores["information_request"] += 5.0
        reasons.append("information_request:document request")
    if refusal is not None and COUNTER[3].search(masked):
        scores["payment_plan_response"] += scores.pop("rejection")
        scores["rejection"] = 0.0
        reasons.append("payment_plan_response:refusal with counter-offer")
    return scores, reasons


def _requests_documents(text: str) -> bool:
    """A request for documents: an ask and a document in one sentence, or a document listed right after an
    ask ("we require:\n- a letter of authority ...")."""
    cleaned = _AGENCY_PHRASE.sub(" ", text)
    for sentence in re.split(r"(?<=[.!?])\s+|\n\s*\n", cleaned):
        if _DOC.search(sentence) and _ASK.search(sentence):
            return True
    for ask in _ASK.finditer(cleaned):
        line_end = cleaned.find("\n", ask.end())
        rest = cleaned[ask.end(): len(cleaned) if line_end == -1 else line_end]
        follows = cleaned[len(cleaned) if line_end == -1 else line_end:].lstrip()
        listed = rest.rstrip().endswith(":") or follows.startswith(("-", "•", "*", "1.", "1)"))
        if listed and _DOC.search(cleaned, ask.end(), ask.end() + 300):
            return True
    return False


def _decide(scores: dict[str, float], reasons: list[str]) -> IntentResult:
    ranked = sorted(_PRIORITY, key=lambda intent: (-scores[intent], _PRIORITY.index(intent)))
    top, second = scores[ranked[0]], scores[ranked[1]]
    if top <= 0:
        return IntentResult(intent="other", confidence=0.4, reasons=["no cue"])
    confidence = 0.45 + 0.25 * min(1.0, top / 4) + 0.25 * (top - second) / top
    return IntentResult(intent=ranked[0], confidence=round(min(confidence, 0.95), 3), reasons=reasons)
