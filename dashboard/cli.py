"""The command line: ``python -m dashboard [COMMAND]``.

::

    python -m dashboard [--host H] [--port P] [--debug]     # the development server
    python -m dashboard serve [--prod] [--workers N] [--no-cache] [--host H] [--port P]
    python -m dashboard import FILE [--indicator ID --unit U --source S --quality Q]
                                    [--sheet NAME|NUMBER] [--sheet SHEET[:HEADING]=ID ...]
                                    [--breakdown urban|rural|VALUE]
                                    [--indicator-row CSV] [--source-row CSV]
                                    [--replace] [--accept-warnings] [--dry-run]
    python -m dashboard imports [--json]
    python -m dashboard remove-import ID

Without a command, and with ``serve``, the app is built in this process first, so a bad
data package or district file stops with a one-line message (exit code 2) before anything
listens. With ``--prod`` gunicorn then forks the workers from this process
(``preload_app``): the data is loaded once.

The import commands print the importer's findings, then the store's verdict, in the
language of ``--lang`` (default ``ATLAS_LANG``, else Kazakh), from the one message
catalogue (``dashboard.i18n``; importing it loads neither Dash nor the interface). Exit
codes: 0 imported (or valid, on a dry run; listed; removed), 2 refused (the file, the
import or the removal), 1 the command could not run (another import holds the lock, the
store is unreadable). The import itself is the store's (``dashboard.store.workflow``).

``--indicator-row`` and ``--source-row`` name a CSV file with the header of
``data/indicators.csv`` or ``data/sources.csv`` and one row: the catalogue entry of a new
indicator and the citation of a new source. Copy a line of the committed file and edit it.
"""

from __future__ import annotations

import argparse
import functools
import io
import json
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from dashboard.datasets.package import QUALITY_FLAGS
from dashboard.i18n.catalog import t
from dashboard.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES
from dashboard.settings import Settings
from dashboard.store.lock import StoreBusy

EXIT_OK, EXIT_FAILED, EXIT_REFUSED = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]

#: The columns of ``imports``, as message keys ``store.list.<column>``.
LIST_COLUMNS = ("id", "when", "who", "table", "rows", "what", "file", "status")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line; unset options fall back to the environment."""
    parser = argparse.ArgumentParser(
        prog="python -m dashboard",
        description="Serve the Migration Atlas of Kazakhstan on its embedded data.",
    )
    _add_address_arguments(parser)
    parser.add_argument(
        "--debug", action="store_true", help="Dash debug mode (reloader, dev tools)"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_import_commands(subparsers)
    add_serve_command(subparsers)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the command (the development server without one); the process's exit code."""
    args = parse_args(argv)
    if getattr(args, "handler", None) is not None:
        return args.handler(args)
    return serve(args)


# ---------------------------------------------------------------------------------------------
# serve


