"""Intake over HTTP: every refusal is the right 4xx (or 503) with a reason, never a 500."""

from __future__ import annotations

import json

import pytest

from shared.bootstrap import Deps
from tests.conftest import corpus_dir
from tests.e2e.helpers import SAMPLE_EML, basic_auth, intake_client, mailgun_fields, post_mailgun, post_raw, run_chain


@pytest.fixture
def client(deps):
    return intake_client(deps)


def _error(response) -> str:
    body = response.get_json()
    assert set(body) == {"error"}, body
    return body["error"]


def test_forged_signature_is_401(client, deps):
    fields = mailgun_fields(deps)
    fields["signature"] = "0" * 64
    response = client.post("/mailgun", data=fields, content_type="multipart/form-data")
    assert response.status_code == 401 and _error(response)


def test_token_reused_with_a_different_body_is_403(client, deps):
    assert post_mailgun(client, deps, token="t" * 50).status_code == 200
    other = SAMPLE_EML.replace(b"1.157,37", b"9.999,99")
    response = post_mailgun(client, deps, raw=other, token="t" * 50)
    assert response.status_code == 403 and "replay" in _error(response)


def test_stale_timestamp_is_401(client, deps):
    stale = int(deps.clock.now().timestamp()) - 16 * 60
    response = post_mailgun(client, deps, timestamp=stale)
    assert response.status_code == 401 and _error(response)


def test_oversize_body_is_413(settings, clock):
    deps = Deps(settings.replace(max_body_bytes=10_000), clock)
    client = intake_client(deps)
    big = SAMPLE_EML + b"\n" + b"x" * 20_000
    response = post_raw(client, deps, raw=big)
    assert response.status_code == 413 and "limit" in _error(response)


def test_malformed_multipart_gets_mailguns_stop_status(client):
    response = client.post("/mailgun", data=b"--nope\r\ngarbage", content_type="multipart/form-data; boundary=xYzZY")
    assert response.status_code == 406 and "multipart" in _error(response)


def test_missing_secret_is_503_naming_the_variable(settings, clock):
    deps = Deps(settings.replace(raw_webhook_secret=None), clock)
    response = post_raw(intake_client(deps), deps)
    assert response.status_code == 503 and "RAW_WEBHOOK_SECRET" in _error(response)


def test_wrong_content_type_is_415(client, deps):
    response = client.post("/raw", data=SAMPLE_EML, content_type="text/plain")
    assert response.status_code == 415 and "message/rfc822" in _error(response)


def test_missing_and_wrong_basic_auth_are_401_never_postmarks_stop_status(client, deps):
    body = json.dumps({"RawEmail": SAMPLE_EML.decode()})
    assert client.post("/postmark", data=body, content_type="application/json").status_code == 401
    wrong = client.post("/postmark", data=body, content_type="application/json", headers=basic_auth("postmark:nope"))
    assert wrong.status_code == 401


def test_unknown_path_and_wrong_method(client):
    assert client.post("/ses", data=b"x").status_code == 404
    assert client.get("/mailgun").status_code == 405
    assert client.get("/healthz").get_json() == {"status": "ok"}


def test_not_an_email_is_422(client, deps):
    response = post_raw(client, deps, raw=b"\x00\x01 this is not a mail at all")
    assert response.status_code == 422 and "not an email" in _error(response)


def test_mime_nested_deeper_than_the_limit_is_accepted_for_review(client, deps):
    depth = 25
    raw = b"From: a@example.org\r\nSubject: deep\r\n"
    for level in range(depth):
        raw += f'Content-Type: multipart/mixed; boundary="b{level}"\r\n\r\n--b{level}\r\n'.encode()
    raw += b"Content-Type: text/plain\r\n\r\nhello\r\n"
    for level in reversed(range(depth)):
        raw += f"--b{level}--\r\n".encode()
    response = post_raw(client, deps, raw=raw)
    assert response.status_code == 200, response.get_json()  # accepted: stored raw, the report asks for review
    run_chain(deps)
    report = deps.reports.get(response.get_json()["email_id"])
    assert report.needs_review and "input limit hit: depth" in report.review_reason


