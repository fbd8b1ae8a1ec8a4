"""Creditor name: the party that owns the claim.

In order of strength: the new owner after an assignment ("an die X GmbH abgetreten", "assigned to X", "die X AG
hat die Forderung … erworben"); the creditor a collection agency or lawyer acts for ("im Auftrag der X AG",
"namens und in Vollmacht unserer Mandantin, der X GmbH", "on behalf of X Ltd", "wir die X GmbH vertreten"), also
a private person named with a title ("vertrete ich Herrn X Y") or the child a Beistand acts for; the company line
of the signature block; the From display name (source "sender"); the sender's domain as a last resort.

A name without a legal form is an organisation only by an organisation word, never a lone label ("Rechtsanwalt",
"Bankverbindung") or a titled person ("Dr. X Y"); a candidate without a legal form takes the one the body writes
after the same name ("X Retail Finance" -> "X Retail Finance Ltd"). The learned chooser picks among all of them.
"""

from __future__ import annotations

import re
from itertools import chain, islice
from typing import Iterable, Iterator

from shared.domain.text import fold
from shared.domain.mail import InboundMail
from shared.domain.results import Finding
from shared.engine.rules.claimant import claimant_spans
from shared.engine.rules.quoting import QuoteMap, iter_lines

_LEGAL_FORMS = {
    "gmbh", "ag", "kg", "kgaa", "ohg", "gbr", "e.v.", "eg", "se", "mbh", "ug", "ltd", "ltd.", "limited", "plc",
    "llp", "llc", "inc", "inc.", "corp", "corp.", "s.a.", "b.v.", "n.v.", "sarl", "s.à", "co.", "kg.",
    "ab", "bv", "nv", "oy", "sa", "srl", "s.r.l.", "spa", "r.l.", "r.l", "s.à.r.l.", "s.a.r.l.", "s.à.r.l",
    "s.a.r.l", "sàrl", "s.a",  # "X S.à r.l." / "X S.a.r.l.": a Luxembourg company
    "s.p.a.", "a/s", "aps", "kft", "kft.", "zrt.", "eg.",
    # Central and Eastern Europe, Turkey, the Nordics: "X Sp. z o.o." (one word, see _TOKEN_RE), "X s.r.o.", "X a.s.",
    # "X A.Ş.", "X Ltd. Şti.", "X d.o.o.", "X ASA", "X Oyj"
    "ug (haftungsbeschränkt)", "ug (haftungsbeschraenkt)", "ug(haftungsbeschränkt)", "sp. z o.o.", "sp. z o. o.", "sp.k.", "s.r.o.", "s.r.o", "spol. s r.o.", "a.s.", "a.s", "a.ş.", "a.ş", "şti.",
    "şti", "d.o.o.", "d.o.o", "asa", "oyj", "hf.", "ehf.", "sas", "s.l.", "s.l.u.",
    "a.g.", "a.g", "a. g.", "a. g", "e. v.", "e. v", "vvag", "ggmbh", "gug",  # "Weser-Ems Krankenversicherung a.G." (mutual insurer)
    "e.k.", "e.k", "e. k.", "e.kfm.", "e.kfr.", "partg", "mbb", "dac", "s.c.a.", "s.c.a", "sca", "s.c.s.", "cie", "cie.",
    "pty", "pte",  # "Malerbetrieb X e.K.", "X PartG mbB", "X DAC" (Irish), "X S.à r.l. et Cie, S.C.A." (Luxembourg)
    "aör", "a.ö.r.", "adör", "kdör", "k.d.ö.r.",  # public-law bodies: "Studierendenwerk X AöR", "X KdöR"
}
_ORG_WORDS = re.compile(
    r"bank|sparkasse|stadtwerke|versicherung|inkasso|telekom|energie|versorgung|kasse|finance|financial|"
    r"credit|kredit|services|holding|group|gruppe|verlag|collections?|rechtsanwälte|rechtsanwalt|kanzlei|"
    r"solicitors|vodafone|telefónica|telefonica|o2|otto|klarna|paypal|amazon|zalando|energy|water|council|"
    r"zentrum|praxis|klinik|krankenhaus|hospital|clinic|wohnbau|immobilien|versandhaus|rundfunk|"
    r"universit|college|hochschule|schule|akademie|academy|institut|studierendenwerk|studentenwerk|internat|"
    r"^(?:stadt|gemeinde|landkreis|samtgemeinde|verbandsgemeinde)$",  # "Stadt Bad Wiesental": a town
    re.I,
)
_CONNECTORS = {"&", "und", "and", "of", "für", "fuer", "der", "des", "+", "am", "im", "an", "zum", "zur", "vom", "et"}
_TITLES = {"ra", "rain", "rä", "rae", "rechtsanwalt", "rechtsanwältin", "rechtsanwälte", "fachanwalt", "fachanwältin",
           "dr", "prof", "herr", "herrn", "frau", "mr", "mrs", "ms", "miss", "dipl", "notar", "notarin"}
