"""Disaster-zone outlines and markers and Programme-role marks (plotly).

Pure: tables and geometry in, plotly objects out (no Dash). The traces are meant to be
added over a choropleth (:mod:`dashboard.figures.choropleth`), so every style here is
chosen to stay readable over any class of its RdBu and YlGnBu scales: the zone outlines
are thick dark purple (a hue those scales do not use), each zone in a dash pattern of its
own, drawn just inside its area so zones sharing a border stay apart; role marks are
black-and-white shapes (achromatic, so colour-blind readers and every class colour see
the same contrast) except the gold star of the receiving regions, which has a dark edge.

Every hover names what is shown, its source(s) and their quality.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel

from dashboard.figures.projection import geometry_to_lonlat, geometry_to_plane
from dashboard.figures.text import plain
from dashboard.figures.text import wrap as wrap_to
from dashboard.i18n.catalog import t
from dashboard.i18n.formats import format_number
from dashboard.i18n.words import message_or, quality_text

ZONE_COLOUR = "#542788"  # dark purple: not a colour of the RdBu / YlGnBu classes
ZONE_LINE_WIDTH = 3
# One dash pattern per zone, in the order of the zone table: four patterns that stay
# apart at 3 px and in a legend sample (a colour each would compete with the classes).
# None is solid: the Programme's schematic directions are solid lines of a dark purple.
ZONE_DASHES = ("12px,4px", "dash", "dot", "dashdot")
# Each outline is drawn this far inside its zone (map plane), so two zones sharing a
# border (Aral region and Sozak along Kyzylorda-Turkistan, Aral region and Kapustin Yar
# along Aktobe-West Kazakhstan) show two lines about 6 px apart at 1366x800, not one.
ZONE_INSET_M = 14_000
# Filled diamond at a sourced reference point; open diamond where the marker is only put
# inside the outline, so a located site and a placed marker do not look the same.
ZONE_SYMBOL_LOCATED = "diamond"
ZONE_SYMBOL_PLACED = "diamond-open"
ZONE_MARKER_SIZE = 13
# Drawing tolerance for district outlines (degrees, about 500 m): a user's district layer
# may be detailed; at national scale the simplified line is indistinguishable and lighter.
OUTLINE_TOLERANCE_DEG = 0.005
# A marker placed inside an outline is moved this far south of the outline's pole of
# inaccessibility when it stays inside: that pole is also where region labels and role
# marks sit (see dashboard.geo.boundaries.label_points).
ZONE_MARKER_SHIFT_DEG = 0.6

DARK = "#1a1a1a"
# role -> marker style. Order = legend order and left-to-right order at a region.
ROLE_STYLES: dict[str, dict[str, Any]] = {
    "receiving": {
        "symbol": "star",
        "size": 17,
        "color": "#ffd21f",
        "line": {"color": DARK, "width": 1.2},
    },
    "ecological_crisis_outflow": {
        "symbol": "triangle-down",
        "size": 14,
        "color": DARK,
        "line": {"color": "white", "width": 1.2},
    },
    "losing_living_standards": {
        "symbol": "triangle-down",
        "size": 14,
        "color": "white",
        "line": {"color": DARK, "width": 2},
    },
    "highest_emigration_loss_2000": {
        "symbol": "circle-x",
        "size": 13,
        "color": "white",
        "line": {"color": DARK, "width": 2},
    },
    "new_unfavourable_ecology_area": {
        "symbol": "square",
        "size": 11,
        "color": ZONE_COLOUR,
        "line": {"color": "white", "width": 1.2},
    },
}
DEFAULT_ROLE_STYLE = {
    "symbol": "circle",
    "size": 11,
    "color": "#7f7f7f",
    "line": {"color": DARK, "width": 1.2},
}
# Role marks sit in a row just north of the region's label point, this far apart
# (degrees): a region with two roles shows two marks side by side, not on top.
ROLE_SPACING_DEG = 0.8
ROLE_LIFT_DEG = 0.55

HOVER_WIDTH = 64  # characters per hover line (plotly does not wrap hover text)


def wrap(text: str) -> str:
    """A hover line of the zones and roles, escaped and broken at HOVER_WIDTH."""
    return wrap_to(text, HOVER_WIDTH)


# -------------------------------------------------------------------------------- helpers


def _cite(ids: Sequence[str], citations: Mapping[str, str]) -> str:
    return "; ".join(citations.get(i, i) for i in ids)


def _source_line(row: Mapping[str, Any], lang: str, citations: Mapping[str, str]) -> str:
    """The hover's last line: the row's source, cited, and its quality."""
    cited = citations.get(row["source_id"], row["source_id"])
    return wrap(t("zones.source", lang, sources=cited, quality=quality_text(row["quality"], lang)))


def _coord(value: float, lang: str) -> str:
    return format_number(round(float(value), 3), lang, 3)


def _rings(geom: BaseGeometry) -> list[np.ndarray]:
    polygons = geom.geoms if isinstance(geom, MultiPolygon) else [geom]
    rings = []
    for polygon in polygons:
        if isinstance(polygon, Polygon) and not polygon.is_empty:
            rings.append(np.asarray(polygon.exterior.coords))
            rings.extend(np.asarray(r.coords) for r in polygon.interiors)
    return rings


def _with_gaps(rings: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """All rings as one lon and one lat array, NaN between rings (plotly breaks the line)."""
    if not rings:
        return np.array([], dtype=np.float32), np.array([], dtype=np.float32)
    parts = []
    for ring in rings:
        parts.append(ring[:, :2])
        parts.append(np.full((1, 2), np.nan))
    joined = np.concatenate(parts[:-1]).astype(np.float32)
    return joined[:, 0], joined[:, 1]


def inset(geom: BaseGeometry, metres: float = ZONE_INSET_M) -> BaseGeometry:
    """``geom`` shrunk by ``metres`` in the map plane (equal area, so metres are metres
    everywhere); ``geom`` itself where shrinking would lose most of it (a small district)."""
    plane = geometry_to_plane(geom)
    inner = plane.buffer(-metres)
    if inner.is_empty or inner.area < 0.5 * plane.area:
        return geom
    return geometry_to_lonlat(inner)


def marker_point(geom: BaseGeometry) -> Point:
    """A point inside ``geom`` for a zone marker: inside its largest part, off its centre.

    The pole of inaccessibility (polylabel) of the largest part, moved
    ZONE_MARKER_SHIFT_DEG south when that stays inside (labels sit on the pole).
    """
    polygons = list(geom.geoms) if isinstance(geom, MultiPolygon) else [geom]
    largest = max(polygons, key=lambda p: p.area)
    pole = polylabel(largest, tolerance=0.01)
    shifted = Point(pole.x, pole.y - ZONE_MARKER_SHIFT_DEG)
    if largest.contains(shifted):
        return shifted
    return pole if largest.contains(pole) else largest.point_on_surface()


# ---------------------------------------------------------------------------- zone traces


def zone_hover_text(
    zone: Mapping[str, Any],
    outline: Mapping[str, Any],
    lang: str,
    citations: Mapping[str, str],
    district_layer: str = "",
) -> str:
    """Hover of one zone marker in ``lang``: what the zone is, where it is named, what is known.

    ``zone`` is a row of :func:`dashboard.datasets.zones.disaster_zones`, ``outline`` the
    zone's row of :func:`dashboard.datasets.zones.zone_outlines` with ``region_names``: the
    names of its ``regions`` in ``lang``.
    """
    lines = [f"<b>{html.escape(zone[f'name_{lang}'], quote=False)}</b>"]
    kind = zone["kind"]
    lines.append(message_or(f"zones.kind.{kind}", lang, kind))
    lines.append(
        wrap(
            t(
                "zones.hover.programme",
                lang,
                section=zone["programme_section"],
                quote=zone["programme_quote_kk"],
            )
        )
    )
    laws = list(zone.get("law_source_ids") or [])
    if laws:
        lines.append(wrap(t("zones.hover.law", lang, laws=_cite(laws, citations))))
    elif zone.get("legal_basis"):
        lines.append(wrap(t("zones.hover.law", lang, laws=zone["legal_basis"])))
    else:
        lines.append(t("zones.hover.no_law", lang))
    facts = zone.get(f"facts_{lang}") or zone.get("facts_en")
    if facts:
        lines.append(wrap(t("zones.hover.facts", lang, facts=facts)))
        lines.append(
            wrap(
                t(
                    "zones.hover.facts_source",
                    lang,
                    sources=_cite(list(zone["facts_source_ids"]), citations),
                    quality=quality_text(zone["facts_quality"], lang),
                )
            )
        )

    if outline["level"] == "district":
        lines.append(wrap(t("zones.hover.drawn_district", lang, layer=district_layer or "—")))
        names = outline["district_names"]
        for cls in outline["classes"]:
            shown = []
            for code in cls["districts"]:
                name = names.get(code, {}).get(lang, code)
                if code in cls["partial"]:
                    name += f" ({t('zones.hover.partial', lang)})"
                shown.append(name)
            text = t(
                "zones.hover.class",
                lang,
                zone_class=message_or(f"zones.class.{cls['zone_class']}", lang, cls["zone_class"]),
                article=cls["article"],
                districts=", ".join(shown),
            )
            if not cls["list_complete"]:
                text += f" — {t('zones.hover.list_incomplete', lang)}"
            lines.append(wrap(text))
        lines.append(wrap(t("zones.hover.district_gap", lang)))
        not_drawn = len(outline["missing"]) + len(outline["unmatched"])
        if not_drawn:
            lines.append(wrap(t("zones.hover.not_drawn", lang, count=not_drawn)))
        code_sources = list(outline.get("kato_source_ids") or [])
        if code_sources:
            lines.append(
                wrap(t("zones.hover.codes_source", lang, source=_cite(code_sources, citations)))
            )
    else:
        regions = ", ".join(outline["region_names"])
        lines.append(wrap(t("zones.hover.drawn_oblast", lang, regions=regions)))

    if zone["has_ref_point"]:
        lines.append(
            wrap(
                t(
                    "zones.hover.point_sourced",
                    lang,
                    lat=_coord(zone["ref_lat"], lang),
                    lon=_coord(zone["ref_lon"], lang),
                    source=citations.get(zone["ref_point_source_id"], zone["ref_point_source_id"]),
                )
            )
        )
    else:
        lines.append(wrap(t(f"zones.hover.point_{outline['level']}", lang)))
    lines.append(_source_line(zone, lang, citations))
    return "<br>".join(lines)


def zone_traces(
    outlines: pd.DataFrame,
    zones: pd.DataFrame,
    lang: str,
    citations: Mapping[str, str],
    district_layer: str | Path = "",
) -> list[go.Scattergeo]:
    """Scattergeo traces: an outline per zone, a legend entry per kind of marker present,
    and the zone markers.

    ``outlines`` comes from :func:`dashboard.datasets.zones.zone_outlines` with a column
    ``region_names`` (the names of ``regions`` in ``lang``), ``zones`` from
    :func:`dashboard.datasets.zones.disaster_zones`; ``citations`` maps source ids to short
    citations in ``lang`` (:func:`dashboard.datasets.sources.citations`); ``district_layer``
    names the district file in the hover when zones are drawn by district.

    Each outline is dark purple in the zone's own dash pattern (ZONE_DASHES), drawn
    ZONE_INSET_M inside the zone and named in the legend under the group title "Ecological
    disaster zones"; outlines have no hover. The markers carry the hover: a filled diamond
    at a sourced reference point, an open diamond inside the outline where no point is sourced (the
    hover then says the zone is drawn by oblast or district, not located). Each marker kind
    present has a legend entry of its own.
    """
    by_id = zones.set_index("zone_id")
    dashes = {zone_id: ZONE_DASHES[i % len(ZONE_DASHES)] for i, zone_id in enumerate(by_id.index)}
    layer_name = Path(district_layer).name if district_layer else ""
    sections = sorted(set(zones["programme_section"])) if len(zones) else ["1.2"]
    title = plain(t("zones.legend", lang, section=", ".join(sections)))
    outline_traces = []
    lons, lats, symbols, texts, ids = [], [], [], [], []
    for outline in outlines.to_dict("records"):
        zone = by_id.loc[outline["zone_id"]].to_dict()
        geom = outline["geometry"]
        if outline["level"] == "district":
            geom = geom.simplify(OUTLINE_TOLERANCE_DEG, preserve_topology=True)
        outline_traces.append(
            _outline_trace(
                inset(geom),
                dashes[outline["zone_id"]],
                plain(zone[f"name_{lang}"]),
                title if not outline_traces else None,
            )
        )
        if zone["has_ref_point"]:
            lon, lat = float(zone["ref_lon"]), float(zone["ref_lat"])
            symbols.append(ZONE_SYMBOL_LOCATED)
        else:
            point = marker_point(outline["geometry"])
            lon, lat = point.x, point.y
            symbols.append(ZONE_SYMBOL_PLACED)
        lons.append(lon)
        lats.append(lat)
        ids.append(outline["zone_id"])
        texts.append(zone_hover_text(zone, outline, lang, citations, layer_name))

    marker_trace = go.Scattergeo(
        lon=lons,
        lat=lats,
        mode="markers",
        marker={
            "symbol": symbols,
            "size": ZONE_MARKER_SIZE,
            "color": ZONE_COLOUR,
            # white edge on the filled diamond; the open one is drawn by its line
            "line": {"color": [_edge(s) for s in symbols], "width": 2},
        },
        name=plain(t("zones.markers", lang)),
        legendgroup="zones",
        showlegend=False,
        text=texts,
        customdata=ids,
        hovertemplate="%{text}<extra></extra>",
        hoverlabel={"align": "left"},
    )
    located = ZONE_SYMBOL_LOCATED in symbols
    placed = ZONE_SYMBOL_PLACED in symbols
    keys = [k for k, present in (("located", located), ("placed", placed)) if present]
    return [*outline_traces, *(_symbol_key(k, lang) for k in keys), marker_trace]


def _outline_trace(
    geom: BaseGeometry, dash: str, name: str, group_title: str | None
) -> go.Scattergeo:
    """One zone's outline in its own dash, named in the legend (no hover: a Scattergeo
    line hovers per vertex; the zone's marker carries the hover)."""
    lon, lat = _with_gaps(_rings(geom))
    return go.Scattergeo(
        lon=lon,
        lat=lat,
        mode="lines",
        line={"color": ZONE_COLOUR, "width": ZONE_LINE_WIDTH, "dash": dash},
        name=name,
        legendgroup="zones",
        legendgrouptitle_text=group_title,
        showlegend=True,
        hoverinfo="skip",
    )


