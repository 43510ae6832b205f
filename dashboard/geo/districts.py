"""Districts (ADM2): the layer an operator may configure, and the district gazetteer.

An operator may configure a district layer with KATO codes (for example the geokz
shapefiles) so the disaster zones of the 1992 laws are drawn by their districts
(:mod:`dashboard.datasets.zones`). The file is checked when it is read: a missing file, no
KATO column, no 9-digit codes, no coordinate reference system or no polygons raise
:class:`DistrictLayerError` with the file's name and the reason.

The district gazetteer (``geodata/districts.csv``, the KATO codes and names of geokz's
ADM2 units, CC BY 4.0, built by ``geodata/build_districts.py``) lets the importer tell a
district row from a region row (:func:`match_district`), so that a district is never
taken for the oblast of the same name, and says which districts a name may mean.

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

from dashboard import GEODATA_DIR
from dashboard.i18n.languages import LANGUAGES

if TYPE_CHECKING:
    import geopandas
    import pandas

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


# ------------------------------------------------------------------------- district gazetteer

DISTRICTS_CSV = GEODATA_DIR / "districts.csv"
#: The structures (vintages) of the gazetteer, newest first: a name is looked up there first.
STRUCTURES = ("2024", "2018")
# Words that say "district" or "city of oblast significance" in a name ("АБАЙСКИЙ РАЙОН",
# "РАЙОН ЖАҢАСЕМЕЙ", "ЭКИБАСТУЗ Г.А." = городская администрация, "Абай ауданы", "р-н").
DISTRICT_MARKERS = re.compile(
    r"(?i)(?<![^\W\d_])(?:район|ауданы|аудан|district|raion|rayon|р-н|г\.\s*а\.?"
    r"|городская администрация|қалалық әкімдік|сельский округ|ауылдық округ|поселок|посёлок"
    r"|кенті|city district)(?![^\W\d_])"
)
# Folded words of those markers and of city words, dropped before names are compared.
_NOISE_WORDS = frozenset(
    {"raion", "rain", "audan", "audani", "district", "rn", "r", "n", "g", "a", "k", "gor",
     "gorod", "goroda", "kala", "kalasi", "city", "administratsia", "administratsiia", "im"}
)  # fmt: skip
_ADJECTIVE_END = re.compile(r"(?:sk(?:aia|ii|i|oi|ogo|oe|ie|ik))+$")


def district_key(name: str) -> str:
    """A district name reduced for comparison: transliterated, folded, markers and the
    Russian adjective ending dropped ("АБАЙСКИЙ РАЙОН", "Абайский", "Абай ауданы" agree).

    >>> district_key("АБАЙСКИЙ РАЙОН") == district_key("Абай ауданы") == district_key("Abay")
    True
    >>> district_key("ЭКИБАСТУЗ Г.А."), district_key("РАЙОН ЖАҢАСЕМЕЙ")
    ('ekibastuz', 'Zanasemei')
    """
    from dashboard.geo.gazetteer import _words  # the region gazetteer's folding, shared

    words = [w for w in _words(name) if w not in _NOISE_WORDS]
    return _ADJECTIVE_END.sub("", "".join(words))


def _genitive_key(name: str) -> str:
    """The key with each word's Russian genitive "-а" dropped: "РАЙОН БЕИМБЕТА МАЙЛИНА"
    (Taldau's form) meets "Беимбет Майлин" (geokz's)."""
    from dashboard.geo.gazetteer import _words

    words = [w for w in _words(name) if w not in _NOISE_WORDS]
    return "".join(w[:-1] if len(w) > 3 and w.endswith("a") else w for w in words)


@functools.cache
def _district_index(genitive: bool = False) -> dict[str, dict[str, frozenset[str]]]:
    """structure -> folded name -> KATO codes of the districts that carry it."""
    table = district_gazetteer()
    fold = _genitive_key if genitive else district_key
    index: dict[str, dict[str, set[str]]] = {s: {} for s in STRUCTURES}
    for row in table.to_dict("records"):
        for column in ("name_kk", "name_ru", "name_en"):
            key = fold(row[column])
            if key:
                index[row["structure"]].setdefault(key, set()).add(row["kato"])
    return {s: {k: frozenset(v) for k, v in names.items()} for s, names in index.items()}


def district_gazetteer() -> pandas.DataFrame:
    """geodata/districts.csv: the districts and cities of oblast significance (ADM2) of the
    2018 and 2024 structures, with KATO codes and kk/ru/en names (geokz, CC BY 4.0)."""
    import pandas

    return pandas.read_csv(DISTRICTS_CSV, dtype=str, keep_default_na=False)


# A city of oblast significance has a KATO code whose 3rd-4th digits are below 30 (Kokshetau
# 111000000, Ekibastuz 552200000); districts of an oblast start at 30 (Akkol 113200000).
# In the cities of republican significance (71, 75, 79) every unit is a city district.
_CITIES = ("71", "75", "79")
_DISTRICT_WORDS = re.compile(r"(?i)(?<![^\W\d_])(?:район|ауданы|аудан|district|raion|rayon|р-н)")
_CITY_WORDS = re.compile(r"(?i)(?<![^\W\d_])(?:г|гор|город|қ|қаласы|city)(?![^\W\d_])")


def _is_city(kato: str) -> bool:
    return kato[:2] not in _CITIES and int(kato[2:4]) < 30


def match_district(name: str) -> tuple[str, ...]:
    """KATO codes of the districts ``name`` may mean: one, several (the same name in several
    oblasts, such as "АБАЙСКИЙ РАЙОН"), or none. The 2024 structure is asked first; a
    district word keeps districts, a city word ("Г.А.", "г.") cities of oblast significance.

    >>> match_district("ЭКИБАСТУЗ Г.А."), len(match_district("АБАЙСКИЙ РАЙОН"))
    (('552200000',), 3)
    >>> match_district("КОСТАНАЙ Г.А."), match_district("КОСТАНАЙСКИЙ РАЙОН")
    (('391000000',), ('395400000',))
    """
    found: frozenset[str] = frozenset()
    for genitive, key in ((False, district_key(name)), (True, _genitive_key(name))):
        index = _district_index(genitive)
        found = next((index[s][key] for s in STRUCTURES if key and key in index[s]), found)
        if found:
            break
    if _DISTRICT_WORDS.search(name):
        found = frozenset(k for k in found if not _is_city(k)) or found
    elif _CITY_WORDS.search(name) or DISTRICT_MARKERS.search(name):
        found = frozenset(k for k in found if _is_city(k)) or found
    return tuple(sorted(found))


def is_district_code(code: str) -> bool:
    """A 9-digit KATO code of a unit below an oblast (not "NN0000000")."""
    return bool(_KATO_CODE.match(code)) and not code.endswith("0000000")
