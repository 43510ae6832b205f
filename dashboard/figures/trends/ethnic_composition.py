"""Chart 4: the ethnic composition of emigrants and of immigrants in 2000 (stated shares)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.datasets.trends import stated_share_sum
from dashboard.figures.trends.common import NEGATIVE, POSITIVE, ChartText, hatch, share_panels
from dashboard.i18n.catalog import t
from dashboard.i18n.words import percent_text


def ethnic_composition_chart(
    emigrants: pd.DataFrame, immigrants: pd.DataFrame, words: ChartText
) -> go.Figure:
    """Ethnic composition of emigrants and of immigrants in 2000: the stated shares.

    The emigrants' shares sum to 91 %: the rest is not stated, so it is not drawn; a note
    under the chart says so (computed from the data).

    ``emigrants``, ``immigrants``: :func:`~dashboard.datasets.trends.composition` of the
    two breakdowns.
    """
    lang = words.lang
    year = str(emigrants["period"].iloc[0]) if not emigrants.empty else ""
    notes = []
    for rows, key in ((emigrants, "emigrants"), (immigrants, "immigrants")):
        stated = stated_share_sum(rows)
        group = t(f"trends.ethnic.{key}", lang)
        if stated < 100:
            notes.append(
                t(
                    "trends.share.rest_not_stated",
                    lang,
                    group=group,
                    stated=percent_text(stated, lang),
                    rest=percent_text(round(100 - stated, 1), lang),
                )
            )
    return share_panels(
        [
            (emigrants, t("trends.ethnic.emigrants", lang), "emigrants", {"color": NEGATIVE}),
            (
                immigrants,
                t("trends.ethnic.immigrants", lang),
                "immigrants",
                {"color": POSITIVE, "pattern": hatch("/")},
            ),
        ],
        t("trends.ethnic.title", lang, year=year),
        [" ".join(notes)] if notes else [],
        words,
    )
