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
