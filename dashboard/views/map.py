"""Views: one ViewState in, what the page shows out (figures and texts). Pure, no Dash.

The map, and later the table twin and every export, come from these functions so they
can never disagree about the numbers.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from dashboard.datasets import flow_tables
from dashboard.datasets.catalogue import indicator_info, indicator_label
from dashboard.datasets.flows import class_limits, select_flows, width_classes
from dashboard.datasets.indicators import indicator_values, worst_quality
from dashboard.datasets.package import DataPackage
from dashboard.datasets.sources import citations, cite
from dashboard.datasets.zones import disaster_zones, programme_roles, zone_outlines
from dashboard.figures.choropleth import MapText, choropleth_figure, narrow, with_geometry
from dashboard.figures.flows import flow_traces
from dashboard.figures.projection import KAZAKHSTAN_VIEW, view_around
from dashboard.figures.zones import role_traces, zone_traces
from dashboard.geo.boundaries import boundaries_geojson, label_points, version_for_year
from dashboard.geo.districts import load_district_layer
from dashboard.geo.gazetteer import parent_in, region_name
from dashboard.i18n.catalog import t
from dashboard.i18n.formats import format_number
from dashboard.state import ViewState

FLOW_STYLE = {  # colour, dash: dark enough over every choropleth class
    "model": ("#262626", None),
    "observed": ("#1b7837", None),
    "schematic": ("#000000", "dash"),
    "international": ("#b35806", None),
}
CLASS_WIDTHS = [1.2, 2.4, 4.0, 6.5]
DENSE_FLOWS, DENSE_SCALE, DENSE_OPACITY = 60, 0.5, 0.4


@dataclass(frozen=True)
class FlowLayer:
    """The arrows of one flow kind as drawn, with the words that qualify them."""

    kind: str
    traces: list[go.Scattergeo]
    flows: pd.DataFrame
    table: pd.DataFrame = field(default_factory=pd.DataFrame)
    caption: str = ""
    notice: str = ""
    sources: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class MapView:
    """Everything the map panel shows for one state; ``table`` is its table twin."""

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

    def figure_json(self) -> dict:
        """The whole figure as plotly JSON, the boundary GeoJSON attached."""
        return with_geometry(self.figure.to_plotly_json(), boundaries_geojson(self.version))


def _place_name(place: str, lang: str, version: str, package: DataPackage) -> str:
    """A region (KATO id) or a country (ISO3) in the reader's language."""
    if place.isdigit():
        return region_name(place, lang, version, short=True)
    if place == flow_tables.KAZAKHSTAN:
        return t("country.KAZ", lang)
    return flow_tables.country_names(lang, package).get(place, place)


def _class_legend(limits: list[float], lang: str, share: bool) -> list[str]:
    key = "flows.class_share" if share else "flows.class_persons"
    decimals = 1 if share else 0
    return [
        t(key, lang, low=format_number(lo, lang, decimals), high=format_number(hi, lang, decimals))
        for lo, hi in itertools.pairwise(limits)
    ]


def _raw_flows(state: ViewState, package: DataPackage) -> tuple[pd.DataFrame, str]:
    """The unfiltered flows of the state's kind, or a notice why there are none."""
    if state.flow_kind == "model":
        years = flow_tables.model_years(package)
        if state.year not in years:
            return pd.DataFrame(), t("flows.none.model", state.lang, years=_span(years))
        return flow_tables.model_flows(state.year, state.decay, package), ""
    if state.flow_kind == "schematic":
        return flow_tables.schematic_flows(package), ""
    if state.flow_kind == "international":
        return flow_tables.international_flows(state.origins, package), ""
    observed = flow_tables.observed_flows(state.year, package)
    return observed, "" if len(observed) else t("flows.none.observed", state.lang)


def _span(years: list[int]) -> str:
    return f"{min(years)}–{max(years)}" if years else "—"


