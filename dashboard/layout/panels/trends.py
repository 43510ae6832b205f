"""The trends panel: national series as a grid of small charts (layout factory, no callbacks).

``trends_panel(lang)`` returns the panel in the reader's language: a heading, a short intro
and one card per chart of :mod:`dashboard.figures.trends`. Each card holds the chart, a
one-line reading in plain words (computed from the data by the ``reading_*`` functions below,
never written down) and the sources with their quality. Cards sit two to a row on wide
screens and one to a row on narrow ones.

The figures are built once per language and data package (``functools.lru_cache``) and
kept as plain dicts, so a second render only assembles components.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.datasets import trends as data
from dashboard.datasets.package import DataPackage, load_package
from dashboard.figures.trends import (
    CHART_FUNCTIONS,
    date_text,
    number_text,
    percent_text,
    period_text,
    signed_number,
    source_line,
    span_text,
)
from dashboard.i18n.catalog import t

# Element ids (exported; callbacks and browser tests import them from here).
TRENDS_PANEL = "trends-panel"
TREND_CHART = "trend-chart"  # pattern id type: {"type": TREND_CHART, "chart": name}
TREND_READING = "trend-reading"
TREND_SOURCES = "trend-sources"

GRAPH_CONFIG = {
    "displaylogo": False,
    "showSendToCloud": False,
    "modeBarButtonsToRemove": ["select2d", "lasso2d"],
}

__all__ = [
    "GRAPH_CONFIG",
    "READINGS",
    "TRENDS_PANEL",
    "TREND_CHART",
    "TREND_READING",
    "TREND_SOURCES",
    "chart_id",
    "trends_panel",
]


def chart_id(chart: str, kind: str = TREND_CHART) -> dict[str, str]:
    """Pattern-matching id of a chart's graph (or of its reading / sources line)."""
    return {"type": kind, "chart": chart}


# ---------------------------------------------------------------------------------------------
# one-line readings: the facts each chart shows, computed from the data


def _sentence(text: str) -> str:
    """End a reading with one full stop (Russian years already end in 'г.')."""
    return text if text.endswith(".") else text + "."


def reading_net_migration(lang: str, package: DataPackage) -> str:
    """When the balance turned positive, how it stood in the target year, and the spells after.

    E.g. 'Net migration first turned positive in 2004; in 2010, the Programme's target year,
    it was +15,516: target met; it stayed positive until 2011; negative again in 2012–2022;
    positive since 2023.'
    """
    check = data.programme_target_check(package)
    parts: list[str] = []
    if check.first_positive is None:
        parts.append(t("trends.reading.net_never", lang))
    else:
        parts.append(t("trends.reading.net_first", lang, year=check.first_positive))
    if check.value_at_target is not None:
        verdict = "met" if check.met_at_target else "missed"
        value = signed_number(check.value_at_target, lang)
        parts.append(
            t(f"trends.reading.net_target_{verdict}", lang, year=check.target_year, value=value)
        )
    after = list(check.spells_after_programme)
    for i, spell in enumerate(after):
        continues = (
            i == 0
            and spell.start == check.period[1] + 1
            and any(s.start <= check.period[1] < s.end for s in check.spells)
        )
        last = i == len(after) - 1
        if continues and not last:
            # the spell of the target year runs on past the Programme
            parts.append(t(f"trends.reading.net_{spell.sign}_until", lang, year=spell.end))
        elif last and spell.sign in ("positive", "negative"):
            parts.append(t(f"trends.reading.net_{spell.sign}_since", lang, year=spell.start))
        elif spell.sign in ("positive", "negative"):
            span = span_text(spell.start, spell.end)
            parts.append(t(f"trends.reading.net_{spell.sign}_again", lang, span=span))
    return _sentence("; ".join(parts))


