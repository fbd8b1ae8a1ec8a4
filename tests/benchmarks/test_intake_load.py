"""The intake load benchmark's pieces: distinct, valid signed posts the intake accepts; a load generator that
counts and bounds its requests; a quick run whose Result rows carry product and baseline samples.
No timing thresholds: these check that the benchmark measures what it says, not how fast anything is."""

from __future__ import annotations

import hashlib
import hmac
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from benchmarks import intake_load
from benchmarks.common import Context, Services
from benchmarks.loadgen import build_request, run_load
from shared.bootstrap import Deps
from shared.intake.forms import parse_form
from shared.intake.providers import mailgun_signature_fields
from shared.mail.parse import parse_mime


def _split(request: bytes) -> tuple[dict, bytes]:
    head, _, body = request.partition(b"\r\n\r\n")
    headers = dict(line.split(": ", 1) for line in head.decode("latin-1").split("\r\n")[1:])
    return headers, body


def test_realistic_message_is_about_20_kb_with_an_attachment_and_its_own_message_id():
    one, two = intake_load.realistic_message("a-1"), intake_load.realistic_message("a-2")
    assert 19_000 <= len(one) <= 21_500
    first, second = parse_mime(one).mail, parse_mime(two).mail
    assert first.message_id == "<bench-a-1@telekom.example>" != second.message_id
    assert [a.content_type for a in first.attachments] == ["application/pdf"]
    assert first.attachments[0].sha256 != second.attachments[0].sha256
    assert "Gesamtforderung" in first.text or "Mahnung" in first.text or "Posten" in first.text


@pytest.fixture
def target(monkeypatch):
    monkeypatch.setattr(intake_load, "_TARGET", {"port": 8080, "key": "k-test", "path": "/mailgun"})


def test_requests_are_distinct_and_correctly_signed(target):
    requests = intake_load.make_requests(0, 5) + intake_load.make_requests(1, 5)
    assert len(set(requests)) == 10
    tokens, message_ids = set(), set()
    for request in requests:
        assert request.startswith(b"POST /mailgun HTTP/1.1\r\n")
        headers, body = _split(request)
        assert int(headers["Content-Length"]) == len(body)
        form = parse_form(headers["Content-Type"], body)
        timestamp, token, signature = mailgun_signature_fields(form)
        assert signature == hmac.new(b"k-test", f"{timestamp}{token}".encode(), hashlib.sha256).hexdigest()
        tokens.add(token)
        message_ids.add(re.search(rb"Message-ID: (\S+)", form.fields["body-mime"][0]).group(1))
    assert len(tokens) == len(message_ids) == 10


def test_the_intake_accepts_every_generated_post_as_new(settings, target):
    from tests.e2e.helpers import intake_client

    deps = Deps(settings.replace(mailgun_signing_key="k-test"))   # the system clock: posts are signed "now"
    client = intake_client(deps)
    for request in intake_load.make_requests(0, 4):
        headers, body = _split(request)
        response = client.post("/mailgun", data=body, content_type=headers["Content-Type"])
        assert response.status_code == 200, response.get_json()
        assert intake_load.ACCEPT_MARKER in response.data
    assert intake_load.published(settings.local_data_dir) == 4
    assert intake_load.stored_raw(settings.local_data_dir) == 4


class _Counting:
    """A tiny keep-alive HTTP server that counts the requests it answers."""

    def __init__(self):
        self.count = 0
        lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):
                self.rfile.read(int(self.headers["Content-Length"]))
                with lock:
                    outer.count += 1
                body = b'{"ok": true}'
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


_PORT = {"port": 0}


def tiny_requests(worker: int, count: int) -> list[bytes]:
    return [build_request("/x", _PORT["port"], f"{worker}-{n}".encode(), "text/plain") for n in range(count)]


@pytest.fixture
def counting_server():
    server = _Counting()
    _PORT["port"] = server.port
    yield server
    server.close()


def test_load_generator_stops_at_its_request_budget(counting_server):
    result = run_load(counting_server.port, "tests.benchmarks.test_intake_load:tiny_requests", processes=2,
                      connections=2, duration=30, max_requests=40, accept_marker=b'"ok"')
    assert result.requests == counting_server.count == 40
    assert result.accepted == 40 and result.statuses == {200: 40} and result.errors == 0
    assert len(result.latencies_ms) == 40 and result.exhausted
    assert result.elapsed < 30 and result.rps > 0


def test_load_generator_stops_at_its_time_bound_and_reuses_requests_when_told(counting_server):
    result = run_load(counting_server.port, "tests.benchmarks.test_intake_load:tiny_requests", processes=1,
                      connections=1, duration=0.3, max_requests=10_000_000, distinct=3)
    assert 0 < result.requests == counting_server.count < 10_000_000
    assert not result.exhausted
    assert 0.3 <= result.elapsed < 5


def test_load_generator_counts_a_refusal_as_not_accepted(counting_server):
    result = run_load(counting_server.port, "tests.benchmarks.test_intake_load:tiny_requests", processes=1,
                      connections=1, duration=10, max_requests=5, accept_marker=b"never in the body")
    assert result.requests == 5 and result.accepted == 0


def test_load_generator_refuses_unbounded_runs():
    with pytest.raises(ValueError):
        run_load(1, "x:y", duration=0, max_requests=10)
    with pytest.raises(ValueError):
        run_load(1, "x:y", duration=1, max_requests=0)


def test_quick_run_has_product_and_baseline_samples_and_verifies_acceptance(tmp_path, monkeypatch):
    monkeypatch.setattr(intake_load, "run_load", _short(intake_load.run_load))
    ctx = Context(workdir=tmp_path, services=Services(tmp_path), quick=True, rounds=1)
    rows = intake_load.run(ctx)
    throughput = rows[0]
    assert throughput.unit == "req/s" and throughput.baseline_name
    assert len(throughput.product) == len(throughput.baseline) == 1
    assert throughput.product[0] > 0 and throughput.baseline[0] > 0
    assert throughput.details["verified"] is True, throughput.details
    assert throughput.details["product_non_200"] == {}
    assert rows[1].unit == "ms" and rows[1].product and rows[1].baseline


def _short(real):
    """The real load generator with small, fast runs (the test checks the plumbing, not the figures)."""

    def short(port, factory, **kwargs):
        kwargs["duration"] = min(kwargs["duration"], 0.3)
        kwargs["max_requests"] = min(kwargs["max_requests"], 40)
        return real(port, factory, **kwargs)

    return short


def test_in_process_breakdown_times_the_intake_parts(tmp_path):
    from benchmarks.intake_profile import breakdown

    result = breakdown(tmp_path, count=5)
    assert result["requests"] == 5
    assert result["ms_per_request"]["intake total"] > result["ms_per_request"]["hello total"] > 0
    parts = result["intake_parts_ms_beyond_hello"]
    assert {"blobs.put", "bus.publish", "mime parse", "state.create"} <= set(parts)
