"""Chart 7: immigration quotas in families, the Programme's list and the decrees."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.text import wrap
from dashboard.figures.trends.common import (
    MUTED,
    NEGATIVE,
    OKABE_ITO,
    ChartText,
    axis,
    chart_layout,
    hover_text,
    labelled_points,
    note,
    unit_text,
    value_axis,
    year_range,
)
from dashboard.i18n.catalog import t
from dashboard.i18n.words import number_text, span_text


def quotas_chart(quotas: pd.DataFrame, kandas: pd.DataFrame, words: ChartText) -> go.Figure:
    """Immigration quotas in families: the Programme's list 1993-2000 (bars) and the decree
    quotas (diamonds, labelled); years not retrieved are marked as such, and the kandas
    quotas of the 2020s, set in persons, are a note (a different unit).

    ``quotas``: :func:`~dashboard.datasets.trends.immigration_quotas`; ``kandas``:
    :func:`~dashboard.datasets.trends.kandas_quotas` (persons: a note, not a bar).
    """
    lang = words.lang
    years = year_range(quotas["year"])
    unit = unit_text("families", lang)
    traces = []
    for kind in ("programme", "decree"):
        rows = quotas[quotas["kind"] == kind]
        name = t(f"trends.quotas.{kind}", lang)
        texts = [
            number_text(v, lang, q) for v, q in zip(rows["value"], rows["qualifier"], strict=True)
        ]
        hover = [
            hover_text(
                str(r["year"]),
                [f"{name}: {text} {unit}"],
                r["source_id"],
                r["quality"],
                words,
            )
            for text, r in zip(texts, rows.to_dict("records"), strict=True)
        ]
        if kind == "programme":
            traces.append(
                {
                    "type": "bar",
                    "x": rows["year"].tolist(),
                    "y": rows["value"].tolist(),
                    "name": name,
                    "meta": kind,
                    "marker": {
                        "color": OKABE_ITO["sky"],
                        "line": {"color": OKABE_ITO["blue"], "width": 1},
                    },
                    "width": 0.7,
                    "hovertext": hover,
                    "hovertemplate": "%{hovertext}<extra></extra>",
                }
            )
        else:
            traces.append(
                labelled_points(
                    rows["year"].tolist(),
                    rows["value"].tolist(),
                    name=name,
                    meta=kind,
                    texts=texts,
                    hover=hover,
                    marker={
                        "symbol": "diamond",
                        "size": 10,
                        "color": NEGATIVE,
                        "line": {"color": "white", "width": 1},
                    },
                    cliponaxis=False,
                )
            )
    # years without any quota figure inside the range: say so on the axis
    known = set(quotas["year"].astype(int))
    missing = [y for y in years if y not in known]
    annotations = []
    for spell in _runs(missing):
        annotations.append(
            {
                "text": wrap(t("trends.quotas.gap", lang, span=span_text(*spell)), 14),
                "x": (spell[0] + spell[1]) / 2,
                "y": 0,
                "xref": "x",
                "yref": "y",
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"size": 9, "color": MUTED},
                "name": "gap",
            }
        )
    notes = [t("trends.quotas.later_gap", lang, year=years[-1] + 1)]
    if not kandas.empty:
        items = "; ".join(
            f"{int(r['year'])}: {number_text(r['value'], lang)}" for r in kandas.to_dict("records")
        )
        notes.append(t("trends.quotas.kandas_note", lang, items=items))
    annotations.append(note(" ".join(notes), y=-0.3))
    top = float(quotas["value"].max())
    layout = chart_layout(
        lang,
        t("trends.quotas.title", lang, span=span_text(years[0], years[-1])),
        top=44,
        bottom=78,
        left=56,
        annotations=annotations,
        legend={"orientation": "h", "x": 0, "y": -0.12, "yanchor": "top", "font": {"size": 9}},
        xaxis=axis(range=[years[0] - 0.6, years[-1] + 0.6], dtick=2, tick0=years[0] + 1),
        yaxis=value_axis(unit, range=[0, top * 1.2], tickformat=",d"),
    )
    return go.Figure(data=traces, layout=layout)


def _runs(years: Sequence[int]) -> list[tuple[int, int]]:
    """Consecutive runs of years: [2001, 2002, 2003, 2008] -> [(2001, 2003), (2008, 2008)]."""
    runs: list[tuple[int, int]] = []
    for y in sorted(years):
        if runs and runs[-1][1] == y - 1:
            runs[-1] = (runs[-1][0], y)
        else:
            runs.append((y, y))
    return runs
