"""Helpers for end-to-end tests: the real intake entry point as functions-framework serves it, signed
requests for each provider, and running the local chain to completion."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets

import functions_framework

from shared import bootstrap
from shared.local.runtime import dispatcher_for
from tests.conftest import REPO_ROOT

SAMPLE_EML = (REPO_ROOT / "samples" / "creditor-statement.eml").read_bytes()


def intake_client(deps):
    """A test client for the `intake` entry point of main.py, wired to `deps`."""
    bootstrap.use(deps)
    app = functions_framework.create_app(target="intake", source=str(REPO_ROOT / "main.py"))
    return app.test_client()


def run_chain(deps) -> int:
    return dispatcher_for(deps).run_until_idle()


def mailgun_fields(deps, raw: bytes = SAMPLE_EML, token: str | None = None, timestamp: int | None = None) -> dict:
    timestamp = int(deps.clock.now().timestamp()) if timestamp is None else timestamp
    token = token or secrets.token_hex(25)
    signature = hmac.new(deps.settings.mailgun_signing_key.encode(), f"{timestamp}{token}".encode(),
                         hashlib.sha256).hexdigest()
    return {"timestamp": str(timestamp), "token": token, "signature": signature, "body-mime": raw.decode("utf-8")}


def basic_auth(credentials: str) -> dict:
    return {"Authorization": "Basic " + base64.b64encode(credentials.encode()).decode()}


def post_mailgun(client, deps, raw: bytes = SAMPLE_EML, **kwargs):
    return client.post("/mailgun", data=mailgun_fields(deps, raw, **kwargs), content_type="multipart/form-data")


def post_sendgrid(client, deps, raw: bytes = SAMPLE_EML):
    return client.post("/sendgrid", data={"email": raw.decode("utf-8"), "to": "intake@firm.example"},
                       content_type="multipart/form-data", headers=basic_auth(deps.settings.sendgrid_basic_auth))


def post_postmark(client, deps, raw: bytes = SAMPLE_EML):
    body = json.dumps({"RawEmail": raw.decode("utf-8"), "From": "x@example.org", "Subject": "s"})
    return client.post("/postmark", data=body, content_type="application/json",
                       headers=basic_auth(deps.settings.postmark_basic_auth))


def post_raw(client, deps, raw: bytes = SAMPLE_EML):
    secret = deps.settings.raw_webhook_secret or "unset"
    signature = hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
    return client.post("/raw", data=raw, content_type="message/rfc822",
                       headers={"X-Signature": f"sha256={signature}"})


POSTERS = {"mailgun": post_mailgun, "sendgrid": post_sendgrid, "postmark": post_postmark, "raw": post_raw}
