"""``python -m dashboard serve [--prod]``: the development server, or gunicorn in production.

Both build the app in this process first, so a bad data package or district file stops
with a one-line message before anything listens. With ``--prod`` gunicorn then forks the
workers from this process (``preload_app``): the data is loaded once.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from dashboard.settings import Settings


def add_serve_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options of ``serve`` (and of the bare ``python -m dashboard``)."""
    parser.add_argument("--host", help="interface to listen on (env HOST, default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port to listen on (env PORT, default 8050)")
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
        for k, v in {"host": args.host, "port": args.port, "workers": args.workers}.items()
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
    """Build the app and serve it until interrupted; 2 on bad settings or data."""
    try:
        settings = settings_for(args)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2

    from dashboard.app import create_app  # imported late so --help stays instant
    from dashboard.datasets.package import DataValidationError
    from dashboard.geo.zones import DistrictLayerError

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


def add_subcommands(subparsers: argparse._SubParsersAction) -> None:
    """Register ``serve`` (an entry of ``dashboard.__main__.SUBCOMMANDS``)."""
    parser = subparsers.add_parser(
        "serve",
        help="serve the atlas: development server, or --prod for gunicorn",
        description="Serve the atlas. Without --prod: Flask's development server (as the bare "
        "`python -m dashboard`). With --prod: gunicorn, several worker processes, the data "
        "loaded once before they fork, the cache shared between them, /health for probes.",
    )
    add_serve_arguments(parser)
    parser.set_defaults(handler=serve)
