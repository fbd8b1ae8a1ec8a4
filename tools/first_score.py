"""`python -m tools.first_score BATCH...`: score a new labelled batch once, before anyone tunes on it, and keep it.
`python -m tools.first_score --show` prints every recorded first score (make eval does).

A batch's first score is the honest measure of how the engine does on mail it has never seen: the batch is
committed (tests/agents_data/<batch>/, by a writer who never read the engine), then scored here with the engine
exactly as committed when the batch arrived — the tool refuses when anything under shared/ changed since the
commit that added the batch's emails. The whole `eval --json` result (field scores, automation, silent-error
rate, n and its 90% bound) goes into tests/agents_data/first_scores.json with the engine commit, never to be
rewritten: a batch already recorded is refused. The same scores become the batch's quality floor
(tests/agents_data/<batch>_scores.json, the keys tests/engine/test_quality_floor.py checks).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import datetime, timezone

from tools.out_of_sample import DATA, REPO, adding_commit, git

FIRST_SCORES = DATA / "first_scores.json"
FLOOR_KEYS = ("emails", "intent_accuracy", "client_id_accuracy", "creditor_name_accuracy", "debt_amount_accuracy",
              "currency_accuracy", "reference_precision", "reference_recall", "reference_f1", "silent_error_rate")


def floor_of(scores: dict) -> dict:
    """The scores a later engine may not fall below (a rate with nothing auto-approved is no floor)."""
    return {key: scores[key] for key in FLOOR_KEYS if scores[key] is not None}


def engine_unchanged_since(commit: str) -> bool:
    return subprocess.run(["git", "diff", "--quiet", commit, "HEAD", "--", "shared/"], cwd=REPO).returncode == 0


def score(batch: str) -> dict:
    result = subprocess.run([sys.executable, "main.py", "eval", f"tests/agents_data/{batch}", "--engine", "rules",
                             "--json"], cwd=REPO, check=True, capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "AGENT_ENGINE": "rules"})
    return json.loads(result.stdout)[f"tests/agents_data/{batch}"]


def record(batch: str, recorded: dict) -> dict:
    if batch in recorded:
        raise SystemExit(f"error: {batch} already has its first score ({FIRST_SCORES.name}); it is never rewritten")
    arrival = adding_commit(batch)
    if not engine_unchanged_since(arrival):
        raise SystemExit(f"error: shared/ changed since {batch} arrived ({arrival[:10]}): this would not be a "
                         "first score (use python -m tools.out_of_sample for the engine as it was)")
    scores = score(batch)
    floor = floor_of(scores)
    (DATA / f"{batch}_scores.json").write_text(json.dumps(floor, indent=2) + "\n")
    return {"batch_commit": arrival, "engine_commit": git("rev-parse", "HEAD"),
            "scored_at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "scores": scores}


COLUMNS = (("intent", "intent_accuracy"), ("client", "client_id_accuracy"), ("creditor", "creditor_name_accuracy"),
           ("amount", "debt_amount_accuracy"), ("currency", "currency_accuracy"),
           ("deadline", "payment_deadline_accuracy"), ("refs F1", "reference_f1"))


def show(recorded: dict) -> str:
    """The first scores as a table, the batches scored by one engine commit pooled together (accuracies over all
    their emails; reference F1 as the email-weighted mean of the batches', marked ~), automation and its n."""
    groups: dict[str, list[str]] = {}
    for batch, entry in recorded.items():
        groups.setdefault(entry["engine_commit"], []).append(batch)
    header = f"{'batch':<10} {'emails':>6} " + " ".join(f"{title:>8}" for title, _ in COLUMNS) + "  auto-approved"
    lines = ["first scores (tests/agents_data/first_scores.json): each batch scored once, by the engine as "
             "committed when it arrived", header]
    for commit, batches in groups.items():
        rows = [recorded[batch]["scores"] for batch in batches]
        for batch, scores in zip(batches, rows):
            lines.append(_row(batch, scores, scores["auto_approved"], scores["wrong_fields_auto_approved"]))
        emails = sum(scores["emails"] for scores in rows)
        pooled = {"emails": emails}
        for _title, key in COLUMNS:
            known = [scores for scores in rows if scores.get(key) is not None]
            weight = sum(scores["emails"] for scores in known)
            pooled[key] = sum(scores[key] * scores["emails"] for scores in known) / weight if weight else None
        approved = sum(scores["auto_approved"] for scores in rows)
        wrong = sum(scores["wrong_fields_auto_approved"] for scores in rows)
        lines.append(_row("pooled", pooled, approved, wrong, approximate="reference_f1")
                     + f"  (engine {commit[:10]}: {', '.join(batches)})")
    return "\n".join(lines)


def _row(name: str, scores: dict, approved: int, wrong: int, approximate: str = "") -> str:
    cells = []
    for _title, key in COLUMNS:
        value = scores.get(key)
        text = "n/a" if value is None else (f"{value:.3f}" if key == "reference_f1" else f"{value:.1%}")
        cells.append(f"{('~' if key == approximate and value is not None else '') + text:>8}")
    return f"{name:<10} {scores['emails']:>6} " + " ".join(cells) + f"  {approved}, {wrong} wrong field(s)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", nargs="*", help="batch folder names under tests/agents_data")
    parser.add_argument("--show", action="store_true", help="print the recorded first scores; score nothing")
    args = parser.parse_args(argv)
    recorded = json.loads(FIRST_SCORES.read_text()) if FIRST_SCORES.exists() else {}
    if args.show or not args.batches:
        print(show(recorded))
        return 0
    for batch in args.batches:
        recorded[batch] = record(batch, recorded)
        print(f"{batch}: " + ", ".join(f"{k} {v}" for k, v in recorded[batch]["scores"].items()))
    FIRST_SCORES.write_text(json.dumps(recorded, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
