"""Features of one candidate value (a grounded rules finding of debt_amount, creditor_name or a reference) for
the learned choice among an email's candidates ("Offline engine II"; models choice_<field>.json, trained by
tools/train_choice.py). Plain Python: every feature is a name with a value in [0, 1], built from

- the finding itself: source, section (subject / sender / PDF / newest body / signature / quoted history), the
  note saying how a finder found it, quoted, raw confidence, its rank in today's consolidation order;
- its context: folded label words left and right of its span on its line, the words of the line before, the line
  index and the relative position in its source, and the roles of the multilingual label lexicon
  (labels_lexicon.json: total, component, paid, offer, own or creditor reference, bank, phone, register, deadline,
  agent, owner, ...) that those words play (Lrole=, Rrole=, Prole=), the same feature in every language;
- the other candidates: how often the same value recurs and in how many sources, how many distinct values there are;
- per field: for amounts largest / smallest / zero / first or last in its source / a currency beside it / total
  words nearby, whether the rules found components only; for creditors the value in the sender's name or domain,
  in the signature, in the subject, after "im Auftrag" / "on behalf of", agency words in the value, and the role
  the candidate plays: a principal cue ("Gläubigerin:", "Mandantin", "Beistand") or a new-owner cue ("abgetreten
  an", "erworben") or an old-owner cue ("von der", "ursprünglich") just before it, a private person the writer
  acts for, the letterhead, a legal form, a person's title at its start, a single word, a department word at its
  end, another candidate that extends it or that it ends with ("Anmeldung der X AG" beside "X AG"), a line of
  register or bank details, a sender's display name that reads as a person (a client or a relative forwarding a
  creditor's letter); for references the code's shape (letters, digits, separators, length), whether a labelled
  finder took it or only the unplaced net saw it, and whether it lies inside another candidate or contains one;
  for payment deadlines the words of the date's sentence, "bis"/"by" before it, a period it starts or ends, the letter's
  date line, how many days after the mail it lies, and whether it is the earliest, latest or first future date.
Nothing here is specific to one email or one batch; the weights decide what matters.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Sequence

from shared.domain.client import reference_key
from shared.domain.mail import InboundMail
from shared.domain.results import Finding
from shared.domain.text import fold
from shared.engine import Document
from shared.engine.consolidate import pick_best
from shared.engine.grounding import source_text
from shared.engine.learned.lexicon import roles
from shared.engine.rules.quoting import QuoteMap, quote_map
from shared.engine.rules.unplaced import UNPLACED_NOTE

Features = dict[str, float]
WINDOW = 3  # label words taken on each side of a candidate's span, on its own line
LABEL_WINDOW = 6  # words left of a candidate on its line read for the lexicon's roles ("montant total restant du")
_WORD = re.compile(r"[a-z]+")
_CURRENCY = re.compile(r"€|£|\$|₺|\b(?:eur|euro|gbp|usd|chf|pln|zl|czk|kc|sek|dkk|nok|huf|ron|tl|kr)\b")
_TOTAL_WORDS = {"gesamt", "gesamtbetrag", "gesamtforderung", "insgesamt", "summe", "total", "balance", "due",
                "owed", "outstanding", "offen", "offene", "offener", "restforderung", "saldo", "forderung",
                "zahlbetrag", "amount", "payable", "betrag"}
_BEHALF = re.compile(r"im auftrag|in vollmacht|namens und|on behalf of|acting for|instructed by|"
                     r"(?:unsere[rn]?|our) (?:mandant|auftraggeber|client|principal)")
_AGENCY = re.compile(r"inkasso|collect|recover|rechtsanw|anwalt|kanzlei|legal|solicitor|law\b|credit management|"
                     r"verrechnungsstelle|abrechnungsstelle|abrechnungszentrum|privataerztliche|billing service|"
                     r"factoring|servicer|servicing|hausverwaltung|immobilienverwaltung|property manage|"
                     r"managing agent|letting agent")
"""A firm that collects or bills for someone else: collection agencies and lawyers, and the billing offices,
servicers and property managers that act for doctors, landlords and lenders (the claim's owner is then usually
named too)."""
_PRINCIPAL = re.compile(r"glae?ubiger(?:in)?\s*:|forderungsinhaber|ihre glae?ubigerin ist|auftraggeber(?:in)?\s*:|"
                        r"mandant(?:in|en)?|beistand|vertrete|creditor\s*:|client\s*:|principal")
_OWNER = re.compile(r"eigentuemer(?:in|s)?|vermieter(?:in|s)?|darlehensgeber(?:in|s)?|glaeubiger(?:in|s)?|"
                    r"\blandlord|\blender|\bowner")
"""Who owns the claim, named just before a candidate: "im Auftrag des Eigentümers Herrn X", "the landlord, Mr X"."""
_NEW_OWNER = re.compile(r"abgetreten an|verkauft an|uebertragen an|assigned to|sold to|transferred to|neue glaeubiger|"
                        r"new (?:creditor|owner)|erworben|purchased|acquired")
_OLD_OWNER = re.compile(r"\bvon (?:der|dem|den)\s*$|\bfrom\s*$|urspruenglich|original creditor|bisherig|frueher|"
                        r"previous")
_LEGAL = re.compile(r"\b(?:gmbh|ag|kg|kgaa|ohg|gbr|ev|e v|eg|se|ug|ltd|limited|plc|llp|llc|inc|corp|sa|sarl|s a r l|"
                    r"s a|bv|nv|ab|oy|srl|spa|dac|ek|e k|partg|mbb|sca|s c a|a g|vvag|ggmbh|"
                    r"aoer|a oe r|adoer|kdoer|k d oe r)\b")
_TITLE = re.compile(r"^(?:ra|rain|rae|rechtsanwalt|rechtsanwaeltin|dr|prof|herr|herrn|frau|mr|mrs|ms)\b")
_DEPARTMENT = re.compile(r"\b(?:kundendienst|kundenservice|kundenbuchhaltung|buchhaltung|forderungsmanagement|"
                         r"mahnwesen|abteilung|collections|arrears|recoveries|customer|service|services|team|"
                         r"department|billing|accounts|beistandschaften|jugendamt)$")

_REGISTRY = re.compile(r"\b(?:hrb|hra|registergericht|genossenschaftsregister|handelsregister|amtsgericht|iban|bic|"
                       r"ust|steuernummer|company no|registered)\b")
_PUBLIC_BODY = re.compile(r"(?:stadt|gemeinde|gemeente|gmina|kommune|commune|markt|landkreis|kreis|land|"
                          r"freistaat|bezirk|jobcenter|"
                          r"agentur fuer arbeit|"
                          r"bundesagentur|london borough|royal borough|department for|ministry of|comune di|hm revenue|"
                          r"hmrc|dwp)\b")
"""The legal body that owns a public claim, at the start of a name ("Stadt X", "Landkreis X", "Department for X")."""
_PUBLIC_OFFICE = re.compile(r"\b(?:\w*kasse|\w*amt|magistrat|musikschule|volkshochschule|vhs|verwaltung|office|unit|"
                            r"team|stelle|abteilung)\b")
"""A public body's office that collects for it ("Stadtkasse", "Gemeindeamt", "Magistrat der Stadt X", "Fines
Office")."""
_PERSON = re.compile(r"(?:[A-ZÄÖÜ][\w'.-]+ ){1,2}[A-ZÄÖÜ][\w'-]+")
"""A display name of two or three capitalised words and no organisation word: a person forwarding a letter."""


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _amount(value: str) -> Decimal | None:
    try:
        return Decimal(value)
    except InvalidOperation:
        return None


