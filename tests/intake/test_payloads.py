"""Provider payloads (real ones from ../shared/corpus/webhooks) into raw MIME; foreign payloads refused."""

from __future__ import annotations

import json
import random
from email import policy
from email.parser import BytesParser

import pytest

from shared.errors import RequestRejected
from shared.intake.formdata import FormData, parse_form
from shared.intake.payloads import (
    mailgun_message, mailgun_signature_fields, postmark_message, raw_message, sendgrid_message,
)
from tests.conftest import corpus_dir

SENDGRID_CT = "multipart/form-data; boundary=xYzZY"


def _webhook(name: str) -> bytes:
    return (corpus_dir() / "webhooks" / name).read_bytes()


def _form_from_json(name: str) -> FormData:
    fields = json.loads(_webhook(name))
    form = FormData()
    for key, value in fields.items():
        form.fields[key] = [value.encode("utf-8", "surrogateescape") if isinstance(value, str) else json.dumps(value).encode()]
    return form


def _parsed(raw: bytes):
    return BytesParser(policy=policy.default).parsebytes(raw)


def test_mailgun_body_mime_is_kept_byte_for_byte():
    form = _form_from_json("mailgun__rails-body-mime-params.json")
    message = mailgun_message(form)
    assert message.raw_mime == form.fields["body-mime"][0]
    assert message.replay_token == form.fields["token"][0].decode()
    assert _parsed(message.raw_mime)["subject"] == "Discussion: Let's debate these attachments"


def test_mailgun_non_utf8_body_mime_survives_urlencoding_byte_for_byte():
    import urllib.parse

    raw = (corpus_dir() / "mime" / "rails__invalid_utf.eml").read_bytes()
    body = urllib.parse.urlencode({"timestamp": "1", "token": "t", "signature": "s", "body-mime": raw}).encode()
    assert mailgun_message(parse_form("application/x-www-form-urlencoded", body)).raw_mime == raw
    multipart = (b"--B\r\nContent-Disposition: form-data; name=\"body-mime\"\r\n\r\n" + raw + b"\r\n--B--\r\n")
    assert mailgun_message(parse_form("multipart/form-data; boundary=B", multipart)).raw_mime == raw


def test_mailgun_parsed_fields_are_rebuilt_as_mime():
    message = mailgun_message(_form_from_json("mailgun__anymail-parsed-inbound-fields.json"))
    parsed = _parsed(message.raw_mime)
    assert parsed["subject"] and parsed["from"]
    assert parsed.get_body(("plain",)) is not None


def test_mailgun_signature_fields_missing_or_repeated_are_400():
    form = FormData(fields={"timestamp": [b"1"], "token": [b"t"]})
    with pytest.raises(RequestRejected) as missing:
        mailgun_signature_fields(form)
    assert missing.value.status == 400
    form = FormData(fields={"timestamp": [b"1"], "token": [b"t"], "signature": [b"a", b"b"]})
    with pytest.raises(RequestRejected) as repeated:
        mailgun_signature_fields(form)
    assert repeated.value.status == 400


@pytest.mark.parametrize("name", ["sendgrid__inbound-parse-raw_data.multipart",
                                  "sendgrid__inbound-parse-raw_data_with_attachments.multipart"])
def test_sendgrid_raw_mode(name):
    message = sendgrid_message(parse_form(SENDGRID_CT, _webhook(name)))
    assert _parsed(message.raw_mime)["from"]


def test_sendgrid_parsed_mode_default_sample():
    message = sendgrid_message(parse_form(SENDGRID_CT, _webhook("sendgrid__inbound-parse-default_data.multipart")))
    parsed = _parsed(message.raw_mime)
    assert parsed["subject"] and parsed["from"]


