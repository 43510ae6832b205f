"""Small charts for the region profile (plotly only: frames and words in, figure out).

A sparkline shows one indicator of one region over time. Honest by construction:

* every calendar year between the first and the last is on the x axis; a year without a
  value is NaN and ``connectgaps`` is False, so the line breaks there (no interpolation);
* the line also breaks where the territory behind the values changes (East Kazakhstan
  with Abai until 2021, without it from 2022): joining them would draw a fall that is a
  boundary change, not a change in the region;
* values of the parent unit (Abai before 2022 shows East Kazakhstan) are a dotted grey line
  with hollow markers, and their hover says whose values they are;
* every hover names the source (short citation) and the quality, and a modelled value says
  "model estimate, not observed";
* the line breaks at a census revision too (population recalculated after the 2009 and 2021
  censuses), drawn as a dotted vertical mark with a label and the reason on hover: a step
  there is a statistical revision, not people leaving; a value that straddles a revision
  (population change in 2009) stands alone;
* the y axis is labelled with the lowest and highest value in the reader's number format,
  so the line's height has a scale.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.choropleth import MAP_FONT
from dashboard.figures.text import plain
from dashboard.i18n.catalog import t
from dashboard.i18n.formats import format_number

SPARKLINE_HEIGHT = 110
OWN_COLOUR = "#2c7fb8"  # YlGnBu, as the map
PARENT_COLOUR = "#7f7f7f"
SELECTED_COLOUR = "#d95f02"  # a contrasting accent for the year on the map
GUIDE_COLOUR = "#bdbdbd"
REVISION_COLOUR = "#6c757d"  # census revision marks: grey, dotted, never a data colour
AXIS_FONT = dict(size=9, color="#6c757d")
#: ``name`` of the shapes and annotations that mark a census revision (tests look for it).
REVISION_MARK = "census_revision"

# Columns a sparkline reads besides the profile's points (``POINT_COLUMNS``), in words:
# the name of ``unit_id`` in its version, today's other units it then covered, the citation.
LABEL_COLUMNS = ["name", "others", "citation"]


@dataclass(frozen=True)
class SparklineText:
    """The words and number style of one indicator's sparkline, in the reader's language."""

    lang: str
    unit: str
    decimals: int | None
    diverging: bool = False  # a gain/loss indicator: a zero line where values cross it


@dataclass(frozen=True)
class BreakMark:
    """A census revision on a sparkline: where it falls on the year axis and its words.

    ``at`` is half-way between two years (``2008.5``) when values on each side rest on one
    basis, or a year (``2009.0``) whose value straddles the revision and stands alone.
    """

    at: float
    label: str  # short, under the mark: "2009 census"
    hover: str  # the reason, on hover over the label


def run_key(year: int, marks: Sequence[BreakMark]) -> tuple[int, int]:
    """The side of every mark the value of ``year`` stands on: values are joined only
    within one key, and a year on a mark (``at == year``) has a key of its own.

    >>> marks = [BreakMark(2008.5, "", ""), BreakMark(2022.0, "", "")]
    >>> [run_key(y, marks) for y in (2008, 2009, 2022, 2023)]
    [(0, 0), (1, 1), (1, 2), (2, 2)]
    """
    return sum(1 for m in marks if m.at < year), sum(1 for m in marks if m.at <= year)


def value_ticks(values: Sequence[float], text: SparklineText) -> tuple[list[float], list[str]]:
    """Tick values and labels of a sparkline's y axis: its lowest and highest value (and
    zero between them for a gain/loss indicator when it is clear of both), in the reader's
    number format.

    >>> value_ticks([-7141.0, 250.0, 30.0], SparklineText("ru", "", 0, diverging=True))
    ([-7141.0, 250.0], ['-7\xa0141', '250'])
    """
    if not values:
        return [], []
    low, high = min(values), max(values)
    ticks = [low] if low == high else [low, high]
    span = high - low
    if text.diverging and low < 0 < high and min(-low, high) > 0.2 * span:
        ticks = [low, 0.0, high]
    return ticks, [format_number(v, text.lang, text.decimals) for v in ticks]


def _break_layout(marks: Sequence[BreakMark], first: int, last: int) -> tuple[list, list]:
    """The dotted vertical line and the hoverable label of each mark within the axis."""
    shapes, annotations = [], []
    for mark in marks:
        if not first - 0.5 <= mark.at <= last + 0.5:
            continue
        shapes.append(
            dict(
                type="line",
                name=REVISION_MARK,
                xref="x",
                yref="paper",
                x0=mark.at,
                x1=mark.at,
                y0=0,
                y1=1,
                line=dict(color=REVISION_COLOUR, width=1, dash="dot"),
                layer="below",
            )
        )
        annotations.append(
            dict(
                name=REVISION_MARK,
                x=mark.at,
                xref="x",
                y=1,
                yref="paper",
                yanchor="bottom",
                text=mark.label,
                hovertext=mark.hover,
                showarrow=False,
                font=dict(size=9, color=REVISION_COLOUR),
            )
        )
    return shapes, annotations


def point_hover(row: Mapping[str, Any], text: SparklineText) -> str:
    """Hover text of one point: year, value and unit, whose value, source, quality (words
    from data escaped, :mod:`dashboard.figures.text`)."""
    lang = text.lang
    value = format_number(float(row["value"]), lang, text.decimals)
    lines = [f"<b>{int(row['year'])}</b>", f"{value} {text.unit}"]
    name = row["name"]
    if row["from_parent"]:
        lines.append(t("profile.parent_unit", lang, name=name))
    elif row["includes"]:
        lines.append(
            t(
                "profile.includes",
                lang,
                name=name,
                others=row["others"],
                version=row["boundary_version"],
            )
        )
    if row["aggregated_from"]:
        lines.append(t("hover.aggregated", lang, parts=row["aggregated_from"]))
    lines.append(f"{t('hover.source', lang)}: {row['citation']}")
    quality = row["quality"]
    lines.append(f"{t('hover.quality', lang)}: {t('quality.' + quality, lang)}")
    lines = [lines[0], *(plain(line) for line in lines[1:])]
    if quality == "model":
        lines.append(f"<i>{plain(t('profile.model', lang))}</i>")
    return "<br>".join(lines)


def _records(points: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows with a value as plain dicts (row-wise pandas access is slow; ~25 rows each)."""
    columns = list(points.columns)
    rows = zip(*(points[c].tolist() for c in columns), strict=True)
    return [r for r in (dict(zip(columns, row, strict=True)) for row in rows) if _has(r["value"])]


