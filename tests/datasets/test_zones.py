"""Disaster zones as geometry: oblasts per boundary version, districts from a KATO layer."""

from __future__ import annotations

import os

import geopandas
import pytest
import shapely
from shapely.geometry import Polygon, box

from dashboard.datasets.package import load_package
from dashboard.datasets.zones import (
    SLIVER_AREA_DEG2,
    disaster_zones,
    programme_roles,
    zone_outlines,
    zone_regions,
)
from dashboard.geo.boundaries import UnknownVersionError, boundaries, label_points
from dashboard.geo.districts import DistrictLayerError, load_district_layer
from dashboard.geo.gazetteer import parent_in
from tests.conftest import require_shared

PACKAGE = load_package()
EQUAL_AREA = "+proj=aea +lat_1=44 +lat_2=52 +lon_0=67 +datum=WGS84 +units=m +no_defs"
ZONES = ["semey_test_site", "aral_region", "kapustin_yar", "sozak"]
ARAL_CATASTROPHE = {"433200000", "434400000", "156400000"}  # Aral, Kazaly, Shalkar (Art. 3)


def km2(geom) -> float:
    return float(geopandas.GeoSeries([geom], crs="EPSG:4326").to_crs(EQUAL_AREA).area[0]) / 1e6


def units(version: str, ids: list[str]):
    frame = boundaries(version).set_index("id")
    return frame.loc[ids, "geometry"]


# ------------------------------------------------------------------------------ regions


@pytest.mark.parametrize(
    ("version", "expected"),
    [("2022", ["10", "55", "35"]), ("2018", ["63", "55", "35"]), ("1997", ["63", "55", "35"])],
)
def test_semey_lies_in_abai_from_2022_and_in_east_kazakhstan_before(version, expected):
    assert zone_regions("semey_test_site", version, PACKAGE) == expected


def test_zone_regions_of_the_other_zones():
    assert zone_regions("aral_region", "1997", PACKAGE) == ["43", "15"]
    assert zone_regions("kapustin_yar", "2018", PACKAGE) == ["27"]
    assert zone_regions("sozak", "1997", PACKAGE) == ["61"]
    assert zone_regions("sozak", "2022", PACKAGE) == ["61"]


def test_the_1997_lists_agree_with_the_2022_lists_through_the_gazetteer():
    for zone in disaster_zones(PACKAGE).to_dict("records"):
        derived = list(dict.fromkeys(parent_in(r, "1997") for r in zone["region_ids_2022"]))
        assert derived == zone["region_ids_1997"], zone["zone_id"]


def test_bad_zone_or_version_is_refused():
    with pytest.raises(ValueError, match="Unknown zone 'nowhere'"):
        zone_regions("nowhere", "2022", PACKAGE)
    with pytest.raises(UnknownVersionError):
        zone_regions("aral_region", "2020", PACKAGE)


def test_disaster_zones_table():
    zones = disaster_zones(PACKAGE).set_index("zone_id")
    assert list(zones.index) == ZONES
    assert zones.loc["semey_test_site", "has_ref_point"]
    assert not zones.loc[["aral_region", "kapustin_yar", "sozak"], "has_ref_point"].any()
    assert zones.loc["aral_region", "law_source_ids"] == ["law-1468-xii-1992", "law-186-1997"]
    assert zones.loc["semey_test_site", "law_source_ids"] == ["law-1787-xii-1992"]
    assert zones.loc["kapustin_yar", "law_source_ids"] == []
    assert zones.loc["aral_region", "facts_source_ids"][0] == "unesco-aral-sea-area"


# ----------------------------------------------------------------------- oblast outlines


@pytest.mark.parametrize("version", ["1997", "2018", "2022"])
def test_oblast_outlines_are_the_union_of_the_zones_oblasts(version):
    outlines = zone_outlines(version, PACKAGE).set_index("zone_id")
    assert list(outlines.index) == ZONES
    points = label_points(version).set_index("id")
    for zone_id, row in outlines.iterrows():
        ids = zone_regions(zone_id, version, PACKAGE)
        assert row["level"] == "oblast"
        assert row["regions"] == ids
        assert row["districts"] == [] and row["list_complete"] is None
        geom = row["geometry"]
        assert geom.is_valid and not geom.is_empty
        parts = units(version, ids)
        # area of the union = sum of the units (they only share edges) = union of the units
        assert geom.area == pytest.approx(float(shapely.area(parts.to_numpy()).sum()), rel=1e-9)
        assert geom.symmetric_difference(shapely.union_all(parts.to_numpy())).area < 1e-9
        for unit, (lon, lat) in points[["lon", "lat"]].iterrows():
            inside = geom.contains(shapely.Point(lon, lat))
            assert inside == (unit in ids), (zone_id, unit)


