"""Inference for the linear models of `shared.engine.learned`: load an artifact once, score sparse features."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Mapping

HERE = Path(__file__).resolve().parent
Features = Mapping[str, float]


@dataclass(frozen=True)
class LinearModel:
    name: str
    classes: tuple[str, ...]
    weights: Mapping[str, Mapping[str, float]]
    bias: Mapping[str, float]

    def margin(self, label: str, features: Features) -> float:
        weights = self.weights.get(label, {})
        return self.bias.get(label, 0.0) + sum(value * weights.get(name, 0.0) for name, value in features.items())

    def probability(self, features: Features) -> float:
        """P(yes) of a binary model (classes ["no", "yes"])."""
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, self.margin("yes", features)))))

    def probabilities(self, features: Features) -> dict[str, float]:
        """Softmax over the classes of a multiclass model (scikit-learn's multinomial logistic regression)."""
        margins = {label: self.margin(label, features) for label in self.classes}
        top = max(margins.values())
        exps = {label: math.exp(m - top) for label, m in margins.items()}
        total = sum(exps.values())
        return {label: e / total for label, e in exps.items()}


def from_dict(data: Mapping) -> LinearModel:
    return LinearModel(name=data["name"], classes=tuple(data["classes"]), weights=data["weights"], bias=data["bias"])


@lru_cache(maxsize=None)
def load(name: str) -> LinearModel | None:
    """The committed model `name` (shared/engine/learned/<name>.json), read on first use; None if there is none."""
    path = HERE / f"{name}.json"
    return from_dict(json.loads(path.read_text())) if path.exists() else None
