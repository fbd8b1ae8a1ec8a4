"""`python main.py eval`, run as a user runs it: the automation and silent-error lines per engine and pooled,
"plumbing only" on rows answered by a fake Messages API, and `--out-of-sample` over recorded predictions; and
the pieces of `python -m tools.out_of_sample` that records them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

from tests.conftest import REPO_ROOT

DATA = REPO_ROOT / "tests" / "agents_data"
TWO = ("001-lahntal-letzte-mahnung-space-grouped", "029-meadowbank-case-ack-text-en")  # flagged, approved


def eval_cli(*args: str, tmp_path, **env_changes) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL",
                                                            "AGENT_ENGINE", "DATABASE_URL", "MONGODB_URI")}
    env.update(LOCAL_DATA_DIR=str(tmp_path / "data"), **env_changes)
    return subprocess.run([sys.executable, "main.py", "eval", *args], cwd=REPO_ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def small_set(tmp_path, name: str = "set"):
    folder = tmp_path / name
    folder.mkdir()
    for stem in TWO:
        for suffix in (".eml", ".json"):
            shutil.copy(DATA / "dev2" / (stem + suffix), folder / (stem + suffix))
    shutil.copy(DATA / "clients.json", tmp_path / "clients.json")
    return folder


def test_eval_prints_automation_and_the_silent_error_rate_with_n_and_bound_per_folder_and_pooled(tmp_path):
    first, second = small_set(tmp_path, "a"), small_set(tmp_path, "b")
    result = eval_cli(str(first), str(second), "--engine", "rules", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.strip() for line in lines if line.lstrip().startswith(("automation", "silent-error"))] == [
        "automation             50.0%  (1 of 2 auto-approved)",
        "silent-error rate       0.0%  n=1, 90% bound 90.0%; 0 wrong fields (in 0 reports)"] * 2 + [
        "automation             50.0%  (2 of 4 auto-approved)",
        "silent-error rate       0.0%  n=2, 90% bound 68.4%; 0 wrong fields (in 0 reports)"]
    assert f"{first} (engine rules): 2 emails" in lines and "2 folders pooled (engine rules): 4 emails" in lines
    as_json = json.loads(eval_cli(str(first), str(second), "--engine", "rules", "--json", tmp_path=tmp_path).stdout)
    assert as_json["pooled"]["auto_approved"] == 2 and as_json["pooled"]["silent_error_bound_90"] == 0.6838


def test_claude_rows_from_a_fake_messages_api_say_plumbing_only(tmp_path):
    from tests.engine.claude.fake_messages_api import FakeMessagesAPI
    from tests.engine.claude.oracle import OracleResponder

    folder = small_set(tmp_path)
    with FakeMessagesAPI(OracleResponder(folder, tmp_path / "clients.json")) as api:
        result = eval_cli(str(folder), "--engine", "rules", "--engine", "claude", tmp_path=tmp_path,
                          ANTHROPIC_API_KEY="sk-fake", ANTHROPIC_BASE_URL=api.url)
    assert result.returncode == 0, result.stderr
    head, note = result.stdout.splitlines()[:2]
    assert f"{folder} (engine rules): 2 emails" in head and f"{folder} (engine claude): 2 emails" in head
    assert note.rstrip().endswith(f"plumbing only (Messages API at {api.url})")
    assert result.stdout.count("silent-error rate") == 2


def test_eval_out_of_sample_scores_recorded_predictions_with_todays_scoring(tmp_path):
    folder = small_set(tmp_path)
    truth = json.loads((folder / (TWO[0] + ".json")).read_text())
    fields = ("intent", "client_id", "creditor_name", "debt_amount", "currency", "reference_numbers")
    right = {key: truth[key] for key in fields} | {"needs_review": False}
    wrong = right | {"debt_amount": "1.00", "reference_numbers": ["512"]}
    recorded = {"engine": "rules", "batches": {
        "old": {"folder": "set", "commit": "a" * 40, "commit_date": "2026-11-22T00:00:00+00:00",
                "emails": {TWO[0] + ".eml": right}, "errors": {TWO[1] + ".eml": "crashed"}},
        "new": {"folder": "set", "commit": "b" * 40, "commit_date": "2026-11-29T00:00:00+00:00",
                "emails": {TWO[0] + ".eml": wrong, TWO[1] + ".eml": right | {"needs_review": True}}}}}
    (tmp_path / "recorded.json").write_text(json.dumps(recorded))
    result = eval_cli("--out-of-sample", str(tmp_path / "recorded.json"), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = [line.strip() for line in result.stdout.splitlines()]
    assert "old       aaaaaaaaaaaa 2026-11-22      2      50.0%    1     0   0.0%     90.0%" in lines
    assert "new       bbbbbbbbbbbb 2026-11-29      2      50.0%    1     2 200.0%    100.0%" in lines
    assert "automation             50.0%  (2 of 4 auto-approved)" in lines
    assert "silent-error rate     100.0%  n=2, 90% bound 100.0%; 2 wrong fields (in 1 reports)" in lines
    assert f"error {TWO[1]}.eml: crashed" in lines
    assert eval_cli("--out-of-sample", str(tmp_path / "missing.json"), tmp_path=tmp_path).returncode == 2


def test_the_committed_predictions_cover_every_labelled_email_of_every_batch():
    from shared.evaluation import labelled_emails
    from shared.evaluation.out_of_sample import DEFAULT_FILE, load
    from tools.out_of_sample import adding_commit, batches

    recorded = load(DEFAULT_FILE)["batches"]
    assert sorted(recorded) == sorted(batches()) == sorted(["dev", *(f"dev{n}" for n in range(2, 52)), "heldout"])
    for name, entry in recorded.items():
        assert entry["commit"] == adding_commit(name) and "not_run" not in entry
        assert {e.name for e in labelled_emails(DATA / name)} == set(entry["emails"]) | set(entry["errors"])


def test_the_engine_at_dev4s_commit_reproduces_its_recorded_predictions():
    """Runs the engine of dev4's adding commit in a temporary git worktree (a few seconds)."""
    from shared.evaluation.out_of_sample import DEFAULT_FILE, load
    from tools.out_of_sample import adding_commit, run_at

    commit = adding_commit("dev4")
    assert commit.startswith("022d241954")
    again = run_at(commit, DATA / "dev4", DATA / "clients.json")
    assert again == {key: load(DEFAULT_FILE)["batches"]["dev4"][key] for key in ("emails", "errors")}


def test_eval_out_of_sample_adds_the_calibrated_decision_cross_fitted(tmp_path):
    from shared.evaluation.calibration import cross_fitted
    from shared.evaluation.out_of_sample import DEFAULT_FILE, load, pooled

    lines = eval_cli("--out-of-sample", tmp_path=tmp_path).stdout.splitlines()
    assert any(line.startswith("calibrated decision (rules.json): threshold ") for line in lines)
    assert any(line.startswith("  in sample (fitted on these predictions, optimistic): automation ") for line in lines)
    assert "all 52 batches pooled, cross-fitted: 1579 emails" in lines
    as_json = json.loads(eval_cli("--out-of-sample", "--json", tmp_path=tmp_path).stdout)["calibrated_cross_fitted"]
    expected = pooled(cross_fitted(load(DEFAULT_FILE), DEFAULT_FILE.parent)).as_dict()
    assert as_json["pooled"] == expected and as_json["pooled"]["emails"] == 1579
    assert sum(as_json[batch]["auto_approved"] for batch in load(DEFAULT_FILE)["batches"]) == expected["auto_approved"]
