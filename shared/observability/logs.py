"""One JSON object per log line in Cloud Logging's structured format, stamped with the email context.

`configure()` installs the handler once per process: JSON on stdout (what Cloud Logging parses), or a
readable single line when stdout is a terminal, plus an optional JSON file (the local `trace` command reads it).
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import datetime, timezone
from pathlib import Path

from shared.observability import context

_configured = False


class CloudLoggingFormatter(logging.Formatter):
    def __init__(self, project: str | None = None):
        super().__init__()
        self.project = project

    def format(self, record: logging.LogRecord) -> str:
        labels = context.current()
        trace = labels.pop("trace", None)
        entry = {
            "severity": record.levelname if record.levelname != "WARNING" else "WARNING",
            "message": record.getMessage(),
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat().replace("+00:00", "Z"),
            "logger": record.name,
            "logging.googleapis.com/labels": labels,
            "logging.googleapis.com/sourceLocation": {
                "file": record.pathname, "line": str(record.lineno), "function": record.funcName,
            },
        }
        if trace and self.project:
            entry["logging.googleapis.com/trace"] = f"projects/{self.project}/traces/{trace}"
        if labels.get("email_id"):
            operation = {"id": labels["email_id"], "producer": "creditor-intake"}
            position = getattr(record, "operation", None)  # log.info(..., extra={"operation": "first"|"last"})
            if position in ("first", "last"):
                operation[position] = True
            entry["logging.googleapis.com/operation"] = operation
        if record.exc_info and record.exc_info[0] is not None:
            entry["exception_class"] = record.exc_info[0].__name__
        return json.dumps(entry, ensure_ascii=False)


class ReadableFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        labels = context.current()
        labels.pop("trace", None)
        tag = " ".join(f"{k}={v}" for k, v in labels.items())
        return f"{record.levelname[:4]} {record.name}: {record.getMessage()}" + (f"  [{tag}]" if tag else "")


def configure(level: int = logging.INFO, log_file: Path | None = None, project: str | None = None,
              stream=None, console_level: int | None = None) -> None:
    """Install the handlers once per process (idempotent): JSON on stdout for Cloud Logging (a function
    instance), or the given stream (the CLI logs to stderr so stdout stays its output), plus the local file."""
    global _configured
    if _configured:
        return
    _configured = True
    stream = stream or sys.stdout
    root = logging.getLogger()
    root.setLevel(level)
    handler = logging.StreamHandler(stream)
    handler.setLevel(console_level or level)
    handler.setFormatter(ReadableFormatter() if stream.isatty() else CloudLoggingFormatter(project))
    root.addHandler(handler)
    for noisy in ("alembic", "urllib3", "google", "grpc"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.FileHandler(log_file, encoding="utf-8")
        file_handler.setFormatter(CloudLoggingFormatter(project))
        root.addHandler(file_handler)
