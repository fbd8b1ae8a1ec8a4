"""Personal names in text, and debtor-name extraction (the firm's client the email is about).

Cues: "Ihr Mandant Herr Klaus Meyer", "Ihre Mandantin, Frau Aylin Çelik", "Schuldner: Meyer, Klaus",
"your client Mr John Smith", "Kunde: ...", "unser Kunde Herr ...", "Klaus Meyer ./. Stadtwerke" and the same
cues in the subject. The value is the name exactly as written (without the honorific).
"""

from __future__ import annotations

import re

from shared.domain.results import Finding
from shared.engine.rules.prefilter import Prefiltered, required_words
from shared.engine.rules.quoting import QuoteMap
from shared.engine.rules.subject import segments

_UP = "A-ZÄÖÜÇŞÉÈÁÀÓÚÍÑŁŽČŘĆŚŻĞİ"
_LOW = "a-zäöüßçşéèáàóúíñłžčřćśżğı"
_WORD = rf"[{_UP}][{_LOW}{_UP}'’]+(?:-[{_UP}][{_LOW}{_UP}'’]+)*"
_SHORT = rf"(?!(?:Fa|Nr|Co|Str|St|Hr|Fr)\.)[{_UP}][a-z]{{1,2}}\.(?=[ \t]+[{_UP}])"  # "Th. Schulz", "Chr. Weber"
_INITIAL = (rf"[{_UP}]\.?-[{_UP}]\.?|"  # "A-L Fischer", "A.-L. Fischer": the initials of a double first name
            rf"[{_UP}]\.|[{_UP}](?=[ \t]+[{_UP}])")  # "K." or "J Smith" (an initial written without its dot)
_TOKEN = rf"(?:{_SHORT}|{_WORD}|{_INITIAL}|von|van|de|der|den|zu|vom|el|al|da|di|ten|ter)(?![\w/]|-\d)"  # not "AHR-0044"
NAME = rf"(?:{_TOKEN})(?:[ \t]{{1,2}}(?:{_TOKEN})){{0,4}}"  # three spaces or more start the next column
_COMMA_NAME = (rf"{_WORD}[ ]?,[ \t]*(?!(?:{_WORD}\.?[ \t]+){{1,3}}\d)"  # not "X, Lindenweg 7"; "Meier ,  Karin"
               rf"(?:{_WORD}(?:[ \t]+{_WORD})?|[{_UP}]\.(?:[ \t]*[{_UP}]\.)?)")  # "Wagner, P.", "Meyer, Klaus"
_ANY_NAME = rf"{_COMMA_NAME}|{NAME}"
_HONORIFIC = r"(?i:(?:herrn?|frau|mr|mrs|ms|miss|mx|dr|prof)\.?[ \t]+)*"
_TITLE = r"(?i:(?:herrn?|frau|mr|mrs|ms|miss|mx)\.?[ \t]+)"
_BIRTH = r"(?i:geb\.|geboren|born\b|d\.?o\.?b\b|date[ \t]+of[ \t]+birth)"
_ADDRESS = rf"(?:{_WORD}[ \t.\-]{{0,2}}){{1,3}}\d{{1,4}}[ \t]?[a-zA-Z]?[ \t]*,[ \t]*\d{{4,5}}[ \t]+[{_UP}]"
_DETAIL = rf"(?=[ \t]*(?:,|\(|[ \t]of\b)[ \t]*(?:{_BIRTH}|{_ADDRESS}))"
"""What follows a person's name, never an organisation's: a date of birth or a street address with a postcode."""
_THEIRS = re.compile(r"(?i)\b(?:unser|mein|our)\w*\s+$")
"""A creditor's lawyer calls the creditor "unsere/meine Mandantin": that client is not the debtor."""
_ROLE = (r"kreditnehmer(?:in)?|darlehensnehmer(?:in)?|borrower|mieter(?:in)?|tenant|patient(?:in)?|mitglied|"
         r"member|vertragspartner(?:in)?|versicherungsnehmer(?:in)?|versicherte[rn]?(?:[ \t]+person)?|policy[ \t]?holder|"
         r"schuldner(?:in)?|kunde|kundin|debtor|customer|client|kontoinhaber(?:in)?|account[ \t]+holder|"
         r"card[ \t]?holder|karteninhaber(?:in)?|"
         r"name[ \t]+des[ \t]+schuldners")
_NUMBER_WORD = r"(?:account|number|no|nr|ref|reference|id|nummer|konto|code)"

