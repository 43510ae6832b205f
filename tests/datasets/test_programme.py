"""The Programme tables for the reader: action plan, filters, aims and regional statements."""

import re

import pytest

from dashboard.datasets.package import load_package
from dashboard.datasets.programme import (
    PLAN_COLUMNS,
    action_plan,
    aims,
    body_name,
    body_options,
    expand_responsible,
    filter_action_plan,
    group_options,
    parse_responsible,
    region_items,
)
from dashboard.datasets.sources import cite
from dashboard.geo.boundaries import region_ids
from dashboard.i18n.catalog import t
from tests.conftest import require_shared

LANGS = ("kk", "ru", "en")
NUMBERS = (
    [f"1.1.{i}" for i in range(1, 9)]
    + [f"2.1.{i}" for i in range(1, 5)]
    + ["3.1.1"]
    + [f"4.1.{i}" for i in range(1, 5)]
    + [f"5.1.{i}" for i in range(1, 6)]
)
ORALMAN_ROWS = ["1.1.3", "1.1.4", "1.1.5", "4.1.3", "5.1.4", "5.1.5"]
SEED = "seed/000_c9f4f638f1b40831.txt"
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LATIN = re.compile(r"[A-Za-z]")


def russian_renderings() -> dict[str, dict[str, str]]:
    """The Russian cells of action_plan.csv, keyed as the plan keys them (group, form, number)."""
    raw = load_package()["action_plan"]

    def keyed(key: str, column: str) -> dict[str, str]:
        return {str(k): str(v) for k, v in zip(raw[key], raw[column], strict=True) if str(v)}

    return {
        "group": keyed("group", "group_ru"),
        "form": keyed("form", "form_ru"),
        "measure": keyed("number", "measure_ru"),
        "deadline": keyed("number", "deadline_ru"),
    }


ACTION_PLAN_RU = russian_renderings()


def numbers(df) -> list[str]:
    return list(df["number"])


# --- action plan ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_all_22_items_with_the_deleted_one_marked_not_hidden(lang):
    plan = action_plan(lang, load_package())
    assert list(plan.columns) == list(PLAN_COLUMNS)
    assert numbers(plan) == NUMBERS
    deleted = plan[plan["status"] == "deleted"]
    assert numbers(deleted) == ["1.1.6"]
    row = deleted.iloc[0]
    assert row["status_label"] == t("programme.status.deleted", lang)
    assert "444" in row["measure"]  # the deletion note names the resolution
    assert row["form_label"] == row["deadline"] == row["responsible"] == ""
    active = plan[plan["status"] == "active"]
    assert (active["status_label"] == t("programme.status.active", lang)).all()
    for column in ("group_label", "measure", "form_label", "responsible", "deadline"):
        assert (active[column].str.strip() != "").all(), column


@pytest.mark.parametrize("lang", LANGS)
def test_every_row_cites_the_programme_section_6(lang):
    plan = action_plan(lang, load_package())
    assert (plan["source_id"] == "programme-2001").all()
    assert (plan["section"] == "6").all()
    assert (plan["source"] == cite("programme-2001", lang, load_package())).all()
    assert (plan["quality"] == "official").all()


def test_texts_are_in_the_readers_language():
    kk, ru, en = (action_plan(lang, load_package()) for lang in LANGS)
    raw = load_package()["action_plan"]
    assert list(kk["measure"]) == list(raw["measure_kk"])
    assert list(en["measure"]) == list(raw["measure_en"])
    assert list(kk["deadline"]) == list(raw["deadline_kk"])
    assert kk.loc[0, "group_label"] == "Көшіп келу"
    assert ru.loc[0, "group_label"] == "Иммиграция"
    assert en.loc[0, "group_label"] == "Immigration"
    # Russian: Cyrillic throughout (no English left behind), and not the Kazakh text.
    for column in ("group_label", "measure", "form_label", "responsible", "deadline"):
        assert not ru[column].str.contains(LATIN).any(), column
        assert not en[column].str.contains(CYRILLIC).any(), column
    assert not (ru["measure"] == kk["measure"]).any()


