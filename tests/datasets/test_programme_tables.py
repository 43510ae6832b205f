"""Pure checks of the Programme tables (national series, composition, roles, zones, action plan).

No ../shared access: these run everywhere. The checks against the Kazakh original are in
test_programme_against_seed.py.
"""

import csv
import json
import re
from functools import cache

import pytest

from dashboard import DATA_DIR

# The six flags of the data policy (PRODUCT.md).
QUALITY = {"official", "official-via-news", "secondary", "unverified", "derived", "model"}
REGIONS_2022 = {
    "10", "11", "15", "19", "23", "27", "31", "33", "35", "39",
    "43", "47", "55", "59", "61", "62", "63", "71", "75", "79",
}  # fmt: skip
REGIONS_1997 = REGIONS_2022 - {"10", "33", "62", "79"}
MY_TABLES = (
    "national_series",
    "composition",
    "programme_roles",
    "disaster_zones",
    "zone_districts",
    "action_plan",
    "bodies",
)
ACTION_NUMBERS = (
    [f"1.1.{i}" for i in range(1, 9)]
    + [f"2.1.{i}" for i in range(1, 5)]
    + ["3.1.1"]
    + [f"4.1.{i}" for i in range(1, 5)]
    + [f"5.1.{i}" for i in range(1, 6)]
)
# The Kazakh name of each region as the Programme writes it (stem), for the role quotes.
REGION_NAME_KK = {
    "75": "Алматы",
    "71": "Астана",
    "11": "Ақмола",
    "47": "Маңғыстау",
    "63": "Шығыс Қазақстан",
    "43": "Қызылорда",
    "35": "Қарағанды",
    "39": "Қостанай",
    "55": "Павлодар",
    "27": "Батыс Қазақстан",
    "61": "Оңтүстік Қазақстан",
}


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    with (DATA_DIR / f"{name}.csv").open(encoding="utf-8", newline="") as f:
        return tuple(csv.DictReader(f))


def series(name: str, source_id: str | None = None) -> dict[str, float]:
    return {
        r["period"]: float(r["value"])
        for r in table("national_series")
        if r["series"] == name and (source_id is None or r["source_id"] == source_id)
    }


def source_ids() -> set[str]:
    return {r["id"] for r in table("sources")}


# --- provenance -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", MY_TABLES)
def test_every_row_has_a_known_source_and_a_quality_flag(name):
    known = source_ids()
    rows = table(name)
    assert rows, f"{name}.csv is empty"
    for row in rows:
        assert row["source_id"] in known, (name, row)
        assert row["quality"] in QUALITY, (name, row)


def test_secondary_source_columns_reference_sources():
    known = source_ids()
    for row in table("disaster_zones"):
        for sid in row["facts_source_ids"].split():
            assert sid in known, row["zone_id"]
        assert row["facts_quality"] in QUALITY
        if row["ref_point_source_id"]:
            assert row["ref_point_source_id"] in known
    for row in table("zone_districts"):
        assert row["kato_source_id"] in known


