"""Recognise payloads of another kind posted to an inbound route, so the 422 says what was received:
Amazon SNS (SES receipt notifications, subscription confirmations), Mandrill inbound events, SendGrid's
Event Webhook, Mailgun event webhooks and Postmark's non-inbound webhooks.
"""

from __future__ import annotations

from typing import Any

from shared.errors import RequestRejected
from shared.intake.forms import FormData

_SNS_TYPES = {"Notification", "SubscriptionConfirmation", "UnsubscribeConfirmation"}


def describe_json(document: Any) -> str | None:
    """A short description of a known non-inbound JSON payload, else None."""
    if isinstance(document, dict):
        return _describe_object(document)
    if isinstance(document, list) and document and isinstance(document[0], dict):
        first = document[0]
        if first.get("event") == "inbound" or "msg" in first:
            return "a Mandrill webhook event batch"
        if "sg_event_id" in first or "sg_message_id" in first:
            return "a SendGrid Event Webhook batch (delivery events)"
    return None


def _describe_object(document: dict) -> str | None:
    sns_type = document.get("Type")
    if isinstance(sns_type, str) and sns_type in _SNS_TYPES and ("TopicArn" in document or "SignatureVersion" in document):
        return f"an Amazon SNS {sns_type}"
    if "notificationType" in document and "mail" in document:
        return "an Amazon SES notification"
    if "event-data" in document:
        return "a Mailgun event webhook"
    record_type = document.get("RecordType")
    if isinstance(record_type, str) and record_type.lower() != "inbound":
        return f"a Postmark {record_type[:40]} webhook"
    if "mandrill_events" in document:
        return "a Mandrill webhook"
    return None


def describe_form(form: FormData, expected: str) -> str | None:
    """A short description of a known payload of another provider posted as a form, else None."""
    if form.has("mandrill_events"):
        return "a Mandrill webhook"
    if expected != "mailgun" and (form.has("body-mime") or form.has("message-headers")):
        return "a Mailgun route payload"
    if expected != "sendgrid" and (form.has("charsets") or form.has("email") and form.has("envelope")):
        return "a SendGrid Inbound Parse payload"
    return None


def reject_foreign(description: str | None, expected: str) -> None:
    if description:
        raise RequestRejected(422, f"this is {description}, not {expected}")
