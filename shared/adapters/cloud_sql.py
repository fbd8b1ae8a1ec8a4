"""Connections to Cloud SQL for PostgreSQL through the Cloud SQL Python Connector (pg8000 driver).

Password auth (DB_USER/DB_PASS) or IAM database auth (DB_IAM_AUTH=true, DB_USER = the service account's
IAM user). The connector is created on the first connection and kept for the instance's life; its lazy
refresh strategy suits serverless instances whose CPU is throttled between requests.
"""

from __future__ import annotations

import threading
from typing import Callable

from shared.settings import Settings, SettingsError

_lock = threading.Lock()
_connector = None


def _get_connector():
    global _connector
    with _lock:
        if _connector is None:
            from google.cloud.sql.connector import Connector

            _connector = Connector(refresh_strategy="lazy")
        return _connector


def cloud_sql_creator(settings: Settings) -> Callable:
    """A zero-argument connection factory for SQLAlchemy's `creator=`."""
    if not settings.db_user or not settings.db_name:
        raise SettingsError("INSTANCE_CONNECTION_NAME needs DB_USER and DB_NAME")
    if not settings.db_iam_auth and not settings.db_pass:
        raise SettingsError("INSTANCE_CONNECTION_NAME needs DB_PASS (or DB_IAM_AUTH=true)")

    def connect():
        options = dict(user=settings.db_user, db=settings.db_name, enable_iam_auth=settings.db_iam_auth)
        if not settings.db_iam_auth:
            options["password"] = settings.db_pass
        return _get_connector().connect(settings.instance_connection_name, "pg8000", **options)

    return connect
