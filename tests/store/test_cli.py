"""``python -m dashboard import | imports | remove-import``: exit codes and the report.

Files are made from the package's real values (BNS-style wide CSV); the OD matrix holds the
arbitrary fixture numbers of helpers.OD_ROWS.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

from dashboard import PROJECT_ROOT
from dashboard.cli import main
from dashboard.store.generations import current_file
from dashboard.store.importing import list_imports
from dashboard.store.paths import paths_for
from dashboard.store.reader import Snapshot
from tests.store.helpers import (
    ARRIVALS_SOURCE,
    OD_ROWS,
    OD_YEAR,
    catalogue_csv,
    od_matrix_csv,
    revised,
    rows_of,
    wide_csv,
)

NEW = "test_arrivals"


@pytest.fixture
def files(tmp_path):
    """The files an analyst would have: a table and a catalogue row for a new indicator."""
    arrivals = tmp_path / "Прибывшие 2024.csv"
    arrivals.write_bytes(wide_csv("interregional_arrivals", 2024, total=True))
    row = tmp_path / "indicator_row.csv"
    row.write_bytes(catalogue_csv("interregional_arrivals", NEW))
    return arrivals, row


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def new_indicator_args(instance, files, *extra: str) -> list[str]:
    arrivals, row = files
    return [
        "import", str(arrivals), "--instance", str(instance), "--lang", "en",
        "--indicator", NEW, "--source", ARRIVALS_SOURCE, "--indicator-row", str(row), *extra,
    ]  # fmt: skip


def test_a_dry_run_reports_and_stores_nothing(instance, files, capsys):
    code, out = run(capsys, *new_indicator_args(instance, files, "--dry-run"))
    assert code == 0, out
    assert "Прибывшие 2024.csv: 20 rows (regional, wide)" in out
    assert "Check passed: 20 rows can be imported" in out
    assert list_imports(instance) == []


def test_import_list_remove_round_trip(instance, files, capsys):
    code, out = run(capsys, *new_indicator_args(instance, files))
    assert code == 0, out
    [status] = list_imports(instance)
    assert f"Imported: {status.record.id} (20 rows)" in out
    # the values, and the country total the file states, are in the store as in the file
    package = Snapshot(current_file(paths_for(instance))).package
    got = package.regional[package.regional["indicator"] == NEW]
    expected = rows_of("interregional_arrivals", 2024)
    assert got["value"].tolist() == expected["value"].tolist()
    totals = package.country_totals[package.country_totals["indicator"] == NEW]
    assert totals["value"].tolist() == [expected["value"].sum()]
    assert status.record.meta["options"]["indicator"] == NEW

    code, out = run(capsys, "imports", "--instance", str(instance), "--lang", "ru")
    assert code == 0 and status.record.id in out and "на карте" in out and NEW in out
    code, out = run(capsys, "imports", "--instance", str(instance), "--json")
    assert json.loads(out)[0]["id"] == status.record.id

    remove = ["remove-import", status.record.id, "--instance", str(instance), "--lang", "en"]
    code, out = run(capsys, *remove)
    assert code == 0 and f"Import {status.record.id} removed." in out
    code, out = run(capsys, *remove)
    assert code == 2 and "there is no import" in out
    code, out = run(capsys, "imports", "--instance", str(instance), "--lang", "en")
    assert (code, out.strip()) == (0, "No imports.")


def test_a_file_without_a_source_is_refused_with_exit_code_2(instance, files, capsys):
    arrivals, row = files
    argv = ["import", str(arrivals), "--instance", str(instance), "--lang", "en",
            "--indicator", NEW, "--indicator-row", str(row)]  # fmt: skip
    code, out = run(capsys, *argv)
    assert code == 2
    assert "✗" in out and "Import refused" in out
    assert list_imports(instance) == []


def test_identical_values_are_nothing_new_and_changed_ones_refused_unless_replace(
    instance, tmp_path, capsys
):
    path = tmp_path / "net migration.csv"
    title = "Сальдо миграции по всем потокам, человек"
    path.write_bytes(wide_csv("net_migration", 2024, title=title))
    argv = ["import", str(path), "--instance", str(instance), "--lang", "en",
            "--source", "bns-net-migration-all-flows"]  # fmt: skip
    # the indicator is inferred from the title: a warning a person must accept
    code, out = run(capsys, *argv)
    assert code == 2 and "--accept-warnings" in out and list_imports(instance) == []
    # the package's own figures: nothing new, no refusal, nothing stored
    code, out = run(capsys, *argv, "--accept-warnings")
    assert code == 0 and "Nothing new" in out and "net_migration 2024" in out, out
    assert "--replace" not in out and list_imports(instance) == []
    # one figure revised: a conflict with the committed values, unless --replace
    path.write_bytes(revised(path.read_bytes()))
    code, out = run(capsys, *argv, "--accept-warnings")
    assert code == 2 and "already holds 20 values" in out and "--replace" in out
    code, out = run(capsys, *argv, "--accept-warnings", "--replace")
    assert code == 0, out
    assert [s.status for s in list_imports(instance)] == ["applied"]


def test_an_od_matrix_becomes_the_observed_table(instance, tmp_path, capsys):
    path = tmp_path / f"od {OD_YEAR}.csv"
    path.write_bytes(od_matrix_csv(OD_YEAR))
    argv = ["import", str(path), "--instance", str(instance), "--lang", "kk",
            "--source", ARRIVALS_SOURCE, "--quality", "unverified", "--note", "fixture",
            "--accept-warnings"]  # fmt: skip
    code, out = run(capsys, *argv)
    assert code == 0, out
    assert "Импортталды" in out
    table = Snapshot(current_file(paths_for(instance))).package["od_flows"]
    imported = table[(table["year"] == OD_YEAR) & (table["persons"] > 0)]
    flows = imported.set_index(["origin", "destination"])["persons"]
    assert flows.to_dict() == {(o, d): p for _, o, d, p in OD_ROWS}


def test_the_language_comes_from_atlas_lang(instance, files, capsys, monkeypatch):
    monkeypatch.setenv("ATLAS_LANG", "ru")
    argv = [a for a in new_indicator_args(instance, files, "--dry-run") if a != "en"]
    argv.remove("--lang")
    code, out = run(capsys, *argv)
    assert code == 0 and "Проверка пройдена" in out


def test_the_real_command_exits_2_for_a_refused_file(instance, tmp_path):
    picture = tmp_path / "table.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    result = subprocess.run(
        [sys.executable, "-m", "dashboard", "import", str(picture), "--instance", str(instance),
         "--lang", "en", "--source", ARRIVALS_SOURCE],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "table.csv" in result.stdout and "Import refused" in result.stdout
    assert list_imports(instance) == []


def test_serving_options_still_work_without_a_subcommand():
    from dashboard.cli import parse_args

    args = parse_args(["--port", "8123", "--debug"])
    assert (args.port, args.debug, args.command) == (8123, True, None)
    assert parse_args(["imports"]).handler.__name__ == "run_list"


def test_a_bad_catalogue_row_is_refused(instance, files, tmp_path, capsys):
    row = tmp_path / "bad_row.csv"
    frame = pd.read_csv(files[1], dtype=str, keep_default_na=False).assign(unit="furlongs")
    frame.to_csv(row, index=False)
    argv = new_indicator_args(instance, files)
    argv[argv.index(str(files[1]))] = str(row)
    code, out = run(capsys, *argv)
    assert code == 2 and "furlongs" in out and "indicator row" in out
