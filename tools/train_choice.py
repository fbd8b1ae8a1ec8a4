"""Learned choices of debt_amount, creditor_name, the references and the payment deadline among the rules
engine's candidates ("Offline engine II").

`train(data, out)` (run by `make train`): for every labelled email under tests/agents_data the candidates are the
rules' grounded findings of the field (as the extraction stage makes them: parsed MIME, PDF text, the engine's
own intent), for debt_amount also every other money mention, for the creditor every other organisation named,
for the deadline every other date written (`shared.engine.learned.choice.candidates`), described by
`shared.engine.learned.choice_features`; label = the candidate's value equals the truth (amount as a Decimal,
creditor as `eval` compares it, a reference in the truth's list, a deadline as the ISO date). One logistic
regression per field (scikit-learn, fixed seed) is written as choice_<field>.json, weights rounded so the files
are byte-stable. The deadline is trained and scored only on the batches that label it (dev8 on). The engine uses
them in shared/engine/learned/choice.py.

`python -m tools.train_choice --lobo`: leave-one-batch-out. Per held-out batch: the ceiling (truth among the
candidates, or truth null), today's consolidation choice on the same candidates, the learned choice (highest
probability, plain-Python inference) and the rules' recorded out-of-sample accuracy; then pooled accuracy and
coverage when a value is stated only at p >= t. `--rules-only`: the amount candidates are the rules' total
findings alone, as before the engine read every money mention.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "agents_data"
OUT = REPO / "shared" / "engine" / "learned"
FIELDS = ("debt_amount", "creditor_name", "reference_number", "payment_deadline")
SINGLE = ("debt_amount", "creditor_name", "payment_deadline")  # one value chosen; the references are a list
LABELLED_ONLY = {"payment_deadline"}
"""Fields that older batches do not label (no key in their truth files): trained and scored only where labelled."""
TRUTH_KEY = {"reference_number": "reference_numbers"}
SEED, C, MIN_COUNT, DECIMALS = 0, 1.0, 2, 12
THRESHOLDS = (0.0, 0.3, 0.5, 0.7, 0.8, 0.9)


@dataclass
class Email:
    batch: str
    name: str
    truth: dict
    features: dict[str, list[dict[str, float]]] = field(default_factory=dict)  # per field, one per candidate
    values: dict[str, list[str]] = field(default_factory=dict)
    consolidated: dict[str, str | None] = field(default_factory=dict)
    unplaced: set[str] = field(default_factory=set)  # reference candidates only the unplaced net saw
    currencies: dict[str, str] = field(default_factory=dict)  # amount value -> the currency written beside it


def same(field_name: str, value: str | None, truth) -> bool:
    """Whether `value` is the truth: amounts as Decimals, creditors by eval's comparison (normalise_name), a
    reference when the truth's list has it (as eval compares references)."""
    from shared.domain.scoring import normalise_reference
    from shared.evaluation import normalise_name

    if field_name == "reference_number":
        return value is not None and normalise_reference(value) in {normalise_reference(r) for r in truth or []}
    if value is None or truth is None:
        return value is None and truth is None
    if field_name == "debt_amount":
        return Decimal(value) == Decimal(truth)
    if field_name == "payment_deadline":
        return value == truth
    return normalise_name(value) == normalise_name(truth)


def labelled(email: "Email", field_name: str) -> bool:
    """Whether `email`'s truth labels `field_name` (every field but LABELLED_ONLY ones always counts)."""
    return field_name not in LABELLED_ONLY or TRUTH_KEY.get(field_name, field_name) in email.truth


def read_email(eml: Path):
    """The mail as the engines read it and its PDF documents, as the stages build them (shared.stages)."""
    from shared.engine import Document
    from shared.mail.parse import parse_mime
    from shared.mail.pdf_text import pdf_text
    from shared.stages.documents import MAX_DOCUMENTS, is_pdf

    parsed = parse_mime(eml.read_bytes())
    mail = parsed.mail.for_engines()
    documents = []
    for attachment in [a for a in mail.attachments if is_pdf(a.content_type, a.filename)][:MAX_DOCUMENTS]:
        data = parsed.attachment_payloads.get(attachment.sha256)
        result = pdf_text(data, ocr=True) if data is not None else None  # as the extraction stage reads it
        documents.append(Document(f"pdf:{attachment.filename}", attachment.filename, result.text, result.scanned,
                                  result.problem) if result else
                         Document(f"pdf:{attachment.filename}", attachment.filename, problem="no payload"))
    return mail, documents


