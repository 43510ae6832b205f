"""HTTP routes of saved presentations: the JSON file and the multi-page PDF."""

from __future__ import annotations

from urllib.parse import quote

from flask import Flask, Response, abort, request

from dashboard.context import AtlasContext
from dashboard.exports.brief import FontsMissing, presentation_pdf
from dashboard.exports.images import RendererUnavailable
from dashboard.i18n.catalog import normalise_language, t
from dashboard.presentations.scenes import Presentation, PresentationError, to_file
from dashboard.state import from_query


def attachment(file_name: str) -> dict[str, str]:
    """A download header that keeps a Cyrillic file name (RFC 6266 ``filename*``)."""
    ascii_name = file_name.encode("ascii", "replace").decode().replace("?", "_")
    return {
        "Content-Disposition": f'attachment; filename="{ascii_name}"; '
        f"filename*=UTF-8''{quote(file_name)}"
    }


def register(server: Flask, context: AtlasContext) -> None:
    """Serve ``/presentations/<name>.json`` and ``/presentations/<name>.pdf?lang=…``."""
    default, store = context.default, context.presentations

    def saved(name: str) -> Presentation:
        try:
            return store.load(name, context.years(), default)
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
            (from_query(s.query, context.years(), default)[0], s.title, s.note)
            for s in presentation.scenes
        ]
        try:
            body = presentation_pdf(scenes, lang, context.package(), districts=context.districts)
        except (RendererUnavailable, FontsMissing):
            message = t("export.renderer_missing", lang)
            return Response(message, status=503, mimetype="text/plain; charset=utf-8")
        return Response(
            body, mimetype="application/pdf", headers=attachment(f"{presentation.name}.pdf")
        )
