"""The real BNS and Taldau files in ../shared/reference, read in place as published: each
passes a dry run without editing, gives the figures read in the file by eye, and
reproduces the figures the package holds. The package's own net migration, imported again,
is nothing new. Skipped when ../shared is absent (a user's own clone), failing in CI.
"""

from __future__ import annotations

import pytest

from dashboard.datasets.package import load_package
from dashboard.imports import ImportOptions, check_file
from dashboard.store.build import ensure_store
from dashboard.store.reader import _READERS
from dashboard.store.workflow import import_file
from tests.conftest import require_shared

pytestmark = pytest.mark.shared

PACKAGE = load_package()
EMISSIONS = ImportOptions(indicator="emissions_stationary", source_id="bns-emissions-stationary")
EXPENDITURE = ImportOptions(indicator="eco_expenditure_current", source_id="bns-eco-expenditure")
POPULATION = ImportOptions(indicator="population", source_id="bns-population-1jan")
UNEMPLOYMENT = ImportOptions(indicator="unemployment_rate", source_id="bns-unemployment-rate")
APPLICANTS = ImportOptions(
    indicator="employment_office_applicants", source_id="bns-employment-office-applicants"
)
NET = ImportOptions(indicator="net_migration", source_id="bns-net-migration-all-flows")
INCOME = ImportOptions(indicator="income_per_capita", source_id="bns-nominal-income-per-capita")
SEXES = ImportOptions(
    source_id="bns-population-1jan",
    sheet_indicators=(
        ("Все население", "population"),
        ("Мужчины", "population_male"),
        ("Мужчины:Городское население", "population_urban_male"),
        ("Мужчины:Сельское население", "population_rural_male"),
        ("Женщины", "population_female"),
        ("Женщины:Городское население", "population_urban_female"),
        ("Женщины:Сельское население", "population_rural_female"),
    ),
)

# (file, options, figures read in the file: (indicator, region id, year) -> value, and the
# republic's figure as the file states it: year -> value).
FILES = {
    "odk-eco-spending-emissions/part2.xls": (
        EMISSIONS,
        {("emissions_stationary", "55", 2021): 736.12, ("emissions_stationary", "11", 2005): 44.0},
        {2021: 2407.4557910000003, 2005: 2968.8},
    ),
    "odk-eco-spending-emissions/part2.csv": (
        EMISSIONS,
        {("emissions_stationary", "55", 2021): 736.12, ("emissions_stationary", "33", 2022): 13.08},
        {2021: 2407.4557910000003},
    ),
    "odk-eco-spending-emissions/eco.xls": (
        EXPENDITURE,
        {
            ("eco_expenditure_current", "15", 2005): 4741222,
            ("eco_expenditure_current", "71", 2012): 688235.3,
        },
        {2005: 43558237.5},
    ),
    "odk-eco-spending-emissions/eco.csv": (
        EXPENDITURE,
        {("eco_expenditure_current", "15", 2005): 4741222},
        {2005: 43558237.5},
    ),
    "odk-population-by-region/kazpop.csv": (
        POPULATION,
        {("population", "11", 2000): 799179, ("population", "15", 2000): 677715},
        {2000: 14901641},
    ),
    "odk-population-by-region/source.xlsx": (
        SEXES,
        {
            ("population_male", "11", 2000): 387456,
            ("population_urban_male", "11", 2000): 173427,
            ("population_rural_male", "11", 2000): 214029,
            ("population_female", "10", 2023): None,  # Abai: checked against the package
        },
        {},
    ),
    "odk-labour-income-by-region/unemploymentRate.xlsx": (
        UNEMPLOYMENT,
        # the annual column, not the first quarter beside it (Akmola 2001: 14.3 in I quarter)
        {("unemployment_rate", "11", 2001): 10.8, ("unemployment_rate", "15", 2001): 11.4},
        {2001: 10.4},
    ),
    "odk-labour-income-by-region/applied_to_employment_authorities_raw.xlsx": (
        APPLICANTS,
        {("employment_office_applicants", "11", 2001): 17945},
        {2001: 332720},
    ),
    "taldau-raw-exports/migration_balance_2026-09-30.csv": (
        NET,
        {("net_migration", "71", 2024): 75854, ("net_migration", "10", 2023): -7141},
        {2024: 16550, 2023: 9293},
    ),
    "taldau-raw-exports/nominal_income_per_capita_2026-09-30.csv": (
        INCOME,
        {},
        {2000: 6352},
    ),
}
# Where the file and the package differ on purpose: the package holds population 2023
# revised after the file was published; BNS's unemployment table gives 2007-2008 unrounded
# (the package rounds them) and, for 2010-2017, estimates for Turkistan and Shymkent on the
# 2018 boundaries that the package does not store.
KNOWN = {
    "odk-population-by-region/kazpop.csv": {("population", 2023)},
    "odk-population-by-region/source.xlsx": {("population", 2023)},
}
# The warnings a person accepts for these files, each a fact of the file: 2017 (and, in the
# unemployment table, 2010-2017) given on the 2018 boundaries BNS recalculated it on;
# figures that differ from the package's (above); no rural population in the cities.
# Every other file passes without a warning.
WARNINGS = {
    "odk-population-by-region/kazpop.csv": {
        "import.compare.differs", "import.region.version_newer",
    },
    "odk-population-by-region/source.xlsx": {
        "import.compare.differs", "import.region.version_newer", "import.region.missing",
        "import.more",
    },
    "odk-labour-income-by-region/unemploymentRate.xlsx": {
        "import.compare.differs", "import.region.version_newer",
    },
}  # fmt: skip


