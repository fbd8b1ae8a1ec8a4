"""Provider adapters: turn a verified webhook request into the raw RFC 822 message (sans-I/O).

Raw beats parsed: whenever a provider sends the full MIME (Mailgun `body-mime`, SendGrid raw-mode `email`,
Postmark `RawEmail`, the raw relay) those exact bytes are used. Otherwise the message is rebuilt from the
parsed fields. Every failure is a RequestRejected: 400 for malformed input, 422 for well-formed payloads of
the wrong kind or shape (intake answers both with the provider's stop status).

`PROVIDERS` is the registry (see `spec.Provider`): one record per provider, from which intake's routes, the
development secrets, the deployment table and the example requests are derived.
"""

from __future__ import annotations

from shared.intake.providers import mailgun, postmark, raw, sendgrid
from shared.intake.providers.common import ProviderMessage
from shared.intake.providers.mailgun import mailgun_message, mailgun_signature_fields
from shared.intake.providers.postmark import postmark_message
from shared.intake.providers.raw import raw_message
from shared.intake.providers.sendgrid import sendgrid_message
from shared.intake.providers.spec import IncomingRequest, Provider

PROVIDERS: tuple[Provider, ...] = (mailgun.SPEC, sendgrid.SPEC, postmark.SPEC, raw.SPEC)
BY_PATH: dict[str, Provider] = {provider.path: provider for provider in PROVIDERS}
WEBHOOK_SECRETS: tuple[str, ...] = tuple(provider.secret_variable for provider in PROVIDERS)

__all__ = [
    "BY_PATH", "IncomingRequest", "PROVIDERS", "Provider", "ProviderMessage", "WEBHOOK_SECRETS", "mailgun_message",
    "mailgun_signature_fields", "postmark_message", "raw_message", "sendgrid_message",
]