@pytest.mark.parametrize("name,route,content_type", [
    ("ses-sns__rails-inbound_email.json", "/postmark", "application/json"),
    ("ses-sns__rails-valid_signature.json", "/postmark", "application/json"),
    ("mandrill__rails-mandrill_events.json", "/postmark", "application/json"),
    ("sendgrid__eventwebhook-signed-payload.bin", "/postmark", "application/json"),
])
def test_foreign_provider_payloads_get_a_4xx(client, deps, name, route, content_type):
    body = (corpus_dir() / "webhooks" / name).read_bytes()
    response = client.post(route, data=body, content_type=content_type,
                           headers=basic_auth(deps.settings.postmark_basic_auth))
    assert 400 <= response.status_code < 500, response.get_json()
    assert _error(response)


def test_foreign_payloads_on_form_routes_get_a_4xx(client, deps):
    body = (corpus_dir() / "webhooks" / "mandrill__rails-mandrill_events.json").read_text()
    response = client.post("/mailgun", data={"mandrill_events": body}, content_type="multipart/form-data")
    assert 400 <= response.status_code < 500
    response = client.post("/sendgrid", data={"mandrill_events": body}, content_type="multipart/form-data",
                           headers=basic_auth(deps.settings.sendgrid_basic_auth))
    assert 400 <= response.status_code < 500


def _rails_vector():
    vectors = json.loads((corpus_dir() / "webhooks" / "signature_vectors.json").read_text())["vectors"]
    return next(v for v in vectors if v["id"] == "mailgun-rails-valid")


@pytest.mark.parametrize("body_file", [None, "rails__invalid_utf.eml"])
def test_published_mailgun_vector_through_intake_on_an_injected_clock(settings, body_file):
    import hashlib
    from datetime import datetime, timezone

    from shared.clock import FakeClock

    vector = _rails_vector()
    params = json.loads((corpus_dir() / "webhooks" / vector["payload_file"]).read_text())
    raw = (corpus_dir() / "mime" / body_file).read_bytes() if body_file else params["body-mime"].encode()
    clock = FakeClock(datetime.fromtimestamp(int(vector["timestamp"]), timezone.utc))
    deps = Deps(settings.replace(mailgun_signing_key=vector["signing_key"]), clock)
    client = intake_client(deps)
    fields = {k: params[k] for k in ("timestamp", "token", "signature")}
    import urllib.parse

    body = urllib.parse.urlencode({**fields, "recipient": params.get("recipient", ""), "body-mime": raw}).encode()
    response = client.post("/mailgun", data=body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200, response.get_json()
    assert deps.blobs.get(f"raw/{hashlib.sha256(raw).hexdigest()}.eml") == raw  # stored byte for byte
    clock.advance(16 * 60)
    replay = client.post("/mailgun", data=body, content_type="application/x-www-form-urlencoded")
    assert replay.status_code == 401  # the same signed post, now stale


class FailingOnce:
    """A blob store (or bus) wrapper whose first write fails like an outage."""

    def __init__(self, inner, method: str):
        self.inner, self.method, self.failed = inner, method, False

    def __getattr__(self, name):
        attribute = getattr(self.inner, name)
        if name != self.method or self.failed:
            return attribute

        def fail(*args, **kwargs):
            self.failed = True
            raise OSError("simulated outage")

        return fail


@pytest.mark.parametrize("dependency,method", [("blobs", "put"), ("bus", "publish")])
def test_store_or_publish_failure_is_503_and_records_nothing(settings, clock, dependency, method):
    base = Deps(settings, clock)
    deps = Deps(settings, clock, **{dependency: FailingOnce(getattr(base, dependency), method)})
    client = intake_client(deps)
    first = post_mailgun(client, deps, token="k" * 50)
    assert first.status_code == 503 and "retry" in _error(first)
    retry = post_mailgun(client, deps, token="k" * 50)  # the provider retries: accepted, not a duplicate
    assert retry.status_code == 200 and retry.get_json()["duplicate"] is False
