"""The lexicon matcher: entries start a word (or end one too with "="), elisions split off, one role per language."""

from shared.domain.text import fold
from shared.engine.learned.choice_features import _context
from shared.engine.learned.lexicon import load, roles


def _words(text: str) -> list[str]:
    return fold(text).replace(",", " ").split()


def test_an_entry_matches_where_it_starts_a_word_or_a_run_of_words():
    assert "component" in roles("labels", _words("zzgl. Verzugszinsen"))
    assert "own_reference" in roles("labels", _words("Ihr Zeichen"))
    assert "agent" not in roles("labels", _words("Schwimmauftrag"))  # inside a word: no match


def test_an_entry_ending_in_equals_must_end_the_word():
    assert "paid" in roles("labels", _words("montant déjà payé"))
    assert "paid" not in roles("labels", _words("montant à payer"))


def test_an_elision_is_split_off():
    assert "creditor_reference" in roles("labels", _words("le numéro de l'expediente"))


def test_every_entry_is_folded_and_every_role_has_entries():
    for name in ("labels",):
        for role, entries in load(name):
            assert entries, role
            for entry in entries:
                assert fold(entry) == entry, (name, role, entry)


def test_a_candidates_context_names_the_roles_of_its_labels_in_any_language():
    for text, label in (("Gesamtforderung: 1.234,56 EUR", "1.234,56"), ("Montant total restant dû : 1 234,56 EUR",
                        "1 234,56"), ("Totale dovuto 1.234,56 EUR", "1.234,56"), ("Importe pendiente 1.234,56 €",
                        "1.234,56")):
        start = text.index(label)
        assert _context(text, (start, start + len(label)))["Lrole=total"] == 1.0, text
    text = "Zinsen 12,40 EUR"
    assert "Lrole=total" not in _context(text, (7, 12)) and _context(text, (7, 12))["Lrole=component"] == 1.0
