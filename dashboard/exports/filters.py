"""The filters of a view in words, so every file says exactly what the view is.

A map of net migration with flows of North Kazakhstan, incoming, net, top 10, is not the
map of all flows: the files of that view say so in their title (CSV, XLSX, GeoJSON, PNG,
SVG, the PDF brief), and list every filter that applies in their notes (the About sheet,
the CSV's first lines, the GeoJSON's metadata, the PDF under its title).

Which filter applies to which kind of flows mirrors the selection in
:func:`dashboard.views.flow_layer.flow_layer`: a region and a direction select every kind
but the international one; net/gross and the minimum volume only flows with volumes of
persons (model, observed); top-N every kind with volumes or shares (not the Programme's
directions); the distance decay the model (and the fit stated beside observed flows).
Pure: no Dash.
"""

from __future__ import annotations

from dataclasses import dataclass

from dashboard.datasets.flow_tables import MODEL_VERSION
from dashboard.geo.boundaries import BOUNDARY_VERSIONS, region_ids, version_for_year
from dashboard.geo.gazetteer import parent_in, region_name
from dashboard.i18n.catalog import t
from dashboard.i18n.formats import format_number
from dashboard.state import ViewState
from dashboard.views.map import MapView


@dataclass(frozen=True)
class FlowFilters:
    """Which of the state's flow filters shaped the flows drawn."""

    region: bool = False  # the chosen region (and the direction) select the flows
    mode: bool = False  # net or gross
    minimum: bool = False  # the minimum volume
    top: bool = False  # the N largest
    decay: bool = False  # the model's distance decay
    origins: bool = False  # which published international figures


def flow_filters(state: ViewState) -> FlowFilters:
    """The filters that apply to the flows of ``state`` (none when no flow is drawn).

    >>> flow_filters(ViewState(layers=("flows",), flow_kind="schematic", region="59"))
    FlowFilters(region=True, mode=False, minimum=False, top=False, decay=False, origins=False)
    """
    if "flows" not in state.layers:
        return FlowFilters()
    kind = state.flow_kind
    persons = kind in {"model", "observed"}
    return FlowFilters(
        region=bool(state.region) and kind != "international",
        mode=persons,
        minimum=persons,
        top=kind != "schematic",
        decay=persons,
        origins=kind == "international",
    )


def flow_version(view: MapView, state: ViewState) -> str:
    """The boundary version of the flows' region ids: the model runs on the 20 units of
    2022, an observed table on the units of its year, the other kinds on the map's."""
    if state.flow_kind == "model":
        return MODEL_VERSION
    if state.flow_kind == "observed":
        return version_for_year(state.year)
    return view.version


def region_label(region: str, version: str, lang: str) -> str:
    """The official name of ``region``; on boundaries where it is not a unit of its own
    (Abai on the map of 1997), the unit that contains it too.

    >>> region_label("59", "2022", "en")
    'North Kazakhstan Region'
    >>> region_label("10", "1997", "en")
    'Abai Region (on the boundaries of 1997: part of East Kazakhstan Region)'
    """
    if region in region_ids(version):
        return region_name(region, lang, version)
    newest = next(v for v in reversed(BOUNDARY_VERSIONS) if region in region_ids(v))
    unit = region_name(parent_in(region, version), lang, version)
    own = region_name(region, lang, newest)
    return t("export.filter.within", lang, region=own, unit=unit, version=version)


def _decay(state: ViewState) -> str:
    return format_number(state.decay, state.lang, 1)


def filter_rows(view: MapView, state: ViewState) -> list[tuple[str, str]]:
    """(label, text) of every filter of the view that is not already in the title's
    indicator and year: the chosen region, the layers, the flows' filters, the classes."""
    lang = state.lang
    rows: list[tuple[str, str]] = []
    if state.region:
        region = region_label(state.region, view.version, lang)
        rows.append((t("export.filter.region", lang), region))
    layers = ", ".join(t(f"layer.{layer}", lang) for layer in state.layers) or "—"
    rows.append((t("control.layers", lang), layers))
    applies = flow_filters(state)
    if "flows" in state.layers:
        rows.append((t("control.flow_kind", lang), t(f"control.flow_kind.{state.flow_kind}", lang)))
    if applies.origins:
        rows.append((t("control.origins", lang), t(f"control.origins.{state.origins}", lang)))
    if applies.region:
        rows.append((t("control.direction", lang), t(f"control.direction.{state.direction}", lang)))
    if applies.mode:
        rows.append((t("control.flow_mode", lang), t(f"control.flow_mode.{state.flow_mode}", lang)))
    if applies.top:
        rows.append((t("control.top_n", lang), format_number(state.top_n, lang)))
    if applies.minimum:
        rows.append((t("control.min_persons", lang), format_number(state.min_persons, lang)))
    if applies.decay:
        rows.append((t("control.decay", lang), _decay(state)))
    if state.compare_year is not None:
        classes = "change"
    else:
        classes = "year" if "year_classes" in state.map_options else "all"
    rows.append((t("export.filter.classes", lang), t(f"export.filter.classes.{classes}", lang)))
    return rows


def filter_summary(view: MapView, state: ViewState) -> str:
    """The filters in one line for a title ("" when the view has none): the region and
    direction of the flows (or the region chosen), net/gross, top-N, minimum, decay.

    >>> from dashboard.datasets.package import load_package
    >>> from dashboard.views.map import map_view
    >>> state = ViewState(lang="en", year=2023, layers=("flows",), flow_kind="model",
    ...                   region="59", direction="in", top_n=10, flow_mode="net")
    >>> filter_summary(map_view(state, load_package()), state)
    'North Kazakhstan Region: incoming flows; net; top 10; distance decay β\xa0=\xa01.0'
    """
    lang = state.lang
    applies = flow_filters(state)
    parts: list[str] = []
    if applies.origins:
        parts.append(t(f"control.origins.{state.origins}", lang))
    if applies.region:
        region = region_label(str(state.region), flow_version(view, state), lang)
        parts.append(t(f"export.filter.direction.{state.direction}", lang, region=region))
    elif state.region:
        region = region_label(state.region, view.version, lang)
        parts.append(t("export.filter.chosen", lang, region=region))
    if applies.mode:
        parts.append(t(f"export.filter.mode.{state.flow_mode}", lang))
    if applies.top:
        parts.append(t("export.filter.top", lang, n=format_number(state.top_n, lang)))
    if applies.minimum and state.min_persons:
        parts.append(t("export.filter.min", lang, n=format_number(state.min_persons, lang)))
    if applies.decay and state.flow_kind == "model":
        parts.append(t("export.filter.decay", lang, decay=_decay(state)))
    return "; ".join(parts)


def export_title(view: MapView, state: ViewState) -> str:
    """The map's title followed by the view's filters: the title of every file."""
    title = str(view.figure.layout.title.text)
    summary = filter_summary(view, state)
    if not summary:
        return title
    return t("export.title_filtered", state.lang, title=title, filters=summary)