def test_semey_outline_of_2022_includes_abai_but_not_east_kazakhstan():
    geom = zone_outlines("2022", PACKAGE).set_index("zone_id").at["semey_test_site", "geometry"]
    abai, east = units("2022", ["10", "63"])
    assert geom.contains(abai.representative_point())
    assert not geom.contains(east.representative_point())
    assert geom.contains(shapely.Point(78.717, 50.117))  # the sourced reference point


# --------------------------------------------------------------------- district layers


def synthetic_layer(path, codes_names, crs="EPSG:4326", **extra_columns):
    """A small district file: 1°x1° squares in a row starting at 60°E 45°N."""
    frame = geopandas.GeoDataFrame(
        {
            "KATO": [code for code, _ in codes_names],
            "ADM2_RU": [name for _, name in codes_names],
            **extra_columns,
        },
        geometry=[box(60 + i, 45, 61 + i, 46) for i in range(len(codes_names))],
        crs="EPSG:4326",
    ).to_crs(crs)
    frame.to_file(path)
    return path


def test_missing_file_is_a_clear_error(tmp_path):
    path = tmp_path / "districts.geojson"
    with pytest.raises(DistrictLayerError, match="file not found") as info:
        load_district_layer(path)
    assert str(path) in str(info.value)


def test_geojson_without_kato_column_is_a_clear_error(tmp_path):
    path = tmp_path / "no_kato.geojson"
    frame = geopandas.GeoDataFrame(
        {"district": ["Aral"]}, geometry=[box(60, 45, 61, 46)], crs="EPSG:4326"
    )
    frame.to_file(path)
    with pytest.raises(DistrictLayerError) as info:
        load_district_layer(path)
    message = str(info.value)
    assert str(path) in message
    assert "no KATO code column" in message and "district" in message


def test_unreadable_file_and_folder_are_clear_errors(tmp_path):
    path = tmp_path / "broken.geojson"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(DistrictLayerError, match="could not be read"):
        load_district_layer(path)
    with pytest.raises(DistrictLayerError, match="is a folder"):
        load_district_layer(tmp_path)


def test_shapefile_without_crs_is_a_clear_error(tmp_path):
    path = synthetic_layer(tmp_path / "d.shp", [("433200000", "Аральский")])
    os.remove(tmp_path / "d.prj")
    with pytest.raises(DistrictLayerError, match=r"no coordinate reference system"):
        load_district_layer(path)


def test_codes_that_are_not_district_codes_are_clear_errors(tmp_path):
    bad = synthetic_layer(tmp_path / "bad.geojson", [("43-32", "Аральский")])
    with pytest.raises(DistrictLayerError, match="no 9-digit KATO codes"):
        load_district_layer(bad)
    oblasts = synthetic_layer(tmp_path / "adm1.geojson", [("430000000", "Кызылординская")])
    with pytest.raises(DistrictLayerError, match=r"oblast \(ADM1\) layer"):
        load_district_layer(oblasts)


def test_layer_is_read_reprojected_and_normalised(tmp_path):
    # Numeric codes (as GeoJSON stores numbers) and a projected CRS (UTM 41N).
    path = tmp_path / "utm.shp"
    frame = geopandas.GeoDataFrame(
        {"kato_code": [433200000, 434400000], "Name_EN": ["Aral", "Kazaly"]},
        geometry=[box(60, 45, 61, 46), box(61, 45, 62, 46)],
        crs="EPSG:4326",
    ).to_crs("EPSG:32641")
    frame.to_file(path)
    layer = load_district_layer(path)
    assert list(layer.columns) == ["kato", "name_en", "geometry"]
    assert layer["kato"].tolist() == ["433200000", "434400000"]
    assert layer.crs.to_epsg() == 4326
    assert layer.total_bounds == pytest.approx([60, 45, 62, 46], abs=1e-6)


