"""Train the learned intent model (shared/engine/learned/intent.json) and measure it leave-one-batch-out.

`train(data, out)` (run by `make train`) reads every labelled batch under `data`, builds the n-gram features of
`shared.engine.learned.intent_features` for each email (mail and PDFs read as the pipeline reads them), keeps the
n-grams found in at least MIN_DF emails, and fits a multinomial logistic regression (scikit-learn, lbfgs, fixed
seed). C is chosen from C_GRID by leave-one-batch-out accuracy over the training batches (`c=` skips the choice:
the reproduction test passes the committed C). Weights are rounded to 6 decimals (zeros dropped) and written
compactly, so retraining writes the same bytes. The engine reads it through shared/engine/learned/intent.py.

`python -m tools.train_intent --lobo` holds out each batch in turn, trains on the others (with the committed C,
which was chosen with every batch in view: mildly optimistic; `--choose-c` chooses it by an inner
leave-one-batch-out over those only, about 20 minutes), predicts the held-out batch with the plain-Python inference and prints per
batch and pooled: the learned accuracy, the rules engine's out-of-sample accuracy (the engine as committed when the
batch arrived, tests/agents_data/out_of_sample.json) and today's rules, and how the probabilities are calibrated.
Today's cues were tuned on heldout and dev..dev7, so with the cue features those batches are not fully held out;
dev8..dev11 (first scores, never tuned on) are, and the "untuned" line pools them. The model the engine uses reads
n-grams only; `--with-cues` measures the same with the rules' cue features added.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from shared.engine.learned.intent_features import features
from shared.engine.learned.linear import from_dict
from shared.evaluation import labelled_emails

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "agents_data"
OUT = REPO / "shared" / "engine" / "learned"
SEED = 0
MIN_DF = 13  # an n-gram seen in fewer training emails is dropped: it cannot generalise, and it keeps the file small
C_GRID = (10.0, 30.0, 100.0, 300.0, 1000.0)
ALWAYS_KEPT = ("cue:", "rule:", "rule_top:", "auto:")  # the rules' evidence, however rare


@dataclass(frozen=True)
class Example:
    batch: str
    name: str
    features: dict
    intent: str
    rules_intent: str  # what today's rules engine says (for the comparison only, never a training input)


def read_email(eml: Path):
    """(InboundMail, texts of its readable PDFs): parsed and read as the chain does (parse_mime, the body cut to
    what engines read, the intent stage's bounded PDF reader on at most MAX_DOCUMENTS PDF attachments; empty texts
    left out as the rules engine does)."""
    from shared.mail.parse import parse_mime
    from shared.mail.pdf_text import pdf_text
    from shared.stages.documents import MAX_DOCUMENTS, is_pdf

    parsed = parse_mime(eml.read_bytes())
    texts = []
    for attachment in [a for a in parsed.mail.attachments if is_pdf(a.content_type, a.filename)][:MAX_DOCUMENTS]:
        data = parsed.attachment_payloads.get(attachment.sha256)
        text = pdf_text(data, ocr=False).text if data else ""  # as the intent stage reads it: no OCR
        if text:
            texts.append(text)
    return parsed.mail.for_engines(), texts


def batches(data: Path) -> list[Path]:
    """The labelled batch folders under `data` (every folder with NAME.eml + NAME.json), by name."""
    return sorted(d for d in data.iterdir() if d.is_dir() and any(d.glob("*.json")) and any(d.glob("*.eml")))


@lru_cache(maxsize=None)
def examples(data: Path) -> tuple[Example, ...]:
    """Every labelled email under `data` with its features, truth and today's rules' intent (read once)."""
    from shared.engine.rules.intent import classify

    out = []
    for folder in batches(data):
        for eml in labelled_emails(folder):
            mail, texts = read_email(eml)
            truth = json.loads(eml.with_suffix(".json").read_text())
            out.append(Example(folder.name, eml.name, features(mail, texts), truth["intent"],
                               classify(mail, texts).intent))
    return tuple(out)


def vocabulary(train: list[Example]) -> list[str]:
    """The features kept: the rules' evidence, and n-grams in at least MIN_DF training emails (sorted)."""
    df = Counter(name for example in train for name in example.features)
    return sorted(name for name, count in df.items() if count >= MIN_DF or name.startswith(ALWAYS_KEPT))


