"""The measuring tools every benchmark shares: ABBA alternation, summaries, percentiles, result rows."""

from benchmarks.common import Result, alternate, percentile, rss_mib, summarise


def test_alternate_runs_abba_so_drift_hits_both_sides():
    order = []
    ours, theirs = alternate(4, lambda: order.append("A") or 1.0, lambda: order.append("B") or 2.0)
    assert "".join(order) == "ABBAABBA"
    assert ours == [1.0] * 4 and theirs == [2.0] * 4


def test_summarise_gives_median_and_spread():
    summary = summarise([5.0, 1.0, 3.0, 2.0, 4.0])
    assert summary["n"] == 5 and summary["median"] == 3.0
    assert (summary["min"], summary["max"]) == (1.0, 5.0)
    assert summary["iqr"] > 0
    assert summarise([]) == {"n": 0}


def test_percentile_is_nearest_rank():
    samples = list(range(1, 101))
    assert percentile(samples, 99) == 99
    assert percentile(samples, 50) == 50
    assert percentile([7.0], 99) == 7.0


def test_result_ratio_is_product_median_over_baseline_median():
    row = Result("x", "m", "ms", [10.0, 12.0, 11.0], [5.0, 6.0, 5.5], "hello", "<= 2x", True).as_dict()
    assert row["ratio"] == 2.0
    assert row["baseline_name"] == "hello" and row["product"]["median"] == 11.0
    assert "ratio" not in Result("x", "m", "USD", [1.0]).as_dict()


def test_rss_of_this_process_is_plausible():
    assert 5 < rss_mib() < 10_000
