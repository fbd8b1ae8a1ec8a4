"""shared.intake.providers on the real provider payloads in the shared corpus (../shared/corpus/webhooks)."""

from __future__ import annotations

import json
import random
import urllib.parse
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest

from shared.errors import RequestRejected
from shared.intake.forms import FormData, parse_form
from shared.intake.providers import (
    ProviderMessage,
    mailgun_message,
    mailgun_signature_fields,
    postmark_message,
    raw_message,
    sendgrid_message,
)

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
SENDGRID_CT = "multipart/form-data; boundary=xYzZY"
URLENCODED = "application/x-www-form-urlencoded"


def corpus(relative: str) -> bytes:
    path = CORPUS / relative
    if not path.is_file():
        pytest.skip(f"corpus file {path} is missing (expected the shared corpus next to the repo)")
    return path.read_bytes()


def urlencoded(fields: dict[str, bytes | str] | list[tuple[str, bytes | str]]) -> FormData:
    pairs = fields.items() if isinstance(fields, dict) else fields
    body = "&".join(f"{urllib.parse.quote(k)}={urllib.parse.quote_from_bytes(_b(v))}" for k, v in pairs)
    return parse_form(URLENCODED, body.encode())


def multipart(fields: dict[str, bytes | str], files: list[tuple[str, str, str, bytes]] = ()) -> FormData:
    chunks = [b'--B\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' % (k.encode(), _b(v))
              for k, v in fields.items()]
    chunks += [b'--B\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\nContent-Type: %s\r\n\r\n%s\r\n'
               % (name.encode(), filename.encode(), ctype.encode(), data) for name, filename, ctype, data in files]
    return parse_form("multipart/form-data; boundary=B", b"".join(chunks) + b"--B--\r\n")


def _b(value: bytes | str) -> bytes:
    return value if isinstance(value, bytes) else value.encode()


def parsed(message: ProviderMessage) -> EmailMessage:
    return BytesParser(policy=policy.default).parsebytes(message.raw_mime)


def rejection(call, *args) -> RequestRejected:
    with pytest.raises(RequestRejected) as caught:
        call(*args)
    return caught.value


def mailgun_fields(name: str) -> dict[str, str]:
    return json.loads(corpus(f"webhooks/{name}"))


# --- every provider payload in the corpus ------------------------------------------------------------------

@pytest.mark.parametrize("name, subject, sender", [
    ("mailgun__anymail-body-mime-fields.json", "Raw MIME test", "A tester <test@example.org>"),
    ("mailgun__anymail-parsed-inbound-fields.json", "Test subject", "Displayed From <from+test@example.org>"),
    ("mailgun__rails-body-mime-params.json", "Discussion: Let's debate these attachments",
     "Jason Fried <jason@37signals.com>"),
])
@pytest.mark.parametrize("encode", [urlencoded, multipart])
def test_mailgun_corpus(name, subject, sender, encode):
    fields = mailgun_fields(name)
    message = mailgun_message(encode(fields))
    assert message.provider == "mailgun" and message.replay_token == fields["token"]
    email = parsed(message)
    assert (email["Subject"], email["From"]) == (subject, sender)
    if "body-mime" in fields:
        assert message.raw_mime == fields["body-mime"].encode()


@pytest.mark.parametrize("name, subject, raw", [
    ("sendgrid__inbound-parse-default_data.multipart", "Testing non-raw", False),
    ("sendgrid__inbound-parse-raw_data.multipart", "Inbound Parse Test Raw Data", True),
    ("sendgrid__inbound-parse-raw_data_with_attachments.multipart", "Inbound Parse Test Raw Data with Attachment",
     True),
    ("sendgrid__anymail-inbound-charsets-capture.multipart", "Como usted pidió", False),
])
def test_sendgrid_corpus(name, subject, raw):
    form = parse_form(SENDGRID_CT, corpus(f"webhooks/{name}"))
    message = sendgrid_message(form)
    email = parsed(message)
    assert message.provider == "sendgrid" and message.replay_token is None
    assert email["Subject"] == subject
    assert email["From"] in ("Example User <test@example.com>", "Opérateur de test <sender@example.com>")
    if raw:
        assert message.raw_mime == form.fields["email"][0]


