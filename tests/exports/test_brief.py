"""The PDF brief and the presentation PDF, read back as a reader's PDF viewer shows them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from dashboard.app import create_app
from dashboard.datasets.package import load_package
from dashboard.exports.brief import (
    FontsMissing,
    brief_pdf,
    extremes,
    key_figures,
    presentation_pdf,
    register_fonts,
)
from dashboard.i18n.catalog import t
from dashboard.state import ViewState
from dashboard.views.map import map_view

TODAY = date(2026, 11, 24)
NET_2023 = ViewState(lang="kk", indicator="net_migration", year=2023, layers=())


@pytest.fixture(scope="module")
def client():
    return create_app().server.test_client()


def test_kazakh_brief_has_title_regions_sources_and_embedded_fonts(renderer, read_pdf):
    pdf = brief_pdf(map_view(NET_2023, load_package()), NET_2023, TODAY)
    assert pdf.startswith(b"%PDF") and read_pdf.pages(pdf) == 1
    words = read_pdf.text(pdf)
    assert "Барлық ағындар бойынша көші-қон сальдосы, 2023" in words
    assert "Алматы қаласы" in words and "Түркістан облысы" in words
    assert "Ең төмен мән" in words and "Түркістан облысы: -22 759 адам" in words
    assert "Дереккөздер: ҰСБ (Талдау)" in words and "Жүктелген күні: 2026-11-24" in words
    assert "Ескерту: Шекаралар тек көрнекілік үшін" in words
    fonts = read_pdf.fonts(pdf)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert {name.split("+")[-1] for name, _ in fonts} == {"DejaVuSans", "DejaVuSans-Bold"}


def test_russian_brief_is_in_cyrillic_with_top_and_bottom_regions(renderer, read_pdf):
    state = replace(NET_2023, lang="ru")
    words = read_pdf.text(brief_pdf(map_view(state, load_package()), state, TODAY))
    assert "Сальдо миграции по всем потокам, 2023" in words
    assert "5 регионов с наибольшим значением" in words and "Туркестанская область" in words
    assert "Источники: БНС" in words and "Оговорка:" in words
    assert "Сумма по регионам на карте" in words  # net migration adds up


def test_model_flows_are_called_a_model_estimate_in_the_brief(renderer, read_pdf):
    state = ViewState(lang="en", indicator="net_migration", year=2023, layers=("flows",))
    words = read_pdf.text(brief_pdf(map_view(state, load_package()), state, TODAY))
    assert "Flows: Model estimate, not observed." in words
    assert "Flows on the map" in words and "25 (model estimate)" in words
    assert "Largest flow on the map" in words


def test_presentation_has_one_page_per_scene_and_prints_notes_as_typed(renderer, read_pdf):
    scenes = [
        (NET_2023, "Kazakh view shown in Russian", "<b>x</b>& =1+1"),
        (ViewState(lang="en", indicator="population", year=2005), "1997 map", ""),
        (ViewState(lang="en", indicator="population", year=2023, compare_year=2005), "", "n"),
    ]
    pdf = presentation_pdf(scenes, "ru", load_package(), today=TODAY)
    assert read_pdf.pages(pdf) == 3
    words = read_pdf.text(pdf)
    assert "Kazakh view shown in Russian" in words and "1997 map" in words
    assert "<b>x</b>& =1+1" in words  # markup and a formula as literal text
    assert "Численность населения на начало года: изменение с 2005 по 2023 год" in words
    assert "Туркестанская область" in words and "Түркістан облысы" not in words


def test_key_figures_are_values_of_the_view():
    view = map_view(NET_2023, load_package())
    figures = dict(key_figures(view, NET_2023))
    assert figures["Деректері бар өңірлер"] == "20 / 20"
    assert figures["Ең жоғары мән"] == "Астана қаласы: 51\xa0539 адам"
    total = view.table["value"].sum()
    assert figures["Картадағы өңірлердің қосындысы"].replace("\xa0", "") == f"{total:.0f} адам"


def test_no_sum_for_rates_or_when_a_region_has_no_value():
    rate = ViewState(lang="en", indicator="urban_share", year=2020, layers=())
    assert "Sum of the regions on the map" not in dict(
        key_figures(map_view(rate, load_package()), rate)
    )
    state = replace(NET_2023, lang="en")
    view = map_view(state, load_package())
    astana = view.table["region_id"] == "71"
    gap = view.table.assign(value=np.where(astana, np.nan, view.table["value"]))
    figures = dict(key_figures(replace(view, table=gap), state))
    assert figures["Regions with data"] == "19 / 20"
    assert "Sum of the regions on the map" not in figures


def test_extremes_are_the_five_highest_and_lowest():
    view = map_view(NET_2023, load_package())
    top, bottom = extremes(view)
    values = view.table["value"].sort_values(ascending=False).to_list()
    assert top["value"].to_list() == values[:5] and bottom["value"].to_list() == values[-5:]
    few = replace(view, table=view.table.head(7))
    assert len(extremes(few)) == 1 and len(extremes(few)[0]) == 7


def test_missing_fonts_fail_clearly(tmp_path: Path):
    with pytest.raises(FontsMissing, match="fonts-dejavu-core"):
        register_fonts(tmp_path)


def test_pdf_route_downloads_the_brief(client, renderer, read_pdf):
    response = client.get("/export.pdf?lang=ru&indicator=population&year=2005&layers=zones")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert response.headers["Content-Disposition"] == (
        'attachment; filename="population_2005_ru.pdf"'
    )
    assert "Южно-Казахстанская область" in read_pdf.text(response.data)


@pytest.mark.parametrize("query", ["year=1800&lang=<script>", "indicator=../../etc/passwd"])
def test_hostile_queries_still_give_a_brief(client, renderer, query):
    response = client.get(f"/export.pdf?{query}")
    assert response.status_code == 200 and response.data.startswith(b"%PDF")


@pytest.mark.parametrize(
    ("lang", "name"),
    [
        ("kk", "Солтүстік Қазақстан облысы"),
        ("ru", "Северо-Казахстанская область"),
        ("en", "North Kazakhstan Region"),
    ],
)
def test_the_brief_of_a_chosen_region_names_it(client, renderer, read_pdf, lang, name):
    # The default view (net migration 2024, no flows) with North Kazakhstan chosen.
    words = read_pdf.text(client.get(f"/export.pdf?region=59&lang={lang}").data)
    assert t("export.filter.chosen", lang, region=name) in words  # under the title
    assert f"{t('export.filter.region', lang)}: {name}" in words  # among the filters
    # Its rank among the key figures, as in the region table (15th of 20 in 2024).
    rank = t("brief.region_value", lang, region=name, value="", rank=15, count=20)
    assert rank.split(", ")[-1] in words


def test_the_brief_says_the_flows_filters_under_its_title(renderer, read_pdf):
    state = ViewState(
        lang="en",
        year=2023,
        layers=("flows",),
        flow_kind="model",
        region="59",
        direction="out",
        top_n=7,
        min_persons=50,
    )
    words = read_pdf.text(brief_pdf(map_view(state, load_package()), state, TODAY))
    assert "North Kazakhstan Region: outgoing flows; gross; top 7; at least 50 persons" in words
    assert "Direction: Outgoing" in words and "Number of largest flows: 7" in words


def test_key_figures_give_the_chosen_regions_value_and_rank():
    state = ViewState(lang="en", indicator="net_migration", year=2023, layers=(), region="59")
    figures = dict(key_figures(map_view(state, load_package()), state))
    assert figures["Chosen region"] == "North Kazakhstan Region: -3,656 persons, rank 11 of 20"
