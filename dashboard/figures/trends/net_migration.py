"""Chart 1: BNS net migration 2000-2024 against the Programme's target (2001-2010)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from dashboard.datasets.trends import TargetCheck, sign_of
from dashboard.figures.text import wrap
from dashboard.figures.trends.common import (
    GUIDE,
    NEGATIVE,
    OKABE_ITO,
    POSITIVE,
    SHADE,
    ChartText,
    hover_text,
    unit_text,
    year_range,
)
from dashboard.figures.trends.layout import (
    MUTED,
    Block,
    axis,
    chart_layout,
    chart_title,
    frame,
    legend_at,
    value_axis,
)
from dashboard.i18n.catalog import t
from dashboard.i18n.formats import format_number
from dashboard.i18n.words import date_text, signed_number, span_text

PLOT = 200  # px of the plot area
SPELLS = 22  # px above it for the spells of sign


def net_migration_chart(
    series: pd.DataFrame,
    check: TargetCheck,
    stages: Sequence[tuple[int, int]],
    repealed: str,
    words: ChartText,
) -> go.Figure:
    """BNS net migration 2000-2024 (total, urban, rural) against the Programme's target.

    Total: solid line; each year's marker is an upward triangle when the balance is positive
    and a downward one when negative (shape and colour). Urban (dashed) and rural (dotted)
    include moves between town and country, so only the total is international. The
    Programme period 2001-2010 is shaded, stage 2 starts at a dotted line, the target ("the
    negative balance turns positive" by 2010) is annotated at 2010, and the computed spells of
    sign are labelled '+' or '−' along the top, with the years in their hover.

    ``series``: :func:`~dashboard.datasets.trends.national_net_migration`; ``check``: the
    target checked against it; ``stages``: the Programme's stages (first year, last year);
    ``repealed``: the ISO date the Programme was repealed.
    """
    lang = words.lang
    years = year_range(series["year"])
    unit = unit_text("persons", lang)
    styles = {
        "total": {"color": "#222222", "width": 2.2, "dash": "solid"},
        "urban": {"color": OKABE_ITO["green"], "width": 1.6, "dash": "dash"},
        "rural": {"color": OKABE_ITO["orange"], "width": 1.6, "dash": "dot"},
    }
    traces: list[dict[str, Any]] = []
    for part in ("urban", "rural", "total"):
        rows = series[series["part"] == part].set_index("year")
        # every year on the axis; a year without a row is None, and the line breaks there
        values = [float(rows.at[y, "value"]) if y in rows.index else None for y in years]
        hover = []
        for y, v in zip(years, values, strict=True):
            if v is None:
                hover.append("")
                continue
            row = rows.loc[y]
            sign = t(f"trends.net.sign.{sign_of(v)}", lang)
            lines = [f"{t(f'trends.net.{part}', lang)}: {format_number(v, lang)} {unit} ({sign})"]
            hover.append(hover_text(str(y), lines, row["source_id"], row["quality"], words))
        trace: dict[str, Any] = {
            "type": "scatter",
            "x": years,
            "y": values,
            "name": t(f"trends.net.{part}", lang),
            "meta": part,
            "mode": "lines",
            "connectgaps": False,
            "line": styles[part],
            "hovertext": hover,
            "hovertemplate": "%{hovertext}<extra></extra>",
        }
        if part == "total":
            signs = [sign_of(v) if v is not None else "zero" for v in values]
            trace["mode"] = "lines+markers"
            trace["marker"] = {
                "size": 8,
                "symbol": [
                    "triangle-up"
                    if s == "positive"
                    else "triangle-down"
                    if s == "negative"
                    else "circle"
                    for s in signs
                ],
                "color": [
                    POSITIVE if s == "positive" else NEGATIVE if s == "negative" else GUIDE
                    for s in signs
                ],
                "line": {"color": "white", "width": 0.5},
            }
        traces.append(trace)

    start, end = check.period
    stage2 = stages[1][0]
    shapes = [
        {  # the Programme period, whole years
            "type": "rect",
            "xref": "x",
            "yref": "paper",
            "x0": start - 0.5,
            "x1": end + 0.5,
            "y0": 0,
            "y1": 1,
            "fillcolor": SHADE,
            "line": {"width": 0},
            "layer": "below",
        },
        {  # stage 2 begins
            "type": "line",
            "xref": "x",
            "yref": "paper",
            "x0": stage2 - 0.5,
            "x1": stage2 - 0.5,
            "y0": 0,
            "y1": 1,
            "line": {"color": GUIDE, "width": 1, "dash": "dot"},
            "layer": "below",
        },
        {  # zero: which side of it a year is on is the point of the chart
            "type": "line",
            "xref": "paper",
            "yref": "y",
            "x0": 0,
            "x1": 1,
            "y0": 0,
            "y1": 0,
            "line": {"color": "#333333", "width": 1},
            "layer": "below",
        },
    ]
    stage_spans = ", ".join(span_text(a, b) for a, b in stages)
    annotations: list[dict[str, Any]] = [
        {
            "text": t("trends.net.programme", lang, span=span_text(start, end)),
            "x": start - 0.4,
            "y": 0.0,
            "xref": "x",
            "yref": "paper",
            "xanchor": "left",
            "yanchor": "bottom",
            "showarrow": False,
            "font": {"size": 9, "color": MUTED},
            "hovertext": wrap(
                t(
                    "trends.net.programme_hover",
                    lang,
                    span=span_text(start, end),
                    stages=stage_spans,
                    repealed=date_text(repealed, lang),
                ),
                60,
            ),
            "name": "programme",
        },
        {
            "text": t("trends.net.stage2", lang),
            "x": stage2 - 0.4,
            "y": 0.08,
            "xref": "x",
            "yref": "paper",
            "xanchor": "left",
            "yanchor": "bottom",
            "showarrow": False,
            "font": {"size": 9, "color": MUTED},
        },
    ]
    if check.value_at_target is not None:
        verdict = "met" if check.met_at_target else "missed"
        value = signed_number(check.value_at_target, lang)
        annotations.append(
            {
                "text": wrap(t("trends.net.target", lang, year=check.target_year), 28)
                + "<br>"
                + t(f"trends.net.target_{verdict}", lang, year=check.target_year, value=value),
                "x": check.target_year,
                "y": check.value_at_target,
                "xref": "x",
                "yref": "y",
                "ax": 40,
                "ay": -58,
                "showarrow": True,
                "arrowhead": 2,
                "arrowwidth": 1,
                "arrowcolor": "#333333",
                "align": "left",
                "xanchor": "left",
                "bgcolor": "rgba(255,255,255,0.85)",
                "font": {"size": 9, "color": "#222222"},
                "name": "target",
            }
        )
    # The spells of sign, labelled along the top: a bracket and '+' or '−' (text, not colour).
    for spell in check.spells:
        symbol = {"positive": "+", "negative": "−", "zero": "0"}[spell.sign]
        colour = {"positive": POSITIVE, "negative": NEGATIVE, "zero": GUIDE}[spell.sign]
        shapes.append(
            {
                "type": "line",
                "xref": "x",
                "yref": "paper",
                "x0": spell.start - 0.35,
                "x1": spell.end + 0.35,
                "y0": "spell",  # placed once the frame is known
                "y1": "spell",
                "line": {"color": colour, "width": 3},
            }
        )
        annotations.append(
            {
                "text": f"<b>{symbol}</b>",
                "x": (spell.start + spell.end) / 2,
                "y": "spell",
                "xref": "x",
                "yref": "paper",
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"size": 12, "color": colour},
                "hovertext": t(
                    "trends.net.spell",
                    lang,
                    sign=t(f"trends.net.sign.{spell.sign}", lang),
                    span=span_text(spell.start, spell.end),
                    years=spell.years,
                ),
                "name": f"spell-{spell.sign}-{spell.start}",
            }
        )
    title = chart_title(t("trends.net.title", lang, span=span_text(years[0], years[-1])))
    # the spells' brackets and signs sit in the top margin, above the plot: SPELLS px
    place = frame(title, [Block(plot=PLOT, legend=3)], head=SPELLS)
    above = SPELLS / (place.height - place.top - place.bottom)
    for shape in shapes:
        if shape.get("y0") == "spell":
            shape["y0"] = shape["y1"] = 1 + above * 0.25
    for annotation in annotations:
        if annotation.get("y") == "spell":
            annotation["y"] = 1 + above * 0.3
    layout = chart_layout(
        lang,
        title,
        place,
        left=72,
        shapes=shapes,
        annotations=annotations,
        showlegend=True,
        legend=legend_at(place.legends[0]),
        xaxis=axis(range=[years[0] - 0.6, years[-1] + 0.6], dtick=4, tick0=years[0]),
        yaxis=value_axis(unit, tickformat=",d"),
    )
    return go.Figure(data=traces, layout=layout)
