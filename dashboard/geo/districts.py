"""District (ADM2) layers with KATO codes: read, checked and normalised for drawing zones.

An operator may configure such a layer (for example the geokz shapefiles) so the disaster
zones of the 1992 laws are drawn by their districts (:mod:`dashboard.datasets.zones`). The
file is checked when it is read: a missing file, no KATO column, no 9-digit codes, no
coordinate reference system or no polygons raise :class:`DistrictLayerError` with the
file's name and the reason.

Pure module: geopandas and shapely; no plotly, no Dash.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from dashboard.i18n.languages import LANGUAGES

if TYPE_CHECKING:
    import geopandas

_KATO_CODE = re.compile(r"^\d{9}$")
_NAME_COLUMNS = {lang: (f"name_{lang}", f"adm2_{lang}", f"name{lang}") for lang in LANGUAGES}


class DistrictLayerError(ValueError):
    """The configured district (ADM2) layer cannot be used; the message says which file and why."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"District layer {self.path}: {problem}")


# ------------------------------------------------------------------------- district layer


def load_district_layer(path: str | Path) -> geopandas.GeoDataFrame:
    """Read a district (ADM2) layer with KATO codes: a shapefile or GeoJSON (via pyogrio).

    Returns a GeoDataFrame with columns ``kato`` (9-digit code as text), ``name_kk``,
    ``name_ru``, ``name_en`` where the file has such names (geokz: ADM2_KK/RU/EN), and
    ``geometry`` in EPSG:4326 (reprojected if the file uses another CRS; invalid polygons
    repaired). Rows sharing a code are merged. The result is cached by (path, modification
    time), so an edited file is read again; each call returns a copy.

    Raises :class:`DistrictLayerError` when the file is missing or unreadable, has no KATO
    column, no 9-digit codes, no coordinate reference system or no polygons.
    """
    file = Path(path).expanduser()
    if not file.exists():
        raise DistrictLayerError(file, "file not found")
    if file.is_dir():
        raise DistrictLayerError(file, "is a folder; expected a .shp or .geojson file")
    resolved = file.resolve()
    return _read_district_layer(str(resolved), resolved.stat().st_mtime_ns).copy()


@functools.lru_cache(maxsize=4)
def _read_district_layer(path: str, mtime_ns: int) -> geopandas.GeoDataFrame:
    # mtime_ns is part of the cache key only: a changed file is a new entry.
    import geopandas

    try:
        frame = geopandas.read_file(path, engine="pyogrio")
    except Exception as exc:  # pyogrio raises several unrelated types for bad files
        raise DistrictLayerError(
            path, f"could not be read as a shapefile or GeoJSON ({exc})"
        ) from None
    if frame.crs is None:
        raise DistrictLayerError(
            path,
            "has no coordinate reference system (CRS); for a shapefile, the .prj file "
            "beside it is missing",
        )
    kato_column = _find_kato_column(path, list(frame.columns.drop("geometry")))
    codes = frame[kato_column].map(_normalise_code)
    valid = codes.map(lambda c: bool(_KATO_CODE.match(c)))
    if not valid.any():
        sample = ", ".join(repr(v) for v in frame[kato_column].head(3).tolist())
        raise DistrictLayerError(
            path,
            f"column '{kato_column}' holds no 9-digit KATO codes (first values: {sample})",
        )
    if codes[valid].str.endswith("0000000").all():
        raise DistrictLayerError(
            path,
            f"column '{kato_column}' holds only oblast-level codes (…0000000): this looks "
            "like an oblast (ADM1) layer; expected districts (ADM2)",
        )

    out = geopandas.GeoDataFrame({"kato": codes}, geometry=frame.geometry, crs=frame.crs)
    lowered = {str(c).lower(): c for c in frame.columns}
    for lang, candidates in _NAME_COLUMNS.items():
        found = next((lowered[c] for c in candidates if c in lowered), None)
        if found is not None:
            out[f"name_{lang}"] = frame[found].fillna("").astype(str).to_numpy()
    out = out[valid.to_numpy()]
    out = out[out.geometry.notna() & ~out.geometry.is_empty]
    if out.crs.to_epsg() != 4326:
        out = out.to_crs("EPSG:4326")
    out["geometry"] = [_polygonal(g) for g in out.geometry]
    out = out[~out.geometry.is_empty]
    if out.empty:
        raise DistrictLayerError(path, "has no polygon geometries with a KATO code")
    if out["kato"].duplicated().any():
        # A district stored as several rows (one per part) is one unit here.
        names = [c for c in out.columns if c.startswith("name_")]
        out = out.dissolve(by="kato", aggfunc={c: "first" for c in names}).reset_index()
    columns = ["kato", *[f"name_{lang}" for lang in LANGUAGES if f"name_{lang}" in out]]
    return out[[*columns, "geometry"]].reset_index(drop=True)


def _find_kato_column(path: str, columns: list[str]) -> str:
    exact = [c for c in columns if str(c).lower() == "kato"]
    if exact:
        return exact[0]
    partial = [c for c in columns if "kato" in str(c).lower()]
    if partial:
        return partial[0]
    listed = ", ".join(str(c) for c in columns) or "none"
    raise DistrictLayerError(
        path,
        f"has no KATO code column (expected a column named KATO, kato or Kato; columns "
        f"found: {listed})",
    )


def _normalise_code(value: Any) -> str:
    """A KATO code as text: GeoJSON may store it as a number (433200000 or 433200000.0)."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    return text[:-2] if re.fullmatch(r"\d+\.0", text) else text


def _polygonal(geom: BaseGeometry) -> BaseGeometry:
    """The polygon parts of ``geom``, repaired if invalid (empty if it has none)."""
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    if isinstance(geom, (Polygon, MultiPolygon)):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if isinstance(g, (Polygon, MultiPolygon))]
    return shapely.union_all(parts) if parts else Polygon()
