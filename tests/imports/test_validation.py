"""The checks of a recognised table: totals, versions, OD, metadata, the report itself.

OD numbers are arbitrary test numbers (the package's own OD table is an unverified copy,
not figures to reuse as if checked); everything else is the package's own figures.
"""

import json
from dataclasses import replace

import pytest

from dashboard.datasets.package import load_package
from dashboard.geo.boundaries import region_ids
from dashboard.geo.gazetteer import region_name
from dashboard.imports import ImportOptions, Limits, check_file
from dashboard.imports.numbers import decimal_mark, parse_number
from tests.imports.builders import (
    BNS_NET_MIGRATION,
    BNS_POPULATION,
    csv_bytes,
    long_rows,
    od_matrix_rows,
    package_total,
    package_values,
    russian_number,
    wide_rows,
    xlsx_bytes,
)

PACKAGE = load_package()

POP = ImportOptions(indicator="population", source_id=BNS_POPULATION)
# OD fixtures are for 2022, a year the package's own OD table leaves out (nothing to replace).
OD = ImportOptions(kind="od", source_id="kanatislambekov-interregional", year=2022)


def codes(check):
    return [p.code for p in check.problems]


# ---------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 234 567", 1234567),
        ("1\u00a0234,5", 1234.5),
        ("1\u202f234", 1234),
        ("−7 141", -7141),
        ("+2 224", 2224),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("0,0", 0),
    ],
)
def test_russian_and_english_numbers(text, value):
    assert parse_number(text).value == value


@pytest.mark.parametrize("text", ["-", "–", "—", "…", "...", "х", "X", "н/д", ""])
def test_no_data_marks_are_gaps(text):
    assert parse_number(text).kind in ("no_data", "empty")


@pytest.mark.parametrize("text", ["12a", "1 234,5,6", "около 900", "TRUE", "1e5x"])
def test_text_is_not_a_number(text):
    assert parse_number(text).kind == "text"


def test_the_decimal_mark_is_decided_per_table():
    assert decimal_mark(["1,234,567", "5"]) == "."
    assert parse_number("12,345", decimal=".").value == 12345
    assert parse_number("12,345", decimal=",").value == 12.345


# ---------------------------------------------------------------------------- totals


def test_one_decimal_values_reconcile_within_rounding():
    """Emissions 2013: the 16 regions sum to 2 282.8, BNS states 2 282.7 (rounding)."""
    total = package_total("emissions_stationary", 2013)
    rows = wide_rows("emissions_stationary", [2013], version="1997", total={2013: total})
    rows[0] = ["Выбросы загрязняющих веществ в атмосферу от стационарных источников"]
    rows[1] = ["тыс. тонн"]
    options = ImportOptions(indicator="emissions_stationary", source_id="bns-emissions-stationary")
    check = check_file(xlsx_bytes(rows), "eco.xlsx", options, package=PACKAGE)
    # Within rounding: a note that states the difference, which blocks nothing.
    assert [(p.code, p.severity) for p in check.problems] == [("import.total.rounding", "note")]
    assert "difference 0.10" in check.problems[0].message
    assert check.importable()
    assert check.metadata.boundary_versions == {2013: "1997"}


def test_a_partial_table_is_not_reconciled_and_its_gaps_are_named():
    values = package_values("net_migration", 2023)
    rows = [["region", "year", "value"]]
    rows += [[region_name(r, "en", "2022"), 2023, values[r]] for r in sorted(values)[:-2]]
    rows.append(["Republic of Kazakhstan", 2023, 9293])
    options = ImportOptions(indicator="net_migration", source_id=BNS_NET_MIGRATION)
    check = check_file(csv_bytes(rows), "nm.csv", options, package=PACKAGE)
    assert codes(check) == ["import.region.missing"]
    assert "Almaty, Shymkent" in check.problems[0].message


# ---------------------------------------------------------------------------- versions


def test_a_stated_version_must_hold_the_regions():
    options = ImportOptions(
        indicator="population", source_id=BNS_POPULATION, boundary_version="1997"
    )
    check = check_file(csv_bytes(long_rows("population", 2022)), "p.csv", options, package=PACKAGE)
    assert "import.region.not_in_version" in codes(check)
    assert "Abai" in check.errors[0].message


def test_seventeen_units_in_2024_can_be_accepted_when_the_version_is_stated():
    """If the three new regions are merely missing, stating 2022 turns the error into a gap."""
    rows = wide_rows("population", [2021], version="2018", total_label=None)
    rows[2][1] = "2024"
    options = ImportOptions(
        indicator="population", source_id=BNS_POPULATION, boundary_version="2022"
    )
    check = check_file(xlsx_bytes(rows), "p.xlsx", options, package=PACKAGE)
    assert "import.region.version_older" not in codes(check)
    assert "import.region.missing" in codes(check)


# ---------------------------------------------------------------------------- OD


def arbitrary_flows(ids):
    return {(o, d): 10 * i + 1 for i, (o, d) in enumerate((o, d) for o in ids for d in ids)}


