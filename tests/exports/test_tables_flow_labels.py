"""Exported flows: whole persons in every file, and counts computed from shares say so."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import openpyxl
import pytest

from dashboard.datasets.package import load_package
from dashboard.exports.tables import to_csv, to_geojson, to_xlsx
from dashboard.geo.gazetteer import region_name
from dashboard.i18n.catalog import t
from dashboard.state import ViewState
from dashboard.views.map import map_view

TODAY = date(2026, 11, 24)
MODEL = ViewState(lang="en", layers=("flows",), flow_kind="model", year=2023, top_n=380)


@pytest.fixture(scope="module")
def package():
    return load_package()


def flow_rows(body: bytes, header: str) -> tuple[list[str], list[list[str]]]:
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    start = next(i for i, r in enumerate(rows) if header in r)
    return rows[start], rows[start + 1 :]


def test_csv_counts_modelled_flows_in_whole_persons(package) -> None:
    view = map_view(MODEL, package)
    columns, rows = flow_rows(to_csv(view, MODEL, TODAY), t("data.col.origin", "en"))
    persons = [r[columns.index(t("data.col.persons", "en"))] for r in rows]
    assert len(persons) == 380
    assert all(p.isdigit() for p in persons), persons[:3]  # no 32477.678786347402


def test_xlsx_and_geojson_count_modelled_flows_in_whole_persons(package) -> None:
    view = map_view(MODEL, package)
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(view, MODEL, TODAY)))
    sheet = book[t("export.sheet.flows", "en")[:31]]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    column = header.index(t("data.col.persons", "en"))
    values = [row[column] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert len(values) == 380 and all(isinstance(v, int) for v in values)
    collection = json.loads(to_geojson(view, MODEL, TODAY))
    lines = [f for f in collection["features"] if f["geometry"]["type"] == "LineString"]
    assert len(lines) == 380
    assert all(isinstance(f["properties"]["persons"], int) for f in lines)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_csv_of_oralman_origins_says_the_counts_are_computed(package, lang) -> None:
    state = ViewState(lang=lang, layers=("flows",), flow_kind="international")
    body = to_csv(map_view(state, package), state, TODAY)
    text = body.decode("utf-8-sig")
    # The provenance lines carry the caption: computed counts, unit of the shares not stated.
    assert t("flows.share_not_stated", lang) in text
    columns, rows = flow_rows(body, t("data.col.origin", lang))
    assert t("data.col.share", lang) in columns and t("data.col.method", lang) in columns
    quality = columns.index(t("data.col.quality", lang))
    assert all(t("quality.derived", lang) in r[quality] for r in rows)
    persons = columns.index(t("data.col.persons", lang))
    assert rows[0][persons] == "64050"  # 35 % x 183 000, Mongolia


#: One view of each kind of flows the CSV can hold, with the number of rows it holds.
EVERY_KIND = [
    ViewState(lang="en", layers=("flows",), flow_kind="model", year=2023, top_n=30),
    ViewState(lang="en", layers=("flows",), flow_kind="observed", year=2010, top_n=15),
    ViewState(lang="en", layers=("flows",), flow_kind="schematic", year=2005),
    ViewState(lang="en", layers=("flows",), flow_kind="international"),
    ViewState(lang="en", layers=("flows",), flow_kind="international", origins="2011"),
    ViewState(lang="en", layers=("flows",), flow_kind="international", origins="emigration"),
]


@pytest.mark.parametrize("state", EVERY_KIND, ids=lambda s: f"{s.flow_kind}-{s.origins}")
def test_geojson_holds_every_flow_of_the_csv_as_a_line(package, state) -> None:
    view = map_view(state, package)
    columns, rows = flow_rows(to_csv(view, state, TODAY), t("data.col.origin", "en"))
    assert rows, "the view draws flows"
    collection = json.loads(to_geojson(view, state, TODAY))
    lines = [f for f in collection["features"] if "origin" in f["properties"]]
    assert len(lines) == len(rows)
    assert all(f["geometry"]["type"] == "LineString" for f in lines)
    origin, destination = columns.index("From"), columns.index("To")
    for row, line in zip(rows, lines, strict=True):
        assert line["properties"]["origin"] == row[origin]
        assert line["properties"]["destination"] == row[destination]
        (x0, y0), (x1, y1) = line["geometry"]["coordinates"]
        assert (x0, y0) != (x1, y1) and all(-180 <= x <= 180 for x in (x0, x1))


def test_international_lines_run_from_the_country_to_kazakhstan(package) -> None:
    state = ViewState(lang="en", layers=("flows",), flow_kind="international")
    collection = json.loads(to_geojson(map_view(state, package), state, TODAY))
    mongolia = next(
        f for f in collection["features"] if f["properties"].get("origin") == "Mongolia"
    )
    assert mongolia["properties"]["origin_iso3"] == "MNG"
    assert mongolia["properties"]["destination_iso3"] == "KAZ"
    assert mongolia["properties"]["share"] == 35.0 and mongolia["properties"]["persons"] == 64050
    (lon, lat), (kz_lon, kz_lat) = mongolia["geometry"]["coordinates"]
    assert 87 < lon < 120 and 41 < lat < 52  # in Mongolia
    assert 46 < kz_lon < 88 and 40 < kz_lat < 56  # in Kazakhstan


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_flow_rows_carry_kato_codes_and_full_names(package, lang) -> None:
    state = ViewState(lang=lang, layers=("flows",), flow_kind="model", year=2023, region="59")
    columns, rows = flow_rows(
        to_csv(map_view(state, package), state, TODAY), t("data.col.origin", lang)
    )
    assert columns[:4] == [
        t("data.col.origin_kato", lang),
        t("data.col.origin", lang),
        t("data.col.destination_kato", lang),
        t("data.col.destination", lang),
    ]
    north = region_name("59", lang, "2022")  # the full name, not the map's short label
    for row in rows:
        assert row[0].isdigit() and len(row[0]) == 2 and row[2].isdigit()
        assert row[1] == region_name(row[0], lang, "2022")
        assert row[3] == region_name(row[2], lang, "2022")
        assert north in (row[1], row[3])


def test_observed_flows_are_named_on_the_units_of_their_year(package) -> None:
    state = ViewState(lang="en", layers=("flows",), flow_kind="observed", year=2010, top_n=380)
    _, rows = flow_rows(to_csv(map_view(state, package), state, TODAY), "From")
    names = {row[1] for row in rows} | {row[3] for row in rows}
    assert "South Kazakhstan Region" in names and "Turkistan Region" not in names


def test_one_unit_per_column_share_and_persons_apart(package) -> None:
    state = ViewState(lang="ru", layers=("flows",), flow_kind="international")
    view = map_view(state, package)
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(view, state, TODAY)))
    sheet = book[t("export.sheet.flows", "ru")]
    header = [c.value for c in sheet[1]]
    assert not any("/" in h for h in header), header  # no "Persons / %"
    share = header.index(t("data.col.share", "ru"))
    persons = header.index(t("data.col.persons", "ru"))
    row = next(sheet.iter_rows(min_row=2, max_row=2))
    assert row[share].value == 35.0 and row[share].number_format == "#,##0.0"
    assert row[persons].value == 64050 and row[persons].number_format == "#,##0"
