"""Typed settings, read once from the environment.

Every knob of the product is a field here; README's settings table lists them all. Precedence follows
functions-framework: an explicit argument to `Settings.from_env(overrides=...)` beats the environment, which
beats the default. Reading settings has no side effects (it never writes `os.environ`).
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from shared.mail.limits import ParseLimits


class SettingsError(ValueError):
    """A setting is present but cannot be parsed; the message names the variable."""


def _text(env: Mapping[str, str], name: str, default: str | None = None) -> str | None:
    value = env.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip()


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = _text(env, name)
    if raw is None:
        return default
    try:
        return int(raw)
    except ValueError:
        raise SettingsError(f"{name} must be an integer, got {raw!r}") from None


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = _text(env, name)
    if raw is None:
        return default
    try:
        return float(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a number, got {raw!r}") from None


def _bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = _text(env, name)
    if raw is None:
        return default
    if raw.lower() in ("1", "true", "yes", "on"):
        return True
    if raw.lower() in ("0", "false", "no", "off"):
        return False
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


# Environment variable -> ParseLimits field (shared/mail/limits.py); each default is the field's own.
PARSE_LIMIT_VARIABLES = {
    "MAX_HEADER_BYTES": "header_bytes",
    "MAX_HEADER_LENGTH": "header_length",
    "MAX_HEADER_FIELDS": "header_count",
    "MAX_ADDRESSES": "addresses",
    "MAX_ENCODED_WORDS": "encoded_words",
    "MAX_MIME_PARTS": "parts",
    "MAX_MIME_DEPTH": "max_depth",
    "MAX_TEXT_PART_BYTES": "text_bytes",
    "MAX_HTML_BYTES": "html_bytes",
    "MAX_HTML_DEPTH": "html_depth",
}


def _parse_limits(env: Mapping[str, str]) -> ParseLimits:
    defaults = ParseLimits()
    values = {name: _int(env, variable, getattr(defaults, name)) for variable, name in PARSE_LIMIT_VARIABLES.items()}
    try:
        return ParseLimits(**values)
    except ValueError as exc:
        variable = next((v for v, name in PARSE_LIMIT_VARIABLES.items() if f".{name} " in str(exc)), "a MAX_* limit")
        raise SettingsError(f"{variable}: {exc}") from None


@dataclass(frozen=True)
class Settings:
    """All configuration. Secrets are kept out of `repr` so a logged Settings never leaks them."""

    project: str = "local-project"
    runtime: str = "local"
    local_data_dir: Path = Path(".local")
    state_prefix: str = ""
    # Report store (Cloud SQL / Postgres, or SQLite under the data dir when unset).
    database_url: str | None = None
    instance_connection_name: str | None = None
    db_user: str | None = None
    db_pass: str | None = field(default=None, repr=False)
    db_name: str | None = None
    db_iam_auth: bool = False
    # Client directory (MongoDB, or mongomock over clients.json when unset).
    mongodb_uri: str | None = field(default=None, repr=False)
    mongodb_database: str = "intake"
    # Blob store (Cloud Storage bucket, or files under the data dir when unset).
    blob_bucket: str | None = None
    # Webhook authentication.
    mailgun_signing_key: str | None = field(default=None, repr=False)
    postmark_basic_auth: str | None = field(default=None, repr=False)
    sendgrid_basic_auth: str | None = field(default=None, repr=False)
    sendgrid_parse_public_key: str | None = None
    raw_webhook_secret: str | None = field(default=None, repr=False)
    mailgun_max_age_seconds: int = 15 * 60
    # Intake limits.
    max_body_bytes: int = 25 * 1024 * 1024
    parse_limits: ParseLimits = field(default_factory=ParseLimits)  # the MAX_* variables in PARSE_LIMIT_VARIABLES
    # Seconds one intake request may spend (below the function's 60 s platform timeout); checked between steps.
    intake_budget_seconds: float = 30.0
    # Agents.
    anthropic_api_key: str | None = field(default=None, repr=False)
    agent_engine: str | None = None
    anthropic_base_url: str | None = None
    claude_intent_model: str = "claude-haiku-4-5"
    claude_extraction_model: str = "claude-sonnet-4-6"
    # One attempt of at most 60 s. The SDK's own retries are off by default: it sleeps for whatever retry-after
    # the API sends (uncapped), which could outlast the function timeout; Pub/Sub redelivery (with backoff) and
    # the breaker do the retrying instead.
    claude_timeout_seconds: float = 60.0
    claude_max_retries: int = 0
    claude_second_opinion: bool = True
    # Observability.
    sentry_dsn: str | None = field(default=None, repr=False)
    sentry_release: str | None = None
    sentry_environment: str | None = None
    sentry_traces_sample_rate: float = 0.1
    sentry_profiles_sample_rate: float = 0.1
    report_tz: str = "Europe/Berlin"
    # Delivery (local bus; mirrors the Pub/Sub subscription policy used in the cloud).
    max_delivery_attempts: int = 10
    retry_min_backoff_seconds: float = 10.0
    retry_max_backoff_seconds: float = 600.0
    max_event_age_seconds: int = 2 * 24 * 3600
    # Emulators (standard Google variables; their presence selects nothing by itself).
    pubsub_emulator_host: str | None = None
    firestore_emulator_host: str | None = None
    storage_emulator_host: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides) -> "Settings":
        """Build settings from `env` (default: os.environ); keyword overrides win over the environment."""
        env = os.environ if env is None else env
        values = dict(
            project=_text(env, "GOOGLE_CLOUD_PROJECT", "local-project"),
            runtime=_text(env, "RUNTIME", "local"),
            local_data_dir=Path(_text(env, "LOCAL_DATA_DIR", ".local")),
            state_prefix=_text(env, "STATE_COLLECTION_PREFIX", ""),
            database_url=_text(env, "DATABASE_URL"),
            instance_connection_name=_text(env, "INSTANCE_CONNECTION_NAME"),
            db_user=_text(env, "DB_USER"),
            db_pass=_text(env, "DB_PASS"),
            db_name=_text(env, "DB_NAME"),
            db_iam_auth=_bool(env, "DB_IAM_AUTH", False),
            mongodb_uri=_text(env, "MONGODB_URI"),
            mongodb_database=_text(env, "MONGODB_DATABASE", "intake"),
            blob_bucket=_text(env, "BLOB_BUCKET"),
            mailgun_signing_key=_text(env, "MAILGUN_SIGNING_KEY"),
            postmark_basic_auth=_text(env, "POSTMARK_BASIC_AUTH"),
            sendgrid_basic_auth=_text(env, "SENDGRID_BASIC_AUTH"),
            sendgrid_parse_public_key=_text(env, "SENDGRID_PARSE_PUBLIC_KEY"),
            raw_webhook_secret=_text(env, "RAW_WEBHOOK_SECRET"),
            mailgun_max_age_seconds=_int(env, "MAILGUN_MAX_AGE_SECONDS", 15 * 60),
            max_body_bytes=_int(env, "MAX_BODY_BYTES", 25 * 1024 * 1024),
            parse_limits=_parse_limits(env),
            intake_budget_seconds=_float(env, "INTAKE_BUDGET_SECONDS", 30.0),
            anthropic_api_key=_text(env, "ANTHROPIC_API_KEY"),
            agent_engine=_text(env, "AGENT_ENGINE"),
            anthropic_base_url=_text(env, "ANTHROPIC_BASE_URL"),
            claude_intent_model=_text(env, "CLAUDE_INTENT_MODEL", cls.claude_intent_model),
            claude_extraction_model=_text(env, "CLAUDE_EXTRACTION_MODEL", cls.claude_extraction_model),
            claude_timeout_seconds=_float(env, "CLAUDE_TIMEOUT_SECONDS", 60.0),
            claude_max_retries=_int(env, "CLAUDE_MAX_RETRIES", 0),
            claude_second_opinion=_bool(env, "CLAUDE_SECOND_OPINION", True),
            sentry_dsn=_text(env, "SENTRY_DSN"),
            sentry_release=_text(env, "SENTRY_RELEASE"),
            sentry_environment=_text(env, "SENTRY_ENVIRONMENT"),
            sentry_traces_sample_rate=_float(env, "SENTRY_TRACES_SAMPLE_RATE", 0.1),
            sentry_profiles_sample_rate=_float(env, "SENTRY_PROFILES_SAMPLE_RATE", 0.1),
            report_tz=_text(env, "REPORT_TZ", "Europe/Berlin"),
            max_delivery_attempts=_int(env, "MAX_DELIVERY_ATTEMPTS", 10),
            retry_min_backoff_seconds=_float(env, "RETRY_MIN_BACKOFF_SECONDS", 10.0),
            retry_max_backoff_seconds=_float(env, "RETRY_MAX_BACKOFF_SECONDS", 600.0),
            max_event_age_seconds=_int(env, "MAX_EVENT_AGE_SECONDS", 2 * 24 * 3600),
            pubsub_emulator_host=_text(env, "PUBSUB_EMULATOR_HOST"),
            firestore_emulator_host=_text(env, "FIRESTORE_EMULATOR_HOST"),
            storage_emulator_host=_text(env, "STORAGE_EMULATOR_HOST"),
        )
        values.update(overrides)
        settings = cls(**values)
        settings.validate()
        return settings

    def validate(self) -> None:
        """Raise SettingsError for combinations that cannot work."""
        if self.runtime not in ("local", "gcp"):
            raise SettingsError(f"RUNTIME must be 'local' or 'gcp', got {self.runtime!r}")
        if self.runtime == "gcp" and not self.blob_bucket:
            raise SettingsError("RUNTIME=gcp needs BLOB_BUCKET")
        if self.agent_engine not in (None, "rules", "claude"):
            raise SettingsError(f"AGENT_ENGINE must be 'rules' or 'claude', got {self.agent_engine!r}")
        if self.claude_timeout_seconds <= 0 or self.claude_max_retries < 0:
            raise SettingsError("CLAUDE_TIMEOUT_SECONDS must be positive and CLAUDE_MAX_RETRIES not negative")
        if not 0 < self.intake_budget_seconds <= 50:
            raise SettingsError("INTAKE_BUDGET_SECONDS must be more than 0 and at most 50 (the platform timeout is 60)")
        if self.max_delivery_attempts < 1:
            raise SettingsError("MAX_DELIVERY_ATTEMPTS must be at least 1")
        for name in ("postmark_basic_auth", "sendgrid_basic_auth"):
            value = getattr(self, name)
            if value is not None and ":" not in value:
                raise SettingsError(f"{name.upper()} must have the form user:password")

    @property
    def engine(self) -> str:
        """The agent engine in force: explicit AGENT_ENGINE, else Claude when a key is set, else rules."""
        if self.agent_engine:
            return self.agent_engine
        return "claude" if self.anthropic_api_key else "rules"

    @property
    def uses_local_reports(self) -> bool:
        return not (self.database_url or self.instance_connection_name)

    def replace(self, **changes) -> "Settings":
        return dataclasses.replace(self, **changes)
