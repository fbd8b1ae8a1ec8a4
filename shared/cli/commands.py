"""The commands of `python main.py`: each takes the parsed arguments and returns the exit status.
`reports` and `clients` live in their own modules (what they print is longer)."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

from shared.cli import where
from shared.cli.clients import cmd_clients
from shared.cli.corrections import cmd_corrections
from shared.cli.parser import UsageError
from shared.cli.reports import cmd_reports, describe, local_midnight


def _deps():
    from shared import bootstrap

    return bootstrap.deps()


def _settings():
    from shared.settings import Settings

    return Settings.from_env()


def cmd_serve(args) -> int:
    if args.emulators:
        from shared.local.serve_emulators import serve_emulators

        return serve_emulators()
    from shared.local.serve import serve

    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    return serve(args.host, args.port, args.workers)


def cmd_process(args) -> int:
    from shared.bootstrap import Deps
    from shared.local.runtime import process_file

    base = _deps()
    # The chain runs on a private in-memory queue (a running `serve` keeps its own); state, blobs and
    # reports are the shared ones, so `reports list` shows these results too.
    deps = Deps(base.settings, base.clock, bus=base.local_bus(":memory:"), blobs=base.blobs,
                state=base.state, reports=base.reports, clients=base.clients)
    zone = ZoneInfo(base.settings.report_tz)
    failures = 0
    for path in args.paths:
        outcome = process_file(path, deps)
        if outcome.error:
            failures += 1
            line = {"path": outcome.path, "error": outcome.error}
            print(json.dumps(line) if args.json else f"{outcome.path}: error: {outcome.error}",
                  file=sys.stdout if args.json else sys.stderr)
            continue
        if args.json:
            print(json.dumps(outcome.report.cli_json(), ensure_ascii=False))
        else:
            print(f"{outcome.path}:")
            print(describe(outcome.report, zone))
    return 1 if failures else 0


def cmd_dlq(args) -> int:
    from shared.runtime.replay import replay_failed

    deps = _deps()
    since = local_midnight(args.since, ZoneInfo(deps.settings.report_tz)) if args.since else None

    def progress(done: int, total: int) -> None:
        filled = int(30 * done / total) if total else 30
        print(f"\r[{'#' * filled}{' ' * (30 - filled)}] {done}/{total}", end="", file=sys.stderr, flush=True)

    result = replay_failed(deps, args.stage, args.limit, since, progress)
    if result.replayed or result.skipped:
        print(file=sys.stderr)
    for email_id, why in result.skipped:
        print(f"skipped {email_id}: {why}")
    nothing = "" if result.replayed or result.skipped else f" (no failed report in {where.report_store(deps.settings)})"
    print(f"replayed {len(result.replayed)} email(s), skipped {len(result.skipped)}{nothing}")
    if deps.settings.runtime == "local" and result.replayed:
        from shared.local.runtime import dispatcher_for
        from shared.local.serve import serve_is_running

        if serve_is_running(deps.settings.local_data_dir):
            print("the running `serve` will process them")
        else:
            dispatcher_for(deps).run_until_idle()
            print("processed in-process (no `serve` is running)")
    return 0


def cmd_eval(args) -> int:
    from shared.evaluation import (NotALabelledSet, Scores, evaluate, labelled_emails, plumbing_only, render,
                                   render_tokens, side_by_side)

    if args.out_of_sample is not None:
        return _eval_out_of_sample(args)
    if not args.dirs:
        raise UsageError("eval needs a labelled DIR (or --out-of-sample)")
    settings = _settings()
    engines = args.engines or (["rules", "claude"] if settings.anthropic_api_key else [settings.engine])
    for directory in args.dirs:  # refuse before spending minutes on the first folder
        if not directory.is_dir():
            raise UsageError(f"{directory} is not a directory")
        try:
            labelled_emails(directory)
        except NotALabelledSet as exc:
            raise UsageError(str(exc)) from None
    results, pooled = {}, {engine: Scores() for engine in engines}
    marks = {engine: plumbing_only(settings, engine) for engine in engines}
    for directory in args.dirs:
        blocks, token_tables = [], []
        for engine in engines:
            scores = evaluate(directory, args.clients, settings.replace(agent_engine=engine))
            pooled[engine].add(scores)
            results.setdefault(str(directory), {})[engine] = scores.as_dict() | _plumbing(marks[engine])
            blocks.append(render(f"{directory} (engine {engine})", scores, args.show_wrong, note=marks[engine]))
            if args.tokens and engine != "rules":  # the offline engine spends no tokens
                token_tables.append(f"tokens, {directory} (engine {engine})\n" + render_tokens(scores))
        if not args.json:
            print(side_by_side(blocks) if not args.show_wrong else "\n\n".join(blocks))
            print()
            for table in token_tables:
                print(table + "\n")
    if len(args.dirs) > 1:
        results["pooled"] = {engine: scores.as_dict() | _plumbing(marks[engine]) for engine, scores in pooled.items()}
        if not args.json:
            print(side_by_side([render(f"{len(args.dirs)} folders pooled (engine {engine})", scores,
                                       note=marks[engine]) for engine, scores in pooled.items()]))
            print()
    if args.json:
        single = all(len(by_engine) == 1 for by_engine in results.values())
        print(json.dumps({d: next(iter(e.values())) for d, e in results.items()} if single else results, indent=2))
    return 0


def _plumbing(mark: str | None) -> dict:
    return {"plumbing_only": mark} if mark else {}


def _eval_out_of_sample(args) -> int:
    from pathlib import Path

    from shared.evaluation.out_of_sample import DEFAULT_FILE, load, pooled, render_out_of_sample, score_recorded

    if args.dirs:
        raise UsageError("eval --out-of-sample scores recorded predictions; it takes no DIR")
    path = Path(args.out_of_sample) if args.out_of_sample else DEFAULT_FILE
    if not path.is_file():
        raise UsageError(f"{path}: no recorded predictions; make them with python -m tools.out_of_sample")
    data = load(path)
    per_batch = score_recorded(data, path.parent)
    committed = _committed_calibration(data.get("engine", "rules"))
    if args.json:
        out = {batch: scores.as_dict() | {"commit": data["batches"][batch]["commit"]}
               for batch, scores in per_batch.items()}
        print(json.dumps(out | {"pooled": pooled(per_batch).as_dict()}
                         | _calibrated_json(data, path.parent, committed), indent=2))
    else:
        print(render_out_of_sample(data, per_batch, args.show_wrong))
        if committed is not None:
            from shared.evaluation.calibration import render_calibrated

            print("\n" + render_calibrated(data, path.parent, committed, args.show_wrong))
    return 0


def _committed_calibration(engine: str) -> dict | None:
    """The engine's calibration file (shared/engine/calibration/<engine>.json) as a dict; None without one."""
    from shared.engine.calibration import FOLDER

    path = FOLDER / f"{engine}.json"
    return json.loads(path.read_text()) if path.is_file() else None