def test_russian_renderings_cover_every_item_and_nothing_else():
    raw = load_package()["action_plan"]
    assert set(ACTION_PLAN_RU["measure"]) == set(raw["number"])
    with_deadline = set(raw.loc[raw["deadline_en"] != "", "number"])
    assert set(ACTION_PLAN_RU["deadline"]) == with_deadline
    assert set(ACTION_PLAN_RU["group"]) == set(raw["group"])
    assert set(ACTION_PLAN_RU["form"]) == set(raw["form"]) - {""}


MONTHS_RU = {
    "January": "январ",
    "February": "феврал",
    "April": "апрел",
    "July": "июл",
    "October": "октябр",
    "December": "декабр",
}


def test_russian_deadlines_say_the_same_month_and_years_as_the_english():
    raw = load_package()["action_plan"]
    for number, english in zip(raw["number"], raw["deadline_en"], strict=True):
        if not english:
            continue
        russian = ACTION_PLAN_RU["deadline"][number]
        month = next(m for m in MONTHS_RU if m in english)
        assert MONTHS_RU[month] in russian, number
        assert re.findall(r"\d{4}", russian) == re.findall(r"\d{4}", english), number
        assert ("Annually" in english) == ("ежегодно" in russian), number


# --- responsible bodies -----------------------------------------------------------------------


def test_printed_cells_parse_into_known_bodies():
    assert parse_responsible("ҰҚК (келісім бойынша), КДА") == [("ҰҚК", True), ("КДА", False)]
    # The comma inside the akims' phrase does not split it.
    assert parse_responsible("КДА, облыстардың, Астана және Алматы қалаларының әкімдері") == [
        ("КДА", False),
        ("akims", False),
    ]
    assert parse_responsible("") == []
    with pytest.raises(KeyError, match="XYZ"):
        body_name("XYZ", "en", load_package())


def test_english_expansion_matches_the_tables_english_column():
    # Two independent renderings (data/action_plan.csv responsible_en vs bodies.csv) agree.
    raw = load_package()["action_plan"]
    for printed, english in zip(raw["responsible"], raw["responsible_en"], strict=True):
        assert expand_responsible(printed, "en", load_package()).replace("; ", ", ") == english


@pytest.mark.parametrize("lang", LANGS)
def test_abbreviations_are_expanded_and_agreement_marks_kept(lang):
    plan = action_plan(lang, load_package())
    abbreviations = set(load_package()["bodies"]["abbr"])
    mark = t("programme.by_agreement", lang)
    for printed, expanded in zip(plan["responsible_printed"], plan["responsible"], strict=True):
        names = [n.removesuffix(mark).strip() for n in expanded.split("; ") if n]
        assert not abbreviations & set(names), expanded
        assert expanded.count(mark) == printed.count("(келісім бойынша)"), printed
    first = plan.loc[0, "responsible"]
    expected = {
        "kk": "Ұлттық қауіпсіздік комитеті (келісім бойынша)",
        "ru": "Комитет национальной безопасности (по согласованию)",
        "en": "National Security Committee (by agreement)",
    }[lang]
    assert first.startswith(expected)


def test_body_options_name_every_body_in_the_language():
    cells = load_package()["action_plan"]["responsible"]
    keys = {key for cell in cells for key, _ in parse_responsible(cell)}
    for lang in LANGS:
        options = body_options(lang, load_package())
        assert {o["value"] for o in options} == keys
        ministry = next(o["label"] for o in options if o["value"] == "ӘдМ")
        assert ministry.startswith(body_name("ӘдМ", lang, load_package()))
    assert next(
        o["label"] for o in body_options("ru", load_package()) if o["value"] == "akims"
    ).startswith("акимы")


# --- search and filters -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "query"),
    [
        ("kk", "оралман"),
        ("kk", "ОРАЛМАН"),
        ("ru", "оралман"),
        ("ru", "Оралманов"),
        ("en", "oralman"),
        ("en", "ORALMAN"),
    ],
)
def test_search_finds_the_oralman_rows_case_insensitively(lang, query):
    found = filter_action_plan(action_plan(lang, load_package()), query)
    assert numbers(found) == ORALMAN_ROWS