def value_key(field: str, value: str) -> str:
    """What makes two candidates the same value: the amount as a number, a reference by its letters and digits
    (`reference_key`), a name by its folded words."""
    if field == "debt_amount":
        amount = _amount(value)
        return str(amount.normalize()) if amount is not None else value
    if field == "reference_number":
        return reference_key(value)
    if field == "payment_deadline":  # an ISO date
        return value
    return " ".join(_words(value))


def _section(finding: Finding, quotes: QuoteMap) -> str:
    if finding.source != "email_body":
        return finding.source.split(":")[0]
    start = finding.span[0] if finding.span else 0
    if finding.quoted or quotes.is_quoted(start):
        return "quoted"
    return "signature" if start >= quotes.signature_start else "newest"


def _context(text: str, span: tuple[int, int]) -> Features:
    """Label words left (L1 nearest, L any of WINDOW) and right (R1, R), the line before (P), the line index."""
    start, end = span
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left, right = _words(text[line_start:start])[-WINDOW:], _words(text[end:line_end])[:WINDOW]
    before = _words(text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1: max(line_start - 1, 0)])[-WINDOW:]
    features: Features = {f"L={word}": 1.0 for word in left}
    features.update({f"R={word}": 1.0 for word in right})
    features.update({f"P={word}": 1.0 for word in before})
    line_words = _words(text[line_start:start])[-LABEL_WINDOW:]
    features.update({f"Lrole={role}": 1.0 for role in roles("labels", line_words)})
    features.update({f"Rrole={role}": 1.0 for role in roles("labels", right)})
    features.update({f"Prole={role}": 1.0 for role in roles("labels", before)})
    if left:
        features[f"L1={left[-1]}"] = 1.0
    if right:
        features[f"R1={right[0]}"] = 1.0
    line = text.count("\n", 0, start)
    features[f"line={min(line, 5)}"] = 1.0
    features["line_start"] = float(not text[line_start:start].strip())
    features["position"] = round(start / max(len(text), 1), 6)
    return features