_PATTERNS: list[tuple[re.Pattern[str], float]] = [
    (re.compile(rf"(?i:\bihr(?:e|em|en|er|es)?[ \t]+(?:gemeinsame[nr]?[ \t]+)?(?:mandant(?:in|en|innen)?|"
                rf"mandantschaft)\s*[,:]?\s*){_HONORIFIC}(?P<name>{_ANY_NAME})"), 0.85),
    # an agency writing to its principal: "Ihr Kunde Klaus Meyer", "Ihre Kundin Frau …"
    (re.compile(rf"(?i:\bihr(?:e|em|en|er|es)?[ \t]+(?:kunde|kundin|kunden)[ \t]*[,:]?[ \t]*){_HONORIFIC}"
                rf"(?P<name>{_ANY_NAME})"), 0.75),
    # "Kunde: …", "Borrower on our file: …", "Schuldner Koch, Stefan": a role label (a colon, or a reversed name)
    # (not "Customer account: GW 0447 …", "Kunde Nr.: …": a label of the role's number, not of a name)
    (re.compile(rf"(?i:\b(?:{_ROLE})(?-i:[ \t]+(?!{_NUMBER_WORD}\b)[a-zäöü]+){{0,3}}[ \t]*:[ \t]*){_HONORIFIC}"
                rf"(?P<name>{_ANY_NAME})"), 0.8),
    (re.compile(rf"(?i:\b(?:schuldner(?:in)?|debtor)[ \t]+)(?P<name>{_COMMA_NAME})"
                rf"(?![ \t]+(?i:gmbh|ag|kg|se|ltd|plc|llp|eg)\b)"), 0.75),
    (re.compile(rf"(?i:\b(?:für|fuer|for|betreffend|gegen|against|wegen|bezüglich|regarding|concerning|zu|about|"
                # whose account it is: "the account held by Mr …", "the agreement with Ms …", "Vertrag mit Herrn …"
                rf"held[ \t]+by|in[ \t]+the[ \t]+name[ \t]+of|auf[ \t]+den[ \t]+namen|\w{{0,15}}?(?:agreement|account|"
                rf"contract|vertrag|konto|darlehen)\w{{0,4}}[ \t]+(?:with|mit))\s+)"
                rf"{_TITLE}(?P<name>{_ANY_NAME})"), 0.65),
    (re.compile(rf"(?i:\b(?:gegen|against)\s+)(?P<name>{_COMMA_NAME})"), 0.65),
    (re.compile(rf"(?i:\b(?P<bare>mandant(?:in|en)?)[ \t]+){_HONORIFIC}(?P<name>{_ANY_NAME})"), 0.7),
    (re.compile(rf"(?i:\b(?:unser|mein)\w*[ \t]+mandant(?:in|en)?[ \t]+){_TITLE}(?P<name>{_ANY_NAME})"), 0.7),
    (re.compile(rf"(?i:\byour[ \t]+(?:client|customer)s?[ \t]*,?[ \t]*){_HONORIFIC}(?P<name>{NAME})"), 0.85),
    (re.compile(rf"(?i:\bunser(?:e|em|en|er|es)?[ \t]+(?:kund(?:e|in|en)|customer)[ \t]*,?\s{{0,4}}){_HONORIFIC}"
                rf"(?P<name>{_ANY_NAME})"), 0.75),  # also on the next line: "zu unserer Kundin\n\nMeyer, Klaus"
    # "Customer Mr John Smith", "Mieterin Frau Eva Roth": a role word and an honorific without a colon
    (re.compile(rf"(?i:\b(?:{_ROLE})[ \t]+){_TITLE}(?P<name>{NAME})"), 0.75),
    # "zugunsten von Herrn Klaus Meyer", "on behalf of your client Mr …" (the latter above)
    (re.compile(rf"(?i:\bzugunsten(?:[ \t]+von)?[ \t]+){_TITLE}(?P<name>{NAME})"), 0.65),
    (re.compile(rf"(?i:\bin[ \t]+(?:sachen|der[ \t]+sache|der[ \t]+angelegenheit)[ \t]+){_HONORIFIC}"
                rf"(?P<name>{NAME})"), 0.7),
    # "Re: Miss O Petrova, …", "betrifft: Öztürk, Fatma – …": the person a letter's reference line is about
    (re.compile(rf"(?im:^[ \t]*(?:re|betrifft|betreff|betr\.|regarding)[ \t]*:[ \t]*)(?:{_TITLE}(?P<name>{NAME})|"
                rf"(?P<name2>{_COMMA_NAME}))"), 0.6),
    # "Herrn Stefan Koch, Neckarstr. 7, 68159 Mannheim", "Mr John Smith (DOB …)", "Ms X of 2 Y Road, …": a
    # person given with an address or a date of birth; also "unseren Mandanten X, Am Markt 1, …" in the firm's own
    # letter quoted below a reply (in the newest message a creditor's lawyer's "Mandantin" is the creditor)
    (re.compile(rf"(?:\b{_TITLE}|(?P<firm>(?i:\bunser\w{{0,3}}[ \t]+mandant(?:in|en)?[ \t]+)))(?P<name>{NAME})"
                rf"{_DETAIL}"), 0.7),
    (re.compile(rf"(?<![\w'’-])(?P<name>{_ANY_NAME})[ \t]+\./\.(?![ \t]+(?:{_WORD}[ \t]+)*(?i:gmbh|ag|kg|se|ltd|plc|eg)\b)"), 0.6),
    (re.compile(rf"(?:gmbh|ag|kg|se|ltd|plc|eg|e\.v\.)[ \t]+\./\.[ \t]+(?P<name>{_ANY_NAME})", re.I), 0.6),
]
_STOP = {
    "geb", "geboren", "kundennummer", "kunden-nr", "aktenzeichen", "vertragsnummer", "rechnungsnummer",
    "forderung", "forderungen", "forderungsaufstellung", "gesamtforderung", "wohnhaft", "sehr", "wir", "sie",
    "und", "die", "das", "mit", "bei", "wegen", "account", "customer", "reference", "dob", "date", "born",
    "the", "and", "of", "mandant", "mandantin", "ihr", "ihre", "az", "ref", "re", "aw", "wg", "fw", "betreff",
    "in", "an", "im", "zu", "für", "from", "to", "has", "is", "hat", "ist", "gmbh", "ag", "ltd", "bank", "nr",
    "ihren", "ihrem", "ihres", "ihrer", "unser", "unsere", "unseren", "unserer", "hiermit", "your", "our",
    "fa", "firma",  # "Kunde: Fa. Becker" names a firm
}
_ORGANISATION = {"gmbh", "ag", "kg", "se", "eg", "ltd", "plc", "llp", "bank", "mvz", "e.v", "inc", "limited"}
_ORGANISATION_ENDINGS = ("bank", "sparkasse", "stadtwerke", "versicherung", "inkasso", "krankenkasse", "gesellschaft")
"""Words that end like these name an organisation ("Stadtwerke Köln", "Krankenversicherung"), not a person."""
_WRAPPED = re.compile(rf"[ \t]*\n[ \t]*(?P<rest>{_WORD})(?=[ \t]*[,(]|[ \t]+{_BIRTH}|[ \t]+[a-zäöüß]{{3,}}\b)")
"""The surname on the next line of a wrapped sentence: "… our former customer Ms Olga\nPetrova, date of birth …"."""
_INITIAL_AFTER_COMMA = re.compile(rf"[{_UP}]\.")
_PARTICLES = {"von", "van", "de", "der", "den", "zu", "vom", "el", "al", "da", "di", "ten", "ter"}
_HONORIFICS = {"herr", "herrn", "frau", "mr", "mrs", "ms", "miss", "mx", "dr", "prof"}
_SUBJECT_ONLY = [(re.compile(rf"(?i:\b(?:herrn?|frau|mr|mrs|ms|miss|mx)\.?[ \t]+)(?P<name>{NAME})"), 0.7)]
QUOTED_CONFIDENCE, SUBJECT_PENALTY = 0.5, 0.05


