"""Real-shaped files of real figures come back as exactly the package's values."""

import pandas as pd
import pytest

from dashboard.datasets.package import load_package
from dashboard.geo.gazetteer import region_name
from dashboard.imports import REGIONAL_COLUMNS, ImportOptions, check_file
from tests.imports.builders import (
    BNS_NET_MIGRATION,
    BNS_POPULATION,
    csv_bytes,
    long_rows,
    names,
    package_total,
    package_values,
    russian_number,
    wide_rows,
    xlsx_bytes,
)

PACKAGE = load_package()


def assert_matches_package(table: pd.DataFrame) -> None:
    """Every imported row equals the package's row for the same keys (and only those)."""
    keys = ["region_id", "boundary_version", "year", "indicator"]
    package = load_package().regional
    merged = table.merge(package, on=keys, suffixes=("", "_package"), validate="one_to_one")
    assert len(merged) == len(table)
    assert (merged["value"] == merged["value_package"]).all()
    assert (merged["unit"] == merged["unit_package"]).all()


def test_bns_style_wide_russian_xlsx_with_title_total_and_footnote(tmp_path):
    rows = wide_rows(
        "net_migration",
        [2023, 2024],
        title="Сальдо миграции населения по всем потокам по регионам, человек",
        total={2023: 9293, 2024: 16550},  # the republic totals BNS states
    )
    path = tmp_path / "Сальдо миграции.xlsx"
    path.write_bytes(xlsx_bytes(rows))
    options = ImportOptions(indicator="net_migration", source_id=BNS_NET_MIGRATION)
    check = check_file(path, path.name, options, lang="ru", package=PACKAGE)

    assert check.problems == (), [str(p) for p in check.problems]
    assert check.importable()
    assert tuple(check.table.columns) == REGIONAL_COLUMNS
    assert len(check.table) == 40 and set(check.table["boundary_version"]) == {"2022"}
    assert_matches_package(check.table)
    assert set(check.table["quality"]) == {"official"}  # the source's flag
    assert check.totals["value"].tolist() == [9293, 16550]
    meta = check.metadata
    assert (meta.kind, meta.form, meta.file_format, meta.years) == (
        "regional",
        "wide",
        "xlsx",
        (2023, 2024),
    )
    assert meta.boundary_versions == {2023: "2022", 2024: "2022"}
    assert check.preview[0][1:] == ("2023", "2024") and check.preview_rows[0] == 3


def test_windows_1251_semicolon_csv_with_russian_numbers(tmp_path):
    values = package_values("population", 2023)
    rows = [
        ["Численность населения Республики Казахстан по регионам на 1 января 2023 г."],
        ["", "человек"],
        ["Всего", russian_number(package_total("population", 2023))],
    ] + [[label, russian_number(values[rid])] for rid, label in names("2022").items()]
    data = csv_bytes(rows, encoding="cp1251", delimiter=";")
    assert b"\xa0" in data  # the no-break space of "1 234 567" in Windows-1251
    check = check_file(
        data, "население 2023.csv", ImportOptions(source_id=BNS_POPULATION), package=PACKAGE
    )

    # The title names the indicator and the year; the indicator must still be confirmed.
    assert [p.code for p in check.problems] == ["import.meta.indicator_inferred"]
    assert not check.importable() and check.importable(accept_warnings=True)
    assert check.metadata.encoding == "cp1251" and check.metadata.delimiter == ";"
    assert check.metadata.indicator == "population" and check.metadata.years == (2023,)
    assert len(check.table) == 20
    assert_matches_package(check.table)


def test_kazakh_names_utf8_bom_tab_separated(tmp_path):
    values = package_values("net_migration", 2024)
    rows = [["Барлық ағындар бойынша көші-қон сальдосы, 2024 жыл"], ["Өңір", "Мәні"]]
    rows += [[region_name(rid, "kk", "2022"), int(values[rid])] for rid in sorted(values)]
    rows.append(["Қазақстан Республикасы", 16550])
    data = b"\xef\xbb\xbf" + csv_bytes(rows, delimiter="\t")
    check = check_file(
        data, "koshi-qon.tsv", ImportOptions(source_id=BNS_NET_MIGRATION), package=PACKAGE
    )
    assert [p.code for p in check.problems] == ["import.meta.indicator_inferred"]
    assert check.metadata.encoding == "utf-8-sig" and check.metadata.form == "long"
    assert_matches_package(check.table)


def test_long_english_csv_round_trip():
    data = csv_bytes(long_rows("population", 2022))
    options = ImportOptions(indicator="population", source_id=BNS_POPULATION)
    check = check_file(data, "population.csv", options, package=PACKAGE)
    assert check.problems == ()
    assert_matches_package(check.table)


def test_the_packages_own_csv_shape_imports_as_itself():
    package = load_package().regional
    rows = package[(package["indicator"] == "net_migration") & (package["year"] == 2023)]
    data = rows.to_csv(index=False).encode()
    check = check_file(data, "regional_indicators.csv", package=PACKAGE)
    assert check.problems == ()
    assert check.metadata.source_id == BNS_NET_MIGRATION
    assert_matches_package(check.table)


def test_a_wide_table_across_the_2022_reform_uses_each_years_boundaries():
    """20 rows; Abai, Zhetisu and Ulytau have "-" in 2021: 2021 is on the 17 units of 2018,
    where 19, 35 and 63 include them (the values BNS gave then)."""
    rows = wide_rows("population", [2021, 2022], total_label=None, as_text=True)
    assert sum(row[1:2] == ["-"] for row in rows) == 3
    options = ImportOptions(indicator="population", source_id=BNS_POPULATION)
    check = check_file(xlsx_bytes(rows), "pop.xlsx", options, package=PACKAGE)
    assert check.problems == (), [str(p) for p in check.problems]
    assert check.metadata.boundary_versions == {2021: "2018", 2022: "2022"}
    assert len(check.table) == 17 + 20
    assert_matches_package(check.table)


def test_population_of_2017_on_the_2018_units_is_a_warning_not_an_error():
    """BNS recalculated 1 January 2017 with Shymkent apart (the package stores it so)."""
    rows = wide_rows("population", [2017], version="2018", total_label=None)
    options = ImportOptions(indicator="population", source_id=BNS_POPULATION)
    check = check_file(xlsx_bytes(rows), "pop2017.xlsx", options, package=PACKAGE)
    assert [p.code for p in check.problems] == ["import.region.version_newer"]
    assert check.importable(accept_warnings=True)
    assert_matches_package(check.table)


def test_footnote_marks_on_region_names_carry_the_footnote_into_the_note():
    rows = wide_rows("net_migration", [2023], total={2023: 9293})
    for row in rows:
        if row and row[0] == "Туркестанская область":
            row[0] = "Туркестанская область 1)"
    options = ImportOptions(indicator="net_migration", source_id=BNS_NET_MIGRATION)
    check = check_file(xlsx_bytes(rows), "nm.xlsx", options, package=PACKAGE)
    assert check.problems == ()
    note = check.table.set_index("region_id").loc["61", "note"]
    assert note == "1) Примечание: данные текущего учёта."


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_report_is_told_in_each_language(lang):
    data = csv_bytes(long_rows("population", 2022))
    check = check_file(
        data, "p.csv", ImportOptions(indicator="population"), lang=lang, package=PACKAGE
    )
    (problem,) = check.problems
    assert problem.code == "import.meta.no_source" and problem.lang == lang
    assert problem.message and problem.suggestion
    other = check.in_language("en" if lang != "en" else "ru")
    assert other.problems[0].message != problem.message
