"""Debt amount extraction: the total stated as currently owed, its currency, and the components-only case.

A total is an amount anchored to a total label ("Gesamtforderung: 1.157,37 EUR", "total due £980.00",
"1.157,37 EUR sind noch offen"). Component lines (Hauptforderung, Zinsen, Kosten, principal, interest, fees)
and the firm's own offer (Angebot, Rate, offer, instalment) are never a total. "Nothing is owed" phrases give
"0.00". Amounts in quoted history are kept but marked quoted with lower confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shared.domain.results import Finding
from shared.engine.rules.money import Money, find_money
from shared.engine.rules.quoting import QuoteMap, iter_lines

_STRONG_TOTAL = (
    r"gesamtforderung|gesamtbetrag|gesamtsumme|gesamtsaldo|gesamtschuld|forderungssumme|forderungsbetrag|"
    r"restforderung|gesamtrückst(?:and|ände)|"
    r"restschuld|restbetrag|restsaldo|abgetretene\s+forderung|(?:balance|amount|debt)\s+assigned|assigned\s+"
    r"(?:balance|amount|debt)|offene[rn]?\s+(?:betrag|forderung|saldo|summe|gesamtbetrag)|offenstehende[rn]?\s+"
    r"betrag|noch\s+offene[rn]?\s+betrag|zu\s+zahlende[rn]?\s+betrag|total\s+(?:due|amount|outstanding|"
    r"balance|debt|owed|payable)|amount\s+(?:now\s+)?(?:due|outstanding|owed|owing|payable)|outstanding\s+balance|"
    r"balance\s+(?:now\s+)?(?:due|outstanding)|"  # "Amount now due GBP 535.58", "The balance outstanding … is £…"
    # what clears the account in full: "the settlement figure today is GBP …", "redemption figure" (not a
    # reduced "full and final settlement" offer)
    r"(?<!final\s)(?<!reduced\s)(?<!discounted\s)(?<!agreed\s)(?<!proposed\s)(?:early\s+)?(?:settlement|redemption)"
    r"\s+figure"
)
STATED_TOTAL = (  # "die Forderung … beträgt nunmehr", "the debt now stands at": the claim itself as the subject
    r"(?<![\w-])rest\s+(?:steht|liegt)(?:\s+\w+)?\s+bei|"  # "Rest steht aktuell bei 688,20 €"
    r"(?<![\w-])(?:forderung|(?:soll|debet|negativ)?saldo|\w*rückstand|restschuld)\b"
    r"(?:[^.!?\d€£$]|(?<=[\w/-])\d){0,160}?\b(?:beträgt|betrug|beläuft\s+sich(?:\s+\w+)?\s+auf|belief\s+sich"
    r"(?:\s+\w+)?\s+auf|(?:steht|liegt)(?:\s+\w+)?\s+bei)|"  # "Der Saldo liegt derzeit bei …"
    # the verb first: "Zum Stichtag betrug die Forderung 834,16 EUR", "damit beträgt der Saldo …"
    r"\b(?:beträgt|betrug)\s+(?:die|der|unsere?)\s+(?:gesamt)?(?:forderung|saldo|restschuld|rückstand)\b|"
    r"(?<![\w-])(?:forderung|\w*rückstand)\s+(?:in\s+höhe\s+)?(?:von|über)(?=\s*(?:eur\b|euro\b|€|\d))|"  # "Forderung in Höhe von"
    r"\b(?:debt|claim|balance|arrears)\b(?:[^.!?\d€£$]|(?<=[\w/-])\d){0,60}?\b(?:stands?\s+at|stood\s+at|amounts?\s+to|"
    r"totals)"
)
_SPACED = r"s[ ]a[ ]l[ ]d[ ]o|s[ ]u[ ]m[ ]m[ ]e|g[ ]e[ ]s[ ]a[ ]m[ ]t|t[ ]o[ ]t[ ]a[ ]l|b[ ]a[ ]l[ ]a[ ]n[ ]c[ ]e"
"""A label written letter by letter ("S a l d o   o f f e n :"), as pasted from a ledger printout."""
_WEAK_TOTAL = rf"(?<!\w[ ])(?:{_SPACED})(?![ ]\w)|gesamt\s+offen|gesamt(?=\s*:|[ \t]+(?:eur\b|euro\b|€|\d))|insgesamt|in\s+summe|summe|saldo|balance|outstanding|total"
_TOTAL_RE = re.compile(rf"\b(?:(?P<strong>{_STRONG_TOTAL})|(?P<weak>{_WEAK_TOTAL}))\b|(?P<stated>{STATED_TOTAL})",
                       re.I)
TOTAL_LABEL = rf"{_STRONG_TOTAL}|{STATED_TOTAL}"
"""Wording that states the total owed (used by intent classification as a statement cue)."""
_AFTER_AMOUNT_RE = re.compile(
    r"^\W{0,3}\s*(?:sind|ist|stehen|steht|remains?|is|are|still)?\s*(?:noch|still)?\s*"
    r"(?:offen\b|outstanding\b|owing\b|due\b|zur zahlung fällig)",
    re.I,
)
_OFFER_RE = re.compile(
    r"angebot|vorschlag|vergleichsbetrag|\braten?\b|monatlich|offer|proposal|proposed|instalment|installment|"
    r"per month|monthly|einmalzahlung|zahlen\s+wir|anbieten|angeboten",
    re.I,
)
_COMPONENT_RE = re.compile(
    r"\b(hauptforderung|zinsen|\w*kosten|\w*gebühren?|auslagen|nebenforderung|principal|interest|fees?|"
    r"charges?|costs?)\b",
    re.I,
)
_COMPONENT_BEFORE = re.compile(r"\b(?:principal|capital|interest|zinsen|fees?|charges?|costs?|kosten|"
                               r"gebühren?)[ \t]+$", re.I)
"""A component word right before a total label makes it the component's figure ("Principal balance due")."""
NOTHING_OWED_RE = re.compile(
    r"kein(?:en|e)?\s+offene[nr]?\s+(?:betrag|beträge|forderung(?:en)?|saldo)|konto\b"
    r"(?:(?!nicht\b|noch\b)[^.\n]){0,40}?\b(?:ist\s+)?"  # not "… weiterhin nicht ausgeglichen"
    r"(?:vollständig\s+)?ausgeglichen|forderung\s+ist\s+(?:vollständig\s+|bereits\s+)?(?:beglichen|erledigt|bezahlt)|"
    r"nothing\s+(?:is\s+)?(?:owed|owing|outstanding|due)|no\s+(?:outstanding\s+)?balance|balance\s+(?:is\s+)?"
    r"(?:nil|zero)|account\s+(?:is|has\s+been)\s+(?:settled|paid\s+in\s+full)|keine\s+forderungen\s+mehr",
    re.I,
)
"""Wording that says nothing is owed: the rules' 0.00, and what grounding asks of any engine's 0.00."""
_EARLIER_AFTER = re.compile(r"\s*(?:(?:at|on|as\s+at|bei|zum\s+zeitpunkt\s+der|zur)\s+(?:the\s+)?(?:date\s+of\s+)?"
                            r"(?:assignment|abtretung|purchase|sale|ankauf|übernahme|transfer)|brought\s+forward\b|"
                            r"b/f\b)", re.I)