def test_od_matrix_total_column_must_add_up():
    ids = region_ids("2022")
    rows = od_matrix_rows(arbitrary_flows(ids), 2022, ids)
    rows[4][-1] += 5  # the "Всего" of the second origin
    check = check_file(xlsx_bytes(rows), "od.xlsx", OD, package=PACKAGE)
    assert codes(check) == ["import.total.mismatch"]


def test_od_matrix_diagonal_figures_are_left_out_with_a_warning():
    ids = region_ids("2022")
    rows = od_matrix_rows(arbitrary_flows(ids), 2022, ids, total=False)
    rows[3][1] = 777  # first origin to itself
    check = check_file(xlsx_bytes(rows), "od.xlsx", OD, package=PACKAGE)
    assert codes(check) == ["import.od.diagonal"]
    assert len(check.table) == 380


def test_od_matrix_rows_may_be_destinations():
    ids = region_ids("2022")
    flows = arbitrary_flows(ids)
    rows = od_matrix_rows(flows, 2022, ids, total=False)
    check = check_file(
        xlsx_bytes(rows), "od.xlsx", replace(OD, matrix_rows="destination"), package=PACKAGE
    )
    first = check.table.query("origin == '11' and destination == '10'")["persons"].iloc[0]
    assert first == flows[("10", "11")]


def test_od_long_list_with_unbalanced_regions_is_a_warning():
    rows = [["year", "origin", "destination", "persons"]]
    rows += [[2022, "Shymkent", "Astana", 500], [2022, "Kyzylorda", "Almaty", 300]]
    check = check_file(
        csv_bytes(rows), "od.csv", ImportOptions(source_id=OD.source_id), package=PACKAGE
    )
    assert check.metadata.kind == "od" and check.metadata.form == "long"
    assert "import.od.mismatch" in [p.code for p in check.warnings]
    assert check.table["persons"].tolist() == [300, 500]


# ---------------------------------------------------------------------------- metadata


def test_values_in_thousands_are_caught_twice():
    values = package_values("population", 2023)
    rows = [["Численность населения на 1 января 2023 г., тыс. человек"], ["", "2023"]]
    rows += [[region_name(r, "ru", "2022"), russian_number(round(v / 1000, 1))] for r, v in
             values.items()]  # fmt: skip
    check = check_file(xlsx_bytes(rows), "thousands.xlsx", POP, package=PACKAGE)
    # The title says thousands; the values are a thousand times the atlas's; and they have
    # fractions, which persons do not.
    assert {"import.meta.thousands", "import.compare.differs", "import.value.fraction"} == set(
        codes(check)
    )
    differs = next(p for p in check.problems if p.code == "import.compare.differs")
    assert differs.hint == "import.hint.thousands"
    assert "788,013 → 788" in differs.message  # Akmola, 1 January 2023 (BNS, revised 2026)


def test_the_quality_flag_defaults_to_unverified_for_a_source_without_values():
    options = ImportOptions(indicator="population", source_id="geokz")
    check = check_file(csv_bytes(long_rows("population", 2022)), "p.csv", options, package=PACKAGE)
    assert "import.meta.quality_default" in codes(check)
    assert set(check.table["quality"]) == {"unverified"}


def test_a_title_naming_another_indicator_is_a_warning():
    rows = wide_rows(
        "population", [2023], total_label=None, title="Сальдо миграции по всем потокам"
    )
    check = check_file(xlsx_bytes(rows), "p.xlsx", POP, package=PACKAGE)
    assert codes(check)[0] == "import.meta.title_differs"


def test_a_unit_other_than_the_indicators_is_refused():
    options = ImportOptions(indicator="population", source_id=BNS_POPULATION, unit="тыс. человек")
    check = check_file(csv_bytes(long_rows("population", 2022)), "p.csv", options, package=PACKAGE)
    assert codes(check) == ["import.meta.unit_mismatch"]
    ok = ImportOptions(indicator="population", source_id=BNS_POPULATION, unit="человек")
    assert (
        check_file(csv_bytes(long_rows("population", 2022)), "p.csv", ok, package=PACKAGE).problems
        == ()
    )


def test_one_import_takes_one_source():
    rows = long_rows("population", 2022)
    rows[0].append("source_id")
    for i, row in enumerate(rows[1:]):
        row.append(BNS_POPULATION if i % 2 else "bns-population-1jan-taldau")
    check = check_file(
        csv_bytes(rows), "p.csv", ImportOptions(indicator="population"), package=PACKAGE
    )
    assert "import.meta.several_values" in codes(check)


def test_a_year_option_must_agree_with_the_table():
    options = ImportOptions(indicator="population", source_id=BNS_POPULATION, year=2021)
    check = check_file(csv_bytes(long_rows("population", 2022)), "p.csv", options, package=PACKAGE)
    assert "import.meta.conflict" in codes(check)


def test_an_unreadable_file_still_reports_the_missing_source():
    check = check_file(b"\x89PNG\r\n\x1a\n" + bytes(10), "x.csv", package=PACKAGE)
    assert codes(check) == ["import.read.not_table", "import.meta.no_source"]


