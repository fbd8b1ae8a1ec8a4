"""The command line behind `python main.py ...`: serve, process, clients, reports, db.

Every command reads the same settings, so `serve` in one terminal and `reports list` in another see the same
data. Errors are one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python main.py", description="Creditor email intake pipeline")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the whole pipeline locally (intake on HTTP, chain on the local bus)")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--emulators", action="store_true",
                       help="production-like: Pub/Sub, Firestore, GCS emulators and Postgres, one port per function")
    serve.add_argument("--workers", type=int, default=1,
                       help="chain dispatcher processes sharing the local bus (1: a thread in the server process)")

    process = sub.add_parser("process", help="run .eml files through the chain in-process and print reports")
    process.add_argument("paths", nargs="+", type=Path)
    process.add_argument("--json", action="store_true", help="one JSON object per line")

    clients = sub.add_parser("clients", help="client directory")
    clients_sub = clients.add_subparsers(dest="clients_command", required=True)
    imp = clients_sub.add_parser("import", help="import a JSON list of client records (updates by client_id)")
    imp.add_argument("file", type=Path)

    reports = sub.add_parser("reports", help="processing reports")
    reports_sub = reports.add_subparsers(dest="reports_command", required=True)
    listing = reports_sub.add_parser("list", help="list reports, newest first")
    listing.add_argument("--needs-review", action="store_true")
    listing.add_argument("--since", type=date.fromisoformat, help="YYYY-MM-DD, inclusive, in REPORT_TZ")
    listing.add_argument("--until", type=date.fromisoformat, help="YYYY-MM-DD, inclusive, in REPORT_TZ")
    listing.add_argument("--json", action="store_true")
    show = reports_sub.add_parser("show", help="one report")
    show.add_argument("email_id")
    show.add_argument("--json", action="store_true")

    dlq = sub.add_parser("dlq", help="dead-lettered and failed emails")
    dlq_sub = dlq.add_subparsers(dest="dlq_command", required=True)
    replay = dlq_sub.add_parser("replay", help="republish failed emails' stored input (same email_id)")
    replay.add_argument("--stage", choices=["intent", "extraction", "consolidation", "matching", "report"])
    replay.add_argument("--limit", type=int)
    replay.add_argument("--since", type=date.fromisoformat, help="YYYY-MM-DD in REPORT_TZ")

    evaluate = sub.add_parser("eval", help="score a labelled set (DIR of .eml + .json truth files)")
    evaluate.add_argument("dirs", nargs="+", type=Path)
    evaluate.add_argument("--clients", type=Path, help="client directory JSON (default: DIR/../clients.json)")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument("--show-wrong", action="store_true", help="list every wrong field")
    evaluate.add_argument("--engine", action="append", choices=["rules", "claude"], dest="engines",
                          help="engine(s) to score, repeatable (default: rules, plus claude when a key is set)")
    evaluate.add_argument("--tokens", action="store_true", help="tokens per email by stage")

    trace = sub.add_parser("trace", help="follow one email by its correlation id")
    trace.add_argument("correlation_id")
    trace.add_argument("--gcp", action="store_true", help="print the Cloud Logging query (default with RUNTIME=gcp)")
    trace.add_argument("--run", action="store_true", help="with --gcp: run the gcloud command")

    breaker = sub.add_parser("breaker", help="circuit breakers (shared state)")
    breaker_sub = breaker.add_subparsers(dest="breaker_command", required=True)
    breaker_sub.add_parser("status", help="each breaker: state, counts, since when")
    breaker_reset = breaker_sub.add_parser("reset", help="close a breaker and clear its counts")
    breaker_reset.add_argument("name")

    db = sub.add_parser("db", help="report database")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="run the Alembic migrations to head")
    return parser


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    _configure_logging(args)
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        return 130
    except SystemExit:
        raise
    except Exception as exc:  # a clear line instead of a traceback
        print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


def _configure_logging(args) -> None:
    """Commands print their results on stdout; log lines go to stderr (warnings and up, or everything for
    `serve`) and, in full, to the local log file that `trace` reads."""
    import logging

    from shared.observability.logs import configure
    from shared.settings import Settings

    settings = Settings.from_env()
    configure(log_file=settings.local_data_dir / "logs" / "pipeline.jsonl", project=settings.project,
              stream=sys.stderr, console_level=logging.INFO if args.command == "serve" else logging.WARNING)


def _deps():
    from shared import bootstrap

    return bootstrap.deps()


def cmd_serve(args) -> int:
    if args.emulators:
        from shared.local.serve_emulators import serve_emulators

        return serve_emulators()
    from shared.local.serve import serve

    if args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    return serve(args.host, args.port, args.workers)


def cmd_process(args) -> int:
    from shared.bootstrap import Deps
    from shared.local.runtime import process_file

    base = _deps()
    # The chain runs on a private in-memory queue (a running `serve` keeps its own); state, blobs and
    # reports are the shared ones, so `reports list` shows these results too.
    deps = Deps(base.settings, base.clock, bus=base.local_bus(":memory:"), blobs=base.blobs,
                state=base.state, reports=base.reports, clients=base.clients)
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
            print(_describe(outcome.report))
    return 1 if failures else 0


def cmd_clients(args) -> int:
    from shared.adapters.mongo_clients import load_clients_file

    records = load_clients_file(args.file)
    written = _deps().clients.upsert_many(records)
    print(f"imported {written} client record(s)")
    return 0


def cmd_reports(args) -> int:
    deps = _deps()
    if args.reports_command == "show":
        report = deps.reports.get(args.email_id)
        if report is None:
            print(f"error: no report for email_id {args.email_id}", file=sys.stderr)
            return 1
        print(json.dumps(report.cli_json(), ensure_ascii=False, indent=2) if args.json else _describe(report))
        return 0
    zone = ZoneInfo(deps.settings.report_tz)
    since = _local_midnight(args.since, zone) if args.since else None
    until = _local_midnight(args.until + timedelta(days=1), zone) if args.until else None
    reports = deps.reports.list(since=since, until=until, needs_review=True if args.needs_review else None)
    for report in reports:
        if args.json:
            print(json.dumps(report.cli_json(), ensure_ascii=False))
        else:
            created = report.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M") if report.created_at else "?"
            amount = f"{report.debt_amount} {report.currency or ''}".strip() if report.debt_amount is not None else "-"
            flag = "REVIEW" if report.needs_review else "ok"
            print(f"{created}  {report.email_id}  {report.status:9}  {report.intent or '-':22}  "
                  f"{report.client_name or '-':20}  {amount:>14}  {flag}")
    if not args.json:
        print(f"{len(reports)} report(s)")
    return 0


def cmd_dlq(args) -> int:
    from shared.runtime.replay import replay_failed

    deps = _deps()
    since = _local_midnight(args.since, ZoneInfo(deps.settings.report_tz)) if args.since else None

    def progress(done: int, total: int) -> None:
        filled = int(30 * done / total) if total else 30
        print(f"\r[{'#' * filled}{' ' * (30 - filled)}] {done}/{total}", end="", file=sys.stderr, flush=True)

    result = replay_failed(deps, args.stage, args.limit, since, progress)
    if result.replayed or result.skipped:
        print(file=sys.stderr)
    for email_id, why in result.skipped:
        print(f"skipped {email_id}: {why}")
    print(f"replayed {len(result.replayed)} email(s), skipped {len(result.skipped)}")
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
    from shared.evaluation import evaluate, render, render_tokens, side_by_side
    from shared.settings import Settings

    settings = Settings.from_env()
    engines = args.engines or (["rules", "claude"] if settings.anthropic_api_key else [settings.engine])
    results = {}
    for directory in args.dirs:
        if not directory.is_dir():
            print(f"error: {directory} is not a directory", file=sys.stderr)
            return 1
        blocks, token_tables = [], []
        for engine in engines:
            scores = evaluate(directory, args.clients, settings.replace(agent_engine=engine))
            results.setdefault(str(directory), {})[engine] = scores.as_dict()
            blocks.append(render(f"{directory} (engine {engine})", scores, args.show_wrong))
            if args.tokens and engine != "rules":  # the offline engine spends no tokens
                token_tables.append(f"tokens, {directory} (engine {engine})\n" + render_tokens(scores))
        if not args.json:
            print(side_by_side(blocks) if not args.show_wrong else "\n\n".join(blocks))
            print()
            for table in token_tables:
                print(table + "\n")
    if args.json:
        single = all(len(by_engine) == 1 for by_engine in results.values())
        print(json.dumps({d: next(iter(e.values())) for d, e in results.items()} if single else results, indent=2))
    return 0


def cmd_trace(args) -> int:
    from shared.observability import trace
    from shared.settings import Settings

    settings = Settings.from_env()
    if args.gcp or args.run or settings.runtime == "gcp":
        return trace.gcloud(settings.project, args.correlation_id, args.run)
    lines = list(trace.local_lines(settings.local_data_dir / "logs" / "pipeline.jsonl", args.correlation_id))
    for entry in lines:
        print(trace.format_line(entry))
    if not lines:
        print(f"error: no log lines for correlation id {args.correlation_id}", file=sys.stderr)
        return 1
    return 0


def cmd_breaker(args) -> int:
    from shared.resilience.breaker import reset
    from shared.resilience.guarded import BREAKERS

    deps = _deps()
    if args.breaker_command == "reset":
        if args.name not in BREAKERS:
            print(f"error: unknown breaker {args.name!r}; known: {', '.join(BREAKERS)}", file=sys.stderr)
            return 1
        reset(deps.state, args.name, deps.clock.now())
        print(f"breaker {args.name} reset to closed")
        return 0
    for name in BREAKERS:
        doc = deps.breaker(name).status()
        print(f"{name:8} {doc['state']:9} since {doc['since']}  window failures {doc['failures']}/{doc['calls']} calls"
              + (f"  opened at {doc['opened_at']}" if doc.get("opened_at") else ""))
    return 0


def cmd_db(args) -> int:
    from shared.bootstrap import build_report_engine
    from shared.reports.migrate import upgrade

    upgrade(build_report_engine(_deps().settings, migrating=True))
    print("report database is at the latest migration")
    return 0


def _local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(timezone.utc)


def _describe(report) -> str:
    lines = [
        f"  email_id:     {report.email_id}",
        f"  correlation:  {report.correlation_id}",
        f"  status:       {report.status}" + (f" at {report.failed_stage}: {report.error}" if report.error else ""),
        f"  intent:       {report.intent}",
        f"  client:       {report.client_name or '-'} ({report.client_id or 'no match'})",
        f"  creditor:     {report.creditor_name or '-'}",
        f"  amount:       {report.debt_amount if report.debt_amount is not None else '-'} {report.currency or ''}",
        f"  references:   {', '.join(report.reference_numbers) or '-'}",
        f"  confidence:   {report.overall_confidence} ({report.confidence_route})",
        f"  needs review: {report.needs_review}" + (f" — {report.review_reason}" if report.review_reason else ""),
    ]
    return "\n".join(lines)


COMMANDS = {
    "serve": cmd_serve, "process": cmd_process, "clients": cmd_clients, "reports": cmd_reports,
    "dlq": cmd_dlq, "eval": cmd_eval, "trace": cmd_trace, "breaker": cmd_breaker, "db": cmd_db,
}