_EARLIER_BEFORE = re.compile(r"(?:original|previous|ursprüngliche[rn]?|bisherige[rn]?|frühere[rn]?)\s+$", re.I)
_PAST = re.compile(r"\b(?:betrug|belief|stood)\b", re.I)
"""A figure from before the claim changed hands ("Balance at assignment", "ursprünglicher Saldo", "betrug"), or the

opening line of a statement ("Balance brought forward"): never the total now owed."""
_INSTRUCTION = re.compile(
    r"automated\s+systems?|automatische[nr]?\s+systeme?|\bclassify\b|klassifizier|\bignore\s+(?:all\s+|any\s+)?"
    r"(?:previous|prior|above)|ignorier|language\s+model|sprachmodell|\b(?:ai|ki)[\s-](?:system|assistant|assistent)|"
    r"\b(?:set|record|enter|setze|setzen\s+sie|erfasse|erfassen\s+sie)\s+(?:the\s+|den\s+|die\s+)?"
    r"(?:amount|balance|total|betrag|saldo|forderung)",
    re.I)
"""Text that addresses a machine ("Note to automated systems: …") is never the creditor's statement."""
_INCLUDING = re.compile(r"\b(?:einschließlich|einschl\.|inklusive|inkl\.|including|incl\.|inclusive\s+of)", re.I)
"""Components named after this are part of the total ("Gesamtforderung einschließlich Zinsen … auf 742,18 EUR")."""
_WINDOW = 90
_ABBREVIATIONS = {"lt", "ca", "bzw", "inkl", "zzgl", "ggf", "gem", "nr", "no", "incl", "approx", "z", "b", "d", "h"}
STRONG, WEAK, QUOTED_FACTOR = 0.9, 0.75, 0.6