def flow_layer(state: ViewState, version: str, package: DataPackage) -> FlowLayer:
    """The selected flows of ``state.flow_kind`` drawn as curved arrows with their caption."""
    kind, lang = state.flow_kind, state.lang
    raw, notice = _raw_flows(state, package)
    label = t(f"flows.kind.{kind}", lang)
    if raw.empty:
        return FlowLayer(kind, [], raw, notice=notice)
    # Oralman origins are published as shares: widths and ranking follow the share.
    share = kind == "international" and state.origins != "emigration"
    if share:
        raw = raw.assign(persons=raw["share_pct"])
    flows = select_flows(
        raw,
        region=state.region if kind != "international" else None,
        direction=state.direction,  # type: ignore[arg-type]
        mode=state.flow_mode if kind in {"model", "observed"} else "gross",  # type: ignore[arg-type]
        min_persons=state.min_persons if kind in {"model", "observed"} else 0,
        top=state.top_n,
    )
    if flows.empty:
        return FlowLayer(kind, [], flows, notice=t("flows.none.filtered", lang))

    if kind == "schematic":
        limits, legend = [0.0, 0.0], [t("flows.schematic_legend", lang)]
        flows = flows.assign(width_class=0)
        widths = [2.2]
    else:
        # Classes of what is on screen, so a top-25 view is not one class of 380 pairs.
        limits = class_limits(flows["persons"], len(CLASS_WIDTHS))
        flows = flows.assign(width_class=width_classes(flows["persons"], limits=limits))
        legend = _class_legend(limits, lang, share) if len(limits) > 1 else [label]
        widths = CLASS_WIDTHS[: max(len(limits) - 1, 1)]
        if len(limits) <= 2:
            legend, widths = legend[:1], [CLASS_WIDTHS[1]]

    point_version = flow_tables.MODEL_VERSION if kind == "model" else version
    points = label_points(point_version)
    if kind == "international":
        points = pd.concat([points, flow_tables.country_points()], ignore_index=True)
    hover = _flow_hovers(flows, state, point_version, package)
    colour, dash = FLOW_STYLE[kind]
    # Hundreds of arrows (all 380 ordered pairs) must not bury the map: thinner, fainter.
    dense = len(flows) > DENSE_FLOWS
    traces = narrow(
        flow_traces(
            flows,
            points,
            label=label,
            colour=colour,
            dash=dash,
            hover_texts=hover,
            class_widths=[w * (DENSE_SCALE if dense else 1) for w in widths],
            legend_labels=legend,
            opacity=DENSE_OPACITY if dense else 0.8,
        )
    )
    source_ids = sorted({s for s in flows["source_id"].astype(str) if s})
    sources = [cite(s, lang, package) for s in source_ids]
    table = pd.DataFrame(
        {
            "origin": [_place_name(str(p), lang, point_version, package) for p in flows["origin"]],
            "destination": [
                _place_name(str(p), lang, point_version, package) for p in flows["destination"]
            ],
            "persons": flows["persons"].to_numpy(),
            "source": [cite(s, lang, package) for s in flows["source_id"]],
            "quality": [t(f"quality.{q}", lang) for q in flows["quality"]],
        }
    )
    return FlowLayer(
        kind,
        traces,
        flows,
        table=table,
        caption=_flow_caption(state, raw, sources, package),
        sources=sources,
    )


def _flow_hovers(
    flows: pd.DataFrame, state: ViewState, version: str, package: DataPackage
) -> list[str]:
    lang = state.lang
    texts = []
    for row in flows.itertuples():
        head = (
            f"<b>{_place_name(str(row.origin), lang, version, package)} → "
            f"{_place_name(str(row.destination), lang, version, package)}</b>"
        )
        if state.flow_kind == "schematic":
            body = [t("flows.hover.schematic", lang)]
        elif state.flow_kind == "international" and state.origins == "emigration":
            body = [
                t(
                    "flows.hover.emigrants",
                    lang,
                    persons=format_number(row.persons, lang),
                    period=row.period,
                    share=format_number(row.share_pct, lang, 1),
                    total=format_number(row.base_value, lang),
                )
            ]
        elif state.flow_kind == "international":
            share = format_number(row.share_pct, lang, 1)
            body = [t("flows.hover.share", lang, share=share, period=row.period)]
            if pd.notna(row.base_value):
                # The count is a computed share of the stated total, and says so.
                persons = format_number(round(row.share_pct * row.base_value / 100), lang)
                base = format_number(row.base_value, lang)
                body.append(t("flows.hover.share_of_base", lang, persons=persons, base=base))
        else:
            body = [t("flows.hover.persons", lang, persons=format_number(round(row.persons), lang))]
            if state.flow_kind == "model":
                body.append(t("flows.hover.model", lang, year=row.year, decay=state.decay))
        source = cite(row.source_id, lang, package)
        quality = t(f"quality.{row.quality}", lang)
        body.append(f"{t('hover.source', lang)}: {source} ({quality})")
        texts.append("<br>".join([head, *body]))
    return texts


