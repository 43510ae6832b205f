"""HTTP routes of the file twins: ``/export.csv?<the permalink's query>`` and so on.

The file is the twin of the open panel where that panel has its own (the scorecard: CSV,
XLSX, GeoJSON, PDF brief); otherwise, and for images, it is the map's.
"""

from __future__ import annotations

from flask import Flask, Response, abort, request

from dashboard.context import AtlasContext
from dashboard.exports import scorecard
from dashboard.exports.brief import FontsMissing, brief_pdf
from dashboard.exports.images import RendererUnavailable, to_png, to_svg
from dashboard.exports.tables import file_name, to_csv, to_geojson, to_xlsx
from dashboard.i18n.catalog import t
from dashboard.state import from_query
from dashboard.views.map import map_view
from dashboard.views.scorecard import scorecard_view

# Full Content-Type values, sent as they are: Flask adds "; charset=utf-8" to a text/*
# *mimetype*, so a mimetype that already names the charset would name it twice.
FORMATS = {
    "csv": (to_csv, "text/csv; charset=utf-8"),
    "xlsx": (to_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "geojson": (to_geojson, "application/geo+json; charset=utf-8"),
    "png": (to_png, "image/png"),
    "svg": (to_svg, "image/svg+xml"),
    "pdf": (brief_pdf, "application/pdf"),
}
# Panels with file twins of their own: panel -> (view builder, extension -> renderer, name).
PANEL_FORMATS = {
    "scorecard": (
        scorecard_view,
        {
            "csv": scorecard.to_csv,
            "xlsx": scorecard.to_xlsx,
            "geojson": scorecard.to_geojson,
            "pdf": scorecard.brief_pdf,
        },
        scorecard.file_name,
    ),
}


def register(server: Flask, context: AtlasContext) -> None:
    """Serve the current view as a file; a bad query falls back like a bad link."""

    @server.route("/export.<extension>")
    def export(extension: str) -> Response:
        if extension not in FORMATS:
            abort(404)
        render, content_type = FORMATS[extension]
        query = request.query_string.decode("utf-8", "replace")
        state, _ = from_query(query, context.years(), context.default, context.observed_years())
        build, renderers, name = PANEL_FORMATS.get(state.panel, (None, {}, file_name))
        try:
            if build is not None and extension in renderers:
                body = renderers[extension](build(state, context.package()), state)
            else:
                name = file_name
                body = render(map_view(state, context.package(), context.districts), state)
        except (RendererUnavailable, FontsMissing):
            # A server without Chromium or fonts still serves the table formats.
            message = t("export.renderer_missing", state.lang)
            return Response(message, status=503, content_type="text/plain; charset=utf-8")
        disposition = f'attachment; filename="{name(state, extension)}"'
        return Response(
            body, content_type=content_type, headers={"Content-Disposition": disposition}
        )
