"""The map view: one ViewState in, what the map panel shows out (figure, table, words).

The map, its table twin and every export come from :func:`map_view`, so they can never
disagree about the numbers. The flow layer is made in :mod:`dashboard.views.flow_layer`,
the zones and roles over the map in :mod:`dashboard.views.overlays`. Pure, no Dash.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from dashboard.datasets.catalogue import indicator_info, indicator_label
from dashboard.datasets.changes import indicator_change
from dashboard.datasets.indicators import indicator_values, national_total, values_of_every_year
from dashboard.datasets.package import DataPackage
from dashboard.datasets.sources import cite, cite_flagged
from dashboard.figures.choropleth import (
    MapText,
    choropleth_figure,
    city_trace,
    label_trace,
    with_geometry,
)
from dashboard.figures.projection import KAZAKHSTAN_VIEW
from dashboard.figures.scales import map_classes
from dashboard.geo.boundaries import boundaries_geojson, label_points, version_for_year
from dashboard.geo.gazetteer import CITIES, parent_in, region_name
from dashboard.i18n.catalog import t
from dashboard.i18n.formats import format_number
from dashboard.state import ViewState
from dashboard.views.balance_notes import balance_caption, balance_notes
from dashboard.views.chosen_region import chosen_region_overlay
from dashboard.views.flow_layer import FlowLayer, flow_layer
from dashboard.views.labels import line_vertices, marker_marks, place_names, text_labels
from dashboard.views.overlays import role_overlay, role_source_ids, zone_overlay, zone_source_ids


@dataclass(frozen=True)
class MapView:
    """Everything the map panel shows for one state; ``table`` is its table twin.

    ``figure`` is this view's own: nothing in it is shared with another request.
    """

    figure: go.Figure
    table: pd.DataFrame
    version: str
    unit_count: int
    sources: list[str]
    view: str = "national"
    flow_layer: FlowLayer | None = None
    # Traces that depend only on version, language and layer switches (choropleth first,
    # then zones and roles), and a key that changes when they do: updates resend only
    # what follows them (the flows) while the key stays the same.
    static_traces: int = 1
    static_key: str = ""
    # Whether the regions' values add up to a country total (aggregation "sum").
    adds_up: bool = False
    indicator_label: str = ""
    # How values were computed or why they are missing (the balance method), for the caption.
    method: str = ""

    def figure_json(self) -> dict:
        """The whole figure as plotly JSON, the boundary GeoJSON attached."""
        return with_geometry(self.figure.to_plotly_json(), boundaries_geojson(self.version))


def _cited(source_ids, lang: str, package: DataPackage, already: list[str]) -> list[str]:
    """Citations of ``source_ids`` not yet in ``already``, in first-seen order."""
    new: list[str] = []
    for source_id in dict.fromkeys(str(i) for i in source_ids if str(i)):
        label = cite_flagged(source_id, lang, package)
        if label not in already and label not in new:
            new.append(label)
    return new


def _change_values(state: ViewState, version: str, package: DataPackage) -> pd.DataFrame:
    """The change of the indicator from ``state.compare_year`` to ``state.year`` per unit
    (:func:`dashboard.datasets.changes.indicator_change`), with ``detail``: both
    years' values in the reader's language, for the hover."""
    change = indicator_change(
        state.indicator, state.year, state.compare_year, version, package=package
    )
    lang = state.lang
    detail = [
        f"{state.compare_year}: {format_number(a, lang) or t('map.no_data', lang)}; "
        f"{state.year}: {format_number(b, lang) or t('map.no_data', lang)}"
        for a, b in zip(change["then"], change["now"], strict=True)
    ]
    return change.assign(detail=detail)


def _class_values(state: ViewState, values: pd.DataFrame, package: DataPackage):
    """What the colour classes are drawn from: every year of the indicator, so a colour
    means the same whatever the year (unless the reader asks for this year's classes); a
    change between two years has classes of its own."""
    if state.compare_year is not None or "year_classes" in state.map_options:
        return values["value"].to_numpy(dtype=float)
    return values_of_every_year(state.indicator, package)


def _label_names(regions: pd.DataFrame, lang: str, version: str) -> dict[str, str]:
    """Short names of the units for the map, long ones on two lines."""
    names = {}
    for region in regions["region_id"]:
        name = region_name(region, lang, version, short=True)
        if len(name) > 12:  # "West<br>Kazakhstan", "Западно-<br>Казахстанская"
            name = name.replace(" ", "<br>", 1) if " " in name else name.replace("-", "-<br>", 1)
        names[region] = name
    return names


def _flag_unverified(title: str, qualities: pd.Series, lang: str) -> str:
    """The map title, saying "(unverified)" when the values drawn are (or some of them are)."""
    shown = qualities[qualities != ""]
    unverified = shown == "unverified"
    if len(shown) and unverified.all():
        return t("map.title_unverified", lang, title=title)
    if unverified.any():
        return t("map.title_partly_unverified", lang, title=title)
    return title


def _table(regions: pd.DataFrame, state: ViewState, unit: str) -> pd.DataFrame:
    """The table twin of the map: one row per region, the numbers and words on the map."""
    table = pd.DataFrame(
        {
            "region_id": regions["region_id"],
            "region": regions["name"],
            "value": regions["value"],
            "unit": unit,
            "rank": regions["value"].rank(ascending=False, method="min"),
            "source": regions["source_label"],
            "quality": [t(f"quality.{q}", state.lang) if q else "" for q in regions["quality"]],
            "note": regions["method_note"],
        }
    )
    if state.compare_year is not None:
        table.insert(2, "then", regions["then"])
        table.insert(3, "now", regions["now"])
    return table


def map_view(
    state: ViewState,
    package: DataPackage,
    districts: str | None = None,
    highlight: list[str] | None = None,
) -> MapView:
    """The choropleth of ``state.indicator`` in ``state.year`` on the boundaries of that
    year, with the overlays the state asks for.

    ``districts`` is the path of a district (ADM2) layer with KATO codes; when given, the
    zones of the 1992 laws are drawn by district instead of by oblast. ``highlight`` names
    regions (of any boundary version) to stand out, the others dimmed.
    """
    meta = indicator_info(state.indicator, package)
    if state.compare_year is None:
        version = version_for_year(state.year)
        values = indicator_values(state.indicator, state.year, version, package=package)
        values = values.assign(
            detail=balance_notes(values, state.lang),
            method_note=balance_notes(values, state.lang, short=True),
        )
    else:
        # A change is shown on the older year's boundaries: newer units are summed up to
        # them (never split down), so both years describe the same territories.
        version = version_for_year(min(state.year, state.compare_year))
        values = _change_values(state, version, package)
    regions = values.assign(
        name=[region_name(r, state.lang, version) for r in values["region_id"]],
        source_label=[
            cite(s, state.lang, package) if isinstance(s, str) else "" for s in values["source_id"]
        ],
        quality=values["quality"].fillna(""),
    )
    if state.compare_year is not None:
        regions["method_note"] = ""  # a change has both years' methods: the caption says
    unit = str(meta[f"unit_{state.lang}"])
    label = indicator_label(state.indicator, state.lang, package)
    if state.compare_year is None:
        title = t("map.title", state.lang, indicator=label, year=state.year)
    else:
        title = t(
            "map.title_change",
            state.lang,
            indicator=label,
            first=state.compare_year,
            last=state.year,
        )
    title = _flag_unverified(title, regions["quality"], state.lang)
    # The sources line says "unverified" after a source that is (not only "source unknown").
    # One citation per source, so a layer citing one of them again adds nothing.
    single = [i for s in values["source_id"] if isinstance(s, str) for i in s.split("+")]
    sources = sorted(_cited(single, state.lang, package, []))
    if not sources:
        # No value drawn (e.g. a census year of the balance method): the indicator's sources,
        # which the stated reason is about.
        sources = _cited(str(meta["source_ids"]).split(), state.lang, package, [])

    points = label_points(version)
    layer = None
    view, geo_view = "national", KAZAKHSTAN_VIEW
    if "flows" in state.layers:
        layer = flow_layer(state, version, package)
        # The layer's own words and period (the Programme's 2001 directions are not 2024's).
        title = t("flows.title_suffix", state.lang, title=title, kind=layer.short)
        sources += [s for s in layer.sources if s not in sources]
        if state.flow_kind == "international":
            view = "international"
        geo_view = layer.view or geo_view  # arrows abroad: a frame around the neighbours

    overlays: list[go.Scattergeo | dict] = []
    if "zones" in state.layers:
        overlays += zone_overlay(version, state.lang, districts, package)
        sources += _cited(zone_source_ids(package, districts), state.lang, package, sources)
    if "roles" in state.layers:
        overlays += role_overlay(version, state.lang, package)
        sources += _cited(role_source_ids(package), state.lang, package, sources)
    labels = []
    if "labels" in state.map_options:
        # Placed clear of the marks and the cities' symbols (and of the zone outlines where
        # they can be); drawn over the outlines and the flows, so no line runs through a
        # name: they go after the flows, with the cities (a few KB sent with each change).
        names = _label_names(regions, state.lang, version)
        placed = place_names(
            version,
            names,
            marker_marks(overlays),
            CITIES,
            geo_view,
            line_vertices(overlays),
            text_labels(layer.traces if layer is not None else ()),
        )
        labels.append(label_trace(placed, names))
    overlays[:0] = chosen_region_overlay(state.region, version, state.lang)
    static_traces = 1 + len(overlays)
    static_key = "|".join(
        [
            version,
            state.lang,
            state.region or "",
            *(x for x in state.layers if x != "flows"),
            *state.map_options,
            str(districts),
            str(geo_view),  # names are placed for the frame's scale
        ]
    )
    if layer is not None:
        overlays += layer.traces
    overlays += labels
    period = state.year if state.compare_year is None else f"{state.compare_year}→{state.year}"
    text = MapText(lang=state.lang, title=title, legend_title=f"{unit}, {period}", unit=unit)
    # A change has a direction whatever the indicator: losses and gains around zero.
    diverging = meta["scale"] == "diverging" or state.compare_year is not None
    classes = map_classes(_class_values(state, values, package), diverging)
    cities = city_trace(regions, points, text, classes, CITIES)
    if cities is not None:
        overlays.append(cities)  # last: above every other mark
    figure = choropleth_figure(regions, text, classes, overlays=overlays, view=geo_view)
    if highlight:
        # The units of this map that contain a highlighted region (e.g. Abai -> East
        # Kazakhstan on older maps); the rest are dimmed, not hidden.
        wanted = {parent_in(str(r), version) for r in highlight}
        figure.update_traces(
            selectedpoints=[i for i, r in enumerate(regions["region_id"]) if r in wanted],
            unselected={"marker": {"opacity": 0.25}},
            selector=0,
        )
        if cities is not None:  # a city's polygon is hidden under its symbol: dim it too
            shown = [i for i, r in enumerate(cities.customdata) if r in wanted]
            figure.update_traces(
                selectedpoints=shown,
                unselected={"marker": {"opacity": 0.25}},
                selector=len(figure.data) - 1,
            )
    return MapView(
        figure=figure,
        table=_table(regions, state, unit),
        version=version,
        unit_count=len(regions),
        sources=sources,
        view=view,
        flow_layer=layer,
        static_traces=static_traces,
        static_key=static_key,
        adds_up=meta["aggregation"] == "sum",
        indicator_label=label,
        method=balance_caption(
            values, label, state.lang, national_total(state.indicator, state.year, package)
        ),
    )
