"""Reviewed production mail out as labelled data: `python main.py corrections export DIR`.

For each report a caseworker finished (status `reviewed`) on which a person confirmed or corrected every field
`eval` scores, DIR gets NAME.eml (the raw message as the provider delivered it) and NAME.json (the truth in the
dev-set format of tests/agents_data/CONVENTIONS.md: the reviewed values), plus DIR/clients.json (the client
directory, which `eval DIR` reads to match clients). Reports with any field left unconfirmed are skipped and
counted: a label nobody looked at is not a label. The command is deliberate — nothing exports by itself — and
what it writes is the firm's mail: keep DIR where the firm keeps client data.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from shared.domain.audit import corrected_fields
from shared.domain.fields import FIELDS
from shared.domain.report import ProcessingReport

TRUTH_FIELDS: tuple[str, ...] = ("intent", "client_id", *(f.name for f in FIELDS if f.scored or f.many))
"""What a truth file holds and a person must have confirmed or corrected: every field `eval` scores."""


@dataclass
class Export:
    written: list[str] = field(default_factory=list)  # NAME of each NAME.eml + NAME.json
    skipped: Counter = field(default_factory=Counter)  # why a reviewed report was not exported -> how many

    def summary(self, directory: Path) -> str:
        line = f"wrote {len(self.written)} labelled email(s) to {directory}"
        if self.skipped:
            line += "; skipped " + ", ".join(f"{n} {why}" for why, n in sorted(self.skipped.items()))
        return line


def truth_of(report: ProcessingReport) -> dict | None:
    """The truth file of a reviewed report, or None when a person did not settle every field of TRUTH_FIELDS.
    `needs_review_expected` is true when the report went to a person (the engine flagged it) or the person had to
    change an engine value — the reviewed truth cannot say more; `notes` says who reviewed and what changed."""
    reviewed = report.reviewed_fields or {}
    if report.status != "reviewed" or any(name not in reviewed for name in TRUTH_FIELDS):
        return None
    truth = {name: reviewed[name] for name in TRUTH_FIELDS}
    truth["reference_numbers"] = list(truth["reference_numbers"] or [])
    changed = corrected_fields(report)
    truth["needs_review_expected"] = bool(report.review_reasons) or bool(changed)
    truth["notes"] = (f"reviewed production mail {report.email_id}, by {report.reviewed_by} at "
                      f"{report.reviewed_at:%Y-%m-%d %H:%M} UTC; engine corrected on: {', '.join(changed) or 'none'}"
                      f"{'; audit' if report.audit else ''}")
    return truth


def raw_key(mail_key: str) -> str:
    """The raw message stored beside a canonical mail (intake writes raw/SHA.eml and mail/SHA.json)."""
    return "raw/" + mail_key.removeprefix("mail/").removesuffix(".json") + ".eml"


def export(reports: list[ProcessingReport], blobs, clients, directory: Path) -> Export:
    """Write every exportable report of `reports` (and the client directory) into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    out = Export()
    for report in reports:
        if report.status != "reviewed":
            continue
        truth = truth_of(report)
        if truth is None:
            out.skipped["not every field confirmed"] += 1
            continue
        try:
            raw = blobs.get(raw_key(report.mail_key)) if report.mail_key else None
        except KeyError:
            raw = None
        if raw is None:
            out.skipped["raw mail no longer stored"] += 1
            continue
        name = f"{(report.received_at or report.created_at):%Y%m%d}-{report.email_id}"
        (directory / f"{name}.eml").write_bytes(raw)
        (directory / f"{name}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n")
        out.written.append(name)
    records = [client.model_dump(mode="json") for client in clients.all()]
    (directory / "clients.json").write_text(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    return out
