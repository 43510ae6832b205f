"""The flow tables of each kind, in the long OD format of ``dashboard.datasets.flows``.

Each kind says where its arrows come from (PRODUCT.md §4):

- ``model``: a doubly-constrained gravity estimate from the interregional arrivals and
  departures of a year (2022-2024, flagged unverified), distances between label points;
- ``schematic``: the directions the Programme states (section 1.1), without volumes;
- ``international``: oralman origins by country (shares of a stated total), and
  emigrants by destination country where a count is published;
- ``observed``: the origin-destination table of the data package (resource ``od_flows``:
  an unverified copy of the BNS region-to-region table for some years, or an imported one),
  on the boundary version of its year (:mod:`dashboard.datasets.observed`).

Pure pandas: no plotly, no Dash.
"""

from __future__ import annotations

import functools

import geopandas
import numpy as np
import pandas as pd

from dashboard import ASSETS_DIR, GEODATA_DIR
from dashboard.datasets import observed
from dashboard.datasets.flows import gravity_model, great_circle_km, mean_trip_km
from dashboard.datasets.package import DataPackage
from dashboard.geo.boundaries import label_points

MODEL_VERSION = "2022"  # the interregional totals are on the 20 units of 2022
KAZAKHSTAN = "KAZ"
# Programme section 1.1: flows leave these roles' regions for the receiving regions.
SCHEMATIC_FROM = ("ecological_crisis_outflow", "losing_living_standards")
SCHEMATIC_TO = "receiving"
# composition.csv breakdown of the international origin shares, by period choice.
ORIGIN_PERIODS = {"1991-2000": "1991-2000", "2011": "1991 to 1 Oct 2011"}
#: The city each partner country's arrows point to (its capital), with its source.
PARTNER_CITIES_CSV = GEODATA_DIR / "partner_cities.csv"


def model_years(package: DataPackage) -> list[int]:
    """Years with interregional arrivals and departures (the gravity model's input)."""
    regional = package.regional
    rows = regional[
        regional["indicator"].isin(["interregional_arrivals", "interregional_departures"])
    ]
    counts = rows.groupby("year")["indicator"].nunique()
    return sorted(int(y) for y in counts[counts == 2].index)


@functools.lru_cache(maxsize=64)
def _model(year: int, decay: float, package: DataPackage) -> pd.DataFrame:
    regional = package.regional
    rows = regional[(regional["year"] == year) & (regional["boundary_version"] == MODEL_VERSION)]
    table = rows.pivot_table(index="region_id", columns="indicator", values="value")
    sources = rows.groupby("indicator")["source_id"].first()
    points = label_points(MODEL_VERSION)
    distance = great_circle_km(points)
    flows = gravity_model(
        table["interregional_departures"], table["interregional_arrivals"], distance, decay
    )
    flows = flows.assign(
        year=year,
        source_id=sources.get("interregional_departures", ""),
        quality="model",
        kind="model",
    )
    flows.attrs.update(
        decay=decay,
        iterations=flows.attrs.get("iterations"),
        mean_trip_km=mean_trip_km(flows, distance),
        movers=float(table["interregional_departures"].sum()),
    )
    return flows


def model_flows(year: int, decay: float, package: DataPackage) -> pd.DataFrame:
    """Gravity estimate of all ordered pairs of the 20 regions in ``year`` (empty if no data).

    ``attrs`` carry ``decay``, ``mean_trip_km`` and ``movers`` so the interface can show
    the assumption next to the arrows. Cached: the model is a pure function of its inputs.
    """
    if year not in model_years(package):
        return pd.DataFrame(columns=["origin", "destination", "persons", "year", "kind"])
    flows = _model(int(year), round(float(decay), 2), package)
    result = flows.copy()
    result.attrs = dict(flows.attrs)
    return result


def schematic_flows(package: DataPackage) -> pd.DataFrame:
    """The Programme's stated directions: each losing region -> each receiving region.

    No volumes (``persons`` is NaN): the text names directions, not numbers.
    """
    roles = package["programme_roles"]
    roles = roles[roles["region_id"].notna() & (roles["region_id"].astype(str) != "")]
    origins = sorted(set(roles.loc[roles["role"].isin(SCHEMATIC_FROM), "region_id"].astype(str)))
    targets = sorted(set(roles.loc[roles["role"] == SCHEMATIC_TO, "region_id"].astype(str)))
    pairs = [(o, d) for o in origins for d in targets if o != d]
    return pd.DataFrame(
        {
            "origin": [o for o, _ in pairs],
            "destination": [d for _, d in pairs],
            "persons": np.nan,
            "year": pd.NA,
            "source_id": "programme-2001",
            "quality": "official",
            "kind": "schematic",
        }
    )


