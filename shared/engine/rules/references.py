"""Creditor reference numbers: the creditor side's own file, customer, contract and invoice numbers.

Only values after a known label count ("Aktenzeichen", "Kundennummer", "Account number", "Our ref", ...), and
the value is kept exactly as written. The firm's own number ("Ihr Zeichen", "Ihr Az.", "Your ref") is skipped;
phone/fax numbers, IBAN, BIC, HRB, VAT/tax numbers and the SEPA creditor id carry no such label, so they are
never picked up.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from shared.domain.client import reference_key
from shared.domain.results import Finding
from shared.engine.rules.quoting import QuoteMap
from shared.engine.rules.subject import segments

_LABELS = (
    # "Member ID", "Contract ID", "Owner's account ID", "Account ref": before "member"/"account" alone
    r"(?:member|contract|customer|client|account|policy|loan|agreement)\s+id|account\s+ref(?:erence)?\.?|"
    r"acct\.?\s+(?:number|no\.?|ref(?:erence)?\.?)|client\s+ref(?:erence)?\.?|"
    # abbreviations: "Vertr.-Nr.", "Kto.-Nr.", "Mitgliedsnr."
    r"vertr\.-?\s?nr\.?|kto\.-?\s?(?:nr\.?)?|mitglieds-?\s?nr\.?|"
    # more label families: "Kassenzeichen" (public bodies), "Schuldner-Nr.", "Debitorennummer", "Auftragsnummer",
    # "Akten-Nr.", "Aktenz.", "Fall-Nr.", "Inkasso-Nr.", "Referenz-Nr.", "Ref.-Nr.", "Vorgangs-ID", "Schadennummer",
    # "Mandatsnummer", "Our file"
    r"re\.?-\s?nr\.?|kassenzeichen|schuldner-?\s?(?:nummer|nr\.?)|debitor(?:en)?-?\s?(?:nummer|nr\.?)|debitor(?=\s*:)|"
    r"auftrags-?\s?(?:nummer|nr\.?)|akten-?\s?(?:nummer|nr\.?)|aktenz\.|fall-?\s?(?:nummer|nr\.?)|"
    r"inkasso-?\s?(?:nummer|nr\.?)|referenz-?\s?(?:nummer|nr\.?)|ref\.-?\s?nr\.?|vorgangs-?\s?id|"
    r"schadens?-?\s?(?:nummer|nr\.?)|mandats-?\s?(?:nummer|nr\.?)|our\s+file(?:\s+(?:ref(?:erence)?|number|no)\.?)?|"
    # a court's file number and the enforcement-order number ("Geschäftsnummer 26-1234567-0-1")
    r"gesch(?:ä|ae)fts-?\s?(?:nummer|nr\.?)|(?:vollstreckungs|mahn)bescheid(?:s?-?\s?(?:nummer|nr\.?))?|"
    r"aktenzeichen|az\.?|(?:unser|mein)(?:e)?\s+(?:zeichen|az\.?|aktenzeichen|referenz|vorgangsnummer)|"
    r"gesch(?:ä|ae)ftszeichen|kunden-?\s?nummer|kunden-?\s?nr\.?|kd\.?-?\s?nr\.?|vertrags-?\s?nummer|"
    r"vertrags-?\s?nr\.?|rechnungs-?\s?nummer|rechnungs-?\s?nr\.?|forderungs-?\s?nummer|forderungs-?\s?nr\.?|"
    r"vorgangs-?\s?nummer|vorgangs-?\s?nr\.?|referenz(?:nummer)?|mitglieds-?\s?nummer|"
    # more label families: "Rg.-Nr.", "Beleg-Nr.", "Bestellnummer", "Mandatsreferenz", "Kontokorrent",
    # "Case ID", "Claim number", "Loan ref", "Statement no.", "Order no."
    r"rg\.?-?\s?nr\.?|beleg-?\s?(?:nummer|nr\.?)|bestell-?\s?(?:nummer|nr\.?)|mandatsreferenz(?:nummer)?|"
    r"kontokorrent(?:konto)?|case\s+id|claim\s+(?:number|no\.?|ref(?:erence)?\.?)|"
    r"loan\s+(?:number|no\.?|ref(?:erence)?\.?)|(?:final\s+)?statement\s+(?:number|no\.?)|"
    r"order\s+(?:number|no\.?)|"
    r"account\s+(?:number|no\.?)|customer\s+(?:number|no\.?|reference)|contract\s+(?:number|no\.?)|"
    r"invoice\s+(?:number|no\.?)|(?:final\s+)?bill\s+(?:number|no\.?)|agreement\s+(?:number|no\.?)|case\s+(?:number|no\.?|ref(?:erence)?\.?)|"
    r"our\s+ref(?:erence)?\.?|reference(?:\s+(?:number|no\.?))?|ref\.?|"
    r"(?:kunden|miet|mieter|vertrags|kredit|darlehens|beitrags|personen|buchungs|debitoren)konto(?:-?\s?nr\.?|nummer)?|konto-?\s?nr\.?|"
    r"konto|darlehen(?:snummer|s-?nr\.?)?|mahnungs?-?\s?(?:nummer|nr\.?)|\w*vertrag(?:\s+nr\.?)?|\w*rechnung|"
    r"versicherungs(?:schein)?-?\s?(?:nummer|nr\.?)|polic(?:y|e)\s+(?:number|no\.?)|"
    r"reminder\s+(?:number|no\.?)|invoice|agreement|"
    r"vorgang|patienten-?\s?(?:nummer|nr\.?)|membership(?:\s+(?:number|no\.?))?|"
    r"member(?:\s+(?:number|no\.?))?|contract\s+account|(?:loan|card|credit)\s+account|account(?=\s*[:#])|case"
)
_BARE_LABEL = re.compile(r"^(?:\w*rechnung|invoice|agreement|konto|vorgang|case|\w*vertrag)$", re.I)
_IBAN_RE = re.compile(r"^[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,}", re.I)
_SUBJECT_CODE = re.compile(r"^(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z][A-Za-z0-9]*(?:[-/.][A-Za-z0-9]+)+$")
_LABEL_RE = re.compile(rf"(?<![\w-])(?P<label>{_LABELS})(?![\w])", re.I)
_VALUE_RE = re.compile(
    r"(?:[ \t]+(?i:der|des|bei|of\s+the)[ \t]+(?i:unserer[ \t]+|our[ \t]+)?[\wäöüßÄÖÜ]+"  # "… der Auftraggeberin:"
    r"|[ \t]+(?i:auftraggeber(?:in|s)?|gläubiger(?:in|s)?|mandant(?:in|en)?)"  # "Kundennummer Auftraggeberin …"
    r"|[ \t]+(?i:für|for)[ \t]+(?i:diese[nms]?|this|the|your)[ \t]+[\wäöüßÄÖÜ]+)?"  # "Unser Zeichen für diese …"
    r"(?:[\s:#.]*(?i:nr\.?|no\.?|number|az\.?)(?![A-Za-z])){0,2}[\s:#.]*"  # "Our file number: AZ 2026-…"
    # a letter code, a space and a file number with its parts: "RPI 27/0451", "KW-FM 2207/Ho", "HV-K 27-0119"
    r"(?P<value>[A-Z]{1,4}(?:-[A-Z]{1,4}){0,2} \d{2,}(?:[-/.][A-Za-z0-9]{1,8}){1,3}(?![\w/-])"
    r"|[A-Z]{1,4} \d{2,}(?: \d{2,})*(?:-\d{1,3})?(?![\w-])"
    r"|[A-Za-z0-9](?:[A-Za-z0-9/._-]|(?<=\d) (?=\d)|(?<=\d) [A-Z]{1,3} (?=\d))*"
    r"(?P<initials>(?<=\d) (?!EUR\b|GBP\b|USD\b|CHF\b)[A-Z]{2,3}(?![\w-])(?=[ \t]*(?:$|[,;)]|[-–|·][ \t])))?)"
)
_FILLER_RE = re.compile(r"[ \t]+(?:for[ \t]+(?:this|the|your[ \t]+client's)[ \t]+(?:account|claim|debt|matter|file)"
                        r"[ \t]+)?(?:is|lautet|ist)\b[ \t:]*", re.I)
_NUMBER_LABEL = re.compile(r"(?:ref\.?|referenz|reference|nummer|nr\.?|number|no\.?|zeichen)$", re.I)
_REGISTRY_LINE = re.compile(r"registriert|\brdg\b|eingetragen|register-?\s?(?:nummer|nr)|registergericht|\bhrb\b|\bhra\b|"
                            r"handelsregister|\bblz\b|"
                            r"registered\s+(?:in|under|with)|ust-?id|vat|"
                            r"sort\s+code|\biban\b|\bbic\b|bankverbindung|anderkonto", re.I)  # own bank details
_FOREIGN_RE = re.compile(r"(?:\b(?:ihr|ihre|ihres|ihrem|your)\s+)$", re.I)
_OWN_SIDE_LABEL = re.compile(r"^(?:az|akten|ref|referenz|reference|gesch|case|fall|vorgang)", re.I)
_OUR_LABEL = re.compile(r"^(?:unser|our)", re.I)
_NOT_VALUES = re.compile(r"^(?:vom|from|dated|der|des|the|und|and)$", re.I)
BODY_CONFIDENCE, SUBJECT_CONFIDENCE, QUOTED_CONFIDENCE = 0.85, 0.8, 0.5
_FIRM_LABEL = re.compile(r"(?<![\w-])(?:ihr(?:e|es|em)?[ \t]+(?:zeichen|az\.?|aktenzeichen|referenz|gesch(?:ä|ae)ftszeichen)"
                         r"|your[ \t]+ref(?:erence)?\.?)(?![\w])", re.I)
_TICKET = re.compile(r"ticket|support|service[ -]?request|\bsr\b|helpdesk", re.I)
_PIPED = re.compile(r"\|[ \t]*([^|\n]{3,40}?)[ \t]*(?=\||$)")
_SUBJECT_NUMBER = re.compile(r"^(?=[\d/-]{7})\d{2,}(?:[-/]\d+){1,4}(?:-[A-Za-z0-9]{1,3})?$")  # "| 4410-7782", "[26-1234567-0-1]"
_WITH_NUMBER = re.compile(  # "das Konto mit der Nummer 4471-2290", "the account with the number 4471"
    r"(?:\b(?i:forderung|konto|kundenkonto|vertrag|akte|rechnung|vorgang|claim|account|agreement|file)[ \t\n]+"
    r"(?i:mit[ \t\n]+der|with(?:[ \t\n]+the)?)[ \t\n]+(?i:nummer|number|referenz|reference)"
    # "the account is held with us under 4471-2290", "recorded under number 4471"
    r"|\b(?i:held|kept|registered|recorded|filed|managed)[ \t\n]+(?:(?i:with[ \t\n]+us|here)[ \t\n]+)?"
    r"(?i:under)(?:[ \t\n]+(?i:the[ \t\n]+)?(?i:number|no\.|reference))?)[ \t\n]+"
    r"(?P<value>(?:[A-Z]{1,4} (?=\d))?[A-Za-z0-9](?:[A-Za-z0-9/._-]|(?<=\d) (?=\d)){2,30})")
_AUTHOR_LINE = re.compile(r"^[> \t]*(?P<author>(?:von|from)[ \t]*:[^\n]{1,200}|(?:am|on)\b[^\n]{1,200}?"
                          r"(?:schrieb|wrote)\b)", re.I | re.M)  # "Von: X <a@b>", "On 3 March, X <a@b> wrote:"
_BRACKETED = re.compile(r"[\[(]([^\[\]()\n]{3,40})[\])]")
_HELD_UNDER = re.compile(
    r"\b(?i:unter)[ \t\n]+(?:(?:(?i:der)[ \t\n]+)?(?i:nummer|nr\.?)[ \t\n]*)?"
    r"(?P<value>(?:[A-Z]{1,4} (?=\d))?[A-Za-z0-9](?:[A-Za-z0-9/._-]|(?<=\d) (?=\d)){2,30})"
    r"[ \t\n]+(?:(?i:bei[ \t\n]+uns|hier)[ \t\n]+)?(?i:geführt)"
    # "Bitte geben Sie bei Zahlung stets die Nummer 4471-2290 an."
    r"|\b(?i:geben[ \t\n]+sie)[ \t\n]+(?:(?i:bitte|stets|immer|bei[ \t\n]+(?:zahlung|überweisung|rückfragen)(?:en)?)"
    r"[ \t\n]+){0,3}(?i:die|diese|unsere)[ \t\n]+(?i:nummer)[ \t\n]+"
    r"(?P<value2>(?:[A-Z]{1,4} (?=\d))?[A-Za-z0-9](?:[A-Za-z0-9/._-]|(?<=\d) (?=\d)){2,30})[ \t\n]+(?i:an)\b")
_TABLE_HEADER = re.compile(
    r"^[ \t|]*(?:invoice|rechnung|re|beleg|kunden|vertrag|vertrags|konto|akten|account|customer|contract|policy|"
    r"reference|ref|order|bestell|dokument|document|vorgang)(?:s?-?\s?(?:nummer|nr\.?|no\.?|number|zeichen|id))?"
    # the other columns name dates or amounts: "Invoice | Order date | Amount", "Rechnung Datum Betrag"
    r"[ \t|]+(?=[^\d\n]{0,80}?\b(?:datum|date|betrag|amount|summe|total|fällig|due|saldo|balance|offen|"
    r"outstanding|zeitraum|period)\b)[^\d\n]{2,80}$\n", re.I | re.M)
_TABLE_ROW = re.compile(  # the next cell is a date or an amount, or set apart by a tab, '|' or two spaces
    r"(?:[ \t]*\n)*[ \t|]*(?P<value>[A-Za-z]{0,6}[-/]?\d[A-Za-z0-9/_-]{2,24})"
    r"(?:[ \t]*[\t|][ \t|]*|[ \t]{2,}|[ \t]+(?=[^\s]*[./,€£$]))[^\n]*\d[^\n]*(?:\n|$)")


def find_references(text: str, source: str, quotes: QuoteMap | None = None,
                    firm_domains: tuple[str, ...] = ()) -> list[Finding]:
    """Reference findings in `text` (the mail body or subject, named by `source`), in order of appearance.

    `firm_domains` (the mail's recipients' domains, the firm's) tell whose quoted message an "Unser Zeichen" is
    in: a quoted message whose "Von:/From:" line names none of them was the creditor side's."""
    findings: list[Finding] = []
    registry: dict[int, bool] = {}
    authors = [(m.start(), m.group("author")) for m in _AUTHOR_LINE.finditer(text)] if quotes and firm_domains else []
    for label in _LABEL_RE.finditer(text):
        prefix = text[max(0, label.start() - 12): label.start()]
        if _OWN_SIDE_LABEL.match(label.group("label")) and _FOREIGN_RE.search(prefix):
            continue
        line_start = text.rfind("\n", 0, label.start()) + 1
        line_end = text.find("\n", label.end())
        if line_start not in registry:  # each line is checked once, however many labels it holds
            line = text[line_start: len(text) if line_end == -1 else line_end]
            registry[line_start] = bool(_REGISTRY_LINE.search(line))
        if registry[line_start]:
            continue  # "Registriert nach § 10 RDG …, Az. 3712 E": a registration, not a claim
        value_start = label.end()
        if _NUMBER_LABEL.search(label.group("label")) and (filler := _FILLER_RE.match(text, value_start)):
            value_start = filler.end()  # "Their reference for this account is\nLPL-…"
        span = _value_span(text, value_start)
        if span is None and line_end != -1 and not text[value_start: line_end].strip(" \t:"):
            span = _value_span(text, line_end + 1)  # the value on the next line ("Kundenkonto\nKD-451190")
        if span is None:
            continue
        quoted = bool(quotes and quotes.is_quoted(label.start()))
        if quoted and _OUR_LABEL.match(label.group("label")) and not _creditor_wrote(authors, label.start(), firm_domains):
            continue  # "our" in quoted history is the quoted author's (often the firm's own) number
        own = BODY_CONFIDENCE if source == "email_body" else SUBJECT_CONFIDENCE
        confidence = QUOTED_CONFIDENCE if quoted else own
        findings.append(Finding(field="reference_number", value=text[span[0]: span[1]], confidence=confidence,
                                source=source, span=span, quoted=quoted))
    return findings


def _creditor_wrote(authors: list[tuple[int, str]], pos: int, firm_domains: tuple[str, ...]) -> bool:
    """Whether the quoted message holding `pos` names its author, and the author is not the firm."""
    index = bisect_right(authors, (pos, "\uffff")) - 1
    if index < 0:
        return False
    author = authors[index][1].lower()
    return "@" in author and not any(domain in author for domain in firm_domains)


def firm_references(text: str, quotes: QuoteMap | None = None) -> set[str]:
    """Keys (reference_key) of the firm's own numbers the creditor's newest words name as such ("Ihr Zeichen:
    SB-2027-0112", "Your Ref: BR/019/27"): the same number elsewhere (alone in the subject, "| SB-2027-0112") is
    not the creditor's. Quoted history is skipped: there the firm wrote, and its "Ihr Az." is the creditor's."""
    keys = set()
    for match in _FIRM_LABEL.finditer(text):
        if quotes and quotes.is_quoted(match.start()):
            continue
        span = _value_span(text, match.end())
        if span and (key := reference_key(text[span[0]: span[1]])):
            keys.add(key)
    return keys


def find_subject_codes(subject: str) -> list[Finding]:
    """Unlabelled file numbers standing alone between separators in a subject ("… - John Smith - BC-5512-0099",
    "Mahnung 2. Stufe | RE-88213-B") or in brackets ("Vergleichsangebot Meyer [vk-2207-hs]")."""
    parts = [(offset, value, False) for offset, value in segments(subject, r" - | / |, |: | ?\| ?| – ")]
    parts += [(m.start(1), m.group(1), True) for m in _PIPED.finditer(subject)]
    if not _TICKET.search(subject):  # "[SR-2027-0042]" of a helpdesk ticket is its token, not a claim's number
        parts += [(m.start(1), m.group(1), True) for m in _BRACKETED.finditer(subject)]
    findings, seen = [], set()
    for offset, value, set_apart in sorted(parts):
        shaped = _SUBJECT_CODE.match(value) or (set_apart and _SUBJECT_NUMBER.match(value) and _plausible(value))
        if shaped and offset not in seen and not _IBAN_RE.match(value) and not find_references(value, "subject"):
            seen.add(offset)
            findings.append(Finding(field="reference_number", value=value, confidence=0.7, source="subject",
                                    span=(offset, offset + len(value)), note="unlabelled code in the subject"))
    return findings


def find_sentence_references(text: str, source: str, quotes: QuoteMap | None = None) -> list[Finding]:
    """A number the sentence itself says the claim or account is kept under, without a label word:
    "die unter 4410-7782 geführte Forderung", "wird bei uns unter der Nummer 4410-7782 geführt"."""
    findings = []
    matches = [*_HELD_UNDER.finditer(text), *_WITH_NUMBER.finditer(text)]
    for match in sorted(matches, key=lambda m: m.start()):
        start, end = match.span("value" if match.group("value") else "value2")
        while end > start and text[end - 1] in "._-/":  # the sentence's full stop is not part of the number
            end -= 1
        if not _plausible(text[start:end]):
            continue  # a date, an amount or no number at all
        quoted = bool(quotes and quotes.is_quoted(start))
        confidence = QUOTED_CONFIDENCE if quoted else BODY_CONFIDENCE if source == "email_body" else SUBJECT_CONFIDENCE
        findings.append(Finding(field="reference_number", value=text[start:end], confidence=confidence,
                                source=source, span=(start, end), quoted=quoted))
    return findings


def find_table_references(text: str, source: str, quotes: QuoteMap | None = None) -> list[Finding]:
    """Invoice numbers in the first column of an invoice list (an HTML table or a PDF's table as text):
    under a header row "Invoice | Order date | Amount" / "Rechnung Datum Betrag", each row's leading code."""
    findings = []
    for header in _TABLE_HEADER.finditer(text):
        pos = header.end()
        for _ in range(60):  # rows, blank lines between them allowed; a row without a leading code ends the table
            row = _TABLE_ROW.match(text, pos)
            if not row:
                break
            start, end = row.span("value")
            if _plausible(text[start:end]):
                quoted = bool(quotes and quotes.is_quoted(start))
                confidence = QUOTED_CONFIDENCE if quoted else BODY_CONFIDENCE
                findings.append(Finding(field="reference_number", value=text[start:end], confidence=confidence,
                                        source=source, span=(start, end), quoted=quoted, note="invoice list row"))
            pos = row.end()
    return findings


def _value_span(text: str, pos: int) -> tuple[int, int] | None:
    """Span of the reference value right after a label, or None when what follows is no reference."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end == -1 else line_end
    match = _VALUE_RE.match(text, pos, line_end)
    if not match:
        return None
    start, end = match.span("value")
    if match.group("initials") and "/" not in text[start: match.start("initials")]:
        end = match.start("initials")  # handler's initials only after a court-style file number ("118/26 SE")
    while end > start and text[end - 1] in "._-/":
        end -= 1
    return (start, end) if _plausible(text[start:end]) else None


def _plausible(value: str) -> bool:
    """Whether `value` can be a reference number: not a date, a year, an amount, a billing period or an IBAN."""
    if len(value) < 3 or not re.search(r"\d", value) or _NOT_VALUES.match(value) or _IBAN_RE.match(value):
        return False
    if re.match(r"(?:0?[1-9]|1[0-2])/(?:\d\d|\d{4})(?:\s|$)", value):  # a billing period ("Rechnung 09/2026"), not a number
        return False
    if re.fullmatch(r"\d{1,2}([./-])\d{1,2}\1\d{2,4}|(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?|\d{1,3}(?:[.,]\d{3})*[.,]\d\d", value):
        return False  # a date, a year ("Jahresrechnung 2026") or an amount ("Rechnung 59,99"), not a number
    return True
