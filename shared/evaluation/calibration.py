"""Fit an engine's calibration (`shared.engine.calibration`) on labelled predictions, choose its auto-approval
threshold by Learn-then-Test, and measure the result honestly by cross-fitting.

Input: a predictions file in the format of tests/agents_data/out_of_sample.json (per batch, per email: the
report's scored fields, needs_review, review_reason, each field's value and confidence, the intent's
confidence), scored against the truth files of each batch's folder with `wrong_fields`.

Calibration: for the intent and each field, isotonic regression (pool-adjacent-violators) of "right" on the raw
confidence over every eligible prediction (no review reason besides a confidence route) that states a value,
each block smoothed to (right + 1) / (n + 2) so that a handful of lucky cases is never a certainty, then made
monotone again. The debtor's name is calibrated against
the client it leads to (client_id, the scored field). Plain Python: no numpy, no scikit-learn.

Decision: a report is auto-approved when it has no review reason besides a confidence route and every stated
field and the intent reach the threshold λ (`Calibration.below_threshold`). Its risk is the silent-error rate,
wrong fields / auto-approved reports, as `eval` measures it.

Learn-then-Test (Angelopoulos et al., arXiv 2110.01052): for each λ on a fixed grid, from the most conservative
down, the p-value of H0 "risk(λ) > α" is the binomial tail P(Bin(n, α) <= k) with k wrong fields among n
approved reports (rejecting it at δ is the same as the exact one-sided (1 - δ) Clopper-Pearson bound being <= α).
Fixed-sequence testing keeps the λs down to the first whose null is not rejected; the lowest kept is certified.
A λ that approves nothing tests nothing and is passed over. When no λ is certified, the fallback is said in the
file: "clean" (the default) uses the lowest λ the same sequence reaches before any approved report has a wrong
field (k = 0: with too few approvals to certify anything, an observed silent error is not traded for automation),
"point" the lowest it reaches on the point estimate k / n <= α (not certified; its bound is printed), "none"
auto-approves nothing.

Honest numbers: maps and threshold fitted on the predictions they are scored on are in-sample. `cross_fitted`
leaves one batch out, fits on the others, decides the held-out batch, and pools.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from shared.engine.calibration import Calibration, from_dict
from shared.evaluation import Scores, wrong_fields
from shared.evaluation.out_of_sample import pooled, score_batch
from shared.domain.stats import binomial_cdf

ALPHA = 0.02  # target silent-error rate
DELTA = 0.1  # the target holds for the one-sided 90% upper bound
# Most conservative first: 0.999, 0.998, ..., 0.991 (the calibrated probabilities of well-supported fields reach
# 0.99 and above, and a single wrong approval at 0.99 must not leave no threshold at all), then 0.99, 0.98, ..., 0.50
GRID = (*(round(0.999 - i / 1000, 3) for i in range(9)), *(round(0.99 - i / 100, 2) for i in range(50)))
FALLBACKS = ("clean", "point", "none")
CALIBRATED = ("intent", "creditor_name", "debt_amount", "currency", "reference_numbers", "debtor_name",
              "payment_deadline")
_SCORED_AS = {"debtor_name": "client_id"}  # a field judged by the scored field it leads to
# Reasons that come from a confidence, which this fit replaces: the old routes, and a calibration's own verdicts
# recorded by an engine that already had one (any other reason keeps an email from being auto-approved).
_ROUTE_REASONS = ("low confidence", "medium confidence", "high confidence", "below calibrated threshold",
                  "not calibrated for auto-approval", "no calibrated threshold")
ABOUT = ("an engine's calibration: per field (and the intent), raw confidence -> share of right values on labelled "
         "out-of-sample predictions (isotonic steps), and the auto-approval threshold chosen by Learn-then-Test for "
         "silent-error rate <= alpha at the (1 - delta) bound; read by shared/engine/calibration, "
         "made by shared/evaluation/calibration.py")


@dataclass(frozen=True)
class Example:
    """One labelled prediction: the raw confidences of what it states, which of them are right, whether it
    has a review reason other than a confidence route, and its wrong fields (the loss if auto-approved)."""

    batch: str
    name: str
    raw: dict[str, float]
    right: dict[str, bool]
    other_reasons: bool
    wrong: int


def example(batch: str, name: str, predicted: dict, truth: dict) -> Example:
    """The Example of one recorded prediction against its truth."""
    wrong = wrong_fields(truth, predicted)
    fields = predicted.get("fields") or {}
    raw = {"intent": float(predicted.get("intent_confidence") or 0.0)}  # not recorded: never trusted
    right = {"intent": "intent" not in wrong}
    for field in CALIBRATED[1:]:
        found = fields.get(field) or {}
        if found.get("value") not in (None, "", []):
            raw[field] = float(found.get("confidence") or 0.0)
            right[field] = _SCORED_AS.get(field, field) not in wrong
    reasons = [r for r in (predicted.get("review_reason") or "").split("; ") if r]
    other = any(not r.startswith(_ROUTE_REASONS) for r in reasons)
    return Example(batch, name, raw, right, other, len(wrong))


def examples(data: dict, base: Path) -> list[Example]:
    """Every recorded prediction of `data` (a predictions file) with a truth file in `base / folder`."""
    out = []
    for batch, entry in data["batches"].items():
        for name, predicted in entry["emails"].items():
            truth = json.loads((base / entry["folder"] / name).with_suffix(".json").read_text())
            out.append(example(batch, name, predicted, truth))
    return out


@dataclass(frozen=True)
class Block:
    """Observations with raw confidences from `start` to `end`: `right` of `n` right, `level` the block's value
    (its mean; weighted by n when blocks merge)."""

    start: float
    end: float
    right: int
    n: int
    level: float

    def merged(self, after: "Block") -> "Block":
        return Block(self.start, after.end, self.right + after.right, self.n + after.n,
                     (self.level * self.n + after.level * after.n) / (self.n + after.n))


def pool_adjacent_violators(blocks: list[Block]) -> list[Block]:
    """Blocks in raw order merged with their neighbours until the levels rise strictly: equal neighbours are one
    block too (the maximal blocks of the isotonic fit). Smoothing counts per block, so 116 right of 116 split
    over a dozen raw values must stay one block of 116, not a dozen small ones each pulled towards 1/2."""
    pooled_blocks: list[Block] = []
    for block in blocks:
        pooled_blocks.append(block)
        while len(pooled_blocks) > 1 and pooled_blocks[-2].level >= pooled_blocks[-1].level:
            after = pooled_blocks.pop()
            pooled_blocks[-1] = pooled_blocks[-1].merged(after)
    return pooled_blocks


def isotonic_steps(pairs: list[tuple[float, bool]]) -> list[dict]:
    """The step map of (raw confidence, right) pairs: blocks {from, to, p, n, right} with p rising. Isotonic
    on the share right, then each block's share smoothed to (right + 1) / (n + 2) and made monotone again."""
    counts: dict[float, list[int]] = {}
    for raw, right in pairs:
        tally = counts.setdefault(raw, [0, 0])
        tally[0] += int(right)
        tally[1] += 1
    shares = [Block(raw, raw, right, n, right / n) for raw, (right, n) in sorted(counts.items())]
    smoothed = [Block(b.start, b.end, b.right, b.n, (b.right + 1) / (b.n + 2))
                for b in pool_adjacent_violators(shares)]
    return [{"from": b.start, "to": b.end, "p": round(b.level, 4), "n": b.n, "right": b.right}
            for b in pool_adjacent_violators(smoothed)]


