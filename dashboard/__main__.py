"""Command line: ``python -m dashboard [--host H] [--port P]`` serves the atlas.

Subcommands: ``import FILE``, ``imports``, ``remove-import ID`` (see ``dashboard.store.cli``).
Without a subcommand the development server starts, as before.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace

from dashboard.settings import Settings
from dashboard.store import cli as store_cli
from dashboard.web import cli as serving_cli

# Each entry registers its subcommands on the subparsers and sets ``handler`` on them; a
# new command group is one more line here.
SUBCOMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [
    store_cli.add_subcommands,
    serving_cli.add_subcommands,
]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line; unset options fall back to the environment."""
    parser = argparse.ArgumentParser(
        prog="python -m dashboard",
        description="Serve the Migration Atlas of Kazakhstan on its embedded data.",
    )
    parser.add_argument("--host", help="interface to listen on (env HOST, default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port to listen on (env PORT, default 8050)")
    parser.add_argument(
        "--debug", action="store_true", help="Dash debug mode (reloader, dev tools)"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in SUBCOMMANDS:
        register(subparsers)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Start the development server with settings from the environment and the command line."""
    args = parse_args(argv)
    if getattr(args, "handler", None) is not None:
        return args.handler(args)
    try:
        settings = Settings.from_env()
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    overrides = {k: v for k, v in {"host": args.host, "port": args.port}.items() if v is not None}
    if args.debug:
        overrides["debug"] = True
    settings = replace(settings, **overrides)

    from dashboard.app import create_app  # imported late so --help stays instant
    from dashboard.datasets.package import DataValidationError
    from dashboard.geo.zones import DistrictLayerError

    try:
        app = create_app(settings)
    except (DataValidationError, DistrictLayerError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"Migration Atlas of Kazakhstan: http://{settings.host}:{settings.port}/", flush=True)
    app.run(host=settings.host, port=settings.port, debug=settings.debug)
    return 0


if __name__ == "__main__":
    sys.exit(main())
