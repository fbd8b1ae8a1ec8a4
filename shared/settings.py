"""Typed settings, read once from the environment.

Every knob of the product is a field of `Settings`, and `VARIABLES` says which environment variable fills which
field and how it is read; README's settings table lists them all. Each default is written once, as the field's
default (the MAX_* parse limits: ParseLimits' own). `SETTING_VARIABLES` is every variable read here (tests clear
them so a developer's shell cannot leak in).

Precedence follows functions-framework: an explicit argument to `Settings.from_env(overrides=...)` beats the
environment, which beats the default. Reading settings has no side effects (it never writes `os.environ`).

Errors: every problem is one line naming the variable ("MAX_BODY_BYTES: expected a whole number of bytes, got
'25MB'"), and all problems are reported at once in one SettingsError. Values are checked when read; what a
dependency needs beyond that (RUNTIME=gcp needs BLOB_BUCKET for blobs) is checked by `require`, only for the
dependencies a caller uses, so `breaker status` does not ask for a bucket it never touches.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Mapping

from shared.mail.limits import ParseLimits


class SettingsError(ValueError):
    """Settings that cannot work; `problems` holds one line per problem, each naming its variable."""

    def __init__(self, problems: str | Iterable[str]):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))


class _Bad(ValueError):
    """A value that cannot be read; the message says what was expected."""


def _text(raw: str) -> str:
    return raw


def _path(raw: str) -> Path:
    return Path(raw)


def _whole(unit: str = "") -> Callable[[str], int]:
    def read(raw: str) -> int:
        try:
            return int(raw)
        except ValueError:
            raise _Bad(f"expected a whole number{' of ' + unit if unit else ''}, got {raw!r}") from None
    return read


def _number(unit: str = "") -> Callable[[str], float]:
    def read(raw: str) -> float:
        try:
            return float(raw)
        except ValueError:
            raise _Bad(f"expected a number{' of ' + unit if unit else ''}, got {raw!r}") from None
    return read


def _bool(raw: str) -> bool:
    if raw.lower() in ("1", "true", "yes", "on"):
        return True
    if raw.lower() in ("0", "false", "no", "off"):
        return False
    raise _Bad(f"expected true or false, got {raw!r}")


# Environment variable -> (Settings field, reader). The default is the field's (see Settings).
VARIABLES: dict[str, tuple[str, Callable[[str], object]]] = {
    "GOOGLE_CLOUD_PROJECT": ("project", _text),
    "RUNTIME": ("runtime", _text),
    "LOCAL_DATA_DIR": ("local_data_dir", _path),
    "STATE_COLLECTION_PREFIX": ("state_prefix", _text),
    "DATABASE_URL": ("database_url", _text),
    "INSTANCE_CONNECTION_NAME": ("instance_connection_name", _text),
    "DB_USER": ("db_user", _text),
    "DB_PASS": ("db_pass", _text),
    "DB_NAME": ("db_name", _text),
    "DB_IAM_AUTH": ("db_iam_auth", _bool),
    "MONGODB_URI": ("mongodb_uri", _text),
    "MONGODB_DATABASE": ("mongodb_database", _text),
    "BLOB_BUCKET": ("blob_bucket", _text),
    "MAILGUN_SIGNING_KEY": ("mailgun_signing_key", _text),
    "POSTMARK_BASIC_AUTH": ("postmark_basic_auth", _text),
    "SENDGRID_BASIC_AUTH": ("sendgrid_basic_auth", _text),
    "SENDGRID_PARSE_PUBLIC_KEY": ("sendgrid_parse_public_key", _text),
    "RAW_WEBHOOK_SECRET": ("raw_webhook_secret", _text),
    "MAILGUN_MAX_AGE_SECONDS": ("mailgun_max_age_seconds", _whole("seconds")),
    "MAX_BODY_BYTES": ("max_body_bytes", _whole("bytes")),
    "INTAKE_BUDGET_SECONDS": ("intake_budget_seconds", _number("seconds")),
    "ANTHROPIC_API_KEY": ("anthropic_api_key", _text),
    "AGENT_ENGINE": ("agent_engine", _text),
    "ANTHROPIC_BASE_URL": ("anthropic_base_url", _text),
    "CLAUDE_INTENT_MODEL": ("claude_intent_model", _text),
    "CLAUDE_EXTRACTION_MODEL": ("claude_extraction_model", _text),
    "CLAUDE_TIMEOUT_SECONDS": ("claude_timeout_seconds", _number("seconds")),
    "CLAUDE_MAX_RETRIES": ("claude_max_retries", _whole()),
    "CLAUDE_TRUST": ("claude_trust", _text),
    "SENTRY_DSN": ("sentry_dsn", _text),
    "SENTRY_RELEASE": ("sentry_release", _text),
    "SENTRY_ENVIRONMENT": ("sentry_environment", _text),
    "SENTRY_TRACES_SAMPLE_RATE": ("sentry_traces_sample_rate", _number()),
    "SENTRY_PROFILES_SAMPLE_RATE": ("sentry_profiles_sample_rate", _number()),
    "REPORT_TZ": ("report_tz", _text),
    "MAX_DELIVERY_ATTEMPTS": ("max_delivery_attempts", _whole()),
    "RETRY_MIN_BACKOFF_SECONDS": ("retry_min_backoff_seconds", _number("seconds")),
    "RETRY_MAX_BACKOFF_SECONDS": ("retry_max_backoff_seconds", _number("seconds")),
    "MAX_EVENT_AGE_SECONDS": ("max_event_age_seconds", _whole("seconds")),
    "REPLAY_MAX_PER_RUN": ("replay_max_per_run", _whole()),
    "REVIEW_IAP_AUDIENCE": ("review_iap_audience", _text),
    "REVIEW_CSRF_SECRET": ("review_csrf_secret", _text),
    "REVIEW_DEV_USER": ("review_dev_user", _text),
    "AUDIT_SAMPLE_RATE": ("audit_sample_rate", _number()),
    "PUBSUB_EMULATOR_HOST": ("pubsub_emulator_host", _text),
    "FIRESTORE_EMULATOR_HOST": ("firestore_emulator_host", _text),
    "STORAGE_EMULATOR_HOST": ("storage_emulator_host", _text),
}

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

SETTING_VARIABLES: tuple[str, ...] = (*VARIABLES, *PARSE_LIMIT_VARIABLES)

# CLAUDE_TRUST=calibrated needs this file: Claude's per-field calibration (written by `python -m tools.calibrate`).
CLAUDE_CALIBRATION_FILE = Path(__file__).resolve().parent / "engine" / "calibration" / "claude.json"

# What each dependency needs beyond readable values, checked by Settings.require (see there).
DEPENDENCIES = ("blobs", "reports")


def _raw(env: Mapping[str, str], name: str) -> str | None:
    """The variable's value, stripped; None when unset or blank (blank means "use the default")."""
    value = env.get(name)
    if value is None or value.strip() == "":
        return None
    return value.strip()


