"""The oracle responder for the fake Messages API: answers as a model that reads every email perfectly.

It is a test double for whole-chain runs (`AGENT_ENGINE=claude` over a labelled set), not a quality measure:
its answers come from the labelled truth files, placed in whichever source of the request really contains them
(a value found nowhere is claimed from the body, so the grounding check drops it as it would a hallucination;
a value only on a scan is claimed from the scanned document). Its token usage is a model of the real API's
accounting — about 3.5 characters per token, 1,600 tokens per PDF page, the tools + system prefix written to
the prompt cache on the first call per model and read from it afterwards when it reaches the model's minimum
cacheable length — so runs through it exercise token accounting with realistic orders of magnitude.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
from decimal import InvalidOperation
from pathlib import Path

from shared.domain.results import Finding
from shared.engine.grounding import is_grounded
from shared.engine.mentions.money import amount_spans
from shared.mail.parse import parse_mime
from shared.mail.pdf_text import pdf_text
from tests.engine.claude.fake_messages_api import Reply, tool_reply

CHARS_PER_TOKEN = 3.5
TOKENS_PER_PDF_PAGE = 1600
MIN_CACHEABLE = {"claude-haiku-4-5": 4096}  # others: 1024
_SOURCE = re.compile(r'<source label="([^"]+)">\n?(.*?)\n?</source>', re.S)


def tokens(chars: int) -> int:
    return max(1, round(chars / CHARS_PER_TOKEN))


class OracleResponder:
    def __init__(self, labels: Path, clients_file: Path | None = None):
        clients_file = clients_file or labels.parent / "clients.json"
        self.clients = {c["client_id"]: c for c in json.loads(clients_file.read_text(encoding="utf-8"))}
        self.truth: dict[str, dict] = {}
        for eml in sorted(labels.glob("*.eml")):
            subject = parse_mime(eml.read_bytes()).mail.subject
            self.truth[subject] = json.loads(eml.with_suffix(".json").read_text(encoding="utf-8"))
        self._cached: set[tuple[str, str]] = set()
        self._lock = threading.Lock()

    def __call__(self, request: dict) -> Reply:
        body = request["body"]
        tool = body["tools"][0]["name"]
        sources, pages = self._sources(body["messages"][0]["content"])
        truth = self.truth.get(sources.get("subject", ""), {})
        answer = self._intent(truth) if tool == "classify_email" else self._fields(truth, sources)
        return tool_reply(tool, answer, model=body["model"], **self._usage(body, pages, answer))

    # -- answers --------------------------------------------------------------------------------------------------
    def _intent(self, truth: dict) -> dict:
        return {"intent": truth.get("intent", "other"), "confidence": 0.92, "reasons": ["oracle"]}

    def _fields(self, truth: dict, sources: dict[str, str]) -> dict:
        answer: dict = {"reference_numbers": []}
        if truth.get("creditor_name"):
            answer["creditor_name"] = self._locate("creditor_name", truth["creditor_name"], sources)
        if truth.get("debt_amount") is not None:
            answer["debt_amount"] = self._locate("debt_amount", truth["debt_amount"], sources)
            answer["currency"] = self._locate("currency", truth.get("currency") or "EUR", sources)
        for reference in truth.get("reference_numbers") or []:
            answer["reference_numbers"].append(self._locate("reference_number", reference, sources))
        client = self.clients.get(truth.get("client_id") or "")
        if client:
            first, last = client["first_name"], client["last_name"]
            for name in (f"{first} {last}", f"{last}, {first}", f"{first[0]}. {last}", last):
                located = self._locate("debtor_name", name, sources, required=True)
                if located:
                    answer["debtor_name"] = located
                    break
            dob = self._locate("debtor_date_of_birth", client["date_of_birth"], sources, required=True)
            if dob:
                answer["debtor_date_of_birth"] = dob
        return answer

    def _locate(self, field: str, value: str, sources: dict[str, str], required: bool = False) -> dict | None:
        probe = Finding(field=field if field != "reference_number" else "reference_number", value=value,
                        confidence=1, source="")
        for label, text in sources.items():
            if text and _grounded(probe, text):
                return {"value": value, "source": label, "quote": _quote(field, value, text), "confidence": 0.93}
        if required:
            return None
        scans = [label for label, text in sources.items() if label.startswith("pdf:") and not text]
        return {"value": value, "source": scans[0] if scans else "email_body", "confidence": 0.9}

    # -- request reading ------------------------------------------------------------------------------------------
    def _sources(self, content: list[dict]) -> tuple[dict[str, str], int]:
        sources: dict[str, str] = {}
        pages = 0
        for block in content:
            if block["type"] == "text" and block["text"].startswith("<email>"):
                sources.update({label: _undefuse(text) for label, text in _SOURCE.findall(block["text"])})
            elif block["type"] == "document":
                read = pdf_text(base64.b64decode(block["source"]["data"]))
                sources[block["title"]] = read.text
                pages += max(read.pages, 1)
        return sources, pages

    def _usage(self, body: dict, pages: int, answer: dict) -> dict:
        prefix_chars = len(json.dumps(body["tools"])) + sum(len(b["text"]) for b in body["system"])
        prefix = tokens(prefix_chars)
        user_chars = sum(len(b.get("text", "")) for b in body["messages"][0]["content"])
        usage = {"input_tokens": tokens(user_chars) + pages * TOKENS_PER_PDF_PAGE,
                 "output_tokens": tokens(len(json.dumps(answer))) + 20}
        cached = any("cache_control" in b for b in body["system"])
        if not cached or prefix < MIN_CACHEABLE.get(body["model"], 1024):
            usage["input_tokens"] += prefix
            return usage
        key = (body["model"], hashlib.sha256(str(prefix_chars).encode() + body["system"][0]["text"].encode()).hexdigest())
        with self._lock:
            first = key not in self._cached
            self._cached.add(key)
        usage["cache_write" if first else "cache_read"] = prefix
        return usage


def _grounded(finding: Finding, text: str) -> bool:
    try:
        return is_grounded(finding, text)
    except (InvalidOperation, ValueError):
        return False


def _quote(field: str, value: str, text: str) -> str | None:
    """The characters as written: for an amount the money mention as it appears; else the value when verbatim."""
    if field == "debt_amount":
        try:
            spans = amount_spans(value, text)
        except ValueError:
            return None
        return text[spans[0][0]:spans[0][1]] if spans else None
    return value if value in text else None


def _undefuse(text: str) -> str:
    return text.replace("<\\/", "</").replace("<\\", "<")
