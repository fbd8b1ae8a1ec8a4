"""What the report page shows of the email: the text escaped so the browser's DOM keeps every stored character
(the selection offsets count them), never markup."""

from __future__ import annotations

from shared.review.view import exact


def test_carriage_returns_and_nul_survive_the_html_parser_as_references_and_markup_is_text():
    assert str(exact("a\r\nb\0<i>&")) == "a&#13;\nb&#xFFFD;&lt;i&gt;&amp;"
    assert str(exact("Köln 🙂")) == "Köln 🙂"