def _parse_limits(env: Mapping[str, str], problems: list[str]) -> ParseLimits:
    defaults = ParseLimits()
    values = {}
    for variable, name in PARSE_LIMIT_VARIABLES.items():
        raw = _raw(env, variable)
        if raw is None:
            values[name] = getattr(defaults, name)
            continue
        try:
            value = _whole()(raw)
            if value < 1:
                raise _Bad(f"expected a positive whole number, got {raw!r}")
            ParseLimits(**{name: value})
        except _Bad as exc:
            problems.append(f"{variable}: {exc}")
        except ValueError as exc:  # ParseLimits' own bound, e.g. max_depth
            problems.append(f"{variable}: {str(exc).replace(f'ParseLimits.{name} ', '')}, got {raw!r}")
        else:
            values[name] = value
    return ParseLimits(**values)


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
    # When a Claude value may go unreviewed: "agree" (the offline engine reads the same value) or "calibrated"
    # (the calibration fitted on labelled runs with a real key, CLAUDE_CALIBRATION_FILE; none committed yet).
    claude_trust: str = "agree"
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
    # Emails the scheduled replay (the `replay` function) republishes at most per run.
    replay_max_per_run: int = 50
    # The caseworker review function (shared/review): the IAP audience its JWT must carry in the cloud
    # (/projects/NUMBER/locations/REGION/services/SERVICE), the key of its CSRF tokens, the local caseworker.
    review_iap_audience: str | None = None
    review_csrf_secret: str | None = field(default=None, repr=False)
    review_dev_user: str = "caseworker@localhost"
    # Share of the auto-approved reports that also go to a caseworker's audit (shared.domain.audit).
    audit_sample_rate: float = 0.05
    # Emulators (standard Google variables; their presence selects nothing by itself).
    pubsub_emulator_host: str | None = None
    firestore_emulator_host: str | None = None
    storage_emulator_host: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides) -> "Settings":
        """Build settings from `env` (default: os.environ); keyword overrides (by field name) win over the
        environment. Raises SettingsError listing every value that cannot be read or cannot work."""
        env = os.environ if env is None else env
        problems: list[str] = []
        values: dict[str, object] = {}
        for variable, (name, read) in VARIABLES.items():
            raw = _raw(env, variable)
            if raw is None or name in overrides:
                continue
            try:
                values[name] = read(raw)
            except _Bad as exc:
                problems.append(f"{variable}: {exc}")
        if "parse_limits" not in overrides:
            values["parse_limits"] = _parse_limits(env, problems)
        values.update(overrides)
        settings = cls(**values)
        problems += settings.problems()  # a value that could not be read kept its (valid) default
        if problems:
            raise SettingsError(problems)
        return settings

    def problems(self) -> list[str]:
        """Values that were read but cannot work, one line each naming the variable."""
        out = []
        if self.runtime not in ("local", "gcp"):
            out.append(f"RUNTIME: expected 'local' or 'gcp', got {self.runtime!r}")
        if self.agent_engine not in (None, "rules", "claude"):
            out.append(f"AGENT_ENGINE: expected 'rules' or 'claude', got {self.agent_engine!r}")
        if self.claude_timeout_seconds <= 0:
            out.append(f"CLAUDE_TIMEOUT_SECONDS: expected more than 0, got {self.claude_timeout_seconds:g}")
        if self.claude_trust not in ("agree", "calibrated"):
            out.append(f"CLAUDE_TRUST: expected 'agree' or 'calibrated', got {self.claude_trust!r}")
        elif self.claude_trust == "calibrated" and not CLAUDE_CALIBRATION_FILE.is_file():
            out.append("CLAUDE_TRUST: calibrated needs shared/engine/calibration/claude.json and no Claude calibration "
                       "is committed (it is fitted by python -m tools.calibrate on labelled runs with a real "
                       "ANTHROPIC_API_KEY); use agree")
        if self.claude_max_retries < 0:
            out.append(f"CLAUDE_MAX_RETRIES: expected 0 or more, got {self.claude_max_retries}")
        if not 0 < self.intake_budget_seconds <= 50:
            out.append(f"INTAKE_BUDGET_SECONDS: expected more than 0 and at most 50 (the platform timeout is 60), "
                       f"got {self.intake_budget_seconds:g}")
        if self.max_body_bytes < 1:
            out.append(f"MAX_BODY_BYTES: expected a positive whole number of bytes, got {self.max_body_bytes}")
        if not 0 <= self.audit_sample_rate <= 1:
            out.append(f"AUDIT_SAMPLE_RATE: expected a share from 0 to 1 (0.05 = 5%), got {self.audit_sample_rate:g}")
        if self.max_delivery_attempts < 1:
            out.append(f"MAX_DELIVERY_ATTEMPTS: expected at least 1, got {self.max_delivery_attempts}")
        for name in ("postmark_basic_auth", "sendgrid_basic_auth"):
            value = getattr(self, name)
            if value is not None and ":" not in value:
                out.append(f"{name.upper()}: expected the form user:password")  # never echo a secret
        try:
            from zoneinfo import ZoneInfo

            ZoneInfo(self.report_tz)
        except (ValueError, KeyError, OSError):  # ZoneInfoNotFoundError is a KeyError
            out.append(f"REPORT_TZ: expected an IANA time zone such as Europe/Berlin, got {self.report_tz!r}")
        return out

    def require(self, *uses: str) -> None:
        """Raise SettingsError when a dependency in `uses` (see DEPENDENCIES) cannot be built from these
        settings. Each caller names only what it uses: `reports list` asks for "reports", never "blobs"."""
        unknown = set(uses) - set(DEPENDENCIES)
        if unknown:
            raise TypeError(f"unknown dependencies {sorted(unknown)}")
        problems = []
        if "blobs" in uses and self.runtime == "gcp" and not self.blob_bucket:
            problems.append("BLOB_BUCKET: required with RUNTIME=gcp (raw mail and attachments go to Cloud Storage)")
        if "reports" in uses:
            if self.runtime == "gcp" and self.uses_local_reports:
                problems.append("DATABASE_URL or INSTANCE_CONNECTION_NAME: required with RUNTIME=gcp "
                                "(the report store is Postgres)")
            if self.instance_connection_name and not self.database_url:
                if not self.db_user or not self.db_name:
                    problems.append("DB_USER and DB_NAME: required with INSTANCE_CONNECTION_NAME")
                if not self.db_iam_auth and not self.db_pass:
                    problems.append("DB_PASS: required with INSTANCE_CONNECTION_NAME (or DB_IAM_AUTH=true)")
        if problems:
            raise SettingsError(problems)

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
