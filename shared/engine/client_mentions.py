"""Every place a mail may name the debtor: person-name-like phrases and reference-shaped codes in the subject,
the body (quoted history included) and the text of its PDFs, for client matching to look up in the directory.

The extraction chooses one debtor name; a caseworker reads the whole letter. This module is that whole-letter
reading, and it decides nothing: it proposes *readings* of phrases as names (which word is the surname, which
are first names or initials), the directory keys to look them up by, and the codes that a known reference could
be. Scoring stays in `shared.engine.match`, with the same evidence and thresholds as for the extracted name.

Phrases (one line each): runs of capitalised words and initials ("Herrn Jürgen Strauß-Köhler", "K. Meyer",
"Patient Stefan Koch": the surname is read as each word in turn, with the one or two words before it as first
names); "Surname, First name" ("Meier, Karin"; not "Köln, Hauptstr. 5"); a surname in capitals before the first
name ("YILMAZ Mehmet"); after a lower-case honorific, the next lower-case words of a sloppy mail, in either
order ("hr. meyer klaus"). A single capitalised word is a phrase only after an honorific ("Frau Hoffmann").
Not read: the sender's own name, the lines after a closing formula (a letter's signatory: the creditor's staff,
or the firm's own in a quoted letter), a name right after a staff cue ("i.A.", "Sachbearbeiterin:",
"Rechtsanwalt", "z. Hd."), a line with a telephone number or an e-mail address (a contact) and a business named
after a person ("Autohaus Peter Wagner GmbH"): those people write or receive the letter, they are not its
subject. A reading knows where it stands, so matching can ask whether a date of birth or the record's address
is written beside it (`dates_near`, `address_near`).

Codes: within a run of letter/digit groups joined by single separators ("Telekom-Kundennummer 4711 0815 99"),
each stretch of up to six groups that starts and ends like a code and holds at least three digits, compared as
`reference_key` ("4711081599"); a stretch never leaves out a neighbouring group with a digit (no code is cut
out of an IBAN or a telephone number). A known reference found this way is evidence on its own (match.py requires it
to be at least MIN_REFERENCE_KEY characters long).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Sequence

from shared.domain.client import reference_key
from shared.domain.text import simplify
from shared.engine.mentions.dates import date_spans
from shared.engine.rules.dates import find_birth_dates

_L = r"[^\W\d_]"  # a letter of any alphabet
_WORD = rf"{_L}+(?:['’\-]{_L}+)*"
_HONORIFIC = re.compile(r"(?i)(?:herrn?|frau|hr|fr|mr|mrs|ms|miss|mx|dr|prof)\.?")
_TOKEN = re.compile(rf"(?i:\bi\.[ ]?[av]\.|\bppa\.)|{_WORD}\.?|,")
_SHORT = re.compile(rf"{_L}\.|{_L}{{2,3}}\.|{_L}\.?-{_L}\.?")  # "K.", "Th.", "A.-L.": shortened first names
_PARTICLES = {"von", "van", "de", "der", "den", "zu", "vom", "ten", "ter", "da", "di", "el", "al"}
_STAFF_CUE = re.compile(
    r"(?i)(?:\bi\.[ ]?a\.|\bi\.[ ]?v\.|\bppa\.|sachbearbeiter(?:in)?|ansprechpartner(?:in)?|bearbeiter(?:in)?|"
    r"rechtsanw(?:a|ä)lt(?:in|e)?|\bra(?:in)?\b|kassenwart(?:in)?|gesch(?:ä|a)ftsf(?:ü|u)hrer(?:in)?|"
    r"\bcontact\b|case\s+handler|your\s+adviser|signed|gez\.|z\.\s?hd\.?|zu\s+h(?:ä|a)nden|\battn\.?|\bfao\b|"
    r"attention\s+of|kanzlei|praxis|notariat|\bfa\.|firma)[\s:,]*(?:(?:herrn?|frau|mr|mrs|ms|dr|prof)\.?\s+)*$")
"""Words that introduce the letter's writer, its addressee at the firm or a business named after a person ("i.A.
Petra Lange", "Sachbearbeiterin: Frau Roth", "z. Hd. Frau Roth", "Praxis Dr. Stefan Koch")."""
_STAFF_WORD = re.compile(r"(?i)sachbearbeiter(?:in)?|ansprechpartner(?:in)?|bearbeiter(?:in)?|"
                         r"rechtsanw(?:a|ä)lt(?:in|e)?|ra(?:in)?|kassenwart(?:in)?|"
                         r"gesch(?:ä|a)ftsf(?:ü|u)hrer(?:in)?|"
                         r"contact|gez|kanzlei|praxis|notariat|firma")
