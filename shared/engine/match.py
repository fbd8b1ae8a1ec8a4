"""Client matching: find the firm's client an email is about, from the consolidated debtor name, date of birth
and creditor references and from every name-like phrase and code of the whole mail (`client_mentions`), via
one ClientDirectory index lookup per email. Each candidate is scored on its best reading: the extracted name,
or a phrase of the mail ["mention:subject|body|pdf"] with a date of birth or the record's address beside it
["address"] +ADDRESS, a surname read first without a comma ["name:reversed"] REVERSED_ORDER.

Scoring per candidate (evidence strings in brackets):
  surname equal, folded or transliterated ["name:exact" with first name, "name:initial" with a matching
  initial, else "name:surname"] +SURNAME; one part of a double-barrelled surname ["name:partial_surname"]
  +SURNAME_PART; first name equal +FIRST_NAME, matching initial +INITIAL, a different first name
  ["name:first_name_differs"] FIRST_NAME_DIFFERS; a surname equal only after ö/o-style simplification adds
  ["name:transliteration"]; a surname that only sounds alike (Meyer/Meier/Maier, Philipp/Filipp)
  ["name:sound_alike"] +SOUND_ALIKE, kept below THRESHOLD unless a date of birth or reference confirms it, so
  it identifies nobody on its own but can make a weak match ambiguous; the email's creditor holds a
  different known reference for the candidate ["reference:mismatch"] REFERENCE_MISMATCH; date of birth
  equal ["date_of_birth"] +DATE_OF_BIRTH,
  different ["date_of_birth:mismatch"] DOB_MISMATCH; a known reference equal ["reference:<creditor>"] +REFERENCE
  (extracted, or written anywhere in the mail from MIN_REFERENCE_KEY characters on).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from shared.domain.client import ClientRecord, name_key_variants, reference_key
from shared.domain.results import Candidate, Consolidation, MatchResult
from shared.domain.review import reason
from shared.domain.text import fold, simplify
from shared.engine.client_mentions import MailMentions, Reading
from shared.ports import ClientDirectory

SURNAME, SURNAME_PART, FIRST_NAME, INITIAL, FIRST_NAME_DIFFERS = 0.45, 0.3, 0.3, 0.15, -0.1
SOUND_ALIKE, REFERENCE_MISMATCH, PLAUSIBLE = 0.25, -0.15, 0.4
DATE_OF_BIRTH, DOB_MISMATCH, REFERENCE = 0.25, -0.3, 0.7
REVERSED_ORDER = -0.05
"""A name read surname first without a comma ("Meyer Klaus") ["name:reversed"]: forms write it so, but the
written order is the likelier one, so the full name in its written order of another client wins."""
ADDRESS = 0.1
"""The record's street and house number or postcode beside a phrase of the mail that names it ["address"]: it
confirms a name (an initial and surname, 0.7) and tells a sound-alike namesake apart, but a surname with an
address (0.55) identifies nobody: family members share both."""
THRESHOLD = 0.6
"""Lowest score that may identify a client: full name (0.75), initial + surname (0.6), surname + date of birth
(0.7) or a known reference (0.7) reach it; a surname alone (0.45) does not."""
MARGIN = 0.15
"""How far the best candidate must lead the runner-up; closer than this is an ambiguous match."""
MAX_CANDIDATES, LOOKUP_LIMIT = 5, 20
MENTION_LOOKUP_LIMIT = 100
"""Records one lookup with the whole mail's phrases may return (one call per email; the labelled mails ask for
13 name keys on average, 50 at most). A full answer may be cut short: then the names written with a first name
or an initial are looked up once more on their own, so the client they name is not lost among namesakes."""
MIN_REFERENCE_KEY = 6
"""A code found anywhere in the mail identifies a client by a known reference only from this length on."""
_LEGAL_FORMS = {"gmbh", "ag", "kg", "se", "eg", "ltd", "plc", "limited", "inc", "llp", "ab", "bv", "mbh", "co"}
_SOUNDS = (("ei", "ey", "ai", "ay"), ("ph", "f"), ("ow", "ov"))  # Petrowa/Petrova: German and English

"""Spellings of one sound in German surnames; a surname written with one may be filed under another."""
_WORD = re.compile(r"[^\W\d_]{2,}(?:-[^\W\d_]{2,})*")
_HONORIFICS = {"herr", "herrn", "frau", "mr", "mrs", "ms", "miss", "mx", "dr", "prof"}
_SHORTENED = re.compile(r"[^\W\d_]\.?|[^\W\d_]{2,3}\.")  # "K", "K.", "Th.", "Chr."
_DOUBLE_INITIAL = re.compile(r"[^\W\d_]\.?-[^\W\d_]\.?")  # "A-L", "A.-L."


@dataclass
class _Name:
    """A debtor name split into simplified first-name tokens, initials and surname candidates."""

    tokens: list[str]
    initials: list[str]
    surnames: list[str]


def match_client(consolidation: Consolidation, directory: ClientDirectory,
                 mentions: MailMentions | None = None) -> MatchResult:
    """Look up and score candidates for the consolidated debtor; return the best one if clearly ahead.

    With `mentions` (the whole mail's name-like phrases and codes, `client_mentions.read_mail`) every phrase is
    looked up too, in the same one directory call, and each candidate is scored on its best reading: the
    extracted name or a phrase of the mail (evidence "mention:<where>"), with a date of birth written beside
    that phrase, and a known reference written anywhere in the mail.
    Candidates are ranked (max MAX_CANDIDATES). Two close candidates give client_id None and review reason
    "ambiguous client match"; the one client named by surname alone, with nothing against it, is a suggestion
    with review reason "client suggested by surname only" (`_surname_only`); otherwise nobody at THRESHOLD gives
    client_id None and, if a debtor name was given, "no matching client".
    """
    raw_name = _text(consolidation, "debtor_name")
    name = parse_name(raw_name) if raw_name else None
    references = _references(consolidation)
    extracted_keys = {k for token in (name.tokens + name.surnames if name else []) for k in name_key_variants(token)}
    extracted_keys |= {k for surname in (name.surnames if name else []) for k in spelling_variants(surname)}
    ref_keys = sorted({reference_key(r) for r in references} - {""})
    readings = _mention_readings(mentions, _text(consolidation, "creditor_name"))
    name_keys = extracted_keys | {k for reading in readings for k in reading.keys}
    seen_keys = {k for k in (mentions.reference_keys if mentions else ()) if len(k) >= MIN_REFERENCE_KEY}
    if not name_keys and not ref_keys and not seen_keys:
        return MatchResult(review_reason=reason("no_client_match") if raw_name else None)
    limit = MENTION_LOOKUP_LIMIT if mentions is not None else LOOKUP_LIMIT
    codes = sorted(set(ref_keys) | seen_keys)
    records = directory.candidates(sorted(name_keys), codes, limit=limit)
    if mentions is not None and len(records) >= limit:  # maybe cut short: the written names again, alone
        strong = {k for m in readings if m.name.tokens or m.name.initials for k in m.keys} | extracted_keys
        known = {r.client_id for r in records}
        records += [r for r in directory.candidates(sorted(strong), codes, limit=limit) if r.client_id not in known]
    dob = _text(consolidation, "debtor_date_of_birth")
    creditor = _text(consolidation, "creditor_name")
    scored = sorted(((_best_reading(r, name, dob, ref_keys, creditor, readings, mentions, seen_keys), r)
                     for r in records), key=lambda item: (-item[0][0], item[1].client_id))
    candidates = [Candidate(client_id=r.client_id, name=r.full_name, score=_display(s), evidence=ev)
                  for (s, ev), r in scored[:MAX_CANDIDATES]]
    return _decide(scored, candidates, bool(raw_name))


@dataclass
class _MentionReading:
    """A phrase of the mail read as a name, with the directory keys of its surname."""

    reading: Reading
    name: _Name
    keys: set[str]


def _mention_readings(mentions: MailMentions | None, creditor: str | None = None) -> list[_MentionReading]:
    """The mail's readings, parsed. Left out: a reading whose words all belong to the creditor's name (the
    creditor is not the debtor: "Autohaus Peter Wagner"), and a bare surname ("Herr Koch") when the mail also
    writes that surname with a first name or an initial: it refers to that person ("Herrn Stefan Koch"), not
    to a namesake."""
    if mentions is None:
        return []
    creditor_words = {_key(word) for word in re.split(r"[\s\-.,&/]+", creditor or "")} - {""}
    names: dict[str, _Name] = {}  # a long mail repeats its names: each is parsed once
    parsed = [_MentionReading(r, names.get(r.name) or names.setdefault(r.name, parse_name(r.name)),
                              surname_keys(r.surname)) for r in mentions.readings]
    parsed = [m for m in parsed if not creditor_words or not _words(m.name) <= creditor_words]
    fuller = {_key(m.reading.surname) for m in parsed if m.name.tokens or m.name.initials}
    return [m for m in parsed if m.name.tokens or m.name.initials or _key(m.reading.surname) not in fuller]


def _words(name: _Name) -> set[str]:
    return {_key(word) for word in name.tokens + name.surnames} - {""}


@lru_cache(maxsize=4096)
def surname_keys(surname: str) -> frozenset[str]:
    """Directory keys a surname is looked up by: its own (`name_key_variants`) and its other spellings."""
    return frozenset(name_key_variants(surname)) | spelling_variants(surname)


def _birth_date_near(reading: Reading, birthday: str | None, mentions: MailMentions | None) -> str | None:
    """The date of birth written beside the phrase: the record's when it is there, else another labelled one
    ("Peter Wagner, geb. 03.03.1970" is a namesake, not the client born 1958), else None."""
    if mentions is None:
        return None
    if birthday and mentions.dates_near(reading, birthday):
        return birthday
    return min(mentions.birth_dates_near(reading), default=None)


def _best_reading(record: ClientRecord, name: _Name | None, dob: str | None, ref_keys: list[str],
                  creditor: str | None, readings: list[_MentionReading], mentions: MailMentions | None,
                  seen_keys: set[str]) -> tuple[float, list[str]]:
    """The record's score on the extracted name, or on the mail's phrase that names it best (ties: the
    extracted name). A date of birth written beside the phrase counts as that phrase's (the record's, or a
    labelled other one: a mismatch); otherwise the extracted one does."""
    best = score_candidate(record, name, dob, ref_keys, creditor, seen_keys)
    own = set(record.name_keys())
    birthday = record.date_of_birth.isoformat() if record.date_of_birth else None
    scores: dict[tuple[str, str | None], tuple[float, list[str]]] = {}  # the same name read again scores the same
    for mention in readings:
        if not mention.keys & own:
            continue
        near = _birth_date_near(mention.reading, birthday, mentions) or dob
        if (mention.reading.name, near) not in scores:
            scores[mention.reading.name, near] = score_candidate(record, mention.name, near, ref_keys, creditor,
                                                                 seen_keys)
        score, evidence = scores[mention.reading.name, near]
        if score > 0 and mentions and mentions.address_near(mention.reading, record.street, record.postcode):
            score, evidence = round(score + ADDRESS, 3), [*evidence, "address"]
            if "name:sound_alike" in evidence and not any(e == "date_of_birth" or e.startswith("reference:")
                                                          and e != "reference:mismatch" for e in evidence):
                score = min(score, THRESHOLD - 0.05)  # as in score_candidate: a near spelling identifies nobody
        if mention.reading.reversed:
            score, evidence = round(score + REVERSED_ORDER, 3), [*evidence, "name:reversed"]
        if score > best[0]:
            best = (score, [*evidence, f"mention:{mentions.source_of(mention.reading).split(':')[0]}"])
    return best


def parse_name(raw: str) -> _Name:
    """Split 'Meyer, Klaus' / 'Herrn K. Meyer' / 'Jürgen Strauß-Köhler' into first names, initials, surnames.

    In 'Last, First' form the part before the comma is the surname; a word in capitals among mixed-case ones
    is the surname ('YILMAZ Mehmet'); otherwise the last word is (the whole name of a double-barrelled one is
    also tried).
    """
    if "," in raw:
        last, _, first = raw.partition(",")
        words = [*first.split(), last.strip()]
    else:
        words = raw.split()
    words = [w for w in words if w.rstrip(".").lower() not in _HONORIFICS]
    capitals = [w for w in words if w.isupper() and _WORD.fullmatch(w)]
    if len(capitals) == 1 and any(_WORD.fullmatch(w) and not w.isupper() for w in words):
        words = [w for w in words if w is not capitals[0]] + capitals
    initials = [_initials(w) for w in words[:-1] if _initials(w)]
    tokens = [w for w in words[:-1] if not _initials(w)]
    surnames = [words[-1]] if words else []
    return _Name(tokens=tokens, initials=initials, surnames=surnames)


def _initials(word: str) -> str | None:
    """What a shortened first name keeps: 'K.' -> 'k', 'Th.' -> 'th' (its first letters), 'A-L' -> 'a-l' (the
    initials of a double first name); None for a written-out name."""
    if _SHORTENED.fullmatch(word):
        return simplify(word.rstrip("."))
    if _DOUBLE_INITIAL.fullmatch(word):
        return "-".join(simplify(part.strip(".")) for part in word.split("-"))
    return None


def _initial_matches(record: ClientRecord, name: _Name) -> bool:
    """The record's first name starts with one of the email's shortened names ('Th.' for Thomas), or its parts
    have the initials of a hyphenated one ('A-L' for Anna-Lena)."""
    parts = [_key(p) for p in re.split(r"[\s\-]+", record.first_name) if _key(p)]
    if not parts:
        return False
    for initial in name.initials:
        if "-" in initial:
            if initial == "-".join(p[0] for p in parts[: initial.count("-") + 1]) and len(parts) > initial.count("-"):
                return True
        elif parts[0].startswith(initial):
            return True
    return False


def spelling_variants(surname: str) -> set[str]:
    """Lookup keys for the other spellings of a surname's sounds ('Meyer' -> meier, maier, mayer, …)."""
    keys = set()
    for key in name_key_variants(surname):
        for group in _SOUNDS:
            for written in group:
                if written in key:
                    keys.update(key.replace(written, other) for other in group if other != written)
    return keys - set(name_key_variants(surname))


