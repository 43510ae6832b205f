"""The page comes drawn for the link it was opened with: map, controls, captions, notices."""

from __future__ import annotations

import pytest

from dashboard.layout import ids
from dashboard.layout.profile import PROFILE_TITLE
from dashboard.settings import Settings
from dashboard.state import ViewState

PAGE = "http://atlas.example/?lang=ru&indicator=population&year=2005&layers=zones"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from dashboard.app import create_app

    app = create_app(Settings(instance_dir=tmp_path_factory.mktemp("instance")))
    return app.server.test_client()


def components(node: object) -> dict[str, dict]:
    """Every component of a layout's JSON with a plain id: id -> its props."""
    found: dict[str, dict] = {}
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict) and "props" in item:
            if isinstance(item["props"].get("id"), str):
                found[item["props"]["id"]] = item["props"]
            stack.extend(item["props"].values())
    return found


def layout_for(client, page: str | None) -> dict[str, dict]:
    headers = {"Referer": page} if page else {}
    answer = client.get("/_dash-layout", headers=headers)
    assert answer.status_code == 200
    return components(answer.get_json())


def map_title(page: dict[str, dict]) -> str:
    return page[ids.MAP]["figure"]["layout"]["title"]["text"]


def test_the_page_of_a_link_has_its_map_and_controls(client):
    page = layout_for(client, PAGE)
    title = map_title(page)
    assert "2005" in title and "Численность" in title  # the link's year, in Russian
    assert page[ids.LANGUAGE]["value"] == "ru" and page[ids.YEAR]["value"] == 2005
    assert page[ids.LAYERS]["value"] == ["zones"]
    assert page[ids.YEAR_REQUEST]["data"] == 2005
    # The link as opened (so the page does not read it again) and as written back.
    assert page[ids.PAGE_LINK]["data"] == "?lang=ru&indicator=population&year=2005&layers=zones"
    assert "year=2005" in page[ids.PERMALINK]["data"]
    assert page[ids.MAP_META]["data"]["version"] == "1997"
    assert "1997" in str(page[ids.BOUNDARY_INFO]["children"])
    assert "Источники" in str(page[ids.MAP_SOURCES]["children"])


def test_another_link_another_page_and_no_link_the_default_view(client):
    other = layout_for(client, "http://atlas.example/?lang=kk&indicator=population&year=2010")
    assert "2010" in map_title(other) and other[ids.LANGUAGE]["value"] == "kk"
    default = layout_for(client, None)
    assert default[ids.PAGE_LINK].get("data") is None  # the page will read its link itself
    assert default[ids.LANGUAGE]["value"] == Settings().default_language
    assert default[ids.YEAR]["value"] == default[ids.YEAR_REQUEST]["data"] != 2005


def test_a_bad_link_opens_corrected_with_its_notice(client):
    page = layout_for(client, "http://atlas.example/?lang=en&indicator=population&year=1850")
    assert "1850" in str(page[ids.NOTICES]["children"])
    assert "1850" not in map_title(page)


def test_the_page_sends_its_link_to_the_atlas_only(client):
    assert client.get("/").headers["Referrer-Policy"] == "same-origin"


def test_the_page_of_a_region_opens_with_its_profile(client):
    link = "http://atlas.example/?lang=en&indicator=net_migration&year=2023&region=35"
    page = layout_for(client, link)
    assert page[ids.PROFILE_COLUMN].get("style") is None
    assert "Karaganda" in str(page[PROFILE_TITLE]["children"])
    assert layout_for(client, PAGE)[ids.PROFILE_COLUMN]["style"] == {"display": "none"}


def test_pages_of_one_link_and_language_are_made_once(client):
    link = "http://atlas.example/?indicator=population&year=2010"
    english = {"Referer": link, "Accept-Language": "en"}
    first = client.get("/_dash-layout", headers=english)
    again = client.get("/_dash-layout", headers=english)
    assert (first.headers["X-Atlas-Cache"], again.headers["X-Atlas-Cache"]) == ("miss", "hit")
    assert again.get_json() == first.get_json()
    # A link naming no language opens in the browser's: another page, not the cached one.
    russian = client.get("/_dash-layout", headers={"Referer": link, "Accept-Language": "ru"})
    assert russian.headers["X-Atlas-Cache"] == "miss"
    assert components(russian.get_json())[ids.LANGUAGE]["value"] == "ru"


def test_the_flow_controls_come_as_the_links_kind_and_year_have_them(client):
    page = layout_for(
        client, "http://atlas.example/?lang=en&year=2005&layers=flows&flows=schematic"
    )
    assert page[ids.FLOW_PANEL]["is_open"] is True
    # The Programme's directions have no volumes: no top-N, threshold or gross/net.
    assert page[ids.VOLUME_BLOCK]["style"] == {"display": "none"}
    assert page[ids.DIRECTION_BLOCK].get("style") is None
    disabled = {o["value"] for o in page[ids.FLOW_KIND]["options"] if o.get("disabled")}
    assert "observed" in disabled and "schematic" not in disabled  # none observed in 2005


def test_a_host_without_imports_never_serves_the_page_of_one_with_them(tmp_path):
    from flask import Flask

    from dashboard.callbacks.page import page_key
    from dashboard.context import AtlasContext

    keys = []
    for token in ("t" * 32, None):
        settings = Settings(instance_dir=tmp_path, admin_token=token)
        context = AtlasContext(settings, ViewState(lang="en"), lambda: None, None)  # type: ignore[arg-type]
        with Flask(__name__).test_request_context(headers={"Referer": PAGE}):
            keys.append(page_key(context)())
    assert keys[0] != keys[1] and keys[0]["link"] == keys[1]["link"]
