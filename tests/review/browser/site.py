"""The real local review site for the browser tests and the screenshots: a fresh data dir seeded as `serve` seeds
it on its first start (the sample client directory, the sample emails queued through intake and run through the
local chain by `queue_samples`), plus the test mails below, served by the same WSGI app `serve` mounts
(`local_app`: intake and /review/) on a free loopback port in a thread, RUNTIME=local, so every request acts as
the development caseworker.

Chromium: Debian's (`apt-get install -y chromium`, which `make test` does through
scripts/ensure-test-services.sh), driven by Playwright for Python; Playwright's own browser download cannot work
here. `launch` gives each run a fresh, empty profile (a temporary user data dir Playwright removes).
"""

from __future__ import annotations

import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

from shared import bootstrap
from shared.bootstrap import Deps
from shared.settings import Settings

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
# As root, and without the background networking this machine's closed network refuses (see the machine notes).
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# A mail whose markup must stay text: a script that would mark the window and retitle the page, a javascript:
# link, an event handler; an emoji before the amount (JavaScript counts it as two characters, the stored offsets
# as one) and a line far wider than a phone.
HOSTILE_SUBJECT = "Forderung <script>window.pwned = 'subject'</script>"
HOSTILE = ("From: Mahnstelle <mahnung@beispiel.example>\r\n"
           "To: posteingang@kanzlei-schuldnerberatung.example\r\n"
           f"Subject: {HOSTILE_SUBJECT}\r\n"
           "Message-ID: <hostile-browser-1@beispiel.example>\r\n"
           "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           "Guten Tag \U0001F642,\r\n\r\n"
           "<script>window.pwned = 'body'; document.title = 'pwned'</script>\r\n"
           "<a href=\"javascript:window.pwned = 'link'\">hier zahlen</a>\r\n"
           "<img src=x onerror=\"window.pwned = 'img'\">\r\n"
           "Offener Betrag: 99,00 EUR\r\n"
           f"Verwendungszweck: {'X' * 240}\r\n").encode()

# The same attack as HTML: the stages read its text, the page must not render any of its markup.
HOSTILE_HTML_SUBJECT = "Zahlungserinnerung <b onmouseover=\"window.pwned = 'b'\">dringend</b>"
HOSTILE_HTML = ("From: Mahnstelle <mahnung@beispiel.example>\r\n"
                "To: posteingang@kanzlei-schuldnerberatung.example\r\n"
                f"Subject: {HOSTILE_HTML_SUBJECT}\r\n"
                "Message-ID: <hostile-browser-2@beispiel.example>\r\n"
                "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                "<html><body><p>Offener Betrag: 99,00 EUR</p><script>window.pwned = 'html'</script>"
                "<p><a href=\"javascript:window.pwned = 'link'\">hier zahlen</a>"
                "<img src=x onerror=\"window.pwned = 'img'\"></p></body></html>\r\n").encode()


@dataclass
class Site:
    """A running review site: its base URL and the dependencies it reads and writes (to check the database)."""

    url: str
    deps: Deps
    server: object
    thread: threading.Thread

    def report_id(self, subject_part: str) -> str:
        """The email id of the one report whose subject contains `subject_part`."""
        found = [r.email_id for r in self.deps.reports.list() if subject_part in (r.subject or "")]
        assert len(found) == 1, f"expected one report about {subject_part!r}, found {found}"
        return found[0]

    def stop(self) -> None:
        self.server.shutdown()
        self.thread.join(timeout=10)


def seeded(data_dir: Path, extra_mails: dict[str, bytes] | None = None, clock=None) -> Deps:
    """Dependencies on `data_dir` holding what `serve`'s first start holds, plus `extra_mails` (name -> .eml bytes)
    run through the chain the same way; `clock`: the system clock unless given."""
    from shared.local.runtime import dispatcher_for, process_file
    from shared.local.serve import queue_samples, seed_samples

    data_dir.mkdir(parents=True, exist_ok=True)
    deps = Deps(Settings.from_env({}, local_data_dir=data_dir, runtime="local", agent_engine="rules"), clock)
    seed_samples(data_dir)
    assert queue_samples(deps, data_dir) > 0, "a fresh data dir gets the samples"
    dispatcher_for(deps).run_until_idle()
    for name, raw in (extra_mails or {}).items():
        path = data_dir / "incoming" / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        outcome = process_file(path, deps)
        assert outcome.report is not None, outcome.error
        shutil.rmtree(path.parent)
    return deps


def serve(deps: Deps) -> Site:
    """The app `serve` mounts, answering with `deps`, on a free loopback port in a thread."""
    from werkzeug.serving import make_server

    from shared.local.serve import local_app

    bootstrap.use(deps)  # the review entry point reads the per-process dependencies
    server = make_server("127.0.0.1", 0, local_app(), threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="review-site", daemon=True)
    thread.start()
    return Site(f"http://127.0.0.1:{server.server_port}", deps, server, thread)


def launch(playwright):
    """Debian's chromium, headless, with a fresh profile."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
