"""The net of organisation names (shared/engine/rules/organisations.py): every name ending in a legal form, on
any line and after any words, and every line's leading organisation name; nothing from lower-case words that
happen to spell a legal form, nor a person."""

from __future__ import annotations

from shared.engine.rules.organisations import organisation_spans


def _names(text: str) -> list[str]:
    return [text[start:end] for start, end in organisation_spans(text)]


def test_a_name_with_a_legal_form_is_found_in_a_sentence_and_in_a_letterhead():
    text = ("Sehr geehrte Frau Yilmaz,\nwir fordern im Namen der Wohnbau Weserbogen eG den Rückstand ein.\n"
            "Lindholm Bank AB\nFiliale Hamburg\n")
    assert _names(text) == ["Wohnbau Weserbogen eG", "Lindholm Bank AB"]


def test_a_compound_legal_form_and_an_organisation_word_line():
    text = "Hafenstraße 20 Grundbesitz GmbH & Co. KG\nStadtwerke Tauberfranken\nzahlbar ab 1. Juli an uns\n"
    assert _names(text) == ["Hafenstraße 20 Grundbesitz GmbH & Co. KG", "Stadtwerke Tauberfranken"]


def test_lower_case_words_and_persons_are_no_organisations():
    text = "Hallo Frau Becker,\nbitte zahlen Sie ab sofort an Herrn Till Obenauer.\nsa 12 ag\n"
    assert _names(text) == []


def test_each_name_once_in_text_order():
    text = "Von: Versandhaus Elbtal GmbH\nVersandhaus Elbtal GmbH, Forderungsmanagement\n"
    spans = organisation_spans(text)
    assert [text[s:e] for s, e in spans] == ["Versandhaus Elbtal GmbH"] * 2 and spans == sorted(set(spans))


def test_public_bodies_by_their_head_with_place_names_and_without_trailing_words():
    text = ("wir ziehen im Auftrag der Gläubigerin, Jobcenter Hallstedt-Land, die Forderung ein.\n"
            "Gläubiger: Jobcenter Kreis Moorwiesen. Die Restforderung beträgt\n"
            "the debt was transferred to the Department for Work and Pensions, which now collects it\n"
            "Fines Office, Northbrook Magistrates' Court\nStadtkasse der Stadt Talheim an der Murr\n")
    names = _names(text)
    for name in ("Jobcenter Hallstedt-Land", "Jobcenter Kreis Moorwiesen", "Department for Work and Pensions",
                 "Northbrook Magistrates' Court", "Stadt Talheim an der Murr"):
        assert name in names, (name, names)
    assert not any(n.endswith((" Die", ".", " and", " an")) for n in names)


def test_legal_forms_of_creditors_abroad_end_their_names():
    text = ("Szybka Gotówka 24 Sp. z o.o., ul. Długa 5\nLikya Özel Sağlık Hizmetleri A.Ş.\n"
            "Biuro Podróży Bursztynowy Szlak sp. z o.o. informuje, Modrá Laguna spol. s r.o.\n"
            "Nordlys Design ApS\nDřevák s.r.o. – zákaznický servis\nVersandhaus Elbtal GmbH as agreed\n"
            "Tamarside University Hospitals NHS Trust\nim Auftrag der Gemeente Dijkhaven\n"
            "Webhafen Hosting UG (haftungsbeschränkt)\nim Auftrag der Kleinbau UG (haftungsbeschränkt) & Co. KG\n")
    names = _names(text)
    for name in ("Szybka Gotówka 24 Sp. z o.o.", "Likya Özel Sağlık Hizmetleri A.Ş.", "Nordlys Design ApS",
                 "Biuro Podróży Bursztynowy Szlak sp. z o.o.", "Modrá Laguna spol. s r.o.", "Dřevák s.r.o.",
                 "Versandhaus Elbtal GmbH", "Tamarside University Hospitals NHS Trust", "Gemeente Dijkhaven",
                 "Webhafen Hosting UG (haftungsbeschränkt)", "Kleinbau UG (haftungsbeschränkt) & Co. KG"):
        assert name in names, (name, names)
    assert not any(n.endswith((" as", " servis")) for n in names)
