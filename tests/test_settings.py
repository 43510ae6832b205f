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


SECRET_URL = "redis://atlas:a-redis-password-x@cache.internal:6390/0"


def test_secrets_never_show_in_a_repr_or_a_message():
    settings = Settings.from_env(
        {"ATLAS_ADMIN_TOKEN": "a-long-enough-secret", "ATLAS_CACHE_URL": SECRET_URL}
    )
    assert settings.cache_url == SECRET_URL  # the app itself still gets the password
    for text in (repr(settings), str(settings), f"{settings}", f"{settings!r}"):
        assert "a-redis-password-x" not in text and "a-long-enough-secret" not in text
        assert "atlas:" not in text  # the user name may be a token too
        assert "cache.internal:6390" in text  # still says which Redis
    # a refused URL is named in the message without its password
    with pytest.raises(ValueError) as refused:
        Settings.from_env({"ATLAS_CACHE_URL": "http://user:a-redis-password-x@host/"})
    assert "a-redis-password-x" not in str(refused.value)


@pytest.mark.parametrize(
    ("url", "masked"),
    [
        ("redis://:pw@host:6379/0", "redis://***@host:6379/0"),
        ("rediss://user:pw@[::1]:6380/2", "rediss://***@[::1]:6380/2"),
        ("redis://host/0", "redis://host/0"),
        ("redis://pw-only-user@host", "redis://***@host"),
        ("redis://user:pw@host:notaport/0", "***"),
    ],
)
def test_mask_url(url, masked):
    from dashboard.settings import mask_url

    assert mask_url(url) == masked
