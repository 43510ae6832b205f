"""Chart 4: the ethnic composition of emigrants and of immigrants in 2000 (stated shares)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.datasets.trends import period_inferred, stated_share_sum
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
    headings = {}
    for rows, key in ((emigrants, "emigrants"), (immigrants, "immigrants")):
        stated = stated_share_sum(rows)
        group = t(f"trends.ethnic.{key}", lang)
        headings[key] = group
        if period_inferred(rows):
            # The date is the reader's as much as the shares: where it was inferred, say so.
            headings[key] = t("trends.period_inferred.heading", lang, group=group)
            period = str(rows["period"].iloc[0])
            notes.append(t("trends.ethnic.period_inferred", lang, group=group, year=period))
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
    inferred = period_inferred(immigrants) and not period_inferred(emigrants)
    title_key = "trends.ethnic.title_inferred" if inferred else "trends.ethnic.title"
    return share_panels(
        [
            (emigrants, headings["emigrants"], "emigrants", {"color": NEGATIVE}),
            (
                immigrants,
                headings["immigrants"],
                "immigrants",
                {"color": POSITIVE, "pattern": hatch("/")},
            ),
        ],
        t(title_key, lang, year=year),
        [" ".join(notes)] if notes else [],
        words,
    )
