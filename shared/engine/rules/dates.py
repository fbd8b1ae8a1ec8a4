"""Dates the rules engine reads, returned as ISO dates (YYYY-MM-DD).

Debtor date of birth: "geb. 01.02.1980", "geboren am 1. Februar 1980", "date of birth 1980-02-01",
"DOB 01/02/1980" (UK day-first), "born 1 February 1980".

Payment deadline, the day the creditor sets for payment: "zahlbar bis 15.01.2027", "Zahlungsfrist: 15.01.2027",
"fällig am ...", "Wir bitten um Ausgleich bis zum ...", "Bitte überweisen Sie den Betrag bis zum ...", "sofern
bis zum ... kein Zahlungseingang", "please pay by 15 January 2027", "due date: ...". Only in the newest message:
a deadline in quoted history is an old one. A date after "bis" without a payment word in the same sentence
("Rückmeldung bis zum ...", "Unser Angebot gilt bis ...") is not a payment deadline.
"""

from __future__ import annotations

import re
from datetime import date

from shared.domain.results import Finding
from shared.engine.rules.quoting import QuoteMap

_MONTHS = {
    "januar": 1, "jänner": 1, "january": 1, "jan": 1, "februar": 2, "february": 2, "feb": 2, "märz": 3,
    "maerz": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "mai": 5, "may": 5, "juni": 6, "june": 6,
    "jun": 6, "juli": 7, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "dezember": 12,
    "december": 12, "dez": 12, "dec": 12,
}
_LABEL = (
    r"geb\.|geboren(?:\s+am)?|geburtsdatum|geb\.-?datum|date\s+of\s+birth|d\.?o\.?b\.?|born(?:\s+on)?|"
    r"birth\s*date"
)
_DATE = (
    r"(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4}|\d{2}(?!\d))"  # "22-01-1969", "27.05.88"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"|(?P<td>\d{1,2})(?:st|nd|rd|th)?\.?\s*(?:of\s+)?(?P<tm>[A-Za-zä]{3,9})\.?,?\s+(?P<ty>\d{4})"
)
_DOB_RE = re.compile(rf"\b(?:{_LABEL})(?:\s+am)?[\s:]*(?P<date>{_DATE})", re.I)
CONFIDENCE, QUOTED_CONFIDENCE, SUBJECT_CONFIDENCE = 0.9, 0.55, 0.85

_BY = r"(?:bis\s+(?:zum\s+|spätestens\s+(?:zum\s+)?)?|spätestens\s+(?:bis\s+)?(?:zum\s+|am\s+)?)"
_SAME_SENTENCE = r"(?:(?![.!?]\s|\n\s*\n)[^\n]|\n(?!\s*\n)){0,60}?"
"""Up to 60 characters without leaving the sentence (the dots of '1.234,56' and of dates do not end it)."""
_PAY_WORD_DE = r"(?:ausgleich|zahlung|überweisung|begleichung|zahlen|überweisen|begleichen|ausgleichen|bezahlen)"
_PAY_WORD_EN = r"(?:pay|payment|settle|settlement|remit)"
_A_DATE = re.sub(r"\(\?P<\w+>", "(?:", _DATE)  # the same dates without group names, to use more than once
_DATE_RE = re.compile(_DATE)
_DEADLINE_RE = re.compile(
    rf"\b(?:zahlbar\s+{_BY}|zahlungsfrist\s*:?\s*(?:bis\s+)?(?:zum\s+)?|zahlungsziel\s*:?\s*|"
    rf"fällig\s+(?:am\s+|bis\s+(?:zum\s+)?)|due\s+date\s*:?\s*|(?:payable|due)\s+(?:by|on|before)\s+)"
    rf"(?P<date>{_A_DATE})"
    rf"|\b{_PAY_WORD_DE}\w*\b{_SAME_SENTENCE}\b{_BY}(?P<date_after_word>{_A_DATE})"
    rf"|\b{_BY}(?P<date_before_word>{_A_DATE}){_SAME_SENTENCE}\b(?:{_PAY_WORD_DE}|zahlungseingang|"
    rf"auf\s+unserem\s+konto)"
    rf"|\b{_PAY_WORD_EN}\b{_SAME_SENTENCE}\b(?:by|before|no\s+later\s+than)\s+(?P<date_en>{_A_DATE})",
    re.I,
)
DEADLINE_CONFIDENCE, SUBJECT_DEADLINE_CONFIDENCE = 0.85, 0.8


def find_birth_dates(text: str, source: str, quotes: QuoteMap | None = None) -> list[Finding]:
    """Date-of-birth findings (ISO values) in `text`; `source` names the text ("email_body"/"subject")."""
    findings = []
    for match in _DOB_RE.finditer(text):
        iso = _iso(match)
        if iso is None:
            continue
        quoted = bool(quotes and quotes.is_quoted(match.start()))
        confidence = QUOTED_CONFIDENCE if quoted else (CONFIDENCE if source == "email_body" else SUBJECT_CONFIDENCE)
        findings.append(Finding(field="debtor_date_of_birth", value=iso, confidence=confidence, source=source,
                                span=match.span("date"), quoted=quoted))
    return findings


def find_payment_deadlines(text: str, source: str, quotes: QuoteMap | None = None) -> list[Finding]:
    """Payment-deadline findings (ISO values) in `text` outside quoted history; `source` names the text."""
    findings = []
    for match in _DEADLINE_RE.finditer(text):
        group = next(name for name in ("date", "date_after_word", "date_before_word", "date_en") if match.group(name))
        if quotes and quotes.is_quoted(match.start(group)):
            continue
        iso = _iso(_date_only(match.group(group)), born=False)
        if iso is not None:
            confidence = DEADLINE_CONFIDENCE if source != "subject" else SUBJECT_DEADLINE_CONFIDENCE
            findings.append(Finding(field="payment_deadline", value=iso, confidence=confidence, source=source,
                                    span=match.span(group)))
    return findings


def date_mentions(text: str) -> list[tuple[int, int, str]]:
    """Every date `text` writes ("05.09.2028", "2028-09-05", "30 September 2028"): (start, end, ISO value), in
    order; the candidates of the learned payment-deadline choice (shared.engine.learned.choice)."""
    found = []
    for match in _DATE_RE.finditer(text):
        if text[max(0, match.start() - 1): match.start()].isdigit() or text[match.end(): match.end() + 1].isdigit():
            continue  # digits of a longer number or code
        iso = _iso(match, born=False)
        if iso is not None:
            found.append((match.start(), match.end(), iso))
    return found


def _date_only(written: str) -> re.Match[str]:
    """The date pattern's own match of a date found inside a longer pattern (its groups named as _iso reads them)."""
    return _DATE_RE.fullmatch(written)


def _iso(match: re.Match[str], born: bool = True) -> str | None:
    if match.group("d"):
        year = match.group("y")
        if len(year) == 2:  # a debtor is an adult: "88" is 1988, "05" is 2005; a deadline is this century's
            year = ("19" if born and int(year) > 10 else "20") + year
        parts = year, match.group("m"), match.group("d")
    elif match.group("iy"):
        parts = match.group("iy"), match.group("im"), match.group("id")
    else:
        month = _MONTHS.get(match.group("tm").lower())
        if month is None:
            return None
        parts = match.group("ty"), str(month), match.group("td")
    try:
        born = date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
    if not 1900 <= born.year <= 2100:
        return None
    return born.isoformat()
