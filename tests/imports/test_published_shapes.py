"""Tables in the shapes BNS and analysts publish them: headers in Russian and Kazakh, a
value column named after the indicator, quarters beside the year, several tables stacked
on one sheet, several sheets of one workbook, totals rounded cell by cell. Figures are the
package's own (BNS); where a test needs numbers the package lacks it says so.
"""

from __future__ import annotations

from dataclasses import replace

import openpyxl
import pytest

from dashboard.datasets.package import load_package
from dashboard.geo.gazetteer import region_name
from dashboard.imports import ImportOptions, check_file
from dashboard.imports.sheets import sheet_choices
from tests.imports.builders import (
    BNS_NET_MIGRATION,
    BNS_POPULATION,
    csv_bytes,
    package_values,
    wide_rows,
)

PACKAGE = load_package()
POP = ImportOptions(indicator="population", source_id=BNS_POPULATION)
NET = ImportOptions(indicator="net_migration", source_id=BNS_NET_MIGRATION)


def codes(check) -> list[str]:
    return [p.code for p in check.problems]


def values_of(check) -> dict[str, float]:
    return dict(zip(check.table["region_id"], check.table["value"], strict=True))


@pytest.mark.parametrize(
    "header",
    [
        ["Область", "Год", "Население"],  # the value column named after the indicator
        ["Регион", "Период", "Значение"],
        ["Облыс", "Жыл", "Мән"],
        ["Аймақ", "Жыл", "Жыл басындағы халық саны"],  # the indicator's Kazakh name
        ["Территория", "Год", "Численность населения на начало года"],
    ],
)
def test_long_tables_with_russian_or_kazakh_headers(header):
    values = package_values("population", 2023)
    rows = [header] + [[region_name(r, "kk", "2022"), 2023, v] for r, v in values.items()]
    rows.append(["Республика Казахстан", 2023, sum(values.values())])
    check = check_file(csv_bytes(rows), "pop.csv", POP, package=PACKAGE)
    assert check.problems == (), [str(p) for p in check.problems]
    assert values_of(check) == values


def test_a_long_table_with_two_numeric_columns_takes_the_one_named_as_the_indicator():
    values = package_values("population", 2023)
    header = ["Область", "Год", "Площадь", "Численность населения на начало года"]
    rows = [header] + [[region_name(r, "ru", "2022"), 2023, 1, v] for r, v in values.items()]
    check = check_file(csv_bytes(rows), "pop.csv", POP, package=PACKAGE)
    assert values_of(check) == values, [str(p) for p in check.problems]
    unnamed = check_file(
        csv_bytes(rows), "pop.csv", replace(POP, indicator="births"), package=PACKAGE
    )
    assert "import.shape.many_value_columns" in codes(unnamed)


def quarterly_rows(years: list[int]) -> list[list[object]]:
    """A BNS quarterly layout: the year once over five columns, quarters and "year" below.
    The annual cells hold the package's rates; the quarters test numbers (0.1 ... 0.4)."""
    top: list[object] = [None]
    sub: list[object] = [None]
    for year in years:
        top += [year, None, None, None, None]
        sub += ["I quarter", "II quarter", "III quarter", "IV quarter", "year2)"]
    rows: list[list[object]] = [["Unemployment rate1)"], [], top, sub]
    per_year = {y: package_values("unemployment_rate", y) for y in years}
    for rid in sorted(per_year[years[0]]):
        row: list[object] = [region_name(rid, "en", "2018")]
        for year in years:
            row += [0.1, 0.2, 0.3, 0.4, per_year[year][rid]]
        rows.append(row)
    return rows


def test_quarters_beside_the_year_are_set_aside_and_the_year_is_read():
    rows = quarterly_rows([2019, 2020])
    options = ImportOptions(indicator="unemployment_rate", source_id="bns-unemployment-rate")
    check = check_file(_xlsx({"Regions_quarter": rows}), "u.xlsx", options, package=PACKAGE)
    assert not check.errors, [str(p) for p in check.errors]
    for year in (2019, 2020):
        got = check.table[check.table["year"] == year]
        assert dict(zip(got["region_id"], got["value"], strict=True)) == package_values(
            "unemployment_rate", year
        )
    note = next(p for p in check.notes if p.code == "import.shape.part_columns")
    assert "8 columns" in note.message and "I quarter" in note.message


def stacked_rows() -> list[list[object]]:
    """Three tables under headings on one sheet, as BNS's "Мужчины" sheet: all, urban, rural
    (the package's own population_male / _urban_male / _rural_male of 2023)."""
    rows: list[list[object]] = [["Численность мужчин по регионам"], [None, "2023"]]
    for heading, indicator in (
        ("Мужчины", "population_male"),
        ("Городское население", "population_urban_male"),
        ("Сельское население", "population_rural_male"),
    ):
        values = package_values(indicator, 2023)
        rows.append([heading])
        rows.append(["Республика Казахстан", sum(values.values())])
        rows += [[region_name(r, "ru", "2022"), v] for r, v in sorted(values.items())]
    return rows


