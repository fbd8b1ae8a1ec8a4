"""The printed results table: one line per row, baseline and ratio shown, missed targets and crashes marked."""

from benchmarks.common import Result
from benchmarks.report import render


def test_table_shows_medians_baselines_and_misses():
    rows = [Result("chain", "emails/s", "emails/s", [150.0, 160.0, 170.0], [900.0, 950.0], "no-op stages",
                   ">= 200", False).as_dict(),
            Result("cost_model", "cost per 1,000 emails", "USD", [1.4]).as_dict()]
    document = {"when": "2026-11-29T00:00:00+00:00", "seconds": 1.0, "results": rows, "failed": ["cold_start"],
                "machine": {"cpus": 2, "cpu": "test cpu", "python": "3.11.7"}}
    table = render(document)
    assert "| chain | emails/s | emails/s | 160 (150–170) | 925 (900–950) no-op stages | 0.173 | >= 200 | **no** |" in table
    assert "| cost_model | cost per 1,000 emails | USD | 1.4 |" in table
    assert "| cold_start | CRASHED" in table
