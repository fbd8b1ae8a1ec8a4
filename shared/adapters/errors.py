"""Translating an SDK's exceptions into the error tree at the adapter boundary (after httpx's map_exceptions).

Every adapter runs each port method inside `translated(dependency, is_outage)`, as a `with` block or as a
decorator. An exception `is_outage` accepts (transport, timeout, 5xx, permission, a retry that gave up)
leaves as `DependencyUnavailable(dependency, detail)`, chained to the original; everything else passes
unchanged: our own errors, the port's documented answers (KeyError), and programmer errors (TypeError,
ValueError, a request the service calls malformed), so a bug stays visible as what it is.

`detail` names the exception classes down the cause chain with their codes (HTTP/gRPC status, errno,
SQLSTATE, MongoDB code), never an exception's message: SDK messages can carry hosts, URIs with credentials,
keys and document values.
"""

from __future__ import annotations

import errno
from contextlib import contextmanager
from typing import Callable, Iterator

from shared.errors import DependencyUnavailable, PipelineError

Predicate = Callable[[BaseException], bool]

_CHAIN_DEPTH = 5


@contextmanager
def translated(dependency: str, is_outage: Predicate, action: str = "") -> Iterator[None]:
    """Re-raise an outage of `dependency` as DependencyUnavailable; let every other exception through.

    `action` (optional, no data in it) prefixes the detail: "publish to intake: RetryError <- ...".
    """
    try:
        yield
    except PipelineError:
        raise
    except Exception as exc:
        if not is_outage(exc):
            raise
        detail = describe(exc)
        raise DependencyUnavailable(dependency, f"{action}: {detail}" if action else detail) from exc


def describe(exc: BaseException) -> str:
    """A short, data-free account of `exc`: 'RetryError <- ServiceUnavailable 503', 'OSError ECONNREFUSED'."""
    labels = [_label(error) for error in causes(exc) if not type(error).__name__.startswith("_")]
    return " <- ".join(dict.fromkeys(labels)) or type(exc).__name__


def causes(exc: BaseException) -> list[BaseException]:
    """`exc` and what it was raised from or during, outermost first (a few levels)."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < _CHAIN_DEPTH and current not in chain:
        chain.append(current)
        wrapped = getattr(current, "cause", None)  # api_core's RetryError keeps the last error here
        current = wrapped if isinstance(wrapped, BaseException) else current.__cause__ or current.__context__
    return chain


def caused_by(exc: BaseException, is_outage: Predicate) -> bool:
    """Whether `exc` or anything it was raised from or during is an outage."""
    return any(is_outage(error) for error in causes(exc))


def _label(exc: BaseException) -> str:
    name = type(exc).__name__
    if isinstance(exc, OSError) and exc.errno in errno.errorcode:
        return f"{name} {errno.errorcode[exc.errno]}"
    if getattr(exc, "sqlite_errorname", None):
        return f"{name} {exc.sqlite_errorname}"
    state = sqlstate(exc)
    if state:
        return f"{name} SQLSTATE {state}"
    code = getattr(exc, "code", None)
    if isinstance(code, int) and not isinstance(code, bool):
        return f"{name} {code}"
    return name


def sqlstate(exc: BaseException) -> str | None:
    """The SQLSTATE of a Postgres error (pg8000 puts the server's fields in a dict; SQLAlchemy in `.orig`)."""
    orig = getattr(exc, "orig", None)
    error = orig if isinstance(orig, BaseException) else exc
    fields = error.args[0] if error.args and isinstance(error.args[0], dict) else {}
    code = fields.get("C")
    return code if isinstance(code, str) else None


# --- Google Cloud client libraries (Storage, Firestore, Pub/Sub) ---------------------------------------------
def google_outage(exc: BaseException) -> bool:
    """Google API errors that say the service did not do it: everything except a 400-family answer (the request
    itself was wrong), plus auth/transport failures, a retry that gave up, and socket errors."""
    from google.api_core import exceptions as api
    from google.auth import exceptions as auth

    if isinstance(exc, api.BadRequest):  # 400: InvalidArgument, FailedPrecondition, OutOfRange
        return False
    return isinstance(exc, (api.GoogleAPIError, auth.GoogleAuthError, OSError)) or _grpc_error(exc)


def _grpc_error(exc: BaseException) -> bool:
    try:
        import grpc
    except ImportError:  # pragma: no cover - Storage alone does not need gRPC
        return False
    return isinstance(exc, grpc.RpcError)


# --- SQLite (the local state store and the local report store) -----------------------------------------------
# Result codes that mean the database file or its lock is not usable right now. SQLITE_ERROR (a syntax error,
# a missing table) and constraint errors are programmer errors and pass unchanged.
SQLITE_OUTAGES = ("SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_READONLY",
                  "SQLITE_FULL", "SQLITE_NOMEM", "SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_PERM",
                  "SQLITE_PROTOCOL", "SQLITE_AUTH")


def sqlite_outage(exc: BaseException) -> bool:
    """A sqlite3 error whose result code is in SQLITE_OUTAGES (extended codes included), or an OS error."""
    import sqlite3

    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        return any(name == code or name.startswith(code + "_") for code in SQLITE_OUTAGES)
    return isinstance(exc, OSError)