def test_sendgrid_declared_charsets_are_honoured():
    message = sendgrid_message(parse_form(SENDGRID_CT, _webhook("sendgrid__anymail-inbound-charsets-capture.multipart")))
    parsed = _parsed(message.raw_mime)
    assert parsed["subject"] == "Como usted pidió"
    assert "Test the ESP’s inbound charset handling…" in parsed.get_body(("plain",)).get_content()
    assert "¿Esto se ve como esperabas?" in parsed.get_body(("html",)).get_content()


@pytest.mark.parametrize("envelope", ['{"from":"jason@37signals.com"}', '["replies@example.com"]',
                                      '{"to":"replies@example.com","from":"x"}', '{"to":[1],"from":"x"}'])
def test_sendgrid_malformed_envelope_is_422(envelope):
    form = FormData(fields={"email": [b"From: a@b\r\n\r\nx"], "envelope": [envelope.encode()]})
    with pytest.raises(RequestRejected) as caught:
        sendgrid_message(form)
    assert caught.value.status == 422


@pytest.mark.parametrize("name", ["postmark__inbound-test-payload.json", "postmark__inbound-test-payload-with-raw.json"])
def test_postmark_payloads(name):
    message = postmark_message(_webhook(name))
    parsed = _parsed(message.raw_mime)
    assert parsed["subject"] and parsed["from"]


def test_postmark_raw_email_wins():
    payload = json.loads(_webhook("postmark__inbound-test-payload-with-raw.json"))
    assert postmark_message(_webhook("postmark__inbound-test-payload-with-raw.json")).raw_mime == payload["RawEmail"].encode()


def test_postmark_attachments_are_rebuilt():
    payload = json.loads(_webhook("postmark__inbound-test-payload.json"))
    parsed = _parsed(postmark_message(_webhook("postmark__inbound-test-payload.json")).raw_mime)
    names = [part.get_filename() for part in parsed.iter_attachments()]
    assert names == [a["Name"] for a in payload["Attachments"]]


@pytest.mark.parametrize("name", ["ses-sns__rails-inbound_email.json", "ses-sns__rails-valid_signature.json",
                                  "mandrill__rails-mandrill_events.json", "sendgrid__eventwebhook-signed-payload.bin"])
def test_foreign_payloads_are_422(name):
    with pytest.raises(RequestRejected) as caught:
        postmark_message(_webhook(name))
    assert caught.value.status == 422 and caught.value.reason


@pytest.mark.parametrize("body,status", [(b"not json", 400), (b"[]", 422), (b"42", 422), (b'{"Foo": 1}', 422),
                                         (b'{"TextBody": "x", "Attachments": [{"Content": "%%%"}]}', 422)])
def test_postmark_bad_json(body, status):
    with pytest.raises(RequestRejected) as caught:
        postmark_message(body)
    assert caught.value.status == status


def test_malformed_multipart_bodies_are_400():
    for content_type, body in [("multipart/form-data", b"--x\r\n"), (SENDGRID_CT, b"no boundary here"),
                               (SENDGRID_CT, b"--xYzZY\r\nContent-Type: text/plain\r\n\r\nno name\r\n--xYzZY--")]:
        with pytest.raises(RequestRejected) as caught:
            parse_form(content_type, body)
        assert caught.value.status == 400, body


def test_header_injection_in_parsed_fields_is_neutralised():
    form = FormData(fields={"subject": [b"Hi\r\nBcc: victim@example.org"], "from": [b"a@example.org"],
                            "body-plain": [b"text"]})
    parsed = _parsed(mailgun_message(form).raw_mime)
    assert parsed["bcc"] is None and "Bcc" in parsed["subject"]


def test_random_bytes_never_escape_as_anything_but_request_rejected():
    rng = random.Random(7)
    for _ in range(300):
        body = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 200)))
        for call in (lambda: postmark_message(body),
                     lambda: sendgrid_message(parse_form(SENDGRID_CT, b"--xYzZY\r\n" + body)),
                     lambda: mailgun_message(parse_form("application/x-www-form-urlencoded", body)),
                     lambda: raw_message(body)):
            try:
                call()
            except RequestRejected:
                pass
