"""`serve`'s one local server answers the review pages under /review/ beside the intake's webhooks."""

from __future__ import annotations

from shared import bootstrap
from shared.local.serve import local_app


def test_review_and_intake_share_the_local_port(tmp_path, monkeypatch):
    monkeypatch.setenv("LOCAL_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("RUNTIME", "local")
    bootstrap.reset()
    try:
        client = local_app().test_client()
        queue = client.get("/review/")
        assert queue.status_code == 200 and "Reports that need review" in queue.get_data(as_text=True)
        assert queue.headers["Content-Security-Policy"].startswith("default-src 'none'")
        assert client.get("/healthz").status_code == 200  # still the intake function
        refused = client.post("/raw", data=b"x")  # the intake's refusal (a JSON reason), not a review page
        assert refused.status_code == 415 and "error" in refused.get_json()
    finally:
        bootstrap.reset()
