"""Settings from the environment, read once into a frozen dataclass."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from dashboard import PROJECT_ROOT
from dashboard.i18n.catalog import DEFAULT_LANGUAGE, LANGUAGES

#: Where the atlas keeps what it writes (store, imports, presentations, cache) by default.
DEFAULT_INSTANCE_DIR = PROJECT_ROOT / "instance"


def _positive_int(env: dict[str, str] | os._Environ, name: str, default: int, top: int) -> int:
    text = env.get(name, str(default))
    try:
        number = int(text)
    except ValueError:
        raise ValueError(f"{name} must be a number from 1 to {top}, got {text!r}") from None
    if not 0 < number <= top:
        raise ValueError(f"{name} must be a number from 1 to {top}, got {number}")
    return number


def mask_url(url: str | None) -> str | None:
    """``url`` with its password (and a user name, which may be a token) replaced by ``***``.

    For every message and repr that names a URL: ``redis://:secret@host:6379/0`` becomes
    ``redis://***@host:6379/0``. A URL that cannot be parsed is masked whole.

    >>> mask_url("redis://atlas:s3cret@cache.local:6379/0")
    'redis://***@cache.local:6379/0'
    >>> mask_url("redis://127.0.0.1:6379/0")
    'redis://127.0.0.1:6379/0'
    """
    if url is None:
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return "***"
    if "@" not in parts.netloc:
        return url
    netloc = "***@" + (f"[{host}]" if ":" in host else host) + (f":{port}" if port else "")
    return urlunsplit(parts._replace(netloc=netloc))


@dataclass(frozen=True)
class Settings:
    """What an operator can set: where to listen, where to write, and the defaults.

    Environment variables: ``HOST``, ``PORT``, ``ATLAS_LANG`` (kk, ru or en), ``ATLAS_DEBUG``,
    ``ATLAS_DISTRICTS`` (a district layer, shapefile or GeoJSON with KATO codes),
    ``ATLAS_INSTANCE`` (the instance folder), ``ATLAS_ADMIN_TOKEN`` (enables imports over
    the web), ``ATLAS_CACHE_URL`` (``redis://…``; unset: a cache folder in the instance
    folder) and ``ATLAS_WORKERS`` (production server processes).
    """

    host: str = "127.0.0.1"
    port: int = 8050
    default_language: str = DEFAULT_LANGUAGE
    debug: bool = False
    districts: str | None = None
    instance_dir: Path = field(default=DEFAULT_INSTANCE_DIR)
    admin_token: str | None = field(default=None, repr=False)  # never printed in logs
    cache_url: str | None = None  # may hold the Redis password: masked in repr
    workers: int = 4

    def __repr__(self) -> str:
        # Written out (dataclass keeps a __repr__ the class defines): settings end up in
        # tracebacks and log lines, so the token is left out and the cache URL's password
        # masked.
        shown = []
        for item in fields(self):
            if not item.repr:
                continue
            value = getattr(self, item.name)
            if item.name == "cache_url":
                value = mask_url(value)
            shown.append(f"{item.name}={value!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        """Build settings from environment variables, rejecting values that cannot work."""
        env = os.environ if environ is None else environ
        lang = env.get("ATLAS_LANG", DEFAULT_LANGUAGE)
        if lang not in LANGUAGES:
            raise ValueError(f"ATLAS_LANG must be one of {', '.join(LANGUAGES)}, got {lang!r}")
        token = env.get("ATLAS_ADMIN_TOKEN") or None
        if token is not None and len(token) < 16:
            raise ValueError("ATLAS_ADMIN_TOKEN must be at least 16 characters long")
        cache_url = env.get("ATLAS_CACHE_URL") or None
        if cache_url is not None and not cache_url.startswith(("redis://", "rediss://")):
            raise ValueError(f"ATLAS_CACHE_URL must be a redis:// URL, got {mask_url(cache_url)!r}")
        return cls(
            host=env.get("HOST", cls.host),
            port=_positive_int(env, "PORT", cls.port, 65535),
            default_language=lang,
            debug=env.get("ATLAS_DEBUG", "").lower() in {"1", "true", "yes"},
            districts=env.get("ATLAS_DISTRICTS") or None,
            instance_dir=Path(env.get("ATLAS_INSTANCE") or DEFAULT_INSTANCE_DIR).resolve(),
            admin_token=token,
            cache_url=cache_url,
            workers=_positive_int(env, "ATLAS_WORKERS", cls.workers, 64),
        )
