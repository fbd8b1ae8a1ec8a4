"""Importing main.py (what every Cloud Function does at cold start) must stay light: no network client and no
SDK that only some functions use."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import REPO_ROOT

HEAVY = (
    "anthropic", "sqlalchemy", "pymongo", "mongomock", "pypdf", "alembic", "pg8000", "grpc", "sentry_sdk",
    "google.cloud.pubsub", "google.cloud.pubsub_v1", "google.cloud.storage", "google.cloud.firestore",
    "google.cloud.sql", "google.api_core",
)


def test_importing_main_loads_no_heavy_sdk():
    code = (
        "import sys, json, main; "
        "print(json.dumps(sorted(m for m in sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    loaded = json.loads(out.stdout)
    offenders = [m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert offenders == []


def test_main_exposes_every_entry_point():
    import main

    for name in ("intake", "intent", "extraction", "consolidation", "matching", "report", "dead_letter", "replay"):
        assert callable(getattr(main, name))
