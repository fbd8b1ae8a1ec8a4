"""`python main.py sentry test` against the local sink: one event and one check-in arrive with the configured
release and environment and the printed event id; a refusing Sentry or an unset DSN say so."""

from __future__ import annotations

import pytest
import sentry_sdk

from shared.cli import main
from shared.observability import sentry
from shared.observability.sentry_probe import TEST_MONITOR_SLUG
from tests.observability.sentry_sink import SentrySink


@pytest.fixture
def sink(monkeypatch, tmp_path):
    sink = SentrySink()
    sentry.reset_for_tests()
    monkeypatch.setenv("LOCAL_DATA_DIR", str(tmp_path / "data"))
    for name in ("SENTRY_DSN", "SENTRY_RELEASE", "SENTRY_ENVIRONMENT", "RUNTIME"):
        monkeypatch.delenv(name, raising=False)
    yield sink
    sentry_sdk.get_client().close()
    monkeypatch.delenv("SENTRY_DSN", raising=False)  # sentry_sdk.init() reads it
    sentry_sdk.init()  # back to a disabled client
    sentry.reset_for_tests()
    sink.close()


def test_sends_one_event_and_one_check_in_and_prints_the_event_id(sink, monkeypatch, capsys):
    monkeypatch.setenv("SENTRY_DSN", sink.dsn)
    monkeypatch.setenv("SENTRY_RELEASE", "4f2a9c1")
    monkeypatch.setenv("SENTRY_ENVIRONMENT", "staging")
    assert main(["sentry", "test"]) == 0
    out = capsys.readouterr().out
    [event] = sink.items("event")
    [check_in] = sink.items("check_in")
    assert event["event_id"] in out and "HTTP 200" in out
    assert "publickey" not in out  # the DSN's key is never printed
    assert (event["release"], event["environment"]) == ("4f2a9c1", "staging")
    assert check_in["monitor_slug"] == TEST_MONITOR_SLUG and check_in["status"] == "ok"
    assert (check_in["release"], check_in["environment"]) == ("4f2a9c1", "staging")


def test_a_sentry_that_refuses_the_key_exits_1(sink, monkeypatch, capsys):
    sink.status = 403
    monkeypatch.setenv("SENTRY_DSN", sink.dsn)
    assert main(["sentry", "test"]) == 1
    err = capsys.readouterr().err
    assert "did not accept" in err and "HTTP 403" in err


def test_without_a_dsn_nothing_is_sent_and_it_says_why(sink, capsys):
    assert main(["sentry", "test"]) == 0
    assert capsys.readouterr().out.strip() == "nothing sent: SENTRY_DSN is not set (Sentry is off)"
    assert sink.envelopes == []


def test_an_unusable_dsn_is_a_settings_error(sink, monkeypatch, capsys):
    monkeypatch.setenv("SENTRY_DSN", "https://sentry.example/1")
    assert main(["sentry", "test"]) == 2
    assert "not a valid DSN (Missing public key)" in capsys.readouterr().err
