"""`python main.py eval DIR`: run a labelled set through the whole chain and score it against its truth files.

Per-field accuracy (intent, client_id, and the fields the field table `shared.domain.fields` marks as scored:
creditor_name, debt_amount exact, currency; payment_deadline only on emails whose truth file has the key),
reference numbers precision/recall/F1 (micro, exact strings after whitespace normalisation), the intent confusion
matrix, automation and the silent-error rate. Each run uses a fresh temporary data dir, so nothing is left behind.

Automation is the share of reports auto-approved (needs_review=false; a report that failed counts as not
approved). The silent-error rate is **wrong fields / auto-approved reports**, always with n (the auto-approved
reports) and its exact one-sided 90% upper bound (Clopper-Pearson, `shared.domain.stats`). A *wrong field*
(`wrong_fields`) is one an auto-approved report states and the truth file contradicts:
- intent, client_id, creditor_name (compared after `normalise_name`), debt_amount (as "%.2f"), currency: the
  report gives a value (not null) and it differs from the truth, including a value where the truth is null
  (a client id for a non-client, an amount where none is stated);
- payment_deadline (as YYYY-MM-DD): the same, on emails whose truth file has the key;
- reference_numbers: the report lists a reference (whitespace-normalised) that the truth does not have.
A null, an empty list or a reference missing from an otherwise right list is an omission, not a wrong field:
a caseworker sees the gap and acts on nothing false (omissions still lower the accuracy and recall columns).
Fields of reports that need review are never silent errors: a caseworker looks at them. The bound counts each
wrong field as one failed trial among n, so two wrong fields in one report make it more conservative, not less.

It also counts how many true references occur in text an engine can read without seeing images (subject, body,
text of readable PDFs): the rest are only in scans, so that share bounds the offline engine's reference recall.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from shared.domain.fields import BY_NAME
from shared.domain.scoring import (FIELDS, SCORED_FIELDS, comparable, is_scored, normalise_name,  # noqa: F401
                                   normalise_reference, report_fields, wrong_fields)
from shared.domain.results import INTENTS
from shared.domain.stats import clopper_pearson_upper

BOUND_CONFIDENCE = 0.9  # the silent-error rate is printed with its one-sided 90% upper bound


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
    scored: Counter = field(default_factory=Counter)  # emails on which each field was scored (see `is_scored`)
    ref_tp: int = 0
    ref_fp: int = 0
    ref_fn: int = 0
    silent_errors: int = 0  # auto-approved reports with at least one wrong field
    wrong_approved_fields: int = 0  # wrong fields in auto-approved reports (see `wrong_fields`)
    not_flagged: int = 0  # auto-approved reports: n of the silent-error rate
    confusion: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    wrong: list[tuple[str, str, object, object]] = field(default_factory=list)
    usage: list[tuple[str, dict]] = field(default_factory=list)  # (email, report.stage_usage)
    silent: set[tuple[str, str]] = field(default_factory=set)  # (email, field): wrong and auto-approved
    ref_readable: int = 0  # true references that occur in readable text (see `readable_text`)
    unlabelled: int = 0  # .eml files without a truth file, not scored

    def accuracy(self, name: str) -> float:
        """Share right among the emails where `name` is scored (all, or those whose truth labels it)."""
        return self.correct[name] / self.scored[name] if self.scored[name] else 0.0

    def labelled_nowhere(self, name: str) -> bool:
        """Whether `name` is scored only where labelled and no scored email's truth labels it."""
        field = BY_NAME.get(name)
        return field is not None and field.scored == "where labelled" and not self.scored[name]

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
    def automation(self) -> float:
        """Share of the emails whose report was auto-approved (failed reports count as not approved)."""
        emails = self.total + len(self.errors)
        return self.not_flagged / emails if emails else 0.0

    @property
    def silent_error_rate(self) -> float:
        """Wrong fields / auto-approved reports (0.0 when nothing was auto-approved; see the bound)."""
        return self.wrong_approved_fields / self.not_flagged if self.not_flagged else 0.0

    @property
    def silent_error_bound(self) -> float | None:
        """Exact one-sided 90% upper bound of the silent-error rate; None when nothing was auto-approved."""
        return clopper_pearson_upper(self.wrong_approved_fields, self.not_flagged, BOUND_CONFIDENCE)

    def as_dict(self) -> dict:
        bound = self.silent_error_bound
        return {
            "emails": self.total, **{f"{name}_accuracy": None if self.labelled_nowhere(name)
                                     else round(self.accuracy(name), 4) for name in FIELDS},
            "reference_precision": round(self.precision, 4), "reference_recall": round(self.recall, 4),
            "reference_f1": round(self.f1, 4), "automation": round(self.automation, 4),
            "auto_approved": self.not_flagged, "wrong_fields_auto_approved": self.wrong_approved_fields,
            "silent_error_rate": round(self.silent_error_rate, 4),
            "silent_error_bound_90": None if bound is None else round(bound, 4),
            "errors": len(self.errors),
        }

    def add(self, other: "Scores") -> "Scores":
        """Pool `other` into this one (several folders scored as one set); returns self."""
        for name in ("total", "ref_tp", "ref_fp", "ref_fn", "silent_errors", "wrong_approved_fields",
                     "not_flagged", "ref_readable", "unlabelled"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.correct.update(other.correct)
        self.scored.update(other.scored)
        self.confusion.update(other.confusion)
        self.errors += other.errors
        self.wrong += other.wrong
        self.usage += other.usage
        self.silent |= other.silent
        return self


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


def score_fields(scores: Scores, name: str, truth: dict, predicted: dict) -> None:
    """Add one email's prediction (a `report_fields` dict) to `scores`."""
    scores.total += 1
    for key in FIELDS:
        if not is_scored(key, truth, predicted):
            continue
        scores.scored[key] += 1
        expected, actual = comparable(key, truth.get(key)), comparable(key, predicted.get(key))
        if actual == expected:
            scores.correct[key] += 1
        else:
            scores.wrong.append((name, key, expected, actual))
    got = {normalise_reference(r) for r in predicted.get("reference_numbers") or []}
    want = {normalise_reference(r) for r in truth.get("reference_numbers") or []}
    scores.ref_tp += len(got & want)
    scores.ref_fp += len(got - want)
    scores.ref_fn += len(want - got)
    if got != want:
        scores.wrong.append((name, "reference_numbers", sorted(want), sorted(got)))
    scores.confusion[(truth.get("intent"), predicted.get("intent"))] += 1
    if not predicted.get("needs_review"):
        wrong = wrong_fields(truth, predicted)
        scores.not_flagged += 1
        scores.wrong_approved_fields += len(wrong)
        scores.silent_errors += int(bool(wrong))
        scores.silent.update((name, key) for key in wrong)


def score_one(scores: Scores, name: str, truth: dict, report) -> None:
    """Add one processed report to `scores` (its fields, and its token usage for `render_tokens`)."""
    score_fields(scores, name, truth, report_fields(report))
    scores.usage.append((name, report.stage_usage))


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


def plumbing_only(settings, engine: str) -> str | None:
    """Why `engine`'s scores under `settings` check the plumbing only: the Claude engine answered by a Messages
    API that is not Anthropic's (the fake of the tests, whose oracle reads the truth files). None otherwise."""
    from urllib.parse import urlsplit

    url = settings.anthropic_base_url
    host = (urlsplit(url).hostname or "") if url else "api.anthropic.com"
    if engine != "claude" or host == "anthropic.com" or host.endswith(".anthropic.com"):
        return None
    return f"plumbing only (Messages API at {url})"


def _find_clients(directory: Path) -> Path | None:
    for candidate in (Path(directory) / "clients.json", Path(directory).parent / "clients.json"):
        if candidate.exists():
            return candidate
    return None


def render(title: str, scores: Scores, show_wrong: bool = False, readable: bool = True,
           note: str | None = None) -> str:
    """The scores as a table under `title` (and `note`, e.g. "plumbing only ..."); `readable=False` leaves out
    the readable-references line (recorded predictions are scored without the emails' text)."""
    lines = [f"{title}: {scores.total} emails" + (f", {len(scores.errors)} not processed" if scores.errors else "")
             + (f", {scores.unlabelled} without truth skipped" if scores.unlabelled else "")]
    if note:
        lines.append(f"  {note}")
    for name in FIELDS:
        accuracy = "n/a" if scores.labelled_nowhere(name) else f"{scores.accuracy(name):.1%}"
        lines.append(f"  {name:<20} {accuracy:>7}" + _labelled_note(name, scores))
    lines.append(f"  {'references P/R/F1':<20} {scores.precision:7.1%} {scores.recall:7.1%} {scores.f1:7.3f}")
    if readable:
        lines.append(f"  {'  readable refs':<20} {scores.ref_readable} of {scores.ref_tp + scores.ref_fn} "
                     f"(recall ceiling without reading images {scores.recall_ceiling:.1%})")
    lines.extend(render_risk(scores))
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
            marker = " (silent: not flagged for review)" if (name, key) in scores.silent else ""
            lines.append(f"  wrong {name} {key}: expected {expected!r}, got {actual!r}{marker}")
    lines.extend(f"  error {message}" for message in scores.errors)
    return "\n".join(lines)


def _labelled_note(name: str, scores: Scores) -> str:
    """For a field scored only where labelled: on how many emails ("of 4 labelled"), or that none labels it."""
    if scores.labelled_nowhere(name):
        return "  (no truth file labels it)"
    return f"  (of {scores.scored[name]} labelled)" if BY_NAME.get(name) and BY_NAME[name].scored != "always" else ""


def render_risk(scores: Scores) -> list[str]:
    """Automation and the silent-error rate with n and its 90% upper bound, as two table lines."""
    emails = scores.total + len(scores.errors)
    bound = scores.silent_error_bound
    bound_text = "n/a" if bound is None else f"{bound:.1%}"
    return [f"  {'automation':<20} {scores.automation:7.1%}  ({scores.not_flagged} of {emails} auto-approved)",
            f"  {'silent-error rate':<20} {scores.silent_error_rate:7.1%}  n={scores.not_flagged}, "
            f"90% bound {bound_text}; {scores.wrong_approved_fields} wrong fields "
            f"(in {scores.silent_errors} reports)"]


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
