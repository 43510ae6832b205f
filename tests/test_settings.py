"""Settings come from the environment and refuse values that cannot work."""

import pytest

from dashboard.cli import parse_args
from dashboard.settings import Settings


def test_defaults():
    settings = Settings.from_env({})
    assert (settings.host, settings.port, settings.default_language) == ("127.0.0.1", 8050, "kk")


def test_environment_overrides():
    settings = Settings.from_env({"HOST": "0.0.0.0", "PORT": "9000", "ATLAS_LANG": "ru"})
    assert (settings.host, settings.port, settings.default_language) == ("0.0.0.0", 9000, "ru")


@pytest.mark.parametrize("env", [{"PORT": "eighty"}, {"PORT": "70000"}, {"ATLAS_LANG": "de"}])
def test_bad_values_are_refused_with_a_clear_message(env):
    with pytest.raises(ValueError, match=r"PORT|ATLAS_LANG"):
        Settings.from_env(env)


def test_command_line_options():
    args = parse_args(["--host", "0.0.0.0", "--port", "8123"])
    assert (args.host, args.port) == ("0.0.0.0", 8123)


def test_operator_settings_for_production(tmp_path):
    settings = Settings.from_env(
        {
            "ATLAS_INSTANCE": str(tmp_path),
            "ATLAS_ADMIN_TOKEN": "a-long-enough-secret",
            "ATLAS_CACHE_URL": "redis://127.0.0.1:6390/0",
            "ATLAS_WORKERS": "8",
        }
    )
    assert settings.instance_dir == tmp_path.resolve()
    assert settings.admin_token == "a-long-enough-secret"
    assert "a-long-enough-secret" not in repr(settings)  # a token never reaches a log line
    assert (settings.cache_url, settings.workers) == ("redis://127.0.0.1:6390/0", 8)


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"ATLAS_ADMIN_TOKEN": "short"}, "ATLAS_ADMIN_TOKEN"),
        ({"ATLAS_CACHE_URL": "memcached://x"}, "ATLAS_CACHE_URL"),
        ({"ATLAS_WORKERS": "0"}, "ATLAS_WORKERS"),
    ],
)
def test_bad_production_settings_name_the_variable(env, named):
    with pytest.raises(ValueError, match=named):
        Settings.from_env(env)