def test_parts_of_one_district_are_merged_and_rows_without_code_dropped(tmp_path):
    path = tmp_path / "parts.geojson"
    geopandas.GeoDataFrame(
        {"KATO": [433200000, 433200000, None]},
        geometry=[box(60, 45, 61, 46), box(61, 45, 62, 46), box(0, 0, 1, 1)],
        crs="EPSG:4326",
    ).to_file(path)
    layer = load_district_layer(path)
    assert layer["kato"].tolist() == ["433200000"]
    assert layer.geometry[0].area == pytest.approx(2.0)


def test_layer_cache_follows_the_file(tmp_path):
    path = synthetic_layer(tmp_path / "d.geojson", [("433200000", "Аральский")])
    first = load_district_layer(path)
    first.loc[0, "kato"] = "changed"  # callers get a copy
    assert load_district_layer(path)["kato"].tolist() == ["433200000"]
    synthetic_layer(path, [("434400000", "Казалинский")])
    os.utime(path, ns=(1, 10**18))  # a different modification time, whatever the clock
    assert load_district_layer(path)["kato"].tolist() == ["434400000"]


def test_synthetic_layer_draws_listed_districts_and_falls_back_per_zone(tmp_path):
    path = synthetic_layer(
        tmp_path / "d.geojson",
        [("433200000", "Аральский"), ("434400000", "Казалинский"), ("156400000", "Шалкарский")],
    )
    outlines = zone_outlines("2022", PACKAGE, districts=load_district_layer(path)).set_index(
        "zone_id"
    )
    aral = outlines.loc["aral_region"]
    assert aral["level"] == "district"
    assert aral["districts"] == ["433200000", "434400000", "156400000"]
    assert aral["geometry"].equals(box(60, 45, 63, 46).normalize()) or (
        aral["geometry"].symmetric_difference(box(60, 45, 63, 46)).area < 1e-9
    )
    assert "153600000" in aral["missing"]  # Baiganin is listed, not in this layer
    assert aral["district_names"]["434400000"]["ru"] == "Казалинский"
    # no district of Semey in the layer: oblast level, and the codes it lacks are named
    semey = outlines.loc["semey_test_site"]
    assert semey["level"] == "oblast" and "354800000" in semey["missing"]  # Karkaraly
    assert outlines.loc["kapustin_yar", "level"] == "oblast"


# ------------------------------------------------------------------- geokz (reference)


@pytest.fixture(scope="module", params=["2018", "2024"])
def geokz(request):
    path = require_shared(f"reference/geokz/kaz_admbnda_adm2_{request.param}.shp")
    return request.param, load_district_layer(path)


def test_geokz_layer_reads_with_codes_and_names(geokz):
    vintage, layer = geokz
    assert len(layer) == {"2018": 216, "2024": 224}[vintage]
    assert layer["kato"].str.fullmatch(r"\d{9}").all()
    assert {"name_kk", "name_ru", "name_en"} <= set(layer.columns)
    assert layer.geometry.is_valid.all()


def test_geokz_aral_zone_is_drawn_by_district(geokz):
    vintage, layer = geokz
    outlines = zone_outlines("2022", PACKAGE, districts=layer).set_index("zone_id")
    aral = outlines.loc["aral_region"]
    assert aral["level"] == "district"
    assert aral["kato_vintage"] == vintage
    assert set(aral["districts"]) >= ARAL_CATASTROPHE
    assert aral["missing"] == []
    geom = aral["geometry"]
    assert geom.is_valid
    # gaps between geokz districts do not leave pinholes in the outline
    polygons = getattr(geom, "geoms", [geom])
    assert all(Polygon(r).area >= SLIVER_AREA_DEG2 for p in polygons for r in p.interiors)
    by_code = layer.set_index("kato").geometry
    for code in aral["districts"]:
        assert geom.buffer(1e-6).covers(by_code[code]), code
    karmakshy = by_code["434600000"]  # a Kyzylorda district no retrieved list names
    assert geom.intersection(karmakshy).area < 0.001 * karmakshy.area
    # the districts lie in their oblasts (boundaries of another source: 2% tolerance) ...
    oblasts = shapely.union_all(units("2022", ["43", "15", "61"]).to_numpy())
    assert km2(geom.difference(oblasts)) < 0.02 * km2(geom)
    # ... and are much smaller than them; the catastrophe zone alone is in the two oblasts
    assert km2(geom) < 0.6 * km2(oblasts)
    core = shapely.union_all(by_code[sorted(ARAL_CATASTROPHE)].to_numpy())
    two = shapely.union_all(units("2022", ["43", "15"]).to_numpy())
    assert km2(core.difference(two)) < 0.02 * km2(core)
    assert km2(core) < 0.4 * km2(two)


