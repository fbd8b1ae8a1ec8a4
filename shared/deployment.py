"""What each deployed function is and needs: its trigger, what it publishes, its secrets and settings, and the
cloud services it touches. infra/ and cloudbuild.yaml must agree with this table; tests/deploy checks that
they do, and that the table agrees with main.py and the chain's table (shared/chain.py).

Delivery model (one for every stage): stages are authenticated HTTP functions fed by our own Pub/Sub push
subscriptions (OIDC token of the push service account, dead-letter policy, retry policy), with the push
endpoint path `/projects/P/topics/T` so functions-framework turns the envelope into a Pub/Sub CloudEvent.
Chosen over Eventarc triggers because Terraform can give our subscriptions a dead-letter policy, so no
post-deploy patching is needed and no stage ever has two subscriptions.
"""

from __future__ import annotations

from dataclasses import dataclass

from shared import chain, topics
from shared.intake.providers import WEBHOOK_SECRETS
from shared.runtime import scheduled_replay

COMMON_ENV = ("RUNTIME", "GOOGLE_CLOUD_PROJECT", "BLOB_BUCKET", "SENTRY_RELEASE", "SENTRY_ENVIRONMENT")
COMMON_SECRETS = ("SENTRY_DSN",)
DATABASE_ENV = ("INSTANCE_CONNECTION_NAME", "DB_USER", "DB_NAME")
AGENT_ENV = ("AGENT_ENGINE", "CLAUDE_INTENT_MODEL", "CLAUDE_EXTRACTION_MODEL")


# Where shared/stages/documents.py keeps the text it extracted from a PDF attachment (tests/deploy checks it).
PDF_TEXT_CACHE_PREFIX = "pdf-text/"

# Stages that may call Claude: one attempt of up to CLAUDE_TIMEOUT_SECONDS (60; no SDK retries by default) plus
# PDF loading and the rest of the stage must fit in the function timeout, with room to spare below the ack deadline.
CLAUDE_STAGE_TIMEOUT_SECONDS = 240


@dataclass(frozen=True)
class FunctionSpec:
    name: str                      # entry point in main.py and deployed function name (suffixed per environment)
    signature: str                 # "http" or "cloudevent"
    consumes: tuple[str, ...]      # topics whose push subscriptions feed it (none: public HTTP)
    publishes: tuple[str, ...]
    secrets: tuple[str, ...] = ()
    env: tuple[str, ...] = ()
    uses_sql: bool = False
    public: bool = False
    scheduled: bool = False        # called by Cloud Scheduler (OIDC of the scheduler's account), not by a push
    iap: bool = False              # people's pages behind Identity-Aware Proxy on its Cloud Run service: ingress
                                   # `all`, only IAP's service agent may invoke it, access granted per caseworker
    blob_write_prefix: str = ""    # the only objects it may create in the blob bucket ("": any, e.g. claim checks)
    memory: str = "512Mi"
    timeout_seconds: int = 60

    @property
    def all_secrets(self) -> tuple[str, ...]:
        return COMMON_SECRETS + self.secrets

    @property
    def all_env(self) -> tuple[str, ...]:
        return COMMON_ENV + self.env


def _stage(stage: chain.Stage, **extra) -> FunctionSpec:
    publishes = tuple(t for t in (stage.next_topic, topics.REPORT) if t and t != stage.topic)
    return FunctionSpec(stage.name, "cloudevent", (stage.topic,), publishes, **extra)


FUNCTIONS: dict[str, FunctionSpec] = {spec.name: spec for spec in (
    FunctionSpec("intake", "http", (), (topics.INTAKE_TOPIC,), secrets=WEBHOOK_SECRETS, public=True),
    _stage(chain.INTENT, secrets=("ANTHROPIC_API_KEY",), env=AGENT_ENV, timeout_seconds=CLAUDE_STAGE_TIMEOUT_SECONDS),
    _stage(chain.EXTRACTION, secrets=("ANTHROPIC_API_KEY",), env=AGENT_ENV, memory="1Gi",
           timeout_seconds=CLAUDE_STAGE_TIMEOUT_SECONDS),
    _stage(chain.CONSOLIDATION),
    _stage(chain.MATCHING, secrets=("MONGODB_URI",)),
    _stage(chain.REPORT, secrets=("DB_PASS",), env=DATABASE_ENV, uses_sql=True),
    FunctionSpec(chain.DEAD_LETTER, "cloudevent", chain.DEAD_LETTER_TOPICS, (), secrets=("DB_PASS",), env=DATABASE_ENV,
                 uses_sql=True),
    # The scheduled replay (shared/runtime/scheduled_replay.py): reads failed reports, republishes a failed
    # stage's kept input to that stage's topic.
    FunctionSpec("replay", "http", (), tuple(stage.topic for stage in chain.STAGES), secrets=("DB_PASS",),
                 env=DATABASE_ENV, uses_sql=True, scheduled=True, timeout_seconds=240),
    # The caseworkers' review pages (shared/review): read reports and the email, write reviews to Cloud SQL; in
    # the blob bucket they write only the PDF-text cache (shared/stages/documents.py) of an email's attachments.
    FunctionSpec("review", "http", (), (), secrets=("DB_PASS", "REVIEW_CSRF_SECRET"),
                 env=DATABASE_ENV + ("REVIEW_IAP_AUDIENCE",), uses_sql=True, iap=True,
                 blob_write_prefix=PDF_TEXT_CACHE_PREFIX),
)}

# Deploy consumers before producers, so nothing publishes to a topic whose consumer is not deployed yet.
DEPLOY_ORDER = ("dead_letter", "report", "matching", "consolidation", "extraction", "intent", "intake", "replay",
                "review")

# The replay function's schedule (Cloud Scheduler in infra/scheduler.tf, and the Sentry Crons monitor).
REPLAY_SCHEDULE = scheduled_replay.REPLAY_SCHEDULE

# The push subscriptions' ack deadline; every stage's timeout must stay below it.
ACK_DEADLINE_SECONDS = 300
