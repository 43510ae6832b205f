"""Sparklines: gaps stay gaps, parent values look different, hovers carry source and quality,
the y axis has numbers, census revisions break the line and say so."""

from __future__ import annotations

import math
from types import MappingProxyType

import pandas as pd
import pytest

from dashboard.datasets.package import load_package
from dashboard.datasets.profiles import POINT_COLUMNS, IndicatorSeries, region_profile
from dashboard.figures import charts
from dashboard.figures.charts import REVISION_MARK, SPARKLINE_HEIGHT, sparkline
from dashboard.figures.choropleth import MAP_FONT
from dashboard.i18n.formats import format_number
from dashboard.views.profile import labelled_points, revision_marks, sparkline_text


@pytest.fixture(scope="module")
def package():
    return load_package()


def draw(series: IndicatorSeries, lang: str, selected_year: int | None):
    """The sparkline of ``series`` in ``lang``, labelled and marked as the profile view does."""
    return sparkline(
        labelled_points(series, lang),
        sparkline_text(series, lang),
        selected_year,
        revision_marks(series, lang),
    )


def traces(fig, meta: str) -> list:
    return [tr for tr in fig.data if tr.meta == meta]


def values_by_year(trace) -> dict[int, float]:
    return dict(zip((int(x) for x in trace.x), (float(y) for y in trace.y), strict=True))


def synthetic(rows: list[tuple], scale: str = "sequential") -> IndicatorSeries:
    """A series built by hand: (year, value, quality, unit_id, version, from_parent)."""
    records = [
        {
            "year": year,
            "value": value,
            "source_id": "bns-population-1jan" if quality else "",
            "quality": quality,
            "note": "",
            "unit_id": unit,
            "boundary_version": version,
            "from_parent": parent,
            "includes": "10+63" if unit == "63" and version != "2022" else "",
            "aggregated_from": "",
        }
        for year, value, quality, unit, version, parent in rows
    ]
    return IndicatorSeries(
        indicator="test",
        group="other",
        names=MappingProxyType({"kk": "сынақ", "ru": "тест", "en": "test"}),
        units=MappingProxyType({"kk": "адам", "ru": "человек", "en": "persons"}),
        unit_code="persons",
        kind="count",
        scale=scale,
        decimals=0,
        caveats=MappingProxyType({"kk": "", "ru": "", "en": ""}),
        points=pd.DataFrame.from_records(records, columns=POINT_COLUMNS),
        citations=MappingProxyType(
            {"bns-population-1jan": {"kk": "ҰСБ", "ru": "БНС", "en": "BNS population"}}
        ),
        selected_year=2021,
    )


def test_parent_points_are_dotted_and_hollow(package) -> None:
    series = region_profile("10", 2023, package).get("population")
    fig = draw(series, "en", 2023)
    # East Kazakhstan's values to 2021: two runs (the 2009 census revision between them)
    _, parent = traces(fig, "parent")
    (own,) = traces(fig, "own")
    assert parent.line.dash == "dot" and parent.marker.symbol == "circle-open"
    assert own.line.dash == "solid" and own.marker.symbol == "circle"
    assert parent.line.color != own.line.color
    assert parent.name == "East Kazakhstan Region (parent unit)"
    # each year belongs to one of them: the other is NaN there, so they never join
    parent_values, own_values = values_by_year(parent), values_by_year(own)
    assert all(math.isnan(own_values[y]) for y in range(2000, 2022))
    assert all(math.isnan(parent_values[y]) for y in (2022, 2023))
    assert not math.isnan(parent_values[2021]) and not math.isnan(own_values[2022])
    hover = next(h for h in parent.hovertext if h)
    assert "East Kazakhstan Region (parent unit)" in hover
    assert "Source: BNS, population on 1 January by region" in hover
    assert "Quality: official" in hover


def test_missing_years_are_nan_and_never_connected(package) -> None:
    # Pavlodar's kandas quota: 2023, 2025, 2026 - nothing for 2024
    series = region_profile("55", 2023, package).get("kandas_quota")
    fig = draw(series, "ru", 2023)
    (own,) = traces(fig, "own")
    assert [int(x) for x in own.x] == [2023, 2024, 2025, 2026]
    assert math.isnan(values_by_year(own)[2024])
    assert own.connectgaps is False


def test_a_nan_point_breaks_the_line() -> None:
    series = synthetic(
        [
            (2019, 100.0, "official", "71", "2018", False),
            (2020, math.nan, "", "71", "2018", False),
            (2021, 120.0, "official", "71", "2018", False),
        ]
    )
    fig = draw(series, "en", 2021)
    (own,) = traces(fig, "own")
    assert math.isnan(values_by_year(own)[2020])
    assert own.connectgaps is False
    assert own.hovertext[1] == ""  # nothing to say about a year without a value


def test_territory_change_breaks_the_line(package) -> None:
    # East Kazakhstan with Abai until 2021, without it from 2022: separate runs (the 2009
    # census revision splits the first territory's years once more)
    series = region_profile("63", 2023, package).get("population")
    fig = draw(series, "en", 2023)
    runs = traces(fig, "own")
    assert len(runs) == 3
    with_abai, without = values_by_year(runs[1]), values_by_year(runs[2])
    assert math.isnan(with_abai[2022]) and math.isnan(without[2021])
    assert not math.isnan(with_abai[2021]) and not math.isnan(without[2022])
    assert "incl. Abai Region (1997 boundaries)" in next(h for h in runs[0].hovertext if h)


