"""Every interface message exists in Kazakh, Russian and English, with the same placeholders."""

import re

import pytest

from dashboard.i18n.catalog import LANGUAGES, MESSAGES, normalise_language, t
from dashboard.i18n.formats import format_number


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_message_has_all_languages_and_same_placeholders(key):
    entry = MESSAGES[key]
    assert set(entry) == set(LANGUAGES)
    placeholders = {lang: set(re.findall(r"{(\w+)}", text)) for lang, text in entry.items()}
    assert len({frozenset(p) for p in placeholders.values()}) == 1, placeholders
    assert all(text.strip() for text in entry.values())


def test_kazakh_texts_use_kazakh_letters():
    kazakh = "".join(MESSAGES["app.title"]["kk"] + MESSAGES["app.subtitle"]["kk"])
    assert set("әғқңөұүі") & set(kazakh)


def test_unknown_language_falls_back_to_default():
    assert normalise_language("de") == "kk"
    assert normalise_language("ru") == "ru"
    assert t("control.year", "de") == "Year"


def test_numbers_follow_the_readers_conventions():
    assert format_number(51539, "en") == "51,539"
    assert format_number(51539, "ru") == "51\xa0539"
    assert format_number(2968.8, "kk", decimals=1) == "2\xa0968,8"
    assert format_number(float("nan"), "en") == ""


def test_no_message_is_defined_twice_across_feature_catalogs():
    from dashboard.i18n import catalog

    # Every messages_* module the catalog merges, found rather than listed (a new one counts).
    modules = [catalog.CORE_MESSAGES] + [
        module.MESSAGES
        for name, module in vars(catalog).items()
        if name.startswith("messages_") and hasattr(module, "MESSAGES")
    ]
    assert len(modules) >= 10
    keys = [key for module in modules for key in module]
    assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})


def test_every_message_is_used_somewhere():
    """A key nobody uses is dead text to translate three times; one built from a prefix
    (e.g. f"quality.{flag}") counts as used through that prefix."""
    from dashboard import PROJECT_ROOT

    source = "\n".join(
        path.read_text(encoding="utf-8")
        for path in (PROJECT_ROOT / "dashboard").rglob("*.py")
        if "i18n" not in path.parts
    )

    def used(key: str) -> bool:
        if f'"{key}"' in source or f"'{key}'" in source:
            return True
        parts = key.split(".")
        prefixes = [".".join(parts[:n]) for n in range(1, len(parts))]
        return any(
            f'"{p}.{{' in source or f'f"{p}.' in source or f'("{p}",' in source for p in prefixes
        )

    unused = sorted(key for key in MESSAGES if not used(key))
    assert unused == [], unused


def test_the_command_line_uses_the_catalogue_without_loading_the_interface():
    """One catalogue for the app and the command line: importing it (and the command line,
    which prints the store's verdicts from it) loads neither Dash nor Flask."""
    import subprocess
    import sys

    from dashboard import PROJECT_ROOT

    code = (
        "import sys, dashboard.i18n.catalog, dashboard.cli; "
        "from dashboard.i18n.catalog import t; "
        "print(t('store.verdict.removed', 'en', id='x')); "
        "print(sorted(m for m in ('dash', 'flask', 'plotly') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines() == ["Import x removed.", "[]"], result.stderr