def fit(train: list[Example], c: float):
    """(fitted LogisticRegression, DictVectorizer) on `train`, vocabulary from `train` only."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    vectorizer = DictVectorizer(sort=True).fit([{name: 1.0 for name in vocabulary(train)}])
    x = vectorizer.transform([example.features for example in train])
    model = LogisticRegression(C=c, solver="lbfgs", max_iter=10000, tol=1e-8, random_state=SEED)
    with threadpool_limits(1):  # one BLAS thread: the same sums in the same order on any machine, and no contention
        return model.fit(x, [example.intent for example in train]), vectorizer


def artifact(model, vectorizer, trained_on: list[str], c: float) -> dict:
    """The fitted model in the format of shared/engine/learned (weights rounded to 6 decimals, zeros left out)."""
    names = vectorizer.get_feature_names_out()
    classes = [str(label) for label in model.classes_]
    weights = {label: {str(name): w for name, w in zip(names, (round(float(v), 6) for v in row)) if w}
               for label, row in zip(classes, model.coef_)}
    return {"name": "intent", "made_by": "make train", "seed": SEED, "trained_on": trained_on, "classes": classes,
            "c": c, "weights": weights,
            "bias": {label: round(float(b), 6) for label, b in zip(classes, model.intercept_)},
            "about": f"intent from word/char n-grams (shared.engine.learned.intent_features.ngram_features); "
                     f"multinomial logistic regression, C={c:g} by leave-one-batch-out, n-grams in >= {MIN_DF} "
                     f"emails; read by shared/engine/learned/intent.py"}


def train_artifact(train: list[Example], c: float) -> dict:
    model, vectorizer = fit(train, c)
    return artifact(model, vectorizer, sorted({example.batch for example in train}), c)


def lobo_accuracy(train: list[Example], c: float) -> float:
    """Accuracy of C = `c` over `train`, each of its batches predicted by a model fitted on the others."""
    right = 0
    for batch in sorted({example.batch for example in train}):
        model = from_dict(train_artifact([e for e in train if e.batch != batch], c))
        right += sum(_predict(model, e.features)[0] == e.intent for e in train if e.batch == batch)
    return right / len(train)


def choose_c(train: list[Example]) -> float:
    """The C of C_GRID with the best leave-one-batch-out accuracy on `train` (the smallest among ties)."""
    scores = {c: lobo_accuracy(train, c) for c in C_GRID}
    return max(C_GRID, key=lambda c: (scores[c], -c))


def _predict(model, feats: dict) -> tuple[str, float]:
    probabilities = model.probabilities(feats)
    label = max(model.classes, key=lambda name: probabilities[name])
    return label, probabilities[label]


def train(data: Path, out: Path, c: float | None = None) -> list[Path]:
    """Fit on the n-grams of every labelled batch under `data` (C by leave-one-batch-out unless given) and write
    `out`/intent.json."""
    everything = [_without_rules(example) for example in examples(Path(data))]
    c = choose_c(everything) if c is None else c
    path = Path(out) / "intent.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(train_artifact(everything, c), sort_keys=True, separators=(",", ":")) + "\n")
    return [path]


def _without_rules(example: Example) -> Example:
    """The example with the n-gram features only (how far the text alone carries, without the tuned cues)."""
    kept = {name: value for name, value in example.features.items() if not name.startswith(ALWAYS_KEPT)}
    return Example(example.batch, example.name, kept, example.intent, example.rules_intent)


def _held_out(args: tuple[Path, str, bool, float | None]) -> tuple[str, float, list[tuple[str, str, float, str]],
                                                                list[str]]:
    """One outer fold: (batch, chosen C, [(truth, learned, its probability, today's rules)] per email, the emails'
    names)."""
    data, batch, with_cues, fixed_c = args
    every = list(examples(data)) if with_cues else [_without_rules(e) for e in examples(data)]
    rest = [e for e in every if e.batch != batch]
    c = choose_c(rest) if fixed_c is None else fixed_c
    model = from_dict(train_artifact(rest, c))
    held = [e for e in every if e.batch == batch]
    return batch, c, [(e.intent, *_predict(model, e.features), e.rules_intent) for e in held], [e.name for e in held]


def out_of_sample_intent(data: Path) -> dict[str, tuple[int, int]]:
    """(right, emails) of the rules engine's recorded out-of-sample intent per batch (a missing prediction is
    wrong, as `eval --out-of-sample` counts it)."""
    recorded = json.loads((data / "out_of_sample.json").read_text())["batches"]
    result = {}
    for batch, entry in recorded.items():
        emails = labelled_emails(data / entry["folder"])
        right = sum((entry["emails"].get(eml.name) or {}).get("intent") ==
                    json.loads(eml.with_suffix(".json").read_text())["intent"] for eml in emails)
        result[batch] = (right, len(emails))
    return result


def held_out_folds(data: Path, workers: int = 2, with_cues: bool = False, c: float | None = None) -> list:
    """Every batch's outer fold (`_held_out`), in the README's batch order; C chosen per fold on the other
    batches, or `c` for all (quicker; C then was chosen with the held-out batch among the data: mildly optimistic)."""
    names = [folder.name for folder in batches(data)]
    examples(data)  # read once, before the workers fork
    with ProcessPoolExecutor(workers) as pool:
        return sorted(pool.map(_held_out, [(data, name, with_cues, c) for name in names]), key=lambda f: _order(f[0]))


def record(data: Path, out: Path, workers: int = 2, c: float | None = None) -> Path:
    """Write the held-out predictions (intent and its probability per email) as JSON: what
    tools/out_of_sample_learned.py puts in place of the rules' recorded intent for calibration."""
    folds = held_out_folds(data, workers, c=c)
    how_c = ("C chosen on those only" if c is None else
             f"C={c:g}, the committed model's, chosen by leave-one-batch-out over all batches: mildly optimistic")
    doc = {"made_by": "python -m tools.train_intent --record", "about": "leave-one-batch-out predictions of the "
           f"n-gram intent model: each batch predicted by a model trained on the others ({how_c})",
           "batches": {batch: {"c": c, "emails": {name: {"intent": label, "p": round(p, 6)}
                                                  for name, (_t, label, p, _r) in zip(names, rows)}}
                       for batch, c, rows, names in folds}}
    out.write_text(json.dumps(doc, indent=1, sort_keys=True) + "\n")
    return out


def lobo(data: Path, workers: int = 2, with_cues: bool = False, c: float | None = None) -> str:
    """The leave-one-batch-out table (see the module docstring) as text; `with_cues` adds the rules' cue
    features (today's cues were tuned on dev..dev7, so with them those batches are not fully held out)."""
    folds = held_out_folds(data, workers, with_cues, c)
    first = json.loads((data / "first_scores.json").read_text())
    recorded = out_of_sample_intent(data)
    lines = [f"{'batch':<9} {'emails':>6} {'C':>5} {'learned':>8} {'rules oos':>9} {'rules today':>11}  today is"]
    pooled, fresh_pooled = Counter(), Counter()
    for batch, c, rows, _names in folds:
        n, learned = len(rows), sum(truth == label for truth, label, _p, _r in rows)
        today = sum(truth == rules for truth, _l, _p, rules in rows)
        oos_right, oos_n = recorded[batch]
        pooled.update(n=n, learned=learned, today=today, oos=oos_right, oos_n=oos_n)
        if batch in first:
            fresh_pooled.update(n=n, learned=learned, today=today, oos=oos_right, oos_n=oos_n)
        kind = f"first score {first[batch]['scores']['intent_accuracy']:.1%}" if batch in first else "in-sample"
        lines.append(f"{batch:<9} {n:>6} {c:>5g} {learned / n:>8.1%} {oos_right / oos_n:>9.1%} {today / n:>11.1%}  "
                     f"{kind}")
    for title, counts in (("pooled", pooled), ("untuned", fresh_pooled)):
        lines.append(f"{title:<9} {counts['n']:>6} {'':>5} {counts['learned'] / counts['n']:>8.1%} "
                     f"{counts['oos'] / counts['oos_n']:>9.1%} {counts['today'] / counts['n']:>11.1%}"
                     + ("  (the batches with a first score, pooled)" if counts is fresh_pooled else ""))
    every = [row for _b, _c, fold_rows, _n in folds for row in fold_rows]
    fresh = [row for batch, _c, fold_rows, _n in folds if batch in first for row in fold_rows]
    lines += _calibration("all batches, pooled held-out predictions", every)
    untuned = ", ".join(sorted(first, key=_order))
    lines += _calibration(f"the batches today's rules were never tuned on ({untuned})", fresh)
    return "\n".join(lines)


def _calibration(title: str, rows: list[tuple[str, str, float, str]]) -> list[str]:
    """How often the learned intent is right by the probability it gives it, on `rows` (truth, label, p, rules)."""
    right = sum(truth == label for truth, label, _p, _r in rows)
    lines = ["", f"calibration of the learned probability, {title}:",
             f"  {'p of the chosen intent':<24} {'share':>6} {'n':>4} {'accuracy':>8}"]
    for low, high in ((0.9, 1.01), (0.8, 0.9), (0.6, 0.8), (0.0, 0.6)):
        chosen = [truth == label for truth, label, p, _r in rows if low <= p < high]
        accuracy = f"{sum(chosen) / len(chosen):.1%}" if chosen else "n/a"
        interval = f"[{low:.1f}, {min(high, 1.0):.1f}" + ("]" if high > 1 else ")")
        lines.append(f"  {interval:<24} {len(chosen) / len(rows):>6.1%} {len(chosen):>4} {accuracy:>8}")
    brier = sum((p - (truth == label)) ** 2 for truth, label, p, _r in rows) / len(rows)
    lines.append(f"  mean p {sum(p for _t, _l, p, _r in rows) / len(rows):.3f}, accuracy {right / len(rows):.3f} "
                 f"(n={len(rows)}); Brier score of the chosen intent {brier:.3f}")
    return lines


def _order(batch: str) -> tuple[int, int]:
    """heldout, dev, dev2, ..., dev11 (the README's order)."""
    if batch == "heldout":
        return 0, 0
    return 1, int(batch[3:] or 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.train_intent", description=__doc__.splitlines()[0])
    parser.add_argument("--lobo", action="store_true", help="print the leave-one-batch-out table instead")
    parser.add_argument("--with-cues", action="store_true", help="--lobo with the rules' cue features added")
    parser.add_argument("--record", type=Path, metavar="FILE", help="write the held-out predictions to FILE")
    parser.add_argument("--c", type=float, help="--lobo/--record: this C in every fold (default: the committed C)")
    parser.add_argument("--choose-c", action="store_true", help="--lobo/--record: choose C in every fold")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--workers", type=int, default=2, help="processes for --lobo's outer folds")
    args = parser.parse_args(argv)
    start = time.time()
    # --record and --lobo: C as committed (chosen by leave-one-batch-out when the model was trained) unless given
    # or chosen again in every fold (--choose-c: nested leave-one-batch-out, about 20 minutes)
    c = None if args.choose_c else (args.c or json.loads((OUT / "intent.json").read_text())["c"])
    if args.record:
        print(f"wrote {record(DATA, args.record, args.workers, c)}")
    elif args.lobo:
        print(lobo(DATA, args.workers, args.with_cues, c))
    else:
        for path in train(DATA, args.out):
            print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB)")
    print(f"({time.time() - start:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
