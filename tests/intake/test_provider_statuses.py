"""Each provider gets the answer that means what we intend *for that provider*: its stop status when nothing
usable arrived, its retry status (with Retry-After) while another delivery holds the email's claim, 503 only
for our own dependencies — and content we cannot parse is accepted and reported, never answered with a 5xx."""

from __future__ import annotations

import hashlib

import pytest

from shared.bootstrap import Deps
from shared.intake import claims
from shared.intake.providers import BY_PATH, PROVIDERS
from tests.e2e.helpers import POSTERS, SAMPLE_EML, intake_client, run_chain

STOP = {"mailgun": 406, "sendgrid": 422, "postmark": 403, "raw": 422}
RETRY = {"mailgun": 429, "sendgrid": 503, "postmark": 429, "raw": 503}


@pytest.fixture
def client(deps):
    return intake_client(deps)


def test_the_registry_states_each_providers_documented_answers():
    assert {p.name: p.stop_status for p in PROVIDERS} == STOP
    assert {p.name: p.retry_status for p in PROVIDERS} == RETRY
    assert all(p.statuses_documented_at for p in PROVIDERS)
    assert sorted(BY_PATH) == ["/mailgun", "/postmark", "/raw", "/sendgrid"]


@pytest.mark.parametrize("provider", sorted(STOP))
def test_not_an_email_gets_the_providers_stop_status(client, deps, provider):
    response = POSTERS[provider](client, deps, raw=b"\x00\x01 this is not a mail at all")
    assert response.status_code == STOP[provider], response.get_json()
    assert "not an email" in response.get_json()["error"]


@pytest.mark.parametrize("provider", sorted(RETRY))
def test_a_live_claim_gets_the_providers_retry_status_with_retry_after(client, deps, provider):
    claims.claim_email(deps.state, claims.email_key(SAMPLE_EML), "other-delivery", "c", deps.clock.now())
    response = POSTERS[provider](client, deps)
    assert response.status_code == RETRY[provider]
    assert int(response.headers["Retry-After"]) > 0 and "retry" in response.get_json()["error"]


@pytest.mark.parametrize("provider", sorted(STOP))
def test_a_dependency_failure_is_503_for_every_provider_and_the_retry_succeeds(settings, clock, provider):
    class DownOnce:
        def __init__(self, inner):
            self.inner, self.down = inner, True

        def __getattr__(self, name):
            return getattr(self.inner, name)

        def publish(self, *args):
            if self.down:
                self.down = False
                from shared.errors import DependencyUnavailable

                raise DependencyUnavailable("message bus", "simulated outage")
            return self.inner.publish(*args)

    deps = Deps(settings, clock)
    deps.wrap("bus", DownOnce)
    client = intake_client(deps)
    first = POSTERS[provider](client, deps)
    assert first.status_code == 503 and "message bus" in first.get_json()["error"]
    retry = POSTERS[provider](client, deps)  # the failed delivery released its claim: no wait for the lease
    assert retry.status_code == 200 and retry.get_json()["duplicate"] is False


def test_content_our_parser_cannot_read_is_accepted_and_reported_failed(client, deps, monkeypatch):
    def parser_bug(raw, limits=None):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("shared.intake.service.parse_mime", parser_bug)
    response = POSTERS["raw"](client, deps)
    assert response.status_code == 200 and response.get_json()["duplicate"] is False
    run_chain(deps)
    report = deps.reports.get(response.get_json()["email_id"])
    assert report.status == "failed" and report.needs_review
    raw_key = f"raw/{hashlib.sha256(SAMPLE_EML).hexdigest()}.eml"
    assert "RecursionError while parsing" in report.error and raw_key in report.error
    assert deps.blobs.get(raw_key) == SAMPLE_EML  # nothing accepted is lost: the raw message is kept


def test_every_answer_on_every_path_is_json(client):
    for method, path in (("GET", "/mailgun"), ("DELETE", "/raw"), ("POST", "/nowhere"), ("POST", "/healthz")):
        response = client.open(path, method=method, data=b"x")
        assert response.mimetype == "application/json" and response.get_json()["error"], (method, path)
