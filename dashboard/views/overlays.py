"""The zones and roles drawn over the map: their traces, the names in them, their sources.

They depend only on the boundary version, the language, the district layer and the
package, so they are made once and cached, as plain data: each map gets its own copies
of the trace dicts. A cached plotly object would be shared by requests in other threads,
and plotly changes a trace while it puts it into a figure (it lends the trace's
``type`` out and back), which once drew zone outlines as invalid Scatter traces.
"""

from __future__ import annotations

import functools

import pandas as pd

from dashboard.datasets.package import DataPackage
from dashboard.datasets.sources import citations
from dashboard.datasets.zones import disaster_zones, programme_roles, zone_outlines
from dashboard.figures.choropleth import narrow
from dashboard.figures.zones import ROLE_LIFT_DEG, role_traces, zone_traces
from dashboard.geo.boundaries import label_points
from dashboard.geo.districts import load_district_layer
from dashboard.geo.gazetteer import CITIES, parent_in, region_name
from dashboard.i18n.catalog import t
from dashboard.views.scorecard import role_verdicts, scorecard_source_ids

#: The boundary version the Programme states its roles on ("via" units).
ROLES_STATED_ON = "1997"


def named_outlines(outlines: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Zone outlines with ``region_names``: the names of their ``regions`` in ``lang``."""
    return outlines.assign(
        region_names=[
            [region_name(r, lang, version) for r in regions]
            for regions, version in zip(
                outlines["regions"], outlines["boundary_version"], strict=True
            )
        ]
    )


def named_roles(roles: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Programme roles with ``region_name`` and ``via_name`` (the unit of 1997 the role was
    stated for, "" when it is the region itself) in ``lang``."""
    return roles.assign(
        region_name=[
            region_name(r, lang, version)
            for r, version in zip(roles["region_id"], roles["boundary_version"], strict=True)
        ],
        via_name=[region_name(v, lang, ROLES_STATED_ON) if v else "" for v in roles["via"]],
    )


def scored_roles(roles: pd.DataFrame, lang: str, package: DataPackage) -> pd.DataFrame:
    """Named roles (:func:`named_roles`) with ``scorecard``: the hover lines of the
    Programme scorecard for the role's unit of 1997 (a heading, then one line per stage),
    so each mark says what happened there against what the text says."""
    verdicts = role_verdicts(lang, package)
    lines = []
    for region, via, via_name in zip(
        roles["region_id"], roles["via"], roles["via_name"], strict=True
    ):
        unit = via or parent_in(region, ROLES_STATED_ON)
        heading = (
            t("scorecard.hover.heading_via", lang, name=via_name)
            if via
            else t("scorecard.hover.heading", lang)
        )
        found = verdicts.get(unit, ())
        lines.append([heading, *found] if found else [])
    return roles.assign(scorecard=lines)


# A city's role marks sit this far east of the city symbol (degrees of longitude).
CITY_MARK_SHIFT_DEG = 1.0


@functools.lru_cache(maxsize=32)
def _zone_trace_data(
    version: str, lang: str, districts: str | None, package: DataPackage
) -> tuple[dict, ...]:
    layer = load_district_layer(districts) if districts else None
    outlines = named_outlines(zone_outlines(version, package, districts=layer), lang)
    traces = zone_traces(
        outlines,
        disaster_zones(package),
        lang,
        citations(lang, package),
        district_layer=districts or "",
    )
    return tuple(trace.to_plotly_json() for trace in narrow(traces))


@functools.lru_cache(maxsize=32)
def _role_trace_data(version: str, lang: str, package: DataPackage) -> tuple[dict, ...]:
    roles = scored_roles(named_roles(programme_roles(version, package), lang), lang, package)
    traces = role_traces(roles, _role_points(version), lang, citations(lang, package))
    return tuple(trace.to_plotly_json() for trace in narrow(traces))


def _role_points(version: str) -> pd.DataFrame:
    """Where each unit's role marks sit: its label point, except that a city's marks go to
    the right of the city symbol (drawn on the label point), level with it, never on it."""
    points = label_points(version)
    cities = points["id"].isin(CITIES)
    points.loc[cities, "lon"] += CITY_MARK_SHIFT_DEG
    points.loc[cities, "lat"] -= ROLE_LIFT_DEG
    return points


def _fresh(traces: tuple[dict, ...]) -> list[dict]:
    # A copy of each trace's top level is enough: plotly copies nested dicts and arrays
    # as it validates them, but takes "type" out of (and back into) the dict it is given.
    return [dict(trace) for trace in traces]


def zone_overlay(
    version: str, lang: str, districts: str | None, package: DataPackage
) -> list[dict]:
    """The zone outlines and markers on boundary ``version`` as plotly trace dicts of this
    call's own; by district when ``districts`` (a district layer's path) is given."""
    return _fresh(_zone_trace_data(version, lang, districts, package))


def role_overlay(version: str, lang: str, package: DataPackage) -> list[dict]:
    """The Programme's role marks on boundary ``version`` as plotly trace dicts of this
    call's own."""
    return _fresh(_role_trace_data(version, lang, package))


def zone_source_ids(package: DataPackage, districts: str | None) -> list[str]:
    """The sources the zone layer cites (the district lists' laws when drawn by district)."""
    zones = package["disaster_zones"]
    columns = ["source_id", "facts_source_ids", "ref_point_source_id"]
    ids = [i for column in columns for cell in zones[column].dropna() for i in str(cell).split()]
    if districts:
        ids += list(package["zone_districts"]["source_id"].dropna())
    return ids


def role_source_ids(package: DataPackage) -> list[str]:
    """The sources the role marks cite: the Programme, and those of the scorecard's
    measured net migration in their hover."""
    return [*package["programme_roles"]["source_id"], *scorecard_source_ids(package)]
