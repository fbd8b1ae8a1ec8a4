"""Token counts, address items and comment depth of one header value, alike for bytes and str."""

import pytest

from shared.mail.header_fields import address_spans, comment_depth_cut, count_tokens, token_cut


@pytest.mark.parametrize("kind", [str, bytes])
def test_tokens(kind):
    value = 'text/plain; charset="utf-8"' if kind is str else b'text/plain; charset="utf-8"'
    assert count_tokens(value) == 9  # text / plain ; charset = " utf-8 "
    assert token_cut(value, 3) == value.index(b";" if kind is bytes else ";")
    assert token_cut(value, 100) is None


def test_address_items_ignore_commas_in_quotes_comments_angles_and_literals():
    value = '"Doe, Jane" <j@x.example>, a@b (c, d), <"x,y"@z>, e@[1,2], last@x'
    items = [value[start:end].strip() for start, end in address_spans(value)]
    assert items == ['"Doe, Jane" <j@x.example>', "a@b (c, d)", '<"x,y"@z>', "e@[1,2]", "last@x"]
    assert address_spans(b'"unclosed, a@b') == [(0, 14)]
    assert len(address_spans(b"a@b," * 5)) == 6


def test_comment_depth():
    assert comment_depth_cut("a (b (c)) d", 2) is None
    assert comment_depth_cut(b"x" + b"(" * 40, 32) == 33
    assert comment_depth_cut(b"\\(" * 40, 1) is None  # escaped parentheses open nothing
