"""Counters of what the reliability tests tried (kills, bad files, fuzz examples), printed at the end of the run."""
from __future__ import annotations

from collections import Counter

FIGURES: Counter[str] = Counter()


def record(name: str, n: int = 1) -> None:
    FIGURES[name] += n
