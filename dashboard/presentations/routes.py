"""HTTP routes of saved presentations: the JSON file and the multi-page PDF."""

from __future__ import annotations

from urllib.parse import quote

from flask import Flask, Response, abort

from dashboard.presentations.scenes import PresentationError, to_file
from dashboard.presentations.storage import PresentationStore
from dashboard.state import ViewState
from dashboard.views import available_years


def attachment(file_name: str) -> dict[str, str]:
    """A download header that keeps a Cyrillic file name (RFC 6266 ``filename*``)."""
    ascii_name = file_name.encode("ascii", "replace").decode().replace("?", "_")
    return {
        "Content-Disposition": f'attachment; filename="{ascii_name}"; '
        f"filename*=UTF-8''{quote(file_name)}"
    }


def register(server: Flask, default: ViewState, store: PresentationStore) -> None:
    """Serve ``/presentations/<name>.json`` from ``store``."""

    @server.route("/presentations/<name>.json")
    def presentation_file(name: str) -> Response:
        try:
            presentation = store.load(name, available_years(), default)
        except PresentationError:
            abort(404)
        return Response(
            to_file(presentation),
            mimetype="application/json",
            headers=attachment(f"{presentation.name}.json"),
        )
