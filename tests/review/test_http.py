"""The review pages as a caseworker's browser meets them (Flask's test client), on reports the local chain made
from real emails: the queue, one report with its values at their spans, a correction set from a selection and an
approval, CSRF, optimistic locking, clear refusals, inert email content and the security headers."""

from __future__ import annotations

import re
from html import escape

import flask
import pytest

from shared.bootstrap import Deps
from shared.local.runtime import process_file
from shared.review.http import CSP, handle
from shared.review.iap import PublicKeys
from shared.settings import Settings
from tests.conftest import REPO_ROOT

SAMPLE = REPO_ROOT / "samples" / "creditor-statement.eml"
HOSTILE = (b"From: Mahnstelle <mahnung@beispiel.example>\r\nTo: posteingang@kanzlei-schuldnerberatung.example\r\n"
           b"Subject: Forderung <script>alert('s')</script>\r\nMessage-ID: <hostile-1@beispiel.example>\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
           b"<p>Offener Betrag: 99,00 EUR <script>alert('x')</script>"
           b"<a href=\"javascript:alert('y')\">hier zahlen</a> <img src=x onerror=alert('z')></p>\r\n")


def app_for(deps, keys=None):
    app = flask.Flask("review-test")

    @app.route("/review/", defaults={"rest": ""}, methods=["GET", "POST"])
    @app.route("/review/<path:rest>", methods=["GET", "POST"])
    def route(rest):
        return handle(flask.request, deps, keys or PublicKeys(fetch=lambda: {}))

    return app


@pytest.fixture
def deps(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "clients.json").write_bytes((REPO_ROOT / "samples" / "clients.json").read_bytes())
    settings = Settings.from_env({}, local_data_dir=data, runtime="local", agent_engine="rules")
    return Deps(settings)


@pytest.fixture
def sample(deps, tmp_path):
    letter = tmp_path / "letter.eml"
    letter.write_bytes(SAMPLE.read_bytes().replace(b"Herrn Klaus Meyer, geb. 12.04.1978", b"Herrn K. Maier"))
    report = process_file(letter, deps).report
    assert report is not None and report.needs_review, "the sample must need review (an unknown client)"
    return report


@pytest.fixture
def client(deps):
    return app_for(deps).test_client()


def _token(page: str) -> str:
    return re.search(r'name="csrf_token" value="([0-9a-f]+)"', page)[1]


def _form(page: str, **changes) -> dict:
    form = {"csrf_token": _token(page), "version": re.search(r'name="version" value="(\d+)"', page)[1]}
    form.update(changes)
    return form


def test_the_queue_lists_what_needs_review_with_sender_subject_and_reasons(client, sample):
    page = client.get("/review/")
    assert page.status_code == 200 and page.headers["Content-Security-Policy"] == CSP
    html = page.get_data(as_text=True)
    assert f'href="/review/{sample.email_id}"' in html and "forderungen@stadtwerke-koeln.example" in html
    assert "Forderungsaufstellung zu Ihrem Mandanten" in html
    assert all(escape(r.render()) in html for r in sample.review_reasons)
    code = sample.review_reasons[0].code
    assert f"{code}: 1" in html
    assert sample.email_id in client.get(f"/review/?reason={code}").get_data(as_text=True)
    assert sample.email_id not in client.get("/review/?reason=conflicting_totals").get_data(as_text=True)


def test_the_report_page_shows_the_email_as_stored_with_values_at_their_spans(client, sample, deps):
    html = client.get(f"/review/{sample.email_id}").get_data(as_text=True)
    amount = sample.extracted_fields["debt_amount"]
    start, end = amount["span"]
    body = deps.blobs.get(sample.mail_key)
    assert "Gesamtforderung" in html and "Mandanten" in html
    piece = re.search(rf'<span data-offset="{start}" class="value" title="[^"]*debt_amount[^"]*">([^<]*)</span>', html)
    assert piece and piece[1] == "1.157,37"  # the selection offsets are those of the stored text
    from shared.domain.mail import InboundMail

    assert InboundMail.model_validate_json(body).for_engines().text[start:end] == "1.157,37"


def test_a_correction_from_a_selection_and_an_approval_end_in_the_database(client, sample, deps):
    page = client.get(f"/review/{sample.email_id}").get_data(as_text=True)
    form = _form(page, action="approve", **{"value:debt_amount": "1.104,20", "span:debt_amount": "email_body:10:18",
                                            "confirm:creditor_name": "1", "client_id_other": "K-2001"})
    answer = client.post(f"/review/{sample.email_id}", data=form)
    assert answer.status_code == 303 and answer.headers["Location"].startswith("/review/?done=")
    stored = deps.reports.get(sample.email_id)
    assert stored.status == "reviewed" and not stored.needs_review and stored.version == sample.version + 1
    assert stored.reviewed_fields["debt_amount"] == "1104.20" and stored.reviewed_fields["client_id"] == "K-2001"
    assert str(stored.debt_amount) == str(sample.debt_amount)  # the engine's value stays beside it
    kept = {c.field: c for c in deps.reviews.corrections(sample.email_id)}
    assert kept["debt_amount"].span == (10, 18) and kept["debt_amount"].source == "email_body"
    assert kept["debt_amount"].reviewer == "caseworker@localhost"
    assert kept["creditor_name"].before == kept["creditor_name"].after  # a confirmation
    assert sample.email_id not in client.get("/review/").get_data(as_text=True)