def _sound(word: str) -> str:
    key = _key(word)
    for group in _SOUNDS:
        for written in group[1:]:
            key = key.replace(written, group[0])
    return key


def score_candidate(record: ClientRecord, name: _Name | None, dob: str | None, ref_keys: list[str],
                    creditor: str | None = None, seen_keys: set[str] = frozenset()) -> tuple[float, list[str]]:
    """Score one client record against the email's evidence; returns (raw score, evidence strings).

    `ref_keys` are the extracted references; `seen_keys` the codes written anywhere in the mail
    (`client_mentions`): a known reference among either counts, a mismatch only against the extracted ones."""
    score, evidence = 0.0, []
    if name is not None:
        score += _name_score(record, name, evidence)
    if dob and record.date_of_birth is not None:
        same = record.date_of_birth.isoformat() == dob
        score += DATE_OF_BIRTH if same else DOB_MISMATCH
        evidence.append("date_of_birth" if same else "date_of_birth:mismatch")
    for known in record.known_references:
        if reference_key(known.reference) in ref_keys or reference_key(known.reference) in seen_keys:
            score += REFERENCE
            evidence.append(f"reference:{known.creditor or 'unknown creditor'}")
            break
    if ref_keys and not any(e.startswith("reference:") for e in evidence) and _other_account(record, creditor):
        score += REFERENCE_MISMATCH  # the same creditor knows this client under another number
        evidence.append("reference:mismatch")
    if "name:sound_alike" in evidence and not any(e == "date_of_birth" or e.startswith("reference:") for e in evidence):
        score = min(score, THRESHOLD - 0.05)  # a near spelling alone identifies nobody
    return round(score, 3), evidence


