"""Committed boundary files: ids, validity, gap-free coverage, sizes, areas, label points."""

import json

import numpy as np
import pytest
import shapely
from shapely.geometry import shape

from dashboard import GEODATA_DIR
from dashboard.geo.boundaries import (
    BOUNDARY_VERSIONS,
    UnknownVersionError,
    boundaries,
    boundaries_geojson,
    label_points,
    region_ids,
    version_for_year,
)
from dashboard.geo.gazetteer import children_in, regions

IDS_2022 = [
    "10", "11", "15", "19", "23", "27", "31", "33", "35", "39",
    "43", "47", "55", "59", "61", "62", "63", "71", "75", "79",
]  # fmt: skip
EXPECTED_IDS = {
    "2022": IDS_2022,
    "2018": [i for i in IDS_2022 if i not in {"10", "33", "62"}],
    "1997": [i for i in IDS_2022 if i not in {"10", "33", "62", "79"}],
}
MAX_BYTES = 120_000  # "120 KB" read strictly (also < 120 KiB)
EQUAL_AREA = "EPSG:6933"
KAZAKHSTAN_KM2 = 2_724_900  # official land area, for a sanity check only


def geoms(version: str) -> dict[str, shapely.Geometry]:
    """Geometries straight from the GeoJSON text (keeps ring orientation as written)."""
    return {f["id"]: shape(f["geometry"]) for f in boundaries_geojson(version)["features"]}


@pytest.fixture(scope="module")
def areas_km2() -> dict[str, dict[str, float]]:
    out = {}
    for version in BOUNDARY_VERSIONS:
        frame = boundaries(version).to_crs(EQUAL_AREA)
        out[version] = dict(zip(frame["id"], frame.area / 1e6, strict=True))
    return out


def test_versions() -> None:
    assert BOUNDARY_VERSIONS == ("1997", "2018", "2022")


@pytest.mark.parametrize("version", BOUNDARY_VERSIONS)
def test_ids_and_counts(version: str) -> None:
    ids = region_ids(version)
    assert ids == EXPECTED_IDS[version]
    assert len(ids) == {"1997": 16, "2018": 17, "2022": 20}[version]
    assert boundaries(version)["id"].tolist() == ids


@pytest.mark.parametrize("version", BOUNDARY_VERSIONS)
def test_file_size_and_compact_form(version: str) -> None:
    path = GEODATA_DIR / f"boundaries_{version}.geojson"
    text = path.read_text(encoding="utf-8")
    assert path.stat().st_size <= MAX_BYTES
    # Compact: exactly what json.dumps writes with the tightest separators.
    assert text == json.dumps(json.loads(text), separators=(",", ":"), ensure_ascii=False) + "\n"


@pytest.mark.parametrize("version", BOUNDARY_VERSIONS)
def test_features_carry_only_the_id(version: str) -> None:
    collection = boundaries_geojson(version)
    assert set(collection) == {"type", "features"}
    for feature in collection["features"]:
        assert set(feature) == {"type", "id", "properties", "geometry"}
        assert feature["properties"] == {"id": feature["id"]}
        assert feature["geometry"]["type"] in {"Polygon", "MultiPolygon"}


@pytest.mark.parametrize("version", BOUNDARY_VERSIONS)
def test_coordinates_rounded(version: str) -> None:
    coords = shapely.get_coordinates(list(geoms(version).values()))
    assert np.allclose(coords, np.round(coords, 4), rtol=0, atol=1e-9)
    # Kazakhstan's bounding box, so lon/lat are not swapped.
    assert coords[:, 0].min() > 46 and coords[:, 0].max() < 88
    assert coords[:, 1].min() > 40 and coords[:, 1].max() < 56


@pytest.mark.parametrize("version", BOUNDARY_VERSIONS)
def test_geometries_valid(version: str) -> None:
    for region_id, geom in geoms(version).items():
        assert geom.is_valid, (region_id, shapely.is_valid_reason(geom))
        assert not geom.is_empty and geom.area > 0


@pytest.mark.parametrize("version", BOUNDARY_VERSIONS)
def test_coverage_valid_without_gaps_or_overlaps(version: str) -> None:
    units = list(geoms(version).values())
    assert shapely.coverage_is_valid(units)
    union = shapely.union_all(units)
    parts = list(getattr(union, "geoms", [union]))
    assert sum(len(p.interiors) for p in parts) == 0  # no gap between neighbours
    # Summed areas equal the union's: no overlaps (planar degrees are enough here).
    assert sum(u.area for u in units) == pytest.approx(union.area, rel=1e-9)


