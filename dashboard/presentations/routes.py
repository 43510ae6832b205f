"""HTTP routes of saved presentations: the JSON file and the multi-page PDF."""

from __future__ import annotations

from urllib.parse import quote

from flask import Flask, Response, abort, request

from dashboard.exports.brief import FontsMissing, presentation_pdf
from dashboard.exports.images import RendererUnavailable
from dashboard.i18n.catalog import normalise_language, t
from dashboard.presentations.scenes import Presentation, PresentationError, to_file
from dashboard.presentations.storage import PresentationStore
from dashboard.state import ViewState, from_query
from dashboard.views import available_years


def attachment(file_name: str) -> dict[str, str]:
    """A download header that keeps a Cyrillic file name (RFC 6266 ``filename*``)."""
    ascii_name = file_name.encode("ascii", "replace").decode().replace("?", "_")
    return {
        "Content-Disposition": f'attachment; filename="{ascii_name}"; '
        f"filename*=UTF-8''{quote(file_name)}"
    }


def register(
    server: Flask, default: ViewState, store: PresentationStore, districts: str | None = None
) -> None:
    """Serve ``/presentations/<name>.json`` and ``/presentations/<name>.pdf?lang=…``."""

    def saved(name: str) -> Presentation:
        try:
            return store.load(name, available_years(), default)
        except PresentationError:
            abort(404)

    @server.route("/presentations/<name>.json")
    def presentation_file(name: str) -> Response:
        presentation = saved(name)
        return Response(
            to_file(presentation),
            mimetype="application/json",
            headers=attachment(f"{presentation.name}.json"),
        )

    @server.route("/presentations/<name>.pdf")
    def presentation_document(name: str) -> Response:
        presentation = saved(name)
        lang = normalise_language(request.args.get("lang"), default.lang)
        if not presentation.scenes:
            return Response(t("present.empty", lang), status=404, mimetype="text/plain")
        scenes = [
            (from_query(s.query, available_years(), default)[0], s.title, s.note)
            for s in presentation.scenes
        ]
        try:
            body = presentation_pdf(scenes, lang, districts=districts)
        except (RendererUnavailable, FontsMissing):
            message = t("export.renderer_missing", lang)
            return Response(message, status=503, mimetype="text/plain; charset=utf-8")
        return Response(
            body, mimetype="application/pdf", headers=attachment(f"{presentation.name}.pdf")
        )
