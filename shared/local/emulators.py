"""A production-like pipeline on one machine: every function served by functions-framework on its own port,
fed by Pub/Sub push subscriptions (with dead-letter and retry policies) on the official emulator, state in the
Firestore emulator, blobs in the GCS emulator, reports in a real PostgreSQL.

Used by `python main.py serve --emulators` and by the emulator end-to-end tests. The delivery model is the one
deployed: stages are HTTP functions behind our own push subscriptions, whose endpoint path is
`/projects/P/topics/T` so functions-framework turns the push envelope into a Pub/Sub CloudEvent.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from shared import chain
from shared.local.services import Service, free_port, wait_for_port

REPO_ROOT = Path(__file__).resolve().parents[2]
ENTRY_POINTS = {
    "intake": "http", "intent": "cloudevent", "extraction": "cloudevent", "consolidation": "cloudevent",
    "matching": "cloudevent", "report": "cloudevent", "dead_letter": "cloudevent",
}


@dataclass
class FunctionFleet:
    """The functions-framework processes serving each entry point."""

    services: dict[str, Service] = field(default_factory=dict)

    def url(self, entry_point: str) -> str:
        return f"http://{self.services[entry_point].host}"

    def stop(self) -> None:
        for service in self.services.values():
            service.stop()


def fixed_ports(intake: int, others_from: int, entry_points=tuple(ENTRY_POINTS)) -> dict[str, int]:
    """intake on `intake`, every other entry point on consecutive ports from `others_from` (ENTRY_POINTS order)."""
    others = [name for name in entry_points if name != "intake"]
    return {"intake": intake, **{name: others_from + i for i, name in enumerate(others)}}


def start_functions(env: dict[str, str], workdir: Path, entry_points=tuple(ENTRY_POINTS),
                    ports: dict[str, int] | None = None) -> FunctionFleet:
    """Serve each entry point of main.py with functions-framework (gunicorn), as Cloud Functions does, on
    `ports[name]` (any free port for a name not in `ports`)."""
    fleet = FunctionFleet()
    try:
        for name in entry_points:
            port = (ports or {}).get(name) or free_port()
            argv = [sys.executable, "-m", "functions_framework", f"--target={name}", "--source=main.py",
                    f"--signature-type={ENTRY_POINTS[name]}", "--host=127.0.0.1", f"--port={port}"]
            log = workdir / f"function-{name}.log"
            process = subprocess.Popen(argv, cwd=REPO_ROOT, env={**os.environ, **env}, start_new_session=True,
                                       stdout=open(log, "wb"), stderr=subprocess.STDOUT)
            fleet.services[name] = Service(name, f"127.0.0.1:{port}", process, log)
        for service in fleet.services.values():
            wait_for_port(int(service.host.rsplit(":", 1)[1]), service.process)
    except BaseException:
        fleet.stop()
        raise
    return fleet


def provision_pubsub(project: str, fleet: FunctionFleet, max_attempts: int = 5,
                     min_backoff: float = 10.0, max_backoff: float = 600.0, ack_deadline: int = 60) -> None:
    """Create every topic, each stage's push subscription with its dead-letter topic, and the dead-letter
    subscriptions that feed the `dead_letter` function (run against PUBSUB_EMULATOR_HOST)."""
    from google.cloud import pubsub_v1
    from google.protobuf import duration_pb2

    publisher, subscriber = pubsub_v1.PublisherClient(), pubsub_v1.SubscriberClient()
    retry = pubsub_v1.types.RetryPolicy(
        minimum_backoff=duration_pb2.Duration(seconds=int(min_backoff), nanos=int(min_backoff % 1 * 1e9)),
        maximum_backoff=duration_pb2.Duration(seconds=int(max_backoff)),
    )

    def push(subscription: str, topic: str, endpoint: str, dead_letter_topic: str | None) -> None:
        request = {
            "name": subscriber.subscription_path(project, subscription),
            "topic": publisher.topic_path(project, topic),
            "push_config": {"push_endpoint": f"{endpoint}/projects/{project}/topics/{topic}"},
            "ack_deadline_seconds": ack_deadline,
            "retry_policy": retry,
        }
        if dead_letter_topic:
            request["dead_letter_policy"] = {
                "dead_letter_topic": publisher.topic_path(project, dead_letter_topic),
                "max_delivery_attempts": max_attempts,
            }
        subscriber.create_subscription(request=request)

    for stage in chain.STAGES:
        publisher.create_topic(name=publisher.topic_path(project, stage.topic))
        publisher.create_topic(name=publisher.topic_path(project, stage.dead_letter_topic))
    for stage in chain.STAGES:
        push(stage.subscription, stage.topic, fleet.url(stage.name), stage.dead_letter_topic)
        push(chain.dead_letter_subscription(stage.dead_letter_topic), stage.dead_letter_topic,
             fleet.url(chain.DEAD_LETTER), None)
    subscriber.close()
