"""One intake *process* for the concurrency tests: the real `intake` entry point of main.py (functions-framework's
Flask app) on a threaded server, with its dependencies built from the environment like a function instance.

`python -m tests.e2e.intake_process PORT_FILE [INFLIGHT_FILE]` writes the port it listens on to PORT_FILE.
With INFLIGHT_FILE, every raw-message store is counted in a file shared by all intake processes (fcntl-locked):
`now` accepts in flight, `max` the most seen at once. A store waits (at most 3 s) until at least two are in
flight anywhere, so two deliveries that *can* run in parallel always overlap — and a global lock would show as
max 1 instead of passing by luck of timing.
"""

from __future__ import annotations

import fcntl
import json
import sys
import time
from pathlib import Path

WAIT_FOR_COMPANY_SECONDS = 3.0


class InFlightCounter:
    """Wraps the blob store: counts concurrent raw-message stores across processes."""

    def __init__(self, inner, path: Path):
        self.inner, self.path = inner, Path(path)

    def _update(self, change: int) -> dict:
        with open(self.path, "a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            handle.seek(0)
            counts = json.loads(handle.read() or '{"now": 0, "max": 0}')
            counts["now"] += change
            counts["max"] = max(counts["max"], counts["now"])
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps(counts))
            return counts

    def put(self, key, data, content_type, metadata=None):
        if not key.startswith("raw/"):
            return self.inner.put(key, data, content_type, metadata)
        self._update(+1)
        try:
            deadline = time.monotonic() + WAIT_FOR_COMPANY_SECONDS
            while self._update(0)["max"] < 2 and time.monotonic() < deadline:
                time.sleep(0.01)
            return self.inner.put(key, data, content_type, metadata)
        finally:
            self._update(-1)

    def __getattr__(self, name):
        return getattr(self.inner, name)


def main(port_file: str, inflight_file: str | None = None) -> None:
    import functions_framework
    from werkzeug.serving import make_server

    from shared import bootstrap
    from tests.conftest import REPO_ROOT

    deps = bootstrap.deps()
    if inflight_file:
        deps.wrap("blobs", lambda blobs: InFlightCounter(blobs, Path(inflight_file)))
    bootstrap.use(deps)
    app = functions_framework.create_app(target="intake", source=str(REPO_ROOT / "main.py"))
    server = make_server("127.0.0.1", 0, app, threaded=True)
    Path(port_file).write_text(str(server.server_address[1]))
    server.serve_forever()


if __name__ == "__main__":
    main(*sys.argv[1:])
