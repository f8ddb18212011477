"""What the benchmark scripts share to report figures: quantiles and the summary table."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass


def percentile(values: Sequence[float], fraction: float) -> float:
    """The ``fraction`` quantile (inclusive method); the value itself for one sample."""
    if len(values) < 2:
        return values[0]
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return cuts[round(fraction * 100) - 1]


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the summary: a figure, its value, the target and the verdict."""

    figure: str
    value: str
    target: str
    verdict: str


def verdict(met: bool | None) -> str:
    return "-" if met is None else "met" if met else "NOT MET"


def print_table(rows: Sequence[Row]) -> None:
    headers = ("figure", "value", "target", "verdict")
    widths = [max(len(header), *(len(getattr(row, header)) for row in rows)) for header in headers]
    print("  ".join(f"{header:<{width}}" for header, width in zip(headers, widths, strict=True)))
    print("  ".join("-" * width for width in widths))
    for row in rows:
        cells = (row.figure, row.value, row.target, row.verdict)
        print("  ".join(f"{cell:<{width}}" for cell, width in zip(cells, widths, strict=True)))
