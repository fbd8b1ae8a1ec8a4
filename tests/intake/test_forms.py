"""shared.intake.forms: multipart and urlencoded bodies into raw-byte fields, on SendGrid's real samples."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from shared.errors import RequestRejected
from shared.intake.forms import MAX_FIELDS, parse_form

WEBHOOKS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "webhooks"
SENDGRID_CT = "multipart/form-data; boundary=xYzZY"


def corpus(name: str) -> bytes:
    path = WEBHOOKS / name
    if not path.is_file():
        pytest.skip(f"webhook corpus file {path} is missing (expected the shared corpus next to the repo)")
    return path.read_bytes()


def multipart(*parts: bytes, boundary: bytes = b"b0und") -> bytes:
    return b"".join(b"--" + boundary + b"\r\n" + part + b"\r\n" for part in parts) + b"--" + boundary + b"--\r\n"


def test_sendgrid_parsed_sample_with_lf_line_endings():
    form = parse_form(SENDGRID_CT, corpus("sendgrid__inbound-parse-default_data.multipart"))
    assert form.fields["subject"] == [b"Testing non-raw"]
    assert form.fields["text"] == [b"Hello Twilio SendGrid!\n"]
    assert form.fields["envelope"] == [b'{"to":["inbound@inbound.example.com"],"from":"test@example.com"}']
    assert form.fields["headers"][0].startswith(b"MIME-Version: 1.0\nReceived: by 0.0.0.0")
    assert set(form.fields) >= {"dkim", "to", "html", "from", "sender_ip", "attachments", "charsets", "SPF"}
    assert form.files == []


def test_crlf_and_lf_versions_give_the_same_fields():
    lf = corpus("sendgrid__inbound-parse-default_data.multipart")
    crlf = lf.replace(b"\n", b"\r\n")
    lf_form, crlf_form = parse_form(SENDGRID_CT, lf), parse_form(SENDGRID_CT, crlf)
    assert crlf_form.fields.keys() == lf_form.fields.keys()
    for name, values in lf_form.fields.items():
        assert [v.replace(b"\r\n", b"\n") for v in crlf_form.fields[name]] == values


def test_raw_mode_email_field_is_byte_exact():
    body = corpus("sendgrid__inbound-parse-raw_data_with_attachments.multipart")
    start = body.index(b'name="email"\n\n') + len(b'name="email"\n\n')
    expected = body[start:body.index(b"\n--xYzZY", start)]
    assert parse_form(SENDGRID_CT, body).fields["email"] == [expected]


def test_non_utf8_field_bytes_are_kept_raw():
    form = parse_form(SENDGRID_CT, corpus("sendgrid__anymail-inbound-charsets-capture.multipart"))
    assert form.fields["subject"] == [b"Como usted pidi\xa2"]  # cp850
    assert form.fields["text"] == [b"Test the ESP\x92s inbound charset handling\x85"]  # windows-1252
    assert form.fields["to"] == ["Récipiendaire précieux <inbound@sg.example.com>".encode()]


def test_file_parts_keep_name_filename_type_and_exact_bytes():
    data = b"\x00\xff\r\n--b0un\r\nnot a boundary\n\r\n"
    body = multipart(
        b'Content-Disposition: form-data; name="attachment-1"; filename="r\xc3\xa9sum\xc3\xa9.pdf"\r\n'
        b"Content-Type: application/pdf\r\n\r\n" + data,
        b"Content-Disposition: form-data; name=\"attachment-2\"; filename*=utf-8''%E2%82%AC.txt\r\n\r\nx",
        b'Content-Disposition: form-data; name="note"\r\n\r\nhello',
    )
    form = parse_form("multipart/form-data; boundary=\"b0und\"", body)
    first, second = form.files
    assert (first.name, first.filename, first.content_type, first.data) == (
        "attachment-1", "résumé.pdf", "application/pdf", data)
    assert (second.filename, second.content_type) == ("€.txt", "application/octet-stream")
    assert form.fields == {"note": [b"hello"]}
    assert form.values("attachment-1") == [data] and form.has("note") and not form.has("other")


def test_message_rfc822_part_is_not_parsed_but_kept_raw():
    inner = b"From: a@example.com\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n\r\nhi\r\n--x--"
    body = multipart(b'Content-Disposition: form-data; name="body-mime"\r\nContent-Type: message/rfc822\r\n\r\n'
                     + inner)
    assert parse_form("multipart/form-data; boundary=b0und", body).fields["body-mime"] == [inner]


def test_repeated_names_and_parts_without_name():
    body = multipart(b'Content-Disposition: form-data; name="a"\r\n\r\n1',
                     b'Content-Disposition: form-data; name="a"\r\n\r\n2',
                     b"Content-Type: text/plain\r\n\r\norphan")
    assert parse_form("multipart/form-data; boundary=b0und", body).fields == {"a": [b"1", b"2"]}


def test_empty_values_with_crlf_and_lf():
    crlf = multipart(b'Content-Disposition: form-data; name="cc"\r\n',  # lenient: blank line missing
                     b'Content-Disposition: form-data; name="a"\r\n\r\n',
                     b'Content-Disposition: form-data; name="b"\r\n\r\n\r\n')
    expected = {"cc": [b""], "a": [b""], "b": [b"\r\n"]}
    assert parse_form("multipart/form-data; boundary=b0und", crlf).fields == expected
    lf = b'--b0und\nContent-Disposition: form-data; name="cc"\n\n--b0und--\n'
    assert parse_form("multipart/form-data; boundary=b0und", lf).fields == {"cc": [b""]}


def test_base64_transfer_encoded_part_is_decoded():
    body = multipart(b'Content-Disposition: form-data; name="a"\r\nContent-Transfer-Encoding: base64\r\n\r\naGk=')
    assert parse_form("multipart/form-data; boundary=b0und", body).fields == {"a": [b"hi"]}


@pytest.mark.parametrize("content_type, body, why", [
    ("multipart/form-data", b"--xYzZY\r\n\r\nx\r\n--xYzZY--", "no boundary parameter"),
    ("multipart/form-data; boundary=other", b"--xYzZY\r\n\r\nx\r\n--xYzZY--", "start boundary not found"),
    ("multipart/form-data; boundary=xYzZY", b"--xYzZY--\r\n", "no parts found"),
    ("multipart/form-data; boundary=xYzZY", b'--xYzZY\r\nContent-Disposition: form-data; name="a"\r\n\r\nx',
     "close boundary not found"),
    ("multipart/form-data; boundary=xYzZY", b"--xYzZY\r\nno-blank-line-here\r\n--xYzZY--", "no blank line"),
])
def test_malformed_multipart_is_400(content_type, body, why):
    with pytest.raises(RequestRejected) as caught:
        parse_form(content_type, body)
    assert caught.value.status == 400
    assert caught.value.reason.startswith("malformed multipart body: ") and why in caught.value.reason


def test_urlencoded_keeps_non_utf8_bytes_and_repeats():
    form = parse_form("application/x-www-form-urlencoded; charset=utf-8",
                      b"body-mime=caf%E9+au+lait%0D%0A&signature=a&signature=b&empty=&flag")
    assert form.fields == {"body-mime": [b"caf\xe9 au lait\r\n"], "signature": [b"a", b"b"], "empty": [b""],
                           "flag": [b""]}
    assert form.files == []


def test_unsupported_content_type_is_415():
    with pytest.raises(RequestRejected) as caught:
        parse_form("application/json", b"{}")
    assert caught.value.status == 415 and "application/json" in caught.value.reason


def test_too_many_fields_is_refused():
    with pytest.raises(RequestRejected) as caught:
        parse_form("application/x-www-form-urlencoded", b"&".join([b"a=1"] * (MAX_FIELDS + 1)))
    assert caught.value.status == 400 and "too many" in caught.value.reason
    parts = [b'Content-Disposition: form-data; name="a"\r\n\r\n1'] * (MAX_FIELDS + 1)
    with pytest.raises(RequestRejected) as caught:
        parse_form("multipart/form-data; boundary=b0und", multipart(*parts))
    assert caught.value.status == 400


def test_truncated_and_random_bodies_only_ever_raise_request_rejected():
    rng = random.Random(7)
    samples = [corpus(name) for name in ("sendgrid__inbound-parse-default_data.multipart",
                                         "sendgrid__anymail-inbound-charsets-capture.multipart")]
    bodies = [sample[:cut] for sample in samples for cut in range(0, len(sample), 37)]
    bodies += [bytes(rng.randrange(256) for _ in range(rng.randrange(400))) for _ in range(200)]
    bodies += [b"--xYzZY\r\n" + body for body in bodies[-50:]]
    outcomes = {"parsed": 0, "rejected": 0}
    for body in bodies:
        for content_type in (SENDGRID_CT, "application/x-www-form-urlencoded"):
            try:
                parse_form(content_type, body)
                outcomes["parsed"] += 1
            except RequestRejected as rejected:
                assert 400 <= rejected.status < 500
                outcomes["rejected"] += 1
    assert outcomes["parsed"] and outcomes["rejected"]
