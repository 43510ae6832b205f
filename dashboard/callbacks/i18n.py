"""The language switch: every translatable text and option list follows it."""

from __future__ import annotations

from dash import ALL, Dash, Input, Output, State, ctx
from dash.exceptions import PreventUpdate

from dashboard.callbacks.values import known_year
from dashboard.context import AtlasContext
from dashboard.i18n.catalog import normalise_language, t
from dashboard.layout import ids
from dashboard.layout.controls import option_sets
from dashboard.layout.texts import I18N_TYPE
from dashboard.views.controls import indicator_options, region_options

# Every option list of the panels (one list, so a new control cannot be left untranslated).
TRANSLATED_OPTIONS = list(option_sets("en"))


def register(app: Dash, context: AtlasContext) -> None:
    """Attach the language callbacks to ``app``."""

    @app.callback(
        Output({"type": I18N_TYPE, "key": ALL}, "children"),
        Input(ids.LANGUAGE, "value"),
        # The page comes in its language and for its year (callbacks/page.py).
        prevent_initial_call=True,
    )
    def translate_texts(lang: str):
        lang = normalise_language(lang)
        return [t(output["id"]["key"], lang) for output in ctx.outputs_list]

    @app.callback(
        [Output(cid, "options") for cid in TRANSLATED_OPTIONS],
        Output(ids.INDICATOR, "options"),
        Output(ids.REGION, "placeholder"),
        Output(ids.COMPARE, "placeholder"),
        Input(ids.LANGUAGE, "value"),
        # The page comes in its language and for its year (callbacks/page.py).
        prevent_initial_call=True,
    )
    def translate_options(lang: str):
        lang = normalise_language(lang)
        sets = option_sets(lang)
        return [
            *(sets[cid] for cid in TRANSLATED_OPTIONS),
            indicator_options(lang, context.package()),
            t("control.region_placeholder", lang),
            t("control.compare_placeholder", lang),
        ]

    @app.callback(
        Output(ids.REGION, "options"),
        Input(ids.LANGUAGE, "value"),
        Input(ids.YEAR_REQUEST, "data"),  # the boundaries' years: see view_dependencies
        State(ids.YEAR, "value"),
        # The page comes in its language and for its year (callbacks/page.py).
        prevent_initial_call=True,
    )
    def translate_regions(lang: str, _requested: object, year: int):
        year = known_year(year, context.years())
        if year is None:
            raise PreventUpdate
        return region_options(normalise_language(lang), year)
