"""The Import panel: the sheet choice, the new-indicator and new-source forms, and the
report's words for a file too large, a note and "nothing new", in kk, ru and en."""

from __future__ import annotations

import pytest

from dashboard.callbacks.upload import SEND_FILE, is_import_answer, sheets_of
from dashboard.datasets.package import load_package
from dashboard.i18n.catalog import LANGUAGES, t
from dashboard.layout import ids
from dashboard.layout.panels.upload import (
    INDICATOR_FIELDS,
    SOURCE_FIELDS,
    sheet_rows,
    upload_panel,
    upload_report,
)
from tests.layout.tree import texts, walk

PACKAGE = load_package()


def ids_of(tree) -> list:
    return [node.id for node in walk(tree) if getattr(node, "id", None) is not None]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_panel_has_the_new_indicator_and_source_forms_in_each_language(lang):
    panel = upload_panel(lang, True, PACKAGE)
    found = ids_of(panel)
    for kind, fields in (
        (ids.UPLOAD_NEW_INDICATOR, INDICATOR_FIELDS),
        (ids.UPLOAD_NEW_SOURCE, SOURCE_FIELDS),
    ):
        assert [i["field"] for i in found if isinstance(i, dict) and i.get("type") == kind] == list(
            fields
        )
    shown = texts(panel)
    for key in ("upload.new_indicator", "upload.new_source", "upload.breakdown",
                "upload.indicator_row.name_kk", "upload.source_row.citation_en"):  # fmt: skip
        assert t(key, lang) in shown, key
    assert ids.UPLOAD_SHEETS in found and ids.UPLOAD_BREAKDOWN in found
    upload = next(n for n in walk(panel) if getattr(n, "id", None) == ids.UPLOAD_FILE)
    assert ".xls" in upload.accept.split(",") and upload.max_size == -1  # measured in the page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_workbooks_sheets_are_listed_each_with_a_choice_of_indicator(lang):
    rows = sheet_rows(["Все население", "Мужчины", "Женщины"], lang, PACKAGE)
    selects = [n for r in rows for n in walk(r) if isinstance(getattr(n, "id", None), dict)]
    assert [s.id["sheet"] for s in selects] == ["Все население", "Мужчины", "Женщины"]
    assert all(s.id["type"] == ids.UPLOAD_SHEET_INDICATOR and s.value == "" for s in selects)
    assert any(o["value"] == "population_male" for o in selects[0].options)
    assert t("upload.sheets", lang) in texts(rows) and t("upload.sheet_skip", lang) in str(
        selects[0].options
    )
    assert sheet_rows(["Лист1"], lang, PACKAGE) == []  # one sheet: nothing to choose


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_report_says_too_large_nothing_new_and_notes_in_the_readers_language(lang):
    too_large = texts(upload_report({"status": 413}, lang))
    assert too_large == t("upload.too_large", lang, limit=20)
    answer = {
        "status": 200, "accepted": True, "dry_run": True, "nothing_new": True,
        "unchanged": ["net_migration 2023–2024"], "lines": [], "rows": 0,
        "problems": [{"severity": "note", "where": "f.csv", "message": "m", "suggestion": ""}],
    }  # fmt: skip
    assert is_import_answer(answer)
    shown = texts(upload_report(answer, lang))
    assert t("upload.nothing_new", lang, slices="net_migration 2023–2024") in shown
    assert t("upload.note", lang) in shown


def test_the_browser_measures_the_file_and_sends_sheets_and_rows():
    assert "status: 413" in SEND_FILE and str(20 * 1024 * 1024) in SEND_FILE
    assert "form.append('sheet'" in SEND_FILE and "'indicator_row'" in SEND_FILE


def test_sheet_lists_are_taken_only_from_well_formed_answers():
    assert sheets_of({"metadata": {"sheets": ["a", "b"]}}) == ["a", "b"]
    assert sheets_of({"metadata": {"sheets": ["a", 3]}}) is None
    assert sheets_of({"status": 200}) == []
