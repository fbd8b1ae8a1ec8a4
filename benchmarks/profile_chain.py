"""`python -m benchmarks.profile_chain [N]`: where the chain's CPU goes, as a cProfile table.

Runs N emails of the committed mix (default 200, spread over the whole mix) through intake and the whole local
chain in this one process, under cProfile, and writes the top functions by cumulative and by own time to
benchmarks/results/profiles/chain.txt. This is the profile behind the chain benchmark's explanation of a missed
throughput target; re-run it after a speed-up to see what moved.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import sys
import tempfile
from pathlib import Path

from benchmarks.mix import Mix

OUT = Path(__file__).resolve().parent / "results" / "profiles" / "chain.txt"


def profile(count: int = 200, out: Path = OUT) -> Path:
    from benchmarks.chain import _deps, _prepare
    from shared.intake.service import accept
    from shared.local.runtime import FileMessage, dispatcher_for
    from shared.observability.context import new_correlation_id

    mix = Mix.load()
    plan = mix.plan()
    step = max(1, len(plan) // count)
    emails = [mix.email(i, plan) for i in range(0, len(plan), step)][:count]
    data_dir = Path(tempfile.mkdtemp(prefix="profile-chain-"))
    _prepare(data_dir)
    deps = _deps(data_dir)
    profiler = cProfile.Profile()
    profiler.enable()
    for raw in emails:
        accept(FileMessage(raw), new_correlation_id(), deps)
    dispatcher_for(deps).run_until_idle()
    profiler.disable()
    reports = len(deps.reports.list(limit=count + 10))
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text)
    text.write(f"{len(emails)} emails of the mix, {reports} reports, one process\n")
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(25)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text.getvalue().replace(str(Path(__file__).resolve().parents[1]) + "/", ""))
    return out


if __name__ == "__main__":
    print(profile(int(sys.argv[1]) if len(sys.argv) > 1 else 200))