def test_descriptor_lists_every_table_with_matching_fields():
    pkg = json.loads((DATA_DIR / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in pkg["resources"]}
    for name in MY_TABLES:
        assert name in resources, name
        res = resources[name]
        assert res["path"] == f"{name}.csv"
        fields = res["schema"]["fields"]
        with (DATA_DIR / f"{name}.csv").open(encoding="utf-8", newline="") as f:
            header = next(csv.reader(f))
        assert [fld["name"] for fld in fields] == header, name
        assert all(fld.get("description") for fld in fields), name
        quality = next(fld for fld in fields if fld["name"] == "quality")
        assert set(quality["constraints"]["enum"]) == QUALITY
        fks = res["schema"]["foreignKeys"]
        assert {"fields": "source_id", "reference": {"resource": "sources", "fields": "id"}} in fks


# --- national series --------------------------------------------------------------------------


def test_national_series_key_is_unique_and_years_agree_with_periods():
    seen = set()
    for row in table("national_series"):
        key = (row["series"], row["period"])
        assert key not in seen, key
        seen.add(key)
        if row["year"]:
            assert row["period"] == row["year"], row
        float(row["value"])
        assert row["qualifier"] in {"", "over", "about"}


def test_net_migration_urban_plus_rural_equals_total_2000_2024():
    total = series("net_migration_all_flows")
    urban = series("net_migration_all_flows_urban")
    rural = series("net_migration_all_flows_rural")
    years = [str(y) for y in range(2000, 2025)]
    assert sorted(total) == sorted(urban) == sorted(rural) == years
    for y in years:
        assert urban[y] + rural[y] == total[y], y
    assert total["2000"] == -108307
    assert total["2024"] == 16550


def test_quota_series_are_exact():
    assert series("immigration_quota_families") == {
        "1993": 10000,
        "1994": 7000,
        "1995": 5000,
        "1996": 4000,
        "1997": 2180,
        "1998": 3000,
        "1999": 500,
        "2000": 500,
    }
    decree = series("immigration_quota_families_decree")
    assert decree == {
        "1997": 2180,
        "2000": 500,
        "2004": 10000,
        "2005": 15000,
        "2006": 15000,
        "2007": 15000,
    }
    programme = series("immigration_quota_families")
    for year in ("1997", "2000"):
        assert decree[year] == programme[year]


def test_programme_headline_figures():
    assert series("emigrants") == {"1994": 477100}
    assert series("net_migration_loss") == {"1991-2000": 2_000_000}
    assert series("migration_loss_per_1000") == {
        "1991": 3,
        "1992": 10,
        "1993": 13,
        "1994": 25,
        "1995": 15,
        "1998": 13,
        "2000": 11,
    }
    assert series("migration_loss_to_natural_increase_ratio") == {"1993": 1.4, "1994": 2.8}
    assert series("emigrants_working_age_share") == {
        "1994": 63.2,
        "1995": 62.8,
        "1999": 67,
        "2000": 68,
    }
    assert series("emigrants_higher_or_specialised_education_share") == {
        "1993": 39,
        "1994": 46.5,
        "1995": 33.0,
        "1999": 38,
        "2000": 38.8,
    }
    assert series("oralman_arrivals_people", "programme-2001") == {"1991-2000": 183000}
    assert series("oralman_arrivals_families") == {"1991-2000": 43000}
    assert series("internal_migrants_kazakh_share") == {"1999": 71, "2000": 72}
    assert series("housing_commissioned") == {"1993": 3856, "1997": 1278}


def test_qualifiers_follow_the_text():
    qual = {(r["series"], r["period"]): r["qualifier"] for r in table("national_series")}
    assert qual[("net_migration_loss", "1991-2000")] == "over"
    assert qual[("oralman_arrivals_families", "1991-2000")] == "over"
    assert qual[("migration_loss_per_1000", "1994")] == "about"
    assert qual[("migration_loss_per_1000", "1993")] == ""


def _printed_number(text: str) -> float:
    """'477,1 мың' -> 477100; '2 миллион' -> 2e6; '25-ке жуық' -> 25."""
    number = float(re.match(r"\d+(?:,\d+)?", text).group(0).replace(",", "."))
    if "миллион" in text:
        number *= 1_000_000
    return number


def test_value_as_printed_matches_value():
    rows = [r for r in table("national_series") if r["source_id"] == "programme-2001"]
    assert len(rows) >= 40
    for row in rows:
        printed = row["value_as_printed"]
        assert printed, row
        number = _printed_number(printed)
        if "мың" in printed and not row["unit"].startswith("thousand"):
            number *= 1000
        if row["series"].endswith("_upper") and "-" in printed:  # '18-20%': upper bound
            number = float(printed.split("-")[1].rstrip("%"))
        assert number == pytest.approx(float(row["value"])), row


def test_aral_sea_area_parts_sum_to_total_and_stop_at_2018():
    total = series("aral_sea_area_total")
    assert sorted(total) == [str(y) for y in range(1986, 2019)]
    parts = [series(f"aral_sea_area_{p}") for p in ("large", "eastern", "small")]
    for year, value in total.items():
        assert sum(p.get(year, 0) for p in parts) == pytest.approx(value, abs=0.011), year
    assert total["1986"] == 41.39 and total["2018"] == 6.99
    assert min(int(y) for y in parts[1]) == 2007  # eastern basin only given separately from 2007
    for row in table("national_series"):
        if row["series"].startswith("aral_sea_area_"):
            assert row["quality"] == "secondary"
            assert int(row["year"]) <= 2018


def test_kandas_cumulative_totals_grow():
    cumulative = sorted(
        (r["reference_date"], float(r["value"]))
        for r in table("national_series")
        if r["series"] == "kandas_cumulative_people"
    )
    values = [v for _, v in cumulative]
    assert values == sorted(values)
    assert all(
        r["quality"] == "official-via-news"
        for r in table("national_series")
        if r["series"].startswith("kandas_")
    )


# --- composition ------------------------------------------------------------------------------


def shares(breakdown: str, period: str) -> dict[str, float]:
    return {
        r["category"]: float(r["share_pct"])
        for r in table("composition")
        if r["breakdown"] == breakdown and r["period"] == period
    }


def test_oralman_origin_shares_as_stated():
    assert shares("oralman_origins", "1991-2000") == {
        "Mongolia": 35,
        "Iran": 8,
        "Turkey": 2,
        "China": 1.2,
        "Afghanistan": 1,
    }
    assert shares("oralman_origins", "1991 to 1 Oct 2011") == {
        "Uzbekistan": 60.5,
        "China": 12.4,
        "Mongolia": 10.4,
        "Turkmenistan": 7.8,
        "Russia": 5.3,
    }
    iso = {r["category"]: r["country_iso3"] for r in table("composition") if r["country_iso3"]}
    assert iso == {
        "Mongolia": "MNG",
        "Iran": "IRN",
        "Turkey": "TUR",
        "China": "CHN",
        "Afghanistan": "AFG",
        "Uzbekistan": "UZB",
        "Turkmenistan": "TKM",
        "Russia": "RUS",
    }


def test_ethnic_composition_2000_as_stated_without_computed_remainder():
    assert shares("emigrants_by_ethnicity", "2000") == {
        "Russians": 58,
        "Germans": 19,
        "Ukrainians": 9,
        "Kazakhs": 5,
    }
    immigrants = shares("immigrants_by_ethnicity", "2000")
    assert immigrants == {
        "Russians": 41,
        "Kazakhs": 33,
        "Ukrainians": 6,
        "Germans": 4,
        "Other nationalities": 16,
    }
    assert sum(immigrants.values()) == 100


def test_composition_rows_are_complete():
    for row in table("composition"):
        assert row["category_ru"] and row["category_kk"], row
        assert 0 < float(row["share_pct"]) <= 100
        assert bool(row["base_value"]) == bool(row["base_unit"]), row


# --- roles and zones --------------------------------------------------------------------------


def test_roles_reference_valid_region_ids_and_quote_the_region():
    roles = table("programme_roles")
    group_roles = {"most_affected_by_migration_loss", "resettlement_destination_stage2"}
    for row in roles:
        assert row["boundary_version"] == "1997"
        if row["role"] in group_roles:
            assert row["region_id"] == "", row
        else:
            assert row["region_id"] in REGIONS_1997, row
            assert REGION_NAME_KK[row["region_id"]] in row["quote_kk"], row
    by_role: dict[str, set[str]] = {}
    for row in roles:
        by_role.setdefault(row["role"], set()).add(row["region_id"])
    assert by_role["receiving"] == {"75", "71", "11", "47"}
    assert by_role["ecological_crisis_outflow"] == {"63", "43"}
    assert by_role["losing_living_standards"] == {"35", "39"}
    assert by_role["highest_emigration_loss_2000"] == {"39", "55", "35"}
    keys = [(r["region_id"], r["role"]) for r in roles]
    assert len(keys) == len(set(keys))


def test_disaster_zones():
    zones = {r["zone_id"]: r for r in table("disaster_zones")}
    assert set(zones) == {"semey_test_site", "aral_region", "kapustin_yar", "sozak"}
    for zone in zones.values():
        assert set(zone["region_ids"].split()) <= REGIONS_2022
        assert set(zone["region_ids_1997"].split()) <= REGIONS_1997
        has_point = bool(zone["ref_lon"]) or bool(zone["ref_lat"])
        assert has_point == bool(zone["ref_point_source_id"]), zone["zone_id"]
    assert zones["semey_test_site"]["region_ids_1997"].split()[0] == "63"
    assert zones["semey_test_site"]["region_ids"].split()[0] == "10"
    assert (
        float(zones["semey_test_site"]["ref_lat"]),
        float(zones["semey_test_site"]["ref_lon"]),
    ) == (
        50.117,
        78.717,
    )
    assert zones["kapustin_yar"]["region_ids"] == "27"
    assert zones["sozak"]["region_ids"] == "61"
    assert "Созақ полигоны" in zones["sozak"]["programme_quote_kk"]


def test_zone_district_codes_match_their_oblast():
    rows = table("zone_districts")
    zone_ids = {r["zone_id"] for r in table("disaster_zones")}
    for row in rows:
        assert row["zone_id"] in zone_ids
        assert row["region_id"] in REGIONS_2022
        for code_col, region_col in (
            ("district_kato", "region_id"),
            ("district_kato_2024", "region_id_2022"),
        ):
            code = row[code_col]
            if code:
                assert re.fullmatch(r"\d{9}", code), row
                assert code[:2] == row[region_col], row
        if row["match_confidence"] == "unmatched":
            assert not row["district_kato"] and not row["district_kato_2024"], row
        else:
            assert row["district_kato"] or row["district_kato_2024"], row
        assert row["match_confidence"] in {"exact", "probable", "unmatched"}
        assert row["list_complete"] in {"true", "false"}
    catastrophe = {r["district_kato"] for r in rows if r["zone_class"] == "ecological_catastrophe"}
    assert catastrophe == {"433200000", "434400000", "156400000"}
    truncated = {r["list_complete"] for r in rows if r["zone_class"] == "pre_crisis"}
    assert truncated == {"false"}


# --- action plan ------------------------------------------------------------------------------


def test_action_plan_has_exactly_the_numbered_rows():
    plan = table("action_plan")
    assert [r["number"] for r in plan] == ACTION_NUMBERS
    for row in plan:
        assert row["group"] == row["number"].rsplit(".", 1)[0]
        assert row["section"] == "6"
        if row["number"] == "1.1.6":
            assert row["status"] == "deleted"
            assert "444" in row["measure_kk"] and "444" in row["status_note"]
            assert not (row["form"] or row["responsible"] or row["deadline_kk"])
        else:
            assert row["status"] == "active", row["number"]
            assert row["form"] in {"info", "report", "drafts"}
            for col in ("measure_kk", "measure_en", "form_kk", "form_en", "responsible"):
                assert row[col], (row["number"], col)
            for col in ("responsible_en", "deadline_kk", "deadline_en"):
                assert row[col], (row["number"], col)
            assert not re.search(r"[A-Za-z]", row["measure_kk"]), row["number"]


def test_action_plan_abbreviations_are_in_the_key():
    abbrs = {r["abbr"] for r in table("bodies")}
    used = set()
    for row in table("action_plan"):
        used |= set(
            re.findall(
                r"\b[А-ЯЁӘҒҚҢӨҰҮҺІ][А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]*[А-ЯЁӘҒҚҢӨҰҮҺІ]\b",
                row["responsible"],
            )
        )
    assert used == abbrs
