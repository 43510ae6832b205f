"""The Programme view: what the panel shows, built from the package in the reader's language."""

import pytest

from dashboard.datasets.package import load_package
from dashboard.datasets.programme import action_plan
from dashboard.i18n.catalog import t
from dashboard.state import ViewState
from dashboard.views.programme import (
    ProgrammeView,
    act_date,
    action_plan_rows,
    plan_count_text,
    programme_view,
)

LANGS = ("kk", "ru", "en")


@pytest.fixture(scope="module")
def views() -> dict[str, ProgrammeView]:
    package = load_package()
    return {lang: programme_view(ViewState(lang=lang), package) for lang in LANGS}


def test_status_line_names_the_acts_from_the_data(views):
    # The numbers and dates come from the Programme's row of sources.csv; the words are the
    # ones the panel has always shown.
    assert views["kk"].status_line == (
        "ҚР Үкіметінің 2001 жылғы 29 қазандағы № 1371 қаулысымен бекітілген; "
        "2008 жылғы 1 желтоқсандағы № 1122 қаулысымен күші жойылған."
    )
    assert views["ru"].status_line == (
        "Утверждена постановлением Правительства РК от 29 октября 2001 года № 1371; "
        "утратила силу постановлением от 1 декабря 2008 года № 1122."
    )
    assert views["en"].status_line == (
        "Approved by Government Resolution No. 1371 of 29 October 2001; "
        "repealed by Resolution No. 1122 of 1 December 2008."
    )


def test_act_dates_as_legal_texts_print_them():
    assert act_date("2002-04-17", "kk") == "2002 жылғы 17 сәуірдегі"
    assert act_date("2002-04-17", "ru") == "17 апреля 2002 года"
    assert act_date("2002-04-17", "en") == "17 April 2002"


@pytest.mark.parametrize("lang", LANGS)
def test_view_holds_the_whole_plan_and_its_filters(views, lang):
    view = views[lang]
    assert view.lang == lang
    assert len(view.plan.rows) == view.plan.total == 22
    assert view.plan.count_text == plan_count_text(22, 22, lang)
    assert [o["value"] for o in view.group_options] == ["1.1", "2.1", "3.1", "4.1", "5.1"]
    assert view.deleted_note == t("programme.plan.deleted_note", lang, number="1.1.6")
    assert bool(view.translation_note) == (lang != "kk")


@pytest.mark.parametrize("lang", LANGS)
def test_aims_come_in_stage_blocks_whose_runs_cite_their_section(views, lang):
    blocks = views[lang].aim_blocks
    assert [b.block for b in blocks] == ["whole", "1", "2", "results"]
    for block in blocks:
        assert block.runs
        for run in block.runs:
            assert run.statements and run.citation
    tasks = [run for run in blocks[1].runs if run.kind == "task"]
    assert len(tasks[0].statements) == 3


def test_regional_statements_carry_their_regions(views):
    statements = {s.id: s for s in views["en"].regions}
    assert statements["receiving"].region_ids == "75 71 11 47"
    assert statements["resettlement_destination_stage2"].region_ids == ""
    assert statements["receiving"].quote.startswith("Programme, section 1.1")


def test_action_plan_rows_filter_like_the_data_api():
    package = load_package()
    rows = action_plan_rows("en", "oralman", None, None, package)
    assert list(rows.rows["number"]) == ["1.1.3", "1.1.4", "1.1.5", "4.1.3", "5.1.4", "5.1.5"]
    assert rows.total == len(action_plan("en", package))
    assert rows.count_text == "Showing 6 of 22 measures"
    nothing = action_plan_rows("ru", "no-such-word", None, None, package)
    assert nothing.rows.empty and nothing.count_text == t("programme.plan.empty", "ru")
    everything = action_plan_rows("kk", None, None, None, package)
    assert len(everything.rows) == 22
    assert list(action_plan_rows("en", "", "2.1", "КДА", package).rows["number"]) == [
        "2.1.1",
        "2.1.2",
        "2.1.3",
        "2.1.4",
    ]


@pytest.mark.parametrize(
    ("year", "statement", "lit"),
    [
        # today's map: East Kazakhstan of 1997 is East Kazakhstan and Abai
        (2024, "ecological_crisis_outflow", {"63", "10", "43"}),
        (2024, "losing_living_standards", {"35", "62", "39"}),  # Karaganda with Ulytau
        (2019, "ecological_crisis_outflow", {"63", "43"}),  # 2018 boundaries
        (2005, "ecological_crisis_outflow", {"63", "43"}),  # the Programme's own map
        (2005, "highest_emigration_loss_2000", {"39", "55", "35"}),
    ],
)
def test_a_statement_lights_up_every_part_of_its_regions_on_the_map(year, statement, lit):
    from dashboard.views.map import map_view

    package = load_package()
    (item,) = [
        r for r in programme_view(ViewState(lang="en"), package).regions if r.id == statement
    ]
    state = ViewState(lang="en", indicator="population", year=year)
    # what the statement's button sends to the map (layout.panels.programme)
    figure = map_view(state, package, highlight=item.current_ids.split()).figure
    shapes = figure.data[0]
    assert {shapes.locations[i] for i in shapes.selectedpoints} == lit


def test_city_symbols_outside_a_statement_are_dimmed_with_their_shapes():
    from dashboard.views.map import map_view

    package = load_package()
    (receiving,) = [
        r for r in programme_view(ViewState(lang="en"), package).regions if r.id == "receiving"
    ]
    state = ViewState(lang="en", indicator="net_migration", year=2023)
    figure = map_view(state, package, highlight=receiving.current_ids.split()).figure
    cities = figure.data[-1]
    assert set(cities.customdata) == {"71", "75", "79"}
    kept = {cities.customdata[i] for i in cities.selectedpoints}
    assert kept == {"71", "75"}  # Astana and Almaty receive; Shymkent is not named
    assert cities.unselected.marker.opacity < 1