def _add_address_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", help="interface to listen on (env HOST, default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port to listen on (env PORT, default 8050)")


def add_serve_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options of ``serve`` (the bare ``python -m dashboard`` has host, port, debug)."""
    _add_address_arguments(parser)
    parser.add_argument(
        "--debug", action="store_true", help="Dash debug mode (reloader, dev tools), not --prod"
    )
    parser.add_argument(
        "--prod",
        action="store_true",
        help="production: gunicorn with several workers, shared cache, no debug",
    )
    parser.add_argument(
        "--workers", type=int, help="worker processes with --prod (env ATLAS_WORKERS, default 4)"
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="do not cache map answers (to measure what the cache is worth)",
    )
    return parser


def settings_for(args: argparse.Namespace, environ: dict[str, str] | None = None) -> Settings:
    """Settings from the environment with the command line's overrides (ValueError if bad)."""
    settings = Settings.from_env(environ)
    overrides: dict = {
        k: v
        for k, v in {
            "host": args.host,
            "port": args.port,
            # the bare command (no ``serve``) has no --workers
            "workers": getattr(args, "workers", None),
        }.items()
        if v is not None
    }
    if overrides.get("workers") is not None and not 0 < overrides["workers"] <= 64:
        raise ValueError(f"--workers must be a number from 1 to 64, got {overrides['workers']}")
    if overrides.get("port") is not None and not 0 < overrides["port"] <= 65535:
        raise ValueError(f"--port must be a number from 1 to 65535, got {overrides['port']}")
    if getattr(args, "prod", False):
        if args.debug or settings.debug:
            raise ValueError("--prod never runs in debug mode: unset ATLAS_DEBUG, drop --debug")
    elif args.debug:
        overrides["debug"] = True
    return replace(settings, **overrides)


def serve(args: argparse.Namespace) -> int:
    """Build the app and serve it until interrupted; 2 on bad settings or data.

    ``serve`` and the bare ``python -m dashboard`` (the development server) both start here.
    """
    try:
        settings = settings_for(args)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2

    from dashboard.app import create_app  # imported late so --help stays instant
    from dashboard.datasets.package import DataValidationError
    from dashboard.geo.districts import DistrictLayerError

    try:
        app = create_app(settings)
    except (DataValidationError, DistrictLayerError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if getattr(args, "no_cache", False):
        from dashboard.web import response_cache

        response_cache(app.server).active = False
    url = f"http://{settings.host}:{settings.port}/"
    if not getattr(args, "prod", False):
        print(f"Migration Atlas of Kazakhstan: {url}", flush=True)
        app.run(host=settings.host, port=settings.port, debug=settings.debug)
        return 0

    from dashboard.web.gunicorn_app import serve_production

    print(f"Migration Atlas of Kazakhstan ({settings.workers} workers): {url}", flush=True)
    return serve_production(settings, lambda: app.server)


def add_serve_command(subparsers: argparse._SubParsersAction) -> None:
    """Register ``serve`` on ``subparsers``."""
    parser = subparsers.add_parser(
        "serve",
        help="serve the atlas: development server, or --prod for gunicorn",
        description="Serve the atlas. Without --prod: Flask's development server (as the bare "
        "`python -m dashboard`). With --prod: gunicorn, several worker processes, the data "
        "loaded once before they fork, the cache shared between them, /health for probes.",
    )
    add_serve_arguments(parser)
    parser.set_defaults(handler=serve)


# ---------------------------------------------------------------------------------------------
# import, imports, remove-import


def _language(args: argparse.Namespace) -> str:
    lang = args.lang or os.environ.get("ATLAS_LANG") or DEFAULT_LANGUAGE
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


class CommandError(RuntimeError):
    """The command cannot run (a bad setting): exit code 1 with the message."""


def _instance_dir(args: argparse.Namespace) -> Path:
    if args.instance:
        return Path(args.instance).resolve()
    try:
        return Settings.from_env().instance_dir
    except ValueError as error:
        raise CommandError(str(error)) from None


def _guard(handler: Handler) -> Handler:
    """Exit code 1 and a one-line message for what stops a command from running at all."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except (CommandError, StoreBusy) as error:
            print(f"error: {error}", file=sys.stderr)
            return EXIT_FAILED

    return run


def add_import_commands(subparsers: argparse._SubParsersAction) -> None:
    """Register ``import``, ``imports`` and ``remove-import`` on ``subparsers``.

    Each parser sets ``handler``: the caller runs ``args.handler(args)`` and exits with
    its return value.
    """
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--lang", choices=LANGUAGES, help="language of the report (env ATLAS_LANG, default kk)"
    )
    common.add_argument(
        "--instance", help="instance folder (env ATLAS_INSTANCE, default <repo>/instance)"
    )

    run = subparsers.add_parser(
        "import",
        parents=[common],
        help="check a CSV/XLSX/XLS table or Taldau export and add it to the atlas",
        description="Check a statistical table (CSV, XLSX or XLS as BNS publishes them, or a "
        "Taldau export; long, wide or matrix form) and, if it passes, add it to the atlas. "
        "The report goes to stdout. Exit code 0: imported, valid (--dry-run) or nothing new "
        "(every value is in the atlas already); 2: refused, nothing stored.",
    )
    run.add_argument("file", help="the CSV, XLSX or XLS file")
    run.add_argument("--indicator", help="indicator id, when the file does not name it")
    run.add_argument("--unit", help="unit code of the values (e.g. persons)")
    run.add_argument(
        "--source", help="source id from data/sources.csv (required if the file has none)"
    )
    run.add_argument(
        "--quality",
        choices=QUALITY_FLAGS,
        help="quality flag of the values",
    )
    run.add_argument("--year", type=int, help="year of the values, when the file does not say")
    run.add_argument(
        "--kind",
        choices=("auto", "regional", "od"),
        default="auto",
        help="regional values or origin-destination flows (default: decided from the table)",
    )
    run.add_argument(
        "--sheet",
        action="append",
        default=[],
        metavar="SHEET[:HEADING][=INDICATOR]",
        help="workbook sheet by name or number (1 = the first); repeat it as SHEET=INDICATOR "
        "to import several sheets, each to its own indicator, in one import; :HEADING picks "
        "one of the tables a sheet stacks under headings (name or number)",
    )
    run.add_argument(
        "--breakdown",
        help="Taldau export: take the rows of this breakdown (urban, rural, or a value as "
        "written) instead of the totals, as an indicator of their own",
    )
    run.add_argument(
        "--boundary-version",
        choices=("1997", "2018", "2022"),
        help="boundary version the regions are on (default: decided per year)",
    )
    run.add_argument(
        "--matrix-rows",
        choices=("origin", "destination"),
        default="origin",
        help="whether the rows of an OD matrix are origins or destinations",
    )
    run.add_argument("--note", default="", help="text for the note column of every row")
    run.add_argument(
        "--indicator-row", help="CSV with the header of indicators.csv: a new indicator's entry"
    )
    run.add_argument(
        "--source-row", help="CSV with the header of sources.csv: a new source's citation"
    )
    run.add_argument(
        "--replace",
        action="store_true",
        help="let the import take the place of values already there for the same indicator "
        "and year (committed values are otherwise never replaced; data/ is not changed)",
    )
    run.add_argument(
        "--accept-warnings",
        action="store_true",
        help="import although the importer has warnings (errors always refuse)",
    )
    run.add_argument("--dry-run", action="store_true", help="check only, store nothing")
    run.add_argument("--json", action="store_true", help="print the report as JSON")
    run.set_defaults(handler=_guard(run_import))

    listing = subparsers.add_parser(
        "imports", parents=[common], help="list the imports", description="List the imports."
    )
    listing.add_argument("--json", action="store_true", help="print the list as JSON")
    listing.set_defaults(handler=_guard(run_list))

    remove = subparsers.add_parser(
        "remove-import",
        parents=[common],
        help="remove an import",
        description="Remove an import: its values leave the atlas, committed values return.",
    )
    remove.add_argument("id", help="import id, as listed by 'imports'")
    remove.set_defaults(handler=_guard(run_remove))


# ---------------------------------------------------------------------------------------------
# import


def _one_row_csv(path: str) -> dict[str, Any]:
    """The single row of a small CSV file (a catalogue or source row), as strings."""
    import pandas as pd

    content = Path(path).read_text(encoding="utf-8-sig")
    frame = pd.read_csv(io.StringIO(content), dtype=str, keep_default_na=False)
    if len(frame) != 1:
        raise ValueError(f"{path}: expected a header and exactly one row, found {len(frame)}")
    return frame.iloc[0].to_dict()


def _print(lines: list[str]) -> None:
    sys.stdout.write("\n".join(lines) + "\n")
    sys.stdout.flush()


def run_import(args: argparse.Namespace) -> int:
    """``import FILE``: the importer's report, then the store's verdict.

    0: imported (valid, with --dry-run); 2: refused, nothing stored; 1: could not run.
    """
    import pandas as pd

    from dashboard.imports import ImportOptions
    from dashboard.imports.sheets import sheet_choices
    from dashboard.store.workflow import import_file

    lang = _language(args)
    path = Path(args.file)
    try:
        indicator_row = _one_row_csv(args.indicator_row) if args.indicator_row else None
        source_row = _one_row_csv(args.source_row) if args.source_row else None
        sheet, pairs = sheet_choices(args.sheet)
    except (OSError, ValueError, pd.errors.ParserError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_REFUSED
    options = ImportOptions(
        kind=args.kind,
        indicator=args.indicator,
        unit=args.unit,
        source_id=args.source,
        quality=args.quality,
        year=args.year,
        boundary_version=args.boundary_version,
        sheet=sheet,  # "SHEET:HEADING" picks one of the tables a sheet stacks
        sheet_indicators=pairs,
        breakdown=args.breakdown,
        matrix_rows=args.matrix_rows,
        note=args.note,
    )
    chosen = {
        "indicator": args.indicator, "unit": args.unit, "source": args.source,
        "quality": args.quality, "year": args.year, "kind": args.kind,
        "sheet": args.sheet, "breakdown": args.breakdown,
        "boundary_version": args.boundary_version,
        "matrix_rows": args.matrix_rows, "note": args.note,
        "replace": args.replace, "accept_warnings": args.accept_warnings, "lang": lang,
    }  # fmt: skip
    try:
        result = import_file(
            _instance_dir(args),
            path,
            path.name,
            options,
            lang=lang,
            indicator_row=indicator_row,
            source_row=source_row,
            accept_warnings=args.accept_warnings,
            replace=args.replace,
            dry_run=args.dry_run,
            chosen=chosen,
        )
    except ValueError as error:  # the file changed while it was being checked
        print(f"error: {error}", file=sys.stderr)
        return EXIT_REFUSED
    if args.json:
        body = {
            "importer": result.report or None,
            "store": result.outcome.to_json() if result.outcome else None,
            "nothing_new": result.nothing_new,
            "unchanged": result.unchanged,
        }
        _print([json.dumps(body, ensure_ascii=False, indent=2, default=str)])
    else:
        _print(result.lines(lang))
    return EXIT_OK if result.accepted else EXIT_REFUSED


def run_list(args: argparse.Namespace) -> int:
    """``imports``: one line per import, oldest first, with its status."""
    from dashboard.store.importing import list_imports

    lang = _language(args)
    statuses = list_imports(_instance_dir(args))
    if args.json:
        _print(
            [
                json.dumps(
                    [
                        {**s.record.meta, "status": s.status, "status_text": s.status_text(lang)}
                        for s in statuses
                    ],
                    ensure_ascii=False,
                    indent=2,
                    default=str,
                )
            ]
        )
        return EXIT_OK
    if not statuses:
        _print([t("store.list.none", lang)])
        return EXIT_OK
    rows = [tuple(t(f"store.list.{column}", lang) for column in LIST_COLUMNS)]
    for s in statuses:
        meta = s.record.meta
        rows.append(
            (
                s.record.id,
                str(meta.get("created_at", "")).replace("T", " ").replace("+00:00", ""),
                str(meta.get("user", "")),
                s.record.table,
                str(meta.get("rows", "")),
                "; ".join(meta.get("slices", [])),
                str(meta.get("original_name", "")),
                s.status_text(lang),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    _print(
        [
            "  ".join([*(c.ljust(w) for c, w in zip(r, widths, strict=False)), r[-1]]).rstrip()
            for r in rows
        ]
    )
    return EXIT_OK


def run_remove(args: argparse.Namespace) -> int:
    """``remove-import ID``: 0 removed, 2 refused (unknown id, or another import needs it)."""
    from dashboard.store.importing import remove_import

    lang = _language(args)
    outcome = remove_import(_instance_dir(args), args.id)
    if outcome.accepted:
        _print([t("store.verdict.removed", lang, id=args.id)])
        return EXIT_OK
    _print(
        [
            t("store.verdict.refused", lang, count=len(outcome.errors)),
            *(f"  ✗ {p.message(lang)}" for p in outcome.errors),
        ]
    )
    return EXIT_REFUSED
