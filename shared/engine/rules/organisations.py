"""Every organisation a text names: the net of creditor candidates for the learned choice.

The creditor finders (`shared.engine.rules.creditor`) read cues: an assignment, "im Auftrag", the signature's
company line, the sender. Where the owner of the claim is named with no cue they know — a creditor's letter
forwarded by the client or a social worker, a public body collecting through an agency, a letterhead in a PDF —
the right name is in the text but no finder proposes it. This net proposes every name that ends in a legal form
("Versandhaus Elbtal GmbH", "Wohnbau Weserbogen eG", "Lindholm Bank AB"), every line that starts with an
organisation name (a letterhead, an address block) and every public body ("Jobcenter Kreis Moorwiesen",
"Department for Work and Pensions", "Northbrook Magistrates' Court"); the learned chooser (shared.engine.learned.choice) decides
among them by their context, as it does for money mentions.
"""

from __future__ import annotations

import re
from typing import Iterator

from shared.engine.rules.creditor import _LEGAL_FORMS, _TOKEN_RE, org_span

MAX_LOOKBACK = 7
"""Words before a legal form that may belong to the name ("Wohnungsgesellschaft Kurpark mbH": 2)."""
_LOWER_FORMS = {"plc", "ltd", "ltd.", "limited", "llp", "llc", "inc", "inc.", "sp. z o.o.", "sp. z o. o.", "s.r.o.",
                "spol. s r.o.", "a.s.", "d.o.o.", "şti."}
"""Legal forms also written in lower case; any other counts only with a capital ("AB", not "ab 1. Juli")."""
_NAME_WORD = re.compile(r"[A-ZÄÖÜ0-9&]|(?:und|and|of|für|am|an|im|zum|zur|vom|et|di|de|du|la|le)$")
"""A word a name may have before its legal form; an article ends it ("im Namen der X eG": the name is "X eG")."""
_NAMED_BODIES = ("Jobcenter", "Agentur für Arbeit", "Familienkasse", "Finanzamt", "Hauptzollamt", "Landratsamt",
                 "Studierendenwerk", "Studentenwerk", "Industrie- und Handelskammer", "Handwerkskammer", "Stadt",
                 "Gemeinde", "Landkreis", "Land", "Freistaat", "Rundfunkanstalt", "Eigentümergemeinschaft",
                 "Gemeinschaft der Wohnungseigentümer", "WEG", "London Borough of", "Royal Borough of", "Comune di",
                 "Department for", "Ministry of", "Gemeente", "Gmina", "Kommune", "Municipality of")
"""Public bodies (and owners' associations) that own claims, named by a head and then their own name
("Jobcenter Kreis Moorwiesen", "Land Baden-Württemberg", "Department for Work and Pensions")."""
_BODY_SUFFIXES = ("NHS Foundation Trust", "NHS Trust", "Magistrates' Court", "Magistrates’ Court", "County Court", "City Council", "Borough Council",
                  "District Council", "County Council", "Council")
"""Public bodies whose head comes last ("Northbrook Magistrates' Court", "Eastmarsh Council")."""
_WHOLE_BODIES = ("Bundesagentur für Arbeit", "HM Revenue and Customs", "HM Revenue & Customs", "HMRC", "DWP")
_TAIL = r"(?:[ \t]+(?:[A-ZÄÖÜ0-9][\w'’-]*|and|of|und|für|&|am|an der|an|im|in der|bei|ob|upon|on)){%d,5}"
"""The body's own name: capitalised words and the connectors of place names ("Talheim an der Murr")."""
_BODY = re.compile(
    r"(?<![\w-])(?:(?:%s)%s|(?:[A-ZÄÖÜ][\w'’-]*[ \t]+){1,3}(?:%s)|(?:%s))(?![\w-])" % (
        "|".join(map(re.escape, _NAMED_BODIES)), _TAIL % 1, "|".join(map(re.escape, _BODY_SUFFIXES)),
        "|".join(map(re.escape, _WHOLE_BODIES))))
_TRAILING = re.compile(r"(?:[ \t]+(?:and|of|und|für|&|am|an der|an|im|in der|bei|ob|upon|on)|[.,])+$")


def _legal_form(word: str) -> bool:
    lowered = word.lower().rstrip(",")
    if lowered not in _LEGAL_FORMS and lowered.rstrip(".") not in _LEGAL_FORMS:
        return False
    return lowered in _LOWER_FORMS or any(c.isupper() for c in word)


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, end
        start = end + 1


def organisation_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the organisation names in `text`, each once, in text order: a name ending in a legal form (the
    longest `org_span` that reaches it from at most MAX_LOOKBACK name words before), and a line's leading
    organisation name (`org_span` at the line's first word), and a public body named by its head (`_BODY`)."""
    spans: set[tuple[int, int]] = set()
    for line_start, line_end in _lines(text):
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text, line_start, line_end)]
        if not tokens:
            continue
        first = org_span(text, tokens[0][0])
        if first is not None:
            spans.add(first)
        for i, (_start, end, word) in enumerate(tokens):
            if not _legal_form(word) or i == 0:
                continue
            run = i
            while run > 0 and i - run < MAX_LOOKBACK and _NAME_WORD.match(tokens[run - 1][2]):
                run -= 1
            for j in range(run, i):  # the longest name that still reaches this legal form
                span = org_span(text, tokens[j][0])
                if span is not None and span[0] == tokens[j][0] and span[1] >= end - 1:
                    spans.add(span)
                    break
    for match in _BODY.finditer(text):
        end = match.start() + len(_TRAILING.sub("", match.group()))
        spans.add((match.start(), end))
    return sorted(spans)
