"""The review function with RUNTIME=gcp: only a valid IAP assertion for this service's audience gets in (401
otherwise, naming why), its email is the caseworker, and POSTs still need that caseworker's CSRF token."""

from __future__ import annotations

import base64
import json
import re
from datetime import timedelta

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from sqlalchemy import create_engine

from shared.adapters.sql_reports import SqlAlchemyReportStore
from shared.adapters.sql_reviews import SqlAlchemyReviewStore
from shared.bootstrap import Deps
from shared.domain.report import ProcessingReport
from shared.domain.review import reason
from shared.reports.migrate import upgrade
from shared.review.iap import ISSUER, PublicKeys
from shared.settings import Settings
from tests.review.test_http import app_for

AUDIENCE = "/projects/123456789/locations/europe-west3/services/review"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _signed(key, claims: dict, kid: str = "k1") -> str:
    head = _b64(json.dumps({"alg": "ES256", "kid": kid, "typ": "JWT"}).encode())
    body = _b64(json.dumps(claims).encode())
    r, s = decode_dss_signature(key.sign(f"{head}.{body}".encode(), ec.ECDSA(hashes.SHA256())))
    return f"{head}.{body}.{_b64(r.to_bytes(32, 'big') + s.to_bytes(32, 'big'))}"


@pytest.fixture
def key():
    return ec.generate_private_key(ec.SECP256R1())


@pytest.fixture
def gcp(tmp_path, clock, key):
    engine = create_engine(f"sqlite:///{tmp_path / 'reports.sqlite3'}")
    upgrade(engine)
    reports, reviews = SqlAlchemyReportStore(engine, clock), SqlAlchemyReviewStore(engine, clock)
    reports.upsert(ProcessingReport(email_id="e1", correlation_id="c1", status="processed", needs_review=True,
                                    review_reasons=[reason("no_client_match")], created_at=clock.now(),
                                    subject="Mahnung"))
    settings = Settings.from_env({}, runtime="gcp", local_data_dir=tmp_path, review_iap_audience=AUDIENCE,
                                 review_csrf_secret="test-csrf-key")
    deps = Deps(settings, clock=clock, reports=reports, reviews=reviews)
    pem = key.public_key().public_bytes(serialization.Encoding.PEM,
                                        serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    keys = PublicKeys(fetch=lambda: {"k1": pem}, clock=clock)
    return app_for(deps, keys).test_client(), deps


def _claims(clock, **changes) -> dict:
    now = int(clock.now().timestamp())
    return {"iss": ISSUER, "aud": AUDIENCE, "iat": now - 10, "exp": now + 600, "email": "ana@firm.example",
            "sub": "accounts.google.com:1", **changes}


def test_a_valid_assertion_lets_the_caseworker_in_under_their_email(gcp, key, clock):
    client, _deps = gcp
    answer = client.get("/review/", headers={"x-goog-iap-jwt-assertion": _signed(key, _claims(clock))})
    assert answer.status_code == 200 and "ana@firm.example" in answer.get_data(as_text=True)


@pytest.mark.parametrize("case, why", [
    ("missing", "missing IAP assertion"),
    ("forged", "bad signature"),
    ("expired", "expired"),
    ("wrong audience", "wrong audience"),
    ("unknown key", "unknown IAP key id"),
])
def test_anything_else_is_401_saying_why(gcp, key, clock, case, why):
    client, _deps = gcp
    other = ec.generate_private_key(ec.SECP256R1())
    tokens = {"missing": None, "forged": _signed(other, _claims(clock)),
              "expired": _signed(key, _claims(clock, exp=int(clock.now().timestamp()) - 1)),
              "wrong audience": _signed(key, _claims(clock, aud="/projects/1/locations/x/services/other")),
              "unknown key": _signed(key, _claims(clock), kid="k2")}
    headers = {} if tokens[case] is None else {"x-goog-iap-jwt-assertion": tokens[case]}
    answer = client.get("/review/e1", headers=headers)
    assert answer.status_code == 401 and why in answer.get_data(as_text=True)
    assert (tokens[case] or "no token") not in answer.get_data(as_text=True)


def test_the_loopback_exception_is_local_only(gcp):
    client, _deps = gcp
    assert client.get("/review/").status_code == 401  # from 127.0.0.1, but RUNTIME=gcp


def test_the_csrf_token_is_the_caseworkers_own(gcp, key, clock):
    client, deps = gcp
    ana = {"x-goog-iap-jwt-assertion": _signed(key, _claims(clock))}
    ben = {"x-goog-iap-jwt-assertion": _signed(key, _claims(clock, email="ben@firm.example"))}
    page = client.get("/review/e1", headers=ana).get_data(as_text=True)
    form = {"csrf_token": re.search(r'name="csrf_token" value="([0-9a-f]+)"', page)[1], "version": "1",
            "action": "save", "value:currency": "EUR"}
    assert client.post("/review/e1", data=form, headers=ben).status_code == 403  # ana's token, ben's request
    assert client.post("/review/e1", data=form, headers=ana).status_code == 303
    clock.advance(3600 * 2)  # the keys are fetched again after an hour; the old token has expired by now
    assert client.get("/review/e1", headers=ana).status_code == 401
    assert deps.reviews.corrections("e1")[0].reviewer == "ana@firm.example"


def test_a_missing_csrf_key_in_the_cloud_is_a_503_naming_it(gcp, key, clock):
    client, deps = gcp
    deps.settings = deps.settings.replace(review_csrf_secret=None)
    answer = client.get("/review/", headers={"x-goog-iap-jwt-assertion": _signed(key, _claims(clock))})
    assert answer.status_code == 503 and "REVIEW_CSRF_SECRET" in answer.get_data(as_text=True)
