"""Regional boundaries of Kazakhstan in three versions, keyed by the 2-digit KATO code.

The committed files in geodata/ are built by geodata/build_boundaries.py. Each version is
used for the years it was valid (see `version_for_year`); the older two are derived from
the 2022 layer by dissolving, so they are approximate (later city-limit changes are not
modelled).

Every feature carries only its id, both as the feature "id" member and as
``properties["id"]``, so a figure can use ``go.Choropleth(geojson=boundaries_geojson(v),
locations=ids, featureidkey="id")``. Exterior rings are wound clockwise, as plotly.js geo
(d3-geo) requires.
"""

from __future__ import annotations

import json
import operator
from functools import cache
from typing import TYPE_CHECKING

from dashboard import GEODATA_DIR
from dashboard.geo.regions_table import regions_table

if TYPE_CHECKING:  # heavy imports are deferred until a GeoDataFrame is really asked for
    import geopandas
    import pandas

BOUNDARY_VERSIONS: tuple[str, ...] = ("1997", "2018", "2022")

# First calendar year each version applies to. The 2018 and 2022 reforms took effect in
# June, but BNS tables already show the new units for the whole year (Shymkent is shown
# separately from 1 Jan 2018; Abai, Zhetisu and Ulytau from 1 Jan 2022).
_FIRST_YEAR = {"2018": 2018, "2022": 2022}


class UnknownVersionError(ValueError):
    """A boundary version other than the ones in BOUNDARY_VERSIONS was asked for."""

    def __init__(self, version: object) -> None:
        self.version = version
        valid = ", ".join(f'"{v}"' for v in BOUNDARY_VERSIONS)
        super().__init__(f"Unknown boundary version {version!r}; valid versions: {valid}")


def check_version(version: str) -> str:
    """Return `version` as a string if it is a known boundary version, else raise.

    >>> check_version("2018")
    '2018'
    >>> check_version("2020")
    Traceback (most recent call last):
    ...
    dashboard.geo.boundaries.UnknownVersionError: Unknown boundary version '2020'; valid versions: "1997", "2018", "2022"
    """  # noqa: E501
    # Ints such as 2018 are accepted too: they are unambiguous and easy to pass by mistake.
    key = str(version) if isinstance(version, (str, int)) else None
    if key not in BOUNDARY_VERSIONS:
        raise UnknownVersionError(version)
    return key


def version_for_year(year: int) -> str:
    """The boundary version in force for statistics of `year`.

    Years up to 2017 use "1997" (structure of the 2001 Programme; earlier oblasts are not
    modelled), 2018-2021 use "2018", and 2022 onward use "2022".

    >>> [version_for_year(y) for y in (2001, 2017, 2018, 2021, 2022, 2024)]
    ['1997', '1997', '2018', '2018', '2022', '2022']
    """
    year = operator.index(year)  # accepts numpy integers, rejects floats and strings
    if year >= _FIRST_YEAR["2022"]:
        return "2022"
    if year >= _FIRST_YEAR["2018"]:
        return "2018"
    return "1997"


@cache
def _load_geojson(version: str) -> dict:
    path = GEODATA_DIR / f"boundaries_{version}.geojson"
    return json.loads(path.read_text(encoding="utf-8"))


def boundaries_geojson(version: str) -> dict:
    """The committed FeatureCollection of `version`.

    The same cached object is returned on every call (about 110 KB, passed as-is to
    plotly), so treat it as read-only; use copy.deepcopy before changing it.

    >>> fc = boundaries_geojson("2022")
    >>> len(fc["features"]), fc["features"][0]["id"], fc["features"][0]["properties"]
    (20, '10', {'id': '10'})
    >>> boundaries_geojson("2022") is fc
    True
    """
    return _load_geojson(check_version(version))


def region_ids(version: str) -> list[str]:
    """Sorted unit ids (2-digit KATO codes) of `version`.

    >>> region_ids("1997")
    ['11', '15', '19', '23', '27', '31', '35', '39', '43', '47', '55', '59', '61', '63', '71', '75']
    """
    return sorted(feature["id"] for feature in boundaries_geojson(version)["features"])


@cache
def _boundaries(version: str) -> geopandas.GeoDataFrame:
    import geopandas

    features = boundaries_geojson(version)["features"]
    frame = geopandas.GeoDataFrame.from_features(features, crs="EPSG:4326")
    return frame[["id", "geometry"]].sort_values("id", ignore_index=True)


def boundaries(version: str) -> geopandas.GeoDataFrame:
    """Units of `version` as a GeoDataFrame with columns id, geometry (EPSG:4326).

    A fresh copy each call, so callers may add columns or reproject freely.

    >>> boundaries("2018").shape
    (17, 2)
    """
    return _boundaries(check_version(version)).copy()


@cache
def _label_points(version: str) -> pandas.DataFrame:
    table = regions_table()
    table = table[table["version"] == version]
    return table[["id", "label_lon", "label_lat"]].set_axis(["id", "lon", "lat"], axis=1)


def label_points(version: str) -> pandas.DataFrame:
    """A point inside each unit of `version` for map labels: columns id, lon, lat (a copy).

    The point is the pole of inaccessibility of the unit's largest part.

    >>> label_points("2022").query("id == '71'")[["lon", "lat"]].round(1).values.tolist()
    [[71.4, 51.1]]
    """
    return _label_points(check_version(version)).reset_index(drop=True).copy()
