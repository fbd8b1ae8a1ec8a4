"""`python main.py sentry test`: prove the configured DSN works. Sends one test event and one check-in through the
same SDK set-up the functions use (scrubbing, release, environment) and waits for Sentry's answers, so a wrong
key, a wrong host or a blocked network shows here and not when the first real failure goes unreported.

The check-in goes to the monitor slug `sentry-test` (never the replay schedule's monitor, which it would mark
healthy); Sentry accepts it, and shows it only where a monitor of that slug exists.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from urllib.parse import urlsplit

TEST_MONITOR_SLUG = "sentry-test"
TEST_MESSAGE = "sentry test: this event was sent by `python main.py sentry test`"
FLUSH_SECONDS = 10.0


@dataclass
class ProbeResult:
    sent: bool                     # False: nothing was sent, `reason` says why
    reason: str = ""
    misconfigured: bool = False    # a DSN is set but cannot be used (as opposed to none being set)
    event_id: str | None = None
    check_in_id: str | None = None
    answers: list[str] = field(default_factory=list)   # "HTTP 200", "network error", ... one per request

    @property
    def accepted(self) -> bool:
        return self.sent and bool(self.answers) and all(a.startswith("HTTP 2") for a in self.answers)


def where(dsn: str) -> str:
    """The DSN's host and project, never its key."""
    parts = urlsplit(dsn)
    return f"{parts.hostname}{':' + str(parts.port) if parts.port else ''}{parts.path}"


def send_test(settings) -> ProbeResult:
    """Send the test event and check-in with `settings.sentry_dsn`; the result says what Sentry answered."""
    if not settings.sentry_dsn:
        return ProbeResult(False, "SENTRY_DSN is not set (Sentry is off)")
    import sentry_sdk
    from sentry_sdk.crons import capture_checkin
    from sentry_sdk.utils import BadDsn

    from shared.observability import sentry

    answers: list[str] = []
    try:
        sentry.reset_for_tests()  # a fresh client with the recording transport, whatever ran before
        sentry.init(settings, transport=_recording_transport(answers))
    except BadDsn as exc:
        return ProbeResult(False, f"SENTRY_DSN is not a valid DSN ({exc})", misconfigured=True)  # no key in it
    with sentry_sdk.new_scope() as scope:
        scope.set_tag("stage", "sentry-test")
        event_id = sentry_sdk.capture_message(TEST_MESSAGE, level="info")
    check_in_id = capture_checkin(monitor_slug=TEST_MONITOR_SLUG, status="ok")
    sentry_sdk.flush(timeout=FLUSH_SECONDS)
    return ProbeResult(True, event_id=event_id, check_in_id=check_in_id, answers=list(answers))


def _recording_transport(answers: list[str]):
    """The SDK's HTTP transport, noting each answer (status, or why the request failed) in `answers`."""
    from sentry_sdk.transport import HttpTransport

    lock = threading.Lock()

    class RecordingTransport(HttpTransport):
        def _handle_response(self, response, envelope):  # the SDK's hook for every answer it gets
            with lock:
                answers.append(f"HTTP {response.status}")
            return super()._handle_response(response, envelope)

        def _handle_request_error(self, envelope, loss_reason="network", record_reason="network_error"):
            if loss_reason == "network":
                with lock:
                    answers.append("network error (no answer)")
            return super()._handle_request_error(envelope, loss_reason, record_reason)

    return RecordingTransport
