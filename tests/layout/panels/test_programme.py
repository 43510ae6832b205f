"""The Programme panel renders in kk/ru/en with its ids, translated headers and sourced rows."""

import re
from collections.abc import Iterator

import pytest
from dash import dash_table, dcc, html
from dash.development.base_component import Component

from dashboard.datasets.package import load_package
from dashboard.datasets.programme import action_plan, filter_action_plan
from dashboard.datasets.sources import cite
from dashboard.geo.boundaries import region_ids
from dashboard.i18n.catalog import t
from dashboard.layout.panels.programme import (
    AIMS,
    PLAN_BODY,
    PLAN_COUNT,
    PLAN_GROUP,
    PLAN_SEARCH,
    PLAN_TABLE,
    PROGRAMME_PANEL,
    REGION_ITEM,
    REGION_ITEMS,
    plan_columns,
    plan_style_data_conditional,
    plan_table_data,
    programme_panel,
)
from dashboard.state import ViewState
from dashboard.views.programme import plan_count_text, programme_view

LANGS = ("kk", "ru", "en")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LATIN = re.compile(r"[A-Za-z]")


def panel_in(lang: str) -> Component:
    """The panel as the app renders it: the view of the committed package, in ``lang``."""
    return programme_panel(programme_view(ViewState(lang=lang), load_package()))


def walk(node: object, in_kazakh: bool = False) -> Iterator[tuple[object, bool]]:
    """Every component and text of a layout, with whether it sits inside a lang="kk" element."""
    yield node, in_kazakh
    if isinstance(node, Component):
        in_kazakh = in_kazakh or getattr(node, "lang", None) == "kk"
        # Text shown from props too: accordion titles, placeholders.
        for prop in ("title", "placeholder"):
            value = getattr(node, prop, None)
            if isinstance(value, str):
                yield value, in_kazakh
        children = getattr(node, "children", None)
        if children is not None:
            for child in children if isinstance(children, list | tuple) else [children]:
                yield from walk(child, in_kazakh)


def components(panel: Component) -> list[Component]:
    return [node for node, _ in walk(panel) if isinstance(node, Component)]


def by_id(panel: Component, element_id: object) -> Component:
    found = [c for c in components(panel) if getattr(c, "id", None) == element_id]
    assert len(found) == 1, element_id
    return found[0]


def texts(panel: Component) -> list[tuple[str, bool]]:
    return [(node, kazakh) for node, kazakh in walk(panel) if isinstance(node, str)]


@pytest.fixture(scope="module", params=LANGS)
def rendered(request) -> tuple[str, Component]:
    return request.param, panel_in(request.param)


def test_panel_has_every_id(rendered):
    lang, panel = rendered
    assert panel.id == PROGRAMME_PANEL
    assert panel.lang == lang
    for element_id in (PLAN_SEARCH, PLAN_GROUP, PLAN_BODY, PLAN_TABLE, PLAN_COUNT, REGION_ITEMS):
        by_id(panel, element_id)
    assert by_id(panel, AIMS).__class__.__name__ == "Accordion"
    assert isinstance(by_id(panel, PLAN_GROUP), dcc.Dropdown)
    assert isinstance(by_id(panel, PLAN_BODY), dcc.Dropdown)


def test_controls_are_labelled_in_the_language(rendered):
    lang, panel = rendered
    labels = {
        c.html_for: c.children
        for c in components(panel)
        if c.__class__.__name__ == "Label" and getattr(c, "html_for", None)
    }
    assert labels == {
        PLAN_SEARCH: t("programme.plan.search", lang),
        PLAN_GROUP: t("programme.plan.group", lang),
        PLAN_BODY: t("programme.plan.body", lang),
    }
    assert by_id(panel, PLAN_GROUP).placeholder == t("programme.plan.group_all", lang)


def test_table_headers_switch_language():
    headers = {lang: [c["name"] for c in plan_columns(lang)] for lang in LANGS}
    assert headers["kk"][2] == "Іс-шара"
    assert headers["ru"][2] == "Мероприятие"
    assert headers["en"][2] == "Measure"
    # Every header but "№" differs between the languages.
    assert all(len({headers[lang][i] for lang in LANGS}) == 3 for i in range(1, 7))


