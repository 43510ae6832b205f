"""Imports join the store, are kept with their history, and can be listed and removed."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace

import pandas as pd
import pytest

from dashboard.store.build import ensure_store, read_meta
from dashboard.store.compose import ImportData
from dashboard.store.generations import current_file
from dashboard.store.importing import (
    accept_import,
    check_import,
    list_imports,
    remove_import,
)
from dashboard.store.paths import paths_for
from dashboard.store.queries import indicator_rows
from dashboard.store.reader import Snapshot
from tests.store.helpers import (
    ARRIVALS_SOURCE,
    NEW_INDICATOR,
    NEW_YEAR,
    catalogue_row,
    committed,
    new_indicator_import,
    od_import,
    request,
    rows_of,
    trimmed_package,
)


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def store_of(instance) -> Snapshot:
    return Snapshot(current_file(paths_for(instance)))


def codes(outcome) -> list[str]:
    return [p.code for p in outcome.errors]


def test_an_import_switches_the_store_to_a_generation_that_holds_it(instance):
    before = store_of(instance)
    data = new_indicator_import()
    outcome = accept_import(instance, request(data))
    assert outcome.accepted, outcome.lines("en")
    assert outcome.slices == [f"{NEW_INDICATOR}, {NEW_YEAR}"]
    after = store_of(instance)
    assert after.generation != before.generation
    assert after.meta["applied"] == [outcome.import_id]
    # the package view has the new catalogue row and the values, as the importer gave them
    package = after.package
    assert NEW_INDICATOR in set(package.indicators["id"])
    got = package.regional[package.regional["indicator"] == NEW_INDICATOR]
    pd.testing.assert_frame_equal(got.reset_index(drop=True), data.rows, check_dtype=False)
    # SQL says where the values came from; the previous generation is still readable as it was
    assert set(indicator_rows(after, NEW_INDICATOR, NEW_YEAR)["import_id"]) == {outcome.import_id}
    assert NEW_INDICATOR not in set(before.package.indicators["id"])


def test_the_history_keeps_the_original_the_table_the_report_and_who_and_when(instance):
    req = request(new_indicator_import(), name="../../Прибытие 2024.csv")
    outcome = accept_import(instance, req)
    folder = paths_for(instance).import_dir(outcome.import_id)
    assert sorted(p.name for p in folder.iterdir()) == [
        "meta.json", "normalised.csv", "original.csv", "report.json",
    ]  # fmt: skip
    assert (folder / "original.csv").read_bytes() == req.original
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    assert meta["original_name"] == "../../Прибытие 2024.csv"  # kept as text, never as a path
    assert meta["user"] == "tester" and meta["via"] == "test" and meta["created_at"]
    assert meta["original_sha256"] == hashlib.sha256(req.original).hexdigest()
    assert meta["indicator_row"]["id"] == NEW_INDICATOR and meta["rows"] == 20
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    assert report["importer"] == req.report
    assert {p["code"] for p in report["store"]} == {"store.new_indicator"}
    normalised = pd.read_csv(folder / "normalised.csv", dtype=str, keep_default_na=False)
    assert list(normalised.columns) == list(req.data.rows.columns)
    log = paths_for(instance).log_file.read_text(encoding="utf-8").splitlines()
    assert json.loads(log[-1])["event"] == "import"


def test_imports_are_listed_and_removed_and_the_committed_state_returns(instance):
    first = accept_import(instance, request(new_indicator_import()))
    second = accept_import(instance, request(od_import()))
    listed = list_imports(instance)
    assert [(s.record.id, s.status) for s in listed] == [
        (first.import_id, "applied"),
        (second.import_id, "applied"),
    ]
    assert listed[1].record.table == "od_flows"
    assert remove_import(instance, second.import_id, user="tester").accepted
    assert remove_import(instance, first.import_id, user="tester").accepted
    assert list_imports(instance) == []
    assert list(paths_for(instance).imports_dir.glob("2*")) == []
    package = store_of(instance).package
    for name, frame in committed().tables.items():
        pd.testing.assert_frame_equal(package.tables[name], frame, obj=name)
    log = paths_for(instance).log_file.read_text(encoding="utf-8").splitlines()
    events = [json.loads(line)["event"] for line in log]
    assert events == ["import", "import", "remove", "remove"]


def test_removing_an_unknown_import_is_refused(instance):
    for bad in ("20250101T000000Z-abcdef", "../store", "x"):
        outcome = remove_import(instance, bad)
        assert not outcome.accepted and codes(outcome) == ["store.not_found"]


def test_values_for_an_indicator_and_year_already_committed_are_refused(instance):
    store = current_file(paths_for(instance))
    before = sha(store)
    data = ImportData("regional_indicators", rows_of("population", 2023))
    outcome = accept_import(instance, request(data))
    assert not outcome.accepted and codes(outcome) == ["store.conflict_committed"]
    message = outcome.errors[0].message("en")
    assert "population, 2023" in message and "20 values" in message and "0 of the" in message
    assert "--replace" in outcome.errors[0].message("ru")
    assert sha(store) == before and list_imports(instance) == []
    assert list(paths_for(instance).imports_dir.iterdir()) == []


def test_replace_shows_the_import_instead_and_removal_brings_the_committed_values_back(instance):
    rows = rows_of("population", 2023).assign(note="revised release (test)")
    data = ImportData("regional_indicators", rows, replace=True)
    outcome = accept_import(instance, request(data))
    assert outcome.accepted and [p.code for p in outcome.notices] == ["store.replaces"]
    regional = store_of(instance).package.regional
    slice_ = regional[(regional["indicator"] == "population") & (regional["year"] == 2023)]
    assert len(slice_) == 20 and set(slice_["note"]) == {"revised release (test)"}
    assert len(regional) == len(committed().regional)
    # a second import of the same slice conflicts with the first, not with the package
    again = accept_import(instance, request(ImportData("regional_indicators", rows)))
    assert codes(again) == ["store.conflict_import"]
    assert outcome.import_id in again.errors[0].message("en")
    remove_import(instance, outcome.import_id)
    pd.testing.assert_frame_equal(store_of(instance).package.regional, committed().regional)


def test_an_import_without_a_source_is_refused(instance):
    rows = new_indicator_import().rows.assign(source_id="")
    outcome = check_import(instance, replace(new_indicator_import(), rows=rows))
    assert codes(outcome) == ["store.no_source"]


def test_an_unknown_source_needs_its_sources_row(instance):
    data = new_indicator_import()
    rows = data.rows.assign(source_id="test-new-source")
    assert codes(check_import(instance, replace(data, rows=rows))) == ["store.unknown_source"]
    source = committed().sources.iloc[0].to_dict() | {"id": "test-new-source"}
    indicator = data.indicator | {"source_ids": "test-new-source"}
    outcome = accept_import(
        instance, request(replace(data, rows=rows, source=source, indicator=indicator))
    )
    assert outcome.accepted, outcome.lines("en")
    assert "test-new-source" in set(store_of(instance).package.sources["id"])


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"indicator": "no_such_indicator"}, "store.unknown_indicator"),
        ({"indicator": "net_migration_per_1000", "unit": "per_1000"}, "store.derived_indicator"),
        ({"unit": "families"}, "store.unit_mismatch"),
        ({"region_id": "10", "boundary_version": "1997"}, "store.region"),
        ({"quality": "excellent"}, "store.enum"),
        ({"value": "many"}, "store.type"),
        ({"year": "1890"}, "store.minimum"),
    ],
)
def test_rows_that_break_the_package_rules_are_refused(instance, change, code):
    data = ImportData("regional_indicators", rows_of("interregional_arrivals", 2024).astype(object))
    rows = data.rows.copy()
    for column, value in change.items():
        rows.loc[0, column] = value
    outcome = check_import(instance, replace(data, rows=rows, replace=True))
    assert code in codes(outcome), outcome.lines("en")
    problem = next(p for p in outcome.errors if p.code == code)
    assert problem.row == 2 or problem.row is None  # the first data line of normalised.csv


def test_wrong_columns_or_no_rows_are_refused(instance):
    rows = rows_of("population", 2023)
    bad = check_import(instance, ImportData("regional_indicators", rows.drop(columns=["unit"])))
    assert codes(bad) == ["store.columns"]
    empty = check_import(instance, ImportData("regional_indicators", rows.iloc[0:0]))
    assert codes(empty) == ["store.no_rows"]
    assert codes(check_import(instance, ImportData("sources", rows))) == ["store.unknown_table"]


def test_duplicate_keys_in_an_import_are_refused(instance):
    rows = new_indicator_import().rows
    data = replace(new_indicator_import(), rows=pd.concat([rows, rows.iloc[:1]]))
    assert "store.duplicate_key" in codes(check_import(instance, data))


def test_od_flows_between_unknown_or_equal_regions_are_refused(instance):
    data = od_import()
    rows = data.rows.copy()
    rows.loc[0, "destination"] = rows.loc[0, "origin"]
    rows.loc[1, "origin"] = "79"  # Shymkent is not a unit of the 1997 boundaries
    outcome = check_import(instance, replace(data, rows=rows.assign(year=2005)))
    assert set(codes(outcome)) == {"store.same_region", "store.region"}


def test_a_dry_run_writes_nothing(instance):
    paths = paths_for(instance)
    before = sha(current_file(paths))
    outcome = check_import(instance, new_indicator_import())
    assert outcome.accepted and outcome.dry_run and outcome.rows == 20
    assert sha(current_file(paths)) == before and list(paths.imports_dir.iterdir()) == []


def test_a_removal_that_would_break_a_later_import_is_refused(instance):
    first = accept_import(instance, request(new_indicator_import()))
    # a later import of another year of the indicator the first one added
    rows = rows_of("interregional_arrivals", 2023).assign(indicator=NEW_INDICATOR)
    second = accept_import(instance, request(ImportData("regional_indicators", rows)))
    assert second.accepted, second.lines("en")
    refused = remove_import(instance, first.import_id)
    assert codes(refused) == ["store.needed_by"]
    assert second.import_id in refused.errors[0].message("kk")
    assert remove_import(instance, second.import_id).accepted
    assert remove_import(instance, first.import_id).accepted


def test_an_import_the_data_package_now_holds_is_listed_as_not_applied(tmp_path):
    folder = tmp_path / "instance"
    trimmed = trimmed_package(tmp_path, "net_migration", 2024)
    ensure_store(folder, trimmed)
    data = ImportData("regional_indicators", rows_of("net_migration", 2024))
    outcome = accept_import(folder, request(data), package=trimmed)
    assert outcome.accepted, outcome.lines("en")
    # the committed package gains the same values (e.g. a data update): the import now
    # conflicts; the store is still built, the import listed with the reason
    ensure_store(folder)
    [status] = list_imports(folder)
    assert status.status == "skipped"
    assert "net_migration, 2024" in status.status_text("en")
    meta = read_meta(current_file(paths_for(folder)))
    assert meta["applied"] == [] and list(meta["skipped"]) == [outcome.import_id]


def test_messages_exist_in_three_languages(instance):
    data = ImportData("regional_indicators", rows_of("population", 2023))
    outcome = accept_import(instance, request(data))
    texts = {lang: outcome.lines(lang) for lang in ("kk", "ru", "en")}
    assert len({t[1] for t in texts.values()}) == 3
    assert texts["kk"][0].startswith("Импорт қабылданбады")


def test_arrivals_source_is_real():
    assert ARRIVALS_SOURCE in set(committed().sources["id"])
    assert catalogue_row("population", "x")["unit"] == "persons"


def test_an_import_damaged_by_hand_is_skipped_not_fatal(instance):
    outcome = accept_import(instance, request(new_indicator_import()))
    folder = paths_for(instance).import_dir(outcome.import_id)
    (folder / "normalised.csv").unlink()
    current_file(paths_for(instance)).unlink()
    ensure_store(instance)  # the app still starts
    [status] = list_imports(instance)
    assert status.status == "skipped" and "cannot be read" in status.status_text("en")
    assert remove_import(instance, outcome.import_id).accepted