# ---------------------------------------------------------------------------- report


def test_a_broken_file_gives_a_readable_report():
    rows = [["region", "year", "value"]] + [[f"Нет такого {i}", 2023, i] for i in range(30)]
    check = check_file(csv_bytes(rows), "p.csv", POP, package=PACKAGE)
    assert codes(check).count("import.region.unknown") == 20
    more = [p for p in check.problems if p.code == "import.more"]
    assert len(more) == 1 and "10 more" in more[0].message
    json.dumps(check.report(), ensure_ascii=False)


def test_a_table_of_hundreds_of_unknown_names_stops_early():
    rows = [["region", "year", "value"]] + [[f"Name {i}", 2023, i] for i in range(5000)]
    check = check_file(csv_bytes(rows), "p.csv", POP, package=PACKAGE)
    assert "import.region.too_many_unknown" in codes(check)


def test_too_many_values_for_one_import():
    options = ImportOptions(
        indicator="population", source_id=BNS_POPULATION, limits=Limits(max_values=10)
    )
    check = check_file(csv_bytes(long_rows("population", 2022)), "p.csv", options, package=PACKAGE)
    assert codes(check) == ["import.shape.too_many_values"]


def test_markup_in_the_file_stays_text_in_the_preview_and_escaped_in_messages():
    rows = wide_rows("population", [2023], total_label=None, title="<b onmouseover=x>Title</b>")
    rows[5][0] = "<img src=x onerror=alert(1)>"
    check = check_file(xlsx_bytes(rows), "p.xlsx", POP, package=PACKAGE)
    assert check.metadata.title.startswith("<b onmouseover=x>")  # data, shown as text
    assert any(row and row[0] == "<img src=x onerror=alert(1)>" for row in check.preview)
    message = next(p.message for p in check.problems if p.code == "import.region.unknown")
    assert "&lt;img src=x onerror=alert(1)&gt;" in message and "<img" not in message


def test_warnings_block_until_accepted():
    values = package_values("population", 2023)
    rows = [["region", "year", "value"]]
    rows += [[region_name(r, "ru", "2022"), 2023, values[r]] for r in sorted(values)[:5]]
    check = check_file(csv_bytes(rows), "p.csv", POP, package=PACKAGE)
    assert check.warnings and not check.errors
    assert not check.importable() and check.importable(accept_warnings=True)


def test_net_migration_may_be_negative():
    options = ImportOptions(indicator="net_migration", source_id=BNS_NET_MIGRATION)
    check = check_file(
        csv_bytes(long_rows("net_migration", 2024)), "nm.csv", options, package=PACKAGE
    )
    assert check.problems == () and (check.table["value"] < 0).any()


# ---------------------------------------------------------------------------- shapes


def test_a_code_column_beside_the_names_is_no_loss():
    values = package_values("population", 2023)
    rows = [["Код", "Наименование", "2023"]]
    rows += [[int(r), region_name(r, "ru", "2022"), values[r]] for r in sorted(values)]
    check = check_file(xlsx_bytes(rows), "p.xlsx", POP, package=PACKAGE)
    assert check.problems == (), [str(p) for p in check.problems]
    assert len(check.table) == 20


def test_a_numeric_column_that_is_not_a_year_is_reported():
    rows = wide_rows("population", [2023], total_label=None)
    rows[2].append("2023 в % к 2022")
    for row in rows[3:-2]:
        row.append("101,2")
    check = check_file(xlsx_bytes(rows), "p.xlsx", POP, package=PACKAGE)
    assert codes(check) == ["import.shape.column_ignored"]
    assert "“2023 в % к 2022” is not a year" in check.problems[0].message


def test_several_value_columns_without_years_are_refused():
    rows = [["Регион", "Мужчины", "Женщины"], ["Акмолинская", "1", "2"], ["Актюбинская", "3", "4"]]
    check = check_file(csv_bytes(rows), "p.csv", replace(POP, year=2023), package=PACKAGE)
    assert codes(check) == ["import.shape.many_value_columns"]
    assert "Мужчины, Женщины" in check.problems[0].message


def test_the_year_option_may_come_as_text_from_a_form():
    rows = [["Регион", "Значение"], ["Акмолинская", "788 023"]]
    check = check_file(csv_bytes(rows), "p.csv", replace(POP, year="2023"), package=PACKAGE)
    assert check.metadata.years == (2023,) and "import.region.missing" in codes(check)
    bad = check_file(csv_bytes(rows), "p.csv", replace(POP, year="два"), package=PACKAGE)
    assert "import.year.bad" in codes(bad)


def test_an_internal_error_refuses_the_file_without_raising(monkeypatch, caplog):
    from dashboard.imports import validation

    def broken(*args, **kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(validation, "recognise", broken)
    check = check_file(csv_bytes(long_rows("population", 2022)), "p.csv", POP, package=PACKAGE)
    assert codes(check) == ["import.internal"] and not check.importable(True)
    assert "import check of p.csv failed" in caplog.text
