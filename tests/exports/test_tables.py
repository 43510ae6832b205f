"""Exports are the file twins of the view: same numbers, provenance, safe in a spreadsheet."""

import csv
import io
import json
from dataclasses import replace
from datetime import date

import openpyxl
import pandas as pd
import pytest

from dashboard.datasets.package import load_package
from dashboard.exports.cells import safe_cell
from dashboard.exports.tables import file_name, to_csv, to_geojson, to_xlsx
from dashboard.state import ViewState
from dashboard.views.map import map_view

TODAY = date(2026, 11, 24)


def csv_rows(body: bytes) -> list[list[str]]:
    assert body.startswith("\ufeff".encode())  # Excel shows Cyrillic with the BOM
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_formula_like_text_is_neutralised_but_numbers_stay_numbers():
    assert safe_cell("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0"
    for dangerous in ("+1+1", "-1+1", "@SUM(A1)", "\t=1"):
        assert safe_cell(dangerous).startswith("'")
    assert safe_cell(-7141) == -7141 and safe_cell(2.5) == 2.5


def test_csv_holds_the_map_numbers_and_says_where_they_come_from():
    state = ViewState(lang="ru", indicator="net_migration", year=2023, layers=())
    view = map_view(state, load_package())
    rows = csv_rows(to_csv(view, state, TODAY))
    labels = {row[0]: row[1] for row in rows if len(row) == 2}
    assert "Сальдо миграции" in labels["Название"] and labels["Год"] == "2023"
    assert "БНС" in labels["Источники"] and labels["Дата выгрузки"] == "2026-11-24"
    assert "Оговорка" in labels
    header = rows.index(next(r for r in rows if r and r[0] == "KATO"))
    table = rows[header + 1 :]
    assert len(table) == 20
    astana = next(r for r in table if r[0] == "71")
    assert float(astana[2]) == 51539 and "БНС" in astana[5]


def test_a_formula_in_a_name_is_neutralised_in_csv_and_xlsx(monkeypatch):
    state = ViewState(lang="en", indicator="net_migration", year=2023, layers=())
    view = map_view(state, load_package())
    hostile = view.table.assign(region=['=HYPERLINK("http://x")', *list(view.table["region"][1:])])
    view = replace(view, table=hostile)
    rows = csv_rows(to_csv(view, state, TODAY))
    assert any(cell.startswith("'=HYPERLINK") for row in rows for cell in row)
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(view, state, TODAY)))
    cells = [c.value for row in book.worksheets[0].iter_rows() for c in row]
    assert '\'=HYPERLINK("http://x")' in cells
    assert not any(isinstance(v, str) and v.startswith("=") for v in cells)


def test_xlsx_keeps_numbers_as_numbers_and_has_an_about_sheet():
    state = ViewState(lang="kk", indicator="population", year=2005, layers=("flows",))
    view = map_view(state, load_package())
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(view, state, TODAY)))
    assert [s.title for s in book.worksheets] == ["Өңірлер", "Сипаттама"]  # no model flows in 2005
    regions = pd.read_excel(io.BytesIO(to_xlsx(view, state, TODAY)), sheet_name=0)
    assert len(regions) == 16 and pd.api.types.is_numeric_dtype(regions["Мәні"])


def test_model_flows_are_marked_as_estimates_in_every_file():
    state = ViewState(lang="en", indicator="net_migration", year=2023, layers=("flows",))
    view = map_view(state, load_package())
    rows = csv_rows(to_csv(view, state, TODAY))
    kind = "Interregional flows: model estimate, not observed"
    flows = [r for r in rows if len(r) > 3 and kind in r]
    assert len(flows) == state.top_n
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(view, state, TODAY)))
    assert "Flows" in book.sheetnames
    collection = json.loads(to_geojson(view, state, TODAY))
    lines = [f for f in collection["features"] if f["geometry"]["type"] == "LineString"]
    assert len(lines) == state.top_n and all(f["properties"]["model_estimate"] for f in lines)


