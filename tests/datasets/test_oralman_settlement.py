"""Oralmans settled by region in January-June 2016 (ministry figures quoted in news).

The package holds them as two stored indicators on the 16 units of 1997: persons and families.
The figures below are hand-copied from the release (camonitor.kz citing IA Novosti-Kazakhstan
and the ministry's press service; the national total from Interfax-Kazakhstan, 5 August 2016),
not read from the package; one test compares the package with the reference file in ../shared.
"""

from __future__ import annotations

import csv

import pytest

from dashboard.datasets.indicators import indicator_values
from dashboard.datasets.package import load_package
from dashboard.datasets.profiles import region_profile
from dashboard.geo.gazetteer import match_region
from dashboard.i18n.catalog import t
from dashboard.state import ViewState
from dashboard.views.data import data_view
from dashboard.views.profile import profile_view
from tests.conftest import require_shared

PERSONS, FAMILIES = "oralmans_settled_jan_jun", "oralman_families_settled_jan_jun"
# (families, persons) by 1997 unit, as the release lists them.
RELEASE = {
    "19": (2364, 4729), "61": (1572, 3044), "47": (506, 2311), "31": (620, 1254),
    "63": (369, 778), "11": (272, 571), "35": (221, 431), "39": (154, 296),
    "15": (51, 237), "55": (90, 231), "23": (84, 145), "59": (45, 102),
    "27": (6, 26), "43": (15, 24), "71": (341, 549), "75": (130, 219),
}  # fmt: skip
STATED_TOTAL = {PERSONS: 14_947, FAMILIES: 6_840}  # Interfax-Kazakhstan, 5 August 2016
REFERENCE = (
    "reference/news-oralman-settlement-by-region/oralman_kandas_settlement_by_region_news.csv"
)


@pytest.fixture(scope="module")
def package():
    return load_package()


def stored(package, indicator: str) -> dict[str, float]:
    rows = package.regional
    rows = rows[rows["indicator"] == indicator]
    assert set(rows["year"]) == {2016} and set(rows["boundary_version"]) == {"1997"}
    return dict(zip(rows["region_id"], rows["value"], strict=True))


@pytest.mark.parametrize(("indicator", "column"), [(FAMILIES, 0), (PERSONS, 1)])
def test_every_region_of_1997_as_released(package, indicator, column) -> None:
    assert stored(package, indicator) == {r: v[column] for r, v in RELEASE.items()}


@pytest.mark.parametrize("indicator", [PERSONS, FAMILIES])
def test_regions_sum_to_the_stated_national_total(package, indicator) -> None:
    assert sum(stored(package, indicator).values()) == STATED_TOTAL[indicator]
    totals = package.country_totals
    row = totals[(totals["indicator"] == indicator) & (totals["year"] == 2016)].iloc[0]
    assert row["value"] == STATED_TOTAL[indicator]
    assert row["source_id"] == "interfax-oralmans-2016h1"


@pytest.mark.parametrize("indicator", [PERSONS, FAMILIES])
def test_quality_source_and_period_are_stated(package, indicator) -> None:
    rows = package.regional[package.regional["indicator"] == indicator]
    assert set(rows["quality"]) == {"official-via-news"}
    assert set(rows["source_id"]) == {"mhsd-oralmans-2016h1"}
    assert rows["note"].str.contains("January–June 2016").all()
    sources = package.sources.set_index("id")
    for source_id in ("mhsd-oralmans-2016h1", "interfax-oralmans-2016h1"):
        source = sources.loc[source_id]
        # The original publisher first, then who quoted it.
        assert source["publisher"].startswith("Ministry of Health and Social Development")
        assert "quoted by" in source["publisher"]
    # A reader never takes half a year for the whole year: every language says so.
    meta = package["indicators"].set_index("id").loc[indicator]
    assert "January–June" in meta["name_en"] and "январе–июне" in meta["name_ru"]
    assert "Қаңтар–маусым" in meta["name_kk"]


def test_the_map_and_its_table_show_all_16_regions_in_every_language(package) -> None:
    for lang in ("kk", "ru", "en"):
        view = data_view(ViewState(lang=lang, indicator=PERSONS, year=2016, layers=()), package)
        assert len(view.regions.rows) == 16
        almaty = next(r for r in view.regions.rows if r["rank"] == 1)
        assert almaty["value"].replace("\u00a0", "").replace(",", "").replace(" ", "") == "4729"
        assert almaty["quality"] == t("quality.official-via-news", lang)
        assert "2016" in almaty["source"]


def test_the_profile_lists_it_under_quotas_and_repatriates(package) -> None:
    series = region_profile("47", 2016, package).get(PERSONS)
    assert series.group == "quotas"
    assert series.value == 2311 and series.rank == 3 and series.rank_of == 16
    # Shymkent did not exist yet: the profile shows South Kazakhstan's value, as its parent's.
    shymkent = region_profile("79", 2016, package).get(PERSONS)
    assert shymkent.value == 3044 and bool(shymkent.point["from_parent"])
    view = profile_view(ViewState(lang="ru", region="47", year=2016), package)
    quotas = next(g for g in view.groups if g.heading == t("profile.group.quotas", "ru"))
    row = next(r for r in quotas.rows if r.indicator == PERSONS)
    assert row.value_year == 2016 and "2311" in row.value.replace("\u00a0", "").replace(" ", "")


def test_the_data_api_gives_the_1997_units_in_2016(package) -> None:
    values = indicator_values(FAMILIES, 2016, package=package)
    assert len(values) == 16 and values["value"].notna().all()


def test_the_package_equals_the_reference_file(package) -> None:
    path = require_shared(REFERENCE)
    with path.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["period"] == "2016-01..06"]
    regions = [r for r in rows if "total" not in r["region_ru"]]
    (total,) = [r for r in rows if "total" in r["region_ru"]]
    assert len(regions) == 16
    persons, families = stored(package, PERSONS), stored(package, FAMILIES)
    for row in regions:
        region = match_region(row["region_ru"])
        assert persons[region] == int(row["persons"]), row
        assert families[region] == int(row["families"]), row
    assert int(total["persons"]) == STATED_TOTAL[PERSONS]
    assert int(total["families"]) == STATED_TOTAL[FAMILIES]
    urls = set(package.sources.set_index("id").loc[
        ["mhsd-oralmans-2016h1", "interfax-oralmans-2016h1"], "url"
    ])  # fmt: skip
    assert urls == {row["source_url"] for row in rows}