"""A person's title: a name that starts with one and has no legal form is a person ("RA Falk Terhoeven")."""
_DEGREES = {"med", "dent", "vet", "rer", "nat", "phil", "jur", "pol", "oec", "habil", "h.c", "univ", "mult"}
"""Lower-case parts of a German academic title after "Dr." ("Dr. med. dent.", "Dr. rer. nat."): part of a name."""
_LABELS = {"rechtsanwalt", "rechtsanwältin", "rechtsanwälte", "kanzlei", "bankverbindung", "kontoverbindung",
           "bank", "sparkasse", "inkasso", "solicitors", "solicitor", "collections", "kasse", "stadtkasse", "praxis",
           "zahlstelle", "empfänger", "zahlungsempfänger", "gläubigerin", "gläubiger", "creditor", "service"}
"""A word that on its own labels a role or a line ("Rechtsanwalt" under a name, "Bankverbindung: …"), never a name."""
_SKIP = {"der", "des", "die", "dem", "den", "the", "our", "unserer", "unseres", "unsere", "unseren", "mandantin",
         "mandanten", "mandant", "auftraggeberin", "auftraggebers", "auftraggeber", "client", "clients",
         "gläubigerin", "gläubiger", "firma", "namely", "nämlich", "und", "in", "vollmacht", "mit", "interessen",
         "interests", "of", "im", "auftrag", "auftrage", "eigentümerin", "eigentümer", "eigentümers", "vermieterin",
         "vermieter", "vermieters", "owner", "landlord", "von", "das"}  # "im Auftrag der Eigentümerin, der X GbR"
_TEAM_OF = re.compile(r"[ \t]*(?:ihr|ihre|your|the|das)[ \t]+(?:[\w-]{1,30}[ \t]+){0,2}?[\w-]{0,30}team[ \t]+"
                      r"(?:der|des|von|vom|at|of|from)[ \t]+", re.I)
"""A greeting from a company's team ("Ihr Team der X GmbH", "Your Service-Team at X Ltd"): the company follows."""
_DEPARTMENT_WORDS = {  # a signature line of these words names a department, not the company
    "buchhaltung", "mietbuchhaltung", "forderungsmanagement", "kundenservice", "kundenbetreuung", "mahnwesen",
    "beitragsservice", "rechtsabteilung", "inkassoabteilung", "abteilung", "kreditsanierung", "team", "customer",
    "customers", "services", "service", "collections", "collection", "accounts", "account", "arrears", "department",
    "support", "relations", "recoveries", "recovery", "credit", "control", "notices", "financial", "finance",
    "&", "and", "und", "-", "patientenabrechnung", "abrechnung", "kundenkonten", "kundenkonto", "darlehensservice",
    "mitgliederservice", "patient", "patients", "billing", "abwicklung", "closures",
    # a town's offices: the town itself owns the claim ("Stadt X, Stadtkasse")
    "stadtkasse", "gemeindekasse", "kreiskasse", "amtskasse", "stadtverwaltung", "gemeindeverwaltung", "kämmerei",
    "steueramt", "vollstreckungsstelle", "kundendienst", "kundenbuchhaltung", "kundencenter", "servicecenter", ""}
_DEPARTMENT_NAMES = {  # a department named around a company in a display name, never part of a company's own name
    "buchhaltung", "mietbuchhaltung", "forderungsmanagement", "kundenservice", "kundenbetreuung", "mahnwesen",
    "beitragsservice", "rechtsabteilung", "inkassoabteilung", "patientenabrechnung", "abrechnung", "kundenkonten",
    "darlehensservice", "mitgliederservice", "abwicklung", "accounts", "billing", "team", "department",
    "kundendienst", "kundenbuchhaltung", "kundencenter", "servicecenter", "beitragseinzug", "forderungseinzug",
    "erlösmanagement", "revenues"}
_PROFESSIONS = {"ra", "rain", "rae", "rä", "rechtsanwalt", "rechtsanwältin", "fachanwalt", "fachanwältin", "notar",
                "notarin", "gerichtsvollzieher", "gerichtsvollzieherin", "obergerichtsvollzieher",
                "obergerichtsvollzieherin", "steuerberater", "steuerberaterin"}