@pytest.mark.parametrize(
    ("section", "indicator"),
    [
        (None, "population_male"),
        ("Городское население", "population_urban_male"),
        ("3", "population_rural_male"),
    ],
)
def test_one_of_the_tables_a_sheet_stacks_is_read_and_the_others_named(section, indicator):
    options = replace(POP, indicator=indicator, section=section)
    check = check_file(_xlsx({"Мужчины": stacked_rows()}), "m.xlsx", options, package=PACKAGE)
    assert values_of(check) == package_values(indicator, 2023), [str(p) for p in check.problems]
    note = next(p for p in check.notes if p.code == "import.shape.sections")
    assert "Сельское население" in note.message
    assert not [p for p in check.problems if "repeat" in p.message]


def _xlsx(sheets: dict[str, list[list[object]]]) -> bytes:
    import io

    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def sexes_workbook() -> bytes:
    return _xlsx(
        {
            "Все население": wide_rows("population", [2023], total_label=None),
            "Мужчины": stacked_rows(),
            "Женщины": wide_rows("population_female", [2023], total_label=None),
        }
    )


def test_several_sheets_go_to_their_own_indicators_in_one_check():
    options = ImportOptions(
        source_id=BNS_POPULATION,
        sheet_indicators=(
            ("Все население", "population"),
            ("Мужчины", "population_male"),
            ("Мужчины:Городское население", "population_urban_male"),
            ("3", "population_female"),  # a sheet by its number
        ),
    )
    check = check_file(sexes_workbook(), "pop.xlsx", options, package=PACKAGE)
    assert not check.errors and not check.warnings, [str(p) for p in check.problems]
    for indicator in (
        "population",
        "population_male",
        "population_urban_male",
        "population_female",
    ):
        got = check.table[check.table["indicator"] == indicator]
        assert dict(zip(got["region_id"], got["value"], strict=True)) == package_values(
            indicator, 2023
        ), indicator
    assert all(p.file.startswith("pop.xlsx [") for p in check.problems)


def test_a_sheet_or_an_indicator_named_twice_is_refused_before_reading():
    twice = (("Мужчины", "population_male"), ("Мужчины", "population_female"))
    check = check_file(b"", "pop.xlsx", replace(POP, sheet_indicators=twice), package=PACKAGE)
    assert codes(check) == ["import.sheets.twice"]
    same = (("Мужчины", "population_male"), ("Женщины", "population_male"))
    check = check_file(b"", "pop.xlsx", replace(POP, sheet_indicators=same), package=PACKAGE)
    assert codes(check) == ["import.sheets.twice"]


def test_sheet_choices_as_written_on_the_command_line_or_the_form():
    assert sheet_choices(["Мужчины"]) == ("Мужчины", ())
    assert sheet_choices(["a=b", "c=d"]) == (None, (("a", "b"), ("c", "d")))
    with pytest.raises(ValueError):
        sheet_choices(["a=b", "c"])
    with pytest.raises(ValueError):
        sheet_choices(["a", "c"])


def test_a_sheet_that_does_not_exist_names_those_that_do():
    check = check_file(sexes_workbook(), "pop.xlsx", replace(POP, sheet="9"), package=PACKAGE)
    problem = next(p for p in check.errors if p.code == "import.read.no_sheet")
    assert "Все население, Мужчины, Женщины" in problem.suggestion


# ---------------------------------------------------------------------------- totals


def test_a_difference_beyond_the_rounding_of_the_published_digits_is_an_error():
    rows = wide_rows("emissions_stationary", [2021], version="2018", total={2021: 2407.46})
    options = ImportOptions(indicator="emissions_stationary", source_id="bns-emissions-stationary")
    check = check_file(csv_bytes(rows), "e.csv", options, package=PACKAGE)
    # The package's 17 values as written here (whole ones as whole numbers, the rest with
    # one or two decimals) allow 0.71 in all; they sum to 2,407.32: 0.14 off is rounding.
    assert [(p.code, p.severity) for p in check.problems] == [("import.total.rounding", "note")]
    assert "(difference -0.14)" in check.problems[0].message
    assert "(±0.71)" in check.problems[0].message
    off = wide_rows("emissions_stationary", [2021], version="2018", total={2021: 2409})
    check = check_file(csv_bytes(off), "e.csv", options, package=PACKAGE)
    assert [(p.code, p.severity) for p in check.problems] == [("import.total.mismatch", "error")]


def test_a_rate_is_not_summed_against_its_republic_figure():
    options = ImportOptions(indicator="unemployment_rate", source_id="bns-unemployment-rate")
    rows = wide_rows("unemployment_rate", [2019], version="2018", total={2019: 4.8})
    check = check_file(csv_bytes(rows), "u.csv", options, package=PACKAGE)
    assert "import.total.mismatch" not in codes(check), [str(p) for p in check.problems]
    assert check.totals["value"].tolist() == [4.8]
