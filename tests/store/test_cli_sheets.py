"""``python -m dashboard import`` with the options of published files: several sheets of a
workbook, each to its own indicator, in one import; a Taldau breakdown; a sheet by number.
The tables hold the package's own figures (BNS) with one revised, so the import is new.
"""

from __future__ import annotations

import io

import openpyxl

from dashboard.cli import main
from dashboard.store.generations import current_file
from dashboard.store.importing import list_imports
from dashboard.store.paths import paths_for
from dashboard.store.reader import Snapshot
from tests.imports.builders import wide_rows


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def workbook(tmp_path):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, indicator in (("Мужчины", "population_male"), ("Женщины", "population_female")):
        sheet = book.create_sheet(title)
        rows = wide_rows(indicator, [2023], total_label=None)
        rows[-3][1] = int(rows[-3][1]) + 1  # one figure revised: something new
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / "Численность по полу.xlsx"
    path.write_bytes(buffer.getvalue())
    return path


def test_two_sheets_become_two_indicators_in_one_import(instance, tmp_path, capsys):
    path = workbook(tmp_path)
    argv = ["import", str(path), "--instance", str(instance), "--lang", "en",
            "--source", "bns-population-1jan", "--sheet", "Мужчины=population_male",
            "--sheet", "2=population_female", "--accept-warnings", "--replace"]  # fmt: skip
    code, out = run(capsys, *argv)
    assert code == 0, out
    [status] = list_imports(instance)
    assert status.record.meta["slices"] == ["population_female, 2023", "population_male, 2023"]
    package = Snapshot(current_file(paths_for(instance))).package
    regional = package.regional[package.regional["year"] == 2023]
    assert {"population_male", "population_female"} <= set(regional["indicator"])


def test_one_sheet_by_number_and_mixed_choices_refused(instance, tmp_path, capsys):
    path = workbook(tmp_path)
    base = ["import", str(path), "--instance", str(instance), "--lang", "en",
            "--source", "bns-population-1jan", "--dry-run", "--accept-warnings",
            "--replace"]  # fmt: skip
    code, out = run(capsys, *base, "--indicator", "population_female", "--sheet", "2")
    assert code == 0 and "Shymkent 2023: 616,477 → 616,478" in out, out
    code, out = run(capsys, *base, "--sheet", "Мужчины=population_male", "--sheet", "2")
    assert code == 2 and list_imports(instance) == []


def test_a_breakdown_asked_of_a_file_that_is_no_taldau_export_is_refused(
    instance, tmp_path, capsys
):
    path = workbook(tmp_path)
    argv = ["import", str(path), "--instance", str(instance), "--lang", "ru",
            "--source", "bns-population-1jan", "--indicator", "population_male",
            "--breakdown", "urban", "--dry-run"]  # fmt: skip
    code, out = run(capsys, *argv)
    assert code == 2 and "не выгрузка Taldau" in out