def _calibrated_json(data: dict, base, committed: dict | None) -> dict:
    """eval --out-of-sample --json: the calibrated decision's cross-fitted scores per batch and pooled."""
    if committed is None:
        return {}
    from shared.evaluation.calibration import cross_fitted
    from shared.evaluation.out_of_sample import pooled

    per_batch = cross_fitted(data, base, committed["engine"], committed["risk"]["fallback"])
    return {"calibrated_cross_fitted": {batch: scores.as_dict() for batch, scores in per_batch.items()}
            | {"pooled": pooled(per_batch).as_dict(), "decision": committed["decision"]}}


def cmd_trace(args) -> int:
    from shared.observability import trace

    settings = _settings()
    if args.gcp or args.run or settings.runtime == "gcp":
        return trace.gcloud(settings.project, args.correlation_id, args.run)
    log_file = settings.local_data_dir / "logs" / "pipeline.jsonl"
    lines = list(trace.local_lines(log_file, args.correlation_id))
    if not lines:
        print(f"error: no log lines for correlation id {args.correlation_id} in {log_file.resolve()}",
              file=sys.stderr)
        return 1
    print(trace_header(args.correlation_id, lines))
    print()
    for entry in lines:
        print(trace.format_line(entry))
    return 0


def trace_header(correlation_id: str, lines: list[dict]) -> str:
    """Correlation id, email_id(s), each email's status (from its report) and the time from first to last line:
    enough to paste into a ticket on its own."""
    labels = [entry.get("logging.googleapis.com/labels") or {} for entry in lines]
    email_ids = list(dict.fromkeys(label["email_id"] for label in labels if label.get("email_id")))
    times = [_log_time(entry) for entry in lines]
    times = [t for t in times if t is not None]
    total = f"{(max(times) - min(times)).total_seconds():.2f} s (first to last log line)" if times else "?"
    return "\n".join([
        f"correlation id: {correlation_id}",
        f"email_id:       {', '.join(email_ids) or '(none logged)'}",
        f"status:         {'; '.join(_status(e, named=len(email_ids) > 1) for e in email_ids) or '?'}",
        f"total time:     {total}",
        f"first line:     {lines[0].get('time', '?')}",
    ])