"""A staff cue's word ends a run of capitalised words ("Ihr Sachbearbeiter Herr …")."""
_LEGAL_FORM = r"gmbh|ag|kg|ohg|gbr|ug|se|e\.\s?k\.|mbh|ltd|plc|llp|inc|limited|partner(?:schaft)?|co\.?"
_ORGANISATION_AFTER = re.compile(rf"(?i)[ \t]*(?:&|\+|und|and)?[ \t]*(?:[^\W\d_]+[ \t]+){{0,2}}?(?:{_LEGAL_FORM})\b")
_ORGANISATION_WORD = re.compile(rf"(?i)(?:{_LEGAL_FORM})")
"""A business named after a person: "Autohaus Peter Wagner GmbH", "Meyer & Partner"."""
_CONTACT_LINE = re.compile(r"(?i)\b(?:tel|telefon|fax|durchwahl|phone|mobil|mobile)\b\.?[ \t]*:?[ \t]*[+(\d]|"
                           r"[\w.+-]+@[\w-]+\.[\w.]+")
"""A line with a telephone number or an e-mail address gives a contact: the writer's staff, not the debtor."""
_ADDRESS_HEADER = re.compile(r"(?i)[ \t>*]*(?:von|an|cc|bcc|from|to|gesendet|sent)[ \t]*:")
"""A quoted message's sender and recipient lines (the firm's or the creditor's people; its subject line is read)."""
_CLOSING = re.compile(
    r"(?i)^\W*(?:mit\s+freundlichen\s+gr(?:ü|u|ue)(?:ß|ss)en|freundliche\s+gr(?:ü|u|ue)(?:ß|ss)e|"
    r"(?:viele|beste|herzliche|liebe|sonnige)\s+gr(?:ü|u|ue)(?:ß|ss)e|gr(?:ü|u|ue)(?:ß|ss)e?|mfg|lg|vg|"
    r"hochachtungsvoll|(?:kind|best|warm|kindest)\s+regards|regards|best\s+wishes|cheers|thanks|thank\s+you|"
    r"yours\s+(?:sincerely|faithfully|truly)|sincerely|many\s+thanks|vielen\s+dank|danke|--)\W*$")
_REPLY_HEADER = re.compile(r"(?i)^\W*(?:am\b.*schrieb|on\b.*wrote|-{2,}|von\s*:|from\s*:|betreff\s*:|subject\s*:)")
_RULE = re.compile(r"^[ \t]*[-_=*]{3,}[ \t]*$")
"""A horizontal rule: ticket systems and mail clients part messages with it (the signature delimiter is "--")."""
_SALUTATION = re.compile(r"(?i)^\W*(?:sehr\s+geehrte|guten\s+(?:tag|morgen|abend)|hallo\b|liebe[rs]?\s|dear\s|hello\b|"
                         r"hi\s|good\s+(?:morning|afternoon|evening)|moin\b)")
