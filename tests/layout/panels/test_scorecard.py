"""The scorecard panel renders the view in kk/ru/en with its stable ids."""

from __future__ import annotations

import pytest
from dash import dash_table

from dashboard.datasets.package import load_package
from dashboard.i18n.catalog import t
from dashboard.layout import ids
from dashboard.layout.panels.scorecard import scorecard_panel
from dashboard.state import ViewState
from dashboard.views.scorecard import scorecard_view
from tests.layout.tree import texts, walk


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_panel_has_its_ids_table_and_words(lang):
    view = scorecard_view(ViewState(lang=lang), load_package())
    panel = scorecard_panel(view)
    found = {getattr(node, "id", None) for node in walk(panel)}
    assert {
        ids.SCORECARD_PANEL,
        ids.SCORECARD_NATIONAL,
        ids.SCORECARD_TABLE,
        ids.SCORECARD_METHOD,
    } <= found
    table = next(node for node in walk(panel) if isinstance(node, dash_table.DataTable))
    assert [c["id"] for c in table.columns] == list(view.shown)
    assert len(table.data) == 16
    words = texts(panel)
    assert view.title in words and t("scorecard.national.heading", lang) in words
    assert all(line in words for line in view.coverage)  # "2006–2010: 4 of 5 years; 2008 ..."
    assert all(sentence in words for sentence in view.method)