def _symbol_key(kind: str, lang: str) -> go.Scattergeo:
    """A legend entry for one kind of zone marker (nothing drawn on the map): every symbol
    on the map is explained in the legend."""
    symbol = ZONE_SYMBOL_LOCATED if kind == "located" else ZONE_SYMBOL_PLACED
    return go.Scattergeo(
        lon=[None],
        lat=[None],
        mode="markers",
        marker={
            "symbol": symbol,
            "size": ZONE_MARKER_SIZE,
            "color": ZONE_COLOUR,
            "line": {"color": _edge(symbol), "width": 2},
        },
        name=plain(t(f"zones.marker_{kind}", lang)),
        legendgroup="zones",
        showlegend=True,
        hoverinfo="skip",
    )


def _edge(symbol: str) -> str:
    return ZONE_COLOUR if symbol.endswith("-open") else "white"


# ---------------------------------------------------------------------------- role traces


def role_offsets(roles: pd.DataFrame) -> pd.DataFrame:
    """Degrees (dlon, dlat) to add to each role row's label point, indexed like ``roles``.

    The roles of one region are spread in a row, in ROLE_STYLES order, centred on the
    label point's longitude and ROLE_LIFT_DEG north of it.
    """
    order = {role: i for i, role in enumerate(ROLE_STYLES)}
    rank = roles["role"].map(lambda r: order.get(r, len(order)))
    position = rank.groupby(roles["region_id"]).rank(method="first") - 1
    count = roles.groupby("region_id")["role"].transform("size")
    dlon = (position - (count - 1) / 2) * ROLE_SPACING_DEG
    return pd.DataFrame({"dlon": dlon.astype(float), "dlat": ROLE_LIFT_DEG}, index=roles.index)


