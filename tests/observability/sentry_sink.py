"""A local HTTP endpoint that receives what the real Sentry SDK sends (envelopes), for assertions."""

from __future__ import annotations

import gzip
import json
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator


class SentrySink:
    def __init__(self):
        self.envelopes: list[list[dict]] = []
        self.raw: list[bytes] = []
        self.status = 200  # what it answers (a test sets 403 to play a Sentry that refuses the key)
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if self.headers.get("Content-Encoding") == "gzip":
                    body = gzip.decompress(body)
                sink.raw.append(body)
                sink.envelopes.append(_parse(body))
                self.send_response(sink.status)
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def dsn(self) -> str:
        return f"http://publickey@127.0.0.1:{self.server.server_address[1]}/1"

    def items(self, kind: str) -> list[dict]:
        return [payload for env in self.envelopes for header, payload in zip(env[1::2], env[2::2])
                if header.get("type") == kind]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@contextmanager
def recording_sentry() -> Iterator[SentrySink]:
    """A sink, with the pipeline's Sentry set-up reset before and a disabled client restored after (what every
    test that initialises Sentry against the sink needs around it)."""
    import sentry_sdk

    from shared.observability import sentry

    sink = SentrySink()
    sentry.reset_for_tests()
    try:
        yield sink
    finally:
        sentry_sdk.get_client().close()
        sentry_sdk.init()  # back to a disabled client
        sentry.reset_for_tests()
        sink.close()


def _parse(body: bytes) -> list[dict]:
    out = []
    for line in body.split(b"\n"):
        line = line.strip()
        if not line:
            continue
        try:
            out.append(json.loads(line))
        except ValueError:
            out.append({})
    return out