_SEGMENT_NAME = re.compile(
    rf"^(?i:(?:re|aw|wg|fw|fwd|antw|sv)[ \t]*:[ \t]*)*{_HONORIFIC}(?P<name>{_COMMA_NAME}|(?:[{_UP}]\.?[ \t]*)?{_WORD}(?:[ \t]+{_WORD}){{0,2}})$")
_NOT_A_NAME = re.compile(
    r"(?i)\b(?:statement|payment|plan|account|balance|reminder|final|notice|request|offer|settlement|proposal|"
    r"membership|authority|required|agreed|declined|rejected|closed|assignment|sale|claim|debt|invoice|bill|"
    r"forderung\w*|mahnung|zahlung\w*|vergleich\w*|anfrage|antwort|rechnung|schlussrechnung|kundenkonto|"
    r"vertrag\w*|ratenzahlung|ratenplan|mietrückstand|vollmacht|bestätigung|eingangsbestätigung|"
    # a statement's or a bill's name: "Kontoauszug Mitgliedschaft …", "Offene Krankenhausrechnung"
    r"\w{0,30}(?:auszug|rechnung|aufstellung|rückstand|rückstände|abrechnung|beitrag|mitgliedschaft)\w{0,30}|"

    r"gmbh|ag|ltd|plc|bank|inkasso|kanzlei|ihr|ihre|your|our|unser\w*|re|aw|wg|fw|fwd)\b")


