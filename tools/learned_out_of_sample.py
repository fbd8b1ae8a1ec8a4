"""`python -m tools.learned_out_of_sample`: the offline engine's out-of-sample predictions with its learned choices.

The calibration (tools/calibrate.py) must see the confidences the engine states. Since the intent, the debt
amount and the creditor are learned choices, their confidences are model probabilities, which the recorded
predictions of the rules engine (tests/agents_data/out_of_sample.json: the engine as committed when each batch
arrived) do not hold. This tool writes tests/agents_data/out_of_sample_learned.json: those recorded predictions
with the intent, the debt amount and the creditor (value and confidence) replaced by the held-out choices of the
learned models, each batch chosen by models trained on the other batches, and the references (values, the lowest
probability, and the review reason "possible reference not recognised" as the reference model decides it):

    python -m tools.train_intent --record tests/agents_data/intent_held_out.json
    python -m tools.train_choice --record tests/agents_data/choices_held_out.json
    python -m tools.learned_out_of_sample

The currency follows the learned amount as consolidation states it (`_amount_currency`). Review reasons stay as
recorded (a reason about a value the old engine gave may remain where the learned choice differs: conservative,
it keeps such an email from counting as auto-approved), except "missing required field", said again for the
learned intent and values as consolidation would say it, and a learned auto_reply, which states nothing (no field,
no client) as in the pipeline. The amount candidates come
from today's finders, which were tuned on dev..dev7 (in-sample there) and not on dev8..dev11.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "agents_data"
RECORDED = DATA / "out_of_sample.json"
INTENT = DATA / "intent_held_out.json"
CHOICES = DATA / "choices_held_out.json"
OUT = DATA / "out_of_sample_learned.json"


def merged(recorded: dict, intent: dict, choices: dict) -> dict:
    """`recorded` with each email's intent, debt_amount and creditor_name taken from the held-out learned choices."""
    out = {"engine": "rules", "made_by": "python -m tools.learned_out_of_sample",
           "about": "the rules engine's recorded out-of-sample predictions (out_of_sample.json) with the intent, "
                    "debt_amount and creditor_name of the learned models, held out by batch (intent_held_out.json, "
                    "choices_held_out.json)", "batches": {}}
    for batch, entry in recorded["batches"].items():
        emails = {}
        for name, predicted in entry["emails"].items():
            chosen_intent = intent["batches"][batch]["emails"][name]
            fields = dict(predicted.get("fields") or {})
            values = {}
            reasons = predicted.get("review_reason")
            for field, chosen in choices["batches"][batch][name].items():
                value = chosen["value"] if field != "reference_numbers" else chosen["value"] or []
                values[field] = value
                fields[field] = {**(fields.get(field) or {}), "value": value,
                                 "confidence": round(chosen["p"], 3) if value not in (None, []) else None}
                if field == "debt_amount":
                    _amount_currency(chosen, fields, values)
                if "unplaced_flag" in chosen:  # the reference model's verdict on the unplaced codes replaces the net's
                    reasons = _unplaced_reason(reasons, chosen["unplaced_flag"])
            reasons = _missing_required(reasons, chosen_intent["intent"], fields)
            if chosen_intent["intent"] == "auto_reply":
                values, fields, reasons = _nothing_extracted(predicted, fields, reasons)
            emails[name] = {**predicted, **values, "intent": chosen_intent["intent"], "review_reason": reasons,
                            "intent_confidence": round(chosen_intent["p"], 3), "fields": fields}
        out["batches"][batch] = {**entry, "emails": emails}
    return out


# Reasons about what extraction or matching found: an auto-reply has neither (see `_nothing_extracted`)
_FOUND_REASONS = ("missing required field", "possible reference not recognised", "amount stated but no total",
                  "total ", "conflicting totals", "no matching client", "ambiguous client match",
                  "unverified value", "ungrounded value")


def _nothing_extracted(predicted: dict, fields: dict, reasons: str | None) -> tuple[dict, dict, str | None]:
    """The values, fields and reasons of a report whose intent is auto_reply, as the pipeline makes it: extraction
    returns nothing for an automatic reply and matching reads nothing (`shared.stages.matching`), so every field
    and the client are null and no reason about a value or a client remains. A recorded prediction whose old
    intent was another one would otherwise keep the client it matched then."""
    values = {"client_id": None, "creditor_name": None, "debt_amount": None, "currency": None,
              "reference_numbers": [], "payment_deadline": None}
    emptied = {name: {**(found or {}), "value": [] if name == "reference_numbers" else None, "confidence": None}
               for name, found in {**(predicted.get("fields") or {}), **fields}.items()}
    kept = [r for r in (reasons or "").split("; ") if r and not r.startswith(_FOUND_REASONS)]
    return values, emptied, "; ".join(kept) or None


def _amount_currency(chosen: dict, fields: dict, values: dict) -> None:
    """The currency as consolidation states it with the learned amount: none without an amount; the currency
    written beside a chosen money mention (confidence MENTION_CURRENCY); else the recorded one."""
    from shared.engine.learned.choice import MENTION_CURRENCY

    if chosen["value"] is None:
        values["currency"] = None
        fields["currency"] = {**(fields.get("currency") or {}), "value": None, "confidence": None}
    elif chosen.get("currency"):
        values["currency"] = chosen["currency"]
        fields["currency"] = {**(fields.get("currency") or {}), "value": chosen["currency"],
                              "confidence": MENTION_CURRENCY}


def _missing_required(recorded: str | None, intent: str, fields: dict) -> str | None:
    """The recorded review reasons with "missing required field: X" said again as consolidation says it for the
    learned intent and values: for each field that intent requires and `fields` does not state."""
    from shared.domain.fields import required_for
    from shared.domain.review import reason

    kept = [r for r in (recorded or "").split("; ") if r and not r.startswith("missing required field")]
    missing = [name for name in required_for(intent) if (fields.get(name) or {}).get("value") in (None, "", [])]
    return "; ".join([*kept, *(reason("missing_required_field", name).render() for name in missing)]) or None


def _unplaced_reason(recorded: str | None, flagged: bool) -> str | None:
    """The recorded review reasons ("a; b") with "possible reference not recognised" there only when `flagged`."""
    from shared.domain.review import reason

    text = reason("unplaced_reference").render()
    kept = [r for r in (recorded or "").split("; ") if r and r != text]
    kept += [text] if flagged else []
    return "; ".join(kept) or None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.learned_out_of_sample", description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUT)
    args = parser.parse_args(argv)
    doc = merged(*(json.loads(path.read_text()) for path in (RECORDED, INTENT, CHOICES)))
    args.output.write_text(json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
