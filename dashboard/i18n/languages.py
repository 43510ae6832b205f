"""The interface languages, defined once: every module asks here."""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("kk", "ru", "en")
DEFAULT_LANGUAGE = "kk"
LANGUAGE_LABELS = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
