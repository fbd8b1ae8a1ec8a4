"""Benchmark: the offline engine's CPU time per email (classify + extract), warm, in this process.

Every labelled email under tests/agents_data is parsed and its PDFs read beforehand, as the stages hand them to
the engine (parse_mime, the body cut to what engines read, the bounded PDF reader); the clock is the process CPU
time (`time.process_time`) around the engine's two calls only, after one warm-up pass (patterns compiled, models
loaded: what a warm function instance pays). Product: the engine as it runs (the learned intent, amount and
creditor choices). Baseline: the rules alone as they ran before the learned choices (the cue classifier and the
grounded rules findings). Rounds alternate; each round's figure is the mean over all emails.

Target ("Offline engine II"): mean CPU <= 10 ms per email (classify + extract).
"""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.common import Context, Result, alternate, percentile

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "agents_data"
TARGET_MS = 10.0


def _emails(limit: int | None = None) -> list[tuple]:
    """(mail, documents) of the labelled emails, read as the stages read them."""
    from tools.train_choice import read_email  # the stages' reading, shared with the trainers

    paths = sorted(DATA.glob("*/*.eml"))
    paths = [p for p in paths if p.with_suffix(".json").exists()]
    return [read_email(path) for path in paths[:limit]]


def _learned(mail, documents):
    from shared.engine.rules import RulesEngine

    engine = RulesEngine()
    engine.extract(mail, engine.classify(mail, documents), documents)


def _rules_only(mail, documents):
    from shared.engine.grounding import ground
    from shared.engine.rules.extraction import extract
    from shared.engine.rules.intent import classify

    ground(extract(mail, classify(mail, [d.text for d in documents if d.text]), documents), mail, documents)


def _per_email_ms(emails: list[tuple], engine) -> list[float]:
    times = []
    for mail, documents in emails:
        started = time.process_time()
        engine(mail, documents)
        times.append((time.process_time() - started) * 1000)
    return times


def run(ctx: Context) -> list[Result]:
    emails = _emails(ctx.scale(None, 40))
    for engine in (_learned, _rules_only):  # warm-up: patterns compiled, models read
        _per_email_ms(emails, engine)
    samples: dict[str, list[float]] = {"learned": [], "rules": []}

    def product() -> float:
        samples["learned"] = _per_email_ms(emails, _learned)
        return sum(samples["learned"]) / len(emails)

    def baseline() -> float:
        samples["rules"] = _per_email_ms(emails, _rules_only)
        return sum(samples["rules"]) / len(emails)

    learned, rules = alternate(min(ctx.rounds, 5), product, baseline)
    mean = sorted(learned)[len(learned) // 2]
    return [Result("engine_cpu", "offline engine: CPU per email, classify + extract (mean over the labelled emails)",
                   "ms", learned, rules, "the rules alone (cue classifier, rules findings; before the learned "
                   "choices)", f"<= {TARGET_MS:g} ms", mean <= TARGET_MS,
                   details={"emails": len(emails), "p95_ms_last_round": round(percentile(samples["learned"], 95), 2),
                            "max_ms_last_round": round(max(samples["learned"]), 2)})]
