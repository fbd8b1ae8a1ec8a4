"""`python -m tests.review.browser.screenshots`: the README's pictures of the review pages, docs/review-queue.png
and docs/review-report.png, taken in Debian's chromium from the seeded local site (see site.py). Not part of the
test run: regenerate and commit them when the pages change.

Deterministic enough to diff by eye: the same samples, a clock that starts at a fixed instant (the times shown
are 09:00), a fixed window and no animation; only the email ids (random by design) differ between runs.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from shared.clock import SystemClock
from tests.review.browser.site import launch, seeded, serve

REPO_ROOT = Path(__file__).resolve().parents[3]
DOCS = REPO_ROOT / "docs"
START = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
REPORT = "Ihr Mandant Stefan Koch"


class ShiftedClock(SystemClock):
    """The system clock moved to start at START: times advance (the queue keeps its order) but read the same."""

    def __init__(self):
        self._started = time.monotonic()

    def now(self) -> datetime:
        return START + timedelta(seconds=time.monotonic() - self._started)


def take(out: Path = DOCS) -> list[Path]:
    """Write the two screenshots into `out`; returns their paths."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    queue, report = out / "review-queue.png", out / "review-report.png"
    with tempfile.TemporaryDirectory() as data, sync_playwright() as playwright:
        site = serve(seeded(Path(data), clock=ShiftedClock()))
        browser = launch(playwright)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 720}, reduced_motion="reduce")
            page.goto(site.url + "/review/")
            page.screenshot(path=str(queue), full_page=True)
            page.goto(f"{site.url}/review/{site.report_id(REPORT)}?client_q=Celik")
            page.get_by_role("radio", name="C-1002 Aylin Çelik", exact=False).check()
            page.screenshot(path=str(report), full_page=True)
        finally:
            browser.close()
            site.stop()
    return [queue, report]


if __name__ == "__main__":
    for path in take(Path(sys.argv[1]) if len(sys.argv) > 1 else DOCS):
        print(path)
