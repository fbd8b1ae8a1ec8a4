"""The unplaced-identifier safety net: a code shaped like a creditor reference that no reference finding covers.

Reference extraction is label-based (`references`), so a number written without a known label, or under a label
the patterns do not know, is silently missed — and a missed reference on a report nobody looks at is the worst
outcome. This check runs after all findings are made: it looks through the creditor's own text (the subject, the
newest message of the body and readable attachment text) for tokens shaped like a reference (letters and digits
"FS-0027713", digit groups with separators "2026-77812", long digit runs "11882204", spaced groups
"41 771 200", codes set apart by single spaces as courts, lawyers and ledgers write them "3 C 218/27",
"1187/27 HS04", "RK 5531 0072 18") that no reference finding covers and that nothing else explains: dates,
times, amounts, percentages, years, phone/fax numbers, IBAN/BIC and bank lines, register/VAT/tax/SEPA-creditor ids,
postcodes, e-mail addresses, URLs, file names, paragraph cites, parcel numbers, labelled VINs and plates,
ticket tokens, and the firm's own numbers. If any remain, the extraction asks for review with the fixed reason
`UNPLACED_REASON` — never the token itself: reasons reach logs, email text must not.

Every pattern here is linear in the text's length: bounded repetitions only, and lookbehinds keep a match from
restarting inside a run of digits or letters.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from shared.domain.client import reference_key
from shared.domain.results import Finding
from shared.domain.review import reason
from shared.engine.rules.prefilter import Prefiltered, required_words
from shared.engine.rules.quoting import QuoteMap, iter_lines

UNPLACED_REASON = reason("unplaced_reference")
UNPLACED_NOTE = "unplaced"  # the note of such a code as a reference candidate (`unplaced_candidates`)

_MONTH = (r"(?:jan(?:uar|uary)?|j[äa]nner|feb(?:ruar|ruary)?|m[äa]rz|maerz|mar(?:ch)?|apr(?:il)?|mai|may|"
          r"jun[ei]?|jul[iy]?|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cz](?:ember)?)\.?")
_NOT_AFTER = r"(?<![A-Za-z0-9/.\-])"  # a pattern starts at a token's start, never inside one
_NOT_BEFORE = r"(?![A-Za-z0-9]|[-/.][A-Za-z0-9])"  # … and ends at its end
_NOT_NEXT_GROUP = r"(?<!(?-i:[0-9A-Z])[ \t])"  # … and is not the next group of a spaced code

# whole lines that are contact, bank, register or tax details, regulator numbers, parcel tracking, a meter, a
# vehicle, a helpdesk ticket or the firm's own number ("Ihr Zeichen"): each word ends where the label ends
_DETAIL_LINE = re.compile(
    r"(?<![A-Za-zÄÖÜäöüß])(?:"
    r"(?:tel|telefon|telefonnummer|telefax|fax|fon|phone|mobil|mobile|handy|hotline)(?:[ \t]*(?:nr|no|number))?"
    r"\.?[ \t]*[:.]?[ \t]*(?=[+(0-9])|"
    r"iban|bic|swift|blz|bankleitzahl|sort[ \t]?code|bankverbindung|bank[ \t]+details|kontoinhaber|"
    r"hrb|hra|handelsregister|registergericht|amtsgericht|registered[ \t]+(?:in|office|number|under|with)|"
    r"company[ \t]+(?:no|number|reg(?:istration)?)|companies[ \t]+house|"
    r"org\.?[ \t]?(?:nr|no)|organisationsnummer|organi[sz]ation[ \t]+(?:no|number)|"
    r"ust(?:-?id(?:nr|-nr)?)?|vat(?:[ \t]+(?:no|number|reg))?|steuer-?(?:nummer|nr|id)|tax(?:[ \t]+(?:no|number|id))|"
    r"finanzamt|gl(?:ä|ae)ubiger-?[ \t]?id|gl(?:ä|ae)ubiger-?identifikationsnummer|creditor[ \t]+id(?:entifier)?|"
    r"sendungs-?(?:nummer|nr|verfolgung)|paket-?(?:nummer|nr)|tracking(?:[ \t]+(?:no|number|id))?|parcel|"
    r"ticket(?:-?(?:nummer|nr|id|number))?|helpdesk|support-?(?:id|nr|nummer|number)|service[ \t]+request|"
    r"fca|frn|financial[ \t]+conduct[ \t]+authority|sra|regulated[ \t]+by|authori[sz]ed[ \t]+by|rdg|"
    r"z(?:ä|ae)hler(?:-?(?:nummer|nr|stand))?|z(?:ä|ae)hlpunkt(?:bezeichnung)?|meter[ \t]+(?:number|serial|no|id)|"
    r"mpan|mprn|gesch(?:ä|ae)ftsf(?:ü|ue)hr(?:er|erin|ung)|vorstand|aufsichtsrat|"
    r"fin|vin|fahrgestell-?(?:nummer|nr)|kennzeichen|registration[ \t]+(?:no|number|mark)|"
    # a patient's health-insurance, NHS or national-insurance number, an institution's code (IK)
    r"(?:kranken)?versicherten-?(?:nummer|nr)|krankenversicherungs-?(?:nummer|nr)|institutionskennzeichen|"
    r"(?:nhs|national[ \t]+insurance)[ \t]+(?:number|no)|"
    r"ico[ \t]+reg(?:istration)?(?:[ \t]+(?:no|number))?|data[ \t]+protection[ \t]+reg(?:istration)?|"
    r"ihr(?:e|es|em)?[ \t]+(?:zeichen|az|aktenzeichen|referenz|gesch(?:ä|ae)ftszeichen)|your[ \t]+ref(?:erence)?"
    r")(?![A-Za-zÄÖÜäöüß])",
    re.I)
_MASKS = [re.compile(p, re.I) for p in (
    r"\[#[^\]\n]{1,40}\]|(?<![A-Za-z])(?:ticket|case|sr|req)[ \t]?#[ \t]?[A-Za-z0-9-]{1,40}",  # "[#QK-2027-0216]"
    r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}",  # e-mail address
    r"(?:https?://|www\.)[^\s<>\"]{1,300}",  # URL
    r"(?<![\w.~-])[\w.~-]{1,120}\.(?:pdf|docx?|xlsx?|csv|txt|png|jpe?g|gif|tiff?|zip|html?|xml|eml|msg)(?![A-Za-z0-9])",  # file
    r"§§?\s?\d{1,4}[a-z]?(?:\s?(?:abs\.|absatz|satz|nr\.|s\.)\s?\d{1,3})*(?:\s[A-Z][A-Za-z]{1,6})?",  # § 288 BGB
    r"\b(?:de|gb|at|ch)\d{2}\s?z{3}\s?\d{8,11}",  # SEPA creditor id
    r"\b[a-z]{2}\d{2}(?:[ \t]?[a-z0-9]{4}){2,7}(?:[ \t]?[a-z0-9]{1,4})?(?![a-z0-9])",  # IBAN
    r"\b(?:de|gb|atu)\s?\d{9}\b",  # VAT id
    # dates: 17.11.2026, 17/11/26, 2026-11-17, 17. November 2026, November 17, 2026, 11/2026, Q3/2026
    _NOT_AFTER + r"\d{1,2}[./-]\s?\d{1,2}[./-]\s?(?:\d{4}|\d{2})" + _NOT_BEFORE,
    _NOT_AFTER + r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}" + _NOT_BEFORE,
    _NOT_AFTER + r"\d{1,2}(?:st|nd|rd|th)?\.?\s{0,3}(?:of\s)?" + _MONTH + r",?\s{0,3}\d{2,4}",
    _MONTH + r"\s{0,3}\d{1,2}(?:st|nd|rd|th)?,?\s{0,3}\d{4}",
    _NOT_AFTER + r"(?:q[1-4]|h[12]|kw\s?\d{1,2}|0?[1-9]|1[0-2])[./-]\s?(?:19|20)\d{2}" + _NOT_BEFORE,
    # years and year ranges: 2026, 2025/2026, 2025-26
    _NOT_AFTER + r"(?:19|20)\d{2}(?:\s?[-/–]\s?(?:19|20)?\d{2})?" + _NOT_BEFORE,
    _NOT_AFTER + r"\d{1,2}[:.]\d{2}(?::\d{2})?\s?(?:uhr|h|am|pm)\b",  # times
    _NOT_AFTER + r"\d{1,2}:\d{2}(?::\d{2})?" + _NOT_BEFORE,
    # money: 1.234,56  1,234.56  2.500,--  EUR 450  450 EUR  £75
    _NOT_AFTER + r"\d{1,3}(?:[.,' ]\d{3}){0,5}[.,](?:\d{2}|-{1,2}|—)" + _NOT_BEFORE,
    r"(?:€|£|\$|eur|euro|gbp|usd|chf)\s?\d{1,3}(?:[.,' ]?\d{3}){0,5}(?:[.,]\d{1,2})?",
    _NOT_AFTER + r"\d{1,3}(?:[.,' ]?\d{3}){0,5}(?:[.,]\d{1,2})?\s?(?:€|£|\$|eur\b|euro|gbp\b|usd\b|chf\b)",
    _NOT_AFTER + r"\d{1,6}(?:[.,]\d{1,4})?\s?(?:%|prozent|percent|per\s?cent)",  # percentages
    # phone numbers: +49 30 1234567, 0049 (0)30 …, 0800 172 1212, (030) 123 45-6 (never the next group of a
    # spaced code: "RK 5531 0072 18")
    r"(?:\+|(?<![A-Za-z0-9/.\-])" + _NOT_NEXT_GROUP + r"00)\d{1,3}[ \t]?(?:\(0\)[ \t]?)?\d{1,5}"
    r"(?:[ \t/.-]{1,3}\d{1,8}){0,5}",
    _NOT_AFTER + _NOT_NEXT_GROUP + r"\(?0\d{2,5}\)?(?:[ \t]?/[ \t]?|[ \t]|-)\d{2,8}(?:[ \t-]\d{1,8}){0,3}"
    + _NOT_BEFORE,
    # the firm's client number after the word for the firm's client ("dem Mandanten K-2012", "your client 2207/H");
    # "unsere Mandantin" is the creditor's lawyer's client, the creditor
    r"(?<![A-Za-z])(?<!unsere )(?<!unserer )(?<!unseren )(?<!unserem )(?:mandant(?:in|en|innen)?|your[ \t]+client(?:'s)?)"
    r"[ \t]+(?:(?:nr|no)\.?[ \t]*)?"
    r"[A-Za-z0-9][A-Za-z0-9/._-]{0,30}",
    r"(?:postfach|p\.?[ \t]?o\.?[ \t]?box|\bbox|\bdx)[ \t]?\d{1,6}(?:[ \t]\d{1,6}){0,3}",  # PO box, DX
    # UK and German postcodes before a town
    r"\b[a-z]{1,2}\d[a-z\d]?[ \t]\d[a-z]{2}\b",
    _NOT_AFTER + r"\d{5}[ \t]+[A-ZÄÖÜ][a-zäöüß]",
)]
# a character every match of the mask must contain (no case variants): a text without it is not scanned
_MASK_NEEDS = {0: "#", 1: "@", 4: "§"}
_MASKS_NEEDING = [(Prefiltered(pattern) if required_words(pattern) else pattern, _MASK_NEEDS.get(index))
                  for index, pattern in enumerate(_MASKS)]
_OWN_LABEL = re.compile(r"(?<![A-Za-z])(?:unser(?:e|es)?[ \t]+(?:zeichen|az\b|aktenzeichen|referenz|gesch(?:ä|ae)ftszeichen)|"
                        r"our[ \t]+(?:ref|file|reference))", re.I)
_CELL = re.compile(r"[^ \t|>]+(?: [^ \t|]+)*")  # a cell of a row parted by two spaces, a tab or '|'
_SPACED_CELL = re.compile(r"[^ \t>]+(?: [^ \t]+)*")  # … parted by two spaces or a tab
_DIGIT = re.compile(r"\d")
_MAX_ROW = 200  # a table's row is short
# headings of a table's columns whose values are no creditor reference: the property, the vehicle, the date …
_OTHER_HEADING = re.compile(
    r"objekt|liegenschaft|lage|wohnung|wohneinheit|we|geb(?:ä|ae)ude|property|premises|flat|site|standort|"
    r"vehicle|fahrzeug|modell?|datum|date|seite|page|sachbearbeiter(?:in)?|bearbeiter(?:in)?|durchwahl|extension",
    re.I)
_GROUPS_ONLY = re.compile(r"[ \t]*(?:[A-Z]{0,4}[0-9][A-Z0-9]{0,5}(?:[ \t]|$)){2,9}[ \t]*$")  # "DE89 3704 0044 …"
_ABBREVIATION = re.compile(r"[A-Za-z]{1,12}\.-?(?:[A-Za-z]{1,5}\.)?(?=\d)")  # a glued label: "KdNr.4471123"
_SPACED_CODE = (  # codes whose parts are set apart by single spaces, as courts, lawyers and ledgers write them
    r"(?:\d{1,3}[a-z]?|DR)[ \t](?:[A-Z]{1,3}|I{1,3}|IV)[ \t]\d{1,6}/\d{2,4}"  # "3 C 218/27", "DR II 8841/27"
    r"|\d{1,5}/\d{2}[ \t][A-Z]{1,3}\d{0,3}(?:-[a-z]{1,3})?"  # a lawyer's file: "1187/27 HS04", "112/27 OL-ks"
    r"|[A-Z]{2,4}[ \t]\d{1,8}(?:[ \t/-]\d{1,8}){0,4}"  # a letter prefix: "RK 5531 0072 18", "RE 28-10417"
    r"|\d{3,6}//\d{4,10}"  # "36201//0044712"
)
_TOKEN = re.compile(  # spaced codes, spaced digit groups ("41 771 200"), or letters and digits joined by - / . _
    r"(?<![A-Za-z0-9])(?:(?:" + _SPACED_CODE + r")(?![A-Za-z0-9]|[-/._][A-Za-z0-9])"
    r"|\d{1,6}(?:[ \t]\d{2,6}){1,5}(?:[-/]\d{1,4})?(?![A-Za-z0-9]|[-/._][A-Za-z0-9])"
    r"|[A-Za-z0-9]{1,60}(?:[-/._][A-Za-z0-9]{1,60}){0,8})")


def unplaced_identifiers(subject: str, quotes: QuoteMap, documents: Iterable[str],
                         findings: Sequence[Finding], firm_keys: Iterable[str] = ()) -> list[str]:
    """Tokens shaped like a reference in the creditor's text that no reference finding or exclusion explains.

    `quotes` is the body's QuoteMap: the newest message and the quoted history (where "Unser Zeichen/Our ref"
    lines are left alone, see `_candidates`) are read; `documents` are the readable attachments' texts;
    `findings` are the extraction's findings, `firm_keys` the reference keys of the firm's own numbers."""
    named = [(f"document:{index}", text) for index, text in enumerate(documents)]
    return [f.value for f in unplaced_candidates(subject, quotes, named, findings, firm_keys)]


def unplaced_candidates(subject: str, quotes: QuoteMap, documents: Iterable[tuple[str, str]],
                        findings: Sequence[Finding], firm_keys: Iterable[str] = ()) -> list[Finding]:
    """The tokens of `unplaced_identifiers` as reference candidates: a Finding each (confidence 0, note
    "unplaced") with its source ("subject", "email_body", or the name paired with a document's text) and span,
    quoted when it stands in the body's quoted history. The learned reference choice weighs them beside the
    labelled finds (shared.engine.learned.choice)."""
    known = {reference_key(f.value) for f in findings if f.field == "reference_number"} | set(firm_keys)
    known.discard("")
    texts = [("subject", subject, False), ("email_body", quotes.newest_text(), False),
             *((source, text, False) for source, text in documents), ("email_body", _history(quotes), True)]
    found = []
    for source, text, quoted in texts:
        for token, span in _candidates(text, quoted):
            key = reference_key(token)
            if key and not any(key in ref for ref in known):
                found.append(Finding(field="reference_number", value=token, confidence=0.0, source=source,
                                     span=span, quoted=quoted, note=UNPLACED_NOTE))
    return found


def _history(quotes: QuoteMap) -> str:
    """The quoted history only (the newest message blanked, offsets kept)."""
    text = quotes.text
    chars = [" " if c != "\n" else c for c in text[: quotes.history_start]] + list(text[quotes.history_start:])
    for start, end in quotes.quoted_lines:
        chars[start:end] = text[start:end]
    return "".join(chars)


def _candidates(text: str, quoted: bool = False) -> list[tuple[str, tuple[int, int]]]:
    """Reference-shaped tokens of `text` (with their spans) once the explained parts are blanked out. In quoted
    history, the values of "Unser Zeichen"/"Our ref" lines are also left alone: there the firm may be the author,
    and the creditor's own quoted labels are the reference extraction's to judge."""
    if not text.strip():  # blank (the quoted history of a mail that quotes nothing): no token can be there
        return []
    masked = _mask(text, quoted)
    tokens = []
    for match in _TOKEN.finditer(masked):
        token, start = match.group(0).rstrip("._-/"), match.start()
        if prefix := _ABBREVIATION.match(token):
            token, start = token[prefix.end():], start + prefix.end()
        if _shaped(token):
            tokens.append((token, (start, start + len(token))))
    return tokens


def _mask(text: str, quoted: bool = False) -> str:
    """`text` with every explained part replaced by spaces (offsets kept)."""
    chars = list(text)

    def blank(start: int, end: int) -> None:
        chars[start:end] = " " * (end - start)

    carry = False  # the previous detail line's value continues on this line ("sort code\n20-44-91, account …")
    heading: tuple[list[tuple[int, int]], list[tuple[int, int]]] | None = None  # a row of column headings
    for start, end, line in iter_lines(text):
        if len(line) > _MAX_ROW:
            labels, cells, spaced = list(_DETAIL_LINE.finditer(line)), [], []
        else:
            labels = list(_DETAIL_LINE.finditer(line))
            cells = [m.span() for m in _CELL.finditer(line)]
            spaced = [m.span() for m in _SPACED_CELL.finditer(line)]
        if not labels and quoted and (own := _OWN_LABEL.search(line)):
            labels = [own]
        label = labels[-1] if labels else None
        if heading is not None and line.strip(" \t>"):
            head, explained = heading
            heading = None
            if label is None and len(cells) == len(head):
                # the value row of a table: blank only the values under the explained headings ("Your ref",
                # "VIN", "Objekt"), the other columns' codes are still looked at ("Original agreement")
                for a, b in cells:
                    if any(a < col_end and col_start < b for col_start, col_end in explained):
                        blank(start + a, start + b)
                carry = False
                continue
        if len(cells) >= 2 and not _DIGIT.search(line):
            explained = [cell for cell in cells if any(cell[0] <= m.start() < cell[1] for m in labels)
                         or _OTHER_HEADING.fullmatch(line[cell[0]: cell[1]].rstrip(" :"))]
            if explained:  # a row of column headings: its detail columns explain the values below them
                heading = (cells, explained)
        if label is not None:
            first = 0
            if len(spaced) >= 2:  # a row of cells set apart by spaces ("RCF/HP/0098812   VIN W0L0…"): the
                # cells before the first detail label are no detail ('|' parts a footer's register details)
                first = next((a for a, b in spaced if b > labels[0].start()), 0)
            blank(start + first, end)
            carry = not _DIGIT.search(line, label.end()) or bool(_GROUPS_ONLY.match(line))
        elif carry and len(line) <= 80 and (_GROUPS_ONLY.match(line) or re.match(r"[ \t:]*[A-Z0-9+(]", line)):
            blank(start, end)
            carry = False
        else:
            carry = False
    masked = "".join(chars)
    for pattern, needs in _MASKS_NEEDING:
        if needs is None or needs in masked:
            masked = pattern.sub(_spaces, masked)
    return masked


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _shaped(token: str) -> bool:
    """Whether `token` looks like a file/account/invoice number."""
    digits = sum(map(str.isdigit, token))
    letters = sum(map(str.isalpha, token))
    if letters:
        return digits >= 3 and digits + letters >= 5
    return digits >= 6
