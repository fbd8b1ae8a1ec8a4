"""Fuzzing the four provider routes with hostile MIME (and plain noise) inside correctly signed requests
(hypothesis, fixed seed, bounded count): no answer is an unintended 5xx — every one is 200 (accepted, maybe
for review or as unparsed) or the provider's stop status — and every accepted email ends in exactly one report."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import uuid

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from shared.bootstrap import Deps
from shared.intake.providers import BY_PATH
from tests.e2e.helpers import intake_client, run_chain

EXAMPLES_PER_ROUTE = 150

# Building blocks, each a hostile (or merely odd) piece of a message; `n` scales it.
HEADER_PIECES = [
    lambda n: b"Subject: " + b"=?utf-8?b?w6k=?= " * n,
    lambda n: b"Subject: " + b"x" * (n * 40),
    lambda n: b'Content-Type: text/plain; charset="' + b'"' * n,
    lambda n: b"Content-Type: multipart/mixed; boundary=" + b"(" * n,
    lambda n: b"To: " + b", ".join(b"a%d@example.org" % i for i in range(n)),
    lambda n: b"To: :\x80;a",
    lambda n: b"Cc: " + b"\"" * n + b"<a@b>",
    lambda n: b"Content-Type: text/plain; charset=" + st_charsets[n % len(st_charsets)],
    lambda n: b"X-Fold: a" + b"\r\n\t" * n + b"b",
    lambda n: b"Content-Disposition: attachment; " + b"".join(b"filename*%d*=x%d;" % (i, i) for i in range(n)),
    lambda n: b"Message-ID: <" + b"\x00" * n + b">",
    lambda n: b"Date: " + b"9" * n,
    lambda n: b"Content-Transfer-Encoding: " + b"base64" * n,
]
st_charsets = [b"base64", b"idna", b"uu", b"zlib", b"utf-7", b"x\x00y", b"rot13", b"hex", b"utf-32", b"unknown-8bit"]


def _nested(kind: int, depth: int, body: bytes) -> bytes:
    if kind == 0:  # multipart nesting with distinct boundaries
        out = b""
        for level in range(depth):
            out += b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (level, level)
        return out + b"Content-Type: text/plain\r\n\r\n" + body + b"".join(
            b"\r\n--b%d--" % level for level in reversed(range(depth)))
    if kind == 1:  # attached messages inside attached messages
        return b"Content-Type: message/rfc822\r\n\r\n" * depth + b"Subject: inner\r\n\r\n" + body
    if kind == 2:  # an HTML-only body of nested elements
        return b"Content-Type: text/html\r\n\r\n" + b"<div>" * (depth * 50) + body + b"</div>" * (depth * 10)
    if kind == 3:  # many sibling parts
        parts = b"".join(b"--s\r\nContent-Type: text/plain\r\n\r\n%d\r\n" % i for i in range(depth * 20))
        return b'Content-Type: multipart/mixed; boundary="s"\r\n\r\n' + parts + b"--s--"
    return b"Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n" + body  # garbage base64


@st.composite
def hostile_messages(draw) -> bytes:
    headers = [b"From: Inkasso <inkasso@example.org>", b"Message-ID: <%s@fuzz>" % uuid.uuid4().hex.encode()]
    for _ in range(draw(st.integers(0, 4))):
        piece = draw(st.sampled_from(HEADER_PIECES))
        headers.append(piece(draw(st.integers(1, 3000))))
    body = draw(st.binary(max_size=200))
    nested = _nested(draw(st.integers(0, 4)), draw(st.integers(1, 60)), body)
    newline = draw(st.sampled_from([b"\r\n", b"\n"]))
    return newline.join(headers) + newline + nested.replace(b"\r\n", newline)


def _multipart(fields: list[tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    body = b"".join(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode() + value
                    + b"\r\n" for name, value in fields)
    return body + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def _basic(credentials: str) -> dict:
    return {"Authorization": "Basic " + base64.b64encode(credentials.encode()).decode()}


def _signed_post(route: str, raw: bytes, deps) -> tuple[bytes, str, dict]:
    """(body, content type, headers) of a correctly signed delivery of `raw` on `route`."""
    s = deps.settings
    if route == "/mailgun":
        timestamp, token = str(int(deps.clock.now().timestamp())), uuid.uuid4().hex
        signature = hmac.new(s.mailgun_signing_key.encode(), (timestamp + token).encode(), hashlib.sha256).hexdigest()
        body, content_type = _multipart([("timestamp", timestamp.encode()), ("token", token.encode()),
                                         ("signature", signature.encode()), ("body-mime", raw)])
        return body, content_type, {}
    if route == "/sendgrid":
        body, content_type = _multipart([("email", raw), ("to", b"intake@firm.example")])
        return body, content_type, _basic(s.sendgrid_basic_auth)
    if route == "/postmark":
        return json.dumps({"RawEmail": raw.decode("latin-1")}).encode(), "application/json", _basic(s.postmark_basic_auth)
    signature = hmac.new(s.raw_webhook_secret.encode(), raw, hashlib.sha256).hexdigest()
    return raw, "message/rfc822", {"X-Signature": f"sha256={signature}"}


@pytest.mark.slow
@pytest.mark.parametrize("route", sorted(BY_PATH))
def test_hostile_mime_on_every_route_never_gets_an_unintended_5xx(settings, clock, tmp_path, route):
    deps = Deps(settings.replace(local_data_dir=tmp_path / route.strip("/")), clock)
    client = intake_client(deps)
    provider = BY_PATH[route]
    accepted: set[str] = set()
    answers: dict[int, int] = {}

    @settings_for_fuzz
    @given(raw=st.one_of(hostile_messages(), st.binary(min_size=1, max_size=300)))
    def deliver(raw):
        body, content_type, headers = _signed_post(route, raw, deps)
        response = client.post(route, data=body, content_type=content_type, headers=headers)
        answers[response.status_code] = answers.get(response.status_code, 0) + 1
        assert response.status_code == 200 or provider.stops_on(response.status_code), (
            response.status_code, response.get_json(), raw[:300])
        if response.status_code == 200:
            accepted.add(response.get_json()["email_id"])

    deliver()
    print(f"\n{route}: answers {answers}")
    assert accepted, "no hostile message was accepted at all: the generator is not producing email"
    run_chain(deps)
    reports = deps.reports.list(limit=10_000)
    assert sorted(r.email_id for r in reports) == sorted(accepted)
    limited = sum("input limit hit" in (r.review_reason or "") for r in reports)
    print(f"{route}: {len(reports)} reports, {limited} naming a limit hit")
    assert limited, "no example reached a parse limit: the generator is too tame"


settings_for_fuzz = hypothesis_settings(max_examples=EXAMPLES_PER_ROUTE, derandomize=True, database=None, deadline=None,
                             suppress_health_check=list(HealthCheck))