def candidates(batch: str, eml: Path, money: bool = True) -> Email:
    """One labelled email's candidates per field, their features, and the choice consolidation makes among the
    rules' own findings (the engine before the learned amount)."""
    from shared.engine.consolidate import consolidate
    from shared.engine.grounding import ground
    from shared.engine.rules import RulesEngine
    from shared.engine.rules.extraction import extract

    mail, documents = read_email(eml)
    intent = RulesEngine().classify(mail, documents)
    extraction = ground(extract(mail, intent, documents), mail, documents)
    fields = consolidate(intent, extraction, calibration_for=lambda _engine: None).fields
    chosen = {name: None if fields[name].value is None else str(fields[name].value) for name in SINGLE}
    components_only = any(r.code == "total_not_stated" for r in extraction.review_reasons)  # as the engine reads it
    return described(Email(batch, eml.name, json.loads(eml.with_suffix(".json").read_text()), consolidated=chosen),
                     extraction.findings, mail, documents, money, components_only)


def described(email: Email, findings, mail, documents, money: bool = True, components_only: bool = False) -> Email:
    """`email` with the candidates of each field among `findings` (grounded) and their features; with `money`,
    every other money mention is an amount candidate too (`shared.engine.learned.choice.money_mentions`); every
    other organisation named and every person written with a title and first name are creditor candidates
    (`organisation_mentions`, `titled_name_mentions`) and every other date a deadline
    candidate (`date_mentions`), except on an auto-reply (no findings: the engine chooses nothing there)."""
    from shared.engine.learned.choice import (date_mentions, mention_currency, money_mentions, organisation_mentions,
                                              stated_debtor, titled_name_mentions)
    from shared.engine.learned.choice_features import candidate_features
    from shared.engine.rules.unplaced import UNPLACED_NOTE

    organisations = organisation_mentions(findings, mail, documents) if findings else []  # none on an auto-reply
    organisations += titled_name_mentions(findings, mail, documents) if findings else []
    debtors = stated_debtor(findings)
    dates = date_mentions(findings, mail, documents) if findings else []
    findings = [*findings, *money_mentions(findings, mail, documents)] if money else list(findings)
    findings += organisations + dates
    for name in FIELDS:
        found = [f for f in findings if f.field == name]
        email.features[name] = candidate_features(name, found, mail, documents, components_only, debtors)
        email.values[name] = [f.value for f in found]
    email.unplaced = {f.value for f in findings if f.field == "reference_number" and f.note == UNPLACED_NOTE}
    for finding in (f for f in findings if f.field == "debt_amount"):  # as the engine states it with a mention
        currency = mention_currency(finding, mail, documents)
        if currency is not None:
            email.currencies.setdefault(finding.value, currency.value)
    return email


def load_all(data: Path, money: bool = True) -> list[Email]:
    from shared.evaluation import NotALabelledSet, labelled_emails

    emails = []
    for folder in sorted(p for p in Path(data).iterdir() if p.is_dir()):
        try:
            emails += [candidates(folder.name, eml, money) for eml in labelled_emails(folder)]
        except NotALabelledSet:
            continue
    return emails


def fit(emails: list[Email], field_name: str):
    """(vectorizer, logistic regression) on every candidate of `field_name` in `emails`; rare features dropped."""
    from collections import Counter

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows, labels = [], []
    for email in (e for e in emails if labelled(e, field_name)):
        for features, value in zip(email.features[field_name], email.values[field_name]):
            rows.append(features)
            labels.append(int(same(field_name, value, email.truth.get(TRUTH_KEY.get(field_name, field_name)))))
    counts = Counter(name for row in rows for name in row)
    rows = [{k: v for k, v in row.items() if counts[k] >= MIN_COUNT} for row in rows]
    vectorizer = DictVectorizer(sort=True)
    model = LogisticRegression(C=C, solver="lbfgs", max_iter=5000, random_state=SEED)
    model.fit(vectorizer.fit_transform(rows), labels)
    return vectorizer, model


def artifact(field_name: str, vectorizer, model, batches: list[str]) -> dict:
    weights = {name: round(float(w), DECIMALS) for name, w in zip(vectorizer.feature_names_, model.coef_[0])}
    return {"name": f"choice_{field_name}", "made_by": "make train", "seed": SEED, "trained_on": batches,
            "classes": ["no", "yes"], "weights": {"yes": {k: w for k, w in weights.items() if w}},
            "bias": {"yes": round(float(model.intercept_[0]), DECIMALS)},
            "about": f"P(this candidate is the true {field_name}) for each grounded rules finding of the field, "
                     f"from shared.engine.learned.choice_features; logistic regression, L2, C={C}, features seen "
                     f"at least {MIN_COUNT} times (tools/train_choice.py)"}


