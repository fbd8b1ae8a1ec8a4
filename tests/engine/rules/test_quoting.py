"""Quoted history and signature detection."""

from __future__ import annotations

import pytest

from shared.engine.rules.quoting import iter_lines, quote_map


@pytest.mark.parametrize("header", [
    "On Mon, 2 Nov 2026 at 10:00, Kanzlei Beispiel <info@kanzlei.example> wrote:",
    "On Mon, 2 Nov 2026 at 10:00, Kanzlei Beispiel\n<info@kanzlei.example> wrote:",
    "Am 02.11.2026 um 10:00 schrieb Kanzlei Beispiel <info@kanzlei.example>:",
    "-----Original Message-----",
    "-----Ursprüngliche Nachricht-----",
    "Von: Kanzlei Beispiel\nGesendet: Montag, 2. November 2026 10:00\nAn: Stadtwerke",
    "From: Kanzlei Beispiel\nSent: 02 November 2026 10:00",
])
def test_history_headers(header):
    text = f"Neue Nachricht.\n\n{header}\nAlter Text.\n"
    quotes = quote_map(text)
    assert text[quotes.history_start:].startswith(header.split("\n")[0])
    assert not quotes.is_quoted(0)
    assert quotes.is_quoted(text.index("Alter"))


def test_angle_bracket_lines_are_quoted_and_blanked():
    text = "Antwort oben.\n> zitierte Zeile\nweiter unten.\n"
    quotes = quote_map(text)
    assert quotes.is_quoted(text.index("zitierte"))
    assert not quotes.is_quoted(text.index("weiter"))
    newest = quotes.newest_text()
    assert "zitierte" not in newest and len(newest) == len(text)


def test_signature_start():
    text = "Text.\n\nMit freundlichen Grüßen\n\nStadtwerke Köln GmbH\n"
    quotes = quote_map(text)
    assert text[quotes.signature_start:].startswith("Mit freundlichen Grüßen")


def test_no_history():
    quotes = quote_map("Nur eine Zeile")
    assert quotes.history_start == len("Nur eine Zeile") and quotes.quoted_lines == []


def test_iter_lines_offsets():
    text = "ab\ncd\n\nef"
    assert [(s, e, line) for s, e, line in iter_lines(text)] == [(0, 2, "ab"), (3, 5, "cd"), (6, 6, ""), (7, 9, "ef")]


def test_passing_on_quoted_content():
    from shared.engine.rules.quoting import passes_on
    forwarded = "Anbei leiten wir das Schreiben unserer Auftraggeberin weiter.\n\n-----Original Message-----\nX"
    assert passes_on(quote_map(forwarded))
    assert not passes_on(quote_map("Danke.\n\n-----Original Message-----\nX"))
    assert not passes_on(quote_map("Anbei leiten wir das Schreiben weiter."))  # nothing quoted to pass on
