"""Browser fixtures: Debian's chromium driven by Playwright (one for the package), a page per test, and the seeded
local review site per test. Without chromium or Playwright the browser tests are skipped with the reason on a
developer machine and fail in CI (CI=true), as the tests of the other real services do."""

from __future__ import annotations

import os

import pytest

from tests.review.browser.site import CHROMIUM, HOSTILE, HOSTILE_HTML, launch, seeded, serve


def _unavailable(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI requires it)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="package")
def browser():
    """One chromium for these tests (package scope: Playwright's event loop lives only while they run)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright for Python is missing: pip install -r requirements-dev.txt")
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        _unavailable(f"chromium is missing at {CHROMIUM}: apt-get install -y chromium (make test installs it)")
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh browser context (no cookies, no cache) at a desktop width. `page.errors` collects JavaScript errors
    and console errors (a CSP refusal, a failed load), except the browser's own request of /favicon.ico."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("console", lambda message: errors.append(f"{message.text} ({message.location.get('url')})")
           if message.type == "error" and not message.location.get("url", "").endswith("/favicon.ico") else None)
    tab.errors = errors
    yield tab
    context.close()


@pytest.fixture
def site(tmp_path):
    """The seeded review site on a free loopback port (see site.py), stopped after the test."""
    running = serve(seeded(tmp_path / "site", {"hostile.eml": HOSTILE, "hostile-html.eml": HOSTILE_HTML}))
    yield running
    running.stop()
