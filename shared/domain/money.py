"""Exact money amounts: Decimal end to end, two decimals, serialized as strings ("1234.56")."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Annotated

from pydantic import BeforeValidator, PlainSerializer

CENT = Decimal("0.01")


def to_amount(value: object) -> Decimal:
    """Parse a Decimal/str/int into a two-decimal Decimal. Floats are refused (they are not exact)."""
    if isinstance(value, float):
        raise ValueError("amounts must not be floats; pass a decimal string")
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, (str, int)):
        try:
            amount = Decimal(str(value).strip())
        except InvalidOperation:
            raise ValueError(f"not a decimal amount: {value!r}") from None
    else:
        raise ValueError(f"not a decimal amount: {value!r}")
    if not amount.is_finite():
        raise ValueError(f"not a finite amount: {value!r}")
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def format_amount(amount: Decimal) -> str:
    return f"{amount.quantize(CENT, rounding=ROUND_HALF_UP):f}"


Amount = Annotated[Decimal, BeforeValidator(to_amount), PlainSerializer(format_amount, return_type=str)]