def _amount_features(finding: Finding, findings: Sequence[Finding], text: str) -> Features:
    values = [a for a in (_amount(f.value) for f in findings) if a is not None]
    amount = _amount(finding.value)
    if amount is None or not values:
        return {}
    same_source = sorted(f.span[0] for f in findings if f.source == finding.source and f.span)
    start, end = finding.span or (0, 0)
    near = fold(text[max(0, start - 12): end + 12])
    label = set(_words(text[max(0, start - 60): start]))
    return {"largest": float(amount == max(values)), "smallest": float(amount == min(values)),
            "zero": float(amount == 0), "first_in_source": float(bool(same_source) and start == same_source[0]),
            "last_in_source": float(bool(same_source) and start == same_source[-1]),
            "currency_near": float(bool(_CURRENCY.search(near))), "total_words": float(bool(label & _TOTAL_WORDS))}


def _reference_features(finding: Finding, keys: Sequence[str], key: str) -> Features:
    """The code's shape (letters, digits, separators, length), whether a labelled finder took it, and whether it
    is part of, or contains, another candidate."""
    value = finding.value
    digits, letters = sum(map(str.isdigit, value)), sum(map(str.isalpha, value))
    separators = {c for c in value if not c.isalnum()}
    return {f"digits={min(digits // 3, 5)}": 1.0, f"letters={min(letters, 4)}": 1.0,
            "letters_first": float(value[:1].isalpha()), "all_digits": float(letters == 0),
            "spaced": float(" " in separators), "slash": float("/" in separators), "hyphen": float("-" in separators),
            "dot": float("." in separators), f"length={min(len(value) // 4, 5)}": 1.0,
            "labelled_finder": float(finding.note != UNPLACED_NOTE),
            "inside_other": float(any(k != key and key in k for k in keys)),
            "contains_other": float(any(k != key and k and k in key for k in keys))}


_BY_WORD = re.compile(r"\b(?:bis|spatestens|by|before|until|till|no later than|innerhalb|binnen|zum|am|on|due)\W*$")
_RANGE = re.compile(r"(?:\d[.\d]*\d\.?|\b(?:vom|from|zeitraum|period|ab))\s*(?:bis|-|–|to|until)?\s*$")
_DATE_LINE = re.compile(r"^\s*(?:(?:datum|date|dated|den)\b\W*|[a-zäöüß .-]{2,30},\s*(?:den\s+)?)?$")
SENTENCE = 90  # characters read on each side of a date for its sentence words


def _sentence(text: str, start: int, end: int) -> tuple[str, str]:
    """The words before and after a date in its sentence: at most SENTENCE characters, not across a blank line
    or a full stop followed by a space (the dots of dates and amounts do not end it)."""
    before = text[max(0, start - SENTENCE): start].rpartition("\n\n")[2]
    before = re.split(r"[.!?:]\s+(?=[A-ZÄÖÜ])", before)[-1]
    after = text[end: end + SENTENCE].partition("\n\n")[0]
    after = re.split(r"[.!?]\s", after, maxsplit=1)[0]
    return fold(before), fold(after)


