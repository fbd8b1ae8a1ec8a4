"""`python -m tools.calibrate`: fit an engine's calibration maps and auto-approval threshold and write them to
shared/engine/calibration/<engine>.json (the file consolidation reads; see shared.evaluation.calibration).

The offline engine is fitted on its honest out-of-sample predictions: tests/agents_data/out_of_sample_learned.json
is the rules engine's recorded predictions (`python -m tools.out_of_sample`) with the learned choices held out by
batch (`python -m tools.learned_out_of_sample`; `make calibrate` runs the whole chain). Any other engine is
fitted the same way from a predictions file of the same format made from labelled runs, e.g.
`python -m tools.calibrate --engine claude --predictions FILE`.
The fit is deterministic: the same predictions give the same file byte for byte (`--check` says whether the
file on disk is that file). It prints the decision and the cross-fitted (leave one batch out) scores.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from shared.engine.calibration import FOLDER
from shared.evaluation.calibration import FALLBACKS, cross_fitted, document
from shared.evaluation.out_of_sample import pooled
from tools.learned_out_of_sample import OUT as LEARNED_FILE

REPO = Path(__file__).resolve().parents[1]


def _shown(path: Path) -> str:
    """`path` as written in the file: relative to the repository when inside it (no machine's paths)."""
    path = path.resolve()
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else path.name


def fitted_text(engine: str, predictions: Path, fallback: str = "clean") -> str:
    """The calibration file's exact text for `engine` fitted on `predictions`."""
    text = predictions.read_text()
    made_by = f"python -m tools.calibrate --engine {engine} --predictions {_shown(predictions)}"
    if fallback != "clean":
        made_by += f" --fallback {fallback}"
    doc = document(engine, json.loads(text), predictions.parent, text, made_by, fallback)
    return _flat_dicts_on_one_line(json.dumps(doc, indent=1, ensure_ascii=False)) + "\n"


def _flat_dicts_on_one_line(text: str) -> str:
    """Each object holding no object or list (a map's step, a tested threshold) on one line, for reading."""
    return re.sub(r"\{\n([^{}\[\]]*?)\n\s*\}", lambda m: "{" + " ".join(m.group(1).split()) + "}", text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.calibrate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", default="rules", help="engine family the file is for (default: rules)")
    parser.add_argument("--predictions", type=Path, default=LEARNED_FILE,
                        help="labelled predictions (default: the offline engine's out-of-sample file)")
    parser.add_argument("--output", type=Path, help="default: shared/engine/calibration/<engine>.json")
    parser.add_argument("--fallback", choices=FALLBACKS, default="clean",
                        help="when no threshold is certified: no observed wrong field (default), point estimate, "
                             "or approve nothing")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if the file differs")
    args = parser.parse_args(argv)
    output = args.output or FOLDER / f"{args.engine}.json"
    text = fitted_text(args.engine, args.predictions, args.fallback)
    if args.check:
        same = output.is_file() and output.read_text() == text
        print(f"{output}: {'reproduced' if same else 'differs from a fresh fit'}", file=sys.stderr)
        return 0 if same else 1
    output.write_text(text)
    decision = json.loads(text)["decision"]
    print(f"wrote {output}: threshold {decision['threshold']} ({decision['basis']})", file=sys.stderr)
    data = json.loads(args.predictions.read_text())
    scores = pooled(cross_fitted(data, args.predictions.parent, args.engine, args.fallback))
    bound = scores.silent_error_bound
    print(f"cross-fitted (leave one batch out): automation {scores.automation:.1%}, "
          f"{scores.wrong_approved_fields} wrong / n={scores.not_flagged}, rate {scores.silent_error_rate:.1%}, "
          f"90% bound {'n/a' if bound is None else format(bound, '.1%')}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