def fit_maps(fit_on: list[Example]) -> dict[str, list[dict]]:
    """One step map per calibrated field (only fields some eligible example states), fitted on the eligible
    examples: those without a review reason besides a confidence route (`Example.other_reasons`). The decision
    only ever approves such a report, so the probability it needs is that of a value being right given its
    confidence in a report no other check flags; a wrong value in a report a check already sends to review (an
    ambiguous client, an unrecognised total) is caught there and says nothing about the others."""
    maps = {}
    eligible = [e for e in fit_on if not e.other_reasons]
    for name in CALIBRATED:
        pairs = [(e.raw[name], e.right[name]) for e in eligible if name in e.raw]
        if pairs:
            maps[name] = isotonic_steps(pairs)
    return maps


def approved(calibration: Calibration, case: Example) -> bool:
    """The run-time decision (`Calibration.below_threshold`) applied to a recorded prediction."""
    return not case.other_reasons and not calibration.below_threshold(case.raw)


def risk_tests(maps: dict, fit_on: list[Example], alpha: float = ALPHA) -> list[dict]:
    """Per λ of GRID: the approved reports n, their wrong fields k and the p-value of H0 risk(λ) > alpha."""
    rows = []
    for threshold in GRID:
        calibration = from_dict({"engine": "fit", "maps": maps, "decision": {"threshold": threshold}})
        chosen = [case for case in fit_on if approved(calibration, case)]
        wrong = sum(case.wrong for case in chosen)
        p_value = binomial_cdf(wrong, len(chosen), alpha) if chosen else None
        rows.append({"threshold": threshold, "approved": len(chosen), "wrong_fields": wrong,
                     "p_value": None if p_value is None else round(p_value, 6)})
    return rows


def fixed_sequence(rows: list[dict], passes) -> float | None:
    """The lowest λ reached from the top of the grid while `passes(row)` holds (rows approving nothing are
    passed over); None when the first tested λ fails."""
    chosen = None
    for row in rows:
        if row["approved"] == 0:
            continue
        if not passes(row):
            break
        chosen = row["threshold"]
    return chosen


