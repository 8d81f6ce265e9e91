"""Latency figures, computed one way for every eval and benchmark."""

from __future__ import annotations

from collections.abc import Sequence
from statistics import quantiles


def p50_p95(seconds: Sequence[float]) -> tuple[float, float]:
    """The median and the 95th percentile of some timings (one timing is both), interpolated
    between the timings measured, never beyond the slowest (a few timings are common here)."""
    cuts = quantiles(seconds, n=20, method="inclusive") if len(seconds) > 1 else [seconds[0]] * 19
    return cuts[9], cuts[18]
