"""The one place that wires adapters to ports from settings.

`Deps` builds each dependency on first use and keeps it for the life of the instance (a function instance
builds only what its entry point touches: intake never imports SQLAlchemy, the report function never imports
the Pub/Sub client's consumers). `deps()` returns the per-process instance the entry points share; tests build
their own `Deps` with explicit settings, clock and adapters.

Selection: RUNTIME=gcp puts the bus on Pub/Sub and the state on Firestore (the emulators when their
standard variables are set). Independently of RUNTIME, each port uses its cloud adapter when its setting is
present: DATABASE_URL or INSTANCE_CONNECTION_NAME → Postgres, MONGODB_URI → MongoDB, BLOB_BUCKET → Cloud
Storage; otherwise the local adapter under LOCAL_DATA_DIR.
"""

from __future__ import annotations

import os
import threading
from functools import cached_property
from pathlib import Path

from shared.clock import SystemClock
from shared.settings import Settings


class Deps:
    def __init__(self, settings: Settings, clock=None, **overrides):
        """`overrides` replace a dependency by name (bus, blobs, state, reports, reviews, clients, engine,
        audit)."""
        self.settings = settings
        self.clock = clock or SystemClock()
        for name, value in overrides.items():
            if name not in _DEPENDENCIES:
                raise TypeError(f"unknown dependency {name!r}")
            self.__dict__[name] = value

    def wrap(self, name: str, decorate) -> None:
        """Replace dependency `name` by `decorate(current)` (a decorator adapter: a guard, a fault injector)."""
        if name not in _DEPENDENCIES:
            raise TypeError(f"unknown dependency {name!r}")
        self.__dict__[name] = decorate(getattr(self, name))

    @property
    def data_dir(self) -> Path:
        return self.settings.local_data_dir

    @cached_property
    def bus(self):
        if self.settings.runtime == "gcp":
            from shared.adapters.pubsub_bus import PubSubBus

            return PubSubBus(self.settings.project)
        return self.local_bus(self.data_dir / "bus.sqlite3")

    def local_bus(self, path):
        from shared.adapters.local_bus import LocalBus, RetryPolicy

        policy = RetryPolicy(
            max_attempts=self.settings.max_delivery_attempts,
            min_backoff=self.settings.retry_min_backoff_seconds,
            max_backoff=self.settings.retry_max_backoff_seconds,
        )
        from shared import chain

        return LocalBus(path, chain.subscriptions(), chain.dead_letter_topics(), self.settings.project, policy,
                        self.clock)

    @cached_property
    def blobs(self):
        from shared.resilience.guarded import GuardedBlobStore

        return GuardedBlobStore(self._raw_blobs(), self.breaker("storage"))

    def _raw_blobs(self):
        self.settings.require("blobs")  # RUNTIME=gcp without a bucket must not fall back to local files
        if self.settings.blob_bucket:
            from shared.adapters.gcs_blobs import GcsBlobStore

            # gcp-storage-emulator mangles multipart uploads of message/rfc822: use resumable ones there.
            resumable = bool(self.settings.storage_emulator_host)
            return GcsBlobStore(self.settings.blob_bucket, self.settings.project, resumable=resumable)
        from shared.adapters.file_blobs import FileBlobStore

        return FileBlobStore(self.data_dir / "blobs")

    @cached_property
    def state(self):
        if self.settings.runtime == "gcp":
            from shared.adapters.firestore_state import FirestoreStateStore

            return FirestoreStateStore(self.settings.project, self.settings.state_prefix, self.clock)
        from shared.adapters.sqlite_state import SqliteStateStore

        return SqliteStateStore(self.data_dir / "state.sqlite3", self.clock)

    @cached_property
    def reports(self):
        from shared.adapters.sql_reports import SqlAlchemyReportStore

        engine = build_report_engine(self.settings)
        if engine.dialect.name == "sqlite":  # local: keep the schema current; the cloud migrates in Cloud Build
            from shared.reports.migrate import upgrade

            upgrade(engine)
        return SqlAlchemyReportStore(engine, self.clock)

    @cached_property
    def reviews(self):
        """Caseworkers' reviews, in the reports' database (the same engine: one pool per instance)."""
        from shared.adapters.sql_reviews import SqlAlchemyReviewStore

        return SqlAlchemyReviewStore(self.reports.engine, self.clock)

    @cached_property
    def clients(self):
        from shared.resilience.guarded import GuardedClientDirectory

        return GuardedClientDirectory(self._raw_clients(), self.breaker("mongodb"))

    def _raw_clients(self):
        if self.settings.mongodb_uri:
            import pymongo

            from shared.adapters.mongo_clients import CLIENT_OPTIONS, MongoClientDirectory

            client = pymongo.MongoClient(self.settings.mongodb_uri, **CLIENT_OPTIONS)  # deadlines: see there
            return MongoClientDirectory(client[self.settings.mongodb_database]["clients"])
        from shared.adapters.mongo_clients import JsonBackedClientDirectory

        return JsonBackedClientDirectory(self.data_dir / "clients.json")

    def breaker(self, name: str):
        """The circuit breaker guarding dependency `name` (one per dependency per instance)."""
        breakers = self.__dict__.setdefault("_breakers", {})
        if name not in breakers:
            from shared.resilience.guarded import breaker_for

            breakers[name] = breaker_for(name, self.state, self.clock)
        return breakers[name]

    @cached_property
    def audit(self):
        """Which auto-approved reports also go to a caseworker's audit (AUDIT_SAMPLE_RATE)."""
        from shared.domain.audit import AuditSampler

        return AuditSampler(self.settings.audit_sample_rate)

    @cached_property
    def engine(self):
        if self.settings.engine == "claude":
            return build_claude_engine(self.settings, self.breaker("claude"), self.blobs)
        from shared.engine.rules import RulesEngine

        return RulesEngine()