"""A salutation opens a letter: no signature holds one, so the quoted letter below a signature starts there."""
SIGNATURE_LINES = 5
"""How many non-empty lines after a closing formula are the signatory's (name, role, firm, address, phone)."""
_STOP = {"und", "and", "oder", "or", "aus", "bei", "hat", "ist", "has", "is", "the", "der", "die", "das", "wg",
         "wegen", "für", "fur", "for", "von", "mit", "per", "zu", "an", "im", "in", "am"}
"""Lower-case words that end a sloppy mail's name after an honorific ("herr koch aus mannheim")."""
_BARE_BIRTH_DATE = re.compile(r"[ \t]*[,(]?[ \t]*\*?[ \t]*(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b")
"""A date right after a name, in brackets or after '*' ("Stefan Koch (*03.03.1970)"): how a birth date is given."""
_LINE_END = re.compile(r"[ \t]*\n[ \t>]*")
_DIGIT_NEXT = re.compile(r"\.?[ \t]*\d")
_CODE_GROUP = re.compile(r"[A-Za-z0-9]+(?:[ \-./][A-Za-z0-9]+)*")
MAX_CODE_GROUPS = 6


@dataclass(frozen=True)
class Reading:
    """One way to read a phrase as a person's name: `name` as `match.parse_name` takes it, and where it stands."""

    name: str
    surname: str
    section: int  # index into MailMentions.sections
    start: int
    end: int
    reversed: bool = False  # surname first without a comma in mixed case ("Meyer Klaus"): the less likely order


@dataclass
class MailMentions:
    """The readings of name-like phrases and the reference keys of one mail, and its sections' texts."""

    sections: list[tuple[str, str]] = field(default_factory=list)  # (source, text): subject, body, pdf:<file>
    readings: list[Reading] = field(default_factory=list)
    reference_keys: set[str] = field(default_factory=set)
    _dates: dict[tuple[int, str], list] = field(default_factory=dict, repr=False)  # per (section, day)

    def source_of(self, reading: Reading) -> str:
        return self.sections[reading.section][0]

    def dates_near(self, reading: Reading, iso: str, before: int = 40, after: int = 120) -> bool:
        """Whether the day `iso` is written close to the reading ("Fatma Oeztuerk, geb. 08.08.1980")."""
        key = (reading.section, iso)
        if key not in self._dates:
            self._dates[key] = date_spans(iso, self.sections[reading.section][1])
        return any(reading.start - before <= start and end <= reading.end + after for start, end in self._dates[key])

    def birth_dates_near(self, reading: Reading, after: int = 120) -> set[str]:
        """The dates of birth (ISO) written with their label after the reading ("Peter Wagner, geb. 03.03.1970")."""
        key = (reading.section, "born")
        if key not in self._dates:
            self._dates[key] = [(f.span[0], f.span[1], f.value) for f in find_birth_dates(
                self.sections[reading.section][1], "email_body") if f.span]
        labelled = {iso for start, end, iso in self._dates[key] if reading.end <= start and end <= reading.end + after}
        bare = _BARE_BIRTH_DATE.match(self.sections[reading.section][1], reading.end)
        day = _day(*(int(bare.group(g)) for g in "ymd")) if bare else None
        return labelled | ({day} if day and day[:4] <= "2015" else set())

    def address_near(self, reading: Reading, street: str | None, postcode: str | None,
                     before: int = 10, after: int = 60) -> bool:
        """Whether the record's street with its house number ("Ringstraße 8", "Ringstr. 8", "221 Baker Street")
        or its postcode is written close to the reading."""
        text = self.sections[reading.section][1]
        window = _address_key(text[max(0, reading.start - before): reading.end + after])
        if postcode and re.search(rf"(?<!\d){re.escape(postcode)}(?!\d)", window):
            return True
        parts = re.fullmatch(r"(?P<name>.*?)(?P<number>\d+\s*[a-z]?)", _address_key(street or "").strip())
        if not parts or len(parts.group("name").strip()) < 3:
            return False
        name, number = re.sub(r"\W", "", parts.group("name")), re.sub(r"\W", "", parts.group("number"))
        squeezed = re.sub(r"\W", "", window)
        return f"{name}{number}" in squeezed or f"{number}{name}" in squeezed


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _address_key(text: str) -> str:
    """An address as compared: simplified, 'Straße'/'Strasse'/'Str.' written one way ('ringstr 8')."""
    return re.sub(r"stra(?:ss|s)e\b|str\b\.?", "str", simplify(text))


