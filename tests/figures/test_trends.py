"""Trend charts: titles and words in three languages, locale numbers, sources in hover,
gaps kept, qualifiers shown, stated shares only, and meaning never by colour alone."""

from __future__ import annotations

import dataclasses
import math
import re

import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard.datasets.package import DataPackage, load_package
from dashboard.datasets.sources import cite
from dashboard.figures import trends as charts
from dashboard.figures.trends import (
    CHART_FUNCTIONS,
    OKABE_ITO,
    kk_ablative,
    number_text,
    percent_text,
    period_text,
    signed_number,
)
from dashboard.i18n.catalog import LANGUAGES, t

KAZAKH_LETTERS = set("әғқңөұүіһӘҒҚҢӨҰҮІҺ")
NBSP = "\u00a0"
QUALITY = {"kk": "ресми", "ru": "официальные данные", "en": "official"}


@pytest.fixture(scope="module")
def package() -> DataPackage:
    return load_package()


@pytest.fixture(scope="module")
def figures(package) -> dict[tuple[str, str], go.Figure]:
    return {
        (name, lang): build(package, lang)
        for name, build in CHART_FUNCTIONS.items()
        for lang in LANGUAGES
    }


def trace(fig: go.Figure, meta: str):
    found = [tr for tr in fig.data if tr.meta == meta]
    assert len(found) == 1, [tr.meta for tr in fig.data]
    return found[0]


def plain(text: str) -> str:
    """Hover or label text without plotly's line breaks and tags."""
    return re.sub(r"<[^>]+>", " ", text.replace("<br>", " "))


# ------------------------------------------------------------------------------ every chart


@pytest.mark.parametrize("name", list(CHART_FUNCTIONS))
def test_title_in_each_language(figures, name):
    titles = {lang: figures[name, lang].layout.title.text for lang in LANGUAGES}
    assert all(titles.values())
    assert len(set(titles.values())) == 3, titles
    assert KAZAKH_LETTERS & set(titles["kk"]), titles["kk"]
    assert re.search("[а-яё]", titles["ru"], re.I) and not KAZAKH_LETTERS & set(titles["ru"])
    assert re.fullmatch(r"[\x00-\x7f–’“”]+", plain(titles["en"])), titles["en"]


@pytest.mark.parametrize("name", list(CHART_FUNCTIONS))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_style_and_locale_separators(figures, name, lang):
    fig = figures[name, lang]
    assert fig.layout.separators == (".," if lang == "en" else ", ")
    assert not fig.layout.template.layout.to_plotly_json()  # template "none": no theme
    assert 240 <= fig.layout.height <= 360
    assert "Open Sans" in fig.layout.font.family


@pytest.mark.parametrize("name", list(CHART_FUNCTIONS))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_hover_names_source_and_quality(figures, name, lang):
    fig = figures[name, lang]
    source_word = t("hover.source", lang)
    quality_word = t("hover.quality", lang)
    hovers = 0
    for tr in fig.data:
        if tr.meta == "gaps":  # the 'no figure' marks say so instead
            continue
        for text in tr.hovertext:
            if not text:  # a year without a value has no point
                continue
            hovers += 1
            assert f"{source_word}:" in text and f"{quality_word}:" in text, text
    assert hovers > 0


@pytest.mark.parametrize("name", list(CHART_FUNCTIONS))
def test_colours_are_okabe_ito_or_neutral(figures, name):
    allowed = {c.lower() for c in OKABE_ITO.values()} | {"white", "#222222", "#7f7f7f"}
    for tr in figures[name, "en"].data:
        marker = getattr(tr, "marker", None)
        colours = []
        if marker is not None and marker.color is not None:
            colours += [marker.color] if isinstance(marker.color, str) else list(marker.color)
        line = getattr(tr, "line", None)
        if line is not None and line.color is not None:
            colours.append(line.color)
        for colour in colours:
            assert colour.lower() in allowed, (name, tr.meta, colour)


# ------------------------------------------------------------------------------ net migration


def test_net_migration_lines_and_the_sign_of_each_year(figures, package):
    fig = figures["net_migration", "en"]
    total, urban, rural = (trace(fig, m) for m in ("total", "urban", "rural"))
    assert list(total.x) == list(range(2000, 2025))
    assert not total.connectgaps
    # urban and rural differ by dash, not only by colour
    assert len({total.line.dash, urban.line.dash, rural.line.dash}) == 3
    values = dict(zip(total.x, total.y, strict=True))
    symbols = dict(zip(total.x, total.marker.symbol, strict=True))
    assert values[2000] == -108307 and values[2024] == 16550
    for year, value in values.items():
        assert symbols[year] == ("triangle-up" if value > 0 else "triangle-down")


