"""The canonical inbound message every provider's payload is normalized into (parsed from real MIME)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

# The engines read at most this much body text (and HTML) of one email: the rules engine costs about 2.5 s per
# MB of text and Claude's context is finite, while real creditor mail stays far below (the dev sets' largest
# body is under 20,000 characters). Intake flags a longer body for review ("input limit hit: engine_text");
# the stored mail keeps it whole.
ENGINE_TEXT_CHARS = 200_000


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

    def exceeds_engine_text(self) -> bool:
        return len(self.text) > ENGINE_TEXT_CHARS or len(self.html or "") > ENGINE_TEXT_CHARS

    def for_engines(self) -> "InboundMail":
        """This mail with its text and HTML cut to what the engines read (ENGINE_TEXT_CHARS each)."""
        if not self.exceeds_engine_text():
            return self
        html = self.html[:ENGINE_TEXT_CHARS] if self.html else self.html
        return self.model_copy(update={"text": self.text[:ENGINE_TEXT_CHARS], "html": html})
