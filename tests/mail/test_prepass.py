"""The pre-pass walks MIME bytes as the standard library does, leaves ordinary mail untouched, and cuts hostile
mail so that the standard library never sees more than the limits allow."""

from __future__ import annotations

import random
from email.parser import BytesParser
from pathlib import Path

import pytest

from shared.mail import parse
from shared.mail.limits import ParseLimits
from shared.mail.prepass import bound_message
from tests.mail.hostile import message_shape

ROOT = Path(__file__).resolve().parents[2]
ORDINARY = sorted(ROOT.glob("tests/agents_data/dev*/*.eml")) + [ROOT / "samples" / "creditor-statement.eml"]


def _bound(raw: bytes, limits: ParseLimits = ParseLimits()):
    policy = parse._POLICY.clone(memo={})
    bounded = bound_message(raw, limits, policy, parse._READ_FIELDS)
    return bounded, BytesParser(policy=policy).parsebytes(bounded.raw)




@pytest.mark.parametrize("path", ORDINARY, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_ordinary_mail_passes_through_untouched(path):
    raw = path.read_bytes()
    bounded, message = _bound(raw)
    assert bounded.raw is raw and bounded.defects == []
    assert bounded.parts == message_shape(message)[0]


def _random_part(rng: random.Random, level: int, boundaries: list[bytes]) -> bytes:
    """A random MIME part: mixed line breaks, odd and repeated boundaries, digests, delivery reports."""
    nl = rng.choice([b"\r\n", b"\n", b"\r\n", b"\r"])
    kind = rng.choice(["text", "text", "multi", "multi", "digest", "rfc822", "dsn", "nobound"]) if level < 6 else "text"
    head = [b"X-A: 1" + nl] + ([b" folded" + nl] if rng.random() < 0.1 else [])
    if kind == "text":
        if rng.random() < 0.8:
            head.append(b"Content-Type: text/plain" + nl)
        outer = rng.choice(boundaries) if boundaries else b"q"
        body = rng.choice([b"hello", b"--" + outer, b"line" + nl + b"--" + outer + b"--", b"", b"x" + nl * 2 + b"y"])
    elif kind == "rfc822":
        head.append(b"Content-Type: message/rfc822" + nl)
        body = _random_part(rng, level + 1, boundaries)
    elif kind == "dsn":
        head.append(b"Content-Type: message/delivery-status" + nl)
        body = (b"A: 1" + nl + nl + b"B: 2" + nl + nl + nl + b"junk" + nl + b"C: 3" + nl)[:rng.randint(0, 40)]
    else:
        boundary = rng.choice([b"b", b"bb", b"b%d" % level, b"c d", b"", b"b:x", b"b\xc3\xa4",
                               boundaries[-1] if boundaries else b"b"])
        subtype = b"digest" if kind == "digest" else b"mixed"
        quote = rng.choice([b'"', b""])
        head.append(b"Content-Type: multipart/mixed" + nl if kind == "nobound" else
                    b"Content-Type: multipart/" + subtype + b"; boundary=" + quote + boundary + quote + nl)
        children = [_random_part(rng, level + 1, boundaries + [boundary]) for _ in range(rng.randint(0, 3))]
        delimiters = [b"--" + boundary + rng.choice([nl, b" " + nl, nl + b"--" + boundary + nl]) for _ in children]
        body = rng.choice([b"preamble" + nl, b""]) + b"".join(d + c + nl for d, c in zip(delimiters, children))
        body += rng.choice([b"--" + boundary + b"--" + nl + b"epilogue", b"--" + boundary + b"--", b""])
    return b"".join(head) + rng.choice([nl, nl, b""]) + body


def test_the_walk_matches_the_standard_library_and_cut_mail_stays_within_the_limits():
    rng = random.Random(20261116)
    for _ in range(600):
        raw = b"From: a@b.example\r\n" + _random_part(rng, 1, [])
        bounded, message = _bound(raw)
        assert bounded.raw is raw and bounded.parts == message_shape(message)[0], raw
        limits = ParseLimits(
            parts=rng.randint(1, 6), max_depth=rng.randint(1, 4), header_count=rng.randint(1, 4),
            header_bytes=rng.randint(10, 200), header_length=rng.randint(5, 60), field_tokens=rng.randint(1, 8),
            header_tokens=rng.randint(1, 40), boundary_length=rng.randint(1, 3), encoded_words=rng.randint(1, 3))
        cut, message = _bound(raw, limits)
        parts, depth = message_shape(message)
        assert parts <= limits.parts and depth <= limits.max_depth, (limits, raw)
        assert _bound(cut.raw)[0].parts == parts, (limits, raw)


def test_past_a_blocks_budget_the_fields_the_parser_reads_are_kept():
    raw = (b"From: a@b.example\r\n" + b"Received: relay\r\n" * 2000 + b"Subject: Forderung\r\n"
           b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nText\r\n'
           b"--b\r\nContent-Type: application/pdf\r\n\r\nPDF\r\n--b--\r\n")
    mail = parse.parse_mime(raw).mail
    assert mail.subject == "Forderung" and mail.text == "Text" and len(mail.attachments) == 1
    assert "limit:header_count" in mail.defects


def test_parts_past_the_limit_are_dropped_and_the_multipart_closed():
    raw = b'From: a@b.example\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n' + b"".join(
        b"--b\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % i for i in range(10)) + b"--b--\r\nepilogue\r\n"
    bounded, message = _bound(raw, ParseLimits(parts=4))
    assert message_shape(message) == (4, 2) and bounded.defects == ["limit:parts"]
    assert [part.get_payload() for part in message.get_payload()] == ["part 0", "part 1", "part 2"]
    assert message.epilogue == "epilogue\r\n"


def test_dropping_fields_never_joins_a_lone_cr_to_the_blank_line_after_them():
    raw = b"From: a@b.example\rX-A: 1\rX-B: 2\nX-C: 3\n\nbody"
    bounded, message = _bound(raw, ParseLimits(header_count=2))
    assert message.get_payload() == "body" and list(message.keys()) == ["From", "X-A"]


def test_a_field_cut_before_its_colon_is_dropped_not_turned_into_body():
    raw = b"From: a@b.example\r\nX-" + b"N" * 100 + b": v\r\nSubject: s\r\n\r\nbody"
    bounded, message = _bound(raw, ParseLimits(header_length=50))
    assert message["subject"] == "s" and message.get_payload() == "body"
    assert bounded.defects == ["limit:header_length"]