def test_net_migration_programme_period_target_and_spells(figures):
    for lang in LANGUAGES:
        fig = figures["net_migration", lang]
        rects = [s for s in fig.layout.shapes if s.type == "rect"]
        assert [(r.x0, r.x1) for r in rects] == [(2000.5, 2010.5)]
        zero = [s for s in fig.layout.shapes if s.type == "line" and s.yref == "y"]
        assert zero and zero[0].y0 == 0
        target = [a for a in fig.layout.annotations if a.name == "target"]
        assert len(target) == 1 and target[0].x == 2010 and target[0].y == 15516
        verdict = t("trends.net.target_met", lang, year=2010, value=signed_number(15516, lang))
        assert verdict in plain(target[0].text)
        spells = [a for a in fig.layout.annotations if (a.name or "").startswith("spell-")]
        assert [a.name for a in spells] == [
            "spell-negative-2000",
            "spell-positive-2004",
            "spell-negative-2012",
            "spell-positive-2023",
        ]
        # a text sign, not only the colour
        assert [plain(a.text).strip() for a in spells] == ["−", "+", "−", "+"]
        assert "2012–2022" in spells[2].hovertext


def test_net_migration_hover_numbers_follow_the_locale(figures):
    expected = {"kk": f"-108{NBSP}307", "ru": f"-108{NBSP}307", "en": "-108,307"}
    for lang in LANGUAGES:
        total = trace(figures["net_migration", lang], "total")
        hover = total.hovertext[0]
        assert expected[lang] in hover, hover
        assert cite("bns-net-migration-all-flows", lang, load_package()) in plain(hover)
        assert QUALITY[lang] in hover


def test_net_migration_gap_breaks_the_line(package):
    def drop_2015(frame: pd.DataFrame) -> pd.DataFrame:
        return frame[~((frame["series"] == "net_migration_all_flows") & (frame["year"] == 2015))]

    changed = dataclasses.replace(
        package,
        tables={**package.tables, "national_series": drop_2015(package["national_series"])},
    )
    fig = charts.net_migration_chart(changed, "en")
    total = trace(fig, "total")
    values = dict(zip(total.x, total.y, strict=True))
    assert 2015 in values and values[2015] is None  # a hole, not an interpolated value
    assert values[2014] is not None and values[2016] is not None
    assert not total.connectgaps


# ------------------------------------------------------------------------------ the Programme


def test_loss_per_1000_is_points_at_the_stated_years(figures):
    for lang in LANGUAGES:
        fig = figures["migration_loss", lang]
        loss = trace(fig, "loss_per_1000")
        assert list(loss.x) == [1991, 1992, 1993, 1994, 1995, 1998, 2000]
        assert "lines" not in loss.mode
        gaps = trace(fig, "gaps")
        assert list(gaps.x) == [1996, 1997, 1999] and gaps.mode == "text"
        # 1994 is 'about 25' in words, and an open marker
        labels = dict(zip(loss.x, loss.text, strict=True))
        assert labels[1994] == t("trends.qualifier.about", lang, value="25")
        assert dict(zip(loss.x, loss.marker.symbol, strict=True))[1994] == "circle-open"
        ratio = trace(fig, "ratio")
        assert list(ratio.y) == [1.4, 2.8]
        assert ratio.marker.pattern.shape == "/"


def test_qualified_figures_read_as_such(figures):
    expected = {"kk": "2 000-нан астам", "ru": "более 2 000", "en": "over 2,000"}
    for lang in LANGUAGES:
        fig = figures["emigration", lang]
        total = trace(fig, "total")
        texts = [x.replace(NBSP, " ") for x in total.text]
        assert expected[lang] in texts, texts
        recent = trace(fig, "range")
        assert list(recent.base) == [160] and list(recent.x) == [40]
        peak = trace(fig, "year")
        assert number_text(477.1, lang) in list(peak.text)


def test_emigration_bars_tell_kind_by_pattern(figures):
    fig = figures["emigration", "en"]
    shapes = {tr.meta: tr.marker.pattern.shape for tr in fig.data}
    assert shapes["year"] in ("", None) and shapes["total"] and shapes["range"]
    assert len(set(shapes.values())) == 3


def test_ethnic_composition_draws_stated_shares_only(figures):
    for lang in LANGUAGES:
        fig = figures["ethnic_composition", lang]
        emigrants = trace(fig, "emigrants")
        assert sorted(emigrants.x) == [5, 9, 19, 58]  # no 9 % 'rest' bar
        immigrants = trace(fig, "immigrants")
        assert sorted(immigrants.x) == [4, 6, 16, 33, 41]
        notes = [plain(a.text) for a in fig.layout.annotations if a.name == "note"]
        assert len(notes) == 1
        assert percent_text(91, lang) in notes[0] and percent_text(9, lang) in notes[0]
    labels = list(trace(figures["ethnic_composition", "kk"], "emigrants").y)
    assert "Орыстар" in labels and "Қазақтар" in labels


