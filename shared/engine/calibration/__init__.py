"""Calibrated confidence: an engine's raw confidence mapped to the probability that a value is right, and the
threshold the auto-approval decision holds every stated field (and the intent) to.

The maps and the threshold are data, one file per engine beside this module (`rules.json`), fitted on labelled
out-of-sample predictions by `python -m tools.calibrate` (see `shared.evaluation.calibration`). An engine
without a file (Claude until labelled runs with a real API key exist) is not calibrated: `for_engine` gives
None and consolidation keeps its confidence routes. A file is read once, on first use, never at import.

A map is a step function from isotonic regression: each step starts at the lowest raw confidence of a block
of observations and holds that block's (smoothed) share of right values. A raw confidence between two observed
blocks gets the lower block's probability, one below every block gets 0: unseen territory is not trusted.
The threshold is None when the fit found none to use: then nothing is auto-approved.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

FOLDER = Path(__file__).parent


@dataclass(frozen=True)
class StepMap:
    """Raw confidence -> calibrated probability: `probabilities[i]` holds from `starts[i]` (ascending) on."""

    starts: tuple[float, ...]
    probabilities: tuple[float, ...]

    def __call__(self, raw: float) -> float:
        index = bisect_right(self.starts, raw) - 1
        return self.probabilities[index] if index >= 0 else 0.0


@dataclass(frozen=True)
class Calibration:
    """One engine's maps (by field name, "intent" included) and the threshold every stated field must reach."""

    engine: str
    maps: dict[str, StepMap]
    threshold: float | None

    def probability(self, name: str, raw: float) -> float:
        """The calibrated probability that field `name` stated at confidence `raw` is right."""
        return self.maps[name](raw)

    def below_threshold(self, raw_confidences: dict[str, float]) -> list[tuple[str, float]]:
        """The (name, calibrated probability) of each calibrated field among `raw_confidences` (stated fields
        and the intent) that does not reach the threshold; all of them when there is no threshold."""
        calibrated = [(name, self.probability(name, raw)) for name, raw in raw_confidences.items()
                      if name in self.maps]
        if self.threshold is None:
            return calibrated
        return [(name, probability) for name, probability in calibrated if probability < self.threshold]


def from_dict(data: dict) -> Calibration:
    """A Calibration from the JSON written by `python -m tools.calibrate`."""
    maps = {name: StepMap(tuple(step["from"] for step in steps), tuple(step["p"] for step in steps))
            for name, steps in data["maps"].items()}
    return Calibration(engine=data["engine"], maps=maps, threshold=data["decision"]["threshold"])


@lru_cache(maxsize=None)
def for_engine(engine: str) -> Calibration | None:
    """The calibration of `engine` ("rules", or "claude:<model>" for the family "claude"); None without a file."""
    path = FOLDER / f"{engine.split(':')[0]}.json"
    return from_dict(json.loads(path.read_text())) if path.is_file() else None
