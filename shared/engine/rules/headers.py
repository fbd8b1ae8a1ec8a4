"""Automatic replies by their headers (RFC 3834 Auto-Submitted, X-Autoreply/X-Autorespond, Precedence): decisive
for every engine, and cheap to import (no patterns compiled)."""

from __future__ import annotations


def auto_reply_header(headers: dict[str, str]) -> str | None:
    """The header cue that marks an automatic reply ("header:auto-submitted", ...), or None."""
    lowered = {k.lower(): (v or "").strip().lower() for k, v in headers.items()}
    if lowered.get("auto-submitted", "no") not in ("no", ""):
        return "header:auto-submitted"
    for name in ("x-autoreply", "x-autorespond"):
        if name in lowered:
            return f"header:{name}"
    if lowered.get("precedence") in ("auto_reply", "bulk", "junk"):
        return "header:precedence"
    return None
