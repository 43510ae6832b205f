"""Ecological disaster zones and the Programme's regional roles, as geometry and tables.

The four zones of the Programme's section 1.2 (``data/disaster_zones.csv``: the Semey test
site, the Aral region, Kapustin Yar, the Sozak test site) have no boundary polygons of their
own: none is published (see reference FINDINGS §3.4-3.7). So a zone is drawn by the units
that contain it:

* by **oblast**: the union of the oblasts of the boundary version shown (always available);
* by **district**, for the zones of the 1992 laws, when the user configures a district
  (ADM2) layer with KATO codes (for example the geokz shapefiles): the union of the
  districts the laws list (``data/zone_districts.csv``).

Nothing here invents geometry: a zone without listed districts stays at oblast level, and
a reference point is used only where the data give one with its source.

The regional roles the Programme states (``data/programme_roles.csv``: receiving regions,
losing regions ...) are given on its own map (the 16 units of 1997) and are carried to later
boundary versions by the gazetteer: a unit later split marks all of its parts.

The data package is passed in (``package``); a district layer comes from
:func:`dashboard.geo.districts.load_district_layer`.

Pure module: pandas, geopandas and shapely; no plotly, no Dash.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd
import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from dashboard.datasets.package import DataPackage
from dashboard.geo.boundaries import BOUNDARY_VERSIONS, boundaries, check_version
from dashboard.geo.gazetteer import children_in, parent_in
from dashboard.i18n.languages import LANGUAGES

if TYPE_CHECKING:
    import geopandas

# Which zone_districts column holds the codes of which vintage of district layer.
KATO_COLUMNS = {"2018": "district_kato", "2024": "district_kato_2024"}

# Gaps between neighbouring districts of a real layer (geokz has slivers of ~1e-14 deg²)
# leave holes in a union; holes smaller than this (about 0.01 km²) are such slivers, not
# enclaves, and are dropped so the outline is drawn as one clean ring.
SLIVER_AREA_DEG2 = 1e-6

# ----------------------------------------------------------------------------- zone tables


def disaster_zones(package: DataPackage) -> pd.DataFrame:
    """The zones of ``disaster_zones.csv`` with their region lists parsed per version.

    Columns as in the file, except: ``region_ids`` / ``region_ids_2022``,
    ``region_ids_1997`` and ``region_ids_2018`` are lists of unit ids of that version (2018
    derived from the 2022 ids through the gazetteer); ``facts_source_ids`` is a list;
    ``law_source_ids`` lists the sources of the zone's district lists in
    ``zone_districts.csv`` (the laws that define the zones, in file order); ``has_ref_point``
    is True where a sourced reference point exists.

    >>> from dashboard.datasets.package import load_package
    >>> zones = disaster_zones(load_package()).set_index("zone_id")
    >>> zones.loc["semey_test_site", "region_ids_2018"]
    ['63', '55', '35']
    """
    zones = package["disaster_zones"].copy()
    zones["region_ids_2022"] = zones["region_ids"].str.split()
    zones["region_ids"] = zones["region_ids_2022"]
    zones["region_ids_1997"] = zones["region_ids_1997"].str.split()
    zones["region_ids_2018"] = [
        _unique(parent_in(r, "2018") for r in ids) for ids in zones["region_ids_2022"]
    ]
    zones["facts_source_ids"] = zones["facts_source_ids"].str.split()
    lists = package["zone_districts"]
    zones["law_source_ids"] = [
        _unique(lists.loc[lists["zone_id"] == zone, "source_id"]) for zone in zones["zone_id"]
    ]
    zones["has_ref_point"] = (
        zones["ref_lon"].notna() & zones["ref_lat"].notna() & (zones["ref_point_source_id"] != "")
    )
    return zones.reset_index(drop=True)


def _unique(values: Any) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def zone_regions(zone_id: str, version: str, package: DataPackage) -> list[str]:
    """Ids of the oblast-level units of boundary ``version`` that contain the zone.

    >>> from dashboard.datasets.package import load_package
    >>> package = load_package()
    >>> zone_regions("semey_test_site", "2022", package)
    ['10', '55', '35']
    >>> zone_regions("semey_test_site", "1997", package)
    ['63', '55', '35']
    """
    version = check_version(version)
    zones = disaster_zones(package).set_index("zone_id")
    if zone_id not in zones.index:
        raise ValueError(f"Unknown zone {zone_id!r}; known zones: {', '.join(zones.index)}")
    return list(zones.at[zone_id, f"region_ids_{version}"])


def zone_outlines(
    version: str,
    package: DataPackage,
    districts: geopandas.GeoDataFrame | None = None,
) -> geopandas.GeoDataFrame:
    """The geometry to draw for each zone on boundary ``version`` (EPSG:4326).

    One row per zone, in the order of ``disaster_zones.csv``, with columns:

    * ``zone_id``; ``level``: "oblast" or "district"; ``geometry``;
    * ``regions``: the oblast-level units of ``version`` containing the zone;
    * ``districts``: KATO codes of the districts drawn (empty at oblast level);
    * ``missing``: codes listed in ``zone_districts.csv`` for the layer's vintage but not
      found in the layer; ``unmatched``: district names of the law with no code for that
      vintage (abolished or re-created districts), so they cannot be drawn;
    * ``classes``: per zone class drawn, a dict with zone_class, law, article, source_id,
      quality, list_complete, districts (codes drawn), partial (codes where the law covers
      only part of the district);
    * ``district_names``: code -> {"kk", "ru", "en"} names (from the layer, else the CSV);
    * ``list_complete``: False if any drawn class's list is known to be incomplete (None
      at oblast level); ``kato_source_ids``: sources of the district codes;
      ``kato_vintage``: "2018" or "2024" (the code column used to match the layer; "" without
      a layer); ``boundary_version``.

    Without ``districts`` (a layer from
    :func:`dashboard.geo.districts.load_district_layer`) every zone is the union of its
    oblasts. With it, a zone with districts listed in ``zone_districts.csv``
    is the union of those found in the layer (matched on the column, 2018 or 2024
    vintage, that finds more of the listed codes in the layer); a zone none of whose
    districts is in the layer, or with none listed (Kapustin Yar, Sozak), stays at oblast
    level.

    The district lists of the 1992 laws are incomplete: whole zone classes were not
    retrieved (the Aral crisis zone, Art. 4; the Semipalatinsk extraordinary, maximal and
    increased radiation risk zones, Arts. 5-7 and 9) and some retrieved lists are truncated
    (``list_complete`` false). A district outline therefore shows what is known, not the
    whole legal zone, and the screen must say so wherever it is drawn.
    """
    import geopandas

    version = check_version(version)
    zones = disaster_zones(package)
    units = boundaries(version).set_index("id").geometry
    lists = package["zone_districts"]
    vintage = _layer_vintage(lists, districts) if districts is not None else ""
    layer = districts.set_index("kato") if districts is not None else None

    rows = []
    for zone in zones.itertuples(index=False):
        regions = list(getattr(zone, f"region_ids_{version}"))
        row: dict[str, Any] = {
            "zone_id": zone.zone_id,
            "level": "oblast",
            "geometry": shapely.coverage_union_all(units.loc[regions].to_numpy()),
            "regions": regions,
            "districts": [],
            "missing": [],
            "unmatched": [],
            "classes": [],
            "district_names": {},
            "list_complete": None,
            "kato_source_ids": [],
            "kato_vintage": "",
            "boundary_version": version,
        }
        listed = lists[lists["zone_id"] == zone.zone_id]
        if layer is not None and not listed.empty:
            row.update(_district_fields(listed, layer, KATO_COLUMNS[vintage]))
            row["kato_vintage"] = vintage
        rows.append(row)
    return geopandas.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def _layer_vintage(lists: pd.DataFrame, districts: geopandas.GeoDataFrame) -> str:
    """The vintage whose code column finds more of the listed districts in the layer."""
    present = set(districts["kato"])
    found = {
        vintage: int(lists[column].isin(present).sum()) for vintage, column in KATO_COLUMNS.items()
    }
    # On a tie (e.g. only codes that did not change), the newer vintage: equally good.
    return max(reversed(list(found)), key=found.__getitem__)


def _district_fields(
    listed: pd.DataFrame, layer: geopandas.GeoDataFrame, column: str
) -> dict[str, Any]:
    """The district-level fields of one zone (only what it lacks, if none is in the layer)."""
    codes = listed[column]
    found = [c for c in _unique(codes) if c in layer.index]
    missing = [c for c in _unique(codes) if c not in layer.index]
    unmatched = listed.loc[codes == "", "district_name_in_law_en"].tolist()
    if not found:
        return {"missing": missing, "unmatched": unmatched}
    classes = []
    for zone_class, group in listed.groupby("zone_class", sort=False):
        drawn = [c for c in group[column] if c in layer.index]
        partial = group.loc[group["covers_whole_district"] == "false", column]
        classes.append(
            {
                "zone_class": zone_class,
                "law": group["law"].iloc[0],
                "article": group["article"].iloc[0],
                "source_id": group["source_id"].iloc[0],
                "quality": group["quality"].iloc[0],
                "list_complete": bool(group["list_complete"].all()),
                "districts": drawn,
                "partial": [c for c in partial if c in drawn],
            }
        )
    names: dict[str, dict[str, str]] = {}
    for code in found:
        csv_row = listed[codes == code].iloc[0]
        fallback = {"kk": csv_row["district_name_ru"], "ru": csv_row["district_name_ru"]}
        fallback["en"] = csv_row["district_name_en"]
        names[code] = {
            lang: str(layer.at[code, f"name_{lang}"] or fallback[lang])
            if f"name_{lang}" in layer.columns
            else fallback[lang]
            for lang in LANGUAGES
        }
    geometry = _without_slivers(shapely.union_all(layer.loc[found].geometry.to_numpy()))
    return {
        "level": "district",
        "geometry": geometry,
        "districts": found,
        "missing": missing,
        "unmatched": unmatched,
        "classes": [c for c in classes if c["districts"]],
        "district_names": names,
        "list_complete": all(c["list_complete"] for c in classes if c["districts"]),
        "kato_source_ids": _unique(listed.loc[codes.isin(found), "kato_source_id"]),
    }


def _without_slivers(geom: BaseGeometry) -> BaseGeometry:
    """``geom`` without interior rings smaller than SLIVER_AREA_DEG2 (gaps between districts)."""
    polygons = list(geom.geoms) if isinstance(geom, MultiPolygon) else [geom]
    kept = [
        Polygon(p.exterior, [r for r in p.interiors if Polygon(r).area >= SLIVER_AREA_DEG2])
        for p in polygons
        if isinstance(p, Polygon)
    ]
    return kept[0] if len(kept) == 1 else MultiPolygon(kept)


# ------------------------------------------------------------------------ programme roles


ROLE_COLUMNS = [
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


def programme_roles(version: str, package: DataPackage) -> pd.DataFrame:
    """The Programme's regional roles on the units of boundary ``version``.

    The Programme states them on its own map (1997). A unit later split marks every part
    (East Kazakhstan, 63, becomes 63 and Abai, 10, in 2022); such rows have ``via`` = the
    Programme's unit id ("" where the unit is unchanged), so the screen can say whose
    statement it is. Group statements without a unit list (empty region_id) are left out.
    Columns: region_id, role, section, quote_kk, note, source_id, quality, via,
    boundary_version (= ``version``).

    >>> from dashboard.datasets.package import load_package
    >>> roles = programme_roles("2022", load_package())
    >>> roles.query("role == 'ecological_crisis_outflow'")[["region_id", "via"]].values.tolist()
    [['10', '63'], ['63', '63'], ['43', '']]
    """
    version = check_version(version)
    table = package["programme_roles"]
    rows = []
    for row in table[table["region_id"] != ""].to_dict("records"):
        stated_in = check_version(row["boundary_version"] or "1997")
        units = _units_in(row["region_id"], stated_in, version)
        via = "" if units == [row["region_id"]] else row["region_id"]
        # A statement about one place in a unit split later applies only to its part.
        only = str(row.get("later_units") or "").split()
        if only:
            units = [unit for unit in units if unit in only]
        for unit in units:
            rows.append({**row, "region_id": unit, "via": via, "boundary_version": version})
    return pd.DataFrame(rows, columns=ROLE_COLUMNS)


def _units_in(region_id: str, stated_in: str, version: str) -> list[str]:
    if BOUNDARY_VERSIONS.index(version) >= BOUNDARY_VERSIONS.index(stated_in):
        return children_in(region_id, stated_in, version)
    return [parent_in(region_id, version)]
