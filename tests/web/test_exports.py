"""The export routes take the permalink's query; a hostile one still gives a valid file."""

import json

import pytest

from dashboard.app import create_app


@pytest.fixture(scope="module")
def client():
    return create_app().server.test_client()


def test_csv_download_of_a_link(client):
    response = client.get("/export.csv?lang=en&indicator=population&year=2005&layers=")
    assert response.status_code == 200
    assert (
        response.headers["Content-Disposition"] == 'attachment; filename="population_2005_en.csv"'
    )
    assert "South Kazakhstan Region" in response.data.decode("utf-8-sig")


def test_geojson_and_xlsx_routes(client):
    collection = json.loads(client.get("/export.geojson?year=2019&indicator=population").data)
    assert sum(f["geometry"]["type"] != "LineString" for f in collection["features"]) == 17
    xlsx = client.get("/export.xlsx?lang=ru")
    assert xlsx.status_code == 200 and xlsx.data[:2] == b"PK"


@pytest.mark.parametrize(
    "query", ["year=1800&lang=<script>", "indicator=../../etc/passwd", "top=-1&decay=1e999"]
)
def test_hostile_queries_fall_back_to_a_valid_file(client, query):
    response = client.get(f"/export.csv?{query}")
    assert response.status_code == 200 and b"KATO" in response.data
    assert b"<script>" not in response.data


def test_unknown_format_is_not_found(client):
    assert client.get("/export.exe").status_code == 404


def test_a_link_without_a_kind_of_flows_exports_observed_flows_in_their_years(client):
    # The page and its file twin pick the same default: observed flows in 2010.
    body = client.get("/export.csv?lang=en&indicator=population&year=2010&layers=flows")
    text = body.data.decode("utf-8-sig")
    assert "Observed flows, 2010" in text and "Interregional flows: observed" in text
    model = client.get(
        "/export.csv?lang=en&indicator=population&year=2010&layers=flows&flows=model"
    )
    assert "Observed flows" not in model.data.decode("utf-8-sig")


@pytest.mark.parametrize(
    ("extension", "content_type"),
    [
        ("csv", "text/csv; charset=utf-8"),
        ("geojson", "application/geo+json; charset=utf-8"),
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ],
)
def test_the_content_type_names_the_charset_once(client, extension, content_type):
    for panel in ("map", "scorecard"):
        response = client.get(f"/export.{extension}?lang=kk&panel={panel}")
        assert response.status_code == 200
        assert response.headers["Content-Type"] == content_type


def test_the_route_writes_whole_numbers_and_the_filters(client):
    query = "lang=en&indicator=net_migration&year=2023&layers=flows&flows=model&region=59&top=5"
    text = client.get(f"/export.csv?{query}").data.decode("utf-8-sig")
    assert "-7141.0" not in text and "Abai Region,-7141,persons,16," in text
    title = text.splitlines()[0]
    assert "North Kazakhstan Region: flows in and out" in title and "top 5" in title
