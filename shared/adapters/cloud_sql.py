"""Connections to Cloud SQL for PostgreSQL through the Cloud SQL Python Connector (pg8000 driver).

Password auth (DB_USER/DB_PASS) or IAM database auth (DB_IAM_AUTH=true, DB_USER = the service account's
IAM user). The connector is created on the first connection and kept for the instance's life; its lazy
refresh strategy suits serverless instances whose CPU is throttled between requests.

Errors: a connection that cannot be made (the Admin API or the instance unreachable, a timeout, credentials
refused) is DependencyUnavailable("postgres", ...) raised from the connection factory; SQLAlchemy passes it
through unchanged. A misconfiguration the connector detects (no such IP type, an unsupported driver) is its
own exception, unchanged.
"""

from __future__ import annotations

import threading
from typing import Callable

from shared.adapters.errors import google_outage, translated
from shared.settings import Settings, SettingsError

# The connector's `timeout` (default 30 s, all of intake's request budget) is documented as the limit for making
# a connection. Connector 1.23 hands it to the driver and the SQL-data path only, and pg8000 does not apply it to
# a socket it is given: the Admin API calls and the TLS socket it opens are not bounded by it. Set anyway, so
# the documented limit holds where the connector honours it. 10 s is ample for a healthy instance.
CONNECT_TIMEOUT_SECONDS = 10

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
        options = dict(user=settings.db_user, db=settings.db_name, enable_iam_auth=settings.db_iam_auth,
                       timeout=CONNECT_TIMEOUT_SECONDS)
        if not settings.db_iam_auth:
            options["password"] = settings.db_pass
        with translated("postgres", _connector_outage):
            return _get_connector().connect(settings.instance_connection_name, "pg8000", **options)

    return connect


def _connector_outage(exc: BaseException) -> bool:
    """Transport, timeout, auth and Admin API failures, and the connector's own "could not connect" errors."""
    from google.cloud.sql.connector import exceptions as connector

    if isinstance(exc, (connector.CloudSQLConnectionError, connector.DnsResolutionError,
                        connector.RefreshNotValidError, connector.CacheClosedError)):
        return True
    try:
        import aiohttp
    except ImportError:  # pragma: no cover - the connector depends on it
        return google_outage(exc)
    return isinstance(exc, aiohttp.ClientError) or google_outage(exc)