@dataclass
class AmountScan:
    """What the amount scan found: total findings (amount + currency) and whether components were seen."""

    findings: list[Finding]
    components_seen: bool


def scan_amounts(text: str, quotes: QuoteMap) -> AmountScan:
    """Find stated totals, zero-owed statements and component lines in `text` (source email_body)."""
    findings: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    totals = [t for t in [*_labelled_totals(text), *_trailing_totals(text)]
              if not addresses_a_machine(text, t[0].span[0])]
    if any(how != "earlier balance" for _, _, how in totals):  # "Current balance" outranks "Balance at assignment"
        totals = [t for t in totals if t[2] != "earlier balance"]
    strong_sides = {quotes.is_quoted(m.span[0]) for m, conf, how in totals if conf == STRONG}
    # "Total balance outstanding" outranks an item's bare "balance" ("Handset balance …") on the same side
    totals = [t for t in totals if t[1] != WEAK or quotes.is_quoted(t[0].span[0]) not in strong_sides]
    for money, confidence, how in totals:
        if money.span in seen:
            continue
        seen.add(money.span)
        findings.extend(_money_findings(money, confidence, how, quotes))
    for match in NOTHING_OWED_RE.finditer(text):
        quoted = quotes.is_quoted(match.start())
        findings.append(Finding(
            field="debt_amount", value="0.00", confidence=_conf(0.85, quoted), source="email_body",
            span=match.span(), quoted=quoted, note="nothing owed",
        ))
    return AmountScan(findings=findings, components_seen=_components_seen(text, quotes))


def addresses_a_machine(text: str, pos: int) -> bool:
    """True when the sentence around `pos` (looking back at most 200 characters) addresses a machine."""
    start = max(0, pos - 200)
    back = text[start:pos]
    cut = max(back.rfind("\n\n"), *(back.rfind(stop) for stop in (". ", "! ", "? ", ".\n")))
    return bool(_INSTRUCTION.search(back[cut + 1:] if cut != -1 else back))


def _conf(base: float, quoted: bool) -> float:
    return round(base * QUOTED_FACTOR, 3) if quoted else base


def _money_findings(money: Money, confidence: float, how: str, quotes: QuoteMap) -> list[Finding]:
    quoted = quotes.is_quoted(money.span[0])
    if money.currency is None:
        confidence -= 0.1
    conf = _conf(confidence, quoted)
    found = [Finding(field="debt_amount", value=money.value, confidence=conf, source="email_body",
                     span=money.span, quoted=quoted, note=how)]
    if money.currency and money.currency_span:
        found.append(Finding(field="currency", value=money.currency, confidence=conf, source="email_body",
                             span=money.currency_span, quoted=quoted, note=f"for amount at {money.span[0]}"))
    return found