@pytest.mark.parametrize("name", ["postmark__inbound-test-payload.json", "postmark__inbound-test-payload-with-raw.json"])
def test_postmark_corpus(name):
    message = postmark_message(corpus(f"webhooks/{name}"))
    email = parsed(message)
    assert message.provider == "postmark"
    assert email["Subject"] == "Test subject"
    assert email["From"] == "Postmarkapp Support <support@postmarkapp.com>"
    assert email["To"] == "Firstname Lastname <mailbox+SampleHash@inbound.postmarkapp.com>"


# --- raw beats parsed, byte for byte -----------------------------------------------------------------------

@pytest.mark.parametrize("encode", [urlencoded, multipart])
def test_rails_non_utf8_body_mime_is_stored_byte_for_byte(encode):
    fields = mailgun_fields("mailgun__rails-body-mime-params.json")
    invalid_utf = corpus("mime/rails__invalid_utf.eml")
    with pytest.raises(UnicodeDecodeError):
        invalid_utf.decode("utf-8")
    form = encode({**fields, "body-mime": invalid_utf})
    assert mailgun_message(form).raw_mime == invalid_utf
    assert mailgun_signature_fields(form) == (fields["timestamp"], fields["token"], fields["signature"])


def test_mailgun_body_mime_as_a_file_part():
    mime = corpus("mime/rails__welcome.eml")
    form = multipart({"token": "t"}, files=[("body-mime", "message.mime", "message/rfc822", mime)])
    assert mailgun_message(form).raw_mime == mime


def test_postmark_raw_email_wins_over_parsed_fields():
    document = json.loads(corpus("webhooks/postmark__inbound-test-payload-with-raw.json"))
    message = postmark_message(json.dumps({**document, "Subject": "ignored"}).encode())
    assert message.raw_mime == document["RawEmail"].encode()


# --- rebuilt messages --------------------------------------------------------------------------------------

def test_mailgun_parsed_rebuild_keeps_headers_bodies_and_attachments():
    fields = mailgun_fields("mailgun__anymail-parsed-inbound-fields.json")
    pdf = b"%PDF-1.4\r\n\x00\xff binary"
    email = parsed(mailgun_message(multipart(fields, files=[
        ("attachment-2", "b.txt", "text/plain", b"second"), ("attachment-1", "Forderung.pdf", "application/pdf", pdf)])))
    assert email["To"] == "Test Inbound <test@inbound.example.com>, other@example.com"
    assert email["Cc"] == "cc@example.com" and email["Message-Id"] == "<CAEPk3R+4Zr@mail.example.org>"
    assert email["X-Mailgun-Spf"] == "Pass" and len(email.get_all("Received")) == 3
    assert "089e0825ccf874a0bb055b4f7e23" not in str(email["Content-Type"])  # the original structure header is dropped
    assert email.get_body(("plain",)).get_content().strip() == "Test body plain"
    assert email.get_body(("html",)).get_content().strip() == "<div>Test body html</div>"
    attachments = [(a.get_filename(), a.get_content_type(), a.get_content()) for a in email.iter_attachments()]
    assert attachments == [("Forderung.pdf", "application/pdf", pdf), ("b.txt", "text/plain", "second")]


def test_sendgrid_charsets_capture_decodes_every_field_with_its_charset():
    email = parsed(sendgrid_message(parse_form(SENDGRID_CT,
                                               corpus("webhooks/sendgrid__anymail-inbound-charsets-capture.multipart"))))
    assert email["Subject"] == "Como usted pidió"
    assert email["From"] == "Opérateur de test <sender@example.com>"
    assert email["To"] == "Récipiendaire précieux <inbound@sg.example.com>"
    assert email.get_body(("plain",)).get_content().strip() == "Test the ESP’s inbound charset handling…"
    assert email.get_body(("html",)).get_content().strip() == "<p>¿Esto se ve como esperabas?</p>"
    assert email["Date"] == "Fri, 24 Jul 2020 16:43:46 +0000"  # taken from the `headers` block


