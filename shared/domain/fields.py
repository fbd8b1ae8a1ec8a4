"""The one table of extracted fields: what each is, how it is checked, when it is required, where it is stored.

Every consumer derives from `FIELDS` instead of keeping its own list: consolidation (which fields a report has,
which an intent requires), grounding (the kind a value must read as), the Claude tool schema and prompt, the
agreement check between engines (how two readings compare, by kind), the report (its columns) and `eval` (which
fields it scores). Adding a field is one entry here plus a finder in an engine; tests/test_fields.py fails when a
consumer does not know a field of this table.

Kinds: money (a decimal amount "1234.56"), currency (an ISO 4217 code), reference (a code as written), person,
organisation, date (an ISO date "YYYY-MM-DD"). `many` marks a field whose value is a list (one finding each).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["money", "currency", "reference", "person", "organisation", "date"]
Scored = Literal["always", "where labelled"]


@dataclass(frozen=True)
class ExtractedField:
    """One report field.

    name: the consolidated (report) field; finding: the name an engine's findings carry (one per list item);
    required_for: the intents whose reports go to review without it; column: the report has a column of this
    name; scored: `eval` compares it with the truth file — "always" (a missing key is a null truth) or "where
    labelled" (only emails whose truth file has the key).
    """

    name: str
    kind: Kind
    finding: str = ""
    many: bool = False
    required_for: tuple[str, ...] = ()
    column: bool = False
    scored: Scored | None = None

    def __post_init__(self):
        if not self.finding:
            object.__setattr__(self, "finding", self.name)


_NEEDS_A_DEBTOR = ("debt_statement", "payment_plan_response", "rejection", "information_request")

FIELDS: tuple[ExtractedField, ...] = (
    ExtractedField("creditor_name", "organisation", required_for=_NEEDS_A_DEBTOR, column=True, scored="always"),
    ExtractedField("debt_amount", "money", required_for=("debt_statement",), column=True, scored="always"),
    ExtractedField("currency", "currency", column=True, scored="always"),
    ExtractedField("reference_numbers", "reference", finding="reference_number", many=True,
                   required_for=("debt_statement",), column=True),
    ExtractedField("debtor_name", "person", required_for=_NEEDS_A_DEBTOR),
    ExtractedField("debtor_date_of_birth", "date"),
    ExtractedField("payment_deadline", "date", column=True, scored="where labelled"),
)
"""In report order. reference_numbers is scored by eval on its own (precision/recall of the list); the debtor's
name by the client it leads to (client_id)."""

FIELD_NAMES: tuple[str, ...] = tuple(field.name for field in FIELDS)
BY_NAME: dict[str, ExtractedField] = {field.name: field for field in FIELDS}
BY_FINDING: dict[str, ExtractedField] = {field.finding: field for field in FIELDS}
COLUMNS: tuple[str, ...] = tuple(field.name for field in FIELDS if field.column)


def required_for(intent: str) -> tuple[str, ...]:
    """The fields a report of `intent` needs (in table order); () for an intent that needs none."""
    return tuple(field.name for field in FIELDS if intent in field.required_for)
