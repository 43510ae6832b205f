"""The first view comes with the page: the map of the link is drawn with no callback."""

from __future__ import annotations

from playwright.sync_api import expect

from dashboard.layout import ids
from tests.browser.test_map_frames_page import CALLBACKS
from tests.browser.test_map_page import assert_clean, wait_for_regions


def test_the_map_of_the_link_needs_no_callback(watched_page, app_url):
    page = watched_page
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.post_data or "") if CALLBACKS in r.url else None)
    page.goto(f"{app_url}/?lang=kk&indicator=population&year=2005&layers=zones,roles")
    wait_for_regions(page, 16)  # the 1997 boundaries of the link's year
    expect(page.locator(f"#{ids.MAP} .gtitle")).to_contain_text("2005")
    expect(page.locator(f"#{ids.LANGUAGE} input[value=kk]")).to_be_checked()
    page.wait_for_load_state("networkidle")
    # Neither before the map appeared nor after: the map callback was never asked.
    drawn = [body for body in asked if f"{ids.MAP}.figure" in body]
    assert drawn == [], drawn
    assert any(ids.MAP_FRAMES in body for body in asked)  # the year steps, fetched after
    assert_clean(page)
