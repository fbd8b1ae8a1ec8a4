"""The one text fold: 'Köhler' and 'Koehler' are the same word, 'Kohler' is another one that only the looser
key lets meet them (matching's candidates: tests/engine/test_match.py; grounding: tests/engine/test_grounding.py)."""

from __future__ import annotations

import pytest

from shared.domain.text import fold, simplify, simplify_with_offsets


@pytest.mark.parametrize("written", ["Köhler", "KÖHLER", "Koehler", "Ko\u0308hler"])
def test_umlaut_transliteration_and_decomposed_umlaut_fold_alike(written):
    assert fold(written) == "koehler"


def test_a_name_without_the_umlaut_is_another_word_but_the_same_loose_key():
    assert fold("Kohler") == "kohler" != fold("Köhler")
    assert simplify("Kohler") == simplify("Köhler") == simplify("Koehler") == simplify("Ko\u0308hler") == "kohler"


@pytest.mark.parametrize("text, folded", [("Straße", "strasse"), ("Çelik", "celik"), ("Łódź", "lodz"),
                                          ("Ærø", "aeroe"), ("KD-448812", "kd-448812")])
def test_fold(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize("text", ["Frau Köhler, Straße 5", "Koehler Michael queue aee", "Ko\u0308hler İsmail ﬁn",
                                  ""])
def test_offsets_point_at_the_characters_each_folded_one_came_from(text):
    simplified, origins = simplify_with_offsets(text)
    assert simplified == simplify(text.replace("o\u0308", "o"))
    assert len(origins) == len(simplified) and list(origins) == sorted(origins)
    for char, origin in zip(simplified, origins):
        assert char in simplify(text[origin]) or simplify(text[origin]) == ""  # never: an 'e' dropped
