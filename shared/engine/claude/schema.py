"""The tools Claude must call, and the pydantic models that validate what it returns.

Two tools, one per stage: `classify_email` (intent) and `record_fields` (extraction). Their JSON schemas are
generated from the pydantic models below (`FieldsAnswer` has one property per field of the field table), so the
schema sent to the API and the validation applied to the answer cannot drift apart. A value is a string exactly
as the conventions ask (amount "1234.56", date "YYYY-MM-DD"); `quote` is the text as written in the source, used
to place the value's character span.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from shared.domain.fields import FIELDS as EXTRACTED_FIELDS
from shared.domain.results import Intent

__all__ = ["IntentAnswer", "FieldsAnswer", "Located", "ValidationError", "CLASSIFY_TOOL", "RECORD_TOOL"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class IntentAnswer(_Strict):
    """The intent of the email and why (short cue names, never copied email text)."""

    intent: Intent
    confidence: float = Field(ge=0, le=1)
    reasons: list[str] = Field(default_factory=list, max_length=5)


class Located(_Strict):
    """One value with where it was read: `source` is one of the source labels given in the request."""

    value: str = Field(min_length=1, max_length=200)
    source: str = Field(min_length=1, max_length=120)
    quote: str | None = Field(default=None, max_length=300)
    confidence: float = Field(ge=0, le=1)
    quoted_history: bool = False


class LocatedAmount(Located):
    value: str = Field(pattern=r"^\d{1,12}\.\d{2}$", description="decimal with '.' and two decimals: 1234.56")


class LocatedCurrency(Located):
    value: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code such as EUR")


class LocatedDate(Located):
    value: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")


LOCATED_BY_KIND: dict[str, type[Located]] = {
    "money": LocatedAmount, "currency": LocatedCurrency, "date": LocatedDate,
    "reference": Located, "person": Located, "organisation": Located,
}
MAX_LISTED = 20  # values of a list field (reference_numbers)


def _answer_fields() -> dict:
    """One property per field of the field table, in its order, shaped by the field's kind."""
    properties: dict = {}
    for field in EXTRACTED_FIELDS:
        located = LOCATED_BY_KIND[field.kind]
        properties[field.name] = ((list[located], Field(default_factory=list, max_length=MAX_LISTED)) if field.many
                                  else (located | None, None))
    return properties


FieldsAnswer = create_model(
    "FieldsAnswer", __base__=_Strict, __doc__=(
        "Every report field; null when the email does not state it (null is better than wrong). The value formats\n"
        "are JSON-schema patterns, so the model sees them in the tool definition and validation enforces them."),
    **_answer_fields(), total_not_stated=(bool, False))
"""Every field of the field table (`shared.domain.fields`), then total_not_stated."""


def _tool(name: str, description: str, model: type[BaseModel]) -> dict:
    return {"name": name, "description": description, "input_schema": model.model_json_schema()}


CLASSIFY_TOOL = _tool(
    "classify_email",
    "Record the main purpose (intent) of the creditor email, following the intent conventions.",
    IntentAnswer,
)
RECORD_TOOL = _tool(
    "record_fields",
    "Record the report fields found in the creditor email and its documents, following the field conventions. "
    "Use null for anything not stated; never compute or guess a value.",
    FieldsAnswer,
)
