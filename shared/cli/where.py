"""Where a command read its data, for the line it prints when it finds nothing (run from another folder, the
default ./.local is a different, empty data dir). Passwords in URLs are masked."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit


def report_store(settings) -> str:
    """The report database: the DATABASE_URL with its password masked, the Cloud SQL instance, or the SQLite file."""
    if settings.database_url:
        return masked_url(settings.database_url)
    if settings.instance_connection_name:
        return f"Cloud SQL {settings.instance_connection_name} (database {settings.db_name or '?'})"
    return str(_absolute(settings.local_data_dir / "reports.sqlite3"))


def client_directory(settings) -> str:
    if settings.mongodb_uri:
        return f"{masked_url(settings.mongodb_uri)} (database {settings.mongodb_database})"
    return str(_absolute(settings.local_data_dir / "clients.json"))


def data_dir(settings) -> str:
    return f"LOCAL_DATA_DIR={_absolute(settings.local_data_dir)}"


def masked_url(url: str) -> str:
    """`scheme://user:***@host/db` for `scheme://user:secret@host/db`; a URL that cannot be read is not echoed."""
    try:
        parts = urlsplit(url)
        if parts.password is None:
            return url
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
        user = f"{parts.username}:***@" if parts.username else ":***@"
        return urlunsplit(parts._replace(netloc=user + host))
    except ValueError:
        return "(a URL that cannot be parsed)"


def _absolute(path: Path) -> Path:
    return Path(path).expanduser().resolve()
