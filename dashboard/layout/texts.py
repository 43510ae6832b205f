"""Interface text in the layout that follows the language switch."""

from __future__ import annotations

from dash import html

from dashboard.i18n.catalog import t

# Pattern id of every translatable piece of text; callbacks.i18n fills them all at once.
I18N_TYPE = "i18n"


def text(key: str, lang: str, tag=html.Span, **props) -> html.Component:
    """Message ``key`` in ``lang``, re-rendered when the reader switches language."""
    return tag(t(key, lang), id={"type": I18N_TYPE, "key": key}, **props)
