"""Taldau exports, as BNS gives them: tab-separated, every field quoted, territories by
upper-case name (republic, oblasts, cities and districts mixed), breakdown columns, VAL
with spaces between thousands. The real exports are read in test_reference_files.py; these
are built from the package's own 2024 net migration (BNS) and arbitrary test numbers for
the rows the package does not hold (urban rows, districts).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from dashboard.datasets.package import load_package
from dashboard.geo.gazetteer import region_name
from dashboard.imports import ImportOptions, check_file
from dashboard.store.compose import catalogue_view
from tests.imports.builders import BNS_NET_MIGRATION, package_values

PACKAGE = load_package()
NET = ImportOptions(indicator="net_migration", source_id=BNS_NET_MIGRATION)
NAM = "Сальдо миграции по всем потокам(Человек)"
HEADER = (
    "NAM", "DAT", "PERIOD", "КАТО(по каталогу)", "LКАТО(по каталогу)", "СПТМ (по каталогу)",
    "LСПТМ (по каталогу)", "КН", "LКН", "СП", "LСП", "VAL",
)  # fmt: skip
SPACES = ("\u0020", "\u00a0", "\u2009", "\u202f")  # Taldau's, Excel's, typographers'


def spaced(value: float, space: str = " ") -> str:
    return f"{int(value):,}".replace(",", space)


def line(territory: str, value: str, *, year=2024, kind="Всего", nam=NAM, code="0", period=None):
    period = period or f"{year}12"
    cells = (nam, f"{year} год", period, territory, code, kind, "0", "Всего", "0", "Всего", "0")
    return [*cells, value]


def export(rows: list[list[str]]) -> bytes:
    text = "\n".join("\t".join(f'"{c}"' for c in row) for row in [list(HEADER), *rows])
    return (text + "\n").encode("utf-8")


def regions_2024(kind: str = "Всего", scale: int = 1) -> list[list[str]]:
    values = package_values("net_migration", 2024)
    rows = []
    for i, (rid, value) in enumerate(sorted(values.items())):
        name = region_name(rid, "ru", "2022").upper()
        rows.append(line(name, spaced(value * scale, SPACES[i % 4]), kind=kind))
    total = sum(values.values()) * scale
    rows.append(line("РЕСПУБЛИКА КАЗАХСТАН", spaced(total, "\u00a0"), kind=kind))
    return rows


DISTRICTS = [  # test numbers, not data
    line("АБАЙСКИЙ РАЙОН", "-407"),
    line("АБАЙСКИЙ РАЙОН", "6 305"),  # the same name in another oblast
    line("ЭКИБАСТУЗ Г.А.", "-1 135"),
    line("РАЙОН ЖАҢАСЕМЕЙ", "12"),
    line("Г.А.АЛАТАУ", "5"),
]


def test_the_totals_are_taken_and_match_the_package():
    urban = regions_2024("городская местность", scale=2)  # test numbers
    rows = regions_2024() + urban + DISTRICTS + [line("РЕСПУБЛИКА КАЗАХСТАН", "-1 000", year=2010)]
    check = check_file(export(rows), "saldo.csv", NET, package=PACKAGE)
    assert not check.errors and not check.warnings, [str(p) for p in check.problems]
    assert check.metadata.form == "long" and check.metadata.years == (2024,)
    values = dict(zip(check.table["region_id"], check.table["value"], strict=True))
    assert values == package_values("net_migration", 2024)  # no district took a region's place
    assert check.totals["value"].tolist() == [sum(values.values())]
    notes = {p.code: p for p in check.notes}
    assert "21" in notes["import.taldau.breakdowns_aside"].message  # 20 regions + the republic
    districts = notes["import.region.districts_aside"].message
    assert "5 rows" in districts and "АБАЙСКИЙ РАЙОН" in districts
    assert "2010" in notes["import.total.only_total"].message


def test_a_district_is_never_a_region_even_when_its_code_says_so_or_its_name_is_one():
    rows = regions_2024()
    rows[0] = line("АБАЙ", rows[0][-1], code="103200000")  # Abai *district*: code wins
    rows.append(line("ОБЛАСТЬ АБАЙ", rows[0][-1], code="100000000"))  # the region, by code
    check = check_file(export(rows), "saldo.csv", NET, package=PACKAGE)
    values = dict(zip(check.table["region_id"], check.table["value"], strict=True))
    assert values == package_values("net_migration", 2024)
    assert "import.region.districts_aside" in [p.code for p in check.notes]


def test_urban_rows_are_imported_as_an_indicator_of_their_own():
    row = {
        "id": "net_migration_urban", "name_en": "Net migration, urban", "name_ru": "Сальдо "
        "миграции, городская местность", "name_kk": "Көші-қон сальдосы, қала", "unit": "persons",
        "unit_en": "persons", "unit_ru": "человек", "unit_kk": "адам", "kind": "count",
        "aggregation": "sum", "scale": "diverging", "derived": "false",
        "source_ids": BNS_NET_MIGRATION,
    }  # fmt: skip
    view, problems = catalogue_view(PACKAGE, indicator=row)
    assert problems == []
    rows = regions_2024() + regions_2024("городская местность", scale=2)
    options = replace(NET, indicator="net_migration_urban", breakdown="urban")
    check = check_file(export(rows), "saldo.csv", options, package=view)
    assert not check.errors, [str(p) for p in check.errors]
    values = dict(zip(check.table["region_id"], check.table["value"], strict=True))
    assert values == {r: v * 2 for r, v in package_values("net_migration", 2024).items()}
    assert set(check.table["indicator"]) == {"net_migration_urban"}
    # The urban rows under the total's own indicator would overwrite it: refused.
    same = check_file(export(rows), "saldo.csv", replace(NET, breakdown="urban"), package=view)
    assert "import.taldau.breakdown_same_indicator" in [p.code for p in same.errors]


def test_a_breakdown_the_export_lacks_is_refused_listing_those_it_has():
    check = check_file(
        export(regions_2024()), "s.csv", replace(NET, breakdown="rural"), package=PACKAGE
    )
    assert [p.code for p in check.errors] == ["import.taldau.no_breakdown"]


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"period": "202312"}, "import.taldau.period_mismatch"),
        ({"period": "2024"}, "import.taldau.bad_period"),
        ({"nam": "Число родившихся(Человек)"}, "import.taldau.several_indicators"),
    ],
)
def test_a_contradicting_period_or_a_second_indicator_is_refused(change, code):
    rows = regions_2024()
    rows[3] = line(rows[3][3], rows[3][-1], **change)
    check = check_file(export(rows), "saldo.csv", NET, package=PACKAGE)
    problem = next(p for p in check.errors if p.code == code)
    if code != "import.taldau.several_indicators":
        assert (problem.row, problem.column) == (5, "C")  # the PERIOD cell of that row


def test_the_export_names_its_indicator_and_a_wrong_choice_is_refused():
    check = check_file(
        export(regions_2024()), "saldo.csv", replace(NET, indicator="births"), package=PACKAGE
    )
    assert "import.meta.conflict" in [p.code for p in check.errors]