def train(data: Path, out: Path) -> list[Path]:
    emails = load_all(data)
    batches = sorted({email.batch for email in emails})
    written = []
    for field_name in FIELDS:
        path = Path(out) / f"choice_{field_name}.json"
        path.write_text(json.dumps(artifact(field_name, *fit(emails, field_name), batches), indent=1,
                                   sort_keys=True) + "\n")
        written.append(path)
    return written


def choose(model, email: Email, field_name: str) -> tuple[str | None, float]:
    """The candidate with the highest probability (first on ties) and that probability; (None, 0) if none."""
    best, top = None, 0.0
    for features, value in zip(email.features[field_name], email.values[field_name]):
        p = model.probability(features)
        if best is None or p > top:
            best, top = value, p
    return best, top


def held_out_picks(emails: list[Email], fields=SINGLE) -> list[tuple[str, Email, str | None, float]]:
    """(field, email, learned value, p) for every email, each batch chosen by models trained on the others."""
    from shared.engine.learned.linear import from_dict

    batches = sorted({email.batch for email in emails})
    picks = []
    for held in batches:
        train_on = [e for e in emails if e.batch != held]
        for name in fields:
            model = from_dict(artifact(name, *fit(train_on, name), batches))
            picks += [(name, e, *choose(model, e, name)) for e in emails if e.batch == held]
    return picks


def held_out_references(emails: list[Email]) -> list[tuple[Email, list[tuple[str, float]]]]:
    """(email, [(candidate, p), ...]) for every email, each batch judged by a reference model trained on the others."""
    from shared.engine.learned.linear import from_dict

    name = "reference_number"
    batches = sorted({email.batch for email in emails})
    judged = []
    for held in batches:
        model = from_dict(artifact(name, *fit([e for e in emails if e.batch != held], name), batches))
        judged += [(e, [(v, model.probability(f)) for f, v in zip(e.features[name], e.values[name])])
                   for e in emails if e.batch == held]
    return judged


def kept_references(scored: list[tuple[str, float]], at: float) -> tuple[list[str], float | None]:
    """The references stated at probability >= `at` (distinct by reference_key, in candidate order) and the
    lowest probability among them (the list's confidence); ([], None) when none is."""
    from shared.domain.client import reference_key

    values, lowest, seen = [], None, set()
    for value, p in scored:
        if p >= at and reference_key(value) not in seen:
            seen.add(reference_key(value))
            values.append(value)
            lowest = p if lowest is None else min(lowest, p)
    return values, lowest


def record(data: Path, out: Path) -> Path:
    """Write the held-out choices of each field (value as the engine would state it, and p) per email as JSON:
    what tools/learned_out_of_sample.py puts in place of the rules' recorded values for calibration."""
    from shared.engine.learned.choice import FLAG_AT, STATE_AT

    emails = load_all(data)
    picks = held_out_picks(emails)
    doc = {"made_by": "python -m tools.train_choice --record", "state_at": STATE_AT,
           "about": "leave-one-batch-out choices of the learned models among the rules' findings (and, for the "
                    "amount, every money mention; today's finders): each batch chosen by models trained on the others",
           "batches": {}}
    for name, email, value, p in picks:
        stated = value if value is not None and p >= STATE_AT[name] else None
        entry = {"value": stated, "p": round(p, 6)}
        if name == "debt_amount" and stated is not None and stated in email.currencies:
            entry["currency"] = email.currencies[stated]  # written beside the chosen money mention
        doc["batches"].setdefault(email.batch, {}).setdefault(email.name, {})[name] = entry
    for email, scored in held_out_references(emails):
        values, lowest = kept_references(scored, STATE_AT["reference_number"])
        flagged = any(FLAG_AT <= p < STATE_AT["reference_number"] for value, p in scored if value in email.unplaced)
        doc["batches"][email.batch][email.name]["reference_numbers"] = {
            "value": values or None, "p": round(lowest or 0.0, 6), "unplaced_flag": flagged}
    out.write_text(json.dumps(doc, indent=1, sort_keys=True) + "\n")
    return out