def read_mail(subject: str, body: str, documents: Sequence[str] = ()) -> MailMentions:
    """The readings and reference keys of a mail's subject, body (quoted history included) and PDF texts."""
    mentions = MailMentions(sections=[("subject", subject or ""), ("body", body or "")]
                            + [(f"pdf:{index}", text) for index, text in enumerate(documents) if text])
    for index, (_source, text) in enumerate(mentions.sections):
        lines = _readable_lines(text)
        for start, end in lines:
            mentions.readings.extend(_line_readings(text, start, end, index))
        for first, second in zip(lines, lines[1:]):
            if second[0] == first[1] + 1:
                mentions.readings.extend(_wrapped_readings(text, first, second, index))
        mentions.readings.extend(_form_fields(text, index))
        mentions.reference_keys |= code_keys(text)
    return mentions


_SURNAME_FIELD = re.compile(rf"(?im)^[ \t>*|]*(?:nachname|familienname|name|surname|last[ \t]+name|family[ \t]+name)"
                            rf"[ \t]*:[ \t]*(?P<value>{_WORD})[ \t]*(?:[|;,]|$)")
_FIRST_NAME_FIELD = re.compile(rf"(?im)(?:^|[|;,][ \t]*)[ \t>*]*(?:vorname|vornamen|first[ \t]+names?|forenames?|"
                               rf"given[ \t]+names?)[ \t]*:[ \t]*(?P<value>{_WORD}(?:[ \t]+{_WORD})?)[ \t]*(?:[|;,]|$)")
FIELD_DISTANCE = 200
"""How far apart a form's surname and first-name fields may stand ("Name: Meyer" … "Vorname: Klaus")."""


def _form_fields(text: str, section: int) -> list[Reading]:
    """A form's separate fields for the surname and the first name, read as "Surname, First"."""
    readings = []
    for surname in _SURNAME_FIELD.finditer(text):
        for first in _FIRST_NAME_FIELD.finditer(text, max(0, surname.start() - FIELD_DISTANCE),
                                                surname.end() + FIELD_DISTANCE):
            value = surname.group("value")
            start, end = min(surname.start("value"), first.start("value")), max(surname.end(), first.end("value"))
            readings.append(Reading(f"{value}, {first.group('value')}", value, section, start, end))
    return readings