def _name_score(record: ClientRecord, name: _Name, evidence: list[str]) -> float:
    surname = _surname_match(record.last_name, name)
    if surname == 0.0:
        if not any(_sound(s) == _sound(record.last_name) for s in name.surnames):
            return 0.0
        evidence.append("name:sound_alike")
        return SOUND_ALIKE + _first_name_score(record, name, evidence)
    if not {_fold_key(s) for s in name.surnames} & {_fold_key(record.last_name)} and surname == SURNAME:
        evidence.append("name:transliteration")
    first = _key(record.first_name.split()[0]) if record.first_name.split() else ""
    if first and _first_name_written(record, name):
        evidence.append("name:exact" if surname == SURNAME else "name:partial_surname")
        return surname + FIRST_NAME
    if first and _initial_matches(record, name):
        evidence.append("name:initial" if surname == SURNAME else "name:partial_surname")
        return surname + INITIAL
    evidence.append("name:surname" if surname == SURNAME else "name:partial_surname")
    if name.tokens or name.initials:
        evidence.append("name:first_name_differs")
        return surname + FIRST_NAME_DIFFERS
    return surname


def _other_account(record: ClientRecord, creditor: str | None) -> bool:
    """True when `record` has a known reference with the email's creditor (so the email's own differ)."""
    core = _creditor_key(creditor or "")
    return len(core) >= 4 and any(
        (known := _creditor_key(k.creditor)) and (known in core or core in known) for k in record.known_references)