"""A profession before a person's name in a display name ("RA Henning Vogt"): the person is "Henning Vogt"."""
_AGENCY_RE = re.compile(
    r"\b(?:im\s+auftrag(?:e)?|namens\s+und\s+in\s+vollmacht|in\s+vollmacht|namens|on\s+behalf\s+of|acting\s+for|"
    # "ich vertrete die Zahnarztpraxis X", "als Verwalterin der Vermieterin X GmbH", "as managing agents for X"
    r"(?:ich|wir)\s+vertreten?\s+(?=die|den|das)|als\s+(?:haus)?verwalter(?:in)?\s+(?:der|des|für)|"
    r"as\s+(?:managing|letting)\s+agents?\s+(?:for|of)|"
    r"(?:we|i)\s+act\s+for|(?:we|i)\s+represent|"
    # "We act as servicer for X Ltd", "acting as collection agent for X"
    r"(?:act(?:s|ing)?|are)\s+as\s+(?:the\s+)?(?:servicer|servicing\s+agent|(?:collection\s+)?agents?)\s+for|mein(?:er|e|em|en)?\s+mandant(?:in|en)?|"
    r"as\s+agents?\s+for|instructed\s+by|appointed\s+by|vertreten\s+wir|vertreten\s+die|unser(?:er|e|em|en)?\s+"
    r"(?:auftraggeber(?:in|s)?|mandant(?:in|en)?)|our\s+(?:principal|client)s?)\b|"
    # "Principal: X GmbH", "… unserer Auftraggeberin, der X AG", an agency's letterhead "Client: X Ltd"
    r"\b(?:principal|auftraggeber(?:in)?|client)[ \t]*:|"
    # "Gläubigerin: X GmbH" in an agency's letterhead, not the claim's earlier owner ("Ursprünglicher Gläubiger:",
    # see _EARLIER_OWNER; checked after a match, as lookbehinds here cost time at every position of every mail)
    r"(?<![\w-])(?P<owner_label>gläubiger(?:in)?|creditor)[ \t]*:",
    re.I,
)
_EARLIER_OWNER = re.compile(r"(?:ursprüngliche|original|previous|frühere|bisherige|alte)r?[ \t]$", re.I)
_ASSIGNMENT_RE = re.compile(
    r"\b(?:abgetreten\s+an|abtretung\s+an|verkauft\s+an|übertragen\s+an|assigned\s+(?:absolutely\s+)?to|sold\s+to|"
    # "we have sold and assigned all our rights, title and interest in this account to X Ltd"
    r"(?:sold|assigned|transferred)\s+(?:and\s+(?:sold|assigned|transferred)\s+)?all\s+(?:our|its|their)\s+"
    r"rights\b[^.]{0,80}?\bto|"
    r"transferred\s+to|neue[rn]?\s+gläubiger(?:in)?\s+ist|new\s+(?:creditor|owner)\s+is|"
    r"forderungsinhaber(?:in)?\s+ist\s+(?:nunmehr|nun|jetzt)?)\s*",
    re.I,
)
_ASSIGNED_BEFORE_RE = re.compile(r"\ban\s+(?:die|den|das)\s+(?P<org>[^\n]{3,80}?)\s+(?:\S+\s+){0,2}"
                                 r"(?:abgetreten|verkauft|übertragen)\b", re.I)
_BAD_LINE = re.compile(r"\b(?:hrb|hra|amtsgericht|registergericht|sitz|geschäftsführ\w*|vorstand|aufsichtsrat|iban|"
                       r"bic|tel|telefon|phone|fax|ust|ust-idnr|steuer\w*|registered|company no|vat)\b|www\.|@", re.I)
_MAX_FILLER = 6
_TOKEN_RE = re.compile(r"(?i:a\.[ \t]g|e\.[ \t]v|sp\.[ \t]z[ \t]o\.[ \t]?o|spol\.[ \t]s[ \t]r\.o)\.(?![^\s,;:()])|"
                       r"(?i:ug[ \t]*\(haftungsbeschr(?:ä|ae)nkt\))|[^\s,;:()]+|[,;:()]")
"""Words and separators; "a. G.", "Sp. z o.o.", "spol. s r.o." and "UG (haftungsbeschränkt)" are one word each."""
_FREEMAIL = {"gmail", "googlemail", "gmx", "web", "yahoo", "outlook", "hotmail", "t-online", "icloud", "aol"}
ASSIGNMENT, AGENCY, CAPTION, SIGNATURE_CONFIRMED, SIGNATURE = 0.9, 0.88, 0.86, 0.85, 0.75
SIGNATURE_AGENCY = 0.6
_AGENCY_NAME = re.compile(r"inkasso|rechtsanw|kanzlei|solicitors?|lawyers|attorneys|anwaltsbüro|recoveries|"
                          r"forderungsmanagement|collection\s+agency", re.I)
"""An agency or law firm in the signature writes for someone else; unless a cue names it as the owner (an
assignment), its own name as creditor is a guess that a caseworker should check."""
_PART_BREAK = re.compile(r",\s|\s[|·–-]\s")
_TO_WRITER = re.compile(r"\b(?:an\s+uns\s+(?:\S+\s+){0,2}?(?:abgetreten|verkauft|übertragen)|(?:assigned|sold|transferred)"
                        r"\s+to\s+us\b|haben\s+wir\b[^.\n]{0,80}?\b(?:erworben|angekauft|gekauft)|we\s+(?:have\s+)?"
                        r"(?:purchased|acquired|bought)\b)", re.I)
