"""`make train` = `python -m tools.train`: (re)train every linear model of the offline engine, reproducibly.

Each trainer is a module `tools/train_<model>.py` with `train(data: Path, out: Path) -> list[Path]` that reads the
labelled batches under `data` (tests/agents_data), fits with fixed seeds and writes its artifacts (JSON, the
format in shared/engine/learned/__init__.py) into `out` (shared/engine/learned/), returning the files written.
Running it twice writes byte-identical files; a test per model retrains into a temporary folder and compares.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "agents_data"
OUT = REPO / "shared" / "engine" / "learned"


FIRST = ("train_intent",)  # the choice models' candidates come from extraction run with the engine's intent


def trainers() -> list[str]:
    """Every trainer module, the intent first (its model must be in place before the others read candidates)."""
    return sorted((p.stem for p in Path(__file__).parent.glob("train_*.py")),
                  key=lambda name: (name not in FIRST, name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.train", description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", help="only this trainer module (train_intent, ...)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    names = args.only or trainers()
    if not names:
        print("no trainers (tools/train_*.py) yet", file=sys.stderr)
    for name in names:
        for path in importlib.import_module(f"tools.{name}").train(DATA, args.out):
            print(f"{name}: wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
