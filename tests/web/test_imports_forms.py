"""POST /imports with what the Import tab now sends: the sheets of a workbook each with its
indicator, and a new indicator's and a new source's rows (checked as --indicator-row and
--source-row are). Figures: the package's own (BNS), one revised so the import is new."""

from __future__ import annotations

import io
import json

import openpyxl
import pytest

from dashboard.settings import Settings
from tests.imports.builders import wide_rows
from tests.store.helpers import catalogue_csv, revised, wide_csv

TOKEN = "a-test-admin-token-of-some-length"


@pytest.fixture
def client(tmp_path):
    from dashboard.app import create_app

    return create_app(Settings(instance_dir=tmp_path, admin_token=TOKEN)).server.test_client()


def post(client, body: bytes, name: str, fields: list[tuple[str, str]]):
    data = {"file": (io.BytesIO(body), name), "lang": "en"}
    for key, value in fields:
        data.setdefault(key, [])
        if not isinstance(data[key], list):
            data[key] = [data[key]]
        data[key].append(value)
    return client.post("/imports", data=data, headers={"Authorization": f"Bearer {TOKEN}"})


def workbook() -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, indicator in (("Мужчины", "population_male"), ("Женщины", "population_female")):
        sheet = book.create_sheet(title)
        rows = wide_rows(indicator, [2023], total_label=None)
        rows[-3][1] = int(rows[-3][1]) + 1
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_sheets_each_with_an_indicator_are_checked_together(client):
    fields = [("source", "bns-population-1jan"), ("sheet", "Мужчины=population_male"),
              ("sheet", "Женщины=population_female"), ("dry_run", "1"),
              ("accept_warnings", "1"), ("replace", "1")]  # fmt: skip
    response = post(client, workbook(), "pop.xlsx", fields)
    body = response.get_json()
    assert response.status_code == 200 and body["accepted"], body["lines"]
    assert body["rows"] == 40 and body["metadata"]["sheets"] == ["Мужчины", "Женщины"]
    assert any("[Женщины]" in p["where"] for p in body["problems"])


def indicator_row() -> dict:
    import csv

    text = catalogue_csv("interregional_arrivals", "test_arrivals").decode("utf-8-sig")
    return next(csv.DictReader(io.StringIO(text)))


def test_a_new_indicator_from_the_form_is_checked_as_on_the_command_line(client):
    table = revised(wide_csv("interregional_arrivals", 2024, total=False))
    row = indicator_row()
    fields = [("source", "kanatislambekov-interregional"), ("indicator_row", json.dumps(row)),
              ("dry_run", "1"), ("accept_warnings", "1")]  # fmt: skip
    body = post(client, table, "arrivals.csv", fields).get_json()
    assert body["accepted"] and body["metadata"]["indicator"] == "test_arrivals", body["lines"]
    # the same row with a unit its schema does not allow: refused, as --indicator-row is
    bad = post(
        client,
        table,
        "arrivals.csv",
        [*fields[:1], ("indicator_row", json.dumps({**row, "unit": "parsecs"})), ("dry_run", "1")],
    )
    assert bad.status_code == 422 and not bad.get_json()["accepted"]


@pytest.mark.parametrize("text", ["not json", "[1, 2]", json.dumps({"id": {"nested": 1}})])
def test_a_malformed_row_is_refused_with_a_message(client, text):
    response = post(client, wide_csv("net_migration", 2024), "t.csv", [("indicator_row", text)])
    assert response.status_code == 400
    assert "JSON object" in response.get_json()["message"]
