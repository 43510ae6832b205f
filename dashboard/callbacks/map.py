"""Map callbacks: thin wrappers that turn control values into a state and render its view.

The link in the address bar sets the controls once when the page opens; afterwards the
controls write the link back with ``history.replaceState`` (no reload, no callback loop).
"""

from __future__ import annotations

from dash import Dash, Input, Output, State, html

from dashboard.i18n.catalog import normalise_language, t
from dashboard.layout import ids
from dashboard.layout.shell import notices_block
from dashboard.state import ViewState, from_query, to_query
from dashboard.views import available_years, indicator_label, map_view


def year_options(indicator: str) -> list[dict]:
    """Years of ``indicator``, newest first."""
    return [
        {"label": str(y), "value": y} for y in sorted(available_years()[indicator], reverse=True)
    ]


def register(app: Dash, default: ViewState) -> None:
    """Attach the map callbacks to ``app``; ``default`` is the view of a bare link."""

    @app.callback(
        Output(ids.LANGUAGE, "value"),
        Output(ids.INDICATOR, "value"),
        Output(ids.YEAR, "options"),
        Output(ids.YEAR, "value"),
        Output(ids.NOTICES, "children"),
        Input(ids.URL, "search"),
    )
    def open_link(search: str | None):
        state, notices = from_query(search or "", available_years(), default)
        return (
            state.lang,
            state.indicator,
            year_options(state.indicator),
            state.year,
            notices_block(notices, state.lang),
        )

    @app.callback(
        Output(ids.YEAR, "options", allow_duplicate=True),
        Output(ids.YEAR, "value", allow_duplicate=True),
        Input(ids.INDICATOR, "value"),
        State(ids.YEAR, "value"),
        prevent_initial_call=True,
    )
    def years_for_indicator(indicator: str, year: int | None):
        years = available_years()[indicator]
        return year_options(indicator), year if year in years else max(years)

    @app.callback(
        Output(ids.MAP, "figure"),
        Output(ids.BOUNDARY_INFO, "children"),
        Output(ids.MAP_SOURCES, "children"),
        Output(ids.PERMALINK, "data"),
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

    app.clientside_callback(
        """function (query) {
            if (query && window.location.search !== query) {
                window.history.replaceState(null, "", query);
            }
            return window.dash_clientside.no_update;
        }""",
        Output(ids.PERMALINK, "id"),
        Input(ids.PERMALINK, "data"),
    )

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
