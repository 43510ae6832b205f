"""Settings from the environment, read once into a frozen dataclass."""

from __future__ import annotations

import os
from dataclasses import dataclass

from dashboard.i18n.catalog import DEFAULT_LANGUAGE, LANGUAGES


@dataclass(frozen=True)
class Settings:
    """What an operator can set: where to listen and the interface defaults.

    Environment variables: ``HOST``, ``PORT``, ``ATLAS_LANG`` (kk, ru or en), ``ATLAS_DEBUG``,
    ``ATLAS_DISTRICTS`` (a district layer, shapefile or GeoJSON with KATO codes).
    """

    host: str = "127.0.0.1"
    port: int = 8050
    default_language: str = DEFAULT_LANGUAGE
    debug: bool = False
    districts: str | None = None

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        """Build settings from environment variables, rejecting values that cannot work."""
        env = os.environ if environ is None else environ
        port_text = env.get("PORT", str(cls.port))
        try:
            port = int(port_text)
        except ValueError:
            raise ValueError(f"PORT must be a number from 1 to 65535, got {port_text!r}") from None
        if not 0 < port < 65536:
            raise ValueError(f"PORT must be a number from 1 to 65535, got {port}")
        lang = env.get("ATLAS_LANG", DEFAULT_LANGUAGE)
        if lang not in LANGUAGES:
            raise ValueError(f"ATLAS_LANG must be one of {', '.join(LANGUAGES)}, got {lang!r}")
        return cls(
            host=env.get("HOST", cls.host),
            port=port,
            default_language=lang,
            debug=env.get("ATLAS_DEBUG", "").lower() in {"1", "true", "yes"},
            districts=env.get("ATLAS_DISTRICTS") or None,
        )
