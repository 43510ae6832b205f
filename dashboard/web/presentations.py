"""HTTP routes of saved presentations: the JSON file and the multi-page PDF.

The PDF is made by ``presentations.pdf``, a bounded step per request: the first request
renders what fits in its time budget and, if that was not all, answers ``202`` with a small
page in the reader's language that shows how far it got and asks again by itself (a meta
refresh: no script, so the Content-Security-Policy stays as it is). Each poll goes on where
the last one stopped; the poll that finishes answers "ready" and sends the browser once
more to the PDF's own address, which is then a cached file. A short presentation is done in
the first request and downloads at once, as before. Clients other than browsers see
``202`` and ``Retry-After`` until the PDF is there.
"""

from __future__ import annotations

import html
from urllib.parse import quote

from flask import Flask, Response, abort, request

from dashboard.context import AtlasContext
from dashboard.exports.brief import FontsMissing
from dashboard.exports.images import RendererUnavailable
from dashboard.i18n.catalog import normalise_language, t
from dashboard.presentations.pdf import PdfCache, PdfScene, Progress, advance
from dashboard.presentations.scenes import Presentation, PresentationError, scene_state, to_file
from dashboard.store.provider import data_version
from dashboard.web.cache import CACHE_HEADER, build_fingerprint

#: Seconds between two polls of the progress page.
POLL_SECONDS = 2
#: The instance subfolder of cached scene maps and PDFs (not the response cache's folder,
#: whose backend prunes files it did not write).
PDF_FOLDER = "presentation-pdf"


def attachment(file_name: str) -> dict[str, str]:
    """A download header that keeps a Cyrillic file name (RFC 6266 ``filename*``)."""
    ascii_name = file_name.encode("ascii", "replace").decode().replace("?", "_")
    return {
        "Content-Disposition": f'attachment; filename="{ascii_name}"; '
        f"filename*=UTF-8''{quote(file_name)}"
    }


def progress_page(name: str, lang: str, progress: Progress, poll: str | None) -> str:
    """The page shown while the PDF of ``name`` is made (``poll``: where it asks again) or
    once it is ready (``poll`` None: it goes to the PDF once, and offers a link)."""
    pdf_url = f"{quote(name, safe='')}.pdf?lang={lang}"
    if poll is None:
        refresh, heading = f"0;url={pdf_url}", t("present.pdf.ready", lang, name=name)
        lines = [f'<p><a href="{html.escape(pdf_url)}">{t("present.pdf.download", lang)}</a></p>']
    else:
        refresh, heading = f"{POLL_SECONDS};url={poll}", t("present.pdf.heading", lang, name=name)
        counted = t("present.pdf.progress", lang, ready=progress.ready, total=progress.total)
        lines = [
            f"<p>{html.escape(counted)}</p>",
            f'<progress class="w-100" max="{progress.total}" value="{progress.ready}">'
            f"{progress.ready} / {progress.total}</progress>",
            *(
                [f"<p>{html.escape(t('present.pdf.waiting', lang))}</p>"]
                if progress.waiting
                else []
            ),
            f'<p class="small text-muted">{html.escape(t("present.pdf.explain", lang))}</p>',
        ]
    return "\n".join(
        [
            "<!doctype html>",
            f'<html lang="{lang}"><head><meta charset="utf-8">',
            f'<meta http-equiv="refresh" content="{html.escape(refresh)}">',
            f"<title>{html.escape(heading)}</title>",
            '<link rel="stylesheet" href="../assets/bootstrap.min.css"></head>',
            '<body class="container py-4">',
            f'<h1 class="h4" id="pdf-status">{html.escape(heading)}</h1>',
            *lines,
            "</body></html>",
        ]
    )


def register(server: Flask, context: AtlasContext) -> None:
    """Serve ``/presentations/<name>.json`` and ``/presentations/<name>.pdf?lang=…``."""
    default, store = context.default, context.presentations
    pdf_cache = PdfCache(context.settings.instance_dir / PDF_FOLDER)
    current_data = data_version(context.settings.instance_dir)

    def version() -> str:
        # Everything besides the scenes that decides a page: code, district layer, data.
        return f"{build_fingerprint()}|{context.districts or ''}|{current_data()}"

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
        years = context.years()
        scenes = [
            PdfScene(scene_state(s, lang, years, default), s.title, s.note)
            for s in presentation.scenes
        ]
        try:
            progress = advance(
                scenes,
                lang,
                context.package(),
                cache=pdf_cache,
                version=version(),
                districts=context.districts,
            )
        except (RendererUnavailable, FontsMissing):
            message = t("export.renderer_missing", lang)
            return Response(message, status=503, mimetype="text/plain; charset=utf-8")
        polled = request.args.get("progress") == "1"
        if progress.pdf is None or polled:
            own = quote(presentation.name, safe="")
            poll = None if progress.pdf is not None else f"{own}.pdf?lang={lang}&progress=1"
            page = progress_page(presentation.name, lang, progress, poll)
            response = Response(page, status=200 if poll is None else 202, mimetype="text/html")
            response.headers["Cache-Control"] = "no-store"
            if poll is not None:
                response.headers["Retry-After"] = str(POLL_SECONDS)
            return response
        response = Response(
            progress.pdf,
            mimetype="application/pdf",
            headers=attachment(f"{presentation.name}.pdf"),
        )
        response.headers[CACHE_HEADER] = "hit" if progress.cached else "miss"
        return response