"""The claim was assigned to the writer: the sender's own company is the new owner."""
_INSTRUCTED_RE = re.compile(r"\bvon\s+(?:der|dem|den)\s+")
_INSTRUCTED_AFTER = re.compile(r"(?:(?!erworben|angekauft|gekauft)[^.]){0,100}?\b(?:beauftragt|mandatiert|betraut)\b",
                               re.I)  # "… von der X GmbH erworben und uns beauftragt": X is the old owner
_REPRESENTED_RE = re.compile(r"\b(?:wir|ich)\s+(?=(?:die|den|das)\s)", re.I)
_REPRESENTED_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?vertret(?:e|en)\b", re.I)
""""dass wir die X GmbH anwaltlich vertreten": the represented company is the principal."""
_PRINCIPAL_PERSON_RE = re.compile(
    r"\b(?:vertrete(?:n)?\s+(?:ich|wir)|(?:ich|wir)\s+vertrete(?:n)?|mein(?:e|er|es|em|en)?\s+mandant(?:in|en)?|"
    r"unser(?:e|er|es|em|en)?\s+mandant(?:in|en)?|namens\s+(?:meine|unsere)[rs]?\s+mandant(?:in|en)?|"
    r"on\s+behalf\s+of\s+(?:our|my)\s+client|(?:our|my)\s+client|beistand\s+(?:des|der|für\s+das)\s+kind(?:es)?)"
    r"[ \t,]*(?:(?:der|die|den|dem|the)[ \t]+)?", re.I)
_PERSON_NAME = re.compile(r"(?:(?P<title>Herrn?|Frau|Mr\.?|Mrs\.?|Ms\.?)[ \t]+)?(?P<name>(?:[A-ZÄÖÜÇŞ][\w'-]+[ \t]+){1,2}"
                          r"[A-ZÄÖÜÇŞ][\w'-]+)(?![\w-])")
"""A private person the lawyer acts for ("vertrete ich Herrn Rüdiger Pflanz", "meine Mandantin, Frau X Y", "als
Beistand des Kindes X Y"): the person owns the claim. First and last name, at most three words."""
_ACQUIRED_WORDS = ("erworben", "angekauft", "gekauft", "purchased", "acquired", "bought")
_PRINCIPAL_WORDS = ("vertrete", "mandant", "client", "beistand")
_ACQUIRED_RE = re.compile(r"\b(?:erworben|angekauft|gekauft|purchased|acquired|bought)\b", re.I)
_ACQUIRER_HAS = re.compile(r"\s+(?:hat|haben|has|have)\s")
SENDER_ORG, SENDER, DOMAIN = 0.6, 0.45, 0.3


_TRADING_RE = re.compile(r"\b(?:(?:is|are)\s+(?:a\s+|the\s+)?)?trading\s+(?:name|style)s?\s+of\s+|"
                         r"\b(?:ist\s+)?eine\s+(?:handels)?marke\s+der\s+", re.I)
"""'X is a trading name of Y Ltd', 'X ist eine Marke der Y GmbH': the brand X and the company Y are one creditor
under two names; which of them a caseworker records is their call, so the engine asks (see `RulesEngine`)."""


def names_trading_owner(text: str) -> bool:
    """Whether `text` (the body or an attachment's text) says a brand is the trading name of a company."""
    return any(org_span(text, match.end(), wrap=True) for match in _TRADING_RE.finditer(text))


def find_creditor(mail: InboundMail, quotes: QuoteMap) -> list[Finding]:
    """Creditor-name findings for `mail`, strongest cue first (assignment, agency, signature, sender)."""
    text = mail.text
    found = _cue_orgs(text, quotes, _ASSIGNMENT_RE, ASSIGNMENT, "assignment")
    found += _assigned_before(text, quotes)
    found += _cue_orgs(text, quotes, _AGENCY_RE, AGENCY, "on behalf of")
    found += _instructing(text, quotes)
    lowered = text.lower()  # the newer finders run only where their key word occurs (engine CPU budget)
    if "vertret" in lowered:
        found += _represented(text, quotes)
    if any(word in lowered for word in _ACQUIRED_WORDS):
        found += _acquirer(text, quotes)
    if any(word in lowered for word in _PRINCIPAL_WORDS):
        found += _principal_persons(text, quotes)
    found += [_finding(text, span, CAPTION, quotes, "case caption") for span in claimant_spans(text, org_span)]
    found += [Finding(field="creditor_name", value=mail.subject[s:e], confidence=CAPTION, source="subject",
                      span=(s, e), note="case caption") for s, e in claimant_spans(mail.subject, org_span)]
    signature = _confirmed(_signature_org(text, quotes, _sender_letters(mail), _sender_tokens(mail),
                                          mail.from_name or ""), mail)
    if signature and _TO_WRITER.search(quotes.newest_text()):
        signature = [f.model_copy(update={"confidence": ASSIGNMENT, "note": "assignment to the writer"})
                     for f in signature]
    found += [_as_agency(f) if f.note != "assignment to the writer" else f for f in signature]
    found += _sender(mail)
    return [_completed(text, lowered, quotes, f) for f in found]


