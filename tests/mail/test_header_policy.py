"""The parser's header policy: the registry's text, parsed once, and long address lists address by address."""

from email.policy import default
from email.utils import getaddresses

from shared.mail import header_policy
from shared.mail.header_policy import POLICY, decoded_header


def _whole(name, value):
    return str(default.header_fetch_parse(name, value))


ADDRESSES = [
    '"Müller, Hans" <hans.mueller@inkasso-nord.example>', "=?utf-8?q?J=C3=BCrgen?= <j@example.org>",
    "plain@example.org", "Jane Doe <jane@example.org> (Buchhaltung, 2. OG)", "<bare@example.org>",
    '"quoted\\"name" <q@example.org>', "x@[192.168.0.1]", "broken@@example.org", "Name <unclosed@example.org",
]


def test_a_long_list_reads_as_the_registry_reads_it_whole():
    value = ", ".join(ADDRESSES * 40)
    assert len(value) > header_policy.CHUNK_MIN_CHARS
    assert decoded_header("To", value) == _whole("To", value)
    realistic = ", ".join(f'"Name{i} Surname{i}" <n{i}.s{i}@creditor{i}.example>' for i in range(1000))
    assert decoded_header("Cc", realistic) == _whole("Cc", realistic)


def test_a_long_group_list_yields_the_same_addresses():
    value = "Team: " + ", ".join(f"member{i}@example.org" for i in range(30)) + ";, other@example.org"
    assert getaddresses([decoded_header("To", value)]) == getaddresses([_whole("To", value)])


def test_answers_are_plain_strings_so_the_cache_holds_no_parse_trees():
    value = 'multipart/mixed; boundary="' + "b" * 40 + '"'
    assert type(POLICY.header_fetch_parse("Content-Type", value)) is str
    assert POLICY.header_fetch_parse("Subject", "=?utf-8?q?Gr=C3=BC=C3=9Fe?=") == "Grüße"


def test_long_values_are_parsed_once_per_parse():
    policy = POLICY.clone(memo={})
    value = "attachment; filename=" + "x" * (header_policy.MEMO_MAX_CHARS + 10)
    first = policy.header_fetch_parse("Content-Disposition", value)
    assert policy.header_fetch_parse("Content-Disposition", value) is first and len(policy.memo) == 1
    assert POLICY.memo is None