def _deadline_features(finding: Finding, findings: Sequence[Finding], mail: InboundMail, text: str) -> Features:
    """For a date: how far after the mail it lies, whether it is the earliest or latest date of the mail, the words
    of its sentence (B= before, A= after), a "bis"/"by" right before it, whether it starts or ends a period ("vom
    01.07. bis 31.07."), and whether its line is the letter's date line."""
    from datetime import date

    try:
        day = date.fromisoformat(finding.value)
    except ValueError:
        return {}
    start, end = finding.span or (0, 0)
    before, after = _sentence(text, start, end)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    features: Features = {f"B={w}": 1.0 for w in _WORD.findall(before)[-8:]}
    features.update({f"A={w}": 1.0 for w in _WORD.findall(after)[:8]})
    features.update({"by_word": float(bool(_BY_WORD.search(before[-25:]))),
                     "period": float(bool(_RANGE.search(before[-25:]))),
                     "date_line": float(bool(_DATE_LINE.match(fold(text[line_start:start])))
                                        and not text[end: len(text) if line_end < 0 else line_end].strip())})
    days = sorted({f.value for f in findings})
    features["latest"], features["earliest"] = float(finding.value == days[-1]), float(finding.value == days[0])
    if mail.date is None:
        features["no_mail_date"] = 1.0
        return features
    ahead = (day - mail.date.date()).days
    bucket = ("past" if ahead < 0 else "0-6" if ahead < 7 else "7-20" if ahead < 21 else "21-45" if ahead < 46
              else "46-120" if ahead <= 120 else "later")
    features[f"ahead={bucket}"] = 1.0
    future = sorted(f.value for f in findings if f.value >= mail.date.date().isoformat())
    features["first_future"] = float(bool(future) and finding.value == future[0])
    return features


def _creditor_features(finding: Finding, mail: InboundMail, text: str, quotes: QuoteMap) -> Features:
    words = [w for w in _words(finding.value) if len(w) > 2]
    key = " ".join(_words(finding.value))
    name = " ".join(_words(mail.from_name or ""))
    domain = (mail.from_address or "").rpartition("@")[2].lower()
    signature = " ".join(_words(quotes.text[quotes.signature_start: quotes.history_start]))
    start = finding.span[0] if finding.span else 0
    before = fold(text[max(0, start - 80): start])
    legal, agency = bool(_LEGAL.search(key)), bool(_AGENCY.search(fold(finding.value)))
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start: text.find("\n", start) if "\n" in text[start:] else len(text)]
    return {"legal_form": float(legal), "title_start": float(bool(_TITLE.search(key))),
            "single_word": float(len(key.split()) == 1), "department_end": float(bool(_DEPARTMENT.search(key))),
            "person_principal": float("person" in (finding.note or "")),
            "principal_cue": float(bool(_PRINCIPAL.search(before[-40:]))),
            "owner_cue": float(bool(_OWNER.search(before[-40:]))),
            "new_owner_cue": float(bool(_NEW_OWNER.search(before[-40:]))),
            "old_owner_cue": float(bool(_OLD_OWNER.search(before[-40:]))),
            "agency_value_with_legal": float(legal and agency),
            "in_sender_name": float(bool(key) and key in name),
            "shares_sender_name_word": float(any(w in name.split() for w in words)),
            "in_sender_domain": float(any(w in domain for w in words)),
            "in_signature": float(bool(key) and key in signature),
            "in_subject": float(bool(key) and key in " ".join(_words(mail.subject))),
            "after_behalf": float(bool(_BEHALF.search(before))),
            "agency_words": float(agency),
            "registry_line": float(bool(_REGISTRY.search(fold(line)))),
            "public_body": float(bool(_PUBLIC_BODY.match(key))),
            "public_office": float(bool(_PUBLIC_OFFICE.search(key))),
            "sender_person": float(finding.source == "sender" and not legal and not agency
                                   and bool(_PERSON.fullmatch(finding.value))),
            f"value_words={min(len(key.split()), 5)}": 1.0}