def find_subject_names(subject: str) -> list[Finding]:
    """A person's name standing alone between separators in a subject ("… - Olga Petrova - …", "Fischer, Anna")."""
    findings = []
    for start, value in segments(subject, r" - | / | – "):
        match = _SEGMENT_NAME.match(value)
        if not match or _NOT_A_NAME.search(value, match.start("name")) or len(match.group("name").split()) < 2:
            continue
        offset = start + match.start("name")
        findings.append(Finding(field="debtor_name", value=match.group("name"), confidence=0.6, source="subject",
                                span=(offset, offset + len(match.group("name"))), note="name alone in the subject"))
    return findings


# the same patterns behind a literal prefilter where they have required words (same matches, see prefilter)
_FAST_PATTERNS = [(Prefiltered(p) if required_words(p) else p, confidence) for p, confidence in _PATTERNS]


def find_debtor_names(text: str, source: str, quotes: QuoteMap | None = None) -> list[Finding]:
    """Debtor-name findings in `text` (the body or the subject, named by `source`), in order of appearance."""
    findings: list[Finding] = []
    taken: set[int] = set()
    patterns = _FAST_PATTERNS + (_SUBJECT_ONLY if source == "subject" else [])
    for pattern, confidence in patterns:
        for match in pattern.finditer(text):
            if "bare" in pattern.groupindex and _THEIRS.search(text, max(0, match.start() - 20), match.start()):
                continue  # "unsere Mandantin Ihren Vorschlag …" (the lawyer's client, the creditor)
            if "firm" in pattern.groupindex and match.group("firm") and not (quotes and quotes.is_quoted(match.start())):
                continue
            group = "name" if match.group("name") is not None else "name2"
            span = trim_name(text, match.span(group))
            if span is None or span[0] in taken:
                continue
            span = _unwrapped(text, span)
            taken.add(span[0])
            quoted = bool(quotes and quotes.is_quoted(span[0]))
            conf = QUOTED_CONFIDENCE if quoted else confidence - (SUBJECT_PENALTY if source == "subject" else 0)
            findings.append(Finding(field="debtor_name", value=" ".join(text[span[0]: span[1]].split()).replace(" ,", ","),
                                    confidence=round(conf, 3),
                                    source=source, span=span, quoted=quoted))
    return sorted(findings, key=lambda f: f.span or (0, 0))


def _unwrapped(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Extend a one-word name that ends a line in running text by the surname that starts the next line."""
    if " " in text[span[0]: span[1]]:
        return span
    line_start = max(text.rfind("\n", 0, span[0]) + 1, span[0] - 200)  # only the last words count: bounded
    before = [w for w in text[line_start: span[0]].split() if w.rstrip(".").lower() not in _HONORIFICS]
    wrapped = _WRAPPED.match(text, span[1])
    if wrapped is None or not before or before[-1][-1:] in ".:" or wrapped.group("rest").lower() in _STOP:
        return span  # an address block ("Frau Meyer\nKöln, den …") or a label's value, not a wrapped sentence
    return span[0], wrapped.end("rest")


def trim_name(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """Shrink a raw name match to the plausible name: drop honorifics, stop at label words, end on a word.

    Returns the trimmed (start, end) span, or None when no name remains.
    """
    tokens = [(m.start() + span[0], m.end() + span[0], m.group()) for m in re.finditer(r"\S+", text[span[0]: span[1]])]
    while tokens and tokens[0][2].rstrip(".").lower() in _HONORIFICS:
        tokens.pop(0)
    kept = []
    for token in tokens:
        bare = token[2].rstrip(",.").lower()
        if bare in _ORGANISATION or bare.endswith(_ORGANISATION_ENDINGS):
            return None  # "Thamesgate Bank plc", "Funkwelt Mobil GmbH": an organisation, not a person
        if bare in _STOP and bare not in _PARTICLES:
            break
        kept.append(token)
    while kept and (kept[-1][2].lower() in _PARTICLES or kept[-1][2].endswith(".") or kept[-1][2].endswith(",")):
        if _INITIAL_AFTER_COMMA.fullmatch(kept[-1][2]) and len(kept) > 1 and kept[-2][2].endswith(","):
            break  # "Wagner, P." keeps its initial
        kept.pop()
    if not kept or not kept[-1][2][0].isupper() or not kept[0][2][0].isupper():
        return None
    return kept[0][0], kept[-1][1]