def test_a_post_without_the_csrf_token_is_refused(client, sample, deps):
    page = client.get(f"/review/{sample.email_id}").get_data(as_text=True)
    form = _form(page, action="approve")
    for token in (None, "0" * 64):
        if token is None:
            form.pop("csrf_token")
        else:
            form["csrf_token"] = token
        answer = client.post(f"/review/{sample.email_id}", data=form)
        assert answer.status_code == 403 and "security token" in answer.get_data(as_text=True)
    assert deps.reports.get(sample.email_id).status == "processed"


def test_two_caseworkers_on_one_version_the_second_sees_a_conflict(client, sample, deps):
    page = client.get(f"/review/{sample.email_id}").get_data(as_text=True)
    first = client.post(f"/review/{sample.email_id}", data=_form(page, action="save", **{"value:currency": "GBP"}))
    assert first.status_code == 303
    second = client.post(f"/review/{sample.email_id}", data=_form(page, action="save", **{"value:currency": "CHF"}))
    assert second.status_code == 409 and "changed since you opened it" in second.get_data(as_text=True)
    assert deps.reports.get(sample.email_id).reviewed_fields["currency"] == "GBP"


def test_a_value_that_cannot_be_read_is_a_400_naming_the_field(client, sample):
    page = client.get(f"/review/{sample.email_id}").get_data(as_text=True)
    answer = client.post(f"/review/{sample.email_id}", data=_form(page, action="save",
                                                                 **{"value:payment_deadline": "next week"}))
    assert answer.status_code == 400 and "payment_deadline" in answer.get_data(as_text=True)


def test_unknown_reports_and_foreign_callers_get_clear_refusals(deps, sample):
    client = app_for(deps).test_client()
    assert client.get("/review/nope").status_code == 404
    assert client.get("/review/../../etc").status_code == 404
    remote = client.get("/review/", environ_base={"REMOTE_ADDR": "203.0.113.9"})
    assert remote.status_code == 401 and "loopback" in remote.get_data(as_text=True)


def test_email_content_is_text_only(client, deps, tmp_path):
    hostile = tmp_path / "hostile.eml"
    hostile.write_bytes(HOSTILE)
    report = process_file(hostile, deps).report
    html = client.get(f"/review/{report.email_id}").get_data(as_text=True)
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts == ['<script src="/review/static/review.js" defer>']  # the page's own, nothing of the email
    assert "&lt;script&gt;" in html  # the subject's markup shown as text
    assert not re.search(r"<a [^>]*javascript:", html) and not re.search(r"<img ", html)
    assert not re.search(r"<[^>]+\son[a-z]+=", html)  # no element of the page carries an event handler


def test_static_files_and_headers(client):
    answer = client.get("/review/static/review.js")
    assert answer.status_code == 200 and answer.mimetype == "text/javascript"
    assert answer.headers["Content-Security-Policy"] == CSP and answer.headers["X-Content-Type-Options"] == "nosniff"
    assert client.get("/review/static/other.js").status_code == 404


def test_a_database_outage_is_a_503_page_not_a_crash(deps, sample):
    from shared.errors import DependencyUnavailable

    class Down:
        def __getattr__(self, name):
            def fail(*args, **kwargs):
                raise DependencyUnavailable("postgres", "connection refused")
            return fail

    deps.__dict__["reviews"] = Down()
    answer = app_for(deps).test_client().get("/review/")
    assert answer.status_code == 503 and "try again" in answer.get_data(as_text=True)
    assert app_for(deps).test_client().get(f"/review/{sample.email_id}/file?key=nope").status_code == 404


def test_the_directory_search_lists_a_client_the_matcher_did_not_propose_and_it_can_be_chosen(client, sample, deps):
    assert "C-1002" not in {c["client_id"] for c in sample.match_candidates}
    page = client.get(f"/review/{sample.email_id}?client_q=celik")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "1 client(s) in the directory for “celik”" in html
    assert re.search(r'<input type="radio" name="client_id" value="C-1002"[^>]*> C-1002 Aylin Çelik', html)
    assert 'form="client-search"' in html and '<form id="client-search" method="get"' in html
    answer = client.post(f"/review/{sample.email_id}", data=_form(html, action="approve", client_id="C-1002"))
    assert answer.status_code == 303
    assert deps.reports.get(sample.email_id).reviewed_fields["client_id"] == "C-1002"


def test_a_search_that_finds_nobody_says_so_and_its_query_is_text(client, sample):
    html = client.get(f"/review/{sample.email_id}?client_q=<script>x</script>").get_data(as_text=True)
    assert "0 client(s) in the directory for “&lt;script&gt;x&lt;/script&gt;”." in html
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/review/static/review.js" defer>']


def test_an_over_long_search_is_a_400_saying_so(client, sample):
    answer = client.get(f"/review/{sample.email_id}?client_q=" + "x" * 101)
    assert answer.status_code == 400 and "at most 100 characters" in answer.get_data(as_text=True)


def test_a_client_chosen_from_the_directory_stays_chosen_on_the_page(client, sample):
    html = client.get(f"/review/{sample.email_id}?client_q=celik").get_data(as_text=True)
    client.post(f"/review/{sample.email_id}", data=_form(html, action="save", client_id="C-1002"))
    again = client.get(f"/review/{sample.email_id}").get_data(as_text=True)
    assert re.search(r'<input type="radio" name="client_id" value="C-1002" checked', again)
