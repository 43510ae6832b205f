"""Colour classes for choropleths: quantile classes so outliers do not wash out the rest.

Astana and Almaty gain tens of thousands of people a year while most oblasts lose a few
thousand; a continuous scale would paint every oblast the same pale red. Classes built
from quantiles (separately on each side of zero for diverging indicators) keep the
differences between ordinary regions visible, and the legend states the class limits.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

# ColorBrewer schemes marked colour-blind safe (colorbrewer2.org).
SEQUENTIAL = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"]  # YlGnBu 5
DIVERGING_NEGATIVE = ["#ca0020", "#f4a582", "#fddbc7"]  # RdBu, losses (strong -> weak)
DIVERGING_POSITIVE = ["#d1e5f0", "#92c5de", "#0571b0"]  # RdBu, gains (weak -> strong)
NO_DATA_COLOUR = "#d9d9d9"


@dataclass(frozen=True)
class ColourClass:
    """One legend class: values in [lower, upper] get ``colour``."""

    lower: float
    upper: float
    colour: str


def nice_round(value: float, digits: int = 2) -> float:
    """Round to ``digits`` significant digits so class limits read well in a legend.

    >>> nice_round(75854), nice_round(-7141), nice_round(0.0347)
    (76000.0, -7100.0, 0.035)
    """
    if value == 0 or not math.isfinite(value):
        return float(value)
    magnitude = math.floor(math.log10(abs(value)))
    return float(round(value, digits - 1 - magnitude))


def _quantile_limits(values: np.ndarray, classes: int) -> list[float]:
    """Inner class limits from quantiles, rounded and deduplicated, strictly inside the range."""
    if values.size < 2 or classes < 2:
        return []
    qs = np.quantile(values, np.linspace(0, 1, classes + 1)[1:-1])
    limits = sorted({nice_round(float(q)) for q in qs})
    return [q for q in limits if values.min() < q < values.max()]


def sequential_classes(values: np.ndarray) -> list[ColourClass]:
    """Up to five quantile classes over the finite ``values``."""
    finite = np.sort(values[np.isfinite(values)])
    if finite.size == 0:
        return []
    edges = [float(finite[0]), *_quantile_limits(finite, len(SEQUENTIAL)), float(finite[-1])]
    count = len(edges) - 1 or 1
    # Spread the chosen colours over the whole ramp when there are fewer classes.
    picks = np.linspace(0, len(SEQUENTIAL) - 1, count).round().astype(int)
    if len(edges) == 1:
        return [ColourClass(edges[0], edges[0], SEQUENTIAL[-1])]
    return [
        ColourClass(edges[i], edges[i + 1], SEQUENTIAL[picks[i]]) for i in range(len(edges) - 1)
    ]


def diverging_classes(values: np.ndarray) -> list[ColourClass]:
    """Quantile classes below and above zero, with zero as a class limit on both sides."""
    finite = np.sort(values[np.isfinite(values)])
    result: list[ColourClass] = []
    negative = finite[finite < 0]
    if negative.size:
        edges = [float(negative[0]), *_quantile_limits(negative, 3), 0.0]
        colours = DIVERGING_NEGATIVE[-(len(edges) - 1) :]
        result += [ColourClass(edges[i], edges[i + 1], colours[i]) for i in range(len(edges) - 1)]
    positive = finite[finite >= 0]
    if positive.size:
        edges = [0.0, *_quantile_limits(positive, 3), float(positive[-1])]
        colours = DIVERGING_POSITIVE[: len(edges) - 1]
        result += [ColourClass(edges[i], edges[i + 1], colours[i]) for i in range(len(edges) - 1)]
    return result


def classify(values: np.ndarray, classes: list[ColourClass]) -> np.ndarray:
    """Index of the class of each value (NaN stays NaN); limits belong to the lower class."""
    out = np.full(values.shape, np.nan)
    for i, cls in enumerate(classes):
        inside = np.isfinite(values) & np.isnan(out) & (values <= cls.upper)
        if i == 0:
            inside &= values >= cls.lower
        out[inside] = i
    return out


def stepped_colorscale(classes: list[ColourClass]) -> list[list[float | str]]:
    """A plotly colorscale with one flat band per class, for z = class index."""
    n = len(classes)
    if n == 1:
        return [[0.0, classes[0].colour], [1.0, classes[0].colour]]
    scale: list[list[float | str]] = []
    for i, cls in enumerate(classes):
        scale += [[i / n, cls.colour], [(i + 1) / n, cls.colour]]
    return scale
