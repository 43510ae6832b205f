"""``serve`` options: the command line over the environment, bad values refused."""

from __future__ import annotations

import argparse

import pytest

from dashboard.cli import add_serve_arguments, settings_for
from dashboard.web.gunicorn_app import bind_address, gunicorn_options


def parse(*argv: str) -> argparse.Namespace:
    return add_serve_arguments(argparse.ArgumentParser()).parse_args(argv)


def test_command_line_overrides_the_environment():
    settings = settings_for(parse("--prod", "--workers", "3", "--port", "9000"), {"PORT": "8000"})
    assert (settings.workers, settings.port) == (3, 9000)
    assert settings_for(parse(), {"ATLAS_WORKERS": "6"}).workers == 6


@pytest.mark.parametrize(
    ("argv", "environ"),
    [
        (("--prod", "--debug"), {}),
        (("--prod",), {"ATLAS_DEBUG": "1"}),
        (("--workers", "0"), {}),
        (("--port", "70000"), {}),
    ],
)
def test_bad_combinations_are_refused(argv, environ):
    with pytest.raises(ValueError):
        settings_for(parse(*argv), environ)


def test_gunicorn_options():
    settings = settings_for(parse("--prod", "--workers", "4", "--host", "0.0.0.0"), {})
    options = gunicorn_options(settings)
    assert options["workers"] == 4 and options["preload_app"] is True
    assert options["bind"] == ["0.0.0.0:8050"]
    assert options["accesslog"] == "-" and options["limit_request_line"] == 4094
    assert bind_address("::1", 80) == "[::1]:80"


def test_serve_is_a_subcommand():
    from dashboard.cli import parse_args

    args = parse_args(["serve", "--prod", "--workers", "2"])
    assert args.prod and args.workers == 2 and callable(args.handler)