def _completed(text: str, lowered: str, quotes: QuoteMap, finding: Finding) -> Finding:
    """The finding with its legal form when the body writes the same name with one ("Carrow Retail Finance" ->
    "Carrow Retail Finance Ltd"), or, failing that, the name without a trailing department word followed by a
    legal form ("Pavona Pay Collections" -> "Pavona Pay AB"); else the finding itself."""
    if _has_legal(finding.value) or "person" in (finding.note or ""):
        return finding
    words = finding.value.split()
    tries = [words]
    if len(words) > 2 and words[-1].lower() in _DEPARTMENT_WORDS:
        tries.append(words[:-1])
    for core in tries:
        needle = " ".join(core).lower()
        at, tried = lowered.find(needle), 0
        while at >= 0 and tried < 3:  # the name as written, on a word boundary, followed by more on its line
            start, end, tried = at, at + len(needle), tried + 1
            at = lowered.find(needle, end)
            if (start and (lowered[start - 1].isalnum() or lowered[start - 1] == "-")) or \
                    not lowered.startswith((" ", "\t"), end):
                continue
            span = org_span(text, start)
            if span is None or span[0] != start or span[1] <= end:
                continue
            extra = text[end: span[1]].replace(",", " ").split()
            if all(w.lower() in _LEGAL_FORMS or w.lower() in _CONNECTORS for w in extra):
                completed = _finding(text, span, finding.confidence, quotes, f"{finding.note}, legal form from text")
                return completed
    return finding


def _confirmed(findings: list[Finding], mail: InboundMail) -> list[Finding]:
    """Raise a signature company's confidence when the sender's display name or domain names it too."""
    sender = _sender_letters(mail)
    result = []
    for finding in findings:
        core = _letters(" ".join(w for w in finding.value.split() if w.lower() not in _LEGAL_FORMS))
        if len(core) >= 4 and core in sender:
            finding = finding.model_copy(update={"confidence": SIGNATURE_CONFIRMED, "note": "signature, sender"})
        result.append(finding)
    return result


def _sender_tokens(mail: InboundMail) -> tuple[str, ...]:
    """Each word of the display name and each label of the sender's domain, as letters ("barclaycard")."""
    domain = (mail.from_address or "").rpartition("@")[2]
    words = re.split(r"[\s.\-]+", f"{mail.from_name or ''} {domain}")
    return tuple(_letters(w) for w in words if _letters(w))


def _sender_letters(mail: InboundMail) -> str:
    return _letters(f"{mail.from_name or ''} {(mail.from_address or '').rpartition('@')[2]}")


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


def org_span(text: str, start: int, wrap: bool = False) -> tuple[int, int] | None:
    """Span of an organisation name starting at (or after filler words from) `start`, on the same line or,
    with `wrap`, wrapped onto the next one ("… an unsere Auftraggeberin, die Westfalen\nStrom GmbH").

    The name must contain a legal form (GmbH, AG, Ltd, ...) or an organisation word (Bank, Inkasso, ...).
    """
    line_end = _line_end(text, start)
    team = _TEAM_OF.match(text, start, line_end)
    start = team.end() if team else start
    tokens = _tokens(text, start, line_end)
    head = list(islice(tokens, _MAX_FILLER + 1))
    first = next((i for i, t in enumerate(head) if t[2].lower() not in _SKIP | {",", ":"}), None)
    if first is None and wrap and len(head) <= _MAX_FILLER and line_end < len(text):
        return org_span(text, line_end + 1)  # "on behalf of our client\nX B.V. in Arnhem": the name is on the next line
    if first is None:  # filler words only ("… of our client of our client …")
        return None
    name, broke = _name_tokens(chain(head[first:], tokens), [])
    span = _cut_org(name)
    if wrap and span is None and name and not broke and line_end < len(text):
        name, _ = _name_tokens(_tokens(text, line_end + 1, _line_end(text, line_end + 1)), name)
        span = _cut_org(name)
    if span is not None and _LABEL_COLON.match(text, span[1]) and not _has_legal(text[span[0]: span[1]]):
        return org_span(text, text.index(":", span[1]) + 1)  # "Bankverbindung: X" -- the label's value follows
    return span


_LEADING_NOT_NAME = _CONNECTORS | _DEPARTMENT_NAMES | {
    "forderungsaufstellung", "rechnung", "mahnung", "kontoauszug", "zahlungserinnerung", "kostenrechnung",
    "verwaltung", "geschäftsstelle", "sekretariat", "kassenwart", "kassenwartin", "schatzmeister", "schatzmeisterin",
    "vorstand"}  # an office or officer of a club or school: "Kassenwart TuS X e.V.", "Verwaltung Musikschule X"
