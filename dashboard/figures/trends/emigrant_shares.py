"""Chart 6: the working-age and education shares of emigrants, percent, by year."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.trends.common import (
    NEGATIVE,
    POSITIVE,
    ChartText,
    hover_text,
    labelled_points,
    year_range,
)
from dashboard.figures.trends.layout import (
    LABEL_FONT,
    Block,
    axis,
    chart_layout,
    chart_title,
    frame,
    legend_at,
    note,
    notes_text,
    value_axis,
)
from dashboard.i18n.catalog import t
from dashboard.i18n.words import number_text, percent_text, printed_decimals, span_text


def emigrant_shares_chart(shares: pd.DataFrame, under: pd.DataFrame, words: ChartText) -> go.Figure:
    """Working-age and higher/specialised-education shares of emigrants, percent, by year.

    Markers only (circles and diamonds, labelled): the Programme gives scattered years. The
    'about 18-20 %' below working age has no year, so it is a note, not a point.

    ``shares``: :func:`~dashboard.datasets.trends.emigrant_shares`; ``under``:
    :func:`~dashboard.datasets.trends.under_working_age_share`.
    """
    lang = words.lang
    styles = {
        # working age (60-70 %) above the education share (30-50 %): labels face away
        "emigrants_working_age_share": ("circle", POSITIVE, "top center", "working_age"),
        "emigrants_higher_or_specialised_education_share": (
            "diamond",
            NEGATIVE,
            "bottom center",
            "education",
        ),
    }
    traces = []
    for series, (symbol, colour, position, key) in styles.items():
        rows = shares[shares["series"] == series]
        name = t(f"trends.shares.{key}", lang)
        texts = [
            percent_text(r["value"], lang, r["qualifier"], printed_decimals(r))
            for r in rows.to_dict("records")
        ]
        traces.append(
            labelled_points(
                rows["year"].tolist(),
                rows["value"].tolist(),
                name=name,
                meta=key,
                texts=texts,
                hover=[
                    hover_text(f"{y}", [f"{name}: {text}"], r["source_id"], r["quality"], words)
                    for y, text, r in zip(rows["year"], texts, rows.to_dict("records"), strict=True)
                ],
                marker={"symbol": symbol, "size": 9, "color": colour},
                textposition=position,
                textfont={"size": LABEL_FONT, "color": colour},
            )
        )
    years = year_range(shares["year"])
    notes = []
    if len(under) == 2:
        low, high = float(under["value"].min()), float(under["value"].max())
        qualifier = str(under["qualifier"].iloc[0])
        span = f"{number_text(low, lang)}–{percent_text(high, lang)}"
        if qualifier == "about":
            span = t("trends.qualifier.about", lang, value=span)
        notes.append(t("trends.shares.under_working_age", lang, range=span))
    left = 44
    title = chart_title(t("trends.shares.title", lang, span=span_text(years[0], years[-1])))
    wrapped = notes_text(notes, left)
    place = frame(title, [Block(plot=170, legend=len(traces))], wrapped)
    layout = chart_layout(
        lang,
        title,
        place,
        left=left,
        annotations=[note(wrapped, place.notes)] if wrapped else [],
        showlegend=True,
        legend=legend_at(place.legends[0]),
        xaxis=axis(
            range=[years[0] - 0.6, years[-1] + 0.6],
            tickvals=years,
            ticktext=[str(y) for y in years],
        ),
        yaxis=value_axis("%", range=[0, 90], dtick=20),
    )
    return go.Figure(data=traces, layout=layout)