def test_search_with_kazakh_letters_latin_i_and_yo():
    kk = action_plan("kk", load_package())
    # Kazakh letters in any case; the Latin i of adilet-style typing counts as і.
    printed = load_package()["action_plan"]
    security = list(printed.loc[printed["responsible"].str.contains("ҰҚК"), "number"])
    assert len(security) == 11
    assert numbers(filter_action_plan(kk, "ҚАУІПСІЗДІК")) == security
    assert numbers(filter_action_plan(kk, "қауiпсiздiк")) == numbers(
        filter_action_plan(kk, "қауіпсіздік")
    )
    reports = ["1.1.7", "2.1.3", "3.1.1", "5.1.4"]
    ru = action_plan("ru", load_package())
    assert numbers(filter_action_plan(ru, "отчет")) == reports
    assert numbers(filter_action_plan(ru, "ОТЧЁТ")) == reports


def test_search_words_must_all_match_and_empty_search_keeps_everything():
    kk = action_plan("kk", load_package())
    assert numbers(filter_action_plan(kk, "оралман тұрғын")) == ["1.1.5"]
    assert numbers(filter_action_plan(kk, "  ")) == NUMBERS
    assert numbers(filter_action_plan(kk, "")) == NUMBERS
    assert filter_action_plan(kk, "no-such-word").empty
    # The printed abbreviation is searchable in every language; the deleted item is found too.
    assert "4.1.2" in numbers(filter_action_plan(action_plan("en", load_package()), "ӘдМ"))
    assert numbers(filter_action_plan(action_plan("en", load_package()), "deleted")) == ["1.1.6"]


def test_group_and_body_filters():
    en = action_plan("en", load_package())
    assert numbers(filter_action_plan(en, group="2.1")) == [f"2.1.{i}" for i in range(1, 5)]
    assert numbers(filter_action_plan(en, body="ӘдМ")) == ["4.1.2", "4.1.3"]
    assert numbers(filter_action_plan(en, body="akims")) == ["1.1.4", "5.1.5"]
    assert numbers(filter_action_plan(en, body="family-women-commission")) == ["4.1.2"]
    # A body key is matched whole: "СА" (statistics) is not a part of "ТурСА" (tourism).
    statistics = numbers(filter_action_plan(en, body="СА"))
    tourism = numbers(filter_action_plan(en, body="ТурСА"))
    assert "4.1.2" in tourism and "4.1.2" not in statistics
    combined = filter_action_plan(en, "oralman", group="5.1", body="КДА")
    assert numbers(combined) == ["5.1.4", "5.1.5"]
    assert numbers(filter_action_plan(en, group=None, body=None)) == NUMBERS


def test_group_options_follow_the_plan():
    for lang in LANGS:
        options = group_options(lang, load_package())
        assert [o["value"] for o in options] == ["1.1", "2.1", "3.1", "4.1", "5.1"]
    assert group_options("ru", load_package())[2]["label"] == "3.1. Внутренняя миграция"


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="de"):
        action_plan("de", load_package())


# --- aims -------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_aims_have_text_in_every_language_and_cite_the_programme(lang):
    table = aims(lang, load_package())
    assert len(table) >= 10
    assert table["id"].is_unique
    assert (table["text"].str.strip().str.len() > 20).all()
    assert (table["source_id"] == "programme-2001").all()
    assert set(table["section"]) == {"passport", "2", "5"}
    assert set(table["stage"]) == {"passport", "overall", "1", "2", "results"}
    for stage, period in (("1", "2001-2005"), ("2", "2005-2010")):
        part = table[table["stage"] == stage]
        assert set(part["period"]) == {period}
        assert list(part["kind"]).count("task") == 3  # three main tasks per stage


def test_aims_texts_differ_by_language():
    kk, ru, en = (aims(lang, load_package()) for lang in LANGS)
    assert not kk["text"].str.contains(LATIN).any()
    assert not ru["text"].str.contains(LATIN).any()
    assert not en["text"].str.contains(CYRILLIC).any()
    assert (kk["text"] != ru["text"]).all()


def _norm(text: str) -> str:
    # As the original is printed: whitespace and letter-spacing gone, Latin i/I/Y inside
    # Cyrillic words read as Kazakh і/І/Ү, lower case.
    text = re.sub(r"\s+", "", text)

    def fix(match: re.Match) -> str:
        word = match.group(0)
        if CYRILLIC.search(word):
            word = word.replace("i", "і").replace("I", "І").replace("Y", "Ү")
        return word

    return re.sub(r"\w+", fix, text).lower()


