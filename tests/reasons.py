"""Review reasons as the sentences a person reads, for tests that state them as text (`shared.domain.review`)."""

from __future__ import annotations

from shared.domain.review import ReviewReason


def said(reasons: list[ReviewReason] | ReviewReason | None) -> list[str] | str | None:
    """Each reason rendered (a single reason, or None, as itself rendered)."""
    if reasons is None or isinstance(reasons, ReviewReason):
        return reasons and reasons.render()
    return [reason.render() for reason in reasons]