def _has(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def sparkline(
    points: pd.DataFrame,
    text: SparklineText,
    selected_year: int | None,
    marks: Sequence[BreakMark] = (),
) -> go.Figure:
    """A compact time series of one indicator (about 110 px high) for the profile panel.

    ``points``: the series' points (``dashboard.datasets.profiles.POINT_COLUMNS``) with the
    words of ``LABEL_COLUMNS``, one row per year of the indicator. Every year from the first
    to the last is on the x axis (missing years as NaN). One trace per territory (own values
    solid, parent values dotted with hollow markers); gaps are never bridged.
    ``selected_year`` gets a thin guide line and, when there is a value that year, a
    highlighted marker. Hover texts are pre-rendered in ``text.lang``. Traces carry ``meta``
    = "own", "parent" or "selected" so callers and tests can tell them apart. ``marks``:
    census revisions; no line crosses one, and each within the axis is drawn with its
    label (shapes and annotations named :data:`REVISION_MARK`).
    """
    lang = text.lang
    all_years = [int(y) for y in points["year"].tolist()]
    years = list(range(min(all_years), max(all_years) + 1)) if all_years else []
    index = {y: i for i, y in enumerate(years)}
    records = _records(points)
    traces: list[dict] = []

    # One run per territory (unit, what it included, parent or not) and side of each census
    # revision, oldest first.
    segments: dict[tuple, list[dict[str, Any]]] = {}
    for row in records:
        key = (
            row["unit_id"],
            row["includes"],
            bool(row["from_parent"]),
            run_key(int(row["year"]), marks),
        )
        segments.setdefault(key, []).append(row)
    for (_unit, _includes, parent, _run), seg in segments.items():
        # NaN everywhere except this territory's years: other years break the line
        y = [math.nan] * len(years)
        hover = [""] * len(years)
        for row in seg:
            y[index[int(row["year"])]] = float(row["value"])
            hover[index[int(row["year"])]] = point_hover(row, text)
        name = seg[0]["name"]
        traces.append(
            dict(
                type="scatter",
                x=years,
                y=y,
                mode="lines+markers",
                connectgaps=False,
                name=plain(t("profile.parent_unit", lang, name=name) if parent else name),
                meta="parent" if parent else "own",
                line=dict(
                    color=PARENT_COLOUR if parent else OWN_COLOUR,
                    width=1.5,
                    dash="dot" if parent else "solid",
                ),
                marker=dict(
                    size=5,
                    symbol="circle-open" if parent else "circle",
                    color=PARENT_COLOUR if parent else OWN_COLOUR,
                ),
                hovertext=hover,
                hovertemplate="%{hovertext}<extra></extra>",
                showlegend=False,
            )
        )

    shapes = []
    if selected_year is not None and years and years[0] <= selected_year <= years[-1]:
        shapes.append(
            dict(
                type="line",
                xref="x",
                yref="paper",
                x0=selected_year,
                x1=selected_year,
                y0=0,
                y1=1,
                line=dict(color=GUIDE_COLOUR, width=1),
                layer="below",
            )
        )
        row = next((r for r in records if int(r["year"]) == selected_year), None)
        if row is not None:
            traces.append(
                dict(
                    type="scatter",
                    x=[selected_year],
                    y=[float(row["value"])],
                    mode="markers",
                    meta="selected",
                    name=str(selected_year),
                    marker=dict(
                        size=9,
                        color=SELECTED_COLOUR,
                        symbol="circle-open" if row["from_parent"] else "circle",
                        line=dict(width=2, color=SELECTED_COLOUR),
                    ),
                    hovertext=[point_hover(row, text)],
                    hovertemplate="%{hovertext}<extra></extra>",
                    showlegend=False,
                )
            )
    # Gains and losses: a zero line tells which side a value is on.
    values = [float(r["value"]) for r in records]
    if text.diverging and values and min(values) < 0 < max(values):
        shapes.append(
            dict(
                type="line",
                xref="paper",
                yref="y",
                x0=0,
                x1=1,
                y0=0,
                y1=0,
                line=dict(color=GUIDE_COLOUR, width=1, dash="dash"),
                layer="below",
            )
        )

    ticks = sorted({years[0], years[-1]}) if years else []
    revision_shapes, revision_labels = (
        _break_layout(marks, years[0], years[-1]) if years else ([], [])
    )
    shapes += revision_shapes
    y_ticks, y_labels = value_ticks(values, text)
    y_range = None
    if values:
        # a little room so the markers at the lowest and highest value are not cut
        pad = (max(values) - min(values)) * 0.08 or abs(values[0]) * 0.05 or 1.0
        y_range = [min(values) - pad, max(values) + pad]
    layout = dict(
        # no theme: the template would add ~6 KB per sparkline and every style is set here
        template="none",
        height=SPARKLINE_HEIGHT,
        # room above the plot for the revision labels
        margin=dict(l=4, r=8, t=14 if revision_labels else 6, b=20),
        font=dict(family=MAP_FONT, size=10),
        hoverlabel=dict(font=dict(family=MAP_FONT, size=12), align="left"),
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        showlegend=False,
        hovermode="closest",
        shapes=shapes,
        annotations=revision_labels,
        xaxis=dict(
            tickvals=ticks,
            ticktext=[str(y) for y in ticks],
            range=[ticks[0] - 0.6, ticks[-1] + 0.6] if ticks else None,
            showgrid=False,
            zeroline=False,
            showline=False,
            fixedrange=True,
            tickfont=dict(size=10, color="#6c757d"),
        ),
        # The lowest and highest value on the axis: a scale for the line's height.
        yaxis=dict(
            tickvals=y_ticks,
            ticktext=y_labels,
            range=y_range,
            showgrid=True,
            gridcolor="#eeeeee",
            zeroline=False,
            showline=False,
            ticks="",
            automargin=True,
            fixedrange=True,
            tickfont=AXIS_FONT,
        ),
    )
    # One constructor call: update_layout on a built figure costs ~20 ms per sparkline.
    return go.Figure(data=traces, layout=layout)
