"""Reliability tests: a store built once per module from the sample, and the closing figures."""
from __future__ import annotations

from reliability.figures import FIGURES


def pytest_terminal_summary(terminalreporter) -> None:
    if FIGURES:
        terminalreporter.write_sep("-", "reliability figures")
        for name, value in sorted(FIGURES.items()):
            terminalreporter.write_line(f"{name}: {value}")
