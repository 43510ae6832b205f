"""Chart 5: oralmans, their arrivals 1991-2000 and the stated origin shares by period."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from dashboard.datasets.trends import stated_share_sum
from dashboard.figures.trends.common import OKABE_ITO, ChartText, hatch, share_panels
from dashboard.i18n.catalog import t
from dashboard.i18n.words import number_text, percent_text, period_text


def oralmans_chart(
    arrivals: pd.DataFrame, origins: Sequence[tuple[str, pd.DataFrame]], words: ChartText
) -> go.Figure:
    """Oralmans: the arrivals 1991-2000 (people and families) and the stated origin shares,
    1991-2000 (Programme) and since 1991 as of 1 October 2011 (ministry via news).

    Each period is its own panel with only the countries its source names; the share of all
    arrivals each source leaves unitemised is said in a note, not drawn.

    ``arrivals``: :func:`~dashboard.datasets.trends.oralman_arrivals`; ``origins``: (period,
    :func:`~dashboard.datasets.trends.composition` of that period) in file order.
    """
    lang = words.lang
    panels = []
    notes = []
    styles = (
        {"color": OKABE_ITO["blue"]},
        {"color": OKABE_ITO["orange"], "pattern": hatch("/")},
    )
    arrivals = arrivals.set_index("series")
    for i, (period, rows) in enumerate(origins[:2]):
        reference = ""
        if m := re.fullmatch(r"\d{4} to (\d{1,2} \w{3} \d{4})", period):
            reference = dt.datetime.strptime(m.group(1), "%d %b %Y").date().isoformat()
        label = period_text(period, lang, reference)
        base = rows["base_value"].dropna()
        if period == "1991-2000" and "oralman_arrivals_people" in arrivals.index:
            people = arrivals.loc["oralman_arrivals_people"]
            families = arrivals.loc["oralman_arrivals_families"]
            title = t(
                "trends.oralmans.panel_families",
                lang,
                period=label,
                people=number_text(people["value"], lang, people["qualifier"]),
                families=number_text(families["value"], lang, families["qualifier"]),
            )
        elif not base.empty:
            title = t(
                "trends.oralmans.panel", lang, period=label, people=number_text(base.iloc[0], lang)
            )
        else:
            title = label
        # a panel title starts a line: 'since 1991, …' -> 'Since 1991, …'
        panels.append((rows, title[:1].upper() + title[1:], f"origins-{i}", styles[i]))
        stated = stated_share_sum(rows)
        if stated < 100:
            notes.append(
                t("trends.oralmans.rest", lang, period=label, stated=percent_text(stated, lang))
            )
    return share_panels(panels, t("trends.oralmans.title", lang), ["; ".join(notes)], words)
