"""Chart 7: immigration quotas in families, the Programme's list and the decrees."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.text import wrap
from dashboard.figures.trends.common import (
    NEGATIVE,
    OKABE_ITO,
    ChartText,
    hover_text,
    labelled_points,
    unit_text,
    year_range,
)
from dashboard.figures.trends.layout import (
    LABEL_FONT,
    MUTED,
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
from dashboard.i18n.words import number_text, span_text


def quotas_chart(quotas: pd.DataFrame, kandas: pd.DataFrame, words: ChartText) -> go.Figure:
    """Immigration quotas in families: the Programme's list 1993-2000 (bars) and the decree
    quotas (diamonds); years not retrieved are marked as such, and the kandas quotas of the
    2020s, set in persons, are a note (a different unit).

    Every number is written once: over its bar; over a decree's diamond only where no bar of
    the same year says it already; and once over a run of years with the same decree quota
    (three labels "15 000" side by side would run into one another).

    ``quotas``: :func:`~dashboard.datasets.trends.immigration_quotas`; ``kandas``:
    :func:`~dashboard.datasets.trends.kandas_quotas` (persons: a note, not a bar).
    """
    lang = words.lang
    years = year_range(quotas["year"])
    unit = unit_text("families", lang)
    traces = []
    programme = quotas[quotas["kind"] == "programme"]
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
                    "text": texts,
                    "textposition": "outside",
                    "textfont": {"size": LABEL_FONT},
                    "cliponaxis": False,
                    "constraintext": "none",
                    "hovertext": hover,
                    "hovertemplate": "%{hovertext}<extra></extra>",
                }
            )
        else:
            said = {
                (int(y), float(v))
                for y, v in zip(programme["year"], programme["value"], strict=True)
            }
            shown = _run_labels(rows, texts, said)
            traces.append(
                labelled_points(
                    rows["year"].tolist(),
                    rows["value"].tolist(),
                    name=name,
                    meta=kind,
                    texts=shown,
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
    left = 64
    wrapped = notes_text([" ".join(notes)], left)
    annotations.append(note(wrapped, 0))
    title = chart_title(t("trends.quotas.title", lang, span=span_text(years[0], years[-1])))
    place = frame(title, [Block(plot=170, legend=2)], wrapped)
    annotations[-1]["y"] = place.notes
    top = float(quotas["value"].max())
    layout = chart_layout(
        lang,
        title,
        place,
        left=left,
        annotations=annotations,
        showlegend=True,
        legend=legend_at(place.legends[0]),
        xaxis=axis(range=[years[0] - 0.6, years[-1] + 0.6], dtick=2, tick0=years[0] + 1),
        yaxis=value_axis(unit, range=[0, top * 1.2], tickformat=",d"),
    )
    return go.Figure(data=traces, layout=layout)


def _run_labels(rows: pd.DataFrame, texts: Sequence[str], said: set[tuple[int, float]]) -> list:
    """The label of each decree point: empty where a Programme bar of that year already
    says the same number, and only the middle point of a run of consecutive years with one
    value keeps its label (the run's number, written once)."""
    records = list(zip(rows["year"].astype(int), rows["value"].astype(float), strict=True))
    shown = ["" if (y, v) in said else text for (y, v), text in zip(records, texts, strict=True)]
    start = 0
    for i in range(1, len(records) + 1):
        ends = i == len(records) or not (
            records[i][0] == records[i - 1][0] + 1 and records[i][1] == records[start][1]
        )
        if ends:
            middle = (start + i - 1) // 2
            for j in range(start, i):
                if j != middle:
                    shown[j] = ""
            start = i
    return shown


def _runs(years: Sequence[int]) -> list[tuple[int, int]]:
    """Consecutive runs of years: [2001, 2002, 2003, 2008] -> [(2001, 2003), (2008, 2008)]."""
    runs: list[tuple[int, int]] = []
    for y in sorted(years):
        if runs and runs[-1][1] == y - 1:
            runs[-1] = (runs[-1][0], y)
        else:
            runs.append((y, y))
    return runs