@pytest.mark.parametrize("relative", list(FILES))
def test_a_published_file_passes_as_it_is_with_its_figures(relative):
    path = require_shared(f"reference/{relative}")
    options, figures, totals = FILES[relative]
    check = check_file(path, path.name, options, lang="ru", package=PACKAGE)
    assert not check.errors, [str(p) for p in check.errors]
    assert {p.code for p in check.warnings} == WARNINGS.get(relative, set())
    assert check.importable(accept_warnings=True)
    table = check.table.set_index(["indicator", "region_id", "year"])["value"]
    for key, value in figures.items():
        if value is not None:
            assert table[key] == pytest.approx(value), key
    stated = check.totals.set_index("year")["value"]
    for year, value in totals.items():
        assert stated[year] == pytest.approx(value), year
    keys = ["region_id", "boundary_version", "year", "indicator"]
    held = PACKAGE.tables["regional_indicators"][[*keys, "value"]]
    paired = check.table.merge(held, on=keys, suffixes=("", "_package"))
    known = KNOWN.get(relative, set())
    pairs = zip(paired["indicator"], paired["year"], strict=True)
    paired = paired[[(i, y) not in known for i, y in pairs]]
    assert len(paired) > 0
    # equal, up to the package's rounding of values the file gives unrounded
    assert ((paired["value"] - paired["value_package"]).abs() <= 0.005 + 1e-9).all()


def test_the_unemployment_table_gives_the_years_value_not_its_quarters():
    path = require_shared("reference/odk-labour-income-by-region/unemploymentRate.xlsx")
    check = check_file(path, path.name, UNEMPLOYMENT, package=PACKAGE)
    assert "import.shape.part_columns" in [p.code for p in check.notes]
    assert not [p for p in check.warnings if p.code == "import.shape.column_ignored"]


def test_the_taldau_export_sets_districts_aside_and_says_which_names_are_shared():
    path = require_shared("reference/taldau-raw-exports/migration_balance_2026-09-30.csv")
    check = check_file(path, path.name, NET, lang="en", package=PACKAGE)
    notes = {p.code: p.message for p in check.notes}
    assert "АБАЙСКИЙ РАЙОН" in notes["import.region.districts_aside"]
    assert "2000–2022" in notes["import.total.only_total"]
    assert len(check.table) == 40 and set(check.table["year"]) == {2023, 2024}


@pytest.fixture(scope="module")
def instance(tmp_path_factory):
    folder = tmp_path_factory.mktemp("instance")
    ensure_store(folder)
    yield folder
    _READERS.clear()


@pytest.mark.parametrize(
    ("relative", "options"),
    [
        ("taldau-raw-exports/migration_balance_2026-09-30.csv", NET),
        ("odk-eco-spending-emissions/part2.xls", EMISSIONS),
        ("odk-eco-spending-emissions/eco.csv", EXPENDITURE),
    ],
)
def test_the_packages_own_figures_imported_again_are_nothing_new(instance, relative, options):
    path = require_shared(f"reference/{relative}")
    result = import_file(instance, path, path.name, options, lang="en")
    assert result.accepted and result.nothing_new, result.lines("en")
    assert result.outcome.import_id is None
    assert "Nothing new" in result.lines("en")[-1]