def _creditor_key(name: str) -> str:
    words = [w for w in fold(name).split() if w.rstrip(".") not in _LEGAL_FORMS]
    return re.sub(r"[^a-z0-9]", "", "".join(words))


def _first_name_score(record: ClientRecord, name: _Name, evidence: list[str]) -> float:
    first = _key(record.first_name.split()[0]) if record.first_name.split() else ""
    if first and _first_name_written(record, name):
        evidence.append("name:first_name")
        return FIRST_NAME
    if first and _initial_matches(record, name):
        return INITIAL
    if name.tokens or name.initials:
        evidence.append("name:first_name_differs")
        return FIRST_NAME_DIFFERS
    return 0.0


def _first_name_written(record: ClientRecord, name: _Name) -> bool:
    """The record's first name among the email's, written with or without a hyphen or a space: 'Anna Lena' and
    'Anna-Lena' are one name; 'Anna' alone still names an 'Anna-Lena' (the first part) as before."""
    parts = [_key(p) for p in re.split(r"[\s\-]+", record.first_name) if _key(p)]
    if not parts:
        return False
    keys = {_key(t) for t in name.tokens}
    keys |= {_key(p) for t in name.tokens for p in t.split("-")}
    keys |= {_key(a) + _key(b) for a, b in zip(name.tokens, name.tokens[1:])}
    return parts[0] in keys or "".join(parts) in keys