def decide(rows: list[dict], fallback: str, alpha: float = ALPHA, delta: float = DELTA) -> dict:
    """The threshold in force: certified by Learn-then-Test, else the fallback's (see module docstring)."""
    certified = fixed_sequence(rows, lambda row: row["p_value"] <= delta)
    if certified is not None:
        return {"threshold": certified, "basis": "learn-then-test", "certified_threshold": certified}
    if fallback == "none":
        return {"threshold": None, "basis": "none certified: nothing is auto-approved", "certified_threshold": None}
    if fallback == "clean":
        clean = fixed_sequence(rows, lambda row: row["wrong_fields"] == 0)
        return {"threshold": clean, "basis": "none certified: no wrong field among the approved (not certified)",
                "certified_threshold": None}
    point = fixed_sequence(rows, lambda row: row["wrong_fields"] <= alpha * row["approved"])
    return {"threshold": point, "basis": "none certified: point estimate k/n <= alpha (not certified)",
            "certified_threshold": None}


def fit(engine: str, fit_on: list[Example], fallback: str = "clean", alpha: float = ALPHA,
        delta: float = DELTA) -> dict:
    """The calibration document of `engine` fitted on `fit_on` (what `python -m tools.calibrate` writes)."""
    maps = fit_maps(fit_on)
    rows = risk_tests(maps, fit_on, alpha)
    return {"engine": engine, "maps": maps,
            "risk": {"measure": "wrong fields / auto-approved reports", "alpha": alpha, "delta": delta,
                     "fallback": fallback},
            "fitted_on": {"batches": sorted({e.batch for e in fit_on}), "emails": len(fit_on)},
            "tests": rows, "decision": decide(rows, fallback, alpha, delta)}


def document(engine: str, data: dict, base: Path, predictions_text: str, made_by: str,
             fallback: str = "clean") -> dict:
    """The full file for `engine`: the fit on every example of `data`, with where it came from."""
    fitted = fit(engine, examples(data, base), fallback)
    digest = hashlib.sha256(predictions_text.encode()).hexdigest()
    return {"engine": engine, "made_by": made_by, "predictions_sha256": digest,
            "about": ABOUT, **{key: value for key, value in fitted.items() if key != "engine"}}


def decided(data: dict, calibration_of, base: Path) -> dict[str, Scores]:
    """Per batch: the recorded predictions with needs_review replaced by the calibrated decision of
    `calibration_of(batch)`, scored against the truth files."""
    per_batch = {}
    for batch, entry in data["batches"].items():
        calibration = calibration_of(batch)
        emails = {}
        for name, predicted in entry["emails"].items():
            truth = json.loads((base / entry["folder"] / name).with_suffix(".json").read_text())
            case = example(batch, name, predicted, truth)
            emails[name] = {**predicted, "needs_review": not approved(calibration, case)}
        per_batch[batch] = score_batch({**entry, "emails": emails}, base / entry["folder"])
    return per_batch


def cross_fitted(data: dict, base: Path, engine: str = "rules", fallback: str = "clean") -> dict[str, Scores]:
    """Out-of-sample scores of the calibrated decision: each batch decided by maps and threshold fitted on the
    other batches only (leave one batch out)."""
    everything = examples(data, base)
    fits = {batch: from_dict(fit(engine, [e for e in everything if e.batch != batch], fallback))
            for batch in data["batches"]}
    return decided(data, fits.__getitem__, base)


def in_sample(data: dict, base: Path, calibration: Calibration) -> dict[str, Scores]:
    """Scores of one calibration (fitted on all of `data`) deciding `data` itself: optimistic, for contrast."""
    return decided(data, lambda batch: calibration, base)


def render_calibrated(data: dict, base: Path, committed: dict, show_wrong: bool = False) -> str:
    """The calibrated decision's scores: the committed file's decision, the cross-fitted scores per batch and
    pooled (the honest ones), and one in-sample line (the committed file deciding what it was fitted on)."""
    from shared.evaluation.out_of_sample import render_out_of_sample

    risk, decision = committed["risk"], committed["decision"]
    tested = [row for row in committed["tests"] if row["p_value"] is not None]
    best = min(tested, key=lambda row: row["p_value"], default=None)
    lines = [f"calibrated decision ({committed['engine']}.json): threshold {decision['threshold']}, "
             f"{decision['basis']}; target silent-error rate <= {risk['alpha']:.0%} at its "
             f"{1 - risk['delta']:.0%} bound" + (f"; smallest p-value {best['p_value']:.3f} at λ {best['threshold']}"
                                                  f" (n={best['approved']}, k={best['wrong_fields']})" if best else "")]
    in_sample_scores = pooled(in_sample(data, base, from_dict(committed)))
    lines.append(f"  in sample (fitted on these predictions, optimistic): {_risk_line(in_sample_scores)}")
    title = ("calibrated decision, cross-fitted: each batch decided by maps and threshold fitted on the other "
             "batches only")
    per_batch = cross_fitted(data, base, committed["engine"], risk["fallback"])
    lines.append(render_out_of_sample(data, per_batch, show_wrong, title))
    return "\n".join(lines)


def _risk_line(scores: Scores) -> str:
    bound = scores.silent_error_bound
    return (f"automation {scores.automation:.1%}, {scores.wrong_approved_fields} wrong / n={scores.not_flagged}, "
            f"rate {scores.silent_error_rate:.1%}, 90% bound {'n/a' if bound is None else format(bound, '.1%')}")
