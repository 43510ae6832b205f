"""Colour classes for choropleths: quantile classes so outliers do not wash out the rest.

The limits come from every year of an indicator (by default), so a colour means the same
in every year the slider shows; diverging indicators get the same limits on both sides.

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
    """Classes symmetric around zero: the same limits for losses and gains (quantiles of the
    magnitudes), so a colour means as much on either side. A side is drawn only when some
    value falls on it.

    >>> [(c.lower, c.upper) for c in diverging_classes(np.array([-30.0, -2.0, 1.0, 10.0]))]
    [(-30.0, -10.0), (-10.0, -2.0), (-2.0, 0.0), (0.0, 2.0), (2.0, 10.0), (10.0, 30.0)]
    """
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return []
    magnitudes = np.sort(np.abs(finite[finite != 0]))
    if magnitudes.size == 0:
        return [ColourClass(0.0, 0.0, DIVERGING_POSITIVE[0])]
    edges = [0.0, *_quantile_limits(magnitudes, 3), float(magnitudes[-1])]
    count = len(edges) - 1
    result: list[ColourClass] = []
    if (finite < 0).any():
        colours = DIVERGING_NEGATIVE[-count:]  # strong -> weak, the weakest next to zero
        result += [
            ColourClass(0.0 - edges[count - i], 0.0 - edges[count - i - 1], colours[i])
            for i in range(count)
        ]
    if (finite >= 0).any():
        colours = DIVERGING_POSITIVE[:count]
        result += [ColourClass(edges[i], edges[i + 1], colours[i]) for i in range(count)]
    return result


def map_classes(values: np.ndarray, diverging: bool) -> list[ColourClass]:
    """The classes of a map from ``values``: every year of the indicator for classes that
    stay fixed while the years change, or one year's values."""
    return diverging_classes(values) if diverging else sequential_classes(values)


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
