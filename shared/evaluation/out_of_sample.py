"""`python main.py eval --out-of-sample [FILE]`: score the recorded honest out-of-sample predictions of the
offline rules engine (tests/agents_data/out_of_sample.json, made by `python -m tools.out_of_sample`).

For each labelled batch the file holds the predictions of the engine as committed when the batch was added,
before any rule was tuned on it. They are scored here with today's scoring (`shared.evaluation.score_fields`)
against today's truth files, per batch and pooled: field scores, automation, silent-error rate, n and its 90%
bound. Nothing is run: the predictions are data.
"""

from __future__ import annotations

import json
from pathlib import Path

from shared.evaluation import Scores, labelled_emails, render, score_fields

DEFAULT_FILE = Path(__file__).parents[2] / "tests" / "agents_data" / "out_of_sample.json"


def load(path: Path) -> dict:
    """The recorded predictions (the JSON written by tools.out_of_sample)."""
    return json.loads(Path(path).read_text())


def score_batch(entry: dict, folder: Path) -> Scores:
    """Score one batch's recorded predictions against the truth files in `folder`. A labelled email that has
    no prediction (the old engine failed on it, or it was not recorded) counts as an error: not approved."""
    scores = Scores()
    for eml in labelled_emails(folder):
        predicted = entry["emails"].get(eml.name)
        if predicted is None:
            why = entry.get("errors", {}).get(eml.name, "no recorded prediction")
            scores.errors.append(f"{eml.name}: {why}")
            continue
        score_fields(scores, eml.name, json.loads(eml.with_suffix(".json").read_text()), predicted)
    return scores


def score_recorded(data: dict, base: Path) -> dict[str, Scores]:
    """Scores per batch, in the file's order; folders are relative to `base` (the file's directory)."""
    return {batch: score_batch(entry, base / entry["folder"]) for batch, entry in data["batches"].items()}


def pooled(per_batch: dict[str, Scores]) -> Scores:
    total = Scores()
    for scores in per_batch.values():
        total.add(scores)
    return total


def render_out_of_sample(data: dict, per_batch: dict[str, Scores], show_wrong: bool = False,
                         title: str | None = None) -> str:
    """One line per batch (its commit, automation, silent-error rate, n, bound), then the pooled table."""
    title = title or f"out of sample: offline rules engine as committed when each batch was added ({data['engine']})"
    lines = [title,
             f"  {'batch':<9} {'commit':<12} {'date':<10} {'emails':>6} {'automation':>10} {'n':>4} "
             f"{'wrong':>5} {'rate':>6} {'90% bound':>9}"]
    for batch, scores in per_batch.items():
        entry, bound = data["batches"][batch], scores.silent_error_bound
        lines.append(f"  {batch:<9} {entry['commit'][:12]:<12} {entry['commit_date'][:10]:<10} "
                     f"{scores.total + len(scores.errors):>6} {scores.automation:>10.1%} {scores.not_flagged:>4} "
                     f"{scores.wrong_approved_fields:>5} {scores.silent_error_rate:>6.1%} "
                     f"{'n/a' if bound is None else format(bound, '.1%'):>9}")
    total = pooled(per_batch)
    lines.append("")
    pooled_title = f"all {len(per_batch)} batches pooled, " + ("cross-fitted" if title else "out of sample")
    lines.append(render(pooled_title, total, show_wrong, readable=False))
    return "\n".join(lines)
