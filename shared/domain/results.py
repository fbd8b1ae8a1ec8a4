"""What each stage appends to the envelope: intent, findings, consolidated fields, client match, failure."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from shared.domain.review import Reason

Intent = Literal[
    "debt_statement", "payment_plan_response", "rejection", "information_request", "auto_reply", "other"
]
INTENTS: tuple[str, ...] = (
    "debt_statement", "payment_plan_response", "rejection", "information_request", "auto_reply", "other"
)
Route = Literal["high", "medium", "low"]


class TokenUsage(BaseModel):
    """Tokens one stage spent (zero for the rules engine)."""

    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0

    @property
    def total(self) -> int:
        return self.input_tokens + self.output_tokens + self.cache_read_tokens + self.cache_write_tokens


class IntentResult(BaseModel):
    intent: Intent
    confidence: float
    reasons: list[str] = Field(default_factory=list)
    engine: str = "rules"
    usage: TokenUsage = Field(default_factory=TokenUsage)


class Finding(BaseModel):
    """One candidate value found in one source. `span` is the [start, end) offset in that source's text."""

    field: str
    value: str
    confidence: float
    source: str
    span: tuple[int, int] | None = None
    quoted: bool = False
    note: str | None = None


class ExtractionResult(BaseModel):
    findings: list[Finding] = Field(default_factory=list)
    sources_processed: list[str] = Field(default_factory=list)
    review_reasons: list[Reason] = Field(default_factory=list)
    engine: str = "rules"
    usage: TokenUsage = Field(default_factory=TokenUsage)


class FieldValue(BaseModel):
    """A consolidated field: one value with its confidence, where it came from and which engine found it."""

    value: str | list[str] | None
    confidence: float
    source: str | None = None
    span: tuple[int, int] | None = None
    engine: str | None = None


class Consolidation(BaseModel):
    fields: dict[str, FieldValue] = Field(default_factory=dict)
    missing_fields: list[str] = Field(default_factory=list)
    overall_confidence: float = 0.0
    confidence_route: Route = "low"
    review_reasons: list[Reason] = Field(default_factory=list)


class Candidate(BaseModel):
    client_id: str
    name: str
    score: float
    evidence: list[str] = Field(default_factory=list)


class MatchResult(BaseModel):
    client_id: str | None = None
    client_name: str | None = None
    score: float = 0.0
    candidates: list[Candidate] = Field(default_factory=list)
    review_reason: Reason | None = None


class Failure(BaseModel):
    """Why an email could not be processed. Never holds email text."""

    stage: str
    error_class: str
    message: str