def international_flows(period: str, package: DataPackage) -> pd.DataFrame:
    """International arrows of one published set.

    ``"1991-2000"`` or ``"2011"``: oralman origins, country -> KAZ; ``share_pct`` is the
    published share (``quality`` is the share's) and ``persons`` is share x stated total where
    the source states a total (1991-2000: 183 000 people), else NaN. Such a count is not
    published: ``count_quality`` is ``"derived"`` (empty without a count), and ``share_of``
    says what the source's shares are of ("persons", "families" or "not stated": the
    Programme gives its total both as families and as people and does not say which its
    shares count). ``"emigration"``: emigrants from a region to the countries a source names,
    with ``persons`` as published and ``share_pct`` of the stated total of emigrants.
    """
    if period == "emigration":
        return emigration_flows(package)
    composition = package["composition"]
    rows = composition[
        (composition["breakdown"] == "oralman_origins")
        & (composition["period"] == ORIGIN_PERIODS[period])
        & composition["country_iso3"].notna()
    ]
    base = pd.to_numeric(rows["base_value"], errors="coerce")
    return pd.DataFrame(
        {
            "origin": rows["country_iso3"].astype(str).to_numpy(),
            "destination": KAZAKHSTAN,
            "share_pct": rows["share_pct"].astype(float).to_numpy(),
            "base_value": base.to_numpy(),
            "persons": (rows["share_pct"].astype(float) * base / 100).to_numpy(),
            "period": period,
            "source_id": rows["source_id"].to_numpy(),
            "quality": rows["quality"].to_numpy(),
            "kind": "international",
            "count_quality": np.where(base.notna(), "derived", ""),
            "share_of": rows["share_of"].fillna("").astype(str).to_numpy(),
        }
    )


def emigration_flows(package: DataPackage) -> pd.DataFrame:
    """Published emigrant counts by destination country as arrows region -> country."""
    rows = package["emigration_destinations"]
    total = rows["total_persons"].astype(float)
    return pd.DataFrame(
        {
            "origin": rows["origin"].astype(str).to_numpy(),
            "destination": rows["destination_iso3"].astype(str).to_numpy(),
            "persons": rows["persons"].astype(float).to_numpy(),
            "share_pct": (rows["persons"] / total * 100).round(1).to_numpy(),
            "base_value": total.to_numpy(),
            "period": rows["period"].to_numpy(),
            "source_id": rows["source_id"].to_numpy(),
            "quality": rows["quality"].to_numpy(),
            "kind": "international",
        }
    )


def country_names(lang: str, package: DataPackage) -> dict[str, str]:
    """ISO3 -> country name in ``lang``, for the countries the data package names."""
    column = {"en": "category", "ru": "category_ru", "kk": "category_kk"}[lang]
    composition = package["composition"].dropna(subset=["country_iso3"])
    names = dict(zip(composition["country_iso3"], composition[column], strict=True))
    emigration = package["emigration_destinations"]
    names.update(
        zip(emigration["destination_iso3"], emigration[f"destination_{lang}"], strict=True)
    )
    return names


def observed_years(package: DataPackage) -> list[int]:
    """Years of the observed OD table in the data package (none while it is empty)."""
    return observed.observed_years(package)


def observed_flows(year: int, package: DataPackage) -> pd.DataFrame:
    """The observed OD table of ``year`` on the boundary version valid that year.

    Summed up from the units the table uses (never split); moves between parts of one unit
    drop out. ``attrs``: ``version``, ``stored`` and ``dropped`` persons (see
    :mod:`dashboard.datasets.observed`). Empty (with the columns) when the year has none.
    """
    table = observed.observed_table(year, package)
    if table is None:
        return pd.DataFrame(columns=observed.FLOW_COLUMNS)
    flows = table.flows
    flows.attrs.update(version=table.version, stored=table.stored, dropped=table.dropped)
    return flows


@functools.cache
def country_points() -> pd.DataFrame:
    """Country reference points (id = ISO3, lon, lat) of the shipped Natural Earth base map.

    The points are the ``ct`` attribute of the world topojson's countries: the point
    plotly itself uses for a country, so arrows start where a reader sees the country.
    """
    world = geopandas.read_file(ASSETS_DIR / "topojson" / "world_110m.json", layer="countries")
    world = world[world["id"].notna() & world["ct"].notna()]  # disputed areas have neither
    return pd.DataFrame(
        {
            "id": world["id"].astype(str),
            "lon": [float(ct[0]) for ct in world["ct"]],
            "lat": [float(ct[1]) for ct in world["ct"]],
        }
    ).drop_duplicates("id")


@functools.cache
def partner_cities() -> pd.DataFrame:
    """The named city at the far end of each partner country's arrows: its capital.

    Columns iso3, city_en, city_ru, city_kk, lon, lat, source. The coordinates are those
    of Natural Earth's 1:110m populated places (public domain; the file
    ``geojson/ne_110m_populated_places_simple.geojson`` of natural-earth-vector, each
    row naming the place's ``ne_id``): a point a reader can name, not the country's
    centroid (Russia's lies in Siberia). The sources do not say where in a country
    people came from or went to; the capital only gives the arrow its direction.
    """
    return pd.read_csv(PARTNER_CITIES_CSV, dtype={"iso3": str}, keep_default_na=False)
