"""The trends panel's view: the charts, readings and source lines in the reader's language.

:func:`trends_view` turns a view state and the data package into a :class:`TrendsView`:
a heading, an intro and one :class:`TrendCard` per chart of :mod:`dashboard.figures.trends`.
A card holds the chart's figure (plotly JSON), a one-line reading in plain words (computed
from the data by the ``reading_*`` functions below, never written down) and the sources
with their quality. The frames each chart draws are selected here from
:mod:`dashboard.datasets.trends`; the charts themselves never read the package.

The cards are built once per chart, language and data package (``functools.lru_cache``) and
kept as plain data (the figure as a dict, never a plotly object), so requests side by side
share nothing they could change, and a second render only assembles components.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from dashboard.datasets import trends as data
from dashboard.datasets.package import DataPackage
from dashboard.datasets.sources import cite
from dashboard.figures import trends as trend_charts
from dashboard.figures.trends import ChartText
from dashboard.i18n.catalog import t
from dashboard.i18n.words import (
    date_text,
    number_text,
    percent_text,
    period_text,
    quality_text,
    signed_number,
    span_text,
)
from dashboard.state import ViewState

__all__ = [
    "CHARTS",
    "FIGURES",
    "READINGS",
    "TrendCard",
    "TrendsView",
    "chart_text",
    "source_line",
    "trend_figure",
    "trends_view",
]


@dataclass(frozen=True)
class TrendCard:
    """One chart of the panel as the reader sees it, in one language."""

    chart: str  # the chart's name, one of CHARTS
    figure: Mapping[str, Any]  # plotly JSON (a plain dict, shared read-only)
    reading: str  # one line: the facts the chart shows
    sources: str  # 'Sources: <citation> (<quality>); ...'


@dataclass(frozen=True)
class TrendsView:
    """What the trends panel shows, in ``lang``."""

    lang: str
    heading: str
    intro: str
    cards: tuple[TrendCard, ...]


# ---------------------------------------------------------------------------------------------
# the charts


def chart_text(chart: str, lang: str, package: DataPackage) -> ChartText:
    """The words ``chart`` takes from outside the catalogue: the citation, in ``lang``, of
    every source its rows name."""
    sources = dict.fromkeys(source_id for source_id, _ in data.chart_sources(chart, package))
    return ChartText(lang, {source_id: cite(source_id, lang, package) for source_id in sources})


#: The panel's charts in the order they are shown: name -> its figure function. The names
#: and their order are :data:`dashboard.datasets.trends.CHARTS`; each chart's function is
#: ``dashboard.figures.trends.<name>_chart``, taking :func:`~dashboard.datasets.trends.
#: chart_inputs` and the words.
CHARTS: tuple[str, ...] = data.CHARTS
FIGURES: dict[str, Callable[..., go.Figure]] = {
    name: getattr(trend_charts, f"{name}_chart") for name in CHARTS
}


def trend_figure(chart: str, lang: str, package: DataPackage) -> go.Figure:
    """One chart of the panel, built fresh: its frames from ``package``, its words in
    ``lang``. Raises ``KeyError`` for a name not in :data:`CHARTS`."""
    return FIGURES[chart](
        **data.chart_inputs(chart, package), words=chart_text(chart, lang, package)
    )


def source_line(pairs: Iterable[tuple[str, str]], lang: str, package: DataPackage) -> str:
    """'Sources: <citation> (<quality>); …' for the (source_id, quality) pairs of a chart."""
    items = [f"{cite(sid, lang, package)} ({quality_text(q, lang)})" for sid, q in pairs]
    return t("trends.sources", lang, sources="; ".join(items))


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


def _top(rows: pd.DataFrame, lang: str) -> tuple[str, str]:
    """The largest stated share of a composition: its category and percent."""
    row = rows.iloc[0]
    return data.category_name(row, lang), percent_text(row["share_pct"], lang)


def reading_ethnic_composition(lang: str, package: DataPackage) -> str:
    """The largest stated group among emigrants and among immigrants."""
    emigrants = data.composition("emigrants_by_ethnicity", package=package)
    immigrants = data.composition("immigrants_by_ethnicity", package=package)
    emi_group, emi_share = _top(emigrants, lang)
    imm_group, imm_share = _top(immigrants, lang)
    inferred = data.period_inferred(immigrants) and not data.period_inferred(emigrants)
    return _sentence(
        t(
            "trends.reading.ethnic_inferred" if inferred else "trends.reading.ethnic",
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
    first = data.composition("oralman_origins", periods[0], package=package)
    second = data.composition("oralman_origins", periods[-1], package=package)
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


#: One reading per chart, ``reading_<name>`` above, for every name of :data:`CHARTS`.
READINGS: dict[str, Callable[[str, DataPackage], str]] = {
    name: globals()[f"reading_{name}"] for name in CHARTS
}


# ---------------------------------------------------------------------------------------------
# the view


@functools.lru_cache(maxsize=32)
def _card_content(chart: str, lang: str, package: DataPackage) -> tuple[dict[str, Any], str, str]:
    """Figure (as a plain dict), reading and sources line of one chart, cached."""
    # A dict, not the go.Figure: a cached plotly object would be shared between requests,
    # and Dash serialises a dict without plotly's validation.
    figure = trend_figure(chart, lang, package).to_plotly_json()
    reading = READINGS[chart](lang, package)
    sources = source_line(data.chart_sources(chart, package), lang, package)
    return figure, reading, sources


def trends_view(state: ViewState, package: DataPackage) -> TrendsView:
    """The trends panel for ``state`` (its language) from ``package``: heading, intro and
    one card per chart, in the order of :data:`CHARTS`."""
    lang = state.lang
    cards = tuple(TrendCard(chart, *_card_content(chart, lang, package)) for chart in CHARTS)
    return TrendsView(
        lang=lang,
        heading=t("trends.heading", lang),
        intro=t("trends.intro", lang),
        cards=cards,
    )