def _status(email_id: str, named: bool) -> str:
    try:
        report = _deps().reports.get(email_id)
    except Exception as exc:  # noqa: BLE001 - the timeline is still worth printing
        return f"unknown for {email_id} ({type(exc).__name__} reading the report store)"
    if report is None:
        return f"{email_id + ' ' if named else ''}in progress (no report yet)"
    failed = f" at {report.failed_stage}" if report.failed_stage else ""
    review = f", needs review: {report.review_reason or 'yes'}" if report.needs_review else ", no review needed"
    return f"{email_id + ' ' if named else ''}{report.status}{failed}{review}"


def _log_time(entry: dict) -> datetime | None:
    try:
        return datetime.fromisoformat(str(entry.get("time", "")).replace("Z", "+00:00"))
    except ValueError:
        return None


def cmd_breaker(args) -> int:
    from shared.resilience.breaker import COLLECTION, reset
    from shared.resilience.guarded import BREAKERS

    deps = _deps()
    if args.breaker_command == "reset":
        if args.name not in BREAKERS:
            raise UsageError(f"unknown breaker {args.name!r}; known: {', '.join(BREAKERS)}")
        reset(deps.state, args.name, deps.clock.now())
        print(f"breaker {args.name} reset to closed")
        return 0
    for name in BREAKERS:
        stored = deps.state.get(COLLECTION, name)
        if stored is None:  # no instance ever recorded a failure: there is no "since"
            print(f"{name:8} closed    never tripped (no failure recorded)")
            continue
        print(f"{name:8} {stored['state']:9} since {_utc(stored['since'])}  "
              f"window failures {stored['failures']}/{stored['calls']} calls"
              + (f"  opened at {_utc(stored['opened_at'])}" if stored.get("opened_at") else ""))
    return 0


def _utc(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M:%S UTC")
    except (TypeError, ValueError):
        return str(iso)


def cmd_db(args) -> int:
    from shared.bootstrap import build_report_engine
    from shared.reports.migrate import upgrade

    settings = _deps().settings
    upgrade(build_report_engine(settings, migrating=True))
    print(f"report database {where.report_store(settings)} is at the latest migration")
    return 0


def cmd_dev_secrets(args) -> int:
    from shared.local.dev_secrets import effective_secrets, export_lines

    settings = _settings()
    values = effective_secrets(settings.local_data_dir)
    if args.export:
        print(export_lines(values))
        return 0
    path = (settings.local_data_dir / "dev-secrets.json").resolve()
    print(f"development webhook secrets ({', '.join(values)}) are kept in {path} (mode 0600);\n"
          'load them into this shell with:  eval "$(python main.py dev-secrets --export)"')
    return 0


def cmd_sentry(args) -> int:
    from shared.observability.sentry_probe import send_test, where

    settings = _settings()
    result = send_test(settings)
    if result.misconfigured:
        print(f"error: nothing sent: {result.reason}", file=sys.stderr)
        return 2
    if not result.sent:  # Sentry off is a valid configuration, not a failure of this command
        print(f"nothing sent: {result.reason}")
        return 0
    destination = (f"{where(settings.sentry_dsn)} (release {settings.sentry_release or 'unset'}, environment "
                   f"{settings.sentry_environment or settings.runtime})")
    answers = ", ".join(result.answers) or "no answer within the flush timeout"
    if not result.accepted:
        print(f"error: Sentry at {destination} did not accept the test event {result.event_id}: {answers}",
              file=sys.stderr)
        return 1
    print(f"sent test event {result.event_id} and check-in {result.check_in_id} to {destination}: {answers}")
    return 0


COMMANDS = {
    "serve": cmd_serve, "process": cmd_process, "clients": cmd_clients, "reports": cmd_reports,
    "dlq": cmd_dlq, "eval": cmd_eval, "trace": cmd_trace, "breaker": cmd_breaker, "db": cmd_db,
    "dev-secrets": cmd_dev_secrets, "sentry": cmd_sentry, "corrections": cmd_corrections,
}