def reading_migration_loss(lang: str, package: DataPackage) -> str:
    """The highest loss per 1,000 the Programme states, and the loss against natural increase."""
    loss = data.migration_loss_per_1000(package)
    ratio = data.loss_to_natural_increase(package)
    peak = loss.loc[loss["value"].idxmax()]
    ratios = ", ".join(
        t(
            "trends.reading.ratio_item",
            lang,
            year=r["year"],
            value=number_text(r["value"], lang, r["qualifier"], 1),
        )
        for r in ratio.to_dict("records")
    )
    return _sentence(
        t(
            "trends.reading.loss",
            lang,
            value=number_text(peak["value"], lang, peak["qualifier"]),
            year=int(peak["year"]),
            ratios=ratios,
        )
    )


def reading_emigration(lang: str, package: DataPackage) -> str:
    """The cumulative loss 1991-2000 and the peak year of emigration."""
    facts = data.emigration_facts(package).set_index("item")
    loss = facts.loc["net_migration_loss"]
    peak = facts.loc["emigrants"]
    return _sentence(
        t(
            "trends.reading.emigration",
            lang,
            period=period_text(loss["period"], lang),
            loss=number_text(loss["value"], lang, loss["qualifier"]),
            year=peak["period"],
            peak=number_text(peak["value"], lang, peak["qualifier"]),
        )
    )


def _top(rows: Any, lang: str) -> tuple[str, str]:
    row = rows.iloc[0]
    name = str(row["category"] if lang == "en" else row[f"category_{lang}"])
    return name, percent_text(row["share_pct"], lang)


def reading_ethnic_composition(lang: str, package: DataPackage) -> str:
    """The largest stated group among emigrants and among immigrants."""
    emigrants = data.composition("emigrants_by_ethnicity", package=package)
    immigrants = data.composition("immigrants_by_ethnicity", package=package)
    emi_group, emi_share = _top(emigrants, lang)
    imm_group, imm_share = _top(immigrants, lang)
    return _sentence(
        t(
            "trends.reading.ethnic",
            lang,
            year=emigrants["period"].iloc[0],
            emi_group=emi_group,
            emi_share=emi_share,
            imm_group=imm_group,
            imm_share=imm_share,
        )
    )


def reading_emigrant_shares(lang: str, package: DataPackage) -> str:
    """Working-age share, first and last stated year; range of the educated share."""
    shares = data.emigrant_shares(package)
    work = shares[shares["series"] == "emigrants_working_age_share"]
    edu = shares[shares["series"] == "emigrants_higher_or_specialised_education_share"]
    first, last = work.iloc[0], work.iloc[-1]
    return _sentence(
        t(
            "trends.reading.shares",
            lang,
            first_year=int(first["year"]),
            first=percent_text(first["value"], lang, first["qualifier"]),
            last_year=int(last["year"]),
            last=percent_text(last["value"], lang, last["qualifier"]),
            low=percent_text(edu["value"].min(), lang),
            high=percent_text(edu["value"].max(), lang),
        )
    )


def reading_oralmans(lang: str, package: DataPackage) -> str:
    """Arrivals 1991-2000 and the main origin in each period."""
    arrivals = data.oralman_arrivals(package).set_index("series")
    people = arrivals.loc["oralman_arrivals_people"]
    periods = data.composition_periods("oralman_origins", package)
    first = data.composition("oralman_origins", periods[0], package)
    second = data.composition("oralman_origins", periods[-1], package)
    top, share = _top(first, lang)
    top2, share2 = _top(second, lang)
    cumulative = data.kandas_cumulative(package)
    reference = cumulative.loc[cumulative["period"] == periods[-1], "reference_date"]
    return _sentence(
        t(
            "trends.reading.oralmans",
            lang,
            period=period_text(people["period"], lang),
            people=number_text(people["value"], lang, people["qualifier"]),
            top=top,
            share=share,
            period2=period_text(periods[-1], lang, reference.iloc[0] if len(reference) else ""),
            top2=top2,
            share2=share2,
        )
    )


