"""The chain benchmark's email mix: a deterministic generator of realistic creditor emails from a committed spec
(benchmarks/mix.json: size buckets and their shares, the share with a text-layer PDF, the seed).

Templates are the dev-set emails (tests/agents_data/dev*/*.eml; the held-out set is never read). Email `i` is
one template, re-wrapped as multipart/mixed under its own headers with a unique Message-ID, padded to a size
drawn log-uniformly inside its bucket: first with more statement-table rows as a second body text part (up to
`text_pad_max_bytes`), then with a camera-scan attachment (image/jpeg, not text) for the rest. Which bucket
and whether the template carries a text PDF are assigned by a seeded shuffle with exact counts (largest
remainder), so the shares hold for any count; the email's own bytes depend only on (seed, i), so any email can
be rebuilt alone.

    Mix.load().email(42)            # bytes of email 42
    Mix.load().write(folder, 10000) # a spool folder of .eml files (the benchmark's inbox)
"""

from __future__ import annotations

import base64
import json
import math
import random
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

SPEC = Path(__file__).resolve().parent / "mix.json"
DATA = Path(__file__).resolve().parents[1] / "tests" / "agents_data"
_DROP = {"message-id", "mime-version", "content-type", "content-transfer-encoding"}
_PART = {"content-type", "content-transfer-encoding"}
_ROWS_DE = ("Abschlag {m}", "Rechnung {m}", "Mahngebühr", "Verzugszinsen {m}", "Teilzahlung, Dank",
            "Grundgebühr {m}", "Rücklastschriftgebühr", "Nachberechnung {m}")
_ROWS_EN = ("Instalment {m}", "Invoice {m}", "Late fee", "Interest {m}", "Payment received, thank you",
            "Standing charge {m}", "Returned direct debit fee", "Adjustment {m}")
_MONTHS = ("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12")


@dataclass(frozen=True)
class Template:
    name: str
    headers: bytes      # the template's own header fields, minus Message-ID, MIME-Version and the content fields
    part: bytes         # the original body as one MIME part: its content headers, a blank line, the body
    newline: bytes
    english: bool
    size: int


