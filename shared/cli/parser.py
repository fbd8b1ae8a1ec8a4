"""The CLI's arguments (`python main.py --help`) and how its dates are read."""

from __future__ import annotations

import argparse
import re
from datetime import date, datetime
from pathlib import Path


class UsageError(ValueError):
    """Input the command cannot use (a file that is not what it should be): one line, exit 2."""


DATE_FORMS = "DD.MM.YYYY or YYYY-MM-DD"


def parse_day(text: str) -> date:
    """A calendar day written DD.MM.YYYY (as in Germany) or YYYY-MM-DD; anything else is refused naming both."""
    for pattern, layout in ((r"\d{1,2}\.\d{1,2}\.\d{4}", "%d.%m.%Y"), (r"\d{4}-\d{2}-\d{2}", "%Y-%m-%d")):
        if re.fullmatch(pattern, text.strip()):
            try:
                return datetime.strptime(text.strip(), layout).date()
            except ValueError:
                break
    raise argparse.ArgumentTypeError(f"expected a date as {DATE_FORMS}, got {text!r}")


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
    clients_sub.add_parser("list", help="every client: id, name, date of birth, city, known references")
    show_client = clients_sub.add_parser("show", help="one client with its known references")
    show_client.add_argument("client_id")

    reports = sub.add_parser("reports", help="processing reports")
    reports_sub = reports.add_subparsers(dest="reports_command", required=True)
    listing = reports_sub.add_parser("list", help="list reports, newest first")
    listing.add_argument("--needs-review", action="store_true")
    listing.add_argument("--since", type=parse_day, help=f"{DATE_FORMS}, inclusive, a day in REPORT_TZ")
    listing.add_argument("--until", type=parse_day, help=f"{DATE_FORMS}, inclusive, a day in REPORT_TZ")
    listing.add_argument("--json", action="store_true")
    show = reports_sub.add_parser("show", help="one report, as a caseworker reads it")
    show.add_argument("email_id")
    show.add_argument("--json", action="store_true")
    stats = reports_sub.add_parser("stats", help="automation, the review queue per reason, audits and the "
                                   "silent-error rate they measured")
    stats.add_argument("--json", action="store_true")

    corrections = sub.add_parser("corrections", help="caseworkers' reviews as labelled data")
    corrections_sub = corrections.add_subparsers(dest="corrections_command", required=True)
    export = corrections_sub.add_parser("export", help="write reviewed reports whose every field a person "
                                        "confirmed or corrected as NAME.eml + NAME.json (the dev-set format) "
                                        "and the client directory into DIR, for eval and training")
    export.add_argument("dir", type=Path, metavar="DIR")

    dlq = sub.add_parser("dlq", help="dead-lettered and failed emails")
    dlq_sub = dlq.add_subparsers(dest="dlq_command", required=True)
    replay = dlq_sub.add_parser("replay", help="republish failed emails' stored input (same email_id)")
    replay.add_argument("--stage", choices=["intent", "extraction", "consolidation", "matching", "report"])
    replay.add_argument("--limit", type=int)
    replay.add_argument("--since", type=parse_day, help=f"{DATE_FORMS}, a day in REPORT_TZ")

    evaluate = sub.add_parser("eval", help="score a labelled set (DIR of NAME.eml + NAME.json truth files)")
    evaluate.add_argument("dirs", nargs="*", type=Path, metavar="DIR")
    evaluate.add_argument("--clients", type=Path, help="client directory JSON (default: DIR/../clients.json)")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument("--show-wrong", action="store_true", help="list every wrong field")
    evaluate.add_argument("--engine", action="append", choices=["rules", "claude"], dest="engines",
                          help="engine(s) to score, repeatable (default: rules, plus claude when a key is set)")
    evaluate.add_argument("--tokens", action="store_true", help="tokens per email by stage")
    evaluate.add_argument("--out-of-sample", nargs="?", const="", metavar="FILE", dest="out_of_sample",
                          help="score the offline engine's recorded out-of-sample predictions (default file: "
                               "tests/agents_data/out_of_sample.json, made by python -m tools.out_of_sample)")

    trace = sub.add_parser("trace", help="follow one email by its correlation id")
    trace.add_argument("correlation_id")
    trace.add_argument("--gcp", action="store_true", help="print the Cloud Logging query (default with RUNTIME=gcp)")
    trace.add_argument("--run", action="store_true", help="with --gcp: run the gcloud command")

    breaker = sub.add_parser("breaker", help="circuit breakers (shared state)")
    breaker_sub = breaker.add_subparsers(dest="breaker_command", required=True)
    breaker_sub.add_parser("status", help="each breaker: state, counts, since when")
    breaker_reset = breaker_sub.add_parser("reset", help="close a breaker and clear its counts")
    breaker_reset.add_argument("name")

    sentry = sub.add_parser("sentry", help="Sentry (SENTRY_DSN, SENTRY_RELEASE, SENTRY_ENVIRONMENT)")
    sentry_sub = sentry.add_subparsers(dest="sentry_command", required=True)
    sentry_sub.add_parser("test", help="send one test event and one check-in with SENTRY_DSN, print the event id "
                                       "(exit 1 when Sentry did not accept them; 0 with a reason when none is set)")

    db = sub.add_parser("db", help="report database")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="run the Alembic migrations to head")

    secrets = sub.add_parser("dev-secrets", help="the local webhook secrets of `serve` (kept in the data dir)")
    secrets.add_argument("--export", action="store_true",
                         help='print shell export lines: eval "$(python main.py dev-secrets --export)"')
    return parser
