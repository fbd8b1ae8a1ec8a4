"""JSON for the answers the web server gives before intake's function runs.

functions-framework serves the function with gunicorn, and gunicorn answers requests it cannot parse itself
(a header block over its limits → 431, a bad request line or header → 400, an unsupported transfer coding →
501, ...) with an HTML page. A provider (or the person reading its delivery log) should get the same
`{"error": reason}` JSON as from every other refusal, so `install()` replaces gunicorn's error writer with one
that writes JSON, keeping gunicorn's status and reason. It is called when the intake entry point is imported
(gunicorn imports the function before it forks its worker), changes nothing else, and is idempotent; without
gunicorn (the Flask test client, werkzeug's server) there is nothing to install.

In the cloud, Google's front end answers some malformed requests before they reach the instance; those
answers are not ours to shape.
"""

from __future__ import annotations

import json


def install() -> bool:
    """Make gunicorn's own error answers JSON. Returns whether gunicorn was there to patch."""
    try:
        from gunicorn import util
    except ImportError:
        return False
    if getattr(util.write_error, "writes_json", False):
        return True

    def write_error(sock, status_int: int, reason: str, mesg: str) -> None:
        body = json.dumps({"error": f"{reason}: {mesg}"}).encode()
        head = (f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n\r\n")
        util.write_nonblock(sock, head.encode("latin-1") + body)

    write_error.writes_json = True
    util.write_error = write_error
    return True
