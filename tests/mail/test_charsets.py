"""Only real text encodings decode a MIME text part."""

import pytest

from shared.mail.charsets import text_codec


@pytest.mark.parametrize("name", ["utf-8", "iso-8859-15", "windows-1252", "utf-16", "utf-7", "gb2312", "iso-2022-jp"])
def test_text_charsets(name):
    assert text_codec(name) == name


def test_aliases_python_does_not_know():
    assert text_codec("ks_c_5601-1987") == "cp949" and text_codec("unknown-8bit") == "latin-1"


@pytest.mark.parametrize("name", ["base64", "idna", "uu", "zlib", "rot13", "hex", "punycode", "bz2", "quopri",
                                  "undefined", "unicode_escape", "raw_unicode_escape", "utf-8\x00", "x-klingon", ""])
def test_codecs_that_are_no_character_set(name):
    assert text_codec(name) is None
