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
        margins = dict.fromkeys(self.classes, 0.0)
        by_feature = self._by_feature()
        for name in sorted(features):  # one lookup per feature; sorted: the same float sums in every process
            for label, weight in by_feature.get(name, ()):
                margins[label] += features[name] * weight
        margins = {label: self.bias.get(label, 0.0) + margin for label, margin in margins.items()}
        top = max(margins.values())
        exps = {label: math.exp(m - top) for label, m in margins.items()}
        total = sum(exps.values())
        return {label: e / total for label, e in exps.items()}

    def _by_feature(self) -> dict[str, tuple[tuple[str, float], ...]]:
        """feature -> ((label, weight), ...): the weights inverted once, so scoring reads each feature once."""
        cached = self.__dict__.get("_inverted")
        if cached is None:
            inverted: dict[str, list[tuple[str, float]]] = {}
            for label in self.classes:
                for name, weight in self.weights.get(label, {}).items():
                    inverted.setdefault(name, []).append((label, weight))
            cached = {name: tuple(pairs) for name, pairs in inverted.items()}
            object.__setattr__(self, "_inverted", cached)
        return cached


def from_dict(data: Mapping) -> LinearModel:
    return LinearModel(name=data["name"], classes=tuple(data["classes"]), weights=data["weights"], bias=data["bias"])


@lru_cache(maxsize=None)
def load(name: str) -> LinearModel | None:
    """The committed model `name` (shared/engine/learned/<name>.json), read on first use; None if there is none."""
    path = HERE / f"{name}.json"
    return from_dict(json.loads(path.read_text())) if path.exists() else None
