"""The profile panel: names in three languages, ids, boundary notes, ranks, roles, flows."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from dash import dcc, html

from dashboard.datasets.package import load_package
from dashboard.datasets.profiles import region_profile
from dashboard.i18n.catalog import MESSAGES
from dashboard.i18n.messages_profile import MESSAGES as PROFILE_MESSAGES
from dashboard.layout.profile import (
    PROFILE_CLOSE,
    PROFILE_PANEL,
    PROFILE_SPARKLINE,
    PROFILE_TITLE,
    empty_profile,
    profile_panel,
)
from dashboard.views.profile import describe_profile, rank_text
from tests.layout.tree import texts, walk

NAMES_ABAI = ("Абай облысы", "Абайская область", "Abai Region")

FLOWS = pd.DataFrame(
    {
        "year": [2023, 2023, None],
        "origin": ["10", "71", "63"],
        "destination": ["71", "10", "75"],
        "persons": [5880.4, 3455.9, np.nan],
        "source_id": [
            "kanatislambekov-interregional",
            "kanatislambekov-interregional",
            "programme-2001",
        ],
        "quality": ["model", "model", "official"],
        "kind": ["model", "model", "schematic"],
    }
)


@pytest.fixture(scope="module")
def package():
    return load_package()


@pytest.fixture(scope="module")
def abai(package):
    return region_profile("10", 2023, package, flows=FLOWS)


def panel(profile, lang: str, package):
    """The panel of a built profile (its year highlighted), as the callback renders it."""
    return profile_panel(describe_profile(profile, lang, package))


def by_id(component, wanted) -> list:
    return [node for node in walk(component) if getattr(node, "id", None) == wanted]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_panel_renders_in_each_language_with_all_names_and_ids(abai, package, lang) -> None:
    card = panel(abai, lang, package)
    assert card.id == PROFILE_PANEL
    # never a scroll box of its own: the card grows with the page
    assert getattr(card, "style", None) is None
    (title,) = by_id(card, PROFILE_TITLE)
    assert title.children == abai.name(lang)
    assert len(by_id(card, PROFILE_CLOSE)) == 1
    text = texts(card)
    for name in NAMES_ABAI:
        assert name in text
    graphs = [node for node in walk(card) if isinstance(node, dcc.Graph)]
    assert {g.id["indicator"] for g in graphs} == {s.indicator for s in abai.series}
    assert all(g.id["type"] == PROFILE_SPARKLINE for g in graphs)
    assert all(g.config == {"displayModeBar": False, "staticPlot": False} for g in graphs)
    # the card can be sent to the browser
    card.to_plotly_json()


def test_boundary_note_of_abai(abai, package) -> None:
    en = texts(panel(abai, "en", package))
    assert "Part of East Kazakhstan Region until June 2022" in en
    ru = texts(panel(abai, "ru", package))
    assert "До июня 2022 г. территория входила в состав региона: Восточно-Казахстанская" in ru
    kk = texts(panel(abai, "kk", package))
    assert "2022 жылғы маусымға дейін" in kk and "Шығыс Қазақстан облысы" in kk


def test_notes_of_a_unit_that_was_larger_and_renamed(package) -> None:
    text = texts(panel(region_profile("61", 2023, package), "en", package))
    assert "Until June 2018 the region also included Shymkent" in text
    assert "Former name: South Kazakhstan Region (until 2018)" in text


def test_rank_text(package) -> None:
    series = region_profile("71", 2023, package).get("net_migration")
    assert rank_text(series, "en") == "rank 1 of 20"
    assert rank_text(series, "ru") == "1-е место из 20"
    assert rank_text(series, "kk") == "20 өңірдің ішінде 1-орын"
    partial = region_profile("47", 2020, package).get("kandas_arrivals_share")
    assert rank_text(partial, "en") == "rank 2 of 2 regions with data (17 in all)"
    card = panel(region_profile("71", 2023, package), "en", package)
    assert "rank 1 of 20" in texts(card)


def test_roles_of_abai_show_east_kazakhstan_via_parent(abai, package) -> None:
    card = panel(abai, "en", package)
    text = texts(card)
    assert "Out-migration from an ecological crisis area · section 1.1" in text
    assert "said of East Kazakhstan Region in its 1997 boundaries" in text
    assert "экологиялық дағдарыс аймақтарынан" in text  # the Programme's words, on hover


def test_zones_and_flows(abai, package) -> None:
    text = texts(panel(abai, "en", package))
    assert "Semipalatinsk (Semey) nuclear test site" in text
    assert "Law No. 1787-XII" in text
    assert "Gravity model" in text and "model estimate, not observed" in text
    assert "5,880 people" in text
    assert "Directions named in the Programme" in text
    assert "direction only, no volume" in text
    assert "Flows of East Kazakhstan Region, which then included this region" in text


def test_value_of_another_year_and_from_parent_are_labelled(package) -> None:
    profile = region_profile("10", 2020, package)
    text = texts(panel(profile, "en", package))
    assert "value of East Kazakhstan Region (parent unit)" in text
    later = texts(panel(region_profile("55", 2024, package), "en", package))
    assert "no value for 2024; showing 2022" in later


def test_sources_and_quality_are_shown(package) -> None:
    text = texts(panel(region_profile("71", 2023, package), "ru", package))
    assert "Источник: БНС" in text
    assert "Надёжность: официальные данные" in text


def sections(card) -> dict[str, html.Details]:
    return {
        node.__dict__["data-section"]: node for node in walk(card) if isinstance(node, html.Details)
    }


def test_groups_have_headings(abai, package) -> None:
    parts = sections(panel(abai, "en", package))
    headings = [part.children[0].children[0] for key, part in parts.items() if "group" in key]
    assert headings == [
        "Migration",
        "Population",
        "Labour and income",
        "Ecology",
        "Quotas and repatriates",
    ]


def test_the_profile_is_compact_sections_open_on_demand(abai, package) -> None:
    # The Programme's words and the zones are open; the long parts (flow partners, every
    # indicator with its sparkline) are closed until the reader opens them.
    parts = sections(panel(abai, "en", package))
    assert parts["roles"].open and parts["zones"].open
    assert not parts["flows"].open
    groups = [part for key, part in parts.items() if key.startswith("group-")]
    assert groups and not any(part.open for part in groups)
    # each closed section says how much it holds
    assert "(7)" in texts(parts["group-0"].children[0])


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_indicator_on_the_map_leads(abai, package, lang) -> None:
    card = profile_panel(describe_profile(abai, lang, package, lead="net_migration"))
    lead = next(n for n in walk(card) if getattr(n, "className", "") == "profile-lead")
    assert PROFILE_MESSAGES["profile.on_map"][lang] in texts(lead)
    assert abai.get("net_migration").name(lang) in texts(lead)
    (graph,) = [n for n in walk(lead) if isinstance(n, dcc.Graph)]
    assert getattr(graph, "id", None) is None  # its sparkline id stays unique in its group
    ids = [n.id for n in walk(card) if isinstance(n, dcc.Graph) and getattr(n, "id", None)]
    assert len(ids) == len({str(i) for i in ids})
    # no lead for an indicator the region has no value of
    assert describe_profile(abai, lang, package, lead="no_such_indicator").lead is None


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_empty_profile_prompts_and_keeps_the_ids(lang) -> None:
    card = empty_profile(lang)
    assert card.id == PROFILE_PANEL
    assert by_id(card, PROFILE_TITLE) and by_id(card, PROFILE_CLOSE)
    assert PROFILE_MESSAGES["profile.empty"][lang] in texts(card)


def test_profile_messages_are_prefixed_and_cover_the_data(package) -> None:
    assert all(key.startswith("profile.") for key in PROFILE_MESSAGES)
    assert all(key in MESSAGES for key in PROFILE_MESSAGES)
    for role in set(package["programme_roles"]["role"]):
        assert f"role.{role}" in MESSAGES  # one label per role, shared with the map legend
    for kind in ("observed", "model", "schematic", "international"):
        assert f"profile.kind.{kind}" in PROFILE_MESSAGES


def test_zone_of_the_1997_unit_says_where_it_lies_today(package) -> None:
    text = texts(panel(region_profile("63", 2023, package), "en", package))
    assert "Semipalatinsk (Semey) nuclear test site" in text
    assert (
        "listed for East Kazakhstan Region in its 1997 boundaries; by today's boundaries in "
        "Abai Region, Pavlodar Region, Karaganda Region"
    ) in text


def test_a_region_of_the_aral_zone_shows_the_sea_area_chart():
    def graphs(component) -> list:
        return [
            node for node in walk(component) if getattr(node, "id", None) == "profile-aral-chart"
        ]

    package = load_package()
    kyzylorda = panel(region_profile("43", 2023, package), "en", package)
    (chart,) = graphs(kyzylorda)
    years = [x for trace in chart.figure.data for x in trace.x]
    assert min(years) == 1986 and max(years) == 2018
    assert graphs(panel(region_profile("71", 2023, package), "en", package)) == []
