"""Chart 2: the Programme's migration loss per 1,000 and against the natural increase."""

from __future__ import annotations

from typing import Any

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.trends.common import (
    NEGATIVE,
    ChartText,
    gap_marks,
    hatch,
    hover_text,
    labelled_points,
    unit_text,
    year_range,
)
from dashboard.figures.trends.layout import (
    BAR_ROW,
    MIN_WIDTH,
    PANEL_FONT,
    RIGHT,
    Block,
    axis,
    bar_room,
    category_axis,
    category_bars,
    chart_layout,
    chart_title,
    fit,
    frame,
    panel_title,
    value_axis,
)
from dashboard.i18n.catalog import t
from dashboard.i18n.words import number_text, span_text


def migration_loss_chart(loss: pd.DataFrame, ratio: pd.DataFrame, words: ChartText) -> go.Figure:
    """The Programme's migration loss: per 1,000 population (points, the stated years only)
    and, below it, how many times the loss exceeded the natural increase (bars, 1993-1994,
    against a dashed line at 1: equal to it).

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
    ratio_years = [str(y) for y in ratio["year"]][::-1]  # the first year on top
    traces.append(
        category_bars(
            ratio_years,
            ratio["value"].tolist()[::-1],
            ratio_labels[::-1],
            name=t("trends.loss.ratio", lang),
            meta="ratio",
            marker={"color": NEGATIVE, "pattern": hatch("/")},
            hovertext=[
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
            ][::-1],
            xaxis="x2",
            yaxis="y2",
        )
    )
    top_loss = float(loss["value"].max()) if not loss.empty else 1.0
    top_ratio = float(ratio["value"].max()) if not ratio.empty else 1.0
    left = 44
    right = bar_room(ratio_labels)
    width = MIN_WIDTH - left - RIGHT
    blocks = [
        Block(plot=150, title=fit(t("trends.loss.per_1000", lang), width, PANEL_FONT)),
        Block(
            # the parity line is explained in the panel title: a label on it would sit on
            # the bars
            plot=len(ratio_years) * BAR_ROW,
            title=fit(
                f"{t('trends.loss.ratio', lang)} ({t('trends.loss.parity', lang)})",
                width,
                PANEL_FONT,
            ),
        ),
    ]
    title = chart_title(t("trends.loss.title", lang, span=span_text(axis_years[0], axis_years[-1])))
    place = frame(title, blocks)
    layout = chart_layout(
        lang,
        title,
        place,
        left=left,
        right=right,
        shapes=[
            {  # parity: below 1 the natural increase still outweighed the loss
                "type": "line",
                "xref": "x2",
                "yref": "y2 domain",
                "x0": 1,
                "x1": 1,
                "y0": 0,
                "y1": 1,
                "line": {"color": "#333333", "width": 1, "dash": "dash"},
            }
        ],
        annotations=[panel_title(b.title, y) for b, y in zip(blocks, place.titles, strict=True)],
        xaxis=axis(
            range=[axis_years[0] - 0.6, axis_years[-1] + 0.6],
            tickvals=axis_years,
            ticktext=[str(y) for y in axis_years],
        ),
        yaxis=value_axis(
            "", range=[-1.5, top_loss * 1.3], rangemode="tozero", domain=list(place.domains[0])
        ),
        xaxis2=axis(
            anchor="y2",
            range=[0, max(top_ratio, 1) * 1.02],
            dtick=1,
            showgrid=True,
            gridcolor="#e5e5e5",
        ),
        yaxis2=category_axis(ratio_years, anchor="x2", domain=list(place.domains[1])),
    )
    return go.Figure(data=traces, layout=layout)
