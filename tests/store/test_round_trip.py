"""An imported table is shown on the map with the same numbers, and the app picks up a new
store generation without a restart."""

from __future__ import annotations

import io
import subprocess
import sys

import pandas as pd
import pytest

from dashboard import PROJECT_ROOT
from dashboard.datasets.indicators import indicator_values
from dashboard.imports import ImportOptions, check_file
from dashboard.settings import Settings
from dashboard.state import ViewState
from dashboard.store.compose import ImportData
from dashboard.store.importing import ImportRequest, accept_import, remove_import
from dashboard.store.provider import open_store, package_provider
from dashboard.store.reader import reader_for, store_package
from dashboard.views.map import map_view
from tests.store.helpers import (
    ARRIVALS_SOURCE,
    catalogue_csv,
    committed,
    new_indicator_import,
    request,
    rows_of,
    trimmed_package,
    wide_csv,
)

NET = "bns-net-migration-all-flows"


def test_an_imported_year_is_on_the_map_with_the_official_numbers(tmp_path):
    """Net migration 2024 left out of a copy of the package, then imported from a BNS-style
    file through the importer: the map shows what the committed package shows."""
    trimmed = trimmed_package(tmp_path, "net_migration", 2024)
    folder = tmp_path / "instance"
    open_store(folder, trimmed)
    reader_for(folder).interval = 0  # see each switch at once (default: within a second)
    store = package_provider(reader_for(folder))  # what the app's context hands its views
    # without BNS's 2024 figures the atlas computes them by the demographic balance
    assert qualities(store(), 2024) == {"derived"}

    content = wide_csv("net_migration", 2024, total=True)
    options = ImportOptions(indicator="net_migration", source_id=NET)
    current = store_package(folder)
    check = check_file(content, "Сальдо 2024.csv", options, lang="ru", package=current)
    assert check.importable(), [str(p) for p in check.problems]
    data = ImportData("regional_indicators", check.table, totals=check.totals)
    req = ImportRequest(data, original=content, original_name="Сальдо 2024.csv",
                        report=check.report(), user="tester")  # fmt: skip
    outcome = accept_import(folder, req, package=trimmed)
    assert outcome.accepted, outcome.lines("en")

    assert qualities(store(), 2024) == {"official"}  # the store's new generation
    for indicator in ("net_migration", "net_migration_per_1000"):  # derived ones follow
        state = ViewState(lang="en", indicator=indicator, year=2024, layers=())
        shown = map_view(state, store()).table
        official = map_view(state, package=committed()).table
        pd.testing.assert_frame_equal(shown, official, obj=indicator)
    national = store().country_totals
    row = national[(national["indicator"] == "net_migration") & (national["year"] == 2024)]
    assert row["value"].tolist() == [rows_of("net_migration", 2024)["value"].sum()]

    assert remove_import(folder, outcome.import_id, package=trimmed).accepted
    assert qualities(store(), 2024) == {"derived"}


def qualities(package, year: int) -> set[str]:
    return set(indicator_values("net_migration", year, package=package)["quality"])


def test_a_web_request_sees_one_generation_from_start_to_end(instance):
    from flask import Flask

    open_store(instance)
    reader_for(instance).interval = 0
    package = package_provider(reader_for(instance))
    server = Flask(__name__)
    with server.test_request_context("/"):
        before = package()
        accept_import(instance, request(new_indicator_import()))
        assert package() is before  # pinned for the whole request
    assert package() is not before  # the next one sees the new generation


@pytest.fixture
def app_client(tmp_path):
    from dashboard.app import create_app

    folder = tmp_path / "instance"
    app = create_app(Settings(instance_dir=folder))
    reader_for(folder).interval = 0
    return folder, app.server.test_client()


def test_an_import_from_the_command_line_reaches_the_running_app(app_client, tmp_path):
    folder, client = app_client
    query = "/export.csv?lang=en&indicator=test_arrivals&year=2024&layers="
    health = client.get("/health").get_json()
    assert health["checks"]["store"] and health["data_version"]
    before = client.get(query).data.decode("utf-8-sig")
    assert "test copy" not in before  # unknown indicator: the default view instead

    table = tmp_path / "arrivals.csv"
    table.write_bytes(wide_csv("interregional_arrivals", 2024))
    row = tmp_path / "row.csv"
    row.write_bytes(catalogue_csv("interregional_arrivals", "test_arrivals"))
    result = subprocess.run(
        [sys.executable, "-m", "dashboard", "import", str(table), "--instance", str(folder),
         "--indicator", "test_arrivals", "--source", ARRIVALS_SOURCE,
         "--indicator-row", str(row), "--lang", "en"],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr

    # the response cache is keyed by the store generation: nothing stale is served
    assert client.get("/health").get_json()["data_version"] != health["data_version"]
    after = client.get(query).data.decode("utf-8-sig")
    assert "test copy" in after
    # the table of the CSV twin of the map: KATO and value, as the committed arrivals of 2024
    body = after[after.index("KATO,") :]
    shown = pd.read_csv(io.StringIO(body), dtype={"KATO": str}).set_index("KATO")["Value"]
    expected = rows_of("interregional_arrivals", 2024).set_index("region_id")["value"]
    # The CSV writes whole numbers as whole numbers (51539, not 51539.0): equal values, the
    # file's column read as integers.
    pd.testing.assert_series_equal(
        shown.sort_index(),
        expected.sort_index(),
        check_names=False,
        check_index_type=False,
        check_dtype=False,
    )
