"""A crash at any point of accepting an email, then the provider's retries, ends in exactly one email_id and
one report — locally and on the emulators. The crash is a BaseException raised inside a port (nothing in
intake catches it, as nothing survives a process dying); the provider's first retry finds the claim's lease
live and is asked to retry, the next one (after the lease) takes the claim over and finishes."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from shared.bootstrap import Deps
from shared.clock import FakeClock
from shared.intake import claims
from shared.settings import Settings
from tests.conftest import TEST_SECRETS
from tests.e2e.helpers import intake_client, mailgun_fields, run_chain
from tests.e2e.pubsub_stack import gcp_settings, prepare_project, start_stack, wait_until


class Crash(BaseException):
    """The instance dies here."""


class CrashOnce:
    """Wraps a port: the first call of `method` crashes, `before` or after the real call."""

    def __init__(self, inner, method: str, before: bool = True, when=lambda *args: True):
        self.inner, self.method, self.before, self.when, self.fired = inner, method, before, when, False

    def __getattr__(self, name):
        attribute = getattr(self.inner, name)
        if name != self.method:
            return attribute

        def call(*args, **kwargs):
            fire = not self.fired and self.when(*args)
            self.fired = self.fired or fire
            if fire and self.before:
                raise Crash(f"crash before {name}")
            result = attribute(*args, **kwargs)
            if fire:
                raise Crash(f"crash after {name}")
            return result

        return call


POINTS = {
    "after the claim": ("blobs", "put", True, lambda *args: True),
    "after the blob store": ("bus", "publish", True, lambda *args: True),
    "after publish": ("bus", "publish", False, lambda *args: True),
    "before completion": ("state", "set", True, lambda collection, *rest: collection == claims.CLAIMS),
}


@pytest.fixture(params=["local", "emulators"])
def backend(request, tmp_path):
    """(settings, clock, reports(deps) -> list) for one backend."""
    clock = FakeClock(datetime.now(timezone.utc))
    if request.param == "local":
        settings = Settings.from_env({}, local_data_dir=tmp_path / "data", **TEST_SECRETS)

        def reports(deps):
            run_chain(deps)
            return deps.reports.list()
        return settings, clock, reports, None
    emulators = tuple(request.getfixturevalue(f"{name}_emulator") for name in ("pubsub", "firestore", "storage"))
    postgres_url = request.getfixturevalue("postgres_url")
    project, bucket = prepare_project(request.getfixturevalue("emulator_env"), emulators, postgres_url,
                                      tmp_path / "data")
    settings = gcp_settings(project, bucket, postgres_url, emulators, tmp_path / "data")

    def reports(deps):
        wait_until(lambda: deps.reports.list(), timeout=90)
        return deps.reports.list()
    return settings, clock, reports, request


@pytest.mark.slow
@pytest.mark.parametrize("point", list(POINTS))
def test_a_crash_then_the_providers_retries_give_one_email_id_and_one_report(backend, point):
    settings, clock, reports, request = backend
    port, method, before, when = POINTS[point]
    deps = Deps(settings, clock)
    deps.wrap(port, lambda inner: CrashOnce(inner, method, before, when))
    if request is not None:
        request.addfinalizer(start_stack(deps).stop)
    client = intake_client(deps)
    fields = mailgun_fields(deps, token="c" * 50)

    with pytest.raises(Crash):
        client.post("/mailgun", data=fields, content_type="multipart/form-data")
    too_soon = client.post("/mailgun", data=fields, content_type="multipart/form-data")
    assert too_soon.status_code == 429 and too_soon.headers["Retry-After"]

    clock.advance(claims.LEASE.total_seconds() + 1)
    taken_over = client.post("/mailgun", data=fields, content_type="multipart/form-data")
    assert taken_over.status_code == 200 and taken_over.get_json()["duplicate"] is False
    email_id = taken_over.get_json()["email_id"]
    again = client.post("/mailgun", data=fields, content_type="multipart/form-data").get_json()
    assert (again["email_id"], again["duplicate"]) == (email_id, True)

    written = reports(deps)
    assert [report.email_id for report in written] == [email_id]
    assert written[0].status == "processed"
