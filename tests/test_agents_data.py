"""The labelled sets stay what was committed: the held-out manifest matches every file, truth files are
well-formed and refer to known clients."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from shared.domain.results import INTENTS

DATA = Path(__file__).parent / "agents_data"
KEYS = {"intent", "client_id", "creditor_name", "debt_amount", "currency", "reference_numbers",
        "needs_review_expected", "notes"}
OPTIONAL_KEYS = {"payment_deadline"}  # labelled in the batches written after the field existed (dev8 on)


def test_heldout_manifest_matches_every_file():
    manifest = {}
    for line in (DATA / "heldout" / "MANIFEST.sha256").read_text().splitlines():
        digest, name = line.split(None, 1)
        manifest[name.strip().lstrip("*")] = digest
    files = sorted(p.name for p in (DATA / "heldout").iterdir() if p.suffix in (".eml", ".json"))
    assert sorted(manifest) == files
    for name, digest in manifest.items():
        assert hashlib.sha256((DATA / "heldout" / name).read_bytes()).hexdigest() == digest, name


@pytest.mark.parametrize("subset", ["heldout", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9",
                                    "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18",
                                    "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28",
                                    "dev29", "dev30", "dev31", "dev32", "dev33", "dev34",
                                    "dev35", "dev36", "dev37", "dev38", "dev39",
                                    "dev40", "dev41", "dev42", "dev43", "dev44", "dev45", "dev46", "dev47", "dev48",
                                    "dev49", "dev50", "dev51"])
def test_truth_files_are_well_formed(subset):
    folder = DATA / subset
    if not folder.is_dir():
        pytest.skip(f"{subset} set not present")
    clients = {c["client_id"] for c in json.loads((DATA / "clients.json").read_text())}
    truths = sorted(folder.glob("*.json"))
    assert truths
    for path in truths:
        truth = json.loads(path.read_text())
        assert KEYS <= set(truth) <= KEYS | OPTIONAL_KEYS, path.name
        deadline = truth.get("payment_deadline")
        assert deadline is None or (isinstance(deadline, str) and len(deadline) == 10), path.name
        assert truth["intent"] in INTENTS, path.name
        assert truth["client_id"] is None or truth["client_id"] in clients, path.name
        assert path.with_suffix(".eml").exists(), path.name