class Mix:
    def __init__(self, spec: dict, data: Path = DATA):
        self.spec = spec
        self.seed = int(spec["seed"])
        self.count = int(spec["emails"])
        self.buckets = [(int(b["min_bytes"]), int(b["max_bytes"])) for b in spec["buckets"]]
        self.data = Path(data)

    @classmethod
    def load(cls, path: Path = SPEC) -> "Mix":
        return cls(json.loads(Path(path).read_text()))

    # -- assignment ---------------------------------------------------------------------------------
    def plan(self, count: int | None = None) -> list[tuple[int, bool]]:
        """(bucket index, with text PDF) for emails 0..count-1: exact shares, seeded order."""
        count = self.count if count is None else count
        rng = random.Random(f"{self.seed}:plan:{count}")
        buckets = [i for i, n in enumerate(_exact([b["share"] for b in self.spec["buckets"]], count)) for _ in range(n)]
        pdf_count = _exact([self.spec["with_text_pdf"], 1 - self.spec["with_text_pdf"]], count)[0]
        pdfs = [True] * pdf_count + [False] * (count - pdf_count)
        rng.shuffle(buckets)
        rng.shuffle(pdfs)
        return list(zip(buckets, pdfs))

    # -- templates ----------------------------------------------------------------------------------
    @cached_property
    def templates(self) -> tuple[list[Template], list[Template]]:
        """(with a text-layer PDF, without), from the dev sets; only templates intake accepts."""
        from shared.mail.parse import parse_mime
        from shared.mail.pdf_text import pdf_text

        with_pdf, without = [], []
        for path in sorted(self.data.glob("dev*/*.eml")):
            if path.parent.name == "heldout" or not path.parent.name.startswith("dev"):
                continue
            raw = path.read_bytes()
            template = _template(f"{path.parent.name}/{path.name}", raw)
            if template is None:
                continue
            try:
                parsed = parse_mime(_assemble(template, b"<probe@bench.invalid>", b"=_probe", []))
            except Exception:
                continue
            pdfs = [a for a in parsed.mail.attachments if a.content_type == "application/pdf"]
            texts = [pdf_text(parsed.attachment_payloads[a.sha256]) for a in pdfs]
            if any(t.text and not t.scanned and not t.problem for t in texts):
                with_pdf.append(template)
            elif not pdfs:
                without.append(template)
        return with_pdf, without

    # -- emails -------------------------------------------------------------------------------------
    def email(self, index: int, plan: list[tuple[int, bool]] | None = None) -> bytes:
        bucket, with_pdf = (plan or self.plan())[index]
        low, high = self.buckets[bucket]
        rng = random.Random(f"{self.seed}:email:{index}")
        target = int(math.exp(rng.uniform(math.log(low * 1.03), math.log(high * 0.97))))
        pool = self.templates[0 if with_pdf else 1]
        fitting = [t for t in pool if t.size + 600 <= target] or [min(pool, key=lambda t: t.size)]
        template = rng.choice(fitting)
        message_id = f"<mix-{self.seed}-{index:06d}@bench.invalid>".encode()
        boundary = f"=_mix_{self.seed}_{index:06d}".encode()
        nl = template.newline
        parts: list[bytes] = []
        base = len(_assemble(template, message_id, boundary, parts))
        room = target - base
        text_budget = min(room - 10, int(self.spec["text_pad_max_bytes"]))
        if text_budget > 150:
            parts.append(_statement_part(rng, text_budget, template.english, nl))
            room = target - len(_assemble(template, message_id, boundary, parts))
        if room > 600:
            parts.append(_scan_part(rng, room - 400, index, nl))
        return _assemble(template, message_id, boundary, parts)

    def write(self, folder: Path, count: int | None = None) -> list[Path]:
        """Write emails 0..count-1 as folder/NNNNNN.eml; return the paths in order."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        plan = self.plan(count)
        paths = []
        for index in range(len(plan)):
            path = folder / f"{index:06d}.eml"
            path.write_bytes(self.email(index, plan))
            paths.append(path)
        return paths

    def composition(self, count: int | None = None) -> dict:
        """What the plan holds: emails per bucket and with a text PDF (sizes are checked by the tests)."""
        plan = self.plan(count)
        per_bucket = [sum(1 for b, _ in plan if b == i) for i in range(len(self.buckets))]
        return {"emails": len(plan), "with_text_pdf": sum(1 for _, p in plan if p),
                "buckets": [{"bytes": f"{lo}-{hi}", "emails": n} for (lo, hi), n in zip(self.buckets, per_bucket)],
                "templates": {"with_text_pdf": len(self.templates[0]), "without_pdf": len(self.templates[1])},
                "seed": self.seed}


def _exact(shares: list[float], count: int) -> list[int]:
    """Split `count` by `shares` exactly (largest remainder)."""
    total = sum(shares)
    raw = [s / total * count for s in shares]
    counts = [int(r) for r in raw]
    for i in sorted(range(len(raw)), key=lambda i: raw[i] - counts[i], reverse=True)[:count - sum(counts)]:
        counts[i] += 1
    return counts


def _template(name: str, raw: bytes) -> Template | None:
    nl = b"\r\n" if b"\r\n" in raw[:2000] else b"\n"
    split = raw.find(nl + nl)
    if split < 0:
        return None
    head, body = raw[:split], raw[split + 2 * len(nl):]
    fields: list[list[bytes]] = []
    for line in head.split(nl):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1].append(line)
        elif b":" in line:
            fields.append([line])
        else:
            return None
    kept, part = [], []
    for field in fields:
        name_ = field[0].split(b":", 1)[0].strip().lower().decode("ascii", "replace")
        text = nl.join(field)
        if name_ in _PART:
            part.append(text)
        elif name_ not in _DROP:
            kept.append(text)
    if not any(p.lower().startswith(b"content-type") for p in part):
        part.insert(0, b"Content-Type: text/plain; charset=us-ascii")
    english = bool(re.search(rb"\b(Dear|Regards|balance|outstanding)\b", body[:4000]))
    return Template(name, nl.join(kept), nl.join(part) + nl + nl + body, nl, english, len(raw))


def _assemble(t: Template, message_id: bytes, boundary: bytes, parts: list[bytes]) -> bytes:
    nl = t.newline
    out = [t.headers, b"Message-ID: " + message_id, b"MIME-Version: 1.0",
           b'Content-Type: multipart/mixed; boundary="' + boundary + b'"', b"",
           b"--" + boundary, t.part]
    for part in parts:
        out += [b"--" + boundary, part]
    out += [b"--" + boundary + b"--", b""]
    return nl.join(out)


def _statement_part(rng: random.Random, budget: int, english: bool, nl: bytes) -> bytes:
    """More rows of the statement of account: dates, document numbers, items, amounts (body text)."""
    head = [b"Content-Type: text/plain; charset=utf-8", b"Content-Transfer-Encoding: 8bit", b""]
    title = "Statement of account (continued)" if english else "Kontoauszug / Forderungsaufstellung (Fortsetzung)"
    rows = [title, "", "Date        Document        Item                        Amount" if english
            else "Datum       Beleg           Position                    Betrag", ""]
    size = sum(len(r) + len(nl) for r in rows) + sum(len(h) + len(nl) for h in head) + len(nl) * 2 + 30
    labels = _ROWS_EN if english else _ROWS_DE
    year = rng.choice((2024, 2025, 2026))
    while size < budget:
        day, month = rng.randint(1, 28), rng.choice(_MONTHS)
        label = rng.choice(labels).format(m=f"{month}/{year}")
        cents = rng.randint(150, 45000)
        if english:
            row = f"{day:02d}/{month}/{year}  INV-{rng.randint(100000, 999999)}  {label:<26}  £{cents / 100:>9,.2f}"
        else:
            amount = f"{cents // 100:,}".replace(",", ".") + f",{cents % 100:02d}"
            row = f"{day:02d}.{month}.{year}  R-{year}-{rng.randint(10000, 99999)}  {label:<26}  {amount:>10} EUR"
        rows.append(row)
        size += len(row.encode()) + len(nl)
    return nl.join(head) + nl + nl.join(r.encode() for r in rows) + nl


def _scan_part(rng: random.Random, budget: int, index: int, nl: bytes) -> bytes:
    """A camera scan attached as image/jpeg (no text layer): base64 in 76-column lines filling `budget` bytes."""
    line = 76 + len(nl)
    raw_size = max(57, budget // line * 57)
    data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + rng.randbytes(raw_size - 11)
    encoded = base64.encodebytes(data).replace(b"\n", nl)
    head = [b'Content-Type: image/jpeg; name="scan-%06d.jpg"' % index, b"Content-Transfer-Encoding: base64",
            b'Content-Disposition: attachment; filename="scan-%06d.jpg"' % index, b""]
    return nl.join(head) + nl + encoded
