"""HTTP routes of the file twins: ``/export.csv?<the permalink's query>`` and so on."""

from __future__ import annotations

from flask import Flask, Response, abort, request

from dashboard.exports.tables import file_name, to_csv, to_geojson, to_xlsx
from dashboard.state import ViewState, from_query
from dashboard.views import available_years, map_view

FORMATS = {
    "csv": (to_csv, "text/csv; charset=utf-8"),
    "xlsx": (to_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "geojson": (to_geojson, "application/geo+json; charset=utf-8"),
}


def register(server: Flask, default: ViewState, districts: str | None = None) -> None:
    """Serve the current view as a file; a bad query falls back like a bad link."""

    @server.route("/export.<extension>")
    def export(extension: str) -> Response:
        if extension not in FORMATS:
            abort(404)
        render, mimetype = FORMATS[extension]
        state, _ = from_query(
            request.query_string.decode("utf-8", "replace"), available_years(), default
        )
        body = render(map_view(state, districts=districts), state)
        disposition = f'attachment; filename="{file_name(state, extension)}"'
        return Response(body, mimetype=mimetype, headers={"Content-Disposition": disposition})
