"""The Programme scorecard in headless Chromium: the link opens it, in Kazakh, on one row of
tabs at 1366 px, and its download is the scorecard's own file."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from dashboard.i18n.catalog import t
from dashboard.layout import ids
from tests.browser.conftest import screenshot
from tests.browser.test_map_page import assert_clean

TAB_TOPS_JS = f"""() => Array.from(document.querySelectorAll('#{ids.PANEL} .nav-link'))
    .map(link => Math.round(link.getBoundingClientRect().top))"""


def test_a_scorecard_link_shows_the_table_in_kazakh(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?panel=scorecard&lang=kk")
    table = page.locator(f"#{ids.SCORECARD_TABLE}")
    expect(table).to_contain_text("Ақмола облысы", timeout=20_000)
    expect(table).to_contain_text(t("scorecard.verdict.lost_although_receiving", "kk"))
    expect(table).to_contain_text("−33\u00a0844")  # Akmola, 2001-2005, demographic balance
    expect(table.locator("tbody tr")).to_have_count(17)  # the header row and 16 regions
    expect(page.locator(f"#{ids.SCORECARD_PANEL}")).to_contain_text("2008: дерек жоқ")
    expect(page.locator(f"#{ids.SCORECARD_NATIONAL}")).to_contain_text("Орындалды")
    expect(page.locator(f"#{ids.PANEL} .nav-link.active")).to_have_text("Қорытынды")
    # Eight tabs, Kazakh the longest words: still one row on a 1366 px screen.
    tops = page.evaluate(TAB_TOPS_JS)
    assert len(tops) == 8 and len(set(tops)) == 1, tops
    # The download is the scorecard's own file (the same query as the link).
    csv_link = page.locator(f"#{ids.EXPORT_CSV}")
    expect(csv_link).to_have_attribute("href", re.compile(r"^/export\.csv\?.*panel=scorecard"))
    screenshot(page, "panel-scorecard-kk")
    assert_clean(page)
