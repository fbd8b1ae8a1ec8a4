"""Where the intake's time goes: the same signed 20 KB Mailgun posts handled in-process (Flask test client, no
HTTP server, no load generator) by the intake and by the hello-world function, with the intake's ports and its
MIME parse timed. It explains the throughput ratio that `intake_load` measures through gunicorn: the per-request
work the intake must do (parse, store, publish, dedupe) against a function that does nothing.
"""

from __future__ import annotations

import time
import uuid
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class _Timed:
    """Port proxy that adds each call's wall time to `spent[label]`."""

    def __init__(self, inner, label: str, spent: dict):
        self._inner, self._label, self._spent = inner, label, spent

    def __getattr__(self, name):
        attr = getattr(self._inner, name)
        if not callable(attr):
            return attr

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return attr(*args, **kwargs)
            finally:
                self._spent[f"{self._label}.{name}"] += time.perf_counter() - started

        return timed


def breakdown(workdir: Path, count: int = 200) -> dict:
    """Milliseconds per request: intake total, hello total, and the intake's parts (medians of the mean)."""
    import functions_framework

    from benchmarks.intake_load import SIGNING_KEY, mailgun_body, realistic_message
    from shared import bootstrap
    from shared.bootstrap import Deps
    from shared.intake import service
    from shared.settings import Settings

    data_dir = workdir / f"intake-profile-{uuid.uuid4().hex[:6]}"
    data_dir.mkdir(parents=True)
    spent: dict[str, float] = defaultdict(float)
    deps = Deps(Settings.from_env({}, local_data_dir=data_dir, mailgun_signing_key=SIGNING_KEY))
    for name in ("blobs", "bus", "state"):
        deps.wrap(name, lambda inner, name=name: _Timed(inner, name, spent))
    original_parse = service.parse_mime

    def timed_parse(*args, **kwargs):
        started = time.perf_counter()
        try:
            return original_parse(*args, **kwargs)
        finally:
            spent["mime parse"] += time.perf_counter() - started

    posts = [mailgun_body(realistic_message(uuid.uuid4().hex), SIGNING_KEY) for _ in range(count + 20)]
    intake = functions_framework.create_app(target="intake", source=str(ROOT / "main.py")).test_client()
    hello = functions_framework.create_app(target="hello", source=str(ROOT / "benchmarks" / "intake_hello.py"))
    hello = hello.test_client()
    bootstrap.use(deps)
    service.parse_mime = timed_parse
    try:
        for body, content_type in posts[:20]:  # warm-up: first use builds the adapters
            _post(intake, body, content_type)
            _post(hello, body, content_type)
        spent.clear()
        totals = {"intake": 0.0, "hello": 0.0}
        for body, content_type in posts[20:]:
            for name, client in (("intake", intake), ("hello", hello)):
                started = time.perf_counter()
                _post(client, body, content_type)
                totals[name] += time.perf_counter() - started
    finally:
        service.parse_mime = original_parse
        bootstrap.reset()
    per_request = {f"{name} total": seconds * 1000 / count for name, seconds in totals.items()}
    parts = {label: seconds * 1000 / count for label, seconds in sorted(spent.items(), key=lambda kv: -kv[1])}
    accounted = sum(parts.values())
    parts["the rest (verify, form parse, dedupe keys, Flask)"] = (per_request["intake total"]
                                                               - per_request["hello total"] - accounted)
    return {"ms_per_request": {k: round(v, 3) for k, v in per_request.items()},
            "intake_parts_ms_beyond_hello": {k: round(v, 3) for k, v in parts.items()},
            "in_process_ratio": round(per_request["hello total"] / per_request["intake total"], 3),
            "requests": count}


def _post(client, body: bytes, content_type: str) -> None:
    response = client.post("/mailgun", data=body, content_type=content_type)
    if response.status_code != 200:
        raise RuntimeError(f"in-process post answered {response.status_code}: {response.get_data()[:200]!r}")