def reading_quotas(lang: str, package: DataPackage) -> str:
    """The Programme's first and last quota, and the largest decree quota with its years."""
    quotas = data.immigration_quotas(package)
    programme = quotas[quotas["kind"] == "programme"]
    decree = quotas[quotas["kind"] == "decree"]
    first, last = programme.iloc[0], programme.iloc[-1]
    top = decree["value"].max()
    top_years = sorted(decree.loc[decree["value"] == top, "year"].astype(int))
    return _sentence(
        t(
            "trends.reading.quotas",
            lang,
            first=number_text(first["value"], lang),
            first_year=int(first["year"]),
            last=number_text(last["value"], lang),
            last_year=int(last["year"]),
            max=number_text(top, lang),
            max_span=span_text(top_years[0], top_years[-1]),
        )
    )


def reading_kandas(lang: str, package: DataPackage) -> str:
    """The latest cumulative total of arrivals since 1991 and the Programme's 1991-2000 figure."""
    cumulative = data.kandas_cumulative(package)
    latest = cumulative.iloc[-1]
    programme = cumulative[cumulative["kind"] == "programme"]
    first = programme.iloc[0] if not programme.empty else cumulative.iloc[0]
    return _sentence(
        t(
            "trends.reading.kandas",
            lang,
            value=number_text(latest["value"], lang, latest["qualifier"]),
            date=date_text(latest["reference_date"], lang),
            period=period_text(first["period"], lang),
            first=number_text(first["value"], lang, first["qualifier"]),
        )
    )


READINGS: dict[str, Callable[[str, DataPackage], str]] = {
    "net_migration": reading_net_migration,
    "migration_loss": reading_migration_loss,
    "emigration": reading_emigration,
    "ethnic_composition": reading_ethnic_composition,
    "emigrant_shares": reading_emigrant_shares,
    "oralmans": reading_oralmans,
    "quotas": reading_quotas,
    "kandas": reading_kandas,
}


# ---------------------------------------------------------------------------------------------
# the panel


@functools.lru_cache(maxsize=32)
def _card_content(chart: str, lang: str, package: DataPackage) -> tuple[dict[str, Any], str, str]:
    """Figure (as a plain dict), reading and sources line of one chart, cached."""
    # A dict, not the go.Figure: the cached value must not be mutated by a caller, and Dash
    # serialises a dict without plotly's validation.
    figure = CHART_FUNCTIONS[chart](package, lang).to_plotly_json()
    reading = READINGS[chart](lang, package)
    sources = source_line(data.chart_sources(chart, package), lang, package)
    return figure, reading, sources


def _card(chart: str, lang: str, package: DataPackage) -> dbc.Card:
    figure, reading, sources = _card_content(chart, lang, package)
    height = figure.get("layout", {}).get("height")
    return dbc.Card(
        dbc.CardBody(
            [
                dcc.Graph(
                    id=chart_id(chart),
                    figure=figure,
                    config=GRAPH_CONFIG,
                    style={"height": f"{height}px"} if height else None,
                    responsive=True,
                ),
                html.P(reading, id=chart_id(chart, TREND_READING), className="small mb-1 mt-2"),
                html.P(
                    sources,
                    id=chart_id(chart, TREND_SOURCES),
                    className="small text-muted mb-0",
                ),
            ],
            className="p-2",
        ),
        className="h-100",
    )


def trends_panel(lang: str, package: DataPackage | None = None) -> html.Div:
    """The trends panel in ``lang``: heading, intro and one card per chart (two per row on
    wide screens, one on narrow ones). Ids: :data:`TRENDS_PANEL` on the panel,
    :func:`chart_id` on each graph, reading and sources line."""
    package = package if package is not None else load_package()
    cards = [
        dbc.Col(_card(chart, lang, package), xs=12, lg=6, className="mb-3")
        for chart in CHART_FUNCTIONS
    ]
    return html.Div(
        [
            html.H2(t("trends.heading", lang), className="h5 mt-2 mb-1"),
            html.P(t("trends.intro", lang), className="small text-muted mb-3"),
            dbc.Row(cards, className="g-3"),
        ],
        id=TRENDS_PANEL,
        lang=lang,
    )
