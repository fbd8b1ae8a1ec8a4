"""Comparing a retrained model artifact with the committed one: the same keys, labels, features and metadata, and
weights equal up to the last digits. The BLAS kernels scikit-learn reaches through numpy differ between CPUs, so
a retrain on another machine can move a weight by one unit in its last rounded digit (seen: 1368 of 99,978 intent
weights by 1e-6); that is reproduction, a different feature set or a weight moved further is not."""

from __future__ import annotations

import json
from pathlib import Path


def differences(made, committed, tolerance: float, where: str = "") -> list[str]:
    """Where `made` and `committed` (parsed JSON) differ beyond `tolerance` for numbers, exactly for the rest."""
    if isinstance(made, dict) and isinstance(committed, dict):
        out = [f"{where}/{key}: only in one" for key in sorted(set(made) ^ set(committed))]
        for key in sorted(set(made) & set(committed)):
            out += differences(made[key], committed[key], tolerance, f"{where}/{key}")
        return out
    if isinstance(made, list) and isinstance(committed, list):
        if len(made) != len(committed):
            return [f"{where}: {len(made)} items against {len(committed)}"]
        return [d for i, (a, b) in enumerate(zip(made, committed))
                for d in differences(a, b, tolerance, f"{where}[{i}]")]
    numbers = (int, float)
    if isinstance(made, numbers) and isinstance(committed, numbers) and not isinstance(made, bool):
        return [] if abs(made - committed) <= tolerance else [f"{where}: {made} against {committed}"]
    return [] if made == committed else [f"{where}: {made!r} against {committed!r}"]


def assert_reproduces(made: Path, committed: Path, tolerance: float) -> None:
    found = differences(json.loads(made.read_text()), json.loads(committed.read_text()), tolerance)
    assert not found, f"run make train: {committed.name} differs: {found[:5]} ({len(found)} in all)"
