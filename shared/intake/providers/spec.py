"""What intake needs to know about one mail provider, in one record: its route, the content types it posts,
the secret that authenticates it, how to verify and read a request, and its two answers.

Providers act on our status codes, and each reads them its own way, so intake never answers a provider with
a status whose meaning for *that* provider is not the one intended:
- `stop_status` ends the provider's retries: used when nothing usable arrived (not an email, a malformed
  payload, a body over the size limit) — retrying can never help.
- `retry_status` (with `Retry-After`) makes it try again soon: used while another delivery of the same email
  holds its claim. A dependency of ours that is down is answered 503 for every provider.
- Authentication failures are 401 on every route (no provider treats 401 as "stop" except SendGrid, which
  drops every 4xx): a misconfigured secret must not make Mailgun or Postmark give the mail up.

Adding a provider is one module with a `SPEC` plus its secret in infra/: routes, development secrets, the
deployment table and the example requests all derive from the records in `shared.intake.providers.PROVIDERS`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Mapping, Protocol

from shared.intake.providers.common import ProviderMessage


@dataclass(frozen=True)
class IncomingRequest:
    """The parts of an HTTP request a provider reads (sans-I/O: tests build one directly)."""

    headers: Mapping[str, str]
    content_type: str  # the full Content-Type header, parameters included
    body: bytes


class Reader(Protocol):
    def __call__(self, request: IncomingRequest, secret: str, settings, now: datetime) -> ProviderMessage:
        """Verify the sender and return the message. Raises RequestRejected."""


@dataclass(frozen=True)
class Provider:
    name: str
    path: str
    content_types: tuple[str, ...]
    secret_variable: str  # the environment variable (and Secret Manager secret) holding its credential
    read: Reader
    stop_status: int
    retry_status: int
    statuses_documented_at: str  # where the provider says how it treats our statuses
    example: Callable[[str, Path, str], str]  # (base URL, .eml file, secret) -> a shell command that posts it
    basic_auth_user: str | None = None  # set for providers authenticated by HTTP Basic (the dev secret's user)
    retry_after_seconds: int = 60
    stops_on_any_4xx: bool = False  # the provider gives up on every 4xx, not only on `stop_status`

    def stops_on(self, status: int) -> bool:
        """Whether answering `status` ends this provider's retries."""
        return status == self.stop_status or (self.stops_on_any_4xx and 400 <= status < 500)

    @property
    def secret_setting(self) -> str:
        """The Settings attribute holding the secret (the variable's name in lower case)."""
        return self.secret_variable.lower()
