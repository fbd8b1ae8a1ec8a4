"""`python main.py eval DIR`: run a labelled set through the whole chain and score it against its truth files.

Per-field accuracy (intent, client_id, creditor_name, debt_amount exact, currency), reference numbers
precision/recall/F1 (micro, exact strings after whitespace normalisation), the intent confusion matrix, and the
silent-error rate: the share of reports with needs_review=false that have any wrong field — the worst outcome,
a wrong value nobody is asked to look at. Each run uses a fresh temporary data dir, so nothing is left behind.

It also counts how many true references occur in text an engine can read without seeing images (subject, body,
text of readable PDFs): the rest are only in scans, so that share bounds the offline engine's reference recall.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from shared.domain.results import INTENTS

FIELDS = ("intent", "client_id", "creditor_name", "debt_amount", "currency")


class NotALabelledSet(ValueError):
    """The folder holds no email with a truth file beside it: there is nothing to score (and scoring nothing
    would print a perfect reference F1)."""


def labelled_emails(directory: Path) -> list[Path]:
    """The `*.eml` files in `directory` that have a sibling `*.json` truth. Raises NotALabelledSet when none do."""
    emails = sorted(Path(directory).glob("*.eml"))
    labelled = [eml for eml in emails if eml.with_suffix(".json").exists()]
    if not emails:
        raise NotALabelledSet(f"{directory}: no .eml files; eval scores a labelled set (NAME.eml + NAME.json truth)")
    if not labelled:
        raise NotALabelledSet(f"{directory}: {len(emails)} .eml file(s) but no NAME.json truth file beside any; "
                              "eval needs labelled emails (use `process` to just run emails through the chain)")
    return labelled


@dataclass
class Scores:
    total: int = 0
    correct: Counter = field(default_factory=Counter)
    ref_tp: int = 0
    ref_fp: int = 0
    ref_fn: int = 0
    silent_errors: int = 0
    not_flagged: int = 0
    confusion: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    wrong: list[tuple[str, str, object, object]] = field(default_factory=list)
    usage: list[tuple[str, dict]] = field(default_factory=list)  # (email, report.stage_usage)
    silent: set[str] = field(default_factory=set)  # emails with a wrong field and needs_review=false
    ref_readable: int = 0  # true references that occur in readable text (see `readable_text`)
    unlabelled: int = 0  # .eml files without a truth file, not scored

    def accuracy(self, name: str) -> float:
        return self.correct[name] / self.total if self.total else 0.0

    @property
    def precision(self) -> float:
        return self.ref_tp / (self.ref_tp + self.ref_fp) if self.ref_tp + self.ref_fp else 1.0

    @property
    def recall(self) -> float:
        return self.ref_tp / (self.ref_tp + self.ref_fn) if self.ref_tp + self.ref_fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def recall_ceiling(self) -> float:
        """The reference recall an engine that reads no images can reach at most."""
        truth = self.ref_tp + self.ref_fn
        return self.ref_readable / truth if truth else 1.0

    @property
    def silent_error_rate(self) -> float:
        return self.silent_errors / self.not_flagged if self.not_flagged else 0.0

    def as_dict(self) -> dict:
        return {
            "emails": self.total, **{f"{name}_accuracy": round(self.accuracy(name), 4) for name in FIELDS},
            "reference_precision": round(self.precision, 4), "reference_recall": round(self.recall, 4),
            "reference_f1": round(self.f1, 4), "silent_error_rate": round(self.silent_error_rate, 4),
            "errors": len(self.errors),
        }


def normalise_name(value: str | None) -> str | None:
    if value is None:
        return None
    return re.sub(r"[^\w]+", " ", value.casefold()).strip() or None


def normalise_reference(value: str) -> str:
    return " ".join(value.split())


def readable_text(raw: bytes) -> str:
    """Subject, body and the text of readable PDF attachments of a MIME message: what an engine can read
    without looking at images (the same parser and bounded PDF reader the pipeline uses)."""
    from shared.mail.parse import parse_mime
    from shared.mail.pdf_text import pdf_text
    from shared.stages.documents import is_pdf

    mail = parse_mime(raw)
    parts = [mail.mail.subject, mail.mail.text]
    for attachment in mail.mail.attachments:
        data = mail.attachment_payloads.get(attachment.sha256)
        if data and is_pdf(attachment.content_type, attachment.filename):
            parts.append(pdf_text(data).text)
    return "\n".join(parts)


def count_readable(scores: Scores, truth: dict, text: str) -> None:
    """Add the true references of one email that occur in `text` (compared by reference_key)."""
    from shared.domain.client import reference_key

    haystack = reference_key(text)
    scores.ref_readable += sum(1 for r in truth.get("reference_numbers") or [] if reference_key(r) in haystack)


def score_one(scores: Scores, name: str, truth: dict, report) -> None:
    actual = {
        "intent": report.intent,
        "client_id": report.client_id,
        "creditor_name": normalise_name(report.creditor_name),
        "debt_amount": None if report.debt_amount is None else f"{report.debt_amount:.2f}",
        "currency": report.currency,
    }
    expected = {**{k: truth.get(k) for k in FIELDS}, "creditor_name": normalise_name(truth.get("creditor_name"))}
    scores.total += 1
    any_wrong = False
    for key in FIELDS:
        if actual[key] == expected[key]:
            scores.correct[key] += 1
        else:
            any_wrong = True
            scores.wrong.append((name, key, expected[key], actual[key]))
    got = {normalise_reference(r) for r in report.reference_numbers}
    want = {normalise_reference(r) for r in truth.get("reference_numbers") or []}
    scores.ref_tp += len(got & want)
    scores.ref_fp += len(got - want)
    scores.ref_fn += len(want - got)
    if got != want:
        any_wrong = True
        scores.wrong.append((name, "reference_numbers", sorted(want), sorted(got)))
    scores.confusion[(truth.get("intent"), report.intent)] += 1
    scores.usage.append((name, report.stage_usage))
    if not report.needs_review:
        scores.not_flagged += 1
        scores.silent_errors += int(any_wrong)
        if any_wrong:
            scores.silent.add(name)


def evaluate(directory: Path, clients_file: Path | None = None, settings=None) -> Scores:
    """Process every `*.eml` with a sibling `*.json` truth in `directory` and score the reports.
    Raises NotALabelledSet when there is none."""
    from shared.adapters.mongo_clients import load_clients_file
    from shared.bootstrap import Deps
    from shared.local.runtime import process_file
    from shared.settings import Settings

    labelled = labelled_emails(directory)
    clients_file = clients_file or _find_clients(directory)
    scores = Scores(unlabelled=len(list(Path(directory).glob("*.eml"))) - len(labelled))
    with tempfile.TemporaryDirectory(prefix="intake-eval-") as tmp:
        base = settings or Settings.from_env()
        deps = Deps(base.replace(local_data_dir=Path(tmp), runtime="local", database_url=None,
                                 instance_connection_name=None, blob_bucket=None, mongodb_uri=None))
        if clients_file is not None:
            deps.clients.upsert_many(load_clients_file(clients_file))
        for eml in labelled:
            truth_file = eml.with_suffix(".json")
            outcome = process_file(eml, deps)
            if outcome.report is None or outcome.report.status != "processed":
                scores.errors.append(f"{eml.name}: {outcome.error or outcome.report.error}")
                continue
            truth = json.loads(truth_file.read_text())
            score_one(scores, eml.name, truth, outcome.report)
            count_readable(scores, truth, readable_text(eml.read_bytes()))
    return scores


def _find_clients(directory: Path) -> Path | None:
    for candidate in (Path(directory) / "clients.json", Path(directory).parent / "clients.json"):
        if candidate.exists():
            return candidate
    return None


def render(title: str, scores: Scores, show_wrong: bool = False) -> str:
    lines = [f"{title}: {scores.total} emails" + (f", {len(scores.errors)} not processed" if scores.errors else "")
             + (f", {scores.unlabelled} without truth skipped" if scores.unlabelled else "")]
    for name in FIELDS:
        lines.append(f"  {name:<20} {scores.accuracy(name):7.1%}")
    lines.append(f"  {'references P/R/F1':<20} {scores.precision:7.1%} {scores.recall:7.1%} {scores.f1:7.3f}")
    lines.append(f"  {'  readable refs':<20} {scores.ref_readable} of {scores.ref_tp + scores.ref_fn} "
                 f"(recall ceiling without reading images {scores.recall_ceiling:.1%})")
    lines.append(f"  {'silent-error rate':<20} {scores.silent_error_rate:7.1%}  "
                 f"({scores.silent_errors} of {scores.not_flagged} reports not flagged for review)")
    labels = [i for i in INTENTS if any(k[0] == i or k[1] == i for k in scores.confusion)]
    if labels:
        width = max(len(label) for label in labels) + 2
        lines.append("  intent confusion (rows: truth, columns: predicted)")
        lines.append("  " + " " * width + "".join(f"{label[:8]:>9}" for label in labels))
        for truth in labels:
            row = "".join(f"{scores.confusion[(truth, predicted)]:>9}" for predicted in labels)
            lines.append(f"  {truth:<{width}}{row}")
    if show_wrong:
        for name, key, expected, actual in scores.wrong:
            marker = " (silent: not flagged for review)" if name in scores.silent else ""
            lines.append(f"  wrong {name} {key}: expected {expected!r}, got {actual!r}{marker}")
    lines.extend(f"  error {message}" for message in scores.errors)
    return "\n".join(lines)


def side_by_side(blocks: list[str], gap: int = 4) -> str:
    """Rendered tables next to each other (the offline and the Claude engine on the same set)."""
    split = [block.splitlines() for block in blocks]
    widths = [max(map(len, lines), default=0) for lines in split]
    rows = max(map(len, split), default=0)
    out = []
    for i in range(rows):
        cells = [(lines[i] if i < len(lines) else "").ljust(width) for lines, width in zip(split, widths)]
        out.append((" " * gap).join(cells).rstrip())
    return "\n".join(out)


_TOKEN_KINDS = ("input_tokens", "output_tokens", "cache_read_tokens", "cache_write_tokens")


def render_tokens(scores: Scores) -> str:
    """Tokens per email by stage (input/output/cache read/cache write), with totals and the mean per email."""
    head = f"  {'email':<46} {'stage':<11} {'engine':<26} {'input':>7} {'output':>7} {'c.read':>7} {'c.write':>7}"
    lines, totals = [head], Counter()
    for name, stages in scores.usage:
        for stage, usage in stages.items():
            counts = [usage.get(kind, 0) for kind in _TOKEN_KINDS]
            totals.update({(stage, kind): count for kind, count in zip(_TOKEN_KINDS, counts)})
            lines.append(f"  {name[:46]:<46} {stage:<11} {str(usage.get('engine'))[:26]:<26} "
                         + " ".join(f"{count:>7}" for count in counts))
    emails = len(scores.usage) or 1
    for stage in ("intent", "extraction"):
        counts = [totals[(stage, kind)] for kind in _TOKEN_KINDS]
        lines.append(f"  {'total (' + stage + ')':<46} {'':<11} {'':<26} " + " ".join(f"{c:>7}" for c in counts))
        lines.append(f"  {'mean per email (' + stage + ')':<46} {'':<11} {'':<26} "
                     + " ".join(f"{c / emails:>7.0f}" for c in counts))
    return "\n".join(lines)