def _surname_match(last_name: str, name: _Name) -> float:
    """SURNAME when the whole surname matches, SURNAME_PART for one part of a double-barrelled one, else 0."""
    email_whole = {_key(s) for s in name.surnames}
    email_parts = {_key(p) for s in name.surnames for p in re.split(r"[\s\-]+", s) if p}
    record_parts = [_key(p) for p in re.split(r"[\s\-]+", last_name) if p]
    if _key(last_name) in email_whole or _slavic(_key(last_name)) in {_slavic(k) for k in email_whole}:
        return SURNAME
    if len(record_parts) > 1 and email_parts & set(record_parts):
        return SURNAME_PART
    return 0.0


_SLAVIC_ENDING = re.compile(r"([oe])w(a?)$|wski$|wska$")


def _slavic(key: str) -> str:
    """A Slavic surname's ending in its English spelling: the German transliteration writes 'w' for 'v'
    ('Petrowa' -> petrova, 'Iwanow' -> iwanov, 'Kowalewski' -> kowalevski); other surnames are unchanged."""
    return _SLAVIC_ENDING.sub(lambda m: f"{m.group(1)}v{m.group(2)}" if m.group(1) else m.group().replace("w", "v"),
                              key)


def _key(word: str) -> str:
    return re.sub(r"[^a-z]", "", simplify(word))