def test_emigrant_shares_are_points_with_locale_percent(figures):
    fig = figures["emigrant_shares", "ru"]
    work = trace(fig, "working_age")
    edu = trace(fig, "education")
    assert list(work.x) == [1994, 1995, 1999, 2000] and "lines" not in work.mode
    assert list(edu.x) == [1993, 1994, 1995, 1999, 2000] and "lines" not in edu.mode
    assert work.marker.symbol != edu.marker.symbol
    assert f"63,2{NBSP}%" in work.text
    # printed as '33,0%' in the Programme: the decimal stays
    assert f"33,0{NBSP}%" in edu.text
    notes = [plain(a.text) for a in fig.layout.annotations if a.name == "note"]
    assert any("около 18" in n for n in notes)
    assert trace(figures["emigrant_shares", "en"], "working_age").text[0] == "63.2%"


def test_oralmans_panels_and_unitemised_rest(figures):
    for lang in LANGUAGES:
        fig = figures["oralmans", lang]
        first, second = trace(fig, "origins-0"), trace(fig, "origins-1")
        assert sorted(first.x) == [1, 1.2, 2, 8, 35]
        assert sorted(second.x) == [5.3, 7.8, 10.4, 12.4, 60.5]
        titles = " ".join(plain(a.text) for a in fig.layout.annotations)
        assert number_text(183_000, lang).replace(NBSP, " ") in titles.replace(NBSP, " ")
        assert number_text(43_000, lang, "over").replace(NBSP, " ") in titles.replace(NBSP, " ")
        notes = " ".join(plain(a.text) for a in fig.layout.annotations if a.name == "note")
        assert percent_text(47.2, lang) in notes and percent_text(96.4, lang) in notes


def test_quotas_by_source_and_gaps(figures):
    fig = figures["quotas", "en"]
    programme, decree = trace(fig, "programme"), trace(fig, "decree")
    assert list(programme.x) == list(range(1993, 2001)) and programme.type == "bar"
    assert list(decree.x) == [1997, 2000, 2004, 2005, 2006, 2007]
    assert decree.marker.symbol == "diamond"
    gaps = [plain(a.text) for a in fig.layout.annotations if a.name == "gap"]
    assert gaps == ["2001–2003: not retrieved"]
    assert "Presidential Decree No. 1508" in plain(decree.hovertext[-1])
    note = " ".join(plain(a.text) for a in fig.layout.annotations if a.name == "note")
    assert "2008" in note and "2,309" in note


def test_kandas_points_not_lines_and_partial_years(figures):
    for lang in LANGUAGES:
        fig = figures["kandas", lang]
        cumulative = trace(fig, "cumulative")
        assert cumulative.mode == "markers+text"
        texts = [x for x in cumulative.text if x]
        assert t("trends.qualifier.about", lang, value=number_text(945_000, lang)) in texts
        assert number_text(1_160_000, lang, "over") in texts
        partial = trace(fig, "grants-partial")
        assert list(partial.x) == [2020, 2023] and partial.marker.pattern.shape == "/"
        assert list(trace(fig, "grants").x) == [2022, 2025]
        assert list(trace(fig, "gaps").x) == [2021, 2024]
    ticks = list(figures["kandas", "ru"].layout.xaxis2.ticktext)
    assert ticks[0].startswith("2020<br>янв") and ticks[1] == ""


# ------------------------------------------------------------------------------ words


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("2 000 000", "2 000 000-нан"),
        ("43 000", "43 000-нан"),
        ("1 160 000", "1 160 000-нан"),
        ("25", "25-тен"),
        ("3", "3-тен"),
        ("83", "83-тен"),
        ("40", "40-тан"),
        ("16", "16-дан"),
        ("20", "20-дан"),
        ("100", "100-ден"),
        ("477,1", "477,1-ден"),
        ("1,16", "1,16-дан"),
    ],
)
def test_kazakh_ablative_follows_the_last_word(number, expected):
    assert kk_ablative(number) == expected


def test_number_text_qualifiers_and_decimals():
    assert number_text(2_000_000, "en", "over") == "over 2,000,000"
    assert number_text(2_000_000, "ru", "over") == f"более 2{NBSP}000{NBSP}000"
    assert number_text(25, "kk", "about") == "шамамен 25"
    assert number_text(1_160_000, "en") == "1,160,000"
    assert number_text(63.2, "kk") == "63,2"
    assert number_text(477_100, "en", scale=1000) == "477.1"
    assert not math.isnan(float(number_text(1.4, "en")))


def test_period_text():
    assert period_text("1991-2000", "en") == "1991–2000"
    assert period_text("2023-01 to 2023-04", "kk") == "2023, қаңтар–сәуір"
    assert period_text("2020 (to 1 Dec)", "ru") == "2020, январь–ноябрь"
    assert period_text("1991 to 1 Oct 2011", "en", "2011-10-01") == "since 1991, as of 1 Oct 2011"
    assert period_text("1991 to May 2014", "ru", "2014-05") == "с 1991 г., на 05.2014"
    assert "көрсетілмеген" in period_text("recent years", "kk")