@pytest.mark.parametrize(("year", "units"), [(2005, 16), (2020, 17), (2023, 20)])
def test_geojson_has_the_units_of_the_years_boundaries(year, units):
    state = ViewState(lang="en", indicator="population", year=year, layers=())
    collection = json.loads(to_geojson(map_view(state, load_package()), state, TODAY))
    regions = [f for f in collection["features"] if f["geometry"]["type"] != "LineString"]
    assert len(regions) == units
    assert collection["metadata"]["Year"] == str(year)


def test_file_names_are_readable():
    assert file_name(ViewState(lang="kk", indicator="net_migration", year=2023), "csv") == (
        "net_migration_2023_kk.csv"
    )
    compare = ViewState(lang="en", indicator="population", year=2023, compare_year=2005)
    assert file_name(compare, "xlsx") == "population_2005-2023_en.xlsx"


def test_observed_flows_carry_source_quality_and_whole_persons_in_every_file():
    state = ViewState(
        lang="en",
        indicator="population",
        year=2010,
        layers=("flows",),
        flow_kind="observed",
        flow_mode="net",  # net volumes are computed: still whole persons
    )
    view = map_view(state, load_package())
    rows = csv_rows(to_csv(view, state, TODAY))
    labels = {row[0]: row[1] for row in rows if len(row) == 2}
    assert "18,270 of them were between parts of one unit of 1997" in labels["Flows"]
    header = next(r for r in rows if "Persons" in r)
    kind = header.index("Kind")
    flows = [r for r in rows if len(r) > kind and r[kind].startswith("Interregional flows: obs")]
    assert len(flows) == state.top_n
    for row in flows:
        persons, source, quality = (row[header.index(c)] for c in ("Persons", "Source", "Quality"))
        assert persons.isdigit()  # 1234, never 1234.0
        assert "Diar299/kz-migration" in source and quality == "unverified"
    sheet = pd.read_excel(io.BytesIO(to_xlsx(view, state, TODAY)), sheet_name="Flows")
    assert pd.api.types.is_integer_dtype(sheet["Persons"])
    assert set(sheet["Quality"]) == {"unverified"}
    collection = json.loads(to_geojson(view, state, TODAY))
    lines = [f["properties"] for f in collection["features"] if f["geometry"]["type"] != "Polygon"]
    lines = [p for p in lines if str(p.get("kind")).startswith("Interregional flows: observed")]
    assert len(lines) == state.top_n
    assert all(isinstance(p["persons"], int) and p["quality"] == "unverified" for p in lines)
    assert not any(p["model_estimate"] for p in lines)


def test_xlsx_of_the_map_writes_whole_numbers_as_integers_with_formats_and_widths():
    state = ViewState(lang="ru", indicator="net_migration", year=2023, layers=())
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(map_view(state, load_package()), state)))
    sheet = book["Регионы"]
    header = [c.value for c in sheet[1]]
    value, rank = header.index("Значение"), header.index("Место")
    rows = list(sheet.iter_rows(min_row=2))
    assert all(type(r[value].value) is int and r[value].number_format == "#,##0" for r in rows)
    assert all(type(r[rank].value) is int for r in rows)
    widths = [sheet.column_dimensions[c.column_letter].width for c in sheet[1]]
    assert len(set(widths)) > 3 and max(widths) <= 60  # fitted, not all alike


def test_rates_keep_their_decimals_without_float_noise():
    state = ViewState(lang="en", indicator="urban_share", year=2015, layers=())
    view = map_view(state, load_package())
    rows = csv_rows(to_csv(view, state, TODAY))
    akmola = next(r for r in rows if r and r[0] == "11")
    assert akmola[2] == "47.1588"  # 47.15881937656131 computed from two official counts
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx(view, state, TODAY)))["Regions"]
    assert sheet["C2"].value == 47.1588 and sheet["C2"].number_format == "#,##0.0"
