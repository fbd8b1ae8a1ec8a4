"""Attachment filenames: no paths, no control characters, no invisible or bidirectional characters."""

import pytest

from shared.mail.filenames import sanitize_filename


def test_a_right_to_left_override_cannot_disguise_the_extension():
    assert sanitize_filename("invoice\u202Efdp.exe", "x") == "invoicefdp.exe"


@pytest.mark.parametrize("char", ["\u202a", "\u202b", "\u202c", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069",
                                  "\u200e", "\u200f", "\u061c", "\u200b", "\ufeff", "\u00ad"])
def test_bidi_controls_and_other_format_characters_are_dropped(char):
    assert sanitize_filename(f"Rech{char}nung.pdf", "x") == "Rechnung.pdf"


def test_ordinary_names_are_kept():
    assert sanitize_filename("Forderungsaufstellung März 2026.pdf", "x") == "Forderungsaufstellung März 2026.pdf"
    assert sanitize_filename("\u202e", "attachment-1.bin") == "attachment-1.bin"