@pytest.mark.parametrize("charset", ["x-no-such-charset", "base64", "rot13", "\x00"])
def test_sendgrid_unknown_charset_falls_back_to_utf8(charset):
    form = multipart({"subject": "café", "text": b"caf\xc3\xa9 \xff", "charsets": json.dumps({"subject": charset,
                                                                                             "text": charset})})
    email = parsed(sendgrid_message(form))
    assert email["Subject"] == "café"
    assert email.get_body(("plain",)).get_content().strip() == "café \ufffd"


def test_sendgrid_attachments_with_attachment_info():
    info = {"attachment1": {"filename": "Mahnung.pdf", "type": "application/pdf"}}
    form = multipart({"from": "a@example.com", "subject": "s", "text": "t", "attachment-info": json.dumps(info)},
                     files=[("attachment1", "Mahnung.pdf", "application/octet-stream", b"%PDF")])
    (attachment,) = parsed(sendgrid_message(form)).iter_attachments()
    assert (attachment.get_filename(), attachment.get_content_type(), attachment.get_content()) == (
        "Mahnung.pdf", "application/pdf", b"%PDF")


def test_postmark_rebuild_has_cc_message_id_and_attachment():
    email = parsed(postmark_message(corpus("webhooks/postmark__inbound-test-payload.json")))
    assert email["Cc"] == "First Cc <firstcc@postmarkapp.com>, secondCc@postmarkapp.com"
    assert email["Message-ID"] == "<00000000-0000-0000-0000-000000000000>"
    assert email.get_body(("plain",)).get_content().strip() == "This is a test text body."
    (attachment,) = email.iter_attachments()
    assert attachment.get_filename() == "test.txt"
    assert attachment.get_content() == "This is attachment contents, base-64 encoded."


def test_header_injection_is_neutralised():
    headers = json.dumps([["Subject", "Hi\r\nBcc: evil@example.com"], ["X-Evil\r\nBcc", "x"], ["Bad Name", "x"]])
    email = parsed(mailgun_message(urlencoded({"message-headers": headers, "from": "a@example.com\r\nX-Injected: 1",
                                               "body-plain": "b"})))
    assert email["Bcc"] is None and email["X-Injected"] is None and email["Bad Name"] is None
    assert email["Subject"] == "Hi Bcc: evil@example.com"
    postmark = parsed(postmark_message(json.dumps({"Subject": "s\nBcc: x@example.com", "TextBody": "t"}).encode()))
    assert postmark["Bcc"] is None and postmark["Subject"] == "s Bcc: x@example.com"


def test_non_ascii_addresses_and_identifiers_survive_the_rebuild():
    document = {"FromFull": {"Email": "jürgen@bäcker.de", "Name": 'Jürgen "J" Bäcker'}, "Subject": "Grüße",
                "MessageID": "nachricht-ü", "TextBody": "x"}
    message = postmark_message(json.dumps(document).encode())
    assert message.raw_mime.isascii()
    email = parsed(message)
    assert email["From"] == '"Jürgen \\"J\\" Bäcker" <jürgen@bäcker.de>' and email["Subject"] == "Grüße"
    assert email["Message-ID"] is None and email["X-Original-Message-ID"] == "<nachricht-ü>"


def test_unparseable_date_is_kept_as_x_original_date():
    headers = json.dumps([["Date", "irgendwann"], ["Subject", "s"]])
    email = parsed(mailgun_message(urlencoded({"message-headers": headers, "body-plain": "x"})))
    assert email["Date"] is None and email["X-Original-Date"] == "irgendwann"


# --- rejections ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["ses-sns__rails-inbound_email.json", "ses-sns__rails-inbound_email_s3.json",
                                  "ses-sns__rails-valid_signature.json", "ses-sns__rails-invalid_signature.json"])
def test_amazon_sns_payloads_are_refused(name):
    body = corpus(f"webhooks/{name}")
    for call in (postmark_message, raw_message):
        error = rejection(call, body)
        assert error.status == 422 and "Amazon SNS" in error.reason