"""Words that may stand before a company on its line but are no part of its name (a department, a document, an
article): "Forderungsaufstellung X Autohaus GmbH", "der Rundfunkanstalt X"."""
_HYPHEN_FORMS = {"ag", "gmbh", "kg", "se"}
"""A legal form joined by a hyphen ("Tauernstraßen Mautbetriebs-AG", "Stadtbad Duisburg Betriebs-GmbH")."""
_LABEL_COLON = re.compile(r"[ \t]*:")


def _has_legal(name: str) -> bool:
    return any(w.lower().rstrip(".,") in _LEGAL_FORMS or w.lower().rstrip(",") in _LEGAL_FORMS for w in name.split())


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end == -1 else end


def _tokens(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """Words and separators of text[start:end], read lazily (a name needs only the first few)."""
    return ((m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text, start, end))


def _name_tokens(tokens: Iterable[tuple[int, int, str]], name: list) -> tuple[list, bool]:
    """Extend `name` by capitalised words, connectors and legal forms (at most 8 in all); True if a
    non-name token ended it."""
    name = list(name)
    tokens = iter(tokens)
    for token in tokens:
        word = token[2]
        if len(name) >= 8:
            return name, True
        if word == "," and name:  # "X S.à r.l. et Cie, S.C.A.", "Example, Inc.": a legal form after a comma
            after = next(tokens, None)
            if after is not None and after[2].lower() in _LEGAL_FORMS and after[2][:1].isupper():
                name.append(after)
                continue
            return name, True
        after_title = bool(name) and name[-1][2].lower().rstrip(".") in _TITLES | _DEGREES
        if word in ",;:()" or not (word[0].isupper() or word[0].isdigit() or word.lower() in _CONNECTORS
                                   or word.lower() in _LEGAL_FORMS
                                   or (after_title and word.lower().rstrip(".") in _DEGREES)):
            return name, True
        name.append(token)
    return name, False


def _cut_org(name: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    legal = [i for i, t in enumerate(name) if t[2].lower().rstrip(",.") in _LEGAL_FORMS
             or t[2].lower() in _LEGAL_FORMS or t[2].lower().rstrip(",.").rpartition("-")[2] in _HYPHEN_FORMS]
    if legal:
        name = name[: legal[-1] + 1]
    elif any(_ORG_WORDS.search(t[2]) for t in name):
        name = _through_titled_name(name)
    else:
        return None
    while name and name[-1][2].lower() in _CONNECTORS:
        name.pop()
    while len(name) > 2 and name[0][2].lower().strip(":") in _LEADING_NOT_NAME:  # "Buchhaltung X GmbH", "der X"
        name.pop(0)
    if not name or name[0][2].lower() in _LEGAL_FORMS:
        return None
    if not legal and not _org_like(name):
        return None
    end = name[-1][1]
    last = name[-1][2]
    if last.endswith(".") and "." not in last[:-1] and last.lower().rstrip(".") in _LEGAL_FORMS:  # "… AG. Die …"
        end -= 1
    return name[0][0], end


def _through_titled_name(name: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The first four words of a name without a legal form, or, when a person's title is among them, on through
    the titled name after it: a practice or firm named after its owner ends with the owner's name, never at the
    title ("Tierklinik am Wiesengrund Dr. Jansen & Partner", "Zahnarztpraxis Dr. med. dent. Corinna Hebel")."""
    titled = next((i for i, t in enumerate(name[:4]) if t[2].lower().rstrip(".") in ("dr", "prof")), None)
    if titled is None:
        return name[:4]
    end = titled + 1
    while end < len(name) and name[end][2].lower().rstrip(".") in _TITLES | _DEGREES:  # "Prof. Dr. med."
        end += 1
    return name[: end + 3]  # given name, surname, or "X & Partner"


def _org_like(name: list[tuple[int, int, str]]) -> bool:
    """A name without a legal form is an organisation when an organisation word is among its kept words, it is
    not a lone label word ("Rechtsanwalt", "Bankverbindung") and it does not start with a person's title
    ("Dr. Corinna Elsner und Praxisteam" cut to "Dr. Corinna Elsner" is a person)."""
    words = [t[2].lower().rstrip(".,") for t in name]
    if words[0] in _TITLES or (len(words) == 1 and words[0] in _LABELS):
        return False
    return any(_ORG_WORDS.search(t[2]) for t in name)


def _finding(text: str, span: tuple[int, int], confidence: float, quotes: QuoteMap, note: str) -> Finding:
    quoted = quotes.is_quoted(span[0])
    return Finding(field="creditor_name", value=" ".join(text[span[0]: span[1]].split()), source="email_body",
                   span=span,
                   confidence=round(confidence * (0.6 if quoted else 1.0), 3), quoted=quoted, note=note)


def _cue_orgs(text: str, quotes: QuoteMap, cue: re.Pattern[str], conf: float, note: str) -> list[Finding]:
    found = []
    for match in cue.finditer(text):
        if "owner_label" in cue.groupindex and match.group("owner_label") and \
                _EARLIER_OWNER.search(text, max(0, match.start() - 16), match.start()):
            continue
        span = org_span(text, match.end(), wrap=True)
        if span is not None:
            found.append(_finding(text, span, conf, quotes, note))
    return found


def _as_agency(finding: Finding) -> Finding:
    if not _AGENCY_NAME.search(finding.value):
        return finding
    return finding.model_copy(update={"confidence": min(finding.confidence, SIGNATURE_AGENCY),
                                      "note": f"{finding.note}, agency"})


def _instructing(text: str, quotes: QuoteMap) -> list[Finding]:
    """"Wir sind von der X GmbH mit der Beitreibung … beauftragt": the organisation that instructed the writer."""
    return _principal_between(text, quotes, _INSTRUCTED_RE, _INSTRUCTED_AFTER)


def _represented(text: str, quotes: QuoteMap) -> list[Finding]:
    """"wir die X GmbH (anwaltlich) vertreten": the company the writer represents."""
    return _principal_between(text, quotes, _REPRESENTED_RE, _REPRESENTED_AFTER)


def _principal_between(text: str, quotes: QuoteMap, before, after) -> list[Finding]:
    """The organisations written right after a match of `before` and followed by a match of `after`."""
    found = []
    for match in before.finditer(text):
        span = org_span(text, match.end())
        if span is not None and after.match(text, span[1]):
            found.append(_finding(text, span, AGENCY, quotes, "on behalf of"))
    return found


def _acquirer(text: str, quotes: QuoteMap) -> list[Finding]:
    """"die X AG hat die Forderung … erworben", "X Ltd has acquired the account": the buyer owns the claim. The
    organisation is the subject right before "hat"/"has" in the sentence of the verb."""
    found = []
    for verb in _ACQUIRED_RE.finditer(text):
        sentence = max(text.rfind(". ", 0, verb.start()), text.rfind("\n\n", 0, verb.start())) + 1
        if verb.start() - sentence > 240:
            continue
        for has in _ACQUIRER_HAS.finditer(text, sentence, verb.start()):
            line_start = text.rfind("\n", 0, has.start()) + 1
            for start in (m.start() for m in re.finditer(r"\S+", text[line_start: has.start()])):
                span = org_span(text, line_start + start)
                if span is not None and span[1] == has.start():
                    found.append(_finding(text, span, ASSIGNMENT, quotes, "assignment, acquirer"))
                    break
            break
    return found


def _principal_persons(text: str, quotes: QuoteMap) -> list[Finding]:
    """A private person after a principal cue ("vertrete ich Herrn X Y", "unserer Mandantin Frau X Y")."""
    found = []
    for cue in _PRINCIPAL_PERSON_RE.finditer(text):
        person = _PERSON_NAME.match(text, cue.end())
        if person is None or person.group("name").split()[0].lower() in _TITLES | _SKIP:
            continue
        if not (person.group("title") or "beistand" in cue.group().lower()) or org_span(text, person.start("name")):
            continue  # a person is named with a title (or as the child a Beistand acts for), never a company
        span = person.span("name")
        found.append(_finding(text, span, SIGNATURE, quotes, "on behalf of, person"))
    return found


def _assigned_before(text: str, quotes: QuoteMap) -> list[Finding]:
    found = []
    for match in _ASSIGNED_BEFORE_RE.finditer(text):
        span = org_span(text, match.start("org"))
        if span is not None and span[1] <= match.end():
            found.append(_finding(text, span, ASSIGNMENT, quotes, "assignment"))
    return found


_LETTERHEAD_PART = re.compile(r"\s[|·–]\s|\s-\s")


def _person_name(name: str) -> bool:
    """Whether a display name is a person's: it starts with a title ("RA Tobias Wendt", "Dr. X Y")."""
    words = name.split()
    return bool(words) and words[0].lower().rstrip(".") in _TITLES


def _signature_org(text: str, quotes: QuoteMap, sender: str = "", sender_tokens: tuple[str, ...] = (),
                   mail_from_name: str = "") -> list[Finding]:
    """The signature's company line: one with a legal form first, then one the sender also names (a brand
    such as "Barclaycard" on its own line), then any organisation-like line."""
    start = quotes.signature_start
    if start >= quotes.history_start:
        lines = list(iter_lines(text, 0, quotes.history_start))[-12:]
    else:
        lines = list(iter_lines(text, start, quotes.history_start))
    candidates = []
    sender_words = set(sender_tokens)
    person_sender = _person_name(mail_from_name)
    for line_start, _end, line in lines:
        first = _LETTERHEAD_PART.search(line)
        if first and len(line.strip()) > 80:  # "X Ltd · FCA FRN … · Company … · support line …": its first part
            line = line[: first.start()]
        bad = _BAD_LINE.search(line)
        cut = re.search(r",\s|\s[|·]\s", line)  # "X eG · Tel. …", "X Ltd | Company no. …"
        registration = bool(bad and cut and cut.end() <= bad.start())
        if registration:  # "X Ltd, Registered in England No. …": keep "X Ltd", below a brand the sender names
            line, bad = line[: cut.start()], None
        if len(line.strip()) > 80 or bad or quotes.is_quoted(line_start):
            continue
        span = org_span(text, line_start)
        if span is not None and _department(text[span[0]: span[1]]):
            span = None  # "Collections", "Customer Services": the company follows on this line or another
        for part in (_PART_BREAK.finditer(line) if span is None else ()):  # "Customer Accounts, Example Ltd"
            span = org_span(text, line_start + part.end())
            if span is not None and not _department(text[span[0]: span[1]]):
                break
            span = None
        stripped = line.strip()
        brand = (len(stripped.split()) == 1 and stripped[:1].isupper() and len(_letters(stripped)) >= 4
                 and _letters(stripped) in sender_words and stripped.lower() not in _LABELS and not person_sender)
        if span is None and brand and not _department(stripped):
            offset = line_start + line.index(stripped)
            span = (offset, offset + len(stripped))
        if span is not None:
            has_legal = any(w.lower().rstrip(".,") in _LEGAL_FORMS for w in text[span[0]: span[1]].split())
            confirmed = len(_letters(text[span[0]: span[1]])) >= 4 and _letters(text[span[0]: span[1]]) in sender
            if registration and has_legal and not confirmed:
                # "X plc, registered office …" below a display name "X Card Services": the company of record
                core = _letters(" ".join(w for w in text[span[0]: span[1]].split()
                                         if w.lower().rstrip(".,") not in _LEGAL_FORMS))
                confirmed = len(core) >= 4 and sender.startswith(core)
            candidates.append((registration and not confirmed, not has_legal, not confirmed, span))
    if not candidates:
        return []
    return [_finding(text, min(candidates)[-1], SIGNATURE, quotes, "signature")]


def _department(name: str) -> bool:
    """True when every word of `name` is a department word ("Customer Services", "Buchhaltung")."""
    return all(word.lower().strip(",.") in _DEPARTMENT_WORDS for word in name.split())


def _without_department(name: str) -> str:
    """A display name without the department around the company: "Beitragsservice X" -> "X", "X GmbH
    Kundenservice" -> "X GmbH" (a name of department words only, "Kundenservice", gives "")."""
    words = name.split()
    while words and words[0].lower().strip(",.:|-–") in _DEPARTMENT_NAMES:
        words.pop(0)
    legal = [i for i, w in enumerate(words) if w.lower().strip(",") in _LEGAL_FORMS]
    if legal and all(w.lower().strip(",.|-–") in _DEPARTMENT_WORDS for w in words[legal[-1] + 1:]):  # "X GmbH …"
        words = words[: legal[-1] + 1]
    while len(words) > 1 and words[-1].lower().strip(",.|-–") in _DEPARTMENT_NAMES:
        words.pop()
    if words == name.split():
        return name
    if not words:
        return ""
    start = name.index(words[0])
    return name[start: name.index(words[-1], start) + len(words[-1])] if len(words) > 1 else words[0]


def _display_company(name: str) -> str:
    """The display name without a department after a dash ("Kreisklinik X – Erlösmanagement" -> "Kreisklinik X";
    "Forderungsmanagement | X AG" -> "X AG") and without a profession before a person ("RA Henning Vogt")."""
    parts = [p.strip() for p in re.split(r"\s[–|]\s|\s-\s", name) if p.strip()]
    if len(parts) > 1:
        kept = [p for p in parts if not _department(_without_department(p) or p) and _without_department(p)]
        name = kept[0] if kept else name
    words = name.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in _PROFESSIONS:
        words.pop(0)
    return name[name.index(words[0]):] if words else name


def _sender(mail: InboundMail) -> list[Finding]:
    name = _without_department(_display_company((mail.from_name or "").strip()))
    if name and "@" not in name:
        offset = (mail.from_name or "").index(name)
        conf = SENDER_ORG if any(w.lower() in _LEGAL_FORMS for w in name.split()) or _ORG_WORDS.search(name) \
            else SENDER
        return [Finding(field="creditor_name", value=name, confidence=conf, source="sender",
                        span=(offset, offset + len(name)), note="from display name")]
    domain = (mail.from_address or "").rpartition("@")[2]
    label = domain.split(".")[-2] if domain.count(".") >= 1 else ""
    if len(label) >= 3 and label.lower() not in _FREEMAIL:
        offset = (mail.from_address or "").rindex(label)
        return [Finding(field="creditor_name", value=label, confidence=DOMAIN, source="sender",
                        span=(offset, offset + len(label)), note="from address domain")]
    return []
