"""A local fake of the Anthropic Messages API (POST /v1/messages) for tests through the real anthropic SDK.

`FakeMessagesAPI` is a threaded HTTP server on 127.0.0.1 (point the SDK's base_url at `.url`). It records every
request (headers and JSON body) and answers from a script: a queue of `Reply` objects (a recorded tool-use
message, an API error with its status, a delay, or raw bytes — an HTML page, broken JSON, a body dripping one
byte at a time), falling back to a `responder(request) -> Reply` when the
queue is empty. Replies have the exact wire shape of the real API, so the SDK parses them as it would parse
Anthropic's. Run as a module it serves the oracle responder (see `oracle.py`) for whole-chain runs:

    python -m tests.engine.claude.fake_messages_api --labels tests/agents_data/dev --port 8765
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

ERROR_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
               404: "not_found_error", 413: "request_too_large", 429: "rate_limit_error", 500: "api_error",
               529: "overloaded_error"}


@dataclass
class Reply:
    status: int
    body: dict | bytes  # bytes: sent as they are (an HTML error page, broken JSON)
    delay: float = 0.0
    headers: dict = field(default_factory=dict)
    content_type: str = "application/json"
    drip: float = 0.0  # > 0: the payload goes out one byte every `drip` seconds (a stalled proxy or server)


def raw_reply(payload: bytes, content_type: str = "application/json", status: int = 200, drip: float = 0.0) -> Reply:
    """Bytes the real API would never send: an HTML page from a proxy, cut-off JSON, a dripping body."""
    return Reply(status, payload, content_type=content_type, drip=drip)


def tool_reply(tool: str, tool_input: dict, *, model: str = "claude-sonnet-4-6", input_tokens: int = 900,
               output_tokens: int = 120, cache_read: int = 0, cache_write: int = 0) -> Reply:
    """A successful forced-tool answer, shaped like the real API's."""
    return Reply(200, {
        "id": "msg_fake_" + str(time.monotonic_ns()), "type": "message", "role": "assistant", "model": model,
        "content": [{"type": "tool_use", "id": "toolu_fake_" + str(time.monotonic_ns()), "name": tool,
                     "input": tool_input}],
        "stop_reason": "tool_use", "stop_sequence": None,
        "usage": {"input_tokens": input_tokens, "output_tokens": output_tokens,
                  "cache_creation_input_tokens": cache_write, "cache_read_input_tokens": cache_read},
    })


def located(value, source: str = "email_body", confidence: float = 0.95, quote: str | None = None) -> dict:
    """One field of a `record_fields` answer in the tool's per-field shape (value, source, confidence, quote)."""
    return {"value": value, "source": source, "confidence": confidence, **({"quote": quote} if quote else {})}


def text_reply(text: str, model: str = "claude-sonnet-4-6") -> Reply:
    """An answer without the tool call (the model ignored tool_choice)."""
    return Reply(200, {
        "id": "msg_fake_text", "type": "message", "role": "assistant", "model": model,
        "content": [{"type": "text", "text": text}], "stop_reason": "end_turn", "stop_sequence": None,
        "usage": {"input_tokens": 800, "output_tokens": 30},
    })


def error_reply(status: int, message: str = "fake error") -> Reply:
    kind = ERROR_TYPES.get(status, "api_error")
    headers = {"retry-after": "0"} if status in (429, 529) else {}
    return Reply(status, {"type": "error", "error": {"type": kind, "message": message}}, headers=headers)


def load_recorded(path) -> Reply:
    """A recorded API response file: {"status": ..., "body": {...}}."""
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return Reply(data.get("status", 200), data["body"])


class FakeMessagesAPI:
    def __init__(self, responder: Callable[[dict], Reply] | None = None, port: int = 0):
        self.script: deque[Reply] = deque()
        self.responder = responder
        self.requests: list[dict] = []
        self.closed = threading.Event()  # ends a dripping reply when the server stops
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> "FakeMessagesAPI":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.closed.set()
        self._server.shutdown()
        self._server.server_close()

    def enqueue(self, *replies: Reply) -> None:
        self.script.extend(replies)

    def _next(self, request: dict) -> Reply:
        with self._lock:
            self.requests.append(request)
            if self.script:
                return self.script.popleft()
        if self.responder is None:
            return error_reply(500, "fake server has no scripted reply left")
        return self.responder(request)

    def _handler(self):
        api = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output quiet
                pass

            def do_POST(self):
                length = int(self.headers.get("content-length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                request = {"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()},
                           "body": body}
                reply = api._next(request)
                if reply.delay:
                    time.sleep(reply.delay)
                payload = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
                try:
                    self.send_response(reply.status)
                    self.send_header("content-type", reply.content_type)
                    self.send_header("content-length", str(len(payload)))
                    self.send_header("request-id", "req_fake")
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    if not reply.drip:
                        self.wfile.write(payload)
                    for byte in (payload if reply.drip else b""):
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        if api.closed.wait(reply.drip):
                            break
                except (BrokenPipeError, ConnectionResetError):  # the client timed out first
                    pass

        return Handler


def main() -> None:
    from pathlib import Path

    from tests.engine.claude.oracle import OracleResponder

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, required=True, help="labelled set (DIR of .eml + .json truth)")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    with FakeMessagesAPI(OracleResponder(args.labels), port=args.port) as api:
        print(f"fake Messages API on {api.url} (oracle over {args.labels}); Ctrl-C stops it", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