def _flow_caption(
    state: ViewState, raw: pd.DataFrame, sources: list[str], package: DataPackage
) -> str:
    lang, kind = state.lang, state.flow_kind
    source = "; ".join(sources)
    if kind == "model":
        input_quality = package.regional.loc[
            package.regional["indicator"] == "interregional_arrivals", "quality"
        ].iloc[0]
        return t(
            "flows.caption.model",
            lang,
            year=state.year,
            source=source,
            quality=t(f"quality.{input_quality}", lang),
            decay=state.decay,
            trip=format_number(round(raw.attrs.get("mean_trip_km", float("nan"))), lang),
        )
    if kind == "international" and state.origins == "emigration":
        return t("flows.caption.emigration", lang, source=source)
    if kind == "international":
        return t("flows.caption.international", lang, period=state.origins, source=source)
    return t(f"flows.caption.{kind}", lang, source=source)


def _zone_source_ids(package: DataPackage, districts: str | None) -> list[str]:
    zones = package["disaster_zones"]
    columns = ["source_id", "facts_source_ids", "ref_point_source_id"]
    ids = [i for column in columns for cell in zones[column].dropna() for i in str(cell).split()]
    if districts:
        ids += list(package["zone_districts"]["source_id"].dropna())
    return ids


def _cited(source_ids, lang: str, package: DataPackage, already: list[str]) -> list[str]:
    """Citations of ``source_ids`` not yet in ``already``, in first-seen order."""
    new: list[str] = []
    for source_id in dict.fromkeys(str(i) for i in source_ids if str(i)):
        label = cite(source_id, lang, package)
        if label not in already and label not in new:
            new.append(label)
    return new


@functools.lru_cache(maxsize=32)
def _zone_traces(
    version: str, lang: str, districts: str | None, package: DataPackage
) -> tuple[go.Scattergeo, ...]:
    layer = load_district_layer(districts) if districts else None
    outlines = zone_outlines(version, package, districts=layer)
    return tuple(
        narrow(
            zone_traces(
                outlines,
                disaster_zones(package),
                lang,
                citations(lang),
                district_layer=districts or "",
            )
        )
    )


@functools.lru_cache(maxsize=32)
def _role_traces(version: str, lang: str, package: DataPackage) -> tuple[go.Scattergeo, ...]:
    roles = programme_roles(version, package)
    return tuple(narrow(role_traces(roles, label_points(version), lang, citations(lang))))