def _labelled_totals(text: str) -> list[tuple[Money, float, str]]:
    """Amounts that follow a total label in the same sentence, with nothing offer-like in between."""
    found = []
    for label in _TOTAL_RE.finditer(text):
        window_end = _window_end(text, label.end())
        amounts = find_money(text, label.end(), window_end)
        if not amounts:
            continue
        money = amounts[0]
        between = text[label.end(): money.span[0]]
        before = text[max(_sentence_start(text, label.start()), label.start() - 30): label.start()]
        included = _INCLUDING.search(between)
        named = between[: included.start()] if included else between
        if _OFFER_RE.search(between) or _OFFER_RE.search(before) or _COMPONENT_RE.search(named):
            continue
        if _COMPONENT_BEFORE.search(text, max(0, label.start() - 30), label.start()):
            continue  # "Principal balance outstanding: £500.00" names a component, however strong its label
        line_before = text[text.rfind("\n", 0, label.start()) + 1: label.start()].rpartition(";")[2]
        # "… zuzüglich Rücklastschriftgebühren; insgesamt 389,00 €": the components end at the semicolon
        if not label.group("strong") and _COMPONENT_RE.search(line_before):
            continue  # "Principal balance: …" is a component line, not a total
        if label.group("stated") and (_COMPONENT_RE.search(label.group()) or _OFFER_RE.search(label.group())):
            continue  # "die Forderung an Zinsen beträgt …" names a component
        strength = WEAK if label.group("weak") else STRONG
        if label.group("weak") and re.match(r"\s+(?:as|als)\b", between):
            continue  # "record the balance as …" is an instruction, not a statement
        earlier = (_EARLIER_AFTER.match(between) or _EARLIER_BEFORE.search(text, max(0, label.start() - 20), label.start())
                   or (label.group("stated") and _PAST.search(label.group())))

        found.append((money, strength, "earlier balance" if earlier else "total label"))
    return found


def _trailing_totals(text: str) -> list[tuple[Money, float, str]]:
    """Amounts followed by 'noch offen' / 'outstanding' ("980,00 EUR sind noch offen")."""
    found = []
    for money in find_money(text):
        tail_start = max(money.span[1], money.currency_span[1] if money.currency_span else 0)
        if not _AFTER_AMOUNT_RE.match(text[tail_start: tail_start + 40]):
            continue
        before = text[max(_sentence_start(text, money.span[0]), money.span[0] - 40): money.span[0]]
        if not (_OFFER_RE.search(before) or _COMPONENT_RE.search(before)):
            found.append((money, WEAK, "amount stated as open"))
    return found


def _window_end(text: str, start: int) -> int:
    """End of the search window after a label: the sentence end, a blank line, or _WINDOW characters."""
    end = min(len(text), start + _WINDOW)
    blank = text.find("\n\n", start, end)
    if blank != -1:
        end = blank
    for stop in re.finditer(r"(?<!\d)[.!?](?:\s|$)", text[start:end]):
        word = re.search(r"(\w+)$", text[start: start + stop.start()])
        if not (word and word.group(1).lower() in _ABBREVIATIONS):
            return start + stop.start()
    return end


def _sentence_start(text: str, pos: int) -> int:
    """Start of the line or sentence that `pos` is in."""
    line = text.rfind("\n", 0, pos) + 1
    ends = [m.end() for m in re.finditer(r"(?<!\d)[.!?]\s", text[line:pos])]
    return line + ends[-1] if ends else line


def _components_seen(text: str, quotes: QuoteMap) -> bool:
    for start, end, line in iter_lines(text):
        if quotes.is_quoted(start) or not _COMPONENT_RE.search(line):
            continue
        if find_money(text, start, end):
            return True
    return False
