"""The scorecard's PDF brief and tables, read back as a reader sees them."""

from __future__ import annotations

import re
from datetime import date

import pytest

from dashboard.datasets.package import load_package
from dashboard.exports.scorecard import brief_pdf, region_table, to_xlsx
from dashboard.i18n.catalog import t
from dashboard.state import ViewState
from dashboard.views.scorecard import scorecard_view

TODAY = date(2026, 12, 5)


@pytest.fixture(scope="module")
def package():
    return load_package()


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_brief_is_one_page_with_the_table_national_aim_and_method(package, read_pdf, lang):
    view = scorecard_view(ViewState(lang=lang, panel="scorecard"), package)
    pdf = brief_pdf(view, ViewState(lang=lang, panel="scorecard"), TODAY)
    assert pdf.startswith(b"%PDF") and read_pdf.pages(pdf) == 1
    words = read_pdf.text(pdf)
    assert t("scorecard.title", lang) in words
    assert t("scorecard.national.stage1.label", lang) in words
    for row in view.rows:  # every region, its stage sums as on screen
        for column in ("region", "stage1_net", "stage1_per_1000", "stage2_net"):
            assert re.sub(r"\s+", " ", row[column]) in words, row[column]
    assert "✗ " + t("scorecard.verdict.lost_although_receiving", lang) in words
    assert view.coverage[1] in words  # 2006-2010: 4 of 5 years; 2008 ...
    assert t("balance.gap.census_2009", lang) in words
    assert "2026-12-05" in words
    fonts = read_pdf.fonts(pdf)
    assert fonts and all(embedded for _, embedded in fonts), fonts


def test_the_tables_write_whole_persons_and_every_column(package):
    view = scorecard_view(ViewState(lang="en"), package)
    table = region_table(view)
    assert list(table.columns) == ["KATO", *(header for _, header in view.columns)]
    assert all(isinstance(v, int) for v in table["Net migration 2001–2005, persons"])
    assert to_xlsx(view, ViewState(lang="en"), TODAY)[:2] == b"PK"
