"""Scaffolding shared by the later labelled batches (dev2, dev3, dev4): registering messages, writing them, and
the batch-level part of `--check`. Each batch generator keeps its own messages and says what it requires.

Rendering and the per-message checks come from build_dev (`build_message`, `check_message`)."""

from __future__ import annotations

import json
import re
from email import policy
from email.parser import BytesParser
from pathlib import Path

import build_dev as bd

HERE = Path(__file__).resolve().parent
# What may never be labelled a reference: ticket tokens, the firm's own files (SB-…, BR/…/26), SEPA creditor
# IDs (…ZZZ…) and IBANs.
NOT_A_REFERENCE = re.compile(r"TICKET|CAS-|#|^QK-|^SB|^BR/|ZZZ|^DE\d\d ?\d{4}|^2027\d{4}-", re.I)


NOTHING_OWED = bd.NOTHING_OWED + ("keine offenen Forderungen mehr",)


def spaced_amount_forms(amount: str) -> list[str]:
    """build_dev's written forms of an amount plus space-grouped German ('1 318,57')."""
    units, cents = amount.split(".")
    return bd.amount_forms(amount) + [f"{int(units):,}".replace(",", " ") + f",{cents}"]


class Batch:
    def __init__(self, name: str, number_base: int):
        """`number_base` keeps MIME boundaries ('==devNNN-partI==') apart from the other sets'."""
        self.name, self.base, self.out = name, number_base, HERE / name
        self.messages: list[dict] = []

    def add(self, slug, sender, subject, date, body=None, *, truth, html=None, html_only=False, charset="utf-8",
            cte="quoted-printable", headers=None, pdfs=(), to=bd.FIRM):
        """Register one message (same spec shape as build_dev.add)."""
        i = len(self.messages) + 1
        when = date.replace("-", "").replace(" ", "").replace(":", "")
        domain = sender.rsplit("@", 1)[1].rstrip(">")
        self.messages.append(dict(
            n=self.base + i, slug=f"{i:03d}-{slug}", sender=sender, subject=subject, date=date, body=body, html=html,
            html_only=html_only, charset=charset, cte=cte, headers=headers or {}, pdfs=list(pdfs), to=to,
            msgid=f"<{self.name}-{i:03d}.{when}@{domain}>", truth=truth))

    def write_all(self) -> None:
        self.out.mkdir(exist_ok=True)
        for spec in self.messages:
            (self.out / f"{spec['slug']}.eml").write_bytes(bd.build_message(spec))
            truth = json.dumps(spec["truth"], ensure_ascii=False, indent=2) + "\n"
            (self.out / f"{spec['slug']}.json").write_text(truth, encoding="utf-8")
        print(f"wrote {len(self.messages)} messages to {self.out}")

    def main(self, argv: list[str], **check_args) -> int:
        """The generator's command line: `--check` verifies the written set (`check(**check_args)`), no argument
        (re)writes it. Returns the exit code."""
        if "--check" in argv:
            return self.check(**check_args)
        self.write_all()
        return 0

    def check(self, *, earlier: tuple[str, ...], min_intents: dict[str, int], min_kinds: dict[str, int],
              amount_forms=spaced_amount_forms, nothing_owed=NOTHING_OWED, own_reference: re.Pattern = NOT_A_REFERENCE,
              refs_per_mail: tuple[int, int] | None = None, max_body_lines: int = 45) -> int:
        """Every message passes build_dev.check_message; no creditor or subject of the `earlier` sets recurs;
        an auto-reply is never expected to need review; a mail with no client is; intents and kinds
        ("text_pdf", "image_pdf", "html_only") reach their minimums. Prints the errors; returns the exit code."""
        errors: list[str] = []
        by_slug = {spec["slug"]: spec for spec in self.messages}
        files = sorted(self.out.glob("*.eml"))
        if [f.stem for f in files] != sorted(by_slug):
            errors.append(f"{self.name}/ does not hold exactly the generated messages")
        if sorted(p.stem for p in self.out.glob("*.json")) != sorted(by_slug):
            errors.append(f"{self.name}/ truth files do not match the generated messages")
        old_creditors, old_subjects = earlier_sets(earlier)
        where = ", ".join(f"{name}/" for name in earlier)
        tally: dict[str, int] = {}
        for path in files:
            spec = by_slug.get(path.stem)
            if spec is None:
                continue
            truth, _ = bd.check_message(path, spec, errors, tally, amount_forms=amount_forms,
                                        nothing_owed=nothing_owed, own_reference=own_reference)
            tally["html_only"] = tally.get("html_only", 0) + spec["html_only"]
            if spec["subject"] in old_subjects:
                errors.append(f"{path.name}: subject repeats a message of {where}")
            if truth["creditor_name"] in old_creditors:
                errors.append(f"{path.name}: creditor {truth['creditor_name']!r} already owns a claim in {where}")
            if truth["intent"] == "auto_reply":
                if truth["needs_review_expected"]:
                    errors.append(f"{path.name}: auto_reply expected to need review")
            elif refs_per_mail and not refs_per_mail[0] <= len(truth["reference_numbers"]) <= refs_per_mail[1]:
                errors.append(f"{path.name}: {len(truth['reference_numbers'])} references (want "
                              f"{refs_per_mail[0]}-{refs_per_mail[1]})")
            if truth["client_id"] is None and truth["intent"] != "auto_reply" and not truth["needs_review_expected"]:
                errors.append(f"{path.name}: no client but no review")
            if not 5 <= bd.body_lines(spec) <= max_body_lines:
                errors.append(f"{path.name}: body has {bd.body_lines(spec)} lines")
        counts = {intent: tally[intent] for intent in bd.INTENTS if intent in tally}
        for intent, minimum in min_intents.items():
            if counts.get(intent, 0) < minimum:
                errors.append(f"only {counts.get(intent, 0)} messages with intent {intent} (want {minimum})")
        kinds = {kind: tally.get(kind, 0) for kind in ("text_pdf", "image_pdf", "html_only")}
        if any(kinds[kind] < minimum for kind, minimum in min_kinds.items()):
            errors.append(f"{kinds['text_pdf']} text PDFs, {kinds['image_pdf']} image PDFs, "
                          f"{kinds['html_only']} HTML-only")
        for error in errors:
            print("ERROR", error)
        print(f"checked {len(files)} messages; intents {dict(sorted(counts.items()))}; {kinds['text_pdf']} text "
              f"PDFs, {kinds['image_pdf']} image-only PDFs, {kinds['html_only']} HTML-only; {len(errors)} errors")
        return 1 if errors else 0


def earlier_sets(names: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """Creditors owning a claim and subjects in the named sets (read from their truth files and messages)."""
    creditors: set[str] = set()
    subjects: set[str] = set()
    for name in names:
        for path in (HERE / name).glob("*.json"):
            creditors.add(json.loads(path.read_text(encoding="utf-8"))["creditor_name"])
        for path in (HERE / name).glob("*.eml"):
            subjects.add(str(BytesParser(policy=policy.default).parsebytes(path.read_bytes())["Subject"]))
    return creditors - {None}, subjects