def test_table_is_sortable_paged_wrapped_and_complete(rendered):
    lang, panel = rendered
    table = by_id(panel, PLAN_TABLE)
    assert isinstance(table, dash_table.DataTable)
    assert table.columns == plan_columns(lang)
    assert table.sort_action == "native"
    assert 20 <= table.page_size <= 30
    assert table.style_cell["whiteSpace"] == "normal"
    assert len(table.data) == 22
    assert [r["number"] for r in table.data if r["status"] == "deleted"] == ["1.1.6"]


def test_deleted_item_is_struck_through_and_labelled(rendered):
    lang, panel = rendered
    table = by_id(panel, PLAN_TABLE)
    row = next(r for r in table.data if r["number"] == "1.1.6")
    assert row["status_label"] == t("programme.status.deleted", lang)  # words, not colour
    struck = [
        s
        for s in table.style_data_conditional
        if s.get("textDecoration") == "line-through" and "1.1.6" in s["if"]["filter_query"]
    ]
    assert struck
    assert not any("1.1.1" in s["if"]["filter_query"] for s in table.style_data_conditional)


def test_footer_cites_the_programme_in_the_language(rendered):
    lang, panel = rendered
    all_text = " ".join(text for text, _ in texts(panel))
    assert (
        t("programme.plan.source", lang, citation=cite("programme-2001", lang, load_package()))
        in all_text
    )
    assert t("programme.plan.deleted_note", lang, number="1.1.6") in all_text
    assert t("programme.aims.heading", lang) in all_text
    assert (t("programme.translation_note", lang) in all_text) == (lang != "kk")


def test_region_items_are_buttons_carrying_valid_region_ids(rendered):
    lang, panel = rendered
    container = by_id(panel, REGION_ITEMS)
    buttons = [c for c in components(container) if isinstance(c, html.Button)]
    assert len(buttons) == 5
    valid = set(region_ids("2022"))
    for button in buttons:
        assert button.id["type"] == REGION_ITEM
        assert button.type == "button" and button.n_clicks == 0
        ids = button.value.split()
        assert ids and set(ids) <= valid
        assert set(button.__dict__["data-regions"].split()) <= set(region_ids("1997"))
    values = {b.id["index"]: b.value for b in buttons}
    assert values["receiving"] == "75 71 11 47"
    # East Kazakhstan of 1997 is today's East Kazakhstan and Abai: both light up.
    assert set(values["ecological_crisis_outflow"].split()) == {"63", "10", "43"}
    # Group statements that name no unit are text, never buttons: no guessed highlight.
    assert "resettlement_destination_stage2" not in values
    assert "most_affected_by_migration_loss" not in values
    unmapped = t("programme.regions.unmapped", lang)
    assert sum(text == unmapped for text, _ in texts(container)) == 2


def test_visible_text_is_in_the_readers_language():
    # Outside the Kazakh quotes (marked lang="kk"), the English panel shows no Cyrillic and
    # the Russian panel no Latin letters, in the page and in the table.
    for lang, foreign in (("en", CYRILLIC), ("ru", LATIN)):
        panel = panel_in(lang)
        leaks = [text for text, kazakh in texts(panel) if not kazakh and foreign.search(text)]
        assert leaks == [], leaks
        table = by_id(panel, PLAN_TABLE)
        shown = [c["id"] for c in table.columns]
        for row in table.data:
            assert not any(foreign.search(row[c]) for c in shown), row["number"]


def test_kazakh_panel_uses_kazakh_texts():
    panel = panel_in("kk")
    table = by_id(panel, PLAN_TABLE)
    assert table.data[0]["measure"].startswith("Көшіп келу")
    all_text = " ".join(text for text, _ in texts(panel))
    assert "көшіп-қонушылардың құқықтарын" in all_text  # the aims, in the original


def test_filter_pipeline_for_the_callback():
    plan = action_plan("en", load_package())
    data = plan_table_data(filter_action_plan(plan, "oralman"))
    assert [r["number"] for r in data] == ["1.1.3", "1.1.4", "1.1.5", "4.1.3", "5.1.4", "5.1.5"]
    assert set(data[0]) == {c["id"] for c in plan_columns("en")} | {"status"}
    assert plan_style_data_conditional(plan)[0]["if"]["filter_query"] == '{number} = "1.1.6"'
    assert plan_count_text(6, 22, "en") == "Showing 6 of 22 measures"
    assert plan_count_text(0, 22, "ru") == t("programme.plan.empty", "ru")
