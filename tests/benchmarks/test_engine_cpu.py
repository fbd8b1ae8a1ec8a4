"""The engine CPU benchmark in quick form: one row with product and baseline samples in ms and its target."""

from benchmarks import engine_cpu
from benchmarks.common import Context, Services


def test_quick_run_measures_the_engine_and_the_rules_alone(tmp_path):
    ctx = Context(workdir=tmp_path, services=Services(tmp_path), quick=True, rounds=2)
    [row] = engine_cpu.run(ctx)
    assert row.benchmark == "engine_cpu" and row.unit == "ms" and row.target == "<= 10 ms"
    assert len(row.product) == len(row.baseline) == 2 and all(0 < ms < 1000 for ms in row.product + row.baseline)
    assert row.details["emails"] == 40 and row.met == (sorted(row.product)[1] <= 10)
