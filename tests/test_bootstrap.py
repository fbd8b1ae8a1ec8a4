"""The composition root's choices that no adapter test sees: where a function instance logs."""

from __future__ import annotations

from shared import bootstrap
from shared.settings import Settings


def test_a_gcp_instance_logs_to_stdout_only_never_to_a_file_in_its_memory(tmp_path):
    gcp = Settings.from_env({}, runtime="gcp", blob_bucket="b", local_data_dir=tmp_path)
    assert bootstrap.local_log_file(gcp) is None


def test_locally_the_log_file_under_the_data_dir_feeds_trace(tmp_path):
    local = Settings.from_env({}, local_data_dir=tmp_path)
    assert bootstrap.local_log_file(local) == tmp_path / "logs" / "pipeline.jsonl"