_CAPTION = re.compile(r"([^\W\d_][\w'-]*)[ \t]*\./\.[ \t]*([^\W\d_][\w'-]*)")
"""A lawyer's caption "Ahlgrimm ./. Strauss-Koehler": the claimant's surname, then the other party's."""


def _captions(mail: InboundMail, documents: Sequence[Document]) -> tuple[list[str], list[str]]:
    """The words (folded) of the names before and after "./." in the subject, the body and the PDF texts."""
    before, after = [], []
    for text in (mail.subject, mail.text, *(d.text for d in documents if d.text)):
        for match in _CAPTION.finditer(text or ""):
            before += _words(match.group(1))
            after += _words(match.group(2))
    return before, after


def _party_features(value: str, debtors: Sequence[str], captions: tuple[list[str], list[str]]) -> Features:
    """Whose name a creditor candidate is: the debtor's (its surname among the candidate's words), the claimant's
    or the other party's of a caption ("X ./. Y")."""
    words = set(_words(value))
    surnames = {_words(name)[-1] for name in debtors if _words(name)}
    claimant, other = captions
    return {"names_debtor": float(bool(words & surnames)), "caption_claimant": float(bool(words & set(claimant))),
            "caption_other_party": float(bool(words & set(other)))}


def candidate_features(field: str, findings: Sequence[Finding], mail: InboundMail,
                       documents: Sequence[Document] = (), components_only: bool = False,
                       debtors: Sequence[str] = ()) -> list[Features]:
    """One feature dict per finding of `field` in `findings` (an email's grounded findings of that field);
    `components_only`: the rules found only components of an amount (principal, interest, fees) and no total;
    `debtors`: the debtor names the rules found (a creditor candidate that names the debtor is no creditor)."""
    quotes = quote_map(mail.text)
    order, rest = [], list(findings)
    while rest:  # today's consolidation order: non-quoted, confidence, source, position
        best = pick_best(rest)
        order.append(best)
        rest = [f for f in rest if f is not best]
    keys = [value_key(field, f.value) for f in findings]
    distinct = len(set(keys))
    captions = _captions(mail, documents) if field == "creditor_name" else ([], [])
    out = []
    for finding, key in zip(findings, keys):
        text = source_text(finding.source, mail, documents) or ""
        same = [f for f, k in zip(findings, keys) if k == key]
        rank = next(i for i, f in enumerate(order) if f is finding)
        features: Features = {f"source={finding.source.split(':')[0]}": 1.0,
                              f"section={_section(finding, quotes)}": 1.0, "quoted": float(finding.quoted),
                              "confidence": float(finding.confidence), f"rank={min(rank, 3)}": 1.0,
                              f"repeat={min(len(same), 3)}": 1.0,
                              "repeat_sources": float(len({f.source for f in same}) > 1),
                              f"distinct={min(distinct, 4)}": 1.0}
        note = re.sub(r"\d+", "N", finding.note or "none")
        features[f"note={note}"] = 1.0
        features.update({f"note_part={part.strip()}": 1.0 for part in note.split(",")})
        if finding.span:
            features.update(_context(text, finding.span))
        if field == "debt_amount":
            features.update(_amount_features(finding, findings, text))
            features["rules_components_only"] = float(components_only)
        elif field == "reference_number":
            features.update(_reference_features(finding, keys, key))
        elif field == "payment_deadline":
            features.update(_deadline_features(finding, findings, mail, text))
        else:
            features.update(_creditor_features(finding, mail, text, quotes))
            features.update(_party_features(finding.value, debtors, captions))
            features["letterhead"] = float(finding.source == "email_body" and not finding.quoted  # first 3 lines
                                           and any(f"line={n}" in features for n in range(3)))
            features["extended_by_other"] = float(any(k.startswith(f"{key} ") for k in keys))  # "X" beside "X Ltd"
            features["ends_with_other"] = float(any(key.endswith(f" {k}") for k in keys))  # "Anmeldung der X AG"
        out.append({name: value for name, value in features.items() if value})
    if field == "creditor_name":  # an owner named elsewhere makes the letterhead's firm likelier an agent
        owners = {keys[i] for i, features in enumerate(out) if "owner_cue" in features or "principal_cue" in features}
        for key, features in zip(keys, out):
            if owners - {key}:
                features["owner_named_elsewhere"] = 1.0
    return out
