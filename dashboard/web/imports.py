"""The import routes: the only way the web changes data, and only with the admin token.

``POST /imports`` (multipart: ``file`` plus the options) checks a file and, unless it is a
dry run, imports it; ``GET /imports`` lists the imports; ``DELETE /imports/<id>`` removes
one. Without ``ATLAS_ADMIN_TOKEN`` on the server, or with a wrong token, every one answers
403. The answers are JSON in the language of the ``lang`` field.
"""

from __future__ import annotations

from flask import Flask, Response, jsonify, request

from dashboard.context import AtlasContext
from dashboard.i18n.catalog import normalise_language, t
from dashboard.imports import ImportOptions
from dashboard.imports.sheets import MAX_SHEETS, sheet_choices
from dashboard.store.importing import list_imports, remove_import
from dashboard.store.lock import StoreBusy
from dashboard.store.workflow import form_row, import_file
from dashboard.web.admin import require_admin_token
from dashboard.web.security import IMPORT_MAX_BODY, allow_body

FLAGS = {"1", "true", "on", "yes"}


def _lang() -> str:
    return normalise_language(request.values.get("lang"))


def _text(name: str) -> str | None:
    value = (request.form.get(name) or "").strip()
    return value[:200] or None


def _busy(lang: str) -> tuple[Response, int]:
    return jsonify({"accepted": False, "message": t("upload.busy", lang)}), 503


def register(server: Flask, context: AtlasContext) -> None:
    """Attach the import routes to ``server``."""
    settings = context.settings
    admin = require_admin_token(settings)

    # The token (a header) is checked first: without it nothing of the body is read.
    @server.route("/imports", methods=["POST"])
    @admin
    @allow_body(IMPORT_MAX_BODY)
    def upload_import() -> tuple[Response, int]:
        lang = _lang()
        upload = request.files.get("file")
        if upload is None:
            return jsonify({"accepted": False, "message": t("upload.no_file", lang)}), 400
        try:  # sheets ("SHEET=INDICATOR"), new indicator and source rows (JSON)
            sheet, pairs = sheet_choices(request.form.getlist("sheet")[:MAX_SHEETS])
            indicator_row = form_row(request.form.get("indicator_row"), lang)
            source_row = form_row(request.form.get("source_row"), lang)
        except ValueError as error:
            return jsonify({"accepted": False, "message": str(error)}), 400
        options = ImportOptions(
            indicator=_text("indicator"),
            unit=_text("unit"),
            source_id=_text("source"),
            quality=_text("quality"),
            year=_text("year"),
            sheet=sheet,
            sheet_indicators=pairs,
            breakdown=_text("breakdown"),
        )
        flag = {name: request.form.get(name, "").lower() in FLAGS for name in (
            "accept_warnings", "replace", "dry_run"
        )}  # fmt: skip
        try:
            result = import_file(
                settings.instance_dir,
                upload.read(),
                upload.filename or "upload",
                options,
                lang=lang,
                indicator_row=indicator_row,
                source_row=source_row,
                user=f"web {request.remote_addr}",
                via="web",
                chosen={
                    "indicator": options.indicator,
                    "unit": options.unit,
                    "source": options.source_id,
                    "quality": options.quality,
                    "year": options.year,
                    "sheet": request.form.getlist("sheet")[:MAX_SHEETS],
                    "breakdown": options.breakdown,
                    **flag,
                    "lang": lang,
                },
                **flag,
            )
        except StoreBusy:
            return _busy(lang)
        except ValueError as error:
            return jsonify({"accepted": False, "message": str(error)}), 400
        return jsonify(result.to_json(lang)), 200 if result.accepted else 422

    @server.route("/imports", methods=["GET"])
    @admin
    def imports_list() -> Response:
        lang = _lang()
        return jsonify(
            [
                {**s.record.meta, "id": s.record.id, "status": s.status_text(lang)}
                for s in list_imports(settings.instance_dir)
            ]
        )

    @server.route("/imports/<import_id>", methods=["DELETE"])
    @admin
    def imports_remove(import_id: str) -> tuple[Response, int]:
        lang = _lang()
        try:
            outcome = remove_import(settings.instance_dir, import_id, user="web")
        except StoreBusy:
            return _busy(lang)
        return jsonify({**outcome.to_json(), "lines": outcome.lines(lang)}), (
            200 if outcome.accepted else 404
        )
