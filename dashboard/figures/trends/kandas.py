"""Chart 8: kandas (former oralmans), cumulative totals since 1991 and status grants."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.trends.common import (
    OKABE_ITO,
    ChartText,
    gap_marks,
    hover_text,
    labelled_points,
    unit_text,
    year_range,
)
from dashboard.figures.trends.layout import (
    LABEL_FONT,
    MIN_WIDTH,
    PANEL_FONT,
    RIGHT,
    TICKS,
    Block,
    axis,
    chart_layout,
    chart_title,
    fit,
    frame,
    legend_at,
    panel_title,
    value_axis,
)
from dashboard.i18n.catalog import t
from dashboard.i18n.words import number_text, period_text


def kandas_chart(cumulative: pd.DataFrame, grants: pd.DataFrame, words: ChartText) -> go.Figure:
    """Oralmans / kandas: people arrived since 1991 by 'as of' date (points, from several
    sources, not joined) and, below, people granted kandas status per year (bars; a part of
    a year is hatched and labelled with its months). Each panel has its own legend under it.

    ``cumulative``: :func:`~dashboard.datasets.trends.kandas_cumulative`; ``grants``:
    :func:`~dashboard.datasets.trends.kandas_status_grants`.
    """
    lang = words.lang
    people = unit_text("persons", lang)
    traces = []
    for kind, symbol in (("programme", "square"), ("cumulative", "circle")):
        rows = cumulative[cumulative["kind"] == kind]
        if rows.empty:
            continue
        texts, hover, symbols, positions = [], [], [], []
        for r in rows.to_dict("records"):
            value = number_text(r["value"], lang, r["qualifier"])
            # the latest point's label goes left, or it would leave the chart
            positions.append(
                "top left" if r["date"] == cumulative["date"].max() else "bottom right"
            )
            # the Programme's total and the qualified figures must read on the chart, not only
            # in hover; the others are too close together to be labelled
            texts.append(value if r["qualifier"] or kind == "programme" else "")
            symbols.append(f"{symbol}-open" if r["qualifier"] else symbol)
            when = period_text(r["period"], lang, r["reference_date"] or "")
            lines = [f"{value} {people}"]
            if pd.notna(r.get("families")):
                lines.append(
                    t(
                        "trends.kandas.families",
                        lang,
                        value=number_text(r["families"], lang, r["families_qualifier"]),
                    )
                )
            hover.append(hover_text(when, lines, r["source_id"], r["quality"], words))
        colour = OKABE_ITO["blue"] if kind == "cumulative" else OKABE_ITO["purple"]
        # Separate totals from separate sources: points, not a line.
        traces.append(
            labelled_points(
                [d.strftime("%Y-%m-%d") for d in rows["date"]],
                rows["value"].tolist(),
                name=t(f"trends.kandas.{kind}", lang),
                meta=kind,
                texts=texts,
                hover=hover,
                marker={
                    "symbol": symbols,
                    "size": 8,
                    "color": colour,
                    "line": {"width": 2, "color": colour},
                },
                textposition=positions,
                textfont={"size": LABEL_FONT},
                cliponaxis=False,
                xaxis="x",
                yaxis="y",
                legend="legend",
            )
        )
    years = year_range(grants["x"]) if not grants.empty else []
    for partial in (False, True):
        rows = grants[grants["partial"] == partial]
        if rows.empty:
            continue
        texts, hover = [], []
        for r in rows.to_dict("records"):
            value = number_text(r["value"], lang, r["qualifier"])
            when = period_text(r["period"], lang, r["reference_date"] or "")
            texts.append(value)
            lines = [f"{value} {people}"]
            if partial:
                lines.append(t("trends.kandas.partial", lang))
            hover.append(hover_text(when, lines, r["source_id"], r["quality"], words))
        traces.append(
            {
                "type": "bar",
                "x": rows["x"].tolist(),
                "y": rows["value"].tolist(),
                "name": t(
                    "trends.kandas.part_year" if partial else "trends.kandas.full_year", lang
                ),
                "meta": "grants-partial" if partial else "grants",
                "text": texts,
                "textposition": "outside",
                "textfont": {"size": LABEL_FONT},
                "cliponaxis": False,
                "constraintext": "none",
                "width": 0.7,
                "marker": {
                    "color": "white" if partial else OKABE_ITO["green"],
                    "line": {"color": OKABE_ITO["green"], "width": 1.5},
                    # a part of a year: hatched outline, not a full bar (pattern, not colour)
                    "pattern": {"shape": "/" if partial else "", "fgcolor": OKABE_ITO["green"]},
                },
                "hovertext": hover,
                "hovertemplate": "%{hovertext}<extra></extra>",
                "xaxis": "x2",
                "yaxis": "y2",
                "legend": "legend2",
            }
        )
    # Tick labels: a partial year names its months (abbreviated); a year without a figure
    # has no label and a dash at zero, so the gap reads as a gap.
    ticktext, gaps = [], []
    by_year = {int(r["x"]): r for r in grants.to_dict("records")}
    for y in years:
        row = by_year.get(y)
        if row is None:
            ticktext.append("")
            gaps.append(y)
        elif row["partial"]:
            label = period_text(row["period"], lang, row["reference_date"] or "", short=True)
            ticktext.append(label.replace(", ", "<br>", 1))
        else:
            ticktext.append(str(y))
    if gaps:
        traces.append(
            gap_marks(gaps, lang, "trends.kandas.gap_hover", "x2", "y2", position="top center")
            | {"legend": "legend2"}
        )
    top_cum = float(cumulative["value"].max()) if not cumulative.empty else 1.0
    top_grants = float(grants["value"].max()) if not grants.empty else 1.0
    first = cumulative["date"].min() if not cumulative.empty else pd.Timestamp("1991-01-01")
    last = cumulative["date"].max() if not cumulative.empty else pd.Timestamp("2025-12-31")
    left = 72
    width = MIN_WIDTH - left - RIGHT
    partial_years = any("<br>" in x for x in ticktext)
    blocks = [
        Block(
            plot=130,
            title=fit(t("trends.kandas.cumulative_panel", lang), width, PANEL_FONT),
            legend=2,
        ),
        Block(
            plot=110,
            title=fit(t("trends.kandas.grants_panel", lang), width, PANEL_FONT),
            ticks=TICKS + (14 if partial_years else 0),  # month names on a second line
            legend=2,
        ),
    ]
    title = chart_title(t("trends.kandas.title", lang))
    place = frame(title, blocks)
    layout = chart_layout(
        lang,
        title,
        place,
        left=left,
        showlegend=True,
        legend=legend_at(place.legends[0]),
        legend2=legend_at(place.legends[1]),
        annotations=[panel_title(b.title, y) for b, y in zip(blocks, place.titles, strict=True)],
        xaxis=axis(
            type="date",
            tickformat="%Y",
            range=[
                (first - pd.DateOffset(years=1)).strftime("%Y-%m-%d"),
                (last + pd.DateOffset(years=1)).strftime("%Y-%m-%d"),
            ],
        ),
        yaxis=value_axis(
            "", range=[0, top_cum * 1.25], tickformat=",d", domain=list(place.domains[0])
        ),
        xaxis2=axis(
            anchor="y2",
            range=[years[0] - 0.6, years[-1] + 0.6] if years else None,
            tickvals=years,
            ticktext=ticktext,
            tickangle=0,
        ),
        yaxis2=value_axis(
            "",
            anchor="x2",
            range=[0, top_grants * 1.25],
            tickformat=",d",
            domain=list(place.domains[1]),
        ),
    )
    return go.Figure(data=traces, layout=layout)