def test_mandrill_events_are_refused_everywhere():
    events = corpus("webhooks/mandrill__rails-mandrill_events.json")
    for call in (postmark_message, raw_message):
        assert "Mandrill" in rejection(call, events).reason
    for call in (mailgun_message, sendgrid_message):
        error = rejection(call, urlencoded({"mandrill_events": events}))
        assert error.status == 422 and "Mandrill" in error.reason


def test_sendgrid_event_webhook_is_refused():
    body = corpus("webhooks/sendgrid__eventwebhook-signed-payload.bin")
    for call in (postmark_message, raw_message):
        error = rejection(call, body)
        assert error.status == 422 and "SendGrid Event Webhook" in error.reason


def test_payload_of_the_other_form_provider_is_refused():
    sendgrid_form = parse_form(SENDGRID_CT, corpus("webhooks/sendgrid__inbound-parse-default_data.multipart"))
    assert "SendGrid" in rejection(mailgun_message, sendgrid_form).reason
    mailgun_form = urlencoded(mailgun_fields("mailgun__anymail-body-mime-fields.json"))
    assert "Mailgun" in rejection(sendgrid_message, mailgun_form).reason


@pytest.mark.parametrize("envelope", [  # the malformed envelopes of Rails' SendGrid ingress test
    '{"from":"jason@37signals.com"}', '["replies@example.com"]',
    '{"to":"replies@example.com","from":"jason@37signals.com"}', '{"to":[1],"from":"jason@37signals.com"}',
    "{not json",
])
def test_sendgrid_malformed_envelope_is_422(envelope):
    form = multipart({"email": corpus("mime/rails__welcome.eml"), "envelope": envelope})
    error = rejection(sendgrid_message, form)
    assert error.status == 422 and "envelope" in error.reason


def test_sendgrid_valid_envelope_is_accepted():
    mime = corpus("mime/rails__welcome.eml")
    form = multipart({"email": mime, "envelope": '{"to":["replies@example.com"],"from":"jason@37signals.com"}'})
    assert sendgrid_message(form).raw_mime == mime


@pytest.mark.parametrize("field", ["signature", "timestamp", "token"])
def test_mailgun_signature_field_missing_or_repeated_is_400(field):
    fields = mailgun_fields("mailgun__rails-body-mime-params.json")
    missing = urlencoded({k: v for k, v in fields.items() if k != field})
    assert rejection(mailgun_signature_fields, missing).status == 400
    repeated = urlencoded(list(fields.items()) + [(field, fields[field])])
    error = rejection(mailgun_signature_fields, repeated)
    assert error.status == 400 and "2 times" in error.reason
    rails_array = urlencoded([(k if k != field else f"{k}[]", v) for k, v in fields.items()])
    assert rejection(mailgun_signature_fields, rails_array).status == 400


@pytest.mark.parametrize("field", ["body-mime", "recipient"])
def test_mailgun_array_body_mime_or_recipient_is_400(field):
    fields = {**mailgun_fields("mailgun__rails-body-mime-params.json"), "recipient": "replies@example.com"}
    assert rejection(mailgun_message, urlencoded(list(fields.items()) + [(field, fields[field])])).status == 400


@pytest.mark.parametrize("call, form", [
    (mailgun_message, {"token": "t", "timestamp": "1", "signature": "s"}),
    (sendgrid_message, {"sender_ip": "0.0.0.0", "SPF": "pass"}),
])
def test_form_without_a_message_is_400(call, form):
    error = rejection(call, urlencoded(form))
    assert error.status == 400 and error.reason.startswith("no message in payload")


def test_mailgun_bad_message_headers():
    assert rejection(mailgun_message, urlencoded({"message-headers": "[[", "body-plain": "x"})).status == 400
    assert rejection(mailgun_message, urlencoded({"message-headers": '{"a": 1}', "body-plain": "x"})).status == 422
    assert rejection(mailgun_message, urlencoded({"message-headers": "[[1, 2]]", "body-plain": "x"})).status == 422