@pytest.mark.parametrize("version", BOUNDARY_VERSIONS)
def test_rings_wound_for_d3(version: str) -> None:
    # plotly.js geo (d3-geo) fills the complement of a counter-clockwise exterior ring.
    for region_id, geom in geoms(version).items():
        for polygon in getattr(geom, "geoms", [geom]):
            assert not polygon.exterior.is_ccw, region_id
            assert all(ring.is_ccw for ring in polygon.interiors), region_id


@pytest.mark.parametrize("older", ["1997", "2018"])
def test_dissolving_conserves_area(older: str, areas_km2: dict) -> None:
    for region_id in region_ids(older):
        children = children_in(region_id, older, "2022")
        total = sum(areas_km2["2022"][child] for child in children)
        assert areas_km2[older][region_id] == pytest.approx(total, rel=0.005), region_id


def test_total_area_agrees_between_versions(areas_km2: dict) -> None:
    totals = [sum(areas_km2[v].values()) for v in BOUNDARY_VERSIONS]
    assert max(totals) - min(totals) < 1e-4 * totals[0]
    assert totals[0] == pytest.approx(KAZAKHSTAN_KM2, rel=0.01)


def test_merged_units_have_the_expected_parts() -> None:
    new, old = geoms("2022"), geoms("1997")
    south = shapely.union_all([new["61"], new["79"]])
    assert shapely.equals_exact(shapely.normalize(south), shapely.normalize(old["61"]), 1e-9)
    assert old["19"].contains(new["33"].representative_point())
    assert old["63"].contains(new["10"].representative_point())
    assert old["35"].contains(new["62"].representative_point())


@pytest.mark.parametrize("version", BOUNDARY_VERSIONS)
def test_regions_csv_area_matches_polygons(version: str, areas_km2: dict) -> None:
    # regions.csv uses the full-resolution layer; simplification moves small cities most.
    table = regions(version)
    for region_id, area in zip(table["id"], table["area_km2"], strict=True):
        assert area == pytest.approx(areas_km2[version][region_id], rel=0.02), region_id


@pytest.mark.parametrize("version", BOUNDARY_VERSIONS)
def test_label_points_inside(version: str) -> None:
    points = label_points(version)
    assert list(points.columns) == ["id", "lon", "lat"]
    assert points["id"].tolist() == region_ids(version)
    units = geoms(version)
    for region_id, lon, lat in points.itertuples(index=False):
        assert units[region_id].contains(shapely.Point(lon, lat)), region_id


def test_label_points_returns_a_copy() -> None:
    points = label_points("2022")
    points.loc[0, "lon"] = 0.0
    assert label_points("2022").loc[0, "lon"] != 0.0


def test_boundaries_frame() -> None:
    frame = boundaries("2022")
    assert list(frame.columns) == ["id", "geometry"]
    assert frame.crs.to_epsg() == 4326
    frame["extra"] = 1
    frame.loc[0, "id"] = "xx"
    assert list(boundaries("2022").columns) == ["id", "geometry"]
    assert boundaries("2022").loc[0, "id"] == "10"


def test_geojson_is_accepted_by_plotly() -> None:
    go = pytest.importorskip("plotly.graph_objects")
    ids = region_ids("2018")
    figure = go.Figure(
        go.Choropleth(
            geojson=boundaries_geojson("2018"), locations=ids, z=list(range(17)), featureidkey="id"
        )
    )
    assert figure.data[0].featureidkey == "id"


@pytest.mark.parametrize(
    ("year", "version"),
    [(1991, "1997"), (2001, "1997"), (2017, "1997"), (2018, "2018"), (2021, "2018"),
     (2022, "2022"), (2024, "2022"), (np.int64(2020), "2018")],
)  # fmt: skip
def test_version_for_year(year: int, version: str) -> None:
    assert version_for_year(year) == version


def test_version_for_year_rejects_non_integers() -> None:
    with pytest.raises(TypeError):
        version_for_year(2018.5)
    with pytest.raises(TypeError):
        version_for_year("2018")


@pytest.mark.parametrize("bad", ["2020", "", "2022 ", None, 1.5])
def test_unknown_version(bad: object) -> None:
    with pytest.raises(UnknownVersionError) as info:
        boundaries_geojson(bad)
    assert isinstance(info.value, ValueError)
    assert all(v in str(info.value) for v in BOUNDARY_VERSIONS)
    checked = (region_ids, boundaries, label_points) + ((regions,) if bad is not None else ())
    for function in checked:  # regions(None) means all versions
        with pytest.raises(UnknownVersionError):
            function(bad)


def test_integer_version_accepted() -> None:
    assert region_ids(2018) == region_ids("2018")
