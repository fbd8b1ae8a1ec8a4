"""`python main.py trace CORRELATION_ID`: follow one email.

Locally it prints the email's log lines in order from the local JSON log file. Against GCP it prints (and with
`run=True` runs) the `gcloud logging read` command and the Logs Explorer query for the correlation id: gen2
functions log as the Cloud Run revision resource, and our labels land in the entry's `labels`.
"""

from __future__ import annotations

import json
import shlex
import subprocess
from pathlib import Path
from typing import Iterator


def local_lines(log_file: Path, correlation_id: str) -> Iterator[dict]:
    if not log_file.exists():
        return
    with open(log_file, encoding="utf-8") as handle:
        for line in handle:
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if (entry.get("logging.googleapis.com/labels") or {}).get("correlation_id") == correlation_id:
                yield entry


def format_line(entry: dict) -> str:
    labels = entry.get("logging.googleapis.com/labels") or {}
    return f"{entry.get('time', '?')}  {entry.get('severity', '?'):7}  {labels.get('stage', '-'):13}  {entry.get('message', '')}"


def logs_query(correlation_id: str) -> str:
    return f'resource.type="cloud_run_revision"\nlabels.correlation_id="{correlation_id}"'


def gcloud_command(project: str, correlation_id: str, freshness: str = "7d") -> list[str]:
    return ["gcloud", "logging", "read", logs_query(correlation_id).replace("\n", " AND "),
            f"--project={project}", f"--freshness={freshness}", "--order=asc",
            "--format=table(timestamp,severity,labels.stage,jsonPayload.message)"]


def gcloud(project: str, correlation_id: str, run: bool) -> int:
    command = gcloud_command(project, correlation_id)
    print(" ".join(shlex.quote(part) for part in command))
    print("\nLogs Explorer query:\n" + logs_query(correlation_id))
    if run:
        return subprocess.call(command)
    return 0
