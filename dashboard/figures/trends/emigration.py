"""Chart 3: the Programme's emigration figures, thousand persons, as horizontal bars."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.trends.common import (
    OKABE_ITO,
    ChartText,
    hatch,
    hover_text,
    unit_text,
)
from dashboard.figures.trends.layout import (
    BAR_ROW,
    Block,
    bar_room,
    category_axis,
    category_bars,
    chart_layout,
    chart_title,
    frame,
    legend_at,
    value_axis,
)
from dashboard.i18n.catalog import t
from dashboard.i18n.words import number_text, period_text


def emigration_chart(facts: pd.DataFrame, words: ChartText) -> go.Figure:
    """The Programme's emigration figures, thousand persons, as horizontal bars.

    One bar per figure, its label (what and when) above it and its number at its end (any
    label in any language has the chart's whole width); a bar's fill tells one
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
    all_texts: list[str] = []
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
            category_bars(
                [labels[r["item"]] for r in rows],
                [
                    (r["value"] - r["low"]) / scale if kind == "range" else r["value"] / scale
                    for r in rows
                ],
                texts,
                base=[r["low"] / scale if kind == "range" else 0 for r in rows],
                name=t(f"trends.emig.kind.{kind}", lang),
                meta=kind,
                marker={"color": style["color"], "pattern": style["pattern"]},
                hovertext=hover,
            )
        )
        all_texts += texts
    top = float(facts["value"].max()) / scale if not facts.empty else 1.0
    names = [labels[r["item"]] for r in records]
    title = chart_title(t("trends.emig.title", lang))
    # no x ticks: every bar says its number, and inside category labels would hide the first
    place = frame(title, [Block(plot=len(names) * BAR_ROW, ticks=6, legend=len(traces))])
    layout = chart_layout(
        lang,
        title,
        place,
        left=8,
        right=bar_room(all_texts),
        barmode="overlay",
        showlegend=True,
        legend=legend_at(place.legends[0]),
        # the unit is in the title
        xaxis=value_axis("", range=[0, top * 1.02], visible=False),
        yaxis=category_axis(names),
    )
    return go.Figure(data=traces, layout=layout)
