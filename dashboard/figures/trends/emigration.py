"""Chart 3: the Programme's emigration figures, thousand persons, as horizontal bars."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.trends.common import (
    CHART_HEIGHT,
    OKABE_ITO,
    ChartText,
    axis,
    chart_layout,
    hatch,
    hover_text,
    unit_text,
    value_axis,
)
from dashboard.i18n.catalog import t
from dashboard.i18n.words import number_text, period_text


def emigration_chart(facts: pd.DataFrame, words: ChartText) -> go.Figure:
    """The Programme's emigration figures, thousand persons, as horizontal bars.

    One bar per figure, each labelled with what and when it is; a bar's fill tells one
    year's figure (solid), a total over several years (hatched) or a yearly range stated
    without a period (a floating bar from the lower to the upper bound). Qualified figures
    are labelled in words ("over 2 000").

    ``facts``: :func:`~dashboard.datasets.trends.emigration_facts`.
    """
    lang = words.lang
    scale = 1000.0
    kinds = {
        "year": {"color": OKABE_ITO["vermillion"], "pattern": {"shape": ""}},
        "total": {
            "color": OKABE_ITO["purple"],
            "pattern": hatch("/"),
        },
        "range": {
            "color": OKABE_ITO["orange"],
            "pattern": hatch(".", 5),
        },
    }
    unit = unit_text("thousand_persons", lang)
    # plotly draws the first category at the bottom: reverse so the list reads top-down
    records = facts.to_dict("records")[::-1]
    labels = {
        r["item"]: t(f"trends.emig.item.{r['item']}", lang, period=period_text(r["period"], lang))
        for r in records
    }
    traces = []
    for kind, style in kinds.items():
        rows = [r for r in records if r["kind"] == kind]
        if not rows:
            continue
        texts, hover = [], []
        for r in rows:
            if kind == "range":
                low = number_text(r["low"], lang, "", 0, scale)
                text = f"{low}–{number_text(r['value'], lang, r['qualifier'], 0, scale)}"
            else:
                decimals = 0 if float(r["value"] / scale).is_integer() else 1
                text = number_text(r["value"], lang, r["qualifier"], decimals, scale)
            texts.append(text)
            hover.append(
                hover_text(
                    labels[r["item"]],
                    [f"{text} {unit}"],
                    r["source_id"],
                    r["quality"],
                    words,
                )
            )
        traces.append(
            {
                "type": "bar",
                "orientation": "h",
                "y": [labels[r["item"]] for r in rows],
                "x": [
                    (r["value"] - r["low"]) / scale if kind == "range" else r["value"] / scale
                    for r in rows
                ],
                "base": [r["low"] / scale if kind == "range" else 0 for r in rows],
                "name": t(f"trends.emig.kind.{kind}", lang),
                "meta": kind,
                "text": texts,
                "textposition": "outside",
                "textfont": {"size": 9},
                "cliponaxis": False,
                "constraintext": "none",
                "marker": {"color": style["color"], "pattern": style["pattern"]},
                "hovertext": hover,
                "hovertemplate": "%{hovertext}<extra></extra>",
            }
        )
    top = float(facts["value"].max()) / scale if not facts.empty else 1.0
    layout = chart_layout(
        lang,
        t("trends.emig.title", lang),
        height=CHART_HEIGHT + 20,
        top=44,
        bottom=56,
        left=8,
        barmode="overlay",
        bargap=0.3,
        legend={"orientation": "h", "x": 0, "y": -0.1, "yanchor": "top", "font": {"size": 9}},
        # the unit is in the title; an axis title here would collide with the legend
        xaxis=value_axis("", range=[0, top * 1.22], tickformat=",d"),
        yaxis=axis(
            categoryorder="array",
            categoryarray=[labels[r["item"]] for r in records],
            showline=False,
            ticks="",
            tickfont={"size": 9},
        ),
    )
    return go.Figure(data=traces, layout=layout)
