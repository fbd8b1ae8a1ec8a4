"""The literal prefilter in front of the rules' big patterns gives exactly the regex's answers, only sooner."""

from __future__ import annotations

import _sre
import random
import re
from pathlib import Path

import pytest

from shared.engine.rules import intent, names, unplaced
from shared.engine.rules.prefilter import _HAZARDS, Prefiltered, required_words
from shared.mail.parse import parse_mime

DATA = Path(__file__).resolve().parents[1] / "agents_data"
PATTERNS = [intent.NO_COUNTER, intent.REFUSAL[3], intent.COUNTER[3], intent.INVITATION, intent.DEFERRAL,
            *(cue[3] for cue in intent.CUES), *unplaced._MASKS, *(p for p, _ in names._PATTERNS)]


def test_hazards_cover_every_character_where_lower_and_ignorecase_disagree():
    missing = []
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        char = chr(code)
        lowered = char.lower()
        if (len(lowered) != 1 or _sre.unicode_tolower(code) != ord(lowered)) and char not in _HAZARDS:
            missing.append(hex(code))
    assert missing == []


def test_required_words():
    assert required_words(re.compile(r"\bgesamt(?:forderung|betrag)\b|total\s+due", re.I)) == {"gesamt", "total"}
    assert required_words(re.compile(r"\w{0,20}rückst(?:and|ände)|arrears", re.I)) == {"rückst", "arrears"}
    assert required_words(re.compile(r"foo|(?:bar)?", re.I)) is None  # an alternative that needs nothing
    assert required_words(re.compile(r"\d{4}-\d{2}", re.I)) is None
    assert required_words(re.compile(r"ab|cd", re.I)) is None  # too short to be worth it


@pytest.mark.parametrize("text, expected", [
    ("Die GESAMTFORDERUNG beträgt 100 EUR", True),
    ("Die Gesamtforderung", True),
    ("Die Geſamtforderung", True),   # a long s: IGNORECASE matches it to 's', lower() does not; the regex runs
    ("nothing here", False),
])
def test_case_and_hazards(text, expected):
    fast = Prefiltered(re.compile(r"gesamtforderung", re.I))
    assert bool(fast.search(text)) is expected


def _corpus() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("dev*/*.eml")):
        if path.parent.name.startswith("dev"):
            texts.append(parse_mime(path.read_bytes()).mail.text)
    rng = random.Random(7)
    variants = []
    for text in texts[::3]:
        variants.append(text.upper())
        variants.append("".join(c.upper() if rng.random() < 0.3 else c for c in text))
        variants.append(text.replace("s", "ſ", 1).replace("k", "\u212a", 1))
    return texts + variants


def test_prefiltered_patterns_answer_like_the_regex():
    corpus = _corpus()
    for pattern in PATTERNS:
        fast = Prefiltered(pattern)
        for text in corpus:
            assert bool(fast.search(text)) == bool(pattern.search(text)), (pattern.pattern[:60], text[:80])
            assert fast.sub(lambda m: " " * len(m.group()), text) == pattern.sub(lambda m: " " * len(m.group()), text)
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in pattern.finditer(text)]
