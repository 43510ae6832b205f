"""Chart 2: the Programme's migration loss per 1,000 and against the natural increase."""

from __future__ import annotations

from typing import Any

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.trends.common import (
    NEGATIVE,
    ChartText,
    axis,
    chart_layout,
    gap_marks,
    hatch,
    hover_text,
    labelled_points,
    panel_title,
    unit_text,
    value_axis,
    year_range,
)
from dashboard.i18n.catalog import t
from dashboard.i18n.words import number_text, span_text


def migration_loss_chart(loss: pd.DataFrame, ratio: pd.DataFrame, words: ChartText) -> go.Figure:
    """The Programme's migration loss: per 1,000 population (points, the stated years only)
    and, beside it, how many times the loss exceeded the natural increase (bars, 1993-1994).

    Every year 1991-2000 is on the axis; the years the text skips show 'no figure' (in
    hover). The 'about 25' of 1994 is an open marker labelled in words.

    ``loss``: :func:`~dashboard.datasets.trends.migration_loss_per_1000`; ``ratio``:
    :func:`~dashboard.datasets.trends.loss_to_natural_increase`.
    """
    lang = words.lang
    unit = unit_text("per_1000", lang)
    labels, hover, symbols = [], [], []
    for row in loss.to_dict("records"):
        text = number_text(row["value"], lang, row["qualifier"])
        labels.append(text)
        symbols.append("circle-open" if row["qualifier"] else "circle")
        hover.append(
            hover_text(
                str(row["year"]),
                [f"{text} {unit}"],
                row["source_id"],
                row["quality"],
                words,
            )
        )
    axis_years = year_range(loss["year"])
    gaps = [y for y in axis_years if y not in set(loss["year"])]
    traces: list[dict[str, Any]] = [
        # Points, not a line: the Programme's years are not consecutive.
        labelled_points(
            loss["year"].tolist(),
            loss["value"].tolist(),
            name=t("trends.loss.per_1000", lang),
            meta="loss_per_1000",
            texts=labels,
            hover=hover,
            marker={
                "size": 9,
                "color": NEGATIVE,
                "symbol": symbols,
                "line": {"width": 2, "color": NEGATIVE},
            },
            showlegend=False,
            xaxis="x",
            yaxis="y",
        )
    ]
    if gaps:
        traces.append(gap_marks(gaps, lang, "trends.loss.gap_hover", "x", "y"))
    ratio_labels = [
        number_text(v, lang, q, 1) + "×"
        for v, q in zip(ratio["value"], ratio["qualifier"], strict=True)
    ]
    traces.append(
        {
            "type": "bar",
            "x": [str(y) for y in ratio["year"]],
            "y": ratio["value"].tolist(),
            "name": t("trends.loss.ratio", lang),
            "meta": "ratio",
            "text": ratio_labels,
            "textposition": "outside",
            "textfont": {"size": 9},
            "cliponaxis": False,
            "constraintext": "none",
            "marker": {"color": NEGATIVE, "pattern": hatch("/")},
            "width": 0.55,
            "hovertext": [
                hover_text(
                    str(r["year"]),
                    [
                        t(
                            "trends.loss.ratio_hover",
                            lang,
                            value=number_text(r["value"], lang, r["qualifier"], 1),
                        )
                    ],
                    r["source_id"],
                    r["quality"],
                    words,
                )
                for r in ratio.to_dict("records")
            ],
            "hovertemplate": "%{hovertext}<extra></extra>",
            "showlegend": False,
            "xaxis": "x2",
            "yaxis": "y2",
        }
    )
    top_loss = float(loss["value"].max()) if not loss.empty else 1.0
    top_ratio = float(ratio["value"].max()) if not ratio.empty else 1.0
    layout = chart_layout(
        lang,
        t("trends.loss.title", lang, span=span_text(axis_years[0], axis_years[-1])),
        top=74,
        bottom=36,
        left=40,
        showlegend=False,
        shapes=[
            {  # parity: below 1 the natural increase still outweighed the loss
                "type": "line",
                "xref": "x2 domain",
                "yref": "y2",
                "x0": 0,
                "x1": 1,
                "y0": 1,
                "y1": 1,
                "line": {"color": "#333333", "width": 1, "dash": "dash"},
            }
        ],
        annotations=[
            panel_title(t("trends.loss.per_1000", lang), 0.0, 1.04, 48),
            # the parity line is explained in the panel title: a label on it would sit on
            # the bars
            panel_title(
                f"{t('trends.loss.ratio', lang)} ({t('trends.loss.parity', lang)})", 0.72, 1.04, 26
            ),
        ],
        xaxis=axis(
            domain=[0, 0.62],
            range=[axis_years[0] - 0.6, axis_years[-1] + 0.6],
            tickvals=axis_years,
            ticktext=[str(y) for y in axis_years],
            tickangle=-60,
        ),
        yaxis=value_axis("", range=[-1.5, top_loss * 1.3], rangemode="tozero", domain=[0, 0.95]),
        xaxis2=axis(domain=[0.74, 1], type="category", anchor="y2"),
        yaxis2=value_axis("", anchor="x2", range=[0, max(top_ratio, 1) * 1.35], domain=[0, 0.95]),
    )
    return go.Figure(data=traces, layout=layout)