def lobo(data: Path, money: bool = True) -> str:
    """The leave-one-batch-out table (see the module docstring); `money`: money mentions as amount candidates."""
    from shared.evaluation.out_of_sample import DEFAULT_FILE, load, score_recorded

    emails = load_all(data, money)
    recorded = score_recorded(load(DEFAULT_FILE), DEFAULT_FILE.parent)
    batches = sorted({email.batch for email in emails})
    picks = held_out_picks(emails)
    lines = []
    for name in SINGLE:
        lines += [f"{name}: leave-one-batch-out exact accuracy (all emails; a null is right when the truth is null)",
                  f"  {'batch':<8} {'emails':>6} {'ceiling':>8} {'consol.':>8} {'learned':>8} {'rules oos':>9}"]
        totals = [0, 0, 0, 0, 0, 0]
        for held in [*batches, "pooled"]:
            rows = [(e, v) for f, e, v, _p in picks if f == name and (held == "pooled" or e.batch == held)
                    and labelled(e, name)]
            n = len(rows)
            if not n:
                continue
            ceiling = sum(1 for e, _ in rows if e.truth.get(name) is None
                          or any(same(name, c, e.truth[name]) for c in e.values[name]))
            consolidated = sum(same(name, e.consolidated[name], e.truth.get(name)) for e, _ in rows)
            learned = sum(same(name, v, e.truth.get(name)) for e, v in rows)
            scores = [recorded[b] for b in recorded if held in (b, "pooled")]
            oos_right = sum(s.correct[name] for s in scores)
            oos_n = sum(s.scored[name] for s in scores)
            lines.append(f"  {held:<8} {n:>6} {ceiling / n:>8.1%} {consolidated / n:>8.1%} {learned / n:>8.1%} "
                         f"{oos_right / max(oos_n, 1):>9.1%}")
        rows = [(e, v, p) for f, e, v, p in picks if f == name and labelled(e, name)]
        lines.append(f"  pooled, value stated only at p >= t: t, stated, right among stated, accuracy (all)")
        for t in THRESHOLDS:
            stated = [(e, v) for e, v, p in rows if v is not None and p >= t]
            right = sum(same(name, v, e.truth.get(name)) for e, v in stated)
            overall = right + sum(1 for e, v, p in rows if (v is None or p < t) and e.truth.get(name) is None)
            lines.append(f"    t={t:<4} {len(stated) / len(rows):>7.1%} {right / max(len(stated), 1):>8.1%} "
                         f"{overall / len(rows):>8.1%}")
        consol = [(e, e.consolidated[name]) for e, _v, _p in rows if e.consolidated[name] is not None]
        lines.append(f"    consolidation today: stated {len(consol) / len(rows):.1%}, right among stated "
                     f"{sum(same(name, v, e.truth.get(name)) for e, v in consol) / max(len(consol), 1):.1%}")
    return "\n".join([*lines, *lobo_references(emails)])


def lobo_references(emails: list[Email]) -> list[str]:
    """Leave-one-batch-out reference precision / recall / F1 (pooled, as eval counts them) of the learned choice
    at each threshold, beside the rules' labelled finds alone (what consolidation stated before the model)."""
    from shared.domain.scoring import normalise_reference

    judged = held_out_references(emails)

    def counts(pairs):
        tp = fp = fn = 0
        for email, values in pairs:
            truth = {normalise_reference(r) for r in email.truth.get("reference_numbers") or []}
            stated = {normalise_reference(v) for v in values}
            tp, fp, fn = tp + len(stated & truth), fp + len(stated - truth), fn + len(truth - stated)
        p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        return f"P {p:.1%} R {r:.1%} F1 {2 * p * r / max(p + r, 1e-9):.3f} (wrong {fp})"

    rules = [(e, [v for v in e.values["reference_number"] if v not in e.unplaced]) for e, _ in judged]
    lines = ["reference_numbers: leave-one-batch-out, pooled", f"  rules' labelled finds: {counts(rules)}"]
    for t in (0.3, 0.5, 0.7, 0.8, 0.9):
        flagged = sum(any(v in e.unplaced and 0.2 <= p < t for v, p in scored) for e, scored in judged)
        lines.append(f"  learned, p >= {t}: {counts((e, kept_references(s, t)[0]) for e, s in judged)}; "
                     f"unplaced code left at 0.2 <= p < t in {flagged} of {len(judged)} mails")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.train_choice", description=__doc__.splitlines()[0])
    parser.add_argument("--lobo", action="store_true", help="leave-one-batch-out table instead of training")
    parser.add_argument("--record", type=Path, metavar="FILE", help="write the held-out amount choices to FILE")
    parser.add_argument("--rules-only", action="store_true",
                        help="with --lobo: the rules' total findings alone are amount candidates")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.record:
        print(f"wrote {record(DATA, args.record)}")
    elif args.lobo:
        print(lobo(DATA, not args.rules_only))
    else:
        for path in train(DATA, OUT):
            print(f"wrote {path} ({path.stat().st_size} bytes)")
    print(f"{time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