def compare_values(state: ViewState, version: str, package: DataPackage) -> pd.DataFrame:
    """The change of the indicator from ``state.compare_year`` to ``state.year`` per unit.

    ``value`` is the difference; ``detail`` gives both years' values for the hover and
    ``then``/``now`` keep them for the table. A unit lacking either year has no change.
    """
    now = indicator_values(state.indicator, state.year, version, package=package)
    then = indicator_values(state.indicator, state.compare_year, version, package=package)
    then = then.set_index("region_id").reindex(now["region_id"])
    change = now["value"].to_numpy() - then["value"].to_numpy()
    sources = [
        "+".join(dict.fromkeys(x for x in (str(a or ""), str(b or "")) if x))
        for a, b in zip(then["source_id"].fillna(""), now["source_id"].fillna(""), strict=True)
    ]
    worst = [
        worst_quality((a, b))
        for a, b in zip(then["quality"].fillna(""), now["quality"].fillna(""), strict=True)
    ]
    lang = state.lang
    detail = [
        f"{state.compare_year}: {format_number(a, lang) or t('map.no_data', lang)}; "
        f"{state.year}: {format_number(b, lang) or t('map.no_data', lang)}"
        for a, b in zip(then["value"], now["value"], strict=True)
    ]
    return now.assign(
        value=change,
        then=then["value"].to_numpy(),
        now=now["value"].to_numpy(),
        source_id=sources,
        quality=[q if pd.notna(c) else "" for q, c in zip(worst, change, strict=True)],
        detail=detail,
        aggregated_from=now["aggregated_from"].fillna("")
        + then["aggregated_from"].fillna("").to_numpy(),
    )


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
        }
    )
    if state.compare_year is not None:
        table.insert(2, "then", regions["then"])
        table.insert(3, "now", regions["now"])
    return table


def _flow_points(flows: pd.DataFrame) -> pd.DataFrame:
    """lon/lat of every end of the international arrows (countries and regions)."""
    points = pd.concat(
        [label_points(flow_tables.MODEL_VERSION), flow_tables.country_points()], ignore_index=True
    ).set_index("id")
    ends = pd.concat([flows["origin"], flows["destination"]]).astype(str).unique()
    return points.loc[points.index.intersection(ends)]


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
    else:
        # A change is shown on the older year's boundaries: newer units are summed up to
        # them (never split down), so both years describe the same territories.
        version = version_for_year(min(state.year, state.compare_year))
        values = compare_values(state, version, package)
    regions = values.assign(
        name=[region_name(r, state.lang, version) for r in values["region_id"]],
        source_label=[
            cite(s, state.lang, package) if isinstance(s, str) else "" for s in values["source_id"]
        ],
        quality=values["quality"].fillna(""),
    )
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
    sources = sorted({s for s in regions["source_label"] if s})

    overlays: list[go.Scattergeo] = []
    if "zones" in state.layers:
        overlays += _zone_traces(version, state.lang, districts, package)
        sources += _cited(_zone_source_ids(package, districts), state.lang, package, sources)
    if "roles" in state.layers:
        overlays += _role_traces(version, state.lang, package)
        role_sources = package["programme_roles"]["source_id"]
        sources += _cited(role_sources, state.lang, package, sources)
    static_traces = 1 + len(overlays)
    static_key = "|".join(
        [version, state.lang, *(x for x in state.layers if x != "flows"), str(districts)]
    )

    layer = None
    view, geo_view = "national", KAZAKHSTAN_VIEW
    if "flows" in state.layers:
        layer = flow_layer(state, version, package)
        overlays += layer.traces
        kind = t(f"flows.short.{state.flow_kind}", state.lang)
        title = t("flows.title_suffix", state.lang, title=title, kind=kind)
        sources += [s for s in layer.sources if s not in sources]
        if state.flow_kind == "international":
            view = "international"
            if not layer.flows.empty:
                geo_view = view_around(_flow_points(layer.flows))
    period = state.year if state.compare_year is None else f"{state.compare_year}→{state.year}"
    text = MapText(lang=state.lang, title=title, legend_title=f"{unit}, {period}", unit=unit)
    # A change has a direction whatever the indicator: losses and gains around zero.
    diverging = meta["scale"] == "diverging" or state.compare_year is not None
    figure = choropleth_figure(regions, text, diverging, overlays=overlays, view=geo_view)
    if highlight:
        # The units of this map that contain a highlighted region (e.g. Abai -> East
        # Kazakhstan on older maps); the rest are dimmed, not hidden.
        wanted = {parent_in(str(r), version) for r in highlight}
        figure.update_traces(
            selectedpoints=[i for i, r in enumerate(regions["region_id"]) if r in wanted],
            unselected={"marker": {"opacity": 0.25}},
            selector=0,
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
    )
