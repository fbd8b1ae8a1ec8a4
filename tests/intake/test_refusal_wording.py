"""What a refused webhook's reason says: an operator reads it in the provider's delivery log and must know
what to fix (which header, and whether a clock is behind or ahead)."""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime, timedelta, timezone

import pytest

from shared.errors import RequestRejected
from shared.intake.signatures import verify_mailgun
from tests.e2e.helpers import SAMPLE_EML, intake_client

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=timezone.utc)


def _mailgun_reason(timestamp: datetime) -> str:
    ts, token = str(int(timestamp.timestamp())), "t" * 50
    signature = hmac.new(b"key", (ts + token).encode(), hashlib.sha256).hexdigest()
    with pytest.raises(RequestRejected) as caught:
        verify_mailgun("key", ts, token, signature, NOW, max_age_seconds=900)
    assert caught.value.status == 401
    return caught.value.reason


def test_an_hour_old_mailgun_timestamp_is_described_as_old():
    assert _mailgun_reason(NOW - timedelta(hours=1)) == "Mailgun timestamp is stale: 3600 s old (limit 900 s)"


def test_a_mailgun_timestamp_from_the_future_says_so():
    assert _mailgun_reason(NOW + timedelta(hours=1)) == "Mailgun timestamp is 3600 s in the future (limit 900 s)"


def test_raw_without_a_signature_names_the_x_signature_header(deps):
    response = intake_client(deps).post("/raw", data=SAMPLE_EML, content_type="message/rfc822")
    assert response.status_code == 401
    assert "X-Signature" in response.get_json()["error"]


def test_raw_with_a_wrong_signature_names_the_header_too(deps):
    response = intake_client(deps).post("/raw", data=SAMPLE_EML, content_type="message/rfc822",
                                        headers={"X-Signature": "sha256=" + "0" * 64})
    assert response.status_code == 401 and response.get_json()["error"] == "X-Signature does not match the body"