def test_selected_year_is_highlighted(package) -> None:
    series = region_profile("71", 2023, package).get("net_migration")
    fig = draw(series, "en", 2023)
    (selected,) = traces(fig, "selected")
    assert list(selected.x) == [2023] and list(selected.y) == [51539.0]
    assert any(s.x0 == 2023 and s.yref == "paper" for s in fig.layout.shapes)
    # no value in 2008 (census revision): a guide line would be outside the axis, no highlight
    assert not traces(draw(series, "en", 2008), "selected")


def test_values_are_formatted_for_the_language(package) -> None:
    series = region_profile("71", 2023, package).get("net_migration")
    hovers = [h for run in traces(draw(series, "ru", 2023), "own") for h in run.hovertext]
    hover = next(h for h in hovers if h.startswith("<b>2023</b>"))
    assert "51\xa0539 человек" in hover
    assert "Источник:" in hover
    hovers_en = [h for run in traces(draw(series, "en", 2023), "own") for h in run.hovertext]
    assert any("51,539 persons" in h for h in hovers_en)


def test_model_values_say_so() -> None:
    series = synthetic(
        [(2020, 10.0, "model", "71", "2018", False), (2021, 12.0, "model", "71", "2018", False)]
    )
    (own,) = traces(draw(series, "en", 2021), "own")
    assert "model estimate, not observed" in own.hovertext[0]


def test_compact_and_transparent(package) -> None:
    series = region_profile("71", 2023, package).get("population")
    fig = draw(series, "kk", 2023)
    layout = fig.layout
    assert layout.height == SPARKLINE_HEIGHT
    assert layout.font.family == MAP_FONT
    assert layout.paper_bgcolor == "rgba(0,0,0,0)" and layout.plot_bgcolor == "rgba(0,0,0,0)"
    assert list(layout.xaxis.tickvals) == [2000, 2025]
    assert layout.showlegend is False


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_value_axis_shows_the_lowest_and_highest_value_in_the_readers_format(
    package, lang
) -> None:
    series = region_profile("71", 2023, package).get("population")
    axis = draw(series, lang, 2023).layout.yaxis
    values = series.points["value"].dropna()
    assert list(axis.tickvals) == [values.min(), values.max()]
    assert list(axis.ticktext) == [format_number(v, lang, 0) for v in axis.tickvals]
    assert (
        axis.ticktext[1]
        == {"kk": "1\xa0528\xa0703", "ru": "1\xa0528\xa0703", "en": "1,528,703"}[lang]
    )
    assert axis.visible is not False and axis.range[0] < values.min() < values.max() < axis.range[1]


def test_a_gain_and_loss_axis_also_marks_zero_when_clear_of_both_ends(package) -> None:
    series = region_profile("59", 2023, package).get("net_migration")
    axis = draw(series, "en", 2023).layout.yaxis
    assert axis.tickvals[0] < 0 and axis.ticktext[0].startswith("-")
    assert all(any(ch.isdigit() for ch in label) for label in axis.ticktext)


def revision_shapes(fig) -> list[float]:
    return [s.x0 for s in fig.layout.shapes if s.name == REVISION_MARK]


def test_census_revisions_break_a_population_line_and_are_marked(package) -> None:
    series = region_profile("59", 2023, package).get("population")
    fig = draw(series, "en", 2023)
    assert revision_shapes(fig) == [2008.5, 2021.5]
    labels = [a for a in fig.layout.annotations if a.name == REVISION_MARK]
    assert [a.text for a in labels] == ["2009 census", "2021 census"]
    assert "recalculated after the 2009 census" in labels[0].hovertext
    assert "1 January 2022" in labels[1].hovertext
    # No line joins 2008 to 2009 or 2021 to 2022: the steps there are revisions.
    for run in traces(fig, "own"):
        values = values_by_year(run)
        for before, after in ((2008, 2009), (2021, 2022)):
            assert math.isnan(values[before]) or math.isnan(values[after])


def test_a_value_straddling_a_revision_stands_alone(package) -> None:
    # population change 2009 = revised 1 January 2009 minus unrevised 1 January 2008
    series = region_profile("59", 2023, package).get("population_change")
    fig = draw(series, "ru", 2023)
    assert revision_shapes(fig) == [2009.0, 2022.0]
    (alone,) = [r for r in traces(fig, "own") if not math.isnan(values_by_year(r)[2009])]
    assert sum(not math.isnan(v) for v in alone.y) == 1
    labels = [a for a in fig.layout.annotations if a.name == REVISION_MARK]
    assert labels[0].text == "перепись 2009" and "значение 2009 г." in labels[0].hovertext


def test_a_balance_gap_at_a_revision_gives_the_reason(package) -> None:
    series = region_profile("59", 2023, package).get("net_migration")
    fig = draw(series, "kk", 2023)
    assert revision_shapes(fig) == [2008.0, 2021.0]
    (first, _) = [a for a in fig.layout.annotations if a.name == REVISION_MARK]
    assert first.text == "2009 ж. санақ" and "2009 жылғы санақ бойынша" in first.hovertext


def test_indicators_without_population_counts_have_no_revision_marks(package) -> None:
    series = region_profile("59", 2023, package).get("births")
    assert revision_shapes(draw(series, "en", 2023)) == []


def test_doctests_of_the_chart_helpers() -> None:
    import doctest

    assert doctest.testmod(charts).failed == 0


def test_diverging_series_get_a_zero_line() -> None:
    series = synthetic(
        [
            (2020, -5.0, "official", "71", "2018", False),
            (2021, 7.0, "official", "71", "2018", False),
        ],
        scale="diverging",
    )
    fig = draw(series, "en", 2021)
    assert any(s.yref == "y" and s.y0 == 0 for s in fig.layout.shapes)