def role_hover_text(row: Mapping[str, Any], lang: str, citations: Mapping[str, str]) -> str:
    """Hover of one role mark: region, role, the Programme's words, note, source, quality,
    then the scorecard's lines when given.

    ``row`` is a row of :func:`role_traces`' ``roles``, its names in ``lang``; its optional
    ``scorecard`` holds the measured net migration and verdict as lines of text.
    """
    lines = [
        f"<b>{html.escape(row['region_name'], quote=False)}</b>",
        message_or(f"role.{row['role']}", lang, row["role"]),
    ]
    if row.get("via"):
        lines.append(wrap(t("roles.hover.via", lang, name=row["via_name"])))
    lines.append(
        wrap(t("zones.hover.programme", lang, section=row["section"], quote=row["quote_kk"]))
    )
    if row.get("note"):
        lines.append(wrap(t("roles.hover.note", lang, note=row["note"])))
    lines.append(_source_line(row, lang, citations))
    # The scorecard: what happened there against what the text says (words from the view),
    # after the statement's source: its heading names its own method and sources.
    lines += [wrap(line) for line in row.get("scorecard") or ()]
    return "<br>".join(lines)


def role_traces(
    roles: pd.DataFrame,
    points: pd.DataFrame,
    lang: str,
    citations: Mapping[str, str],
) -> list[go.Scattergeo]:
    """One marker trace per role present in ``roles``, each with its legend entry.

    ``roles`` comes from :func:`dashboard.datasets.zones.programme_roles` (one boundary version)
    with the columns ``region_name`` and ``via_name`` (the names of ``region_id`` and of
    ``via``, a unit of 1997, in ``lang``), ``points`` from
    :func:`dashboard.geo.boundaries.label_points` of the same version.
    Marks sit near each region's label point, side by side when a region has several
    roles, so the measured values of the choropleth underneath stay readable. Legend group
    "roles", titled once.
    """
    if roles.empty:
        return []
    where = points.assign(id=points["id"].astype(str)).set_index("id")[["lon", "lat"]]
    missing = sorted(set(roles["region_id"]) - set(where.index))
    if missing:
        raise ValueError(f"no label point for regions {missing}")
    offsets = role_offsets(roles)
    known = list(ROLE_STYLES)
    present = sorted(
        roles["role"].unique(), key=lambda r: known.index(r) if r in known else len(known)
    )
    # The section most roles are stated in goes in the group's title, once; a role stated
    # elsewhere names its own section (the legend must fit beside the map at 1366x800).
    sections = {
        role: ", ".join(sorted(set(roles.loc[roles["role"] == role, "section"])))
        for role in present
    }
    common = Counter(sections.values()).most_common(1)[0][0]
    traces = []
    for rank, role in enumerate(present):
        rows = roles[roles["role"] == role]
        base = where.loc[rows["region_id"]].to_numpy(dtype=float)
        shift = offsets.loc[rows.index].to_numpy(dtype=float)
        style = ROLE_STYLES.get(role, DEFAULT_ROLE_STYLE)
        label = message_or(f"role.{role}", lang, role)
        if sections[role] != common:
            label = t("roles.legend", lang, label=label, section=sections[role])
        traces.append(
            go.Scattergeo(
                lon=base[:, 0] + shift[:, 0],
                lat=base[:, 1] + shift[:, 1],
                mode="markers",
                marker=style,
                name=plain(label),
                legendgroup="roles",
                legendgrouptitle_text=(
                    t("roles.legend_title", lang, section=common) if rank == 0 else None
                ),
                showlegend=True,
                text=[role_hover_text(r, lang, citations) for r in rows.to_dict("records")],
                customdata=rows["region_id"].tolist(),
                hovertemplate="%{text}<extra></extra>",
                hoverlabel={"align": "left"},
            )
        )
    return traces