def test_kazakh_aims_are_the_programmes_own_text():
    original = _norm(require_shared(SEED).read_text(encoding="utf-8"))
    table = aims("kk", load_package())
    for aim_id, text in zip(table["id"], table["text"], strict=True):
        assert _norm(text) in original, aim_id
        assert not re.search(r"[iIY]", text), aim_id  # normalised to і/І/Ү
    task = table.set_index("id").at["stage2-task-3", "text"]
    assert "солтүстік және орталық облыстарға" in task


# --- regional statements ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_region_items_reference_valid_1997_units(lang):
    items = region_items(lang, load_package())
    assert items["id"].is_unique
    valid = set(region_ids("1997"))
    for row in items.itertuples():
        ids = row.region_ids.split()
        assert set(ids) <= valid, row.id
        assert len(row.region_names.split("; ")) == len(ids) or not ids
        assert row.label == t(f"programme.role.{row.role}", lang)
        assert row.boundary_version == "1997"
        assert row.source_id == "programme-2001"
    receiving = items.set_index("id").at["receiving", "region_ids"]
    assert receiving == "75 71 11 47"  # Almaty and Astana first, as the text lists them


def test_current_units_follow_later_splits():
    items = region_items("en", load_package()).set_index("id")
    newest = set(region_ids("2022"))
    for ids in items["current_ids"]:
        assert set(ids.split()) <= newest
    # East Kazakhstan (1997) is today's East Kazakhstan and Abai; Karaganda and Ulytau.
    assert set(items.at["ecological_crisis_outflow", "current_ids"].split()) == {"63", "10", "43"}
    loss_2000 = items.at["highest_emigration_loss_2000", "current_ids"]
    assert set(loss_2000.split()) == {"39", "55", "35", "62"}
    # Sozak lies in Turkistan oblast (61), not in Shymkent (79): later_units narrows the split.
    assert set(items.at["new_unfavourable_ecology_area", "current_ids"].split()) == {"27", "61"}
    assert items.at["resettlement_destination_stage2", "current_ids"] == ""


def test_no_region_is_guessed_for_group_statements():
    items = region_items("en", load_package()).set_index("id")
    # "the northern and central oblasts" (stage 2) and "the northern, western and eastern
    # regions" name no unit: nothing to highlight.
    assert items.at["resettlement_destination_stage2", "region_ids"] == ""
    assert items.at["most_affected_by_migration_loss", "region_ids"] == ""
    assert items.at["resettlement_destination_stage2", "section"] == "2"
    # Every highlighted id is one the Programme's roles table gives, and no more.
    roles = load_package()["programme_roles"]
    stated = set(roles.loc[roles["region_id"] != "", "region_id"])
    highlighted = {i for ids in items["region_ids"] for i in ids.split()}
    assert highlighted == stated


def test_region_names_in_the_readers_language():
    ru = region_items("ru", load_package()).set_index("id")
    kk = region_items("kk", load_package()).set_index("id")
    assert "Костанайская область" in ru.at["highest_emigration_loss_2000", "region_names"]
    assert "Қостанай облысы" in kk.at["highest_emigration_loss_2000", "region_names"]
    assert ru.at["receiving", "quote_kk"] == kk.at["receiving", "quote_kk"]  # original text


def test_statements_light_up_the_units_the_roles_layer_marks_on_every_version():
    # One mapping from the Programme's 1997 regions to later units (zones.programme_roles):
    # a highlighted statement and the role marks never disagree (East Kazakhstan with
    # Abai, Karaganda with Ulytau, South Kazakhstan as Turkistan and Shymkent).
    from dashboard.datasets.zones import programme_roles
    from dashboard.geo.boundaries import BOUNDARY_VERSIONS
    from dashboard.geo.gazetteer import parent_in

    package = load_package()
    items = region_items("en", package).set_index("id")
    for version in BOUNDARY_VERSIONS:
        roles = programme_roles(version, package)
        for statement, current in items["current_ids"].items():
            if not current:
                continue
            marked = set(roles.loc[roles["role"] == statement, "region_id"])
            # what the map highlights on this version (views.map: parent_in of each id)
            assert {parent_in(u, version) for u in current.split()} == marked, (
                statement,
                version,
            )
    assert set(items.at["losing_living_standards", "current_ids"].split()) == {"35", "62", "39"}
