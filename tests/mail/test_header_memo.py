"""The memoising header policy answers exactly what `policy.default` answers, and keeps no long values."""

from email import policy
from email.parser import BytesParser
from pathlib import Path

from shared.mail import parse

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "creditor-statement.eml"


def _fields(message):
    out = []
    for part in message.walk():
        out.append((part.get_content_type(), part.get_content_disposition(), part.get_filename(),
                    part.get_param("charset"), [(k, str(v)) for k, v in part.items()]))
    return out


def test_same_answers_as_the_default_policy():
    raw = SAMPLE.read_bytes()
    memo = BytesParser(policy=parse._POLICY).parsebytes(raw)
    default = BytesParser(policy=policy.default).parsebytes(raw)
    assert _fields(memo) == _fields(default)
    assert parse.parse_mime(raw).mail.subject == str(default["subject"]).strip()


def test_repeated_fields_are_parsed_once_and_long_ones_not_kept():
    parse._parsed_header.cache_clear()
    message = BytesParser(policy=parse._POLICY).parsebytes(SAMPLE.read_bytes())
    for _ in range(3):
        message.get_content_type()
    info = parse._parsed_header.cache_info()
    assert info.hits >= 2 and info.misses >= 1
    long_value = "x" * (parse._MEMO_MAX_CHARS + 1)
    before = parse._parsed_header.cache_info().currsize
    assert str(parse._POLICY.header_fetch_parse("X-Long", long_value)) == long_value
    assert parse._parsed_header.cache_info().currsize == before
