"""`python -m tools.choice_out_of_sample`: the learned choice judged with candidates the finders were not tuned on.

`python -m tools.train_choice --lobo` uses today's finders, which were tuned on every batch: their candidates and
confidences are in-sample. Here, for each held-out batch B, the candidates come from the engine as committed when
B arrived (the commit tools.out_of_sample records; a git worktree, its own chain run over all twelve batches with
the consolidation stage hooked to capture the extraction it sees). A model is trained on the other eleven batches'
candidates from that same engine and chooses among B's; it is compared with that engine's own recorded choice
(out_of_sample.json), with the ceiling on those candidates and with today's consolidation. The old findings are
re-grounded with today's grounding on today's parsed mail; features are today's. Takes a few minutes.
`--money-mentions`: today's money mentions join the old amount candidates (so that ceiling is partly in-sample).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tools import train_choice as tc
from tools.out_of_sample import DATA, batches, worktree

# Runs inside the old commit's worktree: its `evaluate` over each folder, capturing the debt_amount and
# creditor_name findings its consolidation stage receives. argv: clients file, output file, folders...
DRIVER = r'''
import json, sys, tempfile
from pathlib import Path
import shared
assert Path(shared.__file__).resolve().is_relative_to(Path.cwd().resolve()), shared.__file__
import shared.evaluation as ev
import shared.stages.consolidation as stage
from shared.settings import Settings

clients, output, folders = Path(sys.argv[1]), Path(sys.argv[2]), [Path(a) for a in sys.argv[3:]]
seen, recorded = [], {}
KEYS = ("field", "value", "confidence", "source", "span", "quoted", "note")

def hooked(intent, extraction, inner=stage.consolidate):
    seen.append([{k: getattr(f, k, None) for k in KEYS} for f in extraction.findings
                 if f.field in ("debt_amount", "creditor_name")])
    return inner(intent, extraction)

stage.consolidate = hooked

def record(scores, name, truth, report):
    recorded[folder.name + "/" + name] = seen[-1] if seen else []
    seen.clear()

ev.score_one = record
ev.readable_text = lambda raw: ""
for folder in folders:
    with tempfile.TemporaryDirectory(prefix="choice-oos-") as tmp:
        ev.evaluate(folder, clients, Settings.from_env({"AGENT_ENGINE": "rules", "LOCAL_DATA_DIR": tmp}))
output.write_text(json.dumps(recorded))
'''


def findings_at(commit: str, folders: list[str]) -> dict[str, list[dict]]:
    """{"batch/NAME.eml": [finding dict, ...]} from the engine of `commit` over `folders`."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/tmp"),
           "LANG": "C.UTF-8", "TZ": "UTC", "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}
    with worktree(commit) as tree, tempfile.TemporaryDirectory(prefix="choice-oos-out-") as out:
        result = Path(out) / "findings.json"
        subprocess.run([sys.executable, "-c", DRIVER, str(DATA / "clients.json"), str(result),
                        *(str(DATA / f) for f in folders)], cwd=tree, env=env, check=True, capture_output=True,
                       text=True)
        return json.loads(result.read_text())


def emails_from(found: dict[str, list[dict]], today: dict[str, tc.Email], money: bool = False) -> list[tc.Email]:
    """Emails described by the old findings (re-grounded today), keeping today's truth and consolidation."""
    from shared.domain.results import ExtractionResult, Finding
    from shared.engine.grounding import ground
    from shared.evaluation import labelled_emails

    emails = []
    for key, email in today.items():
        batch, name = key.split("/")
        eml = next(e for e in labelled_emails(DATA / batch) if e.name == name)
        mail, documents = tc.read_email(eml)
        old = [Finding(**{k: (tuple(v) if k == "span" and v else v) for k, v in f.items()
                          if v is not None or k == "span"}) for f in found.get(key, [])]
        grounded = ground(ExtractionResult(findings=old), mail, documents).findings
        emails.append(tc.described(tc.Email(batch, name, email.truth, consolidated=dict(email.consolidated)),
                                   grounded, mail, documents, money))
    return emails


def table(cache: Path | None, money: bool = False) -> str:
    from shared.engine.learned.linear import from_dict
    from shared.evaluation.out_of_sample import DEFAULT_FILE, load

    recorded = load(DEFAULT_FILE)["batches"]
    today = {f"{e.batch}/{e.name}": e for e in tc.load_all(DATA)}
    names = batches()
    found_by_commit = json.loads(cache.read_text()) if cache and cache.exists() else {}
    picks = []  # (field, email, learned, old engine's choice)
    for held in names:
        commit = recorded[held]["commit"]
        if commit not in found_by_commit:
            print(f"{held}: engine at {commit[:12]} over all batches ...", file=sys.stderr, flush=True)
            found_by_commit[commit] = findings_at(commit, names)
            if cache:
                cache.write_text(json.dumps(found_by_commit))
        emails = emails_from(found_by_commit[commit], today, money)
        for field in tc.FIELDS:
            model = from_dict(tc.artifact(field, *tc.fit([e for e in emails if e.batch != held], field), names))
            for email in (e for e in emails if e.batch == held):
                old = recorded[held]["emails"].get(email.name, {}).get(field)
                picks.append((field, email, tc.choose(model, email, field), old))
    lines = []
    for field in tc.FIELDS:
        lines += [f"{field}: candidates from the engine as committed when each batch arrived; learned choice "
                  "trained on the other batches' candidates from that engine",
                  f"  {'batch':<8} {'emails':>6} {'ceiling':>8} {'old eng.':>8} {'learned':>8} {'today':>8}"]
        for held in [*names, "pooled"]:
            rows = [(e, lp, old) for f, e, lp, old in picks if f == field and held in (e.batch, "pooled")]
            n = len(rows)
            ceiling = sum(e.truth.get(field) is None or any(tc.same(field, c, e.truth[field]) for c in e.values[field])
                          for e, _lp, _old in rows)
            old_right = sum(tc.same(field, old, e.truth.get(field)) for e, _lp, old in rows)
            learned = sum(tc.same(field, lp[0], e.truth.get(field)) for e, lp, _old in rows)
            now = sum(tc.same(field, e.consolidated[field], e.truth.get(field)) for e, _lp, _old in rows)
            lines.append(f"  {held:<8} {n:>6} {ceiling / n:>8.1%} {old_right / n:>8.1%} {learned / n:>8.1%} "
                         f"{now / n:>8.1%}")
        rows = [(e, lp) for f, e, lp, _old in picks if f == field]
        lines.append("  pooled, value stated only at p >= t: t, stated, right among stated, accuracy (all)")
        for t in tc.THRESHOLDS:
            stated = [(e, v) for e, (v, p) in rows if v is not None and p >= t]
            right = sum(tc.same(field, v, e.truth.get(field)) for e, v in stated)
            silent_null = sum(1 for e, (v, p) in rows if (v is None or p < t) and e.truth.get(field) is None)
            lines.append(f"    t={t:<4} {len(stated) / len(rows):>7.1%} {right / max(len(stated), 1):>8.1%} "
                         f"{(right + silent_null) / len(rows):>8.1%}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.choice_out_of_sample", description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep the old engines' findings in this JSON file (re-runs)")
    parser.add_argument("--money-mentions", action="store_true",
                        help="every money mention is an amount candidate too (tools.train_choice.money_mentions)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    print(table(args.cache, args.money_mentions))
    print(f"{time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