_DEPENDENCIES = {"bus", "blobs", "state", "reports", "reviews", "clients", "engine", "audit"}


def build_claude_engine(settings: Settings, breaker, blobs):
    """The Claude engine; its SDK client is created on the first call, not here. CLAUDE_TIMEOUT_SECONDS is the
    total deadline of one call; it and CLAUDE_MAX_RETRIES are capped to fit the stage's function timeout
    (`fit_to_function`, which logs what it caps)."""
    from functools import partial

    from shared.engine.claude import ClaudeEngine, ClaudeModels
    from shared.engine.claude.client import MessagesClient, build_sdk, fit_to_function
    from shared.errors import DependencyUnavailable

    if not settings.anthropic_api_key:
        # Retryable on purpose: set the secret, then `dlq replay` (or let redelivery pick it up).
        raise DependencyUnavailable("claude engine", "AGENT_ENGINE=claude needs ANTHROPIC_API_KEY")
    timeout, retries = fit_to_function(settings.claude_timeout_seconds, settings.claude_max_retries)
    sdk = partial(build_sdk, settings.anthropic_api_key, settings.anthropic_base_url, timeout, retries)
    models = ClaudeModels(intent=settings.claude_intent_model, extraction=settings.claude_extraction_model)
    return ClaudeEngine(MessagesClient(sdk, breaker, timeout), blobs.get, models, settings.claude_trust)


def build_report_engine(settings: Settings, migrating: bool = False):
    """SQLAlchemy engine for the report store: DATABASE_URL, Cloud SQL connector, or local SQLite.

    `migrating`: for schema migrations (`db upgrade`, alembic), whose statements may run long, so pg8000's
    socket deadline (sized for a report upsert inside a function's budget) is not set."""
    from sqlalchemy import create_engine

    from shared.adapters.sql_reports import PG_SOCKET_TIMEOUT_SECONDS, POOL_TIMEOUT_SECONDS  # why: see there

    # A function instance handles few requests at once: a small pool, recycled before Cloud SQL drops it.
    pool = dict(pool_pre_ping=True, pool_size=2, max_overflow=2, pool_timeout=POOL_TIMEOUT_SECONDS,
                pool_recycle=1800)
    settings.require("reports")
    if settings.database_url:
        from sqlalchemy.engine import make_url

        driver = make_url(settings.database_url).get_driver_name()
        connect_args = {"timeout": PG_SOCKET_TIMEOUT_SECONDS} if driver == "pg8000" and not migrating else {}
        return create_engine(settings.database_url, connect_args=connect_args, **pool)
    if settings.instance_connection_name:
        from shared.adapters.cloud_sql import cloud_sql_creator

        return create_engine("postgresql+pg8000://", creator=cloud_sql_creator(settings), **pool)
    path = settings.local_data_dir / "reports.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    return create_engine(f"sqlite:///{path}", connect_args={"timeout": 30})


_lock = threading.Lock()
_instance: tuple[int, Deps] | None = None


def deps() -> Deps:
    """The per-process dependencies for the entry points, built on first call from the environment.

    Keyed by process id, so a forked server worker never reuses its parent's connections.
    """
    global _instance
    with _lock:
        if _instance is None or _instance[0] != os.getpid():
            settings = Settings.from_env()
            from shared.observability.logs import configure

            configure(log_file=local_log_file(settings), project=settings.project)
            _instance = (os.getpid(), Deps(settings))
        return _instance[1]


def local_log_file(settings: Settings) -> Path | None:
    """The local JSON log file (read by `trace`); None on GCP, where the function logs to stdout only: an
    instance's filesystem is memory, so a log file there would grow in the instance's RAM."""
    if settings.runtime == "gcp":
        return None
    return settings.local_data_dir / "logs" / "pipeline.jsonl"


def reset() -> None:
    """Forget the per-process dependencies (tests; `serve` after it changes settings)."""
    global _instance
    with _lock:
        _instance = None


def use(instance: Deps) -> None:
    """Make `instance` the per-process dependencies (tests that drive the real entry points)."""
    global _instance
    with _lock:
        _instance = (os.getpid(), instance)