def _readable_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line outside a signature: SIGNATURE_LINES non-empty lines after a closing formula,
    ended early by a reply header, a horizontal rule or a salutation (the quoted letter below starts there)."""
    lines, pos, skip = [], 0, 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        bare = line.lstrip("> \t")
        if _CLOSING.match(bare) and not _RULE.match(bare):
            skip = SIGNATURE_LINES
            continue
        if skip and (_REPLY_HEADER.match(bare) or _SALUTATION.match(bare)):
            skip = 0
        if skip:
            skip -= 1 if bare.strip() else 0
            continue
        lines.append((start, start + len(line)))
    return lines


def _line_readings(text: str, start: int, end: int, section: int) -> list[Reading]:
    """The readings of the runs of one line, without its contacts, staff and businesses."""
    if _CONTACT_LINE.search(text, start, end) or _ADDRESS_HEADER.match(text, start, end):
        return []  # a contact's line, or who sent or received a quoted message
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    readings: list[Reading] = []
    for run in _runs(text, tokens):
        if _STAFF_CUE.search(text, max(start, run[0][0] - 40), run[0][0]):
            continue  # the letter's writer or its addressee at the firm, not its subject
        if _ORGANISATION_AFTER.match(text, run[-1][1], end) or _organisation(run):
            continue  # a business named after a person
        readings.extend(_run_readings(text, run, section))
    return readings


def _organisation(run: list) -> bool:
    return any(_ORGANISATION_WORD.fullmatch(token[2]) for token in run)


def _wrapped_readings(text: str, first: tuple[int, int], second: tuple[int, int], section: int) -> list[Reading]:
    """A name broken over two lines of running text ("… für Herrn Klaus\nMeyer, geb. …"): the readings of the
    last words of a line joined with the first words of the next that cross the line end."""
    if not text[first[0]: first[1]].strip() or text[first[0]: first[1]].rstrip()[-1:] in ".:;,!?)":
        return []
    if any(_CONTACT_LINE.search(text, *line) or _ADDRESS_HEADER.match(text, *line) for line in (first, second)):
        return []
    tail = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, *first)][-3:]
    head = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, *second)][:2]
    if not tail or not head or text[tail[-1][1]: first[1]].strip() or text[second[0]: head[0][0]].strip(" \t>"):
        return []
    readings = []
    for run in _runs(text, tail + head, wrapped=True):
        if not run[0][0] < first[1] < run[-1][1]:
            continue  # both lines' own readings have it
        if _STAFF_CUE.search(text, max(first[0], run[0][0] - 40), run[0][0]):
            continue
        if _ORGANISATION_AFTER.match(text, run[-1][1], second[1]) or _organisation(run):
            continue
        readings += [r for r in _run_readings(text, run, section) if r.start < first[1] < r.end and not r.reversed]
    return readings


def _runs(text: str, tokens: list[tuple[int, int, str]], wrapped: bool = False) -> list[list]:
    """Runs of name tokens, each marked "h" (honorific), "n" (name word), "i" (initial) or "," (comma).

    A run continues over one or two blanks (`wrapped`: also over a line end); one comma joins "Surname, First".
    Capitalised words (or words in capitals) make a run; lower-case words join only after a lower-case honorific;
    a word ending a sentence ("… an Herrn Koch.") ends its run, an honorific or a staff cue's word starts the next.
    """
    runs: list[list] = []
    current: list = []
    lower_mode, previous_end, closed = False, None, False
    for start, stop, word in tokens:
        gap = text[previous_end:start] if previous_end is not None else ""
        joined = bool(current) and not closed and (gap in ("", " ", "  ", "\t") or wrapped and _LINE_END.fullmatch(gap))
        kind, word, closes = _kind(word, lower_mode and joined)
        if kind == "," and joined and current[-1][3] == "n" and all(t[3] != "," for t in current):
            current.append((start, stop, word, ","))
        elif kind in ("n", "i") and joined or kind == "h" and joined and current[-1][3] == "h":
            current.append((start, start + len(word), word, kind))
        else:
            runs.append(current)
            current = [(start, start + len(word), word, kind)] if kind in ("h", "n", "i") else []
        lower_mode = kind == "h" and word[0].islower() or (lower_mode and kind == "n" and word.islower())
        previous_end, closed = stop, closes
    runs.append(current)
    return [run for run in map(_trimmed, runs) if run]


def _kind(word: str, lower_allowed: bool) -> tuple[str, str, bool]:
    """(kind, the word without a sentence's full stop, whether the word ends its run)."""
    if word == ",":
        return ",", word, False
    if _HONORIFIC.fullmatch(word):
        return "h", word, False
    if _STAFF_WORD.fullmatch(word.rstrip(".:")):
        return "x", word, False
    if _SHORT.fullmatch(word):
        return ("i" if word[0].isupper() else "x"), word, False
    closes = word.endswith(".")
    bare = word.rstrip(".")
    if len(bare) < 2:
        return "x", bare, closes
    if bare[0].isupper() or (lower_allowed and bare.islower() and bare not in _STOP):
        return "n", bare, closes
    return "x", bare, closes


def _trimmed(run: list) -> list:
    """A run without a trailing comma; empty when it holds no name word, or one word without an honorific."""
    while run and run[-1][3] == ",":
        run = run[:-1]
    names = [t for t in run if t[3] in "ni"]
    if not any(t[3] == "n" for t in names) or (len(names) < 2 and not any(t[3] == "h" for t in run)):
        return []
    return run


def _run_readings(text: str, run: list, section: int) -> list[Reading]:
    """Readings of one run: each name word as the surname, with the one or two name words or initials before it
    as first names; "Surname, First" (unless an address follows: "Koch, Neckarstr. 7"); a surname in capitals
    or lower case with the words after it ("YILMAZ Mehmet", "meyer klaus"), and in mixed case with the word
    after it, marked `reversed` ("Koch Stefan")."""
    if any(t[3] == "," for t in run):
        comma = next(i for i, t in enumerate(run) if t[3] == ",")
        before, rest = run[comma - 1], run[comma + 1:]
        after = [t for t in rest if t[3] in "ni"][:2]
        readings = _run_readings(text, run[:comma], section) + _run_readings(text, rest, section)
        if before[3] == "n" and after and rest[0][3] != "h" and not _DIGIT_NEXT.match(text, after[-1][1]):
            readings.append(Reading(f"{before[2]}, {' '.join(t[2] for t in after)}", before[2], section,
                                    before[0], after[-1][1]))
        return readings
    readings = []
    names = [t for t in run if t[3] in "ni"]
    honorific = any(t[3] == "h" for t in run)
    for index, (start, end, word, kind) in enumerate(names):
        if kind != "n":
            continue
        if index == 0 and (honorific or len(names) == 1):
            readings.append(Reading(word, word, section, start, end))
        for width in (1, 2):
            if index >= width:
                first = names[index - width: index]
                readings.append(Reading(" ".join(t[2] for t in first) + " " + word, word, section, first[0][0], end))
        after = names[index + 1: index + 3]
        if after and len(word) > 1 and (word.isupper() or word.islower()):
            readings.append(Reading(f"{word}, {' '.join(t[2] for t in after)}", word, section, start, after[-1][1]))
        elif after and after[0][3] == "n":  # "Kunde: Meyer Klaus", as forms list surname first
            readings.append(Reading(f"{word}, {after[0][2]}", word, section, start, after[0][1], reversed=True))
    return readings


def code_keys(text: str) -> set[str]:
    """Reference keys of the code-like stretches of `text` (see the module docstring). A stretch never leaves out
    a neighbouring group with a digit: '1234 5678 90' inside the IBAN 'DE21 2005 0550 1234 5678 90' is no code."""
    keys = set()
    for match in _CODE_GROUP.finditer(text):
        if not any(ch.isdigit() for ch in match.group()):
            continue
        groups = re.split(r"[ \-./]", match.group())
        digits = [any(ch.isdigit() for ch in group) for group in groups]
        for i, head in enumerate(groups):
            if (i and digits[i - 1]) or not _code_end(head, start=True):
                continue
            for j in range(i, min(len(groups), i + MAX_CODE_GROUPS)):
                if (j + 1 < len(groups) and digits[j + 1]) or not _code_end(groups[j], start=False):
                    continue
                key = reference_key("".join(groups[i: j + 1]))
                if 5 <= len(key) <= 30 and sum(ch.isdigit() for ch in key) >= 3:
                    keys.add(key)
    return keys


def _code_end(group: str, start: bool) -> bool:
    """A group that can begin (or end) a code: it has a digit, or is a short prefix (suffix) of letters."""
    if any(ch.isdigit() for ch in group):
        return True
    return len(group) <= (4 if start else 3) or (start and group.isupper() and len(group) <= 5)