@pytest.mark.parametrize("body, status", [
    (b"", 400), (b"{", 400), (b"\xff\xfe", 400), (b"[" * 100_000, 400), (b"[]", 422), (b'"RawEmail"', 422),
    (b"{}", 422), (b'{"Tag": "x"}', 422), (b'{"Subject": 5}', 422), (b'{"RawEmail": ["x"]}', 422),
    (b'{"Subject": "s", "Attachments": [{"Name": "a", "Content": "!!"}]}', 422),
    (b'{"Subject": "s", "Attachments": {"Name": "a"}}', 422), (b'{"Subject": "s", "Headers": "x"}', 422),
    (b'{"RecordType": "Bounce", "Subject": "s"}', 422),
])
def test_postmark_rejections(body, status):
    assert rejection(postmark_message, body).status == status


def test_raw_message():
    mime = corpus("mime/rails__invalid_utf.eml")
    assert raw_message(mime) == ProviderMessage("raw", mime)
    assert rejection(raw_message, b" \r\n").status == 400
    assert rejection(raw_message, b'{"hello": "world"}').status == 422


# --- fuzz: nothing but RequestRejected escapes -----------------------------------------------------------------

def _fuzz_forms(rng: random.Random) -> list[FormData]:
    names = ["body-mime", "message-headers", "body-plain", "body-html", "from", "subject", "email", "headers",
             "text", "html", "charsets", "envelope", "attachment-info", "token", "to", "cc", "recipient"]
    junk = [b"", b"\xff\xfe\x00", b"[[", b'[["From", 5]]', b'{"to": []}', b"null", b'{"subject": 7}', b"\r\n\r\n",
            b'[["X" , "\\u0000\\r\\n"]]', b'[["Date", "32 Foo 99999"]]', b"=?utf-8?q?=FF?=", b"a" * 5000]
    forms = []
    for _ in range(300):
        form = FormData()
        for _ in range(rng.randrange(1, 6)):
            form.add_field(rng.choice(names), rng.choice(junk + [bytes(rng.randrange(256) for _ in range(30))]))
        forms.append(form)
    return forms


def test_fuzzed_forms_only_raise_request_rejected():
    rng = random.Random(11)
    for form in _fuzz_forms(rng):
        for call in (mailgun_message, sendgrid_message, mailgun_signature_fields):
            try:
                call(form)
            except RequestRejected as error:
                assert 400 <= error.status < 500


def test_fuzzed_json_only_raises_request_rejected():
    rng = random.Random(5)
    samples = [corpus("webhooks/postmark__inbound-test-payload.json"),
               corpus("webhooks/ses-sns__rails-inbound_email.json")]
    bodies = [sample[:cut] for sample in samples for cut in range(0, len(sample), 53)]
    values = [None, 1, 1.5, True, "x", "\ud800", [], {}, [1], {"Email": 5}, [{"Name": 1}], "\r\n", "a" * 3000]
    keys = ["From", "FromFull", "ToFull", "CcFull", "Subject", "Date", "MessageID", "Headers", "TextBody", "HtmlBody",
            "Attachments", "RawEmail", "Type", "RecordType"]
    for _ in range(400):
        bodies.append(json.dumps({rng.choice(keys): rng.choice(values) for _ in range(rng.randrange(1, 6))}).encode())
    for body in bodies:
        for call in (postmark_message, raw_message):
            try:
                call(body)
            except RequestRejected as error:
                assert 400 <= error.status < 500


def test_huge_field_counts_are_handled():
    many_headers = json.dumps([[f"X-H{i}", "v"] for i in range(5000)])
    email = parsed(mailgun_message(urlencoded({"message-headers": many_headers, "body-plain": "x"})))
    assert len(email.keys()) > 5000
    document = {"Subject": "s", "Attachments": [{"Name": f"{i}.txt", "Content": "eA=="} for i in range(2000)]}
    assert len(list(parsed(postmark_message(json.dumps(document).encode())).iter_attachments())) == 2000
