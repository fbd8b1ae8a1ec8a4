"""The canonical inbound message every provider's payload is normalized into (parsed from real MIME)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class Attachment(BaseModel):
    """An attachment stored in the blob store under a content-addressed key."""

    filename: str
    content_type: str
    size: int
    sha256: str
    blob_key: str


class InboundMail(BaseModel):
    """One email as the stages read it. Bodies live here; the envelope only references this document."""

    from_address: str | None = None
    from_name: str | None = None
    to: list[str] = Field(default_factory=list)
    cc: list[str] = Field(default_factory=list)
    reply_to: str | None = None
    subject: str = ""
    date: datetime | None = None
    message_id: str | None = None
    in_reply_to: str | None = None
    headers: dict[str, str] = Field(default_factory=dict)
    text: str = ""
    html: str | None = None
    attachments: list[Attachment] = Field(default_factory=list)
    defects: list[str] = Field(default_factory=list)