def test_geokz_aral_classes_say_which_list_is_incomplete(geokz):
    _, layer = geokz
    aral = zone_outlines("2022", PACKAGE, districts=layer).set_index("zone_id").loc["aral_region"]
    classes = {c["zone_class"]: c for c in aral["classes"]}
    assert set(classes) == {"ecological_catastrophe", "pre_crisis"}
    assert classes["ecological_catastrophe"]["list_complete"]
    assert set(classes["ecological_catastrophe"]["districts"]) == ARAL_CATASTROPHE
    assert not classes["pre_crisis"]["list_complete"]
    assert classes["pre_crisis"]["partial"] == ["154800000"]  # Mugalzhar: part of it
    assert aral["list_complete"] is False
    assert aral["kato_source_ids"] == ["geokz"]


def test_geokz_semey_districts_per_vintage(geokz):
    vintage, layer = geokz
    outlines = zone_outlines("2018", PACKAGE, districts=layer).set_index("zone_id")
    semey = outlines.loc["semey_test_site"]
    assert semey["level"] == "district"
    assert "354800000" in semey["districts"]  # Karkaraly
    if vintage == "2018":
        # Urzhar under its 2018 code; Aksuat had no unit in 2018-2022
        assert "636400000" in semey["districts"]
        assert semey["unmatched"] == ["former Taskesken", "Aksuat"]
    else:
        assert {"104600000", "103400000"} <= set(semey["districts"])  # Urzhar, Aksuat
        assert semey["unmatched"] == ["former Taskesken"]
    # no district lists for these: they stay at oblast level
    assert outlines.loc["kapustin_yar", "level"] == "oblast"
    assert outlines.loc["sozak", "level"] == "oblast"
    assert outlines.loc["sozak", "regions"] == ["61"]


# ------------------------------------------------------------------------------ roles


def test_roles_of_east_kazakhstan_mark_both_parts_in_2022():
    roles = programme_roles("2022", PACKAGE)
    outflow = roles[roles["role"] == "ecological_crisis_outflow"]
    east = outflow[outflow["via"] == "63"]
    assert sorted(east["region_id"]) == ["10", "63"]
    assert outflow.loc[outflow["region_id"] == "43", "via"].tolist() == [""]
    assert set(roles["boundary_version"]) == {"2022"}
    assert (roles["region_id"] != "").all()  # group statements left out
    karaganda = roles[(roles["role"] == "losing_living_standards") & (roles["via"] == "35")]
    assert sorted(karaganda["region_id"]) == ["35", "62"]


def test_roles_in_1997_are_the_programmes_own_units():
    roles = programme_roles("1997", PACKAGE)
    assert (roles["via"] == "").all()
    assert sorted(roles.loc[roles["role"] == "receiving", "region_id"]) == ["11", "47", "71", "75"]
    assert len(roles) == 13
    assert list(roles.columns) == [
        "region_id",
        "role",
        "section",
        "quote_kk",
        "note",
        "source_id",
        "quality",
        "via",
        "boundary_version",
    ]


def test_roles_in_2018_split_south_kazakhstan_but_sozak_stays_in_turkistan():
    roles = programme_roles("2018", PACKAGE)
    sozak = roles[roles["role"] == "new_unfavourable_ecology_area"]
    # The Sozak test site is in Sozak district of Turkistan oblast, not in Shymkent city.
    assert sorted(sozak.loc[sozak["via"] == "61", "region_id"]) == ["61"]
    assert "10" not in set(roles["region_id"])  # Abai does not exist before 2022
    karaganda = programme_roles("2022", PACKAGE).query(
        "role == 'losing_living_standards' and via == '35'"
    )
    assert sorted(karaganda["region_id"]) == ["35", "62"]
