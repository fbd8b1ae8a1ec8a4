"""A local Sentry endpoint on 127.0.0.1 for the benchmarks: accepts envelopes (gzip or not), answers 200 and
counts what arrived by item type. A DSN pointing here makes the real SDK do all its real work, sending included."""

from __future__ import annotations

import gzip
import json
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class SentrySink:
    def __init__(self):
        self.requests = 0
        self.items: Counter = Counter()
        self.bytes = 0
        self._lock = threading.Lock()
        sink = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"   # keep-alive, as sentry.io offers
            # Without this the response's header and body writes meet the client's delayed ACK: +40 ms a
            # request that no real Sentry endpoint adds.
            disable_nagle_algorithm = True

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if self.headers.get("Content-Encoding") == "gzip":
                    body = gzip.decompress(body)
                sink._record(body)
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def dsn(self) -> str:
        return f"http://publickey@127.0.0.1:{self.server.server_address[1]}/1"

    def _record(self, body: bytes) -> None:
        types = []
        lines = body.split(b"\n")
        # envelope: a header line, then (item header, payload) pairs
        for line in lines[1::2]:
            try:
                header = json.loads(line)
            except ValueError:
                continue
            if isinstance(header, dict) and "type" in header:
                types.append(header["type"])
        with self._lock:
            self.requests += 1
            self.bytes += len(body)
            self.items.update(types)

    def snapshot(self) -> dict:
        with self._lock:
            return {"envelopes": self.requests, "bytes": self.bytes, "items": dict(self.items)}

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
