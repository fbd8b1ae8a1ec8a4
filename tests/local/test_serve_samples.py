"""`serve` on a fresh data dir queues the bundled sample emails once, so the review queue is not empty."""

from __future__ import annotations

from shared import topics
from shared.bootstrap import Deps
from shared.local.runtime import dispatcher_for
from shared.local.serve import queue_samples, seed_samples
from shared.settings import Settings


def test_the_samples_are_queued_once_on_a_fresh_data_dir_and_land_in_the_review_queue(tmp_path):
    deps = Deps(Settings.from_env({}, local_data_dir=tmp_path, runtime="local", agent_engine="rules"))
    seed_samples(tmp_path)
    assert queue_samples(deps, tmp_path) == 4
    assert queue_samples(deps, tmp_path) == 0  # the marker: never again
    dispatcher_for(deps).run_until_idle()
    reports = deps.reports.list()
    assert len(reports) == 4 and all(r.status == "processed" for r in reports)
    assert deps.reviews.queue(), "at least one sample needs review"


def test_a_data_dir_with_reports_or_queued_mail_gets_no_samples(tmp_path):
    deps = Deps(Settings.from_env({}, local_data_dir=tmp_path, runtime="local", agent_engine="rules"))
    deps.bus.publish(topics.INTAKE_TOPIC, b"{}", {"email_id": "e1"})
    assert queue_samples(deps, tmp_path) == 0 and not (tmp_path / "samples-queued").exists()
