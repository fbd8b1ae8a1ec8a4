"""`python -m tools.out_of_sample`: record the honest out-of-sample predictions of the offline rules engine.

For each labelled batch under tests/agents_data (a folder of NAME.eml + NAME.json), the predictions that count as
out of sample are those of the engine *as committed when the batch was added*, before any rule was tuned on it.
This finds that commit (the oldest one adding the batch's .eml files), checks it out in a temporary git
worktree, and runs that commit's own `shared.evaluation.evaluate` with the rules engine on today's emails, truth
files and client directory, capturing each report instead of scoring it there. The reports' scored fields,
needs_review, per-field confidences and the intent's confidence (which the report does not keep: a hook on the
consolidation stage sees it) are written to tests/agents_data/out_of_sample.json; `python main.py eval
--out-of-sample` scores them with today's scoring, `python -m tools.calibrate` fits the calibration on them.
The worktrees are removed afterwards.

The old commits run with this interpreter (today's installed packages) and an environment holding only what the
run needs (AGENT_ENGINE=rules, a temporary LOCAL_DATA_DIR), so no key, database or developer setting leaks in.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "agents_data"
OUTPUT = DATA / "out_of_sample.json"

# Runs inside the old commit's worktree (cwd): its `evaluate` processes every labelled email; `score_one` is
# replaced so each report is recorded instead of scored. argv: emails folder, clients file, output file.
DRIVER = r'''
import json, sys, tempfile
from pathlib import Path
import shared
assert Path(shared.__file__).resolve().is_relative_to(Path.cwd().resolve()), shared.__file__
import shared.evaluation as ev
from shared.settings import Settings

folder, clients, output = map(Path, sys.argv[1:4])
recorded = {}
intent_confidences = []  # the intent confidence each consolidation saw (the report does not keep it)

import shared.stages.consolidation as consolidation_stage

def consolidate_seen(intent, extraction, inner=consolidation_stage.consolidate):
    intent_confidences.append(intent.confidence)
    return inner(intent, extraction)

consolidation_stage.consolidate = consolidate_seen

def record(scores, name, truth, report):
    amount = report.debt_amount
    fields = {}
    for key, found in (getattr(report, "extracted_fields", None) or {}).items():
        found = found if isinstance(found, dict) else {"value": found}
        fields[key] = {k: found.get(k) for k in ("value", "confidence", "source", "review_reason")}
    recorded[name] = {
        "intent": report.intent, "client_id": report.client_id, "creditor_name": report.creditor_name,
        "debt_amount": None if amount is None else f"{amount:.2f}", "currency": report.currency,
        "reference_numbers": list(report.reference_numbers), "needs_review": bool(report.needs_review),
        "review_reason": getattr(report, "review_reason", None),
        "overall_confidence": getattr(report, "overall_confidence", None),
        "confidence_route": getattr(report, "confidence_route", None), "fields": fields,
        "intent_confidence": intent_confidences[-1] if intent_confidences else None,
    }
    intent_confidences.clear()

ev.score_one = record
ev.readable_text = lambda raw: ""  # newer commits count readable references; not needed here
with tempfile.TemporaryDirectory(prefix="oos-") as tmp:
    settings = Settings.from_env({"AGENT_ENGINE": "rules", "LOCAL_DATA_DIR": tmp})
    scores = ev.evaluate(folder, clients, settings)
errors = dict(message.split(": ", 1) if ": " in message else (message, "error") for message in scores.errors)
output.write_text(json.dumps({"emails": recorded, "errors": errors}))
'''


def git(*args: str, cwd: Path = REPO) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


def batches(data: Path = DATA) -> list[str]:
    """The labelled batch folders (holding at least one NAME.eml with a NAME.json beside it), by name."""
    return sorted(p.name for p in data.iterdir()
                  if p.is_dir() and any(e.with_suffix(".json").exists() for e in p.glob("*.eml")))


def adding_commit(folder: str) -> str:
    """The oldest commit that added .eml files to tests/agents_data/<folder>: the batch's arrival."""
    commits = git("log", "--diff-filter=A", "--format=%H", "--", f"tests/agents_data/{folder}/*.eml").split()
    if not commits:
        raise LookupError(f"no commit adds tests/agents_data/{folder}/*.eml (is it committed?)")
    return commits[-1]


@contextmanager
def worktree(commit: str):
    """A detached git worktree of `commit` in a temporary folder, removed on exit."""
    with tempfile.TemporaryDirectory(prefix="oos-worktree-") as tmp:
        path = Path(tmp) / "tree"
        git("worktree", "add", "--detach", str(path), commit)
        try:
            yield path
        finally:
            git("worktree", "remove", "--force", str(path))


def run_at(commit: str, folder: Path, clients: Path) -> dict:
    """Run the engine of `commit` over the labelled emails in `folder`: {"emails": {name: prediction},
    "errors": {name: message}}. Raises CalledProcessError (with the old code's stderr) when it cannot run."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/tmp"),
           "LANG": "C.UTF-8", "TZ": "UTC", "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}
    with worktree(commit) as tree, tempfile.TemporaryDirectory(prefix="oos-out-") as out:
        result = Path(out) / "predictions.json"
        subprocess.run([sys.executable, "-c", DRIVER, str(folder), str(clients), str(result)], cwd=tree, env=env,
                       check=True, capture_output=True, text=True)
        return json.loads(result.read_text())


def record_batch(name: str) -> dict:
    """One batch's entry of out_of_sample.json."""
    commit = adding_commit(name)
    print(f"{name}: engine at {commit[:12]} ...", file=sys.stderr, flush=True)
    entry = {"folder": name, "commit": commit, "commit_date": git("log", "-1", "--format=%cI", commit),
             "commit_subject": git("log", "-1", "--format=%s", commit)[:200]}
    try:
        entry.update(run_at(commit, DATA / name, DATA / "clients.json"))
    except subprocess.CalledProcessError as exc:  # say why, keep the other batches
        entry.update(emails={}, errors={}, not_run=(exc.stderr or "").strip().splitlines()[-1:])
    return entry


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.out_of_sample", description=__doc__.split("\n\n")[0])
    parser.add_argument("--batch", action="append", help="only this batch folder (repeatable; default: all)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    names = args.batch or batches()
    data = {"engine": "rules",
            "made_by": "python -m tools.out_of_sample",
            "about": "per batch: the predictions of the offline engine as committed when the batch was added "
                     "(its oldest commit adding the .eml files), run on today's emails and client directory; "
                     "score with `python main.py eval --out-of-sample`",
            "batches": {}}
    for name in sorted(names, key=lambda n: git("log", "-1", "--format=%cI", adding_commit(n))):  # by arrival
        data["batches"][name] = record_batch(name)
    args.output.write_text(json.dumps(data, indent=1, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
