"""create_app(settings) -> Dash: the atlas, served entirely from its own host."""

from __future__ import annotations

import dash_bootstrap_components as dbc  # noqa: F401  (registers the component suite)
from dash import Dash, dcc

from dashboard import ASSETS_DIR
from dashboard.callbacks import controls as control_callbacks
from dashboard.callbacks import i18n as i18n_callbacks
from dashboard.callbacks import map as map_callbacks
from dashboard.callbacks import panels as panel_callbacks
from dashboard.callbacks import presentation as presentation_callbacks
from dashboard.callbacks import profile as profile_callbacks
from dashboard.callbacks import programme as programme_callbacks
from dashboard.callbacks import time as time_callbacks
from dashboard.callbacks import upload as upload_callbacks
from dashboard.callbacks.page import page_key, page_layout
from dashboard.context import AtlasContext
from dashboard.datasets.profiles import warm_up
from dashboard.geo.districts import load_district_layer
from dashboard.presentations.storage import PresentationStore
from dashboard.settings import Settings
from dashboard.state import ViewState
from dashboard.store.provider import data_version, open_store, package_provider, store_readable
from dashboard.store.reader import reader_for
from dashboard.web import exports as export_routes
from dashboard.web import imports as store_routes
from dashboard.web import install as install_serving
from dashboard.web import presentations as presentation_routes
from dashboard.web.health import data_loaded
from dashboard.web.preload import install_preloads


def use_atlas_plotly_bundle() -> None:
    """Let dcc.Graph use the atlas's plotly.js bundle from ``assets/`` instead of the full one.

    The atlas draws only scatter, bar (the trends panel), scattergeo and choropleth traces;
    ``assets/plotly-atlas.min.js`` is plotly.js built with just those (1.3 MB instead of
    4.8 MB to download and parse on every first load; ``assets/build-plotly-bundle.sh``
    rebuilds it). A trace type missing from it would not fail: plotly.js would quietly draw
    it as a scatter, so tests/test_app.py checks every type the figures use. dcc.Graph takes
    ``window.Plotly`` when it is there, so dropping Dash's copy is all it needs.
    """
    full = "package_data/plotly.min.js"
    dcc._js_dist[:] = [r for r in dcc._js_dist if r.get("relative_package_path") != full]


def create_app(settings: Settings | None = None) -> Dash:
    """Build the Dash app. Validates the data package first, so bad data fails at start-up."""
    settings = settings or Settings()
    # The data comes from the store (committed package + accepted imports), rebuilt here
    # when missing or stale; callbacks and routes get its current generation from the
    # context's provider and pass it on.
    package = open_store(settings.instance_dir)
    if settings.districts:
        load_district_layer(settings.districts)  # a bad district file fails here, clearly
    warm_up(package)  # the first profile click is then as fast as the others

    app = Dash(
        __name__,
        title="Migration Atlas of Kazakhstan",
        assets_folder=str(ASSETS_DIR),
        # Bootstrap is vendored in assets/ (dbc.themes.* are CDN links), nothing external.
        external_stylesheets=[],
        serve_locally=True,
        compress=True,
        # Panels are rendered on demand, so some callback targets are not in the first layout.
        suppress_callback_exceptions=True,
    )
    use_atlas_plotly_bundle()
    install_preloads(app)  # the graph's code and the base map come with the page's scripts
    context = AtlasContext(
        settings=settings,
        default=ViewState(lang=settings.default_language),
        package=package_provider(reader_for(settings.instance_dir)),
        presentations=PresentationStore(settings.instance_dir / "presentations"),
    )
    # Made per page load, for the link opened: the map comes with the page.
    app.layout = page_layout(context)
    for feature in (
        map_callbacks,
        control_callbacks,
        i18n_callbacks,
        profile_callbacks,
        time_callbacks,
        panel_callbacks,
        programme_callbacks,
        presentation_callbacks,
    ):
        feature.register(app, context)
    if settings.admin_token:
        upload_callbacks.register(app, context)
    for routes in (export_routes, presentation_routes, store_routes):
        routes.register(app.server, context)
    # Last, once every route and callback exists: security headers, limits, error pages,
    # callback checks, the shared cache and /health (dashboard/web).
    install_serving(
        app,
        settings,
        data_version=data_version(settings.instance_dir),  # cache keys follow imports
        page_key=page_key(context),
        checks={
            "data": data_loaded(context.package),
            "store": store_readable(settings.instance_dir),
        },
    )
    return app