def _fold_key(word: str) -> str:
    return re.sub(r"[^a-z]", "", fold(word))


def _text(consolidation: Consolidation, field: str) -> str | None:
    value = consolidation.fields.get(field)
    return value.value if value is not None and isinstance(value.value, str) and value.value else None


def _references(consolidation: Consolidation) -> list[str]:
    value = consolidation.fields.get("reference_numbers")
    if value is None or value.value is None:
        return []
    return [value.value] if isinstance(value.value, str) else list(value.value)


def _display(score: float) -> float:
    return round(max(0.0, min(1.0, score)), 3)


def _conflicting(best: list[str], runner_up: list[str]) -> bool:
    """The identifiers point at two people, so neither is certain: the leader's name or date of birth disagrees
    while the runner-up carries the full name (first name and surname, also a sound-alike spelling); or the
    leader has only an initial and its surname while the runner-up's surname sounds the same and its first name
    fits the initial ('K. Meier': Karin Meier or Klaus Meyer). A date of birth, a known reference or the address
    beside the name tells them apart; the spelling of one sound does not."""
    disagrees = "name:first_name_differs" in best or "date_of_birth:mismatch" in best
    full_name = "name:exact" in runner_up or {"name:sound_alike", "name:first_name"} <= set(runner_up)
    confirmed = any(e in ("date_of_birth", "address") or e.startswith("reference:") and e != "reference:mismatch"
                    for e in best)
    same_sound = "name:sound_alike" in runner_up and "name:first_name_differs" not in runner_up
    return disagrees and full_name or "name:initial" in best and not confirmed and same_sound


_AGAINST = {"name:first_name_differs", "date_of_birth:mismatch", "reference:mismatch", "name:sound_alike"}


def _surname_only(scored: list) -> bool:
    """The leader is named by its surname alone ("Frau Öztürk"), nothing speaks against it, and no other client
    shares that surname, even in part: a suggestion a caseworker confirms (review reason "client suggested by
    surname only"), never an identification, since a namesake who is no client reads the same."""
    (score, evidence), _ = scored[0]
    runner_up = scored[1][0][0] if len(scored) > 1 else 0.0
    return "name:surname" in evidence and not _AGAINST & set(evidence) and score >= SURNAME - 0.05 \
        and runner_up < SURNAME_PART


def _decide(scored: list, candidates: list[Candidate], had_name: bool) -> MatchResult:
    if len(scored) > 1 and scored[1][0][0] >= PLAUSIBLE and scored[0][0][0] - scored[1][0][0] < MARGIN:
        return MatchResult(score=_display(scored[0][0][0]), candidates=candidates,
                           review_reason=reason("ambiguous_client_match"))  # two plausible, close candidates
    if len(scored) > 1 and _conflicting(scored[0][0][1], scored[1][0][1]):
        return MatchResult(score=_display(scored[0][0][0]), candidates=candidates,
                           review_reason=reason("ambiguous_client_match"))
    if scored and scored[0][0][0] < THRESHOLD and _surname_only(scored):
        best = scored[0][1]
        return MatchResult(client_id=best.client_id, client_name=best.full_name, score=_display(scored[0][0][0]),
                           candidates=candidates, review_reason=reason("weak_client_match"))
    if not scored or scored[0][0][0] < THRESHOLD:
        top = _display(scored[0][0][0]) if scored else 0.0
        return MatchResult(score=top, candidates=candidates,
                           review_reason=reason("no_client_match") if had_name else None)
    best_score, best = scored[0][0][0], scored[0][1]
    return MatchResult(client_id=best.client_id, client_name=best.full_name, score=_display(best_score),
                       candidates=candidates)
