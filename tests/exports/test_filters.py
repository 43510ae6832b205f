"""Every file says exactly what the view is: its filters in the title and in the notes."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import openpyxl
import pytest

from dashboard.datasets.package import load_package
from dashboard.exports.filters import export_title, filter_rows, filter_summary
from dashboard.exports.tables import provenance, to_csv, to_geojson, to_xlsx
from dashboard.i18n.catalog import t
from dashboard.state import FLOW_KINDS, ViewState
from dashboard.views.map import map_view

TODAY = date(2026, 11, 24)
NORTH = {"kk": "Солтүстік Қазақстан облысы", "ru": "Северо-Казахстанская область"}
NORTH["en"] = "North Kazakhstan Region"
FILTERED = ViewState(
    lang="en",
    indicator="net_migration",
    year=2023,
    layers=("flows",),
    flow_kind="model",
    region="59",
    direction="in",
    flow_mode="net",
    top_n=10,
    min_persons=20,
    decay=1.5,
)


@pytest.fixture(scope="module")
def package():
    return load_package()


def about(body: bytes) -> dict[str, str]:
    """The (label, text) lines above the CSV's tables."""
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    return {row[0]: row[1] for row in rows[: rows.index([])]}


def test_the_title_of_every_table_file_names_the_filters(package):
    view = map_view(FILTERED, package)
    title = export_title(view, FILTERED)
    assert title.startswith(str(view.figure.layout.title.text))
    for words in ("North Kazakhstan Region: incoming flows", "net", "top 10"):
        assert words in title
    assert "at least 20 persons" in title and "β\xa0=\xa01.5" in title
    assert about(to_csv(view, FILTERED, TODAY))["Title"] == title
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(view, FILTERED, TODAY)))
    notes = {row[0]: row[1] for row in book["About"].iter_rows(values_only=True)}
    assert notes["Title"] == title
    assert json.loads(to_geojson(view, FILTERED, TODAY))["metadata"]["Title"] == title


def test_the_about_lines_list_every_filter_of_the_flows(package):
    view = map_view(FILTERED, package)
    lines = about(to_csv(view, FILTERED, TODAY))
    assert lines["Chosen region"] == "North Kazakhstan Region"
    assert lines["Kind of flows"] == "Interregional, model"
    assert lines["Direction"] == "Incoming" and lines["Count"] == "Net"
    assert lines["Number of largest flows"] == "10" and lines["Minimum volume, persons"] == "20"
    assert lines["Distance decay β (model assumption)"] == "1.5"
    assert lines["Layers"] == "Migration flows"
    assert "every year" in lines["Colour classes"]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_chosen_region_is_named_in_the_readers_language_even_without_flows(package, lang):
    state = ViewState(lang=lang, region="59")  # the default layers: no flows
    view = map_view(state, package)
    title = export_title(view, state)
    assert NORTH[lang] in title and t("export.filter.chosen", lang, region=NORTH[lang]) in title
    assert dict(provenance(view, state, TODAY))[t("export.filter.region", lang)] == NORTH[lang]


def test_a_region_of_newer_boundaries_is_named_with_the_unit_that_holds_it(package):
    state = ViewState(lang="ru", indicator="population", year=2005, region="10", layers=())
    rows = dict(filter_rows(map_view(state, package), state))
    assert rows["Выбранный регион"].startswith("Абайская область (в границах 1997 г.")
    assert "Восточно-Казахстанская область" in rows["Выбранный регион"]


@pytest.mark.parametrize(
    ("kind", "shown", "hidden"),
    [
        ("schematic", ["control.direction"], ["control.top_n", "control.min_persons"]),
        ("international", ["control.origins", "control.top_n"], ["control.direction"]),
        ("observed", ["control.flow_mode", "control.min_persons"], ["control.origins"]),
    ],
)
def test_only_the_filters_that_shape_a_kind_of_flows_are_listed(package, kind, shown, hidden):
    year = 2010 if kind == "observed" else 2023
    state = ViewState(lang="en", year=year, layers=("flows",), flow_kind=kind, region="35")
    labels = [label for label, _ in filter_rows(map_view(state, package), state)]
    assert all(t(key, "en") in labels for key in shown), labels
    assert not any(t(key, "en") in labels for key in hidden), labels


def test_a_view_without_flows_lists_no_flow_filter(package):
    state = ViewState(lang="en", indicator="population", year=2023, layers=("zones",))
    view = map_view(state, package)
    labels = [label for label, _ in filter_rows(view, state)]
    assert labels == ["Layers", "Colour classes"]
    assert filter_summary(view, state) == ""
    assert export_title(view, state) == str(view.figure.layout.title.text)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
@pytest.mark.parametrize("kind", FLOW_KINDS)
def test_every_note_has_its_own_label(package, lang, kind):
    # The GeoJSON's metadata is a mapping: two lines under one label would lose one.
    year = 2010 if kind == "observed" else 2023
    state = ViewState(
        lang=lang, year=year, layers=("flows",), flow_kind=kind, region="59", compare_year=None
    )
    labels = [label for label, _ in provenance(map_view(state, package), state, TODAY)]
    assert len(labels) == len(set(labels)), labels
