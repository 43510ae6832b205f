"""Map callbacks: thin wrappers that turn control values into a state and render its view."""

from __future__ import annotations

from dash import Dash, Input, Output, html

from dashboard.i18n.catalog import normalise_language, t
from dashboard.layout import ids
from dashboard.state import ViewState, to_query
from dashboard.views import available_years, indicator_label, map_view


def register(app: Dash) -> None:
    """Attach the map callbacks to ``app``."""

    @app.callback(
        Output(ids.YEAR, "options"),
        Output(ids.YEAR, "value"),
        Input(ids.INDICATOR, "value"),
        Input(ids.YEAR, "value"),
    )
    def years_for_indicator(indicator: str, year: int | None) -> tuple[list[dict], int]:
        years = available_years()[indicator]
        keep = year if year in years else max(years)
        return [{"label": str(y), "value": y} for y in sorted(years, reverse=True)], keep

    @app.callback(
        Output(ids.MAP, "figure"),
        Output(ids.BOUNDARY_INFO, "children"),
        Output(ids.MAP_SOURCES, "children"),
        Output(ids.URL, "search"),
        Input(ids.LANGUAGE, "value"),
        Input(ids.INDICATOR, "value"),
        Input(ids.YEAR, "value"),
    )
    def render_map(lang: str, indicator: str, year: int):
        state = ViewState(lang=normalise_language(lang), indicator=indicator, year=int(year))
        view = map_view(state)
        info = [t("boundaries.info", state.lang, version=view.version, count=view.unit_count)]
        if view.version != "2022":
            info += [html.Br(), t("boundaries.approximate", state.lang)]
        sources = [html.Strong(t("sources.heading", state.lang) + ": "), "; ".join(view.sources)]
        return view.figure, info, sources, to_query(state)

    @app.callback(
        Output(ids.TITLE, "children"),
        Output(ids.SUBTITLE, "children"),
        Output(ids.LANGUAGE_LABEL, "children"),
        Output(ids.INDICATOR_LABEL, "children"),
        Output(ids.YEAR_LABEL, "children"),
        Output(ids.INDICATOR, "options"),
        Output(ids.FOOTER, "children"),
        Input(ids.LANGUAGE, "value"),
    )
    def translate_page(lang: str):
        lang = normalise_language(lang)
        options = [{"label": indicator_label(i, lang), "value": i} for i in available_years()]
        footer = [t("footer.boundaries", lang), " ", t("footer.basemap", lang)]
        return (
            t("app.title", lang),
            t("app.subtitle", lang),
            t("control.language", lang),
            t("control.indicator", lang),
            t("control.year", lang),
            options,
            footer,
        )
